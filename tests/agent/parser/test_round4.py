"""Round 4 voices: formal requests ("Would you kindly specify ..."), a robot operator's commands and labels
("Status report:", "Target: X. Report its size.", "Is the work area clear of X?"), fronted predicates and
clauses ("Made of rubber, is the X?"); each answered on the `blocks` scene or compared with a plain wording."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.executor import execute


def same(question: str, plain: str) -> None:
    assert parse(question).pretty() == parse(plain).pretty()


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # formal requests
        ("Would you kindly specify how many rubber objects there are?", "3"),
        ("Could you please establish the colour of the big cylinder?", "green"),
        ("It would be useful to know how many spheres are in the scene.", "2"),
        ("Kindly report the material of the large ball.", "metal"),
        ("Please determine whether the count of cubes exceeds the count of cylinders.", "yes"),
        ("Is it the case that the image contains a green cylinder?", "yes"),
        ("Do the blue cube and the red cube have an identical shape?", "yes"),
        ("What is the yellow object composed of?", "rubber"),
        ("What shape is the object positioned directly behind the large sphere?", "cube"),
        # an operator's commands
        ("Status report: how many red objects?", "2"),
        ("Target: the blue cube. Report its size.", "small"),
        ("Locate the green cylinder and then state its material.", "metal"),
        ("Is the work area clear of cylinders?", "no"),
        ("Confirm: blue cube in view?", "yes"),
        ("Confirm no purple spheres.", "yes"),
        ("Is the space in front of the yellow sphere empty?", "yes"),
        ("Are at least two cubes present in the workspace?", "yes"),
        ("Is the small blue thing a cube? Answer yes or no.", "yes"),
        # fronted predicates and negated clauses
        ("Made of rubber, is the tiny yellow ball?", "yes"),
        ("Same colour as the large sphere - is the small red block?", "yes"),
        ("How many spheres that are not yellow are there?", "1"),
    ],
)
def test_round4_wordings_are_answered(blocks, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Could you kindly indicate how many cubes are shown in the picture?", "How many cubes are there?"),
        ("Please provide the number of metal things present in this image.", "How many metal things are there?"),
        ("Would you be able to determine the size of the red ball?", "What size is the red ball?"),
        ("Could you verify whether exactly two spheres are present?", "Are there exactly two spheres?"),
        ("Inventory request: how many small cubes?", "How many small cubes are there?"),
        ("Scan the workspace and report the number of spheres.", "How many spheres are there?"),
        ("Check for any red cubes left of the cylinder.", "Are there any red cubes left of the cylinder?"),
        ("Determine, if possible, the shape of the green object.", "What is the shape of the green object?"),
        ("Is the sphere located furthest to the left red?", "Is the leftmost sphere red?"),
        ("Which item is nearest to the camera? What colour is it?", "What color is the frontmost item?"),
        ("Report the shape of the thing furthest from the camera.", "What is the shape of the backmost thing?"),
        ("What is the rearmost object made of?", "What is the backmost object made of?"),
    ],
)
def test_round4_wordings_read_as_the_plain_question(question: str, plain: str) -> None:
    same(question, plain)


@pytest.mark.parametrize(
    "question",
    [
        "Could you estimate the mass of the red ball in kilograms?",
        "Report the serial number of the blue cube.",
        "Kindly determine the weight of the cylinder.",
        "Pick up the yellow sphere and put it in the box.",
    ],
)
def test_round4_requests_outside_the_picture_are_refused(question: str) -> None:
    with pytest.raises(ParseError):
        parse(question)
