from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from nsvr.tools import registry
from nsvr.tools.base import Tool
from nsvr.tools.errors import ToolConfigError
from nsvr.tools.segmenter import GrabCutSegmenter


def test_builtins_are_listed_without_importing_them() -> None:
    tools = registry.available_tools()
    for name in ("ssd", "yolo", "grabcut", "sam", "ocr", "captioner", "color", "size", "clip", "depth"):
        assert name in tools
    assert registry.tool_class("ssd").kind == "detector"
    assert registry.create_tool("grabcut", iterations=2).iterations == 2


def test_unknown_tool_and_bad_options_have_actionable_messages() -> None:
    with pytest.raises(ToolConfigError, match="unknown tool 'nope'; known tools: .*grabcut"):
        registry.tool_class("nope")
    with pytest.raises(ToolConfigError, match="bad options for tool 'grabcut'"):
        registry.create_tool("grabcut", colour="red")
    with pytest.raises(ToolConfigError, match="needs a Tool subclass"):
        registry.register_tool("x", dict)  # type: ignore[arg-type]


def test_entry_point_plugins_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    plugins = [
        EntryPoint(name="plugin-cut", value="nsvr.tools.segmenter:GrabCutSegmenter", group="nsvr.tools"),
        EntryPoint(name="broken", value="nsvr.tools.no_such_module:Thing", group="nsvr.tools"),
        EntryPoint(name="not-a-tool", value="json:dumps", group="nsvr.tools"),
    ]

    def fake_entry_points(group: str) -> list[EntryPoint]:
        assert group == registry.ENTRY_POINT_GROUP
        return plugins

    monkeypatch.setattr(registry, "entry_points", fake_entry_points)
    assert registry.available_tools()["plugin-cut"] == "nsvr.tools.segmenter:GrabCutSegmenter"
    assert registry.tool_class("plugin-cut") is GrabCutSegmenter
    with pytest.raises(ToolConfigError, match="failed to load"):
        registry.tool_class("broken")
    with pytest.raises(ToolConfigError, match="not a subclass"):
        registry.tool_class("not-a-tool")


def test_registered_tools_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_registered", {})
    registry.register_tool("ssd", GrabCutSegmenter)
    assert registry.tool_class("ssd") is GrabCutSegmenter
    assert issubclass(registry.tool_class("ssd"), Tool)
