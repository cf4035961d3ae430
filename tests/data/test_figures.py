"""The curated figures as they stand: every table passes, the key figures are there, intervals worked by hand."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from nevreport.common.vocabulary import KINDS, QUALIFIERS, STATUSES, UNITS
from nevreport.curate.load import load_figures, load_sources, load_supplementary
from nevreport.curate.schema import (
    FIGURE_COLUMNS,
    PUBLISHER_COLUMNS,
    SOURCE_COLUMNS,
    SUPPLEMENTARY_COLUMNS,
    SUPPLEMENTARY_OPTIONAL,
)
from nevreport.curate.validate import validate_data_dir
from tests.conftest import ROOT, cli
from tests.unit.curate.test_figures import read_csv

DATA = ROOT / "data"

KEY_FIGURE_IDS = """
china_vehicle_exports_2022 china_vehicle_exports_2023_jan_may china_vehicle_exports_2023_jan_may_yoy
china_nev_exports_2023_jan_may china_nev_exports_2023_jan_may_yoy china_vehicle_exports_2023_forecast
china_nev_sales_2023 china_nev_global_share_2023 china_nev_sales_2024_h1 china_nev_sales_2024_h1_yoy
china_nev_market_share_2024_h1 china_nev_sales_2024_forecast shanghai_nev_production_target_2025
shanghai_nev_output_value_target_2025_cny shanghai_nev_output_value_target_2025_usd
jiading_auto_sector_output_2023_cny jiading_auto_sector_output_2023_usd ciie4_auto_area_planned
ciie4_auto_area_signed_share ciie7_total_area ciie7_business_area ciie7_business_exhibitors
ciie1_6_intended_turnover_usd ciie1_6_new_products jiading_autonomous_vehicles
""".split()


# --- helpers ------------------------------------------------------------------------------------------------


def test_real_data_passes_validation():
    problems, summary = validate_data_dir(DATA)
    assert problems == []
    _, rows = read_csv(DATA / "figures.csv")
    assert summary.startswith(f"validate: {len(rows)} figures from 5 articles and ")
    assert summary.endswith("no problems.")


def test_every_key_figure_is_present_once():
    figures = load_figures(DATA)
    assert figures["figure_id"].is_unique
    assert set(KEY_FIGURE_IDS) <= set(figures["figure_id"])


def test_figures_are_sorted_by_article_then_position():
    figures = load_figures(DATA)
    folder = DATA / "raw" / "articles"
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in figures["article"]}
    positions = [
        (row.article, texts[row.article].find(row.quote) + row.quote.find(row.stated))
        for row in figures.itertuples()
    ]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("figure_id", "low", "high"),
    [
        ("china_vehicle_exports_2023_jan_may", 1_757_000, 1_759_000),  # "some 1.758 million": +/- 1000
        ("china_nev_sales_2023", 9_450_000, 9_550_000),  # "9.5 million": +/- half of 100000
        ("china_vehicle_exports_2022", 3_000_000, math.inf),  # "over 3 million"
        ("ciie1_6_new_products", 2_400, 2_500),  # "nearly 2,500": the hundreds are rounding
        ("china_vehicle_exports_2023_jan_may_yoy", 81.45, 81.55),  # "81.5 percent"
        ("shanghai_nev_production_target_2025", 1_200_000, 1_200_000),  # a goal is a threshold
    ],
)
def test_intervals_worked_by_hand(figure_id, low, high):
    row = load_figures(DATA).set_index("figure_id").loc[figure_id]
    assert (row["low"], row["high"]) == (pytest.approx(low), pytest.approx(high))


def test_figures_carry_their_article_provenance():
    figures = load_figures(DATA)
    sources = load_sources(DATA).set_index("file")
    for row in figures.itertuples():
        assert row.published == sources.loc[row.article, "published"]
        assert row.publisher == sources.loc[row.article, "publisher"]
        assert row.url.startswith("http")
    assert all(isinstance(day, dt.date) for day in figures["published"])


def test_supplementary_table_loads_with_ids_dates_and_intervals():
    supplementary = load_supplementary(DATA)
    assert list(supplementary.columns[: len(SUPPLEMENTARY_COLUMNS)]) == list(SUPPLEMENTARY_COLUMNS)
    assert supplementary["source_id"].is_unique
    assert all(isinstance(day, dt.date) for day in supplementary["published"])
    assert (supplementary["low"] <= supplementary["value"]).all()
    assert (supplementary["value"] <= supplementary["high"]).all()
    # two sources disagree on Shanghai's 2021 output: both are kept, under their own ids
    shanghai_2021 = supplementary[(supplementary["metric"] == "nev_production") & (supplementary["period"] == "2021")]
    assert len(shanghai_2021) == 2 and shanghai_2021["value"].nunique() == 2


def test_dictionary_documents_every_column_and_vocabulary_word():
    dictionary = (DATA / "DICTIONARY.md").read_text(encoding="utf-8")
    indicator_columns = "indicator_id label value low high unit period formula inputs reason".split()
    words = [*FIGURE_COLUMNS, *SUPPLEMENTARY_COLUMNS, *SUPPLEMENTARY_OPTIONAL, *SOURCE_COLUMNS, *PUBLISHER_COLUMNS,
             *indicator_columns, *KINDS, *UNITS, *QUALIFIERS, *STATUSES, "cny_per_usd", "publishers.csv"]
    missing = [word for word in words if f"`{word}`" not in dictionary]
    assert missing == []


def test_cli_validate_passes_on_the_real_data():
    result = cli("validate", "--data-dir", str(DATA))
    assert result.returncode == 0, result.stderr
    assert "no problems" in result.stdout


def test_precision_column_sets_the_interval_of_real_rows():
    figures = load_figures().set_index("figure_id")
    tasks = figures.loc["shanghai_hongqiao_hub_key_tasks_implemented"]
    assert (tasks["low"], tasks["high"]) == (100, 100), "not 50 to 150"
    years = figures.loc["china_vehicle_exports_growth_outlook_years"]
    assert (years["low"], years["high"]) == (10, 10), "not 5 to 15"
    forecast = figures.loc["china_vehicle_exports_2023_forecast"]
    assert (forecast["low"], forecast["high"]) == (4_000_000, 4_000_000)
    saic = figures.loc["saic_motor_yrd_subsidiaries"]  # "around 200"
    assert (saic["low"], saic["high"]) == (190, 210)
