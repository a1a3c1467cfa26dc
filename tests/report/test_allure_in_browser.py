"""The Allure report of two runs, built with `./harness allure` and read in a real browser.

The sample suite (tests/report_samples) runs twice in Chromium and Firefox with --alluredir: first as
written, all green; then with one scenario broken on purpose and one that passes only on its retry. Each
run's Allure report is built with `./harness allure`, one history file carried from the first build to the
second, and the second report is opened from disk in each browser and read: each scenario's results in
both browsers, the passage label and its link to our report, the history of the run before, the failure's
screenshot, and the scenario that passed on its retry marked flaky.
"""

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from test_report_in_browser import (  # the sample suite, run as the report's own check runs it
    BROKEN_SCENARIO,
    BROKEN_STEP,
    FEATURE,
    REPOSITORY,
    SAMPLES,
    WORKING_STEP,
    photograph,  # noqa: F401 - a fixture
    run_sample_suite,
    shows_a_decoded_picture,
)

FLAKY_SCENARIO = "The page is read again after a failed first attempt"
FLAKY = "a scenario that passes only on its retry is flaky"
FLAKY_RULE = f"""
  Rule: {FLAKY}

    @L01
    Scenario: {FLAKY_SCENARIO}
      When a visitor opens the CM/ECF sign-in page
      Then the first attempt fails, and the retry passes
"""
BROWSERS = {"Chromium", "Firefox"}
# Allure 3 links only to http(s) addresses: where a team publishes its report (here a made-up one, never opened).
PUBLISHED_REPORT = "https://ci.example.org/acceptance/report.html"


