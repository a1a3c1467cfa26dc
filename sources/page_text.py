"""A page's text, taken the way the stored copies in features/ were taken.

The stored copies are the text a reader sees, block by block: each heading, paragraph, line (<br>) and list
item on a line of its own, the blocks apart, a link by its caption, nothing of what the browser does not show
as text (the head, scripts, styles, a field's value, a picture). The registration copy keeps its links and
emphasis as Markdown and says its screenshot in words (features/source_pictures.toml); sentences are compared
as a reader reads them (sources.sentences.reading), so neither shows as a change.
"""

from html.parser import HTMLParser

# Elements that start and end a block: their text is on lines of its own.
BLOCKS = {
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
}
# Elements whose content a reader never sees as text.
UNSEEN = {"head", "script", "style", "noscript", "template", "select", "textarea", "svg", "object", "iframe"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TextTaker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        # The open element whose content is not shown, and how deep its kind is nested in itself: elements
        # inside it may be left unclosed, as HTML allows.
        self.unseen: tuple[str, int] | None = None
        self.lists: list[list] = []  # each open list: [ordered, next number]

    def end_line(self):
        text = " ".join("".join(self.line).split())
        if text:
            self.lines.append(text)
        self.line = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.unseen:
            if tag == self.unseen[0]:
                self.unseen = (tag, self.unseen[1] + 1)
            return
        if (tag in UNSEEN or "hidden" in attributes) and tag not in VOID:
            self.unseen = (tag, 1)
            return
        if tag == "br" or tag in BLOCKS:
            self.end_line()
        if tag in ("ol", "ul"):
            start = attributes.get("start") or "1"
            self.lists.append([tag == "ol", int(start) if start.isdigit() else 1])
        elif tag == "li" and self.lists:
            ordered, number = self.lists[-1]
            self.line.append(f"{number}. " if ordered else "- ")
            self.lists[-1][1] += 1

    def handle_endtag(self, tag):
        if self.unseen:
            if tag == self.unseen[0]:
                self.unseen = (tag, self.unseen[1] - 1) if self.unseen[1] > 1 else None
            return
        if tag in BLOCKS:
            self.end_line()
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_data(self, data):
        if not self.unseen:
            self.line.append(data)


def page_text(html: str) -> str:
    """The text a reader sees on the page, one block or line of it per line."""
    taker = _TextTaker()
    taker.feed(html)
    taker.close()
    taker.end_line()
    return "\n".join(taker.lines) + ("\n" if taker.lines else "")
