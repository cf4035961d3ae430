"""The text behind each quote link of an edition, for the text-fragment check of `make check-html`.

A quote links to its source page with a text fragment (`#:~:text=...`), so the page opens at the quoted sentence.
The pages themselves are on the web, and the check runs offline; what the project holds of them is the article's
text (data/raw/articles) and, for a supplementary figure, its excerpt. This script writes one local HTML page per
address, with that text set below a screen of blank space, and a JSON map from address to page:

    python scripts/html-check/source_pages.py reports/latest OUT_DIR   -> OUT_DIR/pages.json

The check then opens each page with the report's own fragment and asks chromium whether it scrolled to the text.
"""

from __future__ import annotations

import csv
import html
import json
import sys
from pathlib import Path

from nevreport.common import config
from nevreport.ingest.articles import read_article


def source_texts(edition: Path, data_dir: Path) -> dict[str, list[str]]:
    """Each address's texts: the whole article for an article's address, the excerpts for a supplementary one."""
    texts: dict[str, list[str]] = {}
    folder = config.raw_articles_dir(data_dir)
    with (folder / "SOURCES.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            texts.setdefault(row["url"], []).append(read_article(folder / row["file"], data_dir))
    supplementary = edition / "external_figures.csv"
    if supplementary.exists():
        with supplementary.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("url") and row.get("excerpt"):
                    texts.setdefault(row["url"], []).append(row["excerpt"])
    return texts


def page(texts: list[str]) -> str:
    """A page whose text starts two screens down, so a matched fragment shows as a scroll."""
    paragraphs = "".join(f"<p>{html.escape(' '.join(line.split()))}</p>"
                         for text in texts for line in text.splitlines() if line.strip())
    return ('<!doctype html><html lang="en"><meta charset="utf-8"><title>source</title>'
            f'<body><div style="height:2400px"></div>{paragraphs}<div style="height:2400px"></div></body></html>')


def main(edition: str, out: str) -> int:
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = {}
    for number, (url, texts) in enumerate(sorted(source_texts(Path(edition), config.DATA_DIR).items())):
        path = out_dir / f"source_{number:03d}.html"
        path.write_text(page(texts), encoding="utf-8")
        pages[url] = str(path.resolve())
    (out_dir / "pages.json").write_text(json.dumps(pages, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
