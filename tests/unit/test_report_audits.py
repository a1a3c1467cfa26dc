"""The report's accessibility audits: page by page and browser, their violations and what needs review, a
tour that audits several pages in one scenario; an audit verifies no passage."""

import html
import json
import re
from pathlib import Path

import pytest
from sample_run import (
    CONTRAST,
    FEATURES,
    LANGUAGE,
    PASSAGES,
    PLAYWRIGHT_FAILURE,
    audited,
    load_run,
    result,
    sample_run,
    step,
)

from report.model import FAILED, PASSED, load
from report.render import write


@pytest.fixture
def run(tmp_path: Path) -> Path:
    """The sample run's output folder (sample_run.py)."""
    return sample_run(tmp_path)

AUDIT_STEP = "the page has no WCAG 2.1 A or AA violation of any impact"


def test_audits_are_kept_apart_page_by_page_and_browser_and_verify_no_passage(run):
    report = load_run(run)
    pages = {page.name: page for page in report.audited_pages}
    assert list(pages) == ["the sign-in page", "the lost-password page"]
    sign_in, lost_password = pages.values()
    assert sign_in.audit("chromium").status == PASSED, "a finding to review is not a failure"
    assert [finding.rule for finding in sign_in.audit("chromium").needs_review] == ["color-contrast"]
    assert lost_password.audit("chromium").status == FAILED, "a moderate or a minor violation fails the audit"
    assert [(finding.rule, finding.impact) for finding in lost_password.audit("chromium").violations] == [
        ("html-xml-lang-mismatch", "moderate"), ("aria-deprecated-role", "minor")]
    assert lost_password.audit("firefox") is None and lost_password.run_status("firefox") == FAILED
    assert report.audit_counts() == {PASSED: 1, FAILED: 1, "needs review": 1}
    assert [(page.name, browser) for page, browser, _ in report.audit_findings("needs_review")] == [
        ("the sign-in page", "chromium")]
    verifying = {v.scenario.name for passage in report.passages for v in passage.verifications}
    assert "<page> meets WCAG 2.1 A and AA" not in verifying


def test_the_page_lists_each_audit_with_its_violations_and_what_needs_review(run):
    page = write(load_run(run)).read_text(encoding="utf-8")
    section = page.split('<section id="accessibility"')[1].split("</section>")[0]
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", section)))
    assert "the sign-in page ✓ passed 0 violations, 1 to review ✓ passed 0 violations, 0 to review" in text
    assert "the lost-password page ✗ failed 2 violations, 0 to review ✗ failed not audited" in text
    violations, needs_review = text.split("Violations")[1].split("Needs review")
    assert "the lost-password page in Chromium" in violations
    assert "Deprecated ARIA roles must not be used (aria-deprecated-role, minor): 2 elements, #docket, #index" \
        in violations
    assert "the sign-in page in Chromium" in needs_review
    assert "(color-contrast, serious): 1 element, #policies > p" in needs_review
    overview = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page.split('id="legend"')[0]))
    assert ("2 pages audited against WCAG 2.1 A and AA: 1 without a violation in every browser, 1 with violations; "
            "1 finding for a person to review.") in overview


def test_no_passage_of_the_features_is_verified_by_an_accessibility_audit(tmp_path):
    (tmp_path / "results.json").write_text(json.dumps({"features_dir": str(FEATURES), "results": []}))
    report = load(tmp_path)
    assert not report.unreadable
    audits = {(passage.id, v.scenario.name) for passage in report.passages for v in passage.verifications
              if any(step.text == AUDIT_STEP for step in v.scenario.steps)}
    assert not audits, "an audit checks how a page is built; only behavioural scenarios verify a passage"


TOUR_FEATURE = """\
@a11y
Feature: Accessibility
  Every page meets WCAG 2.1 A and AA.

  Scenario: The sign-in pages meet WCAG 2.1 A and AA, page by page
    When a person goes through these pages, each audited as it is reached:
      | page                   | heading         |
      | the sign-in page       | Sign in         |
      | the lost-password page | Forgot Password |
    Then each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact
"""


def test_a_tour_audits_several_pages_in_one_run_and_each_is_reported_on_its_own(tmp_path):
    features = tmp_path / "features"
    features.mkdir()
    feature = features / "accessibility.feature"
    feature.write_text(TOUR_FEATURE, encoding="utf-8")
    (features / "PASSAGES.md").write_text(PASSAGES, encoding="utf-8")
    name, steps = "The sign-in pages meet WCAG 2.1 A and AA, page by page", [step("go through"), step("each page")]
    results = [
        result(feature, name, 5, "chromium", "failed", steps, error=PLAYWRIGHT_FAILURE, audits=[
            audited("the sign-in page"), audited("the lost-password page", violations=[LANGUAGE])]),
        # Firefox did not reach the second page: the tour went on, and audited only the first.
        result(feature, name, 5, "firefox", "failed", steps, error=PLAYWRIGHT_FAILURE,
               audits=[audited("the sign-in page", needs_review=[CONTRAST])]),
    ]
    output = tmp_path / "test-results"
    output.mkdir()
    (output / "results.json").write_text(json.dumps({
        "seed": 1, "started": 1_700_000_000, "duration": 9.0, "commit": "abc123", "invocation_dir": str(tmp_path),
        "features_dir": str(features), "results": results}), encoding="utf-8")
    report = load_run(output)
    pages = {page.name: page for page in report.audited_pages}
    assert list(pages) == ["the sign-in page", "the lost-password page"], "each page once, in the tour's order"
    sign_in, lost_password = pages.values()
    assert (sign_in.audit("chromium").status, sign_in.audit("firefox").status) == (PASSED, PASSED)
    assert [finding.rule for finding in lost_password.audit("chromium").violations] == ["html-xml-lang-mismatch"]
    assert lost_password.audit("firefox") is None and lost_password.run_status("firefox") == FAILED
    assert report.audit_counts() == {PASSED: 1, FAILED: 1, "needs review": 1}
