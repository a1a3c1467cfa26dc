"""`python -m simulator`: the standalone simulator on a production WSGI server, with demo data."""

import argparse
import logging
import os
import secrets

from . import create_app
from .demo import load_demo_data
from .server import make_server


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
    parser.add_argument("--threads", type=int, default=8, help="waitress worker threads (default 8)")
    args = parser.parse_args()

    app = create_app({
        "DATABASE": os.path.abspath(args.db),
        "CONTROL_TOKEN": args.control_token or None,
        "SHOW_MAILBOX": not args.no_mailbox,
        "SECRET_KEY": os.environ.get("SIMULATOR_SECRET_KEY") or secrets.token_hex(32),
    })
    if not args.no_demo:
        with app.test_request_context("/"):
            load_demo_data()
    logging.basicConfig(level=logging.INFO)
    server = make_server(app, args.host, args.port, args.threads)
    print(f"CM/ECF simulator on http://{args.host}:{server.effective_port}/ "
          f"(database {os.path.abspath(args.db)})", flush=True)
    server.run()


if __name__ == "__main__":
    main()
