"""Every passage has its source page's own sentences, each found word for word in that page."""

from fixtures.passages import PASSAGES_FILE, passage_quotes, passages


def test_every_passage_quotes_its_source_word_for_word():
    quotes = passage_quotes()
    assert set(quotes) == set(passages()), "a quote for every passage L01-L19 and R01-R18, and only for them"
    for passage, quoted in quotes.items():
        assert quoted.source in ("cmecf-login-page.txt", "pacer-registration-instructions.txt"), passage
        source = (PASSAGES_FILE.parent / quoted.source).read_text(encoding="utf-8")
        assert quoted.quotes, f"{passage}: no sentence quoted"
        for quote in quoted.quotes:
            assert quote.strip() and quote in source, f"{passage}: not in {quoted.source}, word for word: {quote!r}"


def test_the_passages_come_from_the_two_source_pages_beside_them():
    sources = {quoted.source for quoted in passage_quotes().values()}
    assert {passage[0] for passage in passages()} == {"L", "R"}
    assert sources == {"cmecf-login-page.txt", "pacer-registration-instructions.txt"}
    assert all((PASSAGES_FILE.parent / source).is_file() for source in sources)
