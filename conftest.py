"""Wiring only: browsers, the live simulator, the run seed, artefacts and report hooks."""

import json
import os
import secrets
from pathlib import Path

import pytest
from faker import Faker
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from fixtures import browsers, smoke
from fixtures.control import Control, Sandbox
from fixtures.passages import OTHER_TAGS, passages
from fixtures.run import run_seed, scenario_seed

pytest_plugins = [
    "steps.common",
    "steps.sign_in",
    "steps.lost_password",
    "steps.documents",
    "steps.registration",
    "steps.registration_guidance",
    "steps.registration_wizard",
    "steps.account_activation",
    "steps.account_linking",
    "steps.accessibility",
    "steps.hostile_input",
    "steps.hostile_registration",
    "fixtures.contexts",
    "report.storyboard",
    "report.collect",
    "report.allure_results",
]

EMBEDDED_HASH_METHOD = "scrypt:1024:8:1"
CONTROL_TOKEN_VARIABLE = "SIMULATOR_CONTROL_TOKEN"  # noqa: S105 - the variable's name, not a token
BROWSER_SERVER_VARIABLE = "PLAYWRIGHT_BROWSER_SERVER"
# Set to "true" by GitHub Actions, GitLab CI and most other CI services.
CI_VARIABLE = "CI"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cmecf", "CM/ECF acceptance suite")
    group.addoption("--seed", type=int, default=None,
                    help="Faker seed for the run's personas and data (default: a new one, printed)")
    group.addoption("--artifacts", choices=["on-first-retry", "as-flags"], default="on-first-retry",
                    help="on-first-retry (default): a failing scenario is photographed at its failure and "
                         "run once more with tracing and a screenshot, kept whether the retry passes or "
                         "fails, so a green run records nothing; as-flags: only what --tracing and "
                         "--screenshot say, and no retry")
    group.addoption("--smoke", action="store_true",
                    help="a smoke run: the fewest quick scenarios that verify every passage once, in each "
                         "browser (see fixtures/smoke.py)")
    group.addoption("--repeat-each", type=int, default=1, metavar="N",
                    help="burn-in: run each selected scenario N times in each browser; the report shows one "
                         "that failed in any repetition as flaky")
    group.addoption("--browser-server", action="append", metavar="[BROWSER=]WS_URL",
                    default=[os.environ[BROWSER_SERVER_VARIABLE]] if os.environ.get(BROWSER_SERVER_VARIABLE) else [],
                    help="drive browsers on a Playwright server (`playwright run-server`) instead of launching "
                         "them: ws://host:port/ for every browser, or chromium=ws://... / firefox=ws://... "
                         f"for one (repeatable; default: ${BROWSER_SERVER_VARIABLE})")


def pytest_configure(config: pytest.Config) -> None:
    config.seed = run_seed(config.getoption("--seed"))
    # Gherkin tags are markers: `pytest -m "L07 and not a11y"` selects by passage or concern.
    for passage, text in passages().items():
        config.addinivalue_line("markers", f"{passage}: {text}")
    for tag, meaning in OTHER_TAGS.items():
        config.addinivalue_line("markers", f"{tag}: {meaning}")
    if not config.option.browser:
        config.option.browser = ["chromium", "firefox"]
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(FlakyScenarios(os.environ.get(CI_VARIABLE, "").lower() in ("true", "1")),
                                      "cmecf-flaky-scenarios")


class FlakyScenarios:
    """Names the scenarios that passed only on their retry; in CI they fail the run."""

    def __init__(self, in_ci: bool):
        self.in_ci = in_ci
        self.retried: set[str] = set()
        self.flaky: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.outcome == "rerun":
            self.retried.add(report.nodeid)
        elif report.when == "call" and report.passed and report.nodeid in self.retried:
            self.flaky.append(report.nodeid)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.in_ci and self.flaky and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if not self.flaky:
            return
        verdict = (f"{CI_VARIABLE}={os.environ[CI_VARIABLE]}: the run fails, as a flaky scenario does in CI"
                   if self.in_ci else f"reported as flaky; with {CI_VARIABLE}=true they would fail the run")
        terminalreporter.write_sep("=", f"flaky: {len(self.flaky)} scenario(s) passed only on their retry",
                                   yellow=True, bold=True)
        for nodeid in self.flaky:
            terminalreporter.write_line(f"FLAKY {nodeid}")
        terminalreporter.write_line(verdict, red=self.in_ci, yellow=not self.in_ci)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A smoke run keeps one quick scenario per passage; a failing scenario runs once more, recording
    a trace and screenshot (see pytest_runtest_setup)."""
    keep_where_they_run(config, items)
    if config.getoption("--smoke"):
        keep_smoke_scenarios(config, items)
    if config.getoption("--artifacts") != "on-first-retry" or config.option.reruns:
        return
    for item in items:
        if "browser_name" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.flaky(reruns=1))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """--repeat-each N: each scenario N times per browser, as Playwright Test's --repeat-each."""
    times = metafunc.config.getoption("--repeat-each")
    if times > 1 and "browser_name" in metafunc.fixturenames:
        metafunc.fixturenames.append("repetition")
        metafunc.parametrize("repetition", range(1, times + 1), indirect=True,
                             ids=[f"{number}of{times}" for number in range(1, times + 1)])


