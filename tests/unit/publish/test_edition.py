"""An edition's notebooks run as one: each parameterised as if alone, each cell traceable to where it came from."""

from __future__ import annotations

import nbformat

from nevreport.publish.edition import BOUNDARY_TAG, ORIGIN, edition_notebook, merge_chapters, split_edition


def write_notebook(path, sources, parameters=True):
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    if parameters:
        cells[0].metadata["tags"] = ["parameters"]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


def test_each_notebook_gets_its_own_injected_parameters_and_origins(tmp_path):
    first = write_notebook(tmp_path / "01_a.ipynb", ['as_of = "2020-01-01"', "x = 1"])
    second = write_notebook(tmp_path / "10_b.ipynb", ['as_of = "2020-01-01"', "y = 2", "z = 3"])
    edition = edition_notebook([first, second], {"as_of": "2024-12-31"})

    injected = [c for c in edition.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 2
    assert all('as_of = "2024-12-31"' in c.source for c in injected)
    # The defaults cell comes first, then its injected values, in each notebook.
    sources = [c.source for c in edition.cells if BOUNDARY_TAG not in c.metadata.get("tags", [])]
    assert sources.index('as_of = "2020-01-01"') + 1 == sources.index(injected[0].source)

    origins = [(c.metadata[ORIGIN]["notebook"], c.metadata[ORIGIN]["cell"]) for c in edition.cells
               if c.metadata[ORIGIN]["cell"]]
    assert origins == [("01_a.ipynb", 1), ("01_a.ipynb", 2), ("10_b.ipynb", 1), ("10_b.ipynb", 2),
                       ("10_b.ipynb", 3)]
    ids = [c.id for c in edition.cells]
    assert len(ids) == len(set(ids))


def test_a_boundary_clears_the_namespace_between_notebooks_only(tmp_path):
    paths = [write_notebook(tmp_path / f"{n}_x.ipynb", ["a = 1", "b = 2"]) for n in ("01", "10", "20")]
    edition = edition_notebook(paths, {"a": 5})
    boundaries = [i for i, c in enumerate(edition.cells) if BOUNDARY_TAG in c.metadata.get("tags", [])]
    assert len(boundaries) == 2
    assert all("next_notebook" in edition.cells[i].source for i in boundaries)
    # Each boundary opens the next notebook: the cell after it is that notebook's first cell.
    assert [edition.cells[i + 1].metadata[ORIGIN] for i in boundaries] == [
        {"notebook": "10_x.ipynb", "cell": 1}, {"notebook": "20_x.ipynb", "cell": 1}]


def test_split_gives_back_each_notebook_without_boundaries(tmp_path):
    first = write_notebook(tmp_path / "01_a.ipynb", ["p = 0", "x = 1"])
    second = write_notebook(tmp_path / "10_b.ipynb", ["p = 0", "y = 2"])
    edition = edition_notebook([first, second], {"p": 9})
    parts = split_edition(edition, ["01_a.ipynb", "10_b.ipynb"])
    assert [c.source for c in parts["10_b.ipynb"].cells][::2] == ["p = 0", "y = 2"]
    assert len(parts["01_a.ipynb"].cells) == 3  # defaults, injected values, x = 1
    assert not any(BOUNDARY_TAG in c.metadata.get("tags", []) for nb in parts.values() for c in nb.cells)


def test_merge_keeps_order_and_makes_ids_unique(tmp_path):
    a = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("A")])
    b = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("B")])
    b.cells[0].id = a.cells[0].id
    merged = merge_chapters([a, write_notebook(tmp_path / "c.ipynb", ["c = 1"], parameters=False), b])
    assert [c.source for c in merged.cells] == ["A", "c = 1", "B"]
    assert len({c.id for c in merged.cells}) == 3


def test_both_figure_tables_share_the_names_of_their_id_and_words():
    import nevreport as nr

    figures, supplementary = nr.load_figures(), nr.load_supplementary_figures()
    assert list(figures.columns[:1]) == ["id"] and list(supplementary.columns[:1]) == ["id"]
    assert (figures["id"] == figures["figure_id"]).all() and (supplementary["id"] == supplementary["source_id"]).all()
    assert (supplementary["quote"] == supplementary["excerpt"]).all()
    both = [frame[["id", "quote", "value", "unit", "period"]] for frame in (figures, supplementary)]
    assert all(len(frame) for frame in both)
