"""A throwaway PostgreSQL server with PostGIS, from Debian's packages, for tests and trials.

The PostGIS store (:mod:`mapapp.store.postgis`) is tested against a real server, not a
mock: this starts one in a directory of its own, listening only on 127.0.0.1 (on a free
port) and on a socket in that directory, with a database ``mapapp`` that anyone on this
machine may use without a password. Nothing is installed or changed outside the directory.
::

    python -m scripts.postgis_server start DIR [--port N]   # prints the URL
    python -m scripts.postgis_server url DIR
    python -m scripts.postgis_server stop DIR

initdb refuses to run as root: as root, the directory is handed to the ``postgres`` user
(which Debian's ``postgresql`` package creates) and the server runs as that user. It is
tuned for speed, not safety (no fsync), unless started with ``--durable`` (``make db`` does).
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

INSTALL = "PostgreSQL with PostGIS is needed: apt-get install postgresql postgis"
DATABASE = "mapapp"
SUPERUSER = "postgres"
# Where the server keeps its files, its log and its URL, inside the directory given.
DATA, LOG, URL_FILE = "data", "postgres.log", "url"
START_TIMEOUT_S = 120


class ServerError(RuntimeError):
    """The server cannot be started or stopped; the message says why in one sentence."""


@dataclass(frozen=True)
class Binaries:
    """Where PostgreSQL's programs are (one version's ``bin`` directory)."""

    bin: Path

    def __call__(self, name: str) -> str:
        return str(self.bin / name)


def find_binaries() -> Binaries:
    """The newest PostgreSQL with PostGIS installed: Debian's ``/usr/lib/postgresql/N/bin``,
    else ``initdb`` on the PATH. :class:`ServerError` with :data:`INSTALL` if there is none
    (or PostGIS is missing from it)."""
    candidates = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda path: _version(path.parent.name),
        reverse=True,
    )
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for bin_dir in candidates:
        if (bin_dir / "pg_ctl").exists() and _has_postgis(bin_dir):
            return Binaries(bin_dir)
    raise ServerError(INSTALL)


def _version(name: str) -> tuple[int, ...]:
    """``"15"`` as ``(15,)``, for sorting version directories; non-numbers sort first."""
    try:
        return tuple(int(part) for part in name.split("."))
    except ValueError:
        return (-1,)


def _has_postgis(bin_dir: Path) -> bool:
    """Whether the PostgreSQL of ``bin_dir`` has the PostGIS extension installed."""
    pg_config = bin_dir / "pg_config"
    share: str | None = None
    if pg_config.exists():
        try:
            share = subprocess.run(
                [str(pg_config), "--sharedir"], capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            share = None
    places = [Path(share)] if share else []
    # Debian: /usr/lib/postgresql/15/bin -> /usr/share/postgresql/15
    places.append(Path("/usr/share/postgresql") / bin_dir.parent.name)
    return any((place / "extension" / "postgis.control").exists() for place in places)


def _as_server_user() -> list[str]:
    """The command prefix that runs a program as the server's user: nothing, or (as root)
    ``runuser -u postgres --`` (``su`` where there is no runuser)."""
    if os.geteuid() != 0:
        return []
    try:
        import pwd

        pwd.getpwnam(SUPERUSER)
    except KeyError:
        raise ServerError(
            f"running as root needs a {SUPERUSER!r} user to run the server (initdb refuses"
            f" root); {INSTALL}"
        ) from None
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SUPERUSER, "--"]
    return ["su", SUPERUSER, "-s", "/bin/sh", "-c", '"$0" "$@"']


def _run(command: list[str], what: str) -> str:
    """Run ``command``; :class:`ServerError` naming ``what`` with its output if it fails."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=START_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise ServerError(f"cannot {what}: {err}") from err
    if done.returncode != 0:
        output = (done.stderr or done.stdout).strip().replace("\n", " ")
        raise ServerError(f"cannot {what}: {output[-1000:]}")
    return done.stdout


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def url_of(port: int) -> str:
    """The URL of the ``mapapp`` database on the server listening on ``port``."""
    return f"postgresql://{SUPERUSER}@127.0.0.1:{port}/{DATABASE}"


