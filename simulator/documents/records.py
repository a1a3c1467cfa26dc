"""Cases and documents on file, and who may see a restricted one: the queries every view shares."""

import sqlite3

from ..accounts import Account

DOCUMENT_WITH_CASE = ("SELECT d.*, c.number AS case_number, c.title AS case_title FROM documents d "
                      "JOIN cases c ON c.id = d.case_id ")


def find_document(db: sqlite3.Connection, case_id: int, number: int) -> sqlite3.Row | None:
    return db.execute(DOCUMENT_WITH_CASE + "WHERE d.case_id = ? AND d.number = ?", (case_id, number)).fetchone()


def document_by_id(db: sqlite3.Connection, document_id: int) -> sqlite3.Row | None:
    return db.execute(DOCUMENT_WITH_CASE + "WHERE d.id = ?", (document_id,)).fetchone()


def find_case(db: sqlite3.Connection, case_id: int) -> sqlite3.Row | None:
    return db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()


def case_by_number(db: sqlite3.Connection, number: str) -> sqlite3.Row | None:
    return db.execute("SELECT * FROM cases WHERE number = ?", (number,)).fetchone()


def cases_by_party(db: sqlite3.Connection, party: str) -> list[sqlite3.Row]:
    """Cases whose title names the party, whatever the letter case."""
    return db.execute("SELECT * FROM cases WHERE instr(lower(title), lower(?)) > 0 ORDER BY number",
                      (party,)).fetchall()


def docket_entries(db: sqlite3.Connection, case_id: int) -> list[sqlite3.Row]:
    return db.execute("SELECT * FROM documents WHERE case_id = ? ORDER BY number", (case_id,)).fetchall()


def is_attorney_of_record(db: sqlite3.Connection, account: Account, case_id: int) -> bool:
    return db.execute(
        "SELECT 1 FROM attorneys_of_record WHERE case_id = ? AND account_id = ?",
        (case_id, account.filer_id),
    ).fetchone() is not None


def may_view(db: sqlite3.Connection, account: Account, document: sqlite3.Row) -> bool:
    # L06: a restricted document is for attorneys of record only
    return not document["restricted"] or is_attorney_of_record(db, account, document["case_id"])
