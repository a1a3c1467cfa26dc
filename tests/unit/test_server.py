"""The server in front of the app: a huge body is refused before it is read, a moderate one politely."""

import gc
import socket
import time

import pytest

from simulator import create_app
from simulator.server import SERVER_BODY_LIMIT, BackgroundServer, settle


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    app = create_app({"DATABASE": str(tmp_path_factory.mktemp("server") / "db.sqlite3")})
    with BackgroundServer(app) as running:
        yield running


def post_announcing(server: BackgroundServer, length: int, sent: int) -> tuple[str, float]:
    """POSTs a body announced as `length` bytes, sends only `sent` of them, returns the answer's head."""
    host, port = server.url.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(f"POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                           f"Content-Length: {length}\r\n\r\n".encode() + b"x" * sent)
        head = connection.recv(4096).decode(errors="replace")
    return head, time.monotonic() - started


def test_a_twenty_megabyte_body_is_refused_without_being_read(server):
    head, seconds = post_announcing(server, 20 * 1024 * 1024, sent=0)
    # Refused on the announced length alone: the server answers although no byte of the body came.
    assert head.startswith("HTTP/1.1 413"), head
    assert seconds < 5


def test_a_body_over_the_apps_bound_but_under_the_servers_gets_the_friendly_page(server):
    length = SERVER_BODY_LIMIT // 2
    head, _ = post_announcing(server, length, sent=length)
    assert head.startswith("HTTP/1.1 413"), head
    assert "What you sent is too large" in head or "text/html" in head


def test_a_settled_app_has_every_page_template_compiled_and_its_objects_out_of_the_collectors_sweeps(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "db.sqlite3")})
    names = app.jinja_env.list_templates(extensions=["html"])
    assert "signin/sign_in.html" in names
    try:
        settle(app)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    cached = {template.name for template in app.jinja_env.cache.values()}
    assert cached == set(names)
