"""Round 65: worksheet and quiz forms (a gap to fill, choices printed in the statement, an item's number, "record the
number of", "confirm that"), a place to look at first as the question's scope, "the X on the far right" in a relative
clause, "the object second from the front", and "the top-left corner of the picture" as a corner."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser
from nsvr.agent.parser.reported import as_asked
from nsvr.agent.parser.tokens import ParseError
from nsvr.agent.parser.worksheet import worksheet
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.names import name_matches


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Fill in the gap with a colour: The large cube is ___.", "What colour is the large cube?"),
        ("Look at the picture. Complete the sentence: The bus is ___. (Write a colour.)", "What colour is the bus?"),
        ("Fill in the missing word. The ball is made of ________.", "What is the ball made of?"),
        ("Finish my sentence: the little cylinder is made of...", "What is the little cylinder made of?"),
        (
            "Fill in the blank: the person holding the dog is standing in front of the ___.",
            "What is the person holding the dog standing in front of?",
        ),
        ("Circle the right word: the cube is big / small.", "Is the cube big or small?"),
        (
            "Choose the correct word: The yellow cube is made of (metal / rubber).",
            "Is the yellow cube made of metal or rubber?",
        ),
        (
            "Choose the right words: The car is (in front of / to the left of) the bus.",
            "Is the car in front of or to the left of the bus?",
        ),
        ("Q2. Name the material the fork is made of.", "What is the fork made of?"),
        ("1. Record the total number of cylinders in Table 1.", "How many cylinders are there?"),
        ("Exercise 4.2 (a) State the number of spheres shown in Figure 1.", "How many spheres are there?"),
        ("Count the cylinders and write the number in the box.", "How many cylinders are there?"),
        ("question 1 says count the balls and write how many", "How many balls are there?"),
        ("Step 2: Confirm that the large cyan sphere is in front of the red cube.", None),
        ("Say yes or no: the cube is yellow and it is made of shiny metal.", "Is the cube yellow and metal?"),
        ("Q3. Which is the larger shape: the square or the triangle?", "Which is larger, the square or the triangle?"),
        ("Q4. How many shapes have been drawn in the bottom row?", "How many shapes are in the bottom row?"),
    ],
)
def test_a_worksheet_form_asks_its_question(said: str, plain: str | None) -> None:
    if plain is None:
        plain = "Is it true that the large cyan sphere is in front of the red cube?"
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "question",
    ["The large cube is ___.", "The bus is ___.", "Is the cube red?", "2 red cubes?", "Is it big / small or what?"],
)
def test_a_gap_whose_kind_is_not_said_is_not_guessed(question: str) -> None:
    """A gap with no word of what goes in it is not read as a count or a colour; other questions pass unchanged."""
    if "_" not in question:
        assert worksheet(question) == question
        return
    with pytest.raises(ParseError):
        EmbeddedParser().parse(question)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Look at the bottom row. How many blue shapes are there?", "How many blue shapes are in the bottom row?"),
        ("Focus on the left side of the picture. How many balls are there?", "How many balls are on the left side?"),
        ("Whoever's on the far right of the shot — what colour is it?", "What colour is the rightmost person?"),
        ("What colour is the ball over at the far right?", "What colour is the rightmost ball?"),
        ("What shape is the object second from the front?", "What shape is the second object from the front?"),
        ("Which shape is in the top-left corner of the figure?", "Which shape is in the top left corner?"),
        ("Is it the same number of cubes as spheres?", "Are there as many cubes as spheres?"),
        ("The man on the far right — what colour is the tie he's got on?", None),
    ],
)
def test_places_and_orders_said_other_ways(said: str, plain: str | None) -> None:
    if plain is None:
        plain = "What colour is the tie the rightmost man is wearing?"
    assert program_of(said) == program_of(plain)


def _row_of_shapes() -> SceneGraph:
    """A top row of two blue shapes and a bottom row of one blue and one red shape."""
    rows = [("circle", "blue", 10, 10), ("square", "blue", 60, 10), ("circle", "blue", 10, 80), ("star", "red", 60, 80)]
    return SceneGraph(
        width=100,
        height=100,
        objects=[
            {"id": i, "name": name, "box": [x, y, x + 10, y + 10], "attributes": {"color": {"value": colour}}}
            for i, (name, colour, x, y) in enumerate(rows)
        ],
    )


def test_the_place_to_look_at_limits_the_count() -> None:
    """Counting every blue shape had answered 3 to "Look at the bottom row. How many blue shapes are there?"."""
    program = EmbeddedParser().parse("Look at the bottom row. How many blue shapes are there?")
    assert execute(program, _row_of_shapes()).text == "1"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "There's a cylinder behind the brown cube, and a ball to the left of that cylinder. What colour is that"
            " ball?",
            "What colour is the ball that is to the left of the cylinder that is behind the brown cube?",
        ),
        (
            "Locate the cylinder behind the red cube, then the sphere to the right of that cylinder. State the material"
            " of that sphere.",
            "What is the sphere to the right of the cylinder behind the red cube made of?",
        ),
        (
            "Start at the purple cylinder, find the cube to its right, then the ball behind that cube. What colour is"
            " the ball?",
            "What colour is the ball behind the cube that is right of the purple cylinder?",
        ),
        (
            "There's a cube somewhere behind the purple ball. What colour is the thing to the right of that cube?",
            "What colour is the thing to the right of the cube that is behind the purple ball?",
        ),
    ],
)
def test_a_chain_told_as_steps_is_one_noun_phrase(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_chain_whose_question_names_another_thing_keeps_it() -> None:
    """ "the cube in front of that cube": the first "the cube" is a new one, only "that cube" is the chain's."""
    said = (
        "Find the cylinder left of the gray cylinder, then the cube to the right of that one; what colour is the cube"
        " in front of that cube?"
    )
    plain = (
        "What colour is the cube in front of the cube that is right of the cylinder that is left of the gray cylinder?"
    )
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("What's the lad in blue throwing?", "What is the boy in blue throwing?"),
        ("The green cube now — is it shiny metal or is it rubber?", "Is the green cube metal or rubber?"),
        (
            "That gray cylinder off on the right — metal or rubber?",
            "Is the gray cylinder on the right metal or rubber?",
        ),
        ("Second one in from the left — what's that made of?", "What is the second one from the left made of?"),
        ("What colours turn up in the bottom row?", "What colours appear in the bottom row?"),
        ("gray ball big or small", "Is the gray ball big or small?"),
        ("Among the spheres, one is made of metal. What is its colour?", "What colour is the metal sphere?"),
        (
            "Only one thing stands to the left of the red sphere, I believe. What is it made of?",
            "What is the thing to the left of the red sphere made of?",
        ),
        ("What's to the left of the green ball? Count 'em for me.", "How many things are left of the green ball?"),
        ("Which object is nearest to the front of the picture? Its shape?", "What shape is the frontmost object?"),
    ],
)
def test_fillers_and_premises_said_plainly(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("leo says how many red ones", "How many red ones are there?"),
        ("He wants to know if any of them is made of metal", "Is any of them made of metal?"),
        (
            "She calls the big purple ball 'the giant grape'. Is the giant grape made of metal or rubber?",
            "Is the big purple ball made of metal or rubber?",
        ),
        ("He calls the balls 'bubbles'. How many bubbles are green?", "How many balls are green?"),
        ("How many lemon drops are there? She means the yellow balls.", "How many yellow balls are there?"),
        ("I think the lady is wearing yellow. Is she?", "Is the lady wearing yellow?"),
        (
            "My guess is two things are in front of the purple ball. How many are there?",
            "How many things are in front of the purple ball?",
        ),
        (
            "and which one is the furthest back and what shape is it because I think it's the little cylinder",
            "and which one is the furthest back and what shape is it",
        ),
        (
            "She says is the tree hiding behind the bus or is it in front of the bus?",
            "Is the tree behind the bus or in front of the bus?",
        ),
        ("How many vehicle in this street? Bus and car, both count.", "How many buses and cars are there?"),
    ],
)
def test_a_question_passed_on_is_asked_in_the_pictures_words(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "question",
    [
        "botle says LECHE?",  # a misspelt bottle, not a person
        "My son says the thing closest to the front is a ball. Is he right?",  # a claim to check
    ],
)
def test_what_is_not_a_question_passed_on_is_left_alone(question: str) -> None:
    assert as_asked(question) == question


