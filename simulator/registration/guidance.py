"""The way to the registration form: PACER's home, the guidance, Register, Start, the left panel; the help line."""

from flask import abort, render_template

from . import bp

# R18: the PACER Service Center's number, as the court's registration instructions print it
PACER_HELP_LINE = "800-676-6856"

# The pages the Register menu leads to, and what each says (R06-R08).
REGISTRATION_TYPES = {
    "case-search-only": (
        # R07: step 3: the left panel's PACER - Case Search Only
        "PACER - Case Search Only",
        "Search and view case information and documents filed in the federal courts, the Court of "
        "International Trade among them. Attorneys who file with the Court of International Trade "
        "register here too, then link the upgraded PACER account to their CM/ECF account.",
    ),
    "attorney-admissions": (
        "Attorney Admissions / E-File",
        "Apply for admission to practice, or for e-filing privileges, in a court that accepts them through "
        "PACER. This simulator models only PACER - Case Search Only registration: attorneys of the Court "
        "of International Trade register for PACER - Case Search Only and link their CM/ECF account.",
    ),
    "non-attorney-e-file": (
        "Non-Attorney E-File",
        "E-filing for filers who are not attorneys, in courts that offer it. This simulator models only "
        "PACER - Case Search Only registration.",
    ),
}


@bp.context_processor
def help_line() -> dict:
    return {"help_line": PACER_HELP_LINE}


@bp.get("/")
def pacer_home():
    return render_template("registration/pacer_home.html")


@bp.get("/register-for-cit")
def guidance():
    return render_template("registration/guidance.html")


@bp.get("/account-type")
def account_type_instructions():
    return render_template("registration/account_type.html")


@bp.get("/register")
def register():
    return render_template("registration/register.html")


@bp.get("/register/start", defaults={"kind": None})
@bp.get("/register/start/<kind>")
def registration_types(kind: str | None):
    if kind is not None and kind not in REGISTRATION_TYPES:
        abort(404)
    return render_template("registration/registration_types.html", types=REGISTRATION_TYPES, kind=kind)
