"""Weekly releases told as daily averages, retail stories, a story's export market carried to the sentences after it,
shares told as "equivalent to", the economy beside the car market, and a figure compared with a later one. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_weekly_release_tells_daily_averages_and_their_changes(tmp_path: Path):
    text = ("Car market eases\n\nFrom March 1 to 16, retail sales of passenger cars came to 702,000 units, down 12% "
            "from a year earlier and a 21% slide from the previous month.\n\n"
            "Daily retail sales averaged 41,000 units in the first week, falling 15% year-on-year and 24% "
            "month-on-month. In the second week, daily sales climbed to 47,000 units, trimming the annual decline "
            "to 9% and the monthly drop to 18%.\n\n"
            "From March 1 to 16, carmakers wholesaled 768,000 passenger cars, down 10%. Makers averaged 45,000 "
            "units a day in week one, a 13% annual drop and a 20% monthly decline.\n")
    rows = _rows(tmp_path, text, published="2025-03-19")
    assert rows["21%"]["metric"] == "passenger_car_retail_sales_mom_pct"
    assert rows["41,000"]["metric"] == "passenger_car_retail_sales_daily_average"
    assert rows["15%"]["metric"] == "passenger_car_retail_sales_daily_average_yoy_pct"
    assert rows["24%"]["metric"] == "passenger_car_retail_sales_daily_average_mom_pct"
    # "daily sales" in a paragraph on retail sales are retail ones; the changes after them are the average's
    assert rows["47,000"]["metric"] == "passenger_car_retail_sales_daily_average"
    assert rows["9%"]["metric"] == "passenger_car_retail_sales_daily_average_yoy_pct"
    assert rows["18%"]["metric"] == "passenger_car_retail_sales_daily_average_mom_pct"
    # what carmakers "wholesaled" are their sales, over the days the sentence names
    assert (rows["768,000"]["metric"], rows["768,000"]["period"]) == ("passenger_car_sales", "2025-03-01/2025-03-16")
    assert rows["45,000"]["metric"] == "passenger_car_sales_daily_average"
    assert rows["13%"]["metric"] == "passenger_car_sales_daily_average_yoy_pct"
    assert rows["20%"]["metric"] == "passenger_car_sales_daily_average_mom_pct"


def test_a_growth_that_names_its_own_measure_is_not_the_averages(tmp_path: Path):
    text = "Zeta half\n\nZeta sold an average of 6,100 cars per day from January to June, a 7.5% rise in sales.\n"
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert rows["6,100"]["metric"] == "vehicle_sales_daily_average"
    assert rows["7.5%"]["metric"] == "vehicle_sales_yoy_pct"


def test_a_story_on_retail_sales_goes_on_with_them_and_names_the_cars_retailed(tmp_path: Path):
    text = ("Retail sales of passenger cars in China fell 6% year-on-year to 2.1 million units in October, the "
            "passenger car association said.\n\n"
            "Demand had been strong a year earlier, after sales rose by 11% in October last year. Economic growth "
            "was soft: GDP growth slowed to 4.6% in the third quarter.\n\n"
            "Internal combustion engine (ICE) car sales dropped 19% to 900,000, while NEV sales gained 6% to "
            "1.2 million units, or 57% of total sales.\n\n"
            "In the first ten months, sales of NEVs came to 10.1 million units, equivalent to 52% of passenger car "
            "retail sales.\n")
    rows = _rows(tmp_path, text, published="2025-11-10")
    assert (rows["11%"]["metric"], rows["11%"]["period"]) == ("passenger_car_retail_sales_yoy_pct", "2024-10")
    assert (rows["4.6%"]["metric"], rows["4.6%"]["period"]) == ("gdp_yoy_pct", "2025-Q3")
    # neither the economy's quarter nor the year before dates the paragraph after them
    assert (rows["900,000"]["metric"], rows["900,000"]["period"]) == (
        "gasoline_powered_passenger_car_retail_sales", "2025-10")
    assert (rows["1.2 million"]["metric"], rows["1.2 million"]["period"]) == (
        "nev_passenger_car_retail_sales", "2025-10")
    assert rows["57%"]["metric"] == "nev_share_of_passenger_car_retail_sales"
    assert rows["52%"]["metric"] == "nev_share_of_passenger_car_retail_sales"


def test_a_story_with_wholesale_figures_keeps_plain_sales(tmp_path: Path):
    text = ("Retail sales of passenger cars fell 6% to 2.1 million units in October. Wholesale volumes held up.\n\n"
            "Sales of NEVs gained 6% to 1.2 million units.\n")
    rows = _rows(tmp_path, text, published="2025-11-10")
    assert rows["1.2 million"]["metric"] == "nev_sales"


def test_the_market_exports_went_to_goes_on_in_the_sentences_after(tmp_path: Path):
    text = ("Exports to Orlandia slow\n\nCar exports to Chile fell 31 percent in January from a year earlier to "
            "41,000 units.\n\nThat follows 2023, when exports tripled to 600,000 units. In 2024 there was a 22 "
            "percent rise to 732,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-02-20")
    for stated in ("600,000", "732,000"):
        assert (rows[stated]["entity"], rows[stated]["metric"]) == ("China", "vehicle_exports_chile")
    assert rows["22 percent"]["metric"] == "vehicle_exports_chile_yoy_pct"


def test_a_market_ranked_after_the_first_and_total_exports_are_told_apart(tmp_path: Path):
    text = ("China's car exports hit a record\n\nChina shipped 7.9 million vehicles in 2025. Exports to Chile rose "
            "to 512,000 units. Peru ranked second with 488,000 units.\n\nTotal exports climbed 22% year on year, "
            "while NEV exports surged 64% to 3.1 million units, far outpacing the 11% growth recorded in 2024.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert (rows["488,000"]["entity"], rows["488,000"]["metric"]) == ("China", "vehicle_exports_peru")
    assert (rows["22%"]["entity"], rows["22%"]["metric"]) == ("China", "vehicle_exports_yoy_pct")
    # the year after the later, compared growth is that growth's, not the figures before it
    assert (rows["64%"]["metric"], rows["64%"]["period"]) == ("nev_exports_yoy_pct", "2025")
    assert (rows["3.1 million"]["entity"], rows["3.1 million"]["period"]) == ("China", "2025")
    assert rows["11%"]["period"] == "2024"


def test_exports_to_several_markets_carry_none_of_them(tmp_path: Path):
    text = ("Exports in the quarter\n\nExports to Chile, Peru and Brazil grew strongly, the association said.\n\n"
            "In March alone, the country shipped 402,000 vehicles overseas.\n")
    rows = _rows(tmp_path, text, published="2025-04-12")
    assert rows["402,000"]["metric"] == "vehicle_exports"


def test_a_class_share_of_exports_and_a_share_told_as_marketshare(tmp_path: Path):
    text = ("Exports so far\n\nIn the first nine months, 1.5 million NEVs were exported, marking a 33% marketshare "
            "of the total, which is 41% more than the figure a year ago.\n\nPassenger cars went abroad in the "
            "largest numbers, 3.9 million units. Passenger cars therefore account for 83% of exports.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert rows["33%"]["metric"] == "nev_share_of_vehicle_exports"
    assert (rows["41%"]["metric"], rows["41%"]["period"]) == ("nev_exports_yoy_pct", "2025-01/2025-09")
    assert rows["83%"]["metric"] == "passenger_car_share_of_vehicle_exports"


def test_the_passenger_car_association_cited_for_all_vehicles_keeps_them(tmp_path: Path):
    text = ("Exports\n\nChina Passenger Car Association (CPCA) data show that China's auto "
            "exports reached 7.9 million units last year, a 26% rise.\n\nDecember alone saw 910,000 units shipped "
            "overseas.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert [rows[s]["metric"] for s in ("7.9 million", "26%", "910,000")] == [
        "vehicle_exports", "vehicle_exports_yoy_pct", "vehicle_exports"]
    text = ("CPCA July\n\nPassenger car production jumped 11 percent to 2.1 million units last month, the China "
            "Passenger Car Association said. Exports rose 22 percent to 460,000.\n")
    rows = _rows(tmp_path / "cars", text, published="2025-08-11")
    assert rows["460,000"]["metric"] == "passenger_car_exports"  # the association's own count: passenger cars
