"""Kinds of vehicle named with a kind of power, and the bases and milestones that date or name no figure.
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _proposals, _rows


def test_a_kind_of_power_joins_a_truck_class_and_its_share_is_the_powers(tmp_path: Path):
    text = ("Electric trucks\n\nIn March, Northvale sold 6,120 new energy heavy-duty trucks, making up 31.2% of all "
            "heavy-duty truck sales of 19,600 units. New energy heavy truck sales rose 88% year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-04-12")
    assert rows["6,120"]["metric"] == "nev_heavy_truck_sales"
    assert rows["31.2%"]["metric"] == "nev_share_of_heavy_truck_sales"  # (not nev_heavy_truck_share_of_...)
    assert rows["19,600"]["metric"] == "heavy_truck_sales"
    assert rows["88%"]["metric"] == "nev_heavy_truck_sales_yoy_pct"


def test_in_an_electric_car_story_a_regions_bare_units_are_electric_cars(tmp_path: Path):
    text = ("World EV sales climb in April\n\nSales of plug-in hybrid and battery-electric cars worldwide grew 19 "
            "per cent to 1.4 million units in April.\n\nEurope logged a 22 per cent rise to 0.28 million units, "
            "while in North America sales inched up 4 per cent to 0.14 million vehicles.\n\nTotal car sales in "
            "Europe rose 3 per cent to 1.1 million units. Zeta Motors delivered 40,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-05-14")
    for stated in ("0.28 million", "0.14 million"):
        assert rows[stated]["metric"] == "nev_sales", stated
    assert rows["22 per cent"]["metric"] == rows["4 per cent"]["metric"] == "nev_sales_yoy_pct"
    assert rows["1.1 million"]["metric"] == "vehicle_sales"  # all cars, as the sentence says
    assert rows["40,000"]["metric"] == "vehicle_deliveries"  # a carmaker's: its vehicles


def test_the_nations_best_selling_brand_is_the_company_not_the_nation(tmp_path: Path):
    text = ("Zeta Motors' first quarter\n\nZeta Motors began 2025 well: its first-quarter sales rose 41%.\n\n"
            "The nation's best-selling brand handed 281 300 cars to buyers in March, and the country's "
            "largest EV maker sold 702 950 in the quarter.\n")
    rows = _rows(tmp_path, text, published="2025-04-02")
    assert rows["281 300"]["entity"] == rows["702 950"]["entity"] == "Zeta"


def test_a_quarter_named_by_its_last_month_and_a_loss_per_depositary_share(tmp_path: Path):
    text = ("Zeta's results\n\nZeta's revenues grew 11% to $1.84 billion in its second quarter of fiscal 2025. "
            "Vehicle sales rose 4.1% YoY.\n\nIn the June quarter Zeta lost $402.5 million, or $0.21 per ADS. "
            "Its adjusted net loss per ADS was $0.17.\n")
    rows = _rows(tmp_path, text, published="2025-09-03")
    assert rows["$1.84 billion"]["period"] == rows["4.1%"]["period"] == "2025-Q2"  # (not fiscal 2025 alone)
    assert rows["$402.5 million"]["period"] == "2025-Q2"  # the quarter June ends
    assert rows["$0.21"]["metric"] == "net_loss_per_ads_usd"
    assert rows["$0.17"]["metric"] == "adjusted_net_loss_per_ads_usd"
    assert rows["$402.5 million"]["metric"] == "net_loss_usd"


def test_exports_to_a_market_named_in_their_sentence_are_the_exporters_to_that_market(tmp_path: Path):
    text = ("China's car exports\n\nThe export volume of Chinese autos to Latin America came to 81,000 units in "
            "January-April, up 23% on a year before. In April alone, exports came to 24,000 units.\n\n"
            "China's total car exports rose 6% in the period.\n")
    rows = _rows(tmp_path, text, published="2025-05-20")
    assert rows["81,000"]["metric"] == "vehicle_exports_latin_america"
    assert rows["23%"]["metric"] == "vehicle_exports_latin_america_yoy_pct"
    assert rows["24,000"]["metric"] == "vehicle_exports_latin_america"
    assert rows["6%"]["metric"] == "vehicle_exports_yoy_pct"  # all of them


def test_year_to_date_in_a_story_on_an_earlier_month_counts_to_that_month(tmp_path: Path):
    text = ("Northvale's March\n\nIn March 2025 Northvale's vehicle sales grew 6% to 1.21 million units, against "
            "1.14 million a year earlier.\n\nYear-to-date, NEV sales were up 39% at 612,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-04-16")
    assert rows["612,000"]["period"] == rows["39%"]["period"] == "2025-01/2025-03"  # (not to April)
    assert rows["1.14 million"]["metric"] == "vehicle_sales"  # "a year earlier" counts no years


def test_a_list_under_a_line_of_goals_states_targets(tmp_path: Path):
    text = ("Zeta's plan\n\nZeta Motors set out its roadmap on Monday.\n\nThe group's 2030 strategic objectives "
            "include:\n\n- Achieving global sales exceeding 3.2 million vehicles.\n\n- NEVs accounting for about 80% "
            "of total sales.\n\nIn 2025, Zeta sold 1.9 million vehicles.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    for stated in ("3.2 million", "80%"):
        assert (rows[stated]["status"], rows[stated]["period"]) == ("target", "2030"), stated
    assert rows["1.9 million"]["status"] == "actual"


def test_a_new_low_since_a_quarter_dates_no_figure_and_a_quarter_on_quarter_change_is_qoq(tmp_path: Path):
    text = ("Zeta's quarter\n\nZeta lost RMB 310 million in the second quarter, a new low since the first quarter "
            "of 2021 and down by a year-on-year 41.2 percent, with a quarter-on-quarter decline of 12.5 percent.\n")
    rows = _rows(tmp_path, text, published="2025-08-20")
    assert rows["41.2 percent"]["metric"] == "net_loss_yoy_pct"
    assert rows["12.5 percent"]["metric"] == "net_loss_qoq_pct"
    assert rows["41.2 percent"]["period"] == rows["12.5 percent"]["period"] == "2025-Q2"


def test_the_first_months_of_the_year_are_the_latest_such_months_and_a_bare_global_share_is_of_the_level(
        tmp_path: Path):
    text = ("Battery makers' year\n\nWorldwide, 1,090 GWh of EV batteries were installed last year. Over the first "
            "11 months of the year Zeta Energy held 27.5% of the market abroad.\n\nOrion came second on 172.4 GWh, "
            "a 15.8% global share.\n")
    rows = _rows(tmp_path, text, published="2026-02-06")
    assert rows["27.5%"]["period"] == "2025-01/2025-11"  # (not months of 2026 still to come)
    assert rows["15.8%"]["metric"] == "power_battery_installed_capacity_global_share_pct"


def test_an_amount_whose_sentence_names_no_measure_is_of_the_money_the_sentence_before_told(tmp_path: Path):
    text = ("Zeta's quarter\n\nZeta's revenues beat forecasts in the last quarter.\n\nFor the three months to "
            "June it took $14.1 billion in all, ahead of the $13.6 billion analysts had pencilled in.\n\nIts "
            "cars now carry discounts reaching 41,000 yuan.\n")
    rows = _rows(tmp_path, text, published="2025-08-21")
    assert rows["$14.1 billion"]["metric"] == rows["$13.6 billion"]["metric"] == "revenue_usd"
    assert rows["41,000 yuan"]["metric"] != "revenue_cny"  # a discount, not the revenue told before


def test_a_bar_passed_for_the_first_time_after_the_figure_is_no_figure(tmp_path: Path):
    text = ("Makers' share\n\nTogether they lifted Northvale makers to 61.3% of the market, the first time ever "
            "their yearly share topped 60%.\n")
    proposals = {p.mention.text: p for p in _proposals(tmp_path, text, "2026-02-05")}
    assert proposals["60%"].not_a_claim and not proposals["60%"].row
    assert proposals["61.3%"].row


def test_a_person_by_title_is_no_company_and_the_current_quarter_is_this_one(tmp_path: Path):
    text = ("Zeta's loss\n\nCEO Lin Hao announced a turn toward robots.\n\nZeta Motors posted an adjusted "
            "net loss of RMB212.4 million for the third quarter. Revenue slid 28% to $2.9 billion, the steepest "
            "drop since the company's 2021 listing.\n\nFor the current quarter, Zeta expects revenue of RMB3.1 "
            "billion.\n")
    rows = _rows(tmp_path, text, published="2025-11-26")
    assert {rows[s]["entity"] for s in ("RMB212.4 million", "28%", "$2.9 billion", "RMB3.1 billion")} == {"Zeta"}
    assert rows["28%"]["period"] == rows["$2.9 billion"]["period"] == "2025-Q3"  # (not the listing's year)
    assert rows["RMB3.1 billion"]["period"] == "2025-Q4"


def test_vehicles_worth_an_amount_and_an_import_turnover_are_the_value_of_the_flow(tmp_path: Path):
    text = ("Car imports climb\n\nIn October, Viet Nam imported some 9,200 finished vehicles worth over US$210 "
            "million, customs data show.\n\nIn the ten months to October, its car imports came to 81,000 units, with "
            "import turnover nearing $2.1 billion.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert {rows[s]["entity"] for s in ("9,200", "US$210 million", "81,000", "$2.1 billion")} == {"Vietnam"}
    assert rows["US$210 million"]["metric"] == rows["$2.1 billion"]["metric"] == "vehicle_imports_usd"


def test_a_tax_programme_for_imported_evs_and_the_tariff_after_it_are_the_evs_tariff(tmp_path: Path):
    text = ("Chile's EV levy\n\nChile has brought in a stepped tax regime on imported EVs, beginning at 8% in March "
            "2025 and set to reach 30% by July 2027. The tariff, which now stands at 14%, goes up to 20% in "
            "January.\n")
    rows = _rows(tmp_path, text, published="2025-09-10")
    for stated in ("8%", "30%", "14%", "20%"):
        assert rows[stated]["metric"] == "nev_import_tariff_pct", stated


def test_a_capacity_of_cars_told_of_a_ship_is_what_it_carries(tmp_path: Path):
    text = ("Zeta's new car carrier sets sail\n\nThe Zeta Pioneer left Northvale on Monday. It is 210 meters long, "
            "and at most it has capacity of carrying 8,800 standard vehicles.\n\nIts sister ship has capacity for "
            "up to 6,500 cars.\n\nZeta's Northvale plant has a capacity of 300,000 cars a year.\n")
    rows = _rows(tmp_path, text, published="2025-05-20")
    assert rows["8,800"]["metric"] == rows["6,500"]["metric"] == "vehicle_carrying_capacity"
    assert rows["300,000"]["metric"] != "vehicle_carrying_capacity"  # a plant's: what it makes


def test_a_companys_sales_in_a_story_on_a_market_abroad_are_there_though_the_market_is_called_by_another_name(
        tmp_path: Path):
    text = ("Chinese car sales in Britain set a record\n\nChinese brands sold more cars in Britain than ever this "
            "year, industry figures show.\n\nZeta Motors sold 21,300 units over the ten months and has overtaken "
            "Britain's Mini.\n")
    rows = _rows(tmp_path, text, published="2025-11-10")
    assert rows["21,300"]["metric"] == "vehicle_sales_united_kingdom"


def test_units_shifted_are_sold_and_the_eleven_months_to_november_run_from_january(tmp_path: Path):
    text = ("Chinese car sales in Britain set a record\n\nZeta and Orion together shifted close to 61,000 units "
            "in the eleven months to November, data from the trade body show.\n")
    rows = _rows(tmp_path, text, published="2025-12-10")
    assert rows["61,000"]["metric"] == "vehicle_sales"
    assert rows["61,000"]["period"] == "2025-01/2025-11"


def test_fuel_run_vehicles_are_gasoline_powered_whatever_a_list_between_dashes_includes(tmp_path: Path):
    text = ("Imports shift\n\nNorthvale imported 3,280 fuel-run vehicles\u2014including buses, vans and "
            "pickups\u2014in the first half, a 31 percent increase from 2,500 units a year before.\n")
    rows = _rows(tmp_path, text, published="2025-08-01")
    assert rows["3,280"]["metric"] == rows["2,500"]["metric"] == "gasoline_powered_vehicle_imports"
    assert rows["31 percent"]["metric"] == "gasoline_powered_vehicle_imports_yoy_pct"
