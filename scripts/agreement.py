"""Inter-rater agreement on the labelled data: the ceiling the analyzer aims at.

    python scripts/agreement.py sample   # writes data/agreement/blind-sample.jsonl (20% of records, labels removed)
    python scripts/agreement.py report   # compares data/agreement/second-rater.jsonl with the primary labels

The second rater labels the blind sample following docs/labelling.md without seeing the primary labels.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from mlprobe.evaluation import metrics as m  # noqa: E402
from mlprobe.vocabulary import SIGNALS  # noqa: E402

LABELLED = REPO / "data" / "labelled"
AGREEMENT = REPO / "data" / "agreement"
SHARE = 0.2
SEED = 20261122


def _records() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return rows


def sample() -> None:
    rows = _records()
    rng = random.Random(SEED)
    picked = []
    for kind in ("answers", "constraints", "contradictions"):
        group = sorted((r for r in rows if r["set"] == kind), key=lambda r: r["id"])
        picked += rng.sample(group, round(SHARE * len(group)))
    AGREEMENT.mkdir(exist_ok=True)
    with (AGREEMENT / "blind-sample.jsonl").open("w") as out:
        for r in picked:
            blind = {"id": r["id"], "set": r["set"], "turns": r["turns"], "label_turns": sorted(r["labels"]["turns"], key=int)}
            out.write(json.dumps(blind, ensure_ascii=False) + "\n")
    print(f"wrote {len(picked)} records to {AGREEMENT / 'blind-sample.jsonl'}")


def report(as_json: bool) -> dict[str, Any]:
    primary = {r["id"]: r["labels"] for r in _records()}
    second = [json.loads(line) for line in (AGREEMENT / "second-rater.jsonl").read_text().splitlines() if line.strip()]
    pairs = [(primary[s["id"]], s["labels"]) for s in second]
    turns = [(a["turns"][k], b["turns"][k]) for a, b in pairs for k in b["turns"]]
    out: dict[str, Any] = {"records": len(pairs), "turns": len(turns), "signals": {}}
    for name in SIGNALS:
        rows = [(x["signals"][name], y["signals"][name]) for x, y in turns if x["signals"][name] is not None and y["signals"][name] is not None]
        if rows:
            first, second_ = [a for a, _ in rows], [b for _, b in rows]
            out["signals"][name] = {"kappa": _r(m.cohen_kappa(first, second_)), "f1": _r(m.f1(first, second_)), "agreement": _r(m.accuracy(first, second_)), "n": len(rows)}
    kappas = [v["kappa"] for v in out["signals"].values() if v["kappa"] is not None]
    out["signal_mean_kappa"] = _r(sum(kappas) / len(kappas))
    f1s = [v["f1"] for v in out["signals"].values() if v["f1"] is not None]
    out["signal_macro_f1"] = _r(sum(f1s) / len(f1s))
    out["verdict_kappa"] = _r(m.cohen_kappa([x["verdict"] for x, _ in turns], [y["verdict"] for _, y in turns]))
    lived = [(int(x["verdict"] == "lived"), int(y["verdict"] == "lived")) for x, y in turns]
    out["lived_kappa"] = _r(m.cohen_kappa(*map(list, zip(*lived))))
    out["holistic_qwk"] = _r(m.quadratic_weighted_kappa([x["holistic"] for x, _ in turns], [y["holistic"] for _, y in turns]))
    out["stuffed_kappa"] = _r(m.cohen_kappa([int(x["stuffed"]) for x, _ in turns], [int(y["stuffed"]) for _, y in turns]))
    adapt = [(a["adaptation"], b.get("adaptation")) for a, b in pairs if "adaptation" in a]
    out["adaptation_agreement"] = {"agreement": _r(m.accuracy(*zip(*adapt))), "n": len(adapt)} if adapt else None
    cons = [(a["consistent"], b.get("consistent")) for a, b in pairs if "consistent" in a]
    out["consistency_agreement"] = {"agreement": _r(m.accuracy(*zip(*cons))), "n": len(cons)} if cons else None
    if as_json:
        print(json.dumps(out, indent=2))
    else:
        _print(out)
    return out


def _print(out: dict[str, Any]) -> None:
    print(f"{out['records']} records, {out['turns']} candidate turns labelled twice")
    print(f"{'label':24} {'kappa':>6} {'F1':>6} {'agreement':>10} {'n':>4}")
    for name, v in out["signals"].items():
        print(f"{name:24} {v['kappa'] if v['kappa'] is not None else 'n/a':>6} {v['f1']:>6} {v['agreement']:>10} {v['n']:>4}")
    for key in ("signal_mean_kappa", "signal_macro_f1", "verdict_kappa", "lived_kappa", "holistic_qwk", "stuffed_kappa", "adaptation_agreement", "consistency_agreement"):
        print(f"{key:24} {out[key]}")


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 3)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["sample", "report"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sample() if args.action == "sample" else report(args.json)
