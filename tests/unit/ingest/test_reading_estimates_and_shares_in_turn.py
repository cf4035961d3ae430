"""Analysts' estimates set beside a result (named after their number, or in a sentence of their own), a carmaker's
takings from its cars told as "vehicle sales of" a sum, a rate that a sentence after names as "the figure" or "the
NEV rate", shares of kinds of NEV told in turn and then compared in turn, and the world's figures in a clause after
the subject. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_estimates_named_after_their_number_are_forecasts_of_the_result(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's quarter\n\nKorvi Auto said on Friday its revenue rose 12% to 101.2 billion yuan "
                           "in the second quarter, beating the 98.4 billion yuan average of analysts' estimates. Its "
                           "net profit was 6.1 billion yuan, short of the 6.9 billion yuan analysts were looking "
                           "for.\n", published="2025-08-30")
    assert (rows["98.4 billion yuan"]["metric"], rows["98.4 billion yuan"]["period"],
            rows["98.4 billion yuan"]["status"]) == ("revenue_cny", "2025-Q2", "forecast")
    assert (rows["6.9 billion yuan"]["metric"], rows["6.9 billion yuan"]["period"],
            rows["6.9 billion yuan"]["status"]) == ("net_profit_cny", "2025-Q2", "forecast")
    assert rows["101.2 billion yuan"]["status"] == rows["6.1 billion yuan"]["status"] == "actual"


def test_the_result_an_estimate_is_set_beside_is_what_happened(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's quarter\n\nKorvi said its gross margin of 18.1% in the second quarter topped the "
                           "17.5% that analysts had expected.\n", published="2025-08-30")
    assert rows["18.1%"]["status"] == "actual"
    assert (rows["17.5%"]["status"], rows["17.5%"]["period"]) == ("forecast", "2025-Q2")


def test_an_estimate_in_a_sentence_of_its_own_after_the_result(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo's quarter\n\nLumo's net income for the first quarter was 1.3 billion yuan, the "
                           "company said. Analyst forecasts were for a profit of 1.7 billion yuan, a poll of "
                           "brokers showed. Its third-quarter revenue was 19.4 billion yuan, outpacing the market "
                           "expectation of 18.9 billion yuan.\n", published="2025-11-20")
    assert (rows["1.7 billion yuan"]["metric"], rows["1.7 billion yuan"]["period"],
            rows["1.7 billion yuan"]["status"]) == ("net_profit_cny", "2025-Q1", "forecast")
    assert (rows["18.9 billion yuan"]["period"], rows["18.9 billion yuan"]["status"]) == ("2025-Q3", "forecast")


def test_an_estimate_the_sentence_after_the_result_falls_short_of(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's quarter\n\nKorvi's second-quarter revenue rose 118% to RMB 18.9 billion. "
                           "Notably, this is Korvi's best quarter so far, though it still fell a little short of Wall "
                           "Street analysts' expectations of RMB 19.1 billion.\n", published="2025-08-20")
    assert (rows["RMB 19.1 billion"]["metric"], rows["RMB 19.1 billion"]["period"],
            rows["RMB 19.1 billion"]["status"]) == ("revenue_cny", "2025-Q2", "forecast")


def test_vehicle_sales_of_a_sum_are_what_the_cars_took_in(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden's quarter\n\nHalden Motors reported vehicle sales of 21.5 billion yuan ($3 billion) "
                           "in the first quarter, up 28% on the year but short of the 23.1 billion yuan analysts "
                           "had expected.\n", published="2024-05-27")
    assert rows["21.5 billion yuan"]["metric"] == "vehicle_revenue_cny"
    assert rows["$3 billion"]["metric"] == "vehicle_revenue_usd"
    assert rows["28%"]["metric"] == "vehicle_revenue_yoy_pct"
    assert (rows["23.1 billion yuan"]["metric"], rows["23.1 billion yuan"]["status"]) == (
        "vehicle_revenue_cny", "forecast")


def test_a_rate_the_next_sentence_calls_the_figure(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail in June\n\nChina's retail NEV penetration rate set a record last month, the "
                           "association's numbers show.\n\nThe figure was 36.4 percent in June, up from 28.1 "
                           "percent a year earlier.\n", published="2023-07-12")
    assert (rows["36.4 percent"]["metric"], rows["36.4 percent"]["period"]) == (
        "nev_share_of_passenger_car_retail_sales", "2023-06")
    assert (rows["28.1 percent"]["metric"], rows["28.1 percent"]["period"]) == (
        "nev_share_of_passenger_car_retail_sales", "2022-06")


def test_the_nev_rate_and_what_it_was_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "China's NEV year\n\nIn all, China's car sales came to 31.1 million in 2024, so the NEV "
                           "share was 39.8 per cent. For December, the NEV rate came to 44.1 per cent, about the same "
                           "as in November (43.9 per cent). Early in the year, it was only about 28 per cent in "
                           "January and February. The share of NEVs stood at 35.2 per cent in December 2023; in 2023 "
                           "as a whole, it was 30.3 per cent.\n", published="2025-01-15")
    for stated, period in (("44.1 per cent", "2024-12"), ("43.9 per cent", "2024-11"),
                           ("28 per cent", "2024-01/2024-02"), ("30.3 per cent", "2023")):
        assert (rows[stated]["metric"], rows[stated]["period"]) == ("nev_share_of_new_vehicle_sales", period)


def test_shares_of_kinds_told_in_turn_then_compared_in_turn(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "The NEV mix\n\nIn January, pure electric cars accounted for 57 percent of NEV sales; PHEVs "
                           "accounted for 31 percent and EREVs accounted for 12 percent, against 27 "
                           "percent and 7 percent, respectively, a year before.\n", published="2025-02-20")
    assert rows["57 percent"]["metric"] == "bev_share_of_nev_sales"
    assert rows["31 percent"]["metric"] == rows["27 percent"]["metric"] == "phev_share_of_nev_sales"
    assert rows["12 percent"]["metric"] == rows["7 percent"]["metric"] == "erev_share_of_nev_sales"


def test_the_world_s_figure_in_a_clause_after_its_subject(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Auto show opens in Beijing\n\nAn energy agency put out a report on Tuesday, showing that "
                           "global sales of electric cars should keep growing, reaching about 16.5 million in "
                           "2024.\n", published="2024-04-25")
    assert (rows["16.5 million"]["entity"], rows["16.5 million"]["metric"]) == ("World", "nev_sales")


def test_a_margin_a_quarter_of_last_year_had(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nZeta's vehicle margin widened to 10.4% in Q1 2025, from 9.1% in Q1 "
                           "2024. However, it slipped from 12.9% in Q4 2024.\n", published="2025-06-03")
    assert rows["9.1%"]["period"] == "2024-Q1"
    assert (rows["12.9%"]["metric"], rows["12.9%"]["period"]) == ("vehicle_margin_pct", "2024-Q4")


def test_a_first_quarter_set_against_q4_of_the_year_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's first quarter\n\nZeta sold 512,300 passenger NEVs in the first quarter, 12 per "
                           "cent more than a year before and a 31.5 per cent drop compared with the fourth quarter of "
                           "2023. It sold 288,100 passenger BEVs from January to March, 11.2 per cent above a year "
                           "before, though sales slid from Q4 2023 (by 41 per cent). Sales of passenger PHEVs came to "
                           "224,200 units.\n", published="2024-04-02")
    assert rows["31.5 per cent"]["metric"] == "nev_passenger_car_sales_qoq_pct"
    assert rows["288,100"]["metric"] == "bev_passenger_car_sales"
    assert rows["41 per cent"]["metric"] == "bev_passenger_car_sales_qoq_pct"
    assert rows["224,200"]["metric"] == "phev_passenger_car_sales"


def test_levels_in_brackets_after_the_bases_of_changes(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's April\n\nZeta sold 288,400 NEVs in April, up 41 per cent on the same month last "
                           "year (204,500) and up 2.9 per cent on March 2024 (280,300).\n", published="2024-05-14")
    assert rows["204,500"]["period"] == "2023-04"
    assert rows["2.9 per cent"]["metric"] == "nev_sales_mom_pct"
    assert rows["280,300"]["period"] == "2024-03"


def test_a_market_share_after_production_and_sales_is_of_sales(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "NEVs in November\n\nIn the first 11 months, production and sales of NEVs came to 8.1 "
                           "million units and 8.0 million units, up 33 percent and 35 percent year on year, "
                           "respectively, and their market share came to 29.6 percent over the period. The share of "
                           "NEVs (new energy vehicles) in November alone was about 34 per cent. In October, the NEV "
                           "share came to 33.1 percent and has now increased.\n", published="2024-12-12")
    assert rows["29.6 percent"]["metric"] == "nev_share_of_new_vehicle_sales"
    assert rows["34 per cent"]["metric"] == "nev_share_of_new_vehicle_sales"
    assert rows["33.1 percent"]["period"] == "2024-10"


def test_changes_of_what_the_cars_took_in_told_in_turn(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's quarter\n\nVehicle sales generated RMB8,420.5 million during Q1 2025, marking a "
                           "16.2% rise on the year but a 40.4% fall compared with Q4 2024.\n", published="2025-06-03")
    assert rows["16.2%"]["metric"] == "vehicle_revenue_yoy_pct"
    assert rows["40.4%"]["metric"] == "vehicle_revenue_qoq_pct"
