"""Context phrases that name the setting or the viewer, and everyday relation wordings, rewritten before
normalisation.

- **the setting**: "on the belt", "in this batch", "on the board" name where every object of the picture lies, not
  an object of it, the way "in the image" does; they are dropped. Only for :data:`SETTING_WORDS`, words that name
  a work surface, a production line or a group of items, and for "the whole X" ("in the whole panel": all of it);
  "table", "desk", "floor" or "tray" are objects in photo graphs (a kitchen table holds cups) and stay relations.
- **the viewer**: everything the camera sees is in front of it, so "in front of me / of the camera" adds nothing;
  "the thing that's closest to me" is the frontmost thing, "the second closest thing to me" the second from the
  front; "can the camera see" asks what "can you see" asks.
- **posture verbs of things**: "the cup that sits to the right of", "items sitting on the table", "the clock hung
  above": a thing that sits, stands, rests or hangs somewhere is there, so the verb gives way to the preposition's
  relation. A person or an animal keeps the verb ("the woman sitting on the bench": GQA's "sitting on").
- **relations and comparisons in other words**: "further left than" (left of), "matching colours" (the same
  colour), "either small or made of metal", "can a sphere be seen ...", "is being held by", "what is X coloured".
- **what cannot be seen**: people aboard a vehicle and the role "passenger" cannot be told from a picture; such
  questions are refused (:data:`HIDDEN_FORMS`), not answered 0 by a closed-world count.

>>> setting(" how many small rubber spheres are on the line ")
' how many small rubber spheres are '
>>> setting(" how many items are sitting on the table ")
' how many items are on the table '
>>> setting(" what color is the object that is closest to me ")
' what color is the object closest to me '
"""

from __future__ import annotations

import re

from nsvr.agent.parser.lexicon import LEXICON
from nsvr.scene_graph.names import name_matches, singular

SETTING_WORDS = (
    "production line, assembly line, conveyor belt, conveyor, line, belt, lot, batch, game board, board, workbench, "
    "work surface, work bench, grid, canvas, pallet, collection, lineup, line up, arrangement, layout, setup, group, "
    "selection, set up, set"
)
"""Words that name the setting every object lies in or on (an inspector's line, a quiz's board)."""
_SETTING = "|".join(sorted((w.strip() for w in SETTING_WORDS.split(",")), key=len, reverse=True))
_SETTING_PHRASE = re.compile(
    rf"\s(?:sitting |lying |placed |standing )?(?:on|in|at|along|across|off|from|within|inside) "
    rf"(?:(?:the|this|that|our|your|these) (?:{_SETTING})|(?:the|this|that) (?:whole|entire) [a-z]+)(?=\s|$)(?! of\b)"
)
_TEXT_BEFORE = re.compile(
    r"\b(?:written|printed|drawn|painted|shown|displayed|says?|reads?|what is|what are|what 's)\s*$"
)


def _drop_setting(match: re.Match[str]) -> str:
    """The setting phrase dropped, unless it is what the question asks about ("what is written on the board")."""
    return match.group(0) if _TEXT_BEFORE.search(match.string, 0, match.start()) else ""


VIEWER = r"(?:me|us|you|the camera|the viewer|the lens|my camera|my phone|the phone)"
OBSERVERS = r"(?:the|this|my|your) (?:camera|viewer|app|phone|lens|robot|sensor|device|system)"
SEE = r"(?:see|spot|detect|find|make out|identify|count)"
POSTURES = (
    r"(?:sitting|sits|sit|sat|standing|stands|stand|stood|lying|lies|lie|resting|rests|rest|placed|set|"
    r"hung|hanging|hangs|perched|located|situated|planted|moored|parked|stopped|waiting|stationed|positioned|gathered|"
    r"mounted|propped)"
)
PREPOSITIONS = (
    r"(?:on top of|on|upon|in front of|behind|to the left of|to the right of|left of|right of|above|below|under|"
    r"underneath|beneath|over|next to|beside|near|by|inside|in|at|against)"
)
_POSTURE = re.compile(rf"\b(\w+)( (?:that|which) (?:is |are )?| (?:is|are) | )({POSTURES}) ({PREPOSITIONS})\b")
_DIRECTIONAL = re.compile(r"(?:in front of|behind|to the left of|to the right of|left of|right of)$")
CLASS_NOUNS = frozenset({"thing", "cube", "sphere", "cylinder"})
"""Subjects whose posture verb means only where they are, whatever the preposition (class words, CLEVR shapes)."""
_NOT_SUBJECTS = frozenset("what who which that it he she they someone somebody is are".split())
_ANIMATE = ("person", "animal")
_COUNTING = re.compile(r"\s*(?:how many|count|number of|are there|is there|are any|is any|any)\b")
"""Counts and existence ask where things are: "how many cups are sitting on the table" counts the cups on it."""
_FINITE = frozenset("sits sit sat stands stand stood lies lie lay rests rest hangs hang".split())
_POSTURE_WORDS = tuple(POSTURES[3:-1].split("|"))
_OBSERVER_WORDS = ("camera", "viewer", "app", "phone", "lens", "robot", "sensor", "device", "system")
ORDINAL_DIGITS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth"}

