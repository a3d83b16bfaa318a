"""The ask pipeline end to end on the bundled photos, with the real offline detector (SSD-MobileNet COCO)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nsvr.agent.ask import AskError, AskOptions, ask
from nsvr.agent.check import check_answer
from nsvr.scene_graph import Attribute, Object, SceneGraph, execute
from nsvr.scene_graph.program import Count, Exist, Program, Select

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
pytest.importorskip("cv2", reason="the offline detector needs nsvr[perception]")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from nsvr.tasks.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def bus_graph() -> SceneGraph:
    from nsvr.tools import build_scene_graph

    return build_scene_graph(EXAMPLES / "bus.jpg")


def test_how_many_buses_on_the_bundled_photo(bus_graph):
    result = ask(bus_graph, "How many buses are there?")
    assert (result.answer, result.status, result.planner) == ("1", "ok", "embedded")
    assert [bus_graph.object(i).name for i in result.evidence] == ["bus"]


def test_people_left_of_the_bus(bus_graph):
    sure = ask(bus_graph, "How many people are left of the bus?", AskOptions(hedge_score=None))
    bus = next(o for o in bus_graph.objects if o.name == "bus")
    people = [o for o in bus_graph.objects if o.name == "person"]
    expected = sum(p.center[0] + 0.01 * bus_graph.width < bus.center[0] for p in people)
    assert sure.answer == str(expected) and expected >= 2
    assert all(bus_graph.object(i).name == "person" for i in sure.evidence)
    # the person cut by the left edge scores 0.17, under the count threshold: a candidate, left of the bus, so
    # the count is hedged instead of given
    (edge,) = [c for c in bus_graph.candidates if c.name == "person" and c.box[0] < 5]
    hedged = ask(bus_graph, "How many people are left of the bus?")
    assert hedged.status == "unknown" and hedged.answer == "unknown"
    assert hedged.reason.startswith(f"{expected}, or {expected + 1} if object {edge.id} (")
    assert "person, detector score 0.17" in hedged.reason


def test_questions_run_only_the_tools_they_need_and_reuse_them(tmp_path):
    from shutil import copyfile

    image = tmp_path / "bus.jpg"  # a fresh file: no earlier test perceived it
    copyfile(EXAMPLES / "bus.jpg", image)
    counted = ask(image, "How many people are there?")
    assert [c.tool for c in counted.tool_calls] == ["load-image", "shapes", "ssd"]  # "shapes": a flat drawing?
    assert counted.tool_calls[1].returned == 0  # no: a photo
    # three people are sure; the one cut by the left edge (score 0.17) is under the count threshold: hedged
    assert counted.status == "unknown" and counted.reason.startswith("3, or 4 if object")
    coloured = ask(image, "What color is the bus?")
    assert coloured.answer == "blue"
    assert [(c.tool, c.cached) for c in coloured.tool_calls] == [
        ("shapes", True),
        ("ssd", True),
        ("grabcut", False),
        ("color", False),
    ]
    assert coloured.tool_calls[2].request == "1 boxes"  # the bus alone is segmented
    again = ask(image, "How many people are there?")
    assert all(c.cached for c in again.tool_calls) and again.reason == counted.reason
    assert again.summary()["tools"][0]["cached"] is True


def test_a_doubt_that_would_change_the_answer_hedges_it():
    graph = SceneGraph(
        width=10,
        height=10,
        objects=[Object(id="a", name="tie", score=0.9, box=(0, 0, 2, 2))],
        candidates=[Object(id="b", name="tie", score=0.2, box=(5, 5, 7, 7))],
        metadata={"detection_threshold": 0.3},
    )
    hedged = ask(graph, "How many ties are there?", AskOptions(min_confidence=0.3, hedge_score=0.15))
    assert hedged.status == "unknown" and hedged.reason.startswith("1, or 2 if object b (tie")
    assert ask(graph, "How many ties are there?", AskOptions(min_confidence=0.3, hedge_score=0.25)).answer == "1"
    two_doubts = SceneGraph(
        width=10,
        height=10,
        objects=[Object(id=p, name="person", score=0.9, box=(x, 0, x + 1, 2)) for p, x in (("p", 0), ("q", 2))],
        candidates=[Object(id=t, name="tie", score=0.2, box=(x, 5, x + 1, 7)) for t, x in (("t", 4), ("u", 6))],
        metadata={"detection_threshold": 0.3},
    )
    # 2 people against 0 ties, or 1 with either candidate: only both candidates together change the answer
    both = ask(two_doubts, "Are there more people than ties?", AskOptions(min_confidence=0.3, hedge_score=0.15))
    assert both.status == "unknown" and both.reason.startswith("yes, or no if object t (tie")
    assert "and object u (tie" in both.reason
    unsure = SceneGraph(
        width=10,
        height=10,
        objects=[Object(id="s", name="triangle", attributes={"shape": Attribute(value="triangle", confidence=0.3)})],
    )
    result = ask(unsure, "How many stars are there?")
    assert result.status == "unknown" and "triangle -> star" in result.reason
    # an unsure shape is another shape, never a person, where the perception says which values shapes take
    declared = unsure.model_copy(update={"attribute_values": {"shape": ["triangle", "star", "polygon"]}})
    assert "triangle -> star" in ask(declared, "How many stars are there?").reason
    assert ask(declared, "How many people are there?").answer == "0"


def test_shape_scenes_with_the_region_proposer():
    import numpy as np

    from nsvr.tools.shape_scenes import generate_scene

    scene = generate_scene(np.random.default_rng(12), side=256, count=2)
    result = ask(scene.image, "How many shapes are there?", AskOptions(perception="shapes"))
    assert result.answer == str(len(scene.shapes)) and [c.tool for c in result.tool_calls][-1] == "shapes"


@pytest.mark.parametrize("shade", ["navy", "maroon", "violet"])
def test_a_colour_no_tool_can_name_is_unknown_not_no(shade):
    """The tools name a navy disc "blue": asked about "navy", that is no evidence either way."""
    pytest.importorskip("cv2")
    from PIL import Image, ImageDraw

    fill = {"navy": (0, 0, 128), "maroon": (128, 0, 0), "violet": (238, 130, 238)}[shade]
    picture = Image.new("RGB", (64, 64), (245, 245, 245))
    ImageDraw.Draw(picture).ellipse([16, 16, 48, 48], fill=fill)
    for perception in ("photo", "shapes"):
        asked = ask(picture, f"Is there a {shade} shape?", AskOptions(perception=perception))
        assert asked.status == "unknown" and f"cannot tell color '{shade}'" in asked.reason, (perception, asked)
    graph = ask(picture, "What color is the circle?", AskOptions(perception="shapes")).graph
    assert shade not in graph.attribute_values["color"] and "blue" in graph.attribute_values["color"]


def test_name_the_detector_cannot_see_is_unknown_not_zero(bus_graph):
    result = ask(bus_graph, "How many screws are there?")
    assert result.status == "unknown" and "cannot detect 'screw'" in result.reason


def test_unparseable_question_is_an_error_with_the_reason(bus_graph):
    result = ask(bus_graph, "Why is the sky blue?")
    assert result.status == "error" and "I can't answer 'why' questions" in result.reason
    result = ask(bus_graph, "How many people are glimmering at the bus?")
    assert result.status == "error" and "I don't understand 'glimmering'" in result.reason
    assert 'Try a question like "' in result.reason


def test_auto_without_an_llm_says_so(bus_graph, monkeypatch):
    for name in ("NSVR_LLM_URL", "NSVR_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    result = ask(bus_graph, "How many people are glimmering at the bus?", AskOptions(planner="auto"))
    assert result.status == "error"
    assert "no LLM configured: set --llm-url/--llm-model or NSVR_LLM_URL" in result.reason


def test_llm_planner_whose_llm_is_unreachable_falls_back_to_the_parser_and_says_so(bus_graph):
    options = AskOptions(planner="llm", llm_url="http://127.0.0.1:9/v1", llm_model="m", llm_timeout=2.0)
    result = ask(bus_graph, "How many people are there?", options)
    direct = ask(bus_graph, "How many people are there?")
    assert (result.status, result.answer) == (direct.status, direct.answer) and direct.reason in result.reason
    assert direct.status == "unknown"  # the LLM planner's answers are hedged as the parser's are
    assert result.planner.startswith("embedded parser: the LLM failed (")
    assert "127.0.0.1:9" in result.planner or "--llm-timeout" in result.planner  # refused, or slow to refuse


def test_empty_question_is_refused(bus_graph):
    with pytest.raises(AskError, match="empty question"):
        ask(bus_graph, "  ")


def test_low_confidence_evidence_abstains():
    graph = SceneGraph(width=10, height=10, objects=[Object(id="a", name="cup", score=0.2)])
    program = Program(steps=[Select(name="cup"), Exist(inputs=[0])])
    checked = check_answer(program, execute(program, graph), graph, min_confidence=0.3)
    assert checked.status == "unknown" and "detection score 0.20 < 0.3" in checked.reason
    confident = graph.model_copy(update={"objects": [Object(id="a", name="cup", score=0.9)]})
    assert check_answer(program, execute(program, confident), confident, 0.3).status == "ok"


def test_a_relation_to_something_not_seen_is_no_as_its_absence_is_and_hedged_as_it_is():
    circle = Object(id="c", name="circle", score=0.9, box=(0, 0, 2, 2), attributes={"color": Attribute(value="red")})
    graph = SceneGraph(width=10, height=10, objects=[circle], metadata={"detection_threshold": 0.3})
    for question in ("Is a circle left of a triangle?", "Is there a red circle left of a green triangle?"):
        assert (ask(graph, question).answer, ask(graph, "Is there a triangle?").answer) == ("no", "no")
    # "the triangle" is presupposed: with none seen the question has no subject
    assert ask(graph, "Is the circle left of the triangle?").status == "unknown"
    # a faint triangle right of the circle would make it yes: hedged, as "is there a triangle?" is
    faint = graph.model_copy(update={"candidates": [Object(id="t", name="triangle", score=0.2, box=(6, 0, 8, 2))]})
    options = AskOptions(min_confidence=0.3, hedge_score=0.15)
    for question in ("Is a circle left of a triangle?", "Is there a triangle?"):
        hedged = ask(faint, question, options)
        assert hedged.status == "unknown" and hedged.reason.startswith("no, or yes if object t (triangle")


def test_an_object_the_question_presupposes_is_not_abstained_on():
    cup = Object(id="c", name="cup", score=0.1, attributes={"color": Attribute(value="red")})
    graph = SceneGraph(width=10, height=10, objects=[], candidates=[cup], metadata={"detection_threshold": 0.2})
    result = ask(graph, "What color is the cup?")
    assert (result.answer, result.status) == ("red", "ok")
    assert "assuming object c (red cup, detector score 0.10) is there" in result.reason
    assert [o.id for o in result.graph.objects] == ["c"] and result.evidence == ["c"]
    assert result.summary()["assumed"] == ["object c (red cup, detector score 0.10) is there"]
    # the same faint cup found by the detector is still too weak to answer from
    seen = SceneGraph(width=10, height=10, objects=[cup])
    assert ask(seen, "What color is the cup?").status == "unknown"


def test_llm_planner_without_endpoint_answers_with_the_parser_and_names_the_flags(bus_graph, monkeypatch):
    for name in ("NSVR_LLM_URL", "NSVR_LLM_MODEL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    result = ask(bus_graph, "How many buses are there?", AskOptions(planner="llm"))
    assert (result.status, result.answer) == ("ok", "1")
    assert result.planner == (
        "embedded parser: the LLM failed (no LLM configured: set --llm-url/--llm-model or NSVR_LLM_URL)"
    )


@pytest.mark.slow
def test_cli_ask_json_picture_and_html_trace(tmp_path):
    picture, trace = tmp_path / "bus.png", tmp_path / "trace.html"
    result = cli(
        "ask",
        str(EXAMPLES / "bus.jpg"),
        "How many buses are there?",
        "--json",
        "--out",
        str(picture),
        "--html",
        str(trace),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"answer", "status", "reason", "program", "evidence", "assumed", "tools", "seconds"}
    assert (data["answer"], data["status"]) == ("1", "ok")
    assert [t["tool"] for t in data["tools"]] == ["load-image", "shapes", "ssd"]  # a count needs no masks
    assert [s["op"] for s in data["program"]] == ["select", "count"]
    from PIL import Image

    assert Image.open(picture).size == Image.open(EXAMPLES / "bus.jpg").size
    page = trace.read_text()
    assert "How many buses are there?" in page and page.count('class="cell') == 3 and "<svg" in page
    assert 'class="cell tools"' in page and "<code>ssd</code>" in page


@pytest.mark.parametrize(
    ("make_input", "message"),
    [
        (lambda d: d / "missing.jpg", "image file not found"),
        (lambda d: (d / "text.jpg").write_text("not a picture") and d / "text.jpg", "is not an image"),
    ],
)
def test_cli_bad_images_give_one_line_errors(tmp_path, make_input, message):
    result = cli("ask", str(make_input(tmp_path)), "How many cats are there?")
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_graph_writes_json_and_picture(tmp_path):
    out, show = tmp_path / "g.json", tmp_path / "g.png"
    result = cli("graph", str(EXAMPLES / "zidane.jpg"), "--out", str(out), "--show", str(show))
    assert result.returncode == 0, result.stderr
    graph = SceneGraph.load(str(out))
    assert sum(o.name == "person" for o in graph.objects) == 2
    assert show.stat().st_size > 0
    assert any(r.predicate == "left" for r in graph.all_relations())  # computed from the declared geometry
    assert graph.vocabulary and "person" in graph.vocabulary
    assert all(isinstance(a, Attribute) for o in graph.objects for a in o.attributes.values())


def test_cli_graph_relations_writes_every_relation_as_a_row(tmp_path):
    out = tmp_path / "g.json"
    result = cli("graph", str(EXAMPLES / "zidane.jpg"), "--relations", "--out", str(out))
    assert result.returncode == 0, result.stderr
    graph = SceneGraph.load(str(out))
    assert graph.geometry is None and any(r.predicate == "left" for r in graph.relations)


def test_counts_from_programs_match_graph(bus_graph):
    program = Program(steps=[Select(name="person"), Count(inputs=[0])])
    people = sum(o.name == "person" for o in bus_graph.objects)
    sure = AskOptions(hedge_score=None)
    assert ask(bus_graph, "How many people are there?", sure).answer == execute(program, bus_graph).text == str(people)


def _completion(content: str) -> dict:
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}


def test_llm_planner_over_http_answers_through_the_langgraph_loop(serve, bus_graph):
    pytest.importorskip("langgraph", reason="the LLM planner needs nsvr[llm]")
    bad = '{"steps": [{"op": "count", "inputs": [0]}]}'
    good = '{"steps": [{"op": "select", "name": "bus"}, {"op": "count", "inputs": [0]}]}'
    server = serve((200, _completion(bad)), (200, _completion(good)))
    result = ask(bus_graph, "How many buses are there?", AskOptions(planner="llm", llm_url=server.url, llm_model="m"))
    assert (result.answer, result.status, result.planner) == ("1", "ok", "llm")
    assert len(server.requests) == 2  # the invalid program was sent back for repair
    assert "does not refer to an earlier step" in json.dumps(server.requests[1]["messages"])


def test_auto_planner_uses_the_llm_only_when_the_parser_gives_up(serve, bus_graph):
    pytest.importorskip("langgraph", reason="the LLM planner needs nsvr[llm]")
    program = '{"steps": [{"op": "select", "name": "person"}, {"op": "exist", "inputs": [0]}]}'
    server = serve((200, _completion(program)))
    options = AskOptions(planner="auto", llm_url=server.url, llm_model="m")
    assert ask(bus_graph, "How many buses are there?", options).planner == "embedded"
    assert server.requests == []
    fallback = ask(bus_graph, "Would a pedestrian be visible here?", options)
    assert (fallback.planner, fallback.answer, len(server.requests)) == ("llm", "yes", 1)


def test_cli_ask_on_a_clevr_render_with_chosen_weights(shared_dir, tmp_path):
    pytest.importorskip("onnxruntime")
    from nsvr.tools.clevr.perception import DEFAULT_WEIGHTS

    # a small gray cylinder mostly hidden behind a purple cube: the detector scores it just below its threshold
    image = shared_dir / "clevr-mini" / "train-extra" / "images" / "CLEVR_train_000438.png"
    question = "Does the gray thing have the same size as the cyan cylinder?"
    args = ("ask", str(image), question, "--perception", "clevr", "--json", "--out", str(tmp_path / "a.png"))
    result = cli(*args, "--clevr-weights", str(DEFAULT_WEIGHTS))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["answer"] == "no"
    shown = cli(*(a for a in args if a != "--json"))
    assert shown.returncode == 0 and shown.stdout.startswith("no")
    assert "assumed: object" in shown.stdout and "is there" in shown.stdout
    missing = cli(*args, "--clevr-weights", str(tmp_path / "none"))
    assert json.loads(missing.stdout)["status"] == "error"
    assert "CLEVR perception weights missing" in json.loads(missing.stdout)["reason"]


def test_the_background_colour_of_a_drawing_is_a_fact_and_a_photos_is_unknown(bus_graph):
    """ "What colour is the background?" asks about no object: a flat drawing's plain background is named (and
    checked, "is the background black?"); a photo's surroundings have no one colour."""
    pytest.importorskip("cv2")
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (64, 64), (12, 12, 12))
    ImageDraw.Draw(picture).ellipse([16, 16, 48, 48], fill=(230, 40, 40))
    assert ask(picture, "What colour is the background?").answer == "black"
    assert ask(picture, "Is the background white?").answer == "no"
    assert ask(picture, "is the background black or white").answer == "black"
    assert ask(picture, "How many shapes are there?").answer == "1"  # the background is no object
    photo = ask(Path(__file__).parents[2] / "examples" / "bus.jpg", "What color is the background?")
    assert photo.status == "unknown"
