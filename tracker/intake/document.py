"""A pasted report as plain text with its metadata, language and sha256.

HTML goes through trafilatura (offline: it is handed the markup, it fetches nothing),
which finds the main text and, where the page has them, the title, the site's name,
the publication date and the page's own URL. Fields the editor typed win over what
the page says. The text the proposals quote is exactly the text this module returns,
and its sha256 is the one `source.sha256` records.
"""

import datetime
import hashlib
import re
import unicodedata

import trafilatura

from tracker.errors import Invalid
from tracker.model.schemas import URL_PATTERN

MAX_CHARS = 100_000  # about 15,000 words; HTML may be five times that, within the 1 MB body
METADATA = ("url", "title", "publisher", "published")
LETTER_SCRIPTS = {"arabic": re.compile("[\u0600-\u06ff]"), "cyrillic": re.compile("[\u0400-\u04ff]"),
                  "latin": re.compile("[A-Za-z\u00c0-\u024f]")}
LANGUAGE_OF_SCRIPT = {"arabic": "ar", "cyrillic": "ru", "latin": "en"}
SCRIPT_TAG = re.compile(r"<\s*script\b", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class Report:
    """The report's text and what is known of it."""

    def __init__(self, text, url=None, title=None, publisher=None, published=None):
        self.text = text
        self.url, self.title, self.publisher, self.published = url, title, publisher, published
        self.language = language(text)
        self.sha256 = sha256(text)

    def json(self):
        """The `report` part of an extraction's answer."""
        return {"url": self.url, "title": self.title, "publisher": self.publisher,
                "published": self.published, "language": self.language, "sha256": self.sha256}


def sha256(text):
    """The hex SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def language(text):
    """"ar", "ru" or "en": the language of the script most of the letters are in."""
    counts = {name: len(pattern.findall(text)) for name, pattern in LETTER_SCRIPTS.items()}
    return LANGUAGE_OF_SCRIPT[max(counts, key=counts.get)]


def _check_text(field, value):
    if not isinstance(value, str):
        raise Invalid.at(field, "must be a string")
    if "\x00" in value or sum(unicodedata.category(c) == "Cc" and c not in "\n\r\t"
                              for c in value[:10_000]) > 3:
        raise Invalid.at(field, "holds binary data, not the text of a report")
    if len(value) > MAX_CHARS * (5 if field == "html" else 1):
        raise Invalid.at(field, f"{len(value):,} characters is more than a report may have "
                                f"({MAX_CHARS * (5 if field == 'html' else 1):,})")


def _from_html(html):
    """The main text and metadata of a page, as trafilatura finds them."""
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                        include_tables=False, favor_precision=True)
    if not found or not (found.text or "").strip():
        raise Invalid.at("html", "no report text found in the page")
    date = found.date if found.date and ISO_DATE.match(found.date) else None
    url = found.url if found.url and re.match(URL_PATTERN, found.url) else None
    meta = {"url": url, "title": found.title, "publisher": found.sitename,
            "published": date[:10] if date else None}
    return found.text, meta


def _check_metadata(fields):
    published = (fields.get("published") or "").strip()
    if published:
        try:
            datetime.date.fromisoformat(published)
        except ValueError:
            raise Invalid.at("published", f"{published!r} is not a date (YYYY-MM-DD)") from None
    url = (fields.get("url") or "").strip()
    if url and not re.match(URL_PATTERN, url):
        raise Invalid.at("url", f"{url[:80]!r} is not an http or https URL")


def read_report(fields):
    """Make a Report from a client's `text` or `html` and optional metadata.

    Raises
    ------
    Invalid
        Neither text nor html, an empty or binary one, one too long, or `text` that is
        a web page with scripts (it belongs in `html`, where the scripts are dropped).
    """
    text, html = fields.get("text"), fields.get("html")
    for field, value in (("text", text), ("html", html)):
        if value is not None:
            _check_text(field, value)
    for key in METADATA:
        if fields.get(key) is not None and not isinstance(fields[key], str):
            raise Invalid.at(key, "must be a string")
    _check_metadata(fields)
    if not (text or "").strip() and not (html or "").strip():
        raise Invalid.at("text", "paste the report's text (or its HTML in html)")
    meta = {}
    if (text or "").strip():
        if SCRIPT_TAG.search(text):
            raise Invalid.at("text", "is a web page with scripts; paste it as html, or paste "
                                     "only the report's words")
    else:
        text, meta = _from_html(html)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    given = {key: (fields.get(key) or "").strip() or None for key in METADATA}
    merged = {key: given[key] or meta.get(key) for key in METADATA}
    return Report(text, **merged)
