"""A failure in plain words: the message a step gave, apart from the diagnosis that follows it."""

import re

# How pytest shows an exception's first line, e.g. "E   AssertionError: Avery should see ...".
EXCEPTION = re.compile(r"^(?:[\w.]+\.)?(\w*(?:Error|Exception|Failed|Failure))(?:: (.*))?$")
# Lines after the message that are Playwright's or pytest's diagnosis, not the message itself.
DIAGNOSIS = re.compile(r"^(Expected|Actual value|Received|Error:|Call log:|Aria snapshot:|assert |where )")


def plain_message(technical: str) -> tuple[str, list[str]]:
    """The failure in plain words (the message a step gave expect() or assert) and the diagnosis.

    pytest marks the exception's lines with "E"; the last such block is the error that ended the
    test. Its first line "AssertionError: <message>" carries the words the step chose.
    """
    lines = technical.splitlines()
    blocks: list[list[str]] = []
    for index, line in enumerate(lines):
        if line == "E" or line.startswith("E "):
            if index == 0 or not (lines[index - 1] == "E" or lines[index - 1].startswith("E ")):
                blocks.append([])
            blocks[-1].append(line[1:].strip())
    if not blocks:
        last = [line.strip() for line in lines if line.strip()]
        return (last[-1] if last else "The scenario failed without a message."), []
    block = blocks[-1]
    start = next((i for i, line in enumerate(block) if EXCEPTION.match(line)), 0)
    matched = EXCEPTION.match(block[start])
    kind, first = matched.groups() if matched else ("", block[start])
    message = [first] if first else []
    diagnosis = []
    for line in block[start + 1:]:
        if line.startswith(("Call log:", "Aria snapshot:")):
            break
        if diagnosis or DIAGNOSIS.match(line) or not line:
            if line:
                diagnosis.append(line)
        else:
            message.append(line)
    if not message and diagnosis:
        message = [diagnosis.pop(0)]
    text = " ".join(message) or "The scenario failed without a message."
    if kind and kind != "AssertionError":
        text = f"{kind}: {text}"
    return text, diagnosis
