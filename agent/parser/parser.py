"""The embedded parser: tokens -> question frame -> program, deterministic and in well under a millisecond.

>>> print(parse("How many cubes are left of the red ball?").pretty())
0 select(name=sphere)
1 filter[0](attribute=color, value=red)
2 unique[1](resolve=True)
3 relate[2](predicate=left, name=cube)
4 count[3]()
>>> print(EmbeddedParser(unique=True).parse("What is left of the red ball?").pretty())
0 select(name=sphere)
1 filter[0](attribute=color, value=red)
2 unique[1]()
3 relate[2](predicate=left)
4 query[3](attribute=name)
"""

from __future__ import annotations

import re

from nsvr.agent.parser import lexicon as L
from nsvr.agent.parser.code_mixed import from_hinglish
from nsvr.agent.parser.everyday import EverydayFrames
from nsvr.agent.parser.extremes import extremes
from nsvr.agent.parser.learner_forms import adjectives_first, things_as_it
from nsvr.agent.parser.lexicon import LEXICON, Lexicon
from nsvr.agent.parser.messages import explain
from nsvr.agent.parser.normalize import (
    bare_options,
    condition_as_introduction,
    normalize,
    spelled_out,
    without_sign_off,
)
from nsvr.agent.parser.noun_phrases import Context
from nsvr.agent.parser.place_verbs import place_as_being
from nsvr.agent.parser.plain_words import plain_words
from nsvr.agent.parser.prompt_forms import offered
from nsvr.agent.parser.routes import route_question
from nsvr.agent.parser.setting import HIDDEN_FORMS
from nsvr.agent.parser.speech import HESITATIONS, spoken_readings
from nsvr.agent.parser.spelling import KNOWN
from nsvr.agent.parser.task_talk import is_topic, readings
from nsvr.agent.parser.tokens import Backtrack, Cursor, ParseError, tokenize
from nsvr.scene_graph.names import GENERIC_NAMES, known_name, singular
from nsvr.scene_graph.program import (
    SIGNATURES,
    And,
    ChooseRelation,
    Equal,
    Exist,
    GreaterThan,
    Not,
    Number,
    OddOneOut,
    Or,
    Program,
    Query,
    Scene,
    Union,
    ValuesSeen,
    Worded,
)

FRAMES: dict[str, tuple[str, ...]] = {
    "how many": ("value_count", "count"),
    "what number of": ("count",),
    "how": ("query_how", "scene_fact", "how_look", "name_query"),
    "what": (
        "share_query",
        "text_query",
        "value_list",
        "most_common",
        "scene_fact",
        "query_what",
        "name_query",
        "kind_query",
        "wh_question",
        "query_trailing",
    ),
    "which": (
        "direction_query",
        "more_common",
        "value_list",
        "most_common",
        "scene_fact",
        "query_what",
        "side_query",
        "kind_query",
        "compare_objects",
        "name_query",
    ),
    "who": ("wh_question", "who_is"),
    "on": ("side_query",),
    "where": ("scene_fact", "side_query", "name_query"),
    "is there": ("text_exist", "exist"),
    "are there": ("compare_counts", "exist"),
    "do you see": ("exist",),
    "can you see": ("exist",),
    "is": (
        "common_check",
        "compare_parts",
        "compare_counts",
        "same_attribute",
        "size_compare",
        "distance_compare",
        "choose_relation",
        "choose_position",
        "scene_fact",
        "verify",
    ),
    "are": ("exist", "same_attribute", "size_compare", "choose_relation", "choose_position", "verify"),
    "does": ("text_verify", "same_attribute", "verify"),
    "do": ("any_two_share", "text_verify", "same_attribute", "verify"),
    "of": ("query_what",),
    "in": ("side_query", "relation_first"),
    **{
        kind: ("value_list", "scene_fact", "query_what", "kind_query")
        for kind in ("what kind of", "which kind of", "what type of", "which type of")
    },
}
"""First token -> the frames to try, in order. Any other first word: :data:`NOUN_PHRASE_FRAMES`."""
_KIN = (
    "brother|sister|brothers|sisters|mother|father|mom|mum|dad|parent|parents|son|daughter|wife|husband|girlfriend|"
    "boyfriend|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|sibling|siblings|owner|boss|friend|friends|"
    "neighbor|neighbour|twin|twins"
)
"""What people are to each other, which a picture does not show."""
_YES_OR_NO = re.compile(r"\b(?:yes or no|true or false|yes/no|y/n|affirmative or negative)\b")
_MEASURE_UNITS_ASKED = re.compile(rf"\bhow many (?:\w+ )?(?:{'|'.join(L.MEASURE_UNITS)})\b")
_MEASURE_ASKED = re.compile(rf"{_MEASURE_UNITS_ASKED.pattern}|\bhow much\b")
_WORLD_ASKED = re.compile(
    r"\b(?:which|what) (?:city|town|country|village|continent|nation|neighbou?rhood|year|century|decade|month|"
    r"day of the week)\b"
)
REFUSED_FORMS = [
    (
        re.compile(
            r"^\s*who (?:is|are) (?:the|that|this|these|those) (?:[a-z]+ )?(?:woman|women|man|men|boy|boys|girl|girls|"
            r"lady|ladies|guy|guys|gentleman|mother|father)\b"
            r"(?!.*\b(?:holding|watching|looking at|carrying|feeding|hugging|talking to|helping|following|pushing|"
            r"pulling|walking|riding|touching|kissing|next to|near|beside|behind|in front of|on|at|with|by|under|above|"
            r"below|of|for|in|to|into|from)\s*[?.!]*\s*$)"
        ),
        "nsvr sees what kind of person someone is (a woman, a boy), not who they are; ask what they wear, hold or do",
    ),
    (
        re.compile(
            r"\b(?:regular|irregular|equilateral|isosceles|scalene|right[- ]?angled?|obtuse|acute|symmetric(?:al)?|"
            r"congruent|convex|concave) (?:triangles?|hexagons?|pentagons?|polygons?|octagons?|quadrilaterals?|"
            r"shapes?|figures?|stars?)\b|\blines? of symmetry\b|\b(?:interior |exterior )?angles? (?:of|in) (?:the|a)\b"
        ),
        "nsvr names a figure by its shape but does not measure its angles or side lengths, so it cannot tell "
        "whether it is regular, equilateral or right-angled; ask what shape it is or how many sides it has",
    ),
    (
        re.compile(
            r"^(?:(?:is|are) there )?(?:any |some )?(?:text|writing|words|lettering|letters|a word|a text) "
            r"(?:on|in|of)\b|\b(?:has|have|with|wearing|carry|carries|bears?) (?:any |some )?"
            r"(?:text|writing|words|lettering|letters)(?: (?:written |printed )?(?:on|in) (?:it|them))?\s*[?.!]*\s*$"
        ),
        "nsvr reads what an object says but cannot tell that it says nothing; ask what it says "
        '("What does the sign say?") or whether it says something ("Does the sign say \'stop\'?")',
    ),
    (
        _MEASURE_ASKED,
        "nsvr counts and compares the objects it sees; it cannot measure amounts, weights, prices, times or "
        'distances. Ask how many objects there are ("How many cups are on the table?")',
    ),
    (
        re.compile(
            r"\b(?:going to|gonna|about to) (?!the\b|a\b|an\b)\w+|\bwill (?:it|they|he|she|the \w+) \w+|"
            r"\b(?:later|tomorrow|yesterday|next (?:week|year|time)|in the future|an hour ago|"
            r"a minute ago|ago)\s*$"
        ),
        "nsvr sees one moment in one picture: it cannot tell what will happen or what happened before",
    ),
    (
        re.compile(
            r"\b(?:running|is|are|was|were|be|been) (?:late|early|on time|behind schedule|ahead of schedule|delayed|"
            r"overdue)\b|\b(?:running|on) (?:a |the )?(?:timetable|schedule)\b|\b(?:on time|late|delayed|overdue)\s*$"
        ),
        "nsvr sees one moment in one picture: it cannot tell whether anything is late, early or on time",
    ),
    (
        re.compile(
            r"\b(?:is (?:it|this|today) (?:a |the )?|what day\b.*|on (?:a )?)(?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday|weekend|weekday|holiday|bank holiday)\b"
        ),
        "nsvr sees what is in the picture, not the day or the date it was taken",
    ),
    (
        re.compile(
            rf"^(?=\s*(?:is|are|was|were|who|which|what)\b)(?!.*\b(?:my|your|our) (?:{_KIN})\b)"
            rf".*(?:'s (?:{_KIN})\b|\bthe (?:{_KIN}) of\b|\bthe [a-z]+s (?:{_KIN})\b)"
        ),
        "nsvr sees what people look like and where they are, not how they are related or what they are to each other",
    ),
    (
        re.compile(
            r"\bwaiting for (?:someone|somebody|anyone|anybody|a person|a friend|(?:his|her|their) \w+)\b|"
            r"\b(?:hoping|planning|wanting|looking forward) (?:for|to)\b|\bto come (?:home|back)\b"
        ),
        "nsvr sees what people do in one picture, not what they wait for, hope or plan",
    ),
    (
        re.compile(
            r"^\s*(?:is|are|was|were) (?:the|this|that|these|those|he|she|it|they) (?:[a-z]+ ){0,3}?(?:a |an )?"
            r"(?:good|bad|great|terrible|decent|skilled|talented|lovely|nice|kind|beautiful|pretty|ugly|clever|smart|"
            r"funny|friendly|rich|poor|famous|lazy|honest) (?!(?:condition|shape|state)\b)[a-z]+"
        ),
        "nsvr sees what things are and look like, not judgements of them (whether someone is a good cook or a kind "
        "person); ask what it is, what colour it is or what it is doing",
    ),
    (
        _WORLD_ASKED,
        "nsvr sees what is in the picture, not where in the world or when it was taken",
    ),
    (
        re.compile(
            r"\b(?:supposed|meant|intended|trying) to (?:be|show|represent|depict|look like|portray)\b|"
            r"\bwhat (?:does|do|did|might|could|would) (?:it|this|that|they|the (?:drawing|picture|image|photo|"
            r"painting|sketch|scene)) (?:represent|depict|symboli[sz]e|stand for|portray)\b"
        ),
        "nsvr sees the objects in the picture, not what the picture is meant to show or stand for",
    ),
    (
        re.compile(r"^\s*what colou?r (?:is|are) .+ made of\s*$"),
        "the question asks for a colour and for what something is made of at once; ask one of them",
    ),
    *HIDDEN_FORMS,
]
"""Normalized forms that read like questions nsvr could answer but whose program would guess: refused with why."""
MAX_TOKENS = 80
"""Longer questions are refused (CLEVR's longest has about 45 tokens)."""
NOUN_PHRASE_FRAMES = ("query_trailing", "wh_question", "name_query", "relation_first", "declarative", "bare_exist")


