"""Checks of what the machine must provide beyond Python packages, with the package to install."""

from __future__ import annotations

from nevreport.errors import UserError

PANGO_HELP = (
    "the PDF renderer (WeasyPrint) cannot load the Pango text-layout library ({detail}).\n"
    "  Install it with your system's package manager, for example on Debian/Ubuntu:\n"
    "    sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core\n"
    "  then run the command again."
)


def check_pdf_renderer() -> None:
    """Raise UserError naming the package to install when WeasyPrint cannot load Pango."""
    try:
        import weasyprint  # noqa: F401  (loads Pango through cffi)
    except OSError as exc:
        raise UserError(PANGO_HELP.format(detail=exc)) from None
