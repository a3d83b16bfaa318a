"""Questions in plain words (`agent/parser/plain_words.py`): search-box keywords, learners' grammar, children's
words and a careful writer's wrapping, each read as the plain question it means. The wordings here are not the
blind benchmark's (`examples/benchmarks/shape_scenes_learners.py`) but others of the same forms."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.plain_words import plain_words
from nsvr.scene_graph import SceneGraph, execute


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        # search-box keywords
        ("blue square yes/no", "is there a blue square?"),
        ("green triangle y/n", "is there a green triangle?"),
        ("smallest shape type", "what shape is the smallest shape?"),
        ("red shape sort", "what shape is the red shape?"),
        ("lowest figure?", "which figure is the lowest?"),
        ("blue thing circle or square", "is the blue thing a circle or a square?"),
        ("triangles versus circles which more", "are there more triangles or circles?"),
        ("same amount of circles and squares", "are there the same number of circles and squares?"),
        ("circle left of red shape", "is there a circle left of a red shape?"),
        # learners' grammar
        ("which is more: circles or triangles?", "are there more circles or triangles?"),
        ("has more circles or squares?", "are there more circles or squares?"),
        ("are there more red ones or more blue ones?", "are there more red ones or blue ones?"),
        ("red and blue shapes is same number?", "are there as many red shapes as blue shapes?"),
        ("is the star in right of the circle?", "is the star right of the circle?"),
        ("the circle is over of the square?", "is the circle above the square?"),
        ("what is at the left side?", "what is on the left side?"),
        ("is the circle in the upper part of picture?", "is the circle in the top part of the picture?"),
        ("which shape is most at the bottom?", "which shape is the bottommost?"),
        ("the red one is triangle?", "is the red one a triangle?"),
        ("the picture has a star?", "is there a star?"),
        ("it contains any blue shape?", "is there any blue shape?"),
        # children's words
        ("which one is all the way at the top?", "which one is the topmost?"),
        ("what colour is the teeniest one", "what colour is the smallest one"),
        # a careful writer's wrapping
        ("Could you tell me what kind of shape the red object is?", "what shape is the red object?"),
        ("Would it be correct to describe the square as green?", "is the square green?"),
        ("is the figure painted blue a circle?", "is the blue figure a circle?"),
        ("does the red shape take up more space than the blue one?", "is the red shape larger than the blue one?"),
        (
            "Is the red square located higher in the picture than the circle?",
            "is the red square higher than the circle?",
        ),
        ("Considering their positions, is the circle left of the square?", "is the circle left of the square?"),
        ("Of all the shapes drawn, which would you consider to be the largest?", "which shape is the largest?"),
        (
            "is the quantity of red shapes equal to the quantity of blue shapes?",
            "are there as many red shapes as blue shapes?",
        ),
        # other words for the same things
        ("is there a disk?", "is there a circle?"),
        ("is the red one an oblong?", "is the red one a rectangle?"),
        ("is the red one a three-sided figure?", "is the red one a triangle?"),
        ("how many four-sided shapes with equal sides are there?", "how many squares are there?"),
        ("is the circle royal blue?", "is the circle blue?"),
        ("what type of polygon is the green one?", "what shape is the green one?"),
        ("tally up the red shapes", "how many red shapes are there?"),
        ("is the total number of shapes 3?", "are there 3 shapes?"),
        ("what colour is the figure of the greatest size?", "what colour is the largest figure?"),
        ("which shape sits nearest the left edge?", "which shape is the leftmost?"),
        ("what colour is the shape closest to the top?", "what colour is the topmost shape?"),
        ("how many red glyphs are there?", "how many red shapes are there?"),
        # other constructions
        ("A circle, is that what the blue shape is?", "is the blue shape a circle?"),
        ("are more shapes painted red than blue?", "are there more red shapes than blue shapes?"),
        ("are the circle and the square both on the left?", "is the circle on the left and is the square on the left?"),
        ("does the circle have a smaller area than the square?", "is the circle smaller than the square?"),
        ("how many shapes that you can spot are red?", "how many shapes are red?"),
        ("is any shape painted in green?", "is any shape green?"),
        ("do the circles outnumber the squares?", "are there more circles than squares?"),
        ("is the square surpassed in size by the circle?", "is the circle bigger than the square?"),
        ("is the circle nearer to the bottom than the top?", "is the circle in the lower half of the picture?"),
        ("which shape is it that is lowest?", "which shape is the lowest?"),
        ("What I'd like to know is whether there is a star.", "is there a star?"),
        ("between circles and squares, are there more circles?", "are there more circles than squares?"),
        ("is the square not above the circle?", "is the square below the circle?"),
        ("is the circle not on the left side?", "is the circle on the right side?"),
        ("It's the circle that's the biggest, isn't it?", "is the circle the biggest shape?"),
        ("is the triangle the smallest?", "is the triangle the smallest shape?"),
        # a tester's, an annotator's, a robot operator's and a parent's words
        ("Assert the circle is blue.", "is the circle blue?"),
        ("Verify that there are more circles than squares", "are there more circles than squares?"),
        ("Report the number of red shapes.", "how many red shapes are there?"),
        ("Presence of green square (y/n)?", "is there a green square?"),
        ("How many objects of class triangle?", "how many triangles are there?"),
        ("Label the shape of the blue instance.", "what shape is the blue shape?"),
        ("Class label of the red object?", "what shape is the red object?"),
        ("Which class has more instances: squares or circles?", "are there more squares or circles?"),
        ("Is the circle to the right of the square in the camera frame?", "is the circle right of the square?"),
        ("How many circles are in the workspace?", "how many circles are there?"),
        ("is the red one up higher than the square, hmm?", "is the red one higher than the square?"),
        ("whats the green thing, like what shape", "what shape is the green thing?"),
        ("where's the circle? is it at the bottom?", "is the circle at the bottom?"),
        ("the circle's the biggest one right", "is the circle the biggest one?"),
    ],
)
def test_plain_words_read_as_their_plain_question(question: str, same_as: str, three_figures: SceneGraph) -> None:
    asked, meant = parse(question), parse(same_as)
    graph = three_figures
    assert execute(asked, graph).text == execute(meant, graph).text, (asked.pretty(), meant.pretty())


@pytest.mark.parametrize(
    "question",
    [
        "Would you say there are more cubes than balls?",  # "would you say" keeps its own reading
        "Which thing is most on the right side? What colour?",
        "Of all the balls, the one nearest the red cube is which colour?",
        "Looking at the gray cylinder, are there more things on its left than on its right?",
        "What is the amount of spheres added to the amount of cubes?",
        "Both large cubes - are they both rubber? Expected: yes or no.",
        "she keeps asking about the car over the phone. what colour is the car",
        "exactly one sphere is small yes or no",
    ],
)
def test_other_wordings_are_left_as_they_are(question: str) -> None:
    assert plain_words(question) == question


def test_not_before_a_noun_phrase_denies_it(three_figures: SceneGraph) -> None:
    """ "Is the triangle (blue but) not the biggest shape?": the red triangle is not the biggest (the circle is), so
    yes; of the circle, no. "Are the circles red but not the squares?" says another thing of the squares: not read."""
    graph = three_figures
    assert execute(parse("is the triangle not the biggest shape?"), graph).text == "yes"
    assert execute(parse("is the circle not the biggest shape?"), graph).text == "no"
    assert execute(parse("is the triangle red but not the biggest shape?"), graph).text == "yes"
    assert execute(parse("is the triangle blue but not the biggest shape?"), graph).text == "no"
    assert plain_words("are the circles red but not the squares?") == "are the circles red but not the squares?"


def test_a_count_asked_where_its_answer_goes() -> None:
    assert parse("the star has how many points?") == parse("how many points does the star have?")
    assert parse("are there any pluses").steps[0].name == "plus"
