"""Speed and scale: the benchmark against raw Playwright, the simulator's load test, and their servers."""

import json
import time
from collections.abc import Callable
from pathlib import Path


def write_json(path: Path, figures) -> None:
    """Write figures as indented JSON, making the folder first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


def on_browser_launch(seconds_spent: Callable[[float], None]) -> None:
    """Tell `seconds_spent` how long each browser launch took. A worker launches a browser in the setup of its
    first scenario in it (and again after a crash), by a function-scoped fixture that can launch it anew
    (fixtures/contexts.py): the timing plugins leave it out, as they do the session fixtures, being paid once
    per worker rather than per scenario."""
    from fixtures.contexts import WorkerBrowsers

    live = WorkerBrowsers.live

    def timed_live(browsers, name, launch):
        def timed_launch():
            began = time.perf_counter()
            try:
                return launch()
            finally:
                seconds_spent(time.perf_counter() - began)
        return live(browsers, name, timed_launch)

    WorkerBrowsers.live = timed_live
