"""The parts of a report: statuses, steps, runs, scenarios, features, passages and audited pages."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from pytest_bdd.parser import Step as GherkinStep

from fixtures.passages import SourceQuote
from sources.sentences import Sentence
from tracing.markers import Marker

from ..collect import OVER_HTTP, slug
from ..mutants import MutantTrial

BROWSERS = ("chromium", "firefox")

PASSED, FLAKY, FAILED, SKIPPED, NOT_RUN, GAP = "passed", "flaky", "failed", "skipped", "not run", "gap"
# Worst first: a scenario, example table or passage takes the worst status among its parts.
SEVERITY = (FAILED, NOT_RUN, SKIPPED, FLAKY, PASSED)
OUTCOMES = {"passed": PASSED, "flaky": FLAKY, "failed": FAILED, "rerun": FAILED, "skipped": SKIPPED}
PASSAGE_TAG = re.compile(r"^[LR]\d+$")



def worst(statuses) -> str:
    statuses = set(statuses)
    return next((status for status in SEVERITY if status in statuses), NOT_RUN)


@dataclass
class StepLine:
    """A step as the feature file writes it, or as a run rendered it with its example's values."""

    keyword: str
    text: str
    line: int
    table: list[list[str]] = field(default_factory=list)
    docstring: str | None = None
    background: bool = False

    @classmethod
    def of(cls, step: GherkinStep, background_lines: set[int]) -> "StepLine":
        table = [[cell.value for cell in row.cells] for row in step.datatable.rows] if step.datatable else []
        return cls(step.keyword, step.name, step.line_number, table, step.docstring,
                   step.line_number in background_lines)


@dataclass
class Artefacts:
    """What a failing attempt left: the first attempt's screenshot, and the retry's screenshot and trace."""

    first_attempt: list[Path] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)
    traces: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.first_attempt or self.screenshots or self.traces)


@dataclass
class Frame:
    """What the page looked like once a step had run, in one browser (a --storyboard run), or why no picture."""

    outcome: str
    image: str | None = None  # the picture's path from the report's folder
    width: int = 0
    height: int = 0
    note: str | None = None


@dataclass
class Failure:
    """Why a run failed, in plain words first and in full for whoever fixes it."""

    step: StepLine | None
    phase: str
    message: str
    diagnosis: list[str]
    technical: str
    artefacts: Artefacts
    replay: str


@dataclass
class Finding:
    """One axe-core rule on one page: its impact, what it asks for, and the elements it names."""

    rule: str
    impact: str
    help: str
    targets: list[str]


@dataclass
class PageAudit:
    """One page audited in one browser against WCAG 2.1 A and AA: its violations, whatever their impact,
    and what axe-core could not decide by itself and leaves for a person to review."""

    page: str
    url: str
    violations: list[Finding]
    needs_review: list[Finding]

    @classmethod
    def of(cls, recorded: dict) -> "PageAudit":
        def findings(kind: str) -> list[Finding]:
            return [Finding(**finding) for finding in recorded.get(kind) or []]

        return cls(recorded["page"], recorded.get("url", ""), findings("violations"), findings("needs_review"))

    @property
    def status(self) -> str:
        return FAILED if self.violations else PASSED


@dataclass
class Run:
    """One scenario, or one example of an outline, in one browser."""

    browser: str
    nodeid: str
    status: str
    attempts: int
    duration: float
    steps: list[tuple[StepLine, str]]
    failure: Failure | None = None
    first_attempt: str | None = None
    first_attempt_artefacts: Artefacts | None = None
    audits: list[PageAudit] = field(default_factory=list)
    repetitions: int = 1  # --repeat-each: the runs this one stands for
    # --storyboard: each step's frame, in step order; None for a step that did not run. Empty without it.
    frames: list[Frame | None] = field(default_factory=list)
    # Steps that ran without the picture the storyboard should hold for them, in words.
    storyboard_problems: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "run-" + slug(self.nodeid)


@dataclass
class ExampleRow:
    values: list[str]
    context: dict[str, str]
    tags: set[str]
    runs: dict[str, Run] = field(default_factory=dict)


@dataclass
class Summary:
    """The status of several runs in one browser, with how many of them passed."""

    status: str
    passed: int
    total: int

    @property
    def detail(self) -> str:
        return f"{self.passed} of {self.total} passed" if self.total > 1 else ""


