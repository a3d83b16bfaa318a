"""Optimal one-to-one assignment: the Hungarian algorithm in numpy (shortest augmenting paths, O(n^2 m), exact),
or scipy's ``linear_sum_assignment`` for large problems when scipy is installed (the ``perception`` extra). Both
give a minimum-cost assignment; they may differ only between assignments of equal cost.

>>> cost = np.array([[4.0, 1.0, 3.0], [2.0, 0.0, 5.0], [3.0, 2.0, 2.0]])
>>> rows, cols = hungarian(cost)
>>> rows.tolist(), cols.tolist(), float(cost[rows, cols].sum())
([0, 1, 2], [1, 0, 2], 5.0)
>>> assign_with_rejection(np.array([[0.5, 9.0], [9.0, 9.0]]), leave_row=2.0, leave_column=2.0)
[(0, 0)]
"""

from __future__ import annotations

import importlib.util

import numpy as np

HAS_SCIPY = importlib.util.find_spec("scipy") is not None


def hungarian(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of a minimum-cost assignment of a finite ``(n, m)`` matrix (``min(n, m)`` pairs, rows
    ascending), in numpy only."""
    cost = np.asarray(cost, dtype=np.float64)
    if cost.size == 0:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    if cost.shape[0] > cost.shape[1]:
        cols, rows = hungarian(cost.T)
        order = np.argsort(rows)
        return rows[order], cols[order]
    n, m = cost.shape
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    owner = np.zeros(m + 1, dtype=int)  # owner[j]: the row (1-based) holding column j; column 0 is the root
    way = np.zeros(m + 1, dtype=int)
    for row in range(1, n + 1):
        owner[0] = row
        column = 0
        slack = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[column] = True
            current = owner[column]
            reduced = cost[current - 1] - u[current] - v[1:]
            free = ~used[1:]
            better = free & (reduced < slack[1:])
            slack[1:][better] = reduced[better]
            way[1:][better] = column
            candidates = np.where(free, slack[1:], np.inf)
            nxt = int(np.argmin(candidates)) + 1
            delta = candidates[nxt - 1]
            u[owner[used]] += delta
            v[used] -= delta
            slack[1:][free] -= delta
            column = nxt
            if owner[column] == 0:
                break
        while column:
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    columns = np.flatnonzero(owner[1:]) + 1
    rows = owner[columns] - 1
    order = np.argsort(rows)
    return rows[order], (columns - 1)[order]


SCIPY_FROM = 64
"""Smaller problems are solved in numpy (exact, and faster than importing scipy); larger ones by scipy when
installed."""


def min_cost_assignment(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of a minimum-cost assignment (:func:`hungarian`, or scipy for large problems)."""
    if HAS_SCIPY and max(np.shape(cost)) >= SCIPY_FROM:
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(np.asarray(cost, dtype=np.float64))
        return np.asarray(rows), np.asarray(cols)
    return hungarian(cost)


def assign_with_rejection(cost: np.ndarray, leave_row: float, leave_column: float) -> list[tuple[int, int]]:
    """The optimal partial assignment: pairs ``(i, j)`` minimising the total of the chosen costs plus
    ``leave_row`` for each row left unassigned and ``leave_column`` for each column left unassigned.
    ``inf`` entries are forbidden pairs. Rows and columns linked by allowed pairs form independent groups; each is
    solved exactly by padding it to a square matrix of dummies, so the cost follows what the pairs touch, not
    the matrix size."""
    cost = np.asarray(cost, dtype=np.float64)
    allowed = np.isfinite(cost)
    pairs: list[tuple[int, int]] = []
    for rows, cols in _groups(allowed):
        if len(rows) == 1 and len(cols) == 1:  # one possible pair: taken when cheaper than leaving both
            if cost[rows[0], cols[0]] < leave_row + leave_column:
                pairs.append((int(rows[0]), int(cols[0])))
            continue
        block = cost[np.ix_(rows, cols)]
        pairs += [(int(rows[i]), int(cols[j])) for i, j in _solve_padded(block, leave_row, leave_column)]
    return sorted(pairs)


def _groups(allowed: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Connected groups of rows and columns under the allowed pairs (union-find over the pairs)."""
    n = allowed.shape[0]
    parent = list(range(n + allowed.shape[1]))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    rows, cols = np.nonzero(allowed)
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        parent[root(i)] = root(n + j)
    members: dict[int, tuple[list[int], list[int]]] = {}
    for i in sorted(set(rows.tolist())):
        members.setdefault(root(i), ([], []))[0].append(i)
    for j in sorted(set(cols.tolist())):
        members.setdefault(root(n + j), ([], []))[1].append(j)
    return [(np.array(r), np.array(c)) for r, c in members.values()]


def _solve_padded(cost: np.ndarray, leave_row: float, leave_column: float) -> list[tuple[int, int]]:
    n, m = cost.shape
    finite = cost[np.isfinite(cost)]
    forbidden = 1.0 + (leave_row + leave_column) * (n + m) + (np.abs(finite).sum() if finite.size else 0.0)
    padded = np.full((n + m, m + n), forbidden)
    padded[:n, :m] = np.where(np.isfinite(cost), cost, forbidden)
    padded[np.arange(n), m + np.arange(n)] = leave_row
    padded[n + np.arange(m), np.arange(m)] = leave_column
    padded[n:, m:] = 0.0
    rows, cols = min_cost_assignment(padded)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if i < n and j < m and np.isfinite(cost[i, j])]
