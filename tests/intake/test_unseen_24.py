"""Constructions the misses of the twenty-fourth set led to (README, "Report intake", *The
twenty-fourth set's classes*). The sentences are the tests' own, not the corpus's."""

import pytest

from tests.intake.probes import kinds, statuses


@pytest.mark.parametrize("text", [
    "Россия держит авиабазу Хмеймим, и признаков полного вывода контингента с базы не наблюдается.",
    "لا توجد مؤشرات على انسحاب القوات الروسية من قاعدة حميميم.",
])
def test_a_withdrawal_whose_signs_are_said_to_be_absent_leaves_nothing(text, features):
    assert not {s for _, s in statuses(text, features)} & {"withdrawn", "withdrawing", "reduced"}


@pytest.mark.parametrize("sentence", [
    "تظهر مؤشرات على انسحاب القوات من مطار القامشلي.",
])
def test_signs_said_to_be_there_keep_the_withdrawal(sentence):
    assert kinds(sentence)[0][0] in ("withdrawing", "withdrawn")
