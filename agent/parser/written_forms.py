"""How a question is written rather than what it asks: punctuation said aloud in dictation ("comma", "question
mark"), a programmer's notation (``count(spheres) == ?``, ``metal_count > rubber_count``, ``fork == metal``,
``values(color) where shape == cylinder``, a JSON object), lettered answer options ("(a) gray (b) cyan") and
answer words offered after a yes/no question ("nope? yep?"). Each is rewritten into plain words before the
question is read, so the rest of the parser never sees the notation.

>>> written("how many cubes comma in total question mark")
'how many cubes , in total ? '
>>> written("count(spheres) == ?")
'how many spheres?'
>>> written("metal_count > rubber_count ?")
'are there more metal things than rubber things?'
>>> written("What colour is the rubber cylinder? (a) gray (b) cyan (c) green")
'What colour is the rubber cylinder, gray, cyan or green?'
"""

from __future__ import annotations

import json
import re

from nsvr.agent.parser.lexicon import LEXICON, NUMBER_WORDS
from nsvr.scene_graph.names import plural, singular

_SPOKEN_PUNCTUATION = [
    # "comma separated" / "comma-separated list" says how to write the answer, not what to answer
    (re.compile(r"(?i)\s*,?\s*\b(?:comma|commas)[\s-]*(?:separated|delimited)(?: (?:list|please))?\b"), " "),
    (re.compile(r"(?i)\s*\bquestion ?mark\b\s*"), " ? "),
    (re.compile(r"(?i)\s*\bexclamation (?:mark|point)\b\s*"), " ! "),
    (re.compile(r"(?i)\s*\bcomma\b\s*"), " , "),
    (re.compile(r"(?i)\s*\b(?:full stop|period|new ?line)\s*$"), " . "),
    (re.compile(r"(?i)\s*\bunderscore\b\s*"), "_"),
]
"""Punctuation a dictating user says as words; "comma" and "question mark" name nothing in a picture."""

_COUNTED = r"[a-z]+(?:[ _][a-z]+){0,2}"
_COMPARISONS = {">": "more", "<": "fewer", ">=": "at least as many", "<=": "at most as many", "=": "as many"}


def _things(words: str) -> str:
    """A noun phrase from an identifier's words: ``metal`` -> "metal things", ``sphere`` -> "spheres"."""
    parts = words.replace("_", " ").split()
    last = parts[-1]
    found = LEXICON.noun(last)
    if found is None or LEXICON.attribute_of(last) is not None and found[0] != last:
        return " ".join([*parts, "things"])
    if singular(last) == last:
        parts[-1] = plural(last)
    return " ".join(parts)


def _names_things(words: str) -> bool:
    """Whether every word of an identifier is a noun or an attribute value ("blue shapes", not "can you")."""
    return all(
        LEXICON.noun(w) is not None or LEXICON.attribute_of(w) is not None for w in words.replace("_", " ").split()
    )


def _count_comparison(match: re.Match) -> str:
    if not (_names_things(match.group(1)) and _names_things(match.group(3))):
        return match.group(0)
    first, sign, second = _things(match.group(1)), match.group(2), _things(match.group(3))
    if sign == "=":
        return f"are there as many {first} as {second}?"
    if sign in {">", "<"}:
        return f"are there {_COMPARISONS[sign]} {first} than {second}?"
    return f"are there {_COMPARISONS[sign]} {first} as {second}?"


def _json_question(match: re.Match) -> str:
    """``{"query": "colors", "of": "cubes"}`` -> "colors of cubes": the values, each after its key unless the key
    only says that a question follows."""
    try:
        fields = json.loads(match.group(0))
    except ValueError:
        return match.group(0)
    if not isinstance(fields, dict) or not all(isinstance(v, str | int) for v in fields.values()):
        return match.group(0)
    words = []
    for key, value in fields.items():
        if str(key).lower() not in {"query", "question", "ask", "q", "task", "find", "get", "attribute", "what"}:
            words.append(str(key))
        words.append(str(value))
    return " ".join(words).replace("_", " ")


