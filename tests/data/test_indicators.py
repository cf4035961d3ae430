"""The indicators of the real data: the agreed ids, values worked by hand, and what each vintage may name."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from nevreport.common import config
from nevreport.curate.catalogue import load_catalogue
from nevreport.pipeline import compute_indicators

REQUIRED_IDS = [
    "nev_share_of_vehicle_exports_2023_jan_may", "vehicle_exports_2022_jan_may_implied",
    "nev_exports_2022_jan_may_implied", "nev_share_of_vehicle_exports_2022_jan_may_implied",
    "vehicle_exports_yoy_2023_forecast", "nev_sales_yoy_2024_forecast", "nev_sales_2023_h1_implied",
    "shanghai_nev_target_progress", "shanghai_nev_required_cagr", "cny_per_usd_implied_000",
    "cny_per_usd_implied_003", "cny_per_usd_implied_000_vs_average", "cny_per_usd_implied_003_vs_average",
]


def test_catalogue_holds_the_agreed_ids():
    ids = [entry.id for entry in load_catalogue(config.DATA_DIR).entries]
    assert not [key for key in REQUIRED_IDS if key not in ids]


@pytest.fixture(scope="module")
def vintages() -> dict[str, pd.DataFrame]:
    dates = ["2021-12-31", "2023-12-31", "2024-12-31", "2026-11-23"]
    return {d: compute_indicators(d).set_index("indicator_id", drop=False) for d in dates}


def test_no_export_indicator_before_the_export_article(vintages):
    early = vintages["2021-12-31"]
    exports = early[early["section"] == "exports"]
    assert len(exports) > 0 and exports["value"].isna().all()
    assert (exports["reason"] == "inputs not yet published by 2021-12-31").all()
    assert (exports["inputs"] == "").all() and (exports["label"] == "").all()


def test_no_vintage_names_a_figure_or_date_published_after_it(vintages):
    from nevreport.curate.load import load_figures, load_supplementary

    rows = [(r["figure_id"], r["published"]) for r in load_figures().to_dict("records")]
    rows += [(r["source_id"], r["published"]) for r in load_supplementary().to_dict("records")]
    for as_of, result in vintages.items():
        cutoff = dt.date.fromisoformat(as_of)
        later_ids = {key for key, published in rows if published > cutoff}
        later_dates = {published.isoformat() for _, published in rows if published > cutoff}
        text = result.to_csv(index=False)
        named = set(re.findall(r"[a-z0-9_]+", text)) & later_ids
        assert named == set(), (as_of, sorted(named))
        assert [d for d in sorted(later_dates) if d in text] == [], as_of
    # the 2021 edition has later rows to hide, so the test above is not empty
    assert vintages["2021-12-31"]["reason"].eq("inputs not yet published by 2021-12-31").sum() > 10


def test_every_computed_row_is_an_honest_interval(vintages):
    for result in vintages.values():
        done = result[result["value"].notna()]
        assert (done["low"] <= done["value"]).all() and (done["value"] <= done["high"]).all()
        assert (done["reason"] == "").all() and (result[result["value"].isna()]["reason"] != "").all()
        checks = done[done["kind"] != "derived"]
        assert (checks["verdict"] != "").all()


def test_real_figures_give_the_hand_worked_values(vintages):
    latest = vintages["2026-11-23"]["value"]
    assert round(latest["nev_share_of_vehicle_exports_2023_jan_may"], 1) == 26.0
    assert round(latest["vehicle_exports_2022_jan_may_implied"]) == 968_595
    assert round(latest["nev_exports_2022_jan_may_implied"]) == 175_769
    assert round(latest["nev_sales_yoy_2024_forecast"], 2) == 21.05
    assert round(latest["nev_sales_2023_h1_implied"] / 1e6, 3) == 3.742
    assert round(latest["vehicle_exports_yoy_2023_forecast"], 1) == 33.3
    assert round(latest["cny_per_usd_implied_000"], 3) == 6.458


def test_shanghai_progress_follows_the_latest_year_known(vintages):
    assert vintages["2023-12-31"].loc["shanghai_nev_target_progress", "period"] == "2022"
    newest = vintages["2024-12-31"].loc["shanghai_nev_target_progress"]
    assert newest["period"] == "2023"
    assert "ext_nev_production_shanghai_2023" in newest["inputs"].split(";")
    # 2023 output ran above the goal's level: it could fall (1.2 / 1.2868) ^ (1/2) - 1 = -3.43% a year, but the
    # goal, for 2025, is not called met
    assert vintages["2024-12-31"].loc["shanghai_nev_required_cagr", "value"] == pytest.approx(-3.4316, abs=1e-3)
    # the same base as the verdict's words: output 7.2% above the goal's level is +7.2%, never -6.7%
    assert vintages["2024-12-31"].loc["shanghai_nev_goal_vs_latest_actual", "value"] == pytest.approx(7.2333, abs=1e-3)
    assert vintages["2024-12-31"].loc["shanghai_nev_goal_vs_latest_actual", "verdict"].startswith(
        "output in 2023, 1.287 million, was 7.2% above the goal's level")


def test_the_articles_exchange_rates_are_set_beside_a_yearly_average_as_context(vintages):
    latest = vintages["2026-11-23"]
    jiading = latest.loc["cny_per_usd_implied_003_vs_average"]
    # 231.84 / 31.91 = 7.2654 yuan per US$ (July 2024); 7.2654 / 7.0809 (the 2023 average) - 1 = +2.61%
    assert (jiading["kind"], jiading["section"]) == ("context", "quality")
    assert jiading["value"] == pytest.approx(2.606, abs=1e-3)
    assert jiading["verdict"] == ("context, not a check: 7.27 yuan per US$ is 2.6% above 7.08 yuan per US$, which "
                                  "covers a different span of time, so the two need not agree")
    assert "not on file" in jiading["note"]
    # 350 / 54.2 = 6.4576 (March 2021); 6.4576 / 6.4508 (the 2021 average) - 1 = +0.10%
    shanghai = latest.loc["cny_per_usd_implied_000_vs_average"]
    assert shanghai["value"] == pytest.approx(0.105, abs=1e-3)
    assert "is 0.1% above 6.45 yuan per US$" in shanghai["verdict"]
    # a check of agreement needs the rate of the article's day, which the data does not hold
    assert latest[latest["kind"] == "consistency"]["inputs"].str.contains("cny_per_usd").sum() == 0
