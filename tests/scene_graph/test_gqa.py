from __future__ import annotations

import json
from collections import Counter

import pytest

from nsvr.scene_graph import execute, validate_program
from nsvr.scene_graph import program as P
from nsvr.scene_graph.gqa import (
    OTHER,
    GqaFormatError,
    program_from_gqa,
    relation_answer,
    scene_from_gqa,
    split_relation,
    typed_attributes,
)

QUESTION_FILES = ["ood_testdev_head.json", "val_bal_tail_-0.7.json"]

SCENE = {
    "width": 600,
    "height": 300,
    "location": "living room",
    "weather": "none",
    "objects": {
        "7": {
            "name": "man",
            "x": 10,
            "y": 20,
            "w": 100,
            "h": 200,
            "attributes": ["young", "standing", "short"],
            "relations": [{"name": "to the left of", "object": "8"}, {"name": "wearing", "object": "9"}],
        },
        "8": {
            "name": "couch",
            "x": 400,
            "y": 100,
            "w": 150,
            "h": 80,
            "attributes": ["brown", "white", "comfy"],
            "relations": [{"name": "to the right of", "object": "7"}],
        },
        "9": {"name": "shirt", "x": 30, "y": 40, "w": 60, "h": 60, "attributes": [], "relations": []},
    },
}


def step(operation: str, argument: str, dependencies: list[int]) -> dict:
    return {"operation": operation, "argument": argument, "dependencies": dependencies}


def test_objects_boxes_and_typed_attributes():
    graph = scene_from_gqa(SCENE, "2354786")
    man, couch = graph.object("7"), graph.object("8")
    assert man.box == (10.0, 20.0, 110.0, 220.0)
    assert (man.attribute("age"), man.attribute("pose")) == ("young", "standing")
    assert (man.attribute("height"), man.attribute("length")) == ("short", "short")  # one word, two categories
    assert (couch.attribute("color"), couch.attribute("color_2"), couch.attribute(OTHER)) == ("brown", "white", "comfy")
    assert graph.metadata["image_id"] == "2354786" and man.source == "gqa"


def test_positions_come_from_the_box_thirds():
    graph = scene_from_gqa(SCENE)
    assert graph.object("7").attribute("hposition") == "left"
    assert graph.object("8").attribute("hposition") == "right"
    assert graph.object("8").attribute("vposition") == "middle"


def test_location_becomes_place_room_and_indoors_and_none_weather_is_dropped():
    facts = scene_from_gqa(SCENE).facts
    assert facts == {"place": "living room", "room": "living room", "location": "indoors"}
    outdoor = scene_from_gqa({**SCENE, "location": "beach", "weather": "Cloudy"}).facts
    assert outdoor == {"place": "beach", "location": "outdoors", "weather": "cloudy"}


def test_relations_read_subject_predicate_object():
    graph = scene_from_gqa(SCENE)
    assert ("7", "to the left of", "8") in {(r.subject, r.predicate, r.object) for r in graph.relations}
    left_of_couch = P.Program(
        steps=[
            P.Select(name="couch"),
            P.Relate(inputs=[0], predicate="to the left of"),
            P.Query(inputs=[1], attribute="name"),
        ]
    )
    assert execute(left_of_couch, graph).text == "man"


def test_relations_spelled_as_a_dict_are_read_too():
    scene = json.loads(json.dumps(SCENE))
    scene["objects"]["7"]["relations"] = {"r1": {"name": "near", "object": "9"}}
    assert [(r.subject, r.predicate, r.object) for r in scene_from_gqa(scene).relations if r.subject == "7"] == [
        ("7", "near", "9")
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.pop("objects"), "'objects' must be a dict"),
        (lambda s: s.pop("width"), "integer 'width' and 'height'"),
        (lambda s: s["objects"]["7"]["relations"].append({"name": "on", "object": "99"}), "unknown object 99"),
        (lambda s: s["objects"]["9"].pop("x"), "object 9 needs numeric x, y, w, h"),
        (lambda s: s["objects"]["9"].pop("name"), "object 9 needs a 'name'"),
    ],
)
def test_malformed_scene_graphs_name_the_problem(change, message):
    scene = json.loads(json.dumps(SCENE))
    change(scene)
    with pytest.raises(GqaFormatError, match=message) as raised:
        scene_from_gqa(scene, "img9")
    assert "img9" in str(raised.value)


def test_typed_attributes_skips_repeats():
    assert list(typed_attributes(["white", "White", "metal"])) == ["color", "material"]


def test_every_released_program_converts_and_validates(shared_dir):
    failures, operations = [], Counter()
    for name in QUESTION_FILES:
        for qid, record in json.loads((shared_dir / "gqa-questions" / name).read_text()).items():
            operations.update(s["operation"] for s in record["semantic"])
            try:
                problems = validate_program(program_from_gqa(record["semantic"]))
            except GqaFormatError as error:
                problems = [str(error)]
            if problems:
                failures.append((qid, problems))
    assert len(operations) == 71
    assert failures == []


