"""Dates a sentence gives, resolved against the report's publication date.

Explicit dates ("26 January 2026", "13 ديسمبر", "٢٦ كانون الثاني ٢٠٢٦", "26 января") are
found by our patterns and read by dateparser (offline; it reads Arabic-Indic digits
and fills a missing year from the past). Two of its answers are wrong for reports, so
those are our own rules: it does not know the Levantine month names (كانون الثاني,
شباط, ...), which we turn into the names it knows first; and it reads "Monday" in a
report published on a Monday as the Monday before, where a report means that day.

Precision: a day when the day is given or follows from the publication date; a month
for "December 2024", "this month", "last month", and for "last week", which the
model cannot hold as a week (the effective date is then the month's first day).
Dates after "since" (منذ, с) are background, not events; a year alone is one only
after "in" ("in 2024", "в 2024 году") and before the publication year (precision `year`).

A window ("images taken between 16 November and 1 February", "فيما بين 16 نوفمبر/تشرين
الثاني 2025، والأول من فبراير", "между 16 ноября и 1 февраля") bounds when something was
seen: what it shows held at its end, so only the later date is kept. Arabic writes a
month twice ("فبراير/شباط") and the first day as "الأول من": both are read (and
"فبراير", whose folded core loses its ف to the clitic rule, is found all the same).
"""

import datetime
import re

import dateparser

from tracker.intake.folded_lines import folded_line

LEVANTINE = {"كانون ثاني": "يناير", "شباط": "فبراير", "اذار": "مارس", "نيسان": "ابريل",
             "ايار": "مايو", "حزيران": "يونيو", "تموز": "يوليو", "اب": "اغسطس",
             "ايلول": "سبتمبر", "تشرين اول": "اكتوبر", "تشرين ثاني": "نوفمبر",
             "كانون اول": "ديسمبر"}
MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
          r"يناير|فبراير|براير|مارس|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|اغسطس|سبتمبر|اكتوبر|نوفمبر|"
          r"ديسمبر|كانون ثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين اول|تشرين ثاني|"
          r"كانون اول|январ[ьяе]|феврал[ьяе]|март[аe]?|апрел[ьяе]|ма[ияе]|июн[ьяе]|июл[ьяе]|"
          r"август[аe]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
