"""The report a product owner reads, opened from disk in a real browser and checked by its content.

A tiny real suite (tests/report_samples) runs in Chromium twice: first with one scenario broken
on purpose, then restored; and once more broken, in Chromium and Firefox with --storyboard. Each
run's report is built with `python -m report`, opened as file:// in each browser, photographed,
and read: the passage matrix, the failing step, its message in plain words, the embedded screenshot
and the link to the Playwright trace, the storyboard of every scenario; and audited with axe-core
like the simulator's pages.
"""

import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Locator, Page, expect

from sources.sentences import stored_sentences
from steps.pages.accessibility import audit, describe

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLES = REPOSITORY / "tests" / "report_samples"
FEATURE = "report_sample.feature"
WORKING_STEP = 'Then the visitor is warned "This is a Restricted Web Site for Official Court Business only."'
BROKEN_STEP = 'Then the visitor is told "The court is closed for the holidays."'
BROKEN_SCENARIO = "The page warns that access is logged"
GREEN_SCENARIO = "A visitor opens the court's sign-in page"
BROWSERS = ("Chromium", "Firefox")
# The colour the report marks a failure with (report.css, --failed-ink).
FAILED_INK = (0xA4, 0x0E, 0x26)


def run_sample_suite(features: Path, output: Path, *options: str) -> subprocess.CompletedProcess:
    """The sample suite as ./harness suite runs a suite (xdist, JUnit XML, Cucumber JSON), in Chromium
    unless the options name browsers."""
    browsers = [] if "--browser" in options else ["--browser", "chromium"]
    command = [
        sys.executable, "-m", "pytest", str(SAMPLES / "sample_scenarios.py"), "-p", "no:randomly",
        "-n", "1", *browsers, *options, "-o", f"bdd_features_base_dir={features}",
        "--output", str(output), f"--junitxml={output / 'junit.xml'}",
        f"--cucumberjson={output / 'cucumber.json'}",
    ]
    return subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=300, check=False)


def build_report(output: Path) -> Path:
    built = subprocess.run([sys.executable, "-m", "report", str(output)], cwd=REPOSITORY,
                           capture_output=True, text=True, timeout=120, check=False)
    report = (output / "report.html").resolve()
    assert built.returncode == 0, built.stderr
    assert str(report) in built.stdout, "python -m report should print where the report is"
    return report


@pytest.fixture(scope="session")
def sample_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report of the sample run with one scenario broken on purpose, of the restored run, and of the
    broken one again in both browsers with --storyboard."""
    features = tmp_path_factory.mktemp("features")
    written = (SAMPLES / FEATURE).read_text(encoding="utf-8")
    assert WORKING_STEP in written
    broken = written.replace(WORKING_STEP, BROKEN_STEP)
    storyboard = ("--storyboard", "--browser", "chromium", "--browser", "firefox")
    reports = {}
    for kind, text, expected_exit, options in (("failing", broken, 1, ()), ("green", written, 0, ()),
                                               ("storyboard", broken, 1, storyboard)):
        (features / FEATURE).write_text(text, encoding="utf-8")
        output = tmp_path_factory.mktemp(kind) / "test-results"
        run = run_sample_suite(features, output, *options)
        assert run.returncode == expected_exit, run.stdout[-4000:] + run.stderr[-4000:]
        reports[kind] = build_report(output)
    return reports


@pytest.fixture
def photograph(page: Page, pytestconfig: pytest.Config, browser_name: str):
    """Saves a full-page screenshot of the report where the run keeps its artefacts, and returns it."""
    folder = Path(pytestconfig.getoption("--output")) / "report-screenshots"
    folder.mkdir(parents=True, exist_ok=True)

    def take(name: str, element: Locator | None = None) -> bytes:
        path = folder / f"{name}-{browser_name}.png"
        return element.screenshot(path=path) if element else page.screenshot(path=path, full_page=True)

    return take


def passage_row(page: Page, passage: str) -> Locator:
    # Each passage is a row group of the matrix, reachable by its anchor (#passage-L01).
    return matrix(page).locator(f"#passage-{passage}").get_by_role("row").first


def matrix(page: Page) -> Locator:
    return page.get_by_role("table", name=re.compile("^Passages, the scenarios that verify them"))


def in_browser(row: Locator, browser: str) -> Locator:
    """The row's cell under the Chromium or the Firefox column (the last two columns)."""
    return row.get_by_role("cell").nth({"Chromium": -2, "Firefox": -1}[browser])


