"""What the report says: each passage, feature and scenario with its result in each browser.

Built from the feature files (read with pytest-bdd's own parser, so the report shows what the
run ran, in Gherkin order) and from results.json (what report.collect recorded per scenario
and browser). Scenarios the run did not reach are "not run"; passages no scenario names are gaps.
Accessibility audits are kept apart, page by page: how a page is built verifies no passage.
After a --storyboard run, each run holds a frame per step (report.storyboard), and a step that ran
without its picture is flagged; each passage holds its source page's own sentences.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pytest_bdd.exceptions import GherkinParseError
from pytest_bdd.feature import get_features
from pytest_bdd.parser import Examples, ScenarioTemplate
from pytest_bdd.parser import Feature as GherkinFeature
from pytest_bdd.parser import Step as GherkinStep

from fixtures.passages import PASSAGES_FILE, SourceQuote, passage_quotes, passages

from .collect import OVER_HTTP, RESULTS_FILE, replay_command, slug
from .mutants import MutantRun, MutantTrial, load_mutants
from .storyboard import FOLDER as STORYBOARD_FOLDER
from .storyboard import NOTHING_ON_SCREEN

BROWSERS = ("chromium", "firefox")

PASSED, FLAKY, FAILED, SKIPPED, NOT_RUN, GAP = "passed", "flaky", "failed", "skipped", "not run", "gap"
# Worst first: a scenario, example table or passage takes the worst status among its parts.
SEVERITY = (FAILED, NOT_RUN, SKIPPED, FLAKY, PASSED)
OUTCOMES = {"passed": PASSED, "flaky": FLAKY, "failed": FAILED, "rerun": FAILED, "skipped": SKIPPED}
PASSAGE_TAG = re.compile(r"^[LR]\d+$")

# How pytest shows an exception's first line, e.g. "E   AssertionError: Avery should see ...".
EXCEPTION = re.compile(r"^(?:[\w.]+\.)?(\w*(?:Error|Exception|Failed|Failure))(?:: (.*))?$")
# Lines after the message that are Playwright's or pytest's diagnosis, not the message itself.
DIAGNOSIS = re.compile(r"^(Expected|Actual value|Received|Error:|Call log:|Aria snapshot:|assert |where )")


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


@dataclass
class Report:
    started: datetime
    duration: float
    commit: str
    seed: object
    arguments: list[str]
    browsers: list[tuple[str, str]]
    passages: list[Passage]
    features: list[Feature]
    unreadable: list[str]
    unknown_tags: dict[str, list[Scenario]]
    outside: list[Run]
    output_dir: Path
    invocation_dir: Path
    audited_pages: list[AuditedPage] = field(default_factory=list)
    mutant_run: MutantRun | None = None
    smoke: bool = False
    storyboard: bool = False

    @property
    def browser_names(self) -> list[str]:
        return [name for name, _ in self.browsers]

    @property
    def scenario_count(self) -> int:
        """Scenarios in the features, an outline counting once per example."""
        return sum(len(scenario.runs_in(self.browser_names[0])) for feature in self.features
                   for scenario in feature.scenarios)

    @property
    def passages_passed_once(self) -> int:
        """Passages with a scenario that passed, and none that failed, in every browser that ran."""
        ran = [browser for browser in self.browser_names
               if sum(self.totals(browser).values()) > self.totals(browser)[NOT_RUN]]
        return sum(all(passage.passed_once(browser) for browser in ran) for passage in self.passages)

    @property
    def scenarios_run(self) -> int:
        """Scenarios (an outline's examples each) run in at least one browser."""
        return sum(any(runs) for feature in self.features for scenario in feature.scenarios
                   for runs in zip(*(scenario.runs_in(browser) for browser in self.browser_names), strict=True))

    def totals(self, browser: str) -> Counter:
        """Scenario runs by status (an outline counts once per example), plus those not run."""
        counted = Counter()
        for feature in self.features:
            for scenario in feature.scenarios:
                for run in scenario.runs_in(browser):
                    counted[run.status if run else NOT_RUN] += 1
        counted.update(run.status for run in self.outside if run.browser == browser)
        return counted

    def audit_counts(self) -> Counter:
        """Audited pages that passed or failed in every browser they were audited in, and findings to review."""
        counted = Counter()
        for page in self.audited_pages:
            audits = [audit for audit in map(page.audit, self.browser_names) if audit]
            counted[worst(audit.status for audit in audits)] += 1
            counted["needs review"] += sum(len(audit.needs_review) for audit in audits)
        return counted

    def audit_findings(self, kind: str) -> list[tuple[AuditedPage, str, PageAudit]]:
        """Each page and browser whose audit found something of this kind: "violations" or "needs_review"."""
        return [(page, browser, audit) for page in self.audited_pages for browser in self.browser_names
                if (audit := page.audit(browser)) and getattr(audit, kind)]

    def storyboard_gaps(self) -> list[tuple[Scenario, ExampleRow | None, Run]]:
        """In a --storyboard run, each scenario run in a browser whose storyboard lacks a step's picture."""
        return [(scenario, row, run) for feature in self.features for scenario in feature.scenarios
                for row in scenario.examples or [None] for run in (row.runs if row else scenario.runs).values()
                if run.storyboard_problems]

    def storyboard_size(self) -> tuple[int, int]:
        """How many pictures the storyboard folder holds, and their bytes."""
        pictures = [path for path in (self.output_dir / STORYBOARD_FOLDER).glob("*") if path.is_file()]
        return len(pictures), sum(path.stat().st_size for path in pictures)

    def passage_counts(self) -> Counter:
        counted = Counter()
        for passage in self.passages:
            counted[worst(passage.status(browser) for browser in self.browser_names)
                    if passage.verifications else GAP] += 1
        return counted


def plain_message(technical: str) -> tuple[str, list[str]]:
    """The failure in plain words (the message a step gave expect() or assert) and the diagnosis.

    pytest marks the exception's lines with "E"; the last such block is the error that ended the
    test. Its first line "AssertionError: <message>" carries the words the step chose.
    """
    lines = technical.splitlines()
    blocks: list[list[str]] = []
    for index, line in enumerate(lines):
        if line == "E" or line.startswith("E "):
            if index == 0 or not (lines[index - 1] == "E" or lines[index - 1].startswith("E ")):
                blocks.append([])
            blocks[-1].append(line[1:].strip())
    if not blocks:
        last = [line.strip() for line in lines if line.strip()]
        return (last[-1] if last else "The scenario failed without a message."), []
    block = blocks[-1]
    start = next((i for i, line in enumerate(block) if EXCEPTION.match(line)), 0)
    matched = EXCEPTION.match(block[start])
    kind, first = matched.groups() if matched else ("", block[start])
    message = [first] if first else []
    diagnosis = []
    for line in block[start + 1:]:
        if line.startswith(("Call log:", "Aria snapshot:")):
            break
        if diagnosis or DIAGNOSIS.match(line) or not line:
            if line:
                diagnosis.append(line)
        else:
            message.append(line)
    if not message and diagnosis:
        message = [diagnosis.pop(0)]
    text = " ".join(message) or "The scenario failed without a message."
    if kind and kind != "AssertionError":
        text = f"{kind}: {text}"
    return text, diagnosis


class _ReportBuilder:
    """Joins the parsed features with the recorded results, scenario by scenario and browser."""

    def __init__(self, summary: dict, output_dir: Path):
        self.summary = summary
        self.output_dir = output_dir
        self.invocation_dir = Path(summary.get("invocation_dir") or Path.cwd())
        self.seed = summary.get("seed")
        self.unreadable: list[str] = []
        # By feature file and scenario name (unique in a feature, and stable when lines move).
        self.results: dict[tuple[str, str], list[dict]] = {}
        self.outside: list[dict] = []
        for result in summary.get("results", []):
            location = result.get("location")
            if location:
                key = (str(Path(location["file"]).resolve()), location["name"])
                self.results.setdefault(key, []).append(result)
            else:
                self.outside.append(result)

    def build(self, passage_texts: dict[str, str], quotes: dict[str, SourceQuote] | None = None) -> Report:
        features = [self._feature(feature) for feature in self._gherkin_features()]
        unmatched = [result for results in self.results.values() for result in results]
        outside = [self._run(None, {}, result) for result in self.outside + unmatched]
        versions = self.summary.get("browsers") or {}
        others = ({run.browser for run in outside} | set(versions)) - set(BROWSERS)
        names = [*BROWSERS, *sorted(others)]
        scenarios = [scenario for feature in features for scenario in feature.scenarios]
        mutant_run = load_mutants(self.output_dir)
        return Report(
            started=datetime.fromtimestamp(self.summary.get("started", 0)).astimezone(),
            duration=self.summary.get("duration", 0.0),
            commit=self.summary.get("commit") or "unknown",
            seed=self.seed,
            arguments=self.summary.get("arguments") or [],
            smoke=bool(self.summary.get("smoke")),
            storyboard=bool(self.summary.get("storyboard")),
            browsers=[(name, versions.get(name, "")) for name in names],
            passages=[Passage(pid, text, list(_verifications(pid, scenarios)),
                              mutant_run.for_rule(pid) if mutant_run else [], (quotes or {}).get(pid))
                      for pid, text in passage_texts.items()],
            mutant_run=mutant_run,
            features=features,
            unreadable=self.unreadable,
            unknown_tags=_unknown_tags(scenarios, passage_texts),
            outside=outside,
            output_dir=self.output_dir,
            invocation_dir=self.invocation_dir,
            audited_pages=list(_audited_pages(scenarios)),
        )

    def _gherkin_features(self) -> list[GherkinFeature]:
        features_dir = Path(self.summary.get("features_dir") or PASSAGES_FILE.parent)
        files = {path.resolve() for path in features_dir.rglob("*.feature")}
        files |= {Path(file) for file, _ in self.results if Path(file).exists()}
        features = []
        for path in sorted(files):
            try:
                features.extend(get_features([str(path)]))
            except GherkinParseError as error:
                self.unreadable.append(f"{self._shown(path)}:{error.line}: {error.message}")
        return features

    def _shown(self, path: Path | str) -> str:
        path = Path(path)
        return str(path.relative_to(self.invocation_dir)) if path.is_relative_to(self.invocation_dir) else str(path)

    def _feature(self, gherkin: GherkinFeature) -> Feature:
        background = gherkin.background.steps if gherkin.background else []
        lines = {step.line_number for step in background}
        groups: list[RuleGroup] = []
        current_rule = object()
        for template in gherkin.scenarios.values():
            if template.rule is not current_rule:
                current_rule = template.rule
                groups.append(RuleGroup(template.rule.name if template.rule else None,
                                        template.rule.description.strip() if template.rule else "", []))
            groups[-1].scenarios.append(self._scenario(gherkin, template))
        return Feature(gherkin.name, self._shown(gherkin.filename), gherkin.description.strip(),
                       set(gherkin.tags), [StepLine.of(step, lines) for step in background], groups)

    def _scenario(self, gherkin: GherkinFeature, template: ScenarioTemplate) -> Scenario:
        background = {step.line_number for step in template.all_background_steps}
        rule_tags = template.rule.tags if template.rule else set()
        scenario = Scenario(
            feature_name=gherkin.name, feature_path=self._shown(gherkin.filename),
            keyword=template.keyword, name=template.name, line=template.line_number,
            rule=template.rule.name if template.rule else None,
            tags=set(gherkin.tags) | set(rule_tags) | set(template.tags),
            steps=[StepLine.of(step, background) for step in template.steps],
        )
        results = self.results.pop((str(Path(gherkin.filename).resolve()), template.name), [])
        # Each example (or the scenario) in each browser: one result, or one per repetition (--repeat-each).
        repeated: dict[tuple[int, str], list[dict]] = {}
        if template.templated:
            scenario.example_headers = template.examples[0].example_params if template.examples else []
            scenario.examples = list(_rows(template.examples))
            for result in results:
                index = next((i for i, row in enumerate(scenario.examples) if row.context == result.get("example")),
                             None)
                if index is None:
                    self.outside.append(result)
                else:
                    repeated.setdefault((index, result["browser"]), []).append(result)
            for (index, browser), runs in repeated.items():
                row = scenario.examples[index]
                run = self._repeated(template, row.context, runs)
                for where in (BROWSERS if browser == OVER_HTTP else (browser,)):
                    row.runs[where] = run
        else:
            for result in results:
                repeated.setdefault((0, result["browser"]), []).append(result)
            for (_, browser), runs in repeated.items():
                scenario.runs[browser] = self._repeated(template, {}, runs)
        return scenario

    def _repeated(self, template: ScenarioTemplate, context: dict, results: list[dict]) -> Run:
        """The run, or the repetitions of --repeat-each as one: flaky when some failed and some passed."""
        runs = [self._run(template, context, result) for result in sorted(results, key=lambda r: r["nodeid"])]
        failed = [run for run in runs if run.status == FAILED]
        if failed and len(failed) < len(runs):
            run = next(run for run in runs if run.status != FAILED)
            run.status = FLAKY
            run.first_attempt = (f"Failed in {len(failed)} of {len(runs)} repetitions. The first failure: "
                                 f"{failed[0].failure.message}")
            run.first_attempt_artefacts = failed[0].failure.artefacts
        else:
            run = failed[0] if failed else next((run for run in runs if run.status == FLAKY), runs[0])
        run.repetitions = len(runs)
        return run

    def _run(self, template: ScenarioTemplate | None, context: dict, result: dict) -> Run:
        status = OUTCOMES.get(result.get("outcome"), FAILED)
        written = template.render(context).steps if template else []
        background = {step.line_number for step in template.all_background_steps} if template else set()
        steps = [StepLine.of(step, background) for step in written]
        executed = (result.get("scenario") or {}).get("steps") or []
        failed_at = next((i for i, step in enumerate(executed) if step.get("failed")), None)
        outcomes = [_step_outcome(status, i, failed_at, len(executed)) for i in range(len(steps))]
        run = Run(result["browser"], result["nodeid"], status, result.get("attempts") or 1,
                  result.get("duration") or 0.0, list(zip(steps, outcomes, strict=True)))
        run.audits = [PageAudit.of(audit) for audit in result.get("audits") or []]
        if self.summary.get("storyboard") and status != SKIPPED:
            run.frames, run.storyboard_problems = self._frames(steps, outcomes, result.get("storyboard"))
        error = result.get("error") or ""
        if status == FAILED:
            run.failure = self._failure(result, steps, failed_at, len(executed), error)
        elif status == FLAKY and error:
            run.first_attempt = plain_message(error)[0]
            run.first_attempt_artefacts = self._artefacts(result)
        return run

    def _frames(self, steps: list[StepLine], outcomes: list[str],
                recorded: list[dict] | None) -> tuple[list[Frame | None], list[str]]:
        """Each step's frame, matched by its line in the feature file, and what is missing: a step that ran
        should have its picture (or have run before anything was on screen)."""
        by_line = {frame["line"]: frame for frame in recorded or []}
        frames: list[Frame | None] = []
        problems = []
        for number, (step, outcome) in enumerate(zip(steps, outcomes, strict=True), start=1):
            found = by_line.get(step.line)
            if outcome not in (PASSED, FAILED):
                frames.append(None)
                continue
            if found is None:
                frames.append(Frame(outcome, note="no picture was recorded"))
                problems.append(f"step {number}: no picture was recorded")
                continue
            frame = Frame(found["outcome"], found.get("image"), found.get("width") or 0, found.get("height") or 0,
                          found.get("note"))
            if frame.image and not (self.output_dir / frame.image).is_file():
                frame.note, frame.image = f"its picture {frame.image} is missing", None
            if not frame.image and frame.note != NOTHING_ON_SCREEN:
                problems.append(f"step {number}: {frame.note}")
            frames.append(frame)
        return frames, problems

    def _artefacts(self, result: dict) -> Artefacts:
        kinds = {"first_attempt_screenshot": [], "screenshot": [], "trace": []}
        for artefact in result.get("artifacts") or []:
            path = Path(artefact["path"])
            path = path if path.is_absolute() else self.invocation_dir / path
            if artefact["kind"] in kinds and path.exists():
                kinds[artefact["kind"]].append(path)
        return Artefacts(kinds["first_attempt_screenshot"], kinds["screenshot"], kinds["trace"])

    def _failure(self, result: dict, steps: list[StepLine], failed_at: int | None,
                 executed: int, error: str) -> Failure:
        if failed_at is not None and failed_at < len(steps):
            step, phase = steps[failed_at], f"at step {failed_at + 1} of {len(steps)}"
        elif steps and executed >= len(steps):
            step, phase = None, "after its last step passed, while the scenario was being cleaned up"
        else:
            step, phase = None, "before its first step, while the scenario was being set up"
        message, diagnosis = plain_message(error)
        return Failure(step, phase, message, diagnosis, error, self._artefacts(result),
                       replay_command(result["nodeid"], self.seed))


def _step_outcome(status: str, index: int, failed_at: int | None, executed: int) -> str:
    if status in (PASSED, FLAKY):
        return PASSED
    if status == SKIPPED:
        return SKIPPED
    if failed_at is None:
        return PASSED if index < executed else NOT_RUN
    return PASSED if index < failed_at else FAILED if index == failed_at else NOT_RUN


def _rows(examples: list[Examples]):
    for table in examples:
        for values, context in zip(table.examples, table.as_contexts(), strict=True):
            yield ExampleRow(list(values), context, set(table.tags))


def _verifications(passage: str, scenarios: list[Scenario]):
    for scenario in scenarios:
        if passage in scenario.tags:
            yield Verification(scenario)
        elif rows := [row for row in scenario.examples if passage in row.tags]:
            yield Verification(scenario, rows)


def _audited_pages(scenarios: list[Scenario]):
    for scenario in scenarios:
        for runs in [row.runs for row in scenario.examples] or [scenario.runs]:
            # Each page once, in the order the runs audited them.
            pages = dict.fromkeys(audit.page for run in runs.values() for audit in run.audits)
            for page in pages:
                yield AuditedPage(page, scenario, runs)


def _unknown_tags(scenarios: list[Scenario], passage_texts: dict[str, str]) -> dict[str, list[Scenario]]:
    """Tags shaped like a passage ID that name no passage: a typo would otherwise hide coverage."""
    unknown: dict[str, list[Scenario]] = {}
    for scenario in scenarios:
        tags = scenario.tags.union(*(row.tags for row in scenario.examples))
        for tag in sorted(tags):
            if PASSAGE_TAG.match(tag) and tag not in passage_texts:
                unknown.setdefault(tag, []).append(scenario)
    return unknown


def load(output_dir: Path, passages_file: Path = PASSAGES_FILE) -> Report:
    """The report of the run whose results.json is in output_dir."""
    results = output_dir / RESULTS_FILE
    if not results.exists():
        raise FileNotFoundError(f"No {RESULTS_FILE} in {output_dir}: run the suite first (./harness suite).")
    summary = json.loads(results.read_text(encoding="utf-8"))
    return _ReportBuilder(summary, output_dir).build(passages(passages_file), passage_quotes(passages_file))