EXPLICIT = [  # (precision, pattern)
    ("day", rf"(?:{DAY}|اول) (?:of |من )?(?:{MONTHS})(?: (?:{MONTHS}))?(?: {YEAR})?"),
    ("day", rf"(?:{MONTHS}) {DAY}(?: {YEAR})?"),
    ("month", rf"(?:{MONTHS}) {YEAR}"),
    # The end of a year is its December: "at the end of 2024", "في نهاية عام 2024", "в конце
    # 2024 года" (before the bare year, which "في ... عام" would otherwise leave undated).
    ("year_end", rf"(?:(?:at |by )?the end of|late|(?:في )?نهايه(?: عام| العام)?|اواخر(?: عام| العام)?|"
     rf"(?:в |к )?конц[еау]) {YEAR}(?: года| г)?"),
    ("year", rf"(?:in|during|в|во) {YEAR}(?: году| года| г)?"),
]
WEEKDAYS = {
    0: r"monday|اثنين|понедельник", 1: r"tuesday|ثلاثاء|вторник", 2: r"wednesday|اربعاء|сред[ау]",
    3: r"thursday|خميس|четверг", 4: r"friday|جمعه|пятниц[ау]", 5: r"saturday|سبت|суббот[ау]",
    6: r"sunday|احد|воскресенье",
}
RELATIVE = [  # (name, pattern)
    ("today", r"today|this morning|earlier today|اليوم|يوم|сегодня"),
    ("yesterday", r"yesterday|امس|вчера"),
    ("last_week", r"last week|past week|previous week|اسبوع ماضي|прошлои неделе|прошлои неделеи"),
    ("last_month", r"last month|previous month|شهر ماضي|прошлом месяце"),
    ("this_month", r"(?:earlier )?this month|شهر جاري|شهر حالي|этом месяце|текущем месяце"),
]
BACKGROUND = re.compile(r"(?<!\w)(?:since|منذ|с|со|عام)\s*$")
DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
COMPILED = ([(p, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")) for p, pattern in EXPLICIT]
            + [(f"weekday{d}", re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"))
               for d, pattern in WEEKDAYS.items()]
            + [(name, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")) for name, pattern in RELATIVE])


class Found:
    """A date in a sentence: ISO date, precision, word range and how it was read."""

    __slots__ = ("effective", "precision", "first", "last", "text", "how")

    def __init__(self, effective, precision, first, last, text, how):
        self.effective, self.precision, self.first, self.last = effective, precision, first, last
        self.text, self.how = text, how

    def __repr__(self):
        return f"Found({self.effective}, {self.precision}, {self.text!r})"


# Month stems for "December 2024", which dateparser misses in Russian ("декабре 2024").
MONTH_STEMS = [("jan", "январ", "يناير", "كانون ثاني"), ("feb", "феврал", "فبراير", "براير", "شباط"),
               ("mar", "март", "مارس", "اذار"), ("apr", "апрел", "ابريل", "نيسان"),
               ("may", "маи", "мая", "мае", "مايو", "ايار"), ("jun", "июн", "يوني", "حزيران"),
               ("jul", "июл", "يولي", "تموز"), ("aug", "август", "اغسطس", "اب"),
               ("sep", "сентябр", "سبتمبر", "ايلول"), ("oct", "октябр", "اكتوبر", "تشرين اول"),
               ("nov", "ноябр", "نوفمبر", "تشرين ثاني"), ("dec", "декабр", "ديسمبر", "كانون اول")]


def _month_year(matched):
    """(year, month) of a "<month> <year>" match."""
    words, year = matched.rsplit(" ", 1)
    for number, stems in enumerate(MONTH_STEMS, start=1):
        if any(words == stem or (len(stem) > 2 and words.startswith(stem)) for stem in stems):
            return int(year), number
    return None


def _explicit(matched, precision, language, published):
    if precision == "year":
        year = int(re.search(YEAR, matched).group())
        if published and year >= published.year:
            return None  # "in 2026" in a report of 2026: the publication date says more
        return f"{year}-01-01", "year", "the year the sentence gives"
    if precision == "year_end":
        return f"{re.search(YEAR, matched).group()}-12-01", "month", "the end of the year, its December"
    if precision == "month":
        found = _month_year(matched)
        return (datetime.date(*found, 1).isoformat(), "month", "as written") if found else None
    # The folded core of "فبراير" loses its ف (read as the clitic "so").
    text = re.sub(r"^اول ", "1 ", matched).replace(" من ", " ").replace("براير", "فبراير")
    for levantine, standard in LEVANTINE.items():
        text = re.sub(rf"(?<!\w){levantine}(?!\w)", standard, text)
    text = re.sub(r"(?<!\w)(\w+) \1(?!\w)", r"\1", text)  # "فبراير/شباط" is one month
    settings = dict(DATEPARSER_SETTINGS)
    if published:
        settings["RELATIVE_BASE"] = datetime.datetime.combine(published, datetime.time())
    parsed = dateparser.parse(text, languages=[language, "en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    if precision == "month":
        day = day.replace(day=1)
    return day.isoformat(), precision, "as written"


def _relative(name, published):
    """Resolve a relative expression against the publication date (our own rules)."""
    if published is None:
        return None
    if name.startswith("weekday"):
        back = (published.weekday() - int(name[-1])) % 7
        day = published - datetime.timedelta(days=back)
        return day.isoformat(), "day", f"the {day:%A} on or before publication"
    if name == "today":
        return published.isoformat(), "day", "the day of publication"
    if name == "yesterday":
        return (published - datetime.timedelta(days=1)).isoformat(), "day", "the day before publication"
    if name == "last_week":
        monday = published - datetime.timedelta(days=published.weekday() + 7)
        return monday.replace(day=1).isoformat(), "month", f"last week (from {monday}), to the month"
    if name == "last_month":
        first = published.replace(day=1) - datetime.timedelta(days=1)
        return first.replace(day=1).isoformat(), "month", "the month before publication"
    return published.replace(day=1).isoformat(), "month", "the month of publication"


WINDOW_OPEN = {"between", "بين", "между"}
WINDOW_JOIN = {"and", "to", "until", "و", "الي", "حتي", "и", "по", "до"}


def _windows_closed(found, words):
    """The dates without those that open a window closed by a later one ("between A and B")."""
    kept = []
    for i, date in enumerate(found):
        opens = any(w.core in WINDOW_OPEN for w in words[max(0, date.first - 2):date.first])
        following = found[i + 1:]
        closing = next((d for d in following if d.first > date.last and d.effective > date.effective
                        and any(w.core in WINDOW_JOIN or w.forms[0].startswith("و")
                                for w in words[date.last + 1:d.first + 1])), None)
        if opens and closing:
            closing.how = f"the end of a window (“{date.text}” to “{closing.text}”)"
            continue
        kept.append(date)
    return _inside_window_dropped(kept, found)


def _inside_window_dropped(kept, found):
    """A month that only repeats a day's month inside a window ("16 نوفمبر/تشرين الثاني
    2025") goes with the day."""
    days = [d for d in found if d.precision == "day"]
    return [d for d in kept if d.precision != "month" or not any(
        0 < d.first - day.last <= 1 and day.effective[:7] == d.effective[:7] for day in days)]


def find_dates(words, language, published):
    """The dates a sentence's Tokens give; `published` is a datetime.date or None."""
    return _windows_closed(_all_dates(words, language, published), words)


def _all_dates(words, language, published):
    line, starts = folded_line(words)
    taken, found = set(), []
    for kind, pattern in COMPILED:
        for match in pattern.finditer(line):
            first = next(i for i, s in enumerate(starts) if s >= match.start())
            last = max(i for i, s in enumerate(starts) if s < match.end())
            if set(range(first, last + 1)) & taken or BACKGROUND.search(line[:match.start()]):
                continue
            if kind[-1:] in ("0", "6") and kind.startswith("weekday") and language == "ar" \
                    and not _arabic_day(words, first, ("الاحد", "الاثنين")[kind == "weekday0"]):
                continue
            if kind == "day" and _modal_may(words, first, last):
                continue
            if kind == "today" and language == "ar" and words[first].core == "يوم" \
                    and not words[first].forms[0].endswith("اليوم"):
                continue
            resolved = (_explicit(match.group(), kind, language, published)
                        if kind in ("day", "month", "year", "year_end") else _relative(kind, published))
            if resolved:
                taken |= set(range(first, last + 1))
                text = " ".join(t.text for t in words[first:last + 1])
                found.append(Found(*resolved[:2], first, last, text, resolved[2]))
    return sorted(found, key=lambda f: f.first)


def _modal_may(words, first, last):
    """"may" in lower case is the verb, not the month: "made on January 21, may signal"."""
    return any(w.core == "may" and w.text[:1].islower() for w in words[first:last + 1])


def _arabic_day(words, first, day):
    """"أحد" is Sunday and "اثنين" Monday only with the article ("الأحد", "الاثنين") or after
    "يوم"; otherwise they are numbers ("أحد" one, "مسلحين اثنين" two gunmen)."""
    return words[first].forms[0].endswith(day) or (first and words[first - 1].core == "يوم")
