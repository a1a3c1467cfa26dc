"""What a scenario pays before it checks anything: its browser context, per browser binary, fresh or kept.

`python -m bench.fixed_cost --url URL --simulator-pid PID` (the simulator's control token in
$SIMULATOR_CONTROL_TOKEN) runs three small scenarios, each in a sandbox of its own:

- open: open the sign-in page and check its heading;
- five pages: open five of the site's pages, checking each one's heading;
- refused sign-in: three fills, Login, the page that comes back, one check;
- open + axe: open the sign-in page and audit it with axe-core, as the suite does (WCAG 2.1 A and AA rules
  only), and with every rule axe-core has;

in every browser binary installed (Debian's full Chromium, its headless shell, Firefox over WebDriver BiDi,
and the same Firefox without the library that turns off Nagle's algorithm on its BiDi connection; or
Playwright's own builds), in two modes:

- fresh: a new context and page per scenario, closed after it, as Playwright Test does by default;
- kept: the suite's own kept context (fixtures.contexts.KeptContext), reset after each scenario.

Each cell: wall time and CPU time per scenario, as the median of --repeat runs; the CPU is the whole
process tree's (this process, Playwright's driver, the browser and the simulator, whose process is named),
which on a machine with every core busy is wall time too. bench/run.py runs it as a figure of its own.
"""

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect, sync_playwright

from fixtures import browsers
from fixtures.contexts import KeptContext
from steps.pages.accessibility import audit

from . import write_json
from .baseline import WRONG_PASSWORD, Sandboxed, create_account, fill_sign_in

HEADING = "CM/ECF Filer or PACER Login"
AXE = Axe()
# (path, its heading), as a visitor who is not signed in finds them.
FIVE_PAGES = (("/", HEADING), ("/password/lost", "Forgot Password"), ("/username/forgotten", "Forgot Username"),
              ("/court/amendments", "Amendments to the Rules"), ("/pacer/register", "Register for an Account"))


def open_sign_in(page: Page, url: str, control) -> None:
    page.goto(f"{url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADING)


def five_pages(page: Page, url: str, control) -> None:
    for path, heading in FIVE_PAGES:
        page.goto(f"{url}{path}")
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)


def refused_sign_in(page: Page, url: str, control) -> None:
    login = control.account()
    page.goto(f"{url}/")
    fill_sign_in(page, login, WRONG_PASSWORD)
    expect(page.get_by_role("alert")).to_have_text("Invalid username or password.")


def audited_as_the_suite_does(page: Page, url: str, control) -> None:
    """The suite's own audit (steps/pages/accessibility.py: the WCAG 2.1 A and AA rules only)."""
    open_sign_in(page, url, control)
    violations = audit(page).violations
    assert violations == [], violations


def audited_with_every_rule(page: Page, url: str, control) -> None:
    open_sign_in(page, url, control)
    results = AXE.run(page, options={"resultTypes": ["violations", "incomplete"]})
    assert results.response["violations"] == [], results.response["violations"]


SCENARIOS: dict[str, Callable] = {
    "open": open_sign_in, "five pages": five_pages, "refused sign-in": refused_sign_in,
    # What axe-core adds to a page: the suite's audit, and every rule axe-core has.
    "open + axe WCAG A/AA": audited_as_the_suite_does,
    "open + axe all rules": audited_with_every_rule,
}


class Sandboxes:
    """One sandbox per scenario, with one account in it; the one before is deleted first."""

    def __init__(self, playwright, url: str, token: str):
        self.api = playwright.request.new_context(base_url=url, extra_http_headers={"X-Control-Token": token})
        self.current: dict | None = None

    def next(self) -> dict:
        self.close()
        response = self.api.post("/_control/sandboxes")
        assert response.ok, f"a sandbox: {response.status} {response.text()}"
        self.current = response.json()
        return self.current

    def account(self) -> str:
        return create_account(Sandboxed(self.api, self.current), "avery.fixed", "filer")["login"]

    def cookie(self, url: str) -> dict:
        return {"name": self.current["cookie"], "value": self.current["id"], "url": url}

    def close(self) -> None:
        if self.current:
            self.api.delete(f"/_control/sandboxes/{self.current['id']}")
            self.current = None


