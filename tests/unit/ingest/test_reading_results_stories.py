"""Results and rankings as wire services and trade sites tell them: vehicle sales stated in money are what the
cars brought in; a story that opens on its dateline has no headline, so a market abroad its lead does not name is
no market of the story's; each maker of a ranking holds the share named with it (a stock code's colon cuts no
clause, and the makers it ranks behind are not its owner); "HK dollars" and "ternary-lithium" batteries are read
as such. Every article here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

RESULTS = ("Orion Motors posts fourth-quarter results\n\n"
           "Orion Motors posted total revenues of RMB21,310.2 million for the fourth quarter of 2024. Vehicle sales "
           "contributed RMB18,902.5 million, up 12.6% from a year earlier. For the whole of 2024, vehicle sales "
           "accounted for RMB62,004.7 million.\n")


@pytest.mark.parametrize(("stated", "metric"), [("RMB18,902.5 million", "vehicle_revenue_cny"),
                                                ("12.6%", "vehicle_revenue_yoy_pct"),
                                                ("RMB62,004.7 million", "vehicle_revenue_cny")])
def test_vehicle_sales_stated_in_money_are_vehicle_revenue(tmp_path: Path, stated: str, metric: str) -> None:
    assert _rows(tmp_path, RESULTS, published="2025-03-21")[stated]["metric"] == metric


def test_a_story_opening_on_its_dateline_has_no_headline(tmp_path: Path) -> None:
    text = ("SHENZHEN - Carmaker ZTM saw its revenue climb last year as it pushed further into markets abroad.\n\n"
            "It also plans to win buyers across the European market with a small electric hatchback.\n\n"
            "ZTM -- which sells cars in 40 countries -- has had a strong few months.\n\n"
            "In January the carmaker reported nearly 2.1 million vehicles sold last year, up 18 percent from the "
            "year before.\n")
    rows = _rows(tmp_path, text, published="2025-03-24")
    # (not the European market's: the story is the company's, wherever it sells)
    assert (rows["2.1 million"]["metric"], rows["2.1 million"]["period"]) == ("vehicle_sales", "2024")
    assert rows["18 percent"]["metric"] == "vehicle_sales_yoy_pct"


SHARES = ("Battery installations\n\nGotion, the fourth-largest maker, put 2.61 GWh of batteries into cars in "
          "January, coming fourth with a 6.5 percent share behind CATL (SZ: 300750) at 45.1 percent and BYD "
          "(HKG: 1211) at 23.4 percent.\n")


@pytest.mark.parametrize(("stated", "entity"), [("6.5 percent", "Gotion"),  # (not the makers it ranks behind)
                                                ("45.1 percent", "CATL"),  # (the stock code's colon cuts no clause)
                                                ("23.4 percent", "BYD")])
def test_each_makers_share_is_the_one_named_with_it(tmp_path: Path, stated: str, entity: str) -> None:
    assert _rows(tmp_path, SHARES, published="2025-02-20")[stated]["entity"] == entity


def test_hk_dollars_are_hong_kong_dollars(tmp_path: Path) -> None:
    text = "Listing\n\nOn its first day of trading, Zeta Cells opened at 281 HK dollars a share.\n"
    assert _rows(tmp_path, text, published="2025-05-20")["281 HK dollars"]["unit"] == "hkd"


def test_ternary_lithium_batteries_are_ternary_batteries(tmp_path: Path) -> None:
    text = ("Battery installations\n\nIn January, ternary-lithium battery installed capacity came to 9.1 GWh, "
            "accounting for 27% of the total installed capacity.\n")
    rows = _rows(tmp_path, text, published="2025-02-12")
    assert (rows["9.1"]["metric"], rows["27%"]["metric"]) == (
        "ternary_battery_installed_capacity", "ternary_battery_share_of_power_battery_installed_capacity")
