"""Cases and documents: the CM/ECF menu, filing, NEF free looks, paid PACER views and billing."""

import secrets
import sqlite3
from datetime import datetime, timedelta

from flask import Blueprint, abort, current_app, make_response, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, Length, NumberRange

from . import accounts, mail
from .accounts import Account
from .db import get_db, now, parse_stamp, stamp, transaction
from .validation import PlainText, strip

bp = Blueprint("documents", __name__)

NO_PERMISSION = "You do not have permission to view this document"
NOT_ACTIVATED = "PACER User Not Activated"
UPGRADE_NEEDED = "An upgraded PACER account is needed to view documents on this court's CM/ECF system."
FREE_LOOK_DAYS = 15
PAGE_FEE_CENTS = 10
PAGE_FEE_CAP_PAGES = 30
AUDIO_FEE_CENTS = 240
QUARTERLY_WAIVER_CENTS = 3000


def access_fee_cents(pages: int, has_audio: bool) -> int:
    """L17, as the EPA fee schedule applies it: $2.40 for a document with an audio file,
    otherwise $0.10 a page, capped at the fee for 30 pages."""
    if has_audio:
        return AUDIO_FEE_CENTS
    return PAGE_FEE_CENTS * min(pages, PAGE_FEE_CAP_PAGES)


