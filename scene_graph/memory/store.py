"""The scene memory's SQLite file (stdlib ``sqlite3``, write-ahead log): one transaction per observed frame.

Tables: ``meta`` (format, version, id counter, configuration), ``frames`` (one row per observed frame: name,
time, camera, what happened), ``objects`` (one row per remembered object: its fused state as JSON, plus name,
state, last frame, position and size as columns, so reopening reads numbers and parses a record only when the
object is needed) and ``sightings`` (which frame saw which object where). A frame's rows are
written in one ``BEGIN IMMEDIATE ... COMMIT``: a process killed at any point leaves the file as it was before
the frame or after it, never between; the write-ahead log makes readers see only committed frames.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from nsvr.scene_graph.errors import NsvrError

FORMAT = "nsvr-scene-memory"
VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS frames (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, timestamp REAL, pose TEXT, intrinsics TEXT,
    width INTEGER, height INTEGER, detections INTEGER NOT NULL, placed INTEGER NOT NULL,
    report TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS objects (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL, last_frame INTEGER NOT NULL,
    x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL, extent REAL NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sightings (
    object_id TEXT NOT NULL, frame_id INTEGER NOT NULL, source_id TEXT NOT NULL,
    x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (object_id, frame_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sightings_by_frame ON sightings (frame_id);
"""


class MemoryFileError(NsvrError):
    """A memory file that cannot be opened or written (not SQLite, not a scene memory, newer version, locked)."""


class MemoryStore:
    """The SQLite file behind a :class:`~nsvr.scene_graph.memory.SceneMemory` (``":memory:"`` for none)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:" and Path(self.path).is_dir():
            raise MemoryFileError(f"{self.path} is a folder; give a file path such as memory.db")
        try:
            self.connection = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self._check_format()
        except sqlite3.DatabaseError as error:
            raise MemoryFileError(f"cannot open {self.path} as a scene memory: {error}") from error

    def _check_format(self) -> None:
        tables = {row[0] for row in self.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "meta" not in tables:
            raise MemoryFileError(f"{self.path} is an SQLite file but not an nsvr scene memory")
        with self.transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.connection.execute(statement)
            meta = self.meta()
            if not meta:
                self._put_meta({"format": FORMAT, "version": VERSION, "next_object": 1})
            elif meta.get("format") != FORMAT:
                raise MemoryFileError(f"{self.path} is not an nsvr scene memory (format {meta.get('format')!r})")
            elif int(meta.get("version", 0)) > VERSION:
                raise MemoryFileError(
                    f"{self.path} was written by a newer nsvr (memory format {meta['version']}); upgrade nsvr"
                )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` (the write lock) ... ``COMMIT``; anything raised rolls the whole frame back."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise MemoryFileError(f"{self.path} is locked by another writer ({error}); try again") from error
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def meta(self) -> dict[str, Any]:
        return {key: json.loads(value) for key, value in self.connection.execute("SELECT key, value FROM meta")}

    def _put_meta(self, values: dict[str, Any]) -> None:
        self.connection.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [(key, json.dumps(value)) for key, value in values.items()],
        )

    def put_meta(self, values: dict[str, Any]) -> None:
        """Write meta entries in their own transaction."""
        with self.transaction():
            self._put_meta(values)

    def last_frame(self) -> int:
        row = self.connection.execute("SELECT MAX(id) FROM frames").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def frames(self) -> list[dict[str, Any]]:
        """Every frame: id, name, timestamp (the cameras and reports are read with :meth:`frame`)."""
        rows = self.connection.execute("SELECT id, name, timestamp FROM frames ORDER BY id")
        return [{"id": row[0], "name": row[1], "timestamp": row[2]} for row in rows]

    def frame(self, frame_id: int) -> dict[str, Any] | None:
        row = self.connection.execute(
            "SELECT id, name, timestamp, pose, intrinsics, width, height, detections, placed, report FROM frames "
            "WHERE id = ?",
            (frame_id,),
        ).fetchone()
        if row is None:
            return None
        keys = ("id", "name", "timestamp", "pose", "intrinsics", "width", "height", "detections", "placed", "report")
        found = dict(zip(keys, row, strict=True))
        for key in ("pose", "intrinsics", "report"):
            found[key] = json.loads(found[key]) if found[key] is not None else None
        return found

    def states(self) -> dict[str, str]:
        """Every object id with its state."""
        return dict(self.connection.execute("SELECT id, state FROM objects"))

    def placed(self, states: tuple[str, ...]) -> list[tuple[str, float, float, float, float]]:
        """``(id, x, y, z, half-width)`` of the objects in ``states``, in creation order."""
        marks = ", ".join("?" * len(states))
        query = f"SELECT id, x, y, z, extent FROM objects WHERE state IN ({marks}) ORDER BY rowid"
        return list(self.connection.execute(query, states))

    def records(self, ids: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
        """The fused state of the objects ``ids``."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = f"SELECT id, record FROM objects WHERE id IN ({', '.join('?' * len(chunk))})"
            for object_id, record in self.connection.execute(query, chunk):
                yield object_id, json.loads(record)

    def sightings(self, object_id: str | None = None) -> list[dict[str, Any]]:
        """Sightings of one object (or all), oldest first: frame id, the perception's id, world position, score."""
        query = "SELECT object_id, frame_id, source_id, x, y, z, score FROM sightings"
        rows = self.connection.execute(
            query + (" WHERE object_id = ? ORDER BY frame_id" if object_id else " ORDER BY frame_id, object_id"),
            (object_id,) if object_id else (),
        )
        return [
            {"object": r[0], "frame": r[1], "source": r[2], "position": [r[3], r[4], r[5]], "score": r[6]} for r in rows
        ]

    def write_frame(
        self,
        frame: dict[str, Any],
        objects: list[tuple[str, str, str, int, float, float, float, float, dict[str, Any]]],
        sightings: list[tuple[str, int, str, float, float, float, float]],
        meta: dict[str, Any],
    ) -> None:
        """Inside :meth:`transaction`: the frame row, the changed objects ``(id, name, state, last_frame, x, y, z,
        extent, record)``, the sightings ``(object, frame, source, x, y, z, score)`` and meta entries."""
        self.connection.execute(
            "INSERT INTO frames (id, name, timestamp, pose, intrinsics, width, height, detections, placed, report) "
            "VALUES (:id, :name, :timestamp, :pose, :intrinsics, :width, :height, :detections, :placed, :report)",
            {
                **frame,
                "pose": json.dumps(frame["pose"]) if frame.get("pose") is not None else None,
                "intrinsics": json.dumps(frame["intrinsics"]) if frame.get("intrinsics") is not None else None,
                "report": json.dumps(frame["report"]),
            },
        )
        self.connection.executemany(
            "INSERT INTO objects (id, name, state, last_frame, x, y, z, extent, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "state = excluded.state, last_frame = excluded.last_frame, x = excluded.x, y = excluded.y, "
            "z = excluded.z, extent = excluded.extent, record = excluded.record",
            [(*row[:-1], json.dumps(row[-1])) for row in objects],
        )
        self.connection.executemany("INSERT INTO sightings VALUES (?, ?, ?, ?, ?, ?, ?)", sightings)
        self._put_meta(meta)

    def close(self) -> None:
        self.connection.close()
