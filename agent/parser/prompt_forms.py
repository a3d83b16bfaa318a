"""The wrappers evaluation harnesses and chat templates put around a question, taken off before it is read.

Multimodal benchmarks (MME, POPE, MMBench, SEED-Bench, CV-Bench, LLaVA's evaluation prompts) send a VQA system the
question inside a template: chat markup ("USER: <image>\\n... ASSISTANT:", "[INST] ... [/INST]"), labels
("Question:", "Options:", "Answer:"), instructions about the answer's form ("Answer the question using a single
word or phrase.", "Please answer yes or no.", "Answer with the option's letter from the given choices directly."),
hints and context lines, and answer options one per line ("A. 3", "(B) the gray cube"). None of it is part of what
is asked, except options (a choice) and an instruction that names what to answer with ("Answer with its colour."):

>>> offered("USER: <image>\\nWhat is the cube made of? Answer the question using a single word or phrase. ASSISTANT:")
'What is the cube made of?'
>>> offered("Which is closer to the camera?\\nA. the cyan cube\\nB. the brown ball\\nAnswer with the option's letter.")
'Which is closer to the camera? (a) the cyan cube (b) the brown ball'
>>> offered("Which object is the rightmost one? Answer with its color.")
'Which object is the rightmost one? Its color, please.'
>>> offered("The cube is behind the sphere. Is this statement true or false?")
'True or false: The cube is behind the sphere.'
"""

from __future__ import annotations

import re

_MARKUP = re.compile(
    r"(?is)<\|im_start\|>\s*system\b.*?(?:<\|im_end\|>|$)|<\|im_start\|>\s*(?:user|assistant)\b"
    r"|<\|?(?:image|img|imagehere|image_placeholder|video|im_start|im_end|endoftext|user|assistant|system|end)\|?>"
    r"|</?img>|</?s>|\[/?INST\]|<<SYS>>.*?<</SYS>>|<start_of_turn>(?:user|model)?|<end_of_turn>"
)
_ROLE = re.compile(r"(?im)(?:^|(?<=\s))(?:###\s*)?(?:user|assistant|human|gpt|system|bot|ai)\s*:\s*")
_LABEL = re.compile(r"(?im)^\s*(?:\*\*)?(?:question|query|q|prompt)(?:\*\*)?\s*:(?:\*\*)?\s*")
_ANSWER_LABEL = re.compile(r"(?is)\s*(?:\*\*)?(?:answer|a|response|output|the answer is)(?:\*\*)?\s*:(?:\*\*)?\s*$")
_PREAMBLE = re.compile(
    r"(?i)(?:^|(?<=[.!?\n]))\s*(?:you are|you're|act as|as) (?:a|an) [^.!?\n]*?\b(?:assistant|ai|model|expert|"
    r"system|annotator|agent|analyst)\b[^.!?\n]*[.!]"
    r"|(?:^|(?<=[.!?\n]))\s*(?:please )?(?:look|carefully look|examine|study) (?:carefully )?at the (?:image|picture|"
    r"figure|photo)(?: carefully)?(?: (?:and|then) (?:answer|respond)(?: to)?(?: the (?:following "
    r")?question)?)?\s*[:.,]"
    r"|(?:^|(?<=[.!?\n]))\s*(?:let's |let us |please )?think (?:about it )?step[- ]by[- ]step(?:,? (?:and |then )*"
    r"(?:give|provide|state|output|write)(?: (?:the|your))? (?:final )?answer)?\s*[.!]?"
)
"""A system prompt's or a chain-of-thought request's sentence ("You are a helpful assistant.", "Look at the image
and answer:", "Think step by step, then give the final answer."): nothing it says is asked."""
_HINT = re.compile(r"(?im)^\s*(?:hint|context|note|system prompt)\s*:.*$")
_ATTRIBUTE = r"(colou?r|shape|material|size|name)"
_ANSWER_WITH_ATTRIBUTE = re.compile(
    rf"(?i)\b(?:please )?(?:answer|respond|reply)(?: only)? (?:with|using|by giving|by naming) (?:only )?"
    rf"(?:its|the|their|the object's|that object's) {_ATTRIBUTE}\b[^.?!\n]*[.!]?"
)
_FORM_INSTRUCTION = re.compile(
    r"(?im)(?:^|(?<=[.?!:]))\s*(?:please )?(?:(?:answer|respond|reply|output|give your answer|provide your answer)"
    r"(?: (?:the question|directly|briefly|concisely|only|just))?(?: (?:using|with|in|as|by)\b[^.?!\n]*)?"
    r"|answer (?:yes or no|with yes or no|true or false)|(?:select|choose|pick) (?:one |the (?:correct|best|right) "
    r"(?:answer|option|choice) )?(?:from|among) the (?:following )?(?:choices|options|answers)(?: below| given)?"
    r"|(?:select|choose|pick) (?:the (?:correct|best|right) (?:answer|option|choice)|one))\s*[.!]?\s*(?=$|\n)"
)
_PLACE_WORD = r"(?:left|right|top|bottom|above|below|in front|behind|front|back|closer|farther|further|nearer)"
_ANSWER_PLACES = re.compile(
    rf"(?i)\?\s*(?:please )?(?:answer|respond|reply|choose|pick)(?: only| just)?(?: with| using| from)?(?: either)?"
    rf"(?: one of)?:?\s*({_PLACE_WORD}(?:\s*(?:,|/|or|,\s*or)\s*{_PLACE_WORD}){{1,4}})\s*[.!]?\s*$"
)
"""An instruction that offers the places to answer with ("Where is X relative to Y? Please answer with left or
right."): the question's own choice, "Where is X relative to Y, left or right?"."""
_LIST_FORM = re.compile(
    r"(?i)\s*,?\s*(?:(?:separated|delimited|divided) by (?:commas|a comma)|(?:as|in) a (?:comma[- ]separated )?list"
    r"|one per line)\b|(?<=\?)\s*(?:please )?list them(?: all)?\b\s*[.!]?"
)
_OPTION_HEAD = re.compile(r"(?im)^\s*(?:options|choices|answers|candidates)\s*:\s*")
_OPTION_LINE = re.compile(r"(?m)^\s*\(?([A-Ea-e])[).:]\s+(.+?)\s*$")
_STATEMENT_CHECKED = re.compile(
    r"(?is)^\s*(?!(?:is|are|does|do|can|could|what|which|how|who|where|was|were)\b)(.+?[^?])\s*[.!]?\s*"
    r"(?:is (?:this|the)(?: above| previous)?(?: statement| claim| caption| sentence| description)? (?:true or "
    r"false|correct|accurate|true)|true or false|correct or incorrect)\s*\??\s*$"
)
_CONSIDERING = re.compile(
    r"(?i)^\s*(?:considering|looking at|based on|given) the (?:relative )?(?:positions?|locations?|placement|layout|"
    r"depths?)(?: of [^,?]+?)?(?: in the (?:image|picture|photo|scene)(?: provided| shown| given)?)?\s*,\s*"
)
_DEPTH_TASK = re.compile(
    r"(?i)^\s*(?:estimate|consider|determine|judge|look at) the (?:depth|depths|depth order|distances?|relative "
    r"depths?)(?: order)?(?: of the (?:objects|things|items)(?: in the (?:image|picture|photo|scene))?)?\s*[.:;]\s*"
)


