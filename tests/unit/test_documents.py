"""Free looks, attorneys of record, access fees and billing."""

import re

import pytest

from conftest import sign_in
from simulator.documents import access_fee_cents


@pytest.mark.parametrize("pages,audio,cents", [(1, False, 10), (14, False, 140), (30, False, 300),
                                               (45, False, 300), (2, True, 240), (90, True, 240)])
def test_access_fee(pages, audio, cents):
    assert access_fee_cents(pages, audio) == cents


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


def test_filing_a_document_sends_an_nef_to_each_attorney_of_record(client, control, filer, case):
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


def test_a_filed_title_is_shown_back_as_text(client, filer, case):
    sign_in(client, filer)
    page = client.post("/cmecf/file", data={"case": "1", "title": "<script>alert(1)</script>", "pages": "2"})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.get_data(as_text=True)


def amount_due(client) -> str:
    return re.search(r"Amount due for this quarter</dt><dd>([^<]*)<", client.get("/cmecf/billing").get_data(
        as_text=True)).group(1)


def test_a_quarter_is_waived_up_to_thirty_dollars_and_billed_in_full_above(client, control, viewer, case):
    for number in range(20, 30):
        control("POST", "/documents", case="1:24-cv-00031", number=number, title="Exhibit", pages=45)
    control("POST", "/documents", case="1:24-cv-00031", number=30, title="Notice", pages=1)
    sign_in(client, viewer)
    for number in range(20, 30):
        client.post(f"/cmecf/cases/1/documents/{number}")
    assert amount_due(client) == "$0.00"
    client.post("/cmecf/cases/1/documents/30")
    assert amount_due(client) == "$30.10"
