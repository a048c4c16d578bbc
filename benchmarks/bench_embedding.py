"""Speed of the offline sentence embedder (mlprobe.analyzer.embedding).

Usage: python benchmarks/bench_embedding.py [--runs N] [--cold-runs N]

cold: a fresh interpreter per run, timed from before ``import numpy`` to a loaded, hash-verified embedder
(what the first assessment in a CLI process pays), split into its parts; "import mlprobe.analyzer" is the
analyzer package's own import cost (pydantic models etc.), not the embedder's. warm: embedding one ~280-word, 12-sentence interview
answer, sentence by sentence, with the model loaded and the tokenizer's word cache reset each run so the
number does not flatter repeated text.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from _machine import describe

ANSWER_SENTENCES: list[str] = [
    (
        "So this was on the payments team, where I owned the fraud model that scored every card transaction "
        "before authorisation."
    ),
    (
        "About two weeks after a routine retrain, the chargeback rate on one merchant segment started creeping up "
        "and nobody noticed at first."
    ),
    (
        "Our offline AUC had actually improved by a point, which is exactly why we trusted the new model more than "
        "we should have."
    ),
    (
        "When I sliced the errors by merchant category, almost all of the misses were small online sellers that had "
        "onboarded in the last quarter."
    ),
    (
        "It turned out the training snapshot had been taken before most of those merchants existed, so the model had "
        "never seen their traffic patterns."
    ),
    (
        "We rolled back to the previous model that afternoon, which stopped the bleeding but cost us the latency win "
        "we had shipped with the retrain."
    ),
    (
        "Then I sat down with the risk analysts to agree on what an acceptable false positive rate was for new "
        "merchants, because blocking good sales also costs money."
    ),
    (
        "We added a feature for merchant tenure, rebuilt the validation split so it was ordered by time instead of "
        "random, and retrained."
    ),
    (
        "Before switching traffic again we ran the new model in shadow mode for ten days and compared its decisions "
        "with the live one."
    ),
    (
        "I also set up an alert on the score distribution per segment, so a shift like that would page someone within "
        "a day instead of two weeks."
    ),
    (
        "The honest lesson for me was that a better offline metric told us nothing about the population we were about "
        "to serve."
    ),
    "If I did it again I would check the data coverage of new segments before looking at any aggregate metric at all.",
]

COLD = (
    "import time; t0 = time.perf_counter()\n"
    "import numpy\n"
    "t1 = time.perf_counter()\n"
    "from mlprobe.analyzer.embedding import load_embedder\n"
    "t2 = time.perf_counter()\n"
    "load_embedder()\n"
    "t3 = time.perf_counter()\n"
    "print(t1 - t0, t2 - t1, t3 - t2)\n"
)
COLD_PARTS = ("import numpy", "import mlprobe.analyzer + embedding", "load + verify SHA-256")


def cold_load_seconds(runs: int) -> list[list[float]]:
    """Per fresh process: seconds for each of COLD_PARTS."""
    env = dict(os.environ, HF_HUB_OFFLINE="1")  # belt and braces: nothing here may touch a hub
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], env=env, capture_output=True, text=True, check=True)
        samples.append([float(x) for x in out.stdout.strip().splitlines()[-1].split()])
    return samples


def warm_latency_ms(runs: int) -> list[float]:
    from mlprobe.analyzer.embedding import load_embedder

    embedder = load_embedder()
    for _ in range(20):
        embedder.embed(ANSWER_SENTENCES)
    samples = []
    for _ in range(runs):
        embedder._word_ids.cache_clear()  # measure a first-seen answer, not a cached one
        start = time.perf_counter()
        embedder.embed(ANSWER_SENTENCES)
        samples.append((time.perf_counter() - start) * 1e3)
    return samples


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--cold-runs", type=int, default=9)
    opts = parser.parse_args()
    words = sum(len(s.split()) for s in ANSWER_SENTENCES)
    print(f"machine: {describe()}")
    cold = cold_load_seconds(opts.cold_runs)
    totals = [sum(run) * 1e3 for run in cold]
    parts = ", ".join(
        f"{name} {statistics.median(run[i] for run in cold) * 1e3:.0f}" for i, name in enumerate(COLD_PARTS)
    )
    print(
        f"cold load (fresh process, to a verified embedder): median {statistics.median(totals):.0f} ms, "
        f"max {max(totals):.0f} ms over {opts.cold_runs} runs; median ms of parts: {parts}"
    )
    warm = warm_latency_ms(opts.runs)
    print(
        f"warm embed {len(ANSWER_SENTENCES)} sentences ({words} words): p50 {percentile(warm, 0.5):.2f} ms, "
        f"p95 {percentile(warm, 0.95):.2f} ms ({opts.runs} runs)"
    )


if __name__ == "__main__":
    main()
