"""Speed and scale: the benchmark against raw Playwright, the simulator's load test, and their servers."""

import json
from pathlib import Path


def write_json(path: Path, figures) -> None:
    """Write figures as indented JSON, making the folder first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
