"""Frames for everyday wordings that no dataset template uses: text on things, bare noun phrases, size
comparisons between two described objects.

::

    text_query   := what does NP say                          "What does the sign say?"  (after normalisation)
                  | what does the image say                   "What is written in the image?"
    text_verify  := does NP say WORDS                         "Does the bus say cero emisiones?"
    text_exist   := is there text that says WORDS             "Is there text that says no parking?"
    size_compare := (is|are) NP (bigger|larger|smaller) than NP   "Is the cube bigger than the ball?"
    bare_exist   := NP                                        "Red cubes?"  "bus?"

Text is read from the objects that hold it (OCR lines no object holds are objects named "text"); a size
comparison is CLEVR's (and the photo pipeline's) two sizes: "bigger than" = this one large, that one small.
"""

from __future__ import annotations

from nsvr.agent.parser.predicates import COPULA
from nsvr.agent.parser.wh_questions import QuestionGrammar
from nsvr.scene_graph import program as P

SAY = {"say", "says", "said"}
SIZE_COMPARATIVES = {"bigger": ("large", "small"), "larger": ("large", "small"), "smaller": ("small", "large")}
TEXT_END = {"?", ".", "!", ""}


class EverydayFrames(QuestionGrammar):
    """Every frame of :class:`QuestionGrammar` plus the ones above."""

    def _words_to_end(self) -> str:
        cur = self.cur
        words = []
        while cur.peek() not in TEXT_END:
            words.append(cur.take())
        if not words:
            cur.fail("the words to look for")
        return " ".join(words)

    def text_query(self) -> int:
        cur = self.cur
        cur.expect("what")
        cur.expect("does")
        # the whole picture's text, every line in reading order ("the text": all of it, not the unattached lines)
        if cur.accept("the", "image") or cur.accept("the", "text") or cur.accept("the", "writing"):
            cur.accept_one(SAY) or cur.fail("'say'")
            return self.b.add(P.Query(inputs=[self.b.scene()], attribute="text"))
        np = self.noun_phrase()
        cur.accept_one(SAY) or cur.fail("'say'")
        return self.b.add(P.Query(inputs=[self.b.one(np)], attribute="text"))

    def text_verify(self) -> int:
        cur = self.cur
        cur.accept_one({"does", "do"}) or cur.fail("'does'")
        np = self.noun_phrase()
        cur.accept_one(SAY) or cur.fail("'say'")
        return self.b.add(P.Verify(inputs=[self.b.reference(np)], attribute="text", value=self._words_to_end()))

    def text_exist(self) -> int:
        cur = self.cur
        cur.accept_one({"is there", "are there"}) or cur.fail("'is there'")
        cur.accept_one({"any", "some"})
        cur.expect("text")
        cur.accept_one({"that", "which"})
        cur.accept_one(SAY) or cur.fail("'says'")
        found = self.b.add(P.Filter(inputs=[self.b.scene()], attribute="text", value=self._words_to_end()))
        return self.b.add(P.Exist(inputs=[found]))

    def size_compare(self) -> int:
        cur = self.cur
        cur.accept_one(COPULA) or cur.fail("'is'")
        first = self.noun_phrase()
        comparative = cur.accept_one(SIZE_COMPARATIVES) or cur.fail("'bigger' or 'smaller'")
        cur.expect("than")
        second = self.noun_phrase()
        mine, theirs = SIZE_COMPARATIVES[comparative]
        one = self.b.add(P.Verify(inputs=[self.b.one(first)], attribute="size", value=mine))
        other = self.b.add(P.Verify(inputs=[self.b.one(second)], attribute="size", value=theirs))
        return self.b.add(P.And(inputs=[one, other]))

    def who_is(self) -> int:
        """Who is NP: "Who is the leftmost person?" (the name of the one object described)."""
        cur = self.cur
        cur.expect("who")
        cur.accept_one(COPULA) or cur.fail("'is'")
        np = self.noun_phrase()
        if np.name is None:
            np.name = "person"
        return self.b.add(P.Query(inputs=[self.b.one(np)], attribute="name"))

    def bare_exist(self) -> int:
        if not self.context.bare:
            self.cur.fail("a question")
        np = self.noun_phrase()
        if np.name is None and not np.conditions:
            self.cur.fail("a description of objects")
        return self.b.add(P.Exist(inputs=[self.b.objects(np)]))
