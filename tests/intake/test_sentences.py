"""Sentences and paragraphs keep exact spans into the report."""

from tracker.intake.sentences import paragraphs, split

TEXT = ("Title line\n\nERBIL (Kurdistan24) –\nRussian forces withdrew on Monday. Dr. Smith said "
        "U.S. forces stayed. Russian forces withdrew on Monday.\n"
        "قالت خمسة مصادر سورية إن روسيا تسحب قواتها. وقال مصدر آخر إن المعدات نقلت إلى حميميم.\n"
        "Россия выводит войска с аэродрома. По словам источников, вывод начался на прошлой неделе.")


def test_every_span_slices_out_its_sentence():
    for language in ("en", "ar", "ru"):
        for sentence in split(TEXT, language):
            assert TEXT[sentence.start:sentence.end] == sentence.text
            start, end = sentence.paragraph
            assert start <= sentence.start < sentence.end <= end


def test_abbreviations_do_not_end_a_sentence_and_repeats_get_their_own_span():
    found = [s for s in split(TEXT, "en")]
    texts = [s.text for s in found]
    assert "Dr. Smith said U.S. forces stayed." in texts
    repeats = [s for s in found if s.text == "Russian forces withdrew on Monday."]
    assert len(repeats) == 2 and repeats[0].start != repeats[1].start


def test_arabic_and_russian_sentences():
    assert [s.text for s in split(TEXT, "ar")][-4:-2] == [
        "قالت خمسة مصادر سورية إن روسيا تسحب قواتها.", "وقال مصدر آخر إن المعدات نقلت إلى حميميم."]
    assert split(TEXT, "ru")[-1].text == "По словам источников, вывод начался на прошлой неделе."


def test_paragraphs_are_non_blank_lines():
    assert paragraphs("a\n\n  b c \n") == [(0, 1), (5, 8)]
