"""A small run to report on: a feature file, its passages and hand-written results of both browsers, with a
screenshot and traces; no browser, no run. The report's unit tests (test_report_*.py) build on it."""

import json
import re
from pathlib import Path

from report.model import load

FEATURES = Path(__file__).resolve().parents[2] / "features"

PASSAGES = """\
| ID | passage (abridged) |
|---|---|
| L01 | Page title "CM/ECF Filer or PACER Login". |
| L02 | "All activities and access attempts are logged." |
| L03 | Filing: enter your CM/ECF filer login. |
| L04 | Arriving from a Notice of Electronic Filing. |
"""

FEATURE = """\
@sign-in
Feature: Signing in
  The court's sign-in page.

  Background:
    Given a visitor is on the sign-in page

  Scenario Outline: Missing entries are named
    When the visitor leaves <field> empty
    Then the visitor is told "<message>"

    Examples:
      | field    | message              |
      | login    | Enter your login.    |

    @L03
    Examples:
      | field    | message              |
      | password | Enter your password. |

  @L7
  Scenario: A tag with a typo
    Then nothing

  Rule: the page says whose it is

    @L01
    Scenario: The page is titled
      Then the page is titled "CM/ECF Filer or PACER Login"

    @L02
    Scenario: Access is logged
      When Avery signs in
      Then the access log shows a sign-in
      And the log keeps it
        | kept    |
        | 90 days |

  Rule: every page meets WCAG 2.1 A and AA

    @a11y
    Scenario Outline: <page> meets WCAG 2.1 A and AA
      When a person reaches <page>
      Then the page has no WCAG 2.1 A or AA violation of any impact

      Examples:
        | page                   |
        | the sign-in page       |
        | the lost-password page |
"""

PLAYWRIGHT_FAILURE = """\
    def told(page: Page, name, message):
>       expect(page.get_by_role("alert").filter(has_text=message),
               f"{name} should see the message {message!r}").to_be_visible()
E       AssertionError: the visitor should see the message 'Enter your password.'
E       Actual value: None
E       Error: element(s) not found
E       Call log:
E         - Expect "to_be_visible" with timeout 5000ms

steps/common.py:85: AssertionError"""

CONTRAST = {"rule": "color-contrast", "impact": "serious", "targets": ["#policies > p"],
            "help": "Elements must meet minimum color contrast ratio thresholds"}

LANGUAGE = {"rule": "html-xml-lang-mismatch", "impact": "moderate", "targets": ["html"],
            "help": "HTML elements with lang and xml:lang must have the same base language"}

DEPRECATED_ROLE = {"rule": "aria-deprecated-role", "impact": "minor", "targets": ["#docket", "#index"],
                   "help": "Deprecated ARIA roles must not be used"}


def audited(page: str, violations=(), needs_review=()) -> dict:
    return {"page": page, "url": "http://127.0.0.1:5000/", "violations": list(violations),
            "needs_review": list(needs_review)}


def step(name: str, failed: bool = False) -> dict:
    return {"name": name, "failed": failed, "keyword": "Given", "type": "given", "line_number": 0, "duration": 0}


def result(feature: Path, name: str, line: int, browser: str, outcome: str = "passed", steps=(), **extra) -> dict:
    test = re.sub(r"\W+", "_", name.lower())
    return {
        "nodeid": f"tests/acceptance/test_sign_in.py::test_{test}[{browser}]",
        "browser": browser, "outcome": outcome, "attempts": 2 if outcome != "passed" else 1, "duration": 1.5,
        "artifacts": [], "error": None, "scenario": {"name": name, "steps": list(steps)},
        "location": {"file": str(feature), "line": line, "name": name}, "example": None, **extra,
    }


