"""The README's Python example, run as printed against a live server.

The block between ``<!-- readme-example:python:start -->`` and ``...:end -->`` is read
from the top-level README.md."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from jitgate_server import Server

ROOT = Path(__file__).resolve().parents[3]


def example_in(document: Path, language: str) -> str | None:
    start, end = f"<!-- readme-example:{language}:start -->", f"<!-- readme-example:{language}:end -->"
    text = document.read_text() if document.exists() else ""
    if start not in text:
        return None
    block = text.split(start, 1)[1].split(end, 1)[0]
    match = re.search(r"```python\n(.*?)```", block, re.S)
    assert match, f"{document}: no python code block between the markers"
    return match.group(1)


def readme_example(language: str) -> str:
    example = example_in(ROOT / "README.md", language)
    assert example is not None, f"no readme-example:{language} block in README.md"
    return example


def test_the_package_readme_shows_the_same_example() -> None:
    assert example_in(ROOT / "clients" / "python" / "README.md", "python") == readme_example("python")


def test_the_readme_example_runs_as_printed(server: Server) -> None:
    script = readme_example("python").replace("localhost:8080", server.address)
    token = server.token("alice@acme.test", roles=["ORG_ADMIN"])
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=dict(os.environ, TOKEN=token),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "saved True ['prod-needs-manager']" in lines
    assert any(line.startswith("outcome EVALUATION_OUTCOME_") for line in lines), lines
    assert any(re.fullmatch(r"aborted VERSION_CONFLICT request id [0-9a-f-]{36}", line) for line in lines), lines
    invalid = [line for line in lines if line.startswith("invalid ")]
    assert "invalid workflow.rules[0].name - must not be empty" in invalid, lines
    assert len(invalid) >= 3, lines
