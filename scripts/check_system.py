"""Stop early, saying what to install, when something the report needs cannot be loaded."""

import sys

from nevreport.common.errors import UserError
from nevreport.publish.system import check_pdf_renderer

try:
    check_pdf_renderer()
except UserError as exc:
    print(f"error: {exc}", file=sys.stderr)
    sys.exit(1)
