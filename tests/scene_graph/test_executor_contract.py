"""The executor semantics other teams emit programs for: visibility wherever a name appears, generic class words,
image positions on demand, ordinals, fuzzy text."""

from __future__ import annotations

import pytest

from nsvr.scene_graph import Attribute, Object, Relation, SceneGraph, execute
from nsvr.scene_graph import program as P


def _photo(**extra: object) -> SceneGraph:
    objects = [
        Object(id="b", name="bus", box=(200, 100, 290, 200), text="CITY CENTRE 24"),
        Object(id="p1", name="person", box=(10, 150, 40, 290)),
        Object(id="p2", name="person", box=(120, 20, 150, 90)),
        Object(id="p3", name="person", box=(60, 150, 90, 290), attributes={"hposition": Attribute(value="right")}),
        Object(id="t", name="text", box=(130, 250, 170, 270), text="EXIT"),
    ]
    return SceneGraph(width=300, height=300, objects=objects, vocabulary=["bus", "person", "text"], **extra)


def run(graph: SceneGraph, *steps: P._Step):
    return execute(P.Program(steps=list(steps)), graph)


@pytest.mark.parametrize(
    "steps",
    [
        [P.Select(name="giraffe"), P.Count(inputs=[0])],
        [P.Scene(), P.Filter(inputs=[0], attribute="name", value="giraffe"), P.Exist(inputs=[1])],
        [P.Scene(), P.Filter(inputs=[0], attribute="name", value="giraffe", negate=True), P.Count(inputs=[1])],
        [P.Select(name="bus"), P.Relate(inputs=[0], predicate="wearing", name="giraffe"), P.Count(inputs=[1])],
        [P.Select(name="bus"), P.VerifyRelation(inputs=[0], predicate="near", name="giraffes")],
        [P.Select(name="bus"), P.ChooseRelation(inputs=[0], predicates=["left", "right"], name="giraffe")],
        [P.Select(name="bus"), P.Verify(inputs=[0], attribute="name", value="giraffe")],
        [P.Select(name="bus"), P.Choose(inputs=[0], attribute="name", options=["bus", "giraffe"])],
    ],
)
def test_an_invisible_name_is_unknown_wherever_it_appears(steps):
    answer = run(_photo(), *steps)
    assert answer.status == "unknown" and "cannot detect 'giraffe" in answer.reason


@pytest.mark.parametrize("word", ["things", "object", "item", "shapes", "one"])
def test_generic_class_words_match_any_object_but_a_line_of_text(word):
    answer = run(_photo(), P.Select(name=word), P.Count(inputs=[0]))
    assert answer.value == 4 and "t" not in answer.evidence  # "EXIT", read by OCR on no object, is no thing


def test_an_order_of_things_leaves_a_title_out():
    """ "What does the leftmost shape say?" of a diagram whose title starts further left than any shape."""
    objects = [
        Object(id="title", name="text", box=(0, 5, 60, 20), text="Project plan"),
        Object(id="a", name="diamond", box=(50, 50, 100, 100), text="Yes"),
        Object(id="b", name="triangle", box=(150, 50, 200, 100), text="Done"),
    ]
    graph = SceneGraph(width=220, height=120, objects=objects)
    steps = [P.Scene(), P.Ordinal(inputs=[0], by="left"), P.Query(inputs=[1], attribute="text")]
    assert run(graph, *steps).value == "Yes"
    titles = [P.Select(name="text"), P.Ordinal(inputs=[0], by="left"), P.Query(inputs=[1], attribute="text")]
    assert run(graph, *titles).value == "Project plan"  # asked for by its name, a line of text is found


def test_image_positions_are_derived_from_boxes_by_thirds():
    graph = _photo()
    left = run(graph, P.Select(name="person"), P.Filter(inputs=[0], attribute="hposition", value="left"))
    assert left.value == ["p1"]  # p3 is left by its box, but its stored hposition says right
    stored = run(graph, P.Scene(), P.Filter(inputs=[0], attribute="hposition", value="right"), P.Count(inputs=[1]))
    assert stored.evidence == ["b", "p3"]
    top = run(graph, P.Select(name="person"), P.Filter(inputs=[0], attribute="vposition", value="top"))
    assert top.value == ["p2"]
    centre = run(graph, P.Select(name="person"), P.Filter(inputs=[0], attribute="hposition", value="center"))
    assert centre.value == ["p2"]
    assert run(graph, P.Select(name="bus"), P.Query(inputs=[0], attribute="hposition")).text == "right"
    assert run(graph, P.Select(name="bus"), P.Verify(inputs=[0], attribute="vposition", value="middle")).text == "yes"
    chosen = run(graph, P.Select(name="bus"), P.Choose(inputs=[0], attribute="vposition", options=["top", "middle"]))
    assert chosen.text == "middle"


