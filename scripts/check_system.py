"""Stop early, with the package to install, when a system library the report needs is missing."""

import sys

try:
    import weasyprint  # noqa: F401  (loads Pango through cffi)
except OSError as exc:
    print(
        "error: the PDF renderer (WeasyPrint) cannot load the Pango text-layout library.\n"
        f"  ({exc})\n"
        "  Install it with your system's package manager, for example on Debian/Ubuntu:\n"
        "    sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core\n"
        "  then run the make command again.",
        file=sys.stderr,
    )
    sys.exit(1)