@pytest.fixture(scope="session")
def allure_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Allure report of the second run (one scenario broken, one flaky), with the first run (green) in its
    history."""
    features = tmp_path_factory.mktemp("allure-features")
    history = tmp_path_factory.mktemp("allure-history") / "history.jsonl"
    written = (SAMPLES / FEATURE).read_text(encoding="utf-8")
    broken = written.replace(WORKING_STEP, BROKEN_STEP) + FLAKY_RULE
    for kind, text, expected_exit in (("green", written, 0), ("failing", broken, 1)):
        (features / FEATURE).write_text(text, encoding="utf-8")
        run = tmp_path_factory.mktemp(f"allure-{kind}")
        results, report = run / "allure-results", run / "allure-report"
        ran = run_sample_suite(features, run / "test-results", "--browser", "chromium", "--browser", "firefox",
                               f"--alluredir={results}",
                               f"--allure-link-pattern=passage:{PUBLISHED_REPORT}#passage-{{}}")
        assert ran.returncode == expected_exit, ran.stdout[-4000:] + ran.stderr[-4000:]
        built = subprocess.run([str(REPOSITORY / "harness"), "allure", str(results), "--output", str(report),
                                "--history", str(history)],
                               cwd=REPOSITORY, capture_output=True, text=True, timeout=300, check=False)
        assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
        assert f"{report}/index.html" in built.stdout, "./harness allure should print where the report is"
    assert len(history.read_text(encoding="utf-8").splitlines()) == 2, "the history should hold both runs"
    return report / "index.html"


def open_report(page: Page, report: Path) -> None:
    page.goto(report.as_uri())
    # One file with its screenshots and traces inlined (8 MB here): on a busy machine it takes seconds to read.
    expect(page.get_by_role("heading", name="CM/ECF acceptance suite")).to_be_visible(timeout=30_000)


def results_named(page: Page, scenario: str) -> Locator:
    """The scenario's results in the report's tree, one per browser (a tree row's name starts with its number)."""
    return page.get_by_role("button", name=re.compile(rf"^\d+ {re.escape(scenario)}"))


def open_result(page: Page, scenario: str, number: int) -> str:
    """Opens the scenario's number-th result and returns the browser it ran in (its "browser" parameter)."""
    results_named(page, scenario).nth(number).click()
    expect(page.get_by_role("heading", name=scenario, level=1)).to_be_visible()
    browser = metadata(page, "browser")
    expect(browser).to_have_count(1)
    return browser.inner_text().strip()


def back_to_the_tree(page: Page) -> None:
    """The report's own way back (its first breadcrumb), which keeps the tree as it was left; the browser's
    Back reloads the whole report in Chromium and, in Firefox, waits for a load that never comes."""
    page.get_by_role("navigation", name="Breadcrumbs").get_by_role("button").first.click()
    expect(page.get_by_role("heading", name="CM/ECF acceptance suite")).to_be_visible()


def metadata(page: Page, key: str) -> Locator:
    """The values of a parameter or label of the open result."""
    items = page.get_by_test_id("metadata-item").filter(has=page.get_by_test_id("metadata-item-key").filter(
        has_text=re.compile(f"^{key}$")))
    return items.get_by_test_id("metadata-item-value")


def tab(page: Page, name: str) -> Locator:
    return page.get_by_test_id(f"test-result-tab-{name.lower()}")


def test_the_allure_report_shows_each_scenario_in_both_browsers_with_its_passage(page: Page, allure_report,
                                                                                  photograph):  # noqa: F811
    open_report(page, allure_report)
    photograph("allure-overview")
    # 5 scenarios (an outline of two examples among them), each in Chromium and in Firefox.
    expect(page.get_by_role("button", name="Total 10")).to_be_visible()
    expect(page.get_by_role("button", name="Failed 2")).to_be_visible()
    expect(page.get_by_role("button", name="Passed 8")).to_be_visible()
    expect(results_named(page, BROKEN_SCENARIO)).to_have_count(2)

    browsers = set()
    for number in range(2):
        browsers.add(open_result(page, BROKEN_SCENARIO, number))
        expect(metadata(page, "passage")).to_have_text("L02")
        link = page.get_by_role("link", name=re.compile("^L02: .*Restricted Web Site"))
        expect(link).to_have_attribute("href", f"{PUBLISHED_REPORT}#passage-L02")
        back_to_the_tree(page)
    assert browsers == BROWSERS, f"the broken scenario's results should be one per browser, not {browsers}"


def test_the_allure_report_shows_the_run_before_and_the_failure_s_screenshot(page: Page, allure_report,
                                                                             photograph):  # noqa: F811
    open_report(page, allure_report)
    browser = open_result(page, BROKEN_SCENARIO, 0)
    expect(page.get_by_text("Failed", exact=True)).to_be_visible()

    tab(page, "History").click()
    earlier = page.get_by_test_id("test-result-history-item")
    expect(earlier).to_have_count(1)
    expect(earlier.get_by_test_id("tree-leaf-status-passed")).to_have_count(1)

    tab(page, "Attachments").click()
    screenshot = page.get_by_role("button", name=f"Screenshot of the page in {browser} at the end of the retry")
    expect(screenshot).to_be_visible()
    screenshot.click()
    # The picture itself (the attachment's other images are icons, which are SVG).
    picture = page.get_by_test_id("test-result-attachment").filter(has=screenshot).locator("img")
    expect(picture).to_have_count(1)
    assert shows_a_decoded_picture(page, picture), "the failure's screenshot should show"
    photograph("allure-failure")
    expect(page.get_by_text(f"Playwright trace of the retry in {browser}")).to_be_visible()


def test_the_allure_report_marks_a_pass_on_the_retry_flaky(page: Page, allure_report):
    open_report(page, allure_report)
    page.get_by_test_id("flaky-filter").click()
    # The tree, filtered, opens one level at a time: the feature, then the rule.
    for section in ("A sample run for checking the report", FLAKY):
        page.get_by_test_id("tree-section-title").filter(has_text=section).click()
    expect(page.get_by_test_id("tree-leaf")).to_have_count(2)
    expect(results_named(page, FLAKY_SCENARIO)).to_have_count(2)
    browsers = set()
    for number in range(2):
        browsers.add(open_result(page, FLAKY_SCENARIO, number))
        expect(page.get_by_test_id("test-result-status-passed")).to_be_visible()
        expect(tab(page, "Retries")).to_contain_text("1")
        back_to_the_tree(page)
    assert browsers == BROWSERS, f"the flaky scenario's results should be one per browser, not {browsers}"