def start(
    directory: str | os.PathLike[str], port: int | None = None, *, durable: bool = False
) -> str:
    """Start a server keeping its files in ``directory`` (created if missing; reused if it
    holds one already) and return the URL of its ``mapapp`` database. ``durable``: a server
    for data that matters (every commit on disk); else tuned for tests (no fsync)."""
    binaries = find_binaries()
    prefix = _as_server_user()
    root = Path(directory).resolve()
    root.mkdir(parents=True, exist_ok=True)
    if prefix:
        shutil.chown(root, SUPERUSER, SUPERUSER)
        for path in root.rglob("*"):
            shutil.chown(path, SUPERUSER, SUPERUSER)
        # The server's user must reach the directory: /tmp/x is fine, /root/x is not.
        _run([*prefix, "test", "-w", str(root)], f"let {SUPERUSER!r} write to {root}")
    data = root / DATA
    if not (data / "PG_VERSION").exists():
        _run(
            [*prefix, binaries("initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER,
             "-E", "UTF8", "--no-locale", "--no-sync"],
            "create the database cluster",
        )  # fmt: skip
    chosen = port or free_port()
    options = f"-c listen_addresses=127.0.0.1 -p {chosen} -k {root}"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    _run(
        [*prefix, binaries("pg_ctl"), "-D", str(data), "-l", str(root / LOG), "-w",
         "-t", str(START_TIMEOUT_S), "-o", options, "start"],
        f"start the server (see {root / LOG})",
    )  # fmt: skip
    exists = _run(
        [binaries("psql"), "-h", "127.0.0.1", "-p", str(chosen), "-U", SUPERUSER, "-d",
         "postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"],
        "reach the server",
    )  # fmt: skip
    if exists.strip() != "1":
        _run(
            [binaries("createdb"), "-h", "127.0.0.1", "-p", str(chosen), "-U", SUPERUSER,
             DATABASE],
            f"create the database {DATABASE!r}",
        )  # fmt: skip
    url = url_of(chosen)
    (root / URL_FILE).write_text(url + "\n", encoding="utf-8")
    return url


def url(directory: str | os.PathLike[str]) -> str:
    """The URL of the server started in ``directory``."""
    try:
        return (Path(directory) / URL_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        raise ServerError(f"no server was started in {directory}") from None


def stop(directory: str | os.PathLike[str]) -> None:
    """Stop the server started in ``directory`` (fast: open sessions are ended); nothing to
    do if it is not running."""
    data = Path(directory).resolve() / DATA
    if not (data / "postmaster.pid").exists():
        return
    binaries = find_binaries()
    _run(
        [*_as_server_user(), binaries("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
        "stop the server",
    )
    # pg_ctl returns once the server is gone; its pid file goes with it.
    deadline = time.monotonic() + 10
    while (data / "postmaster.pid").exists() and time.monotonic() < deadline:
        time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    """The command line: ``start DIR [--port N]``, ``url DIR``, ``stop DIR``."""
    parser = argparse.ArgumentParser(prog="python -m scripts.postgis_server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    start_cmd = sub.add_parser("start", help="start a server in DIR and print its URL")
    start_cmd.add_argument("directory", metavar="DIR")
    start_cmd.add_argument("--port", type=int, help="the TCP port (default: a free one)")
    start_cmd.add_argument(
        "--durable", action="store_true", help="every commit on disk (for data that matters)"
    )
    for name, text in (("url", "print the URL of the server in DIR"), ("stop", "stop it")):
        command = sub.add_parser(name, help=text)
        command.add_argument("directory", metavar="DIR")
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            print(start(args.directory, args.port, durable=args.durable))
        elif args.command == "url":
            print(url(args.directory))
        else:
            stop(args.directory)
    except ServerError as err:
        print(f"postgis_server: error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
