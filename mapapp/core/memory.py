"""Memory a large read used for a moment, given back to the system.

Reading a million events takes memory for a moment (Arrow's buffers, NumPy's temporary
arrays) that is free once the columns are held, but the allocators keep it for later
allocations: Arrow's pool (mimalloc) and the C library's heap. For a process that reads a
store once and then serves it for hours, that is hundreds of megabytes of its own memory
held for nothing (measured in ``docs/performance.md``). :func:`give_back` returns it, in
milliseconds; call it after such a read, not in a loop.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable

import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]


def give_back() -> None:
    """Return the memory Arrow's pool and the C library's heap hold free to the system."""
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` (it hands back free pages of the heap, including the arenas
    of other threads), or None where the C library has none (musl, macOS, Windows)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
