"""The dry run (python -m checks.dry_run) on the report's sample feature, good and broken; no browser."""

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLES = REPOSITORY / "tests" / "report_samples"
BINDING = "tests/report_samples/sample_scenarios.py"


def dry_run(features: Path, *options: str, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "checks.dry_run", "--features", str(features), "--tests", BINDING,
               "-o", f"bdd_features_base_dir={features}", *options]
    return subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=120, check=False,
                          env=env)


def test_a_bound_feature_whose_steps_are_all_defined_passes():
    checked = dry_run(SAMPLES)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "every step has a definition and every feature file is bound" in checked.stdout


def test_an_undefined_step_and_an_unbound_feature_fail_with_their_file_and_line(tmp_path):
    sample = (SAMPLES / "report_sample.feature").read_text(encoding="utf-8")
    (tmp_path / "report_sample.feature").write_text(
        sample.replace("And the page names the United States Court", "And the page shows a unicorn and the Court"),
        encoding="utf-8")
    (tmp_path / "nobody_binds_me.feature").write_text(
        "Feature: Nobody binds me\n"
        "  Scenario Outline: Dancing\n"
        "    Given a visitor is on the CM/ECF sign-in page\n"
        "    Then <who> dances\n\n"
        "    Examples:\n"
        "      | who |\n"
        "      | Pat |\n", encoding="utf-8")
    line = next(number for number, text in enumerate(sample.splitlines(), 1) if "names the United States" in text)

    checked = dry_run(tmp_path)

    assert checked.returncode == 1
    problems = checked.stderr.splitlines()
    assert (f"{tmp_path}/report_sample.feature:{line}: undefined step: "
            "And the page shows a unicorn and the Court of International Trade") in problems
    assert (f'{tmp_path}/nobody_binds_me.feature:1: feature "Nobody binds me" is not bound: '
            f"no scenarios(...) in {BINDING} runs it") in problems
    assert f"{tmp_path}/nobody_binds_me.feature:4: undefined step: Then Pat dances" in problems
    assert "no browser was started" in checked.stderr


def test_an_undefined_step_gets_a_definition_to_paste_that_makes_the_dry_run_pass(tmp_path):
    sample = (SAMPLES / "report_sample.feature").read_text(encoding="utf-8")
    features = tmp_path / "features"
    features.mkdir()
    (features / "report_sample.feature").write_text(sample + (
        "\n  Scenario Outline: Counting\n"
        "    Given a visitor is on the CM/ECF sign-in page\n"
        '    When <who> waits 15 minutes for "the {next} bus"\n'
        '    And <who> waits 15 minutes for "a taxi"\n'
        "    Then <who> has 2 tickets\n\n"
        "    Examples:\n"
        "      | who |\n"
        "      | Pat |\n"
        "      | Lee |\n"), encoding="utf-8")

    checked = dry_run(features)

    assert checked.returncode == 1
    printed = checked.stderr.split("to paste into a module of steps/ and fill in:")[1].split("Dry run failed")[0]
    assert "@when(parsers.parse('{who} waits {number:d} minutes for \"{text}\"'))" in printed
    assert "def who_waits_minutes_for(who, number, text):" in printed
    assert printed.count("@when(") == 1, "two steps the same pattern matches need one definition"
    assert "@then(parsers.parse('{who} has {number:d} tickets'))" in printed
    (tmp_path / "pasted_steps.py").write_text(printed, encoding="utf-8")
    pasted = dry_run(features, "-p", "pasted_steps", env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert pasted.returncode == 0, pasted.stdout + pasted.stderr
