"""Access fees (L17): what each billable page costs, the charge it leaves, and the quarter's bill."""

import math
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from flask import render_template

from .. import accounts
from ..accounts import Account
from ..db import get_db, now, parse_stamp, stamp, transaction
from . import bp
from .access import signed_in_or_redirect

# L17: $0.10 a page, capped at 30 pages; $2.40 with audio
PAGE_FEE_CENTS = 10
PAGE_FEE_CAP_PAGES = 30
AUDIO_FEE_CENTS = 240
QUARTERLY_WAIVER_CENTS = 3000
# As in the EPA fee schedule, an HTML report bills 4,320 bytes as a page. Ours: each line a report lists
# (a case found, a docket entry) counts 72 bytes, so 60 lines make a page.
REPORT_BYTES_PER_PAGE = 4320
REPORT_BYTES_PER_LINE = 72
OPINIONS_ARE_FREE = "judicial opinions are free"
CHARGE_KINDS = {"search": "Search", "docket": "Docket report", "document": "Document"}


def access_fee_cents(pages: int, has_audio: bool, opinion: bool = False) -> int:
    """L17, as the EPA fee schedule applies it to a document: judicial opinions are free; $2.40 for a
    document with an audio file; otherwise $0.10 a page, capped at the fee for 30 pages."""
    if opinion:
        return 0
    # L17: a document's fee: audio, or pages up to the cap
    if has_audio:
        return AUDIO_FEE_CENTS
    return PAGE_FEE_CENTS * min(pages, PAGE_FEE_CAP_PAGES)


def report_pages(lines: int, *, tied_to_one_case: bool) -> int:
    """A report's billable pages: its bytes over 4,320, part of a page billed as a page, at least one page.
    The 30-page cap applies to a report tied to one case (a docket report), not to search results."""
    pages = max(1, math.ceil(lines * REPORT_BYTES_PER_LINE / REPORT_BYTES_PER_PAGE))
    return min(pages, PAGE_FEE_CAP_PAGES) if tied_to_one_case else pages


def dollars(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


@dataclass(frozen=True)
class Receipt:
    """The Transaction Receipt shown with a billable page."""

    description: str
    billable_pages: str
    cost: str
    client_code: str
    case_number: str | None = None


def document_receipt(document: sqlite3.Row, client_code: str) -> Receipt:
    fee = dollars(access_fee_cents(document["pages"], bool(document["has_audio"]), bool(document["opinion"])))
    if document["opinion"]:
        pages, cost = "0", f"{fee} ({OPINIONS_ARE_FREE})"
    else:
        pages, cost = ("Audio file" if document["has_audio"] else str(min(document["pages"], PAGE_FEE_CAP_PAGES))), fee
    return Receipt(description=f"Document {document['number']}: {document['title']}", billable_pages=pages,
                   cost=cost, client_code=client_code, case_number=document["case_number"])


def charge(db: sqlite3.Connection, account: Account, *, kind: str, description: str, pages: int, cents: int,
           case_id: int | None = None, document_id: int | None = None) -> str:
    """One line of the billing history, with the client code entered at sign-in (L14), and its access-log
    entry; gives the client code."""
    client_code = accounts.current_client_code()
    with transaction(db):
        db.execute(
            "INSERT INTO charges (account_id, kind, case_id, document_id, description, pages, amount_cents, "
            "client_code, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            # L14: each charge carries the client code entered at sign-in
            (account.id, kind, case_id, document_id, description, pages, cents, client_code, stamp(now(db))),
        )
        accounts.record_access(db, login=account.login, event=kind, outcome="charged",
                               detail=f"{description}: {dollars(cents)}", client_code=client_code)
    return client_code


def charge_report(db: sqlite3.Connection, account: Account, *, kind: str, description: str, lines: int,
                  case_id: int | None = None) -> Receipt:
    """Bills one view of a search's results or of a docket report, and gives its receipt."""
    pages = report_pages(lines, tied_to_one_case=kind == "docket")
    client_code = charge(db, account, kind=kind, description=description, pages=pages,
                         cents=pages * PAGE_FEE_CENTS, case_id=case_id)
    return Receipt(description=description, billable_pages=str(pages), cost=dollars(pages * PAGE_FEE_CENTS),
                   client_code=client_code)


def quarter_of(moment: datetime) -> str:
    return f"{moment.year} Q{(moment.month - 1) // 3 + 1}"


def amount_due(quarter_cents: int) -> int:
    """Nothing is owed for a quarter whose charges, of every kind, come to $30.00 or less; above, all of it."""
    # L17: a quarter of $30.00 or less is waived
    return 0 if quarter_cents <= QUARTERLY_WAIVER_CENTS else quarter_cents


@bp.get("/cmecf/billing")
def billing():
    db = get_db()
    account = signed_in_or_redirect(reason="pacer-needed")
    rows = db.execute("SELECT * FROM charges WHERE account_id = ? ORDER BY id", (account.id,)).fetchall()
    current = quarter_of(now(db))
    quarter_total = sum(r["amount_cents"] for r in rows if quarter_of(parse_stamp(r["at"])) == current)
    return render_template(
        "documents/billing.html", account=account, charges=rows, dollars=dollars, quarter=current,
        quarter_total=dollars(quarter_total), due=dollars(amount_due(quarter_total)),
        waiver=dollars(QUARTERLY_WAIVER_CENTS), kinds=CHARGE_KINDS,
    )
