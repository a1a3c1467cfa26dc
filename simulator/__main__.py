"""`python -m simulator`: the standalone simulator on a production WSGI server, with demo data.

One process on waitress by default; with --workers N, gunicorn with N worker processes, so one
deployment uses every core of its host."""

import argparse
import logging
import os
import secrets

from . import create_app
from .demo import load_demo_data
from .server import WORKER_CLASS, WORKER_THREADS, MultiProcessServer, make_server, settle


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m simulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port (default 5000; 0 picks a free one)")
    parser.add_argument("--db", default="simulator.sqlite3", help="SQLite file; kept across restarts")
    parser.add_argument("--control-token", default=os.environ.get("SIMULATOR_CONTROL_TOKEN"),
                        help="turns the test-control API on, guarded by this token "
                             "(default: $SIMULATOR_CONTROL_TOKEN; off when unset)")
    parser.add_argument("--no-demo", action="store_true", help="do not add the demo personas and cases")
    parser.add_argument("--no-mailbox", action="store_true", help="hide the simulated mailbox page")
    parser.add_argument("--threads", type=int,
                        help="threads: waitress's (default 8), or each gunicorn worker's with --workers "
                             f"(default {WORKER_THREADS})")
    parser.add_argument("--workers", type=int, help="serve on gunicorn with this many worker processes "
                                                    "(default: one process, on waitress)")
    parser.add_argument("--worker-class", default=WORKER_CLASS,
                        help=f"gunicorn's worker class with --workers (default {WORKER_CLASS})")
    parser.add_argument("--max-sandboxes", type=int, default=64,
                        help="how many sandboxes may be live at once (default 64; with the control API only)")
    parser.add_argument("--sandbox-idle-minutes", type=float, default=15,
                        help="an idle sandbox is deleted after this long (default 15)")
    args = parser.parse_args()
    if args.workers is not None and args.workers < 1:
        parser.error("--workers is at least 1")
    if args.threads is not None and args.threads < 1:
        parser.error("--threads is at least 1")
    threads = args.threads or (WORKER_THREADS if args.workers else 8)

    app = create_app({
        "DATABASE": os.path.abspath(args.db),
        "CONTROL_TOKEN": args.control_token or None,
        "SHOW_MAILBOX": not args.no_mailbox,
        # Made here, before gunicorn forks its workers: every worker signs and reads sessions with it.
        "SECRET_KEY": os.environ.get("SIMULATOR_SECRET_KEY") or secrets.token_hex(32),
        "SANDBOX_LIMIT": args.max_sandboxes,
        "SANDBOX_IDLE_SECONDS": args.sandbox_idle_minutes * 60,
    })
    if not args.no_demo:
        with app.test_request_context("/"):
            load_demo_data()
    logging.basicConfig(level=logging.INFO)

    def announce(url: str) -> None:
        print(f"CM/ECF simulator on {url}/ (database {os.path.abspath(args.db)})", flush=True)

    settle(app)
    if args.workers:
        MultiProcessServer(app, args.host, args.port, args.workers, threads, args.worker_class, announce).run()
        return
    server = make_server(app, args.host, args.port, threads)
    announce(f"http://{args.host}:{server.effective_port}")
    server.run()


if __name__ == "__main__":
    main()
