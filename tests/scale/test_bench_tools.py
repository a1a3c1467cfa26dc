"""The benchmark's tools stay usable: its scenarios still exist in the suite, the load test runs clean."""

import json
import os
import subprocess
import sys

import pytest
from suite_runs import SIGN_INS, SuiteRunner, collected

from bench import fixed_cost, load, split
from bench.baseline import SCENARIOS
from bench.servers import benchmark_simulator_process, simulator_process


def test_every_benchmark_scenario_is_still_in_the_suite():
    wanted = {scenario.nodeid(browser) for scenario in SCENARIOS for browser in ("chromium", "firefox")}
    assert collected(*sorted(wanted)) == wanted


def test_a_short_load_test_on_the_standalone_simulator_has_no_errors(tmp_path):
    with simulator_process(tmp_path / "load.sqlite3") as simulator:
        load.warm_up(simulator.url)
        result = load.hammer(simulator.url, clients=2, seconds=1.0)
    assert result.requests > 0 and result.errors == 0, result.error_samples
    assert result.latency_ms["p95"] > 0


def test_a_short_load_sweep_of_the_gunicorn_deployment_keeps_every_run():
    figures = load.sweep([1, 2], repeat=1, clients=2, seconds=1.0, every=0.1)
    assert [(run["workers"], run["kind"]) for run in figures["runs"]] == [
        (1, "paced"), (1, "closed loop"), (2, "paced"), (2, "closed loop")]
    for run in figures["runs"]:
        assert run["requests"] > 0 and run["errors"] == 0, run["error_samples"]
        assert sum(run["latency_histogram_ms"].values()) == run["requests"]
        assert run["server_cpu_percent"] > 0 and len(run["load_average_before"]) == 3
    summary = load.summarise(figures)
    # Whether the target is met depends on the machine's load: the summary says, either way.
    assert "paced, 1 runs:" in summary and "the target (p95 at most 50 ms, no errors)" in summary
    assert "closed loop, 1 runs:" in summary and "per worker" in summary
    assert figures["target"] == {"clients": 64, "every_ms": 250, "workers": 2, "p95_ms_at_most": 50, "errors": 0}


def test_the_load_test_refuses_anything_but_loopback():
    with pytest.raises(SystemExit, match="loopback addresses only"):
        load.hammer("http://192.0.2.10:5000", clients=1, seconds=1.0)


def test_the_split_says_where_each_scenarios_time_went(tmp_path):
    run = SuiteRunner(tmp_path)("-k", SIGN_INS, "--browser", "chromium", "-p", "bench.split",
                                "--bench-split", str(tmp_path / "split"))
    assert run.returncode == 0, run.explain()
    summary = split.summarise(tmp_path / "split")
    assert set(summary) == {"sign_in / chromium", "all features / chromium"}, summary
    figures = summary["sign_in / chromium"]
    per = figures["per_scenario"]
    assert figures["scenarios"] == 2 and all(seconds >= 0 for seconds in per.values()), figures
    # Each scenario signs in: a new context and page, a page load, fills and clicks, checks of the page.
    assert per["setup"] > 0 and per["page loads"] > 0 and per["fills and clicks"] > 0 and per["assertions"] > 0
    assert per["password hashing (within the above)"] > 0
    assert abs(sum(figures["share"].values()) - 1) < 0.01
    assert "sign_in / chromium" in split.show(summary)
    assert split.setup_and_teardown(summary) == {"chromium": round(per["setup"] + per["teardown"], 3)}


def test_the_fixed_cost_of_a_scenario_is_measured_per_browser_binary_fresh_and_kept(tmp_path):
    token = "fixed-cost-token"
    output = tmp_path / "fixed-cost.json"
    with benchmark_simulator_process(tmp_path / "simulator.sqlite3", token) as server:
        run = subprocess.run([sys.executable, "-m", "bench.fixed_cost", "--url", server.url, "--simulator-pid",
                              str(server.pid), "--repeat", "1", "--output", str(output)],
                             env={**os.environ, "SIMULATOR_CONTROL_TOKEN": token}, capture_output=True, text=True,
                             timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    table = json.loads(output.read_text(encoding="utf-8"))
    assert "Firefox over WebDriver BiDi" in table and any("Chromium" in label or "chromium" in label for label in table)
    for scenarios in table.values():
        assert set(scenarios) == set(fixed_cost.SCENARIOS), scenarios
        for modes in scenarios.values():
            assert set(modes) == {"fresh", "kept"} and all(cell["wall_ms"] > 0 for cell in modes.values()), modes
    assert "fresh context" in fixed_cost.show(table)


def test_the_split_puts_each_scenario_under_its_browser_or_the_http_level():
    assert split.feature_and_browser("tests/acceptance/test_sign_in.py::test_a[firefox-x]") == ("sign_in", "firefox")
    assert split.feature_and_browser("tests/acceptance/test_sign_in.py::test_a[chromium]") == ("sign_in", "chromium")
    assert split.feature_and_browser(
        "tests/acceptance/over_http/test_hostile_input_over_http.py::test_a[a tab-control character]") == (
        "hostile_input_over_http", "http")


def test_the_load_test_counts_a_refused_page_and_a_refused_connection_as_errors(tmp_path):
    with simulator_process(tmp_path / "load.sqlite3") as simulator:
        missing = load.hammer(simulator.url, clients=2, seconds=0.5, pages=("/no-such-page",))
        paced = load.hammer(simulator.url, clients=4, seconds=1.0, every=0.1)
    assert missing.errors == missing.requests > 0 and missing.error_samples[0] == "GET /no-such-page: HTTP 404"
    assert paced.errors == 0 and 30 <= paced.requests <= 44, paced
    refused = load.hammer("http://127.0.0.1:9", clients=1, seconds=0.2)
    assert refused.errors == refused.requests > 0 and "ConnectionRefusedError" in refused.error_samples[0]
