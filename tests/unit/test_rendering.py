"""The simulator's attribute rendering writes exactly what WTForms' own does, on every page."""

import pytest
import wtforms.widgets
import wtforms.widgets.core
from flask_wtf import FlaskForm
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from simulator import rendering

NAMES = st.sampled_from(["id", "name", "value", "class_", "for_", "data_test_id", "aria_describedby",
                         "maxlength", "autocomplete", "required", "checked", "type", "x<y", 'q"uote'])
VALUES = st.one_of(
    st.booleans(), st.integers(), st.text(max_size=20),
    st.text(alphabet="<>&\"' ab", max_size=12).map(Markup),
)


@given(st.dictionaries(NAMES, VALUES, max_size=6))
def test_any_attributes_come_out_as_wtforms_writes_them(attributes):
    assert rendering.html_params(**attributes) == rendering.WTFORMS_HTML_PARAMS(**attributes)


def test_the_usual_cases_read_as_html():
    assert rendering.html_params(name="login", id="login", required=True, disabled=False) == \
        'id="login" name="login" required'
    assert rendering.html_params(class_="field", data_test_id="a&b", value='say "hi"') == \
        'class="field" data-test-id="a&amp;b" value="say &#34;hi&#34;"'
    assert rendering.html_params(value=Markup('<b title="x">')) == 'value="<b title=&quot;x&quot;>"'


def test_wtforms_renders_with_it_once_installed(app):
    rendering.install(app)
    assert wtforms.widgets.core.html_params is rendering.html_params
    assert wtforms.widgets.html_params is rendering.html_params
    assert wtforms.widgets.core.Input.html_params is rendering.html_params
    assert wtforms.widgets.core.Button.html_params is rendering.html_params


def form_pages(app) -> list[str]:
    return sorted(rule.rule for rule in app.url_map.iter_rules()
                  if "GET" in rule.methods and not rule.arguments
                  and not rule.rule.startswith(("/_control", "/static")))


@pytest.fixture
def wtforms_own(monkeypatch):
    """Puts WTForms' own attribute rendering back, for the length of a `with` block."""
    class Own:
        def __enter__(self):
            self.patch = pytest.MonkeyPatch()
            own = rendering.WTFORMS_HTML_PARAMS
            self.patch.setattr(wtforms.widgets.core, "html_params", own)
            self.patch.setattr(wtforms.widgets, "html_params", own)
            self.patch.setattr(wtforms.widgets.core.Input, "html_params", staticmethod(own))
            self.patch.setattr(wtforms.widgets.core.Button, "html_params", staticmethod(own))

        def __exit__(self, *exc):
            self.patch.undo()
    return Own()


def test_every_page_and_every_refused_form_is_the_same_html_either_way(app, client, wtforms_own):
    pages = form_pages(app)
    assert "/" in pages and "/pacer/register-for-cit" in pages
    compared = 0
    for page in pages:
        for method in ("GET", "POST"):
            ours = client.open(page, method=method, data={})
            with wtforms_own:
                theirs = client.open(page, method=method, data={})
            assert ours.status_code == theirs.status_code, f"{method} {page}"
            assert ours.get_data(as_text=True) == theirs.get_data(as_text=True), f"{method} {page}"
            compared += "<input" in ours.get_data(as_text=True)
    assert compared >= 6, "the pages with form fields open to a visitor were compared"


def every_form() -> list[type[FlaskForm]]:
    found, pending = [], [FlaskForm]
    while pending:
        for form in pending.pop().__subclasses__():
            found.append(form)
            pending.append(form)
    return found


def test_every_field_of_every_form_is_the_same_html_either_way(app, wtforms_own):
    forms = every_form()
    assert len(forms) >= 14
    with app.test_request_context("/", method="POST", data={}):
        for form_class in forms:
            form = form_class()
            for field in form:
                if getattr(field, "choices", ()) is None:
                    field.choices = [("a", "A & <b>"), ("b", 'B "quoted"')]
            form.validate()
            for field in form:
                attributes = {"aria-describedby": f"{field.id}-error", "autocomplete": "off", "maxlength": 64}
                ours = [str(field(**attributes)), str(field.label)]
                with wtforms_own:
                    theirs = [str(field(**attributes)), str(field.label)]
                assert ours == theirs, f"{form_class.__name__}.{field.name}"
