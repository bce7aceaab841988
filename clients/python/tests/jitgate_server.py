"""A real ``jitgate serve`` on a loopback port for the tests, and its tokens.

The binary is ``$JITGATE_BIN`` (default ``/var/tmp/jitgate-bin/jitgate``). PostgreSQL
databases are created on the server named by ``$JITGATE_TEST_POSTGRES_URL`` (default
the local cluster's ``test`` database) and dropped afterwards, as the Rust tests do.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import threading
import uuid
from pathlib import Path
from typing import List, Optional, Sequence
from urllib.parse import urlsplit, urlunsplit

import jitgate

ORG = "acme"
ADMIN = "admin@acme.test"


def jitgate_bin() -> str:
    return os.environ.get("JITGATE_BIN", "/var/tmp/jitgate-bin/jitgate")


class Server:
    """One ``jitgate serve`` process; restartable on the same address and data."""

    def __init__(self, data_dir: Path, *, database_url: Optional[str] = None, args: Sequence[str] = ()) -> None:
        self.data_dir = data_dir
        self.database_url = database_url
        self.args = list(args)
        self.address = ""
        self._process: Optional[subprocess.Popen[str]] = None
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log = data_dir / "server.log"

    def start(self, listen: str = "127.0.0.1:0") -> Server:
        command = [jitgate_bin(), "serve", "--listen", listen, "--data-dir", str(self.data_dir), *self.args]
        if self.database_url:
            command += ["--database-url", self.database_url]
        env = dict(os.environ, RUST_LOG=os.environ.get("RUST_LOG", "warn"))
        env.pop("DATABASE_URL", None)
        log = open(self.log, "a")
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
        log.close()
        self._process = process
        announced: queue.Queue[str] = queue.Queue()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("jitgate listening on "):
                    announced.put(line.strip().removeprefix("jitgate listening on "))

        threading.Thread(target=read, daemon=True).start()
        try:
            self.address = announced.get(timeout=60)
        except queue.Empty:
            self.stop()
            raise RuntimeError(f"jitgate did not start:\n{self.log.read_text()[-3000:]}") from None
        return self

    def restart(self) -> Server:
        """Starts again on the same address and data (after :meth:`stop`)."""
        return self.start(listen=self.address)

    def stop(self) -> None:
        """SIGTERM, as at a rolling restart; waits for a graceful exit."""
        process, self._process = self._process, None
        if process is None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def token(self, sub: str, *, org: str = ORG, roles: Sequence[str] = (), groups: Sequence[str] = ()) -> str:
        command = [jitgate_bin(), "token", "--data-dir", str(self.data_dir), "--org", org, "--sub", sub]
        for role in roles:
            command += ["--role", role]
        for group in groups:
            command += ["--group", group]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()

    def admin_token(self, org: str = ORG) -> str:
        return self.token(f"admin@{org}.test", org=org, roles=["ORG_ADMIN"])

    def client(self, token: Optional[str]) -> jitgate.Client:
        return jitgate.connect(self.address, token=token, secure=False)


class PostgresDatabase:
    """A database of its own on the test PostgreSQL server, dropped by :meth:`drop`."""

    def __init__(self) -> None:
        self.admin_url = os.environ.get("JITGATE_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")
        self.name = f"jitgate_pyclient_{uuid.uuid4().hex[:12]}"
        self._psql(f'CREATE DATABASE "{self.name}"')
        parts = urlsplit(self.admin_url)
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))

    def _psql(self, sql: str) -> None:
        psql = shutil.which("psql")
        if psql is None:
            raise RuntimeError("psql is needed for the PostgreSQL tests")
        subprocess.run([psql, self.admin_url, "-qc", sql], check=True, capture_output=True, text=True)

    def drop(self) -> None:
        self._psql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def violations(error: jitgate.JitgateError) -> List[str]:
    return [v.field for v in error.field_violations]
