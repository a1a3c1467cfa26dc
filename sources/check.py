"""The court's page compared with its stored copy, sentence by sentence: what changed, vanished or is new, and
which passages quote it."""

import difflib
from dataclasses import dataclass, field

from .sentences import Sentence, page_sentences, reading

SIMILAR = 0.6  # how alike two sentences must be to be one sentence changed rather than one gone and one new


@dataclass
class Change:
    """One difference: a stored sentence changed (old and new), vanished (no new), or a new one (no old), with
    the stored sentence a new one follows."""

    old: Sentence | None
    new: str | None
    after: Sentence | None = None

    @property
    def kind(self) -> str:
        return "changed" if self.old and self.new else "vanished" if self.old else "new"

    def marked(self) -> str:
        """The changed words marked as git's --word-diff marks them: [-removed-]{+added+}."""
        old, new = reading(self.old.text).split(), reading(self.new).split()
        marked = []
        for operation, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
            if operation == "equal":
                marked.extend(old[i1:i2])
                continue
            if i2 > i1:
                marked.append("[-" + " ".join(old[i1:i2]) + "-]")
            if j2 > j1:
                marked.append("{+" + " ".join(new[j1:j2]) + "+}")
        return " ".join(marked)


@dataclass
class Comparison:
    """A stored page against the page read now."""

    source: str
    where: str
    compared: int  # stored sentences compared with the page's text
    read: int  # sentences on the page read now
    changes: list[Change] = field(default_factory=list)
    in_a_picture: list[Sentence] = field(default_factory=list)

    def by_passage(self) -> dict[str, list[Change]]:
        """Each passage whose sentences changed or vanished, with those changes, in the page's order."""
        found: dict[str, list[Change]] = {}
        for change in self.changes:
            for passage in change.old.passages if change.old else []:
                found.setdefault(passage, []).append(change)
        return found

    def unquoted(self) -> list[Change]:
        """New sentences, and changes to sentences that no passage quotes."""
        return [change for change in self.changes if not (change.old and change.old.passages)]


def compare(stored: list[Sentence], text: str, source: str, where: str) -> Comparison:
    """The stored sentences against the text read now, aligned in order: a stored sentence and a new one in the
    same place that are alike are one sentence changed."""
    compared = [sentence for sentence in stored if not sentence.in_a_picture]
    pictured = {reading(sentence.text) for sentence in stored if sentence.in_a_picture}
    # A saved text copy says its pictures in words, as the stored copy does: those words are not compared either.
    now = [sentence for sentence in page_sentences(text) if reading(sentence) not in pictured]
    comparison = Comparison(source, where, len(compared), len(now),
                            in_a_picture=[sentence for sentence in stored if sentence.in_a_picture])
    before = [reading(sentence.text) for sentence in compared]
    matcher = difflib.SequenceMatcher(a=before, b=[reading(sentence) for sentence in now], autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation != "equal":
            previous = compared[i1 - 1] if i1 else None
            comparison.changes.extend(_paired(compared[i1:i2], now[j1:j2], previous))
    return comparison


def _paired(old: list[Sentence], new: list[str], previous: Sentence | None) -> list[Change]:
    """A run of stored sentences against the run (as the page writes them) that stands in their place: each
    stored one with the most alike new one still free (changed) or none (vanished); new ones left over are new."""
    pairs: dict[int, int] = {}
    for i, sentence in enumerate(old):
        likeness = [(difflib.SequenceMatcher(a=reading(sentence.text), b=reading(candidate),
                                             autojunk=False).ratio(), j)
                    for j, candidate in enumerate(new) if j not in pairs.values()]
        best = max(likeness, default=(0.0, -1))
        if best[0] >= SIMILAR:
            pairs[i] = best[1]
    changes: list[Change] = []
    placed = set()
    after = previous
    for i, sentence in enumerate(old):
        if i in pairs:
            for j in range(pairs[i]):
                if j not in placed and j not in pairs.values():
                    changes.append(Change(None, new[j], after))
                    placed.add(j)
            changes.append(Change(sentence, new[pairs[i]], after))
            placed.add(pairs[i])
        else:
            changes.append(Change(sentence, None, after))
        after = sentence
    changes.extend(Change(None, new[j], after) for j in range(len(new)) if j not in placed)
    return changes