_CODE_FORMS = [
    (re.compile(r"\{[^{}]*\}"), _json_question),
    (re.compile(r"\s*={2,3}\s*"), " = "),
    (re.compile(r"\s*!=\s*"), " is not "),
    (re.compile(r"(?<=\w)\s*\+\s*(?=\w)"), " plus "),
    # count(X) / len(X) / exists(X): a call whose name says what to do with its argument
    (re.compile(r"(?i)\b(?:count|len|num|number)\(\s*([a-z][a-z _]*?)\s*\)"), r"how many \1"),
    (re.compile(r"(?i)\b(?:exists?|any)\(\s*([a-z][a-z _]*?)\s*\)"), r"is there a \1"),
    # values(color) where shape = cylinder: the colours of the cylinders
    (
        re.compile(r"(?i)\b(?:values?|get|list|select)\(\s*([a-z]+)\s*\)\s*(?:where|for|of)\s+[a-z]+\s*=\s*([a-z]+)\b"),
        lambda m: f"what {plural(m.group(1))} are the {_things(m.group(2))}",
    ),
    # metal_count > rubber_count, n_spheres = n_cubes
    (
        re.compile(
            rf"(?i)^\s*(?:n_|num_|count_)?({_COUNTED}?)(?:_count|_num|_n| count)\s*(>=|<=|>|<|=)\s*"
            rf"(?:n_|num_|count_)?({_COUNTED}?)(?:_count|_num|_n| count)\s*\??\s*$"
        ),
        _count_comparison,
    ),
    # small_spheres_count equals, blue shapes count = ?: how many
    (
        re.compile(rf"(?i)^\s*(?:n_|num_)?({_COUNTED}?)(?:_count| count|_num|_total)\s*(?:equals|=|is)?\s*\??\s*$"),
        lambda m: f"how many {_things(m.group(1))}?" if _names_things(m.group(1)) else m.group(0),
    ),
    # "how many spheres = ?", "cubes minus spheres = ?": the value asked is the expression's
    (re.compile(r"\s*(?:=|equals|is equal to)\s*\??\s*$"), "?"),
    (re.compile(r"\b([a-z]+)_(?=[a-z]+\b(?!\())"), r"\1 "),
]
"""A programmer's notation, each form into the words it stands for."""

_OPTIONS = re.compile(r"(?i)[?:]?\s*((?:\(?[a-e][).:]\s*[\w ]+?\s*,?\s*){2,5})\s*[?.]?\s*$")
_ANSWER_WORDS = re.compile(
    r"(?i)(?<=[?.!,])\s*(?:just |only |simply |answer |say )*"
    r"(?:(?:yes|no|yep|yup|yeah|nope|nah|true|false|y|n|or)\s*[?/,.!]*\s*){2,4}"
    r"(?:please|pls|plz)?\s*[?.!]*$"
)


def _lettered(match: re.Match) -> str:
    """ "(a) gray (b) cyan (c) green" -> ", gray, cyan or green?": the options offered, as a spoken choice."""
    options = [o.strip(" ,") for o in re.split(r"(?i)\(?\b[a-e][).:]\s*", match.group(1)) if o.strip(" ,")]
    if len(options) < 2:
        return match.group(0)
    if all(o.isdigit() or o in NUMBER_WORDS for o in options):
        return "?"  # a count's options: the question stands without them
    return ", " + ", ".join(options[:-1]) + f" or {options[-1]}?"


