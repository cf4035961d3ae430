"""`nevreport propose` on articles it was not written for, and the whole loop of adding one to the report.

The three articles of tests/fixtures/new_articles are not in the corpus; expected.csv holds the row a careful
reviewer writes for each of their numbers (benchmarks/bench_propose.py measures the same, for `make bench`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import sys
from pathlib import Path

import pytest

from nevreport.common import config
from nevreport.curate.schema import FIGURE_COLUMNS
from nevreport.ingest.extract import extract_mentions
from nevreport.ingest.reading import metric_label, read_period, spans_around
from tests.conftest import ROOT, cli

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_propose import FIELDS, FIXTURES, add_articles, compare, expected_rows, format_shares  # noqa: E402


@pytest.fixture
def data_with_new_articles(tmp_path: Path) -> Path:
    """A copy of data/ with the three articles saved and listed (step 1 of "Adding an article")."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    add_articles(data)
    return data


def test_proposals_for_new_articles_need_little_correction(data_with_new_articles: Path):
    result = compare(data_with_new_articles)
    print("\n" + format_shares(result))
    for name in ("entity", "period", "status", "qualifier"):
        assert result[f"propose_{name}_ok_share"] >= 0.8, (name, result["corrections"])
    assert result["propose_fields_corrected_share"] <= 0.2, result["corrections"]
    assert result["propose_not_claims_share"] <= 0.1
    assert result["propose_claims_missed"] == 0, result["missed"]


