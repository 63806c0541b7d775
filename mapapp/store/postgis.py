"""The PostGIS backend: events as rows of one table, each change one transaction.

The location is a PostgreSQL URL, ``postgresql://user:password@host:5432/db?table=events``
(``table`` is mapapp's own parameter, default ``mapapp_events``; every other one goes to
libpq). Messages name it with the password replaced by ``***``.

The table is created on first use, with the PostGIS extension if the database lacks it::

    id text PRIMARY KEY, type text, title text, place text, excerpt text,
    date text ('YYYY-MM-DD'), time_precision smallint, geo_precision smallint,
    claimed_by text, source jsonb (a string or an object), properties jsonb (the other
    properties), geom geometry(Point, 4326), dedup_key text NOT NULL UNIQUE

with GiST, date and type indexes; beside it ``<table>_changes``, one number a trigger raises
with every statement that changes the table (the store's version, whoever wrote), and
``<table>_history``, one row per change
(``seq``, ``at``, ``action``, ``id``, ``before`` and ``after`` as GeoJSON features, ``note``).
The columns are loose on purpose: a row another tool wrote with a bad value is handed out
as it is and reported by :func:`mapapp.store.load.load_events` ("row #3 (id 'x'), field
'type'"), never refused or dropped. ``date`` is text, not ``date``, for the same reason.

``dedup_key`` is what makes "never twice the same event" hold between concurrent writers:
the SHA-256 (hex) of ``json.dumps(list(event_key(feature)))`` (see
:func:`mapapp.store.base.event_key`); a tool that inserts rows itself should fill it the same
way (:func:`dedup_key`). Appends to one table also take turns (a transaction-scoped advisory
lock), so two saves of the same new events add them once and give a taken id one suffix.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, cast
from urllib.parse import unquote, unquote_plus, urlencode

import adbc_driver_manager.dbapi as adbc_errors  # type: ignore[import-untyped, unused-ignore]
import adbc_driver_postgresql.dbapi as adbc  # type: ignore[import-untyped, unused-ignore]
import psycopg
from psycopg import sql
from psycopg.rows import TupleRow

from mapapp.core.errors import EventsFileError, EventValidationError
from mapapp.core.messages import Problem, clip, feature_label, short_repr
from mapapp.core.model import Event
from mapapp.core.schema import EVENT_TYPES
from mapapp.store.base import (
    LOCK_TIMEOUT_S,
    Action,
    Change,
    EventNotFoundError,
    Query,
    SaveReport,
    checked_new,
    checked_update,
    event_key,
    unique_id,
)

DEFAULT_TABLE = "mapapp_events"

# How long to wait for the server to answer a connection: an unreachable one fails fast.
CONNECT_TIMEOUT_S = 5

# A table name mapapp accepts: short enough that "<table>_history" and the index names it
# derives stay within PostgreSQL's 63 characters.
_TABLE_NAME = re.compile(r"[A-Za-z0-9_]{1,48}")

# An event's date may stand for a week or a month (its time_precision): a date window
# pushed down to the database is widened this much on each side, then applied exactly.
_DATE_MARGIN = dt.timedelta(days=31)

# The properties kept in columns of their own; any other is kept in ``properties``.
_COLUMNS = (
    "id", "type", "title", "place", "excerpt", "date", "time_precision", "geo_precision",
    "claimed_by", "source",
)  # fmt: skip
_TEXT_COLUMNS = ("title", "place", "excerpt", "claimed_by")

# What a row is read as: the property columns, the other properties, the point.
_SELECT = sql.SQL(", ").join(
    [*map(sql.Identifier, _COLUMNS), sql.SQL("properties, ST_X(geom), ST_Y(geom), geom IS NULL")]
)

_HISTORY_COLUMNS = sql.SQL("seq, at, action, id, before, after, note")

# Where every table creation waits its turn (PostgreSQL's CREATE ... IF NOT EXISTS is not
# safe against another session doing the same at the same moment).
_CREATE_LOCK_NAME = "mapapp.store.postgis: create"


def _lock_key(name: str) -> int:
    """A 64-bit advisory lock key for ``name``, the same in every process."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def dedup_key(feature: Mapping[str, Any]) -> str:
    """The ``dedup_key`` column of the event ``feature``: a digest of
    :func:`~mapapp.store.base.event_key` (place, type, date, excerpt), unique in a table."""
    key = event_key(feature)
    if key is None:
        raise ValueError("dedup_key needs a feature with place, type, date and excerpt")
    return hashlib.sha256(json.dumps(list(key)).encode("ascii")).hexdigest()


