"""Round 62: a heading said before a spoken question, "ya" and "d'ya" for "you" and "do you", two things named in
a premise and then chosen between, a choice between two things by an attribute or a side, and "the green one" in a
count read as one of the things counted."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    "said",
    ["question four how many cubes are there", "ok last one how many cubes are there", "number 3 how many cubes"],
)
def test_a_heading_said_before_a_spoken_question_is_left_out(said: str) -> None:
    assert program_of(said) == program_of("How many cubes are there?")


def test_a_number_alone_before_a_question_is_not_a_heading() -> None:
    with pytest.raises(Exception):  # noqa: B017 - any refusal: "one" may be part of what is asked
        EmbeddedParser().parse("one how many balls")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("what colour would ya call the big sphere", "What colour is the big sphere?"),
        ("d'ya see any cubes", "Do you see any cubes?"),
        ("dya reckon the cube is red", "Is the cube red?"),
    ],
)
def test_ya_is_you(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "said",
    [
        "there's a red cube and a blue sphere. which one is bigger?",
        "there is a red cube and a blue sphere, which one is bigger",
        "I see a red cube and a blue sphere; which one is bigger?",
    ],
)
def test_two_things_named_in_a_premise_are_the_choice(said: str) -> None:
    assert program_of(said) == program_of("Which is bigger, the red cube or the blue sphere?")


def test_a_choice_by_an_attribute_keeps_the_one_that_has_it() -> None:
    program = program_of("Which is metal, the cube or the sphere?")
    assert "union" in program and "filter" in program and "material, value=metal" in program
    assert "unique" in program and program.endswith("(attribute=name)")
    assert program_of("the cube and the sphere, which one is metal") == program


def test_a_choice_by_a_side_is_the_one_further_that_way() -> None:
    assert program_of("Which one is on the left, the cube or the sphere?") == program_of(
        "Which is further left, the cube or the sphere?"
    )
    assert program_of("the cube and the sphere, which of them is to the left") == program_of(
        "Which is further left, the cube or the sphere?"
    )


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("How many cubes are left of the red one?", "How many cubes are left of the red cube?"),
        ("How many bars are taller than the green one?", "How many bars are taller than the green bar?"),
        ("how many spheres have the same size as the red one", "how many spheres have the same size as the red sphere"),
    ],
)
def test_the_one_in_a_count_is_one_of_the_things_counted(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_the_one_after_things_stays_any_thing() -> None:
    assert "scene()" in program_of("How many things are bigger than the green one?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("How many red colour things are there?", "How many red things are there?"),
        ("The dog is small size one, right?", "Is the dog small?"),
        ("Is the cube metal material?", "Is the cube metal?"),
        ("How many big size cubes?", "How many big cubes?"),
    ],
)
def test_a_value_said_with_its_attribute_is_the_value(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_name_that_is_an_attribute_is_never_selected() -> None:
    for said in ("How many red colour things are there in the photo?", "Yellow color object, there is?"):
        assert "colo" not in program_of(said).split("select(")[-1].split(")")[0]


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("how many's yellow?", "How many things are yellow?"),
        ("How many's cubes, hen?", "How many cubes are there?"),
        ("how many are yellow?", "How many yellow things are there?"),
    ],
)
def test_how_many_without_its_noun(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_thing_named_before_what_is_written_is_what_carries_the_text() -> None:
    expected = program_of("What is written on the bottle?")
    assert program_of("The bottle, what is written?") == expected
    assert program_of("The bottle, what is written? I don't have my glasses.") == expected


def test_a_topic_dropped_from_a_count_that_names_nothing_is_not_dropped() -> None:
    with pytest.raises(Exception):  # noqa: B017 - a refusal: "how many is not white" of the three cups, not all
        EmbeddedParser().parse("the three cups how many is not white")


def test_a_guess_after_a_comma_is_checked() -> None:
    assert program_of("What's that behind the girl, a tree?") == program_of("Is the thing behind the girl a tree?")


def test_an_attribute_asked_after_a_question_whose_first_reading_named_the_attribute() -> None:
    program = program_of("I'm the dog walker. Which dog is near the girl? Colour please.")
    assert "select(name=girl)" in program and "predicate=near, name=dog" in program
    assert program.endswith("(attribute=color)")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Metal objects how many there are?", "How many metal objects are there?"),
        ("The small ones ah, how many got?", "How many small things are there?"),
        ("Rubber thing, picture inside have how many?", "How many rubber things are there?"),
        (
            "The objects which are at the left of the purple cube, they are how many?",
            "How many objects are left of the purple cube?",
        ),
        (
            "Right side of the big grey cylinder got how many things?",
            "How many things are right of the big gray cylinder?",
        ),
        (
            "Purple sphere's right side in, how many objects there are?",
            "How many objects are right of the purple sphere?",
        ),
    ],
)
def test_a_count_asked_last_counts_what_was_said_first(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_count_asked_last_keeps_its_own_words() -> None:
    assert program_of("spheres are more than cylinders by how many") == program_of(
        "How many more spheres are there than cylinders?"
    )
    assert program_of("Triangles and stars together, how many is that?") == program_of(
        "How many triangles and stars are there?"
    )


def test_a_side_of_the_picture_said_first_narrows_the_count() -> None:
    expected = program_of("How many cubes are on the right side of the picture?")
    assert "hposition, value=right" in expected
    for said in ("right side of the picture, how many cubes?", "On the right side of the picture, how many cubes?"):
        assert program_of(said) == expected


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Is there on the picture some green square?", "Is there some green square on the picture?"),
        ("All the small objects are in metal, no?", "Are all the small objects made of metal?"),
        ("Small grey cube, from rubber made is it?", "Is the small gray cube made of rubber?"),
        ("How many objects are not from rubber?", "How many objects are not made of rubber?"),
        ("Big red ball is from metal or from rubber?", "Big red ball is made of metal or rubber?"),
        ("What are the shapes in the top row? Tell all.", "What are the shapes in the top row?"),
        ("The red cube, it is metal, is it so?", "Is the red cube metal?"),
        ("Cube cyan and cube gray, which one big more?", "Which is bigger, the cyan cube or the gray cube?"),
    ],
)
def test_english_as_learners_write_it(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which thing stands the most on the back?", "Which thing is backmost?"),
        ("Which is the object that stays more to the back?", "Which object is backmost?"),
        ("Which one is the very very front one?", "Which one is the frontmost one?"),
        ("Which object lies furthest forward?", "Which object is frontmost?"),
        ("which object's closest to the viewer?", "Which object is closest to the camera?"),
        ("Who standing most right side?", "Who is the rightmost person?"),
        ("In the down row, which shape is in the most left?", "In the bottom row, which shape is leftmost?"),
    ],
)
def test_the_one_furthest_one_way_said_every_way(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_row_no_one_knows_is_never_dropped() -> None:
    with pytest.raises(Exception):  # noqa: B017 - a refusal, not the leftmost shape of the whole picture
        EmbeddedParser().parse("In the funny row, which shape is in the most left?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which colour wears the woman near the bicycle?", "What colour is the woman near the bicycle wearing?"),
        ("Who stands most left? Which colour wears?", "What colour is the leftmost person?"),
        ("The cylinders, are they as many as the spheres?", "Are there as many cylinders as spheres?"),
        ("Are the red shapes as many as the blue ones?", "Are there as many red shapes as blue ones?"),
        ("Are the two circles having the same colour?", "Do the two circles have the same colour?"),
        ("Which is biggest, the star or the red circle?", "Which is bigger, the star or the red circle?"),
    ],
)
def test_more_english_as_learners_write_it(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Would it be correct to say that most of the objects are spheres?", "Are most of the objects spheres?"),
        ("Would I be right in saying most of these are metal?", "Are most of the objects metal?"),
        (
            "I should like to know the number of cubes in this picture, if you would be so kind.",
            "How many cubes are there?",
        ),
        ("Kindly list out the colours of the cylinders.", "List the colours of the cylinders."),
        ("Class, can anyone tell me the number of small shapes?", "How many small shapes are there?"),
        ("Run me through the cup colours, would you?", "List the colours of the cups."),
        ("dude how many circles", "How many circles are there?"),
        ("Bless me, how many cylinders would that be?", "How many cylinders are there?"),
        ("Go on so, how many of the blocks have we at all?", "How many blocks are there?"),
        ("Second fae the right — whit shape's that?", "What shape is second from the right?"),
        ("Any rubber balls in it at a'?", "Are there any rubber balls?"),
        ("Lotta balls in this one. How many we talkin'?", "How many balls are there?"),
        ("Is there anything at all in behind the green cylinder?", "Is there anything behind the green cylinder?"),
        ("Could you tell me which object is second from the front?", "Which object is second from the front?"),
    ],
)
def test_polite_frames_openers_and_dialect(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_count_that_would_be_after_a_change_stays_hypothetical() -> None:
    assert program_of("If I put two more red cubes in, how many cubes would there be?") != program_of(
        "How many cubes are there?"
    )


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Is the star in the top row or the bottom row?", "Is the star in the top or bottom of the picture?"),
        ("The star at top row or bottom row?", "Is the star in the top or bottom of the picture?"),
        (
            "The tree is in the upper part of the photo or in the lower?",
            "Is the tree in the top or bottom of the photo?",
        ),
        ("The car is on the left of the bus or on the right of it?", "Is the car left or right of the bus?"),
        (
            "Position of the woman relative to the bus: in front of it or behind it?",
            "Is the woman in front of the bus or behind it?",
        ),
        (
            "Green cylinder it at left side of picture or right side?",
            "Is the green cylinder on the left side or the right side of the picture?",
        ),
        (
            "The lady in yellow, she stay at the right of the table or the left?",
            "Is the lady in yellow right or left of the table?",
        ),
    ],
)
def test_a_choice_of_place_said_as_a_statement(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_two_rows_offered_are_a_choice_never_two_checks() -> None:
    program = program_of("Is the star in the top row or the bottom row?")
    assert "choose" in program and "name=row" not in program


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Purple cube right side have one ball. This ball front side have one thing, what color?",
            "There is a ball right of the purple cube. There is a thing in front of this ball. What color is it?",
        ),
        ("cyan ball right side there is one cube, colour of it", "What colour is the cube right of the cyan ball?"),
        (
            "Blue cylinder's left side has cube. That cube color is what?",
            "What color is the cube left of the blue cylinder?",
        ),
        (
            "Left from the blue Ball lies a yellow Ball, and left from this yellow Ball there is a Cylinder. "
            "Which Colour has the Cylinder?",
            "What colour is the cylinder left of the yellow ball left of the blue ball?",
        ),
    ],
)
def test_a_thing_placed_by_another_said_place_first(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_what_is_placed_by_another_asked_place_first() -> None:
    program = program_of("Left of cube gray have what thing? What shape?")
    assert "color, value=gray" in program and "predicate=left" in program and program.endswith("(attribute=shape)")


def test_the_thing_a_premise_introduced_is_the_one_named_again() -> None:
    assert program_of("There's a cylinder left of the yellow ball. Which colour is the cylinder?") == program_of(
        "What colour is the cylinder left of the yellow ball?"
    )


def test_two_premises_chain_into_one_description() -> None:
    expected = program_of("What colour is the cylinder left of the yellow ball left of the blue ball?")
    for said in (
        "There is a yellow ball left of the blue ball. There is a cylinder left of this yellow ball. "
        "What colour is it?",
        "There is a yellow ball left of the blue ball. There is a cylinder left of this yellow ball. "
        "What colour is the cylinder?",
    ):
        assert program_of(said) == expected


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "In the corner at the bottom at the right, which shape there is?",
            "Which shape is in the bottom right corner?",
        ),
        ("Top-right corner: which shape occupies it?", "Which shape is in the top right corner?"),
        ("The shape in the bottom left corner, which one is?", "Which shape is in the bottom left corner?"),
        (
            "Which shape is the last one on the right in the bottom row?",
            "Which shape is first from the right in the bottom row?",
        ),
        (
            "Which shape is number two from the right in the lower row?",
            "Which shape is second from the right in the bottom row?",
        ),
        ("Who stands as second from the left on the photo?", "Who is second from the left?"),
        ("Which object stands most left? Tell please its colour.", "Which object is leftmost? Tell me its colour."),
        ("Please how many cylinders are they in this picture?", "How many cylinders are there?"),
        ("Is it the ball is of blue colour?", "Is the ball blue?"),
        ("Is the cylinder of metal?", "Is the cylinder made of metal?"),
    ],
)
def test_english_as_learners_write_it_round_62g(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "kept",
    [
        "Is it the case that at least one sphere is present in the scene?",
        "Is the brown cylinder made out of metal?",
        "Is the big cube made of metal or of rubber?",
        "Consider the sphere to the right of the red cube. In front of that sphere there is a cube; "
        "what colour does it have?",
    ],
)
def test_the_learners_rules_leave_plain_english_alone(kept: str) -> None:
    EmbeddedParser().parse(kept)  # reads, as before the rules


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("That big yeller ball, what's it made of?", "What is the big yellow ball made of?"),
        ("Which one's furthest over tae the left? What colour's that?", "What colour is the leftmost thing?"),
        (
            "Which one's bigger'n the other, the green cube or the blue cube?",
            "Which is bigger, the green cube or the blue cube?",
        ),
        ("Every one of them cylinders metal?", "Are all the cylinders metal?"),
        ("How many objects consist of metal?", "How many objects are made of metal?"),
        ("What all colours are the cylinders having?", "What colours do the cylinders have?"),
        ("How many balls would there be in it, at all?", "How many balls are there?"),
        ("Which is bigger now, the cylinder or the yellow cube?", "Which is bigger, the cylinder or the yellow cube?"),
        ("What's that down in the bottom left corner then?", "What is in the bottom left corner?"),
        ("How many of the cups are any colour but white?", "How many of the cups are not white?"),
        ("What colour is the dog the lady in red has hold of?", "What colour is the dog the lady in red is holding?"),
        ("Bench — from what material?", "What material is the bench made of?"),
        ("In the row of below, which figure is more to the left?", "In the bottom row, which figure is leftmost?"),
    ],
)
def test_blind65_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_a_count_after_a_change_is_still_hypothetical_and_material_questions_stay() -> None:
    assert "add" in program_of("If I put two more red cubes in, how many cubes would there be?")
    EmbeddedParser().parse("What sort of material does the grey orb consist of?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which one's right out on the left? What shape's that?", "What shape is the leftmost thing?"),
        ("Thing right at the front, what colour is it?", "What colour is the frontmost thing?"),
        ("whats the colour of the one at the end on the right", "What colour is the rightmost one?"),
        ("the cup at the right end, what colour is it", "What colour is the rightmost cup?"),
        ("What is the shape of the object situated furthest to the rear?", "What shape is the backmost object?"),
        ("Fork's by the plate, yeah?", "Is the fork by the plate?"),
        ("How many things on that table aren't cups?", "How many things on the table are not cups?"),
        ("What is it that hangs at the top of the picture?", "What is at the top of the picture?"),
        ("What sits in the bottom right corner?", "What is in the bottom right corner?"),
        ("Number of dogs and number of children — equal?", "Are there as many dogs as children?"),
        ("Metal and rubber, same number of each, eh?", "Are there as many metal things as rubber things?"),
        ("red shapes vs green shapes, r there more red", "Are there more red shapes than green shapes?"),
        (
            "Would you be so kind as to tell me what colour the woman is wearing?",
            "What colour is the woman wearing?",
        ),
        ("How many quadrilaterals are there, counting the square?", "How many quadrilaterals are there?"),
        ("Reckon there's as many big things as little things?", "Are there as many big things as little things?"),
    ],
)
def test_blind65_forms_2(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_an_exception_said_first_keeps_the_place_that_narrows_everything() -> None:
    assert program_of("apart from the rectangle, is everything in the bottom row small") == program_of(
        "Is everything in the bottom row except the rectangle small?"
    )
    assert program_of("except for the cube, is everything left of the sphere rubber") == program_of(
        "Are all things that are left of the sphere and are not the cube rubber?"
    )


def test_a_named_picture_and_a_sum_said_first_are_no_names() -> None:
    assert program_of("how many dogs in the street picture") == program_of("How many dogs are there?")
    assert program_of("cups and plates put together, how many") == program_of("How many cups and plates are there?")


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("What is the writing on the bus body?", "What is written on the bus?"),
        ("how many dudes got ties on", "How many dudes are wearing ties?"),
        ("both guys wearing ties or nah", "Are both guys wearing ties?"),
        ("Anybody in the park wearing red?", "Is there a person in the park wearing red?"),
    ],
)
def test_photo_forms_round_62j(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_spelling_out_is_a_fixed_point_so_the_parser_does_it_once() -> None:
    import json
    from pathlib import Path

    from nsvr.agent.parser import normalize as N

    root = Path(__file__).parents[2] / "data" / "paraphrases"
    for path in sorted(root.glob("blind6*.jsonl")):
        for line in path.read_text().splitlines():
            question = json.loads(line)["question"]
            once = N.spelled_out(question)
            N._SPELLED.clear()  # spell the output out afresh: the rules themselves must leave it as it is
            assert N.spelled_out(once) == once, question


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("how many things in front of that red cube my man", "How many things are in front of the red cube?"),
        (
            "that little yellow ball bigger than the red cube? nah right?",
            "Is the little yellow ball bigger than the red cube?",
        ),
        ("Any cube is there which is made of metal?", "Is there any cube which is made of metal?"),
        (
            "And setting aside the cylinders, how many objects remain?",
            "Setting aside the cylinders, how many objects are there?",
        ),
        (
            "Second object from the back side, what is its colour?",
            "What is the colour of the second object from the back?",
        ),
        (
            "something chillin in front of the yellow cube, what shape is it",
            "What shape is the thing in front of the yellow cube?",
        ),
        ("how many distinct colours in the whole composition", "How many distinct colours are in the picture?"),
        (
            "How many others share the colour of the small yellow cube?",
            "How many other things share the colour of the small yellow cube?",
        ),
        ("Red or metal, how many of those altogether?", "How many things are red or metal?"),
    ],
)
def test_round_62k_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("That bench — timber, is it?", "Is the bench wooden?"),
        ("any green in the bottom row?", "Is there anything green in the bottom row?"),
        (
            "How many shapes are the same size as the star, not counting the star itself?",
            "How many shapes are the same size as the star?",
        ),
        ("Is there a knife laid anywhere?", "Is there a knife?"),
        ("Are there any birds at all? Even one?", "Are there any birds?"),
        ("What place does this represent?", "What place is this?"),
    ],
)
def test_round_62l_forms(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)
