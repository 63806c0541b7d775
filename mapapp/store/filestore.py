"""The part of a store that keeps its events in one file (GeoJSON, GeoParquet).

Every change runs under a lock beside the file (saves from two browser tabs and the command
line take turns, none is lost), reads the file as it is now, writes the new version beside
it and renames it over the old one (:func:`mapapp.store.files.write_atomic`: a reader sees
the old or the new file, never half of one), keeps the previous version as ``FILE.bak``, and
appends what changed to the history log ``FILE.history.jsonl``. A symbolic link is followed:
the real file is locked, backed up and replaced; the link stays.

A subclass says how to read and write its format: :meth:`FileStore._load` and
:meth:`FileStore._dump`. Features already in the file are handed back to ``_dump``
unchanged, even those that are not valid events: a save never drops what a user had.
"""

from __future__ import annotations

import json
import mmap
import os
from collections.abc import Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
import orjson

from mapapp.core.errors import EventsFileError
from mapapp.core.model import Event
from mapapp.store.base import (
    LOCK_TIMEOUT_S,
    Change,
    EventNotFoundError,
    Query,
    SaveReport,
    checked_new,
    checked_update,
    event_key,
    now_utc,
    unique_id,
    with_id,
)
from mapapp.store.files import backup_path, lock_path, remove_stale_temporaries, write_atomic


def history_path(path: Path) -> Path:
    """The history log of the events file ``path``: one JSON change per line."""
    return path.with_name(f"{path.name}.history.jsonl")


