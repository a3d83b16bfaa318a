"""Question frames: the shapes a whole question can take, each compiled to the program's last steps.

::

    question := ["there is" noun_phrase ";"] frame [locator] ["?"]
    frame    := count | exist | query | same_attribute | compare_counts          (this module: CLEVR's grammar)
              | verify | choose | who/what-relation | scene facts | compare  (open_questions: GQA and everyday)

The frames a question can start with are tried in order (see :data:`FRAMES`); each either matches the whole
question or backtracks. Frames that pass ``same=False`` to a noun phrase keep "the same ATTRIBUTE as" for
themselves ("Is the cube the same size as the ball?").
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.compiler import Builder
from nsvr.agent.parser.noun_phrases import Context, NounPhraseGrammar
from nsvr.agent.parser.phrases import Condition, NounPhrase, OneOf, Related
from nsvr.agent.parser.predicates import COPULA
from nsvr.agent.parser.tokens import Backtrack, Cursor
from nsvr.scene_graph import program as P
from nsvr.scene_graph.names import is_class_word, singular

COUNT_COMPARISONS = {
    "the same as": P.Equal,
    "equal to": P.Equal,
    "less than": P.LessThan,
    "fewer than": P.LessThan,
    "smaller than": P.LessThan,
    "greater than": P.GreaterThan,
    "more than": P.GreaterThan,
    "larger than": P.GreaterThan,
    "bigger than": P.GreaterThan,
}
_FIGURE_PARTS = frozenset({"sides", "corners", "points"})
SHARE_WORDS = {
    "fraction": "fraction",
    "proportion": "fraction",
    "share": "fraction",
    "part": "fraction",
    "percentage": "percent",
    "percent": "percent",
    "ratio": "ratio",
    "multiple": "times",
}
"""What a share is asked as ("what fraction of the shapes are red": 3/8; "what is the ratio of X to Y": 3:5)."""
FRACTIONS = {"half": (1, 2), "a half": (1, 2), "a third": (1, 3), "a quarter": (1, 4), "two thirds": (2, 3),
             "three quarters": (3, 4)}  # fmt: skip
"""Shares a count is compared with ("more than half of the shapes")."""
ENDINGS = {"?", ".", "!"}
CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "does", "do", "the", "a", "an", "there"})
"""Words no answer option holds: an "or" followed by them starts a second question."""
KIND_OF = {"what kind of", "which kind of", "what type of", "which type of"}
LISTED = {"color", "shape", "size", "material", "name"}
"""Attributes a plural's objects are asked for as a list ("what color are the cubes": "blue, red")."""
_OPTION_TAIL = frozenset({"at", "in", "on", "of", "from", "near", "by", "with", "to"})
"""Words that start a phrase said after a list of options, not part of its last option."""
PLURAL_FAMILIES = {"colors": "color", "sizes": "size", "shapes": "shape", "materials": "material"}
"""Attribute names in the plural after "different" ("are the cubes different sizes")."""


