"""Cases and documents: the CM/ECF menu, filing, NEF free looks, case search, docket reports, fees and billing."""

from flask import Blueprint

bp = Blueprint("documents", __name__)

# The views register themselves on the blueprint as they are imported.
from . import fees, filing, free_look, menu, query  # noqa: E402, F401