class EmbeddedParser:
    """Parses plain-English questions into programs with the embedded lexicon and grammar (no model, no
    network). ``parse`` raises :class:`ParseError` naming the word where the question stops fitting.

    >>> EmbeddedParser().parse("Is there a red cup on the table?").steps[-1].op
    'exist'
    """

    def __init__(self, *, unique: bool = False) -> None:
        self.unique = unique
        """Check "the X" points at exactly one object with a ``unique`` step, as CLEVR programs do (off: as GQA
        programs do; steps that need one object still check it)."""
        self.lexicon: Lexicon = LEXICON
        """The compiled lexicon (built once at import, shared by every parser)."""
        self._hearing = False  # reading a spoken question's readings (they are not read as spoken again)

    def parse(self, question: str, *, _tails: bool = True, _again: bool = True) -> Program:
        try:
            return self._parse_offered(question, _tails=_tails, _again=_again)
        except ParseError:
            raise
        except Exception as error:  # noqa: BLE001 - a fault in one rewrite must reach the user as a refusal
            raise ParseError(f"the embedded parser failed on {question!r} ({type(error).__name__}: {error})") from error

    def _parse_offered(self, question: str, *, _tails: bool, _again: bool) -> Program:
        if isinstance(question, str):
            question = offered(question)  # a benchmark's or chat template's wrapping taken off
            exclusive = _NOT_BOTH.search(question)
            if exclusive and exclusive.start() > 0:
                said = self._parse_offered(question[: exclusive.start()] + "?", _tails=_tails, _again=_again)
                return _one_not_both(said, question)
            wrong = _CLAIM_WRONG.search(question)
            false = _SAID_WRONGLY.match(question)
            if wrong or false:  # "someone told me the circle is green. were they wrong?": whether the claim is false
                claim = question[: wrong.start("wrong")] + "right?" if wrong else f"is it true that {false[1]}?"
                said = self._parse_offered(claim, _tails=_tails, _again=_again)
                if said.answer_type() == "bool":
                    return Program(steps=[*said.steps, Not(inputs=[len(said.steps) - 1])])
            seen = _seen_so_often(question)
            if seen is not None:  # "how many colours appear only once?", "does every colour appear at least twice?"
                return seen
            other = _OR_THE_OTHER.search(question)
            if other and other.start() > 0:  # "is the circle a different colour from the square, or the same?"
                said = self._parse_offered(question[: other.start()] + "?", _tails=_tails, _again=_again)
                asked = said.steps[-1].op
                if asked == ("different" if other["same"] else "same"):  # the other of the two is offered
                    words = ["different", "same"] if other["same"] else ["same", "different"]
                    return Program(steps=[*said.steps, Worded(inputs=[len(said.steps) - 1], words=words)])
        program = _odd_one_described(self._parse_checked(question, _tails=_tails, _again=_again))
        return _compass_said(program, question) if isinstance(question, str) else program

    def _parse_checked(self, question: str, *, _tails: bool, _again: bool) -> Program:
        program = _background_as_fact(self._parse(question, _tails=_tails, _again=_again))
        if _tails and _YES_OR_NO.search(question.lower()) and program.answer_type() != "bool":
            # "Cube small, it blue color, yes or no?": a yes-or-no question read as asking a value is misread
            read = program.answer_type()
            raise ParseError(f"I can't tell what {question!r} asks to check: it wants yes or no, and I read a {read}")
        last = program.steps[-1]
        sides = [o for o in last.options if _read_as_offered(last.attribute, o)] if last.op == "choose" else []
        if last.op == "choose" and len(sides) < len(last.options):
            if len(sides) < 2 or last.options[: len(sides)] != sides:
                raise ParseError(f"I can't tell which options {question!r} offers")  # "the left or the right on"
            # "left or right, or have I got my eyes wrong?": the sides offered, then talk
            program = Program(steps=[*program.steps[:-1], last.model_copy(update={"options": sides})])
            last = program.steps[-1]
        if _tails and last.op == "query" and last.attribute == "name" and _ATTRIBUTE_TAIL.search(question):
            named = self._attribute_asked_after(question)  # "What's left of the cube? Colour please.": its colour
            if named is not None:
                return named
        return program

    def _parse(self, question: str, *, _tails: bool, _again: bool) -> Program:
        if not isinstance(question, str):
            raise ParseError(f"a question must be a string, got {type(question).__name__}")
        if not question.strip():
            raise ParseError("empty question")
        spelled = spelled_out(question)
        english = _in_english(spelled)
        if english == spelled:  # no sentence of another language said before its English
            english = from_hinglish(english)  # "Kya cylinder green hai?": Hindi's little words, English's nouns
        question = condition_as_introduction(_quoted(route_question(english) or english))
        normalized = normalize(question, strict=True)
        if _tails:  # "circle or square?" alone (never a part of a longer message)
            normalized = bare_options(normalized) or normalized
        measured = _MEASURE_UNITS_ASKED.search(question.lower()) is not None  # "how many kilos", before a rewrite
        for pattern, reason in REFUSED_FORMS:
            asks_measure = measured and pattern is _MEASURE_ASKED  # the question itself, whatever talk is around it
            if (asks_measure or pattern is _WORLD_ASKED) and pattern.search(normalized):
                raise ParseError(f"I can't answer {question!r}: {reason}")
            if asks_measure or pattern.search(normalized):
                # "About to grab the grey cylinder. How many things are behind it?": the job's future, not the
                # question's (a reading without the job is checked again)
                job = self._without_the_job(question, tails=False) if _tails and _again and not asks_measure else None
                if job is not None and not _drops_every_kind(question, job):
                    return job
                raise ParseError(f"I can't answer {question!r}: {reason}")
        tokens = tokenize(normalized)
        if not tokens or all(t.text in {"?", ".", "!", ",", ";"} for t in tokens):
            raise ParseError(f"no words in question {question!r}")
        if len(tokens) > MAX_TOKENS:
            raise ParseError(
                f"question too long: {len(tokens)} words and phrases (the embedded grammar reads at most {MAX_TOKENS})"
            )
        cursor = Cursor(tokens)
        context = self._context(cursor)
        # "knife anywhere? need one": a bare question before the sign-off; "red cube yes or no": one asked
        asked = plain_words(without_sign_off(question))
        context.bare = (
            asked.rstrip().endswith("?")
            and _first_word(asked) == _first_word(normalized)
            and not _ASKED_AFTER_A_BREAK.search(asked)  # "The one on the left - who's holding it?": no bare phrase
        )
        start = cursor.index
        for frame in FRAMES.get(cursor.peek(), NOUN_PHRASE_FRAMES):
            cursor.index = start
            grammar = EverydayFrames(cursor, context, unique=self.unique)
            try:
                getattr(grammar, frame)()
                grammar.finish()
            except Backtrack:
                continue
            program = grammar.b.program()
            if _tails and _strange_name(program):  # "a purple cylinder careful now": a sentence read into a name
                found = self._part(question) or self._topic_asked(question) or self._spoken(question)
                if found is None and _no_name_at_all(program):  # "shape rightmost": an order read into a name; the
                    break  # other readings of a question that fails may still read it ("... Colour please.")
                return found or program
            return program
        stopped = cursor.tokens[cursor.furthest].text if cursor.furthest < len(cursor.tokens) else None
        joined = self._two_questions(normalized)
        if joined is not None:
            return joined
        named = self._attribute_asked_after(question) if _tails else None
        if named is not None:
            return named
        part = self._part(question) if _tails else None
        if part is not None and not _drops_every_kind(question, part):
            return part
        declared = self._declared(question, normalized) if _again else None
        if declared is not None:
            return declared
        ordered = things_as_it(adjectives_first(question)) if _tails and _again else question
        if ordered != question:  # "the cylinder blue", "of which colour is she": English as learners write it
            try:
                return self.parse(ordered, _tails=_tails, _again=_again)
            except ParseError:
                pass
        topic = self._topic_asked(question) if _tails else None
        if topic is not None and not _drops_every_kind(question, topic):
            return topic
        again = self._normalized_again(normalized) if _again else None
        if again is not None:
            return again
        job = self._without_the_job(question) if _tails and _again else None
        if job is not None and not _drops_every_kind(question, job):
            return job
        # "which ball has rolled the furthest to the right": where it is; "which thing is the most far in front?"
        for reworded in (place_as_being, extremes) if _tails and _again else ():
            said = reworded(question)
            if said == question:
                continue
            try:
                program = self.parse(said, _tails=True, _again=True)
                if not _strange_name(program) and not _unknown_name(program):
                    return program
            except ParseError:
                pass
        plain = _without_empty_talk(question) if _tails and _again else question
        if plain != question:
            try:
                return self.parse(plain, _tails=True, _again=False)
            except ParseError:
                pass
        kept = self._kept_part(question) if _tails and _again else None
        if kept is not None and not _drops_every_kind(question, kept):
            return kept
        picked = self._picked(question) if _tails and _again else None
        if picked is not None:
            return picked
        agreed = self._asked_again(question) if _tails and _again else None
        if agreed is not None:
            return agreed
        spoken = self._spoken(question) if _tails and _again else None
        if spoken is not None and not _drops_every_kind(question, spoken):
            return spoken
        told = self._after_the_story(question) if _tails and _again else None
        if told is not None:
            return told
        raise ParseError(explain(question, stopped, cursor.expected or "a question it knows"))

    def _spoken(self, question: str) -> Program | None:
        """The program of the first :func:`~nsvr.agent.parser.speech.spoken_readings` of an unpunctuated question
        (as speech-to-text writes one down) that parses: its pauses put back, its hesitations, restarts and talk
        at either end left out ("okay so how many large green spheres are there basically")."""
        if self._hearing:
            return None
        self._hearing = True
        try:
            for reading in spoken_readings(question, _says_nothing, _known_word):
                try:
                    program = self.parse(reading, _tails=True, _again=True)
                except ParseError:
                    continue
                words = (word for name in _step_names(program) for word in name.split())
                if not _strange_name(program) and all(_known_word(word) for word in words):
                    return program
        finally:
            self._hearing = False
        return None

    def _kept_part(self, question: str) -> Program | None:
        """The program of the longest run of the message's sentences (and of the comma-tags at their ends) that
        parses, where what is left out adds nothing to it: talk that names no thing, value, place or quantity the
        kept part does not ("Excuse me, I am very sorry to trouble you. How many cubes are there, please?", "Are all
        the spheres small? All of them small?", "... behind the red ball? Behind it, I mean. Behind.", "how many
        cubes are there, love?"), and never a word that narrows ("only", "without", "if" ...)."""
        sentences = [part for part in _TALK_SENTENCE.split(question.strip()) if part.strip()]
        guesses = [part for part in sentences if _GUESS.match(part.lower()) and _adds_nothing(part, "")]
        if guesses and len(guesses) < len(sentences):  # "..., what colour? Red, I think, but tell me.": a guess
            question = " ".join(part for part in sentences if part not in guesses)
            try:
                program = self.parse(question, _tails=True, _again=False)
                if not _strange_name(program) and not _unknown_name(program):
                    return program
            except ParseError:
                pass
        units = _talk_units(question)
        if len(units) < 2 or len(units) > MAX_TALK_UNITS:
            return None
        spans = sorted(
            ((i, j) for i in range(len(units)) for j in range(i + 1, len(units) + 1) if j - i < len(units)),
            key=lambda span: (span[0] - span[1], span[0]),
        )
        for i, j in spans:
            kept = " ".join(units[i:j]).strip()
            dropped = [*units[:i], *units[j:]]
            if not _WORDS.search(kept) or not all(_adds_nothing(unit, kept) for unit in dropped):
                continue
            if i > 0 and _kinds_named(" ".join(units[:i])) and _POINTS_BACK.search(kept.lower()):
                continue  # "What time is it on the clock? I'm up at four ... what does it show?": "it" is the clock
            try:
                program = self.parse(kept if kept[-1] in "?.!" else kept + "?", _tails=True, _again=False)
            except ParseError:
                continue
            if not _strange_name(program) and not _unknown_name(program):
                return program
        return None

    def _after_the_story(self, question: str) -> Program | None:
        """The last question of a message whose earlier sentences only tell about people ("Olle is only half looking
        at his tablet, so I must say everything in words. How many cylinders are there?", "I've the phone wedged
        under my chin, so bear with me, pet. How many of them are big?"): statements about someone, the asker or
        the listener that name no colour, size, material or shape, no kind the question names and no place in the
        picture. The question must ask alone, without pointing back at what was told."""
        sentences = [part.strip() for part in _TALK_SENTENCE.split(question.strip()) if part.strip()]
        if len(sentences) < 2 or not sentences[-1].endswith("?") or any(p.endswith("?") for p in sentences[:-1]):
            return None
        asked = sentences[-1]
        if _POINTS_BACK_TO_STORY.search(asked.lower()):
            return None
        kinds = _kinds_named(asked.lower())
        for told in sentences[:-1]:
            low = told.lower()
            if _kinds_named(low) and _ONE_POINTED_AT.search(asked.lower()):
                return None  # "I need to cut the triangle out at the right size. Is it big or small?"
            if not _ABOUT_PEOPLE.search(low) or _PART_OF_PICTURE.search(low) or _STORY_SAYS_OF_PICTURE.search(low):
                return None
            words = _WORDS.findall(low)
            if any((value := LEXICON.attribute_of(w)) is not None and value[0] for w in words):
                return None  # "my son likes the red ones": a value the question may use
            if _kinds_named(low) & (kinds | _CLEVR_KINDS) or _NARROWING_STORY.search(low):
                return None
        try:
            program = self.parse(asked, _tails=True, _again=False)
        except ParseError:
            return None
        return None if _strange_name(program) or _unknown_name(program) else program

    def _picked(self, question: str) -> Program | None:
        """One of several questions asked together, the one a last sentence picks ("How many triangles, and how
        many squares? Actually, just the squares.", "Is everything metal? Is everything large? The first question is
        the one I care about.", "Are the two cylinders the same size? Or the same colour? Let's go with size."): the
        picked question, with the statements said before it. The pick must fit exactly one of them."""
        sentences = [p.strip() for p in _SENTENCE_END.split(question.strip()) if p.strip()]
        if len(sentences) < 2:
            return None
        pick = _PICK.match(sentences[-1].lower())
        if pick is None:
            return None
        first_asked = next((i for i, p in enumerate(sentences) if p.endswith("?")), len(sentences))
        premise = sentences[:first_asked]  # "Behind the purple cylinder there's a sphere.": what the questions use
        if any(not p.endswith("?") for p in sentences[first_asked:-1]):
            return None
        asked = [c.strip(" ,;-\u2013\u2014") for c in _ASKED_APART.split(" ".join(sentences[first_asked:-1]))]
        asked = [c for c in asked if _WORDS.search(c)]
        if len(asked) < 2:
            return None
        if pick.group("ordinal"):
            chosen = [asked[{"first": 0, "second": 1, "last": -1}[pick.group("ordinal")]]]
        else:
            chosen = [c for c in asked if _fits_pick(pick.group("key") or pick.group("key2"), c)]
        if len(chosen) != 1:
            return None
        reading = " ".join([*premise, chosen[0].rstrip("?") + "?"])
        try:
            program = self.parse(reading, _tails=True, _again=False)
        except ParseError:
            return None
        return None if _strange_name(program) or _unknown_name(program) else program

    def _asked_again(self, question: str) -> Program | None:
        """The one program of a message that asks the same thing more than once in other words ("Are all the
        cylinders made of rubber? Is every cylinder rubber?", "Are the two green objects of the same material? Do
        the green objects share a material?"): every question of it gives that program, and every other sentence
        adds nothing to the first question."""
        parts = [p for p in _SENTENCE_END.split(question.strip()) if _WORDS.search(p)]
        questions = [p for p in parts if p.rstrip().endswith("?")]
        if len(questions) < 2 or len(parts) > MAX_TALK_UNITS:
            return None
        programs = []
        for part in questions:
            try:
                program = self.parse(part, _tails=True, _again=False)
            except ParseError:
                return None  # a question not read may ask something else
            if _strange_name(program) or _unknown_name(program):
                return None
            programs.append(program)
        if len({program.pretty() for program in programs}) > 1:
            return None
        talk = [p for p in parts if p not in questions]
        return programs[0] if all(_adds_nothing(part, questions[0]) for part in talk) else None

    def _without_the_job(self, question: str, *, tails: bool = True) -> Program | None:
        """The first of :func:`~nsvr.agent.parser.task_talk.readings` that parses: the question without the job
        said around it, what the job names standing for its pronoun ("I'm putting the metal ones in the tray. How
        many go in?")."""
        for reading in readings(question, tails=tails):
            try:
                program = self.parse(reading, _tails=True, _again=False)
            except ParseError:
                continue
            if not _strange_name(program) and not _loses_the_counted(question, program):
                return program
        return None

    def _normalized_again(self, normalized: str) -> Program | None:
        """The program of the canonical wording normalized once more, where that changes it: the rewrite rules
        run once, in order, so a form one rule makes can be one an earlier rule reads ("gray or else made of
        metal" -> "gray or made of metal", which the grammar reads once "made of" goes). Only for a question
        that otherwise fails."""
        try:
            if normalize(normalized, strict=True) == normalized:
                return None
            program = self.parse(normalized, _tails=False, _again=False)
        except ParseError:
            return None
        return None if _strange_name(program) else program

    def _part(self, question: str) -> Program | None:
        """The program of the first of the question's sentences that asks on its own (see
        :func:`_trailing_questions` and :func:`_leading_question`), whose names are all words nsvr knows."""
        tails = _trailing_questions(question)
        later = [*tails, *(lead for tail in tails for lead in _leading_question(tail))]
        # a later sentence's "it" may point back at what was dropped; the question's first sentence's cannot
        parts = [*(p for p in later if not _BACK_REFERENCE.search(p.lower())), *_leading_question(question)]
        for part in dict.fromkeys(parts):
            try:
                program = self.parse(part, _tails=False)  # one level: a part's own parts are among these
            except ParseError:
                continue
            if _strange_name(program) or (part in tails and _loses_subject(question[: -len(part)], part)):
                continue
            return program
        return None

    def _attribute_asked_after(self, question: str) -> Program | None:
        """A question that picks out an object ("which is the farthest object from the cylinder?", "what is in
        front of it", "the one that isn't small - what is it") followed by the attribute wanted of it ("Its
        shape, please.", "What shape, I mean.", "- colour please", ", shape-wise"): the question asking that
        attribute of the object it picks out. Only when the first part asks what the object is."""
        for cut in reversed([m.end() for m in _REQUEST_CUT.finditer(question)]):
            wanted = _ATTRIBUTE_REQUEST.fullmatch(question[cut:].strip().lower()) or _its_attribute(question[cut:])
            head = question[:cut].rstrip(" ,;:-\u2013\u2014")
            if wanted is None or not head:
                continue
            try:
                program = self.parse(head, _tails=False)
            except ParseError:
                return None
            last = program.steps[-1]
            if last.op != "query":  # what the object is, or what tells offered objects apart ("A or B")
                return None
            said = wanted.group(1) or wanted.group(2) or wanted.group(3)
            attribute = "color" if said.startswith("colo") else said
            return Program(steps=[*program.steps[:-1], last.model_copy(update={"attribute": attribute})])
        return None

    def _declared(self, question: str, normalized: str) -> Program | None:
        """A question asked in the order of a statement, its verb after the subject or last ("The brown cube is
        at the left side or the right side of the picture?", "The two gray cubes are of the same size?", "There
        are the same number of spheres and of cubes?", "The brown cube, it is on the left?", "Purple sphere from
        red sphere bigger is?"): the question with the verb put first, as English asks it. Only for a question
        that otherwise fails, and only where it ends as a question."""
        if not _ASKED_AT_END.search(question):
            return None
        cut = _TOPIC_CUT.match(question.lower())
        if cut is not None and cut["cut"].strip() not in {",", ""} and _SUBJECT_PRONOUN.search(cut["asked"]):
            return None  # "The man in white. Is he standing right of the bus?": a topic, then its question
        plain = " ".join(_WORDS_AND_COMMAS.findall(question.lower()))
        for reading in dict.fromkeys([*_inverted(normalized), *_inverted(plain)]):
            try:
                program = self.parse(reading, _tails=False, _again=False)
            except ParseError:
                continue
            if not _strange_name(program):
                return program
        return None

    def _topic_asked(self, question: str) -> Program | None:
        """A thing named first and cut off from its question by a full stop, a colon, a dash or dots, the question
        pointing back at it or naming nothing of its own ("thing left of the ball. what shape", "Person furthest
        left... who?", "Boy. Shirt colour?", "Second from the right — man, woman, kid?", "See that thing at the
        back, is it a ball or a cube?"): the question asked of that thing. Only for a question that otherwise
        fails."""
        for reading in _asked_of_topic(question):
            try:
                program = self.parse(reading, _tails=False, _again=False)
            except ParseError:
                continue
            if not _strange_name(program) and not _unknown_name(program):
                return program
        return None

    def _two_questions(self, normalized: str) -> Program | None:
        """Two yes/no questions joined by "and"/"but", the second often without its verb: "is the red cube small
        and is the blue cube big", "is the cube metal and the small cylinder rubber", "is there a dog but no cat",
        "are there two cubes and one ball": yes when both are; joined by "or" ("is the cube blue or is the ball
        red"): yes when either is. Each half must parse on its own."""
        words = normalized.split()
        if not words or words[0] not in YES_NO_STARTS:
            return None
        lead = " ".join(words[:2]) if words[1:2] == ["there"] else words[0]
        for index, word in enumerate(words):
            if index < 2 or index >= len(words) - 1:
                continue
            if word not in {"and", "but", "or"} and not (word == "," and words[index + 1] in YES_NO_STARTS):
                continue  # "is the cube large, is the ball metal": a comma before a second question joins it
            left, right = " ".join(words[:index]), " ".join(words[index + 1 :])
            for second in [*_gapped(left, right, lead), *_completed(right, lead)]:
                if lead in {"is there", "are there"} and _PRONOUN.search(second):  # "is there a dog and is the
                    second = f"there is {left[len(lead) :].strip()} ; {second}"  # woman holding it": the dog
                elif lead in {"is", "was"} and _PRONOUN.search(second):  # "is the sphere cyan and is it small"
                    second = _about_subject(left, second)
                try:
                    first, other = self.parse(left), self.parse(second)
                except ParseError:
                    continue
                if _answers_yes_no(first) and _answers_yes_no(other):
                    if (
                        word == "or"
                        and left.split()[0] != right.split()[0]
                        and right.startswith(("is there", "are there"))
                    ):
                        # "are all the cylinders green, or is there an odd one out?": which of two, not whether either
                        raise ParseError(f"I can't tell which of two things {normalized!r} asks about; ask each alone")
                    return _both(first, other, either=word == "or")
        return None

    @staticmethod
    def _context(cursor: Cursor) -> Context:
        """``There is a NP;`` at the start: the noun phrase "it" refers to afterwards."""
        context = Context()
        if not cursor.accept("there", "is"):
            return context
        grammar = EverydayFrames(cursor, context)
        try:
            antecedent = grammar.noun_phrase()
            cursor.accept_one({";", ","}) or cursor.fail("';' after 'there is ...'")
        except Backtrack:
            cursor.index = 0
            return context
        antecedent.definite, antecedent.plural = True, False
        context.antecedent = antecedent
        return context


