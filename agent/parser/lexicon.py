"""The embedded parser's vocabulary: attribute words, nouns, relation phrases and verbs, as Python data.

The CLEVR part is copied from the official generator's ``metadata.json`` (attribute types and values) and
``synonyms.json`` (surface words); the open-vocabulary part (colours, materials, GQA-style attribute families,
relation phrases, verbs) is curated by hand. Nothing here is read from disk at run time. Word lists are written
as comma-separated strings (see :func:`words`).

>>> LEXICON.attribute_of("shiny"), LEXICON.attribute_of("wooden"), LEXICON.attribute_of("zebra")
(('material', 'metal'), ('material', 'wood'), None)
>>> LEXICON.noun("balls"), LEXICON.noun("people"), LEXICON.noun("trousers")
(('sphere', True), ('person', True), ('pants', False))
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nsvr.scene_graph.names import singular


def words(text: str) -> list[str]:
    """A comma-separated word list.

    >>> words("red, light blue,dark ")
    ['red', 'light blue', 'dark']
    """
    return [word.strip() for word in text.split(",") if word.strip()]


def pairs(text: str) -> dict[str, str]:
    """A comma-separated list of ``key=value`` pairs.

    >>> pairs("tv=television, fridge=refrigerator")
    {'tv': 'television', 'fridge': 'refrigerator'}
    """
    return dict(tuple(part.strip() for part in item.split("=", 1)) for item in words(text))  # type: ignore[misc]


# --- CLEVR (metadata.json "types" + synonyms.json) ---------------------------------------------------------------
CLEVR_VALUES: dict[str, list[str]] = {
    "color": ["gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow"],
    "shape": ["cube", "sphere", "cylinder"],
    "material": ["rubber", "metal"],
    "size": ["small", "large"],
}
CLEVR_SYNONYMS: dict[str, list[str]] = {
    "thing": ["thing", "object"],
    "sphere": ["sphere", "ball"],
    "cube": ["cube"],
    "large": ["large", "big"],
    "small": ["small", "tiny"],
    "metal": ["metallic", "metal", "shiny"],
    "rubber": ["rubber", "matte"],
    "left": ["left of", "to the left of", "on the left side of"],
    "right": ["right of", "to the right of", "on the right side of"],
    "behind": ["behind"],
    "front": ["in front of"],
    "above": ["above"],
    "below": ["below"],
}

# --- attribute words beyond CLEVR ------------------------------------------------------------------------------
OPEN_VALUES: dict[str, list[str]] = {
    "color": words(
        "gray, white, black, orange, pink, silver, gold, tan, beige, maroon, navy, teal, khaki, blond, brunette, "
        "dark, dark brown, dark blue, light blue, light brown, cream colored, violet, turquoise, magenta"
    )
    # a colour said with its tone ("light green", "pale pink", "dark red"): one value, which a drawing's graph
    # reads as the colour in that tone
    + [
        f"{tone} {colour}"
        for tone in ("light", "dark", "pale")
        for colour in ("red", "green", "blue", "yellow", "purple", "pink", "orange", "brown", "gray", "grey", "cyan")
        if f"{tone} {colour}" not in ("dark brown", "dark blue", "light blue", "light brown")
    ],
    "material": words(
        "wood, plastic, glass, leather, cloth, concrete, brick, stone, ceramic, paper, porcelain, granite, marble, "
        "denim, cotton, steel, iron, aluminum, wicker, mesh, straw, cardboard, wool, silk, wire"
    ),
    "size": words("large, small"),
    "shape": words("round, square, rectangular, triangular, oval, circular, curved, pointy, pointed, spiky"),
    "height": words("tall, short"),
    "length": words("long"),
    "width": words("wide, narrow"),
    "age": words("young, old, adult"),
    "gender": words("male, female"),
    "race": words("asian, caucasian, african american"),
    "pose": words("standing, sitting, lying, walking, jumping, running, bending, kneeling, crouching, squatting"),
    "activity": words("playing, waiting, talking, staring, posing, smiling, reading, looking down, looking up"),
    "face expression": words("happy, sad, angry, serious"),
    "sportActivity": words("skiing, surfing, swimming, skateboarding, snowboarding"),
    "cleanliness": words("clean, dirty"),
    "hardness": words("hard, soft"),
    "thickness": words("thick, thin"),
    "fatness": words("fat, skinny, chubby"),
    "pattern": words("striped, checkered, plaid, floral, dotted, patterned, spotted"),
    "weight": words("heavy"),
    "tone": words("light"),
    "fill": words("filled, hollow"),
    "state": words(
        "open, closed, empty, full, wet, dry, still, calm, smooth, rough, sliced, cut, broken, lit, melted, cooked, "
        "raw, ripe, unripe, bare, leafless, leafy, grassy, cloudy, sunny, snowy"
    ),
    "weather": words("clear, cloudless, stormy, rainy, foggy, overcast, partly cloudy"),
    "location": words("indoors, outdoors"),
    "sleeves": words("long sleeved, short sleeved, sleeveless"),
    "other": words(
        "pretty, comfortable, modern, athletic, bald, bright, tasty, healthy, portable, covered, hanging, parked, "
        "high, low, straight, fresh, new, beautiful, cute, furry, fluffy, wavy, curly, hairy, electric, wireless, "
        "framed, decorative, plain, blank, upside down, folded, stacked, wrinkled, sunlit, hazy, ornate, rusty, "
        "crispy, colorful, black and white, ugly, sparse, vast, rounded, uncomfortable, lush, off, unhappy, dead, "
        "illuminated, sleeping, resting"
    ),
}
"""Attribute families (GQA's names: "face expression", "sportActivity" ...) -> canonical values. A word in
several families keeps the first. Programs name the family only for :data:`NAMED_FAMILIES`; any other adjective
becomes a condition on any attribute (``attribute=None``), which matches however a scene graph files the word."""
VALUE_SYNONYMS = pairs(
    "grey=gray, golden=gold, blonde=blond, wooden=wood, timber=wood, cement=concrete, aluminium=aluminum, woolen=wool, "
    "huge=large, giant=large, massive=large, little=small, elderly=old, indoor=indoors, outdoor=outdoors, "
    "colourful=colorful, gigantic=large, enormous=large, sizable=large, sizeable=large, miniature=small, "
    "mini=small, smallish=small, largish=large, glossy=metal, reflective=metal, metalic=metal, mirrored=metal, "
    "rubbery=rubber, matt=rubber, non shiny=rubber, non metallic=rubber, nonmetallic=rubber, "
    "non reflective=rubber, nonreflective=rubber, purplish=purple, reddish=red, bluish=blue, greenish=green, "
    "yellowish=yellow, brownish=brown, greyish=gray, grayish=gray, lil=small, teeny=small, sml=small, lrg=large, "
    "unfilled=hollow, filled in=filled, colored in=filled, coloured in=filled"
)
"""Other spellings of attribute values."""

SHAPE_ADJECTIVES = pairs("cylindrical=cylinder, spherical=sphere, cubic=cube, cubical=cube, cube shaped=cube")
"""Adjectives that name a CLEVR shape ("cylindrical objects": the objects whose shape is cylinder)."""

NAMED_FAMILIES = {"color", "material", "size", "shape"}
"""The attribute families every dataset agrees on (CLEVR's four); programs name them explicitly."""

ATTRIBUTE_NAMES = pairs(
    "color=color, colour=color, colors=color, size=size, shape=shape, material=material, materials=material, "
    "pattern=pattern, age=age, gender=gender, sex=gender, weather=weather, length=length, height=height, "
    "width=width, pose=pose, texture=texture, type=type, kind=type, sort=type, species=type, race=race, "
    "ethnicity=race, ethnic group=race, place=place, location=location, shade=tone, thickness=thickness, "
    "activity=activity, sport=sport, side count=sides, corner count=corners, point count=points, quadrant=quadrant, "
    "letter shape=letter, place from the left=rank_left, place from the right=rank_right, "
    "place from the top=rank_top, place from the bottom=rank_bottom, place from the largest=rank_largest, "
    "place from the smallest=rank_smallest"
)
"""Nouns that name an attribute ("what color", "the same size"); the counts of a figure's sides, corners and
points are what "how many sides does the shape have" asks (see normalize)."""
_DESCRIBED = {"size": "size", "color": "color", "colour": "color", "material": "material", "shape": "shape"}
ATTRIBUTE_NAMES |= {
    f"{first} and {second}": "+".join(sorted({_DESCRIBED[first], _DESCRIBED[second]}, key=list(_DESCRIBED).index))
    for first in _DESCRIBED
    for second in _DESCRIBED
    if _DESCRIBED[first] != _DESCRIBED[second]
}
"""Two attributes asked together ("what colour and shape is it", "the shape and color of the object"): both values,
said as one description in English order ("large triangle", "green triangle")."""

HOW_ADJECTIVES = pairs(
    "big=size, large=size, small=size, tall=height, short=height, wide=width, long=length, old=age, "
    "thick=thickness, heavy=weight, clean=cleanliness, dirty=cleanliness, hard=hardness, soft=hardness, "
    "fat=fatness"
)
"""``How ADJ is X?`` asks for this attribute."""

# --- nouns -----------------------------------------------------------------------------------------------------
GENERIC_NOUNS = set(words("thing, object, item, one, anything, something, everything, shape, entity"))
"""Head nouns that name no category: the noun phrase starts from the whole scene."""
GENERIC_NOUNS |= set(
    words(
        "part, unit, piece, component, element, workpiece, specimen, stuff, obj, thingy, doodad, article, sprite, "
        "doodle, scribble, sketch, drawing, critter, beastie, blighter, gizmo, gadget, widget, doohickey, whatsit, "
        "thingamajig, thingamabob, trinket, contact, feature, cutout, cut-out, motif"
    )
)
"""An inspector's and everyday class words for any object ("the purple component", "metal parts", "objs"), and
nicknames for them ("these critters", "the grey contacts" on a radar operator's screen, "gizmos")."""

IRREGULAR_NOUNS = pairs(
    "people=person, men=man, women=woman, children=child, persons=person, folks=person, gentlemen=gentleman, "
    "policemen=policeman, firemen=fireman, fishermen=fisherman, businessmen=businessman, sportsmen=sportsman, "
    "policewomen=policewoman, businesswomen=businesswoman, sportswomen=sportswoman"
)

ING_NOUNS = set(
    words(
        "building, clothing, ceiling, railing, painting, ring, string, king, swing, wing, thing, something, "
        "anything, everything, nothing, frosting, icing, topping, awning, siding, pudding, dressing, lighting, "
        "sling, spring, evening, morning, stuffing, sibling, seedling, earring, wedding, bedding, writing, drawing, "
        "crossing, parking, landing, stocking, sapling, duckling, dumpling, bowling, camping, shopping"
    )
)
"""Nouns that end in -ing (every other -ing word is a verb or a pose)."""

COMPOUND_NOUNS = words(
    "hot dog, ice cream, fire truck, fire hydrant, teddy bear, cell phone, remote control, traffic light, stop "
    "sign, street sign, street light, coffee table, coffee cup, palm tree, tennis ball, tennis player, baseball "
    "bat, baseball player, computer mouse, tv stand, parking meter, soccer ball, light switch, side table, night "
    "stand, glass door, glass window, wine glass, dining table, potted plant, sports ball, hair dryer, toilet "
    "paper, paper towel, cutting board, home plate, water bottle, trash can, garbage can, police officer, picture "
    "frame, lamp shade, light bulb, power line, ski pole, life jacket, tank top, polo shirt, bow tie, flip flops, "
    "shower curtain, stuffed animal, cream cheese, cooking utensil, baked good, fast food, baking pan, coffee pot, "
    "athletic shoe, light fixture, light pole, living room, dining room, flower pot, tail light, ski lift, skate "
    "park, parking lot, office chair, pine tree"
)
"""Multi-word nouns whose first word would otherwise read as an adjective."""
SHAPE_COMPOUNDS = words("rounded rectangle, round rectangle, l shape, j shape, t shape, z shape, u shape")
"""Shape names whose first word is an adjective ("rounded") or a letter (an L shape, the letter's figure of right
angles; an S is read as a zigzag, for a lone "s" starts too many phrases): one noun, singular or plural ("rounded
rectangles")."""
SHAPE_COMPOUND_PLURALS = {f"{compound}s": compound for compound in SHAPE_COMPOUNDS}

NAME_SYNONYMS = pairs(
    "block=block, trousers=pants, garbage can=trash can, trash bin=trash can, garbage bin=trash can, "
    "trashcan=trash can, "
    "tap=faucet, traffic signal=traffic light, freezer=refrigerator, fridge=refrigerator, tee shirt=t-shirt, "
    "t shirt=t-shirt, tshirt=t-shirt, doughnut=donut, counter top=countertop, side walk=sidewalk, "
    "art work=artwork, head band=headband, life vest=life jacket, snowpants=snow pants, surf board=surfboard, "
    "wet suit=wetsuit, shrub=bush, oar=paddle, powerline=power line, cellphone=cell phone, "
    "mobile phone=cell phone, tv=television, automobile=car, kid=child, palm=palm tree, palms=palm tree, "
    "tennis racket=racket, tennis racquet=racket, racquet=racket, laptop computer=laptop, "
    "remote=remote control, traffic cone=cone, street lamp=street light, human=person, "
    "orb=sphere, globe=sphere, cuboid=cube, bike=bicycle, motorbike=motorcycle, folk=person, individual=person, "
    "dude=guy, fella=guy, fellow=guy, chap=guy, bloke=guy, gent=gentleman, lad=boy, "
    "lass=girl, youngster=child, grownup=adult, grown up=adult, cyl=cylinder, sph=sphere"
)
"""Words for an object -> the name scene graphs (GQA's vocabulary) use."""

MEASURE_UNITS = words(
    "calories, calorie, grams, gram, kilograms, kilos, pounds, ounces, tons, tonnes, litres, liters, gallons, "
    "dollars, euros, cents, pennies, minutes, hours, seconds, days, weeks, months, years, miles, meters, metres, "
    "kilometers, kilometres, centimeters, centimetres, millimeters, millimetres, inches, yards, degrees, percent, "
    "pixels, volts, watts"
)
"""Units of measure: "how many calories", "how many years old" ask an amount, which no object count gives."""
MASS_NOUNS = words(
    "water, coffee, milk, juice, wine, beer, tea, sugar, money, space, room, time, food, sand, snow, rice, light, "
    "paint, liquid, soup, grass, bread, pizza, ice, air, fuel, gas, oil, cheese, sauce, salt, meat, traffic, "
    "weight, energy, power, sunlight, shade, area, surface, cake, cream, butter, soil, dirt, mud, smoke, fog, "
    "rain, wind, noise, sound, heat, distance, damage"
)
"""Nouns of a substance or an amount: "how much water" asks a quantity, not how many objects."""

NUMBERS = set(words("zero, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, dozen, several, many"))

NUMBER_VALUES: dict[str, int] = {
    **{str(n): n for n in range(0, 101)},
    **{word: n for n, word in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())},
}
"""Numbers a question may state ("more than two cubes", "exactly 3 spheres"), as words or digits."""
NUMBER_WORDS = tuple(word for word in NUMBER_VALUES if word.isalpha())
"""Number words: no step compares a count with a number, so a question that needs one is refused."""
FIGURE_ADJECTIVES: dict[str, tuple[str | None, str]] = {
    **{
        f"{number} {word}": (attribute, str(count))
        for number, count in NUMBER_VALUES.items()
        if count <= 12
        for word, attribute in (("sided", "sides"), ("cornered", "corners"), ("pointed", "points"))
    },
    **{f"{word} edged": ("edge", word) for word in ("straight", "curved")},
}
"""A figure's count of sides, corners or points as an adjective ("four sided shapes", "0 cornered"), and the kind
of its outline ("curved edged"): what "the shapes with four sides" is rewritten to (see normalize)."""
SHAPE_NOUNS = set(
    words(
        "circle, ellipse, oval, triangle, square, rectangle, pentagon, hexagon, heptagon, septagon, octagon, nonagon, "
        "enneagon, star, polygon, heart, cross"
    )
)
"""Geometric shapes that name objects in shape scenes ("the square"), though "square" is also an adjective."""
GENERIC_PRONOUNS = set(words("anything, something, everything, nothing"))
"""Generic heads whose adjectives follow them ("anything red")."""

NEVER_NOUNS = set(
    words(
        "i, me, my, you, your, we, us, our, he, him, his, she, they, them, their, it, its, who, whom, whose, what, "
        "which, why, when, where, how, would, could, should, can, will, may, might, must, shall, do, does, did, is, "
        "are, was, were, be, been, being, am, has, have, had, not, no, yes, please, there, here, present, visible, "
        "pic, see, seen, find, found, spot, count, contain, contains, include, includes, "
        "exist, exists, fit, fits, say, says, tell, know, think, show, shows, total, many, much, more, most, "
        "less, least, fewer, than, if, whether, because, so, very, too, also, just, only, really, about, like, "
        "same, other, else, all, any, some, each, every, both, either, neither, none, nothing, and, or, but, of, "
        "to, for, from, by, with, without, in, on, at, into, onto, between, behind, above, below, near, next, up, "
        "down, off, out, over, under, again, ever, never, yet, "
        "roughly, exactly, approximately, maybe, perhaps, different, various, distinct, separate, unique, non, "
        "fast, slowly, quickly, rapidly, fastly, away"
    )
)
"""Words that never name an object: pronouns, auxiliaries, question words, the picture itself, verbs of seeing
and containing. A question that would need one as an object name is refused instead ("you", "image")."""

PIECE_WORDS = set(words("piece of, pieces of, item of, items of, article of, articles of, kind of, type of, sort of"))
"""Words before a category that add nothing ("the piece of furniture")."""

# --- relations and verbs ---------------------------------------------------------------------------------------
RELATION_PHRASES: dict[str, str] = {
    **{
        surface: canonical
        for canonical in ("left", "right", "behind", "front", "above", "below")
        for surface in CLEVR_SYNONYMS[canonical]
    },  # fmt: skip
    **pairs(
        "on the left of=left, on the right of=right, to the left=left, to the right=right, in back of=behind, "
        "behind of=behind, in front=front, on top of=on top of, on top=on top of, atop=on top of, on=on, onto=on, "
        "in=in, inside=inside, inside of=inside, within=inside, at=at, under=under, underneath=underneath, "
        "beneath=beneath, over=over, near=near, near of=near, next to=next to, next to of=next to, beside=beside, "
        "beside of=beside, by=by, close to=near, close to of=near, around=around, along=along, across=across, "
        "against=against, with=with, on the side of=on the side of, in the middle of=in the middle of, "
        "outside=outside, outside of=outside, among=among, between=between, in between=between, "
        "horizontally between=horizontally between, vertically between=vertically between, through=through, "
        "directly above=directly above, right above=directly above, straight above=directly above, "
        "immediately above=directly above, directly over=directly above, directly below=directly below, "
        "right below=directly below, straight below=directly below, directly under=directly below, "
        "right under=directly below, directly beneath=directly below, directly underneath=directly below, "
        "directly left of=directly left, directly right of=directly right, "
        "north of=north, south of=south, east of=east, west of=west, north=north, south=south, east=east, west=west, "
        "to the north of=north, to the south of=south, to the east of=east, to the west of=west, "
        "due north of=toward north, due south of=toward south, due east of=toward east, due west of=toward west, "
        "toward north of=toward north, toward south of=toward south, toward east of=toward east, "
        "toward west of=toward west, toward northeast of=toward northeast, toward northwest of=toward northwest, "
        "toward southeast of=toward southeast, toward southwest of=toward southwest, "
        + ", ".join(f"toward clock {h} of=toward {h}" for h in range(1, 13))
        + ", "
        "in the same row as=same row, on the same row as=same row, level with=same row, on a level with=same row, "
        "at the same height as=same row, at the same level as=same row, horizontally aligned with=same row, "
        "horizontally in line with=same row, in the same column as=same column, on the same column as=same column, "
        "vertically aligned with=same column, vertically in line with=same column, "
        "on the edge of=on the edge of, in the back of=behind, on the back of=on the back of, "
        "on the front of=on the front of, at the top of=at the top of, at the bottom of=below, before=in front of, "
        "overlapping=overlaps, overlapping with=overlaps"
    ),
}
SIZE_RELATION_PHRASES: dict[str, str] = pairs(
    "bigger than=larger, larger than=larger, smaller than=smaller, taller than=taller, shorter than=shorter, "
    "wider than=wider, narrower than=narrower"
)
"""Relations of size ("the things bigger than the ball"): read only after a copula, never straight after a noun
("is the star bigger than the circle" compares two objects)."""
RELATION_PHRASES.update(SIZE_RELATION_PHRASES)
"""Spatial phrases -> the predicate (spelled canonically by ``canonical_predicate`` where it is spatial)."""

POSITION_PHRASES: dict[str, tuple[str | None, str]] = {
    **{p: ("hposition", "left") for p in words("on the left, on the left side")},
    **{p: ("hposition", "right") for p in words("on the right, on the right side")},
    **{p: ("vposition", "top") for p in words("at the top, in the top part, in the top")},
    **{p: ("vposition", "bottom") for p in words("at the bottom, in the bottom part, in the bottom")},
    **{p: ("hposition", "middle") for p in words("in the middle, in the center, in the middle part")},
    **{p: ("vposition", "middle") for p in words("in the middle row, on the middle row, along the middle row")},
    **{p: ("hposition", "middle") for p in words("in the middle column, down the middle column")},
    # halves, where "on the left" is a third: an object just left of the middle is in the left half
    **{p: ("hhalf", "left") for p in words("in the left half, on the left half")},
    **{p: ("hhalf", "right") for p in words("in the right half, on the right half")},
    **{p: ("vhalf", "top") for p in words("in the top half, in the upper half, on the top half")},
    **{p: ("vhalf", "bottom") for p in words("in the bottom half, in the lower half, on the bottom half")},
    # an edge of the picture: the border a thing stands against
    **{
        f"{at} the {side} {border}": (f"{side}_edge", "yes")
        for at in ("at", "on", "along", "against", "by", "touching")
        for side in ("left", "right", "top", "bottom")
        for border in ("edge", "border")
    },
}
"""Phrases that place an object in the picture ("the books on the right"); "middle" may be either axis."""

ADJECTIVE_SUFFIXES = ("ed", "less", "ful", "ous", "ish")
"""An unknown word with one of these endings before a noun reads as an adjective ("printed book", "shirtless
man"); other unknown words there make a compound noun ("tennis player")."""

SCENE_LOCATORS = frozenset(
    words(
        "in the picture, in this picture, in the image, in this image, in the photo, in this photo, "
        "in the photograph, in this photograph, in the scene, in this scene, in the room, of the picture, "
        "of the image, of the photo, of this picture, of this image, of this photo, here, there, pictured, shown, "
        "visible, in the drawing, in this drawing, in the sketch, in this sketch, on the page, on this page, "
        "on the whiteboard, on the blackboard"
    )
)
"""Words that point at the picture itself and add nothing to the question."""
LOCATED = set(words("located, situated, positioned, found, placed, seen"))
"""Words that add nothing before a spatial relation ("the lamp located on the table")."""
SHOWN = set(
    words(
        "shown, pictured, presented, visible, seen, displayed, depicted, photographed, observed, sighted, "
        "noticed, detected, counted, recovered, captured, recorded, observable"
    )
)
"""Words that only say an object is in the picture ("the animal that is shown")."""
FILLERS = frozenset(
    words("do you think, would you say, you think, can you tell me, tell me, please, do you know, in your opinion")
)
"""Phrases the tokenizer drops: they ask nothing ("What color do you think the cup is?")."""

VERBS = pairs(
    "wear=wearing, hold=holding, carry=carrying, ride=riding, eat=eating, use=using, watch=watching, pull=pulling, "
    "push=pushing, touch=touching, throw=throwing, catch=catching, hit=hitting, swing=swinging, drink=drinking, "
    "feed=feeding, drive=driving, cover=covering, sit=sitting, stand=standing, lie=lying, walk=walking, "
    "hang=hanging, play=playing, lean=leaning, fly=flying, read=reading, cut=cutting, look=looking, "
    "contain=containing, surround=surrounding, grab=grabbing, kick=kicking, chase=chasing, run=running, "
    "swim=swimming, sleep=sleeping, wait=waiting, graze=grazing, drag=dragging, lift=lifting, tow=towing, "
    "climb=climbing, smell=smelling, enter=entering, have=with, has=with"
)
"""Base verb -> the -ing form GQA writes in its predicates ("wears" and "wear" become "wearing")."""
MORE_ING_VERBS = set(
    words(
        "cooking, doing, floating, growing, having, jumping, kneeling, posing, showing, skateboarding, skiing, "
        "smiling, staring, surfing, talking, snowboarding, crossing, approaching, facing, following, leaving, "
        "reaching, resting, sniffing, biting, licking, petting, hugging, kissing, shaking, waving, brushing, "
        "preparing, serving, selling, buying, photographing, filming, dancing, singing, painting, drawing, writing, "
        "texting, laughing, peeking, hiding, reflecting, casting, blocking, supporting, observing, guarding, "
        "herding, milking, cleaning, washing, drying, filling, pouring, slicing, spreading, sailing, docking, "
        "lining, boarding, exiting, loading, unloading, tossing, swatting, batting, pitching, squatting, crouching, "
        "bending, stretching, taking, making, getting, going, coming, moving, turning, steering, rowing, paddling, "
        "landing, departing, parking, sheltering, shading, overlooking, adjusting, opening, closing, checking, "
        "examining, inspecting, tying, cutting, chewing, sipping, licking, smoking, dragging, attaching, topping, "
        "decorating, framing, mounting, bordering, hugging, carrying, protecting, taking, hitting, throwing, "
        "swinging, pointing, aiming, lying, laying, leaning, sitting, standing, walking, running, hanging, "
        "flying, playing, looking, watching, holding, wearing, riding, eating, drinking, using, touching, "
        "pulling, pushing, feeding, driving, covering, reading, containing, surrounding, grabbing, kicking, "
        "chasing, swimming, sleeping, waiting, grazing, lifting, towing, climbing, smelling, entering, catching"
    )
)
"""-ing forms of verbs that relate two objects (besides :data:`VERBS`): an -ing word in neither list is refused
as a relation rather than read as a predicate no scene graph holds."""

PARTICIPLES = set(
    words(
        "covered, parked, stopped, filled, mounted, attached, surrounded, topped, stacked, printed, painted, placed, "
        "hung, tied, lined, decorated, reflected, stuck, displayed, full, sliced, piled, written, connected, worn, "
        "seated, held, carried, ridden, thrown, eaten, used, watched, pulled, pushed, driven, chased, caught, kicked, "
        "touched, grabbed, fed, towed, lifted, "
        "perched"
    )
)
"""Past participles that introduce a relation ("covered by", "parked behind")."""
PASSIVES = pairs(
    "worn=wearing, held=holding, carried=carrying, ridden=riding, thrown=throwing, eaten=eating, used=using, "
    "watched=watching, pulled=pulling, pushed=pushing, driven=driving, chased=chasing, caught=catching, "
    "kicked=kicking, touched=touching, grabbed=grabbing, fed=feeding, towed=towing, lifted=lifting, walked=walking"
)
"""Participles whose "X by Y" turns the relation around: "the hat worn by the man" is what the man is wearing."""

PARTICLES = words(
    "on top of, in front of, next to, close to, to the left of, to the right of, inside of, on, in, at, with, by, "
    "of, onto, into, over, under, behind, near, down, up, through, across, along, around, against, inside, from, "
    "above, below, beneath, underneath, off, out of, toward, towards, to, beside, for, atop"
)
"""Words a verb may take before its object ("sitting on top of", "looking at")."""

# --- ordering and comparing -------------------------------------------------------------------------------------
ORDINALS = {word: rank for rank, word in enumerate(words("first, second, third, fourth, fifth, sixth"), start=1)}
SUPERLATIVES = pairs(
    "leftmost=left, rightmost=right, topmost=top, bottommost=bottom, frontmost=front, backmost=behind, "
    "rearmost=behind, biggest=largest, largest=largest, smallest=smallest, tiniest=smallest, littlest=smallest, "
    "teeniest=smallest, highest=top, "
    "uppermost=top, lowest=bottom, lowermost=bottom, tallest=tallest, shortest=shortest, widest=widest, "
    "narrowest=narrowest, thinnest=narrowest, centremost=centre, centermost=centre, "
    # what "the shape with the most sides" is rewritten to (see normalize)
    "most sided=most_sides, fewest sided=fewest_sides, most cornered=most_corners, fewest cornered=fewest_corners"
)
DISTANCE_SUPERLATIVES = {"closest": False, "nearest": False, "farthest": True, "furthest": True}
"""Superlatives of distance to an anchor ("the cube nearest to the ball"): True for the farthest."""
ORDER_DIRECTIONS = pairs("left=left, right=right, top=top, bottom=bottom, front=front, back=behind")
COMPARATIVES = set(
    words(
        "bigger, larger, smaller, taller, shorter, wider, narrower, older, younger, longer, heavier, lighter, "
        "darker, brighter, closer, farther, higher, lower"
    )
)

FRAME_PHRASES = words(
    "how many, what number of, made of, made out of, the same, is there, are there, do you see, can you see, "
    "what kind of, which kind of, what type of, which type of"
)
"""Phrases question frames start with."""

MULTIWORD = frozenset(
    phrase
    for group in (
        RELATION_PHRASES,
        POSITION_PHRASES,
        COMPOUND_NOUNS,
        SHAPE_COMPOUNDS,
        SHAPE_COMPOUND_PLURALS,
        SCENE_LOCATORS,
        PARTICLES,
        PIECE_WORDS,
        [v for values in OPEN_VALUES.values() for v in values],
        VALUE_SYNONYMS,
        FRAME_PHRASES,
        NAME_SYNONYMS,
        FILLERS,
        ATTRIBUTE_NAMES,
        FIGURE_ADJECTIVES,
        SUPERLATIVES,
    )  # fmt: skip
    for phrase in group
    if " " in phrase
)
"""Every phrase the tokenizer joins into one token."""


@dataclass
class Lexicon:
    """Compiled look-up tables: surface word or phrase -> meaning."""

    attributes: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    _noun_cache: dict[str, tuple[str, bool] | None] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls) -> Lexicon:
        lex = cls()
        for attribute, values in CLEVR_VALUES.items():
            for value in values:
                for surface in CLEVR_SYNONYMS.get(value, [value]):
                    if attribute == "shape":
                        lex.nouns[surface] = value
                    else:
                        lex.attributes[surface] = (attribute, value)
        for attribute, values in OPEN_VALUES.items():
            for value in values:
                lex.attributes.setdefault(value, (attribute if attribute in NAMED_FAMILIES else None, value))
        for surface, value in VALUE_SYNONYMS.items():
            lex.attributes.setdefault(surface, lex.attributes[value])
        for surface, shape in SHAPE_ADJECTIVES.items():
            lex.attributes.setdefault(surface, ("shape", shape))
        lex.attributes.update(FIGURE_ADJECTIVES)
        lex.nouns.update({word: "thing" for word in [*GENERIC_NOUNS, "things", "objects"]})
        lex.nouns.update({compound: compound for compound in [*COMPOUND_NOUNS, *SHAPE_COMPOUNDS]})
        lex.nouns.update(SHAPE_COMPOUND_PLURALS)
        lex.nouns.update(NAME_SYNONYMS)
        return lex

    def attribute_of(self, word: str) -> tuple[str | None, str] | None:
        """``(attribute, canonical value)`` of an adjective (attribute None: its family is unknown)."""
        return self.attributes.get(word)

    def noun(self, word: str) -> tuple[str, bool] | None:
        """``(canonical singular, is_plural)`` of a known noun, or None."""
        if word in self._noun_cache:
            return self._noun_cache[word]
        found = self._noun(word)
        if len(self._noun_cache) > 65536:  # an open vocabulary: keep the cache bounded
            self._noun_cache.clear()
        self._noun_cache[word] = found
        return found

    def _noun(self, word: str) -> tuple[str, bool] | None:
        if word in self.nouns:
            return self.nouns[word], word in {"things", "objects"} or word in SHAPE_COMPOUND_PLURALS
        if word in IRREGULAR_NOUNS:
            return IRREGULAR_NOUNS[word], True
        one = singular(word)
        if one != word and one in self.nouns:
            return self.nouns[one], True
        return None


LEXICON = Lexicon.build()
