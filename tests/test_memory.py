"""Memory a large read used for a moment goes back to the system (mapapp.core.memory): the
app reads a store once and serves it for hours, so what the allocators keep after the read
is memory held for nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import EVENTS

linux = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")

# In a process of its own (what it measures is the process's own memory): ``RssAnon`` after
# buffers of 320 MB are made, written and let go, then after ``give_back``.
_FREED_THEN_GIVEN_BACK = """
import json, sys
import numpy as np
import pyarrow as pa
from mapapp.core.memory import give_back

def own_mb():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024

where = sys.argv[1]
if where == "arrow":
    held = [pa.allocate_buffer(64 * 1024) for _ in range(5000)]
    for buffer in held:
        np.frombuffer(buffer, dtype=np.uint8)[:] = 1  # written: its pages are resident
else:  # the C library's heap (blocks under its mmap threshold), one in ten kept
    held = [bytearray(b"x" * (64 * 1024)) for _ in range(5000)]
kept = held[::10] if where == "heap" else []
del held
freed = own_mb()
give_back()
print(json.dumps({"freed": freed, "given_back": own_mb(), "kept": len(kept)}))
"""


@linux
@pytest.mark.parametrize("where", ["arrow", "heap"])
def test_memory_let_go_is_given_back_to_the_system(where: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _FREED_THEN_GIVEN_BACK, where],
        capture_output=True,
        text=True,
        check=True,
    )
    mb = json.loads(out.stdout.strip().splitlines()[-1])
    # 320 MB were let go (288 MB of the heap's, one block in ten being kept): the
    # allocator kept most of it until asked to give it back.
    assert mb["freed"] - mb["given_back"] > 200, mb


def test_the_map_gives_back_what_reading_a_large_store_took(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page's read of a store (in the background, while the first look shows) ends by
    # giving back what it used for a moment: at a million events 450-550 MB of the app's own
    # memory, which the app would otherwise hold for as long as it runs.
    from mapapp.map import resources

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "3")
    calls: list[str] = []
    path = str(EVENTS)
    version = resources.file_version(path)
    monkeypatch.setattr(resources, "give_back", lambda: calls.append("given back"))
    resources.load.clear()
    try:
        resources.load_soon(path, version).join()
        assert calls == ["given back"]
        assert resources.load(path, version).server_side
    finally:
        resources.load.clear()
