"""A weekly story of insurance registrations, a brand that bears its company's name, a buyer's imports from China, a
quarter's energy charged, a dealers' survey, changes written "quarter - on - quarter", items of the accounts, the
quarter a guidance is for, motor shows abroad and their halls, a target cut by a rate, the value of exports and the
batteries a country exported, a part of the installations, a share's trading day and a market share after the
profit. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows

INSURED = ("Electric car registrations, W31: Korvi on top\n\n"
           "Our weekly figures come from insurance registration data.\n\n"
           "Xpeng's sales were 4% lower than the week before.\n\n"
           "Li Auto counted 9,400 insurance registrations, 8.05% more than the 8,700 of the week before, and a "
           "42.42% increase from 6,600 the previous year. Between July 7 and August 3, Li Auto registered 37,800 "
           "vehicles in China.\n")


def test_a_story_of_insurance_registrations_names_each_count_so(tmp_path: Path) -> None:
    rows = _rows(tmp_path, INSURED, published="2025-08-05")
    assert rows["9,400"]["metric"] == "nev_insurance_registrations"  # of the kind the headline counts
    assert rows["8.05%"]["metric"] == "nev_insurance_registrations_wow_pct"
    assert rows["4%"]["metric"] == "nev_insurance_registrations_wow_pct"  # a week's sales
    # "a 42.42% increase from 6,600 the previous year": on the year, not the week
    assert rows["42.42%"]["metric"] == "nev_insurance_registrations_yoy_pct"
    assert rows["37,800"]["metric"] == "nev_insurance_registrations"  # no "_china": the count is China's


def test_a_story_that_names_no_insurance_keeps_its_registrations(tmp_path: Path) -> None:
    text = INSURED.replace("Our weekly figures come from insurance registration data.\n\n", "").replace(
        "insurance registrations", "registrations")
    rows = _rows(tmp_path, text, published="2025-08-05")
    assert "insurance" not in rows["9,400"]["metric"]


def test_a_brand_of_its_companys_name_is_named_brand(tmp_path: Path) -> None:
    text = ("NIO in November\n\nNIO handed over 40,100 vehicles in November 2025, including 25,300 under its NIO "
            "brand and 9,900 under its Onvo brand.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert (rows["25,300"]["entity"], rows["25,300"]["metric"]) == ("NIO", "nio_brand_deliveries")
    assert rows["9,900"]["metric"] == "onvo_deliveries"  # another brand keeps its own name


def test_a_buyers_imports_from_china_are_the_buyers(tmp_path: Path) -> None:
    text = ("Chinese cars in Chile\n\nChinese car imports to Chile jumped to US$218 million in March, more than "
            "6 times the figure of a year before.\n")
    rows = _rows(tmp_path, text, published="2025-04-09")
    assert (rows["US$218 million"]["entity"], rows["US$218 million"]["metric"]) == (
        "Chile", "vehicle_imports_china_usd")
    assert rows["6 times"]["entity"] == "Chile"
    assert "_china" in rows["6 times"]["metric"]


def test_millions_of_kilowatt_hours_of_charging_capacity_are_energy_charged(tmp_path: Path) -> None:
    text = ("Charging in Northvale\n\nNorthvale's EV charging capacity came to 480 million kilowatt-hours in "
            "the second quarter, a 14 percent rise from a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-07-15")
    assert rows["480 million"]["metric"] == "charging_volume"
    assert rows["14 percent"]["metric"] == "charging_volume_yoy_pct"


DEALERS = ("Dealers in the red\n\nA dealers' association survey of the first half of 2025 found that the share of "
           "loss-making dealers widened to 48.1%, the share breaking even was 20.4%, and the share making a "
           "profit was 31.5%.\n\nFor new energy vehicle brand dealers, 44.2% are profitable, 21.0% are breaking "
           "even, and 34.8% are operating at a loss.\n")


def test_a_dealers_survey_gives_the_share_of_dealers_in_each_state(tmp_path: Path) -> None:
    rows = _rows(tmp_path, DEALERS, published="2025-08-12")
    assert [rows[s]["metric"] for s in ("48.1%", "20.4%", "31.5%")] == [
        "loss_making_dealer_share_of_dealers", "breaking_even_dealer_share_of_dealers",
        "profitable_dealer_share_of_dealers"]
    assert [rows[s]["metric"] for s in ("44.2%", "21.0%", "34.8%")] == [
        "profitable_dealer_share_of_nev_brand_dealers", "breaking_even_dealer_share_of_nev_brand_dealers",
        "loss_making_dealer_share_of_nev_brand_dealers"]


def test_changes_written_with_spaced_hyphens_and_items_of_the_accounts(tmp_path: Path) -> None:
    text = ("NIO's third quarter\n\nNIO posted third-quarter revenue of 19.6 billion yuan, up 11.2% year - on - "
            "year and 9.8% quarter - on - quarter. Other losses came to 72 million yuan, while other income "
            "rose to 240 million yuan.\n")
    rows = _rows(tmp_path, text, published="2025-11-26")
    assert rows["11.2%"]["metric"] == "revenue_yoy_pct"
    assert rows["9.8%"]["metric"] == "revenue_qoq_pct"
    assert rows["72 million yuan"]["metric"] == "other_losses_cny"  # not the net loss
    assert rows["240 million yuan"]["metric"] == "other_income_cny"


def test_a_guidance_is_for_the_quarter_it_names(tmp_path: Path) -> None:
    text = ("Li Auto trims its outlook\n\nLi Auto pared back its second-quarter delivery guidance, once a range "
            "of 101,000 to 112,000 vehicles, to 94,000 vehicles. Xpeng raised its delivery guidance for the "
            "quarter to 140,000 vehicles.\n")
    rows = _rows(tmp_path, text, published="2025-06-30")
    assert [rows[s]["period"] for s in ("101,000", "112,000", "94,000")] == ["2025-Q2"] * 3
    assert rows["140,000"]["period"] == "2025-Q2"  # "for the quarter": the one of the story's date
    january = ("NIO's December\n\nLast quarter, NIO had guided fourth-quarter deliveries at 118,000 to 124,000 "
               "vehicles.\n")
    rows = _rows(tmp_path / "january", january, published="2026-01-02")
    assert rows["118,000"]["period"] == "2025-Q4"  # a quarter not yet come in January: the year before's


def test_motor_shows_abroad_are_named_by_their_city(tmp_path: Path) -> None:
    text = ("Chinese brands in Paris\n\nThe 2024 Paris Motor Show fills six halls: 64,500 square meters of "
            "indoor space, with a further 12,400 square meters of outdoor space.\n\nSeveral Chinese "
            "carmakers took stands at IAA Mobility 2025, which drew 740 exhibitors.\n")
    rows = _rows(tmp_path, text, published="2024-10-14")
    assert rows["64,500 square meters"]["entity"] == "Auto Paris 2024"
    assert rows["64,500 square meters"]["metric"] == "indoor_exhibition_area"
    assert rows["12,400 square meters"]["metric"] == "outdoor_exhibition_area"
    assert rows["740"]["entity"] == "Auto Munich 2024"  # (the story's year)


def test_a_target_cut_by_a_rate_is_the_targets_change(tmp_path: Path) -> None:
    text = "BYD lowers its goal\n\nBYD has lowered its full-year sales target by 12% to 4.8 million vehicles.\n"
    rows = _rows(tmp_path, text, published="2025-09-10")
    assert rows["12%"]["metric"] == "vehicle_sales_target_change_pct"


def test_the_value_of_exports_and_the_batteries_a_country_exported(tmp_path: Path) -> None:
    text = ("Battery exports\n\nShipments to the United States fell sharply in June.\n\nCustoms figures showed "
            "China exported 380 million lithium-ion batteries in June, 21.3% more than a year before. What those "
            "exports were worth rose 27.6% to more than $6 billion.\n")
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert rows["380 million"]["metric"] == "lithium_battery_exports"  # all of them, no market carried
    assert rows["27.6%"]["metric"] == "lithium_battery_exports_usd_yoy_pct"  # the value's change, not the count's
    assert rows["$6 billion"]["metric"] == "lithium_battery_exports_usd"


def test_a_part_of_the_installations_is_a_share_of_them(tmp_path: Path) -> None:
    text = ("Batteries in April\n\nChina's power battery installations came to 52.1 GWh in April. BYD sold "
            "372,600 NEVs in April.\n\nThe LFP "
            "batteries' installed base reached 42.0 GWh in April, accounting for 80.6 percent of the total.\n")
    rows = _rows(tmp_path, text, published="2025-05-12")
    assert rows["80.6 percent"]["metric"].endswith("_share_of_power_battery_installed_capacity")


def test_a_shares_close_is_of_the_day_its_clause_names(tmp_path: Path) -> None:
    text = ("NIO slips\n\nNIO's ADRs fell 3.8% to close at $5.62 on Tuesday, even though the carmaker reported a "
            "smaller third-quarter loss.\n")
    rows = _rows(tmp_path, text, published="2025-11-26")
    assert rows["3.8%"]["period"] == rows["$5.62"]["period"] == "2025-11-25"


def test_a_market_share_after_the_profit_is_of_the_cars_sold(tmp_path: Path) -> None:
    text = ("BYD's quarter\n\nBYD's net profit fell 29% in the third quarter. BYD's domestic market share slipped "
            "to 15% in September.\n")
    rows = _rows(tmp_path, text, published="2025-10-30")
    assert rows["15%"]["metric"] == "vehicle_sales_national_share_pct"
