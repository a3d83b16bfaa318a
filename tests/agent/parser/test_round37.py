"""Round 37 (the hand-drawn sketch benchmark's first run): a drawing's shapes asked as what someone drew ("is a star
drawn?", "did someone draw a circle?", "how many shapes did they draw", "how many shapes are drawn in blue?", "what
colour pen was used for the square?"), doodles and sketches as shapes, and the page, the sheet or the whiteboard as
the picture."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the shapes drawing (photo_scenes.json): a large red circle, a small blue square, a large green triangle, a large
# yellow rectangle, a small red star, a small blue hexagon, a small blue circle


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("how many doodles are there", "7"),
        ("How many shapes are sketched here?", "7"),
        ("Is there a star in the sketch?", "yes"),
        ("how many shapes did someone draw", "7"),
        ("How many shapes are drawn in blue?", "3"),
        ("Did someone draw a circle?", "yes"),
        ("did they draw any hearts?", "no"),
        ("What colour pen was used for the square?", "blue"),
        ("How many shapes are in red ink?", "2"),
        ("Is a star drawn?", "yes"),
        ("is a pentagon drawn here", "no"),
        ("What colour ink is the triangle drawn in?", "green"),
        ("How many stars are on the page?", "1"),
        ("how many circles are on the whiteboard", "2"),
    ],
)
def test_what_someone_drew(photos: dict[str, SceneGraph], question: str, answer: str) -> None:
    assert execute(parse(question), photos["shapes"]).text == answer
