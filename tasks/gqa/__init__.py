"""The GQA benchmark: GQA scene graphs and semantic programs, the runner with the official metrics, the program
check and the scene-graph synthesis used to compare planners without GQA's scene graphs."""

from nsvr.tasks.gqa.check import check_gqa_programs
from nsvr.tasks.gqa.data import GqaSceneGraphs, load_gqa_choices, load_gqa_questions
from nsvr.tasks.gqa.metrics import gqa_metrics, grounding_score, reasoning_steps
from nsvr.tasks.gqa.runner import GqaSummary, gqa_summary_table, run_gqa
from nsvr.tasks.gqa.synthesis import synthesize_scene_graph

__all__ = [
    "GqaSceneGraphs",
    "GqaSummary",
    "check_gqa_programs",
    "gqa_metrics",
    "gqa_summary_table",
    "grounding_score",
    "load_gqa_choices",
    "load_gqa_questions",
    "reasoning_steps",
    "run_gqa",
    "synthesize_scene_graph",
]
