"""Self-consistency in ``mlprobe review``: one write-up contradicting itself, and the many look-alikes that
are not contradictions (train vs test, before vs after, two models, two datasets, a part and its whole)."""

from __future__ import annotations

import pytest

from mlprobe.review import Review, review_text

INTRO = (
    "# Churn model\n\nWe trained a machine learning classifier on the Telco dataset to predict churn, "
    "with cross-validation and hyperparameter tuning.\n\n"
)


def review(body: str) -> Review:
    return review_text(INTRO + body, source="README.md")


def kinds(body: str) -> list[tuple[str, list[str]]]:
    return [(i.kind, i.values) for i in review(body).inconsistencies]


# --- not inconsistencies -----------------------------------------------------------------------------------
NOT_FLAGGED = {
    "train vs test": "## Results\n\nTraining accuracy: 99%.\n\nTest accuracy: 91%.\n\nThe model reached 99% accuracy on the training set.\n",
    "train vs test columns": "| Metric | Train | Test |\n|---|---|---|\n| Accuracy | 0.99 | 0.90 |\n\nThe model reaches 90% accuracy.\n",
    "split rows and a headline": "| Split | Accuracy |\n|---|---|\n| Train | 0.99 |\n| Validation | 0.93 |\n| Test | 0.91 |\n\nThe model achieves 91% accuracy.\n",
    "headline next to validation only": "Accuracy: 95%\n\n## Results\n\nValidation accuracy: 91%\n",
    "cv vs leaderboard": "CV RMSE: 0.112\n\nPublic leaderboard RMSE: 0.119\n\nPrivate leaderboard RMSE: 0.121\n",
    "before vs after tuning": "## Results\n\nBefore tuning, the model had an AUC of 0.81.\n\nAfter tuning, the AUC is 0.88.\n",
    "baseline vs final": "Baseline accuracy: 72%.\n\nFinal accuracy after feature engineering: 85%.\n",
    "from x to y": "Accuracy improved from 82% to 90% after feature engineering.\n\nAccuracy: 90%\n",
    "starting and target columns": (
        "| Metric | Starting | Final | Target | Kaggle Winner |\n|---|---|---|---|---|\n| AUC | 0.7755 | 0.9696 | 0.85 | ~0.99 |\n\n"
        "Our 0.97 AUC uses temporal validation. We beat the 0.85 AUC target.\n"
    ),
    "first vs second run": "First run: 0.80 AUC.\n\nSecond run: 0.86 AUC.\n",
    "older vs current version": "I scored 0.11579 on the public leaderboard with an older version; the current version only does about 0.119.\n",
    "different models in a table": (
        "| Model | Accuracy | F1 |\n|---|---|---|\n| Logistic Regression | 0.81 | 0.75 |\n| XGBoost | 0.88 | 0.84 |\n\n"
        "XGBoost reached 0.88 accuracy. Logistic regression reached an accuracy of 0.81. Our best model achieves 88% accuracy.\n"
    ),
    "models in the headings above": "## Random Forest\n\n### Results\n\n- Accuracy: 0.82\n\n## XGBoost\n\n### Results\n\n- Accuracy: 0.88\n",
    "numbered experiments": (
        "### Experiment 1\n\n| Metric | Value |\n|---|---|\n| AUC | 0.81 |\n\n### Experiment 2\n\n| Metric | Value |\n|---|---|\n| AUC | 0.86 |\n"
    ),
    "different models in prose": "Logistic regression got 0.78 AUC. XGBoost got 0.85 AUC.\n",
    "different datasets": "On MNIST the CNN reaches 99.2% accuracy.\n\nOn Fashion-MNIST the CNN reaches 91.5% accuracy.\n",
    "a subset": "Accuracy: 92%\n\nAccuracy on the minority class: 61%\n",
    "other averages and variants": "F1: 0.84\n\nMacro F1: 0.71\n\nF1 (macro): 0.70\n\nROC-AUC: 0.91\n\nPR-AUC: 0.45\n\nBalanced accuracy: 0.85. Accuracy: 0.90. Top-5 accuracy: 98%.\n",
    "a hypothetical": "Accuracy: 92%\n\nOn noisy scans the accuracy may drop to 80%.\n",
    "offline vs production": "Offline AUC: 0.91.\n\nIn production the AUC fell to 0.84.\n",
    "a target": "Our target was 90% accuracy. We reached 87% accuracy.\n",
    "rounding": "The model achieves 0.97 AUC.\n\n| Metric | Value |\n|---|---|\n| AUC | 0.9696 |\n\nAccuracy: 0.89. The final accuracy is 89.4%.\n",
    "rounded counts": "The corpus has 6.1 million sentence pairs.\n\n- Sentence Pairs: 6,110,033\n\nThe dataset has about 300K images.\n\n- Images: 310,000\n",
    "a part and its whole": (
        "Sentiment140 has 1.6 million tweets. We trained on 1.2 million tweets.\n\n"
        "The dataset has 60,000 images: 50,000 training images and 10,000 test images.\n\n- Images: 60,000\n\nWe use 50,000 training images.\n"
    ),
    "a rate is not a size": "We process 10,000 images per day. The dataset has 2,000 images. Batch processing: 500 reviews/chunk. The corpus has 40,000 reviews.\n",
    "merged classes": "The dataset originally has 12 classes.\n\nWe merged them into 10 classes.\n\nIt is a 10-class classifier.\n",
    "two training stages": "The head was trained for 5 epochs, then the full network for 20 epochs.\n\nWe fine-tuned for 20 epochs.\n",
    "an epoch is a point in time": "We trained for 50 epochs; the best checkpoint was at epoch 37.\n\nAccuracy after 10 epochs was 85%.\n",
    "two models' sizes": "BERT-base has 110M parameters while DistilBERT has 66M parameters.\n\nDistilBERT (66M parameters) was fast enough.\n",
    "another variant in a comment": "The model has 110M parameters.\n\n```python\nmodel = load('bert-base')  # 110M parameters\n# 340M parameters for bert-large\n```\n",
    "a later stage in a code comment": "- Trainable parameters: 1.2M\n\n```python\ntrainable_parameters = ~2.5 million  # after adding the second conv block\n```\n",
    "code is not a claim": (
        "We trained the CNN for 20 epochs on 50,000 images.\n\n## Usage\n\n```python\nmodel.fit(X, y, epochs=5)\nEPOCHS = 10\nN_IMAGES = 1000\n"
        "# model.fit(X, y, epochs=3)\n```\n\n```bash\npython train.py --epochs 7 --samples 100\n```\n"
    ),
    "demo vs production": "A demo is deployed on Hugging Face Spaces.\n\nIt is not in production: nobody relies on it for decisions.\n",
    "one part not deployed": "The API is deployed on Render.\n\nThe dashboard is not deployed yet.\n",
    "no longer deployed": "The model was deployed to Heroku in 2022.\n\nIt is no longer deployed since Heroku ended free dynos.\n",
    "deployment instructions": "## Deployment\n\nDeploy to AWS with `make deploy`. Models can be deployed to SageMaker.\n\nThis project is not deployed; it runs locally only.\n",
    "deployed locally": "Deployed locally with Docker Compose.\n\nIt was only tested locally.\n",
    "not deployed in real time": "The model is deployed on Airflow as a nightly batch job.\n\nIt is not deployed in real time.\n",
    "dependency versions": "**Version**: 3.1 | Status: stable\n\n## Stack\n\n- Flask 3.0+\n- PyTorch 2.0+\n\n### What's NEW (v3.0)\n\n- Dark mode\n",
    "a breakdown that adds up": "### Dataset (10,000 total)\n\n- Train (8,000): for fitting\n- Test (2,000): for evaluation\n",
}


