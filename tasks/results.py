"""The results store: one JSON line per record, appended and flushed as it goes; the single source of truth of a run.

A run killed at any point (even ``kill -9``) resumes from the file: the lines already there are done; a torn last
line (the write that was interrupted) is dropped and redone. Each line ends with a checksum of itself (``"crc"``);
lines that cannot be trusted (not JSON, not UTF-8, not a record, checksum wrong) are skipped with a warning, never
rewritten: the good lines around them are kept as they are, and what the bad ones held is redone. While a store is
open, its folder is locked: a second run writing into the same folder stops with an error that says who holds it.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "results.jsonl"
>>> with ResultStore(path) as store:
...     store.append({"id": "q1", "correct": True})
>>> _ = path.open("a").write('42\\n{"id": "q2", "correct": fal\\n')
>>> store = ResultStore(path)
>>> sorted(store.done_ids()), store.skipped
(['q1'], ['line 2: not a record (a JSON int)', 'line 3: not JSON'])
"""

from __future__ import annotations

import json
import os
import re
import socket
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from nsvr.scene_graph.errors import NsvrError

LOCK_NAME = ".nsvr.lock"
"""The lock file a run holds in its output folder while it writes there."""

Check = Callable[[dict[str, Any]], str | None]
"""A record check: None when the record is usable, else the problem (the line is then skipped and redone)."""


class OutputLockedError(NsvrError, RuntimeError):
    """Another run holds the output folder's lock; the message names it."""


class ResultStoreError(NsvrError, OSError):
    """The results store or its folder cannot be read or written (a file where the folder should be, no
    permission, disk full ...); the message names the path."""