class ClevrFrames(NounPhraseGrammar):
    """The frames of CLEVR's 90 templates (which also cover most everyday counting/existence questions)."""

    def __init__(self, cursor: Cursor, context: Context | None = None, *, unique: bool = False) -> None:
        super().__init__(cursor, context)
        self.b = Builder(unique=unique)

    def finish(self) -> None:
        cur = self.cur
        while cur.accept_one(L.SCENE_LOCATORS) or cur.accept_one({"today", "now", "right now"}):
            pass
        cur.accept_one(ENDINGS)
        if not cur.at_end():
            cur.fail("the end of the question")

    def attribute_name(self) -> str:
        text = self.cur.peek()
        if text not in L.ATTRIBUTE_NAMES:
            self.cur.fail("an attribute (color, size, shape, material ...)")
        self.cur.take()
        return L.ATTRIBUTE_NAMES[text]

    # --- answers ---------------------------------------------------------------------------------------------
    def answer(self, objects: int, attribute: str) -> int:
        """Query ``attribute`` of the object(s), or choose among ", A or B" options when the question lists
        them."""
        if self.cur.peek() in {",", ":"}:
            options = self.options()
            values = [L.LEXICON.attribute_of(o) for o in options]
            if attribute == "name" and all(values) and len({v[0] for v in values if v}) == 1:
                attribute = values[0][0]  # type: ignore[index]  # "what's the small ball, rubber or metal"
            return self.b.add(P.Choose(inputs=[objects], attribute=attribute, options=options))
        return self.b.add(P.Query(inputs=[objects], attribute=attribute))

    def options(self) -> list[str]:
        """``, [the] A or [maybe] [the] B`` -> ["A", "B"] (canonical attribute values)."""
        cur = self.cur
        cur.accept(":") or cur.expect(",")
        options: list[str] = []
        listed = placed = False
        while True:
            cur.accept_one({"maybe", "is it"})
            if cur.peek(1) not in {"or", "?", ""}:  # "on the left or ...", but "on or off"
                cur.accept_one({"a", "an", "the", "on the", "in the", "on", "in"})
            words = []
            while cur.peek() not in {"", "or", "?", ".", ","} and cur.peek() not in L.SCENE_LOCATORS:
                words.append(cur.take())
            if not words or CLAUSE_WORDS.intersection(words):  # "or is the ball red": a second question
                cur.fail("an option")
            placed = placed or any(w.split()[0] in _OPTION_TAIL for w in words[1:])
            known = L.LEXICON.attribute_of(words[0]) if len(words) == 1 else None
            text = known[1] if known else " ".join(words)
            options.append(L.POSITION_PHRASES[text][1] if text in L.POSITION_PHRASES else text)
            if cur.peek() == "," and "or" in cur.texts[cur.index : cur.limit]:  # "red, green(,) or blue"
                cur.take()
                cur.accept("or")
                listed = True
            elif not cur.accept("or"):
                break
        if len(options) < 2:
            cur.fail("'or' and a second option")
        if listed and placed:
            cur.fail("options")  # "circle, square or triangle at the top": a place said after the list
        return options

    def query(self, np: NounPhrase, attribute: str) -> int:
        """The attribute of the one object ``np`` describes, or, of a plural ("what color are the cubes"), the
        values its objects have."""
        if np.plural and self.cur.peek() != "," and attribute in LISTED:
            return self.b.add(P.ListValues(inputs=[self.b.objects(np)], attribute=attribute))
        return self.answer(self.b.one(np), attribute)

    # --- counting ------------------------------------------------------------------------------------------
    def _either_of(self, first: NounPhrase, joiners: set[str]) -> NounPhrase:
        """``first`` and the noun phrases joined to it by ``joiners``, as the objects any of them describes."""
        options = [first]
        while self.cur.accept_one(joiners):
            options.append(self.noun_phrase())
        return NounPhrase(clauses=[OneOf(options)], plural=True)

    def count(self) -> int:
        """How many / what number of NP [are there] [are PREDICATE]; "how many more X than Y"."""
        cur = self.cur
        cur.accept_one({"how many", "what number of"}) or cur.fail("'how many'")
        difference = cur.accept_one({"more", "fewer", "less"})
        absolute = difference is not None and cur.accept("or") and cur.accept_one({"more", "fewer", "less"}) is not None
        if cur.peek() in {"each", "every"}:  # "how many of each shape": a count per kind, which no step gives
            cur.fail("one kind of object to count")
        np = self.noun_phrase()
        if difference is None and cur.peek() == "plus":  # "how many red things plus cubes": counts added, not a union
            return self._sum(np)
        if difference is None and self._condition_follows():  # "have the same size as X and are left of it"
            self._further_conditions(np)
        if difference is None and cur.peek() in {"or", "and"}:  # "how many dogs or bicycles"
            np = self._either_of(np, {"or", "and"})
        if difference is not None:
            cur.expect("than")
            other = self.noun_phrase()
            if cur.peek() in {"and", "or", "plus"} and self._another_noun_phrase():  # "than cylinders and cubes"
                other = self._either_of(other, {"and", "or", "plus"})
            cur.accept_one({"are there", "is there", "do you see"})
            first, second = (np, other) if difference == "more" else (other, np)
            counts = [self.count_of(first), self.count_of(second)]
            return self.b.add(P.Subtract(inputs=counts, absolute=absolute))  # "more or fewer": the gap either way
        if cur.accept_one({"are there", "is there"}) or cur.accept("there", "are"):
            self.post_modifiers(np)
        elif cur.accept_one(COPULA):
            self.complement(np)
        elif cur.accept_one({"do you see", "can you see"}):
            pass
        if cur.peek() == "after":
            return self._after_change(np)
        return self.count_of(np)

    def _after_change(self, counted: NounPhrase) -> int:
        """ "how many cubes are there after adding 2 red cubes / removing 1 cube": the count, plus or minus the
        number where the objects changed are of the kind counted, the count alone where they cannot be."""
        cur = self.cur
        cur.expect("after")
        verb = cur.accept_one({"adding", "removing"}) or cur.fail("'adding' or 'removing'")
        adding = verb == "adding"
        number = _number(cur.take())
        if number is None:
            cur.fail("how many are added or removed")
        changed = self.noun_phrase()
        total = self.count_of(counted)
        kind = _kind_of(changed, counted)
        if kind is None:
            cur.fail(f"whether the {'added' if adding else 'removed'} objects are among those counted")
        if not kind:
            return total
        amount = self.b.add(P.Number(value=number))
        return self.b.add((P.Add if adding else P.Subtract)(inputs=[total, amount]))

    def _sum(self, first: NounPhrase) -> int:
        """ "how many red things plus cubes [are there]": the sum of the counts (an object that is both counts
        twice, as arithmetic on two numbers does; "X or Y" counts it once)."""
        cur = self.cur
        total = self.count_of(first)
        while cur.accept("plus"):
            cur.accept("how many")
            total = self.b.add(P.Add(inputs=[total, self.count_of(self.noun_phrase())]))
        cur.accept_one({"are there", "is there", "there are", "in total", "altogether", "in all", "together"})
        cur.accept_one({"in total", "altogether", "in all", "together", "combined"})
        return total

    def count_of(self, np: NounPhrase) -> int:
        if np.other and np.other_than_unsaid:
            self.cur.fail("what 'other' leaves out ('other than the red cube')")
        return self.b.add(P.Count(inputs=[self.b.objects(np)]))

    def complement(self, np: NounPhrase) -> None:
        """What follows "are" after a counted noun phrase: relations/adjectives, or "[either] A or B"."""
        cur = self.cur
        start = cur.index
        if cur.accept("not") and self.starts_relation() and not (cur.peek() in {"on", "off"} and cur.peek(1) == ""):
            # "how many cubes are not on the table / not at the top": those of them the relation or place leaves out
            try:
                excluded = NounPhrase(name=np.name, plural=True)
                self.attach(excluded, self.predicate(conjoin=False, nominal=False, adjectives=False))
                np.excluded.append(excluded)
                self._further_conditions(np)
                return
            except Backtrack:
                pass
        cur.index = start
        try:
            items = self.predicate(conjoin=True, nominal=False)
            if cur.peek() in {"or"}:
                raise Backtrack("nominal alternatives")
            self.attach(np, items)
            self._further_conditions(np)
            return
        except Backtrack:
            cur.index = start
        either = cur.accept("either")
        options = [self._option()]
        while cur.accept("or"):
            options.append(self._option())
        if not either and len(options) < 2:
            cur.fail("a relation, an adjective or 'either ... or ...'")
        np.clauses.append(OneOf(options))
        self._further_conditions(np)  # "green or rubber, but not spheres"

    def _option(self) -> NounPhrase:
        """One alternative of "either A or B": a noun phrase, adjectives alone ("either red or blue"), or a relation
        or a shared attribute ("either left of the cube or the same colour as the ball")."""
        cur = self.cur
        start = cur.index
        placed = self.starts_relation() and cur.peek(1) in {"the", "a", "an", "any", "this", "that"}
        if placed or cur.peek() in {"the same", "made of", "made out of"}:  # never "in red": what is worn
            try:
                items = self.predicate(conjoin=False, nominal=False, connectives=frozenset())
                if cur.peek() in {"or", "?", ".", ""}:
                    option = NounPhrase(plural=True)
                    self.attach(option, items)
                    return option
            except Backtrack:
                pass
            cur.index = start
        conditions = []
        while (found := L.LEXICON.attribute_of(cur.peek())) is not None:
            cur.take()
            conditions.append(Condition(*found))
        if conditions and cur.peek() in {"or", "?", ".", ""}:
            return NounPhrase(conditions=conditions)
        cur.index = start
        return self.noun_phrase()

    # --- existence -----------------------------------------------------------------------------------------
    def exist(self) -> int:
        """Are there [any] / is there [a] / do you see NP [or|and NP]; "are there no X"; "are any X visible"."""
        cur = self.cur
        if cur.accept("are", "any"):
            return self.b.add(P.Exist(inputs=[self.b.objects(self.noun_phrase())]))
        cur.accept_one({"are there", "is there", "do you see", "can you see"}) or cur.fail("'is there'")
        quantity = self.quantity()
        if quantity is not None:
            return quantity
        negate = cur.accept("no")
        if cur.accept("both"):
            index = self.exist_coordination("and")
        elif cur.accept("either"):
            index = self.exist_coordination("or")
        else:
            index = self.exist_coordination(None)
        return self.b.add(P.Not(inputs=[index])) if negate else index

    def quantity(self) -> int | None:
        """A count compared with a number the question states: "(exactly) three X", "more than two X", "fewer
        than 4 X", "at least 2 X", "at most / no more than 5 X" (after "are there" / "do you see")."""
        cur = self.cur
        start = cur.index
        for words, comparison in QUANTIFIERS:
            if cur.accept(*words):
                number = L.NUMBER_VALUES.get(cur.peek())
                if number is None or (not words and cur.peek(1) in {"of", "or", "and", ""}):
                    cur.index = start
                    if words:
                        cur.fail("a number")
                    return None
                cur.index += 1
                try:
                    counted = self.count_of(self.noun_phrase())
                except Backtrack:
                    if words:
                        raise
                    cur.index = start  # "is there one that is red": "one" is the noun
                    return None
                stated = self.b.add(P.Number(value=number))
                step, negate = COUNT_AGAINST_NUMBER[comparison]
                index = self.b.add(step(inputs=[counted, stated]))
                return self.b.add(P.Not(inputs=[index])) if negate else index
        return None

    def exist_coordination(self, connective: str | None) -> int:
        cur = self.cur
        phrases = [self.noun_phrase()]
        joiner = connective or cur.peek()
        determined = [False]
        if joiner in {"and", "or"}:
            while cur.accept(joiner):
                determined.append(cur.peek() in _INDEFINITE)
                phrases.append(self.noun_phrase())
        if connective is not None and len(phrases) < 2:
            cur.fail(f"'{connective}' and a second noun phrase")
        _share_descriptions(phrases, determined)
        exists = [self.b.add(P.Exist(inputs=[self.b.objects(np)])) for np in phrases]
        step = P.And if joiner == "and" else P.Or
        index = exists[0]
        for other in exists[1:]:
            index = self.b.add(step(inputs=[index, other]))
        return index

    # --- attribute queries ---------------------------------------------------------------------------------
    def query_what(self) -> int:
        """[Of] what|which [kind of] ATTRIBUTE [is|does] NP [is|made of|have]; what is the ATTRIBUTE of NP; what
        is its ATTRIBUTE; what [material] is NP made of; which material is used to make | makes up NP."""
        cur = self.cur
        cur.accept("of")
        which = False
        if cur.accept_one(KIND_OF) is None:
            which = (cur.accept_one({"what", "which"}) or cur.fail("'what'")) == "which"
        if cur.peek() in L.ATTRIBUTE_NAMES:
            attribute = self.attribute_name()
            after = cur.index
            if (
                cur.accept_one({"is", "was"})
                and cur.accept("used", "to", "make")
                or cur.accept_one({"makes", "make"})
                and cur.accept("up")
            ):
                return self.query(self.noun_phrase(), attribute)
            cur.index = after
            verb = cur.accept_one({"is", "are", "does", "do", "was", "were"})
            if verb in COPULA and self._starts_predicate_here():
                return self._query_described(attribute, picked=which and attribute == "shape")
            np = self.noun_phrase()
            if cur.accept_one({"made of", "made out of"}):
                attribute = "material" if attribute not in {"material", "type"} else attribute
            else:
                cur.accept_one({"have", "has", "is", "are"})
            return self.query(np, attribute)
        cur.accept_one({"is", "are"}) or cur.fail("'is'")
        if cur.accept_one({"its", "their"}):
            return self.query(self.antecedent(), self.attribute_name())
        if cur.peek() == "the" and cur.peek(1) in L.ATTRIBUTE_NAMES:
            cur.take()
            attribute = self.attribute_name()
            cur.expect("of")
            return self.query(self.noun_phrase(), attribute)
        np = self.noun_phrase()
        cur.accept_one({"made of", "made out of"}) or cur.fail("'made of'")
        return self.query(np, "material")

    def _starts_predicate_here(self) -> bool:
        text = self.cur.peek()
        return (
            text in L.POSITION_PHRASES
            or text in L.RELATION_PHRASES
            or (L.LEXICON.attribute_of(text) is not None and L.LEXICON.noun(self.cur.peek(1)) is None
                and self.cur.peek(1) not in L.LEXICON.attributes)
        )  # fmt: skip

    def _query_described(self, attribute: str, picked: bool = False) -> int:
        """What ATTRIBUTE is PREDICATE: "What shape is yellow?", "What color is at the top on the left?".
        ``picked``: "which shape is at the top" picks one of the shapes, so the query is told what it was picked
        from (a labelled diagram's boxes go by their labels where their shape tells none apart)."""
        thing = NounPhrase()
        self.attach(thing, self.predicate(conjoin=True, nominal=False))
        if picked and self.cur.peek() != "," and not thing.plural:
            return self.b.add(P.Query(inputs=[self.b.one(thing), self.b.scene()], attribute=attribute, any_kind=True))
        return self.query(thing, attribute)

    def query_trailing(self) -> int:
        """NP has|is [of] what|which ATTRIBUTE; NP is made of what [material]."""
        cur = self.cur
        np = self.noun_phrase()
        if cur.accept_one({"made of", "made out of"}) or cur.accept("is", "made of"):
            cur.expect("what")
            cur.accept("material")
            return self.query(np, "material")
        cur.accept_one({"has", "is", "have", "are"}) or cur.fail("'has what'")
        if cur.accept("made of"):
            cur.expect("what")
            cur.accept("material")
            return self.query(np, "material")
        cur.accept("of")
        cur.accept_one({"what", "which"}) or cur.fail("'what'")
        return self.query(np, self.attribute_name())

    def query_how(self) -> int:
        """How big/tall/... is NP."""
        cur = self.cur
        cur.expect("how")
        adjective = cur.accept_one(L.HOW_ADJECTIVES) or cur.fail("an adjective such as 'big'")
        cur.accept_one({"is", "are"}) or cur.fail("'is'")
        return self.query(self.noun_phrase(), L.HOW_ADJECTIVES[adjective])

    def antecedent(self) -> NounPhrase:
        if self.context.antecedent is None:
            self.cur.fail("an earlier 'there is ...;' for 'it' to point at")
        return self.context.antecedent

    # --- same attribute --------------------------------------------------------------------------------------
    def same_attribute(self) -> int:
        """Do|are NP and NP have the same|different ATTRIBUTE / made of the same material; is|does NP [have] the
        same ATTRIBUTE as NP; is the ATTRIBUTE of NP the same as NP; is its ATTRIBUTE the same as NP; does NP
        have a different ATTRIBUTE than NP."""
        cur = self.cur
        verb = cur.accept_one({"do", "does", "is", "are"}) or cur.fail("'do'")
        if (
            verb == "is"
            and cur.peek() in {"its", "the"}
            and cur.peek(1) in L.ATTRIBUTE_NAMES
            and (cur.peek() == "its" or cur.peek(2) == "of")  # "is the shape left of X ...": a shape, not its shape
        ):
            pronoun = cur.take() == "its"
            attribute = self.attribute_name()
            if pronoun:
                first = self.antecedent()
            else:
                cur.expect("of")
                first = self.noun_phrase(same=False)
            cur.expect("the same", "as")
            return self.compare_attribute(P.Same, attribute, first, self.noun_phrase())
        every = cur.peek() in {"all", "every", "each"}
        first = self.noun_phrase(same=False)
        if cur.accept("and"):
            second = self.noun_phrase(same=False)
            cur.accept("all")
            step, attribute = self._same_tail()
            return self.compare_attribute(step, attribute, first, second)
        every = bool(cur.accept_one({"all", "each"})) or every
        step, attribute = self._same_tail()
        if cur.accept_one({"as", "than", "from"}):
            return self.compare_attribute(step, attribute, first, self.noun_phrase())
        objects = self.b.objects(first)
        if step is P.Different and every:  # "do all the shapes have different colours": no two share one
            values = self.b.add(P.CountValues(inputs=[objects], attribute=attribute))
            return self.b.add(P.Equal(inputs=[values, self.b.add(P.Count(inputs=[objects]))]))
        return self.b.add(step(inputs=[objects], attribute=attribute))

    def _same_tail(self) -> tuple[type[P.Same] | type[P.Different], str]:
        """[have|made of|of] the same|a different ATTRIBUTE."""
        cur = self.cur
        cur.accept_one({"have", "has", "made of", "of", "made out of", "be"})
        if cur.accept("the same"):
            return P.Same, self.attribute_name()
        cur.accept_one({"a", "the"})
        cur.expect("different")
        if cur.peek() in PLURAL_FAMILIES:  # "are the cubes different sizes"
            return P.Different, PLURAL_FAMILIES[cur.take()]
        return P.Different, self.attribute_name()

    def compare_attribute(
        self, step: type[P.Same] | type[P.Different], attribute: str, first: NounPhrase, second: NounPhrase
    ) -> int:
        return self.b.add(step(inputs=[self.b.one(first), self.b.one(second)], attribute=attribute))

    # --- comparing counts -------------------------------------------------------------------------------------
    def compare_parts(self) -> int:
        """Is the side (corner, point) count of A the same as|less than|greater than the side count of B, or
        than that of B: two figures' counts of parts, read from their shapes (what "does the square have more sides
        than the triangle" is rewritten to)."""
        cur = self.cur
        cur.expect("is", "the")
        part = self.attribute_name()
        if part not in _FIGURE_PARTS:
            cur.fail("a count of sides, corners or points")
        cur.expect("of")
        first = self.b.add(P.Query(inputs=[self.b.one(self.noun_phrase())], attribute=part))
        relation = next((c for c in COUNT_COMPARISONS if cur.accept(*_words(c))), None)
        if relation is None:
            cur.fail("'the same as', 'less than' or 'greater than'")
        if not cur.accept("that", "of"):
            cur.expect("the")
            if self.attribute_name() != part:
                cur.fail(f"the {part} count")
            cur.expect("of")
        second = self.b.add(P.Query(inputs=[self.b.one(self.noun_phrase())], attribute=part))
        return self.b.add(COUNT_COMPARISONS[relation](inputs=[first, second]))

    _scaled: int = 0

    def share_query(self) -> int:
        """What fraction | proportion | share | percentage of NP are PREDICATE; what is the ratio | multiple of X to
        Y: the first count as a share of the second."""
        cur = self.cur
        cur.expect("what")
        cur.accept("is", "the")
        form = SHARE_WORDS.get(cur.peek()) or cur.fail("'fraction' or 'ratio'")
        cur.take()
        cur.expect("of")
        if form in {"ratio", "times"}:  # "the ratio of blue shapes to gray shapes"
            first = self.noun_phrase(conjoin=False)
            cur.expect("to")
            counts = [self.count_of(first), self.count_of(self.noun_phrase(conjoin=False))]
            return self.b.add(P.Proportion(inputs=counts, form=form))
        whole = self.noun_phrase()
        cur.accept_one(COPULA) or cur.fail("'are'")
        part = copy.deepcopy(whole)
        start = cur.index
        try:
            self.complement(part)
        except Backtrack:  # "what fraction of the shapes are circles": those of them that are circles
            cur.index = start
            kind = self.noun_phrase(conjoin=False)
            part = NounPhrase(name=kind.name, conditions=[*whole.conditions, *kind.conditions], plural=True)
        counts = [self.count_of(part), self.count_of(whole)]
        return self.b.add(P.Proportion(inputs=counts, form=form))

    def _fraction_of(self, counted: NounPhrase) -> int | None:
        """ "half of the number of Y" after a comparison of ``counted``: Y's count times the share's numerator (the
        step returned) against ``counted``'s times its denominator (``self._scaled``); None where no share is said
        (the cursor where it was)."""
        cur = self.cur
        start = cur.index
        said = next((f for f in sorted(FRACTIONS, key=len, reverse=True) if cur.accept(*f.split())), None)
        share = FRACTIONS.get(said) if said else None
        if share is None and cur.peek().isdigit() and cur.peek(1) in {"percent", "%"}:
            share = (int(cur.take()), 100)
            cur.take()
        if share is None:
            cur.index = start
            return None
        cur.accept("of")
        cur.accept("the", "number", "of")
        other = self.count_of(self.noun_phrase())
        count = self.count_of(counted)
        self._scaled = self.b.add(P.Multiply(inputs=[count, self.b.add(P.Number(value=share[1]))]))
        return self.b.add(P.Multiply(inputs=[other, self.b.add(P.Number(value=share[0]))]))

    def compare_counts(self) -> int:
        """Are there an equal number / the same number of X and Y; are there fewer|more X than Y; is the number
        of X the same as|less than|greater than the number of Y; are there as many X as Y."""
        cur = self.cur
        if cur.accept("is", "the", "number", "of"):
            kinds = self._kinds_said()
            if kinds is not None:  # "is the number of different colours greater than the number of shapes"
                relation = next((c for c in COUNT_COMPARISONS if cur.accept(*_words(c))), None)
                if relation is None:
                    cur.fail("'the same as', 'less than' or 'greater than'")
                cur.expect("the", "number", "of")
                return self._kinds_compared(COUNT_COMPARISONS[relation], kinds, self._kinds_said(second=True))
            first = self._joined(self.noun_phrase())
            parity = self._parity()
            if parity is not None:
                return self._parity_of(self.count_of(first), parity)
            at_least = cur.accept("at", "least")
            at_most = not at_least and cur.accept("at", "most")
            relation = next((c for c in COUNT_COMPARISONS if cur.accept(*_words(c))), None)
            if relation is None and not (at_least or at_most):
                cur.fail("'the same as', 'less than' or 'greater than'")
            share = self._fraction_of(first)
            if share is not None:  # "is the number of red shapes at least half of the number of shapes"
                if at_least or at_most:
                    step = P.LessThan if at_least else P.GreaterThan
                    return self.b.add(P.Not(inputs=[self.b.add(step(inputs=[self._scaled, share]))]))
                return self.b.add(COUNT_COMPARISONS[relation](inputs=[self._scaled, share]))
            if relation is None:
                cur.fail("'the same as', 'less than' or 'greater than'")
            cur.expect("the", "number", "of")
            return self._counts(COUNT_COMPARISONS[relation], first, self.noun_phrase())
        cur.accept("are there") or cur.fail("'are there'")
        if cur.accept("an", "equal", "number", "of") or cur.accept("the same", "number", "of"):
            first = self.noun_phrase()
            cur.expect("and")
            return self._counts(P.Equal, first, self.noun_phrase())
        if cur.accept("a", "different", "number", "of") or cur.accept("different", "numbers", "of"):
            first = self.noun_phrase()  # "are there a different number of circles and squares": not as many
            cur.expect("and")
            return self.b.add(P.Not(inputs=[self._counts(P.Equal, first, self.noun_phrase())]))
        if cur.accept("as", "many"):
            first = self.noun_phrase()
            cur.expect("as")
            return self._counts(P.Equal, first, self.noun_phrase())
        start = cur.index
        bound = next((c for c in ("more", "fewer", "less") if cur.accept(c, "than") or cur.accept(f"{c} than")), None)
        times = self._times()
        if times is None:
            cur.index, bound = start, None
        if times is not None:  # "twice as many X as Y": count X = 2 x count Y; "half as many": 2 x count X = Y
            cur.expect("as", "many")
            first = self.noun_phrase()
            cur.expect("as")
            second = self.noun_phrase()
            factor, half = times
            counted, other = self.count_of(first), self.count_of(second)
            if half:
                counted, other = other, counted
            step = {None: P.Equal, "more": P.GreaterThan}.get(bound, P.LessThan)  # "more than twice as many"
            if half and bound is not None:
                step = P.LessThan if step is P.GreaterThan else P.GreaterThan
            return self.b.add(step(inputs=[counted, self._multiple(other, factor)]))
        comparison = cur.accept_one({"fewer", "more", "less"}) or cur.fail("'fewer' or 'more'")
        step = P.GreaterThan if comparison == "more" else P.LessThan
        kinds = self._kinds_said()
        if kinds is not None:  # "are there more colours than kinds of shape"
            cur.expect("than")
            return self._kinds_compared(step, kinds, self._kinds_said(second=True))
        first = self._joined(self.noun_phrase())
        cur.expect("than")
        share = self._fraction_of(first)
        if share is not None:  # "are there more red shapes than half of the shapes"
            return self.b.add(step(inputs=[self._scaled, share]))
        return self._counts(P.GreaterThan if comparison == "more" else P.LessThan, first, self.noun_phrase())

    def _parity(self) -> str | None:
        """ "[an] even|odd [number]", "odd or even", "even or odd": the parity asked, "either" for the choice."""
        cur = self.cur
        start = cur.index
        cur.accept("an")
        said = cur.accept_one({"even", "odd"})
        if said is None:
            cur.index = start
            return None
        if cur.accept("or"):
            cur.expect({"even": "odd", "odd": "even"}[said])
            said = "either"
        cur.accept("number") or cur.accept("one")
        return said

    def _parity_of(self, number: int, parity: str) -> int:
        even = self.b.add(P.Even(inputs=[number]))
        if parity == "either":
            return self.b.add(P.Worded(inputs=[even], words=["even", "odd"]))
        return even if parity == "even" else self.b.add(P.Not(inputs=[even]))

    def _kinds_said(self, *, second: bool = False) -> str | None:
        """The attribute whose values are counted ("[different] colours", "kinds of shape", "shape types"), or None
        (the cursor where it was). Bare "shapes" are figures, not kinds of them, unless a count of values came first
        ("more colours than shapes")."""
        cur = self.cur
        start = cur.index
        different = cur.accept_one({"different", "distinct", "unique", "separate"}) is not None
        if cur.peek() in {"kinds", "types", "sorts"} and cur.peek(1) == "of":
            cur.index += 2
            different = True
        word = cur.peek()
        attribute = L.ATTRIBUTE_NAMES.get(word) or L.ATTRIBUTE_NAMES.get(singular(word))
        if attribute is not None and cur.peek(1) in {"types", "kinds", "sorts"}:  # "shape types"
            cur.index += 1
            different = True
        if attribute not in _VALUED or (attribute == "shape" and not (different or second)) or not word.endswith("s"):
            if not (different and attribute in _VALUED):  # "kinds of shape"
                cur.index = start
                return None
        cur.index += 1
        return attribute

    def _kinds_compared(self, step: type[P._Step], first: str, second: str | None) -> int:
        if second is None:
            self.cur.fail("a count of colours, shapes, sizes or materials")
        scene = self.b.scene()
        counts = [self.b.add(P.CountValues(inputs=[scene], attribute=a)) for a in (first, second)]
        return self.b.add(step(inputs=counts))

    def _joined(self, first: NounPhrase) -> NounPhrase:
        """ "circles and squares" counted together ("are there more circles and squares than triangles"), where a
        second noun phrase follows "and" / "or"; ``first`` alone otherwise."""
        if self.cur.peek() in {"and", "or"} and self._another_noun_phrase():
            return self._either_of(first, {"and", "or"})
        return first

    def _times(self) -> tuple[int, bool] | None:
        """ "twice", "three times", "half": the factor between two counts and whether it divides (None: none)."""
        cur = self.cur
        if cur.accept("twice") or cur.accept("double"):
            return 2, False
        if cur.accept("half"):
            return 2, True
        word = cur.peek()
        if word in _FACTORS and cur.peek(1) == "times":
            cur.take(), cur.take()
            return _FACTORS[word], False
        return None

    def _multiple(self, counted: int, factor: int) -> int:
        """The step whose value is ``factor`` times the value of step ``counted`` (sums: the language has no
        product)."""
        total = counted
        for _ in range(factor - 1):
            total = self.b.add(P.Add(inputs=[total, counted]))
        return total

    def _counts(self, step: type[P._Step], first: NounPhrase, second: NounPhrase) -> int:
        counted = self.count_of(first)
        together = self._together(second)
        if together is not None:  # "more cubes than cylinders and spheres (put together)": the two as one set
            return self.b.add(step(inputs=[counted, self.b.add(P.Count(inputs=[together]))]))
        return self.b.add(step(inputs=[counted, self.count_of(second)]))

    def _together(self, second: NounPhrase) -> int | None:
        """The union of ``second`` and a noun phrase joined to it by "and" at the end of the question (the step),
        or None, the cursor where it was."""
        cur = self.cur
        start = cur.index
        if not cur.accept("and"):
            return None
        try:
            third = self.noun_phrase()
        except Backtrack:
            cur.index = start
            return None
        if cur.peek() not in {*ENDINGS, ""} or (third.name is None and not third.conditions):
            cur.index = start
            return None
        return self.b.add(P.Union(inputs=[self.b.objects(second), self.b.objects(third)]))


