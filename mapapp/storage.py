"""Writing files without ever leaving a half-written one behind, or losing a concurrent save.

:func:`write_atomic` replaces a file all at once. :func:`append_events` adds events to an
events file the way the review page and ``mapapp extract --append`` need: under a lock, so
that two saves at the same moment (two browser tabs, the command line while the app saves)
both land; never twice the same event; with a backup of the file as it was.

Both follow a symbolic link: the real file is locked, backed up and replaced, and the link
stays a link.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import filelock
import orjson

from mapapp.errors import EventsFileError, EventValidationError
from mapapp.events import Problem, feature_label, parse_collection, parse_feature, read_bytes

# How long a save waits for the lock (other saves, one after the other) before giving up.
LOCK_TIMEOUT_S = 30.0
# A temporary file of a save older than this is what a killed save left behind.
STALE_TEMPORARY_S = 60.0
# write_atomic's temporary for FILE is .FILE.XXXXXXXX.tmp, XXXXXXXX from tempfile's letters.
_TMP_SUFFIX = ".tmp"
_TMP_RANDOM = r"[a-z0-9_]{8}"
# An integer literal that may not fit in 64 bits (orjson would read it as a float).
_LONG_INT = re.compile(rb"(?<![0-9.])[0-9]{19,}(?![0-9.eE])")
_ALL_DIGITS_ZERO = bytes.maketrans(b"123456789", b"000000000")
# orjson reads 1,024 levels of nesting; the standard json module needs this much more room
# on the Python stack to read or write as many.
_JSON_RECURSION = 5_000


def _umask() -> int:
    """The process umask, read without changing it (``os.umask`` would, for a moment, for
    every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    return 0o022


def _tmp_prefix(path: Path) -> str:
    return f".{path.name}."


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file beside it, flushed to disk,
    then renamed over it. A failure leaves the old file as it was. A symbolic link is
    followed: the file it points to is replaced, the link stays."""
    path = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=_tmp_prefix(path), suffix=_TMP_SUFFIX)
    try:
        # mkstemp makes the file private (0600); the result keeps the mode the file had.
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def backup_path(path: Path) -> Path:
    """Where :func:`append_events` keeps the file as it was before the last save."""
    return path.with_name(f"{path.name}.bak")


def lock_path(path: Path) -> Path:
    """The lock file of ``path`` (give it the real path: :func:`append_events` does)."""
    return path.with_name(f".{path.name}.lock")


def remove_stale_temporaries(path: Path, older_than: float = STALE_TEMPORARY_S) -> list[Path]:
    """Remove the temporary files a killed :func:`write_atomic` of ``path`` (or of its backup)
    left beside it, if older than ``older_than`` seconds; return those removed.

    Only names exactly like that function's temporaries for these two files are touched;
    a younger one may be a save in progress, and is left alone.
    """
    names = [
        re.compile(re.escape(_tmp_prefix(p)) + _TMP_RANDOM + re.escape(_TMP_SUFFIX))
        for p in (path, backup_path(path))
    ]
    cutoff = time.time() - older_than
    removed = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return []
    for entry in entries:
        if not any(name.fullmatch(entry.name) for name in names):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to remove: not worth failing a save for
    return removed


def event_key(feature: Any) -> tuple[str, str, str, str] | None:
    """What makes two features the same event: place, type, date and excerpt."""
    props = feature.get("properties") if isinstance(feature, dict) else None
    if not isinstance(props, dict):
        return None
    fields = [props.get(k) for k in ("place", "type", "date", "excerpt")]
    if not all(isinstance(f, str) for f in fields):
        return None
    place, kind, date, excerpt = fields
    return (" ".join(place.casefold().split()), kind, date, " ".join(excerpt.split()))


@dataclass(frozen=True)
class SaveReport:
    """What one save did."""

    path: Path
    added: tuple[str, ...]
    duplicates: tuple[str, ...]
    problems: tuple[Problem, ...]
    backup: Path | None

    def __str__(self) -> str:
        parts = [f"{self.path}: added {len(self.added)} event(s)"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the file")
        if self.problems:
            parts.append(f"{len(self.problems)} invalid, not saved")
        if self.backup:
            parts.append(f"previous version kept as {self.backup}")
        return ", ".join(parts)


def append_events(
    path: str | os.PathLike[str],
    features: Iterable[dict[str, Any]],
    *,
    timeout: float = LOCK_TIMEOUT_S,
) -> SaveReport:
    """Add event features to the events file at ``path`` (created if missing).

    A feature equal to one in the file (:func:`event_key`) is skipped; an id already taken
    gets a numeric suffix; an invalid feature is reported and skipped. The file is read,
    changed and replaced while holding a lock beside it, so concurrent saves serialise and
    none is lost. Before the file is replaced, its previous content is written to
    :func:`backup_path`. Features already in the file are written back unchanged, even
    invalid ones: a save never drops what a user had.

    Raises :class:`EventsFileError` if the file cannot be read as a FeatureCollection, is
    locked by another save for longer than ``timeout`` seconds, or cannot be written; the
    file is then as it was.
    """
    given = Path(path)
    # The real file: through a link or not, saves lock, back up and replace the same file.
    path = Path(os.path.realpath(given))
    if path.exists() and not path.is_file():
        raise EventsFileError(f"{given}: cannot save: it is not a regular file")
    try:
        with filelock.FileLock(lock_path(path), timeout=timeout):
            remove_stale_temporaries(path)
            return _append_locked(path, given, list(features))
    except filelock.Timeout as err:
        raise EventsFileError(
            f"{given}: could not get the lock within {timeout:g} s (other saves were in"
            " progress); nothing was saved, try again"
        ) from err
    except OSError as err:
        if isinstance(err, EventsFileError):
            raise
        raise EventsFileError(
            f"{given}: cannot save: {err.strerror or err}; the file is unchanged"
        ) from err


@contextlib.contextmanager
def _json_recursion_room() -> Iterator[None]:
    """Let the standard json module nest as deep as orjson reads (1,024 levels)."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(before + _JSON_RECURSION)
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def _may_hold_long_int(raw: bytes) -> bool:
    """Whether ``raw`` may hold an integer literal beyond 64 bits. A run of 19 digits is
    looked for first (0.1 s for 70 MB; the exact pattern alone takes 1.5 s)."""
    return b"0" * 19 in raw.translate(_ALL_DIGITS_ZERO) and _LONG_INT.search(raw) is not None


def read_exactly(raw: bytes, path: Path) -> dict[str, Any]:
    """The FeatureCollection in ``raw`` with every value as written, to be written back.

    orjson reads an integer beyond 64 bits as a float; when the bytes hold such a literal,
    the standard json module (which keeps big integers) reads the file instead.
    :class:`EventsFileError` says why it is not a FeatureCollection.
    """
    data = parse_collection(raw, path)  # every check, and the errors that name the file
    if not _may_hold_long_int(raw):
        return data
    try:
        with _json_recursion_room():
            return json.loads(raw.decode("utf-8-sig"))
    except (RecursionError, ValueError) as err:
        raise EventsFileError(f"{path}: cannot read the file exactly: {err}") from err


def dump_exactly(data: dict[str, Any], path: Path) -> bytes:
    """``data`` as indented JSON, every value as it was read by :func:`read_exactly`: orjson,
    or, for what it cannot write (integers beyond 64 bits, over 255 levels of nesting), the
    standard json module."""
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    except orjson.JSONEncodeError:
        pass
    try:
        with _json_recursion_room():
            text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
        return text.encode("utf-8") + b"\n"
    except (RecursionError, ValueError) as err:
        raise EventsFileError(
            f"{path}: cannot write the events as JSON: {err}; the file is unchanged"
        ) from err


def _append_locked(path: Path, given: Path, new: list[dict[str, Any]]) -> SaveReport:
    """The save, under the lock: ``path`` is the real file, ``given`` what messages name."""
    if path.exists():
        old_bytes = read_bytes(path, EventsFileError)
        # Raises EventsFileError, naming the file, if it is unusable.
        data = read_exactly(old_bytes, path)
    else:
        old_bytes, data = None, {"type": "FeatureCollection", "features": []}
    existing: list[Any] = data["features"]
    keys = {k for k in map(event_key, existing) if k is not None}
    # Only a text id can collide with a new event's: other values, kept as they are, cannot.
    ids = {
        f["properties"].get("id")
        for f in existing
        if isinstance(f, dict)
        and isinstance(f.get("properties"), dict)
        and isinstance(f["properties"].get("id"), str)
    }
    added: list[str] = []
    duplicates: list[str] = []
    problems: list[Problem] = []
    for index, feature in enumerate(new):
        try:
            event = parse_feature(feature)
        except EventValidationError as err:
            label = feature_label(index, feature, "new ")
            problems.append(Problem(str(given), label, getattr(err, "field", ""), str(err)))
            continue
        key = event_key(feature)
        if key in keys:
            duplicates.append(event.id)
            continue
        event_id, n = event.id, 2
        while event_id in ids:
            event_id, n = f"{event.id}-{n}", n + 1
        if event_id != event.id:
            feature = {**feature, "properties": {**feature["properties"], "id": event_id}}
        existing.append(feature)
        keys.add(key)
        ids.add(event_id)
        added.append(event_id)
    backup = None
    if added:
        content = dump_exactly(data, given)
        if old_bytes is not None:
            backup = backup_path(path)
            write_atomic(backup, old_bytes)
        write_atomic(path, content)
    return SaveReport(given, tuple(added), tuple(duplicates), tuple(problems), backup)
