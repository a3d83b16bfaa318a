"""Discourse: what people wrap around a question, resolved before normalisation.

People hedge ("I think there's a cylinder, is it metal?"), correct themselves ("how many cubes - sorry, spheres -
are there"), open with a quiz host's or an inspector's heading ("Bonus question:", "QC:", "Stock check -"), state
a guess and add a tag ("The sign says stop, right?"), talk about themselves first ("I can't see the screen. Are
there any green objects?") and ask a follow-up that leans on an earlier clause ("I believe there are some cyan
objects. How many?"). This layer splits the (respelled) question into clauses at ``, ; : -``, "..." and sentence
ends and resolves, by *classes* of words, never listed sentences:

- **self-corrections**: an editing term (:data:`EDIT_TERMS`: "sorry", "I mean", "no wait", "actually", "hmm" ...)
  between what was said and its repair; the repair replaces the words it lines up with (same word, both
  determiners, both nouns, two values of one attribute), "one(s)" in the repair takes the replaced noun, and a
  pronoun in it the replaced noun phrase;
- **hedges and lead-ins**: a clause made only of discourse words (:data:`DISCOURSE_WORDS`: hedging verbs and
  pronouns, fillers, quiz words, numbers) or a heading ("colour check", "question 3") is dropped; so is a
  statement about the speaker ("I'm holding my phone up."), whose noun phrase a later "it" may name;
- **tags**: a statement followed by a tag ("right?", "is it?", "am I right?") becomes its yes/no question;
- **follow-ups**: a bare "how many (exactly)?" counts the noun phrase an earlier clause introduced; "or was it X"
  after a yes/no question offers X as the other option; a pronoun after a "which thing ...?" question names the
  one object that question selects ("Which thing is behind the cube? What colour is it?" asks the colour of "the
  thing that is behind the cube").

>>> discourse("how many cubes - sorry , spheres - are there ?")
'how many spheres are there ?'
>>> discourse("i guess the large sphere is gray ? is it ?")
'is the large sphere gray ?'
>>> discourse("bonus question : how many objects are red ?")
'how many objects are red ?'
>>> discourse("my hand is on the small sphere . what color is it ?")
'what color is the small sphere ?'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nsvr.agent.parser.lexicon import LEXICON, NUMBER_VALUES, words
from nsvr.agent.parser.tokens import ParseError
from nsvr.scene_graph.names import singular


class UnclearCorrection(ParseError):
    """A self-correction whose repair lines up with no word said before: both readings stay open."""


TERMINATORS = frozenset("?!.")
SEPARATORS = frozenset([",", ";", ":", "-", "..."])

QUESTION_STARTS = frozenset(
    "how what which who whose where when why is are was were does do did can could would will has have am "
    "count tell name give find show list describe identify state report".split()
)
"""First words of a clause that asks (a question word, an auxiliary or a request verb)."""
AUXILIARIES = frozenset("is are was were does do did can could would will has have am".split())
DETERMINERS = frozenset("the a an this that these those any some no every each".split())
PRONOUNS = frozenset("it its they them their".split())

FILLERS = frozenset(
    words(
        "ok, okay, so, well, hmm, hm, um, umm, uh, er, erm, oh, ah, hey, yo, alright, anyway, anyways, actually, "
        "honestly, basically, seriously, literally, btw, fyi, lol, haha, hehe, lmao, jk, tbh, imo, now, then, also, "
        "and, but, please, thanks, thank, cheers, quick, quickly, yeah, yep, hello, hi, folks, everyone, guys, "
        "approx, approximately, roughly, ish, just, really, exactly, precisely, right now, currently"
    )
)
"""Interjections and fillers: they ask nothing."""
HEDGE_WORDS = frozenset(
    words(
        "i, me, my, we, us, our, you, your, think, thought, believe, guess, suppose, reckon, assume, imagine, bet, "
        "hope, feel, mean, meant, say, said, sure, certain, confident, positive, convinced, wrong, mistaken, "
        "confused, confusing, seeing, reading, hearing, understanding, remembering, doing, getting, see, saw, "
        "remember, recall, wonder, wondering, might, may, could, can, would, "
        "should, must, be, am, is, are, was, were, been, not, maybe, perhaps, probably, possibly, likely, fairly, "
        "pretty, quite, totally, completely, entirely, absolutely, very, kind, kinda, sort, sorta, bit, if, it, "
        "correct, true, false, tell, ask, asking, let, "
        "check, sorry, no, yes, wait, oops, go, going, gonna, here, there, this, that, the, a, an, to, of, for, "
        "on, in, at, with, counts, count, either, way, seconds, minutes, answer, guessing, hurry, hope, so, luck, "
        "get, got, win, checking, "
        "double, curious, asking, thinking, lot, much"
    )
)
"""Words of hedges and of a speaker's asides ("I might be wrong", "not sure if I'm seeing right", "I think it
is", "probably not, but check", "either counts")."""
QUIZ_WORDS = frozenset(
    words(
        "point, points, question, questions, round, bonus, final, jackpot, prize, tricky, easy, trick, puzzle, "
        "riddle, quiz, test, challenge, contestant, contestants, team, player, players, ready, lightning, fire, "
        "one, another, next, last, starter, teaser, brain, trivia, qc, qa, q, inspection, report, observation, "
        "spot, verify, quantity, stock, log, record, note, task, step, item, entry, audit, review, unit, "
        "correction"
    )
)
"""Words of a quiz host's or an inspector's lead-ins ("For one point:", "Here's a tricky one:", "QC:")."""
HEADING_NOUNS = frozenset(
    words(
        "check, checks, report, round, question, test, quiz, puzzle, riddle, challenge, task, exercise, step, "
        "entry, note, bonus, level, problem, query, audit, inspection, review, survey, trivia, teaser, time, "
        "point, points, qc, qa, q, quantity, tally, inventory, count, item, part, section, batch, unit, lot, sample, "
        "station, bay, zone, slot, bin, order, ticket, job, run, shift, number, notes, frame, log, exhibit, claim, "
        "file, case, memo, observation, observations, sighting, sightings, record, call"
    )
)
"""Last words of a heading before ':' or '-' ("Colour check:", "Picture round:", "Question 3:", "Verify
quantity:")."""
LEAD_PHRASES = (("true", "or", "false"), ("yes", "or", "no"), ("right", "or", "wrong"), ("fact", "or", "fiction"))
"""Lead-ins that ask for a yes or no about the statement that follows ("True or false: ...")."""

EDIT_TERMS: tuple[tuple[tuple[str, ...], bool], ...] = tuple(
    (tuple(term.split()), strong)
    for term, strong in sorted(
        [
            *[(t, True) for t in words("sorry, i mean, i meant, no wait, no no, wait, or rather, rather, "
                                       "correction, make that, scratch that, oops, i should say, let me rephrase, "
                                       "my bad, actually no, no sorry, sorry no, i mean to say, or i mean, or no, "
                                       "wait no, hold on, oh wait, oh no, no scratch that, sorry i mean")],
            *[(t, False) for t in words("hmm, hm, um, umm, uh, er, erm, well, actually, no")],
        ],
        key=lambda item: -len(item[0].split()),
    )
)  # fmt: skip
"""Editing terms between a slip and its repair; strong ones always correct, weak ones ("hmm", "well") may just
fill a pause."""
_EDIT_FIRST = frozenset(term[0] for term, _ in EDIT_TERMS)
ANYWHERE_EDITS = frozenset({("i", "mean"), ("i", "meant"), ("or", "rather"), ("no", "wait"), ("sorry",)})
"""Editing terms recognised inside a clause too ("the big cylinder I mean the small one")."""

