"""Every passage leads to its code: a scenario tagged with it, a definition for each of its steps, and a marker
where the simulator enforces its rule (`./harness trace`)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures.passages import passages
from steps.pages.documents import CaseSearchPage
from steps.pages.sign_in import SignInPage
from tracing.markers import simulator_markers
from tracing.page_objects import methods_called

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def traced() -> dict:
    """The trace of every passage, as `python -m tracing --json` prints it (the acceptance tests collected in a
    process of their own, as a run collects them; no browser starts)."""
    run = subprocess.run([sys.executable, "-m", "tracing", "--json"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.stdout.startswith("{"), f"python -m tracing --json failed:\n{run.stderr}"
    return json.loads(run.stdout)


@pytest.mark.parametrize("passage", sorted(passages()))
def test_passage_is_traced_to_its_code(traced, passage):
    trace = traced[passage]
    assert trace["scenarios"], f"{passage}: no scenario is tagged @{passage}"
    undefined = [f"{scenario['feature']}:{step['line']} {step['keyword']} {step['text']}"
                 for scenario in trace["scenarios"] for step in scenario["steps"] if not step["definitions"]]
    assert not undefined, f"{passage}: steps without a definition: {undefined}"
    assert trace["markers"], (f"{passage}: no marker in simulator/ says where its rule is enforced; add a comment "
                              f"`# {passage}: what this line does` there (docs/adding-a-passage.md)")


def test_every_marker_names_a_passage():
    unknown = {passage: [str(marker) for marker in markers]
               for passage, markers in simulator_markers().items() if passage not in passages()}
    assert not unknown, f"markers naming no passage of features/PASSAGES.md: {unknown}"


def test_a_marker_on_its_own_line_locates_the_code_below_it(tmp_path):
    (tmp_path / "simulator").mkdir()
    (tmp_path / "simulator" / "rules.py").write_text(
        "def free_look(nef):\n    # L07: the first view uses it up\n    return nef.used\n", encoding="utf-8")
    (tmp_path / "simulator" / "page.html").write_text("<h1>Title</h1>{# L01: the title #}\n", encoding="utf-8")
    found = simulator_markers(tmp_path / "simulator")
    assert [str(marker) for marker in found["L07"]] == ["simulator/rules.py:3"]
    assert [(str(marker), marker.words) for marker in found["L01"]] == [("simulator/page.html:1", "the title")]


def test_page_objects_are_found_built_assigned_chained_and_from_fixtures():
    # Names are resolved in the definition's own module, as in a step module: these are this module's imports.
    def step(sign_in_page, page):
        search = CaseSearchPage(page)
        search.search_for("1:24-cv-00031")
        sign_in_page.open().sign_in("login", "password")
        return SignInPage(page).heading

    def fixture_types(name):
        return {SignInPage} if name == "sign_in_page" else set()

    names = [method.name for method in methods_called(step, fixture_types)]
    assert set(names) == {"CaseSearchPage.search_for", "SignInPage.open", "SignInPage.sign_in",
                          "SignInPage.heading"}
