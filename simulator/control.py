"""The test-control API: arranges state fast for the suite. Registered only when a token is set."""

import hmac
from datetime import timedelta

from flask import Blueprint, Flask, abort, before_render_template, current_app, jsonify, request
from jinja2 import Template

from . import accounts, mail, sandboxes, security
from .db import advance, get_db, now, parse_stamp, reset_db, set_now, stamp, transaction
from .documents.free_look import send_nef as send_notice
from .documents.records import find_document

bp = Blueprint("control", __name__, url_prefix="/_control")

CONTROL_BODY_LIMIT = 256 * 1024  # what the server reads at most

ACCOUNT_DETAILS = (
    "upgraded", "activated", "user_type", "government", "agency", "date_of_birth", "phone",
    "street", "city", "state", "county", "postal_code", "tax_id", "last_sign_in_at",
)


def init_app(app: Flask) -> None:
    """The API, and on every page's <body> the template behind it, so a test run can tell which templates
    its tour reached. Only with a token: a person exploring the simulator sees neither."""
    app.register_blueprint(bp)
    security.csrf.exempt(bp)
    sandboxes.init_app(app)
    before_render_template.connect(mark_page_template, app)


def mark_page_template(sender: Flask, template: Template, context: dict, **extra) -> None:
    context["page_template"] = template.name


@bp.before_request
def require_token():
    sent = request.headers.get("X-Control-Token", "")
    if not hmac.compare_digest(sent.encode(), current_app.config["CONTROL_TOKEN"].encode()):
        abort(401)
    # Arranging thousands of cases or docket entries at once takes more than a form's 64 KiB.
    request.max_content_length = CONTROL_BODY_LIMIT


@bp.errorhandler(400)
@bp.errorhandler(401)
@bp.errorhandler(404)
@bp.errorhandler(409)
def json_error(error):
    return jsonify(error=error.name, detail=error.description), error.code


def _body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, "Send a JSON object.")
    return body


def _required(body: dict, *names: str) -> list:
    missing = [name for name in names if body.get(name) in (None, "")]
    if missing:
        abort(400, f"Missing: {', '.join(missing)}")
    return [body[name] for name in names]


def _account_id(db, login: str) -> int:
    row = db.execute("SELECT id FROM accounts WHERE login = ?", (login,)).fetchone()
    if row is None:
        abort(404, f"No account {login}")
    return row["id"]


def _case(db, number: str):
    row = db.execute("SELECT * FROM cases WHERE number = ?", (number,)).fetchone()
    if row is None:
        abort(404, f"No case {number}")
    return row


@bp.post("/sandboxes")
def create_sandbox():
    """A new, empty sandbox: name it on every request (header or cookie) to work in it alone."""
    try:
        sandbox = sandboxes.create()
    except sandboxes.SandboxRefused as refused:
        response = sandboxes.refusal(refused)
        return response[0], response[1], {"Retry-After": "60"}
    return jsonify(id=sandbox, header=sandboxes.HEADER, cookie=sandboxes.COOKIE,
                   idle_seconds=sandboxes.idle_seconds()), 201


@bp.get("/sandboxes")
def sandbox_usage():
    return jsonify(sandboxes.usage())


@bp.delete("/sandboxes/<sandbox>")
def delete_sandbox(sandbox: str):
    try:
        deleted = sandboxes.delete(sandbox)
    except sandboxes.SandboxRefused as refused:
        return sandboxes.refusal(refused)
    if not deleted:
        abort(404, "No such sandbox")
    return jsonify(deleted=sandbox)


@bp.post("/reset")
def reset():
    reset_db(get_db())
    return jsonify(reset=True)


@bp.post("/accounts")
def create_account():
    body = _body()
    login, password, role, first_name, last_name, email = _required(
        body, "login", "password", "role", "first_name", "last_name", "email")
    if role not in ("filer", "pacer"):
        abort(400, "role is filer or pacer")
    db = get_db()
    created_at = parse_stamp(body["created_at"]) if body.get("created_at") else now(db)
    details = {key: body[key] for key in ACCOUNT_DETAILS if key in body}
    with transaction(db):
        if accounts.find_account(db, login):
            abort(409, f"Account {login} exists")
        if body.get("linked_filer"):
            details["linked_filer_id"] = _account_id(db, body["linked_filer"])
        account_id = accounts.create_account(
            db, login=login, password=password, role=role, first_name=first_name, last_name=last_name,
            email=email, created_at=created_at, **details)
        accounts.save_security_answers(db, account_id, body.get("security_answers") or {})
    return jsonify(account(login).get_json()), 201


@bp.get("/accounts/<login>")
def account(login: str):
    db = get_db()
    row = db.execute("SELECT * FROM accounts WHERE id = ?", (_account_id(db, login),)).fetchone()
    hidden = {"password_hash", "activation_code_hash"}
    found = {key: row[key] for key in row.keys() if key not in hidden}  # noqa: SIM118 - sqlite3.Row
    found["account_type"] = accounts.Account.from_row(row).account_type if row["role"] == "pacer" else None
    found["linked_filer"] = (db.execute("SELECT login FROM accounts WHERE id = ?", (row["linked_filer_id"],))
                             .fetchone() or [None])[0]
    return jsonify(found)


