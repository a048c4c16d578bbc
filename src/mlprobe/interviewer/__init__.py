"""The interviewer: which question to ask, which follow-up, when to inject a constraint, when the edge
of the candidate's experience is reached — each move with the reason it was chosen."""

from mlprobe.interviewer.moves import Move, PracticeOptions
from mlprobe.interviewer.picker import History
from mlprobe.interviewer.policy import SessionView, next_move

__all__ = ["History", "Move", "PracticeOptions", "SessionView", "next_move"]