@pytest.mark.parametrize("case", sorted(NOT_FLAGGED))
def test_look_alikes_are_not_inconsistencies(case: str) -> None:
    assert kinds(NOT_FLAGGED[case]) == []


# --- inconsistencies ------------------------------------------------------------------------------------------
FLAGGED = {
    "a headline against the results": ("The model achieves 93% accuracy.\n\n## Results\n\n- Accuracy: 89%\n", ("metric", ["93%", "89%"])),
    "a headline against the only test number": ("Accuracy: 95%\n\n## Results\n\nTest accuracy: 91%\n", ("metric", ["95%", "91%"])),
    "a table against the text": ("| Metric | Test |\n|---|---|\n| Accuracy | 0.90 |\n\nThe model reaches 94% accuracy.\n", ("metric", ["0.90", "94%"])),
    "a fraction against a percentage": ("Accuracy: 0.89\n\n## Results\n\nThe final accuracy is 92%.\n", ("metric", ["0.89", "92%"])),
    "a share larger than the whole": ("- Images: 60,000\n\nWe trained on 70,000 images.\n", ("dataset_size", ["60,000", "70,000"])),
    "the size of the data": ("## Data\n\nThe dataset has 50,000 images.\n\n## Training\n\nWe trained the CNN on 60,000 images.\n", ("dataset_size", ["50,000", "60,000"])),
    "the number of classes": ("It is a 10-class image classifier.\n\n## Model\n\nThe output layer predicts 12 classes.\n", ("classes", ["10", "12"])),
    "binary against three classes": ("Task: binary sentiment classification.\n\nLabels: 3 classes (positive, neutral, negative).\n", ("classes", ["2", "3"])),
    "the number of epochs": ("We trained the CNN for 20 epochs.\n\n## Training\n\n- Epochs: 30\n", ("epochs", ["20", "30"])),
    "parameters in a code comment": ("Our model has 25M parameters.\n\n```python\nmodel = build()  # ~40M parameters\n```\n", ("parameters", ["25M", "~40M"])),
    "parameters documented as code": (
        "- Trainable Parameters: 6.8M (0.094% of full model)\n\n## Training Configuration\n\n```python\nbase_parameters = 7 billion\ntrainable_parameters = ~8.4 million (0.12% of base)\n```\n",
        ("parameters", ["6.8M", "~8.4 million"]),
    ),
    "a version older than its new features": ("**Version**: 2.0.0\n\n### Features NEW (v4.0)\n\n- Voice input\n", ("version", ["2.0.0", "v4.0"])),
    "a total its parts do not add up to": ("### Dataset (10,000 total)\n\n- Train (8,000): for fitting\n- Test (1,000): for evaluation\n", ("breakdown", ["10,000", "9,000"])),
}


