"""The scheduling both backends share, on fake workers: a worker that died rests and is probed before it takes
another image (a Ray actor whose machine is gone may stay down), while the others take the images; images that
kill every worker, or that no worker can take, are named at the end."""

from __future__ import annotations

import time

import pytest

from nsvr.tasks.distributed import schedule as scheduling
from nsvr.tasks.distributed.schedule import DIED, WorkersError, schedule


class FakeWorkers:
    """``submit``/``probe``/``collect`` over named workers. ``lost[name] = (jobs, probes)``: the worker dies on its
    job number ``jobs`` and stays down for ``probes`` probes (None: for good); ``kills``: images that kill any
    worker. ``ran`` says which worker did each image."""

    def __init__(self, lost: dict[str, tuple[int, int | None]] | None = None, kills: frozenset[int] = frozenset()):
        self.lost = dict(lost or {})
        self.kills = kills
        self.jobs: dict[str, int] = {}
        self.down: dict[str, int | None] = {}
        self.ran: dict[int, str] = {}
        self.handed_while_down: list[str] = []

    def submit(self, worker: str, index: int) -> tuple:
        if worker in self.down:
            self.handed_while_down.append(worker)
        return ("job", worker, index, time.monotonic())

    def probe(self, worker: str) -> tuple:
        return ("probe", worker, None, time.monotonic())

    def collect(self, running: list) -> tuple:
        time.sleep(0.002)  # a job takes a moment, so a rest can end during the run
        handle = running[0]
        kind, worker, index, _ = handle
        if kind == "probe":
            left = self.down.get(worker, 0)
            if left is None or left > 0:
                self.down[worker] = None if left is None else left - 1
                return handle, DIED
            self.down.pop(worker, None)
            return handle, 1234  # the worker's pid: it is back
        if worker in self.down:
            return handle, DIED
        self.jobs[worker] = self.jobs.get(worker, 0) + 1
        if worker in self.lost and self.jobs[worker] == self.lost[worker][0]:
            self.down[worker] = self.lost[worker][1]
            return handle, DIED
        if index in self.kills:
            return handle, DIED
        self.ran[index] = worker
        return handle, ([{"image": index}], "")

    def run(self, workers: list[str], n: int, probing: bool = True) -> list:
        work = [((f"img{k}",), {}) for k in range(n)]
        probe = self.probe if probing else None
        return list(schedule(workers, work, self.submit, self.collect, probe=probe))


@pytest.fixture(autouse=True)
def short_rests(monkeypatch):
    monkeypatch.setattr(scheduling, "REST", (0.01, 0.04))
    monkeypatch.setattr(scheduling, "PATIENCE", 0.3)


def test_a_worker_lost_for_good_leaves_its_image_and_the_rest_to_the_others(capsys):
    fake = FakeWorkers(lost={"b": (2, None)})
    records = fake.run(["a", "b"], 30)
    assert sorted(r[0]["image"] for r in records) == list(range(30))
    assert fake.handed_while_down == []  # probed, never handed an image while down
    assert capsys.readouterr().err.count("warning: a worker died on image img") == 1


def test_a_worker_down_for_a_while_takes_images_again_once_a_probe_finds_it_back():
    fake = FakeWorkers(lost={"b": (1, 2)})
    records = fake.run(["a", "b"], 60)
    assert len(records) == 60 and fake.jobs["b"] > 1 and "b" in fake.ran.values()
    assert fake.handed_while_down == []


def test_images_no_worker_can_take_are_named_once_the_patience_runs_out():
    fake = FakeWorkers(lost={"a": (1, None), "b": (1, None)})
    with pytest.raises(WorkersError, match=r"image job\(s\) left undone because no worker could take them for"):
        fake.run(["a", "b"], 4)
    assert fake.ran == {}


@pytest.mark.parametrize("probing", [True, False])
def test_an_image_that_kills_every_worker_is_given_up_and_the_others_done(probing):
    fake = FakeWorkers(kills=frozenset({1}))
    with pytest.raises(WorkersError) as raised:
        fake.run(["a", "b"], 3, probing)
    assert str(raised.value).startswith(
        "1 image job(s) left undone after their worker died 3 times on each (image img1)"
    )
    assert sorted(fake.ran) == [0, 2]


def test_a_probe_that_never_answers_does_not_keep_the_run_from_giving_up():
    """A backend's wait may end with nothing ((None, None)): a probe of a worker whose machine is gone that hangs
    instead of failing still lets the patience run out."""
    fake = FakeWorkers(lost={"a": (1, None)})

    def collect(running: list) -> tuple:
        if all(handle[0] == "probe" for handle in running):
            time.sleep(0.01)
            return None, None  # the probe hangs
        return fake.collect(running)

    work = [((f"img{k}",), {}) for k in range(3)]
    with pytest.raises(WorkersError, match=r"left undone because no worker could take them"):
        list(schedule(["a"], work, fake.submit, collect, probe=fake.probe))
