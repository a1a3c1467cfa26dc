"""Which browsers a run launches, and the library stock Firefox is launched with (fixtures/browsers.py)."""

import os
import subprocess
import sys
import textwrap

import pytest

from fixtures import browsers

pytestmark = pytest.mark.skipif(not browsers.needs_nodelay_shim(), reason="LD_PRELOAD is Linux's")

# A TCP server accepts one connection and says whether Nagle's algorithm is off on the socket it was given: what
# Firefox's BiDi server does with Playwright's connection, in a process of its own. Python's socket.accept calls
# accept4; Firefox (NSPR) calls accept, reached here through the C library.
ACCEPTS_ONE = textwrap.dedent("""
    import ctypes, socket, sys
    server = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(server.getsockname())
    if sys.argv[1] == "accept4":
        accepted, _ = server.accept()
    else:
        accepted = socket.socket(fileno=ctypes.CDLL(None, use_errno=True).accept(server.fileno(), None, None))
    print(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
""")


def nagle_off_on_accepted_socket(environment: dict[str, str], call: str) -> bool:
    answer = subprocess.run([sys.executable, "-c", ACCEPTS_ONE, call], env=environment, capture_output=True,
                            text=True, check=True)
    assert not answer.stderr, answer.stderr
    return answer.stdout.strip() != "0"


@pytest.fixture(scope="module")
def shim():
    return browsers.build_nodelay_shim()


@pytest.mark.parametrize("call", ["accept", "accept4"])
def test_a_socket_accepted_under_the_library_goes_without_nagles_delay(shim, call):
    environment = {key: value for key, value in os.environ.items() if key != "LD_PRELOAD"}
    assert not nagle_off_on_accepted_socket(environment, call), "the kernel's default changed: the library is moot"
    assert nagle_off_on_accepted_socket(browsers.preloading_nodelay(environment, shim), call)


def test_the_library_is_preloaded_before_any_other(shim):
    environment = browsers.preloading_nodelay({"LD_PRELOAD": "/lib/other.so", "HOME": "/root"}, shim)
    assert environment == {"LD_PRELOAD": f"{shim}:/lib/other.so", "HOME": "/root"}


def test_stock_firefox_is_launched_with_the_library_and_says_so(shim, monkeypatch):
    monkeypatch.setenv("FIREFOX_EXECUTABLE", "/usr/bin/firefox-esr")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        options = browsers.launch_options(playwright, "firefox")
        described = browsers.describe_launch(playwright, "firefox", options)
        without = browsers.describe_launch(playwright, "firefox", {k: v for k, v in options.items() if k != "env"})
    assert options["channel"] == "moz-firefox"
    assert options["env"]["LD_PRELOAD"].split(":")[0] == str(shim)
    assert described == "/usr/bin/firefox-esr (BiDi without Nagle's delay)"
    assert "with Nagle's delay" in without


def test_a_changed_source_is_built_anew(monkeypatch, tmp_path):
    changed = tmp_path / "firefox_nodelay.c"
    changed.write_text(browsers.NODELAY_SOURCE.read_text() + "\n/* changed */\n")
    before = browsers.nodelay_shim()
    monkeypatch.setattr(browsers, "NODELAY_SOURCE", changed)
    assert browsers.nodelay_shim() != before
