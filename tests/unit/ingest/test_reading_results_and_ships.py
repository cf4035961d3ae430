"""Monthly records and previews of a year's results, analysts' estimates and guidance, a kind's part of a level just
told, and car carriers: their size, decks and spaces, named for the yard that built them. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_record_beaten_and_a_bar_passed_again_date_no_figure(tmp_path: Path):
    text = ("Record sales in May\n\nPassenger car retail sales grew over 12 percent for the second "
            "time this year, up 13.4 percent to 1.91 million, beating the 1.79 million record set in March 2021. "
            "Wholesale volumes climbed 8.7 percent to 2.31 million units.\n")
    rows = _rows(tmp_path, text, published="2025-06-10")
    assert "12 percent" not in rows  # a bar passed again
    assert [rows[s]["period"] for s in ("13.4 percent", "1.91 million", "8.7 percent", "2.31 million")] == [
        "2025-05"] * 4
    assert rows["1.79 million"]["period"] == "2021-03"  # the record's own date


def test_a_preview_of_a_year_over_and_the_year_before(tmp_path: Path):
    text = ("Zeta Auto returns to profit\n\n(Yicai) Jan. 20 -- The carmaker expects net income of "
            "between CNY2.9 billion and CNY3.4 billion for the twelve months ended December 31, against a net loss "
            "of CNY1.62 billion (USD223 million) the year before.\n")
    rows = _rows(tmp_path, text, published="2025-01-20")
    assert [(rows[s]["period"], rows[s]["status"]) for s in ("CNY2.9 billion", "CNY3.4 billion")] == [
        ("2024", "actual")] * 2
    assert [rows[s]["period"] for s in ("CNY1.62 billion", "USD223 million")] == ["2023", "2023"]


def test_analysts_estimates_and_guidance_are_of_the_quarter_reported(tmp_path: Path):
    text = ("Orion's first quarter\n\nOrion's revenue for the first quarter came to RMB 9.78 billion, short of the "
            "RMB 10.2 billion forecast by analysts in a poll and under its guidance of RMB 10.3 billion to RMB 10.6 "
            "billion.\n\nVehicle sales in the quarter came to RMB 8.05 billion, up 11.7 percent year on year.\n")
    rows = _rows(tmp_path, text, published="2025-06-03")
    for stated in ("RMB 10.2 billion", "RMB 10.3 billion", "RMB 10.6 billion"):
        # (of the quarter reported, and what was expected of it, though the quarter was over when the article
        # came out)
        assert (rows[stated]["metric"], rows[stated]["period"], rows[stated]["status"]) == (
            "revenue_cny", "2025-Q1", "forecast")
    assert rows["RMB 8.05 billion"]["metric"] == "vehicle_revenue_cny"  # a carmaker's takings for its cars
    assert rows["11.7 percent"]["metric"] == "vehicle_revenue_yoy_pct"


def test_a_kinds_part_of_the_level_just_told(tmp_path: Path):
    text = ("Exports by maker\n\nZeta ranked fifth with 139,600 units exported. Just 52.7% of those were "
            "pure electric cars; plug-in hybrids made up the remainder.\n")
    rows = _rows(tmp_path, text, published="2025-06-09")
    assert rows["52.7%"]["metric"] == "bev_share_of_vehicle_exports"


def test_a_car_carriers_size_and_spaces_are_the_yards_or_the_named_ships(tmp_path: Path):
    text = ("A bigger car carrier\n\nThe ship, built by Nanhai Shipyard International Company Limited, is capable "
            "of carrying 9,800 cars. It measures 221 meters (approximately 725 feet) in length, 39 meters (over 128 "
            "feet) in beam, with a draft of 10.2 meters. The vessel's deck area of around 68,000 "
            "square metres (732,000 square feet) is roughly equivalent to 10 standard football fields.\n\n"
            "Two sister ships both had a capacity of 8,400 vehicle spaces.\n\nThe cargo ship Zeta Harbin was "
            "delivered last week. The Zeta Harbin measures 199.5 meters in length, 37 meters in beam.\n")
    rows = _rows(tmp_path, text, published="2025-03-25")
    yard = "Nanhai Shipyard"
    assert (rows["9,800"]["entity"], rows["9,800"]["metric"]) == (yard, "vehicle_carrying_capacity")
    assert [(rows[s]["entity"], rows[s]["metric"]) for s in ("221", "39", "10.2")] == [
        (yard, "vessel_length"), (yard, "vessel_width"), (yard, "vessel_draft")]
    assert not {"725", "128", "732,000", "10"} & set(rows)  # the same size in feet, and a comparison
    assert (rows["68,000 square metres"]["entity"], rows["68,000 square metres"]["metric"]) == (yard, "deck_area")
    assert rows["8,400"]["metric"] == "vehicle_carrying_capacity"
    assert [rows[s]["metric"] for s in ("199.5", "37")] == ["vessel_length", "vessel_width"]  # a named ship's size


def test_battery_makers_shares_of_the_countrys_installations_and_the_leading_few(tmp_path: Path):
    text = ("Battery installations in the first half\n\nIn the first six months of this year, the combined "
            "capacity of traction batteries fitted in China came to 268.3 GWh, China's Automotive Battery Innovation "
            "Alliance said.\n\nThe ten biggest manufacturers held 91.4 per cent of the market between them. "
            "With second-placed Lumen, the two companies hold 64.9 per cent of the market.\n\n"
            "CATL held 41.8 per cent of the market, 2.6 percentage points less than a year earlier. BYD's market "
            "share also shrank, dropping 1.4 percentage points to 12.6 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-07-15")
    assert rows["268.3"]["metric"] == "power_battery_installed_capacity"  # the alliance counts installations
    national = "power_battery_installed_capacity_national_share_pct"
    assert [(rows[s]["entity"], rows[s]["metric"]) for s in ("41.8 per cent", "12.6 per cent")] == [
        ("CATL", national), ("BYD", national)]
    assert rows["1.4 percentage points"]["metric"] == f"{national}_yoy_pp"
    assert rows["91.4 per cent"]["metric"] == "top_10_battery_maker_share_of_power_battery_installed_capacity"
    assert rows["64.9 per cent"]["metric"] == "top_2_battery_maker_share_of_power_battery_installed_capacity"


def test_passenger_cars_and_pickups_together_are_all_its_vehicles(tmp_path: Path):
    text = ("Overseas sales\n\nIn January, Zeta's overseas sales came to 76,500 passenger cars and pickup trucks, "
            "up 38.6 percent year on year.\n")
    rows = _rows(tmp_path, text, published="2026-02-03")
    assert rows["76,500"]["metric"] == "vehicle_overseas_sales"
    assert rows["38.6 percent"]["metric"] == "vehicle_overseas_sales_yoy_pct"


def test_a_quarter_worked_out_from_another_and_an_estimate_the_sentence_before_missed(tmp_path: Path):
    text = ("Zeta's first half\n\nSecond-quarter net profit came to 4.73 billion yuan, given its net profit of "
            "7.66 billion yuan in Q1, a newspaper calculated. That fell short of the average forecast of "
            "8.91 billion yuan. Quarterly revenue came to 176.3 billion yuan.\n\nNet profit excluding "
            "non-recurring items came to 1.82 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-08-29")
    estimate = rows["8.91 billion yuan"]
    # (what analysts expected of the quarter before it ended keeps its status: data/DICTIONARY.md, "status")
    assert (estimate["metric"], estimate["period"], estimate["status"]) == ("net_profit_cny", "2025-Q2", "forecast")
    assert rows["176.3 billion yuan"]["period"] == "2025-Q2"  # not the quarter it was worked out from
    assert rows["1.82 billion yuan"]["metric"] == "recurring_net_profit_cny"


def test_each_brand_a_maker_delivers_under_and_its_namesake_brand(tmp_path: Path):
    text = ("Zeta's December\n\nIn December 2025, Zeta delivered an all-time monthly high of 41,200 vehicles, "
            "including 27,300 under its Zeta brand, 8,100 under its family-oriented Lark brand and 5,800 under its "
            "Wren line.\n\nZeta's namesake brand delivered 151,400 vehicles in 2025.\n")
    rows = _rows(tmp_path, text, published="2026-01-02")
    assert [rows[s]["metric"] for s in ("27,300", "8,100", "5,800", "151,400")] == [
        "zeta_brand_deliveries", "lark_deliveries", "wren_deliveries", "zeta_brand_deliveries"]


def test_a_plants_people_its_pace_and_the_jobs_a_project_brings(tmp_path: Path):
    text = ("A plant in the south\n\nBy early March, about 42,000 people were employed at Zeta's Nanxi branch. Every "
            "57 seconds, a completed Zeta car rolls off the assembly line.\n\nThe project is expected to generate "
            "more than 12,000 direct and indirect jobs.\n")
    rows = _rows(tmp_path, text, published="2025-03-20")
    assert rows["42,000"]["metric"] == "employees"
    assert rows["57"]["metric"] == "car_production_time"
    assert rows["12,000"]["metric"] == "direct_and_indirect_jobs"


def test_a_global_figure_is_the_worlds(tmp_path: Path):
    text = ("The world's EV market\n\nGlobal sales of NEVs set a fresh high from January to June 2025, topping "
            "8.3 million units. Over 16 million electric cars were sold across the globe in 2024. China's NEV sales "
            "were 67 percent of the global total.\n")
    rows = _rows(tmp_path, text, published="2025-10-13")
    assert [rows[s]["entity"] for s in ("8.3 million", "16 million", "67 percent")] == ["World", "World", "China"]


def test_the_ends_of_a_guidance_range_are_figures_of_their_own(tmp_path: Path):
    text = ("Zeta's third quarter\n\nZeta handed over 52,310 vehicles in the third quarter, within its guidance range "
            "of 51,000 to 54,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    # (a forecast of the quarter, though it is over; no end of the range is the exact figure said again)
    assert [(rows[s]["period"], rows[s]["qualifier"], rows[s]["status"]) for s in ("51,000", "54,000")] == [
        ("2025-Q3", "at_least", "forecast"), ("2025-Q3", "at_most", "forecast")]
