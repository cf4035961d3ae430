"""A listed company's shares and how far they moved, told in the ways newsrooms tell them ("have fallen by",
"suffered losses of", "dropped another", "were last seen trading ... lower", "opened at ..., rising"), and a
battery maker's share of the market with its change and the share it moved from. Every sentence here is written
for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(("sentence", "move"), [
    ("Korvi's shares are up around 40% this year while Zeta's have fallen by 31%, cutting its founder's wealth.",
     "31%"),
    ("The carmaker is adding shifts, but the stock has fallen 21% this year amid a price war.", "21%"),
    ("Korvi's shares slid more than 7% in Hong Kong on Monday, while rivals also suffered losses of over 4%, as "
     "investors feared thinner margins.", "4%"),
    ("Over five sessions its Shenzhen-listed shares slid another 6 per cent, after a sharper 14 per cent decline "
     "the week before.", "6 per cent"),
    ("Over five sessions its Shenzhen-listed shares slid another 6 per cent, after a sharper 14 per cent decline "
     "the week before.", "14 per cent"),
    ("Shares in Zeta Automobile were last seen trading 6.18% lower, while Halden Motor Co and Korvi Auto had lost "
     "1.84% and 3.82% respectively.", "6.18%"),
    ("Shares in Zeta Automobile were last seen trading 6.18% lower, while Halden Motor Co and Korvi Auto had lost "
     "1.84% and 3.82% respectively.", "1.84%"),
    ("Shares in Zeta Automobile were last seen trading 6.18% lower, while Halden Motor Co and Korvi Auto had lost "
     "1.84% and 3.82% respectively.", "3.82%"),
    ("Battery maker Zeta Energy on Tuesday listed in Hong Kong with shares surging over 9 percent at the open.",
     "9 percent"),
    ("On its first day, Zeta opened at 288 HK dollars, rising 11.45 percent from its offer price.", "11.45 percent"),
    ("By noon, it traded at 301.2 HK dollars, up 15.86 percent, with turnover above 4.1 billion HK dollars.",
     "15.86 percent"),
    ("The carmaker's shares climbed up to 11% in morning trade, then pared their gain to 7.3%.", "7.3%"),
    ("Shares of Zeta Inc went down 6.2% over 2025, set against a 9.4% gain for the broad market index.", "6.2%"),
])
def test_a_move_of_shares_told_in_a_newsroom_s_words_is_the_share_price_s_change(
        tmp_path: Path, sentence: str, move: str) -> None:
    rows = _rows(tmp_path, f"Zeta's shares\n\n{sentence}\n", published="2026-03-10")
    assert rows[move]["metric"] == "share_price_change_pct"


def test_a_share_s_opening_and_later_prices_and_its_offer_price_are_prices(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's listing\n\nOn its first day, Zeta opened at 288 HK dollars, rising 11.45 percent "
                           "from its offer price of 258 HK dollars. By noon, it traded at 301.2 HK dollars, up 15.86 "
                           "percent.\n", published="2026-03-10")
    assert rows["288 HK dollars"]["metric"] == "share_price_hkd"
    assert rows["258 HK dollars"]["metric"] == "ipo_price_hkd"
    assert rows["301.2 HK dollars"]["metric"] == "share_price_hkd"


@pytest.mark.parametrize("sentence", [
    "Shares of Zeta rose 5% after a 20 percent rise in deliveries.",
    "Zeta's shares rose 5% on Monday after its deliveries climbed 20 percent.",
])
def test_a_rise_of_another_measure_in_a_sentence_of_shares_is_not_the_shares(tmp_path: Path, sentence: str) -> None:
    assert _rows(tmp_path, f"Zeta's shares\n\n{sentence}\n", published="2026-03-10")["20 percent"]["metric"] != (
        "share_price_change_pct")


def test_a_benchmark_index_s_gain_beside_a_share_s_move_is_not_the_share_s(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's shares\n\nShares of Zeta Inc went down 6.2% over 2025, set against a 9.4% gain "
                           "for the broad market index.\n", published="2026-03-10")
    assert rows["9.4%"]["metric"] != "share_price_change_pct"


_INSTALLATIONS = ("Battery installations in February\n\nCATL installed 20.1 GWh of power batteries in February, with "
                  "a 43.2 percent share, a 0.51 percentage point decrease from 43.71 percent in January. BYD came "
                  "second with 10.2 GWh and a 22.1 percent share, down 0.6 percentage points from 22.7 percent in "
                  "January. Gotion was fourth, with 2.9 GWh and a 5.1 percent market share. Gotion's share rose by "
                  "1.1 percentage points, up from 4.0 percent in January.\n")


@pytest.mark.parametrize(("number", "metric", "period"), [
    ("43.2 percent", "power_battery_installed_capacity_national_share_pct", "2026-02"),
    ("0.51 percentage point", "power_battery_installed_capacity_national_share_pct_mom_pp", "2026-02"),
    ("43.71 percent", "power_battery_installed_capacity_national_share_pct", "2026-01"),
    ("22.1 percent", "power_battery_installed_capacity_national_share_pct", "2026-02"),
    ("22.7 percent", "power_battery_installed_capacity_national_share_pct", "2026-01"),
    ("1.1 percentage points", "power_battery_installed_capacity_national_share_pct_mom_pp", "2026-02"),
])
def test_a_battery_maker_s_share_its_change_and_the_share_it_moved_from(tmp_path: Path, number: str, metric: str,
                                                                      period: str) -> None:
    row = _rows(tmp_path, _INSTALLATIONS, published="2026-03-12")[number]
    assert (row["metric"], row["period"]) == (metric, period)


def test_makers_holding_the_top_places_with_shares_respectively_hold_each_share(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Battery ranking\n\nIn the ranking of power battery installations by supplier, CATL and "
                           "BYD hold the top two positions with shares of more than 41% and 21% respectively. Battery "
                           "installations rose 20 GWh.\n", published="2026-03-12")
    assert (rows["41%"]["entity"], rows["41%"]["metric"], rows["41%"]["qualifier"]) == (
        "CATL", "power_battery_installed_capacity_national_share_pct", "at_least")
    assert (rows["21%"]["entity"], rows["21%"]["metric"]) == (
        "BYD", "power_battery_installed_capacity_national_share_pct")


def test_the_five_biggest_makers_share_between_them_is_not_one_maker_s(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Battery ranking\n\nCATL installed 20 GWh in February. The top five makers, led by CATL, "
                           "held 81.7 percent of the market between them.\n", published="2026-03-12")
    assert rows["81.7 percent"]["metric"] != "power_battery_installed_capacity_national_share_pct"
