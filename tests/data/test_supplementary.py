"""The supplementary figures as they stand: the known findings and nothing else, every publisher's sites listed."""

from __future__ import annotations

from nevreport import cli
from nevreport.curate.load import load_supplementary
from nevreport.curate.publishers import load_publishers
from nevreport.curate.supplementary import (
    check_supplementary,
)


def test_the_known_conflicts_of_the_supplementary_data_are_found_and_nothing_else():
    flags = check_supplementary(load_supplementary(), load_publishers())
    # SCMP's 550,000 "up 170 per cent" on over 238,000; AutoChina's 1.2868 million "increased by 35%" on
    # 988,600 (+30.2%); the 1st CIIE's page on 91dzs.com for china.org.cn; the 4th's exhibitors on
    # wartabuana.com for Xinhua. Every other stated growth fits (worked through in tests above and the notes).
    assert {(f.source_id, f.check) for f in flags} == {
        ("ext_nev_production_shanghai_2021_scmp", "growth"),
        ("ext_nev_production_shanghai_2023", "growth"),
        ("ext_ciie_intended_deals_ciie_1st_2018", "link"),
        ("ext_ciie_business_exhibitors_ciie_4th_2021", "link"),
    }
    # each flagged row carries a note that says what the evidence shows
    supplementary = load_supplementary().set_index("source_id")
    assert all(supplementary.loc[f.source_id, "note"] for f in flags)


def test_every_publisher_named_in_the_data_has_its_sites_listed():
    from nevreport.curate.load import load_sources

    publishers = load_publishers()
    named = set(load_supplementary()["publisher"]) | set(load_sources()["publisher"])
    assert sorted(named - set(publishers)) == []


def test_validate_lists_the_findings_as_warnings_and_passes(capsys):
    assert cli.main(["validate"]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 4
    first_ciie = ("warning: data/external/supplementary_figures.csv:32 [ext_ciie_intended_deals_ciie_1st_2018]: "
                  "the link goes to 91dzs.com")
    assert any(line.startswith(first_ciie) for line in warnings)
    assert "no problems; 4 warning(s)" in captured.out


def test_each_edition_carries_the_findings_on_the_rows_it_knows_and_its_report_shows_them():
    from nevreport.pipeline import run
    from nevreport.story.report import Report

    counts = {}
    for name in ("as-of-2021", "latest"):
        edition = run(name)
        assert list(edition.supplementary_flags) == check_supplementary(edition.supplementary, edition.publishers)
        assert Report.load(name).supplementary_flags() == list(edition.supplementary_flags)
        counts[name] = len(edition.supplementary_flags)
    assert 0 < counts["as-of-2021"] < counts["latest"]
