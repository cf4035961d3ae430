"""The chapter notebooks' toolkit, loaded by their first cell with `%load_ext nevreport.notebook`.

It adds the `%%prose` cell magic, in which a cell is a paragraph of Markdown with numbers bound to data:

    %%prose
    NEV sales reached {china_nev_sales_2023} in {china_nev_sales_2023:period}.

The cell shows the finished paragraph, numbers formatted and linked as in the report (grammar in
nevreport.story.blocks). Options: `--empty "..."` what to say when none of the lines is known at the edition's date;
`--when EXPRESSION` shows the cell only if the Python expression (in the notebook's variables) is true.

It also makes exploring comfortable: package edits are picked up without restarting the kernel (autoreload),
charts drawn with pyplot show as vector graphics in the house style (and reach the report that way), and a
mistake in the data or the prose shows as one clear message instead of a traceback.
"""

from __future__ import annotations

import logging
import os
import re
import shlex

from nevreport.common.errors import UserError
from nevreport.story.blocks import MODES, ShownProse, typed_numbers


def _where(shell) -> str:
    """The notebook a cell belongs to, when the front end says (JupyterLab sets __session__)."""
    session = shell.user_ns.get("__session__") or shell.user_ns.get("__nevreport_notebook__")
    return f"{session}: " if session else ""


def prose(line: str, cell: str):
    """%%prose [--empty TEXT] [--when EXPRESSION]: the cell's Markdown with its placeholders filled from `report`."""
    from IPython import get_ipython

    shell = get_ipython()
    options: dict[str, str] = {}
    if "--when" in line:  # the expression runs to the end of the line
        line, options["when"] = line.split("--when", 1)
        options["when"] = options["when"].strip()
    args = shlex.split(line)
    while args:
        flag = args.pop(0)
        if flag != "--empty" or not args:
            raise UserError(f"%%prose {line}: unknown option {flag!r}; use --empty \"TEXT\" or --when EXPRESSION")
        options["empty"] = args.pop(0)
    if "when" in options:
        try:
            shown = eval(options["when"], shell.user_ns)  # noqa: S307 - the notebook's own code
        except NameError as exc:
            raise UserError(f"{_where(shell)}%%prose --when {options['when']}: {exc}") from None
        if not shown:
            return None
    first = next((s for s in cell.splitlines() if s.strip()), "")[:60]
    where = f"{_where(shell)}cell starting {first!r}: "
    typed = typed_numbers(cell) + typed_numbers(options.get("empty", ""))
    if typed:  # the same rule as `make lint` and the build, said when the cell runs
        raise UserError(f"{where}number(s) typed into prose: {', '.join(typed[:5])}; name the figure, supplementary "
                        "figure or indicator instead, e.g. {china_nev_sales_2023} (years and ordinals may be typed)")
    report = shell.user_ns.get("report")
    if report is None:
        raise UserError("%%prose needs `report` (report = Report.load(as_of, ...)) in an earlier cell")
    left_out: list[str] = []
    block = report.prose(cell, namespace=shell.user_ns, empty=options.get("empty", ""), where=where,
                         left_out=left_out)
    if left_out and _exploring():  # say what the edition leaves out; the report never does
        from IPython.display import display

        display(_left_out_note(left_out))
    return ShownProse(block.html, block.text, block.source)


def _exploring() -> bool:
    """Whether the cell runs in a writer's notebook, not in a build (which names its folder before any cell)."""
    from nevreport.pipeline import build_folder

    return build_folder() is None


def _left_out_note(reasons: list[str]):
    """A note above a paragraph, in the notebook only: a build never shows it."""
    from IPython.display import HTML
    from markupsafe import Markup

    items = Markup("").join(Markup("<li>{}</li>").format(reason) for reason in reasons)
    lines = "line" if len(reasons) == 1 else "lines"
    return HTML(Markup('<details class="nr-left-out" style="color:#5c6670;font-size:0.85em">'
                       "<summary>{} {} left out at this edition's date</summary><ul>{}</ul></details>")
                .format(len(reasons), lines, items))


def _short_error(shell, etype, value, tb, tb_offset=None):
    """A user's mistake in a notebook: the message alone, no traceback (the build shows the same words).

    IPython calls this instead of printing a traceback and ignores what it returns, so it shows the message
    itself (in a kernel, as the cell's error output).
    """
    stb = [f"\x1b[0;31m{etype.__name__}\x1b[0m: {value}"]
    shell._showtraceback(etype, value, stb)
    return stb


_OPEN_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)?(?::([a-z]*))?$")


def complete_prose(context) -> dict:
    """Tab inside a %%prose cell after `{`: the ids of the data (and the notebook's variables holding one), and
    after `{id:` the formats. Anywhere else it leaves completion to IPython."""
    from IPython import get_ipython
    from IPython.core.completer import SimpleCompletion

    nothing: dict = {"completions": [], "suppress": False}
    if not context.full_text.lstrip().startswith("%%prose") or context.cursor_line == 0:
        return nothing
    typed = _OPEN_PLACEHOLDER.search(context.line_with_cursor[:context.cursor_position])
    shell = get_ipython()
    report = shell.user_ns.get("report") if shell is not None else None
    if typed is None or report is None:
        return nothing
    name, mode = typed.group(1) or "", typed.group(2)
    if mode is not None:
        found = [SimpleCompletion(m, type="format") for m in MODES if m and m.startswith(mode)]
    else:
        known = set(report.known_ids)
        chosen = {k for k, v in shell.user_ns.items() if isinstance(v, str) and v in known and not k.startswith("_")}
        found = [SimpleCompletion(key, type=_kind(report, key)) for key in sorted(known) if key.startswith(name)]
        found += [SimpleCompletion(key, type="variable") for key in sorted(chosen) if key.startswith(name)]
    return {"completions": found, "suppress": True}


