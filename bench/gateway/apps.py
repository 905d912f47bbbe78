"""The servers the gateway bench compares, each an ASGI app built from environment variables (so uvicorn
can import it in its own process):

- `bare`: FastAPI, one endpoint parsing `{"inputs": [[...]]}` and calling scikit-learn's predict_proba,
  the way a team hand-writes it (BENCH_MODEL: path of a joblib model written by bench/gateway/run.py);
- `empty`: FastAPI, one endpoint answering a constant;
- `gateway`: `modelward serve` with every security feature on (BENCH_POLICY: the policy file).
"""

# no `from __future__ import annotations`: FastAPI must see the Request annotation itself
import os
from typing import Any


def bare() -> Any:
    import joblib
    import numpy as np
    from fastapi import FastAPI, Request

    model = joblib.load(os.environ["BENCH_MODEL"])  # the bench's own file, written by run.py
    app = FastAPI()

    @app.post("/predict")
    async def predict(request: Request) -> dict[str, Any]:
        doc = await request.json()
        proba = model.predict_proba(np.asarray(doc["inputs"], dtype=float))
        return {"probabilities": proba.tolist()}

    return app


def empty() -> Any:
    from fastapi import FastAPI

    app = FastAPI()

    @app.post("/predict")
    async def predict() -> dict[str, Any]:
        return {"probabilities": [[0.5, 0.5]]}

    return app


def gateway() -> Any:
    from modelward.gateway import build_gateway, create_app, load_policy
    from modelward.gateway.server import tune_process

    tune_process()  # as `modelward serve` does
    return create_app(build_gateway(load_policy(os.environ["BENCH_POLICY"])))
