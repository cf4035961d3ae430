"""Fail when a notebook is stored with outputs or execution counts (they belong in reports/, not in git)."""

import json
import sys
from pathlib import Path


def dirty_cells(path: Path) -> list[int]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return [
        index
        for index, cell in enumerate(notebook.get("cells", []))
        if cell.get("cell_type") == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]


def main(folders: list[str]) -> int:
    bad = 0
    for folder in folders:
        for path in sorted(Path(folder).glob("*.ipynb")):
            cells = dirty_cells(path)
            if cells:
                bad += 1
                print(f"{path}: cells {cells} carry outputs. "
                      "Fix: clear outputs (Edit > Clear Outputs of All Cells) and save.")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["notebooks"]))
