"""Alerts (webhook, /v1/alerts) and Prometheus metrics, through the gateway."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

from tests.gateway.conftest import rows

from modelward.core.findings import Severity
from modelward.gateway.alerts import Alert, AlertSink


class _Receiver(BaseHTTPRequestHandler):
    got: list[dict] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).got.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def _alert(kind="limit", client="a", t=0.0):
    return Alert(kind, "llm-unbounded-consumption", Severity.MEDIUM, client, "m", t)


def test_the_same_alert_is_raised_once_per_quiet_period():
    sink = AlertSink(quiet_s=60)
    assert [sink.raise_(_alert(t=t)) for t in (0, 10, 59)] == [True, False, False]
    assert sink.raise_(_alert(t=61)) and sink.raise_(_alert(client="b", t=10))
    assert sink.suppressed == 2 and len(sink.list()) == 3


def test_alerts_reach_the_webhook_and_a_dead_one_is_counted():
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        sink = AlertSink(f"http://127.0.0.1:{server.server_address[1]}/hook")
        sink.raise_(_alert())
        sink.close()
        assert _Receiver.got and _Receiver.got[-1]["kind"] == "limit" and sink.sent == 1
    finally:
        server.shutdown()
    dead = AlertSink("http://127.0.0.1:9/nothing-listens", timeout_s=0.5)
    started = time.monotonic()
    dead.raise_(_alert())
    assert time.monotonic() - started < 0.2  # never on the request's path
    dead.close()
    assert dead.dropped == 1


def test_metrics_and_alerts_endpoints(serve):
    s = serve(limits={"rate": {"per_second": 0.1, "burst": 2}})
    for _ in range(4):
        s.infer(rows(2))
    metrics = s.http.get("/metrics", headers=s.as_("operator"))
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'modelward_requests_total{route="POST /v2/models/{name}/infer",status="200"} 2.0' in text
    assert 'modelward_requests_total{route="POST /v2/models/{name}/infer",status="429"} 2.0' in text
    assert 'modelward_rows_total{model="cancer"} 4.0' in text
    assert 'modelward_budget_used_rows{client="client-1"} 4.0' in text
    assert s.http.get("/metrics", headers=s.as_("client")).status_code == 403
    alerts = s.http.get("/v1/alerts", headers=s.as_("auditor")).json()
    assert [a["kind"] for a in alerts["alerts"]] == ["limit"] and alerts["suppressed"] == 1
    assert s.http.get("/v1/alerts?limit=0", headers=s.as_("auditor")).status_code == 422
    assert s.http.get("/v1/alerts", headers=s.as_("client")).status_code == 403


def test_alerts_with_their_own_key_are_merged_only_with_their_key():
    sink = AlertSink(quiet_s=60)
    keyed = [Alert("approval-pending", "llm-excessive-agency", Severity.MEDIUM, "a", "m", t, key=f"id-{i}")
             for i, t in enumerate((0, 1, 2))]
    assert [sink.raise_(a) for a in keyed] == [True, True, True]  # three requests, three alerts
    assert not sink.raise_(keyed[0])  # the same request again within the quiet period
