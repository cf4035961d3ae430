"""The curated figures' checks: intervals follow the rule, and every kind of damage is named, on copies of the data."""

from __future__ import annotations

import csv
import datetime as dt
import math
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from nevreport.common.dates import period_bounds
from nevreport.common.errors import UserError
from nevreport.curate.load import load_figures, load_supplementary
from nevreport.curate.precision import figure_interval, step_of_value_text
from nevreport.curate.quotes import _number_position
from nevreport.curate.validate import validate_data_dir
from tests.conftest import ROOT, cli

DATA = ROOT / "data"
FIGURES = "data/figures.csv"

# --- helpers ------------------------------------------------------------------------------------------------


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A writable copy of the data folder (the articles are read-only in the repository)."""
    return Path(shutil.copytree(DATA, tmp_path / "data", copy_function=shutil.copyfile))


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def edit_figure(data: Path, figure_id: str, /, **cells: str) -> int:
    """Change cells of one figure; return its line number (header is line 1)."""
    header, rows = read_csv(data / "figures.csv")
    index = next(i for i, row in enumerate(rows) if row["figure_id"] == figure_id)
    rows[index].update(cells)
    write_csv(data / "figures.csv", header, rows)
    return index + 2


def edit_supplementary(data: Path, source_id: str, /, **cells: str) -> int:
    path = data / "external" / "supplementary_figures.csv"
    header, rows = read_csv(path)
    index = next(i for i, row in enumerate(rows) if row["source_id"] == source_id)
    rows[index].update(cells)
    write_csv(path, header, rows)
    return index + 2


def article_of(data: Path, figure_id: str) -> Path:
    _, rows = read_csv(data / "figures.csv")
    name = next(row["article"] for row in rows if row["figure_id"] == figure_id)
    return data / "raw" / "articles" / name


def manifest_line(data: Path, article: str) -> int:
    _, rows = read_csv(data / "raw" / "articles" / "SOURCES.csv")
    return next(i for i, row in enumerate(rows) if row["file"] == article) + 2


# --- the real data ------------------------------------------------------------------------------------------
















# --- the interval rule and period formats, on their own -----------------------------------------------------


def test_figure_interval_follows_the_rule():
    assert figure_interval(100, 10, "exact", "actual") == (95, 105)
    assert figure_interval(100, 10, "at_least", "forecast") == (100, math.inf)
    assert figure_interval(100, 10, "at_most", "actual") == (90, 100)
    assert figure_interval(100, 10, "approx", "actual") == (90, 110)
    assert figure_interval(100, 10, "at_least", "target") == (100, 100)
    with pytest.raises(ValueError, match="qualifier"):
        figure_interval(100, 10, "roughly", "actual")
    with pytest.raises(ValueError, match="status"):
        figure_interval(100, 10, "exact", "guess")


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("2023", "2023-01-01", "2023-12-31"),
        ("2024-H1", "2024-01-01", "2024-06-30"),
        ("2024-H2", "2024-07-01", "2024-12-31"),
        ("2024-Q1", "2024-01-01", "2024-03-31"),
        ("2021-Q4", "2021-10-01", "2021-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2021-03-02", "2021-03-02", "2021-03-02"),
        ("2023-01/2023-05", "2023-01-01", "2023-05-31"),
        ("2018/2023", "2018-01-01", "2023-12-31"),
    ],
)
def test_period_bounds(period, first, last):
    assert period_bounds(period) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize(
    "period", ["23", "2023-H3", "2023-Q5", "2023-Q0", "2023-13", "2023-02-30", "2023-05/2023-01", "2023 H1", ""]
)
def test_malformed_periods_are_refused(period):
    with pytest.raises(ValueError):
        period_bounds(period)


@pytest.mark.parametrize(
    ("text", "step"), [("632000", 1000), ("1286800", 100), ("6.609", 0.001), ("57800000000.0", 1e8), ("0", 1)]
)
def test_step_of_a_written_value_treats_trailing_zeros_as_rounding(text, step):
    assert step_of_value_text(text) == pytest.approx(step)


# --- a catalogue of damaged copies: each names the file, line, figure and what is wrong ---------------------

Corruption = Callable[[Path], tuple[str, int | None, str]]  # returns (file, line, item) the problem must name


def _figure(figure_id: str, /, **cells: str) -> Corruption:
    return lambda data: (FIGURES, edit_figure(data, figure_id, **cells), cells.get("figure_id", figure_id))


def _duplicate_id(data: Path):
    # Figures that no indicator uses, so renaming one is a single problem.
    return FIGURES, edit_figure(data, "jiading_autonomous_testing_companies", figure_id="jiading_rd_platforms"), \
        "jiading_rd_platforms"


def _catalogue_unknown_input(data: Path):
    catalogue = data / "indicators.yaml"
    text = catalogue.read_text(encoding="utf-8")
    broken = text.replace("china_nev_sales_2023,", "china_nev_sales_2023x,", 1)
    assert broken != text
    catalogue.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("china_nev_sales_2023x")].count("\n") + 1
    entry_line = max(i + 1 for i, text in enumerate(broken.splitlines()[:line]) if text.lstrip().startswith("- id:"))
    entry_id = broken.splitlines()[entry_line - 1].split("id:", 1)[1].strip()
    return "data/indicators.yaml", entry_line, entry_id


def _repeated_figure(data: Path):
    header, rows = read_csv(data / "figures.csv")
    index = next(i for i, row in enumerate(rows) if row["figure_id"] == "china_vehicle_exports_2022")
    rows.insert(index + 1, {**rows[index], "figure_id": "china_vehicle_exports_2022_again"})
    write_csv(data / "figures.csv", header, rows)
    return FIGURES, index + 3, "china_vehicle_exports_2022_again"


def _missing_column(data: Path):
    header, rows = read_csv(data / "figures.csv")
    write_csv(data / "figures.csv", [c for c in header if c != "period"],
              [{k: v for k, v in row.items() if k != "period"} for row in rows])
    return FIGURES, 1, ""


def _extra_cell(data: Path):
    lines = (data / "figures.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].rstrip("\n") + ",surplus\n"
    (data / "figures.csv").write_text("".join(lines), encoding="utf-8")
    return FIGURES, 4, lines[3].split(",")[0]


def _article_not_in_manifest(data: Path):
    return FIGURES, edit_figure(data, SALES_2023, article="005_unknown.txt"), SALES_2023


def _article_file_missing(data: Path):
    article = article_of(data, "nio_jiangsu_plants")
    article.unlink()
    return "data/raw/articles/SOURCES.csv", manifest_line(data, article.name), article.name


def _article_not_utf8(data: Path):
    article = article_of(data, "ciie4_auto_area_planned")
    text = article.read_text(encoding="utf-8")
    article.write_bytes(text.encode("cp1252"))
    return f"data/raw/articles/{article.name}", None, ""


def _article_not_listed(data: Path):
    (data / "raw" / "articles" / "005_new.txt").write_text("An article nobody listed.", encoding="utf-8")
    return "data/raw/articles/005_new.txt", None, "005_new.txt"


def _manifest_bad_date(data: Path):
    path = data / "raw" / "articles" / "SOURCES.csv"
    header, rows = read_csv(path)
    rows[0]["published"] = "03/03/2021"
    write_csv(path, header, rows)
    return "data/raw/articles/SOURCES.csv", 2, rows[0]["file"]


def _figures_not_utf8(data: Path):
    path = data / "figures.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    return FIGURES, None, ""


def _figures_missing(data: Path):
    (data / "figures.csv").unlink()
    return FIGURES, None, ""


def _supplementary(source_id: str, /, **cells: str) -> Corruption:
    return lambda data: ("data/external/supplementary_figures.csv", edit_supplementary(data, source_id, **cells),
                         cells.get("source_id", source_id))


SALES_2023 = "china_nev_sales_2023"
CATALOGUE: list[tuple[str, Corruption, str]] = [
    ("quote not in article", _figure(SALES_2023, quote="China’s NEV sales reached 9.6 million units"),
     "the quote is not found word for word in 003_"),
    ("quote with straight apostrophe", _figure(SALES_2023, quote="China's NEV sales reached 9.5 million"),
     "differs only in quote marks"),
    ("stated not in quote", _figure(SALES_2023, stated="9.6 million"),
     "stated '9.6 million' is not in the quote"),
    ("stated holds two numbers", _figure("shanghai_nev_output_value_target_2025_cny",
                                         stated="350 billion yuan (US$54.2 billion)"),
     "2 numbers are read from"),
    ("wrong value", _figure("china_vehicle_exports_2023_jan_may", value="1785000"),
     "value 1785000 does not match stated '1.758 million', which is 1758000"),
    ("wrong scale", _figure("china_vehicle_exports_2023_jan_may", value="1.758"), "scale word"),
    ("percent given as a fraction", _figure("china_nev_market_share_2024_h1", value="0.352"),
     "does not match stated '35.2-percent', which is 35.2"),
    ("negative value without a fall", _figure("china_nev_sales_2024_h1_yoy", value="-32"),
     "is negative but the quote does not say"),
    ("qualifier contradicts over", _figure("china_vehicle_exports_2022", qualifier="exact"),
     "the quote says 'exported over 3 million', which means at_least, but qualifier is exact"),
    ("qualifier contradicts nearly", _figure("ciie1_6_new_products", qualifier="approx"),
     "which means at_most, but qualifier is approx"),
    ("hedged with no hedge word", _figure(SALES_2023, qualifier="at_least"),
     "no hedge word"),
    ("unknown qualifier", _figure(SALES_2023, qualifier="roughly"),
     "qualifier 'roughly' is not in the vocabulary"),
    ("unknown unit", _figure(SALES_2023, unit="cars"), "unit 'cars' is not in the vocabulary"),
    ("unit contradicts percent", _figure("china_nev_sales_2024_h1_yoy", unit="vehicles"),
     "which the text marks as percent"),
    ("unknown status", _figure("china_nev_sales_2024_forecast", status="estimate"),
     "status 'estimate' is not in the vocabulary"),
    ("bad period", _figure(SALES_2023, period="2023-13"), "period '2023-13' cannot be read"),
    ("half year out of range", _figure("china_nev_sales_2024_h1", period="2024-H3"), "period '2024-H3'"),
    ("period ends before it starts", _figure("china_vehicle_exports_2023_jan_may", period="2023-05/2023-01"),
     "ends before it starts"),
    ("duplicate id", _duplicate_id, "figure_id 'jiading_rd_platforms' is used again (first on line"),
    ("id with capitals and spaces", _figure(SALES_2023, figure_id="China NEV sales"),
     "may only hold lowercase letters"),
    ("same figure twice", _repeated_figure, "this figure is already recorded on line"),
    ("article not in manifest", _article_not_in_manifest, "article '005_unknown.txt' is neither"),
    ("article file missing", _article_file_missing, "does not exist"),
    ("article not UTF-8", _article_not_utf8, "the article is not UTF-8 text"),
    ("article not listed", _article_not_listed, "this article is not listed in SOURCES.csv"),
    ("manifest date not ISO", _manifest_bad_date, "published '03/03/2021' is not a date"),
    ("empty field", _figure(SALES_2023, entity=""), "'entity' is empty"),
    ("empty value", _figure(SALES_2023, value=" "), "'value' is empty"),
    ("missing column", _missing_column, "column 'period' is missing from the header"),
    ("extra cell", _extra_cell, "this row has 14 cells but the header has 13"),
    ("non-numeric value", _figure(SALES_2023, value="9.5 million"), "value '9.5 million' is not a number"),
    ("formula cell never evaluated", _figure(SALES_2023, value="=1+1"),
     "value '=1+1' is not a number (it looks like a spreadsheet formula"),
    ("infinite value", _figure("china_vehicle_exports_2022", value="inf"), "value 'inf' is not a number"),
    ("figures not UTF-8", _figures_not_utf8, "the figures table is not UTF-8 text"),
    ("figures missing", _figures_missing, "the figures table is missing"),
    ("supplementary duplicate id", _supplementary("ext_nev_sales_china_2021", source_id="ext_nev_sales_china_2020"),
     "source_id 'ext_nev_sales_china_2020' is used again"),
    ("supplementary bad published", _supplementary("ext_nev_sales_china_2023", published="12 Jan 2024"),
     "published '12 Jan 2024' is not a date"),
    ("supplementary unknown confidence", _supplementary("ext_nev_sales_china_2023", confidence="certain"),
     "confidence 'certain' is not in the vocabulary"),
    ("supplementary bad period", _supplementary("ext_nev_sales_china_2023", period="FY2023"), "period 'FY2023'"),
    ("catalogue names a missing figure", _catalogue_unknown_input, "input 'china_nev_sales_2023x'"),
    ("supplementary formula", _supplementary("ext_nev_sales_china_2023", value="=A1*1000"), "is not a number"),
]


@pytest.mark.parametrize(
    ("corrupt", "message"), [(c, m) for _, c, m in CATALOGUE], ids=[name for name, _, _ in CATALOGUE]
)
def test_each_kind_of_damage_is_reported_once_where_it_is(data, corrupt, message):
    file, line, item = corrupt(data)
    problems, summary = validate_data_dir(data)
    assert len(problems) == 1, "\n".join(map(str, problems))
    problem = problems[0]
    assert (problem.file, problem.row, problem.item) == (file, line, item)
    assert message in problem.message
    assert problem.fix
    assert summary.endswith("1 problem(s).")


def test_load_figures_refuses_damaged_data_with_every_problem(data):
    edit_figure(data, "china_nev_sales_2023", value="=1+1")
    edit_figure(data, "china_vehicle_exports_2022", qualifier="exact")
    with pytest.raises(UserError) as caught:
        load_figures(data)
    assert {p.item for p in caught.value.problems} == {"china_nev_sales_2023", "china_vehicle_exports_2022"}
    unchecked = load_figures(data, check=False).set_index("figure_id")
    assert math.isnan(unchecked.loc["china_nev_sales_2023", "value"])
    assert math.isnan(unchecked.loc["china_nev_sales_2023", "low"])


def test_a_bom_and_windows_line_endings_are_accepted(data):
    for path in (data / "figures.csv", data / "raw" / "articles" / "SOURCES.csv",
                 data / "external" / "supplementary_figures.csv"):
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    problems, _ = validate_data_dir(data)
    assert problems == []
    original = load_figures(DATA)
    assert load_figures(data).drop(columns="published").equals(original.drop(columns="published"))
    assert load_supplementary(data)["source_id"].tolist() == load_supplementary(DATA)["source_id"].tolist()


def test_a_new_article_with_its_figures_passes(data):
    article = "005_new.txt"
    text = "In 2024 some 2000 companies worked in the district, while exports fell 3.5 percent.\n"
    (data / "raw" / "articles" / article).write_text(text, encoding="utf-8")
    manifest = data / "raw" / "articles" / "SOURCES.csv"
    header, rows = read_csv(manifest)
    write_csv(manifest, header, [*rows, {**rows[0], "file": article, "published": "2025-01-02"}])
    header, rows = read_csv(data / "figures.csv")
    base = {**rows[0], "article": article, "status": "actual", "entity": "Jiading", "period": "2024"}
    companies = {"figure_id": "companies", "quote": "some 2000 companies worked", "stated": "2000",
                 "value": "2000", "unit": "companies", "qualifier": "approx", "metric": "companies"}
    fall = {"figure_id": "exports_fall", "quote": "exports fell 3.5 percent", "stated": "3.5 percent",
            "value": "-3.5", "unit": "percent", "qualifier": "exact", "metric": "exports_yoy_pct"}
    write_csv(data / "figures.csv", header, [*rows, {**base, **companies}, {**base, **fall}])
    with (data / "metrics.csv").open("a", encoding="utf-8") as handle:
        handle.write("companies,jiading,Companies\nexports_yoy_pct,exports,\"Exports, growth\"\n")
    problems, _ = validate_data_dir(data)
    assert problems == []
    new = load_figures(data).set_index("figure_id")
    # alone "2000" reads as a year; in the quote "2000 companies" is a count; one significant digit is read
    # as rounded to its second digit (step 100), and "about" widens by one step: 1,900 to 2,100
    assert (new.loc["companies", "low"], new.loc["companies", "high"]) == (1900, 2100)
    assert (new.loc["exports_fall", "low"], new.loc["exports_fall", "high"]) == (
        pytest.approx(-3.55), pytest.approx(-3.45))
    assert new.loc["exports_fall", "published"] == dt.date(2025, 1, 2)


def test_a_missing_data_folder_is_a_problem_not_a_crash(tmp_path):
    problems, _ = validate_data_dir(tmp_path / "nowhere")
    assert len(problems) == 1 and "does not exist" in problems[0].message


# --- the command line ---------------------------------------------------------------------------------------




def test_cli_validate_names_the_line_and_figure_without_a_traceback(data):
    line = edit_figure(data, "china_vehicle_exports_2022", value="=1+1")
    result = cli("validate", "--data-dir", str(data))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"data/figures.csv:{line} [china_vehicle_exports_2022]" in result.stderr
    assert "=1+1" in result.stderr


def test_cli_validate_on_an_unreadable_folder_exits_1_without_a_traceback(data):
    (data / "figures.csv").write_bytes(b"figure_id,article\n\xff\xfe broken\n")
    result = cli("validate", "--data-dir", str(data))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "not UTF-8" in result.stderr



@pytest.mark.parametrize(("step", "value", "status", "precision", "expected"), [
    (1_000_000, 4_000_000, "actual", "", 100_000),   # "4 million": 3.95 to 4.05 million, not 3.5 to 4.5
    (10, 60, "actual", "", 1),                       # "60 percent": one significant digit, read to the unit
    (100, 200, "actual", "", 10),                    # "about 200": 190 to 210
    (100_000, 9_500_000, "actual", "", 100_000),     # "9.5 million": two digits stated, unchanged
    (10, 160, "actual", "", 10),                     # "160 percent": 155 to 165
    (1, 4, "actual", "", 1),                         # "4" has no trailing zero to read as rounding
    (1_000_000, 4_000_000, "forecast", "", 0),       # a forecast is the number the forecaster named
    (100, 100, "actual", "exact", 0),                # "100 [of 104 tasks] implemented" is a count
    (1_000_000, 4_000_000, "actual", "500000", 500_000),  # a row may set its own step
])
def test_precision_rule_reads_how_a_number_is_written(step, value, status, precision, expected):
    from nevreport.curate.precision import reading_step

    assert reading_step(step, value, status, precision) == expected




@pytest.mark.parametrize(
    ("quote", "stated", "position"),
    [
        ("Two major ports shipped 1.66 million cars", "Two", 0),
        ("1.8 percent of the province's cars are NEVs", "1.8 percent", 0),
        ("exports rose 4 percent to 457,000 units", "4 percent", 13),
        ("exports reached 457,000 units", "4", -1),
        ("sales were 14.5 million", "4.5 million", -1),
    ],
)
def test_a_stated_number_is_found_as_a_whole_number_even_where_the_quote_opens_with_it(quote, stated, position):
    from nevreport.curate.quotes import _number_position

    assert _number_position(quote, stated) == position


def test_a_number_a_quote_writes_twice_is_the_one_that_reads_as_stated():
    from nevreport.curate.quotes import stated_position
    from nevreport.ingest.extract import mentions_in

    quote = "rising from a band of 82,300-86,900 yuan/mt on Monday to 86,900-90,400 yuan/mt on Friday"
    mentions = mentions_in(quote, 0, len(quote))
    assert stated_position(quote, "86,900", mentions) == quote.index("86,900-90,400")  # the low end of the second
    assert stated_position(quote, "86,900 yuan", mentions) == quote.index("86,900 yuan")
    assert stated_position(quote, "82,300", mentions) == quote.index("82,300")


def test_a_number_joined_to_its_unit_of_energy_stands_in_its_quote():
    assert _number_position("capacity was 301.3GWh, up", "301.3") == len("capacity was ")
    assert _number_position("a 52.5kWh pack and 480kW chargers", "480") == len("a 52.5kWh pack and ")
    assert _number_position("457,000 cars", "4") == -1  # a digit inside a number is not the number
    assert _number_position("model 301X sold", "301") == -1  # nor are digits inside a word
