"""The simulator on waitress in a background thread: how the suite embeds it, one per worker."""

import threading

from flask import Flask
from waitress.server import create_server


class BackgroundServer:
    """A real HTTP server on a loopback port (0 picks a free one), stopped on exit."""

    def __init__(self, app: Flask, host: str = "127.0.0.1", port: int = 0, threads: int = 4):
        self.server = create_server(app, host=host, port=port, threads=threads, ident="cmecf-simulator")
        self.url = f"http://{host}:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, name="simulator", daemon=True)

    def __enter__(self) -> "BackgroundServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.close()
        self.thread.join(timeout=5)
