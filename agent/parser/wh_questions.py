"""What/who/which/where questions about photos and robot scenes (GQA's phrasing and everyday questions).

::

    wh_question     := (what|who) [is|are|does] PREDICATE            "What is on the table?" "Who is sitting?"
                     | (what|who) (is|are|does) NP (VERB|RELATION)   "What is the man holding?"
                     | NP (is VERB|VERBs) what [CLASS]                "The man is wearing what?"
    relation_first  := RELATION what [CLASS] is NP                    "In front of what is the giraffe?"
    kind_query      := (what|which) [kind of] CLASS (is|are) (this | PREDICATE | NP VERB|RELATION)
    name_query      := what is the name of NP | (what|how) (is|are) NP [called] | where is NP
    side_query      := [on|in] which side|part [of the picture] (is|are) NP [on] | where [in the image] is NP
    scene_fact      := how is the weather | which place is this | is it indoors or outdoors | ...
    compare_objects := (which|who) [one] is COMPARATIVE "," NP or NP  "Which is bigger, the cup or the plate?"

A query that ends in ", A or B" becomes a ``choose`` between the options.
"""

from __future__ import annotations

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.phrases import NounPhrase, Related, telling_attribute
from nsvr.agent.parser.predicates import COPULA, PICTURE_WORDS
from nsvr.agent.parser.tokens import Backtrack
from nsvr.agent.parser.yes_no import AUXILIARIES, YesNoFrames, names_a_kind_option
from nsvr.scene_graph import program as P
from nsvr.scene_graph.names import (
    ANY_SHAPE_WORDS,
    GENERIC_NAMES,
    is_class_word,
    is_place,
    name_matches,
    singular,
    without_posture,
)

WHAT = {"what", "which"}
PLACE_ORDERS = {"leftmost": "left", "rightmost": "right", "frontmost": "front", "backmost": "behind"}
PLACE_ORDERS |= {"topmost": "top", "bottommost": "bottom"}
"""The superlatives normalisation turns "which is further left / closer to the camera, A or B" into."""
SIDE_ORDERS = {"on the left": "left", "on the right": "right", "in front": "front", "at the back": "behind"}
"""A side said of one of two options ("which one is on the left, the cup or the plate"): the one further that way."""
_HEADING = frozenset(
    "going heading headed driving walking running flying travelling traveling moving sailing riding rushing "
    "hurrying coming bound leaving".split()
)
"""Verbs of "where is X going", which asks where to, not where X is."""
SIZE_ORDERS = {"bigger": "largest", "larger": "largest", "smaller": "smallest"}
DISTANCE_COMPARATIVES = {"closer": False, "nearer": False, "farther": True, "further": True}
"""Comparatives of distance to an object ("which is closer to the red cube, A or B"): True for the farther."""
VIEWERS = frozenset(("camera", "viewer", "me", "us", "you", "photographer"))
"""What "closer to X" measures from when X is whoever looks at the picture."""
KIND_WORDS = set(L.words("what kind of, which kind of, what type of, which type of"))
THIS = set(L.words("this, that, it, these, those"))
ATTRIBUTE_ASKED = {name: family for name, family in L.ATTRIBUTE_NAMES.items() if family in L.NAMED_FAMILIES}
"""Asked words that name an attribute, not a class: "what colour is the man wearing" asks the colour of what he
wears."""


