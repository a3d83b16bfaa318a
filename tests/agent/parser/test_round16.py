"""Rounds 16 and 17: how a question is written rather than said (punctuation dictated as words, a programmer's
notation, JSON, lettered options, a form's field), sentences in another language before their English, word-by-word
calques (adjectives after the noun, the verb last, V2), a place in a row without a noun, self-corrections after a
dash, a quoted question or claim, "one" taking the noun before it, keyboard slips and words typed together, and the
talk around a question (a letter's greeting, a presenter's cues, the asker's own guess)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import ParseError, parse
from nsvr.agent.parser.written_forms import written
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube, 3 large green
# metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # dictation, code, JSON, options
        ("what is the little yellow ball made of question mark", "rubber"),
        ("How many objects are there comma in total question mark", "5"),
        ("how many small spheres underscore count", "1"),
        ("count(spheres) == ?", "2"),
        ("exist(metal cube) ?", "no"),
        ("metal_count > rubber_count ?", "no"),
        ("sphere_count == cube_count ?", "yes"),
        ("values(color) where shape == cube", "blue, red"),
        ('{"query": "colors", "of": "cubes"}', "blue, red"),
        ("cubes minus cylinders = ?", "1"),
        ("rubber things minus metal things equals", "1"),
        ("What colour is the rubber sphere? (a) red (b) yellow (c) green", "yellow"),
        ("spheres: how many? (a) one (b) two (c) three", "2"),
        ("any green thing? nope? yep?", "yes"),
        ("The big green one is a what? Cylinder? Cube?", "cylinder"),
        # another language first, then word-by-word English
        ("Czy jest wiecej kul niz kostek? Is there more of balls than of cubes?", "no"),
        ("Ci sono quanti cubi piccoli? There are how many cubes small?", "2"),
        ("bu mavi kup lastik mi? this blue cube rubber is?", "yes"),
        ("Quantos cilindros verdes tem? How many cylinders green has?", "1"),
        ("Signore, the cube small blue, of what material it is?", "rubber"),
        ("The cylinder, its colour what?", "green"),
        ("Cylinder, its colour what is?", "green"),
        ("Blue cube, rubber it is?", "yes"),
        ("Stands the blue cube to the left of the green cylinder?", "yes"),
        ("Is there in the picture a cube purple, or not?", "no"),
        ("The cylinder the green, from what is it made?", "metal"),
        ("The biggest-looking sphere, what colour is it?", "red"),
        # made of, quantifiers, exceptions
        ("The big green cylinder is made of which material?", "metal"),
        ("The lone cylinder... is made of what material, detective?", "metal"),
        ("None of the red cubes is made of rubber, correct?", "no"),
        ("Neither of the cubes is big, am I right?", "yes"),
        ("Is there any metal object which is not a cylinder?", "yes"),
        ("apart from the cubes, how many objects are rubber", "1"),
        ("Without counting the spheres, how many objects are there?", "3"),
        ("Are several of the spheres red, like at least two?", "no"),
        ("true or false: all the large objects are balls", "no"),
        ("Is it correct that every cube is small?", "yes"),
        ("Would you agree that the two cubes are made of the same material?", "yes"),
        ("Rubber outnumbers metal here, yes?", "yes"),
        ("The two spheres: same size, yes or no?", "no"),
        ("Spheres versus cubes: is it a tie?", "yes"),
        # the same name said again, counts added or taken away
        ("how many spheres, sorry, i mean cubes, how many", "2"),
        ("how many cubes, cubes i said, cubes", "2"),
        ("how many cylinders, tubes, cans, whatever you call them", "1"),
        ("spheres plus cubes", "4"),
        ("How many cubes are there minus how many cylinders?", "1"),
        ("spheres take away cylinders = ?", "1"),
        ("Number of large objects plus number of cubes, added up?", "4"),
        ("Which colour turns up most often?", "red"),
        # joined yes/no questions, "one", quotes, forms
        ("is the red sphere large and is the green cylinder large too", "yes"),
        ("Is the red sphere large, and is the yellow sphere metal?", "no"),
        ("Is the yellow sphere smaller than the red one?", "yes"),
        ("My son asked me, 'how many cubes are there?' and I lost count. How many are there?", "2"),
        ("My colleague said, 'the blue cube is smaller than the green cylinder.' Is he right?", "yes"),
        ("Number of red things:", "2"),
        ("Sphere tally for the notebook:", "2"),
        ("Material (blue cube): ____", "rubber"),
        ("Shape list, red objects only:", "cube, sphere"),
        ("Distinct colours among the cubes: ___", "2"),
        # talk around the question, slips, restarts
        ("Dear child, could you tell me whether the two cubes are made of the same material? With love, Gran", "yes"),
        ("Which shape is the large red one? Answer with the shape.", "sphere"),
        ("how many spheres r there ngl i only see like one lol", "2"),
        ("is the cylinder purple lol prob not but is it", "no"),
        ("For our listeners at home: how many cubes are there?", "2"),
        ("Right, chefs, how many red things have we got today?", "2"),
        ("hiw many yelow things r there", "1"),
        ("how many red thinfs", "2"),
        ("is therre any rubber thing thatisnt red", "yes"),
        ("how many — wait, no, what colour is the shiny cylinder", "green"),
        ("how many red things are there lol — four? five?", "2"),
        ("what colour is the um, the the cylinder", "green"),
        ("is the yellow sphere to the left of the big green can", "yes"),
        # round 18: worksheets, tickets, annotation guidelines, old English, learners' orders
        ("Q2 (c) Add the number of red objects to the number of green objects. What do you get?", "3"),
        ("Activity 4. (a) Make a list of the colours of the cubes.", "blue, red"),
        ("Issue: need count of metal objects. Steps: open the image. Expected: one number.", "2"),
        ("Issue: need the material of the cylinder. Expected: one word.", "metal"),
        ("Annotate: number of instances of class 'sphere'.", "2"),
        ("Annotate: attribute 'color' for the instance of class 'cylinder'.", "green"),
        ("How many spheres be sittin' in yon picture?", "2"),
        ("Be there a green cylinder, matey?", "yes"),
        ("The blue cube as for, rubber is it?", "yes"),
        ("There are cubes how many?", "2"),
        ("Cube of blue is made with what?", "rubber"),
        ("How many things of rubber has?", "3"),
        ("Here any green ball is there?", "no"),
        ("Would it be accurate to state that the red sphere is composed of metal?", "yes"),
        ("how many cubes, quick, gg", "2"),
        ("Is there a yellow sphere, bub? Then it's sleep time.", "yes"),
        ("There is how many kind of shape?", "3"),
        ("spheres + cylinders total? ez", "3"),
        ("Is the big red ball plastic?", "no"),
        ("Is the small blue cube plastic?", "yes"),
        ("How many pillars are there?", "1"),
        ("Are there twice as many spheres as cylinders?", "yes"),
        ("Twice as many cubes as spheres — true?", "no"),
        ("are there three times as many rubber things as cylinders", "yes"),
        ("are there half as many cylinders as spheres", "yes"),
        ("are there half as many cubes as spheres", "no"),
        ("Would it be fair to say that none of the cubes is made of metal?", "yes"),
        ("Would it be accurate to state that every cube present is made of rubber?", "yes"),
        ("Would it be correct to state that the red sphere and the green cylinder share a material?", "yes"),
        ("How many objects, if any, are neither red nor made of rubber?", "1"),
        ("The piece claims every cube in the image is small. Accurate?", "yes"),
        ("two spheres same colour? y/n", "no"),
        ("Small, the blue cube, is it?", "yes"),
        ("The largest of them all, of what colour is it?", "unknown"),
        ("green cylinder or purple cube, either one there?", "yes"),
        ("Count me the red things, ye scallywag, every last one.", "2"),
        # round 19: everyday English
        ("Take the number of rubber objects and subtract the number of metal ones. What do you get?", "1"),
        ("What's the difference between the number of cubes and the number of cylinders?", "1"),
        ("What is the number of cubes plus the number of spheres?", "4"),
        ("Would you describe the large cylinder as green?", "yes"),
        ("The red sphere is one of the small ones?", "no"),
        ("Is there a blue cube, and is there also a green sphere?", "no"),
        ("Of these five objects, how many are metallic?", "2"),
        ("Of the rubber things, how many are cubes?", "2"),
        ("Are there just as many cubes as spheres here?", "yes"),
        ("How many different materials are the spheres made of?", "2"),
        ("How many of the cubes are small ones?", "2"),
        ("Is there only a single cylinder in the picture?", "yes"),
        ("Which colour do the most objects share?", "red"),
        ("Is a purple cylinder anywhere to be seen?", "no"),
        ("I'm looking for a big green object. Is there one?", "yes"),
        ("Is every one of the spheres made from rubber?", "no"),
        ("Are the cubes all made of rubber?", "yes"),
    ],
)
def test_round16_wordings(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "by", "index", "attribute"),
    [
        ("Which shape is third from the right?", "right", 3, "shape"),
        ("going from left to right, what colour is the second thing?", "left", 2, "color"),
        ("Counting from the right, the second cube is what colour?", "right", 2, "color"),
        ("Which material is the object that is second from the back?", "behind", 2, "material"),
        ("Reading the layout left to right, what shape is in third place?", "left", 3, "shape"),
        ("Which shape is on the far left?", "left", 1, "shape"),
        ("What colour is the most leftward object?", "left", 1, "color"),
        ("the object furthest in front, its material?", "front", 1, "material"),
    ],
)
def test_a_place_in_a_row(question: str, by: str, index: int, attribute: str) -> None:
    """The test scene has no positions (its orders come as relations), so these check the program: the n-th from a
    side, then the attribute asked."""
    steps = parse(question).steps
    ordinal = next(step for step in steps if step.op == "ordinal")
    assert (ordinal.by, ordinal.index) == (by, index)
    assert steps[-1].op == "query" and steps[-1].attribute == attribute


def test_a_later_sentence_never_answers_for_a_topic_it_points_back_to(blocks: SceneGraph) -> None:
    """ "Small red cube: what's it made of? I need an official ruling." asks of the cube, never of every object."""
    question = "Small red cube: what's it made of? I need an official ruling."
    try:
        answer = execute(parse(question), blocks).text
    except ParseError:
        return
    assert answer == "rubber"


def test_an_aside_that_names_an_attribute_is_not_dropped(blocks: SceneGraph) -> None:
    question = "Of the cubes, which one is left of the red sphere? Colour only, please, for the log."
    try:
        answer = execute(parse(question), blocks).text
    except ParseError:
        return
    assert answer == "blue"


def test_a_relation_asked_of_everyone_must_hold_for_each(photos: dict[str, SceneGraph]) -> None:
    """Two men wear ties, the woman none: "is everyone wearing a tie" is no, "are all the men" yes."""
    street = photos["street"]
    assert execute(parse("Is everyone in the scene wearing a tie?"), street).text == "no"
    assert execute(parse("Are all the men wearing a tie?"), street).text == "yes"


def test_a_posture_no_object_is_given_reads_as_the_place(photos: dict[str, SceneGraph]) -> None:
    """The kitchen graph states "above", never "hanging above": the clock hangs above the table."""
    kitchen = photos["kitchen"]
    assert execute(parse("Is the clock hanging above the table?"), kitchen).text == "yes"
    assert execute(parse("Is the table hanging above the clock?"), kitchen).text == "no"


def test_a_posture_no_one_is_given_is_unknown_not_zero(photos: dict[str, SceneGraph]) -> None:
    """The street graph gives nobody a posture: "how many people are standing" cannot be 0."""
    answer = execute(parse("How many people are standing in the street?"), photos["street"])
    assert answer.status == "unknown"


def test_the_side_of_a_thing_says_what_the_thing_says(reading) -> None:
    steps = reading(parse("What's written on the side of the bus, in capitals?"))
    assert [step.op for step in steps] == ["select", "query"] and steps[-1].attribute == "text"


def test_a_question_whose_subject_was_in_the_talk_is_refused() -> None:
    """Dropping "Let's lay out our cubes" would ask about every object's colour: refused instead."""
    with pytest.raises(ParseError):
        parse("Let's lay out our cubes on the table. What colours have we got?")


