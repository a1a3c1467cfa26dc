"""WTForms' attribute rendering: the same HTML for a fraction of the cost.

WTForms 3.3 writes each attribute of a field with `Markup.format` (a `string.Formatter` and an escape
per part): on the sign-in page that was a third of the page's rendering, and the sign-in page is
the simulator's busiest. `html_params` here writes the same string with one escape per key and value.
`install()` puts it where WTForms looks it up: the module function its widgets call, the package's
name that `Label` calls, and the two widget classes that hold it as a method. tests/unit/test_rendering.py
holds it to WTForms' own output, attribute by attribute and page by page.
"""

import wtforms.widgets
import wtforms.widgets.core
from markupsafe import Markup, escape

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


def install() -> None:
    wtforms.widgets.core.html_params = html_params
    wtforms.widgets.html_params = html_params
    wtforms.widgets.core.Input.html_params = staticmethod(html_params)
    wtforms.widgets.core.Button.html_params = staticmethod(html_params)
