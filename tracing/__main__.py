"""`python -m tracing [ID]`: a passage's scenarios, their steps' definitions, the page-object methods those
call and the simulator code that enforces its rule; without an ID, every passage with its counts.

`--json` prints the same for every passage as JSON (what tests/unit/test_tracing.py reads). Exit status 1
when a passage lacks a scenario, a step definition or a simulator marker, 2 for an unknown ID.
"""

import argparse
import json
import signal
import sys
from dataclasses import asdict

from fixtures.passages import passages

from .markers import simulator_markers
from .scenarios import DEFAULT_FEATURES, DEFAULT_TESTS, trace_scenarios


def trace(tests: str = DEFAULT_TESTS, features: str = DEFAULT_FEATURES) -> dict[str, dict]:
    """Every passage: its abridged text, its scenarios (steps and definitions) and its simulator markers."""
    texts = passages()
    scenarios = trace_scenarios(set(texts), tests, features)
    markers = simulator_markers()
    return {passage: {"text": text,
                      "scenarios": [scenario for scenario in scenarios if passage in scenario.passages],
                      "markers": markers.get(passage, [])}
            for passage, text in texts.items()}


def gaps(passage: dict) -> list[str]:
    """What a passage lacks, in words: no scenario, a step without a definition, no simulator marker."""
    missing = []
    if not passage["scenarios"]:
        missing.append("no scenario is tagged with it")
    missing += [f"no step definition for {scenario}'s step at line {step.line}: {step.keyword} {step.text}"
                for scenario in passage["scenarios"] for step in scenario.steps if not step.definitions]
    if not passage["markers"]:
        missing.append("no simulator marker (a comment such as `# L07: ...` where the rule is enforced)")
    return missing


def print_passage(passage_id: str, passage: dict) -> None:
    print(f"{passage_id}: {passage['text']}\n")
    print("Enforced in the simulator:")
    for marker in passage["markers"]:
        print(f"  {marker}  {marker.words}")
    if not passage["markers"]:
        print("  nowhere marked yet")
    for scenario in passage["scenarios"]:
        print(f"\n{scenario}  Scenario: {scenario.name}")
        for step in scenario.steps:
            print(f"  {step.keyword} {step.text}")
            for definition in sorted(step.definitions):
                print(f"      step  {definition}")
                for method in definition.page_objects:
                    print(f"      page  {method}")
    for missing in gaps(passage):
        print(f"\nMissing: {missing}")


def print_counts(traced: dict[str, dict]) -> None:
    print(f"{'passage':8}{'scenarios':>10}{'steps':>7}{'page obj.':>10}{'simulator':>10}")
    for passage_id, passage in traced.items():
        definitions = {definition for scenario in passage["scenarios"] for step in scenario.steps
                       for definition in step.definitions}
        methods = {method for definition in definitions for method in definition.page_objects}
        undefined = sum(not step.definitions for scenario in passage["scenarios"] for step in scenario.steps)
        missing = [words for words, lacking in (("a scenario", not passage["scenarios"]),
                                                (f"{undefined} step definition(s)", undefined),
                                                ("a simulator marker", not passage["markers"])) if lacking]
        flag = "  missing " + ", ".join(missing) if missing else ""
        print(f"{passage_id:8}{len(passage['scenarios']):>10}{len(definitions):>7}{len(methods):>10}"
              f"{len(passage['markers']):>10}{flag}")
    print("\nsteps: distinct step definitions; page obj.: distinct page-object methods they call; "
          "simulator: marker comments.\nOne passage in full: ./harness trace L07")


def as_json(traced: dict[str, dict]) -> str:
    def plain(value):
        if isinstance(value, set):
            return sorted(value)
        return asdict(value) if hasattr(value, "__dataclass_fields__") else str(value)

    return json.dumps(traced, default=plain, indent=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracing", description=__doc__.splitlines()[0])
    parser.add_argument("passage", nargs="?", help="a passage ID, e.g. L07 (default: every passage, counted)")
    parser.add_argument("--json", action="store_true", help="every passage in full, as JSON")
    parser.add_argument("--tests", default=DEFAULT_TESTS, help=f"the tests binding the features ({DEFAULT_TESTS})")
    parser.add_argument("--features", default=DEFAULT_FEATURES, help=f"the feature files ({DEFAULT_FEATURES})")
    options = parser.parse_args(argv)
    passage_id = options.passage.upper().lstrip("@") if options.passage else None
    if passage_id and passage_id not in passages():
        print(f"No passage {options.passage} in features/PASSAGES.md.", file=sys.stderr)
        return 2
    traced = trace(options.tests, options.features)
    if options.json:
        print(as_json(traced))
    elif passage_id:
        print_passage(passage_id, traced[passage_id])
    else:
        print_counts(traced)
    selected = [traced[passage_id]] if passage_id else traced.values()
    return 1 if any(gaps(passage) for passage in selected) else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `./harness trace L07 | head` ends quietly
    sys.exit(main())