YES_NO_STARTS = frozenset("is are was were does do did can has have".split())


_ASKED_AT_END = re.compile(r"[?;\u037e]\s*$")
_WORDS_AND_COMMAS = re.compile(r"[a-z']+|,|[\u2013\u2014]")
_COPULA = re.compile(r"\b(is|are|was|were)\b")
_TOPIC_PRONOUN = re.compile(r"^\s*(.+?)\s+(?:,|[-\u2013\u2014]+)\s+(?:it|they|he|she) (is|are|was|were)\b")
_SUBJECT_STARTS = frozenset(("the", "a", "an", "there", "both", "all", "each", "every", "this", "that", "these"))


def _inverted(normalized: str) -> list[str]:
    """Readings of a statement-ordered question with its verb first: the verb after the subject ("the cube is red
    ?" -> "is the cube red ?"), after a topic and its pronoun ("the cube , it is red ?"), or last ("purple sphere
    from red sphere bigger is ?" -> "is purple sphere from red sphere bigger ?")."""
    text = normalized.strip()
    words = text.split()
    if not words or words[0] in YES_NO_STARTS or words[0] in _WH_WORDS or words[0] == "how":
        return []
    out = []
    topic = _TOPIC_PRONOUN.match(text)
    if topic is not None and len(topic[1].split()) <= 8 and _COPULA.search(topic[1]) is None:
        out.append(f"{topic[2]} {topic[1]} {text[topic.end() :].strip()}")
    for verb in list(_COPULA.finditer(text))[:2]:
        subject = text[: verb.start()].strip()
        said = subject.split()
        if not said or len(said) > 8 or any(w in _WH_WORDS or not w.isalpha() for w in said):
            continue
        named = any(known_name(singular(w)) for w in said) or (
            said[0] in _SUBJECT_STARTS and any(w in KNOWN and w not in _SUBJECT_STARTS for w in said[1:])
        )
        if said != ["there"] and not named:
            continue  # "blimey is the ball left ...": no subject said before the verb
        rest = text[verb.end() :].strip()
        if rest in {"?", ""}:  # the verb last: what comes before it is subject and predicate
            out.append(f"{verb[1]} {subject} ?")
        elif said[0] in _SUBJECT_STARTS or len(said) <= 3:
            out.append(f"{verb[1]} {subject} {rest}")
    return out


