"""What one article may cost: extraction is linear in the text, long inputs are cut or refused.

No timings here: each test counts the work done (calls of the functions that used to be
called once per pair or triple of things) or checks the bounds directly.
"""

from __future__ import annotations

import datetime as dt
import pickle
import random
from itertools import pairwise

import pytest

from mapapp.core.errors import ArticleError
from mapapp.extract import pipeline as extract_module
from mapapp.extract.mentions import MAX_SENTENCE_CHARS, split_sentences
from mapapp.extract.pipeline import (
    MAX_ARTICLE_CHARS,
    decode_article,
    extract,
    extract_isolated,
)
from mapapp.geo import resolver as resolver_module
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer

PUBLISHED = dt.date(2024, 12, 19)
# A sentence dense in places, event words and dates, with no full stop: repeated, one
# "sentence" of any length.
UNIT = (
    "Russian forces struck Kharkiv and shelled villages near Kupiansk and Izium, Ukrainian"
    " officials said on Monday, while drones hit the Belgorod region "
)


def _count(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_long_sentence_without_a_full_stop_is_cut_and_costs_linear_work(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (UNIT * (200_000 // len(UNIT) + 1))[:200_000]
    clause_calls = _count(monkeypatch, extract_module, "_clause")
    result = extract(text, PUBLISHED, gazetteer)
    assert max(len(s.text) for s in result.sentences) <= MAX_SENTENCE_CHARS
    assert len(result.sentences) >= 200_000 // MAX_SENTENCE_CHARS
    # Every piece is verbatim text at its offsets, and the pieces cover the words in order.
    assert all(text[s.start : s.end] == s.text for s in result.sentences)
    assert all(a.end <= b.start for a, b in pairwise(result.sentences))
    assert result.candidates
    # Clauses are looked up a few times per mention, event word and date, not once per
    # (event word, mention) pair, and each lookup is a bisection.
    words = len(text.split())
    assert clause_calls[0] < 10 * words


def test_a_sentence_is_cut_at_a_clause_boundary() -> None:
    text = "Shelling continued, " * 300  # 6,000 characters, no full stop
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(s.text.endswith(",") for s in sentences[:-1])
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_text_without_spaces_is_cut_too() -> None:
    text = "x" * 10_000
    sentences = split_sentences(text)
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE_CHARS] * 5


def test_real_sentences_are_not_cut(article: str) -> None:
    assert max(len(s.text) for s in split_sentences(article)) < MAX_SENTENCE_CHARS


def test_many_short_lines_repeating_one_event(gazetteer: Gazetteer) -> None:
    text = "\n".join(["Strike on Kursk"] * 50_000)
    result = extract(text, PUBLISHED, gazetteer)
    assert len(result.sentences) == 50_000
    (candidate,) = result.candidates
    assert len(candidate.also_reported) == 49_999
    assert [s.index for s in candidate.also_reported] == list(range(1, 50_000))


def test_a_list_of_thousands_of_villages(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [
        name
        for (name,) in gazetteer._db.execute(
            "SELECT name FROM places WHERE country = 'UA' AND kind != 'region' ORDER BY id"
            " LIMIT 5000"
        )
    ]
    assert len(names) == 5000
    text = ", ".join(names) + "."
    examined = [0]
    original = resolver_module.Points.nearest_km

    def counting(
        self: resolver_module.Points, lat: float, lon: float, skip: object = None
    ) -> float:
        # How many points a nearest-point question looks at: on the grid, its neighbourhood.
        examined[0] += self.size if self._grid is None else 27
        return original(self, lat, lon, skip)  # type: ignore[arg-type]

    monkeypatch.setattr(resolver_module.Points, "nearest_km", counting)
    result = extract(text, PUBLISHED, gazetteer)
    assert len(result.mentions) > 2000
    # Before: every lookup measured its distance to every other village (millions of pairs).
    assert examined[0] < 1000 * len(result.mentions)


def test_the_nearest_point_grid_is_exact_within_a_cell() -> None:
    rng = random.Random(7)
    points = [(rng.uniform(44, 53), rng.uniform(22, 41)) for _ in range(3000)]
    grid = resolver_module.Points(points)
    exact = resolver_module.Points(points[:50])
    assert grid._grid is not None
    assert exact._grid is None
    for _ in range(200):
        lat, lon = rng.uniform(40, 56), rng.uniform(15, 48)
        truth = min(haversine_km(lat, lon, a, b) for a, b in points)
        near = grid.nearest_km(lat, lon)
        if truth <= resolver_module.CELL_KM:
            assert near == pytest.approx(truth, abs=0.01)
        else:
            assert near == resolver_module.CELL_KM  # "at least that far"
        small = min(haversine_km(lat, lon, a, b) for a, b in points[:50])
        assert exact.nearest_km(lat, lon) == pytest.approx(small, abs=0.01)


def test_the_fast_assignment_is_the_exhaustive_one(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch, article: str
) -> None:
    text = article + "\n" + UNIT * 10
    fast = extract(text, PUBLISHED, gazetteer)
    monkeypatch.setattr(extract_module, "_in_order", lambda mentions: False)
    slow = extract(text, PUBLISHED, gazetteer)
    assert fast.candidates == slow.candidates


def test_an_article_over_the_size_limit_is_refused(gazetteer: Gazetteer) -> None:
    text = "Russian forces struck Kharkiv. " * (MAX_ARTICLE_CHARS // 31 + 1)
    with pytest.raises(ArticleError, match=r"huge\.txt: 1,000,0\d\d characters, more than the"):
        decode_article(text.encode(), "huge.txt")
    with pytest.raises(ArticleError, match=r"more than the 1,000,000 characters"):
        decode_article(b"a" * (4 * MAX_ARTICLE_CHARS + 10), "huger.txt")
    with pytest.raises(ArticleError, match="1,000,000"):
        extract(text, PUBLISHED, gazetteer)
    # At the limit it is read.
    assert decode_article(text[:MAX_ARTICLE_CHARS].encode(), "ok.txt")


def test_a_nul_byte_anywhere_is_binary() -> None:
    raw = ("Russian forces struck Kharkiv. " * 1000).encode() + b"\x00 more text"
    with pytest.raises(ArticleError, match=r"late\.txt: a binary file"):
        decode_article(raw, "late.txt")


def test_control_characters_do_not_reach_excerpts(gazetteer: Gazetteer) -> None:
    raw = b"Russian forces struck\x07 Kharkiv\x1b on Monday.\tMore\r\n"
    text = decode_article(raw, "bell.txt")
    assert text == "Russian forces struck  Kharkiv  on Monday.\tMore\r\n"
    result = extract("Russian forces struck\x07 Kharkiv\x1b on Monday.", PUBLISHED, gazetteer)
    (candidate,) = result.candidates
    assert candidate.sentence.text == "Russian forces struck  Kharkiv  on Monday."
    assert candidate.mention.name == "Kharkiv"
    assert result.text[candidate.mention.start : candidate.mention.end] == "Kharkiv"


def test_an_extraction_can_be_sent_between_processes(gazetteer: Gazetteer, article: str) -> None:
    result = extract(article, PUBLISHED, gazetteer)
    assert pickle.loads(pickle.dumps(result)) == result


def test_extraction_in_a_process_of_its_own(gazetteer: Gazetteer, article: str) -> None:
    isolated = extract_isolated(article, PUBLISHED, gazetteer, timeout=60)
    assert isolated == extract(article, PUBLISHED, gazetteer)
    with pytest.raises(ArticleError, match=r"took more than 0\.001 seconds and was stopped"):
        extract_isolated(article, PUBLISHED, gazetteer, timeout=0.001)
    with pytest.raises(ArticleError, match="1,000,000"):
        extract_isolated("a" * (MAX_ARTICLE_CHARS + 1), PUBLISHED, gazetteer, timeout=60)
