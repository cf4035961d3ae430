"""A wire story's dateline before its first figure, and one series told a value a period in turn. Every sentence here
is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_datelines_day_is_no_model(tmp_path: Path) -> None:
    text = ("Car sales to slow\n\nSHANGHAI, Nov 18 (Reuters) - Car sales in China should come to about 33 "
            "million units next year, up 2% from this year.\n")
    rows = _rows(tmp_path, text, published="2025-11-18")
    assert rows["33 million"]["metric"] == "vehicle_sales"
    assert rows["2%"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_series_told_a_value_a_period_in_turn(tmp_path: Path) -> None:
    text = ("Bank's outlook\n\nThe bank expects the share of NEVs in new car sales to reach 55% this year. That share "
            "is set to climb to 62% in 2027, 71% in 2028, and about 90% by 2030.\n")
    rows = _rows(tmp_path, text, published="2026-02-10")
    for stated in ("55%", "62%", "71%", "90%"):
        assert rows[stated]["metric"] == "nev_share_of_new_vehicle_sales"
    assert (rows["71%"]["period"], rows["90%"]["period"]) == ("2028", "2030")


def test_monthly_shares_told_in_turn(tmp_path: Path) -> None:
    text = ("NEV share climbs\n\nNEVs made up 27.2pc of new car sales in 2023, rising to 30.1pc in January, 33.5pc "
            "in February and 35pc in March.\n")
    rows = _rows(tmp_path, text, published="2024-04-15")
    assert rows["30.1pc"]["metric"] == rows["33.5pc"]["metric"] == "nev_share_of_new_vehicle_sales"
    assert rows["33.5pc"]["period"] == "2024-02"


def test_a_materials_price_by_the_ton_is_the_markets_on_its_day(tmp_path: Path) -> None:
    text = ("Zeta's mine halt lifts lithium\n\nZeta halted its mine in Jiangxi. Lithium carbonate futures prices "
            "climbed from 63,100 yuan per ton on June 19 to 78,300 yuan per ton on July 23. They decreased to 71,900 "
            "yuan per ton on August 4.\n")
    rows = _rows(tmp_path, text, published="2025-08-12")
    for stated, day in (("63,100 yuan", "2025-06-19"), ("78,300 yuan", "2025-07-23"), ("71,900 yuan", "2025-08-04")):
        row = rows[stated]
        assert (row["entity"], row["metric"], row["period"]) == ("China", "lithium_carbonate_futures_price_cny", day)


def test_the_battery_alliances_figures_and_what_they_correspond_to(tmp_path: Path) -> None:
    text = ("Zeta and Lumen lead in batteries\n\nData from the Automotive Battery Innovation Alliance (CABIA) show "
            "57.4 gigawatt-hours of batteries were made for electric vehicles in September. Compared with August, "
            "this corresponds to a rise of 6.2 per cent. Zeta produced 24.9 GWh of them. Of the total, lithium "
            "iron phosphate batteries accounted for 44.6 GWh. The 44.6 GWh corresponds to a rise of 68 per cent on a "
            "year earlier.\n")
    rows = _rows(tmp_path, text, published="2024-10-15")
    assert (rows["57.4"]["entity"], rows["57.4"]["metric"]) == ("China", "power_battery_production")
    growth = rows["6.2 per cent"]
    assert (growth["entity"], growth["metric"], growth["period"]) == ("China", "power_battery_production_mom_pct",
                                                                      "2024-09")
    assert rows["68 per cent"]["metric"] == "lithium_iron_phosphate_battery_production_yoy_pct"
