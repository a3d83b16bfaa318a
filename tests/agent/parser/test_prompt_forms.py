"""Benchmark and chat templates around a question (MME, POPE, MMBench, SEED, CV-Bench, LLaVA) taken off."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.prompt_forms import offered
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    ("wrapped", "plain"),
    [
        ("USER: <image>\nHow many cubes are there? ASSISTANT:", "How many cubes are there?"),
        ("[INST] <image>\nWhat colour is the cube? [/INST]", "What colour is the cube?"),
        ("<image>\nIs there a cube? Please answer yes or no.", "Is there a cube?"),
        (
            "Question: How many spheres are there?\nAnswer the question using a single word or phrase.",
            "How many spheres are there?",
        ),
        (
            "Hint: Please answer the question and provide the correct option letter.\nQuestion: Is the cube red?",
            "Is the cube red?",
        ),
        (
            "Which is bigger?\nA. the cube\nB. the ball\nAnswer with the option's letter from the given choices.",
            "Which is bigger? (a) the cube (b) the ball",
        ),
        (
            "Which object is leftmost? Answer with its colour and nothing else.",
            "Which object is leftmost? Its colour, please.",
        ),
        ("The cube is red. Is this statement true or false?", "True or false: The cube is red."),
        ("List the colours of the cubes, separated by commas.", "List the colours of the cubes."),
        ("How many cubes are there?", "How many cubes are there?"),
        ("There should be four cups - is that right?", "There should be four cups - is that right?"),
    ],
)
def test_templates_taken_off(wrapped: str, plain: str) -> None:
    assert offered(wrapped) == plain


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("USER: <image>\nHow many cubes are there? Answer with a single number. ASSISTANT:", "2"),
        (
            "Question: What is the colour of the cylinder?\nOptions:\nA. red\nB. green\nC. blue\n"
            "Answer with the option's letter from the given choices directly.",
            "green",
        ),
        ("Which object is the rightmost one? Answer with its color.", "green"),
        ("The yellow sphere is in front of the green cylinder. Is this statement true or false?", "yes"),
        (
            "Considering the relative positions of the blue cube and the green cylinder in the image provided, where "
            "is the blue cube located with respect to the green cylinder? Select from the following choices.\n"
            "(A) left\n(B) right",
            "left",
        ),
    ],
)
def test_wrapped_questions_answered(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer
