"""PACER's Policies and Procedures: the text the wizard and the upgrade show, and its printable version (R15)."""

from flask import Response

from . import bp
from .guidance import PACER_HELP_LINE

POLICIES_FILENAME = "PACER-Policies-and-Procedures.txt"
POLICIES_TITLE = "PACER Policies and Procedures"
POLICIES = (
    ("Access fees", (
        "Access to case information and documents costs $0.10 per page, capped at $3.00 (the fee for 30 "
        "pages) per document. The cap does not apply to transcripts or to reports not tied to one case, "
        "such as search results. An audio file costs $2.40.",
        "A docket report or other HTML page is billed at one page for each 4,320 bytes.",
    )),
    ("Billing", (
        "There is no registration fee. Fees you incur are billed quarterly. If your charges in a quarter "
        "come to $30.00 or less, nothing is billed for that quarter.",
        "If you gave a credit card when you registered, the fees are charged to it quarterly.",
    )),
    ("Free access", (
        "Judicial opinions are free, as is viewing documents on public terminals at the courthouse. Parties "
        "and attorneys of record receive one free look at each document through the Notice of Electronic "
        "Filing.",
    )),
    ("Your account", (
        "Your PACER account is for your use only. Do not share your user name or password: you are "
        "responsible for every charge made with them. Attorneys who share a PACER account need an "
        "upgraded PACER account of their own to link to their CM/ECF account.",
        "An account that is not used for more than two years is deactivated.",
    )),
    ("Privacy", (
        "Filers must redact Social Security or taxpayer-identification numbers, dates of birth, names of "
        "minor children and financial account numbers from everything they file. All activities and "
        "access attempts are logged.",
    )),
    ("Help", (
        f"For assistance, contact the PACER Service Center at {PACER_HELP_LINE}.",
    )),
)


@bp.get("/policies-and-procedures.txt")
def policies_download():
    lines = [POLICIES_TITLE, "=" * len(POLICIES_TITLE), ""]
    for heading, paragraphs in POLICIES:
        lines += [heading, "-" * len(heading), *(f"{p}\n" for p in paragraphs)]
    return Response("\n".join(lines), mimetype="text/plain",
                    headers={"Content-Disposition": f'attachment; filename="{POLICIES_FILENAME}"'})
