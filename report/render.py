"""Writes the report as one HTML page: screenshots inlined, traces linked where they lie."""

import base64
import os.path
import urllib.parse
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .model import FAILED, FLAKY, GAP, NOT_RUN, OVER_HTTP, PASSED, SKIPPED, Passage, Report
from .storyboard import SIZE_BOUND_MB

TEMPLATES = Path(__file__).resolve().parent / "templates"
REPORT_FILE = "report.html"

# Every status is said in words and with a mark, never by colour alone.
STATUS_WORDS = {PASSED: "passed", FLAKY: "flaky", FAILED: "failed", SKIPPED: "skipped",
                NOT_RUN: "not run", GAP: "gap"}
STATUS_MARKS = {PASSED: "✓", FLAKY: "↻", FAILED: "✗", SKIPPED: "⊘", NOT_RUN: "○", GAP: "!"}
LEGEND = [
    (PASSED, "every step passed in this browser."),
    (FLAKY, "it failed and then passed (its first attempt failed and the retry passed, or, with "
            "--repeat-each, some repetitions failed): it passed, but look at why it failed."),
    (FAILED, "a step failed, also on the retry; the failing step, the message, a screenshot and a "
             "Playwright trace are shown with the scenario."),
    (SKIPPED, "the run skipped the scenario on purpose."),
    (NOT_RUN, "the scenario exists but this run did not reach it in this browser (another selection, "
              "-m or -k, or the run stopped early); steps after a failing step are not run either."),
    (GAP, "no scenario names this passage: nothing verifies it yet."),
]
BROWSER_LABELS = {"chromium": "Chromium", "firefox": "Firefox", "webkit": "WebKit", OVER_HTTP: "HTTP level"}


def browser_label(name: str) -> str:
    return BROWSER_LABELS.get(name, name.capitalize())


def verdict(passage: Passage, browsers: list[str]) -> tuple[str, str]:
    """A passage's verdict over all browsers: the worst status, and a sentence that names them."""
    if not passage.verifications:
        return GAP, "Gap: no scenario verifies this passage."
    by_status: dict[str, list[str]] = {}
    for browser in browsers:
        by_status.setdefault(passage.status(browser), []).append(browser_label(browser))
    phrases = {FAILED: "failed in", NOT_RUN: "not run in full in", SKIPPED: "skipped in",
               FLAKY: "verified, but flaky, in", PASSED: "verified in"}
    worst_first = [status for status in (FAILED, NOT_RUN, SKIPPED, FLAKY, PASSED) if status in by_status]
    sentence = "; ".join(f"{phrases[status]} {_and(by_status[status])}" for status in worst_first)
    sentence = sentence[0].upper() + sentence[1:] + "."
    total = len(passage.verifications)
    passed = sum(all(verification.summary(browser).status in (PASSED, FLAKY) for browser in browsers)
                 for verification in passage.verifications)
    if total > 1 and passed < total:
        sentence += f" {passed} of {total} scenarios passed in every browser."
    return worst_first[0], sentence


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _duration(seconds: float) -> str:
    seconds = round(seconds or 0, 1)
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s"


def _environment(report: Report) -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)

    def data_uri(path: Path) -> str:
        return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")

    def link(path: Path) -> str:
        """A link that works from the report's folder, wherever that folder is opened."""
        relative = os.path.relpath(path.resolve(), report.output_dir.resolve())
        return urllib.parse.quote(Path(relative).as_posix())

    def shown(path: Path) -> str:
        """The path as typed from where the run started, e.g. for `playwright show-trace`."""
        path = path.resolve()
        return str(path.relative_to(report.invocation_dir)) if path.is_relative_to(report.invocation_dir) \
            else str(path)

    environment.filters.update(data_uri=data_uri, link=link, shown=shown, duration=_duration,
                               browser=browser_label)
    environment.globals.update(words=STATUS_WORDS, marks=STATUS_MARKS, legend=LEGEND, verdict=verdict,
                               PASSED=PASSED, FLAKY=FLAKY, FAILED=FAILED, SKIPPED=SKIPPED, NOT_RUN=NOT_RUN,
                               GAP=GAP, OVER_HTTP=OVER_HTTP, storyboard_bound_mb=SIZE_BOUND_MB)
    return environment


def render(report: Report) -> str:
    machine_readable = [name for name in ("junit.xml", "cucumber.json", "results.json")
                        if (report.output_dir / name).exists()]
    return _environment(report).get_template("report.html.j2").render(
        report=report, browsers=report.browser_names, machine_readable=machine_readable,
        passage_texts={passage.id: passage.text for passage in report.passages})


def write(report: Report) -> Path:
    path = report.output_dir / REPORT_FILE
    path.write_text(render(report), encoding="utf-8")
    return path
