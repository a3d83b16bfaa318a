"""Typing slips on nsvr's own words: "cylindar", "shpere", "yelow", "rubbr", "obejcts" read as the word meant.

A word is respelled only when all of these hold (refusing beats guessing, so the rule is narrow):

- it is not a word nsvr knows (any lexicon word, function word, verb or relation word) nor one of
  :data:`REAL_WORDS`, English words one slip away from a core word ("shall", "medal", "shine");
- it is one slip (a letter left out, added, changed, or two neighbours swapped) from exactly one word of
  :data:`CORE` (after British and chat respellings: "colour" and "color" are one word), and from no other known
  word of five or more letters with the same first letter;
- it keeps the first letter, and has at least five letters (four when the slip is a letter left out of a longer
  word: "smal", "larg"). Shorter words ("rd", "blu", "gren") have too many neighbours to guess.

A word of seven letters or more may be two slips away ("bycicle", "cilynder") under the same conditions: one core
word that near, no other known word of about its length.

Two neighbouring letters typed in the wrong order ("waht", "teh", "cbue", "hwite") are read under the same rules
with two differences: the word may be as short as three letters and its first letter may be one of the two swapped,
because exactly one word of :data:`SWAP_TARGETS` (the core words and the question's function words) is one such swap
away and no other known word is (:func:`transposed`); an English word one swap from a target ("dose", "nay") stays.

>>> [correct(w) for w in ("cylindar", "shperes", "yelow", "rubbr", "shall", "cubs", "gren", "red")]
['cylinder', 'spheres', 'yellow', 'rubber', None, None, None, None]
>>> [correct(w) for w in ("sphers", "spher", "litle", "diffrent", "bycicle", "cilynder")]
['spheres', 'sphere', 'little', 'different', 'bicycle', 'cylinder']
>>> [transposed(w) for w in ("waht", "teh", "cbue", "hwite", "dose", "three", "hwo")]
['what', 'the', 'cube', 'white', None, None, None]
>>> transposed("hwo", "many")
'how'
"""

from __future__ import annotations

import re
from functools import lru_cache

from nsvr.agent.parser import lexicon as L
from nsvr.scene_graph.names import known_name

_CORE_WORDS = L.words(
    "gray, grey, red, blue, green, brown, purple, cyan, yellow, white, black, orange, pink, silver, "
    "cube, block, sphere, ball, cylinder, rubber, metal, metallic, shiny, matte, small, tiny, large, big, "
    "thing, object, item, color, colour, shape, size, material, behind, front, left, right, "
    "image, picture, photo, scene, there, which, what, where, number, other, same, either, "
    "person, people, woman, women, table, bottle, plate, bench, bicycle, frisbee, circle, square, triangle, "
    "rectangle, hexagon, little, different, bottom, middle, neither, between, closest, nearest, "
    "furthest, farthest, biggest, smallest, largest, leftmost, rightmost, "
    "camera, viewer, second, third, fourth, fifth, everything, anything, something, everyone, anyone, further, "
    "farther, closer, nearer, standing, sitting, wearing, holding, throwing, many, every, bigger, smaller, larger"
)
_CORE_NOUNS = L.words(
    "cube, block, sphere, ball, cylinder, thing, object, item, color, colour, shape, size, material, image, "
    "picture, photo, scene, number, person, table, bottle, plate, bicycle, frisbee, circle, square, triangle, "
    "rectangle, hexagon"
)
CORE = frozenset(_CORE_WORDS) | {w + "s" for w in _CORE_NOUNS} | {"benches"}
"""The words a slip is read as: CLEVR's vocabulary, the attribute names, spatial words, a few question words and
everyday nouns of the photo-like scenes."""

