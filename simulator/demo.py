"""The demo dataset of the standalone simulator: personas a person can sign in as, and a case."""

from datetime import datetime, timedelta

from . import accounts
from .db import get_db, now, stamp, transaction
from .documents.free_look import send_nef
from .documents.records import find_document

# Published in the README: the demo personas exist for people exploring the simulator by hand.
DEMO_PASSWORD = "Harbor-Lantern-2026!"  # noqa: S105  # nosec B105

DEMO_ACCOUNTS = (
    dict(login="avery.filer", role="filer", first_name="Avery", last_name="Lawson",
         email="avery@lawson-trade.example"),
    dict(login="dana.filer", role="filer", first_name="Dana", last_name="Whitfield",
         email="dana@whitfield-law.example"),
    dict(login="pat.viewer", role="pacer", first_name="Pat", last_name="Moreno",
         email="pat.moreno@example.com", user_type="INDIVIDUAL"),
    dict(login="lee.legacy", role="pacer", first_name="Lee", last_name="Okafor",
         email="lee.okafor@example.com", user_type="INDIVIDUAL", created_at=datetime(2012, 5, 14)),
    dict(login="gale.government", role="pacer", first_name="Gale", last_name="Ibarra",
         email="gale.ibarra@cbp.example.gov", user_type="FEDERAL GOVERNMENT", government=1,
         agency="U.S. Customs and Border Protection"),
    # Avery's upgraded PACER account, linked to the CM/ECF filer login: filing needs the link (R17).
    dict(login="avery.pacer", role="pacer", first_name="Avery", last_name="Lawson",
         email="avery@lawson-trade.example", user_type="INDIVIDUAL", linked_filer="avery.filer"),
)
# The security questions Pat chose at registration, for "Forgot Password".
DEMO_SECURITY_ANSWERS = {
    "pat.viewer": {"What was the name of your first pet?": "Biscuit", "In what city were you born?": "Tucson"},
}

DEMO_CASE = ("1:24-cv-00031", "Acme Imports, Inc. v. United States")
DEMO_DOCUMENTS = (  # number, title, pages, has an audio file, restricted, a judicial opinion
    (1, "Summons", 3, False, False, False),
    (2, "Complaint", 12, False, False, False),
    (3, "Confidential administrative record", 40, False, True, False),
    (4, "Recording of oral argument", 1, True, False, False),
    (5, "Opinion and order", 18, False, False, True),
)


def load_demo_data() -> bool:
    """Adds the demo data to an empty database; a database with accounts is left as it is."""
    db = get_db()
    if db.execute("SELECT 1 FROM accounts LIMIT 1").fetchone():
        return False
    with transaction(db):
        for persona in DEMO_ACCOUNTS:
            details = dict(persona)
            created_at = details.pop("created_at", now(db) - timedelta(days=30))
            if "linked_filer" in details:
                details["linked_filer_id"] = accounts.find_account(db, details.pop("linked_filer")).id
            # In use: an account unused for more than two years would be deactivated.
            accounts.create_account(db, password=DEMO_PASSWORD, created_at=created_at,
                                    last_sign_in_at=stamp(now(db) - timedelta(days=7)), **details)
        for login, answers in DEMO_SECURITY_ANSWERS.items():
            accounts.save_security_answers(db, accounts.find_account(db, login).id, answers)
        avery = accounts.find_account(db, "avery.filer")
        case_id = db.execute("INSERT INTO cases (number, title) VALUES (?, ?)", DEMO_CASE).lastrowid
        db.execute("INSERT INTO attorneys_of_record (case_id, account_id) VALUES (?, ?)", (case_id, avery.id))
        db.executemany("INSERT INTO documents (case_id, number, title, pages, has_audio, restricted, opinion) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", [(case_id, *document) for document in DEMO_DOCUMENTS])
        restricted = find_document(db, case_id, 3)
        for login in ("avery.filer", "dana.filer"):
            send_nef(db, restricted, accounts.find_account(db, login))
    return True
