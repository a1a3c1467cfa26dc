"""The benchmark's simulator: configured as fixtures/simulator.py embeds it, but in a process of its own.

`python -m bench.simulator DATABASE` serves create_app() on simulator.server.BackgroundServer (the
suite's own server, threads and all) on a free loopback port, with the control token from
$SIMULATOR_CONTROL_TOKEN, and prints its URL. In its own process, neither the harness nor the
baseline shares an interpreter (and its lock) with it, so both meet the same server.
"""

import os
import sys
import threading

from simulator import create_app
from simulator.server import BackgroundServer

# As the embedded simulator (fixtures/simulator.py): throwaway accounts get a cheaper scrypt.
PASSWORD_HASH_METHOD = "scrypt:1024:8:1"  # noqa: S105 - a hash method, not a password


def main() -> None:
    app = create_app({"DATABASE": os.path.abspath(sys.argv[1]), "CONTROL_TOKEN": os.environ["SIMULATOR_CONTROL_TOKEN"],
                      "PASSWORD_HASH_METHOD": PASSWORD_HASH_METHOD})
    with BackgroundServer(app) as server:
        print(f"benchmark simulator on {server.url}/", flush=True)
        threading.Event().wait()  # serves until terminated


if __name__ == "__main__":
    main()