_ASKS_MANY = re.compile(
    r"(?i)\b(?:what|which) (?:are|(?:colou?rs|shapes|materials|sizes|kinds|things|objects) (?:are|do|does))\b|"
    r"^\s*(?:colou?rs|shapes|materials|sizes) of\b|\bread\b.*\b(?:say|says|written)\b|"
    r"^\s*(?:the|this|that) .+ (?:shows|says) what"
)
"""A question that already asks for several values ("what colours are the cubes", "colours of the shapes") or for
text: an instruction after it to list or read them out adds nothing."""
_ASIDES = [
    (re.compile(r"(?i)\s*,\s*like\s*,\s*"), " "),  # "is there, like, a green globe": a filler set off by commas
    # a question begun, dropped and begun again after a dash: "how many — wait, no, what colour is the ball"
    (
        re.compile(
            r"(?i)^.*?\s*[—–-]+\s*"
            r"(?:(?:ugh|wait|no|sorry|hmm+|um+|uh+|er+|actually|oops|scratch that|nope)\s*[,!.]?\s*)+"
            r"(?:i mean\s*,?\s*)?(?=(?:how|what|which|where|who|is|are|does|do|can)\b)"
        ),
        lambda m: m[0] if re.search(r"(?i)\b(?:it|its|they|them|their|that one)\b", m.string[m.end() :]) else "",
    ),
    # the asker's guesses after a dash: "how many purple things are there — four? five?"
    (
        re.compile(
            r"(?i)\s*[—–-]+\s*(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*[?,]?\s*(?:or\s*)?){1,3}$"
        ),
        "?",
    ),
    # a filler between an article and its noun: "what colour is the um, the the cube"
    (re.compile(r"(?i)\b(the|a|an) (?:um+|uh+|er+|erm|like)\s*,?\s*(?:(?:the|a|an)\s+)+"), r"\1 "),
    # who a record is for, before the question: "For the inventory on this claim, how many ..."
    (
        re.compile(
            r"(?i)^\s*(?:and\s+)?for (?:the|this|my|our|your) [a-z ]{1,30}?\s*[,:]\s*"
            r"(?=(?:how|what|which|where|who|is|are|does|do|can|count|list|name)\b)"
        ),
        "",
    ),
    (re.compile(r"(?i)^\s*(?:directing|turning|drawing) (?:your |our )?attention to\s+"), ""),
    (re.compile(r"(?i)^\s*(?:do you |d'you )?reckon (?=(?:you|u|ya) )"), ""),
    (
        re.compile(r"(?i)^\s*(?:[a-z]+ )?(?:tally|count|total|number)\s*:\s*(?!how\b|what\b)([a-z ]+?)\s*\?\s*$"),
        r"how many \1?",
    ),
    # who a show is for, and a presenter's cue: "For our listeners at home:", "Radio time!", "Right, chefs,"
    (
        re.compile(
            r"(?i)^\s*(?:and\s+)?for (?:our|the|all (?:of )?(?:you|our)|those of you|everyone)\s*(?:[a-z]+ ){0,3}?"
            r"(?:listeners|listening|viewers|watching|audience|folks)(?: at home| out there)?\s*[,:!]\s*"
        ),
        "",
    ),
    (re.compile(r"(?i)^\s*(?:radio|quiz|game|question|story|snack|bath|bed) ?time\s*[!:,.]\s*"), ""),
    (re.compile(r"(?i)^\s*(?:right|alright|all right|okay then|ok then|now then|wah|aiyo|oi)\s*[,!:]\s*"), ""),
    (
        re.compile(r"(?i)^(\s*how many .+?)[\s_]+count\s*[?.]*\s*$"),
        lambda m: f"{m[1]}?" if _names_things(m[1].split()[-1]) else m[0],
    ),
    # a blank for the side: "The hexagon sits on the ___ side of the image."
    (
        re.compile(
            r"(?i)^\s*(.+?) (?:is|are|sits|sit|stands|stand|lies|lie|appears|appear) (?:on|at|in) the _{2,} "
            r"(side|part|half)(?: of (?:the |this )?(?:image|picture|photo|frame|drawing))?\s*[.?!]*\s*$"
        ),
        r"which \2 of the image is \1 on?",
    ),
    (re.compile(r"(?i)^\s*there (are|is) (?:exactly|only|just) (?=_{2,})"), r"there \1 "),
    # a letter's greeting and signature: "Dear child, ... With love, Grandmother"
    (re.compile(r"(?i)^\s*(?:my )?dear(?:est)? [a-z]+(?: [a-z]+)?\s*,\s*"), ""),
    (
        re.compile(
            r"(?i)[.!,]?\s*\b(?:with (?:all my )?love|lots of love|love|best wishes|(?:best|kind|warm) regards|regards|"
            r"yours(?: truly| sincerely| faithfully)?|sincerely|cheers|many thanks|thanks in advance|thank you kindly)"
            r"\s*,?\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s*[.!]*\s*$"
        ),
        ".",
    ),
    (re.compile(r"(?i)\bi (?:should|would|will) be (?:most |very |so |ever so )?grateful if you (?:could|would) "), ""),
    # how to give the answer, after the question: "Answer with the shape.", "List them for me.", "read it off"
    (
        re.compile(
            r"(?i)[\s,.?!]+(?:please\s*,?\s*)?(?:answer|reply|respond)(?: with| in| using| by giving)? (?:just )?"
            r"(?:the |a |one )?(?:shape|colou?r|material|size|word|number|name|digit|yes or no)s?(?: only| please)?"
            r"\s*[.!]*\s*$"
        ),
        "?",
    ),
    (
        re.compile(
            r"(?i)(?<=[,.?!])\s*(?:please\s*,?\s*)?(?:list|read|name)(?: (?:them|it|those|these|out|off|all|please|"
            r"for me|for us|one by one|in order))*\s*[.!]*\s*$"
        ),
        lambda m: " " if _ASKS_MANY.search(m.string[: m.start()]) else m[0],
    ),
    (re.compile(r"(?i)\s*,\s*in (?:capitals|capital letters|caps|upper ?case|lower ?case|full)\s*[?.!]*\s*$"), "?"),
    # the asker's own guess after the question: "... i only see like two", "... prob not but is it"
    (
        re.compile(
            r"(?i)\s*[,;]?\s*\bi (?:only |just |can only )?(?:see|count|think|guess|got|get|reckon) "
            r"(?:like |about |maybe |around |only |roughly )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
            r"[^?]*$"
        ),
        "?",
    ),
    (
        re.compile(
            r"(?i)\s*[,;]?\s*\b(?:prob(?:ably)?|maybe|i think|i guess|i bet|likely) (?:not|so|yes|no)\b"
            r"(?:\s*,?\s*but (?:is it|are they|is there|are there|does it|do they))?\s*[?.!]*\s*$"
        ),
        "?",
    ),
]
"""What surrounds a question without asking anything: a letter's greeting and signature, how to give the answer,
the asker's own guess."""
_NOT_OPTIONS = frozenset("yes no yep nope yeah nah true false right correct really sure ok okay why how".split())
_VALUE_OPTIONS = re.compile(r"^(.+?\?)\s*((?:[A-Za-z]+\s*\?\s*){2,4})$")


