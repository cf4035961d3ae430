"""What a returning reader gets: what changed since the previous edition, the data behind each chart and table,
how to cite an edition, the quoted sentence one click away, metadata for machines, editions that know each other.

Helpers are tested on small inline tables; the built reports (the shared build) show the result as a reader
opens it.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from urllib.parse import unquote

import pandas as pd
import pytest
from pybtex.database import parse_string

from nevreport.publish import cite, datazip, editions
from nevreport.story import downloads
from nevreport.story.changes import counts_text, find_changes
from nevreport.story.fragments import quote_url, text_fragment

# --- what changed -------------------------------------------------------------------------------------------


def _figures(*rows: dict) -> pd.DataFrame:
    base = {"metric": "nev_sales", "entity": "China", "period": "2023", "status": "actual", "unit": "vehicles",
            "qualifier": "exact", "publisher": "Daily", "published": "2023-01-01", "quote": "q", "url": "u"}
    return pd.DataFrame([{**base, **row} for row in rows],
                        columns=[*base, "figure_id", "value", "low", "high"])


def _supplementary(*rows: dict) -> pd.DataFrame:
    base = {"metric": "nev_production", "entity": "Shanghai", "period": "2021", "unit": "vehicles",
            "qualifier": "exact", "publisher": "Page", "published": "2023-01-01", "excerpt": "e", "url": "u"}
    return pd.DataFrame([{**base, **row} for row in rows], columns=[*base, "source_id", "value", "low", "high"])


def _indicators(*rows: dict) -> pd.DataFrame:
    base = {"label": "Forecast error", "unit": "percent", "kind": "forecast_check", "verdict": ""}
    return pd.DataFrame([{**base, **row} for row in rows],
                        columns=[*base, "indicator_id", "value", "low", "high"])


NONE_F, NONE_E, NONE_I = _figures(), _supplementary(), _indicators()


def test_a_figure_published_since_the_previous_edition_is_new_and_links_to_its_entry():
    now = _figures({"figure_id": "sales", "value": 9.5e6, "low": 9.45e6, "high": 9.55e6})
    changes = find_changes(now, NONE_E, NONE_I, NONE_F, NONE_E, NONE_I)
    assert [(c.kind, c.key, c.anchor) for c in changes] == [("new", "sales", "fig-sales")]
    assert "9.5 million" in changes[0].detail and "Daily" in changes[0].detail
    assert find_changes(now, NONE_E, NONE_I, now, NONE_E, NONE_I) == []  # known then: no change


def test_another_value_or_a_narrower_range_for_the_same_thing_is_a_revision():
    before = _figures({"figure_id": "old", "value": 9.5e6, "low": 9.45e6, "high": 9.55e6})
    other = pd.concat([before, _figures({"figure_id": "new", "value": 9.6e6, "low": 9.55e6, "high": 9.65e6,
                                         "published": "2024-01-01"})])
    narrower = pd.concat([before, _figures({"figure_id": "new", "value": 9.5e6, "low": 9.495e6, "high": 9.505e6,
                                            "published": "2024-01-01"})])
    same = pd.concat([before, _figures({"figure_id": "new", "value": 9.5e6, "low": 9.45e6, "high": 9.55e6,
                                        "published": "2024-01-01"})])
    for now in (other, narrower):
        (change,) = find_changes(now, NONE_E, NONE_I, before, NONE_E, NONE_I)
        assert (change.kind, change.key, change.earlier, change.earlier_anchor) == ("revised", "new", "old",
                                                                                    "fig-old")
        assert change.detail.startswith("now ") and "; was 9.5 million" in change.detail
    # The same value again (or a wider range) is a new figure, not a revision; nor is another period.
    assert [c.kind for c in find_changes(same, NONE_E, NONE_I, before, NONE_E, NONE_I)] == ["new"]
    elsewhere = pd.concat([before, _figures({"figure_id": "new", "value": 1.0, "low": 1, "high": 1,
                                             "period": "2024"})])
    assert [c.kind for c in find_changes(elsewhere, NONE_E, NONE_I, before, NONE_E, NONE_I)] == ["new"]


def test_supplementary_sources_that_now_disagree_are_one_conflict_naming_both():
    first = _supplementary({"source_id": "ext_a", "value": 550000, "low": 549500, "high": 550500})
    both = pd.concat([first, _supplementary({"source_id": "ext_b", "value": 632000, "low": 631500, "high": 632500,
                                        "published": "2024-01-01"})])
    (change,) = find_changes(NONE_F, both, NONE_I, NONE_F, first, NONE_I)
    assert (change.kind, change.key, change.earlier) == ("conflict", "ext_b", "ext_a")
    assert "632,000" in change.detail and "550,000" in change.detail
    # Two new rows that disagree: the conflict on the later one, and the earlier one new as well.
    conflict, new = find_changes(NONE_F, both, NONE_I, NONE_F, NONE_E, NONE_I)
    assert (conflict.kind, conflict.key, conflict.earlier) == ("conflict", "ext_b", "ext_a")
    assert (new.kind, new.key) == ("new", "ext_a")


def test_forecasts_judged_and_goals_decided_only_when_the_previous_edition_could_not():
    judged = {"indicator_id": "err", "value": 18.5, "low": 18, "high": 19,
              "verdict": "forecast too low: the outcome beat the forecast"}
    goal = {"indicator_id": "goal", "value": 1, "low": 1, "high": 1, "verdict": "goal met: the actual is above"}
    pending = {"indicator_id": "goal", "value": 1, "low": 1, "high": 1,
               "verdict": "not decided before 2025: output in 2023 ..."}
    inconsistent = {"indicator_id": "check", "kind": "consistency", "value": 1, "low": 1, "high": 1,
                    "verdict": "inconsistent: 632,000 is 14.9% above 550,000"}
    now = _indicators(judged, goal, inconsistent)
    before = _indicators({**judged, "value": float("nan"), "verdict": ""}, pending)
    kinds = [(c.kind, c.key, c.anchor) for c in find_changes(NONE_F, NONE_E, now, NONE_F, NONE_E, before)]
    assert kinds == [("judged", "err", "ind-err"), ("decided", "goal", "ind-goal"), ("conflict", "check", "ind-check")]
    assert find_changes(NONE_F, NONE_E, now, NONE_F, NONE_E, now) == []
    # A goal still undecided is not a change.
    assert find_changes(NONE_F, NONE_E, _indicators(pending), NONE_F, NONE_E, NONE_I) == []


def test_counts_read_as_a_sentence():
    changes = find_changes(_figures({"figure_id": "a", "value": 1, "low": 1, "high": 1},
                                    {"figure_id": "b", "value": 2, "low": 2, "high": 2, "period": "2024"}),
                           NONE_E, NONE_I, NONE_F, NONE_E, NONE_I)
    assert counts_text(changes) == "2 new figures"
    assert counts_text(changes[:1]) == "1 new figure"
    assert counts_text([]) == "no change"


class _Set:
    def __init__(self, name: str, as_of: str):
        self.name, self.values = name, {"as_of": as_of}


def test_each_edition_knows_the_one_before_and_the_newest():
    links = editions.links([_Set("latest", "2026-11-23"), _Set("as-of-2021", "2021-12-31"),
                            _Set("as-of-2024", "2024-12-31"), _Set("as-of-2023", "2023-12-31")])
    assert links["as-of-2021"] == {"previous_edition": "", "previous_as_of": "", "newest_edition": "latest"}
    assert links["as-of-2024"]["previous_edition"] == "as-of-2023"
    assert links["latest"] == {"previous_edition": "as-of-2024", "previous_as_of": "2024-12-31",
                               "newest_edition": ""}


# --- text fragments -----------------------------------------------------------------------------------------


def test_a_quote_becomes_a_text_fragment_with_its_delimiters_encoded():
    assert text_fragment("new-energy vehicles, 1,234 & more") == (
        "text=new%2Denergy%20vehicles%2C%201%2C234%20%26%20more")
    assert quote_url("https://a.example/p", "It aims to produce") == "https://a.example/p#:~:text=It%20aims%20to%20produce"
    assert quote_url("https://a.example/p#top", "x") == "https://a.example/p#top:~:text=x"
    assert quote_url("", "x") == "" and quote_url("https://a.example/p", "") == "https://a.example/p"


def test_a_long_quote_is_matched_by_its_first_and_last_words_and_an_elision_splits_it():
    long = "The signed auto exhibition area for the fourth CIIE has exceeded 80 percent of the planned area"
    start, end = text_fragment(long).removeprefix("text=").split(",")
    assert unquote(start) == "The signed auto exhibition area" and unquote(end) == "percent of the planned area"
    assert text_fragment("Shanghai ... producing 632,000 NEVs in 2021") == (
        "text=Shanghai,producing%20632%2C000%20NEVs%20in%202021")


# --- citation and metadata ----------------------------------------------------------------------------------

INFO = {"title": "Exports & <growth> 100% of_it {x}", "parameter_set": "as-of-2024", "as_of": "2024-12-31",
        "generated": "2025-01-02", "subtitle": "s"}
FACTS = {"authors": [{"name": "The nevreport contributors"}], "url": "https://example.org/nevreport",
         "license": "MIT"}


def test_the_bibtex_entry_parses_with_a_bibtex_parser_and_keeps_every_fact():
    entry = parse_string(cite.bibtex(INFO, FACTS), "bibtex").entries["nevreport_as_of_2024"]
    assert entry.type == "misc"
    assert str(entry.persons["author"][0]) == "{The nevreport contributors}"
    assert entry.fields["title"] == r"{Exports \& <growth> 100\% of\_it \{x\}}"
    assert (entry.fields["year"], entry.fields["edition"]) == ("2025", "as-of-2024")
    assert "2024-12-31" in entry.fields["note"] and entry.fields["url"] == "https://example.org/nevreport"


def test_the_citation_text_names_title_edition_date_and_address():
    text = cite.citation(INFO, FACTS)
    assert text == ("The nevreport contributors (2025). Exports & <growth> 100% of_it {x} (edition as-of-2024, "
                    "data as of 2024-12-31). Report and data set. https://example.org/nevreport")


def test_the_repository_citation_file_is_what_the_citation_reads():
    facts = cite.project()
    assert facts["cff-version"] == "1.2.0" and facts["license"] == "MIT" and facts["url"].startswith("https://")
    assert facts["authors"][0]["name"]


def test_schema_org_metadata_is_json_that_cannot_close_its_script_element():
    text = cite.json_ld({**INFO, "title": "</script><b>"}, [{"title": "A", "url": "https://a.example",
                                                             "published": "2024-01-01", "publisher": "P"}], FACTS)
    assert "<" not in text and ">" not in text
    graph = json.loads(text)["@graph"]
    report, dataset = graph
    assert report["@type"] == "Report" and dataset["@type"] == "Dataset"
    assert report["name"] == "</script><b>" and report["temporalCoverage"] == "../2024-12-31"
    assert report["isBasedOn"][0]["url"] == "https://a.example"
    assert dataset["distribution"][0]["contentUrl"] == "data.zip"


def test_the_page_policy_admits_the_metadata_block_by_its_hash_and_no_other_script():
    from nevreport.publish.exporters import ReportHTMLExporter
    from tests.unit.publish.test_exporters import build_notebook

    page, _ = ReportHTMLExporter().from_notebook_node(build_notebook())
    policy_meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    block_element = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert policy_meta and block_element
    policy, block = policy_meta.group(1), block_element.group(1)
    script_src = [d.split() for d in policy.split(";") if d.split()[:1] == ["script-src"]]
    digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
    assert script_src == [["script-src", f"'sha256-{digest}'"]]
    assert "'unsafe-inline'" not in " ".join(script_src[0]) and page.count("<script") == 1


# --- downloads ----------------------------------------------------------------------------------------------


def test_rows_download_as_csv_with_formula_like_text_guarded():
    rows = [{"id": "x", "what": "=HYPERLINK(\"http://evil\")", "value": 1.5, "low": float("-inf"),
             "high": float("inf"), "quote_or_formula": "a, \"b\"\nc"}]
    text = downloads.csv_text(rows)
    read = list(csv.DictReader(io.StringIO(text)))
    assert read[0]["what"].startswith("'=") and read[0]["value"] == "1.5" and read[0]["high"] == "inf"
    assert read[0]["quote_or_formula"] == "a, \"b\"\nc"
    uri = downloads.data_uri(text)
    assert uri.startswith("data:text/csv;charset=utf-8;base64,") and " " not in uri and "\n" not in uri
    assert base64.b64decode(uri.split(",", 1)[1]).decode("utf-8") == text


def test_file_names_are_safe_and_dated():
    assert downloads.file_name("China's NEV sales / <b>", "2024-12-31") == "chinas-nev-sales-b-2024-12-31.csv"
    assert downloads.file_name("", "") == "data.csv"


def test_the_data_archive_holds_readme_and_csv_and_is_reproducible(tmp_path):
    (tmp_path / "figures.csv").write_text("figure_id,value,low,high,url\nx,1,1,1,https://a\n", encoding="utf-8")
    (tmp_path / "indicators.csv").write_text("indicator_id,value,formula\ny,2,a / b\n", encoding="utf-8")
    first = datazip.write(tmp_path, INFO).read_bytes()
    second = datazip.write(tmp_path, INFO).read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "data.zip") as archive:
        assert archive.namelist() == ["README.txt", "figures.csv", "indicators.csv"]
        readme = archive.read("README.txt").decode("utf-8")
    assert "figures.csv:" in readme and "  low: the lowest value" in readme and "  formula: " in readme
    assert "Licence" in readme and "MIT" in readme and "copyright stays with their publishers" in readme


# --- the built reports, as a reader opens them --------------------------------------------------------------


def _found(pattern: str, text: str, flags: int = 0) -> str:
    """The first group of a pattern that must be in the text."""
    match = re.search(pattern, text, flags)
    assert match, f"{pattern!r} not found"
    return match.group(1)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[dict] = []
        self.scripts: list[dict] = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs)
        if tag == "script":
            self.scripts.append(attrs)


def _page(built, edition: str) -> tuple[str, _Page]:
    text = (built / "reports" / edition / "report.html").read_text(encoding="utf-8")
    page = _Page()
    page.feed(text)
    return text, page


def test_the_2024_edition_shows_what_changed_since_2023_each_item_linked_to_its_entry(built):
    text, page = _page(built, "as-of-2024")
    assert "What changed since the previous edition" in text
    summary = _found(r'<p class="changes-summary" id="changes">(.*?)</p>', text, re.S)
    assert "2023-12-31" in re.sub(r"<[^>]+>", "", summary)
    table = text[text.index('<table class="data changes">'):]
    table = table[:table.index("</table>")]
    targets = re.findall(r'href="#([^"]+)"', table)
    assert len(targets) >= 2 and all(target in page.ids for target in targets)
    assert "fig-china_nev_sales_2024_forecast" in targets  # published in 2024
    assert "ind-vehicle_exports_2023_forecast_vs_outcome" in targets  # judged once 2023's exports were known
    with (built / "reports" / "as-of-2024" / "changes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    meta = json.loads((built / "reports" / "as-of-2024" / "meta.json").read_text(encoding="utf-8"))
    assert meta["changes"] == len(rows) and meta["previous_edition"] == "as-of-2023"
    assert any(f'"#fig-{row["id"]}"' in table or f'"#ext-{row["id"]}"' in table or f'"#ind-{row["id"]}"' in table
               for row in rows)


def test_the_first_edition_has_no_changes_section_and_the_index_counts_the_others(built):
    text, _ = _page(built, "as-of-2021")
    assert "What changed since the previous edition" not in text and 'id="changes"' not in text
    index = (built / "reports" / "index.html").read_text(encoding="utf-8")
    row = index[index.index("Changes since the previous edition"):]
    row = row[:row.index("</tr>")]
    meta = json.loads((built / "reports" / "as-of-2024" / "meta.json").read_text(encoding="utf-8"))
    assert "first edition" in row
    assert '<a href="as-of-2024/data.zip">all data (ZIP)</a>' in index
    assert f'<a href="as-of-2024/report.html#changes">{meta["changes"]:,}</a>' in row


def test_every_chart_and_table_downloads_its_own_rows(built):
    text, _ = _page(built, "as-of-2024")
    main = text[text.index("<main"):]
    tables = len(re.findall(r'<table class="data(?! changes)', main)) - main.count('class="data appendix')
    charts = main.count('<figure class="chart">')
    links = re.findall(r'<a href="(data:text/csv;charset=utf-8;base64,[^"]+)" download="([^"]+)"', main)
    assert charts >= 3 and len(links) >= tables + charts
    names = [name for _, name in links]
    assert all(name.endswith("-2024-12-31.csv") for name in names)
    # The chart of China's NEV sales offers exactly the points it draws, each with quote or formula and source.
    chart = next(html.unescape(uri) for uri, name in links if name.startswith("chinas-nev-sales"))
    rows = list(csv.DictReader(io.StringIO(base64.b64decode(chart.split(",", 1)[1]).decode("utf-8"))))
    ids = {row["id"] for row in rows}
    assert "china_nev_sales_2023" in ids and "ext_nev_sales_china_2023" in ids
    assert "ext_nev_sales_china_2024" not in ids  # published in 2025: not in this edition
    for row in rows:
        assert row["quote_or_formula"] and row["source"] and row["unit"] and row["period"]
        assert float(row["low"]) <= float(row["value"]) <= float(row["high"])


def test_the_edition_offers_all_its_data_in_one_archive_beside_it(built):
    folder = built / "reports" / "as-of-2024"
    text, page = _page(built, "as-of-2024")
    assert any(link.get("href") == "data.zip" for link in page.links)
    with zipfile.ZipFile(folder / "data.zip") as archive:
        assert set(archive.namelist()) == {"README.txt", "figures.csv", "external_figures.csv", "indicators.csv",
                                           "changes.csv"}
        assert archive.read("indicators.csv") == (folder / "indicators.csv").read_bytes()


def test_quotes_link_to_their_source_page_at_the_quoted_words(built):
    text, page = _page(built, "as-of-2024")
    entry = text[text.index('id="fig-shanghai_nev_production_target_2025"'):]
    entry = entry[:entry.index("</div>")]
    href = html.unescape(_found(r'<a class="quote-link" href="([^"]+)"', entry))
    assert href.startswith("https://") and "#:~:text=" in href
    assert unquote(href.split("#:~:text=", 1)[1]) == "It aims to produce 1.2 million new-energy vehicles by 2025"
    assert re.search(r'<span class="entry-id"><a href="#fig-shanghai_nev_production_target_2025"', entry)


def test_the_html_cites_itself_and_carries_schema_org_metadata_that_never_runs(built):
    text, page = _page(built, "as-of-2024")
    head = text[:text.index("</head>")]
    assert [s.get("type") for s in page.scripts] == ["application/ld+json"]
    data = json.loads(_found(r'<script type="application/ld\+json">(.*?)</script>', head, re.S))
    report, dataset = data["@graph"]
    assert report["version"] == "as-of-2024" and report["temporalCoverage"] == "../2024-12-31"
    assert {s["url"] for s in report["isBasedOn"]} >= {"https://www.shine.cn/biz/auto/2102255093/"}
    assert dataset["distribution"][0]["contentUrl"] == "data.zip"
    bib = html.unescape(_found(r'<pre class="bibtex"><code>(.*?)</code></pre>', text, re.S))
    entry = parse_string(bib, "bibtex").entries["nevreport_as_of_2024"]
    assert entry.fields["note"].startswith("Data as of 2024-12-31")
    assert "as-of-2024" in html.unescape(_found(r'<p class="citation">(.*?)</p>', text))


def test_an_older_edition_points_to_the_newest_and_the_newest_does_not(built):
    old, _ = _page(built, "as-of-2023")
    newest, _ = _page(built, "latest")
    assert '<p class="newer-edition" role="note">' in old and 'href="../latest/report.html"' in old
    assert '<p class="newer-edition"' not in newest
    assert '<dt>Previous edition</dt><dd><a href="../as-of-2024/report.html">' in newest


@pytest.mark.parametrize("edition", ["as-of-2024"])
def test_the_pdf_title_page_carries_the_citation_and_the_csv_attachments(built, edition):
    from pypdf import PdfReader

    reader = PdfReader(built / "reports" / edition / "report.pdf")
    first = " ".join(reader.pages[0].extract_text().split())
    assert "CITE THIS EDITION" in first and "@misc{nevreport_as_of_2024," in first
    assert "A newer edition exists" in first
    assert {"indicators.csv", "figures.csv", "external_figures.csv"} <= set(reader.attachments)
    assert "Download these" not in " ".join(page.extract_text() for page in reader.pages)
