"""A group of brands as a sentence's subject, a listed company's share moves, the base a rate moved from, a
carmaker's share of the country's market, a retail story's sales, the economy's growth and a sub-brand's figures.
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_share_the_sentences_subject_group_holds_is_the_groups(tmp_path: Path):
    text = ("Wuxi car market grows\n\nChinese brands dominated the city's market in the first half, selling over "
            "90,000 units, a 12.4% year-on-year rise, and accounting for 61.2% of total passenger vehicle sales.\n\n"
            "Over the first three months, Chinese passenger cars sold 1.46 million units in China, 9.7 percent more "
            "than a year before, with a market share of 54.8 percent.\n")
    rows = _rows(tmp_path, text, published="2025-07-14")
    assert rows["61.2%"]["metric"] == "chinese_brand_share_of_passenger_car_sales"  # (not nev_share_of_...)
    assert rows["54.8 percent"]["metric"] == "chinese_brand_share_of_passenger_car_sales"


def test_a_groups_share_abroad_with_a_hedge_or_said_by_they_is_the_groups(tmp_path: Path):
    text = ("Chile's car market\n\nChinese car brands still account for more than 17 percent of "
            "passenger car sales in Chile, the dealers' body said on Monday.\n\nChinese automakers reached a 14 "
            "percent market share between January and June.\n\nAcross Europe, Chinese brands took 6.3 per cent of the "
            "bloc's electric car sales in May. They held 3.7 per cent of all new car sales, the researcher said.\n")
    rows = _rows(tmp_path, text, published="2025-07-14")
    assert rows["17 percent"]["metric"] == "chinese_brand_share_of_passenger_car_sales"
    assert rows["14 percent"]["metric"] == "chinese_brand_share_of_new_vehicle_sales"  # (not a growth)
    assert rows["6.3 per cent"]["metric"] == "chinese_brand_share_of_nev_sales"  # (of the EVs the words name)
    assert rows["3.7 per cent"]["metric"] == "chinese_brand_share_of_new_vehicle_sales"


def test_a_listed_companys_share_moves_and_its_gain_this_year(tmp_path: Path):
    text = ("BYD sales climb in April\n\nSHENZHEN, May 2 (Wire) - BYD sold 312,400 vehicles in April, up 21 per cent "
            "year on year, it reported on Thursday.\n\nBYD's shares are up nearly 29% so far this year.\n\nStill, "
            "BYD stock fell almost 3% in Hong Kong on Friday.\n\nLi Auto's American depositary receipts edged up "
            "1.3% on Friday.\n\nAt the close on May 2, XPeng's H shares finished with a one-day drop of 5.47%.\n")
    rows = _rows(tmp_path, text, published="2025-05-02")
    for stated in ("29%", "3%", "1.3%", "5.47%"):
        assert rows[stated]["metric"] == "share_price_change_pct", stated
    assert rows["29%"]["period"] == "2025-01-01/2025-05-02"  # (the year so far, to the day told)
    assert rows["3%"]["period"] == rows["5.47%"]["period"] == "2025-05-02"
    assert rows["21 per cent"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_days_move_beside_a_gain_this_year_keeps_its_day(tmp_path: Path):
    text = ("BYD results\n\nBYD [SHE: 002594] slid 3.1 percent in Shenzhen today to finish at CNY198.75 a share, "
            "yet the stock still shows a year-to-date rise of 24 percent. In Hong Kong, where it trades as "
            "[HKG: 1211], the stock gave up 1.4 percent but is up 19 percent so far this year.\n")
    rows = _rows(tmp_path, text, published="2025-03-25")
    assert rows["3.1 percent"]["period"] == rows["1.4 percent"]["period"] == "2025-03-25"
    assert rows["1.4 percent"]["metric"] == "share_price_change_pct"
    assert rows["24 percent"]["period"] == rows["19 percent"]["period"] == "2025-01-01/2025-03-25"


def test_the_month_a_rate_moved_from_is_that_rates_own(tmp_path: Path):
    text = ("Car sales cool\n\nBEIJING - Growth in China's car sales cooled in April as hybrid demand softened.\n\n"
            "Sales rose 4.3% from April 2024 to 1.62 million cars, down from a 9.1% year-on-year increase in "
            "March, according to figures the China Passenger Car Association released on Friday.\n\nGrowth in "
            "sales of new energy vehicles eased to 8% from 21.5% in March, though they kept outselling petrol cars.\n")
    rows = _rows(tmp_path, text, published="2025-05-09")
    assert rows["4.3%"]["period"] == rows["1.62 million"]["period"] == "2025-04"  # (not March, nor April 2024)
    assert rows["9.1%"]["period"] == rows["21.5%"]["period"] == "2025-03"  # (a rate of growth, not a year back)
    assert rows["8%"]["period"] == "2025-04"


def test_a_new_rate_from_an_old_one_keeps_the_period_it_applies_from(tmp_path: Path):
    text = ("Duty lifted\n\nNorthland will lift its import duty on electric cars to 40% from 15% starting "
            "next month, its finance ministry announced.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert rows["40%"]["period"] == "2024-07"


def test_a_carmakers_share_of_the_countrys_segment_and_its_shipments_abroad(tmp_path: Path):
    text = ("BYD in July\n\nIn July BYD saw car sales fall in China for a third straight month, with a drop of 9% "
            "year-on-year, and its share of China's NEV segment narrowed to 24.6% from 31.2% a year "
            "earlier. Worldwide deliveries still crept up, helped by overseas sales which made up nearly 23% "
            "of total sales.\n")
    rows = _rows(tmp_path, text, published="2025-08-08")
    assert rows["9%"]["metric"] == "vehicle_domestic_sales_yoy_pct"
    assert rows["24.6%"]["metric"] == rows["31.2%"]["metric"] == "nev_sales_national_share_pct"
    assert rows["23%"]["metric"] == "overseas_share_of_vehicle_sales"


def test_a_retail_storys_sales_stay_retail_past_a_sentence_on_the_economy(tmp_path: Path):
    text = ("Car retail inches up\n\nRetail sales of passenger cars across China crept up to roughly "
            "1.78 million units in January, going by a preliminary CPCA tally.\n\nChina's "
            "economy grew by a weaker-than-expected 4.4% year-on-year in the final quarter, helped mainly by "
            "exports.\n\nNew energy vehicle sales are estimated to have grown 5% to "
            "760,000 units in January. Compared with December, NEV sales fell by 13%.\n")
    rows = _rows(tmp_path, text, published="2026-02-04")
    assert rows["760,000"]["metric"] == "nev_passenger_car_retail_sales"
    assert rows["13%"]["metric"] == "nev_passenger_car_retail_sales_mom_pct"  # (the month the sentence opens with)
    assert rows["4.4%"]["metric"] == "gdp_yoy_pct"
    assert rows["4.4%"]["status"] == "actual"  # ("weaker-than-expected" is no outlook)


def test_a_sub_brands_figures_are_the_brands_under_its_company(tmp_path: Path):
    text = ("Onvo deliveries fall\n\nNio's budget sub-brand Onvo reported on Monday that it delivered 9,236 vehicles "
            "in November, a 28% fall from October's record of 12,815 units.\n\nAt Geely, the brand to watch is "
            "Galaxy. Galaxy delivered 72,100 units in January, and now accounts for over 31% of the group's overall "
            "volume, up from roughly 17% a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert (rows["9,236"]["entity"], rows["9,236"]["metric"]) == ("NIO", "onvo_deliveries")
    assert rows["28%"]["metric"] == "onvo_deliveries_mom_pct"
    assert (rows["72,100"]["entity"], rows["72,100"]["metric"]) == ("Geely", "galaxy_deliveries")
    assert rows["31%"]["metric"] == rows["17%"]["metric"] == "galaxy_share_of_vehicle_deliveries"


def test_a_share_up_from_a_hedged_level_a_year_earlier_is_the_same_share_a_year_back(tmp_path: Path):
    text = ("Zeta's January\n\nZeta Auto's January sales came to 188,700 vehicles, 14 percent more than a year "
            "before.\n\nNEVs accounted for 57% of its sales, up from roughly 39% a year earlier.\n")
    rows = _rows(tmp_path, text, published="2026-02-02")
    assert rows["39%"]["metric"] == rows["57%"]["metric"]  # (not a growth)
    assert rows["57%"]["metric"].startswith("nev_share_of_")
    assert rows["39%"]["period"] == "2025-01"


def test_a_quarters_results_that_date_nothing_are_of_the_last_quarter_over(tmp_path: Path):
    text = ("Zeta's revenue climbs\n\nZeta Corp posted a 22% increase in quarterly revenue, topping expectations.\n\n"
            "Revenue reached 98 billion yuan, slightly above analyst forecasts. Net profit nearly doubled to 9.4 "
            "billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-08-20")
    for stated in ("22%", "98 billion yuan", "9.4 billion yuan"):
        assert rows[stated]["period"] == "2025-Q2", stated


def test_this_quarter_in_a_story_of_a_quarter_over_is_that_quarter(tmp_path: Path):
    text = ("Startups report\n\nIn Q3 2025, the young carmakers published results in quick "
            "succession.\n\nLeapmotor stayed profitable. This quarter, its sales reached 171,000 units, doubling "
            "year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-12-02")
    assert rows["171,000"]["period"] == "2025-Q3"  # (not the quarter under way when it was told)


def test_a_destination_as_the_subject_of_chinas_exports_is_the_exports_to_it(tmp_path: Path):
    text = ("Exports to Russia slump\n\nBetween January and September 2025, China exported 318,600 vehicles to "
            "Russia, down 52% year on year. Two years earlier, Russia headed the table of Chinese car exports, "
            "while in 2025 Mexico came first with 377,800 units, compared with Japan's 2.6 million "
            "units.\n\nSaudi Arabia and Mexico recorded the largest gains against the same period of 2024, "
            "with increases of 63,900 and 38,700 units respectively. "
            "Conversely, Brazil saw a decline of 12% y-o-y.\n")
    rows = _rows(tmp_path, text, published="2025-10-28")
    assert (rows["377,800"]["entity"], rows["377,800"]["metric"]) == ("China", "vehicle_exports_mexico")
    assert rows["377,800"]["period"] == "2025-01/2025-09"  # (a year not over: the months the story counts)
    assert rows["2.6 million"]["entity"] == "Japan"  # (the country's own)
    assert rows["63,900"]["metric"] == "vehicle_exports_saudi_arabia_yoy_change"
    assert rows["38,700"]["metric"] == "vehicle_exports_mexico_yoy_change"
    assert rows["63,900"]["period"] == "2025-01/2025-09"  # (not the year compared with)
    assert (rows["12%"]["entity"], rows["12%"]["metric"]) == ("China", "vehicle_exports_brazil_yoy_pct")


def test_leading_groups_listed_in_one_phrase_take_their_figures_in_turn(tmp_path: Path):
    text = ("Battery installations\n\nIn the first quarter, 44 battery makers supplied products for NEVs. The top "
            "two, four, and eight suppliers installed 61.5 GWh, 88.2 GWh, and 109.7 GWh, respectively, accounting "
            "for 53.4%, 76.6%, and 95.3% of total installations.\n")
    rows = _rows(tmp_path, text, published="2025-04-11")
    assert rows["88.2"]["metric"].startswith("top_4_battery_maker_")
    assert rows["95.3%"]["metric"].startswith("top_8_battery_maker_share_of_")
    assert "four" not in rows and "eight" not in rows  # (ranks: no rows drafted)


def test_sales_abroad_said_in_other_words_are_overseas_sales(tmp_path: Path):
    text = ("BYD in December\n\nBYD sold 388,150 cars in December. Overseas, BYD sold 121,460 cars in December, up "
            "118.4% YoY.\n\nSAIC Motor sold 96,300 vehicles internationally in January, a 44.2 percent "
            "year-on-year rise.\n\nBYD hopes to sell 1.5 million cars outside the Chinese mainland "
            "this year.\n")
    rows = _rows(tmp_path, text, published="2026-02-05")
    assert rows["388,150"]["metric"] == "vehicle_sales"
    for stated in ("121,460", "96,300", "1.5 million"):
        assert rows[stated]["metric"] == "vehicle_overseas_sales", stated
    assert rows["44.2 percent"]["metric"] == "vehicle_overseas_sales_yoy_pct"


def test_trade_in_applications_and_a_ships_capacity_have_their_names(tmp_path: Path):
    text = ("Trade-ins\n\nNationwide, trade-in applications reached 1.08 million in June, "
            "up 11% from May.\n\nShips\n\nThe Orion Voyager, its third vessel, with a 7,800-vehicle "
            "capacity, was launched on April 9.\n")
    rows = _rows(tmp_path, text, published="2025-07-08")
    assert rows["1.08 million"]["metric"] == "trade_in_subsidy_applications"
    assert rows["11%"]["metric"] == "trade_in_subsidy_applications_mom_pct"
    assert rows["7,800"]["metric"] == "vehicle_carrying_capacity"


def test_a_goal_set_in_a_year_over_and_the_growth_a_goal_implies(tmp_path: Path):
    text = ("Zeta targets 540,000 deliveries\n\nCarmaker Zeta has set a goal of 540,000 deliveries for 2026. "
            "This would represent a 27 per cent rise over the more than 425,000 units delivered in 2025.\n\n"
            "The company had surpassed its targets. Its goal for 2025 was initially set at 300,000 units.\n\nFor "
            "2026, founder Chen Jun has laid out an early target of 540,000 units.\n")
    rows = _rows(tmp_path, text, published="2026-01-05")
    assert (rows["27 per cent"]["status"], rows["27 per cent"]["period"]) == ("target", "2026")
    assert rows["27 per cent"]["metric"].endswith("_target_yoy_pct")
    assert (rows["425,000"]["status"], rows["425,000"]["period"]) == ("actual", "2025")  # (the base, not the goal)
    assert (rows["300,000"]["status"], rows["300,000"]["period"]) == ("target", "2025")
    assert rows["300,000"]["metric"] == "vehicle_deliveries_target"  # (a goal for what the sentences before count)
    assert rows["540,000"]["period"] == "2026"  # (the last one: "Chen Jun has set" names no June)


def test_batteries_loaded_on_cars_are_installations_and_these_batteries_are_the_kind_before(tmp_path: Path):
    text = ("Battery installations\n\nMakers in China loaded 58.3 GWh of traction batteries into new cars in "
            "October, some 41% more than a year before, the alliance's figures show.\n\nTernary batteries had a "
            "loaded capacity of 11.2 GWh. Most cars run on lithium iron phosphate (LFP) batteries. These batteries "
            "came to 47.1 GWh, up 62% y-o-y and 9% m-o-m.\n\nExports of power batteries reached 97.4 GWh in the "
            "ten months.\n")
    rows = _rows(tmp_path, text, published="2024-11-11")
    assert rows["58.3"]["metric"] == "power_battery_installed_capacity"  # (not exports)
    assert rows["11.2"]["metric"] == "ternary_battery_installed_capacity"
    assert rows["47.1"]["metric"] == "lithium_iron_phosphate_battery_installed_capacity"
    assert rows["9%"]["metric"] == "lithium_iron_phosphate_battery_installed_capacity_mom_pct"
    assert rows["97.4"]["metric"] == "power_battery_exports"  # (exports, though installations came before)


def test_a_with_clause_of_its_own_subject_and_a_group_opened_by_only(tmp_path: Path):
    text = ("Market in August\n\nLast month Chinese carmakers won over 68 percent of their domestic passenger "
            "car market, with NEVs making up 51.2 percent of all sales.\n\nForeign-brand purchases fell. Only "
            "Japanese brands held on to their 11.4 percent market share.\n\nChery sold the most cars outside of "
            "China that month, 98,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-09-11")
    assert rows["51.2 percent"]["metric"].startswith("nev_share_of_")  # (the with-clause's subject's)
    assert rows["11.4 percent"]["metric"].startswith("japanese_brand_share_of_")
    assert rows["98,000"]["metric"] == "vehicle_overseas_sales"


def test_how_much_of_a_goal_was_met_and_the_goals_own_year(tmp_path: Path):
    text = ("Targets in review\n\nLooking back at 2025, Zeta delivered 3.9 million vehicles during the year. That "
            "was only 81.4% of its lofty 4.8 million-unit target.\n\nOrion closed 2025 with 2.54 million cars sold, "
            "just beating its revised 2.5 million-unit target.\n")
    rows = _rows(tmp_path, text, published="2026-01-07")
    assert rows["81.4%"]["metric"] == "vehicle_deliveries_target_completion_pct"
    assert rows["81.4%"]["status"] == "actual"  # (how much of the goal was met)
    assert (rows["4.8 million"]["status"], rows["4.8 million"]["period"]) == ("target", "2025")
    assert (rows["2.5 million"]["status"], rows["2.5 million"]["period"]) == ("target", "2025")


def test_a_share_of_an_annual_goal_reached_so_far_is_an_actual_and_the_goal_the_years(tmp_path: Path):
    text = ("Zeta at 58%\n\nZeta's sales from January to August came to 2.1 million units, about 58 percent of its "
            "3.6 million annual target, the carmaker said.\n")
    rows = _rows(tmp_path, text, published="2025-09-03")
    assert (rows["58 percent"]["metric"], rows["58 percent"]["status"]) == (
        "vehicle_sales_target_completion_pct", "actual")
    assert (rows["3.6 million"]["status"], rows["3.6 million"]["period"]) == ("target", "2025")


def test_a_quarter_of_something_other_than_the_calendar_dates_nothing(tmp_path: Path):
    text = ("Lumen's quarter\n\nLumen warned of weaker deliveries after a hard third quarter. \"The third quarter of "
            "2025, the first quarter of Lumen's second decade too, was hard,\" its founder said.\n\nLumen reported "
            "revenue of 19.8 billion yuan, down 31.4% from a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-11-27")
    assert rows["19.8 billion yuan"]["period"] == "2025-Q3"  # (not the first quarter)
