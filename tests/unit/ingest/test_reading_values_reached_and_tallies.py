"""A growth "reaching" the value it came to, a share "reaching" its part's level, and "the tally" of the sentence
before. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_growth_reaching_an_export_value_is_the_values(tmp_path: Path) -> None:
    text = ("Wuhan's exports\n\nIn the first ten months, the export value of Wuhan-made vehicles increased 11.2 "
            "percent year on year, reaching 31.05 billion yuan, and what its electric cars sold abroad were worth grew "
            "64.3 percent on the year to reach 9.12 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert rows["11.2 percent"]["metric"] == "vehicle_exports_cny_yoy_pct"
    assert rows["64.3 percent"]["metric"] == "nev_exports_cny_yoy_pct"


def test_a_share_reaching_its_parts_level_stays_a_share(tmp_path: Path) -> None:
    text = ("Battery demand\n\nNEV sales came to 6.9 million units from January to June. Of these, PHEV models "
            "accounted for 35.1%, reaching 2,422,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert not rows["35.1%"]["metric"].endswith("_yoy_pct")


def test_the_tally_of_the_sentence_before(tmp_path: Path) -> None:
    text = ("Car map\n\nWuhan built 1.61 million vehicles from January to November, making it the fifth city "
            "nationwide. The tally surged 9 percent year on year, helped by new makers of NEVs.\n")
    rows = _rows(tmp_path, text, published="2026-01-06")
    assert rows["9 percent"]["metric"] == "vehicle_production_yoy_pct"


def test_cars_registered_as_of_a_day_are_the_fleet(tmp_path: Path) -> None:
    text = ("Chinese cars in Kazakhstan\n\nAs of June 1, about 212,400 Chinese-brand passenger cars were "
            "registered in Kazakhstan, accounting for 5 percent of the total.\n")
    rows = _rows(tmp_path, text, published="2025-06-20")
    assert rows["212,400"]["metric"] == "chinese_brand_passenger_car_ownership"
    assert rows["5 percent"]["metric"] == "chinese_brand_share_of_passenger_car_ownership"


def test_what_was_sold_last_year_beside_a_goal_is_actual(tmp_path: Path) -> None:
    text = ("Zeta's plan\n\nZeta aims to sell 700,000 cars abroad this year. That would be nearly double "
            "the 361,902 vehicles that Zeta sold abroad last year.\n")
    rows = _rows(tmp_path, text, published="2025-05-09")
    assert (rows["361,902"]["status"], rows["361,902"]["period"]) == ("actual", "2024")


def test_a_change_since_last_year_is_on_the_year(tmp_path: Path) -> None:
    text = "Exports\n\nChina shipped 5.12 million cars abroad from January to September, up 13.1% since last year.\n"
    rows = _rows(tmp_path, text, published="2025-11-14")
    assert rows["13.1%"]["period"] == "2025-01/2025-09"


def test_an_additional_tariff_imposed_by_the_eu(tmp_path: Path) -> None:
    text = ("Zeta's ships\n\nZeta builds cars in Hungary. Cars built there escape the additional 19% tariff imposed "
            "by the EU.\n")
    rows = _rows(tmp_path, text, published="2025-10-05")
    assert (rows["19%"]["entity"], rows["19%"]["metric"]) == ("European Union", "additional_vehicle_import_tariff_pct")


def test_a_base_last_august_said_in_september_is_a_year_before(tmp_path: Path) -> None:
    text = ("Zeta's August\n\nZeta delivered 26,100 cars in August 2025, down 35.2% year on year from the 40,270 "
            "cars delivered last August.\n")
    rows = _rows(tmp_path, text, published="2025-09-01")
    assert rows["40,270"]["period"] == "2024-08"


def test_the_share_of_a_goal_done_so_far(tmp_path: Path) -> None:
    text = ("Zeta's October\n\nZeta has handed over about 281,000 cars so far this year to October, putting it at "
            "roughly 80.3% of its 350,000-car goal for the year.\n")
    rows = _rows(tmp_path, text, published="2025-11-01")
    done = rows["80.3%"]
    assert (done["metric"], done["status"], done["period"]) == ("vehicle_deliveries_target_completion_pct", "actual",
                                                                "2025-01/2025-10")
