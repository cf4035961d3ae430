"""A company's quarterly results (losses and expenses, their changes, guidance, stock codes and share moves), battery
installations, charging inventories, the vehicles a city has and the rates of several places side by side. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_loss_and_expenses_and_their_changes_on_the_year_and_the_quarter(tmp_path: Path):
    text = ("Zeta narrows loss\n\nZeta Auto (NYSE: ZETA, HKG: 9988) booked a quarterly net loss of RMB 2.91 billion "
            "($410 million) for the third quarter, the narrowest since the third quarter of 2021.\n\n"
            "That marks a 27.4 percent drop on the third quarter of 2024, plus a 22.8 percent drop from the second "
            "quarter of 2025.\n\n"
            "Its SG&A expenses came to RMB 3.6 billion for the third quarter, representing only a 2.2 percent rise "
            "over the year-earlier quarter, though up 4.1 percent on the prior quarter.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert "9988" not in rows  # an exchange's code for the company
    # a loss is only ever money: its changes keep no currency, and date as the loss does, not as its record
    assert (rows["27.4 percent"]["metric"], rows["27.4 percent"]["period"]) == ("net_loss_yoy_pct", "2025-Q3")
    assert (rows["22.8 percent"]["metric"], rows["22.8 percent"]["period"]) == ("net_loss_qoq_pct", "2025-Q3")
    assert rows["RMB 3.6 billion"]["metric"] == "sga_expenses_cny"
    assert rows["2.2 percent"]["metric"] == "sga_expenses_yoy_pct"  # a change, though "representing" goes before
    assert rows["4.1 percent"]["metric"] == "sga_expenses_qoq_pct"


def test_guidance_is_a_forecast_and_a_converted_sum_keeps_its_bounds(tmp_path: Path):
    text = ("Zeta outlook\n\nZeta guided for deliveries of 98,000 to 104,000 cars in the fourth quarter.\n\n"
            "Orion Battery expects its 2025 net profit to rise to between 512 million yuan ($70.6 million) and "
            "590 million yuan.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert [rows[s]["status"] for s in ("98,000", "104,000")] == ["forecast", "forecast"]
    assert (rows["512 million yuan"]["qualifier"], rows["$70.6 million"]["qualifier"]) == ("at_least", "at_least")


def test_nine_months_and_lines_of_a_results_statement(tmp_path: Path):
    text = ("Orion Battery results\n\nOrion Battery's nine-month net profit climbed 28.1% on the year to 31.4 "
            "billion yuan, the firm said. Orion counted 3.3 billion yuan of non-recurring gains up to the end of "
            "September. Its investment income grew 42.5% to 2.9 billion yuan, and impairment losses shrank 12.2% to "
            "1.7 billion yuan. Financing cash flow came to 2.1 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-10-24")
    assert (rows["28.1%"]["metric"], rows["28.1%"]["period"]) == ("net_profit_yoy_pct", "2025-01/2025-09")
    assert rows["3.3 billion yuan"]["metric"] == "non_recurring_gains_cny"
    assert rows["42.5%"]["metric"] == "investment_income_yoy_pct"
    assert rows["1.7 billion yuan"]["metric"] == "impairment_losses_cny"
    assert rows["2.1 billion yuan"]["metric"] == "financing_cash_flow_cny"


def test_battery_installations_a_ranked_maker_and_its_moving_shares(tmp_path: Path):
    text = ("Orion Battery profit\n\nOrion Battery came fifth worldwide for power battery installations in 2024, "
            "its total capacity reaching 31.2 GWh. That is a 14.1% rise on the year, though its global market "
            "share slipped from 4.1% to 3.8%. The leaders were CATL (300750.SZ) and BYD (1211.HK).\n\n"
            "Orion Battery's stock opened 2.7% higher at HK$15.4 on Monday.\n")
    rows = _rows(tmp_path, text, published="2025-02-10")
    assert rows["31.2"]["metric"] == "power_battery_installed_capacity"
    assert rows["14.1%"]["metric"] == "power_battery_installed_capacity_yoy_pct"
    assert rows["3.8%"]["metric"] == "power_battery_installed_capacity_global_share_pct"
    assert "1211" not in rows
    assert (rows["2.7%"]["metric"], rows["2.7%"]["period"]) == ("share_price_change_pct", "2025-02-10")
    assert rows["HK$15.4"]["metric"] == "share_price_hkd"


def test_electric_vehicles_beside_plug_in_hybrids_are_the_pure_electric_ones(tmp_path: Path):
    text = ("Zeta year\n\nZeta delivered 3,100,000 vehicles in 2025. The total included 1,420,000 electric vehicles "
            "(EVs), up 12%, and 1,680,000 plug-in hybrid vehicles (PHEVs).\n")
    rows = _rows(tmp_path, text, published="2026-01-05")
    assert rows["1,420,000"]["metric"].startswith("bev_")
    text = "Zeta month\n\nIn May Zeta built 210,000 electric cars and plug-in hybrids, 4% more.\n"
    rows = _rows(tmp_path / "joint", text, published="2025-06-05")
    assert rows["210,000"]["metric"].startswith("nev_")  # counted together: all of them


def test_an_inventory_of_chargers_and_the_units_a_subject_names(tmp_path: Path):
    text = ("Chargers\n\nThe national inventory of electric vehicle chargers hit 17.2 million by September's "
            "end, 51 percent more than a year before. Public charging facilities numbered over 4.1 million units, "
            "at a growth rate of 36.2 percent on the year.\n")
    rows = _rows(tmp_path, text, published="2025-11-03")
    assert rows["17.2 million"]["metric"] == "ev_chargers"
    assert rows["51 percent"]["metric"] == "ev_chargers_yoy_pct"
    assert rows["4.1 million"]["metric"] == "public_charging_facilities"
    assert rows["36.2 percent"]["metric"] == "public_charging_facilities_yoy_pct"


def test_the_vehicles_a_city_reached_and_their_parts(tmp_path: Path):
    text = ("Northvale's fleet grew until the city reached 1.12 million new energy vehicles by the end of 2024, a "
            "report said.\n\nAmong these NEVs, battery electric cars took 66 percent, while the other 34 percent "
            "were plug-in hybrids.\n\nRoughly 81 percent of Northvale's NEVs are private vehicles, up 3 percentage "
            "points from 2023.\n")
    rows = _rows(tmp_path, text, published="2025-06-10")
    assert rows["1.12 million"]["metric"] == "nev_ownership"
    assert rows["66 percent"]["metric"] == "bev_share_of_nev_ownership"
    assert rows["34 percent"]["metric"] == "phev_share_of_nev_ownership"
    assert rows["81 percent"]["metric"] == "private_vehicle_share_of_nev_ownership"
    assert (rows["3 percentage points"]["metric"], rows["3 percentage points"]["period"]) == (
        "private_vehicle_share_of_nev_ownership_yoy_pp", rows["81 percent"]["period"])


def test_places_side_by_side_each_hold_their_rate_and_a_pronoun_keeps_the_worlds(tmp_path: Path):
    text = ("NEV shares\n\nMeanwhile, the global penetration rate of NEVs keeps climbing.\n\n"
            "In 2022, it reached 11%, then 15 percent in 2023.\n\n"
            "This year China's NEV penetration came to 47%, above that of Germany (28%) "
            "though below Norway (81%).\n")
    rows = _rows(tmp_path, text, published="2025-12-05")
    assert [(rows[s]["entity"], rows[s]["metric"]) for s in ("11%", "15 percent")] == [
        ("World", "nev_share_of_new_vehicle_sales")] * 2
    assert (rows["28%"]["entity"], rows["28%"]["metric"]) == ("Germany", rows["47%"]["metric"])
    assert (rows["81%"]["entity"], rows["81%"]["metric"]) == ("Norway", rows["47%"]["metric"])


def test_sales_in_china_right_after_exports_are_sales_at_home(tmp_path: Path):
    text = ("Exports rise\n\nCar exports from China topped 6 million units, up 18%. Carmakers expect exports to "
            "keep growing.\n\nOver the whole of 2025, passenger car sales in China grew 5% to 23 million units.\n")
    rows = _rows(tmp_path, text, published="2026-01-15")
    assert rows["23 million"]["metric"] == "passenger_car_domestic_sales"
    text = "CPCA outlook\n\nThe CPCA sees passenger car sales in China hitting 23.5 million units this year.\n"
    rows = _rows(tmp_path / "alone", text, published="2025-08-06")
    assert rows["23.5 million"]["metric"] == "passenger_car_sales"


def test_exports_to_the_eu_and_the_us_are_named_in_full(tmp_path: Path):
    text = "Exports abroad\n\nZeta exported 12,000 EVs to the EU in May. It exported 3,000 EVs to the US in June.\n"
    rows = _rows(tmp_path, text, published="2025-06-20")
    assert rows["12,000"]["metric"] == "nev_exports_european_union"
    assert rows["3,000"]["metric"] == "nev_exports_united_states"


def test_brands_in_a_market_abroad_each_with_their_sales_and_change(tmp_path: Path):
    text = ("Just under 19,000 cars sold in Chile in March were made in China, up 41.2 per cent.\n\n"
            "The gains came from BYD (4102 sales, up 312.5 per cent), Chery (2890, "
            "up 88.1) and Geely (640) in March.\n\n"
            "Toyota saw a 12.4 per cent fall in sales on last year, owing to a new model which has "
            "seen older stock slow. The new model is not due in showrooms until sometime in June.\n\n"
            "Other brands including Mazda (down 5.1 per cent) and Nissan (down 30.2) also lost ground.\n\n"
            "Among the five biggest brands in Chile in March, only Hyundai (up 4.4 per cent) and Kia (up 12.6) "
            "improved over their March 2024 results.\n")
    rows = _rows(tmp_path, text, published="2025-04-04")
    assert (rows["4102"]["entity"], rows["4102"]["metric"]) == ("BYD", "vehicle_sales_chile")
    assert (rows["312.5 per cent"]["entity"], rows["312.5 per cent"]["metric"]) == (
        "BYD", "vehicle_sales_chile_yoy_pct")
    assert (rows["2890"]["entity"], rows["2890"]["metric"]) == ("Chery", "vehicle_sales_chile")
    assert (rows["88.1"]["entity"], rows["88.1"]["metric"]) == ("Chery", "vehicle_sales_chile_yoy_pct")
    assert (rows["640"]["entity"], rows["640"]["metric"]) == ("Geely", "vehicle_sales_chile")
    # the present of an aside, a date ahead and the results compared with date none of these changes
    for stated in ("12.4 per cent", "5.1 per cent", "30.2", "4.4 per cent", "12.6"):
        assert rows[stated]["period"] == "2025-03", stated
    assert (rows["30.2"]["entity"], rows["30.2"]["metric"]) == ("Nissan", "vehicle_sales_chile_yoy_pct")
    assert (rows["12.6"]["entity"], rows["12.6"]["metric"]) == ("Kia", "vehicle_sales_chile_yoy_pct")


def test_a_sum_in_a_relative_clause_keeps_the_present_of_its_own_clause(tmp_path: Path):
    text = ("NEV sales\n\nThe CAAM expects NEV sales to exceed 13 million units this year, after 11 million were sold "
            "last year.\n\nThe scheme, which offers subsidies of up to 20,000 yuan for each new car, has driven "
            "sales since it began.\n")
    rows = _rows(tmp_path, text, published="2025-11-12")
    assert rows["20,000 yuan"]["period"] != "2024"


def test_a_subsidy_scheme_its_caps_and_the_fuel_cars_it_covers(tmp_path: Path):
    text = ("Scheme renewed\n\nBuyers scrapping an old car and buying an NEV or a fuel car with a 1.6-liter or "
            "smaller engine qualify.\n\nFor an NEV bought this way, the scrapping subsidy comes to 11 "
            "percent of the purchase price, but is capped at RMB 18,000. For gasoline passenger cars, the subsidy is 9 "
            "percent of the purchase price, but is capped at RMB 14,000.\n")
    rows = _rows(tmp_path, text, published="2025-12-30")
    assert "1.6" not in rows  # the engine size the rule is bounded by
    assert rows["11 percent"]["metric"] == "scrapping_subsidy_share_of_vehicle_price"
    assert (rows["RMB 18,000"]["metric"], rows["RMB 18,000"]["qualifier"]) == ("scrapping_subsidy_cny", "at_most")
    assert rows["9 percent"]["metric"] == "gasoline_powered_vehicle_scrapping_subsidy_share_of_vehicle_price"
    assert rows["RMB 14,000"]["metric"] == "gasoline_powered_vehicle_scrapping_subsidy_cny"


def test_its_sales_in_china_are_its_own_at_home_and_a_sentence_opener_is_no_model(tmp_path: Path):
    text = ("Swapping\n\nWhile EV sales have grown over 300% in the past five years, swapping has lagged. NIO has led "
            "swapping, with its EV sales surpassing 210,000 units in China last year. Its operating income ratio "
            "stood at -31.5% for the first three quarters.\n")
    rows = _rows(tmp_path, text, published="2025-03-17")
    assert rows["300%"]["metric"] == "nev_sales_yoy_pct"
    assert (rows["210,000"]["entity"], rows["210,000"]["metric"]) == ("NIO", "nev_domestic_sales")
    assert rows["-31.5%"]["metric"] == "operating_margin_pct"


def test_a_maker_leading_its_home_market_and_the_next_holder(tmp_path: Path):
    text = ("EV market\n\nBYD led the domestic EV market with a 29.8 per cent share of sales from January to June "
            "2025, followed by Geely at 8.1 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-08-15")
    assert (rows["29.8 per cent"]["entity"], rows["29.8 per cent"]["metric"]) == ("BYD", "nev_sales_national_share_pct")
    assert (rows["8.1 per cent"]["entity"], rows["8.1 per cent"]["metric"]) == ("Geely", "nev_sales_national_share_pct")


def test_a_share_of_the_cars_sold_worldwide_that_are_electric(tmp_path: Path):
    text = ("Outlook\n\nA new report includes a bullish forecast, saying more than 22 percent of cars sold worldwide "
            "in 2025 are forecast to be electric.\n")
    rows = _rows(tmp_path, text, published="2025-05-05")
    assert (rows["22 percent"]["entity"], rows["22 percent"]["metric"]) == ("World", "nev_share_of_new_vehicle_sales")


def test_names_in_turn_after_a_contrast_and_the_same_month_a_year_back(tmp_path: Path):
    text = ("Europe in May\n\nIn May, Tesla registered 14,200 new EVs in Europe. In the same month of the previous "
            "year, Tesla registered 21,400 units.\n\nWhile Volvo recorded a 21 percent drop in BEV registrations, "
            "BYD and Polestar made big gains, rising by 88 percent and 52 percent, respectively. XPeng also "
            "did well with more than 1,100 units, followed by Leapmotor with almost 950 units.\n")
    rows = _rows(tmp_path, text, published="2025-06-25")
    assert rows["21,400"]["period"] == "2024-05"
    assert [rows[s]["entity"] for s in ("21 percent", "88 percent", "52 percent")] == ["Volvo", "BYD", "Polestar"]
    assert "production" not in rows["88 percent"]["metric"]  # gains "made" are no cars made
    assert rows["950"]["entity"] == "Leapmotor"


def test_an_industry_profit_margin_its_levels_and_a_company_margin_change(tmp_path: Path):
    text = ("Profits\n\nFrom January to July, carmakers' combined profits grew 1.2 percent to CNY251.4 "
            "billion. Profit margin slid to 4.4 percent, from 4.7 percent in the first half and 4.1 percent a "
            "year ago. Profits fell 12 percent to CNY27.1 billion in July, and the profit margin eased to 3.3 "
            "percent.\n")
    rows = _rows(tmp_path, text, published="2025-09-03")
    assert (rows["4.4 percent"]["metric"], rows["4.4 percent"]["period"]) == ("vehicle_sales_margin_pct",
                                                                              "2025-01/2025-07")
    assert (rows["4.1 percent"]["metric"], rows["4.1 percent"]["period"]) == ("vehicle_sales_margin_pct",
                                                                              "2024-01/2024-07")
    assert rows["3.3 percent"]["metric"] == "vehicle_sales_margin_pct"  # (no model in "CNY27.1 billion")
    text = "Geely half\n\nThe price war has hurt Geely, with profit margins falling 11.2%.\n"
    rows = _rows(tmp_path / "company", text, published="2024-08-01")
    assert rows["11.2%"]["metric"] == "net_margin_pct_yoy_pct"  # a company's margin, and how far it fell


def test_fuel_cell_vehicles_counted_by_their_acronym_are_vehicles(tmp_path: Path):
    text = "Hydrogen\n\nOnly 5,210 FCEVs were sold from January to September 2025, most of them in Korea.\n"
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["5,210"]["metric"] == "fcv_sales"


def test_the_rules_of_a_scheme_a_headline_dates_ahead_are_of_that_year(tmp_path: Path):
    text = ("Northvale keeps its car grants in 2027\n\nFor each NEV bought, the grant comes to 7 percent of the "
            "purchase price, but is capped at RMB 9,000.\n")
    rows = _rows(tmp_path, text, published="2026-12-29")
    assert [rows[s]["period"] for s in ("7 percent", "RMB 9,000")] == ["2027", "2027"]


def test_sales_in_the_us_and_their_change_are_the_countrys(tmp_path: Path):
    text = "NEV markets\n\nOver ten months, sales of NEVs in the US came to 1.3 million units, growing by 9%.\n"
    rows = _rows(tmp_path, text, published="2025-12-05")
    assert [rows[s]["entity"] for s in ("1.3 million", "9%")] == ["United States", "United States"]


def test_a_quarter_named_without_of_and_money_a_company_lost(tmp_path: Path):
    text = ("Zeta quarter\n\nZeta's adjusted net loss for the third quarter came to RMB 1.9 billion, down 21.0 percent "
            "from the third quarter 2024; the loss was also down 12.4 percent from the second quarter this year.\n")
    rows = _rows(tmp_path, text, published="2025-11-25")
    assert rows["21.0 percent"]["metric"].endswith("net_loss_yoy_pct")
    assert rows["12.4 percent"]["metric"].endswith("net_loss_qoq_pct")
    text = "Carmakers' half\n\nThe startups among them lost nearly CNY7 billion in the half.\n"
    rows = _rows(tmp_path / "lost", text, published="2025-09-03")
    assert rows["CNY7 billion"]["metric"] == "net_loss_cny"


def test_a_story_on_a_market_abroad_its_lead_names_holds_its_makers_figures(tmp_path: Path):
    text = ("Chinese carmakers, led by BYD, outsold Tesla in Chile in March, figures showed on Tuesday.\n\n"
            "BYD registered 4,300 new cars in Chile in March. While Volvo saw a 12 percent drop, BYD made big "
            "gains, up 61 percent.\n")
    rows = _rows(tmp_path, text, published="2025-04-08")
    assert rows["61 percent"]["metric"].endswith("_chile_yoy_pct")


def test_a_makers_share_of_a_market_abroad_named_short(tmp_path: Path):
    text = ("Zeta news\n\nZeta's May sales in the UK were 240% above those of a year before.\n\nZeta put 6,120 "
            "cars on British roads through UK dealers, taking a 2.9% share of all new car sales there.\n")
    rows = _rows(tmp_path, text, published="2025-06-06")
    assert rows["2.9%"]["metric"] == "vehicle_sales_united_kingdom_share_pct"


def test_vehicles_added_to_those_in_use_are_the_change_over_the_year(tmp_path: Path):
    text = ("Northvale buses\n\nLast year Northvale added 1,600 electric buses, bringing the total of such buses on "
            "its roads to 12,000.\n")
    rows = _rows(tmp_path, text, published="2025-06-10")
    assert rows["12,000"]["metric"].endswith("bus_ownership")  # the buses in use, and the year's change in them
    assert rows["1,600"]["metric"] == "nev_bus_ownership_yoy_change"
