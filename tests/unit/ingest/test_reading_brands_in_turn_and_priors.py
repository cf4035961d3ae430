"""Brands a carmaker lists, then their sales told in turn; what a measure "includes" said in passing; a kind of NEV
after "including a rise in sales of"; shares compared in turn with a year before; the association's "m/m" and
"(prior ...)" shorthand; a level stated "as high as"; a country named by its people. Every sentence here is written
for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_brands_listed_with_their_owner_take_their_numbers_in_turn(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's May\n\nHalden Motor said on Monday it sold 188,200 vehicles in May. Its "
                           "Korvi, Ostra and Pelle brands sold 40,300, 22,700 and 9,150 vehicles respectively.\n",
                 published="2026-06-02")
    for stated, metric in (("40,300", "korvi_sales"), ("22,700", "ostra_sales"), ("9,150", "pelle_sales")):
        assert (rows[stated]["entity"], rows[stated]["metric"], rows[stated]["period"]) == (
            "Halden", metric, "2026-05")


def test_these_brands_after_a_sentence_that_lists_them(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Changan in March\n\nChangan sold 120,400 NEVs in March. Its electric line-up rests on "
                           "three brands\u2014Deepal, Avatr and Qiyuan\u2014each with its own buyers. Last month, "
                           "these brands sold 41,020, 12,880, and 30,300 units, respectively.\n",
                 published="2026-04-03")
    for stated, metric in (("41,020", "deepal_sales"), ("12,880", "avatr_sales"),
                           ("30,300", "qiyuan_sales")):
        assert (rows[stated]["entity"], rows[stated]["metric"]) == ("Changan", metric)


def test_what_a_measure_includes_said_in_passing_is_not_its_measure(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's May\n\nHalden Motor's May sales, which include exports, fell 9 percent to "
                           "95,600 vehicles.\n", published="2026-06-02")
    assert rows["9 percent"]["metric"] == "vehicle_sales_yoy_pct"
    assert rows["95,600"]["metric"] == "vehicle_sales"


def test_a_kind_named_after_including_a_rise_in_sales_of(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's year\n\nHalden Motor sold 2.3 million vehicles in 2025, including a 41% "
                           "gain in pure electric car sales to 812,000 units.\n", published="2026-01-05")
    assert rows["41%"]["metric"] == "bev_sales_yoy_pct"
    assert rows["812,000"]["metric"] == "bev_sales"
    assert rows["2.3 million"]["metric"] == "vehicle_sales"


def test_shares_compared_in_turn_with_a_year_before_are_of_that_year(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "The NEV mix\n\nIn March, BEVs accounted for 58 percent of NEV sales and PHEVs 29 "
                           "percent, against 63 percent and 25 percent a year earlier.\n", published="2026-04-15")
    assert (rows["29 percent"]["metric"], rows["29 percent"]["period"]) == ("phev_share_of_nev_sales", "2026-03")
    assert (rows["63 percent"]["metric"], rows["63 percent"]["period"]) == ("bev_share_of_nev_sales", "2025-03")
    assert (rows["25 percent"]["metric"], rows["25 percent"]["period"]) == ("phev_share_of_nev_sales", "2025-03")


def test_shares_compared_in_turn_respectively_a_year_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "The NEV mix\n\nIn March, pure electric cars made up 55 percent of NEV sales; PHEVs "
                           "accounted for 33 percent and EREVs accounted for 12 percent, compared with 30 percent "
                           "and 9 percent, respectively, a year before.\n", published="2026-04-15")
    assert (rows["30 percent"]["metric"], rows["30 percent"]["period"]) == ("phev_share_of_nev_sales", "2025-03")
    assert (rows["9 percent"]["metric"], rows["9 percent"]["period"]) == ("erev_share_of_nev_sales", "2025-03")
    assert rows["33 percent"]["period"] == "2026-03"


def test_the_association_s_shorthand_and_the_reading_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Passenger car data for October:\n\ncar sales +6.2% m/m (prior -3.1%)\n\nand +8.8% y/y "
                           "(prior +4.4%)\n", published="2026-11-09")
    assert (rows["6.2%"]["metric"], rows["6.2%"]["period"]) == ("vehicle_sales_mom_pct", "2026-10")
    assert (rows["-3.1%"]["metric"], rows["-3.1%"]["period"]) == ("vehicle_sales_mom_pct", "2026-09")
    assert (rows["8.8%"]["metric"], rows["8.8%"]["period"]) == ("vehicle_sales_yoy_pct", "2026-10")
    assert (rows["4.4%"]["metric"], rows["4.4%"]["period"]) == ("vehicle_sales_yoy_pct", "2026-09")


def test_a_level_stated_as_high_as_after_a_copula_is_exact(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden Motor's half\n\nHalden Motor's net loss in the first half was as high as 2.7 "
                           "billion yuan. It said discounts could reach as much as 30,000 yuan.\n",
                 published="2026-08-20")
    assert rows["2.7 billion yuan"]["qualifier"] == "exact"
    assert rows["30,000 yuan"]["qualifier"] == "at_most"


def test_a_country_named_by_its_people_buying(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Car imports climb\n\nKazakhs imported 61,500 passenger cars in 2025, the statistics "
                           "office said, up 38% from a year earlier.\n", published="2026-02-10")
    assert rows["61,500"]["entity"] == rows["38%"]["entity"] == "Kazakhstan"
    assert rows["61,500"]["metric"] == "passenger_car_imports"


def test_a_count_s_date_is_not_the_span_of_the_results_after_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's quarter\n\nKorvi Auto reported its third-quarter results on Wednesday.\n\nIts "
                           "showroom network had 512 stores as of September 30, 2025.\n\nVehicle revenue increased "
                           "61.2% to 21.4 billion yuan.\n\nGross margin was 15.1% versus 11.9% a year ago.\n",
                 published="2025-11-19")
    assert rows["512"]["period"] == "2025-09"
    for stated, period in (("61.2%", "2025-Q3"), ("21.4 billion yuan", "2025-Q3"), ("15.1%", "2025-Q3"),
                           ("11.9%", "2024-Q3")):
        assert rows[stated]["period"] == period


def test_a_full_year_result_told_early_in_the_next_year_and_the_estimate_it_topped(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi beats forecasts\n\nKorvi Auto's full-year earnings topped forecasts as its "
                           "sales grew.\n\nNet income rose 48% to 9.3 billion yuan, the carmaker said today.\n\nThat "
                           "beat the 8.7 billion yuan profit forecast by analysts.\n", published="2026-03-24")
    assert (rows["9.3 billion yuan"]["period"], rows["48%"]["period"]) == ("2025", "2025")
    assert (rows["8.7 billion yuan"]["metric"], rows["8.7 billion yuan"]["period"],
            rows["8.7 billion yuan"]["status"]) == ("net_profit_cny", "2025", "forecast")


def test_a_year_ago_base_before_a_quarter_named_later_in_its_sentence(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi turns a profit\n\nKorvi Auto made a net profit of 310 million yuan in the fourth "
                           "quarter ended Dec 31, 2025.\n\nIt compares with a net loss of 2.2 billion yuan in the "
                           "year-ago period, and the 1.4 billion yuan loss it booked in Q3.\n\nIts net profit "
                           "per share for Q4 was 0.04 yuan, against a loss of 1.12 yuan in the same "
                           "period the year before.\n", published="2026-03-12")
    assert rows["2.2 billion yuan"]["period"] == "2024-Q4"
    assert rows["1.4 billion yuan"]["period"] == "2025-Q3"
    assert rows["1.12 yuan"]["period"] == "2024-Q4"


def test_days_of_a_month_this_year_and_the_year_up_to_a_day(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Mid-month sales\n\nPassenger car retail sales in China came to 601,000 units in the "
                           "June 1-15 period this year, 4.2 percent higher than a year before.\n\nIn the current "
                           "year up to "
                           "June 15, retail sales came to 9.87 million units.\n", published="2025-06-18")
    assert rows["4.2 percent"]["period"] == "2025-06-01/2025-06-15"
    assert rows["9.87 million"]["period"] == "2025-01-01/2025-06-15"


def test_a_price_cut_told_by_its_noun_and_restated_in_percent(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Price war\n\nIn March, the average price reduction on passenger cars came to 21,000 "
                           "yuan. The average price cut for new plug-in hybrid models was 26,000 yuan, representing "
                           "a 13% decrease.\n", published="2025-04-10")
    assert rows["21,000 yuan"]["metric"] == "passenger_car_average_price_cut_cny"
    assert rows["26,000 yuan"]["metric"] == "phev_average_price_cut_cny"
    assert rows["13%"]["metric"] == "phev_average_price_cut_pct"


def test_a_company_named_again_by_its_origin_and_what_it_makes(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden's March\n\nHalden Motors sold fewer cars made in Shanghai last month. The US "
                           "electric vehicle manufacturer sold 51,400 vehicles in March, down 12 per cent.\n",
                 published="2026-04-08")
    assert rows["51,400"]["entity"] == rows["12 per cent"]["entity"] == "Halden"
