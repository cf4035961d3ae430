"""A guidance cut by a rate, a name after "Following", a relative clause that sets the subject in its whole, a brand's
part of a breakdown, a week's registrations beside a ticker, and the industry a province's story goes on about.
Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_guidance_cut_by_a_rate_is_the_guidances_change(tmp_path: Path) -> None:
    text = "Zeta trims its outlook\n\nZeta cut its guidance for third-quarter deliveries by about 15 percent.\n"
    rows = _rows(tmp_path, text, published="2025-08-12")
    assert rows["15 percent"]["metric"] == "vehicle_deliveries_guidance_change_pct"


def test_a_name_after_following_is_the_name(tmp_path: Path) -> None:
    text = ("Li Auto's warning\n\nLi Auto cut its outlook on Monday. Following Li Auto's warning, its "
            "US-listed shares fell 7 percent in early trading.\n")
    rows = _rows(tmp_path, text, published="2025-08-12")
    assert (rows["7 percent"]["entity"], rows["7 percent"]["metric"]) == ("Li Auto", "share_price_change_pct")


def test_a_relative_clause_on_the_whole_is_not_what_is_counted(tmp_path: Path) -> None:
    text = ("Zeta's April\n\nZeta sold 96,000 cars in April. Its plug-in hybrid sales, which made up about 60% of "
            "Zeta's total car sales, fell 12.4 per cent in April.\n")
    rows = _rows(tmp_path, text, published="2025-05-02")
    assert rows["12.4 per cent"]["metric"] == "phev_sales_yoy_pct"


def test_a_brands_part_of_a_breakdown_told_in_the_passive(tmp_path: Path) -> None:
    text = ("Zeta's quarter\n\nZeta delivered 64,000 vehicles in the third quarter. Its deliveries by brand: 41,300 "
            "cars were accounted for by its core brand Zeta, and 22,700 vehicles were delivered by the new brand "
            "Lumo.\n")
    rows = _rows(tmp_path, text, published="2025-10-02")
    assert rows["41,300"]["metric"] == "zeta_brand_deliveries"
    assert rows["22,700"]["metric"] == "lumo_deliveries"


def test_a_weeks_registrations_beside_a_ticker_are_no_share_move(tmp_path: Path) -> None:
    text = ("EV registrations for the week\n\nIn the week of May 5-11, Zeta (NYSE: ZETA) saw insurance registrations "
            "of 5,100 vehicles, down 12 percent from 5,800 in the previous week.\n")
    rows = _rows(tmp_path, text, published="2025-05-13")
    assert rows["12 percent"]["metric"].endswith("_insurance_registrations_wow_pct")


def test_the_industrys_output_value_in_a_province_story_is_the_car_industrys(tmp_path: Path) -> None:
    text = ("Hunan's car makers\n\nIn 2024, Hunan's automotive production reached 1.2 million vehicles. The "
            "industry's output value topped 400 billion yuan, accounting for about 12% of Hunan's total "
            "industrial output.\n")
    rows = _rows(tmp_path, text, published="2025-03-10")
    assert rows["400 billion yuan"]["metric"] == "vehicle_output_value_cny"
    assert rows["12%"]["metric"] == "vehicle_share_of_industrial_output_value"
