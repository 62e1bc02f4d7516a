from hypothesis import given
from hypothesis import strategies as st

from cmc_desktop.text import fold, search_key


def test_latin_accents_and_case() -> None:
    assert fold("  ÉLODIE  Benaïssa ") == "elodie benaissa"
    assert fold("Fès-Meknès") == "fes-meknes"


def test_arabic_normalisation() -> None:
    assert fold("أحمد") == fold("احمد") == fold("إحمد") == fold("آحمد")
    assert fold("فاطمة") == fold("فاطمه")
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("مُحَمَّد") == fold("محمد")
    assert fold("محـــمد") == fold("محمد")  # tatweel


@given(st.text())
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


def test_search_key_skips_empty() -> None:
    assert search_key("A", None, "", "B") == "a|b"
