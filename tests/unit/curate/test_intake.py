"""`nevreport add` and `nevreport accept`: what they refuse, that a refusal changes nothing, and that the review
file is safe to open in a spreadsheet (tests/integration/test_propose_quality.py runs the whole loop into the
report)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from nevreport.common import config
from nevreport.curate.intake import read_review, write_review
from tests.conftest import ROOT, cli

ARTICLE = ROOT / "tests" / "fixtures" / "new_articles" / "105_caam_october_2024.txt"
OPTIONS = ("--publisher", "Example News Agency", "--title", "China's NEV sales surge in October",
           "--url", "https://example.com/news/caam-october", "--published", "2024-11-11")


def _snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, folder)
    return folder


def _add(data: Path, *options: str, article: Path = ARTICLE):
    return cli("add", str(article), *(options or OPTIONS), "--data-dir", str(data))


def test_add_saves_the_text_lists_it_and_writes_one_review_file(data: Path):
    ran = _add(data)
    assert ran.returncode == 0, ran.stderr
    saved = config.raw_articles_dir(data) / ARTICLE.name
    assert saved.read_bytes() == ARTICLE.read_bytes()
    manifest = config.sources_csv(data).read_text(encoding="utf-8").splitlines()
    assert manifest[-1].startswith("105_caam_october_2024.txt,Example News Agency,China's NEV sales surge")
    assert ",https://example.com/news/caam-october,2024-11-11," in manifest[-1]
    review = read_review(data.parent / "review" / "105_caam_october_2024.csv")
    assert review.problems == []
    figures = {row["stated"]: row for _, row in review.rows["figure"]}
    assert figures["1.43 million"]["metric"] == "nev_sales" and figures["1.43 million"]["period"] == "2024-10"
    assert {row["metric"] for _, row in review.rows["metric"]} >= {"vehicle_sales"}  # not in data/metrics.csv
    assert [row["text"] for _, row in review.rows["ignore"]] == ["10", "10"]  # "the first 10 months", twice


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--url", "https://example.com/news/caam-october/"), "already lists this address"),
        (("--published", "2024-11-31"), "published '2024-11-31' is not a date"),
        (("--published", "2999-01-01"), "is in the future"),
        (("--url", "example.com/news"), "url"),
        (("--publisher", " "), "'publisher' is empty"),
    ],
)
def test_add_refuses_a_duplicate_or_a_bad_option_and_changes_nothing(data: Path, options, expected):
    first = _add(data)
    assert first.returncode == 0
    before = _snapshot(data)
    values = dict(zip(OPTIONS[::2], OPTIONS[1::2], strict=True)) | dict(zip(options[::2], options[1::2], strict=True))
    other = data.parent / "108_other_name.txt"  # another file name, so only the option is wrong
    other.write_text(ARTICLE.read_text(encoding="utf-8") + "\nA line more.\n", encoding="utf-8")
    ran = _add(data, *[part for item in values.items() for part in item], article=other)
    assert ran.returncode == 1
    assert expected in ran.stderr and "nothing was changed" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert _snapshot(data) == before


def test_add_refuses_the_same_file_name_or_the_same_text_under_another_name(data: Path):
    assert _add(data).returncode == 0
    before = _snapshot(data)
    again = _add(data, *OPTIONS[:5], "https://example.com/another", *OPTIONS[6:])
    assert again.returncode == 1 and "already lists an article named 105_caam_october_2024.txt" in again.stderr
    copy = data.parent / "109_copy.txt"
    shutil.copyfile(ARTICLE, copy)
    same = _add(data, *OPTIONS[:5], "https://example.com/another", *OPTIONS[6:], article=copy)
    assert same.returncode == 1 and "the same text is already saved as 105_caam_october_2024.txt" in same.stderr
    assert _snapshot(data) == before


def test_accept_names_each_problem_by_its_review_line_and_changes_nothing(data: Path):
    assert _add(data).returncode == 0
    review_file = data.parent / "review" / "105_caam_october_2024.csv"
    review = read_review(review_file)
    rows = [{"table": kind, **row} for kind in ("figure", "metric", "ignore") for _, row in review.rows[kind]]
    wrong_value = next(i for i, row in enumerate(rows) if row.get("stated") == "9.78 million")
    rows[wrong_value]["value"] = "9790000"
    rows = [row for row in rows if row.get("metric") != "vehicle_sales" or row["table"] != "metric"]
    rows = [row for row in rows if row.get("stated") != "3.26 million"]  # a number left without a row
    write_review(rows, review_file)
    before = _snapshot(data)
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 1
    line = wrong_value + 2  # after the header
    assert f"105_caam_october_2024.csv:{line} [china_nev_production_2024_01_2024_10]: value 9790000 does not " \
           "match stated '9.78 million'" in ran.stderr
    assert "metric 'vehicle_sales' is not in data/metrics.csv" in ran.stderr
    assert "nothing was changed" in ran.stderr
    assert _snapshot(data) == before
    rows[wrong_value]["value"] = "9780000"
    rows.append({"table": "metric", "metric": "vehicle_sales", "topic": "market", "label": "Vehicle sales"})
    write_review(rows, review_file)
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 1  # every number is covered, else coverage would fail after accepting
    assert "'3.26 million'" in ran.stderr and "is neither a figure row nor an ignore row" in ran.stderr
    assert _snapshot(data) == before


def test_accept_appends_the_rows_once(data: Path):
    assert _add(data).returncode == 0
    review_file = data.parent / "review" / "105_caam_october_2024.csv"
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr
    assert "appended 22 figure row(s)" in ran.stdout
    assert cli("validate", "--data-dir", str(data)).returncode == 0
    assert cli("coverage", "--data-dir", str(data)).returncode == 0
    before = _snapshot(data)
    again = cli("accept", str(review_file), "--data-dir", str(data))
    assert again.returncode == 1 and "nothing was changed" in again.stderr  # the ids are taken now
    assert _snapshot(data) == before


def test_a_headline_figure_the_body_states_again_is_accepted_as_drafted(data: Path, tmp_path: Path):
    """The ignore row of a headline number quotes the headline's own line, which the coverage audit finds."""
    article = tmp_path / "900_harbour_may_2024.txt"
    article.write_text("Harbour Motors' Sales Down by 12 Percent\n\nBEIJING, June 3 (Xinhua) -- Harbour Motors sold "
                       "41,200 cars in May, down 12.3 percent year on year, the company said.\n", encoding="utf-8")
    ran = _add(data, "--publisher", "Xinhua", "--title", "Harbour Motors' sales down", "--url",
               "https://example.com/news/harbour-may", "--published", "2024-06-03", article=article)
    assert ran.returncode == 0, ran.stderr
    review_file = data.parent / "review" / "900_harbour_may_2024.csv"
    ignored = [row for _, row in read_review(review_file).rows["ignore"]]
    assert [(row["text"], row["context"]) for row in ignored] == [("12 Percent", "Sales Down by 12 Percent")]
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr
    assert cli("coverage", "--data-dir", str(data)).returncode == 0


