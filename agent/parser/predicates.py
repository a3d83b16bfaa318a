"""Predicates: what follows "is"/"are" (or a relative pronoun), and verb phrases.

::

    predicate      := ["both"|"either"] item (("and"|"or") [is|are] item)*
    item           := ["not"] adjective+ | "made of" material | [of|made of] "the same" ATTRIBUTE "as" noun_phrase
                    | ["located"] relation noun_phrase | verb [particle*] noun_phrase | position ("on the left")
                    | "shown" | noun_phrase                                   (predicate nominal, when allowed)
    verb           := V-ing | V-s | base verb | participle ("covered", "parked")

Relations name their canonical predicate (``canonical_predicate``: "to the left of" -> "left"); verbs keep GQA's
spelling with their particles ("sitting on top of").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.phrases import Between, Clause, Condition, NounPhrase, Related, SameAs
from nsvr.agent.parser.tokens import Backtrack, Cursor
from nsvr.scene_graph.names import canonical_predicate, singular

if TYPE_CHECKING:
    from nsvr.agent.parser.noun_phrases import Context

COPULA = {"is", "are", "was", "were"}
RELATIVE_WORDS = {"that", "which", "who"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "his", "her", "their", "both", "each"}
DETERMINERS = DEFINITE | {"a", "an", "any", "some", "another", "all", "every"}
PICTURE_WORDS = {"picture", "image", "photo", "photograph", "scene"}
PICTURE_POSITIONS: dict[str, tuple[str | None, str]] = {
    "left": ("hposition", "left"),
    "right": ("hposition", "right"),
    "in the middle of": (None, "middle"),
    "at the top of": ("vposition", "top"),
    "below": ("vposition", "bottom"),
}
"""A relation to the picture itself is a position in it ("on the left side of the photo")."""
PICTURE_PARTS = {"in the middle of", "at the top of", "below"}
"""Relations that place an object in "the picture" too (elsewhere a "picture" may be a painting)."""
PARTICLES = set(L.PARTICLES)
STOP_WORDS = {
    *L.words(
        "that, which, who, whom, is, are, was, were, and, or, of, than, as, has, have, does, do, not, the, a, an, ;, "
        "?, ., !, made of, made out of, the same, to, there, what, how, both, either, in, from, look, looks, seem, "
        "seems, appear, appears, 's, else, here, visible, called, more, fewer, less, one, he, she, it, they, "
        "greater, equal, doing, be, could, might, where, when, why, whose, plus, minus, even, odd, twice, times, half"
    ),
    *L.DISTANCE_SUPERLATIVES,
    ",",
    *L.COMPARATIVES,
    *L.SHOWN,
    *L.LOCATED,
}
"""Words that end a noun phrase's head."""
CLAUSE_ENDS = {"", "?", ",", ".", ";", "and", "or", "!"}
VERB_INGS = frozenset(L.VERBS.values())
"""-ing forms of the verbs that take an object ("wearing", "holding"): never adjectives before a noun."""
VERB_FOLLOWERS = PARTICLES | set(L.RELATION_PHRASES) | DETERMINERS | {"what", "who", "whom"}
"""What may follow an unknown word ending in -s for it to read as a verb ("sits atop", "floats on")."""
Item = Condition | Clause | NounPhrase