def test_ordinal_counts_from_the_left():
    graph = _photo()
    for index, expected in ((1, "p1"), (2, "p3"), (3, "p2")):
        answer = run(graph, P.Select(name="person"), P.Ordinal(inputs=[0], by="left", index=index))
        assert answer.value == [expected]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("city centre", True),
        ("City Center 24", True),
        ("CITY CENTRE 24", True),
        ("c1ty centre", True),
        ("airport", False),
    ],
)
def test_text_on_an_object_matches_fuzzily(said, expected):
    answer = run(
        _photo(), P.Select(name="bus"), P.Unique(inputs=[0]), P.Verify(inputs=[1], attribute="text", value=said)
    )
    assert answer.value is expected


def test_what_is_written_and_is_there_text_that_says():
    graph = _photo()
    written = run(graph, P.Select(name="bus"), P.Unique(inputs=[0]), P.Query(inputs=[1], attribute="text"))
    assert written.text == "CITY CENTRE 24" and written.evidence == ["b"]
    says = run(graph, P.Scene(), P.Filter(inputs=[0], attribute="text", value="exit"), P.Exist(inputs=[1]))
    assert says.value is True and says.evidence == ["t"]
    assert (
        run(graph, P.Scene(), P.Filter(inputs=[0], attribute="text", value="entrance"), P.Exist(inputs=[1])).value
        is False
    )


def test_text_falls_back_to_the_scene_fact_with_no_object():
    graph = SceneGraph(width=10, height=10, facts={"text": "Grand Café"})
    assert run(graph, P.Scene(), P.Query(inputs=[0], attribute="text")).text == "Grand Café"
    assert run(graph, P.Scene(), P.Verify(inputs=[0], attribute="text", value="grand cafe")).text == "yes"


def test_arithmetic_is_exact_with_python_integers():
    objects = [Object(id=str(k), name="cup" if k % 3 else "plate") for k in range(100)]
    graph = SceneGraph(width=1, height=1, objects=objects)
    steps = [P.Select(name="cup"), P.Count(inputs=[0]), P.Select(name="plate"), P.Count(inputs=[2])]
    assert run(graph, *steps, P.Subtract(inputs=[1, 3])).value == 66 - 34
    assert run(graph, *steps, P.Add(inputs=[1, 3])).value == 100
    assert run(graph, *steps, P.GreaterThan(inputs=[1, 3])).value is True
    assert run(graph, *steps, P.Equal(inputs=[1, 3])).value is False


def _two_ties() -> SceneGraph:
    """Two ties in the middle third of a 1280-wide frame, as on ultralytics' zidane.jpg."""
    ties = [
        Object(id="a", name="tie", box=(480, 400, 520, 500), attributes={"color": Attribute(value="red")}),
        Object(id="b", name="tie", box=(700, 400, 740, 500), attributes={"color": Attribute(value="black")}),
    ]
    return SceneGraph(width=1280, height=720, objects=ties, vocabulary=["tie"])


def test_the_one_on_the_left_of_a_group_when_none_stands_in_the_left_third():
    left = [P.Select(name="tie"), P.Filter(inputs=[0], attribute="hposition", value="left")]
    answer = run(_two_ties(), *left, P.Unique(inputs=[1]), P.Query(inputs=[2], attribute="color"))
    assert (answer.status, answer.value, answer.evidence) == ("ok", "red", ["a"])
    right = [P.Select(name="tie"), P.Filter(inputs=[0], attribute="hposition", value="right")]
    assert run(_two_ties(), *right, P.Unique(inputs=[1]), P.Query(inputs=[2], attribute="color")).value == "black"
    # one object is not a group: "is the tie on the left?" of a lone tie in the middle stays no
    lone = _two_ties().model_copy(update={"objects": _two_ties().objects[:1]})
    assert run(lone, *left, P.Exist(inputs=[1])).value is False


