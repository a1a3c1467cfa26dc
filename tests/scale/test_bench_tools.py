"""The benchmark's tools stay usable: its scenarios still exist in the suite, the load test runs clean."""

import pytest
from suite_runs import collected

from bench import load
from bench.baseline import SCENARIOS
from bench.servers import simulator_process


def test_every_benchmark_scenario_is_still_in_the_suite():
    wanted = {scenario.nodeid(browser) for scenario in SCENARIOS for browser in ("chromium", "firefox")}
    assert collected(*sorted(wanted)) == wanted


def test_a_short_load_test_on_the_standalone_simulator_has_no_errors(tmp_path):
    with simulator_process(tmp_path / "load.sqlite3") as simulator:
        load.warm_up(simulator.url)
        result = load.hammer(simulator.url, clients=2, seconds=1.0)
    assert result.requests > 0 and result.errors == 0, result.error_samples
    assert result.latency_ms["p95"] > 0


def test_the_load_test_refuses_anything_but_loopback():
    with pytest.raises(SystemExit, match="loopback addresses only"):
        load.hammer("http://192.0.2.10:5000", clients=1, seconds=1.0)
