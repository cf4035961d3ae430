"""Where a figure was said is not whose it is, and a sentence opening "Globally," gives the world's figures. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(
    "sentence",
    ["The head of the association told a forum in Harbin that it expects Chinese sales of 31 million cars this year.",
     "The association told a conference of the industry in Harbin on Friday that Chinese sales would reach 31 "
     "million cars this year.",
     "Its secretary general said in Harbin on Friday that Chinese sales would reach 31 million cars this year."],
)
def test_the_place_a_figure_is_said_in_is_not_its_entity(tmp_path: Path, sentence):
    text = f"Outlook\n\n{sentence}\n\nThe association's members are carmakers.\n"
    assert _rows(tmp_path, text, published="2025-01-10")["31 million"]["entity"] == "China"


def test_a_place_a_sentence_is_about_stays_its_entity(tmp_path: Path):
    text = ("Harbin\n\nNEV output in Harbin rose to 120,000 units last year, the city said at a briefing on "
            "Friday.\n")
    assert _rows(tmp_path, text, published="2025-01-10")["120,000"]["entity"] == "Harbin"


def test_a_sentence_opening_globally_gives_the_worlds_figures(tmp_path: Path):
    text = ("Batteries\n\nBYD and CATL lead the market for power batteries.\n\nGlobally, installations of power "
            "batteries reached 620.5 GWh last year, up 40.2 percent year on year.\n")
    rows = _rows(tmp_path, text, published="2025-01-10")
    assert (rows["620.5"]["entity"], rows["40.2 percent"]["entity"]) == ("World", "World")


def test_a_company_named_after_globally_keeps_its_figure(tmp_path: Path):
    text = "Batteries\n\nGlobally, CATL installed 240 GWh of power batteries last year.\n"
    assert _rows(tmp_path, text, published="2025-01-10")["240"]["entity"] == "CATL"


@pytest.mark.parametrize(
    ("sentence", "stated", "period"),
    [("Zeta Motors intends to sell 500,000 cars this year after selling 40,000 in February.", "40,000", "2025-02"),
     ("Zeta Motors expects to sell 80,000 cars in 2025 after it sold about 52,000 last year.", "52,000", "2024")],
)
def test_what_was_done_before_a_goal_is_actual(tmp_path: Path, sentence, stated, period):
    row = _rows(tmp_path, f"Plans\n\n{sentence}\n", published="2025-03-10")[stated]
    assert (row["metric"], row["period"], row["status"]) == ("vehicle_sales", period, "actual")


def test_trucks_by_weight_are_kinds_of_their_own(tmp_path: Path):
    text = ("Trucks\n\nZeta sold 3,200 heavy-duty trucks in May, up 8 percent, and 1,100 light-duty trucks, down 5 "
            "percent.\n")
    rows = _rows(tmp_path, text, published="2024-06-12")
    assert [rows[s]["metric"] for s in ("1,100", "5 percent")] == ["light_truck_sales", "light_truck_sales_yoy_pct"]


def test_may_before_a_measure_is_the_month(tmp_path: Path):
    text = ("Zeta Motors\n\nZeta Motors said its May deliveries rose 12 percent to 30,000 units. Sales may rise 5 "
            "percent this year.\n")
    rows = _rows(tmp_path, text, published="2024-06-12")
    assert (rows["30,000"]["period"], rows["12 percent"]["period"], rows["5 percent"]["period"]) == (
        "2024-05", "2024-05", "2024")



@pytest.mark.parametrize(
    ("sentence", "stated", "entity"),
    [("In Europe, NEV registrations climbed to 1.1 million in 2020, helped by subsidies.", "1.1 million", "Europe"),
     ("In Germany, EV sales rose 20 percent to 400,000 units in 2020.", "400,000", "Germany"),
     ("In Germany, Zeta Motors sold 4,000 cars in 2020.", "4,000", "Zeta"),
     ("US NEV sales reached 300,000 units in 2020.", "300,000", "United States"),
     ("The US market should top 500,000 NEV sales in 2021.", "500,000", "United States"),
     ("Sales in the U.S. rose 10 percent in 2020.", "10 percent", "United States")],
)
def test_a_market_abroad_is_named_in_full(tmp_path: Path, sentence, stated, entity):
    text = f"Markets\n\nChina's NEV sales will reach 5 million units this year, the team said.\n\n{sentence}\n"
    assert _rows(tmp_path, text, published="2021-07-22")[stated]["entity"] == entity


def test_cars_exported_to_the_us_are_the_exporters(tmp_path: Path):
    text = "Exports\n\nZeta Motors exported 5,000 cars to the US in 2020, worth US$100 million.\n"
    rows = _rows(tmp_path, text, published="2021-07-22")
    assert (rows["5,000"]["entity"], rows["US$100 million"]["entity"]) == ("Zeta", "Zeta")


def test_a_verb_before_revenue_names_no_line_of_business(tmp_path: Path):
    text = "Results\n\nZeta Motors, which is expanding abroad, saw revenue rise 40 percent to 80.5 billion yuan.\n"
    rows = _rows(tmp_path, text, published="2018-03-21")
    assert (rows["40 percent"]["metric"], rows["80.5 billion yuan"]["metric"]) == ("revenue_yoy_pct", "revenue_cny")


def test_where_the_shares_closed_is_their_price(tmp_path: Path):
    text = ("Zeta Motors\n\nZeta Motors said its profit doubled. Its shares in Hong Kong climbed 2.9 percent on Monday "
            "to HK$43 at one point, and closed at HK$42.25.\n")
    row = _rows(tmp_path, text, published="2018-03-21")["HK$42.25"]
    assert (row["entity"], row["metric"], row["period"]) == ("Zeta", "share_price_hkd", "2018-03-19")


def test_approach_is_a_hedge_from_below(tmp_path: Path):
    text = "Outlook\n\nSales of NEVs in China could approach 7.5 million units by 2025, a broker said.\n"
    assert _rows(tmp_path, text, published="2021-07-22")["7.5 million"]["qualifier"] == "at_most"


def test_a_headline_about_a_countrys_market_makes_it_the_subject(tmp_path: Path):
    text = ("Discounting in Chinese car market eases\n\nTesla cut its prices first, and others followed within "
            "weeks.\n\nData out on Tuesday had car sales at 1.7 million in July, 2.1% lower on the year.\n")
    assert _rows(tmp_path, text, published="2023-08-09")["1.7 million"]["entity"] == "China"


def test_a_company_ranked_after_with_is_its_clauses_subject(tmp_path: Path):
    text = ("Chinese battery makers lead\n\nChinese firms held half the places among the largest cell makers in "
            "2022, with Contemporary Amperex Technology Co Ltd ranked first again, holding 35 percent of the market.\n")
    assert _rows(tmp_path, text, published="2023-02-09")["35 percent"]["entity"] == "CATL"


@pytest.mark.parametrize(
    "sentence",
    ["In 2021, 2022 and 2023, Zeta Motors sold 10,000, 20,000 and 30,000 cars respectively.",
     "From 2021-2023, Zeta Motors sold 10,000, 20,000 and 30,000 cars, respectively.",
     "From 2021-23, Zeta Motors sold 10,000, 20,000 and 30,000 cars, respectively."],
)
def test_years_listed_in_turn_date_their_numbers(tmp_path: Path, sentence):
    rows = _rows(tmp_path, f"Zeta Motors\n\n{sentence}\n", published="2024-07-22")
    assert [rows[s]["period"] for s in ("10,000", "20,000", "30,000")] == ["2021", "2022", "2023"]


def test_years_across_a_century_date_their_numbers(tmp_path: Path):
    text = "Zeta Motors\n\nFrom 1999-2001, Zeta Motors sold 10,000, 20,000 and 30,000 cars, respectively.\n"
    rows = _rows(tmp_path, text, published="2024-07-22")
    assert [rows[s]["period"] for s in ("10,000", "20,000", "30,000")] == ["1999", "2000", "2001"]



@pytest.mark.parametrize(
    ("text", "stated", "entity"),
    [("Auto forum\n\nThe forum in Harbin, now in its third year, drew 2,000 delegates.\n", "2,000", "Harbin"),
     ("Chargers\n\nOfficials told reporters in Harbin that the city had built 120,000 chargers as of "
      "May.\n", "120,000", "Harbin"),
     ("Zeta Motors\n\nZeta Motors posted record results for 2024.\n\nGlobally, it sold 1.8 million vehicles last "
      "year.\n", "1.8 million", "Zeta"),
     ("EV market\n\nGlobally, EV sales rose 25 percent last year, while Chinese sales rose 40 percent to 11 million "
      "units.\n", "11 million", "China"),
     ("Zeta Motors\n\nZeta Motors is expanding abroad.\n\nIn Europe, it delivered 12,000 vehicles in May.\n",
      "12,000", "Zeta"),
     ("Markets\n\nChina's NEV sales will reach 5 million units this year, the team said.\n\nUS NEV sales reached "
      "300,000 units in 2020.\n", "5 million", "China")],
)
def test_near_misses_keep_their_entity(tmp_path: Path, text, stated, entity):
    assert _rows(tmp_path, text, published="2025-03-10")[stated]["entity"] == entity


def test_a_condition_after_a_goal_stays_an_outlook(tmp_path: Path):
    text = "Plans\n\nZeta Motors expects to break even after selling 200,000 cars a year.\n"
    assert _rows(tmp_path, text, published="2025-03-10")["200,000"]["status"] == "forecast"


def test_approached_as_contacted_is_no_hedge(tmp_path: Path):
    text = "Zeta Motors\n\nZeta Motors approached 12 suppliers for its new battery in May.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["12"]["qualifier"] == "exact"


@pytest.mark.parametrize(
    "sentence",
    ["Between 2020 and 2023, Zeta Motors and Lumen sold 5,000 and 4,000 cars, respectively.",
     "Zeta Motors and Lumen sold 12,000 and 15,000 cars in 2023, respectively, against 2021 and 2022."],
)
def test_numbers_paired_with_names_keep_their_period(tmp_path: Path, sentence):
    rows = _rows(tmp_path, f"EV makers\n\n{sentence}\n", published="2024-06-10")
    periods = {row["period"] for stated, row in rows.items() if stated in ("5,000", "4,000", "12,000", "15,000")}
    assert len(periods) == 1
