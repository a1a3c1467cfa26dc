"""How the simulator is served: waitress in one process (standalone, or in a background thread per test
worker), or gunicorn with several worker processes for one deployment that a whole fleet shares."""

import gc
import threading
from collections.abc import Callable

from flask import Flask
from gunicorn.app.base import BaseApplication
from waitress.server import create_server

# The app refuses a body over its MAX_CONTENT_LENGTH (64 KiB) with a friendly page. Waitress would
# still read a body of any size first (its default bound is 1 GiB): past this bound it answers 413
# itself, from the Content-Length header, without reading the body.
SERVER_BODY_LIMIT = 256 * 1024

# The deployment a fleet shares (`python -m simulator --workers N`): gunicorn's own threaded worker, chosen by
# measuring sync, gthread and gevent against the fleet's target (bench/README.md, "The simulator under load").
# A new connection holds one of a worker's threads until its first request comes (for 5 s at most), so a
# browser's silent preconnects would stall a worker of one thread: eight leave room for them.
WORKER_CLASS = "gthread"
WORKER_THREADS = 8


def settle(app: Flask) -> None:
    """Ready a long-running server's app before it serves: every template compiled now (no first visitor
    waits for one, and gunicorn's workers share them from the master), then everything made so far moved
    out of the garbage collector's sweeps (it lives as long as the server; the full sweeps that walked it
    paused a request for tens of milliseconds, and their writes would copy the forked workers' memory)."""
    for name in app.jinja_env.list_templates(extensions=["html"]):
        app.jinja_env.get_template(name)
    gc.freeze()


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


class MultiProcessServer(BaseApplication):
    """gunicorn serving an app built in its master process: demo data and the secret key that signs session
    cookies are made once, before the workers fork, so every worker shares them; the databases (the
    simulator's own and each sandbox's) are files every worker opens for itself, per request."""

    def __init__(self, app: Flask, host: str, port: int, workers: int, threads: int, worker_class: str,
                 announce: Callable[[str], None]):
        self.application = app
        self.options = {
            "bind": f"{host}:{port}",
            "workers": workers,
            "worker_class": worker_class,
            "threads": threads,
            "preload_app": True,
            "proc_name": "cmecf-simulator",
            # gunicorn's own control socket (one path per user): several simulators on a host would share it.
            "control_socket_disable": True,
            "when_ready": lambda arbiter: announce(
                "http://{}:{}".format(*arbiter.LISTENERS[0].sock.getsockname()[:2])),
        }
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Flask:
        return self.application
