"""The label audit: proposals made blind under docs/labelling.md "Clarifications", applied with a record.

    python scripts/audit.py apply          # applies data/labelled/audit/*.audit.jsonl, logs data/labelled/audit/applied.jsonl
    python scripts/audit.py original DIR   # writes the labelled data as it was before the audit into DIR

Auditors see only the answers, the labels and the guide (never a model's predictions). A proposal is
applied when its record, turn and signal exist, its ``old`` value is the current label, no other
proposal for the same label disagrees with it, and it is not listed in ``withdrawn.jsonl`` (a rule the
audit withdrew, each entry with its reason); everything skipped is listed with the reason. Every
applied change is appended to ``applied.jsonl``, so ``original`` can rebuild the labels before the
audit and the F1 on both can be reported side by side.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
LABELLED = REPO / "data" / "labelled"
AUDITED = ("data_first", "owns_failure", "metrics_as_proxies", "specific_tradeoffs", "post_deployment", "collaboration", "generalizes")

Key = tuple[str, str, str]


def _read(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{number}: invalid JSON ({exc.msg}); fix or remove the line")
    return rows


def _data(labelled: Path) -> dict[Path, list[dict[str, Any]]]:
    return {path: _read(path) for path in sorted(labelled.glob("*.jsonl"))}


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _index(data: dict[Path, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for records in data.values() for r in records}


def proposals(files: list[Path]) -> tuple[dict[Key, dict[str, Any]], list[str]]:
    """The proposals that agree with each other, and a line for every one dropped because another
    auditor proposed the opposite for the same label."""
    by_key: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for path in files:
        for p in _read(path):
            p = {**p, "turn": str(p["turn"]), "source": path.name}
            by_key[(p["id"], p["turn"], p["signal"])].append(p)
    kept, dropped = {}, []
    for key, ps in by_key.items():
        if len({p["new"] for p in ps}) > 1:
            dropped.append(f"{'/'.join(key)}: auditors disagree ({', '.join(p['source'] for p in ps)})")
        else:
            kept[key] = ps[0]
    return kept, dropped


def apply(labelled: Path = LABELLED) -> list[dict[str, Any]]:
    audit = labelled / "audit"
    applied_log = audit / "applied.jsonl"
    files = sorted(audit.glob("*.audit.jsonl"))
    if not files:
        sys.exit(f"no proposals in {audit}; auditors write *.audit.jsonl there")
    data = _data(labelled)
    records = _index(data)
    done = {(a["id"], a["turn"], a["signal"]) for a in (_read(applied_log) if applied_log.exists() else [])}
    kept, skipped = proposals(files)
    withdrawn_log = audit / "withdrawn.jsonl"
    withdrawn = {(w["id"], str(w["turn"]), w["signal"]) for w in (_read(withdrawn_log) if withdrawn_log.exists() else [])}
    applied: list[dict[str, Any]] = []
    for key, p in sorted(kept.items()):
        rid, turn, signal = key
        record = records.get(rid)
        labels = record["labels"]["turns"].get(turn) if record else None
        if key in done:
            continue
        if key in withdrawn:
            skipped.append(f"{rid}/{turn}/{signal}: withdrawn (see withdrawn.jsonl)")
            continue
        if labels is None:
            skipped.append(f"{rid}/{turn}: no such record or candidate turn")
        elif signal not in AUDITED:
            skipped.append(f"{rid}/{turn}/{signal}: not one of the audited signals")
        elif labels["signals"].get(signal) != p["old"] or p["new"] not in (0, 1) or p["new"] == p["old"]:
            skipped.append(f"{rid}/{turn}/{signal}: the label is {labels['signals'].get(signal)!r}, the proposal says {p['old']!r} -> {p['new']!r}")
        else:
            labels["signals"][signal] = p["new"]
            applied.append({"id": rid, "turn": turn, "signal": signal, "old": p["old"], "new": p["new"], "quote": p.get("quote", ""), "reason": p.get("reason", ""), "source": p["source"]})
    for path, rows in data.items():
        _write(path, rows)
    with applied_log.open("a", encoding="utf-8") as log:
        for a in applied:
            log.write(json.dumps(a, ensure_ascii=False) + "\n")
    moves = Counter((a["signal"], f"{a['old']}->{a['new']}") for a in applied)
    print(f"applied {len(applied)} changes (log: {applied_log}); skipped {len(skipped)}")
    for (signal, move), n in sorted(moves.items()):
        print(f"  {signal:20} {move}  {n}")
    for line in skipped:
        print(f"  skipped {line}")
    return applied


def original(out: Path, labelled: Path = LABELLED, only: str | None = None) -> None:
    """The labelled data with every applied change undone (or only those from the proposal file
    ``only``), for the side-by-side evaluation."""
    data = _data(labelled)
    records = _index(data)
    applied_log = labelled / "audit" / "applied.jsonl"
    changes = [a for a in (_read(applied_log) if applied_log.exists() else []) if only is None or a["source"] == only]
    for a in reversed(changes):
        signals = records[a["id"]]["labels"]["turns"][a["turn"]]["signals"]
        if signals[a["signal"]] != a["new"]:
            sys.exit(f"{a['id']}/{a['turn']}/{a['signal']} is {signals[a['signal']]!r}, not the audited {a['new']!r}: the data changed after the audit")
        signals[a["signal"]] = a["old"]
    out.mkdir(parents=True, exist_ok=True)
    for path, rows in data.items():
        _write(out / path.name, rows)
    print(f"wrote the pre-audit labels ({len(changes)} changes undone) to {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["apply", "original"])
    parser.add_argument("out", nargs="?", type=Path, help="folder for 'original'")
    parser.add_argument("--data", type=Path, default=LABELLED, help="the labelled data folder (default: data/labelled)")
    parser.add_argument("--only", help="for 'original': undo only the changes from this proposal file (e.g. second-pass.audit.jsonl)")
    args = parser.parse_args()
    if args.action == "original" and args.out is None:
        parser.error("original needs a folder to write into, e.g. python scripts/audit.py original /tmp/pre-audit")
    apply(args.data) if args.action == "apply" else original(args.out, args.data, args.only)
