"""The report's builder on a small feature file and hand-written results: no browser, no run."""

import html
import json
import re
from pathlib import Path

import pytest

from report.__main__ import main as report_main
from report.model import FAILED, FLAKY, GAP, NOT_RUN, PASSED, load, plain_message
from report.render import verdict, write

FEATURES = Path(__file__).resolve().parents[2] / "features"
AUDIT_STEP = "the page has no WCAG 2.1 A or AA violation of any impact"

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


@pytest.fixture
def run(tmp_path: Path) -> Path:
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


def test_every_passage_lists_its_scenarios_with_their_result_per_browser(run):
    report = load_run(run)
    passages = {passage.id: passage for passage in report.passages}
    assert [v.scenario.name for v in passages["L01"].verifications] == ["The page is titled"]
    assert passages["L01"].status("chromium") == PASSED
    assert passages["L01"].status("firefox") == FLAKY
    assert passages["L02"].status("firefox") == FAILED
    assert passages["L04"].status("chromium") == GAP


def test_examples_tagged_with_a_passage_verify_only_that_passage(run):
    l03 = next(passage for passage in load_run(run).passages if passage.id == "L03")
    [verification] = l03.verifications
    assert [row.values for row in verification.rows] == [["password", "Enter your password."]]
    assert verification.summary("chromium").status == PASSED
    assert verification.summary("firefox").status == NOT_RUN
    outline = verification.scenario
    assert outline.summary("chromium").status == NOT_RUN, "the login example did not run"
    assert outline.summary("chromium").detail == "1 of 2 passed"


def test_steps_follow_the_feature_file_and_those_after_a_failure_are_not_run(run):
    feature = load_run(run).features[0]
    logged = next(scenario for scenario in feature.scenarios if scenario.name == "Access is logged")
    assert [(line.keyword, line.text, line.background) for line in logged.steps] == [
        ("Given", "a visitor is on the sign-in page", True), ("When", "Avery signs in", False),
        ("Then", "the access log shows a sign-in", False), ("And", "the log keeps it", False)]
    assert logged.steps[3].table == [["kept"], ["90 days"]]
    assert [logged.step_status("firefox", index) for index in range(4)] == [PASSED, PASSED, FAILED, NOT_RUN]
    assert [logged.step_status("chromium", index) for index in range(4)] == [PASSED] * 4
    assert [group.name for group in feature.rules] == [None, "the page says whose it is",
                                                       "every page meets WCAG 2.1 A and AA"]


def test_a_failure_names_its_step_its_message_and_its_artefacts(run):
    feature = load_run(run).features[0]
    logged = next(scenario for scenario in feature.scenarios if scenario.name == "Access is logged")
    [(row, failed)] = [(row, run) for row, run in logged.failures() if run.failure]
    failure = failed.failure
    assert row is None
    assert failure.step.text == "the access log shows a sign-in"
    assert failure.phase == "at step 3 of 4"
    assert failure.message == "the visitor should see the message 'Enter your password.'"
    assert failure.diagnosis == ["Actual value: None", "Error: element(s) not found"]
    assert [path.name for path in failure.artefacts.screenshots] == ["test-failed-1.png"]
    assert [path.name for path in failure.artefacts.traces] == ["trace.zip"], "a path relative to the invocation dir"
    assert failure.replay == f"pytest '{failed.nodeid}' --seed 4242"


def test_a_scenario_that_passed_on_its_retry_shows_the_first_attempts_screenshot_and_the_retrys_trace(run):
    titled = next(scenario for scenario in load_run(run).features[0].scenarios if scenario.name == "The page is titled")
    flaky = titled.runs["firefox"]
    assert flaky.status == FLAKY and flaky.failure is None
    assert [path.parent.name for path in flaky.first_attempt_artefacts.first_attempt] == [
        "test-the-page-is-titled-firefox"]
    assert [path.parent.name for path in flaky.first_attempt_artefacts.traces] == [
        "test-the-page-is-titled-firefox-retry1"]
    page = write(load_run(run)).read_text(encoding="utf-8")
    assert "when the first attempt failed" in page
    assert "test-the-page-is-titled-firefox-retry1/trace.zip" in page