TAGS = tuple(
    tuple(tag.split())
    for tag in sorted(
        words(
            "is it, is not it, is it not, are they, are not they, are they not, does it, does not it, do they, "
            "right, correct, true, am i right, am i correct, am i wrong, is that right, is that correct, "
            "is that true, is that so, is it so, is it not so, is it correct, is it right, is it true, "
            "is this correct, is this true, is it accurate, is that accurate, correct or not, true or not, "
            "is that the case, is this the case, is this right, yes, "
            "yes or no, right or not, or is not, or is it not, "
            "or not, agreed, eh, huh, do you agree, would you agree, you think, do you think, would you say, "
            "would you say so, have i got that right, did i get that right, right or wrong, true or false, "
            "yeah, yep, yea, ya, no, y/n, y or n"
        ),
        key=lambda tag: -len(tag.split()),
    )
)
"""Question tags after a statement ("The sign says stop, right?")."""
HEDGE_PREFIXES = tuple(
    tuple(h.split())
    for h in sorted(
        words(
            "i think, i believe, i guess, i suppose, i reckon, i assume, i bet, i imagine, i expect, i feel like, "
            "i am sure, i am pretty sure, i am fairly sure, i am quite sure, i am almost sure, i am certain, "
            "i am pretty certain, i am fairly certain, i am not sure, i am not certain, i am confident, "
            "if i am not mistaken, unless i am mistaken, if i remember correctly, if i remember right, "
            "if i recall correctly, correct me if i am wrong but, correct me if i am wrong, my guess is, my bet is, "
            "i might be wrong but, i may be wrong but, i could be wrong but, i might be wrong, i could be wrong, "
            "not sure but, no idea but, "
            "it seems, it seems like, it looks like, looks like, seems like, i would say, i would guess, "
            "maybe, probably, perhaps, presumably, apparently"
        ),
        key=lambda h: -len(h.split()),
    )
)
"""Hedges before the clause they qualify ("I guess the large sphere is gray?")."""
ELLIPTIC_COUNT_TAIL = frozenset(
    words(
        "are, is, there, they, it, of, them, exactly, really, precisely, then, in, total, altogether, approx, "
        "approximately, roughly, actually, do, you, see, count, i, we"
    )
)
"""Words a bare follow-up count may carry ("How many are there really?", "How many exactly?")."""
STATEMENT_VERBS = {"says": "say", "reads": "read", "shows": "show", "has": "have", "have": "have",
                   "contains": "contain", "holds": "hold", "wears": "wear"}  # fmt: skip
"""Third-person verbs a stated guess may use ("the sign says stop") -> the base form after "does"."""
FIRST_PERSON = frozenset({"i", "we", "my", "our"})
SPEAKER = FIRST_PERSON | {"me", "us"}
"""Words by which the asker speaks of themself."""
SPEAKER_ACTIONS = frozenset(
    words("pointing, looking, aiming, holding, touching, tapping, showing, indicating, facing, filming, photographing")
)
"""What a speaker does toward an object in "the cylinder I'm pointing the camera at" (dropped: the object is
named by the rest)."""
SPEAKER_TOOLS = frozenset(words("camera, phone, finger, hand, lens, device, torch, flashlight, pointer"))
REQUEST_HEADINGS = frozenset(words("count, tally, check, verify, confirm, quantity, number, total"))
"""One-word headings that are the request itself when no clause asks ("count: small cubes")."""
STOCK_HEADINGS = frozenset(
    tuple(h.split())
    for h in words(
        "stock check, stocktake, stock take, stocktaking, stock count, inventory, inventory check, head count"
    )
)
"""Headings of a count of what is there ("Stock check: rubber cylinders?", "Stocktake, rubber cubes: how many?")."""
TRAILERS = frozenset(
    words("lol, haha, hehe, lmao, btw, please, thanks, thx, approx, ish, then, really, actually, altogether, combined")
)
"""Words that may end a question and add nothing ("whats written on the bus lol")."""


def _is_number(word: str) -> bool:
    return word in NUMBER_VALUES or word.isdigit()


def _is_content(word: str) -> bool:
    """A word the program would need: an attribute value or a noun the lexicon knows that names a class."""
    if word in DISCOURSE_WORDS or _is_number(word):
        return False
    found = LEXICON.noun(word)
    return LEXICON.attribute_of(word) is not None or (found is not None and found[0] != "thing")


DISCOURSE_WORDS = FILLERS | HEDGE_WORDS | QUIZ_WORDS


@dataclass(eq=False)
class Segment:
    words: list[str]
    end: str = ""
    """The punctuation after the segment ("" at the very end)."""
    sentence: int = 0
    """Index of the sentence the segment belongs to."""
    notes: set[str] = field(default_factory=set)


def split(text: str) -> list[Segment]:
    """Clauses with the punctuation after each; runs of dots are one pause ("...")."""
    tokens = text.split()
    segments: list[Segment] = [Segment([])]
    sentence = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == ":" and 0 < i < len(tokens) - 1 and tokens[i - 1].isdigit() and tokens[i + 1].isdigit():
            segments[-1].words.append(token)  # a time ("12:30"), not a clause break
        elif token in TERMINATORS or token in SEPARATORS:
            segments[-1].end = token
            if token in TERMINATORS:
                sentence += 1
            segments.append(Segment([], sentence=sentence))
        else:
            segments[-1].words.append(token)
        i += 1
    return [s for s in segments if s.words or s.end in TERMINATORS]


def join(segments: list[Segment]) -> str:
    out: list[str] = []
    for segment in segments:
        if not segment.words:
            if segment.end in TERMINATORS and out and out[-1] not in TERMINATORS:
                if out[-1] in SEPARATORS:
                    out.pop()
                out.append(segment.end)
            continue
        if out and out[-1] in SEPARATORS and segment.words and not any(w for w in out if w not in SEPARATORS):
            out.clear()
        out.extend(segment.words)
        if segment.end:
            out.append(segment.end)
    while out and out[0] in SEPARATORS:
        out.pop(0)
    return " ".join(out)


# --- helpers ----------------------------------------------------------------------------------------------------
def _starts_question(seg_words: list[str]) -> bool:
    return bool(seg_words) and (seg_words[0] in QUESTION_STARTS or seg_words[:2] == ["how", "many"])


def _strip_leading(seg_words: list[str], drop: frozenset[str]) -> list[str]:
    i = 0
    while i < len(seg_words) - 1 and seg_words[i] in drop:
        i += 1
    return seg_words[i:]


def _has_content(seg_words: list[str]) -> bool:
    return any(_is_content(w) for w in seg_words)


def _open_noun(word: str) -> bool:
    return (
        word.isalpha()
        and word not in DISCOURSE_WORDS
        and word not in DETERMINERS
        and word not in AUXILIARIES
        and word not in _PLACE_WORDS
        and LEXICON.attribute_of(word) is None
        and word not in QUESTION_STARTS
    )


_PLACE_WORDS = frozenset(
    "behind front left right near next beside above below under over on in at of to between inside outside "
    "closest nearest furthest farthest leftmost rightmost frontmost backmost".split()
)
"""Words of place: a repair that starts with one ("behind the car, no sorry, behind the bus") lines up with the
place said before, never with a noun."""


SEEING = frozenset("see saw seeing notice noticed spot spotted found find have got watching mean".split())
"""Verbs whose object is what the speaker talks about next ("I see a big red thing near a cube - is it metal?")."""


_THINKING = frozenset("thinking think talking talk asking ask looking look wondering".split())
"""Verbs whose object, after "of"/"about"/"at", is what the speaker asks about next ("I'm thinking of the thing
closest to the cylinder. What colour is it?")."""


_NOT_OBJECTS = frozenset("camera viewer picture image photo scene photographer lens".split())
"""Nouns a statement names that are never the object a later "it" points at."""


_PHRASE_ENDS = frozenset(words("to, of, on, in, behind, for, with, from, into, by, at"))


