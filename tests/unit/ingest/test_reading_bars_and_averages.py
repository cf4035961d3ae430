"""Bars a figure keeps passing or passes for the first time, averages over a month or a day told before the number,
sales at home named with their kind, and how far back a turn reaches. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def _not_a_claim(tmp_path: Path, sentence: str, stated: str) -> bool:
    return stated not in _rows(tmp_path, f"Zeta news\n\n{sentence}\n", published="2025-07-03")


def test_a_bar_a_streak_keeps_passing_told_before_it_is_no_figure(tmp_path: Path):
    assert _not_a_claim(tmp_path / "a", "Zeta handed over 41,200 cars in June, the ninth straight month in which "
                                        "it handed over more than 40,000 units.", "40,000")
    assert _not_a_claim(tmp_path / "b", "Zeta sold 4,900 cars last week, its third consecutive week below 5,000 "
                                        "units.", "5,000")
    assert _not_a_claim(tmp_path / "c", "Orion brands held 7.4 percent of the market in May, the fourth successive "
                                        "month above 7 percent.", "7 percent")


def test_a_bar_passed_for_the_first_time_beside_its_figure_is_no_figure(tmp_path: Path):
    assert _not_a_claim(tmp_path / "a", "The list of eligible models grew, topping 200 for the first time and "
                                        "reaching 236.", "200")


def test_a_bar_without_the_figure_that_passes_it_stays_a_figure(tmp_path: Path):
    # a streak or a first time with no exact figure beside it: the bound is all the sentence states
    rows = _rows(tmp_path / "a", "Zeta news\n\nZeta's sales topped 300,000 for the first time in May.\n",
                 published="2025-07-03")
    assert rows["300,000"]["qualifier"] == "at_least"
    rows = _rows(tmp_path / "b", "Zeta news\n\nIt was the sixth straight month in which Zeta sold more than 20,000 "
                                 "cars.\n", published="2025-07-03")
    assert rows["20,000"]["qualifier"] == "at_least"


def test_an_average_over_a_month_told_before_the_number_is_a_monthly_average(tmp_path: Path):
    text = ("Northvale exports\n\nNorthvale's car exports kept climbing. In the second quarter the average monthly "
            "export volume came to 81,000 units, and its monthly average sales at home were 64,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-08-14")
    assert rows["81,000"]["metric"] == "vehicle_exports_monthly_average"
    assert rows["81,000"]["period"] == "2025-Q2"
    assert rows["64,000"]["metric"].endswith("_monthly_average")


def test_sales_at_home_named_with_their_kind_are_domestic(tmp_path: Path):
    text = ("CAAM data\n\nDomestic passenger car sales grew 8.3% year-on-year in June, down from a 12% rise in May, "
            "the carmakers' association reported.\n")
    rows = _rows(tmp_path, text, published="2025-07-11")
    assert rows["8.3%"]["metric"] == "passenger_car_domestic_sales_yoy_pct"
    assert (rows["12%"]["metric"], rows["12%"]["period"]) == ("passenger_car_domestic_sales_yoy_pct", "2025-05")
    text = "CAAM data\n\nPassenger car sales grew 6.1% in June, while exports rose 20%.\n"  # no sales at home
    rows = _rows(tmp_path / "plain", text, published="2025-07-11")
    assert rows["6.1%"]["metric"] == "passenger_car_sales_yoy_pct"


def test_how_far_back_a_turn_reaches_does_not_date_the_figure(tmp_path: Path):
    text = ("Zeta slips\n\nZeta's monthly sales at home fell in June for the first time since March 2023, down 4.4% "
            "against June of last year.\n")
    row = _rows(tmp_path, text, published="2025-07-09")["4.4%"]
    assert row["period"] == "2025-06"


def test_each_part_of_a_clause_with_two_measures_keeps_its_own_kind(tmp_path: Path):
    text = ("Orion data\n\nPure electric sales climbed 12% to 8.1 million; plug-in hybrid demand added 9% "
            "to 4.4 million units and fuel-cell EV sales gained 30% to 6,100 units.\n")
    rows = _rows(tmp_path, text, published="2026-01-15")
    assert [rows[n]["metric"] for n in ("9%", "4.4 million", "30%", "6,100")] == [
        "phev_sales_yoy_pct", "phev_sales", "fcv_sales_yoy_pct", "fcv_sales"]


def test_a_part_of_the_total_named_after_it_takes_the_storys_period(tmp_path: Path):
    text = ("Northvale exports\n\nNorthvale shipped 2.31 million vehicles abroad in January-August "
            "2025.\n\nIn the second quarter, exports came to 0.9 million units.\n\nA breakdown shows that 58.2% of "
            "the total volume were internal combustion engine (ICE) cars.\n")
    row = _rows(tmp_path, text, published="2025-10-02")["58.2%"]
    assert (row["metric"], row["period"]) == ("gasoline_powered_vehicle_share_of_vehicle_exports", "2025-01/2025-08")


def test_a_whole_stated_again_opening_a_sentence_gives_its_parts_its_period_and_measure(tmp_path: Path):
    text = ("Northvale exports\n\nNorthvale shipped 740,000 NEVs abroad in the first five months.\n\n"
            "In May alone, exports rose 11%.\n\nOf the total 740,000 NEVs exported, some 88% are passenger cars.\n")
    row = _rows(tmp_path, text, published="2025-06-20")["88%"]
    assert (row["metric"], row["period"]) == ("passenger_car_share_of_nev_exports", "2025-01/2025-05")


def test_a_named_quarter_is_the_period_whatever_now_says(tmp_path: Path):
    text = "Northvale exports\n\nVehicle exports grew. The volume in the Q2 period is now at 2.2 million units.\n"
    assert _rows(tmp_path, text, published="2025-08-20")["2.2 million"]["period"] == "2025-Q2"
    text = "Zeta fleet\n\nZeta plans 900 robotaxis by the end of 2026, from about 250 now.\n"  # "now" right after
    assert _rows(tmp_path / "now", text, published="2025-08-20")["250"]["period"] == "2025-08"


def test_goods_sent_to_a_country_or_to_countries_in_a_region_are_exports_there(tmp_path: Path):
    text = ("Exports\n\nNorthvale's EV exports grew 40% in October.\n\nExports to countries in Europe grew 51% to "
            "30,100. Northvale sent over 6,400 units in October to the UK, while sending over 5,900 units to "
            "Portugal.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert [rows[n]["metric"] for n in ("30,100", "6,400", "5,900")] == [
        "nev_exports_europe", "nev_exports_united_kingdom", "nev_exports_portugal"]


def test_a_present_perfect_with_sales_continues_the_storys_period(tmp_path: Path):
    text = ("Northvale sales\n\nNorthvale's car buyers took 188,000 passenger cars in H1 2025, more than before.\n\n"
            "Local brands have led the market, selling over 121,000 units, up 15.5% year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-08-06")
    assert {rows[n]["period"] for n in ("121,000", "15.5%")} == {"2025-H1"}


def test_one_body_type_beside_a_word_for_all_vehicles_is_that_body_type(tmp_path: Path):
    text = ("Northvale sales\n\nIn the first half of 2025, SUVs led growth among the vehicle segments, with 61,200 "
            "units sold, up 9.1% year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-08-06")
    assert (rows["61,200"]["metric"], rows["9.1%"]["metric"]) == ("suv_sales", "suv_sales_yoy_pct")


def test_a_share_after_a_concession_is_the_subjects(tmp_path: Path):
    text = ("Northvale sales\n\nIn the first half of 2025, despite the growth of NEVs, gasoline cars held up, making "
            "up 47% of total sales.\n")
    rows = _rows(tmp_path, text, published="2025-08-06")
    assert rows["47%"]["metric"].startswith("gasoline_powered_vehicle_share_of_")


def test_two_names_and_two_numbers_joined_by_and_go_in_turn(tmp_path: Path):
    text = ("Northvale sales\n\nIn the first half of 2025, Geely and Chery saw their sales grow by 21.4% and 38.9% "
            "year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-08-06")
    assert (rows["21.4%"]["entity"], rows["38.9%"]["entity"]) == ("Geely", "Chery")


BATTERY_RELEASE = (
    "Battery data\n\nNorthvale's makers turned out 112.5 GWh of power and other batteries in May, up 3.1% "
    "month-on-month (MoM) and 44.2% on the year (YoY). From January to May, cumulative production came to "
    "590.6 GWh.\n\n"
    "Battery shipments abroad reached 20.7 GWh in May. Of these, power battery exports were 13.1 GWh (63.3% share), "
    "up 12.2% MoM and 10.9% YoY. Other battery exports totaled 7.6 GWh (36.7% share), jumping 41.1% MoM and 30.2% "
    "YoY.\n\nNCM battery installations totaled 9.8 GWh in May.\n")


def test_a_battery_release_names_all_batteries_power_batteries_and_other_batteries(tmp_path: Path):
    rows = _rows(tmp_path, BATTERY_RELEASE, published="2025-06-12")
    assert [rows[n]["metric"] for n in ("112.5", "3.1%", "44.2%", "7.6", "41.1%", "30.2%", "9.8")] == [
        "battery_production", "battery_production_mom_pct", "battery_production_yoy_pct", "other_battery_exports",
        "other_battery_exports_mom_pct", "other_battery_exports_yoy_pct", "ternary_battery_installed_capacity"]
    assert (rows["590.6"]["metric"], rows["590.6"]["period"]) == ("battery_production", "2025-01/2025-05")


def test_a_share_in_brackets_after_a_level_is_the_parts_share_of_all_batteries(tmp_path: Path):
    rows = _rows(tmp_path, BATTERY_RELEASE, published="2025-06-12")
    assert [rows[n]["metric"] for n in ("63.3%", "36.7%")] == [
        "power_battery_share_of_battery_exports", "other_battery_share_of_battery_exports"]
