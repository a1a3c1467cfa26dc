"""The page a person has open, over HTTP: the same checks as steps/pages/form.py, read from the page the court sent."""

import re

from .page import HttpPage, normalized


class HttpForm:
    def __init__(self, page: HttpPage):
        self.page = page

    def expect_told(self, message: str, who: str) -> None:
        alerts = self.page.texts("alert")
        assert any(message in alert for alert in alerts), (
            f"{who} should be told {message!r} on {self.page.heading()!r}; the page's alerts: {alerts}")

    def expect_message_beside(self, label: str, message: str, *, whole: bool = False) -> None:
        message = normalized(message)
        assert label in self.page.labels(), (
            f"the {label} field should carry the message {message!r}, but the court took the entries and went on "
            f"to {self.page.heading(level=2) or self.page.heading()!r} ({self.page.url})")
        described = self.page.description(label)
        assert (described == message) if whole else (message in described), (
            f"the {label} field should carry the message {message!r}; it is described as {described!r}")

    def expect_entries(self, entries: dict[str, str], whose: str) -> None:
        shown = {label: self.page.value(label) for label in entries}
        assert shown == entries, f"{whose}: the fields show {shown}, not {entries}"

    def expect_nothing_ran(self, who: str) -> None:
        assert self.page.heading(), f"the court's answer to {who} should be a page with its heading: {self.page.url}"
        active = self.page.active_content()
        assert active == [], f"what {who} typed came back as something a browser would run or load: {active}"
        policy = self.page.content_security_policy()
        assert re.search(r"script-src 'self'(;|$)", policy), (
            f"the page should allow only the simulator's own scripts; its Content-Security-Policy: {policy!r}")
