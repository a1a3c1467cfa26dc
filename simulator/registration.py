"""PACER: the site's home, the upgraded-account guidance and registration, Manage My Account."""

from flask import Blueprint, render_template

from . import accounts

bp = Blueprint("registration", __name__, url_prefix="/pacer")


@bp.get("/")
def pacer_home():
    return render_template("registration/pacer_home.html")


@bp.get("/register-for-cit")
def guidance():
    return render_template("registration/guidance.html")


@bp.get("/account")
def manage_account():
    return render_template("registration/manage_account.html", account=accounts.current_account())