HANDLING = frozenset(
    words(
        "grabbing, grab, picking, lifting, moving, cleaning, labelling, labeling, sketching, drawing, tracing, "
        "framing, cropping, photographing, painting, packing, fetching, taking, using"
    )
)
"""Verbs of a job done to one object ("I'm grabbing the cup on the right-hand side of the bottle"): the object
with all that describes it is what a later "it" names."""


_PURPOSE_WORDS = frozenset(words("for, so, because, and, with, before, into, onto, while, as, since"))


def _noun_phrase(seg_words: list[str]) -> list[str] | None:
    """The noun phrase a statement introduces, made definite: the object of a verb of seeing, with what
    describes it ("I see a big red thing near a cube" -> "the big red thing near a cube"), else the last noun
    phrase that starts with a determiner ("my hand is on the small sphere" -> "the small sphere")."""
    for at, word in enumerate(seg_words[:-1]):
        about = (word in {"of", "about", "at"} and at > 0 and seg_words[at - 1] in _THINKING) or (
            word == "with" and at > 0 and seg_words[at - 1] in {"start", "begin", "starting", "beginning"}
        )
        handled = word in HANDLING
        if (word in SEEING or about or handled) and seg_words[at + 1] in {"a", "an", "the", "this", "that", "some"}:
            phrase = seg_words[at + 2 :]
            if handled:  # "cleaning the big ball for the show": the job's purpose is not the ball's description
                ends = [k for k, w in enumerate(phrase) if w in _PURPOSE_WORDS]
                phrase = phrase[: ends[0]] if ends else phrase
            if phrase and any(LEXICON.noun(w) is not None or _open_noun(w) for w in phrase):
                return ["the", *phrase]
    # a noun the lexicon knows first ("I'm cleaning the big ball for the show": the ball), then any noun
    for known_only in (True, False):
        for start in range(len(seg_words) - 1, -1, -1):
            if seg_words[start] not in {"the", "a", "an", "this", "that", "some"}:
                continue
            phrase = seg_words[start + 1 :]
            end = len(phrase)
            for j, w in enumerate(phrase):
                if w in AUXILIARIES or w in {"that", "which", "who", "made"} or w in _PHRASE_ENDS:
                    end = j
                    break
            phrase = phrase[:end]
            known = bool(phrase) and LEXICON.noun(phrase[-1]) is not None
            if phrase and (known or (not known_only and _open_noun(phrase[-1]))):
                if phrase[-1] in {"one", "ones"}:
                    continue
                if len(phrase) == 1 and phrase[0] in _NOT_OBJECTS:  # "the cube nearest the camera": not the camera
                    continue
                return ["the", *phrase]
    return None


def _head_noun(seg_words: list[str]) -> str | None:
    for w in reversed(seg_words):
        found = LEXICON.noun(w)
        if found is not None and w not in {"one", "ones"}:
            return w
    for w in reversed(seg_words):
        if _open_noun(w) and w not in {"one", "ones"}:
            return w
    return None


def _resolve_pronouns(seg_words: list[str], phrase: list[str]) -> tuple[list[str], bool]:
    """``it`` -> the phrase, ``its X`` -> ``the X of`` the phrase."""
    out: list[str] = []
    changed = False
    i = 0
    while i < len(seg_words):
        w = seg_words[i]
        if w == "its" and i + 1 < len(seg_words):
            out += ["the", seg_words[i + 1], "of", *phrase]
            i += 2
            changed = True
            continue
        if w in {"it", "they", "them"}:
            out += phrase
            changed = True
        else:
            out.append(w)
        i += 1
    return out, changed


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if a in DETERMINERS and b in DETERMINERS:
        return True
    if _is_number(a) and _is_number(b):
        return True
    va, vb = LEXICON.attribute_of(a), LEXICON.attribute_of(b)
    if va is not None and vb is not None:
        return va[0] == vb[0] and LEXICON.noun(a) is None and LEXICON.noun(b) is None
    na, nb = LEXICON.noun(a), LEXICON.noun(b)
    if na is not None and nb is not None and va is None and vb is None:
        return True
    nouns = (na is not None or _open_noun(a)) and (nb is not None or _open_noun(b))
    return nouns and va is None and vb is None and (singular(a) == a) == (singular(b) == b)  # "cups ... plates"


def _plural_of(noun: str) -> str:
    return noun if singular(noun) != noun else (noun + "es" if noun.endswith(("s", "x", "ch", "sh")) else noun + "s")


# --- self-corrections --------------------------------------------------------------------------------------------
_APOLOGY_AFTER = frozenset("to for about that if but".split())
_APOLOGY_BEFORE = frozenset(
    "am 'm m are 're re so very really terribly awfully truly deeply most hi hello hey oh".split()
)
_GREETINGS = frozenset("hi hello hey oh um uh".split())
_NOT_MODIFIERS = frozenset("many much how what which of all any some more fewer less other others other's".split())


def _edit_at(tokens: list[str], i: int) -> tuple[int, bool] | None:
    """(length, strong) of an editing term starting at ``tokens[i]``."""
    at_clause_start = i == 0 or tokens[i - 1] in SEPARATORS or tokens[i - 1] in TERMINATORS
    for term, strong in EDIT_TERMS:
        if tuple(tokens[i : i + len(term)]) == term and (at_clause_start or term in ANYWHERE_EDITS):
            after = tokens[i + len(term)] if i + len(term) < len(tokens) else ""
            if term == ("no",) and (after not in SEPARATORS or not at_clause_start):
                continue  # "no" corrects only as a clause of its own ("the red, no, the blue cube")
            if term == ("well",) and after not in SEPARATORS:
                continue
            if term == ("actually",) and after not in SEPARATORS:
                continue
            before = tokens[i - 1] if i > 0 else ""
            greeted = before in SEPARATORS and i >= 2 and tokens[i - 2] in _GREETINGS  # "Hi, sorry, I've never ..."
            if term == ("sorry",) and (after in _APOLOGY_AFTER or before in _APOLOGY_BEFORE or greeted):
                continue  # "I am very sorry to trouble you", "sorry for so many questions": an apology, no repair
            return len(term), strong
    return None


_ASKS_ON_ITS_OWN = frozenset("how what which who whose where is are does do can could count".split())
"""First words of a repair that asks a question of its own."""


def _only_talk(tokens: list[str]) -> bool:
    """Whether ``tokens`` name nothing a question could ask about (no object, value, number or question word):
    "quick one", "boarding now"."""
    return not any(
        _is_content(t) or (_is_number(t) and t != "one") or t in _ASKS_ON_ITS_OWN or t == "not" for t in tokens
    )


