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
from nevreport.curate.propose import propose_rows
from nevreport.curate.schema import FIGURE_COLUMNS
from nevreport.ingest.extract import extract_mentions
from nevreport.ingest.reading import metric_label, read_metric, read_period, read_status, spans_around
from tests.conftest import ROOT, cli

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_propose import (  # noqa: E402
    FIELDS,
    FIXTURES,
    HELD_OUT,
    _position,
    add_articles,
    agreement,
    compare,
    expected_rows,
    format_shares,
)


@pytest.fixture
def data_with_new_articles(tmp_path: Path) -> Path:
    """A copy of data/ with the three articles saved and listed (step 1 of "Adding an article")."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    add_articles(data)
    return data


def test_proposals_for_new_articles_need_little_correction(data_with_new_articles: Path):
    """The development set: at least 90% of rows need no correction, each field at least 90% right, at most one
    row in twenty not a claim (benchmarks/bench_propose.py --held-out measures the held-out set)."""
    result = compare(data_with_new_articles)
    print("\n" + format_shares(result))
    assert result["propose_rows_ok_share"] >= 0.9, result["corrections"]
    for name in FIELDS:
        assert result[f"propose_{name}_ok_share"] >= 0.9, (name, result["corrections"])
    assert result["propose_not_claims_share"] <= 0.05, result["not_claims"]
    assert result["propose_claims_missed"] == 0, result["missed"]


def test_two_reviewers_agreement_counts_each_field_and_each_disputed_claim(tmp_path: Path):
    """bench_propose --second: a second reviewer's rows scored against the first's, field by field."""
    rows = expected_rows()
    claims = [i for i, row in enumerate(rows) if row["claim"] == "yes"]
    second = [dict(row) for row in rows]
    second[claims[0]]["metric"] = "another_metric"
    second[claims[1]]["period"] = "1999"
    second[claims[2]].update(claim="no", reason="not a claim for this reviewer")
    for name, table in (("first.csv", rows), ("second.csv", second)):
        with open(tmp_path / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(table)
    same = agreement(FIXTURES, tmp_path / "first.csv", tmp_path / "first.csv")
    assert same["agreement_rows_share"] == 1.0 and same["agreement_claim_disputed"] == 0
    result = agreement(FIXTURES, tmp_path / "first.csv", tmp_path / "second.csv")
    both = len(claims) - 1
    assert result["agreement_claims_both"] == both
    assert result["agreement_claim_disputed"] == 1
    assert result["agreement_rows_share"] == round((both - 2) / both, 3)
    assert result["agreement_metric_share"] == result["agreement_period_share"] == round((both - 1) / both, 3)
    assert result["agreement_entity_share"] == 1.0


def test_a_proposal_equal_to_the_second_reviewers_row_is_right_by_either(data_with_new_articles: Path,
                                                                        tmp_path: Path):
    """bench_propose --second: where the two reviewers differ, a proposal equal to the second's row is counted
    right by either reviewer, and only then."""
    rows = expected_rows()
    articles = data_with_new_articles / "raw" / "articles"
    proposed: dict[tuple[str, int], dict[str, str]] = {}
    for article in sorted({row["article"] for row in rows}):
        text = (articles / article).read_text(encoding="utf-8")
        proposed |= {(article, p.mention.start): p.row for p in propose_rows(article, text, data_with_new_articles)
                     if p.row}
    second = [dict(row) for row in rows]
    for row in second:
        at = _position((articles / row["article"]).read_text(encoding="utf-8"), row)
        if row["claim"] == "yes" and (row["article"], at) in proposed:
            row.update({name: proposed[(row["article"], at)][name] for name in FIELDS})
    for name, table in (("first.csv", rows), ("second.csv", second)):
        with open(tmp_path / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(table)
    alone = compare(data_with_new_articles, FIXTURES, tmp_path / "first.csv", tmp_path / "first.csv")
    assert alone["propose_rows_either_share"] == alone["propose_rows_ok_share"]
    result = compare(data_with_new_articles, FIXTURES, tmp_path / "first.csv", tmp_path / "second.csv")
    assert result["propose_rows_either_share"] == 1.0
    assert result["propose_rows_ok_share"] == alone["propose_rows_ok_share"]
    assert "propose_rows_either_share" not in compare(data_with_new_articles)


@pytest.mark.parametrize(
    ("sentence", "stated", "metric", "status"),
    [
        ("Auto output and sales hit 2.68 million units and 2.69 million units in March, up 4 percent and 9.9 "
         "percent year on year respectively.", "2.69 million", "vehicle_sales", "actual"),
        ("Auto output and sales hit 2.68 million units and 2.69 million units in March, up 4 percent and 9.9 "
         "percent year on year respectively.", "4 percent", "vehicle_production_yoy_pct", "actual"),
        ("NEV output and sales hit records, with 1.5 million units produced and 1.4 million units sold.",
         "1.5 million", "nev_production", "actual"),
        ("The production figure of NEVs rose 20 percent year on year while sales jumped 22 percent.", "22 percent",
         "nev_sales_yoy_pct", "actual"),
        ("NEV exports reached 605,000 units, accounting for 21.7 percent of all vehicle exports.", "21.7 percent",
         "nev_share_of_vehicle_exports", "actual"),
        ("NEVs took 40.9 percent of new vehicle sales, up 9.3 percentage points from 2023.", "9.3 percentage points",
         "nev_share_of_new_vehicle_sales_yoy_pp", "actual"),
        ("In June, vehicle exports hit 485,000 units, down 5 percent from 400,000 units in May.", "5 percent",
         "vehicle_exports_mom_pct", "actual"),
        ("China exported 187,000 vehicles in July, up 30 percent over the same period in 2019.", "30 percent",
         "vehicle_exports_vs_2019_pct", "actual"),
        ("NEV sales could grow about 8 percent in 2025.", "8 percent", "nev_sales_yoy_pct", "forecast"),
        ("The carmaker expects to deliver 160,000 vehicles in the fourth quarter, an increase of 21.9 percent.",
         "21.9 percent", "vehicle_deliveries_yoy_pct", "forecast"),
        ("Retail sales of new energy passenger cars rose 43.5 percent to 1.03 million units in August.",
         "1.03 million", "nev_passenger_car_retail_sales", "actual"),
        ("By value, auto exports totaled 398.5 billion yuan in the period.", "398.5 billion yuan",
         "vehicle_exports_cny", "actual"),
    ],
)  # fmt: skip
def test_the_numbers_own_clause_gives_its_metric_and_status(sentence, stated, metric, status):
    mention = next(m for m in extract_mentions(sentence) if m.text == stated)
    spans = spans_around(sentence, mention)
    got_status = read_status(sentence, spans)
    period = read_period(sentence, mention, spans, dt.date(2024, 12, 10), got_status)
    assert (read_metric(sentence, mention, spans, got_status, "China", period)[0], got_status) == (metric, status)


def test_add_then_accept_puts_a_new_articles_figures_in_the_reports_charts_and_tables(tmp_path: Path):
    """`nevreport add` each article, correct its review file as the reviewer does, `nevreport accept`, then the
    report: the figures join their series' charts and their chapters' tables. The articles are those stating
    what the report is checked for below (every article's rows are checked by the proposal tests)."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    expected = expected_rows()
    looked_for = ("1.43 million", "4.86 million", "Hefei", "BYD")
    with open(FIXTURES / "SOURCES.csv", encoding="utf-8", newline="") as handle:
        sources = [source for source in csv.DictReader(handle)
                   if any(word in (FIXTURES / source["file"]).read_text(encoding="utf-8") for word in looked_for)]
    assert len(sources) >= 3
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
    nev_sales = {row["key"] for row in report.series_rows("nev_sales", "China")}
    assert by_stated["1.43 million"]["figure_id"] in nev_sales  # joins the chart of China's NEV sales
    exports = {row["key"] for row in report.series_rows("vehicle_exports", "China")}
    assert by_stated["4.86 million"]["figure_id"] in exports
    market = report.stated_table("market").html
    assert "Hefei" in market and "BYD" in market  # new entities in the chapter's table of stated figures
    assert by_stated["1.43 million"]["figure_id"] in market


def review_as_reviewed(review: Path, text: str, expected: list[dict[str, str]], data: Path) -> list[dict]:
    """Edit a review file as the reviewer does: each figure row's fields as expected.csv has them, a number
    that is not a claim moved to an ignore row, a metric row for each new metric the figures name."""
    from nevreport.curate.intake import read_review, write_review

    want = {text.index(r["context"]) + r["context"].index(r["stated"]): r for r in expected}
    at = {p.row["figure_id"]: p.mention.start for p in propose_rows(expected[0]["article"], text, data) if p.row}
    read = read_review(review)
    assert read.problems == []
    rows: list[dict[str, str]] = []
    for _, row in read.rows["figure"]:
        reviewed = want[at[row["figure_id"]]]
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
        ("In the first quarter, exports hit 238,000 units.", "238,000", "2024-08-20", "2024-Q1"),
        ("In the third quarter of 2023, sales hit 3 million units.", "3 million", "2024-08-20", "2023-Q3"),
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
        # a date says when, not the period; a past figure nothing dates, early in a month, is the month before's
        ("Sales hit 3 million units, the bureau said on Oct. 31, 2023.", "3 million", "2024-11-02", "2024-10"),
        ("Sales hit 3 million units, the bureau said on Oct. 31, 2023.", "3 million", "2024-11-22", "2024-11"),
        ("Sales rose 90 percent from 2021 to 1.2 million units in 2022.", "90 percent", "2023-02-08", "2022"),
        ("In June, exports hit 485,000 units, down 5 percent from 511,000 units in May.", "511,000", "2024-07-12",
         "2024-05"),
        ("In June, exports hit 485,000 units, down 5 percent from 511,000 units in May.", "5 percent", "2024-07-12",
         "2024-06"),
        ("Exports rose 11.4 percent more than in October.", "11.4 percent", "2024-12-02", "2024-11"),
        ("It has delivered 251,207 vehicles so far this year.", "251,207", "2024-12-02", "2024-01/2024-11"),
    ],
)  # fmt: skip
def test_periods_resolve_against_the_articles_date(sentence, stated, published, period):
    mention = next(m for m in extract_mentions(sentence) if m.text == stated)
    status = "target" if "aims" in sentence else "forecast" if "will" in sentence else "actual"
    got = read_period(sentence, mention, spans_around(sentence, mention), dt.date.fromisoformat(published), status)
    assert got == period


@pytest.mark.parametrize("fixtures", [FIXTURES, HELD_OUT], ids=["development", "held-out"])
def test_the_fixture_rows_are_well_formed(fixtures):
    for row in expected_rows(fixtures):
        text = (fixtures / row["article"]).read_text(encoding="utf-8")
        assert row["context"] in text and row["stated"] in row["context"], row
        assert row["claim"] in ("yes", "no"), row
