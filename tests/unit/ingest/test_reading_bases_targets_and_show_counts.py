"""Bases and periods in a results story ("a year earlier", "the same period of the prior year", rates listed after
"compared to", a sum's quarter), analysts' price targets, a change in a stock of money, a show's halls, views and
viewers, a second show named by its city, and rates that go on from the sentence before. Every sentence here is
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_margin_after_a_listed_base_takes_the_quarter_told(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nZeta's gross margin climbed to 12.5% in the third quarter, up from 9.1% "
                           "a year earlier and 8.8% in the second quarter. Its vehicle margin reached 13.2%, helped "
                           "by cheaper parts.\n", published="2025-11-26")
    assert rows["8.8%"]["period"] == "2025-Q2"
    assert (rows["13.2%"]["metric"], rows["13.2%"]["period"]) == ("vehicle_margin_pct", "2025-Q3")


def test_a_rate_moved_from_two_bases_is_of_the_story_s_quarter(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nZeta posted revenue of RMB30.1 billion in Q3 2025. Its gross margin "
                           "fell to 18.4%, compared with 20.5% in Q3 2024 and 19.9% in Q2 2025. Its vehicle margin "
                           "eased to 17.3% from 19.8% a year earlier and 18.6% in the preceding quarter.\n",
                 published="2025-11-26")
    assert rows["17.3%"]["period"] == "2025-Q3"
    assert rows["19.8%"]["period"] == "2024-Q3"
    assert rows["18.6%"]["period"] == "2025-Q2"


def test_growth_on_a_sum_of_the_quarter_before_and_on_vehicle_revenue(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nZeta posted revenue of RMB 30.1 billion in the third quarter, up 4.2 "
                           "per cent from RMB 28.9 billion in the second quarter. Vehicle sales contributed RMB27.5 "
                           "billion, up 6.1% year-over-year and 3.9% quarter-over-quarter.\n",
                 published="2025-11-26")
    assert rows["4.2 per cent"]["metric"] == "revenue_qoq_pct"
    assert rows["6.1%"]["metric"] == "vehicle_revenue_yoy_pct"
    assert rows["3.9%"]["metric"] == "vehicle_revenue_qoq_pct"


@pytest.mark.parametrize(("sentence", "number"), [
    ("Zeta delivered about 52,000 vehicles, a 96.5% increase from the 26,460 units delivered a year earlier.",
     "26,460"),
    ("Zeta earned a net profit of 1.2 billion yuan, against 0.78 billion during the same period of the prior year.",
     "0.78 billion"),
])
def test_a_base_of_a_year_before_is_that_quarter(tmp_path: Path, sentence: str, number: str) -> None:
    rows = _rows(tmp_path, f"Zeta's quarter\n\nIn Q3 2025, Zeta beat its guidance. {sentence}\n",
                 published="2025-11-26")
    assert rows[number]["period"] == "2024-Q3"


def test_an_analyst_s_price_target_and_a_quarter_s_goal(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's outlook\n\nZeta expects fourth-quarter deliveries of 40,000 to 43,000 vehicles. The "
                           "guidance is below the company's earlier target of 50,000 units for the quarter, cut after "
                           "the end of purchase subsidies. Analysts at one bank kept a Buy rating and a $9.40 price "
                           "target on the stock.\n", published="2025-11-26")
    assert rows["50,000"]["metric"] == "vehicle_deliveries_target"
    assert (rows["$9.40"]["metric"], rows["$9.40"]["period"]) == ("share_price_target_usd", "2025-11-26")


def test_a_market_value_and_cash_reserves_changed_by_an_amount(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's shares\n\nAfter the results, Zeta's Hong Kong shares rose 2.1% to HK$88.5. Since "
                           "the beginning of this year, Zeta's share price has climbed 41.2%, and its market value has "
                           "grown by HK$38 billion. Its cash reserves grew by more than 3.1 billion yuan "
                           "quarter-on-quarter to 52.4 billion yuan.\n", published="2025-11-26")
    assert rows["41.2%"]["period"] == "2025-01-01/2025-11-26"
    assert (rows["HK$38 billion"]["metric"], rows["HK$38 billion"]["period"]) == ("market_value_change_hkd",
                                                                                  "2025-01-01/2025-11-26")
    assert rows["3.1 billion yuan"]["metric"] == "cash_reserves_qoq_change_cny"
    assert rows["52.4 billion yuan"]["metric"] == "cash_reserves_cny"


def test_a_show_s_halls_views_and_livestream_viewers(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Auto Halden 2025 opens\n\nAuto Halden 2025 opened on Friday. Some 800 exhibitors fill "
                           "14 halls at the city's expo center. Clips tagged with the show's name were watched more "
                           "than 600 million times on Douyin, and over 8 million people watched its livestreams.\n",
                 published="2025-05-02")
    assert rows["14"]["metric"] == "exhibition_halls"
    assert rows["600 million times"]["metric"] == "video_views"
    assert rows["8 million"]["metric"] == "livestream_viewers"


def test_a_second_show_is_the_one_its_sentence_holds_in_its_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shows close\n\nThe Tianjin auto show closed on Sunday after drawing 300,000 visitors.\n\n"
                           "Meanwhile, more than 180,000 visitors went to the four-day auto show that ended on Sunday "
                           "in Wuxi, a city in east China.\n", published="2025-05-02")
    assert rows["300,000"]["entity"] == "Auto Tianjin 2025"
    assert rows["180,000"]["entity"] == "Auto Wuxi 2025"


def test_a_share_going_on_from_the_span_its_sentence_opens_with(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "EV market\n\nFrom January to September, NEV sales in China nearly doubled from a year "
                           "earlier, now making up 11 percent of the car market.\n", published="2021-11-20")
    assert rows["11 percent"]["period"] == "2021-01/2021-09"


def test_new_energy_models_in_millions_are_cars_and_penetration_is_of_sales(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Industry\n\nFrom January to November, 30.2 million vehicles were made (+10%), including "
                           "14.1 million new energy models (+26%), with NEV penetration at 46%.\n",
                 published="2025-12-20")
    assert rows["14.1 million"]["metric"] == "nev_production"
    assert rows["26%"]["metric"] == "nev_production_yoy_pct"
    assert rows["46%"]["metric"] == "nev_share_of_new_vehicle_sales"


def test_a_share_s_change_in_points_from_the_month_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Batteries\n\nCATL led with 40.1 GWh of battery installations in October, holding a 44.2 "
                           "percent market share. This marks a 0.31 percentage point rise from its 43.89 percent "
                           "share in September.\n", published="2025-12-20")
    point = rows["0.31 percentage point"]
    assert (point["metric"], point["period"]) == ("power_battery_installed_capacity_national_share_pct_mom_pp",
                                                  "2025-10")


def test_a_fall_in_a_month_from_the_month_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "BEV\n\nRetail sales of passenger cars came to 1.8 million in February. Battery electric "
                           "car sales fell 35% in February compared with the prior month.\n", published="2025-03-20")
    assert rows["35%"]["metric"] == "bev_passenger_car_retail_sales_mom_pct"


def test_a_rate_the_next_sentence_says_moved(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's share\n\nIn Q1 2021 Zeta held roughly 18% of China's NEV market. By June "
                           "2024, this had slipped to under 6% as rivals cut prices.\n", published="2024-07-20")
    assert rows["6%"]["metric"] == rows["18%"]["metric"] != ""
    assert rows["6%"]["period"] == "2024-06"


def test_sales_in_the_quarters_ended_on_a_day(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's plan\n\nZeta said its sales were up 18 percent on the year at 88,400 vehicles "
                           "in the three quarters ended September 30.\n", published="2024-10-15")
    assert rows["88,400"]["period"] == rows["18 percent"]["period"] == "2024-01/2024-09"


def test_a_year_to_date_total_for_a_year_as_of_a_month_s_end(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's retail\n\nZeta sold 61,200 cars at retail in China in November 2025. As of 30 "
                           "November, year-to-date retail sales of Zeta for 2025 came to 498,300.\n",
                 published="2025-12-09")
    assert rows["498,300"]["period"] == "2025-01/2025-11"


def test_a_group_s_retail_market_share_and_the_share_their_sentence_points_back_to(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail\n\nIn April, retail sales of passenger cars totaled 1.7 million units. In the "
                           "first four months, domestic brands had a 63% retail market share, up 7.5 percentage points "
                           "from last year. German brands lost the most retail share. Their share slid to 15.2% in "
                           "April, down 3.1 percentage points year-on-year.\n", published="2025-05-12")
    assert rows["63%"]["metric"] == "chinese_brand_share_of_passenger_car_retail_sales"
    assert rows["15.2%"]["metric"] == "german_brand_share_of_passenger_car_retail_sales"
    assert rows["3.1 percentage points"]["metric"] == "german_brand_share_of_passenger_car_retail_sales_yoy_pp"


def test_a_penetration_rate_beside_registrations_stays_a_share_of_them(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Plates\n\nIn 2024 the city registered 98,100 new energy vehicles among 410,000 new "
                           "registrations in all, a penetration rate of 23.9%.\n", published="2025-02-10")
    assert rows["23.9%"]["metric"] == "nev_share_of_vehicle_registrations"


def test_an_expo_s_hall_named_by_its_kind_stays_with_the_expo(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Cars at the expo\n\nSHANGHAI, Nov. 6 -- Some 3,100 exhibitors have come to the eighth "
                           "China International Import Expo, which opened in Shanghai on Wednesday.\n\nThe "
                           "automobile exhibition area spans some 28,000 square meters.\n", published="2025-11-06")
    assert rows["28,000 square meters"]["entity"] == "CIIE 8th"
