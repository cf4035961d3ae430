"""Company results as newsrooms report them: gross profit, revenue by line of business, kinds of vehicle a
carmaker sells, goals stated as a share, share prices in Hong Kong dollars, a quarter named as an adjective,
a base "a year earlier" and rivals named beside a company. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nevreport.common.numbers import format_value
from nevreport.ingest.extract import extract_mentions
from nevreport.ingest.reading import read_status, spans_around
from tests.unit.ingest.test_reading import _read
from tests.unit.ingest.test_reading_more_news import _rows

RESULTS = ("Harbour Motors posts profit fall\n\nHarbour Motors said on Wednesday that its revenue came to 61.3 "
           "billion yuan in 2024, up 3.1 per cent, while its gross profit slipped 4.4 per cent to 9.2 billion yuan.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("61.3 billion yuan", "revenue_cny"), ("3.1 per cent", "revenue_yoy_pct"),
     ("9.2 billion yuan", "gross_profit_cny"), ("4.4 per cent", "gross_profit_yoy_pct")],
)
def test_gross_profit_is_its_own_measure_not_net_profit(stated, metric):
    assert _read(RESULTS, stated)[0] == metric


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Sales of its pickup trucks climbed 27%, and sport-utility vehicle sales slid 14%.", "27%",
         "pickup_truck_sales_yoy_pct"),
        ("Sales of its pickup trucks climbed 27%, and sport-utility vehicle sales slid 14%.", "14%",
         "suv_sales_yoy_pct"),
        ("Harbour sold more than 96,000 traditional fuel-powered vehicles in the half.",
         "96,000", "gasoline_powered_vehicle_sales"),
        ("Sales of internal combustion engine cars fell 8 percent in May.", "8 percent",
         "gasoline_powered_vehicle_sales_yoy_pct"),
    ],
)
def test_kinds_of_vehicle_a_carmaker_sells(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_dual_fuel_ship_carries_no_kind_of_car():
    assert not _read("The yard delivered a dual-fuel car carrier able to load 6,500 cars.", "6,500")[0].startswith(
        "gasoline")


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Harbour said sales in overseas markets reached 31,000 units in May, an increase of 52.6 percent.",
         "31,000", "vehicle_overseas_sales"),
        ("Harbour said sales in overseas markets reached 31,000 units in May, an increase of 52.6 percent.",
         "52.6 percent", "vehicle_overseas_sales_yoy_pct"),
    ],
)
def test_sales_in_overseas_markets_are_overseas_sales(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_share_continuing_a_goal_is_that_goals_share_in_its_year(tmp_path: Path):
    """"of its total sales" is no verb: the clause goes on with the goal before it."""
    rows = _rows(tmp_path, "Harbour sets goal\n\nHarbour Motors aims to sell more than 3.5 million NEVs worldwide "
                           "by 2027, accounting for more than 45 percent of its total sales, its chairman said.\n")
    share = rows["45 percent"]
    assert (share["status"], share["period"], share["qualifier"]) == ("target", "2027", "at_least")
    assert share["metric"].endswith("_target")


SEGMENTS = ("Battery system sales revenue reached 28.1 billion yuan, up 3.4% on the year and some 65% "
            "of its total revenue. Its energy storage systems business brought in revenue of 2.2 billion yuan in "
            "2024, an increase of 140.5%. Its software revenue rose 12 percent.")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("28.1 billion yuan", "battery_system_revenue_cny"), ("3.4%", "battery_system_revenue_yoy_pct"),
     ("65%", "battery_system_share_of_revenue"), ("2.2 billion yuan", "energy_storage_system_revenue_cny"),
     ("140.5%", "energy_storage_system_revenue_yoy_pct"), ("12 percent", "software_revenue_yoy_pct")],
)
def test_revenue_of_a_line_of_business_names_that_line(stated, metric):
    assert _read(SEGMENTS, stated)[0] == metric


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, the cell maker generated revenue of 40.9 billion yuan.",
        "Harbour Motors generated revenue of 60.3 billion yuan in 2024.",
        "Harbour Motors posted revenue of 42.1 billion yuan in 2024.",
        "Net profit slid 28 percent in 2024, whereas revenue fell 6 percent to 83.5 billion yuan.",
        "Its new factory should generate sales revenue worth 15 billion yuan annually.",
    ],
)
def test_the_company_or_a_verb_before_revenue_names_no_line_of_business(text):
    stated = next(m.text for m in extract_mentions(text) if "billion" in m.text)
    assert _read(text, stated)[0] == "revenue_cny"


SHARES = ("Geely posts profit fall\n\nGeely said on Wednesday that its net profit fell 12 percent. The news "
          "triggered an 8 percent slide in its stock price in Hong Kong, and the shares closed down 6.35 percent at "
          "HK$21.40 (US$2.74).\n")


def test_a_share_price_in_hong_kong_dollars_its_move_and_its_conversion_are_the_companys_that_day(tmp_path: Path):
    rows = _rows(tmp_path, SHARES, published="2025-03-26")
    assert {text: (row["entity"], row["metric"], row["period"], row["unit"]) for text, row in rows.items()
            if text != "12 percent"} == {
        "8 percent": ("Geely", "share_price_change_pct", "2025-03-26", "percent"),
        "6.35 percent": ("Geely", "share_price_change_pct", "2025-03-26", "percent"),
        "HK$21.40": ("Geely", "share_price_hkd", "2025-03-26", "hkd"),
        "US$2.74": ("Geely", "share_price_usd", "2025-03-26", "usd"),
    }


@pytest.mark.parametrize(
    ("text", "stated", "unit"),
    [("closed at HK$21.40", "HK$21.40", "hkd"),
     ("raised 3.2 billion Hong Kong dollars", "3.2 billion Hong Kong dollars", "hkd"),
     ("a price of HKD 18.5", "HKD 18.5", "hkd")],
)
def test_hong_kong_dollars_are_read_and_shown(text, stated, unit):
    mention = next(m for m in extract_mentions(text) if m.text == stated)
    assert mention.unit == unit
    assert format_value(21.4, "hkd") == "HK$21.4"


@pytest.mark.parametrize(
    ("text", "stated", "published", "period"),
    [
        # a quarter written as an adjective, its year named after what it qualifies
        ("It expects first-quarter earnings for this year to shrink by about 30 per cent.", "30 per cent",
         dt.date(2025, 3, 26), "2025-Q1"),
        # "a 1.38 billion yuan profit a year earlier": the base, a year before the figure it is compared with
        ("Harbour's net profit for the first half was 1.05 billion yuan, down from a 1.38 billion yuan profit a "
         "year earlier.", "1.38 billion yuan", dt.date(2024, 8, 26), "2023-H1"),
    ],
)
def test_periods_of_company_results(text, stated, published, period):
    assert _read(text, stated, published=published)[1] == period


def test_a_rival_named_beside_a_company_is_neither_its_subject_nor_part_of_a_name(tmp_path: Path):
    rows = _rows(tmp_path, "Li Auto Rival Leapmotor Records 150% Surge In May Deliveries\n\nLeapmotor delivered 33,500 "
                           "vehicles in May, up 150% year-over-year. Li Auto sold 60,000 cars. Rival Geely "
                           "Automobile Holdings Ltd said its profit fell 27% in the half.\n",
                 published="2025-06-02")
    assert rows["33,500"]["entity"] == "Leapmotor"
    assert rows["27%"]["entity"] == "Geely"


@pytest.mark.parametrize(
    "text",
    [
        "Zeta posted revenue of 42.1 billion yuan in 2024.",
        "Its third-quarter revenue was 9 billion yuan.",
        "Record revenue reached 50 billion yuan.",
        "Its monthly revenue reached 3 billion yuan.",
        "Its adjusted revenue came to 21 billion yuan.",
    ],
)
def test_a_verb_a_period_or_a_record_before_revenue_names_no_line_of_business(text):
    stated = next(m.text for m in extract_mentions(text) if "billion" in m.text)
    assert _read(text, stated)[0] == "revenue_cny"


def test_revenue_from_a_business_is_that_lines_and_so_is_its_share():
    text = "Revenue from its battery business rose to 30 billion yuan in 2024, or 64 percent of its total revenue."
    assert (_read(text, "30 billion yuan")[0], _read(text, "64 percent")[0]) == ("battery_revenue_cny",
                                                                                 "battery_share_of_revenue")


@pytest.mark.parametrize(
    ("text", "stated", "not_start"),
    [
        ("A pickup in sales of nearly 9 percent followed in June.", "9 percent", "pickup"),  # a recovery
        ("A pick-up in exports lifted May sales to 210,000 units.", "210,000", "pickup"),
        ("Sales of methanol fuel vehicles reached 3,000 units.", "3,000", "gasoline"),
        ("Sales of alternative fuel vehicles reached 5,000 units.", "5,000", "gasoline"),
        ("The glut led to a 12 percent rise in their stock of unsold cars.", "12 percent", "share_price"),
    ],
)
def test_words_close_to_the_new_kinds_and_moves_take_none_of_them(text, stated, not_start):
    assert not _read(text, stated)[0].startswith(not_start)


def test_rivals_as_a_verb_name_the_subject(tmp_path: Path):
    rows = _rows(tmp_path, "BYD widens lead\n\nBYD rivals Tesla in scale, having sold 331,800 cars in May.\n",
                 published="2025-06-02")
    assert rows["331,800"]["entity"] == "BYD"


@pytest.mark.parametrize(
    ("text", "stated", "published", "period"),
    [
        # "for next year" says what the figures bode, not the quarter's year
        ("The fourth-quarter figures bode well for next year, with sales of 50,000 units.", "50,000",
         dt.date(2025, 1, 3), "2024-Q4"),
        ("Third-quarter revenue rose 12 percent.", "12 percent", dt.date(2025, 11, 3), "2025-Q3"),
        ("Its net profit for the first half was 1.05 billion yuan, down from a record profit of 1.38 billion yuan a "
         "year earlier.", "1.38 billion yuan", dt.date(2024, 8, 26), "2023-H1"),
    ],
)
def test_more_periods_of_company_results(text, stated, published, period):
    assert _read(text, stated, published=published)[1] == period


def test_a_share_moves_and_prices_told_in_other_words(tmp_path: Path):
    rows = _rows(tmp_path, "Geely shares rise\n\nShares of Geely rose 4% to HK$14.60 (US$1.87) on Monday. The slump "
                           "led to a 6 percent slide in its stock price in Hong Kong, XPeng said.\n",
                 published="2025-03-24")
    assert {t: (r["entity"], r["metric"]) for t, r in rows.items()} == {
        "4%": ("Geely", "share_price_change_pct"), "HK$14.60": ("Geely", "share_price_hkd"),
        "US$1.87": ("Geely", "share_price_usd"), "6 percent": ("XPeng", "share_price_change_pct")}


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Zeekr closed a financing round worth RMB 2.5 billion.", "RMB 2.5 billion", "financing_cny"),
        ("Zeekr plans an initial public offering in Hong Kong that may raise over $800 million.", "$800 million",
         "ipo_proceeds_usd"),
    ],
)
def test_money_a_company_raises(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_count_named_after_what_it_counts_and_its_change():
    text = "By the end of April, the city's charger count had topped 4.6 million, marking a rise of 38.2 percent."
    assert (_read(text, "4.6 million")[0], _read(text, "38.2 percent")[0]) == ("chargers", "chargers_yoy_pct")


def test_growths_told_as_multiples_pair_with_their_levels_in_turn():
    text = ("Makers built 198,000 NEVs in May and sold 205,000 of them, up 2.1 times and 2.3 times respectively from "
            "a year earlier.")
    assert (_read(text, "2.1 times")[0], _read(text, "2.3 times")[0]) == ("nev_production_yoy_times",
                                                                          "nev_sales_yoy_times")


def _mention_of(text: str, stated: str):
    return next(m for m in extract_mentions(text) if m.text == stated)


def test_what_a_company_hopes_for_leaves_the_figures_it_states_actual():
    text = "\"We hope to sell more than the 20,000 cars we sold in May,\" the company said."
    assert read_status(text, spans_around(text, _mention_of(text, "20,000"))) == "actual"


TRADE = ("Customs data showed the province's imports and exports totaled 288.6 billion yuan (40.3 billion U.S. "
         "dollars) in May, up 11.7 percent year on year. Between January and May, its foreign trade value came to "
         "1.38 trillion yuan, up 8.4 percent. The country's auto imports and exports rose 20 percent and 5 percent, "
         "respectively.")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("288.6 billion yuan", "imports_and_exports_cny"), ("40.3 billion U.S. dollars", "imports_and_exports_usd"),
     ("11.7 percent", "imports_and_exports_yoy_pct"), ("1.38 trillion yuan", "imports_and_exports_cny"),
     # a pair told "respectively" is still two series
     ("20 percent", "vehicle_imports_yoy_pct"), ("5 percent", "vehicle_exports_yoy_pct")],
)
def test_a_places_imports_and_exports_are_its_trade_of_all_goods(stated, metric):
    assert _read(TRADE, stated)[0] == metric


def test_a_change_on_the_quarter_before_is_quarter_on_quarter():
    assert _read("Zeta reported a 6 percent fall in deliveries from the preceding quarter.",
                 "6 percent")[0] == "vehicle_deliveries_qoq_pct"


QUARTER_ENDED = ("For the quarter ending June 30, Zeta's net loss shrank 45% to RMB18.2m, while its revenues rose to "
                 "RMB4.7bn from RMB2.6bn in the second quarter of 2024.")


@pytest.mark.parametrize(("stated", "period"), [("45%", "2025-Q2"), ("RMB18.2m", "2025-Q2"), ("RMB4.7bn", "2025-Q2"),
                                                 ("RMB2.6bn", "2024-Q2")])
def test_a_sentence_opening_with_its_quarter_dates_its_figures_and_the_bases_keep_theirs(stated, period):
    assert _read(QUARTER_ENDED, stated, published=dt.date(2025, 8, 20))[1] == period


@pytest.mark.parametrize(
    ("text", "stated", "value", "unit"),
    [
        ("a profit of Rmb412m (US$60.3m) in the half", "Rmb412m", 412e6, "cny"),
        ("a profit of Rmb412m (US$60.3m) in the half", "US$60.3m", 60.3e6, "usd"),
        ("revenue of Rmb48.6bn", "Rmb48.6bn", 48.6e9, "cny"),
        ("priced at HKD18.5 a share", "HKD18.5", 18.5, "hkd"),
    ],
)
def test_amounts_written_onto_their_currency_with_a_short_scale(text, stated, value, unit):
    mention = next(m for m in extract_mentions(text) if m.text == stated)
    assert (mention.value, mention.unit) == (pytest.approx(value), unit)


def test_a_bare_m_after_digits_is_no_amount():
    assert [m.text for m in extract_mentions("a 5m-long hull and 3m more")] == []


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        # a kind of body or fuel is a share of all vehicles, named by that kind
        ("Harbour's pickups made up 23 percent of its sales in May.", "23 percent",
         "pickup_truck_share_of_new_vehicle_sales"),
        ("Gasoline-powered cars took 52 percent of national sales in May.", "52 percent",
         "gasoline_powered_vehicle_share_of_new_vehicle_sales"),
        # what overseas markets took is the overseas share of all the seller's sales
        ("Overseas markets accounted for 18 percent of Geely's total sales in May.", "18 percent",
         "overseas_share_of_vehicle_sales"),
        ("Geely's overseas sales of 31,000 units were 11 percent of its total in May.", "11 percent",
         "overseas_share_of_vehicle_sales"),
    ],
)
def test_shares_of_kinds_and_of_overseas_markets(text, stated, metric):
    assert _read(text, stated, published=dt.date(2025, 6, 10))[0] == metric


def test_a_change_named_after_its_number_is_the_change_of_the_level_before_it():
    text = ("Daily charging volumes on expressways are set to average over 6.3 million kilowatt-hours over the break, "
            "marking a 45-percent year-on-year increase.")
    assert _read(text, "45-percent", published=dt.date(2025, 1, 20))[0] == "charging_volume_yoy_pct"


def test_planned_before_a_noun_after_the_number_is_that_nouns_goal(tmp_path: Path):
    rows = _rows(tmp_path, "Zeta breaks ground\n\nWith a total investment of 380 million yuan and a planned floor area "
                           "of about 41,000 square meters, Zeta's campus broke ground on Monday.\n",
                 published="2024-09-30")
    assert (rows["380 million yuan"]["status"], rows["380 million yuan"]["metric"]) == ("actual", "investment_cny")
    assert rows["41,000 square meters"]["status"] == "target"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Customs data show cars worth $1.127 billion were exported to Russia in June.",
         "$1.127 billion", "vehicle_exports_russia_usd"),
        ("The tally of registered NEVs stood at 5.2 million at the end of 2021.", "5.2 million", "nev_ownership"),
        ("Tianjin exported 12,000 used vehicles in the first eight months.", "12,000", "used_vehicle_exports"),
        ("CATL closed at 412.5 yuan on Friday, up 4.2 percent, giving it a market value of 0.98 trillion yuan.",
         "412.5 yuan", "share_price_cny"),
        ("CATL closed at 412.5 yuan on Friday, up 4.2 percent, giving it a market value of 0.98 trillion yuan.",
         "4.2 percent", "share_price_change_pct"),
        ("CATL closed at 412.5 yuan on Friday, up 4.2 percent, giving it a market value of 0.98 trillion yuan.",
         "0.98 trillion yuan", "market_value_cny"),
        ("In May, foreign-funded companies in Suzhou exported 9.8 billion yuan worth of lithium-ion batteries.",
         "9.8 billion yuan", "foreign_funded_company_lithium_battery_exports_cny"),
        # the firms of a place are the place's
        ("Local firms sold 41,000 vehicles abroad in May.", "41,000", "vehicle_overseas_sales"),
    ],
)
def test_exports_to_a_market_stocks_used_cars_a_close_and_groups_of_firms(text, stated, metric):
    assert _read(text, stated, published=dt.date(2023, 8, 3))[0] == metric


FAW = ("Carmaker posts strong sales growth\n\nFirst Automotive Works (FAW) Group Co Ltd, Jilin's biggest carmaker, "
       "sold 301,200 vehicles in July, up 21.4 per cent year on year.\n\nIts iconic sedan brand Hongqi sold 16,900 "
       "vehicles in the month, up 91.2 per cent on the year.\n")


def test_a_company_named_with_its_acronym_in_brackets_and_its_brand_opening_a_paragraph(tmp_path: Path):
    rows = _rows(tmp_path, FAW, published="2020-08-10")
    assert {t: (r["entity"], r["metric"]) for t, r in rows.items()} == {
        "301,200": ("FAW", "vehicle_sales"), "21.4 per cent": ("FAW", "vehicle_sales_yoy_pct"),
        "16,900": ("FAW", "hongqi_sales"), "91.2 per cent": ("FAW", "hongqi_sales_yoy_pct")}


def test_among_them_is_a_part_of_the_figures_before_and_theirs(tmp_path: Path):
    rows = _rows(tmp_path, "Zeta ships trucks via Shanghai port\n\nSHANGHAI, Nov. 20 (Xinhua) -- Zeta on Friday "
                           "sent 30 trucks via the port of Shanghai.\n\nIn the January-October period, Shanghai "
                           "exported 1.05 million vehicles, up by 41.2 percent.\n\nAmong them, there were 398,000 "
                           "electric vehicles, up by 88.1 percent year on year.\n", published="2022-12-15")
    assert (rows["398,000"]["entity"], rows["398,000"]["metric"]) == ("Shanghai", "nev_exports")
