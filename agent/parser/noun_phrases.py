"""The noun-phrase grammar (recursive descent over tokens).

::

    noun_phrase  := pronoun | [determiner] [ordinal] ["other"] word* head ["'s" word* head] [post_modifier]*
    word         := adjective (a known attribute value) | noun word (compounds: "tennis player")
    post_modifier:= position ("on the left") | "from the" direction (after an ordinal) | "made of" material
                  | [that|which|who] (is|are|looks) predicate
                  | [that|which|who] (has|have) "the same" ATTRIBUTE "as" noun_phrase
                  | relation noun_phrase | verb noun_phrase | (of|made of|have) "the same" ATTRIBUTE "as" noun_phrase
                  | [that] noun_phrase (is|are) verb|relation        (object relative: "the hat the man is wearing")

A relation's object is parsed without "and"-conjoined relations, so "the cube that is both left of the ball and
behind the cylinder" attaches both relations to the cube (as CLEVR means it). Predicates are in
:mod:`~nsvr.agent.parser.predicates`.
"""

from __future__ import annotations

from dataclasses import dataclass

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.phrases import Condition, NounPhrase, OneOf, Related
from nsvr.agent.parser.predicates import (
    COPULA,
    DEFINITE,
    PICTURE_WORDS,
    STOP_WORDS,
    VERB_INGS,
    Item,
    PredicateGrammar,
)
from nsvr.agent.parser.tokens import Backtrack, Cursor
from nsvr.scene_graph.names import known_name, name_matches, names_a_kind, singular

INDEFINITE = {"a", "an", "any", "some", "another", "all", "every", "either"}
PLURAL_DETERMINERS = {"these", "those", "both", "all", "each"}
PRONOUNS = {"it", "they", "them", "this", "that"}
DEMONSTRATIVES = {"this", "that", "it"}
"""Without a noun after it (and no antecedent): the thing the picture shows."""
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "they", "them"}
RELATIVE = {"that", "which", "who", "whom"}
SAYS = {"says", "say", "reads", "read"}
TEXT_STOPS = {"", "?", ".", "!", ",", ";", "and", "or", "is", "are"}
"""Where the words an object says end in a noun phrase ("the sign that says stop, is it red")."""
LOOK_VERBS = {"look", "looks", "seem", "seems", "appear", "appears"}
SKIPPED_LOCATORS = set(L.SCENE_LOCATORS) - {"there", "here", "visible"}
ORDER_OPPOSITE = {
    "left": "right",
    "right": "left",
    "top": "bottom",
    "bottom": "top",
    "front": "behind",
    "behind": "front",
}


_SOME_ONE = frozenset({"anything", "something", "anyone", "anybody", "someone", "somebody", "any", "some"})
"""Heads that "else" leaves open (something other than what?), unlike "everything else" (all the rest)."""


@dataclass
class Context:
    """What the question established before the current clause ("There is a cube; ..." makes "it" the cube)."""

    antecedent: NounPhrase | None = None
    bare: bool = False
    """The question is a bare noun phrase as asked ("Red cubes?"), not what is left of a request."""


_EDGES = frozenset({"top", "bottom", "left", "right"})
"""The edges of the picture a thing may be closest to ("the shape closest to the left edge": the leftmost)."""
_CENTRES = frozenset({"center", "centre", "middle"})
_FRAMES = PICTURE_WORDS | {"frame", "figure", "drawing", "canvas"}
"""What an edge may be said to be of ("the top of the drawing")."""
_NOT_RELATING = frozenset(L.words("is, are, was, were, and, or, but, does, do, did, has, have, about")) | {
    "",
    ",",
    ";",
    ".",
    "?",
}
"""Words before an "it" that take it as no relation's or comparison's object ("... and is it red?")."""
_OUTWARD_FROM = {"right": "left", "left": "right", "behind": "front", "front": "behind"}
"""Where counting starts among things placed from one anchor: the first thing right of it is the leftmost of them."""
_OPPOSITE = {"left": "right", "right": "left", "front": "behind", "behind": "front"}


_PLACES_APART = frozenset({"left", "right", "above", "below", "front", "behind", "near", "next to", "beside"})
"""Places no object stands in from itself: the one thing "not left of X" is never X."""


