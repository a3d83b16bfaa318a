"""A compact notation for programs: hand-written gold programs (the paraphrase sets) and the LLM prompt's examples.

An expression is a nest of calls, read with Python's ``ast`` (never evaluated); bare words are strings::

    count(f(sel(cube), color=red, size=large))      ->  select(cube) filter(color=red) filter(size=large) count
    exist(rel(u(f(sel(sphere), color=red)), left, name=cube))

Calls: ``scene()``, ``sel(NAME)``, ``f(X, ATTR=VALUE, ...)`` (one filter per keyword, in order), ``fn(X, ATTR=VALUE)``
(negated filter), ``u(X)``, ``rel(X, PREDICATE, name=N, role=object)``, ``same_attr(X, ATTR)``, ``union(A, B)``,
``inter(A, B)``, ``diff(A, B)``, ``ord(X, BY, INDEX)``, ``count(X)``, ``nvalues(X, ATTR)``,
``common_value(X, ATTR)``, ``values(X, ATTR)``, ``closest(X, Y)``, ``farthest(X, Y)``, ``exist(X)``, ``q(X, ATTR)``,
``where(X)``, ``verify(X, ATTR, VALUE)`` (``ATTR`` may be ``none``), ``vrel(X, PREDICATE, name=N, role=R)``,
``choose(X, ATTR, [A, B])``, ``choose_rel(X, [P1, P2], name=N, role=R)``, ``same(A, B, ATTR)``,
``different(A, B, ATTR)``, ``compare(A, B, COMPARATIVE)``, ``larger(A, B)``, ``smaller(A, B)``, ``num(K)`` (a
number), ``eq``, ``lt``, ``gt``, ``add``, ``sub``, ``and_``, ``or_``, ``not_``.

>>> print(compile_gold("count(f(sel(cube), color=red))").pretty())
0 select(name=cube)
1 filter[0](attribute=color, value=red)
2 count[1]()
"""

from __future__ import annotations

import ast

from nsvr.scene_graph import program as P


class GoldNotationError(ValueError):
    """A gold expression that does not follow the notation."""


_BINARY = {
    "union": P.Union,
    "inter": P.Intersect,
    "diff": P.Difference,
    "eq": P.Equal,
    "lt": P.LessThan,
    "gt": P.GreaterThan,
    "add": P.Add,
    "sub": P.Subtract,
    "mul": P.Multiply,
    "and_": P.And,
    "or_": P.Or,
}
_UNARY = {"u": P.Unique, "count": P.Count, "exist": P.Exist, "not_": P.Not, "even": P.Even}