def sample_run(tmp_path: Path) -> Path:
    """A run's output folder: results.json, a screenshot and a trace, beside its feature files."""
    features = tmp_path / "features"
    features.mkdir()
    feature = features / "sign_in.feature"
    feature.write_text(FEATURE, encoding="utf-8")
    (features / "PASSAGES.md").write_text(PASSAGES, encoding="utf-8")
    output = tmp_path / "test-results"
    artefacts = output / "test-access-is-logged-firefox-retry1"
    artefacts.mkdir(parents=True)
    (artefacts / "test-failed-1.png").write_bytes(b"\x89PNG\r\n\x1a\n-a-screenshot")
    (artefacts / "trace.zip").write_bytes(b"PK\x03\x04")
    first_attempt = output / "test-the-page-is-titled-firefox"
    first_attempt.mkdir()
    (first_attempt / "test-failed-1.png").write_bytes(b"\x89PNG\r\n\x1a\n-first-attempt")
    (output / "test-the-page-is-titled-firefox-retry1").mkdir()
    (output / "test-the-page-is-titled-firefox-retry1" / "trace.zip").write_bytes(b"PK\x03\x04")
    background = step("a visitor is on the sign-in page")
    results = [
        result(feature, "The page is titled", 10, "chromium", steps=[background, step("the page is titled")]),
        result(feature, "The page is titled", 10, "firefox", "flaky", steps=[background, step("the page is titled")],
               error=PLAYWRIGHT_FAILURE, artifacts=[
                   {"kind": "first_attempt_screenshot", "path": str(first_attempt / "test-failed-1.png")},
                   {"kind": "trace", "path": str(first_attempt.parent / "test-the-page-is-titled-firefox-retry1"
                                                 / "trace.zip")}]),
        result(feature, "Access is logged", 14, "chromium", steps=[background, step("Avery signs in"),
                                                                    step("the log"), step("kept")]),
        result(feature, "Access is logged", 14, "firefox", "failed",
               steps=[background, step("Avery signs in"), step("the log", failed=True), step("kept", failed=True)],
               error=PLAYWRIGHT_FAILURE, artifacts=[
                   {"kind": "screenshot", "path": str(artefacts / "test-failed-1.png")},
                   {"kind": "trace", "path": str(artefacts.relative_to(tmp_path) / "trace.zip")}]),
        result(feature, "Missing entries are named", 22, "chromium", steps=[background, step("x"), step("y")],
               example={"field": "password", "message": "Enter your password."}),
        *audit_results(feature, background),
        {**result(feature, "gone", 1, "chromium"), "location": None, "nodeid": "tests/acceptance/test_a11y.py::t"},
    ]
    (output / "results.json").write_text(json.dumps({
        "seed": 4242, "started": 1_700_000_000, "duration": 75.5, "commit": "abc123",
        "browsers": {"chromium": "140.0", "firefox": "128.0"}, "invocation_dir": str(tmp_path),
        "features_dir": str(features), "arguments": ["tests/acceptance", "-n", "auto"], "results": results,
    }), encoding="utf-8")
    return output


def audit_results(feature: Path, background: dict) -> list[dict]:
    """The audits of two pages: one clean but for a finding to review, one with a moderate and a minor
    violation in Chromium and failing before its audit in Firefox."""
    name, steps = "<page> meets WCAG 2.1 A and AA", [background, step("reach"), step("audit")]

    def audit_run(page: str, browser: str, outcome: str = "passed", **extra) -> dict:
        return result(feature, name, 42, browser, outcome, steps, example={"page": page},
                      nodeid=f"tests/acceptance/test_a11y.py::test_audit[{browser}-{page}]", **extra)

    return [
        audit_run("the sign-in page", "chromium", audits=[audited("the sign-in page", needs_review=[CONTRAST])]),
        audit_run("the sign-in page", "firefox", audits=[audited("the sign-in page")]),
        audit_run("the lost-password page", "chromium", "failed", error=PLAYWRIGHT_FAILURE,
                  audits=[audited("the lost-password page", violations=[LANGUAGE, DEPRECATED_ROLE])]),
        audit_run("the lost-password page", "firefox", "failed", error=PLAYWRIGHT_FAILURE),
    ]


def load_run(run: Path):
    return load(run, run.parent / "features" / "PASSAGES.md")