def corrections(tokens: list[str]) -> list[str]:
    """Resolve every slip-editing term-repair in the token list (see the module docstring)."""
    if _EDIT_FIRST.isdisjoint(tokens):
        return tokens
    for _ in range(6):
        changed = False
        for i in range(len(tokens)):
            edit = _edit_at(tokens, i)
            if edit is None:
                continue
            length, strong = edit
            r = i + length
            while r < len(tokens) and (tokens[r] in SEPARATORS or _edit_at(tokens, r) is not None):
                r += _edit_at(tokens, r)[0] if tokens[r] not in SEPARATORS else 1  # type: ignore[index]
            p = i
            opener = ""
            while p > 0 and tokens[p - 1] in SEPARATORS:
                opener = tokens[p - 1]
                p -= 1
            start = p
            while start > 0 and tokens[start - 1] not in TERMINATORS:
                start -= 1
            if p == start and strong and start > 0 and r < len(tokens) and tokens[r] not in TERMINATORS:
                p = start - 1  # "What colour is the green thing? I mean the cylinder.": the question before
                start = p
                while start > 0 and tokens[start - 1] not in TERMINATORS:
                    start -= 1
                opener = ""
            if p == start or r >= len(tokens) or tokens[r] in TERMINATORS:
                if p == start:  # nothing said before in this sentence: the term only opens it
                    tokens = tokens[:i] + tokens[r:]
                    changed = True
                    break
                continue
            k = next((k for k in range(p - 1, start - 1, -1) if _compatible(tokens[k], tokens[r])), None)
            if k is None:
                if strong and _only_talk(tokens[start:p]) and tokens[r] in _ASKS_ON_ITS_OWN:
                    tokens = tokens[:start] + tokens[r:]  # "Boarding now, sorry - how many spheres": an apology for
                    changed = True  # talk that names nothing, then the question
                    break
                if strong:  # a correction whose repair lines up with nothing: both readings stay open
                    raise UnclearCorrection(
                        f"I can't tell what {' '.join(tokens[r:])!r} corrects in {' '.join(tokens[start:p])!r}; "
                        "ask the corrected question on its own"
                    )
                tokens = tokens[:p] + tokens[r:]  # a pause, not a repair: "is the cube, hmm, left of ..."
                changed = True
                break
            if LEXICON.noun(tokens[r]) is not None and (LEXICON.noun(tokens[k]) is not None or _open_noun(tokens[k])):
                while (
                    k - 1 > start
                    and _open_noun(tokens[k - 1])
                    and LEXICON.noun(tokens[k - 1]) is None
                    and tokens[k - 1] not in _NOT_MODIFIERS
                ):
                    k -= 1  # "how many hay bales, I mean cubes": the whole name the asker replaces
            slip = tokens[k:p]
            repair_end = r
            while repair_end < len(tokens) and tokens[repair_end] not in SEPARATORS | TERMINATORS:
                repair_end += 1
            repair = tokens[r:repair_end]
            if _restates(repair, slip, tokens[start:k]):  # "How many objects lie behind the green sphere? I mean
                tokens = tokens[:i] + tokens[repair_end:]  # the objects behind the green sphere.": said again
                changed = True
                break
            head = _head_noun(slip)
            if head is not None:
                repair = [
                    singular(head) if w == "one" and j > 0 else _plural_of(head) if w == "ones" else w
                    for j, w in enumerate(repair)
                ]
            if any(w in PRONOUNS for w in repair):
                phrase = _noun_phrase(slip)
                if phrase is not None:
                    repair, _ = _resolve_pronouns(repair, phrase)
            rest = tokens[repair_end:]
            prefix = tokens[start:k]
            if rest and rest[0] == opener and opener and _starts_question(prefix) and len(rest) > 1:
                if not _starts_question(rest[1:]) or rest[1] in {"are", "is"}:
                    rest = rest[1:]  # "how many cubes - sorry, spheres - are there": the dash closes the aside
            tokens = tokens[:k] + repair + rest
            changed = True
            break
        if not changed:
            break
    return tokens


def _restates(repair: list[str], slip: list[str], before: list[str]) -> bool:
    """Whether a repair only says again, at more length, what the sentence said: it ends with the words it would
    replace and every other word of it was said before them ("... objects lie behind the green sphere? I mean the
    objects behind the green sphere")."""
    if not slip or len(repair) <= len(slip) or repair[-len(slip) :] != slip:
        return False
    said = {singular(w) for w in before}
    return all(singular(w) in said for w in repair[: -len(slip)] if w not in {"the", "a", "an", "of", "that", "which"})


# --- clause rules ----------------------------------------------------------------------------------------------
def _is_heading(seg_words: list[str]) -> bool:
    """ "colour check", "question 3", "quick fire round", "verify quantity": at most four words ending in a heading
    noun (and maybe a number), no object or attribute value in them."""
    ws = [w for w in seg_words if not (_is_number(w) or _is_label(w))]
    if not ws and len(seg_words) == 1 and _is_label(seg_words[0]):
        return True  # "Q1:", "#3:", "4a -"
    if not ws or len(seg_words) > 5 or ws[-1] not in HEADING_NOUNS:
        return False
    if ws[0] in AUXILIARIES or ws[0] in {"how", "what", "which", "who", "where"}:
        return False
    named = ws[:-1]  # the heading noun itself may be an attribute word ("round")
    return not any(LEXICON.attribute_of(w) is not None or (LEXICON.noun(w) or ("thing",))[0] != "thing" for w in named)


def _is_label(word: str) -> bool:
    """A numbering label ("q1", "3a", "#3")."""
    return len(word) <= 4 and any(c.isdigit() for c in word) and word.isalnum()


def _is_filler(seg_words: list[str]) -> bool:
    """A clause made only of discourse words (hedges, fillers, quiz words, numbers), or a lead-in phrase."""
    if not seg_words:
        return True
    if tuple(seg_words) in LEAD_PHRASES:
        return True
    if seg_words[0] in AUXILIARIES or seg_words[0] in {"how", "what", "which", "who", "where", "why"}:
        return False
    if not all(w in DISCOURSE_WORDS or _is_number(w) or _is_hedge_right(seg_words, i) for i, w in enumerate(seg_words)):
        return False
    return any(w in FILLERS or w in HEDGE_WORDS or w in QUIZ_WORDS for w in seg_words)


def _is_hedge_right(seg_words: list[str], i: int) -> bool:
    """ "right" / "correctly" as in "seeing right", not a side ("on the right")."""
    before = seg_words[i - 1] if i else ""
    return seg_words[i] in {"right", "correctly", "properly", "clearly"} and before not in {
        "the",
        "to",
        "on",
        "at",
        "of",
    }


def _is_about_speaker(seg_words: list[str]) -> bool:
    """ "I'm holding my phone up", "my hand is on the small sphere", "maybe I'm confusing things": a statement
    whose subject is the speaker (no question word in it)."""
    ws = _strip_leading(seg_words, FILLERS | {"maybe", "perhaps", "probably", "but", "and", "so"})
    if not ws or ws[0] not in FIRST_PERSON:
        return False
    if any(w in {"how", "what", "which", "whether", "who", "where", "know", "ask", "tell", "need", "want"} for w in ws):
        return False
    return len(ws) > 1


CERTAINTY = frozenset(words("sure, certain, confident, positive, convinced"))
DEGREE = frozenset(words("pretty, fairly, quite, almost, reasonably, very, totally, absolutely, not, 100, completely"))


def _certainty(ws: list[str]) -> int:
    """Length of "I'm (almost / pretty / not) sure (that)" at the start of ``ws`` (0: none)."""
    if ws[:2] != ["i", "am"] and ws[:2] != ["we", "are"]:
        return 0
    k = 2
    while k < len(ws) and ws[k] in DEGREE:
        k += 1
    if k >= len(ws) or ws[k] not in CERTAINTY:
        return 0
    return k + 1 + (ws[k + 1 : k + 2] == ["that"])


def _strip_hedge_prefix(seg_words: list[str]) -> tuple[list[str], bool]:
    ws = _strip_leading(seg_words, _LEADERS)
    if ws and ws[0] not in _HEDGE_FIRST and (len(ws) < 3 or ws[-1] not in _HEDGE_LAST):
        return seg_words, False
    sure = _certainty(ws)
    if sure and sure < len(ws):
        rest = ws[sure:]
        if rest[0] in {"there"} | DETERMINERS or _statement(rest) is not None or _starts_question(rest):
            return rest, True
    for hedge in HEDGE_PREFIXES:
        if tuple(ws[: len(hedge)]) == hedge:
            rest = ws[len(hedge) :]
            if rest[:1] == ["that"]:
                rest = rest[1:]
            if rest and (rest[0] in {"there"} | DETERMINERS or rest[0] in FIRST_PERSON or _starts_question(rest)):
                return rest, True
            if rest and _statement(rest) is not None:
                return rest, True
    for hedge in HEDGE_SUFFIXES:
        if len(ws) > len(hedge) + 1 and tuple(ws[-len(hedge) :]) == hedge:
            return ws[: -len(hedge)], True
    return seg_words, False


