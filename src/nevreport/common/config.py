"""Every path the project uses, built from the package location so notebooks never hard-code paths."""

from __future__ import annotations

import os
from pathlib import Path

# src/nevreport/common/config.py -> repository root. NEVREPORT_ROOT overrides it (tests build in a copy).
ROOT = Path(os.environ.get("NEVREPORT_ROOT", Path(__file__).resolve().parents[3])).resolve()

DATA_DIR = ROOT / "data"
NOTEBOOKS_DIR = ROOT / "notebooks"
PARAMS_DIR = ROOT / "params"
REPORTS_DIR = ROOT / "reports"
LOCKFILE = ROOT / "uv.lock"

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def raw_articles_dir(data_dir: Path = DATA_DIR) -> Path:
    """Folder of the articles, kept exactly as received."""
    return Path(data_dir) / "raw" / "articles"


def sources_csv(data_dir: Path = DATA_DIR) -> Path:
    """Manifest of the articles: publisher, title, address, publication date."""
    return raw_articles_dir(data_dir) / "SOURCES.csv"


def figures_csv(data_dir: Path = DATA_DIR) -> Path:
    """The reviewed table of every figure the articles state."""
    return Path(data_dir) / "figures.csv"


def supplementary_csv(data_dir: Path = DATA_DIR) -> Path:
    """Supplementary sourced figures that the articles do not contain."""
    return Path(data_dir) / "external" / "supplementary_figures.csv"


def publishers_csv(data_dir: Path = DATA_DIR) -> Path:
    """Each publisher the tables name, with the web domains its pages are on."""
    return Path(data_dir) / "publishers.csv"


def metrics_csv(data_dir: Path = DATA_DIR) -> Path:
    """What each metric is called in the report and which chapter (topic) shows it."""
    return Path(data_dir) / "metrics.csv"


def indicator_catalogue(data_dir: Path = DATA_DIR) -> Path:
    """The catalogue of derived indicators: id, label, formula, unit, inputs."""
    return Path(data_dir) / "indicators.yaml"


def coverage_ignore_csv(data_dir: Path = DATA_DIR) -> Path:
    """Numeric mentions in the articles that are deliberately not figures, with a reason each."""
    return Path(data_dir) / "coverage_ignore.csv"


def shown(path: Path, data_dir: Path = DATA_DIR) -> str:
    """A path as the user knows it in messages: data/figures.csv, whatever the data folder is called on disk."""
    data_dir = Path(data_dir)
    try:
        relative = Path(path).relative_to(data_dir)
    except ValueError:
        return Path(path).as_posix()
    return (Path(data_dir.resolve().name) / relative).as_posix()
