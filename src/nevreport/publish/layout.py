"""Where a build reads and writes, and the names of what it writes in reports/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nevreport.common import config

KERNEL_NAME = "nevreport"
OUTPUTS = ("report.html", "report.pdf", "indicators.csv", "data.zip")
ATTACHMENTS = ("indicators.csv", "figures.csv", "external_figures.csv")
FINGERPRINT_FILE = ".fingerprint"
STAGING = ".tmp"
FAILED = ".failed"
LOCK_FILE = ".lock"


@dataclass(frozen=True)
class Layout:
    """Where a build reads and writes; NEVREPORT_ROOT (see nevreport.common.config) points it at a copy."""

    root: Path = config.ROOT
    data_dir: Path = config.DATA_DIR
    notebooks_dir: Path = config.NOTEBOOKS_DIR
    params_dir: Path = config.PARAMS_DIR
    reports_dir: Path = config.REPORTS_DIR


def say(message: str) -> None:
    print(message, flush=True)
