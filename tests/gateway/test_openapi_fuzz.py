"""schemathesis over the gateway's own OpenAPI document: whatever it sends, no answer is a 5xx."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402


@pytest.mark.slow
@pytest.mark.parametrize("role", ["admin", "client"])
def test_no_request_the_spec_allows_gets_a_5xx(serve, role):
    s = serve(limits={"rate": {"per_second": 1e6, "burst": 1_000_000}})
    spec = s.http.get("/v1/openapi.json", headers=s.as_("admin")).json()
    schema = schemathesis.openapi.from_dict(spec)
    failures, seen = [], []
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=15, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=s.as_(role))
            response = s.http.request(kwargs["method"], kwargs["url"], headers=kwargs.get("headers"),
                                      params=kwargs.get("params"), json=kwargs.get("json"),
                                      content=kwargs.get("data"))
            seen.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}")

        check()
    assert failures == []
    assert len(seen) >= 100 and 200 in seen and 422 in seen  # it reached the handlers, valid and not
