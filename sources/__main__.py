"""`python -m sources check`: the court's two pages (or saved copies) against the stored copies in features/.

Exit status 0 when no sentence changed, 1 when one did, 2 when a page could not be read (said in a sentence).
"""

import argparse
import os
import sys
import textwrap

from fixtures.passages import passages

from .check import Change, Comparison, compare
from .reading import TIMEOUT_SECONDS, Unreadable, read_page
from .sentences import SOURCES, stored_sentences

# The court's own pages. The registration instructions are linked from the court's "CM/ECF and PACER
# Registration" page; their own address was not found from here, so it is given (--registration, or the
# environment's SOURCES_REGISTRATION_URL) until it is written here.
COURT_PAGES = {
    "login": "https://ecf.cit.uscourts.gov/cgi-bin/login.pl",
    "registration": None,
}
ENVIRONMENT = {"login": "SOURCES_LOGIN_URL", "registration": "SOURCES_REGISTRATION_URL"}
WIDTH = 110


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./harness sources", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="compare the court's pages with the stored copies, sentence by "
                                              "sentence")
    for page, stored in SOURCES.items():
        check.add_argument(f"--{page}", metavar="URL|FILE",
                           help=f"the page to compare with features/{stored} (default: the court's page, "
                                f"{COURT_PAGES[page] or 'given in ' + ENVIRONMENT[page]})")
    check.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS,
                       help="seconds to wait for a page (default: %(default)s)")
    arguments = parser.parse_args(argv)
    stored = stored_sentences()
    texts = passages()
    status = 0
    for page, source in SOURCES.items():
        where = getattr(arguments, page) or os.environ.get(ENVIRONMENT[page]) or COURT_PAGES[page]
        if not where:
            print(f"features/{source}: not checked; give the page with --{page} URL|FILE "
                  f"(or {ENVIRONMENT[page]}).\n")
            continue
        try:
            read = read_page(where, timeout=arguments.timeout)
        except Unreadable as error:
            print(f"features/{source}: could not be checked. {error}\n")
            status = 2
            continue
        comparison = compare(stored[source], read.text, source, read.where)
        print(describe(comparison, texts))
        status = status or (1 if comparison.changes else 0)
    return status


def describe(comparison: Comparison, passage_texts: dict[str, str]) -> str:
    """What changed, passage by passage, then what no passage quotes, in words a person reads."""
    lines = [f"features/{comparison.source} against {comparison.where}: "
             + (f"{_count(len(comparison.changes), 'difference')}." if comparison.changes else
                f"nothing changed ({comparison.compared} sentences, each as stored).")]
    for passage, changes in sorted(comparison.by_passage().items()):
        lines.append(f"  {passage}  {passage_texts.get(passage, '')}")
        lines.extend(_change_lines(change, "    ") for change in changes)
    unquoted = comparison.unquoted()
    if unquoted:
        lines.append("  Quoted by no passage:")
        lines.extend(_change_lines(change, "    ") for change in unquoted)
    if comparison.in_a_picture:
        quoting = sorted({passage for sentence in comparison.in_a_picture for passage in sentence.passages})
        lines.append(f"  Not compared: {_count(len(comparison.in_a_picture), 'sentence')} describing a picture "
                     f"(quoted by {', '.join(quoting) or 'no passage'}); a person compares the picture.")
    return "\n".join(lines) + "\n"


def _change_lines(change: Change, indent: str) -> str:
    more = indent + "      "
    if change.kind == "changed":
        parts = [f"changed (sentence {change.old.number}): {change.old.text}", f"     now: {change.new}",
                 f"  change: {change.marked()}"]
        if change.old.not_a_behaviour:
            parts.insert(1, f"   (not a behaviour: {change.old.not_a_behaviour})")
    elif change.kind == "vanished":
        parts = [f"vanished (sentence {change.old.number}): {change.old.text}"]
    else:
        place = f"after sentence {change.after.number}" if change.after else "at the start"
        quoted = f", which {', '.join(change.after.passages)} quotes" if change.after and change.after.passages \
            else ""
        parts = [f"new ({place}{quoted}): {change.new}"]
    return "\n".join(textwrap.fill(part, WIDTH, initial_indent=indent, subsequent_indent=more) for part in parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
