"""The genre option: what anchors a date of the year without a year, in news and narrative."""

from __future__ import annotations

from datetime import date

import pytest

import timeline
from timeline import Genre, InvalidTypeError, InvalidValueError, resolve, tag, tag_documents

# A Monday in mid-February.
_PUBLISHED = date(2005, 2, 14)


def _values(text: str, published: date | None = _PUBLISHED, **options: object) -> list[str]:
    return [found.value for found in tag(text, published, **options)]  # type: ignore[arg-type]


def test_genre_is_exported_with_its_two_values() -> None:
    assert "Genre" in timeline.__all__
    assert ["news", "narrative"] == [genre.value for genre in Genre]
    assert "news" == str(Genre.NEWS)


def test_a_year_in_a_relative_clause_does_not_move_a_month_in_news() -> None:
    text = "The choir, started in 1964, will tour the coast in June."
    assert ["1964", "2005-06"] == _values(text, genre="news")
    assert ["1964", "2005-06"] == _values(text)  # news is the default with a publication date


def test_a_narrative_reads_the_month_in_the_year_it_has_reached() -> None:
    text = "The choir, started in 1964, toured the coast in June."
    assert ["1964", "1964-06"] == _values(text, genre="narrative")
    assert ["1964", "1964-06"] == _values(text, genre=Genre.NARRATIVE)


def test_a_year_that_opens_the_sentence_places_its_months_in_news() -> None:
    assert ["1964", "1964-06"] == _values("In 1964, the choir toured the coast in June.")


def test_the_frame_of_one_sentence_ends_with_it_in_news() -> None:
    text = "In 1964, the choir toured the coast. It sings at the cathedral in June."
    assert ["1964", "2005-06"] == _values(text)
    assert ["1964", "1964-06"] == _values(text, genre="narrative")


def test_a_stated_month_and_year_never_depend_on_the_genre() -> None:
    text = "The choir was founded in 1964 and first sang in June 1965."
    assert _values(text, genre="news") == _values(text, genre="narrative")


def test_without_a_publication_date_the_default_is_narrative() -> None:
    text = "In 1812 the army crossed the river. In June it reached the city."
    assert ["1812", "1812-06"] == _values(text, None)


def test_resolve_reads_a_narrative_reference_as_the_year_of_the_story() -> None:
    reference = date(1944, 3, 2)
    assert "1944-06" == resolve("June", _PUBLISHED, reference=reference, genre="narrative").value
    assert "2004-06" == resolve("June", _PUBLISHED, reference=reference, genre="news").value
    assert "2004-06" == resolve("June", _PUBLISHED, reference=reference).value


def test_tag_documents_passes_the_genre_to_every_document() -> None:
    text = "The league, set up in 1931, toured in June."
    documents = [(text, date(2005, 2, 14)), (text, date(2011, 9, 1))]
    assert [["1931", "1931-06"]] * 2 == [
        [found.value for found in timexes]
        for timexes in tag_documents(documents, genre="narrative")
    ]


@pytest.mark.parametrize("genre", ["history", "NEWS", ""])
def test_an_unknown_genre_is_refused_with_what_was_expected(genre: str) -> None:
    with pytest.raises(
        InvalidValueError, match=f"genre: expected 'news', 'narrative' or None, got {genre!r}"
    ):
        tag("On Monday.", _PUBLISHED, genre=genre)
    with pytest.raises(InvalidValueError, match="genre"):
        resolve("Monday", _PUBLISHED, genre=genre)
    with pytest.raises(InvalidValueError, match="genre"):
        list(tag_documents([], genre=genre))


def test_a_genre_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(InvalidTypeError, match="got int 3"):
        tag("On Monday.", _PUBLISHED, genre=3)  # type: ignore[arg-type]


def test_words_that_tie_a_month_to_a_stated_year_place_it_there_in_news() -> None:
    # A range from a stated date, and a demonstrative, tie the month to that year.
    assert ["1917-10", "1918-03"] == _values("Rationing lasted from October 1917 to March.")
    assert ["1971", "1971-06"] == _values("The club moved in 1971. That June it won the cup.")
    # "that" after a verb is a conjunction, no demonstrative.
    assert ["1971", "2004-06"] == _values("The club moved in 1971. It said that June sales rose.")
    # A range between two dates of the publication's own time stays there.
    assert ["2004-04", "2004-05"] == _values("Exports climbed in April and May.")


def test_a_year_counted_from_publication_frames_its_sentence_too() -> None:
    published = date(2005, 10, 3)
    assert ["2004", "2004-06"] == _values("Last year, the firm moved in June.", published)
    assert ["2006", "2006-06"] == _values("Next year, the plant opens in June.", published)
    # A day counted from publication says nothing of which June: the tense decides.
    assert ["2005-02-14", "2004-06"] == _values("On Monday, the firm said sales rose in June.")