def _offered(match: re.Match) -> str:
    """ "The big green one is a what? Triangle? Square?" -> "..., triangle or square?": one-word options, each
    asked on its own after a question that asks what or which, as a choice."""
    options = [o.lower() for o in re.findall(r"[A-Za-z]+", match.group(2))]
    if not re.search(r"(?i)\b(?:what|which)\b", match.group(1)) or any(o in _NOT_OPTIONS for o in options):
        return match.group(0)
    return f"{match.group(1).rstrip(' ?')}, {', '.join(options[:-1])} or {options[-1]}?"


_FIELD = re.compile(r"(?i)^\s*([^:?]+?)\s*(?::\s*(?:_*|list(?: them)?|name them)|:?\s*_{2,})\s*[.?]?\s*$")
_FIELD_EXTRAS = re.compile(
    r"(?i)\s*,?\s*\b(?:in a list|as a list|(?<=, )list(?: them)?(?: please| pls)?|please|pls|"
    r"for the (?:notebook|log|record|report|form|file|claim|inventory|sheet)|"
    r"in this (?:frame|picture|image|photo|one|shot)|(?:in )?one word|"
    r"(?:on|in) the (?:page|board|picture|image|photo))\b"
)
_ATTRIBUTE_NAMES = r"(?:colou?r|shape|material|size)"
_COUNT_WORDS = r"(?:number|count|tally|total|no\.?|amount|quantity|combined tally|combined total|total count)"
_FIELDS = [
    (re.compile(rf"(?i)^(?:[a-z]+ )?(?:{_COUNT_WORDS})\s*:\s*(.+?)$"), r"how many \1?"),
    (re.compile(rf"(?i)^(?:{_COUNT_WORDS})\s*,\s*(.+)$"), r"how many \1?"),
    (re.compile(rf"(?i)^(?:{_COUNT_WORDS}) (?:of )?(.+)$"), r"how many \1?"),
    (re.compile(rf"(?i)^(.+?) (?:{_COUNT_WORDS})$"), lambda m: f"how many {_things(m[1])}?"),
    (
        re.compile(rf"(?i)^(?:distinct|different|unique) ({_ATTRIBUTE_NAMES}s) (?:among|of|on|in|for) (?:the )?(.+)$"),
        r"how many different \1 do the \2 have?",
    ),
    (re.compile(rf"(?i)^({_ATTRIBUTE_NAMES}s) (?:of|among|on|in|for) (?:the )?(.+)$"), r"what \1 are the \2?"),
    (re.compile(rf"(?i)^({_ATTRIBUTE_NAMES}) list\s*,?\s*(.+?)(?: only)?$"), r"what \1s are the \2?"),
    (re.compile(rf"(?i)^({_ATTRIBUTE_NAMES}) \((?:the )?(.+?)\)$"), r"what \1 is the \2?"),
    (
        re.compile(rf"(?i)^(?:the )?([a-z]+(?: [a-z]+)?) ({_ATTRIBUTE_NAMES}s)$"),
        lambda m: f"what {m[2]} are the {plural(m[1])}?",
    ),
    (re.compile(rf"(?i)^(?:the )?([a-z]+(?: [a-z]+)?) ({_ATTRIBUTE_NAMES})$"), r"what \2 is the \1?"),
    (
        re.compile(r"(?i)^(?:text|writing|words|lettering) on (?:the )?(?:side of |front of |back of )?(?:the )?(.+)$"),
        r"what does the \1 say?",
    ),
    (re.compile(r"(?i)^time (?:shown |displayed )?on (?:the )?(.+)$"), r"what time does the \1 show?"),
]
"""A form's field: a noun phrase naming what to fill in, and what it asks ("Number of blue cylinders:", "Sphere
tally for the notebook:", "Material (red cube): ____", "Tie colours, list please:", "Text on side of bus:")."""


