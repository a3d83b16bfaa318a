"""Frames for everyday wordings that no dataset template uses: text on things, bare noun phrases, size
comparisons between two described objects.

::

    text_query   := what does NP say                          "What does the sign say?"  (after normalisation)
                  | what does the image say                   "What is written in the image?"
    text_verify  := does NP say WORDS                         "Does the bus say cero emisiones?"
    text_exist   := is there text that says WORDS             "Is there text that says no parking?"
    size_compare := (is|are) NP (bigger|larger|smaller) than NP   "Is the cube bigger than the ball?"
    value_count  := how many [different] ATTRIBUTEs [are there] [among NP]   "How many different colors are there?"
    most_common  := what is the most common ATTRIBUTE [among NP]  "Which shape appears most often?"
    value_list   := what ATTRIBUTEs|things are there [among NP]  "What colors are there?"  "What shapes are red?"
    bare_exist   := NP                                        "Red cubes?"  "bus?"

Text is read from the objects that hold it (OCR lines no object holds are objects named "text"); a size
comparison is by size class (small < medium < large), and by area between two objects of one class in a flat
picture (``larger``).
"""

from __future__ import annotations

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.phrases import NounPhrase, telling_attribute
from nsvr.agent.parser.predicates import COPULA
from nsvr.agent.parser.questions import KIND_OF
from nsvr.agent.parser.wh_questions import DISTANCE_COMPARATIVES, QuestionGrammar
from nsvr.scene_graph import program as P
from nsvr.scene_graph.names import singular
from nsvr.scene_graph.ops import SIZE_RELATIONS

