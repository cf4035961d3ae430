"""Counts at a year's close, flows counted to a day, vehicles running in a city, whose figure "the X volume of"
names, and Tesla's "Giga" factories. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

YEAR_END = ("Northvale's fleet grows\n\nAt the close of December last year, Northvale's NEV ownership came to "
            "2.09 million units, making up 41.5 percent of all vehicles in use.\n\nBy end-December 2024, the city "
            "had 310,000 charging piles.\n\nAs of December 31, 2024, Northvale had 45,000 public chargers.\n\nBy "
            "the end of June, Northvale had 2.2 million NEVs in use.\n")


@pytest.mark.parametrize(("stated", "period"), [
    ("2.09 million", "2024"),  # "the close of December last year": the year
    ("41.5 percent", "2024"),  # (a share of the stock, of the same date)
    ("310,000", "2024"),  # "end-December 2024"
    ("45,000", "2024"),  # "December 31, 2024"
    ("2.2 million", "2025-06"),  # the end of another month: that month
])
def test_a_stock_at_the_close_of_december_takes_the_year(tmp_path: Path, stated, period):
    rows = _rows(tmp_path, YEAR_END, published="2025-08-10")
    assert rows[stated]["period"] == period


def test_a_flow_told_at_the_end_of_december_keeps_its_month(tmp_path: Path):
    text = ("Northvale car sales\n\nNorthvale's car dealers sold 61,200 vehicles in December, the month's sales "
            "closing at the end of December with a rush, the association said.\n")
    assert _rows(tmp_path, text, published="2025-01-12")["61,200"]["period"] == "2024-12"


AS_OF_DAY = ("Hefei's NEV output climbs\n\nHefei's NEV output rose 64.2 percent year on year over January-September "
             "to 812,300 autos, the city's industry bureau said. As of Oct. 24 this figure had climbed "
             "to more than 900,000 vehicles.\n\nAs of Nov. 12, NEV exports from the city this year reached "
             "118,000 units.\n\nAs of November 12, the city had 38,600 charging piles.\n\nAs of Nov. 14, some "
             "5,400 NEVs were exported via the city's river port.\n")


@pytest.mark.parametrize(("stated", "metric", "period"), [
    # "this figure", counted to a day: the months' output before it, since January 1
    ("900,000", "nev_production", "2024-01-01/2024-10-24"),
    ("118,000", "nev_exports", "2024-01-01/2024-11-12"),  # a flow of "this year" counted to a day
    ("38,600", "charging_piles", "2024-11"),  # a stock counted on a day: that month's
    ("5,400", "nev_exports", "2024-11"),  # (a count as of a day, of no year so far: that month's)
])
def test_a_flow_counted_as_of_a_day_runs_from_january(tmp_path: Path, stated, metric, period):
    row = _rows(tmp_path, AS_OF_DAY, published="2024-11-20")[stated]
    assert (row["metric"], row["period"]) == (metric, period)


def test_vehicles_in_service_are_those_a_place_has(tmp_path: Path):
    text = ("Northvale's buses\n\nBy the end of 2024, there were 7,600 hydrogen buses in service in Northvale.\n\n"
            "Some 1.1 million NEVs were on the city's roads at the end of 2024.\n\nThe city's plant has 3 lines in "
            "operation.\n")
    rows = _rows(tmp_path, text, published="2025-03-10")
    assert rows["7,600"]["metric"].endswith("bus_ownership")
    assert rows["1.1 million"]["metric"] == "nev_ownership"
    assert "ownership" not in rows["3"]["metric"]  # (lines running are no vehicles in use)


def test_the_volume_of_a_named_company_is_that_companys(tmp_path: Path):
    text = ("Startups' November\n\nLeapmotor delivered 68,150 units in November and led the new carmakers.\n\n"
            "The delivery volume of Xiaomi still topped 40,000 units.\n\nThe sales figures of NIO reached "
            "36,000 units.\n\nSales of the Chinese brand rose to 20,100 units.\n")
    rows = _rows(tmp_path, text, published="2025-12-03")
    assert rows["40,000"]["entity"] == "Xiaomi"
    assert rows["36,000"]["entity"] == "NIO"
    assert rows["20,100"]["entity"] == "Leapmotor"  # ("of the Chinese brand": no name, the one before)


def test_giga_and_a_place_is_a_tesla_factory(tmp_path: Path):
    text = ("Tesla's August\n\nTesla's China retail sales rose in August.\n\nGiga Shanghai recorded 79,010 wholesale "
            "units in August, up 14.2% from July.\n")
    rows = _rows(tmp_path, text, published="2025-09-05")
    assert rows["79,010"]["entity"] == "Tesla Gigafactory Shanghai"
    assert rows["14.2%"]["entity"] == "Tesla Gigafactory Shanghai"


SENT_ABROAD = ("China's car exports climb in May\n\nIn May 2025, 547 thousand cars made in China went abroad, 22 "
               "percent more than a year earlier, customs data showed.\n\nIn May, 97.1 thousand Chinese cars were "
               "sent to Kazakhstan. In second place is Chile with 50.4 thousand, and Mexico ranks third with 39.8 "
               "thousand.\n\nFrom January to May, Russia purchased 355.2 thousand Chinese cars, Mexico - 183.6 "
               "thousand and Brazil - 148.7 thousand.\n")


@pytest.mark.parametrize(("stated", "metric", "period"), [
    ("547 thousand", "vehicle_exports", "2025-05"),  # "cars made in China went abroad": exports, not output
    ("22 percent", "vehicle_exports_yoy_pct", "2025-05"),
    ("97.1 thousand", "vehicle_exports_kazakhstan", "2025-05"),  # "were sent to Kazakhstan"
    ("50.4 thousand", "vehicle_exports_chile", "2025-05"),  # a place in the ranking, told in the present
    ("39.8 thousand", "vehicle_exports_mexico", "2025-05"),
    ("355.2 thousand", "vehicle_exports_russia", "2025-01/2025-05"),  # a market that "purchased" Chinese cars
    ("183.6 thousand", "vehicle_exports_mexico", "2025-01/2025-05"),
])
def test_cars_that_went_abroad_and_the_markets_that_took_them(tmp_path: Path, stated, metric, period):
    row = _rows(tmp_path, SENT_ABROAD, published="2025-06-14")[stated]
    assert (row["entity"], row["metric"], row["period"]) == ("China", metric, period)


def test_cars_made_somewhere_are_made_when_the_sentence_says_so(tmp_path: Path):
    text = ("Northvale plant\n\nSome 120,000 cars were made in Northvale last year, the plant said.\n\nZeta made "
            "81,000 cars in 2024.\n")
    rows = _rows(tmp_path, text, published="2025-02-10")
    assert rows["120,000"]["metric"] == "vehicle_production"
    assert rows["81,000"]["metric"] == "vehicle_production"


@pytest.mark.parametrize(("sentence", "period"), [
    ("Zeta's revenue rose 24% to 190.4 billion yuan for the three months which ended in September.", "2024-Q3"),
    ("Zeta's revenue rose 18% to 162.5 billion yuan in the quarter ending in June.", "2024-Q2"),
    ("Zeta's revenue rose 9% to 131.7 billion yuan in the six months that ended in June.", "2024-H1"),
    ("Zeta's revenue rose 21% to 170.8 billion yuan in the three months ended September 30.", "2024-Q3"),
])
def test_months_that_ended_in_a_month(tmp_path: Path, sentence, period):
    rows = _rows(tmp_path, f"Zeta results\n\n{sentence}\n", published="2024-11-02")
    assert {row["period"] for row in rows.values() if row["metric"].startswith("revenue")} == {period}


def test_a_sentence_goes_on_in_the_span_its_predecessor_counts_not_one_it_compares_with(tmp_path: Path):
    text = ("Price cuts slow\n\nBetween January and August 2024, 168 brands in all cut their prices, exceeding the "
            "142 models for the whole of 2023 and more than all price cuts before 2022. Among "
            "them, 58 fuel car models cut prices by an average of 31,000 yuan.\n")
    rows = _rows(tmp_path, text, published="2024-09-07")
    assert rows["58"]["period"] == "2024-01/2024-08"  # (not 2022, nor the 2023 it is compared with)
    assert rows["31,000 yuan"]["period"] == "2024-01/2024-08"
    assert rows["142"]["period"] == "2023"


def test_figures_listed_after_objectives_are_the_goals(tmp_path: Path):
    text = ("Northvale's car plan\n\nThe blueprint sets out clear objectives: by 2030, reach yearly output of 1.25 "
            "million NEVs and an industry output value of RMB 280 billion.\n\nZeta and Lumen sold 1.1 million and "
            "960,000 cars last year, 95 percent and 91 percent of their annual objectives in turn.\n")
    rows = _rows(tmp_path, text, published="2026-06-01")
    assert {(rows[s]["status"], rows[s]["period"]) for s in ("1.25 million", "RMB 280 billion")} == {("target", "2030")}
    assert (rows["95 percent"]["status"], rows["95 percent"]["period"]) == ("actual", "2025")  # (a goal met: its year)


def test_a_company_named_after_what_it_does_is_the_subject_of_its_figures(tmp_path: Path):
    text = ("Jiading's makers\n\nSAIC Volkswagen sold 598,000 units from January to July.\n\nGlobal auto parts "
            "supplier Borvex also reported steady results. Its Q2 revenue reached US$4.1 billion, a 3 percent "
            "increase.\n\nRobotaxi operator Drivana now runs 1,100 vehicles in the district.\n")
    rows = _rows(tmp_path, text, published="2025-09-10")
    assert rows["US$4.1 billion"]["entity"] == "Borvex"  # (not the carmaker named before)
    assert rows["3 percent"]["entity"] == "Borvex"
    assert rows["1,100"]["entity"] == "Drivana"


def test_a_known_company_written_with_an_inner_capital_or_after_although_is_that_company(tmp_path: Path):
    text = ("Startups in December\n\nXpeng and LeapMotor followed with 20,100 and 18,700 deliveries, respectively."
            "\n\nAlthough Li Auto delivered 33,951 vehicles in September, it expects more in the quarter.\n")
    rows = _rows(tmp_path, text, published="2024-10-02")
    assert rows["18,700"]["entity"] == "Leapmotor"
    assert rows["33,951"]["entity"] == "Li Auto"
