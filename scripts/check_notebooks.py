"""Fail when a notebook is stored with outputs or has a number typed into prose (nevreport.story.notebook_checks)."""

import sys
from pathlib import Path

from nevreport.story.notebook_checks import check_notebooks


def main(folders: list[str]) -> int:
    problems = [p for folder in folders for p in check_notebooks(Path(folder))]
    for problem in problems:
        print(str(problem))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["notebooks"]))