_FACTORS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
"""How many times one count may be another's ("three times as many")."""

QUANTIFIERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("exactly",), "eq"),
    (("precisely",), "eq"),
    (("only",), "eq"),
    (("just",), "eq"),
    (("more", "than"), "gt"),
    (("over",), "gt"),
    (("fewer", "than"), "lt"),
    (("less", "than"), "lt"),
    (("under",), "lt"),
    (("at", "least"), "ge"),
    (("at", "most"), "le"),
    (("no", "more", "than"), "le"),
    (("not", "more", "than"), "le"),
    ((), "eq"),  # "are there three cubes": exactly three
)
"""Words before a stated number, and how the count compares with it."""

COUNT_AGAINST_NUMBER: dict[str, tuple[type[P._Step], bool]] = {
    "eq": (P.Equal, False),
    "gt": (P.GreaterThan, False),
    "lt": (P.LessThan, False),
    "ge": (P.LessThan, True),
    "le": (P.GreaterThan, True),
}
"""comparison -> the step that compares count and number, and whether its answer is negated."""


def _words(phrase: str) -> tuple[str, ...]:
    """A comparison phrase as the tokens the tokenizer makes of it ("the same" is one token)."""
    if phrase.startswith("the same"):
        return ("the same", *phrase[len("the same ") :].split())
    return tuple(phrase.split())