HIDDEN_FORMS = [
    (
        re.compile(r"\b(?:passengers?|occupants?|commuters?|riders? inside)\b"),
        "a picture shows people, not who is a passenger: people inside a vehicle are hidden, so a count would "
        'guess; ask about what can be seen ("How many people are next to the bus?")',
    ),
    (
        re.compile(
            r"\b(?:how many|are there|is there|is anyone|is anybody|any) (?:\w+ ){0,2}?(?:people|persons?|men|women|"
            r"children|kids?) (?:are |is )?(?:on|in|inside|aboard|on board) (?:the|that|this) (?:bus|train|plane|"
            r"airplane|subway|tram|car|taxi|truck|van|ship|ferry)\b"
        ),
        "nsvr cannot see inside a vehicle, so a count of the people aboard would guess; ask about what can be seen",
    ),
]
"""Normalized forms nsvr must refuse: who is aboard a vehicle cannot be seen (a closed-world count would say 0)."""


_DESCRIBED = re.compile(
    r"\b(?:is|are|was|were|of|than|as|does|do|did|has|have|to)\s+(?:the|a|an|that|this)\s+(?:\w+\s+){0,3}$"
)
"""What comes before a subject that a description names, not one a clause is about: "what colour is the ..."."""


def _posture(match: re.Match[str], counting: bool = False) -> str:
    """The posture verb of a thing gives way to the preposition ("items sitting on" -> "items on"): before a side
    of the camera's (left, right, front, behind) and in a count or an existence question for any subject but a
    person or an animal, before any other preposition only for a class word or a CLEVR shape ("what is the picture
    hanging above" keeps GQA's predicate: photo graphs store "lying on", "hanging above")."""
    subject, link, preposition = match.group(1), match.group(2), match.group(4)
    known = LEXICON.noun(subject)
    anywhere = counting or _DIRECTIONAL.match(preposition) is not None
    if known is None and not anywhere:
        return match.group(0)
    if known is not None and known[0] not in CLASS_NOUNS and not anywhere:
        return match.group(0)
    if subject in _NOT_SUBJECTS or LEXICON.attribute_of(subject) is not None and known is None:
        return match.group(0)
    canonical = known[0] if known is not None else singular(subject)
    if canonical != "thing" and any(name_matches(kind, canonical) for kind in _ANIMATE):
        return match.group(0)
    link = link.strip()
    if not link and match.group(3) in {"sat", "stood"} and _DESCRIBED.search(match.string, 0, match.start()):
        return f"{subject} {preposition}"  # British "the cylinder sat in front of X": sitting, in a description
    if not link and match.group(3) in _FINITE:  # "which shape stands behind X" -> "which shape is behind X"
        plural = known[1] if known is not None else singular(subject) != subject
        return f"{subject} {'are' if plural else 'is'} {preposition}"
    if link in {"that", "which"}:
        plural = known[1] if known is not None else singular(subject) != subject
        return f"{subject} {link} {'are' if plural else 'is'} {preposition}"
    return f"{subject} {link} {preposition}".replace("  ", " ") if link else f"{subject} {preposition}"


