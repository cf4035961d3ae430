"""A synthetic corpus in the project's data layout, to time validation and extraction at scale.

    generate_corpus(dest, n_articles=1000, seed=0)

writes dest/raw/articles/*.txt (3-5 KB each), dest/raw/articles/SOURCES.csv, dest/figures.csv with one
valid row per stated figure, and dest/external/supplementary_figures.csv copied from data/external.

Each article mixes figure sentences (a hedged number with its unit, entity and period) with background
sentences that hold numbers which are not claims: dates, years, ordinals, "Fortune Global 500", "5G",
"Industry 4.0". The figures table is built from the generator's own values, not from the extractor, so it
is an independent answer key: every mention the extractor finds should be a row, and every row a mention.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIGURE_COLUMNS = [
    "figure_id", "article", "quote", "stated", "value", "unit", "qualifier", "status", "entity", "metric",
    "period", "note",
]  # fmt: skip
SOURCE_COLUMNS = ["file", "publisher", "title", "url", "published", "date_note", "headline_in_text"]

ENTITIES = ["China", "Shanghai", "Jiading", "Guangdong", "Anhui", "Hefei", "Shenzhen", "Jiangsu", "Zhejiang"]
PUBLISHERS = ["Shanghai Daily", "People's Daily Online", "China Daily", "Xinhua", "Global Times"]
HEDGES = {  # hedge word -> qualifier, as the interval rule reads it
    "": "exact", "over ": "at_least", "more than ": "at_least", "nearly ": "at_most", "almost ": "at_most",
    "some ": "approx", "about ": "approx", "around ": "approx",
}  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip

# Background sentences: every number in them is a date, a year, an ordinal or part of a name.
BACKGROUND = [
    "The {ordinal} China International Import Expo will be held in Shanghai from Nov. 5 to 10.",
    "The forum was held in Jiading District on July 6-7, {year}, with officials and industry leaders there.",
    "Most of the world's Fortune Global 500 companies have regional offices in {entity}.",
    "Speakers at the {year} China Auto Forum discussed 5G applications for connected vehicles.",
    "Officials said on {month} {day}, {year} that the plan would be reviewed next spring.",
    "Factories in {entity} are upgrading their lines to Industry 4.0 standards.",
    "The {nth} edition of the auto show opened to the public on {month} {day}.",
    "The policy was first announced in {year} and revised in {later_year}.",
    "Analysts said the market remains competitive and that price pressure on automakers continues.",
    "Battery makers in {entity} are investing in solid-state technology and recycling capacity.",
    "The city has also improved its charging network, with new stations along major highways.",
    "Executives from several carmakers said overseas demand for Chinese brands is growing steadily.",
    "Local governments have offered subsidies for the purchase of new-energy vehicles since {year}.",
    "The industrial park hosts research institutes, testing grounds and component suppliers.",
    "Experts called for closer cooperation between universities and enterprises on chips and software.",
    "Photo shows an assembly line at a plant in {entity} on {month} {day}, {year}.",
    "The report, released on {iso_date}, was compiled by the municipal economic commission.",
    "Visitors tried autonomous shuttles and smart cockpits at the exhibition hall.",
]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
NTHS = ["2nd", "3rd", "4th", "5th", "6th", "7th", "21st", "22nd"]


@dataclass
class _Figure:
    sentence: str  # without the final full stop
    stated: str
    value: Decimal
    unit: str
    qualifier: str
    status: str
    entity: str
    metric: str
    period: str


def generate_corpus(dest_dir: Path, n_articles: int = 1000, seed: int = 0) -> Path:
    """Write a synthetic corpus of n_articles into dest_dir (created); return dest_dir."""
    rng = random.Random(seed)
    dest = Path(dest_dir)
    articles_dir = dest / "raw" / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    (dest / "external").mkdir(exist_ok=True)
    shutil.copyfile(ROOT / "data" / "external" / "supplementary_figures.csv",
                    dest / "external" / "supplementary_figures.csv")  # fmt: skip

    sources, figure_rows = [], []
    for index in range(n_articles):
        published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
        name = f"{index:04d}_{hashlib.sha1(f'{seed}-{index}'.encode()).hexdigest()[:16]}.txt"
        title = f"{rng.choice(ENTITIES)} reports progress in new-energy vehicles"
        figures = _figures_for_article(rng, published)
        text = _article_text(rng, published, title, figures)
        (articles_dir / name).write_text(text, encoding="utf-8")
        sources.append({
            "file": name, "publisher": rng.choice(PUBLISHERS), "title": title,
            "url": f"https://news.example.com/{published:%Y/%m%d}/{index}.html",
            "published": published.isoformat(),
            "date_note": "synthetic article for benchmarks", "headline_in_text": "yes",
        })  # fmt: skip
        for number, figure in enumerate(figures):
            figure_rows.append({
                "figure_id": f"a{index:04d}_{number:02d}_{figure.metric}", "article": name,
                "quote": figure.sentence, "stated": figure.stated, "value": _plain(figure.value),
                "unit": figure.unit, "qualifier": figure.qualifier, "status": figure.status,
                "entity": figure.entity, "metric": figure.metric, "period": figure.period, "note": "",
            })  # fmt: skip
    _write_csv(articles_dir / "SOURCES.csv", SOURCE_COLUMNS, sources)
    _write_csv(dest / "figures.csv", FIGURE_COLUMNS, figure_rows)
    # Every metric the corpus and the supplementary table use, with a reader's name and a chapter.
    with open(ROOT / "data" / "external" / "supplementary_figures.csv", encoding="utf-8", newline="") as handle:
        metrics = {row["metric"] for row in csv.DictReader(handle)} | {row["metric"] for row in figure_rows}
    _write_csv(dest / "metrics.csv", ("metric", "topic", "label"),
               [{"metric": m, "topic": "market", "label": m.replace("_", " ")} for m in sorted(metrics)])
    return dest


def _figures_for_article(rng: random.Random, published: dt.date) -> list[_Figure]:
    makers = [_vehicles, _growth, _fall, _output_value, _usd_value, _companies, _share, _target, _forecast]
    figures: list[_Figure] = []
    keys: set = set()
    entities = rng.sample(ENTITIES, 4)
    for _ in range(rng.randint(7, 10)):
        figure = rng.choice(makers)(rng, rng.choice(entities), published)
        key = (figure.stated, figure.unit, figure.entity, figure.metric, figure.period)
        if key not in keys and all(figure.sentence != f.sentence for f in figures):
            keys.add(key)
            figures.append(figure)
    return figures


def _period(rng: random.Random, published: dt.date) -> tuple[str, str]:
    """A past period before publication, as words and as the figures' period code."""
    year = rng.randint(max(2015, published.year - 3), published.year - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return f"in {year}", str(year)
    if kind == 1:
        half = rng.choice([1, 2])
        return f"in the {'first' if half == 1 else 'second'} half of {year}", f"{year}-H{half}"
    month = rng.randint(1, 12)
    return f"in {MONTHS[month - 1]} {year}", f"{year}-{month:02d}"


def _millions(rng: random.Random) -> tuple[str, Decimal]:
    if rng.random() < 0.5:
        mantissa = Decimal(rng.randint(100, 9999)) / 100
        return f"{mantissa} million", mantissa * 10**6
    thousands = rng.randint(12, 999) * 1000
    return f"{thousands:,}", Decimal(thousands)


def _hedge(rng: random.Random) -> tuple[str, str]:
    word = rng.choice(list(HEDGES))
    return word, HEDGES[word]


def _vehicles(rng, entity, published):
    words, period = _period(rng, published)
    stated, value = _millions(rng)
    hedge, qualifier = _hedge(rng)
    verb, metric = rng.choice(
        [("sold", "nev_sales"), ("produced", "nev_production"), ("exported", "nev_exports")]
    )
    sentence = f"Companies in {entity} {verb} {hedge}{stated} new-energy vehicles {words}"
    return _Figure(sentence, stated, value, "vehicles", qualifier, "actual", entity, metric, period)


def _growth(rng, entity, published):
    words, period = _period(rng, published)
    number = Decimal(rng.randint(11, 999)) / 10
    metric = rng.choice(["nev_sales", "nev_production", "vehicle_exports"])
    label = metric.replace("nev_", "new-energy vehicle ").replace("_", " ")
    sentence = f"The {label} of {entity} rose {number} percent year on year {words}"
    return _Figure(sentence, f"{number} percent", number, "percent", "exact", "actual", entity,
                   f"{metric}_yoy_pct", period)  # fmt: skip


def _fall(rng, entity, published):
    words, period = _period(rng, published)
    number = Decimal(rng.randint(11, 399)) / 10
    sentence = f"Sales of fuel cars in {entity} fell {number} percent {words}, local data showed"
    return _Figure(sentence, f"{number} percent", number, "percent", "exact", "actual", entity,
                   "fuel_car_sales_change_pct", period)  # fmt: skip


def _output_value(rng, entity, published):
    words, period = _period(rng, published)
    number = Decimal(rng.randint(1000, 99999)) / 100
    hedge, qualifier = _hedge(rng)
    sentence = f"The output value of the auto sector in {entity} reached {hedge}{number} billion yuan {words}"
    return _Figure(sentence, f"{number} billion yuan", number * 10**9, "cny", qualifier, "actual", entity,
                   "auto_output_value_cny", period)  # fmt: skip


def _usd_value(rng, entity, published):
    words, period = _period(rng, published)
    number = Decimal(rng.randint(100, 9999)) / 100
    sentence = f"Foreign investment in the {entity} auto industry totaled US${number} billion {words}"
    return _Figure(sentence, f"US${number} billion", number * 10**9, "usd", "exact", "actual", entity,
                   "auto_fdi_usd", period)  # fmt: skip


def _companies(rng, entity, published):
    words, period = _period(rng, published)
    count = rng.randint(12, 2999)
    hedge, qualifier = _hedge(rng)
    opening = hedge.capitalize() if hedge else "A total of "
    sentence = f"{opening}{count:,} auto parts companies operated in {entity} {words}"
    return _Figure(sentence, f"{count:,}", Decimal(count), "companies", qualifier, "actual", entity,
                   "auto_parts_companies", period)  # fmt: skip


def _share(rng, entity, published):
    words, period = _period(rng, published)
    number = Decimal(rng.randint(51, 899)) / 10
    sentence = f"New-energy vehicles made up {number} percent of new car sales in {entity} {words}"
    return _Figure(sentence, f"{number} percent", number, "percent", "exact", "actual", entity,
                   "nev_share_of_new_vehicle_sales", period)  # fmt: skip


def _target(rng, entity, published):
    year = published.year + rng.randint(1, 5)
    stated, value = _millions(rng)
    sentence = f"{entity} aims to produce {stated} new-energy vehicles a year by {year}"
    return _Figure(sentence, stated, value, "vehicles", "exact", "target", entity, "nev_production_target",
                   str(year))  # fmt: skip


def _forecast(rng, entity, published):
    year = published.year + rng.randint(0, 2)
    stated, value = _millions(rng)
    hedge, qualifier = _hedge(rng)
    sentence = (
        f"Analysts expect new-energy vehicle sales in {entity} to reach {hedge}{stated} units in {year}"
    )
    return _Figure(sentence, stated, value, "vehicles", qualifier, "forecast", entity, "nev_sales", str(year))


def _article_text(rng: random.Random, published: dt.date, title: str, figures: list[_Figure]) -> str:
    sentences = [f"{figure.sentence}." for figure in figures]
    for _ in range(rng.randint(30, 42)):
        day = rng.randint(1, 28)
        sentences.append(rng.choice(BACKGROUND).format(
            ordinal=rng.choice(ORDINALS), nth=rng.choice(NTHS), entity=rng.choice(ENTITIES),
            year=rng.randint(2015, published.year), later_year=published.year, month=rng.choice(MONTHS),
            day=day,
            iso_date=(published - dt.timedelta(days=day)).isoformat(),
        ))  # fmt: skip
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return f" date {published.isoformat()} {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _write_csv(path: Path, columns: Sequence[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("corpus")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    print(generate_corpus(target, count))
