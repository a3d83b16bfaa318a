"""Tokens and the cursor the grammar reads them with.

The tokenizer lower-cases, splits words and punctuation, and joins the lexicon's multi-word phrases ("to the left
of", "in front of", "how many", "coffee table") into one token each, longest phrase first.

>>> [t.text for t in tokenize("How many cubes are to the left of the big ball?")]
['how many', 'cubes', 'are', 'to the left of', 'the', 'big', 'ball', '?']
"""

from __future__ import annotations

import re
from typing import NamedTuple, NoReturn

from nsvr.agent.parser import lexicon as L
from nsvr.scene_graph.errors import NsvrError


class ParseError(NsvrError, ValueError):
    """The question does not fit the embedded grammar; the message says which word and what was expected."""


_WORD = re.compile(r"[a-z0-9\u00e0-\u00ff]+(?:'[a-z]+)?|[;,?.!]")  # accented letters stay in their word ("né")
_CONTRACTIONS = {
    "isn't": ("is", "not"),
    "aren't": ("are", "not"),
    "doesn't": ("does", "not"),
    "don't": ("do", "not"),
    "can't": ("can", "not"),
    "what's": ("what", "is"),
    "who's": ("who", "is"),
    "where's": ("where", "is"),
    "there's": ("there", "is"),
    "how's": ("how", "is"),
    "it's": ("it", "is"),
    "that's": ("that", "is"),
    "wasn't": ("was", "not"),
    "weren't": ("were", "not"),
}


class Token(NamedTuple):
    text: str
    position: int
    """Index of the token's first word in the question (for error messages)."""


def _split(question: str) -> list[str]:
    words: list[str] = []
    for word in _WORD.findall(question.lower().replace("-", " ")):
        if word in _CONTRACTIONS:
            words.extend(_CONTRACTIONS[word])
        elif word.endswith("'s"):
            words.extend((word[:-2], "'s"))
        else:
            words.append(word)
    return words


def tokenize(question: str) -> list[Token]:
    """The question's tokens, multi-word phrases joined (the longest phrase wins), fillers dropped."""
    words = _split(question)
    tokens: list[Token] = []
    index, count = 0, len(words)
    while index < count:
        word = words[index]
        width, node, step = 1, _PHRASE_TRIE.get(word), index + 1
        while node is not None:  # walk the phrase trie as far as the words allow
            if _END in node:
                width = step - index
            node = node.get(words[step]) if step < count else None
            step += 1
        text = word if width == 1 else " ".join(words[index : index + width])
        if text not in _FILLERS:
            tokens.append(Token(text, index))
        index += width
    return tokens


def _phrase_trie() -> dict:
    """word -> {next word -> ...}; a node holding ``_END`` ends a phrase."""
    trie: dict = {}
    for phrase in L.MULTIWORD:
        node = trie
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[_END] = True
    return trie


_END = ""
_PHRASE_TRIE = _phrase_trie()
_FILLERS = frozenset(L.FILLERS)


class Backtrack(Exception):
    """Internal: this alternative does not match here; the caller rewinds and tries the next one."""


class Cursor:
    """A position in the token list, with the furthest failure remembered for the error message."""

    __slots__ = ("tokens", "texts", "index", "limit", "furthest", "expected", "work", "question")

    WORK_LIMIT = 1000
    """Noun phrases one question may try to parse (real questions need well under 100): a guard against the
    backtracking blowing up on long, repetitive word salad."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.texts = [t.text for t in tokens]
        self.index = 0
        self.limit = len(tokens)
        """Tokens from ``limit`` on are hidden (a frame that tries where one phrase ends sets it)."""
        self.furthest = 0
        self.expected = ""
        self.work = 0
        self.question = " ".join(t.text for t in tokens)

    def spend(self) -> None:
        """Count one unit of parsing work; too much raises ParseError (not a backtrack: nothing else will do)."""
        self.work += 1
        if self.work > self.WORK_LIMIT:
            raise ParseError(f"cannot parse {self.question!r}: too many ways to read it for the embedded grammar")

    def peek(self, offset: int = 0) -> str:
        at = self.index + offset
        return self.texts[at] if at < self.limit else ""

    def at_end(self) -> bool:
        return self.index >= self.limit

    def take(self) -> str:
        text = self.peek()
        if not text:
            self.fail("more words")
        self.index += 1
        return text

    def accept(self, *texts: str) -> bool:
        """Consume the tokens ``texts`` in sequence when they all come next."""
        end = self.index + len(texts)
        if end <= self.limit and tuple(self.texts[self.index : end]) == texts:
            self.index = end
            return True
        return False

    def accept_one(self, options: set[str] | frozenset[str] | dict) -> str | None:
        """Consume and return the next token when it is one of ``options``."""
        text = self.peek()
        if text and text in options:
            self.index += 1
            return text
        return None

    def expect(self, *texts: str) -> None:
        if not self.accept(*texts):
            self.fail(" ".join(repr(t) for t in texts))

    def fail(self, expected: str) -> NoReturn:
        if self.index >= self.furthest:
            self.furthest, self.expected = self.index, expected
        raise Backtrack(expected)

    def error(self, question: str) -> ParseError:
        """The ParseError for the furthest point any alternative reached."""
        if self.furthest >= len(self.tokens):
            return ParseError(f"cannot parse {question!r}: it ends early (expected {self.expected or 'more'})")
        token = self.tokens[self.furthest]
        return ParseError(
            f"cannot parse {question!r} at word {token.position + 1} ({token.text!r}): expected "
            f"{self.expected or 'a known question frame'}"
        )
