"""``mlprobe practice --project``: an interview about the candidate's own write-up, stored like any session."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlprobe.review import read_project_file, review_text
from mlprobe.store import Store

PROJECTS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "projects"
TELCO = PROJECTS / "CarsonShively__telco-churn.md"
ANSWERS = """I built a churn model on the Telco dataset and compared logistic regression, XGBoost and LightGBM; XGBoost won on ROC AUC.
---
The first thing that broke was the TotalCharges column: blank strings for new customers crashed the pipeline until I cast them, and that showed me tenure-zero customers were a separate group.
---
With labels six weeks late I would watch the score distribution and drift on contract type and monthly charges, and keep the last validated model as a fallback.
---
The labels are the dataset's churn flag; I never checked how the company defined churn, which I would now ask first.
---
I don't know.
---
"""

pytestmark = pytest.mark.skipif(not TELCO.exists(), reason="the shared project corpus is not next to this checkout")


def test_a_scripted_project_interview_runs_and_is_stored(cli, isolated_home: Path, tmp_path: Path) -> None:  # noqa: ANN001
    script = tmp_path / "answers.txt"
    script.write_text(ANSWERS)
    result = cli("practice", "--project", str(TELCO), "--script", str(script), "--seed", "5")
    assert result.code == 0, result.err
    store = Store.open(isolated_home)
    session = store.load("latest")
    store.close()
    review = review_text(read_project_file(TELCO), source=str(TELCO))
    moves = [t for t in session.turns if t.role == "interviewer"]
    assert session.options["project"]["source"] == str(TELCO)
    assert "telco-churn" in moves[0].text and moves[0].move["kind"] == "question"
    # Every follow-up and later question comes from this project's own stress-test questions.
    project_text = {q for q in review.questions}
    asked = [m.text.split('". ', 1)[-1] for m in moves[1:] if m.move["kind"] in ("probe", "question")]
    assert asked and all(text in project_text for text in asked)
    constraints = [m for m in moves if m.move["kind"] == "constraint"]
    assert all("telco-churn" in m.text for m in constraints)
    assert len(session.answers) == 5 and all(t.assessment for t in session.answers)
    assert cli("report", session.id, "--format", "md").code == 0


def test_a_project_that_is_not_ml_is_refused(cli, tmp_path: Path) -> None:  # noqa: ANN001
    readme = tmp_path / "README.md"
    readme.write_text("# tidy-css\n\nA small CSS reset. Install with npm and import it before your styles.\n\n## Usage\n\nImport `tidy.css` first.\n")
    result = cli("practice", "--project", str(readme))
    assert result.code == 3 and "machine-learning project" in result.err
    assert cli("history", "--json").out.strip() == "[]"
