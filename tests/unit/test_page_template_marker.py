"""With the test-control API on, each page's <body> names the template behind it; without it, no page does."""

import re

from conftest import sign_in
from simulator import create_app

MARKER = re.compile(r'<body data-template="([^"]+)">')


def template_of(response) -> str | None:
    found = MARKER.search(response.get_data(as_text=True))
    return found[1] if found else None


def test_each_page_names_its_template_when_the_control_api_is_on(client, filer):
    assert template_of(client.get("/")) == "signin/sign_in.html"
    assert template_of(client.get("/cmecf/serach")) == "error.html"
    sign_in(client, filer)
    assert template_of(client.get("/cmecf")) == "documents/main_menu.html"


def test_the_marker_names_the_page_not_the_partials_it_includes(client, filer):
    sign_in(client, filer)
    assert re.findall(r"data-template=", client.get("/cmecf").get_data(as_text=True)) == ["data-template="]


def test_without_a_control_token_no_page_carries_a_marker(tmp_path):
    standalone = create_app({"DATABASE": str(tmp_path / "db.sqlite3"), "TESTING": True}).test_client()
    page = standalone.get("/").get_data(as_text=True)
    assert "<body>" in page
    assert "data-template" not in page


def test_another_app_in_the_same_process_is_not_marked(app, tmp_path):
    """The marker is connected to the app with a token only, not to every Flask app in the process."""
    app.test_client().get("/")
    other = create_app({"DATABASE": str(tmp_path / "other.sqlite3"), "TESTING": True}).test_client()
    assert "data-template" not in other.get("/").get_data(as_text=True)