def test_totals_count_each_example_and_what_did_not_run(run):
    report = load_run(run)
    assert report.totals("chromium") == {PASSED: 5, FAILED: 1, NOT_RUN: 2}, "one result outside the features"
    assert report.totals("firefox") == {PASSED: 1, FLAKY: 1, FAILED: 2, NOT_RUN: 3}
    assert [run.nodeid for run in report.outside] == ["tests/acceptance/test_a11y.py::t"]
    assert report.browsers == [("chromium", "140.0"), ("firefox", "128.0")]


def test_audits_are_kept_apart_page_by_page_and_browser_and_verify_no_passage(run):
    report = load_run(run)
    pages = {page.name: page for page in report.audited_pages}
    assert list(pages) == ["the sign-in page", "the lost-password page"]
    sign_in, lost_password = pages.values()
    assert sign_in.audit("chromium").status == PASSED, "a finding to review is not a failure"
    assert [finding.rule for finding in sign_in.audit("chromium").needs_review] == ["color-contrast"]
    assert lost_password.audit("chromium").status == FAILED, "a moderate or a minor violation fails the audit"
    assert [(finding.rule, finding.impact) for finding in lost_password.audit("chromium").violations] == [
        ("html-xml-lang-mismatch", "moderate"), ("aria-deprecated-role", "minor")]
    assert lost_password.audit("firefox") is None and lost_password.run_status("firefox") == FAILED
    assert report.audit_counts() == {PASSED: 1, FAILED: 1, "needs review": 1}
    assert [(page.name, browser) for page, browser, _ in report.audit_findings("needs_review")] == [
        ("the sign-in page", "chromium")]
    verifying = {v.scenario.name for passage in report.passages for v in passage.verifications}
    assert "<page> meets WCAG 2.1 A and AA" not in verifying


def test_the_page_lists_each_audit_with_its_violations_and_what_needs_review(run):
    page = write(load_run(run)).read_text(encoding="utf-8")
    section = page.split('<section id="accessibility"')[1].split("</section>")[0]
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", section)))
    assert "the sign-in page ✓ passed 0 violations, 1 to review ✓ passed 0 violations, 0 to review" in text
    assert "the lost-password page ✗ failed 2 violations, 0 to review ✗ failed not audited" in text
    violations, needs_review = text.split("Violations")[1].split("Needs review")
    assert "the lost-password page in Chromium" in violations
    assert "Deprecated ARIA roles must not be used (aria-deprecated-role, minor): 2 elements, #docket, #index" \
        in violations
    assert "the sign-in page in Chromium" in needs_review
    assert "(color-contrast, serious): 1 element, #policies > p" in needs_review
    overview = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page.split('id="legend"')[0]))
    assert ("2 pages audited against WCAG 2.1 A and AA: 1 without a violation in every browser, 1 with violations; "
            "1 finding for a person to review.") in overview


def test_no_passage_of_the_features_is_verified_by_an_accessibility_audit(tmp_path):
    (tmp_path / "results.json").write_text(json.dumps({"features_dir": str(FEATURES), "results": []}))
    report = load(tmp_path)
    assert not report.unreadable
    audits = {(passage.id, v.scenario.name) for passage in report.passages for v in passage.verifications
              if any(step.text == AUDIT_STEP for step in v.scenario.steps)}
    assert not audits, "an audit checks how a page is built; only behavioural scenarios verify a passage"


def test_a_tag_shaped_like_a_passage_that_names_none_is_flagged(run):
    assert list(load_run(run).unknown_tags) == ["L7"]


