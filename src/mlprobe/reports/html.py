"""The report as one self-contained HTML file: no scripts, no external fetches, plots inlined."""

from __future__ import annotations

import base64
from html import escape

from mlprobe.reports.markdown import TITLES
from mlprobe.reports.model import Report, segments
from mlprobe.vocabulary import DIMENSIONS, SIGNALS

STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:880px;margin:2em auto;padding:0 1em;color:#222}
.q{background:#eef5fb;border-left:4px solid #3b82c4;padding:.5em 1em;margin-top:1.5em}.why{color:#666;font-size:13px}
.a{padding:.5em 1em;border-left:4px solid #ccc}mark.signal{background:#c8e6c9}mark.flag{background:#ffcdd2}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
.meta{color:#555;font-size:13px}img{max-width:100%}"""


def render(report: Report) -> str:
    s, card = report.session, report.scorecard
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>mlprobe session {escape(s.id)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Practice session {escape(s.id)}</h1><p class='meta'>Started {escape(s.created_at)} · status {escape(s.status)} · seed {s.seed} · engine {escape(s.engine)}</p>",
        _scorecard(card),
        *[f"<figure><img alt='{escape(name)} plot' src='data:image/png;base64,{base64.b64encode(png).decode()}'></figure>" for name, png in report.plots.items()],
        "<h2>Transcript</h2><p class='meta'>Green: evidence of a signal. Red: evidence of a red flag. Hover for the name.</p>",
    ]
    for e in report.entries:
        if e.role == "interviewer":
            why = f"<div class='why'>Why this move: {escape(e.reason)}</div>" if e.reason else ""
            parts.append(f"<div class='q'><b>{TITLES.get(e.kind or '', 'Interviewer')}</b><p>{_br(escape(e.text))}</p>{why}</div>")
            continue
        body = "".join(_mark(piece, mark) for piece, mark in segments(e.text, e.spans)) or "<i>(no answer)</i>"
        meta = ""
        if e.assessment:
            a = e.assessment
            flags = ", ".join(f["id"] for f in a.get("red_flags", [])) or "none"
            meta = f"<div class='meta'>Holistic {a['holistic']}/5 · lived {a['lived_experience']:.0%} · red flags: {escape(flags)}</div>"
        parts.append(f"<div class='a'><p>{_br(body)}</p>{meta}</div>")
    return "".join(parts) + "</body></html>\n"


def _br(text: str) -> str:
    return text.replace("\n", "<br>")


def _mark(piece: str, mark: tuple[str, str] | None) -> str:
    if mark is None:
        return escape(piece)
    return f"<mark class='{mark[0]}' title='{escape(mark[1])}'>{escape(piece)}</mark>"


def _scorecard(card: dict) -> str:
    if not card.get("answers"):
        return "<p>No answers yet.</p>"
    rows = []
    for name in SIGNALS:
        v = card["signals"][name]
        if v["mean"] is not None:
            best = escape(v["best"]["quote"]) if v["best"]["quote"] and v["best"]["score"] >= 0.5 else ""
            worst = escape(v["worst"]["quote"]) if v["worst"]["score"] < 0.5 else ""
            rows.append(f"<tr><td>{name}</td><td>{v['mean']:.2f}</td><td>{best}</td><td>{worst}</td></tr>")
    dims = "".join(f"<tr><td>{d}</td><td>{card['dimensions'][d]:.2f}</td></tr>" for d in DIMENSIONS)
    contra = "".join(f"<li><b>Contradiction:</b> “{escape(c['claims'][0])}” vs “{escape(c['claims'][1])}” — {escape(c['why'])}</li>" for c in card["contradictions"])
    practise = "".join(f"<li><b>{p['signal']}</b> ({p['mean']:.2f}): {escape(p['exercise'])}" + (f" <code>{escape(p['command'])}</code>" if p["command"] else "") + "</li>" for p in card["practise"])
    revisit = ", ".join(escape(t["question_id"] or f"question {t['thread']}") for t in card["revisit"])
    return (
        f"<h2>Scorecard</h2><p>{card['answers']} answers · holistic {card['holistic']}/5 · lived experience {card['lived_experience']:.0%}</p>"
        f"<table><tr><th>signal</th><th>mean</th><th>best evidence</th><th>weakest answer</th></tr>{''.join(rows)}</table>"
        f"<h3>Session dimensions</h3><table>{dims}</table>" + (f"<ul>{contra}</ul>" if contra else "")
        + f"<h3>Practise next</h3><ol>{practise}</ol>" + (f"<p><b>Revisit:</b> {revisit}</p>" if revisit else "")
    )
