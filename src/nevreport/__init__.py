"""nevreport: China's and Shanghai's new-energy-vehicle industry, from figures stated in news articles.

One-line loaders for exploring in JupyterLab (paths come from the package, nothing to copy)::

    import nevreport as nr
    figures = nr.load_figures(as_of="2024-12-31")   # checked figures published by that date
    indicators = nr.compute_indicators("2024-12-31")
    report = nr.Report.load("2024-12-31")            # what the report shows for that date

Names are imported on first use, so the command line starts fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

_LAZY = {
    "Report": ("nevreport.report", "Report"),
    "compute_indicators": ("nevreport.indicators", "compute_indicators"),
    "load_external_figures": ("nevreport.loaders", "load_external_figures"),
    "load_figures": ("nevreport.loaders", "load_figures"),
    "load_articles": ("nevreport.loaders", "load_articles"),
    "load_sources": ("nevreport.figures", "load_sources"),
    "save_build_outputs": ("nevreport.loaders", "save_build_outputs"),
    "save_indicators": ("nevreport.indicators", "save_indicators"),
    "blocks": ("nevreport.blocks", None),
    "charts": ("nevreport.charts", None),
}

__all__ = sorted(_LAZY)


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'nevreport' has no attribute {name!r}")
    import importlib

    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name)
    return module if attribute is None else getattr(module, attribute)