_TOPIC_CUT = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|right|now|well|see|look at|check)\s+)?(?P<topic>[^.?!:;,\u2013\u2014]{2,100}?)"
    r"\s*(?P<cut>\.{1,3}|…|:|\?|\s[-\u2013\u2014]+|[\u2013\u2014]+|,)\s+(?P<asked>[^.?]{2,80}?)\s*[?.!]*\s*$"
)
_PERSON_WORDS = frozenset("person man woman boy girl child kid lady guy gentleman".split())
_THEY_ASKED = re.compile(r"\b(?:they|them|those)\b(?!.*\b(?:they|them|those)\b)")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\b")
_IT_ASKED = re.compile(r"\b(?:it|its|that one|this one)\b")
_POINTING_BACK = re.compile(r"\b(?:that one|this one|it|that|this)\b")
_WORN = r"(?:shirt|top|t-shirt|jacket|coat|dress|outfit|clothes|clothing|jumper|sweater|hoodie)"
_ELLIPTIC = (
    (
        re.compile(r"^(?:(?:in|of) )?(?:what|which) (colou?r|shape|size|material)(?: is (?:it|that|that one|this))?$"),
        "what {0} is {T}",
    ),
    (re.compile(r"^(?:its |the )?(colou?r|shape|size|material)$"), "what {0} is {T}"),
    (re.compile(rf"^(?:its |the |his |her )?{_WORN} (colou?r)$"), "what {0} is {T} wearing"),
    (re.compile(r"^(?:what|which) is it made of|made of what$"), "what is {T} made of"),
    (re.compile(r"^who(?: is (?:it|that|that one|this))?$"), "who is {T}"),
    (re.compile(r"^(?:the )?same (colou?r|shape|size|material)$"), "are {T} the same {0}"),
    (re.compile(r"^(?:what|which) (?:is (?:it|that|that one|this))$"), "what is {T}"),
    (  # "The purple ball — which side of the picture, left or right?", "Cyan cylinder at which side of the picture?"
        re.compile(
            r"^(?:at |on |in )?(?:which|what) side(?: of the (?:picture|image|photo|pic|frame))?(?: (?:is it|is it on|"
            r"(?:it|he|she) is(?: on)?|does it (?:sit|stand|lie) on|do i point (?:him|her|them) to|would you say))?"
            r"(?:,? (?:the )?(?:left|right)"
            r"(?: side)? or (?:the )?(?:left|right)(?: side)?)?$"
        ),
        "which side of the picture is {T} on",
    ),
    (  # "The hexagon, where is it hiding — left side or right side?", "Square — big or small?"
        re.compile(
            r"^(?:(?:where|which side) is (?:it|that|that one)(?: \w+)?\s*[,\u2013\u2014-]*\s*)?(?:is it )?"
            r"(?:on |in |at )?(?:the )?"
            r"(left|right|top|bottom)(?: side| half)? or (?:on |in |at )?(?:the )?(left|right|top|bottom)"
            r"(?: side| half)?$"
        ),
        "is {T} on the {0} or on the {1}",
    ),
    (re.compile(r"^(?:is it |is that |is that one )?([a-z]+) or ([a-z]+)$"), "is {T} {0} or {1}"),
    (re.compile(r"^how many (?:of them )?(?:is|are) (?:made of )?([a-z]+)$"), "how many of {T} are {0}"),
    (
        re.compile(r"^how many (?:different |distinct )?(colou?r|shape|size)s? (?:do )?they have$"),
        "how many different {0}s do {T} have",
    ),
    (re.compile(r"^what (?:does|do) (?:it|that|that one|this|they) say|what is (?:it|that) say$"), "what does {T} say"),
)


def _asked_of_topic(question: str) -> list[str]:
    """Readings of a question asked of a thing named before it ("thing left of the ball. what shape" -> "what shape
    is the thing left of the ball"): its pronoun pointing at the thing, or the bare question completed with it."""
    text = question.lower().replace("\u2019", "'")
    found = _picked_in_row(text) or _TOPIC_CUT.match(text)
    if found is None:
        return []
    topic, asked, cut = found["topic"].strip(), re.sub(r"^what's\b", "what is", found["asked"].strip()), found["cut"]
    words = _WORDS.findall(topic)
    if len(words) >= 2 and words[0] in {"the", "that", "this"} and all(LEXICON.attribute_of(w) for w in words[1:]):
        topic, words = f"{topic} thing", [*words, "thing"]  # "The yellow — is it in front of the blue cube?"
    named = (
        any(known_name(singular(w)) for w in words)
        or ("one" in words and set(words) & _PLACE_WORDS)
        or ({"one", "ones"} & set(words) and any(LEXICON.attribute_of(w) for w in words))  # "those two cyan ones"
    )
    if not named or _VERB.search(_RELATIVE_VERB.sub(" ", topic.replace("'s ", " "))):
        return []  # a sentence of its own, or talk that names nothing
    thing = re.sub(r"^(?:that|this|those|these)\b", "the", topic)
    if not re.match(r"(?:the|a|an|my|your|his|her|its|their)\b", thing):
        thing = f"the {thing}"
    asked = re.sub(r"\bwhat colour's\b", "what colour is", asked)
    readings = [template.format(*m.groups(), T=thing) for pattern, template in _ELLIPTIC if (m := pattern.match(asked))]
    options = [w.strip() for w in re.split(r",|\bor\b", asked) if w.strip()]
    if 2 <= len(options) <= 4 and all(
        re.fullmatch(r"(?:an? )?[a-z]+", o) and known_name(o.split()[-1]) for o in options
    ):
        if all(o.split()[-1] in _PERSON_WORDS for o in options):
            thing = re.sub(r"^the one\b", "the person", thing)  # "The one who's furthest right — man or woman?"
        said = " or ".join(o if o.startswith(("a ", "an ")) else f"a {o}" for o in options)
        readings.append(f"is {thing} {said}")  # "Second from the right — man, woman, kid?"
    if cut.strip() != "," and _POINTING_BACK.search(asked):
        readings.append(_POINTING_BACK.sub(thing, asked, count=1))
    elif cut.strip() != "," and _SUBJECT_PRONOUN.search(asked) and set(words) & _PERSON_WORDS:
        readings.append(_SUBJECT_PRONOUN.sub(thing, asked, count=1))  # "The man in white. Is he ...?"
    elif _THEY_ASKED.search(asked) and any(noun[1] for w in words[:4] if (noun := LEXICON.noun(w))):
        readings.append(_THEY_ASKED.sub(thing, asked, count=1))  # "The red cubes, how many are they?"
    if _IT_ASKED.search(asked) and not thing.startswith(("the one ", "the ones ")):  # "The little oval, is it
        readings.append(f"there is {thing} ; {asked}")  # plastic or metal?": "it" the thing named first
    owned = re.search(r"\b(?:his|her|its|their) (?!(?:left|right|front|back|top|bottom|side|own)\b)(\w+)", asked)
    if owned is not None:  # "The gentleman in black: what colour is his tie?"
        readings.append(asked[: owned.start()] + f"the {owned[1]} of {thing}" + asked[owned.end() :])
    return [r + "?" for r in readings]


_ROW_FIRST = re.compile(
    r"^\s*(?:in |on |along )?(?:the )?(?P<row>top|bottom|middle|upper|lower|left|right|centre|center) "
    r"(?P<line>row|line|column)\s*,\s*(?P<rest>.+)$"
)
_PICKED = r"(?:one|shape|thing|element|item|figure|piece|object|block|entry)"
_PICK_IN_ROW = re.compile(
    rf"(?:the )?(?:(?P<nth>first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th)?)(?: {_PICKED})? (?:in )?from the "
    r"(?P<side>left|right)(?:-hand side| side| end)?|(?:the )?(?:far|very|extreme) "
    rf"(?P<far>left|right)(?: one)?|(?P<most>leftmost|rightmost|topmost|bottommost)(?: {_PICKED})?|(?:the )?"
    rf"{_PICKED} (?:further|farther|more|most|furthest|farthest|closer|nearer) (?:(?:on|at|in) the )?"
    r"(?P<towards>forward|back|to the front|to the back|to the left|to the right|left|right|front|"
    r"(?:to|towards) (?:us|you|the camera)))"
)
_GROUP_FIRST = re.compile(
    r"^\s*(?:(?:and|so|now|ok|okay) )?(?:among|of|out of|from) (?:the|these|those|all the|both) "
    r"(?:(?:two|three|four|five) )?(?P<group>[a-z ]+?)"
    r"\s*,\s*(?P<rest>.+)$"
)


def _picked_in_row(text: str) -> dict[str, str] | None:
    """A row, a column or a group named first and then a place or a pick in it, each cut off ("Bottom row, second from
    the left — what shape is it?", "Top row, far right. Is that one green?", "Among the cylinders, the second one from
    the left — ..."): the thing picked as the topic, what is asked of it, and the cut before that."""
    row = _ROW_FIRST.match(text)
    group = _GROUP_FIRST.match(text) if row is None else None
    first = row or group
    inner = _TOPIC_CUT.match(first["rest"]) if first is not None else None
    pick = _PICK_IN_ROW.fullmatch(inner["topic"].strip()) if inner is not None else None
    if first is None or inner is None or pick is None:
        return None
    noun = "one"
    if group is not None:  # "Among the cylinders, the second one from the left — what colour is it?"
        *described, head = group["group"].split()
        if LEXICON.noun(head) is None or not all(LEXICON.attribute_of(w) for w in described):
            return None
        noun = " ".join([*described, singular(head)])
    if pick["nth"]:
        place = f"{pick['nth']} {noun} from the {pick['side']}"
    elif pick["towards"]:  # "of the two green spheres, the one further forward": the one furthest that way
        way = re.sub(r"^(?:to|towards) (?:the )?", "", pick["towards"])
        place = f"{'front' if way in {'forward', 'us', 'you', 'camera'} else way}most {noun}"
    else:
        place = f"{pick['far'] or pick['most'].removesuffix('most')}most {noun}"
    where = f" in the {row['row']} {row['line']}" if row is not None else ""
    return {"topic": f"the {place}{where}", "asked": inner["asked"], "cut": inner["cut"]}


def _about_subject(left: str, second: str) -> str:
    """``second`` with "it" pointing at the subject of the yes/no question ``left``: its shortest noun phrase after
    the verb that ends in a name ("is the big sphere cyan" -> "there is the big sphere ; is it small")."""
    words = left.split()
    if len(words) < 3 or words[1] not in {"the", "this", "that"}:
        return second
    for end in range(3, len(words)):
        if LEXICON.noun(words[end - 1]) is not None or known_name(words[end - 1]):
            return f"there is {' '.join(words[1:end])} ; {second}"
    return second


def _gapped(left: str, right: str, lead: str) -> list[str]:
    """The second half with the first half's verb when it says only a subject and an object: "is the man on the left
    wearing a red tie and the man on the right a blue one" -> "is the man on the right wearing a blue tie"."""
    verb = re.fullmatch(r"(?:is|are|was|were) .+? ([a-z]+ing) (?:a|an|the|any) (?:[a-z]+ )*?([a-z]+)", left)
    if verb is None:
        return []
    pair = re.fullmatch(r"((?:the|this|that) .+?) (a|an) ((?:[a-z]+ )*?)(one|[a-z]+)", right)
    if pair is not None:
        noun = verb.group(2) if pair.group(4) == "one" else pair.group(4)
        return [f"{lead} {pair.group(1)} {verb.group(1)} {pair.group(2)} {pair.group(3)}{noun}"]
    bare = re.fullmatch(r"((?:the|this|that) .+) ([a-z]+)", right)  # "... and the man on the right blue"
    if bare is not None and LEXICON.attribute_of(bare.group(2)) is not None:
        return [f"{lead} {bare.group(1)} {verb.group(1)} a {bare.group(2)} {verb.group(2)}"]
    return []


