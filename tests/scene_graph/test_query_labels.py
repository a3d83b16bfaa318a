"""A flowchart's boxes go by their labels: "which shape is at the top" of two rectangles answers the top one's label,
where its shape tells neither apart; a shape that is the only one of its kind is named by its kind, and a question
that asks the kind ("what shape is at the top") keeps the kind."""

from __future__ import annotations

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.tools.needs import needs_of


def _figure(key: str, name: str, box: list[float], colour: str, text: str | None = None) -> dict:
    found = {"id": key, "name": name, "box": box, "attributes": {"shape": {"value": name}, "color": {"value": colour}}}
    return found | ({"text": text} if text else {})


def _flowchart(labelled: bool = True) -> SceneGraph:
    return SceneGraph(
        width=400,
        height=480,
        objects=[
            _figure("a", "rectangle", [50, 40, 150, 90], "blue", "Data" if labelled else None),
            _figure("b", "triangle", [140, 170, 240, 250], "blue", "Stop" if labelled else None),
            _figure("c", "circle", [200, 290, 260, 350], "green", "64" if labelled else None),
            _figure("d", "rectangle", [160, 400, 250, 455], "green", "Team" if labelled else None),
        ],
    )


def _ask(question: str, graph: SceneGraph) -> str:
    return execute(parse(question), graph).text


def test_a_labelled_figure_picked_from_others_of_its_kind_is_named_by_its_label() -> None:
    graph = _flowchart()
    assert _ask("Which shape is at the top?", graph) == "Data"
    assert _ask("Which shape is at the bottom?", graph) == "Team"
    assert _ask("What is the leftmost shape?", graph) == "Data"


def test_a_figure_alone_of_its_kind_and_a_kind_asked_keep_the_kind() -> None:
    graph = _flowchart()
    assert _ask("Which shape is furthest right?", graph) == "circle"  # the only circle
    assert _ask("What shape is at the top?", graph) == "rectangle"  # the kind is asked
    assert _ask("What shape is the box that says Team?", graph) == "rectangle"


def test_without_labels_the_kind_is_the_answer() -> None:
    graph = _flowchart(labelled=False)
    assert _ask("Which shape is at the top?", graph) == "rectangle"
    assert _ask("What is the leftmost shape?", graph) == "rectangle"


def test_only_a_question_that_picks_one_figure_may_need_the_labels() -> None:
    assert needs_of(parse("Which shape is at the top?")).labels
    assert not needs_of(parse("What shape is at the top?")).labels
    assert not needs_of(parse("How many shapes are there?")).labels


def test_a_diamond_is_a_shape_a_rhombus_and_a_quadrilateral() -> None:
    from nsvr.scene_graph.names import name_matches

    assert all(name_matches(kind, "diamond") for kind in ("shape", "figure", "rhombus", "quadrilateral", "polygon"))
    assert not name_matches("square", "diamond")


def test_a_label_said_as_text_names_the_shape_it_is_written_in() -> None:
    graph = _flowchart()
    assert _ask("What kind of shape is the Team text in?", graph) == "rectangle"
    assert _ask("Is the Stop text in a circle?", graph) == "no"  # the shape that says it is a triangle
    assert _ask("Is the Stop label inside a triangle?", graph) == "yes"
