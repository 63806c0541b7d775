"""``mapapp convert SRC DST``: copy events from one store or ACLED CSV into another.

SRC and DST are each a GeoJSON file, a GeoParquet file, a PostGIS URL (what
:func:`mapapp.store.open_store` opens) or an ACLED CSV export (:mod:`mapapp.store.acled`:
a ``.csv``, or a file whose header is ACLED's). The source's events are validated first: an
invalid one is reported by feature (or row) and field, and not copied. The destination is
added to as by any save: no event twice, nothing already there dropped. The
:class:`ConvertReport` says what was read, added, already there, skipped and wrong.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mapapp.core.errors import EventsFileError, EventValidationError, MapappError
from mapapp.core.messages import Problem, clip, feature_label, summarise_problems
from mapapp.core.model import parse_feature
from mapapp.store import URL_SCHEMES, open_store
from mapapp.store.acled import looks_like_acled, read_acled, write_acled

# How many ids a line of the report lists before it counts the rest.
SHOWN_IDS = 5


@dataclass(frozen=True)
class ConvertReport:
    """What one :func:`convert` did; :meth:`lines` says it to a person."""

    #: The source and destination as messages name them (a URL without its password).
    source: str
    destination: str
    #: What one record of the source is called: "row" (ACLED CSV) or "feature" ("row" for
    #: a database table too).
    item: str
    #: Records read from the source (rows, or features).
    read: int
    #: Ids of the events added to the destination (as saved: a taken id gets a suffix).
    added: tuple[str, ...]
    #: Ids of the events the destination already held.
    duplicates: tuple[str, ...]
    #: Rows of kinds mapapp does not map, by "event type / sub-event type".
    skipped: Mapping[str, int] = field(default_factory=dict)
    #: Why records were not copied: one problem per bad field.
    problems: tuple[Problem, ...] = ()
    #: Events written to an ACLED CSV with empty latitude and longitude.
    without_coordinates: tuple[str, ...] = ()
    #: Where the destination's previous version was kept ("" if nowhere).
    backup: str = ""

    @property
    def invalid(self) -> int:
        """How many records the problems are about (a record may have several)."""
        return len({(p.file, p.feature) for p in self.problems})

    def lines(self) -> list[str]:
        """The report, one line each: the problems (the first 20, then counts), what was read
        and skipped, then what the destination got."""
        out = summarise_problems(self.problems).lines()
        out.append(f"{self.source}: read {_count(self.read, self.item)}")
        if self.skipped:
            out.append(
                f"{self.source}: skipped {_count(sum(self.skipped.values()), 'row')} of kinds"
                " mapapp does not map (event type / sub-event type):"
            )
            for kind, n in sorted(self.skipped.items(), key=lambda item: (-item[1], item[0])):
                out.append(f"    {kind}: {n:,}")
        if self.problems:
            out.append(
                f"{self.source}: {_count(self.invalid, self.item)} not copied: invalid"
                " (listed above)"
            )
        saved = f"{self.destination}: added {_count(len(self.added), 'event')}"
        saved += f", {len(self.duplicates):,} already there"
        if self.backup:
            saved += f"; previous version kept as {self.backup}"
        out.append(saved)
        if self.without_coordinates:
            out.append(
                f"{self.destination}: {_count(len(self.without_coordinates), 'event')} written"
                " without coordinates (empty latitude and longitude):"
                f" {_ids(self.without_coordinates)}"
            )
        return out


def _count(n: int, item: str) -> str:
    return f"{n:,} {item}" + ("" if n == 1 else "s")


def _ids(ids: tuple[str, ...]) -> str:
    shown = ", ".join(clip(i) for i in ids[:SHOWN_IDS])
    return shown + (f" and {len(ids) - SHOWN_IDS:,} more" if len(ids) > SHOWN_IDS else "")


def convert(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> ConvertReport:
    """Copy the events of ``src`` into ``dst`` (see the module docstring).

    Raises :class:`~mapapp.core.errors.MapappError` if either is unusable as a whole
    (missing source, not an events file or ACLED CSV, a database that cannot be reached) or
    if both name the same file or database: nothing is written then.
    """
    source, destination = os.fspath(src), os.fspath(dst)
    if _same(source, destination):
        kind = "database" if _is_url(source) else "file"
        raise MapappError(
            f"{_shown(source)}: the source and the destination {_shown(destination)} are the"
            f" same {kind}; converting it onto itself would add nothing: give another"
            " destination"
        )
    skipped: Mapping[str, int] = {}
    if _is_acled(source):
        acled = read_acled(source)
        features, problems, skipped = acled.features, list(acled.problems), acled.skipped
        source_name, item, read = source, "row", acled.rows
    else:
        store = open_store(source)
        raw = store.read_features()
        features, problems = _valid(store.location, store.item, raw)
        source_name, item, read = store.location, store.item, len(raw)
    if _is_acled(destination):
        written = write_acled(destination, features)
        return ConvertReport(
            source_name, destination, item, read, written.added, written.duplicates, skipped,
            (*problems, *written.problems), written.without_coordinates, written.backup,
        )  # fmt: skip
    target = open_store(destination)
    saved = target.append(features)
    return ConvertReport(
        source_name, target.location, item, read, saved.added, saved.duplicates, skipped,
        (*problems, *saved.problems), (), saved.backup,
    )  # fmt: skip


def _valid(location: str, item: str, raw: list[Any]) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The valid features of ``raw`` (read from ``location``) and a problem for each other
    one, naming the feature and the field."""
    valid: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for index, feature in enumerate(raw):
        try:
            parse_feature(feature)
        except EventValidationError as err:
            label = feature_label(index, feature, item=item)
            problems.append(Problem(location, label, getattr(err, "field", ""), str(err)))
            continue
        valid.append(feature)
    return valid, problems


def _is_url(location: str) -> bool:
    return location.startswith(URL_SCHEMES)


def _is_acled(location: str) -> bool:
    """Whether ``location`` is (or is to be) an ACLED CSV rather than an events store."""
    return not _is_url(location) and looks_like_acled(location)


def _same(source: str, destination: str) -> bool:
    """Whether ``source`` and ``destination`` name one file (through a link or not) or one
    database URL."""
    if _is_url(source) or _is_url(destination):
        return source == destination
    try:
        return os.path.samefile(source, destination)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return os.path.realpath(source) == os.path.realpath(destination)


def _shown(location: str) -> str:
    """``location`` as a message may show it: a database URL without its password (in the
    user part or as a ``password=`` parameter), as the store itself names it."""
    if not _is_url(location):
        return location
    from mapapp.store.postgis import PostGISStore

    try:
        return PostGISStore(location).location
    except EventsFileError:
        return location.split("@", 1)[-1]
