"""Practice session latency as a user feels it.

Usage: python benchmarks/bench_practice.py [--runs N]

- time to first question, cold: a fresh `mlprobe practice` process (empty home) from spawn until the
  first question is on its standard output;
- the interviewer's next move: from the moment an answer is handed over until the next question or
  follow-up is shown — assessment, contradiction check, policy and the SQLite commit included —
  over the scripted sessions in tests/fixtures/practice, one warm process. The first answer of the first
  session comes after --think seconds (default 2), as a candidate reads the question before answering; with
  --think 0 the move after the second answer also pays for loading the contradiction rules (about 0.6 s).
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _machine import describe

SCRIPT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "practice" / "three-questions.txt"


def first_question(env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mlprobe", "practice", "--seed", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    text = b""
    while b"\n[Question 1 of" not in text:
        select.select([proc.stdout], [], [], 5)
        text += os.read(proc.stdout.fileno(), 65536)
    elapsed = time.perf_counter() - start
    proc.kill()
    proc.wait()
    return elapsed


def next_moves(runs: int, think: float) -> list[float]:
    from datetime import datetime, timezone

    from mlprobe.analyzer import registry
    from mlprobe.bank import load_bank
    from mlprobe.interviewer import PracticeOptions
    from mlprobe.session.answers import StreamAnswers
    from mlprobe.session.practice import Practice
    from mlprobe.store import Store

    samples: list[float] = []
    marks: dict[str, float] = {}

    class Timed(StreamAnswers):
        def next(self, move):  # noqa: ANN001, ANN201
            if not samples and "thought" not in marks:
                marks["thought"] = 1.0
                time.sleep(think)  # reading the first question
            answer = super().next(move)
            marks["answered"] = time.perf_counter()
            return answer

    class Quiet:
        def __getattr__(self, name):  # noqa: ANN001, ANN204
            def record(*args):  # noqa: ANN002, ANN202
                if name == "ask" and "answered" in marks:
                    samples.append(time.perf_counter() - marks.pop("answered"))
            return record

    engine = registry.default_engine()
    bank = load_bank()
    for run in range(runs):
        with tempfile.TemporaryDirectory() as home, SCRIPT.open(encoding="utf-8") as stream:
            store = Store.open(Path(home))
            practice = Practice(store, bank, Quiet(), Timed(stream), lambda: engine, lambda: datetime.now(timezone.utc))
            sid = practice.start(PracticeOptions(questions=3), seed=run, engine_id="offline")
            practice.run(sid)
            store.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--think", type=float, default=2.0, help="seconds before the first answer of the first session")
    opts = parser.parse_args()
    print(f"machine: {describe()}")
    env = dict(os.environ, COLUMNS="120")
    cold = []
    for run in range(opts.runs + 1):
        env["MLPROBE_HOME"] = tempfile.mkdtemp(prefix="mlprobe-bench-")
        cold.append(first_question(env))
    cold = sorted(cold[1:])  # the first run warms the OS file cache
    print(f"time to first question, cold: median {statistics.median(cold):.3f} s, max {cold[-1]:.3f} s ({len(cold)} processes)")
    moves = sorted(next_moves(opts.runs, opts.think))
    p95 = moves[min(len(moves) - 1, int(0.95 * len(moves)))]
    print(f"next move after an answer: p50 {statistics.median(moves) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {moves[-1] * 1000:.1f} ms ({len(moves)} moves)")


if __name__ == "__main__":
    main()
