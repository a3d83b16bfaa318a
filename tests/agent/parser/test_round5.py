"""Round 5: request wrappers around embedded questions ("I was wondering if you could tell me ..."), everyday
words for people ("guys", "gentlemen", "folks"), the attribute of what someone wears or holds ("What colour is
the man wearing?") and negative questions about a definite subject ("Isn't the cube red?" asks whether it is)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph import program as P
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.names import name_matches


def same(question: str, plain: str) -> None:
    assert parse(question).pretty() == parse(plain).pretty()


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Could you tell me whether there is a red cube?", "Is there a red cube?"),
        ("Can you tell me if the cube is red?", "Is the cube red?"),
        ("Would you mind telling me how many spheres there are?", "How many spheres are there?"),
        ("Do you know whether there is a red cube?", "Is there a red cube?"),
        ("I wonder if there is a red cube.", "Is there a red cube?"),
        ("I was wondering whether there are any spheres.", "Are there any spheres?"),
        ("I was wondering if you could tell me how many cubes there are.", "How many cubes are there?"),
        ("I wonder whether you could tell me the colour of the cube.", "What colour is the cube?"),
        ("I'm wondering if you can tell me whether there is a sphere.", "Is there a sphere?"),
        ("Any idea how many cubes there are?", "How many cubes are there?"),
        ("Do you happen to know whether the cube is red?", "Is the cube red?"),
        ("Would you happen to know what colour the sphere is?", "What colour is the sphere?"),
        ("Do you have any idea if there is a sphere?", "Is there a sphere?"),
        ("Might you tell me how many spheres there are?", "How many spheres are there?"),
        ("Could you possibly tell me if the sphere is big?", "Is the sphere big?"),
        ("Would you be so kind as to tell me the colour of the cylinder?", "What colour is the cylinder?"),
        ("Any chance you could tell me how many cubes there are?", "How many cubes are there?"),
        ("Could you check for me whether the cube is red?", "Is the cube red?"),
        ("Do you reckon there are more cubes than spheres?", "Are there more cubes than spheres?"),
        ("I'd like you to tell me how many spheres there are.", "How many spheres are there?"),
        ("Would it be possible to tell me how many spheres there are?", "How many spheres are there?"),
        ("Is it possible to tell how many spheres there are?", "How many spheres are there?"),
        ("Would you say the cube is red?", "Is the cube red?"),
        ("Is there any chance you could check whether the sphere is big?", "Is the sphere big?"),
    ],
)
def test_request_wrappers_are_stripped(question: str, plain: str) -> None:
    same(question, plain)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("How many gentlemen are there?", "gentleman"),
        ("How many folks are there?", "person"),
        ("How many persons are in the picture?", "person"),
        ("How many individuals are in the picture?", "person"),
        ("How many dudes are there?", "guy"),
        ("Is there a bloke?", "guy"),
        ("How many youngsters are there?", "child"),
        ("How many kids are there?", "child"),
        ("How many ladies are there?", "lady"),
        ("How many guys are there?", "guy"),
        ("How many policemen are there?", "policeman"),
        ("How many lads are there?", "boy"),
        ("How many lasses are in the picture?", "girl"),
        ("Is there a grown up?", "adult"),
    ],
)
def test_everyday_words_for_people(question: str, name: str) -> None:
    selected = parse(question).steps[0]
    assert isinstance(selected, P.Select)
    assert selected.name == name
    assert name_matches("person", name) or name == "policeman"


@pytest.mark.parametrize(
    ("question", "verb", "kind", "attribute"),
    [
        ("What color is the man holding?", "holding", None, "color"),
        ("Which material is the lady holding?", "holding", None, "material"),
        ("What colour shirt is the man wearing?", "wearing", "shirt", "color"),
        ("what size bag is the girl carrying?", "carrying", "bag", "size"),
    ],
)
def test_attribute_of_what_someone_wears_or_holds(question: str, verb: str, kind: str | None, attribute: str) -> None:
    """The asked attribute is queried on the thing related to the person; it never becomes a class name."""
    steps = parse(question).steps
    relate = next(s for s in steps if isinstance(s, P.Relate))
    assert (relate.predicate, relate.role, relate.name) == (verb, "object", kind)
    assert isinstance(steps[-1], P.Query) and steps[-1].attribute == attribute


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Isn't the blue cube small?", "yes"),
        ("isn't the big sphere metal?", "yes"),
        ("Isn't the green cylinder red?", "no"),
        ("Isn't the yellow ball left of the red cube?", "yes"),
        ("Doesn't the blue cube have the same colour as the large sphere?", "no"),
        ("Aren't the red cube and the blue cube the same shape?", "yes"),
        # a negated predicate stays a negation
        ("Is the blue cube not small?", "no"),
        ("Is there no purple cube?", "yes"),
    ],
)
def test_negative_questions_about_a_subject_ask_the_positive(blocks, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    "question",
    [
        "How many calories are on the plate?",
        "how many grams does the cube weigh?",
        "How many years old is the man?",
        "How many kilos is the bag?",
        "How much does the cube weigh?",
        "How much does the car cost?",
        "How much is the bike?",
        "How much water is in the glass?",
        "How much coffee is left in the cup?",
    ],
)
def test_amounts_and_measures_are_refused_with_why(question: str) -> None:
    with pytest.raises(ParseError, match="cannot measure amounts"):
        parse(question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [("how much balls are there?", "2"), ("How much red cubes are in the picture?", "1")],
)
def test_how_much_before_a_plural_still_counts(blocks, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer
