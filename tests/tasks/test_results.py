from __future__ import annotations

import json

from nsvr.tasks.results import ResultStore, write_json


def test_append_resume_and_torn_tail(tmp_path):
    path = tmp_path / "r.jsonl"
    with ResultStore(path) as store:
        store.append({"id": "a", "x": 1})
        store.append({"id": "b", "x": 2})
    with path.open("a") as handle:
        handle.write('{"id": "c", "x"')
    assert ResultStore(path).done_ids() == {"a", "b"}
    with ResultStore(path) as store:
        store.append({"id": "c", "x": 3})
    assert [json.loads(line)["id"] for line in path.read_text().splitlines()] == ["a", "b", "c"]


def test_write_json_is_atomic_and_readable(tmp_path):
    target = tmp_path / "deep" / "summary.json"
    write_json(target, {"accuracy": 99.5})
    assert json.loads(target.read_text()) == {"accuracy": 99.5}
    assert not list(target.parent.glob("*.tmp"))
