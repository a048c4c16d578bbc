"""Charts as PNG bytes, drawn with matplotlib's non-interactive backend (imported only when needed)."""

from __future__ import annotations

import io
from typing import Any

from mlprobe.vocabulary import SIGNALS


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    _pyplot().close(fig)
    return buffer.getvalue()


def session_signals(card: dict[str, Any]) -> bytes:
    plt = _pyplot()
    names = [s for s in SIGNALS if card["signals"][s]["mean"] is not None]
    values = [card["signals"][s]["mean"] for s in names]
    fig, ax = plt.subplots(figsize=(7, 3.6))
    colors = ["#2e7d32" if v >= 0.5 else "#f9a825" if v >= 0.25 else "#c62828" for v in values]
    ax.barh(names[::-1], values[::-1], color=colors[::-1])
    ax.set_xlim(0, 1)
    ax.axvline(0.5, color="#888", linewidth=0.8, linestyle="--")
    ax.set_xlabel("mean score over this session's answers")
    ax.set_title("Signals heard in this session")
    return _png(fig)


def session_grades(session: Any) -> bytes:
    plt = _pyplot()
    answers = session.answers
    fig, ax = plt.subplots(figsize=(7, 2.8))
    xs = list(range(1, len(answers) + 1))
    ax.plot(xs, [t.assessment["holistic"] for t in answers], marker="o", label="holistic (1-5)")
    ax.plot(xs, [1 + 4 * t.assessment["lived_experience"] for t in answers], marker="s", linestyle="--", label="lived experience (scaled)")
    for x, t in zip(xs, answers):
        if x > 1 and t.thread != answers[x - 2].thread:
            ax.axvline(x - 0.5, color="#bbb", linewidth=0.8)
    ax.set_ylim(0.8, 5.2)
    ax.set_xticks(xs)
    ax.set_xlabel("answer (grey lines: a new question)")
    ax.set_title("How the answers held up under follow-ups")
    ax.legend(loc="lower left", fontsize=8)
    return _png(fig)


def progress(trends: dict[str, list[float | None]], labels: list[str]) -> bytes:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 4.2))
    xs = list(range(1, len(labels) + 1))
    colors = plt.get_cmap("tab20").colors
    for n, (signal, values) in enumerate(trends.items()):
        points = [(x, v) for x, v in zip(xs, values) if v is not None]
        if points:
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="os^D"[n % 4], color=colors[(2 * n) % 20 + (n >= 10)], label=signal)
    ax.set_ylim(0, 1)
    ax.set_xticks(xs)
    ax.set_xticklabels(labels, rotation=30, ha="right", fontsize=7)
    ax.set_ylabel("mean signal score")
    ax.set_title("Signals across practice sessions")
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=7)
    return _png(fig)
