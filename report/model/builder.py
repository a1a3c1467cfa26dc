"""Builds the report from the feature files and results.json."""

import json
from datetime import datetime
from pathlib import Path

from pytest_bdd.exceptions import GherkinParseError
from pytest_bdd.feature import get_features
from pytest_bdd.parser import Examples, ScenarioTemplate
from pytest_bdd.parser import Feature as GherkinFeature

from fixtures.passages import PASSAGES_FILE, SourceQuote, passage_quotes, passages
from sources.sentences import Sentence, stored_sentences
from tracing.markers import simulator_markers

from ..collect import OVER_HTTP, RESULTS_FILE, replay_command
from ..mutants import load_mutants
from ..storyboard import NOTHING_ON_SCREEN
from .messages import plain_message
from .parts import (
    BROWSERS,
    FAILED,
    FLAKY,
    NOT_RUN,
    OUTCOMES,
    PASSAGE_TAG,
    PASSED,
    SKIPPED,
    Artefacts,
    AuditedPage,
    ExampleRow,
    Failure,
    Feature,
    Frame,
    PageAudit,
    Passage,
    RuleGroup,
    Run,
    Scenario,
    StepLine,
    Verification,
)
from .summary import Report


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

    def build(self, passage_texts: dict[str, str], quotes: dict[str, SourceQuote] | None = None,
              sources: dict[str, list[Sentence]] | None = None) -> Report:
        features = [self._feature(feature) for feature in self._gherkin_features()]
        unmatched = [result for results in self.results.values() for result in results]
        outside = [self._run(None, {}, result) for result in self.outside + unmatched]
        versions = self.summary.get("browsers") or {}
        others = ({run.browser for run in outside} | set(versions)) - set(BROWSERS)
        names = [*BROWSERS, *sorted(others)]
        scenarios = [scenario for feature in features for scenario in feature.scenarios]
        mutant_run = load_mutants(self.output_dir)
        code = simulator_markers()
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
                              mutant_run.for_rule(pid) if mutant_run else [], (quotes or {}).get(pid),
                              [sentence for page in (sources or {}).values() for sentence in page
                               if pid in sentence.passages], code.get(pid, []))
                      for pid, text in passage_texts.items()],
            mutant_run=mutant_run,
            features=features,
            unreadable=self.unreadable,
            unknown_tags=_unknown_tags(scenarios, passage_texts),
            outside=outside,
            output_dir=self.output_dir,
            invocation_dir=self.invocation_dir,
            audited_pages=list(_audited_pages(scenarios)),
            sources=sources or {},
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
    return _ReportBuilder(summary, output_dir).build(passages(passages_file), passage_quotes(passages_file),
                                                     stored_sentences(passages_file))