def test_a_synonym_of_a_kind_covers_its_kinds() -> None:
    """ "pedestrians" (a synonym of person) are the men and women of a street graph, as "people" are."""
    assert name_matches("pedestrian", "man") and name_matches("humans", "woman")
    assert not name_matches("pedestrian", "dog")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Anything to the left of the gray cube? Count please.", "How many things are left of the gray cube?"),
        (
            "What all's sitting in front of that big green cube? Just a number's fine.",
            "How many things are in front of the big green cube?",
        ),
        ("Squares and rectangles together, how many?", "How many squares and rectangles are there?"),
        ("Cubes and cylinders: equal numbers?", "Are there as many cubes as cylinders?"),
        ("Most of the objects are made of metal, is it correct?", "Are most of the objects metal?"),
        ("Frisbee's what colour?", "What colour is the frisbee?"),
        ("Brown one is which side of the picture?", "Which side of the picture is the brown one on?"),
        ("How many things are behind the red cylinder tho", "How many things are behind the red cylinder?"),
        ("The one second from the front, what shape is it?", "What shape is the second one from the front?"),
    ],
)
def test_counts_and_checks_said_after_or_around(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("The stop sign is which side, left or right?", "Is the stop sign on the left or on the right?"),
        ("The green cube, I believe, is made of rubber. Am I right?", "Is the green cube made of rubber?"),
    ],
)
def test_a_right_that_is_a_side_or_a_sentence_of_its_own_is_no_statement_tag(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("What says the bus on the side? It is in Spanish, no?", "What does the bus say?"),
        ("how many cubes are there that aint red", "How many cubes are not red?"),
        ("And how many of those cylinders are the little ones?", "How many of the cylinders are small?"),
        ("Is the triangle green, and is it one of the large ones?", "Is the triangle green, and is it large?"),
        ("Which person is standing the most to the right?", "Which person is the most to the right?"),
    ],
)
def test_blind76_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("SPOT IT! How many ties can you find in this busy street?", "How many ties are there?"),
        ("Is the lady wearing yellow or green?", "Is the lady yellow or green?"),
        ("What colour is the star, sweetie? Can you say it?", "What colour is the star?"),
        ("Which cup is furthest to the right? Pick its colour: red, blue or white.", None),
    ],
)
def test_round_65f_forms(said: str, plain: str | None) -> None:
    if plain is None:
        assert program_of(said).endswith("query[1,2](attribute=color)")
        return
    assert program_of(said) == program_of(plain)


def test_a_hypothetical_count_of_an_unknown_kind_is_refused() -> None:
    """ "How many bushels would a bin like that hold?" had been read without its job as a count of big red things."""
    with pytest.raises(ParseError):
        EmbeddedParser().parse(
            "Ya know, that big red one looks like a grain bin. How many bushels would a bin like that hold, ya think?"
        )


def test_a_jobs_count_is_still_read() -> None:
    assert program_of("I'm fitting lids on the cylinders. How many lids do I need?") == program_of(
        "How many cylinders are there?"
    )


def test_how_many_different_colour_is_a_number_of_colours() -> None:
    assert program_of("The cups have how many different colour?") == program_of("How many colours do the cups have?")
