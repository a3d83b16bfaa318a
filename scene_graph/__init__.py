"""nsvr.scene_graph: the scene-graph model, relations, the program language and its executor.

Pure Python + numpy + networkx + sympy; never imports torch, tools or agent.
"""

from nsvr.scene_graph.executor import Answer, StepTrace, execute
from nsvr.scene_graph.models import RLE, Attribute, Object, Relation, SceneGraph
from nsvr.scene_graph.program import CLEVR_ONTOLOGY, Ontology, Program, validate_program

__all__ = [
    "RLE",
    "Answer",
    "Attribute",
    "CLEVR_ONTOLOGY",
    "Object",
    "Ontology",
    "Program",
    "Relation",
    "SceneGraph",
    "StepTrace",
    "execute",
    "validate_program",
]
