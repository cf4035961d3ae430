"""`%load_ext nevreport.notebook` in-process, in an IPython shell: the %%prose magic, short errors, the save hook.

tests/integration/test_notebooks.py runs the same extension in a real kernel, as JupyterLab does; here each
behaviour is checked on its own, without starting one.
"""

from __future__ import annotations

import builtins
import re
import sys
import warnings
from contextlib import contextmanager

import matplotlib
import pytest
from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config

from nevreport.story import charts
from nevreport.story.blocks import Block
from tests.conftest import ROOT
from tests.unit.story.test_blocks import SALES, make_report


@contextmanager
def extension_shell():
    """An IPython shell with the extension loaded, as a notebook's first cell leaves it (no history file).

    IPython takes over __main__, adds to builtins and changes warning filters; matplotlib gets the house
    style. All of it is put back, so that later tests in this process see a plain Python.
    """
    config = Config()
    config.HistoryManager.hist_file = ":memory:"
    main, names = sys.modules["__main__"], set(vars(builtins))
    with matplotlib.rc_context(), warnings.catch_warnings():
        shell = InteractiveShell.instance(config=config)
        try:
            shell.run_line_magic("load_ext", "nevreport.notebook")
            yield shell
        finally:
            InteractiveShell.clear_instance()
            sys.modules["__main__"] = main
            for name in set(vars(builtins)) - names:
                delattr(builtins, name)


@pytest.fixture
def shell(monkeypatch):
    """The shell as an analyst's kernel has it: a build in this process (NEVREPORT_AUTORELOAD=0) does not leak."""
    monkeypatch.delenv("NEVREPORT_AUTORELOAD", raising=False)
    with extension_shell() as shell:
        shell.user_ns["report"] = make_report(figures=SALES)
        yield shell


def plain(printed: str) -> str:
    """What a terminal prints, without its colour codes."""
    return re.sub(r"\x1b\[[0-9;]*m", "", printed)


def cell(shell, source: str):
    """Run a cell; return its value (what the notebook shows) and whether it raised."""
    result = shell.run_cell(source, store_history=False)
    return result.result, result.error_in_exec


def test_prose_fills_its_placeholders_from_the_report(shell):
    shown, error = cell(shell, "%%prose\nChina sold {sales_2023} NEVs in {sales_2023:period}.")
    assert error is None and isinstance(shown, Block)
    assert shown.text == "China sold 9.5 million NEVs in 2023."
    assert '<a class="figref" href="#fig-sales_2023"' in shown.html


def test_prose_reads_ids_from_notebook_variables(shell):
    shell.user_ns["latest"] = "sales_2023"
    shown, _ = cell(shell, "%%prose\nThe latest: {latest}.")
    assert shown.text == "The latest: 9.5 million."


def test_empty_says_what_is_missing_when_no_line_is_known(shell):
    shell.user_ns["report"] = make_report("2020-06-30", figures=SALES)
    shown, _ = cell(shell, '%%prose --empty "Nothing published yet says so."\nSold {sales_2023}.')
    assert shown.text == "Nothing published yet says so." and "no-data" in shown.html
    nothing, _ = cell(shell, "%%prose\nSold {sales_2023}.")
    assert not nothing


def test_when_shows_the_cell_only_if_its_expression_holds(shell):
    shell.user_ns["known"] = False
    hidden, error = cell(shell, "%%prose --when known\nSold {sales_2023}.")
    assert hidden is None and error is None
    shown, _ = cell(shell, "%%prose --when not known\nSold {sales_2023}.")
    assert shown.text == "Sold 9.5 million."
    both, _ = cell(shell, '%%prose --empty "None." --when report.has("sales_2023")\nSold {sales_2023}.')
    assert both.text == "Sold 9.5 million."


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("%%prose\nSold {sales_2O23}.", "UnknownId: cell starting 'Sold {sales_2O23}.': {sales_2O23} names no figure"),
        ("%%prose --when undefined_name\nSold {sales_2023}.", "%%prose --when undefined_name: name 'undefined_name'"),
        ("%%prose --bold\nSold {sales_2023}.", "unknown option '--bold'; use --empty \"TEXT\" or --when EXPRESSION"),
        ("%%prose --empty\nSold {sales_2023}.", "unknown option '--empty'"),
    ],
)
def test_a_mistake_is_one_short_message_not_a_traceback(shell, capsys, source, words):
    shown, error = cell(shell, source)
    printed = plain(capsys.readouterr().out)
    assert shown is None and error is not None
    assert words in printed
    assert "Traceback" not in printed and "File " not in printed and len(printed.strip().splitlines()) == 1