SAY = {"say", "says", "said"}
MEASURE_RELATIONS = {"area": ("larger", "smaller"), "height": ("taller", "shorter"), "width": ("wider", "narrower")}
TEXT_END = {"?", ".", "!", ""}
FREQUENT = {"common", "frequent", "popular", "prevalent", "usual"}
VALUE_ATTRIBUTES = {"color", "shape", "size", "material"}
"""Attributes whose values a set is counted, polled or listed over ("how many different colors")."""
KINDS = {"kinds of", "kind of", "types of", "type of", "sorts of", "sort of", "different", "distinct", "various"}
THING_WORDS = {"things", "objects", "items"}
MORE_COMMON = FREQUENT | {"numerous", "plentiful", "abundant"}
LIST_ASKS = {
    "are there",
    "is there",
    "can you see",
    "do you see",
    "can i see",
    "do i see",
    "can be seen",
    "are present",
    "are shown",
    "are visible",
    "are used",
    "appear",
    "exist",
}
"""What follows "what colors" when the question lists what there is."""


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

    # --- the values of a set: "what colors are there", "what shapes are red", "what objects can you see" ----------
    def value_list(self) -> int:
        """what|which [kinds of|different] ATTRIBUTEs|things (are there|can you see|...) [among|of|in NP] |
        what ATTRIBUTEs|things are PREDICATE | what ATTRIBUTEs do|are NP [have]. The answer lists the values."""
        cur = self.cur
        first = cur.accept_one({"what", "which", *KIND_OF}) or cur.fail("'what'")
        kinds = first in KIND_OF or self._accept_phrase(KINDS)
        word = cur.peek()
        named = L.ATTRIBUTE_NAMES.get(singular(word)) or L.ATTRIBUTE_NAMES.get(word)
        if kinds and named is None and word not in THING_WORDS and word.isalpha() and not L.LEXICON.attribute_of(word):
            found = self.b.objects(self.noun_phrase())  # "what kinds of animals are there": their names
            self._accept_phrase(LIST_ASKS)
            return self.b.add(P.ListValues(inputs=[found], attribute="name"))
        if word in THING_WORDS:
            attribute = "name"
        else:
            attribute = named
            if attribute not in VALUE_ATTRIBUTES or (word == singular(word) and not kinds):
                cur.fail("colors, shapes, sizes, materials or things")  # "what color": one object's, elsewhere
        cur.take()
        if self._accept_phrase(LIST_ASKS):
            cur.accept_one({"used", "shown", "present", "visible", "in total", "altogether", "here"})
            found = self._among()
        elif cur.accept_one({"do", "does"}):  # "what colors do the cubes have"
            found = self.b.objects(self.noun_phrase())
            cur.accept_one({"have", "has", "use"}) or self._accept_phrase({"come in"}) or cur.fail("'have'")
        elif verb := cur.accept_one(COPULA):
            if verb in {"is", "was"} and word == singular(word):
                cur.fail("'are'")  # "what kind of shape is the red thing": one object's, asked elsewhere
            if self._starts_predicate_here():  # "what shapes are red", "what things are left of the cube"
                thing = NounPhrase(plural=True)
                self.attach(thing, self.predicate(conjoin=True, nominal=False))
                found = self.b.objects(thing)
            else:  # "what colors are the cubes"
                np = self.noun_phrase()
                if not np.plural:
                    cur.fail("a plural")
                found = self.b.objects(np)
        else:
            found = self._among()
        return self.b.add(P.ListValues(inputs=[found], attribute=attribute))

    def more_common(self) -> int:
        """which is|are more common|frequent|numerous [here] [,|:] A or B | which are there more of [,|:] A or B:
        the option more objects are (a tie is unknown). Options are kinds ("cubes or cylinders": their names) or
        values of one attribute ("rubber or metal")."""
        cur = self.cur
        cur.accept_one({"which", "what"}) or cur.fail("'which'")
        if cur.accept_one({"is", "are", "are there", "is there"}):
            cur.accept("there")
            cur.expect("more")
            if not cur.accept("of"):
                cur.accept_one(MORE_COMMON) or cur.fail("'common'")
        else:
            cur.accept_one({"one", "ones", "kind", "group"})
            cur.accept_one({"has", "have", "wins", "is"}) or cur.fail("'is'")
            cur.accept_one({"more", "the most", "most"}) or cur.fail("'more'")
            cur.accept_one({"objects", "things", "members", "of them"})
        cur.accept_one({"here", "there", "in the picture", "in the image", "in the scene"})
        cur.accept_one({",", ":", "-", ";"})
        options = [self._option()]
        while cur.accept("or"):
            options.append(self._option())
        if len(options) < 2:
            cur.fail("'A or B'")
        attribute = telling_attribute(options) or cur.fail("two kinds or two values of one attribute")
        found = self.b.objects(options[0])
        for option in options[1:]:
            found = self.b.add(P.Union(inputs=[found, self.b.objects(option)]))
        return self.b.add(P.MostCommon(inputs=[found], attribute=attribute))

    def _accept_phrase(self, phrases: set[str]) -> bool:
        """Consume one of ``phrases``, whether the tokenizer joined its words into one token or not."""
        cur = self.cur
        if cur.accept_one(phrases):
            return True
        return any(cur.accept(*phrase.split()) for phrase in sorted(phrases, key=lambda p: -len(p.split())))

    # --- values of a set: "how many different colors", "the most common shape" ---------------------------------
    def _attribute_noun(self) -> str:
        word = self.cur.peek()
        attribute = L.ATTRIBUTE_NAMES.get(word) or L.ATTRIBUTE_NAMES.get(singular(word))
        if attribute not in VALUE_ATTRIBUTES:
            self.cur.fail("color, shape, size or material")
        self.cur.take()
        return attribute

    def _among(self) -> int:
        """Where the values are counted: "among the cubes", "of the red things", or the whole scene."""
        cur = self.cur
        if cur.accept_one({"among", "of", "in", "for"}):
            cur.accept("all")
            return self.b.objects(self.noun_phrase())
        return self.b.scene()

    def value_count(self) -> int:
        """how many [different] ATTRIBUTEs [are there | are there among NP | among NP | do NP have]."""
        cur = self.cur
        cur.expect("how many")
        different = cur.accept_one({"different", "distinct", "unique", "separate"}) is not None
        if cur.peek() in {"kinds", "types", "sorts"} and cur.peek(1) == "of":  # "how many kinds of colors"
            cur.index += 2
            different = True
        attribute = self._attribute_noun()
        if attribute == "shape" and not different:  # "how many shapes are there": the objects, counted
            cur.fail("'different'")
        if cur.accept_one({"do", "does"}):  # "how many colors do the cubes have"
            found = self.b.objects(self.noun_phrase())
            cur.accept_one({"have", "use"}) or self._accept_phrase({"come in"}) or cur.fail("'have'")
        elif cur.peek() in {"are", "is"} and cur.peek(1) in {"the", "these", "those", "all"}:
            cur.take()  # "how many different colours are the dogs"
            cur.accept("all")
            found = self.b.objects(self.noun_phrase())
        else:
            cur.accept_one({"are there", "can you see", "do you see", "are", "is there"})
            cur.accept_one({"used", "shown", "present", "visible", "in total", "altogether"})
            found = self._among()
        return self.b.add(P.CountValues(inputs=[found], attribute=attribute))

    def most_common(self) -> int:
        """what is the most common ATTRIBUTE [among NP] | which ATTRIBUTE is [the] most common [among NP] |
        which ATTRIBUTE appears most [often] [among NP] | what ATTRIBUTE are most [of the] NP."""
        cur = self.cur
        cur.accept_one({"what", "which"}) or cur.fail("'what'")
        least = cur.accept("is", "the", "least")  # "what is the least common colour"
        if least or cur.accept(
            "is", "the", "most"
        ):  # "what is the most common color", "which is the most frequent shape"
            cur.accept_one(FREQUENT) or cur.fail("'common'")
            attribute = self._attribute_noun()
            return self.b.add(P.MostCommon(inputs=[self._among()], attribute=attribute, least=least))
        attribute = self._attribute_noun()
        if cur.accept_one({"dominates", "predominates", "prevails"}):  # "what colour dominates"
            return self.b.add(P.MostCommon(inputs=[self._among()], attribute=attribute))
        if cur.accept_one({"are", "do"}) and cur.accept("most"):  # "what color are most of the cubes"
            cur.accept("of")
            found = self.b.objects(self.noun_phrase())
            cur.accept_one({"have"})
            return self.b.add(P.MostCommon(inputs=[found], attribute=attribute))
        if cur.accept("is"):
            cur.accept("the")
            cur.expect("most")
            cur.accept_one(FREQUENT) or cur.fail("'common'")
        else:
            cur.accept_one({"appears", "occurs", "shows up", "comes up", "is used"}) or cur.fail("'appears'")
            cur.accept("the")
            least = (cur.accept_one({"most", "least", "fewest"}) or cur.fail("'most'")) != "most"
            cur.accept_one({"often", "frequently", "times"})
        return self.b.add(P.MostCommon(inputs=[self._among()], attribute=attribute, least=least))

    def direction_query(self) -> int:
        """Which [compass | clock] direction is NP [from NP]: which way it lies from the other (from the picture's
        centre without one), as a plain direction, a compass point or an hour."""
        cur = self.cur
        cur.expect("which")
        words = cur.accept_one({"compass", "clock"}) or "plain"
        cur.expect("direction")
        cur.expect("is")
        inputs = [self.b.one(self.noun_phrase(conjoin=False))]
        if cur.accept("from"):
            inputs.append(self.b.one(self.noun_phrase(conjoin=False)))
        return self.b.add(P.Direction(inputs=inputs, words=words))

    def common_check(self) -> int:
        """Is the most | least common ATTRIBUTE VALUE ("is the most common colour green"): the value compared."""
        cur = self.cur
        cur.expect("is", "the")
        least = (cur.accept_one({"most", "least"}) or cur.fail("'most'")) == "least"
        cur.accept_one(FREQUENT) or cur.fail("'common'")
        attribute = self._attribute_noun()
        cur.accept_one({"a", "an"})
        word = cur.take() if cur.peek() and cur.peek() not in {"?", "."} else cur.fail("a value")
        value = L.LEXICON.attribute_of(word)
        said = value[1] if value is not None and value[0] in {attribute, None} else singular(word)
        common = self.b.add(P.MostCommon(inputs=[self.b.scene()], attribute=attribute, least=least))
        return self.b.add(P.Equal(inputs=[common, self.b.add(P.Word(value=said))]))

    def size_compare(self) -> int:
        cur = self.cur
        cur.accept_one(COPULA) or cur.fail("'is'")
        first = self.noun_phrase()
        times = self._times()
        if times is not None:  # "is the circle twice as big as the square", "half the size of"
            factor, half = times
            said = cur.accept("the", "size", "of") or cur.accept("the", "area", "of")
            if not said and cur.accept("the same"):  # "as big as" is read as "the same size as" before this
                cur.accept_one({"size", "area"}) or cur.fail("'size'")
                cur.expect("as")
                said = True
            if not said:
                cur.expect("as")
                cur.accept_one({"big", "large", "small"}) or cur.fail("'as big as'")
                cur.expect("as")
            second = self.noun_phrase()
            return self.b.add(P.Larger(inputs=[self.b.one(first), self.b.one(second)], smaller=half, times=factor))
        joined = cur.accept_one(L.SIZE_RELATION_PHRASES)  # the tokenizer reads "bigger than" as one word
        comparative = joined.split()[0] if joined else cur.accept_one(SIZE_RELATIONS)
        if not comparative:
            cur.fail("'bigger' or 'smaller'")
        if not joined:
            cur.expect("than")
        second = self.noun_phrase()
        measure, sign = SIZE_RELATIONS[comparative]
        if _several(first) or _several(second):
            return self._size_compare_each(first, second, smaller=sign < 0, measure=measure)
        one, other = self.b.one(first), self.b.one(second)
        return self.b.add(P.Larger(inputs=[one, other], smaller=sign < 0, measure=measure))

    def _size_compare_each(self, first: NounPhrase, second: NounPhrase, *, smaller: bool, measure: str) -> int:
        """ "Is the ball smaller than both cubes / all the other cubes", "are the cubes bigger than the ball": the
        comparison holds for each of the several, none of them failing it, and there are some (an object is
        never compared with itself)."""
        if _several(first) and _several(second):
            self.cur.fail("one side of the comparison to be a single object")
        more, less = MEASURE_RELATIONS[measure]
        if _several(second):
            one, many, predicate = first, second, more if smaller else less
        else:
            one, many, predicate = second, first, less if smaller else more
        single = self.b.one(one)
        outdone = self.b.add(P.Relate(inputs=[single], predicate=predicate))
        others = self.b.add(P.Difference(inputs=[self.b.objects(many), single]))
        failing = self.b.add(P.Difference(inputs=[others, outdone]))
        none_fails = self.b.add(P.Not(inputs=[self.b.add(P.Exist(inputs=[failing]))]))
        return self.b.add(P.And(inputs=[self.b.add(P.Exist(inputs=[others])), none_fails]))  # never of no objects

    def any_two_share(self) -> int:
        """Do any two NP share a(n) ATTRIBUTE: whether fewer values of it are among them than objects."""
        cur = self.cur
        cur.expect("do")
        cur.expect("any")
        cur.expect("two")
        counted = self.noun_phrase(conjoin=False)
        cur.expect("share")
        cur.accept_one({"a", "an", "the"})
        attribute = L.ATTRIBUTE_NAMES.get(cur.peek()) or cur.fail("an attribute such as 'colour'")
        cur.take()
        objects = self.b.objects(counted)
        values = self.b.add(P.CountValues(inputs=[objects], attribute=attribute))
        return self.b.add(P.GreaterThan(inputs=[self.b.add(P.Count(inputs=[objects])), values]))

    def distance_compare(self) -> int:
        """Is NP closer to A than to B: whether, of A and B, the one nearer NP is A ("farther from A than from
        B": the one farther). "Than the B" without "to" could also compare B's distance to A, so it is not read."""
        cur = self.cur
        if DISTANCE_COMPARATIVES.keys().isdisjoint(cur.texts) or "than" not in cur.texts:
            cur.fail("'closer to A than to B'")
        cur.accept_one(COPULA) or cur.fail("'is'")
        subject = self.noun_phrase(conjoin=False)
        comparative = cur.accept_one(set(DISTANCE_COMPARATIVES)) or cur.fail("'closer' or 'farther'")
        preposition = cur.accept_one({"to", "from"}) or cur.fail("'to' or 'from'")
        first = self.noun_phrase(conjoin=False)
        cur.expect("than")
        cur.expect(preposition)  # "than to the square": the subject's distance to each
        second = self.noun_phrase(conjoin=False)
        options = self.b.add(P.Union(inputs=[self.b.one(first), self.b.one(second)], each=True))
        farthest = DISTANCE_COMPARATIVES[comparative]
        chosen = self.b.add(P.Closest(inputs=[options, self.b.one(subject)], farthest=farthest))
        return self.b.add(P.Equal(inputs=[chosen, self.b.one(first)]))

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


def _several(np: NounPhrase) -> bool:
    """Whether a description names several objects at once ("both cubes", "all the balls", "the cylinders")."""
    return (np.plural or np.every) and not np.singular_definite
