"""The mutant catalogue stays in step with the simulator: every mutant applies, every passage is broken."""

import pytest

from fixtures.passages import passages
from mutants import PROJECT, Mutant, MutantDoesNotApply
from mutants.catalogue import CATALOGUE

SECURITY_RULES = {"csp", "csrf", "escaping", "lockout", "session-end"}


@pytest.mark.parametrize("mutant", CATALOGUE, ids=lambda mutant: mutant.name)
def test_each_mutant_changes_its_file_in_exactly_one_place(mutant: Mutant, tmp_path):
    copy = tmp_path / mutant.file
    copy.parent.mkdir(parents=True)
    copy.write_text((PROJECT / mutant.file).read_text(encoding="utf-8"), encoding="utf-8")
    mutant.apply(tmp_path)
    assert copy.read_text(encoding="utf-8") != (PROJECT / mutant.file).read_text(encoding="utf-8")


def test_a_mutant_whose_text_is_gone_says_so(tmp_path):
    (tmp_path / "rules.py").write_text("FEE = 10\n", encoding="utf-8")
    with pytest.raises(MutantDoesNotApply, match="0 times"):
        Mutant("gone", "L17", "", "rules.py", "FEE = 11", "FEE = 12").apply(tmp_path)


def test_every_passage_and_the_core_security_rules_are_broken_somewhere():
    rules = {mutant.rule for mutant in CATALOGUE}
    assert set(passages()) <= rules, f"passages no mutant breaks: {sorted(set(passages()) - rules)}"
    assert rules >= SECURITY_RULES


def test_mutant_names_are_unique():
    names = [mutant.name for mutant in CATALOGUE]
    assert len(names) == len(set(names))


def test_a_passage_mutant_is_tried_against_the_scenarios_tagged_with_it():
    mutant = next(mutant for mutant in CATALOGUE if mutant.rule == "L07")
    assert mutant.selection() == ("tests/acceptance", "-m", "L07")
