"""Programs compiled once and run on many graphs; per-graph indexes built once; the trace built when read."""

from __future__ import annotations

import gc
import json
import pickle
import subprocess
import sys

from nsvr.scene_graph import Attribute, Object, SceneGraph, compile_program, execute
from nsvr.scene_graph import program as P
from nsvr.scene_graph.clevr import compile_clevr, program_from_clevr, scene_from_clevr
from nsvr.scene_graph.index import _INDEXES, forget_index, graph_index


def _cubes(*colors: str) -> SceneGraph:
    objects = [Object(id=str(k), name="cube", attributes={"color": Attribute(value=c)}) for k, c in enumerate(colors)]
    return SceneGraph(width=10, height=10, objects=objects)


RED_COUNT = P.Program(steps=[P.Scene(), P.Filter(inputs=[0], attribute="color", value="red"), P.Count(inputs=[1])])


def test_one_compiled_program_runs_on_many_graphs():
    compiled = compile_program(RED_COUNT)
    assert compiled.problems == [] and compiled.types == ["objects", "objects", "number"]
    answers = [compiled.run(g) for g in (_cubes("red"), _cubes("blue", "red", "red"), _cubes())]
    assert [(a.value, a.evidence) for a in answers] == [(1, ["0"]), (2, ["1", "2"]), (0, [])]
    assert execute(compiled, _cubes("red", "red")).value == 2


def test_invalid_programs_compile_to_their_problems():
    compiled = compile_program(P.Program(steps=[P.Scene(), P.Count(inputs=[0]), P.Exist(inputs=[1])]))
    assert compiled.problems == ["step 2 (exist): input 0 must be objects, step 1 gives number"]
    answer = compiled.run(_cubes("red"))
    assert answer.status == "error" and "must be objects" in answer.reason
    dangling = P.Program(steps=[P.Scene(), P.Count(inputs=[5])])
    unchecked = execute(dangling, _cubes("red"), validate=False)  # runs anyway: an error answer, not a crash
    assert unchecked.status == "error" and unchecked.reason.startswith("step 1 (count) failed: IndexError")


def test_the_trace_is_built_on_first_read_and_survives_copies_and_pickles():
    answer = execute(RED_COUNT, _cubes("blue", "red"))
    expected = [([], "scene", ["0", "1"], None), ([0], "filter", ["1"], None), ([1], "count", None, 1)]
    assert [(t.inputs, t.op, t.objects, t.value) for t in answer.trace] == expected
    assert answer.trace[1].arguments == {"attribute": "color", "value": "red"}
    fresh = execute(RED_COUNT, _cubes("blue", "red"))
    assert [t.op for t in fresh.model_copy(update={"reason": "x"}).trace] == ["scene", "filter", "count"]
    assert pickle.loads(pickle.dumps(fresh)) == fresh == answer
    assert json.loads(fresh.model_dump_json())["trace"][2]["value"] == 1


def test_a_failed_step_ends_the_trace_with_its_reason():
    program = P.Program(steps=[P.Scene(), P.Unique(inputs=[0]), P.Query(inputs=[1], attribute="color")])
    answer = execute(program, _cubes("red", "blue"))
    assert answer.status == "unknown" and answer.evidence == ["0", "1"]
    assert [(t.op, t.failed) for t in answer.trace] == [
        ("scene", None),
        ("unique", "unique needs exactly one object, found 2"),
    ]


def test_clevr_programs_compile_straight_from_json(shared_dir):
    scenes = json.loads((shared_dir / "clevr-mini/val/scenes.json").read_text())["scenes"]
    graphs = {s["image_index"]: scene_from_clevr(s) for s in scenes}
    for question in json.loads((shared_dir / "clevr-mini/val/questions.json").read_text())["questions"][:60]:
        compiled = compile_clevr(question["program"])
        assert compiled.program == program_from_clevr(question["program"])
        graph = graphs[question["image_index"]]
        assert compiled.run(graph) == execute(program_from_clevr(question["program"]), graph)


def test_running_an_imported_clevr_program_keeps_it_in_its_compiled_form(shared_dir):
    # the square-among-rectangles check once rebuilt every imported program's steps on its first run: a quarter
    # of the CLEVR compile-and-run time. Graphs without a debated kind never look at the program's names.
    question = json.loads((shared_dir / "clevr-mini/val/questions.json").read_text())["questions"][0]
    scenes = json.loads((shared_dir / "clevr-mini/val/scenes.json").read_text())["scenes"]
    scene = next(s for s in scenes if s["image_index"] == question["image_index"])
    compiled = compile_clevr(question["program"])
    graph = scene_from_clevr(scene)
    assert compiled.run(graph).status == "ok"
    assert compiled._steps is None and compiled._names_debated is None
    assert not graph_index(graph).holds_debated_kind()


def test_an_index_is_built_once_per_graph_and_rebuilt_when_the_graph_changes():
    graph = _cubes("red", "blue")
    index = graph_index(graph)
    assert graph_index(graph) is index
    graph.objects.append(Object(id="2", name="cube", attributes={"color": Attribute(value="red")}))
    assert graph_index(graph) is not index and execute(RED_COUNT, graph).value == 2
    copy = graph.model_copy(update={"objects": graph.objects[:1]})
    assert execute(RED_COUNT, copy).value == 1 and execute(RED_COUNT, graph).value == 2
    graph.objects[0].attributes["color"] = Attribute(value="blue")  # an edit in place: forget the index
    forget_index(graph)
    assert execute(RED_COUNT, graph).value == 1
    before = len(_INDEXES)
    del graph, copy, index
    gc.collect()
    assert len(_INDEXES) <= before - 2


def test_masks_and_ids_round_trip_on_large_graphs():
    objects = [Object(id=f"o{k}", name="cube" if k % 3 else "sphere") for k in range(1000)]
    graph = SceneGraph(width=1, height=1, objects=objects)
    index = graph_index(graph)
    spheres = index.name_mask("spheres")
    assert index.ids_of(spheres) == [f"o{k}" for k in range(0, 1000, 3)]
    assert index.positions(spheres) == list(range(0, 1000, 3))
    assert graph.object("o999").name == "sphere"


def test_importing_the_package_and_the_cli_loads_nothing_heavy():
    code = (
        "import sys, nsvr.scene_graph, nsvr.scene_graph.models, nsvr.tasks.cli\n"
        "heavy = [m for m in ('sympy', 'networkx', 'rich.markdown', 'nsvr.scene_graph.executor') if m in sys.modules]\n"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
