"""Dates in three languages, relative ones resolved against the publication date."""

import datetime

import pytest

from tracker.intake.dates import find_dates
from tracker.intake.normalise import tokens

MONDAY = datetime.date(2026, 1, 26)


def dates(sentence, language, published=MONDAY):
    return [(f.effective, f.precision) for f in find_dates(tokens(sentence), language, published)]


@pytest.mark.parametrize("sentence, language, expected", [
    ("Russia withdrew on January 27, 2026.", "en", ("2026-01-27", "day")),
    ("They left on 13 December.", "en", ("2025-12-13", "day")),   # the past, not next December
    ("Russia left in December 2024.", "en", ("2024-12-01", "month")),
    ("انسحبت القوات الروسية في 13 ديسمبر", "ar", ("2025-12-13", "day")),
    ("انسحبت القوات الروسية في ١٣ ديسمبر ٢٠٢٤", "ar", ("2024-12-13", "day")),
    ("بدأت في 26 كانون الثاني 2026", "ar", ("2026-01-26", "day")),   # Levantine month
    ("في شباط 2025", "ar", ("2025-02-01", "month")),
    ("в тот день, 26 января,", "ru", ("2026-01-26", "day")),
    ("в декабре 2024 года", "ru", ("2024-12-01", "month")),
])
def test_explicit_dates(sentence, language, expected):
    assert dates(sentence, language)[-1] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Russian forces withdrew from the airport Monday.", "en", ("2026-01-26", "day")),
    ("Russian forces withdrew on Friday.", "en", ("2026-01-23", "day")),
    ("They withdrew yesterday.", "en", ("2026-01-25", "day")),
    ("It began last week.", "en", ("2026-01-01", "month")),
    ("بدأت القوات الروسية اليوم الانسحاب", "ar", ("2026-01-26", "day")),
    ("انسحبت يوم الجمعة", "ar", ("2026-01-23", "day")),
    ("بدأت انسحابا تدريجيا الأسبوع الماضي", "ar", ("2026-01-01", "month")),
    ("сообщило в понедельник агентство", "ru", ("2026-01-26", "day")),
    ("вывод начался на прошлой неделе", "ru", ("2026-01-01", "month")),
    ("вчера военные покинули базу", "ru", ("2026-01-25", "day")),
])
def test_relative_dates_resolve_against_publication(sentence, language, expected):
    assert dates(sentence, language) == [expected]


def test_background_and_ambiguous_words_are_not_dates():
    assert dates("Russia has held the base since 2019.", "en") == []
    assert dates("وأوضح أحد المصادر أن القوات ستعود", "ar") == []   # أحد: "one", not Sunday
    assert dates("They left on Monday.", "en", published=None) == []


@pytest.mark.parametrize("sentence, language, end", [
    ("Images taken between 16 November 2025 and 1 February show the airport empty.", "en",
     "2026-02-01"),
    ("والملتقطة فيما بين 16 نوفمبر/تشرين الثاني 2025، والأول من فبراير/شباط الجاري", "ar",
     "2026-02-01"),
    ("Снимки, сделанные между 16 ноября 2025 года и 1 февраля, показывают пустой аэродром.", "ru",
     "2026-02-01"),
])
def test_a_window_gives_its_end(sentence, language, end):
    (found,) = find_dates(tokens(sentence), language, datetime.date(2026, 2, 4))
    assert (found.effective, found.precision) == (end, "day")
    assert found.how.startswith("the end of a window")


def test_two_dates_that_are_no_window_both_stay():
    assert dates("They left on 13 December and came back on 20 December.", "en") == [
        ("2025-12-13", "day"), ("2025-12-20", "day")]


@pytest.mark.parametrize("sentence, expected", [
    ("في الأول من فبراير 2026", ("2026-02-01", "day")),
    ("انسحبت في 3 فبراير/شباط 2025", ("2025-02-03", "day")),
    ("في فبراير 2025", ("2025-02-01", "month")),
])
def test_arabic_february_first_day_and_doubled_month(sentence, expected):
    assert dates(sentence, "ar", datetime.date(2026, 2, 4)) == [expected]


@pytest.mark.parametrize("sentence, language, expected", [
    ("The ships began to leave Tartus in 2024.", "en", [("2024-01-01", "year")]),
    ("Корабли начали покидать базу в Тартусе в 2024 году.", "ru", [("2024-01-01", "year")]),
    ("Russian forces left in 2026.", "en", []),        # the publication's own year says less
    ("Russia has been at the airport since 2019.", "en", []),
])
def test_a_past_year_after_in_is_a_year(sentence, language, expected):
    assert dates(sentence, language) == expected