def dollars(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def free_look_state(nef: sqlite3.Row, moment: datetime) -> str:
    """'unused', 'used' (first view taken, by anyone) or 'expired' (15 days after sending)."""
    if nef["used_at"]:
        return "used"
    if moment >= parse_stamp(nef["sent_at"]) + timedelta(days=FREE_LOOK_DAYS):
        return "expired"
    return "unused"


def filer_id(account: Account) -> int | None:
    """The CM/ECF filer behind an account: itself, or the filer a PACER account is linked to."""
    return account.id if account.is_filer else account.linked_filer_id


def is_attorney_of_record(db: sqlite3.Connection, account: Account, case_id: int) -> bool:
    return db.execute(
        "SELECT 1 FROM attorneys_of_record WHERE case_id = ? AND account_id = ?",
        (case_id, filer_id(account)),
    ).fetchone() is not None


def may_view(db: sqlite3.Connection, account: Account, document: sqlite3.Row) -> bool:
    return not document["restricted"] or is_attorney_of_record(db, account, document["case_id"])


DOCUMENT_WITH_CASE = ("SELECT d.*, c.number AS case_number, c.title AS case_title FROM documents d "
                      "JOIN cases c ON c.id = d.case_id ")


def find_document(db: sqlite3.Connection, case_id: int, number: int) -> sqlite3.Row | None:
    return db.execute(DOCUMENT_WITH_CASE + "WHERE d.case_id = ? AND d.number = ?", (case_id, number)).fetchone()


def document_by_id(db: sqlite3.Connection, document_id: int) -> sqlite3.Row | None:
    return db.execute(DOCUMENT_WITH_CASE + "WHERE d.id = ?", (document_id,)).fetchone()


def send_nefs(db: sqlite3.Connection, document_id: int) -> list[str]:
    """A Notice of Electronic Filing to every attorney of record, each with its own free look."""
    document = document_by_id(db, document_id)
    recipients = db.execute(
        "SELECT a.* FROM attorneys_of_record r JOIN accounts a ON a.id = r.account_id WHERE r.case_id = ?",
        (document["case_id"],),
    ).fetchall()
    return [send_nef(db, document, accounts.Account.from_row(r)) for r in recipients]


def send_nef(db: sqlite3.Connection, document: sqlite3.Row, recipient: Account) -> str:
    token = secrets.token_urlsafe(24)
    db.execute("INSERT INTO nefs (token, document_id, recipient_id, sent_at) VALUES (?, ?, ?, ?)",
               (token, document["id"], recipient.id, stamp(now(db))))
    link = url_for("documents.free_look", token=token)
    mail.send_email(
        db, to=recipient.email,
        subject=f"Activity in Case {document['case_number']} {document['case_title']}",
        body=(f"Notice of Electronic Filing. The following transaction was entered in case "
              f"{document['case_number']}: document {document['number']}, {document['title']}. "
              f"This link gives one free look at the document within {FREE_LOOK_DAYS} days."),
        link=link,
    )
    return link


def _sign_in_redirect(reason: str):
    return redirect(url_for("signin.sign_in", next=request.full_path.rstrip("?"), reason=reason))


def _signed_in_or_redirect(reason: str = "pacer-needed") -> Account:
    account = accounts.current_account()
    if account is None:
        abort(_sign_in_redirect(reason))
    return account


def _refuse(db: sqlite3.Connection, account: Account, document: sqlite3.Row, why: str):
    accounts.record_access(db, login=account.login, event="document", outcome="denied",
                           detail=f"{document['case_number']} #{document['number']}: {why}",
                           client_code=accounts.current_client_code())
    return render_template("documents/no_permission.html", message=NO_PERMISSION, document=document), 403


@bp.get("/cmecf")
def main_menu():
    account = _signed_in_or_redirect(reason="")
    return render_template("documents/main_menu.html", account=account)


@bp.get("/nef/<token>")
def free_look(token: str):
    db = get_db()
    nef = db.execute("SELECT * FROM nefs WHERE token = ?", (token[:64],)).fetchone()
    if nef is None:
        abort(404)
    document = document_by_id(db, nef["document_id"])
    paid_view = url_for("documents.document", case_id=document["case_id"], number=document["number"])
    account = accounts.current_account()
    if account is None:
        return _sign_in_redirect("nef")
    state = free_look_state(nef, now(db))
    if state != "unused" or not account.can_file:
        if account.can_view_with_pacer:
            return redirect(paid_view)
        # The login prompt again: the free look is gone and only a PACER login may view (L07).
        accounts.record_access(db, login=account.login, event="free look", outcome=state,
                               detail=f"{document['case_number']} #{document['number']}")
        return redirect(url_for("signin.sign_in", next=paid_view, reason="free-look-expired"))
    if not may_view(db, account, document):
        return _refuse(db, account, document, "not an attorney of record")
    with transaction(db):
        claimed = db.execute("UPDATE nefs SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
                             (stamp(now(db)), account.id, nef["id"])).rowcount
        if not claimed:
            return redirect(url_for("signin.sign_in", next=paid_view, reason="free-look-expired"))
        accounts.record_access(db, login=account.login, event="document", outcome="free look",
                               detail=f"{document['case_number']} #{document['number']}",
                               client_code=accounts.current_client_code())
    return render_template("documents/document.html", document=document, free_look=True,
                           fee=None, client_code=accounts.current_client_code())


def _pacer_viewer() -> Account:
    account = _signed_in_or_redirect()
    if not account.can_view_with_pacer:
        abort(_sign_in_redirect("pacer-needed"))
    if not account.activated:
        abort(make_response(render_template("documents/not_activated.html", message=NOT_ACTIVATED), 403))
    if not account.upgraded:
        # R02: the Court of International Trade's NextGen CM/ECF accepts only upgraded PACER accounts.
        abort(make_response(render_template("documents/upgrade_needed.html", message=UPGRADE_NEEDED), 403))
    return account


@bp.route("/cmecf/cases/<int:case_id>/documents/<int:number>", methods=["GET", "POST"])
def document(case_id: int, number: int):
    db = get_db()
    account = _pacer_viewer()
    found = find_document(db, case_id, number)
    if found is None:
        abort(404)
    if not may_view(db, account, found):
        return _refuse(db, account, found, "restricted to attorneys of record")
    fee = access_fee_cents(found["pages"], bool(found["has_audio"]))
    client_code = accounts.current_client_code()
    if request.method == "GET":
        return render_template("documents/receipt.html", document=found, fee=dollars(fee),
                               client_code=client_code, form=FlaskForm())
    if not FlaskForm().validate_on_submit():
        abort(400)
    with transaction(db):
        db.execute(
            "INSERT INTO charges (account_id, document_id, description, pages, amount_cents, client_code, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (account.id, found["id"], f"{found['case_number']} document {found['number']}: {found['title']}",
             min(found["pages"], PAGE_FEE_CAP_PAGES) if not found["has_audio"] else 1, fee, client_code,
             stamp(now(db))),
        )
        accounts.record_access(db, login=account.login, event="document", outcome="charged",
                               detail=f"{found['case_number']} #{found['number']} {dollars(fee)}",
                               client_code=client_code)
    return render_template("documents/document.html", document=found, free_look=False,
                           fee=dollars(fee), client_code=client_code)


