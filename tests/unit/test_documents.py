"""Free looks, attorneys of record, who may file, access fees on every billable page, and billing."""

import re

import pytest

from conftest import FILER_PASSWORD, sign_in
from simulator.documents.fees import access_fee_cents, report_pages


@pytest.mark.parametrize("pages,audio,cents", [(1, False, 10), (14, False, 140), (30, False, 300),
                                               (45, False, 300), (2, True, 240), (90, True, 240)])
def test_access_fee(pages, audio, cents):
    assert access_fee_cents(pages, audio) == cents


def test_a_judicial_opinion_is_free():
    assert access_fee_cents(25, False, opinion=True) == 0


@pytest.mark.parametrize("lines,docket_pages,search_pages", [
    (0, 1, 1), (1, 1, 1), (60, 1, 1), (61, 2, 2), (1800, 30, 30), (1801, 30, 31), (6000, 30, 100)])
def test_a_report_bills_4320_bytes_a_page_at_72_bytes_a_line_capped_only_when_tied_to_one_case(
        lines, docket_pages, search_pages):
    assert report_pages(lines, tied_to_one_case=True) == docket_pages
    assert report_pages(lines, tied_to_one_case=False) == search_pages


@pytest.fixture
def case(control, filer):
    control("POST", "/cases", number="1:24-cv-00031", title="Acme v. United States",
            attorneys_of_record=[filer])
    control("POST", "/documents", case="1:24-cv-00031", number=12, title="Motion", pages=14)
    control("POST", "/documents", case="1:24-cv-00031", number=13, title="Sealed", pages=6, restricted=True)
    return "1:24-cv-00031"


def nef(control, document, recipient):
    return control("POST", "/nefs", case="1:24-cv-00031", document=document, recipient=recipient)["free_look_url"]


def test_the_free_look_asks_for_a_login_then_shows_the_document_once(client, control, filer, case):
    link = nef(control, 12, filer)
    assert "reason=nef" in client.get(link).headers["Location"]
    sign_in(client, filer)
    assert "Free look" in client.get(link).get_data(as_text=True)
    assert "reason=free-look-expired" in client.get(link).headers["Location"]


def test_the_free_look_expires_after_fifteen_days(client, control, filer, case):
    link = nef(control, 12, filer)
    sign_in(client, filer)
    control("POST", "/clock", days=15)
    assert "reason=free-look-expired" in client.get(link).headers["Location"]


def test_a_restricted_document_refuses_another_attorney_without_using_the_free_look(client, control, filer,
                                                                                   case):
    control("POST", "/accounts", login="dana.filer", password="Quiet-Harbor-Lamp-42!", role="filer",
            first_name="Dana", last_name="Whitfield", email="dana@example.com")
    link = nef(control, 13, filer)
    sign_in(client, "dana.filer")
    refused = client.get(link)
    assert refused.status_code == 403
    assert "You do not have permission to view this document" in refused.get_data(as_text=True)
    assert control("GET", f"/nefs?recipient={filer}")["nefs"][0]["used_at"] is None


def test_a_pacer_view_shows_the_receipt_then_charges_with_the_client_code(client, control, viewer, case):
    sign_in(client, viewer, client_code="ACME-7")
    receipt = client.get("/cmecf/cases/1/documents/12").get_data(as_text=True)
    assert "$1.40" in receipt and "ACME-7" in receipt
    assert control("GET", f"/charges?login={viewer}")["charges"] == []
    client.post("/cmecf/cases/1/documents/12")
    (charge,) = control("GET", f"/charges?login={viewer}")["charges"]
    assert (charge["amount_cents"], charge["client_code"]) == (140, "ACME-7")


def test_a_filer_login_cannot_pay_to_view(client, filer, case):
    sign_in(client, filer)
    assert "reason=pacer-needed" in client.get("/cmecf/cases/1/documents/12").headers["Location"]


def link_pacer_account(control, filer, *, upgraded=True):
    control("POST", "/accounts", login="avery.pacer", password=FILER_PASSWORD, role="pacer", first_name="Avery",
            last_name="Lawson", email="avery@example.com", linked_filer=filer, upgraded=upgraded)
    return "avery.pacer"


def test_a_filer_login_not_linked_to_an_upgraded_pacer_account_cannot_file(client, control, filer, case):
    sign_in(client, filer)
    menu = client.get("/cmecf").get_data(as_text=True)
    assert "File a document" not in menu and "linked to an upgraded PACER account" in menu
    refused = client.post("/cmecf/file", data={"case": "1", "title": "Reply brief", "pages": "9"})
    assert refused.status_code == 403 and "Since March 16, 2020" in refused.get_data(as_text=True)
    assert len(control("GET", "/nefs?recipient=avery.filer")["nefs"]) == 0


def test_a_link_to_a_legacy_pacer_account_does_not_give_filing(client, control, filer, case):
    link_pacer_account(control, filer, upgraded=False)
    sign_in(client, filer)
    assert client.get("/cmecf/file").status_code == 403


def test_either_login_of_a_linked_pair_files_and_both_tick_the_acknowledgement(client, control, filer, case):
    pacer = link_pacer_account(control, filer)
    for login in (filer, pacer):
        assert sign_in(client, login, acknowledged=False).status_code == 422
        assert sign_in(client, login).status_code == 302
        assert client.get("/cmecf/file").status_code == 200
        client.post("/sign-out")