def scenario(page: Page, name: str) -> Locator:
    return page.get_by_role("article").filter(has=page.get_by_role("heading", name=f"Scenario: {name}"))


def test_the_report_of_a_green_run_reads_correctly(page: Page, sample_reports, photograph):
    page.goto(sample_reports["green"].as_uri())
    assert len(photograph("green")) > 20_000, "the screenshot of the report should show a whole page"

    expect(page).to_have_title(re.compile("CM/ECF acceptance report"))
    overview = page.get_by_role("region", name="Overview")
    expect(overview).to_contain_text(re.compile(r"Chromium \d+\.\d+"))
    expect(overview).to_contain_text("Seed")
    expect(overview).to_contain_text("Commit")
    totals = page.get_by_role("table", name=re.compile("^Scenario results by browser"))
    # Version, then passed, flaky, failed, skipped, not run, total.
    expect(totals.get_by_role("row", name=re.compile("^Chromium")).get_by_role("cell")).to_have_text(
        [re.compile(r"^\d+\.\d+"), "4", "0", "0", "0", "0", "4"])
    expect(totals.get_by_role("row", name=re.compile("^Firefox")).get_by_role("cell")).to_have_text(
        [re.compile("."), "0", "0", "0", "0", "4", "4"])

    expect(matrix(page).get_by_role("columnheader")).to_have_text(
        ["Passage", "What the source says", "Verdict", "Scenario", "Chromium", "Firefox"])
    for passage in ("L01", "L02"):
        row = passage_row(page, passage)
        expect(in_browser(row, "Chromium")).to_have_text("✓ passed")
        expect(in_browser(row, "Firefox")).to_have_text("○ not run")
    expect(passage_row(page, "L02")).to_contain_text(BROKEN_SCENARIO)
    # The source page's own sentences, one click away from the abridged line.
    quote = passage_row(page, "L02").get_by_role("group").filter(has_text="The source's own words")
    quote.get_by_text("The source's own words").click()
    expect(quote.locator("blockquote")).to_have_text(re.compile(
        r"^This is a Restricted Web Site .* All activities and access attempts are logged\.$"))
    expect(quote).to_contain_text("From features/cmecf-login-page.txt")
    gap = passage_row(page, "L03")
    expect(gap).to_contain_text("No scenario verifies this passage.")
    expect(in_browser(gap, "Chromium")).to_have_text("! gap")
    expect(in_browser(gap, "Firefox")).to_have_text("! gap")

    steps = scenario(page, BROKEN_SCENARIO).get_by_role("table", name=re.compile("^Steps"))
    expect(steps.get_by_role("row")).to_have_count(4)
    expect(steps.get_by_role("row").nth(3)).to_contain_text("All activities and access attempts are logged.")
    expect(steps.get_by_role("row").nth(3)).to_contain_text("✓ passed")
    examples = page.get_by_role("table", name=re.compile("^Examples"))
    expect(examples.get_by_role("row")).to_have_count(3)
    expect(page.get_by_text("What went wrong")).to_have_count(0)
    violations = audit(page).violations
    assert not violations, describe(violations)


