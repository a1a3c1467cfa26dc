"""Protections every page gets: CSRF, session cookies, security headers, friendly error pages."""

from flask import Flask, Request, render_template, request
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFError, CSRFProtect
from itsdangerous import URLSafeTimedSerializer
from werkzeug.exceptions import HTTPException

csrf = CSRFProtect()

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class SessionInterface(SecureCookieSessionInterface):
    """Marks the session cookie Secure whenever the page was served over HTTPS, and keeps the serializer
    that signs the cookie (Flask makes one, and tests it, twice per request) for as long as the keys
    stay the same: a tenth of the sign-in page's cost."""

    def __init__(self) -> None:
        self.serializers: dict[tuple, URLSafeTimedSerializer | None] = {}

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = (app.secret_key, *(app.config["SECRET_KEY_FALLBACKS"] or ()))
        if keys not in self.serializers:
            self.serializers[keys] = super().get_signing_serializer(app)
        return self.serializers[keys]


ERROR_PAGES = {
    400: ("The request could not be understood", "Go back, check what you entered and try again."),
    403: ("You do not have permission to view this page", "Sign in with an account that may see it."),
    404: ("Page not found", "The address may be mistyped, or the page may have moved."),
    405: ("That action is not available here", "Use the links and buttons on the page."),
    410: ("This page's test sandbox has ended", "Start again from a new sandbox."),
    413: ("What you sent is too large", "Shorten your entries and try again."),
    429: ("Too many attempts", "Wait a few minutes, then try again."),
    500: ("Something went wrong on our side", "Nothing you entered was saved. Try again in a moment."),
    503: ("The simulator is busy", "Try again in a moment."),
}


def error_page(status: int, detail: str | None = None):
    title, advice = ERROR_PAGES.get(status, ERROR_PAGES[500])
    return render_template("error.html", title=title, advice=detail or advice, status=status), status


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    app.session_interface = SessionInterface()
    Request.max_form_parts = 200

    @app.after_request
    def add_security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.errorhandler(CSRFError)
    def csrf_failed(error: CSRFError):
        return error_page(
            400, "This form has expired or did not come from this site. "
            "Go back, reload the page and submit it again.",
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return error_page(error.code or 500)

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception):
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        return error_page(500)