@pytest.fixture
def repetition(request: pytest.FixtureRequest) -> int:
    """Which repetition of --repeat-each this run is (1 without it)."""
    return getattr(request, "param", 1)


def keep_where_they_run(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A feature's `@http` examples run where they are bound without a browser (tests/acceptance/over_http),
    its other examples in the browsers: each example once, in the one place its Examples say."""
    def misplaced(item: pytest.Item) -> bool:
        if "_pytest_bdd_example" not in getattr(item, "fixturenames", ()):
            return False  # not a scenario of a feature
        return ("browser_name" in item.fixturenames) == bool(item.get_closest_marker("http"))

    elsewhere = [item for item in items if misplaced(item)]
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        items[:] = [item for item in items if not misplaced(item)]


def keep_smoke_scenarios(config: pytest.Config, items: list[pytest.Item]) -> None:
    ids = set(passages())
    # A smoke run is of browser scenarios: the @http examples, run without one, are left out.
    tagged = {smoke.scenario_key(item.nodeid): {mark.name for mark in item.iter_markers()} & ids for item in items
              if "browser_name" in getattr(item, "fixturenames", ())}
    stored = smoke.stored_durations(config.rootpath / ".test_durations")
    chosen = set(smoke.choose(tagged, smoke.durations_by_scenario(stored, tagged)))
    kept = [item for item in items if smoke.scenario_key(item.nodeid) in chosen]
    config.hook.pytest_deselected(items=[item for item in items if smoke.scenario_key(item.nodeid) not in chosen])
    items[:] = kept


def pytest_report_header(config: pytest.Config) -> list[str]:
    lines = [f"seed: {config.seed} (replay this run's data with --seed {config.seed})"]
    if not config.getoption("--browser-server"):
        with sync_playwright() as playwright:
            found = browsers.describe(playwright, headed=config.getoption("--headed"))
        lines.append("browsers: " + ", ".join(f"{name} {found[name]}" for name in config.option.browser))
    return lines


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """The retry of a failure records a trace and a screenshot, kept whether it passes or fails, as
    Playwright Test's trace "on-first-retry" does. A first attempt's trace cannot exist without
    tracing every scenario, which would make a green run pay for it; its screenshot is taken at the
    failure instead (see pytest_runtest_makereport)."""
    config = item.config
    if config.getoption("--artifacts") != "on-first-retry":
        return
    if not hasattr(config, "_user_tracing"):
        config._user_tracing = (config.option.tracing, config.option.screenshot)
    tracing, screenshot = config._user_tracing
    retry = getattr(item, "execution_count", 1) > 1
    config.option.tracing = "on" if retry and tracing == "off" else tracing
    config.option.screenshot = "on" if retry and screenshot == "off" else screenshot


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """A first attempt that fails is photographed there and then, while its page is still open: only
    a failure pays for it. The pictures go where pytest-playwright keeps that attempt's artefacts
    (the retry's are in the folder ending -retry1), named on the report as first-attempt screenshots."""
    report = (yield).get_result()
    config = item.config
    if (not report.failed or call.when != "call" or getattr(item, "execution_count", 1) > 1
            or config.getoption("--artifacts") != "on-first-retry" or config._user_tracing[1] != "off"):
        return
    context, folder = item.funcargs.get("context"), item.funcargs.get("output_path")
    if context is None or folder is None:
        return
    started_in = config.invocation_params.dir
    for number, page in enumerate(context.pages, start=1):
        picture = Path(folder, f"test-failed-{number}.png")
        try:
            page.screenshot(path=picture, timeout=5_000)
        except PlaywrightError as cannot:
            report.sections.append(("Screenshot", f"No screenshot of the failure: {cannot}"))
            continue
        shown = picture.relative_to(started_in) if picture.is_relative_to(started_in) else picture
        report.user_properties.append(("playwright_first_attempt_screenshot", str(shown)))


@pytest.fixture(scope="session")
def simulator(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory):
    """The simulator under test: the one at --base-url, or an embedded one with its own database."""
    remote = pytestconfig.getoption("--base-url")
    if remote:
        token = os.environ.get(CONTROL_TOKEN_VARIABLE)
        if not token:
            raise pytest.UsageError(f"--base-url needs the simulator's control token in ${CONTROL_TOKEN_VARIABLE}")
        yield remote.rstrip("/"), token
        return
    from simulator import create_app
    from simulator.server import BackgroundServer

    token = secrets.token_urlsafe(24)
    database = tmp_path_factory.mktemp("simulator") / "simulator.sqlite3"
    # Cheaper scrypt for throwaway accounts: a scenario hashes up to twenty passwords and security
    # answers; at full cost (N=32768) each takes a fifth of a second on a small machine, at N=1024
    # 3 ms (bench/split.py counts the hashing). Still salted scrypt, checked the same way.
    # The simulated mailbox is shown as in the standalone simulator, so its page is audited too.
    app = create_app({"DATABASE": str(database), "CONTROL_TOKEN": token, "SHOW_MAILBOX": True,
                      "PASSWORD_HASH_METHOD": EMBEDDED_HASH_METHOD})
    with BackgroundServer(app) as server:
        yield server.url, token


@pytest.fixture(scope="session")
def base_url(simulator) -> str:
    return simulator[0]


@pytest.fixture(scope="session")
def simulator_control(playwright, simulator) -> Control:
    """The control API of the simulator under test, for this worker's whole run."""
    client = Control(playwright, *simulator)
    yield client
    client.close()


@pytest.fixture
def sandbox(simulator_control: Control) -> Sandbox:
    """The scenario's own state in the simulator (its accounts, cases, clock and mailbox), deleted when the
    scenario ends: scenarios of other workers and other machines sharing one simulator never see it."""
    sandbox = simulator_control.create_sandbox()
    yield sandbox
    simulator_control.delete_sandbox(sandbox)


@pytest.fixture
def control(simulator_control: Control, sandbox: Sandbox) -> Control:
    """The control API, working in the scenario's sandbox."""
    return simulator_control.in_sandbox(sandbox)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, playwright, browser_name: str) -> dict:
    headed = browser_type_launch_args.get("headless") is False
    return {**browser_type_launch_args, **browsers.launch_options(playwright, browser_name, headed)}


def browser_servers(entries: list[str]) -> dict[str, str]:
    """--browser-server values by browser name; "" names an endpoint for every browser."""
    servers = {}
    for entry in entries:
        name, separator, endpoint = entry.partition("=")
        if not separator or "://" in name:  # a bare ws:// URL, whose query may hold an "="
            name, endpoint = "", entry
        if name not in ("", *browsers.BROWSERS):
            raise pytest.UsageError(f"--browser-server {entry!r}: {name!r} is not one of {browsers.BROWSERS}")
        servers[name] = endpoint
    return servers


def camel_case(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


@pytest.fixture(scope="session")
def connect_options(pytestconfig: pytest.Config, browser_type_launch_args: dict, browser_name: str) -> dict | None:
    """Where --browser-server says this browser runs: pytest-playwright then connects instead of launching."""
    servers = browser_servers(pytestconfig.getoption("--browser-server"))
    endpoint = servers.get(browser_name) or servers.get("")
    if not endpoint:
        return None
    # The server launches the browser with these options and reads them by Playwright's own
    # (camelCase) names: executable_path and slow_mo reach it only when renamed.
    launch = {camel_case(key): value for key, value in browser_type_launch_args.items()}
    return {"endpoint": endpoint, "timeout": 30_000,
            # A browser on another machine reaches this machine's loopback (the embedded simulator)
            # through the connection. Chromium honours this; Firefox over WebDriver BiDi does not.
            "expose_network": "<loopback>",
            "headers": {"x-playwright-launch-options": json.dumps(launch)}}


@pytest.fixture
def faker(request: pytest.FixtureRequest) -> Faker:
    fake = Faker("en_US")
    fake.seed_instance(scenario_seed(request.config.seed, request.node.nodeid))
    return fake
