"""The sentences of a source page, in the form a reader reads them, and who accounts for each one."""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from fixtures.passages import PASSAGES_FILE, passage_quotes

SOURCES = {"login": "cmecf-login-page.txt", "registration": "pacer-registration-instructions.txt"}
NOT_BEHAVIOURS_FILE = "not_behaviours.toml"
PICTURES_FILE = "source_pictures.toml"

# A sentence ends at . ? or ! (a closing quote or bracket may follow) before a space and a capital, a digit, a
# quote or a bracket.
_END = re.compile("[.?!][\"'\u201d\u2019)]*(?=\\s+[\"'\u201c\u2018(\\[A-Z0-9])")
# Not an end: an initial or an abbreviation of initials ("U.S.", "R.", "e.g."), ...
_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.)+$")
# ... or a number that opens the sentence ("7. For instant access") or follows a name ("Rule 56.1. Judgment").
_NUMBER = re.compile(r"(?:^|(?:^|\s)[A-Z][a-z]+\s)\d+(?:\.\d+)*\.$")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_BULLET = re.compile(r"^[-*•]\s+")


def split_sentences(line: str) -> list[str]:
    """A line's sentences, in order; a sentence never runs over two lines (a heading, a list item)."""
    found, start = [], 0
    for end in _END.finditer(line):
        before = line[start:end.start() + 1]
        if _INITIALS.search(before) or _NUMBER.search(before.strip()):
            continue
        found.append(line[start:end.end()].strip())
        start = end.end()
    rest = line[start:].strip()
    return [*found, rest] if rest else found


def page_sentences(text: str) -> list[str]:
    """Every sentence of a page's text, line by line."""
    return [sentence for line in text.splitlines() for sentence in split_sentences(line.strip())]


def reading(sentence: str) -> str:
    """The sentence as a reader reads it: a link's caption without its address, emphasis without its marks,
    a list item without its bullet, spaces as one; the stored copies keep some Markdown, the live page none."""
    sentence = _LINK.sub(r"\1", sentence)
    sentence = _STRONG.sub(r"\1", sentence)
    sentence = _BULLET.sub("", sentence.strip())
    return " ".join(sentence.replace("\u00a0", " ").split())


@dataclass
class Sentence:
    """One sentence of a stored source page, and what accounts for it: the passages that quote it, or the
    reason it is not a behaviour, or the picture it describes."""

    source: str
    number: int  # 1, 2, ... in the page's order
    text: str
    passages: list[str] = field(default_factory=list)
    not_a_behaviour: str | None = None
    in_a_picture: bool = False

    @property
    def anchor(self) -> str:
        return f"sentence-{Path(self.source).stem}-{self.number}"

    @property
    def accounted_for(self) -> bool:
        return bool(self.passages or self.not_a_behaviour)


class UnplacedQuote(ValueError):
    """A passage quotes words that are not whole sentences of its page."""


def _read_toml(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open("rb") as file:
        return tomllib.load(file)


def stored_sentences(passages_file: Path = PASSAGES_FILE) -> dict[str, list[Sentence]]:
    """Each stored source page beside PASSAGES.md (those present), sentence by sentence, each with the passages
    that quote it, its reason if it is listed as not a behaviour, and whether it describes a picture."""
    folder = passages_file.parent
    pages = {source: [Sentence(source, number, text) for number, text in
                      enumerate(page_sentences((folder / source).read_text(encoding="utf-8")), start=1)]
             for source in SOURCES.values() if (folder / source).exists()}
    for passage, quoted in passage_quotes(passages_file).items():
        for quote in quoted.quotes:
            for sentence in _placed(passage, quote, pages.get(quoted.source, [])):
                sentence.passages.append(passage)
    for entry in _read_toml(folder / NOT_BEHAVIOURS_FILE).get("sentence", []):
        for sentence in pages.get(entry["source"], []):
            if reading(sentence.text) == reading(entry["text"]) and not sentence.passages:
                sentence.not_a_behaviour = entry["reason"]
    for source, described in _read_toml(folder / PICTURES_FILE).items():
        wanted = {reading(text) for text in described["sentences"]}
        for sentence in pages.get(source, []):
            sentence.in_a_picture = reading(sentence.text) in wanted
    return pages


def _placed(passage: str, quote: str, page: list[Sentence]) -> list[Sentence]:
    """The run of the page's sentences a quote is made of (the first such run with a sentence not yet quoted)."""
    wanted = [reading(sentence) for sentence in split_sentences(quote)]
    texts = [reading(sentence.text) for sentence in page]
    runs = [page[start:start + len(wanted)] for start in range(len(page) - len(wanted) + 1)
            if texts[start:start + len(wanted)] == wanted]
    if not runs:
        raise UnplacedQuote(f"{passage} quotes words that are not whole sentences of its page: {quote!r}")
    return next((run for run in runs if not any(s.passages for s in run)), runs[0])


def unaccounted(pages: dict[str, list[Sentence]]) -> list[Sentence]:
    """The sentences no passage quotes and no entry of not_behaviours.toml lists."""
    return [sentence for page in pages.values() for sentence in page if not sentence.accounted_for]
