"""Passage mutants: the simulator broken one documented rule at a time, to prove the suite catches it."""

from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutant:
    """One small, named change to a copy of the simulator that breaks one rule.

    `find` must stand exactly once in `file`; the copy has it replaced by `replace`. A passage's
    mutant is run against the scenarios tagged with that passage; a security rule's against the
    pytest selection `checks` names (scenarios, unit tests or both).
    """

    name: str
    rule: str
    breaks: str
    file: str
    find: str
    replace: str
    checks: tuple[str, ...] = ()

    def selection(self) -> tuple[str, ...]:
        """The pytest arguments that select what should catch this mutant."""
        return self.checks or ("tests/acceptance", "-m", self.rule)

    def apply(self, root: Path) -> None:
        path = root / self.file
        source = path.read_text(encoding="utf-8")
        found = source.count(self.find)
        if found != 1:
            raise MutantDoesNotApply(f"{self.name}: {self.file} holds the text to change {found} times, not once")
        path.write_text(source.replace(self.find, self.replace), encoding="utf-8")


class MutantDoesNotApply(Exception):
    """The simulator's source changed under a mutant: its text to change is gone or ambiguous."""
