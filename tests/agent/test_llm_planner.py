"""Every branch of the LLM planner graph, driven by the scripted fake backend on tiny hand-made scene graphs."""

from __future__ import annotations

import json
import sys

import pytest

from nsvr.agent.llm import FakeBackend, LLMConfigError, LLMDependencyError, LLMUnavailableError
from nsvr.agent.llm.prompts import program_to_json
from nsvr.agent.llm.schema import decoding_schema
from nsvr.agent.llm_planner import AgentResult, LLMPlanner
from nsvr.agent.parser import parse
from nsvr.agent.planner_base import ParserPlanner, PlanContext, Planner
from nsvr.scene_graph.models import Attribute, Object, Relation, SceneGraph
from nsvr.scene_graph.program import CLEVR_ONTOLOGY

PIPELINE = ["plan", "validate", "perceive", "execute", "check", "answer"]


def obj(id_: str, name: str, color: str, x: float, score: float = 0.9) -> Object:
    return Object(id=id_, name=name, score=score, box=(x, 10, x + 10, 20), attributes={"color": Attribute(value=color)})


@pytest.fixture
def scene() -> SceneGraph:
    objects = [
        obj("c1", "cube", "red", 0),
        obj("c2", "cube", "red", 20),
        obj("c3", "cube", "blue", 40),
        obj("s1", "sphere", "green", 60),
        obj("d1", "dog", "brown", 80, score=0.12),
    ]
    return SceneGraph(
        width=100, height=30, objects=objects, relations=[Relation(subject="c1", predicate="left", object="c2")]
    )


def steps(*items: dict) -> str:
    return json.dumps({"steps": list(items)})


RED_CUBES = steps(
    {"op": "select", "name": "cube"},
    {"op": "filter", "inputs": [0], "attribute": "color", "value": "red"},
    {"op": "count", "inputs": [1]},
)
BAD_REFERENCE = steps({"op": "select", "name": "cube"}, {"op": "count", "inputs": [5]})
BAD_REFERENCE_ERROR = "step 1 (count): input 5 does not refer to an earlier step"


def test_a_valid_plan_on_the_first_try_is_executed(scene):
    fake = FakeBackend([RED_CUBES])
    context = PlanContext(tools={"yolo": "boxes and names"})
    result = LLMPlanner(fake).run("How many red cubes are there?", scene, context=context)
    assert isinstance(result, AgentResult)
    assert (result.answer.value, result.answer.status, sorted(result.answer.evidence)) == (2, "ok", ["c1", "c2"])
    assert result.path == PIPELINE and not result.abstained and result.scene is scene
    assert result.plan.source == "llm" and len(result.plan.attempts) == 1 and result.plan.raw_outputs == [RED_CUBES]
    assert result.program.steps[-1].op == "count"
    (call,) = fake.calls
    assert call.json_schema == decoding_schema() and call.temperature == 0.0
    system, question = call.messages
    assert "- yolo: boxes and names" in system.content and "- count() | inputs: 1" in system.content
    assert question.content == "Q: How many red cubes are there?\nA:"


def test_an_invalid_plan_is_repaired_with_its_errors_fed_back(scene):
    fake = FakeBackend([BAD_REFERENCE, RED_CUBES])
    result = LLMPlanner(fake).run("How many red cubes are there?", scene)
    assert result.answer.value == 2
    assert result.path == ["plan", "validate", "repair", "validate", *PIPELINE[2:]]
    first, second = result.plan.attempts
    assert (first.kind, first.errors, first.valid) == ("plan", [BAD_REFERENCE_ERROR], False)
    assert (second.kind, second.errors, second.valid) == ("repair", [], True)
    assert BAD_REFERENCE_ERROR in fake.prompts[1] and BAD_REFERENCE_ERROR not in fake.prompts[0]
    roles = [m.role for m in fake.calls[1].messages]
    assert roles == ["system", "user", "assistant", "user"]
    assert fake.calls[1].messages[2].content == BAD_REFERENCE


def test_never_valid_fails_cleanly_with_the_reason():
    fake = FakeBackend([BAD_REFERENCE], repeat_last=True)
    planner = LLMPlanner(fake, max_repairs=2)
    result = planner.plan("How many cubes?")
    assert result.program is None and result.source is None and not result.ok
    assert result.failure == f"no valid program after 3 LLM attempt(s); last problems: {BAD_REFERENCE_ERROR}"
    assert [a.kind for a in result.attempts] == ["plan", "repair", "repair"] and len(fake.calls) == 3
    assert isinstance(planner, Planner)