def test_the_report_of_a_run_with_a_failing_scenario_shows_the_failure(page: Page, sample_reports, photograph):
    report = sample_reports["failing"]
    page.goto(report.as_uri())
    photograph("failing")

    l02 = passage_row(page, "L02")
    expect(in_browser(l02, "Chromium")).to_have_text("✗ failed")
    expect(l02).to_contain_text("Failed in Chromium")
    expect(in_browser(passage_row(page, "L01"), "Chromium")).to_have_text("✓ passed")

    broken = scenario(page, BROKEN_SCENARIO)
    rows = broken.get_by_role("table", name=re.compile("^Steps")).get_by_role("row")
    expect(rows.nth(1)).to_contain_text("✓ passed")
    expect(rows.nth(2)).to_contain_text(BROKEN_STEP.removeprefix("Then "))
    expect(rows.nth(2)).to_contain_text("✗ failed")
    expect(rows.nth(3)).to_contain_text("○ not run")

    failure = broken.get_by_role("region", name=re.compile("failed in Chromium"))
    photograph("failing-scenario", failure)
    line = next(number for number, text in enumerate((SAMPLES / FEATURE).read_text().splitlines(), 1)
                if text.strip() == WORKING_STEP)
    expect(failure).to_contain_text(f"Failed at step 2 of 3, line {line}: {BROKEN_STEP}")
    expect(failure).to_contain_text(
        "What went wrong: the visitor should see the message 'The court is closed for the holidays.'")

    # The first attempt's screenshot and the retry's are both kept: the first failure is the one to debug.
    for moment in ("when the first attempt at", "at the end of the retry of"):
        screenshot = failure.get_by_role("img", name=re.compile(f"^Screenshot of the page in Chromium {moment}"))
        expect(screenshot).to_have_attribute("src", re.compile("^data:image/png;base64,"))
        assert screenshot.evaluate("image => image.complete && image.naturalWidth") > 0, f"{moment}: should show"

    trace = failure.get_by_role("link", name=re.compile(r"trace\.zip$"))
    trace_file = report.parent / trace.get_attribute("href")
    assert trace_file.is_file() and trace_file.read_bytes()[:2] == b"PK", "the trace should be beside the report"
    expect(failure.get_by_text("playwright show-trace")).to_contain_text(str(trace_file.name))

    output = report.parent
    junit = ElementTree.parse(output / "junit.xml").getroot()  # noqa: S314 - written by our own run
    assert sum(int(suite.get("failures")) for suite in junit.iter("testsuite")) == 1
    cucumber = json.loads((output / "cucumber.json").read_text(encoding="utf-8"))
    statuses = [step["result"]["status"] for feature in cucumber for element in feature["elements"]
                for step in element["steps"]]
    assert statuses.count("failed") >= 1
    violations = audit(page).violations
    assert not violations, describe(violations)


def storyboard_of(page: Page, name: str) -> Locator:
    """The scenario's storyboard, opened: a table of its steps with a picture per browser."""
    board = scenario(page, name).locator("details.storyboard")
    expect(board).to_have_count(1)
    if board.get_attribute("open") is None:
        board.locator("summary").click()
    return board.get_by_role("table", name=f"Storyboard of “{name}”")


def shows_a_decoded_picture(page: Page, picture: Locator) -> bool:
    """The picture, lazily loaded once scrolled to, has been fetched and decoded."""
    picture.scroll_into_view_if_needed()
    page.wait_for_function("image => image.complete && image.naturalWidth > 0", arg=picture.element_handle())
    return picture.evaluate("image => image.naturalWidth") > 0


