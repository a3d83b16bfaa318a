"""Runs a :class:`~nsvr.scene_graph.program.Program` on a :class:`~nsvr.scene_graph.models.SceneGraph`.

An impossible step (``unique`` on zero or several objects, a query on nothing, a name the perception cannot see)
gives an ``unknown`` answer with the reason; no exception escapes :func:`execute`. To run one program on many
graphs, compile it once (:func:`~nsvr.scene_graph.compiler.compile_program`) and call ``run`` on each graph.

>>> from nsvr.scene_graph.models import Attribute, Object, SceneGraph
>>> from nsvr.scene_graph.program import Count, Filter, Program, Scene
>>> g = SceneGraph(width=10, height=10, objects=[
...     Object(id="a", name="cube", attributes={"color": Attribute(value="red")}),
...     Object(id="b", name="sphere", attributes={"color": Attribute(value="blue")})])
>>> answer = execute(Program(steps=[Scene(), Filter(inputs=[0], attribute="color", value="red"),
...                                 Count(inputs=[1])]), g)
>>> answer.value, answer.evidence
(1, ['a'])
"""

from __future__ import annotations

from nsvr.scene_graph import program as P
from nsvr.scene_graph.answer import Answer, AnswerValue, Status, StepTrace, answer_text
from nsvr.scene_graph.compiler import CompiledProgram, compile_program
from nsvr.scene_graph.index import ATTRIBUTE_ALIASES
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.ops import StepFailure, adjective_forms

__all__ = [
    "ATTRIBUTE_ALIASES",
    "Answer",
    "AnswerValue",
    "CompiledProgram",
    "Status",
    "StepFailure",
    "StepTrace",
    "adjective_forms",
    "answer_text",
    "compile_program",
    "execute",
]


def execute(
    program: P.Program | CompiledProgram, graph: SceneGraph, *, validate: bool = True, revise: bool = True
) -> Answer:
    """Run ``program`` (a :class:`Program`, or one compiled already) on ``graph``. Invalid programs give
    ``status="error"``, impossible steps ``status="unknown"``; both carry the reason and the trace so far.

    With ``revise``, a program that stops on an impossible step is run again on revisions of the graph, cheapest
    first (see :mod:`.revision`): uncertain attributes read as their perceived runners-up, candidate objects
    (seen below the detection threshold) taken in. The first that runs gives the answer, with ``revisions``
    saying what it assumed. Graphs without runners-up or candidates are unaffected.
    """
    compiled = program if isinstance(program, CompiledProgram) else compile_program(program)
    return compiled.run(graph, validate=validate, revise=revise)
