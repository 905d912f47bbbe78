"""Encrypted inference: the server's answer under CKKS decrypts to the plaintext scores; non-linear
models are refused with the reason."""

import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.errors import ConfigError
from modelward.privacy.encrypted import encrypted_scores, linear_parts


def test_scaling_is_folded_into_the_weights():
    X, y = load_iris(return_X_y=True)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, y)
    W, b = linear_parts(model)
    np.testing.assert_allclose(X @ W + b, model.decision_function(X), atol=1e-9)
    binary = LogisticRegression(max_iter=1000).fit(X, y == 0)
    W2, b2 = linear_parts(binary)
    assert W2.shape == (4, 2) and ((X @ W2 + b2).argmax(1) == binary.predict(X)).all()


def test_encrypted_scores_decrypt_to_the_plain_ones():
    pytest.importorskip("tenseal")
    X, y = load_iris(return_X_y=True)
    model = LogisticRegression(max_iter=1000).fit(X, y)
    W, b = linear_parts(model)
    run = encrypted_scores(W, b, X[:5])
    np.testing.assert_allclose(run.scores, model.decision_function(X[:5]), atol=1e-3)
    assert run.request_bytes > 10_000 and run.evaluate_s > 0


def test_non_linear_models_are_refused():
    X, y = load_iris(return_X_y=True)
    with pytest.raises(ConfigError, match="linear models only"):
        linear_parts(RandomForestClassifier(n_estimators=3).fit(X, y))
