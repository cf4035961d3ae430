"""A wire lead dated only by its headline, "the month" beside a later month, a record's span, a name and the
description after it, joint ventures, a group's brand, kinds of NEV and of passenger car named in lists, and a
company's name as the article writes it. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

_LEAD = ("Northvale car sales climb 6.1% in April\n\nCombined sales of SUVs, sedans and minivans reached 1.7 "
         "million, the industry body reported on Monday. All vehicle sales grew 8.2 percent to 2.1 million.\n\n"
         "Vehicle sales grew 6.1 percent in April on a year before as sales of electric and petrol-electric "
         "hybrid cars doubled to 98,000.\n\nSales of electric and plug-in hybrids grew 118 percent.\n")


def test_a_lead_that_dates_nothing_takes_its_headlines_period(tmp_path: Path):
    rows = _rows(tmp_path, _LEAD, published="2019-05-13")
    assert [rows[s]["period"] for s in ("1.7 million", "8.2 percent", "2.1 million")] == ["2019-04"] * 3


def test_a_sentence_after_one_that_dates_something_does_not_take_the_headlines_period(tmp_path: Path):
    text = ("Northvale car sales climb 6.1% in April\n\nSales rose 6.1 percent in April, an industry body said.\n\n"
            "In the first quarter, output grew 3 percent. Output totaled 2.1 million.\n")
    assert _rows(tmp_path, text, published="2019-05-13")["2.1 million"]["period"] != "2019-04"


def test_body_types_counted_together_are_passenger_cars(tmp_path: Path):
    assert _rows(tmp_path, _LEAD, published="2019-05-13")["1.7 million"]["metric"] == "passenger_car_sales"


def test_body_types_counted_each_keep_their_kind(tmp_path: Path):
    text = "Zeta Motors in May\n\nZeta Motors sold 8,100 sedans, 11,900 SUVs and 900 MPVs in May.\n"
    rows = _rows(tmp_path, text, published="2024-06-05")
    assert [rows[s]["metric"] for s in ("8,100", "11,900", "900")] == ["sedan_sales", "suv_sales", "mpv_sales"]


def test_electric_and_hybrid_vehicles_together_are_nevs(tmp_path: Path):
    rows = _rows(tmp_path, _LEAD, published="2019-05-13")
    assert [rows[s]["metric"] for s in ("98,000", "118 percent")] == ["nev_sales", "nev_sales_yoy_pct"]


def test_what_changed_after_as_is_not_the_kind_of_the_figure_before_it(tmp_path: Path):
    assert _rows(tmp_path, _LEAD, published="2019-05-13")["6.1 percent"]["metric"] == "vehicle_sales_yoy_pct"


def test_the_month_a_clause_speaks_of_is_the_one_told_before_not_a_later_one(tmp_path: Path):
    text = ("Sales fall\n\nVehicle sales in Northvale fell 11.2% in January, data showed on Wednesday.\n\n"
            "According to the association, NEV sales during the month dropped 31.6% on a year earlier, and it "
            "warned that February would be weaker still.\n")
    assert _rows(tmp_path, text, published="2020-02-26")["31.6%"]["period"] == "2020-01"


_STARTUPS = ("Startups gain\n\nWhile Northvale-based Nio delivered 10,700 cars in June, 75 percent more than it "
             "handed over the month before, Xpeng, based in Langfang, delivered 8,600 units, its best monthly total "
             "so far in 2023.\n\nLumen Motors, the group's premium "
             "brand, sold 2,100 cars, while Zeta Motors, a Northvale-based startup, delivered 1,900 units.\n")


def test_a_name_then_a_description_then_its_verb_is_that_names_figure(tmp_path: Path):
    rows = _rows(tmp_path, _STARTUPS, published="2023-07-03")
    assert [rows[s]["entity"] for s in ("10,700", "8,600", "2,100", "1,900")] == ["NIO", "XPeng", "Lumen", "Zeta"]


def test_a_records_span_is_not_the_figures_period(tmp_path: Path):
    assert _rows(tmp_path, _STARTUPS, published="2023-07-03")["8,600"]["period"] == "2023-06"


def test_a_company_written_in_another_case_keeps_its_kind_from_the_sentences_before(tmp_path: Path):
    text = ("Startups gain\n\nSales of battery EVs rose 20 percent in January.\n\n"
            "Xpeng delivered 7,410 units in January.\n")
    assert _rows(tmp_path, text, published="2024-02-07")["7,410"]["metric"] == "vehicle_deliveries"


_GROUP = ("Harbour Auto Group starts the year strongly\n\nHarbour Auto Group's sales rose 20 percent in January. "
          "Harbour Auto Group car brand Hongqi sold 30,200 units of them, 61.5 percent more than a year "
          "before.\n\nSAIC Volkswagen sold 90,000 cars. FAW-Volkswagen, the group's passenger car "
          "joint venture with Volkswagen, sold 121,000 cars, up 22.4 percent.\n\n"
          "The group said it aims for sales of 2.9 million units in 2024.\n")


def test_a_brand_a_group_names_as_its_own_has_the_brands_figures(tmp_path: Path):
    rows = _rows(tmp_path, _GROUP, published="2024-02-07")
    assert [rows[s]["metric"] for s in ("30,200", "61.5 percent")] == ["hongqi_sales", "hongqi_sales_yoy_pct"]


def test_two_companies_joined_by_a_hyphen_are_their_joint_venture(tmp_path: Path):
    rows = _rows(tmp_path, _GROUP, published="2024-02-07")
    assert [rows[s]["entity"] for s in ("121,000", "22.4 percent", "90,000")] == [
        "FAW-Volkswagen", "FAW-Volkswagen", "SAIC Volkswagen"]


def test_a_company_and_its_own_brand_joined_by_a_hyphen_are_not_a_venture(tmp_path: Path):
    text = "SAIC-MG in Europe\n\nNEV sales of SAIC-MG in Europe reached 19,000 in the first eight months.\n"
    assert _rows(tmp_path, text, published="2021-09-10")["19,000"]["entity"] != "SAIC-MG"


def test_a_description_of_a_company_names_no_kind_for_the_figures_after_it(tmp_path: Path):
    assert _rows(tmp_path, _GROUP, published="2024-02-07")["2.9 million"]["metric"] == "vehicle_sales_target"


def test_vehicles_branded_with_a_brand_are_the_brands(tmp_path: Path):
    text = ("Hongqi sells more\n\nHongqi, a car brand of FAW Group, saw its sales grow 41 percent from January to "
            "August.\n\nSome 100,600 Hongqi-branded cars were sold in those months, FAW Group said.\n")
    assert _rows(tmp_path, text, published="2021-09-01")["100,600"]["metric"] == "hongqi_sales"


def test_the_sentence_before_gives_the_kind_it_counted_not_what_changed_beside_it(tmp_path: Path):
    text = ("Car sales rise\n\nNorthvale's car sales grew 6.9 percent in May as sales of electric and plug-in "
            "hybrid cars tripled to 91,000.\n\nSales from January through May grew 4.1 percent to 8.7 million.\n")
    rows = _rows(tmp_path, text, published="2018-06-12")
    assert [rows[s]["metric"] for s in ("4.1 percent", "8.7 million")] == ["vehicle_sales_yoy_pct", "vehicle_sales"]


def test_a_year_with_its_possessive_a_few_words_before_the_number_is_its_period(tmp_path: Path):
    text = ("Zeta sales\n\nSales in the five months grew 4.1 percent to 8.9 million, well above 2017's "
            "annual growth of only 2.4 percent.\n")
    assert _rows(tmp_path, text, published="2018-06-12")["2.4 percent"]["period"] == "2017"


_BATTERIES = ("Lumen Research ranks battery makers\n\nLumen Research's figures show that installations of power "
              "batteries worldwide totaled 301.3GWh, a year-on-year gain of 71.2% from January to September "
              "2022.\n\nZeta Energy's installations rose 5% from April.\n")


def test_an_energy_joined_to_its_number_is_read(tmp_path: Path):
    row = _rows(tmp_path, _BATTERIES, published="2022-11-04")["301.3"]
    assert (row["unit"], row["metric"]) == ("gwh", "power_battery_installed_capacity")


def test_what_a_report_shows_worldwide_and_its_change_are_the_worlds(tmp_path: Path):
    rows = _rows(tmp_path, _BATTERIES, published="2022-11-04")
    assert [rows[s]["entity"] for s in ("301.3", "71.2%")] == ["World", "World"]


def test_a_change_from_a_span_of_months_is_not_on_the_month_before(tmp_path: Path):
    rows = _rows(tmp_path, _BATTERIES, published="2022-11-04")
    assert rows["71.2%"]["metric"].endswith("_yoy_pct") and rows["5%"]["metric"].endswith("_mom_pct")


def test_global_sales_of_a_kind_are_the_worlds_in_a_story_on_a_carmaker(tmp_path: Path):
    text = ("Zeta Motors gains\n\nZeta Motors delivered 7,410 units in June.\n\nGlobal passenger EV sales in the "
            "first quarter rose 27 per cent year on year.\n\nIts global sales rose 5 percent in June.\n")
    rows = _rows(tmp_path, text, published="2023-07-03")
    assert (rows["27 per cent"]["entity"], rows["5 percent"]["entity"]) == ("World", "Zeta")


def test_an_amount_after_a_currency_code_is_in_that_currency_and_money_granted_is_a_subsidy(tmp_path: Path):
    text = ("Zeta Motors gets aid\n\nIn October, the ministry decided to grant EUR 130 million to Zeta Motors for "
            "its plant. So far Zeta Motors has been awarded almost EUR 290 million. The agency granted licences to "
            "12 firms.\n")
    rows = _rows(tmp_path, text, published="2024-12-10")
    assert [(rows[s]["unit"], rows[s]["metric"]) for s in ("EUR 130 million", "EUR 290 million")] == [
        ("eur", "subsidy_eur")] * 2
    assert "subsidy" not in rows["12"]["metric"]


def test_an_acronym_of_a_known_companys_full_name_is_that_company(tmp_path: Path):
    text = ("China's EV sales to grow\n\nThe Great Wall Motor Company (GWMC) said EV sales in China would "
            "grow 60 percent in China this year.\n\nChina had 1.6 million EVs on its roads as 2017 closed.\n\n"
            "GWMC has opened 15 plants and sold about 150,000 cars abroad, he said.\n")
    rows = _rows(tmp_path, text, published="2018-03-09")
    assert [rows[s]["entity"] for s in ("15", "150,000")] == ["Great Wall Motor", "Great Wall Motor"]


def test_an_acronym_that_is_not_the_names_initials_is_not_the_company(tmp_path: Path):
    text = ("Zeta builds a base\n\nWork began on the Chery New Energy Vehicle (NEV) Research Center in Northvale."
            "\n\nOf the plant's output, NEV production reached 41,800 units.\n")
    assert _rows(tmp_path, text, published="2024-10-08")["41,800"]["metric"] == "nev_production"


def test_an_actual_figure_is_not_dated_after_its_article(tmp_path: Path):
    text = ("Zeta Motors builds\n\nIts new electric car works, with an investment of 6 billion yuan, will begin "
            "making cars by the end of next month.\n")
    row = _rows(tmp_path, text, published="2021-09-01")["6 billion yuan"]
    assert (row["status"], row["period"]) == ("actual", "2021-09")


@pytest.mark.parametrize("headline", ["Zeta Motors posts record sales, highest since 2021",
                                      "Zeta Motors sees 2024 sales at 400,000"])
def test_a_headlines_year_that_dates_no_figure_of_it_is_not_the_leads_period(tmp_path: Path, headline: str):
    text = f"{headline}\n\nZeta Motors said today it sold 52,000 cars, up 20 percent year on year.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["52,000"]["period"] == "2024-05"


def test_a_headline_figure_the_lead_restates_gives_its_own_period(tmp_path: Path):
    text = ("Northvale car sales up 10% in April, first four months up 8%\n\nCar sales rose 8 percent to 800,000 "
            "units, the bureau said today.\n")
    assert _rows(tmp_path, text, published="2024-05-12")["8 percent"]["period"] == "2024-01/2024-04"


def test_a_record_for_a_month_keeps_that_month(tmp_path: Path):
    text = "Zeta record\n\nIn April, Zeta Motors sold 10,000 cars, its best April ever.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["10,000"]["period"] == "2024-04"


def test_two_companies_set_beside_each_other_are_no_venture(tmp_path: Path):
    text = "Price war\n\nThe BYD-Tesla price war deepened in May as BYD sold 300,000 cars.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["300,000"]["entity"] == "BYD"


def test_vehicles_a_brand_is_excluded_from_are_not_the_brands(tmp_path: Path):
    text = ("FAW sells more\n\nFAW Group said its brand Hongqi sold well. FAW sold 900,000 vehicles excluding "
            "Hongqi-branded cars in the first five months.\n")
    assert _rows(tmp_path, text, published="2024-06-10")["900,000"]["metric"] == "vehicle_sales"


def test_a_kind_before_unit_sales_is_what_is_sold(tmp_path: Path):
    text = "Car sales\n\nNorthvale's passenger car unit sales rose 10 percent to 2 million in May.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["2 million"]["metric"] == "passenger_car_sales"


def test_a_company_described_by_what_it_makes_as_the_subject_counts_that(tmp_path: Path):
    text = "Zeta sales\n\nThe NEV arm of Harbour Auto sold 30,000 vehicles in May.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["30,000"]["metric"] == "nev_sales"


def test_body_types_of_a_power_are_that_powers_passenger_cars_and_each_number_keeps_its_kind(tmp_path: Path):
    text = ("Sales\n\nSales of new energy SUVs and sedans rose 40 percent to 700,000 in May.\n\n"
            "SUVs and sedans sold 900,000 and 800,000 units in May.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert (rows["700,000"]["metric"], rows["900,000"]["metric"]) == ("nev_passenger_car_sales", "suv_sales")


def test_money_granted_as_a_loan_or_awarded_as_damages_is_no_subsidy(tmp_path: Path):
    text = ("Zeta funds\n\nHarbour Bank granted a $500 million loan to Zeta Motors in May. A court awarded $12 "
            "million in damages to Lumen in May.\n")
    rows = _rows(tmp_path, text, published="2024-06-10")
    assert "subsidy" not in rows["$500 million"]["metric"] + rows["$12 million"]["metric"]


def test_a_companys_own_global_sales_are_its_own(tmp_path: Path):
    text = ("Zeta Motors grows\n\nZeta Motors sold 30,000 cars in May.\n\nGlobal NEV deliveries rose 40 percent to "
            "80,000, the company said.\n")
    assert _rows(tmp_path, text, published="2024-06-10")["80,000"]["entity"] == "Zeta"


def test_a_change_between_two_months_is_on_the_month_before(tmp_path: Path):
    text = "Zeta sales\n\nZeta Motors' sales rose 12 percent from January to February, reaching 30,000.\n"
    assert _rows(tmp_path, text, published="2024-03-10")["12 percent"]["metric"] == "vehicle_sales_mom_pct"


def test_a_years_possessive_before_a_verb_does_not_date_the_figure(tmp_path: Path):
    text = "Top seller\n\n2023's top seller sold 300,000 cars in May.\n"
    assert _rows(tmp_path, text, published="2024-06-10")["300,000"]["period"] == "2024-05"


def test_a_companys_sales_in_the_uk_name_the_country(tmp_path: Path):
    text = ("UK becomes Zeta's largest market\n\nZeta Motors sold 10,870 cars in the UK in September. Zeta Motors "
            "sold 2,000 cars in the U.S. in May.\n")
    rows = _rows(tmp_path, text, published="2025-10-06")
    assert [rows[s]["metric"] for s in ("10,870", "2,000")] == ["vehicle_sales_united_kingdom",
                                                                "vehicle_sales_united_states"]


def test_the_number_of_vehicles_registered_is_the_stock_and_those_newly_registered_a_flow(tmp_path: Path):
    text = ("Registrations\n\nThe number of NEVs registered in Northvale stood at 1.2 million at the end of 2021, up "
            "45 percent year on year.\n\nSome 28.1 million vehicles were registered last year, bringing the total "
            "number of vehicles to 310 million.\n\nThe number of newly registered NEVs rose 20 percent.\n")
    rows = _rows(tmp_path, text, published="2022-01-11")
    assert [rows[s]["metric"] for s in ("1.2 million", "28.1 million", "310 million", "20 percent")] == [
        "nev_ownership", "vehicle_registrations", "vehicle_ownership", "nev_registrations_yoy_pct"]


def test_a_new_area_of_a_place_the_reading_knows_is_that_place(tmp_path: Path):
    text = ("Pudong grows\n\nPudong New Area in Shanghai produced 610,000 new energy vehicles in 2022, the district "
            "said.\n")
    assert _rows(tmp_path, text, published="2023-02-10")["610,000"]["entity"] == "Pudong"


def test_anywhere_from_one_number_to_another_is_a_range_and_a_later_numbers_measure_is_its_own(tmp_path: Path):
    text = ("Zeta abroad\n\nZeta Motors sees its overseas sales climbing, to anywhere from 600,000 to 900,000 cars, "
            "about 18% of its whole output. Sales rose from 2 to 3 million.\n")
    rows = _rows(tmp_path, text, published="2025-10-06")
    assert [rows[s]["qualifier"] for s in ("600,000", "900,000", "2")] == ["at_least", "at_most", "exact"]
    assert rows["600,000"]["metric"].endswith("overseas_sales")
