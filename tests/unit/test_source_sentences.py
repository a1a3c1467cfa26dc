"""Every sentence of the two stored source pages is accounted for: quoted by a passage
(features/passage_quotes.toml) or listed, with a reason, as not a behaviour (features/not_behaviours.toml)."""

import shutil
import tomllib

import pytest

from fixtures.passages import PASSAGES_FILE
from sources.sentences import (
    NOT_BEHAVIOURS_FILE,
    PICTURES_FILE,
    SOURCES,
    UnplacedQuote,
    reading,
    split_sentences,
    stored_sentences,
    unaccounted,
)

FEATURES = PASSAGES_FILE.parent


def test_every_sentence_of_both_sources_is_a_behaviour_with_a_passage_or_listed_as_not_one():
    pages = stored_sentences()
    assert set(pages) == set(SOURCES.values())
    missing = [f"{sentence.source} sentence {sentence.number}: {sentence.text!r}" for sentence in unaccounted(pages)]
    assert not missing, ("neither quoted by a passage (passage_quotes.toml) nor listed as not a behaviour "
                         f"({NOT_BEHAVIOURS_FILE}):\n" + "\n".join(missing))


def test_each_sentence_listed_as_not_a_behaviour_is_one_no_passage_quotes_and_says_why():
    pages = stored_sentences()
    with (FEATURES / NOT_BEHAVIOURS_FILE).open("rb") as listed:
        entries = tomllib.load(listed)["sentence"]
    for entry in entries:
        found = [s for s in pages[entry["source"]] if reading(s.text) == reading(entry["text"])]
        assert found, f"not a sentence of {entry['source']}: {entry['text']!r}"
        assert any(not s.passages for s in found), f"every place a passage quotes it: {entry['text']!r}"
        assert entry["reason"].strip(), entry["text"]


def test_the_sentences_said_from_a_picture_are_sentences_of_their_page():
    pages = stored_sentences()
    with (FEATURES / PICTURES_FILE).open("rb") as pictures:
        for source, described in tomllib.load(pictures).items():
            texts = {reading(sentence.text) for sentence in pages[source]}
            assert all(reading(text) in texts for text in described["sentences"]), source


def test_a_sentence_nothing_accounts_for_is_named(tmp_path):
    for name in ("PASSAGES.md", "passage_quotes.toml", NOT_BEHAVIOURS_FILE, PICTURES_FILE, *SOURCES.values()):
        shutil.copy(FEATURES / name, tmp_path / name)
    page = tmp_path / SOURCES["login"]
    page.write_text(page.read_text(encoding="utf-8") + "\n\nFilings are due by midnight Eastern Time.\n",
                    encoding="utf-8")
    [sentence] = unaccounted(stored_sentences(tmp_path / "PASSAGES.md"))
    last = len(stored_sentences()[SOURCES["login"]])
    assert (sentence.source, sentence.number, sentence.text) == (
        SOURCES["login"], last + 1, "Filings are due by midnight Eastern Time.")


def test_a_quote_that_is_not_whole_sentences_of_its_page_is_refused(tmp_path):
    for name in ("PASSAGES.md", *SOURCES.values()):
        shutil.copy(FEATURES / name, tmp_path / name)
    (tmp_path / "passage_quotes.toml").write_text(
        '[L02]\nsource = "cmecf-login-page.txt"\nquotes = ["This is a Restricted Web Site"]\n', encoding="utf-8")
    with pytest.raises(UnplacedQuote, match="L02 quotes words that are not whole sentences"):
        stored_sentences(tmp_path / "PASSAGES.md")


def test_the_overview_counts_add_up():
    pages = stored_sentences()
    every = [sentence for page in pages.values() for sentence in page]
    behaviours = [sentence for sentence in every if sentence.passages]
    listed = [sentence for sentence in every if sentence.not_a_behaviour]
    assert len(behaviours) + len(listed) == len(every) == 76


@pytest.mark.parametrize("line,sentences", [
    ("subject to prosecution under Title 18 of the U.S. Code. All activities are logged.",
     ["subject to prosecution under Title 18 of the U.S. Code.", "All activities are logged."]),
    ("in compliance with USCIT R. 5.2. This requirement applies.",
     ["in compliance with USCIT R. 5.2.", "This requirement applies."]),
    ("Rule 56.1. Judgment on an Agency Record", ["Rule 56.1. Judgment on an Agency Record"]),
    ("7. For instant access, a card is required. There is no fee.",
     ["7. For instant access, a card is required.", "There is no fee."]),
    ('the message "You do not have permission," viewing. If the prompt appears again, log in.',
     ['the message "You do not have permission," viewing.', "If the prompt appears again, log in."]),
    ("by U.S. mail in 7-10 business days.", ["by U.S. mail in 7-10 business days."]),
    ("listed above. *", ["listed above. *"]),
])
def test_a_line_splits_into_its_sentences(line, sentences):
    assert split_sentences(line) == sentences


def test_a_sentence_is_compared_as_a_reader_reads_it():
    assert reading("10. Follow [these instructions](#).") == "10. Follow these instructions."
    assert reading("- Check  here") == "Check here"
    assert reading("*** Required Information**") == reading("* Required Information") == "Required Information"