def test_gqa_program_answers_on_an_imported_graph():
    graph = scene_from_gqa(SCENE)
    semantic = [
        step("select", "shirt (9)", []),
        step("relate", "person,wearing,s (7)", [0]),
        step("filter pose", "standing", [1]),
        step("query", "name", [2]),
    ]
    assert execute(program_from_gqa(semantic), graph).text == "man"
    worn = [step("select", "man (7)", []), step("verify rel", "shirt,wearing,o (9)", [0])]
    assert execute(program_from_gqa(worn), graph).text == "yes"
    side = [step("select", "man (7)", []), step("choose rel", "couch,to the left of|to the right of,s (8)", [0])]
    assert execute(program_from_gqa(side), graph).text == "right"


def test_relate_roles_names_and_unknown_names():
    program = program_from_gqa([step("select", "giraffe (9)", []), step("relate", "_,in front of,o (11)", [0])])
    assert program.steps[1] == P.Relate(inputs=[0], predicate="in front of", role="object", name=None)
    assert split_relation("she,holding,s (-)") == ("person", ["holding"], "subject", [])


def test_filters_verifies_and_choices():
    program = program_from_gqa(
        [
            step("select", "man (0)", []),
            step("filter", "not(healthy)", [0]),
            step("filter age", "young", [1]),
            step("verify color", "white ", [2]),
            step("verify", "not(open)", [2]),
            step("and", "", [3, 4]),
        ]
    )
    assert program.steps[1] == P.Filter(inputs=[0], attribute=None, value="healthy", negate=True)
    assert program.steps[2] == P.Filter(inputs=[1], attribute="age", value="young")
    assert program.steps[3] == P.Verify(inputs=[2], attribute="color", value="white")
    assert program.steps[4:6] == [P.Verify(inputs=[2], attribute=None, value="open"), P.Not(inputs=[4])]
    assert program.steps[6] == P.And(inputs=[3, 5])  # GQA step 5 reads GQA step 4 = nsvr step 5


def test_choose_compare_same_common_and_scene():
    choose = program_from_gqa([step("select", "fence (9)", []), step("choose vposition", "top|bottom", [0])])
    assert choose.steps[1] == P.Choose(inputs=[0], attribute="vposition", options=["top", "bottom"])
    rel = program_from_gqa([step("select", "man (1)", []), step("choose rel", "dog,in front of|behind,o (2)", [0])])
    assert rel.steps[1] == P.ChooseRelation(inputs=[0], predicates=["front", "behind"], role="object", name="dog")
    older = program_from_gqa(
        [step("select", "man (1)", []), step("select", "woman (2)", []), step("choose older", "", [0, 1])]
    )
    assert older.steps[2] == P.Compare(inputs=[0, 1], comparative="older")
    same = program_from_gqa([step("select", "animal (0,2)", []), step("same", "type", [0])])
    assert same.steps[1] == P.Same(inputs=[0], attribute="name")
    two = program_from_gqa(
        [
            step("select", "hat (0)", []),
            step("select", "coat (4)", []),
            step("different color", "", [0, 1]),
            step("common", "", [0, 1]),
        ]
    )
    assert two.steps[2] == P.Different(inputs=[0, 1], attribute="color")
    assert two.steps[3] == P.Common(inputs=[0, 1], attributes=["color", "material", "shape"])
    scene = program_from_gqa([step("select", "scene", []), step("query", "place", [0])])
    assert scene.steps == [P.Scene(), P.Query(inputs=[0], attribute="place")]
    this = program_from_gqa([step("select", "this (3)", []), step("choose name", "cat|dog", [0])])
    assert this.steps[0] == P.Select(name="thing")


def test_relation_answers_are_gqa_short_forms():
    assert [relation_answer(p) for p in ("to the right of", "behind", "on top of", "next to")] == [
        "right",
        "behind",
        "top",
        "next to",
    ]


@pytest.mark.parametrize(
    ("semantic", "message"),
    [
        ([step("select", "cup (1)", []), step("teleport", "x", [0])], "step 1 .*unknown GQA operation 'teleport'"),
        ([step("select", "cup (1)", []), step("query", "color", [3])], "step 1 .*must name earlier steps"),
        ([step("select", "cup (1)", []), step("relate", "table,on (2)", [0])], "step 1 .*name,predicate,s\\|o"),
        ([step("select", "cup (1)", []), step("choose color", "red", [0])], "step 1 .*two options"),
        ([], "non-empty list"),
    ],
)
def test_unconvertible_programs_name_the_step(semantic, message):
    with pytest.raises(GqaFormatError, match=message):
        program_from_gqa(semantic)
