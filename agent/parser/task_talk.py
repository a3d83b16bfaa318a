"""Questions said with the job they serve: "Before the robot grabs the brown sphere, how many things are to its
right?", "I'm putting the metal ones in the tray. How many go in?", "How many grey cubes do I have to return to the
shop?", "I'm looking for a blue cylinder for the model. Is there one?".

The job is talk around the question, but it often names what the question is about. When a question fails to
parse whole, :func:`readings` offers rewordings to try, most faithful first:

- the asking clause alone, the job said before it dropped and what follows it kept only when it names nothing (a
  format demand: "One word.", "Digits please.");
- a tail that names nothing the picture could show ("for the model", "do I have to return to the shop", "so I can
  grab it") dropped;
- the first thing the job names (an object class the lexicon knows, or a described "red pieces") made the
  question's antecedent: "it" and "its" through the grammar's "there is X;" context, a bare "how many go in / is
  that / do I need" as "how many X are there", "is there one" as "is there a X".

Every reading must still parse on its own; nothing here answers anything.

>>> readings("Writing labels: what colour is the big cylinder? One word.")[0]
'what colour is the big cylinder?'
>>> readings("I'm putting the metal ones in the magnet tray. How many go in?")[0]
'how many metal things are there?'
"""

from __future__ import annotations

import re

from nsvr.agent.parser.discourse import clause_before_pronoun
from nsvr.agent.parser.lexicon import LEXICON, NUMBER_VALUES
from nsvr.agent.parser.normalize import NO_PLACE, PICTURE_ITSELF
from nsvr.scene_graph.names import SHAPE_NAMES, known_name, name_matches, plural, singular

_CLAUSES = re.compile(r"(?<=[.!?:;])\s+|\s+[-\u2013\u2014]\s+")
_COMMA = re.compile(r",\s+")
_ASKS = re.compile(
    r"(?i)^\s*(?:(?:and|so|but|then|now|ok|okay|well|also)\s*,?\s+)*"
    r"(?:how|what|what's|which|who|whose|where|is|are|isn't|aren't|was|does|do|did|can|could|would|will|has|have|"
    r"tell|count|list|name|give|find|check|say|read|i need to know|i want to know|i'd like to know)\b"
)
_ASKS_INSIDE = re.compile(
    r"(?i)\b(?:i need to know|i want to know|i'd like to know|i have to know|can you tell me|could you tell me)\b"
)
_JOB = re.compile(r"(?i)\b(?:i|i'm|im|i've|i'll|we|we're|my|our|me|us)\b|^[^:]{1,40}:\s*$")
"""The talk is the asker's job: they speak of themselves, or it is a heading ("Stock check:")."""
_DESCRIBES = re.compile(
    r"(?i)\b(?:left|right|front|behind|back|near|next|beside|between|above|below|under|over|same|other|another|"
    r"else|apart|besides|except|without|took|take|taken|away|remove|removed|subtract|leaving|leave|if|only|"
    r"just|consider|considering|ignore|ignoring|among|suppose|imagine|assume|pretend|instead|was|were|had|double|"
    r"doubled|triple|tripled|halve|halved|add|added|adding|put|puts|place|places|move|moves|moved|"
    r"replace|swap|delete|insert|turn|turned|change|changed|become|would|could|should|forget|skip|more|fewer|less|"
    r"extra|new|"
    r"nearest|closest|furthest|farthest|than|why|how come|whoever|whatever|row|column|corner|painted)\b"
)
"""Talk that places, compares, removes or supposes: it changes what is asked, so it is never dropped here."""
_RELATIVE = re.compile(r"(?i)\b(?:whoever|whatever|whichever|the one (?:who|that)|the person (?:who|that))\b")
_IT = re.compile(r"(?i)\bit\b")
_ON_IT = re.compile(r"(?i)\b(say|says|written|printed|read|reads)\s+(?:on|in|about) it\b")
_ITS = re.compile(r"(?i)\bits (left|right|colou?r|shape|material|size)\b")
_THEY = re.compile(r"(?i)\b(?:they|them|their|they're)\b")
_THEIR = re.compile(r"(?i)\btheir (colou?rs?|shapes?|materials?|sizes?)\b")
_FIND_AND = re.compile(
    r"(?i)^\s*((?:find|look at|locate|spot|take|grab|pick up) .+?)\s+and\s+(?=(?:tell|say|give|let me know|what|how|"
    r"which|is|are|check)\b)"
)
_SPEAKER_TAIL = re.compile(r"(?i),\s+((?:i|i'm|im|we|we're|my|our)\b[^,]*)$")
_FOUND = "i will"
"""Said before "find the cyan cube" split from what is asked of it: the job, not a question."""
_NEED_ATTRIBUTE = re.compile(
    r"(?i)^\s*(?:i|we) (?:need|want|would like|'d like)(?: to know)? (?:the|its) (colou?r|material|shape|size) of (.+?)"
    r"\s*[.?!]*$"
)
_FUNCTION = frozenset(
    "the and that this what how many much are is was does do did get gets got have has for with from into you your "
    "our their they them its there here need not isn't one ones thing things".split()
)


