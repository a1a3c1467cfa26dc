"""Binds the kept-context samples; run only by tests/report/test_kept_context.py, in a subprocess of its own.

The steps here are the test's own instruments, not the product's: they leave behind in the browser what a
scenario could, look for it in the next scenario, and kill the browser's process. The file name does not
start with `test_`, so the main runs never collect it.
"""

import os
import signal

import psutil
import pytest
from playwright.sync_api import BrowserContext, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from pytest_bdd import scenarios, then, when

scenarios("kept_context.feature", "crashed_browser.feature")

# What the first scenario left, for the second one (both run in this worker, one after the other).
LEFT_BEHIND: dict = {}
HEARD_BY_LEFT_LISTENERS: list[str] = []
LEFT_COOKIE = "left_behind"
LEFT_HEADER = "x-left-behind"
ROUTED = "answered by a route the scenario before left"
HISTORY_WAIT_MS = 2_000
# What each browser's command line holds, as Playwright's driver starts it.
PROCESS_NAMES = {"chromium": ("chrom",), "firefox": ("firefox",)}


@pytest.fixture(autouse=True)
def fresh_scenario(page):
    """As in tests/acceptance: naming `page` runs each scenario once per --browser, in its own sandbox."""


@when("the visitor leaves behind everything a scenario can leave in a browser")
def leave_everything_behind(page: Page, context: BrowserContext, base_url: str):
    context.new_page().goto(f"{base_url}/")
    context.add_cookies([{"name": LEFT_COOKIE, "value": "1", "url": base_url}])
    for owner in (page, context):
        name = type(owner).__name__
        owner.on("dialog", lambda dialog, name=name: (HEARD_BY_LEFT_LISTENERS.append(f"{name} dialog"),
                                                       dialog.dismiss()))
        owner.on("request", lambda request, name=name: HEARD_BY_LEFT_LISTENERS.append(f"{name} request"))
        owner.route("**/left-behind", lambda route: route.fulfill(body=ROUTED, content_type="text/html"))
        owner.add_init_script(f"window.leftBehindBy{name} = true")
        owner.expose_function(f"leftBehindFunctionOf{name}", lambda: 1)
        owner.set_extra_http_headers({LEFT_HEADER: name})
        owner.set_default_timeout(1)
        owner.set_default_navigation_timeout(1)
    context.grant_permissions(["geolocation"], origin=base_url)
    page.evaluate("() => { localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind'); }")
    page.goto(f"{base_url}/?a-history-entry", timeout=15_000)
    HEARD_BY_LEFT_LISTENERS.clear()
    LEFT_BEHIND.update(page=page, url=page.url)


@then("the next visitor's browser holds nothing the visitor before left behind")
def nothing_left_behind(page: Page, context: BrowserContext, base_url: str, sandbox):
    assert LEFT_BEHIND, "the scenario that leaves things behind did not run before this one in this worker"
    assert page is LEFT_BEHIND["page"], "this scenario did not get the kept page: the context was not kept"
    found = []
    if context.pages != [page]:
        found.append(f"{len(context.pages) - 1} other page(s)")
    if page.url != "about:blank":
        found.append(f"the page is still at {page.url}")
    cookies = sorted(cookie["name"] for cookie in context.cookies())
    if cookies != [sandbox.cookie]:
        found.append(f"cookies {cookies} (only the sandbox's {sandbox.cookie!r} should be there)")
    with page.expect_request("**/left-behind") as sent:
        page.goto(f"{base_url}/left-behind")
    if ROUTED in page.content():
        found.append("a route answered the request")
    headers = sent.value.all_headers()
    if LEFT_HEADER in headers:
        found.append(f"the extra HTTP header {LEFT_HEADER}: {headers[LEFT_HEADER]}")
    scripts = page.evaluate("() => Object.keys(window).filter(name => name.startsWith('leftBehind'))")
    if scripts:
        found.append(f"init scripts or exposed functions: {scripts}")
    storage = page.evaluate("() => [localStorage.getItem('left'), sessionStorage.getItem('left')]")
    if storage != [None, None]:
        found.append(f"localStorage and sessionStorage entries: {storage}")
    permission = page.evaluate("() => navigator.permissions.query({name: 'geolocation'}).then(state => state.state)")
    if permission == "granted":
        found.append("the geolocation permission")
    page.evaluate("() => alert('Is anyone listening?')")
    if HEARD_BY_LEFT_LISTENERS:
        found.append(f"listeners: {sorted(set(HEARD_BY_LEFT_LISTENERS))}")
    page.evaluate("() => setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<p id=late>late</p>'), 200)")
    try:
        page.locator("#late").wait_for()
    except Exception as timed_out:
        found.append(f"the scenario before's 1 ms timeout: {str(timed_out).splitlines()[0]}")
    # One step back, as a person would, must not reach the scenario before's page. (Playwright's go_back()
    # waits for about:blank to commit, which it never sees in Firefox: so wait for the page it must not be.)
    page.evaluate("() => { setTimeout(() => history.back(), 0); }")
    try:
        page.wait_for_url(LEFT_BEHIND["url"], wait_until="commit", timeout=HISTORY_WAIT_MS)
        found.append("one step back is the scenario before's page")
    except PlaywrightTimeoutError:
        pass
    assert not found, "The scenario before left behind: " + "; ".join(found)


@when("the browser's process is killed")
def kill_the_browser(browser_name: str):
    """Every process of the browser: what Playwright's driver, which this process started, launched for it."""
    for driver in psutil.Process().children(recursive=True):
        if not driver.cmdline()[:1] or not driver.cmdline()[0].endswith("/driver/node"):
            continue
        for launched in driver.children():
            if any(name in " ".join(launched.cmdline()) for name in PROCESS_NAMES[browser_name]):
                doomed = [launched, *launched.children(recursive=True)]
                for process in doomed:
                    os.kill(process.pid, signal.SIGKILL)
                psutil.wait_procs(doomed, timeout=10)
                return
    raise AssertionError(f"no {browser_name} process found to kill")


@then("the sign-in page is shown")
def sign_in_page_shown(page: Page):
    expect(page.get_by_role("heading", level=1)).to_have_text("CM/ECF Filer or PACER Login")
