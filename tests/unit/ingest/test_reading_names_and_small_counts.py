"""A company introduced by its full name and the short one it goes by, heavy trucks as a kind, a share move
written after its number, and small counts that only point back ("the two companies", "one in five", "needed only
three years"). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.ingest.clauses import not_a_claim
from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading_more_news import _rows

TRUCKS = ("Truck maker marks export record\n\n"
          "On May 2, Northern Heavy Truck Group, or Nortruk, held a ceremony to mark its exports.\n\n"
          "In 2025, Nortruk exported 61,000 heavy trucks, up 19 percent year-on-year.\n")


@pytest.mark.parametrize(("stated", "metric"), [("61,000", "heavy_truck_exports"),
                                                ("19 percent", "heavy_truck_exports_yoy_pct")])
def test_a_company_named_by_the_short_name_it_goes_by(tmp_path: Path, stated, metric):
    row = _rows(tmp_path, TRUCKS, published="2026-05-04")[stated]
    assert (row["entity"], row["metric"], row["period"]) == ("Nortruk", metric, "2025")


def test_only_a_company_full_name_introduces_a_short_one(tmp_path: Path):
    text = "Port report\n\nThe port of Lanxi, or Lanxi-Beigang, shipped 41,000 cars in April.\n"
    assert _rows(tmp_path, text, published="2026-05-04")["41,000"]["entity"] != "Lanxi-Beigang"


def test_a_share_move_written_after_its_number(tmp_path: Path):
    text = ("Zeta deliveries rise\n\nZeta delivered 12,300 vehicles in May. The shares of the young carmaker ended "
            "3 percent higher on Friday at $21.40 per share.\n")
    rows = _rows(tmp_path, text, published="2026-06-01")
    assert (rows["3 percent"]["metric"], rows["3 percent"]["period"]) == ("share_price_change_pct", "2026-05-29")
    assert rows["12,300"]["metric"] == "vehicle_deliveries"


def _why_not(text: str, stated: str) -> str:
    return not_a_claim(text, next(m for m in extract_mentions(text) if m.text == stated))


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The two companies will pool their design teams.", "two"),
        ("The three brands make up some 55 percent of the cars on the road.", "three"),
        ("Imported cars made up one in five of the EVs registered in March.", "five"),
        ("The firm needed only three years to list in New York.", "three"),
    ],
)
def test_small_counts_that_point_back_are_no_figures(text, stated):
    assert _why_not(text, stated)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The three companies sold 1.2 million cars in May, and three new models went on sale.", "1.2 million"),
        ("Harbour opened three new plants this year.", "three"),
        ("The group sold three million cars last year.", "three million"),
    ],
)
def test_counts_that_count_are_still_figures(text, stated):
    assert not _why_not(text, stated)


# --- bases, periods and names written short ---------------------------------------------------------------------

BULLETS = ("Zeta deliveries fall\n\n"
           "- Zeta delivered 5,120 vehicles in August, down 41% Y/Y and 38% M/M.\n\n"
           "- On a YTD basis, deliveries came to 61,300 vehicles, up 12% Y/Y.\n\n"
           "- YTD ranking leader Zeta Alpha noted 2,450 sales in August.\n\n"
           "- Shares down 3% PM.\n")


@pytest.mark.parametrize(
    ("stated", "metric", "period"),
    [
        ("41%", "vehicle_deliveries_yoy_pct", "2026-08"),
        ("38%", "vehicle_deliveries_mom_pct", "2026-08"),
        ("61,300", "vehicle_deliveries", "2026-01/2026-08"),
        ("12%", "vehicle_deliveries_yoy_pct", "2026-01/2026-08"),
        ("3%", "share_price_change_pct", "2026-09-01"),
    ],
)
def test_a_bulleted_company_update(tmp_path: Path, stated, metric, period):
    row = _rows(tmp_path, BULLETS, published="2026-09-01")[stated]
    assert (row["entity"], row["metric"], row["period"]) == ("Zeta", metric, period)


def test_ytd_before_a_ranking_dates_nothing(tmp_path: Path):
    assert _rows(tmp_path, BULLETS, published="2026-09-01")["2,450"]["period"] == "2026-08"


@pytest.mark.parametrize(
    ("text", "stated", "metric", "qualifier"),
    [
        ("Its cars have been shipped to 90-plus countries and regions.", "90", "destination_countries", "at_least"),
        ("The city plans to build two such hydrogen stations this year.", "two", "hydrogen_stations_target", "exact"),
        ("Sales of oil-fueled vehicles fell 31% in May.", "31%", "gasoline_powered_vehicle_sales_yoy_pct", "exact"),
    ],
)
def test_plus_such_and_oil_fueled(tmp_path: Path, text, stated, metric, qualifier):
    row = _rows(tmp_path, "Report\n\n" + text + "\n", published="2026-06-10")[stated]
    assert (row["metric"], row["qualifier"]) == (metric, qualifier)


@pytest.mark.parametrize(
    ("text", "stated", "entity"),
    [
        ("Market research firm Lumen Data Corporation (LDC) expects NEV sales in China to grow 20 percent next "
         "year.", "20 percent", "China"),
        ("Contemporary Amperex Technology Co Ltd took 41 percent of the market last year.", "41 percent", "CATL"),
    ],
)
def test_a_research_firm_is_no_entity_and_catl_by_its_full_name(tmp_path: Path, text, stated, entity):
    assert _rows(tmp_path, "Report\n\n" + text + "\n", published="2026-06-10")[stated]["entity"] == entity


def test_a_known_company_named_after_its_home_city(tmp_path: Path):
    text = "Exports report\n\nChongqing Changan Automobile shipped 21,000 vehicles to Mexico in 2025.\n"
    assert _rows(tmp_path, text, published="2026-03-01")["21,000"]["entity"] == "Changan"
