"""A passenger car association's branch as a source, a dealers' survey told in other words, a brand of its company's
name as the subject, points written with a percent sign, a base that belongs to a later number, a week a year before
and a level "surged past". Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_the_associations_branch_data_count_passenger_cars(tmp_path: Path) -> None:
    text = ("New energy vehicle sales rose in early May\n\nCPCA Branch data show that over May 1-11, retail sales of "
            "NEV passenger cars nationwide stood at 291,000 units. Wholesale sales by carmakers of new energy "
            "vehicles reached 288,000 units in those days, 31% higher than a year before.\n")
    rows = _rows(tmp_path, text, published="2025-05-14")
    assert rows["288,000"]["metric"] == "nev_passenger_car_sales"  # the association counts passenger cars
    assert rows["31%"]["metric"] == "nev_passenger_car_sales_yoy_pct"


def test_a_dealers_survey_told_in_other_words(tmp_path: Path) -> None:
    text = ("Dealers' half year\n\nSome 49.8 percent of car dealers were losing money by June, up from 40.2 "
            "percent a year before, the dealers' association said.\n\nFor the dealers of independent NEV makers, "
            "41.1 percent made a profit, 23.9 percent broke even and 35.0 percent posted losses. Just 24.4 percent "
            "of petrol car dealers were in the black.\n")
    rows = _rows(tmp_path, text, published="2025-08-20")
    assert rows["49.8 percent"]["metric"] == rows["40.2 percent"]["metric"] == "loss_making_dealer_share_of_dealers"
    assert [rows[s]["metric"] for s in ("41.1 percent", "23.9 percent", "35.0 percent")] == [
        "profitable_dealer_share_of_independent_nev_maker_dealers",
        "breaking_even_dealer_share_of_independent_nev_maker_dealers",
        "loss_making_dealer_share_of_independent_nev_maker_dealers"]
    assert rows["24.4 percent"]["metric"] == "profitable_dealer_share_of_gasoline_powered_vehicle_dealers"


def test_the_brand_of_its_companys_name_as_the_subject(tmp_path: Path) -> None:
    text = ("NIO's year\n\nNIO handed over 311,000 vehicles in 2025 across its brands. The NIO brand handed over "
            "171,200 cars, while the Firefly brand handed over 36,900.\n")
    rows = _rows(tmp_path, text, published="2026-01-03")
    assert rows["171,200"]["metric"] == "nio_brand_deliveries"
    assert rows["36,900"]["metric"] == "firefly_deliveries"  # a brand of another name keeps it


def test_points_written_with_a_percent_sign_and_a_base_of_a_later_number(tmp_path: Path) -> None:
    text = ("EV registrations, week 15\n\nNew registrations of passenger cars in China came to 351,000 last week, "
            "12% fewer than the week before. Of them, 178,000 were EVs, a penetration of 50.7%, up 5.2% percentage "
            "points over the same week a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-04-15")
    week = "2025-04-07/2025-04-13"
    assert rows["178,000"]["period"] == rows["50.7%"]["period"] == week  # not the base's year
    points = next(row for stated, row in rows.items() if stated.startswith("5.2%"))
    assert (points["unit"], points["period"]) == ("percentage_points", week)
    assert points["metric"].endswith("_yoy_pp")  # the same week a year before


def test_a_level_that_surged_past_a_number_is_at_least_it(tmp_path: Path) -> None:
    text = "Beijing's factories\n\nBeijing's NEV output surged past 285,000 units between January and July.\n"
    rows = _rows(tmp_path, text, published="2025-08-20")
    assert rows["285,000"]["qualifier"] == "at_least"
