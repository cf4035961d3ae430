"""nevreport: China's and Shanghai's new-energy-vehicle industry, from figures stated in news articles.

One-line loaders for exploring in JupyterLab (paths come from the package, nothing to copy)::

    import nevreport as nr
    edition = nr.run("2024-12-31")                    # checked data published by that date, and its indicators
    figures = nr.load_figures(as_of="2024-12-31")     # or one table at a time
    indicators = nr.compute_indicators("2024-12-31")
    report = nr.Report.load("2024-12-31")             # what the report shows for that date

The package follows the data: common/ (shared helpers), ingest/ (articles to numbers), curate/ (the checked
tables and the catalogue), indicators/ (their evaluation), pipeline.py (one run of the three), story/ (what a
chapter shows), publish/ (the build); dictionary.py, notebook.py and cli.py are the ways in.

Names are imported on first use, so the command line starts fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

_LAZY = {
    "Report": ("nevreport.story.report", "Report"),
    "run": ("nevreport.pipeline", "run"),
    "compute_indicators": ("nevreport.pipeline", "compute_indicators"),
    "load_supplementary_figures": ("nevreport.pipeline", "load_supplementary_figures"),
    "load_figures": ("nevreport.pipeline", "load_figures"),
    "load_articles": ("nevreport.pipeline", "load_articles"),
    "load_sources": ("nevreport.pipeline", "load_sources"),
    "save_build_outputs": ("nevreport.pipeline", "save_build_outputs"),
    "save_indicators": ("nevreport.indicators.io", "save_indicators"),
    "blocks": ("nevreport.story.blocks", None),
    "charts": ("nevreport.story.charts", None),
}

__all__ = sorted(_LAZY)


def __dir__() -> list[str]:
    """Tab completion after `nr.` offers every name, the lazy ones included."""
    return sorted({*globals(), *_LAZY})


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'nevreport' has no attribute {name!r}")
    import importlib

    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name)
    return module if attribute is None else getattr(module, attribute)