def _completed(clause: str, lead: str) -> list[str]:
    """The second half of a joined question as questions of its own: as it is when it asks ("is the ball blue"),
    a statement turned round ("the big cylinder is gray"), or with the first half's verb ("the small cylinder
    rubber", "no cat" after "is there")."""
    first = clause.split()[0]
    if first in YES_NO_STARTS:
        return [clause]
    statement = re.fullmatch(r"((?:the|this|that) .+?) (is|are) (.+)", clause)
    if statement:
        return [f"{statement.group(2)} {statement.group(1)} {statement.group(3)}"]
    options = [f"{lead} {clause}"]
    if lead in {"is there", "are there"}:
        options.append(f"{'are there' if lead == 'is there' else 'is there'} {clause}")
    return options


_REQUEST_CUT = re.compile(r"[?.!,;:]+\s*|\s+[-\u2013\u2014]+\s+")
_ATTRIBUTE_REQUEST = re.compile(
    r"(?:(?:so |ok |okay |well |oh |then )?what (colou?r|shape|size|material) is (?:it|that|that one)[.!?]*|"
    r"(?:and |so |ok |okay |well |oh |then )?"
    r"(?:i(?: (?:only |just )?(?:need|want|should like|would like|'d like)|'d (?:only |just )?like)"
    r"(?: to know)? |(?:he|she|they|we|(?:my|our|the) [a-z]+) (?:only |just )?(?:needs?|wants?|would like|'d like)"
    r"(?: to know)? |(?:just |only )?"
    r"(?:(?:please )?(?:say|tell me|give me|give|name|report|state|need|want|what(?:'s| is)?|which)(?: me)? )?)"
    r"(?:the |its |it's |their |that )?"
    r"(colou?r|shape|size|material)(?:[- ]?wise)?"
    r"(?:,? (?:only|please|pls|i mean|if you please|if you would|if you (?:don't|do not) mind|of it|is (?:all )?"
    r"(?:i need|needed|wanted|enough)|also|too|again|as well|"
    r"of that(?: one| thing| object)?|of (?:their|his|"
    r"her) (?:clothes|clothing|outfit|clothing)|(?:is|are) (?:he|she|they|it) wearing|does (?:he|she|it) wear|do they "
    r"wear))*"
    r"(?: for (?:his|her|their|my|our|the) [a-z]+)?(?:,? bless (?:him|her|them))?"
    r"(?:,? so (?:that )?i can [a-z ]+)?[.!?]*|"
    r"(?:so |and |but )?(?:just |only )?(?:it's the |it is the |the |its |it's |what )?"
    r"(colou?r|shape|size|material)(?: it is| it's)?(?:'s| is)? "
    r"(?:all i (?:need|want|ask|'m after)|i'm after|that i (?:need|want)|"
    r"(?:will|'ll|would) do(?: me| us)?|is enough|is plenty|is what i (?:need|want|'m after)|"
    r"(?:please|thanks|thank you)|"
    r"sufficient|suffices|fine|enough|alone|all|(?:and )?nothing else|(?:would|will) be (?:fine|great|good|enough|"
    r"perfect|plenty|sufficient))"
    r"(?:,? (?:dear|love|mate|pet|hun|darling|please|thanks))?(?:\s*[-\u2013\u2014,]\s*[a-z]+ or [a-z]+)?[.!?]*)"
)
"""A sentence or phrase after a question that only names the attribute wanted: "its shape, please", "what
colour, I mean", "say the colour", "shape-wise", "I only need its colour"."""
_ASKED_AFTER_A_BREAK = re.compile(r"(?i)[-\u2013\u2014,.;:]\s*(?:who|what|which|how|where|whose)\b")
"""A question word after a break in the sentence: what comes before it is a topic, not a phrase asked alone."""

_ATTRIBUTE_TAIL = re.compile(
    r"(?i)\b(?:colou?r|shape|size|material)\b(?:,? (?:please|pls|thanks|thank you))?[^?.!,;:]*[.!?]*\s*$"
)
"""A question that ends naming an attribute (read first as one asked after the question, when it is one)."""

_ITS_ATTRIBUTE = re.compile(r"\b(?:its|their|the|that one's|that thing's) (colou?r|shape|size|material)\b")


def _its_attribute(tail: str) -> re.Match[str] | None:
    """A last sentence that names only the attribute wanted of what the question picks out, in any words ("I require
    its colour.", "Please revert with its shape.", "Return its shape."): nothing else of the picture, no other
    question, at most ten words. Its match's first group is the attribute."""
    low = tail.strip().lower()
    found = _ITS_ATTRIBUTE.search(low)
    if found is None or len(low.split()) > 10 or _NARROWING.search(low):
        return None
    rest = low[: found.start()] + " " + low[found.end() :]
    attribute = "color" if found.group(1).startswith("colo") else found.group(1)
    offered = [w for w in _WORDS.findall(rest) if (LEXICON.attribute_of(w) or ("", ""))[0] == attribute]
    if offered:  # "Pick its colour: red, blue or white.": the values offered are no content of their own
        rest = re.sub(rf"\b(?:{'|'.join(offered)})\b|\bor\b|\bpick\b|\bchoose\b", " ", rest)
    if _content(rest) or set(_WORDS.findall(rest)) & (_WH_WORDS - {"tell", "say", "show"}) or "?" in rest:
        return None
    return found


_ABOUT_PEOPLE = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|our|us|you|you're|your|he|he's|his|him|she|she's|her|they're|"
    r"mr|mrs|ms|miss|dr)\b"
)
_POINTS_BACK_TO_STORY = re.compile(r"\b(?:that one|this one|those|these|the same|(?:his|her|their) (?!own\b)\w+)\b")
_STORY_SAYS_OF_PICTURE = re.compile(
    r"\b(?:there (?:is|are|'s)|there's|i (?:see|count|can see|spot)|(?:left|right|front|behind|back|top|bottom) of)\b"
)
_NARROWING_STORY = re.compile(
    r"\b(?:ignore|ignoring|except|excluding|exclude|not counting|leave out|without|other than|apart from|aside|"
    r"only (?:count|want|care|need|the)|just (?:count|the)|if|unless|suppose|imagine|pretend|remove|add|move|"
    r"(?:don't|do not) count)\b"
)
_CLEVR_KINDS = frozenset(L.CLEVR_VALUES["shape"])
_ONE_POINTED_AT = re.compile(r"\b(?:it|its|it's|he|she|him|he's|she's)\b")


_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\s*(?:\.\.\.+|…)\s*")
_NARROWING = re.compile(
    r"\b(?:only|just(?! (?:so|in case|curious|wondering|asking|checking|saying|kidding|joking|riveting|thrilling|"
    r"lovely|great|brilliant|perfect|fab)\b)|care|ignore|ignoring|except|excluding|exclude|consider|considering|focus|among|assume|assuming|"
    r"suppose|imagine|if|unless|pretend|remove|removed|without|besides|apart from|other than|not counting|leave out|"
    r"not counted|not included|excluded|left out|set aside|aside|discounted|"
    r"forget|skip|instead|subtract|add(?!\s+(?:up|them|'em|em|it)\b)|added|adding|put|place|paint|painted|move|moved|replace|swap|delete|insert|"
    r"take away|took away|taken away|turn|turned|into|change|changed|double|doubled|triple|tripled|halve|halved|"
    r"cover|covered|hide|hidden|swap|swapped|rotate|rotated|flip|flipped|mirror|mirrored|throw|threw|"
    r"(?:don't|do not|doesn't|does not|won't|will not|shouldn't|should not|mustn't) count)\b"
)
_PICK = re.compile(
    r"^\s*(?:(?:actually|ok|okay|so|well|no|anyway|hmm)[,.]?\s+)*(?:"
    r"the (?P<ordinal>first|second|last) (?:question|one) is (?:the one )?(?:i (?:care about|want|need|mean)|what i "
    r"(?:want|need|mean))|"
    r"(?:(?:just|only) (?:give me |tell me )?|let's (?:go with|say)\s+|start with\s+|"
    r"skip the [a-z]+\s*[-\u2013\u2014,]*\s*(?:just )?)(?P<key>(?:the )?[a-z'-]+(?: [a-z'-]+)?)"
    r"(?: part| one| question| bit)?(?: (?:is|are) (?:fine|good|enough|ok|okay|plenty))?|"
    r"(?P<key2>(?:the )?[a-z'-]+) is what i(?:'m| am) (?:asking about|after)"
    r")[\s,]*(?:yes or no|please|thanks)?[.!?]*\s*$"
)
"""A last sentence that picks one of the questions asked before it ("Actually, just the squares.", "Let's go with
size.", "The first question is the one I care about.")."""
_ASKED_APART = re.compile(
    r"(?<=\?)\s+|,\s*(?:and|or)\s+(?=(?:how|what|which|who|is|are|does|do)\b)|\s*[-\u2013\u2014]+\s*or\s+"
)
_PICK_WORDS = {
    "number": ("how many",),
    "count": ("how many",),
    "colour": ("colour", "color"),
    "color": ("colour", "color"),
    "colours": ("colour", "color"),
    "material": ("material", "made of"),
}


def _fits_pick(key: str, asked: str) -> bool:
    """Whether the picked words ("the squares", "size", "the number") fit the question ``asked``."""
    words = [w for w in key.lower().split() if w not in {"the", "a", "an"}]
    low = asked.lower()
    if not words:
        return False
    if words == ["who"]:
        return low.startswith("who")
    forms = _PICK_WORDS.get(words[-1], (words[-1], singular(words[-1])))
    return any(re.search(rf"\b{re.escape(form)}", low) for form in forms)


_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|she|he|her|him|this one|that one)\b")
"""A pronoun that needs a thing said before it (not "ones": "How many blue ones?" names its own kind)."""
_PLACE_FIRST = re.compile(
    r"\s*(?:and |also )?(?:(?:to|on) the (?:left|right)(?: side| hand side)? of|left of|right of|in front of|behind|"
    r"next to|near|beside|above|below|under|on top of|closer to|nearer to|farther|further|between)\b"
)
"""A sentence that starts with a place and has no verb ("Behind the cylinder and left of the ball: how many cubes
are there?") says where to look: never talk around the question. With a verb ("Behind the cube is a ball.") it
describes the scene, and a later question that names what it asks about stands alone."""
_VERB = re.compile(r"\b(?:is|are|was|were|stands?|sits?|lies|lie|there|has|have|rests?|stays?)\b")
_DANGLING = re.compile(r"\s(?:on|in|at|of|to|with|by|from|is|are)$")
"""An offered option that ends in a preposition or a verb ("right on"): words of the sentence read into it."""
_SIDE_WORDS = frozenset("left right top bottom middle centre center front back upper lower".split())


def _read_as_offered(attribute: str | None, option: object) -> bool:
    """Whether ``option`` reads as an option offered, not words of the sentence read into it: it does not end in a
    preposition or a verb ("right on"), and an option for a place is a side ("right side which side" is none)."""
    if _DANGLING.search(str(option)):
        return False
    if attribute not in {"hposition", "vposition"}:
        return True
    words = str(option).split()
    return bool(words) and words[0] in _SIDE_WORDS and all(w in _SIDE_WORDS | {"side", "half", "part"} for w in words)