def test_a_restart_that_points_back_keeps_what_it_points_at(blocks: SceneGraph) -> None:
    question = "What's the big metal cylinder made of - wait, what colour is it?"
    assert execute(parse(question), blocks).text == "green"


@pytest.mark.parametrize(("compound", "name"), [("tablecloth", "tablecloth"), ("skateboard", "skateboard")])
def test_compound_nouns_are_never_split(compound: str, name: str) -> None:
    program = parse(f"what is on the {compound}")
    assert any(getattr(step, "name", None) == name for step in program.steps)


def test_english_words_made_of_function_words_stay_whole(blocks: SceneGraph) -> None:
    assert execute(parse("Is there a green cylinder anywhere?"), blocks).text == "yes"
    assert execute(parse("How many distinct colours are there in the scene overall?"), blocks).text == "4"


def test_talk_read_into_a_name_gives_way_to_the_question(blocks: SceneGraph) -> None:
    assert execute(parse("Is there a purple cylinder? Careful now, take your time."), blocks).text == "no"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("how many cubes comma in total question mark", "how many cubes , in total ? "),
        ("count(spheres) == ?", "how many spheres?"),
        ("What colour is it? (a) gray (b) cyan (c) green", "What colour is it, gray, cyan or green?"),
        ("Number of blue cylinders:", "how many blue cylinders?"),
        ("Text on side of bus:", "what does the bus say?"),
    ],
)
def test_written_forms_read_as_words(text: str, plain: str) -> None:
    assert written(text) == plain
