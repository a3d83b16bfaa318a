"""The base of every error nsvr raises on purpose: its message says what went wrong and what to do.

Callers (the CLI, services) catch :class:`NsvrError` to show one line instead of a traceback.
"""


class NsvrError(Exception):
    """An input, option, model or environment problem with an actionable message."""
