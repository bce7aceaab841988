"""Fixtures: a live jitgate server per test, on SQLite or PostgreSQL."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from jitgate_server import PostgresDatabase, Server  # noqa: E402


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    """A fresh server on SQLite."""
    served = Server(tmp_path / "data").start()
    yield served
    served.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def any_backend_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """A fresh server on SQLite, then one on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        served = Server(tmp_path / "data").start()
        yield served
        served.stop()
        return
    if os.environ.get("JITGATE_TEST_SKIP_POSTGRES") == "1":
        pytest.skip("JITGATE_TEST_SKIP_POSTGRES=1")
    database = PostgresDatabase()
    try:
        served = Server(tmp_path / "data", database_url=database.url).start()
        yield served
        served.stop()
    finally:
        database.drop()
