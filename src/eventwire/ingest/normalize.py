"""Text normalisation shared by every reader.

The same article saved by two crawlers differs in quotes, spaces and line endings; normalising
before hashing lets the store keep it once, and the NLP stage relies on "\\n\\n" between
paragraphs as a hard sentence boundary.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Characters mapped one-for-one: odd spaces -> space, curly quotes -> straight ones,
# Unicode line/paragraph separators -> newlines. Dashes are left alone on purpose.
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u202f\u205f\u3000"
_TRANSLATE = {
    **{ord(c): " " for c in _SPACES},
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f"},
    **{ord(c): "\n" for c in "\v\f\x85\u2028"},
    ord("\u2029"): "\n\n",
    # zero-width characters, byte order mark and soft hyphen: invisible, dropped
    **{ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
    # other C0 controls (and DEL) carry no text
    **{c: None for c in [*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f]},
}
_RUN_OF_SPACES = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, plain spaces and quotes, LF line ends, and paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    lines = (_RUN_OF_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def normalize_field(value: str | None) -> str | None:
    """One-line metadata value (title, author, ...): normalised, inner newlines folded."""
    if value is None:
        return None
    return " ".join(normalize_text(value).split()) or None


def content_hash(text: str) -> str:
    """sha256 of the normalised text, the key under which the store keeps a document once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- Markdown -------------------------------------------------------------------------------

_IMAGE = re.compile(r"!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_LINK = re.compile(r"\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"`+([^`\n]+)`+")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED = 0xE000  # escaped punctuation hides in the private use area while markers go
_UNESCAPE = re.compile("[\ue021-\ue07e]")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_FENCE = re.compile(r"^(?:`{3,}|~{3,})")
_LINE_MARK = re.compile(r"^(?:>\s?)+|^[-*+]\s+(?=\S)")


_MARKDOWN_SIGNS = re.compile(r"^#{1,6} \S|\[[^\]\n]+\]\([^)\n]*\)|\*\*\S|\\[$*_#\[\]]", re.M)


def looks_like_markdown(text: str) -> bool:
    """Markdown saved as .txt: a "# " heading, a [link](url), **bold** or a \\$ escape."""
    return _MARKDOWN_SIGNS.search(text) is not None


def markdown_title(text: str) -> str | None:
    """The first ATX heading ("# Title"): in a Markdown article it is the headline."""
    for line in text.split("\n"):
        match = _HEADING.match(line.strip())
        if match:
            return _inline(match.group(1)).strip() or None
    return None


def clean_markdown(text: str) -> str:
    """Markdown to plain text: markers, links and images go, words and paragraphs stay."""
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if _FENCE.match(stripped) or _RULE.match(stripped):
            out.append("")  # fences, rules and setext underlines: a paragraph break at most
            continue
        heading = _HEADING.match(stripped)
        if heading:
            stripped = heading.group(1)
        out.append(_inline(_LINE_MARK.sub("", stripped)))
    return "\n".join(out)


def _inline(text: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(_ESCAPED + ord(m.group(1))), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDER.sub(r"\1", text)
    return _UNESCAPE.sub(lambda m: chr(ord(m.group()) - _ESCAPED), text)