complete_prose.matcher_api_version = 2  # type: ignore[attr-defined]


def _kind(report, key: str) -> str:
    """What an id names, as the completion list labels it."""
    found = report._lookup.get(key)
    kind = found[0] if found else ("goal" if key == "goal" else "date" if key == "as_of" else "not yet published")
    return {"figure": "article figure", "supplementary": "supplementary figure"}.get(kind, kind)


def _loadable_again(*_args) -> None:
    """Run before each cell: the chapter's `%load_ext nevreport.notebook` loads it afresh when the chapter is
    run again, instead of printing that it is already loaded (loading twice is harmless)."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is not None:
        shell.extension_manager.loaded.discard(__name__)


def load_ipython_extension(shell) -> None:
    if _loadable_again not in shell.events.callbacks["pre_run_cell"]:
        shell.events.register("pre_run_cell", _loadable_again)
    shell.register_magic_function(prose, magic_kind="cell")
    matchers = shell.Completer.custom_matchers
    matchers[:] = [m for m in matchers if getattr(m, "__name__", "") != complete_prose.__name__]
    matchers.append(complete_prose)
    shell.set_custom_exc((UserError,), _short_error)
    # Reloading is for an analyst editing the package; a build (NEVREPORT_AUTORELOAD=0) runs a fixed one.
    if os.environ.get("NEVREPORT_AUTORELOAD", "1") != "0" and "autoreload" not in shell.extension_manager.loaded:
        shell.extension_manager.load_extension("autoreload")
        shell.run_line_magic("autoreload", "2")
    import matplotlib as mpl
    import pandas as pd

    from nevreport.story import charts

    pd.set_option("display.float_format", float_text)

    mpl.rcParams.update(charts.STYLE)
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:  # not in a kernel with the inline backend (a plain IPython console)
        set_matplotlib_formats = None
    if set_matplotlib_formats is not None and "inline" in mpl.get_backend():
        set_matplotlib_formats("svg")


def float_text(value: float) -> str:
    """A float in a DataFrame shown in the notebook: 30,000 rather than 3.000000e+04, and an open end as ∞."""
    if value == float("inf"):
        return "∞"
    if value == float("-inf"):
        return "-∞"
    return f"{value:,.12g}"


def next_notebook(shell) -> None:
    """Forget the previous notebook's variables, as a fresh kernel would, keeping the loaded modules.

    The build runs an edition's notebooks one after another in one kernel and calls this between them.
    Unlike `%reset -f` it leaves the garbage collector and the output history alone, which is what makes it
    cheap; the next notebook's `%load_ext nevreport.notebook` loads this extension afresh.
    """
    hidden = shell.user_ns_hidden
    for name in [name for name in shell.user_ns if name not in hidden and not name.startswith("_")]:
        del shell.user_ns[name]
    shell.extension_manager.loaded.discard(__name__)


def before_save(model, path: str = "", **kwargs) -> None:
    """JupyterLab's pre-save hook (set by `make lab`): a notebook is saved in the form git keeps.

    No outputs, no kernel details, no trailing empty cell, a chapter's code collapsed
    (nevreport.story.notebook_checks.stored_form): opening and saving a notebook changes nothing in git.
    """
    from nevreport.story.notebook_checks import is_chapter, stored_form

    if model.get("type") != "notebook" or model.get("content") is None:
        return
    stored_form(model["content"], is_chapter(os.path.basename(path or model.get("path") or "")))


strip_outputs = before_save  # the hook's earlier name, for a server configured before it was renamed


# --- the Jupyter server of `make lab` ------------------------------------------------------------------------

def server_config() -> dict:
    """What `make lab` configures in the Jupyter server (written to the environment's jupyter_server_config.d).

    One kernel, the project's, in the launcher (ipykernel's own "Python 3" is the same Python under another
    name); notebooks saved in the form git keeps; kernels talk over local sockets, not TCP (nothing for
    another account to listen to, and no warning about it per kernel); and no "not trusted" line per notebook
    opened: a notebook is stored without outputs, so there is nothing in it to trust.
    """
    config: dict = {
        "KernelSpecManager": {"allowed_kernelspecs": ["nevreport"]},
        "MappingKernelManager": {"default_kernel_name": "nevreport"},
        "FileContentsManager": {"pre_save_hook": "nevreport.notebook.before_save"},
        "ServerApp": {"logging_config": {
            "filters": {"nevreport_quiet": {"()": "nevreport.notebook.QuietServerLog"}},
            "handlers": {"console": {"filters": ["nevreport_quiet"]}},
        }},
    }
    if os.name == "posix":  # IPC sockets are POSIX only; elsewhere the kernels stay on TCP
        config["KernelManager"] = {"transport": "ipc"}
    return config


class QuietServerLog(logging.Filter):
    """Drops the server's "Notebook ... is not trusted" line: stored notebooks carry no outputs to trust."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg != "Notebook %s is not trusted"
