"""The documentation: every code example runs, and the site builds without a warning.

In the Markdown pages (and the README), a ```pycon block is a doctest: its output must be
what the page shows. A ```python block is run as it is. Blocks of one page share one
namespace, top to bottom, so a page can build on its earlier examples. They run in a
temporary directory, so examples may write files.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted([*DOCS.rglob("*.md"), ROOT / "README.md"])
_BLOCK = re.compile(r"^```(?P<language>[\w-]*)[^\n]*\n(?P<code>.*?)^```\s*$", re.M | re.S)


def _blocks(page: Path) -> list[tuple[str, str, int]]:
    text = page.read_text(encoding="utf-8")
    return [
        (match["language"], match["code"], text.count("\n", 0, match.start()) + 2)
        for match in _BLOCK.finditer(text)
    ]


def _name(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("page", [p for p in PAGES if p.exists()], ids=_name)
def test_page_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    for forcing in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        # The pages show what a reader sees in a pipe: no colour codes.
        monkeypatch.delenv(forcing, raising=False)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for language, code, line in _blocks(page):
        where = f"{_name(page)}:{line}"
        if language == "pycon":
            test = parser.get_doctest(code, namespace, where, str(page), line)
            failures, _ = runner.run(test, clear_globs=False)
            namespace = test.globs  # DocTest copies the namespace; carry it to the next block
            assert 0 == failures, f"the example at {where} does not give what the page shows"
        elif language == "python":
            exec(compile(code, where, "exec"), namespace)  # our own docs, run as tests


def test_every_page_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r":\s*([\w/.-]+\.md)\s*$", config, re.M))
    assert sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")) == sorted(listed)


def test_the_api_reference_names_every_public_name() -> None:
    reference = (DOCS / "reference" / "api.md").read_text(encoding="utf-8")
    missing = [name for name in timeline.__all__ if f"`{name}" not in reference]
    assert [] == missing


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="mkdocs is not installed")
def test_the_site_builds_without_warnings(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert (0, []) == (
        result.returncode,
        [line for line in result.stderr.splitlines() if "WARNING" in line],
    ), result.stderr