def test_never_valid_in_a_run_gives_an_error_answer(scene):
    result = LLMPlanner(FakeBackend(["no idea"], repeat_last=True), max_repairs=0).run("How many cubes?", scene)
    assert result.answer.status == "error" and result.answer.value is None
    assert result.answer.reason.startswith("planning failed: no valid program after 1 LLM attempt(s)")
    assert "contains no JSON object" in result.answer.reason
    assert result.path == ["plan", "validate", "fail", "answer"] and result.scene is None


def test_never_valid_with_a_fallback_uses_the_fallback_program(scene):
    fake = FakeBackend([BAD_REFERENCE], repeat_last=True)
    result = LLMPlanner(fake, max_repairs=1, fallback=parse).run("How many red cubes are there?", scene)
    assert result.plan.source == "fallback" and result.answer.value == 2
    assert [a.kind for a in result.plan.attempts] == ["plan", "repair", "fallback"]
    assert result.plan.attempts[-1].raw == parse("How many red cubes are there?").pretty()
    assert result.path == ["plan", "validate", "repair", "validate", "fallback", *PIPELINE[2:]]


def test_a_fallback_that_cannot_parse_either_is_part_of_the_failure():
    result = LLMPlanner(FakeBackend([BAD_REFERENCE]), max_repairs=0, fallback=parse).plan("Colorless ideas sleep")
    assert result.program is None and result.failure.startswith("no valid program after 1 LLM attempt(s)")
    assert "fallback failed: " in result.failure and result.attempts[-1].kind == "fallback"
    returns_junk = LLMPlanner(FakeBackend([BAD_REFERENCE]), max_repairs=0, fallback=lambda q: "0 scene()")
    assert "fallback returned str, not a Program" in returns_junk.plan("How many cubes?").failure


def test_output_that_is_not_json_is_fed_back_and_a_fenced_reply_then_parses(scene):
    fake = FakeBackend(["I think there are two red cubes.", f"Sorry! Here it is:\n```json\n{RED_CUBES}\n```"])
    result = LLMPlanner(fake).run("How many red cubes are there?", scene)
    assert result.answer.value == 2 and result.plan.source == "llm"
    assert result.plan.attempts[0].errors == [
        'the reply contains no JSON object; reply with one JSON object {"steps": [...]}'
    ]
    assert "the reply contains no JSON object" in fake.prompts[1]


def test_ontology_violations_are_repaired(scene):
    pink = RED_CUBES.replace('"red"', '"pink"')
    fake = FakeBackend([pink, RED_CUBES])
    result = LLMPlanner(fake).plan("How many red cubes?", PlanContext(ontology=CLEVR_ONTOLOGY))
    assert result.ok and "unknown color value 'pink'" in fake.prompts[1]
    assert "- color: gray, red, blue" in fake.calls[0].messages[0].content


def test_an_unreachable_backend_fails_at_once_or_falls_back(scene):
    def down(messages):
        raise LLMUnavailableError("LLM endpoint http://127.0.0.1:9/v1 unavailable")

    fake = FakeBackend(down)
    result = LLMPlanner(fake, max_repairs=3).plan("How many cubes?")
    assert len(fake.calls) == 1
    assert result.failure == "LLM backend fake failed: LLM endpoint http://127.0.0.1:9/v1 unavailable"
    rescued = LLMPlanner(FakeBackend(down), fallback=parse).run("How many cubes are there?", scene)
    assert rescued.plan.source == "fallback" and rescued.answer.value == 3


def test_abstains_when_an_answer_about_objects_has_no_evidence(scene):
    nothing_left_of_sphere = steps(
        {"op": "select", "name": "sphere"},
        {"op": "unique", "inputs": [0]},
        {"op": "relate", "inputs": [1], "predicate": "left"},
    )
    result = LLMPlanner(FakeBackend([nothing_left_of_sphere])).run("What is left of the sphere?", scene)
    assert result.abstained and result.answer.status == "unknown" and result.answer.value is None
    assert (
        result.answer.reason == "abstained (would have said ''): the answer (relate) is about objects but no "
        "object supports it"
    )
    assert result.path == PIPELINE