def test_a_closed_attribute_domain_makes_unknown_values_unknown_not_no():
    cube = Object(id="0", name="cube", attributes={"color": Attribute(value="red")})
    graph = SceneGraph(
        width=10, height=10, objects=[cube], vocabulary=["cube"], attribute_values={"color": ["red", "blue"]}
    )
    happy = run(graph, P.Select(name="cube"), P.Verify(inputs=[0], attribute=None, value="happy"))
    magenta = run(graph, P.Scene(), P.Filter(inputs=[0], attribute="color", value="magenta"), P.Count(inputs=[1]))
    assert happy.status == magenta.status == "unknown" and "cannot tell" in happy.reason
    blue = run(graph, P.Scene(), P.Filter(inputs=[0], attribute="color", value="blue"), P.Count(inputs=[1]))
    assert (blue.status, blue.value) == ("ok", 0)
    assert run(graph, P.Select(name="cube"), P.Verify(inputs=[0], attribute=None, value="cube")).value is True


def test_ordinals_on_clevr_scenes_follow_the_scene_directions():
    from nsvr.scene_graph.clevr import scene_from_clevr

    def thing(colour: str, x: float, y: float) -> dict:
        return {"color": colour, "shape": "cube", "material": "metal", "size": "large", "3d_coords": [x, y, 0.7]}

    # CLEVR's camera looks along +x/-y: "front" is (0.75, -0.66, 0), "left" is (-0.66, -0.75, 0)
    graph = scene_from_clevr({"objects": [thing("red", 2, -2), thing("blue", -2, 2), thing("green", -2, -2)]})
    for by, colour in (("front", "red"), ("behind", "blue"), ("left", "green")):
        program = [P.Scene(), P.Ordinal(inputs=[0], by=by), P.Query(inputs=[1], attribute="color")]
        assert run(graph, *program).value == colour, by


def test_another_phrase_is_not_an_ocr_misreading():
    from nsvr.scene_graph.text_match import text_matches

    assert text_matches("cero emisiones", "M15OL cero emisi0nes") and not text_matches(
        "zero emissions", "cero emisiones"
    )


def test_a_relation_the_graph_cannot_tell_is_unknown_not_no():
    """Perceived graphs say "left" from boxes but nothing of "holding"; CLEVR scenes have no "near"."""
    from nsvr.scene_graph.clevr import scene_from_clevr
    from nsvr.scene_graph.geometry import BoxRelations, Geometry

    photo = _photo(geometry=Geometry(boxes=BoxRelations()))
    holding = run(photo, P.Select(name="person"), P.VerifyRelation(inputs=[0], predicate="holding", name="bus"))
    assert holding.status == "unknown" and "cannot tell the relation 'holding'" in holding.reason
    choose = [P.Select(name="bus"), P.ChooseRelation(inputs=[0], predicates=["holding", "left"], name="person")]
    assert run(photo, *choose).status == "unknown"
    left = run(photo, P.Select(name="bus"), P.Relate(inputs=[0], predicate="left", name="person"), P.Count(inputs=[1]))
    assert (left.status, left.value) == ("ok", 3)
    stored = _photo(relations=[{"subject": "p1", "predicate": "holding", "object": "t"}])
    assert (
        run(stored, P.Select(name="person"), P.VerifyRelation(inputs=[0], predicate="holding", name="bus")).value
        is False
    )
    closed = photo.model_copy(update={"vocabulary": None})  # a closed world: an absent row is a "no"
    assert (
        run(closed, P.Select(name="person"), P.VerifyRelation(inputs=[0], predicate="holding", name="bus")).value
        is False
    )

    cube = {"color": "red", "shape": "cube", "material": "metal", "size": "large", "3d_coords": [0, 0, 0.7]}
    clevr = scene_from_clevr({"objects": [cube, {**cube, "color": "blue", "3d_coords": [-2, 2, 0.7]}]})
    near = [P.Scene(), P.Filter(inputs=[0], attribute="color", value="red"), P.Unique(inputs=[1])]
    assert run(clevr, *near, P.Relate(inputs=[2], predicate="near"), P.Count(inputs=[3])).status == "unknown"
    assert run(clevr, *near, P.Relate(inputs=[2], predicate="behind"), P.Count(inputs=[3])).value == 1


