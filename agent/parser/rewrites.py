"""What the modules of written-form rewrites share (``formal_words``, ``machine_translated``, ``verbose_forms``): a
rewrite is a pattern and its replacement, applied in order; the word classes their patterns name.

>>> apply([(rx(r"\\bhue\\b"), "colour")], "What hue is the circle?")
'What colour is the circle?'
"""

from __future__ import annotations

import re
from collections.abc import Callable

Rewrite = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

END = r"\s*[?.!]*\s*$"
"""The end of a question: any final punctuation."""
COLOUR = r"(?:red|blue|green|yellow|orange|purple|pink|brown|black|white|gr[ae]y|cyan|teal|magenta|violet)"
"""The colour words a drawing's figures are named by."""
KIND = r"(?:circle|square|rectangle|triangle|star|pentagon|hexagon|ellipse|oval|diamond|heart|cross)"
"""The kinds of a drawn figure."""
PICTURE = r"(?:image|picture|figure|scene|frame|photo|drawing|canvas|diagram|illustration)"
"""Words for the picture itself."""


def rx(pattern: str) -> re.Pattern[str]:
    """A rewrite's pattern: case does not matter."""
    return re.compile(pattern, re.IGNORECASE)


def apply(rewrites: list[Rewrite], text: str) -> str:
    """``text`` with every rewrite applied in turn."""
    for pattern, replacement in rewrites:
        text = pattern.sub(replacement, text)
    return text
