"""The simulator of the Court of International Trade's CM/ECF sign-in and PACER registration."""

import os
import secrets
from typing import Any

from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=False)
    app.config.from_mapping(
        DATABASE=os.path.join(app.instance_path, "simulator.sqlite3"),
        SECRET_KEY=secrets.token_hex(32),
        # The test-control API exists only when a token is set.
        CONTROL_TOKEN=None,
        # Sandboxes (with the control API only): where their files live (default: beside DATABASE,
        # in <DATABASE>.sandboxes), how many may be live at once, and how long an idle one is kept.
        SANDBOX_DIR=None,
        SANDBOX_LIMIT=64,
        SANDBOX_IDLE_SECONDS=15 * 60,
        # The simulated mailbox page, for people exploring the standalone simulator by hand.
        SHOW_MAILBOX=False,
        MAX_CONTENT_LENGTH=64 * 1024,
        MAX_FORM_MEMORY_SIZE=64 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_NAME="cmecf_session",
        WTF_CSRF_TIME_LIMIT=None,
        # werkzeug's scrypt (N=32768). A test run may lower the cost; hashes stay salted scrypt.
        PASSWORD_HASH_METHOD="scrypt",  # noqa: S106  # nosec B106 - a hash method, not a password
    )
    if config:
        app.config.from_mapping(config)
    os.makedirs(os.path.dirname(os.path.abspath(app.config["DATABASE"])), exist_ok=True)

    from . import court, db, documents, lost_password, registration, rendering, security, signin

    rendering.install(app)
    db.init_app(app)
    security.init_app(app)
    app.register_blueprint(signin.bp)
    app.register_blueprint(lost_password.bp)
    app.register_blueprint(court.bp)
    app.register_blueprint(documents.bp)
    app.register_blueprint(registration.bp)
    if app.config["CONTROL_TOKEN"]:
        from . import control

        control.init_app(app)
    return app