_LEADERS = frozenset({"but", "and", "so", "ok", "okay", "well"})
HEDGE_SUFFIXES = tuple(
    tuple(h.split())
    for h in words("i think, i guess, i believe, i suppose, i reckon, i bet, i am sure, maybe, probably")
)
"""Hedges after the clause they qualify ("there are a few cubes I think")."""
_HEDGE_FIRST = frozenset(h[0] for h in HEDGE_PREFIXES) | {"i", "we"}
_HEDGE_LAST = frozenset(h[-1] for h in HEDGE_SUFFIXES)


def _statement(seg_words: list[str]) -> list[str] | None:
    """A stated guess as its yes/no question ("the sign says stop" -> "does the sign say stop"), else None."""
    ws = _strip_leading(seg_words, FILLERS)
    if len(ws) >= 3 and ws[0] == "there" and ws[1] in {"is", "are", "was", "were"}:
        return [ws[1], "there", *ws[2:]]
    if len(ws) >= 3 and ws[0] in {"i", "we"} and ws[1] in SEEING | {"can"}:
        rest = ws[2:] if ws[1] != "can" else ws[3:]
        if rest and (rest[0] in DETERMINERS or _is_number(rest[0]) or LEXICON.attribute_of(rest[0]) is not None):
            return ["are", "there", *rest]  # "I count three spheres, right?" -> "are there three spheres"
    if not ws or _starts_question(ws) or ws[0] in FIRST_PERSON:
        return None
    for k in range(1, min(len(ws), 9)):
        w = ws[k]
        subject = ws[:k]
        if any(x in AUXILIARIES or x in STATEMENT_VERBS or x in QUESTION_STARTS for x in subject):
            return None
        if w in {"is", "are", "was", "were"} and k + 1 < len(ws):
            if subject[0] == "not" and len(subject) > 2 and subject[1] in {"all", "every", "each"}:
                # "not all the balls are metal, right?" claims that some ball is not: never "aren't all ... metal"
                rest = [x for x in subject[2:] if x not in {"of", "the"}]
                some = ["are", "there", "any"] if w in {"are", "were"} else ["is", "there", "a"]
                return [*some, *rest, "that", w, "not", *ws[k + 1 :]]
            return [w, *subject, *ws[k + 1 :]]
        if w in {"should", "must"} and ws[k + 1 : k + 2] == ["be"] and k + 2 < len(ws):
            plural = any((LEXICON.noun(x) or ("", False))[1] for x in subject) and subject[0] not in {"every", "each"}
            return ["are" if plural else "is", *subject, *ws[k + 2 :]]
        if w in STATEMENT_VERBS and k + 1 < len(ws):
            return ["do" if w == "have" else "does", *subject, STATEMENT_VERBS[w], *ws[k + 1 :]]
    return None


def _elliptic_count(segments: list[Segment]) -> list[Segment] | None:
    """ "I believe there are some cyan objects. How many?" -> "how many cyan objects are there"."""
    questions = [s for s in segments if s.words[:2] == ["how", "many"]]
    if not questions:
        return None
    last = questions[-1]
    if not all(w in ELLIPTIC_COUNT_TAIL for w in last.words[2:]):
        return None
    before = segments[: segments.index(last)]
    for at in reversed(range(len(before))):  # the things introduced last before "how many?" are the ones counted
        ws = before[at].words
        for j in reversed(range(len(ws) - 1)):
            if (ws[j], ws[j + 1]) in INTRODUCERS or (ws[j] in {"i", "we"} and ws[j + 1] in SEEING):
                phrase = [w for w in ws[j + 2 :] if w not in DETERMINERS and w not in QUANTIFIERS and not _is_number(w)]
                nouns = [k for k, w in enumerate(phrase) if LEXICON.noun(w) is not None or _open_noun(w)]
                if not nouns or not all(LEXICON.attribute_of(w) is not None for w in phrase[: nouns[0]]):
                    continue
                counted = phrase[: nouns[0] + 1]
                at_noun = j + 2 + ws[j + 2 :].index(counted[-1])
                after = ws[at_noun + 1 :]
                for stop, word in enumerate(after):
                    if word in {"and", "but", "so", "then", "or", ",", "because"}:
                        after = after[:stop]
                        break
                if after and after[0] in PLACE_STARTS and after[0] != "to":  # "the white things on the table"
                    return [*before[:at], Segment(["how", "many", *counted, "are", *after], end="?")]
                place = _strip_leading(ws[:j], frozenset({"and", "but", "so", "then", *FILLERS}))
                if (
                    place
                    and place[0] in PLACE_STARTS
                    and place[1:2] != ["what"]
                    and {"what", "which", "how", "who"}.isdisjoint(place)
                ):  # "and left of that ball there are some blocks. how many?"
                    question = Segment(["how", "many", *counted, "are", *place], end="?")
                    return [*before[:at], question]
                return [Segment(["how", "many", *counted, "are", "there"], end="?")]
    return None


PLACE_STARTS = frozenset(words("behind, left, right, to, in, on, near, next, beside, above, below, under, further"))
"""Words a place said before "there are ..." starts with ("left of that ball there are some blocks")."""


INTRODUCERS = frozenset({("there", "are"), ("are", "there"), ("there", "is"), ("is", "there"), ("can", "see")})
"""Word pairs before a noun phrase a follow-up may count ("there are some cyan objects. How many?")."""
SEEING = frozenset(words("see, count, notice, spot, have, found, noticed, spotted, counted"))
QUANTIFIERS = frozenset(words("few, several, many, couple, lots, lot, bunch, of, really, actually, maybe, perhaps"))


def _merge_alternative(segments: list[Segment]) -> list[Segment]:
    """ "is the bike red, or was it blue?" -> "is the bike red or blue"."""
    for i in range(1, len(segments)):
        ws = segments[i].words
        if (
            len(ws) >= 4
            and ws[0] == "or"
            and ws[1] in {"is", "was", "are", "were"}
            and ws[2] in PRONOUNS | {"he", "she"}
        ):
            before = segments[i - 1]
            if before.words and before.words[0] in {"is", "are", "was", "were"}:
                before.words = [*before.words, "or", *ws[3:]]
                before.end = segments[i].end
                return [*segments[:i], *segments[i + 1 :]]
    return segments


def _drop_not_alternative(segments: list[Segment]) -> list[Segment]:
    """ "not the sphere, the cylinder: what is it made of" -> "the cylinder: ..."."""
    for i in range(len(segments) - 1):
        ws, nxt = segments[i].words, segments[i + 1].words
        if len(ws) >= 2 and ws[0] == "not" and ws[1] in DETERMINERS and nxt and nxt[0] in DETERMINERS:
            return [*segments[:i], *segments[i + 1 :]]
    return segments


def _drop_speaker_relative(tokens: list[str]) -> list[str]:
    """ "the cylinder I'm pointing the camera at" -> "the cylinder" (what the speaker does names nothing the
    picture holds)."""
    if "i" not in tokens and "we" not in tokens:
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i + 1 if tokens[i] in {"that", "which"} else i
        if (
            out
            and (LEXICON.noun(out[-1]) is not None or _open_noun(out[-1]))
            and tokens[j : j + 2]
            in (
                ["i", "am"],
                ["we", "are"],
            )
        ):
            k = j + 2
            if k < len(tokens) and tokens[k] in SPEAKER_ACTIONS:
                k += 1
                if (
                    tokens[k : k + 1]
                    and tokens[k] in {"the", "my", "our"}
                    and tokens[k + 1 : k + 2]
                    and (tokens[k + 1] in SPEAKER_TOOLS)
                ):
                    k += 2
                if tokens[k : k + 1] and tokens[k] in {"at", "to", "toward", "on", "towards"}:
                    k += 1
                i = k
                continue
        out.append(tokens[i])
        i += 1
    return out