class QuestionGrammar(YesNoFrames):
    """Every frame: CLEVR's, the yes/no ones and the wh-questions below."""

    def wh_question(self) -> int:
        """What|who [is] PREDICATE; what|who is NP VERB|RELATION; who is COMPARATIVE, A or B; NP is V what."""
        cur = self.cur
        if not cur.accept_one({"what", "who"}):
            np = self.noun_phrase()
            cur.accept_one(COPULA)
            if cur.accept("where"):
                return self._where(np, "on")
            predicate = self.stranded()
            asked = cur.accept_one({"what", "who", "whom", "which"}) or cur.fail("'what'")
            kind = NounPhrase(name="person") if asked in {"who", "whom"} else None
            if asked in {"what", "which"} and cur.peek() not in {"?", ""}:
                kind = self.noun_phrase(modifiers=False)
            return self._related_query(kind.name if kind else None, Related(predicate, np, role="object"))
        name = "person" if cur.texts[cur.index - 1] == "who" else None
        cur.accept_one(L.SCENE_LOCATORS)
        cur.accept_one(AUXILIARIES)
        if name is not None and cur.peek() in L.COMPARATIVES:
            return self._compare_tail()
        start = cur.index
        try:
            thing = NounPhrase(name=name)
            self.attach(thing, self.predicate(conjoin=True, nominal=False))
            if cur.peek() == "other":  # "what is on the table other than the cups": taken from what is asked
                self.post_modifiers(thing, conjoin=False, same=False, positions=False)
            if cur.peek() not in {"?", "", ","} and cur.peek() not in L.SCENE_LOCATORS:
                raise Backtrack("more words")
            if name is None and cur.peek() != "," and _held_by(thing):
                return self.b.add(P.ListValues(inputs=[self.b.objects(thing)], attribute="name"))
            return self.answer(self.b.objects(thing), "name")
        except Backtrack:
            cur.index = start
        np = self.noun_phrase()
        if cur.accept("doing"):
            return self.query(np, "activity")
        return self._related_query(name, Related(self.stranded(), np, role="object"))

    def relation_first(self) -> int:
        """RELATION what|who [kind of] [CLASS] is NP: "In front of what is the giraffe?"."""
        cur = self.cur
        predicate = self.relation(cur.peek()) or cur.fail("a relation")
        cur.take()
        asked = cur.accept_one({"what", "who", "whom", "which"} | KIND_WORDS) or cur.fail("'what'")
        name = "person" if asked in {"who", "whom"} else None
        if asked not in {"who", "whom"} and cur.peek() not in COPULA:
            name = self.noun_phrase(modifiers=False).name
        cur.accept_one(COPULA) or cur.fail("'is'")
        np = self.noun_phrase()
        return self._related_query(name, Related(predicate, np, role="object"))

    def _where(self, np: NounPhrase, predicate: str) -> int:
        """GQA's "where is X [standing on]": the place X is on (where nothing is a place: its place in the
        picture); with options ("where is the cat, on the bed or the sofa?") the one of them it is on."""
        heading = predicate.split()[0] in _HEADING or predicate.endswith((" to", " towards", " into"))
        if self.cur.peek() in {",", ":"} or heading:  # "where is the bus going": where to, never where it is
            found = self.b.add(P.Relate(inputs=[self.b.one(np)], predicate=predicate, role="object", name="place"))
            return self.answer(found, "name")
        return self.b.add(P.Where(inputs=[self.b.one(np)], predicate=predicate))

    def _related_query(self, name: str | None, related: Related) -> int:
        """The name of what is related, or, when the asked word names an attribute ("What colour is the man
        wearing?"), that attribute of the related thing (whatever it is called)."""
        asked = ATTRIBUTE_ASKED.get(name or "")
        anchor = self.b.reference(related.anchor) if related.role == "subject" else self.b.one(related.anchor)
        found = self.b.add(
            P.Relate(inputs=[anchor], predicate=related.predicate, role=related.role, name=None if asked else name)
        )
        return self.answer(found, asked or "name")

    def _any_of(self, names: list[str]) -> int:
        """The step giving every object called one of ``names`` (the kinds a choice offers)."""
        found = self.b.add(P.Select(name=names[0]))
        for name in names[1:]:
            found = self.b.add(P.Union(inputs=[found, self.b.add(P.Select(name=name))]))
        return found

    def _present(self, kind: NounPhrase, asked: str) -> int:
        """ "Which vehicle is in the picture: a bus, a car or a train": of the kinds offered, the one there. Each
        offered kind's objects are found and the choice is made among them (where two of them are there, neither
        is the answer), so other things in the picture do not stand in its way. Without options, or options
        that are no kinds, the one thing ``kind`` describes answers."""
        if asked != "name" or self.cur.peek() not in {",", ":"}:
            return self.query(kind, asked)
        start = self.cur.index
        options = self.options()
        described = [L.LEXICON.attribute_of(o) for o in options]
        families = {found[0] for found in described if found is not None}
        if all(described) and len(families) == 1 and None not in families:
            # "which colour is in the picture: red, green or blue": of the values offered, the one some thing has
            family = families.pop()
            scene = self.b.add(P.Scene())
            found = self.b.add(P.Filter(inputs=[scene], attribute=family, value=described[0][1]))  # type: ignore[index]
            for value in described[1:]:
                other = self.b.add(P.Filter(inputs=[scene], attribute=family, value=value[1]))  # type: ignore[index]
                found = self.b.add(P.Union(inputs=[found, other]))
            return self.b.add(P.Choose(inputs=[found], attribute=family, options=[d[1] for d in described]))  # type: ignore[index]
        names = _kind_names(options)
        if (
            not all(map(names_a_kind_option, options))
            or len(set(names)) < len(names)
            or any(" " in o and not L.LEXICON.noun(o) for o in options)  # "a red circle": a description
        ):
            self.cur.index = start
            return self.query(kind, asked)
        found = self._any_of(names)
        if kind.conditions or kind.clauses:  # "which red shape is there: a circle or a square"
            found = self.b.add(P.Intersect(inputs=[found, self.b.objects(kind)]))
        return self.b.add(P.Choose(inputs=[found], attribute="name", options=names))  # type: ignore[arg-type]

    def kind_query(self) -> int:
        """(what|which) [kind of] CLASS (is|are) (this | PREDICATE | NP VERB|RELATION)."""
        cur = self.cur
        which = False
        if not cur.accept_one(KIND_WORDS):
            which = (cur.accept_one(WHAT) or cur.fail("'what kind of'")) == "which"
            if cur.accept_one({"kind", "type"}):  # "What kind is this animal?"
                cur.accept_one(COPULA) or cur.fail("'is'")
                return self.query(self.noun_phrase(), "name")
        # "what colour shirt is the man wearing": the attribute asked of a named kind
        asked = "name"
        if cur.peek() in ATTRIBUTE_ASKED and cur.peek(1) not in COPULA | AUXILIARIES | {"of", "?", "", ",", "is there"}:
            asked = ATTRIBUTE_ASKED[cur.take()]
        kind = self.noun_phrase(modifiers=False)
        cur.accept_one(L.SCENE_LOCATORS)
        if cur.peek() in {"is there", "are there"} and cur.peek(1) in {",", ":"}:
            cur.take()  # "which vehicle is there, a bus or a car": the one in the picture, of those
            return self._present(kind, asked)
        cur.accept_one(AUXILIARIES) or cur.fail("'is'")
        if cur.peek() in THIS and cur.peek(1) in {"?", "", ","} | L.SCENE_LOCATORS:
            cur.take()
            cur.accept_one(L.SCENE_LOCATORS)
            return self.query(kind, asked)
        if cur.peek() in L.SCENE_LOCATORS | L.SHOWN and cur.peek(1) in {"?", "", ",", ":"}:
            cur.take()
            return self._present(kind, asked)
        if cur.peek() in {",", ":"}:  # "which vehicle is (in the picture), a bus, a car or a train"
            return self._present(kind, asked)
        start = cur.index
        try:
            self.attach(kind, self.predicate(conjoin=True, nominal=False))
            if cur.peek() not in {",", "?", ""} and cur.peek() not in L.SCENE_LOCATORS:
                raise Backtrack("more words")
            if which and asked == "name" and cur.peek() != "," and _picked_by_rank(kind):
                # "which shape is furthest left": what tells it from the other shapes
                whole = self.b.objects(NounPhrase(name=kind.name, plural=True))
                return self.b.add(P.Query(inputs=[self.b.objects(kind), whole], attribute="name", any_kind=True))
            return self.answer(self.b.objects(kind), asked)
        except Backtrack:
            cur.index = start
        np = self.noun_phrase()
        related = Related(self.stranded(), np, role="object")
        if asked != "name":
            anchor = self.b.one(np)
            found = self.b.add(P.Relate(inputs=[anchor], predicate=related.predicate, role="object", name=kind.name))
            return self.answer(found, asked)
        return self._related_query(kind.name, related)

    def name_query(self) -> int:
        """What is the name of NP; what|how is NP [called]; what NP is called; where is NP."""
        cur = self.cur
        question = cur.accept_one({"what", "how", "which", "where"}) or cur.fail("'what'")
        if cur.accept_one(COPULA) is None:
            np = self.noun_phrase()
            cur.accept_one(COPULA) or cur.fail("'is'")
            cur.expect("called")
            self._no_own_name(np, "before 'called'")
            return self.answer(self.b.objects(np), "name")
        asks_name = cur.accept("the", "name", "of") or cur.accept("the", "names", "of")
        np = self.noun_phrase()
        if asks_name:
            self._no_own_name(np, "after 'the name of'")
        if question == "where":
            return self._where(np, self.stranded() if self.verb_at() else "on")
        if cur.accept("called"):
            self._no_own_name(np, "before 'called'")
        if np.plural and cur.peek() != ",":  # "what are the red things": their names
            return self.b.add(P.ListValues(inputs=[self.b.objects(np)], attribute="name"))
        of_its_kind = _picked_from_its_kind(np)
        if (of_its_kind or _picked_by_rank(np)) and not asks_name and cur.peek() != ",":
            # "which bar is the shortest" ("what is the shortest bar"): what tells it from the other bars;
            # "what is the leftmost shape": what tells it from the other shapes
            one = self.b.one(np)
            kind = self.b.objects(NounPhrase(name=np.name, plural=True))
            return self.b.add(P.Query(inputs=[one, kind], attribute="name", any_kind=not of_its_kind))
        return self.answer(self.b.one(np), "name")

    def _no_own_name(self, np: NounPhrase, where: str) -> None:
        """Refuse asking the name of something already said to be a dog or a man ("what is the white dog called",
        "the name of the man"): only a name of its own is left, which a picture does not show. "What is the animal
        called" asks what it is."""
        if np.name is not None and (not is_class_word(np.name) or name_matches("person", np.name)):
            self.cur.fail(f"a class such as 'animal' {where} (nsvr knows what things are, not their names)")

    def side_query(self) -> int:
        """[On] which side [of the picture] is NP [on]; where [in the image] is NP, on the left or the right."""
        cur = self.cur
        if cur.accept("where"):
            cur.accept_one(L.SCENE_LOCATORS)
        else:
            cur.accept_one({"on", "in"})
            cur.accept_one(WHAT) or cur.fail("'which side'")
            cur.accept_one({"side", "part"}) or cur.fail("'side'")
            cur.accept_one(L.SCENE_LOCATORS)
        cur.accept_one(COPULA) or cur.fail("'is'")
        np = self.noun_phrase()
        cur.accept("on")
        cur.accept_one(L.SCENE_LOCATORS)
        if cur.peek() in {",", ":"}:
            options = self.options()
            axis = "vposition" if set(options) <= {"top", "bottom", "middle"} else "hposition"
            return self.b.add(P.Choose(inputs=[self.b.one(np)], attribute=axis, options=options))
        if cur.texts[0] == "where":
            cur.fail("', on the left or on the right'")
        # "which side is it on": left or right (the middle third is no side; its half decides, unknown on the line)
        return self.b.add(P.Choose(inputs=[self.b.one(np)], attribute="hposition", options=["left", "right"]))

    def compare_objects(self) -> int:
        """Which [one] is COMPARATIVE, A or B."""
        cur = self.cur
        cur.accept_one(WHAT) or cur.fail("'which'")
        if not cur.accept_one({"one", "object", "thing"}) and cur.peek(1) in COPULA and cur.peek().isalpha():
            cur.take()  # "which cup is rightmost, the red cup or the blue cup": the options' own name
        cur.accept_one(COPULA) or cur.fail("'is'")
        return self._compare_tail()

    def _compare_tail(self) -> int:
        """COMPARATIVE, A or B: the name of the one that is more so. Two options in the picture's places
        ("leftmost", "frontmost", as normalisation words "further left", "closer to the camera") or in size
        between two things of one name ("the big ball or the small ball") answer with what tells them apart (their
        names, else the attribute their descriptions differ in: "the cyan cube or the purple cube" -> "cyan")."""
        cur = self.cur
        place = PLACE_ORDERS.get(cur.peek()) or SIDE_ORDERS.get(cur.peek())
        held = None if place or cur.peek() in L.COMPARATIVES else L.LEXICON.attribute_of(cur.peek())
        if held is not None and held[0] is not None:  # "which is metal, the cube or the sphere": the one that is
            cur.take()
            cur.accept_one({",", ":"})
            options = self._offered_objects()
            each = self._each_of(options)
            having = self.b.add(P.Filter(inputs=[each], attribute=held[0], value=held[1]))
            return self._told_apart(self.b.add(P.Unique(inputs=[having])), each, options)
        comparative = (
            cur.take() if place else cur.accept_one(L.COMPARATIVES) or cur.fail("a comparative such as 'bigger'")
        )
        anchor = None
        if comparative in DISTANCE_COMPARATIVES and cur.accept_one({"to", "from"}):  # "closer to the red cube"
            anchor = self.noun_phrase(conjoin=False)
            if anchor.name in VIEWERS and not anchor.conditions and not anchor.clauses:
                # "closer to the camera": nearer the front of the picture, not to an object called "camera"
                place, anchor = "behind" if DISTANCE_COMPARATIVES[comparative] else "front", None
        cur.accept_one({",", ":"})
        options = self._offered_objects()
        if anchor is not None:  # the one of the options nearer that object (farther: the other), told apart
            farthest = DISTANCE_COMPARATIVES[comparative]
            each = self._each_of(options)
            nearest = self.b.add(P.Closest(inputs=[each, self.b.one(anchor)], farthest=farthest))
            return self._told_apart(nearest, each, options)
        # places always; sizes only between two of one name (else Compare answers the bigger one's name)
        first, second = options[0], options[-1]
        by = place or (SIZE_ORDERS.get(comparative) if len({o.name for o in options}) == 1 else None)
        if by is None:
            if len(options) > 2:
                cur.fail("two objects to compare")
            return self.b.add(P.Compare(inputs=[self.b.one(first), self.b.one(second)], comparative=comparative))
        each = self._each_of(options)
        return self._told_apart(self.b.add(P.Ordinal(inputs=[each], by=by)), each, options)

    def _told_apart(self, chosen: int, each: int, options: list[NounPhrase]) -> int:
        """Which of the offered ``options`` (their objects: ``each``) the ``chosen`` object is, said by what tells
        them apart: the attribute their descriptions differ in, else what tells it from the other options' objects
        (its name, as "which is bigger" answers: "the orange shape or the triangle" -> "square")."""
        attribute = telling_attribute(options)
        if attribute is not None:
            return self.b.add(P.Query(inputs=[chosen], attribute=attribute))
        return self.b.add(P.Query(inputs=[chosen, each], attribute="name"))

    def _offered_objects(self) -> list[NounPhrase]:
        """ "A or B", "A, B or C", "A, B, or C": the objects offered to choose from."""
        cur = self.cur
        options = [self.noun_phrase()]
        while cur.peek() == ",":
            cur.take()
            if cur.accept("or"):
                options.append(self.noun_phrase())
                return options
            options.append(self.noun_phrase())
        cur.expect("or")
        options.append(self.noun_phrase())
        return options

    def _each_of(self, options: list[NounPhrase]) -> int:
        """The options' objects, each option required to name one (else the question has no answer)."""
        found = self.b.one(options[0])
        for option in options[1:]:
            found = self.b.add(P.Union(inputs=[found, self.b.one(option)], each=True))
        return found

    # --- the picture itself -----------------------------------------------------------------------------------
    def scene_fact(self) -> int:
        """Weather, place and indoors/outdoors: read from the graph's facts."""
        cur = self.cur
        start = cur.index
        for reader in (self._weather, self._place, self._scene_choice):
            cur.index = start
            try:
                return reader(self.b.scene())
            except Backtrack:
                continue
        cur.fail("a question about the weather or the place")

    def _weather(self, scene: int) -> int:
        """How is the weather [like]; what kind of weather do you see; is the weather cloudy."""
        cur = self.cur
        start = cur.index
        if cur.accept("is", "the", "weather"):
            return self.b.add(P.Verify(inputs=[scene], attribute="weather", value=cur.take()))
        if not (cur.accept_one({"how", "what"}) and cur.accept("is", "the", "weather")):
            cur.index = start
            cur.accept_one(KIND_WORDS) or cur.fail("'what kind of'")
            cur.expect("weather")
            cur.accept_one({"do you see", "is it", "is there", "is shown"})
        cur.accept("like")
        return self.answer(scene, "weather")

    def _place(self, scene: int) -> int:
        """Where was the picture taken; what is the image showing; which [type of] place|room is this."""
        cur = self.cur
        if cur.accept("where"):
            cur.accept_one({"was", "is"}) or cur.fail("'was'")
            cur.accept_one(THIS | {"the"})
            if cur.accept_one(PICTURE_WORDS):
                cur.expect("taken")
            return self.answer(scene, "place")
        if cur.accept("what", "is"):
            cur.accept_one(THIS | {"the"}) or cur.fail("'this'")
            cur.accept_one(PICTURE_WORDS) or cur.fail("'picture'")
            cur.accept_one({"showing", "of"}) or cur.fail("'showing'")
            return self.answer(scene, "place")
        cur.accept_one(WHAT | KIND_WORDS) or cur.fail("'which place'")
        cur.accept_one({"type of", "kind of", "sort of"})
        attribute = cur.accept_one({"place", "room"}) or cur.fail("'place'")
        cur.accept("of", "the", "house")
        if cur.accept_one({"could", "might"}):  # what place could this be
            cur.accept_one(THIS) or cur.fail("'this'")
            cur.expect("be")
        elif not cur.accept_one(L.SHOWN):  # which place is this [picture] [taken at]
            cur.accept_one({"is", "was"}) or cur.fail("'is'")
            cur.accept_one(THIS | {"the"})
            if cur.accept_one(PICTURE_WORDS | {"place"}):
                cur.accept("taken")
                cur.accept_one({"at", "in"})
        return self.answer(scene, attribute)

    def _scene_choice(self, scene: int) -> int:
        """Is it indoors or outdoors; is this a park or a farm; is the weather cloudy."""
        cur = self.cur
        cur.accept("is") or cur.fail("'is'")
        cur.accept_one(THIS) or cur.fail("'it'")
        if self.context.antecedent is not None and cur.peek() not in PICTURE_WORDS:
            cur.fail("a thing named before")  # "there is the small cube ; is it metal or rubber": that cube
        cur.accept_one({"a", "an"})
        if cur.accept_one(PICTURE_WORDS):
            cur.accept("of")
            cur.accept_one({"a", "an", "the"})
        options = [cur.take()]
        while True:  # "a circle or a square", "a circle, a square(,) or a triangle"
            if cur.peek() == "," and "or" in cur.texts[cur.index : cur.limit]:
                cur.take()
                cur.accept("or")
            elif not cur.accept("or"):
                break
            cur.accept("maybe")
            cur.accept_one({"a", "an", "the"})
            options.append(cur.take())
        cur.accept_one(PICTURE_WORDS | {"scene"})
        values = [L.VALUE_SYNONYMS.get(o, o) for o in options]
        if len(options) < 2:  # "is it indoors?": the scene's location fact, yes or no
            value = {"inside": "indoors", "outside": "outdoors"}.get(values[0], values[0])
            if value not in {"indoors", "outdoors"}:
                cur.fail("'or'")
            return self.b.add(P.Verify(inputs=[scene], attribute="location", value=value))
        location = set(values) <= {"indoors", "outdoors"}
        described = [L.LEXICON.attribute_of(v) for v in values]
        families = {found[0] for found in described if found is not None}
        if (
            not location
            and all(found is not None for found in described)
            and len(families) == 1
            and None not in families
        ):
            # "is it red or blue", "is this metal or rubber": which the one thing in the picture is
            one = self.b.add(P.Unique(inputs=[scene], resolve=True))
            return self.b.add(P.Choose(inputs=[one], attribute=families.pop(), options=[f[1] for f in described]))  # type: ignore[index]
        # "Is this a train or a bus?", "is it a square or a triangle": which is there; places only where every
        # option is one ("is this a park or a square": "square" names a shape beside a shape's name)
        if not location and not all(is_place(v) for v in values):
            names = _kind_names(values)
            return self.b.add(P.Choose(inputs=[self._any_of(names)], attribute="name", options=names))
        return self.b.add(P.Choose(inputs=[scene], attribute="location" if location else "place", options=values))


