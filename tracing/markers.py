"""The simulator's passage markers: a comment such as `# L07: the free look is used up here` where a rule is
enforced or rendered (`{# R01: ... #}` in a template, `// R09: ...` in a script)."""

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
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = MARKER.search(text)
            if match:
                for passage in PASSAGE_ID.findall(match["ids"]):
                    found.setdefault(passage, []).append(Marker(shown, number, match["words"]))
    return found
