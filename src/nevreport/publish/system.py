"""Checks of what the machine must provide beyond Python packages.

The PDF needs no system library: Typst is compiled into the `typst` wheel and the fonts come with matplotlib.
What can still go wrong is a platform for which no `typst` wheel exists, so that the package is missing.
"""

from __future__ import annotations

from nevreport.common.errors import UserError

TYPST_HELP = (
    "the PDF typesetter (the `typst` Python package) cannot be loaded ({detail}).\n"
    "  It ships as a binary wheel for Linux, macOS and Windows on x86-64 and ARM64; run `make install` again,\n"
    "  or `pip install typst` in this environment, then run the command again."
)


def check_pdf_renderer() -> None:
    """Raise UserError saying what to install when the PDF typesetter cannot be loaded."""
    try:
        import typst  # noqa: F401
    except ImportError as exc:
        raise UserError(TYPST_HELP.format(detail=exc)) from None
