"""The smoke run's choice: every passage once, the quick scenarios first, the same on every worker."""

from fixtures.smoke import choose, durations_by_scenario, scenario_key


def test_the_browser_is_not_part_of_the_scenario():
    assert scenario_key("t.py::test_a[chromium]") == scenario_key("t.py::test_a[firefox]") == "t.py::test_a"
    assert scenario_key("t.py::test_b[firefox-a row-x]") == "t.py::test_b[a row-x]"
    # Nor the repetition, with --repeat-each.
    assert scenario_key("t.py::test_b[firefox-a row-x-2of3]") == "t.py::test_b[a row-x]"
    assert scenario_key("t.py::test_c[1of3-chromium]") == "t.py::test_c"
    assert scenario_key("t.py::test_d[2of3-firefox-a row-x]") == "t.py::test_d[a row-x]"


def test_every_passage_is_covered_by_the_fewest_quick_scenarios():
    scenarios = {"slow-all": {"L01", "L02", "L03"}, "one": {"L01"}, "two": {"L02", "L03"}, "none": set()}
    assert sorted(choose(scenarios, {"slow-all": 30.0, "one": 1.0, "two": 2.0})) == ["one", "two"]
    assert choose(scenarios, {"slow-all": 2.0, "one": 1.0, "two": 2.0}) == ["slow-all"]


def test_a_scenario_without_a_stored_duration_counts_as_an_average_one():
    scenarios = {"new": {"L01"}, "slow": {"L01"}, "quick": {"L02"}}
    # The average of 10 s and 2 s is 6 s: quicker than the slow one, slower than the quick one.
    assert choose(scenarios, {"slow": 10.0, "quick": 2.0}) == ["quick", "new"]
    assert choose({**scenarios, "quick": {"L01", "L02"}}, {"slow": 10.0, "quick": 2.0}) == ["quick"]


def test_the_choice_is_the_same_whatever_order_the_scenarios_come_in():
    scenarios = {f"s{n}": {f"L{n % 3:02d}"} for n in range(9)}
    reordered = dict(reversed(list(scenarios.items())))
    assert choose(scenarios, {}) == choose(reordered, {}) == ["s0", "s1", "s2"]


def test_durations_add_up_over_browsers():
    stored = {"t.py::test_a[chromium]": 1.0, "t.py::test_a[firefox]": 2.5, "t.py::test_b[chromium]": 9.0}
    assert durations_by_scenario(stored, ["t.py::test_a"]) == {"t.py::test_a": 3.5}
