"""Yes/no and either/or questions about photos and robot scenes (GQA's phrasing and everyday questions).

::

    verify          := (is|are) NP PREDICATE | (does|do) NP (look|seem|appear) [to be|like] PREDICATE
                     | (does|do) NP VERB NP | (does|do) NP have ADJ ATTRIBUTE [and ADJ ATTRIBUTE]
    declarative     := NP (is|are) PREDICATE                         (after "do you think" is dropped)
    choose_relation := (is|are) NP RELATION or RELATION NP           "Is the man to the left or right of the woman?"
    choose_position := (is|are) NP POSITION or POSITION               "Is the cat on the left or on the right?"
    how_look        := how (does|do) NP look [like] "," A or B

"Or" between values makes a ``choose``; "and" an ``and`` of checks. A relation is checked like GQA checks it:
spatial ones from the anchor ("is there a man left of the woman"), verbs from the subject ("is the man wearing
a hat").
"""

from __future__ import annotations

from dataclasses import replace

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.noun_phrases import LOOK_VERBS
from nsvr.agent.parser.phrases import Between, Condition, NounPhrase, Related
from nsvr.agent.parser.predicates import COPULA, DETERMINERS, PICTURE_WORDS, VERB_INGS
from nsvr.agent.parser.questions import CLAUSE_WORDS, ClevrFrames
from nsvr.agent.parser.tokens import Backtrack
from nsvr.scene_graph import program as P
from nsvr.scene_graph.names import canonical_predicate, name_matches, singular
from nsvr.scene_graph.ops import SIZE_RELATIONS
from nsvr.scene_graph.program import Role

_COMPARED_PLACES = frozenset({"above", "below", "left", "right"})
"""Where a comparative said as a place ("higher", "further left") puts one object from another."""
_COMPARATIVES = frozenset({"higher", "lower", "further", "farther", "more"})
"""Words that start a place said as a comparison ("higher", "further left"), answered as said."""


def _comparison(said: str) -> bool:
    """Whether ``said`` is a comparison offered as a relation: a size ("bigger") or a place said as a comparative
    ("higher", "further left")."""
    first = said.split()[:1]
    return said in SIZE_RELATIONS or (
        bool(first) and first[0] in _COMPARATIVES and canonical_predicate(said) in _COMPARED_PLACES
    )


_REFERENCE_PHRASES = (
    "relative to",
    "compared to",
    "compared with",
    "in relation to",
    "with respect to",
    "in comparison to",
    "in comparison with",
)

SIDES = {
    "left": ("hposition", "left"),
    "right": ("hposition", "right"),
    "top": ("vposition", "top"),
    "bottom": ("vposition", "bottom"),
    "middle": ("hposition", "middle"),
}
PREDICATE_STARTS = set(L.words("not, both, either, made of, made out of, a, an, the, of, have, has")) | LOOK_VERBS
"""Words a predicate may start with (besides relations, verbs and adjectives)."""
THIS = set(L.words("this, that, these, those, her"))
"""Determiners that may also stand alone as a pronoun."""
AUXILIARIES = set(L.words("is, are, does, do, was, were"))
SPATIAL = set(L.words("left, right, front, behind, above, below, near, inside, contains, overlaps"))
"""Canonical spatial predicates (``nsvr.scene_graph.names``)."""
FLIPPED: dict[str, Role] = {"subject": "object", "object": "subject"}