def _job_word(word: str) -> bool:
    """A word of the job, not of the picture: no word the lexicon knows, no function word."""
    return (
        len(word) > 2
        and word not in _FUNCTION
        and LEXICON.noun(word) is None
        and LEXICON.attribute_of(word) is None
        and singular(word) not in SHAPE_NAMES
    )


_ASKING = re.compile(r"(?i)\b(?:what|which|how|who|colou?r|shape|size|material|many)\b")
_BACK = re.compile(r"(?i)\b(?:it|its|they|them|their|he|she|his|her|one|ones)\b")
_LEAD = re.compile(r"(?i)^\s*(?:(?:and|so|but|then|now|ok|okay|well|also)\s*,?\s+)+")
_TAIL_START = re.compile(
    r"(?i)\s+(?=(?:for|so|because|since|to|as|into|in order|do i|did i|should i|can i|"
    r"could i|will i|i'll|that i|which i)\b)"
)
_PRONOUN = re.compile(r"(?i)\b(?:it|its|it's)\b")
_THAT_ALONE = re.compile(r"(?i)\b(?:that|this)(?= *[?.!]* *$)")
_COUNT_BARE = re.compile(
    r"(?i)^\s*how many(?:\s+(?:pieces|items|things|bits|slots|lids|frames|crayons|stickers|labels|boxes|spots))?"
    r"(?:\s+(?:go in|go|fit|is that|are that|do i need|do we need|will i need|do i hand out|in total|altogether|"
    r"are there|does that make|is it|total)\b(?P<rest>.*)|\s*[?.!]*)$"
)


def _count_bare(candidate: str) -> bool:
    """Whether ``candidate`` counts what the job named and nothing else: "how many go in?", "how many things are
    there in total?", never "how many things are there to its left?" (a place around it)."""
    found = _COUNT_BARE.match(candidate)
    if found is None:
        return False
    rest = (found["rest"] or "").lower()
    # a state ("to cut out") is the job's, not a value of the picture
    return not (_BACK.search(rest) or _PLACED_BY & set(_WORD.findall(rest)) or _names_something(rest, states=False))


_SIDE_WORDS = frozenset("left right front behind back top bottom middle than same".split())


