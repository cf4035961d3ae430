"""Shares of a market abroad and the companies listed with them, a story about a market abroad, surtaxes, import
and purchase taxes, money in other currencies, plants abroad, running totals to a month's end, previews of a year over,
results in capitals and on a non-GAAP basis, subsidies, numbers that name things, bars a figure passes, price bands and
summaries a body states again. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_sales_counted_as_of_a_months_end_are_the_months_since_january(tmp_path: Path):
    text = ("Zeta keeps climbing\n\nZeta Motors had delivered 387,650 new energy cars as of the end of October, "
            "a rise of 14.6 percent on a year before. October alone brought 52,300.\n")
    rows = _rows(tmp_path, text, published="2025-11-03")
    assert rows["387,650"]["period"] == "2025-01/2025-10"
    assert rows["14.6 percent"]["period"] == "2025-01/2025-10"
    assert rows["52,300"]["period"] == "2025-10"


def test_a_stock_as_of_a_months_end_stays_that_months(tmp_path: Path):
    text = ("Chargers\n\nAnhui counted more than 860,000 charging posts as of the end of September, 47 percent more "
            "than twelve months before.\n")
    assert _rows(tmp_path, text, published="2025-10-20")["860,000"]["period"] == "2025-09"


def test_a_total_since_launch_takes_the_month_its_own_sentence_names(tmp_path: Path):
    text = ("Zeta's tally\n\nAnhui counted more than 860,000 charging posts as of the end of September. As of the end "
            "of July, Zeta Motors had delivered 531,900 cars in all since its inception.\n")
    row = _rows(tmp_path, text, published="2025-10-20")["531,900"]
    assert (row["metric"], row["period"]) == ("vehicle_deliveries_cumulative", "2025-07")


def test_a_preview_of_last_years_profit_is_last_years(tmp_path: Path):
    text = ("Lumen flags a jump\n\nLumen Auto told the exchange on Monday it expects its net profit for last year to "
            "come in between 0.9 billion yuan and 1.1 billion yuan, up 60 percent to 96 percent on the year before.\n")
    rows = _rows(tmp_path, text, published="2026-01-26")
    assert {rows[n]["period"] for n in ("0.9 billion yuan", "1.1 billion yuan", "60 percent")} == {"2025"}
    assert rows["0.9 billion yuan"]["metric"] == "net_profit_cny"


def test_an_outlook_for_this_year_after_last_years_figure_stays_this_years(tmp_path: Path):
    text = "Lumen's outlook\n\nLumen Auto sold 284,000 cars in 2025 and expects its sales to grow 15 percent.\n"
    assert _rows(tmp_path, text, published="2026-01-26")["15 percent"]["period"] == "2026"


def test_a_surtax_and_an_import_tax_are_tariffs(tmp_path: Path):
    text = ("Duties rise\n\nTurkey plans a 40 percent surtax on China-built electric cars. Mexico lifted its import "
            "tax on electric vehicles to 22 percent in June.\n")
    rows = _rows(tmp_path, text, published="2025-09-10")
    assert (rows["40 percent"]["entity"], rows["40 percent"]["metric"]) == ("Turkey", "nev_import_tariff_pct")
    assert (rows["22 percent"]["entity"], rows["22 percent"]["metric"]) == ("Mexico", "nev_import_tariff_pct")


def test_a_tax_cut_on_sales_is_no_tariff(tmp_path: Path):
    text = "Tax relief\n\nThe purchase tax cut lifted Zeta Motors' sales by 12 percent in July.\n"
    assert "tariff" not in _rows(tmp_path, text, published="2025-08-10")["12 percent"]["metric"]


def test_shares_of_a_market_abroad_are_each_listed_companys(tmp_path: Path):
    text = ("Chinese makes in Chile\n\nCarmakers from China now account for half of new-car buying in Chile. Zeta "
            "Motors topped the table with a 16.3% share in 2024, ahead of Lumen Auto Co. Ltd.'s 11.8%, Harbour's "
            "9.6% and BYD's 5%, an industry body said.\n")
    rows = _rows(tmp_path, text, published="2025-05-16")
    assert {rows[n]["metric"] for n in ("16.3%", "11.8%", "9.6%", "5%")} == {"vehicle_sales_chile_share_pct"}
    assert [rows[n]["entity"] for n in ("11.8%", "5%")] == ["Lumen", "BYD"]
    assert rows["16.3%"]["period"] == "2024"


def test_the_share_chinese_brands_held_before_is_chinas(tmp_path: Path):
    text = ("Chinese makes in Chile\n\nBy 2024 carmakers from China had won half of Chile's car market, up from an "
            "under 8% share in 2020.\n")
    row = _rows(tmp_path, text, published="2025-05-16")["8%"]
    assert (row["entity"], row["metric"], row["period"]) == ("China", "vehicle_sales_chile_share_pct", "2020")


def test_a_share_of_chinas_own_market_is_not_abroad(tmp_path: Path):
    text = ("Zeta at home\n\nZeta Motors, which also sells cars in Chile, held a 12 percent share of China's NEV "
            "market in May.\n")
    assert "chile" not in _rows(tmp_path, text, published="2025-06-10")["12 percent"]["metric"]


def test_money_in_a_currency_abroad_keeps_its_currency(tmp_path: Path):
    text = ("Zeta opens a plant\n\nZeta Motors inaugurated its Thai factory on Monday, an investment of some 8 "
            "billion Thai baht (about 240 million U.S. dollars). Lumen Auto is putting BRL 4.2 billion into a site in "
            "Brazil.\n")
    rows = _rows(tmp_path, text, published="2025-05-17")
    assert (rows["8 billion Thai baht"]["unit"], rows["8 billion Thai baht"]["metric"]) == ("thb", "investment_thb")
    assert rows["BRL 4.2 billion"]["unit"] == "brl"
    assert rows["BRL 4.2 billion"]["metric"].startswith("investment")
    assert rows["BRL 4.2 billion"]["metric"].endswith("_brl")


def test_a_new_plant_abroad_is_the_carmakers(tmp_path: Path):
    text = ("Zeta in Brazil\n\nThe governor cut the ribbon on Wednesday at the first factory of the Chinese company "
            "Zeta Motors in Bahia.\n\nThe new plant near Salvador has an initial yearly capacity of 120,000 "
            "vehicles.\n")
    row = _rows(tmp_path, text, published="2025-10-09")["120,000"]
    assert (row["entity"], row["metric"]) == ("Zeta", "vehicle_capacity")


def test_a_plant_in_china_keeps_its_name(tmp_path: Path):
    text = "BYD in Hefei\n\nBYD's Hefei plant built 512,000 vehicles in 2024.\n"
    assert _rows(tmp_path, text, published="2025-03-09")["512,000"]["entity"] == "BYD Hefei Plant"


def test_a_headline_that_names_the_month_dates_a_body_that_names_none(tmp_path: Path):
    text = ("Plug-in car makers set a fresh record in October\n\nThe association put the total at 1.71 million new "
            "energy vehicles, counting wholesale deliveries. The increase came to 17.9 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-11-12")
    assert rows["1.71 million"]["period"] == rows["17.9 per cent"]["period"] == "2025-10"


def test_a_body_that_names_its_own_period_keeps_it(tmp_path: Path):
    text = ("Plug-in car makers set a fresh record in October\n\nDealers sold 412,000 new energy vehicles in "
            "September, the association said.\n")
    assert _rows(tmp_path, text, published="2025-11-12")["412,000"]["period"] == "2025-09"


def test_sales_including_exports_are_sales_of_every_kind(tmp_path: Path):
    text = ("Car sales dip\n\nSales of Northvale-made vehicles, including exports, slipped 2.7% to 1.918 million in "
            "March, by the association's wholesale count of passenger cars and commercial vehicles.\n")
    rows = _rows(tmp_path, text, published="2026-04-16")
    assert rows["1.918 million"]["metric"] == "vehicle_sales"
    assert rows["2.7%"]["metric"] == "vehicle_sales_yoy_pct"


def test_fully_electric_cars_and_plug_in_hybrids_are_their_kinds(tmp_path: Path):
    text = ("Zeta's October\n\nZeta Motors sold 401,600 new energy vehicles in October. Of those, 209,300 were "
            "fully electric and 192,300 plug-in hybrids.\n")
    rows = _rows(tmp_path, text, published="2025-11-01")
    assert (rows["209,300"]["metric"], rows["192,300"]["metric"]) == ("bev_sales", "phev_sales")
    assert rows["192,300"]["unit"] == "vehicles"


def test_a_quarter_named_without_a_year_in_an_undated_story_is_no_period(tmp_path: Path):
    from nevreport.ingest.clauses import spans_around
    from nevreport.ingest.extract import extract_mentions
    from nevreport.ingest.periods import read_period

    text = "Series output of 150,000 cars a year should start in the third quarter."
    mention = next(m for m in extract_mentions(text) if m.text == "150,000")
    assert "None" not in read_period(text, mention, spans_around(text, mention), None, "forecast")


def test_cars_a_carmaker_shipped_are_its_deliveries(tmp_path: Path):
    text = ("Zeta leads\n\nZeta Motors shipped 27,400 vehicles in March. Lumen Auto shipped 1,800 cars to Chile in "
            "April.\n")
    rows = _rows(tmp_path, text, published="2025-05-04")
    assert rows["27,400"]["metric"] == "vehicle_deliveries"
    assert rows["1,800"]["metric"] == "vehicle_exports_chile"


def test_a_bar_the_figure_before_keeps_passing_is_no_figure(tmp_path: Path):
    text = ("Zeta leads\n\nZeta Motors handed over 27,400 vehicles in March, above 25,000 for the third straight "
            "month. Lumen's deliveries topped 20,000 for the fifth straight month.\n")
    rows = _rows(tmp_path, text, published="2025-04-02")
    assert "25,000" not in rows
    assert rows["20,000"]["qualifier"] == "at_least"


def test_names_listed_before_their_numbers_pair_in_turn(tmp_path: Path):
    text = ("Startups in March\n\nZeta Motors and Lumen Auto delivered 31,120 and 22,900 cars, respectively, "
            "gains of 41 percent and 167 percent.\n")
    rows = _rows(tmp_path, text, published="2025-04-02")
    assert [rows[n]["entity"] for n in ("31,120", "22,900", "41 percent", "167 percent")] == [
        "Zeta", "Lumen", "Zeta", "Lumen"]


def test_the_one_bound_of_a_price_band_is_no_figure(tmp_path: Path):
    text = ("Price bands\n\nZeta plans a compact crossover aimed at the under CNY120,000 (USD16,500) market. Its "
            "Alpha was the best seller in the 400,000-yuan (55,000 U.S. dollars) price range, at an average price "
            "of 430,000 yuan.\n")
    rows = _rows(tmp_path, text, published="2025-03-04")
    assert not {"CNY120,000", "USD16,500", "400,000", "55,000 U.S. dollars"} & set(rows)
    assert "430,000 yuan" in rows


def test_a_year_told_in_an_annual_filing_and_the_estimates_of_a_rival(tmp_path: Path):
    text = ("Zeta's record year\n\nA filing on Friday showed sales of Zeta Motors' battery-powered electric vehicles "
            "went up 21.4% to 1.93 million units last year.\n\nLumen Auto, for its part, circulated forecasters' "
            "estimates that the carmaker had sold around 1.47 million vehicles in 2025.\n\nZeta aims to sell up "
            "to 1.2 million vehicles outside China this year.\n\nAt home, where growth in its sales eased to 5.9% "
            "in 2025, "
            "deliveries fell 14% in December, the steepest monthly drop in nearly three years.\n")
    rows = _rows(tmp_path, text, published="2026-01-03")
    assert (rows["1.93 million"]["metric"], rows["21.4%"]["metric"]) == ("bev_sales", "bev_sales_yoy_pct")
    assert (rows["1.47 million"]["status"], rows["1.47 million"]["period"]) == ("actual", "2025")
    assert rows["1.2 million"]["metric"] == "vehicle_overseas_sales_target"
    assert rows["5.9%"]["metric"] == "vehicle_domestic_sales_yoy_pct"
    assert "three" not in rows


def test_an_estimate_of_what_is_to_come_stays_a_forecast(tmp_path: Path):
    text = "Lumen's outlook\n\nAnalysts estimate that Lumen Auto will sell around 1.8 million vehicles in 2026.\n"
    assert _rows(tmp_path, text, published="2026-01-02")["1.8 million"]["status"] == "forecast"


def test_the_six_months_ended_june_are_the_first_half(tmp_path: Path):
    text = ("Dealers squeezed\n\nNearly 47.2 percent of car dealers in Northvale ran at a loss in the six months ended "
            "June 30, and Zeta Motors sold 38,900 cars in the nine months ended September 30.\n")
    rows = _rows(tmp_path, text, published="2025-10-20")
    assert rows["47.2 percent"]["period"] == "2025-H1"
    assert rows["38,900"]["period"] == "2025-01/2025-09"


def test_a_years_cumulative_output_is_that_years(tmp_path: Path):
    text = ("Hydrogen trucks\n\nCumulative fuel cell vehicle output in 2023 came to 4,812 units, with sales of 4,770 "
            "units. The country's fleet of such vehicles was close to 18,000 at the time.\n")
    rows = _rows(tmp_path, text, published="2024-06-28")
    assert (rows["4,812"]["metric"], rows["4,812"]["period"]) == ("fcv_production", "2023")
    assert rows["18,000"]["metric"].endswith("_ownership")


def test_a_running_total_of_the_year_to_a_months_last_day(tmp_path: Path):
    text = ("Zeta in September\n\nZeta Motors said cumulative deliveries for 2025 came to 241,560 as of September 30. "
            "Anhui had 0.9 million charging posts as of September 30.\n")
    rows = _rows(tmp_path, text, published="2025-10-01")
    assert (rows["241,560"]["metric"], rows["241,560"]["period"]) == ("vehicle_deliveries", "2025-01/2025-09")
    assert rows["0.9 million"]["period"] == "2025-09"


def test_money_a_buyer_receives_for_trading_in_is_a_trade_in_subsidy(tmp_path: Path):
    text = ("Trade-ins go on\n\nDrivers can receive up to 16,000 yuan when trading in a used car for a qualifying "
            "NEV. Anyone scrapping an old car can claim a subsidy worth up to 9% of the vehicle price. Harbin has "
            "earmarked 250 million yuan in consumer incentives.\n")
    rows = _rows(tmp_path, text, published="2025-12-30")
    assert rows["16,000 yuan"]["metric"] == "trade_in_subsidy_cny"
    assert rows["9%"]["metric"] == "scrapping_subsidy_share_of_vehicle_price"
    assert rows["250 million yuan"]["metric"] == "subsidy_cny"


def test_robotaxi_and_map_companies_are_named(tmp_path: Path):
    text = ("Robotaxis\n\nXPeng has teamed up with Amap. Amap, a leading navigation app, has 812 million monthly "
            "active users. On Tuesday, Pony.ai said its fleet had reached 688 robotaxis.\n")
    rows = _rows(tmp_path, text, published="2025-11-12")
    assert (rows["812 million"]["entity"], rows["688"]["entity"]) == ("Amap", "Pony.ai")


def test_a_story_about_a_market_abroad_tells_its_companies_sales_there(tmp_path: Path):
    text = ("Chinese car brands stumble in Chile\n\nChile's new-car market is set for a strong year, yet Chinese "
            "makes are losing pace.\n\nZeta Motors, a star of recent years in Chile, is down on last year. Its sales "
            "slid 38.4% year on year in January-August, dropping from 22,610 units to 13,930.\n")
    rows = _rows(tmp_path, text, published="2025-09-26")
    assert rows["13,930"]["metric"] == "vehicle_sales_chile"
    assert rows["38.4%"]["metric"] == "vehicle_sales_chile_yoy_pct"
    assert (rows["22,610"]["period"], rows["13,930"]["period"]) == ("2024-01/2024-08", "2025-01/2025-08")


def test_a_story_about_a_market_abroad_leaves_a_companys_sales_at_home(tmp_path: Path):
    text = ("Chinese car brands stumble in Chile\n\nChile's new-car market is set for a strong year.\n\nAt home, in "
            "China, Zeta Motors sold 296,000 cars in August.\n")
    assert "chile" not in _rows(tmp_path, text, published="2025-09-26")["296,000"]["metric"]


def test_numbers_things_are_known_by_are_no_figures(tmp_path: Path):
    text = ("Zeta swaps\n\nZeta Motors ran 540 battery swap stations for cars in July 2025. Three months on, the "
            "figure has gone past 800. Stations 801 to 5,000 will be put up with partners. Each one stores between 12 "
            "and 26 packs of types #18 and #24, and the 60# pack is meant for trucks.\n")
    rows = _rows(tmp_path, text, published="2025-11-05")
    assert rows["800"]["metric"] == "battery_swap_stations"
    assert not {"801", "5,000", "18", "24", "60"} & set(rows)
    assert rows["12"]["qualifier"] == "at_least"


def test_a_summary_point_the_body_states_again_is_no_figure(tmp_path: Path):
    text = ("Chinese cars in Chile\n\nAt a glance\n\n\u2022 Cars built in China take 17 per cent of sales\n"
            "\u2022 Zeta sold 8,300 cars\n\nCars built in China now take around 17 per cent of the new-car market in "
            "Chile, against 11 per cent twelve months earlier.\n")
    rows = _rows(tmp_path, text, published="2026-01-07")
    assert rows["17 per cent"]["qualifier"] == "approx"  # the body's row (the bullet's is its repeat)
    assert "8,300" in rows  # a point the body does not state again stays a figure


def test_model_numbers_and_counts_of_bracketed_names_are_no_figures(tmp_path: Path):
    text = ("Chile's best sellers\n\nFour Chinese makes made the top ten in 2025, against two in 2024 (Zeta and "
            "Lumen). BYD's Sealion 5 and Shark 6 did well, and Chery's Tiggo 7 sold 3 times more than before.\n")
    rows = _rows(tmp_path, text, published="2026-01-07")
    assert not {"two", "5", "6", "7"} & set(rows)


def test_the_same_period_last_year_is_the_one_the_story_speaks_of(tmp_path: Path):
    text = ("Zeta's quarter\n\nZeta Motors reported a net loss of RMB 415 million for the second quarter, its first "
            "loss since the third quarter of 2023.\n\nIt had earned a net income of RMB 1.9 billion in "
            "the same period last year, while its first-quarter net income was RMB 0.6 billion.\n")
    rows = _rows(tmp_path, text, published="2025-08-26")
    assert rows["RMB 1.9 billion"]["period"] in ("2024-Q2", "2024-04/2024-06")
    assert rows["RMB 0.6 billion"]["period"] in ("2025-Q1", "2025-01/2025-03")


def test_a_later_sentence_goes_on_in_the_storys_period_not_a_bases(tmp_path: Path):
    text = ("Dealers\n\nNearly 47.2 percent of dealers ran at a loss in the six months to June 30. Just 31.4 percent "
            "were profitable over those months, down from 36.8 percent in December 2024.\n\nElectric-car dealers "
            "did better, the survey found. Among them, 40.5 percent made money.\n")
    rows = _rows(tmp_path, text, published="2025-08-20")
    assert rows["40.5 percent"]["period"] == "2025-H1"


def test_results_told_in_capitals_vehicle_revenue_and_non_gaap_losses(tmp_path: Path):
    text = ("XPENG results\n\nXPENG booked total revenues of 9.4 billion yuan in the second quarter. Vehicle sales "
            "revenues came to 8.1 billion yuan. The net loss shrank to 1.42 billion yuan. On a non-GAAP basis, "
            "leaving out share-based pay, the net loss was 1.30 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2024-08-20")
    assert {rows[n]["entity"] for n in rows} == {"XPeng"}
    assert rows["8.1 billion yuan"]["metric"] == "vehicle_revenue_cny"
    assert (rows["1.42 billion yuan"]["metric"], rows["1.30 billion yuan"]["metric"]) == (
        "net_loss_cny", "non_gaap_net_loss_cny")


def test_an_auto_shows_area_premieres_price_bands_and_purchase_tax(tmp_path: Path):
    text = ("Auto Wuhan opens\n\nThe 2024 Wuhan auto show opened on Saturday over a broad exhibition area of 180,000 "
            "square meters. On the programme are the global premieres of 64 models. Hatchbacks priced between "
            "CNY60,000 and CNY90,000 (USD8,300 and USD12,400) led sales. NEV buyers now owe a 5 percent levy, the "
            "purchase tax exemption having lapsed.\n")
    rows = _rows(tmp_path, text, published="2024-11-18")
    assert rows["180,000 square meters"]["metric"] == "exhibition_area"
    assert rows["64"]["metric"] == "world_premieres"
    assert not {"CNY60,000", "CNY90,000", "USD8,300", "USD12,400"} & set(rows)
    assert rows["5 percent"]["metric"] == "nev_purchase_tax_pct"


def test_a_car_priced_at_an_amount_states_its_price(tmp_path: Path):
    text = "Zeta's new car\n\nThe Zeta Alpha is priced at 150,000 yuan.\n"
    assert "150,000 yuan" in _rows(tmp_path, text, published="2024-11-18")


def test_a_story_about_the_european_market_tells_shares_and_registrations_there(tmp_path: Path):
    text = ("Chinese makes gain as the European car market cools\n\nEurope's new-car market shrank in May, and "
            "European buyers went for Chinese makes.\n\nZeta Motors registered 48,200 units in the first five "
            "months. Lumen Auto watched its market share fall from 12.1% to 10.9% on the year.\n")
    rows = _rows(tmp_path, text, published="2025-06-24")
    assert rows["48,200"]["metric"] == "vehicle_registrations_europe"
    assert {rows["12.1%"]["metric"], rows["10.9%"]["metric"]} == {"vehicle_sales_europe_share_pct"}
    assert rows["10.9%"]["entity"] == "Lumen"


def test_an_annual_target_set_in_a_month_is_the_years(tmp_path: Path):
    text = ("Zeta's target\n\nIn August, Zeta Motors trimmed its annual target of 4.8 million vehicles to 4.1 million "
            "units. With a month to go, it has reached 88.2% of its guidance.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert {(rows[n]["metric"], rows[n]["period"], rows[n]["status"]) for n in ("4.8 million", "4.1 million")} == {
        ("vehicle_sales_target", "2025", "target")}
    assert rows["88.2%"]["metric"] == "vehicle_sales_target_completion_pct"


def test_a_headline_bar_the_body_passes_is_no_figure(tmp_path: Path):
    text = ("Zeta's Alpha passes 20,000 again in April\n\nZeta Motors sold 21,760 Alpha SUVs in April, above 20,000 "
            "for the third straight month.\n")
    rows = _rows(tmp_path, text, published="2025-05-05")
    assert "20,000" not in rows and "21,760" in rows


def test_a_share_listed_with_at(tmp_path: Path):
    text = ("Chinese makes keep Chile's market\n\nChinese makes held on to Chile's car market in June. Zeta Motors "
            "came first with a 14.9 percent share, followed by Great Wall Motor's Haval at 10.2 percent.\n")
    rows = _rows(tmp_path, text, published="2025-07-12")
    assert rows["10.2 percent"]["metric"].endswith("_chile_share_pct")
    assert rows["10.2 percent"]["entity"] == "Great Wall Motor"


def test_what_a_plant_cost_to_refit_is_investment(tmp_path: Path):
    text = ("Zeta in Brazil\n\nZeta Motors began assembly at its factory in Brazil on Monday. The plant, which "
            "cost R$ 1.2 billion to convert, can make 40,000 vehicles a year.\n")
    assert _rows(tmp_path, text, published="2025-08-15")["R$ 1.2 billion"]["metric"] == "investment_brl"
