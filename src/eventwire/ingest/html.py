"""HTML pages (.html, .htm): main text and metadata by trafilatura, offline.

Pages trafilatura finds nothing in (too short, odd markup) fall back to their tag-stripped text,
so a saved article is never lost just because it does not look like a news page.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from eventwire.ingest.base import load_text, make_document
from eventwire.ingest.metadata import Metadata, parse_date
from eventwire.records import Document, Problem

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it warns about every short page


def read_html(path: Path, doc_id: str) -> Iterator[Document | Problem]:
    """One Document per HTML file."""
    html = load_text(path)
    if isinstance(html, Problem):
        yield html
        return
    text, meta = extract(html)
    yield make_document(doc_id, text, str(path), meta)


def extract(html: str) -> tuple[str, Metadata]:
    """Main text (one paragraph per block) and metadata of a page."""
    import trafilatura  # slow to import; only HTML needs it

    try:
        found = trafilatura.bare_extraction(
            html, include_comments=False, favor_recall=True, with_metadata=True)
    except Exception:  # noqa: BLE001 - trafilatura/lxml can choke on odd markup; fall back
        found = None
    if found is None:
        page = {}
    elif isinstance(found, dict):  # trafilatura 1.x
        page = found
    else:  # trafilatura 2.x: a Document
        page = found.as_dict()
    paragraphs = [p.strip() for p in (page.get("text") or "").split("\n") if p.strip()]
    if not paragraphs:
        return strip_tags(html), Metadata()
    title = page.get("title") or None
    if title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the headline is kept as metadata, as for text files
    meta = Metadata(
        title=title,
        outlet=page.get("sitename") or None,
        author=page.get("author") or None,
        published=parse_date(page["date"]) if page.get("date") else None,
        url=page.get("url") or None,
    )
    return "\n\n".join(paragraphs), meta


_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
_WHITESPACE = re.compile(r"\s+")  # markup line breaks are not text line breaks
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(_WHITESPACE.sub(" ", data))


def strip_tags(html: str) -> str:
    """The page's visible text, a paragraph per block element."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
