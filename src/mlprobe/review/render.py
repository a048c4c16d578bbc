"""Review formats: markdown, standalone HTML and JSON, each a pure function ``Review -> str``.

Formats register in ``FORMATS`` by name; the CLI looks them up there, as a third-party format would.
HTML is built with the standard library only (``html.escape`` and string formatting).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from mlprobe.review.model import ELEMENT_TITLES, Review


NO_INCONSISTENCY = "None found: no count, metric, deployment or version statement contradicts another."


def _claim_lines(kind: str, claims: list[str]) -> list[str]:
    """Each quote on its own line; a breakdown's parts share one line under the total they fail to add up to."""
    quoted = [f"“{c}”" for c in claims]
    return quoted[:1] + [" · ".join(quoted[1:])] if kind == "breakdown" and len(quoted) > 2 else quoted


def _facts_lines(review: Review) -> list[tuple[str, str]]:
    f = review.facts
    rows = [
        ("Metrics", "; ".join(m.display for m in f.metrics)),
        ("Data", ", ".join(f.datasets + f.data_files)),
        ("Models", ", ".join(f.models)),
        ("Techniques", ", ".join(f.techniques)),
        ("Tools", ", ".join(f.tools)),
        ("Scale", ", ".join(f.scale)),
        ("Resources", ", ".join(f.resources)),
    ]
    return [(k, v) for k, v in rows if v]


def to_markdown(review: Review) -> str:
    out = [f"# Project review: {review.title}", ""]
    if review.source:
        out += [f"Source: `{review.source}`", ""]
    if review.message:
        out += [f"> {review.message}", ""]
    if not review.is_ml_project:
        return "\n".join(out)
    out += ["## The three elements interviewers look for", ""]
    for name, element in review.elements.items():
        out += [f"### {'✓' if element.found else '✗'} {ELEMENT_TITLES[name]} ({'found' if element.found else 'missing'})", "", element.why, ""]
        out += [f"> “{quote}”" + "\n" for quote in element.evidence]
    out += ["## Red flags", ""]
    for flag in review.red_flags or []:
        out.append(f"- **{flag.id}**: {flag.why}")
        out += [f"  - “{quote}”" for quote in flag.evidence]
    out += ([] if review.red_flags else ["None found."]) + ["", "## Inconsistencies", ""]
    for found in review.inconsistencies:
        out.append(f"- **{found.kind}**: {found.why}")
        out += [f"  - {line}" for line in _claim_lines(found.kind, found.claims)]
    out += ([] if review.inconsistencies else [NO_INCONSISTENCY]) + ["", "## Stress-test questions", ""]
    out += [f"{n}. {q}" for n, q in enumerate(review.questions, 1)]
    out += ["", "## Scaffolds for the missing sections", ""]
    for title, text in review.scaffolds.items():
        out += [f"### {title}", ""] + [f"- {line}" for line in text.splitlines()] + [""]
    out += ["## Specifics found in the write-up", ""] + [f"- {k}: {v}" for k, v in _facts_lines(review)]
    return "\n".join(out).rstrip() + "\n"


_CSS = """body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}blockquote{margin:.4rem 0 .4rem 1rem;padding-left:.8rem;border-left:3px solid #bbb;color:#444}
.found{color:#1a7f37}.missing{color:#b42318}.flag{font-family:monospace;font-weight:bold}.placeholder{color:#8a6d00}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.6rem;border-radius:4px}"""


def to_html(review: Review) -> str:
    e = html.escape
    body = [f"<h1>Project review: {e(review.title)}</h1>"]
    if review.source:
        body.append(f"<p>Source: <code>{e(review.source)}</code></p>")
    if review.message:
        body.append(f"<p class=\"message\">{e(review.message)}</p>")
    if review.is_ml_project:
        body += _html_sections(review)
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Project review: {e(review.title)}</title><style>{_CSS}</style></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _html_sections(review: Review) -> list[str]:
    e = html.escape
    out = ["<section id=\"elements\"><h2>The three elements interviewers look for</h2>"]
    for name, el in review.elements.items():
        state = "found" if el.found else "missing"
        out.append(f"<h3 class=\"{state}\">{'✓' if el.found else '✗'} {e(ELEMENT_TITLES[name])} ({state})</h3><p>{e(el.why)}</p>")
        out += [f"<blockquote>“{e(q)}”</blockquote>" for q in el.evidence]
    out.append("</section><section id=\"red-flags\"><h2>Red flags</h2><ul>")
    for flag in review.red_flags:
        quotes = "".join(f"<blockquote>“{e(q)}”</blockquote>" for q in flag.evidence)
        out.append(f"<li><span class=\"flag\">{e(flag.id)}</span>: {e(flag.why)}{quotes}</li>")
    out.append("</ul>" + ("" if review.red_flags else "<p>None found.</p>") + "</section>")
    out.append("<section id=\"inconsistencies\"><h2>Inconsistencies</h2><ul>")
    for found in review.inconsistencies:
        quotes = "".join(f"<blockquote>{e(line)}</blockquote>" for line in _claim_lines(found.kind, found.claims))
        out.append(f"<li><span class=\"flag\">{e(found.kind)}</span>: {e(found.why)}{quotes}</li>")
    out.append("</ul>" + ("" if review.inconsistencies else f"<p>{e(NO_INCONSISTENCY)}</p>") + "</section>")
    out.append("<section id=\"questions\"><h2>Stress-test questions</h2><ol>" + "".join(f"<li>{e(q)}</li>" for q in review.questions) + "</ol></section>")
    out.append("<section id=\"scaffolds\"><h2>Scaffolds for the missing sections</h2>")
    for title, text in review.scaffolds.items():
        items = "".join(_li(line) for line in text.splitlines())
        out.append(f"<h3>{e(title)}</h3><ul>{items}</ul>")
    out.append("</section><section id=\"facts\"><h2>Specifics found in the write-up</h2><ul>")
    out += [f"<li><strong>{e(k)}</strong>: {e(v)}</li>" for k, v in _facts_lines(review)]
    out.append("</ul></section>")
    return out


def _li(line: str) -> str:
    css = ' class="placeholder"' if line.startswith("[your fact") else ""
    return f"<li{css}>{html.escape(line)}</li>"


def to_json(review: Review) -> str:
    return json.dumps(review.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Review], str]] = {"md": to_markdown, "html": to_html, "json": to_json}