@dataclasses.dataclass(frozen=True)
class _Url:
    """A store URL taken apart: what libpq gets, what messages show, the table."""

    conninfo: str
    location: str
    table: str
    # Passwords as written and decoded: scrubbed from every message.
    secrets: tuple[str, ...]
    # Connection parameters the URL sets itself (mapapp's defaults do not override them).
    params: frozenset[str]


def _parse_url(url: str) -> _Url:
    """Split ``url`` the way libpq does (the user information ends at the first ``@``
    before any ``/``), take out ``table``, and mask the password wherever it is."""
    scheme, _, rest = url.partition("://")
    userinfo: str | None = None
    at, slash = rest.find("@"), rest.find("/")
    if at != -1 and (slash == -1 or at < slash):
        userinfo, rest = rest[:at], rest[at + 1 :]
    hostpath, _, query = rest.partition("?")
    secrets: list[str] = []
    shown_user = ""
    if userinfo is not None:
        user, colon, password = userinfo.partition(":")
        shown_user = f"{user}:***@" if colon else f"{user}@"
        secrets += [password, unquote(password)]
    kept: list[str] = []
    shown: list[str] = []
    params: set[str] = set()
    table = DEFAULT_TABLE
    for item in query.split("&") if query else []:
        raw_name, equals, raw_value = item.partition("=")
        name = unquote_plus(raw_name)
        if name == "table":
            table = unquote_plus(raw_value)
            shown.append(item)
            continue
        params.add(name)
        kept.append(item)
        if name == "password":
            secrets += [raw_value, unquote_plus(raw_value)]
            shown.append(f"{raw_name}{equals}***")
        else:
            shown.append(item)
    head = f"{scheme}://"
    full_user = "" if userinfo is None else f"{userinfo}@"
    conninfo = head + full_user + hostpath + ("?" + "&".join(kept) if kept else "")
    location = head + shown_user + hostpath + ("?" + "&".join(shown) if shown else "")
    return _Url(conninfo, location, table, tuple(s for s in secrets if s), frozenset(params))


