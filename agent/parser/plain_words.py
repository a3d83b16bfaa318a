"""Questions in plain words: as English learners, children and search boxes put them, and as careful writers wrap
them. Each form is rewritten into the wording the rest of the parser reads; anything else is left as it is.

- **Search-box keywords**: no verb, the answer offered ("purple circle yes or no"), the attribute last ("gray shape
  kind", "biggest shape kind"), a superlative alone ("highest shape?"), a relation without "is" ("red shape above
  green shape"), a choice of kinds after the thing ("purple one triangle or square"), counts weighed ("circles vs
  squares more", "same number rectangles triangles?").
- **Learners' grammar**: a count choice asked with "is" or said twice ("is more yellow shapes or red shapes?", "are
  there more purple ones or more gray ones", "which is more, squares or triangles?"), "X and Y is same number?",
  prepositions another language would use ("in left of", "under of", "in the right side", "in the down part of
  picture"), "most on top", a kind without its article ("the green shape is rectangle?"), "it has any X?".
- **A careful writer's wrapping**: "would it be accurate to describe X as being C in colour?", "could you tell me
  what sort of geometric figure X happens to be?", "could you identify the colour with which X has been filled?",
  "the shape coloured red", "takes up a larger area of the picture than", "situated higher in the image than",
  "considering their vertical arrangement, ...", "of all the figures shown, which one would you consider to be the
  largest?", "the quantity of triangles depicted".
- **Children's words**: "all the way on the left".

>>> plain_words("purple circle yes or no")
'purple circle?'
>>> plain_words("gray shape kind")
'what shape is the gray shape?'
>>> plain_words("Which is more, squares or triangles?")
'are there more squares or triangles?'
>>> plain_words("The triangle is in left side?")
'The triangle is on the left side?'
>>> plain_words("Would it be accurate to describe the triangle as being red in colour?")
'is the triangle red?'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nsvr.agent.parser.alike import alike
from nsvr.agent.parser.counted import counted
from nsvr.agent.parser.formal_words import formal_words
from nsvr.agent.parser.machine_translated import machine_translated
from nsvr.agent.parser.orders import orders
from nsvr.agent.parser.verbose_forms import verbose_forms
from nsvr.agent.parser.walks import walked

_END = r"\s*[?.!]*\s*$"
_NOUN = r"(?:shapes?|ones?|things?|objects?|figures?|items?|forms?)"
_KINDS = r"(?:kind|type|sort|form|shape|figure)"
_SUPERLATIVE = (
    r"(?:highest|lowest|topmost|bottommost|uppermost|lowermost|leftmost|rightmost|biggest|largest|smallest|tiniest|"
    r"littlest)"
)
_RELATION = (
    r"(?:above|below|under|over|beneath|left of|right of|to the left of|to the right of|on top of|bigger than|"
    r"smaller than|larger than|higher than|lower than|next to|beside)"
)
_QUESTION_WORD = (
    r"(?:is|are|was|were|do|does|did|can|could|would|will|should|how|what|which|who|where|when|why|whose|has|have|"
    r"tell|show|count|name|find|give|please|list|say|describe|identify|check|i|any|there)"
)
_PLACE = r"(?:left|right|top|bottom|up|down|middle|centre|center|above|below)\b"

Rewrite = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

_SEARCH: list[Rewrite] = [
    # "purple circle yes or no", "A below B yes or no": the answer offered is no part of what is asked (a
    # statement put up for checking, "exactly one sphere is small yes or no", is read as such further on)
    (
        re.compile(
            r"(?i)^(?!.*\b(?:is|are|has|have|was|were)\b)(.*?)\s*[,;:-]?\s*\(?(?:yes or no|yes/no|y/n)\)?[?.!\s]*$"
        ),
        r"\1?",
    ),
    # "gray shape kind", "biggest shape kind": its kind
    (
        re.compile(rf"(?i)^\s*(?:the )?((?:[a-z]+ ){{0,2}}?{_NOUN}|{_SUPERLATIVE} {_NOUN}) {_KINDS}{_END}"),
        r"what shape is the \1?",
    ),
    # "highest shape?": which shape is it
    (re.compile(rf"(?i)^\s*(?:the )?({_SUPERLATIVE}) ({_NOUN}){_END}"), r"which \2 is the \1?"),
    # "purple one triangle or square": which of the two kinds is it
    (
        re.compile(rf"(?i)^\s*(?:the )?([a-z]+ {_NOUN}) (?:an? )?(?!{_PLACE})([a-z]+) or (?:an? )?([a-z]+){_END}"),
        r"is the \1 a \2 or a \3?",
    ),
    # "circles vs squares more", "circles or squares more?": which are more
    (
        re.compile(
            r"(?i)^\s*(?:which (?:are |is )?more:? )?([a-z]+(?: [a-z]+)??) (?:vs\.?|versus|or|against) "
            rf"([a-z]+(?: [a-z]+)??)(?:,)? (?:which (?:is |are |has )?)?(?:more|most){_END}"
        ),
        r"are there more \1 or \2?",
    ),
    # "same number rectangles triangles?", "same amount of circles and squares"
    (
        re.compile(
            r"(?i)^\s*(?:(?:the )?same (?:number|amount|count|quantity) (?:of )?)([a-z]+(?: [a-z]+)??)(?:,| and| &)? "
            rf"([a-z]+(?: [a-z]+)?){_END}"
        ),
        r"are there the same number of \1 and \2?",
    ),
]

_LEARNER: list[Rewrite] = [
    # "which is more, squares or triangles?", "what is more: red shapes or blue shapes?"
    (
        re.compile(
            r"(?i)^\s*(?:which|what) (?:one )?(?:is|are|has|have) (?:the )?more(?: in number| of them)?\s*[,:]?\s*"
            rf"(?:the )?([a-z]+(?: [a-z]+)?) or (?:the )?([a-z]+(?: [a-z]+)?){_END}"
        ),
        r"are there more \1 or \2?",
    ),
    # "is more yellow shapes or red shapes?", "has more circles or squares?", "more red or yellow shapes"
    (
        re.compile(
            r"(?i)^\s*(?:(?:is|are|has|have|there is|there are|is there|are there) )?(?:the )?more "
            r"([a-z]+(?: [a-z]+)?) "
            rf"or (?:more )?([a-z]+(?: [a-z]+)?){_END}"
        ),
        r"are there more \1 or \2?",
    ),
    # "are there more purple ones or more gray ones": "more" said twice
    (re.compile(r"(?i)\b(more [a-z]+(?: [a-z]+)?) or more (?=[a-z])"), r"\1 or "),
    # "circles and triangles is same number?", "the circles and the squares are the same amount?"
    (
        re.compile(
            r"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+)?) and (?:the )?([a-z]+(?: [a-z]+)?) (?:is|are|have|has)(?: the)? "
            rf"(?:same|equal) (?:number|amount|count|quantity)?(?: of them)?{_END}"
        ),
        r"are there the same number of \1 and \2?",
    ),
    # "is the square in left of the circle?", "under of", "in right from": the relation's own words
    (re.compile(r"(?i)\bin (left|right) (?:of|from)\b"), r"\1 of"),
    (re.compile(r"(?i)\b(under|below|above|over|beneath) of\b"), r"\1"),
    # "what is in the right side?", "is it in left side?": on a side
    (re.compile(r"(?i)\b(?:in|at) (?:the )?(left|right) (side|half|part)\b"), r"on the \1 \2"),
    # "in the down part of picture", "in the up part": the bottom or the top
    (
        re.compile(
            r"(?i)\b(?:in|at|on) (?:the )?(down|lower|up|upper) (part|side|half)(?: of (?:the )?(picture|image))?"
        ),
        lambda m: (
            f"in the {'bottom' if m[1].lower() in ('down', 'lower') else 'top'} {m[2]}"
            + (f" of the {m[3]}" if m[3] else "")
        ),
    ),
    # "which shape is most on top?", "the one most at the bottom"
    (re.compile(r"(?i)\bmost (?:on|at) (?:the )?top\b(?! (?:side|edge|part|half|corner|row)\b)"), "topmost"),
    (re.compile(r"(?i)\bmost (?:on|at) (?:the )?bottom\b(?! (?:side|edge|part|half|corner|row)\b)"), "bottommost"),
    # "the green shape is rectangle?": a kind named after "is" without its article
    (
        re.compile(
            r"(?i)^(?!\s*(?:what|which|who|how|where|why)\b)(\s*(?:the )?[a-z]+(?: [a-z]+)? (?:is|isn't|is not)) "
            r"(circle|square|rectangle|triangle|star|pentagon|"
            r"hexagon|ellipse|oval|diamond)(?= or\b|\s*[?.!]*\s*$)"
        ),
        r"\1 a \2",
    ),
    # "is the triangle blue but not the biggest shape?": and not
    (re.compile(r"(?i)^(\s*is\b[^,;?]*?) but not(?= (?:the|a|an) [a-z]+(?: [a-z]+)?\s*[?.!]*\s*$)"), r"\1 and not"),
    # "it has any yellow shape?", "picture has a circle?": is there one
    (
        re.compile(
            r"(?i)^\s*(?:it|this|the (?:picture|image|photo|drawing)|picture|image) (?:has|have|contains?)(?: got)? "
            r"(any|an?|some) "
        ),
        r"is there \1 ",
    ),
    # "all the way on the left", "all the way at the top": as far as it goes
    (
        re.compile(
            r"(?i)\ball the way (?:on|to|at|over on|over to|up at|down at|up on|down on) (?:the )?(left|right)\b"
        ),
        r"on the far \1",
    ),
    (
        re.compile(r"(?i)\ball the way (?:on|to|at|up at|down at|up on|down on|up|down) (?:the )?(top|bottom)\b"),
        r"at the very \1",
    ),
]

_WRAPPED: list[Rewrite] = [
    # "would it be accurate to describe the triangle as being red in colour?"
    (
        re.compile(
            r"(?i)^\s*(?:would|could|can) (?:it|one|you|we|i) (?:be )?(?:accurate|correct|right|fair|true)? ?"
            r"(?:to )?(?:describe|characteri[sz]e|call) (.+?) as (?:being )?(?:an? )?(.+?)(?: in (?:colou?r|"
            rf"shape))?{_END}"
        ),
        r"is \1 \2?",
    ),
    # "would you call the black one an oblong?": is it one
    (
        re.compile(rf"(?i)^\s*(?:would|do) you (?:call|consider) (.+?) (an?) ([a-z]+(?: [a-z]+)?){_END}"),
        r"is \1 \2 \3?",
    ),
    # "could you tell me what sort of geometric figure the orange shape happens to be?"
    (
        re.compile(
            r"(?i)^\s*(?:(?:could|can|would) you (?:please )?(?:tell me|say|determine|identify|work out|figure out)|"
            r"please (?:tell me|say|identify)|tell me) (?:what|which) (?:sort|kind|type) of "
            r"(?:geometric |geometrical )?"
            rf"(?:figure|shape|form|object) (.+?) (?:happens to be|is|would be|appears to be|seems to be){_END}"
        ),
        r"what shape is \1?",
    ),
    # "could you identify the colour with which the circle in this image has been filled?"
    (
        re.compile(
            r"(?i)^\s*(?:(?:could|can|would) you (?:please )?(?:tell me|identify|determine|name|say)|tell me|name) "
            r"the (colou?r|shade) (?:with which|that|in which) (.+?) (?:has been|is|was|have been) "
            rf"(?:filled|painted|coloured|colored|drawn|shaded)(?: in| with)?{_END}"
        ),
        r"what \1 is \2?",
    ),
    # "the shape coloured red", "the one painted in blue": the red shape
    (
        re.compile(
            r"(?i)\bthe (shape|one|thing|object|figure|item) (?:that is |which is )?(?:coloured|colored|painted|filled|"
            r"shaded|drawn) (?:in )?(red|blue|green|yellow|orange|purple|pink|brown|black|white|gr[ae]y|cyan|teal|"
            r"magenta)\b"
        ),
        r"the \2 \1",
    ),
    # "does the red shape take up more space than ...": is it bigger than
    (
        re.compile(
            r"(?i)^\s*(?:does|do|did) (.+?) (?:take up|occupy|cover|fill) (?:a )?(larger|bigger|smaller|more|less) "
            r"(?:area|space|room)(?: (?:of|in) (?:the )?(?:picture|image|frame))? than\b"
        ),
        lambda m: f"is {m[1]} " + {"more": "larger", "less": "smaller"}.get(m[2].lower(), m[2].lower()) + " than",
    ),
    # "takes up a larger area of the picture than", "occupies more space than": bigger than
    (
        re.compile(
            r"(?i)\b(?:takes up|occupies|covers|fills) (?:a )?(larger|bigger|smaller|more|less) "
            r"(?:area|space|room)(?: (?:of|in) (?:the )?(?:picture|image|frame))? than\b"
        ),
        lambda m: "is " + {"more": "larger", "less": "smaller"}.get(m[1].lower(), m[1].lower()) + " than",
    ),
    # "situated higher in the image than", "positioned lower in the picture than"
    (
        re.compile(
            r"(?i)\b(?:situated|positioned|located|placed|found) (higher|lower|further (?:left|right|up|down))"
            r"(?: (?:up |down )?(?:in|on|within) (?:the )?(?:image|picture|frame|scene))? than\b"
        ),
        r"\1 than",
    ),
    # "considering their vertical arrangement, is ...": the consideration is no part of what is asked
    (
        re.compile(
            r"(?i)^\s*(?:considering|regarding|in terms of|with respect to|with regard to|as for) (?:their|the|its) "
            r"(?:vertical |horizontal |relative |spatial )?(?:arrangement|positions?|placement|layout|order|sizes?|"
            r"locations?|colou?rs?)(?: in the (?:image|picture))?,\s*(?=(?:is|are|which|what|does|do)\b)"
        ),
        "",
    ),
    # "of all the figures shown, which one would you consider to be the largest?": which one is
    (re.compile(r"(?i)^(\s*of all (?:the |these |those )?[a-z]+) (?:shown|depicted|present|visible|drawn),"), r"\1,"),
    (
        re.compile(
            r"(?i)\b(which|what)( one| shape| figure| object| thing)? would you (?:consider|deem|judge) (?:to be )?"
        ),
        lambda m: f"{m[1]}{m[2] or ' one'} is ",
    ),
    # "the quantity of triangles depicted equal to ...": the number of triangles
    (
        re.compile(
            r"(?i)\bthe (?:quantity|amount|count|number) of ([a-z]+) (?:depicted|shown|present|visible|drawn)\b|"
            r"\bthe quantity of ([a-z]+)\b"
        ),
        lambda m: f"the number of {m[1] or m[2]}",
    ),
]


_COLOUR = r"(?:red|blue|green|yellow|orange|purple|pink|brown|black|white|gr[ae]y|cyan|teal|magenta|violet)"
_FIGURE = r"(?:figure|shape|form|thing|object|one|square|circle|triangle|rectangle|star|pentagon|hexagon|ellipse)"
_FIGURES = r"(?:figures|shapes|forms|things|objects|ones|squares|circles|triangles|rectangles|stars)"
_SIZE_SAID = {
    "big": "bigger",
    "large": "larger",
    "small": "smaller",
    "little": "smaller",
    "high": "higher",
    "low": "lower",
}
_MOST_SAID = {
    "big": "biggest",
    "large": "largest",
    "small": "smallest",
    "little": "smallest",
    "high": "highest",
    "low": "lowest",
    "left": "leftmost",
    "right": "rightmost",
    "up": "highest",
    "down": "lowest",
}


def _choice_of_two(m: re.Match[str]) -> str:
    """'the triangle and the blue shape, which is on the right side?' -> 'which is on the right side, the triangle
    or the blue shape?'; 'circle and purple shape which one big?' -> 'which one is bigger, ... or ...?'."""
    one, other, asked = m["one"].strip().lower(), m["other"].strip().lower(), m["asked"].strip()
    bare = re.fullmatch(
        r"(?:is |are )?(?:more |most |the )?(big|large|small|little|high|low|left|right|up|down)(?:g?er|g?est)?"
        r"(?: one)?",
        asked,
    )
    place = re.fullmatch(r"(?:is |lies |sits )?(?:on|at|to) (?:the )?(left|right)(?: side| half)?", asked)
    if place:
        asked = f"is further {place[1]}"
    elif bare:
        word = bare[1].lower()
        asked = "is " + ("further " + word if word in ("left", "right") else _SIZE_SAID.get(word, word + "er"))
    else:
        return m[0]  # what is asked of the two is no wording this reads

    def the(np: str) -> str:
        return np if re.match(r"(?i)(?:the|a|an|this|that)\b", np) else "the " + np

    return f"which one {asked}, {the(one)} or {the(other)}?"


