"""Analyzer speed as a user meets it: warm latency per answer, batch throughput, cold start, install size.

Usage: python benchmarks/bench_analyzer.py [--answers N]
Answers are real ones from data/labelled/ padded or cut to 250 words, so the text is realistic.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _machine import describe

from mlprobe.session.assess import default_jobs

REPO = Path(__file__).resolve().parent.parent


def answers(n: int, words: int = 250) -> list[str]:
    texts = []
    for path in sorted((REPO / "data" / "labelled").glob("answers-*.jsonl")):
        texts += [json.loads(line)["turns"][1]["text"] for line in path.read_text().splitlines() if line.strip()]
    out = []
    for i in range(n):
        pool = (texts[i % len(texts)] + " " + texts[(i * 7 + 3) % len(texts)] + " " + texts[(i * 13 + 5) % len(texts)]).split()
        out.append(" ".join(pool[:words]))
    return out


def warm_latency(texts: list[str]) -> tuple[float, float]:
    from mlprobe.analyzer import analyze

    analyze("warm-up", texts[0], question_id="perf-drop-after-deployment")
    samples = []
    for text in texts:
        start = time.perf_counter()
        analyze("Your model's performance dropped after deployment. What do you do?", text, question_id="perf-drop-after-deployment")
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def throughput(texts: list[str], per_transcript: int = 1, jobs: int = 0) -> float:
    """Answers per second through `mlprobe assess`, with ``per_transcript`` candidate answers in each
    transcript (more than one also runs the contradiction finder across them); ``jobs`` 0 is the default
    (one worker per core), 1 a single process."""
    lines = []
    for i in range(0, len(texts), per_transcript):
        turns = [turn for t in texts[i : i + per_transcript] for turn in ({"role": "interviewer", "text": "What happened?"}, {"role": "candidate", "text": t})]
        lines.append(json.dumps({"id": i, "turns": turns}))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mlprobe", "assess", "--jobs", str(jobs), handle.name], stdout=subprocess.DEVNULL, check=True)
    elapsed = time.perf_counter() - start
    os.unlink(handle.name)
    return len(texts) / elapsed


def cold_score(runs: int = 7) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(answers(1)[0])
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mlprobe", "score", handle.name], stdout=subprocess.DEVNULL, check=True, env=dict(os.environ, COLUMNS="100"))
        samples.append(time.perf_counter() - start)
    os.unlink(handle.name)
    return statistics.median(samples)


def install_size() -> float:
    """MB of mlprobe and its default dependencies in a fresh virtual environment."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "venv", f"{tmp}/v"], check=True)
        subprocess.run([f"{tmp}/v/bin/pip", "install", "-q", str(REPO)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        site = next(Path(tmp, "v", "lib").glob("python*/site-packages"))
        skip = {"pip", "setuptools", "_distutils_hack"}
        total = sum(f.stat().st_size for f in site.rglob("*") if f.is_file() and f.relative_to(site).parts[0].split("-")[0] not in skip)
        return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--skip-install", action="store_true", help="skip the fresh-venv install size (slow)")
    opts = parser.parse_args()
    texts = answers(opts.answers)
    print(f"machine: {describe()}")
    p50, p95 = warm_latency(texts)
    print(f"warm latency per 250-word answer: p50 {p50:.1f} ms, p95 {p95:.1f} ms ({len(texts)} answers)")
    cores = default_jobs()
    print(f"mlprobe assess throughput: {throughput(texts):.0f} answers/s ({cores} workers, the default here; {len(texts)} one-answer transcripts, including start-up)")
    print(f"mlprobe assess throughput: {throughput(texts, 3):.0f} answers/s ({cores} workers; {len(texts) // 3} three-answer transcripts, contradictions checked)")
    print(f"mlprobe assess --jobs 1:   {throughput(texts, jobs=1):.0f} answers/s one-answer, {throughput(texts, 3, jobs=1):.0f} three-answer (one process)")
    print(f"mlprobe score cold start: {cold_score():.2f} s (median of 7 fresh processes)")
    if not opts.skip_install:
        print(f"default install size (mlprobe + dependencies, no pip/setuptools): {install_size():.0f} MB")


if __name__ == "__main__":
    main()
