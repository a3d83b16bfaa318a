"""Round 77 (the Spriteworld-style benchmark's first run): "colour of the leftmost shape?", a plus sign said "a
plus", a generator's sprites, "which one is partially covered", "partly covered up"."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("colour of the leftmost shape?", "what colour is the leftmost shape?"),
        ("colour of the highest shape please", "what colour is the highest shape?"),
        ("shape of the red one?", "what shape is the red one?"),
        ("is there a plus?", "is there a cross?"),
        ("how many plus signs are there", "how many crosses are there?"),
        ("how many sprites are there", "how many shapes are there?"),
        ("what colour is the partly hidden sprite", "what colour is the shape behind another shape?"),
        ("which one is partially covered?", "which shape is behind another shape?"),
        ("which thing is partly covered up", "which shape is behind another shape?"),
        ("cyan object left of red shape?", "is there a cyan object left of a red shape?"),
        ("blue shape below cyan shape?", "is there a blue shape below a cyan shape?"),
    ],
)
def test_sprite_wordings(question: str, meant: str) -> None:
    assert parse(question).pretty() == parse(meant).pretty()


def test_plus_between_two_things_still_adds_them() -> None:
    assert "add" in parse("how many cubes plus spheres are there").pretty()
