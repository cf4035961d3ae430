"""Fail when a notebook is stored with outputs, not in the form git keeps, or has a number typed into prose
(nevreport.story.notebook_checks). `--fix` first rewrites each report notebook in the form git keeps."""

import sys
from pathlib import Path

from nevreport.story.notebook_checks import check_notebooks, report_notebooks, write_stored_form


def main(args: list[str]) -> int:
    fix = "--fix" in args
    folders = [a for a in args if a != "--fix"] or ["notebooks"]
    if fix:
        for path in [p for folder in folders for p in report_notebooks(Path(folder))]:
            if write_stored_form(path):
                print(f"{path}: rewritten in the form git keeps")
    problems = [p for folder in folders for p in check_notebooks(Path(folder))]
    for problem in problems:
        print(str(problem))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
