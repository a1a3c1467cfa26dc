"""What `./harness mutants` found: each deliberate break of the simulator, and whether the suite caught it."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

MUTANTS_FILE = "mutants.json"
PASSAGE = re.compile(r"[LR]\d{2}")


@dataclass(frozen=True)
class MutantTrial:
    name: str
    rule: str
    breaks: str
    file: str
    status: str  # killed, survived or error
    caught_by: str = ""
    message: str = ""
    seconds: float = 0.0

    @property
    def caught(self) -> bool:
        return self.status == "killed"


@dataclass(frozen=True)
class MutantRun:
    seed: object
    browser: str
    trials: list[MutantTrial]
    gaps: list[str]

    def for_rule(self, rule: str) -> list[MutantTrial]:
        return [trial for trial in self.trials if trial.rule == rule]

    @property
    def caught(self) -> int:
        return sum(trial.caught for trial in self.trials)

    @property
    def security_rules(self) -> list[str]:
        return sorted({trial.rule for trial in self.trials if not PASSAGE.fullmatch(trial.rule)})


def load_mutants(output_dir: Path) -> MutantRun | None:
    """The mutant run written beside the suite's results, or None where none was run."""
    path = output_dir / MUTANTS_FILE
    if not path.exists():
        return None
    recorded = json.loads(path.read_text(encoding="utf-8"))
    fields = MutantTrial.__dataclass_fields__
    trials = [MutantTrial(**{key: value for key, value in trial.items() if key in fields})
              for trial in recorded.get("mutants", [])]
    return MutantRun(recorded.get("seed"), recorded.get("browser", ""), trials, recorded.get("gaps", []))