def _form_field(question: str) -> str:
    found = _FIELD.match(question)
    if found is None or re.match(r"(?i)\s*(?:how|what|which|who|where|is|are|does|do|can|count|list|name)\b", question):
        return question
    field = _FIELD_EXTRAS.sub(" ", found.group(1)).strip(" ,").lower()
    for pattern, replacement in _FIELDS:
        if pattern.match(field):
            return pattern.sub(replacement, field)  # type: ignore[arg-type]
    return question


_NUMBER = r"(?:\d+(?:\.\d+)*[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[ivx]+)"
ITEM_NUMBER = re.compile(
    rf"(?i)^\s*(?:(?:my )?(?:homework|worksheet|sheet|book|card|test|quiz) says\s+)?(?:"
    rf"(?:question|q|exercise|ex|step|part|task|item|problem|clue|card|round|number|no|activity)\.?\s*{_NUMBER}\b"
    rf"(?:\s*\(\s*[a-z0-9]\s*\))?(?:\s*,[^:?]{{0,60}}?(?=:))?\s*(?:says|asks|reads)?\s*[:.)\-–—,]?(?:\s*\(?[a-z]\))?|"
    rf"\d+(?:\.\d+)*\s*[.)]|\(\s*[a-z0-9]\s*\)|[a-z]\)"
    rf")\s+(?=\S)"
)
"""A worksheet's or quiz's numbering before what it asks ("Q3.", "Q2 (c)", "Activity 4. (a)", "Question one, for ten
points:", "2.", "Exercise 4.2 (a)", "number 3 says"): a bare numeral only with its point or bracket, so "2 red cubes?"
keeps its number."""
_ANNOTATION = [
    (re.compile(r"(?i)^\s*annotate\s*:\s*"), ""),
    (
        re.compile(
            r"(?i)\bOCR transcription (?:for|of) the (?:single |only )?instance of class '?([a-z ]+?)'?(?=[\s.?]*$)"
        ),
        r"what does the \1 say?",
    ),
    (
        re.compile(
            r"(?i)\blist (?:all )?(?:the )?values of attribute '?([a-z]+)'? (?:found )?(?:among|of|for) (?:the )?"
            r"instances of class '?([a-z ]+?)'?(?=[\s.?]*$)"
        ),
        lambda m: f"what {plural(m[1])} are the {plural(m[2])}?",
    ),
    (
        re.compile(r"(?i)\bcount of instances whose attribute '?([a-z]+)'? is not '?([a-z ]+?)'?(?=[\s.?]*$)"),
        r"how many things are not \2?",
    ),
    (
        re.compile(
            r"(?i)\battribute '?([a-z]+)'? (?:for|of) the (?:single |only )?instance of class "
            r"'?([a-z ]+?)'?(?=[\s.?]*$)"
        ),
        r"what is the \1 of the \2?",
    ),
    (
        re.compile(
            r"(?i)\bclass of the instance that is '?([a-z ]+?)'? the instance of class '?([a-z ]+?)'?(?=[\s.?]*$)"
        ),
        r"what is \1 the \2?",
    ),
    (
        re.compile(r"(?i)\b(?:number|count) of instances of class '?([a-z ]+?)'?(?=[\s.,?!]|$)"),
        lambda m: f"how many {plural(m[1])}",
    ),
    (re.compile(r"(?i)\binstances of class '?([a-z ]+?)'?(?=[\s.,?!]|$)"), lambda m: plural(m[1])),
    (re.compile(r"(?i)\bthe (?:single |only )?instance of class '?([a-z ]+?)'?(?=[\s.,?!]|$)"), r"the \1"),
]
"""A data annotator's guideline wording: "number of instances of class 'cylinder'", "attribute 'material' for the
instance of class 'fork'"."""
_TICKET = re.compile(
    r"(?i)^\s*(?:ticket\s*#?\s*\d+\s*[.:]?\s*)?(?:issue|problem|request|task)\s*:\s*(?:i\s+)?(?:need|want|require)"
    r"(?: to (?:know|get|see|find out|check|verify|confirm))?\s+(.+?)\s*[.]\s*(?:steps?\s*:.*?)?"
    r"(?:expected(?: result| output)?\s*:.*)?$"
)
_NEEDS = [
    (re.compile(r"(?i)^(?:the )?(?:count|number|total) of (.+)$"), r"how many \1?"),
    (
        re.compile(r"(?i)^(?:the )?list of (colou?rs|shapes|materials|sizes) (?:among|of|for) (?:the )?(.+)$"),
        r"what \1 are the \2?",
    ),
    (re.compile(r"(?i)^(?:the )?(colou?rs|shapes|materials|sizes) of (?:all )?(?:the )?(.+)$"), r"what \1 are the \2?"),
    (re.compile(r"(?i)^(?:the )?(colou?r|shape|material|size) of (?:the )?(.+)$"), r"what is the \1 of the \2?"),
    (re.compile(r"(?i)^(?:that )?there (?:is|are) (.+)$"), r"is there \1?"),
    (
        re.compile(r"(?i)^(?:the )?([a-z]+) count minus (?:the )?([a-z]+) count$"),
        r"how many more \1 things than \2 things?",
    ),
    (re.compile(r"(?i)^(?:the )?([a-z]+) count plus (?:the )?([a-z]+) count$"), r"how many \1 things plus \2 things?"),
]
"""What a support ticket needs ("Issue: need count of metal objects. Steps: ... Expected: one number.")."""


