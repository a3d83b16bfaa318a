"""Hedging an answer on what the perception was unsure of: here a fact of the whole picture (its background's
colour between two names)."""

from __future__ import annotations

from nsvr.agent.check import hedge_reason
from nsvr.scene_graph import Attribute, SceneGraph, execute
from nsvr.scene_graph import program as P


def _background_between_two_names() -> SceneGraph:
    reading = Attribute(value="magenta", confidence=0.5, alternatives={"pink": 0.48, "purple": 0.02})
    return SceneGraph(width=9, height=9, facts={"background": "magenta"}, fact_readings={"background": reading})


def test_an_answer_that_rests_on_an_unsure_fact_is_hedged() -> None:
    graph = _background_between_two_names()
    asked = P.Program(steps=[P.Scene(), P.Query(inputs=[0], attribute="background")])
    assert hedge_reason(asked, execute(asked, graph), graph, hedge_score=0.15) == (
        "magenta, or pink if the background magenta -> pink (p=0.48)"
    )


def test_an_answer_either_reading_gives_is_not_hedged() -> None:
    graph = _background_between_two_names()
    red = P.Program(steps=[P.Scene(), P.Verify(inputs=[0], attribute="background", value="red")])
    assert execute(red, graph).text == "no"
    assert hedge_reason(red, execute(red, graph), graph, hedge_score=0.15) is None
