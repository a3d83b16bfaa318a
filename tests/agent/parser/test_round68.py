"""Round 68: notes and talk around a question ("the square also counts", "brb", "it's for my homework", "quick one,
sorry -", "G'day."), the direction of an order said in a sentence of its own ("we are counting from the right now"),
what a thing says asked in people's words ("clock - time?", "there's lettering on the road, what does it say?"), what
a person described by a relation wears, the picture's centre as one place, how many different values things have,
and a question about what the picture is meant to be, refused."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser, ParseError
from nsvr.agent.parser.normalize import without_sign_off


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        # the square settled as a rectangle by a note before or after the count
        ("How many rectangles are in the drawing? Squares count too.", "How many squares and rectangles are there?"),
        ("count the rectangles, including the square", "How many squares and rectangles are there?"),
        ("rectangles - how many? the square counts as a rectangle", "How many squares and rectangles are there?"),
        ("squares included, how many rectangles are there?", "How many squares and rectangles are there?"),
        ("including squares, how many large rectangles are there?", "How many large squares and large rectangles?"),
        ("If we count a square as a rectangle too, how many rectangles are there?", "How many squares and rectangles?"),
        # talk before and after: a sign-off, a greeting, an apology for talk that names nothing
        ("how many red cubes brb", "How many red cubes are there?"),
        ("how many cylinders are there? it's for my project", "How many cylinders are there?"),
        ("is there a fork? need one", "Is there a fork?"),
        ("are the spheres metal? cheers mate", "Are the spheres metal?"),
        ("G'day. Is the cube red?", "Is the cube red?"),
        ("Roger that. How many spheres?", "How many spheres are there?"),
        ("stuck in traffic, sorry - what colour is the cube?", "What colour is the cube?"),
        ("how many balls? sorry for the typos", "How many balls are there?"),
        # the direction of an order, said in a sentence of its own
        (
            "We're going from the left this time. What shape is the second one?",
            "What shape is the second one from the left?",
        ),
        ("what size is the first object, counting from the back?", "What size is the first object from the back?"),
        # what a thing says
        ("the sign - what does it read?", "What does the sign say?"),
        ("bottle: what's written on it?", "What does the bottle say?"),
        ("clock, what time?", "What does the clock say?"),
        ("There's writing on the bus. What does it say?", "What does the bus say?"),
        ("The sign has some letters on it, red ones. What do they say exactly?", "What does the sign say?"),
        ("What's printed on the bottle?", "What is written on the bottle?"),
        ("On the bus, what's written?", "What is written on the bus?"),
        # a person's colour is what they wear, whoever they are near or hold
        ("what colour is the man near the bus wearing?", "What colour is the man near the bus?"),
        ("the girl by the bench - what's she wearing, colour-wise?", "What colour is the girl near the bench?"),
        ("Is the man in white or black?", "Is the man white or black?"),
        ("the girl, wears pink?", "Is the girl wearing pink?"),
        # the centre of the picture is one place
        ("what shape is in the centre?", "What shape is in the very centre?"),
        ("what colour is the thing dead centre?", "What colour is the thing in the very centre?"),
        ("what colour, the shape in the very centre?", "What colour is the shape in the very centre?"),
        # how many values things have
        ("spheres - how many different colours?", "How many different colours do the spheres have?"),
        ("how many distinct shapes among the red things?", "How many different shapes do the red things have?"),
        ("How many materials, different ones?", "How many different materials are there?"),
        ("how many different colours have the cubes been painted in?", "How many different colours do the cubes have?"),
        # a row said as a heading
        ("top row - how many shapes?", "How many shapes are in the top row?"),
        ("In the lower row, how many shapes are red?", "How many shapes in the bottom row are red?"),
        ("top row, leftmost shape?", "What shape is the leftmost shape in the top row?"),
        ("bottom row, 3rd from the right: colour", "What colour is the third shape from the right in the bottom row?"),
        # the things counted left out, and the others sharing a value with a thing named as a heading
        ("how many in front of the blue cylinder", "How many things are in front of the blue cylinder?"),
        (
            "the red sphere - how many others are the same colour as it",
            "How many other things are the same colour as the red sphere?",
        ),
        (
            "the big cube - how many others share its material",
            "How many other things have the same material as the big cube?",
        ),
        ("how many others same size as the cyan ball", "How many other things are the same size as the cyan ball?"),
        ("how many objects share the red cubes shape", "How many objects share the shape of the red cube?"),
        # a place said first belongs to the count or the check after it
        ("Under the table, how many cups are there?", "How many cups are under the table?"),
        ("Left of the green ball, how many cubes are red?", "How many cubes left of the green ball are red?"),
        ("In front of the red cube, is there a sphere?", "Is there a sphere in front of the red cube?"),
        (
            "On the shelf, are there more cups than plates?",
            "Are there more cups on the shelf than plates on the shelf?",
        ),
        ("Behind the small cube, how many things are standing?", "How many things are behind the small cube?"),
        ("behind the red cube how many spheres", "How many spheres are behind the red cube?"),
        ("in front of the blue box is there some ball", "Is there a ball in front of the blue box?"),
        ("By the way, how many cubes are there?", "How many cubes are there?"),
        ("By the way, how many buses are there?", "How many buses are there?"),
        # counts compared in people's words
        ("Spheres versus cubes - by how many do the spheres lead?", "How many more spheres than cubes are there?"),
        ("red and blue - do they tally?", "Are there as many red things as blue things?"),
        ("cups vs plates: same number?", "Are there as many cups as plates?"),
        ("So there are more lumps of rubber than lumps of metal?", "Are there more rubber things than metal things?"),
        ("We've got fewer cubes than spheres, or not?", "Are there fewer cubes than spheres?"),
        ("More large than small, right?", "Are there more large things than small things?"),
        (
            "Is the count of cubes at least the same as the count of spheres?",
            "Are there at least as many cubes as spheres?",
        ),
        (
            "how many more red ones than green ones does that make?",
            "How many more red things than green things are there?",
        ),
        (
            "Does the top row contain as many shapes as the bottom row?",
            "Are there as many shapes in the top row as in the bottom row?",
        ),
        ("Is there a red cube, or should I order one?", "Is there a red cube?"),
        ("Do we have any metal spheres, or none at all?", "Are there any metal spheres?"),
        # a request for the list after the values asked
        ("What shapes are the red things? Please list them all.", "What shapes are the red things?"),
        (
            "The teacher wants to know which colours the spheres have. Could you name them?",
            "Which colours do the spheres have?",
        ),
        ("Which sizes appear among the cylinders?", "Which sizes do the cylinders have?"),
        ("List every shape in the top row, please.", "What shapes are in the top row?"),
        (
            "counting from the right-hand side, what colour is the first cube?",
            "What colour is the first cube from the right?",
        ),
        # the things the asker looks after are the things counted; "look after" is no wake word ("ok after")
        ("How many cups have we got to wash here?", "How many cups are there?"),
        ("how many spheres do i have to polish", "How many spheres are there?"),
        # "else" of a thing named in a sentence before; a sign read out on request; what people wear said as on them
        ("The teacher says the cube is red. Is anything else red?", "Is anything red apart from the cube?"),
        ("Read me the bottle, please.", "What does the bottle say?"),
        ("Now read out the sign. What does it say?", "What does the sign say?"),
        ("How many hats are there on the kids?", "How many hats are the kids wearing?"),
        ("how many balls do the boys hold?", "How many balls are held by the boys?"),
        ("whats on the shelf furthest to the right", "What is the rightmost thing on the shelf?"),
        # the one of two further to one side; words that describe how a thing is drawn or asked
        ("Of the two cubes, what colour is the one further to the left?", "What colour is the leftmost of the cubes?"),
        ("What's the fill colour on the star?", "What colour is the star?"),
        ("How many of the shapes are drawn small?", "How many of the shapes are small?"),
        ("Are the two squares drawn at the same size?", "Are the two squares the same size?"),
        ("Any forks lying around?", "Are there any forks?"),
        ("Bet you can't tell me how many cubes are red!", "How many cubes are red?"),
        ("Is the sign up high in the picture?", "Is the sign at the top?"),
        ("How many shapes sit along the top?", "How many shapes are at the top?"),
        ("Would you describe the bus as big or small?", "Is the bus big or small?"),
        ("Was the man standing to the left of the car?", "Is the man to the left of the car?"),
        # the thing told last in a chain, named by its place in the telling
        (
            "Behind the red cube there is a ball, and left of that ball there is another ball. What size is the "
            "second ball?",
            "Behind the red cube there is a ball, and left of that ball there is another ball. What size is it?",
        ),
        # what someone does to something, then asked of it; a place asked as a heading; a bare "all ..." check
        ("The woman is holding something. What colour is it?", "What colour is the thing that the woman is holding?"),
        ("colour on the left?", "What colour is on the left?"),
        ("all the cubes on the left? yes or no", "Are all the cubes on the left?"),
    ],
)
def test_said_as_plainly(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "question",
    [
        "What is this picture supposed to show? A farm?",
        "what does the drawing represent?",
        "what is the man meant to be doing?",
    ],
)
def test_what_the_picture_means_is_refused(question: str) -> None:
    with pytest.raises(ParseError, match="meant to show"):
        EmbeddedParser().parse(question)


@pytest.mark.parametrize(
    "question",
    [
        # a note about squares only where the question counts rectangles, and a count of both left alone
        "how many squares and rectangles are there, including the square?",
        # "need" is a sign-off only after a question that ended
        "how many cubes do i need",
    ],
)
def test_questions_the_round_leaves_as_they_were(question: str) -> None:
    assert without_sign_off(question) == question


@pytest.mark.parametrize(
    "question",
    ["Is anything else made of metal?", "is something else red?"],
)
def test_else_with_nothing_to_be_else_than_is_refused(question: str) -> None:
    with pytest.raises(ParseError):
        EmbeddedParser().parse(question)


def test_everything_else_is_the_rest() -> None:
    assert program_of("Apart from the ball, is everything else red?") == program_of(
        "Apart from the ball, is everything red?"
    )


def test_an_apology_before_a_correction_still_corrects() -> None:
    assert program_of("what colour is the red, sorry, the blue cube?") == program_of("what colour is the blue cube?")
    with pytest.raises(ParseError, match="corrects"):
        EmbeddedParser().parse("the red cube, sorry, how many spheres?")
