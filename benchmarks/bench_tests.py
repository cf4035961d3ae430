"""Time `make test` as a user runs it, and print the figures; the last line is one JSON object.

    make bench-test

The suite's own target: within two minutes on two cores. The time depends on the machine and on what else
runs on it, so it is measured here, never asserted by a test. The processor time (user and system, the test
processes and everything they start) says how much work the suite is, whatever the load.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 120


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    print("`make test`: lint, types and the test suite...", flush=True)
    cpu, started = children_cpu(), time.perf_counter()
    result = subprocess.run(["make", "-s", "test"], cwd=ROOT, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - started, children_cpu() - cpu
    summary = next((line.strip("= ") for line in reversed(result.stdout.splitlines()) if " passed" in line), "")
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        print(f"error: make test failed ({summary or 'no summary'}); its time is not a measurement")
        return 1
    load = os.getloadavg()[0]
    print(f"   {wall:.1f} s on {os.cpu_count()} cores (target within {TARGET_S} s on 2); processor time {cpu:.1f} s; "
          f"{summary}; load average after it {load:.2f}", flush=True)
    print(json.dumps({"cores": os.cpu_count(), "make_test_s": round(wall, 1), "make_test_cpu_s": round(cpu, 1),
                      "load_average_1min": round(load, 2)}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
