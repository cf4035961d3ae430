"""A change on the month or quarter the text names, a running total up to a day or a month's end, a season's habit,
"the company" after one of its brands, round-ups of carmakers, a company's results (cash flow and reserves, a
product line's revenue and margin, capacity utilisation, a margin's change beside another measure, previews of a
year over, full-year figures), shares of a world market, tariffs, lists sharing a unit, plants, districts and
output in money. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_decrease_from_the_month_before_is_month_on_month(tmp_path: Path):
    text = ("Zeta slips\n\nHanded over to buyers in June: 12,400 Zeta Motors cars, which meant an 8.5 percent fall on "
            "a year earlier and a 6.2 percent decrease from May.\n")
    rows = _rows(tmp_path, text, published="2025-07-01")
    assert rows["8.5 percent"]["metric"].endswith("_yoy_pct")
    assert rows["6.2 percent"]["metric"] == "vehicle_deliveries_mom_pct"


def test_a_change_on_an_earlier_quarter_of_its_year_is_quarter_on_quarter(tmp_path: Path):
    text = ("Zeta's spring\n\nZeta Motors delivered 30,100 cars in the second quarter, up 14 percent year on year "
            "and up 41 percent compared to the first quarter of 2025.\n")
    rows = _rows(tmp_path, text, published="2025-07-02")
    assert rows["14 percent"]["metric"] == "vehicle_deliveries_yoy_pct"
    assert rows["41 percent"]["metric"] == "vehicle_deliveries_qoq_pct"


def test_a_quarter_of_last_year_stays_a_year_back(tmp_path: Path):
    text = ("Zeta's spring\n\nIn the second quarter Zeta Motors delivered 30,100 cars, a rise of 14 percent from the "
            "second quarter of last year.\n")
    assert _rows(tmp_path, text, published="2025-07-02")["14 percent"]["metric"] == "vehicle_deliveries_yoy_pct"


def test_a_running_total_as_of_the_end_of_a_month_is_that_months(tmp_path: Path):
    text = ("Zeta passes a mark\n\nZeta Motors delivered 12,400 cars in June. As of the end of June, its tally of "
            "accumulated deliveries since its inception stood at 604,300 vehicles.\n")
    row = _rows(tmp_path, text, published="2025-07-03")["604,300"]
    assert (row["metric"], row["period"]) == ("vehicle_deliveries_cumulative", "2025-06")


def test_deliveries_this_year_by_a_day_are_the_months_since_january(tmp_path: Path):
    text = ("Zeta in September\n\nZeta Motors handed over 9,300 cars in September. By 30th September 2025, deliveries "
            "this year had reached 70,450 units, taking its total since it was set up to 412,900.\n")
    rows = _rows(tmp_path, text, published="2025-10-03")
    assert rows["70,450"]["period"] == "2025-01/2025-09"
    assert (rows["412,900"]["metric"], rows["412,900"]["period"]) == ("vehicle_deliveries_cumulative", "2025-09")


def test_what_a_season_is_usually_like_dates_no_later_figure(tmp_path: Path):
    text = ("Zeta's spring\n\nZeta Motors delivered 30,100 cars in Q2 2025, its quarterly report showed. Winter "
            "months are typically slow for car dealers, it added, and demand is usually softer "
            "in the first quarter.\n\nOf that total, its flagship brand took 21,400 vehicles.\n")
    assert _rows(tmp_path, text, published="2025-09-03")["21,400"]["period"] in ("2025-Q2", "2025-04/2025-06")


def test_a_story_that_opens_on_a_seasons_habit_is_about_that_season(tmp_path: Path):
    text = ("A slow start\n\nIn Northvale, buying a car in the first quarter is traditionally rare, the holiday "
            "weeks keep buyers at home. Zeta Motors put 31,800 cars on the road in those three months.\n\nZeta's gross "
            "margin came to 12.5 percent.\n")
    rows = _rows(tmp_path, text, published="2025-04-02")
    assert rows["31,800"]["period"] == rows["12.5 percent"]["period"] == "2025-Q1"


def test_the_company_after_one_of_its_brands_is_the_brands_owner(tmp_path: Path):
    text = ("Nio's spring\n\nNio had 72,000 vehicles delivered between April and June, and its budget label Firefly "
            "sold 7,100 of its own in that quarter.\n\nIn July the company delivered 21,000 vehicles under all of "
            "its marques.\n")
    rows = _rows(tmp_path, text, published="2025-09-03")
    assert (rows["7,100"]["entity"], rows["7,100"]["metric"]) == ("NIO", "firefly_sales")
    assert (rows["21,000"]["entity"], rows["21,000"]["metric"]) == ("NIO", "vehicle_deliveries")


_ROUNDUP = ("Who led the half\n\nChinese car groups closed the six months ahead of last year.\n\n"
            "First place "
            "went to BYD, with 2.1 million vehicles delivered. It sold 380,000 passenger vehicles in June "
            "alone.\n\nSAIC came "
            "second, also past 2 million units in the half.\n\nSAIC's wholesale volume was 1.98 million units "
            "between January and June, a 12 percent gain on a year before.\n\nOver those months its indigenous "
            "brands sold 1.2 million units together.\n")


def test_a_kind_told_of_one_company_is_not_the_next_companys(tmp_path: Path):
    rows = _rows(tmp_path, _ROUNDUP, published="2025-07-07")
    assert rows["380,000"]["metric"] == "passenger_car_sales"
    assert (rows["1.98 million"]["entity"], rows["1.98 million"]["metric"]) == ("SAIC Motor", "vehicle_sales")


def test_a_companys_indigenous_brands_are_chinese_brands(tmp_path: Path):
    assert _rows(tmp_path, _ROUNDUP, published="2025-07-07")["1.2 million"]["metric"].startswith("chinese_brand_")


_RESULTS = ("Zeta Battery's half\n\nZeta Battery published its interim report on Wednesday. For the first half "
            "of 2025, profit due to shareholders climbed 28% to 12.4 billion yuan, and overall gross margin rose 1.5 "
            "percentage points to 23%. The group's operating cash flow was 21.3 billion yuan, and it closed the "
            "period holding over 140 billion yuan in cash reserves.\n\n"
            "Revenue from Zeta Battery's cell systems came "
            "to 61.2 billion yuan in H1 2025, which is 12.5% higher than a year ago, with a gross margin of 21.6%. "
            "Sales of "
            "storage units brought in revenue of 14.8 billion yuan, 2.1% down, at a gross margin of 24.9%.\n\nIts "
            "factories ran at an overall capacity utilization of about 85% in H1, the group said.\n")


def test_a_margins_change_beside_another_measure_is_the_margins(tmp_path: Path):
    rows = _rows(tmp_path, _RESULTS, published="2025-08-01")
    assert rows["1.5 percentage points"]["metric"] == "gross_margin_pct_yoy_pp"
    assert rows["23%"]["metric"] == "gross_margin_pct"


def test_cash_flow_and_cash_reserves_are_named_and_reserves_are_the_periods_last_month(tmp_path: Path):
    rows = _rows(tmp_path, _RESULTS, published="2025-08-01")
    assert (rows["21.3 billion yuan"]["metric"], rows["21.3 billion yuan"]["period"]) == (
        "operating_cash_flow_cny", "2025-H1")
    assert (rows["140 billion yuan"]["metric"], rows["140 billion yuan"]["period"]) == ("cash_reserves_cny", "2025-06")


def test_a_product_lines_revenue_its_growth_and_its_margin(tmp_path: Path):
    rows = _rows(tmp_path, _RESULTS, published="2025-08-01")
    assert [rows[s]["metric"] for s in ("61.2 billion yuan", "12.5%", "21.6%")] == [
        "cell_system_revenue_cny", "cell_system_revenue_yoy_pct", "cell_system_gross_margin_pct"]


def test_capacity_utilization_is_a_rate(tmp_path: Path):
    assert _rows(tmp_path, _RESULTS, published="2025-08-01")["85%"]["metric"] == "capacity_utilization_pct"


def test_a_global_market_share_in_a_measure_and_its_change(tmp_path: Path):
    text = ("Zeta Battery leads\n\nBetween January and May 2025 Zeta Battery took a 31.4% global market share in EV "
            "battery installations, up 0.8 percentage points on the year.\n")
    rows = _rows(tmp_path, text, published="2025-07-10")
    assert rows["31.4%"]["metric"] == "power_battery_installed_capacity_global_share_pct"
    assert rows["0.8 percentage points"]["metric"] == "power_battery_installed_capacity_global_share_pct_yoy_pp"


def test_a_share_of_a_countrys_sales_is_no_global_share(tmp_path: Path):
    text = "Zeta gains\n\nZeta Motors held a 7.5% share of China's NEV sales in May, up 0.4 percentage points.\n"
    rows = _rows(tmp_path, text, published="2025-06-10")
    assert "global" not in rows["7.5%"]["metric"] and "global" not in rows["0.4 percentage points"]["metric"]


def test_a_margin_after_an_opening_adverb_is_still_its_lines(tmp_path: Path):
    text = ("Zeta Battery's half\n\nZeta Battery's revenue rose 8% in the first half. Elsewhere, storage system "
            "revenue eased 2.1% to 14.8 billion yuan, with a gross margin of 24.9% on it.\n")
    assert _rows(tmp_path, text, published="2025-08-01")["24.9%"]["metric"] == "storage_system_gross_margin_pct"


def test_the_unit_after_a_list_of_numbers_is_each_ones(tmp_path: Path):
    text = ("Packs\n\nBuyers of Zeta Motors cars choose between 70, 90 and 110 kWh packs; the cheaper sister brand "
            "offers 55 or 80 kWh batteries.\n")
    rows = _rows(tmp_path, text, published="2025-09-10")
    assert {rows[s]["metric"] for s in ("70", "90", "110", "55", "80")} == {"battery_capacity"}
    assert {rows[s]["unit"] for s in ("70", "90", "110", "55", "80")} == {"kwh"}


def test_a_list_of_counts_before_a_measured_number_keeps_its_counts(tmp_path: Path):
    text = "Zeta\n\nZeta Motors opened 12 stores in May, and its battery plant made 30 GWh of cells in the year.\n"
    assert _rows(tmp_path, text, published="2025-09-10")["12"]["unit"] != "gwh"


def test_a_share_of_the_target_reached_is_an_actual(tmp_path: Path):
    text = ("Zeta's stations\n\nBy mid-September Zeta Motors had opened 310 stations this year, roughly 21.5% of the "
            "target. It aims to reach 80% of its goal by December.\n")
    rows = _rows(tmp_path, text, published="2025-09-12")
    assert rows["21.5%"]["status"] == "actual"
    assert rows["80%"]["status"] == "target"


def test_the_company_place_plant_is_that_companys_plant_there(tmp_path: Path):
    text = ("Plants\n\nMore lines were added at XPeng's Langfang plant this spring.\n\nThe XPeng Langfang plant, in "
            "service since 2022, built 210,000 units last year, and it plans to double that.\n")
    assert _rows(tmp_path, text, published="2024-10-29")["210,000"]["entity"] == "XPeng Langfang Plant"


def test_two_companies_plants_in_one_city_are_each_their_owners(tmp_path: Path):
    text = ("Plants\n\nLast year 480,000 cars came out of BYD's Hefei plant.\n\nChangan said its Hefei factory "
            "turned out 300,000 autos last year.\n")
    rows = _rows(tmp_path, text, published="2024-10-29")
    assert (rows["480,000"]["entity"], rows["300,000"]["entity"]) == ("BYD Hefei Plant", "Changan Hefei Plant")


_PARAGRAPHS = ("Half-year table\n\nGroups ended the six months ahead. SAIC sold 1.9 million vehicles in the half, "
               "the most, while BYD had a strong month.\n\nBYD's half brought 2.1 million vehicles. It sold 380,000 "
               "cars in June.\n\nOf its half-year sales, 450,000 were sold in overseas markets.\n")


def test_a_paragraph_opening_on_its_goes_on_about_the_paragraph_before(tmp_path: Path):
    row = _rows(tmp_path, _PARAGRAPHS, published="2025-07-07")["450,000"]
    assert (row["entity"], row["period"]) == ("BYD", "2025-H1")
    assert row["metric"].endswith("overseas_sales")


def test_a_paragraph_opening_on_its_after_one_naming_no_company_is_not_guessed_from_further_back(tmp_path: Path):
    text = ("Table\n\nSAIC led the market over the half, SAIC said on Monday, and SAIC expects more.\n\nBYD's half "
            "brought 2.1 million vehicles.\n\nWholesale volume at the Shanghai-based giant came to 1.9 million.\n\n"
            "Its retail volume was higher still, at 2.2 million units.\n")
    assert _rows(tmp_path, text, published="2025-07-07")["2.2 million"]["entity"] != "BYD"


def test_a_stock_as_of_the_end_of_a_month_this_year_and_its_growth_are_that_months(tmp_path: Path):
    text = ("Chargers\n\nNORTHVALE, Dec. 22 -- Northvale counted more than 1.32 million charging piles as of the end "
            "of November this year, 41 percent more than twelve months earlier, the energy office said.\n")
    rows = _rows(tmp_path, text, published="2025-12-22")
    assert rows["1.32 million"]["period"] == rows["41 percent"]["period"] == "2025-11"


def test_revenue_from_a_main_business_of_a_line_and_income_from_a_line(tmp_path: Path):
    text = ("Zeta Battery's year\n\nZeta Battery's revenue fell 10 percent to CNY36 billion in 2024. Its cell packs, "
            "revenue from its main business of cell packs, slid 11 percent to CNY25 billion, and income from storage "
            "cabinet systems shrank by 4 percent to CNY5.7 billion. Revenue from its main business rose 3 percent.\n")
    rows = _rows(tmp_path, text, published="2025-03-17")
    assert [rows[s]["metric"] for s in ("CNY25 billion", "CNY5.7 billion", "4 percent", "3 percent")] == [
        "cell_pack_revenue_cny", "storage_cabinet_system_revenue_cny", "storage_cabinet_system_revenue_yoy_pct",
        "revenue_yoy_pct"]


_TARIFFS = ("Tariffs\n\nOn top of a 15 percent duty on imported cars, the union now charges extra tariffs on cars "
            "from Northvale; the extra tariffs are set at 21 percent for Zeta and 30 percent for Lumen. Southvale "
            "plans to lift its tariff on electric-car imports to 25% by July 2026. Tariffs cut Harbour Auto's sales "
            "by 20 "
            "percent.\n")


def test_a_rate_a_tariff_is_charged_at_is_the_tariffs(tmp_path: Path):
    rows = _rows(tmp_path, _TARIFFS, published="2025-08-18")
    assert rows["15 percent"]["metric"] == "vehicle_import_tariff_pct"
    assert rows["21 percent"]["metric"] == rows["30 percent"]["metric"] == "additional_vehicle_import_tariff_pct"
    assert rows["25%"]["metric"] == "nev_import_tariff_pct"


def test_a_change_a_tariff_caused_is_no_tariff(tmp_path: Path):
    assert "tariff" not in _rows(tmp_path, _TARIFFS, published="2025-08-18")["20 percent"]["metric"]


def test_an_estimate_of_a_year_over_keeps_its_year_and_so_does_its_growth(tmp_path: Path):
    text = ("Zeta Battery's year\n\nIn a filing on Friday, Zeta Battery said it expects attributable net income of "
            "RMB 1.5 billion ($210 million) to RMB 2 billion for 2025, a rise of 57.2% to 109.6% on the year before.\n")
    rows = _rows(tmp_path, text, published="2026-01-30")
    assert {rows[s]["period"] for s in ("RMB 1.5 billion", "RMB 2 billion", "57.2%", "109.6%")} == {"2025"}
    assert {rows[s]["status"] for s in ("RMB 1.5 billion", "57.2%")} == {"actual"}


def test_an_outlook_after_a_year_of_figures_done_is_still_this_years(tmp_path: Path):
    text = "Zeta\n\nZeta Motors sold 500,000 cars in 2023, and the target implies 20 percent growth.\n"
    assert _rows(tmp_path, text, published="2024-05-01")["20 percent"]["period"] == "2024"


def test_an_actual_full_year_figure_told_early_in_a_year_is_last_years(tmp_path: Path):
    text = ("Zeta's results\n\nZeta Motors' revenue jumped 70 per cent to 3.4 billion yuan in Q4, and full-year "
            "revenue gained 31 per cent to 8.7 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2026-03-10")
    assert (rows["8.7 billion yuan"]["period"], rows["8.7 billion yuan"]["status"]) == ("2025", "actual")


def test_a_code_on_an_exchange_is_no_figure(tmp_path: Path):
    text = "Stake\n\nZeta Battery said its stake in Lumen Auto (HKG: 9973) rose 1.66% in value.\n"
    assert "9973" not in _rows(tmp_path, text, published="2026-01-30")


_DISTRICT = ("Minhang holds up\n\nMinhang's factories kept growing through the first half of 2025.\n\nThe district "
             "put its industrial output at 120.4 billion yuan for January to June, up 3.8 percent.\n\nOutput from "
             "high-tech industries came to 47.1 billion yuan, and the auto sector contributed 61.8 billion yuan, a 6 "
             "percent increase on a year before. Zeta Motors' plant there kept busy.\n")


def test_the_district_is_the_district_named_before(tmp_path: Path):
    rows = _rows(tmp_path, _DISTRICT, published="2025-09-10")
    assert rows["120.4 billion yuan"]["entity"] == rows["3.8 percent"]["entity"] == "Minhang"


def test_an_output_in_money_is_an_output_value_of_the_sector_named_last_before_it(tmp_path: Path):
    rows = _rows(tmp_path, _DISTRICT, published="2025-09-10")
    assert rows["47.1 billion yuan"]["metric"] == "high_tech_industry_output_value_cny"
    assert rows["61.8 billion yuan"]["metric"] == "vehicle_output_value_cny"
    assert rows["6 percent"]["metric"] == "vehicle_output_value_yoy_pct"


def test_a_company_that_closed_lower_at_a_price_moved_its_shares(tmp_path: Path):
    text = "Shares\n\nZeta Battery [SZ: 300999] closed 1.8 percent higher at 41 yuan, its best day in a month.\n"
    rows = _rows(tmp_path, text, published="2025-03-17")
    assert rows["1.8 percent"]["metric"] == "share_price_change_pct"
    assert rows["41 yuan"]["metric"] == "share_price_cny"


def test_a_district_of_a_city_and_the_district_after_it(tmp_path: Path):
    text = ("Minhang grows\n\nShanghai's Minhang district made 280,000 vehicles over January to June 2025.\n\nThe "
            "district wants 4,000 more public charging piles this year. Its NEV output rose 31 percent.\n")
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert {rows[s]["entity"] for s in ("280,000", "4,000", "31 percent")} == {"Minhang"}


def test_free_cash_flow_is_not_operating_cash_flow(tmp_path: Path):
    text = ("Cash\n\nIn the second quarter Zeta Motors' operating cash flow came to 1.2 billion yuan, while free cash "
            "flow showed an outflow of 3.4 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-08-20")
    assert (rows["1.2 billion yuan"]["metric"], rows["3.4 billion yuan"]["metric"]) == (
        "operating_cash_flow_cny", "free_cash_flow_cny")


def test_revenue_from_the_main_business_of_a_product_is_that_products(tmp_path: Path):
    text = ("Results\n\nZeta Battery's revenue from its main business of cell modules came to RMB 12.4 billion "
            "for the first half of 2025, up 24.6% on the year.\n")
    rows = _rows(tmp_path, text, published="2025-08-20")
    assert rows["RMB 12.4 billion"]["metric"] == "cell_module_revenue_cny"


def test_a_total_since_the_company_was_founded_in_a_year_is_counted_now_not_then(tmp_path: Path):
    text = ("Milestone\n\nAs of the end of June, Lumen Auto's deliveries since the company was founded in 2017 had "
            "added up to 412,300 vehicles, it said. Riders of Zeta Power have made 60 million battery swaps since its "
            "first station opened in 2018.\n")
    rows = _rows(tmp_path, text, published="2025-07-14")
    assert rows["412,300"]["period"] in ("2025-06", "2025-07")
    assert rows["60 million"]["period"] != "2018"
