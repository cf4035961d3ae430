"""Monthly delivery stories (streaks, records, usual levels), the base a change is measured against when it is named
after the change, goals met, repeated amounts of other companies, estimates of a month that is over, light vehicles
and groups of makers, brands in a market abroad and the rules of a subsidy scheme. The sentences are written for
these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _proposals, _rows


def test_how_long_a_bar_has_held_or_a_record_reaches_dates_no_figure(tmp_path: Path):
    text = ("Carmakers' October\n\nZeta Auto handed over 41,100 cars in October, passing the 40,000-unit line for the "
            "first time since last December. NIO logged 34,200 deliveries, a second record in a row.\n\n"
            "XPeng set a monthly record with 52,300 units, above the 45,000-unit mark it had held since June. "
            "Zeekr delivered 18,050 units, just under its May record of 18,900.\n\n"
            "Li Auto bounced back with 33,700 deliveries after three months below its usual 30,000-unit range.\n")
    rows = _rows(tmp_path, text, published="2025-11-02")
    assert [rows[s]["period"] for s in ("34,200", "52,300", "18,050", "33,700")] == ["2025-10"] * 4
    assert rows["18,900"]["period"] == "2025-05"  # "its May record": that month's
    assert rows["33,700"]["metric"] == "vehicle_deliveries"  # not named from "after three months"
    assert "30,000" not in rows  # a usual level, no month's figure


def test_a_base_named_after_a_change_says_which_change_it_is(tmp_path: Path):
    text = ("Zeta in June\n\nZeta Auto sold 72,400 vehicles wholesale in June 2025. The figure marks a 1.9% increase "
            "from the 71,050 vehicles it sold to dealers in June 2024 and a 14.2% jump compared to the 63,400 "
            "vehicles it sold to dealers in May.\n\nIts second-quarter sales came to 195,000 units, rising about "
            "12% from Q1 2025.\n\nIn July, deliveries fell to 35,100 units, down 22.6% from 45,350 units in "
            "July 2024.\n")
    rows = _rows(tmp_path, text, published="2025-08-02")
    assert (rows["1.9%"]["metric"], rows["1.9%"]["period"]) == ("vehicle_sales_yoy_pct", "2025-06")
    assert (rows["14.2%"]["metric"], rows["14.2%"]["period"]) == ("vehicle_sales_mom_pct", "2025-06")
    assert rows["71,050"]["period"] == "2024-06"
    assert rows["12%"]["metric"] == "vehicle_sales_qoq_pct"
    assert (rows["22.6%"]["metric"], rows["22.6%"]["period"]) == ("vehicle_deliveries_yoy_pct", "2025-07")


def test_makers_and_markets_described_name_no_kind_of_what_is_counted(tmp_path: Path):
    text = ("Li Auto slips\n\nLi Auto handed over 33,400 cars in November, as rivalry in China's electric "
            "car market heats up.\n\nThe company's cumulative deliveries reached 1.52 million units by the "
            "end of November.\n\nOf the electric vehicle startups, XPeng, for its part, is targeting sales of 540,000 "
            "units next year.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["1.52 million"]["metric"] == "vehicle_deliveries_cumulative"
    assert rows["540,000"]["metric"] == "vehicle_sales_target"


def test_a_goal_met_after_a_number_and_another_companys_equal_amount(tmp_path: Path):
    text = ("Targets for 2026\n\nLeapmotor's sales rose 97 percent last year, delivering 588,400 vehicles and "
            "beating its full-year target of 520,000 units.\n\nSeres, for its part, is targeting sales of 520,000 "
            "units this year.\n")
    proposals = _proposals(tmp_path, text, published="2026-01-20")
    rows = {p.mention.text: p.row for p in proposals if p.row}
    assert (rows["588,400"]["metric"], rows["588,400"]["status"]) == ("vehicle_deliveries", "actual")
    drafted = [p for p in proposals if p.mention.text == "520,000" and p.row]
    assert [p.row["entity"] for p in drafted] == ["Leapmotor", "Seres"]  # a figure of each


def test_an_outlook_or_a_cause_in_between_dates_no_later_figure(tmp_path: Path):
    text = ("Makers' January\n\nMany carmakers saw sales fall on the month but rise on the year in January.\n\n"
            "Passenger car retail sales were about 1.75 million units, the China Passenger Car Association said.\n\n"
            "New energy vehicle retail volume is estimated at roughly 790,000 units.\n\n"
            "According to the association, the chief reason behind the pattern was the new tax, which set off a "
            "buying spree at the end of 2025.\n\nThe dealers' group expects the market to come under more strain in "
            "February, with the holiday lasting from Feb 14 to 22.\n\nSAIC Motor sold 318,000 vehicles "
            "wholesale, up 19.4 percent year-on-year.\n")
    rows = _rows(tmp_path, text, published="2026-02-03")
    assert (rows["790,000"]["entity"], rows["790,000"]["period"], rows["790,000"]["status"]) == (
        "China", "2026-01", "actual")  # an estimate of a month over, the country's as the release before
    assert rows["318,000"]["period"] == rows["19.4 percent"]["period"] == "2026-01"


def test_light_vehicles_their_abbreviations_and_groups_of_makers(tmp_path: Path):
    text = ("Light vehicles in September\n\nChina's light vehicle market sold about 2.6 million units in September, "
            "up 9% YoY. The PV segment grew by 8% YoY to 2.35 million units, and LCV sales rose 21% YoY.\n\n"
            "In production terms, China's LV build came to 3.1 million units in September. Domestic Chinese OEMs "
            "produced 2.2 million units, a 16.9% YoY rise, while joint venture OEMs posted gains of 8.2%.\n\n"
            "While the wider light truck market posted a 3.8% YoY increase, one force behind it has been the move "
            "to electric vans.\n")
    rows = _rows(tmp_path, text, published="2025-11-07")
    assert rows["2.6 million"]["metric"] == "light_vehicle_sales"
    assert rows["2.35 million"]["metric"] == "passenger_car_sales"
    assert rows["21%"]["metric"] == "light_commercial_vehicle_sales_yoy_pct"
    assert rows["3.1 million"]["metric"] == "light_vehicle_production"
    assert (rows["2.2 million"]["entity"], rows["2.2 million"]["metric"]) == (
        "China", "chinese_brand_light_vehicle_production")
    assert rows["8.2%"]["metric"] == "joint_venture_light_vehicle_production_yoy_pct"
    assert rows["3.8%"]["period"] == "2025-09"  # its own clause is past, whatever the clause after says


def test_named_joint_ventures_keep_their_own_figures(tmp_path: Path):
    text = ("Chongqing\n\nSome joint-venture brands did well by cutting prices: FAW Toyota and Hyundai saw sales "
            "rise 27.5% and 58.3% on the year over the first half.\n")
    rows = _rows(tmp_path, text, published="2025-08-01")
    assert (rows["58.3%"]["entity"], rows["58.3%"]["metric"]) == ("Hyundai", "vehicle_sales_yoy_pct")


def test_brands_in_a_market_abroad_named_by_the_lead_and_an_aside_in_brackets(tmp_path: Path):
    text = ("Japanese and Korean car brands in Australia may be losing their hold, the latest data suggest.\n\n"
            "In August, Chery, BYD, MG and GWM all ranked among the top-selling brands.\n\n"
            "Toyota was the top seller for the month with 19,800 sales, ahead of Mazda and Ford (the pair "
            "trading places in the year-to-date tally). But the standout was BYD climbing to sixth, with 4,530 "
            "sales.\n")
    rows = _rows(tmp_path, text, published="2025-09-03")
    assert (rows["19,800"]["metric"], rows["19,800"]["period"]) == ("vehicle_sales_australia", "2025-08")
    assert (rows["4,530"]["metric"], rows["4,530"]["period"]) == ("vehicle_sales_australia", "2025-08")


def test_a_schemes_amounts_their_kinds_in_turn_and_the_price_bar(tmp_path: Path):
    text = ("Northvale widens its car trade-in scheme\n\nNorthvale has widened its trade-in vehicle programme to "
            "cars with plates from other cities.\n\nPurchasers of new energy vehicles or fuel-powered cars priced at "
            "over CNY120,000 (USD16,400) who swap in their old vehicles before the year is out are to receive a "
            "one-off subsidy of CNY16,000 and CNY12,000 (USD2,190 and USD1,640), respectively.\n")
    rows = _rows(tmp_path, text, published="2025-04-14")
    assert "CNY120,000" not in rows and "USD16,400" not in rows  # the bar a rule sets
    assert [rows[s]["metric"] for s in ("CNY16,000", "CNY12,000", "USD2,190", "USD1,640")] == [
        "nev_trade_in_subsidy_cny", "gasoline_powered_vehicle_trade_in_subsidy_cny", "nev_trade_in_subsidy_usd",
        "gasoline_powered_vehicle_trade_in_subsidy_usd"]
    assert {rows[s]["status"] for s in ("CNY16,000", "CNY12,000")} == {"actual"}  # a rule as it stands


def test_a_tax_that_ev_makers_face_is_on_evs(tmp_path: Path):
    rows = _rows(tmp_path, "Tariffs\n\nChinese EV makers selling in North America already face a steep 100% "
                 "import tax.\n", published="2024-10-31")
    assert rows["100%"]["metric"] == "nev_import_tariff_pct"


def test_thousands_written_with_k_and_one_million_spelled_out(tmp_path: Path):
    text = ("Light commercial vehicles\n\nLCV sales rose 21% YoY to 208k units in September, and CV production "
            "climbed to 287k units.\n\nZeta Auto is aiming to sell one million cars next year.\n")
    rows = _rows(tmp_path, text, published="2025-11-07")
    assert (rows["208k"]["value"], rows["208k"]["metric"]) == ("208000", "light_commercial_vehicle_sales")
    assert rows["287k"]["metric"] == "commercial_vehicle_production"
    assert (rows["one million"]["value"], rows["one million"]["status"]) == ("1000000", "target")


def test_a_citys_people_and_the_evs_it_has_and_where_it_ranks(tmp_path: Path):
    text = ("Small cars, big city\n\nIn a city of just 3 million, Wuxi already boasts 198,000 EVs. EVs make up "
            "52.4% of passenger car sales within the city, the highest share in China, ahead of even the "
            "country's biggest cities.\n\nIn the first half of 2024, 19,800 new EVs were registered, up 24% on "
            "the year.\n")
    rows = _rows(tmp_path, text, published="2025-06-01")
    assert rows["3 million"]["metric"] == "population"
    assert (rows["198,000"]["entity"], rows["198,000"]["metric"]) == ("Wuxi", "nev_ownership")
    assert (rows["19,800"]["entity"], rows["24%"]["entity"]) == ("Wuxi", "Wuxi")


def test_a_rate_reached_after_passing_a_bar_and_a_rise_from_the_year_a_sentence_opens_with(tmp_path: Path):
    text = ("NEVs\n\nIn July 2023, the NEV retail penetration rate in the home market passed 50% for the first "
            "time ever, reaching 51.3%.\n\nSince 2020, China's NEV production has climbed from 1.38 million to "
            "9.38 million units by 2023, a 6.8-fold increase.\n")
    rows = _rows(tmp_path, text, published="2024-08-26")
    assert rows["51.3%"]["metric"] == "nev_share_of_passenger_car_retail_sales"
    assert [rows[s]["period"] for s in ("1.38 million", "9.38 million", "6.8-fold")] == ["2020", "2023", "2023"]
    assert rows["6.8-fold"]["metric"] == "nev_production_vs_2020_times"


def test_the_leading_battery_makers_their_capacity_and_shares(tmp_path: Path):
    text = ("Battery installations in May\n\nIn May, China's installed power battery capacity totaled 58 GWh. "
            "In May, 33 battery makers supplied power packs for NEVs. The top three companies accounted for 44.1 "
            "GWh of installations, whereas the top five and the top ten came to 52.7 GWh and 58.9 GWh, respectively. "
            "Their combined shares came to 72.3%, 86.4% and 96.6%, and the top ten's share slipped 1.2 "
            "percentage points year on year.\n\nIn May, production across power and other batteries totaled "
            "118.4 GWh, up 6.1% month-on-month.\n")
    rows = _rows(tmp_path, text, published="2025-06-11")
    assert [rows[s]["metric"] for s in ("44.1", "52.7", "58.9")] == [
        f"top_{n}_battery_maker_power_battery_installed_capacity" for n in (3, 5, 10)]
    assert [rows[s]["metric"] for s in ("72.3%", "86.4%", "96.6%")] == [
        f"top_{n}_battery_maker_share_of_power_battery_installed_capacity" for n in (3, 5, 10)]
    assert rows["1.2 percentage points"]["metric"] == (
        "top_10_battery_maker_share_of_power_battery_installed_capacity_yoy_pp")
    assert "ten" not in rows and "five" not in rows  # ranks
    assert (rows["118.4"]["metric"], rows["6.1%"]["metric"]) == ("battery_production", "battery_production_mom_pct")


def test_a_rank_entered_or_a_verb_top_is_no_leading_group(tmp_path: Path):
    text = ("Startups\n\nZeta Auto's sales tripled last year to 402,300 units, entering the top 10 NEV makers in "
            "China for the first time.\n\nThis year its output is expected to top 1.2 million units.\n")
    rows = _rows(tmp_path, text, published="2026-01-19")
    assert rows["402,300"]["metric"] == "vehicle_sales"
    assert rows["1.2 million"]["metric"] == "vehicle_production"


def test_a_kinds_share_of_used_cars_and_a_battery_kinds_share_in_gwh(tmp_path: Path):
    text = ("Used cars\n\nUsed NEV transactions totaled 1.35 million units last year, accounting for 7.1 "
            "percent of all used car sales.\n\nBatteries\n\nTernary lithium batteries totaled 88.1 GWh in the "
            "first nine months, or 18.4% of all installations, down 7.3% from a year earlier.\n")
    rows = _rows(tmp_path, text, published="2026-01-14")
    assert rows["7.1 percent"]["metric"] == "nev_share_of_used_vehicle_sales"
    assert rows["18.4%"]["metric"] == "ternary_battery_share_of_power_battery_installed_capacity"
    assert rows["7.3%"]["metric"] == "ternary_battery_installed_capacity_yoy_pct"


def test_an_aside_between_dashes_names_no_measure(tmp_path: Path):
    text = ("Exports\n\nFigures for 2025 show Chinese passenger vehicle exports\u2014counting kits for assembly abroad "
            "but leaving out cars built in plants overseas\u2014came to 5.93 million units last year, up 20.4% from "
            "the year before.\n")
    rows = _rows(tmp_path, text, published="2026-02-14")
    assert (rows["5.93 million"]["metric"], rows["20.4%"]["metric"]) == (
        "passenger_car_exports", "passenger_car_exports_yoy_pct")


def test_a_goal_moved_a_growth_rate_eased_and_a_half_year_written_first(tmp_path: Path):
    text = ("Car sales in June\n\nJune car sales climbed 16.4 percent year-on-year to 2.03 million vehicles. "
            "First-half sales were up 10.8 percent to 10.9 million vehicles, the association said.\n\n"
            "Geely raised its 2025 annual sales target by 12 percent to 3.1 million units, yet its sales growth "
            "slowed to 37 percent from 41 percent in May.\n")
    rows = _rows(tmp_path, text, published="2025-07-08")
    assert [rows[s]["period"] for s in ("10.8 percent", "10.9 million")] == ["2025-H1", "2025-H1"]
    assert (rows["12 percent"]["metric"], rows["12 percent"]["status"]) == ("vehicle_sales_target_change_pct",
                                                                            "target")
    assert (rows["37 percent"]["metric"], rows["37 percent"]["status"]) == ("vehicle_sales_yoy_pct", "actual")
    assert (rows["41 percent"]["metric"], rows["41 percent"]["period"]) == ("vehicle_sales_yoy_pct", "2025-05")


def test_a_ranking_of_export_destinations_is_the_exporters_exports_to_each(tmp_path: Path):
    text = ("Exports\n\nChina's vehicle exports reached 4.6 million units between January and September 2025. "
            "While Mexico led "
            "among export destinations, up 13% year on year, the UAE took second place overall, with 338,900 "
            "vehicles shipped. Russia and Belgium came third and fourth (329,500 units and 214,700 units "
            "respectively), and the UK was the fifth export destination, with 208,600 units.\n")
    rows = _rows(tmp_path, text, published="2025-11-14")
    assert {rows[s]["entity"] for s in ("13%", "338,900", "329,500", "214,700", "208,600")} == {"China"}
    assert [rows[s]["metric"] for s in ("13%", "338,900", "329,500", "214,700", "208,600")] == [
        "vehicle_exports_mexico_yoy_pct", "vehicle_exports_united_arab_emirates", "vehicle_exports_russia",
        "vehicle_exports_belgium", "vehicle_exports_united_kingdom"]


def test_evs_set_against_plug_in_hybrids_and_a_rise_the_outlook_cools_from(tmp_path: Path):
    text = ("Exports outlook\n\nZeta's exports are expected to grow 6.1 per cent to 1.2 million units this year, "
            "cooling from a 18.7 per cent increase in 2024, the company said.\n\nIt said exports of electric "
            "vehicles dropped 9.6 per cent last year, whereas plug-in hybrid exports jumped 170 per cent.\n\n"
            "In May, Orion dealers sold 4,300 electric cars, plug-in hybrid models and hydrogen fuel cell "
            "vehicles.\n")
    rows = _rows(tmp_path, text, published="2025-01-13")
    assert (rows["18.7 per cent"]["period"], rows["18.7 per cent"]["status"]) == ("2024", "actual")
    assert rows["9.6 per cent"]["metric"] == "bev_exports_yoy_pct"
    assert rows["170 per cent"]["metric"] == "phev_exports_yoy_pct"
    assert rows["4,300"]["metric"] == "nev_sales"  # kinds listed together are NEVs


def test_a_tax_rate_told_after_the_tax_and_last_years_estimates_in_january(tmp_path: Path):
    text = ("Market\n\nThe government changed the NEV purchase tax from 2026. Buyers now "
            "have to pay a 5% tax.\n\nNorthvale's vehicle production is expected to reach 1.8 million units in "
            "2025. Its NEV output is expected to climb to 455,000 units, a 32% year-on-year increase.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["5%"]["metric"] == "nev_purchase_tax_pct"
    assert [(rows[s]["period"], rows[s]["status"]) for s in ("1.8 million", "455,000", "32%")] == [
        ("2025", "actual")] * 3


def test_a_car_business_money_a_hyphenated_point_change_and_domestic_retail_sales(tmp_path: Path):
    text = ("Zeta results\n\nZeta's automotive business generated CNY27 billion in revenue and CNY640 million in "
            "operating profit during Q3 2025.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert (rows["CNY27 billion"]["metric"], rows["CNY640 million"]["metric"]) == (
        "vehicle_revenue_cny", "vehicle_operating_profit_cny")
    text = ("NEV retail\n\nChina's NEV market grew again, with domestic retail sales hitting 702,000 units in March, "
            "the association said. In March, NEVs accounted for 49.6 percent of domestic passenger car sales, an "
            "11-percentage-point gain year-on-year.\n")
    rows = _rows(tmp_path / "retail", text, published="2025-04-10")
    assert rows["49.6 percent"]["metric"] == "nev_share_of_passenger_car_retail_sales"
    assert rows["11-percentage-point"]["metric"] == "nev_share_of_passenger_car_retail_sales_yoy_pp"


def test_a_market_abroad_its_lead_names_under_a_headline_that_does_not_and_makers_listed_with_their_numbers(
        tmp_path: Path):
    text = ("Chinese makers climb the ladder\n\nChinese makers keep gaining ground in Australia's new-vehicle market, "
            "with three of them now among the ten biggest sellers.\n\nNew-vehicle registrations came to 98,700 "
            "last month, which delivered the industry's third best July on record, the chamber said.\n\nToyota "
            "headed the marques with 19,900 registrations in July, followed by Ford on 7,800, Kia with 7,100, "
            "Mazda on 6,500 and Hyundai clocking 6,050.\n")
    rows = _rows(tmp_path, text, published="2025-08-05")
    assert rows["98,700"]["metric"] == "vehicle_registrations"  # a result delivered is no delivery
    assert [rows[s]["entity"] for s in ("7,800", "7,100", "6,500", "6,050")] == ["Ford", "Kia", "Mazda", "Hyundai"]
    assert {rows[s]["metric"] for s in ("19,900", "7,800", "6,500")} == {"vehicle_registrations_australia"}
