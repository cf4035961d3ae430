"""A group of brands as a sentence's subject, a listed company's share moves, the base a rate moved from, a
carmaker's share of the country's market, a retail story's sales, the economy's growth and a sub-brand's figures.
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_share_the_sentences_subject_group_holds_is_the_groups(tmp_path: Path):
    text = ("Wuxi car market grows\n\nChinese brands dominated the city's market in the first half, selling over "
            "90,000 units, a 12.4% year-on-year rise, and accounting for 61.2% of total passenger vehicle sales.\n\n"
            "In the first quarter, Chinese passenger cars sold 2.1 million units in China, up 18.3 percent year on "
            "year, with a market share of 57.2 percent.\n")
    rows = _rows(tmp_path, text, published="2025-07-14")
    assert rows["61.2%"]["metric"] == "chinese_brand_share_of_passenger_car_sales"  # (not nev_share_of_...)
    assert rows["57.2 percent"]["metric"] == "chinese_brand_share_of_passenger_car_sales"


def test_a_groups_share_abroad_with_a_hedge_or_said_by_they_is_the_groups(tmp_path: Path):
    text = ("Chinese carmakers gain ground in Chile\n\nChinese brands now account for more than 12 percent of "
            "passenger car sales in Chile, the dealers' body said on Monday.\n\nChinese automakers reached a 14 "
            "percent market share between January and June.\n\nIn Europe, Chinese brands took 8.1 per cent of the "
            "region's EV sales in May. They took 4.9 per cent of the overall car market, the researcher said.\n")
    rows = _rows(tmp_path, text, published="2025-07-14")
    assert rows["12 percent"]["metric"] == "chinese_brand_share_of_passenger_car_sales"
    assert rows["14 percent"]["metric"] == "chinese_brand_share_of_new_vehicle_sales"  # (not a growth)
    assert rows["8.1 per cent"]["metric"] == "chinese_brand_share_of_nev_sales"  # (of the EVs the words name)
    assert rows["4.9 per cent"]["metric"] == "chinese_brand_share_of_new_vehicle_sales"


def test_a_listed_companys_share_moves_and_its_gain_this_year(tmp_path: Path):
    text = ("BYD sales climb in April\n\nSHENZHEN, May 2 (Wire) - BYD sold 312,400 vehicles in April, up 21 per cent "
            "year on year, the company said on Thursday.\n\nBYD's shares are up around 32% this year.\n\nDespite "
            "the sales figures, BYD stock dropped almost 4% in Hong Kong on Friday.\n\nLi Auto's American "
            "depositary receipts edged up 0.8% on Friday.\n\nAs of the close on May 2, XPeng's H shares ended with "
            "a single-day decline of 6.12%.\n")
    rows = _rows(tmp_path, text, published="2025-05-02")
    for stated in ("32%", "4%", "0.8%", "6.12%"):
        assert rows[stated]["metric"] == "share_price_change_pct", stated
    assert rows["32%"]["period"] == "2025-01-01/2025-05-02"  # (the year so far, to the day told)
    assert rows["4%"]["period"] == rows["6.12%"]["period"] == "2025-05-02"
    assert rows["21 per cent"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_days_move_beside_a_gain_this_year_keeps_its_day(tmp_path: Path):
    text = ("BYD results\n\nBYD [SHE: 002594] dropped 2.5 percent in Shenzhen today, closing at CNY210.40 a share, "
            "though the stock has still made a year-to-date gain of 27 percent. Meanwhile, its Hong Kong-listed "
            "shares [HKG: 1211] gave up 1.8 percent, but have climbed 22 percent so far this year.\n")
    rows = _rows(tmp_path, text, published="2025-03-25")
    assert rows["2.5 percent"]["period"] == rows["1.8 percent"]["period"] == "2025-03-25"
    assert rows["1.8 percent"]["metric"] == "share_price_change_pct"
    assert rows["27 percent"]["period"] == rows["22 percent"]["period"] == "2025-01-01/2025-03-25"


def test_the_month_a_rate_moved_from_is_that_rates_own(tmp_path: Path):
    text = ("Car sales slow\n\nSHANGHAI - China's car sales growth slowed in July as demand for hybrids weakened.\n\n"
            "Sales rose 6.9% from July 2024 to 1.85 million cars, down from an 18.6% year-on-year increase in "
            "June, data from the China Passenger Car Association showed on Friday.\n\nSales growth of new energy "
            "vehicles slowed to 12% from 29.7% in June, but still outsold gasoline cars.\n")
    rows = _rows(tmp_path, text, published="2025-08-08")
    assert rows["6.9%"]["period"] == rows["1.85 million"]["period"] == "2025-07"  # (not June, nor July 2024)
    assert rows["18.6%"]["period"] == rows["29.7%"]["period"] == "2025-06"  # (a rate of growth, not a year back)
    assert rows["12%"]["period"] == "2025-07"


def test_a_new_rate_from_an_old_one_keeps_the_period_it_applies_from(tmp_path: Path):
    text = ("Tariff raised\n\nNorthland's government will raise its tariff on EV imports to 35% from 10% starting "
            "next month, the trade ministry said.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert rows["35%"]["period"] == "2024-07"


def test_a_carmakers_share_of_the_countrys_segment_and_its_shipments_abroad(tmp_path: Path):
    text = ("BYD in July\n\nBYD saw vehicle sales drop in China for the third month in July, with a fall of 12% "
            "year-on-year, while its share of China's new energy vehicle segment shrank to 27.8% from 35.4% a "
            "year ago. Its global deliveries edged higher, supported by a surge in overseas shipments that "
            "accounted for over 20% of total sales.\n")
    rows = _rows(tmp_path, text, published="2025-08-08")
    assert rows["12%"]["metric"] == "vehicle_domestic_sales_yoy_pct"
    assert rows["27.8%"]["metric"] == rows["35.4%"]["metric"] == "nev_sales_national_share_pct"
    assert rows["20%"]["metric"] == "overseas_share_of_vehicle_sales"


def test_a_retail_storys_sales_stay_retail_past_a_sentence_on_the_economy(tmp_path: Path):
    text = ("Car retail edges up\n\nRetail sales of passenger vehicles in China rose slightly to an estimated "
            "1.91 million units in January, according to the China Passenger Car Association.\n\nChina's "
            "economy expanded by a slower-than-expected 4.6% year-on-year in the fourth quarter, with growth "
            "underpinned by exports.\n\nSales of new energy vehicles are estimated to have increased by 3% to "
            "820,000 units in January. Compared with December, NEV sales were down by 15%.\n")
    rows = _rows(tmp_path, text, published="2026-02-04")
    assert rows["820,000"]["metric"] == "nev_passenger_car_retail_sales"
    assert rows["15%"]["metric"] == "nev_passenger_car_retail_sales_mom_pct"  # (the month the sentence opens with)
    assert rows["4.6%"]["metric"] == "gdp_yoy_pct"
    assert rows["4.6%"]["status"] == "actual"  # ("slower-than-expected" is no outlook)


def test_a_sub_brands_figures_are_the_brands_under_its_company(tmp_path: Path):
    text = ("Onvo deliveries drop\n\nNio's sub-brand Onvo said on Monday it delivered 11,794 vehicles in November, "
            "a 32% decline from October's record 17,342 units.\n\nThe bigger story within Geely is the Galaxy "
            "sub-brand. Galaxy delivered 72,100 units in January, and now accounts for over 31% of the group's "
            "total volume, up from roughly 17% a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert (rows["11,794"]["entity"], rows["11,794"]["metric"]) == ("NIO", "onvo_deliveries")
    assert rows["32%"]["metric"] == "onvo_deliveries_mom_pct"
    assert (rows["72,100"]["entity"], rows["72,100"]["metric"]) == ("Geely", "galaxy_deliveries")
    assert rows["31%"]["metric"] == rows["17%"]["metric"] == "galaxy_share_of_vehicle_deliveries"


def test_a_share_up_from_a_hedged_level_a_year_earlier_is_the_same_share_a_year_back(tmp_path: Path):
    text = ("Zeta's January\n\nZeta Auto sold 212,400 vehicles in January, up 18 percent year on year.\n\nNEV "
            "sales made up 61% of the group's total volume, up from roughly 44% a year earlier.\n")
    rows = _rows(tmp_path, text, published="2026-02-02")
    assert rows["44%"]["metric"] == rows["61%"]["metric"]  # (not a growth)
    assert rows["44%"]["period"] == "2025-01"


def test_a_quarters_results_that_date_nothing_are_of_the_last_quarter_over(tmp_path: Path):
    text = ("Zeta's revenue jumps\n\nZeta Corp reported a 27% rise in quarterly revenue, beating expectations.\n\n"
            "Revenue reached 98 billion yuan, slightly above analyst forecasts. Net profit nearly doubled to 9.4 "
            "billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-08-20")
    for stated in ("27%", "98 billion yuan", "9.4 billion yuan"):
        assert rows[stated]["period"] == "2025-Q2", stated


def test_this_quarter_in_a_story_of_a_quarter_over_is_that_quarter(tmp_path: Path):
    text = ("Startups report\n\nIn the third quarter of 2025, the startups released their financial reports one "
            "after another.\n\nLeapmotor stayed profitable. This quarter, its sales reached 171,000 units, doubling "
            "year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-12-02")
    assert rows["171,000"]["period"] == "2025-Q3"  # (not the quarter under way when it was told)


def test_a_destination_as_the_subject_of_chinas_exports_is_the_exports_to_it(tmp_path: Path):
    text = ("Exports to Russia slump\n\nIn the first nine months of 2025, China exported 351,200 vehicles to "
            "Russia, a 57% decline compared with the same period last year. Two years ago, Russia led Chinese "
            "car exports, but in 2025, Mexico topped the chart with 402,300 units, compared with Japan's 2.9 "
            "million units.\n\nAbove all, the United Arab Emirates and Mexico recorded the largest increases "
            "from the corresponding period in 2024, with rises of 71,200 and 45,100 units, respectively. "
            "Conversely, Brazil saw a decline of 12% y-o-y.\n")
    rows = _rows(tmp_path, text, published="2025-10-28")
    assert (rows["402,300"]["entity"], rows["402,300"]["metric"]) == ("China", "vehicle_exports_mexico")
    assert rows["402,300"]["period"] == "2025-01/2025-09"  # (a year not over: the months the story counts)
    assert rows["2.9 million"]["entity"] == "Japan"  # (the country's own)
    assert rows["71,200"]["metric"] == "vehicle_exports_united_arab_emirates_yoy_change"
    assert rows["45,100"]["metric"] == "vehicle_exports_mexico_yoy_change"
    assert rows["71,200"]["period"] == "2025-01/2025-09"  # (not the year compared with)
    assert (rows["12%"]["entity"], rows["12%"]["metric"]) == ("China", "vehicle_exports_brazil_yoy_pct")


def test_leading_groups_listed_in_one_phrase_take_their_figures_in_turn(tmp_path: Path):
    text = ("Battery installations\n\nIn the first quarter, 44 battery makers supplied products for NEVs. The top "
            "three, five, and ten suppliers delivered 91.2 GWh, 104.8 GWh, and 119.6 GWh, respectively, accounting "
            "for 72.1%, 81.9%, and 92.8% of total installations.\n")
    rows = _rows(tmp_path, text, published="2025-04-11")
    assert rows["104.8"]["metric"].startswith("top_5_battery_maker_")
    assert rows["92.8%"]["metric"].startswith("top_10_battery_maker_share_of_")
    assert "five" not in rows and "ten" not in rows  # (ranks: no rows drafted)


def test_sales_abroad_said_in_other_words_are_overseas_sales(tmp_path: Path):
    text = ("BYD in December\n\nBYD sold 420,398 units in December. Overseas, BYD sold 133,172 units in December, a "
            "133.01% YoY growth.\n\nSAIC Motor sold 105,000 vehicles internationally in January, a 51.7 percent "
            "year-on-year increase.\n\nBYD expects to sell 1.3 million vehicles outside the Chinese mainland in "
            "2026.\n")
    rows = _rows(tmp_path, text, published="2026-02-05")
    assert rows["420,398"]["metric"] == "vehicle_sales"
    for stated in ("133,172", "105,000", "1.3 million"):
        assert rows[stated]["metric"] == "vehicle_overseas_sales", stated
    assert rows["51.7 percent"]["metric"] == "vehicle_overseas_sales_yoy_pct"


def test_trade_in_applications_and_a_ships_capacity_have_their_names(tmp_path: Path):
    text = ("Trade-ins\n\nThe number of trade-in applications in China reached 1.23 million in June, an increase "
            "of 13% from May.\n\nShips\n\nBYD Changsha, the fifth vessel, also with a 9,200-vehicle capacity, was "
            "announced on March 17.\n")
    rows = _rows(tmp_path, text, published="2025-07-08")
    assert rows["1.23 million"]["metric"] == "trade_in_subsidy_applications"
    assert rows["13%"]["metric"] == "trade_in_subsidy_applications_mom_pct"
    assert rows["9,200"]["metric"] == "vehicle_carrying_capacity"


def test_a_goal_set_in_a_year_over_and_the_growth_a_goal_implies(tmp_path: Path):
    text = ("Zeta targets 540,000 deliveries\n\nCarmaker Zeta aims to deliver 540,000 vehicles this year. This would "
            "represent a 31 per cent increase over the more than 412,000 units delivered in 2025.\n\nThe company "
            "had surpassed its targets. Its goal for 2025 was initially set at 300,000 units.\n\nFor "
            "2026, Lei Jun has set an initial target of 540,000 units.\n")
    rows = _rows(tmp_path, text, published="2026-01-05")
    assert (rows["31 per cent"]["status"], rows["31 per cent"]["period"]) == ("target", "2026")
    assert rows["31 per cent"]["metric"].endswith("_target_yoy_pct")
    assert (rows["412,000"]["status"], rows["412,000"]["period"]) == ("actual", "2025")  # (the base, not the goal)
    assert (rows["300,000"]["status"], rows["300,000"]["period"]) == ("target", "2025")
    assert rows["300,000"]["metric"] == "vehicle_deliveries_target"  # (a goal for what the sentences before count)
