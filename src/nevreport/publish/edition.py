"""An edition's notebooks executed as one: their order, one notebook parameterised per edition, executed in the
worker's kernel and split back into its notebooks, and the executed chapters merged into the report.

Each notebook is parameterised and namespaced as if run alone (see `edition_notebook`), so a failing cell is
named by its notebook and cell number as the user sees them in notebooks/.
"""

from __future__ import annotations

import copy
from pathlib import Path

from nevreport.publish.layout import FAILED, KERNEL_NAME, Layout, say
from nevreport.publish.progress import CellWatch, cell_timeout
from nevreport.publish.workers import discard_kernel, shared_kernel
from nevreport.story.blocks import PROSE_SOURCE

REPORT_NOTEBOOK = "report.ipynb"


def merge_chapters(notebooks: list):
    """One notebook holding the given notebooks' cells in order (paths or notebook nodes); cell ids stay unique.

    The executed chapters merged this way are the report the exporters render.
    """
    import nbformat

    nodes = [nb if isinstance(nb, nbformat.NotebookNode) else nbformat.read(nb, as_version=4) for nb in notebooks]
    merged = nbformat.v4.new_notebook(metadata=copy.deepcopy(nodes[0].metadata))
    taken: set[str] = set()
    for number, notebook in enumerate(nodes):
        for cell in notebook.cells:
            if cell.get("id") in taken or not cell.get("id"):
                cell.id = f"nb{number}-{len(taken)}"
            taken.add(cell.id)
            merged.cells.append(cell)
    return merged


# Where a cell of an edition's notebook came from: {"notebook": "20_exports.ipynb", "cell": 3} (1-based, as
# JupyterLab counts the cells of the stored notebook; the cell papermill injects has none).
ORIGIN = "nevreport_origin"
BOUNDARY_TAG = "nevreport-boundary"
# Between two notebooks: forget the previous one's variables, as running it alone would (modules stay loaded).
_BOUNDARY_SOURCE = "__import__('nevreport.notebook').notebook.next_notebook(get_ipython())"
# After each notebook's parameters: where this edition's build writes (exploring writes nothing).
_BUILD_FOLDER_SOURCE = "__import__('nevreport.pipeline').pipeline.use_build_folder({folder!r})"


def edition_notebook(paths: list[Path], parameters: dict, output_dir: str | None = None):
    """All of an edition's notebooks as one, to execute in one go in one kernel.

    Each notebook is parameterised by papermill as if run alone (its own injected-parameters cell after its
    `parameters` cell, then a hidden cell naming the build's folder), each cell records its origin, and a
    boundary cell between two notebooks clears the namespace, so every notebook sees only its own variables.
    `split_edition` takes the result apart again.
    """
    import nbformat
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    parts: list = []
    for path in paths:
        nb = load_notebook_node(str(path))
        for number, cell in enumerate(nb.cells, start=1):
            cell.metadata[ORIGIN] = {"notebook": path.name, "cell": number}
        nb = parameterize_notebook(nb, parameters, kernel_name=KERNEL_NAME, language="python")
        if output_dir:
            injected = next((i for i, c in enumerate(nb.cells)
                             if "injected-parameters" in c.metadata.get("tags", [])), -1)
            folder = nbformat.v4.new_code_cell(_BUILD_FOLDER_SOURCE.format(folder=output_dir))
            folder.metadata["tags"] = [BOUNDARY_TAG, "remove-cell"]
            nb.cells.insert(injected + 1, folder)
        for cell in nb.cells:
            cell.metadata.setdefault(ORIGIN, {"notebook": path.name, "cell": None})
        if parts:
            boundary = nbformat.v4.new_code_cell(_BOUNDARY_SOURCE)
            boundary.metadata["tags"] = [BOUNDARY_TAG, "remove-cell"]
            boundary.metadata[ORIGIN] = {"notebook": path.name, "cell": None}
            nb.cells.insert(0, boundary)
        parts.append(nb)
    edition = merge_chapters(parts)
    edition.metadata["papermill"] = {"parameters": parameters}
    return edition


