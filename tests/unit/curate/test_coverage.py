"""The coverage audit and the proposal of figure rows, on the real corpus and on edited copies of it."""

from __future__ import annotations

import csv
import io
import shutil
import stat
import sys
from pathlib import Path

import pytest

from nevreport.common import config
from nevreport.curate.coverage import audit_corpus
from nevreport.curate.propose import write_proposals
from tests.conftest import ROOT, cli

NEW_ARTICLE = (
    " date 2024-11-02 Hefei doubles down on electric cars\n\n"
    "Hefei produced 1.37 million new-energy vehicles in 2023, up 74.6 percent year on year, "
    "the municipal statistics bureau said on March 5, 2024.\n\n"
    "The city aims to produce 3 million new-energy vehicles a year by 2027.\n\n"
    "Speakers at the 2024 World Manufacturing Convention discussed 5G factories and the 6th edition of the "
    "show. Analysts expect sales in Anhui to reach about 2.5 million units in 2025.\n"
)


def _data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ (the raw articles are stored read-only)."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    for path in (data / "raw" / "articles").iterdir():
        path.chmod(path.stat().st_mode | stat.S_IWUSR)
    return data


def _needs_figures() -> None:
    if not config.figures_csv(config.DATA_DIR).is_file():
        pytest.skip("data/figures.csv does not exist yet, so there is nothing to audit against")


def _append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)


def _article(data: Path, prefix: str) -> Path:
    return next((data / "raw" / "articles").glob(f"{prefix}_*.txt"))






def test_an_uncurated_figure_fails_with_a_line_naming_it(tmp_path: Path):
    _needs_figures()
    data = _data_copy(tmp_path)
    article = _article(data, "002")
    addition = "\nExports of buses rose to 7.77 million units in 2023.\n"
    offset = len(article.read_text(encoding="utf-8")) + addition.index("7.77")
    _append(article, addition)
    result = cli("coverage", "--data-dir", str(data))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout
    assert lines[0].startswith(f"{article.name}:{offset} ")
    assert "'7.77 million'" in lines[0] and "Exports of buses" in lines[0] and "Fix:" in lines[0]
    assert "nevreport propose" in lines[0]
    assert lines[1].startswith("coverage: 1 uncovered mention")


def test_a_restated_figure_is_covered_by_its_row(tmp_path: Path):
    _needs_figures()
    data = _data_copy(tmp_path)
    article = _article(data, "002")
    _append(article, "\nAgain, the country shipped over 3 million vehicles last year.\n")
    repeats = [f for f in audit_corpus(data) if f.is_repeat]
    assert [(f.article, f.mention.text, f.figure_id) for f in repeats] == [
        (article.name, "3 million", "china_vehicle_exports_2022")
    ]


def test_the_same_small_number_of_something_else_is_not_a_repeat(tmp_path: Path):
    _needs_figures()
    data = _data_copy(tmp_path)
    article = _article(data, "004")
    # "three plants" is curated in this article; "three bridges" is not the same figure.
    _append(article, "\nNIO also has three bridges in Jiangsu Province.\n")
    result = cli("coverage", "--data-dir", str(data))
    assert result.returncode == 1
    assert "'three' in" in result.stdout and "three bridges" in result.stdout


def test_a_stale_ignore_entry_is_reported(tmp_path: Path):
    _needs_figures()
    data = _data_copy(tmp_path)
    article = _article(data, "000")
    _append(config.coverage_ignore_csv(data), f"{article.name},99 balloons,not in the article,\n")
    result = cli("coverage", "--data-dir", str(data))
    assert result.returncode == 1
    stale = [line for line in result.stdout.splitlines() if "99 balloons" in line]
    assert len(stale) == 1 and "coverage_ignore.csv:" in stale[0] and "Fix: delete the line" in stale[0]


def test_an_ignore_entry_without_a_reason_is_a_user_error(tmp_path: Path):
    _needs_figures()
    data = _data_copy(tmp_path)
    article = _article(data, "000")
    _append(config.coverage_ignore_csv(data), f"{article.name},10,,\n")
    result = cli("coverage", "--data-dir", str(data))
    assert result.returncode == 1
    assert "reason is empty" in result.stderr and "Traceback" not in result.stderr


def test_coverage_without_a_figures_table_says_how_to_start(tmp_path: Path):
    data = _data_copy(tmp_path)
    config.figures_csv(data).unlink(missing_ok=True)
    result = cli("coverage", "--data-dir", str(data))
    assert result.returncode == 1
    assert "figures.csv" in result.stderr and "nevreport propose" in result.stderr