class CaseQueryForm(FlaskForm):
    class Meta:
        csrf = False  # a search by GET changes nothing

    number = StringField("Case number", filters=[strip],
                         validators=[DataRequired("Enter a case number, such as 1:24-cv-00031."),
                                     Length(max=32, message="A case number has at most 32 characters."),
                                     PlainText("A case number")])


@bp.get("/cmecf/query")
def query():
    db = get_db()
    account = _pacer_viewer()
    form = CaseQueryForm(request.args)
    case, entries = None, []
    if request.args and form.validate():
        case = db.execute("SELECT * FROM cases WHERE number = ?", (form.number.data,)).fetchone()
        if case is None:
            form.number.errors = [f"No case {form.number.data} was found."]
        else:
            entries = db.execute("SELECT * FROM documents WHERE case_id = ? ORDER BY number",
                                 (case["id"],)).fetchall()
    return render_template("documents/query.html", form=form, case=case, entries=entries,
                           account=account), 422 if form.errors else 200


def quarter_of(moment: datetime) -> str:
    return f"{moment.year} Q{(moment.month - 1) // 3 + 1}"


@bp.get("/cmecf/billing")
def billing():
    db = get_db()
    account = _signed_in_or_redirect(reason="pacer-needed")
    rows = db.execute("SELECT * FROM charges WHERE account_id = ? ORDER BY id", (account.id,)).fetchall()
    current = quarter_of(now(db))
    quarter_total = sum(r["amount_cents"] for r in rows if quarter_of(parse_stamp(r["at"])) == current)
    due = 0 if quarter_total <= QUARTERLY_WAIVER_CENTS else quarter_total
    return render_template(
        "documents/billing.html", account=account, charges=rows, dollars=dollars, quarter=current,
        quarter_total=dollars(quarter_total), due=dollars(due), waiver=dollars(QUARTERLY_WAIVER_CENTS),
    )


class FilingForm(FlaskForm):
    case = SelectField("Case", validators=[DataRequired("Choose the case you are filing in.")])
    title = StringField("Document title", filters=[strip],
                        validators=[DataRequired("Give the document a title."),
                                    Length(max=200, message="A title has at most 200 characters."),
                                    PlainText("A title")])
    pages = IntegerField("Number of pages", validators=[
        DataRequired("Enter the number of pages."),
        NumberRange(min=1, max=10000, message="A document has 1 to 10,000 pages.")])


@bp.route("/cmecf/file", methods=["GET", "POST"])
def file_document():
    db = get_db()
    account = _signed_in_or_redirect(reason="")
    if not account.can_file:
        abort(403)
    cases = db.execute(
        "SELECT c.* FROM cases c JOIN attorneys_of_record r ON r.case_id = c.id WHERE r.account_id = ? "
        "ORDER BY c.number", (filer_id(account),)).fetchall()
    form = FilingForm()
    form.case.choices = [("", "Choose a case")] + [(str(c["id"]), f"{c['number']} {c['title']}") for c in cases]
    if form.validate_on_submit():
        case_id = int(form.case.data)
        with transaction(db):
            number = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM documents WHERE case_id = ?",
                                (case_id,)).fetchone()[0]
            document_id = db.execute(
                "INSERT INTO documents (case_id, number, title, pages) VALUES (?, ?, ?, ?)",
                (case_id, number, form.title.data, form.pages.data)).lastrowid
            notified = send_nefs(db, document_id)
            accounts.record_access(db, login=account.login, event="filing", outcome="success",
                                   detail=f"case {case_id} document {number}")
        return render_template("documents/filed.html", number=number, title=form.title.data,
                               notified=len(notified), case=next(c for c in cases if c["id"] == case_id))
    return render_template("documents/file.html", form=form), 422 if form.errors else 200


@bp.get("/mailbox")
def mailbox():
    if not current_app.config["SHOW_MAILBOX"]:
        abort(404)
    return render_template("documents/mailbox.html", messages=mail.delivered(get_db()))
