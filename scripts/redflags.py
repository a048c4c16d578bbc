"""How well the red flags match the ones an interviewer raises, and whether their quotes are the sentences they point to.

    python scripts/redflags.py [--split dev|test|all] [--shipped] [--worst N]

Reads `data/redflags/redflag-labels.jsonl`: answers from `data/labelled`, split into the analyzer's own
sentences, and for each one the red flags a rater (blind to the rules) raised, each with the one or two
sentences that show it. Reports, per flag and over all flags: precision, recall and F1 of raising it, and for
flags raised by both, whether the first sentence quoted is one the rater chose (top-1 precision). The split is
by question (a hash of its text, as in `scripts/evidence.py`), so a rule changed on `dev` is measured on `test`.

Some rules read the signal models' probabilities, and the shipped model was trained on these answers (their
answer-level labels), so by default each answer is scored by an engine fitted without its question (5 folds
grouped by question, as in `mlprobe eval`); `--shipped` uses the shipped model instead (quick, optimistic).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from evidence import _engines, split_of  # noqa: E402

from mlprobe.analyzer.assessment import TurnInput  # noqa: E402
from mlprobe.vocabulary import RED_FLAGS  # noqa: E402

LABELS = REPO / "data" / "redflags" / "redflag-labels.jsonl"


def _f1(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if (tp + fp) and (tp + fn) else None)
    return {"precision": _round(p), "recall": _round(r), "f1": _round(f), "raised": tp + fp, "labelled": tp + fn}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def score(split: str, shipped: bool = False, worst: int = 0, labels: Path = LABELS) -> dict[str, Any]:
    items = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [i for i in items if split == "all" or split_of(i["question"]) == split]
    answers, engines = _engines(items, shipped)
    counts = {flag: [0, 0, 0] for flag in RED_FLAGS}
    tops: dict[str, list[int]] = {}
    misses: list[tuple[str, str, str, str]] = []
    for item in items:
        key = (item["record_id"], item["turn"])
        turn, engine = answers[key], engines[key]
        assessment = engine.assess(TurnInput(question=turn.question, answer=turn.answer))
        raised = {f.id: f.evidence for f in assessment.red_flags}
        gold: dict[str, list[int]] = item["flags"]
        for flag in RED_FLAGS:
            hit, want = flag in raised, flag in gold
            if hit or want:  # [both, raised only, labelled only]
                counts[flag][0 if hit and want else 1 if hit else 2] += 1
            if hit and want and raised[flag]:
                first = raised[flag][0]
                tops.setdefault(flag, []).append(int(any(item["sentences"][i] == first or item["sentences"][i] in first or first in item["sentences"][i] for i in gold[flag])))
            if hit != want:
                quote = raised[flag][0] if hit and raised[flag] else (item["sentences"][gold[flag][0]] if want and gold[flag] else "")
                misses.append(("false alarm" if hit else "missed", flag, item["record_id"], quote))
    per = {flag: _f1(*c) for flag, c in counts.items()}
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    with_f1 = [v["f1"] for v in per.values() if v["f1"] is not None]
    all_tops = [t for v in tops.values() for t in v]
    report = {
        "labels": str(labels.relative_to(REPO)) if labels.is_relative_to(REPO) else str(labels),
        "split": split,
        "answers": len(items),
        "answers_with_a_flag": sum(bool(i["flags"]) for i in items),
        "micro": _f1(*total),
        "macro_f1": _round(sum(with_f1) / len(with_f1)) if with_f1 else None,
        "top1_quote_precision": _round(sum(all_tops) / len(all_tops)) if all_tops else None,
        "per_flag": per,
        "top1_by_flag": {k: [_round(sum(v) / len(v)), len(v)] for k, v in sorted(tops.items())},
    }
    if worst:
        report["errors"] = [{"error": e, "flag": f, "record": r, "quote": q} for e, f, r, q in misses[:worst]]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--shipped", action="store_true", help="score with the shipped model (optimistic: it saw these answers)")
    parser.add_argument("--worst", type=int, default=0, help="list the first N disagreements")
    parser.add_argument("--labels", type=Path, default=LABELS, help="labelled answers (default: the first sample; "
                        "redflag-labels-2.jsonl is a second, used to change the rules since Round 11; -3 a third, run once in Round 11; "
                        "-4 a fourth, run once in Round 13)")
    args = parser.parse_args()
    if not args.labels.is_file():
        raise SystemExit(f"{args.labels}: no such file; give a red-flag labels .jsonl")
    print(json.dumps(score(args.split, args.shipped, args.worst, args.labels.resolve()), indent=2))


if __name__ == "__main__":
    main()
