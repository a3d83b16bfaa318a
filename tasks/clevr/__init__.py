"""The CLEVR benchmark runner (oracle scenes or pixels; gt, embedded or LLM programs)."""

from nsvr.tasks.clevr.runner import ClevrSummary, load_clevr_questions, load_clevr_scenes, run_clevr

__all__ = ["ClevrSummary", "load_clevr_questions", "load_clevr_scenes", "run_clevr"]