REAL_WORDS = frozenset(
    L.words(
        "difference, differences, shall, smell, smells, stall, stalls, shade, shades, share, shares, shake, shakes, "
        "setting, settings, fitting, sifting, bolding, folding, molding, holing, closet, closed, thirds, seconds, "
        "shame, shave, shaped, father, fathers, mother, mothers, brother, brothers, sister, sisters, daughter, "
        "daughters, son, sons, aunt, uncle, cousin, grandfather, grandmother, "
        "shaper, medal, medals, petal, meal, meals, metals, brows, grown, greed, greet, greets, greens, robber, "
        "robbers, rubbed, rubbers, shine, shines, shins, shin, shiner, matter, matters, mate, mates, matt, thinks, "
        "thongs, thin, thins, frost, fronts, colon, colons, sliver, slivers, cubed, cuber, tubes, larger, lager, "
        "lapse, sphered, bright, blight, night, fight, sight, tight, light, lights, right, rights, fright, "
        "rigid, lefts, behold, picture, pictures, pictured, imago, scenes, scent, scents, sized, sizer, seize, "
        "whose, whine, which, witch, where, there, their, these, those, three, then, than, them, though, other, "
        "others, otter, number, numbers, numb, lumber, umber, same, sane, sale, purple, people, peoples, table, "
        "tablet, stable, cable, fable, gable, sable, plate, plates, place, plane, planes, plans, plant, bench, "
        "bunch, beach, blanch, block, blocks, black, flock, clock, clocks, bloc, item, items, stem, items, "
        "object, abject, thing, things, thong, think, tings, chairs, hairs, tales, lanes, pales, cures, cubes, "
        "cure, cute, cutes, tiny, tint, tins, tinny, balls, bells, bulls, bills, halls, walls, calls, bale, bald, "
        "bold, boll, bawl, cyan, cyans, sphere, spheres, squire, squares, squared, squarer, squarely, circle, "
        "circled, circles, cycle, women, woman, wombat, bottles, bottled, bottle, brown, browns, crown, drown, "
        "frown, grown, grows, brawn, brew, browse, green, yellows, yelled, yellowy, fellow, mellow, bellow, "
        "silvers, silvery, salver, solver, pinks, pinky, pink, punk, orange, oranges, orangey, whites, whiter, "
        "white, write, whine, while, whale, blacks, blacker, blues, bluer, blue, blur, glue, reds, redo, "
        "frisbees, person, persons, parson, prison, poison, rectangles, triangles, triangled, hexagons, bails, battle, "
        "battles, blown, font, fonts, mental, meta, proto, protos, photon, photons, scape, sides, sites, sixes, "
        "spiny, twiny, wheat, woken, woven, ocher, whee, shiny, sines, sided, siren, sizes"
    )
)
"""English words one slip from a core word: never respelled (a real word is meant as written)."""

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _known_words() -> frozenset[str]:
    known: set[str] = set()
    for table in (L.LEXICON.attributes, L.LEXICON.nouns, L.ATTRIBUTE_NAMES, L.RELATION_PHRASES, L.VERBS):
        for phrase in table:
            known.update(phrase.split())
    known.update(L.MORE_ING_VERBS, L.VERBS.values(), L.NEVER_NOUNS, L.NUMBERS, L.PARTICIPLES, L.COMPARATIVES)
    known.update(L.SUPERLATIVES, L.ORDINALS, L.SHAPE_NOUNS, L.GENERIC_PRONOUNS, L.IRREGULAR_NOUNS)
    for phrase in (*L.MULTIWORD, *L.FILLERS, *L.SCENE_LOCATORS, *L.LOCATED, *L.SHOWN):
        known.update(phrase.split())
    return frozenset(known)


GRAMMAR_WORDS = _known_words()
"""Every word of the lexicon's tables: the words the grammar has a meaning for."""
KNOWN = GRAMMAR_WORDS | CORE | REAL_WORDS
"""Words never respelled."""


def _edits(word: str) -> set[tuple[str, str]]:
    """Every string one slip from ``word`` with the kind of slip (``drop``: ``word`` lacks a letter of it)."""
    out: set[tuple[str, str]] = set()
    for i in range(len(word) + 1):
        for c in _LETTERS:
            out.add((word[:i] + c + word[i:], "drop"))  # word is that string with a letter dropped
    for i in range(len(word)):
        out.add((word[:i] + word[i + 1 :], "add"))
        for c in _LETTERS:
            if c != word[i]:
                out.add((word[:i] + c + word[i + 1 :], "change"))
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            out.add((word[:i] + word[i + 1] + word[i] + word[i + 2 :], "swap"))
    return out


_OTHER = frozenset(w for w in KNOWN - CORE if len(w) >= 5 and w.isalpha())


_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ying", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
)
"""(ending, what replaces it) of the regular inflections: "carries" -> "carry", "wanders" -> "wander"."""


def _inflected(word: str) -> bool:
    """Whether ``word`` is a regular inflection of a known word of at least four letters ("carries", "carried",
    "wanders")."""
    return any(
        word.endswith(ending)
        and len(stem := word[: -len(ending)] + base) >= 4
        and stem in KNOWN
        and not (ending == "s" and stem.endswith("s"))  # "cubess": a slip, no plural of a plural
        for ending, base in _INFLECTIONS
    )


