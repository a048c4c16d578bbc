"""Cold start of the CLI: `mlprobe --help` and `mlprobe questions list` as a user runs them.

Usage: python benchmarks/bench_startup.py [--runs N]
Each run is a fresh process (no warm interpreter), timed from spawn to exit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from _machine import describe

COMMANDS = [["--help"], ["questions", "list"], ["questions", "show", "perf-drop-after-deployment"]]


def time_command(args: list[str], runs: int, env: dict[str, str]) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mlprobe", *args], env=env, stdout=subprocess.DEVNULL, check=True)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    opts = parser.parse_args()
    env = dict(os.environ, MLPROBE_HOME=tempfile.mkdtemp(prefix="mlprobe-bench-"), COLUMNS="120")
    print(f"machine: {describe()}")
    print(f"{'command':45} {'median s':>9} {'p95 s':>7} {'max s':>7}")
    for args in COMMANDS:
        time_command(args, 2, env)  # warm the OS file cache, as a user's second run would be
        samples = sorted(time_command(args, opts.runs, env))
        p95 = samples[min(len(samples) - 1, int(0.95 * len(samples)))]
        label = "mlprobe " + " ".join(args)
        print(f"{label:45} {statistics.median(samples):9.3f} {p95:7.3f} {samples[-1]:7.3f}")


if __name__ == "__main__":
    main()
