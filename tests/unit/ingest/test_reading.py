"""The reading of a number (nevreport.ingest.reading) on the shapes newsroom text takes beyond the development
set: goods other than vehicles, commercial vehicles, growth stated as a multiple, lists paired "respectively",
the part and the whole of a share, counts of routes, ports and countries, periods with "this year", articles
without a headline, and places and companies named in passing. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.ingest.extract import extract_mentions
from nevreport.ingest.reading import (
    Entities,
    body_start,
    not_a_claim,
    read_entity,
    read_metric,
    read_period,
    read_status,
    spans_around,
)

PUBLISHED = dt.date(2024, 8, 20)


def _read(text: str, stated: str, entity: str = "China", known: dict[str, str] | None = None,
          published: dt.date = PUBLISHED) -> tuple[str, str]:
    mention = next(m for m in extract_mentions(text) if m.text == stated)
    spans = spans_around(text, mention)
    status = read_status(text, spans)
    period = read_period(text, mention, spans, published, status)
    return read_metric(text, mention, spans, status, entity, period, known)[0], period


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        # what is counted: battery-electric cars, auto parts, batteries and solar cells, the "new three"
        ("The export value of the city's pure electric passenger cars reached 12.5 billion yuan in the first half.",
         "12.5 billion yuan", "bev_passenger_car_exports_cny"),
        ("Meanwhile, the city's auto parts exports rose 18.2 percent year on year.", "18.2 percent",
         "auto_parts_exports_yoy_pct"),
        ("Exports of lithium-ion batteries and solar cells grew 40 percent and 12 percent to 20 billion yuan and "
         "15 billion yuan, respectively.", "12 percent", "solar_cell_exports_yoy_pct"),
        ("Exports of lithium-ion batteries and solar cells grew 40 percent and 12 percent to 20 billion yuan and "
         "15 billion yuan, respectively.", "20 billion yuan", "lithium_battery_exports_cny"),
        ("Exports of electric vehicles, lithium-ion batteries and solar cells in the province rose 25 percent.",
         "25 percent", "new_three_exports_yoy_pct"),
        ('The export value of the new "three major ones" grew 30 percent in the first half.', "30 percent",
         "new_three_exports_yoy_pct"),
        ("Some 90,000 electric automobiles were exported in the first quarter.", "90,000", "nev_exports"),
        # growth stated as a multiple
        ("Exports of pure electric passenger vehicles rose 3.5 times year on year in the period.", "3.5 times",
         "bev_passenger_car_exports_yoy_times"),
        # the part and the whole of a share
        ("Pure electric passenger cars accounted for nearly 55 percent of the city's total automobile export value.",
         "55 percent", "bev_passenger_car_share_of_vehicle_exports"),
        ("New energy passenger car exports were 500,000 units, accounting for 95 percent of NEV exports.",
         "95 percent", "nev_passenger_car_share_of_nev_exports"),
        ("NEV exports were 300,000 units, accounting for 30 percent of all vehicle exports.", "30 percent",
         "nev_share_of_vehicle_exports"),
        # an association's name says nothing of what is counted
        ("Sales of new energy vehicles rose 40 percent in May. The China Association of Automobile Manufacturers "
         "said sales are likely to exceed 2 million units for the year.", "2 million", "nev_sales"),
        # counts of routes, ports and countries
        ("The port has 12 international ro-ro routes, reaching 200 ports in 90 countries and regions.", "12",
         "car_carrier_routes"),
        ("The port has 12 international ro-ro routes, reaching 200 ports in 90 countries and regions.", "200",
         "destination_ports"),
        ("The port has 12 international ro-ro routes, reaching 200 ports in 90 countries and regions.", "90",
         "destination_countries"),
        ("The city has opened 1,200 test roads for intelligent connected vehicles.", "1,200", "test_roads"),
        # an amount in dollars written with a spaced sign, and the growth of a value stated beside a count of units
        ("Some 80,000 cars were exported from the city. Their value was 9.8 billion yuan (US$ 1.4 billion), a "
         "year-on-year rise of 61.2 percent.", "US$ 1.4 billion", "vehicle_exports_usd"),
        ("Some 80,000 cars were exported from the city. Their value was 9.8 billion yuan (US$ 1.4 billion), a "
         "year-on-year rise of 61.2 percent.", "61.2 percent", "vehicle_exports_cny_yoy_pct"),
        # vehicles are counted in units too: the growth of their value keeps the currency, whatever else the
        # article counts
        ("The city's automobile exports reached 9.8 billion yuan, up 61.2 percent on a year earlier.",
         "61.2 percent", "vehicle_exports_cny_yoy_pct"),
        # a kind named with another measure does not count this one: "NEV" counts the sales, not the exports
        ("Vehicle sales may grow about 5.2 percent this year, with NEV sales rising about 18 percent and exports "
         "increasing 9.5 percent, the forecast showed.", "9.5 percent", "vehicle_exports_yoy_pct"),
        ("Vehicle sales may grow about 5.2 percent this year, with NEV sales rising about 18 percent and exports "
         "increasing 9.5 percent, the forecast showed.", "18 percent", "nev_sales_yoy_pct"),
        ("NEV output and sales both rose in May, with 900,000 units produced and 880,000 units sold.", "880,000",
         "nev_sales"),
        # a bare "sales" after "retail sales" in its sentence continues them
        ("The association expects that, if passenger car retail sales keep their pace in December, sales for the "
         "full year will fall 5.5 percent.", "5.5 percent", "passenger_car_retail_sales_yoy_pct"),
        ("NEV sales rose 30 percent in May, while passenger car retail sales grew 8 percent.", "30 percent",
         "nev_sales_yoy_pct"),
        # exports to a group of markets named by a quality, and that group's share
        ("Some 40,000 vehicles were exported to the three emerging markets, accounting for 20.5 percent of the total "
         "exports.", "40,000", "vehicle_exports_emerging_markets"),
        ("Some 40,000 vehicles were exported to the three emerging markets, accounting for 20.5 percent of the total "
         "exports.", "20.5 percent", "emerging_markets_share_of_vehicle_exports"),
        ("Some 40,000 vehicles were exported to overseas markets in May.", "40,000", "vehicle_exports"),
        # sales or deliveries in the home market
        ("Last year, the plant delivered more than 300,000 electric vehicles to the Chinese market.", "300,000",
         "nev_domestic_deliveries"),
        ("Domestic sales of NEVs reached 800,000 units in May.", "800,000", "nev_domestic_sales"),
        ("Domestic carmakers sold 800,000 NEVs in May.", "800,000", "nev_sales"),
        # the revenue of an industry of a kind is that kind's; a company's stays its own
        ("The city aims to build an industry cluster of new energy vehicles with annual revenue of over 500 billion "
         "yuan by 2027.", "500 billion yuan", "nev_revenue_target_cny"),
        ("The carmaker's revenue rose 20 percent to 100 billion yuan, as its NEV sales soared.", "100 billion yuan",
         "revenue_cny"),
        # added value, and the industry of automobiles and parts
        ("In the first quarter, the added value of automobiles and parts grew 35 percent year on year in the city.",
         "35 percent", "vehicle_and_auto_parts_added_value_yoy_pct"),
        ("The city's industrial added value of NEVs rose 20.1 percent.", "20.1 percent", "nev_added_value_yoy_pct"),
        ("The company offers value-added services to 3,000 dealers.", "3,000", "dealers"),
        # a time of something: what is made or charged, and the measure
        ("Capable of making a vehicle in less than 50 seconds, the plant runs around the clock.", "50",
         "car_production_time"),
        ("At the plant, a car rolls off the assembly line every 60 seconds.", "60", "car_production_time"),
        # a change in percentage points of a growth rate, on the period before or on a year earlier
        ("From January to October, passenger car retail sales fell 6.1 percent year on year, 1.5 percentage points "
         "slower than the decline in the first nine months.", "1.5 percentage points",
         "passenger_car_retail_sales_yoy_pct_mom_pp"),
        ("NEV exports grew 30 percent, 4 percentage points faster than a year earlier.", "4 percentage points",
         "nev_exports_yoy_pct_yoy_pp"),
        ("The penetration rate of NEVs reached 40 percent, up 5 percentage points from a year earlier.",
         "5 percentage points", "nev_share_of_new_vehicle_sales_yoy_pp"),
        # years a place has led a market, with what the market counts before or after "market"
        ("The country has been the world's largest market for electric vehicles for five consecutive years.",
         "five", "nev_largest_market_years"),
        ("China remained the world's largest NEV market for nine consecutive years, the association said.", "nine",
         "nev_largest_market_years"),
    ],
)  # fmt: skip
def test_the_metric_is_composed_from_what_the_sentence_counts(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_count_continues_a_known_series_whose_name_it_starts():
    known = {"new_product_debuts": "New products, technologies and services launched"}
    text = "About 40 new products will be shown at the auto exhibition area of the expo."
    assert _read(text, "40", "CIIE 7th", known)[0] == "new_product_debuts"
    assert _read(text, "40", "CIIE 7th", {})[0] == "new_products"


def test_countries_an_expos_exhibitors_come_from():
    text = "Nearly 50 companies from 12 countries and regions will display vehicles at the expo."
    assert _read(text, "12", "CIIE 7th")[0] == "exhibitor_countries_regions"


@pytest.mark.parametrize(
    ("text", "stated", "metric", "period"),
    [
        ("In June, China exported 400,000 vehicles, up 50 percent year-on-year but down 5 percent from 420,000 "
         "units in May.", "50 percent", "vehicle_exports_yoy_pct", "2024-06"),
        ("In June, China exported 400,000 vehicles, up 50 percent year-on-year but down 5 percent from 420,000 "
         "units in May.", "5 percent", "vehicle_exports_mom_pct", "2024-06"),
        ("In the first half, the average price of cars exported from China was 21,000 US dollars, up 8 percent "
         "from 19,000 US dollars in 2023.", "21,000 US dollars", "vehicle_exports_average_price_usd", "2024-H1"),
        ("In the first half, the average price of cars exported from China was 21,000 US dollars, up 8 percent "
         "from 19,000 US dollars in 2023.", "8 percent", "vehicle_exports_average_price_yoy_pct", "2024-H1"),
        ("The carmaker sold 600,000 vehicles in July, of which 100,000 were sold abroad, according to figures it "
         "released earlier this month.", "600,000", "vehicle_sales", "2024-07"),
        ("The association said NEV sales are likely to exceed 11 million units for the year.", "11 million",
         "nev_sales", "2024"),
        ("In July, commercial vehicle exports rose 20 percent year on year to 80,000 units.", "80,000",
         "commercial_vehicle_exports", "2024-07"),
    ],
)  # fmt: skip
def test_what_a_change_is_measured_against_and_when_something_was_said_are_not_the_period(
        text, stated, metric, period):
    assert _read(text, stated) == (metric, period)


def test_a_year_after_compared_with_the_is_the_base_not_the_period():
    text = "Vehicle sales rose 4.5 percent compared with the 2023 level to top 31 million units last year."
    assert _read(text, "4.5 percent", published=dt.date(2025, 1, 13)) == ("vehicle_sales_yoy_pct", "2024")


def test_the_exhibition_hall_is_the_expo_named_before():
    text = ("Carmakers will bring new models to the seventh CIIE.\n\nThis year, the automobile exhibition hall "
            "has over 30,000 square meters.")
    mention = next(m for m in extract_mentions(text) if m.text == "30,000 square meters")
    entities = Entities(["China"])
    assert read_entity(text, spans_around(text, mention), entities, "China") == "CIIE 7th"


@pytest.mark.parametrize(
    ("text", "stated", "period"),
    [
        ("From January to July this year, the city's vehicle output totaled 900,000 units.", "900,000",
         "2024-01/2024-07"),
        ("Between January and May last year, exports rose 20 percent.", "20 percent", "2023-01/2023-05"),
        ("Sales rose 10 percent in March this year.", "10 percent", "2024-03"),
    ],
)  # fmt: skip
def test_a_month_or_range_takes_the_year_this_year_or_last_year_names(text, stated, period):
    assert _read(text, stated)[1] == period


def test_an_article_without_a_headline_reads_its_first_paragraph_as_the_lead():
    text = ("China's output of new energy vehicles kept growing quickly in the first half of this year, industry "
            "data showed on Wednesday.\n\nDuring the period, NEV output reached 4.9 million units.")
    assert body_start(text) == 0
    assert _read(text, "4.9 million", published=dt.date(2024, 7, 10))[1] == "2024-H1"
    headed = "NEV output grows in first half\n\n" + text
    assert body_start(headed) == len("NEV output grows in first half\n")


@pytest.mark.parametrize(
    ("text", "stated", "entity"),
    [
        ("From January to May, exports of electric vehicles in Wuxi city, east China's Jiangsu Province surged "
         "25 percent.", "25 percent", "Wuxi"),
        ("Jiangsu is a big exporter. According to customs in Nanjing, capital of Jiangsu, exports of batteries in "
         "the province grew 30 percent.", "30 percent", "Jiangsu"),
        ("In Rizhao city, Green Cell Technology Inc. makes batteries. The company has stores in over 80 countries, "
         "including Mexico and Brazil.", "80", "Green Cell Technology"),
        ("BYD sold 300,000 cars in July. Its factory in Hungary, the first in Europe, will make 150,000 cars a "
         "year.", "150,000", "BYD"),
    ],
)  # fmt: skip
def test_the_entity_is_the_place_or_company_the_sentence_is_about(text, stated, entity):
    mention = next(m for m in extract_mentions(text) if m.text == stated)
    entities = Entities(["China", "BYD"])
    assert read_entity(text, spans_around(text, mention), entities, entities.main_subject(text)) == entity


def test_a_number_inside_a_quoted_name_is_not_a_claim():
    text = 'Today the new "three major ones" drive exports.'
    mention = next(m for m in extract_mentions(text) if m.text == "three")
    assert "part of a name" in not_a_claim(text, mention)
    plain = "Exports of the three products grew."
    assert not_a_claim(plain, next(m for m in extract_mentions(plain) if m.text == "three")) == ""


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        # sales abroad, cars built abroad included, are overseas sales; what is shipped abroad is exported
        ("The carmaker sold 90,000 vehicles overseas last year, up 30 percent.", "90,000", "vehicle_overseas_sales"),
        ("The group plans to sell 600,000 vehicles abroad in 2025.", "600,000", "vehicle_overseas_sales_target"),
        ("Its overseas sales reached 45,000 units in June.", "45,000", "vehicle_overseas_sales"),
        ("In May, the group exported and sold 52,000 cars.", "52,000", "vehicle_overseas_sales"),
        ("The automaker shipped 8,000 vehicles abroad in March.", "8,000", "vehicle_exports"),
        ("Some 20,000 cars were exported last month.", "20,000", "vehicle_exports"),
        # new registrations and production capacity are measures of their own
        ("The city kept up its growth in electric cars, with 40,000 new NEVs registered last year.", "40,000",
         "nev_registrations"),
        ("The new plant will have an annual capacity of 150,000 vehicles.", "150,000", "vehicle_capacity"),
        # a count of anything else: the counted noun phrase with its modifiers
        ("The group runs two design studios and five vehicle assembly plants in Europe.", "five",
         "vehicle_assembly_plants"),
        ("The carmaker now has four R&D centers overseas.", "four", "overseas_rd_centers"),
        ("The shipping arm will add a total of 8 car carriers by 2027.", "8", "car_carriers"),
        ("The brand will launch 10 new energy vehicle (NEV) models in Europe next year.", "10", "nev_models"),
    ],
)  # fmt: skip
def test_the_metric_follows_the_naming_rule_of_the_data_dictionary(text, stated, metric):
    assert _read(text, stated)[0] == metric


@pytest.mark.parametrize(
    ("text", "stated", "metric", "period"),
    [
        # the vehicles in use: a stock, its part, and its change on a year earlier
        ("The number of private cars in the city kept rising, reaching 3.2 million in 2023, a year-on-year "
         "increase of 150,000, the bureau said.", "3.2 million", "private_vehicle_ownership", "2023"),
        ("The number of private cars in the city kept rising, reaching 3.2 million in 2023, a year-on-year "
         "increase of 150,000, the bureau said.", "150,000", "private_vehicle_ownership_yoy_change", "2023"),
        ("The city had 3.2 million private cars in 2023. Of them, 500,000 of the cars are NEVs, up 35 percent "
         "on the year before.", "500,000", "private_nev_ownership", "2023"),
        ("The city had 3.2 million private cars in 2023. Of them, 500,000 of the cars are NEVs, up 35 percent "
         "on the year before.", "35 percent", "private_nev_ownership_yoy_pct", "2023"),
        # "with both production and sales exceeding ...": the first of the pair
        ("The industry had a record year, with both production and sales exceeding 28 million units in 2023.",
         "28 million", "vehicle_production", "2023"),
        # a running total
        ("By the end of May this year, the country's NEV output had exceeded 25 million units.", "25 million",
         "nev_production_cumulative", "2024-05"),
    ],
)  # fmt: skip
def test_stocks_running_totals_and_absolute_changes(text, stated, metric, period):
    assert _read(text, stated) == (metric, period)


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        # areas and lengths: what is measured and the kind of its unit
        ("The carmaker will build a stand with about 800 square meters of exhibition space.",
         "800 square meters", "stand_area"),
        ("Their test mileage now tops 20 million kilometers.", "20 million", "test_mileage"),
        ("The city's 1,200 test roads have a total length of 900 kilometers.", "900", "test_road_length"),
        # places counted by what stands in them; lots of goods counted, and their growth
        ("The company has retail stores in over 60 countries and regions.", "60", "retail_store_countries"),
        ("In May, customs handled 900 batches of lithium-ion batteries for export, up 20 percent year on year.",
         "900", "lithium_battery_export_batches"),
        ("In May, customs handled 900 batches of lithium-ion batteries for export, up 20 percent year on year.",
         "20 percent", "lithium_battery_export_batches_yoy_pct"),
        # goods of all kinds; the growth of a value stated beside a count of units
        ("In the first half, exports of the company's products including batteries exceeded 200 million yuan.",
         "200 million yuan", "exports_cny"),
        ("In May, 90,000 electric cars were exported, with a value of 15 billion yuan, up 20 percent and 30 "
         "percent, respectively, on a year earlier.", "30 percent", "nev_exports_cny_yoy_pct"),
        ("In May, 90,000 electric cars were exported, with a value of 15 billion yuan, up 20 percent and 30 "
         "percent, respectively, on a year earlier.", "20 percent", "nev_exports_yoy_pct"),
        ("Exports of electric cars grew 50 percent to reach 4 billion yuan.", "50 percent", "nev_exports_cny_yoy_pct"),
    ],
)  # fmt: skip
def test_areas_lengths_places_lots_and_values(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_the_place_of_the_things_counted_is_not_the_entity():
    text = "The group has two design studios and five assembly plants in Hungary, Brazil and Thailand."
    mention = next(m for m in extract_mentions(text) if m.text == "five")
    entities = Entities(["China", "BYD"])
    assert read_entity(text, spans_around(text, mention), entities, "BYD") == "BYD"


@pytest.mark.parametrize(
    ("text", "stated", "metric", "period", "published"),
    [
        # whose share: sales abroad, private buyers of the cars the figure before counted
        ("In May the carmaker sold 400,000 vehicles; 60,000 of them were sold overseas, making up 15 percent of "
         "its sales.", "15 percent", "overseas_share_of_vehicle_sales", "2024-05", PUBLISHED),
        ("The city sold 20,000 NEVs in the first half. About 70 percent of the cars were bought by private owners.",
         "70 percent", "private_share_of_nev_sales", "2024-H1", PUBLISHED),
        # periods: the next few years, a goal set against last year, a share "by the end of" a month
        ("The brand will launch 10 new energy vehicle models over the next three years.", "10", "nev_models",
         "2024/2026", PUBLISHED),
        ("The carmaker sold 500,000 cars abroad in 2023, and the target implies 20 percent growth.", "20 percent",
         "vehicle_overseas_sales_target_yoy_pct", "2024", dt.date(2024, 2, 10)),
        ("The market share of NEVs reached 40 percent by the end of June.", "40 percent",
         "nev_share_of_new_vehicle_sales", "2024-H1", dt.date(2024, 7, 10)),
    ],
)  # fmt: skip
def test_shares_of_a_part_and_periods_of_outlooks(text, stated, metric, period, published):
    assert _read(text, stated, published=published) == (metric, period)


def test_a_series_the_data_has_is_continued_in_the_words_newsrooms_use():
    known = {"autonomous_test_vehicles": "Autonomous vehicles in road tests",
             "autonomous_testing_companies": "Companies testing autonomous vehicles"}
    text = ("The city backs intelligent connected vehicles. Road test licences have gone to 500 vehicles of 30 "
            "companies. Some 800 test roads are open to intelligent connected vehicles.")
    assert _read(text, "500", known=known)[0] == "autonomous_test_vehicles"
    assert _read(text, "30", known=known)[0] == "autonomous_testing_companies"
    assert _read(text, "800", known=known)[0] == "test_roads"


def test_a_company_is_known_by_its_short_name():
    text = ("General Motors (GM) will bring 12 models to the expo.\n\n"
            "GM will build a stand with about 900 square meters.")
    mention = next(m for m in extract_mentions(text) if m.text == "900 square meters")
    entities = Entities(["China"])
    assert read_entity(text, spans_around(text, mention), entities, "China") == "General Motors"
    assert _read(text, "900 square meters")[0] == "stand_area"