_LEARNERS_L1: list[Rewrite] = [
    # "which 1", "an orange 1", "da gray 1": "1" for "one" in a text message
    (
        re.compile(
            rf"(?i)\b(which|wich|the|a|an|this|that|each|every|big|small|large|little|{_COLOUR}) "
            r"1\b(?!\s*(?:st|px|%|\d))"
        ),
        r"\1 one",
    ),
    # "Square yellow colour or not?": whether it is that colour
    (
        re.compile(rf"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+)?) ({_COLOUR})(?: colou?r)? or not{_END}"),
        r"is the \1 \2?",
    ),
    # "the figure yellow is above ...", "the figure orange is more big than the figure purple": the yellow figure
    (re.compile(rf"(?i)^(\s*the )({_FIGURE}) ({_COLOUR})(?= (?:is|are|has|lies|stands|sits)\b)"), r"\1\3 \2"),
    (
        re.compile(
            rf"(?i)^(\s*the (?:{_COLOUR} )?{_FIGURE} (?:is|are) .*?\b(?:above|below|under|over|than|beside|from|to|"
            rf"at the (?:left|right) of|left of|right of|next to|near)(?: of)? the )({_FIGURE}) "
            rf"({_COLOUR})(?=\s*[?.!]*\s*$)"
        ),
        r"\1\3 \2",
    ),
    # "figures black and figures purple": black figures
    (
        re.compile(
            rf"(?i)(?:(?<=\bof )|(?<=\band )|(?<=\bor ))({_FIGURES}) ({_COLOUR})\b(?= and\b| or\b|\s*[?,]|\s*$)"
        ),
        r"\2 \1",
    ),
    # "the gray colour one", "gray colour shape": a colour said with its word
    (re.compile(rf"(?i)\b({_COLOUR}) colou?r(?=ed)?(?= (?:{_FIGURE}|{_FIGURES})\b)"), r"\1"),
    # "X is less than Y?" of two things: smaller
    (
        re.compile(
            rf"(?i)^(\s*(?:the )?(?:[a-z]+ )?{_FIGURE} (?:is|is not|isn't) )less than\b(?=(?: the| a)? (?:[a-z]+ "
            rf")?{_FIGURE}\b)"
        ),
        r"\1smaller than",
    ),
    # "the shape on the most right", "at the most top": as far as it goes
    (re.compile(r"(?i)\b(?:on|at|in) the most (left|right)(?:[- ]hand)?(?: side| edge)?\b"), r"on the far \1"),
    (re.compile(r"(?i)\b(?:on|at|in) the most (top|bottom)\b"), r"at the very \1"),
    # "more big", "most low", "more left": the comparative and the superlative of the word
    (
        re.compile(r"(?i)\bmore (big|large|small|little|high|low)(?=\s*[?.!,]|\s*$)"),
        lambda m: "the " + _MOST_SAID[m[1].lower()],
    ),
    (
        re.compile(
            r"(?i)\b(is|are|lies|sits|stands) (?:located |positioned |placed |situated )?most "
            r"(big|large|small|little|high|low|left|right|up|down)\b(?!(?:[- ]hand)? side)"
        ),
        lambda m: f"{m[1]} {_MOST_SAID[m[2].lower()]}",
    ),
    (re.compile(r"(?i)\bthe greatest\b"), "the biggest"),
    # "which form lies leftmost" (from "lies most left"): is the leftmost
    (
        re.compile(
            r"(?i)\b(?:lies|sits|stands|is located|is placed|is positioned|is situated) (?:the )?"
            r"(leftmost|rightmost|highest|lowest|biggest|smallest|largest)\b"
        ),
        r"is the \1",
    ),
    # "which one is on top": which shape
    (re.compile(r"(?i)^\s*which (?:one|1) is (on|at the) (top|bottom)\b"), r"which shape is \1 \2"),
    # "which is the figure the smallest" (from "which is the figure more small"): which figure is
    (re.compile(r"(?i)^\s*which is the ([a-z]+) (the [a-z]+est|the [a-z]+most)\b"), r"which \1 is \2"),
    # "which form", "the form of": a figure's shape
    (re.compile(r"(?i)\bwhich is the form of\b"), "what is the shape of"),
    (re.compile(r"(?i)\bwhich form\b"), "which shape"),
    # "has the square the colour orange?": is it orange
    (
        re.compile(
            rf"(?i)^\s*(?:has|have) (the [a-z]+(?: (?!the\b)[a-z]+)?) (?:the |a )?(?:colou?r|shape|form) ([a-z]+){_END}"
        ),
        r"is \1 \2?",
    ),
    # "how many there circles?", "total how many shapes ...", "what is the colour of the square only?"
    (
        re.compile(rf"(?i)^\s*how many there (?:are |is )?([a-z]+(?: [a-z]+)?){_END}"),
        r"how many \1 are there?",
    ),
    (re.compile(r"(?i)^\s*(?:total|in total|totally|overall),? (?=how many\b)"), ""),
    (re.compile(r"(?i)^([^?]*?)\s+only(?=\s*[?.!]*\s*$)"), r"\1"),
    # "which shape is there in top?": at the top
    (re.compile(r"(?i)\b(?:is there (?:in|at|on)|is (?:in|at)) (top|bottom)\b(?! of\b)"), r"is at the \1"),
    # "is square there?": is there a square
    (re.compile(r"(?i)^\s*is (?:the |a |an )?([a-z]+(?: [a-z]+)?) there\s*\?\s*$"), r"is there a \1?"),
    # "which from shapes", "which of shapes": which of the shapes
    (re.compile(rf"(?i)\bwhich (?:from|of) (?:the )?({_FIGURES})\b"), r"which of the \1"),
    # "picture inside have gray shape?", "in picture have ...": is there
    (
        re.compile(
            r"(?i)^\s*(?:(?:the )?(?:picture|image) (?:inside|in it|within) |in (?:the )?(?:picture|image),? )"
            r"(?:has|have|there is|there are|got) (?:a |an |any |some )?"
        ),
        "is there a ",
    ),
    # "is the triangle to the right side of the rectangle?"
    (
        re.compile(rf"(?i)\bto the (left|right) side of\b(?= the (?:[a-z]+ )?{_FIGURE}\b)"),
        r"to the \1 of",
    ),
    # "purple shape at orange shape left side?": left of it
    (
        re.compile(
            rf"(?i)^\s*(?:the )?([a-z]+ {_FIGURE}|{_FIGURE}) (?:at|in|on) (?:the )?([a-z]+ {_FIGURE}|{_FIGURE})(?:'s)? "
            rf"(left|right) side{_END}"
        ),
        r"is the \1 left of the \2?",
    ),
    # "triangle compare circle, bigger or not?": is it bigger than the other
    (
        re.compile(
            rf"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+)?) (?:compare|compared|comparing)(?: to| with)? (?:the )?"
            rf"([a-z]+(?: [a-z]+)?),? (bigger|smaller|larger|higher|lower) or not{_END}"
        ),
        r"is the \1 \3 than the \2?",
    ),
    # "square what colour?", "the red one what shape": the question about the topic
    (
        re.compile(
            r"(?i)^\s*(?:the )?((?!(?:got|has|have|is|are|wears|does)\b)[a-z]+"
            r"(?: (?!(?:got|has|have|is|are|wears|does)\b)[a-z]+)?),? (?:what|which) "
            rf"(colou?r|shape|size|kind|form){_END}"
        ),
        r"what \2 is the \1?",
    ),
    # "the red one, is it circle?"
    (
        re.compile(
            r"(?i)(?:^|(?<=[,;:] ))(is|isn't) (it|this|that) (circle|square|rectangle|triangle|star|pentagon|hexagon|"
            r"ellipse)(?= "
            r"or\b|\s*[?.!]*\s*$)"
        ),
        r"\1 \2 a \3",
    ),
    # "the star has how many points?": the count asked where its answer goes
    (
        re.compile(rf"(?i)^\s*(the (?:[a-z]+ ){{0,2}}?[a-z]+|it) (?:has|have|has got|got) how many ([a-z]+){_END}"),
        r"how many \2 does \1 have?",
    ),
    # "1 square or 2?": how many squares
    (
        re.compile(
            r"(?i)^\s*(?:are there |is there |there (?:is|are) )?(\d+|one|two|three|four|five|six) ([a-z]+?)s? or "
            rf"(\d+|one|two|three|four|five|six){_END}"
        ),
        lambda m: f"how many {m[2]}s are there?",
    ),
    # "triangle more or rectangle more?", "about squares and triangles, which is more?", "of which colour figures
    # is more, green or gray?": which are more
    (
        re.compile(rf"(?i)^\s*(?:the )?([a-z]+?)s? more or (?:the )?([a-z]+?)s? more{_END}"),
        r"are there more \1s or \2s?",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:about|of|regarding|as for) (?:the )?([a-z]+(?: [a-z]+)?) and (?:the )?([a-z]+(?: "
            rf"[a-z]+)?),? which (?:one )?(?:is|are|has) more{_END}"
        ),
        r"are there more \1 or \2?",
    ),
    (
        re.compile(
            r"(?i)^\s*of which (?:colou?r|kind|shape) (?:of )?([a-z]+) (?:is|are) (?:there )?more,? ([a-z]+) or "
            rf"([a-z]+){_END}"
        ),
        r"are there more \2 \1 or \3 \1?",
    ),
    # "are there more number of squares than triangles?"
    (re.compile(r"(?i)\bmore (?:number|amount|quantity) of\b"), "more"),
    # "there are the same quantity of X and Y?", "green shape and blue shape, number same or not?"
    (
        re.compile(
            r"(?i)^\s*(?:there (?:are|is)|are there|is there) the same (?:quantity|amount|number|count) of "
            rf"([a-z]+(?: [a-z]+)?) and ([a-z]+(?: [a-z]+)?){_END}"
        ),
        r"are there the same number of \1 and \2?",
    ),
    (
        re.compile(
            r"(?i)^\s*(?:the )?([a-z]+(?: [a-z]+)??)s? and (?:the )?([a-z]+(?: [a-z]+)?),? (?:the "
            rf")?(?:number|count|amount) (?:is )?(?:the )?same(?: or not)?{_END}"
        ),
        lambda m: f"are there the same number of {m[1]}s and {m[2] if m[2].endswith('s') else m[2] + 's'}?",
    ),
    # "the triangle and the blue shape, which is on the right side?", "circle and purple shape which one big?"
    (
        re.compile(
            r"(?i)^\s*(?P<one>(?:the )?[a-z]+(?: [a-z]+)?) and (?P<other>(?:the )?[a-z]+(?: [a-z]+)?),? which "
            rf"(?:one |of them |of the two )?(?P<asked>[a-z]+(?: [a-z]+){{0,4}}?){_END}"
        ),
        _choice_of_two,
    ),
]


