"""Figures a reviewer corrected on pages stored as they came: an apostrophe a page garbled, a paragraph going on
with the place the paragraph before opened on, a company's network counted "across the country", passenger
plug-in cars, a quarter's costs and loss per share against "Q2 of 2024" and "Q1", takings from car sales, and
a show's vehicles featured and visitors a day. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.common.dates import period_bounds
from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize("apostrophe", ["\u0e42", "\u02bc"])
def test_a_garbled_apostrophe_still_marks_whose_figure_it_is(tmp_path: Path, apostrophe: str) -> None:
    text = ("Halden Energy widens its lead\n\n"
            "Halden Energy Co. installed 20.6 GWh of power batteries in May, a share of 42.7%.\n\n"
            f"Furthermore, for May, China{apostrophe}s installed power battery capacity came to 48.2 GWh, "
            "31% more than a year before.\n")
    rows = _rows(tmp_path, text, published="2025-06-12")
    assert rows["48.2"]["entity"] == rows["31%"]["entity"] == "China"
    assert rows["48.2"]["metric"] == "power_battery_installed_capacity"


LEAD = ("Halden Energy widens its lead in May\n\n"
        "Halden Energy Co. installed 20.6 GWh of power batteries in May, a share of 42.7 percent.\n\n"
        "China's ternary battery installed capacity in May was 9.6 GWh, accounting for 22.1 percent of the total.\n\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("35.4 GWh", "lithium_iron_phosphate_battery_installed_capacity"),
    ("77.9 percent", "lithium_iron_phosphate_battery_share_of_power_battery_installed_capacity"),
])
def test_a_paragraph_naming_no_one_goes_on_with_the_place_the_paragraph_before_opened_on(
        tmp_path: Path, stated: str, metric: str) -> None:
    text = LEAD + ("Lithium iron phosphate batteries were installed at 35.4 GWh, accounting for 77.9 percent of the "
                   "total.\n")
    row = _rows(tmp_path, text, published="2025-06-12")[stated.replace(" GWh", "")]
    assert (row["entity"], row["metric"]) == ("China", metric)


def test_a_paragraph_naming_a_company_is_that_companys(tmp_path: Path) -> None:
    text = LEAD + "Orvane Power Co. installed 3.1 GWh, ranking third.\n"
    assert _rows(tmp_path, text, published="2025-06-12")["3.1"]["entity"] == "Orvane Power"


@pytest.mark.parametrize(("sentence", "stated", "metric"), [
    ("Its swap network keeps growing, with the firm now running over 2,600 stations across the country.",
     "2,600", "battery_swap_stations"),
    ("Korvi has also grown its charging network, now operating over 21,000 charging points across China.",
     "21,000", "charging_points"),
    ("It provided 2,480,315 battery swap services across China during March.", "2,480,315",
     "battery_swap_services"),
    ("The carmaker added 96 battery swap stations in China during March, its report showed.", "96",
     "newly_added_battery_swap_stations"),
])
def test_a_companys_network_in_its_home_country_is_the_companys(tmp_path: Path, sentence: str, stated: str,
                                                                 metric: str) -> None:
    text = f"Korvi keeps building\n\nKorvi sold 18,400 cars in March, up 12% year on year.\n\n{sentence}\n"
    row = _rows(tmp_path, text, published="2025-04-03")[stated]
    assert (row["entity"], row["metric"]) == ("Korvi", metric)


def test_stations_across_the_country_no_company_runs_are_the_countrys(tmp_path: Path) -> None:
    text = ("Charging keeps pace\n\nThe National Energy Administration said charging is spreading. There were over "
            "3.9 million public charging points across the country by March.\n")
    assert _rows(tmp_path, text, published="2025-04-03")["3.9 million"]["entity"] == "China"


@pytest.mark.parametrize("named", ["passenger plug-in car sales", "passenger electrified model sales",
                                   "passenger new energy vehicle sales"])
def test_passenger_cars_named_before_their_kind_of_power_are_nev_passenger_cars(tmp_path: Path, named: str) -> None:
    text = f"Korvi's May\n\nKorvi's {named} came to 204,110 units last month, up 31% from a year ago.\n"
    rows = _rows(tmp_path, text, published="2025-06-02")
    assert rows["204,110"]["metric"] == "nev_passenger_car_sales"
    assert rows["31%"]["metric"] == "nev_passenger_car_sales_yoy_pct"


QUARTER = ("Korvi Motors narrows its loss\n\n"
           "Korvi Motors booked a second-quarter net loss of 4.2 billion yuan, in the quarter that closed on June "
           "30.\n\n"
           "Its revenue for the quarter went up 11 per cent on Q2 of 2024 to 17 billion yuan and climbed 48.5 "
           "per cent from Q1.\n\n"
           "Korvi Motors' cost of sales in those three months rose to 15.2 billion yuan, a rise of 7.9 "
           "per cent on Q2 of 2024.\n\n"
           "Loss per share (LPS) came to 1.96 yuan for the quarter, against an LPS of 2.14 yuan in Q2 of 2024 "
           "and 2.87 yuan for Q1.\n")


@pytest.mark.parametrize(("stated", "metric", "quarter"), [
    ("11 per cent", "revenue_yoy_pct", "2025-Q2"),
    ("17 billion yuan", "revenue_cny", "2025-Q2"),
    ("48.5 per cent", "revenue_qoq_pct", "2025-Q2"),
    ("15.2 billion yuan", "cost_of_sales_cny", "2025-Q2"),
    ("7.9 per cent", "cost_of_sales_yoy_pct", "2025-Q2"),
    ("1.96 yuan", "net_loss_per_share_cny", "2025-Q2"),
    ("2.14 yuan", "net_loss_per_share_cny", "2024-Q2"),
    ("2.87 yuan", "net_loss_per_share_cny", "2025-Q1"),
])
def test_a_quarters_costs_and_loss_per_share_against_quarters_named_by_letter(tmp_path: Path, stated: str,
                                                                             metric: str, quarter: str) -> None:
    row = _rows(tmp_path, QUARTER, published="2025-09-03")[stated]
    assert (row["entity"], row["metric"]) == ("Korvi", metric)
    assert period_bounds(row["period"]) == period_bounds(quarter)


def test_a_products_price_is_still_a_price(tmp_path: Path) -> None:
    text = "Korvi's new SUV\n\nKorvi priced its new SUV at 189,000 yuan on Monday.\n"
    assert _rows(tmp_path, text, published="2025-09-03")["189,000 yuan"]["metric"].endswith("price_cny")


@pytest.mark.parametrize(("sentence", "rate", "amount", "currency"), [
    ("Vehicle sales dropped 31.6% to $3.1 billion, on weaker deliveries.", "31.6%", "$3.1 billion", "usd"),
    ("Income from its car business grew 24 percent to CNY512.7 billion.", "24 percent", "CNY512.7 billion", "cny"),
])
def test_what_a_carmaker_took_in_for_its_cars_is_vehicle_revenue(tmp_path: Path, sentence: str, rate: str,
                                                                 amount: str, currency: str) -> None:
    text = f"Korvi Motors' quarter\n\nKorvi Motors reported third-quarter results on Thursday.\n\n{sentence}\n"
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert rows[rate]["metric"] == "vehicle_revenue_yoy_pct"
    assert rows[amount]["metric"] == f"vehicle_revenue_{currency}"


def test_cars_sold_in_units_stay_sales(tmp_path: Path) -> None:
    text = "Korvi's quarter\n\nKorvi reported results.\n\nVehicle sales rose 14% to 96,300 units in the quarter.\n"
    assert _rows(tmp_path, text, published="2025-11-20")["14%"]["metric"] == "vehicle_sales_yoy_pct"


SHOW = ("Auto Guangzhou 2025 to open\n\n"
        "The 23rd Guangzhou International Automobile Exhibition opens on November 21.\n\n"
        "The auto show is to feature 1,046 vehicles.\n\n")


def test_vehicles_a_show_features_are_on_display(tmp_path: Path) -> None:
    assert _rows(tmp_path, SHOW, published="2025-11-10")["1,046"]["metric"] == "vehicles_displayed"


def test_models_a_show_features_are_models(tmp_path: Path) -> None:
    text = SHOW + "It is featuring 84 global premieres and 301 new energy vehicle (NEV) models.\n"
    assert _rows(tmp_path, text, published="2025-11-10")["301"]["metric"] == "nev_models"


@pytest.mark.parametrize(("sentence", "stated"), [
    ("Since it opened, the show has welcomed more than 90,000 visitors daily on average.", "90,000"),
    ("Orvane's stand was receiving about 15,000 to 25,000 visitors everyday, its spokesman said.", "15,000"),
    ("Orvane's stand was receiving about 15,000 to 25,000 visitors everyday, its spokesman said.", "25,000"),
])
def test_visitors_a_day_are_a_daily_average(tmp_path: Path, sentence: str, stated: str) -> None:
    assert _rows(tmp_path, SHOW + sentence + "\n", published="2025-11-24")[stated]["metric"] == "visitors_daily_average"


def test_visitors_in_all_are_visitors(tmp_path: Path) -> None:
    text = SHOW + "The show drew 812,000 visitors over its ten days.\n"
    assert _rows(tmp_path, text, published="2025-12-02")["812,000"]["metric"] == "visitors"