@pytest.mark.parametrize("case", sorted(FLAGGED))
def test_contradictions_are_found(case: str) -> None:
    body, expected = FLAGGED[case]
    assert kinds(body) == [expected]


def test_a_deployment_contradiction_is_found_with_both_quotes() -> None:
    body = (
        "The model is deployed to production on AWS behind a FastAPI endpoint.\n\n"
        "## Limitations\n\nThe model has not been deployed yet; it was only tested locally.\n"
    )
    result = review(body)
    (found,) = result.inconsistencies
    assert found.kind == "deployment"
    assert found.claims == ["The model is deployed to production on AWS behind a FastAPI endpoint.", "The model has not been deployed yet; it was only tested locally."]
    assert all(claim in INTRO + body for claim in found.claims)
    question = next(q for q in result.questions if "but also" in q)
    assert "Was it deployed or not" in question and "deployed to production on AWS" in question


@pytest.mark.parametrize(
    "denial",
    ["It was only tested locally.", "Note: this project is not deployed.", "The model has never been deployed.", "So far it runs only on my laptop."],
)
def test_deployed_on_a_host_contradicts_any_whole_denial(denial: str) -> None:
    body = f"The app is deployed on Streamlit Cloud at https://x.streamlit.app.\n\n## Limitations\n\n{denial}\n"
    assert [k for k, _ in kinds(body)] == ["deployment"]


def test_a_contradiction_becomes_the_first_stress_test_question() -> None:
    result = review("We trained the CNN for 20 epochs.\n\n## Training\n\n- Epochs: 30\n")
    assert result.questions[0] == (
        "Your README gives 20 epochs in one place (“We trained the CNN for 20 epochs”) and 30 in another (“Epochs: 30”). "
        "Which is right, and why did it change?"
    )
    assert len(result.questions) == len(result.question_probes) <= 12


def test_at_most_two_questions_come_from_contradictions() -> None:
    body = (
        "The model achieves 93% accuracy on 50,000 images. It is a 10-class classifier trained for 20 epochs.\n\n"
        "## Results\n\n- Accuracy: 89%\n- Images: 60,000\n- Classes: 12\n- Epochs: 30\n"
    )
    result = review(body)
    assert len(result.inconsistencies) >= 3
    asked = [q for q in result.questions if "in one place" in q]
    assert len(asked) == 2 and 8 <= len(result.questions) <= 12


def test_json_carries_inconsistencies_next_to_the_stable_keys() -> None:
    result = review("We trained the CNN for 20 epochs.\n\n- Epochs: 30\n").to_json_dict()
    assert {"elements", "red_flags", "questions", "scaffolds", "inconsistencies"} <= set(result)
    (found,) = result["inconsistencies"]
    assert {"kind", "claims", "why"} <= set(found) and found["kind"] == "epochs" and len(found["claims"]) == 2
    assert isinstance(result["elements"], dict) and isinstance(result["red_flags"], list)


def test_a_consistent_write_up_has_an_empty_list() -> None:
    result = review("## Results\n\nTest accuracy: 91%.\n\nThe test accuracy is 91.2%.\n")
    assert result.inconsistencies == [] and result.to_json_dict()["inconsistencies"] == []


# --- model names ------------------------------------------------------------------------------------------
def test_generic_words_libraries_and_steps_are_not_models() -> None:
    result = review(
        "Bert and Ernie liked the prophet of lasso tricks. We used scikit-learn, PyTorch, the Transformers library and pip install xgboost. "
        "Missing values were filled with KNN imputation, then stacking boxes. Data from CNN/DailyMail.\n"
    )
    assert result.facts.models == []


def test_model_names_are_whole_and_in_their_own_spelling() -> None:
    result = review(
        "We compared a BERT-based classifier, ResNet-50, GPT-4. and Llama 3.1 (via llama.cpp), plus random forests and an "
        "XGBClassifier; the random forest lost. LoRA and TF-IDF were used around them.\n"
    )
    assert result.facts.models == ["BERT", "ResNet-50", "GPT-4", "Llama 3.1", "random forests", "XGBClassifier"]
    assert result.facts.techniques == ["LoRA", "TF-IDF"]
