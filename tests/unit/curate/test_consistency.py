"""Data that reads as valid but would show a wrong number or text: each is refused by validate, with its row."""

from __future__ import annotations

import pytest

from nevreport.curate.consistency import date_problems
from nevreport.curate.validate import validate_data_dir
from tests.conftest import cli
from tests.edits import overwrite, read_rows, set_cell, write_rows


def problems_of(data) -> str:
    problems, _ = validate_data_dir(data)
    return "\n".join(str(p) for p in problems)


def replace_in(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    overwrite(path, text.replace(old, new, 1).encode("utf-8"))


def add_supplementary(data, **cells: str) -> None:
    path = data / "external" / "supplementary_figures.csv"
    header, rows = read_rows(path)
    write_rows(path, header, [*rows, {**rows[-1], **cells}])


def test_an_indicator_with_a_figures_id_is_refused(project_copy):
    data = project_copy / "data"
    replace_in(data / "indicators.yaml", "id: shanghai_nev_production_cagr_2020_2023", "id: china_nev_sales_2023")
    found = problems_of(data)
    assert "data/indicators.yaml:" in found and "[china_nev_sales_2023]: the id is already a figure's" in found


def test_a_supplementary_row_with_a_figures_id_is_refused(project_copy):
    data = project_copy / "data"
    add_supplementary(data, source_id="china_nev_sales_2023", value="100")
    found = problems_of(data)
    assert "supplementary_figures.csv:" in found and "[china_nev_sales_2023]: the id is already a figure's" in found


def test_a_reserved_name_is_refused_as_an_id(project_copy):
    data = project_copy / "data"
    replace_in(data / "figures.csv", "\nchina_nev_sales_2023,", "\ngoal,")
    assert "data/figures.csv:39 [goal]: 'goal' is reserved" in problems_of(data)


def test_an_actual_figure_for_a_period_after_its_article_is_refused(project_copy):
    data = project_copy / "data"
    line = set_cell(data, "china_nev_sales_2023", period="2025")
    assert (f"data/figures.csv:{line} [china_nev_sales_2023]: an actual figure for 2025, which starts after its "
            "article was published (2024-07-25)") in problems_of(data)


def test_a_target_for_a_period_over_before_its_article_is_refused(project_copy):
    data = project_copy / "data"
    line = set_cell(data, "shanghai_nev_production_target_2025", period="2019")
    assert f"data/figures.csv:{line} [shanghai_nev_production_target_2025]: a target for 2019, which had ended" \
        in problems_of(data)


def test_a_goal_or_an_earlier_outlook_told_after_its_period_keeps_its_status():
    def dated(status: str, period: str, quote: str, published: str) -> list[str]:
        row = {"figure_id": "zeta_figure", "article": "9_zeta.txt", "status": status, "period": period, "quote": quote}
        return [p.message for p in date_problems([(2, row)], [(2, {"file": "9_zeta.txt", "published": published})], {})]

    # a goal missed or beaten, analysts' estimates and a company's guidance of a quarter reported: what was aimed
    # at or expected, not what happened
    assert dated("target", "2024", "surpassing its annual target of 3.6 million", "2025-01-03") == []
    assert dated("target", "2025", "Zeta missed its 2025 goal of 500,000 cars", "2026-01-02") == []
    assert dated("forecast", "2025-Q1", "short of the RMB 10.2 billion forecast by analysts", "2025-06-03") == []
    assert dated("forecast", "2025-Q3", "within its guidance range of 51,000 to 54,000 units", "2025-11-20") == []
    # an outlook its quote does not tell as made before, and a goal whose quote names another year, are mistakes
    assert dated("forecast", "2024", "Sales will reach 3.6 million", "2025-01-03") == [
        "a forecast for 2024, which had ended when its article was published (2025-01-03), and its quote has no "
        "word of a forecast"]
    assert len(dated("target", "2019", "It aims to produce 1.2 million NEVs by 2025", "2024-07-25")) == 1


def test_a_published_date_that_disagrees_with_the_article_is_refused(project_copy):
    data = project_copy / "data"
    replace_in(data / "raw" / "articles" / "SOURCES.csv", "2024-07-25", "2032-07-25")
    found = problems_of(data)
    assert "SOURCES.csv:" in found and "published is 2032-07-25, but the article prints 2024-07-25" in found


@pytest.mark.parametrize("column, text", [("entity", "\u0421hina"), ("metric", "nev_s\u0430les")])
def test_a_lookalike_letter_from_another_script_is_refused(project_copy, column, text):
    data = project_copy / "data"
    line = set_cell(data, "china_nev_sales_2023", **{column: text})
    found = problems_of(data)
    assert f"data/figures.csv:{line} [china_nev_sales_2023]: {column} '{text}' mixes letters of different " \
           "scripts" in found
    assert "CYRILLIC" in found


def test_a_share_over_100_percent_is_refused(project_copy):
    data = project_copy / "data"
    line = set_cell(data, "china_nev_global_share_2023", value="160")
    assert f"data/figures.csv:{line} [china_nev_global_share_2023]: value 160 is a share in percent" \
        in problems_of(data)


@pytest.mark.parametrize("old, new, words", [
    ("unit: percent\n    function: share_pct", "unit: usd\n    function: share_pct",
     "unit 'usd' does not fit share_pct"),
    ("args: {years: 3}", "args: {years: 0.001}", "args: {years: 0.001} is not a whole number of years"),
    ("period: 2020/2023", "period: 2023-13", "period '2023-13' cannot be read"),
    ("period: 2020/2023", "period: \"{latest}}\"", "has a brace that is not part of {latest} or {goal}"),
])
def test_a_catalogue_entry_with_a_wrong_unit_period_or_years_is_named(project_copy, old, new, words):
    data = project_copy / "data"
    replace_in(data / "indicators.yaml", old, new)
    result = cli("validate", "--data-dir", str(data))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/indicators.yaml:" in result.stderr and words in result.stderr
