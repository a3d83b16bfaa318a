"""What a program needs from perception, read off its steps."""

from __future__ import annotations

from nsvr.scene_graph.program import (
    Count,
    Exist,
    Filter,
    Ordinal,
    Program,
    Query,
    Relate,
    SameAttribute,
    Scene,
    Select,
    Unique,
    Verify,
)
from nsvr.tools.needs import PerceptionNeeds, is_generic, needs_of


def test_a_count_needs_the_name_only() -> None:
    needs = needs_of(Program(steps=[Select(name="person"), Count(inputs=[0])]))
    assert needs.names == {"person"} and not needs.any_object
    assert not (needs.attributes or needs.text or needs.masks or needs.relations)


def test_a_colour_question_needs_masks_and_colour_of_the_named_objects() -> None:
    program = Program(
        steps=[
            Select(name="tie"),
            Filter(inputs=[0], attribute="hposition", value="left"),
            Unique(inputs=[1]),
            Query(inputs=[2], attribute="color"),
        ]
    )
    needs = needs_of(program)
    assert needs.names == {"tie"} and needs.attributes == {"hposition", "color"} and needs.masks
    assert needs.wants_name("tie") and not needs.wants_name("person")


def test_text_relations_depth_and_generic_words() -> None:
    reads = Program(steps=[Select(name="bus"), Unique(inputs=[0]), Verify(inputs=[1], attribute="text", value="cero")])
    assert needs_of(reads).text and not needs_of(reads).masks
    related = needs_of(
        Program(
            steps=[Select(name="bus"), Relate(inputs=[0], predicate="to the left of", name="person"), Count(inputs=[1])]
        )
    )
    assert related.relations == {"left"} and related.names == {"bus", "person"} and not related.depth
    assert needs_of(
        Program(steps=[Scene(), Ordinal(inputs=[0], by="front"), Query(inputs=[1], attribute="name")])
    ).depth
    anything = needs_of(Program(steps=[Select(name="things"), Count(inputs=[0])]))
    assert anything.any_object and anything.wants_name("zebra") and is_generic("object")
    unnamed = needs_of(Program(steps=[Select(name="cup"), Relate(inputs=[0], predicate="left"), Exist(inputs=[1])]))
    assert unnamed.any_object  # relate without a name returns objects of any kind


def test_same_attribute_and_any_attribute_widen_the_scope() -> None:
    same = needs_of(
        Program(
            steps=[
                Select(name="cube"),
                Unique(inputs=[0]),
                SameAttribute(inputs=[1], attribute="color"),
                Count(inputs=[2]),
            ]
        )
    )
    assert same.any_object and same.attributes == {"color"}
    loose = needs_of(
        Program(steps=[Select(name="cup"), Unique(inputs=[0]), Verify(inputs=[1], attribute=None, value="red")])
    )
    assert loose.all_attributes and loose.masks and loose.wants_attribute("material")


def test_everything_and_merging() -> None:
    every = PerceptionNeeds.everything()
    assert every.any_object and every.text and every.all_relations and every.masks
    narrowed = PerceptionNeeds.everything(["cup"])
    assert narrowed.restrict_names and not narrowed.wants_name("dog") and narrowed.wants_name("cups")
    merged = needs_of(Program(steps=[Select(name="cup"), Count(inputs=[0])])).merged(
        needs_of(Program(steps=[Select(name="bus"), Unique(inputs=[0]), Query(inputs=[1], attribute="text")]))
    )
    assert merged.names == {"cup", "bus"} and merged.text
    assert "names=bus,cup" in merged.describe() and "text" in merged.describe()


def test_two_attributes_asked_together_need_both() -> None:
    program = Program(steps=[Scene(), Unique(inputs=[0]), Query(inputs=[1], attribute="color+shape")])
    assert needs_of(program).attributes == {"color", "shape"}
