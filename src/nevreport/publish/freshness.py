"""Whether a parameter set's report is up to date: a fingerprint of everything it depends on, by content."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.tables import cell as cell_of
from nevreport.common.tables import read_table
from nevreport.curate.params import ParameterSet
from nevreport.publish.layout import FINGERPRINT_FILE, OUTPUTS, Layout
from nevreport.story.notebook_checks import report_notebooks


class _Unreadable(Exception):
    """A table the fingerprint cannot read row by row (validation names the problem before any build)."""


def _read_csv_rows(path: Path, within: Path) -> tuple[list[str], list[dict]]:
    problems: list = []
    table = read_table(path, problems, shown=str(path), what="table", within=within)
    if table is None or problems:
        raise _Unreadable(path)
    return table.header, [row for _, row in table.rows]


def _content(path: Path, within: Path, limit: int) -> bytes:
    """A file's bytes for the fingerprint, read only within its folder and limit (nevreport.common.inputs).

    A file that may not be read counts by its name and the reason; validation explains it before any build.
    """
    try:
        return inputs.read_capped(path, limit, within=within)
    except FileNotFoundError:
        return b"<missing>"
    except inputs.Refused as exc:
        return f"<refused: {exc.message}>".encode()


def whole_data_files(data_dir: Path) -> list[Path]:
    """The data tables an edition reads whole: every table in data/ but the articles, their manifest, the
    figures and the supplementary rows, which count only as far as the edition's date reaches."""
    by_date = {config.figures_csv(data_dir), config.supplementary_csv(data_dir), config.indicator_catalogue(data_dir)}
    articles = config.raw_articles_dir(data_dir)
    return [path for path in sorted(data_dir.rglob("*"))
            if path.suffix in {".csv", ".yaml", ".yml", ".json"} and path not in by_date
            and articles not in path.parents and (path.is_file() or path.is_symlink())]


def fingerprint(ps: ParameterSet, layout: Layout, neighbours: dict | None = None) -> str:
    """Hash of everything this parameter set's report depends on, by content.

    Only the articles, figures and supplementary rows published on or before the set's as-of date count,
    so correcting a 2024 figure does not rebuild the 2021 vintage.
    """
    digest = hashlib.sha256()

    def add(label: str, payload: bytes) -> None:
        digest.update(label.encode() + b"\0" + hashlib.sha256(payload).digest())

    add("params", json.dumps(ps.values, sort_keys=True).encode())
    # The editions before and after it (nevreport.publish.editions): adding one changes what this one says.
    add("editions", json.dumps(neighbours or {}, sort_keys=True).encode())
    for path in report_notebooks(layout.notebooks_dir):
        add(f"notebook:{path.name}", _content(path, layout.notebooks_dir, inputs.MAX_NOTEBOOK_BYTES))
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".css", ".json", ".yaml", ".tpl", ".typ"}:
            add(f"package:{path.relative_to(config.PACKAGE_DIR)}", path.read_bytes())
    add("lock", _content(layout.root / "uv.lock", layout.root, inputs.MAX_TABLE_BYTES))
    add("catalogue", _content(config.indicator_catalogue(layout.data_dir), layout.data_dir,
                              inputs.MAX_CATALOGUE_BYTES))
    for path in whole_data_files(layout.data_dir):  # metrics, publishers, ...: read whole by every edition
        add(f"data:{path.relative_to(layout.data_dir)}", _content(path, layout.data_dir, inputs.MAX_TABLE_BYTES))

    as_of = ps.values["as_of"]
    try:
        articles_dir = config.raw_articles_dir(layout.data_dir)
        _, sources = _read_csv_rows(config.sources_csv(layout.data_dir), articles_dir)
        # Cells are compared as the checks read them, without surrounding spaces ("005.txt " is 005.txt).
        known = {cell_of(row, "file") for row in sources if cell_of(row, "published") <= as_of}
        add("sources", json.dumps([r for r in sources if cell_of(r, "file") in known], sort_keys=True).encode())
        for name in sorted(known):
            try:
                article = inputs.read_article_bytes(layout.data_dir, name)
            except FileNotFoundError:
                article = b"<missing>"
            except inputs.Refused as exc:  # never read: validation names it before any build
                article = f"<refused: {exc.message}>".encode()
            add(f"article:{name}", article)
        header, figures = _read_csv_rows(config.figures_csv(layout.data_dir), layout.data_dir)
        add("figures", json.dumps([header, [r for r in figures if cell_of(r, "article") in known]]).encode())
        header, supplementary = _read_csv_rows(config.supplementary_csv(layout.data_dir), layout.data_dir)
        known_rows = [r for r in supplementary if cell_of(r, "published") <= as_of]
        add("supplementary", json.dumps([header, known_rows]).encode())
    except (OSError, KeyError, TypeError, inputs.Refused, _Unreadable):
        # Unreadable data: fall back to every data file whole (within the limits); validation explains it.
        for path in sorted(layout.data_dir.rglob("*")):
            if path.is_file() or path.is_symlink():
                add(f"data:{path.relative_to(layout.data_dir)}",
                    _content(path, layout.data_dir, inputs.MAX_TABLE_BYTES))
    return digest.hexdigest()


def is_fresh(ps: ParameterSet, layout: Layout, print_: str) -> bool:
    folder = layout.reports_dir / ps.name
    stamp = folder / FINGERPRINT_FILE
    return (
        stamp.exists()
        and stamp.read_text().strip() == print_
        and all((folder / name).exists() for name in OUTPUTS)
    )
