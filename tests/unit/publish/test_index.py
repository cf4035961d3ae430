"""reports/index.html, in-process from small report folders: every edition side by side, each value linked."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from nevreport.common.errors import UserError
from nevreport.common.tables import spreadsheet_text
from nevreport.curate.catalogue import load_catalogue
from nevreport.publish.index import render_index

SHARE, PROGRESS = "nev_share_of_vehicle_exports_2023_jan_may", "shanghai_nev_target_progress"
KEY_INDICATORS = [SHARE, "nev_sales_yoy_2024_forecast", PROGRESS]
COLUMNS = ["indicator_id", "label", "value", "low", "high", "unit", "period", "formula"]


def edition(reports: Path, name: str, as_of: str, rows: list[dict], built: bool = True, **meta: str) -> None:
    """A report folder as a build leaves it: meta.json, indicators.csv and, when built, report.html."""
    folder = reports / name
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text(json.dumps({"as_of": as_of, **meta}), encoding="utf-8")
    with (folder / "indicators.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows({key: spreadsheet_text(row.get(key, "")) for key in COLUMNS} for row in rows)
    if built:
        (folder / "report.html").write_text("<html></html>", encoding="utf-8")


def indicator(key: str, value, low, high, unit="percent", **extra) -> dict:
    return {"indicator_id": key, "label": f"Label of {key}", "value": value, "low": low, "high": high, "unit": unit,
            "period": "2023-01/2023-05", "formula": "NEV / all x 100", **extra}


def cells(page: str, label: str) -> list[str]:
    """The cells of the row whose header is `label`."""
    row = re.search(rf"<tr><th scope=row>{re.escape(label)}</th>(.*?)</tr>", page, re.S)
    assert row, f"no row {label!r}"
    return re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)


def test_each_value_links_to_its_entry_in_that_editions_appendix(tmp_path):
    edition(tmp_path, "early", "2021-12-31", [indicator(SHARE, "", "", "")], title="The report")
    edition(tmp_path, "late", "2024-12-31", [indicator(SHARE, 25.99545, 25.9, 26.1)])
    page = render_index(["early", "late"], tmp_path, KEY_INDICATORS)
    early, late = cells(page, f"Label of {SHARE}")
    assert early == "n/a"  # not known at the end of 2021
    assert late == (f'<a href="late/report.html#ind-{SHARE}">26.0%</a><br><span class=muted>Jan-May 2023; 25.9% to '
                    '26.1%</span>')
    assert 'title="NEV / all x 100 (Jan-May 2023)"' in page
    assert "<th>late<br><span class=muted>as of 2024-12-31</span></th>" in page


def test_a_key_indicator_known_to_no_edition_keeps_its_id_as_label(tmp_path):
    edition(tmp_path, "late", "2024-12-31", [indicator(SHARE, 26.0, 26.0, 26.0)])
    page = render_index(["late"], tmp_path, KEY_INDICATORS)
    assert re.findall(r"<th scope=row>([^<]*)</th>", page) == ["Report", "Changes since the previous edition",
                                                                f"Label of {SHARE}",
                                                                *KEY_INDICATORS[1:]]
    assert cells(page, f"Label of {SHARE}") == [f'<a href="late/report.html#ind-{SHARE}">26.0%</a><br><span '
                                                'class=muted>Jan-May 2023</span>']


def test_a_value_resting_on_a_bound_keeps_its_words_and_its_period(tmp_path):
    """A value computed from an "over" figure is shown as the bound it is ("at most 33.3%"), never as a bare
    33.3%, and the year it is of stays beside it."""
    progress = KEY_INDICATORS[-2]
    edition(tmp_path, "late", "2024-12-31", [indicator(progress, 33.3333, -100, 33.3333, period="2023")])
    (cell,) = cells(render_index(["late"], tmp_path, KEY_INDICATORS), f"Label of {progress}")
    assert cell == f'<a href="late/report.html#ind-{progress}">at most 33.3%</a><br><span class=muted>2023</span>'


def test_an_edition_not_built_says_so_instead_of_linking(tmp_path):
    edition(tmp_path, "built", "2024-12-31", [], description="Everything")
    edition(tmp_path, "failed", "2023-12-31", [], built=False)
    page = render_index(["built", "failed", "never"], tmp_path, KEY_INDICATORS)
    built, failed, never = cells(page, "Report")
    assert 'href="built/report.html"' in built and 'href="built/report.pdf"' in built
    assert failed == never == "<span class=muted>not built</span>"
    assert "<th>never<br><span class=muted>as of not built</span></th>" in page
    assert "<li><strong>built</strong>: Everything</li>" in page


def test_text_from_the_data_is_shown_as_text_and_formulas_read_back(tmp_path):
    hostile = indicator(PROGRESS, 107.2, 107.2, 107.2, label="=<script>alert(1)</script>",
                        formula="-a & b <i>")
    edition(tmp_path, "latest", "2026-11-23", [hostile], title="<b>Report</b>")
    page = render_index(["latest"], tmp_path, KEY_INDICATORS)
    assert "<script>" not in page and "<b>Report" not in page
    assert "<title>&lt;b&gt;Report&lt;/b&gt;: all editions</title>" in page
    # The CSV guards text a spreadsheet would run with an apostrophe; the page shows the text as written.
    assert "<th scope=row>=&lt;script&gt;alert(1)&lt;/script&gt;</th>" in page
    assert 'title="-a &amp; b &lt;i&gt; (Jan-May 2023)"' in page


def test_the_page_stands_alone(tmp_path):
    edition(tmp_path, "latest", "2026-11-23", [])
    page = render_index(["latest"], tmp_path, KEY_INDICATORS)
    assert page.startswith("<!DOCTYPE html>\n<html lang=en>") and page.endswith("</html>\n")
    assert "<script" not in page and "http:" not in page and "https:" not in page  # no resource from elsewhere
    assert "default-src 'none'" in page  # and a Content-Security-Policy that would block one
    assert "<title>nevreport: all editions</title>" in page  # no edition named a title



def test_the_index_rows_are_the_catalogue_entries_marked_for_it(tmp_path):
    entry = ("  - {{id: {}, label: L, formula: f, unit: percent, function: share_pct, inputs: [a, b], "
             "period: '2023', section: exports, kind: derived{}}}\n")
    catalogue = tmp_path / "indicators.yaml"
    catalogue.write_text("goal: g\nindicators:\n" + entry.format("first", ", index: true")
                         + entry.format("second", "") + entry.format("third", ", index: true"), encoding="utf-8")
    assert load_catalogue(tmp_path).key_indicators == ["first", "third"]
    catalogue.write_text("goal: g\nindicators:\n" + entry.format("first", ", index: maybe"), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_catalogue(tmp_path)
    assert "index 'maybe' is not true or false" in str(caught.value)