def _word(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return None if node.id == "none" else node.id.replace("_", " ")
    if isinstance(node, ast.Constant) and isinstance(node.value, str | int):
        return str(node.value)
    raise GoldNotationError(f"expected a word, got {ast.unparse(node)}")


class _Compiler:
    def __init__(self) -> None:
        self.steps: list[P._Step] = []

    def add(self, step: P._Step) -> int:
        self.steps.append(step)
        return len(self.steps) - 1

    def node(self, node: ast.expr) -> int:  # noqa: C901 - one branch per call
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            raise GoldNotationError(f"expected a call, got {ast.unparse(node)}")
        name, args = node.func.id, node.args
        keywords = {k.arg: k.value for k in node.keywords}
        words = {k: _word(v) if not isinstance(v, ast.List) else v for k, v in keywords.items()}
        if name == "scene":
            return self.add(P.Scene())
        if name == "sel":
            return self.add(P.Select(name=_word(args[0])))
        if name == "num":
            return self.add(P.Number(value=int(_word(args[0]) or "")))
        if name in _UNARY:
            return self.add(_UNARY[name](inputs=[self.node(args[0])]))
        if name in _BINARY:
            return self.add(_BINARY[name](inputs=[self.node(args[0]), self.node(args[1])]))
        first = self.node(args[0])
        if name in {"larger", "smaller"}:
            return self.add(P.Larger(inputs=[first, self.node(args[1])], smaller=name == "smaller"))
        if name in {"same", "different"} and len(args) == 2:
            step = P.Same if name == "same" else P.Different
            return self.add(step(inputs=[first], attribute=_word(args[1])))
        if name in {"same", "different", "compare"}:
            second = self.node(args[1])
            value = _word(args[2])
            if name == "compare":
                return self.add(P.Compare(inputs=[first, second], comparative=value))
            step = P.Same if name == "same" else P.Different
            return self.add(step(inputs=[first, second], attribute=value))
        if name == "prop":
            form = _word(args[2]) if len(args) > 2 else "fraction"
            return self.add(P.Proportion(inputs=[first, self.node(args[1])], form=form))
        if name in {"closest", "farthest"}:
            anchor = self.node(args[1])
            return self.add(P.Closest(inputs=[first, anchor], farthest=name == "farthest"))
        rest = [_word(a) if not isinstance(a, ast.List) else [_word(e) for e in a.elts] for a in args[1:]]
        if name in {"f", "fn"}:
            for attribute, value in words.items():
                first = self.add(
                    P.Filter(
                        inputs=[first],
                        attribute=None if attribute == "any" else attribute,
                        value=value,
                        negate=name == "fn",
                    )  # fmt: skip
                )
            return first
        if name == "rel":
            return self.add(P.Relate(inputs=[first], predicate=rest[0], name=words.get("name"),
                                     role=words.get("role") or "subject"))  # fmt: skip
        if name == "vrel":
            return self.add(P.VerifyRelation(inputs=[first], predicate=rest[0], name=words.get("name"),
                                             role=words.get("role") or "subject"))  # fmt: skip
        if name == "same_attr":
            return self.add(P.SameAttribute(inputs=[first], attribute=rest[0]))
        if name == "worded":
            return self.add(P.Worded(inputs=[first], words=rest[0]))
        if name == "odd":
            return self.add(P.OddOneOut(inputs=[first], attribute=rest[0] if rest else None))
        if name == "ord":
            if len(rest) > 1 and rest[1] == "middle":  # ord(X, left, middle): the middle one of an odd number
                return self.add(P.Ordinal(inputs=[first], by=rest[0], middle=True))
            return self.add(P.Ordinal(inputs=[first], by=rest[0], index=int(rest[1]) if len(rest) > 1 else 1))
        if name == "q":
            return self.add(P.Query(inputs=[first], attribute=rest[0]))
        if name == "where":
            return self.add(P.Where(inputs=[first], predicate=rest[0] if rest else "on"))
        if name == "nvalues":
            return self.add(P.CountValues(inputs=[first], attribute=rest[0]))
        if name == "common_value":
            return self.add(P.MostCommon(inputs=[first], attribute=rest[0]))
        if name == "values":
            return self.add(P.ListValues(inputs=[first], attribute=rest[0]))
        if name == "verify":
            return self.add(P.Verify(inputs=[first], attribute=rest[0], value=rest[1]))
        if name == "choose":
            return self.add(P.Choose(inputs=[first], attribute=rest[0], options=rest[1]))
        if name == "choose_rel":
            return self.add(P.ChooseRelation(inputs=[first], predicates=rest[0], name=words.get("name"),
                                             role=words.get("role") or "subject"))  # fmt: skip
        raise GoldNotationError(f"unknown call {name!r} in {ast.unparse(node)}")


def compile_gold(expression: str) -> P.Program:
    """The program a gold expression describes; :class:`GoldNotationError` when it is malformed."""
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        raise GoldNotationError(f"not an expression: {expression!r} ({error.msg})") from error
    compiler = _Compiler()
    try:
        compiler.node(tree.body)
        return P.Program(steps=compiler.steps)
    except (IndexError, TypeError, ValueError) as error:
        raise GoldNotationError(f"cannot compile {expression!r}: {error}") from error


CALLS = {
    "scene": "scene() all objects",
    "sel": "sel(NAME) objects called NAME",
    "f": "f(X, ATTR=VALUE) objects of X with that value (color, size, material, shape, ...)",
    "fn": "fn(X, ATTR=VALUE) objects of X without it",
    "u": "u(X) the one object of X",
    "rel": "rel(X, PREDICATE) objects that are PREDICATE (left, right, front, behind, on, near ...) of X; "
    "rel(X, PREDICATE, role=object) objects X is PREDICATE (wearing, holding ...); name=N keeps those called N",
    "same_attr": "same_attr(X, ATTR) the other objects with X's ATTR",
    "union": "union(A, B)",
    "inter": "inter(A, B)",
    "diff": "diff(A, B) objects of A not in B",
    "ord": "ord(X, BY, K) the K-th object of X from the BY side (left, right, top, bottom, front, behind, largest); "
    "K=middle: the middle one",
    "count": "count(X) a number",
    "nvalues": "nvalues(X, ATTR) how many different ATTR values X's objects have",
    "common_value": "common_value(X, ATTR) the ATTR value most of X's objects have",
    "values": "values(X, ATTR) the different ATTR values X's objects have, as a list (ATTR may be name)",
    "closest": "closest(X, Y) the object of X nearest to the one object Y",
    "farthest": "farthest(X, Y) the object of X farthest from the one object Y",
    "exist": "exist(X) yes if X is not empty",
    "q": "q(X, ATTR) the ATTR of X (name, color, size, material, shape, text ...)",
    "where": "where(X) where the one object X is: the place it is on, or where no place is seen its place in the "
    "picture (top left, center ...)",
    "verify": "verify(X, ATTR, VALUE) yes if X has it",
    "vrel": "vrel(X, PREDICATE, name=N) yes if an N is PREDICATE of X",
    "choose": "choose(X, ATTR, [A, B]) which of A and B X's ATTR is",
    "choose_rel": "choose_rel(X, [P1, P2], name=N) which relation an N has to X",
    "same": "same(A, B, ATTR) yes if A and B share ATTR",
    "different": "different(A, B, ATTR)",
    "compare": "compare(A, B, COMPARATIVE) the name of the one that is more COMPARATIVE (bigger, older ...)",
    "larger": "larger(A, B) yes if the one object A is larger than the one object B",
    "smaller": "smaller(A, B) yes if the one object A is smaller than the one object B",
    "eq": "eq(N, M)",
    "lt": "lt(N, M) N < M",
    "gt": "gt(N, M) N > M",
    "num": "num(K) the number K, to compare a count with",
    "add": "add(N, M)",
    "sub": "sub(N, M) N - M",
    "odd": "odd(X[, ATTR]) the one object of X that differs from all the others (in ATTR)",
    "even": "even(N) yes if N is even",
    "mul": "mul(N, M)",
    "prop": "prop(N, M, FORM) N as a share of M: fraction, percent, ratio or times",
    "worded": "worded(A, [W1, W2]) W1 if A is yes, else W2",
    "and_": "and_(A, B)",
    "or_": "or_(A, B)",
    "not_": "not_(A)",
}
"""Every call of the notation, with what it means (the LLM prompt lists them)."""

GRAMMAR = (
    r"""
root ::= call
call ::= fname "(" args? ")"
args ::= arg (", " arg)*
arg ::= call | key "=" word | "[" word (", " word)* "]" | word
word ::= [a-z0-9_]+ | "'" [^'\n]+ "'"
key ::= [a-z_]+
""".strip()
    + "\nfname ::= "
    + " | ".join(f'"{name}"' for name in sorted(CALLS, key=len, reverse=True))
    + "\n"
)
"""A GBNF grammar (llama.cpp) that every reply in the notation follows, so constrained decoding can only produce
something :func:`compile_gold` reads (or reports precisely)."""
