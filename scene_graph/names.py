"""Matching words of a question to names and predicates of a scene graph.

>>> name_matches("people", "person")
True
>>> name_matches("furniture", "couch")
True
>>> canonical_predicate("to the left of")
'left'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_IRREGULAR_PLURALS = {
    # nouns in -us take -es ("pluses", "buses" below): most words in -uses are -use's ("houses", "horses")
    **{
        f"{stem}es": stem
        for stem in "plus minus status circus virus bonus octopus walrus campus cactus lotus chorus "
        "discus census surplus".split()
    },
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "mice": "mouse",
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "knives": "knife",
    "leaves": "leaf",
    "shelves": "shelf",
    "glasses": "glasses",
    "pants": "pants",
    "jeans": "jeans",
    "shorts": "shorts",
    "skis": "ski",
    "buses": "bus",
    "boxes": "box",
    "dishes": "dish",
    "benches": "bench",
    "sandwiches": "sandwich",
    "things": "thing",
    "objects": "object",
    "items": "item",
    "balls": "ball",
    "spheres": "sphere",
    "cubes": "cube",
    "blocks": "block",
    "cylinders": "cylinder",
    "grass": "grass",
    "sheep": "sheep",
    "fish": "fish",
    "species": "species",
    "scissors": "scissors",
    "skies": "sky",
    "bushes": "bush",
    "glass": "glass",
    "dress": "dress",
    "bus": "bus",
    "canvas": "canvas",
    "tennis": "tennis",
    "trousers": "trousers",
    "tomatoes": "tomato",
    "tetrominoes": "tetromino",
    "polyominoes": "polyomino",
    "potatoes": "potato",
    "heroes": "hero",
    "mangoes": "mango",
    "cookies": "cookie",
    "ties": "tie",
    "neckties": "necktie",
    "bowties": "bowtie",
    "hoodies": "hoodie",
    "pies": "pie",
    "movies": "movie",
    "bookshelves": "bookshelf",
    "wolves": "wolf",
    "halves": "half",
    "loaves": "loaf",
    "wives": "wife",
    "lives": "life",
    "calves": "calf",
    "scarves": "scarf",
}

MEN = ("man", "guy", "gentleman", "bloke", "geezer", "chap", "fella", "dude")
"""Words for a man: synonyms of one another, and each a person whose gender is male."""

# Words that name the same kind of thing.
_SYNONYMS = [
    {"person", "people", "human", "pedestrian"},
    {"sphere", "ball"},
    {"couch", "sofa"},
    {"tv", "television", "tv monitor", "monitor"},
    {"motorcycle", "motorbike"},
    {"bicycle", "bike"},
    {"airplane", "aeroplane", "plane", "aircraft"},
    {"cellphone", "cell phone", "phone", "mobile phone"},
    {"dining table", "table"},
    {"potted plant", "plant", "houseplant"},
    {"cup", "mug"},
    {"car", "automobile"},
    {"hat", "cap"},
    {"pants", "trousers"},
    {"donut", "doughnut"},
    {"ellipse", "oval"},
    {"circle", "disc", "disk"},  # a drawing's filled circle
    {"rectangle", "oblong"},
    {"triangle", "trigon"},
    {"diamond", "rhombus"},
    {"semicircle", "half circle", "half-circle", "half disc", "half disk"},
    {"cross", "plus sign"},
    {"rounded rectangle", "round rectangle", "rounded-corner rectangle"},
    # figures of right angles named by the letter they look like (a J is an L's mirror image, a Z an S's)
    {"l-shape", "l shape", "j-shape", "j shape"},
    {"t-shape", "t shape"},
    {"s-shape", "s shape", "z-shape", "z shape", "zigzag"},
    {"u-shape", "u shape"},
    {"heptagon", "septagon"},
    {"nonagon", "enneagon"},
    set(MEN),
    {"woman", "lady", "madam"},
    {"child", "kid"},
    {"tie", "necktie"},
    {"dog", "pup", "doggy", "doggie", "hound"},  # everyday words for a dog (a puppy is a young one: not said here)
    {"sphere", "orb"},
    # a chart's and a drawing's figures (nsvr.tools.figures): a pie's slices said every way, a smiley face
    {"slice", "sector", "wedge", "segment", "piece", "pie slice", "pie piece", "pie segment", "pie wedge"},
    {"smiley", "smiley face", "smilie", "happy face", "smiling face"},
]

GENDERED_NAMES: dict[str, tuple[str, str]] = {
    **{word: ("person", "male") for word in MEN},
    "woman": ("person", "female"),
    "lady": ("person", "female"),
    "boy": ("child", "male"),
    "girl": ("child", "female"),
}
"""Names that are a class plus a gender: a "man" is a person whose ``gender`` is "male" (for graphs that name
people "person" and file the gender as an attribute, as detectors do)."""

SHAPE_HYPERNYMS: dict[str, set[str]] = {
    # a rectangle with round corners (a slide's button, a flow chart's process box) is still a rectangle
    "rectangle": {"square", "rounded rectangle"},
    "diamond": {"square"},  # a square stood on its corner is one (debated: DEBATABLE_HYPONYMS)
    "quadrilateral": {"square", "rectangle"},
    # an oval is no circle: a drawing's circle and ellipse are two shapes (ShapeWorld, dSprites keep them apart);
    # of a render's solids, learners call the balls ovals
    "oval": {"ellipse", "sphere"},
    "polygon": {"triangle", "square", "rectangle", "pentagon", "hexagon", "octagon", "star"},
    # a render's box is a cube; a diagram's is a rectangle (a flow chart's process box, a slide's text box)
    "box": {"cube", "rectangle", "square", "rounded rectangle"},
    "cuboid": {"cube"},
    # what people call a cylinder in a render of solids ("the red can", "the gray tube")
    "can": {"cylinder"},
    "tin": {"cylinder"},
    "tube": {"cylinder"},
    "pipe": {"cylinder"},
    "drum": {"cylinder"},
    "barrel": {"cylinder"},
    "canister": {"cylinder"},
    "pillar": {"cylinder"},
    "column": {"cylinder"},
    "brick": {"cube"},
    "dice": {"cube"},
    "die": {"cube"},
    "marble": {"sphere"},
}

DEBATABLE_HYPONYMS: dict[str, frozenset[str]] = {
    "rectangle": frozenset({"square"}),
    "diamond": frozenset({"square"}),
    "polygon": frozenset({"star"}),
}
"""Kinds people disagree on: a square is a rectangle to a geometry teacher, not to most people counting the
rectangles of a drawing (nor to datasets that draw both); a square stood on its corner is a diamond to most people,
an upright one is not, and a shape's name does not say which way it stands. Where the two readings give different
answers the executor says both rather than pick one."""

NEAR_VALUES: dict[str, dict[str, tuple[str, ...]]] = {
    "material": {
        "plastic": ("rubber",),
        "silver": ("metal",),
        "steel": ("metal",),
        "iron": ("metal",),
        "aluminum": ("metal",),
        "chrome": ("metal",),
        "gold": ("metal",),
    },
    "color": {
        "silver": ("gray",),
        "gold": ("yellow",),
        "golden": ("yellow",),
        "violet": ("purple",),
        "magenta": ("purple",),
        "lilac": ("purple",),
        "lavender": ("purple",),
        "turquoise": ("cyan",),
        "light blue": ("cyan",),
        "sky blue": ("cyan",),
        "navy": ("blue",),
        "dark blue": ("blue",),
        "grey": ("gray",),
        "dark green": ("green",),
        "crimson": ("red",),
        "scarlet": ("red",),
        "teal": ("cyan",),
        "aqua": ("cyan",),
        "beige": ("brown",),
        "tan": ("brown",),
    },
}
"""What a value nobody can tell on a graph of few values is nearest to: asked "plastic" of a CLEVR render (rubber
or metal), people mean its rubber; "silver" (made of) its metal, "teal" its cyan. Used only where the graph declares
the values it tells and the asked value is not among them."""
"""Geometric shapes (shape scenes name objects by shape): a square is a rectangle, a circle an ellipse."""

# A hypernym names every kind below it; "person" also covers the words for people.
_HYPERNYMS: dict[str, set[str]] = {
    "thing": set(),
    "object": set(),
    "item": set(),
    "person": {
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "kid",
        "lady",
        "guy",
        "player",
        "skier",
        "surfer",
        "skateboarder",
        "snowboarder",
        "rider",
        "biker",
        "batter",
        "catcher",
        "pitcher",
        "umpire",
        "tennis player",
        "baby",
        "adult",
        "people",
        "spectator",
        "chef",
        "cook",
        "driver",
        "worker",
    },
    "animal": {
        "dog",
        "cat",
        "horse",
        "cow",
        "sheep",
        "elephant",
        "giraffe",
        "zebra",
        "bear",
        "bird",
        "duck",
        "lamb",
        "puppy",
        "kitten",
        "pony",
        "goat",
        "monkey",
        "deer",
        "pig",
        "calf",
        "chicken",
    },
    "vehicle": {
        "car",
        "truck",
        "bus",
        "train",
        "motorcycle",
        "bicycle",
        "bike",
        "airplane",
        "boat",
        "van",
        "taxi",
        "tractor",
        "scooter",
        "fire truck",
        "suv",
        "jeep",
        "trailer",
    },
    "furniture": {
        "chair",
        "table",
        "couch",
        "sofa",
        "bed",
        "desk",
        "shelf",
        "cabinet",
        "bench",
        "drawer",
        "dresser",
        "stool",
        "nightstand",
        "coffee table",
        "bookshelf",
        "armchair",
        "ottoman",
        "cupboard",
        "wardrobe",
        "dining table",
    },
    "clothing": {
        "shirt",
        "jacket",
        "coat",
        "pants",
        "jeans",
        "shorts",
        "dress",
        "skirt",
        "hat",
        "cap",
        "helmet",
        "shoe",
        "boot",
        "sweater",
        "t-shirt",
        "glove",
        "scarf",
        "tie",
        "uniform",
        "vest",
    },
    "food": {
        "pizza",
        "sandwich",
        "cake",
        "donut",
        "banana",
        "apple",
        "orange",
        "broccoli",
        "carrot",
        "hot dog",
        "bread",
        "meat",
        "salad",
        "fruit",
        "vegetable",
        "cheese",
        "egg",
        "rice",
    },
    "fruit": {"banana", "apple", "orange", "grape", "lemon", "strawberry", "pear", "watermelon"},
    "vegetable": {"broccoli", "carrot", "tomato", "onion", "pepper", "lettuce", "potato", "cucumber"},
    "utensil": {"fork", "knife", "spoon", "spatula", "chopsticks"},
    # what a table is laid with: "how many pieces of crockery", "is there any cutlery"
    "crockery": {"cup", "plate", "bowl", "mug", "saucer", "teapot", "teacup"},
    "dishware": {"cup", "plate", "bowl", "mug", "saucer", "teapot", "teacup"},
    "cutlery": {"fork", "knife", "spoon"},
    "silverware": {"fork", "knife", "spoon"},
    "flatware": {"fork", "knife", "spoon"},
    "tableware": {"cup", "plate", "bowl", "mug", "saucer", "teapot", "teacup", "glass", "fork", "knife", "spoon"},
    "appliance": {"oven", "microwave", "refrigerator", "toaster", "sink", "dishwasher", "stove"},
    "device": {
        "laptop",
        "computer",
        "phone",
        "cellphone",
        "keyboard",
        "mouse",
        "remote",
        "tv",
        "monitor",
        "camera",
        "tablet",
        "screen",
    },
    "bag": {"backpack", "handbag", "purse", "suitcase"},
    "drink": {"coffee", "tea", "juice", "wine", "beer", "water", "soda", "milk"},
    "dessert": {"cake", "donut", "ice cream", "cookie", "pie", "cupcake"},
    "kitchen appliance": {"oven", "microwave", "refrigerator", "toaster", "dishwasher", "stove"},
    "child": {"boy", "girl", "kid", "baby", "toddler"},
    "male": {name for name, (_, gender) in GENDERED_NAMES.items() if gender == "male"},  # "how many males"
    "female": {name for name, (_, gender) in GENDERED_NAMES.items() if gender == "female"},
    "adult": {"man", "woman", "lady", "guy", "gentleman"},
}
for _grown in ("grown up", "grown ups", "grownup"):  # "ups" is too short to read as a plural
    _HYPERNYMS[_grown] = _HYPERNYMS["adult"]

# More kinds, found in the names GQA questions use for the objects they point at ("baked good" -> donut).
_MORE_HYPERNYMS: dict[str, tuple[str, ...]] = {
    "animal": (
        "alligator",
        "bunny",
        "eagle",
        "frog",
        "goose",
        "gorilla",
        "ostrich",
        "polar bear",
        "seagull",
        "seal",
        "shark",
    ),
    "appliance": ("microwave oven",),
    "baked good": ("bread", "cake", "cookie", "croissant", "donut", "muffin", "pastry", "pie", "waffle"),
    "clothing": (
        "apron",
        "baseball mitt",
        "blazer",
        "blouse",
        "dress shirt",
        "garment",
        "gown",
        "jersey",
        "legging",
        "outfit",
        "pajamas",
        "polo shirt",
        "suit",
        "sweatshirt",
        "tank top",
        "trunks",
    ),
    "cooking utensil": ("baking pan", "coffee pot", "pan", "pot", "spatula"),
    "device": (
        "calculator",
        "charger",
        "computer mouse",
        "microphone",
        "printer",
        "radio",
        "remote control",
        "speaker",
        "video camera",
        "wii",
        "wii controller",
    ),
    "fast food": ("fries", "hamburger", "hot dog", "burger", "pizza"),
    "food": (
        "cookie",
        "grape",
        "mashed potatoes",
        "mushroom",
        "noodles",
        "nuts",
        "omelette",
        "pasta",
        "pepperoni",
        "roast beef",
        "sausage",
        "bacon",
        "beef",
        "burger",
        "ham",
        "steak",
        "fries",
        "donut",
        "pastry",
    ),
    "fruit": ("cherry", "pineapple"),
    "furniture": ("bookcase", "bookshelves", "closet", "computer desk", "medicine cabinet", "tv stand"),
    "instrument": ("guitar", "piano", "drum", "violin"),
    "meat": ("bacon", "beef", "burger", "ham", "steak", "sausage", "pepperoni", "chicken"),
    "pastry": ("muffin", "croissant", "donut"),
    "person": (
        "athlete",
        "baseball player",
        "bus driver",
        "coach",
        "cowboy",
        "crowd",
        "customer",
        "cyclist",
        "daughter",
        "employee",
        "family",
        "father",
        "gentleman",
        "jockey",
        "mother",
        "officer",
        "passenger",
        "pilot",
        "policeman",
        "skater",
        "soccer player",
        "soldier",
        "toddler",
        "visitor",
    ),
    "place": (
        "bathroom",
        "bedroom",
        "farm",
        "floor",
        "hilltop",
        "mountain",
        "path",
        "pavement",
        "road",
        "sand",
        "shore",
        "sidewalk",
        "street",
        "train car",
        "walkway",
    ),
    "sauce": ("ketchup", "salad dressing", "mustard"),
    "vegetable": ("artichoke", "cabbage", "herbs", "olive", "parsley", "tomatoes"),
    "vehicle": ("locomotive",),
    "watercraft": ("boat", "sailboat", "canoe", "kayak", "ship"),
    "weapon": ("sword", "gun", "knife"),
}
for _general, _kinds in [*_MORE_HYPERNYMS.items(), *SHAPE_HYPERNYMS.items()]:
    _HYPERNYMS.setdefault(_general, set()).update(_kinds)

# Geometric shapes, as the region proposer names plain-background regions: a square is a rectangle, a circle an
# ellipse's special case only to a mathematician (kept apart), and every one of them is a shape; and the solids it
# names where a drawing shades them (clip art's cubes and balls: nsvr.tools.solids), shapes too.
SOLID_NAMES = ("cube", "sphere", "cylinder", "cone", "pyramid")
SHAPE_NAMES = (
    "circle", "ellipse", "triangle", "square", "rectangle", "pentagon", "hexagon", "heptagon", "octagon", "nonagon",
    "star", "cross", "semicircle", "heart", "rounded rectangle", "diamond", "polygon", "l-shape", "j-shape",
    "t-shape", "s-shape", "z-shape", "u-shape", *SOLID_NAMES,
)  # fmt: skip
_SHAPE_SYNONYMS = {word for group in _SYNONYMS if group & set(SHAPE_NAMES) for word in group} - set(SHAPE_NAMES)
CHART_NAMES = ("bar", "slice")
"""A chart's marks, whose sizes are its data: drawn to scale, they compare by a small margin (scene_graph.ops)."""
FIGURE_NAMES = ("bar", "slice", "house", "tree", "sun", "smiley", "arrow")
"""What the region proposer names a drawing's figures that are more than a geometric shape (nsvr.tools.figures): a
chart's bars and a pie's slices, and pictograms (a house of a roof and a body, a tree, a rayed sun, a smiley face,
a block arrow)."""
_SHAPE_HYPERNYMS: dict[str, set[str]] = {
    "shape": set(SHAPE_NAMES) | _SHAPE_SYNONYMS,
    "figure": set(SHAPE_NAMES) | _SHAPE_SYNONYMS,
    "form": set(SHAPE_NAMES) | _SHAPE_SYNONYMS,  # "how many other forms have the colour of the little square"
    "blob": set(SHAPE_NAMES) | _SHAPE_SYNONYMS,  # "how many blobs r there": a drawing's shapes, said loosely
    # what else a drawing's shapes are called ("the red glyph", "how many icons", "the blue mark"): only a drawn
    # shape is one (a photo's sign or logo is an object of its own name)
    **{word: set(SHAPE_NAMES) | _SHAPE_SYNONYMS for word in ("glyph", "icon", "symbol", "mark", "graphic", "element")},
    "rectangle": {"square", "rounded rectangle", "bar"},  # a chart's bar is a rectangle too
    "diamond": {"square"},  # a square stood on its corner is one (debated: DEBATABLE_HYPONYMS)
    "quadrilateral": {"square", "rectangle", "diamond"},
    "polygon": {"triangle", "square", "rectangle", "diamond", "pentagon", "hexagon", "heptagon", "octagon", "nonagon"},
    # pieces of unit squares joined edge to edge (a game's falling blocks): said of a drawing's pieces, whatever
    # shape the region proposer reads them as (a misread piece is still one)
    # a render's block is a cube; a drawing's, a figure of unit squares (a square, a bar, a game's L or T piece)
    "block": {"cube", "square", "rectangle", "l-shape", "j-shape", "t-shape", "s-shape", "z-shape", "u-shape"},
    "tetromino": set(SHAPE_NAMES) | _SHAPE_SYNONYMS,
    "polyomino": set(SHAPE_NAMES) | _SHAPE_SYNONYMS,
}
for _general, _kinds in _SHAPE_HYPERNYMS.items():
    _HYPERNYMS.setdefault(_general, set()).update(_kinds)
