"""Supplementary figures checked against themselves: growth against levels, hedge against excerpt, link against
publisher; the warnings of `nevreport validate` and the table of the data-quality chapter. Values worked by hand."""

from __future__ import annotations

import datetime as dt
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from nevreport import cli
from nevreport.common import config
from nevreport.curate.publishers import link_belongs
from nevreport.curate.supplementary import (
    check_growth,
    check_hedges,
    check_links,
    earlier_entity,
    earlier_period,
    stated_growths,
)
from nevreport.curate.validate import validate_data_dir
from nevreport.story.report import Report


def row(sid, value, low, high, period, excerpt="", metric="nev_production", entity="Shanghai", qualifier="exact",
        publisher="Daily", url="https://daily.example/a", published="2024-01-01", unit="vehicles", note=""):
    return {"source_id": sid, "metric": metric, "entity": entity, "period": period, "value": float(value),
            "low": float(low), "high": float(high), "unit": unit, "qualifier": qualifier, "publisher": publisher,
            "url": url, "published": dt.date.fromisoformat(published), "excerpt": excerpt, "confidence": "medium",
            "note": note}


def growth_of(text: str) -> tuple[float, float, float]:
    (found,) = stated_growths(text)
    return found.growth.value, found.growth.low, found.growth.high


# --- reading growth from an excerpt -----------------------------------------------------------------------


def test_growth_is_read_with_the_range_its_writing_allows():
    # "170": its last significant digit is the tens, so 165 to 175; the base year is named
    (scmp,) = stated_growths("550,000 NEVs ... were built in Shanghai last year, up 170 per cent from 2020")
    assert (scmp.growth.value, scmp.growth.low, scmp.growth.high, scmp.since) == (170, 165, 175, "2020")
    assert scmp.text == "up 170 per cent"
    # "increased 1.2 times" is growth of 120% (1.15 to 1.25 times), as Chinese statistics write it
    assert growth_of("exports of new-energy vehicles increased 1.2 times year on year to 679,000 units") == \
        pytest.approx((120, 115, 125))
    # a fall is negative: 4.1 is 4.05 to 4.15
    assert growth_of("NEV exports dropped 4.1 percent from a year earlier to 105,000") == \
        pytest.approx((-4.1, -4.15, -4.05))
    # "nearly 30 percent": 30 is read as rounded to its second digit (step 1), so 29 to 30
    assert growth_of("sales rose nearly 30 percent") == pytest.approx((30, 29, 30))
    # "doubled" is twice the level read to its second digit: 1.95 to 2.05 times, growth 95% to 105%
    assert growth_of("automobile exports doubled year on year to nearly 2.02 million units") == \
        pytest.approx((100, 95, 105))


def test_shares_and_monthly_changes_are_not_yearly_growth():
    assert stated_growths("production totaled 938,000 units, of which NEVs accounted for 573,000, or 61.1 percent") \
        == []
    assert stated_growths("sales were up 2.5 percent month on month") == []
    assert stated_growths("More than 238,000 new-energy vehicles were locally produced") == []


def test_the_period_and_entity_a_growth_is_measured_from():
    assert earlier_period("2021") == "2020" and earlier_period("2021", since="2019") == "2019"
    assert earlier_period("2023-H1") == "2022-H1" and earlier_period("2024-10") == "2023-10"
    assert earlier_period("2023-01/2023-05") == "2022-01/2022-05"
    assert earlier_period("2018/2023") is None and earlier_period("2023-H1", since="2020") is None
    assert [earlier_entity(e) for e in ("CIIE 5th", "CIIE 2nd", "CIIE 4th", "CIIE 12th", "CIIE 22nd")] == \
        ["CIIE 4th", "CIIE 1st", "CIIE 3rd", "CIIE 11th", "CIIE 21st"]
    assert earlier_entity("Shanghai") == "Shanghai" and earlier_entity("CIIE 1st") == "CIIE 1st"


# --- the checks on inline rows ----------------------------------------------------------------------------


