"""nsvr.scene_graph: the scene-graph model, relations, the program language and its executor.

Pure Python + numpy; never imports torch, tools or agent. Names are imported on first use, so importing one
module (``nsvr.scene_graph.errors``, ``.models``) does not load the executor.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nsvr.scene_graph.compiler import CompiledProgram, compile_program
    from nsvr.scene_graph.executor import Answer, StepTrace, execute
    from nsvr.scene_graph.geometry import BoxRelations, DirectionRelations, Geometry, PositionRelations
    from nsvr.scene_graph.models import RLE, Attribute, Object, Relation, SceneGraph
    from nsvr.scene_graph.program import CLEVR_ONTOLOGY, Ontology, Program, validate_program

_WHERE = {
    "Answer": "executor",
    "StepTrace": "executor",
    "execute": "executor",
    "CompiledProgram": "compiler",
    "compile_program": "compiler",
    "BoxRelations": "geometry",
    "DirectionRelations": "geometry",
    "Geometry": "geometry",
    "PositionRelations": "geometry",
    "RLE": "models",
    "Attribute": "models",
    "Object": "models",
    "Relation": "models",
    "SceneGraph": "models",
    "CLEVR_ONTOLOGY": "program",
    "Ontology": "program",
    "Program": "program",
    "validate_program": "program",
}

__all__ = [
    "CLEVR_ONTOLOGY",
    "RLE",
    "Answer",
    "Attribute",
    "BoxRelations",
    "CompiledProgram",
    "DirectionRelations",
    "Geometry",
    "Object",
    "Ontology",
    "PositionRelations",
    "Program",
    "Relation",
    "SceneGraph",
    "StepTrace",
    "compile_program",
    "execute",
    "validate_program",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'nsvr.scene_graph' has no attribute {name!r}")
    value = getattr(import_module(f"nsvr.scene_graph.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
