"""The accessibility audit has teeth: moderate and minor WCAG 2.1 A/AA violations fail it, in each browser."""

from pathlib import Path

import pytest
from playwright.sync_api import Page

from steps.pages.accessibility import Audit, audit

SAMPLE = Path(__file__).resolve().parents[1] / "report_samples" / "audit_moderate_and_minor_violations.html"


@pytest.fixture
def sample_audit(page: Page) -> Audit:
    page.set_content(SAMPLE.read_text(encoding="utf-8"))
    return audit(page)


def test_moderate_and_minor_violations_fail_the_audit(sample_audit: Audit):
    impacts = {violation["id"]: violation["impact"] for violation in sample_audit.violations}
    assert impacts == {"meta-viewport": "moderate", "html-xml-lang-mismatch": "moderate",
                       "aria-deprecated-role": "minor"}


def test_what_axe_core_cannot_decide_is_kept_for_review_and_does_not_fail(sample_audit: Audit):
    assert [finding["id"] for finding in sample_audit.needs_review] == ["form-field-multiple-labels"]
    assert sample_audit.findings()["needs_review"] == [{
        "rule": "form-field-multiple-labels", "impact": "moderate", "targets": ["#client-code"],
        "help": "Form field must not have multiple label elements"}]
