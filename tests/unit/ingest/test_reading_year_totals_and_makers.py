"""A monthly release's "cumulative" total of the year so far, a company named by what it makes, all vehicles named
in a passenger car association's story, and a rate named again. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _proposals, _rows


def test_a_monthly_releases_cumulative_figure_is_the_years_months_so_far(tmp_path: Path):
    text = ("Car retail in July\n\nChina's retail sales of NEV passenger cars came to 912,000 units in July, up 11 "
            "percent year-on-year, the China Passenger Car Association said on Tuesday.\n\nThe cumulative retail "
            "sales of NEV passenger cars reached 5.18 million, up 27 percent compared with last year.\n")
    rows = _rows(tmp_path, text, published="2025-08-12")
    assert rows["5.18 million"]["metric"] == "nev_passenger_car_retail_sales"  # (not ..._cumulative)
    assert rows["5.18 million"]["period"] == rows["27 percent"]["period"] == "2025-01/2025-07"
    assert rows["27 percent"]["metric"] == "nev_passenger_car_retail_sales_yoy_pct"
    assert rows["912,000"]["period"] == "2025-07"


def test_a_december_releases_cumulative_figure_for_the_year_is_the_year(tmp_path: Path):
    text = ("Car retail in December\n\nChina's passenger car retail sales came to 2.41 million units in December, "
            "the China Passenger Car Association said.\n\nCumulative retail sales for the year reached 21.4 million "
            "units, a 5% rise on a year earlier.\n")
    rows = _rows(tmp_path, text, published="2026-01-09")
    assert rows["21.4 million"]["metric"] == "passenger_car_retail_sales"
    assert rows["21.4 million"]["period"] == rows["5%"]["period"] == "2025"


def test_a_running_total_over_years_stays_cumulative(tmp_path: Path):
    text = ("Zeta's trucks\n\nZeta Trucks sold 61,300 units in 2025, bringing its cumulative sales to over 300,000 "
            "vehicles.\n\nThe cumulative number of FCEVs registered in China, from the first trials in "
            "2019 to the end of 2025, amounts to 21,400.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["300,000"]["metric"] == "vehicle_sales_cumulative"
    assert rows["21,400"]["metric"] == "fcv_registrations_cumulative"


def test_all_vehicles_named_in_a_passenger_car_associations_story_stay_all_vehicles(tmp_path: Path):
    text = ("Margins slide\n\nData from the China Passenger Car Association (CPCA) show the profit margin of the "
            "auto industry fell in 2025.\n\nIn 2025, China's automobile production and sales kept growing, with "
            "totals reaching 31.2 million and 31.0 million units respectively, up 8.8% and 8.1%.\n")
    rows = _rows(tmp_path, text, published="2026-01-28")
    assert rows["31.2 million"]["metric"] == "vehicle_production"
    assert rows["31.0 million"]["metric"] == "vehicle_sales"
    assert rows["8.8%"]["metric"] == "vehicle_production_yoy_pct"


def test_a_company_named_by_what_it_makes_counts_its_vehicles(tmp_path: Path):
    text = ("Zeta's May\n\nChina's electric vehicle leader Zeta Motors delivered 301,200 units in May, 4% fewer "
            "than a year before.\n\nThe world's largest electric-vehicle maker sold 1.9 million vehicles in the "
            "first half, up 21% from a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-06-02")
    assert rows["301,200"]["metric"] == "vehicle_deliveries"  # (not nev_deliveries: the words name the company)
    assert rows["1.9 million"]["metric"] == "vehicle_sales"
    assert rows["21%"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_rate_named_again_by_the_and_its_change_is_the_figure_before(tmp_path: Path):
    text = ("Exports climb\n\nChina's automobile exports reached 1.31 million units in the first quarter of 2025, a "
            "14% year-on-year increase, the China Passenger Car Association said.\n\nAnalysts credit pricing.\n\n"
            "The 14% growth in Q1 signals a strong start for the year.\n")
    proposals = [p for p in _proposals(tmp_path, text, "2025-04-10") if p.mention.text == "14%"]
    assert [bool(p.row) for p in proposals] == [True, False]
    assert proposals[0].row["metric"] == "vehicle_exports_yoy_pct"
    assert "stated again" in proposals[1].not_a_claim


def test_a_penetration_rate_told_as_a_consequence_and_the_rates_set_against_it(tmp_path: Path):
    text = ("NEV sales in May\n\nChina's NEV sales in May reached 1.31 million units, up 36.9 percent year-on-year."
            "\n\nTotal vehicle sales in May reached 2.69 million units, up 11.2 percent year-on-year.\n\nThis means "
            "that the NEV penetration rate in May was 48.7 percent, higher than the 39.5 percent in the same period "
            "last year and the 47.3 percent in April.\n")
    rows = _rows(tmp_path, text, published="2025-06-11")
    for stated in ("48.7 percent", "39.5 percent", "47.3 percent"):
        assert rows[stated]["metric"] == "nev_share_of_new_vehicle_sales", stated  # (not a growth of sales)
    assert rows["39.5 percent"]["period"] == "2024-05"


def test_a_sequential_change_is_on_the_period_before(tmp_path: Path):
    text = ("NEV sales in May\n\nChina's NEV sales in May returned to growth after a 0.89 percent sequential "
            "decline in April.\n\nZeta's deliveries rose 12% sequentially in the second quarter.\n")
    rows = _rows(tmp_path, text, published="2025-07-11")
    assert rows["0.89 percent"]["metric"] == "nev_sales_mom_pct"
    assert rows["12%"]["metric"] == "vehicle_deliveries_qoq_pct"


def test_what_a_company_described_after_the_number_makes_is_not_what_it_counts(tmp_path: Path):
    text = ("Carmakers' year\n\nZeta's sales jumped 41 percent to 4.27 million vehicles in 2024. Its overseas sales "
            "soared 72 percent to 420,000, positioning the Shenzhen-based firm, which stopped making fossil "
            "fuel-powered cars in 2022, as a global player.\n")
    rows = _rows(tmp_path, text, published="2025-01-03")
    assert rows["420,000"]["metric"] == "vehicle_overseas_sales"  # (not gasoline_powered_vehicle_...)
    assert rows["72 percent"]["metric"] == "vehicle_overseas_sales_yoy_pct"


def test_a_total_after_a_sentence_on_one_kind_of_power_counts_all_vehicles(tmp_path: Path):
    text = ("Chinese brands abroad\n\nPlug-in hybrids showed the fastest growth in Europe. Association figures show "
            "total overseas sales of Chinese brands hit 2.42 million units in the first three quarters.\n")
    rows = _rows(tmp_path, text, published="2025-10-15")
    assert rows["2.42 million"]["metric"] == "chinese_brand_vehicle_overseas_sales"  # (not ..._phev_...)


def test_a_clause_that_turns_to_a_month_of_its_own_dates_the_changes_after_it(tmp_path: Path):
    text = ("Exports in April\n\nIn the first four months, China's vehicle exports amounted to 1.82 million units, "
            "up 5.0 percent year on year, while in April alone they totaled 498,000 units, up 3.0 percent month on "
            "month, while rising by 1.6 percent year on year.\n")
    rows = _rows(tmp_path, text, published="2025-05-12")
    assert rows["5.0 percent"]["period"] == "2025-01/2025-04"
    assert rows["498,000"]["period"] == rows["3.0 percent"]["period"] == rows["1.6 percent"]["period"] == "2025-04"
    assert rows["3.0 percent"]["metric"] == "vehicle_exports_mom_pct"


def test_the_passenger_car_associations_penetration_in_the_domestic_market_is_of_retail_sales(tmp_path: Path):
    text = ("NEV retail in November\n\nChina's retail sales of new energy passenger vehicles reached 1.3 million "
            "units in November, according to the China Passenger Car Association (CPCA).\n\nThe penetration rate "
            "of new-energy vehicles, a gauge of popularity, in the domestic market climbed to 59.3 percent last "
            "month, up 7 percentage points year on year.\n")
    rows = _rows(tmp_path, text, published="2025-12-09")
    assert rows["59.3 percent"]["metric"] == "nev_share_of_passenger_car_retail_sales"
    assert rows["7 percentage points"]["metric"] == "nev_share_of_passenger_car_retail_sales_yoy_pp"


def test_a_dealers_associations_inventory_gauges_and_stock(tmp_path: Path):
    text = ("Dealer stocks in October\n\nThe Northvale Dealers Association released its October survey on November "
            "10. The comprehensive inventory coefficient for auto dealers stood at 1.21 in October, down 11.3% "
            "month-on-month (MoM) but up 5.4% year-on-year (YoY).\n\nThe inventory coefficient for premium & "
            "imported brands dropped 17.0% MoM to 1.12, while joint-venture brands saw a 14.0% MoM decline to 1.24. "
            "Domestic brands recorded a 10.1% MoM decrease to 1.18.\n\nThe vehicle inventory alert index stood at "
            "55.2%, a 2.1 percentage point decrease compared with a year earlier. Total dealer inventory at the "
            "end of October was estimated at around 2.7 million vehicles.\n")
    rows = _rows(tmp_path, text, published="2025-11-12")
    assert rows["1.21"]["metric"] == "dealer_inventory_coefficient"
    assert rows["1.21"]["unit"] == "count"  # (as the text marks it, which validate checks)
    assert rows["11.3%"]["metric"] == "dealer_inventory_coefficient_mom_pct"
    assert rows["5.4%"]["metric"] == "dealer_inventory_coefficient_yoy_pct"
    assert rows["1.12"]["metric"] == "premium_and_imported_brand_dealer_inventory_coefficient"
    assert rows["14.0%"]["metric"] == "joint_venture_brand_dealer_inventory_coefficient_mom_pct"
    assert rows["1.18"]["metric"] == "chinese_brand_dealer_inventory_coefficient"  # "Domestic brands", as before
    assert rows["55.2%"]["metric"] == "vehicle_inventory_alert_index_pct"
    assert rows["2.1 percentage point"]["metric"] == "vehicle_inventory_alert_index_pct_yoy_pp"
    assert rows["2.7 million"]["metric"] == "dealer_inventory"


def test_fuel_and_electric_cars_named_together_are_all_vehicles(tmp_path: Path):
    text = ("Outlook\n\nIn October, a bank forecast total China car sales - both petrol-based and EVs - could drop "
            "between 2 per cent and 4 per cent next year.\n\nSales of petrol and electric cars rose 6 per cent in "
            "May. Sales of electric and fuel cell vehicles rose 9 per cent in May.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["2 per cent"]["metric"] == rows["4 per cent"]["metric"] == "vehicle_sales_yoy_pct"
    assert rows["6 per cent"]["metric"] == "vehicle_sales_yoy_pct"
    assert rows["9 per cent"]["metric"] != "vehicle_sales_yoy_pct"  # (fuel cell vehicles are no fuel cars)


def test_a_kind_of_power_among_passenger_cars_counted_is_a_kind_of_passenger_car(tmp_path: Path):
    text = ("Zeta sales\n\nZeta sold 512,300 vehicles in November. Of those, the automaker sold 474,900 passenger "
            "vehicles: 237,500 fully electric and 237,400 plug-in hybrids.\n\nLumen sold over 2.8 million passenger "
            "cars last year, with more than 900,000 being new energy vehicles.\n\nOrion sold 410,000 passenger cars "
            "in 2025. Of those, 216 300 were pure electric vehicles.\n\nFuel car sales fell. Conversely, new energy "
            "vehicle sales surged to 12.18 million, outpacing those of fuel cars.\n")
    rows = _rows(tmp_path, text, published="2026-01-05")
    assert rows["237,500"]["metric"] == "bev_passenger_car_sales"
    assert rows["237,400"]["metric"] == "phev_passenger_car_sales"
    assert rows["900,000"]["metric"] == "nev_passenger_car_sales"
    assert rows["216 300"]["metric"] == "bev_passenger_car_sales"
    assert rows["12.18 million"]["metric"] == "nev_sales"  # ("those of fuel cars" opens no part of a whole)


def test_a_year_to_date_total_and_a_markets_total_before_a_companys(tmp_path: Path):
    text = ("Zeta results\n\nZeta delivered 1.2 million vehicles in 2024. In comparison, total domestic auto sales "
            "in 2024 were 30.1 million, up 4.1% year-on-year, and industry leader Orion Motors sold 4.1 million "
            "vehicles.\n\nOn a year-to-date basis as of August 2025, Zeta has delivered 253,100 new energy "
            "vehicles, an 8.1% YoY decline.\n\nAugust's deliveries were Zeta's highest so far this year, though "
            "still well below last December's record 50,300 vehicles.\n")
    rows = _rows(tmp_path, text, published="2025-09-02")
    assert rows["30.1 million"]["entity"] == "China"  # (not the company a later clause names)
    assert rows["253,100"]["period"] == rows["8.1%"]["period"] == "2025-01/2025-08"
    assert rows["50,300"]["period"] == "2024-12"


def test_a_goals_year_does_not_date_the_figures_after_it(tmp_path: Path):
    text = ("Startups post another record month in November\n\nZeta delivered 61,800 vehicles in November, up 80 "
            "percent year on year.\n\nLumen Motors followed with 60,300 deliveries, reaching its 2025 target ahead "
            "of plan.\n\nOrion Motors delivered 31,200 vehicles, boosted by its newer sub-brands.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["31,200"]["period"] == "2025-11"


def test_a_companys_own_cumulative_total_is_a_running_total(tmp_path: Path):
    text = ("Zeta's July\n\nZeta Motors delivered 21,017 vehicles in July, up 2.5 percent year-on-year. Zeta said "
            "its cumulative deliveries had reached 785,000 vehicles.\n\nLumen's cumulative deliveries have exceeded "
            "400,000 units. Lumen plans a launch in the second half.\n")
    rows = _rows(tmp_path, text, published="2025-08-01")
    assert rows["785,000"]["metric"] == "vehicle_deliveries_cumulative"
    assert rows["785,000"]["period"] == "2025-07"
    assert rows["400,000"]["metric"].endswith("_cumulative")
