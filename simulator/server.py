"""The simulator on waitress: the one way to serve it, standalone or in a background thread per worker."""

import threading

from flask import Flask
from waitress.server import create_server

# The app refuses a body over its MAX_CONTENT_LENGTH (64 KiB) with a friendly page. Waitress would
# still read a body of any size first (its default bound is 1 GiB): past this bound it answers 413
# itself, from the Content-Length header, without reading the body.
SERVER_BODY_LIMIT = 256 * 1024


def make_server(app: Flask, host: str, port: int, threads: int):
    return create_server(app, host=host, port=port, threads=threads, ident="cmecf-simulator",
                         max_request_body_size=SERVER_BODY_LIMIT)


class BackgroundServer:
    """A real HTTP server on a loopback port (0 picks a free one), stopped on exit."""

    def __init__(self, app: Flask, host: str = "127.0.0.1", port: int = 0, threads: int = 4):
        self.server = make_server(app, host, port, threads)
        self.url = f"http://{host}:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, name="simulator", daemon=True)

    def __enter__(self) -> "BackgroundServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.close()
        self.thread.join(timeout=5)