class NounPhraseGrammar(PredicateGrammar):
    def __init__(self, cursor: Cursor, context: Context | None = None) -> None:
        self.cur = cursor
        self.context = context or Context()
        self.joiner: str | None = None
        """The connective ("and"/"or") that joined the items of the last predicate."""
        self.depth = 0
        """How many noun phrases are being parsed, one inside another ("the cube left of [the ball]": 2)."""
        self.last_definite: NounPhrase | None = None
        """The last described object ("the small cube"): what a later "it" in the same question points at
        ("left of the cube and in front of it")."""

    def noun_phrase(
        self, *, conjoin: bool = True, same: bool = True, modifiers: bool = True, positions: bool = True
    ) -> NounPhrase:
        """Parse one noun phrase (see :meth:`_noun_phrase`), counting how deep inside others it stands."""
        self.depth += 1
        try:
            return self._noun_phrase(conjoin=conjoin, same=same, modifiers=modifiers, positions=positions)
        finally:
            self.depth -= 1

    def _noun_phrase(
        self, *, conjoin: bool = True, same: bool = True, modifiers: bool = True, positions: bool = True
    ) -> NounPhrase:
        """Parse one noun phrase. ``conjoin``: may take "and <relation>" clauses; ``same``: may take "the same
        ATTRIBUTE as" clauses; ``modifiers``: may take post-modifiers at all; ``positions``: may take "on the
        left" (a yes/no question may want it as its predicate instead)."""
        cur = self.cur
        cur.spend()
        text = cur.peek()
        if text in PRONOUNS and self.context.antecedent is not None and text != "that":
            cur.take()
            return self.context.antecedent
        if text == "it" and self.last_definite is not None and not _a_person(self.last_definite):
            cur.take()
            return self._it_related_to(self.last_definite)
        if text in PERSONAL_PRONOUNS - {"they", "them"} and not (text == "her" and self._noun_ahead()):
            cur.take()
            np = NounPhrase(name="person", definite=True, plural=text in {"they", "them"})
        elif text in DEMONSTRATIVES and not self._followed_by_noun():
            cur.take()
            np = NounPhrase(definite=True)
        else:
            np = NounPhrase()
            determiner = cur.accept_one(DEFINITE | INDEFINITE)
            if determiner is not None:
                np.definite = determiner in DEFINITE
                np.plural = determiner in PLURAL_DETERMINERS
                np.every = determiner in {"all", "every", "each", "both"}
                cur.accept_one({"the", "these", "those"})  # "both the people", "all these animals"
                np.only = determiner == "the" and cur.accept("only")
            if cur.accept("oddball"):  # "the odd one out" (normalized): the one unlike the rest
                np.odd = "any"
                if cur.accept("by"):
                    np.odd = L.ATTRIBUTE_NAMES.get(cur.peek()) or cur.fail("an attribute")
                    cur.take()
                np.definite = True
                if cur.accept_one({"among", "of"}):  # "the odd one out among the red shapes": one of them
                    among = self.noun_phrase(conjoin=False, same=False)
                    np.name, np.conditions, np.clauses = among.name, among.conditions, among.clauses
            else:
                self._ordinal(np)
                np.other = cur.accept_one({"other", "else"}) is not None
                self._head(np, has_determiner=determiner is not None, generic=determiner in {"any", "some"})
            if cur.accept("'s"):  # "the lady's hair": the possessed object (scene graphs rarely link owners)
                np = NounPhrase(definite=True)
                self._head(np, has_determiner=True)
            if cur.peek(1) != "than" and cur.accept_one({"else", "other"}) == "else":
                # "is anything else metal" leaves open what it is else than; "everything else" is the rest of them
                np.said_else = cur.texts[cur.index - 2] in _SOME_ONE
        if modifiers:
            self.post_modifiers(np, conjoin=conjoin, same=same, positions=positions)
        if np.ordinal is not None and np.ordinal[0] == "?":  # no "from the ...": counted from the left, or
            # outwards from the one thing they are placed from ("the first thing behind the cube": the nearest)
            sides = [c.predicate for c in np.clauses if isinstance(c, Related) and c.predicate in _OUTWARD_FROM]
            start = _OUTWARD_FROM[sides[0]] if len(sides) == 1 and len(np.clauses) == 1 else "left"
            np.ordinal = (_OPPOSITE[start], 1) if np.ordinal[1] == -1 else (start, np.ordinal[1])
        if np.singular_definite and (np.name is not None or np.conditions or np.clauses):
            self.last_definite = np
        return np

    def _edge_of_picture(self) -> str | None:
        """ "the top", "the left edge", "the bottom of the image" after "closest to": the edge (taken), else None."""
        return self._place_of_picture(_EDGES, {"edge", "side", "border", "part"})

    def _centre_of_picture(self) -> bool:
        """ "the centre", "the middle of the image" after "closest to": the picture's centre (taken)."""
        return self._place_of_picture(_CENTRES, set()) is not None

    def _place_of_picture(self, places: frozenset[str] | set[str], parts: set[str]) -> str | None:
        """ "the PLACE [PART] [of the picture]", never a thing's ("the top of the box"): the place (taken), else
        None with the cursor where it was."""
        cur = self.cur
        start = cur.index
        if cur.accept("the") and cur.peek() in places:
            place = cur.take()
            cur.accept_one(parts)
            if cur.peek() == "of" and cur.peek(1) == "the" and cur.peek(2) in _FRAMES:
                cur.index += 3
            if cur.peek() not in {"of", "'s"}:
                return place
        cur.index = start
        return None

    def _it_related_to(self, last: NounPhrase) -> NounPhrase:
        """What "it" points at where a relation or a comparison takes it as its object: never the thing the relation
        is said of, which would be "itself", so of "the object right of the red figure" the red figure ("is the
        object to the right of the red figure also above it?")."""
        before = self.cur.texts[self.cur.index - 2] if self.cur.index >= 2 else ""
        if before in _NOT_RELATING:
            return last
        anchors = [c.anchor for c in last.clauses if isinstance(c, Related) and c.anchor is not None]
        if last.nearest is not None:  # "is the circle farthest from the square left or right of it": the square
            anchors.append(last.nearest[0])
        return anchors[-1] if len(anchors) == 1 and anchors[-1].singular_definite else last

    def _ordinal(self, np: NounPhrase) -> None:
        cur = self.cur
        word = cur.peek()
        if word in L.ORDINALS or word == "last":
            cur.take()
            np.ordinal = ("?", L.ORDINALS.get(word, -1))
            if word != "last" and cur.peek() in L.SUPERLATIVES:  # "the second largest ball"
                np.ordinal = (L.SUPERLATIVES[cur.take()], L.ORDINALS[word])
        elif word in L.SUPERLATIVES:
            cur.take()
            np.ordinal = (L.SUPERLATIVES[word], 1)

    def _head(self, np: NounPhrase, has_determiner: bool, generic: bool = False) -> None:
        """Adjectives, then noun words, up to the first word that cannot be part of the phrase. ``generic``: after
        "any"/"some", adjectives alone describe any object ("any red?" asks for red things, not a "red")."""
        cur = self.cur
        nouns: list[str] = []
        adjectives: list[tuple[str | None, str]] = []
        either: list[list[tuple[str | None, str]]] = []  # "red or large shapes": the adjectives said before "or"
        while True:
            text = cur.peek()
            if text == "or" and adjectives and not nouns and self._adjectives_then_noun(1):
                either.append(adjectives)
                adjectives = []
                cur.take()
                continue
            if not self._may_continue_head(text, adjectives or has_determiner):
                break
            if text in L.PIECE_WORDS:
                cur.take()
                continue
            if (text in L.NUMBERS or text.isdigit()) and has_determiner and not nouns and cur.peek(-1) in DEFINITE:
                cur.take()  # "the two people": the definite set, however many
                np.plural = True
                continue
            if (
                text in L.NUMBERS
                or text.isdigit()
                or (
                    text == "one"
                    and not adjectives
                    and self._followed_by_noun()
                    and cur.peek(1) not in L.POSITION_PHRASES  # "the one on the left"
                )
            ):
                break  # "two cubes": the language has no numbers to compare with; refused, not read as a name
            if (
                text == "non"
                and not nouns
                and L.LEXICON.attribute_of(cur.peek(1)) is not None
                and (L.LEXICON.noun(cur.peek(1)) is None or L.LEXICON.noun(cur.peek(2)) is not None)
            ):
                cur.take()  # "non metal objects": objects that are not metal
                adjectives.append((*L.LEXICON.attribute_of(cur.take()), True))  # type: ignore[arg-type]
                continue
            if text in L.NEVER_NOUNS and L.LEXICON.noun(text) is None and L.LEXICON.attribute_of(text) is None:
                if not (text == "can" and not nouns and (adjectives or has_determiner) and self._can_is_noun()):
                    break
            attribute = L.LEXICON.attribute_of(text)
            noun = L.LEXICON.noun(text)
            if nouns:  # the head has started: only more noun words continue it ("tennis player")
                if attribute is not None and noun is None and self._followed_by_noun():
                    # "fluorescent zebra striped teapot": the words so far were modifiers after all
                    adjectives.extend((None, word) for word in nouns)
                    nouns = []
                    adjectives.append(attribute)
                elif noun is None and (attribute is not None or self.verb_at() or text in L.VERBS):
                    break
                elif noun is None and _ends_head(nouns[-1], text):
                    break  # "a dog barking", "spheres glow": a verb the grammar does not know, never part of a name
                else:
                    nouns.append(text)
            elif noun is not None:
                nouns.append(text)
            elif attribute is not None and not (self.is_verb(text) and not self._followed_by_noun()):
                adjectives.append(attribute)
            elif self.is_verb(text) and (text in VERB_INGS or not self._followed_by_noun()):
                break
            elif self._followed_by_noun() and (text.endswith(L.ADJECTIVE_SUFFIXES) or self.is_verb(text)):
                adjectives.append((None, text))  # "printed book", "shirtless man", "flying airplane"
            else:
                nouns.append(text)
            cur.take()
        if not nouns:
            # "exactly one square": a shape's name may end a phrase without a determiner
            if not adjectives or not (has_determiner or adjectives[-1][1] in L.SHAPE_NOUNS):
                cur.fail("a noun")
            if generic and all(a[0] is not None for a in adjectives) and cur.peek() in {"", "?", "!", "."}:
                nouns.append("thing")  # "any red?", "some big and shiny?": the adjectives name no object
            else:
                nouns.append(adjectives.pop()[1])
        if either:  # shapes that are red or large: one option per run of adjectives
            options = [NounPhrase(conditions=[Condition(*a) for a in run]) for run in [*either, adjectives]]
            np.clauses.append(OneOf(options))
        else:
            np.conditions.extend(Condition(*adjective) for adjective in adjectives)
        self._name(np, nouns)

    def _adjectives_then_noun(self, offset: int) -> bool:
        """Whether known adjectives, then a noun, start at ``offset`` ("large shapes" after "red or")."""
        k = offset
        while L.LEXICON.attribute_of(self.cur.peek(k)) is not None:
            k += 1
        return k > offset and L.LEXICON.noun(self.cur.peek(k)) is not None

    def _can_is_noun(self) -> bool:
        """ "the big red can", "is the gray can tiny": "can" after a determiner or an adjective names a tin, unless a
        subject follows it ("what can you see")."""
        return self.cur.peek(1) not in _MODAL_FOLLOWERS

    @staticmethod
    def _may_continue_head(text: str, after_modifier: bool | list) -> bool:
        if not text or text in L.RELATION_PHRASES or text in L.POSITION_PHRASES or text in SKIPPED_LOCATORS:
            return False
        if text in STOP_WORDS:
            return text == "one" and bool(after_modifier)
        if " " in text:
            return text in L.LEXICON.nouns or text in L.LEXICON.attributes or text in L.PIECE_WORDS
        return True

    def _noun_ahead(self) -> bool:
        """Whether a noun follows the next word's adjectives ("her red hat", not "her soft and white")."""
        offset = 1
        while L.LEXICON.attribute_of(self.cur.peek(offset)) is not None:
            offset += 1
        following = self.cur.peek(offset)
        return bool(following) and following not in STOP_WORDS and following not in L.RELATION_PHRASES

    def _another_noun_phrase(self) -> bool:
        """Whether a noun phrase follows the next word (a connective): determiners and adjectives, then a noun."""
        offset = 1
        while self.cur.peek(offset) in {"the", "all"} or (
            L.LEXICON.attribute_of(self.cur.peek(offset)) is not None and L.LEXICON.noun(self.cur.peek(offset)) is None
        ):
            offset += 1
        word = self.cur.peek(offset)
        # "other than the cups and the plate": the kinds a photo's graph names too
        return L.LEXICON.noun(word) is not None or (bool(word) and word not in STOP_WORDS and names_a_kind(word))

    def _followed_by_noun(self) -> bool:
        following = self.cur.peek(1)
        return bool(following) and following not in STOP_WORDS and following not in L.RELATION_PHRASES

    @staticmethod
    def _name(np: NounPhrase, nouns: list[str]) -> None:
        last = nouns[-1]
        known = L.LEXICON.noun(last)
        if known is not None:
            name, plural = known
        else:
            name = singular(last)
            plural = name != last
        np.plural = np.plural or plural
        if len(nouns) > 1 and name == "thing":  # "clothing item" is clothing
            nouns, name = nouns[:-1], L.NAME_SYNONYMS.get(nouns[-2], nouns[-2])
        if len(nouns) > 1:
            name = " ".join([*nouns[:-1], name])
            name = L.NAME_SYNONYMS.get(name, name)
        np.name = None if name == "thing" else name

    # --- post-modifiers ------------------------------------------------------------------------------------
    def post_modifiers(
        self, np: NounPhrase, *, conjoin: bool = True, same: bool = True, positions: bool = True
    ) -> None:
        cur = self.cur
        while not cur.at_end():
            start = cur.index
            try:
                if self._post_modifier(np, conjoin=conjoin, same=same, positions=positions):
                    continue
            except Backtrack:
                pass
            cur.index = start
            return

    def _post_modifier(self, np: NounPhrase, *, conjoin: bool, same: bool, positions: bool) -> bool:  # noqa: C901
        cur = self.cur
        text = cur.peek()
        if text in RELATIVE and cur.peek(1) in SAYS:  # "the thing that says stop": what it says picks it out
            cur.index += 2
            words = []
            # the words end where a place begins ("the box that says 42 left of the circle"); a label may be
            # such a word itself ("the button that says left")
            while (
                cur.peek() not in TEXT_STOPS
                and cur.peek().split(" ")[0] not in TEXT_STOPS
                and not (words and (cur.peek() in L.RELATION_PHRASES or cur.peek() in L.POSITION_PHRASES))
            ):
                words.append(cur.take())
            if not words:
                cur.fail("the words it says")
            np.conditions.append(Condition("text", " ".join(words)))
            return True
        if (
            np.ordinal is None
            and L.POSITION_PHRASES.get(text, (None, ""))[1] == "middle"
            and cur.peek(1) == "from"
            and cur.peek(2) == "the"
            and cur.peek(3) in L.ORDER_DIRECTIONS
        ):  # "the cup in the middle from the left": the middle one of the row (rank 0), not the picture's middle
            cur.index += 3
            np.ordinal = (L.ORDER_DIRECTIONS[cur.take()], 0)
            return True
        if text in L.POSITION_PHRASES and positions and cur.peek(1) != "or":
            cur.take()
            cur.accept_one({"side", "part"})
            cur.accept_one(L.SCENE_LOCATORS)
            np.conditions.append(Condition(*L.POSITION_PHRASES[text]))
            return True
        if cur.texts[cur.index - 1] in L.GENERIC_PRONOUNS and L.LEXICON.attribute_of(text) is not None:
            while L.LEXICON.attribute_of(cur.peek()) is not None:  # "anything red", "something big and shiny"
                np.conditions.append(Condition(*L.LEXICON.attribute_of(cur.take())))  # type: ignore[misc]
                if cur.peek() == "and" and L.LEXICON.attribute_of(cur.peek(1)) is not None:
                    cur.take()
            return True
        if text == "and" and cur.peek(1) in L.POSITION_PHRASES and _placed(np):  # "at the top and on the right"
            cur.take()
            return True
        if text == "other" and cur.peek(1) == "than":
            cur.index += 2
            while True:
                excluded = self.noun_phrase(conjoin=False, same=False)
                if excluded.name is None and not excluded.clauses:  # "other than the big one": one of the same kind
                    excluded.name = np.name
                if _takes_nothing_from(np, excluded):
                    return False  # "the objects on the table other than the cups": said of the objects, not the table
                np.excluded.append(excluded)
                # "other than spheres and cylinders": both are taken out, not the cylinders added
                if cur.peek() not in {"and", "or", "nor"} or not self._another_noun_phrase():
                    return True
                cur.take()
        if text in SKIPPED_LOCATORS or (text in {"there", "here"} and cur.peek(1) in RELATIVE):
            cur.take()
            return True
        if np.ordinal is not None and np.ordinal[0] == "?" and cur.accept("from", "the"):
            direction = cur.accept_one(L.ORDER_DIRECTIONS) or cur.fail("left, right, top, bottom, front or back")
            by, index = L.ORDER_DIRECTIONS[direction], np.ordinal[1]
            np.ordinal = (ORDER_OPPOSITE[by], 1) if index == -1 else (by, index)
            return True
        nearest = L.DISTANCE_SUPERLATIVES
        if text in nearest or (text in RELATIVE and cur.peek(1) in COPULA and cur.peek(2) in nearest):
            if text in RELATIVE:  # "the cube that is closest to the ball"
                cur.index += 2
            farthest = nearest[cur.take()]
            cur.accept_one({"to", "from"}) or cur.fail("'to'")
            edge = self._edge_of_picture()
            if edge is not None and np.ordinal is None:  # "the shape closest to the top": the topmost one
                np.ordinal = (ORDER_OPPOSITE[edge] if farthest else edge, 1)
                return True
            if not farthest and np.ordinal is None and self._centre_of_picture():
                np.ordinal = ("centre", 1)  # "the shape nearest the centre (of the picture)"
                return True
            anchor = self.noun_phrase(conjoin=False, same=same)
            if anchor.excluded and not np.excluded:
                # "the shape closest to the orange one other than the rectangle": the one anchor is never what is
                # left out; the candidates are
                np.excluded, anchor.excluded = anchor.excluded, []
            np.nearest = (anchor, farthest)
            return True
        if text in {"made of", "made out of"} and cur.peek(1) != "the same":
            cur.take()
            np.conditions.append(self.material())
            return True
        if self._negated_clause(np, same=same):
            return True
        if cur.peek() in RELATIVE:
            start = cur.index
            cur.take()
            if cur.peek() in L.RELATION_PHRASES:  # "the man that to the left of the clock" (sic)
                items = self.predicate(conjoin=conjoin, nominal=False, same=same)
            elif cur.accept_one(COPULA):
                items = self.predicate(conjoin=conjoin, nominal=False, same=same)
            elif cur.accept_one(LOOK_VERBS):
                cur.accept("to", "be") or cur.accept("like")
                items = self.predicate(conjoin=conjoin, nominal=False, same=same)
            elif cur.peek() in {"has", "have"} and cur.peek(1) == "the same":
                cur.take()
                items = [self.same_as()]
            else:
                items = [self.verb_clause(object_relative=True, same=same)]
            if self.depth > 1 and _restates(np, items):
                # "a shape under the red thing that is not purple": no red thing is purple, so the clause is said of
                # the shape the question is about, not of the red thing
                cur.index = start
                return False
            self.attach(np, items)
            if same and conjoin and self._condition_follows():  # "that has the same colour as X and is left of it"
                self._further_conditions(np)
            return True
        if same and text in {"of", "made of", "has", "have"} and cur.peek(1) == "the same":
            cur.take()
            self.attach(np, [self.same_as()])
            if conjoin and self._condition_follows():  # "made of the same material as X and the same size as it"
                self._further_conditions(np)
            return True
        if text in L.SIZE_RELATION_PHRASES:  # "is the star bigger than the circle": never "the star bigger than"
            return False
        if text in L.RELATION_PHRASES or self.verb_here() or (text in L.LOCATED and cur.peek(1) in L.RELATION_PHRASES):
            self.attach(np, self.predicate(conjoin=conjoin, nominal=False, same=same, adjectives=False))
            return True
        if text == "of" and cur.peek(1) in DEFINITE and np.name is not None:  # "the hat of the woman"
            cur.take()
            self.attach(np, [self.related("of", self.noun_phrase(conjoin=False, same=same))])
            return True
        if (text in DEFINITE or text in {"he", "she", "they"}) and np.name is not None:
            self.attach(np, [self.verb_clause(object_relative=True)])
            return True
        return False

    def _negated_clause(self, np: NounPhrase, *, same: bool, joined: bool = False) -> bool:
        """ "the cups that are not on the table", "a man not wearing a tie", "the cube that does not touch the
        ball": the objects minus those of the same kind the relation holds for (a negated adjective is a
        condition of the predicate instead). Then "and is red", "and is not behind the ball" go on describing
        them. ``joined``: after "and", where the copula comes without "that"."""
        cur = self.cur
        start = cur.index
        if (cur.accept_one(RELATIVE) or joined) and not (cur.accept_one(COPULA) or cur.accept_one({"does", "do"})):
            cur.index = start
            return False
        if not cur.accept("not"):
            cur.index = start
            return False
        if not self.starts_relation():  # "that are not left of it / not at the top / not wearing a hat"
            return self._not_of_a_kind(np, start)
        excluded = NounPhrase(name=np.name, plural=True)
        try:
            self.attach(excluded, self.predicate(conjoin=False, nominal=False, same=same, adjectives=False))
        except Backtrack:  # "the food that is not sliced called": a negated state, read as a condition
            cur.index = start
            return False
        np.excluded.append(excluded)
        if np.definite and not np.plural:  # "the shape that is not left of the star": one, and never the star
            np.excluded += [
                c.anchor
                for c in excluded.clauses
                if isinstance(c, Related) and c.predicate in _PLACES_APART and c.anchor.singular_definite
            ]
        mark = cur.index
        if cur.accept("and"):
            cur.accept_one(RELATIVE)
            if self._negated_clause(np, same=same, joined=True):
                return True
            try:
                cur.accept_one(COPULA) or cur.fail("'is'")
                self.attach(np, self.predicate(conjoin=True, nominal=False, same=same))
            except Backtrack:
                cur.index = mark
        return True

    def _condition_follows(self) -> bool:
        """Whether "and"/"but"/"yet" comes next with more of what the counted objects are (a relation, a shared
        attribute, a material, or "not ...") rather than a second noun phrase ("cubes and spheres")."""
        cur = self.cur
        k = (
            1
            if cur.peek() in {"and", "but", "yet"}
            else 2
            if cur.peek() == "," and cur.peek(1) in {"but", "yet"}
            else 0
        )
        if not k:
            return False
        while cur.peek(k) in {"also", "still", "at the same time", *COPULA}:
            k += 1
        if cur.peek(k) == "not":
            return True
        text = cur.peek(k)
        return (
            text in L.RELATION_PHRASES
            or text in {"the same", "made of", "made out of"}
            or (text in {"has", "have"} and cur.peek(k + 1) == "the same")
        )

    def _further_conditions(self, np: NounPhrase) -> None:
        """More of what the counted objects are or are not, after "and", "but" or "yet": "left of the cylinder
        but not cubes", "the same size as the cube and smaller than it", "in front of it but not left of it",
        "yet are not cubes themselves"."""
        cur = self.cur
        while True:
            start = cur.index
            cur.accept(",")
            joiner = cur.accept_one({"and", "but", "yet", "while"})
            if joiner is None:
                cur.index = start
                return
            cur.accept_one({"also", "still", "at the same time", "as well"})
            cur.accept_one(COPULA)
            cur.accept_one({"also", "still"})
            if cur.peek() in {"has", "have"} and cur.peek(1) == "the same":
                cur.take()  # "and has the same size as the cube"
            negate = cur.accept("not")
            try:
                if negate and not (self.starts_relation() or cur.peek() in {"the same", "made of", "made out of"}):
                    excluded = self.noun_phrase(conjoin=False)  # "but not cubes", "yet are not cubes themselves"
                    cur.accept_one({"themselves", "itself"})
                    if excluded.name is None and not excluded.conditions:
                        raise Backtrack("nothing left out")
                    np.excluded.append(excluded)
                    continue
                items = self.predicate(conjoin=False, nominal=False)
                if negate:
                    excluded = NounPhrase(name=np.name, plural=True)
                    self.attach(excluded, items)
                    np.excluded.append(excluded)
                else:
                    self.attach(np, items)
            except Backtrack:
                cur.index = start
                return

    def _not_of_a_kind(self, np: NounPhrase, start: int) -> bool:
        """ "the green things that are not cylinders": the objects minus those of a kind named by a noun."""
        cur = self.cur
        articled = cur.accept_one({"a", "an"}) is not None
        word = cur.peek()
        # a word that is also an attribute ("square") names a kind after an article and before no other noun
        # ("not a square", not "not square" nor "not a square table")
        as_kind = articled and L.LEXICON.noun(cur.peek(1)) is None
        known = L.LEXICON.noun(word) is not None and L.LEXICON.attribute_of(word) is None
        # after an article an open-vocabulary noun, or an attribute word, names a kind too ("a rectangle that is
        # not a square"), where the kind is one of the noun's own ("the table that isn't a cup" is not meant)
        of_its_kinds = np.name is None or name_matches(np.name, singular(word))
        if not (known or (as_kind and word.isalpha() and of_its_kinds)):
            cur.index = start
            return False
        try:
            excluded = self.noun_phrase(conjoin=False, same=False, modifiers=False)
        except Backtrack:
            cur.index = start
            return False
        np.excluded.append(excluded)
        return True

    @staticmethod
    def attach(np: NounPhrase, items: list[Item]) -> None:
        """Add predicate items to a noun phrase: conditions filter it, clauses relate it."""
        for item in items:
            if isinstance(item, Condition):
                np.conditions.append(item)
            elif isinstance(item, NounPhrase):
                np.clauses.append(OneOf([item]))
            else:
                np.clauses.append(item)