def _many(body: dict, key: str) -> list[dict]:
    """One item, or many at once under `key` (thousands of cases or docket entries for one scenario)."""
    items = body.get(key, [body])
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        abort(400, f"{key} is a list of JSON objects")
    return items


def _add_case(db, body: dict) -> dict:
    number, title = _required(body, "number", "title")
    if db.execute("SELECT 1 FROM cases WHERE number = ?", (number,)).fetchone():
        abort(409, f"Case {number} exists")
    case_id = db.execute("INSERT INTO cases (number, title) VALUES (?, ?)", (number, title)).lastrowid
    for login in body.get("attorneys_of_record", []):
        db.execute("INSERT INTO attorneys_of_record (case_id, account_id) VALUES (?, ?)",
                   (case_id, _account_id(db, login)))
    return {"id": case_id, "number": number}


@bp.post("/cases")
def create_case():
    """A case: `number`, `title`, `attorneys_of_record`; or many under `cases`."""
    body = _body()
    db = get_db()
    with transaction(db):
        created = [_add_case(db, item) for item in _many(body, "cases")]
    return jsonify(created[0] if "cases" not in body else {"cases": created}), 201


@bp.post("/attorneys-of-record")
def add_attorney_of_record():
    body = _body()
    case_number, login = _required(body, "case", "attorney")
    db = get_db()
    with transaction(db):
        case = _case(db, case_number)
        db.execute("INSERT OR IGNORE INTO attorneys_of_record (case_id, account_id) VALUES (?, ?)",
                   (case["id"], _account_id(db, login)))
    return jsonify(case=case_number, attorney=login), 201


def _add_document(db, body: dict) -> dict:
    case_number, number, title = _required(body, "case", "number", "title")
    case = _case(db, case_number)
    document_id = db.execute(
        "INSERT INTO documents (case_id, number, title, pages, has_audio, restricted, opinion) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case["id"], int(number), title, int(body.get("pages", 1)), int(bool(body.get("has_audio"))),
         int(bool(body.get("restricted"))), int(bool(body.get("opinion")))),
    ).lastrowid
    return {"id": document_id, "case_id": case["id"], "number": int(number)}


@bp.post("/documents")
def create_document():
    """A document: `case`, `number`, `title`, `pages`, `has_audio`, `restricted`, `opinion`; or many under
    `documents`."""
    body = _body()
    db = get_db()
    with transaction(db):
        created = [_add_document(db, item) for item in _many(body, "documents")]
    return jsonify(created[0] if "documents" not in body else {"documents": created}), 201


@bp.post("/nefs")
def send_nef():
    """A Notice of Electronic Filing for one document to one recipient, as filing would send it."""
    body = _body()
    case_number, number, recipient = _required(body, "case", "document", "recipient")
    db = get_db()
    with transaction(db):
        case = _case(db, case_number)
        document = find_document(db, case["id"], int(number))
        if document is None:
            abort(404, f"No document {number} in {case_number}")
        account = accounts.account_by_id(db, _account_id(db, recipient))
        link = send_notice(db, document, account)
        if body.get("used"):
            db.execute("UPDATE nefs SET used_at = ?, used_by = ? WHERE token = ?",
                       (stamp(now(db)), account.id, link.rsplit("/", 1)[-1]))
    return jsonify(free_look_url=link), 201


@bp.get("/nefs")
def nefs():
    db = get_db()
    rows = db.execute(
        "SELECT n.token, n.sent_at, n.used_at, u.login AS used_by, c.number AS case_number, d.number AS document "
        "FROM nefs n JOIN documents d ON d.id = n.document_id JOIN cases c ON c.id = d.case_id "
        "LEFT JOIN accounts u ON u.id = n.used_by WHERE n.recipient_id = ? ORDER BY n.id",
        (_account_id(db, request.args.get("recipient", "")),))
    return jsonify(nefs=[dict(r) for r in rows])


@bp.route("/clock", methods=["GET", "POST"])
def clock():
    db = get_db()
    if request.method == "POST":
        body = _body()
        if body.get("now"):
            set_now(db, parse_stamp(body["now"]))
        else:
            step = timedelta(days=float(body.get("days", 0)), hours=float(body.get("hours", 0)),
                             minutes=float(body.get("minutes", 0)))
            advance(db, step)
    return jsonify(now=stamp(now(db)))


@bp.get("/access-log")
def access_log():
    query, params = "SELECT * FROM access_log", []
    if request.args.get("login"):
        query += " WHERE login = ?"
        params.append(request.args["login"])
    return jsonify(entries=[dict(r) for r in get_db().execute(query + " ORDER BY id", params)])


@bp.get("/mailbox")
def mailbox():
    return jsonify(messages=mail.delivered(get_db(), request.args.get("to")))


@bp.get("/charges")
def charges():
    db = get_db()
    rows = db.execute("SELECT * FROM charges WHERE account_id = ? ORDER BY id",
                      (_account_id(db, request.args.get("login", "")),))
    return jsonify(charges=[dict(r) for r in rows])


@bp.post("/clock/business-days")
def advance_business_days():
    """Moves the clock on by business days as U.S. mail counts them: weekends and federal holidays skipped."""
    db = get_db()
    days = _body().get("days")
    if not isinstance(days, int) or days < 0:
        abort(400, "days is a whole number of business days")
    today = now(db).date()
    advance(db, timedelta(days=(mail.add_business_days(today, days) - today).days))
    return jsonify(now=stamp(now(db)))
