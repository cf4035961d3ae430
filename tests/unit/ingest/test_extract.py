"""Numeric mentions: the curated table is recovered from the articles, and known non-claims are not."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest

from nevreport.common import config
from nevreport.common.numbers import as_written
from nevreport.ingest.extract import extract_mentions
from tests.conftest import cli

ARTICLES = config.raw_articles_dir(config.DATA_DIR)


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


def _only(text: str):
    mentions = extract_mentions(text)
    assert len(mentions) == 1, f"expected one mention in {text!r}, got {_texts(mentions)}"
    return mentions[0]


# --- the curated table --------------------------------------------------------------------------------------


def _curated_rows() -> list[dict[str, str]]:
    path = config.figures_csv(config.DATA_DIR)
    if not path.is_file():
        pytest.skip("data/figures.csv does not exist yet: nothing curated to recover")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))






# --- what each mention says ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "value", "unit", "qualifier", "step"),
    [
        ("some 1.758 million vehicles were exported", "1.758 million", 1_758_000, "vehicles", "approx", 1000),
        ("an increase of 81.5 percent year on year", "81.5 percent", 81.5, "percent", "exact", 0.1),
        ("accounted for 457,000 units", "457,000", 457_000, "vehicles", "exact", 1000),
        ("a surge of 160 percent", "160 percent", 160, "percent", "exact", 10),
        ("exported over 3 million vehicles", "3 million", 3_000_000, "vehicles", "at_least", 1_000_000),
        ("NEV sales reached 9.5 million units", "9.5 million", 9_500_000, "vehicles", "exact", 100_000),
        ("capturing a 35.2-percent market share", "35.2-percent", 35.2, "percent", "exact", 0.1),
        (
            "a planned area of 30,000 square meters",
            "30,000 square meters",
            30_000,
            "square_meters",
            "exact",
            10_000,
        ),
        ("attracting 3,496 exhibitors", "3,496", 3496, "exhibitors", "exact", 1),
        ("nearly 2,500 new products", "2,500", 2500, "products", "at_most", 100),
        ("has exceeded 80 percent of the area", "80 percent", 80, "percent", "at_least", 10),
        (
            "will exceed 420,000 square meters",
            "420,000 square meters",
            420_000,
            "square_meters",
            "at_least",
            10_000,
        ),
        ("Over 200 industry leaders", "200", 200, "people", "at_least", 100),
        ("around 200 subsidiary companies", "200", 200, "companies", "approx", 100),
        ("almost 12 percent", "12 percent", 12, "percent", "at_most", 1),
        ("less than 5 percent", "5 percent", 5, "percent", "at_most", 1),
        ("at least 40 delegations", "40", 40, "delegations", "at_least", 10),
        ("up to 7.5 percent", "7.5 percent", 7.5, "percent", "at_most", 0.1),
        ("approximately 1.2 billion yuan", "1.2 billion yuan", 1.2e9, "cny", "approx", 1e8),
        ("intended turnover reaching over $420 billion", "$420 billion", 420e9, "usd", "at_least", 1e10),
        ("a 20 per cent rise", "20 per cent", 20, "percent", "exact", 10),
        ("up 5% on the month", "5%", 5, "percent", "exact", 1),
        ("RMB 5 billion in loans", "RMB 5 billion", 5e9, "cny", "exact", 1e9),
        ("sales of 1.2bn yuan", "1.2bn yuan", 1.2e9, "cny", "exact", 1e8),
        ("3.4 mln vehicles", "3.4 mln", 3.4e6, "vehicles", "exact", 1e5),
        ("sales fell to 1.87M vehicles", "1.87M", 1.87e6, "vehicles", "exact", 1e4),
        ("NEV sales of 82K in May", "82K", 82e3, "count", "exact", 1e3),
        ("3,000 or more cars", "3,000", 3000, "vehicles", "at_least", 1000),
        # a scale joined by a hyphen, as some newsrooms write it
        ("profit fell to 6.4-billion yuan", "6.4-billion yuan", 6.4e9, "cny", "exact", 1e8),
        ("sales slipped to 1.25-million vehicles", "1.25-million", 1.25e6, "vehicles", "exact", 1e4),
        ("a 500-million-yuan project", "500-million-yuan", 5e8, "cny", "exact", 1e8),
    ],
)
def test_mention_reads_value_unit_qualifier_and_step(text, stated, value, unit, qualifier, step):
    mention = _only(text)
    assert (mention.text, mention.unit, mention.qualifier) == (stated, unit, qualifier)
    assert mention.value == pytest.approx(value)
    assert mention.step == pytest.approx(step)
    assert text[mention.start : mention.end] == mention.text


def test_currency_on_both_sides_gives_two_mentions_that_share_the_hedge():
    text = "an output value exceeding 350 billion yuan (US$54.2 billion)."
    cny, usd = extract_mentions(text)
    assert (cny.text, cny.value, cny.unit, cny.qualifier) == ("350 billion yuan", 350e9, "cny", "at_least")
    assert (usd.text, usd.value, usd.unit, usd.qualifier) == ("US$54.2 billion", 54.2e9, "usd", "at_least")
    assert usd.step == pytest.approx(1e8)


def test_currency_conversion_keeps_an_exact_amount_exact():
    cny, usd = extract_mentions("Total output hit 231.84 billion yuan (US$31.91 billion) last year.")
    assert (cny.qualifier, usd.qualifier) == ("exact", "exact")
    assert (cny.value, usd.value) == (231.84e9, 31.91e9)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("sales of 5 to 10 million units", 5e6, 10e6, "vehicles"),
        ("a rise of 5-10 percent", 5, 10, "percent"),
        ("a rise of 5\u201310 percent", 5, 10, "percent"),
        ("between 3 and 4 billion yuan", 3e9, 4e9, "cny"),
        ("some 2 to 3 million vehicles", 2e6, 3e6, "vehicles"),
    ],
)
def test_range_gives_a_lower_and_an_upper_bound(text, low, high, unit):
    first, second = extract_mentions(text)
    assert (first.value, first.qualifier, first.unit) == (pytest.approx(low), "at_least", unit)
    assert (second.value, second.qualifier, second.unit) == (pytest.approx(high), "at_most", unit)


def test_from_one_value_to_another_is_a_change_not_a_range():
    first, second = extract_mentions("Sales rose from 2 to 3 million vehicles.")
    assert (first.value, first.qualifier, second.value, second.qualifier) == (2e6, "exact", 3e6, "exact")


def test_and_without_between_is_not_a_range():
    first, second = extract_mentions("39 government delegations and 4 industry delegations")
    assert (first.qualifier, second.qualifier) == ("exact", "exact")


@pytest.mark.parametrize(
    ("text", "stated", "value", "direction"),
    [
        ("Sales fell 3.2 percent in May", "3.2 percent", 3.2, "down"),
        ("a decline of 4 percent", "4 percent", 4, "down"),
        ("exports were down 5% in June", "5%", 5, "down"),
        ("output decreased by 12.5 percent", "12.5 percent", 12.5, "down"),
        ("recorded negative growth of 2 percent", "2 percent", 2, "down"),
        ("a 7 percent drop in sales", "7 percent", 7, "down"),
        ("a change of -2.5 percent", "-2.5 percent", -2.5, ""),
        ("up 32 percent year over year", "32 percent", 32, "up"),
        ("an increase of 81.5 percent", "81.5 percent", 81.5, "up"),
        ("a 35.2-percent market share", "35.2-percent", 35.2, ""),
    ],
)
def test_falls_keep_the_written_value_and_are_marked(text, stated, value, direction):
    mention = _only(text)
    assert (mention.text, mention.value, mention.direction) == (stated, value, direction)


def test_multiplier_is_a_mention_in_times():
    mention = _only("Exports grew 1.2 times from a year earlier.")
    assert (mention.text, mention.value, mention.unit, mention.step) == ("1.2 times", 1.2, "times", 0.1)
    assert _only("a 3.5-fold increase").unit == "times"


@pytest.mark.parametrize(
    ("text", "stated", "value", "unit"),
    [
        ("The city is boosting links with the three provinces", "three", 3, "count"),
        ("For the past nine years, China has led", "nine", 9, "years"),
        ("achieving ten institutional innovations", "ten", 10, "count"),
        ("Twenty-five companies signed", "Twenty-five", 25, "companies"),
        ("three million vehicles", "three million", 3e6, "vehicles"),
    ],
)
def test_spelled_out_quantities_are_mentions(text, stated, value, unit):
    mention = _only(text)
    assert (mention.text, mention.value, mention.unit, mention.step) == (stated, value, unit, mention.step)
    assert mention.step == (1e6 if "million" in stated else 1)


@pytest.mark.parametrize(
    "text",
    [
        "The 7th CIIE will be held in east China's Shanghai from Nov. 5 to 10.",
        "The 2023 China Auto Forum was held in Jiading District on July 6-7, with officials attending.",
        "from July 11\u201313 to talk about the auto sector",
        "June 04,2018",
        "Minhang Station in east China's Shanghai, October 20, 2024.",
        " date 2024-10-28 Seventh CIIE",
        "First held in 2018, the annual expo has grown; in 2023 it grew again.",
        "Shanghai will use the fourth CIIE and the sixth China International Import Expo.",
        "the 1st, 2nd, 3rd and 21st editions",
        "A record-breaking Fortune Global 500 list; most of the world\u2019s top 500 auto companies",
        "5G applications for connected vehicles and 4G networks",
        "http://en.people.cn/n3/2024/1028/c90000-20234545.html",
        "file 000_993716e2c28f0b98.txt, page B2, COVID-19, the A320",
        "Model 3, No. 1, Phase 2, Level 4 driving, Industry 4.0",
        "at 10:30 on 5/11/2024, code 021",
        "The show opens on 5 November 2024.",
        "one of the largest, and no one else",
        "the two-way trade and a three-dimensional model",
    ],
)
def test_non_claims_are_not_mentions(text):
    assert _texts(extract_mentions(text)) == []


def test_year_followed_by_a_count_noun_is_a_quantity():
    assert _only("the plant made 2000 vehicles").value == 2000
    assert _only("worth 2,023 units").value == 2023


def test_number_glued_into_an_identifier_after_a_real_figure_is_not_a_range():
    mentions = extract_mentions("Sales reached 500 units. See c90000-20234545.")
    assert _texts(mentions) == ["500"]


def test_offsets_always_slice_the_text():
    # "\u0130" grows when lower-cased, which must not shift the offsets of the spelled-out "nine".
    text = (
        "\u0130zmir: \u201cSome 200 platforms\u201d, over US$3.5 billion (RMB 24 billion), 5-10 percent, "
        "-3%, nine."
    )
    mentions = extract_mentions(text)
    assert len(mentions) == 7
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_values_print_without_float_noise():
    assert [as_written(v) for v in (1758000.0, 81.5, 0.1, 54200000000.0, -2.5)] == [
        "1758000", "81.5", "0.1", "54200000000", "-2.5",
    ]  # fmt: skip
    mention = _only("some 1.758 million vehicles")
    assert as_written(mention.value) == "1758000"
    assert as_written(_only("up 0.3 percent").step) == "0.1"


# --- speed --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    ["1,", "9", "1.", "Nov. 1 ", "over ", "  ", "1 to ", "-1", "$", "three ", "1,000,00"],
)
def test_extraction_time_grows_linearly_on_adversarial_input(unit):
    """A regular expression that backtracks would take quadratic time or worse on these repetitions.

    CPU time of this process, not wall time, so that other work on the machine does not fail the test; the best
    of three runs, so that a pause for garbage collection or a busy core in one run does not either.
    """

    def seconds(repeats: int) -> float:
        text = unit * repeats
        times = []
        for _ in range(3):
            started = time.process_time()
            extract_mentions(text)
            times.append(time.process_time() - started)
        return min(times)

    small, large = seconds(2_500), seconds(10_000)
    assert large < 8 * max(small, 0.005)  # four times the input: linear takes ~4x as long, quadratic ~16x
    assert large < 5.0


# --- the command line ---------------------------------------------------------------------------------------


def test_extract_command_writes_offsets_that_slice_the_article():
    paths = sorted(ARTICLES.glob("*.txt"))
    result = cli("extract", *map(str, paths))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "article,start,end,text,value,unit,qualifier,step"
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["article"] for row in rows} == {path.name for path in paths}
    texts = {path.name: path.read_bytes().decode("utf-8") for path in paths}
    for row in rows:
        assert texts[row["article"]][int(row["start"]) : int(row["end"])] == row["text"]
        for number in (row["value"], row["step"]):
            assert "e" not in number and ("." not in number or len(number.split(".")[1]) <= 3), row
    printed = {(row["text"], row["value"], row["step"]) for row in rows}
    assert {("1.758 million", "1758000", "1000"), ("81.5 percent", "81.5", "0.1")} <= printed


def test_extract_command_names_a_missing_file_and_the_fix(tmp_path: Path):
    result = cli("extract", str(tmp_path / "nowhere.txt"))
    assert result.returncode == 1
    assert "nowhere.txt" in result.stderr and "Fix:" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_command_names_a_non_utf8_file_and_the_fix(tmp_path: Path):
    article = tmp_path / "latin1.txt"
    article.write_bytes("Sales rose 5 percent in M\u00e1laga".encode("latin-1"))
    result = cli("extract", str(article))
    assert result.returncode == 1
    assert "latin1.txt" in result.stderr and "UTF-8" in result.stderr and "Fix:" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A movement is not a hedge: the rise and the level reached are both exact.
        ("sales rose 28.4 percent to 7.31 million units",
         [("28.4 percent", "exact", "up"), ("7.31 million", "exact", "")]),
        ("sales climbed 12 percent to 450,000 units", [("12 percent", "exact", "up"), ("450,000", "exact", "")]),
        ("exports rose to 2 million units", [("2 million", "exact", "")]),
        ("exports fell to 73,000 units", [("73,000", "exact", "")]),
        ("exports dropped 4.1 percent from a year earlier to 73,000",
         [("4.1 percent", "exact", "down"), ("73,000", "exact", "")]),
        ("net profit climbed 11.5 percent to 11.6 billion yuan",
         [("11.5 percent", "exact", "up"), ("11.6 billion yuan", "exact", "")]),
        # Hedges as a reader reads them.
        ("subsidies of up to 9 billion yuan", [("9 billion yuan", "at_most", "")]),
        ("more than 1.6 million applications", [("1.6 million", "at_least", "")]),
        ("sales exceeded 12 million units", [("12 million", "at_least", "")]),
        ("nearly 400,000 units", [("400,000", "at_most", "")]),
        ("roughly 3 million cars", [("3 million", "approx", "")]),
        ("around 40 percent", [("40 percent", "approx", "")]),
        # A range keeps its bounds when both ends measure the same thing.
        ("3 million to 5 million vehicles", [("3 million", "at_least", ""), ("5 million", "at_most", "")]),
    ],
)  # fmt: skip
def test_a_movement_is_not_a_hedge(text, expected):
    assert [(m.text, m.qualifier, m.direction) for m in extract_mentions(text)] == expected


def test_a_count_noun_is_read_up_to_the_first_preposition():
    assert _only("1.6 million applications for the car subsidy").unit == "count"
    assert _only("the first nine months of the year").unit == "count"
    assert _only("about 110,000 engineers").unit == "people"