class YesNoFrames(ClevrFrames):
    """Verification and choice frames."""

    def verify(self) -> int:
        """(is|are|does|do) SUBJECT PREDICATE, trying where the subject ends from the right."""
        cur = self.cur
        verb = cur.accept_one(AUXILIARIES) or cur.fail("'is'")
        start, end = cur.index, cur.limit
        some = cur.peek() in {"any", "some", "a", "an"}  # "Is any cube red?": whether one is, not all
        for split in range(end - 1, start, -1):
            if not self._may_start_predicate(split) or not self._may_end_subject(split - 1):
                continue
            cur.index, cur.limit = start, split
            try:
                subject = self.noun_phrase()
                complete = cur.index == split
            except Backtrack:
                complete = False
            finally:
                cur.limit = end
            if not complete:
                continue
            if not L.GENERIC_PRONOUNS.isdisjoint(cur.texts[start:split]):
                some = True  # "is the anything red": an indefinite pronoun asks whether one is, never all
            try:
                items = self._verified(verb)
                self.finish()
            except Backtrack:
                continue
            if some and items and self.joiner != "or" and all(isinstance(i, Condition) for i in items):
                subject.conditions.extend(items)
                return self.b.add(P.Exist(inputs=[self.b.objects(subject)]))
            return self.check(subject, items)
        cur.index = start
        cur.fail("a subject and what to check about it")

    def _may_end_subject(self, at: int) -> bool:
        """A subject does not end on a determiner, an adjective or a verb that wants an object."""
        text = self.cur.texts[at]
        return not (text in DETERMINERS - THIS or text in VERB_INGS or text in L.VERBS or self._bare_adjectives_end(at))

    def _bare_adjectives_end(self, at: int) -> bool:
        """Whether the words up to ``at`` end in a determiner and adjectives only ("the yellow"): the noun
        they describe comes after ("the yellow matte cube"), so the subject cannot end there."""
        texts = self.cur.texts
        if (
            L.LEXICON.attribute_of(texts[at]) is None
            or L.LEXICON.noun(texts[at]) is not None
            or texts[at] in L.SHAPE_NOUNS
        ):
            return False
        while at > 0 and L.LEXICON.attribute_of(texts[at]) is not None:
            at -= 1
        return texts[at] in DETERMINERS

    def _may_start_predicate(self, at: int) -> bool:
        text = self.cur.texts[at]
        if (
            text in PREDICATE_STARTS
            or text in L.RELATION_PHRASES
            or text in L.POSITION_PHRASES
            or text in L.LOCATED
            or L.LEXICON.attribute_of(text) is not None
            or self.is_verb(text)
            or text in L.VERBS
        ):
            return True
        # an unknown last word may be an adjective ("is the dog ugly?"), not after one ("is the big plate?")
        following = self.cur.texts[at + 1] if at + 1 < len(self.cur.texts) else ""
        before = self.cur.texts[at - 1]
        return (
            following in {"?", "", "and", "or", ","}
            and L.LEXICON.noun(text) is None
            and before not in DETERMINERS
            and L.LEXICON.attribute_of(before) is None
        )

    def declarative(self) -> int:
        """NP is|are PREDICATE (what is left of "Do you think the cup is red?")."""
        cur = self.cur
        subject = self.noun_phrase()
        cur.accept_one(COPULA) or cur.fail("'is'")
        items = self.predicate(conjoin=True, nominal=True, connectives={"and", "or"})
        return self.check(subject, items)

    def _verified(self, verb: str) -> list:
        cur = self.cur
        if verb in {"does", "do"}:
            if cur.accept_one(LOOK_VERBS):
                cur.accept("to", "be") or cur.accept("like")
            elif cur.accept_one({"have", "has"}):
                return self._had_attributes()
            elif cur.peek() in L.VERBS:
                predicate = self.verb_phrase()
                self.joiner = None
                return [Related(predicate, self.noun_phrase(conjoin=False))]
            else:
                cur.fail("'look' or a verb")
        return self.predicate(conjoin=True, nominal=True, connectives={"and", "or"})

    def _had_attributes(self) -> list[Condition]:
        """``have round shape and large size``: values whose family the question names."""
        cur = self.cur
        conditions = []
        while True:
            word = cur.take()
            found = L.LEXICON.attribute_of(word)
            family = L.ATTRIBUTE_NAMES.get(cur.peek())
            if family is None:
                cur.fail("an attribute such as 'color'")
            cur.take()
            conditions.append(Condition(family, found[1] if found else word))
            if not cur.accept("and"):
                break
        self.joiner = "and"
        return conditions

    def check(self, subject: NounPhrase, items: list) -> int:
        """Verify each predicate item of ``subject``; "or" between values chooses one of them."""
        if (
            subject.name is None
            and not subject.conditions
            and not subject.clauses
            and subject.ordinal is None
            and subject.odd is None
            and subject.nearest is None  # "is the shape nearest to the circle a square": that one, not "this"
            and not subject.excluded
            and not subject.every  # "are all the things big things": every one of them, not "this"
            and items
            and all(isinstance(i, NounPhrase) for i in items)
            and self.joiner != "or"
        ):
            nominal = items[0]  # "Is this a young woman?": the woman is the subject, "young" the check
            subject = NounPhrase(name=nominal.name, clauses=nominal.clauses, definite=True)
            items = list(nominal.conditions)
        if self.joiner == "or" and len(items) >= 2:
            if subject.every and (kinds := _either_kinds(items)) is not None:
                # "is every shape either green or purple", "... either green or a triangle": none of them is
                # neither, not which one they all are
                failing = self.b.objects(subject)
                for position, item in enumerate(items):
                    if position in kinds:
                        failing = self.b.add(P.Difference(inputs=[failing, self.b.objects(kinds[position])]))
                        continue
                    failing = self.b.add(
                        P.Filter(inputs=[failing], attribute=item.attribute, value=item.value, negate=True)
                    )
                return self.b.add(P.Not(inputs=[self.b.add(P.Exist(inputs=[failing]))]))
            if any(isinstance(i, Condition) and CLAUSE_WORDS.intersection(str(i.value).split()) for i in items):
                self.cur.fail("options of one kind")  # "is the cube blue or is the ball red": two questions
            if any(isinstance(i, Condition) and i.attribute is None and _talk_option(str(i.value)) for i in items):
                self.cur.fail("options of one kind")  # "is it red, or have I got it wrong": no second option
            target = self.b.reference(subject)
            if all(isinstance(i, Condition) for i in items):
                families = {i.attribute for i in items}
                family = families.pop() if len(families) == 1 else None
                return self.b.add(P.Choose(inputs=[target], attribute=family, options=[i.value for i in items]))
            if all(isinstance(i, NounPhrase) and i.name and names_a_kind_option(i.name) for i in items):
                return self.b.add(P.Choose(inputs=[target], attribute="name", options=[i.name for i in items]))
            self.cur.fail("options of one kind")
        if self.joiner != "or" and (second := _second_subject(subject, items)) is not None:
            # "is the fork made of metal and the table made of wood": a second thing, and what is said of it
            first, other, said = second
            return self.b.add(P.And(inputs=[self.check(subject, first), self.check(other, said)]))
        checks = [self._check_one(subject, item) for item in items]
        index = checks[0] if checks else self.b.add(P.Exist(inputs=[self.b.reference(subject)]))
        for other in checks[1:]:
            index = self.b.add(P.And(inputs=[index, other]))
        return index

    def _check_one(self, subject: NounPhrase, item: object) -> int:
        if isinstance(item, Related | NounPhrase) and item.denied:
            # "is the circle not above the square?", "is the triangle not the biggest shape?": the check, denied
            return self.b.add(P.Not(inputs=[self._check_one(subject, replace(item, denied=False))]))
        if isinstance(item, Related):
            return self._check_relation(subject, item)
        if isinstance(item, Between):  # "is the cube between the ball and the cylinder": it is one of those
            between = self.b.objects(NounPhrase(clauses=[item]))
            found = self.b.add(P.Intersect(inputs=[self.b.reference(subject), between]))
            return self.b.add(P.Exist(inputs=[found]))
        if isinstance(item, Condition) and item.negate and subject.every:
            # "are all the shapes not red": none of them is, never "not all of them are"
            having = P.Filter(inputs=[self.b.objects(subject)], attribute=item.attribute, value=item.value)
            return self.b.add(P.Not(inputs=[self.b.add(P.Exist(inputs=[self.b.add(having)]))]))
        target = self.b.reference(subject)
        if isinstance(item, Condition):
            if _undescribed(subject) and not subject.plural and target == self.b.scene():
                target = self.b.add(P.Unique(inputs=[target]))  # verify needs one object, never the whole scene
            index = self.b.add(
                P.Verify(inputs=[target], attribute=item.attribute, value=item.value, of_one=_one_named(subject))
            )
            return self.b.add(P.Not(inputs=[index])) if item.negate else index
        if isinstance(item, NounPhrase):
            if item.ordinal is not None or item.only or item.nearest is not None or item.odd is not None:
                # "Is the cube the biggest object?", "is the green shape the one nearest to the circle?": the same
                # object; "the only rubber thing": it is one and there is no other
                return self.b.add(P.Equal(inputs=[self.b.one(subject), self.b.objects(item)]))
            if item.clauses or item.excluded:
                self.cur.fail("a simpler description to check")
            if not subject.definite and not subject.every and subject.ordinal is None and subject.nearest is None:
                # "is a red shape a circle?", "are any of the blue shapes triangles?": is some one of them
                found = target
                if item.name:
                    found = self.b.add(P.Filter(inputs=[found], attribute="name", value=item.name))
                for condition in item.conditions:
                    found = self.b.add(P.Filter(inputs=[found], attribute=condition.attribute, value=condition.value))
                return self.b.add(P.Exist(inputs=[found]))
            one = _one_named(subject)
            index = self.b.add(P.Verify(inputs=[target], attribute="name", value=item.name or "thing", of_one=one))
            for condition in item.conditions:
                verified = self.b.add(
                    P.Verify(inputs=[target], attribute=condition.attribute, value=condition.value, of_one=one)
                )
                if condition.negate:  # "is the ball a thing that isn't metal"
                    verified = self.b.add(P.Not(inputs=[verified]))
                index = self.b.add(P.And(inputs=[index, verified]))
            return index
        self.cur.fail("something to check")

    def _check_relation(self, subject: NounPhrase, related: Related) -> int:
        """Whether ``subject`` stands in ``related`` to its anchor. Like GQA, a spatial relation is checked from
        the anchor ("is there a man to the left of the woman"), a verb from the subject ("is the man wearing
        a hat"); the other side, when only a name, becomes ``verify_relation``'s name, else an intersection."""
        anchor = related.anchor
        if related.predicate in L.SIZE_RELATION_PHRASES.values() and not subject.every:  # "is the cube bigger than"
            first, second = self.b.one(subject), self.b.one(anchor)
            if related.role == "object":
                first, second = second, first
            measure, sign = SIZE_RELATIONS[related.predicate]
            return self.b.add(P.Larger(inputs=[first, second], smaller=sign < 0, measure=measure))
        if anchor.every and not subject.every and related.predicate in SPATIAL:
            # "is the green shape above every other shape": it is above each of them, not above some one
            one = self.b.one(subject)
            holding = self.b.add(P.Relate(inputs=[one], predicate=related.predicate, role=FLIPPED[related.role]))
            others = self.b.add(P.Difference(inputs=[self.b.objects(anchor), one]))
            failing = self.b.add(P.Difference(inputs=[others, holding]))
            none_failing = self.b.add(P.Not(inputs=[self.b.add(P.Exist(inputs=[failing]))]))
            return self.b.add(P.And(inputs=[self.b.add(P.Exist(inputs=[others])), none_failing]))
        if subject.every:  # "is everyone wearing a tie": none of them fails to, not "someone is"
            holding = self.b.add(
                P.Relate(inputs=[self.b.objects(anchor)], predicate=related.predicate, role=related.role)
            )
            failing = self.b.add(P.Difference(inputs=[self.b.objects(subject), holding]))
            return self.b.add(P.Not(inputs=[self.b.add(P.Exist(inputs=[failing]))]))
        if related.predicate in SPATIAL and related.role == "subject":
            origin, other, role = self.b.reference(anchor), subject, related.role
        else:
            origin, other, role = self.b.reference(subject), anchor, FLIPPED[related.role]
        if other is subject and _one_described(subject):
            # "is the cylinder behind the cube": the cylinder meant; of several, each is tried as that one and the
            # answer stands only where they agree (some cylinder behind it and another not: which one decides)
            found = self.b.add(P.Relate(inputs=[origin], predicate=related.predicate, role=role, name=other.name))
            return self.b.add(P.Exist(inputs=[self.b.add(P.Intersect(inputs=[found, self.b.one(other)]))]))
        if _bare(other):
            one = _one_named(other)
            return self.b.add(
                P.VerifyRelation(inputs=[origin], predicate=related.predicate, role=role, name=other.name, of_one=one)
            )
        found = self.b.add(P.Relate(inputs=[origin], predicate=related.predicate, role=role, name=other.name))
        both = self.b.add(P.Intersect(inputs=[found, self.b.objects(other)]))
        return self.b.add(P.Exist(inputs=[both]))

    def choose_relation(self) -> int:
        """(is|are) NP RELATION or RELATION NP: which of two relations holds."""
        cur = self.cur
        cur.accept_one(COPULA) or cur.fail("'is'")
        start = cur.index
        subject = self.noun_phrase(positions=False)
        if cur.peek() in L.POSITION_PHRASES and self._compared_after_place():
            cur.index = start  # "is the man on the right higher or lower than ...": the place is the subject's own
            subject = self.noun_phrase()
        offered = [self._relation_word()]
        while cur.accept(",") or cur.peek() == "or":  # "left or right", "left, right, in front, or behind"
            cur.accept("or")
            offered.append(self._relation_word())
        if len(offered) < 2 or len(set(offered)) < len(offered):
            cur.fail("'or' and another relation")
        if not cur.accept("than"):  # "higher or lower than the square"
            self._accept_reference_phrase()  # "higher or lower relative to the square"
        anchor = self.noun_phrase()
        if anchor.name in {"side", "part"} and not anchor.clauses:  # "on the left or right side": a position
            cur.fail("an object to be left or right of")
        if anchor.name in PICTURE_WORDS and len(offered) == 2 and set(offered) <= set(SIDES):  # "of the photo"
            return self.b.add(P.Choose(inputs=[self.b.one(subject)], attribute=SIDES[offered[0]][0], options=offered))
        # the subject's name picks the objects (GQA's programs do the same, and its graphs often leave out the
        # attributes a question gives); where objects of that name stand on several sides, its description
        # decides ("the blue cube" of a blue and a red one), and where the described ones disagree it is unknown
        inputs = [self.b.reference(anchor)]
        if subject.singular_definite and not _bare(subject) and not _undescribed(subject):
            inputs.append(self.b.objects(subject))
        return self.b.add(P.ChooseRelation(inputs=inputs, predicates=offered, role="subject", name=subject.name))

    def _compared_after_place(self) -> bool:
        """Whether a comparison follows the place phrase at the cursor ("on the right higher or lower")."""
        offset = 2 if self.cur.peek(1) in {"side", "part", "half"} else 1
        return _comparison(self.cur.peek(offset).removesuffix(" than"))

    def _relation_word(self) -> str:
        cur = self.cur
        text = cur.take()
        if text in L.POSITION_PHRASES:
            cur.accept("of")
            return L.POSITION_PHRASES[text][1]
        if text in SIDES or text in {"front", "behind"}:
            cur.accept("of")
            return canonical_predicate(text)
        said = text.removesuffix(" than")
        if _comparison(said):
            return said  # "bigger", "higher": answered as said ("higher"), read as a size or a place ("above")
        predicate = self.relation(text)
        if predicate is None:
            cur.index -= 1
            cur.fail("a relation such as 'to the left of'")
        return predicate

    def _accept_reference_phrase(self) -> bool:
        """ "relative to", "compared to / with", "in relation to", "with respect to" before the object compared with."""
        return any(self.cur.accept(*phrase.split()) for phrase in _REFERENCE_PHRASES)

    def choose_position(self) -> int:
        """(is|are) NP on the left or [on the] right [side]: where in the picture."""
        cur = self.cur
        cur.accept_one(COPULA) or cur.fail("'is'")
        subject = self.noun_phrase(positions=False)
        options = [self._side()]
        while cur.accept("or"):
            options.append(self._side())
        if len(options) < 2:
            cur.fail("'or'")
        return self.b.add(
            P.Choose(inputs=[self.b.one(subject)], attribute=options[0][0], options=[value for _, value in options])
        )

    def _side(self) -> tuple[str, str]:
        cur = self.cur
        text = cur.take()
        if text in L.POSITION_PHRASES:
            cur.accept_one({"side", "part"})
            cur.accept_one(L.SCENE_LOCATORS)
            return L.POSITION_PHRASES[text]
        if text in {"on the", "in the", "the", "on", "in"}:
            text = cur.take()
        if text not in SIDES:
            cur.index -= 1
            cur.fail("'left' or 'right'")
        cur.accept_one({"side", "part"})
        cur.accept_one(L.SCENE_LOCATORS)
        return SIDES[text]

    def how_look(self) -> int:
        """How does NP look|seem|appear [to be|like], A or B."""
        cur = self.cur
        cur.expect("how")
        cur.accept_one({"does", "do"}) or cur.fail("'does'")
        np = self.noun_phrase()
        cur.accept_one(LOOK_VERBS) or cur.fail("'look'")
        cur.accept("to", "be") or cur.accept("like")
        return self.b.add(P.Choose(inputs=[self.b.one(np)], attribute=None, options=self.options()))


