"""Where each passage of the report comes from and where it is enforced: the source pages' sentences it quotes
(every sentence accounted for) and the simulator lines marked with it."""

import html
import re
from pathlib import Path

import pytest
from sample_run import FEATURES, load_run, sample_run

from report.render import write


@pytest.fixture
def run(tmp_path: Path) -> Path:
    """The sample run's output folder (sample_run.py)."""
    return sample_run(tmp_path)

def with_sources(run: Path, *extra: tuple[str, str]) -> Path:
    """The run's features folder given the two source pages, their quotes and the sentences that are not
    behaviours, as in features/; each extra (file, text) is added to its file."""
    features = run.parent / "features"
    for name in ("passage_quotes.toml", "not_behaviours.toml", "source_pictures.toml",
                 "cmecf-login-page.txt", "pacer-registration-instructions.txt"):
        (features / name).write_text((FEATURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in extra:
        with (features / name).open("a", encoding="utf-8") as file:
            file.write(text)
    return run


def test_the_overview_accounts_for_every_sentence_of_the_sources(run):
    page = html.unescape(write(load_run(with_sources(run))).read_text(encoding="utf-8"))
    overview = page[page.index('id="source-counts"'):page.index("</dd>", page.index('id="source-counts"'))]
    assert " ".join(overview.split()).startswith(
        'id="source-counts">74 of 76 sentences of the source pages are behaviours with a passage, '
        "2 are not behaviours.")
    assert "neither quoted" not in overview
    assert 'href="#sources"' in page and '<section id="sources"' in page
    assert '<li id="sentence-pacer-registration-instructions-26">*** Required Information**' in page
    assert "Not a behaviour: a caption: the key to the asterisk" in page


def test_each_passage_links_to_its_sentences_and_each_sentence_back_to_its_passage(run):
    report = load_run(with_sources(run))
    l02 = next(passage for passage in report.passages if passage.id == "L02")
    assert [sentence.number for sentence in l02.sentences] == [2, 3, 4]
    page = write(report).read_text(encoding="utf-8")
    row = page[page.index('<tbody id="passage-L02"'):page.index("</tbody>", page.index('<tbody id="passage-L02"'))]
    links = re.findall(r'<a href="#(sentence-[\w-]+)">(\d+)</a>', row)
    assert links == [("sentence-cmecf-login-page-2", "2"), ("sentence-cmecf-login-page-3", "3"),
                     ("sentence-cmecf-login-page-4", "4")]
    for anchor, _ in links:
        sentence = page[page.index(f'<li id="{anchor}">'):page.index("</li>", page.index(f'<li id="{anchor}">'))]
        assert 'Behaviour: <a href="#passage-L02">L02</a>' in sentence
    assert 'Behaviour: R18' in page, "a passage this run's PASSAGES.md lacks is named, not linked"


def test_a_sentence_nothing_accounts_for_is_flagged_in_the_overview(run):
    as_stored = load_run(with_sources(run))
    behaviours, sentences, not_behaviours = as_stored.source_counts()
    last = len(as_stored.sources["cmecf-login-page.txt"])
    report = load_run(with_sources(run, ("cmecf-login-page.txt", "\n\nFilings are due by midnight.\n")))
    assert report.source_counts() == (behaviours, sentences + 1, not_behaviours)
    page = html.unescape(write(report).read_text(encoding="utf-8"))
    assert "1 sentence neither quoted by a passage nor listed as not a behaviour:" in " ".join(page.split())
    assert (f'<a href="#sentence-cmecf-login-page-{last + 1}">cmecf-login-page.txt, sentence {last + 1}</a>'
            in page)


def test_without_the_source_pages_the_report_says_nothing_of_their_sentences(run):
    page = write(load_run(run)).read_text(encoding="utf-8")
    assert "source-counts" not in page and 'id="sources"' not in page


def test_each_passage_names_where_the_simulator_enforces_it(run):
    report = load_run(run)
    l01 = next(passage for passage in report.passages if passage.id == "L01")
    assert l01.code, "L01's markers in simulator/"
    page = write(report).read_text(encoding="utf-8")
    row = page[page.index('<tbody id="passage-L01"'):page.index("</tbody>", page.index('<tbody id="passage-L01"'))]
    assert re.findall(r"<code title=\"[^\"]+\">([\w/.]+:\d+)</code>", row) == [str(marker) for marker in l01.code]
    assert "./harness trace L01" in row
