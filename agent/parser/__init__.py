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
1 unique[0](resolve=True)
2 relate[1](predicate=behind, name=cube)
3 filter[2](attribute=size, value=large)
4 unique[3](resolve=True)
5 query[4](attribute=color)

"the cylinder" that several objects fit is resolved (``unique`` with ``resolve``): each is tried as the one meant,
and the answer stands only when every one the question makes sense of gives it.
"""

from nsvr.agent.parser.parser import EmbeddedParser, parse
from nsvr.agent.parser.tokens import ParseError

__all__ = ["EmbeddedParser", "ParseError", "parse"]
