"""Argument checks hold against the spellings attackers use to get around them."""

import pytest

from modelward.llm.tools.arguments import check_command, check_path, check_plain, check_url

INTERNAL_URLS = ["http://127.0.0.1/admin", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/",
                 "http://127.1/", "http://0/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://10.1.2.3/",
                 "http://192.168.0.1:8080/", "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/",
                 "http://localhost/", "http://LOCALHOST./", "http://db.internal/", "https://metadata.google.internal/",
                 "http://10.0.0.1.nip.io/", "http://127-0-0-1.sslip.io/", "http://[fd00::1]/"]


@pytest.mark.parametrize("url", INTERNAL_URLS)
def test_internal_targets_are_refused_in_any_spelling(url):
    assert check_url(url), url


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://example.com/", "http://user:pw@example.com/",
                                 "http://example.com/\r\nHost: x", "http:///nohost"])
def test_other_schemes_credentials_and_broken_urls_are_refused(url):
    assert check_url(url)


def test_public_urls_pass_and_allowed_hosts_restrict_them():
    assert check_url("https://api.example.com/v1/items?q=1") == []
    assert check_url("https://docs.example.org/a", allowed_hosts=["example.org"]) == []
    assert check_url("https://evil.example.com/", allowed_hosts=["example.org"])


@pytest.mark.parametrize("path", ["../etc/passwd", "docs/../../secret", "/etc/shadow", "%2e%2e/%2e%2e/etc",
                                  "..\\..\\windows", "~/.ssh/id_rsa", "C:\\Windows\\system32", "//server/share",
                                  "a\x00.txt", "/srv/docs/../other"])
def test_paths_cannot_leave_their_root(path):
    assert check_path(path, ["/srv/docs"]), path


def test_paths_inside_the_root_pass():
    assert check_path("reports/q1.txt", ["/srv/docs"]) == []
    assert check_path("/srv/docs/a/b.md", ["/srv/docs"]) == []


def test_commands_need_an_allowed_program_and_no_shell():
    assert check_command("grep -n TODO src/app.py", ["grep"]) == []
    for bad in ("grep x; rm -rf /", "grep $(id)", "grep `id`", "ls | sh", "grep x\nrm -rf /", "rm -rf /"):
        assert check_command(bad, ["grep", "ls"]), bad


def test_plain_values_hold_no_metacharacters_or_options():
    assert check_plain("alice") == []
    for bad in ("alice; rm -rf /", "--output=/etc/passwd", "a && b", "x" * 2000):
        assert check_plain(bad), bad