def _second_subject(subject: NounPhrase, items: list) -> tuple[NounPhrase, list, list] | None:
    """A second subject among the predicate ``items``: (the items said of ``subject``, the second subject, what is
    said of it). It is "the X" of a kind ``subject`` cannot be, with conditions of its own or followed by conditions
    and relations ("the fork made of metal and the table made of wood": a fork is never the table)."""
    if subject.name is None:
        return None
    for at, item in enumerate(items[1:], start=1):
        if not (isinstance(item, NounPhrase) and item.definite and item.name and not item.clauses):
            continue
        if item.ordinal is not None or item.excluded or item.nearest is not None or item.odd is not None:
            return None
        said = [*item.conditions, *items[at + 1 :]]
        if not said or not all(isinstance(i, Condition | Related) for i in said):
            return None
        if name_matches(subject.name, item.name) or name_matches(item.name, subject.name):
            return None
        second = NounPhrase(name=item.name, definite=True, plural=item.plural, every=item.every)
        return items[:at], second, said
    return None


def _talk_option(value: str) -> bool:
    """Whether an option of "X or Y" is talk, not a value ("have i got it wrong", "am i seeing things")."""
    return bool({"i", "me", "you", "am", "have", "got"} & set(value.split()))


def _bare(np: NounPhrase) -> bool:
    """A noun phrase that is only a name ("the man", "a hat")."""
    return np.name is not None and not np.conditions and not np.clauses and np.ordinal is None and np.nearest is None