def test_a_growth_that_does_not_fit_the_levels_is_flagged_with_numbers_worked_by_hand():
    rows = pd.DataFrame([
        row("prod_2020", 238_000, 238_000, math.inf, "2020", "More than 238,000 were produced", qualifier="at_least",
            publisher="Shanghai Daily", published="2021-02-25"),
        row("prod_2021", 550_000, 545_000, 555_000, "2021", "550,000 were built, up 170 per cent from 2020"),
    ])
    (flag,) = check_growth(rows)
    assert (flag.source_id, flag.check, flag.others) == ("prod_2021", "growth", ("prod_2020",))
    # 550,000 / 238,000 = 2.3109 (+131.1%), but 2020 is "over" 238,000, so that is the most the growth can be;
    # with the rounding of 550,000 the top is 555,000 / 238,000 = 2.3319 (+133.2%), and the bottom is open.
    # 170% growth to 550,000: 550,000 / 2.7 = 203,704.
    assert flag.finding == ("“up 170 per cent” does not fit the levels on file: from over 238,000 in 2020, as "
                            "Shanghai Daily gave it on 2021-02-25, to 550,000 in 2021 is growth of at most "
                            "133.2%; 170% growth to 550,000 would put 2020 at about 203,700")


def test_a_growth_that_fits_the_levels_within_rounding_is_not_flagged():
    # 5,858,500 / 4,915,000 = +19.20% to 5,859,500 / 4,905,000 = +19.46%: holds 19.25 to 19.35
    rows = pd.DataFrame([
        row("exp_2023", 4_910_000, 4_905_000, 4_915_000, "2023", "a record high of 4.91 million"),
        row("exp_2024", 5_859_000, 5_858_500, 5_859_500, "2024", "exported 5.859 million, surging 19.3 percent"),
    ])
    assert check_growth(rows) == []


def test_an_edition_is_measured_from_the_edition_before():
    fifth = row("deals_5th", 73.5e9, 73.45e9, 73.55e9, "2022", "$73.5 billion worth of deals, up 3.9 percent",
                metric="deals", entity="CIIE 5th", unit="usd")
    # from 70.72 billion: 73.45 / 70.725 = +3.85% to 73.55 / 70.715 = +4.01%, which holds 3.85 to 3.95
    fits = row("deals_4th", 70.72e9, 70.715e9, 70.725e9, "2021", "$70.72 bln", metric="deals", entity="CIIE 4th")
    assert check_growth(pd.DataFrame([fits, fifth])) == []
    # from 70.62 billion: 73.45 / 70.625 = +4.00% at the least, above 3.95
    misfit = {**fits, "value": 70.62e9, "low": 70.615e9, "high": 70.625e9}
    (flag,) = check_growth(pd.DataFrame([misfit, fifth]))
    assert flag.source_id == "deals_5th" and "in CIIE 4th 2021" in flag.finding


def test_a_hedge_the_excerpt_contradicts_is_flagged_but_a_hedge_in_another_language_is_not():
    rows = pd.DataFrame([
        row("said_over", 238_000, 237_500, 238_500, "2020", "More than 238,000 new-energy vehicles"),
        row("lebih", 2_900, 2_900, math.inf, "2021", "Lebih dari 2.900 perusahaan", qualifier="at_least"),
        row("plain", 632_000, 631_500, 632_500, "2021", "producing 632,000 NEVs in 2021"),
    ])
    (flag,) = check_hedges(rows)
    assert flag.source_id == "said_over"
    assert flag.finding == "the excerpt hedges the number as at least, but the row reads it as stated exactly"


