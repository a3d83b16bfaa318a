"""Casual typing (slips on nsvr's own words, doubled words, chat spellings), a teacher's openers and asides,
anaphora across two sentences, everyday photo wordings; each compared with the program of a plain wording."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nsvr.agent.parser import parse
from nsvr.agent.parser.normalize import SPELLINGS
from nsvr.agent.parser.spelling import CORE, KNOWN, REAL_WORDS, correct
from nsvr.agent.parser.tokens import ParseError

SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def same(question: str, plain: str) -> None:
    assert parse(question).pretty() == parse(plain).pretty()


# --- typing slips ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("cyllinder", "cylinder"),  # a letter added
        ("spehre", "sphere"),  # two letters swapped
        ("purpple", "purple"),
        ("yelloow", "yellow"),
        ("metl", "metal"),  # four letters: a letter left out of one core word
        ("rubbers", None),  # a real word
        ("brwn", None),  # a letter left out of "brown", but also of the real word "brawn"
        ("objetcs", "objects"),
        ("matallic", "metallic"),
        ("cylindre", "cylinder"),
    ],
)
def test_one_slip_on_a_core_word_is_read_as_that_word(typed: str, meant: str | None) -> None:
    assert correct(typed) == meant


@pytest.mark.parametrize("word", ["shall", "medal", "shade", "shine", "thins", "font", "sides", "woven", "crown"])
def test_real_english_words_are_never_respelled(word: str) -> None:
    assert correct(word) is None


@pytest.mark.parametrize("word", ["gry", "bleu", "cbe", "gren", "tiney", "sqare"])
def test_short_or_ambiguous_slips_are_not_guessed(word: str) -> None:
    # "gren": one slip from green and from grey; "bleu": a swap in a four-letter word; "sqare": also "share"
    assert correct(word) is None


def test_no_known_word_is_respelled() -> None:
    assert all(correct(word) is None for word in KNOWN if word.isalpha())


def test_no_real_word_from_the_gqa_questions_becomes_another_word() -> None:
    words: set[str] = set()
    for name in ("ood_testdev_head.json", "val_bal_tail_-0.7.json"):
        path = SHARED / "gqa-questions" / name
        if not path.exists():
            pytest.skip("shared GQA questions not available")
        data = json.loads(path.read_text())
        for item in data.values() if isinstance(data, dict) else data:
            text = item["question"] if isinstance(item, dict) else str(item)
            words.update(re.findall(r"[a-z]+", text.lower()))
    pairs = tuple(sorted(SPELLINGS.items()))
    assert [(w, correct(w, pairs)) for w in sorted(words) if correct(w, pairs) not in (None, w)] == []


def test_core_words_and_listed_real_words_do_not_overlap_in_meaning() -> None:
    assert {correct(word) for word in CORE | REAL_WORDS} == {None}


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("how many cyllinders are big", "how many cylinders are big"),
        ("what colr is the spehre", "what color is the sphere"),
        ("is the grey cube metallic", "is the gray cube metallic"),
        ("are there any purpple objetcs", "are there any purple objects"),
        ("what is the the size of the red cube", "what is the size of the red cube"),
        ("is is the ball blue", "is the ball blue"),
        ("wich material is the big ball", "which material is the big ball"),
        ("wat shape is the tiny green thing", "what shape is the tiny green thing"),
        ("hw many balls r there", "how many balls are there"),
        ("is ther any cyan cube", "is there any cyan cube"),
        ("are there more balls then cubes", "are there more balls than cubes"),
    ],
)
def test_casual_typing_reads_like_the_plain_question(question: str, plain: str) -> None:
    same(question, plain)


@pytest.mark.parametrize("question", ["how many cubs are there", "is the rd ball small", "how many grren spears"])
def test_typos_that_could_be_other_words_are_refused_or_stay_unknown(question: str) -> None:
    try:
        program = parse(question)
    except ParseError:
        return
    names = [getattr(s, "name", None) for s in program.steps if s.op == "select"]
    assert not {"cube", "sphere"} & set(names)


# --- a teacher's voice -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Great work! What colour is the large cylinder?", "What colour is the large cylinder?"),
        ("Okay sweetheart, look closely: how many metal things are there?", "how many metal things are there?"),
        ("Let's see. Is there a purple ball?", "Is there a purple ball?"),
        ("Pay attention now: is the blue block shiny?", "is the blue block shiny?"),
        ("Is the small ball red? Think carefully!", "Is the small ball red?"),
        ("How many blocks are there? Count them carefully.", "How many blocks are there?"),
        ("Now touch the brown block. What is it made of?", "What is the brown block made of?"),
        ("Look at the tiny cylinder. Is it red or blue?", "Is the tiny cylinder red or blue?"),
        ("Look behind the yellow ball. How many things are there?", "How many things are behind the yellow ball?"),
        ("Look left of the cyan cube. Is there a sphere there?", "Is there a sphere left of the cyan cube?"),
        ("Do you see any metal balls? How many?", "How many metal balls?"),
        ("What do you think, how many blocks are red?", "how many blocks are red?"),
        ("Am I right that the cube is big?", "Is the cube big?"),
        ("the big red ball is it metal", "is the big red ball metal"),
        (
            "Can you tell me if the red cube and the blue ball have the same colour?",
            "Do the red cube and the blue ball have the same colour?",
        ),
    ],
)
def test_a_teachers_openers_asides_and_pointing(question: str, plain: str) -> None:
    same(question, plain)


def test_an_opener_that_asks_something_is_kept() -> None:
    same("count: big balls", "how many big balls")
    same("Good, how many big balls?", "how many big balls?")


# --- everyday photo wordings -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("is the girl sitting to the left of the bench", "is the girl to the left of the bench"),
        ("is the car parked behind the bus", "is the car behind the bus"),
        ("what colour is the hat the boy has on", "what colour is the hat the boy is wearing"),
        ("what time does the clock show", "what does the clock say"),
        ("is it snowing", "is it snowy"),
        ("what colour is the dog on the far right", "what colour is the rightmost dog"),
        ("was this photo taken indoors", "is it indoors"),
    ],
)
def test_everyday_photo_wordings(question: str, plain: str) -> None:
    same(question, plain)


@pytest.mark.parametrize("question", ["is the car driving fast", "is the boy running quickly"])
def test_manner_adverbs_are_not_objects(question: str) -> None:
    with pytest.raises(ParseError):
        parse(question)
