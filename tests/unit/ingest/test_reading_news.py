"""The reading of a number (nevreport.ingest.reading) on shapes of newswire text: what a figure is about (a port
or terminal written in lower case, a carmaker's factory, a show named with its year, "the figure", a place that
only describes a company), its period (H1, "this year's" after the first half's figures, a possessive year,
what "than" and "exceeded the" compare with, an average growth over years, a record held for years, a future
year after an outlook), its status, its hedge, and numbers that are not claims. Every sentence here is written
for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.ingest.extract import extract_mentions
from nevreport.ingest.reading import (
    Entities,
    body_start,
    event_period,
    not_a_claim,
    read_entity,
    read_metric,
    read_period,
    read_status,
    spans_around,
)

PUBLISHED = dt.date(2024, 8, 20)


def _mention(text: str, stated: str, nth: int = 0):
    return [m for m in extract_mentions(text) if m.text == stated][nth]


def _fields(text: str, stated: str, published: dt.date = PUBLISHED, nth: int = 0) -> tuple[str, str, str]:
    """(entity, period, status) as `nevreport propose` reads them."""
    mention = _mention(text, stated, nth)
    spans = spans_around(text, mention)
    status = read_status(text, spans, mention)
    entities = Entities([]).in_article(text, str(published.year))  # as `nevreport propose` builds them
    entity = read_entity(text, spans, entities, entities.main_subject(text), mention.start)
    return entity, event_period(entity, read_period(text, mention, spans, published, status)), status


# --- what a figure is about ---------------------------------------------------------------------------------

DELIVERIES_STORY = (
    "Lotus Peak delivered a record 9,120 vehicles in March, up 61.5 percent from a year earlier.\n\n"
    "Its monthly deliveries topped 9,000 for the first time, up 12 percent from February.\n\n"
    "Lotus Peak delivered 24,300 vehicles in the first quarter. Sales in China rose 8 percent in the quarter."
)


@pytest.mark.parametrize("stated", ["9,120", "61.5 percent", "9,000", "12 percent", "24,300"])
def test_a_company_no_list_knows_is_the_subject_of_what_it_delivers(stated):
    assert _fields(DELIVERIES_STORY, stated)[0] == "Lotus Peak"


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        ("Carmaker Lotus Peak Holding Group Co Ltd sold 80,500 cars in May.", "Lotus Peak"),
        ("Nio delivered 6,100 cars in May.", "NIO"),  # the form the project's lists use
        ("The Customs Administration reported sales of 6,100 cars in China in May.", "China"),  # not a company
    ],
)  # fmt: skip
def test_a_company_is_named_without_its_legal_form_or_group_words(sentence, entity):
    stated = next(m.text for m in extract_mentions(sentence))
    assert _fields(sentence, stated)[0] == entity


AUTO_SHOW_STORY = (
    "Carmakers are showing their newest models at the 19th Wuhan International Automobile Exhibition.\n\n"
    "The exhibition, held in the capital of Hubei Province, runs until Sunday.\n\n"
    "Exhibitors are displaying about 950 vehicles, including 130 new-energy vehicles.\n\n"
    "At the previous show in 2023, about 800 vehicles were displayed.\n\n"
    "China's vehicle sales rose 5 percent in March."
)


@pytest.mark.parametrize(
    ("stated", "entity"),
    [("950", "Auto Wuhan 2024"), ("130", "Auto Wuhan 2024"), ("5 percent", "China")],
)  # fmt: skip
def test_an_auto_show_is_its_city_and_year_and_a_paragraph_naming_no_one_goes_on_about_it(stated, entity):
    assert _fields(AUTO_SHOW_STORY, stated)[0] == entity


def test_beijings_auto_show_is_auto_china():
    text = "About 1,200 vehicles are on display at the Beijing auto show."
    assert _fields(text, "1,200")[0] == "Auto China 2024"

PORT_STORY = (
    "Ningbo ports shipped 800,000 vehicles abroad in the first half of this year, up 20 percent year on year.\n\n"
    "Exports through the Meishan international car terminal, the largest in the province, reached 300,000 units "
    "in the period.\n\n"
    "The terminal loaded 60,000 vehicles in June. The Daxie terminal in northern Ningbo handled 90,000 vehicles "
    "in the first half. Among them, NEVs accounted for 40 percent."
)


@pytest.mark.parametrize(
    ("stated", "entity"),
    [
        ("800,000", "Ningbo Port"),
        ("20 percent", "Ningbo Port"),
        ("300,000", "Meishan International Car Terminal"),
        ("60,000", "Meishan International Car Terminal"),
        ("90,000", "Daxie Terminal"),
        ("40 percent", "Daxie Terminal"),
    ],
)  # fmt: skip
def test_a_port_or_terminal_as_newsrooms_write_it_and_the_terminal_after_it(stated, entity):
    assert _fields(PORT_STORY, stated)[0] == entity


def test_goods_exported_from_a_terminal_lying_in_a_city_are_the_terminals():
    text = ("Since January, more than 1,500 vehicles a day have left the Luojing automobile terminal, in Shanghai, "
            "for more than 60 countries.")
    assert _fields(text, "1,500")[0] == "Luojing Automobile Terminal"
    assert _fields(text, "60")[0] == "Luojing Automobile Terminal"


def test_a_port_area_is_not_a_port_and_a_share_of_the_countrys_total_is_the_ports():
    text = ("Car exports via the Tianjin Port topped 400,000 units in the first half, accounting for 12 percent of "
            "China's total car exports. The port's Beijiang port area handled most of them.")
    assert _fields(text, "400,000")[0] == "Tianjin Port"
    assert _fields(text, "12 percent")[0] == "Tianjin Port"


PLANT_STORY = (
    "BYD's Hefei plant makes 500,000 vehicles in 2023\n\n"
    "HEFEI, Jan. 3 (Xinhua) -- BYD's Hefei plant, the carmaker's largest base in the province, made 500,000 "
    "vehicles in 2023, the company said on Tuesday.\n\n"
    "The company said the figure was 40 percent more than a year before. Over half of the 3 million vehicles BYD "
    "sold last year came from its own plants.\n\n"
    "BYD's sourcing rate of parts used in the Hefei factory has passed 90 percent. In December, the factory "
    "exported 8,000 vehicles."
)


@pytest.mark.parametrize(
    ("stated", "entity"),
    [
        ("500,000", "BYD Hefei Plant"),  # the headline's and the body's
        ("40 percent", "BYD Hefei Plant"),  # "the figure": the one stated before
        ("3 million", "BYD"),  # the company's own
        ("90 percent", "BYD Hefei Plant"),  # the company's rate in its factory
        ("8,000", "BYD Hefei Plant"),  # "the factory"
    ],
)  # fmt: skip
def test_a_carmakers_factory_is_one_entity_however_the_article_writes_it(stated, entity):
    assert _fields(PLANT_STORY, stated, dt.date(2024, 1, 3))[0] == entity


def test_a_factory_called_a_gigafactory_is_named_so():
    text = ("Tesla's Berlin plant delivered 200,000 cars last year. Output at the Berlin Gigafactory rose 10 "
            "percent in January.")
    assert _fields(text, "200,000")[0] == "Tesla Gigafactory Berlin"
    assert _fields(text, "10 percent")[0] == "Tesla Gigafactory Berlin"


SHOW_STORY = (
    "The 21st Guangzhou International Automobile Exhibition, also known as Auto Guangzhou 2024, opened in "
    "Guangzhou with more than 800 companies taking part.\n\n"
    "The 10-day event will display some 1,100 vehicles. More than 200 vehicles made their debut at the show.\n\n"
    "At the China Import and Export Fair Complex (Guangzhou), where the exhibition is held, visitors crowded "
    "into the 14 halls."
)


@pytest.mark.parametrize("stated", ["800", "1,100", "200", "14"])
def test_a_show_named_with_its_year_is_what_its_figures_are_about_in_the_year_it_is_held(stated):
    entity, period, _ = _fields(SHOW_STORY, stated, dt.date(2024, 11, 15))
    assert (entity, period) == ("Auto Guangzhou 2024", "2024")


def test_a_place_that_describes_a_company_is_not_its_subject():
    text = "Germany's biggest carmaker Volkswagen wants to double its sales in China to 4 million units by 2030."
    entity, period, status = _fields(text, "4 million")
    assert (entity, period, status) == ("Volkswagen", "2030", "target")


def test_the_company_is_the_one_last_named_as_a_subject():
    text = ("Geely makes cars in Malaysia and Proton models in Pakistan with local partners. The company's sales "
            "rose 12 percent in the first half.")
    assert _fields(text, "12 percent")[0] == "Geely"


def test_names_listed_after_a_dash_say_where_not_who():
    text = ("Shenzhen exported 90,000 vehicles in the first half. A total of 30,000 went to the two largest markets "
            "\u2013 Brazil and the United Kingdom, accounting for 33 percent of the total.")
    assert _fields(text, "30,000")[0] == "Shenzhen"
    assert _fields(text, "33 percent")[0] == "Shenzhen"


# --- periods ------------------------------------------------------------------------------------------------

def test_h1_is_the_first_half_and_an_outlook_year_is_not_carried_to_actual_figures():
    text = ("NEV sales rose 50 percent in the first half of 2018.\n\n"
            "The ministry expects NEV output to hit 3 million in 2021.\n\n"
            "Car sales grew steadily in the period. A total of 12 million cars were sold in H1. "
            "Sales of buses reached 200,000 units.")
    published = dt.date(2018, 7, 12)
    assert _fields(text, "12 million", published)[1] == "2018-H1"
    assert _fields(text, "200,000", published)[1] == "2018-H1"
    assert _fields(text, "3 million", published)[1:] == ("2021", "forecast")


def test_a_period_named_with_an_apostrophe_s_is_the_numbers_own():
    text = ("The city exported 50,000 vehicles in the first half of 2022. The NEV share of its exports rose from "
            "2021's 10 percent to this year's 25 percent.")
    published = dt.date(2022, 8, 1)
    assert _fields(text, "10 percent", published)[1] == "2021"
    assert _fields(text, "25 percent", published)[1] == "2022-H1"


def test_last_years_figure_in_an_outlook_is_an_actual_one():
    text = "This means car sales this year could grow about 4 percent from last year's 30 million units."
    assert _fields(text, "30 million", dt.date(2024, 11, 30))[1:] == ("2023", "actual")
    assert _fields(text, "4 percent", dt.date(2024, 11, 30))[1:] == ("2024", "forecast")


def test_what_than_and_exceeded_the_compare_with_has_the_period_of_the_base():
    text = ("Sales in January-May fell 5.0 percent, 2.1 percentage points less than the fall of 7.1 percent in "
            "the January-April period.")
    assert _fields(text, "2.1 percentage points")[1] == "2024-01/2024-05"
    assert _fields(text, "7.1 percent")[1] == "2024-01/2024-04"
    text = ("The plant delivered 300,000 cars from January to June 2024, which has already exceeded the 280,000 "
            "units delivered in the whole of 2023.")
    assert _fields(text, "280,000")[1] == "2023"


def test_an_average_growth_over_years_covers_them_and_a_record_held_for_years_the_years_before():
    text = "Exports rose from 100,000 units in 2019 to 400,000 in 2023, an average annual growth of 41.4 percent."
    assert _fields(text, "41.4 percent")[1] == "2019/2023"
    text = "China has been the largest NEV market for six consecutive years."
    assert _fields(text, "six", dt.date(2021, 3, 1))[1] == "2015/2020"
    assert not not_a_claim(text, _mention(text, "six"))


def test_a_capacity_is_counted_when_written_and_a_moment_is_not_a_period():
    text = ("In 2023 the company delivered 40,000 units. In early November last year, it opened a new plant "
            "capable of making 20,000 battery packs a year.")
    assert _fields(text, "20,000", dt.date(2024, 1, 5))[1] == "2024-01"


@pytest.mark.parametrize(
    ("published", "period"),
    [(dt.date(2024, 8, 19), "2024-01/2024-08"), (dt.date(2024, 8, 3), "2024-01/2024-07")],
)
def test_since_the_beginning_of_the_year_runs_to_the_month_written_unless_it_has_just_begun(published, period):
    text = "Since the beginning of this year, the port has shipped more than 3,000 vehicles a day."
    assert _fields(text, "3,000", published)[1] == period


# --- status and hedges --------------------------------------------------------------------------------------

def test_the_status_is_read_from_the_words_before_the_number_in_its_clause_first():
    text = ('"Abroad, we would deliver 200,000 cars in 2025, and next year we will try for 300,000," the '
            'executive said.')
    assert _fields(text, "200,000")[2] == "forecast"


def test_nearing_is_at_most():
    text = "Exports of buses were nearing 60,000 units last year."
    assert _mention(text, "60,000").qualifier == "at_most"


# --- metrics on the same shapes -----------------------------------------------------------------------------

def _metric(text: str, stated: str, entity: str = "China", published: dt.date = PUBLISHED) -> str:
    mention = _mention(text, stated)
    spans = spans_around(text, mention)
    status = read_status(text, spans, mention)
    period = read_period(text, mention, spans, published, status)
    return read_metric(text, mention, spans, status, entity, period, {})[0]


@pytest.mark.parametrize(
    ("text", "stated", "entity", "metric"),
    [
        ("Shipments abroad of electric passenger vehicles came to 45,000, up 300 percent.", "45,000", "Tianjin",
         "nev_passenger_car_exports"),
        ("The number of passenger EVs exported last year rose to 499,000.", "499,000", "China",
         "nev_passenger_car_exports"),
        ("The carmaker wants to double its overseas auto sales to 800,000 units by 2027.", "800,000", "Geely",
         "vehicle_overseas_sales_target"),
        ("The share of the province's vehicle exports rose from 2022's 18 percent to this year's 26 percent.",
         "26 percent", "Zhejiang", "nev_share_of_vehicle_exports"),
        ("The terminal exported 90,000 cars in the first half, of which more than 40 percent were NEVs.",
         "40 percent", "Daxie Terminal", "nev_share_of_vehicle_exports"),
        ("Its car-carrier routes now cover 85 countries and regions.", "85", "Tianjin Port",
         "destination_countries"),
        ("Exports rose from 100,000 units in 2019 to 400,000 in 2023, an average annual growth rate of 41.4 "
         "percent.", "41.4 percent", "Tianjin Port", "vehicle_exports_avg_annual_growth_pct"),
        ("Since January, a daily average of more than 1,500 vehicles have been exported from the terminal.",
         "1,500", "Daxie Terminal", "vehicle_exports_daily_average"),
        ("Sales could grow 5 percent, with NEV sales rising about 20 percent and exports increasing 10 percent.",
         "20 percent", "China", "nev_sales_yoy_pct"),
        ("Car exports via the port topped 500,000 units, accounting for 15 percent of China's total car exports.",
         "15 percent", "Tianjin Port", "vehicle_exports_national_share_pct"),
        ("The carmaker opened a battery plant capable of producing 20,000 battery packs a year.", "20,000", "BYD",
         "battery_pack_capacity"),
        ("The new plant is capable of producing 300,000 vehicles a year.", "300,000", "BYD", "vehicle_capacity"),
        ("The city exported 80,000 vehicles. Their total value was 9.6 billion yuan (US$ 1.3 billion), a "
         "year-on-year rise of 120 percent.", "120 percent", "Tianjin", "vehicle_exports_cny_yoy_pct"),
        ("The city exported 80,000 vehicles. Their total value was 9.6 billion yuan (US$ 1.3 billion), a "
         "year-on-year rise of 120 percent.", "US$ 1.3 billion", "Tianjin", "vehicle_exports_usd"),
        ("The localization rate of the supply chain of BYD's Hefei plant has exceeded 90 percent.", "90 percent",
         "BYD Hefei Plant", "localized_share_of_supply_chain"),
        ('The port sees an average of four to five "ro-ro" (roll-on/roll-off) ships departing weekly.', "four",
         "Tianjin Port", "ro_ro_ships_departing_weekly_average"),
        ('The port sees an average of four to five "ro-ro" (roll-on/roll-off) ships departing weekly.', "five",
         "Tianjin Port", "ro_ro_ships_departing_weekly_average"),
        ("The city now hosts more than 300 companies engaged in battery recycling, the government said.", "300",
         "Hefei", "battery_recycling_companies"),
        # with no count stated before it, the growth of the value is the series' own
        ("Tianjin's car exports doubled. Their total export value was 9.6 billion yuan, a year-on-year rise of 120 "
         "percent.", "120 percent", "Tianjin", "vehicle_exports_yoy_pct"),
    ],
)  # fmt: skip
def test_metrics_on_newswire_shapes(text, stated, entity, metric):
    assert _metric(text, stated, entity) == metric


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("The show opened with more than 800 companies taking part.", "800", "exhibitors"),
        ("The show will display some 1,100 vehicles in its 200,000 square-meter exhibition halls.", "1,100",
         "vehicles_displayed"),
        ("The show will display some 1,100 vehicles in its 200,000 square-meter exhibition halls.",
         "200,000 square-meter", "exhibition_hall_area"),
        ("More than 200 vehicles made their debut at the show.", "200", "vehicles"),
    ],
)  # fmt: skip
def test_a_shows_companies_are_exhibitors_and_its_vehicles_on_display_are_named_so(text, stated, metric):
    assert _metric(text, stated, "Auto Guangzhou 2024") == metric


# --- numbers that are not claims ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ('Customs offers "5+2" and "7\u00d724 hours" clearance at the terminal.', "5"),
        ('Customs offers "5+2" and "7\u00d724 hours" clearance at the terminal.', "2"),
        ('Customs offers "5+2" and "7\u00d724 hours" clearance at the terminal.', "24"),
        ("Sales may slow in the final two months of the year.", "two"),
        ("Exports passed 3 million units, compared with about 1 million units in previous years.", "1 million"),
        ("Half of the cars went to the four major markets \u2013 Brazil, Mexico, Chile and Peru.", "four"),
        # a small count of names listed beside it, or of ones named before it
        ("The group will fold its brands into three units, namely Harbour, Lotus Peak and Osprey.", "three"),
        ("Harbour and Osprey both grew, and these two rivals now lead the segment.", "two"),
        ("Harbour led among the three makers with 41,200 deliveries.", "three"),
        ("Hunan, Hubei, Jiangxi and Anhui were the four provinces with the most chargers.", "four"),
        # the bar deciding what is counted
        ("There were 27 cities with more than 2 million cars at the end of June.", "2 million"),
        ("Some 800 firms in Anhui with more than 5,000 staff were surveyed.", "5,000"),
        ("The city has 640 parts makers, each with yearly sales of at least 50 million yuan.", "50 million yuan"),
        ("In all, 31 Chinese cities had over 3 million cars registered.", "3 million"),
        # the whole of a ratio
        ("One out of every five cars sold in the region was made in Hefei.", "five"),
        ("For every 20 NEVs sold in the country, about three were made in the province.", "20"),
        # editions and the first quarters of a headline
        ("After the previous four sessions, the fair has grown into a showcase.", "four"),
        ("Battery output up 31% in 1st three quarters", "three"),
    ],
)  # fmt: skip
def test_numbers_that_are_not_claims(text, stated):
    assert not_a_claim(text, _mention(text, stated))


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The group has three plants in Europe and will open a fourth in 2027.", "three"),
        ("The two makers sold 41,200 cars.", "41,200"),
        ("Cities with the most chargers added 2 million of them.", "2 million"),
        ("Sales of cars with more than 300 km of range rose 12 percent.", "12 percent"),
        ("Exports rose to 1.2 million units, with more than 400,000 going to Europe.", "400,000"),
    ],
)  # fmt: skip
def test_counts_bars_and_wholes_that_are_claims(text, stated):
    assert not not_a_claim(text, _mention(text, stated))


def test_a_year_naming_the_sales_it_is_the_year_of_is_not_a_number():
    text = "China's 2025 NEV sales are expected to reach 16 million units."
    assert [m.text for m in extract_mentions(text)] == ["16 million"]


# --- quantities newsrooms count beyond vehicles -----------------------------------------------------------

BATTERY_STORY = (
    "Installed power battery capacity came to 30.5 gigawatt-hours (GWh) in April, a rise of 40.2 percent on a "
    "year earlier.\n\nSome 9.1 GWh of ternary batteries were installed, 60.3 percent more than a year before and "
    "equal to 29.8 percent of the total."
)


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("30.5", "power_battery_installed_capacity"),
        ("40.2 percent", "power_battery_installed_capacity_yoy_pct"),
        ("9.1", "ternary_battery_installed_capacity"),
        ("60.3 percent", "ternary_battery_installed_capacity_yoy_pct"),
        ("29.8 percent", "ternary_battery_share_of_power_battery_installed_capacity"),
    ],
)  # fmt: skip
def test_batteries_installed_are_counted_by_kind_in_gigawatt_hours(stated, metric):
    assert _metric(BATTERY_STORY, stated) == metric


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("The number of new home chargers in the province grew 88.1 percent in the first half.", "88.1 percent",
         "new_home_chargers_yoy_pct"),
        ("In the half, the number of new rural EV fast chargers jumped 150.2 percent.", "150.2 percent",
         "new_rural_ev_fast_chargers_yoy_pct"),
        ("The province had 410,000 swap batteries in service at the end of May, up 22.5 percent year on year.",
         "22.5 percent", "swap_batteries_yoy_pct"),
    ],
)  # fmt: skip
def test_the_growth_of_a_count_with_no_measure_is_the_counts(text, stated, metric):
    assert _metric(text, stated) == metric


def test_deliveries_per_model_and_gasoline_powered_sales():
    assert _metric("Lotus Peak delivered 1,210 LP7s and 980 LX9s in March.", "1,210", "Lotus Peak") == "lp7_deliveries"
    assert _metric("Lotus Peak delivered 1,210 LP7s and 980 LX9s in March.", "980", "Lotus Peak") == "lx9_deliveries"
    text = "Last year the carmaker sold 150,300 gasoline-powered vehicles, up 3.1 percent year on year."
    assert _metric(text, "150,300", "Lotus Peak") == "gasoline_powered_vehicle_sales"
    assert _metric(text, "3.1 percent", "Lotus Peak") == "gasoline_powered_vehicle_sales_yoy_pct"


@pytest.mark.parametrize(
    ("stated", "metric"), [("950", "vehicles_displayed"), ("25", "concept_cars"), ("130", "nevs_displayed")]
)
def test_what_a_show_displays(stated, metric):
    text = ("Exhibitors are displaying about 950 vehicles. The show is presenting 25 concept cars and 130 "
            "new-energy vehicles.")
    assert _metric(text, stated, "Auto Wuhan 2024") == metric


def test_a_quarter_is_read_as_one():
    text = "Lotus Peak delivered 24,300 vehicles in the second quarter, up 10 percent year on year."
    assert _fields(text, "24,300")[1] == "2024-Q2"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Exports rose in the half, with passenger car exports climbing 40 percent to 52,000 vehicles and "
         "commercial vehicle exports up 12 percent to 19,000 vehicles.", "52,000", "passenger_car_exports"),
        ("Exports rose in the half, with passenger car exports climbing 40 percent to 52,000 vehicles and "
         "commercial vehicle exports up 12 percent to 19,000 vehicles.", "19,000", "commercial_vehicle_exports"),
        ("Commercial vehicle sales, which make up some 12 percent of total vehicle sales, rose 3 percent.",
         "12 percent", "commercial_vehicle_share_of_new_vehicle_sales"),
        ("The country accounted for nearly 31.5% of global auto sales last year.", "31.5%",
         "vehicle_sales_global_share_pct"),
        ("In 2023 the district opened 3,000 new swap stations, bringing the total to 7,500.", "7,500",
         "swap_stations"),
        ("The city has a complete supply chain, enabling it to manufacture 3 million vehicles a year.", "3 million",
         "vehicle_capacity"),
        ("Cars made in the city are sold to more than 70 countries and regions.", "70", "destination_countries"),
        ("The export destinations span 120 countries and regions.", "120", "destination_countries"),
        ("Last year the terminal's shipment volume of commercial vehicles totaled 510,000 units, of which the "
         "volume of international transshipment was 200,000 units.", "510,000", "commercial_vehicle_shipments"),
        ("Last year the terminal's shipment volume of commercial vehicles totaled 510,000 units, of which the "
         "volume of international transshipment was 200,000 units.", "200,000",
         "commercial_vehicle_international_transshipment"),
    ],
)  # fmt: skip
def test_the_kind_its_own_phrase_names_shares_of_a_kind_and_of_the_world_totals_capacity_and_shipments(
        text, stated, metric):
    assert _metric(text, stated) == metric


def test_a_whole_year_after_the_number_and_the_base_of_an_outlooks_change():
    text = "Sales fell in December and decreased 6.1 percent for the whole year 2023, the association said."
    assert _fields(text, "6.1 percent", dt.date(2024, 1, 15))[1] == "2023"
    text = "NEV sales may rise to 2.1 million units this year from 1.7 million units in 2023, the report said."
    assert _fields(text, "1.7 million", dt.date(2024, 3, 1))[1:] == ("2023", "actual")
    assert _fields(text, "2.1 million", dt.date(2024, 3, 1))[1:] == ("2024", "forecast")


def test_a_month_named_once_and_changes_on_the_month_before_or_the_same_month_last_year():
    text = ("In May, exports grew fast. This month, output stood at 81,000 units, 3.9% lower than that of last "
            "month, but up 20.5% year on year.")
    published = dt.date(2019, 7, 10)
    assert _fields(text, "81,000", published)[1] == "2019-05"
    assert _metric(text, "3.9%", published=published) == "vehicle_production_mom_pct"
    text = ("Lotus Peak delivered 6,100 cars in May, a 25.3% drop from April deliveries and 11.2% less than May "
            "last year.")
    assert _metric(text, "25.3%", "Lotus Peak") == "vehicle_deliveries_mom_pct"
    text = "Deliveries fell 12.4% from May last year to 6,100 cars in May."
    assert _metric(text, "12.4%", "Lotus Peak") == "vehicle_deliveries_yoy_pct"


def test_headline_and_dateline_forms_and_names_that_only_say_where():
    text = ("Lotus Peak sold 31,000 cars in May\n\n- Harbour Motors sold 12,000 cars last month\n\n"
            "BEIJING: Lotus Peak sold 31,000 cars in May, the association said.\n\n"
            "Harbour Motors sold 12,000 cars last month.\n\n"
            "Shenzhen, China-based Harbour Motors delivered 9,000 cars in April.")
    assert _fields(text, "9,000")[0] == "Harbour"
    # a port as the article writes it, or in the form the data already has
    ningbo = "Exports through Ningbo-Zhoushan port rose 5 percent in Q1."
    assert _fields(ningbo, "5 percent")[0] == "Ningbo-Zhoushan Port"
    known = Entities(["Ningbo Zhoushan Port"]).in_article(ningbo, "2024")
    mention = _mention(ningbo, "5 percent")
    assert read_entity(ningbo, spans_around(ningbo, mention), known, known.main_subject(ningbo),
                       mention.start) == "Ningbo Zhoushan Port"
    assert _fields("Ro-ro exports in Q1\n\nNingbo port shipped 5,000 cars.", "5,000")[0] == "Ningbo Port"
    assert _fields("The association said exports grew 4.5 percent in May.", "4.5 percent")[0] == "China"
    text = "Under the plan of the city of Huaiyang, the city will produce 80,000 NEVs a year by 2025."
    assert _fields(text, "80,000")[0] == "Huaiyang"
    text = ("Sales at the 20th China (Harbin) International Automobile Expo reached a transaction volume of 2.1 "
            "billion yuan.\n\nSome 900 cars of 100 brands are on show at the fair.")
    assert _fields(text, "900", dt.date(2024, 7, 1))[0] == "Auto Harbin 2024"
    assert _metric(text, "900", "Auto Harbin 2024") == "vehicles_displayed"
    assert _metric(text, "2.1 billion yuan", "Auto Harbin 2024") == "transaction_volume_cny"


def test_curly_apostrophes_read_as_straight_ones_and_a_threshold_crossed_is_no_figure():
    from nevreport.ingest.clauses import not_a_claim

    text = "Deliveries passed the 30,000 mark for the first time."
    assert "threshold" in not_a_claim(text, _mention(text, "30,000"))
    text = ("WUHAN, May 9 (Xinhua) \u2014 Wuhan\u2019s carmakers are growing.\n\nIn the first four months, the capital "
            "of central China\u2019s Hubei Province made 151,300 cars.")
    assert _fields(text, "151,300")[0] == "Wuhan"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("The port handled 150 million metric tons of cargo and 4.1 million TEUs in the period, up 3.1 percent and "
         "2.2 percent year-on-year respectively.", "150 million", "cargo_throughput"),
        ("The port handled 150 million metric tons of cargo and 4.1 million TEUs in the period, up 3.1 percent and "
         "2.2 percent year-on-year respectively.", "2.2 percent", "container_throughput_yoy_pct"),
        ("China has kept its top position worldwide in NEV production and sales for eight consecutive years.",
         "eight", "nev_global_leader_years"),
        ("Some 52,000 cars produced at the plant were exported last year.", "52,000", "vehicle_exports"),
        ("Total automobile output reached 20.1 million units, while sales grew 10.4 percent to 20.2 million units.",
         "20.2 million", "vehicle_sales"),
    ],
)  # fmt: skip
def test_freight_leaders_and_the_verb_that_says_what_happened(text, stated, metric):
    assert _metric(text, stated) == metric


def test_periods_a_parenthesis_a_data_show_opening_and_the_present_perfect_carry():
    text = ("HANGZHOU, July 9 (Xinhua) -- Car sales in the province rose in the second quarter (Q2) of this "
            "year.\n\nSome 310,000 cars were sold in the quarter.")
    assert _fields(text, "310,000", dt.date(2024, 7, 20))[1] == "2024-Q2"
    text = ("Statistics showed that from February to October this year, the terminal moved 210,000 TEUs. It has "
            "loaded 640,000 ro-ro cars, 20.5% up year-on-year.")
    assert _fields(text, "210,000", dt.date(2019, 11, 20))[1] == "2019-02/2019-10"
    assert _fields(text, "640,000", dt.date(2019, 11, 20))[1] == "2019-02/2019-10"


@pytest.mark.parametrize(
    ("text", "stated", "entity", "metric"),
    [
        ("Harbour Motors took a domestic market share of 12.5 percent last year, up 0.8 percentage points.",
         "12.5 percent", "Harbour", "vehicle_sales_national_share_pct"),
        ("Harbour Motors took a domestic market share of 12.5 percent last year, up 0.8 percentage points.",
         "0.8 percentage points", "Harbour", "vehicle_sales_national_share_pct_yoy_pp"),
        ("Anhui made 1.2 million NEVs in the first half, 18 percent of the country's total.", "18 percent", "Anhui",
         "nev_production_national_share_pct"),
        ("Harbour Motors sold 41,000 cars in May, 9 percent of China's NEV sales.", "9 percent", "Harbour",
         "nev_sales_national_share_pct"),
        ("NEVs made up 9 percent of China's car sales in May.", "9 percent", "China", "nev_share_of_new_vehicle_sales"),
    ],
)  # fmt: skip
def test_a_share_of_the_countrys_total_is_a_national_share(text, stated, entity, metric):
    assert _metric(text, stated, entity) == metric


def test_power_battery_sales_and_exports_are_the_batteries():
    text = "Power battery exports came to 45 GWh in the quarter. Power battery sales totaled 210 GWh."
    assert _metric(text, "210") == "power_battery_sales"
    assert _metric(text, "45") == "power_battery_exports"


def test_a_headline_figure_the_body_states_in_other_words_is_the_bodys(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = ("Harbour Motors sells 52,000 cars in May\n\nBEIJING, June 3 (Xinhua) -- Harbour Motors sold about 52,000 "
            "cars in May, up 12 percent year on year, the company said.")
    proposals = [p for p in propose_rows("900_harbour.txt", text, tmp_path) if p.mention.text == "52,000"]
    headline, body = sorted(proposals, key=lambda p: p.mention.start)
    assert not headline.row and "headline" in headline.not_a_claim
    assert body.row and body.row["metric"] == "vehicle_sales"


def test_a_fall_is_drafted_negative_and_a_level_after_it_is_not(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = "Harbour Motors' exports dropped 4.1 percent year on year to 41,200 units in May, the company said."
    rows = {p.mention.text: p for p in propose_rows("900_harbour.txt", text, tmp_path)}
    fall = rows["4.1 percent"]
    assert fall.row["value"] == "-4.1" and fall.row["metric"].endswith("_yoy_pct")
    assert "negative" in " ".join(fall.hints)
    assert rows["41,200"].row["value"] == "41200"


@pytest.mark.parametrize(
    ("headline", "body", "restated"),
    [
        ("Harbour Motors' sales up 181%", "sales jumped 180.7 percent year on year", True),
        ("Fair deals top 6 bln yuan", "deals worth 6.3 billion yuan were signed", True),
        ("Fair deals top 6 bln yuan", "deals worth 7.1 billion yuan were signed", False),
        ("Harbour Motors' sales up 18%", "sales jumped 17.2 percent year on year", False),
    ],
)  # fmt: skip
def test_a_headline_figure_rounded_or_cut_to_a_bound_is_the_bodys(tmp_path, headline, body, restated):
    from nevreport.curate.propose import propose_rows

    text = f"{headline}\n\nBEIJING, June 3 (Xinhua) -- In May, {body}, the company said."
    first = min((p for p in propose_rows("900_harbour.txt", text, tmp_path)), key=lambda p: p.mention.start)
    assert (not first.row and "headline" in first.not_a_claim) is restated


def test_a_shows_orders_its_area_and_a_count_named_before_its_number():
    text = ("Buyers placed 30,100 orders worth 5.2 billion yuan at the Wuhan auto show.\n\n"
            "The fair, covering an area of 90,000 square meters, drew 110 brands.")
    assert _metric(text, "5.2 billion yuan", "Auto Wuhan 2024") == "transaction_volume_cny"
    assert _metric(text, "90,000 square meters", "Auto Wuhan 2024") == "exhibition_area"
    text = "The number of fast chargers for public use in the region was about 31,500 in May."
    assert _metric(text, "31,500") == "public_fast_chargers"


def test_a_place_that_describes_the_maker_and_an_outlooks_year_not_carried_to_actual_figures():
    text = "German sports car maker Harbour Motors sold 5,210 cars in China in May."
    assert _fields(text, "5,210")[0] == "Harbour"
    text = ("Lotus Peak reported a 21.5% rise in sales for 2024 to 610,000 cars and forecast sales of more than "
            "700,000 this year.\n\nThe company said its revenue rose 18% to 95 billion yuan.")
    assert _fields(text, "18%", dt.date(2025, 1, 8))[1] == "2024"


def test_what_a_show_has_on_display_counted_before_its_number():
    text = ("Auto Wuhan 2024 opens.\n\nAt the show the count of vehicles on display stands at 880, of which 310 "
            "are NEVs.")
    assert _metric(text, "880", "Auto Wuhan 2024") == "vehicles_displayed"
    assert _metric(text, "310", "Auto Wuhan 2024") == "nevs_displayed"
    text = "Output of commercial cars rose 12.5 percent to 310,000 units."
    assert _metric(text, "310,000") == "commercial_vehicle_production"


def test_a_share_goal_an_outlook_set_for_next_year_the_same_month_a_year_ago_and_exports_named_after_the_number():
    text = "The province aims to raise the share of NEVs in its new car sales to 45 percent by 2027."
    assert _metric(text, "45 percent", "Hubei") == "nev_share_of_new_vehicle_sales_target"
    text = "The market is set for a 3% decline in sales next year, the association said."
    assert _fields(text, "3%", dt.date(2024, 12, 10))[1:] == ("2025", "forecast")
    text = "In May it sold 61,200 cars, against 40,100 in the same month a year earlier."
    assert _fields(text, "40,100", dt.date(2024, 6, 3))[1] == "2023-05"
    text = "The port completed 52,000 automobile exports in January and February this year."
    assert _metric(text, "52,000", "Tianjin Port") == "vehicle_exports"


def test_half_and_quarter_as_adjectives_a_span_of_years_written_short_and_an_actual_for_the_year():
    text = "Lotus Peak said its second-quarter deliveries came to 61,300 vehicles."
    assert _fields(text, "61,300", dt.date(2024, 7, 2))[1] == "2024-Q2"
    text = "The association expects annual sales of about 38 million units (2026-30)."
    assert _fields(text, "38 million", dt.date(2025, 9, 25))[1] == "2026/2030"
    text = ("Exports rose 40 percent in 2023.\n\nLast year the country's exports for the year exceeded 1.5 million "
            "units for the first time.")
    assert _fields(text, "1.5 million", dt.date(2024, 2, 2))[1] == "2023"


@pytest.mark.parametrize(
    ("text", "stated"),
    [("The group moved up to Rank 52 in the Fortune list.", "52"), ("Buyers liked the MG 7 sedan.", "7"),
     ("Its new CX 5 sold well abroad.", "5")],
)
def test_ranks_and_model_names_are_no_figures(text, stated):
    from nevreport.ingest.clauses import not_a_claim

    assert not_a_claim(text, _mention(text, stated))


def test_a_surge_compared_to_a_month_and_a_mark_named_with_its_kind():
    from nevreport.ingest.clauses import not_a_claim

    text = "Lotus Peak delivered 7,100 vehicles in March. That translated into a 12% surge compared to February."
    assert _metric(text, "12%", "Lotus Peak") == "vehicle_deliveries_mom_pct"
    text = "It was the first time it crossed the 40,000 monthly delivery mark."
    assert "threshold" in not_a_claim(text, _mention(text, "40,000"))


def test_a_based_prefix_and_a_known_companys_model_name_no_new_company():
    text = "US-based Harbour Motors Inc sold 4,100 cars in China in May."
    assert _fields(text, "4,100")[0] == "Harbour"
    text = "NIO delivered 3,100 vehicles in April. NIO ES6 deliveries came to 2,200 in the month."
    assert _fields(text, "2,200")[0] == "NIO"


@pytest.mark.parametrize("kind", ["green energy vehicles", "green cars", "plug-in vehicles", "plug-in electric cars"])
def test_newsroom_names_for_new_energy_vehicles(kind):
    text = f"The country sold 610,000 {kind} last year, the association said."
    assert _metric(text, "610,000") == "nev_sales"


def test_a_period_compared_with_is_a_base_and_accumulated_months_are_no_running_total():
    text = ("For the first nine months, exports reached 520,000 units. The growth rate was 2.1 percentage points "
            "higher comparing with the first eight months. Of them, trucks reached 120,000 units.\n\n"
            "For the first eight months, the accumulated exports reached 470,000 units.")
    published = dt.date(2019, 10, 20)
    assert _fields(text, "2.1 percentage points", published)[1] == "2019-01/2019-09"
    assert _fields(text, "120,000", published)[1] == "2019-01/2019-09"
    assert _metric(text, "470,000", published=published) == "vehicle_exports"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("The town saw 8,100 new cars registered last year, a year-on-year rise of 12.5 percent.", "12.5 percent",
         "vehicle_registrations_yoy_pct"),
        ("By the end of June, the number of battery swap stations built in the region rose to 2,140, up 31 "
         "percent.", "2,140", "battery_swap_stations"),
        ("By the end of June, the number of battery swap stations built in the region rose to 2,140, up 31 "
         "percent.", "31 percent", "battery_swap_stations_yoy_pct"),
        ("The town opened 230 fast chargers in 2023, bringing the total number to 1,870.", "1,870", "fast_chargers"),
    ],
)  # fmt: skip
def test_registered_cars_the_number_of_things_and_a_total_after_a_year(text, stated, metric):
    assert _metric(text, stated, "Harbin") == metric


def test_a_count_as_of_a_day_is_that_months_and_a_port_the_city_owns_is_the_subject():
    text = "As of March 12, some 61,000 cars were shipped abroad via the city's Nansha Port."
    assert _fields(text, "61,000", dt.date(2024, 3, 20))[:2] == ("Nansha Port", "2024-03")


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("The output value of industrial enterprises above designated size in the town rose 6.1 percent to 80.2 "
         "billion yuan.", "80.2 billion yuan", "industrial_output_value_cny"),
        ("The town's auto industry kept growing, with its industrial output value reaching 41.5 billion yuan.",
         "41.5 billion yuan", "vehicle_output_value_cny"),
        ("Harbour Motors posted terminal sales of 52,000 vehicles in June.", "52,000", "passenger_car_retail_sales"),
        ("Domestic car sales totaled nearly 2.1 million vehicles.", "2.1 million", "vehicle_domestic_sales"),
        ("Retail sales of passenger cars rose 4 percent, with the penetration rate of NEVs expected to have risen "
         "to 51.3 percent.", "51.3 percent", "nev_share_of_passenger_car_retail_sales"),
        ("Exports rose 18.4 percent in the first half. The growth rate was 2.2 percentage points higher than the "
         "rate recorded in the first quarter.", "2.2 percentage points", "vehicle_exports_yoy_pct_mom_pp"),
    ],
)  # fmt: skip
def test_industry_terminal_and_domestic_sales_penetration_and_a_growth_rates_change(text, stated, metric):
    assert _metric(text, stated, "Harbin", dt.date(2025, 7, 20)) == metric


def test_a_growth_rates_change_has_the_growths_period_and_a_service_by_the_hour_is_no_figure():
    text = ("Output rose 5.3 percent in the first five months of this year. This growth rate is 0.7 percentage "
            "points higher than the rate recorded from January to April.")
    assert _fields(text, "0.7 percentage points", dt.date(2025, 6, 20))[1] == "2025-01/2025-05"
    text = "The port runs a 24-hour clearance service for exported cars."
    assert not_a_claim(text, _mention(text, "24"))


def test_a_number_whose_words_name_nothing_takes_its_neighbours_metric_and_a_place_has_its_stock():
    text = "At the end of June, Harbin had 41,000 and Dalian had 38,000 units of new-energy cars."
    assert _metric(text, "41,000", "Harbin") == "nev_ownership"
    assert _metric(text, "38,000", "Dalian") == "nev_ownership"
    text = "Harbin has 152,000 new-energy vehicles on its books by the end of 2023."
    assert _metric(text, "152,000", "Harbin") == "nev_ownership"


def test_through_a_month_runs_from_january_and_an_exchange_rate_is_no_figure():
    text = "Lotus Peak, which had sold 2.1 million vehicles through November, expects more next year."
    assert _fields(text, "2.1 million", dt.date(2024, 12, 20))[1] == "2024-01/2024-11"
    text = "Sales rose from March through May, to 410,000 units."
    assert _fields(text, "410,000", dt.date(2024, 6, 20))[1] == "2024-03/2024-05"
    text = "A day ticket costs RMB 80 ($11) ($1 = RMB 7.25)."
    assert not_a_claim(text, _mention(text, "$1")) and not_a_claim(text, _mention(text, "RMB 7.25"))
    assert not not_a_claim(text, _mention(text, "RMB 80"))


def test_pairs_after_a_semicolon_plug_in_hybrids_and_a_kinds_share_of_all_nevs():
    text = ("NEV output rose to 61,200 units in the quarter. Pure electric models made up 71% of total output. "
            "The output and sales of BEVs reached 43,500 units and 41,900 units, up 2.1 times and 2.3 times; "
            "such figures for PHEVs were 17,700 units and 16,800 units, up 52.4% and 55.1%.")
    published = dt.date(2019, 4, 20)
    assert _metric(text, "41,900", published=published) == "bev_sales"
    assert _metric(text, "2.3 times", published=published) == "bev_sales_yoy_times"
    assert _metric(text, "17,700", published=published) == "phev_production"
    assert _metric(text, "55.1%", published=published) == "phev_sales_yoy_pct"
    assert _metric(text, "71%", published=published) == "bev_share_of_nev_production"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Lotus Peak's NEV sales soared 61 percent to 520,000 and exports 22 percent to 180,000.", "520,000",
         "nev_sales"),
        ("Osprey sold 1.4 million autos last year.", "1.4 million", "vehicle_sales"),
        ("Harbour sold 1.31 million cars and state-owned Osprey 1.12 million last year.", "1.12 million",
         "vehicle_sales"),
        ("The figures equaled 94 percent and 89 percent of their annual objectives, respectively, after both sold "
         "more cars.", "94 percent", "vehicle_sales_target_completion_pct"),
    ],
)  # fmt: skip
def test_a_measure_after_and_is_the_next_numbers_and_a_share_of_a_goal(text, stated, metric):
    assert _metric(text, stated, "Osprey", dt.date(2025, 1, 5)) == metric


def test_a_sales_target_set_earlier_is_a_target():
    text = "Privately owned Osprey, which had targeted sales of 1.6 million, ended the year at 1.1 million."
    assert _fields(text, "1.6 million", dt.date(2025, 1, 5))[2] == "target"


def test_a_streak_dating_a_figure_is_no_figure_and_gives_it_its_years():
    text = "The terminal's yearly shipments have topped 800,000 cars for four consecutive years, customs said."
    assert not_a_claim(text, _mention(text, "four"))
    assert _fields(text, "800,000", dt.date(2025, 1, 16))[1] == "2021/2024"
    text = "Output stood at 610,000 in 2018, leading the world for four consecutive years."
    assert not not_a_claim(text, _mention(text, "four"))


def test_crossed_is_a_lower_bound_and_the_same_month_last_year_a_base():
    text = "Osprey's sales crossed 179,000 units in October, up 19 percent from the same month last year."
    assert _mention(text, "179,000").qualifier == "at_least"
    assert _fields(text, "19 percent", dt.date(2020, 11, 5))[1] == "2020-10"


@pytest.mark.parametrize(
    ("text", "stated", "entity", "metric"),
    [
        ("The show will feature 1,300 models at a record exhibition area of 180,000 square meters.",
         "180,000 square meters", "Auto Chengdu 2024", "exhibition_area"),
        ("About 96.1 gigawatt hours of lithium-ion batteries were installed in NEVs in 2021, up 88.4 percent.",
         "96.1", "China", "lithium_battery_installed_capacity"),
        ("The region plans to build 60,000 charging points, including 8,000 public ones, this year.", "8,000",
         "Hubei", "public_charging_points_target"),  # a goal for a count is its target
    ],
)  # fmt: skip
def test_a_shows_record_area_lithium_batteries_installed_and_public_ones(text, stated, entity, metric):
    assert _metric(text, stated, entity) == metric


def test_a_change_trailing_a_figure_is_its_subjects_and_a_name_with_its_measure_after_with_is_a_subject():
    text = "Geely shipped 21,000 vehicles abroad, up 310%, whereas Chery exported 94,000, up 61%."
    assert _fields(text, "61%", dt.date(2023, 7, 20))[0] == "Chery"
    assert _fields(text, "310%", dt.date(2023, 7, 20))[0] == "Geely"
    text = ("Rivals reported mixed results in May, with NIO deliveries falling 12% month-over-month and XPeng "
            "deliveries rising 31% month-over-month.")
    assert _fields(text, "12%", dt.date(2023, 6, 2))[0] == "NIO"
    assert _fields(text, "31%", dt.date(2023, 6, 2))[0] == "XPeng"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("By June the total number of charging infrastructure across the country had reached 1,410,000, up 41% "
         "year-on-year.", "1,410,000", "charging_infrastructure"),
        ("By June the total number of charging infrastructure across the country had reached 1,410,000, up 41% "
         "year-on-year.", "41%", "charging_infrastructure_yoy_pct"),
        ("Alternative energy vehicles had production and sales of 318,000 units and 309,000 units respectively.",
         "318,000", "nev_production"),
        ("Power battery output was 21.5 GWh. Among them, ternary battery production was 8.1 GWh, accounting for 37.7 "
         "percent of total production, up 41.2 percent year-on-year.", "8.1", "ternary_battery_production"),
        ("Power battery output was 21.5 GWh. Among them, ternary battery production was 8.1 GWh, accounting for 37.7 "
         "percent of total production, up 41.2 percent year-on-year.", "37.7 percent",
         "ternary_battery_share_of_power_battery_production"),
        ("The group's 50%-owned joint venture sold 9,120 units in March, down 12% from a year earlier.", "12%",
         "vehicle_sales_yoy_pct"),
    ],
)  # fmt: skip
def test_a_mass_noun_counted_alternative_energy_vehicles_battery_kinds_made_and_a_venture_owned(text, stated, metric):
    assert _metric(text, stated, "China", dt.date(2022, 7, 20)) == metric


def test_the_group_is_the_company_named_before_and_a_show_covers_a_record_breaking_area():
    text = ("Lotus Peak Holding Limited said that the total sales volume of the Group for March was 9,120 units, "
            "down 12%.")
    assert _fields(text, "9,120", dt.date(2024, 4, 8))[0] != "Group"
    text = "This year's show covers a record-breaking area of over 310,000 square meters."
    assert _metric(text, "310,000 square meters", "Auto Shanghai 2025") == "exhibition_area"


def test_an_outlook_is_never_for_a_period_already_over_and_a_field_left_empty_is_named(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = ("In the first quarter, Osprey exported 32,000 vehicles, and it is expected to export 160,000 vehicles "
            "for the entire year.")
    assert _fields(text, "160,000", dt.date(2023, 4, 25))[1:] == ("2023", "forecast")
    text = "Harbour Motors set up a 200 million yuan fund for its suppliers."
    drafted = [p for p in propose_rows("900_harbour.txt", text, tmp_path) if p.row]
    assert drafted[0].row["metric"] == "" and any("no metric" in hint for hint in drafted[0].hints)


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("In March, the sales of sedans, sport utility vehicles (SUVs) and multi-purpose vehicles (MPVs) were "
         "6,120 units, 9,870 units and 640 units, respectively.", "9,870", "suv_sales"),
        ("In March, the sales of sedans, sport utility vehicles (SUVs) and multi-purpose vehicles (MPVs) were "
         "6,120 units, 9,870 units and 640 units, respectively.", "640", "mpv_sales"),
        ("Lotus Peak sold 410,000 vehicles in the first half, with SUVs making up 61 percent.", "61 percent",
         "suv_share_of_new_vehicle_sales"),
    ],
)  # fmt: skip
def test_body_types_listed_respectively_and_their_share(text, stated, metric):
    assert _metric(text, stated, "Lotus Peak", dt.date(2024, 7, 9)) == metric


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("The Lotus Mini EV, the brand's cheapest car, sold 21,300 units in May, up 12 percent from April.",
         "21,300", "lotus_mini_ev_sales"),
        ("The Lotus Mini EV, the brand's cheapest car, sold 21,300 units in May, up 12 percent from April.",
         "12 percent", "lotus_mini_ev_sales_mom_pct"),
        ("Harbour Motors targets 90,000 HX7 deliveries this year.", "90,000", "hx7_deliveries_target"),
        ("Harbour Motors delivered 4,120 units of its HX7 series in May.", "4,120", "hx7_deliveries"),
        ("Its best seller, the HAVAL K5, logged 30,100 in sales.", "30,100", "haval_k5_sales"),
        ("Harbour Motors' Lotus MINI EV sold 9,300 units in May.", "9,300", "lotus_mini_ev_sales"),
        ("NIO ES9 deliveries reached 2,100 in May.", "2,100", "es9_deliveries"),
        ("Harbour Motors sold 80,500 vehicles in Q3, while the HX7 sold 4,100.", "80,500", "vehicle_sales"),
    ],
)  # fmt: skip
def test_a_models_figures_take_its_name_and_the_measure(text, stated, metric):
    assert _metric(text, stated, "Harbour Motors", dt.date(2024, 6, 20)) == metric


@pytest.mark.parametrize("text", ["Sales of Chinese EV makers rose to 70,400 units in May.",
                                  "Harbour Motors sold 70,400 units in Q3.", "Its H1 sales were 70,400 units."])
def test_a_quarter_a_half_or_a_kind_of_car_is_no_model(text):
    from nevreport.ingest.metrics import model_named

    mention = _mention(text, "70,400")
    assert model_named(text, mention, spans_around(text, mention)) == ""


def test_an_undated_past_figure_is_of_the_month_counted_and_a_stock_of_the_day_the_article_counts_at():
    text = "Sales fell 40 percent during the month to 95,000 units, data showed."
    assert _fields(text, "95,000", dt.date(2019, 12, 9))[1] == "2019-11"
    assert _fields(text, "95,000", dt.date(2019, 12, 20))[1] == "2019-12"  # by the 20th, it may be this month's
    text = ("As of June, China had 900,000 public charging piles, data showed.\n\n"
            "Volt Grid owns 210,000 charging piles, and Amp Charge owns 190,000.")
    assert _fields(text, "210,000", dt.date(2021, 7, 12))[1] == "2021-06"
    text = ("By the end of September the city aims to have 5,000 charging piles.\n\n"
            "The city has 3,200 charging piles.")
    assert _fields(text, "3,200", dt.date(2021, 6, 12))[1] == "2021-06"  # a goal's month is no count's
    text = "The city has opened 1,500 test roads for self-driving cars."
    assert _fields(text, "1,500", dt.date(2025, 9, 4))[1] == "2025-09"  # a stock reached, when written


def test_a_large_amount_stated_again_for_the_same_subject_is_one_figure_and_another_measure_is_not(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = ("BEIJING, June 3, 2024 (Xinhua) -- Harbour Motors aims to deliver 120,000 cars this year, it said.\n\n"
            "To reach its target of 120,000 vehicles, the company would need a second plant.")
    drafted = sorted((p for p in propose_rows("900_harbour.txt", text, tmp_path) if p.mention.text == "120,000"),
                     key=lambda p: p.mention.start)
    assert drafted[0].row and not drafted[1].row and "stated again" in drafted[1].not_a_claim
    text = ("BEIJING, June 3, 2024 (Xinhua) -- Harbour Motors said its wholesale sales would hit 74,000 units in "
            "June.\n\n"
            "Its retail sales would also be around 74,000 units.")
    drafted = [p for p in propose_rows("900_harbour.txt", text, tmp_path) if p.mention.text == "74,000"]
    assert all(p.row for p in drafted)  # the same number, another figure


@pytest.mark.parametrize(("text", "stated"), [
    ("Spanning 10 days, the show opened on Friday.", "10"),
    ("Harbour Motors beat its 12-month goal.", "12"),
    ("The decline has lasted 15 months in a row.", "15"),
    ("The ship reaches its destinations in over 20 days.", "20"),
    ("Harbour Motors sold 2.1 million cars in the 12 months ended Dec. 31.", "12"),
])  # fmt: skip
def test_days_weeks_and_months_are_spans_of_time(text, stated):
    assert "span of time" in not_a_claim(text, _mention(text, stated))


def test_a_goal_met_or_missed_is_told_as_what_happened():
    published = dt.date(2025, 1, 3)
    text = "Osprey sold 2.6 million cars last year to surpass its 2024 target, with overseas sales up 21 percent."
    assert _fields(text, "21 percent", published)[1:] == ("2024", "actual")
    text = "Osprey's sales rose 41 percent to 4.2 million cars last year, surpassing its annual target of 3.6 million."
    assert _fields(text, "3.6 million", published)[1:] == ("2024", "target")
    text = "Harbour Motors, which had targeted sales of 1.9 million, ended the year at 1.23 million."
    assert _fields(text, "1.9 million", published)[2] == "target"
    assert _fields(text, "1.23 million", published)[2] == "actual"


def test_a_relative_clauses_date_is_its_own_events():
    text = ("Osprey's overseas sales soared 72 percent to 420,000, making the firm, which stopped making fuel cars "
            "in 2022, the market leader last year.")
    assert _fields(text, "420,000", dt.date(2025, 1, 3))[1] == "2024"


def test_a_terminals_area_and_designed_throughput_digits_grouped_by_spaces_and_a_goal_for_a_count():
    text = ("The Haitong (Taicang) terminal opened on Thursday.\n\n"
            "Spanning 860,000 square meters, the terminal boasts a designed annual throughput of 1.3 million "
            "vehicles.")
    published = dt.date(2024, 12, 14)
    assert _fields(text, "860,000 square meters", published)[0] == "Haitong (Taicang) Terminal"
    assert _metric(text, "860,000 square meters", "Haitong (Taicang) Terminal", published) == "terminal_area"
    assert _metric(text, "1.3 million", "Haitong (Taicang) Terminal", published) == "vehicle_throughput_capacity"
    text = "Harbour Motors sold 380 089 vehicles in April, up from 372 615."
    assert [(m.text, m.value) for m in extract_mentions(text)] == [("380 089", 380089), ("372 615", 372615)]
    text = "The company plans to build 10,000 charging stations by 2020."
    assert _metric(text, "10,000", "State Grid", published) == "charging_stations_target"


def test_a_place_describing_a_company_at_length_is_not_the_subject():
    text = ("China's largest automotive lithium-ion battery maker CATL said its 2020 net profit stood at "
            "RMB 5.583 billion.")
    assert _fields(text, "RMB 5.583 billion", dt.date(2021, 4, 28))[0] == "CATL"


def test_a_change_as_an_amount_after_its_rate_and_a_bracket_holding_another_number():
    text = ("The number of new-energy cars in China totaled 2.61 million in 2018, up 70 percent or 1.07 million "
            "year on year.")
    mention = _mention(text, "1.07 million")
    assert mention.unit != "years"  # "year on year" counts no years
    assert _metric(text, "1.07 million", "China", dt.date(2019, 1, 14)) == "nev_ownership_yoy_change"
    text = "Total 2015 sales already exceed 170,000 (113,000 all-electric), while production is over 180,000."
    assert _metric(text, "113,000", "China", dt.date(2015, 12, 3)).startswith("bev_")
    assert not _metric(text, "170,000", "China", dt.date(2015, 12, 3)).startswith("bev_")


def test_a_past_figure_after_a_present_state_continues_the_period_before_it():
    text = ("The city's output value hit 433 billion yuan last year. The sector now comprises 16.2 percent of "
            "the city's industry.\n\nVehicle production also expanded, as 865,000 vehicles rolled off the line.")
    assert _fields(text, "865,000", dt.date(2026, 1, 16))[1] == "2025"
    text = "China has now built the world's largest network. The number of private charging poles reached 1,024,000."
    assert _fields(text, "1,024,000", dt.date(2021, 11, 20))[1] == "2021-11"  # nothing else dates it


@pytest.mark.parametrize(("text", "stated", "why"), [
    ("By 2020 the city's metro lines will total 900 kilometers (559 miles).", "559", "another unit"),
    ("A total of 61 cities had over 1 million cars each, and eight cities including Beijing had over 3 million.",
     "3 million", "threshold"),
    ("The cars on display will be disinfected every two hours.", "two", "span of time"),
    ("It runs under continuous 24\u2011hour operations.", "24", "kind of service"),
])  # fmt: skip
def test_a_conversion_a_threshold_after_a_spelled_count_hours_and_a_non_breaking_hyphen(text, stated, why):
    assert why in not_a_claim(text, _mention(text, stated))


def test_a_headline_count_is_the_bodys_vehicles(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = ("Harbour City to cut its car quota to 100,000\n\n"
            "HARBOUR CITY, Dec. 9, 2024 (Xinhua) -- The city will cut its car quota from 150,000 plates to 100,000 "
            "vehicles, it said.")
    headline = min((p for p in propose_rows("900_harbour.txt", text, tmp_path) if p.mention.text == "100,000"),
                   key=lambda p: p.mention.start)
    assert not headline.row and "headline" in headline.not_a_claim


def test_a_surge_from_a_named_year_is_measured_against_it():
    text = "The city's auto output value hit 433 billion yuan last year, a 70 percent surge from 2020."
    assert _metric(text, "70 percent", "Ningbo", dt.date(2026, 1, 16)) == "vehicle_output_value_vs_2020_pct"


def test_the_kind_its_own_phrase_names_before_the_number():
    text = ("Harbour Motors' battery passenger electric vehicle sales of 195,740 last month topped its plug-in "
            "hybrid sales of 176,875.")
    published = dt.date(2025, 5, 2)
    assert _metric(text, "195,740", "Harbour Motors", published) == "bev_passenger_car_sales"
    assert _metric(text, "176,875", "Harbour Motors", published) == "phev_sales"


@pytest.mark.parametrize(("text", "stated", "entity"), [
    ("Changan sold 2.68 million cars and state-owned Dongfeng Motor 2.48 million last year.", "2.48 million",
     "Dongfeng"),
    ("Changan grew 13% while Chery advanced 12% and Geely expanded 18% in sales.", "18%", "Geely"),
    ("Unlike Great Wall Motor, most brands did well. Passenger car sales of Dongfeng soared 189% YoY.", "189%",
     "Dongfeng"),
    ("Li Auto's growth contrasts with that reported by XPeng, which delivered 8,620 EVs in June.", "8,620",
     "XPeng"),
])  # fmt: skip
def test_a_second_subject_with_its_own_number_a_measure_of_a_company_and_a_relative_clauses_subject(
        text, stated, entity):
    assert _fields(text, stated)[0] == entity


def test_a_show_whose_name_holds_no_city_is_the_city_it_opens_in():
    text = ("The 18th Central Plains International Auto Show opened in Wuhan on Aug 13, attracting more than 60 "
            "brands and 800 car models.")
    assert _fields(text, "800", dt.date(2020, 8, 17))[:2] == ("Auto Wuhan 2020", "2020")


def test_a_contrast_after_the_number_dates_its_own_figures_and_this_represents_continues():
    text = ("Chery sold 2.6 million autos last year. Its NEV sales surged 233 percent to 583,600, while its "
            "monthly sales exceeded 100,000 for the first time last month.")
    assert _fields(text, "583,600", dt.date(2025, 1, 3))[1] == "2024"
    text = ("China's auto sales in September were 2.271 million. This represents a decline that has lasted 15 "
            "months in a row and is down 5.2 percent from the same period last year.")
    assert _fields(text, "5.2 percent", dt.date(2019, 10, 14))[1] == "2019-09"


def test_a_stated_range_and_amounts_written_onto_their_currency_code():
    text = "Buyers get a subsidy ranging from CNY63,000 to CNY108,000, and the number of firms will reach 10-15."
    assert [(m.text, m.unit, m.qualifier) for m in extract_mentions(text)] == [
        ("CNY63,000", "cny", "at_least"), ("CNY108,000", "cny", "at_most"), ("10", "count", "at_least"),
        ("15", "count", "at_most")]
    text = "Sales rose from 100,000 to 120,000 units, up 5 percent to 20,000 units in May."
    assert {m.qualifier for m in extract_mentions(text)} == {"exact"}  # changes, not ranges


def test_evs_beside_phevs_are_pure_electric_and_growths_follow_the_levels_kinds_and_verbs():
    text = ("Makers produced 167,000 new energy vehicles and sold 160,000 units in October, increasing 69.7% and "
            "104.5% respectively on year. The output consisted of 141,000 EVs and 26,000 PHEVs, growing 72.4% and "
            "56.7% respectively on year.")
    published = dt.date(2020, 11, 13)
    assert _metric(text, "69.7%", "China", published) == "nev_production_yoy_pct"
    assert _metric(text, "104.5%", "China", published) == "nev_sales_yoy_pct"
    assert _metric(text, "141,000", "China", published) == "bev_production"
    assert _metric(text, "26,000", "China", published) == "phev_production"
    assert _metric(text, "56.7%", "China", published) == "phev_production_yoy_pct"
    text = ("In February, production and sales of NEVs amounted to 694,000 units and 765,000 units, down 21.8 "
            "percent and 14.2 percent year on year, while down 33.3 percent and 19.0 percent month on month.")
    assert _metric(text, "33.3 percent", "China", dt.date(2026, 3, 12)) == "nev_production_mom_pct"
    assert _metric(text, "19.0 percent", "China", dt.date(2026, 3, 12)) == "nev_sales_mom_pct"


def test_things_counted_as_the_subject_a_level_told_by_its_verb_after_it_and_guidance_as_a_forecast():
    published = dt.date(2025, 9, 18)
    text = "Public charging facilities numbered about 2.9 million units, an increase of 21.4 percent year on year."
    assert _metric(text, "2.9 million", "China", published) == "public_charging_facilities"
    assert _metric(text, "21.4 percent", "China", published) == "public_charging_facilities_yoy_pct"
    text = "During January-October, 914,000 NEVs were produced and 901,000 units were sold."
    assert _metric(text, "901,000", "China", published) == "nev_sales"
    text = "Harbour Motors sees Q3 revenue of CNY1.59B to CNY1.66B."
    assert _fields(text, "CNY1.59B", dt.date(2019, 9, 24))[2] == "forecast"


def test_a_plus_after_a_number_a_name_in_title_case_and_planning_to():
    text = "Harbour Motors now has 1,200 Power Swap stations and plans 1,300+ by the end of 2022."
    assert [(m.text, m.qualifier) for m in extract_mentions(text)] == [("1,200", "exact"), ("1,300", "at_least")]
    assert _metric(text, "1,200", "Harbour Motors", dt.date(2022, 11, 16)) == "power_swap_stations"
    text = "Hebei released its plan on July 19, planning to have 100 hydrogen refueling stations by 2025."
    assert _fields(text, "100", dt.date(2021, 7, 20))[1:] == ("2025", "target")


def test_the_output_value_of_an_industry_no_vehicle_names():
    text = "By 2022, the annual output value of the hydrogen energy industry chain will be RMB 15 billion."
    assert _metric(text, "RMB 15 billion", "Hebei", dt.date(2021, 7, 20)) == "hydrogen_energy_output_value_cny"
    text = "The output value of the city's auto industry reached 380 billion yuan."
    assert _metric(text, "380 billion yuan", "Jiading", dt.date(2025, 1, 20)) == "vehicle_output_value_cny"


def test_a_number_again_after_its_row_changed_its_unit_gets_an_ignore_row(tmp_path):
    from nevreport.curate.propose import propose_rows
    from nevreport.ingest.extract import extract_mentions

    text = ("BEIJING, Dec. 9, 2017 (Xinhua) -- The city will slash the annual new car registration quota by "
            "one-third, from 150,000 license plates to 100,000. Of the 100,000, 60% are reserved for new energy "
            "vehicles.")
    proposals = {p.mention.start: p for p in propose_rows("900_harbour.txt", text, tmp_path)}
    mentions = [m for m in extract_mentions(text) if m.text == "100,000"]
    first = proposals[mentions[0].start]
    assert first.row and first.row["unit"] != mentions[1].unit  # drafted in vehicles, read as a count
    # so the second is no repeat coverage accepts: it needs its own ignore row
    assert "stated again" in proposals[mentions[1].start].not_a_claim


def test_examples_after_such_as_are_no_subject_and_an_association_release_is_the_countrys():
    text = ("According to data from the China Passenger Car Association (CPCA), in January, NEVs accounted for 38.6% "
            "of passenger vehicle retail sales. NEV startups captured 31.2% of the market, driven by brands such as "
            "XPeng, Leapmotor, and Xiaomi. Tesla's share stood at 3.1%.")
    published = dt.date(2026, 2, 12)
    assert _fields(text, "38.6%", published)[0] == "China"
    assert _fields(text, "31.2%", published)[0] == "China"


def test_fuel_cell_vehicles_and_a_spelled_multiple():
    text = "Production of fuel cell vehicles reached 1,315 units, up 7.7 times, and output jumped threefold."
    assert _metric(text, "1,315", "China", dt.date(2019, 10, 16)) == "fcv_production"
    assert [(m.text, m.value, m.unit) for m in extract_mentions(text)][-1] == ("threefold", 3.0, "times")


def test_a_whole_low_end_keeps_its_value_and_a_goal_for_a_period_over_stays_a_goal(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = "Harbour Motors sees between 600,000 and 1 million cars going to buyers abroad next year."
    assert [(m.value, m.qualifier) for m in extract_mentions(text)] == [(600000, "at_least"), (1000000, "at_most")]
    text = ("BEIJING, January 3, 2025 (Xinhua) -- Osprey's sales rose 41 percent to 4.27 million cars last year, "
            "surpassing its annual target of 3.6 million.")
    goal = next(p for p in propose_rows("900_osprey.txt", text, tmp_path) if p.mention.text == "3.6 million")
    assert (goal.row["period"], goal.row["status"]) == ("2024", "target") and goal.row["metric"].endswith("_target")
    assert not any("drafted actual" in hint for hint in goal.hints)


def test_a_growth_in_brackets_is_the_level_before_it():
    text = ("For the first three quarters, a total of 542,000 EV charging piles (+172.2% YoY) were built, including "
            "237,000 public piles (+164.5% YoY).")
    published = dt.date(2021, 11, 2)
    assert _metric(text, "172.2%", "China", published) == "ev_charging_piles_yoy_pct"
    assert _metric(text, "164.5%", "China", published) == "public_charging_piles_yoy_pct"


def test_a_count_newly_built_keeps_the_words():
    text = "For the first three quarters, 542,000 EV charging piles (+172.2% YoY) were newly built in China."
    published = dt.date(2021, 11, 2)
    assert _metric(text, "542,000", "China", published) == "newly_built_ev_charging_piles"
    assert _metric(text, "172.2%", "China", published) == "newly_built_ev_charging_piles_yoy_pct"


# --- a kind of power with a class, and kinds listed only as what a kind includes ------------------------------

KINDS_STORY = (
    "Output of battery-electric passenger cars climbed 210 percent to 9,400 units in the first quarter, while "
    "plug-in hybrid passenger cars rose 340 percent to 5,118.\n\n"
    "Output of pure electric and plug-in hybrid commercial vehicles grew 380 percent and 44 percent, respectively.\n\n"
    "Shipments abroad of clean vehicles, including all-electrics and plug-in hybrids, rose 61% to 48,000 units."
)


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("9,400", "bev_passenger_car_production"),
        ("5,118", "phev_passenger_car_production"),
        ("340 percent", "phev_passenger_car_production_yoy_pct"),
        ("380 percent", "bev_commercial_vehicle_production_yoy_pct"),
        ("44 percent", "phev_commercial_vehicle_production_yoy_pct"),
        ("48,000", "nev_exports"),
        ("61%", "nev_exports_yoy_pct"),
    ],
)
def test_a_kind_of_power_joins_its_class_and_a_list_of_what_a_kind_includes_adds_nothing(stated, metric):
    assert _metric(KINDS_STORY, stated) == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Sales of pure electric and plug-in hybrid commercial vehicles reached 52,000.",
         "nev_commercial_vehicle_sales"),
        ("Sales of NEVs, which include fuel-cell cars, reached 52,000.", "nev_sales"),
        ("Sales of fuel-cell cars reached 52,000.", "fcv_sales"),
    ],
)
def test_kinds_named_together(text, metric):
    assert _metric(text, "52,000") == metric


# --- parts of a whole are named from it -----------------------------------------------------------------------

PARTS_STORY = (
    "In the first half, 318,000 EV charging posts (+88.1% YoY) were newly installed in the province, including "
    "141,000 public posts (+90.4% YoY) and 177,000 private ones (+86.2% YoY).\n\n"
    "The number of public charging posts in the province reached 702,000 by June, including 305,000 DC posts, "
    "396,000 AC posts and 1,020 DC-AC combined charging posts.\n\n"
    "The operator runs 64,000 fast charging stations. It also runs some 9,000 slow ones.\n\n"
    "The plan names four coastal highways and three inland ones."
)


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("318,000", "newly_installed_ev_charging_posts"),
        ("141,000", "newly_installed_public_charging_posts"),
        ("90.4%", "newly_installed_public_charging_posts_yoy_pct"),
        ("177,000", "newly_installed_private_charging_posts"),
        ("86.2%", "newly_installed_private_charging_posts_yoy_pct"),
        ("305,000", "public_dc_charging_posts"),
        ("396,000", "public_ac_charging_posts"),
        ("1,020", "public_dc_ac_combined_charging_posts"),
        ("9,000", "slow_charging_stations"),
        ("three", "inland_highways"),
    ],
)
def test_a_part_of_a_whole_is_named_from_the_whole_and_ones_stand_for_its_thing(stated, metric):
    assert _metric(PARTS_STORY, stated, "Hubei") == metric


def test_a_part_the_whole_does_not_count_keeps_its_own_name():
    text = "The city had 12,000 charging piles, including 300 battery swap stations."
    assert _metric(text, "300", "Hefei") == "battery_swap_stations"


# --- a ranked list: each number is its name's, counting what the ranking is by ---------------------------------

RANKED_STORY = (
    "By the end of June there were about 41,200 hydrogen refuelling stations nationwide. In terms of the number "
    "of hydrogen refuelling stations, the top three provinces were Shandong (3,120), Hebei (2,904) and "
    "Sichuan (1,877).\n\n"
    "Seven operators ran more than 500 swap stations each. The top three firms were Volta Grid (2,210), "
    "Qiantang Energy (1,340), and Linyi Power Services (980).\n\n"
    "The province had 640 battery swap stations, 410 and 230 of which are in Hefei and Wuhu respectively."
)


@pytest.mark.parametrize(
    ("stated", "entity", "metric"),
    [
        ("3,120", "Shandong", "hydrogen_refuelling_stations"),
        ("1,877", "Sichuan", "hydrogen_refuelling_stations"),
        ("2,210", "Volta Grid", "swap_stations"),
        ("980", "Linyi Power Services", "swap_stations"),
        ("410", "Hefei", "battery_swap_stations"),
        ("230", "Wuhu", "battery_swap_stations"),
    ],
)
def test_a_ranked_lists_numbers_are_their_names_and_count_what_the_ranking_is_by(stated, entity, metric):
    mention = _mention(RANKED_STORY, stated)
    spans = spans_around(RANKED_STORY, mention)
    entities = Entities([]).in_article(RANKED_STORY, "2024")
    assert read_entity(RANKED_STORY, spans, entities, entities.main_subject(RANKED_STORY), mention.start) == entity
    assert _metric(RANKED_STORY, stated, entity) == metric


def test_a_bracket_after_one_name_is_no_ranking():
    text = "The operator Volta Grid (2,210) runs swap stations across 14 provinces."
    mention = _mention(text, "2,210")
    spans = spans_around(text, mention)
    from nevreport.ingest.ranked import ranked_name

    assert ranked_name(text, mention.start, spans.sentence) is None  # one name in brackets ranks nothing
    assert ranked_name(RANKED_STORY, _mention(RANKED_STORY, "2,210").start, spans_around(
        RANKED_STORY, _mention(RANKED_STORY, "2,210")).sentence) is not None


# --- a share held by a group of companies or brands names the group ---------------------------------------------

GROUPS_STORY = (
    "In March, NEVs made up 44.1% of passenger car retail sales. Home-grown brands captured 58.3% of retail "
    "sales, up 6 percentage points year on year, while joint-venture brands accounted for a mere 21.4%.\n\n"
    "The share of foreign brands fell, accounting for 12.2 percent of annual sales.\n\n"
    "The combined output of the top five battery makers was 31,000 units, accounting for 81.5 percent of the total."
    "\n\nSales of Chinese brands accounted for 65.1 percent of the market in April."
)


@pytest.mark.parametrize(
    ("stated", "part"),
    [
        ("44.1%", "nev_share_of_"),
        ("58.3%", "home_grown_brand_share_of_"),
        ("6 percentage points", "home_grown_brand_share_of_"),
        ("21.4%", "joint_venture_brand_share_of_"),
        ("12.2 percent", "foreign_brand_share_of_"),
        ("81.5 percent", "top_5_battery_maker_share_of_"),
        ("65.1 percent", "chinese_brand_share_of_"),  # the group after "of", not the sales before it
    ],
)
def test_a_share_a_group_of_companies_holds_names_the_group(stated, part):
    assert _metric(GROUPS_STORY, stated).startswith(part)


def test_makers_that_sell_are_no_group_holding_a_share():
    text = "China's NEV makers sold 1 million cars last year, accounting for 30 percent of global sales."
    assert _metric(text, "30 percent") == "vehicle_sales_global_share_pct"


# --- a kind named in a later clause with its own number is that number's ----------------------------------------

LATER_KIND_STORY = (
    "Fuel-cell vehicles stayed niche. Sales rose to 1,240 units, with overall commercial vehicle sales up 8.2% to "
    "310,500 units.\n\n"
    "Output climbed too, with battery EV and plug-in hybrid EV production up 41.5% and 77% from a year earlier, "
    "respectively.\n\n"
    "The group, which had set a target of 2 million units, entered the top 10 of global car sales."
)


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("1,240", "fcv_sales"),
        ("8.2%", "commercial_vehicle_sales_yoy_pct"),
        ("310,500", "commercial_vehicle_sales"),
        ("41.5%", "bev_production_yoy_pct"),
        ("77%", "phev_production_yoy_pct"),
        ("2 million", "vehicle_sales_target"),
    ],
)
def test_a_kind_in_a_later_clause_with_its_own_figure_is_not_this_numbers(stated, metric):
    assert _metric(LATER_KIND_STORY, stated, "Lotus Peak") == metric


# --- "This represents" a growth of the level before; "Among all the X, N are public" -------------------------

REPRESENTS_STORY = (
    "The number of hydrogen stations across the province has exceeded 480 by the end of June, the bureau said.\n\n"
    "This represents a year-on-year growth of 22.6 percent, the bureau said.\n\n"
    "Among all the hydrogen stations, 310 are public and about 170 are private.\n\n"
    "Among the vehicles exported, 40,000 were used."
)


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("480", "hydrogen_stations"),
        ("22.6 percent", "hydrogen_stations_yoy_pct"),
        ("310", "public_hydrogen_stations"),
        ("170", "private_hydrogen_stations"),
    ],
)
def test_this_represents_a_growth_of_the_level_before_and_parts_said_of_all_the_things(stated, metric):
    assert _metric(REPRESENTS_STORY, stated, "Hebei") == metric


def test_vehicles_said_to_be_something_are_no_part_of_a_count():
    assert _metric(REPRESENTS_STORY, "40,000", "Hebei") == "vehicle_exports"


# --- a quantity the subject names; a show's area written onto its number ----------------------------------------

def test_a_quantity_of_a_thing_the_subject_names_and_its_growth():
    text = "The average power rating per public charging post reached 52.3 kilowatts, up 21 percent year on year."
    assert _metric(text, "52.3") == "public_charging_post_average_power_rating"
    assert _metric(text, "21 percent") == "public_charging_post_average_power_rating_yoy_pct"


def test_a_quantity_subject_does_not_take_a_count_or_a_vehicle_measure():
    assert _metric("The average sales of each dealer reached 480 kilowatts.", "480") != "dealer_average_sales"


def test_a_shows_area_written_onto_its_number_is_the_exhibition_area():
    text = "Auto Guangzhou 2025 opens on Friday with a 220,000-square-meter exhibition space and 1,100 vehicles."
    mention = _mention(text, "220,000-square-meter")
    assert mention.unit == "square_meters"
    assert _metric(text, "220,000-square-meter", "Auto Guangzhou 2025") == "exhibition_area"


# --- the year's end an article counts its stocks at; a total exceeded is a base ----------------------------------

def test_stocks_take_the_years_end_the_article_counts_them_at_before_or_after():
    text = ("BEIJING, Jan. 21 (Xinhua) -- The national grid of chargers has grown able to serve over 30 million NEVs, "
            "the administration said on Tuesday.\n\n"
            "The number of charging facilities reached 15.3 million by the end of 2025, the administration said.\n\n"
            "China has also installed 52,000 charging piles in its expressway service areas.")
    published = dt.date(2026, 1, 21)
    assert _fields(text, "30 million", published)[1] == "2025"
    assert _fields(text, "15.3 million", published)[1] == "2025"
    assert _fields(text, "52,000", published)[1] == "2025"


def test_a_total_exceeded_is_the_base_not_the_period_of_the_figures_after_it():
    text = ("Customs data showed 980,000 vehicles were exported from January to July this year, up 96 percent, "
            "exceeding last year's total. Among them, 121,000 were NEVs, up 3.1 times.")
    assert _fields(text, "121,000", dt.date(2021, 8, 20))[1] == "2021-01/2021-07"


# --- one shipment or voyage dated to the day ---------------------------------------------------------------------

def test_one_shipment_takes_the_day_its_sentence_dates_not_the_day_something_was_said():
    text = ("On Tuesday, the terminal saw 610 cars loaded onto the car carrier Blue Heron for Antwerp.\n\n"
            "Another 1,200 cars were shipped to Mexico on the ro-ro vessel Kestrel on March 2.\n\n"
            "Exports rose to 41,000 vehicles in February, the port said on Tuesday.")
    published = dt.date(2023, 3, 9)  # a Thursday
    assert _fields(text, "610", published)[1] == "2023-03-07"
    assert _fields(text, "1,200", published)[1] == "2023-03-02"
    assert _fields(text, "41,000", published)[1] == "2023-02"


def test_a_bound_another_sentence_states_exactly_is_that_figure_said_again(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = ("Lotus Peak delivered a record 9,083 vehicles in June, up 80 percent year on year.\n\n"
            "It was the first time the company delivered more than 9,000 vehicles in a single month.\n\n"
            "Lotus Peak has been delivering over 7,000 vehicles a month, and rival Osprey delivered more than "
            "9,080 vehicles in June.")
    drafted = {(p.mention.text, p.mention.start): p for p in propose_rows("901_lotus.txt", text, tmp_path)}
    bound = next(p for (stated, _), p in drafted.items() if stated == "9,000")
    assert not bound.row and "stated again" in bound.not_a_claim
    assert next(p for (stated, _), p in drafted.items() if stated == "7,000").row  # 23% away: its own figure
    osprey = next(p for (stated, _), p in drafted.items() if stated == "9,080")
    assert osprey.row and osprey.row["entity"] == "Osprey"  # another subject's


def test_a_bound_stated_twice_stays_a_figure_so_its_repeat_stays_covered(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = ("Lotus Peak delivered a record 9,083 vehicles in June.\n\n"
            "It delivered more than 9,000 vehicles in a month for the first time; more than 9,000 vehicles a month "
            "is its new normal.")
    bounds = [p for p in propose_rows("902_lotus.txt", text, tmp_path) if p.mention.text == "9,000"]
    assert bounds and bounds[0].row


# --- prices -------------------------------------------------------------------------------------------------

PRICES_STORY = (
    "The Kestrel S7 was launched on 12 March, with prices starting at 189,900 yuan.\n\n"
    "Lotus Peak also showed the Heron-X, a compact crossover priced between 120,000 to 160,000 yuan "
    "($16,560 to $22,080).\n\n"
    "Buyers pay CNY412,000 for the Model Y Performance, second only to the $6,000 Wuling Bingo.\n\n"
    "The average price of exported cars was 21,000 US dollars.\n\n"
    "Its shares closed at 88 yuan per share.\n\n"
    "The city offers a purchase subsidy of up to CNY42,000. The state subsidized CNY9,000 for each car sold."
)


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("189,900 yuan", "kestrel_s7_price_cny"),  # "starting at": the model's price, its cheapest version's
        ("120,000", "heron_x_price_cny"),
        ("160,000 yuan", "heron_x_price_cny"),
        ("$22,080", "heron_x_price_usd"),
        ("$6,000", "wuling_bingo_price_usd"),
        ("21,000 US dollars", "vehicle_exports_average_price_usd"),
        ("88 yuan", "share_price_cny"),
        ("CNY42,000", "purchase_subsidy_cny"),
        ("CNY9,000", "purchase_subsidy_cny"),
    ],
)
def test_a_price_is_the_models_and_a_share_price_the_companys(stated, metric):
    assert _metric(PRICES_STORY, stated, "Lotus Peak") == metric


def test_a_base_a_year_before_and_a_base_a_when_clause_dates():
    text = ("Lotus Peak delivered 6,516 vehicles in April, down 27.6% from April last year when the company "
            "delivered 9,002 vehicles. That is a 37.2% drop from March deliveries, when the company delivered "
            "10,378 units.\n\nPlug-in hybrids stayed popular. Sales increased to 105,103 units from 48,072 "
            "year-on-year.")
    published = dt.date(2023, 5, 2)
    assert _fields(text, "6,516", published)[1] == "2023-04"
    assert _fields(text, "9,002", published)[1] == "2022-04"
    assert _fields(text, "10,378", published)[1] == "2023-03"
    assert _fields(text, "105,103", published)[1] == "2023-04"
    assert _fields(text, "48,072", published)[1] == "2022-04"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Lotus Peak has kept between 8,000 and 9,500 deliveries in the country per month this year.", "8,000",
         "vehicle_deliveries_monthly_average"),
        ("Lotus Peak exports 4,200 vehicles a day to overseas markets.", "4,200", "vehicle_exports_daily_average"),
        ("Its new plant has a production capacity of 300,000 vehicles a year.", "300,000", "vehicle_capacity"),
        ("The city aims to produce 3 million vehicles a year by 2027.", "3 million", "vehicle_production_target"),
        ("Sales rose 20 percent to 300,000 units from a year earlier.", "300,000", "vehicle_sales"),
    ],
)
def test_a_rate_per_day_or_month_is_an_average_and_a_years_figure_its_level(text, stated, metric):
    assert _metric(text, stated, "Lotus Peak") == metric


def test_the_world_as_subject_and_a_forecast_continues_the_period_of_the_one_before():
    text = ("BEIJING - NEV sales in China are expected to reach 1.2 million this year, the association forecast.\n\n"
            "Worldwide electric car sales will hit 2.9 million and the figure for Europe is estimated to be 800,000, "
            "the association said.")
    published = dt.date(2018, 12, 7)
    assert _fields(text, "2.9 million", published) == ("World", "2018", "forecast")
    assert _fields(text, "1.2 million", published)[0] == "China"


def test_a_growth_after_a_count_of_things_is_the_counts_whatever_the_verb_measures():
    text = ("The province has built a large network for electric cars, with more than 84,000 charging poles as of "
            "June, up 41.2 percent from the same period last year.\n\n"
            "Sales of business cars dropped 4.9 percent to 273,600.\n\n"
            "Installations rose 52.1 percent to 30.5 gigawatt hours.")
    assert _metric(text, "41.2 percent", "Hubei") == "charging_poles_yoy_pct"
    assert _metric(text, "4.9 percent", "Hubei") == "commercial_vehicle_sales_yoy_pct"
    assert not _metric(text, "52.1 percent", "Hubei").startswith("gigawatt")


def test_a_part_of_a_month_is_its_days_and_a_shows_days_its_year():
    text = ("NEV retail sales in the passenger car market were 181,000 units from March 1 to 12, up 9 percent year "
            "on year.\n\nWholesale sales of NEVs were 150,000 units in the first 10 days of March.")
    published = dt.date(2025, 3, 16)
    assert _fields(text, "181,000", published)[1] == "2025-03-01/2025-03-12"
    assert _fields(text, "9 percent", published)[1] == "2025-03-01/2025-03-12"
    assert _fields(text, "150,000", published)[1] == "2025-03-01/2025-03-10"
    assert event_period("Auto Guangzhou 2023", "2023-11-17/2023-11-26") == "2023"


def test_a_range_of_days_is_a_period_the_checks_read():
    from nevreport.common.dates import format_period, period_bounds

    assert period_bounds("2025-08-01/2025-08-10") == (dt.date(2025, 8, 1), dt.date(2025, 8, 10))
    assert format_period("2025-08-01/2025-08-10") == "1-10 Aug 2025"
    with pytest.raises(ValueError, match="ends before it starts"):
        period_bounds("2025-08-10/2025-08-01")
    with pytest.raises(ValueError):
        period_bounds("2025-02-30/2025-03-02")


def test_an_estimate_of_what_happened_is_actual_and_an_expectation_a_forecast():
    text = ("Retail sales are estimated to have totaled 1.92 million units in December last year, down 4 percent.\n\n"
            "Sales are expected to reach 2.1 million in January.")
    published = dt.date(2026, 1, 9)
    assert _fields(text, "1.92 million", published)[1:] == ("2025-12", "actual")
    assert _fields(text, "2.1 million", published)[2] == "forecast"


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("The association expects the import and export of vehicles to fall 12% and 8% respectively.", "12%",
         "vehicle_imports_yoy_pct"),
        ("The association expects the import and export of vehicles to fall 12% and 8% respectively.", "8%",
         "vehicle_exports_yoy_pct"),
        ("The production and sales of alternative vehicles were 80,400 units and 79,000 units respectively.",
         "79,000", "nev_sales"),
        ("By the end of May, there were 3.1 million registered cars in the city, among which 420,000 were NEVs.",
         "3.1 million", "vehicle_ownership"),
        ("By the end of May, there were 3.1 million registered cars in the city, among which 420,000 were NEVs.",
         "420,000", "nev_ownership"),
    ],
)
def test_imports_and_exports_paired_alternative_vehicles_and_registered_cars_in_use(text, stated, metric):
    assert _metric(text, stated, "Hefei") == metric


def test_a_standfirst_of_bullet_points_is_before_the_body_and_the_body_holds_the_figure(tmp_path):
    from nevreport.curate.propose import propose_rows

    text = ("- From March 1 to 12, retail sales totaled 381,000 units, down 4 percent year-on-year.\n\n"
            "Retail sales were weak in early March.\n\n"
            "From March 1 to 12, retail sales totaled 381,000 units, down 4 percent year-on-year, the association "
            "said.\n")
    assert body_start(text) == text.index("Retail sales were weak")
    drafted = [p for p in propose_rows("903_cpca.txt", text, tmp_path) if p.mention.text == "381,000"]
    assert [bool(p.row) for p in drafted] == [False, True]  # the bullet restates the body's figure


def test_a_change_told_by_its_two_ends_dates_each_end_and_the_number_counts_the_subject():
    text = ("The province's hydrogen stations also saw rapid growth, with the number increasing from 41 at the end "
            "of last year to 63 by the end of June.\n\n"
            "From 2020 to 2023, the annual number of newly registered NEVs in the city increased from 31,000 to "
            "148,000.")
    published = dt.date(2024, 7, 20)
    assert _fields(text, "41", published)[1] == "2023"
    assert _fields(text, "63", published)[1] == "2024-06"
    assert _fields(text, "31,000", published)[1] == "2020"
    assert _fields(text, "148,000", published)[1] == "2023"
    assert _metric(text, "63", "Hebei", published) == "hydrogen_stations"


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("14,210", "nev_production"),
        ("190 percent", "nev_production_yoy_pct"),
        ("13,980", "nev_sales"),
        ("1.1 million", "vehicle_sales"),
        ("402,000", "nev_sales"),
    ],
)
def test_such_vehicles_and_of_them_are_the_kind_named_before(stated, metric):
    text = ("Carmakers now make many more pure electric and hybrid electric cars. Last month, 14,210 such vehicles "
            "rolled off production lines, 190 percent more than a year earlier, and consumers bought 13,980 of "
            "them.\n\nThe group sold 1.1 million vehicles in the period, with NEVs accounting for 402,000 of them.")
    assert _metric(text, stated, "China", dt.date(2016, 4, 12)) == metric


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        ("41,000", "vehicle_exports_mexico"),
        ("2.2 times", "vehicle_exports_mexico_yoy_times"),
        ("18.4%", "mexico_share_of_vehicle_exports"),
        ("17,000", "vehicle_exports_saudi_arabia"),
        ("9.1%", "vehicle_exports_saudi_arabia_yoy_pct"),
        ("310,000", "vehicle_exports"),
        ("26 percent", "vehicle_exports_yoy_pct"),
    ],
)
def test_exports_to_a_named_country_name_it_and_a_growth_after_a_count_of_places_is_the_exports(stated, metric):
    text = ("In the first quarter, the country exported 41,000 autos to Mexico, up 2.2 times YOY, accounting for 18.4% "
            "of the total; and 17,000 autos to Saudi Arabia, up 9.1% YOY.\n\n"
            "It exported 310,000 vehicles to more than 70 countries in May, up 26 percent, according to the General "
            "Administration of Customs.")
    assert _metric(text, stated, "China", dt.date(2023, 6, 20)) == metric


def test_an_average_price_in_a_later_clause_is_another_figures():
    text = ("In the first quarter, the country exported 96,000 automobiles, up 22.1% YOY; value totaling CNY 9.4 "
            "billion, up 17.3% YOY; and average export price at 98,000 yuan per auto, down 3.9% YOY.\n\n"
            "The average price of cars exported was 20,000 US dollars, up 11 percent from 18,000 US dollars in 2022.")
    published = dt.date(2023, 7, 12)
    assert _metric(text, "CNY 9.4 billion", "China", published) == "vehicle_exports_cny"
    assert _metric(text, "98,000 yuan", "China", published) == "vehicle_exports_average_price_cny"
    assert _metric(text, "18,000 US dollars", "China", published) == "vehicle_exports_average_price_usd"


def test_a_year_a_when_clause_follows_and_a_previous_high_compared_with():
    text = ("It marked the slowest growth since 2016 when sales increased by 3.1 percent, the association said. "
            "Lotus Peak delivered a record 1.2 million vehicles in China in 2019, up 4.4 percent from the previous "
            "high in 2018.")
    published = dt.date(2020, 1, 14)
    assert _fields(text, "3.1 percent", published)[1] == "2016"
    assert _fields(text, "4.4 percent", published)[1] == "2019"


def test_one_number_for_a_pair_of_measures_is_the_first_measures():
    text = "Vehicle output and sales will likely decrease by around three percent this year, the association said."
    assert _metric(text, "three percent", "China", dt.date(2020, 10, 23)) == "vehicle_production_yoy_pct"
    text = "Output and sales rose to 2.1 million and 2.2 million, up 4 percent and 6 percent respectively."
    assert _metric(text, "6 percent", "China", dt.date(2020, 10, 23)) == "vehicle_sales_yoy_pct"



@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Lowering costs helped Geely post a net profit of 5 billion yuan.", "5 billion yuan", "net_profit_cny"),
        ("NEV sales rose to 300,000 units on a month-on-month basis.", "300,000", "nev_sales"),
        ("Tesla sold 30,000 cars in a month for the first time.", "30,000", "vehicle_sales"),
        ("NEVs are booming. Last year, the company sold 1.1 million vehicles, and 402,000 of them were exported.",
         "1.1 million", "vehicle_sales"),
        ("China exported 500,000 vehicles in May, up 30 percent compared to April.", "500,000", "vehicle_exports"),
        ("China's largest auto import and export port handled 88,000 vehicles in May.", "88,000",
         "vehicle_throughput"),
    ],
)
def test_readings_a_review_found_wrong_stay_right(text, stated, metric):
    assert _metric(text, stated, "China", dt.date(2024, 6, 20)) == metric


def test_a_name_after_an_amount_that_is_no_model_makes_no_price():
    for text, stated in (("The startup raised a 1.5 billion yuan Series C round.", "1.5 billion yuan"),
                         ("It builds a 10 billion yuan Hefei plant.", "10 billion yuan")):
        assert "price" not in _metric(text, stated, "China", dt.date(2024, 6, 20))


def test_months_paired_respectively_are_no_entities_and_a_companys_global_figure_stays_its_own():
    text = "NEV sales reached 410,000 and 230,000 units in January and February, respectively."
    assert _fields(text, "230,000", dt.date(2024, 3, 12))[0] == "China"
    text = ("Tesla reported results on Wednesday.\n\nGlobal deliveries rose to 466,140 vehicles in the second "
            "quarter, the company said.")
    assert _fields(text, "466,140", dt.date(2024, 7, 3))[0] == "Tesla"


# --- a month "this May", a base "than they did", an estimate opening its sentence, a name's capitals ------------


@pytest.mark.parametrize(
    ("text", "stated", "published", "expected"),
    [
        # "this May" is a month, as "in May" is; "than they did last year" is the base, not the period
        ("Makers built three times more buses this May than they did last year.", "three times",
         dt.date(2015, 6, 24), ("China", "2015-05", "actual")),
        ("Makers built three times more buses this May than they did last year. Output of pure electric "
         "buses rose 300 percent to 9,900.", "9,900", dt.date(2015, 6, 24), ("China", "2015-05", "actual")),
        # an estimate for a month already over, named as its sentence opens, is that month's actual figure
        ("In January of the current year, bus sales are expected to reach 25,400 units.", "25,400",
         dt.date(2021, 2, 9), ("China", "2021-01", "forecast")),
        # ...but a forecast after a period another number holds is still the year's
        ("The maker sold 500,000 buses in 2023, and the target implies 20 percent growth.", "20 percent",
         dt.date(2024, 2, 9), ("China", "2024", "target")),
        # a known company written with other capitals is the name the data uses
        ("Xpeng delivered 15,600 vehicles in November.", "15,600", dt.date(2021, 12, 1),
         ("XPeng", "2021-11", "actual")),
    ],
)
def test_a_month_this_may_a_base_than_they_did_and_an_estimate_opening_its_sentence(text, stated, published,
                                                                                      expected):
    assert _fields(text, stated, published) == expected
