"""Metric code against values computed by hand."""

from __future__ import annotations

import pytest

from mlprobe.evaluation import metrics as m


def test_auc_counts_pairs_and_ties() -> None:
    # positives 0.9, 0.4; negatives 0.5, 0.4, 0.1 -> pairs won: (0.9: 3) + (0.4: 1 win, 1 tie) = 4.5 of 6
    assert m.roc_auc([1, 1, 0, 0, 0], [0.9, 0.4, 0.5, 0.4, 0.1]) == pytest.approx(0.75)
    assert m.roc_auc([1, 0], [0.2, 0.8]) == 0.0
    assert m.roc_auc([1, 1], [0.2, 0.8]) is None


def test_ece_by_hand() -> None:
    # bin [0.8,0.9): p=0.8,0.8 outcomes 1,0 -> |0.5-0.8|=0.3 weight 2; bin [0.2,0.3): p=0.2 outcome 0 -> 0.2 weight 1
    assert m.expected_calibration_error([1, 0, 0], [0.8, 0.8, 0.2]) == pytest.approx((2 * 0.3 + 0.2) / 3)
    assert m.expected_calibration_error([1, 0], [1.0, 0.0]) == pytest.approx(0.0)


def test_precision_recall_f1_by_hand() -> None:
    prf = m.precision_recall_f1([1, 1, 1, 0, 0], [1, 1, 0, 1, 0])
    assert (prf.precision, prf.recall, prf.f1, prf.support) == (pytest.approx(2 / 3), pytest.approx(2 / 3), pytest.approx(2 / 3), 3)
    assert m.precision_recall_f1([0, 0], [0, 0]).f1 is None
    assert m.precision_recall_f1([1, 0], [0, 1]).f1 == 0.0


def test_quadratic_weighted_kappa_by_hand() -> None:
    # a=[1,2,3], b=[1,2,3] perfect -> 1; a=[1,1,5,5] b=[5,5,1,1] maximal disagreement -> -1
    assert m.quadratic_weighted_kappa([1, 2, 3], [1, 2, 3]) == pytest.approx(1.0)
    assert m.quadratic_weighted_kappa([1, 1, 5, 5], [5, 5, 1, 1]) == pytest.approx(-1.0)
    # a=[1,2], b=[2,2] on 1..5: O=[[0,1],[0,1]] (rows a), E=outer([1,1],[0,2])/2=[[0,1],[0,1]] -> kappa 0
    assert m.quadratic_weighted_kappa([1, 2], [2, 2]) == pytest.approx(0.0)


def test_cohen_kappa_by_hand() -> None:
    # 10 items: both yes 4, both no 4, a-yes b-no 1, a-no b-yes 1 -> po=0.8, pe=0.5 -> 0.6
    a = [1] * 5 + [0] * 5
    b = [1, 1, 1, 1, 0, 1, 0, 0, 0, 0]
    assert m.cohen_kappa(a, b) == pytest.approx(0.6)


def test_bootstrap_interval_brackets_value_and_is_deterministic() -> None:
    y = [1, 0] * 20
    s = [0.9 if v else 0.1 for v in y]
    s[0], s[1] = 0.1, 0.9
    est = m.bootstrap(m.roc_auc, y, s, rounds=300, seed=1)
    assert est.low <= est.value <= est.high and est.high - est.low > 0
    assert m.bootstrap(m.roc_auc, y, s, rounds=300, seed=1) == est
    grouped = m.bootstrap(m.roc_auc, y, s, rounds=300, seed=1, groups=[i // 4 for i in range(40)])
    assert grouped.value == est.value
