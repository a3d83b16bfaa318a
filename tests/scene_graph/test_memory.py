"""SceneMemory on small rendered worlds: spheres on a ground plane seen by RGB-D cameras whose depth and masks are
ray-traced here, so every case (a hidden object, a dropped view, a removed or moved object) is exact."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from nsvr.scene_graph.memory import (
    CameraError,
    FrameError,
    SceneMemory,
    SceneMemoryError,
    as_pose,
)
from nsvr.scene_graph.models import RLE, Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Count, Filter, Program, Query, Relate, Scene, Select, Unique
from nsvr.scene_graph.rle import counts_to_string

WIDTH, HEIGHT = 160, 120
K = np.array([[150.0, 0.0, 79.5], [0.0, 150.0, 59.5], [0.0, 0.0, 1.0]])


@dataclass
class Ball:
    name: str
    centre: tuple[float, float]
    radius: float = 0.5
    color: str = "red"


def look_at(eye, target=(0.0, 0.0, 0.0)) -> np.ndarray:
    """OpenCV camera-to-world pose of a camera at ``eye`` looking at ``target`` (z up)."""
    eye, target = np.asarray(eye, float), np.asarray(target, float)
    forward = (target - eye) / np.linalg.norm(target - eye)
    right = np.cross(forward, (0, 0, 1.0))
    right /= np.linalg.norm(right)
    down = np.cross(forward, right)
    pose = np.eye(4)
    pose[:3, 0], pose[:3, 1], pose[:3, 2], pose[:3, 3] = right, down, forward, eye
    return pose


def encode(mask: np.ndarray) -> RLE:
    flat = mask.T.ravel().astype(np.int8)
    changes = np.flatnonzero(np.diff(flat)) + 1
    bounds = np.concatenate(([0], changes, [flat.size]))
    counts = np.diff(bounds).tolist()
    if flat[0]:
        counts = [0, *counts]
    return RLE(size=mask.shape, counts=counts_to_string(counts))


def render(balls: list[Ball], pose: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """z-depth and object index (-1: ground) of every pixel."""
    v, u = np.mgrid[0:HEIGHT, 0:WIDTH]
    rays = np.stack([(u - K[0, 2]) / K[0, 0], (v - K[1, 2]) / K[1, 1], np.ones_like(u, float)], -1) @ pose[:3, :3].T
    origin = pose[:3, 3]
    depth = np.where(rays[..., 2] < 0, -origin[2] / np.minimum(rays[..., 2], -1e-12), np.inf)
    index = np.full(depth.shape, -1)
    for k, ball in enumerate(balls):
        centre = np.array([*ball.centre, ball.radius])
        offset = origin - centre
        a = (rays**2).sum(-1)
        b = 2 * (rays @ offset)
        c = offset @ offset - ball.radius**2
        disc = b * b - 4 * a * c
        t = np.where(disc >= 0, (-b - np.sqrt(np.maximum(disc, 0))) / (2 * a), np.inf)
        hit = (t > 0) & (t < depth)
        depth[hit], index[hit] = t[hit], k
    return depth.astype(np.float32), index


def observe(memory: SceneMemory, balls: list[Ball], pose: np.ndarray, t: float, **extra) -> object:
    depth, index = render(balls, pose)
    objects = []
    for k, ball in enumerate(balls):
        mask = index == k
        if mask.sum() >= 20:
            objects.append(
                Object(
                    id=f"d{k}",
                    name="ball",
                    mask=encode(mask),
                    attributes={"color": Attribute(value=ball.color)},
                    **extra,
                )
            )
    graph = SceneGraph(width=WIDTH, height=HEIGHT, objects=objects)
    return memory.observe(graph, depth=depth, intrinsics=K, pose=pose, timestamp=t, name=f"t{t:g}")


SOUTH = look_at((0, -8, 5))
SOUTH_EAST = look_at((5, -6.5, 5))
NORTH = look_at((0, 8, 5))
WORLD = [Ball("a", (-1.5, 0.0), color="red"), Ball("b", (1.5, 0.5), color="blue"), Ball("c", (0.0, 2.0), 0.4, "green")]


def position_of(memory: SceneMemory, ball: Ball) -> tuple[str, float]:
    """The nearest remembered object to ``ball`` and its distance."""
    truth = np.array([*ball.centre, ball.radius])
    nearest = min(memory.objects(), key=lambda o: np.linalg.norm(o.position - truth))
    return nearest.id, float(np.linalg.norm(nearest.position - truth))


def test_views_fuse_into_one_object_each_with_stable_ids():
    memory = SceneMemory()
    first = observe(memory, WORLD, SOUTH, 1)
    second = observe(memory, WORLD, SOUTH_EAST, 2)
    assert first.created == ["m1", "m2", "m3"] and second.created == []
    assert second.matched == {"d0": "m1", "d1": "m2", "d2": "m3"}
    for ball, expected in zip(WORLD, ("m1", "m2", "m3"), strict=True):
        found, error = position_of(memory, ball)
        assert found == expected and error < 0.05
        assert memory.object(found).hits == 2 and memory.object(found).value("color") == ball.color
    program = Program(steps=[Scene(), Filter(inputs=[0], attribute="color", value="blue"), Count(inputs=[1])])
    answer = memory.ask(program)
    assert answer.value == 1 and answer.evidence == ["m2"]


def test_a_hidden_object_is_not_missed_and_appears_when_another_view_sees_it():
    front, hidden = Ball("front", (0.0, -1.0), 0.8, "red"), Ball("hidden", (0.0, 0.6), 0.3, "green")
    world = [front, hidden]
    assert (render(world, SOUTH)[1] == 1).sum() == 0  # the small ball is fully behind the big one from the south
    memory = SceneMemory()
    assert observe(memory, world, SOUTH, 1).created == ["m1"]
    seen = observe(memory, world, NORTH, 2)
    assert seen.created == ["m2"]
    again = observe(memory, world, SOUTH, 3)  # hidden again: no evidence that it left
    assert "m2" not in again.missed and memory.object("m2").state == "present"
    assert len(memory.objects()) == 2


def test_a_removed_object_leaves_and_where_it_was_last_seen_is_remembered():
    memory = SceneMemory()
    observe(memory, WORLD, SOUTH, 1)
    observe(memory, WORLD, SOUTH_EAST, 2)
    remaining = [WORLD[0], WORLD[2]]
    misses = [observe(memory, remaining, SOUTH, 3), observe(memory, remaining, SOUTH_EAST, 4)]
    assert misses[0].missed == {"m2": "free"}
    assert "m2" in misses[0].removed + misses[1].removed
    assert [o.id for o in memory.objects()] == ["m1", "m3"]
    count_blue = Program(steps=[Scene(), Filter(inputs=[0], attribute="color", value="blue"), Count(inputs=[1])])
    assert memory.ask(count_blue).value == 0
    where = Program(
        steps=[
            Scene(),
            Filter(inputs=[0], attribute="color", value="blue"),
            Unique(inputs=[1]),
            Query(inputs=[2], attribute="location"),
        ]
    )
    answer = memory.ask(where)
    assert answer.status == "ok" and answer.evidence == ["m2"]
    x, y, z = (float(v) for v in answer.value.strip("()").split(","))
    assert abs(x - 1.5) < 0.1 and abs(y - 0.5) < 0.1 and abs(z - 0.5) < 0.1
    when = memory.ask(Program(steps=[*where.steps[:3], Query(inputs=[2], attribute="last_seen")]))
    assert when.value == "t=2 s"
    assert memory.ask(Program(steps=[*where.steps[:3], Query(inputs=[2], attribute="last_seen_frame")])).value == "t2"


def test_a_far_move_makes_a_new_object_and_removes_the_old_one():
    memory = SceneMemory()
    observe(memory, WORLD, SOUTH, 1)
    observe(memory, WORLD, SOUTH_EAST, 2)
    moved = [WORLD[0], Ball("b", (2.5, -2.0), color="blue"), WORLD[2]]
    reports = [observe(memory, moved, SOUTH, 3), observe(memory, moved, SOUTH_EAST, 4)]
    assert reports[0].created == ["m4"]
    assert "m2" in reports[0].removed + reports[1].removed
    found, error = position_of(memory, moved[1])
    assert found == "m4" and error < 0.1 and len(memory.objects()) == 3


def test_a_short_move_keeps_the_id_and_takes_the_new_place():
    memory = SceneMemory()
    observe(memory, WORLD, SOUTH, 1)
    observe(memory, WORLD, SOUTH_EAST, 2)
    nudged = [Ball("a", (-1.5, 0.6), color="red"), WORLD[1], WORLD[2]]
    report = observe(memory, nudged, SOUTH_EAST, 3)
    assert report.matched["d0"] == "m1" and report.moved == ["m1"] and not report.created
    assert position_of(memory, nudged[0]) == ("m1", pytest.approx(0.0, abs=0.08))


def test_left_and_right_follow_the_viewpoint():
    memory = SceneMemory()
    observe(memory, WORLD, SOUTH, 1)
    observe(memory, WORLD, NORTH, 2)
    left_of_red = Program(
        steps=[
            Scene(),
            Filter(inputs=[0], attribute="color", value="red"),
            Unique(inputs=[1]),
            Relate(inputs=[2], predicate="right"),
            Filter(inputs=[3], attribute="color", value="blue"),
            Count(inputs=[4]),
        ]
    )
    assert memory.ask(left_of_red, viewpoint=SOUTH).value == 1  # from the south, blue (x=1.5) is right of red
    assert memory.ask(left_of_red, viewpoint=NORTH).value == 0  # from the north it is on the left
    assert memory.ask(left_of_red, viewpoint=1).value == 1  # a frame id: that frame's camera
    graph = memory.graph(viewpoint=NORTH)
    assert graph.metadata["directions"]["left"] == pytest.approx([1.0, 0.0, 0.0], abs=1e-9)
    assert graph.object("m1").position_3d[2] > 0  # camera frame of the viewpoint: in front of it


def test_attribute_votes_fuse_with_their_confidences_and_keep_runners_up():
    memory = SceneMemory()
    unsure_red = Attribute(value="red", confidence=0.6, alternatives={"blue": 0.4})
    sure_blue = Attribute(value="blue", confidence=0.9, alternatives={"red": 0.1})
    for t, colour in ((1, unsure_red), (2, sure_blue)):
        graph = SceneGraph(
            width=WIDTH,
            height=HEIGHT,
            objects=[Object(id="x", name="ball", attributes={"color": colour}, position_3d=(0.0, 0.0, 4.0))],
        )
        memory.observe(graph, timestamp=t)
    obj = memory.object("m1")
    assert obj.distribution("color") == pytest.approx({"blue": 0.65, "red": 0.35})
    attribute = memory.graph().object("m1").attributes["color"]
    assert attribute.value == "blue" and attribute.alternatives == {"red": 0.35}


def test_without_depth_the_perceptions_estimate_is_used_in_its_own_frame():
    memory = SceneMemory()
    estimate_camera = look_at((0, -8, 5))
    world_point = np.array([1.0, 2.0, 0.5])
    in_estimate_frame = world_point  # the perception's estimate is in a world whose camera sits at estimate_camera
    obj = Object(id="x", name="ball", position_3d=tuple(in_estimate_frame))
    pose = look_at((8, 0, 5))  # the real camera
    memory.observe(SceneGraph(width=WIDTH, height=HEIGHT, objects=[obj]), pose=pose, estimate_camera=estimate_camera)
    expected = pose[:3, :3] @ (estimate_camera[:3, :3].T @ (world_point - estimate_camera[:3, 3])) + pose[:3, 3]
    assert memory.object("m1").position == pytest.approx(expected)


def test_a_detection_that_is_a_patch_of_the_ground_stays_a_candidate():
    depth, index = render(WORLD, SOUTH)
    shadow = np.zeros_like(index, dtype=bool)
    shadow[95:110, 20:40] = True
    assert (index[shadow] == -1).all()
    objects = [
        Object(id="ball", name="ball", mask=encode(index == 0)),
        Object(id="shadow", name="ball", mask=encode(shadow)),
    ]
    memory = SceneMemory()
    report = memory.observe(
        SceneGraph(width=WIDTH, height=HEIGHT, objects=objects), depth=depth, intrinsics=K, pose=SOUTH
    )
    assert report.created == ["m1", "m2"]
    graph = memory.graph()
    assert graph.ids() == ["m1"] and [c.id for c in graph.candidates] == ["m2"]
    assert memory.ask(Program(steps=[Select(name="ball"), Count(inputs=[0])])).value == 1


def test_bad_frames_are_refused_with_a_clear_error():
    memory = SceneMemory()
    graph = SceneGraph(width=WIDTH, height=HEIGHT, objects=[])
    with pytest.raises(FrameError, match="aligned"):
        memory.observe(graph, depth=np.zeros((10, 10)), intrinsics=K)
    with pytest.raises(FrameError, match="intrinsics"):
        memory.observe(graph, depth=np.zeros((HEIGHT, WIDTH)))
    with pytest.raises(CameraError, match="rotation"):
        memory.observe(graph, pose=np.diag([1.0, 1.0, -1.0, 1.0]))
    with pytest.raises(CameraError, match="3x3"):
        memory.observe(graph, intrinsics=[[1, 2], [3, 4]])
    assert memory.frame_count == 0  # nothing was written


def test_millimetre_depth_needs_its_scale():
    depth, index = render(WORLD, SOUTH)
    millimetres = np.round(np.where(np.isfinite(depth), depth, 0) * 1000).astype(np.uint16)
    graph = SceneGraph(width=WIDTH, height=HEIGHT, objects=[Object(id="a", name="ball", mask=encode(index == 0))])
    with pytest.raises(FrameError, match="depth_scale"):
        SceneMemory().observe(graph, depth=millimetres, intrinsics=K, pose=SOUTH)
    memory = SceneMemory()
    memory.observe(graph, depth=millimetres, depth_scale=0.001, intrinsics=K, pose=SOUTH)
    assert position_of(memory, WORLD[0])[1] < 0.05


def test_questions_need_a_planner_or_a_program():
    memory = SceneMemory()
    observe(memory, WORLD, SOUTH, 1)
    with pytest.raises(SceneMemoryError, match="planner"):
        memory.ask("How many balls are there?")
    count = Program(steps=[Select(name="ball"), Count(inputs=[0])])
    assert memory.ask("How many balls are there?", planner=lambda question: count).value == 3
    failing = memory.ask("???", planner=lambda question: (_ for _ in ()).throw(ValueError("cannot parse")))
    assert failing.status == "error" and "cannot parse" in failing.reason


def test_poses_in_robotics_forms_agree():
    matrix = look_at((3, -4, 2))
    from_quaternion = {"position": {"x": 3, "y": -4, "z": 2}, "orientation": _quaternion(matrix[:3, :3])}
    assert as_pose(from_quaternion) == pytest.approx(matrix, abs=1e-9)
    assert as_pose(matrix[:3].ravel().tolist()) == pytest.approx(matrix)


def _quaternion(rotation: np.ndarray) -> list[float]:
    w = np.sqrt(max(0.0, 1 + np.trace(rotation))) / 2
    x = np.copysign(
        np.sqrt(max(0.0, 1 + rotation[0, 0] - rotation[1, 1] - rotation[2, 2])) / 2, rotation[2, 1] - rotation[1, 2]
    )
    y = np.copysign(
        np.sqrt(max(0.0, 1 - rotation[0, 0] + rotation[1, 1] - rotation[2, 2])) / 2, rotation[0, 2] - rotation[2, 0]
    )
    z = np.copysign(
        np.sqrt(max(0.0, 1 - rotation[0, 0] - rotation[1, 1] + rotation[2, 2])) / 2, rotation[1, 0] - rotation[0, 1]
    )
    return [x, y, z, w]
