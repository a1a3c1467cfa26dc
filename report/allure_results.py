"""Allure results of a run (--alluredir, through allure-pytest-bdd): passages, rule, browser, failure artefacts, flaky.

allure-pytest-bdd writes each scenario (each example of an outline) with its steps, its feature and its tags.
This plugin adds what a reader of this suite looks for: the passage IDs as labels, each linked to the passage
(--allure-link-pattern passage:URL, else our own report.html); the rule as the story; the browser as a
parameter named "browser", so Chromium and Firefox are two results of one test; the first attempt's
screenshot, the retry's screenshot and its Playwright trace as attachments; and a pass on the retry marked
flaky. It does nothing without --alluredir.
"""

from pathlib import Path

import allure
import pytest
from allure_commons.lifecycle import AllureLifecycle
from allure_commons.model2 import Parameter, Status, StatusDetails
from allure_commons.types import AttachmentType
from allure_pytest_bdd import pytest_bdd_listener
from allure_pytest_bdd.pytest_bdd_listener import PytestBDDListener

from fixtures.passages import passages

PASSAGE_LABEL = "passage"
# Allure 3 opens an attachment of this type in Playwright's trace viewer, inside the report.
PLAYWRIGHT_TRACE = "application/vnd.allure.playwright-trace"
# The user properties that carry a run's artefacts: the first attempt's screenshot (fixtures/artifacts.py), and the
# retry's screenshots and trace (pytest-playwright), as paths from the folder pytest started in.
ATTACHED_PROPERTIES = {
    "playwright_first_attempt_screenshot": "Screenshot of the page in {browser} when the first attempt failed",
    "playwright_screenshot": "Screenshot of the page in {browser} at the end of the retry",
    "playwright_trace": "Playwright trace of the retry in {browser}",
}
# What allure-python writes: {uuid}-result.json, {uuid}-container.json, {uuid}-attachment.{extension}.
ALLURE_FILES = ("*-result.json", "*-container.json", "*-attachment.*")
CALL_REPORT = pytest.StashKey[pytest.TestReport]()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    # tryfirst: registered before allure-pytest-bdd's listener, this plugin's report hook wraps inside the
    # listener's, so it adds to each result before the listener writes it.
    if config.getoption("allure_report_dir", None):
        pytest_bdd_listener.get_title_path = title_path
        config.pluginmanager.register(AllureResults(config), "cmecf-allure-results")


def title_path(request: pytest.FixtureRequest, feature) -> list[str]:
    """The feature's folders from the root and its name, as allure-pytest-bdd titles a result, for a feature file
    anywhere: its own version fails every scenario of a feature outside the root (SUITE_FEATURES elsewhere, the
    report's check), where Path.relative_to raises."""
    path = Path(feature.filename)
    folders = path.parent.relative_to(request.config.rootpath).parts if path.is_relative_to(
        request.config.rootpath) else ()
    return [*folders, feature.name or path.name]


class AllureResults:
    """The suite's own additions to each Allure result, made before allure-pytest-bdd writes it."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.passages = passages()
        self.started_in = config.invocation_params.dir
        # Where a passage is read: --allure-link-pattern passage:URL, or else this run's report.html (which
        # Allure 3 shows as text: it links only to http(s) addresses).
        report = Path(config.getoption("--output")).absolute() / "report.html"
        self.passage_link = dict(config.option.allure_link_pattern).get(PASSAGE_LABEL,
                                                                        report.as_uri() + "#passage-{}")
        if not hasattr(config, "workerinput"):
            remove_earlier_results(Path(config.option.allure_report_dir))

    @property
    def lifecycle(self) -> AllureLifecycle:
        listener = next(plugin for plugin in self.config.pluginmanager.get_plugins()
                        if isinstance(plugin, PytestBDDListener))
        return listener.lifecycle

    @pytest.hookimpl(trylast=True)
    def pytest_bdd_before_scenario(self, request: pytest.FixtureRequest, feature, scenario) -> None:
        item = request.node
        ids = [mark.name for mark in item.iter_markers() if mark.name in self.passages]
        for passage in ids:
            allure.dynamic.label(PASSAGE_LABEL, passage)
            allure.dynamic.link(self.passage_link.format(passage), link_type=PASSAGE_LABEL,
                                name=f"{passage}: {self.passages[passage]}")
        if scenario.rule is not None:
            allure.dynamic.story(scenario.rule.name)
        with self.lifecycle.update_test_case() as result:
            result.parameters = [browser_parameter(parameter) for parameter in result.parameters]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        # After pytest-playwright (trylast, innermost) has named the retry's artefacts on the teardown report,
        # and before allure-pytest-bdd writes the result.
        report = (yield).get_result()
        if report.when == "call":
            # fixtures/artifacts.py names the first attempt's screenshot on this report after this hook has run.
            item.stash[CALL_REPORT] = report
        callspec = getattr(item, "callspec", None)
        if report.when != "teardown" or callspec is None or "browser_name" not in callspec.params:
            return
        browser = callspec.params["browser_name"].capitalize()
        call_report = item.stash.get(CALL_REPORT, None)
        properties = [*(call_report.user_properties if call_report else ()), *report.user_properties]
        for name, path in properties:
            if name in ATTACHED_PROPERTIES:
                self.attach(self.started_in / path, ATTACHED_PROPERTIES[name].format(browser=browser))
        with self.lifecycle.update_test_case() as result:
            if result is not None and result.status == Status.PASSED and getattr(item, "execution_count", 1) > 1:
                result.statusDetails = StatusDetails(flaky=True, message="Passed only on its retry")

    @staticmethod
    def attach(path: Path, name: str) -> None:
        if path.suffix == ".zip":
            allure.attach.file(path, name=name, attachment_type=PLAYWRIGHT_TRACE, extension="zip")
        else:
            allure.attach.file(path, name=name, attachment_type=AttachmentType.PNG)


def remove_earlier_results(folder: Path) -> None:
    """Each run's results alone (the history of earlier runs is carried by `./harness allure`): the files Allure
    wrote there before, and nothing else, go. Before the workers start, which write this run's."""
    for written in ALLURE_FILES:
        for path in folder.glob(written):
            path.unlink()


def browser_parameter(parameter: Parameter) -> Parameter:
    """pytest-playwright's `browser_name: 'chromium'` as `browser: Chromium`."""
    if parameter.name != "browser_name":
        return parameter
    return Parameter(name="browser", value=parameter.value.strip("'").capitalize())
