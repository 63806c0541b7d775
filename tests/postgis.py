"""A real PostgreSQL with PostGIS for the tests of the PostGIS store: one throwaway server
for the whole session (:mod:`scripts.postgis_server`), a fresh table for each test.

Without PostgreSQL and PostGIS installed, the tests that need them fail (they never skip)
with the command that installs them.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator

import pytest

from scripts.postgis_server import ServerError, start, stop


@pytest.fixture(scope="session")
def postgis_url() -> Iterator[str]:
    """The URL of the ``mapapp`` database of a server started for this session."""
    # Not under pytest's own temporary directory: as root, the server runs as the postgres
    # user, who cannot enter /tmp/pytest-of-root.
    directory = tempfile.mkdtemp(prefix="mapapp-postgis-")
    try:
        try:
            url = start(directory)
        except ServerError as err:
            pytest.fail(str(err), pytrace=False)
        yield url
    finally:
        try:
            stop(directory)
        finally:
            shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def postgis_events_url(postgis_url: str) -> str:
    """A store URL naming a table no other test uses (created by the store on first use)."""
    return f"{postgis_url}?table=t_{uuid.uuid4().hex}"