def _ordinal_closest(match: re.Match[str]) -> str:
    ordinal, superlative, phrase = match.group(1), match.group(2), match.group(3)
    side = "front" if superlative in {"closest", "nearest"} else "back"
    return f"the {ordinal} {phrase} from the {side}"


_VIEWER_WORDS = ("me", "us", "you", "camera", "viewer", "lens", "phone")
_SUPERLATIVES = ("closest", "nearest", "farthest", "furthest")
_FURTHER = ("further", "farther", "more")
_RULES: list[tuple[tuple[str, ...], re.Pattern[str], object]] = [
    (tuple(ORDINAL_DIGITS), re.compile(r"\b(" + "|".join(ORDINAL_DIGITS) + r")\b"),
     lambda m: ORDINAL_DIGITS[m.group(1)]),
    # --- the setting and the viewer
    ((*{w.split()[-1] for w in SETTING_WORDS.split(", ")}, "whole", "entire"), _SETTING_PHRASE, _drop_setting),
    (_VIEWER_WORDS, re.compile(rf"\s(?:in front of|ahead of) {VIEWER}(?=\s|$)"), ""),
    # "the cups sitting out on the table", "left lying about on the floor": a particle before the place
    (
        ("out", "up", "down", "about", "around"),
        re.compile(
            r"\b((?:sit|sits|sitting|sat|stand|stands|standing|stood|lie|lies|lying|lay|left|put|placed|set|kept|laid|"
            r"parked|hang|hangs|hanging|hung|lined|stacked|spread|scattered)(?: lying| sitting| standing)?) "
            r"(?:out|up|down|about|around)(?= (?:on|in|at|by|near|next to|under|beside|behind|inside|upon|along|"
            r"across|over|against)\b)"
        ),
        r"\1",
    ),
    # "how many vehicles in shot", "cylinders on record": the picture itself, said the way a photographer or a
    # clerk says it ("in the frame" stays: a picture frame is an object of photos)
    (
        ("shot", "frame", "view", "record"),
        re.compile(r"\s(?:in (?:(?:the |this )?shot|frame|view)|on record)(?=\s*(?:$|[-,;:]))"),
        "",
    ),
    (_SUPERLATIVES,
     re.compile(rf"\b(?:that|which) (?:is|are) ((?:closest|nearest|farthest|furthest) (?:to|from) {VIEWER})"), r"\1"),
    (
        _SUPERLATIVES,
        re.compile(
            rf"\b(?:the )?(second|third|fourth|fifth|sixth) (closest|nearest|farthest|furthest) "
            rf"((?:\w+ ){{0,2}}?\w+) (?:to|from) {VIEWER}(?=\s|$)"
        ),
        _ordinal_closest,
    ),
    (_OBSERVER_WORDS, re.compile(rf"\b(can|could|does|do) {OBSERVERS} (?:actually )?({SEE})\b"), r"\1 you \2"),
    (_OBSERVER_WORDS, re.compile(rf"\b{OBSERVERS} (?:can |could )?({SEE})s?\b(?=\s*$)"), r"you can \1"),
    # --- verbs of things and everyday relation words
    (_FURTHER, re.compile(r"\b(?:further|farther|more) (?:to the )?(left|right) than\b"), r"\1 of"),
    (_FURTHER, re.compile(r"\b(?:further|farther|more) (?:to the )?(front) than\b"), "in front of"),
    (("matching",), re.compile(r"\bmatching (color|size|shape|material)s?\b"), r"the same \1"),
    (("made",), re.compile(r"\b(or|either|both|and) made (?:out )?of (\w+)\b"), lambda m: _made_of(m)),
    (("seen", "found", "spotted", "detected"),
     re.compile(r"^\s*(?:can|could) (a|an|any|some) (.+?) be (?:seen|found|spotted|detected) "), r" is there \1 \2 "),
    (("being",), re.compile(r"\b(is|are) being (?=\w+ by\b)"), r"\1 "),
    (("colored", "coloured"),
     re.compile(r"^\s*what (?:is|are) (the .+?) (?:colored|coloured)\s*$"), r" what color is \1 "),
    (("shaped",), re.compile(r"^\s*what (?:is|are) (the .+?) shaped\s*$"), r" what shape is \1 "),
    (("only",), re.compile(r"\bthe only (?=\w)"), lambda m: _only_dropped(m)),
    (
        ("need", "want", "like"),
        re.compile(r"^\s*(?:i am |we are |i |we )?(?:gonna|going to|will|would)? ?(?:need|want|like) (?:a|the) "
                   r"(?:count|number|tally|total) of\b"),
        " number of",
    ),
    (("read",), re.compile(r"^\s*(?:please )?read (?:out|aloud|back)(?: to me)? (?=how|what|which|whether|if)"), " "),
    (
        ("back", "rear", "front"),
        re.compile(r"\bthe (?!way\b|very\b)(\w+(?: \w+)??) (?:right |all the way |way |furthest |farthest )?at the "
                   r"(back|rear|front)"
                   r"(?! of\b)"),
        lambda m: f"the {'frontmost' if m.group(2) == 'front' else 'backmost'} {m.group(1)}",
    ),
    (("furthest", "farthest", "most"),
     re.compile(r"^(\s*(?:which|what) \w+ is) (?:the )?(?:furthest|farthest|most) to the (left|right)\s*$"),
     r"\1 the \2most"),
    (("total",), re.compile(r"^\s*(?:the )?total (?:count|amount|tally|quantity) of\b"), " the number of"),
    (("record", "log", "note", "write", "jot", "enter", "document", "register", "call"),
     re.compile(r"^\s*(?:please )?(?:record|log|note|note down|write down|jot down|enter|document|register|call out) "
                r"(?:the )?(color|size|shape|material) of\b"), r" what is the \1 of"),
    (("or",), re.compile(r"^\s*(?:check |look at |examine |inspect )?(the (?:\w+ ){0,4}?\w+) [:,-] "
                         r"(?:a |an )?(\w+) , (?:a |an )?(\w+)(?: ,)? or (?:a |an )?(\w+)\s*$"),
     lambda m: _options(m, m.group(1), m.group(2, 3, 4))),
    (("or",), re.compile(r"^\s*(?:is|are) (the (?:\w+ ){0,4}?\w+?) (?:a |an )?(\w+) , (?:a |an )?(\w+)(?: ,)? or "
                         r"(?:a |an )?(\w+)\s*$"),
     lambda m: _options(m, m.group(1), m.group(2, 3, 4))),
    (("many",),
     re.compile(r"^\s*how many (?:of )?(?:the )?(?:objects|things|items|ones) (?:that|which) (?:are|is) (.+?) "
                r"are (\w+)\s*$"), lambda m: _counted_kind(m)),
    (("that", "which"),
     re.compile(r"\bthe (\w+) (?:that|which) (?:are|is) (\w+)\b(?= (?:all|both|the same|of the same)\b)"),
     lambda m: _prenominal(m)),
    (("one",),
     re.compile(r"\bthe ((?:(?!the\b)\w+ )*?)(\w+) [,-] the ((?:\w+ )*?\w+) one\b(?! or\b)"
                r"(?: [,-](?! (?:what|which|how|who|is|are|does|do)\b))?"),
     lambda m: _apposition(m)),
    (("or",), re.compile(r"^\s*((?:the )?(?:\w+ ){0,5}?\w+) [:,-] (?:a |an )?(\w+) or (?:a |an )?(\w+)\s*$"),
     lambda m: _noun_choice(m)),
    (("time", "number", "date"), re.compile(r"\bwhat (time|number|date) 's (?=it |the )"), r"what \1 does "),
]  # fmt: skip