@pytest.mark.parametrize("written", ["21 to 23 billion yuan", "between 21 and 23 billion yuan"])
def test_the_low_end_of_a_scaled_range_is_accepted_as_drafted(data: Path, tmp_path: Path, written: str):
    """"21 to 23 billion yuan": the low end borrows the high end's scale, and the checks read it in its quote."""
    article = tmp_path / "901_harbour_outlook.txt"
    article.write_text(f"Profit outlook\n\nHarbour expects its net profit to come in at {written} in 2026, the "
                       "company said on Monday.\n", encoding="utf-8")
    ran = _add(data, "--publisher", "Example News", "--title", "Profit outlook", "--url",
               "https://example.com/news/harbour-outlook", "--published", "2026-01-20", article=article)
    assert ran.returncode == 0, ran.stderr
    review_file = data.parent / "review" / "901_harbour_outlook.csv"
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr
    figures = (data / "figures.csv").read_text(encoding="utf-8")
    assert ",21,21000000000,cny,at_least," in figures and ",23 billion yuan,23000000000,cny,at_most," in figures


def test_the_same_percent_stated_once_as_a_fall_and_once_as_a_rise_gets_two_rows(data: Path, tmp_path: Path):
    """"down 3.5 percent year on year" and a later "up 3.5 percent year on year" are two figures; before, the
    second was taken for a repeat of the first, had no row, and `accept` refused the draft."""
    article = tmp_path / "902_retail_may_2025.txt"
    article.write_text("Car retail sales fall in May\n\nPassenger car retail sales came to 1.47 million units in May, "
                       "down 3.5 percent year on year.\n\nNEV retail sales reached 0.86 million units, up 3.5 percent "
                       "year on year.\n", encoding="utf-8")
    ran = _add(data, "--publisher", "Example News Agency", "--title", "Car retail sales fall in May", "--url",
               "https://example.com/news/retail-may", "--published", "2025-06-09", article=article)
    assert ran.returncode == 0, ran.stderr
    review_file = data.parent / "review" / "902_retail_may_2025.csv"
    figures = read_review(review_file).rows["figure"]
    values = sorted(row["value"] for _, row in figures if row["stated"] == "3.5 percent")
    assert values == ["-3.5", "3.5"]
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr


