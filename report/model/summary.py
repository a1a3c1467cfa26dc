"""The report as a whole: the run, its passages, features and audits, with their totals."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sources.sentences import Sentence, unaccounted

from ..mutants import MutantRun
from ..storyboard import FOLDER as STORYBOARD_FOLDER
from .parts import GAP, NOT_RUN, AuditedPage, ExampleRow, Feature, PageAudit, Passage, Run, Scenario, worst


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
    sources: dict[str, list[Sentence]] = field(default_factory=dict)  # each source page, sentence by sentence

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

    def source_counts(self) -> tuple[int, int, int]:
        """Sentences of the source pages that are behaviours with a passage, all their sentences, and those
        listed as not behaviours."""
        every = [sentence for page in self.sources.values() for sentence in page]
        return (sum(bool(sentence.passages) for sentence in every), len(every),
                sum(bool(sentence.not_a_behaviour) for sentence in every))

    def unaccounted_sentences(self) -> list[Sentence]:
        """Sentences neither quoted by a passage nor listed as not a behaviour."""
        return unaccounted(self.sources)
