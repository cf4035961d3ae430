"""A quarter's results after a base of the quarter before or a record of an earlier one, a milestone's present in
an aside, and cars in a story of the passenger car association's figures. Every sentence here is written for the
test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_base_handed_over_in_the_quarter_before_does_not_date_what_follows(tmp_path: Path) -> None:
    text = ("Kestrel results\n\nKestrel Motors posted third-quarter revenue of 9.1 billion yuan on Tuesday.\n\n"
            "Its deliveries came to 61,200 units, a 9% rise from the 56,100 vehicles handed over in the second "
            "quarter.\n\nVehicle revenue climbed 48% year-over-year to 8.2 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-11-18")
    assert rows["56,100"]["period"] == "2025-Q2"
    assert rows["48%"]["period"] == rows["8.2 billion yuan"]["period"] == "2025-Q3"


def test_a_previous_record_quarter_does_not_date_the_sentences_after_it(tmp_path: Path) -> None:
    text = ("Zeta in the spring\n\nZeta's revenue rose 31 per cent to 14 billion yuan in the three months to June. "
            "That beat its previous record of 12.2 billion yuan in Q3 2023 by 15 per cent.\n\n"
            "Its net loss shrank 8 per cent from the quarter before, to 1.2 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2024-08-20")
    assert rows["1.2 billion yuan"]["period"] == "2024-Q2"  # (not the record's quarter)


def test_a_milestones_present_in_an_aside_leaves_the_margin_the_quarters(tmp_path: Path) -> None:
    text = ("Kestrel results\n\nKestrel Motors posted third-quarter revenue of 9.1 billion yuan on Monday.\n\n"
            "Its gross margin widened to 18.4% from 12.9% a year ago, making it the first time it has passed "
            "18%.\n")
    rows = _rows(tmp_path, text, published="2025-11-17")
    assert rows["18.4%"]["period"] == "2025-Q3"
    assert rows["12.9%"]["period"] == "2024-Q3"


def test_cars_in_a_story_of_the_passenger_car_associations_figures_are_passenger_cars(tmp_path: Path) -> None:
    text = ("Output at a high\n\nChina's car output and sales both reached new highs in June.\n\nCar production rose "
            "9 percent to 2.4 million units last month, data by the CPCA showed on Tuesday. "
            "Exports climbed 18 percent to 452,000.\n")
    rows = _rows(tmp_path, text, published="2025-07-08")
    assert rows["2.4 million"]["metric"] == "passenger_car_production"
    assert rows["452,000"]["metric"] == "passenger_car_exports"


def test_an_electric_car_market_in_such_a_story_keeps_the_kinds_it_names(tmp_path: Path) -> None:
    # (guard) the market named only as "the electric car market": the NEVs counted are all of them
    text = ("Slower ahead\n\nThe electric car market could cool next year, after NEV sales grew 36% in the year "
            "just gone to about 12 million units, a tally by the CPCA shows.\n")
    rows = _rows(tmp_path, text, published="2025-01-20")
    assert rows["12 million"]["metric"] == "nev_sales"
