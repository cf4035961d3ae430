"""Changes of a growth rate told in other wordings, margins named after the profit they are of, and the base of a
share or a margin ("up from 9 percent a year earlier"). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(
    ("sentences", "metric"),
    [("NEV sales fell 8.5 percent year on year in May. The decline in sales narrowed by 2 percentage points "
      "from April.", "nev_sales_yoy_pct_mom_pp"),
     ("NEV sales rose 18 percent year on year in May. The growth slowed by 2 percentage points from April.",
      "nev_sales_yoy_pct_mom_pp"),
     ("NEV sales fell 8.5 percent year on year in May. The rate of decline eased by 2 percentage points from "
      "April.", "nev_sales_yoy_pct_mom_pp"),
     ("NEV sales rose 18 percent year on year in May. The increase accelerated by 2 percentage points from "
      "April.", "nev_sales_yoy_pct_mom_pp"),
     ("Car sales in the first five months fell 3 percent, a decline that narrowed by 2 percentage points from "
      "the first four months.", "vehicle_sales_yoy_pct_mom_pp")],
)
def test_a_growth_rates_change_in_other_wordings(tmp_path: Path, sentences, metric):
    assert _rows(tmp_path, f"Sales\n\n{sentences}\n", published="2024-06-10")["2 percentage points"][
        "metric"] == metric


def test_a_rise_in_a_share_is_still_the_shares_change(tmp_path: Path):
    text = "Shares\n\nThe growth in NEV sales held as their share rose 3 percentage points to 40 percent in May.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["3 percentage points"]["metric"] == (
        "nev_share_of_new_vehicle_sales_yoy_pp")


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [("Zeta Motors posted gross profit of 5 billion yuan in the first quarter, a margin of 20 percent.",
      "20 percent", "gross_margin_pct"),
     ("Zeta Motors posted net income of 2 billion yuan in the first quarter, a margin of 8 percent.",
      "8 percent", "net_margin_pct"),
     ("Zeta Motors' operating margin was 6 percent in the first quarter.", "6 percent", "operating_margin_pct"),
     ("Zeta Motors' operating margin was 6 percent in the first quarter, down 1.2 percentage points from a year "
      "earlier.", "1.2 percentage points", "operating_margin_pct_yoy_pp")],
)
def test_a_margin_is_named_after_its_profit(tmp_path: Path, sentence, stated, metric):
    assert _rows(tmp_path, f"Results\n\n{sentence}\n", published="2024-06-10")[stated]["metric"] == metric


def test_a_margin_of_nothing_named_is_left_for_the_reviewer(tmp_path: Path):
    text = "Results\n\nZeta Motors sold 40,000 cars in the first quarter, a margin of 20 percent over its rival.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["20 percent"]["metric"] == ""


@pytest.mark.parametrize(
    ("sentence", "metric", "period"),
    [("Exports were 15 percent of its total sales, up from 9 percent a year earlier.",
      "exports_share_of_vehicle_sales", "2023-05"),
     ("Its gross margin was 15 percent in May, up from 9 percent a year earlier.", "gross_margin_pct", "2023-05")],
)
def test_the_base_of_a_share_or_a_margin_continues_its_series(tmp_path: Path, sentence, metric, period):
    text = f"Results\n\nZeta Motors sold 40,000 cars in May. {sentence}\n"
    row = _rows(tmp_path, text, published="2024-06-10")["9 percent"]
    assert (row["metric"], row["period"]) == (metric, period)


def test_the_base_of_a_growth_stays_a_growth(tmp_path: Path):
    text = "Results\n\nZeta Motors' sales rose 12 percent in May, up from 9 percent growth in April.\n"
    row = _rows(tmp_path, text, published="2024-06-10")["9 percent"]
    assert (row["metric"], row["period"]) == ("vehicle_sales_yoy_pct", "2024-04")


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [("Northvale's NEV penetration rate reached 52 percent in May, higher than the national average by 9 percentage "
      "points.", "9 percentage points", "nev_share_of_new_vehicle_sales_vs_national_average_pp"),
     ("Northvale's NEV penetration rate reached 52 percent in May, 9 percentage points above the national level.",
      "9 percentage points", "nev_share_of_new_vehicle_sales_vs_national_average_pp"),
     ("Northvale's NEV sales rose 40 percent in May, 15 percentage points faster than the national average.",
      "15 percentage points", "nev_sales_yoy_pct_vs_national_average_pp")],
)
def test_a_gap_to_the_national_average_in_other_wordings(tmp_path: Path, sentence, stated, metric):
    assert _rows(tmp_path, f"Northvale\n\n{sentence}\n", published="2024-06-10")[stated]["metric"] == metric


def test_trucks_are_a_kind_of_their_own(tmp_path: Path):
    text = ("Exports\n\nNorthvale exported 6,000 buses and 41,000 trucks in May. Its truck subsidiary sold 52,000 "
            "vehicles.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert [rows[s]["metric"] for s in ("6,000", "41,000", "52,000")] == ["bus_exports", "truck_exports",
                                                                          "vehicle_sales"]


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [("The NEV market is on track to reach 11 million units this year.", "11 million"),
     ("The NEV market will reach 11 million units this year.", "11 million")],
)
def test_a_market_that_will_reach_a_number_is_its_sales(tmp_path: Path, sentence, stated):
    row = _rows(tmp_path, f"Outlook\n\n{sentence}\n", published="2024-06-10")[stated]
    assert (row["metric"], row["status"], row["period"]) == ("nev_sales", "forecast", "2024")


def test_a_move_on_an_exchange_in_a_story_about_shares(tmp_path: Path):
    text = ("Carmakers' shares slip\n\nGuangzhou Automobile Group, which builds cars with Honda and Toyota, was down "
            "3.5 percent in Hong Kong and 2.25 percent in Shanghai on Tuesday. BAIC Motor's shares, which had led in "
            "spring, with Hyundai's, ended the morning among the weakest, down 6.5 percent on Tuesday.\n")
    rows = _rows(tmp_path, text, published="2024-06-11")
    assert [(rows[s]["entity"], rows[s]["metric"]) for s in ("3.5 percent", "2.25 percent", "6.5 percent")] == [
        ("GAC", "share_price_change_pct"), ("GAC", "share_price_change_pct"), ("BAIC", "share_price_change_pct")]


def test_a_rise_in_a_city_is_no_share_move(tmp_path: Path):
    text = ("Shares of Zeta steady\n\nShares of Zeta were flat. NEV penetration rose 5 percent in Shanghai in "
            "May, while car output was up 3 percent in Shenzhen.\n")
    rows = _rows(tmp_path, text, published="2024-06-11")
    assert "share_price" not in rows["3 percent"]["metric"] and "share_price" not in rows["5 percent"]["metric"]


def test_an_operating_profit_and_its_base_a_year_back(tmp_path: Path):
    text = ("Zeta results\n\nZeta Motors reported an operating profit of $83 million in the second quarter, compared "
            "with an operating loss of $12 million a year earlier.\n")
    rows = _rows(tmp_path, text, published="2024-08-20")
    assert [(rows[s]["metric"], rows[s]["period"]) for s in ("$83 million", "$12 million")] == [
        ("operating_profit_usd", "2024-Q2"), ("operating_loss_usd", "2023-Q2")]


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [("By the end of last year, Northvale had about 41,500 electric vehicles and 960 public charging stations.",
      "41,500"),
     ("Officials said the stations are meant to cover the charging needs of 41,500 electric vehicles.", "41,500"),
     ("The network is meant to meet the demand of powering 41,500 NEVs by 2027.", "41,500")],
)
def test_the_vehicles_a_place_has_or_a_network_serves_are_its_ownership(tmp_path: Path, sentence, stated):
    assert _rows(tmp_path, f"Charging\n\n{sentence}\n", published="2024-06-10")[stated]["metric"] == "nev_ownership"


def test_guided_for_is_an_outlook(tmp_path: Path):
    text = "Zeta guides\n\nZeta Motors guided for sales of 61,000 to 64,000 units for the fourth quarter.\n"
    rows = _rows(tmp_path, text, published="2024-11-20")
    assert [(rows[s]["status"], rows[s]["period"]) for s in ("61,000", "64,000")] == [("forecast", "2024-Q4")] * 2


def test_a_flow_that_has_surpassed_a_level_continues_the_period_before(tmp_path: Path):
    text = ("Industry report\n\nNorthvale's makers earned a margin of 4.6% in January-October 2025, 0.3 percentage "
            "points below 2023's peak of 4.9%. Their sales revenue has already passed 900 billion yuan, rising 7.7% "
            "year on year. The city has exceeded 1.5 million charging piles.\n")
    rows = _rows(tmp_path, text, published="2025-11-27")
    assert [rows[s]["period"] for s in ("900 billion yuan", "7.7%", "1.5 million")] == [
        "2025-01/2025-10", "2025-01/2025-10", "2025-11"]


def test_a_places_revenue_in_a_paragraph_about_its_industry_is_the_industrys(tmp_path: Path):
    text = ("Industry report\n\nShanghai's car industry kept growing in the first quarter. Total turnover reached 2.1 "
            "trillion yuan, up 5.4 percent. Profit came to 90 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2024-04-20")
    assert [rows[s]["metric"] for s in ("2.1 trillion yuan", "5.4 percent", "90 billion yuan")] == [
        "vehicle_revenue_cny", "vehicle_revenue_yoy_pct", "vehicle_net_profit_cny"]


def test_a_transaction_value_after_used_cars_traded_is_their_sales(tmp_path: Path):
    text = ("Used cars\n\nDealers in Northvale sold about 690,000 second-hand cars in the first half. Their total "
            "transaction value came to 48 billion yuan over those months.\n")
    assert _rows(tmp_path, text, published="2024-07-15")["48 billion yuan"]["metric"] == "used_vehicle_sales_cny"


def test_money_raised_by_issuing_shares_is_financing(tmp_path: Path):
    text = ("Zeta raises cash\n\nEarlier share placements, which raised 1.9 billion yuan, were completed in May. "
            "Zeta Motors said on Monday it had raised US$310.5 million by issuing new shares to a state fund.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert [rows[s]["metric"] for s in ("1.9 billion yuan", "US$310.5 million")] == ["financing_cny", "financing_usd"]


def test_seen_falling_is_an_outlook(tmp_path: Path):
    text = ("Outlook\n\nCar sales in Northvale are seen falling 4% year-on-year to 2.66 million units in 2024, the "
            "association said.\n")
    rows = _rows(tmp_path, text, published="2024-07-25")
    assert [(rows[s]["status"], rows[s]["period"]) for s in ("4%", "2.66 million")] == [("forecast", "2024")] * 2


def test_the_monthly_figure_is_of_the_month_before(tmp_path: Path):
    text = ("Retail sales\n\nNorthvale's dealers sold some 41,200 NEVs to buyers in May, 31 percent more than a year "
            "before.\n\nThis monthly figure is 6.4 percent above the month before.\n")
    assert _rows(tmp_path, text, published="2024-06-12")["6.4 percent"]["period"] == "2024-05"


def test_a_sectors_output_value_is_named_after_what_it_makes(tmp_path: Path):
    text = ("Sector grows\n\nIn the first quarter, the industrial output of Northvale's hydrogen and fuel cell sector "
            "was about 12.5 billion yuan. The figure rose 41 percent year on year. The annual industrial output of "
            "the sector is predicted to reach 60 billion yuan.\n\nThe output value of Northvale's auto industry "
            "rose 8 percent.\n")
    rows = _rows(tmp_path, text, published="2024-07-08")
    assert [rows[s]["metric"] for s in ("12.5 billion yuan", "41 percent", "60 billion yuan", "8 percent")] == [
        "hydrogen_and_fuel_cell_output_value_cny", "hydrogen_and_fuel_cell_output_value_yoy_pct",
        "hydrogen_and_fuel_cell_output_value_cny", "vehicle_output_value_yoy_pct"]


def test_days_of_a_month_and_the_year_to_the_last_of_them(tmp_path: Path):
    text = ("Weekly sales\n\nFrom June 1-16, NEV retail sales in China came to 281,000 units, 3% below the same "
            "period last month. NEVs took 51.2% of retail sales. Since the beginning of the year buyers have taken "
            "4.12 million of them.\n")
    rows = _rows(tmp_path, text, published="2024-06-19")
    assert [rows[s]["period"] for s in ("281,000", "3%", "51.2%", "4.12 million")] == [
        "2024-06-01/2024-06-16", "2024-06-01/2024-06-16", "2024-06-01/2024-06-16", "2024-01-01/2024-06-16"]


def test_a_models_units_are_named_by_the_model_not_its_brand(tmp_path: Path):
    text = ("Hongqi record\n\nHongqi, a brand of FAW Group, sold 31,000 cars this year. It sold 21,600 Z5 models and "
            "9,400 Z7 units.\n")
    rows = _rows(tmp_path, text, published="2024-12-16")
    assert [(rows[s]["entity"], rows[s]["metric"]) for s in ("21,600", "9,400")] == [("FAW", "z5_sales"),
                                                                                    ("FAW", "z7_sales")]


def test_a_years_total_exported_from_china_is_chinas_and_not_a_running_total(tmp_path: Path):
    text = ("Bus exports\n\nBYD is the biggest maker of electric buses. In total, 16,200 new-energy buses were "
            "exported from China in 2024.\n")
    row = _rows(tmp_path, text, published="2025-01-23")["16,200"]
    assert (row["entity"], row["metric"], row["period"]) == ("China", "nev_bus_exports", "2024")


def test_buses_by_size_in_turn(tmp_path: Path):
    text = ("Zeta Bus sales\n\nIn May, Zeta Bus delivered large-, medium- and light buses numbering 812 units, 655 "
            "units, and 341 units respectively, falling 30.5%, 38.2% and 37.9% from a year earlier.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert [rows[s]["metric"] for s in ("812", "655", "341", "38.2%")] == [
        "large_bus_deliveries", "medium_bus_deliveries", "light_bus_deliveries", "medium_bus_deliveries_yoy_pct"]


def test_points_lower_than_the_declining_rate_before_are_a_growths_change(tmp_path: Path):
    text = ("Retail sales\n\nCar retail sales in January-May fell 12.4 percent year on year, 2.1 percentage points "
            "lower than the falling rate of January-April. Used automobile sales rose 9.6 percent.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert [rows[s]["metric"] for s in ("2.1 percentage points", "9.6 percent")] == [
        "passenger_car_retail_sales_yoy_pct_mom_pp", "used_vehicle_sales_yoy_pct"]


def test_a_share_move_pared_to_and_its_price_converted(tmp_path: Path):
    text = ("NIO shares rise\n\nShares of NIO rose as much as 6.2% in the morning, then pared gains to 3.1% at 41.80 "
            "Hong Kong dollars, equivalent to US$5.37.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert [(rows[s]["metric"], rows[s]["period"]) for s in ("3.1%", "US$5.37")] == [
        ("share_price_change_pct", "2024-06-10"), ("share_price_usd", "2024-06-10")]


@pytest.mark.parametrize(("origin", "group"), [("Chinese", "chinese_brand"), ("Japanese", "japanese_brand")])
def test_brands_named_with_the_kind_of_car_they_sell(tmp_path: Path, origin, group):
    text = f"Brands\n\nThe market share of {origin} passenger car brands reached 37 percent in May.\n"
    assert _rows(tmp_path, text, published="2024-06-11")["37 percent"]["metric"] == (
        f"{group}_share_of_passenger_car_sales")


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [("Zeta Motors aimed for 90,000 deliveries this year.", "90,000", "vehicle_deliveries_target"),
     ("Zeta Motors intends to launch 12 new NEV products by 2026.", "12", "new_nev_products_target"),
     ("Zeta Motors is ambitious to sell 480,000 vehicles this year.", "480,000", "vehicle_sales_target")],
)
def test_aimed_for_intends_to_and_ambitious_to_tell_a_goal(tmp_path: Path, sentence, stated, metric):
    row = _rows(tmp_path, f"Goals\n\n{sentence}\n", published="2024-03-10")[stated]
    assert (row["metric"], row["status"]) == (metric, "target")


def test_a_margin_is_of_the_profit_named_last_and_a_lead_in_units_is_none(tmp_path: Path):
    text = ("Zeta results\n\nZeta Motors posted gross profit of 5 billion yuan and net profit of 1 billion yuan in the "
            "first quarter, a margin of 4 percent.\n")
    lead = "Zeta sales\n\nZeta Motors led Harbour by a margin of 5,000 units in May.\n"
    assert (_rows(tmp_path, text, published="2024-06-10")["4 percent"]["metric"],
            _rows(tmp_path / "lead", lead, published="2024-06-10")["5,000"]["metric"]) == ("net_margin_pct", "units")


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [("NEV sales rose 25% year on year to 41,200 in May, 6.4 percent above the month before.", "nev_sales_mom_pct"),
     ("NEV sales in May were 6.4 percent below the previous month.", "nev_sales_mom_pct"),
     ("NEV sales in May fell 6.4 percent from the same period last month.", "nev_sales_mom_pct"),
     ("Zeta Motors' revenue was 6.4 percent above the quarter before in the first quarter.", "revenue_qoq_pct")],
)
def test_a_change_on_the_month_or_quarter_before_in_other_wordings(tmp_path: Path, sentence, metric):
    assert _rows(tmp_path, f"Sales\n\n{sentence}\n", published="2024-06-10")["6.4 percent"]["metric"] == metric


@pytest.mark.parametrize(
    "sentence",
    ["NEV sales fell 8 percent year on year in May. The growth of NEV sales slowed by 2 percentage points from April.",
     "NEV sales fell 8 percent year on year in May, with the drop narrowing by 2 percentage points from April."],
)
def test_a_growth_of_sales_that_slowed_and_a_drop_narrowing(tmp_path: Path, sentence):
    assert _rows(tmp_path, f"Sales\n\n{sentence}\n", published="2024-06-10")["2 percentage points"][
        "metric"] == "nev_sales_yoy_pct_mom_pp"


def test_a_penetration_rate_exceeding_the_national_figure(tmp_path: Path):
    text = ("Northvale\n\nNorthvale's NEV penetration rate reached 52 percent in May, exceeding the national average "
            "by 9 percentage points.\n")
    assert _rows(tmp_path, text, published="2024-06-10")["9 percentage points"]["metric"] == (
        "nev_share_of_new_vehicle_sales_vs_national_average_pp")


@pytest.mark.parametrize(("sentence", "stated"),
                         [("Zeta Motors raised HK$3.2 billion in a share placement on Monday.", "HK$3.2 billion"),
                          ("Zeta Motors issued 50 million new shares on Monday, raising 600 million yuan.",
                           "600 million yuan")])
def test_money_raised_in_a_placement_or_by_shares_issued(tmp_path: Path, sentence, stated):
    assert _rows(tmp_path, f"Zeta raises cash\n\n{sentence}\n", published="2024-06-10")[stated]["metric"].startswith(
        "financing_")


def test_a_change_of_an_export_growth_told_in_the_next_sentence(tmp_path: Path):
    text = "Exports\n\nVehicle exports rose 22 percent in May. The rise in exports slowed by 3 percentage points.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["3 percentage points"]["metric"] == (
        "vehicle_exports_yoy_pct_mom_pp")


def test_a_citys_tax_revenue_is_not_its_car_industrys(tmp_path: Path):
    text = ("News\n\nShanghai's car industry grew fast in 2023. The city's tax revenue rose 8 percent to 300 billion "
            "yuan. Total turnover reached 2.1 trillion yuan.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert [rows[s]["metric"] for s in ("300 billion yuan", "2.1 trillion yuan")] == [
        "tax_revenue_cny", "vehicle_revenue_cny"]


@pytest.mark.parametrize(
    "text",
    ["Some 300 second-hand cars were traded at the Northvale expo. The expo's total transaction value came to 2 "
     "billion yuan.",
     "Dealers sold about 150,000 second-hand cars in May. New car sales reached 240,000 units, with a "
     "transaction value of 2 billion yuan."],
)
def test_a_transaction_value_of_new_cars_or_a_show_is_not_used_cars(tmp_path: Path, text):
    assert "used_vehicle" not in _rows(tmp_path, f"News\n\n{text}\n", published="2024-06-10")["2 billion yuan"][
        "metric"]


def test_a_running_total_since_a_year_stays_cumulative(tmp_path: Path):
    text = "Buses\n\nIn total, Zeta Motors exported 16,200 buses in 2024, bringing the total since 2015 to 100,000.\n"
    assert _rows(tmp_path, text, published="2025-01-23")["100,000"]["metric"] == "bus_exports_cumulative"