@dataclass(eq=False)
class Scenario:
    feature_name: str
    feature_path: str
    keyword: str
    name: str
    line: int
    rule: str | None
    tags: set[str]
    steps: list[StepLine]
    example_headers: list[str] = field(default_factory=list)
    examples: list[ExampleRow] = field(default_factory=list)
    runs: dict[str, Run] = field(default_factory=dict)

    @property
    def anchor(self) -> str:
        return f"{slug(self.feature_path)}-line-{self.line}"

    @property
    def outline(self) -> bool:
        return bool(self.example_headers)

    def runs_in(self, browser: str, rows: list[ExampleRow] | None = None) -> list[Run | None]:
        if not self.outline:
            return [self.runs.get(browser)]
        return [row.runs.get(browser) for row in (self.examples if rows is None else rows)]

    def summary(self, browser: str, rows: list[ExampleRow] | None = None) -> Summary:
        statuses = [run.status if run else NOT_RUN for run in self.runs_in(browser, rows)]
        passed = sum(status in (PASSED, FLAKY) for status in statuses)
        return Summary(worst(statuses), passed, len(statuses))

    def failures(self) -> list[tuple[ExampleRow | None, Run]]:
        found = []
        for row in self.examples or [None]:
            for run in (row.runs if row else self.runs).values():
                if (run.failure or run.first_attempt) and all(run is not seen for _, seen in found):
                    found.append((row, run))
        return found

    def step_status(self, browser: str, index: int) -> str:
        run = self.runs.get(browser)
        return run.steps[index][1] if run else NOT_RUN

    def storyboard_anchor(self, row: ExampleRow | None = None) -> str:
        return f"storyboard-{self.anchor}" + (f"-example-{self.examples.index(row) + 1}" if row else "")

    def storyboards(self) -> list[tuple[ExampleRow | None, dict[str, Run]]]:
        """The runs to show as a storyboard, side by side by browser: the scenario's, or each example's (not
        an @http example's: with no browser, there is no page to picture)."""
        boards = [(row, row.runs) for row in self.examples] if self.outline else [(None, self.runs)]
        return [(row, runs) for row, runs in boards
                if any(run.frames and run.browser != OVER_HTTP for run in runs.values())]


@dataclass
class RuleGroup:
    name: str | None
    description: str
    scenarios: list[Scenario]


@dataclass
class Feature:
    name: str
    path: str
    description: str
    tags: set[str]
    background: list[StepLine]
    rules: list[RuleGroup]

    @property
    def anchor(self) -> str:
        return slug(self.path)

    @property
    def scenarios(self) -> list[Scenario]:
        return [scenario for group in self.rules for scenario in group.scenarios]


@dataclass
class Verification:
    """A scenario naming a passage: the whole of it, or only some example rows (tags on Examples)."""

    scenario: Scenario
    rows: list[ExampleRow] | None = None

    def summary(self, browser: str) -> Summary:
        return self.scenario.summary(browser, self.rows)


@dataclass
class Passage:
    id: str
    text: str
    verifications: list[Verification]
    mutants: list[MutantTrial] = field(default_factory=list)
    source: SourceQuote | None = None  # its own sentences in its source page
    sentences: list[Sentence] = field(default_factory=list)  # the same, each placed in its page
    code: list[Marker] = field(default_factory=list)  # where the simulator enforces it (its marker comments)

    @property
    def anchor(self) -> str:
        return f"passage-{self.id}"

    def status(self, browser: str) -> str:
        if not self.verifications:
            return GAP
        return worst(verification.summary(browser).status for verification in self.verifications)

    def passed_once(self, browser: str) -> bool:
        """At least one of its scenarios passed in the browser and none failed: what a smoke run shows."""
        summaries = [verification.summary(browser) for verification in self.verifications]
        return any(summary.passed for summary in summaries) and FAILED not in {s.status for s in summaries}


@dataclass
class AuditedPage:
    """A page some scenario audited, with that scenario's (or example's) run in each browser, which
    audited it or did not (a tour goes through several pages, auditing each)."""

    name: str
    scenario: Scenario
    runs: dict[str, Run]

    def audit(self, browser: str) -> PageAudit | None:
        run = self.runs.get(browser)
        return next((audit for audit in run.audits if audit.page == self.name), None) if run else None

    def run_status(self, browser: str) -> str:
        run = self.runs.get(browser)
        return run.status if run else NOT_RUN