_COUNTED_SIDES = {
    "three": "triangle",
    "3": "triangle",
    "five": "pentagon",
    "5": "pentagon",
    "six": "hexagon",
    "6": "hexagon",
    "eight": "octagon",
    "8": "octagon",
}

_EDGEMOST = {"top": "topmost", "bottom": "bottommost", "left": "leftmost", "right": "rightmost"}

_OTHER_WORDS: list[Rewrite] = [
    # "a three-sided shape", "four-sided shapes with equal sides", "five-sided figure": the figure's name
    (
        re.compile(
            r"(?i)\b(?:a |an )?four[- ]sided (shape|figure|form|polygon)(s?) with (?:all )?(?:four )?equal sides\b"
        ),
        lambda m: (
            ("a square" if not m[2] else "squares") if m[0].lower().startswith(("a ", "an ")) else ("square" + m[2])
        ),
    ),
    (
        re.compile(r"(?i)\b(three|3|five|5|six|6|eight|8)[- ]sided (?:shape|figure|form|polygon|one)(s?)\b"),
        lambda m: _COUNTED_SIDES[m[1].lower()] + m[2],
    ),
    (re.compile(r"(?i)\b(?:triangular|three[- ]cornered) (?:shape|figure|form|one)(s?)\b"), r"triangle\1"),
    # "is it a round shape or an oblong?": a circle, where a kind is chosen (alone, a round shape may be an ellipse)
    (re.compile(r"(?i)\b(an?) (?:round|circular) (?:shape|figure|form|one)(?= or an?\b)"), "a circle"),
    (re.compile(r"(?i)(\bor) an? (?:round|circular) (?:shape|figure|form|one)\b"), r"\1 a circle"),
    (re.compile(r"(?i)\b(?:five|5)[- ]pointed star(s?)\b"), r"star\1"),
    # "bright red", "royal blue", "jet black", "deep blue": the colour (a deep one is a dark one)
    (re.compile(rf"(?i)\b(?:bright|vivid|royal|jet|pure|strong|rich|true) ({_COLOUR})\b"), r"\1"),
    (re.compile(rf"(?i)\bdeep ({_COLOUR})\b"), r"dark \1"),
    # "what kind of figure is the red one", "what type of polygon is it": its shape
    (
        re.compile(
            r"(?i)\b(?:what|which) (?:kind|type|sort) of (?:figure|polygon|form|object|thing|item|element)"
            r"(?= is| are| does)"
        ),
        "what shape",
    ),
    # "tally the red shapes": count them
    (re.compile(r"(?i)^\s*(?:please )?tally(?: up)? (?:the |all the )?"), "how many "),
    # "is the total number of shapes 3?": are there 3
    (
        re.compile(
            r"(?i)^\s*is the (?:total )?(?:number|count) of ([a-z]+(?: [a-z]+)?) (?:equal to |exactly "
            rf")?(\d+|one|two|three|four|five|six|seven|eight|nine|ten){_END}"
        ),
        r"are there \2 \1?",
    ),
    # "of larger area than", "of the greatest area", "greatest in size": bigger, the biggest
    (
        re.compile(r"(?i)\b(?:of|with) (?:a )?(larger|bigger|smaller|greater) (?:area|size) than\b"),
        lambda m: ("larger" if m[1].lower() == "greater" else m[1].lower()) + " than",
    ),
    (
        re.compile(r"(?i)\b(?:of|with) the (largest|biggest|smallest|greatest) (?:area|size)\b"),
        lambda m: "that is the " + ("largest" if m[1].lower() == "greatest" else m[1].lower()),
    ),
    # "the shape which is biggest", "the shape of the greatest area": the biggest shape
    (
        re.compile(
            rf"(?i)\bthe ({_FIGURE}) (?:(?:that is|which is|that's) (?:the "
            r")?(largest|biggest|smallest|greatest|highest|"
            r"lowest|leftmost|rightmost|topmost|bottommost)(?: one)?|(?:of|with) the "
            r"(largest|biggest|smallest|greatest) "
            r"(?:area|size))(?=\s*[?.!,]|\s*$|\s+(?:is|are|in|on|and|or|a|an|the|left|right|above|below|bigger|"
            r"smaller)\b)"
        ),
        lambda m: f"the {'largest' if (m[2] or m[3]).lower() == 'greatest' else (m[2] or m[3]).lower()} {m[1]}",
    ),
    (re.compile(r"(?i)\b(?:the )?(?:greatest|largest|biggest) in (?:size|area)\b"), "the largest"),
    (re.compile(r"(?i)\b(?:the )?smallest in (?:size|area)\b"), "the smallest"),
    # "the shape closest to the left edge": the leftmost shape
    (
        re.compile(
            r"(?i)\bthe ((?:[a-z]+ )?(?!(?:is|are)\b)[a-z]+) (?:that is |which is )?(?:nearest|closest)(?: to)? the "
            r"(top|bottom|left|right)"
            r"(?: edge| side| border)?(?: of the (?:picture|image))?(?=\s*[?.!,]|\s*$)"
        ),
        lambda m: f"the {_EDGEMOST[m[2].lower()]} {m[1]}",
    ),
    # "which one is nearest the top", "closest to the left edge": the topmost, the leftmost
    (
        re.compile(
            r"(?i)\b(is|are|lies|sits|stands) (?:the )?(?:nearest|closest)(?: to)? the (top|bottom|left|right)"
            r"(?: edge| side| border)?(?: of the (?:picture|image))?(?=\s*[?.!]*\s*$)"
        ),
        lambda m: f"{m[1]} the {_EDGEMOST[m[2].lower()]}",
    ),
]


