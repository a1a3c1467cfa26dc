"""--browser-server: browsers on a Playwright server (`playwright run-server`) instead of launched here.

Both engines run there: Chromium, and Firefox ESR over WebDriver BiDi (channel "moz-firefox").
"""

from suite_runs import SIGN_INS

from bench.servers import browser_server_process


def launched_on(server) -> list[str]:
    return [name for name in ("chromium", "firefox") if f'engaged launch mode for "{name}"' in server.output]


def test_both_browsers_run_on_the_server_named_by_environment(run_suite):
    with browser_server_process() as server:
        run = run_suite("-k", SIGN_INS, env={"PLAYWRIGHT_BROWSER_SERVER": server.url})
        launched = launched_on(server)
    assert run.returncode == 0 and len(run.passed) == 4, run.explain()
    assert launched == ["chromium", "firefox"], server.output


def test_one_browser_on_the_server_and_the_other_launched_here(run_suite):
    with browser_server_process() as server:
        run = run_suite("-k", SIGN_INS, "--browser-server", f"firefox={server.url}")
        launched = launched_on(server)
    assert run.returncode == 0 and len(run.passed) == 4, run.explain()
    assert launched == ["firefox"], server.output
