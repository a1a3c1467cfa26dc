"""The docket: the cases and documents on file, arranged through the control API, and who is of record."""

import pytest
from playwright.sync_api import Page
from pytest_bdd import given, parsers

from .pages.documents import DocumentPage


class Docket(dict):
    """Cases on file in the scenario, by number, and each recipient's free-look links."""

    def __init__(self):
        super().__init__()
        self.free_looks: dict[tuple[str, str, int], str] = {}


@pytest.fixture
def docket() -> Docket:
    return Docket()


@pytest.fixture
def document_page(page: Page) -> DocumentPage:
    return DocumentPage(page)


def ensure_case(control, faker, docket: Docket, number: str, title: str | None = None) -> None:
    if number not in docket:
        title = title or f"{faker.company()} v. United States"
        control.create_case(number, title, attorneys_of_record=[])
        docket[number] = title


@given(parsers.parse('case {number} "{title}" is on file'))
def case_on_file(control, faker, docket, number, title):
    ensure_case(control, faker, docket, number, title)


@given(parsers.parse("{name} is an attorney of record in case {number}"))
def attorney_of_record(people, control, faker, docket, name, number):
    ensure_case(control, faker, docket, number)
    control.add_attorney_of_record(number, people[name].login)


@given(parsers.re(r'document (?P<number>\d+) "(?P<title>[^"]+)" of (?P<pages>\d+) pages is filed in case '
                  r"(?P<case>\S+?)(?P<restricted>, restricted to attorneys of record)?"
                  r"(?P<opinion>, a judicial opinion)?$"))
def document_filed(control, faker, docket, number, title, pages, case, restricted, opinion):
    ensure_case(control, faker, docket, case)
    control.create_document(case, int(number), title, pages=int(pages), restricted=bool(restricted),
                            opinion=bool(opinion))