def _options(match: re.Match[str], phrase: str, options: tuple[str, ...]) -> str:
    """ "the cyan piece: cube, sphere or cylinder" / "is the cube red, blue or green" -> "what shape / color is
    the ..." (three options of one attribute ask for the attribute)."""
    kinds = {(LEXICON.attribute_of(o) or (None,))[0] if LEXICON.noun(o) is None else "shape?" for o in options}
    if len(kinds) != 1 or None in kinds:
        return match.group(0)
    kind = kinds.pop()
    if kind == "shape?":
        if not all((LEXICON.noun(o) or ("",))[0] in CLASS_NOUNS - {"thing"} for o in options):
            return match.group(0)
        kind = "shape"
    if kind not in {"color", "size", "shape", "material"}:
        return match.group(0)
    return f" what {kind} is {phrase} "


def _counted_kind(match: re.Match[str]) -> str:
    """ "how many of the objects that are right of X are spheres" -> "how many spheres are right of X"."""
    relation, kind = match.group(1), match.group(2)
    found = LEXICON.noun(kind)
    if found is None or not found[1] or found[0] == "thing" or " are " in f" {relation} ":
        return match.group(0)
    return f" how many {kind} are {relation} "


def _prenominal(match: re.Match[str]) -> str:
    """ "the spheres that are metal all ..." -> "the metal spheres all ..." (a one-adjective relative clause)."""
    noun, adjective = match.group(1), match.group(2)
    if LEXICON.attribute_of(adjective) is None or LEXICON.noun(adjective) is not None or LEXICON.noun(noun) is None:
        return match.group(0)
    return f"the {adjective} {noun}"


