"""Groups of brands in an association's retail story (luxury, mainstream joint-venture, by origin), a model's
orders and prices in two currencies, bases told in brackets or by a "when" clause, sales outside China, registered
capital, a port area, a ship's speed and range, and a dateline set off by a spaced hyphen. Every sentence here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_luxury_brands_and_mainstream_joint_venture_brands_are_groups(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail in May\n\nIn May, luxury car retail sales came to "
                           "150,000 units, a 12% year-on-year slide, with a retail share of 8.5%, down 2.1 percentage "
                           "points. Meanwhile, mainstream joint-venture brands sold 420,000 units, a 4% "
                           "year-on-year fall and a 6% month-on-month fall.\n", published="2025-06-10")
    assert rows["150,000"]["metric"] == "luxury_brand_passenger_car_retail_sales"
    assert rows["12%"]["metric"] == "luxury_brand_passenger_car_retail_sales_yoy_pct"
    assert rows["8.5%"]["metric"] == "luxury_brand_share_of_passenger_car_retail_sales"
    assert rows["2.1 percentage points"]["metric"] == "luxury_brand_share_of_passenger_car_retail_sales_yoy_pp"
    assert rows["420,000"]["metric"] == "mainstream_joint_venture_brand_passenger_car_retail_sales"
    assert rows["4%"]["metric"] == "mainstream_joint_venture_brand_passenger_car_retail_sales_yoy_pct"
    assert rows["6%"]["metric"] == "mainstream_joint_venture_brand_passenger_car_retail_sales_mom_pct"


def test_brands_of_an_origin_that_had_a_share(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail in May\n\nIn May, Korean brands took 3.1% of retail sales. American brands had a "
                           "4.2% share, down 1.3 percentage points.\n", published="2025-06-10")
    assert rows["4.2%"]["metric"] == "american_brand_share_of_passenger_car_retail_sales"
    assert rows["1.3 percentage points"]["metric"] == "american_brand_share_of_passenger_car_retail_sales_yoy_pp"


def test_a_model_s_orders_and_its_price_in_two_currencies(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's new sedan\n\nZeta unveiled its new sedan, the Z9 Plus, starting at CNY199,800 "
                           "(USD27,900), and opened pre-orders. Orders exceeded 25,000 units in two hours and 12 "
                           "minutes, the carmaker said. The CNY109,800 (USD15,300) Z3 remains its cheapest "
                           "model.\n", published="2025-06-10")
    assert rows["CNY199,800"]["metric"] == "z9_plus_price_cny"
    assert rows["USD27,900"]["metric"] == "z9_plus_price_usd"
    assert (rows["25,000"]["metric"], rows["25,000"]["qualifier"]) == ("z9_plus_orders", "at_least")
    assert rows["USD15,300"]["metric"] == "z3_price_usd"


def test_a_base_told_by_a_when_clause_after_compared_to(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's January\n\nZeta's January deliveries rose 8.1% compared with January 2025, "
                           "when Zeta sold 52,100 vehicles made in China.\n", published="2026-02-05")
    assert rows["52,100"]["period"] == "2025-01"
    assert rows["8.1%"]["period"] == "2026-01"


def test_changes_named_before_their_brackets(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's January\n\nZeta's January was weak, with deliveries falling both "
                           "year-on-year (25%) and month-on-month (45%).\n", published="2026-02-05")
    assert rows["25%"]["metric"] == "vehicle_deliveries_yoy_pct"
    assert rows["45%"]["metric"] == "vehicle_deliveries_mom_pct"


def test_sales_outside_of_china(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's September\n\nZeta's sales outside of China were up 96.2% on the year in "
                           "September.\n", published="2025-10-03")
    assert rows["96.2%"]["metric"] == "vehicle_overseas_sales_yoy_pct"


def test_a_company_s_registered_capital_in_two_currencies(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "A new carmaker\n\nZeta Motor was founded in July. Its registered capital is RMB 2 "
                           "billion ($280 million), records show.\n", published="2025-07-20")
    assert rows["RMB 2 billion"]["metric"] == "registered_capital_cny"
    assert rows["$280 million"]["metric"] == "registered_capital_usd"
    assert rows["RMB 2 billion"]["entity"] == "Zeta"


def test_a_port_area_that_ships_is_the_entity(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shanghai's car terminal\n\nThe Haitong terminal was once a gateway for imports. In 2020, "
                           "the Shanghai Waigaoqiao port area exported 290,000 vehicles and imported 300,000 "
                           "vehicles.\n", published="2021-02-20")
    assert rows["300,000"]["entity"] == "Waigaoqiao Port Area"
    assert rows["290,000"]["entity"] == "Waigaoqiao Port Area"
    assert rows["290,000"]["metric"] == "vehicle_exports"


def test_a_ship_s_speed_and_range(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's new carrier\n\nZeta's new car carrier is 190 meters long. It has a design speed "
                           "of 18 knots. It offers a maximum cruising range of 14,000 nautical miles, enough to "
                           "reach Europe without refuelling.\n", published="2025-02-10")
    assert rows["18"]["metric"] == "design_speed"
    assert rows["14,000"]["metric"] == "cruising_range"


def test_a_rate_a_kind_of_car_hit_after_their_share(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail in May\n\nPassenger car retail sales came to 2.1 million units in May, the "
                           "association said. ICE cars lost more of their market share, hitting a record low of "
                           "46.1% in May.\n", published="2025-06-10")
    assert rows["46.1%"]["metric"] == "gasoline_powered_vehicle_share_of_passenger_car_retail_sales"


def test_a_dateline_set_off_by_a_spaced_hyphen_is_not_the_entity(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail in May\n\nHefei - China's May passenger car retail sales came to 2.1 "
                           "million units, up 10% year-on-year. NEVs rose 30% to 1.1 million units.\n",
                 published="2025-06-10")
    assert rows["1.1 million"]["entity"] == "China"
    assert rows["30%"]["entity"] == "China"


def test_a_city_s_industry_named_after_of_and_the_part_among_these(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Hefei - The national plan for the year was released on Wednesday.\n\nIn 2024, the added "
                           "value of Wuhu's auto industry grew by 21.4 percent on the year. Among these, new energy "
                           "vehicle sales came to 512,300 units, up 64.2 percent.\n", published="2025-03-07")
    assert rows["21.4 percent"]["entity"] == "Wuhu"
    assert rows["512,300"]["entity"] == "Wuhu"


def test_charging_sites_and_locations_are_stations(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's chargers\n\nAs of July 10, Zeta ran 3,667 charging stations, made up of 1,702 "
                           "fast-charging locations and 1,965 supercharging sites. Korvi reported 1,862 stations and "
                           "10,800 chargers as of July 12.\n", published="2025-07-16")
    assert rows["1,965"]["metric"] == "supercharging_stations"
    assert rows["1,702"]["metric"] == "fast_charging_stations"
    assert rows["1,862"]["metric"] == "charging_stations"


def test_items_of_the_accounts_named_by_their_clause(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's nine months\n\nZeta's net profit rose 12% in the first three quarters. Inventories "
                           "grew 28.6% to 64.3 billion yuan; construction-in-progress increased to 29.9 "
                           "billion yuan. Its revenue rose 9% to 283 billion yuan.\n", published="2025-10-22")
    assert rows["64.3 billion yuan"]["metric"] == "inventories_cny"
    assert rows["28.6%"]["metric"] == "inventories_yoy_pct"
    assert rows["29.9 billion yuan"]["metric"] == "construction_in_progress_cny"
    assert rows["283 billion yuan"]["metric"] == "revenue_cny"  # (a measure the clause names keeps its name)


def test_the_price_of_a_named_model(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Price cuts\n\nKorvi Auto reduced the price of Lumo X to 99,800 yuan.\n",
                 published="2024-02-20")
    assert rows["99,800 yuan"]["metric"] == "lumo_x_price_cny"
