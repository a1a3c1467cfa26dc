"""The page-object methods a step definition calls, and the locators it reads, found in its source with `ast`.

A receiver is known to be a page object when the definition builds it (`SignInPage(page).open()`), assigns
it from one (`search = CaseSearchPage(page)`), or takes it as a fixture whose function returns or yields one
(`sign_in_page`, or a fixture that picks one of two drivers); a method called on the result of a page-object
method (`sign_in_page.open().sign_in(...)`) is looked up on the same classes.
"""

import ast
import functools
import inspect
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checks import dry_run

PAGE_OBJECT_PACKAGE = "steps.pages"


@dataclass(frozen=True, order=True)
class PageObjectMethod:
    """A method, property or locator of a page object: `Class.member` and where it is defined."""

    path: str
    line: int
    name: str  # Class.member

    def __str__(self) -> str:
        return f"{self.name} {self.path}:{self.line}"


def location(function: Callable) -> tuple[str, int]:
    """The function's file, relative to the working directory where it can be, and its first line."""
    return shown(inspect.getsourcefile(function)), function.__code__.co_firstlineno


def shown(path: str | Path) -> str:
    return dry_run.shown(path, posix=True)


def is_page_object(thing: object) -> bool:
    module = getattr(thing, "__module__", "") or ""
    return isinstance(thing, type) and (module == PAGE_OBJECT_PACKAGE or module.startswith(PAGE_OBJECT_PACKAGE + "."))


def _syntax(function: Callable) -> ast.FunctionDef:
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    return next(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))


def _classes_built(node: ast.AST | None, names: dict) -> set[type]:
    """Page-object classes constructed anywhere in an expression (`A(page) if http else B(page)` gives both)."""
    if node is None:
        return set()
    return {names[call.func.id] for call in ast.walk(node)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
            and is_page_object(names.get(call.func.id))}


def _annotated(annotation: object, names: dict) -> set[type]:
    if isinstance(annotation, str):
        try:
            annotation = eval(annotation, names)  # noqa: S307 - an annotation of the project's own code
        except Exception:  # an annotation that names nothing importable types nothing
            return set()
    candidates = {annotation, *getattr(annotation, "__args__", ())}
    return {candidate for candidate in candidates if is_page_object(candidate)}


def fixture_page_objects(fixture: Callable) -> set[type]:
    """The page-object classes a fixture function returns or yields, by annotation or by construction."""
    names = fixture.__globals__
    found = _annotated(inspect.signature(fixture).return_annotation, names)
    try:
        syntax = _syntax(fixture)
    except (OSError, TypeError, StopIteration):
        return found
    for node in ast.walk(syntax):
        if isinstance(node, ast.Return | ast.Yield):
            found |= _classes_built(node.value, names)
    return found


def methods_called(definition: Callable, fixture_types: Callable[[str], set[type]]) -> list[PageObjectMethod]:
    """The page-object methods `definition` calls; `fixture_types(name)` types its fixture arguments."""
    names = definition.__globals__
    syntax = _syntax(definition)
    receivers: dict[str, set[type]] = {}
    for argument in syntax.args.args:
        annotated = _annotated(definition.__annotations__.get(argument.arg), names)
        receivers[argument.arg] = annotated or fixture_types(argument.arg)
    for node in ast.walk(syntax):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            built = _classes_built(node.value, names)
            if built:
                receivers[node.targets[0].id] = built
    found: set[PageObjectMethod] = set()

    def classes_of(receiver: ast.AST) -> set[type]:
        if isinstance(receiver, ast.Name):
            return receivers.get(receiver.id, set())
        if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name):
            return {names[receiver.func.id]} if is_page_object(names.get(receiver.func.id)) else set()
        if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute):
            return classes_of(receiver.func.value)  # a fluent page object returns itself
        return set()

    for node in ast.walk(syntax):
        if isinstance(node, ast.Attribute):
            for cls in classes_of(node.value):
                member = _member(cls, node.attr)
                if member:
                    found.add(PageObjectMethod(*member, f"{cls.__name__}.{node.attr}"))
    return sorted(found)


def _member(cls: type, name: str) -> tuple[str, int] | None:
    """Where a page object defines a method, a property or a locator (`self.heading = ...` in a method)."""
    member = inspect.getattr_static(cls, name, None)
    member = getattr(member, "__func__", getattr(member, "fget", member))
    if inspect.isfunction(member):
        return location(member)
    for owner in cls.__mro__:
        if not is_page_object(owner):
            continue
        line = _attributes_set(owner).get(name)
        if line is not None:
            return location_of_class(owner)[0], line
    return None


@functools.cache
def _attributes_set(cls: type) -> dict[str, int]:
    """The line where the class's own source first sets each `self.attribute` (in the order ast.walk meets them)."""
    first = location_of_class(cls)[1]
    lines: dict[str, int] = {}
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls)))):
        if (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name) and node.value.id == "self"):
            lines.setdefault(node.attr, first + node.lineno - 1)
    return lines


@functools.cache
def location_of_class(cls: type) -> tuple[str, int]:
    return shown(inspect.getsourcefile(cls)), inspect.getsourcelines(cls)[1]
