"""`python -m report [OUTPUT_DIR]`: writes OUTPUT_DIR/report.html from the run's results.json."""

import argparse
import sys
from pathlib import Path

from .model import load
from .render import write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m report", description=__doc__.split(": ", 1)[1])
    parser.add_argument("output_dir", nargs="?", type=Path, default=Path("test-results"),
                        help="the run's --output folder, where results.json is (default: test-results)")
    options = parser.parse_args(argv)
    try:
        report = load(options.output_dir)
    except FileNotFoundError as missing:
        print(missing, file=sys.stderr)
        return 1
    path = write(report).resolve()
    print(f"The report: {path}\n  open it in a browser: {path.as_uri()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
