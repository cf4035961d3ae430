"""A week's figures (a week of a month, last week in a weekly story, the week before, a change on the week), a
brand named short, a share that moves on, exports as a share of a country's sales, money put in so far, a range
in money, a year's results previewed after it ended, a company's loss, a show named in full or in capitals, and
counts of models whose prices were cut. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_week_of_a_month_is_its_days(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail in April\n\nIn the second week of April, dealers sold 41,300 passenger cars a "
                           "day, down 2.4% on the year.\n", published="2025-05-09")
    assert rows["41,300"]["period"] == "2025-04-08/2025-04-14"
    assert rows["2.4%"]["period"] == "2025-04-08/2025-04-14"


def test_a_week_named_with_its_days_takes_the_days(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Retail in July\n\nAcross the first week of July, July 1-9, dealers sold 39,800 "
                           "passenger cars a day.\n", published="2025-07-14")
    assert rows["39,800"]["period"] == "2025-07-01/2025-07-09"


def test_last_week_in_a_weekly_story_is_the_week_before_publication(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's weekly registrations slip\n\nKorvi registered 5,200 cars last week, its lowest "
                           "weekly total since March.\n", published="2025-06-03")
    assert rows["5,200"]["period"] == "2025-05-26/2025-06-01"


def test_last_week_elsewhere_is_when_it_was_said(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's November deliveries\n\nKorvi trimmed its outlook for the quarter last week to "
                           "90,000 units.\n", published="2025-12-02")
    assert rows["90,000"]["period"] != "2025-11-24/2025-11-30"


def test_the_week_before_and_the_change_on_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's weekly registrations slip\n\nKorvi registered 5,430 cars between June 9 and 15, "
                           "slipping 3% from the 5,600 cars registered in the previous week.\n",
                 published="2025-06-17")
    assert rows["3%"]["metric"] == "vehicle_registrations_wow_pct"
    assert rows["5,600"]["period"] == "2025-06-02/2025-06-08"


def test_a_change_week_on_week(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's weekly registrations\n\nKorvi's registrations rose 2% week-on-week to 6,100 units "
                           "between June 2 and 8.\n", published="2025-06-10")
    assert (rows["2%"]["metric"], rows["2%"]["period"]) == ("vehicle_registrations_wow_pct", "2025-06-02/2025-06-08")


def test_the_past_eleven_months(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's record\n\nKorvi sold 120,000 cars in November. Over the past eleven months it "
                           "has sold 1.1 million cars.\n", published="2025-12-03")
    assert rows["1.1 million"]["period"] == "2025-01/2025-11"


def test_a_brand_named_short_is_its_company(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Electric brands set records\n\nAion sold 40,100 vehicles in October, up 21% on the "
                           "year.\n", published="2025-11-02")
    assert rows["40,100"]["entity"] == "GAC Aion"


def test_exports_as_a_share_of_the_country_s_sales(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Carmakers look abroad\n\nCarmakers are looking abroad, as exports were some 14 per cent "
                           "of all vehicle sales in China in 2024, climbing to almost 19 per cent in Q1 2025.\n",
                 published="2025-05-06")
    assert (rows["14 per cent"]["metric"], rows["14 per cent"]["period"]) == ("exports_share_of_vehicle_sales", "2024")
    assert (rows["19 per cent"]["metric"], rows["19 per cent"]["period"]) == ("exports_share_of_vehicle_sales",
                                                                              "2025-Q1")


def test_a_share_that_moves_on_keeps_its_name(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "NEVs gain\n\nNEVs made up 41 percent of all new cars sold in 2024, climbing to 47 "
                           "percent in Q1 2025.\n", published="2025-04-20")
    assert rows["47 percent"]["metric"] == rows["41 percent"]["metric"] == "nev_share_of_new_vehicle_sales"


def test_a_rise_in_growth_stays_a_growth(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Sales\n\nSales rose 6 percent in 2024, rising to 9 percent in the first quarter.\n",
                 published="2025-04-20")
    assert rows["9 percent"]["metric"] == "vehicle_sales_yoy_pct"


def test_money_put_in_so_far(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden's tenth year in Wuxi\n\nHalden Motor has invested over 31 billion yuan (about 4.3 "
                           "billion U.S. dollars) in Wuxi. It will invest 2 billion yuan in a new paint shop.\n",
                 published="2025-09-18")
    assert rows["31 billion yuan"]["metric"] == "investment_cumulative_cny"
    assert rows["4.3 billion U.S. dollars"]["metric"] == "investment_cumulative_usd"
    assert rows["2 billion yuan"]["metric"] == "investment_cny"


def test_the_vehicle_giant_is_the_company_named_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "BYD grows in Changsha\n\nBYD plans a new line at its base in Changsha. The vehicle giant "
                           "has invested 9.4 billion yuan in Changsha.\n", published="2025-03-12")
    assert rows["9.4 billion yuan"]["entity"] == "BYD"


def test_economic_growth_is_gdp_growth(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Car sales slow\n\nEconomic growth eased to 4.9% in July-September from a year before. "
                           "Car sales fell 3% in September.\n", published="2025-10-20")
    assert rows["4.9%"]["metric"] == "gdp_yoy_pct"
    assert rows["3%"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_subsidy_for_buyers_trading_in_old_cars(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Subsidy doubled\n\nThe government raised the one-off 10,000 yuan subsidy to 20,000 yuan "
                           "for drivers trading in their old petrol cars.\n", published="2024-08-12")
    assert rows["20,000 yuan"]["metric"] == "trade_in_subsidy_cny"


def test_a_range_in_money_is_money_at_both_ends(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's preview\n\nLumo Energy expects its 2025 revenue to reach CNY 310-325 billion "
                           "($43.1-45.2 billion).\n", published="2026-01-20")
    assert rows["325 billion"]["metric"] == "revenue_cny"
    assert rows["45.2 billion"]["metric"] == "revenue_usd"


def test_last_year_s_results_previewed_after_it_ended(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Lumo Energy's preview\n\nLumo Energy now puts last year's net profit at about 41.2 "
                           "billion yuan.\n", published="2026-01-20")
    assert (rows["41.2 billion yuan"]["period"], rows["41.2 billion yuan"]["status"]) == ("2025", "actual")


def test_a_company_s_loss_in_a_quarter(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvi's quarter\n\nKorvi posted its third-quarter figures on Monday. Korvi's loss in the "
                           "quarter came to 410 million yuan.\n", published="2025-11-18")
    assert rows["410 million yuan"]["metric"] == "net_loss_cny"


def test_automotive_revenue_is_the_car_business_s(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden's quarter\n\nHalden Motor's new SUV lifted automotive revenue to 3.2 billion yuan "
                           "in the second quarter.\n", published="2025-08-20")
    assert rows["3.2 billion yuan"]["metric"] == "vehicle_revenue_cny"


def test_a_show_named_in_full_and_its_counts(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "The Hefei show opens\n\nThe 9th Hefei International Automobile Industry Exhibition opened "
                           "on Friday. The event attracted about 300 automakers from 12 countries and regions, with 60 "
                           "new cars making their global premieres.\n", published="2025-06-13")
    assert {rows[n]["entity"] for n in ("300", "12", "60")} == {"Auto Hefei 2025"}
    assert rows["300"]["metric"] == "exhibitors"
    assert rows["60"]["metric"] == "world_premieres"


def test_a_show_named_in_capitals(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Show report\n\nTHE WUHAN Auto Show 2025 closed on Sunday.\n\nThere were 64 all-new models "
                           "launched by exhibitors.\n", published="2025-10-08")
    assert (rows["64"]["entity"], rows["64"]["metric"]) == ("Auto Wuhan 2025", "world_premieres")


def test_counts_of_models_whose_prices_were_cut(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Price war\n\nIn 2025, 204 models saw price cuts, after 171 models in 2024. Of these, 70 "
                           "fuel vehicles, 15 hybrid models, 38 plug-in hybrid models and 81 pure electric models saw "
                           "price reductions. Zeta sold 3,100 vehicles after price cuts on two models.\n",
                 published="2026-01-07")
    assert (rows["204"]["metric"], rows["171"]["metric"]) == ("car_models_with_price_cuts",) * 2
    assert rows["70"]["metric"] == "gasoline_powered_car_models_with_price_cuts"
    assert rows["15"]["metric"] == "hybrid_car_models_with_price_cuts"
    assert rows["38"]["metric"] == "phev_car_models_with_price_cuts"
    assert rows["81"]["metric"] == "bev_car_models_with_price_cuts"
    assert rows["3,100"]["metric"] == "vehicle_sales"


def test_a_count_of_the_country_told_in_a_show_story_is_the_country_s(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Show report\n\nTHE WUHAN Auto Show 2025 closed on Sunday.\n\nThere were 64 all-new models "
                           "launched by exhibitors. There are 112 Chinese EV brands today.\n", published="2025-10-08")
    assert (rows["112"]["entity"], rows["112"]["period"]) == ("China", "2025-10")
    assert rows["64"]["entity"] == "Auto Wuhan 2025"


def test_lines_of_a_list_of_forecasts_are_forecasts(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Association's outlook\n\nBEIJING -- The association raised its outlook for 2026. The "
                           "forecasts are as follows:\n\n\u2022 2026 passenger car exports: 6.1 million units, up 9% "
                           "YoY.\n\n\u2022 2026 NEV wholesales: 17.2 million units, up 12% YoY.\n",
                 published="2026-07-30")
    assert {rows[n]["status"] for n in ("6.1 million", "9%", "17.2 million", "12%")} == {"forecast"}


def test_a_goal_s_completion_rate_is_what_was_met(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden's year so far\n\nAs of the end of April, Halden Motor has sold 520,000 cars this "
                           "year against its goal of 1.6 million for 2025, reaching a completion rate of 32.5%.\n",
                 published="2025-05-12")
    assert (rows["32.5%"]["metric"], rows["32.5%"]["status"]) == ("vehicle_sales_target_completion_pct", "actual")
    assert (rows["520,000"]["metric"], rows["520,000"]["period"]) == ("vehicle_sales", "2025-01/2025-04")
    assert rows["1.6 million"]["status"] == "target"