def test_add_then_accept_puts_a_new_articles_figures_in_the_reports_charts_and_tables(tmp_path: Path):
    """`nevreport add` each article, correct its review file as the reviewer does, `nevreport accept`, then the
    report: the figures join their series' charts and their chapters' tables."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    expected = expected_rows()
    with open(FIXTURES / "SOURCES.csv", encoding="utf-8", newline="") as handle:
        sources = list(csv.DictReader(handle))
    accepted: list[dict[str, str]] = []
    for source in sources:
        article = source["file"]
        review = tmp_path / "review" / f"{article}.csv"
        added = cli("add", str(FIXTURES / article), "--publisher", source["publisher"], "--title", source["title"],
                    "--url", source["url"], "--published", source["published"], "--data-dir", str(data),
                    "--review", str(review))
        assert added.returncode == 0, added.stderr
        text = (config.raw_articles_dir(data) / article).read_text(encoding="utf-8")
        assert text == (FIXTURES / article).read_text(encoding="utf-8")  # saved unchanged
        rows = review_as_reviewed(review, text, [r for r in expected if r["article"] == article], data)
        accept = cli("accept", str(review), "--data-dir", str(data))
        assert accept.returncode == 0, accept.stderr
        accepted += [row for row in rows if row["table"] == "figure"]
    assert cli("validate", "--data-dir", str(data)).returncode == 0
    coverage = cli("coverage", "--data-dir", str(data))
    assert coverage.returncode == 0, coverage.stdout

    from nevreport.story.report import Report

    report = Report.load("2024-12-31", data_dir=data)
    by_stated = {row["stated"]: row for row in accepted}
    nev_sales = {row["key"] for row in report._series_rows("nev_sales", "China")}
    assert by_stated["1.43 million"]["figure_id"] in nev_sales  # joins the chart of China's NEV sales
    exports = {row["key"] for row in report._series_rows("vehicle_exports", "China")}
    assert by_stated["4.86 million"]["figure_id"] in exports
    market = report.stated_table("market").html
    assert "Hefei" in market and "BYD" in market  # new entities in the chapter's table of stated figures
    assert by_stated["1.43 million"]["figure_id"] in market


def review_as_reviewed(review: Path, text: str, expected: list[dict[str, str]], data: Path) -> list[dict]:
    """Edit a review file as the reviewer does: each figure row's fields as expected.csv has them, a number
    that is not a claim moved to an ignore row, a metric row for each new metric the figures name."""
    from nevreport.curate.intake import read_review, write_review

    want = {text.index(r["context"]) + r["context"].index(r["stated"]): r for r in expected}
    read = read_review(review)
    assert read.problems == []
    rows: list[dict[str, str]] = []
    for _, row in read.rows["figure"]:
        reviewed = want[text.index(row["quote"]) + row["quote"].index(row["stated"])]
        if reviewed["claim"] == "no":
            rows.append({"table": "ignore", "article": row["article"], "text": row["stated"],
                         "reason": reviewed["reason"], "context": reviewed["context"]})
            continue
        rows.append({"table": "figure", **row, **{name: reviewed[name] for name in (*FIELDS, "unit")}})
    rows += [{"table": "ignore", **row} for _, row in read.rows["ignore"]]
    known = {row["metric"] for row in csv.DictReader(config.metrics_csv(data).open(encoding="utf-8"))}
    labels = {row["metric"]: row for _, row in read.rows["metric"]}
    for metric in dict.fromkeys(row["metric"] for row in rows if row["table"] == "figure"):
        if metric not in known:
            drafted = labels.get(metric, {"topic": "market", "label": metric_label(metric)})
            rows.append({"table": "metric", "metric": metric, "topic": drafted["topic"], "label": drafted["label"]})
    write_review(rows, review)
    return rows


def test_propose_prints_the_metrics_and_ignores_it_needs(data_with_new_articles: Path):
    article = config.raw_articles_dir(data_with_new_articles) / "106_byd_third_quarter_2024.txt"
    result = cli("propose", str(article), "--data-dir", str(data_with_new_articles))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(FIGURE_COLUMNS)  # rows append to data/figures.csv as they are
    assert "revenue_cny,market,\"Revenue, yuan\"" in result.stderr
    assert "106_byd_third_quarter_2024.txt,nine," in result.stderr  # "the first nine months"


# --- periods, read as a reviewer reads them ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "stated", "published", "period"),
    [
        ("Sales rose 5 percent last year.", "5 percent", "2024-11-11", "2023"),
        ("Sales will reach 2 million units this year.", "2 million", "2024-11-11", "2024"),
        ("NEVs took 46.8 percent of sales last month.", "46.8 percent", "2024-01-05", "2023-12"),
        ("In the first quarter, exports hit 238,000 units.", "238,000", "2024-08-20", "2024-01/2024-03"),
        ("In the third quarter of 2023, sales hit 3 million units.", "3 million", "2024-08-20", "2023-07/2023-09"),
        ("In the first 10 months, sales hit 9 million units.", "9 million", "2024-11-11", "2024-01/2024-10"),
        ("In the first 11 months, sales hit 9 million units.", "9 million", "2024-01-11", "2023-01/2023-11"),
        ("Output was 461,000 units in the first half of this year.", "461,000", "2024-08-20", "2024-H1"),
        ("From January to October, sales totaled 25 million units.", "25 million", "2024-11-11", "2024-01/2024-10"),
        ("Profit for the July-September period was 11 billion yuan.", "11 billion yuan", "2024-10-31",
         "2024-07/2024-09"),
        ("Sales were 1.4 million units in October.", "1.4 million", "2024-11-11", "2024-10"),
        ("Sales were 1.4 million units in December.", "1.4 million", "2024-11-11", "2023-12"),
        ("Sales rose 3 percent from a year earlier to 2 million units in May 2024.", "3 percent", "2024-06-11",
         "2024-05"),
        ("It has invested 45 billion yuan since 2021.", "45 billion yuan", "2024-08-20", "2021/2024"),
        ("The city now hosts 130 companies.", "130", "2024-08-20", "2024-08"),
        ("It aims to make 2 million by 2027.", "2 million", "2024-08-20", "2027"),
        ("Sales hit 3 million units in 2023, the bureau said on March 5, 2024.", "3 million", "2024-11-02",
         "2023"),
        ("Sales hit 3 million units, the bureau said on Oct. 31, 2023.", "3 million", "2024-11-02", "2024-11"),
    ],
)  # fmt: skip
def test_periods_resolve_against_the_articles_date(sentence, stated, published, period):
    mention = next(m for m in extract_mentions(sentence) if m.text == stated)
    status = "target" if "aims" in sentence else "forecast" if "will" in sentence else "actual"
    got = read_period(sentence, mention, spans_around(sentence, mention), dt.date.fromisoformat(published), status)
    assert got == period


def test_the_fixture_rows_are_well_formed():
    for row in expected_rows():
        text = (FIXTURES / row["article"]).read_text(encoding="utf-8")
        assert row["context"] in text and row["stated"] in row["context"], row
        assert row["claim"] in ("yes", "no"), row
