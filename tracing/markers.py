"""The simulator's passage markers: a comment such as `# L07: the first view uses up the free look` where a rule
is enforced or rendered (`{# R01: ... #}` at the end of a template's line, where it renders nothing). A marker on
a line of its own is about the code line below it; that line is its location."""

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIMULATOR = ROOT / "simulator"
MARKED_FILES = ("*.py", "*.html", "*.js")
MARKER = re.compile(r"(?:#|\{#|//)\s*(?P<ids>[LR]\d{2}(?:,\s*[LR]\d{2})*):\s*(?P<words>.*?)\s*(?:#\})?\s*$")
PASSAGE_ID = re.compile(r"[LR]\d{2}")


@dataclass(frozen=True)
class Marker:
    """Where the simulator enforces or renders a passage's rule, and what it does there."""

    path: str  # relative to the repository
    line: int
    words: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


def simulator_markers(simulator: Path = SIMULATOR) -> dict[str, list[Marker]]:
    """Every passage marker under `simulator`, by passage ID, in file and line order."""
    found: dict[str, list[Marker]] = {}
    files = sorted(path for pattern in MARKED_FILES for path in simulator.rglob(pattern))
    for path in files:
        shown = path.relative_to(simulator.parent).as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, text in enumerate(lines, start=1):
            match = MARKER.search(text)
            if match:
                line = _code_line(lines, number) if not text[:match.start()].strip() else number
                for passage in PASSAGE_ID.findall(match["ids"]):
                    found.setdefault(passage, []).append(Marker(shown, line, match["words"]))
    return found


def _code_line(lines: list[str], number: int) -> int:
    """The line a marker standing on a line of its own is about: the next that is not blank or a comment."""
    for following in range(number, len(lines)):
        if lines[following].strip() and not lines[following].lstrip().startswith("#"):
            return following + 1
    return number
