"""The embedded parser: tokens -> question frame -> program, deterministic and in well under a millisecond.

>>> print(parse("How many cubes are left of the red ball?").pretty())
0 select(name=sphere)
1 filter[0](attribute=color, value=red)
2 relate[1](predicate=left, name=cube)
3 count[2]()
>>> print(EmbeddedParser(unique=True).parse("What is left of the red ball?").pretty())
0 select(name=sphere)
1 filter[0](attribute=color, value=red)
2 unique[1]()
3 relate[2](predicate=left)
4 query[3](attribute=name)
"""

from __future__ import annotations

import re

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.everyday import EverydayFrames
from nsvr.agent.parser.lexicon import LEXICON, Lexicon
from nsvr.agent.parser.messages import explain
from nsvr.agent.parser.normalize import normalize
from nsvr.agent.parser.noun_phrases import Context
from nsvr.agent.parser.setting import HIDDEN_FORMS
from nsvr.agent.parser.tokens import Backtrack, Cursor, ParseError, tokenize
from nsvr.scene_graph.program import Program

FRAMES: dict[str, tuple[str, ...]] = {
    "how many": ("value_count", "count"),
    "what number of": ("count",),
    "how": ("query_how", "scene_fact", "how_look", "name_query"),
    "what": (
        "text_query",
        "value_list",
        "most_common",
        "scene_fact",
        "query_what",
        "name_query",
        "kind_query",
        "wh_question",
        "query_trailing",
    ),
    "which": (
        "value_list",
        "most_common",
        "scene_fact",
        "query_what",
        "side_query",
        "kind_query",
        "compare_objects",
        "name_query",
    ),
    "who": ("wh_question", "who_is"),
    "on": ("side_query",),
    "where": ("scene_fact", "side_query", "name_query"),
    "is there": ("text_exist", "exist"),
    "are there": ("compare_counts", "exist"),
    "do you see": ("exist",),
    "can you see": ("exist",),
    "is": (
        "compare_counts",
        "same_attribute",
        "size_compare",
        "choose_relation",
        "choose_position",
        "scene_fact",
        "verify",
    ),
    "are": ("exist", "same_attribute", "size_compare", "choose_relation", "choose_position", "verify"),
    "does": ("text_verify", "same_attribute", "verify"),
    "do": ("text_verify", "same_attribute", "verify"),
    "of": ("query_what",),
    "in": ("side_query", "relation_first"),
    **{
        kind: ("value_list", "scene_fact", "query_what", "kind_query")
        for kind in ("what kind of", "which kind of", "what type of", "which type of")
    },
}
"""First token -> the frames to try, in order. Any other first word: :data:`NOUN_PHRASE_FRAMES`."""
REFUSED_FORMS = [
    (
        re.compile(
            r"^(?:(?:is|are) there )?(?:any |some )?(?:text|writing|words|lettering|letters|a word|a text) "
            r"(?:on|in|of)\b"
        ),
        "nsvr reads what an object says but cannot tell that it says nothing; ask what it says "
        '("What does the sign say?") or whether it says something ("Does the sign say \'stop\'?")',
    ),
    (
        re.compile(rf"\bhow many (?:\w+ )?(?:{'|'.join(L.MEASURE_UNITS)})\b|\bhow much\b"),
        "nsvr counts and compares the objects it sees; it cannot measure amounts, weights, prices, times or "
        'distances. Ask how many objects there are ("How many cups are on the table?")',
    ),
    *HIDDEN_FORMS,
]
"""Normalized forms that read like questions nsvr could answer but whose program would guess: refused with why."""
MAX_TOKENS = 80
"""Longer questions are refused (CLEVR's longest has about 45 tokens)."""
NOUN_PHRASE_FRAMES = ("query_trailing", "wh_question", "name_query", "relation_first", "declarative", "bare_exist")


class EmbeddedParser:
    """Parses plain-English questions into programs with the embedded lexicon and grammar (no model, no
    network). ``parse`` raises :class:`ParseError` naming the word where the question stops fitting.

    >>> EmbeddedParser().parse("Is there a red cup on the table?").steps[-1].op
    'exist'
    """

    def __init__(self, *, unique: bool = False) -> None:
        self.unique = unique
        """Check "the X" points at exactly one object with a ``unique`` step, as CLEVR programs do (off: as GQA
        programs do; steps that need one object still check it)."""
        self.lexicon: Lexicon = LEXICON
        """The compiled lexicon (built once at import, shared by every parser)."""

    def parse(self, question: str) -> Program:
        if not isinstance(question, str):
            raise ParseError(f"a question must be a string, got {type(question).__name__}")
        if not question.strip():
            raise ParseError("empty question")
        normalized = normalize(question, strict=True)
        for pattern, reason in REFUSED_FORMS:
            if pattern.search(normalized):
                raise ParseError(f"I can't answer {question!r}: {reason}")
        tokens = tokenize(normalized)
        if not tokens or all(t.text in {"?", ".", "!", ",", ";"} for t in tokens):
            raise ParseError(f"no words in question {question!r}")
        if len(tokens) > MAX_TOKENS:
            raise ParseError(
                f"question too long: {len(tokens)} words and phrases (the embedded grammar reads at most {MAX_TOKENS})"
            )
        cursor = Cursor(tokens)
        context = self._context(cursor)
        context.bare = question.rstrip().endswith("?") and _first_word(question) == _first_word(normalized)
        start = cursor.index
        for frame in FRAMES.get(cursor.peek(), NOUN_PHRASE_FRAMES):
            cursor.index = start
            grammar = EverydayFrames(cursor, context, unique=self.unique)
            try:
                getattr(grammar, frame)()
                grammar.finish()
            except Backtrack:
                continue
            return grammar.b.program()
        stopped = cursor.tokens[cursor.furthest].text if cursor.furthest < len(cursor.tokens) else None
        raise ParseError(explain(question, stopped, cursor.expected or "a question it knows"))

    @staticmethod
    def _context(cursor: Cursor) -> Context:
        """``There is a NP;`` at the start: the noun phrase "it" refers to afterwards."""
        context = Context()
        if not cursor.accept("there", "is"):
            return context
        grammar = EverydayFrames(cursor, context)
        try:
            antecedent = grammar.noun_phrase()
            cursor.accept_one({";", ","}) or cursor.fail("';' after 'there is ...'")
        except Backtrack:
            cursor.index = 0
            return context
        antecedent.definite, antecedent.plural = True, False
        context.antecedent = antecedent
        return context


def _first_word(text: str) -> str:
    found = _LETTERS.search(text.lower())
    return found.group() if found else ""


_LETTERS = re.compile(r"[a-z]+")
_DEFAULT = EmbeddedParser()


def parse(question: str) -> Program:
    """The program of ``question`` (see :class:`EmbeddedParser`)."""
    return _DEFAULT.parse(question)
