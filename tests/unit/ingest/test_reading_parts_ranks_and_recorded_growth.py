"""A kind's part of a level told "of which N, or P percent", battery makers ranked by their shares, a growth named
by its noun after a semicolon, a change "recorded" in a year gone by, weekly registrations and their week before,
and charging ports that are no harbour. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_part_told_as_a_level_and_a_share_of_which(tmp_path: Path) -> None:
    text = ("Shipments abroad\n\nChina shipped 4.9 million vehicles abroad from January to September, of which "
            "1.1 million, or 22.4 percent, were NEVs.\n")
    rows = _rows(tmp_path, text, published="2025-10-15")
    assert rows["1.1 million"]["metric"] == "nev_exports"
    assert rows["22.4 percent"]["metric"] == "nev_share_of_vehicle_exports"


def test_a_part_of_which_that_is_a_plain_level(tmp_path: Path) -> None:
    text = "Output\n\nThe country made 2.7 million vehicles in May, of which 910,000 were passenger cars.\n"
    rows = _rows(tmp_path, text, published="2025-06-12")
    assert rows["910,000"]["metric"] == "passenger_car_production"


def test_battery_makers_ranked_by_place_hold_shares_of_the_market(tmp_path: Path) -> None:
    text = ("Cell makers\n\nCATL made 31.4 GWh of cells in May, which gave it a market share of 44.1 per cent. "
            "Beyond the two leaders, no maker holds a tenth of the market. CALB, ranked third, stands at 7.2 per "
            "cent and Gotion at 4.9 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-06-20")
    assert rows["7.2 per cent"]["metric"] == "power_battery_production_national_share_pct"
    assert rows["4.9 per cent"]["entity"] == "Gotion"
    assert rows["4.9 per cent"]["metric"] == "power_battery_production_national_share_pct"


def test_a_share_takes_the_measure_its_maker_is_told_with(tmp_path: Path) -> None:
    text = ("Battery month\n\nThe battery alliance counts installations each month. In April, CATL produced "
            "28.2 GWh of cells, a market share of 43.5 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-05-20")
    assert rows["43.5 per cent"]["metric"] == "power_battery_production_national_share_pct"


def test_a_growth_named_by_its_noun_after_a_semicolon(tmp_path: Path) -> None:
    text = ("Cells in March\n\nSome 61.7 gigawatt-hours of power batteries were made in March. Compared with "
            "February, this is an increase of 12.3 per cent; compared to March 2024, the growth is a sturdy 44 "
            "per cent.\n")
    rows = _rows(tmp_path, text, published="2025-04-22")
    assert rows["12.3 per cent"]["metric"] == "power_battery_production_mom_pct"
    assert rows["44 per cent"]["metric"] == "power_battery_production_yoy_pct"


def test_a_growth_noun_opening_its_sentence_keeps_the_period_before(tmp_path: Path) -> None:
    text = ("Cells in March\n\nSome 61.7 gigawatt-hours of power batteries were made in March. Compared to "
            "March 2024, the growth is 44 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-04-22")
    assert (rows["44 per cent"]["metric"], rows["44 per cent"]["period"]) == ("power_battery_production_yoy_pct",
                                                                            "2025-03")


def test_a_change_recorded_in_a_year_gone_by_is_that_years_actual(tmp_path: Path) -> None:
    text = ("Outlook\n\nSales abroad are set to rise 6.2% in 2026, a far cry from the 21.1% growth recorded in "
            "2025.\n")
    rows = _rows(tmp_path, text, published="2026-01-15")
    assert (rows["21.1%"]["period"], rows["21.1%"]["status"]) == ("2025", "actual")
    assert rows["6.2%"]["status"] == "forecast"


def test_registering_and_registered_evs_are_registrations(tmp_path: Path) -> None:
    text = ("Week 14 registrations\n\nFrom March 31 to April 6, BYD came first, registering 48,100 vehicles. "
            "Tesla was second, with 12,700 registered EVs.\n")
    rows = _rows(tmp_path, text, published="2025-04-08")
    assert rows["48,100"]["metric"].endswith("_registrations")
    assert "_registrations" in rows["12,700"]["metric"]


def test_a_base_the_previous_week_and_the_same_week_last_year(tmp_path: Path) -> None:
    text = ("Week 14 registrations\n\nFrom March 31 to April 6, Li Auto registered 7,300 units, 4.1% fewer than "
            "7,610 the previous week and well above 5,020 NEVs in the same week a year before.\n")
    rows = _rows(tmp_path, text, published="2025-04-08")
    assert rows["7,300"]["period"] == "2025-03-31/2025-04-06"
    assert rows["7,610"]["period"] == "2025-03-24/2025-03-30"
    assert rows["5,020"]["period"] == "2024-04-01/2024-04-07"


def test_charging_ports_are_no_harbour_and_the_us_is_the_country(tmp_path: Path) -> None:
    text = ("The US Department of Energy counted about 9,000 new EV charging ports over the summer. The US now has "
            "some 196,000 public charging ports in all.\n")
    rows = _rows(tmp_path, text, published="2024-10-02")
    assert rows["9,000"]["entity"] == "United States"
    assert rows["196,000"]["entity"] == "United States"