def test_the_verdict_says_each_browser_in_words(run):
    passages = {passage.id: passage for passage in load_run(run).passages}
    browsers = ["chromium", "firefox"]
    assert verdict(passages["L01"], browsers) == (FLAKY, "Verified, but flaky, in Firefox; verified in Chromium.")
    assert verdict(passages["L02"], browsers) == (FAILED, "Failed in Firefox; verified in Chromium.")
    assert verdict(passages["L04"], browsers) == (GAP, "Gap: no scenario verifies this passage.")


def test_the_page_is_self_contained_and_says_every_status_in_words(run):
    page = write(load_run(run)).read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in page, "the screenshot is inside the page"
    assert 'href="test-access-is-logged-firefox-retry1/trace.zip"' in page, "the trace is linked beside it"
    assert "playwright show-trace test-results/test-access-is-logged-firefox-retry1/trace.zip" in page
    assert not re.search(r'(src|href)="(https?:)?//', page), "nothing is fetched from a server"
    assert "<link" not in page and "<script" not in page
    text = re.sub(r"<[^>]+>", "", page)
    for words in ("✓ passed", "✗ failed", "○ not run", "! gap", "↻ flaky"):
        assert words in text
    assert page.count("<caption") == page.count("<table"), "every table has a caption"
    assert "What went wrong:</strong> the visitor should see the message" in page
    assert "<strong>Tags that name no passage</strong>" in page


def test_the_module_prints_where_the_report_is(run, capsys):
    assert report_main([str(run)]) == 0
    assert str((run / "report.html").resolve()) in capsys.readouterr().out


def test_the_module_says_when_there_is_no_run_to_report(tmp_path, capsys):
    assert report_main([str(tmp_path)]) == 1
    assert "run the suite first" in capsys.readouterr().err


@pytest.mark.parametrize(("technical", "message", "diagnosis"), [
    (PLAYWRIGHT_FAILURE, "the visitor should see the message 'Enter your password.'",
     ["Actual value: None", "Error: element(s) not found"]),
    ("E       AssertionError: the access log should show a failed sign-in for Avery, but it shows: []\n"
     "E       assert [] == ['failed']\n", "the access log should show a failed sign-in for Avery, but it shows: []",
     ["assert [] == ['failed']"]),
    ("E   playwright._impl._errors.TimeoutError: Locator.click: Timeout 5000ms exceeded.\nE   Call log:\n",
     "TimeoutError: Locator.click: Timeout 5000ms exceeded.", []),
    ("E   ValueError: first\n\nThe above exception was the direct cause of the following exception:\n\n"
     "E   RuntimeError: second\n", "RuntimeError: second", []),
    ("Traceback without markers\nKeyError: 'Dana'", "KeyError: 'Dana'", []),
])
def test_the_message_in_plain_words_is_taken_from_the_exception(technical, message, diagnosis):
    assert plain_message(technical) == (message, diagnosis)


def write_mutants(run: Path, trials: list[dict]) -> None:
    (run / "mutants.json").write_text(json.dumps({"seed": 7, "browser": "chromium", "gaps": ["L04"],
                                                  "mutants": trials}), encoding="utf-8")


def test_each_passage_says_how_many_ways_it_was_broken_and_how_many_were_caught(run):
    write_mutants(run, [
        {"name": "title-wrong", "rule": "L01", "breaks": "the page is titled wrongly", "file": "sign_in.html",
         "status": "killed", "caught_by": "test_the_page_is_titled[chromium]", "message": "should see"},
        {"name": "log-silent", "rule": "L02", "breaks": "a failed sign-in is not logged", "file": "accounts.py",
         "status": "killed", "caught_by": "test_access_is_logged[chromium]"},
        {"name": "log-reworded", "rule": "L02", "breaks": "the warning is reworded", "file": "sign_in.html",
         "status": "survived"},
        {"name": "csrf-off", "rule": "csrf", "breaks": "forms are accepted without a token", "file": "security.py",
         "status": "killed", "caught_by": "test_csrf"},
    ])
    report = load_run(run)
    passages = {passage.id: passage for passage in report.passages}
    assert [trial.caught for trial in passages["L02"].mutants] == [True, False]
    assert report.mutant_run.caught == 3 and report.mutant_run.security_rules == ["csrf"]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", write(report).read_text(encoding="utf-8")))
    assert "Deliberately broken 2 ways, caught 1" in text
    assert "Deliberately broken 1 way, caught 1" in text
    assert "Not deliberately broken by any mutant" in text, "L03 had no mutant"
    assert "3 of 4 breaks caught" in text
    assert "✗ not caught a failed sign-in" not in text and "✗ not caught" in text
    assert "No break was tried for: L04." in text


