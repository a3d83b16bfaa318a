"""Name tables: which words name things."""

from __future__ import annotations


def test_everyday_objects_are_known_names() -> None:
    from nsvr.scene_graph.names import known_name

    assert all(known_name(word) for word in ("bottle", "tree", "clock", "sign", "traffic light"))
    assert not any(known_name(word) for word in ("picture", "light", "fnorbly"))
