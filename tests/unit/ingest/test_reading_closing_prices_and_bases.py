"""Where a share ended the day, a margin written "GPM", the rate a year's margin moved from, and a base in brackets
labelled by its quarter. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_where_the_shares_ended_the_day_is_their_price(tmp_path: Path) -> None:
    text = ("BYD's results\n\nBYD's A shares [SHE: 002594] slipped 1.2 percent on Tuesday, closing at CNY301.80 "
            "(USD41.56) a share. Its Hong Kong shares lost 2.1 percent, ending at HKD318.40.\n")
    rows = _rows(tmp_path, text, published="2025-03-25")
    assert (rows["CNY301.80"]["metric"], rows["CNY301.80"]["period"]) == ("share_price_cny", "2025-03-25")
    assert rows["HKD318.40"]["metric"] == "share_price_hkd"


def test_a_years_margin_and_the_rate_it_moved_from(tmp_path: Path) -> None:
    text = ("Two carmakers' years\n\nBYD's revenue rose 24 percent in 2024. Its gross profit margin slipped to 21.8 "
            "percent from 22.6 percent. Its rival handed over 1.64 million cars, its GPM slipping to 17.9 percent from "
            "22.1 percent.\n")
    rows = _rows(tmp_path, text, published="2025-03-26")
    assert (rows["21.8 percent"]["period"], rows["22.6 percent"]["period"]) == ("2024", "2023")
    assert rows["17.9 percent"]["metric"] == rows["22.1 percent"]["metric"] == "gross_margin_pct"
    assert rows["22.1 percent"]["period"] == "2023"


def test_a_base_in_brackets_labelled_by_its_quarter(tmp_path: Path) -> None:
    text = ("Zeta's EV unit\n\nZeta delivered 98,400 cars in the third quarter, and sales rose by 161.2 per cent "
            "(Q3/2024: 37,700 units).\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert rows["161.2 per cent"]["period"] == "2025-Q3"
    assert rows["37,700"]["period"] == "2024-Q3"


def test_cars_per_thousand_people_and_others_compared(tmp_path: Path) -> None:
    text = ("Room to grow\n\nChina's car ownership rate is 260 cars per 1,000 people, well below Japan's 620 and "
            "the United States' 850.\n")
    rows = _rows(tmp_path, text, published="2025-09-15")
    assert "1,000" not in rows
    for stated, entity in (("260", "China"), ("620", "Japan"), ("850", "United States")):
        assert (rows[stated]["entity"], rows[stated]["metric"]) == (entity, "vehicle_ownership_per_1000_people")


def test_each_number_of_a_list_takes_the_place_right_after_it(tmp_path: Path) -> None:
    text = ("Fleets abroad\n\nThe firm sees 51 million EVs on China's roads in 2026, against 21.3 million EVs in "
            "Europe and 11.2 million EVs in North America.\n")
    rows = _rows(tmp_path, text, published="2024-11-29")
    assert [rows[s]["entity"] for s in ("51 million", "21.3 million", "11.2 million")] == [
        "China", "Europe", "North America"]
