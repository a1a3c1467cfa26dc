"""The practical floor: plain Playwright doing the benchmark scenarios' page interactions, nothing else.

No pytest, no pytest-bdd, no page objects, no fixtures: one browser launched before the clock
starts, then per scenario a fresh context and page, the same control-API arrangement the suite
makes (a sandbox of its own, then the accounts the scenario needs), the same fills, clicks and web-first
assertions, and the context closed.

`python -m bench.baseline --browser chromium --url URL` (the simulator's control token in
$SIMULATOR_CONTROL_TOKEN) prints each scenario's time; bench/run.py runs it beside the suite.
"""

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import APIRequestContext, Page, expect, sync_playwright

from fixtures import browsers

from . import write_json

ACKNOWLEDGEMENT = "I understand that, if I file, I must comply with the redaction rules. I have read this notice."
PASSWORD = "Harbor-Lantern-2026!"  # noqa: S105 - a throwaway account's password on a benchmark simulator
WRONG_PASSWORD = "Not-The-Right-Password-1!"  # noqa: S105 - deliberately wrong


class Sandboxed:
    """The control API in one sandbox: every call names it, as the suite's control client does."""

    def __init__(self, api: APIRequestContext, sandbox: dict):
        self.api, self.headers = api, {sandbox["header"]: sandbox["id"]}

    def post(self, path: str, **kwargs):
        return self.api.post(path, headers=self.headers, **kwargs)

    def get(self, path: str, **kwargs):
        return self.api.get(path, headers=self.headers, **kwargs)


def create_account(control: Sandboxed, login: str, role: str, **details) -> dict:
    account = {"login": login, "password": PASSWORD, "role": role, "first_name": "Avery",
               "last_name": "Lawson", "email": f"{login}@example.com", **details}
    response = control.post("/_control/accounts", data=account)
    assert response.ok, f"creating {login} answered {response.status}: {response.text()}"
    return account


def submit(page: Page, button_name: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button_name).click()


def fill_sign_in(page: Page, login: str, password: str, *, client_code: str | None = None,
                 acknowledge: bool = False) -> None:
    page.get_by_label("CM/ECF or PACER login").fill(login)
    page.get_by_label("Password", exact=True).fill(password)
    if client_code is not None:
        page.get_by_label("Client code").fill(client_code)
    if acknowledge:
        page.get_by_label(ACKNOWLEDGEMENT).check()
    submit(page, "Login")


def opens_the_sign_in_page(page: Page, control: Sandboxed) -> None:
    page.goto("/")
    expect(page).to_have_title(re.compile("CM/ECF Filer or PACER Login"))
    expect(page.get_by_role("heading", level=1)).to_have_text("CM/ECF Filer or PACER Login")
    expect(page.get_by_role("banner")).to_contain_text("United States Court of International Trade")


def attorney_signs_in_to_file(page: Page, control: Sandboxed) -> None:
    avery = create_account(control, "avery.bench", "filer")
    # Filing needs the CM/ECF filer login linked to an upgraded PACER account.
    create_account(control, "avery.pacer.bench", "pacer", user_type="INDIVIDUAL", linked_filer=avery["login"])
    page.goto("/")
    fill_sign_in(page, avery["login"], avery["password"], acknowledge=True)
    expect(page.get_by_role("heading", name="CM/ECF main menu")).to_be_visible()
    expect(page.get_by_role("link", name="File a document")).to_be_visible()


def filer_without_acknowledgement_is_stopped(page: Page, control: Sandboxed) -> None:
    avery = create_account(control, "avery.bench", "filer")
    page.goto("/")
    fill_sign_in(page, avery["login"], avery["password"], client_code="ACME-0042")
    expect(page.get_by_label(ACKNOWLEDGEMENT)).to_have_accessible_description(re.compile("All filers must redact"))
    expect(page.get_by_label("CM/ECF or PACER login")).to_have_value(avery["login"])
    expect(page.get_by_label("Client code")).to_have_value("ACME-0042")
    expect(page.get_by_label("Password", exact=True)).to_have_value("")
    log = control.get("/_control/access-log", params={"login": avery["login"]}).json()["entries"]
    assert [e["outcome"] for e in log if e["event"] == "sign-in"] == ["refused"], log


