"""The HTML validity check: the Nu HTML Checker over the pages the tour kept, errors named by page and line."""

import pytest

from report.collect import PAGE_SOURCES
from report.html_check import main

VALID = '<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head><body><p>Welcome</p></body></html>'
# A card's security code on a password input, and a whole street address on a one-line input.
INVALID = ('<!DOCTYPE html><html lang="en"><head><title>Payment</title></head><body>'
           '<input type="password" name="csc" autocomplete="cc-csc">'
           '<input name="street" autocomplete="street-address"></body></html>')


@pytest.fixture
def output(tmp_path):
    (tmp_path / PAGE_SOURCES).mkdir()
    (tmp_path / PAGE_SOURCES / "sign-in-chromium.html").write_text(VALID, encoding="utf-8")
    return tmp_path


def test_valid_pages_pass(output, capsys):
    assert main([str(output)]) == 0
    assert "1 of 1 audited pages are valid HTML" in capsys.readouterr().out


def test_an_invalid_attribute_fails_the_check_naming_the_page_and_line(output, capsys):
    (output / PAGE_SOURCES / "payment-firefox.html").write_text(INVALID, encoding="utf-8")
    assert main([str(output)]) == 1
    printed = capsys.readouterr().out
    assert "payment-firefox.html:\n  line 1: Bad value “cc-csc” for attribute “autocomplete”" in printed
    assert "“street-address”" in printed
    assert "1 of 2 audited pages are valid HTML" in printed


def test_no_pages_to_check_is_a_failure_not_a_pass(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "run the accessibility tour first" in capsys.readouterr().err
