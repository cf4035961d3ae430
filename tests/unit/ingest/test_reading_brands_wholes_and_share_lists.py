"""A group's main brand, a bare measure opening a sentence that names a kind's figure later, what drove a figure
in the sentence before, and a list of market shares in China down to a described holder. Every sentence here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_the_main_brand_of_a_group_is_the_brand(tmp_path: Path) -> None:
    text = ("Zeta in April\n\nZeta delivered 18,400 cars in April. Within this, the main Zeta brand delivered "
            "12,050 units, up 41% year-on-year and down 9% month-on-month.\n")
    rows = _rows(tmp_path, text, published="2026-05-02")
    assert rows["18,400"]["metric"] == "vehicle_deliveries"
    assert rows["12,050"]["metric"] == "zeta_brand_deliveries"
    assert (rows["41%"]["metric"], rows["9%"]["metric"]) == ("zeta_brand_deliveries_yoy_pct",
                                                            "zeta_brand_deliveries_mom_pct")


def test_a_bare_measure_opening_is_the_whole_when_a_kind_is_told_later(tmp_path: Path) -> None:
    text = ("Harbour Auto's half\n\nHarbour Auto said its sales grew 12.5 percent to 402,300 units from January "
            "to June 2025, fueled by strong demand for NEVs and rising exports.\n\nNEV sales came to 210,400 units. "
            "Exports reached 61,900 units in the half, up 22.4 percent, with NEV exports more than doubling.\n")
    rows = _rows(tmp_path, text, published="2025-07-03")
    assert rows["210,400"]["metric"] == "nev_sales"
    assert (rows["61,900"]["metric"], rows["22.4 percent"]["metric"]) == ("vehicle_exports",
                                                                          "vehicle_exports_yoy_pct")


def test_a_bare_measure_before_a_share_of_the_total_keeps_its_kind(tmp_path: Path) -> None:
    text = ("NEVs through September\n\nNEV output rose 30 percent to 11.2 million units in the first nine months. "
            "Sales in the same months grew 31 percent to 11.0 million units, making up 45 percent of all the new "
            "vehicles sold.\n")
    rows = _rows(tmp_path, text, published="2025-10-14")
    assert rows["11.0 million"]["metric"] == "nev_sales"


def test_shares_of_chinas_market_are_not_a_market_abroads(tmp_path: Path) -> None:
    text = ("Who leads\n\nFrom taxis to models by leader Geely and U.S. giant Ford, electric cars are everywhere. "
            "Geely led China's EV market in H1 2025, with a 28.6 per cent share of all units sold, followed by XPeng "
            "at 7.2 per cent and Leapmotor at 5.1 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-08-01")
    metrics = {rows[share]["metric"] for share in ("28.6 per cent", "7.2 per cent", "5.1 per cent")}
    assert len(metrics) == 1, metrics
    assert "united_states" not in metrics.pop()


def test_a_holder_described_before_its_name_holds_the_next_share(tmp_path: Path) -> None:
    text = ("Market shares\n\nGeely took a 12.1 per cent share of the passenger car market in China in 2025, "
            "followed by Changan at 8.3 per cent and state-owned carmaker Chery at 6.2 per cent.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert (rows["6.2 per cent"]["entity"], rows["6.2 per cent"]["metric"]) == (
        "Chery", "passenger_car_sales_national_share_pct")
