"""The report's PDF: the title page, the template and the body's Typst code compiled in-process into a tagged
PDF/UA-1 and PDF/A-3a, with the edition's CSV files attached.

The body's Typst code comes from the report's HTML (typstcode.py). The Typst compiler comes inside the `typst`
wheel and the fonts (DejaVu, as in the charts and the HTML's font stacks) come with matplotlib, so the PDF
needs no system library, no system font and no network. The compiler reads only a private temporary folder
holding the document, its images and its attachments.

    pdf = typeset.html_to_pdf(report_html, info, attachments=[Path("indicators.csv")])
"""

from __future__ import annotations

import calendar
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from nevreport.common.dates import W3C_DATE
from nevreport.publish.typstcode import body_typst, package_imports, string

TEMPLATE = Path(__file__).parent / "templates" / "report" / "report.typ"
# The conformance the compiler checks while it writes: PDF/UA-1 (accessibility) together with PDF/A-3a
# (archival, tagged, and the one PDF/A level that may carry the edition's CSV files inside it).
PDF_STANDARDS: list[Literal["ua-1", "a-3a"]] = ["ua-1", "a-3a"]


def _typst_date(created: str) -> str:
    m = W3C_DATE.match(created or "")
    if not m or not m.group(2):
        return "none"
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    return f"datetime(year: {year}, month: {month}, day: {day})"


def _dated(info: dict[str, str]) -> str:
    dates = (info.get("created"), info.get("as_of"))
    return next((d for d in dates if d and W3C_DATE.match(d) and "-" in d), "1970-01-01")


def epoch_of(created: str) -> int:
    """Seconds since 1970 at the start of a YYYY[-MM[-DD]] date; 0 when there is no date."""
    m = W3C_DATE.match(created or "")
    if not m:
        return 0
    return calendar.timegm((int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1), 0, 0, 0))


# Title-page facts beyond the basic ones: the editions around this one, the newest source, the citation.
TITLE_PAGE_EXTRAS = ("previous_edition", "previous_as_of", "newest_edition", "newest_source",
                     "citation", "bibtex")


def document_typst(document: str, info: dict[str, str], blocks: list[str] | None = None,
                   attachments: Iterable[str] = (), language: str = "en") -> tuple[str, dict[str, bytes]]:
    """The whole Typst source: the title-page facts, the template (report.typ), the attachments, the body."""
    body, files = body_typst(document, blocks)
    # PDF/A needs a date; without a build date the edition's as-of date stands in, never the clock.
    dated = _dated(info)
    facts = ", ".join(f"{key.replace('_', '-')}: {string(str(info.get(key) or ''))}"
                      for key in ("title", "subtitle", "parameter_set", "as_of", "as_of_note", "generated",
                                  "publisher_note", *TITLE_PAGE_EXTRAS))
    head = (f"#let info = ({facts}, date: {_typst_date(dated)}, "
            f"lang: {string(language)})\n")
    attached = "".join(
        f"#pdf.attach({string(name)}, read({string(name)}, encoding: none), mime-type: \"text/csv\", "
        f"relationship: \"data\", description: {string('Data behind this report: ' + name)})\n"
        for name in attachments
    )
    return head + TEMPLATE.read_text(encoding="utf-8") + "\n" + attached + body, files


def font_dirs() -> list[str]:
    """DejaVu Sans, Serif and Sans Mono as shipped inside matplotlib's wheel: the same faces as the charts."""
    import importlib.util

    # Found without importing matplotlib, which would cost a second of the render.
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return []
    return [str(Path(list(spec.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf")]


_compiler = None


def _compile(source: str, folder: Path, timestamp: int) -> bytes:
    global _compiler
    import typst

    # One compiler per process: fonts are indexed once, later reports compile in a fraction of the time.
    if _compiler is None:
        _compiler = typst.Compiler(root=str(folder), font_paths=font_dirs(), ignore_system_fonts=True)
    (folder / "report.typ").write_text(source, encoding="utf-8")
    pdf = _compiler.compile(input=str(folder / "report.typ"), root=str(folder), format="pdf",
                            pdf_standards=[*PDF_STANDARDS], timestamp=timestamp)
    assert isinstance(pdf, bytes), "a PDF compiles to one file"
    return pdf


class TypesetError(RuntimeError):
    """Typst refused the document; the message says where."""


def html_to_pdf(document: str, info: dict[str, str], blocks: list[str] | None = None,
                attachments: Iterable[str | Path] = (), language: str = "en") -> bytes:
    """Report HTML to A4 PDF bytes, tagged PDF/UA-1 and PDF/A-3a, with `attachments` (CSV files) inside.

    `info` is exporters.report_info(nb): title-page facts; `created` (YYYY-MM-DD) is the PDF's date, so the
    same input gives the same bytes.
    """
    import typst

    for block in blocks or []:
        named = package_imports(block)
        if named:
            raise TypesetError(f"an output's Typst markup uses the package {named[0]}, which Typst would download; "
                               "nothing is fetched while a report is built. Fix: write that output without the "
                               "package (plain Typst markup, or a chart as an image)")
    with tempfile.TemporaryDirectory(prefix="nevreport-pdf-") as tmp:
        folder = Path(tmp)
        names = []
        for path in attachments:
            path = Path(path)
            if path.is_file():
                (folder / path.name).write_bytes(path.read_bytes())
                names.append(path.name)
        source, files = document_typst(document, info, blocks, names, language)
        for name, payload in files.items():
            (folder / name).write_bytes(payload)
        try:
            return _compile(source, folder, epoch_of(_dated(info)))
        except typst.TypstError as exc:
            lines = str(getattr(exc, "diagnostic", "")).splitlines()
            where = next((line.strip()[2:].strip() for line in lines if "┌─" in line), "")
            raise TypesetError(f"the PDF could not be typeset: {exc}" + (f" ({where})" if where else "")) from None
