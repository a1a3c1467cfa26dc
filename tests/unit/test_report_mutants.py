"""The report's account of the mutants: how many ways each passage was broken and how many were caught."""

import json
import re
from pathlib import Path

import pytest
from sample_run import load_run, sample_run

from report.render import write


@pytest.fixture
def run(tmp_path: Path) -> Path:
    """The sample run's output folder (sample_run.py)."""
    return sample_run(tmp_path)

def write_mutants(run: Path, trials: list[dict]) -> None:
    (run / "mutants.json").write_text(json.dumps({"seed": 7, "browser": "chromium", "gaps": ["L04"],
                                                  "mutants": trials}), encoding="utf-8")


def test_each_passage_says_how_many_ways_it_was_broken_and_how_many_were_caught(run):
    write_mutants(run, [
        {"name": "title-wrong", "rule": "L01", "breaks": "the page is titled wrongly", "file": "sign_in.html",
         "status": "killed", "caught_by": "test_the_page_is_titled[chromium]", "message": "should see"},
        {"name": "log-silent", "rule": "L02", "breaks": "a failed sign-in is not logged", "file": "accounts.py",
         "status": "killed", "caught_by": "test_access_is_logged[chromium]"},
        {"name": "log-reworded", "rule": "L02", "breaks": "the warning is reworded", "file": "sign_in.html",
         "status": "survived"},
        {"name": "csrf-off", "rule": "csrf", "breaks": "forms are accepted without a token", "file": "security.py",
         "status": "killed", "caught_by": "test_csrf"},
    ])
    report = load_run(run)
    passages = {passage.id: passage for passage in report.passages}
    assert [trial.caught for trial in passages["L02"].mutants] == [True, False]
    assert report.mutant_run.caught == 3 and report.mutant_run.security_rules == ["csrf"]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", write(report).read_text(encoding="utf-8")))
    assert "Deliberately broken 2 ways, caught 1" in text
    assert "Deliberately broken 1 way, caught 1" in text
    assert "Not deliberately broken by any mutant" in text, "L03 had no mutant"
    assert "3 of 4 breaks caught" in text
    assert "✗ not caught a failed sign-in" not in text and "✗ not caught" in text
    assert "No break was tried for: L04." in text


def test_without_a_mutant_run_the_report_says_nothing_of_breaks(run):
    page = write(load_run(run)).read_text(encoding="utf-8")
    assert "Deliberately broken" not in page and 'id="mutants"' not in page
