"""An edition's data.zip README gives its examples from the edition's own rows, never from later articles."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile

from nevreport.curate.load import load_figures, load_supplementary
from nevreport.publish import datazip

INFO = {"title": "T", "parameter_set": "as-of-2021", "as_of": "2021-12-31"}
AS_OF = dt.date(2021, 12, 31)


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_the_readme_names_no_id_value_or_entity_published_after_the_edition(tmp_path):
    figures, external = load_figures(), load_supplementary()
    known = figures[figures["published"] <= AS_OF]
    known_external = external[external["published"] <= AS_OF]
    columns = ["figure_id", "stated", "value", "unit", "entity", "metric", "precision", "published"]
    _write(tmp_path / "figures.csv", [{c: row[c] for c in columns} for row in known.to_dict("records")])
    _write(tmp_path / "external_figures.csv",
           [{c: row[c] for c in ("source_id", "metric", "entity", "value", "published")}
            for row in known_external.to_dict("records")])
    with zipfile.ZipFile(datazip.write(tmp_path, INFO)) as archive:
        readme = archive.read("README.txt").decode("utf-8")

    later = figures[figures["published"] > AS_OF]
    later_external = external[external["published"] > AS_OF]
    named = set(re.findall(r"[a-z0-9_]+", readme))
    assert named & set(later["figure_id"]) == set()
    assert named & set(later_external["source_id"]) == set()
    assert named & (set(later["metric"]) - set(known["metric"])) == set()
    for words in set(later["stated"]) - set(known["stated"]):
        assert not re.search(rf"(?<![\w.,]){re.escape(str(words))}(?![\w.,])", readme), words
    for entity in set(later["entity"]) - set(known["entity"]):
        assert not re.search(rf"\b{re.escape(entity)}\b", readme), entity
    # the examples are the edition's own
    first = known.iloc[0]
    assert f"e.g. {first['figure_id']}" in readme and f"{first['stated']} -> " in readme
    assert f"e.g. {known_external.iloc[0]['source_id']}" in readme
