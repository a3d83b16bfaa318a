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


def test_a_kind_read_at_little_confidence_is_not_told() -> None:
    """A figure the border cuts, read as "polygon" at 0.3 (the rest of its probability on no kind the perception
    could name): asked what it is, the answer is not given; the same question about a sure triangle is."""
    from nsvr.agent.check import abstain_reason
    from nsvr.scene_graph import Object

    shape = {"box": (1.0, 1.0, 5.0, 5.0)}
    unsure = Object(id="a", name="polygon", attributes={"shape": Attribute(value="polygon", confidence=0.3)}, **shape)
    sure = Object(id="b", name="triangle", attributes={"shape": Attribute(value="triangle", confidence=0.99)}, **shape)
    asked = P.Program(steps=[P.Scene(), P.Ordinal(inputs=[0], by="bottom"), P.Query(inputs=[1], attribute="shape")])
    for obj, told in ((unsure, False), (sure, True)):
        graph = SceneGraph(width=9, height=9, objects=[obj])
        answer = execute(asked, graph)
        assert answer.status == "ok"
        assert (abstain_reason(asked, answer, graph, 0.3) is None) is told


def test_a_no_that_rests_on_a_definite_description_finding_nothing_weighs_faint_readings() -> None:
    """ "Is the magenta one above the yellow one?" of a square read purple at 0.8, magenta 0.16: the "no"
    rests on nothing being magenta, and the executor would take the 0.16 reading to give "the magenta one" a
    referent, so the answer is hedged; a doubt that faint about a thing the question finds is not weighed."""
    from nsvr.agent.parser import parse
    from nsvr.scene_graph import Object

    colour = Attribute(value="purple", confidence=0.8, alternatives={"magenta": 0.16, "pink": 0.04})
    square = Object(id="s", name="square", box=(10.0, 0.0, 20.0, 10.0), attributes={"color": colour})
    yellow = Object(
        id="y", name="triangle", box=(10.0, 20.0, 20.0, 30.0), attributes={"color": Attribute(value="yellow")}
    )
    graph = SceneGraph(width=40, height=40, objects=[square, yellow])
    asked = parse("Is the magenta one above the yellow one?")
    answer = execute(asked, graph)
    assert answer.text == "no"
    reason = hedge_reason(asked, answer, graph, hedge_score=0.15)
    assert reason == "no, or yes if object s color purple -> magenta (p=0.16)"
    found = parse("Is the purple one above the yellow one?")
    assert hedge_reason(found, execute(found, graph), graph, hedge_score=0.15) is None