class FileStore:
    """A store in one file; subclasses give the format (see the module docstring)."""

    item = "feature"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.given = Path(path)
        self.location = str(path)

    # -- the format: what a subclass provides ---------------------------------------------

    def _load(self, path: Path) -> tuple[Any, list[Any]]:
        """``(container, features)`` of the file as it is: ``container`` is what
        :meth:`_dump` needs besides the features (a GeoJSON file's other members)."""
        raise NotImplementedError

    def _dump(self, container: Any, features: list[Any]) -> bytes:
        """The bytes of the file holding ``features``."""
        raise NotImplementedError

    def _empty(self) -> Any:
        """The container of a file that does not exist yet."""
        return None

    # -- reading ---------------------------------------------------------------------------

    def version(self) -> Hashable:
        try:
            info = self._real().stat()
        except OSError:
            return (0, 0)
        return (info.st_mtime_ns, info.st_size)

    def check(self) -> None:
        self.read_features()

    def read_features(self, query: Query | None = None) -> list[Any]:
        return self._load(self.given)[1]

    def history(self, event_id: str | None = None, after: int = 0) -> list[Change]:
        """The changes in the history log, oldest first (of ``event_id``, after change
        ``after``). Only lines that may hold them are parsed: the log's last lines for the
        latest changes; for one event, the lines where its id is written."""
        log = history_path(self._real())
        wanted = None if event_id is None else orjson.dumps(event_id)
        try:
            if after > 0:
                lines = _lines_after(log, after)
            elif wanted is not None:
                lines = _lines_with(log, wanted)
            else:
                lines = log.read_bytes().splitlines()
        except FileNotFoundError:
            return []
        except OSError as err:
            raise EventsFileError(f"{log}: cannot read the history: {err.strerror}") from err
        changes = []
        for line in lines:
            if not line.strip() or (wanted is not None and wanted not in line):
                continue
            try:
                change = Change.from_dict(orjson.loads(line))
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                # A line a killed save cut short: the changes around it are still history.
                continue
            if change.seq > after and (event_id is None or change.event_id == event_id):
                changes.append(change)
        return changes

    def last_change(self) -> int:
        return _last_seq_in(history_path(self._real()))

    # -- changing ----------------------------------------------------------------------------

    def append(
        self, features: Iterable[Mapping[str, Any]], *, timeout: float = LOCK_TIMEOUT_S
    ) -> SaveReport:
        """Add event features (see :class:`mapapp.store.base.EventStore`): a feature equal
        to one in the file is skipped, an id already taken gets a numeric suffix, an invalid
        feature is reported and skipped."""
        valid, problems = checked_new(self.location, features)
        with self._locked(timeout) as path:
            added, duplicates, changes, backup = self._append_in(path, valid)
        return SaveReport(
            self.location, tuple(added), tuple(duplicates), tuple(problems), backup, tuple(changes)
        )

    def _append_in(
        self, path: Path, valid: list[tuple[Event, dict[str, Any]]]
    ) -> tuple[list[str], list[str], list[Change], str]:
        """Add the ``valid`` new features to the (locked) file: the ids added, the ids of
        duplicates, the changes logged and the backup's path."""
        container, existing = self._load_or_empty(path)
        keys = {k for k in map(event_key, existing) if k is not None}
        ids = _ids(existing)
        added: list[str] = []
        duplicates: list[str] = []
        changes: list[Change] = []
        for event, feature in valid:
            key = event_key(feature)
            if key is None or key in keys:  # None: never, the feature is valid
                duplicates.append(event.id)
                continue
            event_id = unique_id(event.id, ids)
            feature = with_id(feature, event_id)
            existing.append(feature)
            keys.add(key)
            ids.add(event_id)
            added.append(event_id)
            changes.append(Change(0, "", "add", event_id, None, feature))
        backup = self._replace(path, container, existing, changes) if added else ""
        return added, duplicates, changes, backup

    def update(self, event_id: str, feature: Mapping[str, Any], *, note: str = "") -> Change:
        checked_update(event_id, feature)
        with self._locked(LOCK_TIMEOUT_S) as path:
            return self._update_in(path, event_id, dict(feature), note)

    def _update_in(self, path: Path, event_id: str, after: dict[str, Any], note: str) -> Change:
        """Replace the event ``event_id`` of the (locked) file with ``after``."""
        container, existing = self._load(path)
        index = self._find(existing, event_id)
        before = existing[index]
        existing[index] = after
        logged = [Change(0, "", "update", event_id, before, after, note)]
        self._replace(path, container, existing, logged)
        return logged[0]  # numbered and timed by the log

    def delete(self, event_id: str, *, note: str = "") -> Change:
        with self._locked(LOCK_TIMEOUT_S) as path:
            return self._delete_in(path, event_id, note)

    def _delete_in(self, path: Path, event_id: str, note: str) -> Change:
        """Remove the event ``event_id`` from the (locked) file."""
        container, existing = self._load(path)
        index = self._find(existing, event_id)
        logged = [Change(0, "", "delete", event_id, existing.pop(index), None, note)]
        self._replace(path, container, existing, logged)
        return logged[0]  # numbered and timed by the log

    # -- helpers -------------------------------------------------------------------------------

    def _real(self) -> Path:
        # The real file: through a link or not, saves lock, back up and replace one file.
        return Path(os.path.realpath(self.given))

    @contextmanager
    def _locked(self, timeout: float) -> Iterator[Path]:
        path = self._real()
        if path.exists() and not path.is_file():
            raise EventsFileError(f"{self.given}: cannot save: it is not a regular file")
        try:
            with filelock.FileLock(lock_path(path), timeout=timeout):
                remove_stale_temporaries(path)
                yield path
        except filelock.Timeout as err:
            raise EventsFileError(
                f"{self.given}: could not get the lock within {timeout:g} s (other saves were"
                " in progress); nothing was saved, try again"
            ) from err
        except OSError as err:
            if isinstance(err, EventsFileError):
                raise
            raise EventsFileError(
                f"{self.given}: cannot save: {err.strerror or err}; the file is unchanged"
            ) from err

    def _load_or_empty(self, path: Path) -> tuple[Any, list[Any]]:
        if path.exists():
            return self._load(path)
        return self._empty(), []

    def _find(self, features: list[Any], event_id: str) -> int:
        for index, feature in enumerate(features):
            props = feature.get("properties") if isinstance(feature, dict) else None
            if isinstance(props, dict) and props.get("id") == event_id:
                return index
        raise EventNotFoundError(f"{self.given}: no event with id {event_id!r}")

    def _replace(
        self, path: Path, container: Any, features: list[Any], changes: list[Change]
    ) -> str:
        """Write the new version (the old one kept as the backup), then log ``changes``
        (numbered and timed in place). Returns the backup's path, or "" for a new file."""
        return self._replace_with(path, self._dump(container, features), changes)

    def _replace_with(self, path: Path, content: bytes, changes: list[Change]) -> str:
        """:meth:`_replace`, the new version's bytes made already."""
        backup = ""
        if path.exists():
            backup_file = backup_path(path)
            write_atomic(backup_file, path.read_bytes())
            backup = str(backup_path(self.given))
        write_atomic(path, content)
        try:
            self._log(path, changes)
        except OSError as err:
            # Not "the file is unchanged": it has changed, only its history could not say so.
            raise EventsFileError(
                f"{self.given}: saved, but the change could not be added to its history"
                f" ({history_path(self.given)}): {err.strerror or err}"
            ) from err
        return backup

    @staticmethod
    def _last_seq(log: Path) -> int:
        return _last_seq_in(log)

    def _log(self, path: Path, changes: list[Change]) -> None:
        log = history_path(path)
        seq = self._last_seq(log)
        at = now_utc()
        lines = []
        for i, change in enumerate(changes):
            stamped = Change(
                seq + i + 1, at, change.action, change.event_id, change.before, change.after,
                change.note,
            )  # fmt: skip
            changes[i] = stamped
            lines.append(_json_line(stamped.to_dict()))
        with open(log, "ab+") as handle:
            # A line a killed save cut short ends where the next one starts.
            if handle.seek(0, os.SEEK_END) > 0:
                handle.seek(-1, os.SEEK_END)
                if handle.read(1) != b"\n":
                    lines.insert(0, b"\n")
            handle.write(b"".join(lines))
            handle.flush()
            os.fsync(handle.fileno())


