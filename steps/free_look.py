"""Steps of the free look a Notice of Electronic Filing grants: who may use it, once, within its days."""

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from .docket import Docket

FREE_LOOK_EXPIRED = "The \u201cfree look\u201d link for this document has expired."


@given(parsers.parse("an NEF for document {number:d} in case {case} was sent to {name}"))
def nef_sent(people, control, docket, number, case, name):
    docket.free_looks[(name, case, number)] = control.send_nef(case, number, people[name].login)


def free_look_link(docket: Docket, name: str) -> str:
    links = [link for (recipient, _, _), link in docket.free_looks.items() if recipient == name]
    assert links, f"no NEF was sent to {name} in this scenario"
    return links[-1]


@given(parsers.parse("{name} has already used the free look"))
def free_look_used(people, control, docket, name):
    (case, number), = [(c, n) for (r, c, n) in docket.free_looks if r == name][-1:]
    docket.free_looks[(name, case, number)] = control.send_nef(case, number, people[name].login, used=True)


@given(parsers.parse("{days:d} days pass"))
def days_pass(control, days):
    control.advance_clock(days=days)


@when(parsers.parse("{name} follows the free-look link from the NEF"))
def follow_free_look(page: Page, docket, name):
    page.goto(free_look_link(docket, name))


@when(parsers.parse("{name} follows the free-look link again and signs in as a filer"))
@when(parsers.parse("{name} follows the free-look link and signs in as a filer"))
def follow_free_look_and_sign_in(people, page: Page, sign_in_page, docket, name):
    page.goto(free_look_link(docket, name))
    sign_in_page.sign_in_as_filer(people[name])


@when(parsers.parse("{name} follows {owner}'s free-look link and signs in as a filer"))
def follow_forwarded_free_look(people, page: Page, sign_in_page, docket, name, owner):
    page.goto(free_look_link(docket, owner))
    sign_in_page.sign_in_as_filer(people[name])


@then(parsers.parse("{name} is asked for a CM/ECF login and password to view the document"))
def asked_for_cmecf_login(sign_in_page, name):
    expect(sign_in_page.heading).to_have_text("CM/ECF Filer or PACER Login")
    expect(sign_in_page.status).to_contain_text("Enter your CM/ECF filer login and password to view this document")


@then(parsers.parse("{name} sees document {number:d} of case {case} as a free look"))
def sees_free_look(document_page, name, number, case):
    expect(document_page.heading).to_have_text(f"Document {number} in case {case}")
    expect(document_page.free_look_notice).to_contain_text("no charge")
    expect(document_page.document(number)).to_be_visible()


@then(parsers.parse("the access log records {name}'s free look at document {number:d}"))
def access_log_free_look(people, control, name, number):
    entries = [e for e in control.access_log(people[name].login) if e["event"] == "document"]
    assert any(e["outcome"] == "free look" and f"#{number}" in e["detail"] for e in entries), (
        f"the access log should record {name}'s free look at document {number}; document entries: {entries}")


@then(parsers.parse("{name}'s free look at document {number:d} is still unused"))
def free_look_unused(people, control, name, number):
    unused = [n for n in control.nefs(people[name].login) if n["document"] == number and not n["used_at"]]
    assert unused, f"{name}'s free look at document {number} should still be unused"


@then("the login prompt appears again, saying the free look has expired and a PACER login is needed")
@when("the login prompt appears again, saying the free look has expired and a PACER login is needed")
def login_prompt_again(sign_in_page):
    expect(sign_in_page.heading).to_have_text("CM/ECF Filer or PACER Login")
    expect(sign_in_page.status).to_contain_text(FREE_LOOK_EXPIRED)
    expect(sign_in_page.status).to_contain_text("Enter your PACER login and password to view the document.")


@when(parsers.parse("{name} signs in with a PACER login on that prompt"))
def sign_in_on_prompt(people, sign_in_page, name):
    sign_in_page.sign_in_with_pacer(people[name])