def _clean_edges(tokens: list[str]) -> list[str]:
    """Interjections before the question ("btw is there ...") and chat words after it ("... lol", "y / n")."""
    out = list(tokens)
    while len(out) > 2 and out[0] in FILLERS and out[0] not in {"how", "what"} and _starts_question(out[1:]):
        out.pop(0)
    end = len(out)
    while end > 0 and out[end - 1] in TERMINATORS | SEPARATORS:
        end -= 1
    tail = out[end:]
    body = out[:end]
    while len(body) > 3:
        if body[-3:] in (["y", "/", "n"], ["yes", "/", "no"]):
            body = body[:-3]
        elif body[-1] in TRAILERS or body[-2:] == ["right", "now"]:
            body = body[:-2] if body[-2:] == ["right", "now"] else body[:-1]
        else:
            break
        while body and body[-1] in SEPARATORS:
            body.pop()
    return body + tail


def _abbreviations(tokens: list[str]) -> list[str]:
    """ "no. of" -> "number of", "tot." -> "total", "# of" -> "number of"; a run of dots is one pause token."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "." and tokens[i + 1 : i + 2] == ["."]:
            while i < len(tokens) and tokens[i] == ".":
                i += 1
            out.append("...")
            continue
        if tokens[i : i + 3] in (["no", ".", "of"], ["nr", ".", "of"], ["num", ".", "of"]):
            out += ["number", "of"]
            i += 3
            continue
        if tokens[i : i + 2] in (["#", "of"], ["nr", "of"], ["num", "of"]):
            out += ["number", "of"]
            i += 2
            continue
        if tokens[i : i + 2] in (["tot", "."], ["approx", "."]):
            out.append("total" if tokens[i] == "tot" else "approx")
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


_ABBREVIATED = re.compile(r"\. \.|\b(?:no|nr|num) \. of\b|(?:#|\bnr|\bnum) of\b|\b(?:tot|approx) \.")
_SPEAKER_WORDS = frozenset({"i", "we", "my", "mean", "meant", "sorry"})


def discourse(text: str) -> str:
    """The question with its hedges, lead-ins, self-corrections and follow-ups resolved (input and output: the
    respelled form, lower case, punctuation as separate tokens)."""
    tokens = text.split()
    if _ABBREVIATED.search(text):
        tokens = _abbreviations(tokens)
    if not any(t in SEPARATORS or t in TERMINATORS for t in tokens[:-1]) and _SPEAKER_WORDS.isdisjoint(tokens):
        if tokens and (tokens[0] in FILLERS or tokens[-1] in TRAILERS or tokens[-2:-1] in (["now"], ["n"])):
            return " ".join(_clean_edges(tokens))
        return " ".join(tokens)
    tokens = _drop_speaker_relative(corrections(tokens))
    segments = split(" ".join(tokens))
    segments = _drop_not_alternative(segments)
    for segment in segments:
        stripped, hedged = _strip_hedge_prefix(segment.words)
        if hedged:
            segment.words = stripped
            segment.notes.add("hedged")
    counted = _elliptic_count([s for s in segments if s.words])
    if counted is not None:
        return join(counted)
    segments = _tags(segments)
    segments = _merge_alternative(segments)
    segments = _ask_about_answer(segments)
    segments = _task_then_question(segments)
    segments = _drop_asides(segments)
    return " ".join(_clean_edges(join(segments).split()))


REPORTING = frozenset(words("says, said, claims, claimed, thinks, thought, believes, reckons, insists"))
"""Verbs by which someone else's claim about the picture is reported ("my son says the ball is metal")."""
PLACING = frozenset(words("puts, put, places, placed, shows, lists, marks, has"))
"""Verbs by which a key or a list places an object ("the answer key puts the star in the bottom row")."""


def _reported(seg_words: list[str]) -> list[str]:
    """A claim reported from someone or something not in the picture, as the claim itself: "the answer key puts
    the star in the bottom row" -> "the star is in the bottom row", "my son says that the ball is metal" -> "the
    ball is metal". What a sign or a bus says ("the sign says stop") has no verb of its own and stays."""
    for at, word in enumerate(seg_words[:5]):
        if word not in REPORTING and word not in PLACING:
            continue
        claim = seg_words[at + 1 :]
        if claim[:1] == ["that"]:
            claim = claim[1:]
        if word in REPORTING and any(w in {"is", "are", "has", "have"} for w in claim[1:]):
            return claim
        if word in PLACING and claim[:1] in (["the"], ["a"], ["an"]):
            for k, w in enumerate(claim[1:], 1):
                if w in {"in", "on", "at", "to", "behind", "near", "next", "above", "below", "under", "left", "right"}:
                    return [*claim[:k], "is", *claim[k:]]
        return seg_words
    return seg_words


def _tags(segments: list[Segment]) -> list[Segment]:
    """A statement and a tag ("the sign says stop, right?") -> the statement's yes/no question; a hedged statement
    that ends in "?" too ("I guess the large sphere is gray?")."""
    content = [i for i, s in enumerate(segments) if s.words]
    if not content:
        return segments
    last = content[-1]
    tagged = plain = False
    ws = segments[last].words
    for tag in TAGS:
        if tuple(ws) == tag and len(content) > 1:
            segments[last].words = []
            tagged = True
            plain = tag in _PLAIN_TAGS
            break
    if tagged:
        content = content[:-1]
        # a truth lead-in before the statement is no question either
    for i in reversed(content):
        segment = segments[i]
        if _is_filler(segment.words) or _is_heading(segment.words):
            continue
        question_mark = segment.end == "?" or (tagged and True)
        if tagged or ("hedged" in segment.notes and question_mark):
            segment.words = _reported(segment.words)
            converted = _statement(segment.words)
            if converted is not None:
                if plain and converted.count("not") == 1 and not _NEGATIVES & set(converted):
                    # "the triangle isn't purple, is it?" asks whether it is purple ("no, it isn't")
                    converted = [w for w in converted if w != "not"]
                segment.words = converted
                segment.end = "?"
        break
    return segments


_PLAIN_TAGS = frozenset({("is", "it"), ("are", "they"), ("does", "it"), ("do", "they")})
"""Tags that ask the plain question after a negative statement: "it isn't purple, is it?" asks "is it purple?"
(a statement's own tag is negative: "it is purple, isn't it?")."""
_NEGATIVES = frozenset({"no", "never", "none", "nothing", "nobody", "neither", "nor"})