_CONSTRUCTIONS: list[Rewrite] = [
    # "which green shape is (the) lowest?": the bottommost
    (
        re.compile(
            r"(?i)^(\s*(?:which|what) (?:[a-z]+ ){0,3}?[a-z]+ (?:is|are) )(?:the )?(highest|uppermost|lowest|lowermost)"
            rf"(?: one)?{_END}"
        ),
        lambda m: m[1] + ("the topmost?" if m[2].lower() in {"highest", "uppermost"} else "the bottommost?"),
    ),
    # "Not counting the triangle, what colour is ...": apart from it
    (
        re.compile(
            r"(?i)^\s*(?:not counting|excluding|leaving out|setting aside|without counting|"
            r"leaving aside)\s+(the [a-z ]+?)(?<! itself)(?<! themselves)\s*,\s*"
        ),
        r"apart from \1, ",
    ),
    # "apart from the triangle, what colour is the shape closest to the circle?": the closest of the others
    (
        re.compile(
            r"(?i)^\s*(?:apart from|other than|except(?: for)?|besides) (the [a-z ]+?)(?<! itself)(?<! "
            r"themselves)\s*,\s*(.+? (?:closest|nearest|"
            r"farthest|furthest) (?:to|from) the [a-z ]+?)\s*([?.!]*)\s*$"
        ),
        r"\2 other than \1\3",
    ),
    # "apart from the black shape, how many shapes are not to the right of it?": of the others, those not there
    (
        re.compile(
            r"(?i)^\s*(?:apart from|other than|except(?: for)?|besides) (the [a-z ]+?)(?<! itself)(?<! "
            r"themselves)\s*,\s*(how many [a-z ]+?) (are|"
            r"is) "
            r"([a-z ]+?) (?:it|them)\s*([?.!]*)\s*$"
        ),
        r"\2 other than \1 \3 \4 \1\5",
    ),
    # "the biggest shape that is purple or orange": the biggest purple or orange shape
    (
        re.compile(rf"(?i)\b({_FIGURE}|{_FIGURES}) (?:that|which) (?:is|are) ({_COLOUR}) or ({_COLOUR})\b"),
        r"\2 or \3 \1",
    ),
    # "... which one is lowest? Say what shape it is.": its shape
    (
        re.compile(
            r"(?i)(?<=[?.!])\s*(?:please )?(?:say|tell me|give|name|state)(?: me)? (?:what|which) (colou?r|shape|size|"
            r"material) (?:it|that one|this one) (?:is|has)\s*[.!?]*\s*$"
        ),
        r" Say its \1.",
    ),
    # "does the rectangle share its colour with any other shape?": is another shape of its colour
    (
        re.compile(
            r"(?i)^\s*(?:does|do) (the [a-z ]+?) share (?:its|their) (colou?r|shape|size) with (?:any|some|another|at "
            rf"least one)(?: other)? (shape|figure|object|thing|item|one)s?{_END}"
        ),
        r"is there another \3 with the same \2 as \1?",
    ),
    # "Something in the picture is blue. What shape is it?": there is something blue, and "it" is that
    (
        re.compile(
            r"(?i)^\s*(?:something|one (?:of the )?(?:shapes?|things?|objects?|figures?)|an? (?:shape|thing|object|"
            r"figure|"
            r"item))(?: (?:in|on) (?:the|this) (?:picture|image|drawing))? is ((?:red|blue|green|yellow|orange|purple|"
            r"pink|"
            r"brown|black|white|gr[ae]y|cyan|teal|magenta|violet|big|small|large|tiny))\s*[.;,]\s*"
            r"(?=(?:what|which|where|is|how|and)\b)"
        ),
        r"There is something \1. ",
    ),
    # "There is a circle and a square. Which one is further to the left?": the two named are the choice
    (
        re.compile(
            r"(?i)^\s*(?:there(?: is|'s| are)|i (?:can )?see|we have|here (?:is|are)) (?:a|an|one) ([a-z]+(?: "
            r"[a-z]+)?) "
            r"and (?:a|an|one) ([a-z]+(?: [a-z]+)?)\s*[.;,:]\s*which (?:one|of them|of the two|of these|of those)\b"
        ),
        r"the \1 and the \2, which one",
    ),
    # "a square, is that what the gray shape is?": is it a square
    (
        re.compile(rf"(?i)^\s*(?:an? |the )?([a-z]+),? (?:is|was) (?:that|it|this) what (the .+?) is{_END}"),
        r"is \2 a \1?",
    ),
    # "are more shapes coloured blue than green?": more blue shapes than green ones
    (
        re.compile(
            r"(?i)^\s*are (?:there )?more ([a-z]+) (?:coloured|colored|painted|drawn in|in) "
            rf"({_COLOUR}) than (?:in )?({_COLOUR}){_END}"
        ),
        r"are there more \2 \1 than \3 \1?",
    ),
    # "are the yellow shape and the red one both on the left?": each of them
    (
        re.compile(rf"(?i)^\s*are (the [a-z]+(?: [a-z]+)?) and (the [a-z]+(?: [a-z]+)?) both (.+?){_END}"),
        r"is \1 \3 and is \2 \3?",
    ),
    # "does the red thing have a larger area than ...": is it larger than
    (
        re.compile(r"(?i)^\s*does (.+?) have (?:a )?(larger|bigger|smaller|greater) (?:area|size|surface) than\b"),
        lambda m: f"is {m[1]} {'larger' if m[2].lower() == 'greater' else m[2].lower()} than",
    ),
    # "how many shapes that you can see are squares?": that one sees says nothing of them
    (re.compile(r"(?i)\s+(?:that|which) (?:you|i|we|one) (?:can )?(?:see|spot|find|notice)\b"), ""),
    # "is any shape drawn in green?", "shapes painted in blue": of that colour
    (
        re.compile(
            rf"(?i)\b({_FIGURE}s?|{_FIGURES}) (?:drawn|painted|coloured|colored|shaded|filled|done) in ({_COLOUR})\b"
        ),
        r"\1 \2",
    ),
    # "is it three circles that the picture shows?": are there three
    (
        re.compile(
            r"(?i)^\s*is it (\d+|one|two|three|four|five|six) ([a-z]+) that (?:the|this) (?:picture|image|drawing) "
            rf"(?:shows|has|contains|holds){_END}"
        ),
        r"are there \1 \2?",
    ),
    # "is it the circles that outnumber the squares?", "do the circles outnumber the squares?"
    (
        re.compile(
            r"(?i)^\s*(?:is it|are they|do|does) (?:the )?([a-z]+(?: [a-z]+)??) (?:that )?outnumbers? (?:the )?"
            rf"([a-z]+(?: [a-z]+)?){_END}"
        ),
        r"are there more \1 than \2?",
    ),
    # "is the black shape exceeded in size by the orange one?": is the orange one bigger
    (
        re.compile(
            rf"(?i)^\s*is (the [a-z]+(?: [a-z]+)?) (?:exceeded|surpassed|outsized|beaten) in size by (.+?){_END}"
        ),
        r"is \2 bigger than \1?",
    ),
    # "by which shape is the circle surpassed in size?": which is bigger than it
    (
        re.compile(r"(?i)^\s*by which ([a-z]+) is (.+?) (?:exceeded|surpassed|outsized|beaten) in size" + _END),
        r"which \1 is bigger than \2?",
    ),
    # "is the circle closer to the top than to the bottom?": in the upper half
    (
        re.compile(
            r"(?i)\b(?:closer|nearer) to the (top|bottom|left|right)(?: edge)? than (?:to )?the "
            r"(?:top|bottom|left|right)(?: edge)?\b"
        ),
        lambda m: (
            "in the "
            + {"top": "upper", "bottom": "lower", "left": "left", "right": "right"}[m[1].lower()]
            + " half of the picture"
        ),
    ),
    # "is the circle a shape that lies below the triangle?": below it
    (
        re.compile(
            rf"(?i)^(\s*is (?:the |this |that )[a-z]+(?: [a-z]+)?) an? {_FIGURE} (?:that|which) "
            r"(?:lies|is|sits|stands|is placed|is located|is situated) "
        ),
        r"\1 ",
    ),
    # "is the gray thing being overlapped by the black shape?": does the black shape overlap it
    (
        re.compile(rf"(?i)^\s*is (the [a-z]+(?: [a-z]+)??) (?:being )?overlapped by (.+?){_END}"),
        r"does \2 overlap \1?",
    ),
    # "is the number of blue shapes not equal to the number of gray shapes?": are there as many (denied)
    (
        re.compile(
            r"(?i)^\s*is the number of ([a-z]+(?: [a-z]+)?) (?:not equal to|different from|unequal to) the number "
            rf"of ([a-z]+(?: [a-z]+)?){_END}"
        ),
        r"is the number of \1 not the same as the number of \2?",
    ),
    # "which shape is it that is highest up?", "what is it that is left of the square?": which shape is
    (re.compile(r"(?i)^\s*(which|what) ([a-z]+ )?is it (?:that|which) (?:is|'s) "), r"\1 \2is "),
    # "which colour is it that the circle has?": which colour does it have
    (
        re.compile(rf"(?i)^\s*(which|what) (colou?r|shape|size) is it (?:that )?(the [a-z]+(?: [a-z]+)?) has{_END}"),
        r"\1 \2 does \3 have?",
    ),
    # "what I'd like to know is whether ...", "what I want to know is how many ...": the question itself
    (
        re.compile(
            r"(?i)^\s*(?:so |now )?what (?:i'd|i would|i'd really|i want to|i wanna|we'd|we want to) (?:like to )?"
            r"(?:know|find out|ask|check) is,?\s+(?:whether |if )?"
        ),
        "",
    ),
    # "of circles and triangles, are there more triangles?": more of those than of the others
    (
        re.compile(
            rf"(?i)^\s*(?:of|between) (?:the )?([a-z]+) and (?:the )?([a-z]+),? are there more (?:the )?([a-z]+){_END}"
        ),
        lambda m: f"are there more {m[3]} than {m[2] if m[3].lower() == m[1].lower() else m[1]}?",
    ),
    # "there are more of which colour, green or black?": which are more
    (
        re.compile(
            r"(?i)^\s*there are more (?:of )?which (?:colou?r|kind|shape)(?: of [a-z]+)?,? ([a-z]+) or ([a-z]+)" + _END
        ),
        r"are there more \1 or \2 shapes?",
    ),
    # "is there any green on the circle?": is it green
    (re.compile(rf"(?i)^\s*is there (?:any )?({_COLOUR}) on (the [a-z]+(?: [a-z]+)?){_END}"), r"is \2 \1?"),
    # "which shape is further to the left than all the others?": the leftmost
    (
        re.compile(
            r"(?i)^(\s*(?:which|what)(?: [a-z]+)? (?:is|lies|sits) )(?:further|farther|more) (?:to the )?"
            r"(left|right|up|down)(?: in the picture)? than (?:all |any of )?(?:the )?(?:others|other "
            r"(?:shapes|ones|things))\b"
        ),
        lambda m: (
            m[1]
            + "the "
            + {"left": "leftmost", "right": "rightmost", "up": "topmost", "down": "bottommost"}[m[2].lower()]
        ),
    ),
    (
        re.compile(
            r"(?i)^(\s*(?:which|what)(?: [a-z]+)? is )(bigger|larger|smaller|higher|lower) than (?:all |any of )?"
            r"(?:the )?(?:others|other (?:shapes|ones|things))\b"
        ),
        lambda m: (
            m[1]
            + "the "
            + {"bigger": "biggest", "larger": "largest", "smaller": "smallest", "higher": "highest", "lower": "lowest"}[
                m[2].lower()
            ]
        ),
    ),
    # "it's the red one that's the biggest, isn't it?": is it the biggest
    (
        re.compile(
            r"(?i)^\s*it(?:'s| is) (the [a-z]+(?: [a-z]+)?) (?:that|which)(?:'s| is) (the [a-z]+(?: [a-z]+)?),? "
            rf"(?:isn't it|is it not|right|correct|no){_END}"
        ),
        r"is \1 \2?",
    ),
    # "which shape is not a triangle?": the one shape that is not one, by its kind
    (
        re.compile(rf"(?i)^\s*which ({_FIGURE}) (?:is not|isn't) (an?) ([a-z]+){_END}"),
        lambda m: f"what shape is the {'shape' if m[1].lower() == 'one' else m[1]} that is not {m[2]} {m[3]}?",
    ),
    # "which of the two is higher up, A or B?"
    (re.compile(r"(?i)^\s*which (?:one )?of the two (?=is |are )"), "which "),
    # "the highest shape is which one?": which shape is the highest
    (
        re.compile(rf"(?i)^\s*the ({_SUPERLATIVE}) ([a-z]+) is which(?: one)?{_END}"),
        r"which \2 is the \1?",
    ),
    # "is there a shape on the bottom side of the picture?"
    (re.compile(r"(?i)\b(?:on|at|in) the (top|bottom) side of\b"), r"at the \1 of"),
    # "is the triangle the biggest?": the biggest one
    (
        re.compile(
            r"(?i)^(\s*(?:is|isn't) (?:the|this|that) [a-z]+(?: [a-z]+)? the "
            rf"(?:{_SUPERLATIVE}|[a-z]+est))(?=\s*[?.!]*\s*$)"
        ),
        r"\1 one",
    ),
]