def _restates(np: NounPhrase, items: list) -> bool:
    """Whether a relative clause only says of ``np`` a value of an attribute its own words already fix, so that it
    restricts nothing ("the red thing that is not purple", "... that is red") or leaves nothing ("the red thing that
    is blue", "... that is not red")."""
    fixed = {c.attribute: c.value for c in np.conditions if c.attribute is not None and not c.negate}
    return bool(items) and all(isinstance(i, Condition) and i.attribute in fixed for i in items)


def _a_person(np: NounPhrase) -> bool:
    """Whether the noun phrase names people, whom "it" never points back at ("is the woman holding it")."""
    return np.name is not None and name_matches("person", np.name)


def _placed(np: NounPhrase) -> bool:
    """Whether the noun phrase's last condition is a position in the picture."""
    return bool(np.conditions) and np.conditions[-1].attribute in {"hposition", "vposition"}


_MODAL_FOLLOWERS = frozenset("you i we they he she it one someone anyone there be see be".split())


def _ends_head(previous: str, text: str) -> bool:
    """Whether an unknown word after a noun cannot extend it into a compound name: an -ing word that is no
    noun ("barking", "levitating"), or any word after a known plural ("spheres glow"; compounds take the
    singular: "tennis ball", not "tennis balls player")."""
    if text.endswith("ing") and len(text) > 4 and text not in L.ING_NOUNS:
        return True
    if singular(previous) != previous and known_name(singular(previous)) and known_name(singular(text)):
        return True  # "how many vehicles - buses and cars": two kinds said in turn ("bus stop", not "buses stop")
    known = L.LEXICON.noun(previous)
    return known is not None and known[1] and previous not in L.IRREGULAR_NOUNS and singular(previous) != previous


def _takes_nothing_from(np: NounPhrase, excluded: NounPhrase) -> bool:
    """Whether taking ``excluded`` out of ``np`` can change nothing: one thing named as a kind the excluded
    things are not, nor the other way round ("the table other than the cups")."""
    if not np.singular_definite or np.plural or np.name is None or excluded.name is None:
        return False
    return not name_matches(np.name, excluded.name) and not name_matches(excluded.name, np.name)