def test_prose_without_a_report_says_which_cell_to_add(shell, capsys):
    del shell.user_ns["report"]
    cell(shell, "%%prose\nSold {sales_2023}.")
    printed = plain(capsys.readouterr().out)
    assert "UserError: %%prose needs `report` (report = Report.load(as_of, ...)) in an earlier cell" in printed


def test_a_mistake_names_the_notebook_when_the_front_end_says(shell, capsys):
    shell.user_ns["__session__"] = "notebooks/20_exports.ipynb"
    cell(shell, "%%prose\nSold {sales_2O23}.")
    assert "notebooks/20_exports.ipynb: cell starting 'Sold {sales_2O23}.'" in capsys.readouterr().out


def test_ordinary_errors_keep_their_traceback(shell, capsys):
    _, error = cell(shell, "1 / 0")
    assert isinstance(error, ZeroDivisionError) and "Traceback" in capsys.readouterr().out


def test_loading_turns_on_autoreload_and_the_house_style(shell):
    assert any(name.endswith("autoreload") for name in shell.extension_manager.loaded)
    house = matplotlib.RcParams(charts.STYLE)  # as matplotlib normalises the values
    assert {key: matplotlib.rcParams[key] for key in house} == dict(house)


def test_a_build_loads_the_extension_without_autoreload(monkeypatch):
    # The build sets NEVREPORT_AUTORELOAD=0 for its kernels: the package cannot change during a build.
    monkeypatch.setenv("NEVREPORT_AUTORELOAD", "0")
    with extension_shell() as shell:
        assert not any(name.endswith("autoreload") for name in shell.extension_manager.loaded)


def test_notebooks_are_saved_without_outputs():
    from nevreport.notebook import before_save

    model = {"type": "notebook", "path": "notebooks/scratch.ipynb", "content": {"cells": [
        {"cell_type": "code", "source": "1 + 1", "outputs": [{"output_type": "execute_result"}],
         "execution_count": 3, "metadata": {}},
        {"cell_type": "markdown", "source": "# Title", "metadata": {}},
    ]}}
    before_save(model, path="notebooks/scratch.ipynb")
    code, markdown = model["content"]["cells"]
    assert (code["outputs"], code["execution_count"], code["source"]) == ([], None, "1 + 1")
    assert code["metadata"] == {}  # not a chapter: its code stays as the writer left it
    assert markdown == {"cell_type": "markdown", "source": "# Title", "metadata": {}}
    other = {"type": "file", "content": "outputs stay"}
    before_save(other)
    assert other == {"type": "file", "content": "outputs stay"}
    before_save({"type": "notebook", "content": None})  # a save without content is left alone


