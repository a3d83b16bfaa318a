"""Normalisation: people's wordings rewritten into the canonical forms the grammar reads, before tokenizing.

People ask the same thing in many ways: requests ("Can you tell me how many cubes you can see?"), other number
forms ("What is the total number of cubes?", "Cubes: how many?"), context words that add nothing ("in the image",
"for me", "visible"), existence and negation forms ("Does the scene include a cube?", "Is no cube present?"),
count comparisons ("Do cubes outnumber balls?"), fronted clauses ("Behind the ball, is there a cube?"), British
spellings and contractions. Each rule below rewrites one such *mechanism* (a request wrapper, a verb of
containing, a fronted clause ...) into the one form the grammar already reads, whatever noun phrases fill it;
the rules run in order on the lower-cased question.

>>> normalize("Tell me how many big blue blocks you can see.")
'how many big blue blocks'
>>> normalize("Is no red shape present?")
'is there no red shape'
>>> normalize("Behind the cylinder, is there a cube?")
'is there a cube behind the cylinder'
>>> normalize("What's the colour of the grey ball?")
'what is the color of the gray ball'
"""

from __future__ import annotations

import functools
import re
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]

from nsvr.agent.parser.chains import told_chain
from nsvr.agent.parser.discourse import UnclearCorrection, clause_before_pronoun, discourse
from nsvr.agent.parser.lexicon import (
    CLEVR_VALUES,
    LEXICON,
    MASS_NOUNS,
    MORE_ING_VERBS,
    NUMBER_VALUES,
    NUMBER_WORDS,
    PASSIVES,
    RELATION_PHRASES,
    SHAPE_NOUNS,
    VERBS,
)
from nsvr.agent.parser.place_verbs import agent_as_there
from nsvr.agent.parser.placed_first import placed_first
from nsvr.agent.parser.plain_words import plain_words
from nsvr.agent.parser.quantified import quantified
from nsvr.agent.parser.reported import as_asked
from nsvr.agent.parser.setting import ONLY_SAID_OF, setting
from nsvr.agent.parser.spelling import (
    KNOWN,
    closed_slip,
    correct,
    near_key,
    one_core_slip,
    run_together,
    sounded_out,
    transposed,
)
from nsvr.agent.parser.spoken import spoken
from nsvr.agent.parser.where_asked import where_asked
from nsvr.agent.parser.worksheet import worksheet
from nsvr.agent.parser.written_forms import written
from nsvr.scene_graph.names import GENERIC_NAMES, known_name, plural, singular

LEXICON_VERBS = frozenset(VERBS)
L_VERB_INGS = frozenset(VERBS.values()) | MORE_ING_VERBS

SPELLINGS = {
    # a child's words: "the littlest one", "roundy shapes", "is it bigga"
    "littlest": "smallest",
    "teeniest": "smallest",
    "roundy": "round",
    "bigga": "bigger",
    "colour": "color",
    "colours": "colors",
    "coloured": "colored",
    "grey": "gray",
    "centre": "center",
    "metre": "meter",
    "aluminium": "aluminum",
    "favourite": "favorite",
    "u": "you",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "whats": "what is",
    "fo": "of",
    "tiem": "time",
    "wats": "what is",
    "wat": "what",
    "wich": "which",
    "da": "the",
    "hw": "how",
    "ther": "there",
    "thats": "that is",
    "hows": "how is",
    "wheres": "where is",
    "theres": "there is",
    "isnt": "is not",
    "arent": "are not",
    "doesnt": "does not",
    "dont": "do not",
    "cant": "can not",
    "cannot": "can not",
    "nothing": "no thing",
    "anyone": "any person",
    "anybody": "any person",
    "someone": "a person",
    "somebody": "a person",
    "everyone": "all people",
    "everybody": "all people",
    "nobody": "no person",
    "towards": "toward",
    "ppl": "people",
    "thx": "thanks",
    "wot": "what",
}
"""Whole-word respellings: British forms, chat spellings, contractions written without the apostrophe."""
_SPELLING_PAIRS = tuple(sorted(SPELLINGS.items()))
_GLUE_WORDS = frozenset(
    "the that this there these those than then they them their what which how many much any all some not are "
    "is was were has have does did can isnt arent dont doesnt".split()
)
"""Function words typed without a space before or after them ("thatisnt", "howmany", "whatcolor"); a word
split into two nouns ("tablecloth", "skateboard") is a compound, never two words."""
_ONE_WORD = frozenset(
    "anywhere anything anyone anybody anyway anyhow somewhere something someone somebody somehow everywhere "
    "everything everyone everybody whatever whichever whenever wherever however whoever therefore thereof "
    "thereby thereafter whereas whereby nothing nowhere nobody itself themselves cannot another altogether "
    "together otherwise meanwhile elsewhere theirs therein hereby whatsoever overall altogether already "
    "although always almost also become because before behind beside besides beyond into onto upon without within "
    "whether".split()
)
"""English words made of two function words: never split."""
_SPLIT_WORDS = frozenset(w for w in KNOWN | set(SPELLINGS) if len(w) >= 3 and w.isalpha()) | _GLUE_WORDS

CONTRACTIONS = {
    "n't": " not",
    "'re": " are",
    "'ve": " have",
    "'ll": " will",
    "'d": " would",
    "'m": " am",
}
_IS_BEFORE = re.compile(
    rf"\b(?!(?:let)'s)(\w+)'s (?=(?:a|an|not|{'|'.join(sorted(set(VERBS.values()) | set(MORE_ING_VERBS)))}|parked|"
    r"placed|located|positioned|situated|stacked|painted|coloured|colored|covered|hanging|sat|stood|to the|on the|in "
    r"front|behind|next to|near|under|above|below|beside|left of|right of)\b)"
)
"""A noun's "'s" that is "is", not a possessive: before an article, "not" or a verb's -ing form ("the thing's a
ball", "the girl's wearing pink"; "the girl's hat" keeps its possessive)."""
_IS_BEFORE_VALUE = re.compile(
    r"\b(?!(?:let|what|who|it|that|there)'s)(\w+)'s (\w+)(?=\s*(?:[,?.!]|$|right\b|too\b|correct\b|yes\b|yeah\b|"
    r"isn't\b|is not\b|no\b|huh\b|then\b|though\b|now\b))"
)
"""A noun's "'s" before a value said last is "is": "the yellow block's rubber, right?", "the ball's purple?"."""
_IS_CONTRACTED = re.compile(r"\b(what|who|where|how|there|it|that|which|here|color|colour|shape|size|material)'s\b")

PICTURE = (
    r"(?:image|picture|photo|photograph|scene|pic|shot|snap|snapshot|frame|view|scenery|display|render|rendering|"
    r"workspace|work area|drawing|figure|illustration|diagram|page|sheet|canvas)"
)
THE_PICTURE = rf"(?:the|this|that|our|your) {PICTURE}"
NO_PLACE = r"(?:way|end|case|moment|meantime|meanwhile|beginning|first place|long run|world|same time)"
"""What follows "by the", "in the", "at the" in a phrase that places nothing ("by the way", "in this case")."""
PICTURE_ITSELF = rf"(?:{PICTURE}|panel|board|grid|card|slide|painting|poster|sketch|screen)"
"""Words for the picture itself in a place said before a question ("In this panel, how many ..."): no place in it."""
_MATERIALS = r"(?:metal|metallic|rubber|plastic|wood|wooden|glass|paper|stone|leather|cloth|ceramic|steel|iron)"
_AFTER_NOUN = re.compile(
    r"(?i)(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\b(the two |the |a |an |two |both )([a-z]+) ([a-z]+)"
    r"(?: ([a-z]+))?(?=\s*,| (?:is|are|it|they)\b)"
)
"""A learner's adjectives after the noun ("the two spheres green, are they ...", "the cylinder blue is behind
...") where the noun phrase is a subject or is followed by a comma (never "is the sphere yellow")."""


def _as_many_shared(match: re.Match[str]) -> str:
    """ "as many red as green shapes" -> "as many red shapes as green shapes": two values sharing one noun."""
    first, second, noun = match[1], match[2], match[3]
    if all(LEXICON.attribute_of(w) is not None and LEXICON.noun(w) is None for w in (first, second)):
        return f"as many {first} {noun} as {second} {noun} "
    return match[0]


def _adjectives_first(match: re.Match[str]) -> str:
    article, noun, first, second = match[1], match[2], match[3], match[4]
    said = [w for w in (first, second) if w]
    known = LEXICON.noun(noun.lower()) is not None
    if _ASKED_BEFORE.search(match.string, 0, match.start()):  # "are all the cubes rubber, and ...": a predicate
        return match[0]
    if not known or not all((LEXICON.attribute_of(w.lower()) or ("",))[0] in _NAMED for w in said):
        return match[0]
    return f"{article}{' '.join(said)} {noun}"


_NAMED = frozenset({"color", "size", "material"})
_ASKED_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|does|do|did|isn't|aren't)\s+(?:(?:all|both|each|every one|any|none|most)(?: of)?\s+)?$"
)
BARE_PICTURE = r"(?:picture|image|photo|pic|drawing|figure|illustration|diagram)"
"""The picture named without an article, as learners of English often do ("is there a cube in picture")."""
SEE = r"(?:see|spot|find|notice|detect|observe|identify|locate|discover|count|make out)"
CONTAIN = r"(?:contain|contains|include|includes|have|has|show|shows|feature|features|depict|depicts|hold|holds)"
ATTRIBUTE = r"(?:color|size|shape|material)"
SUBJECT = r"(?:you|i|we|one)"
RELATION = (
    r"(?:to the left of|on the left side of|on the left of|left of|to the right of|on the right side of|"
    r"on the right of|right of|in front of|behind|in back of|next to|near|close to|beside|above|below|under|on top of)"
)
EXCEPT = r"(?:but)"
AUX = r"(?:is|are|was|were)"
DET = r"(?:a|an|any|some|the|no)"
GENERIC_PLURALS = r"(?:objects|things|items|shapes|ones)"
ATTRIBUTE_WORDS = ("color", "size", "shape", "material")


def _none_said(match: re.Match[str]) -> str:
    """ "no shape in the top row is yellow" -> "are there no shape in the top row that are yellow"; "nobody ..." is no
    person, "nothing ..." no thing; anything else as it was."""
    words, quantifier = match["words"].strip(), match["q"]
    if quantifier in {"nobody", "no one", "no-one"}:
        words = f"person {words}".strip()
    elif quantifier == "nothing":
        words = f"thing {words}".strip()
    elif not words or quantifier == "no" and words.split()[0] in {"more", "less", "longer", "matter", "one", "ones"}:
        return match[0]
    if _VERBED.search(words) or words.split()[0] in {"of", "there", "it", "they"}:
        return match[0]
    return f" are there no {words} that are {match['pred']} "


_VERBED = re.compile(r"\b(?:is|are|was|were|has|have|do|does|did|there)\b")


_PAIRED = r"(?!(?:are|is|do|does|did|were|was)\b)(?:(?!(?:of|number)\b)[a-z]+ ){0,2}?(?!(?:of|number)\b)[a-z]+"
"""One side of a comparison of counts said alone: "large", "metal things", "big ones", "large figures"."""


_PLACE_CHOSEN = {
    **dict.fromkeys(("at the top", "above", "higher", "higher up", "on the top"), "topmost"),
    **dict.fromkeys(("at the bottom", "below", "lower", "lower down", "on the bottom"), "bottommost"),
    **dict.fromkeys(
        (
            "on the left", "further left", "farther left", "more to the left", "to the left", "further to the left",
            "farther to the left", "more left",
        ),
        "leftmost",
    ),
    **dict.fromkeys(
        (
            "on the right", "further right", "farther right", "more to the right", "to the right",
            "further to the right", "farther to the right", "more right",
        ),
        "rightmost",
    ),
    **dict.fromkeys(
        (
            "on top", "in front", "at the front", "covering the other", "covering the other one", "over the other",
            "over the other one", "on top of the other", "on top of the other one",
        ),
        "frontmost",
    ),
    **dict.fromkeys(
        (
            "under", "underneath", "beneath", "behind", "at the back", "further back", "covered", "under the other",
            "under the other one", "covered by the other", "covered by the other one", "behind the other",
            "behind the other one", "underneath the other", "underneath the other one",
        ),
        "backmost",
    ),
}  # fmt: skip
"""Where one of two shapes lies, said as a place, and the superlative that picks it ("which is at the top, the
square or the triangle": the topmost of the two)."""
_PLACE_OF_TWO = "|".join(sorted(_PLACE_CHOSEN, key=len, reverse=True))


_COMPARATIVE_SAID = {"more big": "bigger", "less big": "smaller"}


def _all_other_things(match: re.Match[str]) -> str:
    """ "except the green cylinder, everything is rubber" -> "are all things other than the green cylinder rubber"
    (the thing left out, then the state: a known adjective); anything else as it was."""
    if not _is_adjective(match[2].split()[-1]):
        return match[0]
    return f" are all things other than {match[1]} {match[2]} "


def _things(phrase: str) -> str:
    """One side of a comparison as things: "large" -> "large things", "big ones" -> "big things"."""
    words = phrase.split()
    if words[-1] in {"ones", "one"}:
        words[-1] = "things"
    elif _all_adjectives(" ".join(words)):
        words.append("things")
    return " ".join(words)


def _is_adjective(word: str) -> bool:
    return LEXICON.attribute_of(word) is not None and LEXICON.noun(word) is None


def _stated(state: str) -> bool:
    """Whether a quantified state (:data:`_QUANTIFIED_STATE`) is a place or a known adjective, never a noun ("are
    most of the things cups": a kind, which "that are not" cannot take)."""
    words = state.split()
    if "the" in words[:-2] and singular(words[-1]) != words[-1]:
        return False  # "on the table cups": the place, then what they are said to be
    return len(words) > 1 and words[0] != "made" or _is_adjective(words[-1])


def _things_that_are(match: re.Match) -> str:
    """ "things that are either a cylinder or metallic" -> "cylinders or metallic things" (the grammar reads a
    noun or an adjective before "things", not a noun after "that are"); adjectives alone are left as they are."""
    words = [w for w in (match[2], match[3]) if w]
    if all(_is_adjective(word) for word in words):
        return match[0]
    parts = []
    for word in words:
        if _is_adjective(word):
            parts.append(f"{word} things")
        elif LEXICON.noun(word) is not None and word not in _GENERIC_WORDS and singular(word) not in _GENERIC_WORDS:
            parts.append(plural(singular(word)))
        else:
            return match[0]
    the = "the " if match[1].startswith(("everything", "all", "the")) else ""
    return the + " or ".join(parts)


_EXTREME_OF = {"behind": "backmost", "in front of": "frontmost", "left of": "leftmost", "right of": "rightmost"}
"""The extreme an object has when it stands in a relation to all the others."""


_FURTHER = {
    "back": "backmost",
    "front": "frontmost",
    "forward": "frontmost",
    "to the front": "frontmost",
    "in front": "frontmost",
    "to the left": "leftmost",
    "left": "leftmost",
    "to the right": "rightmost",
    "right": "rightmost",
}
"""The extreme of two objects that one is "further back" (left, ...) than the other."""


def _plural_phrase(phrase: str) -> str:
    """ "cube" -> "cubes", "red cube" -> "red cubes" (the last word made plural)."""
    *rest, last = phrase.split()
    return " ".join([*rest, plural(singular(last))])


def _singular_phrase(phrase: str) -> str:
    """ "blue cylinders" -> "blue cylinder"."""
    *rest, last = phrase.split()
    return " ".join([*rest, singular(last)])


_ONES = re.compile(r"\bones\b")


def _neither_of(things: str, first: str, second: str, otherwise: str | None = None) -> str:
    """ "how many things are not rubber and not cubes" -> "how many things other than cubes are not rubber" (the
    grammar reads a negated noun as "other than"); anything else as it was (``otherwise``)."""
    said = otherwise if otherwise is not None else f" how many {things} are not {first} and are not {second} "
    if _is_adjective(first) and _plural_name(second):
        return f" how many {things} other than {second} are not {first} "
    if _is_adjective(second) and _plural_name(first):
        return f" how many {things} other than {first} are not {second} "
    return said


def _none_is(words: str) -> str:
    """ "is no sphere made of rubber" -> "is there no sphere that is made of rubber" (the noun phrase up to its
    noun, then what is said of it); anything else as it was."""
    said = words.split()
    if set(said) & _NEVER_TERSE:  # "is no blue cube present": whether there is none
        return f" is no {words} "
    for at, word in enumerate(said[:3]):
        if LEXICON.noun(word) is not None and at + 1 < len(said):
            return f" is there no {' '.join(said[: at + 1])} that is {' '.join(said[at + 1 :])} "
    return f" is no {words} "


def _extreme_word(extreme: str) -> str:
    """ "furthest to the left" -> "leftmost", "closest to the camera" -> "frontmost"."""
    words = extreme.split()
    if words[0].endswith("most"):
        return words[0]
    if words[-1] in {"left", "right"}:
        return f"{words[-1]}most"
    return "frontmost" if words[0] in {"closest", "nearest"} else "backmost"


def _which_of_set(things: str, extreme: str) -> str:
    """ "of the green objects, which is furthest right" -> "which green object is the rightmost"."""
    return f" which {_singular_phrase(things)} is the {_extreme_word(extreme)}"


def _superlative_of(things: str, asked: str, extreme: str) -> str:
    """ "of the cylinders left of the sphere, what colour is the frontmost one" -> "what colour is the frontmost
    cylinder left of the sphere" (the set's head made singular, its description kept)."""
    words = things.split()
    for at, word in enumerate(words[1:], start=1):
        if _plural_name(word):
            described = [*words[1:at], singular(word), *words[at + 1 :]]
            return f" {asked} the {extreme} {' '.join(described)} "
    return f" of {things} , {asked} the {extreme} one "


_PROPORTIONS = {
    "most": "more",
    "the majority": "more",
    "more than half": "more",
    "half": "as many",
    "exactly half": "as many",
    "precisely half": "as many",
    "just half": "as many",
    "at least half": "at least as many",
    "less than half": "fewer",
    "fewer than half": "fewer",
}


def _proportion(share: str, things: str, what: str) -> str | None:
    """ "are most of the objects spheres" -> "are there more spheres than objects other than spheres"; "are
    exactly half of the objects blue" -> "are there as many blue objects as objects that are not blue"."""
    compared = _PROPORTIONS.get(share)
    if compared is None:
        return None
    joiner = "as" if compared.endswith("as many") else "than"
    if _plural_name(what):
        return f" are there {compared} {what} {joiner} {things} other than {what} "
    if _is_adjective(what):
        return f" are there {compared} {what} {things} {joiner} {things} that are not {what} "
    return None


def _is_plural_noun(word: str) -> bool:
    found = LEXICON.noun(word)
    return found is not None and found[0] != "thing" and singular(word) != word and LEXICON.attribute_of(word) is None


_WHOSE_PART = rf" (?:and |, )?(?:whose|with (?:a|the|its)) {ATTRIBUTE} (?:is|being|of|=) (?:not )?(?:an? )?[a-z]+"
_WHOSE = re.compile(rf"\b([a-z]+)((?:{_WHOSE_PART})+)")


def _whose(match: re.Match) -> str:
    """ "the object whose colour is gray", "things whose material is not metal", "an object whose shape is a
    cylinder and whose size is small", "a cube with a colour of red" -> the values said before the noun ("the
    gray object", "small cylinder"), a negated one as "that is not V"."""
    noun, said = match.group(1), []
    wanted, negated = [], []
    for part in re.finditer(rf"({ATTRIBUTE}) (?:is|being|of|=) (not )?(?:an? )?([a-z]+)", match.group(2)):
        attribute, value = part.group(1), part.group(3)
        if _family(value) != attribute:
            return match.group(0)  # "whose colour is nice": no value of the attribute named
        said.append((value, bool(part.group(2))))
    for value, negative in said:
        (negated if negative else wanted).append(value)
    shapes = [v for v in wanted if LEXICON.noun(v) is not None]
    if shapes and noun in _GENERIC | {"object", "thing", "item", "shape", "one", "ones"}:
        plural_noun = noun.endswith("s") and noun != singular(noun)
        noun = plural(shapes[0]) if plural_noun else shapes[0]
        wanted = [v for v in wanted if v not in shapes]
    elif shapes:
        return match.group(0)
    text = " ".join([*wanted, noun])
    if negated:
        text += " that is " + " and ".join(f"not {v}" for v in negated)
    return text


def _attribute_said_after(match: re.Match) -> str:
    """ "have a colour that is blue", "with metal as their material" -> "have a blue colour", "with a metal
    material" (the value before the attribute's name, as the grammar reads it), when the value is one of it."""
    attribute, value = (match.group(2), match.group(3)) if match.group(2) else (match.group(5), match.group(4))
    if _family(value) != attribute:
        return match.group(0)
    verb = "with" if match.group(1) == "having" else match.group(1)
    return f"{verb} a {value} {attribute}"


def _material_said_with_noun(match: re.Match) -> str:
    """ "made of a metallic material" -> "made of metal"."""
    found = LEXICON.attribute_of(match.group(2))
    if found is None or found[0] != "material":
        return match.group(0)
    return f"made {match.group(1) or ''}of {found[1]}"


_ONE_MORE = re.compile(
    r"^\s*(?:besides|apart from|other than|aside from|except for|except) (the [a-z ]+?)\s*[,:;]?\s*"
    r"(?:there is |there are )?"
    r"(?:only |just |exactly )?(?:one|a single) (?:more|other|another|further|additional) ([a-z ]+?)"
    rf"(?: (?:of|with) (?:that|this|the same) ({ATTRIBUTE})| is ([a-z ]+?))?\s*[.;:,]\s*"
    rf"(what|which) ({ATTRIBUTE}) (?:is it|does it have|is that one|is that)\s*[?.!]*\s*$"
)


def _one_more(match: re.Match) -> str:
    """ "besides the gray ball, there is one more ball of that size. what colour is it?", "apart from the cube, one
    other object is metallic. what colour is it?" -> the attribute of the other one."""
    named, kind, shared, said, wh, asked = match.groups()
    if said:
        if not _all_adjectives(said):
            return match.group(0)
        kind = f"{said} {kind}"
    if shared:
        return f" {wh} {asked} is the {kind} that has the same {shared} as {named} "
    return f" {wh} {asked} is the {kind} other than {named} "


_OTHER_OF_THAT = re.compile(
    r"^\s*(the [a-z ]+?) (?:is|is a|is an) [a-z ]+?\s*[.;:,]\s*(what|which) ([a-z]+) is the other ([a-z ]+?) "
    rf"(?:of|with|having) (?:the same|that|this|its) ({ATTRIBUTE})\s*[?.!]*\s*$"
)


def _other_of_that(match: re.Match) -> str:
    """ "the cyan ball is big. what colour is the other sphere of the same size?" -> the one sharing its size."""
    named, wh, asked, kind, shared = match.groups()
    return f" {wh} {asked} is the {kind} that has the same {shared} as {named} "


_THAT_ATTRIBUTE = re.compile(
    r"^\s*(?:(?:look at|consider|take|focus on|there is|here is) )?(the [a-z ]+?)\s*[.;:,]\s*"
    r"((?:how many|what|which|is there|are there)\b.*?)\b(?:has|have) (?:exactly |precisely |just )?"
    rf"(?:that|this|its|the same) ({ATTRIBUTE})\b"
    r"(?: too| as well)?\s*[?.!]*\s*$"
)


def _that_attribute(match: re.Match) -> str:
    """ "look at the brown cube. how many other objects have exactly that shape?", "the small purple ball: what
    colour is the other object that has its shape?" -> "... have the same shape as the brown cube"."""
    named, asked, shared = match.groups()
    verb = "has" if re.search(r"\b(?:what|which)\b", asked) and " that " in f" {asked}" else "have"
    return f" {asked}{verb} the same {shared} as {named} "


def _value_like(match: re.Match) -> str:
    """ "how many other cubes are purple like the small metal cube" -> "... have the same color as ..."."""
    family = _family(match.group(2))
    if family not in ATTRIBUTE_WORDS:
        return match.group(0)
    return f"{'have' if match.group(1) == 'are' else 'has'} the same {family} as {match.group(3)}"


def _picked(noun: str, said: str) -> str:
    """ "cube", "the leftmost" -> "the leftmost cube"; "object", "closest to the cube" -> "the object that is
    closest to the cube"."""
    superlative = re.fullmatch(r"the ([a-z]+)", said)
    return f"the {superlative[1]} {noun}" if superlative else f"the {noun} that is {said}"


def _noun_predicate(match: re.Match) -> str:
    """ "objects that are (not) spheres": the spheres (objects other than spheres); any other words stay."""
    generic, negated, words, noun = match.group(1), match.group(2), (match.group(3) or "").split(), match.group(4)
    if not _is_plural_noun(noun) or not all(_is_adjective(w) for w in words):
        return match.group(0)
    described = " ".join([*words, noun])
    return f"{generic} other than {described}" if negated else described


def _shared_noun(match: re.Match) -> str:
    """ "both red and purple cylinders" -> "both red cylinders and purple cylinders" (two adjectives of one
    kind sharing a plural noun)."""
    lead, first, joiner, second, noun = match.groups()
    a, b = LEXICON.attribute_of(first), LEXICON.attribute_of(second)
    if a is None or b is None or a[0] != b[0] or LEXICON.noun(first) or LEXICON.noun(second):
        return match.group(0)
    if LEXICON.noun(noun) is None or singular(noun) == noun:
        return match.group(0)
    return f"{lead or ''}{first} {noun} {joiner} {second} {noun}"


def _no_subject(match: re.Match) -> str:
    """ "is no object purple" -> "is there no purple object"."""
    words, last = match.group(1).split(), match.group(2)
    if not _is_adjective(last) or not words or LEXICON.noun(words[-1]) is None:
        return match.group(0)
    return f" is there no {last} {' '.join(words)} "


def _count_relative(match: re.Match) -> str:
    """ "how many objects that are blue or yellow" -> "how many objects are blue or yellow" (one clause only)."""
    head, rest = match.group(1), match.group(2)
    if re.search(r"\b(?:is|are|do|does|have|has)\b", rest) or re.search(r"\b(?:is|are)\b", head[9:]):
        return match.group(0)
    return f"{head} are {rest}"


def _generic_named(match: re.Match) -> str:
    """ "the thing left of the ball that is a cube" -> "the cube left of the ball" (a generic head named later)."""
    middle, noun = match.group(2), match.group(3)
    found = LEXICON.noun(noun)
    if found is None or found[0] == "thing" or LEXICON.attribute_of(noun) is not None:
        return match.group(0)
    return f"{noun}{middle}"


def _every_listed(match: re.Match) -> str:
    """ "name every red thing on the table" -> "what are the red things on the table" (each one named: a list)."""
    words = match.group(1).split()
    for at, word in enumerate(words):
        if LEXICON.noun(word) is not None and singular(word) == word:
            words[at] = plural(word)
            return f" what are the {' '.join(words)} "
    return match.group(0)


def _equal_numbers(match: re.Match) -> str:
    """ "equal number of cubes and balls?" -> "are there as many cubes as balls"; a noun the two share ("same
    number of red and green things") is left to the rules for shared nouns."""
    first, second = match.group(1), match.group(2)
    if LEXICON.noun(first.split()[-1]) is None:
        return f" same number of {first} and {second} "
    return f" are there as many {first} as {second} "


def _not_a_kind(match: re.Match) -> str:
    """ "how many people are not men" -> "how many people other than men" (a kind, not an adjective, denied)."""
    words, noun = match.group(2).split(), match.group(3)
    if not _is_plural_noun(noun) or not all(_is_adjective(w) for w in words):
        return match.group(0)
    return f"{match.group(1)} other than {' '.join([*words, noun])} "


def _other_than_last(match: re.Match) -> str:
    """ "how many objects are large other than the cube" -> "how many objects other than the cube are large"."""
    head, predicate, excluded = match.groups()
    if re.search(r"\b(?:is|are|other)\b", head[9:]) or re.search(r"\b(?:is|are)\b", excluded):
        return match.group(0)
    placed = re.fullmatch(rf"(\s*how many (?:\w+ )*?\w+) ((?:on|in|{RELATION}) .+)", head)
    adjectives = predicate.split()[1:]
    if placed and adjectives and _all_adjectives(" ".join(adjectives)):
        # "how many things on the table are white other than the plate": "other than" after "the table" would
        # take the plate from the tables; "how many white things other than the plate are on the table"
        counted = placed.group(1).split()
        described = " ".join([*counted[:2], *adjectives, *counted[2:]])
        return f"{described} other than {excluded} are {placed.group(2)}"
    return f"{head} other than {excluded} {predicate}"


def _side(place: str) -> str:
    """A place as a relation before its object: "left" -> "to the left of", "behind" -> "behind"."""
    place = place if place.startswith(("to the", "in front", "behind", "above", "below")) else f"to the {place}"
    return f"{place} of" if place.startswith(("to the", "in front")) else place


def _two_sides(match: re.Match) -> str:
    """ "is it to the right of the cylinder or the left" -> "is it to the right of or to the left of the cylinder"."""
    return f"{match[1]} {_side(match[2])} or {_side(match[4])} {match[3]} "


def _some_of_them(match: re.Match) -> str:
    """ "are at least two of the objects spheres" -> "are there at least two objects that are spheres": the noun
    phrase ends at its first plural noun, the rest is what they are said to be."""
    quantity, words = match.group(1), match.group(2).split()
    end = next((i for i, w in enumerate(words) if _is_plural_noun(w) or w in _GENERIC), None)
    if end is None or end == len(words) - 1:
        return match.group(0)
    subject, rest = words[: end + 1], words[end + 1 :]
    if rest[0] not in {"that", "which"}:
        rest = ["that", "are", *rest]
    return f" are there {quantity} {' '.join(subject)} {' '.join(rest)} "


def _nothing_adjective(match: re.Match) -> str:
    """ "is there nothing red" -> "is there no red thing"."""
    words = match.group(1).split()
    if not all(_is_adjective(w) for w in words):
        return match.group(0)
    return f" is there no {' '.join(words)} thing "


def _reduced_relative(match: re.Match) -> str:
    """ "the hat the man is wearing" -> "the hat that the man is wearing" (an object relative without "that")."""
    head, subject, verb = match.group(1), match.group(2), match.group(3)
    bare = verb.split()[-1]
    known = bare in L_VERB_INGS or (bare.endswith("s") and bare[:-1] in LEXICON_VERBS)
    if not known or LEXICON.noun(head.split()[-1]) is None:
        return match.group(0)
    return f"{head} that {subject} {verb}"


def _attribute_had(match: re.Match) -> str:
    """ "objects that have the color red" / "have red color" -> "are red" (the value names its attribute)."""
    verb, first, second = match.groups()
    if re.match(r"\s*(?:does|do|did)\b", match.string):  # "does the ball have round shape": the grammar's own
        return match.group(0)
    attribute, value = (first, second) if first in ATTRIBUTE_WORDS else (second, first)
    found = LEXICON.attribute_of(value)
    if found is None or found[0] != attribute:
        return match.group(0)
    return f"{'is' if verb == 'has' else 'are'} {value}"


def _bare_present(match: re.Match) -> str:
    """ "red cube present?" -> "is there a red cube"."""
    phrase = match.group(1)
    if re.match(r"(?:is|are|was|were|do|does|how|what|which|who|where|why|there|can|could)\b", phrase):
        return match.group(0)
    last = phrase.split()[-1]
    if LEXICON.noun(last) is None:
        return match.group(0)
    return f" are there any {phrase} " if singular(last) != last else f" is there a {phrase} "


def _exists_plain(match: re.Match) -> str:
    """ "is a big green block (in the picture)?" -> "is there a big green block"."""
    determiner, phrase = match.groups()
    if LEXICON.noun(phrase.split()[-1]) is None:
        return match.group(0)
    return f" is there {determiner} {phrase} "


def _neither(match: re.Match) -> str:
    first, second = match.groups()
    if not (_is_adjective(first) and _is_adjective(second)):
        return match.group(0)
    return f"not {first} and not {second}"


# --- other voices: topics before the question, terse keyword queries, learners' word order -----------------------
_NOT_TOPIC = frozenset(
    "is are was were does do did has have can could what which how who where why there i you we my me "
    "same number count total more fewer less than and or not no present visible".split()
)
"""Words that show a phrase is a clause or a question of its own, not a noun phrase standing as a topic."""
_DETERMINERS = ("the", "this", "that", "a", "an")
_TOPIC_PRONOUN = re.compile(r"\b(its|it|she|he|they|them)\b")


_FUNCTION_WORDS = frozenset("the a an of in on to at it this that with by for from any some all".split())


def _noun_phrase_words(phrase: str) -> list[str] | None:
    """The words of ``phrase`` when it reads as a noun phrase (no verb or question word; a known noun, or a last
    word that may be an open-vocabulary noun such as "bus"), else None."""
    words = phrase.split()
    if not words or any(w in _NOT_TOPIC for w in words) or not _names_a_thing(words):
        return None
    return words


_FAR_WORDS = frozenset({"far", "farther", "further", "distant"})
_WAY_ENDS = {
    "left to right": ("left", "right"),
    "right to left": ("right", "left"),
    "front to back": ("front", "back"),
    "back to front": ("back", "front"),
    "top to bottom": ("top", "bottom"),
    "bottom to top": ("bottom", "top"),
}
"""A way of going through the picture -> where it starts and where it ends."""


_ITS_PLACE = re.compile(
    r"\b(?:(?:to|on) its (left|right)(?:[- ]hand)?(?: side)?|(?:to|on) the (left|right)(?:[- ]hand)?(?: side)? of it|"
    r"(behind|in front of) it)\b"
)


def _placed_from(m: re.Match[str]) -> str:
    """ "the X - the Y to its right, what colour is it?" -> "what colour is the Y to the right of the X?" (as it was
    where the placed thing says no place from its anchor)."""
    anchor, placed = m["anchor"].lower(), m["placed"].lower()
    found = _ITS_PLACE.search(placed)
    if found is None or len(_ITS_PLACE.findall(placed)) != 1 or re.search(r"\bits?\b", _ITS_PLACE.sub("", placed)):
        return m[0]
    side = found[1] or found[2]
    place = f"to the {side} of {anchor}" if side else f"{found[3]} {anchor}"
    thing = placed[: found.start()] + place + placed[found.end() :]
    return f"what {m['attribute']} is {thing}?" if m["attribute"] else f"is {thing} {m['said']}?"


def _noun_of_things(word: str) -> bool:
    """Whether ``word`` is a noun for things ("cups", "things", "ones"), not a verb ("stand")."""
    return word in {"one", "ones", "thing", "things"} or bool(LEXICON.noun(word)) or known_name(singular(word))


_PICTURE_NAMED = re.compile(r"(?i)\b(?:picture|image|photo|photograph|pic|scene|shot|frame|view|drawing|render)\b")


_SHAPE_NOUN = r"(cube|sphere|ball|cylinder|block|thing|object)"
_ADJECTIVE = r"(small|big|large|little|tiny|huge|red|blue|green|yellow|gray|grey|brown|purple|cyan|metal|rubber)"
_SHEEN = frozenset({"shiny", "matte", "matt", "glossy", "dull"})
_SOMEONE = frozenset({"a person", "somebody", "someone", "one person"})


def _value_said(word: str) -> bool:
    """Whether ``word`` is a value of a colour, size, material or shape."""
    found = LEXICON.attribute_of(word)
    return found is not None and found[0] is not None


def _far_or_near_of(adjectives: str, head: str) -> bool:
    """Whether "the far/near ``adjectives`` ``head``" names a thing ("the far ball", "the near red one"), not a side
    or a place ("the far left", "the near end")."""
    if any(LEXICON.attribute_of(word) is None for word in adjectives.split()):
        return False  # "the far right one", "the far right a girl": a side, not a thing's adjectives
    if head in {"left", "right", "end", "side", "corner", "top", "bottom", "back", "front", "edge", "row", "wall"}:
        return False
    return head in {"one", "thing", "object"} or bool(LEXICON.noun(head)) or known_name(singular(head))


def _names_a_thing(words: list[str]) -> bool:
    """Whether ``words`` hold a known noun or end in a word that may be an open-vocabulary noun ("bus")."""
    last = words[-1]
    open_noun = last.isalpha() and last not in _FUNCTION_WORDS and LEXICON.attribute_of(last) is None
    return open_noun or any(LEXICON.noun(w) for w in words)


def _definite(words: list[str]) -> str:
    """ "small cube" / "a small cube" -> "the small cube"."""
    return "the " + " ".join(words[1:] if words[0] in _DETERMINERS else words)


_DEMONSTRATIVE = re.compile(r"\b(that|this)\b")


def _demonstrative_pronoun(rest: str) -> re.Match | None:
    """ "what shape is that", "is this metal": "that"/"this" standing alone (no noun after it) as a pronoun."""
    for found in _DEMONSTRATIVE.finditer(rest):
        before = rest[: found.start()].split()
        if before and before[-1] not in _PRONOUN_AFTER:
            continue  # "the objects that are ...": a relative pronoun after its noun
        after = rest[found.end() :].split()
        if not after or after[0] in _PRONOUN_FOLLOWERS:
            return found
        if _is_adjective(after[0]) and (len(after) == 1 or after[1] in {"?", "or", "and"}):
            return found  # "is that metal", "is this red or blue"
    return None


_PRONOUN_AFTER = frozenset("is are was were does do did of about to with behind near than".split())
_PRONOUN_FOLLOWERS = frozenset("? is are made look looks seem seems have has on in to left right behind near".split())


def _topic(match: re.Match) -> str:
    """ "the small cube, what colour is it?" -> "what colour is the small cube" (a topic the question's pronoun
    points back to; "its colour" becomes "the colour of" the topic)."""
    words, rest = _noun_phrase_words(match.group(1)), match.group(2)
    if words is None:
        return match.group(0)
    topic = _definite(words)
    found = _TOPIC_PRONOUN.search(rest) or _demonstrative_pronoun(rest)
    return _in_place_of(found, rest, topic) or match.group(0)


def _in_place_of(found: re.Match | None, rest: str, topic: str) -> str | None:
    """``rest`` with the pronoun ``found`` replaced by ``topic`` ("its colour" by "the colour of" it); None when
    there is no pronoun, or "its" is not followed by an attribute."""
    if found is None:
        return None
    if found.group(1) == "its":
        following = re.match(rf"\s*({ATTRIBUTE})\b", rest[found.end() :])
        if following is None:
            return None
        return f" {rest[: found.start()]}the {following.group(1)} of {topic}{rest[found.end() + following.end() :]} "
    return f" {rest[: found.start()]}{topic}{rest[found.end() :]} "


_QUESTION_WORDS = frozenset("what which how who where why whose".split())
_CLAUSE_VERBS = frozenset("is are was were has have does do did can made".split())
_RELATIVES = frozenset("that which who".split())


def _spoken_topic(match: re.Match) -> str:
    """ "the thing behind the green cube what colour is it" -> "what colour is the thing behind the green cube";
    "the ball what colour" -> "what colour is the ball": a described object (relative clauses allowed), then a
    question whose pronoun points back to it, or that asks only for an attribute."""
    phrase, rest = match.group(1), match.group(2)
    words = phrase.split()
    if _QUESTION_WORDS & set(words) or not _names_a_thing(words):
        return match.group(0)
    # a verb outside a relative clause makes the phrase a clause ("the ball ... is made of what material")
    if any(w in _CLAUSE_VERBS and (i == 0 or words[i - 1] not in _RELATIVES) for i, w in enumerate(words)):
        return match.group(0)
    if re.fullmatch(rf"\s*(?:what|which) ({ATTRIBUTE})\s*", rest):
        return f" {rest.strip()} is {phrase} "
    owned = re.search(r"\b(?:his|her|their) (\w+)\b", rest)
    if owned is not None and LEXICON.attribute_of(owned.group(1)) is None and owned.group(1) not in ATTRIBUTE_WORDS:
        # "the man on the left what colour is his tie": the tie of the man on the left
        return f" {rest[: owned.start()]}the {owned.group(1)} of {phrase}{rest[owned.end() :]} "
    found = _TOPIC_PRONOUN.search(rest)
    if found is not None and found.group(1) in {"she", "he"}:
        return match.group(0)
    return _in_place_of(found, rest, phrase) or match.group(0)


def _terse_attribute(match: re.Match) -> str:
    """ "big metal thing color?" / "the bus: colour?" -> "what is the color of the big metal thing"."""
    words = _noun_phrase_words(match.group(1))
    if words is None:
        described = match.group(1).strip()  # "the cylinder that is not metal: colour?" (set off by a colon or dash)
        separated = re.search(r"[:,-]\s*\w+\s*$", match.group(0)) is not None
        if separated and re.match(r"(?:the|this|that) \w+(?: \w+)? (?:that|which) (?:is|are) ", described):
            return f" what is the {match.group(2)} of {described} "
        return match.group(0)
    if match.group(2) == "shape" and LEXICON.attribute_of(words[-1]) is not None and LEXICON.noun(words[-1]) is None:
        return match.group(0)  # "cyan object left of red shape?": a red shape, no question of a shape
    return f" what is the {match.group(2)} of {_definite(words)} "


_NEVER_TERSE = frozenset("present visible there here shown around seen existing".split())


def _terse_verify(match: re.Match) -> str:
    """ "cyan sphere small?" -> "is the cyan sphere small" (a singular noun phrase, then one adjective)."""
    words, adjective = _noun_phrase_words(match.group(1)), match.group(2)
    if words is None or adjective in _NEVER_TERSE or not _is_adjective(adjective):
        return match.group(0)
    if _indefinite_pronoun(words):  # "anything red?": whether some object is, never a check of the whole scene
        return f" is there anything {adjective} "
    last = words[-1]
    named = LEXICON.noun(last) is not None or known_name(last)  # "car white?": any object name of the photos too
    if not named or singular(last) != last or LEXICON.attribute_of(last) is not None:
        return match.group(0)
    return f" is {_definite(words)} {adjective} "


INDEFINITE_PRONOUNS = frozenset({"anything", "something", "any thing", "some thing", "anyone", "any one"})
"""Heads that ask whether some object fits ("anything red?", "any thing metal?"): existence, never a ``verify``."""


def _indefinite_pronoun(words: list[str]) -> bool:
    return " ".join(words) in INDEFINITE_PRONOUNS or (len(words) == 1 and words[0] in INDEFINITE_PRONOUNS)


_SIDE_WORDS = frozenset("of side sides part parts edge edges corner corners half end hand one ones most".split())
_POSITION_OF = {"left": "on the left", "right": "on the right", "top": "at the top", "bottom": "at the bottom"}


def _position_first(match: re.Match) -> str:
    """ "the left tie", "the right-hand cup", "the top shelf" -> "the tie on the left", "the shelf at the top"
    (a position in the picture said before the noun, as "the middle cup" is)."""
    determiner, side, following = match.group(1), match.group(2), match.group(3).split()
    if match.string[: match.start()].split()[-1:] in (["on"], ["to"], ["at"], ["in"], ["from"]):
        return match.group(0)  # "on the left side of", "to the right of": a side, said as usual
    k = 0
    while k < len(following) - 1 and _is_adjective(following[k]):
        k += 1
    noun, rest = following[k], following[k + 1 :]
    if noun in _SIDE_WORDS or noun in _POSITION_OF or rest[:1] == ["of"]:
        return match.group(0)
    known = LEXICON.noun(noun)
    if known is None and (
        not noun.isalpha()
        or noun in _FUNCTION_WORDS
        or noun in _NOT_TOPIC
        or _is_adjective(noun)
        or noun in L_VERB_INGS
        or noun in LEXICON_VERBS
    ):
        return match.group(0)
    return f"{determiner} {' '.join(following[: k + 1])} {_POSITION_OF[side]} {' '.join(rest)}"


_WORN = r"(?:(?:a|an|any|some|no|the|his|her|their) )?(?:\w+ ){0,3}?\w+"
"""What "have ... on" says is worn: a noun phrase of up to five words."""
_POSSESSIVE = re.compile(r"^(?:his|her|their) ")


_TEXT_WORDS = frozenset({"text", "writing", "words", "letters", "lettering", "inscription", "inscriptions"})
"""Words for what a thing carries written on it (had, never worn)."""


def _worn(words: str) -> bool:
    """Whether the words between "have" and "on" read as a noun phrase (no verb or question word in them)."""
    ws = words.split()
    if ws and ws[-1] in _TEXT_WORDS:  # "the bus has writing on it" carries text, nothing worn
        return False
    return bool(ws) and ws[0] not in {"you", "i", "we"} and not any(w in _NOT_TOPIC or w == "got" for w in ws)


def _offered_kinds(match: re.Match) -> str:
    """ "a circle, square or triangle" -> "a circle or a square or a triangle": kinds offered as a list, each with its
    article (a bare "square" after "or" would read as an adjective, "a circle or square" as one thing). Unchanged
    unless every word is a singular known noun."""
    listed = [w.split()[-1] for w in re.split(r",| or ", match[3]) if w.strip()]
    words = [match[2], *listed, match[4]]
    if not all((known_name(w) or LEXICON.noun(w) is not None) and singular(w) == w for w in words):
        return match[0]
    return _each_with_article(words)


def _each_with_article(words: list[str]) -> str:
    """ "a circle or a square or an ellipse": kinds offered, each with its article."""
    return " or ".join(f"{'an' if w[0] in 'aeiou' else 'a'} {w}" for w in words)


_BARE_OPTIONS = re.compile(
    r"^\s*(?:an? )?([a-z]+)((?:\s*,\s*(?:an? )?[a-z]+)*)\s*,?\s+or\s+(?:an? )?([a-z]+)\s*[?.!]*\s*$"
)


def bare_options(normalized: str) -> str | None:
    """A question that is only options, asked of the one thing the picture shows: "circle or square" -> "is it a
    circle or a square", "red, blue or green" -> "is it red or blue or green" (all kinds of thing, or all values of
    one attribute); None otherwise. Only for a whole question: after "who is on the left:" the same words offer
    that person's options.

    >>> bare_options("circle or square"), bare_options("yes or no")
    ('is it a circle or a square', None)
    """
    match = _BARE_OPTIONS.match(normalized)
    if match is None:
        return None
    words = [match[1], *(w.split()[-1] for w in match[2].split(",") if w.strip()), match[3]]
    if all(known_name(w) and singular(w) == w for w in words):
        return "is it " + _each_with_article(words)
    families = {(LEXICON.attribute_of(w) or (None,))[0] for w in words}
    if len(families) == 1 and None not in families:
        return "is it " + " or ".join(words)
    return None


def _offered_kinds_plural(match: re.Match) -> str:
    """ "circles, squares(,) or triangles" -> "circles or squares or triangles" (kinds in the plural, listed)."""
    words = [match[1], *(w.strip() for w in match[2].split(",") if w.strip()), match[3]]
    if not all(singular(w) != w and known_name(singular(w)) for w in words):
        return match[0]
    return " or ".join(words)


def _have_on(match: re.Match) -> str:
    """ "does the man on the left have a tie on?", "has the woman got a hat on?" -> "is the man on the left wearing
    a tie", "is the woman wearing a hat" (to have something on is to wear it)."""
    verb, subject, worn = match.groups()
    if subject.split()[-1] in {"you", "i", "we"} or not _worn(worn):
        return match.group(0)
    plural = verb in {"do", "have"}
    return f" {'are' if plural else 'is'} {subject} wearing {_POSSESSIVE.sub('a ', worn)} "


def _have_on_inside(match: re.Match) -> str:
    """ "how many people have hats on", "a man who has a tie on" -> "... are wearing hats", "... is wearing a tie"."""
    verb, worn = match.groups()
    if not _worn(worn):
        return match.group(0)
    return f"{'is' if verb == 'has' else 'are'} wearing {_POSSESSIVE.sub('a ', worn)}"


def _terse_choice(match: re.Match) -> str:
    """ "yellow object: sphere or cylinder?" / "shiny or matte, the cube?" -> "is the yellow object sphere or
    cylinder" (a noun phrase and two options, either side of a colon or comma)."""
    phrase, first, second = match.group("np"), match.group("a"), match.group("b")
    words = _noun_phrase_words(phrase)
    options = [o.split()[-1] for o in (first, second)]
    if words is None or not all(_is_adjective(o) or LEXICON.noun(o) for o in options):
        return match.group(0)
    if not any(_is_adjective(o) for o in options):  # two nouns: "a sphere or a cylinder"
        first, second = (o if o.startswith(("a ", "an ")) else f"a {o}" for o in (first, second))
    return f" is {_definite(words)} {first} or {second} "


def _same_number(match: re.Match) -> str:
    """ "same amount of metal and rubber objects" -> "are there the same number of metal objects and rubber
    objects" (two adjectives sharing the plural noun, as elsewhere)."""
    both = re.sub(
        r"\b(both |either )?(\w+) (and|or) (\w+) (\w+)\b", _shared_noun, f"{match.group(1)} and {match.group(2)}"
    )
    return f" are there the same number of {both} "


def _terse_same(match: re.Match) -> str:
    """ "gray cube and purple cylinder, same material?" -> "do the gray cube and the purple cylinder have the same
    material"."""
    first, second = _noun_phrase_words(match.group(1)), _noun_phrase_words(match.group(2))
    if first is None or second is None:
        return match.group(0)
    return f" do {_definite(first)} and {_definite(second)} have the same {match.group(3)} "


def _adjective_first(match: re.Match) -> str:
    """ "is big the red cube" -> "is the red cube big" (the adjective before its subject, as some languages put it)."""
    verb, adjective, subject = match.groups()
    if not _is_adjective(adjective):
        return match.group(0)
    return f" {verb} {subject} {adjective} "


def _any_of(match: re.Match) -> str:
    """ "yellow objects: are there any?" -> "are there any yellow objects"."""
    words = _noun_phrase_words(match.group(1))
    if words is None:
        return match.group(0)
    return f" are there any {' '.join(w for w in words if w not in _DETERMINERS)} "


def _with_value(match: re.Match) -> str:
    """ "small things with blue color" -> "small things that are blue" (a value named with its attribute, after
    the noun)."""
    value, attribute = match.groups()
    before = match.string[: match.start()].split()
    noun = before[-1] if before else ""
    found = LEXICON.attribute_of(value)
    known = LEXICON.noun(noun)
    if found is None or found[0] != attribute or known is None or LEXICON.attribute_of(noun):
        return match.group(0)
    return f"that {'are' if known[1] else 'is'} {value}"


def _only_ones(match: re.Match) -> str:
    """ "how many cylinders, metal ones only" -> "how many metal cylinders" (a restriction said after the
    question: its adjectives go before the plural noun that "ones" stands for, the first one asked about)."""
    lead, adjectives = match.group(1), match.group(2).split()
    if not adjectives or not all(_is_adjective(w) for w in adjectives):
        return match.group(0)
    words = lead.split()
    for i, word in enumerate(words):
        if _is_plural_noun(word) or word in _GENERIC:
            return " " + " ".join([*words[:i], *adjectives, *words[i:]]) + " "
    return match.group(0)


def _all_adjective(match: re.Match) -> str:
    """ "all cubes rubber?" -> "are all cubes rubber" (a universal asked without its verb)."""
    noun_words, adjective = match.group(1).split(), match.group(2)
    if not _is_adjective(adjective) or not _is_plural_noun(noun_words[-1]):
        return match.group(0)
    if not all(_is_adjective(w) for w in noun_words[:-1]):
        return match.group(0)
    return f" are all {match.group(1)} {adjective} "


_STATED_COUNT = re.compile(
    r"^(exactly |only |at least |at most |more than |fewer than |less than )?(zero|no|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten) ((?:\w+ ){0,3}?\w+)(?: (?:is|are) (\w+))?$"
)


def _as_question(statement: str) -> str:
    """A statement as the yes/no question that checks it: "there are two cubes" -> "are there two cubes", "the
    cube is red" -> "is the cube red", "zero red objects" -> "are there no red objects", "exactly one sphere is
    small" -> "are there exactly one small sphere"; anything else as it is."""
    text = statement.strip(" ,.!?")
    found = re.fullmatch(r"there (is|are) (.+)", text)
    if found:
        return f"{found.group(1)} there {found.group(2)}"
    found = _STATED_COUNT.match(text)
    if found and (found.group(4) is None or _is_adjective(found.group(4))):
        quantifier, number, noun, adjective = found.groups()
        number = "no" if number == "zero" else number
        return f"are there {quantifier or ''}{number} {adjective + ' ' if adjective else ''}{noun}"
    found = re.fullmatch(r"((?:the|this|that|these|those|all|both|every|each|no|none of the) .+?) (is|are) (.+)", text)
    if found:
        return f"{found.group(2)} {found.group(1)} {found.group(3)}"
    return text


def _tagged_statement(match: re.Match) -> str:
    """ "the cube is red, right?" -> "is the cube red" (a statement with a tag asking to confirm it); a question
    with a tag stays a question."""
    statement = match.group(1).strip(" ,?.!-")
    first = statement.split()[0] if statement.split() else ""
    if first in {"is", "are", "does", "do", "did", "was", "were", "can", "has", "have", "how", "what", "which"}:
        return f" {statement} "
    question = _as_question(statement)
    return match.group(0) if question == statement.strip(" ,.!?") else f" {question} "


def _names_noun(words: list[str]) -> bool:
    """Whether ``words`` end with a noun the lexicon knows ("cube", "red balls"), the rest adjectives or
    determiners."""
    if not words or (LEXICON.noun(words[-1]) is None and singular(words[-1]) not in SHAPE_NOUNS):
        return False
    return all(_is_adjective(w) or w in _DETERMINERS for w in words[:-1])


_PEOPLE = "man|woman|boy|girl|person|lady|guy|kid|child|men|women|boys|girls|people|persons|ladies|guys|kids|children"
_WEARER = (
    rf"(?:(?:the|this|that|a|both(?: of)?(?: the)?|all(?: of)?(?: the)?|the two) (?:\w+ ){{0,2}}?(?:{_PEOPLE})"
    r"(?: (?:on|in|at|from) the (?:left|right|middle|center|front|"
    r"back))?(?: (?:with|holding|carrying|walking) (?:the|a|an|his|her) (?:\w+ )?\w+)?"
    r"(?: (?:near|by|next to|beside|behind|in front of|close to) (?:the|a) (?:\w+ )?\w+)?"
    r"(?: (?:who|that) (?:is|are) (?:holding|carrying|walking|near|next to|beside|by) (?:the|a|an|his|"
    r"her) (?:\w+ )?\w+)?"
    r"|he|she|they)"
)
"""A person described by kind, adjectives, ordinal and side only ("the second woman from the left"): what such a
person is wearing, without naming the garment, is their colour."""


_COUNTING = ("how many", "count", "the number", "number", "please state", "state", "what is the number",
             "what is the total", "the total", "tell me how many", "give me the number")  # fmt: skip
_GENERIC = frozenset({"objects", "things", "items", "shapes"})


def _is_colour(word: str) -> bool:
    return _is_adjective(word) and _family(word) == "color"


def _count_adjective(match: re.Match) -> str:
    """ "how many cylinder blue" -> "how many cylinder are blue" (the adjective after the noun, no verb)."""
    words, negated, adjective = _noun_phrase_words(match.group(1)), match.group(2), match.group(3)
    if words is None or LEXICON.attribute_of(words[-1]) is not None or not _is_adjective(adjective):
        return match.group(0)
    return f" how many {' '.join(words)} are{negated or ''} {adjective} "


def _terse_text(match: re.Match) -> str:
    """ "sign text?" -> "what does the sign say"."""
    words = _noun_phrase_words(match.group(1))
    if words is None:
        return match.group(0)
    return f" what does {_definite(words)} say "


_NUMBER = rf"(?:\d+|{'|'.join(NUMBER_WORDS)})"
_QUANTIFIER = r"exactly|precisely|only|just|more than|fewer than|less than|at least|at most|no more than|over|under"
_STATED_NUMBER = re.compile(rf" (?:{_NUMBER}) ")


def _count_against_number(match: re.Match[str]) -> str:
    """ "the number of X is greater than 2" -> "are there more than 2 X" (and equal to / less than)."""
    things, equal, more, _fewer, number = match.groups()
    quantifier = "exactly" if equal else "more than" if more else "fewer than"
    return f" are there {quantifier} {number} {things} "


SECTION = "section"
SHORT = "short"
"""A marker like :data:`SECTION` whose rules run only on questions of at most this many words (terse queries).
A section's condition may also be a function of the text (True: run its rules)."""
TOPIC_QUESTION = "what|which|how|is|are|does|do|can"
_SIDE_PHRASE = re.compile(r" (?:on|to|from) (?:left|right)\b| at (?:the )?(?:left|right)\b| (?:left|right) from ")
"""A marker in :data:`_RULES`: the rules up to the next marker run only when the question holds one of its
words (None: always); the words are the ones every rule of the section needs, so skipping is exact."""

_OPENER_WORDS = frozenset(
    "good great nice very well done job work now sweetie honey dear darling kiddo buddy sweetheart little one okay ok "
    "oh ah ya yah yeah yep boy guv bro bruh dude yo righto right g'day gday howdy wah gwaan eish ayy aye alrighty "
    "alright let's let us see look carefully closely careful try again think about it with me together along "
    "hmm um so and then next excellent perfect wonderful super yes listen watch ready here we go another "
    "first last one more time remember be attention pay 's status check query request inventory operator workspace "
    "report".split()
)
"""Words of openers and asides that name nothing in the picture ("Good job!", "Look carefully:", "Count with me:",
"Now, sweetie,"): a sentence or clause made only of them is dropped."""
_OPENER = re.compile(r"^\s*([a-z' ]+?)\s*(?:[.!:;,]\s*)+(?=[a-z])")
_TRAILER = re.compile(r"[?.!]\s+([a-z' ]+?)\s*[.!?]*\s*$")


def _finish(match: re.Match) -> str:
    """ "have a shiny finish" -> "are shiny", "cubes with a matte surface" -> "cubes that are matte"."""
    if not _is_adjective(match[2]):
        return match[0]
    return {"has": "is", "have": "are"}.get(match[1], "that are") + f" {match[2]}"


_SUPERLATIVE = {
    "bigger": "biggest",
    "larger": "largest",
    "smaller": "smallest",
    "taller": "tallest",
    "shorter": "shortest",
}


_INVERSE_PLACE = {
    "behind": "in front of", "in front of": "behind", "left of": "right of", "right of": "left of",
    "to the left of": "to the right of", "to the right of": "to the left of", "above": "below", "below": "above",
    "under": "above", "near": "near", "next to": "next to",
}  # fmt: skip
"""The relation seen from the other object: "how many things is the cube behind" counts the things in front of it."""


def _named_side(first: str, second: str, named: str) -> tuple[str, str] | None:
    """Of "FIRST versus SECOND", (the side "the NAMED one" picks, the other), or None when it picks neither."""
    if named == first.split()[0]:
        return first, second
    if named == second.split()[0]:
        return second, first
    return None


def _versus_count(match: re.Match) -> str:
    """ "metal things versus rubber things: are there more metal ones?" -> "are there more metal things than rubber
    things" (the side the "ones" names comes first)."""
    sides = _named_side(match[1], match[2], match[4])
    return f" are there {match[3]} {sides[0]} than {sides[1]} " if sides else match[0]


def _versus_size(match: re.Match) -> str:
    """ "blue cylinder versus grey cylinder: is the blue one the larger?" -> "is the blue cylinder larger than the grey
    cylinder"."""
    sides = _named_side(match[1], match[2], match[3])
    return f" is the {sides[0]} {match[4]} than the {sides[1]} " if sides else match[0]


def _bare_attribute(match: re.Match) -> str:
    """ "cylinder materials?" -> "what materials do the cylinders have"; "cube colour?" -> "what colour is the cube"."""
    words, attribute = match[1].split(), match[2]
    head = words[-1]
    if not (known_name(singular(head)) or LEXICON.noun(head)) or not all(_is_adjective(w) for w in words[:-1]):
        return match[0]
    if attribute.endswith("s") or head != singular(head):
        values = attribute if attribute.endswith("s") else attribute + "s"
        return f" what {values} do the {' '.join([*words[:-1], plural(singular(head))])} have "
    return f" what {attribute} is the {match[1]} "


_SPEAKERS = frozenset(
    "he she it who what that this everyone someone somebody anyone nobody something anything caption label mom mum "
    "dad mother father teacher friend wife husband son daughter boss everybody google siri alexa".split()
)
"""Who says something ("my son says ..."): not a thing whose text is asked about."""


def _the_one(predicate: str) -> str:
    """ "the small one" said of a thing is "small"."""
    found = re.fullmatch(r"the (\w+) one", predicate)
    return found[1] if found and _is_adjective(found[1]) else predicate


def _listed_values(match: re.Match) -> str:
    """ "list the shapes" -> "what shapes are there"; "list the shapes at the bottom" -> "what shapes are at the
    bottom" (a place or a clause after the values says where)."""
    values = f"{match[1] or ''}{match[2]}"
    rest = re.sub(r"^\s*(?:that|which) (?:are|is)\b", "", match[3]).strip()
    if not rest.strip(" ?.!") or not re.match(r"(?:at|on|in|near|next to|left of|right of|behind|in front of) ", rest):
        return f" what {values} are there {match[3]}"
    return f" what {values} are {rest} "


_MADE_OF_ASKED = re.compile(
    r"^\s*(?:are|is|were|was) (?!there\b)(?:(?!\b(?:that|which|who)\b).)* made (?:out )?of \w+\s*$"
)
"""A yes/no question whose predicate is "made of X" ("are all the big objects made of rubber"): its subject's
"made of" is what is asked, not a clause describing the subject."""


_SET_NOUNS = frozenset("things objects items ones people shapes pieces".split())


def _plural_name(word: str) -> bool:
    """A plural of any name nsvr knows ("circles", "cups", "ladies"), not only of its vocabulary's nouns."""
    return (
        _is_plural_noun(word)
        or word in _SET_NOUNS
        or (singular(word) != word and not _is_adjective(word) and known_name(singular(word)))
    )


def _counted_kind(word: str) -> bool:
    """A plural naming one kind of thing ("cubes", "bars"), not a set noun ("things", "people") or an adjective."""
    return word not in _SET_NOUNS and singular(word) != word and not _is_adjective(word)


def _counted_of(match: re.Match) -> str:
    """ "is exactly one of the red cubes made of metal" -> "is there exactly one red cube that is made of metal": a
    number of a set said first, then what they are."""
    words = match[3].split()
    end = next(
        (i for i, w in enumerate(words) if _plural_name(w) and all(map(_is_adjective, words[:i]))),
        None,
    )
    if end is None or end + 1 >= len(words):
        return match[0]
    number = match[2]
    one = number in {"one", "a single"}
    noun = " ".join([*words[:end], singular(words[end]) if one else words[end]])
    rest = re.sub(
        r"^(?:in|from|within) (?:this|the) (?:scene|picture|image|photo) ", "", " ".join(words[end + 1 :])
    ).split()
    if not rest:
        return match[0]
    if rest[0] in {"is", "are"}:
        rest = rest[1:]
    verb = "is" if one else "are"
    return f" {verb} there {match[1] or ''}{number} {noun} that {verb} {' '.join(rest)} "


_ROW = {"upper": "top", "lower": "bottom", "first": "top", "last": "bottom", "centre": "middle", "center": "middle"}

_TAKE_AWAY = (
    r"(?:ignored?|took|take|removed?|leave|left|excluded?|got rid of|get rid of|set|put|threw|throw|(?:did|do) not "
    r"count|did not see)"
)
_HOW_MANY_LEFT = (
    r"how many(?: (?P<noun>(?:\w+ ){0,2}?\w+?))?(?: (?:objects|things|items))?\s*(?:would |will )?(?:still )?"
    r"(?:remain|be left over|be left|are left|left over|left|be there|there would be|would there be|are there|"
    r"be remaining|be in the "
    r"(?:picture|scene|image))?\s*(?:then )?[\s?.!]*$"
)
_TAKEN_AWAY = (
    rf"^\s*(?:and )?(?:if|once|when|after|say|suppose|supposing) (?:you|we|i|one|someone|somebody|anyone|anybody|"
    rf"they|a person|a robot|the robot) {_TAKE_AWAY}"
    rf"(?: away| aside| out)? (?P<gone>.+?)(?: away| aside| out| from the (?:picture|scene|image))?\s*[,;:-]?\s*"
    rf"(?:then )?{_HOW_MANY_LEFT}"
)
"""'if I took every cube away, how many objects would still be there?'"""
_GONE = (
    rf"^\s*(?:if|suppose|supposing|imagine|say|pretend) (?:that )?(?P<gone>(?:the|all the|every|each|any) .+?) "
    r"(?:were|was|are|is|had been|got|disappeared|vanished)(?: (?:gone|removed|taken away|taken out|not there|missing|"
    rf"away|deleted))?(?: (?:of|from) the (?:scene|picture|image|photo))?\s*[,;:-]?\s*(?:then )?{_HOW_MANY_LEFT}"
)
"""'suppose the green objects were gone; how many would be left?'"""
_MADE_GONE = (
    rf"^\s*(?:and )?(?:if|once|when|after|say|suppose|supposing) (?:you|we|i|one|someone|somebody|they|a robot|"
    rf"the robot) (?:make|made|makes) (?P<gone>.+?) (?:disappear|vanish|go away|invisible)\s*[,;:-]?\s*(?:then )?"
    rf"{_HOW_MANY_LEFT}"
)
"""'if I make the circles disappear, how many blue shapes are left?'"""


def _count_without(match: re.Match) -> str:
    """The count a hypothetical asks for: the objects (of a kind) other than those taken away."""
    gone = re.sub(r" (?:suddenly|just|simply|magically|somehow|completely|all)$", "", match["gone"].strip())
    gone = re.sub(r"^(?:all|every|each|any) (?:of )?(?!the\b)", "the ", re.sub(r"^all of the\b", "the", gone))
    gone = re.sub(r"^(?:all |every |each |any )?(?:anything|everything|any thing) (\w+)$", r"the \1 things", gone)
    noun = (match["noun"] or "objects").strip()
    if noun in {"would", "will", "of them", "of the objects", "of the things"}:
        noun = "objects"
    return f" ignoring {gone} , how many {noun} are there "


def _drop_openers(text: str) -> str:
    """Leading sentences or clauses that name nothing ("Good job! And how many cubes?") and a trailing one
    ("Are there three cubes? Count them!") dropped; the question itself is what is left."""
    while True:
        found = _OPENER.match(text)
        words = found.group(1).split() if found is not None else []
        if found is None or not all(w in _OPENER_WORDS or w == "count" for w in words):
            break
        if "count" in words and not {"with", "together", "along"} & set(words):  # "count: small cubes" asks
            break
        text = " " + text[found.end() :]
    found = _TRAILER.search(text)
    if found is not None and all(w in _OPENER_WORDS or w in {"them", "count"} for w in found.group(1).split()):
        text = text[: found.start()] + " ? "
    return text


def _family(word: str) -> str | None:
    """The attribute family of an offered value ("big": size, "ball": shape), or None."""
    found = LEXICON.attribute_of(word)
    if found:
        return found[0]
    noun = LEXICON.noun(word)
    return "shape" if noun and noun[0] in CLEVR_VALUES["shape"] else None


def _restated(match: re.Match) -> str:
    """Drop a trailing "tell me its size" that restates the question before it: the question names the attribute
    ("what size is it?") or offers values of it ("big or small?"); any other request stays (and is refused)."""
    question, attribute = match.group(1), match.group(2)
    if re.search(rf"\b{attribute}\b", question):
        return question
    options = re.search(r"\b(?:an? )?(\w+) or (?:an? )?(\w+)\s*$", question)
    if options and all(_family(word) == attribute for word in options.groups()):
        return question
    return match.group(0)


def _all_adjectives(words: str) -> bool:
    return all(_is_adjective(w) for w in words.split())


_WH_START = re.compile(r"^\s*(?:what|which|how|who|where)\b")
_PLACE_PREPOSITION = {"top": "at", "bottom": "at", "left": "on", "right": "on", "middle": "in"}
_VERB_AT_END = re.compile(r"\s*\b(?:are there|there are|there is|is there|has|have|are|exist)$")


def _postnominal_count(match: re.Match) -> str:
    """ "how many cubes small (are there)" -> "how many small cubes are there": adjectives after their noun."""
    noun, adjectives = match.group(1), _VERB_AT_END.sub("", match.group(2))
    if not (_is_plural_noun(noun) or noun in _GENERIC) or not _all_adjectives(adjectives):
        return match.group(0)
    return f" how many {adjectives} {noun} are there "


def _postnominal_topic(match: re.Match) -> str:
    """ "the cube small blue, ..." -> "the small blue cube, ...": a topic whose adjectives follow its noun."""
    noun, adjectives = match.group(2), match.group(3)
    if LEXICON.noun(noun) is None or not _all_adjectives(adjectives):
        return match.group(0)
    before = match.string[: match.start()].rstrip()
    if before and not before.endswith((",", ":")) and not _WH_START.match(match.string):
        return match.group(0)  # "is the cube small": a predicate after its noun, not an adjective
    return f" {match.group(1)} {adjectives} {noun} "


def _verb_last(match: re.Match) -> str:
    """ "this blue ball metal is" -> "is the blue ball metal": the verb put last, as in Turkish or Korean."""
    phrase, adjective, verb = match.group(1), match.group(2), match.group(3)
    if not _is_adjective(adjective) or LEXICON.noun(phrase.split()[-1]) is None:
        return match.group(0)
    return f" {verb} the {phrase} {adjective} "


def _noun_last(phrase: str) -> bool:
    """Whether a phrase is adjectives then a noun ("red cube", "object"), nothing else ("shape of the")."""
    words = phrase.split()
    last = words[-1]
    closed = last in _FUNCTION_WORDS or last in _NOT_TOPIC or last.endswith(("ed", "ing")) or _is_adjective(last)
    open_noun = not closed
    return (LEXICON.noun(last) is not None or open_noun) and all(_is_adjective(w) for w in words[:-1])


_ASKED_OF_IT = re.compile(r"\b(?:it|this|that|they) (?:is|are) $|\b(?:is|are) (?:it|this|that|they) $")


def _one_for_noun(match: re.Match) -> str:
    """ "is the cyan cube smaller than the gray one" -> "... than the gray cube": "one" after adjectives takes the
    nearest noun said before it (a known noun, not "thing" or an attribute's name)."""
    if not all(_is_adjective(w) for w in match.group(2).split()):
        return match.group(0)
    if _ASKED_OF_IT.search(match.string[: match.start()]):
        return match.group(0)  # "is it a big one": whether it is big
    for word in reversed(match.string[: match.start()].split()):
        found = LEXICON.noun(word)
        if found is not None and not found[1] and found[0] != "thing" and word not in ATTRIBUTE_WORDS:
            return f"{match.group(1)} {match.group(2)}{word}"
    return match.group(0)


_GENERIC_WORDS = frozenset("thing object item shape one piece kind sort type".split())


def _bare_postnominal_made(match: re.Match) -> str:
    """ "cube red made from what" -> "what is the red cube made of"."""
    noun, adjective = match.group(1), match.group(2)
    if LEXICON.noun(noun) is None or not _is_adjective(adjective):
        return match.group(0)
    return f" what is the {adjective} {noun} made of "


def _every_is(match: re.Match) -> str:
    """ "every cylinder present is made of rubber" -> "are all the cylinders rubber" (a claim asked about)."""
    phrase, value = match.group(1).split(), match.group(2)
    if not _is_adjective(value) or LEXICON.noun(phrase[-1]) is None or not all(_is_adjective(w) for w in phrase[:-1]):
        return match.group(0)
    phrase[-1] = plural(singular(phrase[-1]))
    return f" are all the {' '.join(phrase)} {value} "


def _bare_either(match: re.Match) -> str:
    """ "green cylinder or purple cube?" -> "is there a green cylinder or a purple cube": two described things
    offered bare, asked whether either is there (each a noun after its adjectives)."""
    if not (_noun_last(match.group(1)) and _noun_last(match.group(2))):
        return match.group(0)
    if LEXICON.noun(match.group(1).split()[-1]) is None or LEXICON.noun(match.group(2).split()[-1]) is None:
        return match.group(0)
    return f" is there a {match.group(1)} or a {match.group(2)} "


def _two_same(match: re.Match) -> str:
    """ "two circles same colour" -> "are the two circles the same colour"."""
    phrase = match.group(1)
    phrase = phrase if phrase.startswith("the ") else f"the {phrase}"
    return f" are {phrase} the same {match.group(2)} "


def _adjective_first_tag(match: re.Match) -> str:
    """ "small, the grey cylinder, is it" -> "is the gray cylinder small"."""
    if not _is_adjective(match.group(1)):
        return match.group(0)
    return f" is {match.group(2)} {match.group(1)} "


def _of_value(match: re.Match) -> str:
    """ "cube of blue", "things of rubber" -> "blue cube", "rubber things": a value said after its noun with "of"."""
    noun, value = match.group(1), match.group(2)
    if not _is_adjective(value):
        return match.group(0)
    return f"{value} {noun}"


def _there_postnominal(match: re.Match) -> str:
    """ "is there a cube red" -> "is there a red cube": an existence question with the adjectives after the noun."""
    noun, adjectives = match.group(3), match.group(4)
    if LEXICON.noun(noun) is None or not _all_adjectives(adjectives):
        return match.group(0)
    return f" {match.group(1)} there {match.group(2)} {adjectives} {noun} "


def _topic_verb_last(match: re.Match) -> str:
    """ "blue cube, metal it is" -> "is the blue cube metal"."""
    phrase, adjective = match.group(1), match.group(2)
    if not _is_adjective(adjective) or not _noun_last(phrase):
        return match.group(0)
    return f" is the {phrase} {adjective} "


def _noun_then_adjective(match: re.Match) -> bool:
    """ "the cylinder the green": a known noun, then its adjective with its own article (Arabic order)."""
    return LEXICON.noun(match.group(1)) is not None and _is_adjective(match.group(2))


def _relative_choice(match: re.Match) -> str:
    """ "car relative to the bus: left side or right side" -> "is the car to the left or to the right of the bus"."""
    thing, anchor, first, second = match.group(1), match.group(2), match.group(3), match.group(4)
    if {first, second} <= {"left", "right"}:
        return f" is the {thing} to the {first} or to the {second} of {anchor} "
    return f" is the {thing} {first} or {second} {anchor} "


def _all_are_named(match: re.Match) -> str:
    """ "are all the small objects balls" / "every small thing is a ball" -> "are there no small objects other than
    balls": a universal whose predicate is a name, read as no exception."""
    adjectives, noun = match.group(1).split(), match.group(2)
    found = LEXICON.noun(noun)
    if found is None or found[0] == "thing" or not all(_is_adjective(w) for w in adjectives):
        return match.group(0)
    described = " ".join([*adjectives, "objects"])
    return f" are there no {described} other than {plural(singular(noun))} "


def _bare_adjectives_compared(match: re.Match) -> str:
    """ "more rubber than metal" -> "more rubber things than metal things": two values compared as counts."""
    if not (_is_adjective(match.group(2)) and _is_adjective(match.group(3))):
        return match.group(0)
    return f"{match.group(1)} {match.group(2)} things than {match.group(3)} things"


def _a_thing_there(match: re.Match) -> str:
    """ "is a purple cylinder (anywhere)?" -> "is there a purple cylinder": an indefinite subject with no predicate."""
    return f" is there {match.group(1)} " if _noun_last(match.group(1).split(" ", 1)[1]) else match.group(0)


def _backmost(match: re.Match) -> str:
    """ "the object farthest from the camera" -> "the backmost object"."""
    return f"the backmost {match.group(1)}" if _noun_last(match.group(1)) else match.group(0)


def _not_a_named(match: re.Match) -> str:
    """ "any metal object which is not a cylinder" -> "any metal object other than cylinders"."""
    noun = match.group(2)
    if LEXICON.noun(noun) is None:
        return match.group(0)
    return f"{match.group(1)} other than {plural(noun)}"


def _same_name(match: re.Match) -> str:
    """ "ties, like neckties": a second name for the same thing (the same head word, or both known nouns with the
    same meaning) is dropped; anything else stays."""
    first, second = match.group(1), match.group(2)
    if second.endswith(first) or (LEXICON.noun(first) is not None and LEXICON.noun(first) == LEXICON.noun(second)):
        return first
    return match.group(0)


def _bare_arithmetic(match: re.Match) -> str:
    """ "spheres plus cubes" -> "how many spheres plus cubes"; "X minus Y" -> "how many more X than Y are there"
    (only when both sides name things: a plural noun, or an adjective before "things"/"objects")."""
    first, sign, second = match.group(1), match.group(2), match.group(3)
    if not all(_counts_things(side) for side in (first, second)):
        return match.group(0)
    if sign == "plus":
        return f" how many {first} plus {second} "
    return f" how many more {first} than {second} are there "


def _counts_things(phrase: str) -> bool:
    words = phrase.split()
    return (_is_plural_noun(words[-1]) or words[-1] in _GENERIC) and all(_is_adjective(w) for w in words[:-1])


def _then_than(match: re.Match) -> str:
    """ "more cubes then balls" -> "more cubes than balls" (a comparison written with "then")."""
    return f"{match.group(1)}than"


FAMILY_VOCATIVES = "mommy|mummy|momma|mama|daddy|papa|grandma|grandpa|granny|nana|sweetie|sweetheart|honey"
"""Whom a child's question addresses ("mommy how many balls"): never an object in a picture, dropped."""
VOCATIVES = (
    "mom|mum|dad|teacher|miss|sir|madam|ma'am|mister|buddy|pal|mate|dude|bro|robot|computer|assistant|nsvr|class|"
    "kids|children|everyone|everybody|guys|folks|students|team|dear|son|ladies and gentlemen|detective|inspector|"
    "love|darling|chef|chefs|listeners|viewers|y'all|pet|hun|luv|bud|bub|lovey|sleepyhead|bug|kiddo|champ|ref|"
    "officer|doctor|doc|sugar|mijo|mija|my 'andsome|my handsome|my lovely|my love|cariño|carino|habibi|bhai|yaar|"
    "professor|captain|chief|boss|signore|signora|signor|senor|senora|señor|señora|monsieur|madame|herr|frau|sensei"
)
"""Whom a question addresses when a comma sets it apart ("teacher, is it red?", "is it red, robot?")."""
ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))"
NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ORDINAL_WORDS = dict(enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()))
_MOST = {
    "big": "biggest",
    "large": "largest",
    "small": "smallest",
    "little": "smallest",
    "tiny": "tiniest",
    "left": "leftmost",
    "right": "rightmost",
    "front": "frontmost",
    "back": "backmost",
    "top": "topmost",
    "bottom": "bottommost",
}
"""Superlatives said with "most" by learners ("the most big shape", "the most back object")."""


_SIDE_OF = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom", "left": "left", "right": "right"}
_PLACE_OF = {"top": "at the top", "bottom": "at the bottom", "left": "on the left", "right": "on the right"}


_SIDE_ASKED = re.compile(r"\b(?:which|what) (?:side|half|part)\b")
_SIDES_SAID_IN_FULL = re.compile(r"(?:on|in|at) the \w+.* or (?:on|in|at) the ")


def _one_of_group(match: re.Match[str]) -> str:
    """ "of the two green spheres, the one ..." -> "the green sphere ...": the group's words (its number left out)
    describe the one picked; anything else leaves the text as it is."""
    *described, head = match[1].split()
    described = [word for word in described if word not in _NOT_DESCRIBING]
    if not _plural_name(head) or not all(_is_adjective(word) for word in described):
        return match[0]
    return " the " + " ".join([*described, singular(head)])


_NOT_DESCRIBING = frozenset("two three four five six seven eight nine ten them both all".split())
"""Words of a group that say how many or which, not what the one picked from it is ("of them two gray boxes")."""


def _side_choice(first: str, second: str) -> str | None:
    """ "upper" or "lower" (of a picture) as "at the top or at the bottom"; None unless two sides of one axis."""
    one, other = _SIDE_OF[first], _SIDE_OF[second]
    if {one, other} not in ({"top", "bottom"}, {"left", "right"}):
        return None
    return f"{_PLACE_OF[one]} or {_PLACE_OF[other]}"


def _nearer_of_two(match: re.Match) -> str:
    """ "which cube is further away from the cylinder, the small one or the big one" -> "which is farther from the
    cylinder, the small cube or the big cube" (the options' "one" is the noun asked about)."""
    noun, comparative, preposition, anchor, options = match[1], match[2], match[3], match[4], match[5]
    if noun and noun not in {"object", "one", "thing", "item", "shape"} and LEXICON.noun(noun) is not None:
        options = re.sub(r"\bones?\b", noun, options)
    word = {"nearer": "closer", "further": "farther"}.get(comparative, comparative)
    return f" which is {word} {preposition} {anchor} , {options} "


_PASSIVE_ING = {
    "held": "holding",
    "carried": "carrying",
    "walked": "walking",
    "ridden": "riding",
    "worn": "wearing",
    "pushed": "pushing",
    "pulled": "pulling",
    "thrown": "throwing",
    "fed": "feeding",
}


def _agent(by: str | None) -> str:
    return "a person" if by is None or by in {"someone", "somebody", "a person", "anyone"} else by


def _of_the_set(determiner: str, group: str, asked: str, rest: str) -> str | None:
    """ "consider only the rubber objects. how many of them are cubes" -> "how many of the rubber objects are cubes";
    "find every cube behind the ball. count them" -> "how many of the cubes behind the ball are there" (a set: a
    plural noun phrase, or a singular one after "every" or "each")."""
    words = group.split()
    head = next((k for k, w in enumerate(words) if not _is_adjective(w)), None)
    if head is None:
        return None
    if determiner in {"every", "each"}:
        if _plural_name(words[head]) or not (LEXICON.noun(words[head]) or known_name(words[head])):
            return None
        words[head] = plural(words[head])
    elif not _plural_name(words[head]):  # "the rubber objects", "the things on the table"
        return None
    placed = _placed(words[head + 1 :])
    if placed == ["<no>"]:
        return None
    group = " ".join(["the", *words[:head], words[head], *placed])
    counted = re.fullmatch(r"(?:are |is )?(?:there|there are|in all|in total|altogether|(?:do|can) you see)?", rest)
    if asked.startswith("count") or (asked == "how many" and counted):
        return None if rest and not counted else f" how many of {group} are there "
    if not rest or re.search(r"\b(?:are|is)\b", rest):  # "how many spheres are left of them": not of the set
        return None
    if asked == "how many":
        return f" how many of {group} are {rest} "
    return f" are any of {group} {rest} "


def _placed(rest: list[str]) -> list[str]:
    """What may follow a set's noun: its place ("on the table"; "in the picture" is the whole picture)."""
    phrase = " ".join(rest)
    if not rest or re.fullmatch(r"in (?:the|this) (?:picture|image|photo|scene|park|street|kitchen)", phrase):
        return []
    return rest if re.match(rf"(?:{RELATION}|on|in|at|under) the [a-z ]+$", phrase) else ["<no>"]


def _ignoring(counted: str, ignored: str) -> str:
    """ "how many cylinders if we ignore the purple ones" -> "how many cylinders are not purple"; "how many red
    objects if we ignore the cylinders" -> "how many red objects are not cylinders"."""
    words = ignored.split()
    if words[-1] in {"one", "ones"} and all(_is_adjective(w) for w in words[:-1]):
        return f" how many {counted} are not {' '.join(words[:-1])} "
    return f" how many {counted} are not {ignored} "


def _blank(subject: str, made_of: str | None, attribute: str | None) -> str:
    """ "fill in: the object farthest to the left is made of ____" -> "what is the object ... made of"."""
    if made_of:
        return f" what is {subject} made of "
    if attribute:
        return f" what {attribute} is {subject} "
    return f" what is {subject} "


_STATEMENT = re.compile(r"^(the [a-z ]+?|it) (?:is|are) (?:made of )?(.+)$")


def _statements(first: str, second: str) -> str | None:
    """Two statements of which one is true, about one subject: "(a) the cube is metal, or (b) the cube is rubber"
    -> "is the cube metal or rubber"; "(a) the cylinder is to the left of the cube, or (b) it is to the right of it"
    -> "is the cylinder to the left or to the right of the cube"."""
    one, other = _STATEMENT.match(first.strip()), _STATEMENT.match(second.strip())
    if one is None or other is None or (other[1] != one[1] and other[1] != "it"):
        return None
    a, b = one[2].strip(), other[2].strip()
    place = re.match(rf"^({RELATION}) (the [a-z ]+?)$", a)
    if place is not None:
        side = re.match(rf"^({RELATION}) (?:it|the [a-z ]+?)$", b)
        if side is None:
            return None
        return f" is {one[1]} {place[1]} or {side[1]} {place[2]} "
    if len(a.split()) == 1 and len(b.split()) == 1:
        return f" is {one[1]} {a} or {b} "
    return None


def _camera_superlative(said: str) -> str:
    return "farthest from the camera" if said.startswith(("farthest", "furthest")) else "closest to the camera"


_WALK_START = re.compile(
    r"(?:first )?(?:find|locate|start at|start with|start from|begin at|begin with|look at|take|pick) (the [a-z ]+?)"
)
_WALK_PLACES = (
    rf"{RELATION}|closest to|nearest to|nearest|closest|farthest from|furthest from|farthest away from|"
    r"furthest away from|(?:just |directly |immediately )?(?:to|on) its (?:left|right)(?: side)?"
)
_WALK_STEP = re.compile(
    r"(?:and )?(?:then )?(?:find|locate|move to|go to|look at|take|pick|step to|to)? ?(?:the |an? )?(?:one |only )?"
    rf"([a-z]+)(?: that is| which is)? (?:just |directly |immediately )?({_WALK_PLACES})(?: to)? ?"
    r"(?:it|that one|that object|that thing|that|him|her)?"
)
_WALK_BACK = re.compile(
    r"\b(?:that (?:second |last |final |new )?(?:object|one|thing|[a-z]+)(?: 's)?|the object you end (?:up )?on|"
    r"the one you (?:land|end (?:up )?) on)\b"
)


def _walk_place(said: str) -> str:
    side = re.search(r"its (left|right)", said)
    if side:
        return f"{side[1]} of"
    if said in ("nearest", "closest"):
        return "closest to"
    return re.sub(r" away from$", " from", said)


def _walk(text: str) -> str:
    """A walk from one object to the next, then a question about where it ends: "first find the cube. then find
    the object farthest from it. what colour is that object?", "find the red sphere, move to the object on its
    left, then to the object behind that one. what is it made of?" -> the question about "the object behind the
    object left of the red sphere"."""
    parts = [
        p.strip()
        for p in re.split(r"\s[.;:]\s|\s,\s(?:and\s)?(?=then\s|move\s|go\s|find\s)|\sthen\s", text)
        if p.strip()
    ]
    if len(parts) < 3:
        return text
    start = _WALK_START.fullmatch(parts[0])
    if start is None:
        return text
    described = start[1]
    for step in parts[1:-1]:
        found = _WALK_STEP.fullmatch(step.strip(" ,"))
        if found is None:
            return text
        noun = found[1] if found[1] not in {"one", "thing"} else "object"
        described = f"the {noun} {_walk_place(found[2])} {described}"
    question = parts[-1]
    back = _WALK_BACK.search(question)
    if back is not None:
        owner = "'s" in back.group(0)
        return f" {question[: back.start()]}{described}{' s' if owner else ''}{question[back.end() :]} ".replace(
            " s ", " 's "
        )
    pronoun = _TOPIC_PRONOUN.search(question)
    return _in_place_of(pronoun, question, described) or text


def _joined_adjectives(match: re.Match) -> str:
    words = match[2].replace(",", " ").split()
    if all(_is_adjective(w) for w in words) and _np(" ".join([*words, match[3]])):
        return f"{match[1]}{' '.join(words)} {match[3]}"
    return match[0]


def _np(phrase: str) -> bool:
    """Whether ``phrase`` reads as a noun phrase (no verb, no question word): what a rule that turns a terse
    statement into a question may start from."""
    words = phrase.split()
    if not words or _noun_phrase_words(phrase) is None or words[0] in {"anything", "something", "everything"}:
        return False
    head = singular(words[-1])
    named = LEXICON.noun(words[-1]) is not None or known_name(head) or head in {"thing", "object", "item", "one"}
    return named and all(_is_adjective(w) or w in _DETERMINERS or LEXICON.noun(w) or known_name(w) for w in words[:-1])


_WHICH_GENERIC_BEFORE = re.compile(r"\b(?:which|what) (?:object|thing|item|one) $")


def _ordered_word(match: re.Match) -> str:
    """ "one" after "which object is" ("which object is the second one from the front"), else "object"."""
    return "one" if _WHICH_GENERIC_BEFORE.search(match.string[: match.start()]) else "object"


_COMPARATIVE_OF = {"biggest": "bigger", "largest": "larger", "smallest": "smaller"}
"""Of two objects, "which is the largest" asks which is larger."""
_MORE = {"big": "bigger", "small": "smaller", "large": "larger", "close": "closer", "far": "farther", "near": "nearer"}
PROPERTY_NOUN = (
    r"(?:brand|make|model|price|cost|value|age|weight|mass|owner|name|purpose|temperature|speed|height|width|length|"
    r"capacity|volume|origin|manufacturer|maker)"
)
"""Properties of an object that no picture shows for certain: "car brand?" asks for one of them, not whether a
"car brand" is there."""


_ALL_ARE_NAMED = (
    r"^\s*(?:(?:true or false|is it true that|is it correct that)\s*:?\s*)?(?:are )?(?:all (?:of )?the|all|every) "
    r"((?:[a-z]+ ){0,2}?)(?:objects?|things?|items?|shapes?) (?:are|is) (?:an? )?([a-z]+)[\s?.!]*$"
)
"""A universal whose predicate is a name ("all the small objects are balls"): see :func:`_all_are_named`."""

_WORD_ORDERS: list[tuple[str, object]] = [
    (r"\b(more|fewer|less) of ((?:[a-z]+ )?[a-z]+) than of\b", r"\1 \2 than"),
    (
        r"^\s*how many ([a-z]+) ([a-z ]+?)[\s?.!]*$",
        _postnominal_count,
    ),
    (r"\b(the|this|that) ([a-z]+) ((?:[a-z]+ )?[a-z]+)\s*(?=,|[\s?.!]*$)", _postnominal_topic),
    (r"^\s*(?:the|this|that) ((?:[a-z]+ ){0,3}[a-z]+) ([a-z]+) (is|are)[\s?.!]*$", _verb_last),
    (r"\b(its|their) (color|colour|shape|size|material) (?:is |are )?(?:what|which)[\s?.!]*$", r" what is \1 \2 "),
    (r"\b(what|which) (are|is) all (?:of )?the (colors|shapes|sizes|materials) of\b", r"\1 \2 the \3 of"),
    # "be" for "is"/"are" (old or joking English): "be there a red ball", "how many cups be on the table"
    (r"^\s*be (there|the|every|both|it|this|that|these|those|any|all)\b", r" is \1"),
    (r"^(\s*how many .+?) be (?!(?:seen|found|counted)\b)", r"\1 are "),
    (r"^\s*(what|which|who|where)( \w+)? be\b", r" \1\2 is"),
    (r"\bhow many kind of\b", "how many kinds of"),
    # round 64c: "how many different colours are the people wearing": the colours they have (what they wear)
    (
        r"^\s*how many (?:different |distinct |separate )?(colou?rs) (?:are|is) ((?:the |these |those )?(?:\w+ )?"
        r"(?:people|persons|men|women|kids|children|boys|girls|ladies|guys)) (?:wearing|dressed in|wearing in)\b",
        r" how many different \1 do \2 have",
    ),
    (r"\ball (?:two|three|four|five|six|seven|eight|nine|ten|\d+) of (the|these|those)\b", r"all \1"),
    (r"\bthe one and only\b", "the only"),
    (r"\b(?:of )?the (large|big|small|little|tiny|huge) size\b", r"\1"),  # "are both cubes the large size"
    # "how many different colours are in the top row": are there; "which colours appear in it": are
    (
        r"^(\s*how many (?:different |distinct )?(?:colou?rs|shapes|sizes|materials)) (?:are|is) "
        r"(?=(?:in|on|at|among|to) )",
        r"\1 are there ",
    ),
    (
        r"\b(colou?rs|shapes|sizes|materials) (?:appear|show up|are used|are present|can be seen|are seen|occur|"
        r"feature|turn up)(?= (?:in|on|at)\b)",
        r"\1 are",
    ),
    (  # "purple ball is sitting on which side of the picture": which side it is on
        r"^\s*((?:the )?(?:[a-z]+ ){0,3}?[a-z]+) (?:is|are)(?: (?:sitting|standing|lying|located|placed|positioned|"
        r"sat|stood|found))? (?:on|in|at) which side of (?:the |this )(picture|image|photo|pic|frame)\b",
        lambda m: f" which side of the picture is {m[1] if m[1].startswith('the ') else 'the ' + m[1]} on",
    ),
    (  # "the woman hold the dog?": a learner's yes/no question, the verb bare after its subject
        r"^\s*(the (?:[a-z]+ ){0,3}?(?:man|woman|boy|girl|person|lady|kid|child|guy)) (hold|wear|ride|carry|throw|"
        r"touch|hug|walk|feed)\b(?! (?:is|are)\b)",
        r" does \1 \2",
    ),
    (r"^(\s*how many (?:[a-z]+ ){1,3}?are) (?:showing|on show|to be seen)\b", r"\1"),  # "how many balls are showing"
    # "leaving aside the blue shapes, how many remain": how many are there (of what is not set aside)
    (r"\bhow many ((?:[a-z]+ ){0,2}?)(?:remain|are remaining|are left over)\b(?! of\b)", r"how many \1are there"),
    (
        rf"^\s*(does|do) (.+?) (?:stand|sit|lie|rest|stay|sits|stands|lies|rests|appear|appears) "
        rf"({RELATION}|next to|beside|near)\b",
        lambda m: f" {'is' if m[1] == 'does' else 'are'} {m[2]} {m[3]}",
    ),
    # round 18b: posture verbs before a place ("which object stands closest to", "the thing sitting behind"),
    # statements under a lead-in ("every cylinder present is made of rubber"), asides ("if any", "in here")
    (
        r"\b(sits|stands|lies|rests|sit|stand|lie|rest|sitting|standing|lying|resting|located|situated|placed)"
        r"(?: (?:immediately|directly|right|just))? (?=(?:closest|nearest|farthest|furthest|backmost|frontmost|"
        r"to the (?:left|right) of|left of|right of)\b)",
        lambda m: (
            "is "
            if m[1] in {"sits", "stands", "lies", "rests"}
            else ("are " if m[1] in {"sit", "stand", "lie", "rest"} else "")
        ),
    ),
    (r"\b(?:immediately|directly) (?:to the )?(left|right) of\b", r"directly \1 of"),
    (r"\b(?:immediately|directly) (?=(?:behind|in front of)\b)", ""),
    (r"\s*,\s*if any\s*,?\s*", " "),
    (rf"^\s*does ((?:(?!\b(?:that|which|who)\b)[a-z ])+?) is ({RELATION})\b", r" is \1 \2"),
    (
        r"\b(?:is|are) (?:every one|each one|each|every single one) of the ([a-z ]+?) made (?:of|from) ([a-z]+)\b",
        r"are all the \1 \2",
    ),
    (r"\s+(?:here|there|present|around)(?= than\b)", ""),
    (
        r"\b(things|objects|items|shapes|ones|spheres|cubes|cylinders|balls) (?:here|present|around)\b"
        r"(?= (?:made|is|are|that)\b)",
        r"\1",
    ),
    (r"\b(?:shade|hue|tint)(?= of\b)", "color"),
    (r"\bsame (?:shade|hue|tint)\b", "same color"),
    (r"\bwhat (?:shade|hue|tint) (is|are)\b", r"what color \1"),
    (r"\bright next to\b", "next to"),
    (
        r"\b(says|say|reads|read|shows|show) ([a-z0-9']+(?: [a-z0-9']+){0,3}?) on "
        r"(?:it|them|its [a-z]+|their [a-z]+)\b",
        r"\1 \2",
    ),
    (
        r"^\s*(which|what) (shape|colou?r|material|size) (?:is|sits|stands|lies) (?:the )?(?:furthest|farthest) "
        r"(?:back|to the back)\b",
        r" \1 \2 is the backmost object",
    ),
    (
        r"^\s*(?:(?:could|can|would) you (?:please )?)?(?:please )?list the "
        r"(colou?rs|shapes|materials|sizes) (?:that )?(the [a-z ]+?) come in[\s?.!]*$",
        r" what \1 do \2 come in ",
    ),
    (r"^\s*is (?:everyone|everybody|every person|each person)\b", " is every person"),
    (
        r"\b(?:is|are) (?:every one|each one|each|every single one) of the ([a-z ]+?) "
        r"(?=made|wearing|holding|[a-z]+ing\b)",
        r"are all the \1 ",
    ),
    (
        r"^\s*(?:is|are) (?:every one|each one|each|every single one) of the ([a-z ]+?) ([a-z]+)[\s?.!]*$",
        lambda m: f" are all the {m[1]} {m[2]} " if _is_adjective(m[2]) else m[0],
    ),
    (
        r"^\s*are the ([a-z ]+?) all (?:made of )?([a-z]+)(?: ones)?[\s?.!]*$",
        lambda m: f" are all the {m[1]} {m[2]} " if _is_adjective(m[2]) else m[0],
    ),
    (
        r"^\s*is every ([a-z]+)(?: here| present| shown)? an? ([a-z]+) one[\s?.!]*$",
        lambda m: f" are all the {plural(m[1])} {m[2]} " if _is_adjective(m[2]) else m[0],
    ),
    (r"\bshiny metal\b", "metal"),
    # round 19 (blind19, everyday English): arithmetic asked in steps, "whatever is furthest", "would you describe X
    # as Y", "one of the small ones", "also", "can you count", "of these four objects", "about the same", ...
    (
        r"^\s*take the number of (.+?) and (subtract|add|take away|minus|plus) the number of (.+?)\s*[.,;]?\s*"
        r"(?:what do you get|what is the (?:result|answer|difference|total)|how many is that)?[\s?.!]*$",
        lambda m: (
            f" how many more {m[1]} than {m[3]} are there "
            if m[2] in {"subtract", "take away", "minus"}
            else f" how many {m[1]} plus {m[3]} "
        ),
    ),
    (
        r"^\s*what(?: is|'s) the difference between the number of (.+?) and the number of (.+?)[\s?.!]*$",
        r" how many more \1 than \2 are there ",
    ),
    (r"^\s*what(?: is|'s) the number of (.+?) plus the number of (.+?)[\s?.!]*$", r" how many \1 plus \2 "),
    (  # "blue plus yellow objects": two sets, each with the noun
        r"\b([a-z]+) plus ([a-z]+) (things|objects|items|shapes|ones|[a-z]+s)\b",
        lambda m: f"{m[1]} {m[3]} plus {m[2]} {m[3]}" if _is_adjective(m[1]) and _is_adjective(m[2]) else m[0],
    ),
    (
        r"^\s*what(?: is|'s) the (?:sum|total) of the (?:number|count) of (.+?) and (?:of )?the (?:number|count) of "
        r"(.+?)[\s?.!]*$",
        r" how many \1 plus \2 ",
    ),
    (
        r"^\s*what(?: is|'s) the (?:number|count) of (.+?) minus the (?:number|count) of (.+?)[\s?.!]*$",
        r" how many more \1 than \2 are there ",
    ),
    (  # "what do you get if you add the number of cubes and the number of spheres": the condition said last
        r"^\s*what (?:do|would|will|does|did) (?:you|we|i|one) get if (?:you|we|i|one) (add|subtract|take away) "
        r"(the number of .+?)[\s?.!]*$",
        r" \1 \2 ",
    ),
    (
        r"^\s*add (?:up )?(?:the )?(.+?) and (?:the )?(.+?)\s*[:,.]?\s*"
        r"(?:how many(?: altogether| in total| total)?)?[\s?.!]*$",
        r" how many \1 plus \2 ",
    ),
    (
        r"\b(?:whatever|whichever object|whichever thing|the thing that|the object that) "
        r"is (?:the )?(?:furthest|farthest|most) (?:to the )?(left|right)\b",
        r"the \1most object",
    ),
    (r"\bwhatever(?: is|'s| 's)\b", "the thing that is"),
    (r"^\s*would you (?:describe|call|say) (the [a-z ]+?) (?:as|is) ([a-z]+)[\s?.!]*$", r" is \1 \2 "),
    (r"^\s*(the [a-z ]+?) is one of the ([a-z]+) ones[\s?.!]*$", r" is \1 \2 "),
    (r"\b(is|are) there also\b", r"\1 there"),
    (r"^\s*(?:is|are) (an? [a-z ]+?)(?: anywhere| here| present| around)?[\s?.!]*$", _a_thing_there),
    (
        r"\b(?:how many|what number of) ((?:[a-z]+ ){0,3}?[a-z]+) can (?:you|u|one) (?:count|find|see|spot)\b",
        r"how many \1 are there",
    ),
    (r"\bhow many (?:can|do) (?:you|u) (?:count|find|see|spot)\b", "how many"),
    (r"^\s*what(?: is|'s) the ([a-z ]+?) count[\s?.!]*$", r" how many \1 are there "),
    (
        rf"^\s*of (?:these|the|all the|all these) (?:{NUMBER_WORD} )?(objects|things|items|shapes)\s*,\s*how many\b",
        r" how many \1",
    ),
    (r"\b(?:about|roughly|more or less|approximately) the same\b", "the same"),
    (r"\bjust as many\b", "as many"),
    (
        r"^\s*how many different ([a-z]+) are (the [a-z ]+?) made (?:of|from|out of)[\s?.!]*$",
        r" how many different \1 do \2 have ",
    ),
    (
        r"^\s*how many of the ([a-z]+) are ([a-z]+) ones[\s?.!]*$",
        lambda m: f" how many {m[2]} {m[1]} are there " if _is_adjective(m[2]) else m[0],
    ),
    (
        rf"^\s*of the ([a-z]+)\s*,\s*(which|what) (color|colour|shape|size|material) is the ({ORDINAL}) one from the "
        r"(left|right|front|back)[\s?.!]*$",
        r" what \3 is the \4 \1 from the \5 ",
    ),
    (r"\bonly a single\b", "exactly one"),
    (
        r"^\s*(which|what) (color|colour|shape|material|size) do the most (?:objects|things|shapes) "
        r"(?:share|have)[\s?.!]*$",
        r" which \2 is the most common ",
    ),
    (r"\s*,?\s*rather than [a-z]+[\s?.!]*$", " "),
    (r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:farthest|furthest) (?:away )?from the (?:camera|viewer)\b", _backmost),
    (
        r"\b(?:is|are|sits|stands) (?:the )?(?:farthest|furthest) (?:away )?from the (?:camera|viewer)\b",
        "is the backmost",
    ),
    (r"\bat the very (front|back)\b", lambda m: "frontmost" if m[1] == "front" else "backmost"),
    (r"\b(?:the|an?) (object|thing|one) (frontmost|backmost)\b", r"the \2 \1"),
    (
        r"^\s*(?:which|what) side of (the [a-z ]+?) is (the [a-z ]+?) on\s*,?\s*"
        r"(?:on the )?(left|right) or (?:on the )?(left|right)[\s?.!]*$",
        r" is \2 to the \3 or to the \4 of \1 ",
    ),
    (
        r"^\s*(?:is|are) (an? [a-z ]+?) (?:anywhere )?to be (?:seen|found|spotted)(?: anywhere)?[\s?.!]*$",
        r" is there \1 ",
    ),
    (r"^\s*i(?:'m| am) looking for (an? [a-z ]+?)\s*[.,;]\s*is there (?:one|any)(?: here)?[\s?.!]*$", r" is there \1 "),
    (
        r"^\s*i(?:'m| am) (?:looking|searching|hunting) for ([a-z ]+?)\s*[.,;:]\s*how many (?:of them |of those )?"
        r"(?:are there|do you see|can you see|can you find|do you count|are in the (?:picture|image|scene))"
        r"(?: here| in total| altogether)?[\s?.!]*$",
        r" how many \1 are there ",
    ),
    (r"^\s*(?:can|could) you read (?:me |out )?(the [a-z ]+?)(?: for me)?[\s?.!]*$", r" what does \1 say "),
    (r"^\s*(?:please )?(?:tell me|say) what (the [a-z ]+?) says[\s?.!]*$", r" what does \1 say "),
    (r"^\s*is ([a-z]+) what (the [a-z ]+?) says[\s?.!]*$", r" does \2 say \1 "),
    (r"\bholding on to\b", "holding"),
    (r"\b(?:have|has) been (?:put|placed|set|left|laid) (on|in|under|next to|beside|behind)\b", r"are \1"),
    (
        r"^\s*does (?:this|the) (?:[a-z]+ )?(?:picture|image|photo|scene|drawing) "
        r"(?:include|contain|show|have|feature)\b",
        " is there",
    ),
    (
        r"^\s*(?:which|what) (colou?r) (?:has|have) (the [a-z ]+?) been (?:filled|painted|coloured|colored|drawn) "
        r"(?:with|in)?[\s?.!]*$",
        r" what color is \2 ",
    ),
    (r"^\s*does (the [a-z ]+?) have both (an? [a-z ]+?) and (an? [a-z ]+?) on it[\s?.!]*$", r" is there \2 and \3 "),
    (
        r"^\s*(?:the )?([a-z]+) and (?:the )?([a-z]+)\s*,\s*are they (?:the )?same "
        r"(color|colour|shape|size|material)[\s?.!]*$",
        r" are the \1 and the \2 the same \3 ",
    ),
    (
        rf"^\s*which (person|man|woman|object|thing|one) is ({ORDINAL}) from the (left|right|front|back)[\s?.!]*$",
        lambda m: f" {'who' if m[1] in {'person', 'man', 'woman'} else 'what'} is the {m[2]} {m[1]} from the {m[3]} ",
    ),
    (r"\b(?:what|which) (colou?r) would you call (it|that|this)\b", r"what \1 is \2"),
    (r"\bdull rubber\b", "rubber"),
    (r"\s*,?\s*(?:just |lowkey |i'?m |i am )?(?:curious|wondering)[\s?.!]*$", " "),
    (r"\s*,?\s*(?:i )?(?:lost|losing) count[\s?.!]*$", " "),
    (r"^(\s*how many .+?) (?:we|you|they) got[\s?.!]*$", r"\1 are there "),
    (
        r"^\s*((?:the )?[a-z ]+?)\s*,\s*(?:their|its) (colou?rs?|shapes?|materials?|sizes?)\s*,\s*what (?:are|is) "
        r"(?:they|it)[\s?.!]*$",
        lambda m: f" what {plural(singular(m[2]))} are {m[1] if m[1].startswith('the ') else 'the ' + m[1]} ",
    ),
    (r"\bthe camera (?:station|position|point|location)\b", "the camera"),
    (r"\b(neither|nor) made of\b", r"\1"),
    (r"\b(?:appears|seems) to be (?=[a-z]+ing\b)", "is "),
    (r"\b(?:in here|in there|out there)\b", " "),
    (
        r"^\s*(?:every|each) ([a-z]+) (?:present |here |there |shown )?(?:is|are) (?:made of )?([a-z]+)[\s?.!]*$",
        _every_is,
    ),
    (
        r"^\s*(?:all (?:of )?the|all) ([a-z ]+?) (?:present |here |there |shown )?are (?:made of )?([a-z]+)[\s?.!]*$",
        _every_is,
    ),
    (r"^\s*none of the (.+?) (?:are|is) (.+?)[\s?.!]*$", r" are there no \1 that are \2 "),
    (
        r"^\s*(the [a-z ]+? and the [a-z ]+?) share (?:a|an|the same|one) (color|colour|shape|size|material)[\s?.!]*$",
        r" are \1 the same \2 ",
    ),
    (rf"\bthe ({ORDINAL}) from the (left|right|front|back)\b", r"the \1 object from the \2"),
    (
        rf"^\s*({ORDINAL}) (?:one |thing |object )?from the (left|right|front|back)\s*,\s*"
        r"what (color|colour|shape|size|material) is (?:that|this|it)(?: one)?[\s?.!]*$",
        r" what \3 is the \1 object from the \2 ",
    ),
    (
        r"^\s*(.+?) or (.+?)\s*,\s*(?:(?:is|lies|sits) )?(?:either|any) (?:one )?(?:of them )?"
        r"(?:there|here|present)[\s?.!]*$",
        r" is there \1 or \2 ",
    ),
    (r"^\s*((?:the )?(?:two|both) [a-z ]+?) (?:the )?same (color|colour|shape|size|material)[\s?.!]*$", _two_same),
    (
        r"^\s*([a-z]+)\s*,\s*(the [a-z ]+?)(?:\s*,\s*(?:is it|is that|isn't it|is it so))?[\s?.!]*$",
        _adjective_first_tag,
    ),
    (r"^\s*(?:an? )?((?:[a-z]+ )?[a-z]+) or (?:an? )?((?:[a-z]+ )?[a-z]+)[\s?.!]*$", _bare_either),
    (
        r"^\s*of (?:all )?(?:the )?(?:things|objects|shapes)(?: here)?\s*,\s*the (largest|biggest|smallest|tallest)"
        r"(?: one)?\s*,\s*what is it[\s?.!]*$",
        r" what is the \1 thing ",
    ),
    (r"\bthe (largest|biggest|smallest|tallest) (?:one )?of (?:them all|them|all)\b", r"the \1 object"),
    (
        r"^\s*(?:are there |is it true that there are )?(twice|half|double|(?:two|three|four) times) as many ",
        r" are there \1 as many ",
    ),
    # learners' orders (Japanese "X as for", Swahili "there are balls how many", Hindi "only", Indonesian)
    (r"^\s*(?:the )?((?:[a-z]+ ){0,2}[a-z]+)\s*,\s*([a-z]+) is (?:it|they)[\s?.!]*$", _topic_verb_last),
    (r"\b(color|colour|shape|size|material) is what\s*$", r"what is the \1"),
    (r"^\s*there (?:are|is) ([a-z]+(?: [a-z]+)?) how many(.*)$", r" how many \1\2 are there "),
    (
        r"^\s*(the [a-z ]+?) (?:have|has) (?:(colou?rs?|shapes?|materials?|sizes?) how many|"
        r"how many (colou?rs?|shapes?|materials?|sizes?)) (?:different|distinct)\s*$",
        lambda m: f" how many different {plural(singular(m[2] or m[3]))} do {m[1]} have ",
    ),
    (r"^\s*(?:here )?(any|some|a|an) (.+?) is there[\s?.!]*$", r" is there \1 \2 "),
    (r"^\s*(?:has|have|there has) (?:some|any|a|an) ([a-z ]+?)\s*$", r" is there a \1 "),
    (r"\bnot of ([a-z]+)\b", lambda m: f"not {m[1]}" if _is_adjective(m[1]) else m[0]),
    (r"\bis of (which|what) (colou?r|shape|size|material)\b", r"is \1 \2"),
    (rf"\b(thing|object|one) of ({ORDINAL}) from\b", r"\2 \1 from"),
    (r"\bmade of (?:which|what) (?:thing|stuff|substance)\b", "made of what"),
    (r"^\s*([a-z]+) ([a-z]+) (?:is )?made of (what|which)\s*$", _bare_postnominal_made),
    (r"\b(are|is) of (?:the )?same (colou?r|shape|size|material)\b", r"\1 the same \2"),
    (r"^(\s*(?:is|are|do|does)\b.+?) only\s*$", r"\1 "),
    (r"^\s*of (?:all )?the ([a-z]+?)s\s*,\s*(which|the) one\b", r" \2 \1"),
    (
        rf"^\s*({ORDINAL}) (?:one |thing |object )?from (?:the )?(left|right|front|back)\s*[.,:]?\s*"
        r"(color|colour|shape|size|material)\s*$",
        r" what is the \3 of the \1 object from the \2 ",
    ),
    (r"^\s*(nearest|closest|farthest|furthest) (thing|object|one) (to|from)\b", r" the \2 \1 \3"),
    (r"^\s*(an? [a-z ]+?)\s*,\s*(?:is|are) there (?:one|any|some)\b", r" is there \1 "),
    (r"\s*,\s*every (?:last|single) one\s*$", " "),
    (
        r"\b([a-z]+) things\b",
        lambda m: plural(m[1]) if _is_plural_noun(plural(m[1])) and m[1] not in _GENERIC_WORDS else m[0],
    ),
    (r"\b([a-z]+) shaped (?:elements?|things?|objects?|items?|ones?|pieces?)\b", lambda m: plural(m[1])),
    (r"\b(?:actually|really|truly)\b", " "),
    (r"^\s*(?:in plan|in plan view|in elevation|in the front elevation|in the plan)\s*,?\s*", " "),
    (r"\s*in plan view\b", " "),
    (r"^\s*(which|what) (object|thing|element|one) might one identify as\b", r" which \2 is"),
    (r"\b(?:element|elements)\b", lambda m: "object" if m[0] == "element" else "objects"),
    (r"^(?!.*\b(?:does|do|did)\b)(\s*how many .+?) (?:has|have|there are|there is|exists?)[\s?.!]*$", r"\1 are there "),
    (r"\bthe ([a-z]+) so ([a-z]+)\b", lambda m: f"the {m[2]} {m[1]}" if _noun_then_adjective(m) else m[0]),
    (r"\s+(?:aboard|on board|on deck|on this deck|aboard this vessel|in this vessel)\b", " "),
    (r"\bhow many (type|sort|variety) of\b", r"how many \1s of"),
    (r"\bmade (?:with|from) (what|which)\b", r"made of \1"),
    (r"^\s*of what (?:is|are) made (the [a-z ]+?)[\s?.!]*$", r" what is \1 made of "),
    (r"^\s*of what (hue|colou?r|shape|size|material) (?:is |are )?(the [a-z ]+?)[\s?.!]*$", r" what \1 is \2 "),
    (
        r"^(\s*(?:is|are) (?:the|that|this|these|those) [a-z ]+?)(?<! made) of (metal|rubber)"
        r"(?: or (?:of )?(metal|rubber))?(?=[\s?.!]*$)",
        lambda m: (
            m[0]
            if re.search(r" (?:made|out|of)\b", m[1])
            else f"{m[1]} made of {m[2]}" + (f" or {m[3]}" if m[3] else "")
        ),
    ),
    (
        r"\b(cubes?|spheres?|balls?|cylinders?|blocks?|things?|objects?|boxes|box) of (?:the )?([a-z]+)"
        r"(?: (?:colou?r|material|size|shade|hue))?\b",
        _of_value,
    ),
    # round 17: "biggest-looking", "most leftward", "the cube's nearest neighbour", V2 and verb-last orders, a
    # noun then its adjective after "the" ("the cylinder the green"), "how many ... only", "take away", "all up"
    (r"\b([a-z]+est|[a-z]+most|big|small|large|tiny|red|blue|green|metal|shiny) looking\b", r"\1"),
    (r"\bmost (left|right)ward\b|\b(left|right)ward most\b", lambda m: f"{m[1] or m[2]}most"),
    (r"\b(the [a-z ]+?) ?'s (?:nearest|closest) neighbou?r\b", r"the object nearest to \1"),
    (r"\b(?:nearest|closest) neighbou?r (?:of|to) (the [a-z ]+)", r"object nearest to \1"),
    (rf"\s*,\s*(?:{VOCATIVES})\s*(?=[,-])", " "),
    (r"^\s*(?:stands|sits|lies|stand|sit|lie) (the .+)$", r" is \1 "),
    (
        rf"^\s*(is|are) (the [a-z ]+?) there ({RELATION} .+?)(?: standing| sitting| lying| located| placed)?\s*$",
        r" \1 \2 \3 ",
    ),
    (r"^\s*(is|are) there (a|an|any) ([a-z]+) ((?:[a-z]+ )?[a-z]+)(?=\s*(?:,|$))", _there_postnominal),
    (r"^\s*(?:the )?((?:[a-z]+ ){0,2}[a-z]+)\s*,\s*([a-z]+) (?:it|they) (?:is|are)[\s?.!]*$", _topic_verb_last),
    (r"\b([a-z]+) or ([a-z]+) (?:is|are)[\s?.!]*$", lambda m: f"{m[1]} or {m[2]} " if _is_adjective(m[1]) else m[0]),
    (r"\bthe ([a-z]+) the ([a-z]+)\b", lambda m: f"the {m[2]} {m[1]}" if _noun_then_adjective(m) else m[0]),
    (r"\bfrom what (is|are) (it|they) made\b", r"what \1 \2 made of"),
    (r"\b(its|their) (color|colour|shape|size|material) what (?:is|are)\b", r"what is \1 \2"),
    (r"^\s*(?:picture|image|photo|scene) (?:this|here) (?:have|has) how many ([a-z]+)", r" how many \1 are there "),
    (r"^(\s*how many .+?) only[\s?.!]*$", r"\1 "),
    (r"\s+(?:between|among) (?:them|themselves)[\s?.!]*$", " "),
    (r"\b([a-z]+) take away ([a-z]+)\b", r"\1 minus \2"),
    (r"\s*,?\s*(?:what(?: is|'s| does)? (?:that|it) (?:come to|make|give|equal)|equals what)[\s?.!]*$", " "),
    (r"\bdo (?:the )?([a-z]+) number (fewer|more|less) than (?:the )?([a-z]+)", r"are there \2 \1 than \3"),
    (r"\bnumber of (.+?) (plus|and|minus) (?:the )?number of\b", r"\1 \2"),
    (r"\s*,?\s*(?:added up|summed|all up|in all)[\s?.!]*$", " "),
    (r"\s*,\s*both of them[\s?.!]*$", " "),
    (r"\s*,?\s*among (?:today's |the )?(?:sightings|observations|finds)\b", " "),
    (
        r"^\s*(?:which|what) (colou?r|shape|material|size) (?:turns up|shows up|appears|occurs|comes up)"
        r" (?:the )?(?:most|most often|most frequently|the most)[\s?.!]*$",
        r" which \1 is the most common ",
    ),
    (
        r"^\s*(?:reading|going|counting|looking|moving)?(?: the layout| across| along)? ?(?:from )?(?:the )?left to "
        rf"(?:the )?right\s*,\s*(what|which) ([a-z]+) is (?:in )?(?:the )?({ORDINAL})(?: place| position| spot)?\s*$",
        r" \1 \2 is the \3 object from the left ",
    ),
    (
        r"^\s*(?:whereabouts|where) (?:is|are) (.+?)\s*,\s*(?:(?:on|at|in) )?(?:the )?(top|bottom|left|right)"
        r"(?: side| part)? or (?:(?:on|at|in) )?(?:the )?(top|bottom|left|right)(?: side| part)?[\s?.!]*$",
        lambda m: f" is {m[1]} {_PLACE_PREPOSITION[m[2]]} the {m[2]} or {_PLACE_PREPOSITION[m[3]]} the {m[3]} ",
    ),
    (
        r"^\s*(?:the )?([a-z]+)(?: position)? relative to (the [a-z ]+?)\s*[:,]\s*(left|right|above|below)"
        r"(?: side| of it| it)? or (left|right|above|below)(?: side| of it| it)?[\s?.!]*$",
        _relative_choice,
    ),
    (r"^(.+?)\s*[:,]\s*(?:is it |are they )?(?:that|this) (?:object|thing|one|item|piece|shape)\b", r"\1 : that"),
    (
        r"^(\s*(?:what|which) .+?) (?:is|are) (?:that|this) (?:object|thing|one|item|piece) made of$",
        r"\1 is that made of",
    ),
    (r"\b(more|fewer|less) ([a-z]+) than ([a-z]+)(?=[\s?.!,]*$)", _bare_adjectives_compared),
    (
        r"^\s*((?:the|these|those|both) [a-z ]+?)\s*[:,-]\s*(?:the )?same (color|colour|shape|size|material)"
        r"(?:\s*,?\s*or not)?[\s?.!]*$",
        r" are \1 the same \2 ",
    ),
    (r"\b(?:have|has) (?:we|you|they) got(?: out| here| there)?\b", "are there"),
    (r"\b(?:are|is) (?:we|you) (?:looking at|seeing)\b", "are there"),
    (r"\b(?:y'?all|you all|you guys) got(?: there| here)?\b", "are there"),
    (r"\b(?:in|from) this one\b", " "),
    (r"\s*,?\s*\b(?:today|for the record|in one word|would you say|if you would|if you please)[\s?.!]*$", " "),
    (r"\bwhat does it say (at|on|in) ", r"what is written \1 "),
    (r"^\s*((?:the|this|that) [a-z ]+?) (?:is|are) (?:a |an )?what(?=\s*(?:,|$))", r" what is \1 "),
    # a count said twice, a name said again or in other words: "how many blocks, how many", "how many cubes,
    # cubes i said, cubes", "how many cylinders, tubes, cans, whatever you call them", "how many ties, like neckties"
    (r"^(\s*how many .+?)\s*,\s*how many(?: (?:total|in total|altogether|together|all together))?[\s?.!]*$", r"\1 "),
    (r"\b([a-z]+)(?:\s*,\s*\1(?: i said| i mean| i say)?)+(?=\s*(?:,|$))", r"\1"),
    (
        r"\b([a-z]+)(?:\s*,\s*[a-z]+){1,4}\s*,?\s*(?:or )?whatever(?: (?:you|u) (?:call|want to call|wanna call) "
        r"(?:them|it|those|that))?(?=\s*(?:,|$))",
        r"\1",
    ),
    (r"^.*?\bwhatever\s*[-,:;]+\s*(?=(?:how many|what|which|is|are|do|does)\b)", " "),
    (r"\b([a-z]+)\s*,\s*(?:like|as in|meaning|i mean) (?:the |a )?([a-z]+)(?=[\s?.!]*$)", _same_name),
    # arithmetic on counts said bare: "spheres plus cubes", "big things plus small things, how many total", "how
    # many cubes are there minus how many cylinders", "metal things minus rubber things"
    (
        r"^\s*(?:the )?((?:[a-z]+ )?[a-z]+) (plus|minus) (?:the )?((?:[a-z]+ )?[a-z]+)\s*(?:,?\s*how many(?: total| in "
        r"total| altogether| together| combined| all together| all up| in all)?)?[\s?.!]*$",
        _bare_arithmetic,
    ),
    (
        r"^\s*how many ((?:[a-z]+ )?[a-z]+) (?:are there |there are )?(plus|minus) (?:how many )?((?:[a-z]+ )?[a-z]+)"
        r"(?: are there| there are)?[\s?.!]*$",
        _bare_arithmetic,
    ),
    # the far side: "which shape is on the far left", "the object furthest in front", "the person furthest right"
    (
        r"^\s*(what|which) (\w+) (?:is|are) (?:on|at|to) the (?:far|very|extreme) (left|right)[\s?.!]*$",
        lambda m: (
            f" {m[1]} {m[2]} is the {m[3]}most object "
            if re.fullmatch(r"colou?r|shape|size|material|kind|type", m[2])
            else f" which thing is the {m[3]}most "
            if re.fullmatch(r"one|thing|object|item|figure", m[2])
            else f" what is the {m[3]}most {m[2]} "
        ),
    ),
    (
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:(?:who|that|which) (?:is|are|sits?|stands?) )?(?:(?:over|out|way) )?"
        r"(?:on|at|to) the (?:far|very|extreme) (left|right)\b(?: (?:side )?(?:of|in) the "
        r"(?:shot|picture|photo|photograph|image|frame|scene|pic))?",
        lambda m: f"the {m[2]}most {m[1]}" if _noun_last(m[1]) else m[0],
    ),
    (
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:furthest|farthest|most) (?:to the )?(left|right)\b(?! of\b)",
        lambda m: f"the {m[2]}most {m[1]}" if _noun_last(m[1]) else m[0],
    ),
    (
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:furthest|farthest|most) (?:in front|to the front|forward)\b(?! of\b)",
        lambda m: f"the frontmost {m[1]}" if _noun_last(m[1]) else m[0],
    ),
    (
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:furthest|farthest|most) (?:back|to the back|behind|at the back)\b"
        r"(?! of\b)",
        lambda m: f"the rearmost {m[1]}" if _noun_last(m[1]) else m[0],
    ),
    # "spheres versus cylinders: is it a tie?", "is the green ball large and is the brown cylinder large too"
    (
        r"^\s*(?:the )?([a-z]+) (?:versus|vs|against)\.? (?:the )?([a-z]+)\s*[:,-]?\s*(?:is it|is that) "
        r"(?:a tie|a draw|even|equal|level)[\s?.!]*$",
        r" are there as many \1 as \2 ",
    ),
    (r"^(\s*(?:is|are|does|do)\b.+?(?: and|,) (?:is|are|does|do) .+?)\s+(?:too|as well|also)[\s?.!]*$", r"\1 "),
    (r"\bany (?:kind|sort|type) of (?=[a-z])", "any "),
    (r"\s*,\s*even (?:a |an |the )?(?:[a-z]+)?(?: ones?)?[\s?.!]*$", " "),
    (r"\b(object|thing|item|shape) (?:that|which) (?:is|'s) not (?:a |an )([a-z]+)(?=[\s?.!]*$)", _not_a_named),
    (r"\b(are|is) several of the\b", r"\1 at least two of the"),
    (r"\s*,\s*like (?:at least|about|maybe|say) [a-z0-9]+[\s?.!]*$", " "),
    (r"\s*,\s*like how many (?:different|distinct|separate) (?:ones|kinds|colou?rs|shapes|materials)[\s?.!]*$", " "),
    (rf"^\s*are there ({NUMBER_WORD}) (.+?)\s*,\s*exactly (?:a pair|\1)[\s?.!]*$", r" are there exactly \1 \2 "),
    # "which side is it on - left or right": a dash before the options offered is their comma
    (
        r"\s[-\u2013\u2014]+\s(?=(?:the |on the |in the |at the )?[a-z]+ or "
        r"(?:the |on the |in the |at the )?[a-z]+\s*[?.!]*\s*$)",
        " , ",
    ),
    (
        r"^\s*(?:on )?which side of the (?:image|picture|photo|frame|screen|scene) (is|are) ([^,]+?)"
        r"(?: standing| sitting| located| placed| positioned| lying| parked| shown)?(?: on| in)?"
        r"(\s*,\s*(?:the )?(?:left|right)(?: side)? or (?:the )?(?:left|right)(?: side)?)?[\s?.!]*$",
        r" which side of the image \1 \2 on\3 ",
    ),
    (r"\bfor (?:a |one |two |three |five |ten |\d+ )?(?:hundred |thousand |million )?points?\s*[:,]", " "),
    (r"\s+tonight[\s?.!]*$", " "),
    (
        r"^\s*what (?:is|are) ((?:to the |on the )?(?:left|right) of .+?|behind .+?|in front of .+?)\s*,\s*how many "
        r"([a-z]+)[\s?.!]*$",
        r" how many \2 are \1 ",
    ),
    (
        r"^\s*((?:the|this|that) [a-z ]+?) (?:shows|says|reads|displays) what(?: time)?[\s?.!,]*$",
        r" what does \1 say ",
    ),
    (
        r"^\s*((?:the|this|that) [a-z ]+?) (is|are) colou?red\s*,?\s*(?:what|which)(?: colou?r)?[\s?.!]*$",
        r" what color \2 \1 ",
    ),
    # a place in a row said after its noun, or with no noun: "the object that is second from the back", "which
    # shape is third from the right"; a question that only names the attribute after naming the object
    (
        rf"\b(?:the|an?) ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:that|which) (?:is|are) (?:the )?({ORDINAL}) "
        r"(?:one )?from the (left|right|front|back|top|bottom)\b",
        r"the \2 \1 from the \3",
    ),
    (
        rf"\b(is|are) (?:the )?({ORDINAL}) (?:one |thing |object |item )?from the (left|right|front|back|top|bottom)\b",
        lambda m: f"{m[1]} the {m[2]} {_ordered_word(m)} from the {m[3]}",
    ),
    (
        r"\bwhat (?:is|are) ((?:the|that|this) [a-z ]+?)\s*[?,]?\s*(?:and )?(?:what|which) "
        r"(color|colour|shape|size|material)[\s?.!]*$",
        r" what \2 is \1 ",
    ),
    # a quantified statement asked with a tag or a rising voice ("neither of the green ones is metal, ja?", "no shape
    # in the top row is yellow", "nobody in the park is wearing green", "except the green cylinder, everything is
    # rubber"): whether it holds
    (
        r"^\s*(?P<q>nobody|no one|no-one|nothing|neither|none|no|not one|not a single)(?: of)?(?: the| these| those)?"
        r"(?P<words>(?: [a-z']+){0,6}?) (?P<verb>is|are) (?P<pred>(?!there\b).+?)[\s?.!]*$",
        _none_said,
    ),
    (
        r"^\s*(?:except|apart from|besides|other than|but for|aside from)(?: for)? (the (?:[a-z]+ ){0,4}?[a-z]+) , "
        r"(?:everything|everyone|all|the rest)(?: else)? (?:is|are) ((?:made of )?[a-z]+)[\s?.!]*$",
        _all_other_things,
    ),
    (
        r"^\s*(?:everything|all) (?:but|except|apart from|other than|besides) (the (?:[a-z]+ ){0,4}?[a-z]+) "
        r"(?:[,:;-]+ )?(?:is it all|are they all|is all|is it|are they|is) ((?:made of )?[a-z]+)[\s?.!]*$",
        _all_other_things,
    ),
    (
        r"^\s*(every|each) ((?:[a-z]+ ){0,6}?[a-z]+) ([a-z]+)[\s?.!]*$",
        lambda m: f" is {m[1]} {m[2]} {m[3]} " if _is_adjective(m[3]) and not _VERBED.search(m[2]) else m[0],
    ),
    (
        r"^(\s*(?:is|are) )?(?:every|each) (?:single )?one of (?:the|them|these|those) (?=[a-z]+ (?!of\b))",
        r"\1all the ",
    ),
    (rf"\bmade by (?={_MATERIALS}\b)", "made of "),
    (r"^(\s*(?:is|are) (?:every|each|all|the) (?:[a-z]+ ){1,5}?)also (?=(?:an? |the )?[a-z]+(?: [a-z]+)?\s*$)", r"\1"),
    (
        r"^\s*(?:is|are) (?:none|neither) of (?:the )?((?:[a-z]+ ){0,2}?[a-z]+) (made of [a-z]+|[a-z]+)[\s?.!]*$",
        lambda m: f" are there no {m[1]} that are {m[2]} " if _is_adjective(m[2].split()[-1]) else m[0],
    ),
    (r"\bboth of (the|these|those)\b", r"both \1"),
    (r"\bevery single\b", "every"),
    (r"\bnot (?:a|one) single\b", "no"),
    (r"^\s*(is|are) there (?:a|one) single\b", r" \1 there a "),
    (
        r"(?<!\bis )(?<!\bare )\bthe (?:only|sole|single|lone) (?!ones?\b)(?=[a-z])",
        lambda m: m[0] if m[0].startswith("the only") and ONLY_SAID_OF.search(m.string[: m.start()]) else "the ",
    ),
    (r"(?<!\bis )(?<!\bare )\b(?:over|right|back) (?:there|here)\b", " "),
    (
        r"(?<!\bthe )\b(top|bottom|left|right|middle|center|centre)(?: side| part| half| edge)? of (?:the |this )?"
        r"(?:image|picture|photo|frame|scene|screen|shot|pic)\b",
        r"\1",
    ),
    (
        r"^\s*((?:the|this|that) [a-z ]+?)\s*[:,-]\s*(?:(?:on|at|in) )?(?:the )?(top|bottom|left|right|middle) or "
        r"(?:(?:on|at|in) )?(?:the )?(top|bottom|left|right|middle)[\s?.!]*$",
        lambda m: f" is {m[1]} {_PLACE_PREPOSITION[m[2]]} the {m[2]} or {_PLACE_PREPOSITION[m[3]]} the {m[3]} ",
    ),
]
"""Round 16 and 17: word-by-word translations ("there are how many cubes small", "this blue ball metal is", "its
colour what", "more of balls than of cubes"), places named with the picture ("top of the photo"), a place in a row
without its noun, a count or a name said again, bare arithmetic, the far side, yes/no lead-ins. They run twice: early,
before the topic rules move words around, and last, when talk, tags and setting words are gone."""


_CHAIN_PLACE = (
    r"(?:behind|in front of|on top of|(?:to the |on the )?(?:left|right)(?: side)? of|left of|right of|next to|near|"
    r"beside|on|under|underneath|above|below|"
    r"closer to the camera than|nearer to the camera than|(?:farther|further)(?: away)? than)"
)
_CHAIN_REFERENCE = r"(?:the [a-z ]+?|that(?: [a-z]+){0,3}?|this(?: one)?|it)"
_CHAIN_WORDS = (
    r"(?:(?!\b(?:is|are|there|stands|sits|lies|rests|that|it|standing|sitting|lying|parked|placed|located)\b)"
    r"[a-z ])+?"
)
_CHAIN_BE = r"(?:(?:there )?(?:is|stands|sits|lies|rests)|there is|you (?:can )?(?:find|see))"
_CHAIN_CLAUSES = (
    # "in front of the cube stands a cylinder", "behind that a cube", "in front of that , a green ball"
    re.compile(
        rf"(?P<place>{_CHAIN_PLACE}) (?P<ref>{_CHAIN_REFERENCE})(?: 's (?P<side>left|right))? ?,? ?(?:{_CHAIN_BE} )?"
        rf"(?:a|an|one) (?P<new>{_CHAIN_WORDS})"
    ),
    # "to its right there is a brown thing", "on its left a purple thing"
    re.compile(
        rf"(?:to|on) (?P<ref>its|their) (?P<side>left|right)(?: side)? ?,? ?(?:{_CHAIN_BE} )?"
        rf"(?:a|an|one) (?P<new>{_CHAIN_WORDS})"
    ),
    # "to that object's left sits a shiny one"
    re.compile(
        rf"(?:to|on) (?P<ref>{_CHAIN_REFERENCE}) 's (?P<side>left|right)(?: side)? ?,? ?(?:{_CHAIN_BE} )?"
        rf"(?:a|an|one) (?P<new>{_CHAIN_WORDS})"
    ),
    # "there is a ball behind the green cube", "a cube is placed to the right of the blue cube"
    re.compile(
        rf"(?:there is )?(?:a|an|one) (?P<new>{_CHAIN_WORDS})(?: (?:is|stands|sits|lies|rests))?"
        rf"(?: (?:standing|sitting|lying|parked|placed|located|positioned|situated))? "
        rf"(?P<place>{_CHAIN_PLACE}) (?P<ref>{_CHAIN_REFERENCE})"
    ),
    # "behind the small blue ball there is something"
    re.compile(
        rf"(?P<place>{_CHAIN_PLACE}) (?P<ref>{_CHAIN_REFERENCE}) ?,? ?(?:{_CHAIN_BE} )?"
        r"(?P<new>something|some thing|an object|a thing|one object|one thing)"
    ),
)
_CHAIN_SOMETHING = re.compile(
    r"(?:something|some ?thing|one object|an object|one thing|a thing|some object|one item|an item) "
    r"(?:(?:sits|is|stands|lies|rests) )?"
    rf"(?P<places>{_CHAIN_PLACE} the [a-z ]+?"
    rf"(?:,? and (?:also |,? ?at the same time ,? ?)?{_CHAIN_PLACE} the [a-z ]+?)*)"
)
_CHAIN_START = re.compile(
    r"(?:start|begin)(?:ning)? (?:at|from|with) (the [a-z ]+?)|(?:(?:now |first )?(?:look|looking) at|(?:i am |i'm )?"
    r"thinking (?:of|about)|(?:now |first )?(?:find|locate|spot|take|pick|pick up|grab|lift|get|focus on|consider))"
    r" (the [a-z ]+?)"
)


_VAGUE_INTRO = re.compile(
    r"^\s*(?:there is |i (?:can )?see )?(a|an) ([a-z ]+?) (?:(?:stands|sits|lies|is) )?(?:somewhere )?"
    r"(?:near|towards|toward|over|at|in|over on|over at) the (?:very )?(?:front|back|rear|middle|left|right|"
    r"far left|far right)(?: of the (?:picture|image|scene|photo))?\s*[.;:]\s*(?=\w)"
)


_SEEN_INTRO = re.compile(r"^\s*i (?:can |could )?(?:see|spot|notice) (a|an) ([a-z ]+?)\s*[.;]\s*(?=\w)")
"""'I can see a boy in blue near the bench.' before a question about him: the object it introduces."""
_CHAIN_STATED = re.compile(
    r"(the [a-z]+(?: [a-z]+)?) (?:is|stands|sits|lies|rests|is standing|is sitting) "
    r"(?:near|next to|beside|by|behind|in front of|left of|right of|on|in|at|under|above) (?:the )?[a-z ]+"
)


def _described_chain(text: str) -> str:
    """Objects described one after another before the question, each placed by the one before ("in front of the
    purple cube stands a large gray cylinder ; in front of that , a green ball . how many things are closer to the
    camera than the green ball ?", "start at the gray ball . to its right there is a brown thing , and behind that
    brown thing a big purple object . what is the thing to the right of that purple object made of ?"): the
    question with the last one named by the whole chain ("the big purple object that is behind the brown thing that
    is right of the gray ball"). Anything the chain cannot read leaves the text as it is."""
    parts = re.split(r"\s[.;:]\s|\s,\s(?:and |then )?(?=(?:to|on|in|behind|left|right|there|next|near)\b)", text)
    parts = [p.strip() for p in parts]
    parts = [re.sub(r"^(?:and|then|so) ", "", p) for p in parts if p]
    if len(parts) < 2:
        return text
    current: str | None = None
    head: str | None = None
    for part in parts[:-1]:
        start = _CHAIN_START.fullmatch(part)
        if start and re.search(r" (?:and|or) (?:the|an?) ", start.group(0)):
            continue  # "look at the green shape and the triangle": two things, each named again in the question
        if start:
            current = start.group(1) or start.group(2)
            head = current.split()[-1]
            continue
        stated = _CHAIN_STATED.fullmatch(part) if current is None else None
        if stated:  # "the boy is near the bench. is he ...": the question is about the boy
            current, head = stated.group(1), stated.group(1).split()[-1]
            continue
        something = _CHAIN_SOMETHING.fullmatch(part)
        if something:  # "something sits right of the cylinder and also behind the ball": one object, two places
            places = re.sub(r",? and (?:also |,? ?at the same time ,? ?)?", " and ", something.group("places"))
            current, head = f"the object that is {places}", "object"
            continue
        found = next((m for pattern in _CHAIN_CLAUSES if (m := pattern.fullmatch(part))), None)
        if found is None:
            return text
        groups = found.groupdict()
        ref = groups["ref"]
        if re.fullmatch(r"the (?:far )?(?:left|right|top|bottom|middle|centre|center|front|back)(?: side)?", ref):
            return text  # "a block over on the right": a place in the picture, not another object
        if ref.startswith("the ") and not re.fullmatch(r"the (?:[a-z]+ )?(?:one|object|thing)", ref):
            anchor = ref
        elif current is None:
            return text
        else:
            anchor = current
        place = groups.get("place") or f"{groups['side']} of"
        if groups.get("side") and groups.get("place"):
            place = f"{groups['side']} of"
        new = groups["new"]
        if new in {"something", "some thing", "an object", "a thing", "one object", "one thing"}:
            new = "object"
        if new in {"one", "shiny one", "thing"} or new.endswith(" one"):
            new = f"{new[:-4] if new.endswith(' one') else ''} object".strip()
        current, head = f"the {new} that is {place} {anchor}", new.split()[-1]
    if current is None or head is None:
        return text
    question = parts[-1]
    named = (  # "that purple object" before "the thing", the last object's own name before "it"
        rf"\b(?:on|to) (?:that|this|the) (?:[a-z]+ )?(?:{re.escape(head)}|one|object|thing) ?'s "
        r"(?P<side>left|right)(?: side| hand side)?\b",
        rf"\b(?:that|this) (?:[a-z]+ )?(?:{re.escape(head)}|one|object|thing)\b",
        rf"\bthe (?:[a-z]+ )?(?:{re.escape(head)}|one)\b",
        r"\b(?:to|on) its (?P<side>left|right)(?: side)?\b",
        r"\b(?:it|he|she|him|they|them)\b",
        r"(?:(?<=\bof )|(?<=\bthan )|(?<=\bbehind )|(?<=\bnear )|(?<=\bbeside )|(?<=\bfrom ))(?:that|this)\b"
        r"(?! (?:is|are|one|thing|object)\b)",
    )
    found = next((m for pattern in named if (m := re.search(pattern, question))), None)
    described = set(current.split(" that is ")[0].split()) | {"one", "that", "this", "the"}
    if found is None or (found.group().startswith("the ") and not set(found.group().split()) <= described):
        return text  # "the gray cylinder" is another cylinder than "the small shiny cylinder" introduced
    side = found.groupdict().get("side")
    said = f"to the {side} of {current}" if side else current
    # the same object named again later in the question ("is the cup to its left the same colour as it?")
    rest = re.sub(r"\b(?:it|him|them)\b", current, question[found.end() :])
    return f" {question[: found.start()]}{said}{rest} "


def _chained_premises(match: re.Match) -> str:
    """ "there is a yellow ball left of the blue ball ; there is a cylinder left of this yellow ball ; Q": the first
    thing said into the second's description where it is named again -> "there is a cylinder left of the yellow ball
    that is left of the blue ball ; Q" (which :func:`_named_again` then reads)."""
    words = match[1].split()
    at = next((i for i, w in enumerate(words) if LEXICON.noun(w) is not None or known_name(w)), None)
    if at is None:
        return match[0]
    head, described, rest = words[at], " ".join(words[: at + 1]), " ".join(words[at + 1 :])
    again = re.search(rf"\b(?:this|that|the) (?:[a-z]+ ){{0,2}}?{head}\b", match[2])
    if again is None:
        return match[0]
    first = f"the {described} that is {rest}" if rest else f"the {described}"
    return f" there is a {match[2][: again.start()]}{first}{match[2][again.end() :]} ; {match[3]} "


_PLACE_FIRST = re.compile(
    r"^((?:at|on|in) the (?:top|bottom|left|right|middle|centre|center)(?: (?:left|right) corner| row| half| side)?)"
    r"\s+(?!of\b)(.+)$"
)


_RELATION_FIRST = re.compile(r"^(?:(?:to the )?(?:left|right) of|in front of|behind|on top of|next to|near) ")


def _all_others(match: re.Match) -> str:
    """ "apart from X, is everything [at the bottom] small" -> "are all things [at the bottom] other than X small": the
    exception after the place that narrows "everything", never read as the exception's own place."""
    place = _PLACE_FIRST.match(match[4])
    *related, value = match[4].split()
    if _RELATION_FIRST.match(match[4]) and related and LEXICON.attribute_of(value) is not None:
        return f" are all things that are {' '.join(related)} and are not {match[1]} {value} "  # "left of the sphere"
    if place is None:
        return f" are all things other than {match[1]} {match[4]} "
    return f" are all things {place[1]} other than {match[1]} {place[2]} "


def _named_again(match: re.Match) -> str:
    """ "there is a NP ; ... that N ..." -> "there is a NP ; ... it ...", N the head of NP (or a synonym of it); "the
    N" too where no "that N" is said ("there's a cylinder left of the yellow ball. which colour is the cylinder?")."""
    words = match[1].split()
    heads = {w for w in words if LEXICON.noun(w) is not None or known_name(w)}
    heads = {next(w for w in words if w in heads)} if heads else heads  # the head: the first name said
    kinds = {LEXICON.noun(h)[0] for h in heads if LEXICON.noun(h)}

    def is_head(word: str) -> bool:
        return word in heads or (LEXICON.noun(word) or (None,))[0] in kinds

    said = match[2]
    for pattern in (r"\b(?:that|this|the said) (\w+)\b", r"\bthe (\w+)\b"):
        found = next((m for m in re.finditer(pattern, said) if is_head(m[1])), None)
        if found is not None:
            said = f"{said[: found.start()]}it{said[found.end() :]}"
            break
    return f" there is a {match[1]} ; {said} "


_INTRO_END = r"\s*[.;:,]\s*(?P<question>(?:what|which|how|is|are|does|do|can)\b.+)$"
_SOMETHING = r"(?:something|some thing|an object|a thing|one thing|one object|another (?:object|thing))"
_INTRODUCED = (
    # "there's just one big object in this picture. what color is it?"
    (
        re.compile(
            r"^\s*there is (?:just |only |exactly )(?:one|a single) (?P<what>[a-z ]+?)(?: in (?:this|the) (?:picture|"
            rf"image|scene|photo))?{_INTRO_END}"
        ),
        lambda m: f"the {m['what']}",
    ),
    # "one object is way bigger than all the rest. what is it made of?"
    (
        re.compile(
            r"^\s*(?:just |only |exactly )?one (?:of (?:these|them|the (?:objects|things|items|shapes))|object|thing|"
            r"item)(?: here| in (?:the|this) (?:picture|image|scene))? is (?:way |much |a lot |far )?(?P<more>bigger|"
            rf"larger|smaller) than (?:all )?(?:of )?(?:the )?(?:rest|others|other (?:objects|things|ones)){_INTRO_END}"
        ),
        lambda m: f"the {'smallest' if m['more'] == 'smaller' else 'largest'} object",
    ),
    # "one of these is both green and metallic. what is its shape?"
    (
        re.compile(
            r"^\s*(?:just |only |exactly )?one (?:of (?:these|them|the (?:objects|things|items|shapes))|object|thing|"
            rf"item)(?: here| in (?:the|this) (?:picture|image|scene))? is (?:both )?(?P<what>[a-z ]+?){_INTRO_END}"
        ),
        lambda m: f"the thing that is {m['what']}" if _all_adjectives(m["what"].replace(" and ", " ")) else None,
    ),
    # "everything is shiny except one object. what shape is that one?"
    (
        re.compile(
            r"^\s*(?:everything|all (?:the )?(?:objects|things|items)|every (?:object|thing)) (?:is|are) (?P<what>\w+) "
            r"(?:except|but|apart from|other than|save) (?:for )?(?:one|a single)(?: (?:object|thing|item|one))?"
            rf"{_INTRO_END}"
        ),
        lambda m: f"the thing that is not {m['what']}" if _is_adjective(m["what"]) else None,
    ),
    # "the little yellow ball has something to its right. what shape is that thing?"
    (
        re.compile(
            rf"^\s*(?P<anchor>the [a-z ]+?) (?:has|have) (?:{_SOMETHING}|an? (?P<kind>[a-z]+(?: [a-z]+){{0,2}}?))"
            r"(?: somewhere)?(?: (?:sitting|standing|lying|placed|located))? "
            r"(?:(?:to|on) its (?P<side>left|right)(?: side)?|(?P<place>in front of|behind|next to|near|beside|left of|"
            rf"right of|to the left of|to the right of) it){_INTRO_END}"
        ),
        lambda m: f"the {m['kind'] or 'thing'} that is {m['side'] + ' of' if m['side'] else m['place']} {m['anchor']}",
    ),
    # "the blue cube has a nearest neighbor. what color is it?"
    (
        re.compile(rf"^\s*(?P<anchor>the [a-z ]+?) (?:has|have) (?:a|one) (?:nearest|closest) neighbou?r{_INTRO_END}"),
        lambda m: f"the thing closest to {m['anchor']}",
    ),
    # "the yellow cube has a twin in colour somewhere", "the green cube has a same-coloured twin"
    (
        re.compile(
            r"^\s*(?P<anchor>the [a-z ]+?) (?:has|have) (?:a|one) (?:same[- ](?P<same>colou?r|shape|size|material)"
            r"(?:ed|d)? )?(?:twin|match|partner|double|companion|sibling)"
            r"(?: in (?P<attribute>colou?r|shape|size|material))?(?: somewhere)?"
            r"(?: (?:on|in) the (?:table|picture|scene|image|photo))?(?: too| as well)?"
            rf"{_INTRO_END}"
        ),
        lambda m: _twin_of(m),
    ),
    # "the big metal ball is the same colour as one other thing", "the small red sphere shares its colour with one
    # other object"
    (
        re.compile(
            rf"^\s*(?P<anchor>the [a-z ]+?) (?:(?:is|has) the same|(?:shares|has) its) (?P<attribute>{ATTRIBUTE}) "
            rf"(?:as|with) (?:one|an|a|exactly one) other (?:thing|object|item|one){_INTRO_END}"
        ),
        lambda m: f"the thing that has the same {m['attribute']} as {m['anchor']}",
    ),
)
_NAMED_BACK = re.compile(
    r"\b(?:(?:that|this|the) (?:other )?(?:[a-z]+ )?(?:thing|object|one|item|neighbou?r|twin|match|partner|double|"
    r"companion|sibling)|it)\b|\bits (?=\w)"
)


def _twin_of(match: re.Match) -> str | None:
    """The object a "twin" (in an attribute) of the anchor is: the other object sharing that attribute."""
    attribute = (match["attribute"] or match["same"] or "").replace("colour", "color")
    return f"the thing that has the same {attribute} as {match['anchor']}" if attribute else None


def _introduced(text: str) -> str:
    """An object described by a statement before the question, the question naming it by "it", "that thing" or
    "that one" ("the little yellow ball has something to its right. what shape is that thing?", "one of these is
    green and metallic. what is its shape?"): the question with the description in their place."""
    for pattern, describe in _INTRODUCED:
        found = pattern.match(text)
        if found is None:
            continue
        described = describe(found)
        question, tail = found["question"], ""
        topic = re.match(r"^(\s*the [a-z ]+?)(\s*,\s*(?:what|which|how|is|are|does|do)\b.*)$", question)
        if topic and _NAMED_BACK.search(topic[1]):  # "the ball in front of it that's big, what's it made of": the
            question, tail = topic[1], topic[2]  # topic's "it" is the thing described, the question's is the topic
        back = _NAMED_BACK.search(question) if described else None
        if back is None:
            continue
        said = ""
        while back is not None:  # every "it" and "its" of the question ("is the cup to its left as red as it?")
            before, after = question[: back.start()], question[back.end() :]
            if back.group().startswith("its"):  # "what is its shape" -> "what is the shape of the thing that ..."
                word = re.match(r"\w+", after)
                if word is None:
                    break
                said += f"{before}the {word.group()} of {described}"
                question = after[word.end() :]
            else:
                said += f"{before}{described}"
                question = after
            back = _NAMED_BACK.search(question) if back.group() in ("it", "its ") else None
        return f" {said}{question}{tail} "
    return text


_EDIT_VERB = (
    r"(?:subtract|remove|take away|take out|delete|get rid of|eliminate|throw away|add|put in|insert|place|put)"
)
_EDIT = re.compile(
    rf"\s*(?P<joined>(?:first |then |now |next |and |also )*)(?:please )?(?:you )?(?:(?P<verb>{_EDIT_VERB}) )?"
    r"(?P<amount>all (?:of )?(?:the )?|every |each |the |\d+ |one |an? |two |three |four |five |six )?"
    r"(?P<what>[a-z ]+?)(?: (?:from|to|into) the (?:scene|picture|image))?\s*(?:[.;,:-]|(?=\band\b|\bthen\b))"
)
_EDITED_COUNT = re.compile(
    r"\s*(?:then |now |and )?how many (?P<counted>(?:[a-z]+ ){0,3}?[a-z]+?)(?: are| is| would be| will be)?"
    r"(?: (?:still )?(?:left(?: over)?|remaining|remain|there|in the scene|in the picture)| exist| are there| there"
    r" are| do we have| do you see)?(?: now| then| in total| altogether)?\s*[?.!]*\s*$"
)
_ADDING = dict.fromkeys(("add", "added", "put", "placed", "place", "put in"), "adding")


def _scene_edits(text: str) -> str:
    """Objects taken away or added before a count (CLEVR-Math): "subtract all red cubes. subtract 2 cylinders.
    how many objects are left?" -> "ignoring the red cubes , how many objects are there after removing 2
    cylinders"; "add 2 purple cubes. how many cubes exist?" -> "how many cubes are there after adding 2 purple
    cubes" (the grammar adds or subtracts the number where the objects are of the kind counted)."""
    edits, verbs, at = [], [], 0
    while (found := _EDIT.match(text, at)) is not None:
        verb = found["verb"] or (verbs[-1] if verbs and found["joined"].strip() else None)
        if verb is None:  # "remove the red things and then the cylinders": the verb said once
            break
        edits.append(found)
        verbs.append(verb)
        at = found.end()
    asked = _EDITED_COUNT.fullmatch(text, at) if edits else None
    if asked is None:
        return text
    gone, changed = [], []
    for edit, verb in zip(edits, verbs, strict=True):
        amount, what = (edit["amount"] or "").strip(), edit["what"].strip()
        removing = verb not in {"add", "put in", "insert", "place", "put"}
        words = what.split()
        if amount in {"", "all", "all of", "all of the", "all the", "every", "each", "the"}:
            if not removing or amount == "" and not _plural_name(words[-1]):
                return text  # "add cubes": how many is not said
            if amount in {"every", "each"}:
                words[-1] = plural(words[-1])
            gone.append("the " + " ".join(words))
            continue
        number = 1 if amount in {"a", "an"} else int(amount) if amount.isdigit() else NUMBER_VALUES.get(amount)
        if number is None:
            return text
        changed.append(f"{'removing' if removing else 'adding'} {number} {what}")
    if len(changed) > 1:
        return text
    counted = asked["counted"]
    question = f" how many {counted} are there {('after ' + changed[0]) if changed else ''} "
    return f" ignoring {' and '.join(gone)} ,{question}" if gone else question


def _offered_relations(sides: list[str]) -> str:
    """ "left , right , in front of or behind": relations offered as a choice, each as it reads before its anchor."""
    phrases = [_side_phrase("in front" if side == "front" else side) for side in sides]
    return " , ".join(phrases[:-1]) + f" or {phrases[-1]}"


def _side_phrase(side: str) -> str:
    return f"{side} of" if side in {"left", "right", "in front"} else side


_CLAIM_PREFIX = (
    r"^\s*(?:(?:true or false|is it true that|is it the case that|does (?:this|the) (?:caption|statement|sentence|"
    r"description) (?:match|fit|describe) (?:the|this) (?:image|picture|scene)|(?:is )?(?:this|the) "
    r"(?:caption|statement)(?: is)? (?:correct|true|accurate)|caption|statement|claim|check)\s*[:,]?\s*)?"
)
_KINDS = r"(?:shapes?|objects?|things?|items?|figures?)"
_COLOUR_WORDS = r"(?:red|green|blue|yellow|gray|grey|brown|purple|cyan|white|black|orange|pink|magenta|teal)"
_FAR_WAY = {
    "back": "backmost",
    "behind": "backmost",
    "forward": "frontmost",
    "front": "frontmost",
    "in front": "frontmost",
    "left": "leftmost",
    "right": "rightmost",
}
_NOT_CLEFT = r"(?<!\bit is )(?<!\bit 's )(?<!\bis it )"
_FURTHEST = r"(?:the )?(?:farthest|furthest|most)"


def _one_of(group: str) -> str:
    """ "the three small cups" -> "small cup": one object of a set named by a plural."""
    words = [w for w in group.split() if w not in NUMBER_WORDS and not w.isdigit()]
    return " ".join([*words[:-1], singular(words[-1])]) if words else group


_EXTREME_WORDS = {"highest": "topmost", "uppermost": "topmost", "lowest": "bottommost", "lowermost": "bottommost"}
_HOW_MANY_SAID = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_STATED_AMOUNT = rf"(?:(?:at least|at most|exactly|more than|fewer than|less than) {_HOW_MANY_SAID}|only one)"


def _name_or_kind(word: str, plural_form: bool) -> str | None:
    """``word`` as a noun to count ("star", "triangles") when it names objects, else None."""
    base = singular(word)
    if base not in SHAPE_NOUNS and (LEXICON.noun(base) is None and not known_name(base) or _is_adjective(base)):
        return None
    return plural(base) if plural_form else base


def _quantified_claim(match: re.Match) -> str:
    """A claim about how many objects are something, asked whether it holds (ShapeWorld's captions): "true or
    false: at least two shapes are blue" -> "are at least two of the shapes blue"; "exactly one shape is a cross"
    -> "is there exactly one cross"; "no shape is yellow" -> "is there no yellow shape"; "most shapes are red" ->
    "are most of the shapes red"."""
    amount, kind, value = match["amount"], singular(match["kind"]), match["value"].strip()
    amount = "no" if amount == "none of the" else amount
    value = re.sub(r"^(?:an?|the) ", "", value)
    words = value.split()
    named = _name_or_kind(words[-1], plural_form=amount not in {"exactly one", "one", "only one", "no", "not one"})
    adjectives = words[:-1] if named else words
    if not all(_is_adjective(w) for w in adjectives) or (named is None and not adjectives):
        return match[0]
    thing = " ".join([*adjectives, named or kind])
    things = " ".join([*adjectives, named if named and amount not in {"no", "exactly one"} else plural(named or kind)])
    if amount in {"no", "not one"}:
        return f" is there no {thing} "
    if amount in {"exactly one", "only one", "one"}:
        return f" is there exactly one {thing} "
    if amount in {"most", "most of the"}:
        return (
            f" are most of the {plural(kind)} {value} "
            if named is None
            else f" are most of the {plural(kind)} {named} "
        )
    if amount in {"all", "every", "each", "all the", "all of the"}:
        return f" are all {plural(kind)} {value} " if named is None else f" are all {plural(kind)} {named} "
    return f" are there {amount} {things} "


def _excepted_last(match: re.Match) -> str:
    """ "how many cubes are left of the brown ball, apart from the little cyan one" -> "excluding the little cyan
    cube , how many cubes are left of the brown ball": an exception said after a count leaves objects out of what
    is counted ("one" stands for the counted noun), never out of the place's anchor."""
    counted, rest, gone = match["counted"], match["rest"], match["gone"].strip()
    words = counted.split()
    head = next((w for w in reversed(words) if _plural_name(w)), None)
    if head is None:
        return match[0]
    gone = re.sub(r"\bones\b", head, re.sub(r"\bone\b", singular(head), gone))
    return f" excluding {gone} , how many {counted}{rest} "


_VERY_MIDDLE = (
    r"(?:(?:very|exact|dead|absolute) (?:middle|centre|center)(?: of (?:the|this) (?:picture|image|photo|scene|"
    r"frame))?(?! of\b)|(?:centre|center) of (?:the|this) (?:picture|image|photo|frame))"
)
"""The middle of the picture on both axes."""

_PART_ATTRIBUTE = {
    "sides": "side",
    "edges": "side",
    "corners": "corner",
    "vertices": "corner",
    "vertexes": "corner",
    "angles": "corner",
    "points": "point",
    "tips": "point",
}
_FIGURE_PARTS = rf"({'|'.join(_PART_ATTRIBUTE)})"
_COUNT_WORD = rf"(?:no|{'|'.join(NUMBER_WORDS)}|\d{{1,2}})"
_PART_NUMBER = rf"({_COUNT_WORD})"
"""A figure's count of parts, captured ("does it have three sides")."""
_PART_ADJECTIVE = {"side": "sided", "corner": "cornered", "point": "pointed"}


_RIDDLE = re.compile(
    rf"^\s*i(?: am|'m) ([a-z]+(?: and [a-z]+)?) and i have ({_COUNT_WORD}) {_FIGURE_PARTS}\s*[.;,!]\s*(?:what|which)"
    r"(?: shape| figure| one)? am i\s*\??\s*$"
    rf"|^\s*i have ({_COUNT_WORD}) (?:straight |curved )?{_FIGURE_PARTS}(?: and ({_COUNT_WORD}) (?:straight )?"
    rf"{_FIGURE_PARTS})?\s*[.;,!]\s*(?:what|which)(?: shape| figure| one)? am i\s*\??\s*$"
)
"""A riddle: "I have three sides and three corners. What shape am I?", "I am yellow and I have four sides. What
shape am I?" (read before the discourse layer, which would drop the first sentence as talk)."""


def _riddle(question: str) -> str:
    """The riddle's question in the wording the grammar reads: "what is the 3 sided 3 cornered shape"."""
    found = _RIDDLE.match(question)
    if found is None:
        return question
    if found[1]:
        return f"which shape is {found[1]} and {_figure_adjective(found[2], found[3])}"
    parts = [(found[4], found[5]), (found[6], found[7])]
    return "what is the " + " ".join(_figure_adjective(n, part) for n, part in parts if n) + " shape"


def _edge_adjective(kind: str) -> str:
    """ "straight" -> "straight edged"; "curved", "curvy", "round" -> "curved edged" (lexicon adjectives)."""
    return "straight edged" if kind == "straight" else "curved edged"


def _figure_adjective(number: str, part: str) -> str:
    """ "four", "sides" -> "4 sided" (an adjective of the lexicon: a figure's count of sides, corners or points)."""
    count = 0 if number == "no" else NUMBER_VALUES.get(number, number)
    return f"{count} {_PART_ADJECTIVE[_PART_ATTRIBUTE[part]]}"


_PARTS_COMPARED = {"more": "greater than", "fewer": "less than", "less": "less than", "as many": "the same as"}
_ORDERED_PARTS = r"(sides|edges|corners|vertices|vertexes|angles)"
"""The parts whose count orders figures ("the shape with the most sides"); a star's points do not."""
_MOST_OR_FEWEST = r"(most|greatest|largest|highest|biggest|maximum|fewest|least|smallest|lowest|minimum)"
_MORE_OR_FEWER = r"(most|more|greater|larger|higher|bigger|fewest|fewer|least|less|smaller|lower)"


def _superlative_parts(extreme: str, part: str) -> str:
    """ "most", "sides" -> "most sided" (a superlative of the lexicon: the figure with the most sides)."""
    most = extreme in {"most", "greatest", "largest", "highest", "biggest", "maximum", "more", "greater", "larger"}
    most = most or extreme in {"higher", "bigger"}
    return f"{'most' if most else 'fewest'} {_PART_ADJECTIVE[_PART_ATTRIBUTE[part]]}"


_PLACE_PHRASE = r"(?:in front of|behind|to the left of|to the right of|left of|right of|near|next to|beside)"
_QUANTIFIED_STATE = (
    r"(?:made of )?[a-z]+|(?:on|in|at|inside|under|above|below|behind|in front of|to the left of|to the right of|"
    r"left of|right of|near|next to|beside|wearing|holding|carrying) [a-z ]+?"
)
"""What "all but one"/"most" of some things are said to be: an adjective, a material, a place or what they wear."""


_PARTICIPLES = {
    "holding": "held",
    "carrying": "carried",
    "wearing": "worn",
    "riding": "ridden",
    "throwing": "thrown",
    "eating": "eaten",
    "using": "used",
    "watching": "watched",
    "pushing": "pushed",
    "pulling": "pulled",
    "feeding": "fed",
}
"""The passive of what someone is doing to a thing ("the dog the lady is holding": the dog held by the lady)."""


def _which_told_apart(kind: str, predicate: str, first: str, second: str) -> str | None:
    """ "which dog is with the girl, the black one or the white one" -> "what colour is the dog that is with the
    girl": the options differ in one attribute, asked of the one the predicate picks (None: no such attribute)."""
    if re.search(r"\b(?:[a-z]+er|[a-z]+est|more|most|less|least)\b", predicate.split(" ", 1)[-1].split(" ")[0]):
        return None  # "which cube is bigger, the red one or the blue one": a comparison, read as one
    predicate = re.sub(r"^(?:has|have) (.+) on$", r"is wearing \1", predicate)  # "has the blue tie on"
    if {first, second} == {"left", "right"}:
        return f" where is the {kind} that {predicate} , left or right "
    found = [LEXICON.attribute_of(word) for word in (first, second)]
    if not all(found) or found[0][0] != found[1][0] or found[0][0] not in {"color", "size", "material"}:  # type: ignore[index]
        return None
    asked = {"color": "colour", "size": "size", "material": "material"}[found[0][0]]  # type: ignore[index]
    return f" what {asked} is the {kind} that {predicate} "


_INTRO_PLACE = (
    r"(?:behind|in front of|to the left of|to the right of|left of|right of|on the left of|on the right of|on the left "
    r"side of|on the right side of|next to|near|beside|on its left|on its right|to its left|to its right|on her left|"
    r"on her right|on his left|on his right)"
)
"""A place an introduced object is said to be at, relative to another ("the block has a can on its left")."""
_INVERSE_PLACE = {
    "behind": "in front of",
    "in front of": "behind",
    "to the left of": "to the right of",
    "left of": "right of",
    "on the left of": "to the right of",
    "on the left side of": "to the right of",
    "to the right of": "to the left of",
    "right of": "left of",
    "on the right of": "to the left of",
    "on the right side of": "to the left of",
}
"""Where X is from Y when Y is at the place from X ("the woman stands to the right of a cup": the cup is to her
left)."""


def _place_phrase(place: str) -> str:
    """ "on its left", "on the left side of" -> "to the left of" (to go before "it" or an object), other places as
    they are."""
    side = re.fullmatch(r"(?:on|to) (?:its|her|his) (left|right)|on the (left|right)(?: side)? of", place)
    return f"to the {side[1] or side[2]} of" if side else place


def _head_noun(what: str) -> str:
    """The noun a description names ("cylinder made of metal" -> "cylinder")."""
    return re.split(r" (?:made|that|which|who|with|of|in|on)\b", what)[0].split()[-1]


def _that_one_as_it(question: str, head: str) -> str:
    """The question with "that one", "that thing" and "that ``head``" (an object said before) as "it"."""
    return re.sub(
        rf"\bthat (?:(?:big|small|little|large|tiny|huge) )?(?:one|thing|object|{re.escape(head)})\b", "it", question
    )


def _referred(what: str, question: str) -> str:
    """ "there is a Y ; QUESTION" with the question's "that Y" and "that one" as "it"."""
    return f" there is a {what} ; {_that_one_as_it(question, _head_noun(what))} "


def _placed_then_asked(what: str, place: str, anchor: str, question: str) -> str | None:
    """ "there is a Y PLACE X ; QUESTION" with the question's "that Y", "that one", "the Y" and "that" as "it" (the
    grammar's reading of an introduced object), or None where the question names nothing so."""
    what = re.sub(r"^(?:an?|some) ", "", what.strip())
    what = "thing" if what == "something" else what
    head = _head_noun(what)
    place = _place_phrase(place)
    said = _that_one_as_it(question, head)
    said = re.sub(rf"\bthe {re.escape(head)}\b", "it", said, count=1) if said == question else said
    said = re.sub(r"\bthat\b(?= (?:made|is|thing)\b)|^\s*that\s*,", "it", said) if said == question else said
    said = re.sub(r"^\s*it\s*,\s*", "", said)  # "that cup, what colour is it"
    if not re.search(r"\b(?:it|its)\b", said):
        return None
    return f" there is a {what} {place} {anchor} ; {said} "


_DETERMINER_WORDS = frozenset(
    ("any", "some", "all", "every", "each", "no", "both", "either", "neither", "anything", "is", "are", "it", "this")
)
"""Words before an adjective that make "any blue?" no "is the X blue?"."""

_SIDE_PLACE = {"top": "at the top", "upper": "at the top", "bottom": "at the bottom", "lower": "at the bottom"}
_SIDE_PLACE |= {"left": "on the left", "right": "on the right"}
_VERBS_OF_A_CLAIM = {"is", "are", "was", "were", "has", "have", "looks", "seems", "does", "do"}
_COUNT_WORD = r"no|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a single|just one|just an?|only one"
_CLAIMED_THINGS = r"(?:(?!(?:is|are|has|have|was|were|do|does|and|or|of|in|on|the)\b)[a-z]+ ){0,3}?[a-z]+s?"
"""A count and the things counted, claimed without a verb ("two cubes", "one big red ball")."""
_HALF = r"at least|exactly|just|more than|over|less than|under|fewer than"
_CLAIM_TAG = r"(?:right|correct|yes|true|is that right|is that so|isn't it|aren't they)"
_HALF_COMPARED = {"at least": ("at least as many", "as"), "exactly": ("as many", "as"), "just": ("as many", "as")}
_HALF_COMPARED |= dict.fromkeys(("more than", "over"), ("more", "than"))
_HALF_COMPARED |= dict.fromkeys(("less than", "under", "fewer than"), ("fewer", "than"))


def _half_of(quantity: str, things: str, state: str) -> str:
    """ "at least half of the things are rubber": at least as many of them are as are not (likewise exactly, more
    than, less than half)."""
    compared, joiner = _HALF_COMPARED[quantity]
    things = re.sub(r"\bstuff$", "things", things)
    return f" are there {compared} {things} that are {state} {joiner} {things} that are not {state} "


def _made_up_half(part: str, quantity: str, whole: str) -> str:
    """ "metal objects make up more than half of everything": more than half of the things are metal; "cubes make
    up at least half of the objects": at least as many cubes as objects that are not cubes."""
    whole = "things" if whole in {"everything", "stuff", "scene", "picture", "image"} else whole
    words = part.split()
    if words[-1] in {"things", "objects", "items", "stuff", "ones"} and len(words) > 1:
        state = " ".join(words[:-1])  # "metal objects": what the part is said to be
        return _half_of(quantity, whole, state) if _stated(state) else f" {part} make up {quantity} half of {whole} "
    compared, joiner = _HALF_COMPARED[quantity]
    return f" are there {compared} {part} {joiner} {whole} that are not {part} "


"""A place relative to another object, as a noun phrase's modifier ("the things behind the cube")."""


def _named_by_it(what: str, question: str) -> str | None:
    """``question`` with "it", "its X" and "to its left" naming "the ``what``", or None when it names nothing so.
    In a question with a topic of its own ("the ball in front of it that's big, what's it made of"), only the
    topic's "it" is the thing named before; the question's own "it" is its topic."""
    topic = re.match(r"^(\s*the [a-z ]+?)(\s*,\s*(?:what|which|how|is|are|does|do)\b.*)$", question)
    if topic and re.search(r"\b(?:it|its|that one)\b", topic[1]):
        named = _named_by_it(what, topic[1])
        return f" {named.strip()}{topic[2]} " if named else None
    described = f"the {what}"
    said = re.sub(r"\bto its (left|right)\b", lambda k: f"to the {k[1]} of {described}", question)
    said = re.sub(r"\bits (?!own\b)([a-z]+)\b", lambda k: f"the {k[1]} of {described}", said)
    said = re.sub(r"\b(?:it|them)\b", described, said)
    head = _person_head(what)
    if head in _FEMALE or head in _MALE:  # "look at the girl. is the dog near her white?"
        subject, object_, possessive = ("she", "her", "her") if head in _FEMALE else ("he", "him", "his")
        said = re.sub(rf"\bto {possessive} (left|right)\b", lambda k: f"to the {k[1]} of {described}", said)
        said = re.sub(
            rf"\b(near|beside|behind|of|to|with|next to|by|from|than|at|holding|carrying) {object_}\b",
            lambda k: f"{k[1]} {described}",
            said,
        )
        said = re.sub(rf"\b{subject}\b", described, said)
        if possessive == "his":
            said = re.sub(r"\bhis ([a-z]+)\b", lambda k: f"the {k[1]} of {described}", said)
    return f" {said} " if said != question else None


def _person_head(what: str) -> str:
    """The noun a description names ("man who is wearing the red tie" -> "man"): the last word before what
    describes it further."""
    head = what.split()[-1]
    for word in what.split():
        if word in {"who", "that", "which", "with", "wearing", "holding", "in", "on", "near", "behind", "next"}:
            break
        head = word
    return head


_FEMALE = frozenset(("girl", "woman", "lady", "mother", "mom", "mum", "grandmother", "grandma", "daughter"))
_MALE = frozenset(("boy", "man", "guy", "father", "dad", "grandfather", "grandpa", "son", "gentleman"))


_ELLIPSIS_PREDICATE = (
    r"(?:(?:big|large|small|little|tiny|huge|metal|metallic|shiny|matte|rubber|rubbery|red|green|blue|yellow|gray|"
    r"grey|brown|purple|cyan|white|black|orange|pink)(?: and (?:big|large|small|metal|shiny|matte|rubber|red|green|"
    r"blue|yellow|gray|brown|purple|cyan|white|black))?|made of [a-z]+|wearing an? [a-z]+|holding an? [a-z]+|"
    r"(?:to the )?(?:left|right) of the [a-z ]+?|behind the [a-z ]+?|in front of the [a-z ]+?|near the [a-z ]+?)"
)
"""What a gapped or elliptic question leaves out and takes from the clause before ("..., and the cylinder?")."""


_PREDICATE_WORD = re.compile(r"\b(?:near|behind|beside|next|front|left of|right of|made|wearing|holding|above|below)\b")
"""Words that give a noun phrase its own predicate: "and the woman near the bike" is no gap."""


def _same_head(phrase: str, model: str) -> str:
    """ "the red one" said after "the purple cube" is "the red cube"."""
    if phrase.endswith(" one") and len(model.split()) >= 2:
        return f"{phrase[:-4]} {model.split()[-1]}"
    return phrase


_CHECK_ADJECTIVES = rf"(?:{_COLOUR_WORDS}|big|large|small|little|tiny|huge|metal|metallic|shiny|matte|rubber|rubbery)"
"""Adjectives a telegraphic check asks of things ("both cubes small?", "is anything here large?")."""


def _colour_word_after(match: re.Match) -> str:
    """ "some cube of colour purple": the colour said with the word "colour", before the noun."""
    value = match.group("value")
    found = LEXICON.attribute_of(value)
    if found is None or found[0] != "color":
        return match.group(0)
    return f"{match.group('det')} {value} {match.group('noun')}"


def _colour_copula(match: re.Match) -> str:
    """ "is the dog black colour": in a yes/no question, the colour said with the word "colour" after it."""
    found = LEXICON.attribute_of(match.group("value"))
    asks_yes_no = re.match(r"\s*(?:is|are|was|were)\b", match.string)
    before = match.string[: match.start()].split()
    if found is None or found[0] != "color" or not asks_yes_no or before[-1:] in (["a"], ["the"], ["of"], ["same"]):
        return match.group(0)
    return f" {match.group('value')}"


def _the(phrase: str) -> str:
    phrase = phrase.strip()
    return phrase if phrase.startswith(("the ", "this ", "that ")) else f"the {phrase}"


_SIDE_WORD = r"(?:left|right|middle|centre|center|top|bottom)"


_NO_LABEL = (
    r"\b(?:left of|right of|to the|above|below|behind|in front|next to|near|beside|says|labell?ed|than|under|over)\b"
)
"""Words that end a label said after "labelled": a place or another label begins there."""


def _sides_offered(match: re.Match) -> str:
    """ "where's the gold ball? left or right", "yellow marble: left or right side of the picture?": which of the
    two sides of the picture it is on."""
    a, b = match.group("a"), match.group("b")
    if {a, b} not in ({"left", "right"}, {"top", "bottom"}):
        return match.group(0)
    place = "on the" if a in {"left", "right"} else "at the"
    middle = " or in the middle" if match.group("m") else ""
    return f" is {_the(match.group('np'))} {place} {a}{middle} or {place} {b} "


_SAID_COMPARED = {
    "lower down": "lower",
    "higher up": "higher",
    "more to the left": "leftmost",
    "more to the right": "rightmost",
    "further left": "leftmost",
    "further right": "rightmost",
    "the leftmost": "leftmost",
    "the rightmost": "rightmost",
    "the biggest": "bigger",
    "the largest": "larger",
    "the smallest": "smaller",
    "the lowest": "lower",
    "the highest": "higher",
    "the tallest": "taller",
}


def _offered_compared(match: re.Match) -> str:
    """ "yellow ball or green tube, which ones bigger": which is bigger, the one or the other."""
    said = match.group("c")
    return f" which is {_SAID_COMPARED.get(said, said)} , {_the(match.group('a'))} or {_the(match.group('b'))} "


def _noun_then_values(match: re.Match) -> str:
    """ "bench green and made of wood?": whether the bench is both."""
    noun, value = match.group(1), match.group(2)
    if noun in {"is", "are", "what", "how", "which", "who", "where", "do", "does", "can"} or (
        LEXICON.noun(noun) is None and not known_name(singular(noun))
    ):
        return match.group(0)
    if LEXICON.attribute_of(value) is None:
        return match.group(0)
    return f" is the {noun} {value} and {match.group(3)} "


def _values_listed(match: re.Match) -> str:
    """ "small, grey and metal": a list of attribute values joined as "small and grey and"."""
    if LEXICON.attribute_of(match.group(1)) is None or LEXICON.attribute_of(match.group(2)) is None:
        return match.group(0)
    return f"{match.group(1)} and {match.group(2)} and"


def _plural_noun(word: str) -> bool:
    found = LEXICON.noun(word)
    return (found is not None and bool(found[1])) or (singular(word) != word and known_name(singular(word)))


def _but_not_the(match: re.Match) -> str:
    """ "how many things on the table apart from the cups": the things there that are not cups (the exception is
    the counted set's, never the place's)."""
    if not _plural_noun(match.group(2)):
        return match.group(0)
    return f"{match.group(1)} that are not {match.group(2)}"


def _row_then_noun(match: re.Match) -> str:
    """ "top row shapes (count)": the shapes in the top row; "the top row is" stays."""
    row, line, noun = match.group(1), match.group(2), match.group(3)
    if not _plural_noun(noun):
        return match.group(0)
    if match.group(0).rstrip().endswith(("count", "number", "total")) and match.string.strip().startswith(row):
        return f" how many {noun} are in the {row} {line} "
    return f"the {noun} in the {row} {line}"


_EXTREME_ADJECTIVE = {
    "furthest in front": "frontmost",
    "furthest back": "rearmost",
    "furthest at the back": "rearmost",
    "at the back": "rearmost",
    "at the front": "frontmost",
    "backmost": "rearmost",
    "furthest left": "leftmost",
    "furthest to the left": "leftmost",
    "furthest right": "rightmost",
    "furthest to the right": "rightmost",
}
_THING_AT_ONE_END = (
    r"\bthe thing (?:(?:sitting|standing|lying|sat|stood|placed|located|positioned) )?(?:right )?at the (back|front)"
    r"(?=\s*[?.!]*\s*$)",
    lambda m: f"the {'rearmost' if m[1] == 'back' else 'frontmost'} object",
)
"""'what is sitting at the back? the colour' -> 'what colour is the thing sitting at the back': the rearmost (a rule
kept after each rule that makes such a thing)."""
_OPPOSITE_SIDE = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}

_DEPICTED = (
    r"(?:drawn|sketched|doodled|scribbled|painted|illustrated|rendered|pictured|depicted|shown|displayed|visible|"
    r"present|featured)"
)
"""Participles of a picture showing something: "what shape is sketched", "how many were drawn"."""
_DEPICT = (
    r"(?:draw|drew|sketch|sketched|doodle|doodled|scribble|scribbled|paint|painted|illustrate|illustrated|make|made|"
    r"render|rendered|put)"
)
"""Verbs of putting something in a picture, after "did someone": "what shape did they draw"."""
_DRAWER = (
    r"(?:someone|somebody|anyone|anybody|a person|they|you|he|she|i|we|the (?:child|kid|student|artist|teacher|person|"
    r"user|author|illustrator|designer|painter|drawer))"
)
"""Who drew the picture, as people name them."""
_WHERE_DRAWN = (
    rf"(?: here| there| (?:on|in) {THE_PICTURE}| on (?:the|this|a) (?:paper|board|whiteboard|blackboard|chalkboard|"
    r"screen|card|slide))?"
)
"""Where in the picture it was drawn, if said: nothing more than "in the picture"."""
_HOLDER = r"(?:the [a-z ]+?|it|this|that)"
"""What a figure's parts are asked of: "the shape", "it"."""


def _holder_named(holder: str) -> str:
    """ "it" -> "the thing" (the one thing in the picture, as "is it 4 cornered" would read a count); "the star"
    as it is."""
    return "the thing" if holder in ("it", "this", "that") else holder


def _with_parts(holder: str, number: str, part: str) -> str:
    """ "does the shape have three sides" -> "is the shape a triangle", "has it got 4 corners" -> "is the thing 4
    cornered" (the lexicon's figure adjectives; a side count with a polygon's name takes the name)."""
    holder = _holder_named(holder)
    adjective = _figure_adjective(number, part)
    if adjective.endswith(" sided") and adjective.split()[0] in {"3", "5", "6", "7", "8", "9"}:
        return f" is {holder} a {adjective} shape "  # named below: "a 3 sided shape" -> "a triangle"
    return f" is {holder} {adjective} "


_BEEN_DEPICTED = rf"(?:is|are|was|were|has been|have been|had been|got|gets|get|has|have)(?: been)? {_DEPICTED}"
_SINGULAR_BE = {"is": "is", "was": "is", "has": "is", "had": "is", "got": "is", "gets": "is"}


def _be(verb: str) -> str:
    """ "is" or "are", as the verb before a participle ("has been", "were", "got") was singular or plural."""
    return _SINGULAR_BE.get(verb.split()[0], "are")


_FIGURE_WORDS = "shape|circle|square|rectangle|triangle|star|pentagon|hexagon|ellipse|oval|diamond|figure|polygon"
_DRAWN = rf"{_FIGURE_WORDS}|one|thing|object|item"
"""A drawn shape, by its kind or said of any kind ("the green one")."""
"""Words for a drawn shape: of them "empty" says hollow, as it never does of a cup."""
_OFFERED_SET = (
    r"(?: one)?(?: of (?:these|those|them|the following|the (?:options|choices)|the [a-z]+ (?:below|listed|given|here)|"
    r"the following [a-z]+|these [a-z]+|those [a-z]+)| [a-z]+)?"
)
"""What "which" picks from, when said: "which one of these", "which of the following shapes", "which animal"."""
_PRESENCE = (
    r"(?:is|are|was|were|appears?|appeared|shows? up|(?:can|could|do|did) (?:you|i|we|one) see|"
    r"(?:is|are|was|were|can be|has been|have been) (?:seen|shown|visible|present|there|pictured|drawn|depicted|"
    r"featured|included|sketched|painted))"
)
"""Being in the picture, said of what "which" picks ("appears", "can you see", "is shown")."""
_OPTION = r"\b(?:(?:an?|the) )?[a-z]+(?: [a-z]+)?\b"
_OFFERED_ARTICLE = re.compile(r"^(?:an?|the) ")
_WHICH_OFFERED = re.compile(
    rf"(?i)^\s*which{_OFFERED_SET} {_PRESENCE}(?: in (?:the|this) [a-z]+)?\s*[:,?-]+\s*"
    rf"({_OPTION}(?:\s*(?:,\s*or\b|,|\bor\b)\s*{_OPTION})+)\s*[?.!]*\s*$"
)
"""Which of the kinds offered is there: "which of these appears in the image: circle, square, triangle?", "which one
of these can you see: a dog, a cat, or a bus" (a list with or without its "or"); read before a "?" inside it
splits the question."""
_FILLED_IN = re.compile(r"(?i)\b(?:filled|coloured|colored|shaded) in\b(?=\s*(?:$|[?.!,;:]|or\b|and\b))")
"""A shape "filled in" at the end of a clause: filled (read before "in" with nothing after it is dropped)."""
_THAT_IS_FILLED = re.compile(r"(?i)\b(that|which) (is|are|was|were) (not )?filled\b(?=\s*(?:$|[?.!,;:]))")
"""A shape "that is (not) filled": one that is (not) hollow, as the relative clause reads it ("filled" alone there
is taken for a relation, "filled with", left without its object)."""
_OFFERED_FIRST = re.compile(
    rf"(?i)^\s*(?:out of|of|from|among(?:st)?|between)\s+({_OPTION}(?:\s*(?:,\s*(?:and|or)\b|,|\band\b|\bor\b)\s*"
    rf"{_OPTION})+)\s*[,:;-]+\s*which(?: one| of them| of these| of those)? {_PRESENCE}(?: in (?:the|this) [a-z]+)?"
    r"\s*[?.!]*\s*$"
)
"""The same with the options said first: "out of a circle, a hexagon and a pentagon, which one is in the picture?"."""


def _offered_choice(match: re.Match[str]) -> str:
    """The choice the grammar reads ("which object is there, circle or square or star") for the options a
    :data:`_WHICH_OFFERED` or :data:`_OFFERED_FIRST` match lists ("a circle, a square, or a star", "... and a star"),
    without their articles."""
    parts = re.split(r"\s*(?:,\s*(?:or|and)\b|,|\bor\b|\band\b)\s*", match[1].lower())
    return "which object is there, " + " or ".join(_OFFERED_ARTICLE.sub("", o.strip()) for o in parts if o.strip())


_RULES: list[tuple[str, object]] = [
    # a shape left unfilled said as what it is: "is the square just an outline", "which shapes are drawn as
    # outlines", "filled in or only an outline" (the outline's own colour, "the outline of the circle", stays)
    (  # "the shape drawn only as an outline": the one that is hollow
        r"\b(shapes?|figures?|ones?|things?|objects?) (?:that (?:is|are|was|were) )?(?:drawn|done|shown) "
        r"(?:only |just )?(?:as (?:an? )?outlines?|in outline)(?: only)?\b",
        r"\1 that is hollow",
    ),
    (
        r"\b(?:(?:just|only|merely|simply) (?:an? )?outlines?|(?:drawn|done|shown) (?:only |just )?(?:as (?:an? )?"
        r"outlines?|in outline)(?: only)?)\b",
        " hollow ",
    ),
    # "empty inside", "the empty shape": a drawn shape left unfilled (an empty cup stays a state)
    (r"\b(?:empty|blank) (?:inside|in the middle|in the cent(?:er|re))\b", "hollow"),
    (rf"\bempty (?=(?:{_FIGURE_WORDS})s?\b)", "hollow "),
    (
        r"\b(is|are|or)((?: the [a-z]+| it| they| this| that)?) (?:an? )?outlines?(?= *(?:$|[?.!,]| or\b))",
        r"\1\2 hollow",
    ),
    # "solid" against "hollow", asked at the end, or of a drawn shape: filled (a render's graph tells no fill, so
    # "the solid shapes" of CLEVR stay unknown, as they were)
    (r"\bsolid(?= or (?:hollow|unfilled)\b)", "filled"),
    (r"\b(hollow|unfilled) or solid\b", r"\1 or filled"),
    (r"\b(is|are)((?: the [a-z]+| it| they| this| that)?) solid(?= *(?:$|[?.!]))", r"\1\2 filled"),
    (rf"\bsolid (?=(?:{_FIGURE_WORDS})s?\b)", "filled "),
    # what a picture shows, said of its drawing in any tense and verb, as the forms below read: "what shape was
    # sketched on the page" -> "what shape is in the picture", "what shape did they draw" -> "what shape is drawn",
    # "how many things were doodled" -> "how many things are there", "is a circle sketched here" -> "is there a
    # circle", "what do you see drawn here" -> "what is drawn"
    (
        rf"^\s*(which|what)((?: (?:kind|type|sort) of)?(?: [a-z]+){{0,2}}?) {_BEEN_DEPICTED}{_WHERE_DRAWN}"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]}{m[2]} is in the picture" if m[2] else f" {m[1]} is drawn",
    ),
    (
        rf"^\s*(which|what)((?: (?:kind|type|sort) of)?(?: [a-z]+){{0,2}}?) (?:did|has|have|do|does|can|could|will|"
        rf"would) {_DRAWER} (?:see |find |spot |notice )?(?:{_DEPICT}|{_DEPICTED}){_WHERE_DRAWN}(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]}{m[2]} is in the picture" if m[2] else f" {m[1]} is drawn",
    ),
    # terse asks of the one thing's attribute: "colour of shape", "type of shape", "shape type", "the shape's colour"
    (
        r"^\s*(colou?r|size|shape|material) of (?!(?:the|a|an|this|that|it|its|each|every|all)\b)([a-z]+)"
        r"(?=\s*[?.!]*\s*$)",
        r" \1 of the \2",
    ),
    (
        r"^\s*(?:the )?(?:type|kind|sort) of (?:the |this |that )?(shape|figure|object|thing)(?=\s*[?.!]*\s*$)",
        r" what type of \1 is it",
    ),
    (r"^\s*(shape|figure|object) (?:type|kind)(?=\s*[?.!]*\s*$)", r" what type of \1 is it"),
    (
        r"^\s*(?:the )?(shape|figure|object|thing)(?:'s| is) (colou?r|size|shape|material)(?: is)?(?=\s*[?.!]*\s*$)",
        r" what is the \2 of the \1",
    ),
    (  # "in what colour is the shape drawn", "in which colour was it painted"
        rf"^\s*in (?:what|which) (colou?r|shade|ink) (?:is|are|was|were|has been|have been) (the [a-z ]+?|it|this|that)"
        rf"(?: {_DEPICTED}| colou?red| done| filled(?: in)?| made| written| printed){_WHERE_DRAWN}(?=\s*[?.!]*\s*$)",
        lambda m: f" what colour is {m[2]} ",
    ),
    (  # "what shape has the object got" (as "which colour has the shape got")
        r"^\s*(what|which) (colou?r|shape|size|material) (?:has|have) (the [a-z ]+?|it|this|that) got(?=\s*[?.!]*\s*$)",
        r" \1 \2 does \3 have",
    ),
    (r"^\s*is (?:the|its) colou?r (?:of it )?([a-z]+)(?=\s*[?.!]*\s*$)", r" is it \1 "),  # "is the colour blue"
    (  # "is the picture empty", "is the image blank": nothing in it
        rf"^\s*is {THE_PICTURE} (?:empty|blank)(?=\s*[?.!]*\s*$)",
        " is there nothing ",
    ),
    (r"^\s*what am i (?:looking at|seeing)(?: here)?(?=\s*[?.!]*\s*$)", " what is it "),
    (  # "is it in the centre (of the picture)": both ways, as "is the shape in the centre"
        rf"^\s*is (it|this|that) (?:right |dead )?(?:in|at) the (?:very |exact )?(?:centre|center)"
        rf"(?: of {THE_PICTURE})?(?=\s*[?.!]*\s*$)",
        r" is \1 in the middle and in the middle row ",
    ),
    (r"\bthe (?:main|primary|principal|dominant) (object|shape|thing|figure|item|subject)\b", r"the \1"),
    (r"^\s*how (?:would|could|can|do) (?:you|i|we|one) describe (?=the |it\b|this\b)", " describe "),
    (
        rf"^\s*where (is|are) (the [a-z ]+?|it) (?:located|placed|positioned|situated|found|to be found)"
        rf"(?: in {THE_PICTURE})?(?=\s*[?.!]*\s*$)",
        r" where \1 \2 ",
    ),
    # a corner of the picture said with "on", or bare: "the shape on the bottom right", "is the circle top left"
    (
        rf"\bon the (top|bottom|upper|lower)[- ]?(left|right)(?=(?: corner| side| part| hand side)?"
        rf"(?: of {THE_PICTURE})?\s*[?.!,]*\s*$)",
        r"in the \1 \2",
    ),
    (
        r"^\s*(is|are) (the [a-z ]+?) (?<!\bthe )(?<!\bin )(?<!\bat )(top|bottom|upper|lower)[- ]?(left|right)"
        r"(?=\s*[?.!]*\s*$)",
        r" \1 \2 in the \3 \4",
    ),
    (  # "shapes with curves": figures with a curved edge
        r"\b((?:shape|figure|polygon|one|object|thing)s?) (?:with|having|that (?:have|has)) (?:any |some |a )?"
        r"curves?\b",
        r"curved edged \1",
    ),
    (  # a figure's parts asked of it: "does the shape have three sides", "has it got 4 corners", "does the star
        # have no corners", "does the shape have corners", "does it have straight sides", "is it made of curved lines"
        rf"^\s*(?:(?:does|do) ({_HOLDER}) (?:have|has)(?: got)?|(?:has|have) ({_HOLDER}) got)(?: exactly| only| just)? "
        rf"{_PART_NUMBER} {_FIGURE_PARTS}(?=\s*[?.!]*\s*$)",
        lambda m: _with_parts(m[1] or m[2], m[3], m[4]),
    ),
    (
        rf"^\s*(?:(?:does|do) ({_HOLDER}) (?:have|has)(?: got)?|(?:has|have) ({_HOLDER}) got) {_FIGURE_PARTS}"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: _with_parts(m[1] or m[2], "0", m[3]).replace(" 0 ", " not 0 ", 1),
    ),
    (
        rf"^\s*(?:(?:does|do) ({_HOLDER}) (?:have|has)(?: got)?(?: only)?|(?:is|are) ({_HOLDER}) made (?:up )?of"
        r"(?: only)?) (?:an? )?(straight|curved|curvy|round) (?:sides?|edges?|lines?)(?=\s*[?.!]*\s*$)",
        lambda m: f" is {_holder_named(m[1] or m[2])} {_edge_adjective(m[3])} ",
    ),
    (  # "name the shape that was drawn" (as the commands read it: "what shape is that was drawn")
        rf"^\s*(which|what) ((?:[a-z]+ ){{0,2}}?[a-z]+) is (?:that|which) {_BEEN_DEPICTED}{_WHERE_DRAWN}"
        r"(?=\s*[?.!]*\s*$)",
        r" \1 \2 is in the picture",
    ),
    (
        rf"^\s*how many ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:{_DEPICTED}|{_BEEN_DEPICTED}|"
        rf"(?:did|have|has) {_DRAWER} {_DEPICT}|(?:do|can) {_DRAWER} see(?: {_DEPICTED})?){_WHERE_DRAWN}"
        r"(?=\s*[?.!]*\s*$)",
        r" how many \1 are there",
    ),
    (
        rf"^\s*(is|are|was|were|has|have)(?: there)? (?:(any|an?|some|the) )?((?:[a-z]+ ){{0,2}}?[a-z]+) (?:been )?"
        rf"{_DEPICTED}{_WHERE_DRAWN}(?=\s*[?.!]*\s*$)",
        lambda m: f" {_be(m[1])} there {m[2] or ''} {m[3]} ",
    ),
    (  # "name the shape that was drawn", "identify the figure shown here": the one in the picture
        rf"\b(the (?:[a-z]+ ){{0,2}}?(?:shape|figure|form|object|thing|item|drawing|doodle|sketch)s?) (?:that|which)? ?"
        rf"{_BEEN_DEPICTED}{_WHERE_DRAWN}(?=\s*[?.!]*\s*$)",
        r"\1 in the picture",
    ),
    (  # "which vehicle is in the picture: a bus, a car or a train" (the options after a colon, as after a comma)
        r"^(\s*(?:which|what)\b[^:,]*?)\s*:\s*(?=(?:(?:an?|the) )?[a-z]+(?: ?,? (?:(?:an?|the) )?[a-z]+)*,? or "
        r"(?:(?:an?|the) )?[a-z]+\s*[?.!]*\s*$)",
        r"\1 , ",
    ),
    # counts compared in people's words, said as the forms the grammar reads: "large against small - what is the
    # difference in number", "metal versus rubber: an even split?", "the big ones, there are more of them than of
    # the small ones?", "it have more triangles than circles?", "does the top row hold more shapes than the bottom
    # row", "how many fewer X than Y", "by how many do the X exceed the Y", "X fewer than Y or not",
    # "among the large objects: are there more spheres than cubes"
    (
        rf"^\s*(?:the )?({_PAIRED}) (?:against|versus|vs|minus|and|compared (?:to|with)|to) (?:the )?({_PAIRED})"
        r"\s*[-,:;]+\s*what(?: is|'s| 's) the difference(?: in (?:numbers?|counts?|quantity|amount))?[\s?.!]*$",
        lambda m: f" what is the difference between the number of {_things(m[1])} and the number of {_things(m[2])} ",
    ),
    (
        rf"^\s*(?:the )?({_PAIRED}) (?:and|versus|vs|against|or) (?:the )?({_PAIRED})\s*[-,:;]+\s*"
        r"(?:do we have |is it |is there |have we got |we have |are they |is that )?(?:an? )?"
        r"(?:even split|fifty fifty|(?:the )?same (?:number|amount)(?: of (?:each|both|them))?|equal (?:numbers?|"
        r"amounts?)|(?:the )?numbers? (?:are|is) (?:equal|the same)|(?:are|is) (?:they|it) (?:equal|even)"
        r"(?: in number)?|equal in number)(?:\s*,\s*(?:the )?same (?:number|amount) of (?:each|both))?"
        r"(?:\s*,?\s*or (?:is|are|not|what)\b[a-z ]*)?[\s?.!]*$",
        lambda m: f" are there as many {_things(m[1])} as {_things(m[2])} ",
    ),
    (
        rf"^\s*(?:the )?({_PAIRED})\s*,\s*(?:there (?:are|is)|we have|we've got|have we got) (more|fewer|less) "
        rf"(?:of )?them than (?:of )?(?:the )?({_PAIRED})[\s?.!]*$",
        lambda m: f" are there {m[2]} {_things(m[1])} than {_things(m[3])} ",
    ),
    (
        r"^\s*(?:does |do |has |have )?(?:it|this|the (?:picture|image|drawing|photo|scene|page)|we|you) "
        rf"(?:have|has|got|hold|holds|contain|contains|show|shows)(?: got)? (more|fewer|less) ({_PAIRED}) than "
        rf"({_PAIRED})[\s?.!]*$",
        r" are there \1 \2 than \3 ",
    ),
    (  # a figure's sides or corners are no things in it: "does the square have more sides than the triangle"
        r"^\s*(?:does|do) (the (?:[a-z]+ ){0,3}?[a-z]+) (?:have|has)(?: got)? (more|fewer|less|as many) "
        rf"{_FIGURE_PARTS} (?:than|as) (the (?:[a-z]+ ){{0,3}}?[a-z]+)(?: does| do| has)?[\s?.!]*$",
        lambda m: (
            f" is the {_PART_ATTRIBUTE[m[3]]} count of {m[1]} {_PARTS_COMPARED[m[2]]} the "
            f"{_PART_ATTRIBUTE[m[3]]} count of {m[4]} "
        ),
    ),
    (  # "do the square and the triangle have the same number of sides"
        r"^\s*(?:do|does) (the (?:[a-z]+ ){0,3}?[a-z]+) and (the (?:[a-z]+ ){0,3}?[a-z]+) (?:have|has)(?: got)? "
        rf"(?:the same|an equal) (?:number|count|amount) of {_FIGURE_PARTS}[\s?.!]*$",
        lambda m: (
            f" is the {_PART_ATTRIBUTE[m[3]]} count of {m[1]} the same as the {_PART_ATTRIBUTE[m[3]]} count of {m[2]} "
        ),
    ),
    (
        r"^\s*(?:does|do) (the (?:[a-z]+ ){0,3}?[a-z]+) (?:have|hold|contain|include|show|got) (more|fewer|less) "
        rf"({_PAIRED}) than (the (?:[a-z]+ ){{0,3}}?[a-z]+)(?: does| do)?[\s?.!]*$",
        r" are there \2 \3 in \1 than \3 in \4 ",
    ),
    (
        r"^(\s*how many (?:more|fewer|less) (?:[a-z]+ ){0,3}?[a-z]+) (?:are there|are|do you see|can you see|"
        r"do we have|have we got|have you got) than\b",
        r"\1 than",
    ),
    (r"^(\s*is) number of\b", r"\1 the number of"),
    # "what is standing there": what is there
    (r"\b(what|who) is (?:standing|sitting|lying|sat|stood|placed|parked) (?=there\b|here\b)", r"\1 is "),
    # "small and of rubber": made of it
    (rf"\band of ({_MATERIALS})\b", r"and \1"),
    # "brown but not ball, how many got?", "blue things but not the cylinders - how many is?"
    (
        rf"^\s*({_PAIRED}) but not (?:the )?({_PAIRED})\s*[-,:;]+\s*how many(?: is| got| are there| have| are they|"
        r" do we have| have we got)?(?=\s*(?:[?.!]|$))",
        lambda m: f" how many {_things(m[1])} other than {_plural_phrase(m[2])} are there ",
    ),
    (
        r"^\s*(?:do|d') ?(?:you|ya) see as many ((?:[a-z]+ ){0,2}?[a-z]+) (?:there |here )?as\b",
        r" are there as many \1 as",
    ),
    # "does the clock match the plate colour-wise": the same colour
    (
        r"^\s*(?:does|do) ((?:the |that |this )(?:[a-z]+ ){0,3}?[a-z]+) match ((?:the |that |this )(?:[a-z]+ ){0,3}?"
        r"[a-z]+)\s*,?\s*(?:in )?(colou?r|size|shape|material)(?:[- ]?wise)?(?=\s*(?:[?.!]|$))",
        r" is \1 the same \3 as \2 ",
    ),
    # "i take it every cube is a large one?", "i put it to you that none of the cubes is metal": the claim asked
    (
        r"^\s*(?:i take it|i put it to you|i assume|i suppose|i guess|i reckon|i bet|am i right (?:in thinking|that))"
        r"(?: that)? (?=(?:every|all|no|none|nothing|nobody|neither|each)\b)",
        " ",
    ),
    # "(oh ya, so) they're all big ones in there?": with nothing said before, "they" are the things in the picture
    (
        r"^\s*(?:(?:oh|ya|yeah|so|and|well|now|okay|ok)\s*,?\s*)*(?:are they all|they are all|they're all) "
        r"(?=(?:[a-z]+ (?:ones|things|objects)|made of [a-z]+|[a-z]+)\b)",
        " are all the things ",
    ),
    # which of a pair said first is bigger: "the red cube against the gray cylinder - which is the bigger of the
    # two?", "as between the brown cylinder and the blue sphere, which is the larger?"
    (
        r"^\s*(?:as )?(?:between )?(?:there (?:is|are|'s) |i (?:can )?see |we have |here (?:is|are) )?"
        r"((?:the |that |this )?(?:[a-z]+ ){0,3}?[a-z]+) (?:and|against|versus|vs|or|with|"
        r"compared (?:to|with)) ((?:the |that |this )?(?:[a-z]+ ){0,3}?[a-z]+)\s*[-,:;]+\s*which(?: one)?(?: is)? "
        r"(?:the )?(bigger|larger|smaller|greater|taller|shorter|more big|less big)(?: one)?(?: of the two| of them|"
        r" of both)?(?=\s*(?:[?.!]|$))",
        lambda m: (
            f" which is {_COMPARATIVE_SAID.get(m[3], m[3])} , {_definite(m[1].split())} or {_definite(m[2].split())} "
        ),
    ),
    # which of a pair said first lies where: "the square or the triangle, which is on top?" (and "which is at the
    # top, the square or the triangle", said the other way round)
    (
        r"^\s*(?:as )?(?:between )?((?:the |that |this )?(?:[a-z]+ ){0,3}?[a-z]+) (?:and|versus|vs|or) "
        r"((?:the |that |this )?(?:[a-z]+ ){0,3}?[a-z]+)\s*[-,:;]+\s*which(?: one)?(?: of them| of the two)? is "
        rf"({_PLACE_OF_TWO})(?=\s*(?:[?.!]|$))",
        lambda m: (
            f" which is {_PLACE_CHOSEN.get(m[3], m[3])} , {_definite(m[1].split())} or {_definite(m[2].split())} "
        ),
    ),
    (
        rf"^\s*which(?: one)?(?: of them| of the two)? is ({_PLACE_OF_TWO})\s*[-,:;]+\s*(?=the\b)",
        lambda m: f" which is {_PLACE_CHOSEN[m[1]]} , ",
    ),
    (
        rf"^\s*({_PAIRED})\s*,\s*how many (?:have|got|there are|are there|do we have|have we got|we got|have we)"
        r"(?=\s*(?:[?.!]|$))",
        lambda m: f" how many {_things(m[1])} are there ",
    ),
    (r"\bthan number of\b", "than the number of"),
    (
        rf"^\s*how many (?:fewer|less) ({_PAIRED}) (?:are there |are |do you see |can you see |do we have )?than "
        rf"(?:there are )?(?:the )?({_PAIRED})[\s?.!]*$",
        r" how many more \2 than \1 ",
    ),
    (
        rf"^\s*by how (?:many|much) (?:do|does|did) (?:the )?({_PAIRED}) (?:exceed|outnumber|outstrip|top|beat) "
        rf"(?:the )?({_PAIRED}(?: and (?:the )?{_PAIRED})?)(?: (?:combined|together|put together|altogether|in total|"
        r"between them))?[\s?.!]*$",
        r" how many more \1 than \2 ",
    ),
    (
        rf"\b(more|fewer|less) ({_PAIRED}) ((?:in|on|at) (?:the )?(?:[a-z]+ ){{0,3}}?[a-z]+) than (?=(?:in|on|at) )",
        r"\1 \2 \3 than \2 ",
    ),
    (
        rf"^\s*({_PAIRED}s) (more|fewer|less) than ({_PAIRED}s)(?: or not)?[\s?.!]*$",
        r" are there \2 \1 than \3 ",
    ),
    (
        r"^\s*(?:among|amongst|of|considering|looking at|within|out of) (?:the |all the )?((?:[a-z]+ ){0,2}?[a-z]+) "
        r"(?:objects|things|ones|shapes|items|pieces)(?: only)?\s*[:,;-]+\s*are there (more|fewer|less|as many) "
        r"([a-z]+) (than|as) ([a-z]+)[\s?.!]*$",
        lambda m: f" are there {m[2]} {m[1]} {m[3]} {m[4]} {m[1]} {m[5]} " if _all_adjectives(m[1]) else m[0],
    ),
    # spoken places: an intensifier before a place ("the one all the way in the front", "right at the back") says
    # the place (the front's and the back's thing is the frontmost, the backmost; "way over on the left", the
    # leftmost, is read later); "up top", "down at the bottom", "up front" are the top, the bottom, the front
    (
        r"\b(?:all the way|way(?: over| out| down| up| back)?) (?=(?:in|on|at|to) the "
        r"(?:front|back|top|bottom|middle)\b(?! of\b))",
        "",
    ),
    (
        r"(?<!\bthe )(?<!\bto )(?<!furthest )(?<!farthest )(?<!most )\b(?:right|over|out|down|up) "
        r"(?=(?:in|on|at) the (?:front|back|top|bottom|middle)\b"
        r"(?! of\b))",
        "",
    ),
    # a choice of two relations to one thing, said any way: "is the woman in front of the bus or behind the bus",
    # "left of the table or right of it", "woman in front of the bus or behind it?" (no verb)
    (
        r"^\s*(?!(?:is|are|was|were|what|which|how|who|where|does|do|did|can|could|would|will)\b)(?:the )?"
        r"([a-z]+(?: [a-z]+)?) ((?:in front of|behind|to the left of|to the right of|left of|right of|above|below|"
        r"next to|near) the [a-z ]+? or (?:in front of|behind|to the left|to the right|left|right|above|below|next to|"
        r"near)\b)",
        r" is the \1 \2",
    ),
    (
        r"\b(in front of|behind|above|below|under|next to|near|on top of) (the [a-z]+(?: [a-z]+)?) or (in front of|"
        r"behind|above|below|under|next to|near|on top of) \2(?=\s*[?.!]*\s*$)",
        r"\1 \2 or \3 it",
    ),
    (
        r"(?<!\bon the )(?<!\bat the )\b(?:to the )?(left|right) of "
        r"(the (?!(?:picture|image|photo|frame|drawing|scene)\b)[a-z]+(?: [a-z]+)?) or (?:to the |on the )?(left|right)"
        r"(?: of (?:it|\2))?"
        r"(?=\s*[?.!]*\s*$)",
        r"to the \1 of \2 or to the \3 of it",
    ),
    # "the 2 red cylinders same size?", "square and hexagon same colour or no": the things, then what they share
    (
        r"^\s*(?!(?:is|are|was|were|what|which|how|who|where|does|do|did|can|could|would|will|have|has)\b)"
        r"(?!.*\b(?:whether|if|tell|determine|check|verify|know|wonder|see|say)\b)"
        r"((?:the |both |these |those |my )?[a-z0-9]+(?: [a-z0-9]+){0,5}?) (?:(?:are|is|both|have|got) )?(?:the )?"
        r"same (colou?r|size|shape|material)(?= *(?:or (?:not|no|nah|different))? *[?.!]*\s*$)",
        r" \1 , same \2 ",
    ),
    # "plate the same colour as the cup?": a comparison said without its verb
    (
        r"^\s*(?!(?:is|are|was|were|what|which|how|who|where|does|do|did|can|could|would|will|have|has|any|some|"
        r"every|no)\w*\b)(?:the )?([a-z]+(?: [a-z]+)?) ((?:the )?same (?:colou?r|size|shape|material) as the [a-z ]+?)"
        r"(?=\s*[?.!]*\s*$)",
        r" is the \1 \2 ",
    ),
    # "who is furthest to the right, a man or a woman?": which of the two the person there is
    (
        r"^\s*who(?: is|'s| 's|s)? (?:(?:standing|sitting|stood|sat) )?(furthest|farthest|closest|nearest|most) "
        r"((?:to the |on the )?(?:left|right|front|"
        r"back)|to the camera)\s*,?\s*(?:is it )?(?:a |an )?([a-z]+) or (?:a |an )?([a-z]+)(?=\s*[?.!]*\s*$)",
        r" is the person \1 \2 a \3 or a \4 ",
    ),
    (r"\bof all the (picture|image|photo|drawing|scene)\b", r"of the \1"),
    (r"^\s*(?:have|has) (?=(?:more|fewer|less|as many) [a-z]+ than\b)", " are there "),
    (r"\bchildrens\b", "children"),
    # "list every colour used in the drawing": the values the picture has
    (
        r"\b(?:every|each|all(?: of)?(?: the)?) (colou?rs?|shapes?|materials?|sizes?)(?: (?:that (?:is|are) )?(?:used|"
        r"present|shown|found|there|you see|you can see|appearing))?(?: (?:in|on) (?:the|this) (?:picture|drawing|"
        r"image|photo|scene))?(?=\s*[?.!]*\s*$)",
        lambda m: f"all the {m[1] if m[1].endswith('s') else m[1] + 's'} in the picture",
    ),
    (r"\s[?.!]\s+please (?:list|write|name|give)(?: them| it)?(?: all| all of them)?(?=\s*[?.!]*\s*$)", " ? "),
    (r"\b(?:in|on) (top|bottom|middle|upper|lower|first|second|third|last) row\b", r"in the \1 row"),
    (r"\b(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th) from (left|right)\b", r"\1 from the \2"),
    (r"^\s*(?:the )?([a-z]+) says? what(?: time| word| words)?(?=\s*[?.!]*\s*$)", r" what does the \1 say "),
    # "Big blue cube. Shiny or matte?", "Large blue cylinder, matte finish?": a thing named bare, then what is asked
    (r"(?<=[,.:] )(matte|shiny|metallic|glossy|rubbery|dull) (?:finish|surface|look)(?=\s*[?.!]*\s*$)", r"\1"),
    (
        r"^\s*(?!(?:the|a|an|this|that|these|those|my|your|is|are|what|which|how|who|where|does|do|can|could)\b)"
        r"((?:[a-z]+ ){0,3}[a-z]+) [.:] "
        r"(?=(?:what|which|how|is|are|does|do|[a-z]+ or [a-z]+|[a-z]+)\s*[?.!]*)",
        lambda m: f" the {m[1]} , " if _names_noun(m[1].split()) else m[0],
    ),
    # "The tie on the right. Red or black?": the thing named, then two values offered for it
    (
        r"^\s*((?:the|that|this) [a-z ]+?)\s*[.:]\s*([a-z]+) or ([a-z]+)(?=\s*[?.!]*\s*$)",
        lambda m: f" is {m[1]} {m[2]} or {m[3]} " if _is_adjective(m[2]) and _is_adjective(m[3]) else m[0],
    ),
    # "of the small ones how many are metal": how many of them
    (r"^\s*of (the (?!remaining|other|rest)[a-z ]+?) how many (are|is)\b", r" how many of \1 \2"),
    (r"\bthem (two|three|four|both)\b(?! of\b)", r"the \1"),
    (
        r"\bon the (left|right) of (?:the |this )?(?:picture|image|photo|frame|drawing) or (?:on )?(?:the )?"
        r"(left|right)\b(?! side)",
        r"on the \1 or on the \2",
    ),
    # round 57d (blind59-61's forms): "reading left to right, the second object", "cylinders and spheres: the same
    # number of each?", "cyan ones all metal?", "how many colours have the things on the table", "on there", "as
    # well", "top middle", "furthest right", "how many colours does it use"
    (
        r"^\s*(?:reading|going|counting|looking)?\s*(?:from )?(left|right) to (?:the )?(?:right|left)\s*[,:]\s*"
        r"(.+?\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) [a-z]+)\b",
        r" \2 from the \1",
    ),
    (
        r"^\s*([a-z]+s) and ([a-z]+s)\s*[:,-]\s*(?:are there |is it )?(?:the )?same number(?: of (?:each|both|them))?"
        r"(?=\s*[?.!]*\s*$)",
        r" are there the same number of \1 and \2 ",
    ),
    (
        r"^\s*(?!(?:is|are|what|which|how|who|do|does)\b)((?:the )?[a-z]+ (?:ones|things|objects|shapes)) all "
        r"([a-z]+)(?: or not)?(?=\s*[?.!]*\s*$)",
        r" are all the \1 \2 ",
    ),
    (
        r"\bhow many (different |distinct )?(colou?rs|materials) (?:have|has) (?!been\b)(.+?)(?=\s*[?.!]*\s*$)",
        r"how many \1\2 do \3 have",
    ),
    (
        r"\bhow many (different |distinct )?(colou?rs|shapes) does (?:it|the (?:picture|drawing|image)) use\b",
        r"how many \1\2 are there",
    ),
    (r"\s(?:on|in) (?:there|here)(?=\s*[?.!]*\s*$)", " "),
    (
        r"^\s*which (?:one )?of (?:them|these|those|them all|all of them)(?= (?:is|are|was|has|sits|stands|looks)\b)",
        " which object",
    ),
    (
        r"^\s*(the [a-z ]+?)\s*,\s*(?:would you say|do you think|do you reckon|would you agree|wouldn't you say) "
        r"(?:they|it) (are|is) (.+?)(?=\s*[?.!]*\s*$)",
        r" \2 \1 \3 ",
    ),
    (r"\s(?:as well)(?=\s*[?.!]*\s*$)", " "),
    (r"\bin the (top|bottom) (?:middle|centre|center)\b", r"at the \1 in the middle"),
    (
        r"\b(sits|sitting|stands|standing|lies|lying|sat|stood) (furthest|farthest) (left|right)\b(?! of\b)",
        r"\1 \2 to the \3",
    ),
    (
        r"^\s*what(?:'s| 's| is|s) (?:all the way|way over|way out|way) (?:on|to|over on|out on|at) the (left|right)\b",
        r" what is the \1most thing",
    ),
    (
        r"^\s*who(?:'s| 's| is|s)? (?:(?:standing|sitting|stood|sat) )?(furthest|farthest) (left|right)\b",
        r" who is \1 to the \2",
    ),
    (  # "is the small cylinder from metal" (early: a choice "from metal or from rubber" is read after it); "a sphere
        # from metal", an attribute, is read later (round 54f)
        r"\b(is|are) (it|they|the [a-z ]+?) (?<!\bmade )(?<!\bmade out )(?<!ed )(?<!ed out )from "
        r"(metal|rubber|wood|plastic|glass|paper|stone|leather|cloth|fabric)\b",
        r"\1 \2 made of \3",
    ),
    (r"\bquite as many\b", "as many"),
    (r"\bpainted (?=(?:the )?same colou?r\b)", ""),
    (
        r"^\s*i wonder what (colou?r|shape|size|material) (.+?) (?:might|could|would|may) be(?=\s*[?.!]*\s*$)",
        r" what \1 is \2 ",
    ),
    (r"\b(?:way )?up (?:top|at the top)\b", "at the top"),
    (r"\b(?:way )?down (?:at the bottom|the bottom|below)\b(?! of\b)", "at the bottom"),
    (r"\b(?:way )?up front\b(?! of\b)", "in the front"),
    # "on left side of picture or right side": two sides offered, their articles and the picture left out
    (
        r"\b(?:on|in|at) (?:the )?(left|right|top|bottom)(?: side| half| part)?(?: of (?:the )?(?:picture|image|photo|"
        r"pic|scene|drawing))? or (?:on |in |at )?(?:the )?(left|right|top|bottom)(?: side| half| part)?"
        r"(?: of (?:the )?(?:picture|image|photo|pic|scene|drawing))?(?=\s*[?.!]*\s*$)",
        lambda m: (
            m[0]
            if _SIDE_ASKED.search(m.string) or _SIDES_SAID_IN_FULL.match(m[0])
            else _side_choice(m[1], m[2]) or m[0]
        ),
    ),
    # "down the back", "up the front", "way out at the back", "out front": a place said with a motion word
    (
        r"\b(?:(?:right|all the way|way) )?(?:down|up|out|over|back) (?:at |in |to |on )?the (back|front|rear)"
        r"\b(?! of\b)",
        r"at the \1",
    ),
    (r"\b(?:(?:right|all the way|way) )?out front\b(?! of\b)", "at the front"),
    (
        r"(?<!end )(?<!side )(?<!edge )(?<!part )(?<!corner )\b(?:of|from) the "
        r"(top|bottom|middle|upper|lower|left|right|centre|center) (row|column|line)\b",
        r"in the \1 \2",
    ),
    # round 54 (blind53's forms as mechanisms): a place that "has" things ("picture inside have how many yellow
    # thing", "behind big brown cylinder have how many thing", "have green thing how many", "in picture have cube or
    # not"), a pronoun said again in a relative clause ("a sphere which it is made of rubber", "how many objects they
    # are in front of"), a wh-question in a statement's order ("which colour he is wearing", "what hour it shows"),
    # the verb last ("cubes how many there are"), counters ("pieces of sphere"), "make the count of"
    (r"^\s*(?:in )?(?:the )?(?:picture|image|photo)(?: inside| in it)? (?:have|has|got)\b", " have"),
    (r"^\s*((?:[a-z]+ ){0,3}[a-z]+) (left|right) side (?=have\b)", r" \2 of the \1 "),
    (
        r"^\s*((?:behind|in front of|left of|right of|to the (?:left|right) of|near|next to|on|under|above|below) "
        r"[a-z ]+?) (?:there )?(?:have|has|got) how many ([a-z ]+?)(?=\s*[?.!]*\s*$)",
        r" how many \2 are \1 ",
    ),
    (
        r"^\s*(?:there )?(?:have|has|got) how many ([a-z ]+?)(?: (?:have|has|got|there))?(?=\s*[?.!]*\s*$)",
        r" how many \1 are there ",
    ),
    (r"^\s*(?:there )?(?:have|has|got) ([a-z ]+?) how many(?=\s*[?.!]*\s*$)", r" how many \1 are there "),
    (r"^\s*(?:there )?(?:have|has|got) the same (?:number|quantity|amount) of\b", " are there the same number of"),
    (
        r"^(.+?) , how many (?!(?:it|they|we|you|i|he|she|them|have|has|had|do|does|did|can|could)\b)([a-z ]+?) "
        r"(?:have|has|got|exist)(?=\s*[?.!]*\s*$)",
        r"\1 , how many \2 are there ",
    ),
    (r"^\s*([a-z ]+?) , how many (?:exist|there are|are there)(?=\s*[?.!]*\s*$)", r" how many \1 are there "),
    (
        r"^(\s*how many (?:(?!(?:have|has|i|we|you|they)\b)[a-z]+ )*?(?!(?:have|has|i|we|you|they)\b)[a-z]+) "
        r"(?:have|has|got) (?=in the\b|on the\b|at the\b)",
        r"\1 are ",
    ),
    (r"\bnumber of ([a-z]+) and of\b", r"number of \1 and"),
    (
        r"\b([a-z]+) (that|which|who) (?:it|they|he|she) (is|are|was|were|has|have)\b(?! [a-z]+ing\b)",
        lambda m: f"{m[1]} {m[2]} {m[3]}" if known_name(singular(m[1])) else m[0],
    ),
    (r"^(\s*how many (?:(?!of\b)[a-z]+ ){1,3}?)(?:they|these|those) (are|is)\b", r"\1\2"),
    (r"^(\s*how many) the (?=[a-z]+)", r"\1 "),
    (rf"\bmade (of|from) the ({_MATERIALS})\b", r"made \1 \2"),
    (
        r"^\s*(are|is) (most|all|any|none|both|some|each|every one) of (?:them|these|those)\b(?! [a-z]+s\b)",
        r" \1 \2 of the objects",
    ),
    (
        r"^\s*(?:we|you|ya|y'all) (?:'ve )?(?:got|have got|have) (?=(?:more|fewer|less|any|many|some|as many)\b)",
        " are there ",
    ),
    (r"\bin (?:this|the) lot\b", "in the picture"),
    (r"^\s*how many of (?:them|these|those) (are|is)\b", r" how many of the objects \1"),
    (
        r"\bthe same (?:red|blue|green|yellow|purple|cyan|brown|gray|grey|orange|pink|black|white) as\b",
        "the same color as",
    ),
    (r"^\s*what (?:is|does) it say (on|in) (?:the|that|this) ([a-z ]+?)(?=\s*[?.!]*\s*$)", r" what does the \2 say "),
    (
        r"\b((?:on|at|to|in) the (left|right|top|bottom)(?: side| hand side)?(?: of the (?:picture|image|photo))?) or "
        r"(?:on |at |to |in )?the other(?: side| one| way)?\b",
        lambda m: f"{m[1]} or on the {_OPPOSITE_SIDE[m[2]]}",
    ),
    (
        r"^\s*(?:is there )?(?:any|a) chance (?:that )?(?!(?:you|u|ya|i|we)\b)((?:the|this|that) [a-z ]+?) (?:'s|is) ",
        r" is \1 ",
    ),
    (
        r"^(\s*(?:not counting|apart from|besides|other than|except(?: for)?|excluding) the (?:[a-z]+ ){0,3}[a-z]+) "
        r"(?:itself|themselves)\b",
        r"\1",
    ),
    (
        r"^\s*(?:there )?(?:have|got) (?!(?:you|we|i|they|the|this|that|these|those|it|he|she|both|all|each|"
        r"every|to|been|got|any ?one|any ?body|some ?one|some ?body|every ?one|no ?one|nobody)\b)"
        r"(a |an |any |some )?([a-z ]+?)(?: and (?:also )?(?:have |has |got )?(a |an |any |some )?"
        r"([a-z ]+?))?(?=\s*,| or not\b|\s*[?.!]*\s*$)",
        lambda m: f" is there {m[1] or 'a '}{m[2]}" + (f" and {m[3] or 'a '}{m[4]}" if m[4] else "") + " ",
    ),
    (rf"\b(is|are) (?:from|of) ({_MATERIALS})\b(?! or\b)", r"\1 made of \2"),
    (r"\bthere (are|is) on (?:the |this )?(picture|image|photo)\b", r"there \1 in the \2"),
    (
        r"\b(closest|nearest|furthest|farthest) (?:to |from )?the (?:reader|observer|onlooker|spectator|"
        r"person looking|person taking the picture)\b",
        r"\1 to the viewer",
    ),
    (r"\b(is it (?:true|the case|right))(?: that)? neither (?:of the )?([a-z]+?)s? (?=is\b|are\b)", r"\1 that no \2 "),
    (r"\b(?:trailing|lagging|lurking|tucked|hiding|hanging) (?=behind\b|in front of\b)", ""),
    (
        r"^\s*the one (?:right |way )?at the (?:very )?(back|front) ,? is (?:that|it) (a|an) ([a-z]+)(?=\s*[?.!]*\s*$)",
        lambda m: f" is the {'rearmost' if m[1] == 'back' else 'frontmost'} object {m[2]} {m[3]} ",
    ),
    (
        r"\bwhat colou?r (?:is|'s) (?:it|he|she) (?:painted|coloured|colored|done|finished)(?=\s*[?.!]*\s*$)",
        "what colour is it",  # "what colour's she painted": a thing, however the asker calls it
    ),
    (
        r"\bwhat colou?r (?:is|'s) (it|he|she|they) (?:entered as|listed as|recorded as|down as|logged as)"
        r"(?=\s*[?.!]*\s*$)",
        r"what colour is \1",
    ),
    (r"\b(is|are) (every|each|all|any) ([a-z ]+?) a (big|small|large|little|tiny|huge) one\b", r"\1 \2 \3 \4"),
    (
        r"\bwhat colou?r ([a-z]+) (?:has|does) (he|she|it|they) (?:got|have|wear|wearing)(?=\s*[?.!]*\s*$)",
        lambda m: f"what colour is {({'he': 'his', 'she': 'her', 'it': 'its', 'they': 'their'})[m[2]]} {m[1]}",
    ),
    (r"\bblokes\b", "men"),
    (
        r"^(\s*(?:is|are) (?:the|this|that) [a-z ]+?) , and (the [a-z]+(?: [a-z]+)+?)(?=\s*[?.!]*\s*$)",
        lambda m: f"{m[1]} and {m[2]}" if LEXICON.attribute_of(m[2].split()[-1]) is not None else m[0],
    ),
    (
        r"\b(dudes|blokes|fellas|fellows|chaps|lads|gents) in (?=(?:a |an |the )?(?:ties?|hats?|caps?|suits?)\b)",
        "men in ",
    ),
    (r"\s+(?:yeah|yea|yep|innit|eh)(?=\s*[?.!]*\s*$)", " "),
    (
        r"\b(?:do|does|did) (?:you|anyone|anybody) know (?:the|its|his|her|their) (?:route|bus|phone|house|"
        r"registration|licen[cs]e|plate|serial|model|jersey|shirt|flight|train|room) number\b",
        "what is the route number",
    ),
    (
        r"\b(are|is) (?:paddling|floating|swimming|drifting|lurking|lounging|loitering|camped|parked|huddled|lined up|"
        r"bunched|clustered|gathered|grouped) "
        r"(?=(?:to the (?:left|right) of|left of|right of|behind|in front of|next to|beside|near)\b)",
        r"\1 ",
    ),
    (
        r"\b(is there|are there|there is|there are) (?:anything|something) ([a-z]+)\b(?= on the\b| in the\b| at the\b)",
        lambda m: f"{m[1]} a {m[2]} thing" if LEXICON.attribute_of(m[2]) is not None else m[0],
    ),
    (
        r"\b(nearest|closest|at) the (front|back) of the (?:counter|table|stage|shelf|desk|tray|board|bench|scene)\b",
        r"\1 the \2",
    ),
    (r"\s*,\s*(?:the )?([a-z]+) like(?=\s*[?.!]*\s*$)", " "),
    (
        r"\b(the [a-z]+) (?:who|that|which) (?:is|'s) (?:furthest|farthest) (?:to the )?(left|right)\b",
        r"\1 furthest to the \2",
    ),
    (  # British "sat" / "stood" before where: "what's sat nearest the front", "how many are stood about there"
        r"\b(are|is) (?:stood|sat)(?: about| around| round)?(?= there\b| here\b|\s*[?.!]*\s*$| (?:nearest|closest|"
        r"furthest|farthest|at|on|in|behind|next|near|to)\b)",
        r"\1",
    ),
    (
        r"\b(?:the|that|this) ((?:[a-z]+ ){0,2}([a-z]+))(?: (?:that is |which is )?(?:sitting|standing|lying|sat|stood|"
        r"placed|located|positioned|parked))? (?:right |way |all the way )?at the (?:very )?(back|front)\b"
        r"(?! of\b| side\b| part\b| end\b| row\b)",
        lambda m: f"the {'rearmost' if m[3] == 'back' else 'frontmost'} {m[1]}" if known_name(singular(m[2])) else m[0],
    ),
    (
        r"\bin (?:what|which) colou?r (?:is )?(he|she|it|they|the [a-z ]+?) (?:is |are )?(?:dressed|clothed|clad)\b",
        r"what colour is \1 wearing",
    ),
    (
        r"\s(?:a )?(?:bit|little bit|tad|touch) "
        r"(?=(?:more )?(?:on|to|at|in) the (?:left|right|top|bottom|front|back)\b)",
        " ",
    ),
    (r"\b(?:more|most) (?:behind|back|to the back)(?: of all| than all(?: the others)?)\b", "furthest back"),
    (r"\b(?:more|most) (?:in )?front(?: of all| than all(?: the others)?)\b", "frontmost"),
    # round 46 (blind48's first run, a fresh crowd): "which cube is the second from the right", a vocative at the
    # end ("..., dear?", "gg", "folks"), "right at the very back", "or am I colourblind", "does the picture use",
    # "the palette", "male subjects", "how many is there X", "X you got there", "of colour purple", "black colour",
    # "all of metal", "made of is it rubber or metal", a restart after "no wait"
    (
        r"^\s*(?:which|what) (?!shape\b|colou?r\b)((?:\w+ ){0,2}?\w+) is (?:the )?"
        r"(second|third|fourth|fifth|2nd|3rd|4th|5th|first|last)"
        r"(?: one)? from the (left|right|front|back)(?=\s*[?.!]*\s*$)",
        r" what is the \2 \1 from the \3 ",
    ),
    (
        r"(?i)\s*[,\u2013\u2014-]\s*(?:dear|love|folks|mate|pal|buddy|sweetie|honey|guys|gg|guv|guv'nor|chief|boss|bro"
        r"|dude|fam|"
        r"everyone|everybody|y'all|you lot|hon|hun|darlin|darlin'|darling|pet|lad|lass|luv|babe|chum|cuz|doll|hen|sis|"
        r"mind|bruv|kiddo|my friend|my dear|sir|madam|ma'am|miss)\s*(?=[?.!]|\s*$)",
        " ",
    ),
    (r"\s+(?:lol|gg)\s*(?=[?.!]*\s*$)", " "),
    (r"(?<!the )(?<!to )\bright (at the (?:very )?(?:back|front|top|bottom|end))\b", r"\1"),
    (
        # "..., or am I wrong again?", "or am I mixing it up with something else?", "or have I got it wrong?": the
        # asker's doubt about the guess, not a second option
        r"\s*,?\s*or (?:am i|are you|is it just me|have i|did i|do i)\b(?![^?.!]*\b(?:backwards|the other way|"
        r"reversed|swapped|flipped)\b)[^?.!]*(?=[?.!]*\s*$)",
        " ",
    ),
    (
        r"\b(does|do) (the|this) (picture|image|photo|photograph|drawing|scene|page|sheet|palette) "
        r"(?:use|contain|feature|include|show)\b",
        r"\1 \2 \3 have",
    ),
    (r"\bpalette of (the \w+)", r"colours of \1"),
    (r"\b(?:the|this|your|my) palette\b", "the picture"),
    (r"\bmale (?:subjects|individuals|figures)\b", "men"),
    (r"\bfemale (?:subjects|individuals|figures)\b", "women"),
    (r"\bmale (?:subject|individual|figure)\b", "man"),
    (r"\bfemale (?:subject|individual|figure)\b", "woman"),
    (r"^\s*how many (?:is|are) there ((?:\w+ ){0,3}?\w+)\s*$", r" how many \1 are there "),
    (
        r"^\s*how many ((?:(?!(?:can|do|did|could|would|have)\b)\w+ ){0,3}?(?!(?:can|do|did|could|would|have)\b)\w+) "
        r"(?:have |'ve )?(?:you|u|ya) (?:got|have|see)(?: (?:there|here))?\s*$",
        r" how many \1 are there ",
    ),
    (
        r"\b(?P<det>a|an|any|some|the) (?P<noun>\w+) of (?:the )?colou?r (?P<value>\w+)\b",
        _colour_word_after,
    ),
    (r"(?<=\w) (?P<value>\w+) colou?r(?=\s*[?.!]*\s*$)", _colour_copula),
    (r"\ball of (metal|rubber|wood|plastic|glass)\b", r"all \1"),
    (  # "them little cubes", "them two grey cubes": those
        r"\bthem(?= (?:two|three|four|five|both|little|big|small|large|tiny|red|blue|green|grey|gray|yellow|brown|"
        r"purple|cyan|metal|rubber|shiny|round)\b)",
        "the",
    ),
    (r"^\s*how many of (?:them|those|these)(?= (?:are|is|have|has|were)\b)", " how many of the objects"),
    (r"\s*,\s*pray\s*,\s*", " "),
    # round 46b: the picture called what a gamer, a curator or a coach calls it; "spawned", "out today"; "has got
    # hold of"; "X, who?"; "down in the corner"; "identify X and state its shape"; "identical colours"; "the colours
    # the cylinders are dressed in"; "ain't it"; "which ones the biggest"; "strictly larger"; "plate and all"
    (
        r"\s*\b(?:on|in) (?:this|the|my|our) (?:level|map|pitch|sheet|page|exhibit|exhibition|composition|frame|shot)"
        r"\b",
        " ",
    ),
    (r"\s*\bon scene\b", " "),
    # a statistician's words: "the modal shape", "the cardinality of the set of cubes", "distinct colour values"
    (r"\bmodal (colou?rs?|shapes?|sizes?|materials?)\b", r"most common \1"),
    (r"\bcardinality of (?:the )?(?:set of |collection of )?", "number of "),
    (r"\b(?:distinct|unique) (colou?r|shape|size|material) values\b", r"different \1s"),
    (r"\b(colou?r|shape|size|material) values\b", r"\1s"),
    (r"\b(?:observed|seen|found|present|occurring|appearing|represented) among (?:the )?", "of the "),
    (
        r"^\s*(?:conditional|conditioned) on (?:its |their |it |them )?being (\w+) , how many (?:of the )?",
        r" how many \1 ",
    ),
    # the medium the picture is seen through: "in sight", "on screen", "on the sensors", "in this sample"
    (
        r"\s*\b(?:in (?:plain )?sight|in frame|on screen|on (?:show|display|view)|"
        r"on (?:the |our |my )?(?:sensors|scanners?|radar)|"
        r"in (?:this|the|our) (?:sample|lineup|line-up|batch|set ?up|setup))\b(?! of\b)",
        " ",
    ),
    (r"\byonder\b", " "),
    (
        r"^\s*how many ((?:\w+ ){0,2}?\w+) (?:spawned|showed up|turned up|appeared|are out(?: today| there)?|"
        r"are about)\s*$",
        r" how many \1 are there ",
    ),
    (r"\b(?:has|have|'s|is) got hold of\b|\b(?:has|have|'s|is|are) (?:taken|taking) hold of\b", " is holding"),
    (
        r"^\s*((?:the )?(?:first|second|third|fourth|last) (?:person|one|thing|object|shape) from the "
        r"(?:left|right))\s*,?\s*(who|what)\s*$",
        r" \2 is the \1 ",
    ),
    (r"\bdown (in|at) the\b", r"\1 the"),
    (
        r"^\s*(?:please )?(?:identify|find|locate|take|spot) (.+?) and (?:state|give|tell me|name|report|say) its "
        r"(colou?r|shape|size|material)\s*$",
        r" what \2 is \1 ",
    ),
    (r"\b(?:an? |the )?(?:identical|matching) (colou?rs?|shapes?|sizes?|materials?)\b", r"the same \1"),
    (
        r"\bthe colou?rs? (?:that )?the (\w+) (?:are|is) (?:dressed|painted|coloured|colored|done) in\b",
        r"the colours of the \1",
    ),
    (r"\bain'?t (it|they|he|she)\b", r"isn't \1"),
    (r"\bai not (it|they|he|she)\b", r"is not \1"),
    (r"^\s*what is (the .+?) what (colou?r|shape|size|material) is it\s*$", r" what \2 is \1 "),
    (
        r"^\s*how many ((?:(?!(?:are|is|were|was)\b)\w+ ){0,3}?(?!(?:are|is|were|was)\b)\w+) "
        r"(larger|bigger|smaller|taller|shorter|wider|narrower) than\b",
        r" how many \1 are \2 than",
    ),
    (r"\bwhich ones the\b", "which one is the"),
    (r"\bstrictly (larger|bigger|smaller|more|fewer|less)\b", r"\1"),
    (r"\s*,\s*\w+ and all(?=\s*[?.!]*\s*$)", " "),
    # round 47 (blind49): "guys in ties" (wearing them), "how many things on the table" (a verb left out), "is any
    # of them" (plural), "top row shapes"
    (
        r"\b(men|man|women|woman|guys?|people|persons?|person|boys?|girls?|kids?|children|child|lady|ladies|"
        r"someone|anyone|everyone|anybody|somebody) in (?:a |an |the )?(ties?|hats?|shirts?|jackets?|coats?|dresses?|"
        r"glasses|uniforms?|scarf|scarves|helmets?|caps?|suits?)\b",
        r"\1 wearing \2",
    ),
    (
        r"^(\s*how many .+?) (?:apart from|except(?: for)?|besides|other than|excluding|not counting) the (\w+)\s*$",
        _but_not_the,
    ),
    (r"\bis (any|none|all) of (them|those|these)\b", r"are \1 of \2"),
    (r"^\s*(top|bottom|middle) (row|line) (\w+) (?:count|number|total)\s*$", _row_then_noun),
    (r"\b(top|bottom|middle) (row|line) (\w+)\b", _row_then_noun),
    # round 47b (blind49, typed into a search box or a chat): a side asked with its options ("where's the gold
    # ball? left or right", "the big red ball: left side or right side?", "X is on which side, left or right"), two
    # things offered and compared ("yellow ball or green tube, which ones bigger", "is A bigger than B or the other way
    # round"), attribute lists ("small, grey and metal"), "both X and both Y", keyword queries ("balls all rubber?",
    # "X colour", "writing on bus?", "clock says?", "circles same colour?", "dogs that aren't black")
    (  # "is the red ball left or right?", "is the bus left or right in the picture": a side of the picture
        r"^\s*(is|are) ((?:the|this|that) (?:(?!(?:of|to|from|than|on|in|at|the)\b)[a-z]+ ){0,4}?"
        r"(?!(?:on|in|at|the)\b)[a-z]+) (left|right|top|bottom)"
        r"(?: side)? or (?:the )?(left|right|top|bottom)(?: side)?"
        r"(?: (?:in|of|on) (?:the |this )?(?:picture|image|photo|pic|frame|drawing))?\s*[?.!]*\s*$",
        lambda m: f" {m[1]} {m[2]} {_PLACE_PREPOSITION[m[3]]} the {m[3]} or {_PLACE_PREPOSITION[m[4]]} the {m[4]} ",
    ),
    (  # three sides said as a list: "left, middle or right", "at the top, in the middle, or at the bottom"
        rf"\b((?:(?:on|in|at) )?(?:the )?{_SIDE_WORD}(?: side| half)?) , ((?:(?:on|in|at) )?(?:the )?{_SIDE_WORD}"
        r"(?: side| half)?) (?:, )?or (?=(?:(?:on|in|at) )?(?:the )?(?:left|right|middle|centre|center|top|bottom)\b)",
        r"\1 or \2 or ",
    ),
    (
        r"^\s*(?:where(?: is|'s| are) )?(?P<np>(?:(?!(?:is|are|was|were|which|what|whereabouts|on|in|at|of|relative|"
        r"relation|side|to|over)\b)[a-z]+ ){0,5}?(?!(?:is|are|on|in|at|of|to)\b)[a-z]+)\s*(?:\?|:|,|-)?\s*"
        r"(?:is it )?(?:on (?:the )?|at (?:the )?|in (?:the )?)?(?P<a>left|right|top|bottom)(?: side| half)?\s*,?\s*"
        r"(?:or (?:in )?(?:the )?(?P<m>middle|centre|center)\s*,?\s*)?"
        r"or (?:on |at |in )?(?:the )?(?P<b>left|right|top|bottom)(?: side| half)?"
        r"(?: of the (?:picture|pic|image|photo|drawing|page))?\s*[?.!]*\s*$",
        _sides_offered,
    ),
    (
        r"^\s*where(?: is|'s) ((?:(?!(?:relative|relation|to|compared)\b)[a-z]+ ){0,5}?[a-z]+)\s*,?\s*"
        r"((?:above|below|behind|in front of|left of|right of|on top of|"
        r"under) .+ or .+)$",
        r" is \1 \2 ",
    ),
    (
        r"^\s*(?P<a>(?:the )?[a-z][a-z ]*?) (?:or|vs\.?|versus) (?P<b>(?:the )?[a-z][a-z ]*?)\s*[,:-]?\s*"
        r"(?:which(?: one)?(?:'s| is| ones| one's)?|who's|who is|whos)?\s*(?P<c>bigger|larger|smaller|"
        r"further (?:left|right)|more to the (?:left|right)|lower(?: down)?|higher(?: up)?|closer|nearer|taller|"
        r"shorter|"
        r"the leftmost|the rightmost|the biggest|the largest|the smallest|the lowest|the highest|the tallest)"
        r"\s*[?.!]*\s*$",
        _offered_compared,
    ),
    (
        r"^\s*is (.+?) (bigger|larger|smaller|taller|shorter) than (.+?),? or (?:is it )?the other way (?:round|around)"
        r"\s*[?.!]*\s*$",
        r" which is \2 , \1 or \3 ",
    ),
    (r"\b([a-z]+)\s*,\s*([a-z]+)\s*,?\s*and\b", _values_listed),
    (  # "is there a cube, a sphere and a cylinder": each of them; "..., a sphere or a cylinder": any of them
        r"^(\s*(?:is|are) there (?:a|an|any|some) [^,]+?)\s*,\s*(a|an|any|some)\b(?=(.*))",
        lambda m: f"{m[1]} {'or' if ' or ' in m[3] and ' and ' not in m[3] else 'and'} {m[2]}",
    ),
    (r"\bdull\s*-?\s*looking\b", "matte"),
    (r"\s+in this one(?=\s*[?.!]*\s*$)", " "),
    (r"\bboth (\w+) and both (\w+)\b", r"\1 and \2"),
    (r"^\s*anything (not|both|matte)\b", r" is there anything \1"),
    (r"^\s*([a-z]+) ([a-z]+) and (made of [a-z]+|[a-z]+)\s*[?.!]*\s*$", _noun_then_values),
    (r"^\s*([a-z]+s) all (\w+)\s*[?.!]*\s*$", r" are all the \1 \2 "),
    (r"^\s*(?:the )?(\w+)(?: writing)? (?:says|reads)(?: what)?\s*[?.!]*\s*$", r" what does the \1 say "),
    (r"^\s*(top|bottom|middle) row (colou?rs|shapes)\s*[?.!]*\s*$", r" what \2 are the shapes in the \1 row "),
    (r"^\s*([a-z]+s) (?:the )?same (colou?r|shape|size|material)\s*[?.!]*\s*$", r" are the \1 the same \2 "),
    (
        r"^\s*([a-z]+s) (?:that|which) (?:are not|aren't|arent|ain't) (\w+)\s*[?.!]*\s*$",
        r" how many \1 are not \2 ",
    ),
    (
        r"^\s*((?:[a-z]+ )?[a-z]+s) (?:but not|other than|except|apart from|excluding|besides) (?:the )?([a-z]+s)"
        r"\s*[?.!]*\s*$",
        r" how many \1 are not \2 ",
    ),
    (
        r"^\s*(only [a-z ]+?)(?: here)?\s*,\s*what (colou?r|shape|size|material)\s*[?.!]*\s*$",
        r" what \2 is the \1 ",
    ),
    (r"\bitem\b(?! of\b)", "thing"),
    (r"\bitems\b(?! of\b)", "things"),
    (r"\bmade of is it (\w+) or (\w+)", r"made of , \1 or \2"),
    (
        r"^.+?\s*,?\s*\b(?:no wait|wait no|scratch that|sorry i mean)\b\s*,?\s*((?:how many|what|which|who|is there|"
        r"are there)\b.*)$",
        r" \1 ",
    ),
    # "is just one of the things a cube", "there's only the one dog": exactly that many
    (
        r"\b(is|are) (?:just|only) (one|two|three|four|five|six|seven|eight|nine|ten|\d+) of the\b",
        r"\1 exactly \2 of the",
    ),
    (r"\bonly the one\b", "exactly one"),
    (  # "trees?": things named alone and asked about are counted (a single "bus?" asks whether, and "large cyan
        # things?" whether there are any, as the development set reads it)
        r"^\s*([a-z]+s)((?: (?:in|on|at) the [a-z]+)?)\s*\?\s*$",
        lambda m: (
            f" how many {m[1]} are there{m[2]} "
            if singular(m[1]) != m[1] and m[1] not in {"yes", "is", "this", "was", "has", "does", "its", "us", "thanks"}
            else m[0]
        ),
    ),
    # --- round 44 (blind46): Englishes of the world
    (r"^\s*are there how many ([a-z ]+?)(?=\s*[?.!,]*\s*(?:right)?\s*[?.!]*\s*$)", r" how many \1 are there "),
    (r"\bthere (?:is|'s| 's) an? ((?:[a-z]+ )?[a-z]+) one(?=\s*[?.!]*\s*$)", r"is there a \1 thing"),
    (r"\b(every|each|all the|any of the) ([a-z]+) here\b", r"\1 \2"),
    (
        r"(?<!counting )(?<!from )(?<!besides )(?<!except )(?<!than )\b(the [a-z]+(?: [a-z]+){0,2}) itself\b",
        r"\1",
    ),
    (
        # "is the wee ball no blue?": a Scots negative question ("isn't it blue?"), which asks whether it is
        r"^(\s*is the [a-z ]+?) no (?=(?:shiny|metal|rubber|matte|big|small|large|little|red|blue|green|yellow|"
        r"gray|grey|brown|purple|cyan)\s*[?.!,]*\s*$)",
        r"\1 ",
    ),
    (
        r"^\s*what is (?:there )?((?:at|in|on) [a-z ]+?)\s*[?.]\s*tell (?:me )?the (colou?r|shape|size|material)"
        r"\s*[?.!]*\s*$",
        r" what \2 is the thing \1 ",
    ),
    _THING_AT_ONE_END,
    (
        r"^\s*([a-z]+s) and ([a-z]+s)\s*,\s*(?:is )?the number (?:is )?(?:the )?same(?: or not)?(?=\s*[?.!]*\s*$)",
        r" are there as many \1 as \2 ",
    ),
    (
        r"\bthe one ((?:metal|rubber|shiny|matte|big|small|large|red|blue|green|yellow|gray|grey|brown|purple|cyan) "
        r"(?:thing|object|one|shape))\b",
        r"the \1",
    ),
    (
        r"^\s*([a-z]+s) and ([a-z]+s)(?: together)?\s*,\s*how many (?:it have|are there|is that|altogether)"
        r"(?=\s*[?.!]*\s*$)",
        r" how many \1 and \2 are there ",
    ),
    (  # "how many red things are shaped like balls", "is the red one shaped like a cylinder": of that shape
        r"\b(is|are) (?:shaped like|in the shape of) (?:a |an )?([a-z]+)\b",
        lambda m: f"{m[1]} {'a ' if m[1] == 'is' else ''}{m[2]}",
    ),
    (r"\b(?:that|which) (?:are|is) (?:shaped like|in the shape of) (?:a |an )?([a-z]+)\b", r"shaped like \1"),
    (
        r"^\s*(is|are) ((?:the|this|that) [a-z ]+?) (?:shaped like|in the shape of) (?:a |an )?([a-z]+)"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]} {m[2]} {'a ' if m[1] == 'is' else ''}{m[3]} ",
    ),
    (
        r"^\s*in the (top|bottom) row\s*,?\s*which (shape|thing|one) is (?:on )?the far (left|right)(?: side)?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" what is the {m[3]}most {m[2] if m[2] != 'one' else 'thing'} at the {m[1]} ",
    ),
    (r"\bwhat (shape|colou?r|thing) is there (in|at|on) the\b", r"what \1 is \2 the"),
    (
        r"^(\s*is (?:there )?(?:anybody|anyone|anything|somebody|someone|any person|any thing|some person) .+?)"
        r"(?: in| out)? there(?=\s*[?.!]*\s*$)",
        r"\1",
    ),
    (r"^\s*(?:howzit|abeg|oya|please|kindly)\s*,?\s*", " "),
    (r"^\s*(?:please )?do the needful(?: and)?\s*", " "),
    (r"\bwee\b", "little"),
    (r"\bdis\b", "this"),
    (r"\bdat\b", "that"),
    (r"\byokes\b", "things"),
    (r"\bsignboard\b", "sign"),
    (r"\bwhat all\b", "what"),
    (r"\bthe extreme (left|right)\b", r"the far \1"),
    (r"\b(?:kept|placed|put) (?=on |in |under |near |beside )", ""),
    (r"\b(is|are) having (?=an? |any |the |some |on |it\b)", lambda m: "has " if m[1] == "is" else "have "),
    (r"\b(is|are) sharing\b", lambda m: "shares" if m[1] == "is" else "share"),
    (rf"\b(wearing|in|dressed in|are|is) ({_COLOUR_WORDS}) colou?r\b", r"\1 \2"),
    (r"\bhow much ([a-z]+s)\b", lambda m: f"how many {m[1]}" if _plural_name(m[1]) else m[0]),
    (r"^\s*(?:do you |d'you |d you |you )?reckon (?:that )?", " "),
    (r"^\s*would there be\b", " is there"),
    (
        r"^\s*is it the (?!case\b)((?:(?!that |which |who )[a-z]+ ){0,3}?(?!that\b|which\b|who\b)[a-z]+) (is|are) ",
        r" \2 the \1 ",
    ),
    (r"^\s*(?:it|is it|there) (?:have|got|has got) (?:any|a|an|some) ", " is there any "),
    (r"^\s*got (?:any|a|an|some) ", " is there any "),
    (r"^\s*(?:it )?got how many ([a-z ]+?)(?: here| there)?(?=\s*[?.!]*\s*$)", r" how many \1 are there "),
    (
        r"^\s*there (?:are|is) how many ([a-z ]+?)(?=\s*[?.!,]*\s*(?:is n't it|isn't it|is not it)?\s*[?.!]*\s*$)",
        r" how many \1 are there ",
    ),
    (
        r"^\s*(the [a-z ]+?|[a-z]+ [a-z]+ corner) got what (shape|colou?r|thing)(?=\s*[?.!]*\s*$)",
        r" what \2 is in the \1 ",
    ),
    (
        r"^\s*(?:how many|what) ([a-z ]+?) dey(?: for| inside| pon)? (the [a-z ]+?)(?=\s*[?.!]*\s*$)",
        r" how many \1 are on \2 ",
    ),
    (r"^\s*how many ([a-z ]+?) dey\b", r" how many \1 are"),
    (r"\bdey (behind|near|in front of|on|beside|under)\b", r"are \1"),
    (
        r"^\s*wha(?:t)? (?:dem|dey|dem dey) write pon (?:de|the) ([a-z]+)(?=\s*[?.!]*\s*$)",
        r" what is written on the \1 ",
    ),
    (
        r"^\s*wha (?:deh|dey|de) (behind|near|in front of|beside) (?:de|the) ([a-z]+)(?=\s*[?.!]*\s*$)",
        r" what is \1 the \2 ",
    ),
    (r"^\s*wha colou?r (?:de|the) ([a-z]+) is(?=\s*[?.!]*\s*$)", r" what colour is the \1 "),
    (
        r"^\s*de ([a-z ]+?)\s*,\s*it (big|small|large|little)(?: or (?:big|small|large|little))?(?=\s*[?.!]*\s*$)",
        r" is the \1 big or small ",
    ),
    (r"(?<!matter )\bwhat ((?:colou?r|shape|size|material) )?(it|they|he|she) (is|are)\b(?! made)", r"what \1\3 \2"),
    (
        r"^\s*(the [a-z ]+?) (?:is|are) which side\s*,?\s*(left or right)(?=\s*[?.!]*\s*$)",
        r" which side is \1 on , \2 ",
    ),
    (r"\bwhich colou?r (?:is )?coming (?:the )?most\b", "what is the most common colour"),
    (
        r"\b(is|are) no (?=(?:shiny|metal|rubber|matte|big|small|large|red|blue|green|yellow|gray|grey|brown|purple|"
        r"cyan)\s*[?.!,]*\s*$)",
        r"\1 not ",
    ),
    (  # "the madam is in front of the bus or not?": whether she is
        r"^\s*(the [a-z ]+?) (is|are) ((?:in front of|behind|left of|right of|to the left of|to the right of|"
        r"on the left of|on the right of|near|next to|beside|above|below|under|on) the [a-z ]+?)\s*,?\s*or not"
        r"(?=\s*[?.!]*\s*$)",
        r" \2 \1 \3 ",
    ),
    # --- round 43 (blind45): a new user's phone style, said in few words
    (
        r"^\s*(?:ok(?:ay)?\s*,?\s*)?(?:next|another|one more|my next|the next) question\s*[:,-]?\s*",
        " ",
    ),
    (r"^\s*(?:my [a-z]+|i|we|she|he) (?:drew|made|painted|coloured|colored|did) (?:this|it)\b[^.?!]*[.!]+\s*", " "),
    (r"\b(?:dressed|clothed) in ([a-z]+) (?=standing|sitting|walking)", r"in \1 "),
    (
        r"^\s*i (?:wanna|want to|would like to|'d like to| 'd like to|need to) know\s+"
        r"(?=how|what|which|whether|if|is|are)",
        " ",
    ),
    (r"\b(?:hi|hello|hey)?\s*,?\s*first time (?:here|using this(?: app)?|trying this)\s*[,.!:-]*", " "),
    (r"\b(?:in|on) my (photo|picture|image|drawing|pic)\b", r"in the \1"),
    (r"^\s*([a-z]+s) how many (?:r|are) (?=[a-z])", r" how many \1 are "),
    (  # "cylinders: what colours?", "red things, what shapes"
        r"^\s*((?:[a-z]+ )?[a-z]+s)\s*[:,-]\s*what (colou?rs|shapes|sizes|materials)(?: are they)?(?=\s*[?.!]*\s*$)",
        r" what \2 are the \1 ",
    ),
    (
        r"^(\s*(?:and |ok so |so )?the [a-z ]+?\s*,\s*)(what|which) (colou?r|shape|size|material) is that one\b",
        r"\1\2 \3 is it",
    ),
    (  # "count what's on the table"
        r"^\s*count (?:what is|what 's|whatever is|everything|all the things|the things)(?: that is| that are)? "
        r"(?=on |in |under |behind |near |next to |left of |right of |in front of |on top of )",
        " how many things are ",
    ),
    (  # "cup in the middle what colour", "woman wearing what colour"
        r"^\s*(?:the )?([a-z]+(?: [a-z]+)?) ((?:in the middle|on the left|on the right|at the top|at the bottom|"
        r"on the far (?:left|right))(?: of the [a-z ]+?)?)\s*,?\s*what (colou?r|shape|size|material)"
        r"(?=\s*[?.!]*\s*$)",
        r" what \3 is the \1 \2 ",
    ),
    (r"^\s*(?:the )?([a-z]+) wearing what colou?r(?=\s*[?.!]*\s*$)", r" what colour is the \1 wearing "),
    (  # "plate white?": whether it is
        r"^\s*(?:the )?([a-z]+) ([a-z]+)\s*\?\s*$",
        lambda m: (
            f" is the {m[1]} {m[2]} "
            if _is_adjective(m[2]) and not _is_adjective(m[1]) and m[1] not in _DETERMINER_WORDS
            else m[0]
        ),
    ),
    (  # "bike: left side or right side of the pic?"
        r"^\s*(?:the )?([a-z]+)\s*[:,-]\s*(?:on the )?left(?: side)? or (?:on the )?right(?: side)?(?: of the "
        r"(?:pic|picture|photo|image))?(?=\s*[?.!]*\s*$)",
        r" is the \1 on the left or on the right ",
    ),
    (
        r"^\s*who is (?:the )?(?:furthest|farthest|most) (?:to the )?(left|right)(?=\s*[?.!]*\s*$)",
        r" who is the \1most person ",
    ),
    (r"^\s*both ([a-z ]+?) (?:the )?same (colou?r|size|shape|material)(?=\s*[?.!]*\s*$)", r" are both \1 the same \2 "),
    (
        r"\bhow many ([a-z ]+?) did (?:she|he|they|you|i|we|my [a-z]+|the [a-z]+) (?:draw|use|make|paint|colou?r|put)"
        r"(?: in| on)?(?=\s*[?.!]*\s*$)",
        r"how many \1 are there",
    ),
    (
        r"^\s*how many (?:are )?(?=in the (?:top|bottom|middle) row\b|at the (?:top|bottom)\b|on the (?:left|right)\b)",
        " how many things are ",
    ),
    (  # "in the bottom row whats second from the right"
        r"^\s*in the (top|bottom) row\s*,?\s*what(?: is| 's)? (?:the )?(first|second|third|fourth|last) "
        r"(?:one |shape |thing )?from the (left|right)(?=\s*[?.!]*\s*$)",
        r" what is the \2 shape from the \3 at the \1 ",
    ),
    (  # "there's an animal in the picture, which animal is it"
        r"^\s*there is an? ([a-z]+)(?: in the (?:picture|photo|image))?\s*[,.;]\s*(?:which|what) (?:kind of )?"
        r"([a-z]+) is it(?=\s*[?.!]*\s*$)",
        lambda m: f" what {m[1]} is in the picture " if m[1] == m[2] else m[0],
    ),
    (  # "theres something behind the bus what is it"
        rf"^\s*there is (?P<what>something|an? [a-z]+) (?P<place>{_INTRO_PLACE}) "
        r"(?P<anchor>the (?:(?!that |which |who )[a-z]+ )*?[a-z]+)\s*[,.;]?\s*"
        r"(?P<question>(?:what|which|how)\b.*\bit\b.*)$",
        lambda m: _placed_then_asked(m["what"], m["place"], m["anchor"], m["question"]) or m[0],
    ),
    (
        r"^\s*(the [a-z]+ in [a-z]+) what colou?r ([a-z]+) does (?:he|she) have on(?=\s*[?.!]*\s*$)",
        r" what colour \2 does \1 have on ",
    ),
    (  # "the woman in red is holding a dog what colour is it": the dog she holds
        r"^\s*(?P<who>the [a-z ]+?) (?:is|are) (?P<verb>"
        + "|".join(_PARTICIPLES)
        + r") (?P<what>an? [a-z]+)\s*[,.;]?\s*"
        r"(?P<question>(?:what|which|how)\b.*\bit\b.*)$",
        lambda m: re.sub(
            r"\bit\b",
            f"the {m['what'].split(' ', 1)[1]} {_PARTICIPLES[m['verb']]} by {m['who']}",
            m["question"],
            count=1,
        ),
    ),
    (
        r"^\s*(?:which|what) (shape|thing|one) is on the far (left|right) of the (top|bottom|upper|lower) (?:row|line)"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" what is the {m[2]}most {m[1] if m[1] != 'one' else 'thing'} at the {_ROW.get(m[3], m[3])} ",
    ),
    (
        r"^\s*(top|bottom) (left|right) (shape|thing|object|one) (colou?r|shape|size)(?=\s*[?.!]*\s*$)",
        r" what \4 is the \3 at the \1 \2 ",
    ),
    (
        r"^\s*(the [a-z ]+?) (?:her|his|their) clothes (?:are|is) (?:which|what) colou?r(?=\s*[?.!]*\s*$)",
        r" what colour is \1 wearing ",
    ),
    (r"\s+in there somewhere\b", " "),
    # --- round 42 (blind44): an object introduced by its place, then asked about ("the big brown block has a big
    # can on its left. which colour is the can?", "the woman stands to the right of a cup. that cup, what colour
    # is it?"): the grammar's "there is Y REL X ; ... it"
    (
        r"^\s*(?:look at |take |find )?(?P<anchor>the [a-z ]+?) (?:has|have) (?:got )?"
        r"(?P<what>(?:an?|some) [a-z ]+?|something) "
        rf"(?:somewhere |just |right )?(?P<place>{_INTRO_PLACE}) (?:it|her|him|them)?\s*[.;,]?\s*"
        r"(?P<question>(?:how many|what|which|who|is|are|does|do|can you)\b.*)$",
        lambda m: _placed_then_asked(m["what"], m["place"], m["anchor"], m["question"]) or m[0],
    ),
    (
        rf"^\s*(?P<anchor>the [a-z ]+?|it) (?:is |stands |sits |is standing |is sitting |is lying |lies )"
        rf"(?P<place>{_INTRO_PLACE}) (?P<what>an? [a-z ]+?|something)\s*[.;,]\s*"
        r"(?P<question>(?:how many|what|which|who|is|are|does|do|can you|that)\b.*)$",
        lambda m: (
            _placed_then_asked(m["what"], _INVERSE_PLACE.get(m["place"], m["place"]), m["anchor"], m["question"])
            or m[0]
        ),
    ),
    (
        rf"^\s*(?:look at |take |find )?(?P<anchor>the [a-z ]+?)\s*[.;,]\s*(?P<place>{_INTRO_PLACE}) (?:it|her|him)?\s*"
        r",?\s*there (?:is|are) (?:an?|some) (?P<what>[a-z ]+?)\s*[.;,]\s*"
        r"(?P<question>(?:how many|what|which|who|is|are|does|do|can you)\b.*)$",
        lambda m: _placed_then_asked(m["what"], m["place"], m["anchor"], m["question"]) or m[0],
    ),
    (
        rf"^\s*there is (?P<anchor>an? [a-z ]+?) and (?P<place>{_INTRO_PLACE}) it (?P<what>an? [a-z ]+?)\s*[.;,]?\s*"
        r"(?P<question>(?:how many|what|which|who|is|are|does|do|can you)\b.*)$",
        lambda m: (
            _placed_then_asked(m["what"], m["place"], "the " + m["anchor"].split(" ", 1)[1], m["question"]) or m[0]
        ),
    ),
    (
        rf"^\s*(?:something|a thing) (?:is |sits |stands |lies )(?:found )?(?P<place>{_INTRO_PLACE}) "
        r"(?P<anchor>the [a-z ]+?)\s*[.;,]\s*(?P<question>(?:how many|what|which|who|is|are|does|do)\b.*)$",
        lambda m: _placed_then_asked("thing", m["place"], m["anchor"], m["question"]) or m[0],
    ),
    (r"\b(?:what|which) colou?r (?:has|have) (it|they|he|she|the [a-z ]+?) got\b", r"what colour is \1"),
    (  # "next to the plate there is something made of metal. which colour is it?"
        rf"^\s*(?P<place>{_INTRO_PLACE}) (?P<anchor>the [a-z ]+?)\s*,?\s*there (?:is|are) "
        r"(?P<what>(?:an?|some) [a-z ]+?|something(?: [a-z ]+?)?)\s*[.;,]\s*"
        r"(?P<question>(?:how many|what|which|who|is|are|does|do|can you)\b.*)$",
        lambda m: _placed_then_asked(m["what"], m["place"], m["anchor"], m["question"]) or m[0],
    ),
    # round 42b (blind44): a topic asked about as "it"/"they", counts of "or", "the same X as it", said plainly
    (
        r"^\s*(?P<topic>(?:the|those|these) [a-z ]+?)\s*[,.;:-]?\s*(?P<verb>is|does|are|do) "
        r"(?:it|they|those two|both)(?: both)?"
        r"(?P<rest> (?:made|the same|as|have|has|of the|coloured|colored|same|different|bigger|smaller|larger)\b.*)$",
        lambda m: (
            m[0]
            if re.search(r"\b(?:what|how|where|when|why)\b", m["topic"])
            or re.search(r"\b(?:is|are|was|were|has|have)\b", m["topic"])
            and not re.search(r"\b(?:that|who|which)\b", m["topic"])
            else f" {m['verb']} {m['topic']}{m['rest']} "
        ),
    ),
    (
        r"\b(is|are) (it|they|the [a-z]+(?: [a-z]+)?)(?<!\bthe) same (colou?r|size|shape|material)\b",
        r"\1 \2 the same \3",
    ),
    (r"^\s*(those two [a-z]+|the two [a-z]+)\s*[,.;:-]?\s*(?:it|they) have the same\b", r" do \1 have the same"),
    (r"\s*,?\s*(?:those two|the two of them|do you think|you think)(?=\s*[?.!]*\s*$)", " "),
    (
        r"\bthe same (material|colou?r|size|shape) (?:that|which) (the [a-z ]+?) (?:is|are) made of\b",
        r"the same \1 as \2",
    ),
    (r"\bthe same (material|colou?r|size|shape) (?:that|which) (the [a-z ]+?) (?:has|have)\b", r"the same \1 as \2"),
    (r"\b(the same (?:material|colou?r|size|shape) as (?:the )?[a-z ]+?) (?:does|is|has|do)(?=\s*[?.!]*\s*$)", r"\1"),
    (  # "grey ball and red can. same size?"
        r"^\s*(?:the )?([a-z ]+?) and (?:the )?([a-z ]+?)\s*[.,:;-]\s*(?:the )?same (colou?r|size|shape|material)"
        r"(?=\s*[?.!]*\s*$)",
        r" are the \1 and the \2 the same \3 ",
    ),
    (r"\b(have|has) got (?=the same\b|that same\b)", r"\1 "),
    (r"\b(thing|things|one|ones|object|objects) that got the same\b", r"\1 that have the same"),
    (  # "not counting the little cube itself, how many other things have the same colour as it"
        r"^\s*(?:not counting|apart from|besides|other than|except(?: for)?) (the [a-z ]+?)(?: itself)?\s*,\s*"
        r"(how many (?:other )?[a-z ]+? (?:have|has|are|is) (?:made of )?(?:the same|that same) (?:colou?r|size|shape|"
        r"material)) as (?:it|that)(?=\s*[?.!]*\s*$)",
        r" \2 as \1 ",
    ),
    (  # "how many things are the same size as the red ball, not counting it": the others
        r"^\s*how many (things|objects) ((?:are|have|has) (?:made of )?(?:the same|that same) (?:colou?r|size|shape|"
        r"material) as (the [a-z ]+?))\s*,?\s*(?:not counting (?:it|itself|that one)|other than (?:it|itself)|apart "
        r"from (?:it|itself))(?=\s*[?.!]*\s*$)",
        r" how many other \1 \2 ",
    ),
    (  # "the cylinder is a certain size, how many other things are that size too", "the big ball is made of some
        # material. how many cylinders are made of that same material?"
        r"^\s*(the [a-z ]+?) (?:is|has) (?:made of )?(?:a certain|some|one|a) (colou?r|size|shape|material)"
        r"\s*[.,;:]?\s*"
        r"how many ((?:other )?[a-z]+) (?:is|are) (?:made of )?(?:that|the same|that same) (?:colou?r|size|shape|"
        r"material)(?: too| as well)?(?=\s*[?.!]*\s*$)",
        r" how many \3 are the same \2 as \1 ",
    ),
    (  # "look at the huge ball. how many other objects have got that same colour?"
        r"^\s*(?:look at |take |find )?(the [a-z ]+?)\s*[.;:]\s*(how many (?:other )?[a-z ]+? (?:have|has|are|is) "
        r"(?:made of )?)(?:that same|that|the same) (colou?r|size|shape|material)(?=\s*[?.!]*\s*$)",
        r" \2the same \3 as \1 ",
    ),
    (  # "the rectangle is yellow. how many other shapes are yellow too?": the others that are
        r"^\s*(the [a-z ]+?) is ([a-z]+)\s*[.,;:]\s*how many other ([a-z]+) are \2(?: too| as well)?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" how many {m[3]} other than {m[1]} are {m[2]} " if _is_adjective(m[2]) else m[0],
    ),
    (  # "one of the balls has the same colour as the purple cylinder. what is that ball made of?"
        r"^\s*one of the ([a-z]+) (has|is) (.+?)\s*[.;]\s*(?P<question>(?:how many|what|which|is|are|does|do)\b.*)$",
        lambda m: _referred(f"{singular(m[1])} that {m[2]} {m[3]}", m["question"]) if m[1].endswith("s") else m[0],
    ),
    (  # "there is a big ball that has ...; how many things are left of that big one": "that one" is it
        r"^(?P<intro>\s*there is an? (?P<what>[a-z ]+?)\s*;\s*)(?P<question>.*\bthat (?:[a-z]+ )?(?:one|thing)\b.*)$",
        lambda m: (
            m["intro"]
            + re.sub(r"\bthat (?:(?:big|small|little|large|tiny|huge) )?(?:one|thing)\b", "it", m["question"])
        ),
    ),
    (r"^\s*count up (everything|all the things|all the objects) that (?:is|are)\b", r" how many things are"),
    (r"\b(either (?:made of )?[a-z]+) or (?:is|are) an? ([a-z]+)(?=\s*[?.!]*\s*$)", r"\1 or \2s"),
    (r"\b(made) from (the same|some|that same)\b", r"\1 of \2"),
    (r"^\s*what(?: is|'s| 's) the total (?:number )?of (things|objects) that are\b", r" how many \1 are"),
    (r"^\s*of the ([a-z]+) how many (?:r|are)\b", r" how many of the \1 are"),
    (r"^\s*counting ([a-z]+) only\s*,?\s*how many of them are\b", r" how many \1 are"),
    (r"(\bor [a-z]+)\s*,\s*or both(?=\s*[?.!]*\s*$)", r"\1 "),
    # round 42c: a place said first, then what is asked there
    (
        rf"^\s*(?P<place>{_INTRO_PLACE}) (?P<anchor>the [a-z ]+?)\s*,?\s*is there "
        r"(?P<rest>(?:anything|something|an?|any) [a-z ]+?)(?=\s*[?.!]*\s*$)",
        lambda m: f" is there {m['rest']} {_place_phrase(m['place'])} {m['anchor']} ",
    ),
    (
        rf"^\s*(?P<place>{_INTRO_PLACE}) (?P<anchor>the (?:(?:big|small|little|large|tiny|huge|{_COLOUR_WORDS}|metal|"
        r"rubber|shiny|matte) )+[a-z]+) (?P<what>[a-z]+s) how many(?=\s*[?.!]*\s*$)",
        lambda m: f" how many {m['what']} are {_place_phrase(m['place'])} {m['anchor']} ",
    ),
    (
        rf"^\s*(?P<place>{_INTRO_PLACE}) (?P<anchor>the [a-z ]+?)\s*,\s*(?P<what>the [a-z ]+?)\s*[-,:]?\s*"
        r"what (?:is|'s) it made of(?=\s*[?.!]*\s*$)",
        lambda m: f" what is {m['what']} {_place_phrase(m['place'])} {m['anchor']} made of ",
    ),
    (r"\bcolou?red the same as\b", "the same colour as"),
    (r"^\s*is it (more|fewer|less) ([a-z ]+?) than\b", r" are there \1 \2 than"),
    (r"\b(?:hidden|tucked|lurking) (behind|in front of|next to|beside|near)\b", r"\1"),
    (  # "is the big blue ball shiny like the brown can": both are
        r"^\s*is (the [a-z ]+?) ([a-z]+) like (the [a-z ]+?)(?=\s*[?.!]*\s*$)",
        lambda m: f" are {m[1]} and {m[3]} both {m[2]} " if _is_adjective(m[2]) else m[0],
    ),
    (  # "whoever is holding the dog, what colour are they wearing?": the person who is
        r"^\s*whoever (is|was) ([a-z ]+?)\s*,\s*(?P<question>(?:what|which|how|is|are|does|do)\b.*)$",
        lambda m: (
            " "
            + re.sub(r"\b(?:they|them|he|she|him|her)\b", f"the person that {m[1]} {m[2]}", m["question"], count=1)
            + " "
        ),
    ),
    (  # "there's a red ball. behind it, can you see any large cylinder?": the place said first
        rf"^(?P<intro>\s*there is an? [a-z ]+?\s*[.;]\s*)(?P<place>{_INTRO_PLACE}) it\s*,\s*"
        r"(?P<question>(?:can you see|do you see|is there|are there|how many|what|which)\b.*?)(?=\s*[?.!]*\s*$)",
        lambda m: f" {m['intro'].strip(' .;')} ; {m['question']} {_place_phrase(m['place'])} it ",
    ),
    # "take the big red ball. is there anything to its left ...", "pick out the big green cube. what colour is the
    # object closest to it?": the object picked out, named by "it"
    (
        r"^\s*(?:take|pick out|pick|look at|find|consider|focus on|notice|spot) (?:the |whatever (?:is )?(?:sitting |"
        r"standing |lying )?(?=to |in |on |behind |near |next |beside ))(?P<what>[a-z ]+?)(?: first)?"
        r"\s*[.;:]\s*"
        r"(?P<question>(?:how many|what|which|is|are|does|do)\b.*)$",
        lambda m: _named_by_it(m["what"], re.sub(r"\bthat one\b", "it", m["question"])) or m[0],
    ),
    (r"\b(?:on|to|at) (its|his|her|their) (left|right)(?:\s*-?\s*hand)? side\b", r"to \1 \2"),
    # "the object sitting between the ball and the cube", "who is standing between the boy and the girl": the place
    (r"\b(?:sitting|standing|lying|placed|located|positioned|situated) (?=between\b)", ""),
    (r"\b(objects|things|ones|shapes|people|items) (?:sit|stand|lie) (?=between\b)", r"\1 are "),
    (  # "between the blue cube and the gray cube, what colour are the things?": the things between them
        r"^\s*(?:in )?between (the [a-z ]+? and the [a-z ]+?)\s*,\s*(what (?:colou?r|shape|size|material) "
        r"(?:is|are) the (?:things?|objects?|ones?|shapes?))(?=\s*[?.!]*\s*$)",
        r" \2 between \1 ",
    ),
    (  # "blue background?", "is there a red background": the picture's background that colour
        r"^\s*(?:is (?:there|it|this) )?(?:an? )?([a-z]+) background(?: colou?r)?(?=\s*[?.!]*\s*$)",
        lambda m: f" is the background {m[1]} " if (LEXICON.attribute_of(m[1]) or ("",))[0] == "color" else m[0],
    ),
    # "in the background, behind the cylinder, how many ...", "in the foreground, in front of the ball": the place
    (r"\bin the (?:background|foreground|distance)\s*,\s*(?=(?:behind|in front of|beyond)\b)", " "),
    (r"^\s*in the (?:background|foreground|distance)\s*,?\s*(?=(?:behind|in front of|beyond)\b)", " "),
    (r"\b(?:furthest|farthest) (?:in|into) the background\b", "furthest back"),
    (r"\b(?:closest|nearest|furthest forward) in the foreground\b", "closest to the front"),
    (
        r"\b(the (?:thing|object|one|shape)) (?:right|furthest|farthest|most|very much) in the foreground\b",
        r"\1 closest to the front",
    ),
    (
        r"\b(the (?:thing|object|one|shape)) (?:right|furthest|farthest|most|very much) in the background\b",
        r"\1 furthest back",
    ),
    (  # "in front of it, nearer to the camera, than": the same place said again
        r"\b(in front of (?:it|them|the [a-z ]+?))\s*,\s*(?:nearer|closer) to (?:the camera|me|the viewer|us)\s*,?\s*",
        r"\1 ",
    ),
    (
        r"\b(behind (?:it|them|the [a-z ]+?))\s*,\s*(?:further|farther) (?:from|away from) "
        r"(?:the camera|me|the viewer|us)\s*,?\s*",
        r"\1 ",
    ),
    (  # "I'm trying to describe this scene to a friend over the phone. The thing ...": what the asker is doing
        r"^\s*(?:i 'm|i am|we 're|we are) (?:trying to|doing|playing|working|helping|learning|describing|writing|"
        r"making|testing|checking|teaching)\b[^.?!:]*[.!]\s*(?=\S)",
        " ",
    ),
    (  # "I'm not great with colours, so bear with me: are there ...": the asker's talk, then the question (kept
        # where the question points back at it: "before I move the gray cube: is the cylinder closer than it is?")
        r"^\s*[^:?]*\b(?:i|i 'm|i am|my|me|we|we 're|our|us)\b[^:?]*:\s*"
        r"(?P<question>(?:how many|what|which|where|is|are|does|do|can you|could you)\b.*)$",
        lambda m: m[0] if re.search(r"\b(?:it|its|them|they|their)\b", m["question"]) else f" {m['question']}",
    ),
    (  # "are most of the balls big ones": the adjective
        r"^(\s*(?:are|is) (?:most|all but one|more than half|at least half|exactly half|less than half|all|none|any) "
        r"(?:of )?(?:the )?[a-z ]+? )([a-z]+) ones(?=\s*[?.!]*\s*$)",
        lambda m: m[1] + m[2] if _is_adjective(m[2]) else m[0],
    ),
    (  # "all but one of these things are cubes?": exactly one of them is some other kind
        r"^\s*all but one (?:of )?(?:the |these |those )?([a-z ]+?) (?:are|is) ([a-z]+s)(?:\s*,?\s*"
        + _CLAIM_TAG
        + r")?(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" is there exactly one {singular(m[1])} that is not a {singular(m[2])} " if not _stated(m[2]) else m[0]
        ),
    ),
    (  # "as many trees as dogs?", "more cubes than balls?": a comparison of counts without its verb
        r"^\s*(as many|more|fewer) ([a-z ]+?) (as|than) ([a-z ]+?)(?=\s*[?.!]*\s*$)",
        r" are there \1 \2 \3 \4 ",
    ),
    (  # "bike on the right of the bench yes or no": a place claimed without its verb
        r"^\s*(?:the |a )?([a-z]+) ((?:on the (?:left|right) of|to the (?:left|right) of|left of|right of|behind|in "
        r"front of|near|next to|beside|above|below|under) (?:the |a )?[a-z ]+?)\s*,?\s*(?:yes or no|true or false|"
        r"y/n)(?=\s*[?.!]*\s*$)",
        r" is the \1 \2 ",
    ),
    (  # "the tree behind the woman in red which side of the picture is it on"
        r"^\s*(the [a-z ]+?)\s*,?\s*which side(?: of the (?:picture|image|photo))? is (?:it|she|he) on"
        r"(?=\s*[?.!]*\s*$)",
        r" on which side of the picture is \1 ",
    ),
    (
        r"^\s*(the [a-z ]+?) (is|are) (?:it|they) (?=(?:above|below|under|behind|in front of|on|near|next to|beside|"
        r"left of|right of|to the)\b [a-z])(?!.*\bwhich side\b)",
        r" \2 \1 ",
    ),
    (r"\bmore (near|close) to\b", r"\1r to"),
    (r"\bmore far (from|away from)\b", r"farther \1"),
    # "number of non-circle shapes", "how many non circles", "a non-circle shape": the things of other kinds
    # ("non-red", "non metal": a value the grammar negates itself)
    (
        r"\bnon[- ]?([a-z]+?)(s?)(?: (shape|thing|object|figure|item)(s?))?\b",
        lambda m: (
            (
                f"{m[3] or 'thing'}{m[4] if m[3] else m[2]} other than {m[1]}{m[2] or m[4]}"
                if m[2] or m[4]
                else f"{m[3]} other than {'an' if m[1][0] in 'aeiou' else 'a'} {m[1]}"
            )
            if known_name(m[1])
            and m[1] not in GENERIC_NAMES
            and (LEXICON.attribute_of(m[1]) is None or (m[2] and not m[3]))  # "non squares": of other kinds
            and (m[2] or m[3])
            else m[0]
        ),
    ),
    # "are all the shapes different (from each other)?": of different kinds; "is any shape repeated?", "is any colour
    # used twice?": whether two share one
    (
        r"^\s*are (?:all )?the (shape|figure|object|thing|item)s (?:all )?different"
        r"(?: from (?:each other|one another))?\s*[?.!]*\s*$",
        r" are all the \1s different shapes ",
    ),
    (
        r"^\s*(?:is|are) (?:any|a) (shape|colou?r|size)s? (?:repeated|used (?:twice|more than once)|used again|"
        r"there twice)\s*[?.!]*\s*$",
        r" are there two shapes of the same \1 ",
    ),
    # "which colour is used most", "what shape occurs the most": the one that appears most often
    (
        r"^(\s*(?:which|what) (?:colou?r|shape|size)) (?:is )?(?:used|occurs?) (?:the )?most(?: often)?"
        r"(?=\s*[?.!]*\s*$)",
        r"\1 appears most often",
    ),
    # "is the circle closer to the square or to the triangle": which of the two is closer to it
    (
        r"^\s*is (the [a-z ]+?) (closer|nearer|farther|further) (?:to|from) (the [a-z ]+?),? or (?:to |from )?"
        r"(the [a-z ]+?)\s*[?.!]*\s*$",
        lambda m: f" which is {m[2]} {'from' if m[2] in ('farther', 'further') else 'to'} {m[1]} , {m[3]} or {m[4]} ",
    ),
    # shapes that overlap: "does the triangle overlap (with) the circle", "do the square and the circle overlap",
    # "are any shapes overlapping", "how many shapes overlap another shape" (the relation "overlapping")
    (
        r"^\s*does (the [a-z ]+?) overlap(?: with)? (the [a-z ]+?)\s*[?.!]*\s*$",
        r" is \1 overlapping \2 ",
    ),
    (
        r"^\s*(?:do|are) (the [a-z ]+?) and (the [a-z ]+?) (?:overlap|overlapping)(?: (?:with )?(?:each other|one "
        r"another))?\s*[?.!]*\s*$",
        r" is \1 overlapping \2 ",
    ),
    (  # "do the square and the circle touch", "is the star touching the triangle": drawn shapes that meet
        rf"^\s*(?:(?:do|are) (the (?:[a-z]+ )*?(?:{_DRAWN})) and (the (?:[a-z]+ )*?(?:{_DRAWN}))"
        rf" (?:touch|touching)(?: each other| one another)?|is (the (?:[a-z]+ )*?(?:{_DRAWN})) touching "
        rf"(the (?:[a-z]+ )*?(?:{_DRAWN})))\s*[?.!]*\s*$",
        lambda m: f" is {m[1] or m[3]} overlapping {m[2] or m[4]} ",
    ),
    (
        r"^\s*(?:(?:are|do) (?:any )?(?:of )?(?:the )?([a-z]+?)s? (?:overlap|overlapping)"
        r"(?: (?:with )?(?:each other|one another))?|are there (?:any )?overlapping ([a-z]+?)s?)\s*[?.!]*\s*$",
        lambda m: f" is any {m[1] or m[2]} overlapping another {m[1] or m[2]} ",
    ),
    (
        r"^\s*how many ([a-z]+?)s? (?:overlap|are overlapping) (?:another|other|any other|an?)(?: [a-z]+?s?)?"
        r"\s*[?.!]*\s*$",
        r" how many \1s are overlapping other \1s ",
    ),
    # "(tell me) the shape and colour of the object", "describe the shape and its colour": both, said together
    (
        r"^\s*(?:what (?:is|are) )?the ((?:size|colou?r|shape) and (?:size|colou?r|shape)) of (.+?)\s*[?.!]*\s*$",
        r" what is the \1 of \2 ",
    ),
    (
        r"^\s*(?:describe|name|give|state) (the|this|that) (shape|object|figure|thing|item) and (?:its|the) "
        r"(colou?r|size)\s*[?.!]*\s*$",
        r" what \3 and shape is \1 \2 ",
    ),
    # "is the triangle located in the upper half", "is the star drawn on the right side": where it is
    (
        r"^(\s*(?:is|are) (?:the|this|that|these|those) [a-z ]+?) (?:located|situated|positioned|placed|found|drawn|"
        r"shown|seen|displayed|depicted)(?= (?:in|on|at|near|towards?) (?:the|this)\b)",
        r"\1",
    ),
    # "which corner is the circle in": the quadrant it is in; "what is the position of the square": where it is in
    # the picture ("in which part": GQA's left or right)
    (
        r"^\s*(?:in |at )?(?:which|what) (?:corner|quadrant)(?: of the (?:picture|image|photo|frame|drawing|canvas|"
        r"scene))? (?:is|are) (the [a-z ]+?)(?: (?:in|at|located|positioned|placed|found|sitting|lying))?(?: in)?"
        r"\s*[?.!]*\s*$",
        r" what quadrant is \1 ",
    ),
    (
        r"^\s*(?:in |at )?(?:which|what) (?:position|spot)"
        r"(?: of the (?:picture|image|photo|frame|drawing|canvas|scene))? (?:is|are) (the [a-z ]+?)"
        r"(?: (?:in|at|on|located|positioned|placed|found|sitting|lying))?(?: in)?\s*[?.!]*\s*$",
        r" where is \1 ",
    ),
    (
        r"^\s*what is the (?:position|placement|whereabouts) of (the [a-z ]+?)(?: in the (?:picture|image|photo|frame|"
        r"drawing))?\s*[?.!]*\s*$",
        r" where is \1 ",
    ),
    # "which is further up, the circle or the square", "is it further down than the cube": higher, lower
    (
        r"\b(?:further|farther|more) (up|down)(?: in the (?:picture|image|photo|frame))?(?! (?:the|from|to)\b)",
        lambda m: " higher" if m[1] == "up" else " lower",
    ),
    (r"\b(nearer|closer|farther|further) (to|from) camera\b", r"\1 \2 the camera"),
    (r"\bon (left|right) of\b", r"on the \1 of"),
    (  # learners' "than grey ball", "of big red cube": the article left out before a described object
        r"\b(than|to|behind|from|near|beside|is) ((?:(?:big|small|large|little|tiny|huge|gray|grey|red|blue|green|"
        r"brown|purple|cyan|yellow|metal|rubber|shiny|matte) )+(?:ball|sphere|cube|block|cylinder))\b",
        r"\1 the \2",
    ),
    (r"\bwhat (material|colou?r|shape|size) (it|they) (?:is|are) made(?: of)?\b", r"what \1 is \2 made of"),
    (r"^(\s*of the (?:two|three|four|five|\d+) [a-z]+) (?=the one\b)", r"\1 , "),
    (  # "counting people from the left, what colour is the second one wearing?"
        r"^\s*counting (?:the )?([a-z]+) from the (left|right|front|back)(?:[ -]hand)?(?: edge| side)?\s*,?\s*"
        r"(.*?)\bthe (first|second|third|fourth|fifth|last) one(?: along)?\b",
        lambda m: f" {m[3]}the {m[4]} {_one_of(m[1])} from the {m[2]}",
    ),
    (  # "the person furthest to the right: is that a man or a woman?"
        r"^\s*(the [a-z ]+?)\s*[:,-]?\s*is (?:that|it|this|he|she) (an? [a-z]+(?:(?:\s*,\s*| or )an? [a-z]+)*"
        r"\s*,? or an? [a-z]+)(?=\s*[?.!]*\s*$)",
        r" is \1 \2 ",
    ),
    (r"\s*,?\s*(?:the pair of them|both of them|the two of them)(?=\s*[?.!]*\s*$)", " "),
    (  # "both of the blue things - are they cylinders": both of them are
        r"^\s*both (?:of )?(?:the |these |those )?([a-z ]+?)\s*[-,:;]\s*are (?:they|the two|both)\b",
        r" are both the \1",
    ),
    (r"\band at the same time\b", "and"),
    (r"\b(have|has) got (?=an? )", r"\1 "),
    (  # "is anything else shiny apart from the ball": some shiny thing other than it
        rf"\b(?:anything|something)(?: else)? ({_CHECK_ADJECTIVES}) (?=other than|apart from|besides|except)",
        r"any \1 thing ",
    ),
    (  # "of the three balls, the middle one going left to right is what colour": the second from the left
        r"^\s*(?:of|among) the three ((?:[a-z]+ ){0,2}?[a-z]+)\s*,\s*the middle one "
        r"(?:going |counting |reading )?(?:from )?"
        r"(?:left to right|the left|right to left|the right)\s*(?:,\s*)?(?:is )?what (colou?r|shape|size|material)"
        r"(?: is it)?(?=\s*[?.!]*\s*$)",
        lambda m: f" what {m[2]} is the second {_one_of(m[1])} from the left ",
    ),
    (  # "whichever dog is further left, who's holding it?": the one furthest that way
        r"^\s*whichever ([a-z]+) is (?:further|farther|more|most) (?:to the )?(left|right)\s*,\s*(?P<question>.*)$",
        lambda m: _named_by_it(f"{m[2]}most {m[1]}", m["question"]) or m[0],
    ),
    (r"\bare out and about\b", "are there"),
    (  # "is anybody besides the two men wearing a tie": someone wearing one who is not a man
        r"^\s*is (?:there )?(anybody|anyone|someone|somebody|anything|something|any person|any thing) (?:else )?"
        r"(?:besides|other than|apart from|"
        r"except(?: for)?) the (?:two |three |four )?([a-z]+) ((?:wearing|holding|carrying|riding|eating|using|"
        r"touching|sitting|standing|walking|throwing) .+?)(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" is there a {'thing' if m[1].endswith('thing') else 'person'} that is {m[3]} and is not a "
            f"{_one_of(m[2])} "
        ),
    ),
    (  # "what else is purple besides the ball?": the other purple things, named
        r"^\s*what else is ([a-z]+)\s*,?\s*(?:besides|apart from|aside from|other than|except(?: for)?) (the [a-z ]+?)"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" what are the {m[1]} things other than {m[2]} " if _is_adjective(m[1]) else m[0],
    ),
    # --- round 41 (blind43): comparing and describing things
    (  # "which dog is with the girl, the black one or the white one": what tells the one that is apart
        r"^\s*which ([a-z]+) (is|has|are|was|does) (.+?)\s*,?\s*(?:is it )?the (?:one )?(?:in |on the )?([a-z]+)"
        r"(?: one)? or the (?:one )?(?:in |on the )?([a-z]+)(?: one)?(?=\s*[?.!]*\s*$)",
        lambda m: (
            m[0]  # "the left one or the right one" of two: left of each other, which no place in the picture says
            if {m[4], m[5]} == {"left", "right"}
            and "on the " not in m[0]
            or m[3] in _FRONTMOST  # "which shape is on top, the red one or ...": the one on the other (below)
            else _which_told_apart(m[1], f"{m[2]} {m[3]}", m[4], m[5]) or m[0]
        ),
    ),
    (r"\bmade (?:out )?of different materials?(?=\s*[?.!]*\s*$)", "different materials"),
    (r"\b(?:dressed|clothed) in the same colou?rs?\b", "the same colour"),  # "are both women dressed in ..."
    (r"\s*,?\s*or are they (?:different|not)(?=\s*[?.!]*\s*$)", " "),
    (  # "which cylinder is bigger, brown or grey": the brown one or the grey one
        r"^\s*which ([a-z]+) is ((?:bigger|smaller|larger|closer|nearer|further|farther|more|taller|shorter)[a-z ]*?)"
        r"\s*,\s*(?:the )?([a-z]+) or (?:the )?([a-z]+)(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" which {m[1]} is {m[2]} , the {m[3]} one or the {m[4]} one "
            if _is_adjective(m[3]) and _is_adjective(m[4])
            else m[0]
        ),
    ),
    (  # "is anything here not made of metal": something that is not
        r"^\s*is (?:there )?(anything|something|anyone|anybody|any thing|any person)(?: here| in (?:the|this) "
        r"(?:picture|image|photo|scene))? not (?=[a-z])",
        r" is there \1 that is not ",
    ),
    (  # "leave out the balls, how many things are left", "anything except the cubes - how many things is that"
        r"^\s*(?:leave out|leaving out|not counting|ignore|ignoring|excluding|(?:anything|everything) (?:except|but|"
        r"other than|apart from|besides)) (the [a-z ]+?)\s*[-,:]?\s*how many (things|objects|items|shapes)? ?"
        r"(?:are left|remain|are there|is that|are they|do you get)(?=\s*[?.!]*\s*$)",
        lambda m: f" how many {m[2] or 'things'} other than {m[1]} are there ",
    ),
    (r"\bwhich one (?:is )?more (big|small|large|near|close|far)\b", lambda m: f"which one is {_MORE[m[1]]}"),
    (r"\bmost (near|close) to (?:the )?camera\b", r"\1est to the camera"),
    (r"\bwhat colou?r (is|are) (he|she|they|it|the [a-z ]+?) dressed in\b", r"what colour \1 \2"),
    (  # "the man who's wearing the red tie, what colour is he wearing": he is that man
        r"^\s*the (?P<what>[a-z ]+?)\s*[,:;-]\s*(?P<question>(?:what|which|how|is|are|does|do)\b.*\b(?:he|she|him|her|"
        r"his)\b.*)$",
        lambda m: (
            m[0]
            if re.search(r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:is|are|was|were)\b", m["what"])
            else _named_by_it(m["what"], m["question"]) or m[0]
        ),
    ),
    (r"\bthe clothes of (the [a-z ]+?)(?=\s*[?.!]*\s*$)", r"\1"),
    (
        r"^\s*(the [a-z ]+?)\s*[-,:]\s*what colou?r (?:are|is) (?:her|his|their) clothes(?=\s*[?.!]*\s*$)",
        r" what colour is \1 wearing ",
    ),
    (  # "the dog the lady is holding is it a big one": whether it is big
        r"^\s*(the [a-z ]+?) (?:is|are) (?:it|they|she|he) an? ([a-z]+) one(?=\s*[?.!]*\s*$)",
        lambda m: f" is {m[1]} {m[2]} " if _is_adjective(m[2]) else m[0],
    ),
    (  # "is the dog the lady is holding big": the dog held by the lady (the grammar's passive)
        r"^\s*is the ([a-z]+) (?:that |which )?(the [a-z]+) (?:is|are) (" + "|".join(_PARTICIPLES) + r") ([a-z]+)"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" is the {m[1]} {_PARTICIPLES[m[3]]} by {m[2]} {m[4]} " if _is_adjective(m[4]) else m[0],
    ),
    (
        r"^\s*(the [a-z ]+?) (is|are) (?:she|he) (?:standing |sitting |lying )?(?=(?:above|below|under|behind|in "
        r"front of|on|near|next to|beside|left of|right of|to the)\b)",
        r" \2 \1 ",
    ),
    (r"\bthe one (?=(?:holding|wearing|carrying|riding|throwing|catching|walking|eating|playing)\b)", "the person "),
    (r"^\s*what (shapes|colou?rs|things|objects) are there (?=(?:at|on|in) the\b)", r" what \1 are "),
    (
        r"\bin the middle of the (top|bottom|upper|lower) (?:row|line)\b",
        lambda m: f"at the {_ROW.get(m[1], m[1])} in the middle",
    ),
    (
        r"\bthe ([a-z]+) at the (left|right) end of the (top|bottom|upper|lower) (?:row|line)\b",
        lambda m: f"the {m[2]}most {m[1]} at the {_ROW.get(m[3], m[3])}",
    ),
    (r"\s+(?:on its own|all on its own|by itself|alone)(?= in the\b| at the\b| on the\b)", ""),
    (r"\bas many ([a-z]+) ((?:in|at|on) the [a-z ]+?) as ((?:in|at|on) the)\b", r"as many \1 \2 as \1 \3"),
    (  # "which shape in the bottom row is blue": the blue shape there
        r"^\s*which (shape|thing|object|one) ((?:at|on|in) the [a-z ]+?) is ([a-z]+)(?=\s*[?.!]*\s*$)",
        lambda m: f" which {m[3]} {m[1] if m[1] != 'one' else 'thing'} is {m[2]} " if _is_adjective(m[3]) else m[0],
    ),
    (r"(\bnot [a-z]+)((?: , [a-z]+)+) or ([a-z]+)\b", lambda m: m[1] + m[2].replace(" ,", " or") + " or " + m[3]),
    (  # "the big shape in the bottom row which one is it": what it is
        r"^\s*(the [a-z ]+?)\s*,?\s*(?:which one|what) is it(?=\s*[?.!]*\s*$)",
        lambda m: m[0] if re.search(r"\b(?:is|are|was|were)\b", m[1]) else f" what is {m[1]} ",
    ),
    (  # "for a blind user: ...", "teacher asking: ...", "museum guide here - ...": who asks, not what
        r"^\s*(?:for (?:a |my |the )?[a-z]+(?: [a-z]+)?\s*[:-]|as an? [a-z]+\s*[:-]|[a-z]+(?: [a-z]+)? (?:asking|here|"
        r"speaking)\s*[:-]|for (?:a |my )?(?:blind|deaf|visually impaired)(?: [a-z]+)?)"
        r"\s*(?=(?:how many|what|which|who|is|are|does|do|can|the)\b)",
        " ",
    ),
    (r"\b(as many [a-z ]+?) as there (?:are|is)\b", r"\1 as"),
    (  # "are there twice as many small shapes on it as ...", nothing named before: "it" is the picture or the sheet
        r"^(?P<before>\s*(?:are there|is there|how many|do you see|can you see)\b[^;:.]*?\b(?:shapes|things|objects|"
        r"items|drawings)) (?:on|in) it\b",
        lambda m: m[0] if re.search(r"\b(?:the|this|that|it|its)\b", m["before"]) else m["before"],
    ),
    (  # "most common colour among the shapes?": asked without a verb
        r"^\s*(?:the )?most (?:common|frequent|usual|popular) (colou?r|shape|size|material)"
        r"((?: (?:among|of|in) (?:the |all the )?[a-z ]+?)?)(?=\s*[?.!]*\s*$)",
        r" what is the most common \1\2 ",
    ),
    (r"\bhow many (more|fewer|less) ([a-z ]+?) are there then\b", r"how many \1 \2 are there than"),
    (  # "is the number of rubber things more than double the number of metal things"
        r"^\s*is the (?:number|count|amount) of ([a-z ]+?) (more|greater|fewer|less|smaller) than (double|twice|"
        r"three times|four times) the (?:number|count|amount) of ([a-z ]+?)(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" are there {'more' if m[2] in {'more', 'greater'} else 'fewer'} than "
            f"{'twice' if m[3] == 'double' else m[3]} as many {m[1]} as {m[4]} "
        ),
    ),
    (  # "red things and grey things combined, how many is that?", "ties in total?": how many there are
        r"^\s*([a-z ]+? and [a-z ]+?) (?:combined|put together|taken together|together|altogether|in total)\s*,?\s*"
        r"(?:how many (?:is that|are that|are there|does that make|do you get|is it|(?:have|'ve) (?:we|i|you) got|"
        r"do (?:we|i|you) (?:have|see|count|get)|can (?:you|i|we) (?:see|count))|what(?: is|'s| does) that "
        r"(?:come to|make))"
        r"(?=\s*[?.!]*\s*$)",
        r" how many \1 are there ",
    ),
    (r"^\s*([a-z]+s) (?:in total|altogether|all together|in all)(?=\s*[?.!]*\s*$)", r" how many \1 are there "),
    (  # "how many squares and rectangles together are there": both kinds counted
        r"^\s*how many ([a-z ]+? and [a-z ]+?) (?:combined|put together|taken together|together|altogether|in total) "
        r"(?=are there\s*[?.!]*\s*$)",
        r" how many \1 ",
    ),
    # "somebody is carrying the dog. who is this?": who (or what) it is that does it
    (
        r"^\s*(?:a person|somebody|someone|one person|something|a thing|one thing) (?P<be>is |are )?"
        r"(?P<what>[a-z][a-z ]*?)\s*[.;,!-]+\s*(?P<wh>who|what) (?:is|'s) (?:it|this|that|he|she|they)\s*[?.!]*\s*$",
        lambda m: f" {m['wh']} {'is ' if m['be'] else ''}{m['what']} ",
    ),
    # "something is sitting just to the left of the green ball. what is that made of?": asked of that thing
    (
        r"^\s*(?P<who>a person|somebody|someone|one person|something|a thing|one thing) (?P<be>is |are )?"
        r"(?:sitting |standing |lying |placed )?(?P<where>(?:just |right |directly )?(?:to the left of|to the right of|"
        r"left of|right of|behind|in front of|next to|near|beside|on|under|above|below) the [a-z ]+?)\s*[.;,!-]+\s*"
        r"(?P<question>(?:what|which|is|does)\b.*?\b(?:it|that|this)\b.*)$",
        lambda m: re.sub(
            r"\b(?:it|that|this)\b",
            f"the {'person' if m['who'] in _SOMEONE else 'thing'} {m['where']}",
            m["question"],
            count=1,
        ),
    ),
    # "the brown ball. how many objects are on its right-hand side?": a thing named alone, then asked about as "it"
    (
        r"^\s*the (?P<what>[a-z ]+?)(?:\s*\.+|\s+-+|\s*:)\s*"
        r"(?P<question>(?:how many|what|which|is|are|does|do)\b.*\b(?:it|its)\b.*)$",
        lambda m: (
            m[0] if _VERBS_OF_A_CLAIM & set(m["what"].split()) else _named_by_it(m["what"], m["question"]) or m[0]
        ),
    ),
    # "is there a cube? if so, what colour is it?": the question asked of that cube
    (
        r"^\s*is there an? (?P<what>[a-z ]+?)\s*[?.;,]\s*if (?:so|yes|there is(?: one)?),?\s*"
        r"(?P<question>(?:how many|what|which|is|are|does|do)\b.*)$",
        lambda m: _named_by_it(m["what"], m["question"]) or m[0],
    ),
    (  # "is there a cube? what colour is it?" (its "if so" dropped as talk): the question asked of that cube
        r"^\s*is there an? (?P<what>[a-z ]+?)\s*[?.]\s*(?P<question>(?:what|which|how)\b.*)$",
        lambda m: _named_by_it(m["what"], m["question"]) or m[0],
    ),
    # "there's a big blue cube. how many of the things to its right are cylinders?": "it" is that cube
    (
        r"^\s*there(?: 's|'s| is) (?:a|an|one|only one|just one|a single) (?P<what>[a-z ]+?)(?: here| in (?:the|this) "
        r"(?:picture|image|scene|photo))?\s*[.;:]\s*(?P<question>(?:how many|what|which|is|are|does|do)\b.*)$",
        lambda m: _named_by_it(m["what"], m["question"]) or m[0],
    ),
    # "... and she wants to know what colour the cup is": what follows "to know" is the question itself
    (
        r"^.*?\b(?:wants?|needs?|would like|'d like|wanted|needed|wondering|wonders?|curious) to know "
        r"(?=(?:what|how|which|who|whether|if|is|are|does|do)\b)(?!.*\b(?:those|these|them|they|it|its|their)\b)",
        "",
    ),
    # "what colour the cup is that sits between ...": an embedded question's order, with its relative clause after
    (
        r"^\s*what (colou?r|color|shape|size|material) (the [a-z ]+?) is ((?:that|which) .+?)(?=\s*[?.!]*\s*$)",
        r"what \1 is \2 \3",
    ),
    # "the cup that sits between the plate and the bottle": a posture before "between" says only where it is
    (r"\b(?:that|which) (?:sits|stands|lies|rests|is sitting|is standing|is lying|is resting) (?=between\b)", ""),
    # "is anybody wearing green": dressed in that colour
    (
        rf"\b(is (?:there )?(?:any|a) (?:person|one|man|woman|kid|child)) (?:wearing|dressed in) ({_COLOUR_WORDS})"
        r"(?=\s*[?.!]*\s*$)",
        r"\1 in \2",
    ),
    # "what i want to know is whether the blue cylinder is big" (its lead-in dropped above): the question itself
    (
        r"^\s*is (?:whether|if) (the [a-z ]+?) (is|are) ((?:made of |wearing |holding )?[a-z ]+?)"
        r"(?=\s*[?.!]*\s*$)",
        r" \2 \1 \3 ",
    ),
    # "if you counted them all up, would there be fewer ...": the count asked, not a hypothetical
    (
        r"\b(?:if )?(?:you|i|we|one) (?:counted|count|were to count|added)(?: them| it| everything| things)?"
        r"(?: all)?(?: up)?\s*,?\s*would there be\b",
        "are there",
    ),
    # "is anybody dressed in green", "is someone wearing a tie": a person
    (r"\bis (?:there )?(?:anybody|anyone|somebody|someone)(?: actually| really)?\b", "is there a person"),
    (
        rf"(?<!is )(?<!are )\b(the|a|an) (person|man|woman|lady|boy|girl|kid|child|guy) dressed (?:all )?in "
        rf"({_COLOUR_WORDS})\b",
        r"\1 \2 in \3",
    ),
    (r"\bis there a person dressed (?:all )?in\b", "is there a person in"),
    # "of the two balls, the one further back": of two, the one further back is the one furthest back
    (
        r"\b(the (?:one|[a-z]+)) (?:further|farther) (back|forward|away|to the left|to the right|left|right)\b"
        r"(?! than)",
        r"\1 furthest \2",
    ),
    # "everything to the right of the big blue cube - what colour is it all?": the topic asked about
    (
        r"^\s*(everything|all the things|all the objects) ((?:to the |in front of |behind |left of |right of )[a-z ]+?)"
        r" - what (colou?r|color|shape|material|size)s? (?:is it all|are they(?: all)?|is all of it)(?=\s*[?.!]*\s*$)",
        r"what \3 is \1 \2",
    ),
    # "the plate has something lying right beside it. what is it?": what is beside the plate
    (
        r"^\s*(the [a-z ]+?) (?:has|had|'s got|has got) something(?: [a-z]+ing)?(?: right| just| directly)? "
        r"(beside|next to|near|behind|in front of|to the left of|to the right of|on top of|under|above|below|on) "
        r"(?:it|them)\s*[.!,;]?\s*what is (?:it|that)(?=\s*[?.!]*\s*$)",
        r"what is \2 \1",
    ),
    # "..., counting everything?": the count's own scope said again
    (r",? counting (?:everything|all of them|them all|every one|each one)(?=\s*[?.!]*\s*$)", ""),
    # "not all the cyan balls are metal - am I right?": a claim that some one of them is not
    (
        r"^\s*(?:is it true that |is it the case that |true or false:? )?not all (?:of )?(?:the )?([a-z ]+?) are "
        r"([a-z]+)(?:\s*[-,]?\s*(?:am i right|right|correct|is that right|true|yes))?(?=\s*[?.!]*\s*$)",
        r"are there any \1 that are not \2",
    ),
    (
        r"^\s*(?:is it true that |is it the case that |true or false:? )?not every ([a-z ]+?) is "
        r"([a-z]+)(?:\s*[-,]?\s*(?:am i right|right|correct|is that right|true|yes))?(?=\s*[?.!]*\s*$)",
        r"is there a \1 that is not \2",
    ),
    # "is either circle large?": either one of the two
    (rf"\bis either ([a-z]+) ({_CHECK_ADJECTIVES})\b", r"is any \1 \2"),
    # gapping: "is the blue ball large, and the green cylinder?" -> both questions asked in full
    (
        rf"^\s*(is|are) (the [a-z ]+?) ({_ELLIPSIS_PREDICATE}) ,? and (the [a-z ]+?)(?: too| as well| also)?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: (
            m[0]
            if _PREDICATE_WORD.search(m[4])
            else f" {m[1]} {m[2]} {m[3]} and {m[1]} {_same_head(m[4], m[2])} {m[3]} "
        ),
    ),
    # "the purple cube is small. is the purple cylinder, too?": the statement's predicate asked of another
    (
        rf"^\s*(the [a-z ]+?|both [a-z]+|all (?:of )?the [a-z]+) (?:is|are) ({_ELLIPSIS_PREDICATE})\s*[.;,]\s*"
        r"(is|are) (the [a-z ]+?)\s*,?(?: too| as well| also)?(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[3]} {_same_head(m[4], m[1])} {m[2]} ",
    ),
    # "how many things are red or purple but not metal": the colours as the noun's, the exception after
    (
        rf"^\s*how many (things|objects|items|shapes) are ({_COLOUR_WORDS}) or ({_COLOUR_WORDS}) but "
        r"(?:are not|aren't|not) ",
        r" how many \2 or \3 \1 are not ",
    ),
    # "is it true that no cup is green", "is it the case that nobody wears yellow": that none is
    (
        r"^\s*(?:is it true|is it the case|is it right|would you say) that no ([a-z]+?) (?:is|are) "
        rf"({_CHECK_ADJECTIVES})(?=\s*[?.!]*\s*$)",
        lambda m: f" are there no {m[2]} {plural(singular(m[1]))} ",
    ),
    # "do you know whether ...", "what i want to know is whether ...", "i wonder whether ...": the question itself
    (
        r"^\s*(?:do you know|do you happen to know|can you tell me|what i (?:want|would like|'d like|need) to know is|"
        r"i wonder|i am wondering|i'm wondering) (?:whether|if) (?!you\b|i\b|we\b|they\b)(.+?) (is|are) "
        r"((?:made of |wearing |holding )?[a-z ]+?)(?=\s*[?.!]*\s*$)",
        r" \2 \1 \3 ",
    ),
    # "whatever's furthest to the right - what is it?": what is furthest to the right
    (
        r"^\s*whatever(?: 's|'s| is) ((?:furthest|farthest|closest|nearest|right|left)[a-z ]*?)\s*-\s*what is it"
        r"(?=\s*[?.!]*\s*$)",
        r" what is \1 ",
    ),
    # "what is it that sits furthest back": what sits there
    (
        r"^\s*(what|who) is it that(?:'s| is)? (?:sits|stands|lies|is sitting|is standing) "
        r"((?:furthest|farthest|closest|nearest|right|in the|at the)\b[a-z ]*?)(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]} is the {'person' if m[1] == 'who' else 'thing'} {m[2]} ",
    ),
    # "counting the people from the left, who's second?"
    (
        r"^\s*counting (?:the )?([a-z]+) from the (left|right|front|back)\s*,?\s*(?:who|what|which)(?: one)? is "
        r"(?:the )?(first|second|third|fourth|fifth|last)(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" who is the {m[3]} {singular(m[1])} from the {m[2]} "
            if singular(m[1]) in ("person", "people", "man", "woman", "kid", "child")
            else f" what is the {m[3]} {singular(m[1])} from the {m[2]} "
        ),
    ),
    # "of the cyan things, are most made of metal?": most of them
    (
        r"^\s*of the ([a-z ]+?)\s*,\s*are most (?:of them )?((?:made of )?[a-z ]+?)(?=\s*[?.!]*\s*$)",
        r" are most of the \1 \2 ",
    ),
    # "are any of the things in front of the big ball made of metal": the things, not the ball, are metal
    (
        rf"^\s*are any (?:of )?(?:the )?(things|objects|items) ({_PLACE_PHRASE} the [a-z ]+?) (?:made of )?"
        rf"({_CHECK_ADJECTIVES})(?=\s*[?.!]*\s*$)",
        r" are there any \3 \1 \2 ",
    ),
    # "how many of the things to the right of the big blue cube are cylinders"
    (
        rf"^\s*how many (?:of )?(?:the )?(things|objects|items) ({_PLACE_PHRASE} the [a-z ]+?) are (?:made of )?"
        r"([a-z]+)(?=\s*[?.!]*\s*$)",
        lambda m: f" how many {m[3]} are {m[2]} " if _plural_name(m[3]) else f" how many {m[3]} {m[1]} are {m[2]} ",
    ),
    # "is anything behind the small red cylinder the same colour as it?"
    (
        rf"^\s*is (?:there )?(anything|something) ({_PLACE_PHRASE}) (the (?:(?!that\b|which\b)[a-z]+ )+?)the same "
        rf"({ATTRIBUTE}) as (it|the [a-z ]+?)(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" is there anything {m[2]} {m[3].strip()} that has the same {m[4]} as "
            f"{m[3].strip() if m[5] == 'it' else m[5]} "
        ),
    ),
    # "the little girl", "the young boy": a child, whatever the graph says of sizes
    (r"\b(?:little|young|small) (girl|boy|kid|child|children|girls|boys|kids|baby)\b", r"\1"),
    # "who is dressed in pink", "who's wearing green": the person in that colour
    (
        rf"^\s*who(?: 's|'s| is) (?:dressed (?:all )?in|wearing|in|clothed in) ({_COLOUR_WORDS})(?=\s*[?.!]*\s*$)",
        r" who is the person in \1 ",
    ),
    # "which thing on the table is green": the green thing on it
    (
        rf"^\s*(which|what) (thing|object|item|one) ((?:on|in|under|near|beside|behind) the [a-z]+) is "
        rf"({_CHECK_ADJECTIVES})(?=\s*[?.!]*\s*$)",
        r" \1 \4 \2 is \3 ",
    ),
    # "who's got the dog in their arms": who holds it
    (
        r"\bwho(?: 's| has|'s| is)? got (the [a-z ]+?) in (?:his|her|their) (?:arms|hands?)\b",
        r"who is holding \1",
    ),
    # "does the woman have a tie on (too)": is she wearing one
    (
        r"^\s*(?:does|do) (the [a-z ]+?) (?:have|has) (an? [a-z]+) on(?: too| as well| also)?(?=\s*[?.!]*\s*$)",
        r" is \1 wearing \2 ",
    ),
    # "where's the stop sign, near the top of the picture or near the bottom?": a choice of its place
    (
        r"^\s*where(?: 's|'s| is) (the [a-z ]+?)\s*,?\s*(?:near |at |in |on )?the (top|bottom|left|right)"
        r"(?: of the (?:picture|image|photo))? or (?:near |at |in |on )?the (top|bottom|left|right)"
        r"(?: of the (?:picture|image|photo))?(?=\s*[?.!]*\s*$)",
        r" is \1 at the \2 or the \3 of the picture ",
    ),
    # "which utensil is lying besides the plate": beside it ("besides" as a place is a slip)
    (r"\b(is|are|lying|sitting|standing|placed|put|lies|sits) besides (?=the\b)", r"\1 beside "),
    # "how many shapes sit along the top": at the top
    (r"\b(?:sit|sits|are|is|lie|lies) along the (top|bottom)\b(?! row| line| edge)", r"are at the \1"),
    # "is the triangle along the top", "third from the left along the bottom": in the top or bottom row
    (r"\balong the (top|bottom)\b(?! row| line| edge| of\b)", r"at the \1"),
    # "ok so how many ...": talk before the question
    (r"^\s*(?:ok|okay|alright|right) so\b,?", " "),
    # "the two cylinders are the same colour, but are they made of the same material too?": they are the two
    (
        r"^\s*(the (?:two |three |both )?[a-z ]+?|both [a-z]+) (?:are|were) [a-z ]+?\s*[,;.]\s*(?:but |and |so )?"
        rf"(?:are|were) (?:they|both|they both) ((?:made of )?the same ({ATTRIBUTE}))(?: too| as well| also)?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" are {m[1]} {m[2]} ",
    ),
    # "are the two red balls the same size and the same material?": both checks, each asked in full
    (
        rf"^\s*(are (?:the (?:two |three |both )?[a-z ]+?|both [a-z]+)) (?:made of )?the same ({ATTRIBUTE}) and "
        rf"(?:made of )?the same ({ATTRIBUTE})(?=\s*[?.!]*\s*$)",
        r" \1 the same \2 and \1 the same \3 ",
    ),
    # clefts: "who is it that's throwing the frisbee", "what is it that's written on the bus"
    (r"^\s*(who|what) is it that(?: 's|'s| is) ", r" \1 is "),
    # "is either of the men dressed in white"
    (r"\b(either|any|both|neither|each|one) of the ([a-z]+) dressed (?:all )?in\b", r"\1 of the \2 in"),
    # "is it true that neither man is wearing green", "... that nobody in the park wears yellow": nobody is
    (
        rf"^\s*(?:is it true|is it the case|is it right) that (?:neither|no) (man|woman|person|boy|girl|kid|child) "
        rf"(?:is wearing|wears|is dressed in|is in) ({_COLOUR_WORDS})(?=\s*[?.!]*\s*$)",
        lambda m: f" are there no {plural(m[1])} in {m[2]} ",
    ),
    (
        rf"^\s*(?:is it true|is it the case|is it right) that (?:nobody|no one|noone)(?: in the [a-z]+)? "
        rf"(?:is wearing|wears|is dressed in|is in) ({_COLOUR_WORDS})(?=\s*[?.!]*\s*$)",
        r" are there no people in \1 ",
    ),
    # "as big as it is": the comparison's own verb said again
    (r"\bas ([a-z]+) as (the [a-z ]+?) is(?=\s*[?.!]*\s*$)", r"as \1 as \2"),
    # "every single object" is every object, not "the single object"
    (r"\b(every|each) single\b", r"\1"),
    # "what's the big red ball made off": a slip for "made of" at the end
    (r"\bmade off(?=\s*[?.!]*\s*$)", "made of"),
    # "how many people are out on the street": where they are
    (r"\b(are|is) out (on|in|at)\b", r"\1 \2"),
    # "over to the right of the boy", "over on the left": a side said with "over"
    (r"\bover (?=(?:to|on) the (?:far )?(?:left|right)\b)", ""),
    # "is anything here large", "is anything large other than ...": anything with an adjective after it
    (
        rf"\bis anything(?: here| in (?:the|this) (?:picture|image|photo|scene))? ({_CHECK_ADJECTIVES})\b",
        r"is there any \1 thing",
    ),
    # "both cubes small?", "all the balls metal?": a telegraphic check of a pair or a set
    (rf"^\s*(both|all|all the|all of the) ([a-z]+s) ({_CHECK_ADJECTIVES})(?=\s*[?.!]*\s*$)", r"are \1 \2 \3"),
    # "theres a big brown ball how many cylinders are behind it": a statement run into its question
    (
        r"^\s*(there(?:'s| is|s) (?:a|an|one) [a-z ]+?) (?=(?:how many|what|which|is it|is there|are there|does it)\b)",
        r"\1. ",
    ),
    # "are more of the things shiny than matte": which of two values more of them have
    (
        rf"\bare more of the ([a-z]+s) ({_CHECK_ADJECTIVES}) than ({_CHECK_ADJECTIVES})(?=\s*[?.!]*\s*$)",
        r"are there more \2 \1 than \3 \1",
    ),
    # "how many different colours have been used"
    (
        r"\b(how many (?:different |distinct )?(?:colou?rs|shapes|materials|sizes)) (?:have been|were|are|got) used\b",
        r"\1 are there",
    ),
    # "triangles and stars together, how many is that?"
    (
        r"^\s*([a-z]+s and [a-z]+s)(?: together| combined| in total)?, how many (?:is that|are there|are they)"
        r"(?: together| in total| altogether)?(?=\s*[?.!]*\s*$)",
        r"how many \1 are there together",
    ),
    # "what colour tie has the guy in black got on", "what colour clothes has the woman got on"
    (
        r"\bwhat colou?r (?:clothes|clothing|outfit) (?:has|does|is) (the [a-z ]+?) "
        r"(?:got on|have on|wear|wearing)(?=\s*[?.!]*\s*$)",
        r"what color is \1 wearing",
    ),
    (
        r"\bwhat colou?r ([a-z]+) (?:has|does) (the [a-z ]+?) (?:got on|have on|wear)(?=\s*[?.!]*\s*$)",
        r"what color is the \1 \2 has on",
    ),
    # "of the big balls, which colour is the one nearest the camera": the attribute asked of the one picked
    (r"^\s*(of the [a-z ]+, )which (colou?r|shape|size|material)\b", r"\1what \2"),
    # "how many sides does the shape have", "count the corners of the triangle", "number of vertices on it": a
    # figure's count of sides, corners or points, an attribute its shape gives
    (
        rf"\b(?:how many |count (?:up )?(?:all )?(?:of )?(?:the )?|(?:what is |what's )?(?:the )?(?:total )?number of )"
        rf"{_FIGURE_PARTS}(?: (?:are there|can you (?:see|count)|do you (?:see|count)|are))?"
        r" (?:does|do|has|have|of|on|in) ((?:the|this|that|its|it|a|an)\b(?: [a-z]+){0,3}?)(?: (?:have|has|got))?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f"what is the {_PART_ATTRIBUTE[m[1]]} count of {'it' if m[2] == 'it' else m[2]}",
    ),
    (
        rf"\bhow many {_FIGURE_PARTS} (?:does|do) (it|this|that) have(?=\s*[?.!]*\s*$)",
        lambda m: f"what is the {_PART_ATTRIBUTE[m[1]]} count of {m[2]}",
    ),
    # a figure's parts as what picks it out: "the shapes with four sides", "which shape has no corners", "shapes
    # without corners", "a shape with a curved edge" -> "4 sided shapes", "0 cornered", "curved edged" (lexicon)
    (
        rf"\b(?:that|which) (?:have|has)(?: got)?(?: exactly| only| just)? ({_COUNT_WORD}) {_FIGURE_PARTS}\b",
        lambda m: f"that are {_figure_adjective(m[1], m[2])}",
    ),
    (
        rf"\b((?:shape|figure|polygon|one|object|thing)s?) (?:with|having)(?: exactly| only| just)? ({_COUNT_WORD}) "
        rf"{_FIGURE_PARTS}\b",
        lambda m: f"{_figure_adjective(m[2], m[3])} {m[1]}",
    ),
    (  # "the shape with the most sides", "which figure has the fewest corners" -> "the most sided shape"
        rf"\b((?:shape|figure|polygon|one|object|thing)s?) (?:with|having|that (?:has|have)(?: got)?) (?:the )?"
        rf"{_MOST_OR_FEWEST}(?: number of| count of| amount of)? {_ORDERED_PARTS}\b",
        lambda m: f"{_superlative_parts(m[2], m[3])} {m[1]}",
    ),
    (  # "which has more sides, the triangle or the square", "which of the two has the most corners"
        rf"^\s*which(?: (?:shape|figure|one|polygon|object))?(?: of (the [a-z ]+?) and (the [a-z ]+?))? (?:has|have|is)"
        rf"(?: got)? (?:the )?{_MORE_OR_FEWER}(?: number of)? {_ORDERED_PARTS}\s*(?:[,:-]\s*)?(?:(the [a-z ]+?) or "
        r"(the [a-z ]+?))?(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" which of {m[1] or m[5]} and {m[2] or m[6]} is the {_superlative_parts(m[3], m[4])} one "
            if bool(m[1]) != bool(m[5])
            else m[0]
        ),
    ),
    (
        rf"^\s*(which|what) (shape|figure|one|polygon|object|thing) (?:has|have)(?: got)? (?:the )?"
        rf"{_MOST_OR_FEWEST}(?: number of| count of| amount of)? {_ORDERED_PARTS}(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]} is the {_superlative_parts(m[3], m[4])} {m[2]} ",
    ),
    (
        rf"\b((?:shape|figure|polygon|one|object|thing)s?) without (?:any )?{_FIGURE_PARTS}\b",
        lambda m: f"{_figure_adjective('0', m[2])} {m[1]}",
    ),
    (
        r"\b((?:shape|figure|polygon|one|object|thing)s?) (?:with|having|that (?:have|has)) (?:only )?(?:an? )?"
        r"(straight|curved|curvy|round) (?:sides?|edges?|lines?)\b",
        lambda m: f"{_edge_adjective(m[2])} {m[1]}",
    ),
    (
        rf"^\s*(which|what) (shape|figure|one|polygon)(s?) (?:has|have)(?: got)?(?: exactly| only)? ({_COUNT_WORD}) "
        rf"{_FIGURE_PARTS}(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" {m[1]} {'shape' if m[2] == 'one' else m[2]}{m[3]} {'are' if m[3] else 'is'} "
            f"{_figure_adjective(m[4], m[5])} "
        ),
    ),
    (  # "how many shapes have corners", "which shapes have got points": those that have some
        r"^\s*(how many|which|what)((?: of (?:the|these))? (?:[a-z]+ )?(?:shape|figure|polygon|object|thing)(s?)) "
        r"(?:have|has)(?: got)?(?: any| some)? (corners|points|vertices)(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]}{m[2]} {'are' if m[3] or m[1] == 'how many' else 'is'} not {_figure_adjective('0', m[4])} ",
    ),
    (  # "does every shape have corners", "do all the red shapes have points": none of them has none
        r"^\s*(?:does|do) (every|each|all|all of)( the)? ([a-z ]*?(?:shape|figure|polygon|object|thing|one)s?) have"
        r"(?: got)?(?: any| some)? (corners|points|vertices)(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" are all the {plural(m[3]) if not m[3].endswith('s') else m[3]} not {_figure_adjective('0', m[4])} "
        ),
    ),
    (  # "does the small circle have any corners": whether it has some
        rf"^\s*(?:does|do) (the [a-z ]+?|this(?: [a-z]+)?|that(?: [a-z]+)?|it) have(?: got)?(?: any| some)? "
        rf"{_FIGURE_PARTS}(?=\s*[?.!]*\s*$)",
        lambda m: f" is {m[1]} not {_figure_adjective('0', m[2])} ",
    ),
    # one figure asked about: "am i looking at a circle", "is the shape centred", "does it fill most of the image"
    (r"^\s*am i looking at (an? [a-z]+)(?=\s*[?.!]*\s*$)", r" is this \1 "),
    (r"^\s*what am i looking at(?=\s*[?.!]*\s*$)", " what is this "),
    # "which one is red", "which one is on the left": which thing, where no options follow and nothing is compared
    (
        r"^\s*which one (?:is|'s) (?!.*(?:\bor\b|,))(?=(?:red|blue|green|yellow|orange|purple|pink|brown|black|white|"
        r"gr[ae]y|cyan|teal|on the (?:left|right)(?: side)?|in the (?:middle|center|centre)|(?:above|below|under|"
        r"beneath|left of|right of|to the left of|to the right of|next to|near|beside) the)\b)",
        " which thing is ",
    ),
    # "either red, blue or a star"
    (r"\beither ((?:an? )?[a-z]+) ?, ((?:an? )?[a-z]+) ?,? or\b", r"either \1 or \2 or"),
    (
        r"^\s*(?:does|do) (the [a-z ]+?|this(?: [a-z]+)?|that(?: [a-z]+)?|it) have(?: got)?(?: any| a| some)? "
        r"(?:curved|curvy|round|rounded) (?:edges?|sides?|lines?|parts?|outline)(?=\s*[?.!]*\s*$)",
        r" is \1 curved edged ",
    ),
    (  # "are all four sides the same length": of a four-sided figure, whether it is a square
        r"^\s*(?:are|is) all (?:four |4 |the |its |of its |of the )*sides(?: of (the [a-z ]+?|it|this(?: [a-z]+)?))? "
        r"(?:the same length|equal|of equal length|equally long|the same)(?=\s*[?.!]*\s*$)",
        lambda m: f" is {m[1] if m[1] and m[1] != 'it' else 'the shape'} a square ",
    ),
    (r"^\s*(?:the )?(?:position|location|place|whereabouts) of (the [a-z ]+?|it)(?=\s*[?.!]*\s*$)", r" where is \1 "),
    (
        r"^\s*(what|which) (colou?r) is (the [a-z ]+?|this(?: [a-z]+)?|it) (?:filled|coloured|colored|painted|"
        r"shaded)(?: in)?(?: with| in)?(?=\s*[?.!]*\s*$)",
        r" what color is \3 ",
    ),
    (
        r"\b(is|are) (the [a-z ]+?|this(?: [a-z]+)?|it) (?:perfectly |exactly |roughly )?(?:centred|centered)"
        r"(?: in the (?:image|picture|frame))?(?=\s*[?.!]*\s*$)",
        r" \1 \2 in the middle and in the middle row ",
    ),
    (
        r"^\s*(?:does|do) (the [a-z ]+?|this(?: [a-z]+)?|it) (?:fill|take up|cover|occupy) (most|a large part|a big "
        r"part|much|a lot|a small part|little|a tiny part)(?: of)?(?: the (?:image|picture|frame|space))?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" is {m[1]} {'small' if m[2] in {'a small part', 'little', 'a tiny part'} else 'large'} ",
    ),
    (r"^\s*(count (?:the |all the )?[a-z ]+?) for me\b", r" \1"),  # "count the circles for me"
    (  # "how many shapes have exactly four sides", "how many of the shapes have only straight sides"
        rf"^\s*how many (?:of (?:the|these) )?((?:[a-z]+ )?(?:shape|figure|polygon|object|thing)s) (?:have|has)"
        rf"(?: got)?(?: exactly| only| just)? (?:({_COUNT_WORD}) {_FIGURE_PARTS}|(?:an? )?(straight|curved|round) "
        r"(?:sides?|edges?|lines?))(?: at all)?(?=\s*[?.!]*\s*$)",
        lambda m: f" how many {_figure_adjective(m[2], m[3]) if m[2] else _edge_adjective(m[4])} {m[1]} are there ",
    ),
    (  # "do all the shapes have straight sides"
        r"^\s*(do|does) (all|both|any|none|each|every)( of)? (the [a-z ]+?) (?:have|has)(?: only)? (?:an? )?(straight|"
        r"curved|round) (?:sides?|edges?|lines?)(?=\s*[?.!]*\s*$)",
        lambda m: f" are {m[2]}{m[3] or ''} {m[4]} {_edge_adjective(m[5])} ",
    ),
    (r"\bgeometric(?:al)? (shape|figure|form|object)", r"\1"),  # "what geometric figure is this"
    # a blank to fill at the end, its kind said: "the shape's colour is?", "the colour of the shape is?"
    (r"^\s*(the [a-z]+(?: [a-z]+)?) is (colou?r|size|shape|material) is\s*[?.!]*\s*$", r" what is the \2 of \1 "),
    (r"^\s*what is (the [a-z ]+?) is\s*[?.!]*\s*$", r" what is \1 "),
    # "what shape has been drawn", "which figure appears in the image", "what appears in the picture": what is there
    (
        r"^\s*(which|what)((?: (?:kind|type|sort) of)?(?: [a-z]+)?) (has|have) been (drawn|shown|depicted|pictured|"
        r"displayed|illustrated|sketched|painted)\b",
        lambda m: f" {m[1]}{m[2]} {'is' if m[3] == 'has' else 'are'} {m[4]}",
    ),
    (
        r"^\s*(which|what)((?: (?:kind|type|sort) of)?(?: (?:shape|figure|form|object|thing|sprite)s?)?) "
        r"(?:appears?|shows? up|can be seen|is seen|are seen)"
        r"(?= (?:here|there|in (?:the|this) (?:image|picture|photo|pic|drawing|scene))\s*[?.!]*\s*$|\s*[?.!]*\s*$)",
        lambda m: f" {m[1]}{m[2]} is shown" if m[2] else f" {m[1]} is shown",
    ),
    # "which shape is drawn here?", "what figure is shown in the image": the one in the picture
    (
        r"\b(which|what) (?:(?:kind|type|sort) of )?(shape|figure|form|object|thing|sprite)(s)? (is|are) "
        r"(?:drawn|shown|depicted|pictured|"
        r"displayed|present|visible|illustrated|featured|there|seen)(?: here| there| in (?:the|this) (?:image|picture|"
        r"photo|pic|drawing|scene|figure)| on (?:the|this) (?:image|picture|page|screen|canvas))?(?=\s*[?.!]*\s*$)",
        lambda m: f"{m[1]} {m[2]}{m[3] or ''} {m[4]} in the picture",
    ),
    (  # "left or right: where is the shape" -> "is the shape on the left or the right"
        r"^\s*(left|right|top|bottom) or (left|right|top|bottom)\s*[:,;-]+\s*where (?:is|'s) (.+?)(?=\s*[?.!]*\s*$)",
        r" is \3 on the \1 or the \2",
    ),
    (  # "is the shape more to the left or to the right": which side it is on
        r"\b(?:more|further|mostly) ((?:to|on|at|in) the (?:left|right|top|bottom)(?: side| half)?) or "
        r"(?:more |further |mostly )?((?:to |on |at |in )?the (?:left|right|top|bottom))",
        r"\1 or \2",
    ),
    (  # "is it on the left or the right": the one thing in the picture
        r"^\s*is it (?=(?:on|in|at|to) the (?:left|right|top|bottom)(?: side| half| part)? or )",
        " is the thing ",
    ),
    (  # "if I put two more red cubes in, how many cubes would there be?", "suppose one cylinder is taken away; ..."
        r"^\s*(?:if|suppose|say|imagine|what if) (?:that )?(?:i|we|you|someone|somebody) (add|added|put|placed|place|"
        r"remove|removed|take away|took away|took) (\d+|one|an?|two|three|four|five|six) (?:more |extra |other )?"
        r"([a-z ]+?)(?: (?:in|into|to|from|out of) (?:it|the (?:scene|picture|image)))?(?: away| out| in)?\s*[,;:-]?"
        r"\s*(?:then )?how many ((?:[a-z]+ ){0,3}?[a-z]+?) (?:would|will) (?:there )?(?:be|remain|be left)(?: there)?"
        r"(?: then)?\s*[?.!]*\s*$",
        lambda m: f" how many {m[4]} are there after {_ADDING.get(m[1], 'removing')} {m[2]} {m[3]} ",
    ),
    (
        r"^\s*(?:if|suppose|say|imagine) (?:that )?(\d+|one|an?|two|three|four|five|six) (?:more |extra )?([a-z ]+?) "
        r"(?:is|are|was|were|got|had been|gets|get) (added|put in|placed|removed|taken away|taken out)\s*[,;:-]?\s*"
        r"(?:then )?how many ((?:[a-z]+ ){0,3}?[a-z]+?)(?: would| will)? (?:there )?(?:be |are )?(?:remain|left|there)"
        r"(?: would be)?\s*[?.!]*\s*$",
        lambda m: f" how many {m[4]} are there after {_ADDING.get(m[3], 'removing')} {m[1]} {m[2]} ",
    ),
    (r"\b(pic|pict|piccy|pix)\b", "picture"),
    (  # "on the right of the picture", "to the left of the image": a side of the picture, not a relation ("to the
        # right of the picture" is GQA's relation to a framed picture on a wall)
        r"\b(?:(?:on|at) the (left|right)(?:[- ]hand)?(?: side)? of (?:the|this) (?:picture|image|photo|photograph|"
        r"frame|drawing|canvas)|to the (left|right)(?:[- ]hand)?(?: side)? of (?:the|this) (?:image|photo|"
        r"photograph|frame|drawing|canvas))\b",
        lambda m: f"on the {m[1] or m[2]} side of the picture",
    ),
    (  # "near the bottom (of the picture)", "close to the top": that part of the picture
        r"\b(?:near|close to|towards?|by) the (top|bottom)(?: (?:edge|part|end))?(?: (?:of|in) (?:the|this) (?:picture|"
        r"image|photo|photograph|frame|scene|drawing|canvas))?(?=\s*[?.!,]*\s*$)",
        r"at the \1",
    ),
    # a drawing's shapes said as what someone drew: "is a star drawn?", "did someone draw a circle?", "how many shapes
    # are drawn in blue?", "what colour pen was used for the square?" (the ink's colour is the shape's)
    (
        rf"^\s*(?:did|has|have) (?:someone|somebody|anyone|anybody|a person|they|you|he|she|the (?:child|kid|"
        rf"student|artist|teacher|person)) (?:draw|drawn|sketch|sketched|doodle|doodled|paint|painted|make|made) "
        rf"(?:(any|an?|some|the|{_COUNT_WORD}) )?([a-z ]+?)(?: here| on (?:the|this) [a-z]+| in (?:the|this) "
        r"[a-z]+)?(?=\s*[?.!]*\s*$)",
        lambda m: f" is there {m[1] or ''} {m[2]} " if not m[2].endswith("s") else f" are there {m[1] or ''} {m[2]} ",
    ),
    (
        r"^\s*how many ([a-z ]+?) did (?:someone|somebody|a person|they|you|he|she|the (?:child|kid|student|artist|"
        r"teacher)) "
        r"(?:draw|sketch|doodle|paint|make)(?: here| on (?:the|this) [a-z]+)?(?=\s*[?.!]*\s*$)",
        r" how many \1 are there ",
    ),
    (
        r"^\s*(is|are) (?:(any|an?|some|the) )?([a-z ]+?) (?:drawn|sketched|painted|doodled|scribbled)(?: here| there|"
        r" on (?:the|this) (?:page|paper|board|whiteboard|sheet|picture)| in (?:the|this) (?:picture|image|drawing|"
        r"sketch))?(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]} there {m[2] or ''} {m[3]} ",
    ),
    (
        r"^\s*how many ([a-z ]+?) (?:are|is) (?:drawn |sketched |painted |done |written )?in (\w+)(?: ink| pen| "
        r"marker| crayon| pencil| colou?r| paint)?(?=\s*[?.!]*\s*$)",
        lambda m: f" how many {m[2]} {m[1]} are there " if _is_colour(m[2]) else m[0],
    ),
    (
        r"^\s*(what|which) colou?r(?: of)? (?:pen|ink|marker|crayon|pencil|paint)(?: was| is)? (?:used|chosen) "
        r"(?:for|on|to (?:draw|make|colou?r)) (the [a-z ]+?)(?=\s*[?.!]*\s*$)",
        r" what colour is \2 ",
    ),
    (
        r"^\s*(what|which) colou?r (?:ink|pen|marker|crayon|pencil|paint) (?:is|was) (the [a-z ]+?) (?:drawn|done|"
        r"sketched|made|painted|coloured|colored) (?:in|with)(?=\s*[?.!]*\s*$)",
        r" what colour is \2 ",
    ),
    (
        r"^\s*(what|which) (?:is|was) (?:drawn|sketched|doodled|painted)(?: here| in (?:the|this) (?:image|picture|"
        r"photo|pic|drawing))?(?=\s*[?.!]*\s*$)",
        r" what is it ",
    ),
    (
        r"\b(?:on|in) (?:the|this) (?:whiteboard|blackboard|chalkboard|page)\b",
        "in the picture",
    ),
    (  # "can you identify the shape in this image", "name the figure": what it is
        r"^\s*(?:can|could) you (?:identify|name|tell me|recognize|recognise|determine) (the (?:shape|figure|object|"
        r"thing|form))(?: (?:in|on) (?:the|this) (?:image|picture|photo|drawing))?(?=\s*[?.!]*\s*$)",
        r" what is \1",
    ),
    (r"^\s*dose (the|this|it|that|there|a|an)\b", r" does \1"),  # "dose the image contain a square"
    # an attribute asked alone ("shape?", "what colour?", "big or small?"): the one thing in the picture's
    (r"^\s*(?:what |which |the )?(colou?r|shape|size|material)(?: please)?\s*[?.!]*\s*$", r" what \1 is it "),
    (r"^\s*(big|large|small|little|tiny|huge) or (big|large|small|little|tiny|huge)\s*[?.!]*\s*$", r" is it \1 or \2 "),
    (  # "on the left half of the picture": a half of the picture (see the lexicon's position phrases)
        r"\b(?:on|in) the (left|right|top|upper|bottom|lower)(?:-hand)? half(?: (?:of|in) (?:the|this) "
        r"(?:picture|image|photo|photograph|pic|frame|scene|drawing))?\b",
        lambda m: f"in the {m[1]} half",
    ),
    # the viewer's own point of view is the one nsvr reads left and right from: said, it changes nothing
    (
        r"\s*,?\s*\b(?:(?:from|in) (?:the )?(?:viewer|camera|observer|photographer|onlooker|spectator)(?: ?'s|s'|s)? ?"
        r"(?:perspective|point of view|viewpoint|view|vantage point|pov)|(?:from|in) (?:our|my|your) (?:perspective|"
        r"point of view|viewpoint|view|pov)|(?:as )?(?:seen|viewed|looking|looked at) from (?:the (?:camera|viewer)|"
        r"where the camera is)|from where the camera (?:is|stands))\b\s*,?",
        " ",
    ),
    (  # "relative to the bus, where is the woman: left or right?": the anchor said first
        r"^\s*(relative to|with respect to|in relation to|compared (?:to|with)) (the [a-z ]+?)\s*,\s*where (is|are) "
        r"(the [a-z ]+?)(?=\s*(?:[,:?]|left\b|right\b|in front\b|behind\b|above\b|below\b|$))",
        r" where \3 \4 \1 \2 ",
    ),
    (  # "relative to the bus, is the car on the left or on the right?", "..., is the red cube on the right side?"
        r"^\s*(?:relative to|with respect to|in relation to|compared (?:to|with)) (the [a-z ]+?)\s*,\s*(is|are) "
        r"(the [a-z ]+?) ((?:on |to )?the (?:left|right)(?: hand)?(?: side)?(?: or (?:on |to )?(?:the )?(?:left|right)"
        r"(?: hand)?(?: side)?)?)\s*[?.!]*\s*$",
        r" \2 \3 \4 of \1 ",
    ),
    (  # "where is the woman in relation to the bus: left, right, in front, or behind?": one of several relations
        r"^\s*where is (the [a-z ]+?) (?:located |positioned |placed |situated )?(?:relative to|with respect to|in "
        r"relation to|compared (?:to|with)) (the [a-z ]+?)\s*[,:?]?\s*((?:(?:left|right|(?:in )?front|behind|above|"
        r"below)(?: of)?(?: it)?\s*(?:,\s*(?:or\s+)?|or\s+)){2,4}(?:left|right|(?:in )?front|behind|above|below))"
        r"(?: of)?(?: it)?\s*[?.!]*\s*$",
        lambda m: f" is {m[1]} {_offered_relations(re.findall(r'left|right|front|behind|above|below', m[3]))} {m[2]} ",
    ),
    (  # "where is the cube relative to the ball, left or right?" (CV-Bench): which of the two relations holds
        r"^\s*where is (the [a-z ]+?) (?:located |positioned |placed |situated )?(?:relative to|with respect to|in "
        r"relation to|compared (?:to|with)|in comparison to) (the [a-z ]+?)\s*[,:?]?\s*(left|right|in front|behind|"
        r"above|below)(?: of)?(?: it)? or (left|right|in front|behind|above|below)(?: of)?(?: it)?\s*[?.!]*\s*$",
        lambda m: (
            f" is {m[1]} {m[3]} or {m[4]} of {m[2]} "
            if {m[3], m[4]} == {"left", "right"}
            else f" is {m[1]} {_side_phrase(m[3])} {m[2]} or {_side_phrase(m[4])} it "
        ),
    ),
    (  # "which object is the leftmost, the red cube, the ball or the cylinder?": one of the objects offered
        r"^\s*(which|what) (object|one|thing|shape|[a-z]+) is the (leftmost|rightmost|frontmost|backmost|topmost|"
        r"bottommost)(?: one)?\s*[,:]",
        r" \1 \2 is \3 ,",
    ),
    (  # "true or false: at least two shapes are blue", "exactly one shape is a cross", "no shape is yellow"
        rf"{_CLAIM_PREFIX}(?P<amount>{_STATED_AMOUNT}|not one|no|most(?: of the)?|all(?: of)?(?: the)?|every|each) "
        rf"(?P<kind>{_KINDS}) (?:is|are) (?P<value>(?:an? )?[a-z]+(?: [a-z]+){{0,2}})\s*[?.!]*\s*$",
        _quantified_claim,
    ),
    (  # "are most shapes yellow", "are none of the shapes crosses"
        rf"^\s*are (?P<amount>most|none of the|no) (?P<kind>{_KINDS}) (?P<value>(?:an? )?[a-z]+(?: [a-z]+){{0,2}})"
        r"\s*[?.!]*\s*$",
        _quantified_claim,
    ),
    (  # "true or false: a circle is blue", "a circle is blue.": a claim about an indefinite object: whether some is
        rf"{_CLAIM_PREFIX}(?P<subject>an? [a-z]+(?: [a-z]+){{0,2}}?) is (?P<rest>(?!not\b|there\b)[a-z][a-z ]*?)"
        r"\s*[?.!]*\s*$",
        r" is \g<subject> \g<rest> ",
    ),
    (  # "is exactly one shape a star", "is no shape a triangle", "are at least two shapes blue"
        rf"^\s*(?:is|are) (?P<amount>{_STATED_AMOUNT}|no)(?: of the)? (?P<kind>{_KINDS}) "
        rf"(?P<value>(?:an? )?[a-z]+(?: [a-z]+){{0,2}})\s*[?.!]*\s*$",
        _quantified_claim,
    ),
    (  # "are any two shapes the same colour", "are there two shapes with the same colour": whether a value repeats
        rf"^\s*(?:are|do) any two ([a-z ]+?) (?:have |share |of )?(?:the same|a common|one) ({ATTRIBUTE}|colour)"
        r"\s*[?.!]*\s*$",
        r" do any two \1 share a \2 ",
    ),
    (
        rf"^\s*(?:are|is) there (?:any )?two ([a-z ]+?) (?:with|that have|which have|that share|of|in) (?:the same|a "
        rf"common) ({ATTRIBUTE}|colour)\s*[?.!]*\s*$",
        r" do any two \1 share a \2 ",
    ),
    (
        rf"^\s*do any (?:of the )?(?!two\b)([a-z ]+?) share (?:a|the same) ({ATTRIBUTE}|colour)\s*[?.!]*\s*$",
        r" do any two \1 share a \2 ",
    ),
    (  # "is a circle bigger than a square": whether some circle is (SHAPES, ShapeWorld)
        r"^\s*is (an? [a-z ]+?) (bigger|larger|smaller|taller|shorter) than (an? [a-z ]+?)\s*[?.!]*\s*$",
        r" is there \1 that is \2 than \3 ",
    ),
    (
        r"\b(is|are) there (an? |any )((?:(?!(?:that|which|is|are)\b)[a-z]+ ){0,3}?(?!(?:that|which|is|are)\b)[a-z]+) "
        r"((?:bigger|larger|smaller) than)\b",
        r"\1 there \2\3 that \1 \4",
    ),
    (  # "is there anything smaller than the cylinder", "are there things bigger than it": a relative clause
        r"\b(is|are) there ((?:any )?(?:anything|something|things|objects|shapes|items)(?: else)?) "
        r"((?:bigger|larger|smaller) than)\b",
        r"\1 there \2 that \1 \3",
    ),
    (  # "of the people, who is farthest to the right?": which of them
        r"^\s*(?:of|among|out of|from) (?:all )?the ([a-z]+)\s*,?\s*who (?:is|'s) ",
        lambda m: f" which {singular(m[1]) if m[1] != 'people' else 'person'} is ",
    ),
    (  # "a shape that is a star": the star
        rf"\b(?:an? |the |any )?({_KINDS}) (?:that|which) (?:is|are) (?:an? )?([a-z]+)\b(?! (?:of|than|as)\b)",
        lambda m: (
            f"{'a ' if m[0].startswith('a') else m[0].split()[0] + ' ' if m[0].split()[0] in {'the', 'any'} else ''}"
            f"{_name_or_kind(m[2], m[1].endswith('s'))}"
            if _name_or_kind(m[2], m[1].endswith("s"))
            else m[0]
        ),
    ),
    # --- blind35's first run: machine paraphrases (back-translation, paraphrasers, augmenters)
    (r"\b(?:hue|tint)(s?)\b", r"colour\1"),
    (
        r"\b(?:out )?of (?:which|what) (colou?r|material) (is|are) (.+?) (?:produced|manufactured|made|built|"
        r"constructed|fabricated)(?=\s*[?.!]*\s*$)",
        r"what \1 \2 \3 made of",
    ),
    (r"\b(?:in front|ahead) from\b", "in front of"),
    (r"\b(?:behind|at the back) from\b", "behind"),
    (r"\bat the (?:back|rear)(?: side)? of\b", "behind"),
    (r"\bon the (left|right)(?:[ -]hand)? from\b", r"\1 of"),
    (r"\bon the (left|right)[ -]hand (?:side )?of\b", r"\1 of"),
    (r"\b(?:the )?(?:most near|most close|nearest|closest) from\b", "nearest to"),
    (r"\bthe most near to\b", "the nearest to"),
    (r"\bmost far(?: away)? (?:in|at) the (back|rear)\b", "furthest back"),
    (r"\b(?:at|on|to) the most (left|right)(?: side)?\b", r"furthest to the \1"),
    (r"\b(?:the )?most (left|right)wards\b", r"furthest to the \1"),
    (r"\bthe (?:farthest|furthest|most) at the (left|right)(?: side)?\b", r"furthest to the \1"),
    (
        r"\b(positioned|located|situated|placed) (?:the )?most (?:on|at|to) the (left|right)(?: side)?\b",
        r"\1 furthest to the \2",
    ),
    (r"\b(?:of|in) (?:an? )?(metallic|metal|rubbery|rubber|matte|shiny) (?:nature|kind|type|character)\b", r"\1"),
    (r"\bof (?:an? |the )?(big|large|small|little|tiny|huge|bigger|larger|smaller) size\b", r"\1"),
    (r"\bof the size (big|large|small)\b", r"\1"),
    (rf"\b({_COLOUR_WORDS})[ -]colou?red\b", r"\1"),
    # a fill's colour said as the filling: "is the triangle filled black", "filled in with gray", "black-filled"
    (rf"\b(?:filled|shaded|coloured|colored)(?: in)?(?: with)?(?: solid)? ({_COLOUR_WORDS})\b", r"\1"),
    (rf"\b({_COLOUR_WORDS})[ -]filled\b", r"\1"),
    (
        r"\b(?:is|are) (the (?:(?!made\b)[a-z]+ )*?(?!made\b)[a-z]+) out of (metal|rubber|wood|plastic|glass)\b",
        r"is \1 made of \2",
    ),
    (r"\b(?:produced|manufactured|fabricated|constructed|built|created) (?:out )?(?:of|from)\b", "made of"),
    (r"\bmade from\b", "made of"),
    (
        r"\b(?:of )?(?:which|what) (?:sort of |kind of |type of )?material does (.+?) consist(?: of)?(?=\s*[?.!]*\s*$)",
        r"what material is \1 made of",
    ),
    (r"\bconsists of\b", "is made of"),
    (
        r"\b(?:possess|possesses|exhibit|exhibits|show|shows|display|displays)\b(?= (?:an? |the |which |what )?"
        r"(?:colou?r|hue|shape|form|size|material|yellow|red|blue|green|gray|grey|brown|purple|cyan|metal|rubber|"
        r"large|small|big|equal|identical|same|one)\b)",
        "have",
    ),
    (r"\b(?:are|is) (?:possessed|exhibited|shown|displayed) by\b", "do"),
    (r"\b(?:an? )?(?:equal|identical) (colou?r|shape|size|material)\b", r"the same \1"),
    (r"\bone and the same\b", "the same"),
    (r"\bthe pair of\b", "the two"),
    (r"\bform\b(?= (?:does|do|is|has)\b)|(?<=which )form\b|(?<=what )form\b", "shape"),
    (r"^\s*is it that\b", " "),
    (r"\b(?:when )?taken together\b|\bin sum\b", " altogether "),
    (
        r"\b(?:the )?(?:amount|quantity) of ([a-z ]+?) added to (?:the )?(?:amount|quantity|number) of\b",
        r"the number of \1 plus the number of",
    ),
    (r"\b(?:in|with) (?:the|his|her|their) hands?\b", " "),
    (
        r"\s*,?\s*(?:ignoring|regardless of|irrespective of|not regarding|disregarding|without regard to|"
        r"independent of|no matter) (?:its|their|his|her|the) (?:colou?rs?|shapes?|sizes?|materials?|lighting|light|"
        r"lights|shadows?|angles?|background|date|position|positions|orientation|texture|reflections?)"
        r"(?:\s*(?:,|or|and|,\s*or|,\s*and)\s*(?:its |their |the )?(?:colou?rs?|shapes?|sizes?|materials?|lighting|"
        r"shadows?|angles?|background|date|positions?|orientation|texture))*\s*,?",
        " ",
    ),
    (r"\b(?:out )?of (which|what) (colou?r|material|shape|size) (is|are) (.+?) made of\b", r"what \2 \3 \4 made of"),
    (r"\bwhat would be\b", "what is"),
    (r"\bthe (metal|rubber|metallic|rubbery|wooden|plastic|glass) material\b", r"\1"),
    (  # "is the ball of blue colour", "is that cylinder of metal or of rubber": the value is what is checked
        r"^(\s*(?:is|are) (?:the|that|this|these|those) [a-z ]+?) (?:of|in) (?:an? )?([a-z]+) (colou?r|size)"
        r"(?=[\s?.!]*$)",
        lambda m: (
            f"{m[1]} {m[2]}" if (LEXICON.attribute_of(m[2]) or ("",))[0] == m[3].replace("colour", "color") else m[0]
        ),
    ),
    (rf"\b({_COLOUR_WORDS}) in colou?r\b", r"\1"),
    (
        rf"\b(an?|the) ((?:[a-z]+ ){{0,2}}?)([a-z]+) (?:of|in) (?:an? )?({_COLOUR_WORDS}) colou?r\b",
        lambda m: f"{m[1]} {m[2]}{m[4]} {m[3]}" if LEXICON.noun(m[3]) or known_name(singular(m[3])) else m[0],
    ),
    (rf"\b(that|which) (?:has|have|possess|possesses) (?:an? |the )?({_COLOUR_WORDS}) colou?r\b", r"\1 are \2"),
    (  # "red colour things", "small size one", "metal material": the value says it all
        r"(?<!\bof )(?<!\bin )(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bhave )(?<!\bhas )(?<!\bwith )(?<!\band )(?<!\bor )"
        r"\b([a-z]+) (colou?r|size|material)\b"
        r"(?! (?:of|as|is|are|than|that|which|who)\b)",
        lambda m: m[1] if (LEXICON.attribute_of(m[1]) or ("",))[0] == m[2].replace("colour", "color") else m[0],
    ),
    (r"^\s*how many ([a-z ]+?) exist (that|which|who)\b", r" how many \1 \2"),
    (r"^\s*does (an? [a-z ]+?) exist(?= (?:that|which)\b|\s*[?.!]*\s*$)", r" is there \1"),
    (
        r"^\s*(?:are|is) the (?:number|count|amount|quantity)s? of ([a-z ]+?) and (?:that of |the (?:number|count|"
        r"amount|quantity) of )?([a-z ]+?) (?:equivalent|equal|the same|identical)\s*[?.!]*\s*$",
        r" are there as many \1 as \2 ",
    ),
    (
        r"\bare (?:neither|not) an? ([a-z]+) nor an? ([a-z]+)\b",
        lambda m: f"are neither {plural(m[1])} nor {plural(m[2])}",
    ),
    (
        r"^\s*the presence of (an? [a-z ]+?)\s*[:,;-]\s*is it (?:observed|seen|detected|noticed|visible|there|"
        r"confirmed)(?: in the (?:scene|picture|image))?\s*[?.!]*\s*$",
        r" is there \1 ",
    ),
    (
        r"^\s*is the presence of (an? [a-z ]+?) (?:observed|seen|detected|noticed|confirmed)(?: in the (?:scene|"
        r"picture|image))?\s*[?.!]*\s*$",
        r" is there \1 ",
    ),
    (
        r"^\s*(?:which|what) (colou?r|shape|material|size) is the most (?:frequent|common|prevalent|usual|frequently "
        r"seen)(?: one)?(?: (?:among|of) the (?:objects|things|shapes|items))?\s*[?.!]*\s*$",
        r" what is the most common \1 ",
    ),
    (
        r"\b(?:which|that) (?:are|is) (not )?([a-z]+)[ -]shaped(?=\s*[?.!]*\s*$)",
        lambda m: f"which are {m[1] or ''}{plural(m[2])}" if LEXICON.noun(m[2]) or m[2] in SHAPE_NOUNS else m[0],
    ),
    (r"^\s*are the ([a-z ]+?)\s*,?\s*all of them\s*,?", r" are all the \1"),
    (r"\bevery (?:one )?of the\b", "all the"),
    (
        r"^\s*either (an? [a-z ]+?) or (an? [a-z ]+?)\s*[:,;-]\s*is (?:one|either|any) of them (?:present|there|"
        r"visible|in the (?:scene|picture|image))\s*[?.!]*\s*$",
        r" is there \1 or \2 ",
    ),
    (
        r"^\s*(?:are|is) (an? [a-z ]+?) (?:as well as|and also|and) (an? [a-z ]+?) both (?:present|there|visible)"
        r"\s*[?.!]*\s*$",
        r" is there \1 and \2 ",
    ),
    (
        r"^\s*(?:which|what) (colou?rs|shapes|materials|sizes) do (the [a-z ]+?) (?:show|exhibit|display|have|possess)"
        r"\s*[?.!]*\s*$",
        r" what \1 are \2 ",
    ),
    (
        r"^\s*(?:which|what) (colou?r|shape|material|size) does (the [a-z ]+?) (?:show|exhibit|display|possess)"
        r"\s*[?.!]*\s*$",
        r" what \1 is \2 ",
    ),
    (
        r"^\s*(?:which|what) (colou?r|shape|material|size) (?:exhibits|shows|displays|possesses|has) (the [a-z ]+?)"
        r"\s*[?.!]*\s*$",
        r" what \1 is \2 ",
    ),
    (r"\bwhose (colou?r|material|size|shape) is (?:other than|different from|not) ([a-z]+)\b", r"that are not \2"),
    (
        r"^\s*counting from the (left|right)(?: side)?\s*,\s*the ([a-z]+) (?:at|in) the (\w+) (?:position|place|spot)",
        r" the \3 \2 from the \1",
    ),
    (
        r"\bthe ([a-z]+) (?:at|in) the (\w+) (?:position|place|spot)(?: counting)? from the (left|right)(?: side)?",
        r"the \2 \1 from the \3",
    ),
    (r"\bthe (\w+) one counting from the (left|right)(?: side)?\b", r"the \1 one from the \2"),
    (
        r"\b(?:consist of|are made of|have|share) (?:one|a single|one single) (material|colou?r|shape|size)\b",
        r"have the same \1",
    ),
    (
        r"^\s*(?:does|do) (the [a-z ]+?) (?:have|possess) an? (smaller|bigger|larger) size than\b",
        r" is \1 \2 than",
    ),
    (r"^\s*(?:does|do) (the [a-z ]+?) exceed (the [a-z ]+?) in size\s*[?.!]*\s*$", r" is \1 bigger than \2 "),
    (r"\bhow many of them can be (?:counted|seen|found|spotted)\b", "how many of them are there"),
    (
        r"^\s*what is the total (?:number )?of (the [a-z ]+?) and (the [a-z ]+?)(?: together| combined)?\s*[?.!]*\s*$",
        r" how many \1 plus \2 ",
    ),
    (r"\bthe (?:identical|same) (colou?r|shape|size|material) (?:to|like)\b", r"the same \1 as"),
    (
        r"\b(?:which|what) (?:inscription|text|writing|words?|lettering|label) does (it|the [a-z ]+?) (?:carry|bear|"
        r"have|show|display)\b",
        r"what does \1 say",
    ),
    (
        r"\b(?:which|what) (?:word|words|text) (?:is|are) written (?:upon|on|onto) (it|the [a-z ]+?)\b",
        r"what is written on \1",
    ),
    # round 49 (blind51, a fresh crowd): British "sat"/"stood" for where a thing is, "even" as stress, exclusions
    # said with "but" or "leave ... out", "net of", a job's verb after "how many X", sides of the frame said in full
    (
        r"\b(?:sat|stood|sittin'?|standin'?) (?=(?:behind|in front|left|right|to the|tae the|next|near|beside|by|on|in|"
        r"at)\b)",
        "",
    ),
    (r"\b(are|is) even(?=\s*(?:in\b|there\b|here\b|[?.!]|$))", r"\1"),
    (
        r"^\s*(is|are) ((?:the|this|that) [a-z ]+?) (?:is|are) (?=(?:behind|in front of|left of|right of|"
        r"to the left of|to the right of|next to|near|beside|on top of|above|below|under)\b)",
        r" \1 \2 ",
    ),
    (r"\s*,?\s*but (?=not counting\b|excluding\b|except\b|apart from\b|leaving out\b|without\b)", " , "),
    (
        r"\s*,?\s*(?:but )?(?:leave|leaving) (the [a-z ]+?|them|it) out(?: of it| of the count| of this)?"
        r"(?=\s*[?.!]*\s*$)",
        r" , not counting \1 ",
    ),
    (r"\bnet of\b", "not counting"),
    (r"^\s*the (?:count|number|total) of ([a-z ]+?)\s*,", r" how many \1 are there ,"),
    (
        r"^\s*how many ((?:[a-z]+ ){0,3}?[a-z]+) (?:would|will|do|does|should|must) (?:i|we|you|they|he|she) "
        r"(?:have to |need to |want to |get to )?(?!see\b|count\b|find\b|spot\b|notice\b)[a-z]+"
        r"(?: down| up| out| off| away)?"
        r"(?=\s*(?:,|[?.!]*\s*$))",
        r" how many \1 are there",
    ),
    (
        r"^\s*how many ((?:[a-z]+ ){0,3}?[a-z]+) are out(?: and about)?(?: there)?(?=\s*(?:,|[?.!]*\s*$))",
        r" how many \1 are there",
    ),
    (
        r"\b(at|on|in) the (top|bottom|left|right)(?: side| part| half| edge)? of the "
        r"(?:frame|screen|pic|picture|image|photo|drawing)\b(?=.* or\b)",
        r"\1 the \2",
    ),
    (
        r"\bor (?:on )?the (left|right)(?: side| hand side)?(?: of the (?:frame|screen|pic|picture|image|photo))?\s*$",
        r"or on the \1",
    ),
    (
        r"\bor (?:at )?the (top|bottom)(?: of the (?:frame|screen|pic|picture|image|photo))?\s*$",
        r"or at the \1",
    ),
    (r"\bwhich side ?'s\b", "which side is"),
    (r"\b(?:is|are) ((?:the|this|that) [a-z ]+?) on (left or right)\s*$", r"is \1 on , \2"),
    (r"^\s*((?:the|this|that) [a-z ]+?) (?:is|'s) it ([a-z]+ or [a-z]+)\s*$", r" is \1 \2 "),
    # round 49d: a pedant's "is it true of every X that it is Y", an examiner's "expected: yes or no", Scots words
    (
        r"^\s*is it true of (every|each|all|any) ([a-z ]+?)(?: here)? that (?:it|they) (?:is|are) (.+?)\s*[?.!]*\s*$",
        lambda m: f" {'are all' if m[1] == 'all' else 'is ' + m[1]} {m[2]} {m[3]} ",
    ),
    (r"\bwhat colou?r would (it|they|that one|that) be\b", r"what colour is \1"),
    (r"\bwee\b", "small"),
    (r"\bwhit\b", "what"),
    (r"\btae\b", "to"),
    (r"\bo' (?=the\b|a\b|that\b|this\b)", "of "),
    # round 49e: "to the rear of", "identify its colour", chat spellings, "right" as "exactly" before a place
    (r"\b(?:to|at|towards) the rear of\b", "behind"),
    (r"^\s*identify (its|their) (colou?r|shape|size|material)\b", r" what is \1 \2"),
    (r"\bwats\b", "what is"),
    (r"\bwat\b", "what"),
    (r"\brite (?=of\b)", "right "),
    (r"\bthngs\b", "things"),
    (r"(?<!\bthe )(?<!\bto )\bright (?=(?:at the (?:top|bottom|very)|in front of|behind|next to)\b)", ""),
    (r"\bupon\b", "on"),
    # round 53 (blind53, English as the world writes it): a Greek ";" for "?", comparisons and sameness said with
    # another little word ("bigger from", "more big that", "same colour with"), "from metal", "big size", "the
    # most back", "more at the right", "behind of", "near to", "in the right of", sides and settings without
    # their article ("at left side of picture", "in park"), "they are how many", "how many people got in"
    (r"\s;\s*$", " ? "),
    (r"\bmore (bigger|smaller|larger|taller|shorter|wider)\b", r"\1"),
    (
        r"\bmore (big|large|small|tall)\b(?= (?:than|that|from|as)\b)",
        lambda m: {"big": "bigger", "large": "larger"}.get(m[1], m[1] + "er"),
    ),
    (r"\b(bigger|smaller|larger|taller|shorter|greater|wider|higher|lower) (?:from|as|that)\b", r"\1 than"),
    (r"\b(?:the )?same (colou?r|size|shape|material) (?:with|that|like|to)\b", r"the same \1 as"),
    (r"\bsame to same\b", "the same"),
    (r"\b(is|are|be) (?:of )?(big|small|large|little|tiny|huge) size\b", r"\1 \2"),
    (
        r"\b(?:in |at |on )?the most (?:back|behind|rear)(?: position| side| place| part)?(?: of all)?\b",
        "furthest back",
    ),
    (r"\b(?:in |at |on )?the most (?:front|forward)(?: position| side| place| part)?(?: of all)?\b", "frontmost"),
    (r"\bmost (left|right)(?: side)? (thing|object|one|shape|item)\b", r"\1most \2"),
    (r"\b(thing|object|one|shape|item) most (front|left|right)\b", r"\2most \1"),
    (r"\b(thing|object|one|shape|item) most (?:back|behind)\b", r"backmost \1"),
    (r"\bmore (?:at|to|on) the (left|right)\b(?! than\b)(?! of\b)", r"furthest to the \1"),
    (r"\bat (?:the )?(left|right) side\b", r"on the \1 side"),
    (r"\bon (picture|image|photo)\b", r"in the \1"),
    (r"\b(of|in|on|at) (picture|image|photo|park|street|kitchen|road)\b", r"\1 the \2"),
    (r"\bin the (left|right) of\b", r"to the \1 of"),
    (r"\bbehind of\b", "behind"),
    (r"\bnear (?:of|to)\b", "near"),
    (r"^\s*(?:they|there) are how many ([a-z ]+?)(?= on\b| in\b| at\b| near\b|\s*$)", r" how many \1 are there"),
    (r"^(\s*how many [a-z]+) got (?=in\b|on\b|at\b)", r"\1 are "),
    (r"\s(?:totally|in total|altogether|all in all)(?=\s*[?.!]*\s*$)", " "),
    (r"(?<!\bis )(?<!\bare )\bon (?:the|this) (?:picture|image|photo)(?=\s*[?.!]*\s*$)", " in the picture "),
    (
        r"\bneither ([a-z]+) nor ([a-z]+(?: [a-z]+)?)(?=\s*[?.!]*\s*$| ,)",
        lambda m: f"not {m[1]} and not {m[2]}" if LEXICON.noun(m[1]) is None and LEXICON.attribute_of(m[1]) else m[0],
    ),
    (r"\bas many ([a-z]+) as ([a-z]+) ([a-z]+)\s*$", _as_many_shared),
    (r"^\s*is there (a|an) ([a-z ]+?) and (a|an) ([a-z ]+?) both\b", r" is there both \1 \2 and \3 \4"),
    (r"^\s*what (colou?rs|shapes|sizes|materials) have (the [a-z ]+?)\s*$", r" what \1 do \2 have "),
    (r"\bup (?:to|on|at) the (left|right)\b", r"in the top \1"),
    (r"\bdown (?:to|on|at) the (left|right)\b", r"in the bottom \1"),
    (r"^\s*(the [a-z ]+?) what (colou?r|shape|size|material) (?:is|has)(?: it)?\s*$", r" what \2 is \1 "),
    (r" , of (which|what) (colou?r|shape|size|material)\b", r" , \1 \2"),
    (r"^\s*(?:the )?([a-z]+) (?:it |is |it is )?made (?:from|of|out of) what\s*$", r" what is the \1 made of "),
    # round 54, later forms (see the round 54 comment at the top of the list)
    (
        r"^\s*((?:what|which) (?:colou?r|shape|size|material|kind of [a-z]+)) (the [a-z ]+?|it|he|she|they) "
        r"(is|are|was|were) ([a-z]+ing|made of)(?=\s*[?.!]*\s*$)",
        r" \1 \3 \2 \4 ",
    ),
    (
        r"^\s*(?:what|which) (colou?r|shape|size|material) (the [a-z ]+?|it|he|she|they) (?:has|have)(?=\s*[?.!]*\s*$)",
        r" what \1 is \2 ",
    ),
    (
        r"^\s*(?:what|which) (?:hour|time) (the [a-z ]+?|it) (?:shows|says|tells|reads|shows now)(?=\s*[?.!]*\s*$)",
        r" what time does \1 show ",
    ),
    (
        r"^(.+?) , (?:what|which) (colou?r|shape|size|material) (?:has|is|does it have)(?=\s*[?.!]*\s*$)",
        r" what \2 is \1 ",
    ),
    (
        r"^(.+?) , its (colou?r|shape|size|material) (?:which|what) is(?=\s*[?.!]*\s*$)",
        lambda m: f" what is the {m[2]} of {_the_phrase(m[1])} ",
    ),
    (
        r"^\s*(?:the )?([a-z ]+?) (is|are) of (?:which|what) (colou?r|shape|size|material)(?: only)?(?=\s*[?.!]*\s*$)",
        r" what \3 \2 the \1 ",
    ),
    (r"\b(that|this) one(?:'s)? (colou?r|shape|size|material) is what(?=\s*[?.!]*\s*$)", r" what \2 is \1 one "),
    (r"^(.*?)\b([a-z]+) how many (?:there )?(?:are|is)(?: there)?(?=\s*[?.!]*\s*$)", r" \1 how many \2 are there "),
    (
        r"^\s*((?:[a-z]+ ){0,3}[a-z]+) from ((?:the )?(?:[a-z]+ ){0,3}[a-z]+) (bigger|smaller|larger) (is|are)"
        r"(?=\s*[?.!]*\s*$)",
        r" \4 \1 \3 than \2 ",
    ),
    (r"\bhow many (?:pieces|piece) of ([a-z]+?)s?\b", lambda m: f"how many {plural(m[1])}"),
    (r"\b(?:please )?teach me\b", "tell me"),
    (r"\b(?:make|do) (?:the|a) count of\b", "count"),
    (r"\b(?:is|are) having\b", "has"),
    (
        r"^(\s*how many (?:different )?(?:colou?rs|shapes|sizes|materials)) (the [a-z ]+?) (?:has|have)"
        r"(?=\s*[?.!]*\s*$)",
        r"\1 do \2 have ",
    ),
    # "colours different" -> "different colours", but "are all the shapes different colours" says of the shapes
    (r"\b(colou?rs|shapes|sizes|materials) different\b(?! (?:colou?rs|shapes|sizes|materials)\b)", r"different \1"),
    (
        r"\b(?:the )?(?:object|thing|one) more (?:behind|back|to the back)(?: of all| than all)?\b",
        "the object furthest back",
    ),
    (r"\bis the most in (?:the )?front\b", "is frontmost"),
    (r"\b(?:at|in) the back of (?=the\b|it\b)", "behind "),
    (r"\bsame same\b", "same"),
    (r"\b(in|at|on) the (upper|top) part(?: of the (?:picture|image|photo))?\b", "at the top"),
    (r"\b(in|at|on) the (lower|bottom) part(?: of the (?:picture|image|photo))?\b", "at the bottom"),
    (r"\b(stays|remains|keeps) (?=at the\b|on the\b|to the\b|in the\b|near\b|behind\b|in front\b)", "is "),
    (
        r"\b(woman|man|girl|boy|person|lady|guy|kid|child) (?:of|dressed of) "
        r"(?=(?:white|black|red|blue|green|yellow|pink|brown|gray|grey|orange|purple)\b)",
        r"\1 in ",
    ),
    (r"\bdressed of\b", "dressed in"),
    (
        r"\b((?:on|at|in) (?:the )?(?:left|right|top|bottom) side(?: of (?:the )?(?:picture|image|photo))?) or "
        r"(?:the )?(left|right|top|bottom) side\b",
        r"\1 or on the \2 side",
    ),
    (r"\s*,?\s*give me them all(?=\s*[?.!]*\s*$)", " "),
    # round 54f (blind53's remaining learner forms): a set named first and quantified after ("the dogs, all of them
    # are black?", "green cubes, both of them same material are?"), "two ball same size or not", "X and Y, both are
    # same colour or not", "most left side the thing, it is what color", "it is what colour", "which side it is",
    # "which colour is it most of", "a sphere from metal", "if we don't count red ones" after the question
    (
        r"^\s*((?:the )?(?:[a-z]+ ){0,2}[a-z]+s) , (all|both|each|none) of (?:them|they) "
        r"(?:(are|is) (.+?)|(.+?) (are|is))"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[3] or m[6]} {m[2]} of {_the_phrase(m[1])} {m[4] or m[5]} ",
    ),
    (
        r"^\s*(?:the )?(two|both) ([a-z]+?)s? (?:are )?(?:the )?same (colou?r|shape|size|material)"
        r"(?: or not(?: same)?)?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" are the two {plural(m[2])} the same {m[3]} ",
    ),
    (
        r"^\s*((?:the )?[a-z ]+? and (?:the )?[a-z ]+?) , both (?:are|is) (?:the )?same (colou?r|shape|size|material)"
        r"(?: or not)?(?=\s*[?.!]*\s*$)",
        lambda m: f" are {_the_phrase(m[1])} the same {m[2]} ",
    ),
    (r"^\s*(?:the )?most (left|right)(?: side)? (?:the )?(thing|object|one|shape)\b", r" the \1most \2"),
    (r"\b(it|they|he|she) (is|are) what (colou?r|shape|size|material)(?=\s*[?.!]*\s*$)", r"what \3 \2 \1"),
    (
        r"^\s*(the [a-z ]+?) (?:,|-) on which side(?: of the (?:picture|photo|image))? (?:it|he|she) is ,? "
        r"(left|right|top|bottom) or (left|right|top|bottom)(?=\s*[?.!]*\s*$)",
        r" is \1 on the \2 or on the \3 ",
    ),
    (
        r"^\s*(?:which|what) colou?r is (?:it|there) (?:the )?most of(?=\s*[?.!]*\s*$)",
        " what is the most common colour ",
    ),
    (
        rf"\b([a-z]+) from ({_MATERIALS})\b(?! or\b)",
        lambda m: f"{m[2]} {m[1]}" if known_name(singular(m[1])) and m[1] not in {"made", "out"} else m[0],
    ),
    (
        r"\s*,?\s*if (?:we|you|i) (?:don't|do not|dont) count (?:the )?([a-z ]+?)(?=\s*[?.!]*\s*$)",
        r" not counting the \1 ",
    ),
    # round 54e (blind52): "behind everything" after the back, "the object the most at the back", "stands before all
    # the others", "the two of them", "every last one", "in tonight's line-up", "rocking white", "got the same
    # colour", "for real", "what colour's it repping / inked in", "of everyone", "all together"
    (
        r"^\s*(?:which|what) (?:one|object|thing|shape) (?:stands|is|sits|lies) (?:before|in front of|ahead of) "
        r"all the "
        r"others\b(?: ,? (?:nearest|closest) to (?:us|me|the camera|the viewer))?",
        " which object is frontmost ",
    ),
    (r"^(\s*the [a-z ]+?) ,? the (?:two|three|four|both) of them\b", r"\1"),
    (r"^\s*is every last one\b", " is every one"),
    (r"^\s*is every one of (?:them|these|those)\b", " is every object"),
    (r"\s*\bin (?:tonight 's|today 's|tonight's|today's|this|the) line ?-?up\b", " "),
    (
        r"\b(are|is) (?:rocking|rockin|sporting|repping|flexing) "
        r"(?=(?:white|black|red|blue|green|yellow|pink|brown|gray|grey|orange|purple)\b)",
        r"\1 ",
    ),
    (r"^(\s*how many (?:other )?[a-z ]+?) (?:got|have got) (the same)\b", r"\1 have \2"),
    (r"\s*,?\s*(?:for real|no cap|deadass|fr fr)(?=\s*[?.!]*\s*$)", " "),
    (
        r"\bwhat colou?r (?:is|'s) (it|he|she|they|that) (?:repping|rocking|sporting|inked in|painted in|coloured in|"
        r"colored in|done in|drawn in|filled in|shaded in|inked|painted)(?=\s*[?.!]*\s*$)",
        r"what colour is \1",
    ),
    # a count said with its sum at the end: "how many cylinders and cubes are there put together"
    (r"\s*,?\s*\b(?:all together|altogether|all told|put together|taken together|combined)(?=\s*[?.!]*\s*$)", " "),
    (
        r"\b(?:in|on) (?:this|the|my) (?:bouquet|lot|bunch|collection|line-up|lineup|display|design|layout|arrangement|"
        r"feed|setup|set-up|batch|pack|monitor|screen)\b",
        "in the picture",
    ),
    (r"^\s*(second|third|fourth|fifth|first|last) from the (left|right|front|back) ,", r" the \1 object from the \2 ,"),
    (
        r"^\s*(?:is there )?(?:anything|something)(?: is| are)?(?: (?:stood|standing|sitting|sat|lying|parked|placed|"
        r"there))? "
        r"((?:behind|in front of|left of|right of|to the (?:left|right) of|near|next to|on|under|above|below|beside) "
        r"the [a-z ]+?) \? what is (?:it|that)(?=\s*[?.!]*\s*$)",
        r" what is \1 ",
    ),
    (
        r"^\s*(?:somebody|someone|somebody 's|someone 's|a person) (?:is |'s )?([a-z]+ing .+?) [?.] "
        r"who(?=\s*[?.!]*\s*$)",
        r" who is \1 ",
    ),
    (r"^(\s*how many [a-z ]+? are there) to [a-z]+(?: (?:in|on|at|with|from|under))?(?=\s*[?.!]*\s*$)", r"\1 "),
    (r"\b(?:grander|mightier|chunkier|beefier|heftier)\b", "bigger"),
    (r"\b([a-z]+)[- ]looking (thing|object|one|shape|item)\b", lambda m: m[1] if known_name(singular(m[1])) else m[0]),
    (
        r"^(?:\s*[a-z]+ ,)?(\s*how many [a-z ]+?)(?: are| is)? (?:we|you|i) (?:working with|looking at|dealing with|"
        r"seeing)(?=\s*[?.!]*\s*$)",
        r"\1 are there ",
    ),
    (
        r"^\s*(?:tell me ,? )?what (?:shade|hue|colou?r|tint) (?:adorns|graces|covers|dresses|marks|colours|colors) ",
        " what colour is ",
    ),
    # round 54c (blind54): "like metal or something", "would you ever tell me", "the rubbery sort", "any of it",
    # "ahead of", "stood about", "hanging near", "bus and cars and whatnot", "do A and B match colour-wise", "the
    # other dog, the one near the girl", "who's that hanging about", "what's the cylinder colour"
    (r"\s*,\s*(?:[a-z]+ )?[a-z]+ or (?:something|smth|summat|anything) else(?=\s*[?.!]*\s*$)", " "),
    (r"\s*,?\s*or (?:something|smth|summat|whatever|so)(?: else| like that)?(?=\s*[?.!]*\s*$)", " "),
    (
        r"(?<!\blooks )(?<!\blook )(?<!\blooked )(?<!\bsomething )\blike ([a-z]+)\b",
        lambda m: m[1] if LEXICON.attribute_of(m[1]) is not None and m[1] not in {"left", "right"} else m[0],
    ),
    (r"^\s*would you ever (?=tell|give|say|count|show|let|check|look)", " "),
    (r"^\s*who (?:is|'s) that (?=[a-z]+ing\b)", " who is "),
    (
        r"\bwhat colou?r is (?:its|their) (?:armou?r|coat|paint|paintwork|finish|skin|shell|outfit)\b",
        "what color is it",
    ),
    (
        r"(?<!\bof )\bthe (?:(?:shiny|matte|dull|glossy) )?([a-z]+) (?:kind|sort|type|variety)\b",
        lambda m: m[1] if LEXICON.attribute_of(m[1]) is not None else m[0],
    ),
    (r"^\s*(?:is )?any of (?:it|them|this|these|those) (?=made\b|[a-z]+ed\b)", " is anything "),
    (r"\s+at all(?=\s*[?.!]*\s*$)", " "),
    (r"\bahead of\b", "in front of"),
    (
        r"\b(stood|standing|sitting|sat|hanging|lying|waiting|milling|loitering|lingering|chilling|hovering|"
        r"parked) (?:about|around|round)\b",
        r"\1",
    ),
    (
        r"\b(is|are) (?:hanging|hanging out|loitering|milling|lingering|waiting|chilling|hovering) "
        r"(?=near\b|by\b|next to\b|beside\b|behind\b|in front of\b|to the\b)",
        r"\1 ",
    ),
    (
        r"\s*,\s*(?:the )?[a-z]+(?: and (?:the )?[a-z]+)* and (?:whatnot|what not|stuff|so on|all that|the like|such)"
        r"(?=\s*[?.!]*\s*$)",
        " ",
    ),
    (
        r"^\s*do (the [a-z ]+?) and (the [a-z ]+?) match(?: ,)? (?:(colou?r|shape|size|material)[- ]?wise|in "
        r"(colou?r|shape|size|material))(?=\s*[?.!]*\s*$)",
        lambda m: f" are {m[1]} and {m[2]} the same {m[3] or m[4]} ",
    ),
    (
        r"\bthe other ([a-z]+) , the one (?=near\b|by\b|next to\b|beside\b|behind\b|in front of\b|left\b|right\b)",
        r"the \1 ",
    ),
    (
        r"^\s*what is the ((?:[a-z]+ ){0,2}?([a-z]+)) (colou?r|shape|size|material)(?=\s*[?.!]*\s*$)",
        lambda m: f" what {m[3]} is the {m[1]} " if known_name(singular(m[2])) else m[0],
    ),
    (
        r"^\s*what (?:is|'s)(?: (?:standing|sitting|lying|placed|located|positioned|parked|sat|stood))? "
        r"(?:right |all the way |way )?(furthest in front|furthest (?:at the )?back|frontmost|backmost|rearmost|"
        r"leftmost|rightmost|furthest (?:to the )?(?:left|right)|at the (?:very )?(?:back|front))(?=\s*[?.!]*\s*$)",
        lambda m: f" what is the {_EXTREME_ADJECTIVE.get(m[1].replace(' very', ''), m[1])} object ",
    ),
    # round 52: a learner's "the cube of colour red", "things of color gray", "is it in metal or in rubber"
    (
        r"\b(the |a |an |two |both )?([a-z]+) of (?:the )?colou?r ([a-z]+)\b",
        lambda m: f"{m[1] or ''}{m[3]} {m[2]}" if (LEXICON.attribute_of(m[3]) or ("",))[0] == "color" else m[0],
    ),
    (
        rf"\b(is|are) (it|they|the [a-z ]+?)(?<!\bmade)(?<!\bout) (?:of|in|from) ({_MATERIALS}) or (?:of |in |from )?"
        rf"({_MATERIALS})\b",
        r"\1 \2 \3 or \4",
    ),
    (rf"\b(it|they) (is|are) (?:of |in |from )?({_MATERIALS}) or (?:of |in |from )?", r"\2 \1 \3 or "),
    (rf"\b(is|are) (?:of|in|from) ({_MATERIALS}) or (?:of |in |from )?", r"\1 it \2 or "),
    (r"\bhow many souls\b", "how many people"),
    (r"\bwhich (?:one )?is (?:the )?greater\b", "which is bigger"),
    (r"\bwhich (?:one )?is (?:the )?lesser\b", "which is smaller"),
    (r"^(\s*how many [a-z]+) (?:do|does|did) (?:tread|walk|stroll|linger|wait|stand|sit|lie|rest|dwell)\b", r"\1 are"),
    # round 52: "how many barrels have we got", "... on the stage tonight": who has them and when add nothing
    (
        r"^((?:[a-z' ]+ [,:;] )?\s*how many (?:(?!(?:can|could|do|does|did|would|will|should|might|must|have|"
        r"has|is|are)\b)[a-z]+ ){1,4}?)(?:have |'ve |do )?(?:i|we|you|ya|y'all|it) "
        r"(?:got|have|got going|see|count|talking|talkin'?|looking at|dealing with)\b"
        r"(?: out\b| out there\b| (?:standing|sitting|lying) (?:there|here)\b)?",
        r"\1are there",
    ),
    (
        r"\s(?:tonight|this (?:evening|morning|afternoon|time|minute)|today|right now|at the moment|at present|"
        r"currently|so far|these days|now)"
        r"(?=\s*[?.!,]|\s*$)",
        " ",
    ),
    (r"\bwhat (?:hue|tint|tincture)\b", "what colour"),
    (r"(?<!would )(?<!will )(?<!could )(?<!should )(?<!might )(?<!must )(?<!can )(?<!to )\bthere be\b", "there are"),
    (r"^(\s*(?:which|what|where)\b(?: [a-z]+){0,5}?) be (?=the\b|it\b|that\b|this\b|yon\b)", r"\1 is "),
    (
        r"^(\s*how many [a-z ]+?)(?<!would)(?<!will)(?<!could)(?<!should)(?<!might)(?<!must)(?<!can)(?<!to) be "
        r"(?=made\b|[a-z]+ed\b|on\b|in\b|there\b|here\b|left\b|right\b|behind\b)",
        r"\1 are ",
    ),
    (r"\b(?:does|do|did) (wear|hold|carry|ride)\b", r"is \1ing"),
    (r"\b(that|which) (the [a-z ]+?) (wear|hold|carri|ride?|carrie)s\b", r"\1 \2 is \3ing"),
    (
        r"\b(stands?|standing|sits?|sitting|lies|lying|is|are) before (?=the\b|it\b|them\b|him\b|her\b)",
        r"\1 in front of ",
    ),
    (r"\b(?:up high|high up) or (?:down low|low down)\b", "at the top or at the bottom"),
    (r"\b(?:down low|low down) or (?:up high|high up)\b", "at the bottom or at the top"),
    (
        r"\b(are|is) (?:gathered|assembled|grouped|clustered|collected|scattered|lined up|arranged|laid out|set out|"
        r"planted|dotted about|dotted around)(?= here\b| there\b| in\b| on\b| about\b| around\b|\s*[?.!]*\s*$)",
        r"\1",
    ),
    # round 52: the very polite ask round about ("may I respectfully ask", "might I enquire as to", "would it be
    # indiscreet to ask", "I should be most obliged to learn the inscription ... upon the road surface", "if it is
    # not too much trouble")
    (r"\b(road|street|floor|ground|table|wall|pavement) surface\b", r"\1"),
    (r"\b(i|we) (?:(?:very |most |so )?[a-z]+ly )+(ask|enquire|inquire|request|wonder|beg)\b", r"\1 \2"),
    (r"\b(?:enquire|inquire) (?:as to|about|after|into|regarding)\b", "ask"),
    (r"\b(?:enquire|inquire)\b", "ask"),
    (r"^\s*if (?:it is|it's|it be) not (?:too much )?(?:trouble|a bother|an imposition|too much to ask) ,", " "),
    (
        r"^\s*(?:with (?:the )?(?:(?:utmost|greatest|all due|due|great|the greatest|every) )?respect|respectfully|"
        r"begging your pardon|(?:i )?beg your pardon|pardon me|excuse me|forgive me|if i may) ,",
        " ",
    ),
    (r"\s*,?\s*\bif you (?:would|could|will) be so (?:good|kind)(?: as to\b)?", " "),
    (
        r"\bwould it be (?:[a-z]+ )?(?:indiscreet|rude|impolite|presumptuous|forward|impertinent|too much|possible|"
        r"ok|okay|alright|all right)(?: of me)? to ask (?:you )?(?:for |about )?",
        "may i ask ",
    ),
    (
        r"\bi (?:should|would|'d) be (?:[a-z]+ )?(?:obliged|grateful|indebted)(?: to you)?"
        r"(?: if you (?:would|could) (?:tell me|let me know)| to (?:learn|know|hear))?",
        "tell me",
    ),
    (
        r"^\s*(?:please )?(?:tell me|let me know|may i ask|may i know) (?:the )?(?:labels?|text|writing|words?|caption|"
        r"lettering|inscription|message)(?: (?:painted|written|printed|shown|displayed))? (?:on|in) "
        r"((?:the|this|that) [a-z0-9 ]+?)\s*(?:please\s*)?[?.!]*\s*$",
        r" what does \1 say ",
    ),
    (
        r"\b(?:may|might|can|could) (?:i|we) ask (?:you )?(?:for )?(?=the (?:colou?r|shape|size|material|number) of\b)",
        " what is ",
    ),
    # round 49c: learners' "the same colour of", "is possible to know", "which is the quantity of"; radio and
    # parade-ground commands ("say colour", "confirm count: spheres", "affirm or negative")
    (r"\bthe same (colou?r|shape|size|material) of\b", r"the same \1 as"),
    (r"\bmore far (?:to the |towards the )?back\b(?! than\b)", "furthest back"),
    (r"\bmore far\b", "further"),
    (
        r"^\s*(?:please\s*,?\s*)?(?:is (?:it )?possible to|may i|can i|could i|might i) (?:know|ask|get|have|see) "
        r"(?=the (?:colou?r|shape|size|material|number) of\b)",
        " what is ",
    ),
    (
        r"^\s*(?:please\s*,?\s*)?(?:is (?:it )?possible to|may i|can i|could i|might i) (?:know|ask) "
        r"(?=how many\b|what\b|which\b|whether\b)",
        " ",
    ),
    (
        r"^\s*(?:please\s*,?\s*)?which is the (?:quantity|amount) of (.+?)"
        r"(?: in the (?:image|picture|photo|scene))?\s*[?.!]*\s*$",
        r" how many \1 are there ",
    ),
    (r"\s*[.,;:]?\s*(?:affirm(?:ative)?|yes) or negative\s*[?.!]*\s*$", " ? "),
    (r"^\s*(?:verify|confirm)\s*:?\s*(?=(?:the |a |an )?[a-z ]+? (?:is|are) )", " is it true that "),
    # a diagram's labels: "is the pink shape labelled cat", "what shape is labelled 100", "the box labelled house",
    # "a shape with the label stop", "what is the label on the purple diamond", "what shape is the stop label in"
    (
        rf"^\s*(is|are) ((?:the|this|that|any|a|an) (?:(?!{_NO_LABEL})[a-z0-9 ])+?) "
        rf"(?:labell?ed|marked|tagged|captioned|titled)(?: with| as)?(?: the (?:word|words|text|label|number))? "
        rf"((?:(?!{_NO_LABEL}).)+?)\s*[?.!]*\s*$",
        lambda m: f" {'does' if m[1] == 'is' else 'do'} {m[2]} say {m[3]} ",
    ),
    (  # "does any shape say sales": whether one does (a verify of the whole picture would ask whether all do)
        r"^\s*(?:does|do) (?:any|some|one|either)(?: of the)? ((?:[a-z]+ ){0,2}?[a-z]+) say (.+?)\s*[?.!]*\s*$",
        r" are there any \1 that say \2 ",
    ),
    (
        r"^\s*how many ([a-z ]+?) (?:are|is) (?:labell?ed|marked|tagged|captioned|titled)(?: with| as)?"
        r"(?: the (?:word|words|text|label|number))? (.+?)\s*[?.!]*\s*$",
        r" how many \1 are there that say \2 ",
    ),
    (
        r"^\s*(what|which) ([a-z]+(?: of shape| shape)?) (?:is|are) (?:labell?ed|marked|tagged|captioned|titled)"
        r"(?: with| as)?(?: the (?:word|words|text|label|number))? ",
        r" \1 \2 says ",
    ),
    (
        r"(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:(?:that|which) (?:is|are) |that's )?(?:labell?ed|marked|tagged|captioned|"
        r"titled)(?: with| as)?(?: the (?:word|words|text|label|number))? (?=[a-z0-9])",
        "that says ",
    ),
    (
        r"\bwith (?:the |a )?(?:label|word|words|text|caption|number|title|writing) (?!on\b|in\b|inside\b)(?=[a-z0-9])",
        "that says ",
    ),
    (
        r"^\s*what (?:is|'s|are) (?:the )?(?:label|labels|text|writing|words?|caption|lettering|number|title|"
        r"inscription) (?:on|in|inside|(?<!number )of|within|written (?:on|in)) (it|(?:the|this|that) [a-z0-9 ]+?)"
        r"\s*[?.!]*\s*$",
        r" what does \1 say ",
    ),
    (  # "is the Start text in a circle": the shape that says it is the circle, not something inside one
        r"^\s*is the shape that says (.+?) (?:in|inside|within|written in) (an?|the) "
        r"(circle|ellipse|oval|rectangle|box|square|triangle|diamond|star|hexagon|pentagon|shape)\s*[?.!]*\s*$",
        r" is the shape that says \1 \2 \3 ",
    ),
    (
        r"^\s*(what|which) (shape|colou?r|kind of shape|type of shape) is the "
        r"(?:label|text|word|writing|caption|shape) that says (.+?) (?:in|on|inside|written (?:in|on))\s*[?.!]*\s*$",
        r" what \2 is the shape that says \3 ",
    ),
    (
        r"^\s*how many (people|persons|men|women|boys|girls) do not wear (?:any|a|an) ([a-z]+)\b",
        r" how many \1 not wearing a \2 are there",
    ),
    (r"\b(does|do) (the [a-z ]+?) indicate\b", r"\1 \2 show"),
    (r"\b(?:which|what) colou?r does (she|he|they) wear\b", r"what colour is \1 wearing"),
    (r"\bthe (left|right) (upper|lower|top|bottom)\b", r"the \2 \1"),
    (r"\b(?:which|that) (?:are|is) visible\b", " "),
    # --- blind36's first run: long compositional questions
    (  # "how many cubes are left of the ball, apart from the cyan one": the exception is of what is counted
        r"^\s*how many (?P<counted>(?:[a-z]+ ){0,3}?[a-z]+s)(?P<rest> (?:are|is|have|has) [a-z ]+?)\s*,\s*"
        r"(?:not counting|apart "
        r"from|except(?: for)?|excluding|other than|besides|but not|leaving out|ignoring|without) (?P<gone>(?:the |any "
        r")?[a-z ]+?)\s*[?.!]*\s*$",
        _excepted_last,
    ),
    (
        r"\b((?:nearest|closest|farthest|furthest) (?:to |from )?the camera\b.*?\b(?:nearest|closest|farthest|furthest)"
        r" (?:to|from)) it\b",
        r"\1 the camera",
    ),
    (
        r"^(\s*are there (?:(?:more|fewer|less) .+? than|as many .+? as) .+? and .+?) (?:put together|combined|taken "
        r"together|together|in "
        r"total|altogether)\s*[?.!]*\s*$",
        r"\1 ",
    ),
    (
        rf"{_NOT_CLEFT}\bthe ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:that|which) (?:is|are|sits|lies|stands) {_FURTHEST} "
        r"(?:(?:to|on) the )?(left|right)\b(?: side)?",
        r"the \2most \1",
    ),
    (
        rf"{_NOT_CLEFT}\bthe ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:that|which) (?:is|are|sits|lies|stands) {_FURTHEST} "
        r"(back|to the back|behind|away from the camera)\b",
        r"the backmost \1",
    ),
    (
        rf"{_NOT_CLEFT}\bthe ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:that|which) (?:is|are|sits|lies|stands) {_FURTHEST} "
        r"(forward|to the front|in front)\b",
        r"the frontmost \1",
    ),
    (
        r"^\s*(?:among|of|out of|from) (?:all )?the ([a-z ]+?)\s*,\s*(what|which) (colou?r|shape|material|size) is the "
        r"one (?:that is |which is )?(?:furthest|farthest|most) (back|to the back|forward|to the front|in front|to the "
        r"left|left|to the right|right)\s*[?.!]*\s*$",
        lambda m: f" what {m[3]} is the {_FAR_WAY[m[4].removeprefix('to the ')]} {_one_of(m[1])} ",
    ),
    (
        r"\bthe (leftmost|rightmost|frontmost|backmost|rearmost|topmost|bottommost) of the "
        r"((?:[a-z]+ ){0,2}?[a-z]+s)\b",
        lambda m: f"the {m[1]} {_one_of(m[2])}",
    ),
    (
        r"\s*,?\s*(?:but|and|yet) (?:have |has |are |is |of )?(?:an? |with an? )?different "
        r"(colou?r|shape|size|material)(?: (?:from|than|to) (it|the [a-z ]+?))?(?=\s*[?.!]*\s*$)",
        lambda m: f" and not the same {m[1]} as {m[2] or 'it'} ",
    ),
    (  # "more X left of the cylinder than Y to its right": its = the cylinder
        rf"\b((?:{RELATION}) (the [a-z ]+?)) than ([a-z ]+?) (?:to|on) its (left|right)(?: side)?\b",
        r"\1 than \3 \4 of \2",
    ),
    (
        rf"\b((?:{RELATION}) (the [a-z ]+?)) than ([a-z ]+?) on (?:that|the) same side of (?:it|them)\b",
        r"\1 than \3 \1",
    ),
    (  # "do more blue objects sit left of the cube than to its right", "are there fewer things behind it than in
        # front of it", "as many objects to its left as to its right": two counts of one kind, by place
        rf"^\s*(?:do|are there) (more|fewer|less|as many) ([a-z ]+?) (?:sit|stand|lie|are)? ?((?:{RELATION}) (the "
        r"[a-z ]+?)) (?:than|as) (?:(?:to|on) its (left|right)(?: side| hand side)?|(behind|in front of|"
        r"(?:to the |on the )?(?:left|right) of|above|below|next to|near) (?:it|them))\s*[?.!]*\s*$",
        lambda m: (
            f" are there {'fewer' if m[1] == 'less' else m[1]} {m[2]} {m[3]} {'as' if m[1] == 'as many' else 'than'}"
            f" {m[2]} {f'{m[5]} of' if m[5] else m[6]} {m[4]} "
        ),
    ),
    (  # "how many more objects are in front of the cylinder than behind it"
        rf"^\s*how many (more|fewer) ([a-z ]+?) (?:are there |are |sit |stand |lie )((?:{RELATION}) (the [a-z ]+?)) "
        r"than (?:(?:to|on) its (left|right)(?: side)?|(behind|in front of|(?:to the |on the )?(?:left|right) of|above|"
        r"below) (?:it|them))\s*[?.!]*\s*$",
        lambda m: f" how many {m[1]} {m[2]} {m[3]} than {m[2]} {f'{m[5]} of' if m[5] else m[6]} {m[4]} are there ",
    ),
    (  # "how many more cubes than spheres are there in front of the cylinder": the place is of both
        rf"^\s*how many (more|fewer) ([a-z ]+?) than ([a-z ]+?) are there ((?:{RELATION}) the [a-z ]+?)\s*[?.!]*\s*$",
        r" how many \1 \2 \4 than \3 \4 are there ",
    ),
    (
        r"^\s*are all (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+ )?\s*(objects|things|items|shapes)"
        r"(?: in (?:this|the) (?:scene|picture|image))? made of the same material\s*[?.!]*\s*$",
        r" are all the \1 made of the same material ",
    ),
    (r"\bwhose (colou?r|shape|size|material) is the same as (?:that|the one) of\b", r"that has the same \1 as"),
    (
        r"\bwhose (colou?r|shape|size|material) (?:matches|is like|equals) (the [a-z ]+?)(?: 's)?(?=\s|$)",
        r"that has the same \1 as \2",
    ),
    (
        r"\b(shares?|share) (?:its|their|it 's|it's) (colou?r|shape|size|material) with\b",
        lambda m: f"{'has' if m[1] == 'shares' else 'have'} the same {m[2]} as",
    ),
    (r"\b(?:any|at all|any at all) (bigger|smaller|larger|taller|closer|farther)(?= than\b)", r"\1"),
    (r"\bwithout being (an? )?([a-z]+)\b", r"and are not \1\2"),
    (r"\bthan there are\b", "than"),
    (
        r"^\s*(?:looking|going|counting|reading) from (?:the )?(left|right) to (?:the )?(?:left|right) "
        r"(?:at|along|across|over) the (?:two|three|four|five|seven|\d+ )?\s*([a-z ]+?)\s*,\s*(what|which) "
        r"(colou?r|shape|material|size) is the one in the middle\s*[?.!]*\s*$",
        lambda m: f" what {m[4]} is the {_one_of(m[2])} in the middle from the {m[1]} ",
    ),
    (
        r"^\s*(?:going|counting|moving) from the (front|back)(?: of the (?:scene|picture|image))? to the (?:front|back)"
        r"\s*,\s*(what|which) (colou?r|shape|material|size) is the (\w+) ([a-z ]+?) (?:you come to|you reach|you meet|"
        r"you see|you find)\s*[?.!]*\s*$",
        r" what \3 is the \4 \5 from the \1 ",
    ),
    (rf"^\s*somewhere (?=(?:{RELATION}) )", " "),
    (r"\b(is|are) being (hidden|covered|obscured|occluded|overlapped)\b", r"\1 \2"),  # "which shape is being covered"
    (  # "which figure is covered": the one behind another
        r"^\s*which (?:shape|object|thing|one|figure|piece|item)s? (?:is|are) (?:covered|overlapped)(?: up)?"
        r"(?=\s*[?.!]*\s*$)",
        " which shape is behind another shape ",
    ),
    (  # "do any two shapes overlap each other", "does anything overlap?", "is anything overlapping"
        r"^\s*(?:(?:do|does) (?:any (?:two )?(?:of (?:the|these|those) )?|the |some |two )?(?P<does>shapes|objects|"
        r"things|figures|items|pieces|ones|anything|something|any of them|they)(?: here)? overlap(?: with)?|"
        r"(?:is|are) (?P<is>anything|something|any of them|they)(?: here)? overlapping)"
        r"(?: each other| one another)?(?: at all)?(?=\s*[?.!]*\s*$)",
        lambda m: (
            f" are any {m['does'] if (m['does'] or '').endswith('s') and m['does'] != 'ones' else 'things'}"
            " overlapping "
        ),
    ),
    (  # "what colour is the hidden shape", "the partly covered ones": the shapes behind another one
        r"\b(?:partly |partially |half )?(?:hidden|obscured|occluded|covered|overlapped) "
        r"((?:shape|one|object|thing|figure)s?)\b(?! by)",
        r"\1 behind another shape",
    ),
    (  # "which shape is partly hidden", "is the square partly covered by another shape": behind another one
        r"\b(?:(?:partly|partially|half|somewhat|slightly|a bit) (?:hidden|covered|obscured|occluded|overlapped)"
        r"(?: up)?(?: (?:up )?by (?:another|an other|some other|a|an|some|any) (?:other )?"
        r"(?:shape|object|thing|figure|one))?"
        r"|(?:hidden|covered|obscured|occluded|overlapped) (?:up )?by (?:another|an other|some other|a|an|some|any) "
        r"(?:other )?(?:shape|object|thing|figure|one))\b",
        "behind another shape",
    ),
    (  # "is the red shape obscured?", "which shape is hidden": behind another one
        r"\b(?:hidden|obscured|occluded)(?=\s*[?.!]*\s*$)",
        "behind another shape",
    ),
    # "which one is partially covered": which shape
    (r"^\s*which (?:one|thing|object|piece)(?= is behind another shape\b)", " which shape"),
    (r"\bpeek(?:s|ing)? (?:out )?from (?:behind|under|underneath|beneath)\b", "behind"),  # "peeking out from behind X"
    (  # "is the square hiding part of the circle": in front of it
        r"\b(?:hiding|obscuring|blocking|covering up|covering) (?:(?:a )?part of|some of|a bit of) ",
        "in front of ",
    ),
    (  # "which shape is covering the other", "which one is drawn over the other one": the one in front of another
        r"^\s*which (?:shape|one|object|thing) is "
        r"(?:covering|hiding|over|drawn over|on top of|in front of|lying on|laid over)"
        r" the other(?: one| shape)?(?=\s*[?.!]*\s*$)",
        " which shape is in front of another shape ",
    ),
    (  # "which one is under the other", "which shape is covered by the other": the one behind another
        r"^\s*which (?:shape|one|object|thing) is "
        r"(?:under|underneath|beneath|behind|below|covered by|hidden by|drawn under)"
        r" the other(?: one| shape)?(?=\s*[?.!]*\s*$)",
        " which shape is behind another shape ",
    ),
    (  # "which shape is on top?", "which one is in the back?": the frontmost (a drawing's top layer), the backmost
        r"^\s*which ([a-z]+) is (?:(in front|on top|the top layer|the top one)|"
        r"(in the back|at the back|in back|the bottom layer|the bottom one|at the bottom layer))(?=\s*[?.!]*\s*$)",
        lambda m: f" which {_kind_asked(m[1])} is {'frontmost' if m[2] else 'backmost'} ",
    ),
    (  # "which shape is underneath?": the one under another
        r"^\s*which (?:shape|one|object|thing) is (?:behind|underneath|beneath)(?=\s*[?.!]*\s*$)",
        " which shape is behind another shape ",
    ),
    (  # "which is in front, the square or the heart": the one in front of the other
        r"^\s*which (?:one |shape |object |thing )?is (?:in front|on top|in the front|nearer the front|at the front)"
        r"\s*[,:]",
        " which is frontmost ,",
    ),
    (  # "behind the red cube, is there either a metal cube or a rubber sphere": the place covers both
        rf"^\s*((?:{RELATION}) the [a-z ]+?)\s*,\s*(is|are) there (?:either )?((?:an? |any )[a-z ]+?) or ((?:an? |any )"
        r"[a-z ]+?)\s*[?.!]*\s*$",
        r" \2 there \3 or \4 \1 ",
    ),
    (  # "anything right of the purple cylinder that is the same size as X": the clause is the thing's
        rf"^\s*(is|are) there (anything|something|any (?:object|thing)s?) ((?:{RELATION}) the "
        r"(?:[a-z]+ ){0,3}?[a-z]+) (?:that|which) (?:is|are) (the same [a-z]+ as the [a-z ]+?)\s*[?.!]*\s*$",
        r" \1 there \2 \3 and \4 ",
    ),
    (  # CLEVR-Math: "subtract all red cubes. add 2 spheres. how many objects are there?"
        rf"^\s*(?:first |please )?{_EDIT_VERB}\b.*$",
        lambda m: _scene_edits(m.group(0)),
    ),
    (  # "consider only the rubber objects. how many of them are cubes", "find every cube. count them": the set first
        r"^\s*(?:first |now |please )?(?:consider|considering|take|taking|look at|looking at|find|locate|spot|"
        r"identify|select|pick out|focus on) (?:only |just )?(the|all (?:of )?the|all|every|each) ([a-z ]+?)"
        r"(?: only)?\s*[.,;:]\s*(?:then |now |and )?(count them|count those|count these|how many|is any|are any|"
        r"is there any|are there any)(?: of them| of those)?(?: (?:are |is )?([a-z].*?))?\s*[?.!]*\s*$",
        lambda m: _of_the_set(m[1], m[2], m[3], m[4] or "") or m[0],
    ),
    # the very middle of the picture, both axes ("in the middle" alone is the middle third across, GQA's sense):
    # "which shape is in the very middle of the picture", "the ball closest to the centre of the image"
    (r"\bthe most central\b", "the centremost"),
    (
        rf"^\s*(what|which) (colou?r|shape|size|material) (?:is|lies|sits|can be seen|do you see) (?:in|at) the "
        rf"{_VERY_MIDDLE}[\s?.!]*$",
        lambda m: f" {m[1]} {m[2]} is the centremost{'' if m[2] == 'shape' else ' object'} ",
    ),
    (
        rf"^\s*(?:what|which) (?:is|lies|sits|can be seen|do you see|object is|thing is|one is) (?:in|at) the "
        rf"{_VERY_MIDDLE}[\s?.!]*$",
        " what is the centremost object ",
    ),
    # "is the shape in the centre": in the middle of the picture both ways, not only nearer it than the others (a
    # lone shape in a corner is the centremost of one)
    (rf"^\s*is (the [a-z ]+?) (?:in|at) the {_VERY_MIDDLE}[\s?.!]*$", r" is \1 in the middle and in the middle row "),
    (rf"\b(is|are|lies|sits) (?:in|at) the {_VERY_MIDDLE}(?=[\s?.!]*$)", r"\1 in the middle and in the middle row"),
    (rf"\bthe ((?:[a-z]+ )?[a-z]+) (?:that is |which is )?(?:in|at) the {_VERY_MIDDLE}", r"the centremost \1"),
    (
        r"\bthe ((?:[a-z]+ )?[a-z]+) (?:that is |which is )?(?:closest|nearest) to the (?:very |exact )?(?:middle|"
        r"centre|center) of (?:the|this) (?:picture|image|photo|frame|scene)\b",
        r"the centremost \1",
    ),
    (r"^.*$", lambda m: _introduced(m.group(0))),
    (r"\bcam\b", "camera"),
    (  # "find the red sphere. then the object behind it. what colour is that object?"
        r"^\s*(?:first )?(?:find|locate|start|begin|look at|take|pick)\b.*$",
        lambda m: _walk(m.group(0)),
    ),
    # blind30's first run (rephrasings by different people)
    (r"\b(left|right) (?:side )?from\b", r"\1 of"),
    (r"\bon (left|right) side of\b", r"\1 of"),  # never "on the right side of the picture" (a part of it)
    (r"\bon (left|right) of\b", r"\1 of"),
    (r"\b(1|2|3|4|5|6|7|8|9|10)(?:st|nd|rd|th)\b", lambda m: _ORDINAL_WORDS[int(m[1])]),
    (r"\bfrom (?:the )?(left|right)(?:[ -]hand)? side\b", r"from the \1"),
    (
        r"\b(?:that|which|who) (?:is|are) (?:the )?most (?:in front|at the front|to the front|forward)\b",
        "that is frontmost",
    ),
    (
        r"\b(?:that|which|who) (?:is|are) (?:the )?most (?:in the back|at the back|to the back|behind|back)\b",
        "that is backmost",
    ),
    (r"\b(?:that|which|who) (?:is|are) (?:the )?most (?:to the|on the) (left|right)\b", r"that is \1most"),
    (  # "stands the most on the back", "stays more to the back", "lies furthest forward", "standing most right
        # side": the one furthest that way (never "more to the left than", "most left of")
        r"\b(stands?|standing|lies|lying|sits|sitting|stays|staying) (?:the )?(?:most(?: (?:on|at|in))?|"
        r"more(?: (?:on|to|at|in|towards))?|(?:furthest|farthest)(?= forward))(?: the)? (left|right|front|back|forward)"
        r"(?: side)?\b"
        r"(?! than\b| of\b)",
        lambda m: f"{'is' if m[1].startswith('stay') else m[1]} {_MOST['front' if m[2] == 'forward' else m[2]]}",
    ),
    (r"\bin the most (left|right)\b", lambda m: _MOST[m[1]]),
    # "the nearest thing to the right of the cube", "the very next thing along to its right": the first one met going
    # that way from it (said before "nearest" reads as a superlative of its own)
    (
        r"\bthe (?:very )?(?:nearest|closest|next)((?: [a-z]+){0,2}?(?: one| thing| object| item| piece| [a-z]+)?)"
        r"(?: along| over| in line)? (?=(?:to the (?:left|right) of|(?:left|right) of|behind|in front of|"
        r"to (?:its|his|her|their) (?:left|right)\b|on (?:its|his|her|their) (?:left|right)\b))",
        lambda m: f"the first{m[1] if m[1].strip() else ' thing'} ",
    ),
    # "anything purple or orange (anywhere)?", "is there anything that is red or blue": either value found
    (
        r"^\s*(?:(?:is|are) there )?(?:anything|something|any ?thing|any objects?|any shapes?|any items?)"
        r"(?: (?:that|which) (?:is|are))? ([a-z]+) or ([a-z]+)(?: anywhere)?(?= *(?:in|on|at|[?.!]|$))",
        lambda m: f" are there any {m[1]} or {m[2]} things " if all(_value_said(v) for v in (m[1], m[2])) else m[0],
    ),
    # "which vehicle sits at the bottom of the picture": where it is (a place in the picture, not a posture)
    (
        r"^\s*(which|what) ([a-z ]+?) (?:sits|stands|lies|rests|is sitting|is standing|is lying|is resting) "
        r"(?=(?:at|on|in) the (?:very )?(?:top|bottom|left|right|middle|centre|center|upper|lower)\b)",
        r" \1 \2 is ",
    ),
    # "at the top of the frame", "the right-hand side of the layout": a place in the picture, whatever it is called
    (
        r"\b((?:top|bottom|left|right|middle|centre|center|upper|lower)(?:[- ](?:left|right|hand))?"
        r"(?: side| edge| part| half| corner| end| area)?) of (?:the|this|our|your) (?:frame|layout|grid|canvas|"
        r"display|screen|shot|view|pic|page|sheet|diagram)\b",
        r"\1 of the picture",
    ),
    (r"\b(?:furthest|farthest) (?:away|off|out)\b(?! from\b)", "farthest from us"),
    (  # "going left to right, which shape comes first": the first of them that way
        r"^\s*(?:(?:going|reading|counting|looking|moving|working) )?(?:from )?(left to right|right to left|"
        r"front to back|back to front|top to bottom|bottom to top)\s*[,:-]?\s*(which|what) ([a-z ]+?) "
        r"(?:comes?|is|sits|stands|appears) (first|last)\b",
        lambda m: f" {m[2]} {m[3]} is {_MOST[_WAY_ENDS[m[1]][m[4] == 'last']]}",
    ),
    (r"\bthe (?:extreme|utmost|outermost) (left|right|front|back|top|bottom)\b", r"the very \1"),
    (r"\b(furthest|farthest) on the (left|right)(?: side| hand side|-hand side)?\b(?! of\b)", r"\1 to the \2"),
    (  # "which thing is most at the back", "who is furthest on the right side", "furthest at the top": the most so
        r"\b(is|are|'s) (?:the )?(?:very )?(?:most|furthest|farthest) (?:at|to|in|on|towards) the (?:very )?"
        r"(left|right|front|back|top|bottom)(?: side| end| edge| part)?(?=\s*(?:[,;:?.!]|$))",
        lambda m: f"{m[1]} {_MOST[m[2]]}",
    ),
    (r"\bthe very (?:very )?(front|back) one\b", lambda m: f"the {_MOST[m[1]]} one"),
    (
        r"(\bis |'s |’s )?(?:closest|nearest) to (?:the )?(?:viewer|viewers|us|me)\b",
        lambda m: f"{m[1]}closest to the camera" if m[1] else m[0],
    ),
    (r"^\s*who (standing|sitting)\b", r" who is \1"),
    (  # "Which is biggest, the star or the red circle?": of two, the bigger
        r"^\s*which (?:one )?(?:is|'s) (?:the )?(biggest|largest|smallest)\s*(?=,|:)",
        lambda m: f" which is {_COMPARATIVE_OF[m[1]]}",
    ),
    (  # "Are the red shapes as many as the blue ones?", "the cylinders, are they as many as the spheres?"
        r"^\s*(?:(?:the )?([a-z ]+?) , )?are (?:they|(?:the )?([a-z ]+?)) as many as (?:the )?([a-z ]+?)\s*$",
        lambda m: f" are there as many {m[2] or m[1]} as {m[3]} " if (m[2] or m[1]) else m[0],
    ),
    (
        r"^\s*(are|is) ((?:the |these |those |both )?[a-z ]+?) having (the same|a different|different)\b",
        r" do \2 have \3",
    ),
    (r"\bis having\b", "has"),
    (r"\bare having\b", "have"),
    (
        r"\b([a-z]+) 's (?=(?:furthest|farthest|closest|nearest) (?:to|from|in|on|at|left|right|back|front)\b)",
        r"\1 is ",
    ),
    (r"\bmost (big|large|small|little|tiny|left|right|front|back|top|bottom)\b", lambda m: _MOST[m[1]]),
    (
        r"\b(?:(?:that|which) is )?(?:(?:at )?the (?:greatest|biggest|largest|most) distance|most (?:far )?away|"
        r"farthest away|furthest away) from\b",
        "farthest from",
    ),
    (r"\b(\w+) got (which|what) (colou?r|shape|size|material)\b", r"\1 has \2 \3"),
    (r"^\s*(?:you|u) (?:can )?(see|spot|notice)\b", r" can you \1"),
    (r"\bmore (big|small|large|close|far|near)(?= than\b)", lambda m: _MORE[m[1]]),  # never "more big cubes"
    (r"\b(?<=which )(?:one )?(?:is )?(big|small|large|close|far|near) more\b", lambda m: f"is {_MORE[m[1]]}"),
    (r"^\s*which (?:one )?(?:is )?more (big|small|large|close|far|near)\b", lambda m: f" which is {_MORE[m[1]]}"),
    (
        r"^\s*which (?:one )?(?:is )?the (bigger|larger|smaller|closer|nearer|farther|further)"
        r"(?: object| one| thing)?\b",
        r" which is \1",
    ),
    (r"^\s*which (?:one )?(bigger|larger|smaller|closer|nearer|farther|further)\s*,", r" which is \1,"),
    (  # "grey ball or brown cylinder: which is bigger?", "of the X and the Y, which one is larger?", "there's a X
        # and a Y, which one is bigger?"
        r"^\s*(?:(?:of|between|out of) |there (?:is|are) )?(?:the |an? )?([a-z ]+?) (?:or|and|vs|versus) (?:the |an? )?"
        r"([a-z ]+?)\s*[:,;-]+\s*"
        r"which (?:one )?(?:of (?:them|the two) )?is (?:the )?(bigger|larger|smaller|closer|nearer|farther|further|"
        r"biggest|largest|smallest)(?: object| one| thing)?((?: to| from) the camera)?\s*[?.!]*\s*$",
        lambda m: f" which is {_COMPARATIVE_OF.get(m[3], m[3])}{m[4] or ''}, the {m[1]} or the {m[2]} ",
    ),
    (  # "the cube and the sphere, which of them is metal / on the left": which one holds, of the two
        r"^\s*(?:(?:of|between|out of) |there (?:is|are) )?(?:the |an? )?([a-z ]+?) (?:or|and|vs|versus) (?:the |an? )?"
        r"([a-z ]+?)\s*[:,;-]+\s*which (?:one )?(?:of (?:them|the two) )?is ((?:on|to|at) the (?:left|right)|in front|"
        r"at the back|[a-z]+)\s*[?.!]*\s*$",
        lambda m: f" which is {re.sub('^to ', 'on ', m[3])}, the {m[1]} or the {m[2]} ",
    ),
    (  # "the object next to red cube, it is which colour": the topic, then the question about it
        rf"^\s*(the [a-z ]+?)\s*,\s*(?:it|they|he|she) (?:is|are|has|have) (what|which) ({ATTRIBUTE}|colour)"
        r"\s*[?.!]*\s*$",
        r" \2 \3 is \1 ",
    ),
    (  # "left from the grey ball there is something, which shape it has": the place, then what is there
        rf"^\s*((?:{RELATION}) (?:the )?[a-z ]+?) there (?:is|are|stands|sits|lies) (something|anything|an? [a-z]+|"
        r"some [a-z]+)\s*(?=[,.;]|and\b)",
        r" there is \2 \1 ",
    ),
    (  # "the ball right of the cube, the cube that is right of the cylinder": the noun said again for its clause
        r"\b(the (?:[a-z]+ ){0,2}?([a-z]+)) , the \2 (that|which|who) ",
        r"\1 \3 ",
    ),
    # which side of the picture, said other ways: "in the upper or lower half", "on the top or bottom of the
    # image", "near the top or the bottom", "in the left half or the right half"
    (
        r"\b(?:on|at|in|near|towards?|to) (?:the )?(top|upper|bottom|lower|left|right)(?: half| part| side| area)?"
        r" or (?:on |at |in |near |towards? |to )?(?:the )?(top|upper|bottom|lower|left|right)"
        r"(?: half| part| side| area)?(?: (?:of|in) (?:the |this )?(?:image|picture|photo|scene|frame|drawing))?"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: _side_choice(m[1], m[2]) or m[0],
    ),
    (
        r"^(\s*is (?:the |this |that )[a-z ]+?) (top|bottom|upper|lower) or (top|bottom|upper|lower)\s*[?.!]*\s*$",
        lambda m: f"{m[1]} {_side_choice(m[2], m[3]) or m[0]} ",
    ),
    (
        r"^\s*which (?:([a-z]+) )?(?:is|lies|sits) (nearer|further|closer|farther) (?:away )?(to|from) (the [a-z ]+?)"
        r"\s*[,:]\s*(.+? or .+?)\s*[?.!]*\s*$",
        _nearer_of_two,
    ),
    # SHAPES' grammar: "is a red shape a circle?", "are any of the blue shapes triangles?": is some one of them
    (
        r"^\s*is (?:a|an|any) ((?:[a-z]+ )+?)(?:shape|object|thing|item) (?:a|an) ([a-z]+)\s*[?.!]*\s*$",
        lambda m: f" is there a {m[1]}{m[2]} " if all(_is_adjective(w) for w in m[1].split()) else m[0],
    ),
    (
        r"^\s*(?:are|is) any (?:of )?(?:the )?((?:[a-z]+ )+?)(?:shapes|objects|things|items) ([a-z]+s)\s*[?.!]*\s*$",
        lambda m: f" are there any {m[1]}{m[2]} " if all(_is_adjective(w) for w in m[1].split()) else m[0],
    ),
    # blind32's first run (test-makers and tutors)
    (r"^\s*(?:exercise|task|question|problem|q)\s*\d*\s*[:.]\s*", " "),
    (r"\bstep \d+\s*:\s*", " "),
    (r"\s*[.;,]?\s*answer\s*:?\s*$", " "),
    (
        r"^\s*suppose (?:that )?(?:you are|you're|you stand|we are|we're|i am|i'm) (?:looking at the scene |standing )?"
        r"(?:from the front|behind the camera|where the camera is|at the camera)\s*[.,;:]\s*",
        " ",
    ),
    (r"\bcloser to (?:you|me|us)\b", "closer to the camera"),
    (r"\b(?:closest|nearest) to (?:you|me|us)\b", "closest to the camera"),
    (r"\bfarther (?:away )?(?:than|from (?:you|me|us))\b", "farther from the camera than"),
    (  # "given that there is exactly one cylinder, what colour is it?", "there is exactly one cube. name its colour."
        r"^\s*(?:given that |since |as )?there (?:is|'s) (?:exactly |just |only )?one ([a-z ]+?)(?: in (?:the|this) "
        rf"(?:picture|image|scene|photo))?\s*[.,;:]\s*(?:what|which|name|give|tell me) (?:is )?(?:its |the )?"
        rf"({ATTRIBUTE}|colour)(?: of it| is it| does it have)?\s*[?.!]*\s*$",
        r" what \2 is the \1 ",
    ),
    (
        r"^\s*(?:given that |since |as )?there (?:is|'s) (?:exactly |just |only )?one ([a-z ]+?)(?: in (?:the|this) "
        r"(?:picture|image|scene|photo))?\s*[.,;:]\s*what is it made of\s*[?.!]*\s*$",
        r" what is the \1 made of ",
    ),
    (  # "how many red objects are there if we ignore the cylinders"
        r"^\s*how many ([a-z ]+?) (?:are there )?if (?:we|you|i) (?:ignore|leave out|exclude|skip|disregard|"
        r"don't count|do not count) (?:the |all the |any )?([a-z ]+?)\s*[?.!]*\s*$",
        lambda m: _ignoring(m[1], m[2]) if _np(m[1]) else m[0],
    ),
    (  # "fill in the blank: the object farthest to the left is made of ____."
        r"^\s*(?:fill in(?: the blanks?)?|complete(?: the sentence)?)\s*[:.,-]*\s*(.+?) (?:is|are) (made of )?"
        r"(?:an? )?_+\s*(colou?r|shape|size|material)?\s*[.?!]*\s*$",
        lambda m: _blank(m[1], m[2], m[3]),
    ),
    (  # "which statement is true: (a) the cube is metal, or (b) the cube is rubber?"
        r"^\s*which (?:statement|one|option|sentence) is (?:true|correct|right)\s*[:,]?\s*(?:\(?a\)\s*)?(.+?)\s*,?\s*"
        r"or (?:\(?b\)\s*)?(.+?)\s*[?.!]*\s*$",
        lambda m: _statements(m[1], m[2]) or m[0],
    ),
    (  # "of all the objects to the left of X, which one is closest to the camera? give its shape."
        rf"^\s*(?:of|among|out of) (?:all )?the (objects|things|items|[a-z]+s) ((?:{RELATION}) the [a-z ]+?)\s*,\s*"
        r"(?:which|what) (?:one |object |thing )?is (closest to|nearest to|nearest|farthest from|furthest from) the "
        rf"(camera|viewer)\s*[?.!]*\s*(?:give|name|tell me|what is) (?:its|the) ({ATTRIBUTE}|colour)\s*[?.!]*\s*$",
        lambda m: f" what {m[5]} is the {singular(m[1])} {m[2]} that is {_camera_superlative(m[3])} ",
    ),
    (
        r"^\s*(?:name|give|state|tell me) (?:the |its )?(colou?r|shape|size|material) of (.+?)\s*[?.!]*\s*$",
        r" what \1 is \2 ",
    ),
    (  # "determine whether the two red spheres are the same size", "true or false: the two brown objects are ..."
        r"^\s*(?:(?:determine|decide|check|say|tell me|state|true or false)\s*[:,]?\s*(?:whether|wether|if)?|whether|"
        r"wether)\s*(the [a-z ]+?) (is|are) (.+?)\s*[?.!]*\s*$",
        lambda m: (
            f" {m[2]} {m[1]} {m[3]} "
            if _np(re.sub(r"^(?:the )?(?:two |three |both |all )?", "", m[1])) and not m[3].startswith("of ")
            else m[0]
        ),
    ),
    (r"\b(the [a-z ]+?) share the same (colou?r|shape|size|material)\b", r"\1 have the same \2"),
    (  # "line up the cubes from left to right. what colour is the second one?"
        r"^\s*(?:line up|number|order|arrange|sort|count|counting|going) (?:the |all the )?([a-z]+ )?from (?:the )?"
        r"(left|right|front|back)(?: to (?:the )?(?:right|left|back|front))?\s*[.,;:]\s*(what|which) "
        rf"({ATTRIBUTE}|colour) is (?:the )?(\w+) (?:one|([a-z]+))\s*[?.!]*\s*$",
        lambda m: f" {m[3]} {m[4]} is the {m[5]} {m[6] or singular((m[1] or 'objects ').strip())} from the {m[2]} ",
    ),
    (r"\b(?:object|thing|item) number (\d+)\b", lambda m: f"{_ORDINAL_WORDS.get(int(m[1]), m[1])} object"),
    (
        r"^\s*counting from the (left|right|front|back)\s*,\s*(?:look at|find|take) the (\w+) ([a-z]+)\s*[.,;]\s*"
        rf"(?:name|give|tell me|what is) (?:its|the) ({ATTRIBUTE}|colour)\s*[?.!]*\s*$",
        r" what \4 is the \2 \3 from the \1 ",
    ),
    (r"\bform the (left|right|front|back|top|bottom|camera)\b", r"from the \1"),  # a typed slip that is a word
    (r"\btheir (are|is)\b", r"there \1"),
    # "at the very top" is the extreme, not the top third: "the shape at the very top", "what is at the very left"
    (
        r"\bthe ([a-z]+) (?:that is |which is |that's )?(?:at|on) the very (top|bottom|left|right)\b",
        r"the \2most \1",
    ),
    (
        r"^\s*(what|which) (shape|colou?r|size|thing|one|object) (?:is|'s) (?:at|on) the very (top|bottom|left|right)"
        r"(?=\s*[?.!]*\s*$)",
        lambda m: f" {m[1]} {m[2]} is the {m[3]}most{'' if m[2] in {'shape', 'thing', 'one', 'object'} else ' thing'} ",
    ),
    (r"\bthe very (middle|centre|center|front|back|top|bottom|left|right|edge|end)\b", r"the \1"),
    (r"^\s*(?:are|is) (?:they|these|those) all (\w+)\s*[?.!]*\s*$", r" are all the objects \1 "),
    (
        r"^\s*(?:(?:can|could) you )?(?:read (?:me |out )?|tell me )?(?:what is |what )?the time "
        r"(?:on|of|shown on|displayed on) "
        r"(the [a-z ]+?)(?: (?:says|shows|reads))?\s*[?.!]*\s*$",
        r" what does \1 say ",
    ),
    (r"\b(?:having fun|having a good time|enjoying (?:himself|herself|themselves|itself))\b", "happy"),
    (  # "how many large things are in front of the purple cube that are not green": "that are" is the things'
        rf"^(\s*how many ([a-z ]+?)) (are (?:{RELATION}) the [a-z ]+?) (that|which) are ((?:not )?[a-z ]+?)"
        r"\s*[?.!]*\s*$",
        lambda m: f"{m[1]} {m[4]} are {m[5]} {m[3]} " if _plural_name(m[2].split()[-1]) else m[0],
    ),
    (  # "how many things does the blue cube stand behind": the things it is behind
        rf"^\s*how many (things|objects|items|[a-z]+s) (?:does|do) (the [a-z ]+?) "
        rf"(?:is|are|stands?|sits?|lies?|rests?|stays?|appears?) ({RELATION})\s*[?.!]*\s*$",
        r" how many \1 is \2 \3 ",
    ),
    (  # "looking only at the spheres, which colour do most of them have": the set said first
        r"^\s*(?:looking|if (?:you|we) look|considering|of|among) (?:only )?(?:at )?(?:just )?(the [a-z ]+?)"
        r"(?: only)?\s*,\s*"
        r"(what|which) (colou?r|shape|size|material) do most of them have\s*[?.!]*\s*$",
        r" \2 \3 do most of \1 have ",
    ),
    (  # "the large cube that is left of the cylinder and behind it: is it metal or rubber?": a described topic
        rf"^\s*(the [a-z ]+? (?:that|which) (?:is|are) (?:both )?(?:{RELATION}) [a-z ]+?)\s*(?::| -)\s*"
        r"((?:is|are|what|which) .*)$",
        lambda m: _in_place_of(_TOPIC_PRONOUN.search(m[2]), m[2], m[1]) or m[0],
    ),
    (  # people's colour is what they wear: "how many men aren't wearing black"
        r"\b(are|is) not (?:wearing|dressed in|in) ([a-z]+)\b(?! [a-z]+ing\b)(?=\s*[?.!]*\s*$)",
        lambda m: f"{m[1]} not {m[2]}" if _is_colour(m[2]) else m[0],
    ),
    (
        r"\b(is|are) (the [a-z ]+?) (?:wearing|dressed in) the same colou?r as\b",
        lambda m: f"{'does' if m[1] == 'is' else 'do'} {m[2]} have the same color as",
    ),
    (  # "the dog that is being held (by the woman)": what a person is doing to it
        r"\b(that|which) (?:is|are) being (held|carried|walked|ridden|worn|pushed|pulled|thrown|fed)"
        r"(?: by (the [a-z ]+?|someone|somebody|a person|anyone))?(?=\s*[?.!,]|\s*$| and )",
        lambda m: f"{m[1]} {_agent(m[3])} is {_PASSIVE_ING[m[2]]}",
    ),
    (r"\b(what|who) is (?:sitting|standing|lying|placed|located|positioned|situated) (?=between\b)", r"\1 is "),
    (
        r"\b([a-z]+) here (?=(?:is|are|a|an|one)\b)",
        lambda m: f"{m[1]} " if _plural_name(m[1]) or LEXICON.noun(m[1]) is not None else m[0],
    ),
    (r"^\s*what time (?:does|do|is) (the [a-z ]+?) (?:show|say|read|display)(?:ing)?\b", r" what does \1 say "),
    (r"^\s*(?:the )?time (?:shown |displayed )?on (?:the )?([a-z ]+?)\s*[:?.!]*\s*$", r" what does the \1 say "),
    (
        r"^\s*(what|which) (colou?r) (?:has|is|was) (the [a-z ]+?) (?:been )?(?:filled|painted|coloured|colored|"
        r"drawn|shaded)(?: with| in)?\s*[?.!]*\s*$",
        r" \1 \2 is \3 ",
    ),
    (
        r"\b(are|is) ([a-z]+) ones?(?=\s*[?.!]*\s*$)",
        lambda m: f"{m[1]} {m[2]}" if _is_adjective(m[2]) else m[0],
    ),
    (  # a statement that someone "has a tie on" before the question about it
        r"^\s*(the [a-z ]+?) has (an? [a-z]+|some [a-z]+) on\b",
        r" \1 is wearing \2",
    ),
    # words for material and sameness
    (r"\b(?:what|which) (?:substance|stuff|matter)\b", "what material"),
    (r"\b(?:composed|constructed|built|formed) (?:out )?of\b", "made of"),
    (r"\b(?:an? )?(?:identical|equal) (colou?r|shape|size|material)\b", r"the same \1"),
    (r"\bmade (?:of|from) (?:the )?same (?:stuff|material|thing)\b", "made of the same material"),
    (  # "the large, yellow, metallic object": adjectives of one noun, never a list of options
        r"\b((?:the|a|an) )((?:[a-z]+ ?, )+[a-z]+) ([a-z]+)\b",
        lambda m: _joined_adjectives(m),
    ),
    # two objects, then whether they agree: "purple ball same size as grey cube?", "X and Y, they are same size?"
    (
        rf"^\s*(?:the )?([a-z ]+?) (?:the )?same ({ATTRIBUTE}) (?:as|like) (?:the )?([a-z ]+?)\s*[?.!]*\s*$",
        lambda m: f" does the {m[1]} have the same {m[2]} as the {m[3]} " if _np(m[1]) else m[0],
    ),
    (
        rf"^\s*(?:the )?([a-z ]+?) and (?:the )?([a-z ]+?)\s*,?\s*(?:they )?(?:are|have|is) (?:the )?same ({ATTRIBUTE})"
        rf"\s*[?.!]*\s*$",
        lambda m: f" are the {m[1]} and the {m[2]} the same {m[3]} " if _np(m[1]) else m[0],
    ),
    (
        r"^\s*(?:the )?([a-z ]+?) and (?:the )?([a-z ]+?)\s*,?\s*(?:they )?(?:are )?made of the same material"
        r"\s*[?.!]*\s*$",
        lambda m: f" are the {m[1]} and the {m[2]} made of the same material " if _np(m[1]) else m[0],
    ),
    (
        r"^\s*by how (?:many|much) (?:does|do) (?:the number of |the count of )?([a-z ]+?) (?:exceed|outnumber) "
        r"(?:the number of |the count of )?([a-z ]+?)\s*[?.!]*\s*$",
        r" how many more \1 than \2 ",
    ),
    (
        r"^\s*(?:the )?([a-z ]+?) (?:are|is) more than (?:the )?([a-z ]+?) by how (?:many|much)\s*[?.!]*\s*$",
        r" how many more \1 than \2 ",
    ),
    # counts compared, said as statements or terse
    (
        r"^\s*(?:the )?([a-z ]+?) (?:are|is) (less|fewer|more) than (?:the )?([a-z ]+?)\s*[?.!]*\s*$",
        lambda m: (
            f" are there {'more' if m[2] == 'more' else 'fewer'} {m[1]} than {m[3]} "
            if _plural_name(m[1].split()[-1]) and _np(m[1])
            else m[0]
        ),
    ),
    (
        r"^\s*(?:the )?([a-z ]+?) and (?:the )?([a-z ]+?)\s*[,:-]+\s*(?:an? )?(?:equal|same) (?:amount|number|count)"
        r"\s*[?.!]*\s*$",
        lambda m: f" are there as many {m[1]} as {m[2]} " if _plural_name(m[1].split()[-1]) else m[0],
    ),
    (r"^\s*would you say (?:that )?(?=the |there )", " "),
    (  # "more blue shapes than red?": the noun said once
        r"\bmore ([a-z]+) ([a-z]+) than ([a-z]+)\s*[?.!]*\s*$",
        lambda m: (
            f" more {m[1]} {m[2]} than {m[3]} {m[2]} "
            if _is_adjective(m[1]) and _is_adjective(m[3]) and _plural_name(m[2])
            else m[0]
        ),
    ),
    # existence, terse: "yellow cylinder or green cube present?", "a red cube and a blue ball - both there?"
    (
        r"^\s*(?:either )?(?:an? )?([a-z ]+?) (or|and) (?:an? )?([a-z ]+?)\s*[-,:]*\s*(?:both |either )?"
        r"(?:present|there|visible|in the (?:picture|image|scene))\s*[?.!]*\s*$",
        lambda m: f" is there a {m[1]} {m[2]} a {m[3]} " if _np(m[1]) and _np(m[3]) else m[0],
    ),
    # "excluding the yellow ones, how many spheres ...": the excluded adjective of the counted noun
    (
        r"^\s*(?:excluding|except|except for|apart from|aside from|not counting|leaving out|ignoring|besides) "
        r"(?:the |any )?([a-z]+) ones\s*,\s*how many ([a-z]+)(?: (?:can be seen|are there|do you see|are visible))?"
        r"\s*[?.!]*\s*$",
        lambda m: f" how many {m[2]} are not {m[1]} " if _is_adjective(m[1]) else m[0],
    ),
    # an object named first, then "anything else" of the same attribute
    (
        rf"^\s*(?:the )?same ({ATTRIBUTE}) as (the [a-z ]+?)\s*[:,-]+\s*(?:is there )?anything else\s*[?.!]*\s*$",
        r" is there anything else made of the same \1 as \2 ",
    ),
    (
        rf"^\s*(?:apart from|besides|other than|aside from) (the [a-z ]+?)(?: itself)?\s*,\s*(?:does|do|is there) "
        rf"(?:any|an)(?: other)? (object|thing|item)s? (?:share|have|has) its ({ATTRIBUTE})\s*[?.!]*\s*$",
        r" does any other \2 have the same \3 as \1 ",
    ),
    (r"\bat (?:the )?(left|right)(?: hand)? side\b", r"on the \1"),
    (
        r"^\s*among (?:the |all the )?([a-z]+)\s*,\s*(what|which) (colou?r|shape|size|material) is the one\b",
        lambda m: f" {m[2]} {m[3]} is the {singular(m[1])}" if _plural_name(m[1]) else m[0],
    ),
    (
        r"^\s*if (?:you|we|i) count (?:the )?([a-z]+) from the (left|right|front|back)\s*,\s*(what|which) "
        r"(colou?r|shape|size|material) is the (\w+) one\b",
        lambda m: f" {m[3]} {m[4]} is the {m[5]} {singular(m[1])} from the {m[2]}" if _plural_name(m[1]) else m[0],
    ),
    (
        r"^\s*how many (thing|object|item)s? (?:is|are) (\w+) or (?:is|are) (?:an? )?(\w+?)s?\s*[?.!]*\s*$",
        r" how many \1s are \2 or are \3s ",
    ),
    (
        r"^\s*(?:the )?([a-z ]+?) is it (\w+)(?: colou?r)?\s*[?.!]*\s*$",
        lambda m: f" is the {m[1]} {m[2]} " if _is_adjective(m[2]) and _np(m[1]) else m[0],
    ),
    (
        r"^\s*(?:the )?([a-z ]+?) is (\w+) colou?r,? right\s*[?.!]*\s*$",
        lambda m: f" is the {m[1]} {m[2]} " if _np(m[1]) else m[0],
    ),
    (r"\b(?:can|could) be (?:found|seen|spotted) (?=" + RELATION + r"\b)", "is "),
    (r"^\s*(what|which) (thing|object) is there (?=" + RELATION + r"\b)", r" \1 \2 is "),
    (r"^\s*identify (the [a-z ]+?)\s*[?.!]*\s*$", r" what is \1 "),
    (r"\bdirectly (?=behind|in front)", ""),
    (r"\b(the [a-z]+) (an? (?:person|man|woman|boy|girl|child|kid)) (is|are) (\w+ing)\b", r"\1 that \2 \3 \4"),
    (
        r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:someone|somebody)(?: 's| is) (holding|carrying|wearing|riding)\b",
        r"that a person is \1",
    ),
    (  # "largest shape?", "leftmost cup?": which one that is
        r"^\s*(?:the )?(biggest|largest|smallest|tiniest|leftmost|rightmost|frontmost|backmost|topmost|bottommost) "
        r"([a-z]+)\s*[?.!]*\s*$",
        lambda m: (
            f" what is the {m[1]} {m[2]} "
            if _plural_name(m[2] + "s") or m[2] in {"object", "thing", "shape", "item"}
            else m[0]
        ),
    ),
    # proportions as counts compared: "are most of the objects spheres", "are exactly half of the objects blue"
    (
        r"^\s*(?:are|is) (most|the majority|(?:exactly |precisely |just )?half|at least half|more than half|less than "
        r"half|fewer than half) (?:of )?the ((?:[a-z]+ )?(?:objects|things|items|shapes|people|[a-z]+s))"
        r"(?: in the (?:park|picture|image|photo|street|kitchen|scene))? (?:made of )?(\w+)\s*[?.!]*\s*$",
        lambda m: _proportion(m[1], m[2], m[3]) or m[0],
    ),
    (
        r"^\s*are there more (\w+) than (?:all )?(?:of )?the other (?:shapes|objects|things|ones|items)"
        r"(?: put together| combined| together| in total| altogether)?\s*[?.!]*\s*$",
        lambda m: f" are there more {m[1]} than objects other than {m[1]} " if _plural_name(m[1]) else m[0],
    ),
    # blind29's first run
    (
        rf"^\s*do (the (?:two |both |three )?[a-z ]+?) (?:share|have) (?:a|the same|one) ({ATTRIBUTE})(?: in common)?"
        rf"\s*[?.!]*\s*$",
        r" do \1 have the same \2 ",
    ),
    (
        rf"^\s*do (the (?:two |both |three )?[a-z ]+?) differ in ({ATTRIBUTE})\s*[?.!]*\s*$",
        r" do \1 have different \2s ",
    ),
    (
        r"^\s*do (the (?:two |both |three )?[a-z ]+?) consist of the same material\b",
        r" are \1 made of the same material",
    ),
    (
        r"^\s*is either of the (?:two |both )?(\w+) (\w+)\s*[?.!]*\s*$",
        lambda m: f" is there a {m[2]} {singular(m[1])} " if _plural_name(m[1]) and _is_adjective(m[2]) else m[0],
    ),
    (
        r"^\s*is neither (?:of the (?:two )?)?(\w+) (\w+)\s*[?.!]*\s*$",
        lambda m: (
            f" are there no {m[2]} {plural(singular(m[1]))} " if LEXICON.noun(m[1]) and _is_adjective(m[2]) else m[0]
        ),
    ),
    (
        r"^\s*(the [a-z ]+? (?:which|that) is (?:not )?[a-z ]+?)\s*,\s*"
        r"(how big|how large|how small|what size|what colou?r|what shape|what material) (?:is it|it is)\s*[?.!]*\s*$",
        r" \2 is \1 ",
    ),
    (r"\bare (?:something|anything) other than (\w+)\b", lambda m: f"are not {m[1]}" if _is_adjective(m[1]) else m[0]),
    (  # "behind the brown cylinder and also to its right": right of it (the grammar points "it" at the cylinder)
        r"\b(behind|in front of|left of|right of) (the [a-z ]+?) and (?:also )?(?:to|on) its (left|right)\b",
        r"\1 \2 and \3 of it",
    ),
    (
        r"^\s*(?:count|how many) (.+?)\s*[.;,]?\s*how many (?:of them |of those )?are there\s*[?.!]*\s*$",
        r" how many \1 are there ",
    ),
    (
        r"^\s*(the [a-z ]+?)\s*[-:,]\s*(what (?:colou?r|shape|size|material) is) (?:his|her|their|its) (\w+)\s*[?.!]*"
        r"\s*$",
        r" \2 the \3 of \1 ",
    ),
    (
        r"^\s*on which side of (the [a-z ]+?) is (the [a-z ]+?)\s*,?\s*(?:the )?(left|right) or (?:the )?(left|right)"
        r"\s*[?.!]*\s*$",
        lambda m: m[0] if re.fullmatch(rf"the {PICTURE}", m[1]) else f" is {m[2]} {m[3]} or {m[4]} of {m[1]} ",
    ),
    (  # "the gray cube that's nearer the camera" (of two): the frontmost; "whichever ball is further back"
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:that is |which is |that 's )?"
        r"(?:(nearer|closer) (?:to )?(?:the camera|us|me)|"
        r"(further|farther) (?:back|away)(?: from (?:the camera|us|me))?)\b(?! than\b)",
        lambda m: (
            f"the {'frontmost' if m[2] else 'backmost'} {m[1]}"
            if _names_noun(m[1].split()) and m[1].split()[-1] not in {"one", "ones"}
            else m[0]
        ),
    ),
    (r"^\s*whichever ((?:[a-z]+ ){0,2}?[a-z]+) is (further|farther) back\b", r" the \1 that is further back"),
    # what the asker means to do with an object adds nothing to what is asked: "is there a cyan sphere i could pick
    # up", "any cube behind the red ball that would block the arm", "in front of the ball, between it and the camera"
    (
        r"^(\s*(?:is|are) there (?:an?|any|some) (?!(?:chance|way|possibility|need|reason|point|hope|time|one)\b)"
        r"[a-z ]+?) (?:that |which )?(?:i|we|you|the robot|the arm|it) (?:could|can|might|should|would|may) [a-z ]+?"
        r"\s*([?.!]*)\s*$",
        r"\1 \2",
    ),
    (
        r"\s+(?:that|which) (?:would|could|might|will|may) "
        r"(?:block|obstruct|hit|get in the way of|be in the way|get in the way)(?: of)?"
        r"(?: (?:the|my|our) (?:arm|gripper|robot|hand))?(?: [a-z ]+?)?\s*([?.!]*)\s*$",
        r" \1",
    ),
    (r"\s*,\s*between it and the camera\b", ""),
    (  # "i'm curious about the cubes in this scene. what color is the one furthest to the right?": of the cubes
        r"^\s*(?:i'm|i am|we're|we are) (?:curious|wondering|asking|interested|thinking) (?:about|in) ((?:the|these|"
        r"those) [a-z ]+?)(?: (?:in|of) (?:this|the) (?:scene|image|picture|photo))?\s*[.;:,!]\s*(?=(?:what|which|how "
        r"many|is|are)\b)",
        r" of \1 , ",
    ),
    (  # "is the red sphere both in front of and to the right of the gray sphere": each said of the anchor
        rf"\bboth ({RELATION}) and ({RELATION}) (the [a-z ]+?)(?=\s*[?.!]*\s*$)",
        r"\1 \3 and \2 it",
    ),
    (  # "is the yellow cylinder either in front of the gray sphere or to its right"
        rf"^\s*(is|are) (the [a-z ]+?) either ((?:{RELATION}) (the [a-z ]+?)) or (?:to|on) its (left|right)(?: side)?"
        r"\s*[?.!]*\s*$",
        r" \1 \2 \3 or \1 \2 \5 of \4 ",
    ),
    (  # "which object is the yellow cube closest to": the one closest to it
        r"\b(which|what) (object|thing|one|shape|item|[a-z]+) (?:is|sits|stands|lies) (the [a-z ]+?) (closest|nearest|"
        r"farthest|furthest) (?:to|from)(?=\s*(?:[?.!,;]|$))",
        lambda m: f"{m[1]} {m[2]} is {m[4]} {'to' if m[4] in ('closest', 'nearest') else 'from'} {m[3]}",
    ),
    (  # "among the things behind the cyan cube, which one is furthest to the left?": the leftmost of them
        r"^\s*(?:of|among|amongst|out of) (?:all )?(?:the |these |those )?((?:[a-z]+ ){0,2}?[a-z]+?) "
        r"(?:that are |which are |that sit |that stand |that lie )?((?:behind|in front of|(?:to the |on the )?"
        r"(?:left|right) of|above|"
        r"below|near|next to) the [a-z ]+?)\s*,\s*which(?: one)? (?:is|sits|stands|lies) (?:the )?(leftmost|rightmost|"
        r"frontmost|backmost|(?:furthest|farthest|most) (?:to the )?(?:left|right)|(?:closest|nearest) (?:to )?(?:the "
        r"camera|us|me)|(?:furthest|farthest) (?:back|away)|(?:furthest|farthest) from (?:the camera|us|me))\b",
        lambda m: f" what is the {_extreme_word(m[3])} {_singular_phrase(m[1])} {m[2]}",
    ),
    (  # "of the green objects, which is furthest right?": the rightmost green object
        r"^\s*(?:of|among|out of) (?:all )?(?:the |these |those )?((?:[a-z]+ ){0,2}?[a-z]+?)\s*,\s*which(?: one)? "
        r"(?:is|sits|stands|lies) (?:the )?(leftmost|rightmost|frontmost|backmost|"
        r"(?:furthest|farthest|most) (?:to the )?(?:left|right)|"
        r"(?:closest|nearest) (?:to )?(?:the camera|us|me)|(?:furthest|farthest) (?:back|away)|"
        r"(?:furthest|farthest) from (?:the camera|us|me))\b",
        lambda m: _which_of_set(m[1], m[2]),
    ),
    (r"\bwhich one ?'s\b", "which one is"),
    (  # "second closest to the camera, which colour?"
        r"(?<!\bthe )(?<!\bis )\b(second|third|fourth|fifth) (?:closest|nearest) "
        r"(?:to )?(?:the camera|us|the viewer|me)\b",
        r"the \1 object from the front",
    ),
    (
        r"\b(backmost|frontmost|furthest back|farthest back)(?: one)? (?:away )?from (?:the camera|us|the viewer)\b",
        r"\1",
    ),
    (  # "the object that is second closest to the camera": the second from the front
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:that is |which is )?(?:the )?(second|third|fourth|fifth) "
        r"(?:(?:closest|nearest) (?:to )?(?:the camera|us|the viewer|me)|(frontmost|backmost|leftmost|rightmost))\b",
        lambda m: (
            f"the {m[2]} {m[1]} from the {(m[3] or 'frontmost').removesuffix('most')}"
            if _names_noun(m[1].split())
            else m[0]
        ),
    ),
    # --- punctuation, quotes and discourse words
    (r"[\"“”‘’`]", " "),
    (_WHOSE, _whose),  # "the object whose colour is gray" -> "the gray object", before other rules read "is gray"
    (  # "six-sided shape" -> "hexagon" (a four-sided one may be a square or a rectangle: left as it is)
        r"\b(three|3|five|5|six|6|seven|7|eight|8|nine|9)[- ]?sided"
        r"(?: (?:shape|figure|polygon|one|thing|object|form))?\b",
        lambda m: {"3": "triangle", "5": "pentagon", "6": "hexagon", "7": "heptagon", "8": "octagon", "9": "nonagon"}[
            {"three": "3", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}.get(m[1], m[1])
        ],
    ),
    # "the cube and the ball, are they ...?" -> "are the cube and the ball ...?"
    (r"^\s*(the [a-z ]+? and the [a-z ]+?)\s*[,:;-]+\s*(are|do|have) they\b", r" \2 \1"),
    (r"\b(?:identical|equal|similar) to that of\b", "the same as that of"),
    (rf"\b(what|which) ({ATTRIBUTE}) does it have\b", r"\1 \2 is it"),
    (r"\s(?:in|of|across) the (?:whole|entire) (?:scene|picture|image|photo|frame)\b", " "),
    (r"^\s*kindly (?=\w)", " "),
    (
        r"^\s*how many of the (objects|things|items|shapes) (?:in|on) (?:the|this) (?:scene|picture|image|photo) "
        r"(are|is)\b",
        r" how many of the \1 \2",
    ),
    (
        rf"^\s*is the ({ATTRIBUTE}) of (the [a-z ]+?) (?:the same as|equal to|identical to) (the [a-z ]+?) ?'s"
        r"\s*[?.!]*\s*$",
        r" is \2 the same \1 as \3 ",
    ),
    # "the other one" after an object named first, asked in more ways
    (r"\b(what|which) is it made (?:out )?of\s*(?=[?.!]*\s*$)", r"\1 material is it"),
    # after a sentence that introduced it; asked alone, "is it big or small" is the choice (medium: unknown)
    (r"(?<=[.;:,] )is (it|that one) (big|large) or (small|little)\s*(?=[?.!]*\s*$)", r"what size is \1"),
    (
        r"^\s*there is (?:the|a|an) ([a-z ]+?) and (?:one|a single) (?:more|other) ([a-z ]+?)\s*[.;:,]\s*"
        rf"(what|which) ({ATTRIBUTE}) is (?:that one|that|it|the other one)\s*[?.!]*\s*$",
        r" \3 \4 is the \2 other than the \1 ",
    ),
    (
        r"^\s*(the [a-z ]+?) is ([a-z]+)\s*[.;:,]\s*(what|which) ([a-z]+) is the other "
        r"((?:(?!\b(?:of|with|that|which)\b)[a-z ])+?)\s*[?.!]*\s*$",
        lambda m: f" {m[3]} {m[4]} is the {m[5]} other than {m[1]} " if _is_adjective(m[2]) else m[0],
    ),
    (
        r"^\s*(?:only )?one other (thing|object|item) is made of the same material as (the [a-z ]+?)\s*[.;:,]\s*"
        rf"(what|which) ({ATTRIBUTE}) is it\s*[?.!]*\s*$",
        r" \3 \4 is the other \1 that has the same material as \2 ",
    ),
    (
        r"^\s*there is another ([a-z ]+?) (?:besides|apart from|other than) (the [a-z ]+?)\s*[.;:,]\s*"
        rf"(what|which) ({ATTRIBUTE}) is it\s*[?.!]*\s*$",
        r" \3 \4 is the \1 other than \2 ",
    ),
    # photo graphs: "who's got the dog", "the kid is throwing something, what is it", "in the left half"
    (r"^\s*(?:so |and )?who(?: is| has)? got (the [a-z ]+?)\s*[?.!]*\s*$", r" who is holding \1 "),
    (r"^\s*who has (the [a-z ]+?)\s*[?.!]*\s*$", r" who is holding \1 "),
    (r"\b(wearing|wear|wears) (?:a)?round (?:his|her|their) (?:neck|waist)\b", r"\1"),
    (
        r"^\s*what (?:has|does) (the [a-z ]+?) (?:got|have|hold|carry) in (?:his|her|their) (?:arms|hands?)"
        r"\s*[?.!]*\s*$",
        r" what is \1 holding ",
    ),
    (  # "the man in black, his tie is which colour" -> "which colour is the tie of the man in black"
        rf"^\s*(the [a-z ]+?)\s*,\s*(?:his|her|their|its) ([a-z]+) is (what|which) ({ATTRIBUTE})\s*[?.!]*\s*$",
        lambda m: f" {m[3]} {m[4]} is the {m[2]} of {re.sub(r' dressed (?:all )?in ', ' in ', m[1])} ",
    ),
    (
        r"^\s*(the [a-z ]+?) is ([a-z]+ing) (?:something|some thing)\s*[,;:.-]+\s*what is it\s*[?.!]*\s*$",
        r" what is \1 \2 ",
    ),
    (r"(?<!\bin )\bthe (left|right) half\b", r"the \1"),  # "in the left half" is a half (lexicon)
    (
        r"^\s*how many of the (things|objects|items) on (the [a-z]+) are ([a-z]+)\s*[?.!]*\s*$",
        lambda m: (
            f" how many {m[3]} are on {m[2]} " if _plural_name(m[3]) else f" how many {m[3]} {m[1]} are on {m[2]} "
        ),
    ),
    # blind26's first run
    (
        r"^\s*there are (?:two|three|four|five|\d+|some|several) ([a-z ]+?)\s*[.;:,]\s*"
        r"how many of (?:them|those|these) "
        r"(are|is) (?:the )?([a-z]+)(?: kind| ones?| type| sort)?\s*[?.!]*\s*$",
        r" how many \1 are \3 ",
    ),
    (r"^(\s*how many [a-z ]+?) would you say (are|is)\b", r"\1 \2"),
    (r"\b(closer|nearer|further|farther) the camera\b", r"\1 to the camera"),
    (r"\b(closer|nearer|further|farther)((?: to the camera| away)?) then\b", r"\1\2 than"),
    (rf"\b(?:the )?same ({ATTRIBUTE}) or (?:a )?(?:different|not)(?: ones?| {ATTRIBUTE}s?)?\b", r"the same \1"),
    (
        rf"^\s*(?:the )?([a-z ]+?) (?:vs\.?|versus|against) (?:the )?([a-z ]+?)\s*[:,-]+\s*(?:the )?same ({ATTRIBUTE})"
        r"(?: or not)?\s*[?.!]*\s*$",
        r" do the \1 and the \2 have the same \3 ",
    ),
    # "from left to right, what is the middle object made of", "the one in the middle, going left to right": the
    # middle one of a row (the middle of an odd number of objects in order from the left)
    (
        r"^\s*(?:(?:going |counting |reading |looking |ordered |in order )(?:from )?|from )(?:the )?(left|right) to "
        r"(?:the )?(?:left|right)\s*,?\s*(.*?)\bthe (?:(\w+) in the (?:middle|center|centre)|middle (\w+))\b",
        r" \2the \3\4 in the middle from the \1",
    ),
    (
        r"\bthe (\w+) in the (?:middle|center|centre)\b(.*?)\s*,?\s*(?:(?:going |counting |reading |looking |ordered |"
        r"in order )(?:from )?|from )(?:the )?(left|right) to (?:the )?(?:left|right)\b",
        r"the \1 in the middle from the \3\2",
    ),
    (
        r"^(\s*(?:what|which) (?:colou?r|shape|size|material) is) the one (?=in the (?:middle|center|centre)\b)",
        r"\1 the object ",
    ),
    (  # "rubber objects and metal objects, is their number the same?"
        r"^\s*(?:the )?((?:[a-z]+ ){0,3}?[a-z]+) and (?:the )?((?:[a-z]+ ){0,3}?[a-z]+)\s*[:,;-]+\s*(?:is|are) "
        r"(?:their|the) (?:numbers?|counts?|amounts?) (?:the same|equal)(?: or not)?\s*[?.!]*\s*$",
        lambda m: (
            f" are there as many {m[1]} as {m[2]} "
            if _plural_name(m[1].split()[-1]) and _plural_name(m[2].split()[-1])
            else m[0]
        ),
    ),
    (  # "small cube and big cube, colour same or not?", "the cube and the ball: made of the same thing?"
        rf"^\s*(?:the )?((?:[a-z]+ ){{0,3}}?[a-z]+) and (?:the )?((?:[a-z]+ ){{0,3}}?[a-z]+)\s*[:,;-]+\s*"
        rf"(?:are they |is it |do they have |have they got |are they of |are they made of )?(?:the )?"
        rf"(?:same ({ATTRIBUTE})|({ATTRIBUTE}) (?:the )?same|made of the same (material|thing|stuff))"
        r"(?: or (?:not|different))?\s*[?.!]*\s*$",
        lambda m: (
            f" do the {m[1]} and the {m[2]} have the same {m[3] or m[4] or 'material'} "
            if _names_noun(m[1].split()) and _names_noun(m[2].split())
            else m[0]
        ),
    ),
    (
        rf"^\s*there are (?:two|three|four|\d+) ([a-z ]+?)\s*[.;:,]\s*(?:are|do) (?:they|those|these|both of them|"
        rf"the two)(?: all| both)? (?:have )?(?:the same ({ATTRIBUTE})|made of the same (material))(?: or not)?"
        r"\s*[?.!]*\s*$",
        lambda m: f" are all the {m[1]} the same {m[2] or 'material'} " if _names_noun(m[1].split()) else m[0],
    ),
    (r"\bmade (?:out )?of whatever (the [a-z ]+?) is made (?:out )?of\b", r"made of the same material as \1"),
    (
        r"^\s*(?:(?:ok|okay|so|now|right)\s*,?\s*)*count (?:for me |me |up )?(?:everything|all the things|all things|"
        r"anything|all (?:the )?objects|the objects|the things) (?:that is|that are|which is|which are|that's) ",
        " how many things are ",
    ),
    (  # "everything that's either a cylinder or metallic" -> "the cylinders or metal things"
        r"\b(everything|all (?:of )?the (?:things|objects|items)|all (?:things|objects|items)|the (?:things|objects|"
        r"items)|things|objects|items) (?:that|which) (?:is|are) (?:either )?(?:an? )?(\w+)(?: or (?:an? )?(\w+))?\b"
        r"(?=\s*(?:$|[.,;:?!]|(?:are|is|do|does|there)\b))",
        lambda m: _things_that_are(m),
    ),
    (
        r"^\s*(?:take|consider|look at) (?:everything|all the things|all things|the things|all objects) "
        r"(?:that is|that are|which is|which are) ([a-z ]+?)\s*[.;:,]\s*how many of (?:those|them|these) "
        r"(?:are|is) ([a-z ]+?)\s*[?.!]*\s*$",
        r" how many things that are \1 are \2 ",
    ),
    (
        r"^\s*is there as many ([a-z ]+?) (object|thing|item) as ([a-z ]+?) (object|thing|item)\b",
        r" are there as many \1 \2s as \3 \4s",
    ),
    (r"\bor else\b", "or"),
    (
        r"^\s*([a-z]+ or [a-z]+)(?: \(?or both\)?)?\s*[:,-]+\s*how many (objects|things|items)"
        r"(?: is that| are there| do you count| is it)?\s*[?.!]*\s*$",
        r" how many \2 are \1 ",
    ),
    (r"\bshaped like\b", "that has the same shape as"),
    (r"\bcolou?red like\b", "that has the same color as"),
    (r"^\s*(the (?:two|both|three) [a-z ]+?)\s*[,:;-]+\s*(?:they|both|they both) (are|have) (?=\w)", r" \2 \1 "),
    (rf"\s(?:,\s)?but (?:also )?(?={RELATION}\b|closer\b|nearer\b|farther\b|further\b)", " and "),
    (
        rf"^\s*are there as many ([a-z]+) ({RELATION}) (the [a-z ]+?) as (?:there are )?({RELATION}) (the [a-z ]+?)"
        r"\s*[?.!]*\s*$",
        r" are there as many \1 \2 \3 as \1 \4 \5 ",
    ),
    (r"\bmost (close|near|far)\b", lambda m: {"close": "closest", "near": "nearest", "far": "farthest"}[m[1]]),
    (
        r"\b(1|2|3|4|5|6|7|8|9|10) ?(?:st|nd|rd|th)\b",
        lambda m: "first second third fourth fifth sixth seventh eighth ninth tenth".split()[int(m[1]) - 1],
    ),
    (  # "anything gray that is not a cylinder" -> "a gray thing that is not a cylinder"
        r"\b(?:anything|something|any thing) ([a-z]+) (that|which) (is|isn't|is not)\b",
        lambda m: f"a {m[1]} thing {m[2]} {m[3]}" if _is_adjective(m[1]) else m[0],
    ),
    (r"(?<!\bthe )(?<!\bto )\bright (in the (?:middle|centre|center)|at the (?:top|bottom|centre|center))\b", r"\1"),
    (
        rf"^\s*(what|which) ({ATTRIBUTE}|thing|object|one) is (?:sitting|standing|lying|located|placed|found|drawn) "
        r"(?=(?:in|at|on) the\b)",
        r" \1 \2 is ",
    ),
    (  # "tie colour, man on right" -> "what colour is the tie of the man on the right"
        rf"^\s*([a-z]+) ({ATTRIBUTE})\s*[,:-]+\s*(?:the )?([a-z]+ (?:on|at|in) (?:the )?[a-z]+(?: [a-z]+)?)"
        r"\s*[?.!]*\s*$",
        r" what \2 is the \1 of the \3 ",
    ),
    (  # "is the picture showing a circle or a square", "is the image of a cat or a dog": which it shows
        r"^\s*is (?:the|this|that) (?:picture|image|photo|drawing|pic|figure) (?:showing|of|depicting) "
        r"((?:an? )?[a-z]+(?:\s*,\s*(?:an? )?[a-z]+)*\s*,?\s+or\s+(?:an? )?[a-z]+)\s*[?.!]*\s*$",
        r" is it \1 ",
    ),
    (  # "is the image showing a triangle", "is it a picture of a green triangle": whether one is there
        r"^\s*is (?:the|this|that|it an?) (?:picture|image|photo|drawing|pic|figure) "
        r"(?:showing|of|depicting|displaying) (an?|any|some) ((?:[a-z]+ ){0,3}?[a-z]+)\s*[?.!]*\s*$",
        r" is there \1 \2 ",
    ),
    # "what do we call this shape", "what would you call the figure": what it is
    (r"^\s*what (?:do|would|should|can) (?:we|you|i|they|one) call (the|this|that|it)\b", r" what is \1"),
    # "what has been drawn in green", "what is drawn in red": what is that colour
    (
        r"^\s*what (?:has been|is|was|have been|are) (?:drawn|painted|coloured|colored|shown) in ([a-z]+)\s*[?.!]*\s*$",
        lambda m: f" what is {m[1]} " if _value_said(m[1]) else m[0],
    ),
    # kinds offered as a list: "circles, squares(,) or triangles"; at the end, "a circle, square or triangle"
    (r"\b([a-z]+)((?:\s*,\s*[a-z]+)+)\s*,?\s+or\s+([a-z]+)\b", _offered_kinds_plural),
    (
        r"\b(an?) ([a-z]+)((?:(?:\s*,\s*|\s+or\s+)(?:an? )?[a-z]+)*)\s*,?\s+or\s+(?:an? )?([a-z]+)(?=\s*[?.!]*\s*$)",
        _offered_kinds,
    ),
    (r"\s,\s(or)\s", r" \1 "),  # "how many things are yellow, or cubes"
    (r"^\s*(?:do|does) there (are|is)\b", r" \1 there"),  # "do there are more cubes than cylinders"
    (r"\s*,?\s*at the same time(?=\s*[?.!]*\s*$)", " "),
    (r"\b(of|are|is|have|has) same\b", r"\1 the same"),
    (  # "the cylinder and the cube, they are of the same material?"
        r"^\s*(the [a-z ]+? and the [a-z ]+?)\s*[,:;-]+\s*(?:they|both|they both) (are|have) (?=\w)",
        r" \2 \1 ",
    ),
    (  # "anything but purple: how many?"
        r"^\s*(?:anything|everything|things|objects|stuff) (?:but|except|other than|that is not|that isn't) "
        r"([a-z]+)\s*[:,-]+\s*how many\s*[?.!]*\s*$",
        r" how many things are not \1 ",
    ),
    (r"^\s*what (?:say|says) (the [a-z ]+?)\s*[?.!]*\s*$", r" what does \1 say "),  # "what say the sign"
    (r"^\s*([a-z]+(?: [a-z]+)?)\s*,\s*who is ([a-z]+ing) it\s*[?.!]*\s*$", r" who is \2 the \1 "),
    (  # "bottle: text?", "the sign: words?" -> what it says
        r"^\s*(?:the )?([a-z]+)(?: label| sign)?\s*:\s*(?:text|words?|writing|what does it say|what is written)"
        r"\s*[?.!]*\s*$",
        r" what does the \1 say ",
    ),
    (rf"^\s*what ({ATTRIBUTE})s (the [a-z ]+?) (wearing|holding|carrying)\b", r" what \1 is \2 \3"),
    (  # "which colour does the ball that is furthest back have" -> "which colour is the ball that is ..."
        rf"^\s*(what|which) ({ATTRIBUTE}) (?:does|do) (the [a-z ]+? (?:that|which) [a-z ]+?) have\s*[?.!]*\s*$",
        r" \1 \2 is \3 ",
    ),
    (rf"^\s*(what|which) ({ATTRIBUTE}) (?:have|has) (the (?!most\b)[a-z ]+?)\s*[?.!]*\s*$", r" \1 \2 is \3 "),
    (r"\bon (left|right)(?: side)?\b", r"on the \1"),
    (  # "how many things are on the table if you don't count the cups"
        r"^(\s*how many .+?)\s*,?\s*if (?:you|we|i) (?:don't|do not|didn't|did not|dont) (?:count|include) "
        r"(the [a-z ]+?)\s*[?.!]*\s*$",
        r"\1 other than \2 ",
    ),
    (  # "anything else the same colour as X"
        rf"^\s*(?:is there )?(anything|something) else (?:that is |that's )?the same ({ATTRIBUTE}) as\b",
        r" is there \1 else that has the same \2 as",
    ),
    # "what (other) thing has the same colour as X", "which other thing shares X's colour"
    (
        rf"^\s*(?:what|which) (?:(other|else) )?((?:thing|object|item|one)s?) (?:has|have|shares?) (?:the same|its) "
        rf"({ATTRIBUTE}) as\b",
        lambda m: f" what is the {'other ' if m[1] else ''}{m[2]} that has the same {m[3]} as",
    ),
    (
        r"^\s*(?:what|which) (?:other|else) ((?:thing|object|item|one)s?)(?: in (?:the|this) [a-z]+)? "
        rf"(?:has|have|shares?) (the [a-z ]+?) 's ({ATTRIBUTE})\b",
        r" what is the other \1 that has the same \3 as \2",
    ),
    # "is anyone else wearing / dressed in the same colour as X": another person of X's colour (a person's colour
    # is what they wear)
    (
        r"^\s*(?:is|does) (?:there )?(?:anyone|anybody|someone|somebody|any person|some person|any one) else "
        r"(?:(?:wearing|wear|dressed in|dressed in|in) )?"
        r"(?:the same colou?r|the same color) as\b",
        " is there another person that has the same color as",
    ),
    (  # "how many people are wearing black (or white)", "dressed in red": a person's colour is what they wear
        r"^(\s*how many (?:[a-z]+ )?(?:people|persons|men|women|boys|girls|kids|children|guys|ladies|adults|players)) "
        r"(?:are|is) (?:wearing|dressed (?:all |either )?in|in|clad in|clothed in|wearing clothes that are) "
        r"(?:either )?"
        r"([a-z]+)(?: clothes| clothing)?( or (?:in )?[a-z]+)?(?: clothes| clothing)?\s*[?.!]*\s*$",
        lambda m: (
            f"{m[1]} are {m[2]}{m[3].replace(' in ', ' ') if m[3] else ''} "
            if _family(m[2]) == "color" and (not m[3] or _family(m[3].split()[-1]) == "color")
            else m[0]
        ),
    ),
    (r"\bat the (left|right)\b(?! of\b)", r"on the \1"),
    (  # "the woman is holding an animal. what colour is it?" -> "what colour is the animal the woman is holding"
        rf"^\s*(the [a-z ]+?) (is|are) ([a-z]+ing) (?:a|an|some|one) ([a-z]+)\s*[.;:,]\s*(what|which) ({ATTRIBUTE}) "
        r"(?:is it|is that(?: one| [a-z]+)?|is the [a-z]+|does it have)\s*[?.!]*\s*$",
        r" \5 \6 is the \4 that \1 \2 \3 ",
    ),
    (r"^\s*(?:please )?(?:indicate|state|specify|report) (whether|if)\b", r" tell me \1"),
    (  # "tell me whether any cylinder is made of rubber" -> "is any cylinder made of rubber"
        r"^\s*(?:please )?(?:tell me|let me know|say|check|determine|find out|establish|confirm|verify) (?:whether|if) "
        r"(any|every|each|all|no|some|all of the|any of the|none of the|each of the) ([a-z ]+?) (is|are) (.+)$",
        r" \3 \1 \2 \4 ",
    ),
    (r"\bexactly as many\b", "as many"),
    (  # "which object is closest to the cube, and what is it made of" -> "what is the object closest to ... made of"
        r"^\s*which ((?:[a-z]+ ){0,2}?[a-z]+) is ([a-z ]+?)\s*,?\s*(?:and )?what "
        r"(?:is it made of|material is it(?: made of)?)\s*[?.!]*\s*$",
        lambda m: f" what is {_picked(m[1], m[2])} made of ",
    ),
    (
        rf"^\s*which ((?:[a-z]+ ){{0,2}}?[a-z]+) is ([a-z ]+?)\s*,?\s*(?:and )?what ({ATTRIBUTE}) is it"
        r"\s*[?.!]*\s*$",
        lambda m: f" what {m[3]} is {_picked(m[1], m[2])} ",
    ),
    (r"\b(?:on|to) (the [a-z ]+?) 's (left|right)(?: side| hand side)?\b", r"\2 of \1"),
    (rf"^\s*what is there (?={RELATION}\b)", " what is "),
    (  # "are there more objects left of the cylinder than right of it"
        rf"^\s*are there (more|fewer|less) ([a-z]+) ({RELATION}) (the [a-z ]+?) than ({RELATION}) (?:it|that one|them)"
        r"\s*[?.!]*\s*$",
        r" are there \1 \2 \3 \4 than \2 \5 \4 ",
    ),
    (  # "(looking at) the cylinder, are more objects on its left side than on its right side"
        r"^\s*(?:looking at |consider |take )?(the [a-z ]+?)\s*[,:]\s*are (?:there )?(more|fewer|less) ([a-z]+) "
        r"(?:on|to) its (left|right)(?: side| hand side)? than (?:on|to) its (left|right)(?: side| hand side)?"
        r"\s*[?.!]*\s*$",
        r" are there \2 \3 \4 of \1 than \3 \5 of \1 ",
    ),
    (  # "does the table hold more cups than bottles" -> "are there more cups than bottles on the table"
        r"^\s*(?:does|do) (the (?:[a-z]+ )?(?:table|shelf|desk|counter|tray|plate|bench|floor|ground|street|road|"
        r"sidewalk|park|field|grass)) (?:hold|have|carry|support|show) (more|fewer|less) ([a-z]+) than ([a-z]+)"
        r"\s*[?.!]*\s*$",
        r" are there \2 \3 than \4 on \1 ",
    ),
    (
        rf"^(\s*{RELATION} .+?\s*,\s*)(?:can|could|do|did|will) (?:i|you|we|one) (?:find|spot|see|notice) "
        r"(any|a|an|some)\b",
        r"\1are there \2",
    ),
    (r"\bthe one (thing|object|item)\b", r"the \1"),
    (r"^.*$", lambda m: _described_chain(m.group(0))),
    # "the other X": an object named first, then another that shares something with it
    (_ONE_MORE, _one_more),
    (_OTHER_OF_THAT, _other_of_that),
    (_THAT_ATTRIBUTE, _that_attribute),
    (
        r"^\s*there is (?:a|an|one) ([a-z ]+?)\s*[.;:,]\s*(what|which) ([a-z]+) is the other ([a-z ]+?)\s*[?.!]*\s*$",
        r" \2 \3 is the \4 other than the \1 ",
    ),
    (
        r"^\s*(?:is|are) (?:there )?(anything|something|any other (?:thing|object)s?) else ((?:made of |made out of )?"
        r"[a-z]+)\s*,?\s*(?:just )?like (the [a-z ]+?)(?: is| does)?\s*[?.!]*\s*$",
        r" is there anything other than \3 that is \2 ",
    ),
    (
        r"^\s*(?:apart from|besides|other than|aside from|except for) (the [a-z ]+?)\s*,\s*(?:is|are) (?:there )?"
        r"(?:anything|something) else (?:in (?:the|this) (?:scene|picture|image) )?((?:made of )?[a-z]+)"
        r"(?: as well| too| also)?\s*[?.!]*\s*$",
        r" is there anything other than \1 that is \2 ",
    ),
    (r"\b(are|is) ([a-z]+) (?:just )?like (the [a-z ]+?)(?=\s*[?.!]*\s*$)", _value_like),
    (r"^\s*(?:of|among) the (?:remaining|other|rest of the) ([a-z ]+?)\s*,\s*how many\b", r" how many other \1"),
    # either of two descriptions, said other ways: "purple or are cylinders", "that are red or that are cubes",
    # "balls, yellow, or both", "red things plus cubes ... without counting anything twice"
    (
        r"^(\s*(?:how many|count|what number of)\b.*?\b(?:are|is)) ([a-z ]+?) or (?:that |which )?(?:are|is) "
        r"(?!(?:it|they|he|she|the|this|that|these|those|there|a|an)\b)(?=[a-z])",
        r"\1 \2 or ",
    ),
    (r"\b(are|is) ([a-z]+(?: [a-z]+)?) *, *([a-z]+(?: [a-z]+)?) *,? or both\b", r"\1 \2 or \3"),
    (r"\s*,? *\(?(?:either one will do|either will do|or both|both count|either counts)\)?(?=\s*[?.!]*\s*$)", " "),
    (
        r"^\s*([a-z ]+?) plus ([a-z ]+?)\s*[,:;-]+\s*how many (?:is that|are there|in total|altogether|do you get)"
        r"\s*,?\s*(?:without counting (?:anything|any ?thing|anyone|any object|an object) twice|"
        r"counting (?:each|every) (?:one|object|thing) (?:only )?once)\s*[?.!]*\s*$",
        r" how many things are \1 or \2 ",
    ),
    (
        r"^\s*(?:counting|if you count|count) "
        r"(?:everything|all (?:the )?(?:things|objects)|anything|the (?:things|objects)) "
        r"(?:that is|that are|which is|which are) (.+?)\s*,\s*how many (?:objects|things|items)? ?(?:do you get|"
        r"are there|is that|does that make)\s*[?.!]*\s*$",
        r" how many objects are \1 ",
    ),
    (
        r"^\s*(?:what is|what's|tell me|give me) the total (?:number )?of (things|objects|items) (?=that|which)",
        r" how many \1 ",
    ),
    (
        rf"\b(?:while|whilst) (?:also |at the same time )?(?:being |lying |sitting |standing )?"
        rf"(?={RELATION}|closer|nearer|farther|further)",
        "and ",
    ),
    (r"^(\s*(?:how many|what|which|is|are|does|do)\b.+?\band\b.+?) (?:as well|too)\s*[?.!]*\s*$", r"\1 "),
    (
        r"\b(anything|something|everything|any thing|anyone|anybody|any person|anyone|everyone|every person) "
        r"(?:here|in here|around here)\b(?=\s*\w)",
        r"\1",
    ),
    (r"\b(first|second|third|fourth|fifth|last) (\w+) from (front|back|left|right)\b", r"\1 \2 from the \3"),
    (rf"^\s*of what ({ATTRIBUTE}) (is|are) (the [a-z ]+?) made\s*[?.!]*\s*$", r" what \1 \2 \3 made of "),
    (  # "(is it the case that) the cylinders are fewer than the cubes", "are the cylinders more numerous than ..."
        r"^\s*(?:(?:is it (?:the case|true) that|would you say(?: that)?|do you think(?: that)?) the "
        r"((?:[a-z]+ ){0,2}?[a-z]+) are|are the ((?:[a-z]+ ){0,2}?[a-z]+)) (fewer|more|less)"
        r"(?: in number| numerous)? than (?:the |there are )?([a-z ]+?)\s*[?.!]*\s*$",
        lambda m: f" are there {m[3]} {m[1] or m[2]} than {m[4]} ",
    ),
    (  # "compared with the spheres, are the cylinders fewer?"
        r"^\s*(?:compared (?:with|to)|relative to|as against) (?:the )?([a-z ]+?)\s*,\s*are (?:there )?(?:the )?"
        r"([a-z ]+?) (fewer|more|less)(?: numerous| in number)?\s*[?.!]*\s*$",
        r" are there \3 \2 than \1 ",
    ),
    (  # "besides the yellow ball, how many balls are just as large / are yellow too"
        r"^\s*(?:besides|apart from|other than|except for|aside from|not counting|excluding) (the [a-z ]+?)\s*,\s*"
        r"how many ([a-z]+) are (?:just |equally )?as (?:large|big|small|little|tiny)(?: as (?:it|that one))?"
        r"\s*[?.!]*\s*$",
        r" how many other \2 have the same size as \1 ",
    ),
    (
        r"^(\s*(?:besides|apart from|other than|except for|aside from|not counting|excluding) the [a-z ]+?\s*,\s*"
        r"how many [a-z ]+?) (?:too|as well|also)\s*([?.!]*)\s*$",
        r"\1\2 ",
    ),
    (  # "objects that have a colour that is blue", "having metal as their material" -> "... a blue colour"
        rf"\b(have|has|having|with) (?:(?:a|an|the|its|their) ({ATTRIBUTE}) (?:that is|which is|that's|of|being) "
        rf"(?:an? )?([a-z]+)|([a-z]+) as (?:its|their|the) ({ATTRIBUTE}))\b",
        _attribute_said_after,
    ),
    (rf"\bhaving (?=(?:a|an|the) [a-z]+ {ATTRIBUTE}\b)", "with "),
    (r"\bmade (out )?of (?:an? |some )?([a-z]+) (?:material|stuff|substance)\b", _material_said_with_noun),
    (r"^\s*(.+?) as for\s*,?\s*", r" \1 , "),  # a topic marked as in Japanese: "the ball as for, ..."
    (_ALL_ARE_NAMED, _all_are_named),  # before "objects are balls" is read as "balls"
    # "one" after adjectives takes the noun said before it: "is the cube smaller than the gray one"
    (r"\b(the|a) ((?:[a-z]+ ){1,2})one\b(?!s)", _one_for_noun),
    (SECTION, (".", "!", ":", ",", ";")),
    (r"^.*$", lambda m: _drop_openers(m.group(0))),
    # --- round 20: a hypothetical that takes objects away is a count without them ("if you ignore the blue ones,
    # how many objects remain?", "suppose the green objects were gone; how many would be left?"); rows and columns
    # of a drawing are its top, bottom and sides; a place said first; a tag that asks to do it ("..., would you?")
    (SECTION, None),
    (r"\s*,\s*(?:would|could|will|can) (?:you|ya)(?: please)?(?=[\s?.!]*$)", " "),
    (
        r"\bwithout (an?|any) (tie|hat|cap|shirt|jacket|coat|scarf|helmet|glasses|sunglasses|backpack|bag|umbrella)\b",
        r"not wearing \1 \2",
    ),
    (
        r"^\s*what (colou?rs|shapes|materials|sizes) are the (top|bottom|upper|lower) (?:row|line)\b",
        r" what \1 are at the \2",
    ),
    (r"^\s*(?:you|ya) (?:could|can|would) (?=count|tell|list|show|name|find|say|give)", " "),
    (r"^\s*(?:please )?count up\b", " count"),
    (
        r"^\s*(?:would|am|was) (?:i|we) (?:be )?(?:right|correct|wrong|mistaken) (?:in|to|if i|if we) (?:saying|say|"
        r"said|think|thinking|thought|assume|assuming|assumed|claim|claiming)(?: that)? (.+?)[\s?.!]*$",
        r" is it true that \1 ",
    ),
    (
        r"^\s*(?:would|do|will) you (?:call|consider) ((?:the|this|that) (?:\w+ ){0,4}?\w+) (?:to be )?(?:a |an )?(\w+)"
        r"[\s?.!]*$",
        lambda m: f" is {m[1]} {m[2]} " if _is_adjective(m[2]) or LEXICON.noun(m[2]) else m[0],
    ),
    (r"^(\s*(?:how many|which|what)\b.*?) (?:would|do) you (?:call|consider|describe as)\b", r"\1 are"),
    (r"\b(what|which) (?:sort|kind|type) of (colou?r|shape|size|material)\b", r"\1 \2"),
    (r"\b(furthest|farthest|most) (?:over|out|across) (?=to the|on the)", r"\1 "),
    (r"\b(?:that|the|this) pair of\b", "the two"),
    (r"\ba pair of\b", "two"),
    (r"^\s*(is|are) either of\b", " is any of"),
    (r"\b(?:does|do) (.+?) (?:happen|happens) to be\b", r"is \1"),
    (r"\b(?:happens?|happened) to be\b", "is"),
    (r"\bjust the one\b", "exactly one"),
    (r"\b(?:just|exactly|every bit) as (?=\w+ as\b)", "as "),
    (r"\bequally (?:big|large|small|sized|tall)\b", "the same size"),
    (  # "are A and B identical in colour", "alike in size", "of an identical shape", "equal in material"
        rf"\b(?:(?:identical|alike|equal|matching|the same|similar) in|of (?:an? )?(?:identical|equal|matching)|"
        rf"(?:identically|equally)) ({ATTRIBUTE})\b",
        r"the same \1",
    ),
    (  # "is the cube's size equal to / the same as the ball's" -> "is the cube the same size as the ball"
        rf"^\s*(is|are) (the [a-z ]+?) ?'s ({ATTRIBUTE}) (?:equal to|the same as|identical to|like) "
        r"(the [a-z ]+?) ?'s(?: (?:one|\3))?\s*[?.!]*\s*$",
        r" \1 \2 the same \3 as \4 ",
    ),
    (
        r"^\s*(?:please )?(?:determine|check|verify|find out|tell me|establish|confirm) (?:whether|if) "
        r"(the (?:number|count|amount|quantity) of .+?) (equals|matches|exceeds|is (?:equal to|greater than|"
        r"less than|more than|smaller than|larger than|bigger than|the same as)) (.+)$",
        lambda m: (
            f" does {m[1]} {m[2][:-1] if m[2].endswith('s') and not m[2].startswith('is') else m[2]} {m[3]} "
            if not m[2].startswith("is")
            else f" is {m[1]} {m[2][3:]} {m[3]} "
        ),
    ),
    (r"\bamongst\b", "among"),
    (
        r"\bhow many (?:maybe |about |around |like |roughly |perhaps )?(?:one|two|three|four|five|six|seven|eight|nine|"
        r"ten|\d+) or (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?=\w)",
        "how many ",
    ),
    (r"\bon the (small|large|big) side\b", r"\1"),
    (r"\bmade (?:out )?of (?:one and )?the same (?:thing|stuff|material|substance)\b", "made of the same material"),
    (
        r"^\s*is (the .+?) made (?:out )?of what (the .+?) is made (?:out )?of\b",
        r" is \1 made of the same material as \2 ",
    ),
    (
        r"^\s*(?:what|which) (colou?r|shape|size|material) (?:do|does) (?:most|the majority) (?:of )?(?:the )?"
        r"(?:objects|things|items|shapes)?(?: here| there| in the (?:picture|scene|image))? (?:share|have)\b",
        r" what is the most common \1 ",
    ),
    (
        r"^\s*(?:what|which) (colou?r|shape|material|size) (?:crops up|comes up|appears|occurs|shows up|turns up|"
        r"recurs|is seen|do you see|you see)(?: the)? (?:most often|most frequently|the most|"
        r"more than any other|most)(?: of| often)?\b",
        r" what is the most common \1 ",
    ),
    (r"^\s*what (colou?rs|shapes|sizes|materials) (?:have|has) (.+?) got\b", r" what \1 do \2 have"),
    (
        r"^\s*((?:the|these|those) .+?) come in (?:which|what) (colou?rs|shapes|sizes|materials)\b",
        r" what \2 do \1 have",
    ),
    (r"\bwhichever ((?:\w+ ){0,3}?\w+)(?= is\b| are\b)", r"the \1 that"),
    (r"\bwhichever (\w+)", r"the \1"),
    (r"(?<=\bis )whatever (?:'s|is)\b", "the thing that is"),
    (
        r"\bthe (\w+) (?:that is |which is )?(?:nearest|closest) (?:to )?the (?:front|camera|viewer)\b",
        r"the frontmost \1",
    ),
    (r"\bthe (\w+) (?:that is |which is )?(?:nearest|closest) (?:to )?the back\b", r"the backmost \1"),
    (r"\b(?:nearest|closest) (?:to )?the (?:front|camera|viewer)\b", "furthest in front"),
    (r"\b(?:nearest|closest) (?:to )?the back\b", "furthest back"),
    (r"^\s*i am (?:curious|wondering|interested)(?: to know| about| as to)?\s+", " "),
    (r"^\s*how many of (?:these|those)(?= (?:are|is|have|has|were)\b)", " how many of the objects"),
    (
        r"^\s*(?:i am |we are )?(?:(?:looking|searching|hunting) for|trying to find|i need|we need|i want|we want) "
        r"(an? .+?)\s*[-,;:.]+\s*(?:is there one|are there any|do you see one|can you see one|any|is it there|"
        r"is there such a thing|is there any|do you see it|any luck|do we have one|do you have one|"
        r"is there one (?:here|there|in (?:the|this) (?:picture|image|scene|photo)))[\s?.!]*$",
        r" is there \1 ",
    ),
    (
        r"^\s*how many of the (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?=are|is|have)\b",
        " how many of the objects ",
    ),
    (
        r"\s*,\s*(?:(?:big|large|small|metal|rubber|shiny|matte) and (?:big|large|small|metal|rubber|shiny|matte)|all|"
        r"both kinds) (?:together|combined|included|alike)[\s?.!]*$",
        " ",
    ),
    (
        r"^\s*((?:the |these |those )?(?:\w+ ){0,3}?\w+)\s*[-:;,]+\s*(how many (?:distinct |"
        r"different )?(?:colou?rs|shapes|"
        r"sizes|materials))(?: are there)? (?:among|of|for|in|between) (?:them|those|these)[\s?.!]*$",
        r" \2 among \1 ",
    ),
    (r"\b(?:are|is) (?:a|some|any) (colou?r|shape|size|material) other than (\w+)\b", r"are not \2"),
    (r"^\s*(the .+?) (?:is|'s) (what|which) (colou?r|shape|size|material)[\s?.!]*$", r" \2 \3 is \1 "),
    (
        r"^\s*(?:of|among) (?:all )?(?:the |these |those )?((?:\w+ ){0,2}?\w+)\s*,\s*the one\b",
        lambda m: _one_of_group(m),
    ),
    (  # "among the spheres, is any one made of rubber": is any of the spheres
        r"^\s*(?:among|of|out of) (the|these|those) ([a-z ]+?)\s*,\s*(is|are) (?:any one|anyone|any|one|some|"
        r"either)(?: of them)? ",
        r" \3 any of \1 \2 ",
    ),
    (
        r"\bthe (middle|leftmost|rightmost|frontmost|backmost|biggest|largest|smallest|first|second|third|last) one "
        r"(?:of|among) the (?:two |three |four |five |six )?(\w+)\b",
        lambda m: f"the {m[1]} {singular(m[2])}" if _plural_name(m[2]) else m[0],
    ),
    (
        r"\bthe (bigger|larger|smaller|taller|shorter) (?:one )?of the (?:two )?(\w+)\b",
        lambda m: f"the {_SUPERLATIVE[m[1]]} {singular(m[2])}" if _plural_name(m[2]) else m[0],
    ),
    (
        r"\bthe (bigger|larger|smaller) (?!one\b)(\w+)\b(?! than\b)",
        lambda m: f"the {_SUPERLATIVE[m[1]]} {m[2]}" if LEXICON.noun(m[2]) or _is_adjective(m[2]) else m[0],
    ),
    (r"^\s*who is the one (?=\w+ing\b)", " who is "),
    (  # "the thing that is cyan that is a cylinder" -> "the cyan thing that is a cylinder"
        r"\bthe (thing|object|item|one) (?:that|which) is (\w+) (?:that|which|and) is\b",
        lambda m: f"the {m[2]} {m[1]} that is" if _is_adjective(m[2]) else m[0],
    ),
    (
        r"^\s*compare (the [a-z ]+?) (?:with|to|and) (the [a-z ]+?)\s*[:,;-]+\s*(?:are they |is it )?(?:the )?same "
        r"(colou?r|shape|size|material)(?: or (?:not|different))?[\s?.!]*$",
        r" do \1 and \2 have the same \3 ",
    ),
    (  # "the object that is behind all the others": the backmost object
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:that is |which is |that 's )?(behind|in front of|(?:to the )?left of|"
        r"(?:to the )?right of) (?:all|each|every one) (?:of )?(?:the )?(?:others|other (?:objects|things|ones|items)"
        r"|rest)\b",
        lambda m: f"the {_EXTREME_OF[m[2].replace('to the ', '')]} {m[1]}",
    ),
    (  # "the thing in the very front", "the purple ball in the back": the frontmost, the backmost
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:that is |which is )?(?:in|at) the (?:very )?(front|back|rear)\b(?! of\b)",
        lambda m: f"the {'frontmost' if m[2] == 'front' else 'backmost'} {m[1]}" if _names_noun(m[1].split()) else m[0],
    ),
    (  # "the item way over on the left side": the leftmost
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:that is |which is )?(?:way|all the way|far) (?:over )?(?:on|to|at) the "
        r"(left|right)(?: side| edge| end)?\b(?! of\b)",
        lambda m: f"the {m[2]}most {m[1]}" if _names_noun(m[1].split()) else m[0],
    ),
    (
        r"\b(nearest|closest) to (?:where the (?:picture|photo|image|photograph) (?:was|is) taken(?: from)?|the "
        r"(?:viewer|photographer|observer))\b",
        r"\1 to the camera",
    ),
    (  # "the brown things are made of how many different materials", "the red objects come in how many shapes"
        r"^\s*(the [a-z ]+?) (?:are made of|are made out of|are in|come in|appear in|exist in|have|use|are of|show) "
        r"how many (?:different |distinct |kinds of |sorts of )?(colou?rs|shapes|sizes|materials)\s*[?.!]*\s*$",
        r" how many different \2 are there among \1 ",
    ),
    (  # "how many different colours of cube are there"
        r"^\s*how many (?:different |distinct )(colou?rs|shapes|sizes|materials) of ((?:[a-z]+ ){0,2}?[a-z]+)"
        r"(?: are there| exist| do you see| can you see| are present| are in the (?:picture|image|scene))?"
        r"\s*[?.!]*\s*$",
        lambda m: (
            f" how many different {m[1]} are there among the {_plural_phrase(m[2])} "
            if _names_noun(m[2].split())
            else m[0]
        ),
    ),
    (r"^\s*what is (the [a-z ]+? that is not an? \w+) made (?:out )?of\s*[?.!]*\s*$", r" what material is \1 "),
    (
        r"\bthe (second|third|fourth|fifth) (frontmost|backmost|leftmost|rightmost) ((?:[a-z]+ ){0,2}?[a-z]+)\b",
        lambda m: f"the {m[1]} {m[3]} from the {m[2][:-4]}" if _names_noun(m[3].split()) else m[0],
    ),
    (  # "there are two blue cylinders. what is the one that's further back made of?", "Of the two spheres, which
        # colour is the one more to the right?" (said "the rightmost one" by then)
        r"^\s*(?:there are|of the|of|the) (?:two|2|three|3) ([a-z ]+?)\s*[;.,:]\s*(.*?)\bthe "
        r"(?:one (?:that is |which is )?(?:further|farther|more) "
        r"(back|forward|to the front|in front|to the left|to the right|left|right)|"
        r"(left|right|front|back|rear)most (?:one|thing))\b(.*)$",
        lambda m: (
            f" {m[2]}the {_FURTHER[m[3]] if m[3] else m[4] + 'most'} {_singular_phrase(m[1])}{m[5]} "
            if _names_noun(m[1].split())
            else m[0]
        ),
    ),
    (r"\bwhich other (\w+) (has|have|is|are) the same\b", r"which \1 \2 the same"),
    (
        r"\b(?:parked|standing|sitting|lying|placed|located)(?: down)? (?=(?:at|on|in) the (?:bottom|top|left|right|"
        r"middle)\b)",
        "",
    ),
    (r"^\s*are both (?:of )?the\b", " are all the"),
    (r"\b(the same (?:colou?r|shape|size|material)) as (?:each other|one another)\s*([?.!]*)\s*$", r"\1 \2"),
    (
        r"^\s*what is ((?:to the |on the )?(?:left|right) of|behind|in front of|next to|near|beside|under|above|below|"
        r"on top of) (the [a-z ]+?) made (?:out )?of\s*[?.!]*\s*$",
        r" what is the thing \1 \2 made of ",
    ),
    (
        r"(the same (?:colou?r|shape|size|material) as the [a-z ]+?)\s*,?\s*(?:not including|excluding|except|"
        r"other than|besides|apart from|not counting) (?:it|itself|that one)\b",
        r"\1",
    ),
    (
        r"\b(the (?:only )?(?:[a-z]+ ){0,2}?[a-z]+) not (made (?:out )?of)\b",
        lambda m: (
            f"{m[1]} that is not {m[2]}"
            if LEXICON.noun(m[1].split()[-1]) is not None
            and not re.match(r"^\s*(?:is|are|was|were|isn't|aren't)\s*$", m.string[: m.start()])
            else m[0]
        ),
    ),
    # an apposition that narrows a noun: "behind the shiny cylinder, the one that's left of the green ball" is the
    # shiny cylinder that is left of it; "the cube, the one on the left" the cube on the left
    (
        r"\b(\w+) , (?:the|that) ones? (?:that|which|who) (is|are) ",
        lambda m: f"{m[1]} that {m[2]} " if LEXICON.noun(m[1]) else m[0],
    ),
    (
        r"\b(\w+) , the ones? (?=(?:to the|on the|in front|at the|left|right|behind|near|next|beside|closest|nearest"
        r"|farthest|furthest|under|above|below|made of)\b)",
        lambda m: f"{m[1]} " if LEXICON.noun(m[1]) else m[0],
    ),
    (
        rf"^\s*(the (?:\w+ ){{0,3}}?\w+) (?:has|have) (an? (?:\w+ ){{0,3}}?\w+) (?:somewhere |right |just |directly )?"
        rf"({RELATION}) (?:it|him|her|them)\s*[;,.:-]+\s*",
        r" there is \2 \3 \1 ; ",
    ),
    (
        r"^\s*(?:of|out of|among) (?:everything|all the (?:objects|things)|all)(?: (?:in|on) (?:the |"
        r"this )?(?:\w+ )?(?:scene|picture|image|photo|page))?\s*,\s*(?=(?:which|what)\b)",
        " ",
    ),
    (
        r"^\s*(?:what|which)(?: one| thing| object)? (?:takes up|occupies|fills|covers|uses) (?:the most|most of the) "
        r"(?:room|space|area|picture|image|frame)(?: in the (?:picture|image|scene|photo|frame))?[\s?.!]*$",
        " what is the largest object ",
    ),
    (
        r"^\s*(?:has|did) (?:anyone|anybody|someone|somebody|any person|some person|any one) (?:left|put|"
        r"placed|set|dropped|leave|put down) (an? .+?)[\s?.!]*$",
        r" is there \1 ",
    ),
    (
        r"\b(?:standing|sitting|located|positioned|placed|situated|lying|parked) (?=(?:on|to) the (?:left|right) of\b)",
        "",
    ),
    (
        r"\b(?:up|down|over|out|back) (?=(?:on|at) the (?:left|right|top|bottom)\b|in the (?:top|bottom|"
        r"corner|middle|park|street|kitchen|room|yard|garden|field)\b)",
        "",
    ),
    (r"^\s*what is (.+?)\s*,?\s*(colou?r|shape|size|material)[ -]?wise[\s?.!]*$", r" what \2 is \1 "),
    (r"^\s*(?:counting|including) (?:both )?the \w+ and the \w+\s*,\s*", " "),
    (r"^\s*name the (?!colou?rs\b|shapes\b|materials\b|sizes\b|objects\b|things\b)(.+?)[\s?.!]*$", r" what is the \1 "),
    (
        r"^\s*(?:(?:a few|some|several|lots of|many|a couple of|a bunch of|plenty of|(?:maybe |about |"
        rf"around )?{NUMBER_WORD} or {NUMBER_WORD}|"
        r"(?:maybe|about|around|like) \w+) )((?:\w+ ){0,2}?\w+)(?: (?:in|on) (?:this|here|there|this one|"
        r"the picture|the "
        r"image))?(?: here| there)?\s*,?\s*(?:i think|i guess|i reckon|maybe|probably|it seems)?\s*[-,:;]+\s*how many"
        r"(?: are there| are they| of them| of them are there| exactly| precisely| really| actually)*[\s?,.!]*"
        r"(?:exactly|really|actually|precisely)?[\s?.!]*$",
        lambda m: f" how many {m[1]} are there " if _plural_name(m[1].split()[-1]) else m[0],
    ),
    (
        r"^\s*((?:\w+ ){0,3}?\w+)\s*[-:;]+\s*how many(?: of (?:those|them|these))?(?: are there| do you see|"
        r" can you see)?[\s?.!]*$",
        lambda m: f" how many {m[1]} are there " if _plural_name(m[1].split()[-1]) else m[0],
    ),
    (
        r"^\s*which (?:one )?of the (\w+) is the (\w+) one\s*[?.!]*\s*(?:tell me|what is|give me|and|so|now)? ?"
        r"(?:its|it is|the) (colou?r|shape|size|material)\b.*$",
        lambda m: f" what {m[3]} is the {m[2]} {singular(m[1])} " if _plural_name(m[1]) else m[0],
    ),
    (
        r"^\s*which of the (?:two |three )?(\w+) is (\w+(?: to the camera| to the front|"
        r" to the back)?)\s*,\s*the (\w+) one or the (\w+) one\b",
        lambda m: f" which is {m[2]} , the {m[3]} {singular(m[1])} or the {m[4]} {singular(m[1])}",
    ),
    (
        r"^\s*(the (?:\w+ ){0,4}?\w+)\s*[-:,]+\s*is (?:his|her|its|their) (\w+) (\w+)[\s?.!]*$",
        r" is the \2 of \1 \3 ",
    ),
    (
        r"^\s*(?:do|does) (the .+?) (?:wear|have|hold|carry|own) (\w+) of the same (colou?r|shape|size|"
        r"material)[\s?.!]*$",
        r" are the \2 of \1 the same \3 ",
    ),
    (
        r"^\s*is (?:there )?(?:anybody|anyone|someone|somebody|any person|a person|any people)(?: (?:in|on|"
        r"at) the \w+)? "
        r"(?:who is |that is )?not (wearing|holding|carrying|riding|eating|using|touching) (.+?)[\s?.!]*$",
        r" are there people other than the people \1 \2 ",
    ),
    (
        r"^\s*how many ((?:\w+ ){0,3}?\w+) (?:are|is) not (a |an )?(\w+)[\s?.!]*$",
        lambda m: (
            (
                f" how many of the {m[1]} are not {m[3]} "  # "things on the table other than cups": the table's
                if re.search(rf"\b{_PLACE_PHRASE}\b|\b(?:on|in|under|above|below) the\b", m[1])
                else f" how many {m[1]} other than {m[3] if m[3].endswith('s') else m[3] + 's'} are there "
            )
            if (_plural_name(m[3]) or _plural_name(m[3] + "s"))
            and (m[2] or m[3].endswith("s") or LEXICON.attribute_of(m[3]) is None)  # "not orange": the colour
            and not {"there", "that", "which", "who"} & set(m[1].split())
            else m[0]
        ),
    ),
    # --- round 21 (blind22): concessive and contrastive clauses, clefts, "X versus Y: ...?", a set to consider said
    # first, an attribute's values "represented" or "taken", stranded prepositions, a scene's place said with a name
    (
        r"^\s*(?:although|though|even though|while|since|given that|now) (?:both |all )?(?:the |these |those )?"
        r"((?:\w+ ){0,2}?\w+) (?:are|is) (\w+)\s*,\s*(are|is) (?:they|it|both|all of them|they both)"
        r"(?: in fact| actually| really| truly)? ",
        lambda m: f" {m[3]} the {m[2]} {m[1]} " if _plural_name(m[1].split()[-1]) and _is_adjective(m[2]) else m[0],
    ),
    (r"\b(are|is) (?:they|it) (?:in fact|actually|really|truly) ", r"\1 they "),
    (
        r"^\s*(?:considering|counting|looking at|taking) (?:only |just )?(the .+?)\s*,\s*how many "
        r"(?:of (?:those|them|these) )?(are|is|have|has)\b",
        r" how many of \1 \2",
    ),
    (
        r"^\s*(?:it is|is it) (the (?:\w+ ){0,3}?\w+) that (?:is|sits|stands|lies) (?:the )?(?:furthest|"
        r"farthest|most) (?:to the |on the )?(left|right)\b[^?]*",
        r" is \1 the \2most object ",
    ),
    (
        r"^\s*(?:it is|is it) (the (?:\w+ ){0,3}?\w+) that (?:is|'s) (.+?)\s*(?:,\s*)?(?:is not it|isn't it|"
        r"right|correct|yes|no)?[\s?.!]*$",
        lambda m: f" is {m[1]} {_the_one(m[2])} ",
    ),
    (r"^\s*is it (?:the case|so) that\b", " is it true that"),
    (
        r"^\s*(?:can you |could you |would you )?(?:please )?(?:tell me|list|name|give me)? ?(?:all )?the "
        r"(colou?rs|shapes|materials|sizes) (?:that )?(?:you (?:can )?see|there are|present|visible|shown) "
        r"(?:on|of|among|in|for) (the .+?)[\s?.!]*$",
        r" what \1 do \2 have ",
    ),
    (
        r"\s*,\s*among (?:those|them|the objects|all|all of them)(?: present| there| here)?(?: in the (?:scene|"
        r"picture|image))?\s*,\s*",
        " ",
    ),
    (r"\s*,?\s*without (?:any )?exception\s*,?\s*", " "),
    (r"\b(?:hiding|lurking|tucked away|hidden)(?= somewhere| anywhere| in | on |[\s?.!]*$)", ""),
    (r"^\s*(?:setting|putting|leaving|laying) (the .+?) (?:aside|out|to one side|apart)\s*,", r" ignoring \1 ,"),
    (
        r"^(\s*(?:leaving out|ignoring|excluding|not counting|without|apart from|besides|other than)\b.+?,\s*how many"
        r"(?: \w+){0,3}?)\s*(?:are left|remain|are remaining|would remain|are left over|is left|left)[\s?.!]*$",
        r"\1 are there ",
    ),
    (
        r"^\s*(?:compared (?:to|with)|relative to|as against|versus|vs|against) (?:the )?((?:\w+ ){0,2}?\w+)\s*,\s*"
        r"are there (more|fewer|less) ((?:\w+ ){0,2}?\w+)[\s?.!]*$",
        r" are there \2 \3 than \1 ",
    ),
    (
        r"^\s*((?:\w+ ){0,2}?\w+) (?:versus|vs|against|compared to|compared with|or) ((?:\w+ ){0,2}?\w+)\s*[-:;,]+\s*"
        r"are there (more|fewer|less) (?:of )?(?:the )?(\w+) ones[\s?.!]*$",
        _versus_count,
    ),
    (
        r"^\s*((?:\w+ ){0,3}?\w+) (?:versus|vs|against) ((?:\w+ ){0,3}?\w+)\s*[-:;,]+\s*is the (\w+) (?:one|"
        r"\w+) (?:the )?(larger|bigger|smaller)[\s?.!]*$",
        _versus_size,
    ),
    (
        r"^\s*((?:\w+ ){0,3}?\w+) (?:versus|vs|against|and) ((?:\w+ ){0,3}?\w+)\s*[-:;,]+\s*(?:the )?same "
        r"(colou?r|shape|size|material)[\s?.!]*$",
        r" do the \1 and the \2 have the same \3 ",
    ),
    (
        r"^\s*((?:\w+ ){0,2}?\w+) (colou?rs?|shapes?|materials?|sizes?)[\s?.!]*$",
        _bare_attribute,
    ),
    (
        r"\bthe (\w+) that is the (furthest|farthest|most) (back|forward|to the left|to the right|in front)\b",
        r"the \1 \2 \3",
    ),
    (
        r"^(\s*how many (?:different |distinct |separate )?(?:colou?rs|shapes|materials|"
        r"sizes)) (?:are represented|appear|are "
        r"used|occur|are present|are there|can be seen|exist|show up|are found|do you see|are shown)\b",
        r"\1",
    ),
    (
        r"^(\s*how many .+?) (?:appear|can be seen|are visible|are shown|show up|are found|can you see)(?= in | at )",
        r"\1 are",
    ),
    (
        r"^\s*(?!(?:what|which|who|how|is|are|does|do|can|could|would|will|was|were|has|"
        r"have)\b)(?:the )?((?:\w+ ){0,3}?\w+) (bigger|larger|smaller|taller|shorter) than (.+?)[\s?.!]*$",
        lambda m: (
            m[0]
            if {"is", "are", "was", "were", "said", "says"} & set(m[1].split())
            else f" is the {m[1]} {m[2]} than {m[3]} "
        ),
    ),
    (r"\s*,\s*one (?:a|an|is a|is an) \w+ and the other (?:a|an|is a|is an) \w+\s*,\s*", " "),
    (r"^\s*(?:what|how) about (the .+?)\s*[-,:;?]+\s*", r" \1 , "),
    (r"^(\s*(?:is|are) .+?) (?:while|whereas|whilst) (the .+?) (is|are) (.+?)[\s?.!]*$", r"\1 and \3 \2 \4 "),
    (
        r"^\s*(?:which|what) (colou?rs|shapes|materials|sizes) (?:are|do) (?:taken|had|used|shown|worn|found) by "
        r"(the .+?)[\s?.!]*$",
        r" what \1 do \2 have ",
    ),
    (
        r"^\s*how many (\w+) (?:is|are) (the .+?) (behind|in front of|left of|right of|to the left of|to the right of|"
        r"above|below|under|near|next to)[\s?.!]*$",
        lambda m: f" how many {m[1]} are {_INVERSE_PLACE[m[3]]} {m[2]} ",
    ),
    (
        r"\bthe (\w+) (?:in front of|ahead of) (?:everything|all the others|all others|everything else|"
        r"the rest|all the other (?:\w+))\b",
        r"the frontmost \1",
    ),
    (r"\bthe (\w+) behind (?:everything|all the others|all others|everything else|the rest)\b", r"the backmost \1"),
    (
        r"^(\s*are all (?:of )?the (?:\w+ ){1,3}?)(\w+) ones?[\s?.!]*$",
        lambda m: f"{m[1]}{m[2]} " if _is_adjective(m[2]) else m[0],
    ),
    (r"\bmade (?:out )?of (?:something|anything|a material|stuff) other than (\w+)\b", r"not made of \1"),
    (r"\s*,?\s*all told\b", " in total"),
    (
        rf"\bthe (tie|hat|cap|shirt|jacket|coat|scarf|helmet|glasses|sunglasses|dress|backpack|watch|necklace) on (the "
        rf"(?:\w+ )?(?:{_PEOPLE}))\b",
        r"the \1 of \2",
    ),
    (  # "how many ties are on the men", "hats on these kids": the ones they wear
        rf"\b(ties|hats|caps|shirts|jackets|coats|scarves|helmets|glasses|sunglasses|dresses|backpacks|watches|"
        rf"necklaces)( (?:are |is )?(?:there )?| we (?:got|have|see) )on (?:the|these|those) "
        rf"((?:\w+ )?(?:{_PEOPLE}))\b",
        r"\1\2worn by the \3",
    ),
    # text on a part of an object is the object's text: "the bottle - what is written on the label", "the bottle has
    # a label on it . what does it say", "what is written on the side of the bus , read it to me"
    (
        r"^\s*(the [a-z ]+?)\s*[-:,;]\s*what (?:is|'s) (?:written|printed|painted|shown) on (?:the |its |it )?"
        r"(?:label|side|front|back|sign|screen|cover|surface|top|sticker)?\s*[?.!]*\s*$",
        r" what does \1 say ",
    ),
    (
        r"^\s*(the [a-z ]+?) (?:has|have|is wearing|carries|bears) (?:a|an|some) (?:label|sign|sticker|writing|"
        r"text|words)(?: on)?(?: it| its side)?\s*[.;,:]?\s*what does (?:it|that|the (?:label|sign|sticker|writing|"
        r"text)) say\s*[?.!]*\s*$",
        r" what does \1 say ",
    ),
    (
        r"^(\s*what (?:is|'s) (?:written|printed|painted) on .+?|\s*what does .+? say)\s*,\s*read (?:it|that)"
        r"(?: out)?(?: to me| for me| aloud)?\s*$",
        r"\1",
    ),
    (
        r"^\s*read(?: out| me| aloud)* what (?:is|'s) (?:painted|written|printed|shown) on (the .+?)(?: for me|"
        r" please)*[\s?.!]*$",
        r" what does \1 say ",
    ),
    # "how many of the things on the table are not cups": those things other than cups, still on the table
    (
        r"^\s*how many (?:of the )?(things|objects|items)( (?:on|in|under|behind|near|beside|inside|at) the [a-z]+)"
        r" (?:are not|aren't) ([a-z]+s)(?=\s*[?.!]*\s*$)",
        r" how many \1 other than \3 are\2 ",
    ),
    (
        r"^\s*how many (?:of the )?(\w+)(?: (?:in|on|at) the (?:picture|image|photo|scene|drawing|park|street|kitchen|"
        r"room))? (?=are not |is not )",
        r" how many \1 ",
    ),
    (r"\b(?:separate|individual) (?=items|objects|things)", ""),
    (r"\b(?:have|has) been (?:placed |put |set |left )?(?:on top of|on|onto) ", "are on "),
    (
        r"^\s*what (?:time|number) (?:is|does) (.+?) (?:showing|displaying|reading|saying|show|display|read|say)\b",
        r" what does \1 say",
    ),
    (
        r"^\s*(?:the )?(\w+) says (?!what\b|which\b)([^-?.,;:]+?)[\s?.!]*$",
        lambda m: m[0] if m[1] in _SPEAKERS or re.fullmatch(_PEOPLE, m[1]) else f" does the {m[1]} say {m[2]} ",
    ),
    (
        r"^\s*what is ((?:on|in|under|near|next to|behind|in front of|left of|right of|on top of) the .+?)\s*[?.!,]*\s*"
        r"(?:just |please )?(?:list|name) (?:it|them|all|everything|all of them)(?: please| for me)?[\s?.!]*$",
        r" list the things \1 ",
    ),
    (
        r"\s*[?.!,]?\s*(?:just |please )?(?:list|name) (?:it|them|all|everything|all of them)(?: please|"
        r" for me)?[\s?.!]*$",
        " ",
    ),
    (r"\s*[?.!,]\s*(?:please )?give me (?:the|a) (?:full |whole |complete )?list(?: please)?[\s?.!]*$", " "),
    (r"^(\s*what [a-z]+ are the [a-z]+)\s*[?.!,]\s*just (?:list|name) '?em[\s?.!]*$", r"\1 "),
    (
        r"^\s*how many (different |distinct )?(colou?rs|shapes|materials|sizes) ((?:at|on|in) the (?:top|"
        r"bottom|left|right|middle)\b.*?)[\s?.!]*$",
        lambda m: (
            m[0] if m[1] is None and m[2] == "shapes" else f" how many {m[1] or ''}{m[2]} do the objects {m[3]} have "
        ),
    ),
    (
        r"^\s*(?:of|among) (?:the |all the |these |those )?(?:two |three |four |five )?(\w+)\s*,\s*(.+?)\bthe one\b",
        lambda m: f" {m[2]}the {singular(m[1])}" if _plural_name(m[1]) else m[0],
    ),
    (
        rf"\b({_PEOPLE}|dog|dogs|everyone|anyone|anybody|someone|somebody|who) (?:in|at|on) the (?:kitchen|"
        rf"street|park|room|"
        r"yard|garden|field|office|beach|road|picture|photo|scene|image)\b",
        r"\1",
    ),
    (
        r"^\s*(?:are there )?any (\w+) (?:flying|lying around|around|about|visible)(?= in | on |[\s?.!]*$)",
        r" are there any \1 ",
    ),
    (
        rf"\b(the (?:\w+ ){{0,2}}?(?:{_PEOPLE})) 's (?:clothes|clothing|outfit|dress|shirt|top)\b",
        r"\1",
    ),
    (  # "the bicycle in the park": the place the picture shows, not an object in it
        r"\b(the (?:\w+ ){0,2}?(\w+)) (?:in|at) the (?:park|kitchen|garden|yard|living room|bedroom|bathroom|office)\b"
        r"(?! (?:picture|photo|image|scene|shot|pic)\b)",
        lambda m: m[1] if known_name(singular(m[2])) else m[0],
    ),
    (
        r"\bthe (park|kitchen|street|garden|office|road|city|school|classroom|bathroom|bedroom) (\w+)\b",
        lambda m: (
            f"the {m[2]}"
            if known_name(singular(m[2]))
            or (
                m[1] not in {"street", "road", "city"}
                and m[2] not in _FUNCTION_WORDS | {"picture", "photo", "image", "scene", "shot", "pic"}
                and _noun_last(m[2])
            )
            else m[0]
        ),
    ),
    (r"\b(on the (?:far |very )?(?:left|right)) (?:of|in) the (?:group|crowd|line|lineup|people|bunch|row)\b", r"\1"),
    (
        r"^\s*(\w+) (\w+) and (\w+) (\w+)[\s?.!]*$",
        lambda m: (
            f" is the {m[1]} {m[2]} and is the {m[3]} {m[4]} "
            if known_name(m[1]) and known_name(m[3]) and _is_adjective(m[2]) and _is_adjective(m[4])
            else m[0]
        ),
    ),
    (
        r"^\s*is any of (?:this stuff|this|these things|these|those|them|the objects|the things|all this|everything) ",
        " is anything ",
    ),
    (
        r"\bthe one (?:that is|which is|that 's) (?:the )?(furthest|farthest|most) (back|forward|to the left|"
        r"to the right|in front)\b",
        r"the object \1 \2",
    ),
    (
        r"^\s*in how many (different |distinct )?(colou?rs|shapes|materials|sizes) (?:do|does) (.+?) (?:appear|come|"
        r"exist|show up|occur)[\s?.!]*$",
        r" how many \1\2 do \3 have ",
    ),
    (
        r"\b(?:every (?:single )?(object|thing|item|shape)|(everything|all the (?:objects|things))) (?:here|there|in "
        r"view|you see|you can see)\b",
        lambda m: f"every {m[1]}" if m[1] else m[2],
    ),
    (
        r"^\s*(?:add up|add together|sum up|"
        r"total up) (the \w+) and (the \w+)\s*[-,:;]*\s*(?:what is the total|what do you "
        r"get|how many is that|what is the sum|how many in total|how many altogether)?[\s?.!]*$",
        r" how many things are \1 or \2 ",
    ),
    (
        r"^\s*(?:which|what) (?:object|thing|one) is (.+?)\s*[?.]\s*(?:just |only )?(?:the |its )?(colou?r|"
        r"shape|material|size) (?:is fine|will do|please|is enough|is ok|is okay|is all i need)[\s?.!]*$",
        r" what \2 is the object \1 ",
    ),
    (
        r"^\s*what (colou?r|shape|material|size) do you see (?:the )?most(?: of| often)?\b",
        r" what is the most common \1",
    ),
    (
        r"^\s*(?:among|of|in|within) (the .+?)\s*,\s*how many (different |distinct )?(colou?rs|shapes|materials|sizes)"
        r"(?: are there| do you see| can you see| are present)?[\s?.!]*$",
        r" how many \2\3 are there among \1 ",
    ),
    (
        r"^\s*(?:of|among) the (\w+)\s*,\s*which (?:one )?is (.+?)\s*[?.]\s*(?:give me|tell me|what is|and|"
        r"so) (?:its|the) (colou?r|shape|material|size)\b.*$",
        lambda m: f" what {m[3]} is the {singular(m[1])} {m[2]} " if _plural_name(m[1]) else m[0],
    ),
    (
        r"^\s*i (?:think i |believe i )?(?:see|can see|spot|"
        r"notice) (an? .+?) and (an? .+?)\s*[-,:;]+\s*(?:are (?:they )?both "
        r"(?:there|present|here)|is that right|right|do you see them|are they there|are they both there)[\s?.!]*$",
        r" is there \1 and is there \2 ",
    ),
    (
        r"^\s*(?:could|can|would) you (?:please )?read (?:me |out |aloud )*(what (?:is|'s) (?:written|printed|"
        r"painted) .+?)[\s?.!]*$",
        r" \1 ",
    ),
    (
        r"^\s*(the (?:\w+ ){0,4}?\w+)\s*,\s*what (colou?r|shape|material|size) is (?:his|her|its|their) (\w+)[\s?.!]*$",
        r" what \2 is the \3 of \1 ",
    ),
    (
        r"\b(anywhere|somewhere|at all) (?:on|in|at) (?:this|the) (?:street|park|kitchen|room|yard|garden|"
        r"beach|field|city|town|scene)\b",
        r"\1",
    ),
    (rf"\bthe (left|right)[ -]?hand ({_PEOPLE})\b", r"the \2 on the \1"),
    (
        r"^\s*(?:does|do) (.+?) match (.+?) in (colou?r|shape|size|material)[\s?.!]*$",
        r" does \1 have the same \3 as \2 ",
    ),
    (
        rf"\b(the (?:\w+ )?(?:{_PEOPLE}) on the (?:left|right)) 's (tie|hat|cap|shirt|jacket|coat|scarf|helmet|dress|"
        r"backpack|bag)\b",
        r"the \2 of \1",
    ),
    (
        rf"^\s*is (the .+?) being ({'|'.join(PASSIVES)}) by (?:somebody|someone|anyone|anybody|a person)[\s?.!]*$",
        lambda m: f" is there a person {PASSIVES[m[2]]} {m[1]} ",
    ),
    (
        r"^\s*what is (the (?:label|sign|text|writing|note|screen|display|sticker) .+?) (say|read|show)[\s?.!]*$",
        r" what does \1 say ",
    ),
    (
        r"\b(in|at) the (middle|center|centre|top|bottom|left|right)(?: part)? of (?:the|this) (?:page|sheet|"
        r"drawing)\b",
        r"\1 the \2",
    ),
    (
        r"\s(?:on|in|at|along|across) this (?:(?:busy|little|lovely|nice|big|small|quiet|sunny|whole) )?(?:street|"
        r"road|park|kitchen|room|yard|garden|beach|field|city|town|office|"
        r"classroom|square|playground)\b(?! (?:pic|picture|photo|shot|scene|image|snap|view|photograph)\b)",
        " ",
    ),
    (r"\s*,?\s*(?:for the record|for the avoidance of doubt|if you please|if you would)\s*(?=[,?.!]|$)", " "),
    (
        r"^\s*(the (?:\w+ ){0,4}?\w+)\s*[:,-]+\s*the (colou?r|shape|material|size) of (?:his|her|its|their) (\w+)"
        r"[\s?.!]*$",
        r" what \2 is the \3 of \1 ",
    ),
    (
        r"^\s*(colou?rs|shapes|materials|sizes) ((?:at|on|in) the (?:top|bottom|left|right|middle)\b[^:;?]*?)"
        r"[\s:?.!]*$",
        r" what \1 are \2 ",
    ),
    (r"\s+(?:in the picture |in the image |here )?to (?:see|be seen|look at)(?=[\s?.!]*$)", " "),
    (r"\s*,?\s*(?:as a list|in a list|as a comma separated list|listed)(?=[\s?.!]*$)", " "),
    (r"^\s*(?:reckon|think|suppose) (you|ya) (could|can|would) ", r" \2 you "),
    (r"\s*,\s*(?:mate|pal|buddy|mister|sir|ma'am|madam|love|dear|chief|boss)(?=[\s?.!]*$)", " "),
    (
        r"^\s*(\w+) (?:versus|vs|against|or) (\w+)\s*[:,;-]+\s*(more|fewer|less) (\w+)\s*,?\s*(?:or not|right|"
        r"yes or no|true or false)?[\s?.!]*$",
        lambda m: f" are there {m[3]} {m[4]} than {m[2] if m[4] == m[1] else m[1]} " if m[4] in {m[1], m[2]} else m[0],
    ),
    (r"^(\s*(?:the .+?)\s*,\s*what(?: is|'s)?) that one\b", r"\1 it"),
    (
        r"^\s*(?:for the record|for the avoidance of doubt|just so you know|quick question|one question|quick one|"
        r"real quick|question)\s*[,:-]\s*",
        " ",
    ),
    (
        r"^\s*(?:which|what) (?:object|thing|one|element|item|shape) (?:might one identify as |would you say is |"
        r"is |sits |stands |lies )?(.+?)\s*[?.]\s*(?:(?:please |could you |can you )?(?:give|tell|say|state|name)"
        r"(?: me| us)? )?(?:its|the) (colou?r|shape|material|size)(?:,? please|,? if you would|,? thanks)?[\s?.!]*$",
        r" what \2 is the object \1 ",
    ),
    (r"\b(everything|anything|all|nothing) in here\b", r"\1"),
    (
        r"^\s*(the (?:\w+ ){0,3}?\w+)\s*[-,:;]+\s*what does it (?:say|read)(?: on (?:the|its) (?:side|front|back|top|"
        r"label|sign))?[\s?.!]*$",
        r" what does \1 say ",
    ),
    # "what colour is the thing next to the cube": the one nearest it (a render states no "next to")
    (
        r"^(\s*(?:what|which)\b.*?\bthe (?:thing|object|one|item|shape)) (?:right |directly |just |immediately )?"
        r"(?:next to|beside|alongside) (?:the )?(?=[a-z])",
        r"\1 closest to the ",
    ),
    (
        r"^\s*there is only one ((?:\w+ ){0,2}?\w+)\s*[,;.:]\s*(?:what|which) (colou?r|shape|material|size) is it\b",
        r" what \2 is the \1",
    ),
    (r"\bthe (\w+) (?:that|which) is (?:further|farther|more) (?:to the )?(left|right)\b", r"the \2most \1"),
    (
        r"\b(the \w+) (?:that|which) is (?:the )?(closest|nearest|furthest|farthest) (to|from) the camera\b",
        r"\1 \2 \3 the camera",
    ),
    (
        r"\b(in|on) this (?:street|park|kitchen|room|beach|city|garden|yard) (scene|picture|photo|shot|image|pic|"
        r"photograph)\b",
        r"\1 this \2",
    ),
    (r"\bwhich one is (?:further|farther) (left|right)\b", r"which one is the \1most"),
    (r"\b(?:most near|nearest) to the camera\b", "closest to the camera"),
    (r"\bare (?:their|thier|ther)(?= in | on |[\s?.!]*$)", "are there"),
    (
        r"^\s*what (colou?r) (?:clothes|clothing|outfit) (?:does|do) (the .+?) (?:have on|wear)\b",
        r" what \1 is \2 wearing",
    ),
    (
        r"^\s*(the (?:\w+ ){0,5}?\w+) (?:wears|is wearing|has on) (?:which|what) (colou?r)[\s?.!]*$",
        r" what \2 is \1 wearing ",
    ),
    (r"^(\s*how many more (?:\w+ ){0,2}?\w+) are there (than (?:\w+ ){0,2}?\w+)[\s?.!]*$", r"\1 \2 are there "),
    (r"^(\s*how many more (?:\w+ )?(\w+) are there than \w+) ones\b", r"\1 \2"),
    (
        r"^(\s*(?!(?:is|are|does|do|what|which|how)\b)\S.*? (?:is|are) (\w+)) right(?=[\s?.!]*$)",
        lambda m: f"{m[1]} , right" if _is_adjective(m[2]) and m[2] not in {"left", "right"} else m[0],
    ),
    (r"\s*,\s*if you had to (?:commit to a number|guess|pick one|choose|say|bet)[\s?.!]*$", " "),
    (r"\bwould you say (?=are\b|is\b)", ""),
    (r"\b(?:sporting|donning)\b", "wearing"),
    (r"\bhow many (\w+) (?:stand|sit|lie|rest|are standing|are sitting|are lying)[\s?.!]*$", r"how many \1 are there "),
    (
        r"^\s*(?:list|name|tell me) the (colou?rs|shapes|materials) (?:that )?(the .+?) (?:are|is) (wearing|made of)"
        r"[\s?.!]*$",
        r" what \1 are \2 \3 ",
    ),
    (  # "how many cubes would be left if you took away the cyan ones": the hypothetical said after the count
        rf"^\s*how many ((?:\w+ ){{0,2}}?\w+) would (?:still )?(?:be left(?: over)?|remain|there be|be there) if "
        rf"(?:you|we|i|"
        rf"one|someone|somebody|they|a person) {_TAKE_AWAY}(?: away| out)? (.+?)(?: away| out)?\s*[?.!]*\s*$",
        lambda m: f" ignoring {_ONES.sub(_plural_phrase(m[1]).split()[-1], m[2])} , how many {m[1]} are there ",
    ),
    (_TAKEN_AWAY, _count_without),
    (_GONE, _count_without),
    (_MADE_GONE, _count_without),
    (  # "is the red cup left of the plate, or have I got that backwards?": which side it is on
        r"^\s*(is|are) (.+?) (?:to the |on the )?(left|right) of (.+?)\s*,?\s*or (?:have i got (?:it|that|this) "
        r"(?:backwards|the wrong way round|the wrong way around|mixed up)|is it the other way (?:round|around)|"
        r"the other way (?:round|around)|vice versa)\s*[?.!]*\s*$",
        r" is \2 left or right of \4 ",
    ),
    (r"^\s*(?:is|are) there neither (an? [a-z ]+?) nor (an? [a-z ]+?)\s*[?.!]*\s*$", r" is there no \1 and no \2 "),
    (r"^\s*(are|is|do|does) not (all|both|every|each)\b", r" \1 \2"),  # "aren't all the cylinders green?": the same ask
    # "is it not true that there is no big cylinder": the negation of the claim (both sets that ask it read it so)
    (r"^\s*(?:is|was) it not (?:true|the case|so|correct) that there (?:is|are) no\b", " is there any"),
    (r"^\s*(?:is|was) it not (?:true|the case|so|correct) that there (?:is|are) (?:an? |any )?\b", " is there no "),
    (r"^\s*(?:is|are) no ([a-z ]+?)\s*[?.!]*\s*$", lambda m: _none_is(m[1])),
    (  # "if you add the number of cubes to the number of spheres, what do you get?"
        r"^\s*(?:if|when|suppose|say) (?:you|we|i|one) (add|subtract|take away) (the number of .+?)\s*[,;.:]?\s*"
        r"(?:then )?(?:what|how much|how many|which number) (?:do|would|will|does|did) (?:you|we|i|one|that) "
        r"(?:get|give|make|come to)"
        r"(?: then)?\s*[?.!]*\s*$",
        r" \1 \2 ",
    ),
    (
        r"^\s*how many (things|objects|items) are neither (\w+) nor (\w+)\s*[?.!]*\s*$",
        lambda m: _neither_of(m[1], m[2], m[3], otherwise=m[0]),
    ),
    (r"^(\s*(?:is|are|was|were) (?:the|this|that) [a-z ]+?) not made (?:out )?of (\w+)\s*[?.!]*\s*$", r"\1 not \2 "),
    (  # "count the red objects for me, but skip any spheres"
        r"^(\s*(?:count|how many) .+?)(?: for me)?\s*,?\s*"
        r"but (?:skip|ignore|leave out|exclude|don't count|do not count|not) (?:any |all |the )?"
        r"([a-z ]+?)\s*[?.!]*\s*$",
        lambda m: f"{m[1]} other than the {m[2]} " if _plural_name(m[2].split()[-1]) else m[0],
    ),
    (r"\b(match|matches|share|shares) the (colou?r|shape|size|material) of (the [a-z ]+)", r"have the same \2 as \3"),
    (  # "besides the cube, what shape is the other yellow thing?"
        r"^\s*other than (the [a-z ]+?) , (what (?:colou?r|shape|size|material) is) the other ([a-z ]+?)\s*[?.!]*\s*$",
        r" \2 the \3 other than \1 ",
    ),
    (  # "the small red cube: what is the cylinder on its left made of?"
        r"^\s*(the [a-z ]+?)\s*:\s*((?:what|which|how|is|are)\b.*?)\b(?:on|to) its (left|right)(?: side)?\b(.*)$",
        r" \2\3 of \1\4 ",
    ),
    (  # "before I move the gray cube: is the metal cylinder closer to the camera than it is?"
        r"^\s*(?:before|after|when) (?:i|we|you|the robot|the arm) (?:move|grab|pick up|touch|lift|push|take) "
        r"(the [a-z ]+?)\s*[:,]\s*(.+?)\bit( is)?\b(.*)$",
        r" \2\1\4 ",
    ),
    (  # "how many things are not rubber and are not cubes": the things other than cubes that are not rubber
        r"^\s*how many (things|objects|items) are not (\w+) and (?:are )?not (\w+)\s*[?.!]*\s*$",
        lambda m: _neither_of(m[1], m[2], m[3]),
    ),
    (  # "excluding all spheres, how many objects remain in the scene?"
        r"^(\s*(?:(?:excluding|except|except for|besides|apart from|aside from|not counting|ignoring|without|"
        r"other than) "
        r"[a-z ]+?\s*,\s*)?how many (?:\w+ ){0,2}?\w+) (?:remain|are remaining|are left|are still there)(?: in the "
        r"(?:scene|picture|image))?(?=\s*[?.!]*\s*$|\s+(?:other than|excluding|except|besides)\b)",
        r"\1 are there",
    ),
    (
        r"^\s*(?:of|among|amongst|out of) ((?:the |these |those |all the |all )?(?:\w+ ){0,3}?\w+)\s*,\s*(is|are) "
        r"((?:exactly|only|just|more than|fewer than|less than|at least|at most) )?(one|two|three|four|five|\d+) ",
        r" \2 \3\4 of \1 ",
    ),
    (
        r"^\s*(does|do) (.+?) (?:have|has) (?:a|an) (\w+) (?:finish|surface|coating|look|texture)\b",
        lambda m: f" {'is' if m[1] == 'does' else 'are'} {m[2]} {m[3]}" if _is_adjective(m[3]) else m[0],
    ),
    (r"\b(has|have|with) (?:a|an) (?:\w+ )?(\w+) (?:finish|surface|coating|look|texture)\b", _finish),
    (
        r"^\s*(?:is|are|is it (?:true|the case|so) that) ((?:exactly|only|just|more than|fewer than|less than|at least|"
        r"at most|no more than|no fewer than) )?(one|a single|two|three|four|five|six|seven|eight|nine|ten|\d+) "
        r"(?:one )?of (?:the |these |those |all the |all )?(.+?)[\s?.!]*$",
        _counted_of,
    ),
    (
        r"\b(?:up |down |over )?(?:in|on|along|across) the (top|bottom|upper|lower|first|last) "
        r"(?:row|line)\b",
        lambda m: f"at the {_ROW.get(m[1], m[1])}",
    ),
    (r"\b(?:up |down |over )?(?:in|on|along|across) the (?:middle|centre|center) (?:row|line)\b", "in the middle row"),
    (  # "in the bottom row, which shape is furthest left": the one of that row
        r"^\s*(at the (?:top|bottom)|in the middle row|on the (?:left|right))\s*,?\s*(which|what) ([a-z]+) (is|are) "
        r"(?=(?:the )?(?:furthest|farthest|further|leftmost|rightmost|topmost|biggest|largest|smallest)\b)",
        r" \2 \3 \1 \4 ",
    ),
    (r"\b(?:in|on|down) the (?:middle|centre|center) column\b", "in the middle column"),
    (r"\b(?:in|on|down) the (left|right)(?: hand)? column\b", r"on the \1"),
    (r"\bthe first ([a-z]+) (?:on|from) the (left|right)\b", r"the \2most \1"),
    (  # "which shape is in the middle at the bottom": two places in the picture, both
        r"\b(in the middle|on the left|on the right|at the top|at the bottom) (at the top|at the bottom|on the left|"
        r"on the right|in the middle)\b",
        r"\1 and \2",
    ),
    (  # "top row, far right, what colour": the shape at that end of that row
        r"^\s*(?:the )?(top|bottom|upper|lower) (?:row|line)\s*,\s*(?:on the )?(?:far|very|furthest|farthest) "
        r"(left|right)\s*,\s*what (colou?r|shape|size)(?: is it)?(?=\s*[?.!]*\s*$)",
        lambda m: f" what {m[3]} is the {m[2]}most shape at the {_ROW.get(m[1], m[1])} ",
    ),
    (  # "does the top row have the same number of shapes as the bottom row"
        r"^\s*(?:does|do) the (top|bottom|upper|lower|left|right) (?:row|column|side|half) have the same number of "
        r"([a-z]+) as the (top|bottom|upper|lower|left|right) (?:row|column|side|half)(?=\s*[?.!]*\s*$)",
        lambda m: f" are there as many {m[2]} {_SIDE_PLACE[m[1]]} as {m[2]} {_SIDE_PLACE[m[3]]} ",
    ),
    (
        r"^\s*((?:at|on|in) the (?:top|bottom|middle|left|right)(?: (?:left|right))?(?: side)?)\s*,\s*"
        r"((?:what|which|how many|who|count|name|tell)\b.+?)[\s?.!]*$",
        r" \2 \1 ",
    ),
    # --- round 11: qualifiers said after (or inside) a question: ones that lift a restriction ("any size",
    # "regardless of colour", "big or small, doesn't matter", "including the small ones") are dropped; ones that
    # add one ("metal ones only", "but only the red ones") move before the noun they restrict
    (SECTION, ("any ", "all ", "regardless", "irrespective", "matter", "whatever", " or ", "including", " ones")),
    (
        # not the thing asked for itself: "are there any shapes", "count all shapes", "do you see any shapes"
        r"(?:\s*,\s*(?:of |in |with )?|\s+(?:of |in |with )|(?<=\w)(?<!\bthere)(?<!\bsee)(?<!\bcount)(?<!\bfind)"
        r"(?<!\bspot)(?<!\bhave)(?<!\bhas)(?<!\bcontain)(?<!\bcontains)(?<!\bshow)(?<!\bshows)(?<!\bnotice)"
        r"(?<!\bare)(?<!\bis)\s+)(?:any|all|every|each) (?:kind of |type of |sort of )?"
        r"(?:colou?r|size|shape|material|kind|type|sort)s?(?= *[,?.!]| *$| are there| is there)",
        " ",
    ),
    (
        r"(?:\s*,\s*|\s+)(?:regardless|irrespective|independent|independently) of (?:the |their |its )?"
        r"(?:colou?r|size|shape|material|kind|type)s?(?: (?:or|and|nor) (?:colou?r|size|shape|material|kind|type)s?)*"
        r"\b",
        " ",
    ),
    (
        r"(?:\s*,\s*|\s+)(?:no matter|whatever|whichever) (?:what |which )?(?:the |their |its )?"
        r"(?:colou?r|size|shape|material|kind|type)s?(?: (?:they|it) (?:are|is|have|has))?\b",
        " ",
    ),
    (
        r"^(\s*(?:how many|count|number of|the number of|what is the number of) .+?)\s*,\s*(?:either )?"
        r"(?:big|large|small|metal|metallic|rubber|shiny|matte) or (?:big|large|small|metal|metallic|rubber|shiny|"
        r"matte)(?= *[,?.!]| *$)",
        r"\1 ",
    ),
    (r"\s*[,;:-]?\s*(?:it )?(?:does not|do not|did not) matter\b", " "),
    (r"\s*,\s*(?:and )?including (?:the )?(?:\w+ ){1,2}ones\b", " "),
    (
        r"^(.+?)(?:\s*[,;:-]\s*(?:but |and )?|\s+but )(?:only|just) (?:the |count |counting |count the |counting the )?"
        r"((?:\w+ ){1,3}?)ones?(?: only)?\s*[?.!]?\s*$",
        _only_ones,
    ),
    (r"^(.+?)\s*[,;:.-]\s*((?:\w+ ){1,3}?)ones? only\s*[?.!]?\s*$", _only_ones),
    (r"\b(are|is) (?:of )?the (\w+) (?:kind|type|sort|variety)\b", r"\1 \2"),
    # "is there a cube, and is it blue?": one object asked about twice, a question of a cube that is blue
    (SECTION, (" is it ",)),
    (
        r"^\s*is there (a|an|any|one) ((?:\w+ ){0,3}?\w+)\s*(?:[,?]\s*|and\s+|,\s*and\s+)?is it (?!true\b)(.+?)\s*$",
        r" is there \1 \2 that is \3 ",
    ),
    # statements offered to be checked: someone's claim ("my daughter thinks there are more X. is she right?"),
    # a tag after it ("..., isn't it", "its made of metal right", "true?"), a count stated without a verb
    # ("zero red objects, true?"), "in this" for the picture, "every object is P"
    (SECTION, None),
    (r"\s+in (?:this|here)\s*(?=[,?.!]|$|right\b|true\b|correct\b)", " "),
    (
        r"^\s*(?:(?:my|our|a|the|his|her|your) )?(?:\w+ ){0,2}?(?:thinks|says|believes|claims|reckons|insists|"
        r"told me|tells me|guessed|guesses|bets)(?: that)? (.+?)\s*[.!,;]?\s*(?:is|was|are|were) (?:she|he|they|it|"
        r"this|that|he or she) (?:right|correct|true|wrong)\s*[?.!]*\s*$",
        lambda m: f" {_as_question(m.group(1))} ",
    ),
    (
        r"\s*,?\s*(?:is not|are not|does not|do not|did not|was not|were not) (?:it|they|there|that|he|she)"
        r"\s*[?.!]*\s*$",
        " , right ",
    ),
    (
        r"^(\s*(?:the|this|that) (?:\w+ ){0,3}?\w+)\s*,\s*it(?:s| is)\b(?!\s+(?:color|colour|shape|size|material)\b)",
        r"\1 is",
    ),
    (
        r"^\s*(.+?)(?:\s*[,?.!-]\s*(?:right|true|correct)|\s*[,?.!-]?\s*(?:yes or no|y/n|true or false|am i right|"
        r"is that right|is that correct|is that true))\s*[?.!]*\s*$",
        _tagged_statement,
    ),
    (
        r"^\s*((?:the|this|that|there) .+?(?<! the)(?<! on)(?<! to)(?<! far)(?<! at)) (?:right|true|correct|yes)"
        r"\s*[?.!]*\s*$",
        _tagged_statement,
    ),
    # round 12: places said other ways ("front-most", "most far on the right", "closest to the front", "2nd"),
    # "that one cube", a bare topic before "what ATTR", "of all the cubes, which one ...", a choice without a verb
    (SECTION, None),
    (r"\b(left|right|front|back|top|bottom) most\b", r"\1most"),
    (r"\bmost (?:to|on) the (left|right)\b(?:[- ]hand)?(?: side\b| end\b| edge\b)?", r"furthest \1"),
    (
        r"^\s*what(?: is|'s| s) ((?:the|a|an) (?:\w+ ){0,6}?\w+)\s*[,;:-]+\s*(?:and )?what (color|colour|shape|size|"
        r"material)\s*[?.!]*\s*$",
        r" what \2 is \1 ",
    ),
    (r"\bmost far (?:on |to )?(?:the )?(left|right)\b", r"furthest \1"),
    (r"\bmost far (?:back|behind)\b", "furthest back"),
    (r"\b(closest|nearest) to the (?:front|viewer|observer|camera side)\b", r"\1 to the camera"),
    (r"\b(?:closest|nearest) to the back\b", "furthest from the camera"),
    (r"\b(?:closest|nearest) to the (left|right)(?: side| edge)?\b", r"furthest \1"),
    (
        r"\b(that|this|the) one ((?:\w+ ){0,2}?\w+)\b",
        lambda m: f"{m.group(1)} {m.group(2)}" if _names_noun(m.group(2).split()) else m.group(0),
    ),
    (
        r"^\s*(?:of|among|out of) (?:all )?(?:the |these |those )?((?:\w+ ){0,2}?\w+)\s*[,:;-]*\s*(?:which|what) "
        r"(?:one|ones|of them)\b",
        lambda m: f" which {singular(m.group(1))}" if _names_noun(m.group(1).split()) else m.group(0),
    ),
    (
        r"^\s*(?:of|among|out of) (?:everything|all (?:the )?(?:things|objects))(?: here| there| in the \w+)?"
        r"\s*[,:;-]*\s*(?=which\b|what\b)",
        " ",
    ),
    (
        r"^\s*((?:\w+ ){0,4}?\w+)\s*[.,:;-]*\s*what (color|colour|shape|size|material)(?: is it| it is)?\s*[?.!]*\s*$",
        lambda m: (
            f" what {m.group(2)} is {_definite(m.group(1).split())} "
            if _names_noun(m.group(1).split()) and _noun_phrase_words(m.group(1)) is not None
            else m.group(0)
        ),
    ),
    (
        r"^\s*((?:the|this|that) (?:\w+ ){0,4}?\w+) (\w+) or (\w+)\s*[?.!]*\s*$",
        lambda m: (
            f" is {m.group(1)} {m.group(2)} or {m.group(3)} "
            if _family(m.group(2)) and _family(m.group(2)) == _family(m.group(3)) and _names_noun(m.group(1).split())
            else m.group(0)
        ),
    ),
    (
        r"^\s*((?:the|this|that) (?:(?:, )?(?:which|that) (?:is|are) (?:itself |themselves )?|(?!is |are |was |were )"
        r"\w+ ){2,14}?\w+)\s*[:;-]\s*(\w+) or (\w+)\s*[?.!]*\s*$",
        lambda m: (
            f" is {m.group(1)} {m.group(2)} or {m.group(3)} "
            if _is_adjective(m.group(2)) and _family(m.group(2)) == _family(m.group(3))
            else m.group(0)
        ),
    ),
    # learners' and fronted forms: "there have any X", "the ball red is ...", "more X as Y", "besides X, how many
    # Y", "in front of X how many Y", "from same material", "the colour of X different from the colour of Y", "a
    # pair of", "outnumber X and Y put together", "the quantity of X inferior to", "what kinds of shape are there
    # which are big", "shows up the most", "either X or Y in there?", a long topic before "what colour"
    (SECTION, None),
    (r"^\s*there (?:have|has|got) (a|an|any|some)\b", r" is there \1"),
    (r"(?<=\w) , (which|that|who) (is|are) (?:itself |themselves )?(?=\w)", r" \1 \2 "),
    (
        r"\bthe (\w+) (\w+) (?=is\b|are\b|has\b|have\b|made\b)",
        lambda m: (
            f"the {m.group(2)} {m.group(1)} " if LEXICON.noun(m.group(1)) and _is_adjective(m.group(2)) else m.group(0)
        ),
    ),
    (r"\b(more|less|fewer) ((?:\w+ ){0,3}?\w+) as (?!many\b|much\b|well\b)(?=\w)", r"\1 \2 than "),
    (  # "excluding the cylinder itself, how many objects share its colour": the other objects of its colour
        rf"^\s*(?:excluding|not counting|other than|besides|apart from|aside from|except for|except|leaving out|"
        rf"ignoring) (the [a-z ]+?)(?: itself)?\s*,?\s*how many ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:share|have|has|are of|"
        rf"are|match|are the same {ATTRIBUTE} as) (?:its|the same|it in) ({ATTRIBUTE})(?: as it)?\s*[?.!]*\s*$",
        r" how many other \2 have the same \3 as \1 ",
    ),
    (
        r"^\s*(?:other than|besides|apart from|aside from|except for|except) (.+?)\s*,?\s*how many "
        r"((?:(?!(?:are|is)\b)\w+ ){0,2}?\w+?)"
        r"(?: are there| there are| is there| there is| do you see| can you see| can be seen| can be found| exist"
        r"| appear| are visible| are present)?\s*[?.!]*\s*$",
        r" how many \2 other than \1 are there ",
    ),
    (
        rf"^\s*({RELATION}) ((?:the |a )?(?:\w+ ){{0,3}}?\w+)\s*,?\s*how many ((?:\w+ ){{0,2}}?\w+?)"
        r"(?: are there| there are| is there| there is| do you see| can you see)?\s*[?.!]*\s*$",
        lambda m: (
            f" how many {m.group(3)} are {m.group(1)} "
            f"{m.group(2) if m.group(2).startswith(('the ', 'a ')) else 'the ' + m.group(2)} "
        ),
    ),
    (r"\bfrom (?:the )?same (color|colour|size|shape|material)\b", r"of the same \1"),
    (
        rf"^\s*is the ({ATTRIBUTE}) of (.+?) (different from|not the same as|unlike|the same as|like) the \1 of (.+?)"
        r"\s*[?.!]*\s*$",
        lambda m: (
            f" do {m.group(2)} and {m.group(4)} have "
            f"{'the same' if m.group(3) in {'the same as', 'like'} else 'different'} {m.group(1)} "
        ),
    ),
    (r"\ba (?:pair|couple) of\b", "two"),
    (r"^\s*is there (two|three|four|five|\d+) ", r" are there \1 "),
    (
        r"^\s*(?:do|does) (?:the )?((?:\w+ ){0,2}?\w+) outnumber (?:the )?((?:\w+ ){0,2}?\w+) and (?:the )?"
        r"((?:\w+ ){0,2}?\w+)(?: put together| combined| together| taken together)\s*[?.!]*\s*$",
        r" are there more \1 than \2 and \3 ",
    ),
    (
        r"^\s*is the (?:quantity|amount|number|count|total) of (.+?) (?:inferior|lower|smaller|less) (?:to|than) the "
        r"(?:quantity|amount|number|count|total) of (.+?)\s*[?.!]*\s*$",
        r" are there fewer \1 than \2 ",
    ),
    (
        r"^\s*is the (?:quantity|amount|number|count|total) of (.+?) (?:superior|higher|greater|larger|bigger) "
        r"(?:to|than) the (?:quantity|amount|number|count|total) of (.+?)\s*[?.!]*\s*$",
        r" are there more \1 than \2 ",
    ),
    (
        r"^\s*what (?:kinds?|types?|sorts?) of (shape|color|colour|material|size)s? (?:are there|is there|do you see|"
        r"can you see|exist) (?:which|that) (?:are|is) (.+?)\s*[?.!]*\s*$",
        r" what \1s are \2 ",
    ),
    (r"\b(shows?|turns?|comes?) up (?:the )?most\b(?! often)", "appears most often"),
    (r"\bappears? (?:the )?most\b(?! often)", "appears most often"),
    (
        r"^\s*either (.+?) or (.+?)(?: in there| there| here| in the \w+| in this \w+)?\s*[?.!]*\s*$",
        r" is there either \1 or \2 ",
    ),
    (
        r"^\s*((?:the|that|this) (?:(?:, )?(?:which|that|who) (?:is|are) (?:itself |themselves )?|"
        r"(?!is |are |was |were )\w+ ){2,14}?(?!is\b|are\b|of\b)\w+)\s*[.,:;-]*\s*"
        r"what (color|colour|shape|size|material)(?: is it| it is)?\s*[?.!]*\s*$",
        r" what \2 is \1 ",
    ),
    # round 14: impatient, pedantic and second-language voices, and quantifiers over a set: "ugh", "stupid", "hmm"
    # and "already" at the end, "composed of", "hue", "the sole X", "with respect to X, ...", "; the figure alone is
    # required", "how many X has it", "it has a X here?", "which colour is having", "most of the X are P", "all but
    # one of the X are P", "both X, are they P", "X present AND Y present?"
    (SECTION, None),
    (
        r"\b(?:stupid|damn|darn|freaking|bloody|dumb|darned) (\w+)",
        lambda m: m.group(1) if LEXICON.noun(m.group(1)) or _is_adjective(m.group(1)) else m.group(0),
    ),
    (
        r"(?:(?:\s*[,;.-]\s*|\s+)(?:hmm+|um+|uh+|already|seriously(?: answer)?|please be precise|be precise|"
        r"strictly speaking|i think (?:it is|so|they are)|answer me|answer)\b)+\s*[?.!]*\s*$",
        " ",
    ),
    (
        r"\s*[;,.:-]\s*(?:the (?:figure|number|answer|count) alone (?:is|will be) (?:required|needed|enough|fine)|"
        r"(?:just|only) (?:the )?(?:number|figure|answer|count|names?)(?: please)?|(?:a )?(?:number|figure) only)"
        r"\s*[.!?]*\s*$",
        " ",
    ),
    (r"\b(?:composed|constructed|fashioned|formed|built) (?:out )?(?:of|from)\b", "made of"),
    (r"\b(?:hue|tint|colouring|coloring)\b", "color"),
    (r"\bthe (?:sole|single|lone) (?=\w)", "the only "),
    (r"\b(?:no|not) (?:fewer|less) than\b", "at least"),
    (r"\b(?:no|not) more than\b", "at most"),
    (
        r"^\s*(?:with respect to|with regard to|in regard to|regarding|concerning|as for|as to|about) "
        r"((?:the|this|that) .+?)\s*[,:;]\s*",
        r" \1 , ",
    ),
    (  # "looking at the object behind the ball, what is its material?": one object looked at, then asked about
        r"^\s*(?:looking at|focusing on|(?:if (?:you|we) )?look(?:ing)? at|considering|consider|regarding|concerning|"
        r"as for|as regards|with regard to|about|speaking of|taking|take) "
        r"((?:the|this|that) (?!(?:picture|image|photo|photograph|scene|screen|drawing)\b)[a-z ]+?)\s*[,:;]\s*"
        r"(?=(?:what|which|is|are|does|do|how big|how many)\b[^,;:]*\b(?:it|its)\b)",
        r" \1 , ",
    ),
    (
        r"^\s*(at least|at most|exactly|more than|fewer than|less than|only) (\w+) (.+?) (?:are|is) (?:present|there|"
        r"visible|to be seen|in the (?:scene|image|picture))\s*[?.!]*\s*$",
        r" are there \1 \2 \3 ",
    ),
    (
        r"\b(objects|things|items|shapes|\w+s) (?:that are |which are )?made (?:of|out of|from) "
        r"(metal|rubber|metallic|plastic|wood|glass)\b",
        lambda m: (
            f"{m.group(2)} {m.group(1)}"
            if m.string.lstrip().startswith(_COUNTING) and (_is_plural_noun(m.group(1)) or m.group(1) in _GENERIC)
            else m.group(0)
        ),
    ),
    (
        r"^\s*how many (.+?) (?:has it|have it|it has|there has|does it have|is it|are it|it is)"
        r"(?: (in|on|at|near|under|above|behind) (.+?))?\s*[?.!]*\s*$",
        lambda m: (
            f" how many {m.group(1)} are {m.group(2)} {m.group(3)} "
            if m.group(2)
            else f" how many {m.group(1)} are there "
        ),
    ),
    (
        r"^\s*(at most|at least|exactly|more than|fewer than|only) (\w+) (.+?) (?:has it|have it|it has|there are)"
        r"\s*[?.!]*\s*$",
        r" are there \1 \2 \3 ",
    ),
    (
        r"^\s*(?:it has|has it|is having|there is having|it is having|have it|there has)\s+(?:got )?(a|an|any|some|no)?"
        r"\s*(.+?)(?: here| there| in there)?\s*[?.!]*\s*$",
        lambda m: f" is there {m.group(1) or 'a'} {m.group(2)} ",
    ),
    (
        r"\b(what|which) (color|colour|shape|size|material) (?:is (?:it |he |she )?having|it has|has it(?! got)|"
        r"does it have|it is having|it is)\b",
        r"what \2 is it",
    ),
    (r"\b(what|which) (color|colour|shape|size|material) (?:has|does) (he|she) (?:have)?\b", r"what \2 is \3"),
    (
        r"\bwhich (colou?rs|shapes|sizes|materials) (?:has|have|do) (the .+?)(?: have| come in)?\s*[?.!]*\s*$",
        r"what \1 are \2",
    ),
    (
        r"^\s*(the .+?)\s*,\s*(?:which|what) (colou?rs|shapes|sizes|materials) (?:do )?they (?:come in|have|are)"
        r"\s*[?.!]*\s*$",
        r" what \2 are \1 ",
    ),
    (r"(?<!\bthe )(?<!\bthat )(?<!\bthis )\b(?:an? )?(big|small|large|tiny|medium) one\b(?=\s*[?.!]*\s*$)", r"\1"),
    (
        r"^(\s*(?:(?:is|are) )?(?:the )?(?:\w+ ){1,4}(?:is|are) )(?:an? )?(\w+) one(?=\s*[?.!]*\s*$)",
        lambda m: f"{m[1]}{m[2]}" if _is_adjective(m[2]) else m[0],
    ),
    (r"\bof (big|small|large|tiny|medium) size\b", r"\1"),
    (
        r"^\s*((?:the|this|that) .+?)\s*,\s*(\w+) is (?:it|he|she)\s*[?.!]*\s*$",
        lambda m: f" is {m.group(1)} {m.group(2)} " if _is_adjective(m.group(2)) else m.group(0),
    ),
    (
        rf"^\s*(the .+?) and (the .+?)\s*,\s*(?:do )?they (?:have|share) (?:the )?same ({ATTRIBUTE})\s*[?.!]*\s*$",
        r" do \1 and \2 have the same \3 ",
    ),
    (r"\bthe same (?:stuff|material|substance) like\b|\bthe same (?:stuff|substance) as\b", "the same material as"),
    (
        r"^\s*((?:\w+ ){0,3}?\w+) (?:present|there|visible) and ((?:\w+ ){0,3}?\w+) (?:present|there|visible)"
        r"\s*[?.!]*\s*$",
        r" is there a \1 and is there a \2 ",
    ),
    (
        r"^\s*((?:the|this|that) \w+(?: \w+)?) (is|are) (\w+) or ((?:the|this|that) \w+(?: \w+)?) (is|are) (\w+)"
        r"\s*[?.!]*\s*$",
        r" \2 \1 \3 or \5 \4 \6 ",
    ),
    (
        r"^\s*(?!are |is |do |does |how |what |which )((?:\w+ ){0,2}?\w+) more than ((?:\w+ ){0,2}?\w+?)"
        r"(?: is it| are they| right| or not)?\s*[?.!]*\s*$",
        lambda m: (
            f" are there more {m.group(1)} than {m.group(2)} "
            if _is_plural_noun(m.group(1).split()[-1]) or m.group(1).split()[-1] in {"things", "objects", "items"}
            else m.group(0)
        ),
    ),
    (r"^\s*(?:are|do) (?:the )?(.+?) outnumbering (?:the )?(.+?)\s*[?.!]*\s*$", r" are there more \1 than \2 "),
    (
        r"^\s*(?:are |is )?(?:most|more than half|the majority|over half) of (?:the |all the )?(\w+)(?: (?:are|is))? "
        r"(?:made of )?(\w+)\s*[?.!]*\s*$",
        lambda m: (
            f" are there more {m.group(2)} {m.group(1)} than {m.group(1)} that are not {m.group(2)} "
            if _is_adjective(m.group(2))
            else m.group(0)
        ),
    ),
    (
        r"^\s*(?:are |is )?all but one (?:of )?(?:the )?(\w+)(?: (?:are|is))? (?:made of )?(\w+)\s*[?.!]*\s*$",
        lambda m: (
            f" is there exactly one {singular(m.group(1))} that is not {m.group(2)} "
            if _is_adjective(m.group(2))
            else m.group(0)
        ),
    ),
    (r"^\s*both (?:the )?(\w+)\s*,\s*are they (\w+)\s*[?.!]*\s*$", r" are all the \1 \2 "),
    (  # "of the metal things, are all but one large?": the quantifier before the things it counts
        r"^\s*(?:of|among|out of) (?:all )?the ([a-z ]+?)\s*,\s*(?:are|is) (all but one|most|the majority|more than "
        r"half|over half)(?: of them)? (?=[a-z])",
        r" are \2 of the \1 ",
    ),
    (  # "do cubes make up at least half of the objects", "metal objects make up more than half of everything"
        rf"^\s*(?:do |does )?((?:[a-z]+ ){{0,2}}?[a-z]+) (?:make|makes) up ({_HALF}) half of (?:the |all the )?"
        rf"(everything|(?:[a-z]+ ){{0,2}}?[a-z]+)(?:\s*,?\s*{_CLAIM_TAG})?(?=\s*[?.!]*\s*$)",
        lambda m: _made_up_half(m[1], m[2], m[3]),
    ),
    (  # "is at least half of the stuff rubber", "exactly half the brown stuff is metal, right": against the rest
        r"^\s*(?:is |are )?(" + _HALF + r") half (?:of )?(?:the |all the )?((?:[a-z]+ ){0,2}?[a-z]+?)"
        rf"(?: in (?:this|the) (?:picture|image|scene|photo))?(?: (?:is|are))? ({_QUANTIFIED_STATE})"
        rf"(?:\s*,?\s*{_CLAIM_TAG})?(?=\s*[?.!]*\s*$)",
        lambda m: _half_of(m[1], m[2], m[3]) if _stated(m[3]) else m[0],
    ),
    (  # "are all but one of the white things on the table", "... of the metal things large": exactly one is not
        r"^\s*(?:are |is )?all but one (?:of )?(?:the )?((?:[a-z]+ ){0,2}?[a-z]+)"
        rf"(?: (?:are|is))? ({_QUANTIFIED_STATE})(?=\s*[?.!]*\s*$)",
        lambda m: f" is there exactly one {singular(m[1])} that is not {m[2]} " if _stated(m[2]) else m[0],
    ),
    (  # "are most of the white things on the table", "... of the metal things large": more are than are not
        r"^\s*(?:are |is )?(?:most|the majority|more than half|over half) of (?:the |all the )?"
        r"((?:[a-z]+ ){0,2}?[a-z]+(?: (?:in|at) the (?:very )?(?:top|bottom|middle|upper|lower|first|second|third|last)"
        rf"(?: row| line| column)?)?)(?: (?:are|is))? ({_QUANTIFIED_STATE})(?: ones)?(?=\s*[?.!]*\s*$)",
        lambda m: f" are there more {m[1]} that are {m[2]} than {m[1]} that are not {m[2]} " if _stated(m[2]) else m[0],
    ),
    (r"^\s*is it (two|three|four|five|six|seven|eight|nine|ten|\d+) (\w+)\s*$", r" are there exactly \1 \2 "),
    (r"\bcounting from the (left|right|front|back)\b", r"from the \1"),
    (r"\b(nearest|closest) (?=the |a )", r"\1 to "),
    (r"\bhindmost\b", "backmost"),
    (r"\bforemost\b", "frontmost"),
    (r"\bpersons\b", "people"),
    (
        r"\bthe (\w+) (?:which|that) (?:is|sits|stands) (?:the )?(?:furthest|farthest|most) (?:to |on )?(?:the )?"
        r"(left|right)\b(?:[- ]hand)?(?: side\b| end\b| edge\b)?",
        r"the \2most \1",
    ),
    (
        r"^\s*which of the (?:two|three|four|both) (\w+) is (?:the )?(biggest|largest|smallest|tiniest)\s*[,;:-]*\s*"
        r"(?:what|which) (color|colour|shape|size|material)\s*[?.!]*\s*$",
        lambda m: f" what {m.group(3)} is the {m.group(2)} {singular(m.group(1))} ",
    ),
    (r"^\s*which of the (?:two|three|both) (is|are)\b", r" which \1"),
    # "which (one) of the red cubes is ...": the set named as the subject ("which red cube is ...")
    (
        r"^\s*which (?:one |ones )?of (?:the |these |those |all the )?(?:two |three |four |five |\d+ )?"
        r"((?:\w+ ){0,3}?)(\w+) (is|are|looks|has|sits|stands)\b",
        lambda m: (
            f" which {m.group(1)}{m.group(2) if m.group(3) == 'are' else singular(m.group(2))} {m.group(3)}"
            if singular(m.group(2)) != m.group(2) or m.group(2) in {"people", "glasses"}
            else m.group(0)
        ),
    ),
    (
        r"^\s*which of the (?:two|three|both|\w+) (\w+) (?:is|looks) (?:the )?(bigger|larger|smaller|biggest|largest|"
        r"smallest)\s*[?.!]*\s*$",
        lambda m: f" what is the {'smallest' if m.group(2).startswith('small') else 'largest'} {singular(m.group(1))} ",
    ),
    (
        r"^\s*is any (?!of\b)(\w.*?)\s*[?.!]*\s*$",
        lambda m: m.group(0) if _is_adjective(m.group(1).split()[-1]) else f" is there any {m.group(1)} ",
    ),
    (r"^\s*(?:do|did) (?:we|you|i) (?:got|have|get) (any|a|an|some)\b(?! idea| clue| notion)", r" is there \1"),
    (
        r"^\s*what (?:is )?(?:hanging|hangs|lying|lies|placed|located) "
        r"(?=above\b|below\b|near\b|under\b|next to\b|beside\b|behind\b|in front of\b|over\b)",
        " what is ",
    ),
    (
        r"^\s*who (?:stands|is standing|sits|is sitting|is) (?:in|at) the (?:middle|center|centre)\s*[,:-]?\s*"
        r"(?:is it )?(?:a |an )?(\w+) or (?:a |an )?(\w+)\s*[?.!]*\s*$",
        r" is the person in the middle a \1 or a \2 ",
    ),
    # what people wear: "dressed in black", "the man in white" (a person's colour is their clothes'), "who wear"
    (SECTION, None),
    (r"\bwhos\b", "who is"),
    (r"\b(?:dressed|clothed|clad) (?:all )?in\b", "wearing"),
    (
        r"\b(man|woman|boy|girl|person|lady|guy|kid|child|men|women|boys|girls|people|ladies|guys|kids|children) "
        r"in (\w+)(?= *(?:$|[?.,;:-]|is\b|are\b|who\b|that\b|on\b|at\b|near\b|next\b|left\b|right\b|behind\b|"
        r"to\b|in front\b|above\b|below\b|beside\b|wearing\b|holding\b|standing\b|sitting\b|\w+ing\b|and\b|or\b))",
        lambda m: f"{m.group(2)} {m.group(1)}" if _is_colour(m.group(2)) else m.group(0),
    ),
    (r"\b(who|that) wear\b", r"\1 is wearing"),
    (r"\bwhat (colou?rs?|shape|size|material) (he|she|they|it) (is|are) (wearing|made of)\b", r"what \1 \3 \2 \4"),
    (
        r"^\s*how many (\w+) (?:are|is) not "
        rf"(wearing|holding|carrying|riding|eating|using|drinking|touching|{RELATION}) (.+?)\s*[?.!]*\s*$",
        r" how many \1 other than the \1 \2 \3 are there ",
    ),
    (r"\bthe (\w+) (first|second|third|fourth|fifth|last) from the (left|right)\b", r"the \2 \1 from the \3"),
    (
        r"\b(?:the )?(?:text|writing|lettering|words|letters)\b(?= (?:at|on|in|near) the (?:top|bottom|left|right|"
        r"middle))",
        "the thing",
    ),
    (r"(?:\s+(?:on|in|at|near|under) (?:the )?\w+)?\s*(?:,\s*)?or (?:anywhere|somewhere)(?: else)?\b", " "),
    (
        r"\bwhat (?:word|words|text|writing) (?:is|are) (?:displayed|shown|printed|written|painted|visible) on\b",
        "what word is on",
    ),
    (r"^\s*((?:the|that|this) .+?)\s*[,.:;-]*\s*who is (?:it|he|she|that)\s*[?.!]*\s*$", r" who is \1 "),
    (
        r"^\s*(.+?)\s*,\s*(?:his|her|their) (?:clothes|clothing|outfit|clothes colou?r) (?:is|are) (?:of )?what "
        r"(colou?rs?)\s*[?.!]*\s*$",
        r" what \2 is \1 ",
    ),
    # restatements of counts and comparisons: "none of the X are P", "all X ADJ?", "other than X, is everything
    # P", "at least as many X as Y", "by how much do X outnumber Y", "is the count of X three", "just left of"
    (SECTION, None),
    (
        r"^\s*(?:is it true that |true or false:? |is it the case that )?none of (?:the|these|"
        r"those) (.+?) (?:are|is) (.+?)\s*[?.!]?\s*$",
        r" are there no \1 that are \2 ",
    ),
    (r"^\s*(?:all|every) ((?:\w+ ){0,2}\w+) (\w+)\s*[?.!]?\s*$", _all_adjective),
    # "is everything rubber", "is every object small": a universal, not "is anything"
    (
        r"^\s*(?:is|are) (?:everything|every (?:thing|object|item|shape)|each (?:thing|object|item|shape))\b",
        " are all things",
    ),
    (
        r"^\s*(?:other than|apart from|aside from|except for|besides|but for) (.+?)\s*,\s*(is|are) (everything|"
        r"every thing|all things|all the things|all objects|all the objects|all the rest|the rest) (.+?)\s*[?.!]?\s*$",
        _all_others,
    ),
    (
        r"\b(?:at least|no fewer|no less) (?:as )?many (.+?) (?:as|than) (.+?)\s*[?.!]?\s*$",
        r"more \1 than \2 or are there as many \1 as \2 ",
    ),
    (r"\bno (?:fewer|less) (.+?) than (.+?)\s*[?.!]?\s*$", r"more \1 than \2 or are there as many \1 as \2 "),
    (r"\bno more (.+?) than (.+?)\s*[?.!]?\s*$", r"fewer \1 than \2 or are there as many \1 as \2 "),
    (
        r"^\s*(?:do|does) (?:the )?(.+?) outnumber (?:all )?(?:the )?(?:other (?:things|objects|shapes|items|ones)|"
        r"everything else|"
        r"all the rest|the rest|anything else|all the others|the others)(?: put together| combined| together)?"
        r"\s*[?.!]?\s*$",
        r" are there more \1 than things other than \1 ",
    ),
    (
        r"\b(?:at most|no more) (?:as )?many (.+?) (?:as|than) (.+?)\s*[?.!]?\s*$",
        r"fewer \1 than \2 or are there as many \1 as \2 ",
    ),
    (
        r"^\s*by how (?:much|many) (?:do|does) (?:the )?(.+?) outnumber (?:the )?(.+?)\s*[?.!]?\s*$",
        r" how many more \1 than \2 are there ",
    ),
    (
        r"^\s*(?:is|are) the (?:count|number|total|tally|amount) of ((?:(?!greater |more |less |fewer |smaller |larger "
        r"|bigger |higher |lower |than |not )\w+ )*?\w+) "
        rf"(?:equal to |equals )?({NUMBER_WORD})"
        r"\s*[?.!]?\s*$",
        r" are there exactly \2 \1 ",
    ),
    (
        r"\b(?:just|straight|exactly|right) (?=(?:to the |on the )?(?:left|right) of\b|"
        r"in front of\b|behind\b|next to\b|beside\b|on top of\b)|\b(?:directly|immediately) (?=in front of\b|"
        r"behind\b|next to\b|beside\b|on top of\b)",
        "",
    ),
    (  # "directly above", "right under": in one column with it (a relation of its own); "just above": above
        r"\b(?:directly|immediately|straight|right|exactly) (above|below|under|underneath|beneath|over)\b",
        lambda m: f"directly {'above' if m[1] in {'above', 'over'} else 'below'}",
    ),
    (
        r"\bjust (?=above\b|below\b|under\b|beneath\b)",
        "",
    ),
    (
        r"^\s*(?:please )?read (?:out )?(?:me |us |to me |out to me )?(?:out )?what (.+?) (?:says|reads|shows)"
        r"\s*[?.!]?\s*$",
        r" what does \1 say ",
    ),
    (
        r"^\s*(?:please )?read (?:out )?(?:me |us )?(?:out )?(?:the (?:text|writing|words|sign) (?:on|of) )(.+?)"
        r"(?: for me| to me| out)?\s*[?.!]?\s*$",
        r" what does \1 say ",
    ),
    (
        r"\bmore (?:the )?(.+?) than (?:all )?(?:the )?(?:other things|other objects|everything else|all the rest|"
        r"the rest|anything else|all the others|the others)(?: put together| combined| together)?\s*[?.!]?\s*$",
        r"more \1 than things other than \1 ",
    ),
    # --- round 16, first: the side a row is counted from, said first ("counting from the right, the second
    # cylinder is what colour", "going from left to right, what colour is the second thing")
    (SECTION, ("from",)),
    (
        rf"^\s*(?:(?:going|counting|reading|looking|starting|moving|working) )?from (?:the )?(left|right|front|back)"
        rf"(?: (?:to|towards) (?:the )?(?:left|right|front|back))?\s*,\s*(.*?)\bthe ({ORDINAL}) "
        r"((?:[a-z]+ ){0,2}?[a-z]+)\b(?! from\b)(?! ?'s\b)(.*)$",
        r" \2the \3 \4 from the \1\5 ",
    ),
    (  # "from the front, what is the second object's colour": the attribute of the second object from the front
        rf"^\s*(?:(?:going|counting|reading|looking|starting|moving|working) )?from (?:the )?(left|right|front|back)"
        rf"(?: (?:to|towards) (?:the )?(?:left|right|front|back))?\s*,\s*(.*?)\bthe ({ORDINAL}) "
        rf"((?:[a-z]+ ){{0,2}}?[a-z]+) ?'s ({ATTRIBUTE})\b(.*)$",
        r" \2the \5 of the \3 \4 from the \1\6 ",
    ),
    # --- round 15: learners' word orders and calques: "gives it" (es gibt), "there have how many", "is exist",
    # a question word left in place ("sphere's colour is what?"), "which colour has the X", "of what material is
    # it", "X, is there?", "are more X than Y", "X outnumber Y", "more in number than", a value put first ("Blue -
    # is that the colour of the cube?"), "with reasons", "kindly tell"
    (SECTION, None),
    (r"[`*_]+", " "),
    (r"^\s*(how many .+?) gives? it\b", r" \1 are there "),
    (r"^\s*gives? it\b", " is there "),
    (r"^\s*there (?:have|has|is|are) how (many|much) (.+?)[\s?.!]*$", r" how \1 \2 are there "),
    (r"^\s*(is|are) (?:exist|exists|existing)\b", r" \1 there "),
    (r"\b(is|are) having\b", r"\1"),
    (
        r"^\s*((?:(?!\b(?:it|they|he|she|and|is|are)\b).)+?) (is|are) (what|which)"
        r"((?: color| colour| shape| size| material)?)[\s?.!]*$",
        r" \3\4 \2 \1 ",
    ),
    (r"^\s*(what|which) (color|colour|shape|size|material) (?:has|have|does) (?!there\b)", r" \1 \2 is "),
    (r"^\s*(?:and )?of what (color|colour|shape|size|material) (is|are)\b", r" what \1 \2 "),
    (r"\bof what (color|colour|shape|size|material) (is|are) (it|they)[\s?.!]*$", r" what \1 \2 \3 "),
    (r"^\s*((?:an? |the )?(?:[a-z]+ ){0,3}[a-z]+)\s*,\s*(is|are) there[\s?.!]*$", r" \2 there \1 "),
    (
        r"^\s*(?:are|is) (?:there )?(?:(?:in|on) (?:the|this) (?:picture|image|photo|scene) )?(more|fewer|less) "
        r"((?:(?!\bthan\b)[a-z ])+) than\b",
        r" are there \1 \2 than",
    ),
    (
        r"^\s*(?:(?:determine|say|state|check|tell me) )?(?:whether |if )?(?:the )?"
        r"((?:(?!\b(?:is|are|than)\b)[a-z ])+?) "
        r"(?:are|is) more (?:numerous|in number)(?: than| as compared to| compared to| compared with)? ",
        r" are there more \1 than ",
    ),
    (r"^\s*((?:(?!\b(?:is|are|do|does|than)\b)[a-z ])+?) outnumbers? ", r" are there more \1 than "),
    (
        r"\b(?:are|is) ((?:(?!\bthan\b)[a-z ])+?) more (?:numerous|in number|many)(?: than)?(?: as)?"
        r"(?: compared (?:to|with))? ",
        r" are there more \1 than ",
    ),
    (
        rf"^\s*((?:(?!\b(?:is|are|than|there|that|you|we|i)\b)[a-z ])+?) (?:are|is) more than (?!{NUMBER_WORD}\b)"
        r"((?:(?!\b(?:is|are)\b)[a-z ])+)[\s?.!]*$",
        r" are there more \1 than \2 ",
    ),
    (
        r"^\s*(\w+)\s*[-,:]+\s*is (?:that|this|it) the (color|colour|shape|size|material) of "
        r"((?:the|this|that) .+?)[\s?.!]*$",
        r" is \3 \1 ",
    ),
    (r"^\s*(state|say|explain|tell me|determine)\s*,?\s*with reasons?\s*,?\s*", r" \1 "),
    (r"\s*,?\s*(?:kindly|please|do) tell(?: me)?[\s?.!]*$", " "),
    (r"^\s*who(?: is|'s| s) (?:that|this|it) (?=\w)", " who is "),
    (r"\bto be (?:found|seen|spotted)\b", " "),
    (
        r"^\s*(?:mostly|mainly|usually) what (color|colour|shape|size|material) (?:is|are) (?:the )?",
        r" what \1 are most of the ",
    ),
    (r"^\s*how many ((?:(?!\bmore\b)[a-z ])+?) more than ", r" how many more \1 than "),
    (r"\b(is|are) (?:in|on) (?:the|this) [a-z]+ (?:photo|picture|image|pic)[\s?.!]*$", r"\1 shown "),
    (r"\b(?:in|on) (?:the|this) [a-z]+ (?:photo|picture|image|pic)[\s?.!]*$", " "),
    (r"^\s*count for (?:me|us) ((?:the |all the )?[a-z ]+?)\s*,?\s*how many[\s?.!]*$", r" how many \1 "),
    (r"^\s*count for (?:me|us)\b", " count"),
    (r"\b(?:in|on) (?:the |this )?(?:image|picture|photo|scene) only\b", " "),
    (r"\b(red|blue|green|yellow|purple|brown|gray|grey|cyan|black|white|orange|pink)[ -]colou?red\b", r"\1"),
    (
        r"\b(is|are) (?:it |they )?of (?!(?:which|what|the|a|an|same|different|its|their)\b)(\w+) "
        r"(?:colou?r|size|shape)\b",
        r"\1 \2",
    ),
    (r"\b(is|are) (?:it |they )?of (rubber|metal|plastic|wood|glass|paper|stone|cloth)\b", r"\1 \2"),
    # --- round 16: word-by-word translations ("there are how many cubes small", "this blue ball metal is", "its
    # colour what", "more of balls than of cubes"), places named with the picture ("top of the photo")
    (SECTION, None),
    *_WORD_ORDERS,
    # --- round 9: spoken and learners' forms: a child's or a user's address ("mommy how many ..."), "like" as a
    # filler, "do we got", a tag "or what", "N things or more?", "equal number of X and Y", "as many X as there are
    # Y", a set's shared or different attribute ("are the two cubes of different sizes"), two positions run
    # together ("at the top in the middle"), "farthest away from", "up above", a choice put before its object
    (SECTION, None),
    (rf"^\s*(?:{FAMILY_VOCATIVES})\s*[,!:]?\s+(?=\w)", " "),
    (rf"^\s*(?:{VOCATIVES})\s*[,!:]\s*(?=\w)", " "),
    (rf"\s*[,!]\s*(?:{VOCATIVES}|{FAMILY_VOCATIVES})\s*[?.!]?\s*$", " "),
    (
        r"^\s*(?:and |so |now )?((?:the|this|that) [a-z ]+?)\s*,?\s*(is|are) made of\s*,?\s*(?:what|which)"
        r"(?: material| materials| stuff| substance)?[\s?.!]*$",
        r" what material \2 \1 made of ",
    ),
    (rf"\s+(?:{FAMILY_VOCATIVES})\s*[?.!]?\s*$", " "),
    (r"^\s*(?:so |and |um |uh |er )*like\s+(?=(?:how|what|which|who|where|is|are|does|do|can|could)\b)", " "),
    (r"\b(there|it|is|are) like (?=(?:a|an|the|some|any|one|two|three|four|five)\b)", r"\1 "),
    (r"\s*[?.!,;:-]*\s*(?:report|answer|reply|just say|say)?\s*(?:yes or no|y/n|y or n)\s*[?.!]?\s*$", " "),
    (r"\s+or (?:what|nah|no|not)\s*[?.!]?\s*$", " "),
    (
        r"^(\s*how many .+?) (?:do|did|have|can) (?:we|you|i) (?:got|have|get|see)(?: here| there)?\s*$",
        r"\1 are there ",
    ),
    (r"^\s*how many (.+?) there (?:are|is)\b(?!\s*$)", r" how many \1 are there "),
    (
        rf"^\s*(?:are there )?({NUMBER_WORD}) (.+?) or (more|fewer|less)\s*[?.!]?\s*$",
        lambda m: f" are there at {'least' if m.group(3) == 'more' else 'most'} {m.group(1)} {m.group(2)} ",
    ),
    (
        r"^\s*(?:is there an? |are there an? |an? )?(?:equal|same) (?:number|amount|count|quantity) of (.+?) and "
        r"(.+?)\s*[?.!]?\s*$",
        _equal_numbers,
    ),
    (r"\bas many (.+?) as there are\b", r"as many \1 as"),
    (
        r"^\s*(?:are|is) (?:both )?(?:the |these |those )?(?:two |three |four |both )?(.+?) (?:made )?(?:of|out of) "
        r"(?:the )?same (stuff|material|color|colour|size|shape)\s*[?.!]?\s*$",
        lambda m: f" are all the {m.group(1)} the same {'material' if m.group(2) == 'stuff' else m.group(2)} ",
    ),
    (
        r"^\s*(?:are|is) (?:both )?(?:the |these |those )?(?:two |three |four |both )?(.+?) (?:of|in) "
        r"different (sizes|colors|colours|shapes|materials)\s*[?.!]?\s*$",
        r" are the \1 different \2 ",
    ),
    (
        r"^\s*(?:the |these |those )?(?:two |three |four |both )?(.+?)\s*[-:,]+\s*(?:the )?same "
        r"(color|colour|size|shape|material)\s*[?.!]?\s*$",
        r" are all the \1 the same \2 ",
    ),
    (r"^(\s*how many (?:different |distinct )?\w+ (?:do|does) .+?) come in\s*[?.!]?\s*$", r"\1 have "),
    (
        r"^(\s*how many (?:\w+ ){0,2}?\w+) (?:that |which |who )?are not ((?:\w+ ){0,2}?)(\w+)(?: are there)?\s*$",
        _not_a_kind,
    ),
    (r"\b(at the (?:top|bottom)) (in the (?:middle|centre|center))\b", r"\1 and \2"),
    (
        r"\b(?:in|from|of) (?:the|this|that) (?!picture|image|photo)\w+ (?:picture|image|photo|photograph|shot|pic|"
        r"snap|snapshot)\b",
        " ",
    ),
    (r"\b(farthest|furthest|closest|nearest) away from\b", r"\1 from"),
    # drawings of shapes: "what shape do you see", "the shape's colour", "which shape is bigger"
    (
        r"^\s*(?:what|which) (color|colour|shape|size|material) (?:do|can|could) (?:you|i|we) (?:see|spot|make out)\b",
        lambda m: f" what {'color' if m.group(1) == 'colour' else m.group(1)}s are there ",
    ),
    (
        r"^\s*which (shape|object|thing|one|figure) is (?:the )?(bigger|larger|smaller|biggest|largest|smallest)"
        r"\s*[?.!]?\s*$",
        lambda m: (
            f" what is the {'smallest' if m.group(2).startswith('small') else 'largest'} "
            f"{'thing' if m.group(1) in {'one', 'figure'} else m.group(1)} "
        ),
    ),
    (
        r"^\s*which (?:shape|object|thing|one|figure) is (bigger|larger|smaller)\s*,\s*(.+? or .+?)\s*[?.!]?\s*$",
        r" which is \1 , \2 ",
    ),
    # a request restated after the question ("what's left of the cylinder? name the colour", "y/n", "yeah?")
    (
        r"^\s*what(?: is| s|'s) (.+?)\s*[?.!,;:-]+\s*(?:just |only )?(?:name |tell me |give me |report |say )?"
        r"(?:the |its )?(colou?r|shape|size|material)(?: please| only)?\s*[?.!]?\s*$",
        r" what \2 is the thing \1 ",
    ),
    _THING_AT_ONE_END,
    (r"\s*[?.!,;:-]*\s*(?:report |answer |just )?(?:yes or no|y/n|y or n|true or false)\s*[?.!]?\s*$", " "),
    (r"\b(?:is|are) there even (?:one|a|an|any|a single)\b", "is there a"),
    (r"\b(appears?|exists?|is|are) anywhere\b", r"\1"),
    (
        r"\b(?:does|do) (?:the |this )?(?:kitchen|park|street|room|picture|image|photo|scene) "
        r"(?:have|hold|contain|show)\b",
        "are there",
    ),
    (r"^\s*(what|which \w+) (?:hangs|sits|rests|hovers|floats) (?=above\b|over\b|on top of\b)", r" \1 is "),
    # superlatives of place said after the noun: "the ball furthest back", "the cup furthest left"
    (r"\b(?:furthest|farthest) (left|right)\b", r"\1most"),
    (r"\b(?:furthest|farthest) (?:back|away from the camera|from the camera)\b", "backmost"),
    (  # "the ball that is backmost" -> "the backmost ball"
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (?:that|which) (?:is|sits|stands|lies) (?:the )?"
        r"(leftmost|rightmost|frontmost|backmost|topmost|bottommost)\b",
        lambda m: f"the {m[2]} {m[1]}" if _noun_last(m[1]) else m[0],
    ),
    (  # "is the cylinder leftmost": the extreme of all the objects
        r"^\s*is (the [a-z ]+?) (?:the )?(leftmost|rightmost|backmost|frontmost|topmost|bottommost|centremost)"
        r"(?: one| object| thing| of (?:them|all))?[\s?.!]*$",
        r" is \1 the \2 object ",
    ),
    (
        r"^\s*(what|which) (shape|object|thing|one|figure|item) is (?:the )?(leftmost|rightmost|backmost|frontmost|"
        r"topmost|bottommost|centremost|highest|lowest|uppermost|lowermost)[\s?.!]*$",
        lambda m: f" {m[1]} {m[2]} is the {_EXTREME_WORDS.get(m[3], m[3])} ",
    ),
    (
        r"\bthe (?!of\b|the\b)(\w+) (leftmost|rightmost|backmost|frontmost|centremost)"
        r"(?=\s*(?:$|[,.?!:;-]|is\b|what\b|made\b|has\b|have\b|which\b))",
        r"the \2 \1",
    ),
    (r"\b(?:closest|nearest) ((?:\w+ ){0,2}?\w+) to the camera\b", r"frontmost \1"),
    (
        r"^\s*(?:whatever|whichever|the thing that) is (leftmost|rightmost|backmost|frontmost)\b(?: in the scene)?",
        r" the \1 thing",
    ),
    (
        r"^\s*(?:which|what) (?!(?:colou?r|shape|size|material)\b)((?:\w+ ){0,2}?\w+) (?:is|sits|stands|lies|appears|"
        r"is placed|is located) (?:the )?(leftmost|rightmost|backmost|frontmost|topmost|bottommost|centremost)"
        r"(?: one)?\s*(?:[?.,;:-]\s*)*(?:(?:and |so )?"
        r"(?:tell me |give me |what is |name |report |say )?its (color|colour|shape|size|material))?\s*[?.!]*\s*$",
        lambda m: (
            f" what is the {m.group(3)} of the {m.group(2)} {m.group(1)} "
            if m.group(3)
            else f" what is the {m.group(2)} {m.group(1)} "
        ),
    ),
    # two objects named first, then compared ("the cube and the small cylinder: different colours?")
    (
        rf"^\s*(the .+?) and (the .+?)\s*[,:;-]+\s*(?:is|are) (?:their|the) ({ATTRIBUTE})s? (?:the )?same\s*[?.!]?\s*$",
        r" do \1 and \2 have the same \3 ",
    ),
    (
        rf"^\s*(the .+?) and (the .+?)\s*[,:;-]+\s*(?:do they (?:have |share )?|are they (?:of )?)?(?:a |the )?"
        rf"(same|different) ({ATTRIBUTE})s?\s*[?.!]?\s*$",
        r" do \1 and \2 have \3 \4 ",
    ),
    (
        rf"^\s*(the .+?) and (the .+?)\s*[,:;-]+\s*do they (?:share|have) (?:a |the same )?({ATTRIBUTE})\s*[?.!]?\s*$",
        r" do \1 and \2 have the same \3 ",
    ),
    (rf"\bmatch in ({ATTRIBUTE})\b", r"have the same \1"),
    (r"^\s*(the .+?) and (the .+?)\s*[,:;-]+\s*are they (?:both )?(\w+)\s*[?.!]?\s*$", r" are \1 and \2 both \3 "),
    (
        r"^\s*(who|what|which) is (?:the )?(?:(leftmost|rightmost)|(?:furthest|farthest) to the (left|right))\s*,?\s*"
        r"(?:of|among) the (\w+)\s*$",
        lambda m: f" {m.group(1)} is the {m.group(2) or m.group(3) + 'most'} {singular(m.group(4))} ",
    ),
    (r"^\s*are (the .+?) and (the .+?) both (\w+)[\s?.!]*$", r" is \1 \3 and is \2 \3 "),
    # "on which side of the cube is the ball (on)?": the side one object is of another
    (
        r"^\s*(?:on |to )?(?:which|what) side of (the (?:\w+ ){0,3}?\w+) (?:is|are) (the (?:\w+ ){0,3}?\w+?)"
        r"(?: (?:on|at|located|placed|sitting|found))?\s*[?.!]*\s*$",
        r" is \2 left or right of \1 ",
    ),
    # "are there more cubes or cylinders?": a choice between the two, not a yes/no
    (
        r"^\s*(?:are there|is there|do (?:you|we|i) see|can (?:you|we|i) see|have we got|do we have) more "
        r"(?!.*\bthan\b)((?:\w+ ){0,3}?\w+) or ((?:\w+ ){0,3}?\w+)\s*[?.!]*\s*$",
        r" which is more common , \1 or \2 ",
    ),
    # "cubes or cylinders - which are there more of?", "spheres versus cylinders: which wins?"
    (
        r"^\s*((?:\w+ ){0,3}?\w+) (?:or|versus|vs|against) ((?:\w+ ){0,3}?\w+)\s*[,:;-]+\s*"
        r"(which (?:is|are) (?:there )?more(?: of| common| frequent| numerous)?|which (?:one |kind |group )?"
        r"(?:has|have|wins|is) (?:more|the most)(?: \w+)?(?: on numbers)?)\s*[?.!]?\s*$",
        r" which is more common , \1 or \2 ",
    ),
    (
        r"\b(?:that |which )?are neither (\w+) nor (\w+)\b",
        lambda m: (
            f"other than {m.group(1)} and {m.group(2)}"
            if _is_plural_noun(m.group(1)) and _is_plural_noun(m.group(2))
            else m.group(0)
        ),
    ),
    (
        r"^\s*(?:tell me|list|name|give me)\s+(?:every|each|all the|all|the)\s+(colou?r|size|shape|material)s? "
        r"(?:that |which )?(the .+?) (?:come in|have|has|are)\s*[?.!]?\s*$",
        r" what \1s do \2 have ",
    ),
    (
        r"^\s*what (?:is|are) (.+?)\s*[?.!,;:-]*\s*(?:list|name) (?:it|them|those|these|everything)(?: all)?"
        r"\s*[?.!]?\s*$",
        r" what things are \1 ",
    ),
    (r"^\s*(?:list|name|enumerate)\s+(?:all\s+)?(?:the\s+)?(kinds|types|sorts) of\s+", r" what \1 of "),
    (r"^\s*(?:list|name|enumerate)\s+(?:every|each)\s+(.+?)\s*[?.!]?\s*$", _every_listed),
    (
        r"^\s*(?:list|name|enumerate)\s+(?:everything|every thing|all things)\b(?: that is\b)?",
        " list the things that are ",
    ),
    # text that picks an object out: "which object has the word agua on it", "the thing that reads stop"
    (
        r"\b(?:has|have|bears|shows|carries) (?:the |a )?(?:word|words|text|writing|label|name) "
        r"(?!(?:written )?(?:on|in) (?:it|them)\s*[?.!]?\s*$)((?:\w+ ){0,3}?\w+)"
        r"(?: (?:on|in) (?:it|them)| written on (?:it|them))?\s*[?.!]?\s*$",
        r"says \1 ",
    ),
    (r"^\s*(?:which|what) ((?:\w+ ){0,2}?\w+) (?:says|reads) (.+)$", r" what is the \1 that says \2 "),
    (r"^\s*(?:who|what) (?:says|reads) (?!the |a |an |this |that |it )(.+)$", r" what is the thing that says \1 "),
    (
        r"^\s*(?:read|say)(?: me| us| out| aloud| out loud)* (?:all )?(?:of )?the (?:text|words|writing|lettering|"
        r"letters)(?: that (?:is|are))?(?: (?:painted|written|printed|shown|displayed|stencilled|"
        r"stenciled))? (?:on|across) "
        rf"(?!{THE_PICTURE}\b)(the (?:\w+ ){{0,3}}?\w+)(?: for me| for us| please| aloud| out loud)*[\s?.!]*$",
        r" what does \1 say ",
    ),
    (
        r"^\s*(?:read|say)(?: me| us| out| aloud| out loud)* (?:all |out )?(?:of )?(?:the |what )?"
        r"(?:text|words|writing|lettering|is written)\b(?!.* (?:on|across|of) the (?!(?:image|picture|photo|"
        r"scene)\b)\w).*$",
        " what does the image say ",
    ),
    (
        r"^\s*what(?: is| s) (?:written|printed) (at the (?:top|bottom)|on the (?:left|right))(?: of .+?)?"
        r"\s*[?.!]?\s*$",
        r" what does the thing \1 say ",
    ),
    (r"\bup (?=above\b|on top of\b)", ""),
    (r"^(\s*is the weather \w+) (?:in|at|on) (?:the |this )?\w+\s*[?.!]?\s*$", r"\1 "),
    (r"^\s*(?:which|what) is it\s*,\s*(\w+ or \w+)\s*,\s*(.+?)\s*[?.!]?\s*$", r" is \2 \1 "),
    # --- round 8: a set named first ("Take the cubes. How many of them are metal?"), a request that restates the
    # question ("Is it big or small? tell me its size"), dropped auxiliaries ("there a red ball?", "anything
    # behind the cube?"), a repeated "is there" ("is there X and is there Y"), counts "in equal numbers"
    (SECTION, None),
    (
        r"^\s*(?:now |so |ok |okay )?(?:take|look at|consider|of|among|from|out of) (?:the|all the|these|those) "
        r"([a-z ]+?)\s*[.?!,:;]\s*how many (?:of them |of these |of those )?(are|is|were|was) ",
        r" how many \1 \2 ",
    ),
    (
        rf"^(\s*(?:is|are|was|were|what|which|does|do)\b[^?.!;]*?)\s*[?.!;,]\s*(?:and |so |now |please |then )*"
        rf"(?:tell me|give me|say|name|state|report)(?: me)? (?:its|the|their) ({ATTRIBUTE})(?: of (?:it|them))?"
        r"(?: please)?\s*[.!?]*\s*$",
        lambda m: _restated(m),
    ),
    (r"^\s*there (?=(?:a|an|any|some|one|no)\b)", " is there "),
    (rf"^\s*(anything|something|any thing|some thing) (?={RELATION}\b)", r" is there \1 "),
    (r"^(\s*(?:is|are) there\b[^?.!;]*?) (and|or) (?:is|are) there\b", r"\1 \2"),
    (
        r"^\s*(?:do|are|is) (?:there )?(?:the )?((?:(?!\b(?:and|the|as)\b)[a-z ])+?) and (?:the )?"
        r"((?:(?!\b(?:and|the|as)\b)[a-z ])+?) (?:appear |occur |exist |show up )?"
        r"(?:come in (?:equal|the same) (?:numbers?|amounts?|quantities)|"
        r"equally (?:many|numerous)|equal in (?:number|count|amount)s?|the same in (?:number|count|amount)s?|"
        r"(?:present )?in equal (?:numbers?|amounts?)|(?:of )?(?:the same|equal) (?:number|count|amount)s?)"
        r"\s*[?.!]*\s*$",
        r" are there as many \1 as \2 ",
    ),
    (SECTION, ("what do you think",)),
    (r"^\s*what do you think\s*[,:?]\s*", " "),
    (SECTION, ("look",)),
    (
        rf"^\s*look (?:to |at |over )?(?:the )?({RELATION}) ([^.?!;:]+?)\s*[.:!,]\s+how many (.+?) (?:are|is) there"
        r"\s*[?.!]?\s*$",
        r" how many \3 are \1 \2 ",
    ),
    (
        rf"^\s*look (?:to |at |over )?(?:the )?({RELATION}) ([^.?!;:]+?)\s*[.:!,]\s+(is|are) there (.+?)"
        r"(?: there)?\s*[?.!]?\s*$",
        r" \3 there \4 \1 \2 ",
    ),
    (SECTION, ("how many",)),
    (
        r"^\s*(?:(?:can|could|do) you see|are there|is there|do you have) (?:any |some )?(.+?)\s*[?.!]\s*how many"
        r"\s*[?.!]*\s*$",
        r" how many \1 ",
    ),
    (SECTION, ("then",)),
    (r"\b((?:more|fewer|less|bigger|smaller|larger|greater) [^?.;]*?)\bthen\b", _then_than),
    # --- an operator's target and report ("Target: the X. Report its colour.", "Locate the X and report its size")
    (SECTION, ("target", "locate", "report", "state", "identify", "closest", "nearest", "farthest", "furthest")),
    (
        r"^\s*(?:which|what) (object|thing|item|one|shape) is (?:the )?(closest|nearest|farthest|furthest) "
        r"(to|from) (the camera|the viewer|us)\s*[?.!,:;]?\s*(?=.*\bit[s]?\b)",
        r" find the \2 \1 \3 \4 . ",
    ),
    (r"^\s*(?:pick |select )?target\s*:\s*(?:the |a |an )?", " find the "),
    (r"^\s*locate (?=(?:the|a|an) )", " find "),
    (
        r"\s*(?:,\s*)?(?:\band\b|[.;:,])\s*(?:then )?(?:report|state|give|tell me|identify|name) (?:its|the) "
        r"(color|size|shape|material)(?: of it)?\s*[.?!]*\s*$",
        r" . what \1 is it ",
    ),
    (SECTION, None),
    (
        r"^\s*(?:now |so |ok |okay )?(?:look at|look closely at|look carefully at|point to|point at|touch|find|"
        r"do you see|can you see) (?:the|a|an) ([^.?!;:]+?)\s*[.?!,:]\s+((?:what|which|is|are|how|does|do)\b"
        r"(?:(?!\bit\b)[^.?!;:])*?)\bit\b((?:(?!\bit\b)[^.!;:])*)$",
        r" \2the \1\3 ",
    ),
    (
        r"^\s*(?:now |so |ok |okay )?(?:look at|look closely at|look carefully at|point to|point at|touch|see|"
        r"consider|take|notice|focus on|find|you see|do you see) (?:the |a |an )([^.?!;:]+?)\s*[.?!,:]\s+"
        r"(?=(?:what|which|is|are|how|does|do)\b)",
        r" there is a \1 ; ",
    ),
    (
        rf"^\s*({RELATION}) ([^.?!;,]+?),? there (is|are) (a|an|some|one|two) ([^.?!;]+?)\s*[.!,;]\s+"
        r"(?=(?:what|which|is|are|how|does|do)\b)",
        r" there \3 \4 \5 \1 \2 ; ",
    ),
    (r"^(\s*there (?:is|are) [^.?!;]+?)\s*[.!,]\s+(?=(?:what|which|is|are|how|does|do)\b)", r"\1 ; "),
    (r"\s*([?!.,;:])\s*", r" \1 "),
    (
        r"^\s*(?:(?:hello there|hi there|hey there|so|ok|okay|well|hey|hi|now|and|also|alright|"
        r"right(?! of\b| side\b| hand\b)|hmm|um|quick question|in total|overall|"
        r"altogether|all in all|out of curiosity|just curious|honestly|basically|hello|"
        r"excuse me|sorry|good morning|good afternoon|good evening)\s*[,:!.]?\s+)+",
        " ",
    ),
    (
        r"^\s*(?:just wondering|i was wondering|i wonder|from what (?:you|i|we) can (?:see|tell)|"
        r"(?:based on|according to|judging by|judging from) (?:the|this) (?:image|picture|photo|scene)|"
        r"as far as (?:you|i|we) can (?:see|tell)|in your view|in your opinion)\s*[,:]\s*",
        " ",
    ),
    (
        r"^\s*(?:i am|i'm|we are|i was) (?:looking at|viewing|checking|studying|watching) (?:this|the|a|that) "
        r"(?:image|picture|photo|scene|render|rendering)\s*(?:,|and|so|;)?\s*",
        " ",
    ),
    (r"\s[?!.]+\s*$", " "),
    (r"\s(?:in (?:this|that) one|in it|in here|in there)\s*$", " "),
    (r"\s[?!.]+\s", " "),
    (r"^\s*[,;:-]+", " "),
    (r"\b(left|right)[ -]hand(?: side)?(?= of\b)", r"\1 side"),
    (r"\bon the (left|right)[ -]hand side\b", r"on the \1"),
    # --- other voices (before the canonical rewrites below): learners' forms, chatty openers, terse queries
    (SECTION, ("what about", "how about")),
    (r"^\s*(?:what|how) about (.+?)\s*[,:-]+\s*(?=how many\b)", r" \1 , "),
    (SECTION, ("right", "correct", "true")),
    (
        r"^\s*(?:i am (?:pretty |quite |fairly )?sure|i think|i believe|i guess|i suppose)(?: that)? there (is|are) "
        r"(.+?)\s*,\s*(?:am i right|is that right|is that correct|is that true|right)\s*$",
        r" \1 there \2 ",
    ),
    (
        r"^\s*(?:(?:i am (?:pretty |quite |fairly )?sure|i think|i believe|i guess|i suppose)(?: that)? )?"
        r"((?:the|this|that) .+?) (is|are) (.+?)\s*,\s*(?:is that|am i|is it) (?:right|correct|true)\s*$",
        r" \2 \1 \3 ",
    ),
    (SECTION, ("how much",)),
    (  # "how much balls" (a learner's count); "how much water", "how much does it weigh" ask an amount
        rf"\bhow much\b(?! (?:(?:is|are|was|were|does|do|did|would|will|can|could)\b|(?:\w+ ){{0,2}}"
        rf"(?:{'|'.join(MASS_NOUNS)})\b))",
        "how many",
    ),
    (SECTION, (" know", " ask", " find out", "say ", "for me", "for us", "count me", "count us")),
    (r"\bcount (?:me|us) ", "count "),
    (r"\b(i|we) (want|need|wish|would like|would love) (know|ask|find out)\b", r"\1 \2 to \3"),
    (r"\bsay (me|us)\b", r"tell \1"),
    (r"\b(count|tell|show|find|give|list|name) (?:for (?:me|us) )", r"\1 "),
    (SECTION, ("sorry", "mind", "bother", "asking")),
    (
        r"^\s*(?:sorry|excuse me|pardon me)?\s*(?:to bother you|for bothering you|for asking|for the trouble)?\s*"
        r"(?:,\s*)?(?:if (?:you do not|you don't) mind|if i may ask)?\s*[,:;-]*\s*"
        r"(?=(?:how|what|which|is|are|does|do|can)\b)",
        " ",
    ),
    (SECTION, ("question", "quick", "asked", "wants to know", "wonders")),
    (r"^\s*(?:so |and )?(?:basically |simply )?(?:the|my) (?:real |actual )?question is\s*[:,-]*\s*", " "),
    (r"^\s*quick\s*[:,-]+\s*", " "),
    (
        r"^\s*(?:my \w+|someone|somebody|a friend|a colleague|my friend) (?:asked|asks|wants to know|wonders|"
        r"was wondering|is asking)(?: me)?\s+(?=(?:how|what|which|whether|if|is|are)\b)",
        " ",
    ),
    (
        r"^\s*(?:i have|i have got|i got|i've got|got|here is|here's) (?:a |one |another |one more )?"
        r"(?:quick |small |simple |short )?question(?: for you)?(?: (?:about|on|regarding) (?:this|the) "
        r"(?:photo|picture|image|scene|render|rendering))?\s*[,:;.-]*\s*(?=(?:how|what|which|is|are|does|do|can)\b)",
        " ",
    ),
    (SECTION, ("one", "question")),
    (
        r"^\s*(?:(?:just )?one more(?: question| thing| one)?|another one|another question|last one|last question|"
        r"(?:a )?quick one|(?:a )?(?:quick|simple|silly|stupid|dumb|small|short|weird) question|"
        r"(?:this|it) (?:might|may|could) be a (?:silly|stupid|dumb|simple|weird|strange) question)"
        r"(?:\s*[,:;-]+)?\s*(?:but |though )?\s*",
        " ",
    ),
    (SECTION, (" i ", " we ")),
    (
        r"^.*?\b(?:i|we) (?:need|want|would like|would love|have|am trying|was hoping) to (?:know|find out|learn|ask|"
        r"check)\s*[,:;-]*\s*(?=(?:how|what|which|is|are|does|do|whether|if|can)\b)"
        r"(?!.*\b(?:it|its|they|them|their|those|these|he|she|her|him)\b)",
        " ",
    ),
    (
        r"^\s*i (?:can not|do not|could not|am not|have not)\b[^,;:]*?(?:\s*[,;:]\s*(?:but\s+)?|\s+but\s+)"
        r"(?=(?:how|what|which|is|are|does|do|can)\b)(?!.*\b(?:it|its|they|them|their|those|these|he|she)\b)",
        " ",
    ),
    (SECTION, ("it there", "maybe", "perhaps", "possibly", "chance")),
    (r"\b(is|are) it there\b", r"\1 there"),
    (r"\b(is|are) there (?:maybe|perhaps|possibly|by any chance|by chance)\b", r"\1 there"),
    (r"\s(?:maybe|perhaps|by any chance)\s*$", " "),
    (SECTION, ("from what", "from which", "of what", "of which", "in what", "in which", " form ")),
    (r"^\s*(?:from|of|in) (what|which) (color|size|shape|material)\b", r" \1 \2"),
    (r"\b(what|which) form\b", r"\1 shape"),
    (SECTION, (" has th", " have th")),
    (r"\b(what|which) (color|size|shape|material) (?:has|have) (?=the |this |that )", r"\1 \2 is "),
    (SECTION, (" colored",)),
    (r"\b(gray|red|blue|green|brown|purple|cyan|yellow|white|black|orange|pink) colored\b", r"\1"),
    (SECTION, (" or of ",)),
    (r"\b(made of \w+) or of\b", r"\1 or"),
    (SECTION, (" or a ", " or an ")),
    (
        r"^\s*which (?:one )?is (the .+?)\s*,?\s*((?:a|an) \w+) or ((?:a|an) \w+)\s*$",
        r" is \1 \2 or \3 ",
    ),
    (SECTION, ("what the ", "what this ", "what that ")),
    (r"^\s*what (the .+?) (is|are) (\w+ing)\s*$", r" what \2 \1 \3 "),
    (SECTION, (" time ", " date ", " price ")),
    (
        r"^\s*what (?:is|was) the (?:time|date|price) (?:on|shown on|written on|displayed on) (.+?)\s*$",
        r" what does \1 say ",
    ),
    (SECTION, lambda text: text.endswith((" is who ", " are who "))),
    (r"^\s*((?:the|this|that) .+?) (?:is|are) who\s*$", r" who is \1 "),
    (SECTION, ("writ", "text", "says", "reads", "shows", "who ")),
    (r"^\s*what (?:is |are )?(?:written|write|writed|wrote|writing) (on|in) ", r" what is written \1 "),
    (
        r"^\s*((?:the|this|that) .+?) (?:has|have|shows|says|carries) (?:which|what) "
        r"(?:text|words|writing|time|date|number)\s*$",
        r" what does \1 say ",
    ),
    (r"^\s*(?:is|are) written (.+?) (?:on|in) ((?:the|this|that) .+?)\s*$", r" does \2 say \1 "),
    (r"^\s*what (?:says|reads|shows) ((?:the|this|that) .+?)\s*$", r" what does \1 say "),
    (r"^\s*((?:\w+ ){0,4}?\w+)\s*[:,-]*\s*(?:text|writing)\s*$", _terse_text),
    (r"^\s*who (wear|hold|throw|carry|ride|drive|eat|sit|stand|walk|watch|use|play)\b", r" who \1s"),
    (r"^\s*who have\b", " who has"),
    (SECTION, ("says what", "reads what", "shows what")),
    (r"^\s*((?:the|this|that) .+?) (?:says|reads|shows) what\s*$", r" what does \1 say "),
    (SECTION, ("surface", "finish", "texture", "coating")),
    (
        r"\b(rubber|metal|metallic|shiny|matte|plastic|wooden|glass) (?:surface|finish|texture|coating)s?\b",
        r"\1 material",
    ),
    (SECTION, (" stuff",)),
    (r"\b(\w+) stuff\b", lambda m: f"{m.group(1)} things" if _is_adjective(m.group(1)) else m.group(0)),
    (
        r"^\s*((?:\w+ ){0,3}?(?:things|objects|items|shapes|ones))\s*(?:[.,:;-]+\s*)*how many\s*[?.!]*\s*$",
        r" how many \1 ",
    ),
    (SECTION, (" like ", " stuff", " substance")),
    (r"\b((?:the )?same(?: color| size| shape| material)?) like\b", r"\1 as"),
    (r"\b(?<!the )same (stuff|substance)\b", "same material"),
    (r"\bthe same (?:stuff|substance)\b|(?<=\bmade of )the same thing\b", "the same material"),
    (SECTION, lambda text: text.count("same") > text.count("the same")),
    (r"(?<!\bthe )(?<!\bthe)\bsame (?=(?:color|size|shape|material|as|amount|number|count)\b)", "the same "),
    (SECTION, lambda text: text.startswith((" have ", " has ")) and " same " in text),
    (r"^\s*(?:have|has) (.+?) (?:the )?same (color|size|shape|material)(?= as |\s*$)", r" do \1 have the same \2"),
    (SECTION, lambda text: text.startswith((" same ", " the same "))),
    (r"^\s*(?:the )?same (?:amount|number|count|quantity) of (.+?) (?:and|as) (.+?)\s*$", _same_number),
    (SECTION, ("exist",)),
    (r"^\s*(?:(?:is|are) (?:there )?|it )?(?:exists?|existing)\s+(?:there )?", " is there "),
    (r"^\s*((?:a |an |any |some )?(?:\w+ ){0,3}\w+) (?:exists|exist)\s*$", _bare_present),
    (SECTION, lambda text: text.startswith((" have ", " has ", " no ", " not any "))),
    (r"^\s*not any ((?:\w+ ){0,4}\w+)\s*$", r" is there no \1 "),
    (r"^\s*(?:have|has) (?:you|we|i)(?: got)? (a|an|any|some)\s+", r" is there \1 "),
    (r"^\s*no ((?:\w+ ){0,4}\w+)\s*$", r" is there no \1 "),
    (SECTION, lambda text: text.startswith((" anything ", " something ", " another ", " any other "))),
    (r"^\s*(anything|something|any other \w+|another \w+)(?= (?:else )?(?:with|that|which)\b)", r" is there \1"),
    (SECTION, lambda text: text.startswith(" how many ") and re.search(rf" {THE_PICTURE} $", text) is not None),
    (rf"^\s*how many (.+?) (?:has|have|contains?|includes?|shows?) {THE_PICTURE}\s*$", r" how many \1 are there "),
    (SECTION, ("together", "combined")),
    (r"\s(?:together|combined)\s*$", " "),
    # --- a count against a number the question states ("more than two cubes?", "2 or more cylinders")
    (SECTION, lambda text: _STATED_NUMBER.search(text) is not None),
    (rf"\b({_NUMBER}) or more\b", r"at least \1"),
    (rf"\b({_NUMBER}) or (?:fewer|less)\b", r"at most \1"),
    (rf"^\s*({_QUANTIFIER}) ({_NUMBER})\b", r" are there \1 \2"),
    (
        rf"^\s*(?:is |are )?the (?:number|count|amount|quantity) of (.+?) (?:is |are )?"
        rf"(?:(equal to|exactly)|(more|greater|bigger|larger|higher) than|(fewer|less|smaller|lower) than) "
        rf"({_NUMBER})\s*$",
        _count_against_number,
    ),
    (SECTION, lambda text: text.startswith((" more ", " fewer ", " less ", " are ", " is ")) and " than " in text),
    (r"^\s*(more|fewer|less) ((?!than\b)\w.*?) than (.+?)\s*$", r" are there \1 \2 than \3 "),
    (r"^\s*(?:are|is) ((?!the\b|there\b)\w.*?) (more|fewer|less) than (.+?)\s*$", r" are there \2 \1 than \3 "),
    (SECTION, ("number of", "count of", "amount of", "quantity of", "total", "number ", "how many are")),
    (
        r"^\s*(?:is )?the (?:number|count|amount|quantity) of (.+?) (?:is )?(?:not the same as|not equal to|different "
        r"(?:from|than|to)|unequal to) (?:the )?(?:(?:number|count|amount|quantity) of |that of )?(.+?)\s*$",
        r" are there a different number of \1 and \2 ",
    ),
    (
        r"^\s*(?:is )?the (?:number|count|amount|quantity) of (.+?) (?:is )?(?:the same as|equal to) "
        r"(?:the )?(?:(?:number|count|amount|quantity) of |that of )?(.+?)\s*$",
        r" are there as many \1 as \2 ",
    ),
    (
        r"^\s*(?:is )?the (?:number|count|amount|quantity) of (.+?) (?:is )?(?:bigger|greater|larger|higher|more) "
        r"than (?:the )?(?:(?:number|count|amount|quantity) of |that of )?(.+?)\s*$",
        r" are there more \1 than \2 ",
    ),
    (
        r"^\s*(?:is )?the (?:number|count|amount|quantity) of (.+?) (?:is )?(?:smaller|less|lower|fewer) "
        r"than (?:the )?(?:(?:number|count|amount|quantity) of |that of )?(.+?)\s*$",
        r" are there fewer \1 than \2 ",
    ),
    (r"^\s*(?:the )?(?:total|number)(?: number)?\s+(?!of\b)(?=\w)", " how many "),
    (r"^\s*how many are the (.+?)\s*$", r" how many \1 are there "),
    (SECTION, ("closest", "nearest", "farthest", "furthest", "most ", "first", "second", "third", "fourth", "last")),
    # distance to an anchor, asked as a predicate ("which ball is farthest from the cube") or before the noun
    (
        r"^\s*(?:which|what) (?!colou?r\b|shape\b|size\b|material\b)((?:\w+ ){0,2}?\w+) (?:is|are) (?:the )?"
        r"(closest|nearest|farthest|furthest) (to|from) ",
        r" what is the \1 \2 \3 ",
    ),
    (
        r"^\s*(?:which|what) (colou?r|shape|size|material) (?:is|are) (?:the )?(closest|nearest|farthest|furthest) "
        r"(to|from) ",
        r" what \1 is the thing \2 \3 ",
    ),
    (r"^\s*what (?:is|are) (?:the )?(closest|nearest|farthest|furthest) (to|from) ", r" what is the thing \1 \2 "),
    (r"^\s*who (?:is|are) (?:the )?(closest|nearest|farthest|furthest) (to|from) ", r" who is the person \1 \2 "),
    (
        r"\bthe (closest|nearest|farthest|furthest) ((?:\w+ ){0,2}?\w+) (to|from) "
        r"(?!the camera\b|the viewer\b|us\b|me\b|you\b)",
        r"the \2 \1 \3 ",
    ),
    (
        r"\b(the|a|an) (closest|nearest) ((?:\w+ ){0,3}?\w+) (?:to|from) (?:the camera|the viewer|us|me|you)\b",
        r"the frontmost \3",
    ),
    (
        r"\bthe ((?:(?!(?:of|that|which|is|the)\b)\w+ ){0,3}?(?!(?:of|that|which|is|the)\b)\w+) (?:(?:that|which) is "
        r"(?:the )?)?(?:closest|nearest) (?:to )?(?:the camera|the viewer|us|me|you)\b",
        r"the frontmost \1",
    ),
    (
        r"\bthe ((?:(?!of\b)\w+ ){0,3}?(?!of\b)\w+) (?:farthest|furthest) (?:away )?from "
        r"(?:the camera|the viewer|us|me|you)\b",
        r"the backmost \1",
    ),
    (
        r"\bthe (farthest|furthest) ((?:\w+ ){0,3}?\w+) (?:from|to) (?:the camera|the viewer|us|me|you)\b",
        r"the backmost \2",
    ),
    (r"\bthe (?:closest|nearest) (?!to\b|from\b)((?:\w+ ){0,3}?\w+)\b(?! (?:to|from)\b)", r"the frontmost \1"),
    (r"\bthe (?:farthest|furthest) (?!to\b|from\b|away\b)((?:\w+ ){0,3}?\w+)\b(?! (?:to|from)\b)", r"the backmost \1"),
    (r"\b(?:the )?most (left|right)\b", r"the \1most"),
    # "the last cup on the right" is the one furthest to the right (the first from the right); "last from" is not
    (r"\b(?:the )?last ((?:\w+ ){0,2}?\w+) on the (left|right)\b", r"the first \1 from the \2"),
    (
        r"\b(?<!the )(first|second|third|fourth|last) ((?:\w+ ){0,2}?\w+) (?:on|from) the (left|right)\b",
        r"the \1 \2 from the \3",
    ),
    (r"\bthe (first|second|third|fourth|last) ((?:\w+ ){0,2}?\w+) on the (left|right)\b", r"the \1 \2 from the \3"),
    (SECTION, (" color ", " size ", " shape ", " material ")),
    (r"^\s*(what|which) (?:is|are) (?:the )?(color|size|shape|material) (?:of|from|for) ", r" what is the \2 of "),
    (r"(?<= )(?:with|of|in) (?:a |the )?(\w+) (color|size|shape|material)\b", _with_value),
    (r"^\s*(what|which) (color|size|shape|material) (?:is|are) (?:having|of) (?=the |this |that )", r" \1 \2 is "),
    (
        r"\bthe (color|size|shape|material) (?:that |which )?((?:the|this|that) .+?) (?:has|have)\s*$",
        r" what \1 does \2 have ",
    ),
    (SECTION, (" made",)),
    (
        r"^\s*what(?: material)? ((?:the|this|that) .+?) (?:is|are) made(?: (?:out )?(?:of|from))?\s*$",
        r" what is \1 made of ",
    ),
    (SECTION, lambda text: _SIDE_PHRASE.search(text) is not None),
    (r"\b(from|on|at|to) (left|right)\b(?! of\b| side\b| hand\b)", r"\1 the \2"),
    (r"\bat (?:the )?(left|right)(?: hand)?(?: side)? of\b", r"to the \1 of"),
    (r"\b(on|to|at) (left|right)(?: hand)?( side)? of\b", r"\1 the \2\3 of"),
    (r"\b(left|right) from (?=the |this |that |a |an |any )", r"\1 of "),
    (SECTION, ("there is which", "there are which", "there is that", "there are that", "more or less")),
    (r"^\s*how many (.+?) there (?:are|is) (that|which) ", r" how many \1 \2 "),
    (r"\s,?\s*more or less\s*$", " "),
    (SECTION, lambda text: text.startswith((" it exist", " is here ", " are here "))),
    (r"^\s*it (?=exists?\b)", " "),
    (r"^\s*(is|are) here\b", r" \1 there"),
    (SECTION, (" picture ", " image ", " scene ", " photo ")),
    (
        rf"^\s*(?:have|has|does|do) {THE_PICTURE} (?:have |has |contain |contains |include |includes |show |shows )?"
        r"(?=a |an |any |some )",
        " is there ",
    ),
    (rf"^\s*{THE_PICTURE} (?:has|have|contains?|includes?|shows?) (?=a |an |any |some )", " is there "),
    (SECTION, lambda text: text.startswith((" is ", " are ")) and " the " in text),
    (r"^\s*(is|are) (\w+) ((?:the|this|that) (?:\w+ ){0,3}?\w+)\s*$", _adjective_first),
    (SECTION, (" , ", " : ", " ; ", " - ")),
    (r"^(\s*(?:what|which) (?:color|size|shape|material) (?:is|are) .+?) [:;-] (\w+ or \w+)\s*$", r"\1 , \2 "),
    (rf"^\s*((?:\w+ ){{0,7}}?\w+)\s*[,:;-]+\s*((?:{TOPIC_QUESTION}|it|its|she|he|they)\b.*)$", _topic),
    # "which dog is on the left, what colour is it": the 'which' clause describes the one the question asks about
    (
        r"^\s*which ((?:\w+ ){0,3}?\w+) (is|are) ((?:\w+ ){0,6}?\w+)\s*[,:;-]+\s*"
        r"((?:what|which|how|is|are|does|do)\b.*?)\b(?:it|they|them)\b(.*)$",
        r" \4the \1 that \2 \3\5 ",
    ),
    # a topic spoken before its question with no pause: "the ball what colour", "the frisbee what color is it"
    (SECTION, (" what ", " which ")),
    (rf"\b(it|that|this|they) (is|are) (what|which) ({ATTRIBUTE})\b", r"\3 \4 \2 \1"),
    (
        r"^\s*(?:and |so |ok |okay |now )?((?:the|this|that|a|an) (?:\w+ ){0,19}?\w+) ((?:what|which)\b.*)$",
        _spoken_topic,
    ),
    (SECTION, None),  # what a topic moved into its question leaves: "what colors are the all the cubes"
    (r"\bthe all (?:of )?the\b", "all the"),
    (r"^\s*how many (?:is|are) (?:all )?(?:of )?the (.+?)\s*$", r" how many \1 are there "),
    (SECTION, (" , ", " : ", " ; ", " - ")),  # the section of the topic rules above goes on
    (r"^\s*(?P<a>(?:a |an )?\w+) or (?P<b>(?:a |an )?\w+)\s*[:,-]+\s*(?P<np>(?:\w+ ){0,6}?\w+)\s*$", _terse_choice),
    (
        rf"^\s*(?:which|what) is the ({ATTRIBUTE}) of (.+?)\s*[:,-]+\s*(\w+ or \w+)\s*$",
        r" what \1 is \2 , \3 ",
    ),
    (r"^\s*((?:\w+ ){0,5}?\w+)\s*[:,-]+\s*(?:are there any|is there any|any)(?: of them)?\s*$", _any_of),
    (  # "a purple cube: is there one?", "a big ball - do you see one here"
        r"^\s*(an? (?:\w+ ){0,4}?\w+)\s*[:,-]+\s*(?:is there|do you see|can you see|have we got|do we have) "
        r"(?:one|such a thing|such an? (?:object|thing))(?: here| there| anywhere| in (?:the|this) \w+)?\s*$",
        r" is there \1 ",
    ),
    (SHORT, 9),
    (r"^\s*how many ((?:\w+ ){0,3}?\w+?)( not)? (\w+)\s*$", _count_adjective),
    (r"^\s*(.+?) and (.+?)\s*[,:-]*\s*(?:the )?same (color|size|shape|material)\s*$", _terse_same),
    (rf"^\s*((?:\w+ ){{0,7}}?\w+)\s*[:,-]*\s*({ATTRIBUTE})\s*$", _terse_attribute),
    (r"^\s*(?P<np>(?:\w+ ){0,6}?\w+)\s*[:,-]+\s*(?P<a>(?:a |an )?\w+) or (?P<b>(?:a |an )?\w+)\s*$", _terse_choice),
    (r"^\s*((?:\w+ ){0,5}?\w+)\s*[:,-]?\s*(\w+)\s*$", _terse_verify),
    (SECTION, None),
    # --- comparative relations (CLEVR's camera words)
    (SECTION, ("hand", "closer", "nearer", "further", "farther", "front of", "more ", "higher", "lower")),
    (r"\bmore (?:(?:to|towards|at|in) the )?(?:back|rear)\b(?! of\b)", "further back"),
    (r"\bmore (?:in front|(?:to|towards|at) the front|forward)\b(?! of\b| than\b)", "frontmost"),
    (r"^\s*what(?: one)? is (?=(?:front|back|left|right|top|bottom)most ,)", " which is "),
    (r"\b(?:closer|nearer) (?:to the camera |to the viewer |to us )?than\b", "in front of"),
    (
        r"\b(?:further|farther) (?:back|away|from the camera|from the viewer|from us)(?: from the camera)? than\b",
        "behind",
    ),
    # a comparative of place said any way: "more to the back than", "further forward than", "closer to the front
    # than", "higher up than": the relation it compares by
    (
        r"\b(?:more|further|farther) (?:(?:to|towards|at|in) the )?(?:back|rear)(?: of the (?:picture|scene))? than\b|"
        r"\b(?:closer|nearer) to the (?:back|rear) than\b",
        "behind",
    ),
    (
        r"\b(?:more|further|farther) (?:forward|in front|(?:(?:to|towards|at|in) the )?front)"
        r"(?: of the (?:picture|scene))? than\b|\b(?:closer|nearer) to the front than\b",
        "in front of",
    ),
    # not after the other one offered: "is it higher or lower than the cube" answers "higher" or "lower"
    (r"(?<!\blower or )\b(?:higher|more (?:up|to the top)|further up|closer to the top)(?: up)? than\b", "above"),
    (
        r"(?<!\bhigher or )\b(?:lower|more (?:down|to the bottom)|further down|closer to the bottom)(?: down)? than\b",
        "below",
    ),
    (r"\bfurther back from\b", "behind"),
    (r"\bin the front of\b", "in front of"),
    # --- "have X on" / "have got X on": wearing X
    (SECTION, (" on ",)),
    (rf"^\s*(does|do|did) (.+?) (?:have|has)(?: got)? ({_WORN}) on\s*$", _have_on),
    (rf"^\s*(has|have) (.+?) got ({_WORN}) on\s*$", _have_on),
    (
        rf"(?<=\w )\b(has|have)(?: got)? ({_WORN}) on\b(?! (?:the|a|an|his|her|its|their|top|this|that)\b)",
        _have_on_inside,
    ),
    # --- everyday words for the picture: posture before a side, the time on a clock, weather verbs, far left
    (
        SECTION,
        (
            "standing",
            "sitting",
            "lying",
            "parked",
            "has on",
            "have on",
            "time",
            "raining",
            "snowing",
            "far ",
            "taken",
            "shot",
        ),
    ),
    (
        r"\b(?:standing|sitting|lying|parked) (?=(?:to the left of|to the right of|left of|right of|in front of|"
        r"behind|on the left side of|on the right side of)\b)",
        "",
    ),
    (r"\b(the \w+(?: \w+)*?) has on\b", r"\1 is wearing"),
    (r"\b(the \w+(?: \w+)*?) have on\b", r"\1 are wearing"),
    (
        r"^\s*what time (?:is it |is |does )?(?:it say |it show )?(?:on|shown on|showing on|does) (the \w+)"
        r"(?: show| say| read| display)?\s*$",
        r" what does \1 say ",
    ),
    (r"^\s*is it (?:raining|rainy out)\s*$", " is it rainy "),
    (r"^\s*is it snowing\s*$", " is it snowy "),
    (r"\bthe (\w+(?: \w+)?) (?:on|at|to) the far (left|right)\b", r"the \2most \1"),
    (
        r"^\s*(?:is|was) (?:this|the) (?:picture|photo|image|photograph|scene|shot) (?:taken |shot )?"
        r"(outside|outdoors|inside|indoors)\s*$",
        lambda m: " is it outdoors " if m.group(1).startswith("out") else " is it indoors ",
    ),
    # --- formal requests and an operator's commands ("Could you kindly determine ...", "Confirm: X present?")
    (SECTION, None),
    (r"^\s*(?:in|within|for) (?:this|the) (?:scene|image|picture|photo|workspace)\s*,\s*", " "),
    (r"\s,?\s*if possible\s*,\s*", " "),
    (r"\s(?:[?.!]\s*)?(?:please )?(?:confirm|answer|reply|respond)(?: with)? (?:yes or no|yes / no)\s*[.?!]*\s*$", " "),
    (r"\s(?:[?.!]\s*)?(?:please )?confirm\s*[.?!]*\s*$", " "),
    (r"^\s*confirm\s*:?\s*(?:that )?(?:there (?:are|is) )?(?:zero|no) (.+?)\s*$", r" are there no \1 "),
    (
        rf"^\s*is the (?:area|space|region|side|spot|zone) ({RELATION}) (.+?) (?:clear|empty|free)"
        rf"(?: of (?:objects|things|obstacles))?\s*$",
        r" are there no objects \1 \2 ",
    ),
    (r"\swhatsoever\s*(?=[.?!]*\s*$)", " "),
    (  # a polite head before the request: "would you be so kind as to tell me", "any chance you could check"
        r"^\s*(?:(?:would|could|can|will) you (?:be so kind as to|be (?:kind|good|nice) enough to|possibly|perhaps)|"
        r"(?:would|will|is) it (?:be )?possible (?:for you )?to|(?:any|is there any) chance (?:that )?you (?:could|can|"
        r"would|might)|(?:i'd|i would|i) (?:like|want|need) you to)\s+",
        " could you ",
    ),
    (r"^\s*(?:do|would) you (?:reckon|suppose|say)(?: that)?\s+", " "),
    (
        r"^\s*(?:(?:can|could|would|will) you\s+)(?:(?:please|kindly)\s+)*(?:be able to\s+)?"
        r"(?=(?:determine|indicate|specify|identify|verify|confirm|check|state|report|tell|count|find out|"
        r"figure out|work out|describe|give|provide|name|establish|ascertain)\b)",
        " ",
    ),
    (r"^\s*(?:please|kindly)\s+(?:(?:please|kindly)\s+)?", " "),
    (r"^\s*it would be (?:helpful|useful|good|nice|great|interesting) to (?:know|learn|find out)\s+", " "),
    (r"^\s*can it be (?:confirmed|verified|established|said)(?= that| whether| if)", " confirm"),
    (
        r"^\s*(?:scan|inspect|survey|examine) (?:the )?(?:area|workspace|scene|image|picture|table)"
        r"\s*(?:,? and|[.,:;])\s*",
        " ",
    ),
    (r"^\s*(?:check|look|scan) for (?!me\b|us\b)(?:any )?", " are there any "),
    (
        r"^\s*(?:confirm|verify|check)\s*:?\s*(?:that )?(?:a |an |the )?"
        r"(?!(?:whether|if|exactly|at least|at most|more than|fewer than|less than)\b)((?:\w+ ){0,3}?\w+) (?:is |are )?"
        r"(?:present|in view|visible)\s*$",
        r" is there a \1 ",
    ),
    (r"^\s*(?:determine|indicate|specify|identify|establish|ascertain)\s+(?=(?:how|what|which|whether|if|the)\b)", " "),
    (
        r"^\s*(?:(?:report|state|give|identify|name|tell me)\s*:?\s*)(?:the )?(color|size|shape|material) of\b",
        r" what is the \1 of",
    ),
    (SECTION, ("made of", "same", "not")),
    (r"^\s*made (?:out )?of (\w+)\s*[,:-]+\s*(is|are) (the .+?)\s*$", r" \2 \3 made of \1 "),
    (
        r"^\s*(?:the )?same (color|size|shape|material) as (the .+?)\s*[,:-]+\s*(?:is|are) (the .+?)\s*$",
        r" does \3 have the same \1 as \2 ",
    ),
    (
        r"^\s*how many ((?:(?!are\b|is\b|there\b)\w+ )*?\w+) (?:that|which) (?:are|is) not (\w+)"
        r"(?: are there| there are)?\s*$",
        r" how many \1 are not \2 ",
    ),
    (SECTION, ("exceed",)),
    (
        r"^\s*(?:whether |if )?(?:does )?the (?:number|count|amount|quantity) of (.+?) exceeds? "
        r"(?:the (?:number|count|amount|quantity) of |that of )?(.+?)\s*$",
        r" are there more \1 than \2 ",
    ),
    (SECTION, ("identical", "sharing")),
    (r"\b(?:an |the )?identical (color|size|shape|material)\b", r"the same \1"),
    (r"\bsharing (?:a|the same|an identical|their) (color|size|shape|material) with\b", r"that share a \1 with"),
    (SECTION, ("composed", "constructed", "built", "fashioned", "manufactured", "inscribed", "printed")),
    (r"\b(?:composed|constructed|built|fashioned|manufactured) (?:out )?(?:of|from)\b", "made of"),
    (r"\bdoes (the .+?) (?:appear|seem) to be made of\b", r"is \1 made of"),
    (r"\b(?:inscribed|printed)\b", "written"),
    (SECTION, ("located", "situated", "positioned", "placed", "present")),
    (
        r"\b(?:(?:that|which) (?:is|are) )?(?:located|situated|positioned|placed|present)(?: directly| immediately)? "
        rf"(?={RELATION}|(?:on|under|above|below|near|next to|furthest|farthest|closest|nearest)\b)",
        "",
    ),
    # --- question tags and truth wrappers
    (SECTION, None),
    (  # "is it to the right of the cylinder or the left?": the choice between the two sides
        r"^(\s*(?:is|are) .+?) (to the (?:left|right)|in front|behind|above|below) (?:of )?((?:the|this|that) .+?)"
        r" or (?:to )?(?:the )?(left|right|in front|behind|above|below)(?: of)?(?: (?:it|them))?[\s?.!]*$",
        _two_sides,
    ),
    (
        rf"^\s*are ((?:at least|at most|more than|fewer than|less than|exactly|only) {NUMBER_WORD}) of "
        r"(?:the|these|those|all the) (.+?)\s*$",
        _some_of_them,
    ),
    (r"\ball (?:the |of the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?=[a-z])", "all the "),
    (
        r"\s,\s*(?:right|correct|true|yes or no|or not|isn't it|is it not|aren't there|are there not|yes|no|"
        r"yeah|ok|okay|do you think|can you help|any idea|do you know|please help|would you say|"
        r"(?:do|would) you (?:guess|reckon|imagine|suppose)|i wonder|i guess)\s*$",
        " ",
    ),
    (r"\s,\s*(?:is not it|are not they|is not that so|are not there|does not it|do not they|is it not)\s*$", " "),
    (  # how a list should come: "..., one after another", "..., all of them", "in a list"
        r"^(\s*(?:what|which|list|name|tell)\b.+?)\s*,?\s*(?:one after (?:another|the other)|one by one|all of them|"
        r"each of them|(?:in|as) a list|(?:just )?list them)\s*$",
        r"\1 ",
    ),
    (r"^(\s*(?:is|are|does|do|can|was|were)\b.+?)\s+or not\s*$", r"\1 "),
    (r"^(\s*there (?:is|are) .+?)\s*,?\s*(?:is|are) there\s*$", r"\1 "),
    (  # "Isn't the cube red?" asks whether it is (a negative question, not a negation, about a definite subject)
        rf"^\s*(is|are|was|were|does|do|did|has|have) not (?!{THE_PICTURE}\b)"
        r"(?=(?:the|this|that|these|those|it|they|both)\b)",
        r" \1 ",
    ),
    (r"^\s*((?:the|this|that) [^,?]+?) (is|are) (?:it|they) (\w+)\s*$", r" \2 \1 \3 "),
    (  # "is the triangle a big one": whether it is big
        r"^(\s*(?:is|are) (?:the|this|that|these|those) (?:(?!\bthan\b).)+?) an? ((?:\w+ ){0,2}\w+) ones?\s*$",
        lambda m: f"{m[1]} {m[2]} " if all(_is_adjective(w) for w in m[2].split()) else m[0],
    ),
    (
        r"^\s*(?:am i (?:right|correct)(?: in (?:thinking|believing|saying|assuming|supposing)| to (?:think|say|"
        r"believe|assume))?|is it true|is it the case|would you say|"
        r"is it (?:correct|accurate|right|so)|(?:would|do|will) you (?:agree|concur)(?: with me)?|"
        r"do you think|can you confirm|could you confirm|"
        r"(?:would|will) it be (?:accurate|correct|right|fair|true) to (?:say|state)|"
        r"is it (?:accurate|correct|right|fair) to (?:say|state)|might one say|"
        r"can you check|could you check|check|verify|confirm|could you say)"
        r"(?: for me| for us)?(?: that| whether| if)?\s+",
        " ",
    ),
    # --- lists: "list the colors", "name all the shapes", "describe the picture" (what objects it holds)
    (SECTION, ("list", "name", "enumerate", "tell", "give", "describe", "summari")),
    (
        r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:list|name|enumerate|tell me|give me|identify)\s+"
        r"(?:all\s+)?(?:of\s+)?(?:the\s+)?((?:different|distinct|various)\s+)?(colors|shapes|sizes|materials)\b(.*)$",
        _listed_values,
    ),
    (
        r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:list|enumerate|name)\s+(?:all\s+)?(?:of\s+)?"
        r"(?!(?:the\s+)?(?:colou?r|size|shape|material|number|count|total|"
        r"amount)s?\b)(?:the\s+)?([a-z].*?)\s*[.?!]?\s*$",
        r" what are the \1 ",
    ),
    (
        rf"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:describe|summari[sz]e)\s+"
        rf"(?:{THE_PICTURE}|it|everything|the scene|this|what you see|what is (?:there|shown))\s*[.?!]?\s*$",
        " what objects are there ",
    ),
    # --- request wrappers: "can you tell me", "I'd like to know", "please" ...
    (SECTION, None),
    (  # a teacher's "who can tell me ...", "can anyone tell me ...": the same request
        r"^\s*(?:who|can anyone|could anyone|can anybody|could anybody|can someone|could someone|can somebody|"
        r"anyone|somebody|someone)\s+(?:here\s+)?(?:can |could |will |would |wants to |want to )?(?:tell|show) "
        r"(?:me|us)\b\s*,?\s*",
        " ",
    ),
    (
        r"^\s*(?:(?:if|whether) )?(?:please\s+)?(?:(?:can|could|would|will|might) you(?: possibly| perhaps)?\s+)?"
        r"(?:please\s+)?(?:tell|show|let) (?:me|us)(?: know)?(?: please)?\s*,?\s*",
        " ",
    ),
    (
        r"^\s*(?:i would like|i'd like|i would love|i'd love|i want|i need|i wish|i'm trying|i am trying|we want|"
        r"we need|i wonder|"
        r"i am wondering|i'm wondering|i was wondering|i am curious|i'm curious|do you know|does anyone know|"
        r"(?:do you |would you |)happen to know|(?:do you )?(?:have )?any idea|have you (?:got )?any idea)"
        r"(?: to know| to find out| to learn)?(?: about)?\s*,?\s*",
        " ",
    ),
    (  # "I was wondering if you could tell me ...": the request left inside the wonder
        r"^\s*(?:if|whether) (?:you )?(?:could|can|would|will|might) (?:possibly |perhaps )?(?:please )?"
        r"(?:tell|show|let) (?:me|us)(?: know)?\s*,?\s*",
        " ",
    ),
    (
        r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:find out|figure out|work out|determine|say|"
        r"state|report|describe|give me|give us|give|provide|name|identify|indicate|specify|tell)\s+"
        r"(?=(?:how|what|which|who|whether|if|the|is|are|where)\b)",
        " ",
    ),
    (
        r"^\s*(?:would|do|will) you mind (?:telling|showing|letting) (?:me|us)(?: know)?\s*,?\s*",
        " ",
    ),
    (r"(?:\s(?:please|for me|for us|thanks|thank you))+\s*$", " "),
    (r"^\s*(?:please|kindly)\s+", " "),
    (r"\ball of the\b", "all the"),
    (r",\s*please\b", " "),
    (r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?count\s+(?=how many\b)", " "),
    # --- embedded questions back into question order
    (SECTION, None),
    (r"^\s*(?:the )?(colors|shapes|materials|sizes) of (?=the |all |every )?", r" what \1 are there of "),
    (r"^\s*(?:whether|if)\s+there (is|are)\b", r" \1 there"),
    (rf"^\s*(?:whether |if )?{THE_PICTURE} {CONTAIN}\s+", " does the scene contain "),
    (
        r"^\s*(?:whether |if )?(?:are )?((?:exactly|at least|at most|more than|fewer than|less than) \w+ .+?) (?:are )?"
        r"(?:present|visible|in view|there|to be seen|pictured|depicted)\s*$",
        r" are there \1 ",
    ),
    (r"^\s*(?:whether|if)\s+(the [^?]+? and the [^?]+?) have the same\b", r" do \1 have the same"),
    # "whether the cube is red": the question itself; "if I ..., how many ...": a condition, kept
    # "(could you tell me) whether any of the cylinders are made of rubber": the question it embeds, its verb first
    (
        r"^\s*(?:whether|if) (?!you\b|i\b|we\b|they\b)((?:(?!\b(?:that|which|who|is|are)\b)[a-z' ])+?) (is|are) "
        r"((?:made of |wearing |holding )?(?:(?!\b(?:is|are|that|which|who)\b)[a-z ])+?)(?=\s*[?.!]*\s*$)",
        r" \2 \1 \3 ",
    ),
    (r"^\s*(?:whether|if)\s+(?!.*,\s*how many\b)", " "),
    (r"^\s*there (is|are)\b(?!.*;)", r" \1 there"),
    (r"^\s*how many (.+?) there (?:are|is)\s*$", r" how many \1 are there "),
    (r"^\s*(what|which) (color|size|shape|material) (the .+?) (is|are)\s*$", r" \1 \2 \4 \3 "),
    (r"^\s*(what|which) (color|size|shape|material) (the .+?) (?:has|have)\s*$", r" \1 \2 does \3 have "),
    (r"^\s*what (the .+?) (?:is|are) made (?:out )?of\s*$", r" what is \1 made of "),
    # --- numbers: "the number of", "count the", "X: how many"
    (SECTION, None),
    (
        r"^\s*(?:what is |what's )?(?:the )?(?:total |overall |exact )?(?:number|count|amount|quantity|tally) of\s+",
        " how many ",
    ),
    (
        r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?count (?:up |all )?(?:of )?"
        r"(?:all |every |each )?(?:the )?",
        " how many ",
    ),
    (r"^\s*how many (?:of )?(?:the )?(?:total )?(?:number of )?", " how many "),
    (r"^\s*(?:what|which) (?:is the )?number of\s+", " how many "),
    (
        r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:give|get|tell|show) (?:me|us) (?:a|the) "
        r"(?:total |overall |exact )?(?:number|count|tally) of\s+(?:the )?",
        " how many ",
    ),
    (r"^\s*how many (.+?) is what\s*$", r" how many \1 "),
    (rf"^(\s*how many .+?) (?:present|depicted|pictured|in view|whatsoever)(?: (?:in|on) {THE_PICTURE})?\s*$", r"\1 "),
    (
        r"^\s*(?:out of|of|among|amongst|(?:if )?(?:i|we|you) look at|looking at|considering|considering only) "
        r"(?:all )?(?:of )?(?:the |these |those )?(.+?)\s*,\s*how many (?:of them )?are\s+",
        r" how many \1 are ",
    ),
    (
        r"^\s*(?:the|that|this) (.+?) (?:has|have) how many (.+?) (to the left of|to the right of|left of|right of|"
        r"in front of|behind) (?:it|them)\s*$",
        r" how many \2 are \3 the \1 ",
    ),
    (r"^\s*(.+?)\s*[:,-]+\s*how many(?: are there| of them| are there of them)?\s*$", r" how many \1 "),
    (r"^(?!\s*how\b)\s*((?:\w+ ){0,5}?\w+) how many(?: are there| of them| are there of them)?\s*$", r" how many \1 "),
    (
        r"^(?!\s*how\b)(?!.* (?:equal|same) in (?:count|number)\s*$)\s*(.+?) (?:count|number|total|amount)\s*$",
        r" how many \1 ",
    ),
    (r"^\s*by how many do (.+?) outnumber (.+?)\s*$", r" how many more \1 than \2 are there "),
    (SECTION, lambda text: text.startswith(" how many ") and text.count(" ") <= 9),
    (r"^\s*how many ((?:\w+ ){0,3}?\w+?)( not)? (\w+)\s*$", _count_adjective),
    # --- existence: "can you find", "does the scene include", "is X present"
    (SECTION, None),
    (rf"(?<! is)(?<! are)\s(?:in|within|inside|from) {THE_PICTURE}(?: here)?\s*$", " "),
    (r"\bweather (?:today|on this day|on that day|right now|now|outside|out there|there|here)\b", "weather"),
    (
        r"^\s*(?:is|was) it (?:a |an )?(cloudy|sunny|snowy|rainy|foggy|overcast|stormy|clear|windy|partly cloudy)"
        r"(?: day)?(?: outside| out there| out| today| there| here| in the \w+)?\s*$",
        r" is the weather \1 ",
    ),
    (r"\b(?:at least one|one or more|a single)\b", "a"),
    (r"^\s*(a|an) ((?:\w+ ){0,3}\w+)\s*$", _exists_plain),
    (
        rf"^\s*(?:(?:(?:can|could|do|did|will) )?{SUBJECT} (?:actually )?{SEE}|(?:can|could) {SUBJECT} (?:spot|see)|"
        rf"do (?:we|you|i) (?:have|get)|{SEE})\s+(?:any|some)\s+",
        " are there any ",
    ),
    (
        rf"^\s*(?:(?:can|could|do|did|will) {SUBJECT} (?:actually )?{SEE}|do (?:we|you|i) (?:have|get))\s+"
        rf"(?:the (?!same\b|number\b))?",
        " is there ",
    ),
    (rf"^\s*(?:does|do|did) {THE_PICTURE} (?:not|n't) {CONTAIN}\s+(?:any |a |an )?", " is there no "),
    (rf"^\s*(?:does|do|did) not {THE_PICTURE} {CONTAIN}\s+(?:any |a |an )?", " is there no "),
    (rf"^\s*(?:does|do|did) {THE_PICTURE} (?:lack|miss)\s+(?:any |a |an )?", " is there no "),
    (
        rf"^\s*is {THE_PICTURE} (?:free of|clear of|empty of|without|missing|lacking)\s+(?:any |a |an )?",
        " is there no ",
    ),
    (rf"^\s*(?:does|do|did) {THE_PICTURE} (?:actually )?{CONTAIN}\s+(?:both )?", r" is there "),
    (r"^\s*(?:is|are) there\s+(?:(?:actually|really|even) )?(?:at least one|a single|one or more)\s+", " is there a "),
    (r"^\s*(?:is|are) there not (?:a |an |any |one |a single )?", " is there no "),
    (r"^\s*(?:is|are) not there (more|fewer|less|as many|the same number)\b", r" are there \1"),
    (r"^\s*(?:is|are) not there (?:a |an |any )?", " is there no "),
    (r"^\s*(?:is|are) there (?:zero|none of the|not a single)\s+", " is there no "),
    (r"^\s*(?:does|do) there exist\s+", " is there "),
    (r"^\s*(?:does|do) (a|an|any|some) (.+?) (?:exist|appear|show up|turn up)\s*$", r" is there \1 \2 "),
    (r"^\s*(is|are) there (.+?) (?:present|visible|shown|to be seen|in view|pictured|depicted)\s*$", r" \1 there \2 "),
    (
        r"^\s*(?:is|are) (a|an|any|some|at least one|one or more|a single|no|"
        r"(?:at least|at most|exactly|more than|fewer than|less than) (?:\d+|two|three|four|five|six)) (.+?) "
        r"(?:present|visible|around|shown|there|here|seen|to be seen|in view|pictured|depicted|existing)\s*$",
        r" is there \1 \2 ",
    ),
    (r"^\s*(?:can|could) (a|an|any|some) (.+?) be (?:seen|found|spotted|noticed)\s*$", r" is there \1 \2 "),
    (
        r"^\s*(?:there (?:is|are) )?(no|a|an|any|some) (.+?) (?:is|are) "
        r"(?:visible|present|there|shown|in view|to be seen)\s*$",
        r" is there \1 \2 ",
    ),
    (r"^\s*are (.+?) and (.+?) both (?:present|visible|there|in the \w+)\s*$", r" are there both \1 and \2 "),
    (r"^\s*any\s+", " are there any "),
    (r"^\s*no ((?:\w+ ){0,2}?\w+) (?:is|are) (\w+)\s*$", r" is no \1 \2 "),
    (r"^\s*(?:is|are) (a|an|any|some) ((?:\w+ ){0,3}\w+)\s*$", _exists_plain),
    (r"^\s*(?:have you |you |we |i )?(?:got|get|have) (?:any|some)\s+", " are there any "),
    (r"\bis there (a|an|any|some) (thing|one|object|item)\b", r"is there \1 \2"),
    (  # "is anything in the top row yellow", "is something behind the cube red": a thing that is so, there
        rf"^\s*is (anything|something) ((?:at|in|on) the (?:top|bottom|left|right|middle|front|back)|"
        rf"(?:{_PLACE_PHRASE}|on|under|above|below|inside) (?:the|it) [a-z ]+?) (?:made of )?({_CHECK_ADJECTIVES})\s*$",
        r" is there \1 \3 \2 ",
    ),
    (r"^\s*is (anything|something) ", r" is there \1 "),
    # --- count comparisons
    (
        SECTION,
        (
            "more",
            "fewer",
            "less",
            "outnumber",
            "number",
            "count",
            "equal",
            "same",
            "common",
            "numerous",
            "frequent",
            "plentiful",
            "rarer",
            "exceed",
            "amount",
            "quantity",
            "total",
        ),
    ),
    (r"^\s*(?:do|does|did) (.+?) outnumber (.+?)\s*$", r" are there more \1 than \2 "),
    (r"^\s*(?:is|are) (.+?) outnumbered by (.+?)\s*$", r" are there fewer \1 than \2 "),
    (
        r"^\s*(?:is|are) (.+?) (?:more common|more numerous|more frequent|more plentiful) than (.+?)\s*$",
        r" are there more \1 than \2 ",
    ),
    (
        r"^\s*(?:is|are) (.+?) (?:less common|less numerous|less frequent|rarer|fewer in number) than (.+?)\s*$",
        r" are there fewer \1 than \2 ",
    ),
    (
        r"^\s*(?:is|does) the (?:number|count|amount|quantity|total) of (.+?) (?:higher|greater|larger|bigger|more) "
        r"than (?:the (?:number|count|amount|quantity|total) of |that of |those of )?(.+?)\s*$",
        r" are there more \1 than \2 ",
    ),
    (
        r"^\s*(?:is|does) the (?:number|count|amount|quantity|total) of (.+?) (?:lower|smaller|less|fewer) "
        r"than (?:the (?:number|count|amount|quantity|total) of |that of |those of )?(.+?)\s*$",
        r" are there fewer \1 than \2 ",
    ),
    (
        r"^\s*(?:is|does) the (?:number|count|amount|quantity|total) of (.+?) (?:equal to|equal|the same as|match) "
        r"(?:the (?:number|count|amount|quantity|total) of |that of |those of )?(.+?)\s*$",
        r" are there as many \1 as \2 ",
    ),
    (
        r"^\s*does the (?:number|count|amount|quantity) of (.+?) exceed (?:the (?:number|count|amount|quantity) of "
        r"|that of )?(.+?)\s*$",
        r" are there more \1 than \2 ",
    ),
    (
        r"^\s*(?:do|are)?\s*(.+?) and (.+?) (?:are |appear |occur |exist |come |show up )?(?:in equal numbers|"
        r"equal in number|"
        r"in the same numbers?|equally (?:many|numerous|common)|the same in (?:number|count)|"
        r"of (?:the same|equal) (?:number|count)|(?:come|add up|amount) to the same (?:number|count|total))\s*$",
        r" are there as many \1 as \2 ",
    ),
    (
        r"^\s*(?:(?:is|are) (?:there|it)|(?:do|did) (?:we|you|i) (?:have|see|get)|have (?:we|you) got) "
        r"(?:(?:an equal|the same|equal) (?:number|amount|count|quantity)s? of|equally many|"
        r"equal numbers of) (.+?) (?:and|as) (.+?)\s*$",
        r" are there as many \1 as \2 ",
    ),
    (r"^\s*are there (?:less|fewer) (.+?) than (.+?)\s*$", r" are there fewer \1 than \2 "),
    (r"^\s*is there (more|fewer|less) ", r" are there \1 "),
    (r"\bthan there (?:are|is)\b", "than"),
    # --- comparing attributes
    (SECTION, ("same", "share", "match", "equal", "differ", "vary", " than", "else", " of ", "have", "has")),
    (
        rf"^\s*(?:do|does) (.+?) and (.+?) (?:share|have in common) (?:a |an |the |one |their )?(?:same )?"
        rf"({ATTRIBUTE})s?",
        r" do \1 and \2 have the same \3",
    ),
    (rf"^\s*(?:do|does) (.+?) and (.+?) share (?:a |the same )?({ATTRIBUTE})", r" do \1 and \2 have the same \3"),
    (rf"^\s*does (.+?) share (?:its|the|a) ({ATTRIBUTE}) with (.+?)\s*$", r" does \1 have the same \2 as \3 "),
    (rf"^\s*does (.+?) (?:match|equal) (.+?) in ({ATTRIBUTE})\s*$", r" does \1 have the same \3 as \2 "),
    (
        rf"^\s*(?:do|does|are|is) (.+?) and (.+?) (?:match|agree|correspond) (?:in|on|by) ({ATTRIBUTE})\s*$",
        r" do \1 and \2 have the same \3 ",
    ),
    (
        rf"^\s*((?:the|that|this) .+?) and ((?:the|that|this) .+?)\s*[:,-]+\s*(?:do they have |are they )?"
        rf"(?:the )?same ({ATTRIBUTE})\s*$",
        r" do \1 and \2 have the same \3 ",
    ),
    (rf"^\s*(?:do|does) (.+?) and (.+?) (?:differ|vary) in ({ATTRIBUTE})\s*$", r" do \1 and \2 have a different \3 "),
    (rf"^\s*(?:do|does) (.+?) and (.+?) have different ({ATTRIBUTE})s?\s*$", r" do \1 and \2 have a different \3 "),
    (rf"^\s*(?:are|is) (.+?) and (.+?) different ({ATTRIBUTE})s?\s*$", r" do \1 and \2 have a different \3 "),
    (r"\bthe same as (?:that|those|the one|the ones) of\b", "the same as"),
    (rf"^\s*is (the .+?) 's ({ATTRIBUTE}) the same as (.+?)(?: 's)?\s*$", r" does \1 have the same \2 as \3 "),
    (rf"\bwith the same ({ATTRIBUTE}) as\b", r"that has the same \1 as"),
    (rf"\b(?:share|shares) the ({ATTRIBUTE}) of\b", r"have the same \1 as"),
    (rf"\b(?:share|shares) (?:its|a|their) ({ATTRIBUTE}) with\b", r"have the same \1 as"),
    (rf"\bare (?:of )?the same ({ATTRIBUTE}) as\b", r"have the same \1 as"),
    (r"\b(?:share|shares) the same\b", "have the same"),
    (rf"\b(?:share|shares|have|has|with) (the .+?) 's ({ATTRIBUTE})\b", r"have the same \2 as \1"),
    (  # "does any other cylinder have the same material as X": is there one, not whether all cylinders do
        rf"^\s*(?:does|do) (?:any|some) other ((?:\w+ ){{0,2}}?\w+) (?:have|has|share|shares) "
        rf"(?:the same|its) ({ATTRIBUTE}) (?:as|with) (.+?)\s*$",
        r" is there another \1 that has the same \2 as \3 ",
    ),
    (
        rf"^\s*(?:does|do) (anything|any thing|anyone|anybody|something) else (?:have|has|share) (?:the same|its) "
        rf"({ATTRIBUTE}) (?:as|with) (.+?)\s*$",
        r" is there \1 else that has the same \2 as \3 ",
    ),
    (
        rf"^\s*(?:is|are)(?: there)? (anything|something|any other \w+|another \w+)(?: else)? "
        rf"(?:that is |which is )?the same ({ATTRIBUTE}) as\b",
        r" is there \1 that has the same \2 as",
    ),
    (r"^\s*what else (is|has|have)\b", r" what \1"),
    (rf"^\s*(is|are) the ({ATTRIBUTE}) of (?!.*\bthe same\b)(.+) (\w+)\s*$", r" \1 \3 \4 "),
    (rf"\b(have|has) (?:a|an) (?=\w+ {ATTRIBUTE}\b)", r"\1 "),
    (r"\b(?:bigger|larger|greater) in size than\b", "bigger than"),
    (r"\bsmaller in size than\b", "smaller than"),
    # --- attribute questions
    (SECTION, None),
    (
        r"^\s*is (?:it|this|that) (?:a |an )?(\w+) or (?!a\b|an\b|the\b)(\w+) "
        r"(?!(?:picture|image|photo|photograph|scene|place|room|day|area)\b)(\w+)\s*$",
        r" is the \3 \1 or \2 ",
    ),
    (rf"^\s*(?:the )?({ATTRIBUTE}) of (.+?)\s*$", r" what is the \1 of \2 "),
    (rf"^\s*(.+?)\s*[:,-]+\s*(?:what|which) ({ATTRIBUTE})(?: is it)?\s*$", r" what \2 is \1 "),
    (
        r"^\s*((?:the|that|this) .+?)\s*[:,-]+\s*what is (?:it|that) made (?:out )?(?:of|from)\s*$",
        r" what is \1 made of ",
    ),
    (r"^\s*((?:the|that|this) .+?)\s*[:,-]+\s*how (big|large|small) is (?:it|that)\s*$", r" how \2 is \1 "),
    (
        rf"^\s*((?:the|that|this) .+?)\s*[:,-]+\s*what (?:is|would be) (?:its|the) ({ATTRIBUTE})\s*$",
        r" what \2 is \1 ",
    ),
    (
        rf"^(?!\s*(?:what|which|is|are|does|do|how)\b)\s*(?:the )?(.+?) 's ({ATTRIBUTE})\s*$",
        r" what is the \2 of the \1 ",
    ),
    (  # "the right-hand man's tie colour?": the colour of the tie of the man
        rf"^(?!\s*(?:what|which|is|are|does|do|how)\b)\s*(?:the )?(.+?) 's ([a-z]+) ({ATTRIBUTE})\s*$",
        r" what is the \3 of the \2 of the \1 ",
    ),
    (  # "car brand?", "the cube's weight?": a property no picture shows, asked of the object (never its name)
        rf"^(?!\s*(?:what|which|is|are|does|do|how|any|no)\b)\s*(?:the )?((?:[a-z]+ ){{0,3}}?[a-z]+)(?: 's)? "
        rf"({PROPERTY_NOUN})\s*$",
        r" what is the \2 of the \1 ",
    ),
    (r"^\s*(what|which) (color|size|shape|material) 's\b", r" \1 \2 is"),
    (rf"\bthe ((?:\w+ ){{0,3}}?\w+) 's ({ATTRIBUTE})\b", r"the \2 of the \1"),
    (rf"^\s*what is (.+?) like in terms of (?:its |their )?({ATTRIBUTE})\s*$", r" what \2 is \1 "),
    (rf"\b(?:in|of) ({ATTRIBUTE})\s*$", r" "),
    (r"\b(?:seem|seems|appear|appears|look|looks) to be made (?:out )?of\b", "made of"),
    (r"\bmade out of\b", "made of"),
    (r"\bmade from\b", "made of"),
    (rf"^\s*how would (?:you|one) describe (?:the )?({ATTRIBUTE}) of (.+?)\s*$", r" what is the \1 of \2 "),
    (r"^\s*what is (the .+?) made from\s*$", r" what is \1 made of "),
    # --- except / other than, fronted clauses
    (
        SECTION,
        (
            ",",
            ":",
            ";",
            " - ",
            "other",
            "apart",
            "aside",
            "besides",
            "except",
            "exclud",
            "not including",
            "not counting",
            " but ",
            "ignor",
            "leav",
        ),
    ),
    (rf"\s,?\s*{EXCEPT}\s+(?=the |this |that |a |an |any )", " other than "),
    (
        r"\s,?\s*(?:other than|apart from|aside from|besides|except for|except|excluding|exclude|not including|"
        r"not counting|without counting|without including|ignoring|ignore|leaving out|leave out|setting aside|"
        r"leaving aside|putting aside|set aside|leave aside)\s+",
        " other than ",
    ),
    (r"(?<=[a-z] )(other than (?:the |this |that |a |an )[a-z ]+?)\s*,\s*(?=(?:are|is|do|does|have|has)\b)", r"\1 "),
    (
        r"\bother than (?:anything|everything|any thing|something|all things|any object|any objects) (\w+)\b",
        lambda m: f"other than the {m[1]} things" if _is_adjective(m[1]) else m[0],
    ),
    (  # "not counting the cubes, how many things have the same colour as the big cylinder": the cubes are not
        # counted (the anchor itself never is: "..., not counting the cylinder" adds nothing)
        r"^\s*other than ((?:the |that |any )?(?:[a-z]+ ){0,3}?([a-z]+))(?: itself)?\s*,\s*how many ((?:[a-z]+ ){0,2}?"
        r"[a-z]+) (are|is|have|has) (the same (?:colou?r|shape|size|material) as (?:the |that )?(?:[a-z]+ ){0,3}?"
        r"([a-z]+))\s*$",
        lambda m: (
            f" how many {m[3]} {m[4]} {m[5]} "
            if m[2] in {m[6], "it", "itself", "one"}
            else f" how many {m[3]} other than {m[1]} {m[4]} {m[5]} "
        ),
    ),
    (
        r"^\s*other than (.+?)\s*,\s*how many ((?:[a-z]+ ){0,2}?[a-z]+) (are|is) (.+?)\s*$",
        r" how many \2 other than \1 \3 \4 ",
    ),
    (r"^\s*other than (.+?)\s*,\s*(how many|is there|are there|what number of) (.+?)\s*$", r" \2 \3 other than \1 "),
    (r"^\s*(how many|what number of) other than\b", r" \1 things other than"),  # "leaving out X, how many are there"
    (  # "cyan balls, not counting the big one. how many?": the things counted, then the question
        r"^\s*((?:[a-z]+ ){0,3}[a-z]+s) other than ((?:the |this |that |a |an )[a-z ]+?) (?:how many|what number)"
        r"(?: (?:are there|is that|then))?\s*$",
        r" how many \1 other than \2 are there ",
    ),
    (  # "apart from the purple cube, are all the remaining cubes small": all the cubes other than it
        r"^\s*other than (.+?)\s*,?\s*(is|are|do|does) (all|every|each|any|both|none of|all of|any of|most of) "
        r"(the |these |those )?(?:remaining |other |rest of the )?((?:[a-z]+ ){0,2}?(?:[a-z]+s|piece|object|thing|"
        r"one|shape|item)) (.+?)\s*$",
        r" \2 \3 \4\5 other than \1 \6 ",
    ),
    (rf"^\s*({RELATION}) (.+?)\s*[,:;-]+\s*(how many|is there|are there|what number of) (.+?)\s*$", r" \3 \4 \1 \2 "),
    (rf"^\s*({RELATION}) (.+?)\s*,\s*(what|which) (\w+) (is|are) (.+?)\s*$", r" \3 \4 \5 \6 \1 \2 "),
    (rf"^\s*({RELATION}) (.+?)\s*,\s*what (is|are) (.+?) made of\s*$", r" what \3 \4 \1 \2 made of "),
    (rf"^\s*({RELATION}) (.+?)\s*,\s*what (is|are) (.+?)\s*$", r" what \3 \4 \1 \2 "),
    (r"\b(how many .+?) are there other than (.+?)\s*$", r"\1 other than \2 are there"),
    # --- text: what is written, what does it say
    (
        SECTION,
        (
            "say",
            "read",
            "writ",
            "text",
            "word",
            "label",
            "show",
            "display",
            "print",
            "spell",
            "transcribe",
            "letter",
            "message",
        ),
    ),
    (
        r"^\s*(?:read|read out|transcribe)\s+(?:the )?(?:text |writing |words )?(?:on |of )?(the .+?)\s*$",
        r" what does \1 say ",
    ),
    (r"^\s*what does it say on (.+?)\s*$", r" what does \1 say "),
    (r"^\s*what (?:is|are) (?:written|printed|displayed|shown|displayed) (?:on|in) (.+?)\s*$", r" what does \1 say "),
    (
        r"^\s*(?:what|which) (?:text|word|words|writing|letters|lettering|message) (?:is|are) "
        r"(?:written |printed |shown )?(?:on|in) (.+?)\s*$",
        r" what does \1 say ",
    ),
    (
        r"^\s*what does (?:the |any )?(?:text|label|writing|lettering|word|words|sign|message) (?:on|of) "
        r"(?!the (?:left|right|top|bottom|middle)\b)(.+?) (say|read|show)\s*$",
        r" what does \1 say ",
    ),
    (r"^\s*what (?:time|number|numbers|date|price) does (.+?) (?:say|read|show|display)\s*$", r" what does \1 say "),
    (r"^\s*what does (.+?) (?:read|show|display)\s*$", r" what does \1 say "),
    # whether a thing carries any text at all, not what it says: "is there anything written on the bus", "does the
    # sign have writing on it" (never the text "there anything")
    (
        r"^\s*(?:is|are) (?:there )?(?:anything|something|any (?:text|writing|words?|letters|lettering)|text|writing|"
        r"words|letters|lettering) (?:written|printed|shown|painted) (?:on|in) (.+?)\s*$",
        r" is there text on \1 ",
    ),
    (
        r"^\s*(?:does|do) (.+?) (?:have|has|carry|bear) (?:any |some )?(?:text|writing|words|letters|lettering)"
        r"(?: (?:written |printed )?(?:on|in) (?:it|them))?\s*$",
        r" is there text on \1 ",
    ),
    (
        r"^\s*(?:is|are) (?:the (?:word|words|text) )?(.+?) (?:written|printed|shown) (?:on|in) (.+?)\s*$",
        r" does \2 say \1 ",
    ),
    (r"^\s*(?:is|are) the (?:word|words|text) (.+?) (?:on|in) (.+?)\s*$", r" does \2 say \1 "),
    (r"^\s*(?:does|do) (.+?) (?:read|show|display|spell|spell out)\s+", r" does \1 say "),
    (r"^\s*(?:does|do) (?:any|some) (?:text|writing|words?|sign) (?:say|read)\s+", r" is there text that says "),
    (
        r"^\s*is there (?:any |some )?(?:text|writing|words?|a sign) (?:that|which) (?:says|reads|is|shows)\s+",
        " is there text that says ",
    ),
    (r"^\s*is there (?:any |some )?(?:text|writing|words?) (?:saying|reading|showing)\s+", " is there text that says "),
    # the text of the whole picture (its setting words were dropped above: "what is written [in the image]")
    (
        r"^\s*(?:what (?:is|are) (?:written|printed)|what (?:is|are) (?:all )?the (?:text|writing|words|lettering)"
        r"|what (?:text|words|writing|lettering) (?:can|do|could) (?:you|i|we) (?:see|read|make out)"
        r"|what (?:text|words|writing|lettering) (?:is|are) (?:there|visible|written|shown)"
        r"|what does (?:it|(?:the|this) (?:image|picture|photo|photograph|text|writing|lettering)) (?:say|read)"
        r"|(?:read|transcribe) (?:out )?(?:it|all|everything|(?:all )?the (?:text|writing|words|lettering)))"
        r"(?: here| there| in it| on it)?\s*$",
        " what does the image say ",
    ),
    (
        r"^\s*what (?:is|are) (?:the )?(?:text|writing|words?|lettering|letters|message) (?:on|of|in) (.+?)\s*$",
        r" what does \1 say ",
    ),
    (
        r"^\s*what (?:do|does) the (?:letters|words|text|writing|lettering|numbers?|digits) (?:on|of|in) (.+?) "
        r"(?:spell|spell out|say|read|show)\s*$",
        r" what does \1 say ",
    ),
    (r"^\s*(?:does|do) (?:it|(?:the|this) (?:image|picture|photo|photograph)) say\s+", " is there text that says "),
    (
        r"^\s*(?:is|are) (?:the (?:word|words|text|phrase|name) )?['\"](.+?)['\"] (?:written|printed|shown|visible)"
        r"(?: anywhere| somewhere)?\s*$",
        r" is there text that says \1 ",
    ),
    (
        r"^\s*(?:is|are) the (?:word|words|text|phrase) (.+?) (?:written|printed|shown|visible)"
        r"(?: anywhere| somewhere)?\s*$",
        r" is there text that says \1 ",
    ),
    # --- context words that add nothing
    (SECTION, None),
    (
        rf"^(\s*how many .+?) (?:can|could|do) (?:you|i|we) (?:actually )?{SEE}"
        r" (?=(?:on|in|at|inside|under|near|next to|behind|beside|above|below|in front of)\b)",
        r"\1 are ",
    ),
    (
        r"^(\s*(?:how many|is there|are there) .+?) (?:in|at) (?:the|this) (?:park|kitchen|bedroom|bathroom|"
        r"living room|dining room|city|town|zoo|restaurant|office|classroom|airport|market|street|road|field|"
        r"garden|yard|beach|forest|farm)\s*$",
        r"\1 ",
    ),
    (r"^(\s*(?:how many|is there|are there) .+?) on (?:the|this) (?:street|beach|field|farm)\s*$", r"\1 "),
    (rf"\b(is|are) (?:in|on|within|inside) (?:{THE_PICTURE}|{BARE_PICTURE})\s*$", r"\1 shown"),
    # what there is, as a whole: "what is in the picture", "what can you see", "what's there" list the objects
    (
        r"^\s*what (?:(?:is|are) (?:shown|there|here|visible|depicted|pictured|present)|(?:do|can|could) (?:you|i|we) "
        r"(?:see|spot|make out)(?: here| there)?)\s*$",
        " what objects are there ",
    ),
    (rf"\b(?:looking at|in|within|from|inside|across|throughout) {THE_PICTURE}(?: here)?\b", " "),
    (r"\b(?:on|onto|across) (?:the|this|that) (?:page|sheet|canvas|slide|screen|drawing|diagram|worksheet)\b", " "),
    (rf"\b(?:in|on|within) {BARE_PICTURE}(?: here)?\s*$", " "),
    (
        rf"(?<!\bdo )(?<!\bdoes )(?<!\bcan )(?<!\bcould )(?<!\bdid )\b(?:that |which )?(?:{SUBJECT}) (?:can |could )?"
        rf"(?:actually )?{SEE}(?: here| there| in it)?\s*$",
        " ",
    ),
    (
        rf"\b(?:that |which )?(?:{SUBJECT}) (?:can |could )?(?:actually )?{SEE}(?: here| there)?(?= (?:{RELATION})\b)",
        " ",
    ),
    (
        r"^(\s*(?:how many|is there|are there) .+?) (?:that |which )?(?:are|is|can be|could be) (?:seen|visible|"
        r"shown|present|pictured|depicted|in view)\s*$",
        r"\1 ",
    ),
    (
        r"\b(?:here|anywhere|somewhere|at all|in total|altogether|in all|overall|total|roughly|approximately|"
        r"exactly|in view|currently)\s*$",
        " ",
    ),
    (r"\b(?:at all|anywhere|somewhere)\b", " "),
    (r"\bthat (?:is|are) (?:present|visible)\b", " "),
    (r"^\s*here\s*,?\s*", " "),
    (r"\b(?:in total|altogether|overall|all told|in all)(?= (?:are|is)\b)", " "),
    (r"^(\s*how many (?:\w+ ){0,3}?\w+) (?:here|over there|in this one)(?= (?:are|is)\b)", r"\1"),
    (r"\s,\s*$", " "),
    # --- counting verbs: "how many X does the picture contain", "how many X exist"
    (SECTION, ("how many",)),
    (
        rf"^\s*how many (.+?) (?:does|do|did) (?:{THE_PICTURE}|it|this|there) {CONTAIN}\s*$",
        r" how many \1 are there ",
    ),
    (
        rf"^\s*how many (.+?) (?:do|does|did|can|could) (?:{SUBJECT}) (?:actually )?{SEE}\s*$",
        r" how many \1 are there ",
    ),
    (
        r"^\s*how many (.+?) (?:exist|appear|are present|are visible|are shown|are pictured|are seen|can be seen|"
        r"could be seen|can be found|are found|show up|are in view|are depicted|are around)\s*$",
        r" how many \1 are there ",
    ),
    (
        r"^\s*how many (.+?) (?:exist|appear|can be seen|can be found|are (?:visible|seen|found|located|placed|"
        r"positioned|situated|sitting|standing|lying))(?= (?:" + RELATION + r"|other than)\b)",
        r" how many \1 are",
    ),
    (
        r"^\s*how many (.+?) (?:can be found|(?:sit|sits|stand|stands|lie|lies|rest|rests|are placed|are located))"
        r"(?= (?:" + RELATION + r")\b)",
        r" how many \1 are",
    ),
    (r"^\s*how many (.+?) are there there\b", r" how many \1 are there"),
    (r"\b(bigger|larger|smaller) than (the [a-z ]+?) (?:is|are)\s*$", r"\1 than \2"),
    (r"^\s*how many (.+?) (?:are|is)\s*$", r" how many \1 are there "),
    # --- relation verbs that add nothing before a spatial relation
    (SECTION, ("located", "positioned", "placed", "situated", "found", "seen", "put")),
    (rf"\b(?:is|are) (?:located|positioned|placed|situated|found|seen|put)(?= (?:{RELATION})\b)", "is"),
    (rf"\b(?:located|positioned|placed|situated|found)(?= (?:{RELATION})\b)", " "),
    # --- positions and superlatives
    (
        SECTION,
        (
            "left",
            "right",
            "top",
            "bottom",
            "middle",
            "center",
            "upper",
            "lower",
            "standing",
            "sitting",
            "lying",
            "est ",
            "most",
            "read",
        ),
    ),
    (
        r"\b(?:on |to )?(?:the )?(left|right) or (?:on |to )?(?:the )?(left|right) (?:side )?of\b",
        r"to the \1 or to the \2 of",
    ),
    (rf"\b(?:on|in) the (left|right)(?: hand)? side of {THE_PICTURE}", r"on the \1"),
    (
        r"\b(?:standing|sitting|located|positioned|placed|situated|lying)(?= (?:on|at|in) the (?:left|right|top|"
        r"bottom|middle|center)\b(?! of))",
        " ",
    ),
    (
        r"^\s*(?:what|which) (colou?r|size|material) is (?:the )?(biggest|largest|smallest|tiniest|leftmost|"
        r"rightmost|topmost|tallest|shortest|widest|narrowest|bottommost|frontmost|backmost|centremost)\s*$",
        r" what \1 is the \2 object ",
    ),
    (
        r"^\s*(?:what|which) (?!(?:colou?r|shape|size|material)\b(?=.*\bones?[\s?.!]*$))((?:\w+ ){0,3}?\w+) is "
        r"(?:the )?(biggest|largest|smallest|tiniest|leftmost|rightmost|topmost|tallest|shortest|widest|narrowest|"
        r"bottommost|frontmost|backmost|centremost)(?: one)?\s*$",
        r" what is the \2 \1 ",
    ),
    (r"^\s*(?:can|could) you read (.+?)\s*$", r" what does \1 say "),
    # --- generic words and people
    (SECTION, None),
    (r"\b(is|are) not made (?:out )?(?:of|from)\b", r"\1 not"),
    (SECTION, ("colored", "painted", "tinted")),
    (
        r"\b(?:colored|painted|tinted) (\w+)\b",
        lambda m: m.group(1) if (LEXICON.attribute_of(m.group(1)) or ("",))[0] == "color" else m.group(0),
    ),
    (SECTION, ("kind of", "type of", "sort of", "what")),
    (r"^\s*what (?:kind|type|sort) of (?:object|thing|item) is (.+?)\s*$", r" what is \1 "),
    (r"^\s*(the .+?) (?:is|are) what\s*$", r" what is \1 "),
    (SECTION, ("as big", "as large", "as small", "as tiny", "as little", "equal", "same size")),
    (r"\bas (?:big|large|small|tiny|little) as\b", "the same size as"),
    (  # "are there other objects the same size as X" (from "as large as X")
        rf"^\s*(is there|are there) (other|another|any other|some other) ((?:\w+ ){{0,2}}?\w+) the same ({ATTRIBUTE}) "
        r"as (.+?)\s*$",
        lambda m: (
            m[0]
            if re.search(r"\b(?:that|which|who|with|have|has|are|is|of|in)\b", m[3])
            else f" {m[1]} {m[2]} {m[3]} that {'has' if m[1] == 'is there' else 'have'} the same {m[4]} as {m[5]} "
        ),
    ),
    (
        r"^\s*(?:are|is) (.+?) and (.+?) (?:equally (?:big|large|small|sized)|(?:of )?equal size|(?:of )?the same size)"
        r"\s*$",
        r" do \1 and \2 have the same size ",
    ),
    (SECTION, ("are there that", "are there which", "neither")),
    (r"^(\s*how many .+?) are there (that|which) (are .+)$", r"\1 \2 \3"),
    (r"\bneither (\w+) nor (\w+)\b", _neither),
    (SECTION, ("ing ",)),
    (
        r"\b(the (?:\w+ ){0,3}?\w+) (the (?:\w+ ){0,2}?\w+) ((?:is |are )\w+ing)\b",
        _reduced_relative,
    ),
    (SECTION, ("have", "has")),
    (rf"\b(have|has) (?:the |a |an )?({ATTRIBUTE}) (\w+)\b", _attribute_had),
    (rf"\b(have|has) (?:the |a |an )?(\w+) ({ATTRIBUTE})\b", _attribute_had),
    (SECTION, ("present", "visible", "in view", "around")),
    (r"^\s*((?:a |an |any |some )?(?:\w+ ){0,3}\w+) (?:present|visible|in view|around)\s*$", _bare_present),
    (SECTION, (" or ", "the same", "made of", "no thing", "that is a", "which is a", "other than")),
    (
        rf"^(\s*how many (?:\w+ ){{0,2}}\w+) are (?:either )?({RELATION} .+?) or ({RELATION} .+?)\s*$",
        lambda m: f"{m.group(1)} {m.group(2)} or {m.group(1)[10:]} {m.group(3)} are there",
    ),
    (
        rf"^\s*(?:is|are) the ({ATTRIBUTE}) of (.+?) the same as (?:the (?:{ATTRIBUTE}) of |that of )?(.+?)\s*$",
        r" is \2 the same \1 as \3 ",
    ),
    (
        r"\b(anything|something|things|objects|items|ones) made (?:out )?of\b(?!\s*$)(?! (?:the )?same\b)",
        lambda m: m[0] if _MADE_OF_ASKED.match(m.string) else f"{m[1]} that are made of",
    ),
    (r"^\s*is there no thing ((?:\w+ ){0,2}?\w+)\s*$", _nothing_adjective),
    (
        r"\b(thing|object|item|one)\b((?:(?!\b(?:that|which)\b).)*?) (?:that|which) is (?:a|an) (\w+)\s*$",
        _generic_named,
    ),
    (r"^(\s*how many (?:\w+ ){0,7}?\w+) (are (?:\w+ ){0,5}?\w+) other than (.+?)\s*$", _other_than_last),
    (
        SECTION,
        ("objects", "things", "items", "shapes", "ones", "no ", "none", " and ", " or ", "that are", "which are"),
    ),
    (
        # (never a share's whole: "what fraction of the objects are people" asks about all the objects)
        rf"(?<!fraction of the )(?<!proportion of the )(?<!percentage of the )(?<!share of the )(?<!percent of the )"
        rf"\b({GENERIC_PLURALS}) (?:that |which )?are (not )?((?:\w+ ){{0,2}}?)(\w+)\b(?= (?:are there|is there)|\s*$)",
        _noun_predicate,
    ),
    (r"^\s*(?:is|are) no ((?:\w+ ){1,3}?)(\w+)\s*$", _no_subject),
    (r"^\s*(?:is|are) none of the ((?:\w+ ){0,2}?\w+) (\w+)\s*$", _no_subject),
    # (not before an exclusion: "red or brown things other than cubes" leaves the cubes out of both)
    (
        r"\b(both |either )?(\w+) (and|or) (\w+) (\w+)\b"
        r"(?! (?:other than|except|apart from|besides|but not|that are not|which are not|are not|aren't)\b)",
        _shared_noun,
    ),
    (r"^(\s*how many (?:\w+ ){0,3}?\w+) (?:that|which) are (.+)$", _count_relative),
    (SECTION, None),
    (r"\bhow many of the\b", "how many"),
    (r"\b(?:any|some) of the (\w+)", r"any \1"),
    (r"\b(things|objects|items|ones) (?:that|which) are either\b", r"\1 are either"),
    (r"\b(?:as well as|and also|along with)\b", "and"),
    (r"^(?!\s*how many\b)(.*?)\bplus\b", r"\1and"),  # "how many X plus Y" adds two counts (the grammar's sum)
    (r"\bare there zero\b", "are there no"),
    (r"\bthe (leftmost|rightmost|topmost|bottommost) one\b", r"the \1 thing"),
    (
        r"\bthe (\w+) (?:located |positioned |situated |placed )?(?:furthest|farthest|most|closest|nearest) "
        r"(?:to|on|at) the (left|right)\b(?:[- ]hand)?(?: side\b| end\b| edge\b)?",
        r"the \2most \1",
    ),
    (r"\b(?:on|at) the (?:far|very|extreme) (left|right)\b", r"on the \1"),
    (r"(?<!\bin )(?<!\bat )\bthe middle (?!of\b)(\w+)\b", r"the \1 in the middle"),
    (SECTION, (" left ", " right ", " top ", " bottom ")),
    (r"\b(the|this|that) (left|right|top|bottom)(?: hand| handed)? (\w+(?: \w+){0,3})", _position_first),
    (SECTION, None),
    (
        r"\b(?:in|at) (?:the )?(top|upper|bottom|lower)[ -](left|right)(?: corner| part| side)?\b",
        r"at the \1 and on the \2",
    ),
    (r"\bat the upper\b", "at the top"),
    (r"\bat the lower\b", "at the bottom"),
    (
        r"^\s*who is (first|second|third|fourth|fifth|last) from the (left|right)\s*$",
        r" who is the \1 person from the \2 ",
    ),
    (
        r"^\s*who (?:stands|is standing|sits|is sitting|is) on the (?:far )?(left|right)\s*[,:-]?\s*(?:is it )?"
        r"((?:a|an) \w+ or (?:a|an) \w+)\s*$",
        r" is the \1most person \2 ",
    ),
    (r"^\s*who (?:stands|is standing|sits|is sitting|is) on the (left|right)\s*$", r" who is the \1most person "),
    (
        r"^\s*who (?:stands|is standing|sits|is sitting|is) (leftmost|rightmost|frontmost|backmost)(?=\s*(?:[?.!]|$))",
        r" who is the \1 person",
    ),
    (
        r"^\s*who (?:stands|is standing|sits|is sitting|is) (?:in|at) the (?:middle|center)\s*$",
        r" who is the person in the middle ",
    ),
    (r"^\s*[,;:-]+", " "),
    (r"\s+", " "),
    # last, on what earlier rules left: a universal stated ("every object is large"), a count stated without a
    # verb ("zero red objects"), a topic taken up by "it is" ("the yellow ball, it is made of metal")
    (r"\b(?:everything|every thing) is\b", "all things are"),
    (r"\b(?:every|each) (thing|object|item|shape) is\b", r"all \1s are"),
    (
        r"^\s*((?:zero|exactly|only|at least|at most) (?:\w+ ){0,4}?\w+)"
        r"(?:\s*,\s*(?:right|correct|yes|true)|(?<!\bthe) (?:right|correct|true))?\s*$",
        lambda m: f" {_as_question(m.group(1))} ",
    ),
    (  # "two cubes and one ball?", "three cylinders and two balls, is that right?": counts claimed, to be checked
        rf"^\s*((?:{_COUNT_WORD}) {_CLAIMED_THINGS}(?: and (?:{_COUNT_WORD}) {_CLAIMED_THINGS})*)"
        r"(?:\s*,?\s*(?:right|correct|yes|true|is that right|is that so|yes or no))?\s*$",
        lambda m: (
            " are there " + re.sub(r"\b(?:just|only) (?:an?|one|a single)\b|\ba single\b", "exactly one", m[1]) + " "
        ),
    ),
    (r"^(\s*(?:the|this|that) (?:\w+ ){0,3}?\w+) , it(?: is|s) ", r"\1 is "),
    (
        r"^\s*(?:is|are) there (two|three|four|five|\d+) (.+?)(?: here| there)?\s*[,;-]?\s*exactly \1"
        r"(?: and no (?:more|fewer|less))?\s*$",
        r" are there exactly \1 \2 ",
    ),
    # a person's colour is their clothes': "what colour is the boy wearing", "is the man wearing black"
    (rf"^\s*what (is|are) ({_WEARER}) wearing\s*,?\s*colou?r[- ]?wise\s*$", r" what colour \1 \2 wearing "),
    (rf"^\s*(?:what|which) (colou?rs?) (is|are) ({_WEARER}) wearing\s*$", r" what \1 \2 \3 "),
    (rf"^\s*({_WEARER}) (?:is|are) (?:wearing|dressed in) (?:what|which) (colou?rs?)\s*$", r" what \2 is \1 "),
    (
        rf"^\s*(is|are) ({_WEARER}) wearing (\w+)\s*$",
        lambda m: f" {m.group(1)} {m.group(2)} {m.group(3)} " if _is_colour(m.group(3)) else m.group(0),
    ),
    (r" 's\b", "'s"),
    (
        rf"\b(is|are) ({ORDINAL}) from the (left|right|front|back)\s*$",
        lambda m: f"{m[1]} the {m[2]} {_ordered_word(m)} from the {m[3]}",
    ),
    (  # "the bottle, what is written?": a thing named, then its text asked
        r"^\s*((?:the|this|that) [a-z]+(?: [a-z]+){0,4}?)\s*[,.;:-]+\s*what(?: is| 's) "
        r"(?:written|printed|painted|on it)(?: on (?:it|there))?\s*[?.!]*\s*$",
        r" what does \1 say ",
    ),
    # text on a side of a thing is the thing's text: "what does the side of the bus say"
    (r"\bthe (?:side|front|back|rear|top|label|surface) of (the [a-z]+(?: [a-z]+)?) (say|says|read|reads)\b", r"\1 \2"),
    (
        r"^\s*((?:the|these|those|both) [a-z ]+? and (?:the|this|that) [a-z ]+?) (?:are|is) (?:made of |of )?the same "
        r"(color|shape|size|material)\s*$",
        r" are \1 the same \2 ",
    ),
    (_ALL_ARE_NAMED, _all_are_named),  # again, once lead-ins ("would it be fair to say that") are gone
    (
        r"^\s*are all (?:of )?(?:the )?((?:[a-z]+ ){0,2}?)(?:objects|things|items|shapes|ones) ([a-z]+)\s*$",
        _all_are_named,
    ),
    (  # "are the small ones all spheres"
        r"^\s*are (?:the|those|these) ((?:[a-z]+ ){0,2}?)(?:objects|things|items|shapes|ones) all ([a-z]+)\s*$",
        _all_are_named,
    ),
    (
        r"^\s*((?:the|this|that) [a-z ]+?) (is|are) (smaller|larger|bigger|taller|shorter|wider|narrower) than (.+)$",
        r" \2 \1 \3 than \4 ",
    ),
    (
        r"^(\s*how many (?:[a-z]+ ){0,3}?[a-z]+) (?:shown|pictured|visible|seen|displayed|depicted|observed|sighted|"
        r"noticed|detected|counted|recovered|captured|recorded|observable)[\s?.!]*$",
        r"\1 are there ",
    ),
    (
        r"\bthe ((?:[a-z]+ ){0,2}?[a-z]+) (leftmost|rightmost|frontmost|rearmost|backmost|topmost|bottommost)\b",
        lambda m: f"the {m[2]} {m[1]}" if _noun_last(m[1]) else m[0],
    ),
    (
        r"^\s*((?:the|these|those|both|all) [a-z ]+?) (are|is) made of the same (color|shape|size|material)\s*$",
        r" \2 \1 the same \3 ",
    ),
    (
        r"^(\s*which (?:[a-z]+ ){0,2}?[a-z]+ (?:is|are)) (?:the )?furthest (in front|back)\b",
        lambda m: f"{m[1]} the {'frontmost' if m[2] == 'in front' else 'backmost'}",
    ),
    (  # "of the cylinders left of the sphere, what colour is the frontmost one"
        r"^\s*(?:of|among) (?:all )?(the [a-z ]+?) , (what (?:color|shape|size|material) is) the "
        r"(frontmost|backmost|leftmost|rightmost|biggest|smallest|largest) one\s*$",
        lambda m: _superlative_of(m[1], m[2], m[3]),
    ),
    # an object introduced before the question, then named again ("there's a small cylinder behind the ball. what
    # colour is the ball right of that cylinder?"): "it", which the grammar points at the object introduced
    (SECTION, (" ; ",)),
    (rf" ; (what|which) ({ATTRIBUTE})\s*[?.!]*\s*$", r" ; \1 \2 is it "),  # "there is a X behind Y. what color"
    (  # "there is a large cube ; how many other things share its material" (CLEVR-Dialog): the object named
        rf"^\s*there is (?:a|an|one) ([^;]+?) ; ((?:how many|is there|are there|what number of)\b(?:(?!\bit\b|\bits\b)"
        rf".)*?)\b(?:its ({ATTRIBUTE})|(?<=\bas )it)\b(?!.*\bits?\b)(.*)$",
        lambda m: f" {m[2]}{f'the {m[3]} of the {m[1]}' if m[3] else f'the {m[1]}'}{m[4]} ",
    ),
    (  # "there's a cube and a sphere. which one is bigger?": the two things named are the choice
        r"^\s*there (?:is|are) (?:a|an|one|the) ([^;]+?) and (?:a|an|one|the) ([^;]+?) ; "
        r"(?:which (?:one|of them|of the two)|what one) ",
        r" the \1 and the \2 , which one ",
    ),
    (r"^\s*there is (?:a|an|one) ([^;]+?) ; there is (?:a|an|one) ([^;]+?) ; (.*)$", _chained_premises),
    (r"^\s*there is (?:a|an|one) ([^;]+?) ; (.*)$", _named_again),
    # the round-16 forms again, now that the question's talk, tags and setting words are gone
    (SECTION, None),
    (  # "the two grey blocks, made of the same material, are they?": the verb said last, as a tag
        r"^\s*((?:the|these|those|both) [a-z ]+?) , ((?:made of )?the same (?:color|shape|size|material)|[a-z]+) , "
        r"(?:are|is) (?:they|it)\s*$",
        r" are \1 \2 ",
    ),
    (  # "Small grey cube, made of rubber is it?", "the ball, metal is it?": the verb said last
        r"^\s*(?:the |this |that )?([a-z]+(?: [a-z]+){0,3}?) , (made of [a-z]+|(?!what\b|which\b|who\b|how\b|where\b)"
        r"[a-z]+) (?:is it|is that|is she|is he)\s*$",
        r" is the \1 \2 ",
    ),
    (r"^\s*how many (?:are|is) (?!there\b|they\b|those\b|these\b|them\b)", " how many things are "),
    (  # "how many bars are taller than the green one": the one is one of the things counted, a green bar
        r"^(\s*how many (?:[a-z]+ ){0,3}?([a-z]+) (?:are|is|have|has) (?:[a-z]+ ){1,4}?the (?:[a-z]+ ){1,2})one\b"
        r"(?! of\b)",
        lambda m: f"{m[1]}{singular(m[2])}" if _counted_kind(m[2]) else m[0],
    ),
    (rf"^\s*((?:{RELATION}) .+?) is what\s*[?.!]*\s*$", r" what is \1 "),  # "left of X is what"
    (  # "how many of the people are men": the kind counted within a set any object of that kind is in
        r"^\s*how many (people|persons|things|objects|items|shapes|children|kids|animals) are ([a-z]+)\s*[?.!]*\s*$",
        lambda m: f" how many {m[2]} are there " if _plural_name(m[2]) and not _is_adjective(m[2]) else m[0],
    ),
    *_WORD_ORDERS,
    # round 46: "the spheres are all metal" (a statement asked with "?", after a topic is merged): are all of them
    (r"^\s*(the (?:\w+ ){0,3}?\w+) are all (?!the\b|of\b)(\w+(?: of \w+)?)\s*[?.!]*\s*$", r" are all \1 \2 "),
]


def _expander(template: object) -> object:
    """A replacement that ``re`` need not parse on every call: plain text as is, a template with group
    references as a function (called only on a match)."""
    if isinstance(template, str) and "\\" in template:
        return lambda match: match.expand(template)
    return template


Rule = tuple[re.Pattern, object, str | None]


def _condition(marker: str, condition: object) -> object:
    """A section's condition as one function of the text (None: always): at most N words for :data:`SHORT`,
    any of the trigger words (one compiled search), or the given function."""
    if condition is None:
        return None
    if marker == SHORT:
        limit = int(condition) + 2  # type: ignore[call-overload]
        return lambda text: text.count(" ") <= limit
    if callable(condition):
        return condition
    return re.compile("|".join(re.escape(t) for t in condition)).search  # type: ignore[attr-defined]


def _required_text(pattern: re.Pattern) -> str | tuple[str, ...] | None:
    """Text every match of ``pattern`` contains: one run of plain characters (three or more), or a tuple of runs
    of which every match contains at least one (the alternatives of a group it cannot do without), or None. A rule
    whose text is not in the question cannot match, and substring tests are cheaper than a regex search."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _re_parser.parse(pattern.pattern)
    except re.error:
        return None
    found = _needed(list(tree))
    if not found:
        return None
    return found[0] if len(found) == 1 else found


def _needed(items: list) -> tuple[str, ...] | None:
    """The most selective set of texts one of which every match of the parsed ``items`` contains: a run of
    literals, a group's or a repeat's own (at least once), or the union over an alternation's branches."""
    options: list[tuple[str, ...]] = []
    run = ""
    for op, value in items:
        if op is _re_constants.LITERAL:
            run += chr(value)
            continue
        options.append((run,))
        run = ""
        inner: tuple[str, ...] | None = None
        if op is _re_constants.SUBPATTERN:
            inner = _needed(list(value[-1]))
        elif op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT) and value[0] >= 1:
            inner = _needed(list(value[2]))
        elif op is _re_constants.ASSERT and value[0] == 1:  # a lookahead must match too
            inner = _needed(list(value[1]))
        elif op is _re_constants.BRANCH:
            branches = [_needed(list(branch)) for branch in value[1]]
            if all(branches):
                inner = tuple(dict.fromkeys(text for branch in branches for text in branch))  # type: ignore[union-attr]
        if inner:
            options.append(inner)
    options.append((run,))
    usable = [o for o in options if o and min(len(t.strip()) for t in o) >= 3 and len(o) <= 12]
    if not usable:
        return None
    return min(usable, key=lambda o: sum(_COMMON_TEXT.get(t.strip(), 3 / len(t)) for t in o))


_COMMON_TEXT = dict.fromkeys(
    "the is are what how many there of and any the same what is how many is there are there that this its one "
    "thing things object objects color colour shape size material number left right front behind cube cubes "
    "sphere spheres ball balls cylinder cylinders big small large red blue".split(" "),
    5.0,
)
"""Texts most questions hold (a rule that needs only one of them is tried on nearly every question): a rule's
required text is chosen to avoid them when it has a rarer one."""


def _sections() -> list[tuple[object, list[Rule]]]:
    sections: list[tuple[object, list[Rule]]] = [(None, [])]
    for pattern, replacement in _RULES:
        if pattern in (SECTION, SHORT):
            sections.append((_condition(pattern, replacement), []))
        else:
            compiled = re.compile(pattern)
            sections[-1][1].append((compiled, _expander(replacement), _required_text(compiled)))  # type: ignore[arg-type]
    return [(condition, rules) for condition, rules in sections if rules]


_SECTIONS = _sections()
_COMPILED = [(pattern, replacement) for _, rules in _SECTIONS for pattern, replacement, _ in rules]


_CAMERA_TAKING = re.compile(
    r"\bthe camera (?:that is |which is |that was |which was )?(?:taking|that took|which took|that shot|used for|"
    r"used to take) (?:this|the) (?:photo|picture|image|shot|scene)\b"
)
""""the camera taking this photo" is the camera (CV-Bench's wording)."""


_MADE_OF_THAT = re.compile(
    r"^\s*what(?: is|'s) (the [a-z ]+?) made (?:out )?of ((?:that|which|who) [a-z ,']+?)\s*[?.!]*\s*$"
)
""""what is the cube made of that is furthest back": the relative clause said after "made of"."""


def _respell(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("–", " - ").replace("—", " - ")
    text = _CAMERA_TAKING.sub("the camera", text)
    text = _MADE_OF_THAT.sub(r"what is \1 \2 made of ?", text)
    text = re.sub(r"(?<=\w)-(?=\w)", " ", text)
    text = _IS_CONTRACTED.sub(r"\1 is", text)
    text = _IS_BEFORE.sub(r"\1 is ", text)
    text = re.sub(r"\bthe (?:sole|single|lone) (?=\w)", "the only ", text)
    text = _IS_BEFORE_VALUE.sub(lambda m: f"{m[1]} is {m[2]}" if _is_adjective(m[2]) else m[0], text)
    text = re.sub(r"(\w)'s\b", r"\1 's", text)
    text = re.sub(r"\b(can)'t\b", r"can not", text)
    text = re.sub(r"\bwon't\b", "will not", text)
    for short, long in CONTRACTIONS.items():
        text = text.replace(short, long)
    out: list[str] = []
    found = re.findall(r"[\w']+|[^\w\s']", text)
    for i, word in enumerate(found):
        if out and word == out[-1] and word.isalpha():  # "the the", "how many many": a doubled word typed once
            continue
        if word in SPELLINGS and not (len(word) == 1 and found[i + 1 : i + 2] in (["shape"], ["shaped"], ["shapes"])):
            out.append(SPELLINGS[word])  # "u" is "you", but a "u shape" is a figure
            continue
        fixed = correct(word, _SPELLING_PAIRS) if len(word) > 3 and word not in KNOWN else None
        following = found[i + 1] if i + 1 < len(found) else ""
        if fixed is None and len(word) > 2 and word not in KNOWN:
            fixed = transposed(word, following) or near_key(word, following) or _slip_in_place(word, following)
            fixed = fixed or _value_in_place(word, out[-1] if out else "", following) or sounded_out(word)
        if fixed is None and len(word) > 6 and word not in KNOWN:
            split = run_together(word, _SPLIT_WORDS)
            if split is not None and not _GLUE_WORDS.isdisjoint(split.split()) and word not in _ONE_WORD:
                out.extend(SPELLINGS.get(part, part) for part in split.split())
                continue
        out.append(SPELLINGS.get(fixed, fixed) if fixed else word)
    return " ".join(out)


def _slip_in_place(word: str, following: str) -> str | None:
    """A slip whose one core reading fits where it stands, though an English word is as near: "the lagre cube"
    (an adjective before a noun, not "lager"), "behing the ball" (a relation before its object, not "being"),
    "holdng the dog"."""
    core = one_core_slip(word)
    if core is None:
        return None
    if _is_adjective(core) and (LEXICON.noun(following) is not None or known_name(singular(following))):
        return core
    relation = core in RELATION_WORDS or core.endswith("ing") and LEXICON.noun(core) is None
    return core if relation and following in {"the", "a", "an", "this", "that", "it", "him", "her", "them"} else None


_COLOUR_NAMES = frozenset(
    w
    for w, (attribute, _) in LEXICON.attributes.items()
    if attribute == "color" and w.isalpha() and len(w) >= 4 and not w.endswith("ish")
) - {"dark", "blond", "blonde", "brunette", "golden"}
"""The colour names a slip may stand for ("blu", "gren"): the hues, not a hair's or a shade's words."""
_QUANTITY_SLIPS = {"how": frozenset({"many", "much"})}
"""The words that follow a word: "how meny" is "how many" (not "menu"), where "meny" alone is no one word's slip."""
_SAID_BEFORE_NOUN = frozenset("the a an this that each every any no one two three four five".split())
_VALUE_ENDS = frozenset({"", "?", ".", "!", "or", "and"})


def _value_in_place(word: str, previous: str, following: str) -> str | None:
    """A short or twice-slipped word read where it stands: a colour name's slip before a noun or where a value
    ends the question ("is there a blu triangle", "is the circle gren?", "a purpal thing"); a shape's or other
    core noun's slip after a determiner or a colour ("the squre", "a purple sqare"); "meny" after "how"."""
    if previous in _QUANTITY_SLIPS:
        return closed_slip(word, _QUANTITY_SLIPS[previous])
    colour = closed_slip(word, _COLOUR_NAMES)
    if colour is not None:
        noun = following if following.isalpha() else ""
        noun = noun if noun in KNOWN or not noun else correct(noun) or noun
        if following in _VALUE_ENDS or noun in {"one", "ones"} or _kind_word(noun):
            return colour
        return None
    core = one_core_slip(word)
    if core is not None and _kind_word(core):
        if previous in _SAID_BEFORE_NOUN or _is_adjective(previous):
            return core
    return None


def _kind_asked(word: str) -> str:
    """The noun "which X" asks for, "shape" for "one"."""
    return "shape" if word == "one" else word


_FRONTMOST = frozenset({"in front", "on top", "in the front", "nearer the front", "at the front"})


RELATION_WORDS = frozenset(w for phrase in RELATION_PHRASES for w in phrase.split() if len(w) > 3)


def _them_the_other(match: re.Match) -> str:
    """ "Spheres against cubes: do the spheres outnumber them?": "them" is the side the question does not name."""
    asked = match[3].lower()
    other = match[1] if re.search(rf"\b{re.escape(match[2].lower())}\b", asked) else match[2]
    return f"{match[3]}the {other}"


_THERE_ASKED = re.compile(r"(?i)^((?:what|which)(?: [a-z]+)? (?:is|are)) there$")
"""A question of what is in a place said before it ("Go to the corner. What object is there?")."""

_PERSON_SYNONYMS = {
    word: LEXICON.nouns[word]
    for word in ("bloke", "chap", "dude", "fella", "fellow", "gent", "lad", "lass", "youngster")
    if word in LEXICON.nouns
}
"""Informal words for people, said as the word the question forms for people know ("the lad in blue": the boy)."""
_PERSON_SYNONYM = re.compile(
    r"(?i)\b(" + "|".join(sorted({*_PERSON_SYNONYMS, *map(plural, _PERSON_SYNONYMS)}, key=len, reverse=True)) + r")\b"
)


def _person_said_plainly(match: re.Match) -> str:
    word = match[1].lower()
    if word in _PERSON_SYNONYMS:
        return _PERSON_SYNONYMS[word]
    return plural(_PERSON_SYNONYMS[next(w for w in _PERSON_SYNONYMS if plural(w) == word)])


def _choice_of_values(thing: str, first: str, second: str) -> str | None:
    """ "is the <thing> <first> or <second>?" when the two are values of one attribute and ``thing`` a kind with only
    values before it ("gray ball big or small", "red or blue triangle"); None otherwise."""
    one, other = LEXICON.attribute_of(first.lower()), LEXICON.attribute_of(second.lower())
    words = thing.split()
    if one is None or other is None or one[0] != other[0] or not _kind_word(words[-1].lower()):
        return None
    if not all(LEXICON.attribute_of(w.lower()) is not None for w in words[:-1]):
        return None
    return f"is the {thing} {first} or {second}?"


_ORDINAL_STOPS = frozenset("is are was were the a an one ones of in on and that which from to its it what".split())
"""Words that end no noun phrase: "which cube is the second from the right" puts no ordinal after a noun."""
_CHAT_FORMS = [
    # "them two balls - both made of rubber?", "those two green ones, made of the same stuff?": asked of the two
    (
        re.compile(
            r"(?i)^\s*(?:and |so |now )?(?:them|those|these|the) (two|three|four|both) ([a-z ]+?)(?: them)?"
            r"\s*[\u2014\u2013,:-]+\s*(?:are they |are both |are |both )?((?:made of|made from|the same|same|all|"
            r"wearing|of) (?:(?! or )[^,;?])+?|[a-z]+(?: or [a-z]+)?)\s*\?*\s*$"
        ),
        lambda m: f"are both {m[2]} {m[3]}?" if m[1].lower() == "both" else f"are the {m[1]} {m[2]} {m[3]}?",
    ),
    # "the cube and the big cylinder are both yellow. are they also made of the same material?": asked of the two
    (
        re.compile(
            r"(?i)^\s*(the [a-z ]+? and the [a-z ]+?) are (?:both )?[a-z ]+?\s*[.;]\s*are they (?:also |both |too )?"
            r"(.+?)\s*\?*\s*$"
        ),
        r"are \1 \2?",
    ),
    # round 66h (blind84-85's confident mistakes, after their held-back runs)
    (  # "the sign up on top, what is written there?": what is written on it
        re.compile(
            r"(?i)^\s*(?:and |so )?(the [a-z ]+?)(?: up| over| down)?(?: (?:on|at) (?:the )?(top|bottom|left|right))?"
            r"\s*[,:\u2014\u2013-]+\s*what(?:'s| is| does it say| do they say)"
            r"(?: (?:written|printed|painted|on it|there))*\s*\?*\s*$"
        ),
        lambda m: f"what is written on {m[1]}{f' at the {m[2].lower()}' if m[2] else ''}?",
    ),
    (  # "bottom row got anything yellow?": is there anything yellow there
        re.compile(
            r"(?i)^\s*(?:the |in the )?(top|bottom|middle|upper|lower|left|right) (row|line|side|corner|half) "
            r"(?:got|has|have) (any ?thing|something|any [a-z]+|an? [a-z]+)( [a-z]+)?(?: or not)?\s*\?*\s*$"
        ),
        lambda m: f"is there {m[3].replace('any thing', 'anything')}{m[4] or ''} in the {m[1]} {m[2]}?",
    ),
    (  # "cube small is in front of cube big?": a learner's adjectives after their nouns, both of them
        re.compile(
            rf"(?i)^\s*(?:the )?{_SHAPE_NOUN} {_ADJECTIVE} (is|are) ([a-z ]*?\b(?:of|than)) (?:the )?"
            rf"{_SHAPE_NOUN.replace('(', '(?P<second>', 1)} (?P<adjective>{_ADJECTIVE[1:-1]})(?=\s*\?*\s*$)"
        ),
        r"the \2 \1 \3 \4 the \g<adjective> \g<second>",
    ),
    (  # "cube small is in front of ...": where no copula before it can claim the adjective
        re.compile(rf"(?i)^\s*(?:the )?{_SHAPE_NOUN} {_ADJECTIVE} (is|are)\b"),
        r"the \2 \1 \3",
    ),
    # round 66g (blind86): "what's that one, shape-wise?", "colour-wise": the attribute asked
    (
        re.compile(
            r"(?i)\bwhat(?:'s| is) (it|that|that one|this one|this|she|he|they)\s*,?\s*(colou?r|shape|size|material)"
            r"[- ]?wise\b"
        ),
        lambda m: f"what {m[2]} is {m[1]}",
    ),
    (  # "that yellow rectangle - big one or small one?"
        re.compile(
            r"(?i)^\s*((?:the|that|this) [a-z ]+?)\s*[\u2014\u2013,:-]+\s*(?:is it |is that )?(?:an? )?([a-z]+) one or "
            r"(?:an? )?([a-z]+) one\s*\?*\s*$"
        ),
        r"is \1 \2 or \3?",
    ),
    (  # "the bench, which material is it from?"
        re.compile(r"(?i)\b(?:which|what) (?:material|stuff) (is|are) (it|they|that|this) (?:made )?(?:from|of)\b"),
        r"what \1 \2 made of",
    ),
    (  # "how many red things got?": how many there are
        re.compile(r"(?i)^\s*how many ([a-z ]+?) (?:got|have got|there got)\s*\?*\s*$"),
        lambda m: (
            m[0]
            if {"we", "i", "you", "they", "has", "have", "he", "she", "it"} & set(m[1].lower().split())
            else f"how many {m[1]} are there?"
        ),
    ),
    (  # "behind the gray ball got cylinder or not?": is there one there
        re.compile(
            r"(?i)^\s*((?:behind|in front of|left of|right of|to the left of|to the right of|next to|near|on|under) "
            r"the [a-z ]+?) got (?:an? |any )?([a-z]+(?: [a-z]+)?)(?: or not)?\s*\?*\s*$"
        ),
        r"is there a \2 \1?",
    ),
    (  # "is the blue ball one of the shiny metal ones?": is it so
        re.compile(r"(?i)^\s*(is|are) (the [a-z ]+?) (?:one|some) of the ([a-z ]+?) ones\s*\?*\s*$"),
        lambda m: (
            f"{m[1]} {m[2]} {' and '.join(m[3].split())}?"
            if all(_value_said(w) or w in _SHEEN for w in m[3].lower().split())
            else m[0]
        ),
    ),
    (  # "who's second from the left out of the people": the second person from the left
        re.compile(
            r"(?i)^\s*who(?:'s| is) (?:the )?(first|second|third|fourth|last) from the (left|right)(?:,)? "
            r"(?:out of|of|among) the (people|persons|kids|children|men|women|players)\s*\?*\s*$"
        ),
        lambda m: f"who is the {m[1]} {singular(m[3].lower())} from the {m[2]}?",
    ),
    (  # "how many different colours can he find in the bottom row?"
        re.compile(
            r"(?i)^\s*how many ([a-z ]+?) (?:can|could) (?:he|she|they|you|i|we|one) (?:find|see|spot|count|make out)"
            r"(?= in\b| on\b| at\b|\s*\?*\s*$)"
        ),
        r"how many \1 are there",
    ),
    # learners' and talkers' orders, each said the way the grammar reads it (round 66d)
    (  # "the cylinder is from which material?"
        re.compile(
            r"(?i)^\s*(the [a-z ]+?) (?:is|are) (?:made )?(?:from|of|in) (?:which|what) (material|stuff|colou?r)"
            r"\s*\?*\s*$"
        ),
        lambda m: f"what {'material' if m[2].lower() == 'stuff' else m[2]} is {m[1]}?",
    ),
    (  # "it is more red things than purple things?"
        re.compile(r"(?i)^\s*(?:it|there) is (more|fewer|less) ([a-z ]+?) than ([a-z ]+?)\s*\?*\s*$"),
        r"are there \1 \2 than \3?",
    ),
    (  # "would you say the two cylinders are the same size?"
        re.compile(r"(?i)^\s*(?:would|do) you (?:say|reckon|think) (?:that )?(the [a-z ]+?) (is|are) (.+?)\s*\?*\s*$"),
        lambda m: f"{m[2]} {m[1]} {m[3]}?" if _noun_of_things(m[1].split()[-1].lower()) else m[0],
    ),
    # "in the bottom row, how many shapes are small?": how many of those there are so
    (
        re.compile(
            r"(?i)^\s*((?:in|on|along) the (?:top|bottom|upper|lower|middle|first|second|last|front|back) (?:row|line))"
            r"\s*,\s*how many ([a-z]+) are ([a-z]+(?: (?:or|and) [a-z]+)?)\s*\?*\s*$"
        ),
        lambda m: f"how many {m[2]} {m[1]} are {m[3]}?" if m[3].lower() not in {"there", "here"} else m[0],
    ),
    # "the kid nearest the left edge": the leftmost kid
    (
        re.compile(
            r"(?i)\bthe ((?!(?:is|are|was|were)\b)[a-z]+(?: (?!(?:is|are|was|were)\b)[a-z]+)?) (?:that is |who is |"
            r"which is )?(?:nearest|closest)(?: to)? the (left|right|top|bottom)(?: edge| side| end| border)\b(?! of)"
        ),
        lambda m: f"the {_MOST[m[2].lower()]} {m[1]}",
    ),
    (
        re.compile(
            r"(?i)\b(is|are) (?:nearest|closest)(?: to)? the (left|right|top|bottom)(?: edge| side| end| border)"
            r"\b(?! of)"
        ),
        lambda m: f"{m[1]} {_MOST[m[2].lower()]}",
    ),
    (re.compile(r"(?i)\bon the (bottom|top)\b(?= (?:at|on|to) the (?:left|right)\b)"), r"at the \1"),
    (
        re.compile(r"(?i)\bin (first|second|third|fourth|fifth|last) place (from the (?:front|back|left|right))\b"),
        r"\1 \2",
    ),
    (re.compile(r"(?i)\bat (?:the )?most (left|right)(?: side| end)?\b"), lambda m: f"{_MOST[m[1].lower()]}"),
    (re.compile(r"(?i)\bthe corner below on the (left|right)\b"), r"the bottom \1 corner"),
    (re.compile(r"(?i)\bthe corner above on the (left|right)\b"), r"the top \1 corner"),
    (re.compile(r"(?i)\b(?:furthest|farthest) from the front\b(?! of)"), "farthest from us"),
    # "how many distinct colours does the composition use?": in the picture
    (
        re.compile(
            r"(?i)^\s*how many (different |distinct |separate )?(colou?rs|shapes|materials|sizes) (?:does|do) "
            r"(?:the|this) (?:picture|image|photo|drawing|composition|design|layout|scene|artwork|graphic|painting) "
            r"(?:use|have|contain|show|feature|include|hold)\s*\?*\s*$"
        ),
        lambda m: f"how many {m[1] or 'different '}{m[2]} are there?",
    ),
    (re.compile(r"(?i)\b(?:furthest|farthest) from the back\b(?! of)"), "nearest to us"),
    (re.compile(r"(?i)\b(?:closest|nearest) (?:up )?(?:front|to the front)\b(?! of)"), "nearest to us"),
    (  # "is bigger the ball or the yellow cube?"
        re.compile(
            r"(?i)^\s*is (bigger|smaller|larger|taller|shorter|wider) (the [a-z ]+?) or (the [a-z ]+?)\s*\?*\s*$"
        ),
        r"which is \1, \2 or \3?",
    ),
    (  # "I should like a tally of the rubber items, please"
        re.compile(
            r"(?i)^\s*(?:i (?:should|would|'d) like|give me|i want|i need|can i (?:have|get)|could i (?:have|get)|"
            r"let me have) (?:a |the )?(?:tally|count|head ?count|total) of (?:the |all the |all )?([a-z ]+?)"
            r"(?:,? please)?\s*[.!?]*\s*$"
        ),
        r"how many \1 are there?",
    ),
    (  # "what's sitting behind the red cube - how many things?"
        re.compile(
            r"(?i)^\s*what(?:'s| is| are) (?:sitting |standing |lying |placed )?((?:behind|in front of|left of|"
            r"right of|to the left of|to the right of|near|next to|beside|on|under) the [a-z ]+?)"
            r"\s*[\u2014\u2013,:-]+\s*how many (things|objects|ones|items|pieces)\s*\?*\s*$"
        ),
        r"how many \2 are \1?",
    ),
    # "what's the sign say", "clock show what time?": what a thing with text on it says
    (re.compile(r"(?i)\bwhat(?:'s|’s| is) (the [a-z ]+?) (say|read|show)\b"), r"what does \1 \2"),
    (
        re.compile(
            r"(?i)^\s*(?:the )?(clock|watch|sign|label|bottle|screen|display) (?:shows?|says?|reads?) what "
            r"(time|word|words|text)?\s*\?*\s*$"
        ),
        lambda m: f"what {m[2] or ''} does the {m[1].lower()} say?".replace("what  ", "what "),
    ),
    # "the words painted on the road, what do they say?": the words say what the road says
    (
        re.compile(
            r"(?i)^\s*(?:and |so )?(?:the )?(?:words?|writing|text|letters|lettering) (?:painted|written|printed) "
            r"(on|across) (the [a-z ]+?)\s*[,:\u2014\u2013-]+\s*what (?:(?:do|does) )?(?:they|it) says?\s*\?*\s*$"
        ),
        r"what is written \1 \2?",
    ),
    # "I want to know of what material it is", "I'd like to know what colour it is": what is asked
    (
        re.compile(
            r"(?i)\b(?:i (?:want|would like|'d like|need|wish) to know|tell me) (?:of |in )?what (colou?r|shape|size|"
            r"material) (it|they|that|this one|that one) (?:is|are|has)\b"
        ),
        lambda m: f"what {m[1]} {'are' if m[2].lower() == 'they' else 'is'} {m[2]}",
    ),
    (re.compile(r"(?i)\b(bigger|smaller|larger|taller|shorter|older|further|closer) then(?=\s*,)"), r"\1"),
    (
        re.compile(r"(?i)\b(?:staying|stays|keeping|keeps|hanging|hangs|sticking|sticks) (?:close|near) (?:to|by)\b"),
        "near",
    ),
    (re.compile(r"(?i)\b(running|walking|playing|wandering|rushing|racing|darting) (?:about|around)\b"), r"\1"),
    # "how many people are hanging about?": there, whatever they do
    (
        re.compile(
            r"(?i)\b(?:hanging|milling|loitering|lounging|mooching|knocking|standing|sitting) (?:about|around)"
            r"(?= *[?.!]* *$)"
        ),
        "there",
    ),
    (  # "On the table, how many cups are there?", "On the table is how many cups?": counted where it says
        re.compile(
            r"(?i)^\s*(?:(?:and|so|now|ok|okay|well),?\s+)*(on|in|inside|under|beside|next to|near|behind|in front of|"
            r"on top of) ((?:the|this|that) [a-z ]+?)\s*[,:\u2014\u2013-]?\s*(?:is |are |got |has |have )?"
            r"how many ([a-z]+(?: [a-z]+){0,2}?)"
            r"(?: (?:are there|is there|do you see|can you see|are|is))?\s*\?*\s*$"
        ),
        lambda m: (
            f"how many {m[3]} are {m[1].lower()} {m[2]}?"
            if not _PICTURE_NAMED.search(m[2]) and _noun_of_things(m[3].split()[-1].lower())
            else m[0]
        ),
    ),
    (  # "The little cube - the nearest thing on its right-hand side, what shape is it?": the second, placed from the
        # first, is what is asked about
        re.compile(
            r"(?i)^\s*(?P<anchor>the [a-z ]+?)\s*(?:\u2014|\u2013| - |,|:)\s*(?P<placed>the [a-z -]*?\b(?:its|it)\b"
            r"[a-z -]*?)\s*,\s*(?:(?:what|which) (?P<attribute>colou?r|shape|size|material) (?:is|'s) "
            r"(?:it|that|that one)|is (?:it|that|that one) (?P<said>[a-z ]+?))\s*[?.!]*\s*$"
        ),
        _placed_from,
    ),
    (  # "the far ball", "the near red cube": of the things of that kind, the one furthest from (nearest to) the viewer
        re.compile(
            r"(?i)\bthe (far|farther|further|distant|near|nearer|close|closer) ((?:[a-z]+ ){0,2}?)"
            r"(one|thing|object|[a-z]+?s?)"
            r"(?= *(?:[,;:?.!-]|$|\b(?:is|are|made|look|looks|seems?|has|have|what|which)\b))"
        ),
        lambda m: (
            f"the {m[2]}{m[3]} {'farthest from' if m[1].lower() in _FAR_WORDS else 'nearest to'} us"
            if _far_or_near_of(m[2].lower(), m[3].lower())
            else m[0]
        ),
    ),
    # round 65a: a place to look at first is where the question asks ("Look at the bottom row. How many blue shapes
    # are there?"): dropping it answered of the whole picture
    (
        re.compile(
            r"(?i)^\s*(?:now |ok |okay |so |next |then )?(?:look (?:closely |carefully )?at|focus on|concentrate on|"
            r"turn to|go to|check|consider|just look at|only look at) (the (?:(?:very )?(?:top|bottom|upper|lower|"
            r"middle|left|right|front|back|first|second|third|last|far left|far right)(?:[- ](?:left|right|hand))? "
            r"(?:row|column|line|side|half|corner|part|area|edge|section)|left|right|top|bottom)"
            r"(?: of the (?:picture|image|photo|drawing|scene|page|grid))?)\s*[.:;,!—–-]+\s+"
            r"((?:how many|what|which|is|are|does|do|name|count|list|tell me)\b(?:(?!\b(?:it|its|that|this|them|they|"
            r"those|these|row|column|side|corner|half|edge)\b)[^?.!])*?)\s*[?.!]*\s*$"
        ),
        lambda m: _THERE_ASKED.sub(r"\1", m[2]) + f" in {m[1]}?",  # "What object is there?": what is in it
    ),
    (_PERSON_SYNONYM, _person_said_plainly),
    # "how many different colour" (the number of colours)
    (
        re.compile(
            r"(?i)\bhow many (different |distinct )?(colou?r|shape|size|material)"
            r"(?=\s*(?:[?.!,]|$|\s(?:do|does|are|is|in|on|have|has|there)\b))"
        ),
        r"how many \1\2s",
    ),
    # round 65f: "Is the lady wearing yellow or green?" (her colour, one of two); "..., sweetie? Can you say it?"
    (
        re.compile(
            r"(?i)^(\s*is (?:the|that|this) [a-z ]+?) (?:wearing|dressed in) (red|orange|yellow|green|blue|purple|pink|"
            r"brown|black|white|gray|grey) or (red|orange|yellow|green|blue|purple|pink|brown|black|white|gray|grey)"
            r"(?=\s*[?.!]*\s*$)"
        ),
        r"\1 \2 or \3",
    ),
    (re.compile(r"(?i)\?\s*(?:can|could) you (?:say|tell me|read|name) (?:it|that|them)(?: for me)?\s*\?\s*$"), "?"),
    # an ordinal place said alone as a topic ("Second from the left: name its colour.") is "the second one"
    (
        re.compile(
            r"(?i)(^|[:,;—–-]\s*|[.!?]\s+)(first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th)) from the "
            r"(left|right|front|back|top|bottom)(?=\s*(?:[:;,.—–]|\s-\s))"
        ),
        r"\1\2 one from the \3",
    ),
    # round 65e (blind76): "what does the bus say on the side", "the most
    # in front of all", "that ain't red", "the little ones" of a group, "one of the large ones", "the bottom
    # line" (row)
    (
        re.compile(r"(?i)^\s*what says (the [a-z ]+?)(?: on (?:the|its) (?:side|front|back))?\s*\?"),
        r"what does \1 say?",
    ),
    (re.compile(r"(?i)\b(say|says|said) (?:on|along) (?:the|its) (?:side|front|back)\b(?! of\b)"), r"\1"),
    (
        re.compile(
            r"(?i)\b(is|are) (?:the )?most (?:in front|to the front)(?: of (?:all|them all|everything|everyone|the "
            r"others))?(?=\s*(?:$|[?.!]))"
        ),
        r"\1 the frontmost",
    ),
    (re.compile(r"(?i)\b(that|which|who) ain'?t\b"), r"\1 are not"),
    (
        re.compile(r"(?i)^(\s*how many of (?:the|those|these|them) [a-z]+ are) the ([a-z]+) ones(?=\s*[?.!]*\s*$)"),
        r"\1 \2",
    ),
    (re.compile(r"(?i)\b(is|are) (it|he|she|they) (?:one|ones) of the ([a-z]+) ones\b"), r"\1 \2 \3"),
    (re.compile(r"(?i)\b(top|bottom|middle|upper|lower) line\b"), r"\1 row"),
    (
        re.compile(
            r"(?i)^(\s*(?:who|what)(?:'s| is)) the (leftmost|rightmost|frontmost|backmost|topmost|bottommost)"
            r"(?=\s*[?.!]*\s*(?:$|[?.!]))"
        ),
        r"\1 the \2 one",
    ),
    (
        re.compile(
            r"(?i)\b(is|are) (?:standing|sitting|lying|placed|located|positioned|situated) (?=the (?:most|furthest|"
            r"farthest|closest|nearest) to the\b)"
        ),
        r"\1 ",
    ),
    # round 65d (blind77): a count asked after an existence ("Anything to the left of the gray cube? Count please.",
    # "What all's sitting in front of that cube? Just a number's fine."), "X and Y together, how many?", "cubes and
    # cylinders: equal numbers?", a statement tagged "is it correct?", "Frisbee's what colour?", "Brown one is which
    # side of the picture?", a trailing "tho", "the man in the white"
    (
        re.compile(
            r"(?i)^\s*(?:is there |are there )?(?:anything|something|any (?:things?|objects?)|"
            r"what(?: all)?(?:'s| is| are))"
            r"(?: (?:sitting|standing|lying|placed|located))? ((?:to the )?(?:left|right) of|in front of|behind|"
            r"next to|near|beside) ([^?]+?)\s*\?\s*(?:just |only )?(?:count(?: them| 'em| it)?|(?:a|the) number"
            r"(?:'s fine| is fine| will do)?|number only|how many)(?: please| pls)?\s*[.!]*\s*$"
        ),
        r"how many things are \1 \2?",
    ),
    (
        re.compile(
            r"(?i)^\s*([a-z ]+?) (?:together|combined|in total|altogether|all told)\s*,?\s*how many\s*[?.!]*\s*$"
        ),
        r"how many \1 are there together?",
    ),
    (
        re.compile(
            r"(?i)^\s*([a-z]+s) and ([a-z]+s)\s*[:,—–-]\s*(?:are there |is it |are they )?(?:the )?(?:same number|"
            r"equal numbers?|equal amounts?|as many)(?: of (?:each|both|them))?(?: or not)?\s*[?.!]*\s*$"
        ),
        r"are there as many \1 as \2?",
    ),
    (
        re.compile(
            r"(?i)^\s*((?:the|most|all|every|each|no|none)\b(?:(?! or |\bi\b)[^?.;:—–-])+? (?:is|are) [^?.;:—–-]+?)"
            r"(?:,\s*is (?:it|that|this) (?:correct|right|true|so)|,\s*(?:correct|true))\s*\?\s*$"
        ),
        r"true or false: \1",
    ),
    (
        re.compile(r"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+)?)['’]s what (colou?r|shape|size|material)\s*[?.!]*\s*$"),
        r"what \2 is the \1?",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+){0,2}) (?:is|'s) (?:on |at )?which side(?: of the (?:picture|image|"
            r"photo|shot|frame|scene|pic))?\s*[?.!]*\s*$"
        ),
        r"which side of the picture is the \1 on?",
    ),
    (re.compile(r"(?i)\s+(?:tho|though)\s*(?=[?.!]*\s*$)"), ""),
    (
        re.compile(
            r"(?i)\b(?<=in )the (red|orange|yellow|green|blue|purple|pink|brown|black|white|gray|grey)"
            r"(?=\s*(?:[,?.!—–]|\s-\s|$))"
        ),
        r"\1",
    ),
    # "is the tree behind the bus or is it in front of the bus": a choice of places, not two questions
    (
        re.compile(
            r"(?i)\bor is (?:it|he|she|they) (?=(?:in front of|behind|to the left of|to the right of|left of|right of|"
            r"on the left of|on the right of|next to|near|beside|on top of|under|above|below) )"
        ),
        "or ",
    ),
    # "How many vehicles in this street? Bus and car, both count.": what counts is said after the question
    (
        re.compile(
            r"(?i)^\s*how many [a-z ]+?\?\s*(?:count |counting |including )?(?:both )?(?:the )?([a-z]+) and (?:the )?"
            r"([a-z]+)\s*,?\s*(?:both|they both|each|all|both of them)? ?(?:count|counts|included)?\s*[.!]*\s*$"
        ),
        lambda m: (
            f"how many {plural(singular(m[1].lower()))} and {plural(singular(m[2].lower()))} are there?"
            if all(LEXICON.noun(w) or known_name(singular(w)) for w in (m[1].lower(), m[2].lower()))
            else m[0]
        ),
    ),
    # "gray ball big or small": a thing, then two values of one attribute
    (
        re.compile(r"(?i)^\s*((?:[a-z]+ ){0,2}[a-z]+) ([a-z]+) or ([a-z]+)\s*[?.!]*\s*$"),
        lambda m: _choice_of_values(m[1], m[2], m[3]) or m[0],
    ),
    # "red or blue triangle?": the two values come first, the thing last
    (
        re.compile(r"(?i)^\s*([a-z]+) or ([a-z]+) ((?:[a-z]+ ){0,2}[a-z]+)\s*[?.!]*\s*$"),
        lambda m: _choice_of_values(m[3], m[1], m[2]) or m[0],
    ),
    # "count red", "count the big blue": what to count named by its values alone (things of them)
    (
        re.compile(r"(?i)^\s*count (?:the |all )?((?:[a-z]+ ){0,2}[a-z]+)\s*[?.!]*\s*$"),
        lambda m: (
            f"how many {m[1]} things are there?"
            if all(LEXICON.attribute_of(w) is not None for w in m[1].lower().split())
            else m[0]
        ),
    ),
    # "What's to the left of the green ball? Count 'em for me." (how many things are there)
    (
        re.compile(
            r"(?i)^\s*what(?:'s| is| are) (?:there )?((?:to the |on the )?(?:left|right) of|in front of|behind|next to|"
            r"near|beside|on|under|above|below) ([^?]+?)\s*\?\s*(?:just |now |please )?count "
            r"(?:them|'em|em|those|these)(?: up| all)?(?: for me| for us)?(?: please)?\s*[.!?]*\s*$"
        ),
        r"how many things are \1 \2?",
    ),
    # a premise said with "only one" or "among": "Only one thing stands to the left of the red sphere, I believe.",
    # "Among the spheres, one is made of metal." (there is one ...; one of the spheres is ...)
    (
        re.compile(
            r"(?i)^\s*(?:only|just|exactly) one ([a-z]+) (?:is|stands|sits|lies|rests|stays|can be seen|appears) "
            r"([^.?!;]+?)(?:,? i (?:believe|think|reckon|guess|suppose))?\s*[.;]\s+(?=(?:what|which|is|how|does)\b)"
        ),
        r"there is only one \1 \2. ",
    ),
    (
        re.compile(r"(?i)^\s*(?:among|of|out of) the ([a-z]+s)\s*,\s*(?:only |just )?one (is|has)\b"),
        r"one of the \1 \2",
    ),
    # fillers before a place: "a cube somewhere behind the ball", "off on the right", "sits bang in the middle",
    # "second one in from the left"; "on its left side" (to its left); "turn up" (appear); a topic's "now"
    (
        re.compile(r"(?i)\bsomewhere (?=(?:behind|in front of|to the|left of|right of|near|next to|beside|on the)\b)"),
        "",
    ),
    (re.compile(r"(?i)\b(?:off|away) (?=(?:on|to|at|over on|over to) the (?:far )?(?:left|right)\b)"), ""),
    (re.compile(r"(?i)\b(?:(?:smack|slap) )?bang (?=(?:in|on|at) the (?:middle|centre|center|front|back)\b)"), ""),
    (
        re.compile(
            r"(?i)\b(first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))( one| thing| object)? in from the\b"
        ),
        r"\1\2 from the",
    ),
    (re.compile(r"(?i)\bon (its|their|his|her) (left|right)(?:[- ]hand)? side\b"), r"to \1 \2"),
    # "nearest to the front of the picture" (the picture's front is the front); "right at the front nearest me"
    (
        re.compile(
            r"(?i)\b(nearest|closest|furthest|farthest|further|farther|closer|nearer|most) (to|towards?) the "
            r"(front|back|left|right|top|bottom|rear)(?: side| edge| end)? of the (?:picture|image|scene|photo|"
            r"photograph|frame|drawing|shot|view|pic)\b"
        ),
        r"\1 \2 the \3",
    ),
    (
        re.compile(
            r"(?i)\b(?:(?:right |just |up )?(?:at|in) the (?:very )?front|frontmost),? (?=(?:nearest|closest) "
            r"(?:to )?(?:me|us|you|the camera|the viewer)\b)"
        ),
        "",
    ),
    (re.compile(r"(?i)\bon (the (?:[a-z]+ ){0,3}?[a-z]+)['’]s (left|right)(?:[- ]hand)? side\b"), r"to the \2 of \1"),
    (re.compile(r"(?i)\b(?:turns?|turned|show) up\b(?=\s+(?:in|on|at|among)\b)"), "appear"),
    (re.compile(r"(?i)^(\s*(?:the|that|this) [a-z ]+?) now(?=\s*(?:[—–,:]|\s-+\s))"), r"\1"),
    # "the tie he's got on" (has on), "what has she got on" (is she wearing)
    (
        re.compile(r"(?i)\b(?:has|have) (he|she|they) got on\b"),
        lambda m: f"{'are' if m[1].lower() == 'they' else 'is'} {m[1]} wearing",
    ),
    (
        re.compile(r"(?i)\b(he|she|they|it|who|that)(?:'s| has|'ve| have) got on\b"),
        lambda m: f"{m[1]} {'have' if m[1].lower() == 'they' else 'has'} on",
    ),
    # round 64c: a premise's "exactly one" ("there is exactly one rubber cylinder. what colour is it?"), "what colour
    # would that be", "composed of" (what it is made of)
    (re.compile(r"(?i)\bthere (?:is|'s) (?:exactly|just|only) one\b(?! of\b)(?=[^.?!]*\.\s+\w)"), "there is a"),
    (re.compile(r"(?i)\bwhat (colou?r|shape|size|material) would (that|it|this)(?: one)? be\b"), r"what \1 is \2"),
    (re.compile(r"(?i)\b(?:composed|constructed|fashioned|manufactured)(?= of\b|\s*[?.!]*\s*$)"), "made"),
    (
        re.compile(r"(?i)\b(of|all|both|some|any|none|each) 'em\b|\b(of|all|both|some|any|none|each) em\b"),
        lambda m: f"{m[1] or m[2]} them",
    ),
    (
        re.compile(
            r"(?i)\b(part|half|side|corner|edge) of (the|this) (?:frame|shot|view|figure|drawing|diagram|illustration|"
            r"worksheet|sheet|page|grid)\b"
        ),
        r"\1 of \2 picture",
    ),
    # round 65a: "the top-left corner of the picture" is a corner (its "left ... of the picture" had read as a relation)
    (
        re.compile(
            r"(?i)\b((?:top|bottom|upper|lower)[- ](?:left|right)(?:[- ]hand)?)[- ]corner of (?:the|this) "
            r"(?:picture|image|photo|photograph|figure|drawing|diagram|frame|grid|page|sheet|scene|pic|shot|view)\b"
        ),
        r"\1 corner",
    ),
    # "the object second from the front" (the second object from the front)
    (
        re.compile(
            r"(?i)\b(the|which|what) ((?:[a-z]+ ){0,2}?(?:[a-z]+)) (?:that is |which is |that's )?(second|third|fourth|"
            r"fifth|sixth|2nd|3rd|4th|5th|6th|last|second[- ]to[- ]last|next[- ]to[- ]last)(?: one)?(?: in)? from the "
            r"(left|right|front|back|top|bottom)\b"
        ),
        lambda m: (
            f"{m[1]} {m[3]} one from the {m[4]}"
            if m[2].lower() == "one"
            else m[0]
            if _ORDINAL_STOPS.intersection(m[2].lower().split()) or not _noun_last(m[2].lower())
            else f"{m[1]} {m[3]} {m[2]} from the {m[4]}"
        ),
    ),
    (
        re.compile(r"(?i)^(\s*(?:are|is) there .+?) (?:set out|laid out|put out|on show|on display)(?=\s*[?.!]*\s*$)"),
        r"\1",
    ),
    (re.compile(r"(?i)\b(?:out|way out|right out) in front of\b"), "in front of"),  # "standing out in front of the bus"
    (  # "the thing more at the back", "the ball more to the left": of them all, the one furthest that way
        re.compile(
            r"(?i)\bthe ((?:(?!that\b|which\b|who\b|is\b|are\b)[a-z]+ ){0,2}?"
            r"(?!that\b|which\b|who\b|is\b|are\b)[a-z]+) "
            r"more (?:at|to|in|on|towards) the (back|front|left|right|top|bottom)\b"
            r"(?! than\b| of\b| or\b)"
        ),
        lambda m: f"the {_MOST[m[2].lower()]} {m[1]}",
    ),
    (re.compile(r"(?i)^\s*(?:q|question|no\.?|#)\s*\d+\s*[).:-]\s*"), " "),
    (re.compile(r"^\s*\d{1,2}\s*[).]\s+(?=[A-Za-z])"), " "),
    (re.compile(r"(?<=\w)\s*(?:\.{2,}|…)\s*(?=\w)"), " , "),
    (re.compile(r"(?i)\bw/o\b"), " without "),
    (re.compile(r"(?i)\bw/\s*"), " with "),
    (re.compile(r"(?i)\b4 (me|us|you)\b"), r"for \1"),
    (re.compile(r"(?i)(?<=[a-z]) n (?=[a-z])"), " and "),
    (re.compile(r"(?i)\b(the|that|this|a) ((?:[a-z]+ ){0,2}?)1\b(?!\s*(?:st|nd|rd|th)\b)"), r"\1 \2one"),
    # a blank to fill is the number asked: "There are ___ blue cylinders." (a statement with a gap, not a claim)
    (re.compile(r"(?i)^\s*there (?:are|is) _{2,}\s*(.+?)\s*[.?!]*\s*$"), r"how many \1 are there?"),
    # ("the bus is ___." says no more what goes in the gap than "the bus is": not a count)
    (
        re.compile(
            r"(?i)^\s*(?!(?:the|this|that|a|an|it|its|my|your|his|her|their)\b)(.+?) (?:are|is|has|have) _{2,}"
            r"\s*[.?!]*\s*$"
        ),
        r"how many \1?",
    ),
    # a programmer's call: "list_colors(cubes)" asks about its argument (an aside in brackets has a space before it)
    (re.compile(r"\b([a-z]+(?:_[a-z]+)+)\(([a-z][a-z _]*)\)"), lambda m: f"{m[1]} of {m[2]}"),
    # "men minus women": how many more of the one than of the other
    (
        re.compile(r"(?i)^\s*(?:the )?([a-z]+) minus (?:the )?([a-z]+)\s*[,?]?\s*(?:how many)?\s*[?.!]*\s*$"),
        r"how many more \1 than \2 are there?",
    ),
    # an apology or a story about the asker before the question ("sorry to bother you, but ...", "I'm checking my
    # kid's homework and I think the answer is wrong - how many ...")
    (
        re.compile(
            r"(?i)^\s*(?:(?:hi|hello|hey)\s*[!,.]*\s*)?(?:so )?(?:sorry to (?:bother|trouble|disturb) you|"
            r"sorry for (?:the trouble|bothering you)|sorry if (?:this|it) (?:is|'s|sounds) (?:a )?(?:silly|stupid|"
            r"dumb|daft|basic|obvious|weird|strange) question|excuse me|pardon me)\s*[,.!]*\s*(?:but\s+)?"
        ),
        "",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:i|i'm|i am|i've|i have|we|we're|my)\b(?![^?]*\b(?:see|spot|notice|count|call|calls|reckon|"
            r"guess|there's|called|mean|means|there is|there are|looking for|searching for|hunting for|trying to find|"
            r"need|want|wonder if there)\b)"
            r"[^?]{12,}?\s+[-–—:]+\s+(?=(?:how|what|which|where|who|is|are|does|do|can|could|count|tell)\b)"
        ),
        "",
    ),
    (re.compile(r"(?i)\s*,\s*as (?:one|you|we|anyone) (?:should|must|ought to|would|does|do)\s*,"), ","),
    (
        re.compile(
            r"(?i)\b(at the (?:very )?back|furthest back|at the (?:very )?front)\s*,?\s*(?:behind|in front of) "
            r"(?:everything|everyone|all)\b"
        ),
        r"\1",
    ),
    (re.compile(r"(?i)\bthe ([a-z]+) the most (?:at the back|behind|in the back|to the back)\b"), r"the rearmost \1"),
    (
        re.compile(r"(?i)\bthe ([a-z]+) the most (?:at the front|in front|in the front|to the front)\b"),
        r"the frontmost \1",
    ),
    (
        re.compile(
            r"(?i)\b(furthest|farthest) to the (left|right) of "
            r"(?:everyone|everybody|everything|all|them all|all of them)\b"
        ),
        r"\1 to the \2",
    ),
    (re.compile(r"(?i)^\s*it is true that\b(?=[^?]*\?\s*$)"), "is it true that"),
    (
        re.compile(
            r"(?i)^(.*\brectangles?\b[^?.!]*?)\s*[?.!]\s*(?:the |a )?squares? (?:also |too )?counts? (?:also |too )?as "
            r"(?:a )?rectangles?(?: too| also| as well)?\s*[?.!]*\s*$"
        ),
        r"if we count squares as rectangles too, \1?",
    ),
    # round 54g (blind56): "whatever's / whoever's / whichever one's furthest back", places said the long way
    (
        re.compile(
            r"(?i)\b(?:way |right )?out (?:on|to) the (left|right)(?: (?:wing|flank|edge|side))?(?: of [a-z ]+?)?"
            r"(?=[,?.!]|\s*$)"
        ),
        r"on the far \1",
    ),
    (re.compile(r"(?i)\b(?:the one )?way out (?:the|at the) back\b"), "the one at the back"),
    (re.compile(r"(?i)(?<!the )\b(second|third|fourth|fifth|first|last) place from\b"), r"\1 from"),
    (re.compile(r"(?i)\b(?:leading|out in front|up front) from the front\b"), "at the front"),
    (re.compile(r"(?i)\b(?:hanging back|lagging behind|bringing up the rear|trailing at the back)\b"), "at the back"),
    (
        re.compile(
            r"(?i)\b(the (?:middle|left|right|first|second|third|last) (?!ones?\b)[a-z]+) of the "
            r"(?:two|three|four|five|six)\b"
        ),
        r"\1",
    ),
    (
        re.compile(
            r"(?i)^\s*of the (?:two|three|four|five|six|\d+) ([a-z]+?)s?\s*,\s*(what|which) ([a-z]+) is the one\b"
        ),
        r"\2 \3 is the \1",
    ),
    (
        re.compile(r"(?i)\ba (big|small|large|little|tiny|huge) one or a (big|small|large|little|tiny|huge) one\b"),
        r"\1 or \2",
    ),
    (re.compile(r"(?i)\b(?:cut|made|drawn|painted|sized) (?:to|in) the same (size|colou?r|shape)\b"), r"the same \1"),
    (re.compile(r"(?i)\s*,\s*put together(?=\s*[?.!]*\s*$)"), ""),
    (
        re.compile(r"(?i)\b(?:left|right)-hand side of the picture or (left|right)-hand(?: side)?\b"),
        r"on the left or on the right",
    ),
    (re.compile(r"(?i)\bhigh up\s*,\s*(?=at the top\b)"), ""),
    (re.compile(r"(?i)\b(?:set|laid|put) out (?=anywhere\b|on\b|here\b)"), ""),
    (re.compile(r"(?i)^\s*what(?:'s| is) that (?=[a-z]+ing\b)"), "what is "),
    (re.compile(r"(?i)^\s*what time(?:'s| is) (?:that|the) ([a-z]+) showing\b"), r"what time does the \1 show"),
    (
        re.compile(r"(?i)^\s*how many ([a-z ]+?) can (?:i|we|you) see(?: through the [a-z]+)?(?=\s*[?.!]*\s*$)"),
        r"how many \1 are there",
    ),
    (
        re.compile(
            r"(?i)^\s*there (?:isn't|is not|aren't|are not) (a|an|any) ([a-z ]+?)(?: about| around| here)?\s*,\s*"
            r"(?:is|are) there(?=\s*[?.!]*\s*$)"
        ),
        r"is there \1 \2",
    ),
    (re.compile(r"(?i)^\s*anything ([a-z]+) (?:over )?(?=on the\b|in the\b|at the\b)"), r"is there anything \1 "),
    (
        re.compile(
            r"(?i)^\s*do the ([a-z]+?)s and the ([a-z]+?)s balance\b(?:\s*\?\s*(?:the )?same number(?: of each)?)?"
        ),
        lambda m: (
            f"are there as many {m[1]} things as {m[2]} things"
            if LEXICON.attribute_of(m[1].lower()) and LEXICON.attribute_of(m[2].lower())
            else m[0]
        ),
    ),
    (
        re.compile(
            r"(?i)^(.+?)\s*,\s*(?:that|it|she|he)(?:'s| is) (?!a\b|an\b|the\b)([a-z]+)\s*,?\s*"
            r"(?:innit|isn't it|is it|yeah|yes|right|no|eh|ain't it)\s*\?\s*$"
        ),
        r"is \1 \2?",
    ),
    (
        re.compile(
            r"(?i)^\s*the ([a-z]+)(?:'s| is) only a (big|small|large|little|tiny) one\s*,\s*"
            r"(?:isn't it|is it|innit|right)\s*\?\s*$"
        ),
        r"is the \1 \2?",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:(?:now|so|right|okay|ok|well)\s*,?\s*)?(?:ladies and gentlemen|boys and girls|kids|children|"
            r"class|folks|everyone|everybody|friends|people|team)\s*[,!:]\s*"
        ),
        "",
    ),
    (re.compile(r"(?i)\s*\bin the field of play\b"), ""),
    # a sailor's sides: "aft of", "to port of", "furthest to starboard" (and the landlubber's gloss after them)
    (
        re.compile(
            r"(?i)(?<=\?)\s*(?:aft|astern|abaft|fore|port|starboard)\s*[.!]\s*(?:behind|in front of|"
            r"(?:to the )?(?:left|right)(?: of)?) it\s*,?\s*i mean\s*[.!]?\s*$"
        ),
        "",
    ),
    (re.compile(r"(?i)\b(?:aft|astern|abaft) of\b"), "behind"),
    (re.compile(r"(?i)\b(?:fore|forward) of\b"), "in front of"),
    (re.compile(r"(?i)\b(?:to |on the )?port(?: side)? of\b"), "to the left of"),
    (re.compile(r"(?i)\b(?:to |on the )?starboard(?: side)? of\b"), "to the right of"),
    (
        re.compile(r"(?i)\b(furthest|farthest|most) to (port|starboard)\b"),
        lambda m: f"{m[1]} to the {'left' if m[2].lower() == 'port' else 'right'}",
    ),
    (re.compile(r"(?i)\s*,\s*that's the (?:left|right) for you landlubbers\s*,?"), ","),
    (
        re.compile(r"(?i)^\s*(\w+) (?:against|versus|vs\.?) (\w+)\s*[:,\u2013\u2014-]+\s*((?:do|are|is) .*?)\bthem\b"),
        _them_the_other,
    ),
    (re.compile(r"(?i)\s*,\s*(?:everyone|everybody|folks|y'all|you lot)\s*(?=[?.!]*\s*$)"), ""),
    (re.compile(r"(?i)^(\s*(?:the|that|this) [a-z ]+?)\s*(?:,|—|-)\s*is (?:that|this) one\b"), r"is \1"),
    (re.compile(r"(?i)\b(?:dominant|predominant|prevailing|main) colou?r\b"), "most common colour"),
    (
        re.compile(r"(?i)^\s*(?:give|list|tell) me (?:every|all the|each) colou?r (?:used|there is|you see)\b"),
        "what colours are there",
    ),
    (re.compile(r"(?i)\s*,\s*(?:the )?most (?:frequent|common) (?:one )?first(?=\s*[?.!]*\s*$)"), ""),
    (re.compile(r"(?i)\s*,\s*[a-z]+ as (?:anything|can be|you like|ever|(?:a|an) [a-z]+)\b"), ""),
    (
        re.compile(
            r"(?i)^\s*(?:and |so |ok |okay |now )?(.+?)\s*,\s*(?:that|it)(?:'s| is) (a|an) ([a-z]+)\s*,?\s*"
            r"(?:innit|isn't it|is it|yeah|yes|right|eh|no)\s*\?\s*$"
        ),
        r"is \1 \2 \3?",
    ),
    (
        re.compile(r"(?i)^\s*(?:just )?to (?:confirm|check|be sure|be clear|double-check)(?: for [a-z ]+?)?\s*[:,]\s*"),
        "",
    ),
    (re.compile(r"(?i)^\s*next (?:patient|customer|item|case|up|contestant|exhibit|lot)\s*:\s*"), ""),
    (re.compile(r"(?i)^\s*there(?:'s| is) only (?:the )?one ([a-z]+)\s*[.;]\s*"), r"there is a \1; "),
    (
        re.compile(
            r"(?i)\b(the (?:[a-z]+ )?(?:red|blue|green|yellow|purple|cyan|brown|gray|grey|little|small|big|large)) "
            r"number\b(?! of)"
        ),
        r"\1 one",
    ),
    (
        re.compile(
            r"(?i)\bthe ((?:[a-z]+ )?)one ((?:at|on|in|near|behind|to) [a-z ]+?)\s*,\s*the ([a-z]+)(?=\s*[.?,])"
        ),
        r"the \1\3 \2",
    ),
    (
        re.compile(
            r"(?i)^\s*((?:the )?[a-z]+(?: [a-z]+){0,3}?) (?:versus|vs\.?|against) ((?:the )?[a-z]+(?: [a-z]+){0,3}?)"
            r"\s*[.:?]\s*"
            r"which(?: one)?(?:'s| is) (?:the )?(bigger|smaller|larger)\s*\?"
        ),
        r"which is \3, \1 or \2?",
    ),
    (re.compile(r"(?i)\barn't\b"), "aren't"),
    (re.compile(r"(?i)\binfront\b"), "in front"),
    # chat abbreviations that only say how the writer feels about the question
    (
        re.compile(
            r"(?i)[\s,]*\b(?:ngl|lol|lmao|fr|tbh|imo|imho|smh|lowkey|highkey|innit|fwiw|pls|plz|gg|ez|no cap|"
            r"gg if so|literally|lowkey curious|just curious|rn|asap)\b"
        ),
        " ",
    ),
]
"""Chat and exam forms rewritten before anything else: a question's number ("Q3)", "2."), "w/" and "w/o", "4 me",
"n" for "and", "the green 1", a blank to fill ("There are ___ cubes."), "ngl", "lol", "fr"."""


_WAKE = re.compile(r"(?i)^\s*(?:hey|ok|okay|hi|hello|yo)\s+([a-z]+)\b\s*[,!:]?\s*")
_WAKE_AFTER = re.compile(r"(?i)\s*[,!]?\s*\b(?:hey|ok|okay)\s+([a-z]+)\s*[?.!]*\s*$")
_ABBREVIATIONS = [
    (re.compile(r"(?i)\bcyls\b"), "cylinders"),
    (re.compile(r"(?i)\bcyl\b"), "cylinder"),
    (re.compile(r"(?i)\bsphs\b"), "spheres"),
    (re.compile(r"(?i)\bsph\b"), "sphere"),
    (re.compile(r"(?i)\bobjs\b"), "objects"),
    (re.compile(r"(?i)\bobj\b"), "object"),
    (re.compile(r"(?i)\blg\b"), "large"),
    (re.compile(r"(?i)\bsm\b"), "small"),
    (re.compile(r"(?i)\bmed\b"), "medium"),
    (re.compile(r"(?i)(?:(?<=same )|(?<=metal )|(?<=rubber )|(?<=: ))mat\b|\bmat(?=\s*\?|\s*$)"), "material"),
    (re.compile(r"(?i)\bimg\b"), "image"),
    (re.compile(r"(?i)\bqty\b"), "how many"),
    (re.compile(r"(?i)\bpos(?:ition)?(?: check)?\s*:\s*"), " "),
    (re.compile(r"^\s*#\s*(?:of\s+)?(?=[A-Za-z])"), "how many "),
    (re.compile(r"\bL(?= of\b| or\b)"), "left"),
    (re.compile(r"\bR(?= of\b|\s*[?.]|\s*$)"), "right"),
    (re.compile(r"(?<=\bfrom )R\b"), "right"),
    (re.compile(r"(?<=\bfrom )L\b"), "left"),
    (re.compile(r"\s*->\s*"), " : "),
    (re.compile(r"\s+=\s+|(?<=\w)=(?=\s*\w)"), " is "),
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"\bAND\b"), "and"),
    (re.compile(r"\bOR\b"), "or"),
    (re.compile(r"\bNOT\b"), "not"),
]
"""A lab notebook's or a robot log's abbreviations ("# lg obj w/ metal mat", "sph behind lg cyan cyl -> color?")."""
_MOODS = [
    (re.compile(r"(?i)^\s*(?:(?:ugh+|argh+|seriously|honestly|come on|geez|jeez|ffs|sigh)\b[,!.]*\s*)+"), " "),
    (re.compile(r"(?i)\bstrictly (greater|more|less|fewer|smaller|larger) than\b"), r"\1 than"),
    (
        re.compile(
            r"(?i)\s*,?\s*(?:at least )?one of (?:these|them|those|the two) is (?:true|right|correct)\s*[?.!]*\s*$"
        ),
        " ",
    ),
]
"""Impatience and emphasis that ask nothing ("ugh", "strictly greater", "one of these is true?")."""
_HEARD = [
    (re.compile(r"(?i)\bblew\b"), "blue"),
    (re.compile(r"(?i)\bmettle\b"), "metal"),
    (re.compile(r"(?i)\btoo (?=the (?:left|right|front|back)\b|(?:left|right) of\b)"), "to "),
]
"""What speech recognition writes for a word it heard ("blew" for blue); the ones that are also words ("read",
"too", "for", "won") are read by their context (:func:`_heard_in_context`)."""


def _heard_in_context(text: str) -> str:
    """ "read" for red, "too"/"to" for two, "for" for four, "won" for one, where the next words make the colour or
    the number the only reading ("the read cube", "are there too cylinders", "exactly for spheres")."""
    words = text.split(" ")
    asks_is = bool(words) and words[0].lower() in {"is", "are", "was", "were"}
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        following = [w.lower().strip("?.!,") for w in words[i + 1 : i + 3]]
        named = bool(following) and (
            LEXICON.noun(following[0]) is not None or _is_adjective(following[0]) or following[0] in _GENERIC
        )
        before = out[-1].lower() if out else ""
        if low == "read" and (named or following[:1] == ["ones"] or (not following and asks_is)):
            if before not in {"to", "can", "could", "does", "do", "please", "you", "me", "i", "and"}:
                word = "red"
        elif low in {"too", "to"} and named and _counted(following) and before not in {"next", "close", "closer"}:
            # "to" after a word that takes it ("compared to spheres", "similar to cubes") stays "to"
            word = "two" if low == "too" or before in _STATED_BEFORE | _BEFORE_A_COUNT else word
        elif low == "for" and named and _counted(following) and before in _STATED_BEFORE:
            word = "four"
        elif low == "won" and named:
            word = "one"
        out.append(word)
    return " ".join(out)


_STATED_BEFORE = frozenset("exactly than there least most only just are is have has".split())
_BEFORE_A_COUNT = frozenset("see count got find spot with".split())


def _counted(following: list[str]) -> bool:
    """Whether the next words are a plural noun, maybe after an adjective ("cylinders", "red balls")."""
    plural = [_is_plural_noun(w) or w in _GENERIC for w in following]
    if plural and plural[0]:
        return True
    return len(following) > 1 and _is_adjective(following[0]) and plural[1]


_REDUPLICATED = re.compile(r"(?i)\b([a-z]{3,})-([a-z]{3,})\b")
_ONSET = re.compile(r"^[^aeiouy]+")


def _unreduplicated(match: re.Match[str]) -> str:
    """Baby talk's doubled word as the word: "tree-trees" -> "trees", "frisbee-wisbee" -> "frisbee" (the same
    word again, or again with another first consonant); other hyphenated words stay."""
    first, second = match.group(1), match.group(2)
    if second.lower() in {first.lower(), first.lower() + "s", first.lower() + "es"}:
        return second
    rhyme, other = _ONSET.sub("", first.lower()), _ONSET.sub("", second.lower())
    if len(rhyme) >= 3 and rhyme == other and first[0].lower() != second[0].lower():
        return first
    return match.group(0)


_ARCHAIC = [
    (re.compile(r"(?i)^\s*(?:pray|prithee|i pray thee|tell me true)\s*,?\s*"), " "),
    (re.compile(r"(?i)^(\s*)be (?=(?:the|there|it|they|them|that|this|yon|ye|all|both|any)\b)"), r"\1is "),
    (re.compile(r"(?i)\bo'(?=\s)"), "of"),
    (re.compile(r"(?i)\bdoth\b"), "does"),
    (re.compile(r"(?i)\bdost\b"), "do"),
    (re.compile(r"(?i)\bhath\b"), "has"),
    (re.compile(r"(?i)\b(?:thou|thee)\b"), "you"),
    (re.compile(r"(?i)\byon\b(?= \w)"), "the"),
]
"""Archaic and stage English ("doth", "yon", "pray", "o'", a pirate's "be the ball bigger")."""


_ORDINAL_OF = {"one": "first", "two": "second", "three": "third", "four": "fourth", "five": "fifth", "1": "first",
               "2": "second", "3": "third", "4": "fourth", "5": "fifth"}  # fmt: skip
_SIDE_RELATION = {"left": "left of", "right": "right of", "front": "in front of", "back": "behind"}
"""The relation a thing's side names ("the cube's right side": right of the cube)."""
_UP_DOWN = {"up": "top", "above": "top", "top": "top", "down": "bottom", "below": "bottom", "bottom": "bottom"}
"""A learner's "up" and "down" for the top and bottom of a picture ("the row of up", "the down-right corner")."""

_TOLD_THING = r"(?:(?:exactly |just |only )?one (?:more )?|(?:again )?an? (?:second |further )?|another )"
"""The determiner of a thing told to be somewhere ("there is one more cylinder", "there's exactly one cube")."""


_DIALECT = [
    # "like what shape is it?": a filler before the question; "just the shape is grand", "colour's fine": the
    # attribute asked, how it is said
    (re.compile(r"(?i)(^|[?.!] )\s*like,? (?=(?:what|which|how)\b)"), r"\1"),
    (
        re.compile(
            r"(?i)\b((?:just |only )?(?:the )?(?:colou?r|shape|size|material))(?: is|'s| would be) "
            r"(?:grand|fine|enough|ok|okay|good|plenty|great|perfect)\b"
        ),
        r"\1",
    ),
    # "how many of them cylinders", "them cubes": those (a demonstrative before a plural noun)
    (
        re.compile(
            r"(?i)\b(of |all |are |is |see |count )them (?=(?!ones\b|all\b|was\b|has\b|does\b|is\b)[a-z]{2,}s\b)"
        ),
        r"\1those ",
    ),
    (  # "there's a cube — yellow, I think? What's that cube made of?": the asker's guess said in passing
        re.compile(
            r"(?i)\s*[\u2014\u2013,]\s*(?:(?:only|just|exactly|probably|maybe) )?(?:[a-z]+ ){0,2}?[a-z]+,? i (?:think|"
            r"believe|reckon|guess|suppose)\s*[?.!]?(?=\s+[A-Z])"
        ),
        ".",
    ),
    (  # "the row of up", "the down-right corner", "the corner of up at the left": top and bottom
        re.compile(r"(?i)\b(?:the )?row of (up|down|above|below|top|bottom)\b"),
        lambda m: f"the {_UP_DOWN[m[1].lower()]} row",
    ),
    (
        re.compile(r"(?i)^\s*witch (?=(?:one|ones|shape|shapes|colou?r|is|are|of)\b)"),
        "which ",
    ),
    (
        re.compile(r"(?i)\b(up|down)[- ](left|right)\b(?! to\b)"),
        lambda m: f"{_UP_DOWN[m[1].lower()]} {m[2]}",
    ),
    (
        re.compile(r"(?i)\bcorner of (up|down) (?:at|on) the (left|right)\b"),
        lambda m: f"{_UP_DOWN[m[1].lower()]} {m[2]} corner",
    ),
    (  # "Purple cube right side have one ball.", "Blue cylinder's left side has cube.": a thing placed by another
        re.compile(
            r"(?i)(?:^|(?<=[.;!?])\s*)\s*(the |this |that )?((?:[a-z]+ ){0,3}?[a-z]+?)(?:'s)? (left|right|front|back)"
            r"(?:[ -]hand)? side (?:in |of it )?(?:have|has|got|there is|there's|lies|stands|sits) "
            r"(?:one |a |an |another )?([a-z]+(?: [a-z]+)?)(?=\s*[.,;?])"
        ),
        lambda m: f" there is a {m[4]} {_SIDE_RELATION[m[3].lower()]} {(m[1] or 'the ').lower()}{m[2]}",
    ),
    (  # "Left side of the small yellow sphere there is one cylinder.", "left from this ball there is a cylinder"
        re.compile(
            r"(?i)(?:^|(?<=[.;!?,])\s*)\s*(?:and )?(?:on the |at the |to the |in the )?(left|right|front|back)"
            r"(?: side)? (?:of|from) ((?:the |this |that )[a-z ]+?) (?:there is|there's|have|has|got|lies|stands|sits) "
            rf"{_TOLD_THING}?([a-z]+(?: [a-z]+)?)(?=\s*[.,;?])(\s*,(?= and\b))?"
        ),
        lambda m: f" there is a {m[3]} {_SIDE_RELATION[m[1].lower()]} {m[2]}{'.' if m[4] else ''}",
    ),
    (  # "In front of that cylinder there is another cylinder.": the thing, then its place
        re.compile(
            r"(?i)(?:^|(?<=[.;!?,\u2014\u2013])\s*)\s*(?:and |then |and then )?"
            r"(in front of|behind|(?:to the )?(?:left|right) of) ((?:the |this |that )"
            rf"[a-z ]+?|it|them),? there (?:is|'s) {_TOLD_THING}([a-z]+(?: [a-z]+)?)(?=\s*(?:[.,?\u2014\u2013]|-\s))"
        ),
        lambda m: m[0] if re.search(r" (?:which|that|who)\b", m[2]) else f" there is a {m[3]} {m[1]} {m[2]}",
    ),
    (  # "To the right of that sphere is another sphere.": a chain's next step told without "there"
        re.compile(
            r"(?i)(?:^|(?<=[.;!,\u2014\u2013])\s*)\s*(?:and |then |and then |now,? )?(in front of|behind|"
            r"(?:to the |at the |on the )?(?:left|right) of) "
            rf"((?:the |this |that )[a-z ]+?),? (?:is|sits|stands|lies) {_TOLD_THING}([a-z]+(?: [a-z]+)?)"
            r"(?=\s*(?:[.,;\u2014\u2013]|-\s))"
        ),
        lambda m: (
            f" there is a {m[3]} {m[1]} {m[2]}"
            # a chain told so far, or its first step said first ("To the left of the red ball is a cylinder, and ...")
            if not re.search(r" (?:which|that|who|there)\b", m[2])
            and (
                re.search(
                    r"(?i)\bthere(?:'s| is| are)\b|\b(?:in front of|behind|(?:left|right) of) (?:the|this|that) "
                    r"[a-z ]+? (?:is|stands|sits|lies) (?:an?|one)\b",
                    m.string[: m.start()],
                )
                or (m[2].lower().startswith("the ") and not m.string[: m.start()].strip(" ,.;!"))
                or (re.match(r"(?i)\s*(?:and |then )", m[0]) and not re.search(r"[.;!?]", m.string[: m.start()]))
            )
            else m[0]
        ),
    ),
    (
        re.compile(r"(?i)\s*,\s*(colou?r|shape|size|material) of (it|that|that one|this)\s*[?.!]*\s*$"),
        r". what \1 is it?",
    ),
    (re.compile(r"(?i)\b(?:its|the) (colou?r|shape|size|material) is what\s*\?"), r"what \1 is it?"),
    (re.compile(r"(?i)\b(that|this) ([a-z]+) (colou?r|shape|size|material) is what\s*\?"), r"what \3 is \1 \2?"),
    (  # "Left of cube gray have what thing? What shape?": what is there
        re.compile(
            r"(?i)^\s*((?:to the )?(?:left|right) of|in front of|behind) (?:the )?([a-z ]+?) (?:have|has|got|there is) "
            r"what (thing|object|shape)\b"
        ),
        r"what \3 is \1 the \2",
    ),
    (  # "Purple sphere's right side in, how many ...", "Right side of the cylinder got how many ...": a place first
        re.compile(r"(?i)^\s*(?:the )?((?:[a-z]+ ){0,3}?[a-z]+)(?:'s|’s) (left|right)(?:[ -]hand)? side(?: in)?\b"),
        r"on the \2 side of the \1",
    ),
    (re.compile(r"(?i)^\s*(?:the )?((?:[a-z]+ ){0,3}?[a-z]+)(?:'s|’s) front side(?: in)?\b"), r"in front of the \1"),
    (re.compile(r"(?i)^\s*(?:the )?((?:[a-z]+ ){0,3}?[a-z]+)(?:'s|’s) back side(?: in)?\b"), r"behind the \1"),
    (re.compile(r"(?i)^\s*(left|right)(?:[ -]hand)? side of\b"), r"on the \1 side of"),
    (re.compile(r"(?i)(?<![\w'])o' they\b"), "of those"),
    (re.compile(r"(?i)(?<![\w'])o'(?=\s)"), "of"),
    (
        re.compile(
            r"(?i)\bhow many of them (?!(?:are|is|were|was|have|has|do|does|can|got)\b)(?=(?:[a-z]+ ){0,2}[a-z]+s\b)"
        ),
        "how many ",
    ),
    (re.compile(r"(?i)^\s*(?:whatever|whichever(?: one)?)(?:'s|’s| is)\s+"), "the one that is "),
    (re.compile(r"(?i)^\s*whoever(?:'s|’s| is)\s+"), "the person who is "),
    (re.compile(r"(?i)^(\s*)whos\b"), r"\1who's"),  # "whos furthest to the right": who is
    (re.compile(r"(?i)\bthey(?:'re|’re)\b"), "they are"),
    (  # "What's that standing behind the bus? A tree, is it?": the guess is what is asked, yes or no
        re.compile(
            r"(?i)^\s*what(?:'s|’s| is) (?:that |the thing |the one |it )?((?:[a-z]+ing )?(?:behind|in front of|"
            r"(?:to the )?(?:left|right) of|on top of|on|under|above|below|next to|near|beside|by) [a-z ]+?)\s*\?\s*"
            r"(?:a|an) ([a-z]+(?: [a-z]+)?)\s*,?\s*(?:is it|right|yeah|isn't it|innit|eh|no|yes)\s*\?\s*$"
        ),
        r"Is the thing \1 a \2?",
    ),
    (  # "What's that behind the girl, a tree?": the same guess after a comma
        re.compile(
            r"(?i)^\s*what(?:'s|’s| is) (?:that |the thing |the one |it )?((?:[a-z]+ing )?(?:behind|in front of|"
            r"(?:to the )?(?:left|right) of|on top of|under|above|below|next to|near|beside) [a-z ]+?)\s*,\s*"
            r"(?:a|an) ([a-z]+(?: [a-z]+)?)\s*[?.!]*\s*$"
        ),
        r"Is the thing \1 a \2?",
    ),
    (re.compile(r"(?i)\b(?:only )?a (?:handful|bunch) of (?=[a-z]+s\b)"), "some "),
    (re.compile(r"(?i)\b(left|right)-hand side\b"), r"\1 side"),
    (re.compile(r"(?i)\b(?:sat|sitting|standing|stood|lying) (?:on its own|by itself|all alone|alone)\b"), ""),
    (re.compile(r"(?i)\b(?:lengths?|bits?|pieces?|sections?|chunks?) of (pipe|tube|piping|tubing)\b"), r"\1"),
    (re.compile(r"(?i)\bt'(?=other\b)"), "the "),
    (re.compile(r"(?i)(?<![\w'])t'\s*(?=[a-z])"), "the "),
    (re.compile(r"(?i)(?<![\w'])'uns\b"), "ones"),
    (re.compile(r"(?i)(?<![\w'])'un\b"), "one"),
    (re.compile(r"(?i)(?<![\w'])'em\b"), "them"),
    (re.compile(r"(?i)\bol'(?=\s)"), ""),
    (re.compile(r"(?i)\b([a-z]{2,}[^aeiou\W])in'(?=[\s,.?!]|$)"), r"\1ing"),
    (re.compile(r"(?i)\b(?:summat|sumthin|somethin|smth|sth)\b"), "something"),
    (re.compile(r"(?i)\bnowt\b"), "nothing"),
    (re.compile(r"(?i)\bgimme\b"), "give me"),
    (
        re.compile(
            r"(?i)(?<=[a-z])\s+(?:d'you|do you|dya|d'ya) (?:reckon|think|suppose|figure)(?=\s+(?:are|is|there)\b)"
        ),
        "",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:[a-z ]{2,30},\s*)?(?:on|in|at|to|over on) the (left|right|top|bottom)(?: side| hand side)?"
            r"(?: of the (?:picture|image|photo|page|sheet))?\s*[:,]\s*how many ([a-z ]+?)\s*\??\s*$"
        ),
        r"how many \2 are on the \1 side of the picture?",
    ),
    (re.compile(r"(?i)\s*,\s*(?:[a-z-]+ )?[a-z-]+ and all(?=\s*[?.!]*\s*$)"), ""),
    (re.compile(r"(?i)\blemme\b"), "let me"),
    (re.compile(r"(?i)\byeller\b"), "yellow"),
    (
        re.compile(
            r"(?i)^\s*any (red|green|blue|yellow|gray|grey|brown|purple|cyan|white|black|orange|pink)"
            r"(?= in\b| on\b| at\b|\s*\?)"
        ),
        r"is there anything \1",
    ),
    (  # "the same size as the star, not counting the star itself": what shares a value is never the thing itself
        re.compile(
            r"(?i)(same (?:colou?r|size|shape|material) as (the [a-z ]+?))\s*[,.?]*\s*(?:not counting|excluding|"
            r"apart from|except|other than|besides) \2(?: itself)?(?=\s*[?.!]*\s*$)"
        ),
        r"\1",
    ),
    (re.compile(r"(?i)\b(the [a-z]+|colou?r|it) (?:itself|themselves)\b"), r"\1"),
    (re.compile(r"(?i)\b(?:laid|placed|lying|sitting|left|kept) (?=anywhere\b)"), ""),
    (re.compile(r"(?i)(?<=[?.!])\s*(?:even one|even a single one|just one|any at all|at all)\s*\?\s*$"), ""),
    (re.compile(r"(?i)(?<=[?.!])\s*[a-z ]{0,30},\s*you know\s*[.!]*\s*$"), ""),
    (  # "What place does this represent?", "Which venue is this?": the place the picture shows
        re.compile(
            r"(?i)^\s*(?:what|which) (?:place|venue|location|setting|kind of place|type of place) (?:does|do) "
            r"(?:this|the (?:picture|photo|image|scene)) (?:represent|show|depict)\b|^\s*which venue is this\b"
        ),
        "what place is this",
    ),
    (re.compile(r"(?i)\s*,?\s+my (?:man|friend|dude|dear|love|boy|girl|guy|mate)(?=\s*[?.!]*\s*$)"), ""),
    (re.compile(r"(?i)\?\s*nah,? right\s*\?\s*$"), "?"),
    (re.compile(r"(?i)^\s*any ([a-z]+) is there (which|that|who)\b"), r"is there any \1 \2"),
    (
        re.compile(r"(?i)^(.*\bhow many [a-z ]+?) (?:remain|are left over|are remaining)(?=\s*[?.!]*\s*$)"),
        r"\1 are there",
    ),
    (re.compile(r"(?i)\bfrom the (back|front|left|right) side\b"), r"from the \1"),
    (
        re.compile(r"(?i)\b(something|anything|someone) (?:chillin'?|chilling|hanging out|hangin'? out)\b"),
        r"\1",
    ),
    (re.compile(r"(?i)\bin the whole (?:composition|scene|image|frame|thing)\b"), "in the picture"),
    (re.compile(r"(?i)^(\s*how many) others\b"), r"\1 other things"),
    (  # "Red or metal, how many of those altogether?"
        re.compile(
            r"(?i)^\s*([a-z]+) or ([a-z]+)\s*,\s*how many(?: of (?:those|them|these))?"
            r"(?: altogether| in total| together)?\s*\??\s*$"
        ),
        lambda m: (
            f"how many things are {m[1]} or {m[2]}?"
            if _is_adjective(m[1].lower()) and _is_adjective(m[2].lower())
            else m[0]
        ),
    ),
    (re.compile(r"(?i)^\s*that ((?:[a-z]+ ){0,3}[a-z]+) (bigger|smaller|larger) than\b"), r"is that \1 \2 than"),
    (  # "the guy on the right his tie what colour", "The man ..., his tie is which colour?": a possession asked
        re.compile(
            r"(?i)^\s*(the [a-z ]+?)\s+(?:his|her|its|their) ([a-z]+) (?:is |are )?(?:what|which) "
            r"(colou?rs?|shape|size|material)\s*(\?*)\s*$"
        ),
        r"what \3 is the \2 of \1\4",
    ),
    (re.compile(r"(?i)\bhow many ([a-z]+) (?:have got|got|have|has) ([a-z]+) on\b"), r"how many \1 are wearing \2"),
    (re.compile(r"(?i)^\s*both ([a-z]+) (wearing|holding|carrying)\b"), r"are both \1 \2"),
    (
        re.compile(r"(?i)^\s*(?:anybody|anyone|somebody|someone)\b(?= (?:in|on|at|near)\b)"),
        "is there a person",
    ),
    (  # "the writing on the bus body": a thing's surface is the thing
        re.compile(r"(?i)\b(the|that|this) ([a-z]+) (?:body|surface|side panel)\b"),
        lambda m: f"{m[1]} {m[2]}" if known_name(singular(m[2].lower())) else m[0],
    ),
    (re.compile(r"(?i)\b(in|on) (?:the|this|that) [a-z]+ (picture|photo|image|pic|drawing)\b"), r"\1 the \2"),
    (re.compile(r"(?i)\s+(?:put|added|taken|lumped) together(?=\s*,\s*how many\b)"), " altogether"),
    (
        re.compile(
            r"(?i)\b(on|in|under|near|behind|beside) (?:that|this) (?=(?!ones?\b)[a-z]+ (?:are|is|aren't|isn't)\b)"
        ),
        r"\1 the ",
    ),
    (  # "Thing right at the front", "Which one's right out on the left?", "the cup at the right end": furthest that way
        re.compile(
            r"(?i)\b(?:that is |which is |is )?right (?:out |over |up )?(?:on|at|to) the (left|right|front|back)\b"
        ),
        lambda m: f"{'is ' if m[0].lower().startswith(('is', 'that', 'which')) else ''}{_MOST[m[1].lower()]}",
    ),
    (
        re.compile(r"(?i)\bthe one at the (?:very )?end on the (left|right)\b"),
        lambda m: f"the {_MOST[m[1].lower()]} one",
    ),
    (
        re.compile(r"(?i)\bthe ([a-z]+) (?:at|on) the (?:far |very )?(left|right)(?:[- ]?hand)? end\b(?! of)"),
        lambda m: f"the {_MOST[m[2].lower()]} {m[1]}",
    ),
    (re.compile(r"(?i)\bto the rear\b(?! of)"), "to the back"),
    (  # "Fork's by the plate, yeah?", "Plate's the same colour as the cup on the right, yeah?": a statement checked
        re.compile(r"(?i)^\s*(?:the )?([a-z]+)(?:'s|’s) (.+?)\s*,?\s*(?:yeah|eh|innit|right|no|yes)\s*\?\s*$"),
        lambda m: (
            f"is the {m[1]} {m[2]}?"
            if known_name(singular(m[1].lower())) and not re.search(r"\b(?:is|are)\b", m[2])
            else m[0]
        ),
    ),
    (re.compile(r"(?i)^\s*what is it that (hangs|sits|stands|lies|is)\b"), r"what \1"),
    (
        re.compile(
            r"(?i)^(\s*what) (?:hangs|sits|stands|lies) (?=(?:in|at) the (?:top|bottom|upper|lower|left|right|middle|"
            r"centre|center)\b)"
        ),
        r"\1 is ",
    ),
    (  # "Number of dogs and number of children — equal?"
        re.compile(
            r"(?i)^\s*(?:the )?number of ([a-z ]+?) and (?:the )?number of ([a-z ]+?)\s*[-—–:,]*\s*(?:equal|the same|"
            r"same)\s*\??\s*$"
        ),
        r"are there as many \1 as \2?",
    ),
    (  # "Metal and rubber, same number of each, eh?"
        re.compile(
            r"(?i)^\s*([a-z]+) and ([a-z]+)\s*,\s*(?:the )?same number(?: of each)?\s*,?\s*(?:eh|right|yeah)?\s*\??\s*$"
        ),
        lambda m: f"are there as many {m[1]} things as {m[2]} things?" if _is_adjective(m[1].lower()) else m[0],
    ),
    (  # "red shapes vs green shapes, r there more red"
        re.compile(
            r"(?i)^\s*([a-z]+ [a-z]+s) (?:vs\.?|versus) ([a-z]+ [a-z]+s)\s*,\s*(?:are|r) there more ([a-z]+)\s*\??\s*$"
        ),
        lambda m: f"are there more {m[1]} than {m[2]}?" if m[1].lower().startswith(m[3].lower()) else m[0],
    ),
    (re.compile(r"(?i)\bwould you be so kind as to\b"), "please"),
    (re.compile(r"(?i)\bwhat (colou?rs?) (the [a-z ]+?) (?:is|are) wearing\b"), r"what \1 is \2 wearing"),
    (
        re.compile(
            r"(?i)^(\s*how many .+?)\s*,\s*(?:counting|including|with) (?:the )?[a-z ]+?(?: also| too| as well)?"
            r"(?=\s*\?*\s*$)"
        ),
        r"\1",
    ),
    (
        re.compile(r"(?i)^\s*(?:i )?reckon there(?:'s|’s| is| are)(?= (?:as many|more|fewer|less|the same)\b)"),
        "are there",
    ),
    (
        re.compile(
            r"(?i)\b(one|ones|thing|object|shape)(?:'s|’s) (?=(?:furthest|farthest|closest|nearest|right|over|"
            r"leftmost|rightmost|frontmost|backmost)\b)"
        ),
        r"\1 is ",
    ),
    (re.compile(r"(?i)\b(bigger|smaller|larger|taller|shorter)(?:'n| than) the other(?: one)?\b"), r"\1"),
    (re.compile(r"(?i)\b(furthest|farthest|most|right) over (?=(?:to|tae|on|at) the\b)"), r"\1 "),
    (re.compile(r"(?i)^(\s*how many [a-z ]+? (?:are there|would there be)) in it\b"), r"\1"),
    (re.compile(r"(?i)\bare ((?:the|these|those|all the) [a-z ]+?) having(?=\s*\?*\s*$)"), r"do \1 have"),
    (re.compile(r"(?i)^\s*what(?:'s|’s| is) that (?:down |up |over )?(in|at) the\b"), r"what is \1 the"),
    (re.compile(r"(?i)((?:^|,)\s*which [a-z]+ is) more (?:to the |on the )?(left|right)(?=\s*\??\s*$)"), r"\1 \2most"),
    (re.compile(r"(?i)\btae\b(?= the\b)"), "to"),
    (re.compile(r"(?i)\b(bigger|smaller|larger|taller|shorter)'n\b"), r"\1 than"),
    (re.compile(r"(?i)^\s*every one of (?:them|the|those) ([a-z]+s) (?=[a-z]+\s*\??\s*$)"), r"are all the \1 "),
    (re.compile(r"(?i)^(\s*how many [a-z ]+?) consists? of\b"), r"\1 are made of"),
    (re.compile(r"(?i)^(\s*)what all\b"), r"\1what"),
    (  # "How many balls would there be in it?", "Would the cyan ones all be ...?": no condition, so what is there
        re.compile(
            r"(?i)^(?!.*\b(?:if|suppose|supposing|imagine|were|added|removed|took|take|put)\b)(.*?)\bwould there be\b"
        ),
        r"\1are there",
    ),
    (
        re.compile(
            r"(?i)^(?!.*\b(?:if|suppose|supposing|imagine|were|added|removed|took|take|put)\b)\s*would "
            r"((?:the|these|those|all|both) [a-z ]+?) be (?=(?:made|the same|[a-z]+\s*\??\s*$))"
        ),
        r"are \1 ",
    ),
    (re.compile(r"(?i)^(\s*which (?:one )?is (?:bigger|smaller|larger)) now\b"), r"\1"),
    (re.compile(r"(?i)\s+then(?=\s*\?\s*$)"), ""),
    (re.compile(r"(?i)\bdown (in|at) the (bottom)\b"), r"\1 the \2"),
    (re.compile(r"(?i)\b(?:any|some) colou?r (?:but|except|other than) ([a-z]+)\b"), r"not \1"),
    (re.compile(r"(?i)\b(has|have) (?:got )?hold of\b"), "is holding"),
    (re.compile(r"(?i)\bthe row of below\b"), "the bottom row"),
    (re.compile(r"(?i)\bthe row of above\b"), "the top row"),
    (re.compile(r"(?i)\b(?:the )?clothing worn by\b"), ""),
    (re.compile(r"(?i)\bmale child\b"), "boy"),
    (re.compile(r"(?i)\bfemale child\b"), "girl"),
    (
        re.compile(r"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+)?)\s*[-—–:,]+\s*(?:from|of) what material\s*\?*\s*$"),
        r"what material is the \1 made of?",
    ),
    (re.compile(r"(?i)(?<![\w'])'cept\b|\bexcept for\b"), "except"),
    (re.compile(r"(?i)\bain't\b"), "isn't"),
    (re.compile(r"(?i)\bat a'(?=\W|$)"), "at all"),
    (re.compile(r"(?i)\bfae\b"), "from"),
    (re.compile(r"(?i)\bwhit(?= (?:shape|colou?r|size|material|is|'s|like|kind)\b)"), "what"),
    (re.compile(r"(?i)\b(would|do|did|could|can|will|have|are) ye\b"), r"\1 you"),
    (re.compile(r"(?i)\blotta\b"), "lots of"),
    (re.compile(r"(?i)\bhow many (?:are )?we talk(?:ing|in'?)(?: about)?\b"), "how many are there"),
    (re.compile(r"(?i)\s+an' all\b|\s+and all(?=\s*[.!?])"), ""),
    (re.compile(r"(?i)\bin behind\b"), "behind"),
    (re.compile(r"(?i)^(\s*)them (?=(?:two|three|four|both|[a-z]+s)\b)"), r"\1the "),
    (re.compile(r"(?i)\s*,\s*every (?:last |single )?one of (?:'em|them)\s*,"), " "),
    (  # "Metal objects how many there are?", "the small ones ah, how many got?", "X, they are how many?", "Right
        # side of the cylinder got how many things?": a count asked last, of what was said first
        re.compile(
            r"(?i)(?<=[a-z])\s*(,)?\s*(?:(\b(?:ah|la|lah|leh|ne|na)\s*,?|(?:they|these|those|it) (?:are|is)|(?:the )?"
            r"(?:picture|photo|image)(?: inside)?(?: have| has| got)?|got|have|has|there is|there are|is|are)\s+)?"
            r"how many( things| objects| ones)?(\s+(?:there are|got|there))?(?=\s*[?.!]*\s*$)"
        ),
        lambda m: f", how many{m[3] or ''}" if m[2] or m[4] else m[0],
    ),
    (re.compile(r"(?i)\b(is|are) there (?:here|in here|over here)\b"), r"\1 there"),
    (re.compile(r"(?i)\bthe corner at the (top|bottom) (?:at|on) the (left|right)\b"), r"the \1 \2 corner"),
    (re.compile(r"(?i)\b(which|what) ([a-z]+) there is(?=\s*[?.!]*\s*$)"), r"\1 \2 is there"),
    (  # "Top-right corner: which shape occupies it?", "In the bottom left corner of the photo, what thing is there?"
        re.compile(
            r"(?i)^\s*(?:in |at )?(?:the )?(top|bottom)[ -](left|right) corner"
            r"( of the (?:photo|picture|image|drawing))?\s*[:,-]+\s*(which|what) ([a-z]+) "
            r"(?:occupies it|is in it|is there|sits there|is in there)"
        ),
        r"\4 \5 is in the \1 \2 corner\3",
    ),
    (  # "The shape in the bottom left corner, which one is?"
        re.compile(
            r"(?i)^\s*the ([a-z]+) (in the [a-z ]+? corner)\s*,\s*(?:which|what) (?:one )?is(?: it)?(?=\s*\?*\s*$)"
        ),
        r"which \1 is \2",
    ),
    (re.compile(r"(?i)\bthe last one on the (left|right)\b"), r"the \1most one"),
    (
        re.compile(r"(?i)\bnumber (one|two|three|four|five|1|2|3|4|5) from the\b"),
        lambda m: f"{_ORDINAL_OF[m[1].lower()]} from the",
    ),
    (re.compile(r"(?i)\bstands? as (first|second|third|fourth|fifth|last)\b"), r"is \1"),
    (re.compile(r"(?i)\btell please\b"), "please tell me"),
    (
        re.compile(r"(?i)\b(?:which|what) (colou?r|shape|size|material) (?:has|have)(?=\s*[?.!]*\s*$)"),
        r"what \1",
    ),
    (re.compile(r"(?i)^(\s*(?:please\s*,?\s*)?how many [a-z ]+?) are they\b"), r"\1 are there"),
    (  # "the guy in white, he's on the right of the bus or the left", "Green cylinder it at left side of picture or
        # right side?": the thing, taken up by a pronoun, then the choice of its place
        re.compile(
            r"(?i)^\s*(?:the )?((?:(?!(?:is|are|was)\b)[a-z]+ ){0,3}?(?!(?:is|are|was)\b)[a-z]+)\s*,?\s+"
            r"(?:it|he|she|they)(?:'s| is| are| stays?| stands?|"
            r" sits?| lies| is standing| is sitting)?\s+"
            r"((?:at|on|in|to) [^?]+ or [^?]+?)\s*\??\s*$"
        ),
        r"is the \1 \2?",
    ),
    (  # "in the top row or the bottom row", "in the upper part of the photo or in the lower": which half
        re.compile(
            r"(?i)\b(?:in|at|on) (?:the )?(top|bottom|upper|lower)(?: (?:row|half|part|side))?(?: of (?:the )?"
            r"(?:picture|photo|image|drawing|frame))? or (?:in |at |on )?(?:the )?(top|bottom|upper|lower)"
            r"(?: (?:row|half|part|side|one))?(?: of (?:the )?(?:picture|photo|image|drawing|frame))?\b"
        ),
        lambda m: f"in the {_SIDE_OF[m[1].lower()]} or {_SIDE_OF[m[2].lower()]} of the picture",
    ),
    (  # "on the left of the bus or on the right of it", "on the left side of the cycle or right side"
        re.compile(
            r"(?i)\b(?:on|at) (?:the )?(left|right)(?: side| hand side)? of ((?:the |this |that )"
            r"(?!(?:picture|photo|image|pic|frame|drawing|screen|page)\b)[a-z ]+?) or "
            r"(?:on |at |to )?(?:the )?(left|right)(?: side| hand side)?(?: of (?:it|them|him|her))?(?=\s*[?.!]*\s*$)"
        ),
        r"to the \1 of \2 or to the \3 of it",
    ),
    (  # "Position of the woman relative to the bus: in front of it or behind it?"
        re.compile(
            r"(?i)^\s*(?:the )?position of (the [a-z ]+?) (?:relative|compared) to (the [a-z ]+?)\s*[:,-]+\s*"
            r"(.+?)\bit\b"
        ),
        r"is \1 \3\2",
    ),
    (  # "Would it be correct to say that ...", "Would I be right in saying ...": is it true that
        re.compile(
            r"(?i)^\s*would (?:it|that) be (?:correct|right|true|fair|accurate) to (?:say|state|claim)(?: that)?\s+|"
            r"^\s*would (?:i|we) be (?:right|correct) (?:in|to) (?:saying|say|thinking|think|claiming)(?: that)?\s+"
        ),
        "is it true that ",
    ),
    (re.compile(r"(?i)\bi (?:should|would) (?:like|love) to know\b"), "tell me"),
    (re.compile(r"(?i)\bmost of (?:these|those)(?= (?:are|is|have)\b)"), "most of the objects"),
    (re.compile(r"(?i)\bhow many ([a-z ]+?) would (?:that|this|it) be\b"), r"how many \1 are there"),
    (re.compile(r"(?i)\b(?:have|got) we(?: got)?(?: at all)?(?=\s*[?.!]*\s*$)"), "are there"),
    (re.compile(r"(?i)\s*,?\s*if you (?:would|could|'d) be so kind\b|\s*,?\s*if you please\b"), ""),
    (re.compile(r"(?i)\bkindly\b"), "please"),
    (re.compile(r"(?i)\b(list|name) out\b"), r"\1"),
    (re.compile(r"(?i)\brun (?:me|us) through\b"), "list"),
    (re.compile(r"(?i)\bcan (?:anyone|anybody|someone|somebody) tell me\b"), "can you tell me"),
    (  # "Class, ...", "dude how many circles", "Bless me, ...", "Go on so, ...", "ooh ooh": said to the listener
        re.compile(
            r"(?i)^\s*(?:(?:class|kids|children|everyone|everybody|folks|guys|dude|bro|buddy|pal|mate)\s*[,!]\s*|"
            r"(?:dude|bro|buddy|yo)\s+(?=(?:how|what|which|who|where|is|are|can|do|does)\b)|"
            r"(?:ooh|bless me|bless you|good grief|go on(?: so| then)?|let me see(?: now)?|let's see(?: now)?|"
            r"right then|now then|well now)\b\s*[,.!]*\s*)+"
        ),
        "",
    ),
    (re.compile(r"(?i)\b(down|downer|under|lowest|low) row\b"), "bottom row"),
    (re.compile(r"(?i)\b(?:upper|uppermost|up|high|highest) row\b"), "top row"),
    (  # "Which colour wears the woman near the bicycle?", "Who is leftmost? Which colour wears?"
        re.compile(r"(?i)\b(?:which|what) (colou?r) (?:does )?wears? (?!\s*[?.!]*\s*$)([^?.!]+?)\s*([?.!]*)\s*$"),
        r"what \1 is \2 wearing\3",
    ),
    (re.compile(r"(?i)\b(?:which|what) (colou?r) (?:does (?:he|she|it) )?wears?(?=\s*[?.!]*\s*$)"), r"what \1"),
    (  # "Is there on the picture some green square?": the place said last
        re.compile(
            r"(?i)^\s*(is|are) there ((?:on|in) (?:the|this) (?:picture|photo|image|drawing|scene)) (.+?)(\s*[?.!]*)$"
        ),
        r"\1 there \3 \2\4",
    ),
    (
        re.compile(
            r"(?i)\b(is|are|be)( not)? (?:in|from) (metal|rubber|plastic|wood|glass)(?: or (?:in |from )?(metal|"
            r"rubber|plastic|wood|glass))?\b"
        ),
        lambda m: f"{m[1]}{m[2] or ''} made of {m[3]}" + (f" or {m[4]}" if m[4] else ""),
    ),
    (re.compile(r"(?i)\b(?:from|of) (metal|rubber|plastic|wood|glass) made\b"), r"made of \1"),
    (  # "What are the shapes in the top row? Tell all.": the whole list, which the question asks already
        re.compile(
            r"(?i)(?<=[?.!])\s*(?:please\s*,?\s*)?(?:tell|say|give|name|list)(?: me| us)?(?: them)? (?:all|both|"
            r"every one|all of them|them all)(?: of them)?(?: please)?\s*[.!?]*\s*$"
        ),
        "",
    ),
    (re.compile(r"(?i)\bwhat colou?rs? (?:of )?(?:clothes|clothing|outfits?)(?=\s*[?.!]*\s*$)"), "what colour"),
    (  # "how many's cubes", "how many's yellow": how many cubes, how many are yellow
        re.compile(r"(?i)\bhow many(?:'s|’s)\s+([a-z]+)"),
        lambda m: f"how many {m[1]}" if _plural_name(m[1].lower()) else f"how many are {m[1]}",
    ),
    (re.compile(r"(?i)\b(would|could|can|will|do|did|should|have|are|were|tell|show|give|got|see)\s+ya\b"), r"\1 you"),
    (
        re.compile(r"(?i)(?<![\w'])d(?:'|’)?(?:ya|you|ye)(?= (?:see|have|got|know|think|reckon|count|spot|notice)\b)"),
        "do you",
    ),
    (re.compile(r"(?i)\by/n\b"), "yes or no"),
    (re.compile(r"(?i)\bdiff\b(?= \w)"), "different"),
    (re.compile(r"(?i),?\s*\bor nah\b"), " or not"),
    (  # "list the cup colours": the colours of the cups
        re.compile(r"(?i)\b(list|name|give me|tell me) the ([a-z]+) (colou?rs|shapes|sizes|materials)\b"),
        lambda m: f"{m[1]} the {m[3]} of the {plural(m[2])}" if known_name(m[2]) else m[0],
    ),
    (
        re.compile(
            r"(?i)(^\s*|(?<=[.;!?])\s*)is it (?:that |true that )?((?:the|that|this) (?!case\b|none\b|all\b|"
            r"there\b|every\b|no\b|at\b|exactly\b)(?:(?!that\b|which\b|who\b)[a-z]+ )*?(?!that\b|which\b|who\b)"
            r"[a-z]+) (is|are) "
        ),
        r"\1\3 \2 ",
    ),
    (  # "The ball which is big and yellow, it is ...": the big yellow ball
        re.compile(
            r"(?i)\b(the|a|an) ([a-z]+) (?:which|that) (?:is|are) ([a-z]+)(?:,? and ([a-z]+))?(?=\s*[,?\u2014])"
        ),
        lambda m: (
            f"{m[1]} {m[3]} {m[4] + ' ' if m[4] else ''}{m[2]}"
            if all(_is_adjective(w) for w in filter(None, (m[3], m[4]))) and known_name(singular(m[2].lower()))
            else m[0]
        ),
    ),
    (  # "The things which are not of metal, how many are they?": how many things are not metal
        re.compile(
            r"(?i)^\s*(?:the )?((?:[a-z]+ ){0,2}[a-z]+) (?:which|that) (?:is|are) (not )?(?:of |made of )?([a-z]+)\s*"
            r"[,\u2014]\s*how many (?:are they|are there|there are|is it|they are)\s*\?"
        ),
        lambda m: f"how many {m[1]} are {m[2] or ''}{m[3]}?" if _is_adjective(m[3]) else m[0],
    ),
    (  # "Who is the person the most to the right?"
        re.compile(r"(?i)\bthe ([a-z]+) the most (?=(?:to|on) the (?:left|right)\b|(?:left|right)\b)"),
        r"the \1 most ",
    ),
    (  # "Cylinder, how many is in this picture?", "Person, how many is on this street?": the thing named first
        re.compile(r"(?i)^\s*([a-z]+)\s*[,\u2014:]\s*how many (?:is|are|there is|there are|have)\b"),
        lambda m: (
            f"how many {plural(singular(m[1].lower()))} are"
            if known_name(singular(m[1].lower())) or LEXICON.noun(m[1].lower()) is not None
            else m[0]
        ),
    ),
    (  # "In this picture metal things how many are there?"
        re.compile(
            r"(?i)^\s*(?:in (?:this|the) (?:picture|image|photo),?\s*)?((?:[a-z]+ ){0,3}[a-z]+s) how many "
            r"(?:are there|there are|are they|is there|have)\s*\?"
        ),
        r"how many \1 are there?",
    ),
    (  # "Number of the cylinders is less than number of the spheres?"
        re.compile(
            r"(?i)^\s*(?:the )?number of (?:the )?([a-z ]+?) is (less|more|fewer|greater|smaller|bigger|larger|"
            r"the same as|equal to) (?:than )?(?:the )?number of (?:the )?([a-z ]+?)\s*\?"
        ),
        lambda m: (
            f"is the number of {m[1]} {m[2]}{'' if m[2].startswith(('the', 'equal')) else ' than'} "
            f"the number of {m[3]}?"
        ),
    ),
    (  # "Same colour as the big brown sphere, how many other objects are there?"
        re.compile(
            r"(?i)^\s*(?:the )?same (colou?r|shape|size|material) as (the (?:[a-z]+ ){0,3}[a-z]+)\s*,\s*how many "
            r"(other )?([a-z]+) (?:are there|there are|have)\s*\?"
        ),
        lambda m: f"how many {m[3] or ''}{m[4]} are the same {m[1]} as {m[2]}?",
    ),
    (  # "it is in which material?", "it is of which colour?": what material is it
        re.compile(r"(?i)\b(it|he|she|they) (is|are) (?:in |of |from )?which (colou?r|shape|material|size)\s*\?"),
        lambda m: f"what {m[3]} {m[2]} {m[1]}?",
    ),
    (  # "Which one's sat furthest back?", "Is the woman stood to the right of ...": British "sitting", "standing"
        re.compile(r"(?i)(\b(?:is|are|was|were)|'s|'re)\s+(?:sat|stood|perched)\b(?!\s+(?:about|around))"),
        lambda m: {"'s": " is", "'re": " are"}.get(m[1].lower(), m[1]),
    ),
    (
        re.compile(
            r"(?i)\b(is|are) ((?:the|that|this) (?:[a-z]+ ){0,4}?[a-z]+) (?:sat|stood|perched) (?=(?:to the|on the|in "
            r"front|behind|next to|near|beside|left of|right of)\b)"
        ),
        r"\1 \2 ",
    ),
    (re.compile(r"(?i)\b(?:furthest|farthest|most) forward\b"), "furthest to the front"),
    (re.compile(r"(?i)\b(colou?r|shape|size|material)'ll do\b"), r"\1 will do"),
    (  # "Tie on the left, colour what is?", "the big ball — material which is?": what colour is it
        re.compile(r"(?i)\s*([,\u2014\u2013:])\s*(colou?r|shape|size|material) (?:what|which)(?: it)? is(?: it)?\s*\?"),
        r"\1 what \2 is it?",
    ),
    (  # "How many charges — shapes, that is — sit in the bottom row?": the word glossed by the one after it
        re.compile(
            r"(?i)\b[a-z]+ [\u2014\u2013(,]\s*((?:[a-z]+ )?[a-z]+),? (?:that is|i mean|i\.e\.|meaning|as in)\s*"
            r"[\u2014\u2013),]\s*"
        ),
        r"\1 ",
    ),
    (re.compile(r"(?i)\bgrown(?:[- ]up)? (men|man|women|woman)\b"), r"\1"),
    (  # "Top row in how many shapes are there?", "Picture's middle in which shape stands?": a place said before "in"
        re.compile(r"(?i)^\s*(?:the )?(top|bottom|upper|lower|middle|first|second|third|last) (row|column) in\b,?"),
        r"in the \1 \2,",
    ),
    (re.compile(r"(?i)^\s*(?:the )?(?:picture|image|drawing)'s (middle|centre|center) in\b,?"), r"in the \1,"),
    (  # "In the top row, how many shapes are there?": how many shapes are in the top row
        re.compile(
            r"(?i)^\s*in the ((?:[a-z]+ )?(?:row|column|corner|middle|centre|center))\s*,\s*how many ((?:[a-z]+ ){0,3}"
            r"[a-z]+) (?:are there|there are|are)\s*\?"
        ),
        r"how many \2 are in the \1?",
    ),
    (  # "Have oval shape or don't have?": is there one
        re.compile(
            r"(?i)^\s*(?:it )?(?:have|has) (?:an? |any )?([a-z]+(?: [a-z]+)?) or (?:don't|do not|not|no) (?:have)?\s*\?"
        ),
        r"is there a \1?",
    ),
    (  # "Drawing inside have how many red colour shape?"
        re.compile(
            r"(?i)^\s*(?:this |the )?(?:drawing|picture|image|photo) inside,? (?:have|has|got|there (?:is|are)) "
            r"how many ((?:[a-z]+ ){0,3}[a-z]+)\s*\?"
        ),
        r"how many \1 are there?",
    ),
    (  # "Whether the number of red shapes and the number of green shapes is equal?"
        re.compile(
            r"(?i)^\s*(?:whether |is )?(?:the )?number of ((?:[a-z]+ ){0,3}[a-z]+) and (?:the )?number of "
            r"((?:[a-z]+ ){0,3}[a-z]+) (?:is|are) (?:the )?(?:equal|same)\s*\?"
        ),
        r"is the number of \1 equal to the number of \2?",
    ),
    (  # "Small shape more than big shape, yes or not?": more of the first
        re.compile(
            r"(?i)^\s*((?:[a-z]+ ){0,2}?[a-z]+) (?:(?:are|is) )?more than ((?:[a-z]+ ){0,2}[a-z]+),? (?:yes or not|"
            r"yes or no|or not|"
            r"right or not|right|correct)\s*\?"
        ),
        lambda m: f"are there more {_plural_phrase(m[1])} than {_plural_phrase(m[2])}?",
    ),
    (  # "How many spheres are at the picture?": in it
        re.compile(r"(?i)(?<!look )(?<!looking )(?<!glance )\bat (the|this) (picture|image|photo|photograph|scene)\b"),
        r"in \1 \2",
    ),
    (  # "Two yellow ball, size same or not?", "the size is same?", "material same or not same?": the same size
        re.compile(
            r"(?i)(?<=[,\u2014\u2013:])\s*(?:is |are )?(?:the |their |its )?(size|colou?r|shape|material|dimension)s? "
            r"(?:is |are )?"
            r"(?:the )?same(?: or (?:not|no)(?: the same| same)?| or different)?(?:\s*,?\s*(?:ba|na|lah|no))?\s*\?"
        ),
        lambda m: f" same {'size' if m[1].lower() == 'dimension' else m[1].lower()}?",
    ),
    (re.compile(r"(?i)\b(the same|same) dimensions?\b"), r"\1 size"),
    (  # "Yellow cube and blue cube, same size or not same?"
        re.compile(
            r"(?i)(?<=[,\u2014\u2013:])\s*same (size|colou?r|shape|material)(?: or (?:not|no)(?: the same| same)?| or "
            r"different)(?:\s*,?\s*(?:ba|na|lah|no))?\s*\?"
        ),
        r" same \1?",
    ),
    (  # "Gray ball and blue cylinder, which one bigger lah?", "which one more big?": which one is bigger
        re.compile(r"(?i)\bwhich one(?: is)? (?:more (big|small|large|little)|(bigger|smaller|larger))\b"),
        lambda m: "which one is " + (m[2] or {"big": "bigger", "large": "larger"}.get(m[1].lower(), "smaller")),
    ),
    (  # "Purple cylinder with the brown ball, which one ...": the two things offered
        re.compile(
            r"(?i)^(\s*(?:the )?(?:[a-z]+ ){0,2}[a-z]+) with ((?:the )?(?:[a-z]+ ){0,2}[a-z]+\s*,\s*which one\b)"
        ),
        r"\1 and \2",
    ),
    (  # "Behind the big gray cube there are how many spheres?": the place, then the count
        re.compile(
            r"(?i)^\s*((?:behind|in front of|(?:to the )?(?:left|right) of|next to|near|beside) (?:the |this |that )"
            r"(?:[a-z]+ ){0,3}[a-z]+) there (?:are|is) how many ((?:[a-z]+ ){0,3}[a-z]+)\s*\?"
        ),
        r"\1, how many \2 are there?",
    ),
    (  # "How many red — no, forget the colour — how many cubes are there?": a question dropped and begun again
        re.compile(
            r"(?i)(?:^|(?<=[.!?])\s+)(?:how many|what|which|who|where|is|are|does|do|can)\b[^?!.]*?"
            r"\s*[\u2014\u2013,]\s*(?:[^?!]*?[\s,])?(?:no|sorry|wait|actually|scratch that|forget (?:it|that|"
            r"the [a-z]+))\b[^?!]*?"
            r"\s*[\u2014\u2013,]\s*(?=(?:how many|what|which|who|where|is there|are there) [a-z])"
        ),
        " ",
    ),
    (  # "Is every sphere metal? In other words, are all ...": words that only say a question is asked again
        re.compile(
            r"(?i)(?:^|(?<=[.!?;:]))\s*(?:put (?:it )?(?:plainly|simply|another way)|(?:simply|plainly) put|to put it "
            r"(?:simply|plainly|another way)|in other words|that is(?: to say)?|let me (?:ask|put|say) it (?:simply|"
            r"plainly|another way|differently)|let me rephrase(?: that)?|to be clear|in short)\s*[:,]\s*"
        ),
        " ",
    ),
    (  # "Circles not counted: how many shapes are small?", "Cubes aside, ...": what is left out, said first
        re.compile(
            r"(?i)^\s*(?:and |but |so )?(?!(?:setting|putting|leaving|keeping|with|if|when)\b)"
            r"((?:the |those |these |any |all )?(?:[a-z]+ ){0,3}?[a-z]+) (?:not counted|not "
            r"included|excluded|left out|set aside|put aside|aside|discounted)\s*[,:;\u2014\u2013-]+\s*"
        ),
        r"not counting \1, ",
    ),
    (  # "How many shapes are small, circles not counted?": what is left out, said last
        re.compile(
            r"(?i)\s*[,;\u2014\u2013-]+\s*((?:the |those |these |any |all )?(?:[a-z]+ ){0,3}?[a-z]+) "
            r"(?:not counted|not included|excluded|left out|set aside|put aside|aside|discounted)\s*([?.!]*)\s*$"
        ),
        r", not counting \1\2",
    ),
]
"""Dialect and chat spellings of little words ("at t' back", "t'other side", "the blue 'un", "big 'uns", "most of
'em", "big ol' cylinder", "standin'", "summat", "nowt", "gimme", "smth", "y/n", "diff colours", "or nah"): spelled
out before anything reads an apostrophe as a quotation mark."""


def spelled_out(question: str) -> str:
    """``question`` with dialect and chat spellings of little words spelled out.

    >>> spelled_out("Is the blue 'un at t' back, or nah?")
    'Is the blue one at the back or not?'
    """
    if question in _SPELLED:  # already spelled out (the parser spells a question out before it normalizes it)
        return question
    question = _SQUARE_NOTED.sub(_square_noted, question)
    question = _TOLD_LAST.sub(lambda m: f"{m[1]}{m[3]}that {m[2]}", question)
    for pattern, replacement in _DIALECT:
        question = pattern.sub(replacement, question)
    if len(_SPELLED) > 4096:
        _SPELLED.clear()
    _SPELLED.add(question)
    return question


_SPELLED: set[str] = set()
"""Texts :func:`spelled_out` has written: its rules leave them as they are (checked on every paraphrase set)."""


def _chat(question: str) -> str:
    told = told_chain(placed_first(where_asked(worksheet(as_asked(quantified(spoken(plain_words(question))))))))
    question = _REDUPLICATED.sub(_unreduplicated, written(spelled_out(told)))
    for pattern, replacement in _ARCHAIC:
        question = pattern.sub(replacement, question)
    for pattern, replacement in _CHAT_FORMS:
        question = pattern.sub(replacement, question)
    for found in (_WAKE.match(question), _WAKE_AFTER.search(question)):
        if found is not None and found.group(1).lower() not in KNOWN:
            question = question[: found.start()] + " " + question[found.end() :]
    for pattern, replacement in [*_MOODS, *_ABBREVIATIONS, *_HEARD]:
        question = pattern.sub(replacement, question)
    return _heard_in_context(question)


_BLANK_HINT = re.compile(
    r"(?i)_{2,}\s*\((?:please )?(?:give |name |write |state )?(?:its |the |their |a |an )?"
    r"(colou?r|shape|size|material)\)"
)
"""A blank to fill and what goes in it ("the cup is ____ (colour)"): kept when asides in brackets are dropped."""
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
"""An aside in brackets ("is the big ball rubber (the cyan one)"): it clarifies, the question stands without it."""


_POSSESSED_ATTRIBUTE = re.compile(
    r"(?i)(?<=^what is )the ((?:\w+ ){0,2}?\w+)['’]s (colou?r|shape|size|material)\b(?=\W*$)"
)
"""'what is the shape's colour' -> '... the colour of the shape' (before 's is read as 'is')."""


_PLACE_COMPARATIVES = (
    (r"(?:further|farther|more) (?:to (?:the|your) )?left|(?:closer|nearer) to the left(?: side| edge)?", "leftmost"),
    (
        r"(?:further|farther|more) (?:to (?:the|your) )?right|(?:closer|nearer) to the right(?: side| edge)?",
        "rightmost",
    ),
    (
        r"(?:closer|nearer)(?: (?:to )?(?:the (?:camera|cam|viewer|front|lens|photographer)|us|me|you))?|"
        r"(?:further|farther|more) (?:to the )?(?:front|forward)",
        "frontmost",
    ),
    (
        r"(?:further|farther)(?: (?:back|away))?(?: from (?:the (?:camera|viewer|lens|photographer)|us|me|you))?|"
        r"more (?:to the )?(?:back|rear)",
        "backmost",
    ),
    (r"higher(?: up)?|(?:closer|nearer) to the top|(?:further|farther|more) up", "topmost"),
    (r"lower(?: down)?|(?:closer|nearer) to the bottom|(?:further|farther|more) down", "bottommost"),
    (r"bigger|larger|smaller", None),
)
_COMPARED = "|".join(f"(?:{pattern})" for pattern, _ in _PLACE_COMPARATIVES)
_WHICH_OF_TWO = re.compile(
    r"^\s*(?:(?:of|out of|among) (?:the |these |those )?(?:two |both )?(?P<lead>\w+(?: \w+)?)\s*,\s*)?"
    r"(?:so |and |ok |okay |now )?(?:which|what) (?:ones? |thing |object |item "
    r"|(?:one |ones )?(?:of|out of|among) (?:the |these |those )?(?:two |both )?"
    r"(?P<kinds>\w+(?: (?!(?:is|are|s|sits|stands|lies|looks)\b)\w+)?) "
    r"|(?P<kind>(?!(?:is|are|s|sits|stands|lies|looks)\b)\w+(?: (?!(?:is|are|s|sits|stands|lies|looks)\b)\w+)?) )?"
    rf"(?:is |are |sits |stands |lies |looks |'s |s )?(?:the )?(?P<how>{_COMPARED})"
    r"(?: of (?:the|these|those) two| of them)?"
    r"\s*[,:;\u2013\u2014-]*\s*(?P<first>(?:the|this|that) [a-z ]+?),? or "
    r"(?P<second>(?:the|this|that) [a-z ]+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_EITHER_COMPARED = re.compile(
    rf"^\s*(?:is|are) (?P<first>the [a-z ]+?) or (?P<second>the [a-z ]+?) (?P<how>{_COMPARED})\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_BETWEEN_COMPARED = re.compile(
    r"^\s*(?:between|of|out of) (?P<first>the [a-z ]+?) and (?P<second>the [a-z ]+?)\s*,\s*(?:which|what)"
    r"(?: one| of them| of the two| of these)? (?:is |are |sits |stands |lies |looks |appears )?(?:to be )?(?:the )?"
    rf"(?P<how>{_COMPARED})\s*[?.!]*\s*$",
    re.IGNORECASE,
)


_CANNOT_TELL = re.compile(
    r"(?i)[\s,;-]+(?:i|we) (?:can't|can’t|cant|can not|cannot|don't|don’t|dont|do not) (?:tell|see|know)(?: for sure)?"
    r"(?=\s*[?.!]*\s*$)"
)
"""'... further back i cant tell': the asker's trouble, said after the question."""


_TAIL_PARTICLE = re.compile(
    r"(?i)(?<=[\w?])(?:(?:\s*[,;-])?\s+(?:lah|leh|lor|meh|ah|ja|ne|né|nè|non|hein|oder|nee|yaar|po|abi|abeg|aye|hor|"
    r"sia|sha|kindly(?: tell)?|"
    r"can tell(?: me)?(?: or not)?|can you tell(?: me)?|can read(?: for me)?|can say)|\s*,\s*(?:like|then|or|no|eh|"
    r"please))\s*(?=[?.!]*\s*$)"
)
"""Particles and tags of other Englishes said after a question ("..., lah?", "..., ja?", "..., abi?", "kindly",
"can tell me?"): no part of what is asked."""
_TRAILING_TALK = re.compile(
    r"(?i)(?<=\w)(?:\s*[,;-])?\s+(?:i am|i'm|i ’m|i was|i can't|i can’t|i cant|i cannot|i can not|i don't|i don’t|"
    r"i dont|because|cause|'cause|since i) (?:asking|doing|working|trying|not sure|new|see|tell|likes?|she|he|they|"
    r"it|my|the|this|we)\b[^?]*$"
)
"""'... made of rubber i am asking for a school project', '..., i can't see very well on my phone screen', '...,
because she likes things to match': why the asker asks, said after the question."""
_SIGN_OFF = re.compile(
    r"(?i)(?<=[\w?.!])(?:\s*[,;.!\u2014\u2013-])*\s+(?:brb|ty|tysm|tyvm|xx+|cheers|ta|ttyl|over and out|"
    r"(?:yes|thanks|cheers|ta),? (?:chef|boss|mate|love|hun|pal)|"
    r"(?<=[?.!] )(?:i )?need (?:one|it|them|some)(?: (?:now|asap|urgently|badly))?|"
    r"(?:(?:it's|its|it is|this is|that's|thats|it 's) |(?<=[?.!] ))"
    r"for (?:my|a|the|our|his|her) (?:homework|project|class|"
    r"school(?:work)?|work|kids?|son|daughter|report|assignment|lesson|worksheet|essay|course)|"
    r"(?:sorry,? )?(?:(?:for|about) (?:the |my )?)?(?:typos?|spelling)(?:,? sorry)?)\s*[?.!]*\s*$"
)
"""'how many gray things brb', '... its for my homework', 'knife anywhere? need one', '... yes chef', '..., sorry
typos': a sign-off after the question, no part of what is asked."""


def without_sign_off(question: str) -> str:
    """``question`` without a sign-off after it.

    >>> without_sign_off("knife anywhere? need one")
    'knife anywhere?'
    """
    return _SIGN_OFF.sub("", question)


_SIGN_ON = re.compile(
    r"(?i)^\s*(?:g'day|g’day|gday|copy(?: that)?|roger(?: that)?|morning|evening|afternoon|hiya|howdy|yo|oi|"
    r"right then|okay then|ok then|scusi|scusa|perdón|perdon|disculpe|perdona|pardon|entschuldigung|entschuldige|"
    r"desculpe|bonjour|hola|ciao|salut|ay|aye|tell me something|tell me this|question for you|alright|"
    r"if it's no bother|if it is no bother|if you don't mind|if you do not mind|when you get a (?:chance|sec|minute))"
    r"(?:\s*,?\s*(?:mate|all|folks|team|boss|chef|everyone|buddy|pal))?\s*[.,!;:\u2014\u2013-]+\s*(?=\S)"
)
"""'G'day. How many of the purple fellas are balls?', 'Copy. Yellow cylinder, go ahead, material?', 'Scusi, the bus -
what is written on it?', 'Tell me something, how many ...': a greeting, a courtesy or a radio word before the
question."""
_CAN_YOU_HELP = re.compile(
    r"(?i)[\s,.;-]+(?:can|could|would) you (?:help|assist)(?: (?:me|us))?(?: please)?\s*[?.!]*\s*$"
)
"""'... than the little red ball. Can you help?': a plea after the question, no question of its own."""


_FIGURE_LETTER = r"(?P<letter>[ljtszui])"
_A_LETTER = rf"(?:a |an |the )?(?:capital )?(?:letter )?{_FIGURE_LETTER}"
"""A letter said as a figure: "an L", "the letter T", "a capital S"."""
_LETTER_KIND = r"(?P<kind>pieces?|shapes?|things?|ones?|objects?|blocks?|items?|figures?|forms?)"
_LETTER_SHAPED = re.compile(rf"\b{_FIGURE_LETTER} shaped(?: {_LETTER_KIND}\b)?")
_LETTER_LIKE = re.compile(rf"\b(?:(?:shaped|formed) like|in the shape of) {_A_LETTER}\b")
_LOOKS_LIKE_LETTER = re.compile(
    rf"^\s*(?P<verb>does|do) (?P<said>.+?) (?:look like|resemble) {_A_LETTER}(?=\s*[?.!]*\s*$)"
)
_WHICH_LOOKS_LIKE = re.compile(rf"\b(?P<which>which|what) (?P<said>[a-z]+) (?:looks like|resembles) {_A_LETTER}\b")
_KIND_LIKE_LETTER = re.compile(
    rf"\b(?P<article>a|an|the|any|no|one|each|every|some) {_LETTER_KIND} (?:that is |which is |that are |which are )?"
    rf"(?:(?:shaped|formed) like|in the shape of) {_A_LETTER}\b"
)
_POLYOMINO = re.compile(r"\b(?:tetromino|polyomino)(e?s)?\b")
_WHICH_PIECE_IS = re.compile(
    r"^\s*which (?:piece|block) is (?P<said>the (?P<value>[a-z]+) (?:one|piece|block))"
    r"(?=\s*[?.!]*\s*$)"
)
_WHICH_HIGHER_OF_VALUES = re.compile(
    r"^\s*which (?P<kind>[a-z]+) is (?P<more>[a-z]+er|(?:further|farther) (?:left|right|up|down))\s*[:,]?\s*"
    r"(?:the )?(?P<one>[a-z]+) or "
    r"(?:the )?(?P<other>[a-z]+)(?=\s*[?.!]*\s*$)"
)
_ONE_OR_THE_OTHER_KIND = re.compile(r"\bthe (?P<one>[a-z]+) or the (?P<other>[a-z]+) (?P<kind>[a-z]+)\b")


def _values_compared(m: re.Match[str]) -> str:
    """ "which shape is higher: red or yellow" -> "which is higher, the red shape or the yellow shape"."""
    if LEXICON.attribute_of(m["one"]) is None or LEXICON.attribute_of(m["other"]) is None:
        return m[0]
    kind = m["kind"] if LEXICON.noun(m["kind"]) is not None else "one"
    return f" which is {m['more']} , the {m['one']} {kind} or the {m['other']} {kind}"


def _one_or_the_other_kind(m: re.Match[str]) -> str:
    """ "the cyan or the blue piece": the cyan piece or the blue piece."""
    values = (LEXICON.attribute_of(m["one"]), LEXICON.attribute_of(m["other"]))
    if None in values or LEXICON.attribute_of(m["kind"]) is not None or LEXICON.noun(m["kind"]) is None:
        return m[0]
    return f"the {m['one']} {m['kind']} or the {m['other']} {m['kind']}"


_LETTER_NAMED = re.compile(
    rf"\b(?P<article>the|a|an|any|no|one|each|every|many|two|three|all) {_FIGURE_LETTER} {_LETTER_KIND}\b"
)
_KIND_SHAPED_AT_END = re.compile(r"^(?P<asked>\s*is .+? )(?P<kind>[a-z]+) shaped(?=\s*[?.!]*\s*$)")
_A_LETTER_AT_END = re.compile(rf"^(?P<asked>\s*(?:is|are) .+? )(?:a|an) {_FIGURE_LETTER}(?=\s*[?.!]*\s*$)")
_WHICH_LETTER = re.compile(
    r"^\s*(?:what|which) letter (?:(?:does|do) (?P<looks>.+?) (?:look like|resemble)|(?:is|are) (?P<is>.+?"
    r"(?:pieces?|shapes?|ones?|objects?|things?|blocks?|figures?))(?: shaped like| like)?)"
    r"(?=\s*[?.!]*\s*$)"
)
_LOOKS_LIKE_WHICH_LETTER = re.compile(
    r"^\s*(?P<said>.+?) (?:looks?|is shaped) like (?:what|which) letter(?=\s*[?.!]*\s*$)"
)


_ATTRIBUTE_OF_THE = re.compile(
    r"^\s*(?P<attribute>colou?r|shape|size) of (?P<said>the [a-z ]+?)(?:\s*,?\s*please)?(?=\s*[?.!]*\s*$)"
)
"""'colour of the leftmost shape?': what colour it is."""
_PLUS_SIGN = re.compile(
    r"\b(?P<article>a|an|the|any|no|each|every|many|one) plus(?: sign| symbol| shape)?(?P<plural>s)?\b"
)
"""'is there a plus', 'how many plus signs': a cross (where 'plus' follows no number or noun it would add)."""
_SPRITE = re.compile(r"\bsprite(s)?\b")
"""A game's or a generator's sprites: its shapes."""
_ANY_OF_THEM_ALIKE = re.compile(
    r"^\s*are any (?:of (?:the|these|those) )?(?P<things>[a-z]+) (?:the same|of the same) "
    r"(?P<attribute>colou?r|shape|size)(?=\s*[?.!]*\s*$)"
)
"""'are any of the pieces the same colour': do two of them share one (not: are they all alike); of a drawing's
things, the only kind the grammar's "any two" reads."""


def _letter_figures(text: str) -> str:
    """A figure named by the letter it looks like, said the ways people say it, as the shape's noun ("l shape", "t
    shape"): "an L-shaped piece", "is it T-shaped", "shaped like an L", "does it look like the letter S", "the T
    piece", "is the red one a T"; and "what letter does it look like" as the letter its shape makes."""

    def figure(letter: str, plural: bool = False, article: bool = False) -> str:
        # an I is a bar, a long rectangle; an S a zigzag (the lexicon's compounds start with no lone "s")
        noun = {"i": "rectangle", "s": "zigzag"}.get(letter, f"{letter} shape")
        said = f"{noun}{'s' if plural else ''}"
        return f"{'an' if letter == 'l' else 'a'} {said}" if article and not plural else said

    # a game's pieces, whatever their shape (first: the patterns below say "piece" of them)
    text = _POLYOMINO.sub(lambda m: "pieces" if m[1] else "piece", text)
    text = _SPRITE.sub(lambda m: f"shape{m[1] or ''}", text)
    text = _PLUS_SIGN.sub(lambda m: f"{m['article']} cross{'es' if m['plural'] else ''}", text)
    text = _ATTRIBUTE_OF_THE.sub(lambda m: f" what {m['attribute']} is {m['said']}", text)
    text = _ANY_OF_THEM_ALIKE.sub(
        lambda m: (
            f" are any two {m['things']} the same {m['attribute']}"
            if (LEXICON.noun(m["things"]) or ("",))[0] == "thing"
            else m[0]
        ),
        text,
    )
    # "which tetromino is the magenta one": what shape it is (of a pie, "which piece is the biggest" stays)
    text = _WHICH_PIECE_IS.sub(
        lambda m: f" what shape is {m['said']}" if LEXICON.attribute_of(m["value"]) is not None else m[0], text
    )
    text = _WHICH_HIGHER_OF_VALUES.sub(_values_compared, text)
    text = _ONE_OR_THE_OTHER_KIND.sub(_one_or_the_other_kind, text)

    def shaped(m: re.Match[str]) -> str:
        if m["kind"]:
            return figure(m["letter"], m["kind"].endswith("s"))
        before = text[: m.start()].split()
        plural = bool(before) and before[-1] == "are"
        return figure(m["letter"], plural, article=not before or before[-1] not in {"a", "an", "the", "any", "no"})

    text = _WHICH_LETTER.sub(lambda m: f" what letter shape is {m['looks'] or m['is']} ", text)
    text = _LOOKS_LIKE_WHICH_LETTER.sub(lambda m: f" what letter shape is {m['said']} ", text)
    text = _LOOKS_LIKE_LETTER.sub(
        lambda m: (
            f" {'is' if m['verb'] == 'does' else 'are'} {m['said']} {figure(m['letter'], m['verb'] == 'do', True)}"
        ),
        text,
    )
    text = _WHICH_LOOKS_LIKE.sub(lambda m: f"{m['which']} {m['said']} is {figure(m['letter'], article=True)}", text)
    text = _KIND_LIKE_LETTER.sub(lambda m: f"{m['article']} {figure(m['letter'], m['kind'].endswith('s'))}", text)
    text = _LETTER_LIKE.sub(
        lambda m: figure(m["letter"], text[: m.start()].rstrip().endswith(" are"), article=True), text
    )
    text = _LETTER_SHAPED.sub(shaped, text)
    text = _LETTER_NAMED.sub(
        lambda m: f"{m['article']} {figure(m['letter'], m['kind'].endswith('s'))}",
        text,
    )
    text = _A_LETTER_AT_END.sub(lambda m: f"{m['asked']}{figure(m['letter'], article=True)}", text)
    # "is the red shape square shaped": a square
    return _KIND_SHAPED_AT_END.sub(
        lambda m: (
            f"{m['asked']}{'an' if m['kind'][0] in 'aeiou' else 'a'} {m['kind']}" if _kind_word(m["kind"]) else m[0]
        ),
        text,
    )


def _two_compared(question: str) -> str:
    """ "Which of the two cubes is closer to the camera, the cyan one or the purple one?", "Is the red ball or the
    cube further left?" -> "which is frontmost , the cyan cube or the purple cube": two objects compared by their
    place in the picture (or by size), in the one wording the grammar reads. Read before the discourse layer,
    which would take "the camera, the cyan one" for a self-correction."""
    found = _WHICH_OF_TWO.match(question) or _EITHER_COMPARED.match(question) or _BETWEEN_COMPARED.match(question)
    if found is None:
        return question
    how = found.group("how").lower()
    word = next((word for pattern, word in _PLACE_COMPARATIVES if re.fullmatch(pattern, how)), None) or how
    groups = found.groupdict()
    kind = groups.get("lead") or groups.get("kinds") or groups.get("kind")
    options = [found.group("first").lower(), found.group("second").lower()]
    if kind:
        kind = singular(kind.lower())
        options = [re.sub(r"\bones?$", kind, option) for option in options]
    return f"which is {word} , {options[0]} or {options[1]}"


_PICKED_THEN_CHOICE = re.compile(
    r"^\s*which (\w+(?: \w+)?) is (nearest|closest|farthest|furthest)(?: to| from)? (the [^,?;.]+?)\s*"
    r"(?:,\s*and|,|\?|;|and)\s*is it (\w+ or \w+)\s*\??\s*$",
    re.IGNORECASE,
)
"""'Which ball is nearest the purple ball, and is it metal or rubber?': read before the discourse layer, which would
take the second question's "it" for the first's answer."""


_GUESS_AFTER = re.compile(
    r"(?i)\?\s*(?:it's |its |it is |probably |maybe |surely |i think |i reckon )?(?:an? )?"
    r"(?!(?:colou?r|shape|size|material|please|pls|thanks|exactly|precisely|roughly|approximately)\b)[a-z]+\s*,?\s*"
    r"(?:innit|right|yeah|isn't it|is it|ain't it|i think|i guess|i reckon|like an? [a-z]+|or what)?\s*[?.!]*\s*$"
)


_ANY_OF_THEM = re.compile(
    r"(?i)^(\s*(?:are|is) (?:all |both |any of )?(the (?:\w+ ){0,2}?\w+) .+? and )(?:is|are) "
    r"(any|none|some|one|each|all) of (?:them|those)\b"
)
"""A second question's "any of them" naming the first one's subject ("are all the balls big and is any of them
yellow": any of the balls)."""
_AND_IS_IT = re.compile(
    r"(?i)^(\s*(?:is|are|does|do)\b.*?\b)(a|an) ([a-z]+)\b(.*?),? and is it (?:the )?([a-z]+)(?: one)?\s*\?*\s*$"
)


def _and_is_it(match: re.Match) -> str:
    """ "is the woman holding a dog, and is it the black one?": one question, the value said of the thing the first
    half introduced ("is the woman holding a black dog")."""
    found = LEXICON.attribute_of(match.group(5).lower())
    if found is None or found[0] is None:
        return match.group(0)
    return f"{match.group(1)}a {match.group(5)} {match.group(3)}{match.group(4)}?"


_WHICH_SIDE = re.compile(
    r"(?i)^\s*(the [a-z ]+?) is on which side\s*[,:]?\s*(?:the )?(left|top) or (?:the )?(right|bottom)\s*\??\s*$"
)
"""'the little cyan box is on which side, left or right?': which of the two it is on."""
_SUPERLATIVE_TOPIC = re.compile(
    r"(?i)^\s*(?:the )?(rightmost|leftmost|frontmost|backmost|topmost|biggest|largest|smallest|closest|nearest|"
    r"furthest|farthest)((?: \w+){1,3}?)\s*[,:\u2013\u2014-]+\s*what (colou?r|shape|size|material)\b(?=\s*[,?.!]|\s*$)"
)
"""A superlative topic, then what is asked of it ("rightmost item - what colour?"): one question, since a topic of
generic words alone would otherwise be dropped as talk."""


_IF_THERE_IS = re.compile(
    r"(?i)^\s*(?:and |so |ok |okay )?(?:if|assuming|supposing|in case|when|to the extent that|provided that|given that)"
    r"(?:\s*,\s*[a-z]+\s*,)? (?:that )?(?:there(?: (is|are|exists?)|('s|’s))|"
    r"you (?:can )?see|i see) ((?:a|an|any|some|one|the)\b.+?)\s*[,;:]\s*(?:then\s+)?"
    r"(?=.*\b(?:it|its|they|them|their|those|these|that|ones?|how many are)\b)"
)
"""'If there's a blue cube, is it metal?': the condition introduces what the question asks about; with none there,
the question has nothing to be about (the answer says so) rather than a vacuous yes or no."""


def _if_there_is(match: re.Match) -> str:
    said = re.sub(r"(?i)^any\b", "some", match[3])
    verb = (match[1] or "").lower()
    if verb not in {"is", "are"}:
        verb = "are" if re.match(r"(?i)some\b", said) and not match[2] else "is"
    return f"there {verb} {said} ; "


_LABEL_HEADS = (
    "box|boxes|rectangle|circle|shape|diamond|triangle|square|oval|ellipse|node|button|label|hexagon|star|pentagon|"
    "step|block|bubble|card|tile|sticker|tag|text|word|caption|writing"
)
_CAPITALISED_LABEL = re.compile(
    rf"\b(the|a) ((?:[A-Z0-9][\w'’-]*)(?: (?:[A-Z0-9][\w'’-]*|[a-z]+)){{0,2}}?) ({_LABEL_HEADS})\b"
)
"""'the Step 2 box', 'the Dog rectangle', 'the Check input box': a diagram's shape named by the words it says."""


def _label_said(match: re.Match) -> str:
    words = match[2].split()
    if any(LEXICON.attribute_of(w.lower()) is not None or LEXICON.noun(w.lower()) is not None for w in words):
        return match[0]  # "the Red box", "the Big Ben box": words of a description, not of a label
    if words[0][0].isdigit() or (len(words) == 1 and words[0].isupper() and len(words[0]) == 1):
        return match[0]  # "the 2 boxes", "the A box" (a letter may be an article typed in capitals)
    if re.fullmatch(r"(?i)[ljtszu]-?shaped?", words[0]):
        return match[0]  # "a T-shaped shape": the figure a letter makes
    head = "shape" if match[3] in {"label", "text", "word", "caption", "writing"} else match[3]
    return f"{match[1]} {head} that says {match[2]}"


_SQUARE_NOTE = (
    r"(?:(?:if|when|where) )?(?:(?:the|a|any|all|every) )?squares? (?:also |too )?(?:counts?|is|are|goes|go)"
    r"(?: (?:also|too))?(?: as (?:an? )?rectangles?| (?:an? )?rectangles?| in)?(?: too| also| as well)?|"
    r"(?:incl(?:uding|uded|\.)?|counting|with|plus|and|if (?:we|you|i) (?:count|include|treat)) "
    r"(?:the |a |any |all )?squares?"
    r"(?: (?:also |too )?as (?:an? )?rectangles?| as (?:one of them|one|well))?(?: too| also| as well| included)?|"
    r"(?:the |any )?squares? incl(?:uded|\.)?(?: too| as well)?"
)
_SQUARE_LEFT_OUT_NOTE = (
    r"(?:not counting|without(?: counting)?|excluding|excl\.?|leaving out|ignoring|except(?: for)?|apart from|"
    r"but not|minus|if (?:we|you|i) (?:don't|do not) count) (?:the |a |any |all )?squares?"
    r"(?: as (?:an? )?rectangles?)?|"
    r"(?:(?:if|when|where) )?(?:(?:the|a|any|all) )?squares? (?:don't|do not|doesn't|does not|won't|shouldn't|aren't|"
    r"are not|isn't|is not|not) (?:count(?:ed)?|included|go in|rectangles?)(?: as (?:an? )?rectangles?)?(?: here)?|"
    r"(?:the |any )?squares? (?:not (?:included|counted)|excluded|left out|aside)"
)
_SQUARE_ASKED = r"(?P<asked>.*\brectangles?\b.*?)"
_SQUARE_NOTED = re.compile(
    rf"(?i)^{_SQUARE_ASKED}\s*(?:[,.;:?!\u2014\u2013-]+\s*|\s+)\(?(?P<note>{_SQUARE_LEFT_OUT_NOTE}|{_SQUARE_NOTE})\)?"
    rf"\s*[?.!]*\s*$|"
    rf"^\s*\(?(?P<note_first>{_SQUARE_LEFT_OUT_NOTE}|{_SQUARE_NOTE})\)?\s*[,.;:\u2014\u2013-]+\s*"
    rf"(?P<after>.*\brectangles?\b.*)$"
)
"""'How many rectangles there are? The square also counts.', 'count: rectangles, incl the square', 'If we count a
square as a rectangle too, how many rectangles are there?', 'Is there a rectangle, not counting squares?': a note that
the squares count among the rectangles or not, said before or after the question. The asker settles the debated kind
(:data:`~nsvr.scene_graph.names.DEBATABLE_HYPONYMS`): the question then names both, or the rectangles other than the
squares (:func:`_square_noted`)."""
_SQUARE_LEFT_OUT = re.compile(rf"(?i)^(?:{_SQUARE_LEFT_OUT_NOTE})$")
_EXISTENCE_ASKED = re.compile(
    r"(?i)^\W*(?:(?:so|and|ok(?:ay)?|well|now)\W+)?(?:are there|is there|do(?:es)? (?:the |this )?(?:image|picture|"
    r"photo|drawing|scene) (?:contain|have|show)|do you see|can you see|(?:are|is) any)\b"
)


_TOLD_LAST = re.compile(
    r"(?i)^(.*\b(?:there(?:'s| is)|is|sits|stands|lies) (?:another|one more|a second|a further) ([a-z]+)\b"
    r"[^?]*?[.;:!]\s*)(.*?)"
    r"\b(?:the|this|that) (?:second|other|latter|last|new|final|later) (?:\2|one)\b(?! (?:from|in|on)\b)"
)
"""'... there is a sphere, and to the left of that sphere there is another sphere. What is the colour of the second
sphere?': the thing told last in a chain, named by its place in the telling (that sphere)."""


def _square_noted(match: re.Match) -> str:
    asked = match["asked"] if match["asked"] is not None else match["after"]
    note = match["note"] if match["note"] is not None else match["note_first"]
    if re.search(r"(?i)\bsquares?\b", asked) or re.search(r"(?i)\b(?:not|no|without|except|but)\s*$", asked):
        return match[0]  # the squares named already, or a negation the note's pattern cut off ("not" + "counting")
    if re.match(r"(?i)and\b", note.strip()) and not re.search(r"(?i)\b(?:too|also|as well|included|as)\b", note):
        return match[0]  # "are there both a rectangle and a square": two kinds asked, not a note on one
    asked = asked.rstrip(" ?.!,")
    if _SQUARE_LEFT_OUT.match(note.strip().lower()):
        return re.sub(r"(?i)\b(an? )?rectangle(s?)\b", _rectangles_not_squares, asked, count=1) + "?"
    joined = "or" if _EXISTENCE_ASKED.match(asked) else "and"
    both = functools.partial(_squares_and_rectangles, joined)
    return re.sub(r"(?i)\b(?:(\w+) )?(an? )?rectangle(s?)\b", both, asked, count=1) + "?"


def _rectangles_not_squares(match: re.Match) -> str:
    """ "rectangles" -> "rectangles other than squares", "a rectangle" -> "a rectangle other than a square"."""
    return f"{match[0]} other than squares" if match[2] else f"{match[0]} other than a square"


def _squares_and_rectangles(joined: str, match: re.Match) -> str:
    """ "large rectangles" -> "large squares and large rectangles": both described alike; "a rectangle" -> "a square
    or a rectangle"; an existence asks for either ("are there squares or rectangles")."""
    adjective = match[1] if match[1] is not None and _is_adjective(match[1].lower()) else None
    before = "" if adjective or match[1] is None else f"{match[1]} "
    if not match[3]:  # one rectangle: a square or a rectangle
        article = match[2] or ""
        described = f"{adjective} " if adjective else ""
        square_article = ("an " if described[:1] in "aeiou" and described else "a ") if article else ""
        return f"{before}{square_article}{described}square or {article}{described}rectangle"
    if adjective:
        return f"{adjective} squares {joined} {adjective} rectangles"
    return f"{before}squares {joined} rectangles"


def _said_after(match: re.Match[str]) -> str:
    """A count or a question with a value said again after it ("Small ones, like.": dropped), or a count narrowed
    by "just / only the ADJ ones" ("How many spheres are there? Small ones only." -> "How many small spheres ...")."""
    said, asked = match["said"], match["asked"]
    if _said_again(said, asked):
        return asked
    narrowed = re.search(r"(?i)\b(?:just|only)\b", match["just"] + match["only"]) and _is_adjective(said.lower())
    count = re.match(r"(?i)(\s*how many )(?!of\b)", asked)
    if narrowed and count:
        return f"{count[1]}{said.lower()} {asked[count.end() :]}"
    return match[0]


def _said_again(word: str, asked: str) -> bool:
    """Whether ``word`` names a value (a colour, size, material ...) that a word of ``asked`` names too."""
    value = LEXICON.attribute_of(word.lower())
    if value is None:
        return False
    words = set(re.findall(r"[a-z]+", asked.lower())) | set(normalize(asked).split())  # "wee" is "little"
    return any(LEXICON.attribute_of(w) == value for w in words)


def _ordered_from(before: str, picked: list[str], after: str, side: str) -> str:
    """ "what's the second object made of" counted from the left: "... the second object from the left made of"
    (the order said after the noun it picks). Only in a question asked right after the order ("look at the second
    sphere. Name its colour." is read elsewhere), and not before a possessive."""
    said = f"{before}{' '.join(picked)}{after}"
    if not re.match(r"(?i)\s*(?:what|which|who|is|are|does|do|how)\b", before or " ".join(picked)) or re.match(
        r"\s*['\u2019]s\b", after
    ):
        return f"counting from the {side}, {said}"
    for end in (len(picked), len(picked) - 1):
        if end > 2 and _kind_word(picked[end - 1].lower()):
            rest = " ".join(picked[end:])
            return f"{before}{' '.join(picked[:end])} from the {side}{' ' + rest if rest else ''}{after}"
    return f"counting from the {side}, {said}"


def _names_before(text: str) -> bool:
    """Whether ``text`` names a kind of thing ("of the cubes, ..."): what a later "the one" may stand for."""
    return any(map(_kind_word, re.findall(r"[a-z]+", text.lower())))


_SHAPED_HEADS = r"figure|shape|object|thing|item|element|piece|form|one"


def _kind_shaped_head(m: re.Match[str]) -> str:
    """ "the square-shaped figure": the square (the head's number kept: "square-shaped figures" are squares)."""
    kind = singular(m[1].lower())
    if not _kind_word(kind):
        return m[0]
    return plural(kind) if m[2] else kind


def _kind_shaped_said(m: re.Match[str]) -> str:
    """ "is the red one square-shaped?", "circular or square-shaped?": of that kind, said of the one asked about."""
    kind = singular(m[2].lower())
    return f"{m[1]} {kind}" if _kind_word(kind) else m[0]


def _kind_word(word: str) -> bool:
    """Whether ``word`` (lower case) names a kind of thing: a noun of the lexicon or a name the graphs know."""
    return LEXICON.noun(word) is not None or known_name(singular(word))


_PARALLEL_PLACE = (
    r"(?:(?:left|right|front|back|top|bottom)most|first|second|third|fourth|last|biggest|smallest|largest|tallest)"
)
"""A place or an order that two parallel phrases of one question say of one kind ("the leftmost cup ... and the
rightmost one")."""


def _only_talk(lead: str) -> bool:
    """Whether ``lead`` (said before the question) names nothing of a picture: no kind of thing, no value of an
    attribute, no place or relation."""
    words = re.findall(r"[a-z]+", lead.lower())
    places = {"left", "right", "front", "back", "behind", "top", "bottom", "row", "corner", "middle", "centre", "side"}
    return bool(words) and not (
        _names_before(lead) or any(LEXICON.attribute_of(w) is not None for w in words) or places & set(words)
    )


_DASH_BEFORE_QUESTION = re.compile(r"(?i)\s*[—–]+\s*(?=(?:what|what's|which|is|are|does|do|where|who)\b)")
"""'The cylinder behind the red ball — what's that one made of?': a dash before the question is a comma's pause."""


def _the_phrase(words: str) -> str:
    words = words.strip()
    return words if re.match(r"(?i)(?:the|this|that|a|an|its|their)\b", words) else f"the {words}"


_COMMANDS = [
    # "way in the back", "way out on the left": the very back, the far left; "up in the corner": at the top
    (
        re.compile(
            r"(?i)(?<!the )\bway (?:out |back )?(?:at|in|on) the (back|front|left|right|top|bottom)\b(?! side| hand)"
        ),
        r"at the very \1",
    ),
    (re.compile(r"(?i)\bup (?:in|at) the corner\b"), "at the top"),
    # "How many folks on foot in the shot?", "how many people are on foot here": the people there
    (re.compile(r"(?i)^(\s*how many [a-z ]+?)(?: are)?(?: out)? on foot\b"), r"\1 are there"),
    # "What's on the label of the bottle?": what it says
    (
        re.compile(r"(?i)^\s*what(?:'s| is) (?:written |printed )?on the label of (the [a-z]+)\s*[?.!]*\s*$"),
        r"what does \1 say?",
    ),
    # "What colour has the boy got on?": what he wears
    (re.compile(r"(?i)\bwhat colou?r (?:has|have) (the [a-z ]+?) got on\b"), r"what colour is \1 wearing"),
    # "How many things are purple or cylinder-shaped, or both?": the kind, and "or both" adds nothing to "or"
    (re.compile(rf"(?i)\b([a-z]+)-shaped (?:{_SHAPED_HEADS})(s?)\b"), _kind_shaped_head),
    (re.compile(r"(?i)\b(is|are|or|and) ([a-z]+)-shaped\b(?=\s*(?:[?.!]|$|or\b|and\b))"), _kind_shaped_said),
    (
        re.compile(r"(?i)\b([a-z]+)-shaped\b"),
        lambda m: plural(singular(m[1].lower())) if _kind_word(singular(m[1].lower())) else m[0],
    ),
    (re.compile(r"(?i)(\bor\b[^?]*?),?\s*or both(?=\s*[?.!]*\s*$)"), r"\1"),
    # talk before a dash that names nothing of the picture: "Just having a quick look on my lunch break - how many ..."
    (
        re.compile(
            r"(?i)^(?P<lead>[^\u2014\u2013?]+?)\s+(?:[\u2014\u2013]+|-+)\s+"
            r"(?P<asked>(?:how|what|which|who|where|is|are|does|do|can|could)\b.*)$"
        ),
        lambda m: (
            m["asked"] if len(m["lead"].split()) >= 3 and _only_talk(m["lead"]) and _names_before(m["asked"]) else m[0]
        ),
    ),
    # "what's written up on the side of that bus": on it
    (re.compile(r"(?i)\b(written|painted|printed)(?: up)? on the (?:side|front|back) of\b"), r"\1 on"),
    # "How many different colours do the people wear?": their colours
    (
        re.compile(r"(?i)\bhow many (different |distinct )?colou?rs do (the [a-z ]+?) (?:wear|have on|dress in)\b"),
        r"how many \1colours do \2 have",
    ),
    # "How many people are in the park, kids included?": the count includes them anyway
    (re.compile(r"(?i)\s*,\s*(?:the )?(?:[a-z]+ )?[a-z]+ included(?=\s*[?.!]*\s*$)"), ""),
    # "hey phone, how many ...": a device woken by name
    (re.compile(r"(?i)^\s*(?:hey|ok|okay) (?:phone|siri|google|alexa|assistant|computer|app|robot)\b\s*[,!:]?\s*"), ""),
    # "the shape at the right-hand end of the top row": the rightmost in it
    (
        re.compile(
            r"(?i)\bthe ([a-z]+) (?:at|on) the (left|right)(?:[- ]hand)? end of the "
            r"(top|bottom|middle|first|second|third|last) "
            r"(row|line)\b"
        ),
        r"the \2most \1 in the \3 row",
    ),
    # "How many different materials is used?": a count's plural verb
    (re.compile(r"(?i)^(\s*how many [a-z ]+?s) is (used|there|present|shown|visible)\b"), r"\1 are \2"),
    # "The third object starting from the left": from the left
    (
        re.compile(
            r"(?i)\b((?:first|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th)) [a-z]+) (?:starting|counting|"
            r"going|reading|looking) from the (left|right|front|back)\b"
        ),
        r"\1 from the \2",
    ),
    # "Which is the bigger of the two balls, the red one or the grey one?": the two named
    (
        re.compile(
            r"(?i)^\s*which is the (bigger|smaller|larger) of the two ([a-z]+)\s*[,:\u2014\u2013-]+\s*"
            r"the ([a-z]+) one or "
            r"the ([a-z]+) one\s*([?.!]*)\s*$"
        ),
        lambda m: f"which is {m[1]}, the {m[3]} {singular(m[2])} or the {m[4]} {singular(m[2])}{m[5]}",
    ),
    # "whats the ball made of, theres only one ball": a note that the thing is one of a kind, after the question
    (
        re.compile(
            r"(?i)^(\s*(?:what|which|who|how|where)(?:'?s)?\b[^?]*?)\s*[,;.\u2014\u2013-]+\s*there(?:'s|s| is) "
            r"(?:only |just )?(?:one|a single|exactly one) [a-z ]+?\s*[.!]*\s*$"
        ),
        r"\1?",
    ),
    # "The black dog, who is holding him?", "The person on the right, he wears what colour?": the thing said first
    # stands for the pronoun
    (
        re.compile(
            r"(?i)^\s*(the (?:(?!\b(?:is|are|was|were|has|have|does|do|'s)\b)[a-z' ])+?)\s*[,\u2014\u2013-]+\s*"
            r"((?:who|what|which)\b[^?,]*?\b)(?:him|her|it|them)"
            r"\s*([?.!]*)\s*$"
        ),
        r"\2\1\3",
    ),
    (
        re.compile(
            r"(?i)^\s*(the [a-z ]+?)\s*[,\u2014\u2013-]+\s*(?:he|she|they) (?:wears?|is wearing|are wearing|has on|"
            r"have on) (?:which|what) colou?r\s*[?.!]*\s*$"
        ),
        r"what colour is \1 wearing?",
    ),
    # "Is the woman also wearing a necktie, like the men?": the likeness said around the check adds nothing to it
    (re.compile(r"(?i)^(\s*(?:is|are|does|do) the [a-z ]+?) also\b"), r"\1"),
    (re.compile(r"(?i)(?<=\w),\s*(?:just )?like (?:the|his|her|their) [a-z]+\s*(?=[?.!]*\s*$)"), ""),
    # "That clock's hung up above the table", "the picture is mounted on the wall": where it is
    (
        re.compile(
            r"(?i)(?:'s|\bis|\bare) (?:hung|mounted|fixed|stuck|perched|propped)(?: up)? "
            r"(?=(?:above|on|over|below|under|near|next to|behind|beside|in front of)\b)"
        ),
        " is ",
    ),
    # "The dog that's near the girl - is it white?": a described thing said first, then asked of
    (
        re.compile(
            r"(?i)^\s*(the [a-z]+ (?:that|which|who)(?:'s| is| are) [a-z ]+?)\s*[,\u2014\u2013-]+\s*(?:is|are) "
            r"(?:it|he|she|they) ([a-z]+)\s*([?.!]*)\s*$"
        ),
        lambda m: f"is {m[1]} {m[2]}{m[3]}" if _is_adjective(m[2].lower()) else m[0],
    ),
    # "next one is do both spheres ...", "Number of cube equal to number of sphere?", "are the yellow ones both ..."
    (re.compile(r"(?i)^\s*(?:next one is|next question is|next question|next up)\s*[:,-]?\s+"), ""),
    (
        re.compile(
            r"(?i)^\s*(?:is )?(?:the )?number of ([a-z]+) (?:is )?equal to (?:the )?number of ([a-z]+)(?=\s*[?.!]*\s*$)"
        ),
        lambda m: (
            f"is the number of {plural(singular(m[1].lower()))} equal to the number of {plural(singular(m[2].lower()))}"
        ),
    ),
    (
        re.compile(r"(?i)^(\s*(?:are|do) the (?:(?!\band\b)[a-z ])+?) both (?=(?:made|have|the same|of the same)\b)"),
        r"\1 ",
    ),
    # "How many cups have been set out?", "have all the plates been laid on the table": where they are now
    (
        re.compile(
            r"(?i)^(\s*how many .+?) (?:have|has) been (?:set|put|laid|placed|left|arranged|lined)(?: out| up| down)?"
            r"(?: here| there)?\s*([?.!]*)\s*$"
        ),
        r"\1 are there\2",
    ),
    (
        re.compile(
            r"(?i)^(\s*how many .+?) (?:have|has) been (?:set|put|laid|placed|left|arranged)(?: out| down)? "
            r"(?=(?:on|in|at|by|near|under|next to|beside)\b)"
        ),
        r"\1 are ",
    ),
    # "Is the girl near one of the dogs?": near any of them
    (
        re.compile(r"(?i)\b(near|next to|beside|behind|in front of|left of|right of) one of the ([a-z]+)\b"),
        lambda m: f"{m[1]} a {singular(m[2].lower())}" if _kind_word(singular(m[2].lower())) else m[0],
    ),
    # "What is the cylinder made of, please - metal or rubber?": the courtesy before the options
    (re.compile(r"(?i),\s*please\s*[\u2014\u2013-]+\s*(?=[a-z]+ or [a-z]+\s*[?.!]*\s*$)"), ", "),
    # "How many different colours have the cylinders got between them?"
    (
        re.compile(
            r"(?i)\bhave (the [a-z ]+?) got(?: between them| among them| in total| altogether| together)?"
            r"(?=\s*[?.!]*\s*$)"
        ),
        r"do \1 have",
    ),
    # a drawing's places said loosely: "in the top, left corner", "what's tucked in the bottom right corner", "how
    # many in the bottom row are small ones", "what side's the triangle on", "any shapes in orange"
    (re.compile(r"(?i)\b(top|bottom|upper|lower),\s*(left|right)\b"), r"\1 \2"),
    (
        re.compile(
            r"(?i)(?<!\bwho)(?<!\bwho )\b(is|'s|are) (?:tucked|hiding|hidden|sitting|placed|drawn|located|positioned|"
            r"lurking|hanging|"
            r"leading)(?: away| back| out)? (?=(?:right |way )?(?:in|at) the\b)"
        ),
        lambda m: " is " if m[1] == "'s" else f"{m[1]} ",
    ),
    (
        re.compile(r"(?i)^\s*how many (in|at|on) the ([a-z ]+?) are ([a-z]+) ones\s*([?.!]*)\s*$"),
        lambda m: f"how many {m[3]} things are {m[1]} the {m[2]}{m[4]}" if _is_adjective(m[3].lower()) else m[0],
    ),
    (re.compile(r"(?i)\bwhat side's\b"), "which side is"),
    (
        re.compile(
            rf"(?i)\b(?!(?:{_PEOPLE}|gentleman|gentlemen)\b)([a-z]+) in ([a-z]+)\b(?! (?:colou?r|clothes|shirt))"
        ),
        lambda m: f"{m[2]} {m[1]}" if _is_colour(m[2].lower()) and _kind_word(singular(m[1].lower())) else m[0],
    ),
    # "Count them all, whatever their shape.": the count's scope said again after it
    (
        re.compile(
            r"(?i)(?<=\?)\s*(?:count|include) (?:them all|all of them|every one|each one)"
            r"(?:,? (?:whatever|whichever|no matter) (?:their|its|the) (?:shape|colou?r|size|material|kind))?"
            r"\s*[.!]*\s*$"
        ),
        "",
    ),
    # "a big sphere back behind the little one": "back" says "behind" again
    (re.compile(r"(?i)\bback behind\b"), "behind"),
    # "Behind the cylinder there's a little ball, I reckon. What colour's that?": the asker's hedge on what they
    # tell, and "that" for the thing just told of
    (re.compile(r"(?i)\s*,\s*(?:i reckon|i think|i guess|i believe|i suppose|i'd say)(?=\s*[.;!])"), ""),
    (
        re.compile(
            r"(?i)^(.*\bthere(?:'s| is| are)\b[^?]*?[.;:!]\s+)(.*?)(?:\b(is|are)|'s) that(?: one| thing)?"
            r"(?=\s*[?.!]*\s*$)"
        ),
        lambda m: (
            m[0]  # several things told ("a red cube and one more red object"): "that one" is for other readings
            if re.search(r"(?i)\b(?:and|another|one more|other)\b", m[1])
            else f"{m[1]}{m[2]}{' ' if m[3] is None else ''}{m[3] or 'is'} it"
        ),
    ),
    # "How many little ones are out in the park?": people's word for children, where they play or are out about
    (
        re.compile(
            r"(?i)\b(?:the )?(?:little|wee|young|tiny) ones\b(?=\s+(?:are |is )?(?:out\b|outside\b|playing\b|running\b|"
            r"(?:out )?(?:in|at) the (?:park|playground|garden|beach|street)\b))"
        ),
        "children",
    ),
    # "...? I'd like its shape, if you don't mind.": the attribute wanted, said as the usual request
    (
        re.compile(
            r"(?i)([?.!])\s*(?:i'd|i would|i) (?:really )?(?:like|love|want|need) (?:to know )?(?:its|the|their) "
            r"(colou?r|shape|size|material)(?:,? if you (?:don't|do not) mind|,? please)?\s*[.!]*\s*$"
        ),
        r"\1 its \2, please.",
    ),
    # "Which one is second closest to the front?": the second from the front
    (
        re.compile(
            r"(?i)\b(?:the )?(second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:closest|nearest) (?:to )?"
            r"(?:the front|the camera|the viewer|us|me)\b"
        ),
        r"\1 from the front",
    ),
    (
        re.compile(
            r"(?i)\b(?:the )?(second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:furthest|farthest) (?:back|to the back|"
            r"from the camera|from the front|away)\b"
        ),
        r"\1 from the back",
    ),
    # what a thing is made of in a learner's order: "From what is the bench made?", "The fork, of what it is made?",
    # "The cylinder, what material is it made?"
    (
        re.compile(r"(?i)^\s*(?:of|from) what (?:material )?(?:is|are) (the [a-z ]+?) made(?: of| from)?\s*[?.!]*\s*$"),
        r"what is \1 made of?",
    ),
    (
        re.compile(
            r"(?i)^\s*(the [a-z ]+?)\s*[,\u2014\u2013-]+\s*(?:of|from) what (?:material )?(?:it|they|he|she) "
            r"(?:is|are) made(?: of| from)?\s*[?.!]*\s*$"
        ),
        r"what is \1 made of?",
    ),
    (
        re.compile(r"(?i)\bwhat material (is|are) (it|they|that|the [a-z ]+?) made(?=\s*[?.!]*\s*$)"),
        r"what material \1 \2 made of",
    ),
    # "Is the leftmost cup red and the rightmost one white?": "one" in the second of two parallel places or orders
    # is the first one's kind (not any thing of the picture)
    (
        re.compile(
            rf"(?i)\b(the {_PARALLEL_PLACE} )([a-z]+)(\b[^?.;]*?\band (?:is |are )?the "
            rf"(?:{_PARALLEL_PLACE}|other)) one\b"
        ),
        lambda m: f"{m[1]}{m[2]}{m[3]} {m[2]}" if _kind_word(m[2].lower()) else m[0],
    ),
    # "Is every one of the balls rubber?": all of them; "Is it accurate to say that ...": is it true
    (re.compile(r"(?i)\bis every (?:single )?one of (the|them|those|these)\b"), r"are all of \1"),
    (
        re.compile(r"(?i)^\s*(?:is|would) it (?:be )?(?:accurate|correct|right|fair|true) to say(?: that)?\b"),
        "is it true that",
    ),
    # "Have all the cups been put on the table?": where they are now
    (
        re.compile(r"(?i)^\s*have (all|both|any|the|all of the|both of the) (.+?) been (?:put|placed|set|left|laid) "),
        r"are \1 \2 ",
    ),
    # "which side of the picture's it on", "from which material it is": a learner's or a speaker's order
    (
        re.compile(r"(?i)\bwhich side of the (picture|image|photo|drawing)'s (it|he|she|that) on\b"),
        r"which side of the \1 is \2 on",
    ),
    (re.compile(r"(?i)\b(?:from|of) which (material|colou?r|shape|size) (it|he|she|that) is\b"), r"what \1 is \2"),
    # a learner's places: "the small circle in middle", "what sits top-left?", "the middle one on the bottom"
    (re.compile(r"(?i)\b(in|at) (middle|centre|center)\b"), r"\1 the \2"),
    (
        re.compile(
            r"(?i)^\s*what (?:sits|is|'s|lies|stands|is drawn) (?:at )?(top|bottom)[- ]?(left|right)\s*[?.!]*\s*$"
        ),
        r"what is in the \1 \2 corner?",
    ),
    (
        re.compile(r"(?i)\b(the middle one) on the (bottom|top)\b(?! of\b)"),
        r"\1 in the \2 row",
    ),
    # "What colour is the one in the bottom-right corner?": "the one" with nothing said before it is a thing
    (
        re.compile(
            r"(?i)\bthe one (?=(?:that is |that's |which is )?(?:in|at|on|up in|down in|over on) the (?:very )?"
            r"(?:top|bottom|middle|centre|center|upper|lower|far)\b)"
        ),
        lambda m: "the thing " if not _names_before(m.string[: m.start()]) else m[0],
    ),
    # "How many shapes aren't circles or squares?", "... are neither cubes nor balls": those other than both kinds
    (
        re.compile(
            r"(?i)^\s*how many ((?!here\b|there\b)[a-z]+(?: (?!here\b|there\b)[a-z]+)?)(?: here| there)? (?:are not|"
            r"aren't|are neither) (?:an? )?([a-z]+) (?:or|nor) "
            r"(?:an? )?([a-z]+)\s*[?.!]*\s*$"
        ),
        lambda m: (
            f"how many {m[1]} other than {m[2]} and {m[3]} are there?"
            if _kind_word(m[2].lower()) and _kind_word(m[3].lower())
            else m[0]
        ),
    ),
    # "List the colours used in the top row for me - any order is fine": the values asked for
    (
        re.compile(
            r"(?i)^\s*(?:please )?(?:list|name|give me|tell me)(?: me)? (?:all )?the (colou?rs|shapes|sizes|materials) "
            r"(?:used|seen|found|that (?:appear|are used|you see)) ((?:in|at|on) the [a-z ]+?)(?: for me)?"
            r"(?:\s*[,.;\u2014\u2013-]+\s*(?:any|in any) order(?: is fine| is ok| is okay| will do)?)?\s*[?.!]*\s*$"
        ),
        r"what \1 are used \2?",
    ),
    # "Counting in from the left, what's the second object made of?": the order said first
    (
        re.compile(
            r"(?i)^\s*(?:counting|going|starting|start|count|looking)(?: in)? from the (left|right|front|back)\s*,\s*"
            r"(?P<before>.*?)\b(?P<picked>the (?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
            r"(?: [a-z]+){1,2})\b(?P<after>.*)$"
        ),
        lambda m: _ordered_from(m["before"], m["picked"].split(), m["after"], m[1]),
    ),
    # "how many wee spheres are there? Small ones, like.": the asker says again what the question said; "How many
    # spheres are there? Small ones only.": the count narrowed
    (
        re.compile(
            r"(?i)^(?P<asked>.*?\?)\s*(?P<just>(?:i mean |like |so |just |only )?)(?:the )?(?P<said>[a-z]+) ones?"
            r"(?P<only>(?:,? (?:like|i mean|mind|you know|that is|only|please))?)\s*[.!]*\s*$"
        ),
        _said_after,
    ),
    # "Is the boy in blue?", "are the two women dressed in white": wearing that colour
    (
        re.compile(
            rf"(?i)^\s*(is|are) (the (?:[a-z]+ ){{0,2}}?(?:{_PEOPLE}|gentleman|gentlemen)) (?:dressed |clothed |clad )?"
            r"(?:all )?in ([a-z]+)\s*[?.!]*\s*$"
        ),
        lambda m: f"{m[1]} {m[2]} wearing {m[3]}?" if _is_colour(m[3].lower()) else m[0],
    ),
    # "whats colour is his tie", "what's shape is it": the question word's slip
    (re.compile(r"(?i)\bwhat(?:'s|s) (colou?r|shape|size|material)\b(?= (?:is|are|does|do)\b)"), r"what \1"),
    (re.compile(r"(?i)\bright in the (middle|centre|center)\b"), lambda m: f"in the very {m[1]}"),
    # the centre of the picture is one place, the middle a column or a row: "the shape in the centre", "sitting just
    # about dead centre", "in the centre of the drawing"
    (
        re.compile(
            r"(?i)\b(?:(?:sitting|placed|located|positioned|sat) )?"
            r"(?:(?:just )?(?:about|almost|nearly|roughly) |right |smack |bang )?"
            r"(?:(?:in|at) the )?dead (centre|center)\b"
        ),
        lambda m: f"in the very {m[1]}",
    ),
    (
        re.compile(
            r"(?i)\b(?<!very )(?:in|at) the (centre|center)"
            r"(?: of the (?:picture|image|drawing|photo|scene|page|frame))?(?! of\b)"
        ),
        lambda m: f"in the very {m[1]}",
    ),
    (re.compile(r"(?i)\s*[.,;]?\s*(?:expected|answer)\s*:?\s*yes or no\s*[?.!]*\s*$"), lambda m: " "),
    (
        re.compile(r"(?i)^\s*confirm (?:the )?(?:count|number)\s*:\s*(.+?)\s*[?.!]*\s*$"),
        lambda m: f"how many {m[1]} are there?",
    ),
    (
        re.compile(r"(?i)^\s*(.+?)\s*[.,;:]\s*say (?:the )?(?:number|count)\s*[?.!]*\s*$"),
        lambda m: f"how many {m[1]} are there?",
    ),
    (
        re.compile(r"(?i)^\s*say (colou?r|shape|size|material)\s*,\s*(.+?)\s*[?.!]*\s*$"),
        lambda m: f"what {m[1]} is {_the_phrase(m[2])}?",
    ),
    (
        re.compile(r"(?i)^\s*(.+?)\s*[.,;:]\s*say (?:its |the )?(colou?r|shape|size|material)\s*[?.!]*\s*$"),
        lambda m: f"what {m[2]} is {_the_phrase(m[1])}?",
    ),
]
"""Radio and parade-ground commands: "Confirm count: spheres.", "Metal cylinders. Say number.", "Say colour, object
furthest back."."""
_ATTRIBUTE_NAMES = r"colou?rs?|shapes?|sizes?|materials?"
_ING = {"wear": "wearing", "hold": "holding", "carry": "carrying", "ride": "riding", "throw": "throwing",
        "push": "pushing", "pull": "pulling"}  # fmt: skip
_NOT_COUNTED = r"(?:there|are|is|do|does|have|has|can|were|was|will|would|of)\b"
_ROW_ORDER = re.compile(
    r"(?i)^(?:the )?((?:left|right)most|(?:very )?(?:first|second|third|fourth|last)|\d+(?:st|nd|rd|th))"
    r"(?: (?:shape|one|thing|object))?(?: (?:from|on) (?:the )?(left|right))?\s*[:,\u2014\u2013-]?\s*"
    r"(colou?r|shape|size)?$"
)


def _placed_in_question(match: re.Match) -> str:
    """A place said before a count or a check, said where the question puts it. Without a pause after it, only a
    relation places ("behind the red cube how many spheres"; "in this case how many ..." is no place)."""
    place, pause, asked, rest, end = match[1], match[2], match[3], match[4].strip(), match[5] or "?"
    if not pause.strip() and not re.match(rf"(?i){RELATION} ", place):
        return match[0]
    compared = re.fullmatch(r"(?i)are there (more|fewer|less) ([a-z]+) than ([a-z]+)", asked)
    if compared is not None and not rest:  # "On the table, are there more cups than bottles?": both on it
        return f"are there {compared[1]} {compared[2]} {place} than {compared[3]} {place}{end}"
    if asked.lower().startswith(("is there", "are there")):
        return f"{asked} {place}{end}" if not rest else match[0]
    if not rest or re.fullmatch(
        r"(?i)(?:are|is) (?:there|sitting|standing|lying|placed|located|positioned|found|kept|sat|stood)(?: there)?"
        r"(?: in total)?|(?:can|do) you (?:see|count)|can be seen|stand|sit|lie",
        rest,
    ):
        return f"{asked} are {place}{end}"
    return f"{asked} {place} {rest}{end}"


def _other_things(said: str) -> str:
    """ "others" said as "other things", the form the grammar reads as the things other than the one compared."""
    return re.sub(r"(?i)\bothers\b", "other things", said)


def _in_the_row(match: re.Match) -> str:
    """The question asked after a row said as a heading, about that row (the heading kept where it is otherwise)."""
    row = {"upper": "top", "lower": "bottom", "first": "top", "second": "middle", "third": "bottom"}.get(
        match[1].lower(), match[1].lower()
    )
    asked, end = match[2], match[3] or "?"
    counted = re.match(r"(?i)how many (\w+)(.*)$", asked)
    if counted is not None:
        rest = counted[2].strip()
        return (
            f"how many {counted[1]} in the {row} row {rest}{end}"
            if rest
            else f"how many {counted[1]} are in the {row} row{end}"
        )
    ordered = _ROW_ORDER.match(asked)
    if ordered is not None:
        side = f" from the {ordered[2]}" if ordered[2] else ""
        return f"what {ordered[3] or 'shape'} is the {ordered[1]} shape{side} in the {row} row{end}"
    return f"in the {row} row, {asked}{end}"


_ORDINAL_SAID = r"\b(?:first|second|third|fourth|fifth|sixth|seventh|last|next to last|\d+(?:st|nd|rd|th))\b"
_COUNTED_FROM = r"(?:counting|count|going|numbering|reading|starting|working) (?:from|starting (?:from|at)|at) the"
_SIDE = r"(left|right|front|back|top|bottom)"
_COMMANDS += [
    # the direction of an order said as a sentence of its own, before or after: "We are counting from the right
    # now. Which colour is the third one?", "which is the second cube, going from the back?"
    (
        re.compile(
            r"(?i)^\s*(?:(?:ok|okay|right|so|now|alright)\s*,?\s*)?(?:(?:now )?(?:we are|we're|we'll be|i am|i'm|"
            rf"let's|let us|we)\s+)?{_COUNTED_FROM} {_SIDE}(?:[- ]hand)?"
            r"(?:\s+(?:now|this time|instead|side|end|hand side))*"
            r"\s*[.!;:,\u2014\u2013-]+\s*(?=\S)"
        ),
        lambda m: f"counting from the {m[1].lower()}, ",
    ),
    (
        re.compile(
            rf"(?i)^(?=.*{_ORDINAL_SAID})(.+?)\s*[,;\u2014\u2013-]\s*{_COUNTED_FROM} {_SIDE}(?:[- ]hand)?"
            r"(?: side| end)?\s*"
            r"([?.!]*)\s*$"
        ),
        lambda m: f"counting from the {m[2].lower()}, {m[1]}{m[3]}",
    ),
    (re.compile(r"(?i)\s*,\s*(?:go ahead|over)\s*(?=,)"), lambda m: ""),  # "Yellow cylinder, go ahead, material?"
    # what a thing says, in people's words: "bus - what's written on the side?", "Road marking, what's it read?",
    # "clock - time?", "The clock, which hour is showing?", "There's lettering painted on the road. What does it
    # say?", "The bus has words in Spanish, I think. What it says exactly?", "what's the bottle say on it"
    (
        re.compile(
            r"(?i)^\s*(?:and |so |now )?(?:the )?(?!(?:on|in|at|of|from|by|to|for|with|across)\b)"
            r"([a-z]+(?: [a-z]+){0,2}?)(?: marking| markings| surface| face| on the wall| on the table)?"
            r"\s*[-,:;.\u2014\u2013]+\s*(?:what(?:'s| is| does| do)? (?:it |that |they |this )?(?:say|says|read|reads|"
            r"written|printed|painted|shown)(?: on (?:it|that|that one|this one|the side|there|the front))?|"
            r"what (?:it|that|they) (?:says|reads|"
            r"say|read)|(?:the )?time|what time(?: is it| (?:has|does|is) (?:it|that)(?: (?:say|show|read|showing))?)?|"
            r"which (?:hour|time) (?:is (?:it )?|does (?:it|that) )?show(?:ing|n|s)?)(?: exactly| please)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what does the {m[1]} say?",
    ),
    # "On the road also there is something written. What it says?", "what's it say painted on the road there?",
    # "what time is it on that clock on the wall": what is written on one thing
    (
        re.compile(
            r"(?i)^\s*(?:on|across) (?:the )?([a-z]+) (?:also |too )?there(?:'s| is) (?:something|some (?:writing|"
            r"text|words|letters)|writing|text|words|letters|lettering)(?: (?:written|painted|printed))?(?: also| too)?"
            r"\s*[.;:,\u2014\u2013-]+\s*what (?:does (?:it|that) say|it says|(?:is|'s) it say(?:ing)?|do they say)"
            r"(?: exactly)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what is written on the {m[1]}?",
    ),
    (
        re.compile(
            r"(?i)^\s*what(?:'s| does| is) it say(?:ing)? (?:painted|written|printed) (?:on|across) (?:the )?([a-z]+)"
            r"(?: there)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what is written on the {m[1]}?",
    ),
    (
        re.compile(
            r"(?i)^\s*what time (?:is it|is shown|does it say|does it show) (?:on|by) (?:the|that|this) (clock|watch)"
            r"(?: on the wall| up there| there)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what does the {m[1]} say?",
    ),
    (
        re.compile(
            r"(?i)^\s*what(?:'s| is) (?:painted|printed|marked|lettered|inscribed|written) (?:on|across) (?:the )?"
            r"([a-z]+)(?: surface| side| front)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what is written on the {m[1]}?",
    ),
    (
        re.compile(
            r"(?i)^\s*there(?:'s| is| are) (?:some )?(?:lettering|writing|text|words?|letters|markings?)(?: painted| "
            r"written| printed)? (?:on|across) (?:the )?([a-z]+(?: [a-z]+)?)\s*[.;:,\u2014\u2013-]+\s*what (?:does|do) "
            r"(?:it|they) (?:say|read)(?: exactly)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what does the {m[1]} say?",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+)?) (?:has|have|has got|carries|shows|bears) (?:some )?(?:words|"
            r"writing|"
            r"lettering|text|letters)\b[^.?!;:]*[.;:!?]\s*what (?:do |does )?(?:it|they|that) (?:says?|"
            r"reads?)(?: exactly)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what does the {m[1]} say?",
    ),
    (
        re.compile(r"(?i)^\s*what(?:'s| is| does) the ([a-z]+(?: [a-z]+)?) say(?: on it| on there)?\s*[?.!]*\s*$"),
        lambda m: f"what does the {m[1]} say?",
    ),
    # an attribute asked, then the thing it is asked of, or the other way round: "what colour, the one in the very
    # centre?", "the one in the very centre, what colour?"
    (
        re.compile(
            r"(?i)^\s*what (colou?r|shape|size|material)\s*[,:\u2014\u2013-]+\s*((?:the|that|this) (?:one|thing|shape|"
            r"object|"
            r"item|[a-z]+) (?:in|at|on|near|by|next to|behind|in front of|to the (?:left|right) of) .+?)\s*([?.!]*)\s*$"
        ),
        lambda m: f"what {m[1]} is {m[2]}{m[3]}",
    ),
    (
        re.compile(
            r"(?i)^\s*((?:the|that|this) (?:one|thing|shape|object|item) (?:in|at) the very (?:centre|center|middle))"
            r"\s*[,:\u2014\u2013-]+\s*what (colou?r|shape|size|material)\s*([?.!]*)\s*$"
        ),
        lambda m: f"what {m[2]} is {m[1]}{m[3]}",
    ),
    # what a person wears, asked of one colour or two: "Is the lady in yellow or green?", "the woman, wears yellow?"
    (
        re.compile(
            rf"(?i)^\s*(is|are) (the (?:\w+ ){{0,2}}?(?:{_PEOPLE}|male|female)) (?:in|wearing|dressed in) "
            rf"({_COLOUR_WORDS}) or ({_COLOUR_WORDS})\s*([?.!]*)\s*$"
        ),
        lambda m: f"{m[1]} {m[2]} {m[3]} or {m[4]}{m[5]}",
    ),
    (
        re.compile(
            rf"(?i)^\s*(the (?:\w+ ){{0,2}}?(?:{_PEOPLE}))\s*[,:-]+\s*(?:wears|wearing|in|dressed in|is in|is wearing) "
            rf"({_COLOUR_WORDS})\s*([?.!]*)\s*$"
        ),
        lambda m: f"is {m[1]} wearing {m[2]}{m[3]}",
    ),
    # a place said first, then the count or the check in it: "On the table, how many things are white?", "Behind the
    # red cube, how many spheres?", "On the table, is there a knife?"
    (
        re.compile(
            rf"(?i)^\s*(?:and |so |now )?((?:{RELATION} (?:(?:the|this|that) )?"
            r"|(?:on|in|inside|at|by) (?:the|this|that) )"
            rf"(?!(?:very|left|right|top|bottom|middle|front|back|centre|center|far|{PICTURE_ITSELF}|{NO_PLACE})\b)"
            r"(?![a-z]+(?: [a-z]+)? (?:row|line|column|corner|half|side)\b)(?:[a-z]+ ){0,3}?[a-z]+)"
            r"(\s*[,:\u2014\u2013-]+\s*|\s+)"
            rf"(how many (?:(?!{_NOT_COUNTED})[a-z]+ )?(?:[a-z]+s|people|men|women|children)\b|"
            r"(?:is|are) there (?:an? |any |some )?"
            r"(?:[a-z]+ ){0,2}?[a-z]+|are there (?:more|fewer|less) [a-z]+ than [a-z]+)"
            r"((?: (?:are|is|do|does|have|has|can|were|was|stand|sit|lie)\b.*?)?)\s*([?.!]*)\s*$"
        ),
        _placed_in_question,
    ),
    # counts compared in more people's words: "Cubes against cylinders - by how many do the cubes lead?", "cylinders
    # vs spheres - same number?", "Benches and bicycles - is the same number?", "There are more pieces of metal than
    # pieces of rubber?", "Got more metal things than rubber things or not?", "More small than large, confirm?", "Is
    # the number of metal objects at least equal to the number of cubes?", "how many more blue ones than red ones is
    # that?", "Does the bottom row hold exactly as many shapes as the top row?"
    (re.compile(r"(?i)\b(?:pieces|bits|items|units|lumps|chunks) of (metal|rubber)\b"), lambda m: f"{m[1]} things"),
    (
        re.compile(
            rf"(?i)^\s*(?:the )?({_PAIRED}) (?:against|versus|vs\.?|and|compared (?:to|with)) (?:the )?({_PAIRED})"
            r"\s*[-,:;\u2014\u2013]+\s*by how many do (?:the )?(?:[a-z]+ ){0,2}?(?:[a-z]+|they) (?:lead|win|exceed|"
            r"outnumber|beat)(?: them| the [a-z]+(?: [a-z]+)?)?\s*[?.!]*\s*$"
        ),
        lambda m: f"how many more {_things(m[1])} than {_things(m[2])} are there?",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:the )?({_PAIRED}) (?:against|versus|vs\.?|and|compared (?:to|with)|to) (?:the )?({_PAIRED})"
            r"\s*[-,:;\u2014\u2013]+\s*(?:do they (?:tally|match|balance|even out|come out even)|(?:is|are) (?:it |"
            r"they |there )?"
            r"(?:the )?same (?:number|count|amount)|(?:the )?same (?:number|count|amount)|equal(?: in number|"
            r" numbers?)?|"
            r"(?:are they |is it )?(?:even|level|a match))(?:\s*,\s*(?:the )?same (?:number|amount|count) of (?:each|"
            r"both))?"
            r"(?:\s*,?\s*or not)?\s*[?.!]*\s*$"
        ),
        lambda m: f"are there as many {_things(m[1])} as {_things(m[2])}?",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:so |and )?(?:there (?:are|is)|(?:have )?(?:i|we|you) (?:have )?got|(?:i|we|you) have|got|"
            rf"we've got|i've got) (more|fewer|less) ({_PAIRED}) than ({_PAIRED})(?:\s*,?\s*or not)?\s*[?.!]*\s*$"
        ),
        lambda m: f"are there {m[1]} {_things(m[2])} than {_things(m[3])}?",
    ),
    (
        re.compile(
            rf"(?i)^\s*(more|fewer|less) ({_PAIRED}) than ({_PAIRED})\s*[,;\u2014\u2013-]+\s*(?:confirm|right|yes|"
            rf"correct|"
            r"true|agreed|yeah|yes or no|y/n|is that so|am i right)\s*[?.!]*\s*$"
        ),
        lambda m: f"are there {m[1]} {_things(m[2])} than {_things(m[3])}?",
    ),
    (
        re.compile(
            rf"(?i)^\s*is the (?:number|count|amount) of ({_PAIRED}) at (least|most) (?:equal to|as (?:big|large|high|"
            rf"great|small|low) as|the same as) the (?:number|count|amount) of ({_PAIRED})\s*[?.!]*\s*$"
        ),
        lambda m: f"are there at {m[2]} as many {_things(m[1])} as {_things(m[3])}?",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:and |so )?(how many (?:more|fewer|less) {_PAIRED} than {_PAIRED}) (?:is that|is it|are "
            r"there then|does that make)\s*[?.!]*\s*$"
        ),
        lambda m: f"{m[1]} are there?",
    ),
    (
        re.compile(
            r"(?i)^\s*does (the (?:top|bottom|middle|upper|lower|left|right) (?:row|column|half|side)) (?:hold|have|"
            r"contain|show|carry) (exactly )?as many ([a-z]+) as (the (?:top|bottom|middle|upper|lower|left|right) "
            r"(?:row|column|half|side))(?: does)?\s*[?.!]*\s*$"
        ),
        lambda m: f"are there {m[2] or ''}as many {m[3]} in {m[1]} as in {m[4]}?",
    ),
    # a yes-or-no question, then the asker's own business: "..., or must I correct my catalogue?"
    (
        re.compile(
            r"(?i)^(\s*(?:is|are|do|does|has|have) .+?)\s*,?\s*or (?:must|should|do|will|shall|would|can|need) "
            r"(?:i|we) [a-z' ]+\s*[?.!]*\s*$"
        ),
        lambda m: f"{m[1]}?",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:have (?:i|we|you) got|do (?:i|we|you) have|have (?:i|we)|got|(?:i|we)'ve got) (at least one|"
            r"an?|"
            r"any) ((?:[a-z]+ ){0,2}?[a-z]+)(?:\s*,?\s*or (?:none|not|no)(?: at all)?)?\s*[?.!]*\s*$"
        ),
        lambda m: f"{'are there any' if m[1].lower() == 'any' else 'is there ' + m[1]} {m[2]}?",
    ),
    # values asked of several things, then a request for the list: "Which colours do the metal items have? A short
    # list will do.", "What colours are the cubes? Just list them off.", "which shapes they are? Tell me all."
    (
        re.compile(
            r"(?i)^([^?.!]*\b(?:what|which) (?:colou?rs|shapes|sizes|materials)\b[^?.!]*[?.!])\s*"
            r"(?:(?:a|the) (?:short |quick |simple )?list (?:will do|is fine|please|is enough)|"
            r"(?:please |just |can you |could you )?(?:list|name) (?:them|all of them|them all|them off|them out|each)"
            r"(?: for me)?(?: please)?|(?:please )?tell me (?:all|all of them|them all|each)(?: of them)?|"
            r"(?:can|could|would) you (?:list|name) them(?: all)?(?: for me)?(?: please)?|all of them(?: please)?)"
            r"\s*[?.!]*\s*$"
        ),
        lambda m: m[1],
    ),
    (
        re.compile(
            r"(?i)^\s*which (colou?rs|shapes|sizes|materials) (?:occur|appear|show up|are there|are present) "
            r"among (the (?:[a-z]+ ){0,2}?[a-z]+)\s*([?.!]*)\s*$"
        ),
        lambda m: f"which {m[1]} do {m[2]} have{m[3]}",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:please )?(?:name|list|tell me) (?:every|each|all the|all of the|the) (colou?r|shape|size|"
            r"material)s? (in|on|at|among) (the .+?)(?:,? please)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what {m[1]}s are {m[2]} {m[3]}?",
    ),
    # a count of the things the asker looks after: "How many benches have I got to look after in this one?"
    (
        re.compile(
            r"(?i)^(\s*how many (?:[a-z]+ ){0,2}?[a-z]+)\s+"
            r"(?:have (?:i|we) got|do (?:i|we) have|(?:i|we) have|(?:i|we)'ve got) to "
            r"(?:look after|take care of|watch|mind|clean|paint|count|check|sort|fix|tidy|guard|feed|water|"
            r"polish|dust|wash|service|maintain|keep an eye on)(?: (?:in )?(?:this one|here|today|now|in the picture))?"
            r"\s*([?.!]*)\s*$"
        ),
        lambda m: f"{m[1]} are there{m[2] or '?'}",
    ),
    # "else" said of a thing named in a sentence before: "My teacher says the cylinder is metal. Is anything else made
    # of metal?" (anything other than the cylinder)
    (
        re.compile(
            r"(?i)^\s*(?:(?:my |our |the )?[a-z']+(?: [a-z']+)? (?:says|said|thinks|reckons|told me|claims)"
            r"(?: that)? )?"
            r"(the (?:[a-z]+ ){0,3}?[a-z]+) (?:is|are|'s|looks|seems) [a-z ]+?\s*[.;!]\s*(is|are|does|do|has) "
            r"(anything|something|anyone|anybody|someone|everything) else\b(.+?)\s*([?.!]*)\s*$"
        ),
        lambda m: f"{m[2]} {m[3]}{m[4]} apart from {m[1]}{m[5]}",
    ),
    # a sign read out on request: "Now read me the sign. What does it say?", "read out the bottle's label please"
    (
        re.compile(
            r"(?i)^\s*(?:now |so |ok |okay |please |can you |could you )?read (?:me |us )?(?:out )?(?:what )?"
            r"(?:the (?:words|text|writing|letters|lettering) (?:(?:printed|written|painted) )?(?:on|across) "
            r"(?:the (?:side|front|back) of )?)?"
            r"(the (?:[a-z]+ ){0,2}?[a-z]+?)(?:'s (?:label|text|writing|lettering))?(?: says?)?(?: (?:for me|please))?"
            r"(?:\s*[.,;:!\u2014\u2013-]+\s*what (?:does|do) (?:it|they) say)?\s*[?.!]*\s*$"
        ),
        lambda m: f"what does {m[1]} say?",
    ),
    # what people wear said as on them: "How many ties do you see on these gentlemen?"
    (
        re.compile(
            r"(?i)\b(ties|hats|caps|shirts|jackets|coats|scarves|helmets|glasses|sunglasses) "
            r"(?:do you see |can you see |are there |are )?on (?:the|these|those) "
            r"((?:\w+ )?(?:men|women|boys|girls|people|persons|ladies|guys|kids|children|gentlemen|gents|folks))\b"
        ),
        lambda m: f"{m[1]} that the {m[2]} are wearing",
    ),
    # a count of what others wear or hold, asked of them: "how many hats are the kids wearing?", "how many balls do
    # the boys hold?"
    (
        re.compile(
            r"(?i)^\s*how many (?!(?:different|distinct|colou?rs|shapes|sizes|materials)\b)((?:[a-z]+ )?[a-z]+) "
            r"(?:are|is|do|does) (the (?:[a-z]+ ){0,2}?[a-z]+) "
            r"(wear|wearing|hold|holding|carry|carrying|ride|riding|throw|throwing|push|pushing|pull|pulling)"
            r"\s*([?.!]*)\s*$"
        ),
        lambda m: f"how many {m[1]} that {m[2]} are {_ING.get(m[3].lower(), m[3])}{m[4]}",
    ),
    # the thing at one end of a surface: "whats on the table furthest to the left"
    (
        re.compile(
            r"(?i)^\s*what(?:'s|s| is) (on|in|under) (the (?:table|shelf|tray|counter|desk|floor|ground|bench|"
            r"plate|bed|sofa|road|grass|board|windowsill|sill)) (?:the )?(?:furthest|farthest|most) (?:to the )?"
            r"(left|right|front|back)\s*[?.!]*\s*$"
        ),
        lambda m: f"what is the {_FURTHER[m[3].lower()]} thing {m[1]} {m[2]}?",
    ),
    # little words of description that add nothing to what is asked: "the fill colour", "drawn large", "drawn at the
    # same size", "lying about", "bet you can't tell me ...", "up high in the picture", "run along the bottom",
    # "would you describe the dog as large or small", "Was the woman standing in front of the bus or behind it?"
    (re.compile(r"(?i)\bfill(?:ed)?[- ](colou?rs?)\b"), lambda m: m[1]),
    (
        re.compile(
            r"(?i)^(\s*what(?:'s| is) the colou?r) (?:on|in) (the )(?!(?:[a-z]+ )?(?:upper|lower|top|bottom|left|right|"
            r"middle|centre|center|very|picture|image|photo|drawing|row|corner|side)\b)"
        ),
        lambda m: f"{m[1]} of {m[2]}",
    ),
    (
        re.compile(
            r"(?i)\b(?:drawn|painted|shown|done) (?:at |in )?"
            r"(?=(?:the same size|different sizes|large|small|big|little)\b)"
        ),
        lambda m: "",
    ),
    (
        re.compile(r"(?i)\b(?:are|is) drawn (?:at |in )?(large|small|big|little|the same size|different sizes)\b"),
        lambda m: f"are {m[1]}",
    ),
    (re.compile(r"(?i)\s+(?:lying|sitting|kicking|knocking|hanging) (?:about|around)(?=\s*[?.!]*\s*$)"), lambda m: ""),
    (
        re.compile(
            r"(?i)^\s*(?:i )?bet (?:you )?(?:can't|cannot|can not|couldn't) (?:tell me|say|work out|count) "
            r"(?=how|what|which)"
        ),
        lambda m: "",
    ),
    (
        re.compile(
            r"(?i)\b(?:is|are) (the (?:[a-z]+ ){0,2}?[a-z]+) up (?:high|top)(?: in the (?:picture|image|photo))?"
        ),
        lambda m: f"is {m[1]} at the top",
    ),
    (
        re.compile(r"(?i)\b(shapes|things|objects|figures) (?:run|sit|lie|stand)s? along the (top|bottom)\b"),
        lambda m: f"{m[1]} are at the {m[2]}",
    ),
    (re.compile(r"(?i)\bat the (top|bottom) (?:centre|center|middle)\b"), lambda m: f"at the {m[1]} in the middle"),
    (
        re.compile(
            r"(?i)^\s*(?:and )?(?:would|could|can) you (?:describe|call|say) (the (?:[a-z]+ ){0,2}?[a-z]+) (?:as |is )?"
            r"([a-z]+) or ([a-z]+)\s*([?.!]*)\s*$"
        ),
        lambda m: f"is {m[1]} {m[2]} or {m[3]}{m[4]}",
    ),
    (
        re.compile(
            r"(?i)^\s*(was|were) (the (?:[a-z]+ ){0,2}?[a-z]+) (?:standing |sitting |stood |sat )?"
            r"((?:in front of|behind|left of|right of|to the left of|to the right of|near|next to) .+)$"
        ),
        lambda m: f"{'is' if m[1].lower() == 'was' else 'are'} {m[2]} {m[3]}",
    ),
    # a row said as a heading, then what is asked in it: "bottom row - how many shapes?", "In the upper row, how many
    # shapes are not blue?", "bottom row, rightmost shape?", "top row, 2nd from left: colour"
    (
        re.compile(
            r"(?i)^\s*(?:in |on |along )?(?:the )?(top|bottom|upper|lower|middle|first|second|third) row"
            r"\s*[-,:;\u2014\u2013]+"
            r"\s*(.+?)\s*([?.!]*)\s*$"
        ),
        _in_the_row,
    ),
    # how many of them are somewhere, the things left out: "how many behind the gray ball", "how many, the things in
    # front of the red cube?"
    (
        re.compile(
            r"(?i)^\s*how many\s*,?\s*(?:the (?:things|objects|ones|items) )?(behind|in front of|(?:to the |on the )?"
            r"(?:left|right) of|near|next to|beside|close to) (the .+?)\s*([?.!]*)\s*$"
        ),
        lambda m: f"how many things are {m[1]} {m[2]}{m[3]}",
    ),
    # the others sharing a value with a thing named as a heading, or said without a verb: "the yellow cube - how many
    # others are the same size as it", "the square - how many others share its size", "how many others same colour as
    # the star", "how many others share the cyan cylinders material"
    (
        re.compile(
            r"(?i)^\s*((?:the |that |this )?(?:[a-z]+ ){0,3}[a-z]+)\s*[-:,\u2014\u2013]+\s*"
            r"(how many other(?:s| things| ones| "
            r"objects| shapes)? (?:are|r|is|have|has) the same (?:colou?r|shape|size|material)) as (?:it|that(?: one)?)"
            r"\s*([?.!]*)\s*$"
        ),
        lambda m: f"{_other_things(m[2])} as {_the_phrase(m[1])}{m[3]}",
    ),
    (
        re.compile(
            r"(?i)^\s*((?:the |that |this )?(?:[a-z]+ ){0,3}[a-z]+)\s*[-:,\u2014\u2013]+\s*"
            r"(how many other(?:s| things| ones| "
            r"objects| shapes)?) (?:share|have|has) its (colou?r|shape|size|material)\s*([?.!]*)\s*$"
        ),
        lambda m: f"{_other_things(m[2])} have the same {m[3]} as {_the_phrase(m[1])}{m[4]}",
    ),
    (
        re.compile(r"(?i)\bhow many (others|other things|other ones|other objects|other shapes) (?:the )?same "),
        lambda m: f"how many {_other_things(m[1])} are the same ",
    ),
    (
        re.compile(
            r"(?i)\b(share|shares|sharing) the ((?:(?!same\b|other\b|different\b)[a-z]+ ){0,3}?[a-z]+?)s "
            r"(colou?r|shape|size|material)\b"
        ),
        lambda m: f"{m[1]} the {m[3]} of the {m[2]}",
    ),
    # what is written, with the place said first: "And on the sign, what is written there?"
    (
        re.compile(
            r"(?i)^\s*(?:and |so |now |ok |okay )?(on|in) (the (?:[a-z]+ ){0,2}[a-z]+)\s*,\s*what(?: is|'s)\s+"
            r"(written|printed|painted|shown|said)(?: there| on it| on there| in it)?\s*([?.!]*)\s*$"
        ),
        lambda m: f"what is {m[3]} {m[1]} {m[2]}?",
    ),
    # an attribute asked of a place, said as a heading: "Shape in the bottom-left corner?"
    (
        re.compile(
            r"(?i)^\s*(colou?r|shape|size|material)\s+((?:in|on|at|near|by|behind|beside|next to|in front of|"
            r"to the (?:left|right) of|left of|right of)\s+.+?)\s*\?\s*$"
        ),
        lambda m: f"what {m[1]} is {m[2]}?",
    ),
    # what someone does to something, then asked of it: "The boy throws something - what colour is it?"
    (
        re.compile(
            r"(?i)^\s*(the (?:[a-z]+ ){0,3}?[a-z]+)\s*,?\s*(?:(?:he|she|they)\s+)?([a-z]+s|is [a-z]+ing|are [a-z]+ing)"
            r"\s+(?:something|a thing|an object|one thing)(?: in (?:his|her|their) (?:arms?|hands?|mouth))?"
            r"\s*[.,;:\u2014\u2013-]+\s*what(?: (colou?r|shape|size|material))?(?: is it| it is|'s it| is that|"
            r" is this)"
            r"\s*([?.!]*)\s*$"
        ),
        lambda m: f"what {(m[3] + ' ') if m[3] else ''}is the thing that {m[1]} {m[2]}?",
    ),
    # a check of every one said as a bare phrase: "all the large shapes in the top row? y/n"
    (
        re.compile(
            r"(?i)^\s*all (?:of )?(the (?!.*\b(?:are|is|have|has|do|does|were|was)\b).+?)\s*\?\s*"
            r"(?:y\s*/\s*n|yes or no|yes\s*/\s*no)?\s*[?.!]*\s*$"
        ),
        lambda m: f"are all {m[1]}?",
    ),
    # how many values, said in people's words: "cups - how many different colours", "how many different colours on
    # the cylinders", "How many colours altogether, different ones?", "How many different colours have the cups been
    # done in?"
    (
        re.compile(
            r"(?i)^\s*(?:the )?((?!(?:among|of|from|in|on|for|with|between|out)\b)(?:[a-z]+ ){0,2}[a-z]+s)"
            r"\s*[-:,\u2014\u2013]+\s*how many (different|distinct) "
            r"(colou?rs|shapes|sizes|materials)(?: (?:are there|altogether|in total))?\s*[?.!]*\s*$"
        ),
        lambda m: f"how many {m[2]} {m[3]} do the {m[1]} have?",
    ),
    (
        re.compile(
            r"(?i)^\s*how many (different|distinct) (colou?rs|shapes|sizes|materials) (?:on|among|for|of) "
            r"(?:the |all the )?"
            r"(?!.*\b(?:row|column|corner|side|picture|image|photo|drawing|left|right|top|bottom|middle)\b)"
            r"((?:(?!(?:are|is|there|do|does|have|has|can|you)\b)[a-z]+ ){0,2}(?!(?:are|is|there)\b)[a-z]+)"
            r"\s*[?.!]*\s*$"
        ),
        lambda m: f"how many {m[1]} {m[2]} do the {m[3]} have?",
    ),
    (
        re.compile(
            r"(?i)^\s*how many (colou?rs|shapes|sizes|materials)(?: altogether| in total| used| are used| are there|"
            r" (?:can )?you see)?\s*[,;:\u2014\u2013-]+\s*(?:the )?(?:different|distinct|unique) ones\s*[?.!]*\s*$"
        ),
        lambda m: f"how many different {m[1]} are there?",
    ),
    (
        re.compile(
            r"(?i)^\s*how many (different|distinct) (colou?rs|shapes|sizes|materials) (?:have|has|do|does|are|were) "
            r"the (.+?) (?:been )?(?:done|painted|made|coloured|colored|available|come|came|got)(?: in)?\s*[?.!]*\s*$"
        ),
        lambda m: f"how many {m[1]} {m[2]} do the {m[3]} have?",
    ),
]


def condition_as_introduction(question: str) -> str:
    """``question`` with a condition that introduces what it asks about said as an introduction.

    >>> condition_as_introduction("If there are any cylinders, what colour are they?")
    'there are some cylinders ; what colour are they?'
    """
    return _IF_THERE_IS.sub(_if_there_is, question)


_COUNT_GUESS_AFTER = re.compile(
    r"(?i)(?<=[?.])\s*(?:(?:probably|maybe|perhaps|surely|i think|i reckon|i'd say|i guess|i bet|my guess is|at a "
    r"guess)\s*,?\s*)?(?:(?:fewer|less|more) than \w+|(?:under|over|about|around|at least|at most|roughly) \w+|"
    r"(?:a|one) single digit|single digits?|double digits?|\w+ or \w+|a couple|a few|a handful|several|lots|loads|"
    r"quite a few|not (?:many|much|a lot)|(?:nothing|nowt|not) much|none|zero|\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)(?: of them)?\s*,?\s*(?:i (?:suspect|expect|guess|think|reckon|bet|imagine|presume|assume|fancy)|"
    r"i'd (?:say|guess|think)|probably|maybe|at a guess|or so|i'd wager)\s*[.!?]*\s*$"
)
"""A count guessed after the question with a hedge ("how many? A single digit, I expect.", "... not cubes. Fewer
than three, I suspect."): the asker's guess, no part of what is asked."""


def _without_guess(asked: str) -> str:
    """The question without the asker's own guess after it, with a tag ("what's it made of? Metal, innit?", "what
    colour is it? Red like a tomato?", "how many? A single digit, I expect."): no part of what is asked. Only after
    a wh-question (a count guessed only after a count)."""
    counted = _COUNT_GUESS_AFTER.search(asked)
    if counted is not None and re.search(r"(?i)\b(?:how many|number of|count)\b", asked[: counted.start()]):
        asked = asked[: counted.start()]
    found = _GUESS_AFTER.search(asked)
    if found is None or not re.search(r"(?i)\b(?:what|which|how)\b", asked[: found.start()]):
        return asked
    return asked[: found.start()] + "?"


@functools.lru_cache(maxsize=4096)  # the parser's fallbacks normalise the same rewording more than once
def normalize(question: str, *, strict: bool = False) -> str:
    """The question in the canonical wording the grammar reads (lower case, no final punctuation). ``strict``:
    raise :class:`~nsvr.agent.parser.discourse.UnclearCorrection` for a self-correction that lines up with
    nothing (the parser refuses it); otherwise the discourse layer leaves such a question as it is."""
    asked = re.sub(
        r"(?i)^\s*what['’]s\s+", "what is ", _PARENTHESES.sub(" ", _BLANK_HINT.sub(r"___ \1", _chat(question)))
    )
    asked = _SIGN_ON.sub("", _SIGN_OFF.sub("", asked))
    asked = _TRAILING_TALK.sub("", _CANNOT_TELL.sub("", _CAN_YOU_HELP.sub("", asked)))
    asked = _WHICH_SIDE.sub(r"is \1 on the \2 or on the \3?", asked)
    asked = _WHICH_OFFERED.sub(_offered_choice, asked)
    asked = _FILLED_IN.sub("filled", asked)
    asked = _THAT_IS_FILLED.sub(lambda m: f"{m[1]} {m[2]} {'' if m[3] else 'not '}hollow", asked)
    asked = _OFFERED_FIRST.sub(_offered_choice, asked)
    asked = _AND_IS_IT.sub(_and_is_it, _ANY_OF_THEM.sub(r"\1are \3 of \2", asked))
    asked = _SUPERLATIVE_TOPIC.sub(r"what \3 is the \1\2", _without_guess(asked))
    asked = clause_before_pronoun(_AFTER_NOUN.sub(_adjectives_first, asked))
    asked = condition_as_introduction(asked)
    for command, said in _COMMANDS:
        asked = command.sub(said, asked)
    asked = _CAPITALISED_LABEL.sub(_label_said, asked)
    asked = _DASH_BEFORE_QUESTION.sub(" , ", asked)
    for _ in range(3):  # "what is the colour of the ball, lah", "... made of the same stuff, abi?", "kindly tell"
        asked = _TAIL_PARTICLE.sub("", asked)
    respelled = _riddle(_two_compared(_letter_figures(_respell(_POSSESSED_ATTRIBUTE.sub(r"the \2 of the \1", asked)))))
    respelled = _PICKED_THEN_CHOICE.sub(r"is the \1 \2 to \3 \4", respelled)
    # an object introduced first ("a large cyan cylinder stands near the front.", "i can see a boy in blue."): the
    # object, then the question about it; read before discourse takes "i see a X near ..." for its own form
    respelled = _SEEN_INTRO.sub(r" there is \1 \2 ; ", _VAGUE_INTRO.sub(r" there is \1 \2 ; ", respelled))
    try:
        spoken = discourse(respelled)
    except UnclearCorrection:
        if strict:
            raise
        spoken = respelled
    text = f" {agent_as_there(setting(spoken))} "
    for condition, rules in _SECTIONS:
        if condition is not None and not condition(text):  # type: ignore[operator]
            continue
        for pattern, replacement, required in rules:
            if required is None or (
                required in text if type(required) is str else any(map(text.__contains__, required))
            ):  # noqa: E721
                text = pattern.sub(replacement, text)  # type: ignore[call-overload]
    return text.strip()