def split_edition(edition, names: list[str]) -> dict:
    """{notebook name: executed notebook} from an executed edition notebook (boundary cells dropped)."""
    import nbformat

    split = {name: nbformat.v4.new_notebook(metadata=copy.deepcopy(edition.metadata)) for name in names}
    for name, notebook in split.items():
        # papermill records its input, here the whole edition with every line of prose: name the notebook instead
        notebook.metadata.get("papermill", {}).update(input_path=name, output_path=name)
    for cell in edition.cells:
        origin = cell.metadata.get(ORIGIN, {}).get("notebook")
        if origin in split and BOUNDARY_TAG not in cell.metadata.get("tags", []):
            split[origin].cells.append(_as_shown(cell))
    return split


def _as_shown(cell):
    """A prose cell with only the lines it showed: the edition's folder names nothing published after its date."""
    if cell.cell_type != "code" or not cell.source.startswith("%%prose"):
        return cell
    shown = [o.get("metadata", {}).get(PROSE_SOURCE) for o in cell.get("outputs", [])]
    kept = next((text for text in shown if text is not None), "")
    cell.source = cell.source.splitlines()[0] + ("\n" + kept if kept else "")
    return cell



class NotebookFailed(Exception):
    pass


def execute_edition(notebooks: list[Path], parameters: dict, work: Path, layout: Layout, tag: str,
                    name: str) -> dict:
    """Execute an edition's notebooks as one (see `edition_notebook`) in this process's kernel.

    Returns {notebook name: executed notebook}. A failing cell is reported by notebook and cell number as
    the user sees them in notebooks/, and that notebook, executed up to the failure, is kept in reports/.failed/.
    """
    import nbformat
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    edition = edition_notebook(notebooks, parameters, str(work.resolve()))
    names = [nb.name for nb in notebooks]
    partial = work / "edition.ipynb"
    watch = CellWatch(ORIGIN, say, tag)
    timeout = cell_timeout()
    try:
        done = papermill.execute_notebook(
            edition, str(partial), kernel_name=KERNEL_NAME, progress_bar=False, log_output=False,
            cwd=str(layout.notebooks_dir), request_save_on_cell_execute=False,
            km=shared_kernel(layout.notebooks_dir), execution_timeout=timeout, on_cell_execute=watch.started,
        )
    except (CellTimeoutError, DeadKernelError) as exc:
        discard_kernel()  # stuck in the cell, or gone: the next edition starts a new one
        what = (f"ran longer than {timeout} s, the most a cell may take, and was stopped"
                if isinstance(exc, CellTimeoutError) else
                "was running when the kernel died (out of memory, or the cell ended Python)")
        fix = ("make the cell finish (an endless loop? a wait for something that never comes?), or allow more "
               "time with NEVREPORT_CELL_TIMEOUT=SECONDS" if isinstance(exc, CellTimeoutError) else
               "run the notebook in JupyterLab to see what the cell does")
        raise NotebookFailed(f"{tag} {watch.where()} {what}. Fix: {fix}\n"
                             f"  the previous report in {layout.reports_dir / name} is unchanged") from None
    except PapermillExecutionError as exc:
        origin = edition.cells[exc.cell_index].metadata.get(ORIGIN, {})
        notebook = origin.get("notebook", "?")
        kept = layout.reports_dir / FAILED / name / notebook
        kept.parent.mkdir(parents=True, exist_ok=True)
        if partial.exists():
            ran = nbformat.read(partial, as_version=4)
            ran.cells = [c for c in ran.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
            nbformat.write(split_edition(ran, names)[notebook], kept)
        first_line = (exc.source or "").strip().splitlines()[:1]
        cell = origin.get("cell")
        where = f"cell {cell}" if cell else "its parameters"
        raise NotebookFailed(
            f"{tag} notebooks/{notebook} failed in {where}"
            + (f" ({first_line[0][:60]})" if first_line and cell else "")
            + f": {exc.ename}: {exc.evalue}\n"
            f"  the partly executed notebook is kept at {kept}\n"
            f"  the previous report in {layout.reports_dir / name} is unchanged"
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return split_edition(done, names)