def _drop_asides(segments: list[Segment]) -> list[Segment]:
    """Drop hedge, filler and heading clauses and statements about the speaker, keeping at least the clauses with
    content; a pronoun in the question names the noun phrase a dropped statement introduced."""
    kept = [s for s in segments if s.words]
    questions = [s for s in kept if _starts_question(_strip_leading(s.words, FILLERS)) and not _is_filler(s.words)]
    fallback = not questions or not any(
        _has_content(s.words) or _open_content(s.words) or any(w in PRONOUNS for w in s.words) for s in questions
    )
    if fallback:  # no clause asks: keep the ones with content ("QC: material of the X?", "True or false: S")
        questions = [s for s in kept if _has_content(s.words)]
        if not questions:
            return segments
    out: list[Segment] = []
    antecedent: list[str] | None = None
    segments = _afterthought(segments, questions)
    for segment in segments:
        ws = segment.words
        if not ws:
            out.append(segment)
            continue
        following = segments.index(segment) + 1
        if (
            following < len(segments)
            and segments[following] in questions
            and segments[following].words[:1] == ["but"]
            and not _has_content(ws)
            and not any(w in PRONOUNS for w in segments[following].words)
        ):
            continue  # "Don't quote me on this, but how many cubes?": the "but" clause is the question
        if segment in questions:
            segment.words = _strip_leading(ws, frozenset({"but", "and", "so"}))
            if antecedent is not None and any(w in PRONOUNS for w in segment.words):
                segment.words, _ = _resolve_pronouns(segment.words, antecedent)
                antecedent = None
            out.append(segment)
            continue
        if fallback and len(ws) == 1 and ws[0] in REQUEST_HEADINGS:
            out.append(segment)  # "count: small cubes" asks
            continue
        if tuple(ws) in STOCK_HEADINGS:  # "Stock check: rubber cylinders?": a stock check counts
            segment.words = ["count"] if fallback else []
            out.append(segment)
            continue
        last_question = questions[-1]
        after = segment.sentence > last_question.sentence and last_question.end == "?"
        if (
            after
            and segment.end in {"!", ".", ""}
            and not _has_content(ws)
            and not _pronoun_in(last_question)
            and (ws[0] not in FRAGMENT_STARTS)
            and {"colour", "color", "shape", "size", "material", "its"}.isdisjoint(ws)
        ):
            continue  # commentary after the question: "Ten seconds on the clock!" (never "its colour.": it asks)
        if (
            after
            and segment.end in {"!", ".", ""}
            and not _starts_question(ws)
            and {"what", "which", "how", "who", "where", "colour", "color"}.isdisjoint(ws)
            and not SPEAKER.isdisjoint(ws)
            and not _pronoun_in(last_question)
        ):
            continue  # the asker's own doubts after the question: "the colours are confusing me a bit."
        if _is_filler(ws) or _is_heading(ws):
            if out and out[-1].end in SEPARATORS:
                out[-1].end = ""
            continue
        if ws[:1] == ["there"] and ws[1:2] in (["is"], ["are"]) and _pronoun_follows(segments, segment, questions):
            segment.end = ";"  # "there's a green thing - is it shiny?": the grammar's "there is X; ... it" context
            out.append(segment)
            continue
        if _is_about_speaker(ws) and segment.end in TERMINATORS | {",", ";", ":", "-"}:
            offered = _seen_pair(ws)
            if offered and last_question.words[:1] == ["which"]:
                segment.words = ["there", "is", *offered]  # "I see a circle and a triangle, which one is bigger?"
                out.append(segment)
                continue
            if _names_scene(ws) and not _pronoun_follows(segments, segment, questions):
                out.append(segment)  # "I only care about red things. How many cubes?": it narrows the question
                continue
            antecedent = _noun_phrase(ws) or antecedent
            continue
        if antecedent is not None and _noun_phrase(ws):
            antecedent = None  # "... over the phone. The thing closest to the ball, what is it": the nearer one
        out.append(segment)
    return out


def _seen_pair(ws: list[str]) -> list[str] | None:
    """What the speaker says they see when it is two things or more ("i see a circle and a triangle"): the choice a
    following "which one" picks from; None otherwise."""
    at = next((i for i, w in enumerate(ws) if w in SEEING), None)
    if at is None or at + 1 >= len(ws):
        return None
    seen = ws[at + 1 :]
    return seen if "and" in seen and seen[0] in {"a", "an", "the", "one", "two"} else None


def _afterthought(segments: list[Segment], questions: list[Segment]) -> list[Segment]:
    """ "what colour is it, the large cylinder?" -> "what colour is the large cylinder" (the noun phrase after a
    question names its pronoun)."""
    for i in range(1, len(segments)):
        ws, before = segments[i].words, segments[i - 1]
        if before in questions and ws[:1] == ["the"] and sum(w in PRONOUNS for w in before.words) == 1:
            phrase = _noun_phrase(ws)
            if phrase is not None and len(phrase) == len(ws):
                before.words, _ = _resolve_pronouns(before.words, phrase)
                before.end = segments[i].end
                return [*segments[:i], *segments[i + 1 :]]
    return segments


FRAGMENT_STARTS = frozenset(
    words(
        "on, in, at, behind, left, right, near, next, under, above, below, beside, inside, the, a, an, only, just, "
        "not, except, but, without, with, made, of, from, to, and, or, than, which, that, ignoring, excluding"
    )
)
"""First words of a fragment that narrows the question before it ("How many cups? On the table."): kept."""


def _names_scene(seg_words: list[str]) -> bool:
    """Whether a clause names a class or a colour, size, shape or material ("red things"; not "low vision")."""
    for w in seg_words:
        if w in DISCOURSE_WORDS:
            continue
        found, noun = LEXICON.attribute_of(w), LEXICON.noun(w)
        if (found is not None and found[0] is not None) or (noun is not None and noun[0] != "thing"):
            return True
    return False


def _pronoun_in(segment: Segment) -> bool:
    return any(w in PRONOUNS for w in segment.words)


def _pronoun_follows(segments: list[Segment], segment: Segment, questions: list[Segment]) -> bool:
    """Whether a later question points back at what ``segment`` introduces: by a pronoun, or, for "there is a N",
    by "this/that/the N" in a later question or in a later "there is" that is itself pointed back at ("There is a
    yellow ball left of the blue ball. There is a cylinder left of this yellow ball. What colour is the cylinder?")."""
    later = segments[segments.index(segment) + 1 :]
    if any(s in questions and any(w in PRONOUNS for w in s.words) for s in later):
        return True
    head = _introduced_head(segment.words)
    if head is None:
        return False
    for s in later:
        named = any(w in {"this", "that", "the"} and head in s.words[i + 1 : i + 4] for i, w in enumerate(s.words))
        if named and (s in questions or (s.words[:2] == ["there", "is"] and _pronoun_follows(segments, s, questions))):
            return True
    return False


def _introduced_head(ws: list[str]) -> str | None:
    """The noun "there is a (big red) N ..." introduces, if the words say one."""
    if ws[:2] != ["there", "is"] or ws[2:3] not in (["a"], ["an"], ["one"]):
        return None
    return next((w for w in ws[3:7] if LEXICON.noun(w) is not None and LEXICON.noun(w)[0] != "thing"), None)


def _open_content(seg_words: list[str]) -> bool:
    return any(_open_noun(w) for w in seg_words)


SELECTING_HEADS = frozenset(words("thing, object, item, one, shape"))
"""Generic heads of a question that selects one object ("which thing ...", "what object ...")."""
SELECTING_VERBS = frozenset(words("is, has, sits, stands, lies, looks, shares, matches"))
"""Verbs after the head of such a question ("which object is left of ...", "which thing has the same size ...")."""


_ATTRIBUTE_WORDS = frozenset(words("color, colour, shape, material, size"))
_REQUEST_VERBS = frozenset(words("tell, say, give, name, state, report, just, only"))


_COURTESY = frozenset(
    words("please, me, us, ',', then, if, you, would, only, for, the, log, record, scoresheet, thanks, kindly")
)
"""Words around an attribute asked for after a question ("Colour only, please, for the log.", "Its shape, if you
would.")."""


def _attribute_request(asked: list[str]) -> list[str]:
    """A follow-up that only names an attribute ("tell its colour", "its shape, please", "say the colour") as the
    question it stands for ("what colour is it"); other follow-ups as they are."""
    core = [w for w in asked if w not in _COURTESY]
    while core and core[0] in _REQUEST_VERBS:
        core = core[1:]
    if core[:1] in (["its"], ["the"]):
        core = core[1:]
    if len(core) == 1 and core[0] in _ATTRIBUTE_WORDS:
        return ["what", core[0], "is", "it"]
    return asked


