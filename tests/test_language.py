"""English only, and said: `tag` warns when a text is clearly not English."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import NotEnglishWarning, TimelineWarning
from timeline._tagging._language import not_english

PUBLISHED = "2017-09-25"
# News sentences written for these tests, in English and in six other languages.
ENGLISH = [
    "The finance minister resigned late on Sunday after a week of protests in the capital.",
    "Unions said the strike would go on until next Thursday, when parliament votes.",
    "According to officials, the decision was taken after an emergency meeting.",
    "It is not yet clear who will replace him, and markets fell on Monday.",
    "Floods Close Northern Rail Line As Rivers Rise",
    "Police have arrested three men in connection with the attack, a spokesman said.",
]
OTHER = {
    "es": "El ministro dimitió el domingo por la noche tras una semana de protestas en la "
    "capital. Los sindicatos dicen que la huelga seguirá hasta el jueves, cuando el "
    "parlamento votará los presupuestos después de una reunión de urgencia con el presidente. "
    "Todavía no se sabe quién ocupará su puesto.",
    "fr": "Le ministre a démissionné dimanche soir après une semaine de manifestations dans la "
    "capitale. Les syndicats disent que la grève continuera jusqu'à jeudi, quand le "
    "parlement votera le budget après une réunion d'urgence avec le président. On ne sait "
    "pas encore qui le remplacera.",
    "de": "Der Minister ist am Sonntagabend nach einer Woche voller Proteste in der Hauptstadt "
    "zurückgetreten. Die Gewerkschaften sagen, dass der Streik bis Donnerstag andauert, wenn "
    "das Parlament nach einem Krisentreffen mit dem Präsidenten über den Haushalt abstimmt. "
    "Wer ihm nachfolgt, ist noch unklar.",
    "nl": "De minister is zondagavond afgetreden na een week van protesten in de hoofdstad. De "
    "vakbonden zeggen dat de staking doorgaat tot donderdag, wanneer het parlement na een "
    "spoedoverleg met de president over de begroting stemt. Het is nog niet duidelijk.",
    "ru": "Министр подал в отставку в воскресенье вечером после недели протестов в столице. "
    "Профсоюзы говорят, что забастовка продолжится до четверга.",
    "zh": "财政部长周日晚间在首都经历一周抗议后宣布辞职。"
    "工会表示罢工将持续到下周四。届时议会将对预算进行表决。",
}


@pytest.mark.parametrize("language", sorted(OTHER))
def test_a_text_in_another_language_warns(language: str) -> None:
    with pytest.warns(NotEnglishWarning, match="timeline reads English only") as caught:
        timeline.tag(OTHER[language], PUBLISHED)
    assert 1 == len(caught)
    assert caught[0].filename == __file__  # it points at the caller's line


def test_the_reasons_say_what_was_seen() -> None:
    assert "0 of its first 44 words are common English words such as 'the', 'and', 'of'" in (
        not_english(OTHER["fr"], []) or ""
    )
    assert "most of its letters (100%) are not in the Latin alphabet" == not_english(
        OTHER["ru"], []
    )


def test_english_does_not_warn_even_as_headlines_or_with_urls() -> None:
    headlines = [
        "Markets Tumble As Oil Surges",
        "Senate Passes Budget After All-Night Session",
        "Rebels Seize Airport In Northern Province",
        "Minister Quits Over Spending Scandal",
        "Strikers Return To Work After Pay Deal",
        "Quake Rocks Capital, No Casualties Reported",
        "Storm Batters Coast, Thousands Lose Power",
        "Central Bank Holds Rates Steady Amid Inflation Fears",
    ]
    url = "https://news.example.org/2017/09/25/minister-quits-budget-row-capital-protests-week"
    with warnings.catch_warnings():
        warnings.simplefilter("error", NotEnglishWarning)
        timeline.tag("\n".join(headlines), PUBLISHED)
        timeline.tag(url + "\n" + " ".join(ENGLISH), PUBLISHED)


def test_short_texts_decide_nothing() -> None:
    # A dateline or a name in another language is no evidence about a story.
    with warnings.catch_warnings():
        warnings.simplefilter("error", NotEnglishWarning)
        timeline.tag("Berlin, Sonntagabend: der Minister tritt zurück.", PUBLISHED)
        timeline.tag("Москва, 25 сентября", PUBLISHED)


def test_the_warning_is_ours_and_can_be_silenced() -> None:
    assert issubclass(NotEnglishWarning, TimelineWarning)
    assert issubclass(TimelineWarning, UserWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotEnglishWarning)
        assert [] == timeline.tag(OTHER["es"], PUBLISHED)


@given(st.lists(st.sampled_from(ENGLISH), min_size=1, max_size=12).map(" ".join))
def test_running_english_never_warns(text: str) -> None:
    assert None is not_english(text, timeline.tag(text, PUBLISHED))


@given(st.lists(st.sampled_from(sorted(OTHER)), min_size=1, max_size=4))
def test_any_mix_of_other_languages_warns(languages: list[str]) -> None:
    text = "\n".join(OTHER[language] for language in languages)
    with pytest.warns(NotEnglishWarning):
        found = timeline.tag(text, PUBLISHED)
    assert None is not not_english(text, found)


def test_the_command_says_it_in_one_line(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    from pathlib import Path

    from timeline._cli import main

    story = Path(str(tmp_path)) / "story.txt"
    story.write_text(OTHER["nl"], encoding="utf-8")
    assert 0 == main(["tag", str(story), "--published", PUBLISHED, "--format", "json"])
    out, err = capsys.readouterr()
    assert ("[]\n", 1) == (out, err.count("\n"))
    assert err.startswith("timeline: warning: the text does not look like English (0 of its ")
    archive = Path(str(tmp_path)) / "in.jsonl"
    records = [{"id": "nl", "text": OTHER["nl"]}, {"id": "en", "text": " ".join(ENGLISH)}]
    archive.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out_path = Path(str(tmp_path)) / "out.jsonl"
    assert 0 == main(["tag", "--jsonl", str(archive), "--out", str(out_path)])
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("timeline tag: line 1 (id 'nl'): warning: the text does not ")
    assert lines[-1].endswith("; 2 without a publication date (relative expressions "
                              "unresolved); 1 with a warning")  # fmt: skip
    assert 2 == len(out_path.read_text(encoding="utf-8").splitlines())


def test_a_list_of_dates_is_english_enough() -> None:
    # No function words at all, but one time expression after another: the tagger reads it.
    schedule = ", ".join(f"{day} {number} October" for number, day in enumerate(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] * 4, start=2))  # fmt: skip
    found = timeline.tag(schedule, PUBLISHED)
    assert 20 == len(found)
    assert None is not_english(schedule, found)
    assert None is not not_english(schedule, [])  # were nothing found, it would say so