def _ticket(question: str) -> str:
    found = _TICKET.match(question)
    if found is None:
        return question
    need = found.group(1).strip()
    for pattern, replacement in _NEEDS:
        if pattern.match(need):
            return pattern.sub(replacement, need)
    return need


_WORKSHEET_TASKS = [
    (
        re.compile(
            r"(?i)^\s*add (?:up )?(?:the )?number of (.+?) (?:to|and) (?:the )?number of (.+?)\s*[.?!]?\s*"
            r"(?:what do you get|what is the (?:total|sum|answer)|how many is that)?\s*[.?!]*\s*$"
        ),
        r"how many \1 plus \2?",
    ),
    (re.compile(r"(?i)^\s*(?:make|write|give) (?:me )?a list of\b"), "list"),
    (re.compile(r"(?i)^\s*write down\b"), "list"),
]
"""A worksheet's tasks: "Add the number of X to the number of Y. What do you get?", "Make a list of ..."."""
_INFORMAL = [
    (re.compile(r"(?i)\bo'(?=\s)"), "of"),
    (re.compile(r"(?i)\ban'(?=\s)"), "and"),
    (re.compile(r"(?i)\b([a-z]{2,})in'(?=\W|$)"), r"\1ing"),
    (re.compile(r"(?i)\s*'uns\b"), " ones"),
    (re.compile(r"(?i)\byon\b"), "that"),
    (re.compile(r"(?i)\bdoth\b"), "does"),
    (re.compile(r"(?i)\bwrit (?=upon|on)"), "written "),
    (re.compile(r"(?i)\bupon\b"), "on"),
    (re.compile(r"(?i)\s*,?\s*\b(?:ye scallywag|me hearties|me hearty|matey|ye landlubber)\b"), ""),
]
"""Dropped letters and old words ("o'", "sittin'", "yon", "doth", "writ upon"), and a joker's pirate address."""