def test_a_link_must_lie_on_its_publishers_site():
    assert link_belongs("http://en.people.cn/n3/2025/0114/c90000-20265719.html", ("people.cn",))
    assert link_belongs("https://www.shine.cn/biz/auto/2401111656/", ("shine.cn",))
    assert not link_belongs("http://91dzs.com/english/china_key_words/2020-01/19/x.html", ("china.org.cn",))
    assert not link_belongs("https://notpeople.cn/a", ("people.cn",))
    assert not link_belongs("https://shine.cn.example.com/a", ("shine.cn",))
    rows = pd.DataFrame([
        row("copy", 57.8e9, 57.75e9, 57.85e9, "2018", publisher="china.org.cn",
            url="http://91dzs.com/english/china_key_words/2020-01/19/content_75628821.html"),
        row("own", 1, 1, 1, "2018", publisher="People's Daily", url="http://en.people.cn/n3/a.html"),
        row("unknown", 1, 1, 1, "2018", publisher="Nobody Weekly", url="https://nobody.example/a"),
    ])
    flags = check_links(rows, {"china.org.cn": ("china.org.cn",), "People's Daily": ("people.cn", "people.com.cn")})
    assert [f.source_id for f in flags] == ["copy", "unknown"]
    assert flags[0].finding.startswith("the link goes to 91dzs.com, not to china.org.cn: the figure rests on a copy")
    assert "cannot be checked" in flags[1].finding


# --- the real data ----------------------------------------------------------------------------------------






def test_an_edition_sees_only_the_findings_on_rows_it_knows():
    early = Report.load("2021-12-31")
    assert {(f.source_id, f.check) for f in early.supplementary_flags()} == {
        ("ext_ciie_intended_deals_ciie_1st_2018", "link"), ("ext_ciie_business_exhibitors_ciie_4th_2021", "link")}
    table = early.supplementary_checks_table()._repr_mimebundle_()["text/html"]
    assert "91dzs.com" in table and "wartabuana.com" in table and "170 per cent" not in table
    # the rows' notes are numbered notes under the table, marked beside the value
    assert table.count('<sup class="fn">') == 2 and '<ol class="notes"><li>the page read is a copy' in table
    latest = Report.load("2026-11-23").supplementary_checks_table()._repr_mimebundle_()["text/html"]
    assert "“up 170 per cent” does not fit the levels on file" in latest and "would put 2022 at about 953,200" in latest


# --- nevreport validate -----------------------------------------------------------------------------------


@pytest.fixture
def data(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, copy)
    return copy




def test_a_value_its_excerpt_does_not_state_is_an_error(data, capsys):
    path = config.supplementary_csv(data)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("ext_nev_sales_china_2023,nev_sales,China,2023,9495000",
                                 "ext_nev_sales_china_2023,nev_sales,China,2023,9595000"), encoding="utf-8")
    problems, _ = validate_data_dir(data)
    assert [(p.item, p.row) for p in problems] == [("ext_nev_sales_china_2023", 24)]
    assert "value 9595000 is not a number the excerpt states (it states '9.587 million', '9.495 million')" \
        in problems[0].message
    assert cli.main(["validate", "--data-dir", str(data)]) == 1


def test_a_thousands_dot_is_read_both_ways_so_the_indonesian_row_passes(data):
    problems, _ = validate_data_dir(data)
    assert problems == []
    path = config.supplementary_csv(data)
    path.write_text(path.read_text(encoding="utf-8").replace("Lebih dari 2.900", "Lebih dari 2.800"),
                    encoding="utf-8")
    problems, _ = validate_data_dir(data)
    assert [p.item for p in problems] == ["ext_ciie_business_exhibitors_ciie_4th_2021"]


def test_a_broken_publisher_list_is_a_problem_and_a_missing_one_a_warning(data):
    path = config.publishers_csv(data)
    path.write_text(path.read_text(encoding="utf-8") + "Somebody,http://somebody.example/\n", encoding="utf-8")
    problems, _ = validate_data_dir(data)
    assert len(problems) == 1 and "'http://somebody.example/' is not a domain name" in problems[0].message
    path.unlink()
    warnings: list = []
    problems, _ = validate_data_dir(data, warnings=warnings)
    assert problems == [] and any("no link was checked" in w.message for w in warnings)
    assert not any("91dzs" in w.message for w in warnings)  # links are not checked without the list
