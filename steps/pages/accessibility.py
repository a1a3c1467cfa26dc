"""The accessibility audit (axe-core, WCAG 2.1 A and AA) and keyboard-only use of a page."""

from dataclasses import dataclass

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, expect

# Every rule of WCAG 2.0 and 2.1, levels A and AA: what Section 508 asks of a federal court's pages.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TAB_LIMIT = 40

_axe = Axe()


@dataclass
class Audit:
    """What axe-core found on a page: violations (of any impact), and what it could not decide by itself."""

    url: str
    violations: list[dict]
    needs_review: list[dict]

    def findings(self) -> dict:
        """The audit as plain data, for the report: each rule with its impact and where it applies."""
        return {"url": self.url, "violations": _summaries(self.violations),
                "needs_review": _summaries(self.needs_review)}


def audit(page: Page) -> Audit:
    """Audits the page as it is now against WCAG 2.1 A and AA."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA},
                                      "resultTypes": ["violations", "incomplete"]})
    return Audit(page.url, results.response["violations"], results.response["incomplete"])


def _targets(rule: dict) -> list[str]:
    return [" ".join(map(str, node["target"])) for node in rule["nodes"]]


def _summaries(rules: list[dict]) -> list[dict]:
    return [{"rule": rule["id"], "impact": rule.get("impact") or "", "help": rule["help"],
             "targets": _targets(rule)} for rule in rules]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = ", ".join(_targets(violation)[:5])
        lines.append(f"- {violation['impact']}: {violation['help']} ({violation['id']}) at {targets}")
    return "\n".join(lines)


def tab_to(page: Page, target: Locator) -> None:
    """Press Tab until the target has the focus, as a keyboard user would, within a bound; Shift+Tab
    when the target comes before the control that has the focus."""
    key = "Shift+Tab" if target.evaluate(_BEFORE_THE_FOCUS) else "Tab"
    for _ in range(TAB_LIMIT):
        page.keyboard.press(key)
        if target.evaluate("element => element === document.activeElement"):
            return
    expect(target, f"{key} should reach {target} within {TAB_LIMIT} presses").to_be_focused()


_BEFORE_THE_FOCUS = """element => {
    const focused = document.activeElement;
    return Boolean(focused && focused !== document.body && focused !== element
                   && element.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
}"""


def choose_with_arrow_keys(page: Page, select: Locator, option: str) -> None:
    """In a focused list, Arrow Down or Arrow Up to the option (by its value), as a keyboard user does."""
    distance = select.evaluate(
        "(list, wanted) => [...list.options].findIndex(o => o.value === wanted) - list.selectedIndex", option)
    for _ in range(abs(distance)):
        page.keyboard.press("ArrowDown" if distance > 0 else "ArrowUp")
    expect(select).to_have_value(option)


def type_date(page: Page, field: Locator, iso_date: str) -> None:
    """Tab to a date field and type month, day and year, in the order the browsers show them (en-US)."""
    year, month, day = iso_date.split("-")
    type_into(page, field, f"{month}{day}{year}")
    expect(field).to_have_value(iso_date)


def type_into(page: Page, field: Locator, text: str) -> None:
    """Tab to the field and type, key by key."""
    tab_to(page, field)
    page.keyboard.type(text)


def press_enter_on(page: Page, control: Locator) -> None:
    """Tab to a button or link, press Enter, and wait for the page it loads."""
    tab_to(page, control)
    with page.expect_navigation():
        page.keyboard.press("Enter")