def test_a_stated_number_compares_with_a_count_and_is_validated():
    from pydantic import ValidationError

    from nsvr.agent.llm.notation import compile_gold
    from nsvr.scene_graph.program import validate_program

    photo = _photo()
    program = compile_gold("gt(count(sel(person)), num(2))")
    answer = execute(program, photo)
    assert (answer.status, answer.value, answer.evidence) == ("ok", True, ["p1", "p2", "p3"])
    assert execute(compile_gold("eq(count(sel(bus)), num(2))"), photo).value is False
    with pytest.raises(ValidationError):
        P.Number(value=-1)
    misplaced = P.Program(steps=[P.Select(name="bus"), P.Number(inputs=[0], value=1)])
    assert validate_program(misplaced)


def test_a_posture_relation_a_photo_cannot_tell_is_answered_by_the_place_it_names():
    from nsvr.scene_graph.geometry import BoxRelations, Geometry

    photo = _photo(geometry=Geometry(boxes=BoxRelations()))
    near = run(photo, P.Select(name="bus"), P.Relate(inputs=[0], predicate="near", name="person"), P.Count(inputs=[1]))
    for posture in ("standing next to", "waiting beside", "Standing  near"):
        steps = (P.Select(name="bus"), P.Relate(inputs=[0], predicate=posture, name="person"), P.Count(inputs=[1]))
        assert run(photo, *steps).value == near.value
        asked = P.VerifyRelation(inputs=[0], predicate=posture, name="person")
        assert run(photo, P.Select(name="bus"), asked).status == "ok"
    # a relation with no place in it stays unknown; a graph that stores the posture answers it as stored
    holding = run(photo, P.Select(name="bus"), P.Relate(inputs=[0], predicate="sitting in", name="person"))
    assert holding.status == "unknown" and "sitting in" in holding.reason
    stored = SceneGraph(
        width=300,
        height=300,
        objects=photo.objects,
        relations=[Relation(subject="p1", predicate="standing next to", object="b")],
        geometry=Geometry(boxes=BoxRelations()),
    )
    steps = (P.Select(name="bus"), P.Relate(inputs=[0], predicate="standing next to", name="person"))
    assert run(stored, *steps).value == ["p1"]


def test_a_posture_or_feeling_no_object_is_given_stays_unknown_however_often_it_is_asked():
    # the first run looks up every posture to see that nobody has one; a cached "nobody" must not answer the next
    closed = SceneGraph(width=100, height=100, objects=[Object(id="m", name="man"), Object(id="w", name="woman")])
    standing = (P.Select(name="person"), P.Filter(inputs=[0], attribute=None, value="standing"), P.Count(inputs=[1]))
    happy = (P.Select(name="person"), P.Filter(inputs=[0], attribute=None, value="happy"), P.Exist(inputs=[1]))
    for _ in range(3):
        assert run(closed, *standing).status == "unknown"
        assert run(closed, *happy).status == "unknown"
    unhappy = (
        P.Select(name="man"),
        P.Filter(inputs=[0], attribute=None, value="happy", negate=True),
        P.Count(inputs=[1]),
    )
    assert run(closed, *unhappy).value == 1  # "the man that is not happy" still picks him out
    assert run(closed, *happy).status == "unknown"
    told = SceneGraph(
        width=100,
        height=100,
        objects=[*closed.objects[:1], Object(id="w", name="woman", attributes={"pose": Attribute(value="standing")})],
    )
    assert run(told, *standing).value == 1


def test_left_or_right_of_the_picture_is_the_half_its_centre_is_in() -> None:
    objects = [
        Object(id="a", name="circle", box=(120, 10, 130, 20)),  # in the middle third, left of the midline
        Object(id="b", name="square", box=(145, 60, 155, 70)),  # on the midline
    ]
    graph = SceneGraph(width=300, height=100, objects=objects)
    choose = P.Choose(inputs=[0], attribute="hposition", options=["left", "right"])
    assert run(graph, P.Select(name="circle"), choose).value == "left"
    assert run(graph, P.Select(name="square"), choose).status == "unknown"
    vertical = P.Choose(inputs=[0], attribute="vposition", options=["top", "bottom"])
    assert run(graph, P.Select(name="circle"), vertical).value == "top"
    # a filter keeps the picture's thirds: the circle is in neither the left nor the right one
    left = P.Filter(inputs=[0], attribute="hposition", value="left")
    assert run(graph, P.Select(name="circle"), left, P.Count(inputs=[1])).value == 0