def test_review_cells_a_spreadsheet_would_run_are_written_as_text_and_read_back(tmp_path: Path):
    path = tmp_path / "review.csv"
    rows = [{"table": "figure", "figure_id": "x", "quote": "=HYPERLINK(\"http://x\")", "stated": "-3 percent",
             "value": "-3", "note": "@SUM(A1)", "entity": "+China"},
            {"table": "metric", "metric": "m", "topic": "market", "label": "\tLabel"}]
    write_review(rows, path)
    written = path.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in written and ",'-3 percent,-3," in written and "'@SUM(A1)" in written
    assert "'+China" in written and "'\tLabel" in written
    review = read_review(path)
    assert review.problems == []
    figure = review.rows["figure"][0][1]
    assert figure["quote"] == "=HYPERLINK(\"http://x\")" and figure["stated"] == "-3 percent"
    assert figure["value"] == "-3" and figure["note"] == "@SUM(A1)" and figure["entity"] == "+China"
    assert review.rows["metric"][0][1]["label"] == "\tLabel"


def test_a_formula_typed_into_a_review_cell_is_refused_not_run(tmp_path: Path):
    path = tmp_path / "review.csv"
    write_review([{"table": "figure", "figure_id": "x", "value": "1"}], path)
    text = path.read_text(encoding="utf-8").replace(",x,", ",=1+1,").replace(",1,", ",@A1,")
    path.write_text(text, encoding="utf-8")
    review = read_review(path)
    messages = [str(p) for p in review.problems]
    assert any(":2 [" in m and "figure_id starts with '='" in m for m in messages), messages
    assert any("value starts with '@'" in m for m in messages), messages


def test_the_review_shows_each_row_beside_its_sentence_and_what_the_checks_say(data: Path):
    from nevreport.curate.intake import review_view

    assert _add(data).returncode == 0
    review_file = data.parent / "review" / "105_caam_october_2024.csv"
    html = review_view(review_file, data)._repr_html_()
    assert "year on year to <mark>1.43 million</mark> units in October" in html
    assert "BEIJING, Nov. 11 (Xinhua) -- China" in html  # "Nov." ends no sentence
    assert "No problem" in html
    review = read_review(review_file)
    rows = [{"table": kind, **row} for kind in ("figure", "metric", "ignore") for _, row in review.rows[kind]]
    rows[0]["value"] = "50"
    write_review(rows, review_file)
    html = review_view(review_file, data)._repr_html_()
    assert "1 problem(s)" in html and "value 50 does not match stated &#x27;49.6 percent&#x27;" in html


