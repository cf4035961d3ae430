"""Outlooks told with "should" or "on track to", and names the reading learns. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.curate.propose import propose_rows
from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(
    ("sentence", "stated", "period"),
    [("Zeta's plant should see its workforce reach 9,000 by 2026.", "9,000", "2026"),
     ("Zeta is on track to deliver 200,000 cars this year.", "200,000", "2024"),
     ("Sales should grow about 8 percent this year.", "8 percent", "2024")],
)
def test_should_and_on_track_to_tell_an_outlook(tmp_path: Path, sentence, stated, period):
    row = _rows(tmp_path, f"Outlook\n\n{sentence}\n", published="2024-06-10")[stated]
    assert (row["status"], row["period"]) == ("forecast", period)


def test_should_be_noted_tells_no_outlook(tmp_path: Path):
    row = _rows(tmp_path, "Sales rise\n\nIt should be noted that sales rose 8 percent in May.\n",
                published="2024-06-10")["8 percent"]
    assert (row["status"], row["period"]) == ("actual", "2024-05")


@pytest.mark.parametrize(
    ("sentence", "stated", "entity"),
    [("Lumen Technology said it shipped 1,200 battery packs in May.", "1,200", "Lumen Technology"),
     ("Zeta Motors said its plant made 90,000 cars in May.", "90,000", "Zeta"),
     ("Shanghai Automotive Industry Corporation sold 5 million cars in 2023.", "5 million", "SAIC Motor")],
)
def test_a_company_known_by_the_last_word_of_its_name(tmp_path: Path, sentence, stated, entity):
    assert _rows(tmp_path, f"Results\n\n{sentence}\n", published="2024-06-10")[stated]["entity"] == entity


@pytest.mark.parametrize(
    "sentence",
    ["The Ministry of Industry and Information Technology said NEV sales rose 8 percent in May.",
     "NEV sales rose 8 percent in May, according to figures released by Northvale Auto.",
     "The Eastvale Auto Show said NEV sales rose 8 percent in May."],
)
def test_no_company_from_a_part_of_a_longer_name_a_source_or_a_show(tmp_path: Path, sentence):
    assert _rows(tmp_path, f"Sales rise\n\n{sentence}\n", published="2024-06-10")["8 percent"]["entity"] == "China"


def test_an_associations_figures_in_a_companys_story_are_the_countrys(tmp_path: Path):
    text = ("Zeta sales rise\n\nZeta's deliveries in the first quarter totaled 120,000 units. Retail sales of NEV "
            "passenger cars reached 1.2 million units in November, the CPCA said. The penetration rate of NEVs in "
            "the domestic retail market reached 52.3 percent. Its market share rose to 5 percent, CPCA data showed.\n")
    rows = _rows(tmp_path, text, published="2024-12-10")
    assert [rows[s]["entity"] for s in ("120,000", "1.2 million", "52.3 percent", "5 percent")] == [
        "Zeta", "China", "China", "Zeta"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [("Exports accounted for about 20 percent of its total sales.", "vehicle_exports_share_of_vehicle_sales"),
     ("Exports made up 20 percent of Zeta's deliveries.", "vehicle_exports_share_of_vehicle_deliveries"),
     ("NEV exports accounted for 20 percent of all vehicle exports.", "nev_share_of_vehicle_exports")],
)
def test_exports_share_of_the_sellers_own_sales(tmp_path: Path, sentence, metric):
    text = f"Zeta grows\n\nZeta sold 100,000 cars in April. {sentence}\n"
    assert _rows(tmp_path, text, published="2025-05-02")["20 percent"]["metric"] == metric


def test_a_plant_named_by_its_kind_and_place(tmp_path: Path):
    text = ("CATL plant ready\n\nCATL said on Wednesday its battery cell factory in Northvale, Chile, is ready for "
            "launch. The plant, with an initial annual capacity of 40 gigawatt hours (GWh), is fully booked. The "
            "Northvale site's workforce has already exceeded 1,000.\n")
    rows = _rows(tmp_path, text, published="2025-12-03")
    assert (rows["40"]["entity"], rows["1,000"]["entity"]) == ("CATL Northvale Plant", "CATL Northvale Plant")


def test_a_plant_named_by_the_country_it_stands_in(tmp_path: Path):
    text = ("BYD to build cars in Chile\n\nBYD plans to launch its first car assembled in Chile by August 2026. The "
            "Chile assembly plant has been under construction since April. Initially, the facility would have the "
            "capacity to produce 25,000 units a year.\n")
    row = _rows(tmp_path, text, published="2025-07-24")["25,000"]
    assert (row["entity"], row["metric"]) == ("BYD Chile Plant", "vehicle_capacity")


def test_cars_made_at_its_factory_are_the_companys(tmp_path: Path):
    text = "Sales rise\n\nTesla sold 41,300 vehicles made at its Gigafactory in Eastvale in May.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["41,300"]["entity"] == "Tesla"


def test_sentences_run_together_without_a_space(tmp_path: Path):
    text = ("Car sales grow\n\nLocal winners such as BYD and Geely gained.It also benefited NIO, whose sales hit a "
            "record.Passenger vehicle sales were up 5.3% to 23.1 million units in 2024, according to the CPCA.\n")
    rows = _rows(tmp_path, text, published="2025-01-09")
    assert [rows[s]["entity"] for s in ("5.3%", "23.1 million")] == ["China", "China"]


def test_handed_over_is_a_delivery_not_a_hedge(tmp_path: Path):
    text = "Deliveries rise\n\nBeijing-headquartered Li Auto handed over 20,823 vehicles in March.\n"
    row = _rows(tmp_path, text, published="2023-04-03")["20,823"]
    assert (row["entity"], row["metric"], row["qualifier"]) == ("Li Auto", "vehicle_deliveries", "exact")


def test_a_standfirst_before_a_dateline_with_two_cities_is_not_the_claim(tmp_path: Path):
    text = ("Sales recover\n\nThe association expects sales to reach 31 million units in 2026, Lin said.\n\n"
            "BEIJING/SHANGHAI: Vehicle sales will rise this year, an industry body said.\n\n"
            "The association expects sales to reach 31 million units in 2026, Lin said.\n")
    _rows(tmp_path, text, published="2025-12-11")  # adds the article to a copy of data/
    drafted = [p for p in propose_rows("990_test.txt", text, tmp_path / "data") if p.mention.text == "31 million"]
    assert [bool(p.row) for p in drafted] == [False, True]  # the body's sentence holds the figure


@pytest.mark.parametrize(
    ("sentence", "period", "status"),
    [("Sales will grow in 2026 and hit 31 million units in 2028.", "2028", "forecast"),
     ("Sales will grow next year, and hit 31 million units by 2028.", "2028", "forecast"),
     ("Sales rose 5 percent in 2024, and hit 31 million units.", "2024", "actual")],
)
def test_a_later_verb_keeps_the_outlook_and_takes_the_period_right_after_its_number(tmp_path: Path, sentence, period,
                                                                                   status):
    row = _rows(tmp_path, f"Outlook\n\n{sentence}\n", published="2025-12-11")["31 million"]
    assert (row["period"], row["status"]) == (period, status)


def test_electric_and_plug_in_hybrid_cars_together_are_nevs(tmp_path: Path):
    text = "Outlook\n\nGlobal sales of electric and plug-in hybrid cars reached 3.4 million.\n"
    assert _rows(tmp_path, text, published="2019-04-28")["3.4 million"]["metric"] == "nev_sales"


def test_a_companys_results_for_the_recent_quarter_and_its_margins(tmp_path: Path):
    text = ("Zeta posts results\n\nZeta reported revenue of $780.4 million in the recent quarter. Vehicle margin was "
            "18.7%, compared to 16.9% in the first quarter. Gross margin was 20.1%. The total number of the group's "
            "employees has exceeded 28,000.\n")
    rows = _rows(tmp_path, text, published="2021-08-30")
    assert rows["$780.4 million"]["period"] == "2021-Q2"  # the last quarter ended before the article
    assert [rows[s]["metric"] for s in ("18.7%", "16.9%", "20.1%", "28,000")] == [
        "vehicle_margin_pct", "vehicle_margin_pct", "gross_margin_pct", "employees"]


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [("In 2024, the country's bus exports reached nearly 52,000 units, up over 30 percent.", "52,000", "bus_exports"),
     ("Zeta sold 1,200 new energy buses in May.", "1,200", "nev_bus_sales"),
     ("Zeta's electric bus sales rose to 3,000 in May.", "3,000", "nev_bus_sales"),
     ("A freight train carrying 110 new energy vehicles left Eastvale on Thursday.", "110", "nev_shipments"),
     ("A vessel carrying over 4,000 vehicles and spare parts set sail on Monday.", "4,000", "vehicle_shipments")],
)
def test_buses_and_what_a_train_or_ship_carries(tmp_path: Path, sentence, stated, metric):
    assert _rows(tmp_path, f"Transport\n\n{sentence}\n", published="2025-07-07")[stated]["metric"] == metric


def test_a_ship_with_car_seats_carries_no_cars(tmp_path: Path):
    text = "Transport\n\nZeta launched a carrier with 7,600 car seats in August.\n"
    assert _rows(tmp_path, text, published="2025-07-07")["7,600"]["metric"] != "vehicle_shipments"


def test_a_decline_that_narrowed_is_a_change_in_the_growth_rate(tmp_path: Path):
    text = ("Sales fall\n\nVehicle sales fell 9.4 percent year on year in October, and the decline narrowed 10.2 "
            "percentage points from September.\n")
    row = _rows(tmp_path, text, published="2021-11-11")["10.2 percentage points"]
    assert row["metric"] == "vehicle_sales_yoy_pct_mom_pp"


def test_a_hedge_after_a_full_stop_without_a_space(tmp_path: Path):
    text = "Sales grow\n\nSales rose in 2009.More than 6.6 million cars sold last year got subsidies.\n"
    assert _rows(tmp_path, text, published="2025-01-09")["6.6 million"]["qualifier"] == "at_least"