def test_abstains_on_low_detection_confidence_and_answers_above_the_threshold(scene):
    is_there_a_dog = steps({"op": "select", "name": "dog"}, {"op": "exist", "inputs": [0]})
    cautious = LLMPlanner(FakeBackend([is_there_a_dog])).run("Is there a dog?", scene)
    assert cautious.abstained and cautious.answer.status == "unknown" and cautious.answer.evidence == ["d1"]
    assert (
        cautious.answer.reason == "abstained (would have said 'yes'): evidence object 'd1' (dog) has detection "
        "score 0.12 < 0.3"
    )
    trusting = LLMPlanner(FakeBackend([is_there_a_dog]), min_confidence=0.1).run("Is there a dog?", scene)
    assert not trusting.abstained and trusting.answer.value is True


def test_counts_of_nothing_and_executor_unknowns_pass_the_check_unchanged(scene):
    no_cats = steps({"op": "select", "name": "cat"}, {"op": "count", "inputs": [0]})
    assert LLMPlanner(FakeBackend([no_cats])).run("How many cats?", scene).answer.value == 0
    ambiguous = steps(
        {"op": "select", "name": "cube"},
        {"op": "unique", "inputs": [0]},
        {"op": "query", "inputs": [1], "attribute": "color"},
    )
    result = LLMPlanner(FakeBackend([ambiguous])).run("What color is the cube?", scene)
    assert result.answer.status == "unknown" and not result.abstained
    assert "needs exactly one object, found 3" in result.answer.reason


def test_perceive_builds_the_graph_from_an_image_and_its_failures_become_error_answers(scene):
    seen = []

    def perceive(image):
        seen.append(image)
        return scene

    result = LLMPlanner(FakeBackend([RED_CUBES])).run("How many red cubes?", "photo.jpg", perceive=perceive)
    assert seen == ["photo.jpg"] and result.answer.value == 2 and result.scene is scene

    def broken(image):
        raise OSError("cannot open photo.jpg")

    failed = LLMPlanner(FakeBackend([RED_CUBES])).run("How many red cubes?", "photo.jpg", perceive=broken)
    assert failed.answer.status == "error" and failed.answer.answer_type == "number"
    assert failed.answer.reason == "perception failed: OSError: cannot open photo.jpg"
    assert failed.path == ["plan", "validate", "perceive", "answer"]
    wrong = LLMPlanner(FakeBackend([RED_CUBES])).run("How many red cubes?", "photo.jpg", perceive=lambda image: {})
    assert wrong.answer.reason == "perceive returned dict, not a SceneGraph"


def test_bad_arguments_are_config_errors(scene):
    with pytest.raises(LLMConfigError, match="pass perceive="):
        LLMPlanner(FakeBackend([RED_CUBES])).run("How many?", "photo.jpg")
    with pytest.raises(LLMConfigError, match="non-empty string"):
        LLMPlanner(FakeBackend([RED_CUBES])).plan("  ")
    with pytest.raises(LLMConfigError, match="max_repairs"):
        LLMPlanner(FakeBackend([RED_CUBES]), max_repairs=-1)
    with pytest.raises(LLMConfigError, match="min_confidence"):
        LLMPlanner(FakeBackend([RED_CUBES]), min_confidence=2)
    with pytest.raises(LLMConfigError, match="complete"):
        LLMPlanner("gpt-4")


def test_missing_langgraph_is_a_clear_dependency_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "langgraph.graph", None)
    with pytest.raises(LLMDependencyError, match=r"'langgraph' is not installed.*pip install 'nsvr\[llm\]'"):
        LLMPlanner(FakeBackend([RED_CUBES])).plan("How many cubes?")


def test_the_parser_planner_shares_the_interface():
    planner = ParserPlanner()
    assert isinstance(planner, Planner)
    result = planner.plan("How many red cubes are there?")
    assert result.ok and result.source == "parser" and result.attempts[0].kind == "parse"
    assert program_to_json(result.program) == program_to_json(parse("How many red cubes are there?"))
    failed = planner.plan("Colorless green ideas sleep furiously")
    assert failed.program is None and failed.failure.startswith("embedded parser: ")
    strict = ParserPlanner(ontology=CLEVR_ONTOLOGY).plan("How many pink cubes are there?")
    assert not strict.ok and "embedded parser produced an invalid program" in strict.failure
    assert "unknown color value 'pink'" in strict.failure