_OLD_WORDS = re.compile(r"(?i)'|\b(?:yon|doth|writ|upon|matey|scallywag|hearties|hearty|landlubber)\b")
_CLAIMED = re.compile(
    r"(?i)^\s*(?:(?:(?:the|our|my|their|a|his|her) (?:piece|caption|article|draft|report|story|label|text|note|"
    r"claimant|witness|colleague|friend|teacher|son|daughter|book|paper|post|headline)|someone|somebody|people|"
    r"they|everyone|a friend)\s+(?:claims|says|states|reports|asserts|said|claimed|stated|thinks|insists|told me|"
    r"tells me|told us|swears)|i (?:was|have been|'ve been|got) told|i (?:heard|read))(?: that)?\s+(.+?)\s*[.,;]\s*"
    r"(?:(?:is|was) (?:that|it|this|she|he|they) )?(?:accurate|true|correct|right|so)\s*\??\s*$"
)
"""A claim someone made, then whether it holds: "The piece claims every sphere is small. Accurate?"."""


def written(question: str) -> str:
    """``question`` with dictated punctuation, programmer's notation, lettered options and offered answer words
    rewritten into plain words (see the module's examples)."""
    question = ITEM_NUMBER.sub("", question, count=1)
    question = _CLAIMED.sub(r"\1?", question)
    question = _ticket(question)
    for pattern, replacement in _WORKSHEET_TASKS:
        question = pattern.sub(replacement, question)
    if "instance" in question.lower() or "annotate" in question.lower():
        for pattern, replacement in _ANNOTATION:
            question = pattern.sub(replacement, question)  # type: ignore[arg-type]
    if _OLD_WORDS.search(question):
        for pattern, replacement in _INFORMAL:
            question = pattern.sub(replacement, question)
    for pattern, replacement in _SPOKEN_PUNCTUATION:
        question = pattern.sub(replacement, question)
    if re.search(r"[{}=<>()_+]|\b(?:equals|count)\b", question):
        for pattern, replacement in _CODE_FORMS:
            question = pattern.sub(replacement, question)  # type: ignore[arg-type]
    question = _form_field(question)
    question = _OPTIONS.sub(_lettered, question)
    question = _VALUE_OPTIONS.sub(_offered, question)
    for pattern, replacement in _ASIDES:
        question = pattern.sub(replacement, question)
    return _ANSWER_WORDS.sub(" ", question)