def test_without_a_mutant_run_the_report_says_nothing_of_breaks(run):
    page = write(load_run(run)).read_text(encoding="utf-8")
    assert "Deliberately broken" not in page and 'id="mutants"' not in page


def test_a_smoke_run_says_so_and_counts_the_passages_each_browser_passed_once(run):
    summary = json.loads((run / "results.json").read_text(encoding="utf-8"))
    (run / "results.json").write_text(json.dumps({**summary, "smoke": True}), encoding="utf-8")
    report = load_run(run)
    # L01 passed in both (once on its retry), L03 in Chromium only, L02 failed in Firefox, L04 has none.
    assert report.smoke and report.passages_passed_once == 1
    assert (report.scenarios_run, report.scenario_count) == (5, 7)
    page = write(report).read_text(encoding="utf-8")
    assert "A smoke run</strong>" in page and "1 of 4 passages passed at least one scenario" in page


def test_a_full_run_is_not_called_a_smoke_run(run):
    assert "A smoke run" not in write(load_run(run)).read_text(encoding="utf-8")


def test_repetitions_count_as_one_run_that_is_flaky_when_any_failed(run):
    summary = json.loads((run / "results.json").read_text(encoding="utf-8"))
    feature = Path(summary["features_dir"]) / "sign_in.feature"
    steps = [step("a visitor is on the CM/ECF sign-in page"), step("the page is titled")]
    repetitions = [
        result(feature, "The page is titled", 10, "chromium", nodeid=f"t.py::test_titled[chromium-{n}of3]",
               steps=steps if n != 2 else [steps[0], step("the page is titled", failed=True)],
               outcome="failed" if n == 2 else "passed", error=PLAYWRIGHT_FAILURE if n == 2 else None)
        for n in (1, 2, 3)]
    kept = [r for r in summary["results"] if not (r["browser"] == "chromium" and r["location"]
                                                  and r["location"]["name"] == "The page is titled")]
    (run / "results.json").write_text(json.dumps({**summary, "results": kept + repetitions}), encoding="utf-8")
    report = load_run(run)
    titled = next(s for f in report.features for s in f.scenarios if s.name == "The page is titled")
    chromium = titled.runs["chromium"]
    assert chromium.status == FLAKY and chromium.repetitions == 3
    assert chromium.first_attempt.startswith("Failed in 1 of 3 repetitions. The first failure:")
    assert report.totals("chromium")[FLAKY] == 1


TOUR_FEATURE = """\
@a11y
Feature: Accessibility
  Every page meets WCAG 2.1 A and AA.

  Scenario: The sign-in pages meet WCAG 2.1 A and AA, page by page
    When a person goes through these pages, each audited as it is reached:
      | page                   | heading         |
      | the sign-in page       | Sign in         |
      | the lost-password page | Forgot Password |
    Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact
"""