def test_the_storyboard_shows_each_step_beside_the_page_in_each_browser(page: Page, sample_reports, photograph):
    report = sample_reports["storyboard"]
    page.goto(report.as_uri())
    overview = page.get_by_role("region", name="Overview")
    expect(overview).to_contain_text(re.compile(
        r"\d+ pictures,\s+\d+\.\d MB in storyboard/ beside this page, within the\s+25 MB"))
    expect(page.get_by_text("without a picture for every step that ran")).to_have_count(0)

    green = storyboard_of(page, GREEN_SCENARIO)
    expect(green.get_by_role("columnheader")).to_have_text(["Step", *BROWSERS])
    expect(green.get_by_role("rowheader")).to_have_text([
        "1. When a visitor opens the CM/ECF sign-in page",
        '2. Then the page is titled "CM/ECF Filer or PACER Login"',
        "3. And the page names the United States Court of International Trade"])
    for number, row in enumerate(green.get_by_role("row").all()[1:], start=1):
        for browser in BROWSERS:
            picture = row.get_by_role("img", name=f"The page in {browser} after step {number}", exact=True)
            expect(picture).to_have_count(1)
            expect(picture).to_have_attribute("loading", "lazy")
            assert shows_a_decoded_picture(page, picture), f"step {number} in {browser}: the picture should show"
        expect(row.get_by_role("img")).to_have_count(len(BROWSERS))

    broken = storyboard_of(page, BROKEN_SCENARIO)
    rows = broken.get_by_role("row")
    expect(rows).to_have_count(4)
    expect(rows.nth(2).get_by_role("rowheader")).to_have_text(f"2. {BROKEN_STEP}")
    for column, browser in enumerate(BROWSERS):
        expect(rows.nth(1).get_by_role("cell").nth(column).get_by_role("img")).to_have_count(1)
        failing = rows.nth(2).get_by_role("cell").nth(column)
        expect(failing).to_contain_text("✗ failed failed here")
        picture = failing.get_by_role("img", name=f"The page in {browser} after step 2")
        assert shows_a_decoded_picture(page, picture), f"the failing step in {browser} should show the page"
        not_run = rows.nth(3).get_by_role("cell").nth(column)
        expect(not_run).to_have_text("○ not run")
        expect(not_run.get_by_role("img")).to_have_count(0)

    # An outline has a storyboard per example.
    heading = page.get_by_role("heading", name="Scenario Outline: Missing entries are named beside their fields")
    outline = page.get_by_role("article").filter(has=heading).locator("details.storyboard")
    expect(outline).to_have_count(2)
    expect(outline.nth(0).locator("summary")).to_contain_text('field = “CM/ECF or PACER login”')

    board = scenario(page, BROKEN_SCENARIO).locator("details.storyboard")
    shot = Image.open(io.BytesIO(photograph("storyboard", board)))
    assert shot.width > 600 and shot.height > 400, f"the storyboard's screenshot is {shot.size}"
    colours = shot.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 1000, "the screenshot should show the pictures, not a blank table"
    marked = sum(count for count, rgb in colours if all(abs(a - b) < 24 for a, b in zip(rgb, FAILED_INK, strict=True)))
    assert marked > 2_000, "the screenshot should show the failing step framed in the failure colour"
    violations = audit(page).violations
    assert not violations, describe(violations)


def test_without_storyboard_the_run_records_no_picture(sample_reports):
    output = sample_reports["green"].parent
    assert not (output / "storyboard").exists()
    results = json.loads((output / "results.json").read_text(encoding="utf-8"))
    assert results["storyboard"] is False
    assert all(result["storyboard"] is None for result in results["results"])
    assert "Storyboard" not in sample_reports["green"].read_text(encoding="utf-8")


def test_each_passage_leads_to_its_sentences_in_the_source_pages_and_back(page: Page, sample_reports):
    page.goto(sample_reports["green"].as_uri())
    every = [sentence for sentences in stored_sentences().values() for sentence in sentences]
    expect(page.get_by_role("region", name="Overview")).to_contain_text(
        f"{sum(bool(s.passages) for s in every)} of {len(every)} sentences of the source pages are behaviours "
        f"with a passage, {sum(bool(s.not_a_behaviour) for s in every)} are not behaviours.")
    passage_row(page, "L02").get_by_role("link", name="3", exact=True).click()
    sentence = page.locator("#sentence-cmecf-login-page-3")
    expect(sentence).to_be_in_viewport()
    expect(sentence).to_contain_text("Unauthorized entry is prohibited and subject to prosecution")
    expect(sentence).to_contain_text("Behaviour: L02")
    sentence.get_by_role("link", name="L02").click()
    expect(passage_row(page, "L02")).to_be_in_viewport()
    repetition = page.locator("#sentence-pacer-registration-instructions-18")
    expect(repetition).to_contain_text("Not a behaviour: a repetition")
