"""PACER: the site's home, the upgraded-account guidance, the registration wizard and Manage My Account."""

from flask import Blueprint

bp = Blueprint("registration", __name__, url_prefix="/pacer")

# The views register themselves on the blueprint as they are imported.
from . import account, guidance, policies, wizard  # noqa: E402, F401
