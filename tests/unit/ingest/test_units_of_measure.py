"""Units of measure written after a number ("36.9 GWh", "a 520 km range", "6,800 tonnes"): the figure keeps the
unit, the metric names the quantity, validation holds the row to the unit its quote writes, and the report
shows it. The sentences are written for these tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nevreport.common import config
from nevreport.common.numbers import format_value, stated_text
from nevreport.curate.intake import read_review, write_review
from nevreport.ingest.extract import extract_mentions
from tests.conftest import cli
from tests.unit.ingest.test_reading import _read


def _mention(text: str, stated: str):
    return next(m for m in extract_mentions(text) if m.text == stated)


@pytest.mark.parametrize(
    ("text", "stated", "measured"),
    [
        ("Installations reached 36.9 GWh in May.", "36.9", "gwh"),
        ("Output came to 23.7 gigawatt-hours.", "23.7", "gwh"),
        ("a pack of 75 kWh", "75", "kwh"),
        ("the 62 kilowatt-hour battery", "62", "kwh"),
        ("a 120-kilowatt charger", "120", "kilowatts"),
        ("capacity of 180 million kilowatts", "180 million", "kilowatts"),
        ("chargers deliver 480 kW each", "480", "kilowatts"),
        ("recycled 6,800 tonnes of cells", "6,800", "tonnes"),
        ("2.4 million metric tons of lithium", "2.4 million", "tonnes"),
        ("a range of 520 km on one charge", "520", "kilometers"),
        ("driven over 20 million kilometers", "20 million", "kilometers"),
        ("the ship is 190 meters long", "190", "meters"),
        ("ten tonnes of scrap", "ten", "tonnes"),  # a number in words too
    ],
)
def test_a_unit_of_measure_after_a_number_is_the_figures_unit_and_stays_out_of_its_text(text, stated, measured):
    mention = _mention(text, stated)
    assert (mention.measured, mention.figure_unit) == (measured, measured)
    assert mention.unit == "count"  # read as a count is: the unit changes no other reading


@pytest.mark.parametrize(
    ("text", "stated", "unit"),
    [
        ("a top speed of 180 km/h", "180", "count"),  # a speed, not a distance
        ("a hall of 30,000 square meters", "30,000 square meters", "square_meters"),
        ("a park of 12 square kilometers", "12 square kilometers", "square_kilometers"),
        ("sold 3,000 cars", "3,000", "vehicles"),
        ("a price of 31,500 euros", "31,500 euros", "eur"),
    ],
)
def test_other_units_are_read_as_before(text, stated, unit):
    mention = _mention(text, stated)
    assert mention.figure_unit == unit and mention.measured == ""


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        # words name the quantity: the name comes from them, as for a count
        ("China's power battery installations totaled 36.9 GWh in May.", "36.9", "power_battery_installed_capacity"),
        # no words name it: the unit's own quantity, or the word after the number
        ("The car has a range of 520 km.", "520", "range"),
        ("The carrier is 190 meters long, 32 meters wide and 11.5 meters deep.", "190", "vessel_length"),
        ("The carrier is 190 meters long, 32 meters wide and 11.5 meters deep.", "32", "vessel_width"),
        ("The carrier is 190 meters long, 32 meters wide and 11.5 meters deep.", "11.5", "vessel_depth"),
        ("The 205-meter-long, 36.4-meter-wide Orion Star was launched.", "36.4", "width"),
        ("The 205-meter-long, 36.4-meter-wide car carrier was launched.", "205", "vessel_length"),
        ("The new assembly hall is 420 meters long.", "420", "length"),
        ("The sedan comes with a 75 kWh battery.", "75", "battery_capacity"),
        ("The city's public chargers had a capacity of 120 kilowatts.", "120", "charging_capacity"),
        # a verb of vehicles measures no power: "deliver" is no deliveries here
        ("The new motors deliver 480 kW.", "480", "power"),
        # energy drawn in millions of kWh is charging, not a battery's size
        ("Drivers charged 6.2 million kWh a day on highways.", "6.2 million", "charging_volume"),
        ("Households used 38.6 billion kWh.", "38.6 billion", "electricity_consumption"),
    ],
)
def test_the_metric_names_the_quantity_a_unit_of_measure_gives(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_growth_of_energy_takes_the_name_of_the_energy_before_it():
    text = "Drivers charged 6.2 million kWh a day on highways, up 9.7 percent."
    assert _read(text, "9.7 percent")[0] == "charging_volume_yoy_pct"


def test_an_amount_in_euros_is_named_as_other_currencies_are():
    assert _read("Its exports rose to 2.1 billion euros in 2024.", "2.1 billion euros")[0] == "vehicle_exports_eur"


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (36.9, "gwh", "36.9 GWh"), (75, "kwh", "75 kWh"), (180e6, "kilowatts", "180 million kW"),
        (6800, "tonnes", "6,800 tonnes"), (190, "meters", "190 m"), (520, "kilometers", "520 km"),
        (12, "square_kilometers", "12 km²"), (31500, "eur", "€31,500"), (2.1e9, "eur", "€2.1 billion"),
    ],
)
def test_the_report_shows_each_unit_of_measure(value, unit, shown):
    assert format_value(value, unit) == shown
    assert stated_text(value, unit, "at_least") == f"over {shown}"


ARTICLE = """Battery maker posts record month

