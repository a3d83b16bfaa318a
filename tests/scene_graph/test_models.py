from __future__ import annotations

import json

import networkx as nx
import pytest
from pydantic import ValidationError

from nsvr.scene_graph import RLE, Attribute, Object, Relation, SceneGraph


def small_graph() -> SceneGraph:
    return SceneGraph(
        width=640,
        height=480,
        objects=[
            Object(id="0", name="cup", box=(10, 10, 50, 60), attributes={"color": Attribute(value="red")}),
            Object(id="1", name="book", box=(100, 20, 200, 90), mask=RLE(size=(480, 640), counts="abc")),
        ],
        relations=[Relation(subject="0", predicate="left", object="1")],
        facts={"weather": "sunny"},
    )


def test_json_round_trip_keeps_everything(tmp_path):
    graph = small_graph()
    path = tmp_path / "g.json"
    graph.save(str(path))
    assert SceneGraph.load(str(path)) == graph
    assert json.loads(path.read_text())["objects"][1]["mask"]["counts"] == "abc"


def test_networkx_view_has_nodes_and_predicate_edges():
    view = small_graph().to_networkx()
    assert isinstance(view, nx.MultiDiGraph)
    assert set(view.nodes) == {"0", "1"}
    assert view.nodes["0"]["name"] == "cup"
    assert list(view.edges(keys=True)) == [("0", "1", "left")]
    assert view.graph["weather"] == "sunny"


def test_schema_is_published_and_describes_objects():
    schema = json.loads(SceneGraph.json_schema())
    assert "objects" in schema["properties"]
    assert "Object" in schema["$defs"]


def test_duplicate_ids_are_rejected():
    with pytest.raises(ValidationError, match="unique"):
        SceneGraph(width=1, height=1, objects=[Object(id="a", name="x"), Object(id="a", name="y")])


def test_relation_to_unknown_object_is_rejected():
    with pytest.raises(ValidationError, match="unknown object id"):
        SceneGraph(
            width=1,
            height=1,
            objects=[Object(id="a", name="x")],
            relations=[Relation(subject="a", predicate="near", object="zzz")],
        )


def test_box_must_be_ordered():
    with pytest.raises(ValidationError, match="x1 <= x2"):
        Object(id="a", name="x", box=(10, 0, 5, 5))


def test_integer_ids_become_strings_and_attribute_lookup():
    obj = Object(id=3, name="cube", attributes={"size": Attribute(value="large", confidence=0.8)})
    assert obj.id == "3"
    assert obj.attribute("size") == "large"
    assert obj.attribute("name") == "cube"
    assert obj.attribute("color") is None


def test_can_see_follows_vocabulary():
    graph = SceneGraph(width=1, height=1, vocabulary=["person", "bus"])
    assert graph.can_see("bus") and not graph.can_see("giraffe")
    assert SceneGraph(width=1, height=1).can_see("giraffe")
