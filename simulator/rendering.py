"""Form fields on the page, each labelled, with its hint and its message beside it, for little CPU.

`field` (a template global) writes one field's block: the label, the hint, the input described by
both, the first error. It was a Jinja macro; written in Python it costs less than the macro did.

WTForms 3.3 writes each attribute of a field with `Markup.format` (a `string.Formatter` and an escape
per part): on the sign-in page that was a third of the page's rendering, and the sign-in page is the
simulator's busiest. `html_params` here writes the same string with one escape per name and value.
`install(app)` registers `field` and puts `html_params` where WTForms looks it up: the module function
its widgets call, the package's name that `Label` calls, and the two widget classes that hold it as a
method. tests/unit/test_rendering.py holds it to WTForms' own output, attribute by attribute and page
by page.
"""

import wtforms.widgets
import wtforms.widgets.core
from flask import Flask
from markupsafe import Markup, escape
from wtforms import Field

# WTForms' own, kept for the tests that compare the two.
WTFORMS_HTML_PARAMS = wtforms.widgets.core.html_params
_clean_key = wtforms.widgets.core.clean_key


def html_params(**kwargs) -> Markup:
    """`wtforms.widgets.html_params`, the same output: attributes sorted by name, `True` as a bare
    name, `False` left out, `class_`/`for_` without the underscore, `data_`/`aria_` with hyphens,
    every name and value escaped (a value's quotes too, even in Markup)."""
    params = []
    for key, value in sorted(kwargs.items()):
        key = escape(_clean_key(key))
        if value is True:
            params.append(str(key))
        elif value is not False:
            params.append(f'{key}="{str(escape(value)).replace(chr(34), "&quot;")}"')
    return Markup(" ".join(params))  # noqa: S704  # nosec B704 - every name and value escaped above


def field(f: Field, hint: str | None = None, **attributes) -> Markup:
    """A field's block: label, hint, input (a checkbox before its label), and the first error beside it;
    the input is marked invalid and described by the hint and the error, for screen readers."""
    described = []
    if hint:
        described.append(f"{f.id}-hint")
    if f.errors:
        described.append(f"{f.id}-error")
        attributes["aria-invalid"] = "true"
    if described:
        attributes["aria-describedby"] = " ".join(described)
    checkbox = f.type == "BooleanField"
    classes = "field" + (" has-error" if f.errors else "") + (" checkbox" if checkbox else "")
    parts = [f'<div class="{classes}">\n  ']
    if checkbox:
        parts.append(f"{f(**attributes)} {f.label}")
    else:
        parts.append(str(f.label))
        if hint:
            parts.append(f'\n  <p class="hint" id="{escape(f.id)}-hint">{escape(hint)}</p>')
        parts.append(f"\n  {f(**attributes)}")
    if f.errors:
        parts.append(f'\n  <p class="error" id="{escape(f.id)}-error">{escape(f.errors[0])}</p>')
    parts.append("\n</div>")
    return Markup("".join(parts))  # noqa: S704  # nosec B704 - the field's own Markup and escaped text


def install(app: Flask) -> None:
    app.jinja_env.globals["field"] = field
    wtforms.widgets.core.html_params = html_params
    wtforms.widgets.html_params = html_params
    wtforms.widgets.core.Input.html_params = staticmethod(html_params)
    wtforms.widgets.core.Button.html_params = staticmethod(html_params)
