"""The report as Markdown: self-contained, plots embedded as data URIs."""

from __future__ import annotations

import base64

from mlprobe.reports.model import Report, segments
from mlprobe.vocabulary import DIMENSIONS, SIGNALS

TITLES = {"question": "Question", "probe": "Follow-up", "constraint": "Constraint", "contradiction": "Consistency check"}


def render(report: Report) -> str:
    s, card = report.session, report.scorecard
    out = [f"# Practice session {s.id}", "", f"Started {s.created_at} · status {s.status} · seed {s.seed} · engine {s.engine}", ""]
    out += _scorecard(card)
    for name, png in report.plots.items():
        out += [f"![{name}](data:image/png;base64,{base64.b64encode(png).decode()})", ""]
    out += ["## Transcript", "", "Evidence of a signal is **bold**; red-flag evidence is ~~struck through~~.", ""]
    for e in report.entries:
        if e.role == "interviewer":
            out += [f"### {TITLES.get(e.kind or '', 'Interviewer')}", "", f"> {e.text}".replace("\n", "\n> "), ""]
            if e.reason:
                out += [f"_Why this move: {e.reason}_", ""]
            continue
        body = "".join(_md(piece, mark) for piece, mark in segments(e.text, e.spans)) or "_(no answer)_"
        out += ["**Answer:**", "", body, ""]
        if e.assessment:
            a = e.assessment
            heard = ", ".join(f"{n} {a['signals'][n]['score']:.2f}" for n in SIGNALS if (a["signals"][n]["score"] or 0) >= 0.5) or "none above 0.5"
            flags = ", ".join(f["id"] for f in a.get("red_flags", [])) or "none"
            out += [f"Holistic {a['holistic']}/5 · lived {a['lived_experience']:.0%} · signals heard: {heard} · red flags: {flags}", ""]
    return "\n".join(out) + "\n"


def _md(piece: str, mark: tuple[str, str] | None) -> str:
    if mark is None or not piece.strip():
        return piece
    return f"**{piece}**" if mark[0] == "signal" else f"~~{piece}~~"


def _scorecard(card: dict) -> list[str]:
    if not card.get("answers"):
        return ["No answers yet.", ""]
    out = ["## Scorecard", "", f"{card['answers']} answers · holistic {card['holistic']}/5 · lived experience {card['lived_experience']:.0%}", ""]
    out += ["| signal | mean | best evidence | weakest answer |", "| --- | --- | --- | --- |"]
    for name in SIGNALS:
        v = card["signals"][name]
        if v["mean"] is not None:
            best = f"“{v['best']['quote']}”" if v["best"]["quote"] and v["best"]["score"] >= 0.5 else ""
            worst = f"“{v['worst']['quote']}”" if v["worst"]["score"] < 0.5 else ""
            out.append(f"| {name} | {v['mean']:.2f} | {best} | {worst} |")
    out += ["", "| dimension | score |", "| --- | --- |"] + [f"| {d} | {card['dimensions'][d]:.2f} |" for d in DIMENSIONS] + [""]
    for c in card["contradictions"]:
        out.append(f"- **Contradiction:** “{c['claims'][0]}” vs “{c['claims'][1]}” — {c['why']}")
    out += ["", "### Practise next", ""]
    for n, p in enumerate(card["practise"], 1):
        out.append(f"{n}. **{p['signal']}** ({p['mean']:.2f}): {p['exercise']}" + (f" `{p['command']}`" if p["command"] else ""))
    if card["revisit"]:
        out += ["", "Revisit: " + ", ".join(t["question_id"] or f"question {t['thread']}" for t in card["revisit"])]
    return out + [""]
