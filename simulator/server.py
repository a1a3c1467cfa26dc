"""How the simulator is served: waitress in one process (standalone, or in a background thread per test
worker), or gunicorn with several worker processes for one deployment that a whole fleet shares."""

import errno
import gc
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable
from concurrent import futures
from functools import partial

from flask import Flask
from gunicorn.app.base import BaseApplication
from gunicorn.workers.gthread import DEFAULT_WORKER_DATA_TIMEOUT, TConn, ThreadWorker
from waitress.server import create_server

# The app refuses a body over its MAX_CONTENT_LENGTH (64 KiB) with a friendly page. Waitress would
# still read a body of any size first (its default bound is 1 GiB): past this bound it answers 413
# itself, from the Content-Length header, without reading the body.
SERVER_BODY_LIMIT = 256 * 1024


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


class FairThreadWorker(ThreadWorker):
    """gunicorn's gthread worker, taking its share of a host's connections and no more.

    All gthread workers watch one listening socket and whichever wakes first accepts, and a kept-alive
    connection stays with the worker that accepted it: a burst of clients (a fleet starting, a load test)
    can land on one worker while the others idle. Measured with 16 clients on 2 workers: all 16 on one,
    one core of two in use, half the throughput. This worker accepts only while it has no request in
    hand and no new connection waiting for its first, so a busy worker leaves newcomers to an idle one;
    so that no newcomer waits on busy workers for long, it accepts one anyway once ACCEPT_AT_LEAST_EVERY
    has passed since its last (a lone worker always accepts). A new connection waits for its first
    request in the poller, not in a thread (gthread lends it a thread for up to 5 s), so an idle
    connection, such as a browser's preconnect, holds no thread; it is closed if no request comes within
    gthread's own patience for one. With one thread, requests are served on the poller's own thread,
    as a sync worker serves them: a client that stalls mid-request holds the worker, for 5 s at most.
    """

    ACCEPT_AT_LEAST_EVERY = 0.005
    FIRST_REQUEST_PATIENCE = DEFAULT_WORKER_DATA_TIMEOUT

    def init_process(self) -> None:
        self.in_hand = 0  # requests handed to the pool (with several threads) and not yet finished
        self.last_accept = 0.0
        self.serving = False  # a request is being served on the poller's thread (with one thread)
        super().init_process()

    def idle_or_overdue(self) -> bool:
        # pending_conns holds only the connections accepted here that have not sent their first request.
        return (self.cfg.workers == 1 or self.in_hand + len(self.pending_conns) == 0
                or time.monotonic() - self.last_accept > self.ACCEPT_AT_LEAST_EVERY)

    def set_accept_enabled(self, enabled: bool) -> None:
        # gunicorn's loop calls this whenever it would accept and is not: the rule is asked afresh each time.
        super().set_accept_enabled(enabled and self.idle_or_overdue())

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        # Not accepting while busy: wake when the next accept falls due, not after gunicorn's 1 s.
        if not self._accepting and self.nr_conns < self.worker_connections:
            timeout = min(timeout, max(0.0, self.last_accept + self.ACCEPT_AT_LEAST_EVERY - time.monotonic()))
        super().wait_for_and_dispatch_events(timeout)

    def accept(self, listener) -> None:
        try:
            client, address = listener.accept()
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.last_accept = time.monotonic()
        if self.cfg.threads == 1:
            # Served on the poller's thread, a client that stalls mid-request or stops reading holds the
            # whole worker: for FIRST_REQUEST_PATIENCE at most, then its connection is dropped.
            patience = struct.pack("ll", int(self.FIRST_REQUEST_PATIENCE), 0)
            client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, patience)
            client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, patience)
        self.nr_conns += 1
        conn = TConn(self.cfg, client, address, listener.getsockname())
        client.setblocking(False)
        conn.timeout = time.monotonic() + self.FIRST_REQUEST_PATIENCE + self.cfg.keepalive
        self.pending_conns.append(conn)
        self.poller.register(client, selectors.EVENT_READ, partial(self.on_pending_socket_readable, conn))
        self.stop_accepting_unless_idle()

    def murder_pending(self) -> None:
        self.serve_the_expired_that_spoke(self.pending_conns, self.on_pending_socket_readable)
        super().murder_pending()

    def murder_keepalived(self, force: bool = False) -> None:
        if not force:
            self.serve_the_expired_that_spoke(self.keepalived_conns, self.on_client_socket_readable)
        super().murder_keepalived(force)

    def serve_the_expired_that_spoke(self, waiting, serve) -> None:
        """gunicorn closes a connection once it has waited its time; but with one thread, a request can come
        on it while the poller's thread serves another, past that time and before the poller sees it.
        Closing it then would reset the connection under the client (seen: a test's DELETE refused with
        ECONNRESET): a connection past its time with a request waiting is served instead."""
        now = time.monotonic()
        for conn in [conn for conn in waiting if conn.timeout <= now]:
            try:
                spoke = conn.sock.recv(1, socket.MSG_PEEK) != b""
            except (OSError, ValueError):  # nothing to read yet (the socket does not block), the connection
                continue                     # is gone, or TLS (which cannot peek): left to gunicorn
            if spoke:
                serve(conn, conn.sock)

    def enqueue_req(self, conn) -> None:
        if self.cfg.threads > 1:
            self.in_hand += 1
            super().enqueue_req(conn)
            self.stop_accepting_unless_idle()
            return
        # With one thread, the request is served here, on the poller's thread, as a sync worker serves it:
        # handing it to a pool thread and its end back through a pipe cost a quarter of the throughput
        # (1500 against 2000 requests/s on 2 workers) and bought nothing, the one thread serving one
        # request at a time either way. A next request read ahead with this one waits for the loop.
        if self.serving:
            self.method_queue.defer(self.enqueue_req, conn)
            return
        self.serving = True
        try:
            answered = futures.Future()
            answered.set_result(self.handle(conn))
            super().finish_request(conn, answered)
        finally:
            self.serving = False

    def finish_request(self, conn, fs) -> None:
        """A pool thread's request has finished (only with several threads)."""
        self.in_hand -= 1
        super().finish_request(conn, fs)

    def stop_accepting_unless_idle(self) -> None:
        if self._accepting and not self.idle_or_overdue():
            super().set_accept_enabled(False)


class MultiProcessServer(BaseApplication):
    """gunicorn serving an app built in its master process: demo data and the secret key that signs session
    cookies are made once, before the workers fork, so every worker shares them; the databases (the
    simulator's own and each sandbox's) are files every worker opens for itself, per request."""

    def __init__(self, app: Flask, host: str, port: int, workers: int, threads: int,
                 announce: Callable[[str], None]):
        self.application = app
        self.options = {
            "bind": f"{host}:{port}",
            "workers": workers,
            # Idle kept-alive connections wait in each worker's poller, not in its threads. One thread (the
            # default) is fastest: two threads of a process share one interpreter lock. A second lets a
            # worker serve a page while another request hashes a password (which frees the lock).
            "worker_class": FairThreadWorker,
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
