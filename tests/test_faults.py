"""A save killed at any moment leaves the events file whole: the old version or the new.

A process saves a batch of events (:func:`mapapp.store.geojson.append_events`) to a file of a few
hundred, and is killed (SIGKILL: no cleanup runs) after a random delay spread over the time a
save takes. The file must then be exactly the old or the new version, never a mix or a
truncation, and the next save must go through at once: no lock or temporary file left behind
blocks it.
"""

from __future__ import annotations

import copy
import json
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson

from mapapp.store.files import backup_path
from mapapp.store.geojson import append_events
from tests.paths import ROOT

KILLS = 30
EVENTS_IN_FILE = 300
BATCH = 20

# Imports, says it is ready, waits for the word, saves, and says how long the save took.
_WORKER = """
import json, sys, time
from mapapp.store.geojson import append_events
path, batch = sys.argv[1], json.loads(sys.stdin.readline())
print("ready", flush=True)
sys.stdin.readline()
append_events(path, batch)
print("saved", flush=True)
"""


def _event(feature: dict[str, Any], n: int) -> dict[str, Any]:
    out = copy.deepcopy(feature)
    out["properties"]["id"] = f"event-{n}"
    out["properties"]["excerpt"] = f"Sentence number {n} of the article. " * 8
    return out


class _Saver:
    """One saving process, started and ready (imports done) before the clock starts."""

    def __init__(self, path: Path, batch: list[dict[str, Any]]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.proc.stdin
        assert self.proc.stdout
        self.proc.stdin.write(json.dumps(batch) + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline() == "ready\n"

    def go(self) -> float:
        assert self.proc.stdin
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        return time.perf_counter()

    def finish(self) -> float:
        """Wait for the save to end; return when it did (before the process exits)."""
        assert self.proc.stdout
        assert self.proc.stdout.readline() == "saved\n"
        done = time.perf_counter()
        self.proc.communicate(timeout=30)
        return done

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.communicate(timeout=30)


def _features(path: Path) -> list[Any]:
    return orjson.loads(path.read_bytes())["features"]


def _reset(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    backup_path(path).unlink(missing_ok=True)


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file(
    tmp_path: Path, feature: dict[str, Any]
) -> None:
    path = tmp_path / "events.geojson"
    append_events(path, [_event(feature, n) for n in range(EVENTS_IN_FILE)])
    old_bytes = path.read_bytes()
    old = _features(path)
    batch = [_event(feature, 10_000 + n) for n in range(BATCH)]
    # The new version, made the same way, on a copy.
    copy_path = tmp_path / "copy" / "events.geojson"
    copy_path.parent.mkdir()
    shutil.copyfile(path, copy_path)
    append_events(copy_path, batch)
    new = _features(copy_path)
    assert new == old + batch

    # How long a save takes, seen from here: from the word to the process's answer.
    durations = []
    for _ in range(3):
        saver = _Saver(path, batch)
        begun = saver.go()
        durations.append(saver.finish() - begun)
        assert _features(path) == new
        _reset(path, old_bytes)
    typical = statistics.median(durations)

    rng = random.Random(20241219)
    outcomes = []
    extra = _event(feature, 99_999)
    temporary = re.compile(r"\.events\.geojson\.(bak\.)?[a-z0-9_]{8}\.tmp")

    def kill_after(delay: float, attempt: int) -> str:
        """Kill a save ``delay`` s after its word; check what it left; reset the file."""
        saver = _Saver(path, batch)
        begun = saver.go()
        time.sleep(max(0.0, delay - (time.perf_counter() - begun)))
        saver.kill()

        features = _features(path)  # parses: never a truncated file
        assert features in (old, new), f"kill {attempt} after {delay * 1000:.1f} ms: a mix"
        backup = backup_path(path)
        if backup.exists():  # written whole before the file is replaced, or not at all
            assert backup.read_bytes() == old_bytes
        # What a killed save leaves beside the file is only its own temporaries.
        left = {p.name for p in tmp_path.iterdir()} - {
            path.name,
            backup.name,
            ".events.geojson.lock",
            "events.geojson.history.jsonl",
            "copy",
        }
        assert all(temporary.fullmatch(name) for name in left), left

        # The next save goes through at once: no lock held, nothing in the way.
        begun = time.perf_counter()
        report = append_events(path, [extra], timeout=5)
        assert time.perf_counter() - begun < 5
        assert report.added == ("event-99999",)
        assert _features(path) == [*features, extra]
        _reset(path, old_bytes)
        return "new" if features == new else "old"

    for attempt in range(KILLS):
        outcomes.append(kill_after(rng.uniform(0, typical * 1.2), attempt))
    # (On a busy machine a save can take longer than the ones timed: later kills, until one
    # falls after a save's end.)
    late = typical * 1.2
    while "new" not in outcomes and len(outcomes) < 2 * KILLS:
        late *= 1.5
        outcomes.append(kill_after(late, len(outcomes)))

    # The kills fell before, during and after the save: both versions were seen.
    assert {"old", "new"} <= set(outcomes), outcomes
    print(f"typical save {typical * 1000:.1f} ms; outcomes {outcomes}")