def offered(question: str) -> str:
    """``question`` without a harness's template around it (see the module's examples); unchanged when it has
    none."""
    text = _MARKUP.sub(" ", question.replace("\\n", "\n"))  # a template pasted with its escapes: "\n" is a line break
    text = _ROLE.sub(" ", text)
    text = _PREAMBLE.sub(" ", text)
    text = _HINT.sub(" ", text)
    text = _LABEL.sub("", text)
    text = _ANSWER_PLACES.sub(lambda m: f", {m[1]}?", text.rstrip())
    text = _ANSWER_WITH_ATTRIBUTE.sub(lambda m: "" if m[1].lower() == "name" else f"Its {m[1].lower()}, please.", text)
    text = _LIST_FORM.sub("", text)
    text = _FORM_INSTRUCTION.sub(" ", text)
    text = _ANSWER_LABEL.sub("", text.rstrip())
    text = _OPTION_HEAD.sub("", text)
    options = _OPTION_LINE.findall(text)
    if len(options) >= 2:
        text = _OPTION_LINE.sub("", text).rstrip()
        text = f"{text} " + " ".join(f"({letter.lower()}) {option.rstrip(' .;,')}" for letter, option in options)
    text = _CONSIDERING.sub("", text)
    text = _DEPTH_TASK.sub("", text)
    checked = _STATEMENT_CHECKED.match(text)
    if checked is not None:
        text = f"True or false: {checked[1].strip()}."
    text = re.sub(r"\s*\n\s*", " ", text)
    return re.sub(r"[ \t]+", " ", text).strip() or question