def _park() -> SceneGraph:
    objects = [
        Object(id="w1", name="woman", box=(10, 10, 40, 90)),
        Object(id="w2", name="woman", box=(200, 10, 230, 90)),
        Object(id="d", name="dog", box=(40, 60, 60, 90), attributes={"color": Attribute(value="black")}),
        Object(id="c1", name="cup", box=(100, 50, 110, 60), attributes={"color": Attribute(value="red")}),
        Object(id="c2", name="cup", box=(250, 50, 260, 60), attributes={"color": Attribute(value="blue")}),
    ]
    from nsvr.scene_graph.geometry import BoxRelations, Geometry

    holding = [Relation(subject="w1", predicate="holding", object="d")]
    return SceneGraph(
        width=300, height=100, objects=objects, relations=holding, geometry=Geometry(boxes=BoxRelations())
    )


def test_the_one_meant_is_the_one_the_question_makes_sense_of() -> None:
    """ "the dog the woman holds": of two women, the one holding a dog is meant; "the cup right of the woman"
    depends on which woman is meant, so it is unknown, never the union's answer."""
    park = _park()
    woman = (P.Select(name="woman"), P.Unique(inputs=[0], resolve=True))
    held = run(
        park, *woman, P.Relate(inputs=[1], predicate="holding", role="object"), P.Query(inputs=[2], attribute="color")
    )
    assert (held.status, held.value) == ("ok", "black")
    cup = run(park, *woman, P.Relate(inputs=[1], predicate="right", name="cup"), P.Count(inputs=[2]))
    assert cup.status == "unknown" and "depends on which is meant" in cup.reason and "w1" in cup.reason
    strict = run(
        park, P.Select(name="woman"), P.Unique(inputs=[0]), P.Relate(inputs=[1], predicate="right"), P.Count(inputs=[2])
    )
    assert strict.status == "unknown" and "exactly one" in strict.reason
    # no object fits: the next step says what that means, as without the check
    none = run(park, P.Select(name="cat"), P.Unique(inputs=[0], resolve=True), P.Count(inputs=[1]))
    assert none.status == "unknown" or none.value == 0


def test_too_many_objects_fit_to_try_each() -> None:
    from nsvr.scene_graph.compiler import RESOLVE_LIMIT

    many = [Object(id=f"b{k}", name="ball", box=(k, 0, k + 1, 1)) for k in range(RESOLVE_LIMIT + 1)]
    graph = SceneGraph(width=100, height=10, objects=many)
    answer = run(
        graph,
        P.Select(name="ball"),
        P.Unique(inputs=[0], resolve=True),
        P.Relate(inputs=[1], predicate="left"),
        P.Count(inputs=[2]),
    )
    assert answer.status == "unknown" and f"{RESOLVE_LIMIT + 1} objects fit" in answer.reason


def test_an_attribute_the_perception_could_not_tell_of_an_object_is_unknown_not_no():
    graph = _photo(attribute_values={"size": ["large", "medium", "small"]})
    sized = [o.model_copy(update={"attributes": {"size": Attribute(value="medium")}}) for o in graph.objects[1:4]]
    graph = graph.model_copy(update={"objects": [graph.objects[0], *sized, graph.objects[4]]})
    bus = run(graph, P.Select(name="bus"), P.Verify(inputs=[0], attribute="size", value="large"))
    assert bus.status == "unknown" and "could not tell the size of object b" in bus.reason
    people = run(
        graph, P.Select(name="person"), P.Filter(inputs=[0], attribute="size", value="large"), P.Count(inputs=[1])
    )
    assert people.status == "ok" and people.value == 0
    closed = _photo().model_copy(update={"vocabulary": None})  # a closed world (GQA): what is not stated is false
    assert run(closed, P.Select(name="bus"), P.Verify(inputs=[0], attribute="size", value="large")).value is False


def test_males_and_females_are_the_gendered_names() -> None:
    objects = [
        Object(id="m", name="man", box=(0, 0, 10, 10)),
        Object(id="b", name="boy", box=(20, 0, 30, 10)),
        Object(id="w", name="woman", box=(40, 0, 50, 10)),
    ]
    graph = SceneGraph(width=60, height=20, objects=objects)
    assert run(graph, P.Select(name="males"), P.Count(inputs=[0])).value == 2
    assert run(graph, P.Select(name="female"), P.Count(inputs=[0])).value == 1