def _undescribed(np: NounPhrase) -> bool:
    """A noun phrase that names no kind and no property ("it", "this", "the thing"): the whole scene."""
    return (
        np.name is None
        and not np.conditions
        and not np.clauses
        and np.ordinal is None
        and np.odd is None
        and np.nearest is None
        and not np.excluded
    )


def _one_named(subject: NounPhrase) -> bool:
    """Whether ``subject`` names one object with "the" ("the cube", not "the cubes", "every cube" or "it")."""
    return _one_described(subject) and subject.name is not None


def _one_described(subject: NounPhrase) -> bool:
    """Whether ``subject`` describes one object with "the": named ("the cube") or by its attributes alone ("the
    red object"), not "it", "the cubes" or "every cube"."""
    return (
        subject.definite
        and not subject.plural
        and not subject.every
        and (subject.name is not None or bool(subject.conditions))
        and (subject.ordinal is None and subject.nearest is None and subject.odd is None)
    )


def _either_kinds(items: list) -> dict[int, NounPhrase] | None:
    """The options of "is every shape either green or a triangle" said as kinds of thing (by position, as the
    things they name), where each option is a value or a kind; None where one is neither (a relation, a negation)."""
    kinds: dict[int, NounPhrase] = {}
    for position, item in enumerate(items):
        if isinstance(item, NounPhrase) and item.name and not item.clauses and names_a_kind_option(item.name):
            kinds[position] = item
        elif isinstance(item, Condition) and item.attribute is None and (kind := _kind_said(str(item.value))):
            kinds[position] = NounPhrase(name=kind)
        elif not (isinstance(item, Condition) and item.attribute and not item.negate):
            return None
    return kinds


def _kind_said(value: str) -> str | None:
    """ "a square", "triangles": the kind an option names (singular), or None where it names none."""
    words = value.split()
    if words[:1] in (["a"], ["an"]):
        words = words[1:]
    if len(words) != 1 or not names_a_kind_option(words[0]) or words[0] in CLAUSE_WORDS:
        return None
    return singular(words[0])


def names_a_kind_option(word: str) -> bool:
    """Whether an option names a kind of object: not an adjective, except a shape word that names drawn shapes
    too ("is it a circle or a square")."""
    found = L.LEXICON.attribute_of(word)
    return found is None or found[0] == "shape"