def test_a_tour_audits_several_pages_in_one_run_and_each_is_reported_on_its_own(tmp_path):
    features = tmp_path / "features"
    features.mkdir()
    feature = features / "accessibility.feature"
    feature.write_text(TOUR_FEATURE, encoding="utf-8")
    (features / "PASSAGES.md").write_text(PASSAGES, encoding="utf-8")
    name, steps = "The sign-in pages meet WCAG 2.1 A and AA, page by page", [step("go through"), step("each page")]
    results = [
        result(feature, name, 5, "chromium", "failed", steps, error=PLAYWRIGHT_FAILURE, audits=[
            audited("the sign-in page"), audited("the lost-password page", violations=[LANGUAGE])]),
        # Firefox did not reach the second page: the tour went on, and audited only the first.
        result(feature, name, 5, "firefox", "failed", steps, error=PLAYWRIGHT_FAILURE,
               audits=[audited("the sign-in page", needs_review=[CONTRAST])]),
    ]
    output = tmp_path / "test-results"
    output.mkdir()
    (output / "results.json").write_text(json.dumps({
        "seed": 1, "started": 1_700_000_000, "duration": 9.0, "commit": "abc123", "invocation_dir": str(tmp_path),
        "features_dir": str(features), "results": results}), encoding="utf-8")
    report = load_run(output)
    pages = {page.name: page for page in report.audited_pages}
    assert list(pages) == ["the sign-in page", "the lost-password page"], "each page once, in the tour's order"
    sign_in, lost_password = pages.values()
    assert (sign_in.audit("chromium").status, sign_in.audit("firefox").status) == (PASSED, PASSED)
    assert [finding.rule for finding in lost_password.audit("chromium").violations] == ["html-xml-lang-mismatch"]
    assert lost_password.audit("firefox") is None and lost_password.run_status("firefox") == FAILED
    assert report.audit_counts() == {PASSED: 1, FAILED: 1, "needs review": 1}


def frame(line: int, outcome: str = "passed", image: str | None = None, note: str | None = None) -> dict:
    return {"line": line, "keyword": "When", "text": "", "outcome": outcome, "image": image,
            "width": 640, "height": 360, "note": note}


def test_a_storyboard_run_shows_each_step_per_browser_and_flags_a_step_without_its_picture(run):
    summary = json.loads((run / "results.json").read_text(encoding="utf-8"))
    lines = [number for number, text in enumerate(FEATURE.splitlines(), 1)
             if text.strip() in ("Given a visitor is on the sign-in page", "When Avery signs in",
                                 "Then the access log shows a sign-in", "And the log keeps it")]
    (run / "storyboard").mkdir()
    for name in ("a.webp", "b.webp", "c.webp"):
        (run / "storyboard" / name).write_bytes(b"RIFF-a-picture")
    frames = {
        "chromium": [frame(lines[0], note="nothing on screen yet"), frame(lines[1], image="storyboard/a.webp"),
                     frame(lines[2], image="storyboard/gone.webp")],  # and none for the last step
        "firefox": [frame(lines[0], note="nothing on screen yet"), frame(lines[1], image="storyboard/b.webp"),
                    frame(lines[2], "failed", image="storyboard/c.webp")],
    }
    for result in summary["results"]:
        if result["location"] and result["location"]["name"] == "Access is logged":
            result["storyboard"] = frames[result["browser"]]
    (run / "results.json").write_text(json.dumps({**summary, "storyboard": True}), encoding="utf-8")
    report = load_run(run)
    logged = next(s for f in report.features for s in f.scenarios if s.name == "Access is logged")
    chromium, firefox = logged.runs["chromium"], logged.runs["firefox"]
    assert chromium.storyboard_problems == ["step 3: its picture storyboard/gone.webp is missing",
                                            "step 4: no picture was recorded"]
    assert firefox.storyboard_problems == []
    assert [frame.outcome if frame else None for frame in firefox.frames] == [PASSED, PASSED, FAILED, None]
    assert [gap[2] for gap in report.storyboard_gaps() if gap[0] is logged] == [chromium]
    assert report.storyboard_size() == (3, 3 * len(b"RIFF-a-picture"))
    page = write(report).read_text(encoding="utf-8")
    assert "without a picture for every step that ran" in page
    anchor = logged.storyboard_anchor()
    assert f'href="#{anchor}"' in page and f'id="{anchor}"' in page, "the warning links to the storyboard"
    assert 'src="storyboard/b.webp" loading="lazy"' in page and "failed here" in page


