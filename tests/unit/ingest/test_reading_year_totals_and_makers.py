"""A monthly release's "cumulative" total of the year so far, a company named by what it makes, all vehicles named
in a passenger car association's story, and a rate named again. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _proposals, _rows


def test_a_monthly_releases_cumulative_figure_is_the_years_months_so_far(tmp_path: Path):
    text = ("Car retail in July\n\nIn July, China's NEV passenger car retail sales totaled 912,000 units, 11 "
            "percent more than a year earlier, the China Passenger Car Association reported.\n\nCumulative NEV "
            "passenger car retail sales stood at 5.18 million, a rise of 27 percent on the year before.\n")
    rows = _rows(tmp_path, text, published="2025-08-12")
    assert rows["5.18 million"]["metric"] == "nev_passenger_car_retail_sales"  # (not ..._cumulative)
    assert rows["5.18 million"]["period"] == rows["27 percent"]["period"] == "2025-01/2025-07"
    assert rows["27 percent"]["metric"] == "nev_passenger_car_retail_sales_yoy_pct"
    assert rows["912,000"]["period"] == "2025-07"


def test_a_december_releases_cumulative_figure_for_the_year_is_the_year(tmp_path: Path):
    text = ("Car retail in December\n\nIn December, China's passenger car retail volume was 2.41 million "
            "units, the China Passenger Car Association reported.\n\nFor the year, cumulative retail sales stood at "
            "21.4 million units, 5% more than a year earlier.\n")
    rows = _rows(tmp_path, text, published="2026-01-09")
    assert rows["21.4 million"]["metric"] == "passenger_car_retail_sales"
    assert rows["21.4 million"]["period"] == rows["5%"]["period"] == "2025"


def test_a_running_total_over_years_stays_cumulative(tmp_path: Path):
    text = ("Zeta's trucks\n\nLast year Zeta Trucks sold 61,300 units, bringing cumulative sales past 300,000 "
            "vehicles.\n\nCounting from pilot schemes in 2019 up to last December, China's cumulative FCEV "
            "registrations total 21,400.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["300,000"]["metric"] == "vehicle_sales_cumulative"
    assert rows["21,400"]["metric"] == "fcv_registrations_cumulative"


def test_all_vehicles_named_in_a_passenger_car_associations_story_stay_all_vehicles(tmp_path: Path):
    text = ("Margins slide\n\nThe China Passenger Car Association (CPCA) says carmakers' margins "
            "narrowed last year.\n\nLast year the nation's automobile production and sales grew again, to 31.2 "
            "million and 31.0 million units respectively, up 8.8% and 8.1%.\n")
    rows = _rows(tmp_path, text, published="2026-01-28")
    assert rows["31.2 million"]["metric"] == "vehicle_production"
    assert rows["31.0 million"]["metric"] == "vehicle_sales"
    assert rows["8.8%"]["metric"] == "vehicle_production_yoy_pct"


def test_a_company_named_by_what_it_makes_counts_its_vehicles(tmp_path: Path):
    text = ("Zeta's May\n\nIn May the electric vehicle leader Zeta Motors delivered 301,200 units, 4% fewer "
            "than a year before.\n\nAcross the half year the top electric-vehicle maker sold 1.9 million vehicles, "
            "21% more than a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-06-02")
    assert rows["301,200"]["metric"] == "vehicle_deliveries"  # (not nev_deliveries: the words name the company)
    assert rows["1.9 million"]["metric"] == "vehicle_sales"
    assert rows["21%"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_rate_named_again_by_the_and_its_change_is_the_figure_before(tmp_path: Path):
    text = ("Exports climb\n\nIn the first quarter of 2025 China's automobile exports came to 1.31 million units, "
            "a 14% year-on-year increase, the China Passenger Car Association reported.\n\nAnalysts credit "
            "pricing.\n\nThe 14% growth in the first quarter bodes well, analysts say.\n")
    proposals = [p for p in _proposals(tmp_path, text, "2025-04-10") if p.mention.text == "14%"]
    assert [bool(p.row) for p in proposals] == [True, False]
    assert proposals[0].row["metric"] == "vehicle_exports_yoy_pct"
    assert "stated again" in proposals[1].not_a_claim


def test_a_penetration_rate_told_as_a_consequence_and_the_rates_set_against_it(tmp_path: Path):
    text = ("NEV sales in May\n\nIn May China's NEV sales came to 1.27 million units, 34.2 percent more than a "
            "year earlier.\n\nAll vehicle sales came to 2.58 million units in May, up 11.4 percent year-on-year."
            "\n\nThis means that May's NEV penetration rate stood at 49.2 percent, above the 40.1 percent in the "
            "same month last year and the 46.8 percent seen in April.\n")
    rows = _rows(tmp_path, text, published="2025-06-11")
    for stated in ("49.2 percent", "40.1 percent", "46.8 percent"):
        assert rows[stated]["metric"] == "nev_share_of_new_vehicle_sales", stated  # (not a growth of sales)
    assert rows["40.1 percent"]["period"] == "2024-05"


def test_a_sequential_change_is_on_the_period_before(tmp_path: Path):
    text = ("NEV sales in May\n\nIn May China's NEV sales grew again, after a 0.89 percent sequential dip in "
            "April.\n\nZeta's deliveries rose 12% sequentially in the second quarter.\n")
    rows = _rows(tmp_path, text, published="2025-07-11")
    assert rows["0.89 percent"]["metric"] == "nev_sales_mom_pct"
    assert rows["12%"]["metric"] == "vehicle_deliveries_qoq_pct"


def test_what_a_company_described_after_the_number_makes_is_not_what_it_counts(tmp_path: Path):
    text = ("Carmakers' year\n\nIn 2024 Zeta sold 4.27 million vehicles, 41 percent more than in 2023. Its "
            "overseas sales climbed 72 percent to 420,000, which makes the Langfang-based group, which ceased to "
            "build fossil fuel-powered cars in 2021, a global seller.\n")
    rows = _rows(tmp_path, text, published="2025-01-03")
    assert rows["420,000"]["metric"] == "vehicle_overseas_sales"  # (not gasoline_powered_vehicle_...)
    assert rows["72 percent"]["metric"] == "vehicle_overseas_sales_yoy_pct"


def test_a_total_after_a_sentence_on_one_kind_of_power_counts_all_vehicles(tmp_path: Path):
    text = ("Chinese brands abroad\n\nIn Europe plug-in hybrids grew fastest. The association counts total "
            "overseas sales of Chinese brands at 2.42 million units for the first three quarters.\n")
    rows = _rows(tmp_path, text, published="2025-10-15")
    assert rows["2.42 million"]["metric"] == "chinese_brand_vehicle_overseas_sales"  # (not ..._phev_...)


def test_a_clause_that_turns_to_a_month_of_its_own_dates_the_changes_after_it(tmp_path: Path):
    text = ("Exports in April\n\nIn the first four months, vehicle exports from China came to 1.82 million units, "
            "5.0 percent more than a year earlier, while in April they were 498,000 units, 3.0 percent more than in "
            "March and 1.6 percent more than a year before.\n")
    rows = _rows(tmp_path, text, published="2025-05-12")
    assert rows["5.0 percent"]["period"] == "2025-01/2025-04"
    assert rows["498,000"]["period"] == rows["3.0 percent"]["period"] == rows["1.6 percent"]["period"] == "2025-04"
    assert rows["3.0 percent"]["metric"] == "vehicle_exports_mom_pct"


def test_the_passenger_car_associations_penetration_in_the_domestic_market_is_of_retail_sales(tmp_path: Path):
    text = ("NEV retail in November\n\nNEV passenger car retail sales came to 1.3 million units in November, "
            "going by data from the China Passenger Car Association (CPCA).\n\nThe penetration rate "
            "of NEVs in the domestic market, a measure watched by carmakers, rose to 59.3 percent in the month, "
            "7 percentage points higher than a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-12-09")
    assert rows["59.3 percent"]["metric"] == "nev_share_of_passenger_car_retail_sales"
    assert rows["7 percentage points"]["metric"] == "nev_share_of_passenger_car_retail_sales_yoy_pp"


def test_a_dealers_associations_inventory_gauges_and_stock(tmp_path: Path):
    text = ("Dealer stocks in October\n\nThe Northvale Dealers Association published its October survey on "
            "Monday. In October dealers' overall inventory coefficient was 1.21, 11.3% lower than in September "
            "(MoM) and 5.4% higher than a year before (YoY).\n\nFor premium & imported brands the inventory "
            "coefficient fell 17.0% MoM to 1.12; for joint-venture brands it eased 14.0% MoM to 1.24. Domestic "
            "brands saw a 10.1% MoM fall to 1.18.\n\nIn October the vehicle inventory alert index was 55.2%, "
            "2.1 percentage points lower than a year before. Dealers' total inventory by the close of October was "
            "put at some 2.7 million vehicles.\n")
    rows = _rows(tmp_path, text, published="2025-11-12")
    assert rows["1.21"]["metric"] == "dealer_inventory_coefficient"
    assert rows["1.21"]["unit"] == "count"  # (as the text marks it, which validate checks)
    assert rows["11.3%"]["metric"] == "dealer_inventory_coefficient_mom_pct"
    assert rows["5.4%"]["metric"] == "dealer_inventory_coefficient_yoy_pct"
    assert rows["1.12"]["metric"] == "premium_and_imported_brand_dealer_inventory_coefficient"
    assert rows["14.0%"]["metric"] == "joint_venture_brand_dealer_inventory_coefficient_mom_pct"
    assert rows["1.18"]["metric"] == "chinese_brand_dealer_inventory_coefficient"  # "Domestic brands", as before
    assert rows["55.2%"]["metric"] == "vehicle_inventory_alert_index"
    assert rows["2.1 percentage points"]["metric"] == "vehicle_inventory_alert_index_yoy_pp"
    assert rows["2.7 million"]["metric"] == "dealer_inventory"


def test_fuel_and_electric_cars_named_together_are_all_vehicles(tmp_path: Path):
    text = ("Outlook\n\nA bank expects China's car sales, petrol-based and EVs both, to shrink by 2 per cent to "
            "4 per cent next year.\n\nIn May sales of petrol and electric cars grew 6 per cent. In May sales of "
            "electric and fuel cell vehicles grew 9 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["2 per cent"]["metric"] == rows["4 per cent"]["metric"] == "vehicle_sales_yoy_pct"
    assert rows["6 per cent"]["metric"] == "vehicle_sales_yoy_pct"
    assert rows["9 per cent"]["metric"] != "vehicle_sales_yoy_pct"  # (fuel cell vehicles are no fuel cars)


def test_a_kind_of_power_among_passenger_cars_counted_is_a_kind_of_passenger_car(tmp_path: Path):
    text = ("Zeta sales\n\nIn November Zeta sold 512,300 vehicles. Of those, it sold 474,900 passenger "
            "vehicles: 237,500 fully electric and 237,400 plug-in hybrids.\n\nLast year Lumen sold 2.8 million "
            "passenger cars, with 900,000 of them being new energy vehicles.\n\nIn 2025 Orion sold 410,000 "
            "passenger cars. Of those, 216 300 were battery electric vehicles.\n\nFuel car sales fell. New energy "
            "vehicle sales, by contrast, rose to 12.18 million, well ahead of those of fuel cars.\n")
    rows = _rows(tmp_path, text, published="2026-01-05")
    assert rows["237,500"]["metric"] == "bev_passenger_car_sales"
    assert rows["237,400"]["metric"] == "phev_passenger_car_sales"
    assert rows["900,000"]["metric"] == "nev_passenger_car_sales"
    assert rows["216 300"]["metric"] == "bev_passenger_car_sales"
    assert rows["12.18 million"]["metric"] == "nev_sales"  # ("those of fuel cars" opens no part of a whole)


def test_a_year_to_date_total_and_a_markets_total_before_a_companys(tmp_path: Path):
    text = ("Zeta results\n\nIn 2024 Zeta delivered 1.2 million vehicles. For 2024, total domestic auto sales "
            "came to 30.1 million, 4.1% more than in 2023, and the market leader Orion Motors sold 4.1 million "
            "vehicles.\n\nZeta's year-to-date deliveries as of August 2025 total 253,100 new energy "
            "vehicles, 8.1% fewer than a year before.\n\nAugust was Zeta's best month so far this year, yet "
            "short of last December's record 50,300 vehicles.\n")
    rows = _rows(tmp_path, text, published="2025-09-02")
    assert rows["30.1 million"]["entity"] == "China"  # (not the company a later clause names)
    assert rows["253,100"]["period"] == rows["8.1%"]["period"] == "2025-01/2025-08"
    assert rows["50,300"]["period"] == "2024-12"


def test_a_goals_year_does_not_date_the_figures_after_it(tmp_path: Path):
    text = ("Young carmakers set records in November\n\nIn November Zeta delivered 61,800 vehicles, 80 percent "
            "more than a year earlier.\n\nLumen Motors came next with 60,300 deliveries and met its 2025 target "
            "early.\n\nOrion Motors delivered 31,200 vehicles, helped by two new models.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["31,200"]["period"] == "2025-11"


def test_a_companys_own_cumulative_total_is_a_running_total(tmp_path: Path):
    text = ("Zeta's July\n\nIn July Zeta Motors delivered 21,017 vehicles, 2.5 percent more than a year before. "
            "According to Zeta, its cumulative deliveries now stand at 785,000 vehicles.\n\nLumen's cumulative "
            "deliveries are above 400,000 units. Lumen plans a launch in the second half.\n")
    rows = _rows(tmp_path, text, published="2025-08-01")
    assert rows["785,000"]["metric"] == "vehicle_deliveries_cumulative"
    assert rows["785,000"]["period"] == "2025-08"  # (now, when the article tells it)
    assert rows["400,000"]["metric"].endswith("_cumulative")


def test_a_running_total_a_clause_brings_the_figures_to_dates_neither_figure_beside_it(tmp_path: Path):
    text = ("Young carmakers set records in November\n\nIn November Orion delivered 61,800 vehicles, 80 percent more "
            "than a year earlier.\n\nVega handed over 36,700 units, taking its year-to-date tally near "
            "400,000, and Zeta delivered 33,100 vehicles and said output would rise early next year.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["36,700"]["period"] == rows["33,100"]["period"] == "2025-11"
    assert rows["400,000"]["period"] == "2025-01/2025-11"


def test_a_years_total_told_in_passing_does_not_date_the_next_companys_month(tmp_path: Path):
    text = ("Young carmakers set records in November\n\nIn November Orion delivered 61,800 vehicles, 80 percent more "
            "than a year earlier.\n\nLumen came next with 60,300 deliveries. It said its full-year sales are "
            "already above 450,000.\n\nZeta delivered 31,200 vehicles, helped by two new models.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["31,200"]["period"] == "2025-11"