_RELATIVE_VERB = re.compile(r"\b(?:that|which|who)(?:'s| is| are| sits?| stands?| lies| rests?| stays?)\b")
"""A relative clause's verb ("the sphere that sits to the right of ..."): it describes the topic, it says nothing."""
_BACK_REFERENCE = re.compile(
    r"\b(?:it|its|they|them|their|she|he|her|him|this one|that one|those|these|ones|one|that's|the other|"
    r"the latter|the former|"
    r"(?:this|that)(?=\s*(?:[?.!,]|$)))(?!\w)"
)


def _trailing_questions(question: str) -> list[str]:
    """The question's last sentences, longest first, when what comes before them is talk around the question
    ("So my kid and I were arguing about it. How many balls are there?", "I have trouble with colours, so
    could you help me out: what colour is the sphere?"). The caller keeps only parts that name what they ask
    about themselves (no "it", "she", "those" pointing back into the sentences left out)."""
    parts = [p for p in _SENTENCE_END.split(question.strip()) if p.strip()]
    tails = []
    for k in range(1, len(parts)):
        if _foreign(parts[k - 1], share=0.5, least=2):
            tails.append(" ".join(parts[k:]))  # most likely another language: "bu mavi top metal mi?"
            continue
        before = parts[k - 1].lower()
        place_only = _PLACE_FIRST.match(before) and not _VERB.search(before)
        if before.rstrip().endswith("?") or _NARROWING.search(before) or place_only:
            break  # a question asked before ("What is behind X? How many, I mean"), or a sentence that narrows
            # what is asked ("I only care about red things."), is never talk around this one
        tails.append(" ".join(parts[k:]))
    return tails


_ENGLISH = frozenset(
    "the a an of in on to at it is are was were do does this that with by for from any some all what which how who "
    "there and or not no many much".split()
)


def _foreign(sentence: str, *, share: float = 0.25, least: int = 3) -> bool:
    """Whether a sentence is in another language: at least ``least`` words, fewer than ``share`` of them English
    ones the parser knows ("Ile jest czerwonych rzeczy?" before its English "How many red things?")."""
    found = _WORDS.findall(sentence.lower())
    return len(found) >= least and sum(w in KNOWN or w in _ENGLISH for w in found) < share * len(found)


_WORDS = re.compile(r"[^\W\d_]+")


_QUOTE = re.compile(r"(?:^|(?<=[\s:,]))[\"“‘']([A-Za-z][^\"“”‘’]*?[?.!,]?)[\"”’'](?=\s|$|[.,?!;:])")
_AGREEING = re.compile(r"(?i)\b(?:right|correct|true|accurate|so|agree|wrong)\b")


_LEADING_SENTENCE = re.compile(r"^\s*([^.!?:;]{1,60}?)\s*(?:[.!:;]+|\s[—–-]+)\s+(?=\S)")
_TRAILING_TAG = re.compile(r"\s*,\s*([^,.!?]{1,24}?)\s*([?.!]*)\s*$")


MAX_TALK_UNITS = 8
"""A message of more sentences and tags than this is not searched for the part that asks (the search tries every run
of them)."""
_TALK_SENTENCE = re.compile(
    r"(?<=[.!?;:])\s+|(?<= [\u2014\u2013])\s+|(?<= -)\s+|(?<= --)\s+|\s*(?:\.\.\.+|…)\s*|\s*\n+\s*|\s+/\s+"
)
"""Where a message's sentences end; a colon or a dash stays with what it ends ("Quick one - how many cubes?")."""
_TALK_TAGS = re.compile(
    r"^(?:((?:[^,\s]+\s+){0,3}[^,\s]+),\s+)?(.+?)(?:,\s+((?:[^,\s]+\s+){0,3}[^,\s.!?;]+))?([.!?;]*)$"
)


def _talk_units(question: str) -> list[str]:
    """A message cut into sentences, and each sentence's comma-tags of at most four words at its start and end
    ("Howdy, partner.", "..., love?"); a sentence's end mark stays with what it asks."""
    units: list[str] = []
    for sentence in (part.strip() for part in _TALK_SENTENCE.split(question.strip())):
        if not sentence:
            continue
        found = _TALK_TAGS.match(sentence)
        if found is None:
            units.append(sentence)
            continue
        lead, core, tail, end = found.groups()
        units += [*([lead] if lead else []), core + end, *([tail] if tail else [])]
    return units


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen pair couple".split())
_QUANTITY_WORDS = frozenset(
    "not no all every each both neither none nor other others else too also either same different more fewer less "
    "most least than".split()
)


def _content(text: str) -> set[str]:
    """What ``text`` says that a question could use: the things and values it names (canonical), its places and its
    quantity words ("all", "not", "same" ...)."""
    found: set[str] = set()
    low = text.lower()
    found.update(re.findall(r"\d+", low))
    found.update(_kinds_named(low))
    for word in _WORDS.findall(low):
        if word in _NUMBER_WORDS:
            found.add(word)
        value = LEXICON.attribute_of(word)
        if value is not None:
            found.add(value[1])
        if word in _PLACE_WORDS or word in _QUANTITY_WORDS:
            found.add(word)
    if "n't" in low or "n’t" in low:
        found.add("not")
    return found


def _known_word(word: str) -> bool:
    """Whether the parser knows ``word``: a word of its lexicon or of the name tables, or a real word it never
    respells."""
    return word in KNOWN or LEXICON.noun(word) is not None or known_name(singular(word))


def _says_nothing(words: list[str]) -> bool:
    """Whether words said around a spoken question name nothing of the picture: no thing, value, place or quantity
    and no word that narrows ("okay so", "hang on", "basically", "buddy")."""
    said = " ".join(words)
    return not _content(said) and not _NARROWING.search(said)


def _adds_nothing(dropped: str, kept: str) -> bool:
    """Whether leaving ``dropped`` out of a message loses nothing that ``kept`` does not say itself: no thing, value,
    place or quantity, no word that narrows, and no asking word the kept part does not ask with (a question said
    twice loses nothing; "The cup left of the plate, what colour's it repping?" loses what is asked)."""
    if _PART_OF_PICTURE.search(dropped.lower()):
        return False  # "In the funny row, which shape is leftmost?": a place narrows, whatever its word
    if is_topic(dropped):
        head = _WORDS.findall(dropped.lower())[-1]
        if not _generic(head) and head not in _WORDS.findall(kept.lower()):
            return False  # "The bottle, what is written?": the thing asked about, whatever word names it
    if _TAG_ONLY.match(dropped.lower()):
        return True  # "..., is it?", "..., right?": a tag asks nothing of its own
    command = _COMMAND.match(dropped.lower())
    if command is not None and not (
        (command[1] in _COUNTING and "how many" in kept.lower())
        or (command[1] not in _COUNTING and re.search(r"\b(?:what|which|who)\b", kept.lower()) is not None)
    ):
        return False  # "Shapes in bottom row: count.": the command is what is asked
    if dropped.rstrip().endswith("?") and _SAYS_OF_IT.search(dropped.lower()):
        return False  # "The red cube, it is cold or warm to touch?": what is asked of the thing named
    guess = _TAG_AT_END.sub("", dropped.lower())
    if _GUESS.match(guess) and not _NARROWING.search(guess) and not _ASKS_TOO.search(guess) and "?" not in dropped:
        return True  # "I count four, but my eyes are old.", "Red, I think, but tell me.": the asker's guess
    if _CLASS_PROMPT.match(dropped.lower()) and not _content(_CLASS_PROMPT.sub(" ", dropped.lower())) - _content(kept):
        return True  # "Who can find the star? What colour is the star?": a teacher's prompt, not a question
    said = _EXCLAMATION.sub(" ", dropped.lower())  # "What a season it's had!": no question
    said = _RADIO_TALK.sub(" ", said)  # "Say again, all of them large? Over."
    home = _ASKERS_PLACE.search(said)  # "Back home they're red too": where the asker lives, not the picture
    said = _ASKERS_PLACE.sub(" ", said)
    asking = set(_WORDS.findall(said)) & _WH_WORDS
    checks = _YES_NO_START.match(said)
    asks = checks is not None and (not checks.group(1).endswith("n't") or dropped.rstrip().endswith("?"))
    if asks and not kept.lower().lstrip().startswith(checks.group(1)):  # type: ignore[union-attr]
        return False  # "Which object is behind the red sphere? Is it red?": a check of its own
    if not _HOW_MUCH.search(said):
        asking -= {"many", "much"}  # "Nowt much": no amount asked
    if _TELLING_SOMEONE.match(said):
        asking -= {"tell", "show", "say"}  # "Tell the listeners.": who to tell, not what
    content = _content(said)
    if home is not None or _ASKER_TALK.match(said):
        # "I ain't got all day", "but my eyes aren't what they were", "I'd say not", "where did I put my needles":
        # the asker's own things, quantity words and asking words say nothing of the picture
        content = _content(_ASKERS_OWN.sub(" ", said)) - _QUANTITY_WORDS
        asking = set()
    if content <= {"no", "not"}:
        content = set()  # "No tricks!", "Not a chance.": nothing of the picture to say no to
    return not _NARROWING.search(said) and content <= _content(kept) and asking <= set(_WORDS.findall(kept.lower()))


_COMMAND = re.compile(
    r"^\s*(?:(?:please|now|just|then|and|so|ok|okay)[, ]+)*(count|tally|total|number|list|name|describe|identify|"
    r"state|write|find|spot|pick)\b"
)
"""A command that asks on its own ("count.", "name it", "list them")."""
_COUNTING = frozenset({"count", "tally", "total", "number"})
_TELL_ME = r"(?:(?:but|so|and|just|please) )?(?:tell me|check me|correct me)(?: please)?"
"""A bare request to be told or checked ("..., but tell me."): it asks nothing of its own."""
_GUESS = re.compile(
    r"^\s*(?:(?:and|but|so|well|oh|hmm|now)[, ]+)*(?:(?:[a-z]+ ){0,2}?[a-z]+,? )?(?:i (?:think|guess|reckon|believe|"
    r"suspect|bet|count (?:[a-z0-9]+)\b|make it|'d (?:guess|say|bet)|would (?:guess|say)|am guessing|'m guessing|"
    r"could be wrong|may be wrong|might (?:well )?be wrong|wouldn't swear)|my guess is|from here it looks|"
    r"it looks that way)\b(?! of\b| about\b)"
)
"""A sentence giving the asker's guess at the answer ("I'd guess three.", "Yellow, I think, but I may be wrong.")."""
_SAYS_OF_IT = re.compile(
    r"^\s*(?:(?:and|but|so|then)\s+)?(?:it|they|he|she|this|that|these|those) (?:is|are|was|were|has|have)\b"
)
_ASKS_TOO = re.compile(r"\b(?:what|which|who|how|colou?rs?|shapes?|sizes?|materials?|its|their|tell|say)\b")
_TAG_AT_END = re.compile(rf"[,\s]*{_TELL_ME}[\s.!]*$")
_EXCLAMATION = re.compile(r"^\s*(?:oh |and |but |well )?(?:what an? |how (?=[a-z]+ (?:it|that|this|they)\b))")
_ASKER_TALK = re.compile(
    r"^\s*(?:(?:and|but|so|well|oh|because|cos|as|though|anyway|honestly|mind you)[, ]+)*"
    r"(?:i|i'm|i'd|i've|i'll|i ain't|ive|im|id|me|my|mine|we|we're|we've|our|can't|cannot|can not|couldn't|"
    r"could not|don't know|no idea|(?:now )?(?:where|what|why|how) (?:did|do|have|had|was|am|should) i)\b"
    r"(?!.*\b(?:count|counting|want|need|mean|care|interested|looking for|asking about|talking about|only|know|"
    r"wonder|wondering|curious|ask|asking|like to|tell|see|spot|notice|think there|reckon there)\b)"
)
_ASKERS_PLACE = re.compile(r"\b(?:back home|where i (?:come from|live|grew up)|at home|in my country)\b")
_ASKERS_OWN = re.compile(r"\b(?:my|our|mine) (?:[a-z]+ ){0,2}[a-z]+")
_TAG_ONLY = re.compile(
    r"^\s*(?:is it|isn't it|is that so|isn't that so|innit|right|no|yes|yeah|eh|ok|okay|correct|true|am i right|"
    rf"don't you think|wouldn't you say|{_TELL_ME})\s*[?.!]*\s*$"
)
_CLASS_PROMPT = re.compile(r"^\s*(?:who|which of you) can (?:find|spot|see|show me|point to|tell me)\b")
_TELLING_SOMEONE = re.compile(
    r"^\s*(?:and |now |so |then )?(?:tell|show|say (?:it )?to) (?:the (?:listeners|audience|viewers|class|kids|team|"
    r"jury|court|room|crowd|folks|readers)|everyone|everybody|us all|them|him|her)\b"
)
_RADIO_TALK = re.compile(r"\b(?:say again|over and out|over|roger|copy that|copy|come in)\b")
_HOW_MUCH = re.compile(r"\bhow (?:many|much)\b")


