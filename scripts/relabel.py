"""The second labelling pass: five signals relabelled blind, disagreements settled by a third blind rater.

    python scripts/relabel.py tasks DIR [--shards 8]     # blind tasks (no labels) for the second raters
    python scripts/relabel.py compare [DIR]              # agreement with the current labels; with DIR, writes
                                                         # the blind tasks for the third rater (disagreements only)
    python scripts/relabel.py propose                    # writes data/labelled/audit/second-pass.audit.jsonl
    python scripts/audit.py apply                        # applies it, logged, reversible with `audit.py original`
    python scripts/relabel.py evaluate [--no-quotes]     # grouped CV trained and scored on labels before/after
                                                         # (--no-quotes: the engine without sentence models)
    python scripts/relabel.py quotes                     # writes the raters' quotes into the labelled records

Quotes: every 1 a rater gives comes with the span that carries it. ``quotes`` stores, for each signal
labelled 1, the quote of a rater who heard it (second pass, else third, else the evidence pass of
``relabel/quotes/``, where raters quoted the span of signals already labelled 1) as
``labels.turns.N.quotes``; the offline engine's sentence models train on them.

Raters see the question, the turns before the answer, the answer and docs/labelling.md, never the
current labels or a model's scores. Their files go to ``data/labelled/relabel/second/`` and
``data/labelled/relabel/third/`` (one JSON object per candidate turn: ``id``, ``turn``, ``signals`` with
0/1 for each relabelled signal, ``quotes`` with a verbatim span for every 1). A label changes only when
the second and the third rater, each reading blind, both disagree with it: the majority of three.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "src")]

from audit import LABELLED, _data, _index, _read  # noqa: E402

from mlprobe.evaluation import metrics as m  # noqa: E402

SIGNALS = ("owns_failure", "specific_tradeoffs", "post_deployment", "collaboration", "generalizes")
SEED = 20261208

Key = tuple[str, str]


def _turns(labelled: Path = LABELLED) -> dict[Key, dict[str, Any]]:
    """Every labelled candidate turn as a blind task: question, the turns before it, the answer."""
    out = {}
    for record in _index(_data(labelled)).values():
        turns = record["turns"]
        for number in sorted(record["labels"]["turns"], key=int):
            index = int(number)
            out[(record["id"], number)] = {
                "id": record["id"],
                "turn": number,
                "before": [{"role": t["role"], **({"kind": t["kind"]} if "kind" in t else {}), "text": t["text"]} for t in turns[:index]],
                "answer": turns[index]["text"],
            }
    return out


def _current(labelled: Path = LABELLED) -> dict[Key, dict[str, Any]]:
    return {(r["id"], k): v["signals"] for r in _index(_data(labelled)).values() for k, v in r["labels"]["turns"].items()}


def _rated(folder: Path) -> dict[Key, dict[str, Any]]:
    """A rater pass: the last row for each turn wins; rows with a value other than 0/1 stop the script."""
    rows: dict[Key, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for row in _read(path):
            key = (row["id"], str(row["turn"]))
            bad = [s for s in row.get("signals", {}) if s in SIGNALS and row["signals"][s] not in (0, 1)]
            if bad:
                sys.exit(f"{path}: {key[0]}/{key[1]}: {', '.join(bad)} must be 0 or 1")
            rows[key] = row
    return rows


def tasks(out: Path, shards: int, labelled: Path = LABELLED) -> None:
    items = sorted(_turns(labelled).values(), key=lambda t: (t["id"], int(t["turn"])))
    random.Random(SEED).shuffle(items)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(shards):
        part = items[i::shards]
        (out / f"tasks-{i + 1:02d}.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in part), encoding="utf-8")
    print(f"wrote {len(items)} turns in {shards} shards to {out}")


def check(folder: Path, labelled: Path = LABELLED) -> list[str]:
    """Every quote must be copied from the answer it labels, and every 1 must have one: a pass that
    fails this was not read against the right text."""
    blind, problems = _turns(labelled), []
    for key, row in _rated(folder).items():
        answer = " ".join(blind[key]["answer"].split()) if key in blind else None
        if answer is None:
            problems.append(f"{key[0]}/{key[1]}: no such candidate turn")
            continue
        for name, value in row["signals"].items():
            quote = " ".join(str((row.get("quotes") or {}).get(name) or "").split())
            if value == 1 and (not quote or quote.strip(" .…\"'") not in answer):
                problems.append(f"{key[0]}/{key[1]}/{name}: quote not found in the answer: {quote[:80]!r}")
    return problems


def compare(out: Path | None, labelled: Path = LABELLED) -> dict[str, Any]:
    for line in check(labelled / "relabel" / "second", labelled):
        print("check:", line)
    current, second = _current(labelled), _rated(labelled / "relabel" / "second")
    missing = [k for k in current if k not in second]
    report: dict[str, Any] = {"turns": len(second), "missing": len(missing), "signals": {}}
    disagree: dict[Key, list[str]] = {}
    for name in SIGNALS:
        pairs = [(current[k][name], second[k]["signals"][name]) for k in second if k in current and name in second[k].get("signals", {})]
        a, b = [x for x, _ in pairs], [y for _, y in pairs]
        report["signals"][name] = {"kappa": round(m.cohen_kappa(a, b) or 0.0, 3), "agreement": round(m.accuracy(a, b), 3),
                                   "current_1": sum(a), "second_1": sum(b), "n": len(pairs)}
        for k in second:
            if k in current and second[k]["signals"].get(name) is not None and second[k]["signals"][name] != current[k][name]:
                disagree.setdefault(k, []).append(name)
    report["mean_kappa"] = round(sum(s["kappa"] for s in report["signals"].values()) / len(SIGNALS), 3)
    earlier = labelled.parent / "agreement" / "second-rater.jsonl"
    if earlier.exists():
        report["earlier_second_rater"] = _against_earlier_rater(earlier, {"current labels": current, "second pass": {k: r["signals"] for k, r in second.items()}})
    report["disagreements"] = sum(len(v) for v in disagree.values())
    print(json.dumps(report, indent=1))
    if out is not None:
        blind = _turns(labelled)
        items = [{**blind[k], "signals_to_rate": names} for k, names in sorted(disagree.items())]
        random.Random(SEED + 1).shuffle(items)
        out.mkdir(parents=True, exist_ok=True)
        shards = max(1, min(8, len(items) // 40))
        for i in range(shards):
            (out / f"third-{i + 1:02d}.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in items[i::shards]), encoding="utf-8")
        print(f"wrote {len(items)} turns ({report['disagreements']} labels) for the third rater in {shards} shards to {out}")
    return report


def _against_earlier_rater(path: Path, passes: dict[str, dict[Key, dict[str, Any]]]) -> dict[str, dict[str, float]]:
    """Kappa of each pass with the blind second rater of data/agreement (20% of records, labelled under
    the guide before the audit): an outside reference none of the passes saw."""
    earlier = {(r["id"], k): v["signals"] for r in _read(path) for k, v in r["labels"]["turns"].items()}
    out: dict[str, dict[str, float]] = {}
    for name, labels in passes.items():
        keys = [k for k in earlier if k in labels]
        out[name] = {s: round(m.cohen_kappa([earlier[k][s] for k in keys], [labels[k][s] for k in keys]) or 0.0, 3) for s in SIGNALS}
        out[name]["n"] = len(keys)
    return out


def propose(labelled: Path = LABELLED) -> list[dict[str, Any]]:
    current, second, third = _current(labelled), _rated(labelled / "relabel" / "second"), _rated(labelled / "relabel" / "third")
    proposals, outcome = [], Counter()
    for key, row in sorted(second.items()):
        for name in SIGNALS:
            new = row["signals"].get(name)
            if key not in current or new is None or new == current[key][name]:
                continue
            vote = third.get(key, {}).get("signals", {}).get(name)
            if vote is None:
                outcome["no third vote"] += 1
            elif vote == new:
                outcome[f"changed {name} {current[key][name]}->{new}"] += 1
                proposals.append({"id": key[0], "turn": key[1], "signal": name, "old": current[key][name], "new": new,
                                  "quote": (row.get("quotes") or {}).get(name) or (third[key].get("quotes") or {}).get(name) or "",
                                  "reason": "second pass (docs/labelling.md 'Second pass'): the second and the third blind rater both disagree with the label"})
            else:
                outcome["kept (third rater sides with the label)"] += 1
    path = labelled / "audit" / "second-pass.audit.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in proposals), encoding="utf-8")
    print(f"wrote {len(proposals)} proposals to {path}")
    for line, n in sorted(outcome.items()):
        print(f"  {line}: {n}")
    return proposals


def write_quotes(labelled: Path = LABELLED) -> Counter:
    from audit import _write

    relabel = labelled / "relabel"
    second, third = _rated(relabel / "second"), _rated(relabel / "third")
    evidence = {}
    for path in sorted((relabel / "quotes").glob("*.jsonl")):
        for row in _read(path):
            evidence[(row["id"], str(row["turn"]))] = {k: v for k, v in (row.get("quotes") or {}).items() if v}
    data, counts = _data(labelled), Counter()
    for records in data.values():
        for record in records:
            for number, label in record["labels"]["turns"].items():
                key, found = (record["id"], number), {}
                for name, value in label["signals"].items():
                    if value != 1:
                        continue
                    for source in (second, third):
                        row = source.get(key) or {}
                        if (row.get("signals") or {}).get(name) == 1 and (row.get("quotes") or {}).get(name):
                            found[name] = row["quotes"][name]
                            break
                    else:
                        if evidence.get(key, {}).get(name):
                            found[name] = evidence[key][name]
                    counts[name] += name in found
                if found:
                    label["quotes"] = dict(sorted(found.items()))
                else:
                    label.pop("quotes", None)
    for path, rows in data.items():
        _write(path, rows)
    print("quotes written per signal: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return counts


def evaluate(quotes: bool = True) -> None:
    """Grouped CV (the folds of `mlprobe eval`) trained on the labels before and after the second pass,
    each scored against both: shows whether a change comes from cleaner training or from the scoring labels."""
    import dataclasses
    import tempfile

    from audit import original

    from mlprobe.analyzer import registry
    from mlprobe.evaluation import dataset as ds
    from mlprobe.evaluation import report
    from mlprobe.evaluation.harness import cross_validate

    with tempfile.TemporaryDirectory() as tmp:
        original(Path(tmp), only="second-pass.audit.jsonl")
        sets = {"before": ds.load([Path(tmp)]), "after": ds.load([LABELLED])}
    cls = registry.engine_class("offline")
    preds = {name: cross_validate(data, lambda: cls({"quotes": quotes})) for name, data in sets.items()}
    labels = {name: {(t.record_id, t.turn_index): t.labels for t in data.turns} for name, data in sets.items()}
    print("trained on -> scored on: macro F1 (per signal)")
    for trained, p in preds.items():
        for scored in sets:
            rows = [(dataclasses.replace(t, labels=labels[scored][(t.record_id, t.turn_index)]), a) for t, a in p.turns]
            per = {n: m.f1([t.signal(n) for t, _ in rows], [int(a.signals[n].score >= 0.5) for _, a in rows]) for n in SIGNALS}
            cells = ", ".join(f"{n} {v:.3f}" for n, v in per.items())
            print(f"{trained:>6} -> {scored:<6} {report._macro_f1(rows):.4f}  ({cells})", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["tasks", "compare", "propose", "evaluate", "quotes"])
    parser.add_argument("dir", nargs="?", type=Path, help="where blind tasks are written (tasks: required; compare: optional)")
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--no-quotes", action="store_true", help="evaluate: train the engine without its sentence models")
    args = parser.parse_args()
    if args.action == "tasks":
        if args.dir is None:
            parser.error("tasks needs a folder, e.g. python scripts/relabel.py tasks /tmp/relabel")
        tasks(args.dir, args.shards)
    elif args.action == "compare":
        compare(args.dir)
    elif args.action == "propose":
        propose()
    elif args.action == "quotes":
        write_quotes()
    else:
        evaluate(not args.no_quotes)