class PredicateGrammar:
    """Predicates and verb phrases; mixed into :class:`~nsvr.agent.parser.noun_phrases.NounPhraseGrammar`,
    whose ``noun_phrase`` the items call for their objects."""

    cur: Cursor
    context: Context
    joiner: str | None

    def noun_phrase(
        self, *, conjoin: bool = True, same: bool = True, modifiers: bool = True, positions: bool = True
    ) -> NounPhrase:
        raise NotImplementedError

    # --- word classes --------------------------------------------------------------------------------------
    @staticmethod
    def relation(text: str) -> str | None:
        """The predicate a relation phrase names ("to the left of" -> "left")."""
        phrase = L.RELATION_PHRASES.get(text)
        return canonical_predicate(phrase) if phrase is not None else None

    @staticmethod
    def is_verb(text: str) -> bool:
        """Whether a word is a verb wherever it stands (-ing forms, participles, known verbs in -s)."""
        return _is_verb(text)

    def verb_at(self, offset: int = 0) -> bool:
        """Whether the word at ``offset`` is a verb here: :meth:`is_verb`, or an unknown word in -s followed by
        a particle or an object ("the boy sits atop", "the boat that floats on")."""
        text = self.cur.peek(offset)
        if self.is_verb(text):
            return True
        return (
            len(text) > 3
            and text.endswith("s")
            and not text.endswith("ss")
            and " " not in text
            and L.LEXICON.noun(text) is None
            and L.LEXICON.attribute_of(text) is None
            and text not in STOP_WORDS
            and self.cur.peek(offset + 1) in VERB_FOLLOWERS
        )

    def verb_here(self) -> bool:
        """Whether a verb phrase starts here (a verb with something after it: alone at the end of a clause,
        "standing" is a state)."""
        return self.verb_at() and self.cur.peek(1) not in CLAUSE_ENDS

    def starts_relation(self) -> bool:
        """Whether a relation or a verb phrase starts here (used to continue "and ..." conjunctions)."""
        text = self.cur.peek()
        return bool(text) and (
            text in L.RELATION_PHRASES
            or text in L.POSITION_PHRASES
            or self.verb_here()
            or (text in L.LOCATED and self.cur.peek(1) in L.RELATION_PHRASES)
        )

    # --- predicates ----------------------------------------------------------------------------------------
    def predicate(
        self,
        *,
        conjoin: bool,
        nominal: bool,
        same: bool = True,
        adjectives: bool = True,
        connectives: frozenset[str] | set[str] = frozenset({"and"}),
    ) -> list[Item]:
        """Predicate items joined by ``connectives``; sets ``self.joiner`` to the one used. A conjunction
        continues only with ``conjoin`` and when the next item starts like a relation (any item, when the
        predicate may be ``nominal``: at the top of a question)."""
        cur = self.cur
        cur.accept_one({"both", "either"})
        items = self._predicate_item(nominal=nominal, same=same, adjectives=adjectives)
        self.joiner = None
        while cur.peek() in connectives:
            start = cur.index
            joiner = cur.take()
            # "that are left of the cube and (that) are red": a repeated copula marks a second predicate
            restated = cur.peek() in RELATIVE_WORDS and cur.peek(1) in COPULA and bool(cur.take())
            if cur.accept_one(COPULA):
                restated = True
                if cur.peek() in {"the", "this", "that"}:  # "... and is the square blue": a second question
                    cur.index = start
                    break
                cur.accept_one({"it", "he", "she", "they"})
            after_condition = bool(items) and isinstance(items[-1], Condition)
            try:
                if after_condition and joiner == "or" and adjectives:
                    items.append(self._state())  # "looking down or having meeting": two states
                elif (
                    conjoin
                    and (nominal or self.starts_relation())
                    or ((after_condition or restated) and adjectives and self._adjectives_here())
                    or (restated and self.starts_relation())
                    # "in front of the cube and the same colour as the ball": a shared attribute after a place
                    or (bool(items) and same and conjoin and cur.peek() == "the same")
                    # "that has the same colour as X and is the same size as Y": a second shared attribute
                    or (bool(items) and same and restated and cur.peek() in {"the same", "made of"})
                    or (
                        bool(items)
                        and same
                        and cur.peek() in {"has", "have"}
                        and cur.peek(1) == "the same"
                        and bool(cur.take())
                    )
                    # "that is left of the cube and made of rubber", "left of the cube and metal": a state after
                    # a place (the place's anchor was read without conjunctions, so the "and" is the predicate's)
                    or (
                        bool(items)
                        and adjectives
                        and (
                            cur.peek() in {"made of", "made out of"}
                            or (cur.peek() == "not" and cur.peek(1) in {"made of", "made out of"})
                            or self._adjectives_here()
                        )
                    )
                ):
                    items.extend(self._predicate_item(nominal=nominal, same=same, adjectives=adjectives))
                else:
                    raise Backtrack("no second item")
            except Backtrack:
                cur.index = start
                break
            self.joiner = joiner
        return items

    def _state(self) -> Condition:
        """Words up to the end of the clause as one attribute value ("having meeting")."""
        cur = self.cur
        cur.accept("not")
        words = []
        while cur.peek() not in CLAUSE_ENDS and cur.peek() not in L.SCENE_LOCATORS:
            words.append(cur.take())
        if not words:
            cur.fail("an adjective")
        found = L.LEXICON.attribute_of(words[0]) if len(words) == 1 else None
        return Condition(found[0], found[1]) if found else Condition(None, " ".join(words))

    def _predicate_item(self, *, nominal: bool, same: bool, adjectives: bool) -> list[Item]:  # noqa: C901
        cur = self.cur
        text = cur.peek()
        if text == "not" and cur.peek(1) == "the same" and same:  # "are not the same colour as it"
            cur.take()
            return [replace(self.same_as(), negate=True)]
        if text == "the same" or (text in {"of", "made of"} and cur.peek(1) == "the same"):
            if not same:
                cur.fail("no 'the same' here")
            cur.accept_one({"of", "made of"})
            return [self.same_as()]
        if text in {"made of", "made out of"} or (text == "not" and cur.peek(1) in {"made of", "made out of"}):
            negate = cur.accept("not")  # "left of the ball and not made of metal"
            cur.take()
            material = self.material()
            return [Condition(material.attribute, material.value, True) if negate else material]
        if text in L.POSITION_PHRASES:
            cur.take()
            cur.accept_one({"side", "part"})
            cur.accept_one(L.SCENE_LOCATORS)
            return [Condition(*L.POSITION_PHRASES[text])]
        if text in L.SHOWN:
            cur.take()
            cur.accept_one(L.SCENE_LOCATORS)
            return []
        if text in L.LOCATED and cur.peek(1) in L.RELATION_PHRASES:
            cur.take()
            text = cur.peek()
        if adjectives and (
            text in {"on", "off"}
            and cur.peek(1) in CLAUSE_ENDS
            or text == "not"
            and cur.peek(1) in {"on", "off"}
            and cur.peek(2) in CLAUSE_ENDS
        ):
            negate = cur.accept("not")  # "a lamp that is (not) on"
            return [Condition(None, cur.take(), negate)]
        if text == "not" and (cur.peek(1) in L.POSITION_PHRASES or nominal and self.relation(cur.peek(1))):
            # "is the circle not above the square?", "is it not on the left side?": what it is not
            cur.take()
            denied = self._predicate_item(nominal=False, same=same, adjectives=False)
            if len(denied) != 1 or not isinstance(denied[0], Condition | Related):
                cur.fail("one place it is not")
            if isinstance(denied[0], Condition):
                return [replace(denied[0], negate=not denied[0].negate)]
            return [replace(denied[0], denied=True)]
        predicate = self.relation(text)
        if predicate is not None:
            cur.take()
            anchor = self.noun_phrase(conjoin=False, same=same)
            if predicate in _BETWEEN_AXES and cur.accept("and"):  # two anchors: "between the cube and the ball"
                return [Between(anchor, self.noun_phrase(conjoin=False, same=same), _BETWEEN_AXES[predicate])]
            return [self.related(predicate, anchor)]
        if self.verb_here():
            start = cur.index
            try:
                return [self.verb_clause(object_relative=False, same=same)]
            except Backtrack:  # "the man that is standing leaning on ...": a state, then more
                cur.index = start
                if not adjectives:
                    raise
                return [self._state_word()]
        if adjectives and self.verb_at() and L.LEXICON.attribute_of(text) is None:
            return [self._state_word()]
        if adjectives and self._adjectives_here():
            negate = cur.accept("not")
            conditions = []
            while self._adjective_word(cur.peek(), first=not conditions):
                found = L.LEXICON.attribute_of(cur.peek())
                attribute, value = found if found is not None else (None, cur.peek())
                cur.take()
                conditions.append(Condition(attribute, value, negate))
            if not conditions:
                cur.fail("an adjective")
            while negate and cur.peek() in {"or", "nor"} and L.LEXICON.attribute_of(cur.peek(1)) is not None:
                cur.take()  # "that isn't red or white": neither
                found = L.LEXICON.attribute_of(cur.take())
                assert found is not None
                conditions.append(Condition(found[0], found[1], True))
            return conditions
        if nominal:
            # "is the triangle not the biggest shape?", "... blue and not the biggest shape": what it is not
            denied = text == "not" and cur.peek(1) in {"the", "a", "an"} and bool(cur.take())
            text = cur.peek()
            if cur.peek(1) in CLAUSE_ENDS and not looks_nominal(text):  # "is the cube fnorbly?": no guess
                cur.fail(f"a word it knows instead of {text!r}")
            phrase = self.noun_phrase(conjoin=False)
            if denied and phrase.plural:  # "are the circles red but not the squares": the squares are not red
                cur.fail("one thing it is not")
            phrase.denied = denied
            return [phrase]
        cur.fail("a relation, a verb or an adjective")
        return []

    def _state_word(self) -> Condition:
        word = self.cur.take()
        found = L.LEXICON.attribute_of(word)
        return Condition(found[0], found[1]) if found else Condition(None, word)

    def _adjective_word(self, text: str, *, first: bool) -> bool:
        """A known adjective, or (first after "is"/"not") an unknown word that ends the predicate: "ugly"."""
        if L.LEXICON.attribute_of(text) is not None:
            return True
        if not first or not text or text in STOP_WORDS or text in L.RELATION_PHRASES or " " in text:
            return False
        return (
            self.cur.peek(1) in CLAUSE_ENDS | {"both"}
            and singular(text) == text
            and L.LEXICON.noun(text) is None
            and looks_adjective(text)
        )

    def _adjectives_here(self) -> bool:
        """Whether the item is adjectives ("red", "not sparse"), not a noun phrase ("red cubes")."""
        offset = 1 if self.cur.peek() == "not" else 0
        if not self._adjective_word(self.cur.peek(offset), first=True):
            return False
        while L.LEXICON.attribute_of(self.cur.peek(offset)) is not None:
            offset += 1
        following = self.cur.peek(offset)
        return (
            not following
            or following in STOP_WORDS
            or following in L.RELATION_PHRASES
            or following in L.POSITION_PHRASES
            or following in L.SCENE_LOCATORS
            or following in COPULA  # "the cubes that are red are ...": the relative clause ends
            or following in {"are there", "is there"}
            # "the cylinder that is not metal: colour?": the attribute asked ends the question
            or (following in {"color", "shape", "size", "material"} and self.cur.peek(offset + 1) in CLAUSE_ENDS)
            or self.is_verb(following)
        )

    def material(self) -> Condition:
        """The material after "made of": "wood", "metal", or an unknown word."""
        found = L.LEXICON.attribute_of(self.cur.peek())
        if found is None and (not self.cur.peek() or self.cur.peek() in STOP_WORDS):
            self.cur.fail("a material")
        word = self.cur.take()
        return Condition("material", found[1] if found is not None else word)

    @staticmethod
    def related(predicate: str, anchor: NounPhrase) -> Related | Condition:
        """A relation, or a position when its object is the picture ("on the left side of the image"; a
        "picture" may be a painting, so only photo/image/scene words count)."""
        picture_words = PICTURE_WORDS if predicate in PICTURE_PARTS else PICTURE_WORDS - {"picture"}
        if anchor.name in picture_words and not anchor.clauses and predicate in PICTURE_POSITIONS:
            return Condition(*PICTURE_POSITIONS[predicate])
        return Related(predicate, anchor)

    def same_as(self) -> SameAs:
        """``"the same" ATTRIBUTE "as" noun_phrase`` (after "that has", "of", "made of" ...)."""
        cur = self.cur
        cur.expect("the same")
        attribute = L.ATTRIBUTE_NAMES.get(cur.peek()) or cur.fail("an attribute (color, size, shape, material)")
        cur.take()
        cur.expect("as")
        return SameAs(attribute, self.noun_phrase(conjoin=False))

    # --- verbs ---------------------------------------------------------------------------------------------
    def verb_phrase(self) -> str:
        """A verb and its particles, as GQA spells predicates: "sitting on top of", "parked behind"."""
        cur = self.cur
        words = [ing_form(cur.take())]
        while cur.peek() in PARTICLES and not (cur.peek() == "to" and cur.peek(1) in DEFINITE):
            words.append(cur.take())
        return canonical_predicate(" ".join(words))

    def verb_clause(self, *, object_relative: bool, same: bool = True) -> Related:
        """ "wearing a hat" (the head is the subject) or, ``object_relative``, "the man is holding" / "the
        tablecloth is to the left of" (the head is the object)."""
        cur = self.cur
        if self.verb_at() or cur.peek() in L.VERBS:
            predicate = self.verb_phrase()
            verb, _, by = predicate.rpartition(" ")
            if by == "by" and verb in L.PASSIVES:  # "the tie worn by the man": the man is wearing it
                return Related(L.PASSIVES[verb], self.noun_phrase(conjoin=False, same=same), role="object")
            return Related(predicate, self.noun_phrase(conjoin=False, same=same))
        if not object_relative:
            cur.fail("a verb")
        subject = self.noun_phrase(conjoin=False, same=same)
        cur.accept_one(COPULA | {"does", "do"})
        return Related(self.stranded(), subject, role="object")

    def stranded(self) -> str:
        """A verb (with its particles) or a relation with no object after it: "holding", "sitting on",
        "in front of"."""
        cur = self.cur
        text = cur.peek()
        if text in L.LOCATED and cur.peek(1) in L.RELATION_PHRASES:
            cur.take()
            text = cur.peek()
        if (
            self.is_verb(text)
            or text in L.VERBS
            or (text.endswith("s") and self.cur.peek(1) in VERB_FOLLOWERS and L.LEXICON.noun(text) is None)
        ):
            return self.verb_phrase()
        predicate = self.relation(text)
        if predicate is None:
            cur.fail("a verb or a relation")
        cur.take()
        cur.accept("of")
        return predicate