def _lines_with(log: Path, needle: bytes) -> list[bytes]:
    """The lines of the history log ``log`` that hold ``needle``, in order: the log is
    searched where it lies (memory-mapped), and only those lines are copied out."""
    with open(log, "rb") as handle:
        if handle.seek(0, os.SEEK_END) == 0:
            return []
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            lines, at = [], data.find(needle)
            while at >= 0:
                start = data.rfind(b"\n", 0, at) + 1
                end = data.find(b"\n", at)
                end = len(data) if end < 0 else end
                lines.append(data[start:end])
                at = data.find(needle, end)
            return lines


def _lines_after(log: Path, after: int) -> list[bytes]:
    """The lines of the history log ``log`` from the end back to the first change numbered
    ``after`` or before (changes are logged in order): read from the end, not the whole
    log."""
    with open(log, "rb") as handle:
        for whole_log, lines in _tail(handle):
            first = next((seq for seq in map(_seq, lines) if seq is not None), None)
            if whole_log or (first is not None and first <= after):
                return lines
    return []


def _last_seq_in(log: Path) -> int:
    """The number of the last change in the history log ``log`` (0 if none): its last whole
    line, read from the end, not the whole log."""
    try:
        with open(log, "rb") as handle:
            for _, lines in _tail(handle):
                last = next((seq for seq in map(_seq, reversed(lines)) if seq is not None), None)
                if last is not None:
                    return last
    except FileNotFoundError:
        pass
    return 0


def _tail(handle: Any) -> Iterator[tuple[bool, list[bytes]]]:
    """The whole lines at the end of the open log ``handle``, in ever larger blocks read from
    its end (a block's first line may be cut), and whether a block reaches its start."""
    size = handle.seek(0, os.SEEK_END)
    block = 1 << 16
    while True:
        start = max(0, size - block)
        handle.seek(start)
        lines = handle.read(size - start).splitlines()
        yield start == 0, lines[1:] if start else lines
        if start == 0:
            return
        block *= 4


def _seq(line: bytes) -> int | None:
    """The number of the change logged on ``line``; None for a line a killed save cut short."""
    try:
        return int(orjson.loads(line)["seq"])
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


def _json_line(value: dict[str, Any]) -> bytes:
    """One line of the history log: orjson, or the standard json module for what orjson
    cannot write (integers beyond 64 bits, which a file may hold and must keep)."""
    try:
        return orjson.dumps(value) + b"\n"
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False).encode("utf-8") + b"\n"


def _ids(features: list[Any]) -> set[str]:
    # Only a text id can collide with a new event's: other values, kept as they are, cannot.
    return {
        f["properties"]["id"]
        for f in features
        if isinstance(f, dict)
        and isinstance(f.get("properties"), dict)
        and isinstance(f["properties"].get("id"), str)
    }
