"""The base of every error nsvr raises on purpose: its message says what went wrong and what to do.

Callers (the CLI, services) catch :class:`NsvrError` to show one line instead of a traceback.
"""


class NsvrError(Exception):
    """An input, option, model or environment problem with an actionable message."""


def one_line_validation_error(error: Exception) -> str:
    """A pydantic ``ValidationError`` as one line: the first problem's field path and message, and how many more
    there are (pydantic's own text takes 4-22 lines). Other exceptions: their first line.

    >>> from pydantic import BaseModel
    >>> class Point(BaseModel):
    ...     x: int
    ...     y: int
    >>> try:
    ...     Point.model_validate({"x": "one"})
    ... except ValueError as error:
    ...     print(one_line_validation_error(error))
    field x: Input should be a valid integer, unable to parse string as an integer (and 1 more problem)
    """
    problems = getattr(error, "errors", None)
    if not callable(problems):
        text = str(error).strip()
        return text.splitlines()[0] if text else type(error).__name__
    listed = problems()
    if not listed:
        return "invalid data"
    first = listed[0]
    field = ".".join(str(part) for part in first.get("loc", ()))
    more = len(listed) - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{'field ' + field + ': ' if field else ''}{first.get('msg', 'invalid')}{tail}"
