"""Query (L08, L17): the case search and its results, a case's docket report, and a document for its fee."""

from flask import abort, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import Length, Optional

from .. import accounts
from ..db import get_db
from ..validation import PlainText, strip
from . import bp, fees
from .access import pacer_viewer, refuse
from .records import case_by_number, cases_by_party, docket_entries, find_case, find_document, may_view

ENTER_A_SEARCH = "Enter a case number, such as 1:24-cv-00031, or a party name."


class CaseQueryForm(FlaskForm):
    class Meta:
        csrf = False  # a search by GET changes nothing but the bill

    number = StringField("Case number", filters=[strip],
                         validators=[Optional(), Length(max=32, message="A case number has at most 32 characters."),
                                     PlainText("A case number")])
    party = StringField("Party name", filters=[strip],
                        validators=[Optional(), Length(max=100, message="A party name has at most 100 characters."),
                                    PlainText("A party name")])

    def validate(self, extra_validators=None) -> bool:
        if not super().validate(extra_validators):
            return False
        if not self.number.data and not self.party.data:
            self.number.errors = [ENTER_A_SEARCH]
            return False
        return True


@bp.get("/cmecf/query")
def query():
    """A case number opens that case's docket report; a party name lists the cases that name it, billed."""
    db = get_db()
    account = pacer_viewer()
    form = CaseQueryForm(request.args)
    found, receipt = [], None
    if request.args and form.validate():
        if form.number.data:
            case = case_by_number(db, form.number.data)
            if case is not None:
                return redirect(url_for(".docket_report", case_id=case["id"]))
            form.number.errors = [f"No case {form.number.data} was found."]
        else:
            found = cases_by_party(db, form.party.data)
            if found:
                receipt = fees.charge_report(db, account, kind="search", lines=len(found),
                                             description=f"Case search: party name \u201c{form.party.data}\u201d")
            else:
                form.party.errors = [f"No case with a party named {form.party.data} was found."]
    return render_template("documents/query.html", form=form, found=found, receipt=receipt,
                           account=account), 422 if form.errors else 200


@bp.get("/cmecf/cases/<int:case_id>/docket")
def docket_report(case_id: int):
    """Every view of a docket report is billed, by its length, up to 30 pages (L17)."""
    db = get_db()
    account = pacer_viewer()
    case = find_case(db, case_id)
    if case is None:
        abort(404)
    entries = docket_entries(db, case_id)
    receipt = fees.charge_report(db, account, kind="docket", lines=len(entries), case_id=case_id,
                                 description=f"Docket report: {case['number']}")
    return render_template("documents/docket.html", case=case, entries=entries, receipt=receipt)


@bp.route("/cmecf/cases/<int:case_id>/documents/<int:number>", methods=["GET", "POST"])
def document(case_id: int, number: int):
    """The receipt first, free; viewing the document charges its fee, if any."""
    db = get_db()
    account = pacer_viewer()
    found = find_document(db, case_id, number)
    if found is None:
        abort(404)
    if not may_view(db, account, found):
        return refuse(db, account, found, "restricted to attorneys of record")
    receipt = fees.document_receipt(found, accounts.current_client_code())
    if request.method == "GET":
        return render_template("documents/receipt.html", document=found, receipt=receipt, form=FlaskForm())
    if not FlaskForm().validate_on_submit():
        abort(400)
    fee = fees.access_fee_cents(found["pages"], bool(found["has_audio"]), bool(found["opinion"]))
    if fee:
        fees.charge(db, account, kind="document", case_id=case_id, document_id=found["id"],
                    description=f"{found['case_number']} document {found['number']}: {found['title']}",
                    pages=1 if found["has_audio"] else min(found["pages"], fees.PAGE_FEE_CAP_PAGES), cents=fee)
    else:
        accounts.record_access(db, login=account.login, event="document", outcome=fees.OPINIONS_ARE_FREE,
                               detail=f"{found['case_number']} #{found['number']}",
                               client_code=receipt.client_code)
    return render_template("documents/document.html", document=found, free_look=False, receipt=receipt)
