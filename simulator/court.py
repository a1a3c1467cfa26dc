"""What the court publishes beside the sign-in page: the rule amendments and CM/ECF information."""

from flask import Blueprint, render_template, request

bp = Blueprint("court", __name__, url_prefix="/court")

# L01: the court every page names in its banner
COURT_NAME = "United States Court of International Trade"
# The PACER Service Center's number, as each source page prints it: the court's sign-in page
# "(800) 676-6856" (L18), the PACER registration instructions "800-676-6856" (R18).
PACER_SERVICE_CENTER_PHONE = "(800) 676-6856"
PACER_SERVICE_CENTER_PHONE_ON_PACER_PAGES = "800-676-6856"

# L10: the approval dates of the amendments
AMENDMENTS_APPROVED = ("September 19, 2017", "March 20, 2018")
AMENDMENTS_EFFECTIVE = "April 23, 2018"
# L10: the sixteen amended rules the notice lists
AMENDED_RULES = (
    ("1", "Scope and Purpose"),
    ("4", "Service of Summons and Complaint"),
    ("5", "Serving and Filing Pleadings and Other Papers"),
    ("6", "Computing and Extending Time; Time for Motion Papers"),
    ("7", "Pleadings and Motions"),
    ("16", "Postassignment Conferences; Scheduling; Management"),
    ("26", "Duty to Disclose; General Provisions Governing Discovery"),
    ("30", "Depositions by Oral Examination"),
    ("31", "Depositions by Written Questions"),
    ("33", "Interrogatories to Parties"),
    ("34", "Producing Documents, Electronically Stored Information, and Tangible Things, or Entering "
           "onto Land, for Inspection and Other Purposes"),
    ("37", "Failure to Make Disclosures or to Cooperate in Discovery; Sanctions"),
    ("55", "Default Judgment"),
    ("56.1", "Judgment on an Agency Record for an Action Other Than That Described in 28 U.S.C. § 1581(c)"),
    ("56.2", "Judgment on an Agency Record for an Action Described in 28 U.S.C. § 1581(c)"),
    ("73.1", "Documents in an Action Described in 28 U.S.C. § 1581(a) or (b) Administrative Order 02-01 "
             "In re Electronic Filing Procedures and Submission of Confidential Information"),
)


@bp.app_context_processor
def court_facts() -> dict:
    return {
        "court_name": COURT_NAME,
        "pacer_phone": (PACER_SERVICE_CENTER_PHONE_ON_PACER_PAGES if request.blueprint == "registration"
                        else PACER_SERVICE_CENTER_PHONE),
        "amendments_approved": AMENDMENTS_APPROVED,
        "amendments_effective": AMENDMENTS_EFFECTIVE,
        "amended_rules": AMENDED_RULES,
    }


@bp.get("/amendments")
def amendments():
    return render_template("court/amendments.html")


@bp.get("/cmecf")
def cmecf_information():
    return render_template("court/cmecf.html")
