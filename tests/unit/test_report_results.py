"""The report's results: each passage's scenarios per browser, steps, failures and their artefacts, retries and
repetitions, totals, the verdict in words, smoke runs, and the module that writes the page."""

import json
import re
from pathlib import Path

import pytest
from sample_run import PLAYWRIGHT_FAILURE, load_run, result, sample_run, step

from report.__main__ import main as report_main
from report.model import FAILED, FLAKY, GAP, NOT_RUN, PASSED, plain_message
from report.render import verdict, write


@pytest.fixture
def run(tmp_path: Path) -> Path:
    """The sample run's output folder (sample_run.py)."""
    return sample_run(tmp_path)

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