def viewer_signs_in_to_view_case_information(page: Page, control: Sandboxed) -> None:
    pat = create_account(control, "pat.bench", "pacer", user_type="INDIVIDUAL")
    page.goto("/")
    fill_sign_in(page, pat["login"], pat["password"])
    expect(page.get_by_role("heading", name="CM/ECF main menu")).to_be_visible()
    expect(page.get_by_role("link", name="Search for a case")).to_be_visible()
    expect(page.get_by_role("heading", name="CM/ECF main menu")).to_be_visible()
    expect(page.get_by_role("link", name="File a document")).to_have_count(0)


def wrong_password_gets_the_generic_message(page: Page, control: Sandboxed) -> None:
    avery = create_account(control, "avery.bench", "filer")
    page.goto("/")
    fill_sign_in(page, avery["login"], WRONG_PASSWORD, acknowledge=True)
    expect(page.get_by_role("alert")).to_have_text("Invalid username or password.")
    expect(page.get_by_label("CM/ECF or PACER login")).to_have_value(avery["login"])
    expect(page.get_by_label("Password", exact=True)).to_have_value("")


def visitor_finds_where_to_register(page: Page, control: Sandboxed) -> None:
    page.goto("/")
    page.get_by_role("link", name="register online").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Register for a PACER Account")


@dataclass(frozen=True)
class Scenario:
    name: str
    test: str  # the suite's test for it: "module.py::function" and its example's id, if an outline's
    example: str
    baseline: Callable[[Page, APIRequestContext], None]

    def nodeid(self, browser: str) -> str:
        params = f"{browser}-{self.example}" if self.example else browser
        return f"tests/acceptance/{self.test}[{params}]"


# A representative set: reading the page, the filer's and the viewer's sign-in, the refusals with
# their messages and the access log, and the way from the sign-in page to registration.
SCENARIOS = (
    Scenario("opens the sign-in page",
             "test_sign_in.py::test_the_signin_page_is_the_courts_cmecf_filer_or_pacer_login", "",
             opens_the_sign_in_page),
    Scenario("attorney signs in to file",
             "test_sign_in.py::test_a_cmecf_filer_login_linked_to_an_upgraded_pacer_account_may_file", "",
             attorney_signs_in_to_file),
    Scenario("filer without acknowledgement",
             "test_sign_in.py::test_a_filer_who_has_not_ticked_the_redaction_acknowledgement_is_stopped", "",
             filer_without_acknowledgement_is_stopped),
    Scenario("viewer signs in", "test_sign_in.py::test_a_pacer_login_views_case_information_but_cannot_file",
             "", viewer_signs_in_to_view_case_information),
    Scenario("wrong password, one message",
             "test_sign_in.py::test_a_signin_with_wrong_credentials_gets_one_generic_message",
             "Avery's login-a wrong password", wrong_password_gets_the_generic_message),
    Scenario("finds where to register",
             "test_sign_in.py::test_the_page_links_people_without_a_pacer_login_to_registration", "",
             visitor_finds_where_to_register),
)


def run(browser_name: str, url: str, token: str) -> dict[str, float]:
    """Each scenario's seconds, in order, in one browser launched before timing starts."""
    seconds = {}
    with sync_playwright() as playwright:
        browser = getattr(playwright, browser_name).launch(**browsers.launch_options(playwright, browser_name))
        control = playwright.request.new_context(base_url=url, extra_http_headers={"X-Control-Token": token})
        try:
            for scenario in SCENARIOS:
                began = time.perf_counter()
                context = browser.new_context(base_url=url)
                response = control.post("/_control/sandboxes")
                assert response.ok, f"a new sandbox answered {response.status}"
                sandbox = response.json()
                context.add_cookies([{"name": sandbox["cookie"], "value": sandbox["id"], "url": url}])
                page = context.new_page()
                scenario.baseline(page, Sandboxed(control, sandbox))
                context.close()
                control.delete(f"/_control/sandboxes/{sandbox['id']}")
                seconds[scenario.name] = time.perf_counter() - began
        finally:
            control.dispose()
            browser.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.baseline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--browser", choices=browsers.BROWSERS, required=True)
    parser.add_argument("--url", required=True, help="the simulator, e.g. http://127.0.0.1:5000")
    parser.add_argument("--output", type=Path, help="also write the seconds per scenario to this JSON file")
    args = parser.parse_args()
    token = os.environ.get("SIMULATOR_CONTROL_TOKEN")
    if not token:
        parser.error("the simulator's control token must be in $SIMULATOR_CONTROL_TOKEN")
    seconds = run(args.browser, args.url.rstrip("/"), token)
    for name, value in seconds.items():
        print(f"{value * 1000:8.0f} ms  {name}")
    if args.output:
        write_json(args.output, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
