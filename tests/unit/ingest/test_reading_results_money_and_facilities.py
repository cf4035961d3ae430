"""A company's money told in a second currency (won), where its revenue was earned, what its car sales took in,
its research spending, a per-share loss set against a per-share profit; charging facilities told apart by who
uses them; swap stations named by their last word. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_an_amount_in_won_after_a_scale_word_is_in_won(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's year\n\nLumo Energy said its revenue for 2025 rose 8% to 210.4 billion yuan "
                           "(some 42.1 trillion won), while net profit grew to 30.2 billion yuan (some 6.0 trillion "
                           "won).\n", published="2026-03-18")
    assert rows["42.1 trillion won"]["metric"] == "revenue_krw"
    assert rows["6.0 trillion won"]["metric"] == "net_profit_krw"
    assert rows["210.4 billion yuan"]["metric"] == "revenue_cny"


def test_won_the_verb_is_no_currency(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's awards\n\nLumo Energy sold 12,300 vehicles in May. Of its models, 4 won "
                           "design awards this spring.\n", published="2026-06-03")
    assert "4 won" not in rows


def test_revenue_earned_at_home_and_its_share(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's year\n\nLumo Energy's revenue for 2025 rose 8% to 210.4 billion yuan.\n\n"
                           "Roughly 64% of its revenue in 2025 came from China, totalling 134.7 billion yuan. "
                           "Domestic revenue had fallen 2% the year before.\n", published="2026-03-18")
    assert (rows["64%"]["metric"], rows["64%"]["period"]) == ("domestic_share_of_revenue", "2025")
    assert rows["134.7 billion yuan"]["metric"] == "domestic_revenue_cny"


def test_a_share_of_revenue_from_markets_abroad(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's year\n\nLumo Energy's revenue for 2025 rose 8% to 210.4 billion yuan. "
                           "About 36% of its revenue came from overseas markets.\n", published="2026-03-18")
    assert rows["36%"]["metric"] == "overseas_share_of_revenue"


def test_a_companys_car_sales_in_money_are_its_revenue(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's quarter\n\nHalden Motor's total revenue in the first quarter rose 20% to "
                           "15.2 billion yuan. Vehicle sales in the quarter climbed 41 percent on the year to "
                           "12.2 billion yuan.\n", published="2026-05-20")
    assert rows["41 percent"]["metric"] == "vehicle_revenue_yoy_pct"
    assert (rows["12.2 billion yuan"]["metric"], rows["12.2 billion yuan"]["period"]) == (
        "vehicle_revenue_cny", "2026-Q1")


def test_a_companys_overseas_sales_in_money_are_its_revenue_abroad(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's year\n\nLumo Energy's revenue for 2025 rose 8% to 210.4 billion yuan. Its "
                           "overseas sales edged down to 75.7 billion yuan.\n", published="2026-03-18")
    assert rows["75.7 billion yuan"]["metric"] == "overseas_revenue_cny"


def test_a_place_s_car_sales_in_money_stay_sales(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shanghai's car trade\n\nShanghai's vehicle sales reached 301 billion yuan in 2025, the "
                           "city's commerce bureau said.\n", published="2026-02-10")
    assert rows["301 billion yuan"]["metric"] == "vehicle_sales_cny"


def test_research_and_development_with_its_abbreviation_in_brackets(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's quarter\n\nHalden Motor's fourth-quarter revenue rose 20% to 15.2 billion "
                           "yuan. Its research and development (R&D) spending fell 18.6 percent on the year to 1.7 "
                           "billion yuan.\n", published="2026-03-10")
    assert rows["18.6 percent"]["metric"] == "rd_spending_yoy_pct"
    assert rows["1.7 billion yuan"]["metric"] == "rd_spending_cny"


def test_a_loss_set_against_a_profit_per_share_is_per_share(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's quarter\n\nHalden Motor's fourth-quarter revenue rose 20% to 15.2 billion "
                           "yuan. Its net profit per share for the quarter came to 0.07 yuan, against a net loss of "
                           "2.84 yuan a year before.\n", published="2026-03-10")
    assert rows["0.07 yuan"]["metric"] == "net_profit_per_share_cny"
    assert (rows["2.84 yuan"]["metric"], rows["2.84 yuan"]["period"]) == ("net_loss_per_share_cny", "2024-Q4")


def test_a_net_loss_against_a_net_loss_stays_a_net_loss(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's quarter\n\nHalden Motor's net loss in the fourth quarter was 1.3 billion "
                           "yuan, against a net loss of 2.9 billion yuan a year before.\n",
                 published="2026-03-10")
    assert rows["2.9 billion yuan"]["metric"] == "net_loss_cny"


def test_charging_facilities_told_apart_by_who_uses_them(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Charging in China\n\nChina had 19.6 million charging facilities for electric vehicles by "
                           "the end of October, up 49 percent year on year.\n\nThe network holds 4.4 million public "
                           "facilities and 15.2 million private units.\n", published="2026-11-20")
    assert rows["4.4 million"]["metric"] == "public_charging_facilities"
    assert rows["15.2 million"]["metric"] == "private_charging_facilities"


def test_privately_owned_facilities_counted_as_charging_points(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Charging in China\n\nChina had 19.6 million charging facilities for electric vehicles by "
                           "the end of October.\n\nPrivately owned facilities have grown 57.3% to 15.2 million "
                           "charging points.\n", published="2026-11-20")
    assert rows["57.3%"]["metric"] == "private_charging_facilities_yoy_pct"
    assert rows["15.2 million"]["metric"] == "private_charging_facilities"


def test_stations_after_a_sentence_on_a_swap_network_are_swap_stations(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's swap network\n\nBy 2030, Lumo Energy plans a nationwide network of battery "
                           "swapping stations along expressways. It will first put up 260 stations by 2027 in three "
                           "regions.\n", published="2026-03-18")
    assert rows["260"]["metric"].startswith("battery_swap_stations")


def test_swap_stations_are_battery_swap_stations(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's swap network\n\nLumo Energy plans to open 850 swap stations in China next "
                           "year.\n", published="2026-03-18")
    assert rows["850"]["metric"] == "battery_swap_stations_target"


def test_charging_stations_beside_swapping_stay_charging_stations(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's network\n\nLumo Energy runs a battery swapping network. It also built 1,400 "
                           "charging stations in 2025.\n", published="2026-03-18")
    assert "swap" not in rows["1,400"]["metric"]


def test_global_sales_of_chinese_made_cars_are_chinas(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Chinese car sales in May\n\nGlobal sales of Chinese made vehicles rose 3% to 2.31m units "
                           "in May, the manufacturers' association said.\n\nGlobal vehicle sales for January to May "
                           "were 6% higher at 12.07m units. Global sales of NEVs climbed 21% to 1.02m units "
                           "in May.\n", published="2026-06-12")
    assert (rows["2.31m"]["entity"], rows["2.31m"]["metric"]) == ("China", "vehicle_sales")
    assert (rows["12.07m"]["entity"], rows["12.07m"]["metric"]) == ("China", "vehicle_sales")
    assert (rows["1.02m"]["entity"], rows["1.02m"]["metric"]) == ("China", "nev_sales")


def test_global_sales_in_a_story_of_the_world_stay_the_worlds(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Electric cars worldwide\n\nGlobal sales of electric cars rose 25% to 1.6 million units in "
                           "May.\n", published="2026-06-12")
    assert rows["1.6 million"]["entity"] == "World"


def test_the_first_rise_since_a_month_dates_nothing_after_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Cars in October\n\nChina's auto sales last month reached 2.87 million. It was the first "
                           "sales increase since April. Some 512,000 vehicles were exported, up 9.6 percent.\n",
                 published="2026-11-11")
    assert rows["512,000"]["period"] == "2026-10"
    assert rows["9.6 percent"]["period"] == "2026-10"


def test_two_growths_paired_with_two_measures_the_second_hedged(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "NEVs so far\n\nFrom January to September, NEV output and sales rose 31 percent and "
                           "nearly 36 percent to 8.812 million and 8.790 million units.\n", published="2026-10-12")
    assert rows["31 percent"]["metric"] == "nev_production_yoy_pct"
    assert (rows["36 percent"]["metric"], rows["36 percent"]["qualifier"]) == ("nev_sales_yoy_pct", "at_most")


def test_a_country_named_after_according_to_its_association_is_the_exporter(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Ahead of Japan\n\nChina's vehicle exports rose 31 per cent to 1.3 million units from "
                           "January to March. Over the same months, according to the Japan Automobile Importers "
                           "Group, Japan exported 921,000 automobiles.\n", published="2026-05-10")
    assert (rows["921,000"]["entity"], rows["921,000"]["metric"]) == ("Japan", "vehicle_exports")


def test_the_countrys_exports_after_a_company_s_exports_to_a_market(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Cars for the Gulf\n\nThe company said its exports to Saudi Arabia passed 41,000 units in "
                           "2025.\n\nIn 2025, China's auto exports climbed to 6.1 million units, up 19.7 percent "
                           "year on year.\n", published="2026-03-02")
    assert (rows["6.1 million"]["entity"], rows["6.1 million"]["metric"]) == ("China", "vehicle_exports")
    assert rows["19.7 percent"]["metric"] == "vehicle_exports_yoy_pct"


def test_exports_after_exports_to_a_market_go_on_to_that_market(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Chile\n\nCar exports to Chile fell 14% in 2024. In 2025, exports tripled to 310,000 "
                           "units.\n", published="2026-03-02")
    assert rows["310,000"]["metric"] == "vehicle_exports_chile"


def test_pure_electrical_vehicles_are_bevs(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shanghai's NEVs\n\nIn 2025, sales of pure electrical vehicles made up 68 percent of all "
                           "NEV sales in Shanghai.\n", published="2026-02-20")
    assert rows["68 percent"]["metric"] == "bev_share_of_nev_sales"


def test_last_months_figure_after_this_months(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "November deliveries\n\nZeta Motors delivered 38,410 cars in November, up from last "
                           "month's 36,020.\n", published="2026-12-01")
    assert rows["38,410"]["period"] == "2026-11"
    assert rows["36,020"]["period"] == "2026-10"


def test_the_previous_quarters_and_last_years_figure(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nZeta Motors delivered 24,100 cars in the third quarter, down from the "
                           "previous quarter's 25,900 and below last year's 26,300.\n", published="2026-10-02")
    assert rows["25,900"]["period"] == "2026-Q2"
    assert rows["26,300"]["period"] == "2025-Q3"


def test_a_kind_counted_for_one_company_is_not_the_next_companys(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Deliveries in November\n\nBYD delivered 498,000 passenger vehicles in November.\n\n"
                           "Meanwhile, Leapmotor saw 44,100 deliveries in November, up 6.1% from the previous "
                           "month.\n", published="2026-12-02")
    assert rows["44,100"]["metric"] == "vehicle_deliveries"
    assert rows["6.1%"]["metric"] == "vehicle_deliveries_mom_pct"


def test_a_ranking_goes_on_with_the_kind_it_counts(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "NEV makers in July\n\nFifteen makers each delivered at least 10,000 NEVs in July. Top "
                           "of the list came BYD, with 325,000 units sold.\n\nGeely came second, delivering 104,000 "
                           "units.\n", published="2026-08-10")
    assert rows["104,000"]["metric"] == "nev_deliveries"
