"""The whole pipeline, as a user runs it: every parameter set built in a copy of the project, then its output read.

The build is the one shared by the whole test run (tests/conftest.py); a test that builds again or changes
data works in its own copy of it.
"""

from __future__ import annotations

import csv
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from nevreport.common import numbers
from tests.conftest import EDITION_AGAIN, PARAMETER_SETS, cli, layout_of, run_cli, tree_digest

pytestmark = pytest.mark.slow
KEY_NUMBERS = {"nev_share_of_vehicle_exports_2023_jan_may", "nev_sales_yoy_2024_forecast",
               "shanghai_nev_target_progress", "vehicle_exports_2022_jan_may_implied", "nev_sales_2023_h1_implied"}


def indicators(root: Path, name: str) -> list[dict]:
    with (root / "reports" / name / "indicators.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_every_parameter_set_is_built(built):
    for name in PARAMETER_SETS:
        folder = built / "reports" / name
        for output in ("report.html", "report.pdf", "indicators.csv", "figures.csv"):
            assert (folder / output).stat().st_size > 0, f"{name}/{output}"
    index = (built / "reports" / "index.html").read_text(encoding="utf-8")
    for name in PARAMETER_SETS:
        assert f'href="{name}/report.html"' in index
    # each key value in the index links to its entry in that edition's appendix
    assert 'href="latest/report.html#ind-shanghai_nev_target_progress"' in index
    assert 'href="as-of-2021/report.html#ind-nev_share_of_vehicle_exports_2023_jan_may"' not in index
    # the 2021 edition leaves the label of an indicator it cannot compute empty; the row still has its name
    assert "<th scope=row>NEV share of China&#39;s vehicle exports, Jan-May 2023</th>" in index


def test_indicators_csv_has_the_required_columns_and_only_known_inputs(built):
    rows = indicators(built, "latest")
    assert {"indicator_id", "label", "value", "low", "high", "unit", "period", "formula", "inputs"} <= set(rows[0])
    figure_ids = {r["figure_id"] for r in csv.DictReader((built / "data" / "figures.csv").open(encoding="utf-8-sig"))}
    supplementary = {r["source_id"] for r in csv.DictReader((built / "data" / "external" / "supplementary_figures.csv")
                                                       .open(encoding="utf-8-sig"))}
    for row in rows:
        for key in filter(None, row["inputs"].split(";")):
            assert key in figure_ids | supplementary | {r["indicator_id"] for r in rows}, (row["indicator_id"], key)


def test_vintages_only_use_what_was_published(built):
    early = {r["indicator_id"]: r for r in indicators(built, "as-of-2021")}
    # published 2023-07-21, so unknown at the end of 2021: even its id, which names its period, is left out
    assert "nev_share_of_vehicle_exports_2023_jan_may" not in early
    assert not [key for key, row in early.items() if row["reason"].startswith("inputs not yet published")]
    later = {r["indicator_id"]: r for r in indicators(built, "as-of-2023")}
    assert later["nev_share_of_vehicle_exports_2023_jan_may"]["value"] != ""
    figures = (built / "reports" / "as-of-2021" / "figures.csv").read_text(encoding="utf-8")
    assert "china_nev_sales_2023" not in figures and "shanghai_nev_production_target_2025" in figures


def test_the_pdf_states_the_key_numbers_exactly_as_computed(built):
    text = pdf_text(built / "reports" / "latest" / "report.pdf")
    flat = re.sub(r"\s+", " ", text)
    rows = {row["indicator_id"]: row for row in indicators(built, "latest") if row["indicator_id"] in KEY_NUMBERS}
    assert set(rows) == KEY_NUMBERS and all(row["value"] for row in rows.values()), "every key number is computed"
    for key, row in rows.items():
        shown = numbers.format_value(float(row["value"]), row["unit"])
        assert shown in flat, f"{key}: {shown} not in the PDF"
    assert "Page 2 of" in flat


class _Prose(HTMLParser):
    """Collects the text of class="prose" blocks that is not inside a data link or a period."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # inside a prose block
        self.linked = 0  # inside a link or span that comes from data
        self.stack: list[tuple[bool, bool]] = []
        self.loose: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        prose = "prose" in classes
        data = tag in ("a", "span") and bool({"figref", "extref", "indref", "period", "param"} & set(classes))
        self.stack.append((prose, data))
        self.depth += prose
        self.linked += data

    def handle_endtag(self, tag):
        if self.stack:
            prose, data = self.stack.pop()
            self.depth -= prose
            self.linked -= data

    def handle_data(self, data):
        if self.depth and not self.linked:
            self.loose.append(data)


@pytest.mark.parametrize("name", PARAMETER_SETS)
def test_every_number_in_the_prose_comes_from_data(built, name):
    parser = _Prose()
    parser.feed((built / "reports" / name / "report.html").read_text(encoding="utf-8"))
    loose = " ".join(parser.loose)
    assert loose.strip(), "the report has prose"
    typed = re.findall(r".{0,30}\d.{0,30}", loose)
    assert not typed, f"numbers typed into prose: {typed[:3]}"


@pytest.mark.parametrize("name", PARAMETER_SETS)
def test_html_loads_nothing_from_outside(built, name):
    page = (built / "reports" / name / "report.html").read_text(encoding="utf-8")
    for attribute in re.findall(r'<(?:script|img|link|iframe|source|video|audio)\b[^>]*>', page, flags=re.I):
        assert not re.search(r'(?:src|href)\s*=\s*["\']?(?:https?:)?//', attribute, flags=re.I), attribute
    assert "@import" not in page and "url(http" not in page


def test_every_figure_link_has_its_appendix_entry(built):
    page = (built / "reports" / "latest" / "report.html").read_text(encoding="utf-8")
    targets = set(re.findall(r'href="#((?:fig|ext|ind)-[a-z0-9_]+)"', page))
    anchors = set(re.findall(r'id="((?:fig|ext|ind)-[a-z0-9_]+)"', page))
    assert targets and targets <= anchors, sorted(targets - anchors)[:5]


def test_nothing_changed_means_nothing_rebuilt(copy_built):
    def written() -> dict[Path, int]:  # reports/.lock names whichever build last ran; nothing else may change
        files = (p for p in (copy_built / "reports").rglob("*") if p.is_file() and p.name != ".lock")
        return {p: p.stat().st_mtime_ns for p in files}

    before = written()
    result = cli("build", root=copy_built)  # fails the test if it starts a kernel
    assert result.returncode == 0, result.stderr
    assert f"nothing to do: {len(PARAMETER_SETS)} report(s) up to date" in result.stdout
    assert all(f"[{name}] up to date" in result.stdout for name in PARAMETER_SETS)
    assert written() == before


def test_two_builds_give_identical_html_and_csv(built, built_again):
    """Two builds from scratch, in different folders and processes, give the same bytes."""
    for name in ("report.html", "indicators.csv", "figures.csv", "external_figures.csv"):
        first = (built / "reports" / EDITION_AGAIN / name).read_bytes()
        assert (built_again / "reports" / EDITION_AGAIN / name).read_bytes() == first, name


def test_a_changed_2024_figure_rebuilds_only_the_editions_that_know_it(copy_built, monkeypatch):
    from nevreport.publish import build

    figures = copy_built / "data" / "figures.csv"
    rows = list(csv.DictReader(figures.read_text(encoding="utf-8").splitlines()))
    (row,) = [row for row in rows if row["figure_id"] == "china_nev_sales_2024_forecast"]
    row["note"] = (row["note"] + " Reviewed again.").strip()
    with figures.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    rebuilt = []

    def record(ps, layout, print_, owner=None, neighbours=None):  # stands in for executing the notebooks
        rebuilt.append(ps.name)
        return "ok", {"name": ps.name, "seconds": 0.0}

    monkeypatch.setattr(build, "_build_one_safely", record)
    monkeypatch.setattr(build, "ensure_kernel", lambda: None)
    assert build.build_reports(jobs=1, layout=layout_of(copy_built)) == 0
    # The figure's article was published in 2024: the 2021 and 2023 editions never saw it.
    assert rebuilt == ["as-of-2024", "latest"]


def test_a_later_article_reaches_latest_with_no_edit_of_params_or_notebooks(copy_built):
    """latest follows the data: an article dated after every other is in it at the next build, and the edition is
    dated by that article, as the newest publication on file. The report is cut to the preparation notebook and
    the chapter that lists the articles, so the edition builds quickly."""
    for chapter in (copy_built / "notebooks").glob("[1-9]*.ipynb"):
        if chapter.name != "10_findings.ipynb":
            chapter.unlink()
    untouched = {folder: tree_digest(copy_built / folder) for folder in ("params", "notebooks")}
    articles = copy_built / "data" / "raw" / "articles"
    (articles / "005_later.txt").write_text("Jiading carmakers meet\n\nCarmakers in Jiading met on Monday to "
                                            "talk about new-energy vehicles.\n", encoding="utf-8")
    with (articles / "SOURCES.csv").open("a", encoding="utf-8") as manifest:
        manifest.write("005_later.txt,Shanghai Daily,Jiading carmakers meet,https://www.shine.cn/biz/auto/"
                       "2701150001/,2027-01-15,date line in the text,yes\n")
    ran = run_cli("build", "latest", root=copy_built)
    assert ran.returncode == 0, ran.stderr
    latest = copy_built / "reports" / "latest"
    assert json.loads((latest / "meta.json").read_text(encoding="utf-8"))["as_of"] == "2027-01-15"
    html = (latest / "report.html").read_text(encoding="utf-8")
    assert "Jiading carmakers meet" in html and "2027-01-15, the newest publication date on file" in html
    assert "as of 2027-01-15, the newest publication date on file" in (copy_built / "reports" / "index.html"
                                                                       ).read_text(encoding="utf-8")
    # The vintages keep their dates and never see it.
    assert "Jiading carmakers meet" not in (copy_built / "reports" / "as-of-2024" / "report.html").read_text(
        encoding="utf-8")
    assert {folder: tree_digest(copy_built / folder) for folder in untouched} == untouched


def test_no_edition_names_a_figure_or_date_published_after_its_as_of_date(built):
    from nevreport.curate.load import load_figures, load_supplementary

    data = built / "data"
    published = [(r["figure_id"], r["published"]) for r in load_figures(data).to_dict("records")]
    published += [(r["source_id"], r["published"]) for r in load_supplementary(data).to_dict("records")]
    from nevreport.pipeline import compute_indicators

    checked = 0
    for name in PARAMETER_SETS:
        as_of = json.loads((built / "reports" / name / "meta.json").read_text(encoding="utf-8"))["as_of"]
        later = {key for key, day in published if day.isoformat() > as_of}
        dates = {day.isoformat() for _, day in published if day.isoformat() > as_of}
        computed = compute_indicators(as_of, data)
        later |= set(computed.loc[computed["reason"].fillna("").str.startswith("inputs not yet published"),
                                  "indicator_id"])
        folder = built / "reports" / name
        outputs = ["indicators.csv", "figures.csv", "external_figures.csv", "report.html"]
        outputs += [f"notebooks/{path.name}" for path in sorted((folder / "notebooks").glob("*.ipynb"))]
        with zipfile.ZipFile(folder / "data.zip") as archive:
            readme = archive.read("README.txt").decode("utf-8")  # its examples are the edition's own rows
        for output in [*outputs, "data.zip"]:
            text = readme if output == "data.zip" else (folder / output).read_text(encoding="utf-8")
            named = set(re.findall(r"[a-z0-9_]+", text)) & later
            assert named == set(), f"{name}/{output} names later figures: {sorted(named)}"
            assert [d for d in sorted(dates) if d in text] == [], f"{name}/{output} names later dates"
        checked += len(later)
    assert checked > 100  # the early editions have many later figures to keep quiet about
