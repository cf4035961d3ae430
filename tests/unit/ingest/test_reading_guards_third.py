"""Guards from a review of this release's readings with made-up probes: each sentence below once took a wrong shape
(a share price dated by a weekday its sentence does not give, "Market shares" read as a company's stock, a
worldwide figure named for China, a store abroad naming the sales, a lithium price read as sales). The sentences
are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

OPENING = "Carmaker news\n\nHarbour sold 5,000 cars in February. "


def _row(tmp_path: Path, sentence: str, stated: str) -> dict[str, str]:
    return _rows(tmp_path, OPENING + sentence + "\n", published="2026-03-10")[stated]


@pytest.mark.parametrize(
    ("sentence", "stated", "period"),
    [
        ("Harbour's shares were up 80% in 2025.", "80%", "2025"),
        ("Harbour shares closed at $9.81 on Friday, February 27, 2026.", "$9.81", "2026-02-27"),
        ("Harbour will launch the Z9 sedan on Friday. Its shares rose 4%.", "4%", "2026-03-10"),
        ("On Thursday, Harbour went public. Its shares closed 2% higher at $11.20.", "2%", "2026-03-05"),
    ],
)
def test_a_share_price_keeps_the_period_its_own_sentence_gives(tmp_path: Path, sentence, stated, period):
    row = _row(tmp_path, sentence, stated)
    assert (row["metric"].startswith("share_price"), row["period"]) == (True, period)


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [("Market shares down 3% for foreign brands.", "3%"),
     ("Harbour shares rose 3%, and the Hang Seng Index closed 1% higher.", "1%"),
     ("Harbour priced its new shares at HK$10.20 in a top-up placement.", "HK$10.20")],
)
def test_what_is_no_move_or_listing_price_of_the_companys_shares(tmp_path: Path, sentence, stated):
    assert not _row(tmp_path, sentence, stated)["metric"].startswith(("share_price", "ipo_"))


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [
        ("Tesla sold 1.8 million cars worldwide in 2025, ranking third in China.", "1.8 million", "vehicle_sales"),
        ("Tesla delivered 41,200 vehicles in China in May.", "41,200", "vehicle_deliveries_china"),
        ("Harbour sold 2,000 cars in February, up 30%, and opened a store in Chile.", "2,000", "vehicle_sales"),
        ("Monthly, February sales rose 12% year on year.", "12%", "vehicle_sales_yoy_pct"),
    ],
)
def test_a_place_a_base_or_a_word_elsewhere_in_the_sentence_does_not_rename_the_figure(tmp_path: Path, sentence,
                                                                                         stated, metric):
    assert _row(tmp_path, sentence, stated)["metric"] == metric


def test_wholesale_inventory_is_no_sales(tmp_path: Path):
    text = "Dealer report\n\nDealers' wholesale inventory rose to 410,000 units in February.\n"
    assert not _rows(tmp_path, text, published="2026-03-10")["410,000"]["metric"].endswith("_sales")


def test_a_brand_before_a_year_or_a_count_names_no_model(tmp_path: Path):
    text = ("Brand report\n\nFAW said its Hongqi brand sold 41,000 cars in February. Hongqi 2025 sales reached "
            "400,000, and Hongqi 30,000 of them abroad.\n")
    rows = _rows(tmp_path, text, published="2026-03-10")
    assert not rows["400,000"]["metric"].startswith("hongqi_2025")


def test_the_sectors_growth_in_the_numbers_own_clause_is_the_industrys(tmp_path: Path):
    row = _row(tmp_path, "Harbour's profit rose 12% in 2025, outpacing the sector's 5% growth.", "12%")
    assert row["metric"] == "net_profit_yoy_pct"


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [
        ("CATL has expanded its production capacities by 12 GWh with a new site.", "12",
         "newly_added_power_battery_capacity"),
        ("CATL's output was 120 GWh in the first quarter.", "120", "power_battery_production"),
        ("Gotion has annual capacity of 100 GWh.", "100", "power_battery_capacity"),
        ("CATL sold 36 GWh of energy storage systems in 2025.", "36", "energy_storage_battery_sales"),
    ],
)
def test_a_battery_makers_gwh_are_no_vehicles(tmp_path: Path, sentence, stated, metric):
    row = _rows(tmp_path, "Battery news\n\n" + sentence + "\n", published="2026-03-10")[stated]
    assert (row["metric"], row["unit"]) == (metric, "gwh")


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [("The offering valued the company at $3.2 billion.", "$3.2 billion", "ipo_valuation_usd"),
     ("A funding round in January valued Harbour at $2 billion.", "$2 billion", "valuation_usd")],
)
def test_a_valuation_after_a_sentence_on_sales_is_still_a_valuation(tmp_path: Path, sentence, stated, metric):
    assert _row(tmp_path, sentence, stated)["metric"] == metric


@pytest.mark.parametrize(("sentence", "stated", "entity"),
                         [("Lumenway exported 15,000 trucks in 2025.", "15,000", "Lumenway"),
                          ("Orionix produced about 8,200 buses in 2025.", "8,200", "Orionix"),
                          ("Shandong exported 90,000 cars in 2025.", "90,000", "Shandong")])
def test_a_name_the_project_does_not_know_that_exports_or_produces_is_the_figures_entity(tmp_path: Path, sentence,
                                                                                           stated, entity):
    assert _row(tmp_path, sentence, stated)["entity"] == entity