_ROLES: list[Rewrite] = [
    (re.compile(r"(?i)^\s*assert that the (image|picture) contains\b"), r"does the \1 contain"),
    # a tester's and an annotator's words: "assert the circle is red", "return the number of ...", "presence of X"
    (
        re.compile(
            r"(?i)^\s*(?:(?:assert|verify)(?: that)?:?|(?:confirm|check|test) "
            r"that)\s+((?:the|there|a|an)\b.*?)[.!?]*\s*$"
        ),
        r"is it true that \1?",
    ),
    (
        re.compile(r"(?i)^\s*(?:return|output|give|report|print)(?: me)? the (?=(?:number|count|colou?r|shape) of\b)"),
        "what is the ",
    ),
    (
        re.compile(rf"(?i)^\s*presence of (?:an? |any )?(.+?)(?:\s*\((?:yes/no|y/n|yes or no)\))?{_END}"),
        r"is there a \1?",
    ),
    (re.compile(r"(?i)\b(?:objects?|shapes?|instances?) of (?:the )?class ([a-z]+?)s?\b"), r"\1s"),
    (re.compile(r"(?i)\b(?:an? |the )?instances? of (?:the )?class ([a-z]+)\b"), r"a \1"),
    (
        re.compile(
            r"(?i)\bthe count of (?:the )?class ([a-z]+?)s? (?=(?:is "
            r")?(?:greater|more|less|fewer|smaller|larger|bigger|equal))"
        ),
        r"the number of \1s ",
    ),
    (re.compile(r"(?i)\bclass (?=(?:circle|square|rectangle|triangle|star|ellipse|pentagon|hexagon)s?\b)"), ""),
    (re.compile(r"(?i)^\s*instance count (?:for|of) (.+?)\s*[:?.!]*\s*$"), r"how many \1 are there?"),
    (
        re.compile(rf"(?i)^\s*(?:the )?(?:colou?r) attribute of (?:the )?(.+?)(?: instance)?{_END}"),
        r"what is the colour of the \1?",
    ),
    (
        re.compile(rf"(?i)^\s*(?:the )?class(?: label)? of (?:the )?(.+?){_END}"),
        r"what shape is the \1?",
    ),
    (
        re.compile(rf"(?i)^\s*(?:label|annotate|tag|name|identify) the (colou?r|shape) of (?:the )?(.+?){_END}"),
        r"what is the \1 of the \2?",
    ),
    (
        re.compile(
            r"(?i)^\s*assign (?:a |the )?(?:shape )?(?:class|label) to (?:the )?(.+?)(?: instance)?:\s*(?:an? "
            rf")?([a-z]+) or (?:an? )?([a-z]+){_END}"
        ),
        lambda m: f"is the {m[1]}{' one' if ' ' not in m[1] else ''} a {m[2]} or a {m[3]}?",
    ),
    (
        re.compile(rf"(?i)^\s*which class has (?:the )?more(?: instances)?:?\s*([a-z]+?)s? or ([a-z]+?)s?{_END}"),
        r"are there more \1s or \2s?",
    ),
    (
        re.compile(r"(?i)\b(?:the )?(black|white|gr[ae]y|red|blue|green|yellow|orange|purple|pink|brown) instance\b"),
        r"the \1 shape",
    ),
    (re.compile(r"(?i)^\s*which instance\b"), "which shape"),
    (
        re.compile(
            r"(?i)^\s*(?:the )?spatial relation (?:between|of) (the .+?) and (the .+?):\s*(left or right|right or "
            rf"left|above or below|below or above){_END}"
        ),
        r"is \1 \3 of \2?",
    ),
    (
        re.compile(rf"(?i)^\s*(?:the )?(horizontal|vertical) position of (the .+?):\s*([a-z]+) or ([a-z]+){_END}"),
        r"is \2 on the \3 or on the \4?",
    ),
    (re.compile(r"(?i)\bhas the (larger|bigger|smaller|greater) (?:area|size)\b"), r"is \1"),
    (re.compile(r"(?i)\bup (higher)\b"), r"\1"),
    (re.compile(r"(?i)\bdown (lower)\b"), r"\1"),
    # "verify: the number of circles equals the number of triangles"
    (
        re.compile(r"(?i)\bthe number of ([a-z]+) equals the number of ([a-z]+)\b"),
        r"the number of \1 is equal to the number of \2",
    ),
    # a robot's frame: "in the camera frame", "of the camera frame", "in the workspace" is the picture
    (
        re.compile(
            r"(?i)\b(in|within|of) the (?:camera (?:frame|view|image)|workspace|work area|frame|field of view)\b"
        ),
        lambda m: ("of" if m[1].lower() == "of" else "in") + " the picture",
    ),
    (
        re.compile(r"(?i)\b(?:occupies|covers|fills) the (?:most|largest|biggest) (?:area|space)\b"),
        "is the largest",
    ),
    (re.compile(r"(?i)\bto the (left|right) of (the .+?) of the picture\b"), r"to the \1 of \2"),
    (
        re.compile(
            r"(?i)^\s*relative to (the [a-z]+(?: [a-z]+)?),\s*is (the [a-z]+(?: [a-z]+)?) (higher|lower|further "
            rf"left|further right) or (higher|lower|further left|further right)(?: of the picture)?{_END}"
        ),
        r"is \2 \3 or \4 than \1?",
    ),
    # talk around a question: "hmm?", "can you say it?", "like what shape", "kinda"
    (re.compile(r"(?i)[,\s]+(?:hmm+|huh|eh),?\s*(?=[?.!]*\s*$)"), ""),
    (re.compile(r"(?i),?\s*(?:can|could) you (?:say|tell me|tell) (?:it|that|me)?\s*(?=[?.!]*\s*$)"), ""),
    (
        re.compile(
            r"(?i)^\s*what(?:'s|s| is) (the [a-z]+(?: [a-z]+)?),? (?:like |i mean |um )?what "
            r"(shape|colou?r|size)\s*[?.!]*\s*$"
        ),
        r"what \2 is \1?",
    ),
    (
        re.compile(
            r"(?i)\b(?:kinda|kind of|sort of|sorta)\s+(?=(?:on|at|in|near|to|up|down|left|right|above|below)\b)"
        ),
        "",
    ),
    (
        re.compile(
            r"(?i)^\s*so like (\d+|one|two|three|four|five|six) ([a-z]+) (?:total|in total|altogether)\s*\?\s*$"
        ),
        r"are there \1 \2 in total?",
    ),
    # "the red one's the biggest one right": is it
    (
        re.compile(
            r"(?i)^\s*(the [a-z]+(?: [a-z]+)?)['’]s (the [a-z]+(?: one| shape)?),? (?:right|yeah|correct|no)\s*\??\s*$"
        ),
        r"is \1 \2?",
    ),
    # "where's the square? is it up at the top?", "where's the biggest one? what colour is it?": it is that thing
    (
        re.compile(
            r"(?i)^\s*where(?:'s|s| is) (the [a-z]+(?: [a-z]+)?)\s*\?\s*(is it|what (?:colou?r|shape) is it)\b(.*)$"
        ),
        lambda m: f"is {m[1]}{m[3]}" if m[2].lower() == "is it" else f"{m[2][:-6]} is {m[1]}{m[3]}",
    ),
]