@pytest.mark.parametrize("name", ["01_prepare.ipynb", "30_market.ipynb", "90_appendix.ipynb"])
def test_a_notebook_opened_run_and_saved_in_jupyterlab_is_unchanged_in_git(name):
    """What a JupyterLab session adds to a notebook it saves, undone by the pre-save hook byte for byte."""
    import copy
    import json

    from nevreport.notebook import before_save
    from nevreport.story.notebook_checks import dumps

    path = ROOT / "notebooks" / name
    stored = path.read_text(encoding="utf-8")
    content = json.loads(stored)
    session = copy.deepcopy(content)
    session["metadata"]["language_info"] = {
        "codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py", "mimetype": "text/x-python",
        "name": "python", "nbconvert_exporter": "python", "pygments_lexer": "ipython3", "version": "3.11.7"}
    session["metadata"]["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                         "name": "python3"}
    for number, cell in enumerate(session["cells"]):
        if cell["cell_type"] == "code":
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["run\n"]}]
            cell["execution_count"] = number
            cell["metadata"].setdefault("jupyter", {})["source_hidden"] = False  # expanded to edit it
            cell["metadata"]["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
            cell["metadata"]["scrolled"] = True
    # Shift+Enter on the last cell leaves an empty one behind.
    session["cells"].append({"cell_type": "code", "execution_count": None, "id": "f00d", "metadata": {},
                             "outputs": [], "source": ""})
    model = {"type": "notebook", "content": session}
    before_save(model, path=f"notebooks/{name}")
    assert dumps(model["content"]) == stored
    changed = copy.deepcopy(session)
    changed["cells"].append({"cell_type": "markdown", "id": "f00d", "metadata": {}, "source": "A new sentence."})
    before_save({"type": "notebook", "content": changed}, path=f"notebooks/{name}")
    assert dumps(changed) != stored and "A new sentence." in dumps(changed)
    assert dumps(changed).startswith(stored.rsplit("\n ],\n", 1)[0])  # the rest as it was


def test_the_lab_server_offers_one_kernel_and_keeps_quiet_about_trust():
    import logging

    from nevreport.notebook import QuietServerLog, server_config
    from nevreport.publish.layout import KERNEL_NAME

    config = server_config()
    assert config["KernelSpecManager"]["allowed_kernelspecs"] == [KERNEL_NAME]
    assert config["MappingKernelManager"]["default_kernel_name"] == KERNEL_NAME
    assert config["FileContentsManager"]["pre_save_hook"] == "nevreport.notebook.before_save"
    quiet = QuietServerLog()

    def record(msg, *args):
        return logging.LogRecord("ServerApp", logging.WARNING, __file__, 1, msg, args, None)

    assert not quiet.filter(record("Notebook %s is not trusted", "notebooks/30_market.ipynb"))
    assert quiet.filter(record("Saving file at %s", "notebooks/30_market.ipynb"))


def test_a_number_typed_into_prose_is_refused_when_the_cell_runs(shell, capsys):
    shown, error = cell(shell, "%%prose\nSales were up 38 percent, to {sales_2023}.")
    printed = plain(capsys.readouterr().out)
    assert shown is None and error is not None
    assert "cell starting 'Sales were up 38 percent, to {sales_2023}.': number(s) typed into prose: 38" in printed
    cell(shell, '%%prose --empty "Sales of 9.5 million are not known yet."\nSold {sales_2023}.')
    assert "number(s) typed into prose: 9.5" in plain(capsys.readouterr().out)
    fine, error = cell(shell, "%%prose\nIn 2023, the 7th year, `params/2023.yaml` says {sales_2023}.")
    assert error is None and fine.text.startswith("In 2023, the 7th year")


def test_exploring_says_which_lines_were_left_out_and_why(shell):
    shell.user_ns["report"] = make_report("2024-12-31", figures=SALES)
    shell.user_ns["later"] = None
    shell.run_cell("from IPython.display import display", store_history=False)
    shown = []
    shell.display_pub.publish = lambda data, metadata=None, **kw: shown.append(data)
    block, error = cell(shell, "%%prose\nSold {sales_2023}.\nThe forecast: {sales_2025_forecast}.\nLater: {later}.")
    assert error is None and block.text == "Sold 9.5 million."
    note = shown[-1]["text/html"]
    assert "2 lines left out at this edition's date" in note
    assert "line 2 (&#39;The forecast: {sales_2025_forecast}.&#39;): {sales_2025_forecast} was not published" in note
    assert "line 3 (&#39;Later: {later}.&#39;): `later` holds None" in note
    from nevreport import pipeline

    pipeline.use_build_folder("/tmp/build")  # a build says nothing of what it leaves out
    try:
        shown.clear()
        cell(shell, "%%prose\nSold {sales_2023}.\nLater: {later}.")
        assert shown == []
    finally:
        pipeline.use_build_folder(None)


def test_running_a_chapter_again_loads_the_extension_without_a_word(shell, capsys):
    for _ in range(2):
        _, error = cell(shell, "%load_ext nevreport.notebook")
        assert error is None
    assert "already loaded" not in capsys.readouterr().out
    shown, _ = cell(shell, "%%prose\nSold {sales_2023}.")
    assert shown.text == "Sold 9.5 million."


def test_dataframes_show_plain_numbers_and_open_ends(shell):
    import pandas as pd

    text = pd.DataFrame({"low": [30000.0, 0.0945], "high": [float("inf"), 1.5]}).to_string()
    assert "30,000" in text and "∞" in text and "e+04" not in text and "inf" not in text


def test_tab_after_nr_offers_every_name():
    import nevreport as nr

    assert {"run", "load_figures", "load_supplementary_figures", "Report", "compute_indicators"} <= set(dir(nr))


def test_tab_in_a_prose_cell_completes_ids_from_the_data(shell):
    from IPython.core.completer import provisionalcompleter

    def offered(text: str) -> list[tuple[str, str]]:
        with provisionalcompleter():
            return [(c.text, c.type) for c in shell.Completer.completions(text, len(text))]

    shell.user_ns["latest"] = "sales_2023"
    assert offered("%%prose\nSold {sal") == [("sales_2023", "article figure"),
                                              ("sales_2025_forecast", "not yet published")]
    assert offered("%%prose\nSold {sales_2023:per") == [("period", "format")]
    assert offered("%%prose\nSold {lat") == [("latest", "variable")]
    assert all(text != "sales_2023" for text, _ in offered("x = {sal"))  # Python code completes as Python