_INDEFINITE = frozenset({"a", "an", "any", "some"})


_VALUED = frozenset({"color", "shape", "size", "material"})
"""Attributes whose values can be counted ("how many colours", "more colours than kinds of shape")."""


def _share_descriptions(phrases: list[NounPhrase], determined: list[bool] | None = None) -> None:
    """In "white fences or hats" the adjectives cover the nouns after them, in "tables or chairs that are metal"
    the clause covers the nouns before it; never the other way ("spheres and purple cylinders"), nor into a noun
    with its own article ("a red shape or a circle": any circle)."""
    bare = [not np.conditions and not np.clauses for np in phrases]
    own = determined or [False] * len(phrases)
    first = phrases[0]
    if first.conditions and not first.clauses:
        for np, was_bare, said in zip(phrases[1:], bare[1:], own[1:], strict=True):
            if was_bare and not said:
                np.conditions = [Condition(c.attribute, c.value, c.negate) for c in first.conditions]
    last = phrases[-1]
    placed = bool(last.clauses) and all(isinstance(c, Related) for c in last.clauses)
    if last.clauses and (not last.conditions or placed):
        # a place said last covers every option ("a metal cube or a rubber sphere behind the red cube")
        for np, was_bare in zip(phrases[:-1], bare[:-1], strict=True):
            if was_bare or (placed and not np.clauses):
                np.clauses = list(last.clauses)


Frame = Callable[[ClevrFrames], int]


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else L.NUMBER_VALUES.get(word)


def _kind_of(changed: NounPhrase, counted: NounPhrase) -> bool | None:
    """Whether every object ``changed`` describes is one ``counted`` describes (True), none is (False), or the
    descriptions do not say (None): "red spheres" are "spheres" and "small things" only if they are said small."""
    if changed.clauses or counted.clauses or any(c.negate for c in [*changed.conditions, *counted.conditions]):
        return None
    general = counted.name is None or is_class_word(counted.name)
    if not general and changed.name != counted.name:
        return False if changed.name is not None and not is_class_word(changed.name) else None
    said = {c.attribute: c.value for c in changed.conditions}
    for condition in counted.conditions:
        if condition.attribute not in said:
            return None
        if said[condition.attribute] != condition.value:
            return False
    return True
