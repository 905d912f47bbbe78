"""Encrypted inference under CKKS (TenSEAL) of a scaled logistic regression on breast cancer and on
digits: agreement with the plaintext model, the largest score error, time per row on each side and the
bytes each way."""

from __future__ import annotations

import sys

import numpy as np


def main() -> int:
    from sklearn.datasets import load_breast_cancer, load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.privacy.encrypted import encrypted_scores, linear_parts

    for name, (X, y) in (("breast cancer", load_breast_cancer(return_X_y=True)),
                         ("digits", load_digits(return_X_y=True))):
        order = np.random.default_rng(0).permutation(len(X))
        X, y = X[order], y[order]
        model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(X[:400], y[:400])
        W, b = linear_parts(model)
        rows = X[400:500]
        plain = model.decision_function(rows)
        plain = plain if plain.ndim == 2 else np.c_[np.zeros(len(plain)), plain]
        run = encrypted_scores(W, b, rows)
        print(f"{name}: {len(rows)} rows, {W.shape[0]} features, {W.shape[1]} scores; labels agree "
              f"{np.mean(run.scores.argmax(1) == plain.argmax(1)):.3f}, largest score error "
              f"{np.abs(run.scores - plain).max():.1e}; per row: client encrypt {1000 * run.encrypt_s:.1f} ms, "
              f"server {1000 * run.evaluate_s:.0f} ms, client decrypt {1000 * run.decrypt_s:.1f} ms, "
              f"{run.request_bytes / 1024:.0f} KiB up, {run.response_bytes / 1024:.0f} KiB down "
              f"(plaintext: {1e6 * _plain_seconds(model, rows):.0f} us per row)")
    return 0


def _plain_seconds(model, rows) -> float:  # type: ignore[no-untyped-def]
    import time

    t = time.perf_counter()
    for _ in range(20):
        model.decision_function(rows)
    return (time.perf_counter() - t) / (20 * len(rows))


if __name__ == "__main__":
    sys.exit(main())