@lru_cache(maxsize=4096)
def correct(word: str, spellings: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The core word a typed ``word`` stands for, or None (a known word, or no single guess)."""
    if len(word) < 4 or len(word) > 24 or not word.isalpha() or word in KNOWN:  # no core word is that long
        return None
    if _inflected(word):  # "carries" is "carry" said of one, not a slip for "cars"
        return None
    pet = pet_name(word)
    if pet is not None:
        return pet
    found: set[str] = set()
    next_key: set[str] = set()  # core words one neighbouring key away ("thinfs": g typed as f)
    dropped: set[str] = set()  # core words with a letter left out ("holdng")
    other_kinds: set[str] = set()  # how the other known words near it differ from it
    other_doubled: set[str] = set()  # other known words with one of a doubled pair left out ("carying")
    other = False
    other_next_key = False
    usable = False
    respell = dict(spellings)
    for candidate, kind in _edits(word):
        if candidate in CORE:
            if candidate[0] != word[0]:
                return None
            found.add(respell.get(candidate, candidate))
            usable = usable or len(word) >= 5 or kind == "drop"
            if kind == "change" and _next_key(word, candidate):
                next_key.add(respell.get(candidate, candidate))
            if kind == "drop":
                dropped.add(respell.get(candidate, candidate))
        elif candidate in _OTHER and candidate[0] == word[0]:
            other = True
            other_next_key = other_next_key or (kind == "change" and _next_key(word, candidate))
            other_kinds.add(kind)
            if kind == "drop" and _one_of_double(word, candidate):
                other_doubled.add(candidate)
    if other and len(next_key) == 1 and not other_next_key and len(word) >= 5:
        return next_key.pop()  # a neighbouring key is the likelier slip than a letter typed or left out
    if len(word) >= 6 and len(found) == 1 and found == dropped and other_kinds <= {"change"} and not other_next_key:
        return found.pop()  # "holdng": a letter left out of a core word, not two letters swapped for another
    if len(word) >= 6 and not found and len(other_doubled) == 1 and other_kinds == {"drop"}:
        return other_doubled.pop()  # "carying": one of a doubled pair typed once, the commonest slip
    if not found and not other and len(word) >= 7:
        return _two_slips(word, respell)
    if len(found) == 2 and not other and len(word) >= 5:  # "sphers": "sphere" or "spheres", as its last letter says
        one, two = sorted(found, key=len)
        if two == one + "s":
            return two if word.endswith("s") else one
    if len(found) != 1 or other or not usable:
        return None
    return found.pop()


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_PLACE = {key: (row, column) for row, keys in enumerate(_KEY_ROWS) for column, key in enumerate(keys)}


def _one_of_double(word: str, candidate: str) -> bool:
    """Whether ``word`` is ``candidate`` with one letter of a doubled pair left out.

    >>> _one_of_double("carying", "carrying"), _one_of_double("caring", "carrying")
    (True, False)
    """
    pairs = range(len(candidate) - 1)
    return any(candidate[i] == candidate[i + 1] and candidate[:i] + candidate[i + 1 :] == word for i in pairs)


def _next_key(typed: str, meant: str) -> bool:
    """Whether ``typed`` differs from ``meant`` (of the same length) in one letter whose key touches the meant one's
    on a QWERTY keyboard ("hiw" for "how", "thinfs" for "things")."""
    changed = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    if len(changed) != 1 or changed[0][0] not in _KEY_PLACE or changed[0][1] not in _KEY_PLACE:
        return False
    (row, column), (other_row, other_column) = _KEY_PLACE[changed[0][0]], _KEY_PLACE[changed[0][1]]
    return abs(row - other_row) <= 1 and abs(column - other_column + (row - other_row) * 0.5) <= 1


def near_key(word: str, following: str) -> str | None:
    """A three-letter slip on a question word, read from the next word: "hiw many" -> "how" (one neighbouring key
    off "how" before "many" or "much")."""
    if len(word) == 3 and word not in KNOWN and following in {"many", "much"} and _next_key(word, "how"):
        return "how"
    return None


def run_together(word: str, usable: frozenset[str]) -> str | None:
    """Two known words typed without the space between them ("thatisnt" -> "that isnt"): the one split into two
    words of ``usable`` (three letters or more each), or None when there is none or more than one."""
    if len(word) < 7 or not word.isalpha() or word in KNOWN:
        return None
    splits = [f"{word[:i]} {word[i:]}" for i in range(3, len(word) - 2) if word[:i] in usable and word[i:] in usable]
    return splits[0] if len(splits) == 1 else None


PET_WORDS = {
    "doggy": "dog",
    "doggies": "dogs",
    "kitty": "cat",
    "kitties": "cats",
    "horsey": "horse",
    "horsie": "horse",
    "birdie": "bird",
    "birdies": "birds",
    "bunny": "rabbit",
    "bunnies": "rabbits",
    "piggy": "pig",
    "ducky": "duck",
    "duckie": "duck",
}
"""A child's words for animals that no rule of doubled letters reads ("doggy", "kitty", "bunny")."""


def pet_name(word: str) -> str | None:
    """The noun an unknown pet form stands for: "-o" or "-ie" after the noun with its last consonant doubled
    ("doggo", "doggie", "froggie"). Without the doubling the stem is too often another word ("cookie", "hoodie"),
    and "-y" makes adjectives of nouns ("sandy", "rocky").

    >>> [pet_name(w) for w in ("doggo", "doggos", "doggie", "cookie", "hoodie", "sandy", "bingo", "bikey")]
    ['dog', 'dogs', 'dog', None, None, None, None, 'bike']
    """
    if word in PET_WORDS:
        return PET_WORDS[word]
    if word in KNOWN:
        return None
    if word.endswith(("os", "ies")):  # "doggos", "doggies"
        found = pet_name(word[:-1])
        return found + "s" if found is not None else None
    if word.endswith("ey") and len(word) > 4 and (known_name(word[:-1]) or (L.LEXICON.noun(word[:-1]) or ("",))[0]):
        return word[:-1]  # "bikey", "housey": a child's noun with "-y" after its "e" ("sandy" is sand's adjective)
    for ending in ("ie", "o"):
        if not word.endswith(ending) or len(word) < len(ending) + 3:
            continue
        stem = word[: -len(ending)]
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            noun = stem[:-1]
            if known_name(noun) or (L.LEXICON.noun(noun) or ("",))[0] == noun:
                return noun
    return None


def _distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: letters added, dropped, changed, and neighbours swapped."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _two_slips(word: str, respell: dict[str, str]) -> str | None:
    """The one core word two slips from a long ``word`` ("bycicle", "cilynder"), with its first letter and about
    its length, when no other known word of that kind is as near; else None."""
    near = {
        respell.get(w, w) for w in CORE if w[0] == word[0] and abs(len(w) - len(word)) <= 1 and _distance(w, word) <= 2
    }
    if len(near) != 1:
        return None
    if any(w[0] == word[0] and abs(len(w) - len(word)) <= 1 and _distance(w, word) <= 2 for w in _OTHER):
        return None
    return near.pop()


def closed_slip(word: str, choices: frozenset[str]) -> str | None:
    """The one word of a small closed set (the colour names) that ``word`` is a slip of, first letter kept: one
    slip, or two letters changed in a word of six letters or more ("purpal"); where two are that near, the one
    ``word`` lacks a letter of (a letter left out is the commonest slip: "gren" is green, not grey). The caller
    decides from the words around it whether such a word stands where it does.

    >>> colours = frozenset({"blue", "black", "green", "gray", "grey", "purple"})
    >>> closed_slip("blu", colours), closed_slip("gren", colours), closed_slip("purpal", colours)
    ('blue', 'green', 'purple')
    >>> closed_slip("bl", colours), closed_slip("blue", colours)
    (None, None)
    """
    if len(word) < 3 or len(word) > 24 or not word.isalpha() or word in KNOWN or word in choices:
        return None
    near = {
        c
        for c in choices
        if c[0] == word[0]
        and (
            abs(len(c) - len(word)) <= 1
            and _distance(c, word) <= 1
            or len(word) >= 6
            and len(c) == len(word)
            and _distance(c, word) <= 2
        )
    }
    if len(near) > 1:
        near = {c for c in near if len(c) == len(word) + 1 and _distance(c, word) == 1}
    return near.pop() if len(near) == 1 else None


FUNCTION_TARGETS = frozenset(
    L.words(
        "the, how, what, many, much, are, there, does, have, has, any, and, than, that, this, with, made, same, "
        "they, them, which, where, who, whom, count, tell, show, find, see, here, other, thing, things"
    )
)
SWAP_TARGETS = CORE | FUNCTION_TARGETS
"""The words a swap of two neighbouring letters is read as."""
SWAP_REAL_WORDS = frozenset(L.words("dose, nay, three, gary, bleu, ohm, ese, form, tow, own, won, saw, was"))
"""English words (and names) one neighbour swap from a target: never respelled."""
SWAP_PAIRS = {("how", "many"), ("how", "much"), ("how", "big"), ("how", "large"), ("how", "small"), ("who", "is")}
"""Word pairs that decide between two targets one swap away ("hwo many": how, not who)."""


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1) if word[i] != word[i + 1]}


