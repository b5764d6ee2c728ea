"""How well `extract` links events: causal sentences, cause/effect direction, typed links.

    python benchmarks/links.py \\
        --causalnews ../shared/corpora/causalnews \\
        --eventstoryline ../shared/corpora/jsonl/eventstoryline.jsonl \\
        --meantime ../shared/corpora/meantime-en/timeml

Every corpus is read at run time from the path given; any may be left out.

* Causal News Corpus (training sentences, ``train_subtask1.csv``): a sentence counts as
  causal when `extract` links two of its events with a causal relation (causes, enables,
  prevents, motivates), responds_to, retaliates_for or blames. Sentence precision,
  recall, F1 and MCC against the label, beside the all-causal baseline. From
  ``train_subtask2.csv`` (cause span ``<ARG0>``, effect span ``<ARG1>``): a pair is
  found when a link runs from an event inside the cause span to one inside the effect
  span; direction is the share of links between the two spans that run from cause to
  effect.
* EventStoryLine PLOT_LINKs (``cause``/``effect`` fields) and MEANTIME CLINKs (the
  source is the cause): links between two gold events, their precision, the gold pairs
  found, and direction.
* Our own stories (``tests/data/stories``): typed-link precision, recall and F1.
* Time: what finding the links adds to the rest of `extract`, and its growth with the
  text's length (the same texts, 1, 2 and 4 times over).
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from timeline import Timeline, extract
from timeline._extract._extract import analyse, timeline_of
from timeline._extract._link_learned import stored_model
from timeline._extract._links import FoundLink, find_links

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus.causalnews import (
    CAUSAL,
    PUBLISHED,
    SentenceCounts,
    cause_effect_pairs,
    event_spans,
    inside,
    labelled_sentences,
    oriented,
)
from corpus.stories import Story, score, stories


@functools.cache  # a sentence with several marked pairs is read once
def _links_with_spans(
    text: str, published: str, learned: bool
) -> list[tuple[FoundLink, tuple[int, int], tuple[int, int]]]:
    analysis = analyse(text, published)
    spans = event_spans(analysis)
    links = find_links(analysis, learned=learned)
    return [(link, spans[link.source], spans[link.target]) for link in links]


def _overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def causal_news(folder: Path, learned: bool) -> None:
    sentences = labelled_sentences(folder)
    counts = SentenceCounts()
    told = SentenceCounts()  # the same with only the links told as facts
    # Which relations the sentences we call causal rest on: right (a causal sentence) and
    # wrong (one the corpus calls not causal).
    relations_right: Counter[str] = Counter()
    relations_wrong: Counter[str] = Counter()
    for text, gold in sentences:
        causal = [
            link
            for link, _, _ in _links_with_spans(text, PUBLISHED, learned)
            if link.relation in CAUSAL
        ]
        relations = {link.relation for link in causal}
        counts.add(bool(relations), gold)
        told.add(any(not link.possible for link in causal), gold)
        (relations_right if gold else relations_wrong).update(relations)
    positives = counts.tp + counts.fn
    base_p = positives / len(sentences)
    base_f1 = 2 * base_p / (base_p + 1)
    print(f"Causal News Corpus, {len(sentences)} training sentences ({positives} causal)")
    if learned:
        print(f"  sentence, rules and learned reader (it was trained on these): {counts}")
        cross = stored_model()["cross_validation"]
        print(
            f"  sentence, rules and learned reader, {cross['folds']}-fold cross-validated "
            f"(tools/train_link_model.py): P {cross['precision']:.3f}  R {cross['recall']:.3f}"
            f"  MCC {cross['mcc']:.3f}"
        )
    else:
        print(f"  sentence, rules alone: {counts}")
    # The corpus marks a cause it states as possible ("may lead to", "if ...") causal too.
    print(f"  the same, links told as facts only (no possible ones): {told}")
    print(f"  baseline 'every sentence is causal': P {base_p:.3f}  R 1.000  F1 {base_f1:.3f}")
    by_relation = ", ".join(
        f"{name} {relations_right[name]}/{relations_wrong[name]}"
        for name, _ in (relations_right + relations_wrong).most_common()
    )
    print(f"  sentences by relation (causal/not): {by_relation}")

    right = reversed_ = found_pairs = usable = 0
    for text, cause, effect in cause_effect_pairs(folder):
        usable += 1
        hit = False
        for link, first_end, second_end in _links_with_spans(text, PUBLISHED, learned):
            if link.relation not in CAUSAL:
                continue
            source, target = oriented(link.relation, first_end, second_end)
            if inside(source, cause) and inside(target, effect):
                right += 1
                hit = True
            elif inside(source, effect) and inside(target, cause):
                reversed_ += 1
        found_pairs += hit
    between = right + reversed_
    direction = right / between if between else 0.0
    print(
        f"  pairs: {found_pairs} of {usable} cause/effect pairs found "
        f"({found_pairs / max(usable, 1):.3f}); direction {direction:.3f} "
        f"({right} right, {reversed_} reversed)"
    )


def _pair_scores(
    documents: Iterable[tuple[str, str, dict[str, tuple[int, int]], list[tuple[str, str]]]],
    name: str,
    learned: bool,
) -> None:
    """Links between gold events against the gold cause -> effect pairs (a purpose as
    the act bringing about its aim, as these corpora write it)."""
    right = reversed_ = wrong = gold_total = found_gold = 0
    for text, published, events, pairs in documents:
        gold = set(pairs)
        gold_total += len(gold)
        hit: set[tuple[str, str]] = set()
        for link, first_end, second_end in _links_with_spans(text, published, learned):
            if link.relation not in CAUSAL:
                continue
            source, target = oriented(link.relation, first_end, second_end, act_brings_aim=True)
            first = next((e for e, span in events.items() if _overlaps(source, span)), None)
            second = next((e for e, span in events.items() if _overlaps(target, span)), None)
            if first is None or second is None:
                continue
            if (first, second) in gold:
                right += 1
                hit.add((first, second))
            elif (second, first) in gold:
                reversed_ += 1
                hit.add((second, first))
            else:
                wrong += 1
        found_gold += len(hit)
    linked = right + reversed_ + wrong
    precision = (right + reversed_) / linked if linked else 0.0
    between = right + reversed_
    print(
        f"{name}: {gold_total} gold cause/effect pairs; {linked} causal links between gold "
        f"events, {precision:.3f} of them a gold pair; {found_gold} pairs found "
        f"(R {found_gold / max(gold_total, 1):.3f}); direction "
        f"{right / between if between else 0.0:.3f} ({right} right, {reversed_} reversed)"
    )


def eventstoryline(path: Path, learned: bool) -> list[str]:
    documents = []
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        events = {e["id"]: (e["start"], e["end"]) for e in document["events"]}
        pairs = [
            (link["cause"], link["effect"])
            for link in document["links"]
            if link["type"] == "PLOT_LINK"
            and link.get("cause") in events
            and link.get("effect") in events
        ]
        published = document.get("dct") or PUBLISHED
        documents.append((document["text"], published, events, pairs))
        texts.append(document["text"])
    _pair_scores(documents, f"EventStoryLine, {len(documents)} documents, PLOT_LINKs", learned)
    return texts


_ELEMENT = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+(?:-\w+)?)="([^"]*)"')


def _meantime_document(
    raw: str,
) -> tuple[str, str, dict[str, tuple[int, int]], list[tuple[str, str]]]:
    dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', raw)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    plain: list[str] = []
    length = 0
    position = 0
    events: dict[str, tuple[int, int]] = {}
    open_event: tuple[str, int] | None = None
    for match in _ELEMENT.finditer(body):
        piece = body[position : match.start()]
        plain.append(piece)
        length += len(piece)
        closing, name, attributes = match.groups()
        if name == "EVENT" and not closing:
            open_event = (dict(_ATTRIBUTE.findall(attributes))["eid"], length)
        elif name == "EVENT" and closing and open_event is not None:
            events[open_event[0]] = (open_event[1], length)
            open_event = None
        position = match.end()
    plain.append(body[position:])
    instances = {
        a["eiid"]: a["eventID"]
        for a in (
            dict(_ATTRIBUTE.findall(m.group(0))) for m in re.finditer(r"<MAKEINSTANCE[^>]*>", raw)
        )
    }
    pairs = []
    for match in re.finditer(r"<CLINK[^>]*>", raw):
        attributes = dict(_ATTRIBUTE.findall(match.group(0)))
        cause = instances.get(attributes.get("eventInstanceID", ""))
        effect = instances.get(attributes.get("relatedToEventInstance", ""))
        if cause in events and effect in events:
            pairs.append((cause, effect))
    published = dct.group(1) if dct else PUBLISHED
    return "".join(plain), published, events, pairs


def meantime(folder: Path, learned: bool) -> list[str]:
    documents = [
        _meantime_document(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.tml"))
    ]
    _pair_scores(documents, f"MEANTIME, {len(documents)} documents, CLINKs", learned)
    return [document[0] for document in documents]


def own_stories(learned: bool) -> None:
    annotated = stories()
    groups = (
        ("development", [s for s in annotated if not s.held_out]),
        ("held out", [s for s in annotated if s.held_out]),
        ("all", annotated),
    )
    notes: list[str] = []
    for name, group in groups:
        result, group_notes = score(group, learned)
        notes = group_notes if name == "all" else notes
        print(
            f"Our stories, {name} ({len(group)}): typed links P {result.precision:.3f} "
            f"R {result.recall:.3f} F1 {result.f1:.3f} ({result.right} right of "
            f"{result.found} found, {result.gold} drawn by the reader)"
        )
    possible = sum(
        link.possible for story in annotated for link in timeline_of_story(story, learned).links
    )
    print(
        f"  (links marked possible, which the reader draws none for and are not scored: {possible})"
    )
    for note in notes:
        print(f"  {note}")


def timeline_of_story(story: Story, learned: bool) -> Timeline:
    """What `extract` makes of one of our stories."""
    return extract(story.text, story.published, infer_links=learned)


def timing(texts: list[str], repeat: int, learned: bool) -> None:
    """Time of the link finder beside the rest of `extract`, and its growth."""
    if not texts:
        return
    sample = texts[:60]

    def measure(documents: list[str]) -> tuple[float, float]:
        best_rest = best_links = math.inf
        for _ in range(repeat):
            rest = links = 0.0
            for text in documents:
                started = time.perf_counter()
                analysis = analyse(text, PUBLISHED)
                middle = time.perf_counter()
                find_links(analysis, learned=learned)
                ended = time.perf_counter()
                timeline_of(analysis)  # not timed: it finds the links again
                rest += middle - started
                links += ended - middle
            best_rest, best_links = min(best_rest, rest), min(best_links, links)
        return best_rest, best_links

    rest, links = measure(sample)
    size = sum(len(t) for t in sample) / 1000
    print(
        f"time, {len(sample)} documents ({size:.0f} kB): analysis {rest * 1000:.0f} ms, "
        f"links {links * 1000:.0f} ms: links add {links / rest:.2f} of the rest (goal <= 0.33)"
    )
    # Growth: different documents joined (a repeated paragraph would be boilerplate).
    base = None
    for count in (15, 30, 60):
        joined = "\n\n".join(sample[:count])
        _, taken = measure([joined])
        per_kb = taken / (len(joined) / 1000)
        base = base or per_kb
        print(
            f"  links on {count} documents as one text: {per_kb * 1e6:.0f} µs per kB "
            f"({per_kb / base:.2f} x the first)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--causalnews", type=Path, help="folder with train_subtask1/2.csv")
    parser.add_argument("--eventstoryline", type=Path, help="eventstoryline.jsonl")
    parser.add_argument("--meantime", type=Path, help="folder of MEANTIME .tml files")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--infer-links",
        action="store_true",
        help="add the links the learned reader infers (extract's infer_links=True)",
    )
    args = parser.parse_args()
    learned = args.infer_links
    print("links from the rules" + (" and the learned reader" if learned else " alone"))
    texts: list[str] = []
    if args.causalnews:
        causal_news(args.causalnews, learned)
    if args.eventstoryline:
        texts += eventstoryline(args.eventstoryline, learned)
    if args.meantime:
        texts = meantime(args.meantime, learned) + texts
    own_stories(learned)
    timing(texts, args.repeat, learned)


if __name__ == "__main__":
    main()
