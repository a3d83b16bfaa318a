"""Questions in formal, technical and mathematical registers (`agent/parser/formal_words.py`), comparisons offered
as a choice, universal relations, "it" as the object of a relation, and chat templates' system prompts: each read
as the plain question it means. The wordings here are not the blind benchmarks' (`shape_scenes_formal.py`,
`shape_scenes_crowd.py`, `shape_scenes_prompts.py`) but others of the same forms."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.formal_words import formal_words
from nsvr.scene_graph import Attribute, Object, SceneGraph, execute


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        # task verbs
        ("Kindly ascertain if the circle is blue.", "is the circle blue?"),
        ("Confirm or refute that the square is green.", "is the square green?"),
        ("Please establish whether exactly 2 triangles are present.", "are there exactly 2 triangles?"),
        ("Specify the colour of the triangle.", "what colour is the triangle?"),
        ("Determine whether the squares outnumber the circles.", "are there more squares than circles?"),
        # meta nouns
        ("Give the colour value of the square.", "what colour is the square?"),
        ("State the geometric class of the blue item.", "what shape is the blue item?"),
        ("Report the presence or absence of a green square.", "is there a green square?"),
        ("Is the existence of a yellow circle evident in the image?", "is there a yellow circle?"),
        ("Indicate the total figure count for the picture.", "how many figures are there?"),
        ("Report the vertical position of the circle (top/bottom).", "is the circle at the top or at the bottom?"),
        (
            "The location of the triangle relative to the circle is: left or right?",
            "is the triangle to the left or to the right of the circle?",
        ),
        ("Which item holds the lowest position in the picture?", "which item is the lowest?"),
        ("What hue is exhibited by the square?", "what colour is the square?"),
        ("Is the triangle drawn above the circle?", "is the triangle above the circle?"),
        ("How many figures of a green colour are there?", "how many green figures are there?"),
        ("What colour is the object whose shape is triangle?", "what colour is the triangle?"),
        ("Is the red element circular or square-shaped?", "is the red element a circle or a square?"),
        ("Is the circle positioned in the lower region of the picture?", "is the circle in the lower half?"),
        # measures and coordinates
        ("Does the area of the circle exceed that of the square?", "is the circle larger than the square?"),
        ("Which shape covers the least area?", "which shape is the smallest?"),
        ("Does the square occupy fewer pixels than the triangle?", "is the square smaller than the triangle?"),
        ("Which figure has the greatest x-coordinate?", "which figure is the rightmost?"),
        ("In pixel coordinates, which shape has the smallest y-value?", "which shape is the topmost?"),
        (
            "With the origin at the bottom-left corner, which shape has the largest y-coordinate?",
            "which shape is the topmost?",
        ),
        # sets and names
        ("Compute the cardinality of the set of circles.", "how many circles are there?"),
        ("Let Q denote the only square in the picture. What colour is Q?", "what colour is the square?"),
        ("Let T be the set of triangles. What is |T|?", "how many triangles are there?"),
        ("Is the set of red squares empty?", "are there no red squares?"),
        ("Is the number of circles different from the number of triangles?", "are there fewer circles than squares?"),
        # descriptions of a kind
        ("Is the shape with three sides to the left of the circle?", "is the triangle left of the circle?"),
        ("What colour is the figure having four equal sides?", "what colour is the square?"),
        ("Are there more circles than other figures combined?", "are there more circles than non-circles?"),
        ("Is the blue thing the biggest of them all?", "is the blue thing the biggest one?"),
        ("What colour is the one at the top?", "what colour is the topmost one?"),
        # machine-translated English
        ("Is green square on right side of picture?", "is the green square on the right side of the picture?"),
        ("What form has the red figure?", "what shape is the red figure?"),
        ("Is located the triangle at left of the circle?", "is the triangle left of the circle?"),
        ("On the image is found a blue circle?", "is there a blue circle?"),
        ("In which colour is coloured the square?", "what colour is the square?"),
        ("The circle than the square is bigger?", "is the circle bigger than the square?"),
        ("Which figure is the most low?", "which figure is the lowest?"),
        ("Where is located the triangle, at left or at right?", "is the triangle on the left or on the right?"),
        ("The squares and the circles, the number is same?", "are there the same number of squares and circles?"),
        ("Number of triangles is more than 0?", "are there more than 0 triangles?"),
        ("How many figures the image shows?", "how many figures are there?"),
        ("Does the blue figure have the shape of a circle?", "is the blue figure a circle?"),
        ("There is 1 circle, is it true?", "is there exactly 1 circle?"),
        # relations and sets said another way
        (
            "Does the square share its colour with any other figure?",
            "is there another figure with the same colour as the square?",
        ),
        ("Excluding the triangle, what colour is the shape nearest to the square?", "what colour is the circle?"),
        ("What colour is the biggest shape that is red or green?", "what colour is the biggest red or green shape?"),
        ("Of the shapes, which one is highest? Say what shape it is.", "what shape is the topmost shape?"),
        # a paraphraser's and an LLM's verbose forms
        ("In the picture provided, what colour has been used to paint the square?", "what colour is the square?"),
        ("Upon looking at the image carefully, how many circles are there?", "how many circles are there?"),
        ("When you look at the circle shown in the image, what colour is it?", "what colour is the circle?"),
        ("Compared with the number of circles, are there more triangles?", "are there more triangles than circles?"),
        ("Would you mind counting the triangles?", "count the triangles"),
        ("Can a green square be spotted among the figures shown?", "is there a green square?"),
        ("Is it possible to find at least one blue shape?", "is there at least one blue shape?"),
        ("Which shape is drawn in red?", "what shape is the red one?"),
        ("Green is the colour of which shape?", "which shape is green?"),
        ("Circle: blue?", "is the circle blue?"),
        ("Red one above or below circle?", "is the red one above or below the circle?"),
        ("Which shape appears largest in the image?", "which shape is the largest?"),
        (
            "Is any shape located in the lower-right quadrant of the image?",
            "is there a shape that is in the bottom half and in the right half?",
        ),
        ("How many shapes would remain if all the circles were removed?", "how many shapes are not circles?"),
        ("Is the square the only shape of its colour?", "is there no other shape with the same colour as the square?"),
        ("How many shapes are neither red nor circles?", "how many shapes are not red and not circles?"),
        # chat templates and system prompts
        (
            "<|im_start|>system\nYou are a vision assistant.<|im_end|>\n<|im_start|>user\nHow many circles are there?"
            "<|im_end|>\n<|im_start|>assistant\n",
            "how many circles are there?",
        ),
        ("You are an expert annotator. Is the square green?", "is the square green?"),
        ("<<SYS>>\nBe brief.\n<</SYS>>\n\nWhat colour is the circle?", "what colour is the circle?"),
        ("Is the square below the triangle? Let's think step by step.", "is the square below the triangle?"),
    ],
)
def test_formal_words_read_as_their_plain_question(question: str, same_as: str, three_figures: SceneGraph) -> None:
    asked, meant = parse(question), parse(same_as)
    graph = three_figures
    assert execute(asked, graph).text == execute(meant, graph).text, (asked.pretty(), meant.pretty())


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a relation to every other one holds of each of them, not of some one
        ("Is the triangle above all the other shapes?", "yes"),
        ("Is the square above every other shape?", "no"),
        ("Is the circle to the right of each of the other shapes?", "yes"),
        # two comparisons offered: the one that holds, in the words offered
        ("Is the circle higher or lower than the triangle?", "lower"),
        ("Is the square bigger or smaller than the circle?", "smaller"),
        ("Relative to the circle, is the triangle higher or lower?", "higher"),
        # the two said first are the choice
        ("There is a square and a circle. Which one is further to the right?", "circle"),
        ("I can see a circle and a square, which one is smaller?", "square"),
        # a count that is not equal; a place that is not
        ("Is the number of circles not equal to the number of squares?", "no"),
        ("Which shape is not on the left side?", "unknown"),  # the circle and the square: not one of them
        ("How many shapes are not on the left?", "2"),
        # a clause that could only restate its nearer noun's colour is said of the farther one
        ("Is there a shape above the green thing that is not red?", "no"),
        ("Is there a shape below the red thing that is not red?", "yes"),
        # every one of them either one or the other
        ("Is every shape either red or blue?", "no"),
        ("Are all the shapes either red or blue?", "no"),
        ("Are all the circles blue or green?", "yes"),
        ("Are there more squares than non-squares?", "no"),
        ("How many shapes are not the same colour as the square?", "2"),
        ("Which of the two shapes is higher in the picture, the triangle or the circle?", "triangle"),
    ],
)
def test_forms_answered(question: str, answer: str, three_figures: SceneGraph) -> None:
    assert execute(parse(question), three_figures).text == answer


def test_it_as_a_relations_object_is_the_thing_related_to() -> None:
    """ "Is the object right of the red figure also above it?": "it" is the red figure, never the object itself."""
    graph = SceneGraph(
        width=100,
        height=100,
        objects=[
            Object(id="r", name="square", box=(5.0, 60.0, 25.0, 80.0), attributes={"color": Attribute(value="red")}),
            Object(id="b", name="circle", box=(60.0, 5.0, 80.0, 25.0), attributes={"color": Attribute(value="blue")}),
        ],
    )
    assert execute(parse("Is the object to the right of the red figure also above it?"), graph).text == "yes"
    assert execute(parse("Is the object to the left of the blue figure bigger than it?"), graph).text == "no"


def test_a_comparison_of_two_of_one_kind_names_the_one_meant() -> None:
    """Of a green and a yellow rectangle, the larger is "yellow rectangle", not "rectangle" (which says nothing)."""
    graph = SceneGraph(
        width=100,
        height=100,
        objects=[
            Object(
                id="g", name="rectangle", box=(5.0, 5.0, 15.0, 15.0), attributes={"color": Attribute(value="green")}
            ),
            Object(
                id="y", name="rectangle", box=(40.0, 40.0, 90.0, 90.0), attributes={"color": Attribute(value="yellow")}
            ),
        ],
    )
    assert execute(parse("Which is larger, the green figure or the yellow shape?"), graph).text == "yellow rectangle"


@pytest.mark.parametrize(
    "question",
    [
        "Let me know if the circle is red.",  # "let me" binds no name
        "Which shape has the largest y-coordinate?",  # which way y grows is not said: left as asked
        "How many circles are there?",
    ],
)
def test_other_questions_are_left_as_they_are(question: str) -> None:
    assert formal_words(question) == question