class PostGISStore:
    """Events in a PostGIS table (see the module docstring): every change is one
    transaction, a reader sees all of a save or none of it."""

    item = "row"

    def __init__(self, url: str) -> None:
        parsed = _parse_url(url)
        self._url = parsed
        self.location = parsed.location
        if not _TABLE_NAME.fullmatch(parsed.table):
            raise EventsFileError(
                f"{self.location}: expected a table name of letters, digits and underscores"
                f" (at most 48), got {short_repr(parsed.table)}"
            )
        self.table = parsed.table
        self._table = sql.Identifier(parsed.table)
        self._history = sql.Identifier(f"{parsed.table}_history")
        self._append_lock = _lock_key(f"mapapp.store.postgis: append {parsed.table}")

    # -- reading ---------------------------------------------------------------------------

    def check(self) -> None:
        """Connect, create the table if it is missing, and check it has mapapp's columns."""
        with self._connection() as conn:
            self._ensure_table(conn, "read the events table")
            with self._errors("read the events table"):
                conn.execute(self._sql("SELECT {cols} FROM {t} LIMIT 0", cols=_SELECT))
                conn.execute(self._sql("SELECT {cols} FROM {h} LIMIT 0", cols=_HISTORY_COLUMNS))

    def version(self) -> Hashable:
        """The last change logged and the number of statements that changed the table
        (counted by a trigger, whoever ran them): changes with every save through mapapp
        and every change other tools make, and costs two one-row reads whatever the size
        of the table. A database that cannot be reached has the version
        ``("unavailable",)`` (reading says why)."""
        try:
            with self._connection() as conn:
                self._ensure_table(conn, "read the events table", create=False)
                counter = sql.Identifier(f"{self.table}_changes").as_string(conn)
                with self._errors("read the events table"):
                    counted = conn.execute("SELECT to_regclass(%s)", [counter]).fetchone()
                    if counted is not None and counted[0] is not None:
                        row = conn.execute(
                            self._sql(
                                "SELECT (SELECT coalesce(max(seq), 0) FROM {h}),"
                                " (SELECT max(n) FROM {c})",
                                c=sql.Identifier(f"{self.table}_changes"),
                            )
                        ).fetchone()
                    else:  # a table made before changes were counted: read every row
                        row = conn.execute(
                            self._sql(
                                "SELECT (SELECT coalesce(max(seq), 0) FROM {h}), count(*),"
                                " coalesce(max(xmin::text::bigint), 0) FROM {t}"
                            )
                        ).fetchone()
        except EventsFileError:
            return ("unavailable",)
        return tuple(row) if row is not None else ()

    def read_features(self, query: Query | None = None) -> list[Any]:
        """The rows as GeoJSON features, ordered by id; with a ``query``, at least the rows
        it asks for (and every row whose type or date it cannot judge, to be reported)."""
        where, params = _where(query)
        statement = self._sql(
            "SELECT {cols} FROM {t} {where} ORDER BY id", cols=_SELECT, where=where
        )
        with self._connection() as conn:
            self._ensure_table(conn, "read the events", create=False)
            with self._errors("read the events"):
                rows = conn.execute(statement, params).fetchall()
        return [_feature(row) for row in rows]

    def history(self, event_id: str | None = None, after: int = 0) -> list[Change]:
        """The changes logged in ``<table>_history``, oldest first (of ``event_id``, after
        change ``after``)."""
        where = "seq > %(after)s" + (" AND id = %(id)s" if event_id is not None else "")
        statement = self._sql(
            f"SELECT {{cols}} FROM {{h}} WHERE {where} ORDER BY seq", cols=_HISTORY_COLUMNS
        )
        with self._connection() as conn:
            self._ensure_table(conn, "read the history", create=False)
            with self._errors("read the history"):
                rows = conn.execute(statement, {"after": after, "id": event_id}).fetchall()
        return [_change(row) for row in rows]

    def last_change(self) -> int:
        """The number of the last change logged (0 if none)."""
        with self._connection() as conn:
            self._ensure_table(conn, "read the history", create=False)
            with self._errors("read the history"):
                row = conn.execute(self._sql("SELECT max(seq) FROM {h}")).fetchone()
        return int(row[0]) if row is not None and row[0] is not None else 0

    # -- changing ----------------------------------------------------------------------------

    def append(
        self, features: Iterable[Mapping[str, Any]], *, timeout: float = LOCK_TIMEOUT_S
    ) -> SaveReport:
        """Add event features in one transaction: an event already in the table (same
        :func:`dedup_key`) is skipped, an id already taken gets a numeric suffix, an
        invalid feature (or one PostgreSQL cannot hold) is reported and skipped."""
        given = list(features)
        valid, problems = checked_new(self.location, given)
        rows: list[tuple[Event, dict[str, Any]]] = []
        for index, (event, feature) in zip(_indices(given, valid), valid, strict=True):
            try:
                rows.append((event, _columns(event)))
            except EventValidationError as err:
                label = feature_label(index, feature, "new ")
                problems.append(Problem(self.location, label, getattr(err, "field", ""), str(err)))
        added: list[str] = []
        duplicates: list[str] = []
        changes: list[Change] = []
        with self._connection(saving=True) as conn:
            self._ensure_table(conn, "save", saving=True)
            if rows:
                with self._errors("save", saving=True, timeout=timeout), conn.transaction():
                    self._wait_turn(conn, timeout, self._append_lock)
                    inserts, logged = self._new_rows(conn, rows, duplicates)
                    if inserts:
                        changes = self._insert(conn, inserts, logged)
                        added = [change.event_id for change in changes]
        return SaveReport(
            self.location, tuple(added), tuple(duplicates), tuple(problems), "", tuple(changes)
        )

    def update(self, event_id: str, feature: Mapping[str, Any], *, note: str = "") -> Change:
        """Replace the event ``event_id`` (see :class:`mapapp.store.base.EventStore`)."""
        event = checked_update(event_id, feature)
        try:
            columns = _columns(event)
        except EventValidationError as err:
            field_name = getattr(err, "field", "")
            named = EventValidationError(f"event {event_id!r}, field {field_name!r}: {err}")
            named.field = field_name  # type: ignore[attr-defined]
            raise named from err
        after = event.to_feature()
        with self._connection(saving=True) as conn:
            self._ensure_table(conn, "save", saving=True)
            with self._errors("save", saving=True), conn.transaction():
                self._wait_turn(conn, LOCK_TIMEOUT_S)
                before = self._locked_row(conn, event_id)
                same = conn.execute(
                    self._sql("SELECT id FROM {t} WHERE dedup_key = %s AND id <> %s"),
                    [columns["dedup_key"], event_id],
                ).fetchone()
                if same is not None:
                    raise EventsFileError(
                        f"{self.location}: cannot save: the changed event would be the same as"
                        f" the event {clip(same[0])!r} (same place, type, date and excerpt);"
                        " nothing was saved"
                    )
                assignments = sql.SQL(", ").join(
                    sql.SQL("{} = {}").format(sql.Identifier(name), value)
                    for name, value in _VALUES.items()
                    if name != "id"
                )
                conn.execute(
                    self._sql("UPDATE {t} SET {set} WHERE id = %(event_id)s", set=assignments),
                    {**columns, "event_id": event_id},
                )
                return self._log(conn, "update", event_id, before, after, note)

    def delete(self, event_id: str, *, note: str = "") -> Change:
        """Remove the event ``event_id`` (see :class:`mapapp.store.base.EventStore`)."""
        with self._connection(saving=True) as conn:
            self._ensure_table(conn, "save", saving=True)
            with self._errors("save", saving=True), conn.transaction():
                self._wait_turn(conn, LOCK_TIMEOUT_S)
                before = self._locked_row(conn, event_id)
                conn.execute(self._sql("DELETE FROM {t} WHERE id = %s"), [event_id])
                return self._log(conn, "delete", event_id, before, None, note)

    # -- helpers -------------------------------------------------------------------------------

    def _sql(self, text: str, **parts: sql.Composable) -> sql.Composed:
        """``text`` with ``{t}`` the table, ``{h}`` its history and ``parts`` filled in."""
        return sql.SQL(text).format(t=self._table, h=self._history, **parts)

    @contextmanager
    def _connection(self, *, saving: bool = False) -> Iterator[psycopg.Connection[TupleRow]]:
        """A new connection (autocommit: each change opens its own transaction), closed
        after; :class:`EventsFileError` with a one-line reason if there is none."""
        try:
            conn = psycopg.connect(self._url.conninfo, autocommit=True, **self._options())
        except psycopg.Error as err:
            # ``from None``: libpq may quote the URL (a bad escape in it) in the original.
            tail = "; nothing was saved" if saving else ""
            raise EventsFileError(
                f"{self.location}: cannot connect to the database: {self._reason(err)}{tail}"
            ) from None
        try:
            yield conn
        finally:
            conn.close()

    def _options(self) -> dict[str, Any]:
        """The connection options mapapp sets where the URL does not."""
        options: dict[str, Any] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "mapapp",
        }
        return {k: v for k, v in options.items() if k not in self._url.params}

    @contextmanager
    def _errors(
        self, doing: str, *, saving: bool = False, timeout: float = LOCK_TIMEOUT_S
    ) -> Iterator[None]:
        """Turn a database error into :class:`EventsFileError`: what could not be done, the
        server's reason in one line, and for a save that nothing was saved (the transaction
        is rolled back as the error leaves it)."""
        tail = "; nothing was saved" if saving else ""
        try:
            yield
        except psycopg.errors.LockNotAvailable as err:
            raise EventsFileError(
                f"{self.location}: could not get the lock within {timeout:g} s (other saves"
                f" were in progress){tail}, try again"
            ) from err
        except psycopg.Error as err:
            raise EventsFileError(
                f"{self.location}: cannot {doing}: {self._reason(err)}{tail}"
            ) from err

    def _reason(self, err: psycopg.Error | adbc_errors.Error) -> str:
        """The server's (or libpq's) message in one line, without the password."""
        primary = err.diag.message_primary if isinstance(err, psycopg.Error) else None
        text = primary or str(err) or type(err).__name__
        text = " ".join(text.split()).removeprefix("connection failed: ")
        for secret in sorted(self._url.secrets, key=len, reverse=True):
            text = text.replace(secret, "***")
        return clip(text, 300)

    def _ensure_table(
        self,
        conn: psycopg.Connection[TupleRow],
        doing: str,
        *,
        saving: bool = False,
        create: bool = True,
    ) -> None:
        """Create the table, its indexes and its history table if missing (and PostGIS if
        the database lacks it). Creators take turns; a table that exists costs one query.
        ``create=False`` (reading): a missing table is an error that names it, so that a
        mistyped table name is not quietly made into an empty one."""
        suffixes = ("", "_history", "_changes", "_history_id")
        names = [sql.Identifier(f"{self.table}{s}").as_string(conn) for s in suffixes]
        with self._errors(doing, saving=saving):
            found = conn.execute(
                "SELECT to_regclass(%s) IS NOT NULL AND to_regclass(%s) IS NOT NULL,"
                " to_regclass(%s) IS NOT NULL AND to_regclass(%s) IS NOT NULL",
                names,
            ).fetchone()
            tables, current = (bool(found[0]), bool(found[1])) if found else (False, False)
            # A table made by an earlier mapapp (before changes were counted, or its history
            # indexed by event) gets what it lacks at the next save.
            if tables and (current or not create):
                return
            if not create:
                raise EventsFileError(
                    f"{self.location}: no events table {self.table!r} in this database; the"
                    " first save (or `mapapp run`) creates it"
                )
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [_lock_key(_CREATE_LOCK_NAME)])
                has_postgis = conn.execute(
                    "SELECT 1 FROM pg_extension WHERE extname = 'postgis'"
                ).fetchone()
                if has_postgis is None:
                    conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                for statement in self._ddl():
                    conn.execute(statement)

    def _ddl(self) -> list[sql.Composed]:
        """The statements that create the table and its history (each a no-op if done)."""
        name = self.table

        def ident(suffix: str) -> sql.Identifier:
            return sql.Identifier(f"{name}{suffix}")

        return [
            self._sql(
                "CREATE TABLE IF NOT EXISTS {t} ("
                ' id text COLLATE "C" PRIMARY KEY,'
                " type text, title text, place text, excerpt text,"
                ' date text COLLATE "C",'
                " time_precision smallint, geo_precision smallint, claimed_by text,"
                " source jsonb, properties jsonb DEFAULT '{{}}'::jsonb,"
                " geom geometry(Point, 4326),"
                " dedup_key text NOT NULL,"
                " CONSTRAINT {unique} UNIQUE (dedup_key))",
                unique=ident("_dedup_key"),
            ),
            self._sql("CREATE INDEX IF NOT EXISTS {i} ON {t} USING gist (geom)", i=ident("_geom")),
            self._sql("CREATE INDEX IF NOT EXISTS {i} ON {t} (date)", i=ident("_date")),
            self._sql("CREATE INDEX IF NOT EXISTS {i} ON {t} (type)", i=ident("_type")),
            self._sql(
                "CREATE TABLE IF NOT EXISTS {h} ("
                " seq bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(),"
                " action text NOT NULL, id text NOT NULL, before jsonb, after jsonb,"
                " note text NOT NULL DEFAULT '')"
            ),
            # An event's changes, read by the Events page.
            self._sql("CREATE INDEX IF NOT EXISTS {i} ON {h} (id)", i=ident("_history_id")),
            # Every statement that changes the table, whoever runs it, counts one in
            # <table>_changes: the version is then one row to read, not a scan of them all.
            self._sql("CREATE TABLE IF NOT EXISTS {c} (n bigint NOT NULL)", c=ident("_changes")),
            self._sql(
                "INSERT INTO {c} (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM {c})",
                c=ident("_changes"),
            ),
            sql.SQL(
                "CREATE OR REPLACE FUNCTION mapapp_count_change() RETURNS trigger"
                " LANGUAGE plpgsql AS $$ BEGIN"
                " EXECUTE format('UPDATE %I SET n = n + 1', TG_ARGV[0]); RETURN NULL;"
                " END $$"
            ).format(),
            self._sql(
                "CREATE OR REPLACE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE OR"
                " TRUNCATE ON {t} FOR EACH STATEMENT EXECUTE FUNCTION"
                " mapapp_count_change({counter})",
                trigger=ident("_changed"),
                counter=sql.Literal(f"{name}_changes"),
            ),
        ]

    def _wait_turn(
        self, conn: psycopg.Connection[TupleRow], timeout: float, lock: int | None = None
    ) -> None:
        """Give up a lock wait after ``timeout`` seconds (this transaction only); with
        ``lock``, wait for the other transactions holding that advisory lock to end."""
        milliseconds = max(1, math.ceil(timeout * 1000))
        conn.execute("SELECT set_config('lock_timeout', %s, true)", [f"{milliseconds}ms"])
        if lock is not None:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [lock])

    def _new_rows(
        self,
        conn: psycopg.Connection[TupleRow],
        rows: list[tuple[Event, dict[str, Any]]],
        duplicates: list[str],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The column values of the rows to insert and the features to log, in order:
        events already saved go to ``duplicates``, a taken id gets the first free suffix."""
        keys = [columns["dedup_key"] for _, columns in rows]
        saved = {
            r[0]
            for r in conn.execute(
                self._sql("SELECT dedup_key FROM {t} WHERE dedup_key = ANY(%s::text[])"), [keys]
            )
        }
        ids = sorted({event.id for event, _ in rows})
        taken = {
            r[0]
            for r in conn.execute(self._sql("SELECT id FROM {t} WHERE id = ANY(%s::text[])"), [ids])
        }
        # Ids with a suffix are read only for ids that need one, when they first do.
        suffixes_read: set[str] = set()
        inserts: list[dict[str, Any]] = []
        logged: list[dict[str, Any]] = []
        for event, columns in rows:
            if columns["dedup_key"] in saved:
                duplicates.append(event.id)
                continue
            if event.id in taken and event.id not in suffixes_read:
                pattern = _like_escape(event.id) + "-%"
                found = conn.execute(self._sql("SELECT id FROM {t} WHERE id LIKE %s"), [pattern])
                taken.update(r[0] for r in found)
                suffixes_read.add(event.id)
            new_id = unique_id(event.id, taken)
            stored = event if new_id == event.id else dataclasses.replace(event, id=new_id)
            saved.add(columns["dedup_key"])
            taken.add(new_id)
            inserts.append({**columns, "id": new_id})
            logged.append(stored.to_feature())
        return inserts, logged

    def _insert(
        self,
        conn: psycopg.Connection[TupleRow],
        inserts: list[dict[str, Any]],
        logged: list[dict[str, Any]],
    ) -> list[Change]:
        """Insert the rows and log each as added; the changes, numbered and timed."""
        names = sql.SQL(", ").join(map(sql.Identifier, _VALUES))
        values = sql.SQL(", ").join(_VALUES.values())
        with conn.cursor() as cur:
            insert = self._sql("INSERT INTO {t} ({n}) VALUES ({v})", n=names, v=values)
            cur.executemany(insert, inserts)
            cur.executemany(
                self._sql(
                    "INSERT INTO {h} (at, action, id, after)"
                    " VALUES (statement_timestamp(), 'add', %s, %s::jsonb) RETURNING seq, at"
                ),
                [(f["properties"]["id"], _dumps(f)) for f in logged],
                returning=True,
            )
            stamps = []
            while True:
                stamps.append(cur.fetchone())
                if not cur.nextset():
                    break
        return [
            Change(int(seq), _utc(at), "add", feature["properties"]["id"], None, feature)
            for (seq, at), feature in zip(cast(list[TupleRow], stamps), logged, strict=True)
        ]

    def _locked_row(self, conn: psycopg.Connection[TupleRow], event_id: str) -> dict[str, Any]:
        """The row ``event_id`` as a feature, locked until the transaction ends;
        :class:`EventNotFoundError` if there is none."""
        row = conn.execute(
            self._sql("SELECT {cols} FROM {t} WHERE id = %s FOR UPDATE", cols=_SELECT),
            [event_id],
        ).fetchone()
        if row is None:
            raise EventNotFoundError(f"{self.location}: no event with id {event_id!r}")
        return _feature(row)

    def _log(
        self,
        conn: psycopg.Connection[TupleRow],
        action: Action,
        event_id: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        note: str,
    ) -> Change:
        """Log one change in the history table (in the change's transaction)."""
        row = conn.execute(
            self._sql(
                "INSERT INTO {h} (at, action, id, before, after, note) VALUES"
                " (statement_timestamp(), %s, %s, %s::jsonb, %s::jsonb, %s) RETURNING seq, at"
            ),
            [action, event_id, _dumps_or_none(before), _dumps_or_none(after), note],
        ).fetchone()
        assert row is not None  # INSERT ... RETURNING of one row returns it
        return Change(int(row[0]), _utc(row[1]), action, event_id, before, after, note)


# What each column is written as, from the values :func:`_columns` gives.
_VALUES: dict[str, sql.Composable] = {
    **{name: sql.Placeholder(name) for name in _COLUMNS if name != "source"},
    "source": sql.SQL("{}::jsonb").format(sql.Placeholder("source")),
    "properties": sql.SQL("{}::jsonb").format(sql.Placeholder("properties")),
    "geom": sql.SQL("ST_SetSRID(ST_MakePoint({}::float8, {}::float8), 4326)").format(
        sql.Placeholder("lon"), sql.Placeholder("lat")
    ),
    "dedup_key": sql.Placeholder("dedup_key"),
}


def _where(query: Query | None) -> tuple[sql.Composable, dict[str, Any]]:
    """The part of ``query`` the database can judge, as a WHERE clause that keeps every row
    the query may ask for, and every row whose type or date is not valid (load_events
    reports those, with or without a query); with ``ids``, only the rows of those ids (the
    Events page reads one event so, and reports nothing)."""
    if query is None:
        return sql.SQL(""), {}
    parts: list[sql.Composable] = []
    params: dict[str, Any] = {}
    if query.types is not None:
        parts.append(
            sql.SQL(
                "(type IS NULL OR type = ANY(%(types)s::text[])"
                " OR NOT type = ANY(%(known)s::text[]))"
            )
        )
        params |= {"types": sorted(query.types), "known": list(EVENT_TYPES)}
    odd_date = "date IS NULL OR date !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'"
    if query.start is not None:
        parts.append(sql.SQL(f"({odd_date} OR date >= %(first)s)"))
        params["first"] = _shifted(query.start, -_DATE_MARGIN).isoformat()
    if query.end is not None:
        parts.append(sql.SQL(f"({odd_date} OR date <= %(last)s)"))
        params["last"] = _shifted(query.end, _DATE_MARGIN).isoformat()
    if query.ids is not None:
        parts.append(sql.SQL("id = ANY(%(ids)s::text[])"))
        params["ids"] = sorted(query.ids)
    if query.bbox is not None:
        # Without a point, an event may still be placed by its place name: keep it.
        parts.append(
            sql.SQL(
                "(geom IS NULL OR geom && ST_MakeEnvelope("
                "%(west)s::float8, %(south)s::float8, %(east)s::float8, %(north)s::float8, 4326))"
            )
        )
        params |= dict(zip(("west", "south", "east", "north"), query.bbox, strict=True))
    if not parts:
        return sql.SQL(""), {}
    return sql.SQL("WHERE ") + sql.SQL(" AND ").join(parts), params


def _shifted(day: dt.date, delta: dt.timedelta) -> dt.date:
    """``day + delta``, held within the calendar (years 1 to 9999)."""
    try:
        return day + delta
    except OverflowError:
        return dt.date.min if delta < dt.timedelta(0) else dt.date.max


def _like_escape(text: str) -> str:
    """``text`` matched literally by LIKE."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _indices(
    given: list[Mapping[str, Any]], valid: list[tuple[Event, dict[str, Any]]]
) -> list[int]:
    """Where each valid feature (in order, copied by checked_new) is among those ``given``.
    A feature equal to a valid one is valid too, so the next equal one is the one."""
    out: list[int] = []
    index = 0
    for _, feature in valid:
        while dict(given[index]) != feature:
            index += 1
        out.append(index)
        index += 1
    return out


def _columns(event: Event) -> dict[str, Any]:
    """The column values of ``event``; :class:`EventValidationError` naming the field if a
    value is one PostgreSQL cannot hold (a NUL character, an unpaired surrogate, a value
    JSON cannot hold)."""
    for name in _TEXT_COLUMNS:
        _storable(name, getattr(event, name))
    _storable("source", event.source)
    for name, value in event.extra.items():
        _storable(str(name), value)
    try:
        source, properties = _dumps(event.source), _dumps(dict(event.extra))
    except (TypeError, ValueError, RecursionError) as err:
        raise _unstorable("properties", f"a value JSON can hold ({err})", event.extra) from None
    keyed = {"place": event.place, "type": event.type, "date": event.date.isoformat()}
    key = dedup_key({"properties": {**keyed, "excerpt": event.excerpt}})
    return {
        "id": event.id,
        "type": event.type,
        "title": event.title,
        "place": event.place,
        "excerpt": event.excerpt,
        "date": event.date.isoformat(),
        "time_precision": event.time_precision,
        "geo_precision": event.geo_precision,
        "claimed_by": event.claimed_by,
        "source": source,
        "properties": properties,
        "lon": event.lon,
        "lat": event.lat,
        "dedup_key": key,
    }


def _storable(field_name: str, value: Any) -> None:
    """Raise :class:`EventValidationError` if PostgreSQL cannot hold a text in ``value``."""
    try:
        why = _unstorable_text(value)
    except RecursionError:
        why = "nested less deeply"
    if why:
        raise _unstorable(field_name, why, value)


def _unstorable_text(value: Any) -> str:
    """Why a text in ``value`` (a JSON value) cannot be stored, or ""."""
    if isinstance(value, str):
        if "\x00" in value:
            return "text without NUL characters"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "text that is valid Unicode (no unpaired surrogates)"
        return ""
    if isinstance(value, Mapping):
        for key, item in value.items():
            why = _unstorable_text(key) or _unstorable_text(item)
            if why:
                return why
    elif isinstance(value, (list, tuple)):
        for item in value:
            why = _unstorable_text(item)
            if why:
                return why
    return ""


def _unstorable(field_name: str, expected: str, value: Any) -> EventValidationError:
    err = EventValidationError(
        f"expected {expected}, which PostgreSQL can store, got {short_repr(value)}"
    )
    err.field = field_name  # type: ignore[attr-defined]
    return err


def _dumps(value: Any) -> str:
    """``value`` as JSON text for a jsonb column (no NaN: JSON has none)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _dumps_or_none(value: Mapping[str, Any] | None) -> str | None:
    return None if value is None else _dumps(value)


def _feature(row: TupleRow) -> dict[str, Any]:
    """One row as a GeoJSON feature in the events-file schema, values as stored."""
    *values, extra, lon, lat, no_point = row
    props = dict(zip(_COLUMNS, values, strict=True))
    if isinstance(props["date"], dt.date):  # a table another tool made, with a date column
        props["date"] = props["date"].isoformat()
    properties: Any = props
    if isinstance(extra, dict):
        for name, value in extra.items():
            props.setdefault(name, value)
    elif extra is not None:
        # Not an object: reported as the row's properties, not silently dropped.
        properties = extra
    geometry = None if no_point else {"type": "Point", "coordinates": [lon, lat]}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _change(row: TupleRow) -> Change:
    """One history row as a :class:`Change`."""
    seq, at, action, event_id, before, after, note = row
    return Change(int(seq), _utc(at), cast(Action, action), event_id, before, after, note or "")


def _utc(moment: dt.datetime) -> str:
    """A logged time as :func:`mapapp.store.base.now_utc` writes it."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- reading as columns (mapapp.store.scan) ------------------------------------------------------


@contextmanager
def snapshot(store: PostGISStore) -> Iterator[psycopg.Connection[TupleRow]]:
    """A connection that reads the events table in one read-only, repeatable-read transaction
    (every query in it sees the table as the first one did), text in UTF-8; the errors are
    those :meth:`PostGISStore.read_features` raises, and a missing table is never created."""
    with store._connection() as conn:
        store._ensure_table(conn, "read the events", create=False)
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        with store._errors("read the events"), conn.transaction():
            conn.execute("SET LOCAL client_encoding TO 'UTF8'")
            yield conn


def table_shape(store: PostGISStore, conn: psycopg.Connection[TupleRow]) -> dict[str, Any]:
    """What the table is (``kind``, as ``pg_class.relkind``), its ``columns`` (name to type,
    as ``format_type`` names it), whether its ``id`` collation is deterministic, and the
    server's ``encoding`` and ``extra_float_digits``."""
    name = sql.Identifier(store.table).as_string(conn)
    found = conn.execute(
        "SELECT relkind::text, current_setting('server_encoding'),"
        " current_setting('extra_float_digits')::int FROM pg_class WHERE oid = to_regclass(%s)",
        [name],
    ).fetchone()
    columns = conn.execute(
        # Collations are all deterministic before PostgreSQL 12, which lacks the column.
        "SELECT attname::text, format_type(atttypid, atttypmod),"
        " coalesce((to_jsonb(pg_collation) ->> 'collisdeterministic')::boolean, true)"
        " FROM pg_attribute LEFT JOIN pg_collation ON pg_collation.oid = attcollation"
        " WHERE attrelid = to_regclass(%s) AND attnum > 0 AND NOT attisdropped",
        [name],
    ).fetchall()
    relkind, encoding, float_digits = found if found is not None else (None, None, None)
    return {
        "kind": relkind,
        "columns": {column: kind for column, kind, _ in columns},
        "id_deterministic": any(c == "id" and bool(d) for c, _, d in columns),
        "encoding": encoding,
        "extra_float_digits": float_digits,
    }


# How much the ADBC driver reads before it ends a batch (one text column of a batch must stay
# under 2 GB, Arrow's limit for a string array).
READ_BATCH_BYTES = 1 << 30
_BATCH_OPTION = "adbc.postgresql.batch_size_hint_bytes"


def read_arrow(
    store: PostGISStore,
    conn: psycopg.Connection[TupleRow],
    columns: sql.Composable,
    *,
    ordered: bool = True,
) -> Any:
    """``SELECT columns FROM table ORDER BY id`` (without the order unless ``ordered``) as an
    Arrow table, as ``conn``'s transaction sees the table (its snapshot, exported to the
    reader).

    Read by Arrow's ADBC PostgreSQL driver: libpq's binary COPY, parsed in C++ into Arrow
    arrays, with no Python per row (which cost a few microseconds a row, as much as the
    server's own work)."""
    snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()
    order = " ORDER BY id" if ordered else ""
    statement = store._sql("SELECT {cols} FROM {t}" + order, cols=columns).as_string(conn)
    uri, options = store._url.conninfo, store._options()
    if options:
        uri += ("&" if "?" in uri else "?") + urlencode(options)
    try:
        with adbc.connect(uri) as reader, reader.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute(
                sql.SQL("SET TRANSACTION SNAPSHOT {}")
                .format(sql.Literal(snapshot[0] if snapshot else ""))
                .as_string(conn)
            )
            # Batches as large as this: one, for a million events (joining batches copies).
            cursor.adbc_statement.set_options(**{_BATCH_OPTION: str(READ_BATCH_BYTES)})
            cursor.execute(statement)
            return cursor.fetch_arrow_table()
    except adbc_errors.Error as err:
        raise EventsFileError(
            f"{store.location}: cannot read the events: {store._reason(err)}"
        ) from None


def features_at(
    store: PostGISStore, conn: psycopg.Connection[TupleRow], ctids: list[str]
) -> dict[str, dict[str, Any]]:
    """The rows at ``ctids`` (``'(page,item)'``, of this transaction's snapshot) as the
    features :meth:`PostGISStore.read_features` makes of them, by ctid."""
    rows = conn.execute(
        store._sql("SELECT ctid::text, {cols} FROM {t} WHERE ctid = ANY(%s::tid[])", cols=_SELECT),
        [ctids],
    ).fetchall()
    return {row[0]: _feature(row[1:]) for row in rows}


def row_count(store: PostGISStore) -> int:
    """How many rows the events table has (never creates it)."""
    with store._connection() as conn:
        store._ensure_table(conn, "count the events", create=False)
        with store._errors("count the events"):
            row = conn.execute(store._sql("SELECT count(*) FROM {t}")).fetchone()
    return int(row[0]) if row is not None else 0
