from __future__ import annotations

from nsvr.tasks.gqa.metrics import chi_square, consistency, gqa_metrics, grounding_score, reasoning_steps


def semantic(*operations: tuple[str, str]) -> list[dict]:
    return [{"operation": op, "argument": arg, "dependencies": []} for op, arg in operations]


def test_reasoning_steps_leave_out_exist_query_name_and_choose_name():
    program = semantic(
        ("select", "cat (1)"),
        ("filter color", "black"),
        ("exist", "?"),
        ("select", "dog (2)"),
        ("query", "name"),
        ("choose name", "a|b"),
        ("query", "color"),
    )
    assert reasoning_steps(program) == 4


def test_grounding_is_the_evidence_share_on_annotated_objects():
    annotations = {"question": {"2": "5"}, "fullAnswer": {"1": "6"}, "answer": {"0": "7"}}
    assert grounding_score(["5", "6", "9", "10"], annotations, whole_scene=False) == 0.5
    assert grounding_score(["7"], annotations, whole_scene=False) == 0.0  # the answer pointer is not a region
    assert grounding_score([], annotations, whole_scene=False) == 0.0
    assert grounding_score([], {"question": {}, "fullAnswer": {}}, whole_scene=True) == 1.0
    assert grounding_score(["5"], {"question": {}, "fullAnswer": {}}, whole_scene=False) is None


def test_chi_square_weights_groups_by_size():
    gold = {"color": {"red": 3, "blue": 1}, "side": {"left": 1}}
    predicted = {"color": {"red": 1, "blue": 1, "green": 2}, "side": {"left": 1}}
    # color: (1-3)^2/3 + 0 = 4/3, size 4; side: 0, size 1
    assert chi_square(gold, predicted) == (4 / 3 * 4) / 5 / 100


def test_consistency_only_counts_correct_questions_with_run_entailed_ones():
    records = {"a": {"correct": True}, "b": {"correct": False}, "c": {"correct": True}, "d": {"correct": True}}
    questions = {
        "a": {"entailed": ["b", "c", "zz", "a"]},
        "b": {"entailed": ["a"]},
        "c": {"entailed": []},
        "d": {"entailed": ["zz"]},
    }
    assert consistency(records, questions) == (50.0, 1)


def test_validity_uses_the_common_group_for_common_questions():
    records = [
        {"id": "1", "prediction": "shape", "answer": "shape", "correct": True, "detailed": "twoCommon"},
        {"id": "2", "prediction": "purple", "answer": "red", "correct": False, "detailed": "directOf"},
        {"id": "3", "prediction": "red", "answer": "red", "correct": True},
    ]
    choices = {"1": {"valid": ["red"], "plausible": []}, "2": {"valid": ["red", "purple"], "plausible": ["red"]}}
    metrics = gqa_metrics(records, {}, choices)
    assert (metrics["validity"], metrics["plausibility"]) == (100.0, 50.0)
    assert gqa_metrics(records, {})["validity"] is None
