"""Other readings of a drafted row (nevreport.ingest.choices): the ones the sentence and the article offer, the
drafted value never among them, the likeliest first. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.curate.propose import propose_rows
from nevreport.curate.review import choices_cell, choices_of
from nevreport.ingest.choices import LIMIT, choices
from nevreport.ingest.extract import extract_mentions
from nevreport.ingest.reading import Entities, spans_around

PUBLISHED = dt.date(2025, 10, 14)


def _choices(text: str, stated: str, row: dict[str, str], before: tuple[dict[str, str], ...] = ()) -> dict:
    mention = next(m for m in extract_mentions(text) if m.text == stated)
    entities = Entities([]).in_article(text, str(PUBLISHED.year))
    drafted = {"entity": "China", "metric": "", "period": "", "status": "actual", "unit": "vehicles", **row}
    return choices(text, mention, spans_around(text, mention), drafted, PUBLISHED, entities,
                   entities.main_subject(text), list(before))


def test_a_month_offers_the_months_so_far_and_the_year():
    text = "China sold 1.6 million NEVs in September, the association said."
    found = _choices(text, "1.6 million", {"metric": "nev_sales", "period": "2025-09"})
    assert found["period"][:2] == ("2025-01/2025-09", "2025")
    assert "2025-09" not in found["period"]  # the drafted reading is not offered again


def test_the_months_so_far_offer_their_last_month():
    text = "From January to September, China sold 11.2 million NEVs."
    found = _choices(text, "11.2 million", {"metric": "nev_sales", "period": "2025-01/2025-09"})
    assert found["period"][0] == "2025-09"


def test_a_year_offers_the_year_before_and_the_period_of_the_row_before():
    text = "Sales rose to 3.1 million units. Exports reached 600,000 units."
    found = _choices(text, "600,000", {"metric": "vehicle_exports", "period": "2025"},
                     before=({"entity": "China", "metric": "vehicle_sales", "period": "2024-H1"},))
    assert "2024" in found["period"] and "2024-H1" in found["period"]


def test_the_other_measure_and_kind_the_sentence_names_are_offered_for_the_metric():
    text = "Carmakers produced 2.9 million passenger cars and sold 2.8 million NEVs in the month."
    found = _choices(text, "2.9 million", {"metric": "nev_sales", "period": "2025-09"})
    assert "nev_production" in found["metric"]
    assert "passenger_car_sales" in found["metric"]


def test_the_kind_the_sentence_before_names_all_vehicles_a_value_and_a_goal_are_offered_for_the_metric():
    text = "Makers sold 900,000 NEVs in May. Exports were worth 30 billion yuan, up 18 percent."
    found = _choices(text, "18 percent", {"metric": "vehicle_exports_yoy_pct", "unit": "percent"})
    assert "nev_exports_yoy_pct" in found["metric"] and "vehicle_exports_cny_yoy_pct" in found["metric"]
    text = "The maker sold 900,000 NEVs in May. Its exports rose to 95,000 units."
    assert "vehicle_exports" in _choices(text, "95,000", {"metric": "nev_exports"})["metric"]
    text = "The city plans to sell 400,000 NEVs in 2027."
    found = _choices(text, "400,000", {"metric": "nev_sales", "status": "target"})
    assert "nev_sales_target" in found["metric"]
    found = _choices(text, "400,000", {"metric": "nev_sales_target", "status": "actual"})
    assert "nev_sales" in found["metric"]


def test_a_growth_offers_the_growth_of_the_row_before_and_the_other_base():
    text = "NEV exports rose 22 percent in the month."
    found = _choices(text, "22 percent", {"metric": "vehicle_exports_yoy_pct", "unit": "percent"},
                     before=({"entity": "China", "metric": "nev_exports", "period": "2025-09"},))
    assert "vehicle_exports_mom_pct" in found["metric"]
    assert "nev_exports_yoy_pct" in found["metric"]


def test_a_power_offers_the_class_its_sentence_or_the_paragraph_before_names():
    text = ("New energy commercial vehicles had a strong year.\n\n"
            "As for new energy passenger cars, makers produced 152,000 BEVs.")
    found = _choices(text, "152,000", {"metric": "bev_production"})
    assert found["metric"][:2] == ("bev_passenger_car_production", "bev_commercial_vehicle_production")


def test_the_kind_of_the_rows_before_is_offered():
    text = "Germany took 27,000 of them."
    found = _choices(text, "27,000", {"entity": "Germany", "metric": "nev_exports"},
                     before=({"entity": "China", "metric": "nev_passenger_car_exports", "period": "2021"},))
    assert "nev_passenger_car_exports" in found["metric"]


def test_domestic_sales_are_offered_as_their_own_measure():
    text = "Domestic sales of vehicles came to 2.4 million units."
    found = _choices(text, "2.4 million", {"metric": "vehicle_sales"})
    assert found["metric"][0] == "vehicle_domestic_sales"


def test_a_company_the_sentence_names_is_offered_for_the_entity():
    text = "BYD said it sold 400,000 vehicles in September, and Geely sold 270,000."
    found = _choices(text, "270,000", {"entity": "BYD", "metric": "vehicle_sales"})
    assert "Geely" in found["entity"] and "BYD" not in found["entity"]


@pytest.mark.parametrize(
    ("sentence", "status", "offered"),
    [
        ("Sales are expected to reach 16 million units this year.", "actual", ("forecast",)),
        ("The city aims to have 20,000 charging piles by 2027.", "actual", ("target",)),
        ("Sales reached 16 million units last year.", "actual", ()),
        ("Sales will reach 16 million units.", "forecast", ("actual", "target")),
    ],
)
def test_a_status_is_offered_where_the_sentence_has_a_word_of_it(sentence, status, offered):
    stated = next(m.text for m in extract_mentions(sentence) if "million" in m.text or "," in m.text)
    assert _choices(sentence, stated, {"status": status})["status"] == offered


def test_each_list_is_short_and_the_cell_names_each_field():
    text = ("In 2023, 2024 and the first half of 2025, and in March, April, May and June, BYD, Geely, NIO, XPeng "
            "and Li Auto sold 1,000 cars.")
    found = _choices(text, "1,000", {"period": "2025-06", "metric": "vehicle_sales"})
    assert all(len(values) <= LIMIT for values in found.values())
    cell = choices_cell({"period": ("2025", "2024"), "entity": (), "metric": ("nev_sales",)})
    assert cell == "period: 2025 | 2024; metric: nev_sales"
    assert choices_of(cell) == {"period": ("2025", "2024"), "metric": ("nev_sales",)}


def test_every_drafted_row_carries_its_choices(tmp_path):
    import shutil

    from nevreport.common import config

    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    text = "China's NEV sales rose 30 percent year on year to 1.2 million units in September 2025."
    proposals = [p for p in propose_rows("x_new.txt", text, data) if p.row]
    assert proposals and all(set(p.choices) == {"entity", "metric", "period", "status"} for p in proposals)
    level = next(p for p in proposals if p.row["stated"] == "1.2 million")
    assert level.row["period"] not in level.choices["period"] and level.choices["period"]
