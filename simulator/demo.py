"""The demo dataset of the standalone simulator: personas a person can sign in as, and a case."""

from datetime import datetime, timedelta

from . import accounts, documents
from .db import get_db, now, transaction

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
)

DEMO_CASE = ("1:24-cv-00031", "Acme Imports, Inc. v. United States")
DEMO_DOCUMENTS = (
    (1, "Summons", 3, False, False),
    (2, "Complaint", 12, False, False),
    (3, "Confidential administrative record", 40, False, True),
    (4, "Recording of oral argument", 1, True, False),
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
            accounts.create_account(db, password=DEMO_PASSWORD, created_at=created_at, **details)
        avery = accounts.find_account(db, "avery.filer")
        case_id = db.execute("INSERT INTO cases (number, title) VALUES (?, ?)", DEMO_CASE).lastrowid
        db.execute("INSERT INTO attorneys_of_record (case_id, account_id) VALUES (?, ?)", (case_id, avery.id))
        for number, title, pages, has_audio, restricted in DEMO_DOCUMENTS:
            db.execute("INSERT INTO documents (case_id, number, title, pages, has_audio, restricted) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (case_id, number, title, pages, has_audio, restricted))
        restricted = documents.find_document(db, case_id, 3)
        for login in ("avery.filer", "dana.filer"):
            documents.send_nef(db, restricted, accounts.find_account(db, login))
    return True
