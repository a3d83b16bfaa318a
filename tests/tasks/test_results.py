from __future__ import annotations

import doctest
import json
import subprocess
import sys

import pytest

from nsvr.tasks import bench_common, results
from nsvr.tasks.results import OutputLockedError, ResultStore, encode_line, write_json


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


def test_unreadable_lines_are_skipped_and_never_rewritten(tmp_path):
    path = tmp_path / "r.jsonl"
    with ResultStore(path) as store:
        store.append({"id": "a", "x": 1})
    good = path.read_bytes()
    garbage = b'42\n{}\n[1, 2]\n\xff\xfe{"id": "z"}\nnull\n{"id": "y", "x": 9}\n'
    path.write_bytes(good + garbage + encode_line({"id": "b", "x": 2}).encode())
    store = ResultStore(path)
    assert [r["id"] for r in store.records()] == ["a", "b"]
    assert store.skipped == [
        "line 2: not a record (a JSON int)",
        "line 3: no 'id'",
        "line 4: not a record (a JSON array)",
        "line 5: not UTF-8",
        "line 6: not a record (a JSON null)",
        "line 7: no checksum",  # every line of this store has one: this one was damaged (or forged)
    ]
    before = path.read_bytes()
    with ResultStore(path) as store:
        store.append({"id": "c", "x": 3})
    assert path.read_bytes().startswith(before)  # nothing that was there is lost or changed


def test_a_store_written_without_checksums_is_read(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": "a", "correct": true}\n{"id": "b", "correct": false}\n')
    assert ResultStore(path).latest() == {"a": {"id": "a", "correct": True}, "b": {"id": "b", "correct": False}}


def test_a_line_changed_into_other_valid_json_fails_its_checksum(tmp_path):
    path = tmp_path / "r.jsonl"
    with ResultStore(path) as store:
        store.append({"id": "12", "correct": True})
        store.append({"id": "13", "correct": False})
    path.write_text(path.read_text().replace('"id": "12"', '"id": "13"', 1))
    store = ResultStore(path)
    assert store.latest() == {"13": {"id": "13", "correct": False}}
    assert store.skipped == ["line 1: checksum mismatch"]


def test_a_complete_last_record_without_its_newline_is_kept(tmp_path):
    path = tmp_path / "r.jsonl"
    with ResultStore(path) as store:
        store.append({"id": "a"})
        store.append({"id": "b"})
    path.write_bytes(path.read_bytes()[:-1])  # the newline of "b" never reached the disk
    with ResultStore(path) as store:
        assert store.done_ids() == {"a", "b"}
        store.append({"id": "c"})
    assert [r["id"] for r in ResultStore(path).records()] == ["a", "b", "c"]


def test_a_second_writer_is_refused_naming_the_holder(tmp_path):
    with ResultStore(tmp_path / "r.jsonl") as store:
        store.append({"id": "a"})
        with pytest.raises(OutputLockedError, match=rf"output folder {tmp_path} is in use by another run \(pid \d+"):
            ResultStore(tmp_path / "r.jsonl").open()
    with ResultStore(tmp_path / "r.jsonl") as store:  # released on close
        store.append({"id": "b"})


def test_the_lock_is_released_when_its_holder_is_killed(tmp_path):
    code = (
        "import sys, time; from nsvr.tasks.results import ResultStore;"
        f"s = ResultStore({str(tmp_path / 'r.jsonl')!r}).open(); print('locked', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputLockedError, match=f"pid {holder.pid} on "):
            ResultStore(tmp_path / "r.jsonl").open()
    finally:
        holder.kill()
        holder.wait()
    ResultStore(tmp_path / "r.jsonl").open().close()


def test_docstring_examples():
    for module in (results, bench_common):
        outcome = doctest.testmod(module)
        assert outcome.attempted > 0 and outcome.failed == 0
