"""The accessibility audit (axe-core, WCAG 2.1 A and AA) and keyboard-only use of a page."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, expect

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "section508"]
BLOCKING_IMPACTS = ("serious", "critical")
TAB_LIMIT = 40

_axe = Axe()


def audit(page: Page) -> list[dict]:
    """The serious and critical WCAG 2.1 A/AA violations on the page as it is now."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA},
                                      "resultTypes": ["violations"]})
    return [v for v in results.response["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        lines.append(f"- {violation['impact']}: {violation['help']} ({violation['id']}) at {targets}")
    return "\n".join(lines)


def tab_to(page: Page, target: Locator) -> None:
    """Press Tab until the target has the focus, as a keyboard user would, within a bound."""
    for _ in range(TAB_LIMIT):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    expect(target, f"Tab should reach {target} within {TAB_LIMIT} presses").to_be_focused()