@lru_cache(maxsize=4096)
def transposed(word: str, following: str = "") -> str | None:
    """The word ``word`` stands for with two neighbouring letters swapped back ("waht" -> "what"), or None: the
    word must be unknown, no English word, at least three letters, and exactly one known word may be one swap away
    (a target; with two, the next word may decide: "hwo many" is "how many")."""
    if len(word) < 3 or len(word) > 24 or not word.isalpha() or word in KNOWN or word in SWAP_REAL_WORDS:
        return None
    near = {w for w in _swaps(word) if w in KNOWN or w in SWAP_TARGETS}
    if len(near) > 1 and following:
        near = {w for w in near if (w, following) in SWAP_PAIRS}
    if len(near) != 1:
        return None
    found = near.pop()
    return found if found in SWAP_TARGETS else None


def one_core_slip(word: str) -> str | None:
    """The one core word a single slip away from ``word`` (first letter kept), also when English words are that
    near too ("lagre": "large", or the beer "lager"); None when no core word or two are. The caller decides from
    the words around it whether the core word is the one meant."""
    if len(word) < 5 or len(word) > 24 or not word.isalpha() or word in KNOWN:
        return None
    cores = {candidate for candidate, _ in _edits(word) if candidate in CORE and candidate[0] == word[0]}
    return cores.pop() if len(cores) == 1 else None