@lru_cache(maxsize=4096)
def _is_verb(text: str) -> bool:
    if text in L.ING_NOUNS or " " in text:
        return False
    if text.endswith("ing") and len(text) > 4:
        return text in L.MORE_ING_VERBS or text in VERB_INGS
    return text in L.PARTICIPLES or (text.endswith("s") and text[:-1] in L.VERBS and text != "has")


def looks_adjective(word: str) -> bool:
    """Whether an unknown word may stand as an adjective after "is" ("is the dog ugly?"): it must have an
    adjective's ending; anything else ("is the cube fnorbly?") is refused rather than guessed.

    >>> looks_adjective("furry"), looks_adjective("sunlit"), looks_adjective("expensive")
    (True, False, True)
    """
    return word.endswith(L.ADJECTIVE_SUFFIXES + ("y", "ive", "al", "ic", "able", "ible", "ant", "ent", "ar", "en"))


def looks_nominal(word: str) -> bool:
    """Whether a bare word after "is" may be a noun ("is it food?"), i.e. a known noun or a plural."""
    return L.LEXICON.noun(word) is not None or singular(word) != word


def ing_form(verb: str) -> str:
    """The -ing form GQA writes for a verb in any form ("wears", "wear" -> "wearing"; "sits" -> "sitting").

    >>> ing_form("wears"), ing_form("sits"), ing_form("rides"), ing_form("watches"), ing_form("parked")
    ('wearing', 'sitting', 'riding', 'watching', 'parked')
    """
    if verb.endswith("ing") or verb in L.PARTICIPLES or verb.endswith("ed"):
        return verb
    base = verb
    if verb not in L.VERBS and verb.endswith("s") and not verb.endswith("ss"):
        if verb.endswith(("ches", "shes", "sses", "xes")):
            base = verb[:-2]
        elif verb.endswith("ies") and len(verb) > 4:
            base = verb[:-3] + "y"
        else:
            base = verb[:-1]
    if base in L.VERBS:
        return L.VERBS[base]
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    vowels = "aeiou"
    if (
        len(base) <= 4
        and len(base) >= 3
        and base[-1] not in vowels + "wxy"
        and base[-2] in vowels
        and base[-3] not in vowels
    ):
        return base + base[-1] + "ing"
    return base + "ing"


_BETWEEN_AXES = {"between": None, "horizontally between": "x", "vertically between": "y"}
"""The axis an order between two things is read along ("horizontally between"); None: on the way from one to the
other."""