def process_cpu(pids: list[int]) -> float:
    """CPU seconds of these processes and all their descendants, those that ended included: a fresh context's
    renderer processes end with it, and their time is counted in their parent's as its children's."""
    total = 0.0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        for process in tree:
            try:
                times = process.cpu_times()
                total += times.user + times.system + times.children_user + times.children_system
            except psutil.Error:
                pass
    return total


def binaries(playwright) -> dict[str, dict]:
    """The launch options of each browser binary there is, by a name a reader knows it by."""
    found = {}
    bundled = browsers.launch_options(playwright, "chromium")
    if "executable_path" not in bundled:
        found["Playwright's Chromium (headless shell)"] = ("chromium", bundled)
    else:
        for label, command in (("Debian chromium (new headless)", "chromium"),
                               ("Debian chromium-headless-shell", "chromium-headless-shell")):
            if shutil.which(command):
                found[label] = ("chromium", {**bundled, "executable_path": shutil.which(command)})
    firefox = browsers.launch_options(playwright, "firefox")
    found["Firefox over WebDriver BiDi"] = ("firefox", firefox)
    if "env" in firefox:
        # What fixtures/firefox_nodelay.c buys: the same Firefox, its BiDi connection left with Nagle's delay.
        found["Firefox over BiDi, Nagle left on"] = (
            "firefox", {key: value for key, value in firefox.items() if key != "env"})
    return found


def measure(browser: Browser, url: str, sandboxes: Sandboxes, scenario: Callable, mode: str, repeat: int,
            pids: list[int]) -> dict:
    kept = KeptContext.open(browser, {}) if mode == "kept" else None

    def once() -> None:
        sandboxes.next()
        sandbox_cookie = sandboxes.cookie(url)
        if kept:
            kept.context.add_cookies([sandbox_cookie])
            scenario(kept.page, url, sandboxes)
            kept.reset(url)
        else:
            context = browser.new_context()
            context.add_cookies([sandbox_cookie])
            scenario(context.new_page(), url, sandboxes)
            context.close()

    once()  # the first run warms the page cache and the browser's code
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), process_cpu(pids)
        once()
        walls.append(time.perf_counter() - wall)
        cpus.append(process_cpu(pids) - cpu)
    if kept:
        kept.close()
    return {"wall_ms": round(statistics.median(walls) * 1000), "cpu_ms": round(statistics.median(cpus) * 1000),
            "runs": repeat}


def run(url: str, token: str, simulator_pid: int | None, repeat: int) -> dict:
    pids = [os.getpid(), *([simulator_pid] if simulator_pid else [])]
    table: dict[str, dict] = {}
    with sync_playwright() as playwright:
        sandboxes = Sandboxes(playwright, url, token)
        for label, (name, options) in binaries(playwright).items():
            browser = getattr(playwright, name).launch(**options)
            for scenario_name, scenario in SCENARIOS.items():
                for mode in ("fresh", "kept"):
                    cell = measure(browser, url, sandboxes, scenario, mode, repeat, pids)
                    table.setdefault(label, {}).setdefault(scenario_name, {})[mode] = cell
                    print(f"{label:40} {scenario_name:16} {mode:6} {cell['wall_ms']:6d} ms wall "
                          f"{cell['cpu_ms']:6d} ms CPU", flush=True)
            browser.close()
        sandboxes.close()
    return table


def show(table: dict) -> str:
    lines = [f"{'per scenario, median (wall / CPU ms)':40} {'':16} {'fresh context':>15} {'kept context':>15}"]
    for label, scenarios in table.items():
        for name, modes in scenarios.items():
            cells = [f"{modes[mode]['wall_ms']:6d} / {modes[mode]['cpu_ms']:6d}" for mode in ("fresh", "kept")]
            lines.append(f"{label:40} {name:16} {cells[0]:>15} {cells[1]:>15}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fixed_cost", description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the simulator (its control token in $SIMULATOR_CONTROL_TOKEN)")
    parser.add_argument("--simulator-pid", type=int, help="the simulator's process, whose CPU counts too")
    parser.add_argument("--repeat", type=int, default=12)
    parser.add_argument("--output", type=Path, help="write the table as JSON here")
    options = parser.parse_args(argv)
    table = run(options.url.rstrip("/"), os.environ["SIMULATOR_CONTROL_TOKEN"], options.simulator_pid, options.repeat)
    print(show(table))
    if options.output:
        write_json(options.output, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