ANY_SHAPE_WORDS = frozenset(w for w, kinds in _SHAPE_HYPERNYMS.items() if kinds >= set(SHAPE_NAMES))
"""Words for a drawn shape of any kind ("figure", "form"): asked which one, its kind answers, as of a "shape"."""

_SIDES = {
    "triangle": 3, "square": 4, "rectangle": 4, "quadrilateral": 4, "rhombus": 4, "diamond": 4, "parallelogram": 4,
    "trapezoid": 4, "pentagon": 5, "hexagon": 6, "heptagon": 7, "octagon": 8, "nonagon": 9, "decagon": 10,
    "circle": 0, "ellipse": 0,
}  # fmt: skip
_RIGHT_ANGLED = {"l-shape": 6, "t-shape": 8, "s-shape": 8, "u-shape": 8}
FIGURE_COUNTS: dict[str, dict[str, int | str]] = {
    "sides": {**_SIDES, "star": 10, "cross": 12, **_RIGHT_ANGLED},
    "corners": {**_SIDES, "cross": 12, "semicircle": 2, **_RIGHT_ANGLED},
    "points": {"star": 5, **{name: n for name, n in _SIDES.items() if n}},
    "letter": {"l-shape": "l", "j-shape": "j", "t-shape": "t", "s-shape": "s", "z-shape": "z", "u-shape": "u"},
    "edge": {
        **{name: "straight" for name, n in _SIDES.items() if n},
        **dict.fromkeys(("star", "cross", *_RIGHT_ANGLED), "straight"),
        **dict.fromkeys(("circle", "ellipse", "semicircle", "heart"), "curved"),
    },
}
"""A flat figure's count of sides, corners and points (a five-pointed star has 10 sides and 5 points; its
corners, 5 or 10, are left unsaid) and whether its outline is straight or has a curve, read as attributes of its
shape: "how many sides does the shape have", "the shapes with four sides", "a shape with a curved edge"."""


