"""Questions in people's own words: every kind the parser reads (requests, number forms, context words,
existence, negation, count and attribute comparisons, attribute questions in casual forms, relations, "other
than", "either/or", "both/and", generic words, people, image positions, text) answers like its hand-written gold
program; words it cannot place are refused, never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from nsvr.agent.llm.notation import compile_gold
from nsvr.agent.parser import ParseError, parse
from nsvr.scene_graph.executor import execute
from nsvr.tasks.paraphrase_bench import Scenes, load_items, run, summary_lines

DATA = Path(__file__).resolve().parents[2] / "data" / "paraphrases"
CLEVR_SCENES = Path(__file__).resolve().parents[3] / ".." / "shared" / "clevr-mini" / "val" / "scenes.json"


CASES = [
    # kind, photo scene, question, gold program (nsvr.agent.llm.notation)
    ("request", "kitchen", "Count the cups.", "count(sel(cup))"),
    ("request", "kitchen", "Could you tell me what the table is made of?", "q(sel(table), material)"),
    ("request", "shapes", "I'd like to know how many circles there are.", "count(sel(circle))"),
    ("number", "street", "What is the total number of ties?", "count(sel(tie))"),
    ("number", "park", "Dogs: how many?", "count(sel(dog))"),
    ("number", "street", "How many vehicles does the picture contain?", "count(sel(vehicle))"),
    ("context", "street", "How many people can you see in this picture for me?", "count(sel(person))"),
    ("existence", "street", "Can you spot a dog?", "exist(sel(dog))"),
    ("existence", "street", "Is at least one car present?", "exist(sel(car))"),
    ("existence", "park", "Does the scene include a bench?", "exist(sel(bench))"),
    ("existence", "street", "bus?", "exist(sel(bus))"),
    ("negation", "shapes", "Is there not a circle?", "not_(exist(sel(circle)))"),
    ("negation", "shapes", "Is no red shape present?", "not_(exist(f(scene(), color=red)))"),
    ("negation", "shapes", "Does the image not contain a triangle?", "not_(exist(sel(triangle)))"),
    ("count_compare", "park", "Do the people outnumber the dogs?", "gt(count(sel(person)), count(sel(dog)))"),
    ("count_compare", "park", "Are dogs more common than trees?", "gt(count(sel(dog)), count(sel(tree)))"),
    ("attr_compare", "kitchen", "Does the plate match the clock in colour?", "same(sel(plate), sel(clock), color)"),
    ("attr_compare", "shapes", "Is the star bigger than the circle on the left?",
     "and_(verify(sel(star), size, large), verify(f(sel(circle), hposition=left), size, small))"),
    ("attr_query", "kitchen", "what's the colour of the bottle", "q(sel(bottle), color)"),
    ("attr_query", "kitchen", "Which material is the table made of?", "q(sel(table), material)"),
    ("attr_query", "kitchen", "Is the fork metal or wood?", "choose(sel(fork), material, [metal, wood])"),
    ("attr_query", "shapes", "The star - what colour?", "q(sel(star), color)"),
    ("relation", "kitchen", "To the right of the bottle, what colour is the cup?",
     "q(inter(rel(sel(bottle), right), sel(cup)), color)"),
    ("relation", "street", "Is the woman in front of the bus?", "vrel(sel(bus), front, name=woman)"),
    ("other_than", "park", "How many people other than the boy are there?", "count(diff(sel(person), sel(boy)))"),
    ("other_than", "park", "Apart from the dogs, are there any animals?", "exist(diff(sel(animal), sel(dog)))"),
    ("either_or", "park", "How many dogs or bicycles are there?", "count(union(sel(dog), sel(bicycle)))"),
    ("either_or", "shapes", "How many shapes are either red or blue?",
     "count(union(f(scene(), color=red), f(scene(), color=blue)))"),
    ("both_and", "park", "Are there both dogs and cats?", "and_(exist(sel(dog)), exist(sel(cat)))"),
    ("generic", "shapes", "How many shapes are there?", "count(scene())"),
    ("generic", "shapes", "What shape is yellow?", "q(f(scene(), color=yellow), shape)"),
    ("generic", "shapes", "How many four-sided shapes are there?", "count(union(sel(square), sel(rectangle)))"),
    ("generic", "street", "Is there anything brown?", "exist(f(scene(), color=brown))"),
    ("people", "park", "How many people are there?", "count(sel(person))"),
    ("people", "park", "How many children are there?", "count(sel(child))"),
    ("people", "street", "Who is holding the dog?", "q(rel(sel(dog), holding), name)"),
    ("position", "street", "What colour is the tie on the left?", "q(f(sel(tie), hposition=left), color)"),
    ("position", "park", "Who is the leftmost person?", "q(ord(sel(person), left, 1), name)"),
    ("position", "kitchen", "What colour is the second cup from the left?", "q(ord(sel(cup), left, 2), color)"),
    ("position", "kitchen", "What colour is the cup in the middle?", "q(f(sel(cup), hposition=middle), color)"),
    ("position", "shapes", "What shape is in the top left corner?",
     "q(f(scene(), vposition=top, hposition=left), shape)"),
    ("text", "street", "Does the bus say cero emisiones?", "verify(sel(bus), text, 'cero emisiones')"),
    ("text", "street", "What is written on the bus?", "q(sel(bus), text)"),
    ("text", "street", "What does the sign say?", "q(sel(sign), text)"),
    ("text", "street", "Is there text that says no parking?", "exist(f(scene(), text='no parking'))"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "scene", "question", "gold"), CASES, ids=[c[2] for c in CASES])
def test_every_kind_answers_like_its_gold_program(photos, kind, scene, question, gold):
    graph = photos[scene]
    expected = execute(compile_gold(gold), graph)
    assert expected.status == "ok", expected.reason
    answer = execute(parse(question), graph)
    assert (answer.status, answer.text) == ("ok", expected.text), parse(question).pretty()


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Is the cube fnorbly?", "fnorbly"),
        ("How many cubes are glimmering at the ball?", "glimmering"),
        ("Are there more than two cubes glimmering?", "glimmering"),
        ("How many different moods are there?", "moods"),
        ("How many other cubes are there?", "other"),
    ],
)
def test_words_it_cannot_place_are_refused_and_named(question, word):
    with pytest.raises(ParseError, match=f"I don't understand .*'{word}'|expected what '{word}'"):
        parse(question)


@pytest.mark.skipif(not CLEVR_SCENES.exists(), reason="needs ../shared/clevr-mini")
def test_the_development_set_is_read_right_and_never_confidently_wrong():
    records, _ = run(load_items(DATA / "dev.jsonl"), Scenes(CLEVR_SCENES, DATA / "photo_scenes.json"),
                     _embedded())  # fmt: skip
    right = sum(r["outcome"] == "right" for r in records) / len(records)
    wrong = sum(r["outcome"] == "wrong" for r in records) / len(records)
    assert right >= 0.98 and wrong <= 0.005, "\n".join(summary_lines(records))


def _embedded():
    from nsvr.tasks.paraphrase_bench import embedded_planner

    return embedded_planner()
