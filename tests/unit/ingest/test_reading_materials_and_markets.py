"""Raw materials' prices and their moves, a rule's step, and the shares groups of brands hold in a market abroad.
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _proposals, _rows


def test_a_raw_materials_price_is_named_by_the_material_its_grade_and_its_market(tmp_path: Path):
    text = ("Cathode inputs climb\n\nThe price of lithium cobalt oxide rose from 150,000 yuan/ton (21,000 USD) in "
            "June to 310,000 yuan/ton (43,900 USD) in October, an increase of more than 100%.\n\n"
            "Battery-grade lithium carbonate spot prices reached 88,000 yuan per ton, up 12% month on month. "
            "Industrial-grade prices added 7% to 81,300 yuan per ton. With each extra 5,000 yuan/ton (700 USD) on "
            "the price, the cost of a cathode climbs roughly 1,050 yuan/ton.\n\n"
            "Zeta Energy's net profit rose 20% as cobalt prices fell.\n")
    rows = _rows(tmp_path, text, published="2025-11-10")
    assert rows["150,000 yuan"]["metric"] == "lithium_cobalt_oxide_price_cny"  # "yuan/ton": an amount, a ton
    assert rows["43,900 USD"]["metric"] == "lithium_cobalt_oxide_price_usd"
    assert rows["100%"]["metric"] == "lithium_cobalt_oxide_price_change_pct"  # over the span it tells
    assert rows["88,000 yuan"]["metric"] == "battery_grade_lithium_carbonate_spot_price_cny"
    assert rows["12%"]["metric"] == "battery_grade_lithium_carbonate_spot_price_mom_pct"
    # the material named before, in the market named before
    assert rows["81,300 yuan"]["metric"] == "industrial_grade_lithium_carbonate_spot_price_cny"
    assert "5,000 yuan" not in rows and "700 USD" not in rows  # the step of a rule, no figure
    assert "cobalt" not in rows["20%"]["metric"]  # the profit's, though a price is named after it


def test_a_share_a_group_of_brands_holds_in_a_market_abroad_is_the_markets(tmp_path: Path):
    text = ("Car sales in Thailand slow\n\nThailand bought 385,000 cars from China last year, giving Chinese "
            "brands a 44% share of the Thai market, up from 11% in 2021. In 2024, local manufacturers commanded "
            "only 21% of the market.\n")
    rows = _rows(tmp_path, text, published="2025-08-01")
    for stated, group, year in (("44%", "chinese_brand", "2024"), ("11%", "chinese_brand", "2021"),
                                ("21%", "local_manufacturer", "2024")):
        row = rows[stated]
        assert (row["entity"], row["metric"], row["period"]) == (
            "Thailand", f"{group}_share_of_new_vehicle_sales", year)


def test_a_quarterly_results_story_reads_adjusted_figures_margins_in_basis_points_and_estimates(tmp_path: Path):
    text = ("Zeta Auto's second quarter\n\nQuarterly revenue at Zeta Auto fell 2.7% to 31.5 billion Chinese "
            "yuan ($4.4 billion), short of the average analyst forecast of 32.8 billion Chinese yuan.\n\n"
            "Adjusted net income per ADS came to 0.94 Chinese yuan (13 cents).\n\nDeliveries in Q2 2025 totalled "
            "104,700 units, compared with 95,300 units in Q2 2024.\n\n"
            "The vehicle margin rose 55 bps to 17.9%.\n\nAdjusted income from operations stood at $162.4 million. "
            "Adjusted net income fell 2.4% to $201.3 million.\n\nAs of June 30, 2025, Zeta operated 512 "
            "retail stores spanning 151 cities.\n")
    rows = _rows(tmp_path, text, published="2025-08-27")
    assert rows["31.5 billion Chinese yuan"]["metric"] == "revenue_cny"  # "Chinese yuan": yuan
    # the analysts' estimate is of the same quarter, and stays what was expected of it
    estimate = rows["32.8 billion Chinese yuan"]
    assert (estimate["metric"], estimate["period"], estimate["status"]) == ("revenue_cny", "2025-Q2", "forecast")
    assert rows["0.94 Chinese yuan"]["metric"] == "adjusted_net_profit_per_ads_cny"
    assert rows["13 cents"]["metric"] == "adjusted_net_profit_per_ads_usd"
    margin = rows["55 bps"]  # a base of 2024 said before names no later figure's period
    assert (margin["metric"], margin["unit"], margin["period"]) == ("vehicle_margin_pct_yoy_pp", "percentage_points",
                                                                    "2025-Q2")
    assert rows["$162.4 million"]["metric"] == "adjusted_operating_profit_usd"
    assert rows["$201.3 million"]["metric"] == "adjusted_net_profit_usd"
    assert (rows["512"]["metric"], rows["512"]["period"]) == ("retail_stores", "2025-06")  # no flow: the day's month
    assert rows["151"]["metric"] == "retail_store_cities"


def test_prices_cut_and_both_kinds_of_nev_and_the_yuan_written_cn(tmp_path: Path):
    text = ("Price war\n\nZeta slashed prices by up to 25% on several of its smaller models in May. The discounts — "
            "as high as 31% — come as stocks pile up.\n\nNet income was down 12.5% to CN¥4.12 billion.\n\n"
            "Over the first ten months, Lumen's domestic sales totalled 287,600 plug-in hybrid and pure electric "
            "vehicles. Orion sold 20,400 pure electric and 9,100 plug-in hybrid cars.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert rows["25%"]["metric"] == "price_cut_pct"
    assert (rows["31%"]["metric"], rows["31%"]["qualifier"]) == ("price_discount_pct", "at_most")  # "as high as"
    assert rows["CN¥4.12 billion"]["metric"] == "net_profit_cny"
    assert rows["287,600"]["metric"] == "nev_domestic_sales"  # both kinds together
    assert (rows["20,400"]["metric"], rows["9,100"]["metric"]) == ("bev_sales", "phev_sales")


def test_chinese_brands_share_of_each_market_abroad_and_a_carmaker_beside_them(tmp_path: Path):
    text = ("Chinese carmakers in Europe\n\nLast year Chinese firms doubled their share of the European car market "
            "to 7%, and they accounted for almost 15% of sales in Norway.\n\nThey rose in Britain in 2025 to around "
            "10% of new car sales, and in Spain to around 8%.\n\nTaken together, Chinese "
            "brands sold 80 per cent more, giving them a 6.1 per cent market share, ahead of Ford at 3.9%.\n")
    rows = _rows(tmp_path, text, published="2026-02-10")
    share = "chinese_brand_share_of_new_vehicle_sales"
    for stated, market in (("7%", "Europe"), ("15%", "Norway"), ("10%", "United Kingdom"), ("8%", "Spain"),
                           ("6.1 per cent", "Europe")):
        assert (rows[stated]["entity"], rows[stated]["metric"]) == (market, share)
    assert (rows["3.9%"]["entity"], rows["3.9%"]["metric"]) == ("Ford", "vehicle_sales_europe_share_pct")


def test_an_authoritys_should_is_a_goal_and_a_sectors_takings_its_output_value(tmp_path: Path):
    text = ("A district's cluster\n\nIn October 2022, the municipal government said yearly NEV production "
            "should reach 850,000 units by 2025. Annual output should top CNY260 billion, "
            "contributing over 28 percent to the total of the car sector.\n\nIn 2024, the district's auto "
            "industry generated 198.4 billion yuan ($27.6 billion), accounting for almost 55 percent of its "
            "industrial output.\n\nIn July, it unveiled a plan for a smart NEV hub by 2030, targeting "
            "an industry scale of 280 billion yuan.\n\nZeta moved up five places in the export table, to third "
            "from eighth.\n\nIn 2025 Q1-Q3, Zeta exported 131,800 cars.\n")
    rows = _rows(tmp_path, text, published="2025-10-29")
    assert (rows["850,000"]["metric"], rows["850,000"]["status"]) == ("nev_production_target", "target")
    assert (rows["CNY260 billion"]["metric"], rows["CNY260 billion"]["status"]) == (
        "nev_output_value_target_cny", "target")
    assert rows["28 percent"]["metric"] == "nev_share_of_vehicle_output_value_target"
    assert rows["198.4 billion yuan"]["metric"] == "vehicle_output_value_cny"
    assert rows["$27.6 billion"]["metric"] == "vehicle_output_value_usd"
    assert rows["55 percent"]["metric"] == "vehicle_share_of_industrial_output_value"
    goal = rows["280 billion yuan"]  # the year the goal is for, not the month the plan came out
    assert (goal["metric"], goal["period"], goal["status"]) == ("nev_output_value_target_cny", "2030", "target")
    assert "five" not in rows  # a move in a ranking
    assert rows["131,800"]["period"] == "2025-01/2025-09"


def test_a_weekly_price_review_reads_averages_moves_futures_and_closing_prices(tmp_path: Path):
    text = ("Weekly review of the cobalt sulphate market\n\nSpot prices moved sideways this week. The average "
            "battery-grade cobalt sulphate price went from 39,600 yuan/mt on Monday to 40,850 yuan/mt on Friday, "
            "a total rise of 1,250 yuan/mt. The most active futures contract also gained, and its closing price "
            "moved from 38,700 yuan/mt to 40,100 yuan/mt.\n")
    rows = _rows(tmp_path, text, published="2025-12-12")
    assert rows["39,600 yuan"]["metric"] == "battery_grade_cobalt_sulphate_average_price_cny"  # "yuan/mt": a ton's
    assert rows["1,250 yuan"]["metric"] == "battery_grade_cobalt_sulphate_average_price_change_cny"
    assert rows["40,100 yuan"]["metric"] == "cobalt_sulphate_futures_closing_price_cny"


def test_a_models_price_named_the_sentence_before_and_the_price_it_came_down_from(tmp_path: Path):
    text = ("Zeta cuts prices\n\nAmong the offers is the compact Wren EV from Zeta's city range.\n\nThe car now "
            "starts at RMB 61,800 (approximately €7,800), down from RMB 72,800.\n")
    rows = _rows(tmp_path, text, published="2025-05-27")
    assert [rows[s]["metric"] for s in ("RMB 61,800", "€7,800", "RMB 72,800")] == [
        "wren_price_cny", "wren_price_eur", "wren_price_cny"]


def test_a_trade_fair_is_named_by_its_brand_its_city_and_its_year(tmp_path: Path):
    text = ("Automechanika Shanghai opens\n\nThe fair has attracted a record 5,120 exhibitors, spread over an overall "
            "expo space of 300,000 square meters.\n")
    rows = _rows(tmp_path, text, published="2024-12-02")
    assert rows["5,120"]["entity"] == "Automechanika Shanghai 2024"  # a fair by its brand and city, in its year
    assert (rows["300,000 square meters"]["metric"]) == "exhibition_area"


def test_a_carmakers_branch_an_age_and_an_agreement_to_build(tmp_path: Path):
    text = ("Jobs in Zhengzhou\n\nChinese automaker BYD's Zhengzhou branch plans to recruit 12,000 employees this "
            "quarter. A 29-year-old applicant was hired on the spot.\n\nZeta and Orion reached an agreement on "
            "Tuesday to jointly build 400 battery swap stations this year, with a longer-term goal of 6,000 "
            "stations.\n")
    rows = _rows(tmp_path, text, published="2025-02-20")
    assert rows["12,000"]["entity"] == "BYD Zhengzhou Plant"
    assert "29" not in rows  # an age
    assert (rows["400"]["metric"], rows["400"]["status"]) == ("battery_swap_stations_target", "target")
    assert rows["6,000"]["metric"] == "battery_swap_stations_target"  # the stations named in full before


def test_a_list_line_headed_by_a_maker_sets_its_sales_against_the_year_before(tmp_path: Path):
    text = ("Chinese makers gain in New Zealand\n\nNew-vehicle sales in New Zealand came to 150,200 units in 2025. "
            "These were the Chinese makers that grew fastest during the year.\n\n"
            "Zeta Motors--Sales up 61.5% (12,920 vs 8,000)\n\nZeta's lineup of SUVs did well. Its dealers grew in "
            "number.\n\n"
            "Lumen Auto--Sales up 20.0% (6,000 vs 5,000)\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    for stated, maker, year in (("61.5%", "Zeta", "2025"), ("12,920", "Zeta", "2025"), ("8,000", "Zeta", "2024")):
        # the maker heading the line, not a dateline; the level after "vs" is the one the change is set against
        assert (rows[stated]["entity"], rows[stated]["period"]) == (maker, year)
    assert rows["12,920"]["metric"] == rows["8,000"]["metric"] == "vehicle_sales_new_zealand"  # never "vs"
    assert rows["6,000"]["entity"] == rows["5,000"]["entity"] == "Lumen"
    assert rows["5,000"]["metric"] == "vehicle_sales_new_zealand"


def test_a_company_a_relative_clause_is_about_owns_its_figures(tmp_path: Path):
    text = ("Car output in Kazakhstan\n\nKazakhstan produced 120,000 passenger cars in 2025.\n\nThe largest rise came "
            "from Chery, whose factory near Almaty lifted its output over fivefold, from 3,980 vehicles in 2024 "
            "to 21,350 in 2025.\n")
    rows = _rows(tmp_path, text, published="2026-01-23")
    assert rows["120,000"]["entity"] == "Kazakhstan"
    # the company "whose" plant it is, not the country or the region the plant stands in
    assert [rows[s]["entity"] for s in ("fivefold", "3,980", "21,350")] == ["Chery"] * 3
    assert [rows[s]["period"] for s in ("3,980", "21,350")] == ["2024", "2025"]


def test_names_before_a_rank_take_the_numbers_given_respectively(tmp_path: Path):
    text = ("Battery installations in July\n\nIn July, installations of power batteries in China came to 41.6 GWh."
            "\n\nCATL, CALB and Gotion were the top three in ternary batteries, with shares of "
            "70.9 percent, 6.6 percent and 5.2 percent, respectively.\n\nBYD and Chery were the two "
            "quickest-rising makes, their sales climbing by 143.5 and 162.9 per cent respectively.\n")
    rows = _rows(tmp_path, text, published="2024-08-09")
    # (not the rank, "the top three", "the two", counted as the first of the numbers)
    assert [rows[s]["entity"] for s in ("70.9 percent", "6.6 percent", "5.2 percent")] == [
        "CATL", "CALB", "Gotion"]
    assert [rows[s]["entity"] for s in ("143.5", "162.9 per cent")] == ["BYD", "Chery"]


def test_the_day_data_came_out_is_not_the_period_of_the_figures_that_follow(tmp_path: Path):
    text = ("Zeta's May\n\nZeta shipped 36,540 cars out of its Jiaxing factory in May 2025, the industry group "
            "said this week. This marks a 9% dip year on year and a 17.8% slide month on month.\n")
    rows = _rows(tmp_path, text, published="2025-06-05")
    assert [rows[s]["period"] for s in ("36,540", "9%", "17.8%")] == ["2025-05"] * 3


def test_a_goal_for_a_year_its_clause_names_keeps_that_year_when_told_after_it(tmp_path: Path):
    text = ("Zeta's stations\n\nBack in 2022, Zeta set the goal of running more than 5,500 charging stations by the "
            "end of 2025. It had first planned to add 2,400 stations in 2025, a number since trimmed to 1,800.\n")
    rows = _rows(tmp_path, text, published="2026-01-13")
    # a goal of a year now over, the year its own clause names, and still a goal
    assert [(rows[s]["period"], rows[s]["status"]) for s in ("5,500", "2,400")] == [("2025", "target")] * 2


def test_a_charge_band_and_a_time_of_day_are_not_figures(tmp_path: Path):
    text = ("Zeta's new hatchback\n\nThe Zeta S7 can be charged from 15 percent to 90 percent in about 22 minutes. "
            "Charging demand will peak between 9 am and noon and again after 7 p.m., the grid operator said, with "
            "6.2 million kWh charged a day.\n")
    proposals = {p.mention.text: p for p in _proposals(tmp_path, text, "2025-01-20")}
    for stated in ("15 percent", "90 percent"):
        assert not proposals[stated].row and "charge" in proposals[stated].not_a_claim
    for stated in ("9", "7"):
        assert not proposals[stated].row and "a time of day" in proposals[stated].not_a_claim
    assert proposals["6.2 million"].row and not proposals["6.2 million"].not_a_claim


def test_nationwide_figures_after_a_region_are_the_countrys(tmp_path: Path):
    text = ("Trade-in money runs dry\n\nSeveral regions have paused the scheme: Gansu stopped taking applications on "
            "June 15, and Yunnan on June 12.\n\nThe trade-in scheme has lifted car buying in 2025. Over the first "
            "quarter, passenger cars sold nationwide under the scheme totalled 2.36 million, up 45%. Trade-in "
            "buyers made up close to 61% of the total.\n")
    rows = _rows(tmp_path, text, published="2025-06-24")
    # not the region the paragraph before named last
    assert [rows[s]["entity"] for s in ("2.36 million", "45%", "61%")] == ["China"] * 3


def test_a_known_company_whose_first_word_is_in_capitals_is_known_in_title_case(tmp_path: Path):
    text = ("Battery makers in May\n\nIn May, power battery installations in China came to 38 GWh.\n\nCATL ranked "
            "first with 17.9 GWh. Notably, Eve Energy ranked fifth with an installed volume of 1.52 GWh.\n")
    rows = _rows(tmp_path, text, published="2025-06-11")
    assert rows["1.52"]["entity"] == "EVE Energy"  # not CATL, named in the sentence before


def test_month_to_month_is_on_the_month_before_and_shares_listed_are_each_makers_of_the_kind_named(tmp_path: Path):
    text = ("Deliveries and batteries in January\n\nIn January, Li Auto delivered 29,100 units, down 41.2 per cent "
            "month-to-month, and Seres 20,300 units, up 12.5 per cent year-to-year.\n\nChina's power battery "
            "installations came to 38.1 GWh in January. CATL and BYD led installations of ternary batteries, with "
            "shares of 68.2 percent and 7.7 percent, respectively.\n")
    rows = _rows(tmp_path, text, published="2025-02-12")
    assert rows["41.2 per cent"]["metric"] == "vehicle_deliveries_mom_pct"
    assert rows["12.5 per cent"]["metric"] == "vehicle_deliveries_yoy_pct"
    for stated, maker in (("68.2 percent", "CATL"), ("7.7 percent", "BYD")):
        # each maker's share of the country's installations of the kind the sentence names, not a growth
        assert (rows[stated]["entity"], rows[stated]["metric"]) == (
            maker, "ternary_battery_installed_capacity_national_share_pct")


def test_the_low_end_of_a_range_written_with_a_dash_is_of_what_the_range_is_of(tmp_path: Path):
    text = ("Tariffs in the region\n\nMalaysia sets a modest 0%\u20136% tariff on auto parts it buys from neighbours. "
            "Chile charges a 10-15% tariff on imported EVs.\n")
    rows = _rows(tmp_path, text, published="2025-10-26")
    assert rows["0%"]["metric"] == rows["6%"]["metric"] == "auto_parts_import_tariff_pct"
    assert rows["10"]["metric"] == rows["15%"]["metric"] == "nev_import_tariff_pct"


def test_digits_after_a_decimal_point_are_no_year(tmp_path: Path):
    text = ("Guangxi's output\n\nIn 2023, Guangxi's vehicle output reached 2.2019 million units, of which 0.6188 "
            "million were NEVs.\n")
    rows = _rows(tmp_path, text, published="2024-03-01")
    assert rows["2.2019 million"]["period"] == rows["0.6188 million"]["period"] == "2023"  # not 2019


def test_a_listed_companys_exchange_code_says_its_numbers_are_its_shares(tmp_path: Path):
    text = ("Zeta's October\n\nZeta sold 412,300 NEVs in October, up 41 percent.\n\nZeta [SHE: 002999] rose 4.7 "
            "percent and closed at CNY301.60 (USD42.35) per share in Shenzhen today, and the stock it lists in "
            "Hong Kong [HKG: 9999] ended up 3.1 percent at HKD270.20. Lumen Auto Holdings [HKG: 0999] added 4.4 "
            "percent to HKD13.90.\n")
    rows = _rows(tmp_path, text, published="2024-11-04")
    assert rows["41 percent"]["metric"] == "nev_sales_yoy_pct"
    for stated, metric in (("4.7 percent", "share_price_change_pct"), ("CNY301.60", "share_price_cny"),
                           ("3.1 percent", "share_price_change_pct"), ("HKD270.20", "share_price_hkd"),
                           ("4.4 percent", "share_price_change_pct"), ("HKD13.90", "share_price_hkd")):
        assert (rows[stated]["metric"], rows[stated]["period"]) == (metric, "2024-11-04")


def test_a_rate_the_text_marks_stays_a_rate_on_a_line_read_as_a_table(tmp_path: Path):
    text = ("Wholesale by powertrain\n\nIn December, BEVs made up 58.4% of wholesales, PHEVs 31.2% and EREVs 10.4%."
            "\n\nAs for the year's NEV wholesale mix, 57.1% BEVs, PHEV 31.6%, EREV 11.3%\n\nWholesales: the month "
            "and the year\n\nRetail sales of passenger cars came to 2.04 million units in December.\n")
    proposals = {p.mention.text: p for p in _proposals(tmp_path, text, "2026-01-09")}
    # (a count's name would not fit it: the metric is left for the reviewer rather than named wrong)
    assert all(proposals[s].row["unit"] == "percent" for s in ("57.1%", "31.6%", "11.3%"))


def test_a_clause_with_a_verb_is_no_list_of_parts_before_their_shares(tmp_path: Path):
    text = ("Hubei's output\n\nIn 2024, Hubei turned out 1.84 million vehicles, of which 0.62 million were new energy "
            "vehicles, placing it fifth nationwide and making up 5.9% and 4.8% of all the nation's cars and NEVs "
            "in turn.\n")
    rows = _rows(tmp_path, text, published="2025-02-10")
    # (not "million_were_new_energy_vehicle_share_of_..." from the words before "accounting for")
    assert not any(w in rows[s]["metric"] for s in ("5.9%", "4.8%") for w in ("million", "were", "placing"))


def test_a_decade_dates_no_figure_in_its_sentence(tmp_path: Path):
    text = ("Makers in Vietnam\n\nKorean makers came to Vietnam in the 1990s and built plants under a scheme "
            "that charged a 0%-3% tariff on parts from the region. In 2024, Chinese brands sold 41,000 cars there.\n")
    rows = _rows(tmp_path, text, published="2025-09-15")
    assert rows["0%"]["period"] != "1990" and rows["3%"]["period"] != "1990"
    assert (rows["0%"]["qualifier"], rows["3%"]["qualifier"]) == ("at_least", "at_most")  # a range, no minus
    assert rows["41,000"]["period"] == "2024"


def test_a_base_given_after_an_increase_over_dates_no_sentence_after_it(tmp_path: Path):
    text = ("Zeta's half\n\nZeta sold 820,000 cars in H1 2025. Its exports came to 210,000 units, a 52.1% increase "
            "over the 138,000 units in H1 2024. Exports made up 26% of its sales.\n\nBattery installations rose "
            "31% to 94.2 GWh.\n")
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert rows["138,000"]["period"] == "2024-H1"
    for stated in ("210,000", "52.1%", "26%", "31%", "94.2"):
        assert rows[stated]["period"] == "2025-H1", stated


def test_a_millionth_joined_by_a_hyphen_is_an_ordinal(tmp_path: Path):
    text = ("Zeta's milestone\n\nZeta's plant rolled out its 2-millionth NEV on Monday, after making 410,000 cars "
            "in 2024.\n")
    proposals = {p.mention.text: p for p in _proposals(tmp_path, text, "2025-05-14")}
    assert proposals["2"].not_a_claim and not proposals["2"].row
    assert proposals["410,000"].row["period"] == "2024"


def test_a_materials_futures_contract_that_closed_at_an_amount_is_its_futures_closing_price(tmp_path: Path):
    text = ("Cobalt jumps\n\nThe most-active cobalt sulphate contract on the Northvale Futures Exchange closed at its "
            "daily limit, surging 7% to 48,300 yuan a metric ton.\n")
    rows = _rows(tmp_path, text, published="2026-01-12")
    assert rows["48,300 yuan"]["metric"] == "cobalt_sulphate_futures_closing_price_cny"
    assert rows["7%"]["metric"] == "cobalt_sulphate_futures_closing_price_change_pct"