_YES_NO_START = re.compile(
    r"^\s*(is|are|was|were|does|do|did|can|could|has|have|will|would|should|isn't|aren't|doesn't|don't)\b"
)
_WH_WORDS = frozenset(
    "what which who whom whose where when why how many much colour color shape size material tell show say".split()
)


def _step_names(program: Program) -> list[str]:
    """The names the program's steps select, relate or check by."""
    names = []
    for step in program.steps:
        name = getattr(step, "name", None)
        if name is None and getattr(step, "attribute", None) == "name" and step.op in {"verify", "filter"}:
            name = getattr(step, "value", None)  # "is the cube a ball": a name checked
        if isinstance(name, str):
            names.append(name)
    return names


def _unknown_name(program: Program) -> bool:
    """Whether a step selects by a name that is no noun nsvr knows."""
    return any(_unknown_word(word) for name in _step_names(program) for word in name.split())


def _unknown_word(word: str) -> bool:
    """Whether ``word`` is neither a noun of the lexicon nor a word nsvr never respells."""
    return word not in KNOWN and LEXICON.noun(word) is None


def _names_nothing(words: str) -> bool:
    """Whether ``words`` name no thing, attribute or place nsvr knows ("Tough crowd", "Lekker", "d'ye know")."""
    found = _WORDS.findall(words.lower())
    if _NARROWING.search(words.lower()) or _BACK_REFERENCE.search(words.lower()):  # "Exclude those.", "Only once."
        return False
    return bool(found) and not any(
        LEXICON.noun(w) is not None or LEXICON.attribute_of(w) is not None or w in _PLACE_WORDS or w in _ASKING_WORDS
        for w in found
    )


_PLACE_WORDS = frozenset("left right top bottom front back behind middle near next above below under".split())
_ASKING_WORDS = frozenset(
    "what which who whom whose where when why how is are was were does do did can could will would should say says "
    "tell show many much colour color shape size material it its they them their not no".split()
)
"""Words that make talk a question or part of one ("what colour it has", "where can I buy"): never dropped."""


def _without_empty_talk(question: str) -> str:
    """``question`` without a first sentence and a last comma-tag that name nothing nsvr knows: "Whatever. The
    little brown cylinder, is it on the left ...", "Grand. Is the bus the same colour as the sign, d'ye know?"."""
    lead = _LEADING_SENTENCE.match(question)
    if lead is not None and len(lead.group(1).split()) <= 8 and _names_nothing(lead.group(1)) and not is_topic(lead[1]):
        question = question[lead.end() :]
    tag = _TRAILING_TAG.search(question)
    if tag is not None and len(tag.group(1).split()) <= 4 and _names_nothing(tag.group(1)):
        question = question[: tag.start()] + (tag.group(2) or "?")
    return question


def _quoted(question: str) -> str:
    """The question someone else asked, quoted in talk about it: "My son asked me, 'how many cubes are there?' How
    many are there?" asks the quoted question; a quoted claim followed by "Is he right?" asks whether it holds. Only
    when the talk around the quote names no object or attribute of its own."""
    found = _QUOTE.search(question)
    if found is None or len(found.group(1).split()) < 3:
        return question
    quoted = found.group(1).strip().rstrip(",")
    around = (question[: found.start()] + " " + question[found.end() :]).lower()
    if any(LEXICON.noun(w) is not None or LEXICON.attribute_of(w) is not None for w in _WORDS.findall(around)):
        return question
    if quoted.endswith("?"):
        return quoted
    return f"{quoted.rstrip('.!')}?" if _AGREEING.search(around) else question


def _in_english(question: str) -> str:
    """The question without its sentences in another language, when English ones follow or come before: "Czy
    jest wiecej kul niz kostek? Is there more of balls than of cubes?" asks the English sentence."""
    parts = [p for p in _SENTENCE_END.split(question.strip()) if p.strip()]
    if len(parts) < 2:
        return question
    english = [p for p in parts if not _foreign(p)]
    return " ".join(english) if english and len(english) < len(parts) else question


_ASKING = re.compile(
    r"\b(?:colou?rs?|shapes?|materials?|sizes?|kinds?|types?|names?|numbers?|counts?|many|much|which|what|who|how|"
    r"tell|say|give|list|name|mean|meant|one|ones|other|another|too|also|either|none|nothing)\b|"
    r"\b(?:not|n't|no) (?:the|a|an|any|that|this|those|these|counting|including|include|count)\b"
)


def _leading_question(question: str) -> list[str]:
    """The first sentence, when it is a question ("...?") and what follows is talk around it ("How many are
    metal? Hands up, don't shout it out.", "What is the boy throwing? My daughter says it's a ball."): never
    when the rest asks or narrows anything ("Tell its colour.", "the one that is small", "Only the material.",
    "What shape, I mean"), which would change the question."""
    parts = [p for p in _SENTENCE_END.split(question.strip()) if p.strip()]
    if len(parts) < 2 or not parts[0].rstrip().endswith("?"):
        return []
    rest = " ".join(p for p in parts[1:] if not (_ASIDE.search(p.lower()) and not _ASKING.search(p.lower()))).lower()
    if "?" in rest or _NARROWING.search(rest) or _ASKING.search(rest):
        return []
    return [parts[0]]


_ASIDE = re.compile(
    r"^\s*(?:and )?then\b|\b(?:make the call|(?:give|make) (?:me )?(?:the|a|your) (?:ruling|call|decision)|"
    r"(?:an? )?(?:official )?(?:ruling|decision)(?:,? please)?|need it for|for the (?:log|record|scoresheet|report)|"
    r"promise|eyes closed|lights? (?:out|off)|bed ?time|sleep time|it's teeth|quick count|go on|come on|"
    r"thanks?(?: you)?|cheers|little hands, you know)\b"
)
"""A sentence after a question that only says what happens next or why it is asked ("Then it's sleep time.",
"Give me the ruling.", "Need it for the scoresheet.")."""


def _names_something(text: str) -> bool:
    """Whether ``text`` names an object or a value ("our cylinders", "the red ones"), not only generic things."""
    return any(_object_noun(word) or LEXICON.attribute_of(word) is not None for word in _WORDS.findall(text.lower()))


def _loses_subject(dropped: str, tail: str) -> bool:
    """Whether dropping the talk before a question loses what it is about: "Let's lay out our cylinders. What
    colours have we got?" (the talk names the cylinders, the question names nothing)."""
    if _places(dropped) - _places(tail) and _ORDER_ASKED.search(tail.lower()):
        return True  # "Reading the top row like a flag, left to right: what colour is the second shape?"
    if is_topic(dropped) and not any(_object_noun(word) for word in _WORDS.findall(tail.lower())):
        return True  # "The bottle. What is written?", "the three cups . how many is not white": whatever its word
    return _names_something(dropped) and not (_names_something(tail) or _DEFINITE_NOUN.search(tail.lower()))


def _generic(word: str) -> bool:
    """ "one", "thing", "stuff": a noun that names no kind of object."""
    return word in {"one", "ones"} or (LEXICON.noun(word) or ("",))[0] == "thing"


def _object_noun(word: str) -> bool:
    """A noun of a kind of object ("cube", "bus"), not a generic one ("thing", "one")."""
    found = LEXICON.noun(word)
    return found is not None and found[0] != "thing"


def _places(text: str) -> set[str]:
    """The places ("top", "left", "corner") ``text`` names."""
    return {word for word in _WORDS.findall(text.lower()) if word in _PLACE_WORDS}


_ORDER_ASKED = re.compile(r"\b(?:first|second|third|fourth|fifth|last|next|[a-z]+most)\b")


_DEFINITE_NOUN = re.compile(r"\b(?:the|a|an|this|that|these|those) (?!(?:one|ones|same|other|others|rest)\b)[a-z]{3,}")


def _strange_name(program: Program) -> bool:
    """Whether a step selects by a name of several words, one of them no word nsvr knows as a noun or any other
    word ("cylinder careful now", "table question mark"): most likely talk read into a name."""
    for name in _step_names(program):
        words = name.split()
        if _pause_or_place(words) or _attribute_named(words):  # "in bottom right corner", "red colour things"
            return True
        if len(words) < 2 or LEXICON.noun(name) is not None:
            continue
        if any(map(_unknown_word, words)):
            return True
        if words[-1] in _NO_NOUN_ENDS or _order_word(words[-1]):  # "the bus itself", "cube backmost"
            return True
    return False


def _kinds_named(text: str) -> set[str]:
    """The kinds of object ``text`` names ("circles" -> circle, "people" -> person), not generic words ("things")."""
    found = set()
    for word in _WORDS.findall(text.lower()):
        noun = LEXICON.noun(word)
        if noun is not None and noun[0] != "thing":
            found.add(noun[0])
        elif known_name(one := singular(word)) and one not in GENERIC_NAMES:
            found.add(one)
    return found


def _drops_every_kind(question: str, program: Program) -> bool:
    """Whether a reading of ``question`` that leaves talk out lost the thing named first, as its topic, and names no
    other ("Person, how many is on this street?" read as a count of everything): it answers another question. So is
    a reading of all the picture's text where the message names what carries it ("Words on the bus — I don't know
    them. What is written?")."""
    last = program.steps[-1]
    if getattr(last, "attribute", None) == "text" and all(s.op == "scene" for s in program.steps[:-1]):
        return bool(_kinds_named(question) - {"word", "text", "writing", "letter", "sign"})
    lead = _LEAD_TOPIC.match(question)
    if lead is None:
        return False
    *described, head = lead[1].lower().split()
    if described and described[0] in {"the", "this", "that", "these", "those"}:
        described = described[1:]
    if not all(LEXICON.attribute_of(word) is not None or word in L.NUMBER_VALUES for word in described):
        return False
    return bool(_kinds_named(head)) and not any(map(_kinds_named, _step_names(program)))


_COUNTED = re.compile(r"\bhow many ([a-z]+s) (?:would|could|might|will|can)\b")
_NOT_COUNTED_KINDS = frozenset("colours colors kinds types sorts shapes sizes materials times more less".split())


def _loses_the_counted(question: str, program: Program) -> bool:
    """Whether ``question`` asks a hypothetical count of a kind nsvr has no word for ("How many bushels would a bin
    like that hold?") and the reading counts something else (a job's count, "How many lids do I need?", is read)."""
    found = _COUNTED.search(question.lower())
    if found is None or found[1] in _NOT_COUNTED_KINDS:
        return False
    word = found[1]
    if LEXICON.noun(word) is not None or known_name(singular(word)) or LEXICON.attribute_of(word) is not None:
        return False
    return singular(word) not in {singular(name.split()[-1]) for name in _step_names(program)}


_LEAD_TOPIC = re.compile(r"^\s*((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s*[,:;\u2014\u2013]")


def _no_name_at_all(program: Program) -> bool:
    """Whether a step selects by a name no object can have: an order ("shape rightmost"), a hesitation, a part of
    the picture ("bottom right corner") or an attribute's name ("colour"). On a graph that answers for every name,
    such a name finds nothing and a count or a check would say 0 or "no"."""
    return any(
        _pause_or_place(words) or any(map(_order_word, words)) or _attribute_named(words)
        for words in map(str.split, _step_names(program))
    )


