"""Files that are read whole and replaced all at once: never half-written, never a FIFO.

:func:`write_atomic` replaces a file all at once (a temporary beside it, flushed, renamed
over it); :func:`read_bytes` reads a regular file of bounded size, naming the file in its
error. The lock and backup names of a file store are defined here too.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path

from mapapp.core.errors import MapappError

# The largest file mapapp reads (events file or article): beyond, it is refused by name.
MAX_FILE_BYTES = 1 << 30


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale and n % scale == 0:
            return f"{n // scale:,} {unit}"
    return f"{n:,} bytes"


def read_bytes(path: Path, error: type[MapappError]) -> bytes:
    """The bytes of ``path``, or ``error`` naming the file and why it cannot be read.

    Only a regular file of at most :data:`MAX_FILE_BYTES` is read: a FIFO would wait for a
    writer forever, a device such as ``/dev/zero`` never ends.
    """
    limit = MAX_FILE_BYTES
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on a regular file).
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except OSError as err:
        raise error(f"{path}: cannot read the file: {err.strerror or err}") from err
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path}: cannot read the file: it is not a regular file")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = b"" if info.st_size > limit else handle.read(limit + 1)
    except OSError as err:
        if isinstance(err, MapappError):
            raise
        raise error(f"{path}: cannot read the file: {err.strerror or err}") from err
    finally:
        os.close(fd)
    if info.st_size > limit or len(data) > limit:
        raise error(
            f"{path}: the file is larger than {_size(limit)}, the most mapapp reads"
            f" ({_size(max(info.st_size, len(data)))} or more)"
        )
    return data


# A temporary file of a save older than this is what a killed save left behind.
STALE_TEMPORARY_S = 60.0
# write_atomic's temporary for FILE is .FILE.XXXXXXXX.tmp, XXXXXXXX from tempfile's letters.
_TMP_SUFFIX = ".tmp"
_TMP_RANDOM = r"[a-z0-9_]{8}"


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