def _noun_choice(match: re.Match[str]) -> str:
    """ "second person from the left - boy or girl?" -> "is the second person from the left a boy or a girl" (two
    nouns offered for a described object; adjectives and lexicon nouns are the normaliser's own terse choice)."""
    phrase, first, second = match.groups()
    words = phrase.split()
    if words[0] in _QUESTION_WORDS or any(w in {"is", "are", "does", "do", "there"} for w in words):
        return match.group(0)
    for option in (first, second):
        if not option.isalpha() or LEXICON.attribute_of(option) is not None or LEXICON.noun(option) is not None:
            return match.group(0)
        if option in _QUESTION_WORDS or option in {"not", "no", "yes", "so", "what", "which"}:
            return match.group(0)
    subject = phrase if words[0] == "the" else f"the {phrase}"
    return f" is {subject} a {first} or a {second} "


_QUESTION_WORDS = frozenset("how what which who where when why whose is are does do can could".split())


def _apposition(match: re.Match[str]) -> str:
    """ "the cube - the red one" / "the large sphere, the red one," -> "the red cube" / "the large red sphere"."""
    before, noun, adjectives = match.group(1).split(), match.group(2), match.group(3).split()
    if not all(LEXICON.attribute_of(w) is not None for w in [*before, *adjectives]):
        return match.group(0)
    if LEXICON.noun(noun) is None and not noun.isalpha() or LEXICON.attribute_of(noun) is not None:
        return match.group(0)
    return "the " + " ".join([*before, *adjectives, noun])


def _only_dropped(match: re.Match[str]) -> str:
    """ "the only cube" -> "the cube" (it presupposes one); kept where a yes/no question says it of its subject ("is
    the yellow ball the only one that isn't metal": no other thing is)."""
    return match.group(0) if ONLY_SAID_OF.search(match.string[: match.start()]) else "the "


ONLY_SAID_OF = re.compile(
    r"(?:^|,)\s*(?:(?:and|so|but|then|now)\s+)?(?:(?:is|are|was|were)\s+(?:the|this|that|it)\b[^,;:]*"
    r"|(?:the|this|that)\b[^,;:]*\s,\s(?:it|this|that|he|she)\s?(?:'s|is))\s$"
)
"""What comes before "the only" when a yes/no question says it of its subject ("is the ball ...", "the ball, is it
...", "the ball, it's ...")."""


def _made_of(match: re.Match[str]) -> str:
    """ "either small or made of metal" -> "either small or metal" (a material named by "made of")."""
    found = LEXICON.attribute_of(match.group(2))
    if found is None or found[0] not in {"material", None}:
        return match.group(0)
    return f"{match.group(1)} {match.group(2)}"


def setting(text: str) -> str:
    """``text`` (respelled, space-separated) with the setting, the viewer and the verbs of things rewritten."""
    found = _END.search(text)
    body, end = text[: found.start()], text[found.start() :]
    present = set(body.split())
    for triggers, pattern, replacement in _RULES:
        if not present.isdisjoint(triggers):
            body = pattern.sub(replacement, body)  # type: ignore[arg-type]
    if not present.isdisjoint(_POSTURE_WORDS):
        counting = _COUNTING.match(body) is not None
        body = _POSTURE.sub(lambda m: _posture(m, counting), body)
    return body + end


_END = re.compile(r"[\s?.!]*$")
