"""A monthly release's "cumulative" total of the year so far, a company named by what it makes, all vehicles named
in a passenger car association's story, and a rate named again. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _proposals, _rows


def test_a_monthly_releases_cumulative_figure_is_the_years_months_so_far(tmp_path: Path):
    text = ("Car retail in July\n\nChina's retail sales of NEV passenger cars came to 912,000 units in July, up 11 "
            "percent year-on-year, the China Passenger Car Association said on Tuesday.\n\nThe cumulative retail "
            "sales of NEV passenger cars reached 5.18 million, up 27 percent compared with last year.\n")
    rows = _rows(tmp_path, text, published="2025-08-12")
    assert rows["5.18 million"]["metric"] == "nev_passenger_car_retail_sales"  # (not ..._cumulative)
    assert rows["5.18 million"]["period"] == rows["27 percent"]["period"] == "2025-01/2025-07"
    assert rows["27 percent"]["metric"] == "nev_passenger_car_retail_sales_yoy_pct"
    assert rows["912,000"]["period"] == "2025-07"


def test_a_december_releases_cumulative_figure_for_the_year_is_the_year(tmp_path: Path):
    text = ("Car retail in December\n\nChina's passenger car retail sales came to 2.41 million units in December, "
            "the China Passenger Car Association said.\n\nCumulative retail sales for the year reached 21.4 million "
            "units, a 5% rise on a year earlier.\n")
    rows = _rows(tmp_path, text, published="2026-01-09")
    assert rows["21.4 million"]["metric"] == "passenger_car_retail_sales"
    assert rows["21.4 million"]["period"] == rows["5%"]["period"] == "2025"


def test_a_running_total_over_years_stays_cumulative(tmp_path: Path):
    text = ("Zeta's trucks\n\nZeta Trucks sold 61,300 units in 2025, bringing its cumulative sales to over 300,000 "
            "vehicles.\n\nThe cumulative number of FCEVs registered in China, from the first trials in "
            "2019 to the end of 2025, amounts to 21,400.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["300,000"]["metric"] == "vehicle_sales_cumulative"
    assert rows["21,400"]["metric"] == "fcv_registrations_cumulative"


def test_all_vehicles_named_in_a_passenger_car_associations_story_stay_all_vehicles(tmp_path: Path):
    text = ("Margins slide\n\nData from the China Passenger Car Association (CPCA) show the profit margin of the "
            "auto industry fell in 2025.\n\nIn 2025, China's automobile production and sales kept growing, with "
            "totals reaching 31.2 million and 31.0 million units respectively, up 8.8% and 8.1%.\n")
    rows = _rows(tmp_path, text, published="2026-01-28")
    assert rows["31.2 million"]["metric"] == "vehicle_production"
    assert rows["31.0 million"]["metric"] == "vehicle_sales"
    assert rows["8.8%"]["metric"] == "vehicle_production_yoy_pct"


def test_a_company_named_by_what_it_makes_counts_its_vehicles(tmp_path: Path):
    text = ("Zeta's May\n\nChina's electric vehicle leader Zeta Motors delivered 301,200 units in May, 4% fewer "
            "than a year before.\n\nThe world's largest electric-vehicle maker sold 1.9 million vehicles in the "
            "first half, up 21% from a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-06-02")
    assert rows["301,200"]["metric"] == "vehicle_deliveries"  # (not nev_deliveries: the words name the company)
    assert rows["1.9 million"]["metric"] == "vehicle_sales"
    assert rows["21%"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_rate_named_again_by_the_and_its_change_is_the_figure_before(tmp_path: Path):
    text = ("Exports climb\n\nChina's automobile exports reached 1.31 million units in the first quarter of 2025, a "
            "14% year-on-year increase, the China Passenger Car Association said.\n\nAnalysts credit pricing.\n\n"
            "The 14% growth in Q1 signals a strong start for the year.\n")
    proposals = [p for p in _proposals(tmp_path, text, "2025-04-10") if p.mention.text == "14%"]
    assert [bool(p.row) for p in proposals] == [True, False]
    assert proposals[0].row["metric"] == "vehicle_exports_yoy_pct"
    assert "stated again" in proposals[1].not_a_claim