NINGDE, June 12 -- Harbour Energy said its power battery installations reached 4.6 GWh in May, up 38 percent
year on year. The company recycled 6,800 tonnes of used cells in the month.
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, folder)
    return folder


def test_add_drafts_the_unit_accept_takes_it_and_refuses_a_row_that_contradicts_its_quote(data: Path, tmp_path: Path):
    article = tmp_path / "901_harbour_energy_may_2025.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    ran = cli("add", str(article), "--publisher", "Example News Agency", "--title", "Battery maker posts record month",
              "--url", "https://example.com/news/harbour-energy-may", "--published", "2025-06-12",
              "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr
    review_file = data.parent / "review" / "901_harbour_energy_may_2025.csv"
    review = read_review(review_file)
    units = {row["stated"]: row["unit"] for _, row in review.rows["figure"]}
    assert units == {"4.6": "gwh", "38 percent": "percent", "6,800": "tonnes"}
    rows = [{"table": kind, **row} for kind in ("figure", "metric", "ignore") for _, row in review.rows[kind]]
    for row in rows:
        if row.get("stated") == "4.6":
            row["unit"] = "count"
    write_review(rows, review_file)
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 1
    assert "unit 'count' does not match stated '4.6', which the text marks as gwh" in ran.stderr
    assert "set unit to gwh" in ran.stderr
    for row in rows:
        if row.get("stated") == "4.6":
            row["unit"] = "gwh"
    write_review(rows, review_file)
    ran = cli("accept", str(review_file), "--data-dir", str(data))
    assert ran.returncode == 0, ran.stderr
    assert cli("coverage", "--data-dir", str(data)).returncode == 0


CHARGING = ("The total rated power of public chargers stood at about 180 million kilowatts as of May, or 41.2 "
            "kilowatts on average, the data showed. Last year the country set a plan to build 25 million chargers, "
            "with public charging capacity topping 250 million kilowatts in 2028.")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [
        # a level is the whole already ("combined" adds nothing), of one kind of thing (singular)
        ("180 million", "public_charger_rated_power"),
        # ", or 41.2 kilowatts on average": each one's
        ("41.2", "public_charger_average_rated_power"),
        # a quantity a "with" clause names, and its goal
        ("250 million", "public_charging_capacity_target"),
    ],
)
def test_a_quantity_of_things_its_average_and_a_goal_stated_in_a_unit_of_measure(stated, metric):
    assert _read(CHARGING, stated)[0] == metric


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        # batteries in GWh: the battery and the measure their clause states, never a vehicle's
        ("Zeta installed 21.4 GWh of power batteries in May.", "21.4", "power_battery_installed_capacity"),
        ("Battery output was 15.7 GWh in May.", "15.7", "power_battery_production"),
        ("Energy storage battery sales reached 4.2 GWh in May.", "4.2", "energy_storage_battery_sales"),
        ("Zeta plans to raise its battery production capacity to 650 GWh by 2027.", "650",
         "power_battery_capacity_target"),
        ("China produced 61 GWh of batteries for energy storage in May.", "61", "energy_storage_battery_production"),
        # kWh by the words right after it, before anything the sentences around it measure
        ("Users charged an average of 31 kWh per session at the new stations.", "31", "charging_volume_per_session"),
        ("The sedan uses 13.4 kWh per 100 km.", "13.4", "electricity_consumption_per_100_km"),
        ("The plant's roof has 25 megawatts of panels and a 15,000 kWh storage system.", "15,000",
         "energy_storage_capacity"),
        ("The SUV has a range of 650 kilometers and a 95 kWh battery.", "95", "battery_capacity"),
        ("The plant's solar panels generated 9 million kWh of electricity last year.", "9 million", "power_generation"),
        # speeds are no distances
        ("Its top speed is 205 km/h.", "205", "top_speed"),
        ("It can run at 110 kilometers per hour.", "110", "speed"),
        # a charger's power is charging capacity
        ("Zeta's new supercharger can deliver up to 520 kW.", "520", "charging_capacity"),
    ],
)
def test_batteries_energy_speeds_and_chargers_in_units_of_measure(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_count_takes_no_name_from_a_number_in_a_unit_of_measure():
    text = "Users charged an average of 31 kWh per session at the new stations, which number 2,400."
    assert _read(text, "2,400")[0] == "count"


def test_the_distance_a_consumption_is_measured_over_is_not_a_figure():
    from nevreport.ingest.reading import not_a_claim

    text = "The sedan uses 13.4 kWh per 100 km."
    mention = next(m for m in extract_mentions(text) if m.text == "100")
    assert "the distance a rate is measured over" in not_a_claim(text, mention)
    assert extract_mentions(text)[0].measured == "kwh"
