"""A percent written "pc", dealers who hit their targets, a growth a forecast comes after, the weeks of a month told
without it, a period compared with, a paragraph's own period, a streak's start and the shares in a market abroad
listed in brackets. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_percent_written_pc_or_pct_is_a_percent(tmp_path: Path) -> None:
    text = ("Zeta's exports\n\nZeta's exports climbed 14pc on the year to 61,200 cars in March, and plug-in hybrids "
            "made up 27.5 pct of them.\n")
    rows = _rows(tmp_path, text, published="2025-04-08")
    assert (rows["14pc"]["unit"], rows["14pc"]["metric"]) == ("percent", "vehicle_exports_yoy_pct")
    assert rows["27.5 pct"]["unit"] == "percent"


def test_dealers_who_hit_their_sales_targets_are_a_share_of_dealers(tmp_path: Path) -> None:
    text = ("Dealers under strain\n\nIn the first half, 41.7% of car dealers hit their sales targets, a survey by the "
            "dealers' association found.\n")
    rows = _rows(tmp_path, text, published="2025-07-30")
    share = rows["41.7%"]
    assert (share["metric"], share["status"], share["period"]) == (
        "sales_target_achieving_dealer_share_of_dealers", "actual", "2025-H1")


def test_a_growth_an_outlook_comes_after_is_its_years_actual(tmp_path: Path) -> None:
    text = ("Slower year ahead\n\nThe association sees car sales rising 3.2% in 2026, after a better-than-hoped 8.9% "
            "growth in 2025.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert (rows["3.2%"]["status"], rows["3.2%"]["period"]) == ("forecast", "2026")
    assert (rows["8.9%"]["status"], rows["8.9%"]["period"]) == ("actual", "2025")


def test_a_week_told_without_its_month_is_of_the_month_before_it(tmp_path: Path) -> None:
    text = ("Retail picks up\n\nIn the first week of November, dealers sold 48,200 passenger cars a day. Sales "
            "gathered pace into the second week, when daily sales averaged 61,500 units, up 4.1% on the year.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert rows["48,200"]["period"] == "2025-11-01/2025-11-07"
    assert rows["61,500"]["period"] == rows["4.1%"]["period"] == "2025-11-08/2025-11-14"


def test_the_first_week_after_a_launch_is_no_week_of_a_month(tmp_path: Path) -> None:
    text = ("Zeta's new SUV\n\nZeta took 12,400 orders for the Z7 in March. In the first week after its launch, "
            "it took 3,100 orders.\n")
    rows = _rows(tmp_path, text, published="2025-04-03")
    assert "/" not in rows["3,100"]["period"]


def test_a_corresponding_period_compared_with_is_not_the_figures(tmp_path: Path) -> None:
    text = ("Chinese brands gain\n\nThe share of Chinese brands in Europe in H1 2025 nearly doubled as against "
            "corresponding period in 2024, to 6.2%.\n")
    rows = _rows(tmp_path, text, published="2025-07-25")
    assert rows["6.2%"]["period"] == "2025-H1"


def test_a_paragraphs_opening_period_is_not_read_as_a_base_of_the_one_before(tmp_path: Path) -> None:
    text = ("Zeta's July\n\nZeta delivered 18,300 cars in July. That was up 3.1% on a year earlier, but down "
            "2.2% from 18,700 in June.\n\nIn the January-July period, Zeta delivered 113,600 cars.\n")
    rows = _rows(tmp_path, text, published="2025-08-02")
    assert rows["113,600"]["period"] == "2025-01/2025-07"


def test_the_start_of_a_losing_streak_is_not_the_figures_period(tmp_path: Path) -> None:
    text = ("Zeta's March\n\nZeta sold 71,400 cars in March, down 12.5%. Its output fell 9.8%, prolonging a losing "
            "streak that began in October last year.\n")
    rows = _rows(tmp_path, text, published="2025-04-02")
    assert rows["9.8%"]["period"] == "2025-03"


def test_shares_listed_in_brackets_in_a_market_abroad(tmp_path: Path) -> None:
    text = ("Chinese makers at the show\n\nAccording to figures for January to August, the largest market shares in "
            "Chile are Zeta (19%), Lumen (12%), and Orion (7%).\n")
    rows = _rows(tmp_path, text, published="2025-09-15")
    for stated, entity in (("19%", "Zeta"), ("12%", "Lumen"), ("7%", "Orion")):
        row = rows[stated]
        assert (row["entity"], row["metric"], row["period"]) == (entity, "vehicle_sales_chile_share_pct",
                                                                 "2025-01/2025-08")
