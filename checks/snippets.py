"""Ready-to-paste step definitions for undefined steps, as Cucumber prints them.

For a step like `Then Pat sees "3 documents" in case <case> after 15 minutes`, the dry run prints

    @then(parsers.parse('Pat sees "{text}" in case {case} after {number:d} minutes'))
    def pat_sees_in_case_after_minutes(text, case, number):
        raise NotImplementedError('Then Pat sees "3 documents" in case <case> after 15 minutes')

Quoted values, an outline's <parameters> and whole numbers become parameters; braces are escaped.
"""

import keyword
import re
from dataclasses import dataclass

QUOTED = re.compile(r'"[^"]*"')
OUTLINE_PARAMETER = re.compile(r"<([^<>]+)>")
NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
TOKEN = re.compile(r'"[^"]*"|<[^<>]+>|(?<![\w.])\d+(?![\w.])')


@dataclass(frozen=True)
class Snippet:
    type: str  # given, when or then
    pattern: str
    function: str
    parameters: tuple[str, ...]
    shown: str  # the step as the feature writes it

    def __str__(self) -> str:
        arguments = ", ".join(self.parameters)
        return (f"@{self.type}(parsers.parse({self.pattern!r}))\n"
                f"def {self.function}({arguments}):\n"
                f"    raise NotImplementedError({self.shown!r})\n")


def _unique(name: str, taken: list[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name}_{number}", number + 1
    return candidate


def _identifier(text: str) -> str:
    name = re.sub(r"\W+", "_", text.lower(), flags=re.ASCII).strip("_") or "value"
    if name[0].isdigit() or keyword.iskeyword(name):
        name = f"_{name}"
    return name


def snippet(step_type: str, keyword_shown: str, text: str) -> Snippet:
    """The definition for a step of this type and text (an outline's unrendered text, with <names>)."""
    parameters: list[str] = []
    pattern, words, at = [], [], 0
    for match in TOKEN.finditer(text):
        literal = text[at:match.start()]
        pattern.append(literal.replace("{", "{{").replace("}", "}}"))
        words.append(literal)
        token = match.group()
        if token.startswith('"'):
            name = _unique("text", parameters)
            pattern.append(f'"{{{name}}}"')
        elif token.startswith("<"):
            name = _unique(_identifier(token[1:-1]), parameters)
            pattern.append(f"{{{name}}}")
            words.append(token[1:-1])  # the outline's parameter names its step, as "Pat" would
        else:
            name = _unique("number", parameters)
            pattern.append(f"{{{name}:d}}")
        parameters.append(name)
        at = match.end()
    pattern.append(text[at:].replace("{", "{{").replace("}", "}}"))
    words.append(text[at:])
    function = _identifier(" ".join(words))[:60].rstrip("_")
    return Snippet(step_type, "".join(pattern), function, tuple(parameters), f"{keyword_shown} {text}")


def render(snippets: list[Snippet]) -> str:
    """The snippets, once each (two steps the same pattern matches need one definition), with imports."""
    unique = list({(s.type, s.pattern): s for s in snippets}.values())
    names = sorted({s.type for s in unique} | {"parsers"})
    header = f"from pytest_bdd import {', '.join(names)}\n"
    return "\n".join([header, *(f"\n{s}" for s in unique)])
