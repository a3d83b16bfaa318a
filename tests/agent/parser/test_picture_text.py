"""The text of the whole picture: "what is written in the image?", "does it say stop?", "is the word 'exit'
written anywhere?" read every line the perception read, in reading order; text on one thing stays that thing's."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Object, SceneGraph


@pytest.fixture(scope="module")
def street() -> SceneGraph:
    """A shop sign over a door, a bus with its route on it, a line of text no object holds, and a person."""
    return SceneGraph(
        width=400,
        height=300,
        objects=[
            Object(id="bus", name="bus", box=(200, 120, 390, 260), text="Line 7 Central Station"),
            Object(id="sign", name="sign", box=(20, 10, 180, 50), text="Bakery"),
            Object(id="t", name="text", box=(20, 270, 120, 290), text="No parking"),
            Object(id="p", name="person", box=(60, 100, 100, 260)),
        ],
    )


@pytest.mark.parametrize(
    "question",
    [
        "What is written in the image?",
        "What's written here?",
        "what text is in the picture",
        "What does it say?",
        "Read the text in the photo.",
        "Can you read the text for me?",
        "What words can you see?",
        "Transcribe all the text.",
    ],
)
def test_the_whole_pictures_text_in_reading_order(question: str, street: SceneGraph) -> None:
    assert parse(question).pretty() == "0 scene()\n1 query[0](attribute=text)"
    assert execute(parse(question), street).text == "Bakery Line 7 Central Station No parking"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Does it say bakery?", "yes"),
        ("Does the image say central station?", "yes"),
        ("Is the word 'parking' written anywhere?", "yes"),
        ("Is the word exit written in the picture?", "no"),
    ],
)
def test_words_looked_for_anywhere_in_the_picture(question: str, answer: str, street: SceneGraph) -> None:
    assert [s.op for s in parse(question).steps] == ["scene", "filter", "exist"]
    assert execute(parse(question), street).text == answer


@pytest.mark.parametrize(
    "question",
    ["What's the text on the bus?", "What do the letters on the bus spell?", "What does the writing on the bus say?"],
)
def test_text_on_one_thing_stays_that_things(question: str, street: SceneGraph) -> None:
    assert execute(parse(question), street).text == "Line 7 Central Station"


def test_a_picture_without_text_is_unknown_not_empty(street: SceneGraph) -> None:
    silent = street.model_copy(update={"objects": [o for o in street.objects if o.text is None]})
    result = execute(parse("What is written in the image?"), silent)
    assert result.status != "ok" and "no text" in (result.reason or "")
