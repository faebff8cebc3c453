"""Reading pasted text or HTML: metadata, language, checks of bad input."""

import pytest

from tracker.errors import Invalid
from tracker.intake.document import read_report, sha256

PAGE = """<html><head><title>Russia withdraws from Qamishli - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Russia withdraws from Qamishli">
<meta property="article:published_time" content="2026-01-27T10:00:00Z">
<link rel="canonical" href="https://news.example/2026/01/27/qamishli">
<script>alert(1)</script></head>
<body><nav>Home | World</nav><article><h1>Russia withdraws from Qamishli</h1>
<p>Russia withdrew troops and equipment on Tuesday from an airport in northeast Syria where its
forces were based, a correspondent saw, with the base devoid of Russian flags.</p>
<p>The last Russian plane has departed, a member of the Kurdish security forces guarding the
facility said on Tuesday afternoon to reporters at the scene.</p></article></body></html>"""


def test_html_gives_text_and_metadata_and_the_editor_wins():
    report = read_report({"html": PAGE, "publisher": "AFP"})
    assert "The last Russian plane has departed" in report.text
    assert "alert(1)" not in report.text and "Home | World" not in report.text
    assert report.title == "Russia withdraws from Qamishli"
    assert report.published == "2026-01-27"
    assert report.url == "https://news.example/2026/01/27/qamishli"
    assert report.publisher == "AFP"
    assert report.sha256 == sha256(report.text)


@pytest.mark.parametrize("text, language", [
    ("Russia withdrew.", "en"), ("انسحبت القوات الروسية من المطار", "ar"),
    ("Россия вывела войска", "ru")])
def test_language_follows_the_script(text, language):
    assert read_report({"text": text}).language == language


@pytest.mark.parametrize("fields, field, words", [
    ({}, "text", "paste the report"),
    ({"text": "   \n"}, "text", "paste the report"),
    ({"text": "a\x00b"}, "text", "binary"),
    ({"text": "x" * 100_001}, "text", "more than a report may have"),
    ({"text": "<p>hi</p><script>alert(1)</script>"}, "text", "web page with scripts"),
    ({"html": "<html><script>alert(1)</script></html>"}, "html", "no report text"),
    ({"text": 5}, "text", "must be a string"),
])
def test_bad_input_names_the_field(fields, field, words):
    with pytest.raises(Invalid) as caught:
        read_report(fields)
    assert words in caught.value.errors[field]
