"""Sharding across CI machines with pytest-split: `--splits N --group K`, balanced by .test_durations."""

import json

from suite_runs import collected

from bench.servers import ROOT

# Scenarios that only read the sign-in page: cheap, and enough to split in two.
READING = "the_notice or access_fee or tested_with_firefox"


def test_two_groups_run_every_selected_scenario_exactly_once(run_suite):
    selected = collected("tests/acceptance", "-k", READING)
    first, second = (run_suite("-k", READING, "--splits", "2", "--group", str(group)) for group in (1, 2))
    for run in (first, second):
        assert run.returncode == 0, run.explain()
        assert "[pytest-split] Running group" in run.output, run.explain()
    assert first.passed and second.passed, (first.outcomes, second.outcomes)
    assert first.passed.isdisjoint(second.passed), first.passed & second.passed
    assert first.passed | second.passed == selected


def test_the_stored_durations_cover_the_scenarios_split_here():
    durations = json.loads((ROOT / ".test_durations").read_text(encoding="utf-8"))
    missing = collected("tests/acceptance", "-k", READING) - durations.keys()
    assert not missing, f"refresh .test_durations (bench/README.md, 'Sharding across CI machines'): {sorted(missing)}"