_THERE_ONE = re.compile(
    r"(?i)^\s*(is|are) there (?:one|any|some)(?: here| in there| in (?:this|the) (?:picture|photo|image|kitchen|"
    r"room|park|street|scene|drawing))?\s*\?*\s*$"
)
_GENERIC = frozenset("one ones thing things item items piece pieces bit bits toy toys object objects".split())
_NOT_ANTECEDENTS = frozenset(
    "camera lens robot arm gripper magnet box bin tub tray crate shelf rack tin picture image photo shot scene "
    "set report list form sheet model lesson shop class".split()
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _object_word(word: str) -> bool:
    found = LEXICON.noun(word)
    if found is not None:
        return found[0] != "thing"
    return word not in _NOT_ANTECEDENTS and known_name(singular(word))


def antecedent(context: str) -> tuple[list[str], bool] | None:
    """The first thing ``context`` names, as words and whether plural: an object word with what describes it
    ("the big blue ball"), or a generic one with a description ("the metal ones", "the red pieces"); two joined
    by "and" ("the red things and the purple things") are one plural set."""
    words = _WORD.findall(context.lower())
    if _RELATIVE.search(context):  # "for whoever is holding the black dog": the one meant is not the dog
        return None
    known = [w for w in words if LEXICON.noun(w) is not None]
    for end, word in enumerate(words):
        generic = word in _GENERIC or (LEXICON.noun(word) or ("",))[0] == "thing"
        if word in _NOT_ANTECEDENTS or not (generic or _object_word(word)):
            continue
        if known and LEXICON.noun(word) is None:  # a word the lexicon knows names the picture's things first
            continue
        start = end
        while start > 0 and LEXICON.attribute_of(words[start - 1]) is not None:
            start -= 1
        if generic and start == end:
            continue
        found = LEXICON.noun(word)
        many = bool(found[1]) if found is not None else singular(word) != word
        phrase = [*words[start:end], "things" if generic and many else "thing" if generic else word]
        if start >= 2 and words[start - 1] == "and" and LEXICON.attribute_of(words[start - 2]) is not None:
            # "the yellow and purple pieces": the yellow ones and the purple ones, one plural set
            first = start - 2
            while first > 0 and LEXICON.attribute_of(words[first - 1]) is not None:
                first -= 1
            both = _plural(phrase)
            return [*words[first : start - 1], both[-1], "and", *both], True
        rest = words[end + 1 :]
        if rest[:1] and rest[0] in _PLACED_BY:  # "the white things on the table": the place narrows the set
            place = _place_phrase(rest)  # none: a place the job puts things ("in the tray"), not one they are at
            if place is not None:
                return [*phrase, *place], many
        if rest[:1] in (["and"], ["plus"]):  # "the red things and the purple things": one set
            more = antecedent(" ".join(rest[1:4]))
            if more is not None:
                return [*phrase, "and", *_plural(more[0])], True
        return phrase, many
    return None


_PLACED_BY = frozenset("on in under behind near beside above below inside at next left right".split())


def _place_phrase(words: list[str]) -> list[str] | None:
    """The place said right after a noun ("on the table", "next to the red cup", "left of the ball"): its words up
    to the thing it names, or None."""
    lead = (
        3
        if words[:3] == ["in", "front", "of"]
        else 2
        if words[:2] in (["next", "to"], ["left", "of"], ["right", "of"])
        else 1
    )
    taken = words[:lead]
    rest = words[lead:]
    if rest[:1] not in (["the"], ["a"], ["an"]):
        return None
    taken.append(rest[0])
    for word in rest[1:5]:
        taken.append(word)
        if _object_word(word):
            return taken
        if LEXICON.attribute_of(word) is None:
            return None
    return None


def _plural(phrase: list[str]) -> list[str]:
    placed = next((k for k, w in enumerate(phrase) if k and w in _PLACED_BY), None)
    if placed is not None:  # "white thing on the table": the thing is many, not the table
        return [*_plural(phrase[:placed]), *phrase[placed:]]
    if phrase[-1] in {"thing", "things"} or "and" in phrase:
        return [*phrase[:-1], "things"] if phrase[-1] == "thing" else phrase
    found = LEXICON.noun(phrase[-1])
    if found is not None and found[1]:
        return phrase
    return [*phrase[:-1], phrase[-1] if singular(phrase[-1]) != phrase[-1] else plural(phrase[-1])]


def _without_tail(question: str) -> list[str]:
    """``question`` with a tail that names nothing the picture could show cut off, shortest cut first."""
    end = question.rstrip().endswith("?")
    cuts = []
    for found in _TAIL_START.finditer(question):
        head, tail = question[: found.start()].strip(" ,"), question[found.end() :]
        # what is left must name something the picture shows ("how many crayons do I hand out" does not), and
        # what goes must be the asker's own purpose ("because of the rain" is none)
        shows = _names_something(head) or any(_object_word(w) for w in _WORD.findall(head.lower()))
        if len(head.split()) < 2 or _names_something(tail) or not shows or _BACK.search(tail):
            continue
        if not _JOB.search(tail) and not tail.lower().startswith("for "):  # "for the parts list": a purpose
            continue
        cuts.append(head + ("?" if end or not head.endswith("?") else ""))
    return list(reversed(cuts))


_TOPIC = re.compile(
    r"(?i)^\s*(?:the|this|that|these|those)\s+((?:[a-z]+\s+){0,3}?[a-z]+)"
    r"(?:\s+(?:on|in|at|by|near|behind|with)\s+the\s+(?:[a-z]+\s+){0,2}[a-z]+)?\s*[,.:;\u2014-]*\s*$"
)


def is_topic(context: str) -> bool:
    """Whether ``context`` is a thing named before its question ("The bottle, what is written?", "the three cups",
    "the guy on the right"), never a job: a noun after words that describe it (each an attribute or a number), and
    the question without it would ask about the whole picture.

    >>> is_topic("The little yellow bottle,"), is_topic("The stars align..."), is_topic("The rubber ones go")
    (True, False, False)
    """
    found = _TOPIC.match(context)
    if found is None:
        return False
    *described, _ = found[1].lower().split()
    return all(LEXICON.attribute_of(word) is not None or word in NUMBER_VALUES or word == "both" for word in described)


def _named(text: str) -> set[str]:
    """What ``text`` names that a program would use: object classes and attribute values, canonically (not the
    people a job is for: "the kids have to colour in the circles")."""
    named = set()
    for word in _WORD.findall(text.lower()):
        found, value = LEXICON.noun(word), LEXICON.attribute_of(word)
        if found is not None and found[0] != "thing" and not name_matches("person", found[0]):
            named.add(found[0])
        if value is not None:
            named.add(str(value[1]))
    return named


def _names_something(text: str, *, states: bool = True) -> bool:
    """Whether ``text`` names a thing, a value, a side or a comparison; ``states``: a state ("cut", "open") counts as
    a value."""
    for word in _WORD.findall(text.lower()):
        if word in _NOT_ANTECEDENTS:
            continue
        found, value = LEXICON.noun(word), LEXICON.attribute_of(word)
        if (found is not None and found[0] != "thing") or (value is not None and (states or value[0] is not None)):
            return True
        if word in _SIDE_WORDS:
            return True
    return False


def _named_for(question: str, phrase: list[str]) -> str:
    """``question`` with its first "it", "it's" or "its colour / its right" naming ``phrase``: a later pronoun is the
    question's own ("The ball on its left that is shiny, what colour is it?": its = the red block, it = the ball)."""
    the = f"the {' '.join(phrase)}"
    named = _ON_IT.sub(r"\1", question)
    forms = [
        (re.compile(r"(?i)\bit's\b"), f"{the} is"),
        (_ITS, rf"the \1 of {the}"),
        (_IT, the),
    ]
    found = [(m.start(), pattern, text) for pattern, text in forms if (m := pattern.search(named))]
    if not found:
        return named
    _, pattern, text = min(found, key=lambda f: f[0])
    return pattern.sub(text, named, count=1)


_NARROWS = re.compile(
    r"(?i)\b(?:not counting|not including|except|apart from|other than|besides|excluding|exclude|without|only|"
    r"but not|leaving out|leave out|ignoring|aside from|setting aside)\b"
)
"""Words of a lead-in that narrow the things asked about: the lead-in is part of the question, never a job."""
_PLACE_LEAD = re.compile(
    r"(?i)^\s*(?:and |so |now )?(?:on|in|inside|under|underneath|beneath|at|atop|on top of|by|around|along|across)\s+"
    rf"(?:the|this|that|these|those)\s+(?!(?:{PICTURE_ITSELF}|{NO_PLACE})\b)"
    r"(?![a-z]+(?: [a-z]+)? (?:row|line|column|corner|half|side)\b)[a-z]"
)
"""A lead-in that places the things asked about ("On the table, how many things are white?"): part of the
question, never a job."""
_ASIDE_TAIL = re.compile(
    r"(?i)\s*,\s*(?:if you (?:don't|do not) mind(?: my asking| (?:counting|checking|looking|telling me))?|"
    r"to your knowledge|(?:he|she|they) wonders?|as (?:one|you) would "
    r"expect|please confirm|if you please)\s*(?=[?.!])|\s*,?\s+or (?:did|do|does|have|has|was|were) (?:they|i|we|"
    r"you|he|she|someone)\b[^?.!]*(?=[?.!])"
)
"""An aside at the end of the asking sentence ("..., if you don't mind my asking?", "..., she wonders?", "..., or did
they forget?")."""
_VALUE_GUESS = re.compile(
    r"(?i)^\s*(?:it's |its |probably |maybe |surely |i think |i reckon |i'd say )?(?:an? )?([a-z]+|\d+)\s*,?\s*"
    r"(?:innit|right|yeah|isn't it|is it|ain't it|i think|i guess|i reckon|like an? [a-z]+)?\s*[?.!]*\s*$"
)


def _aside(clause: str) -> bool:
    """A sentence after the question that is the asker's own: about themself and neither placing nor asking ("I
    counted three.", "Red is the one I can't see.", "I've got pasta on."), or a guess at the answer ("Metal, innit?",
    "four?")."""
    if _JOB.search(clause) and not _DESCRIBES.search(clause) and not _ASKING.search(clause):
        return True
    guess = _VALUE_GUESS.match(clause)
    return guess is not None and (
        LEXICON.attribute_of(guess[1]) is not None or guess[1].isdigit() or guess[1] in _NUMBERS
    )


_NUMBERS = frozenset("one two three four five six seven eight nine ten zero none".split())


def readings(question: str, *, tails: bool = True) -> list[str]:
    """Rewordings of ``question`` without the job said around it, most faithful first (see the module); ``tails``:
    also without a purpose said after it."""
    clauses = []
    original, question = question, _ASIDE_TAIL.sub("", clause_before_pronoun(question))
    for clause in (c.strip() for c in _CLAUSES.split(question.strip()) if c.strip()):
        need = _NEED_ATTRIBUTE.match(clause)  # "I need the material of the big sphere for the parts list."
        if need is not None:
            clause = f"what is the {need[1]} of {need[2]}?"
        tail = _SPEAKER_TAIL.search(clause)  # "..., I'm sorting for recycling.": said after what is asked
        if tail is not None and not _ASKING.search(tail[1]):
            clause, said_after = clause[: tail.start()], tail[1]
        else:
            said_after = None
        found_and = _FIND_AND.match(clause)  # "Find the cyan cube and tell me what it's made of"
        pieces = _COMMA.split(clause, maxsplit=1)  # "Stocktaking the grey items, how many ...": a lead-in clause
        if found_and is not None:
            clauses += [f"{_FOUND} {found_and[1]}", clause[found_and.end() :]]
        elif (
            len(pieces) == 2
            and not _ASKS.match(pieces[0])
            and _ASKS.match(pieces[1])
            and not (_DESCRIBES.search(pieces[0]) or _BACK.search(pieces[0]))  # "Of all the stuff to its left, ...":
        ):  # part of the question
            clauses += pieces
        else:
            clauses.append(clause)
        if said_after:
            clauses.append(said_after)
    for i, clause in enumerate(clauses):  # "Before the robot grabs X I need to know how many ...": split there
        inner = _ASKS_INSIDE.search(clause)
        if not _ASKS.match(clause) and inner is not None and inner.start() > 0:
            clauses[i : i + 1] = [clause[: inner.start()].strip(), clause[inner.start() :].strip()]
            break
    asking = [i for i, c in enumerate(clauses) if _ASKS.match(c)]
    if not asking and len(clauses) > 1 and _ASKING.search(clauses[-1]):
        asking = [len(clauses) - 1]  # "The red block. The ball on its left that is shiny, what colour is it?"
    if not asking:
        return [r for r in _without_tail(question) if r != question] if tails else []
    first = asking[0]
    context = " ".join(clauses[:first])
    if context and (_DESCRIBES.search(context) or _NARROWS.search(context) or _PLACE_LEAD.match(context)):
        return []  # "Cyan balls, not counting the big one. How many?": the job's words narrow what is asked
    after = [c for c in clauses[first + 1 :] if not _ASKS.match(c) and not _aside(c)]
    if any(_names_something(c) or _ASKING.search(c) for c in after):  # "... how many? On the table." narrows,
        return []  # "... the cup I think but what colour" asks: not mine to read
    asked_clauses = [c for k, c in enumerate(clauses) if k == first or (k > first and _ASKS.match(c))]
    asked = _LEAD.sub("", " ".join(asked_clauses)).strip()
    asked = _THAT_ALONE.sub("it", asked)  # "The bus. What colour is that?": that is what was named before
    if not asked.endswith("?"):
        asked = asked.rstrip(".!") + "?"
    found = antecedent(context) if context else None
    out: list[str] = []
    job_words = {singular(w) for w in _WORD.findall(context.lower()) if _job_word(w)}
    asked_words = {singular(w) for w in _WORD.findall(asked.lower()) if _job_word(w)}
    if asked_words & job_words:  # "Everything not red gets a frame. How many frames?": the job's frames are not
        if found is None:  # in the picture
            return []
        return [f"how many {' '.join(_plural(found[0]))} are there?"] if asked.lower().startswith("how many") else []
    for candidate in [asked, *(_without_tail(asked) if tails else [])]:
        if found is not None:
            phrase, several = found
            if _count_bare(candidate):
                out.append(f"how many {' '.join(_plural(phrase))} are there?")
            if _THERE_ONE.match(candidate) and not several:
                out.append(f"is there a {' '.join(phrase)}?")
            # "... the big red block, is the block in front of it?": "it" is never the question's own subject
            head = LEXICON.noun(phrase[-1])
            itself = head is not None and head[0] != "thing" and head[0] in _named(_PRONOUN.split(candidate)[0])
            if _PRONOUN.search(candidate) and not several and not itself:
                # the grammar's own "there is X; ... it" first (a relative clause stays with its noun: "the ball on
                # its left that is shiny"); "What does it say on it?" -> "What does the bus say?" first
                context_form = f"there is the {' '.join(phrase)}; {candidate}"
                named = _named_for(candidate, phrase)
                out += [named, context_form] if _ON_IT.search(candidate) else [context_form, named]
            if _THEY.search(candidate) and several:  # "The two cubes need to stack. Are they the same size?"
                many = " ".join(_plural(phrase))
                named = _THEIR.sub(rf"the \1 of the {many}", candidate)
                named = _THEY.sub(lambda m, many=many: f"the {many}" + " are" * (m[0].lower() == "they're"), named)
                out.append(named)
        bare = _PRONOUN.search(candidate) or _THEY.search(candidate)
        bare = bare or _count_bare(candidate) or _THERE_ONE.match(candidate)
        if not bare and _named(context) <= _named(candidate) and not is_topic(context):  # the job names nothing
            # the question does not
            out.append(candidate)
    return [r for r in dict.fromkeys(out) if r.strip(" ?").lower() != original.strip(" ?").lower()]
