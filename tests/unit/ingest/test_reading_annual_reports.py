"""Figures an annual report gives early in the year after it, estimates of a period not over yet, the months of
this year, a market named by its place, a measure after "as", and the kinds of NEV a share names. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

_REPORT = ("Zeta Motors leads again\n\nZeta Motors was the country's top seller of pickups once more, its annual "
           "report shows.\n\nIts sales reached a record 412,300 vehicles, up 21.4 percent year on year.\n\n"
           "After 15 years abroad, Zeta's pickups have been sold in more than 60 countries.\n")


def test_an_annual_report_early_in_a_year_tells_of_the_year_before(tmp_path: Path):
    rows = _rows(tmp_path, _REPORT, published="2025-03-06")
    assert [rows[s]["period"] for s in ("412,300", "21.4 percent")] == ["2024", "2024"]


def test_a_running_total_in_an_annual_report_stays_dated_when_written(tmp_path: Path):
    assert _rows(tmp_path, _REPORT, published="2025-03-06")["60"]["period"] == "2025-03"


def test_without_an_annual_report_the_year_before_is_not_assumed(tmp_path: Path):
    text = _REPORT.replace("its annual report shows", "figures show")
    assert _rows(tmp_path, text, published="2025-02-20")["412,300"]["period"] != "2024"


_ESTIMATE = ("Harbour Auto estimates\n\nNEV retail sales in Northvale are estimated to have reached 61,200 units in "
             "November, up 7.5 percent month on month.\n")


def test_an_estimate_of_a_month_not_over_is_a_forecast(tmp_path: Path):
    rows = _rows(tmp_path, _ESTIMATE, published="2024-11-22")
    assert [(rows[s]["period"], rows[s]["status"]) for s in ("61,200", "7.5 percent")] == [("2024-11", "forecast")] * 2


def test_an_estimate_of_a_month_over_is_actual(tmp_path: Path):
    rows = _rows(tmp_path, _ESTIMATE, published="2024-12-04")
    assert (rows["61,200"]["period"], rows["61,200"]["status"]) == ("2024-11", "actual")


def test_the_months_of_this_year_are_counted_from_january(tmp_path: Path):
    text = ("Northvale output\n\nNorthvale made 9,400 NEVs in the four months of this year, a gain of 300 percent "
            "on a year before.\n\nThe output of electric buses went up by 200 percent.\n")
    rows = _rows(tmp_path, text, published="2024-05-09")
    assert [rows[s]["period"] for s in ("9,400", "300 percent", "200 percent")] == ["2024-01/2024-04"] * 3


def test_a_market_named_by_its_place_is_that_places(tmp_path: Path):
    text = ("In March, Zeta Motors led China's plug-in market\n\nThe Chinese plug-in car market is growing fast \u2013 "
            "in March, buyers took home some 45% more plug-in cars than a year before.\n\nThe Zeta Alpha, with 4,100 "
            "sales, was the best seller; Zeta Motors sold 9,000 cars in all.\n")
    rows = _rows(tmp_path, text, published="2024-04-15")
    assert (rows["45%"]["entity"], rows["9,000"]["entity"]) == ("China", "Zeta")


_NEV_YEAR = ("Northvale car sales fall\n\nNEV sales in Northvale surged 41.7 percent year on year to 260,000 vehicles "
             "last year as production jumped 39.9 percent to 270,000.\n\nElectric vehicles accounted for around 70 "
             "percent of NEV sales, rising 30.8 percent year on year to 182,000 units.\n\nPlug-in hybrids made up 22 "
             "percent of NEV exports, up 30 percent to 52,000 units.\n")


def test_a_measure_after_as_is_its_own_clauses(tmp_path: Path):
    rows = _rows(tmp_path, _NEV_YEAR, published="2019-01-15")
    assert [rows[s]["metric"] for s in ("41.7 percent", "260,000", "39.9 percent", "270,000")] == [
        "nev_sales_yoy_pct", "nev_sales", "nev_production_yoy_pct", "nev_production"]


def test_electric_vehicles_as_a_part_of_nevs_are_pure_electric(tmp_path: Path):
    rows = _rows(tmp_path, _NEV_YEAR, published="2019-01-15")
    assert [rows[s]["metric"] for s in ("70 percent", "30.8 percent", "182,000")] == [
        "bev_share_of_nev_sales", "bev_sales_yoy_pct", "bev_sales"]


def test_a_kind_of_nev_keeps_its_name_in_a_share(tmp_path: Path):
    rows = _rows(tmp_path, _NEV_YEAR, published="2019-01-15")
    assert [rows[s]["metric"] for s in ("22 percent", "30 percent", "52,000")] == [
        "phev_share_of_nev_exports", "phev_exports_yoy_pct", "phev_exports"]


def test_a_period_after_a_base_is_the_bases(tmp_path: Path):
    text = ("Northvale plates\n\nNorthvale will keep 30,000 plates for NEVs next year while the plates for gasoline "
            "cars will be cut to 20,000 from 45,000 this year.\n")
    rows = _rows(tmp_path, text, published="2024-12-15")
    assert [rows[s]["period"] for s in ("20,000", "45,000")] == ["2025", "2024"]


def test_eve_is_eve_energy(tmp_path: Path):
    text = "Battery plans\n\nBattery maker EVE plans to invest RMB 2.5 billion in a new plant in Northvale.\n"
    assert _rows(tmp_path, text, published="2024-02-14")["RMB 2.5 billion"]["entity"] == "EVE Energy"


def test_a_change_told_as_a_noun_after_a_level_is_the_levels(tmp_path: Path):
    text = ("Northvale sales slip\n\nIn May, Northvale dealers sold 4,500 electric cars, plug-in hybrids and fuel "
            "cell vehicles, a 21.6 percent jump on May last year.\n")
    rows = _rows(tmp_path, text, published="2024-06-13")
    assert [rows[s]["metric"] for s in ("4,500", "21.6 percent")] == ["nev_sales", "nev_sales_yoy_pct"]


def test_a_share_moving_from_one_level_to_another_is_held_by_brands_of_an_origin(tmp_path: Path):
    text = ("Chinese cars gain in Northvale\n\nIn the northern districts of Northvale and Eastvale, the share of "
            "Chinese vehicles in new car sales went from 12 percent in January 2023 to 41 percent in March "
            "2024.\n\nMeanwhile Japanese car brands, whose market share slid from 31 percent to 7 percent, cut "
            "prices.\n")
    rows = _rows(tmp_path, text, published="2024-04-18")
    assert [rows[s]["metric"] for s in ("12 percent", "41 percent", "31 percent", "7 percent")] == [
        "chinese_brand_share_of_new_vehicle_sales"] * 2 + ["japanese_brand_share_of_new_vehicle_sales"] * 2


@pytest.mark.parametrize(
    ("text", "published", "stated", "field", "value"),
    [  # each a near miss of a reading above, which keeps what the sentence says
        ("Lumen deliveries\n\nLumen, which will publish its annual results later this month, said deliveries rose 12 "
         "percent.\n\nThe startup delivered 18,400 vehicles.\n", "2025-03-05", "18,400", "period", "2025-02"),
        ("Harbour plant\n\nThe Eastvale plant, whose cost was estimated at 5 billion yuan, has produced 20,000 cars so "
         "far this year.\n", "2024-06-20", "20,000", "status", "actual"),
        ("Harbour Auto\n\nHarbour Auto's sales jumped 40 percent to 66,000 units in the winter months of 2023.\n",
         "2024-02-11", "66,000", "period", "2023"),
        ("Zeta Motors\n\nZeta Motors sold 520,000 vehicles in the 12 months of 2023, up 18 percent.\n", "2024-01-25",
         "520,000", "period", "2023"),
        ("Tesla in China\n\nThe Chinese market accounted for 35 percent of Tesla's global deliveries in May.\n",
         "2024-06-05", "35 percent", "entity", "Tesla"),
        ("Exports\n\nVehicle exports to markets such as Russia rose 30 percent to 90,000 units in May.\n", "2024-06-11",
         "90,000", "entity", "China"),
        ("Exports\n\nExports accounted for 20 percent of Zeta Motors' sales in May, rising 50 percent to 40,000 "
         "units.\n", "2024-06-11", "40,000", "metric", "vehicle_exports"),
        ("Zeta exports\n\nZeta Motors exported 45,000 vehicles to buyers from 30 countries last year.\n", "2024-06-11",
         "45,000", "period", "2023"),
        ("Lumen sales\n\nLumen sold 18,000 vehicles in May, a 25 percent rise in its exports helping.\n", "2024-06-13",
         "25 percent", "metric", "vehicle_exports_yoy_pct"),
        ("Zeta margins\n\nAs Zeta Motors gained market share, its gross margin fell from 20 percent to 15 percent in "
         "the first quarter.\n", "2024-06-11", "15 percent", "metric", "gross_margin_pct"),
    ],
)
def test_near_misses_keep_their_reading(tmp_path: Path, text, published, stated, field, value):
    assert _rows(tmp_path, text, published=published)[stated][field] == value


def test_a_city_named_with_its_province_is_a_place(tmp_path: Path):
    text = ("Swap trucks in Langfang\n\nThe pilot covers Wuhai in Inner Mongolia, Langfang in the Hebei province "
            "and Mianyang, Sichuan province.\n\nSo far, Langfang has put into service over 3,000 battery-swap heavy "
            "trucks.\n\nLangfang plans to promote 8,000 new energy vehicles, including 600 hydrogen vehicles, in "
            "2025.\n")
    rows = _rows(tmp_path, text, published="2024-11-10")
    assert [rows[s]["entity"] for s in ("3,000", "8,000", "600")] == ["Langfang"] * 3
    assert [rows[s]["metric"] for s in ("8,000", "600")] == ["nev_promoted_target", "fcv_promoted_target"]


def test_a_capitalised_word_before_a_province_is_no_city(tmp_path: Path):
    text = "Output\n\nProduction in Hebei province rose 12 percent to 80,000 NEVs last year.\n"
    assert _rows(tmp_path, text, published="2024-02-10")["80,000"]["entity"] == "Hebei"


def test_markets_listed_in_turn_pair_with_their_growths(tmp_path: Path):
    text = ("Chinese car exports\n\nChina's vehicle exports rose 30 percent in the first four months.\n\nIn those "
            "months, exports to Chile, Peru and Egypt grew 12%, 31% and 140% respectively.\n")
    rows = _rows(tmp_path, text, published="2024-05-27")
    assert [(rows[s]["entity"], rows[s]["metric"]) for s in ("12%", "31%", "140%")] == [
        ("China", "vehicle_exports_chile_yoy_pct"), ("China", "vehicle_exports_peru_yoy_pct"),
        ("China", "vehicle_exports_egypt_yoy_pct")]


def test_a_models_figures_are_its_makers(tmp_path: Path):
    text = ("Breeze EV tops sales\n\nHarbour Auto's Breeze EV, a small two-door car, sold 8,100 units last month, "
            "up 14 percent from September.\n\nIn September the Model 3 lost first place to the Breeze EV, which sold "
            "over 7,400 units against the Model 3's 6,300.\n")
    rows = _rows(tmp_path, text, published="2020-11-05")
    assert [(rows[s]["entity"], rows[s]["metric"]) for s in ("14 percent", "7,400", "6,300")] == [
        ("Harbour", "breeze_ev_sales_mom_pct"), ("Harbour", "breeze_ev_sales"), ("Tesla", "model_3_sales")]


def test_one_brand_called_chinese_is_no_group_of_brands(tmp_path: Path):
    text = ("Breeze gains in Chile\n\nBreeze is now Chile's ninth biggest brand.\n\nThe Chinese brand, owned by "
            "Harbour Auto, posted a 64% rise in sales to 20,300.\n\nChinese-brand passenger cars sold 61,000 units in "
            "May.\n")
    rows = _rows(tmp_path, text, published="2022-08-05")
    assert "chinese_brand" not in rows["20,300"]["metric"]
    assert rows["61,000"]["metric"].startswith("chinese_brand_")


@pytest.mark.parametrize(
    ("text", "stated", "field", "value"),
    [  # near misses of the readings of cities, kinds, markets in turn, models and brands
        ("Policy\n\nMeasures announced on Tuesday will promote 10 percent growth in NEV sales, analysts said.\n",
         "10 percent", "metric", "nev_sales_yoy_pct"),
        ("Rail line\n\nThe rail line to Europe, put into use in 2021, carried 30,000 vehicles last year.\n", "30,000",
         "metric", "vehicles"),
        ("Exports\n\nChina's vehicle exports climbed in May. In addition to Russia and Mexico, exports to Brazil and "
         "Chile rose 30% and 40%, respectively.\n", "40%", "metric", "vehicle_exports_chile_yoy_pct"),
        ("Port\n\nWaigang Terminal shipped 12,000 Model Y cars in May.\n", "12,000", "entity", "Waigang Terminal"),
        ("Brands\n\nChinese brand sales rose 20 percent to 1.2 million in May.\n", "1.2 million", "metric",
         "chinese_brand_vehicle_sales"),
    ],
)
def test_near_misses_of_cities_kinds_markets_and_models(tmp_path: Path, text, stated, field, value):
    assert _rows(tmp_path, text, published="2024-06-11")[stated][field] == value


def test_a_word_before_a_province_and_a_list_of_kinds_name_no_city_and_no_fuel_cells(tmp_path: Path):
    rows = _rows(tmp_path / "made", "Made in Anhui\n\nMade in Anhui, the Zeta Alpha sold 12,000 units in May.\n",
                 published="2024-06-11")
    assert rows["12,000"]["entity"] != "Made"
    rows = _rows(tmp_path / "fleet", "Fleet\n\nNorthvale has 8,000 electric and hydrogen vehicles on its roads.\n",
                 published="2024-06-11")
    assert not rows["8,000"]["metric"].startswith("fcv")


def test_a_range_of_years_is_a_span_of_time(tmp_path: Path):
    text = ("Outlook\n\nAnalysts expect the sector to expand by 6 to 9 percent a year over the next three to 5 "
            "years.\n\nThe plant took two to four years to build.\n")
    rows = _rows(tmp_path, text, published="2013-12-10")
    assert not {"three", "5", "two", "four"} & set(rows)
