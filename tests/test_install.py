"""The install scripts `make` runs on a fresh machine.

scripts/fetch_assets.sh must refuse a download whose integrity hash does not match the lockfile
(and leave no marker that would make `make` take the assets as fetched);
scripts/check_python.sh must stop with one sentence naming the command that installs what the
system lacks.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import ROOT

FETCH = ROOT / "scripts" / "fetch_assets.sh"
CHECK_PYTHON = ROOT / "scripts" / "check_python.sh"
BASH = shutil.which("bash") or "/bin/bash"
VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"


def npm_dir() -> Path | None:
    """The directory of the npm `make assets` would use: the system's, else .venv's."""
    system = shutil.which("npm")
    if system:
        return Path(system).parent
    venv = ROOT / ".venv" / "bin" / "npm"
    return venv.parent if venv.exists() else None


@pytest.fixture
def assets_copy(tmp_path: Path) -> Path:
    """A copy of assets/package.json and package-lock.json."""
    assets = tmp_path / "assets"
    assets.mkdir()
    for name in ("package.json", "package-lock.json"):
        shutil.copy(ROOT / "assets" / name, assets / name)
    return assets


def fetch(assets: Path, vendor: Path) -> subprocess.CompletedProcess[str]:
    """Run the real scripts/fetch_assets.sh on `assets`, copying into `vendor`."""
    found = npm_dir()
    if found is None:
        pytest.skip("no npm: neither on PATH nor in .venv/bin (`make assets` installs it there)")
    env = {
        **os.environ,
        "PATH": f"{found}{os.pathsep}{os.environ.get('PATH', '')}",
        "MAPAPP_ASSETS_DIR": str(assets),
        "MAPAPP_VENDOR_DIR": str(vendor),
    }
    return subprocess.run(
        [BASH, str(FETCH)], env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_fetch_assets_installs_the_copy(assets_copy: Path, tmp_path: Path) -> None:
    """The control for the next test: the untampered copy installs, into the given dirs."""
    vendor = tmp_path / "vendor"
    result = fetch(assets_copy, vendor)
    assert result.returncode == 0, result.stderr
    assert (vendor / ".fetched").exists()
    assert (vendor / "leaflet" / "leaflet.js").exists()
    assert "assets: leaflet 1.9.4" in result.stdout


def test_tampered_integrity_stops_the_install(assets_copy: Path, tmp_path: Path) -> None:
    lock_path = assets_copy / "package-lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    package = lock["packages"]["node_modules/leaflet"]
    forged = "sha512-" + base64.b64encode(hashlib.sha512(b"not leaflet").digest()).decode()
    assert forged != package["integrity"]
    package["integrity"] = forged
    lock_path.write_text(json.dumps(lock, indent=2) + "\n", encoding="utf-8")
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    (vendor / ".fetched").touch()  # left by an earlier, good fetch

    result = fetch(assets_copy, vendor)

    assert result.returncode != 0
    assert "EINTEGRITY" in result.stderr, result.stderr
    assert forged in result.stderr
    assert not (vendor / ".fetched").exists()
    assert not (vendor / "leaflet").exists()


def fake_python(directory: Path, name: str, version: str | None, venv_fails: bool) -> None:
    """An executable `name` in `directory` that reports `version` (or the real one) and
    fails `-m venv` the way Debian's python does without python3-venv."""
    lines = ["#!/bin/sh"]
    if venv_fails:
        lines += [
            'if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then',
            '  mkdir -p "$3/bin" && touch "$3/bin/python"',  # half-made, as Debian leaves it
            "  echo 'The virtual environment was not created successfully because ensurepip"
            " is not available.' >&2",
            "  exit 1",
            "fi",
        ]
    if version is not None:
        lines += [f'if [ "$1" = "-c" ]; then echo {version}; exit 0; fi']
    lines += [f'exec "{sys.executable}" "$@"']
    path = directory / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o755)


def check_python(path: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": path}
    return subprocess.run(
        [BASH, str(CHECK_PYTHON), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def sentence(result: subprocess.CompletedProcess[str]) -> str:
    """The one sentence a failed check prints."""
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].endswith(".")
    return lines[0]


def test_check_python_names_the_venv_package(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_python(bin_dir, "python3", None, venv_fails=True)
    venv = tmp_path / "venv"
    result = check_python(f"{bin_dir}{os.pathsep}/usr/bin:/bin", "python3", str(venv))
    assert f"`sudo apt-get install python{VERSION}-venv`" in sentence(result)
    assert not venv.exists()  # no half-made venv for `make` to take as done


def test_check_python_names_a_newer_python(tmp_path: Path) -> None:
    fake_python(tmp_path, "python3", "3.9", venv_fails=False)
    message = sentence(check_python(str(tmp_path), "python3", str(tmp_path / "venv")))
    assert "3.11 or newer" in message
    assert "python3 is 3.9" in message
    assert "`sudo apt-get install python3.11`" in message


def test_check_python_uses_a_newer_python3_x(tmp_path: Path) -> None:
    fake_python(tmp_path, "python3", "3.9", venv_fails=False)
    fake_python(tmp_path, "python3.12", "3.12", venv_fails=True)
    result = check_python(str(tmp_path), "python3", str(tmp_path / "venv"))
    assert "`sudo apt-get install python3.12-venv`" in result.stderr
    assert "using python3.12" in result.stdout


def test_check_python_names_python_when_missing(tmp_path: Path) -> None:
    message = sentence(check_python(str(tmp_path), "python3"))
    assert "python3 is not installed" in message
    assert "`sudo apt-get install python3`" in message


def test_check_python_creates_the_venv_with_the_real_python(tmp_path: Path) -> None:
    python = shutil.which("python3") or sys.executable
    venv = tmp_path / "venv"
    result = check_python(os.environ.get("PATH", ""), python, str(venv))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pip = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert pip.returncode == 0, pip.stderr
