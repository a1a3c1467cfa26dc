"""The gunicorn deployment keeps serving while browsers hold connections open without a request yet."""

import socket
import time
from urllib.parse import urlsplit

import psutil

from bench.load import wait_for_workers
from bench.servers import simulator_process


def page_seconds(address: tuple[str, int]) -> float:
    """How long the sign-in page takes on a new connection."""
    began = time.perf_counter()
    with socket.create_connection(address, timeout=30) as connection:
        connection.sendall(f"GET / HTTP/1.1\r\nHost: {address[0]}\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    return time.perf_counter() - began


def test_a_page_is_served_at_once_while_silent_connections_wait(tmp_path):
    # A browser may open a connection before it has a request for it (a preconnect). gthread lends each new
    # connection a thread until its first request, for 5 s at most: with one thread a worker would stall.
    with simulator_process(tmp_path / "simulator.sqlite3", workers=1, demo=False) as deployment:
        wait_for_workers(psutil.Process(deployment.pid), 1)
        parts = urlsplit(deployment.url)
        address = (parts.hostname, parts.port)
        silent = [socket.create_connection(address, timeout=10) for _ in range(4)]
        try:
            assert page_seconds(address) < 2.5
        finally:
            for connection in silent:
                connection.close()
