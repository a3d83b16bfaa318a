"""Round 67: "other than" said of the things counted, not of the one thing they are placed on ("the objects on the
table other than the cups and the plate"), a second subject in a yes/no question ("is the fork made of metal and the
table made of wood"), "is X the only Y", a negated condition in a nominal check, and someone putting, leaving or
finding the counted things ("how many cylinders has the entrant put in"); quantified statements asked with a tag or a
rising voice ("neither of the green ones is metal, ja?", "no shape in the top row is yellow", "except the green
cylinder, everything is rubber, non?", "every shape in the bottom row small, or what?"), and accented letters kept in
their word ("né"); counts compared in people's words ("large against small - what is the difference in number?",
"metal versus rubber: do we have an even split?", "the big ones, there are more of them than of the small ones?",
"does the top row hold more elements than the bottom row?", "by how many do the spheres exceed the cylinders and the
cube combined?")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import EmbeddedParser
from nsvr.agent.parser.place_verbs import agent_as_there
from nsvr.agent.parser.where_asked import where_asked


def program_of(question: str) -> str:
    return " ".join(EmbeddedParser().parse(question).pretty().split())


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "count the objects on the table other than the cups and the plate.",
            "How many objects on the table other than the cups and the plate are there?",
        ),
        ("how many objects other than the cups and the plate are there", "How many objects other than cups and plates"),
        ("What's sitting on the table apart from the cups?", "What is sitting on the table other than the cups?"),
        (
            "Test 5: is the fork made of metal and the table made of wood?",
            "Is the fork metal and is the table wood?",
        ),
        ("is the cube made of metal and the ball made of rubber?", "Is the cube metal and is the ball rubber?"),
        (
            "And the yellow ball, it's the only one that isn't metal?",
            "Is the yellow ball the only thing that is not metal?",
        ),
        ("The yellow ball, is it the only rubber thing?", "Is the yellow ball the only rubber thing?"),
        ("How many cylinders has the entrant put in?", "How many cylinders are there?"),
        ("how many things has my flatmate left on the table this time, total", "How many things are on the table?"),
        ("Let us count together: how many cubes can the children find?", "How many cubes are there?"),
        ("Honestly, how many cups have been left out on the table this time?", "How many cups are on the table?"),
        ("Okay, tell me, how many cups are sitting out on the table?", "How many cups are on the table?"),
        ("Neither of the green ones is metal, ja?", "Are there no green things that are metal?"),
        ("Neither circle is green, I take it?", "Are there no circles that are green?"),
        ("Assert: no shape in the top row is yellow. True?", "Are there no shapes in the top row that are yellow?"),
        ("nothing is red?", "Is there nothing red?"),
        (
            "Except the green cylinder, everything is rubber, non?",
            "Are all things other than the green cylinder rubber?",
        ),
        ("Everything but the cube — is it all metal?", "Are all things other than the cube metal?"),
        ("Every shape in the bottom row small, or what?", "Are all the shapes in the bottom row small?"),
        ("All the large objects are made by metal, is it right?", "Are all the large objects metal?"),
        ("Is every green thing also a big thing?", "Is every green thing a big thing?"),
        ("Eish, every cube is a small one, né?", "Is every cube a small cube?"),
        ("Every one o' them cubes made o' metal, is it?", "Are all the cubes metal?"),
        ("is the cube red? né?", "Is the cube red?"),
        (
            "Large against small — what is the difference in number?",
            "How many more large things are there than small things?",
        ),
        ("Small minus large: what's the difference in count?", "How many more small things than large things?"),
        (
            "Metal versus rubber: do we have an even split, the same number of each?",
            "Are there as many metal things as rubber things?",
        ),
        (
            "Large figures and small figures — the numbers are equal?",
            "Are there as many large figures as small figures?",
        ),
        (
            "The big ones, there are more of them than of the small ones?",
            "Are there more big things than small things?",
        ),
        ("It have more triangles than circles?", "Are there more triangles than circles?"),
        (
            "Does the top row hold more elements than the bottom row?",
            "Are there more things in the top row than in the bottom row?",
        ),
        (
            "Is number of cubes bigger than number of spheres?",
            "Is the number of cubes greater than the number of spheres?",
        ),
        ("how many fewer spheres are there than cylinders?", "How many more cylinders are there than spheres?"),
        (
            "By how many do the spheres exceed the cylinders and the cube combined?",
            "How many more spheres are there than cylinders and cubes?",
        ),
        (
            "Among the large objects only: are there more spheres than cubes?",
            "Are there more large spheres than large cubes?",
        ),
        ("Circles fewer than blue shapes or not?", "Are there fewer circles than blue shapes?"),
        ("are cylinders more than spheres", "Are there more cylinders than spheres?"),
    ],
)
def test_said_as_plainly(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("question", "steps"),
    [
        # the table is one thing: taking the cups out of it means nothing, so "other than" is the counted things'
        (
            "count the objects on the table other than the cups",
            "0 select(name=table) 1 unique[0](resolve=True) 2 relate[1](predicate=on) 3 select(name=cup) "
            "4 difference[2,3]() 5 count[4]()",
        ),
        # "the only": the same objects exactly, so no other thing is one of them
        (
            "is the yellow ball the only one that isn't metal?",
            "0 select(name=sphere) 1 filter[0](attribute=color, value=yellow) 2 unique[1](resolve=True) 3 scene() "
            "4 filter[3](attribute=material, value=metal, negate=True) 5 equal[2,4]()",
        ),
        # a negated condition of a nominal is checked negated
        (
            "is the cube the thing that isn't metal?",
            "0 select(name=cube) 1 unique[0](resolve=True) 2 verify[1](attribute=name, value=thing, of_one=True) "
            "3 verify[1](attribute=material, value=metal, of_one=True) 4 not[3]() 5 and[2,4]()",
        ),
    ],
)
def test_programs(question: str, steps: str) -> None:
    assert program_of(question) == steps


@pytest.mark.parametrize(
    "question",
    [
        "what color is the cube other than the red one",  # "other than" of the cube's own kind stays with it
        "is the cube red and the sphere blue?",
        "Is the red cube the only cube?",
        "what color is the only cube?",
    ],
)
def test_unchanged_readings_still_parse(question: str) -> None:
    program = program_of(question)
    assert "select(name=cube)" in program


def test_agent_as_there_keeps_what_is_not_a_putting() -> None:
    assert agent_as_there("how many corners has the figure got") == "how many corners has the figure got"
    assert agent_as_there("how many balls does the man hold") == "how many balls does the man hold"
    assert agent_as_there("how many cubes did they put in the picture?") == "how many cubes are in the picture?"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Yellow cube — left or right hand side of the shot?", "Is the yellow cube on the left or on the right?"),
        (
            "The large cyan cylinder — is it towards the left of the picture or the right?",
            "Is the large cyan cylinder on the left or on the right?",
        ),
        (
            "Is the clock hung at the top of the picture or lower down at the bottom?",
            "Is the clock at the top or at the bottom?",
        ),
        (
            "Where's the motor car to — top of the picture or down the bottom?",
            "Is the motor car at the top or the bottom?",
        ),
        (
            "The small circle: which row is it in — top, middle or bottom?",
            "Is the small circle at the top, in the middle or at the bottom?",
        ),
        (
            "The tree behind the girl — on which side of the picture does it stand?",
            "Is the tree behind the girl on the left or on the right?",
        ),
        ("That frisbee — up top in the picture, or down low?", "Is the frisbee at the top or at the bottom?"),
        ("In which row is the star, the top or the bottom?", "Is the star at the top or at the bottom?"),
        ("wheres the star, left right or middle?", "Is the star on the left, in the middle or on the right?"),
        ("Are both kids standing to the left of the woman in white?", "Are all the kids left of the woman in white?"),
    ],
)
def test_where_in_the_picture(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    "question",
    [
        "Where is the sphere in relation to the cylinder: left or right?",  # a side of another thing
        "Is the cube left of the ball or right of it?",
        "which side of the cube is the ball on?",
        "which is on the left, the cube or the ball?",  # one place: which thing is there
        "The red cup is on the left side of the picture. Which side is the white one on?",  # "one" said before
    ],
)
def test_where_asked_leaves_relations_and_other_things(question: str) -> None:
    assert where_asked(question) == question


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Which thing is the most far in front? What shape?", "Which thing is frontmost? What shape?"),
        ("Which dog's further over to the right? Colour?", "Which dog is rightmost? Colour?"),
        ("The piece most on the left of all, what form it is?", "What shape is the leftmost thing?"),
        ("Which thing is most left side? Tell me shape.", "Which thing is leftmost? Tell me the shape."),
        ("Which shape's the farthest right in the top row?", "Which shape in the top row is rightmost?"),
        ("Which one's out the back, furthest away? What shape is it?", "Which one is furthest away? What shape is it?"),
        (
            "Which object is farthest from the camera, all the way at the back? Give me its color.",
            "What color is the backmost object?",
        ),
        (
            "Which of them cylinders is sittin' furthest back, hon? What color?",
            "Which cylinder is backmost? What color?",
        ),
        ("how many of them cylinders are there", "How many cylinders are there?"),
    ],
)
def test_extremes(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "The red cube against the gray cylinder — which is the bigger of the two?",
            "Which is bigger, the red cube or the gray cylinder?",
        ),
        (
            "As between the brown cylinder and the blue sphere, which is the larger?",
            "Which is larger, the brown cylinder or the blue sphere?",
        ),
        (
            "Between the circle red and the hexagon, which is more big?",
            "Which is bigger, the red circle or the hexagon?",
        ),
        ("Oh ya, how many circles are in there now?", "How many circles are there?"),
        ("Boy, how many triangles it have?", "How many triangles are there?"),
        ("bro how many cubes we talking", "How many cubes are there?"),
        ("Behind the green cylinder, how many spheres we talking?", "How many spheres are behind the green cylinder?"),
        ("Big things, how many have?", "How many big things are there?"),
        ("How many guys we got standin' there?", "How many guys are there?"),
        ("Oh ya, so they're all big ones in there, every last one, right?", "Are all the things big things?"),
        ("how many little rubber blocks does it have in this one", "How many small rubber blocks are there?"),
    ],
)
def test_pairs_counts_and_talk(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "The shape in the bottom left — is it yellow, or am I wrong again?",
            "Is the shape in the bottom left yellow?",
        ),
        ("The yellow one, it is up or down?", "Is the yellow thing at the top or at the bottom?"),
        (
            "Is the triangle placed on the left or the right of the composition?",
            "Is the triangle on the left or on the right?",
        ),
        ("Brown but not ball, how many got?", "How many brown things other than balls are there?"),
        ("Blue things but not the cylinders — how many is?", "How many blue things other than cylinders are there?"),
        ("D'you see as many cylinders there as balls?", "Are there as many cylinders as balls?"),
        ("does the clock match the plate colour-wise", "Is the clock the same colour as the plate?"),
        ("I take it every cube in the picture is a large one?", "Is every cube a large cube?"),
        (
            "Metal ones and rubber ones — even split, or is one side stacked?",
            "Are there as many metal things as rubber things?",
        ),
    ],
)
def test_round67g(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Is the square blue, or am I mixing it up with something else?", "Is the square blue?"),
        ("is it red, or have I got it wrong?", "Is it red?"),
    ],
)
def test_the_askers_doubt_is_no_option(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)


def test_the_other_way_round_is_an_option() -> None:
    program = program_of("Is the red cup to the left of the plate, or have I got that backwards?")
    assert "choose_relation" in program or "choose" in program


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("What's the thing furthest back? Just the shape is grand.", "What shape is the backmost thing?"),
        ("The object most in the back, it is made from what material?", "What material is the backmost object?"),
        (
            "What's sitting in front of the big cylinder? Like what shape is it?",
            "What is in front of the big cylinder? What shape is it?",
        ),
        (
            "Behind the brown cylinder, what is standing there? Tell me the shape.",
            "What is behind the brown cylinder? What shape is it?",
        ),
        ("How many objects are small and of rubber?", "How many small rubber objects are there?"),
    ],
)
def test_round67i(said: str, plain: str) -> None:
    assert program_of(said) == program_of(plain)