LISTED_PLACES = frozenset(("on", "inside", "in"))
"""Places "what is on/in X" asks for everything at: a table holds several things, and the answer lists them."""


def _held_by(thing: NounPhrase) -> bool:
    """Whether ``thing`` is only "what is (sitting) on/in X" (one place on an object, no other condition)."""
    return (
        not thing.conditions
        and len(thing.clauses) == 1
        and isinstance(thing.clauses[0], Related)
        and (without_posture(thing.clauses[0].predicate) or thing.clauses[0].predicate) in LISTED_PLACES
        and thing.clauses[0].role == "subject"
    )


def _picked_by_rank(np: NounPhrase) -> bool:
    """Whether ``np`` picks one object of any kind ("shape", "thing") by how it ranks ("the shape furthest left")."""
    return (np.name is None or singular(np.name) in GENERIC_NAMES) and not np.plural and np.ordinal is not None


def _picked_from_its_kind(np: NounPhrase) -> bool:
    """Whether ``np`` picks one object of a named kind by where it is or how it ranks ("the shortest bar", "the
    second cube from the left"): asked what it is, its name would only repeat the question."""
    if np.name is None or singular(np.name) in GENERIC_NAMES | ANY_SHAPE_WORDS or np.plural:
        return False
    return np.ordinal is not None


def _kind_names(options: list[str]) -> list[str]:
    """The kinds options name, as the lexicon spells them ("balls" -> "sphere"), else singular."""
    return [noun[0] if (noun := L.LEXICON.noun(o)) else singular(o) for o in options]