def _ask_about_answer(segments: list[Segment]) -> list[Segment]:
    """ "Which thing has the same size as the green cube? What shape is it?" -> "what shape is the thing that has
    the same size as the green cube?": the follow-up's one pronoun names the one object the 'which' question
    selects. Only a singular "which/what thing|object|NOUN is|has ..." question followed by a wh-question with one
    pronoun; anything else stays as it is (and is refused as before)."""
    content = [s for s in segments if s.words]
    for first, follow in zip(content, content[1:], strict=False):
        ws = first.words
        if len(ws) < 4 or ws[0] not in {"which", "what"} or first.end not in TERMINATORS | {";", "-"}:
            continue
        head, verb, rest = ws[1], ws[2], ws[3:]
        if head == "is" and verb == "the":  # "which is the farthest object from the cube?"
            phrase = ["the", *rest]
        else:
            known = LEXICON.noun(head)
            if head not in SELECTING_HEADS and (known is None or known[1] or singular(head) != head):
                continue
            if verb not in SELECTING_VERBS or rest[0] in PRONOUNS | {"there", "this", "that", "here"}:
                continue
            phrase = ["the", head, "that", verb, *rest]
        asked = _strip_leading(follow.words, FILLERS)
        # "is furthest back" reads only as a question of its own; "is nearest to the ball" also as a clause
        superlative = (rest[0].endswith("est") or rest[0] in {"most", "least"}) and rest[1:2] not in (["to"], ["from"])
        if "is" in (head, verb) and not superlative:  # "Which cylinder is nearest to the ball? Tell its colour."
            asked = _attribute_request(asked)
        if asked[0] not in {"what", "which", "how"}:  # a query fails on several objects; a verify would not
            continue
        pronoun = [i for i, w in enumerate(asked) if w in {"it", "its"}]
        if not pronoun and asked[-1] in {"that", "this"}:
            asked, pronoun = [*asked[:-1], "it"], [len(asked) - 1]
        if len(pronoun) != 1:
            continue
        follow.words, _ = _resolve_pronouns(asked, phrase)
        first.words, first.end = [], ""
        return [s for s in segments if s.words or s is not first]
    return segments


TASK_VERBS = (
    ("find",),
    ("spot",),
    ("locate",),
    ("look", "at"),
    ("look", "for"),
    ("point", "to"),
    ("point", "at"),
    ("count",),
    ("count", "up"),
    ("circle",),
    ("pick", "up"),
    ("reach", "for"),
    ("go", "to"),
    ("move", "to"),
    ("grab",),
    ("touch",),
    ("take",),
    ("tap",),
)
"""What a worksheet or a teacher asks a child to do with the shapes before the question about them ("Can you find
the hexagon? What colour is it?", "Count the red squares. How many are there?")."""
_TASK_VERBS_LONGEST_FIRST = sorted(TASK_VERBS, key=len, reverse=True)  # "count up" before "count"
TASK_LEADS = frozenset(words("can, could, you, please, now, first, let's, lets, let, us, try, to, and, then"))
ELLIPTIC_TASK_COUNT = frozenset(
    words("are, there, did, do, you, get, count, counted, find, found, see, can, is, that, they, have, we, all, in")
)
"""The words of a bare "how many (are there | did you get | did you count)?" after a counting task."""
AFTERWORD = (
    ("show", "how", "you", "know"),
    ("explain", "your", "answer"),
    ("explain", "how", "you", "know"),
    ("explain", "why"),
    ("show", "your", "work"),
    ("show", "your", "working"),
    ("write", "it", "down"),
    ("check", "your", "answer"),
)
"""A worksheet's instruction after its question: it asks nothing of the picture."""


def _task_then_question(segments: list[Segment]) -> list[Segment]:
    """A task that names some shapes, then a question about them: "Can you find the hexagon? What colour is it?"
    -> "what colour is the hexagon?", "Count the red squares. How many are there?" -> "how many red squares are
    there?", "Count the circles and the squares. Which are there more of?" -> "which are there more of, circles or
    squares?"; a worksheet's closing instruction ("Show how you know.") is dropped."""
    content = [s for s in segments if s.words and tuple(s.words) not in AFTERWORD]
    if len(content) != 2:
        return content if len(content) < len([s for s in segments if s.words]) else segments
    task, asked = content
    ws = _strip_leading(task.words, TASK_LEADS)
    verb = next((v for v in _TASK_VERBS_LONGEST_FIRST if tuple(ws[: len(v)]) == v), None)
    if verb is None or ws[len(verb) : len(verb) + 1] not in [[w] for w in DETERMINERS | {"all"}]:
        return segments
    phrase = [w for w in ws[len(verb) :] if w not in {"all", "up"}]
    if phrase[-1:] in (["in", "the", "picture"], ["for", "me"]):
        phrase = phrase[:-3] if phrase[-1] == "picture" else phrase[:-2]
    question = _strip_leading(asked.words, FILLERS)
    if question[:2] == ["how", "many"] and all(w in ELLIPTIC_TASK_COUNT for w in question[2:]):
        counted = _strip_leading(phrase, DETERMINERS)
        if not all(LEXICON.noun(w) is not None or LEXICON.attribute_of(w) is not None for w in counted):
            return segments  # "find all the objects behind the blue cube": a relation, read as it is
        return [Segment(["how", "many", *counted, "are", "there"], end="?")]
    if question[:2] == ["how", "many"]:  # "Find every cube. How many of them are red?": read as it is
        return segments
    if question in (["which", "are", "there", "more", "of"], ["which", "is", "there", "more", "of"]):
        kinds = [w for w in phrase if w not in DETERMINERS]
        if "and" in kinds and kinds.count("and") == 1:
            at = kinds.index("and")
            options = [*question, ",", *kinds[:at], "or", *kinds[at + 1 :]]
            return [Segment(options, end="?")]
        return segments
    if (
        question[-1:] == ["there"]
        and _starts_question(question)
        and phrase[-1:] in (["corner"], ["centre"], ["center"])
    ):
        # "Go to the top right corner. What object is there?": what is in that place
        return [Segment([*question[:-1], "in", *phrase], end=asked.end or "?")]
    if question in (["which", "one", "is", "it"], ["what", "is", "it"], ["which", "is", "it"]):
        return [Segment(["what", "is", *phrase], end="?")]  # "Pick up the piece nearest the ball: which is it?"
    pronouns = [i for i, w in enumerate(question) if w in {"it", "its", "they", "them"}]
    if len(pronouns) != 1 or not _starts_question(question):
        return segments
    resolved, _ = _resolve_pronouns(question, phrase)
    return [Segment(resolved, end=asked.end or "?")]


_CLAUSE_AFTER_PRONOUN = re.compile(
    r"(?i)\b(the|a|an|any) ((?:[a-z]+ ){0,2}?)([a-z]+) ((?:(?:on|to|at) (?:its|his|her|their) (?:left|right)"
    r"(?: side| hand side)?|(?:behind|in front of|(?:to the )?(?:left|right) of|near|next to|beside) "
    r"(?:it|them|him|her)))"
    r" (?:that|which|who) (?:is|are|'s|’s) (?!(?:there|here|not|also|very|the|a|an|it|made|on|in|at|to|behind|near|"
    r"left|right|next|beside|in)\b)([a-z]+)\b(?=\s*(?:[,?.!;]|made\b|$))"
)
"""'the ball on its left that is shiny': a relative clause cannot describe a pronoun ("its", "it"), so it
describes the thing before the place ("the shiny ball on its left"), not the one the pronoun stands for."""


def clause_before_pronoun(text: str) -> str:
    """``text`` with a relative clause said after a place given by a pronoun moved before the noun it describes.

    >>> clause_before_pronoun("what colour is the ball on its left that is shiny?")
    'what colour is the shiny ball on its left?'
    """
    return _CLAUSE_AFTER_PRONOUN.sub(r"\1 \5 \2\3 \4", text)