# --- proposals ----------------------------------------------------------------------------------------------


def _add_new_article(data: Path) -> Path:
    article = data / "raw" / "articles" / "005_0123456789abcdef.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    with open(config.sources_csv(data), "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerow(
            [
                article.name,
                "Example Daily",
                "Hefei doubles down on electric cars",
                "https://example.com/hefei",
                "2024-11-02",
                "date line in the text",
                "yes",
            ]  # fmt: skip
        )
    return article


def _propose(data: Path, article: Path, *, via_cli: bool = False) -> list[dict[str, str]]:
    if via_cli:
        result = cli("propose", str(article), "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
        return list(csv.DictReader(io.StringIO(result.stdout)))
    out = io.StringIO()
    assert write_proposals(article, out, data_dir=data) == 0
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_proposals_quote_the_article_and_guess_what_the_sentence_says(tmp_path: Path):
    _needs_figures()
    data = _data_copy(tmp_path)
    article = _add_new_article(data)
    rows = {row["stated"]: row for row in _propose(data, article, via_cli=True)}
    # Dates, years, ordinals and "5G" are not proposed.
    assert set(rows) == {"1.37 million", "74.6 percent", "3 million", "2.5 million"}
    for row in rows.values():
        assert row["quote"] in NEW_ARTICLE and row["stated"] in row["quote"]
    assert (rows["1.37 million"]["value"], rows["1.37 million"]["unit"]) == ("1370000", "vehicles")
    assert (rows["1.37 million"]["status"], rows["1.37 million"]["period"]) == ("actual", "2023")
    assert rows["74.6 percent"]["metric"].endswith("_yoy_pct")
    assert (rows["3 million"]["status"], rows["3 million"]["period"]) == ("target", "2027")
    assert (rows["2.5 million"]["status"], rows["2.5 million"]["qualifier"]) == ("forecast", "approx")
    # Who each sentence is about: the city named or meant ("the city"), and the province the forecast names.
    assert {stated: row["entity"] for stated, row in rows.items()} == {
        "1.37 million": "Hefei", "74.6 percent": "Hefei", "3 million": "Hefei", "2.5 million": "Anhui"}
    assert rows["1.37 million"]["metric"] == "nev_production" and rows["3 million"]["metric"] == \
        "nev_production_target"


def test_proposed_rows_validate_once_the_blanks_are_filled(tmp_path: Path):
    _needs_figures()
    data = _data_copy(tmp_path)
    article = _add_new_article(data)
    rows = _propose(data, article)
    for number, row in enumerate(rows):
        row["entity"] = row["entity"] or "Hefei"
        row["metric"] = row["metric"] or f"reviewed_metric_{number}"
        row["period"] = row["period"] or "2024"
    with open(config.figures_csv(data), "a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writerows(rows)
    # A new metric gets its reader's name and chapter, as data/metrics.csv asks.
    known = {row["metric"] for row in csv.DictReader(config.metrics_csv(data).open(encoding="utf-8"))}
    with open(config.metrics_csv(data), "a", encoding="utf-8", newline="") as handle:
        for metric in sorted({row["metric"] for row in rows} - known):
            handle.write(f"{metric},market,{metric.replace('_', ' ')}\n")
    validate = cli("validate", "--data-dir", str(data))
    assert validate.returncode == 0, validate.stderr
    coverage = cli("coverage", "--data-dir", str(data))
    assert coverage.returncode == 0, coverage.stdout
    assert _propose(data, article) == []  # nothing left to propose




# --- the synthetic corpus of the benchmarks -----------------------------------------------------------------


def test_generated_corpus_validates_and_is_fully_covered(tmp_path: Path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import generate_corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    data = generate_corpus(tmp_path / "corpus", n_articles=25, seed=3)
    sizes = [path.stat().st_size for path in (data / "raw" / "articles").glob("*.txt")]
    assert len(sizes) == 25 and 2500 < min(sizes) and max(sizes) < 6000
    assert cli("validate", "--data-dir", str(data)).returncode == 0
    found = audit_corpus(data)
    with open(data / "figures.csv", encoding="utf-8", newline="") as handle:
        curated = {row["figure_id"] for row in csv.DictReader(handle)}
    matched = {f.figure_id for f in found}
    print(
        f"\ngenerated corpus: {len(found)} mentions, {len(curated)} figures, "
        f"{len(matched & curated)} figures recovered"
    )
    assert all(f.figure_id for f in found)  # precision 1: every mention is a figure of the key
    assert matched == curated  # recall 1: every figure of the key is found
