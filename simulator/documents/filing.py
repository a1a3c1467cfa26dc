"""Filing a document (L03, R17): who may file, the filing form, and the NEFs a filing sends."""

from flask import render_template
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, Length, NumberRange

from .. import accounts
from ..db import get_db, transaction
from ..validation import PlainText, strip
from . import bp
from .access import signed_in_or_redirect
from .free_look import send_nefs

FILING_NEEDS_LINK = (
    "Since March 16, 2020, filing with the Court of International Trade needs your CM/ECF filer login "
    "linked to an upgraded PACER account."
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
    account = signed_in_or_redirect(reason="")
    # L03: the filing page refuses a login that may not file
    if not accounts.may_file(db, account):
        return render_template("documents/filing_needs_link.html", account=account, message=FILING_NEEDS_LINK), 403
    cases = db.execute(
        "SELECT c.* FROM cases c JOIN attorneys_of_record r ON r.case_id = c.id WHERE r.account_id = ? "
        "ORDER BY c.number", (account.filer_id,)).fetchall()
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
