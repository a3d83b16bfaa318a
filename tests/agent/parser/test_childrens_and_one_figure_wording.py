"""A worksheet's and a child's questions (a task then its question, words spelled as they sound, "the littlest"),
and what anyone asks of one drawn figure ("am I looking at a circle", "is it centred", "where is it", "does it have
any curved edges")."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.spelling import sounded_out
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Can you find the hexagon? What colour is it?", "yellow"),
        ("Count up all the blue shapes. How many did you get?", "1"),
        ("Count the circles and the hexagons. Which are there more of?", "unknown"),  # one of each
        ("Are there as many circles as squares? Show how you know.", "yes"),
        ("Look at the triangle. Is it above the square?", "yes"),
        ("Write down how many shapes have four corners.", "1"),
        ("which one has got 3 corners", "triangle"),
        ("witch one is the bigest", "hexagon"),
        ("how meny sircles are thare", "1"),
        ("is the hexigon yellow", "yes"),
        ("which one is the littlest", "circle"),
        ("Which shape has the most sides?", "hexagon"),
        ("Does the square have more sides than the triangle?", "yes"),
    ],
)
def test_a_worksheets_and_a_childs_questions(question: str, answer: str, four_figures: SceneGraph) -> None:
    assert execute(parse(question), four_figures).text == answer


@pytest.mark.parametrize(
    ("word", "meant"),
    [("sircle", "circle"), ("starr", "star"), ("coler", "colour"), ("rektangles", "rectangles"), ("kube", "cube")],
)
def test_words_spelled_as_they_sound(word: str, meant: str) -> None:
    assert sounded_out(word) == meant


@pytest.mark.parametrize("word", ["seem", "shop", "gran", "yonder", "road", "rid", "hou"])
def test_real_words_that_merely_sound_near_stay(word: str) -> None:
    """ "What material does it seem to be", "the price in the shop": a real word is never read as a core word
    more than one letter away, nor a word of three letters."""
    assert sounded_out(word) is None


@pytest.fixture
def one_figure() -> SceneGraph:
    """One small orange triangle high on the left of a 64 px picture."""
    attributes = {"color": Attribute(value="orange"), "shape": Attribute(value="triangle")}
    triangle = Object(id="t", name="triangle", box=(6.0, 6.0, 20.0, 18.0), attributes=attributes)
    return SceneGraph(width=64, height=64, objects=[triangle])


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("am i looking at a circle", "no"),
        ("Could you tell me if the shape is centred?", "no"),
        ("where is it", "top left"),
        ("Position of the shape?", "top left"),
        ("Which colour is this shape filled with?", "orange"),
        ("Does this shape have corners?", "yes"),
        ("Does the shape have any curved edges?", "no"),
        ("Are all four sides the same length?", "no"),
        ("Is it in the bottom right corner?", "no"),
    ],
)
def test_what_anyone_asks_of_one_figure(question: str, answer: str, one_figure: SceneGraph) -> None:
    assert execute(parse(question), one_figure).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Let me know if you can find a green shape.", "yes"),
        ("What about yellow? Is there a yellow one?", "yes"),
        ("Describe where the circle is.", "top left"),
        ("What about the square? Is it left or right of the triangle?", "left"),
        ("Tell me what the smallest shape is.", "circle"),
        ("Could you tell me whether the bottom-left corner is empty?", "yes"),
    ],
)
def test_what_an_assistant_is_asked_to_tell(question: str, answer: str, four_figures: SceneGraph) -> None:
    assert execute(parse(question), four_figures).text == answer