def figure_count(shape: str | None, part: str) -> str | None:
    """How many ``part`` (sides, corners, points) a figure of ``shape`` has, or its kind of ``edge``, as text, or
    None when unknown.

    >>> figure_count("hexagon", "sides"), figure_count("star", "points"), figure_count("cube", "sides")
    ('6', '5', None)
    """
    counts = FIGURE_COUNTS.get(part)
    if counts is None or shape is None:
        return None
    shape = singular(shape)
    found = counts.get(shape)
    if found is None:  # a synonym ("septagon", "oval")
        found = next((counts[s] for s in _SYNONYMS_OF.get(shape, ()) if s in counts), None)
    return None if found is None else str(found)


_PREDICATE_ALIASES = {
    "tossing": "throwing",
    "tosses": "throwing",
    "left": "left",
    "left of": "left",
    "to the left of": "left",
    "on the left of": "left",
    "on the left side of": "left",
    "to the left": "left",
    "right": "right",
    "right of": "right",
    "to the right of": "right",
    "on the right of": "right",
    "on the right side of": "right",
    "to the right": "right",
    "front": "front",
    "in front of": "front",
    "in front": "front",
    "behind": "behind",
    "in back of": "behind",
    "back": "behind",
    "above": "above",
    "over": "above",
    "higher": "above",  # "is the circle higher or lower than the square": offered as it was said, read as a place
    "higher than": "above",
    "higher up than": "above",
    "lower": "below",
    "lower than": "below",
    "lower down than": "below",
    "further left": "left",
    "farther left": "left",
    "more to the left": "left",
    "further right": "right",
    "farther right": "right",
    "more to the right": "right",
    "below": "below",
    "beneath": "below",
    "underneath": "below",
    "under": "below",
    "near": "near",
    "next to": "near",
    "beside": "near",
    "close to": "near",
    "by": "near",
    "inside": "inside",
    "in": "inside",
    "within": "inside",
    "inside of": "inside",
    "contains": "contains",
    "containing": "contains",
    "contain": "contains",
    "overlaps": "overlaps",
    "overlapping": "overlaps",
    # compass points on a picture, up as north: offered as they were said, read as places
    "north": "above",
    "north of": "above",
    "further north": "above",
    "south": "below",
    "south of": "below",
    "further south": "below",
    "east": "right",
    "east of": "right",
    "further east": "right",
    "west": "left",
    "west of": "left",
    "further west": "left",
}


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The singular of a lower-case noun phrase's last word (``"red cups"`` -> ``"red cup"``).

    >>> singular("buses"), singular("glasses"), singular("cars")
    ('bus', 'glasses', 'car')
    """
    word = word.strip().lower()
    if not word:
        return word
    head, _, last = word.rpartition(" ")
    if last in _IRREGULAR_PLURALS:
        last = _IRREGULAR_PLURALS[last]
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes", "sses")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


def plural(word: str) -> str:
    """The plural of a lower-case noun (the inverse of :func:`singular` on nouns it knows).

    >>> plural("bus"), plural("person"), plural("cherry"), plural("cup")
    ('buses', 'people', 'cherries', 'cups')
    """
    irregular = {one: many for many, one in _IRREGULAR_PLURALS.items() if many != one}
    if word in irregular:
        return irregular[word]
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


GENERIC_NAMES = frozenset({"thing", "object", "item", "one", "shape"})
"""Class words that match any object ("how many things", "the shape left of the star") but a line of text."""
TEXT_LINE = "text"
"""The name of an object that is a line of text OCR found on no object (a title, a caption, a road marking)."""


@lru_cache(maxsize=4096)
def name_matches(query: str, name: str) -> bool:
    """Whether an object called ``name`` is a ``query`` (same word, plural, synonym or hyponym).

    >>> name_matches("thing", "cylinder"), name_matches("dog", "cat"), name_matches("sign", "street sign")
    (True, False, True)
    """
    q, n = singular(query), singular(name)
    if q == n:
        return True
    if q in GENERIC_NAMES:
        return n != TEXT_LINE  # a line of text OCR found is what a thing says, not a thing (nor a shape)
    for group in _SYNONYMS:
        if q in group and n in group:
            return True
    below = set().union(*(_HYPERNYMS.get(word, ()) for word in _SYNONYMS_OF.get(q, {q})))  # a pedestrian: a person
    if below and (n in below or any(n in _SYNONYMS_OF.get(b, {b}) for b in below)):
        return True
    head = n.rpartition(" ")[2]
    return head != n and " " not in q and name_matches(q, head)  # a "street sign" is a sign


_SYNONYMS_OF: dict[str, set[str]] = {w: g for g in _SYNONYMS for w in g}


_VALUE_SYNONYMS = [
    {"large", "big", "huge"},
    {"small", "little", "tiny"},
    {"gray", "grey"},
    {"metal", "metallic", "shiny"},
    {"rubber", "matte"},
    # shape names a drawing's figures take as an attribute ("an oval shape" is an ellipse)
    {"ellipse", "oval"},
    {"heptagon", "septagon"},
    {"nonagon", "enneagon"},
    {"semicircle", "half circle"},
    {"rounded rectangle", "round rectangle"},
    {"l-shape", "j-shape"},
    {"s-shape", "z-shape", "zigzag"},
]
_VALUE_GROUP: dict[str, set[str]] = {w: g for g in _VALUE_SYNONYMS for w in g}


PLACES = frozenset(
    {
        "kitchen", "bathroom", "bedroom", "living room", "dining room", "office", "classroom", "restaurant", "cafe",
        "shop", "store", "mall", "market", "bakery", "hotel room", "airport", "station", "train station", "park",
        "beach", "field", "farm", "forest", "mountain", "city", "street", "road", "highway", "parking lot",
        "garden", "backyard", "yard", "zoo", "lake", "river", "ocean", "sea", "harbor", "desert", "church",
        "library", "museum", "stadium", "court", "tennis court", "ski slope", "playground", "hospital", "school",
        "house", "room", "town", "village", "pasture", "meadow", "hill", "hilltop", "shore", "sidewalk",
        "courtyard", "restroom", "hangar", "railroad", "gas station", "skate park", "bridge", "lawn", "porch",
        "balcony", "garage", "barn", "countryside", "downtown", "intersection", "plaza", "square", "tunnel",
    }
)  # fmt: skip
"""Words for the place a whole picture shows (what "Is this a park or a farm?" asks about)."""


def is_place(word: str) -> bool:
    """Whether ``word`` names a place a picture can show rather than an object in it.

    >>> is_place("farm"), is_place("train")
    (True, False)
    """
    return singular(word) in PLACES or word in _HYPERNYMS.get("place", set())


COMMON_OBJECTS: frozenset[str] = frozenset(
    "traffic light, fire hydrant, stop sign, parking meter, backpack, umbrella, handbag, suitcase, frisbee, skis, "
    "snowboard, sports ball, kite, baseball bat, baseball glove, skateboard, surfboard, tennis racket, bottle, "
    "wine glass, cup, fork, knife, spoon, bowl, potted plant, toilet, tv, laptop, mouse, remote, keyboard, "
    "cell phone, phone, microwave, oven, toaster, sink, refrigerator, fridge, book, clock, vase, scissors, "
    "teddy bear, hair drier, toothbrush, tree, sign, road, street, building, house, window, door, wall, floor, "
    "fence, pole, lamp, plant, flower, box, bag, ball, plate, glass, mug, jar, pot, pan, bucket, basket, "
    "screen, monitor, toy, bin, sky, grass, cloud, sun, moon, mountain, river, lake, sea, water, rock, "
    "stone, leaf, bush, road sign, street sign, sidewalk, bridge, tower, roof, chimney, wheel, "
    "poster, mirror, curtain, pillow, blanket, towel, rug, carpet, shelf, bottle cap, label, logo, banner, "
    "flag, balloon, candle, key, pen, pencil, paper, card, envelope, notebook, bench, camera, robot, crate, "
    "barrel, cone, traffic cone".split(", ")
)
"""Everyday objects a detector or a photo's graph may name (COCO's classes and the things around them): names
the parser may take for a thing, with no kinds below them."""


def known_name(word: str) -> bool:
    """Whether ``word`` is in the name tables (a synonym, a class or a kind of one).

    >>> known_name("toddler"), known_name("fnorbly")
    (True, False)
    """
    return (
        word in GENERIC_NAMES
        or word in _SYNONYMS_OF
        or word in _HYPERNYMS
        or word in _ALL_KINDS
        or word in COMMON_OBJECTS
    )


@lru_cache(maxsize=1)
def _detector_kinds() -> frozenset[str]:
    text = (Path(__file__).with_name("object_names.txt")).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def names_a_kind(name: str) -> bool:
    """Whether ``name`` (or its head word) names a kind of thing: a word of the name tables (:func:`known_name`) or a
    category of a public detection dataset (``object_names.txt``: LVIS, Objects365, Open Images ...). A closed-world
    graph that holds no such thing says it is not there; a word that names no kind ("patches", "designs") it cannot
    say that of.

    >>> names_a_kind("swings"), names_a_kind("coffee table"), names_a_kind("patches")
    (True, True, False)
    """
    words = name.strip().lower().split()
    if not words:
        return False
    kinds = _detector_kinds()
    whole, head = " ".join(words), words[-1]
    forms = {whole, singular(whole), head, singular(head)}
    forms |= {form[: -len(end)] for form in list(forms) for end in ("s", "es") if form.endswith(end)}  # "taxis"
    return any(known_name(form) or form in kinds for form in forms)


_ALL_KINDS: frozenset[str] = frozenset(k for kinds in _HYPERNYMS.values() for k in kinds)


def is_class_word(word: str) -> bool:
    """Whether ``word`` names a class with kinds below it ("animal", "furniture") or any object ("thing"), so that
    "the name of the animal" asks which kind it is; "the name of the dog" asks for a name no graph holds.

    >>> is_class_word("furniture"), is_class_word("things"), is_class_word("dog")
    (True, True, False)
    """
    w = singular(word)
    return w in GENERIC_NAMES or bool(_HYPERNYMS.get(w)) or w in SHAPE_HYPERNYMS


def same_value(a: str, b: str) -> bool:
    """Whether two attribute values mean the same (case-insensitive; big = large, grey = gray).

    >>> same_value("Big", "large"), same_value("red", "blue")
    (True, False)
    """
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or b in _VALUE_GROUP.get(a, ())


VALUE_KINDS: dict[str, frozenset[str]] = {
    "round": frozenset({"circle", "ellipse", "oval", "sphere", "ball", "disc", "disk"}),
    # a figure's adjective names its figures: "is the shape triangular" of a triangle
    "circular": frozenset({"circle", "disc", "disk"}),
    "triangular": frozenset({"triangle"}),
    "rectangular": frozenset({"rectangle", "square", "rounded rectangle"}),
    "pentagonal": frozenset({"pentagon"}),
    "hexagonal": frozenset({"hexagon"}),
    "octagonal": frozenset({"octagon"}),
    "star-shaped": frozenset({"star"}),
    # a child's words for the figures with points: a triangle's corners and a star's tips
    "pointy": frozenset({"triangle", "star"}),
    "pointed": frozenset({"triangle", "star"}),
    "spiky": frozenset({"star"}),
    "heart-shaped": frozenset({"heart"}),
    # magenta is the hottest of pinks to most people (fuchsia, hot pink): a pink shape asked for may be one
    "pink": frozenset({"magenta"}),
    "l-shaped": frozenset({"l-shape"}),
    "j-shaped": frozenset({"l-shape"}),
    "t-shaped": frozenset({"t-shape"}),
    "s-shaped": frozenset({"s-shape"}),
    "z-shaped": frozenset({"s-shape"}),
    "u-shaped": frozenset({"u-shape"}),
    "zigzag": frozenset({"s-shape"}),
}
"""Values that name a kind of other values: a round shape is a circle, an ellipse or a sphere (a graph that stores
"round" itself, as GQA's do, matches it as it is). One way only: a round table is no circle."""


def value_means(stored: str, asked: str) -> bool:
    """Whether an object whose value is ``stored`` has the ``asked`` value: the same value (:func:`same_value`), or
    one of the kinds ``asked`` names (:data:`VALUE_KINDS`).

    >>> value_means("circle", "round"), value_means("round", "circle"), value_means("square", "round")
    (True, False, False)
    """
    return same_value(stored, asked) or stored.strip().lower() in VALUE_KINDS.get(asked.strip().lower(), ())


@lru_cache(maxsize=4096)
def canonical_predicate(predicate: str) -> str:
    """The canonical spelling of a spatial predicate; other predicates ("wearing") are kept, lower-cased."""
    key = " ".join(predicate.strip().lower().split())
    return _PREDICATE_ALIASES.get(key, key)


_POSTURE_VERBS = frozenset(
    "standing stands sitting sits lying lies resting rests parked stopped placed set located situated positioned "
    "hanging hangs perched leaning leans waiting waits walking walks mounted stood sat hung propped".split()
)


_PLACES = frozenset({"left", "right", "front", "behind", "above", "below", "near"})


def without_posture(predicate: str) -> str | None:
    """The relation a posture relation states without its posture ("sitting on" -> on), or None.

    >>> without_posture("sitting on"), without_posture("parked in front of"), without_posture("on")
    ('on', 'front', None)
    """
    words = canonical_predicate(predicate).split()
    if len(words) < 2 or words[0] not in _POSTURE_VERBS:
        return None
    rest = " ".join(words[1:])
    return _PREDICATE_ALIASES.get(rest, rest)


_IMPLIED = {"on top of": "on", "atop": "on", "upon": "on", "inside of": "in"}


def stated_plainly(predicate: str) -> str | None:
    """The plainer relation a graph may state instead of ``predicate``: without its posture, and "on top of" as
    "on" ("sitting on top of" -> on); None when there is none.

    >>> stated_plainly("on top of"), stated_plainly("sitting on top of"), stated_plainly("standing near")
    ('on', 'on', 'near')
    """
    plain = without_posture(predicate) or canonical_predicate(predicate)
    plain = _IMPLIED.get(plain, plain)
    return plain if plain != canonical_predicate(predicate) else None


def where_part(predicate: str) -> str | None:
    """The canonical spatial predicate inside a posture relation ("standing next to" -> near), or None.

    A graph that stores such relations (GQA's "standing next to") answers them as they are; one that cannot tell
    postures but knows where things are answers the place they name.

    >>> where_part("standing next to"), where_part("parked in front of"), where_part("sitting in"), where_part("near")
    ('near', 'front', None, None)
    """
    place = without_posture(predicate)
    return place if place in _PLACES else None  # "sitting in" a bus is not being inside its box in the picture
