"""How well the quoted evidence matches the sentences a rater points to, per signal.

    python scripts/evidence.py [--split dev|test|all]

Reads `data/evidence/evidence-labels.jsonl`: answers from `data/labelled`, split into the analyzer's own
sentences, and for each signal the rater heard in the answer, the sentences that carry it (labelled blind to
how the analyzer picks evidence). For every (answer, signal) pair it asks the offline engine which sentences it
would quote (whatever its score) and reports: top-1 precision (the first quote is one the rater chose), precision over all quotes,
and coverage (a heard signal gets at least one quote). Pairs whose gold list is empty count only for coverage.
The split is by question (a hash of its text), so a change tuned on `dev` is measured on `test`.

The shipped model was trained on these answers (their answer-level labels, not the sentences), so by
default each answer is scored by an engine fitted without its question (5 folds grouped by question, as in
`mlprobe eval`); `--shipped` uses the shipped model instead (quick, optimistic).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from mlprobe.analyzer import features  # noqa: E402
from mlprobe.analyzer.engines.offline import OfflineEngine  # noqa: E402
from mlprobe.evaluation import dataset, harness  # noqa: E402

LABELS = REPO / "data" / "evidence" / "evidence-labels.jsonl"


def split_of(question: str) -> str:
    return "dev" if hashlib.sha256(question.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _engines(items: list[dict[str, Any]], shipped: bool) -> tuple[dict[tuple[str, int], Any], dict[tuple[str, int], OfflineEngine]]:
    """Each labelled answer, and the engine that scores it (never one trained on its question)."""
    data = dataset.load([REPO / "data" / "labelled"])
    turns = {(t.record_id, t.turn_index): t for t in data.turns}
    keys = [(i["record_id"], i["turn"]) for i in items]
    if shipped:
        engine = OfflineEngine()
        return turns, dict.fromkeys(keys, engine)
    folds = harness.fold_of([t.group for t in data.turns], 5, 0)
    engines: dict[tuple[str, int], OfflineEngine] = {}
    for k in sorted({folds[turns[key].group] for key in keys}):
        engine = OfflineEngine()
        engine.fit([t for t in data.turns if folds[t.group] != k], [])
        engines.update({key: engine for key in keys if folds[turns[key].group] == k})
    return turns, engines


def score(split: str, shipped: bool = False) -> dict[str, Any]:
    items = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    items = [i for i in items if split == "all" or split_of(i["question"]) == split]
    answers, engines = _engines(items, shipped)
    per: dict[str, list[int]] = {}
    quotes = correct = covered = pairs = 0
    for item in items:
        turn, engine = answers[(item["record_id"], item["turn"])], engines[(item["record_id"], item["turn"])]
        embed = engine._embedder()
        cues = features.analyse(turn.answer)
        texts = [s.text for s in cues.sentences]
        if texts != item["sentences"]:
            raise SystemExit(f"{item['record_id']} turn {item['turn']}: the sentence split changed; relabel or re-split")
        vectors = embed.embed(texts)
        quoted = engine.quotes(cues, turn.question, vectors, embed, list(item["evidence"]))
        for name, gold in item["evidence"].items():
            chosen = [texts.index(q) for q in quoted[name]]
            pairs += 1
            covered += bool(chosen)
            if not gold:
                continue
            quotes += len(chosen)
            correct += sum(i in gold for i in chosen)
            per.setdefault(name, []).append(int(bool(chosen) and chosen[0] in gold))
    tops = [top for hits in per.values() for top in hits]
    return {
        "split": split,
        "pairs": pairs,
        "pairs_with_gold": len(tops),
        "top1_precision": round(sum(tops) / len(tops), 3) if tops else None,
        "quote_precision": round(correct / quotes, 3) if quotes else None,
        "coverage": round(covered / pairs, 3) if pairs else None,
        "top1_by_signal": {k: [round(sum(v) / len(v), 2), len(v)] for k, v in sorted(per.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--shipped", action="store_true", help="score with the shipped model (optimistic: it saw these answers)")
    args = parser.parse_args()
    print(json.dumps(score(args.split, args.shipped), indent=2))


if __name__ == "__main__":
    main()
