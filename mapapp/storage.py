"""Writing files without ever leaving a half-written one behind, or losing a concurrent save.

:func:`write_atomic` replaces a file all at once. :func:`append_events` adds events to an
events file the way the review page and ``mapapp extract --append`` need: under a lock, so
that two saves at the same moment (two browser tabs, the command line while the app saves)
both land; never twice the same event; with a backup of the file as it was.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import filelock
import orjson

from mapapp.errors import EventsFileError, EventValidationError
from mapapp.events import Problem, parse_collection, parse_feature, read_bytes

# How long a save waits for another one to finish before giving up.
LOCK_TIMEOUT_S = 30.0


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


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file beside it, flushed to disk,
    then renamed over it. A failure leaves the old file as it was."""
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
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
    return path.with_name(f".{path.name}.lock")


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
    path = Path(path)
    try:
        with filelock.FileLock(lock_path(path), timeout=timeout):
            return _append_locked(path, list(features))
    except filelock.Timeout as err:
        raise EventsFileError(
            f"{path}: another save has held the file for over {timeout:g} s; nothing was saved,"
            " try again"
        ) from err
    except OSError as err:
        if isinstance(err, EventsFileError):
            raise
        raise EventsFileError(
            f"{path}: cannot save: {err.strerror or err}; the file is unchanged"
        ) from err


def _append_locked(path: Path, new: list[dict[str, Any]]) -> SaveReport:
    if path.exists():
        old_bytes = read_bytes(path, EventsFileError)
        # Raises EventsFileError, naming the file, if it is unusable.
        data = parse_collection(old_bytes, path)
    else:
        old_bytes, data = None, {"type": "FeatureCollection", "features": []}
    existing: list[Any] = data["features"]
    keys = {k for k in map(event_key, existing) if k is not None}
    ids = {
        f["properties"].get("id")
        for f in existing
        if isinstance(f, dict) and isinstance(f.get("properties"), dict)
    }
    added: list[str] = []
    duplicates: list[str] = []
    problems: list[Problem] = []
    for index, feature in enumerate(new):
        try:
            event = parse_feature(feature)
        except EventValidationError as err:
            props = feature.get("properties") if isinstance(feature, dict) else None
            label = f"new feature #{index}"
            if isinstance(props, dict) and isinstance(props.get("id"), str):
                label += f" (id '{props['id']}')"
            problems.append(Problem(str(path), label, getattr(err, "field", ""), str(err)))
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
        if old_bytes is not None:
            backup = backup_path(path)
            write_atomic(backup, old_bytes)
        write_atomic(path, orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    return SaveReport(path, tuple(added), tuple(duplicates), tuple(problems), backup)