def test_the_review_file_offers_other_readings_which_accept_does_not_copy(data: Path):
    import csv

    assert _add(data).returncode == 0
    review_file = data.parent / "review" / "105_caam_october_2024.csv"
    with open(review_file, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["table"] == "figure"]
    level = next(row for row in rows if row["stated"] == "1.43 million")
    assert "period: 2024-01/2024-10 | 2024" in level["choices"]  # the month drafted, the months so far offered
    html = _review_html(review_file, data)
    assert "other readings" in html and "<code>2024-01/2024-10</code>" in html
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr
    assert "2024-01/2024-10 | 2024" not in config.figures_csv(data).read_text(encoding="utf-8")


def _review_html(review_file: Path, data: Path) -> str:
    from nevreport.curate.intake import review_view

    return review_view(review_file, data)._repr_html_()


def test_the_review_notebook_runs_in_jupyterlab_outside_the_reports_chapters(data: Path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    from nevreport.story.notebook_set import notebook_order

    notebook = ROOT / "notebooks" / "review" / "review_article.ipynb"
    assert notebook not in [p for group in notebook_order(ROOT / "notebooks") for p in group]
    stored = nbformat.read(notebook, as_version=4)
    assert all(not cell.get("outputs") for cell in stored.cells if cell.cell_type == "code")
    assert _add(data).returncode == 0
    monkeypatch.setenv("NEVREPORT_ROOT", str(data.parent))
    monkeypatch.setenv("JUPYTER_PREFER_ENV_PATH", "1")
    review_file = data.parent / "review" / "105_caam_october_2024.csv"
    line = next(at for at, row in read_review(review_file).rows["figure"] if row["stated"] == "1.43 million")
    stored.cells.append(nbformat.v4.new_code_cell(f"pick(review, {line}, period=1)"))  # as an analyst types it
    NotebookClient(stored, kernel_name="nevreport", timeout=120,
                   resources={"metadata": {"path": str(data.parent)}}).execute()
    shown = stored.cells[2].outputs[0]["data"]["text/html"]
    assert "105_caam_october_2024.csv" in shown and "<mark>1.43 million</mark>" in shown
    assert "period: 1&nbsp;<code>2024-01/2024-10</code>" in shown
    after = stored.cells[-1].outputs[0]["data"]["text/html"]
    assert "period: <code>2024-01/2024-10</code>" in after  # the pick, shown in the review at once
    assert dict(read_review(review_file).rows["figure"])[line]["period"] == "2024-01/2024-10"


def test_pick_takes_a_numbered_choice_or_a_typed_value_and_refuses_what_the_row_lacks(data: Path):
    import csv

    from nevreport.common.errors import UserError
    from nevreport.curate.intake import pick

    assert _add(data).returncode == 0
    review_file = data.parent / "review" / "105_caam_october_2024.csv"
    line = next(at for at, row in read_review(review_file).rows["figure"] if row["stated"] == "1.43 million")
    pick(review_file, line, data, period=2, metric="nev_retail_sales")
    review = read_review(review_file)
    row = dict(review.rows["figure"])[line]
    assert (row["period"], row["metric"]) == ("2024", "nev_retail_sales")
    assert row["figure_id"] == "china_nev_retail_sales_2024"  # the drafted id follows its fields
    assert "nev_retail_sales" in [r["metric"] for _, r in review.rows["metric"]]  # a new metric gets its row
    with open(review_file, encoding="utf-8", newline="") as handle:
        choices = next(r["choices"] for r in csv.DictReader(handle) if r["stated"] == "1.43 million")
    assert "period: 2024-01/2024-10 | 2024-10 |" in choices  # the drafted period stays on offer in its place
    before = review_file.read_bytes()
    for arguments, message in (({"period": 9}, "period has no choice 9 (its choices: 1 "),
                               ({"reason": "x"}, "a figure row has no field 'reason'")):
        with pytest.raises(UserError, match=re.escape(message)):
            pick(review_file, line, data, **arguments)
    with pytest.raises(UserError, match="no row at line 999"):
        pick(review_file, 999, data, period=1)
    ignore_line = read_review(review_file).rows["ignore"][0][0]
    with pytest.raises(UserError, match="an ignore row has no field 'period'"):
        pick(review_file, ignore_line, data, period="2024")
    assert review_file.read_bytes() == before  # a refused pick changes nothing
    pick(review_file, line, data, metric="nev_sales", period="2024-10")
    review = read_review(review_file)
    assert dict(review.rows["figure"])[line]["figure_id"] == "china_nev_sales_2024_10"
    assert "nev_retail_sales" not in [r["metric"] for _, r in review.rows["metric"]]  # no figure names it now
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr


def test_accept_says_where_a_new_metric_row_goes_and_the_review_flags_another_citys_figure_in_shanghais_series(
        data: Path):
    from nevreport.curate.propose import Proposal
    from nevreport.curate.review import review_rows
    from nevreport.ingest.extract import extract_mentions

    assert _add(data).returncode == 0
    review_file = data.parent / "review" / "105_caam_october_2024.csv"
    review = read_review(review_file)
    rows = [{"table": kind, **row} for kind in ("figure", "metric", "ignore") for _, row in review.rows[kind]]
    rows[0]["metric"] = "nev_sales_novel_yoy_pct"
    write_review(rows, review_file)
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 1 and "Fix: add a metric row for it to this review file (table metric" in ran.stderr

    text = "Hefei produced 162,000 NEVs in September 2025."
    mention = next(m for m in extract_mentions(text) if m.text == "162,000")
    row = {"figure_id": "hefei_nev_production_2025_09", "article": "x.txt", "quote": text, "stated": "162,000",
           "value": "162000", "unit": "vehicles", "qualifier": "exact", "status": "actual", "entity": "Hefei",
           "metric": "nev_production", "period": "2025-09", "note": ""}
    checks = review_rows("x.txt", text, [Proposal(mention, row)], data)[0]["check"]
    assert "nev_production is a series of the Shanghai chapter, which would list this figure of Hefei" in checks
    shanghai = review_rows("x.txt", text, [Proposal(mention, {**row, "entity": "Shanghai"})], data)[0]["check"]
    assert "Shanghai chapter" not in shanghai


def test_add_refuses_a_publication_date_the_article_contradicts(data: Path):
    dated = data.parent / "110_dated.txt"
    dated.write_text("Zeta's sales rise\n\nHefei, March 4, 2024 -- Zeta sold 12,000 cars in February, up 8 percent.\n",
                     encoding="utf-8")
    before = _snapshot(data)
    ran = _add(data, *OPTIONS[:5], "https://example.com/zeta-feb", "--published", "2024-03-05", article=dated)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert "the article prints 2024-03-04" in ran.stderr and "give --published 2024-03-04" in ran.stderr
    assert _snapshot(data) == before
    assert _add(data, *OPTIONS[:5], "https://example.com/zeta-feb", "--published", "2024-03-04",
                article=dated).returncode == 0


def test_an_add_whose_draft_fails_leaves_the_data_as_it_was_and_can_be_run_again(data: Path, monkeypatch):
    import io

    import nevreport.curate.propose as propose
    from nevreport.curate.intake import add_article

    before = _snapshot(data)
    kept = propose.propose_rows

    def failing(*args, **kwargs):
        raise RuntimeError("a reading failed")

    monkeypatch.setattr(propose, "propose_rows", failing)
    options = {"publisher": "Example News Agency", "title": "Northvale's carmakers had a busy October",
               "url": "https://example.com/news/caam-october", "published": "2024-11-11"}
    with pytest.raises(RuntimeError):
        add_article(ARTICLE, data_dir=data, review=data.parent / "review.csv", out=io.StringIO(), **options)
    assert _snapshot(data) == before
    monkeypatch.setattr(propose, "propose_rows", kept)
    assert add_article(ARTICLE, data_dir=data, review=data.parent / "review.csv", out=io.StringIO(), **options) == 0


def test_add_takes_a_date_a_sentence_names_for_no_publication_date(data: Path):
    dated = data.parent / "111_policy.txt"
    dated.write_text("Northvale to trim NEV subsidies by a fifth\n\nNORTHVALE -- The city will trim its NEV "
                     "subsidies by a fifth in 2023, its finance bureau said on Friday.\n\nThe bureau said the policy "
                     "will lapse on June 30, 2026, and NEVs will not be subsidised after it.\n", encoding="utf-8")
    ran = _add(data, *OPTIONS[:5], "https://example.com/northvale-subsidy", "--published", "2021-12-31",
               article=dated)
    assert ran.returncode == 0, ran.stderr


@pytest.mark.parametrize(("name", "text", "published"), [
    # a fall written with its own minus sign after "a decline of"
    ("902_zeta_guidance.txt", "Zeta guidance\n\nZeta expects third-quarter deliveries of 61,000 to 64,000 "
     "vehicles, which would be a year-on-year fall of -12.4% to -7.9%, the company said.\n", "2025-09-02"),
    # a rate an association "had expected" beside the year before's, of a year over: the year before's actual
    ("903_exports_outlook.txt", "Exports outlook\n\nLast year China's car exports grew 17.2 per cent to 5.4m "
     "vehicles. The association had expected the growth of exports to cool to 8 per cent in 2025 from 21 per cent "
     "a year earlier.\n", "2026-01-14"),
    # an amount in tonnes the text marks as a count of nothing
    ("904_hydrogen_plan.txt", "Hydrogen plan\n\nThe city aims to reach renewable hydrogen capacity of 100,000-200,000 "
     "tonnes a year by 2025, the plan says.\n", "2023-06-30"),
])
def test_drafts_pass_the_checks_accept_runs(data: Path, tmp_path: Path, name: str, text: str, published: str):
    """Each draft row is one `accept` takes as drafted: its value's sign, its status and its unit agree with what
    validate reads in its quote."""
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    ran = _add(data, "--publisher", "Example News", "--title", text.split("\n")[0], "--url",
               f"https://example.com/news/{name[:3]}", "--published", published, article=article)
    assert ran.returncode == 0, ran.stderr
    ran = cli("accept", str(data.parent / "review" / name.replace(".txt", ".csv")), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stdout + ran.stderr


def test_add_refuses_an_article_not_in_english_whose_numbers_would_go_unread(data: Path):
    chinese = data.parent / "111_zeta_city.txt"
    chinese.write_text("泽塔市整车产量突破百万辆\n\n泽塔市工业和信息化局数据显示,2025年全市整车产量达到101.5万辆,同比增长"
                       "41.2%,整车产值超过980亿元。\n", encoding="utf-8")
    before = _snapshot(data)
    ran = _add(data, *OPTIONS[:5], "https://example.com/zeta-city", "--published", "2026-01-15", article=chinese)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert "[111_zeta_city.txt]: the article is not in English" in ran.stderr
    assert "add the story's English edition" in ran.stderr
    assert _snapshot(data) == before
    # (an English story that quotes a Chinese name is English)
    quoted = data.parent / "112_zeta_city.txt"
    quoted.write_text("Zeta city tops a million cars\n\nZeta city (泽塔市) made 1.015 million vehicles in 2025, up "
                      "41.2 percent, the city's industry bureau said.\n", encoding="utf-8")
    assert _add(data, *OPTIONS[:5], "https://example.com/zeta-city-en", "--published", "2026-01-15",
                article=quoted).returncode == 0
