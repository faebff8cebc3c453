"""Paragraphs and sentences of a report, each with its [start, end) span in the text.

pysbd splits a paragraph into sentences (it knows English, Arabic and Russian
abbreviations). Its own character spans can drift where a paragraph repeats a
sentence, so each sentence is found again in the text from where the last one
ended: a span always slices out exactly the sentence, and a quote is always a
substring of the report.
"""

import re
from functools import lru_cache

import pysbd

PARAGRAPH = re.compile(r"[^\n]+")
CONTINUING = ("،", ",", "؛", ";", ":")
# pysbd's languages by our language codes.
SEGMENTER_LANGUAGE = {"en": "en", "ar": "ar", "ru": "ru"}


class Sentence:
    """A sentence: its text, span and the span of its paragraph."""

    __slots__ = ("text", "start", "end", "paragraph")

    def __init__(self, text, start, end, paragraph):
        self.text, self.start, self.end, self.paragraph = text, start, end, paragraph

    def __repr__(self):
        return f"Sentence({self.text!r}, {self.start}, {self.end})"


@lru_cache(maxsize=4)
def _segmenter(language):
    return pysbd.Segmenter(language=SEGMENTER_LANGUAGE.get(language, "en"), clean=False)


def paragraphs(text):
    """The [start, end) spans of the non-blank lines of a text."""
    spans = []
    for match in PARAGRAPH.finditer(text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


def split(text, language="en"):
    """The Sentences of a text, in order; `text[s.start:s.end] == s.text` for each."""
    found = []
    for para_start, para_end in paragraphs(text):
        cursor = para_start
        for piece in _segmenter(language).segment(text[para_start:para_end]):
            piece = piece.strip()
            if not piece:
                continue
            start = text.find(piece, cursor, para_end)
            if start < 0:  # pysbd changed the characters: fall back on the rest of the line
                start, piece = cursor, text[cursor:para_end].strip()
            if found and found[-1].paragraph == (para_start, para_end) and \
                    found[-1].text.endswith(CONTINUING):
                start = found.pop().start  # pysbd ends Arabic sentences at "،": join them again
            end = text.find(piece, start, para_end) + len(piece)
            found.append(Sentence(text[start:end], start, end, (para_start, para_end)))
            cursor = end
            if cursor >= para_end:
                break
    return found
