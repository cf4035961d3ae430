"""Edits to a copy of the project's files, as a user makes them: rows read and written back, an article added."""

from __future__ import annotations

import csv
import io
from pathlib import Path


def overwrite(path: Path, data: bytes) -> None:
    """Replace a file even when the copy kept the repository's read-only mode."""
    path.unlink(missing_ok=True)
    path.write_bytes(data)


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]], bom_crlf: bool = False) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, lineterminator="\r\n" if bom_crlf else "\n")
    writer.writeheader()
    writer.writerows(rows)
    overwrite(path, (b"\xef\xbb\xbf" if bom_crlf else b"") + buffer.getvalue().encode("utf-8"))


def add_article(data: Path, name: str, text: str, published: str = "2021-06-01", **source: str) -> None:
    overwrite(data / "raw" / "articles" / name, text.encode("utf-8"))
    manifest = data / "raw" / "articles" / "SOURCES.csv"
    header, rows = read_rows(manifest)
    write_rows(manifest, header, [*rows, {**rows[0], "file": name, "published": published, **source}])


def set_cell(data: Path, figure_id: str, **cells: str) -> int:
    header, rows = read_rows(data / "figures.csv")
    index = next(i for i, row in enumerate(rows) if row["figure_id"] == figure_id)
    rows[index].update(cells)
    write_rows(data / "figures.csv", header, rows)
    return index + 2
