"""Confident-learning arithmetic on probabilities built by hand."""

import numpy as np

from modelward.data.labels.confident import calibrate, class_thresholds, confident_joint, estimated_errors


def test_thresholds_joint_and_count():
    y = np.array([0, 0, 0, 1, 1, 1])
    P = np.array([[0.9, 0.1], [0.8, 0.2], [0.1, 0.9],  # the third row is labelled 0 but looks like 1
                  [0.2, 0.8], [0.3, 0.7], [0.1, 0.9]])
    t = class_thresholds(P, y)
    assert np.allclose(t, [0.6, 0.8])
    C = confident_joint(P, y)
    assert C.tolist() == [[2, 1], [0, 2]]  # row 4 (0.7 < t_1) is in no cell
    assert np.allclose(calibrate(C, y).sum(axis=1), [3, 3])
    count, _ = estimated_errors(P, y)
    assert count == 1


def test_no_errors_when_every_row_agrees_with_its_label():
    y = np.array([0, 1, 2, 0, 1, 2])
    P = np.eye(3)[y] * 0.9 + 0.1 / 3
    assert estimated_errors(P, y)[0] == 0