_SOUNDED_WORDS = CORE | set(
    L.words(
        "star, stars, pentagon, pentagons, hexagon, hexagons, oval, ovals, diamond, diamonds, heart, hearts, "
        "round, colours, colors, shapes, circles, squares, triangles, rectangles, many, which, what, where, there, "
        "right, left, big, biggest, bigger, small, smallest, smaller, large, largest, larger, how, corners, sides, "
        "above, below, under, next, count, picture, image"
    )
)
"""The words a word spelled as it sounds is read as: the core words, the figures and the question's words."""


def _sound_key(word: str) -> str:
    """How ``word`` sounds, roughly: letters that sound alike made one ("c" before "e"/"i" as "s", "ph" as "f",
    "ck" as "k"), doubled letters one, silent letters gone, each run of vowels one "V".

    >>> [_sound_key(w) for w in ("sircle", "circle", "coler", "colour", "bloo", "blue", "ball")]
    ['sVrkVl', 'sVrkVl', 'kVlVr', 'kVlVr', 'blV', 'blV', 'bVl']
    """
    w = word.lower()
    w = re.sub(r"^wr", "r", re.sub(r"^kn", "n", w))
    for spelled, sound in (("tch", "ch"), ("ph", "f"), ("ck", "k"), ("wh", "w"), ("qu", "kw"), ("x", "ks"), ("gh", "")):
        w = w.replace(spelled, sound)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k").replace("z", "s")
    w = re.sub(r"g(?=e$)", "j", w)
    w = re.sub(r"(?<=[^aeiouy])le$", "el", w)
    if len(w) > 3:
        w = re.sub(r"(?<=[^aeiouy])e$", "", w)
    w = re.sub(r"(?<=[aeiouy])w", "", w)
    w = re.sub(r"([^aeiouy])\1+", r"\1", w)
    return re.sub(r"[aeiouy]+", "V", w)


@lru_cache(maxsize=1)
def _sounds() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for word in _SOUNDED_WORDS:
        table.setdefault(_sound_key(word), set()).add(word)
    return {key: frozenset(words) for key, words in table.items()}


@lru_cache(maxsize=4096)
def sounded_out(word: str) -> str | None:
    """The one word of :data:`_SOUNDED_WORDS` that ``word``, spelled as it sounds, stands for ("sircle", "pentigon",
    "coler", "starr", "thare" typed by a child), or None: a known word, a key with fewer than two consonants
    ("hou"), or a sound two words share.

    >>> [sounded_out(w) for w in ("sircle", "pentigon", "coler", "starr", "rektangles", "seem", "shop", "ball")]
    ['circle', 'pentagon', 'colour', 'star', 'rectangles', None, None, None]
    """
    if not word.isalpha() or word in KNOWN or len(word) < 4:
        return None
    key = _sound_key(word)
    if sum(c != "V" for c in key) < 2:
        return None
    found = _sounds().get(key, frozenset())
    spellings = found in ({"color", "colour"}, {"colors", "colours"})  # one word, two spellings
    if len(found) != 1 and not spellings:
        return None
    # a real word that merely sounds near ("seem" / "same", "shop" / "shape", "collar" / "color") differs in more
    # than one letter; a child's spelling of a word differs in one ("sircle", "starr", "coler", "meny")
    if min(_distance(word, meant) for meant in found) > (2 if len(word) >= 7 else 1):
        return None
    return max(found, key=len)  # "colour" of the two spellings
