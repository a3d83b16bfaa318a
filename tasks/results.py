"""The results store: one JSON line per question, appended and flushed as it goes.

A run killed at any point (even ``kill -9``) resumes from the file: the lines already there are done; a torn last
line (the write that was interrupted) is dropped and redone.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "results.jsonl"
>>> with ResultStore(path) as store:
...     store.append({"id": "q1", "correct": True})
>>> sorted(ResultStore(path).done_ids())
['q1']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any


class ResultStore:
    """Append-only JSONL keyed by ``key`` (the record field that names the question)."""

    def __init__(self, path: Path, key: str = "id") -> None:
        self.path = Path(path)
        self.key = key
        self._handle: Any = None

    def records(self) -> Iterator[dict[str, Any]]:
        """Every complete record in the file (a torn last line is skipped)."""
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.endswith("\n"):
                    break
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    continue

    def done_ids(self) -> set[str]:
        return {str(r[self.key]) for r in self.records() if self.key in r}

    def _drop_torn_tail(self) -> None:
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            self.path.write_bytes(data[: data.rfind(b"\n") + 1])

    def open(self) -> ResultStore:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._drop_torn_tail()
        self._handle = self.path.open("a", encoding="utf-8")
        return self

    def append(self, record: dict[str, Any]) -> None:
        if self._handle is None:
            self.open()
        self._handle.write(json.dumps(record, default=str) + "\n")
        self._handle.flush()  # in the OS's hands now: a killed process loses nothing (fsync on close)

    def close(self) -> None:
        if self._handle is not None:
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None

    def __enter__(self) -> ResultStore:
        return self.open()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as indented JSON atomically (a crash never leaves half a summary)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, path)