class FolderLock:
    """An exclusive advisory lock on ``folder`` (``folder/.nsvr.lock``), released when its holder ends, even by
    ``kill -9``. The file records who holds it (pid, host, start time, command) for the error the next run
    prints."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> FolderLock:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as error:
            raise ResultStoreError(f"cannot use {self.folder} as an output folder: {error.strerror or error}") from None
        if not _try_lock(handle):
            handle.seek(0)
            holder = _describe_holder(handle.read())
            handle.close()
            raise OutputLockedError(
                f"output folder {self.folder} is in use by another run ({holder}); wait for it to finish or "
                "choose another --out"
            )
        handle.seek(0)
        handle.truncate()
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": time.strftime("%Y-%m-%d %H:%M:%S"),
            "command": " ".join(sys.argv),
        }
        handle.write(json.dumps(info) + "\n")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor releases the lock
            self._handle = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


def _try_lock(handle: IO[str]) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _describe_holder(text: str) -> str:
    try:
        info = json.loads(text)
        return f"pid {info['pid']} on {info['host']} since {info['started']}: {info['command']}"
    except (ValueError, KeyError, TypeError):
        return "holder unknown"


class ResultStore:
    """Append-only JSONL keyed by ``key`` (the record field that names it); ``check`` refuses unusable records.

    Reading never fails: :attr:`skipped` lists the lines that were skipped and why (``"line 7: not JSON"``)."""

    def __init__(self, path: Path, key: str = "id", check: Check | None = None) -> None:
        self.path = Path(path)
        self.key = key
        self.check = check
        self.skipped: list[str] = []
        self._handle: IO[str] | None = None
        self._lock: FolderLock | None = None

    def records(self) -> Iterator[dict[str, Any]]:
        """Every usable record in file order (a torn last line and unreadable lines are skipped, see
        :attr:`skipped`)."""
        self.skipped = []
        if not self.path.is_file():
            return
        try:
            data = self.path.read_bytes()
        except OSError as error:
            raise ResultStoreError(f"cannot read the results store {self.path}: {error.strerror or error}") from None
        lines = data.split(b"\n")
        torn = lines.pop()  # b"" when the file ends with a newline
        signed = b', "crc": ' in data  # a store written with checksums: a line without one is damaged
        for number, raw in enumerate(lines, start=1):
            record, problem = self._parse(raw, signed)
            if problem is not None:
                if raw.strip():
                    self.skipped.append(f"line {number}: {problem}")
                continue
            yield record  # type: ignore[misc]
        if torn.strip():
            record, problem = self._parse(torn, signed)
            if problem is None:
                yield record  # type: ignore[misc]  # a complete record whose newline was not written

    def _parse(self, raw: bytes, signed: bool = False) -> tuple[dict[str, Any] | None, str | None]:
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            return None, "not UTF-8"
        except ValueError:
            return None, "not JSON"
        if not isinstance(record, dict):
            return None, f"not a record (a JSON {_json_type(record)})"
        if not isinstance(record.get(self.key), str | int) or isinstance(record.get(self.key), bool):
            return None, f"no {self.key!r}"
        if "crc" in record:
            found = _CRC.search(raw)
            if found is None or zlib.crc32(raw[: found.start()] + b"}") != int(found[1]):
                return None, "checksum mismatch"
            del record["crc"]
        elif signed:
            return None, "no checksum"
        problem = self.check(record) if self.check is not None else None
        return (None, problem) if problem else (record, None)

    def latest(self) -> dict[str, dict[str, Any]]:
        """The last usable record of each key (a record redone after a bad line replaces nothing good)."""
        return {str(r[self.key]): r for r in self.records()}

    def done_ids(self) -> set[str]:
        return set(self.latest())

    def _repair_tail(self) -> None:
        """Before appending: a torn last line is cut off; a complete record that lacks its newline gets one."""
        if not self.path.is_file():
            return
        with self.path.open("rb+") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size == 0:
                return
            start = max(0, size - (1 << 20))
            handle.seek(start)
            tail = handle.read()
            if tail.endswith(b"\n"):
                return
            cut = tail.rfind(b"\n")
            if cut < 0 and start > 0:  # a last line over 1 MiB: read it whole
                handle.seek(0)
                tail, start = handle.read(), 0
                cut = tail.rfind(b"\n")
            _, problem = self._parse(tail[cut + 1 :], signed=b', "crc": ' in tail)
            if problem is None:
                handle.write(b"\n")
            else:
                handle.truncate(start + cut + 1)

    def open(self) -> ResultStore:
        """Lock the folder, mend a torn tail and open for appending."""
        if self._handle is not None:
            return self
        self._lock = FolderLock(self.path.parent).acquire()
        try:
            self._repair_tail()
            self._handle = self.path.open("a", encoding="utf-8")
        except OSError as error:
            self._lock.release()
            raise ResultStoreError(f"cannot write the results store {self.path}: {error.strerror or error}") from None
        except BaseException:
            self._lock.release()
            raise
        return self

    def append(self, record: dict[str, Any]) -> None:
        if self._handle is None:
            self.open()
        assert self._handle is not None
        self._handle.write(encode_line(record))
        self._handle.flush()  # in the OS's hands now: a killed process loses nothing (fsync on close)

    def close(self) -> None:
        if self._handle is not None:
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ResultStore:
        return self.open()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


_CRC = re.compile(rb', "crc": (\d+)\}\s*$')


def encode_line(record: dict[str, Any]) -> str:
    """One store line: the record as JSON, ending with the CRC-32 of the JSON it closes (``, "crc": N}``), so a
    line changed on disk, even into other valid JSON, is recognised and redone.

    >>> encode_line({"id": "q1"})
    '{"id": "q1", "crc": 2822885131}\\n'
    """
    body = json.dumps({k: v for k, v in record.items() if k != "crc"}, default=str).encode("utf-8")
    if body == b"{}":
        return "{}\n"
    return body[:-1].decode("utf-8") + f', "crc": {zlib.crc32(body)}}}\n'


def _json_type(value: Any) -> str:
    return {list: "array", str: "string", int: "int", float: "number", bool: "boolean"}.get(type(value), "null")


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as indented JSON atomically (a crash never leaves half a summary)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, path)
