"""What the report says: each passage, feature and scenario with its result in each browser.

Built from the feature files (read with pytest-bdd's own parser, so the report shows what the
run ran, in Gherkin order) and from results.json (what report.collect recorded per scenario
and browser). Scenarios the run did not reach are "not run"; passages no scenario names are gaps.
Accessibility audits are kept apart, page by page: how a page is built verifies no passage.
After a --storyboard run, each run holds a frame per step (report.storyboard), and a step that ran
without its picture is flagged; each passage holds its source page's own sentences.
"""

from .builder import load
from .messages import plain_message
from .parts import (
    BROWSERS,
    FAILED,
    FLAKY,
    GAP,
    NOT_RUN,
    OVER_HTTP,
    PASSED,
    SKIPPED,
    AuditedPage,
    ExampleRow,
    Feature,
    PageAudit,
    Passage,
    Run,
    Scenario,
    worst,
)
from .summary import Report

__all__ = ["BROWSERS", "FAILED", "FLAKY", "GAP", "NOT_RUN", "OVER_HTTP", "PASSED", "SKIPPED", "AuditedPage",
           "ExampleRow", "Feature", "PageAudit", "Passage", "Report", "Run", "Scenario", "load", "plain_message",
           "worst"]
