"""The HTML check: the Nu HTML Checker over the pages the tour kept, errors named by page and line; and every
page template among those the tour audited, the missing ones named."""

import pytest

from checks import valid_html as html_checker
from checks.valid_html import TEMPLATES, main, page_templates
from report.collect import PAGE_SOURCES

VALID = ('<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head>'
         '<body data-template="signin/sign_in.html"><p>Welcome</p></body></html>')
# A card's security code on a password input, and a whole street address on a one-line input.
INVALID = ('<!DOCTYPE html><html lang="en"><head><title>Payment</title></head>'
           '<body data-template="registration/step_payment.html">'
           '<input type="password" name="csc" autocomplete="cc-csc">'
           '<input name="street" autocomplete="street-address"></body></html>')


def page(title: str, template: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head>'
            f'<body data-template="{template}"><h1>{title}</h1></body></html>')


@pytest.fixture
def templates(tmp_path):
    """A simulator's templates: two pages, the layout and partials."""
    folder = tmp_path / "templates"
    for name in ("base.html", "_field.html", "signin/sign_in.html", "signin/_notice.html",
                 "registration/step_payment.html"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("{% extends 'base.html' %}", encoding="utf-8")
    return folder


@pytest.fixture
def output(tmp_path):
    (tmp_path / PAGE_SOURCES).mkdir()
    (tmp_path / PAGE_SOURCES / "sign-in-chromium.html").write_text(VALID, encoding="utf-8")
    return tmp_path


@pytest.fixture
def valid_html(monkeypatch):
    """The Nu HTML Checker finding no error, for checks of the templates' coverage without Java."""
    monkeypatch.setattr(html_checker, "errors_by_page", lambda pages: {})


def check(output, templates) -> int:
    return main([str(output), "--templates", str(templates)])


def test_valid_pages_pass(output, templates, capsys):
    (output / PAGE_SOURCES / "payment-chromium.html").write_text(
        page("Payment", "registration/step_payment.html"), encoding="utf-8")
    assert check(output, templates) == 0
    printed = capsys.readouterr().out
    assert "2 of 2 audited pages are valid HTML" in printed
    assert "2 of 2 page templates audited." in printed


def test_an_invalid_attribute_fails_the_check_naming_the_page_and_line(output, templates, capsys):
    (output / PAGE_SOURCES / "payment-firefox.html").write_text(INVALID, encoding="utf-8")
    assert check(output, templates) == 1
    printed = capsys.readouterr().out
    assert "payment-firefox.html:\n  line 1: Bad value “cc-csc” for attribute “autocomplete”" in printed
    assert "“street-address”" in printed
    assert "1 of 2 audited pages are valid HTML" in printed


def test_no_pages_to_check_is_a_failure_not_a_pass(tmp_path, templates, capsys):
    assert check(tmp_path, templates) == 1
    assert "run the accessibility tour first" in capsys.readouterr().err


def test_a_page_template_the_tour_never_audited_fails_the_check_by_name(output, templates, valid_html, capsys):
    assert check(output, templates) == 1
    printed = capsys.readouterr().out
    assert "never audited:\n  registration/step_payment.html\n" in printed
    assert "signin/sign_in.html" not in printed.split("never audited:")[1]
    assert "1 of 2 page templates audited." in printed


def test_every_page_template_audited_in_either_browser_passes(output, templates, valid_html, capsys):
    (output / PAGE_SOURCES / "payment-firefox.html").write_text(
        page("Payment", "registration/step_payment.html"), encoding="utf-8")
    assert check(output, templates) == 0
    printed = capsys.readouterr().out
    assert "never audited" not in printed
    assert "2 of 2 page templates audited." in printed


def test_a_page_without_a_template_marker_counts_for_no_template(output, templates, valid_html, capsys):
    (output / PAGE_SOURCES / "payment-firefox.html").write_text(
        page("Payment", "registration/step_payment.html").replace(' data-template=', ' data-page='),
        encoding="utf-8")
    assert check(output, templates) == 1
    assert "never audited:\n  registration/step_payment.html\n" in capsys.readouterr().out


def test_the_page_templates_are_the_simulators_pages_without_the_layout_or_partials():
    pages = page_templates(TEMPLATES)
    assert {"signin/sign_in.html", "error.html", "registration/step_payment.html"} <= pages
    assert not {name for name in pages if name == "base.html" or name.rsplit("/", 1)[-1].startswith("_")}
