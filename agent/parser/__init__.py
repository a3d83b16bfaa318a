"""nsvr's embedded semantic parser: plain-English questions -> :class:`~nsvr.scene_graph.program.Program`.

Deterministic, no model and no network: a tokenizer with an embedded lexicon, a recursive-descent noun-phrase
grammar and a set of question frames. It covers CLEVR's 90 question templates and the common phrasings of GQA
and of everyday questions about photos and robot scenes; anything else raises :class:`ParseError` (a
``ValueError``) naming the word where the question stopped fitting, so a caller can fall back to an LLM planner.

Modules, in reading order: ``lexicon`` (the words), ``tokens`` (tokenizer, cursor, ParseError), ``phrases`` (what
a noun phrase means), ``predicates`` and ``noun_phrases`` (the noun-phrase grammar), ``compiler`` (noun phrases ->
steps), ``questions`` (CLEVR's frames), ``yes_no`` and ``wh_questions`` (open-domain frames), ``parser`` (the
frame dispatch and :class:`EmbeddedParser`).

>>> print(parse("What color is the big cube behind the cylinder?").pretty())
0 select(name=cylinder)
1 relate[0](predicate=behind, name=cube)
2 filter[1](attribute=size, value=large)
3 query[2](attribute=color)
"""

from nsvr.agent.parser.parser import EmbeddedParser, parse
from nsvr.agent.parser.tokens import ParseError

__all__ = ["EmbeddedParser", "ParseError", "parse"]
