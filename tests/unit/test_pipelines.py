"""The ready CI pipelines stay valid: ./harness lint-pipelines passes them and fails a broken one."""

import subprocess
from pathlib import Path

import pytest
import yaml

REPOSITORY = Path(__file__).resolve().parents[2]
GITHUB = REPOSITORY / ".github" / "workflows" / "acceptance.yml"
GITLAB = REPOSITORY / ".gitlab-ci.yml"


def lint(github: Path, gitlab: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(REPOSITORY / "harness"), "lint-pipelines", str(github), str(gitlab)],
                          cwd=REPOSITORY, capture_output=True, text=True, timeout=300, check=False)


def test_both_pipelines_are_valid():
    linted = lint(GITHUB, GITLAB)
    assert linted.returncode == 0, linted.stdout + linted.stderr
    assert linted.stdout.count("ok -- validation done") == 2


@pytest.mark.parametrize("pipeline,broken", [
    (GITHUB, ("runs-on: ubuntu-24.04\n    timeout-minutes: 60", "timeout-minutes: 60")),  # a job with nowhere to run
    (GITLAB, ("parallel: 3", "parallel: three")),
])
def test_a_broken_pipeline_fails_the_lint(tmp_path, pipeline, broken):
    text = pipeline.read_text(encoding="utf-8")
    assert broken[0] in text, "the sample break must apply"
    copy = tmp_path / pipeline.name
    copy.write_text(text.replace(broken[0], broken[1], 1), encoding="utf-8")
    linted = lint(copy if pipeline == GITHUB else GITHUB, copy if pipeline == GITLAB else GITLAB)
    assert linted.returncode != 0, linted.stdout
    assert "Schema validation errors were encountered" in linted.stdout + linted.stderr


def test_each_pipeline_checks_the_courts_pages_weekly_and_only_then():
    # PyYAML (bandit's) reads YAML 1.1, where the workflow's key `on` is true.
    github = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    [weekly] = github[True]["schedule"]
    assert weekly["cron"].split()[2:] == ["*", "*", "1"], "Mondays"
    jobs = github["jobs"]
    assert "./harness sources check" in " ".join(step.get("run", "") for step in jobs["sources"]["steps"])
    assert "schedule" in jobs["sources"]["if"] and jobs["dry-run"]["if"] == "github.event_name != 'schedule'"
    assert jobs["acceptance"]["needs"] == "dry-run", "the suite is skipped with its dry run on the weekly check"
    gitlab = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    assert gitlab["sources"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]
    assert any("./harness sources check" in line for line in gitlab["sources"]["script"])
    for job in ("dry-run", "acceptance"):
        assert gitlab[job]["rules"] == [{"if": '$CI_PIPELINE_SOURCE != "schedule"'}], job