def with_sources(run: Path, *extra: tuple[str, str]) -> Path:
    """The run's features folder given the two source pages, their quotes and the sentences that are not
    behaviours, as in features/; each extra (file, text) is added to its file."""
    features = run.parent / "features"
    for name in ("passage_quotes.toml", "not_behaviours.toml", "source_pictures.toml",
                 "cmecf-login-page.txt", "pacer-registration-instructions.txt"):
        (features / name).write_text((FEATURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in extra:
        with (features / name).open("a", encoding="utf-8") as file:
            file.write(text)
    return run


def test_the_overview_accounts_for_every_sentence_of_the_sources(run):
    page = html.unescape(write(load_run(with_sources(run))).read_text(encoding="utf-8"))
    overview = page[page.index('id="source-counts"'):page.index("</dd>", page.index('id="source-counts"'))]
    assert " ".join(overview.split()).startswith(
        'id="source-counts">74 of 76 sentences of the source pages are behaviours with a passage, '
        "2 are not behaviours.")
    assert "neither quoted" not in overview
    assert 'href="#sources"' in page and '<section id="sources"' in page
    assert '<li id="sentence-pacer-registration-instructions-26">*** Required Information**' in page
    assert "Not a behaviour: a caption: the key to the asterisk" in page


def test_each_passage_links_to_its_sentences_and_each_sentence_back_to_its_passage(run):
    report = load_run(with_sources(run))
    l02 = next(passage for passage in report.passages if passage.id == "L02")
    assert [sentence.number for sentence in l02.sentences] == [2, 3, 4]
    page = write(report).read_text(encoding="utf-8")
    row = page[page.index('<tbody id="passage-L02"'):page.index("</tbody>", page.index('<tbody id="passage-L02"'))]
    links = re.findall(r'<a href="#(sentence-[\w-]+)">(\d+)</a>', row)
    assert links == [("sentence-cmecf-login-page-2", "2"), ("sentence-cmecf-login-page-3", "3"),
                     ("sentence-cmecf-login-page-4", "4")]
    for anchor, _ in links:
        sentence = page[page.index(f'<li id="{anchor}">'):page.index("</li>", page.index(f'<li id="{anchor}">'))]
        assert 'Behaviour: <a href="#passage-L02">L02</a>' in sentence
    assert 'Behaviour: R18' in page, "a passage this run's PASSAGES.md lacks is named, not linked"


def test_a_sentence_nothing_accounts_for_is_flagged_in_the_overview(run):
    as_stored = load_run(with_sources(run))
    behaviours, sentences, not_behaviours = as_stored.source_counts()
    last = len(as_stored.sources["cmecf-login-page.txt"])
    report = load_run(with_sources(run, ("cmecf-login-page.txt", "\n\nFilings are due by midnight.\n")))
    assert report.source_counts() == (behaviours, sentences + 1, not_behaviours)
    page = html.unescape(write(report).read_text(encoding="utf-8"))
    assert "1 sentence neither quoted by a passage nor listed as not a behaviour:" in " ".join(page.split())
    assert (f'<a href="#sentence-cmecf-login-page-{last + 1}">cmecf-login-page.txt, sentence {last + 1}</a>'
            in page)


def test_without_the_source_pages_the_report_says_nothing_of_their_sentences(run):
    page = write(load_run(run)).read_text(encoding="utf-8")
    assert "source-counts" not in page and 'id="sources"' not in page


def test_each_passage_names_where_the_simulator_enforces_it(run):
    report = load_run(run)
    l01 = next(passage for passage in report.passages if passage.id == "L01")
    assert l01.code, "L01's markers in simulator/"
    page = write(report).read_text(encoding="utf-8")
    row = page[page.index('<tbody id="passage-L01"'):page.index("</tbody>", page.index('<tbody id="passage-L01"'))]
    assert re.findall(r"<code title=\"[^\"]+\">([\w/.]+:\d+)</code>", row) == [str(marker) for marker in l01.code]
    assert "./harness trace L01" in row