def _pause_or_place(words: list[str]) -> bool:
    """Whether a name's words hold a hesitation ("uh") or name a part of the picture ("bottom right corner")."""
    return bool(HESITATIONS.intersection(words)) or (words[-1] in _PICTURE_PARTS and bool(_SIDES.intersection(words)))


def _order_word(word: str) -> bool:
    """ "rightmost", "backmost": an order, never a thing's name."""
    return word.endswith("most") and word != "most"


def _attribute_named(words: list[str]) -> bool:
    """Whether a name ends in an attribute's name ("girl colour"), other than the picture's background colour."""
    return words[-1] in _ATTRIBUTE_NAMES and " ".join(words) not in _BACKGROUND


_PART_OF_PICTURE = re.compile(r"\b(?:in|on|at|from) the (?:[a-z]+ ){0,2}(?:row|column|corner|half|line|part)\b")
_ATTRIBUTE_NAMES = frozenset("color colour colors colours size sizes material materials".split())
"""What a thing has, never what it is: a step selecting things named "colour" was a description misread."""
_PICTURE_PARTS = frozenset("corner side edge half part area".split())
_SIDES = frozenset("left right top bottom upper lower".split())
_NO_NOUN_ENDS = frozenset(
    "itself themselves himself herself here there now then too also please again anyway though yeah yep innit eh "
    "lol list together altogether total combined picture photo image pic drawing".split()
)


_BACKGROUND = frozenset({"background", "backdrop", "background color", "background colour"})


def _background_as_fact(program: Program) -> Program:
    """The picture's background read as the scene fact ``background`` (its colour, as the region proposer
    names it): "what colour is the background" asks no object, so ``select(background) -> unique -> query color``
    becomes ``scene -> query background``; "is the background white" verifies the fact. Only colours are read
    so: "is the background dark" keeps its object reading (nothing is called "background": unknown)."""
    steps = program.steps
    for index, step in enumerate(steps[:-2]):
        if step.op != "select" or step.name not in _BACKGROUND:
            continue
        one, asked = steps[index + 1], steps[-1]
        if one.op != "unique" or one.inputs != [index] or asked.inputs != [index + 1] or len(steps) != index + 3:
            continue
        if asked.op == "query" and (asked.attribute == "color" or step.name != "background"):
            last = asked.model_copy(update={"attribute": "background", "inputs": [index]})
        elif asked.op == "verify" and asked.attribute == "color" and _hue_name(asked.value):
            last = asked.model_copy(update={"attribute": "background", "inputs": [index], "of_one": False})
        elif asked.op == "choose" and asked.attribute == "color" and all(map(_hue_name, asked.options)):
            last = asked.model_copy(update={"attribute": "background", "inputs": [index]})
        else:
            continue
        return Program(steps=[*steps[:index], Scene(inputs=[]), last])
    return program


def _hue_name(value: str) -> bool:
    """A colour's name ("white", "teal"), not a lightness ("dark") a colour name would wrongly deny."""
    return value not in {"dark", "light", "bright", "pale", "colorful"} and L.LEXICON.attribute_of(value) == (
        "color",
        value,
    )


_NOT_BOTH = re.compile(
    r"\s*[,;:\u2014-]?\s*\(?\s*(?:(?:but|and|yet) )?(?:not both(?: of them| at once| together)?|"
    r"(?:but )?(?:only )?one or the other(?:,? (?:but )?not both)?)\s*\)?[\s?.!]*$",
    re.IGNORECASE,
)
"""An exclusive "or" said after its question ("is there a circle or a square, but not both?")."""


_CLAIM_WRONG = re.compile(
    r"\b(?:thinks|think|thought|says|said|believes|believe|claims|claimed|reckons|reckon|told me|tells me|insists|"
    r"guessed|guesses|bets)\b.+\b(?:is|was|are|were|am) (?:she|he|they|it|i|we|you|this|that|he or she) "
    r"(?P<wrong>wrong|mistaken|incorrect)[\s?.!]*$",
    re.IGNORECASE,
)
"""A claim reported, then asked to be wrong: whether it does not hold."""
_SAID_WRONGLY = re.compile(
    r"\s*(?:is it|would it be|am i) (?:wrong|false|incorrect|untrue|a mistake|mistaken) (?:to say|saying|in saying)"
    r"(?: that)? (.+?)[\s?.!]*$",
    re.IGNORECASE,
)
"""A claim asked to be false ("is it wrong to say that the star is red?")."""
_OR_THE_OTHER = re.compile(
    r"\s*,?\s*or (?:(?P<same>the same|alike)|different|not the same)(?: ones?| colou?rs?| shapes?| sizes?)?[\s?.!]*$",
    re.IGNORECASE,
)
"""Sameness offered as a choice after its question ("... the same colour, or different?"): answered by the word."""


_ATTRIBUTE_SEEN = r"(colou?rs?|shapes?|kinds? of shapes?|types? of shapes?|sizes?|materials?)"
_TIMES_SEEN = (
    r"(once|twice|(?:exactly|only|just) (?:once|twice)|more than once|two or more times|at least twice|once only)"
)
_SEEN_VERB = (
    r"(?:appears?|occurs?|shows? up|is used|are used|used|turns? up|comes? up|(?:is|are) represented(?: by| on)?|"
    r"(?:is|are) used (?:for|on|by))"
)
_SEEN_FORMS = [
    (
        re.compile(
            rf"(?i)^\s*how many (?:different )?{_ATTRIBUTE_SEEN} (?:only |just )?{_SEEN_VERB}(?: only| just)? "
            rf"{_TIMES_SEEN}(?: in the (?:picture|image))?[\s?.!]*$"
        ),
        "count",
    ),
    (
        re.compile(
            rf"(?i)^\s*how many (?:different )?{_ATTRIBUTE_SEEN} {_SEEN_VERB} (?:a single|exactly one|only one|"
            rf"just one) (?:shape|object|thing)[\s?.!]*$"
        ),
        "count one",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:which|what) {_ATTRIBUTE_SEEN} (?:only |just )?{_SEEN_VERB}(?: only| just)? "
            rf"{_TIMES_SEEN}[\s?.!]*$"
        ),
        "list",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:which|what) {_ATTRIBUTE_SEEN} (?:is|are) used for (?:exactly|only|just) one "
            rf"(?:shape|object|thing)[\s?.!]*$"
        ),
        "list one",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:is|are) there (?:any|a|an) {_ATTRIBUTE_SEEN} (?:that|which) (?:only |just )?{_SEEN_VERB}"
            rf"(?: only| just)? {_TIMES_SEEN}(?: in the (?:picture|image))?[\s?.!]*$"
        ),
        "any",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:are there )?any {_ATTRIBUTE_SEEN} (?:only )?{_SEEN_VERB}(?: only)? {_TIMES_SEEN}"
            rf"[\s?.!]*$"
        ),
        "any",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:are there )?any one-?off {_ATTRIBUTE_SEEN}(?: in (?:this|the) (?:picture|image))?"
            rf"[\s?.!]*$"
        ),
        "any one",
    ),
    (
        re.compile(
            rf"(?i)^\s*(?:does|do|is|are) (?:every|each|all the) {_ATTRIBUTE_SEEN}(?: in the (?:picture|image))? "
            rf"(?:{_SEEN_VERB} |represented by )?(?:at least twice|two or more times|more than once|(?:by "
            r")?two or more "
            rf"(?:shapes|objects|things))[\s?.!]*$"
        ),
        "every twice",
    ),
]
"""Values by how often they are seen: "how many colours appear only once?", "which colour is used for exactly one
shape?", "is there a colour that shows up only once?", "does every colour appear at least twice?"."""


def _seen_so_often(question: str) -> Program | None:
    """The program of a question about values seen so many times (:data:`_SEEN_FORMS`), or None."""
    for pattern, asked in _SEEN_FORMS:
        m = pattern.match(question)
        if m is None:
            continue
        said = m[1].lower()
        attribute = (
            "color"
            if said.startswith("colo")
            else "size"
            if said.startswith("size")
            else ("material" if said.startswith("material") else "shape")
        )
        times_said = (m[2] if m.lastindex and m.lastindex >= 2 else "").lower()
        at_least = asked == "every twice" or any(w in times_said for w in ("more than", "or more", "at least"))
        times = 2 if at_least or "twice" in times_said else 1
        if asked in {"count one", "list one", "any one", "every twice"}:
            times, at_least = (1, False)
        seen = ValuesSeen(inputs=[0], attribute=attribute, times=times, at_least=at_least)
        if asked.startswith("list"):
            return Program(steps=[Scene(), seen])
        counted = seen.model_copy(update={"count": True})
        steps = [Scene(), counted, Number(value=0)]
        if asked.startswith("count"):
            return Program(steps=steps[:2])
        final = Equal(inputs=[1, 2]) if asked == "every twice" else GreaterThan(inputs=[1, 2])
        return Program(steps=[*steps, final])
    return None


_COMPASS = {"above": "north", "below": "south", "right": "east", "left": "west"}
_COMPASS_SAID = re.compile(r"(?i)\b(?:north|south|east|west)(?:ern|erly|ward)?\b")


def _compass_said(program: Program, question: str) -> Program:
    """A choice of places offered as compass points ("is it north or south of the triangle?") answered in them."""
    last = program.steps[-1]
    if not isinstance(last, ChooseRelation) or not _COMPASS_SAID.search(question):
        return program
    if not all(p in _COMPASS for p in last.predicates):
        return program
    offered = [_COMPASS[p] for p in last.predicates]
    return Program(steps=[*program.steps[:-1], last.model_copy(update={"predicates": offered})])


def _odd_one_described(program: Program) -> Program:
    """ "Which one is the odd one out?" said with what sets it apart ("blue", where it alone is blue), as one says
    which it is: a query of the name of an odd one out is the odd one out described."""
    last = program.steps[-1]
    if not (isinstance(last, Query) and last.attribute == "name" and len(last.inputs) == 1):
        return program
    at = last.inputs[0]
    odd = program.steps[at]
    if not isinstance(odd, OddOneOut):
        return program
    described = odd.model_copy(update={"describe": True})
    if at == len(program.steps) - 2:
        return Program(steps=[*program.steps[:at], described])
    return Program(steps=[*program.steps[:-1], described])


def _one_not_both(program: Program, question: str) -> Program:
    """``program``'s "or" made exclusive: its two sides differ. Its "or" is its last step, or an existence of a union
    ("is there a circle or a square": the existence of each)."""
    last = program.steps[-1]
    steps = list(program.steps)
    if isinstance(last, Or):
        sides = list(last.inputs)
        steps.pop()
    elif isinstance(last, Exist) and isinstance(steps[last.inputs[0]], Union):
        union = steps[last.inputs[0]]
        steps.pop()
        sides = []
        for side in union.inputs:
            steps.append(Exist(inputs=[side]))
            sides.append(len(steps) - 1)
    else:
        raise ParseError(f"I can't tell which two things {question!r} says are not both true")
    steps.append(Equal(inputs=sides))
    steps.append(Not(inputs=[len(steps) - 1]))
    return Program(steps=steps)


def _answers_yes_no(program: Program) -> bool:
    return SIGNATURES[program.steps[-1].op][2] == "bool"


def _both(first: Program, second: Program, *, either: bool = False) -> Program:
    """One program: both halves' steps (the second's inputs shifted past the first's), and their ``and`` (their
    ``or`` with ``either``)."""
    offset = len(first.steps)
    shifted = [step.model_copy(update={"inputs": [i + offset for i in step.inputs]}) for step in second.steps]
    inputs = [offset - 1, offset + len(shifted) - 1]
    return Program(steps=[*first.steps, *shifted, Or(inputs=inputs) if either else And(inputs=inputs)])


def _first_word(text: str) -> str:
    found = _LETTERS.search(text.lower())
    return found.group() if found else ""


_LETTERS = re.compile(r"[a-z]+")
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b")
_DEFAULT = EmbeddedParser()


def parse(question: str) -> Program:
    """The program of ``question`` (see :class:`EmbeddedParser`)."""
    return _DEFAULT.parse(question)
