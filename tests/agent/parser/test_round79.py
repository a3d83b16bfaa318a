"""Round 79 (the quantifier benchmark's first run): neither/nor, either/or, terse pairs and quantifiers ("black
square and purple triangle?", "every shape green?", "mostly circles?"), "none of the shapes bigger than", "any
triangle bigger than", "more shapes that are yellow than shapes that are not", statements put up for checking ("I
don't see any orange triangles here. Am I right?"), "could you check whether"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.quantified import quantified


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        (
            "Hmm, is neither the square nor the triangle black?",
            "is the square not black and is the triangle not black?",
        ),
        ("is either the circle or the star yellow", "is the circle yellow or the star yellow?"),
        ("is the tie on the left red or the tie on the right red?", "is the left tie red or is the right tie red?"),
        (
            "is either the tie on the left or the tie on the right red?",
            "is the tie on the left red or is the tie on the right red?",
        ),
        (
            "Please tell me whether either the square or the triangle is blue.",
            "is the square blue or the triangle blue?",
        ),
        ("black square and purple triangle?", "is there a black square and a purple triangle?"),
        ("orange circle and gray square?", "is there an orange circle and a gray square?"),
        ("circles but no squares?", "are there circles but no squares?"),
        ("neither triangle green?", "are there no green triangles?"),
        ("every shape green?", "is every shape green?"),
        ("all the triangles green?", "are all the triangles green?"),
        ("mostly circles?", "are most of the shapes circles?"),
        ("Is none of the shapes bigger than the red shape?", "is no shape bigger than the red shape?"),
        ("is none of the circles bigger than the square", "is there no circle that is bigger than the square?"),
        ("Is any triangle bigger than the square?", "is there a triangle that is bigger than the square?"),
        (
            "are there more shapes that are yellow than shapes that are not",
            "are there more yellow shapes than shapes that are not yellow?",
        ),
        ("i need a blue shape and a red shape, are both there", "is there a blue shape and a red shape?"),
        ("I don't see any orange triangles here. Am I right?", "are there no orange triangles?"),
        ("So I think the yellow things are all squares. Is that so?", "are all the yellow things squares?"),
        (
            "Looks like there are more blue things than black things to me, is that right?",
            "are there more blue things than black things?",
        ),
        ("Could you check whether any of the shapes are red?", "are any of the shapes red?"),
        ("Please tell me if each shape in the picture has the same colour.", "do all the shapes have the same colour?"),
    ],
)
def test_quantified_wordings(question: str, meant: str) -> None:
    assert parse(question).pretty() == parse(meant).pretty()


@pytest.mark.parametrize(
    "question",
    [
        "red and blue?",  # two values, no things
        "cats and dogs?",  # two kinds, no values
        "is the dog black and white?",
        "i need a bigger picture, are both there",
    ],
)
def test_what_is_no_quantified_form_stays(question: str) -> None:
    assert quantified(question) == question