def plain_words(question: str) -> str:
    """The question with the plain-word forms this module reads rewritten (see the module's docstring).

    >>> plain_words("is the square in left of the circle?")
    'is the square left of the circle?'
    >>> plain_words("which one is all the way on the left")
    'which one is on the far left'
    """
    question = verbose_forms(machine_translated(formal_words(counted(alike(orders(walked(question)))))))
    for pattern, replacement in _ROLES + _CONSTRUCTIONS + _OTHER_WORDS + _WRAPPED + _LEARNER + _LEARNERS_L1:
        question = pattern.sub(replacement, question)
    keywords = len(question.split()) <= KEYWORD_QUERY_WORDS and "?" not in question.rstrip(" ?.!")
    if keywords and not re.match(rf"(?i)\s*{_QUESTION_WORD}\b", question):
        for pattern, replacement in _SEARCH:
            question = pattern.sub(replacement, question)
        if re.search(rf"(?i)\b{_RELATION}\b", question) and not re.search(r"[?.!]\s*$", question):
            question = question.rstrip() + "?"  # "red shape above green shape": a keyword query asks
    return question


KEYWORD_QUERY_WORDS = 8
"""A search-box query is short: the keyword forms are read only in a question of at most this many words (with no
question mark before its end), never in a sentence of chat that happens to hold one."""
