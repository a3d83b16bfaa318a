"""Round 64: verbs that only say where a thing is ("has rolled the furthest to the right", "does the hexagon sit on the
right-hand side"), a thing named first and asked about with "is it A or B", a topic of attributes alone ("The yellow
— is it ..."), and a plural topic asked about with "they"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which ball has rolled the furthest to the right?", "Which ball is the furthest to the right?"),
        ("Which one strayed furthest to the left?", "Which one is furthest to the left?"),
        ("Does the hexagon sit on the right-hand side?", "Is the hexagon on the right-hand side?"),
        ("Which object is kept at the most back side?", "Which object is at the most back side?"),
        ("Do all the large shapes sit in the top row?", "Are all the large shapes in the top row?"),
    ],
)
def test_a_verb_that_only_places_its_subject_is_is(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize("question", ["Is there a cube spinning behind the ball?", "Which person looks to the left?"])
def test_a_verb_that_does_more_than_place_is_kept(question: str) -> None:
    try:
        program = program_of(question)
    except ParseError:
        return
    assert program != program_of(question.replace(" spinning", "").replace("looks to", "is on"))


def _two_cubes() -> SceneGraph:
    return SceneGraph(
        width=100,
        height=100,
        objects=[
            {
                "id": 0,
                "name": "cube",
                "box": [0, 0, 10, 10],
                "attributes": {"size": {"value": "small"}, "material": {"value": "metal"}},
            },
            {
                "id": 1,
                "name": "sphere",
                "box": [50, 0, 60, 10],
                "attributes": {"size": {"value": "large"}, "material": {"value": "rubber"}},
            },
        ],
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("The small cube, is it metal or rubber?", "metal"),
        ("there is the big sphere ; is it metal or rubber?", "rubber"),
        ("there is the small cube ; is it a cube or a sphere?", "cube"),
    ],
)
def test_it_after_a_thing_named_first_is_that_thing(question: str, answer: str) -> None:
    assert execute(EmbeddedParser().parse(question), _two_cubes()).text == answer


def test_is_it_a_or_b_alone_still_asks_of_the_one_thing_shown() -> None:
    graph = SceneGraph(width=100, height=100, objects=[{"id": 0, "name": "cube", "box": [0, 0, 10, 10]}])
    assert execute(EmbeddedParser().parse("Is it a cube or a sphere?"), graph).text == "cube"


def test_a_topic_of_attributes_alone_is_a_thing() -> None:
    said = "The yellow — is it in front of the blue cube?"
    assert program_of(said) == program_of("Is the yellow thing in front of the blue cube?")


def test_a_plural_topic_asked_about_with_they() -> None:
    said = "The things in front of the big blue cube, how many are they?"
    assert program_of(said) == program_of("How many things are in front of the big blue cube?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which item is positioned furthest to the left? I require its colour.", None),
        ("Which object is third from the front? Please revert with its shape.", None),
    ],
)
def test_the_attribute_wanted_said_in_any_words(said: str, plain: str | None) -> None:
    program = EmbeddedParser().parse(said)
    assert program.steps[-1].attribute in {"color", "shape"}
    if plain is not None:
        assert program_of(said) == program_of(plain)


def test_ties_on_people_are_the_ties_they_wear() -> None:
    assert program_of("How many ties are on the men?") == program_of("How many ties are worn by the men?")


def test_the_whole_panel_is_the_picture() -> None:
    assert program_of("How many colours are used in the whole panel?") == program_of("How many colours are there?")


def test_how_many_remain_after_leaving_some_aside() -> None:
    said = "Leaving aside the blue shapes, how many remain?"
    assert program_of(said) == program_of("How many things other than the blue shapes are there?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Bottom row, second from the left — what shape is it?",
            "What shape is the second one from the left in the bottom row?",
        ),
        ("Top row, far right. Is that one green?", "Is the rightmost one in the top row green?"),
        (
            "Rightmost shape of the bottom row — what colour it has?",
            "What colour is the rightmost shape in the bottom row?",
        ),
        (
            "The wee purple ball down the back — what's it made of?",
            "What is the small purple ball at the back made of?",
        ),
        ("The cup on the far right? What colour's that one?", "What colour is the cup on the far right?"),
    ],
)
def test_a_place_in_a_row_or_at_the_back_named_first(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_the_shape_at_the_end_of_a_row_keeps_its_row() -> None:
    said = "What colour is the shape at the right end of the bottom row?"
    assert "bottom" in program_of(said) and "right" in program_of(said)


@pytest.mark.parametrize(
    "said",
    [
        "Olle is only half looking at his tablet, so I must say everything in words. How many cylinders are there?",
        "I am on the phone with Mr Haddad, his eyes are not good. How many cylinders are there?",
    ],
)
def test_a_story_about_people_before_the_question(said: str) -> None:
    assert program_of(said) == program_of("How many cylinders are there?")


@pytest.mark.parametrize(
    "said",
    [
        "I need to cut the triangle out at the right size. Is it big or small?",
        "I only count the red ones. How many are there?",
        "My son only likes cubes. How many are red?",
    ],
)
def test_a_story_the_question_depends_on_is_not_left_out(said: str) -> None:
    try:
        program = program_of(said)
    except ParseError:
        return
    asked = said.rsplit(". ", 1)[1]
    try:
        alone = program_of(asked)
    except ParseError:
        return
    assert program != alone


def test_all_the_text_is_not_read_when_the_message_names_what_carries_it() -> None:
    try:
        program = EmbeddedParser().parse("Words on the bus — I don't know them. What is written?")
    except ParseError:
        return
    assert any(getattr(step, "name", None) == "bus" for step in program.steps)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Is the triangle along the top?", "Is the triangle at the top?"),
        ("is evry shape in the botom row small", "is every shape in the bottom row small"),
        ("is the triangel biger then the star", "is the triangle bigger than the star"),
        ("Is anything in the top row yellow?", "Is there anything yellow in the top row?"),
        ("Is something behind the cube red?", "Is there anything red behind the cube?"),
        ("How many of the things on the table are white?", "How many white things are on the table?"),
        ("The man in white. Is he standing to the right of the bus?", "Is the man in white to the right of the bus?"),
        ("Is the red cylinder on left side of picture or right side?", "Is the red cylinder on the left or the right?"),
        ("Which thing is most at the back, what colour?", "Which thing is the backmost? What colour?"),
        ("Which object is at the extreme back?", "Which object is at the very back?"),
    ],
)
def test_round64c_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "question",
    [
        "which side of the picture is the white car on left or right",
        "which shape's farthest to the right in the bottom row",
    ],
)
def test_sides_and_orders_said_in_full_still_read(question: str) -> None:
    assert EmbeddedParser().parse(question).steps


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Are all three of the cyan objects made of metal?", "Are all the cyan objects made of metal?"),
        ("Is the one and only sphere gray?", "Is the only sphere gray?"),
        (
            "In front of the large blue cube there is exactly one rubber cylinder. What colour is it?",
            "In front of the large blue cube there is a rubber cylinder. What colour is it?",
        ),
        ("Of what material is the cylinder composed?", "Of what material is the cylinder made?"),
        ("How many distinct colours are the people wearing?", "How many different colours do the people have?"),
        (
            "Among the cylinders, the second one from the left — what colour is it?",
            "What colour is the second cylinder from the left?",
        ),
        (
            "Of the two green spheres, the one further forward — what colour is it?",
            "What colour is the frontmost green sphere?",
        ),
        ("Among the spheres, is any one made of rubber?", "Is any of the spheres made of rubber?"),
        ("What is the gray box furthest on the right made of?", "What is the gray box furthest to the right made of?"),
    ],
)
def test_round64c_more_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_there_is_exactly_one_asked_is_still_a_count() -> None:
    assert "equal" in program_of("Is there exactly one cube?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "The purple ball — which side of the picture, left or right?",
            "Which side of the picture is the purple ball on?",
        ),
        ("The hexagon, where is it hiding — left side or right side?", "Is the hexagon on the left or on the right?"),
        ("Square — big or small?", "Is the square big or small?"),
        ("And the red sign, what does that one say?", "What does the red sign say?"),
        ("The frisbee, in which colour?", "What colour is the frisbee?"),
        (
            "Now, the cube behind the sphere that sits to the right of the little yellow cube — what colour is that"
            " cube?",
            "What colour is the cube behind the sphere that is to the right of the little yellow cube?",
        ),
        ("The woman hold the dog?", "Does the woman hold the dog?"),
    ],
)
def test_round64d_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def _five_things() -> SceneGraph:
    kinds = [("cylinder", "red", "large"), ("cube", "red", "small"), ("sphere", "red", "small")]
    kinds += [("cube", "blue", "small"), ("sphere", "blue", "small")]
    objects = [
        {
            "id": i,
            "name": name,
            "box": [20 * i, 0, 20 * i + 10, 10],
            "attributes": {"color": {"value": color}, "size": {"value": size}},
        }
        for i, (name, color, size) in enumerate(kinds)
    ]
    return SceneGraph(width=100, height=20, objects=objects)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How many things are the same colour as the big cylinder, not counting the cylinder?", "2"),
        ("How many things are the same colour as the big cylinder, not counting the cubes?", "1"),
        ("How many things other than the cubes are the same colour as the big cylinder?", "1"),
    ],
)
def test_what_is_left_out_of_a_same_colour_count(question: str, answer: str) -> None:
    assert execute(EmbeddedParser().parse(question), _five_things()).text == answer


def test_options_with_a_word_of_the_sentence_read_into_them_are_refused_or_mended() -> None:
    program = EmbeddedParser().parse("On which side of the image is the large green cube, the left or the right?")
    assert program.steps[-1].options == ["left", "right"]


def test_mounted_and_stood_only_say_where() -> None:
    assert program_of("Is the lad stood by the bench?") == program_of("Is the boy by the bench?")
    graph = SceneGraph(
        width=100,
        height=100,
        objects=[
            {"id": "c", "name": "clock", "box": [40, 0, 60, 20]},
            {"id": "t", "name": "table", "box": [20, 60, 80, 90]},
        ],
        relations=[{"subject": "c", "predicate": "above", "object": "t"}],
    )
    assert execute(EmbeddedParser().parse("Is the clock mounted above the table?"), graph).text == "yes"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Are both of the cubes the large size?", "Are both of the cubes large?"),
        ("What colour is the thing more at the back?", "What colour is the backmost thing?"),
        ("Which object sits second from the front?", "Which object is second from the front?"),
        ("And of the cubes, the one most on the left — what material it is?", "What material is the leftmost cube?"),
        (
            "In the top row, the second piece from the right — what shape is it?",
            "Top row, second from the right — what shape is it?",
        ),
        ("How many different colours are in the top row?", "How many different colours are there in the top row?"),
        ("Which colours appear in the bottom row?", "Which colours are in the bottom row?"),
        ("Purple ball is sitting on which side of the picture?", "Which side of the picture is the purple ball on?"),
        ("Is the frisbee in the bottom part of the frame?", "Is the frisbee in the bottom part of the picture?"),
        (
            "Which side is the big circle on, left or right, or have I got my eyes wrong?",
            "Which side is the big circle on, left or right?",
        ),
    ],
)
def test_round64g_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_more_at_the_right_in_a_relative_clause_keeps_its_noun() -> None:
    assert "select(name=sphere)" in program_of("What colour is the sphere that is more at the right?")


def test_options_for_a_side_that_are_no_side_are_refused() -> None:
    with pytest.raises(ParseError):
        EmbeddedParser().parse("The blue sphere is on which side of the picture, left side or right side? Which side?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Rubber objects are more than metal objects, correct?", "Are there more rubber objects than metal objects?"),
        ("how many of em are large", "how many of them are large"),
        ("The green cylinder, what side of the picture he is?", "Which side of the picture is the green cylinder on?"),
        ("Big ones, how many is rubber?", "How many of the big ones are rubber?"),
        ("Cups, how many different colours do they have?", "How many different colours do the cups have?"),
        ("Are there both a fork and a knife set out?", "Are there both a fork and a knife?"),
    ],
)
def test_round64h_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_out_in_front_of_is_in_front_of() -> None:
    said = "How many people are standing out in front of the bus?"
    assert program_of(said) == program_of("How many people are in front of the bus?")