def test_filing_a_document_sends_an_nef_to_each_attorney_of_record(client, control, filer, case):
    link_pacer_account(control, filer)
    sign_in(client, filer)
    page = client.post("/cmecf/file", data={"case": "1", "title": "Reply brief", "pages": "9"})
    assert "Document 14, &ldquo;Reply brief&rdquo;, was filed" in page.get_data(as_text=True)
    (notice,) = [m for m in control("GET", "/mailbox?to=avery@example.com")["messages"]]
    assert "Reply brief" in notice["body"] and notice["link"].startswith("/nef/")


def test_a_pacer_account_not_yet_activated_is_told_why_it_cannot_search(client, control):
    control("POST", "/accounts", login="new.viewer", password="Quiet-Harbor-Lamp-42!", role="pacer",
            first_name="Noa", last_name="Reyes", email="noa@example.com", activated=0)
    sign_in(client, "new.viewer")
    refused = client.get("/cmecf/query")
    assert refused.status_code == 403
    assert "PACER User Not Activated" in refused.get_data(as_text=True)


def test_a_legacy_pacer_account_is_sent_to_upgrade_before_viewing(client, control, case):
    control("POST", "/accounts", login="lee.legacy", password="Quiet-Harbor-Lamp-42!", role="pacer",
            first_name="Lee", last_name="Okafor", email="lee@example.com", created_at="2013-03-04T15:00:00+00:00")
    sign_in(client, "lee.legacy")
    refused = client.get("/cmecf/cases/1/documents/12")
    assert refused.status_code == 403
    assert "An upgraded PACER account is needed" in refused.get_data(as_text=True)


def test_a_filed_title_is_shown_back_as_text(client, control, filer, case):
    link_pacer_account(control, filer)
    sign_in(client, filer)
    page = client.post("/cmecf/file", data={"case": "1", "title": "<script>alert(1)</script>", "pages": "2"})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.get_data(as_text=True)


def amount_due(client) -> str:
    return re.search(r"Amount due for this quarter</dt><dd>([^<]*)<", client.get("/cmecf/billing").get_data(
        as_text=True)).group(1)


def charges(control, login) -> list[tuple[str, int, str]]:
    return [(charge["kind"], charge["amount_cents"], charge["client_code"])
            for charge in control("GET", f"/charges?login={login}")["charges"]]


def test_a_case_number_search_opens_the_docket_report_and_bills_it(client, control, viewer, case):
    sign_in(client, viewer, client_code="ACME-7")
    response = client.get("/cmecf/query?number=1:24-cv-00031")
    assert response.headers["Location"] == "/cmecf/cases/1/docket"
    assert charges(control, viewer) == []
    docket = client.get("/cmecf/cases/1/docket").get_data(as_text=True)
    assert "Docket for 1:24-cv-00031" in docket and "$0.10" in docket
    client.get("/cmecf/cases/1/docket")
    assert charges(control, viewer) == [("docket", 10, "ACME-7"), ("docket", 10, "ACME-7")]


def test_a_docket_report_is_capped_at_thirty_pages(client, control, viewer, case):
    control("POST", "/documents", documents=[{"case": "1:24-cv-00031", "number": n, "title": "Exhibit"}
                                             for n in range(100, 1900)])
    sign_in(client, viewer)
    client.get("/cmecf/cases/1/docket")
    assert charges(control, viewer) == [("docket", 300, "")]


def test_party_name_search_results_are_billed_without_the_cap(client, control, viewer):
    control("POST", "/cases", cases=[{"number": f"1:25-cv-{n:05d}", "title": f"Acme {n} v. United States"}
                                     for n in range(1, 1802)])
    sign_in(client, viewer, client_code="ACME-7")
    page = client.get("/cmecf/query?party=acme").get_data(as_text=True)
    assert "Cases found: 1801" in page and "$3.10" in page
    assert charges(control, viewer) == [("search", 310, "ACME-7")]


def test_a_search_that_finds_nothing_costs_nothing(client, control, viewer, case):
    sign_in(client, viewer)
    assert client.get("/cmecf/query?party=Nobody").status_code == 422
    assert client.get("/cmecf/query?number=1:99-cv-00001").status_code == 422
    assert client.get("/cmecf/query?number=&party=").status_code == 422
    assert charges(control, viewer) == []


def test_a_judicial_opinion_is_viewed_without_a_charge(client, control, viewer, case):
    control("POST", "/documents", case="1:24-cv-00031", number=40, title="Opinion", pages=25, opinion=True)
    sign_in(client, viewer)
    assert "$0.00" in client.get("/cmecf/cases/1/documents/40").get_data(as_text=True)
    assert "Opinion" in client.post("/cmecf/cases/1/documents/40").get_data(as_text=True)
    assert charges(control, viewer) == []


def test_a_quarter_mixing_searches_dockets_and_documents_is_waived_up_to_thirty_dollars(client, control, viewer,
                                                                                       case):
    for number in range(20, 29):
        control("POST", "/documents", case="1:24-cv-00031", number=number, title="Exhibit", pages=45)
    control("POST", "/documents", case="1:24-cv-00031", number=29, title="Notice", pages=28)
    control("POST", "/documents", case="1:24-cv-00031", number=30, title="Notice", pages=1)
    sign_in(client, viewer)
    client.get("/cmecf/query?party=Acme")
    client.get("/cmecf/cases/1/docket")
    for number in range(20, 30):
        client.post(f"/cmecf/cases/1/documents/{number}")
    assert amount_due(client) == "$0.00"
    client.post("/cmecf/cases/1/documents/30")
    assert amount_due(client) == "$30.10"
    assert [kind for kind, _, _ in charges(control, viewer)][:3] == ["search", "docket", "document"]
