import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from modelward.integrity import keys
from modelward.integrity.signer import KeySigner
from modelward.integrity.signing import sign_model
from modelward.integrity.trust import Trust, TrustedKey
from modelward.integrity.watch import CommandSink, LogSink, Watcher, WebhookSink

from .conftest import make_model


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.fixture
def signed(tmp_path):
    k = keys.generate()
    model = make_model(tmp_path / "m")
    sign_model(model, KeySigner(k))
    return model, Trust((TrustedKey(keys.PublicKey.of(k.public_key())),))


def test_an_alert_names_the_change_once_and_recovery_is_announced(signed, tmp_path):
    model, trust = signed
    clock = Clock()
    watcher = Watcher(model, trust, [LogSink(tmp_path / "alerts.jsonl")], interval=60, clock=clock)
    assert watcher.step() is None and watcher.last.ok  # verified: nothing to say
    original = (model / "config.json").read_text()
    (model / "config.json").write_text('{"layers": 3}')
    alert = watcher.step()
    assert alert is not None and not alert.ok and alert.changed[0].startswith("config.json")
    assert watcher.step() is None  # the same failure is not repeated
    clock.now += 61
    assert watcher.step() is None  # a scheduled re-check that finds the same failure stays quiet
    (model / "config.json").write_text(original)
    recovered = watcher.step()
    assert recovered is not None and recovered.ok
    lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert [line["ok"] for line in lines] == [False, True]


def test_the_schedule_catches_a_change_that_keeps_the_stamps(signed, tmp_path):
    import os

    model, trust = signed
    clock = Clock()
    watcher = Watcher(model, trust, [], interval=60, clock=clock)
    watcher.step()
    target = model / "weights.bin"
    st = target.stat()
    data = bytearray(target.read_bytes())
    data[0] ^= 1
    with open(target, "r+b") as fh:
        fh.write(bytes(data[:1]))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # an insider resets the time
    assert watcher.step() is None  # stamps unchanged (same inode, size, time): not re-hashed yet
    clock.now += 61
    alert = watcher.step()
    assert alert is not None and alert.changed[0].startswith("weights.bin")


def test_command_and_webhook_sinks_receive_the_alert(signed, tmp_path):
    model, trust = signed
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    out = tmp_path / "from-command.json"
    command = CommandSink((sys.executable, "-c", f"import sys; open({str(out)!r}, 'w').write(sys.stdin.read())"))
    broken = WebhookSink("http://127.0.0.1:9/nowhere", timeout=1)  # fails; must not stop the others
    try:
        watcher = Watcher(model, trust, [broken, command, WebhookSink(f"http://127.0.0.1:{server.server_port}/hook")])
        watcher.step()
        (model / "a" / "b").unlink()
        watcher.step()
    finally:
        server.shutdown()
    assert received and received[0]["removed"] == ["a/b"]
    assert json.loads(out.read_text())["removed"] == ["a/b"]


def test_a_missing_model_is_an_alert_not_a_crash(signed, tmp_path):
    import shutil

    model, trust = signed
    watcher = Watcher(model, trust, [], signature=model / "model.sig")
    watcher.step()
    shutil.move(model / "model.sig", tmp_path / "saved.sig")
    alert = watcher.step()
    assert alert is not None and "no such signature file" in alert.reason
