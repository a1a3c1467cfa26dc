-- The simulator's state: one SQLite file. Times are ISO-8601 UTC text on the simulated clock.

CREATE TABLE clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    offset_seconds INTEGER NOT NULL DEFAULT 0
);
INSERT INTO clock (id, offset_seconds) VALUES (1, 0);

-- CM/ECF filer accounts ('filer') and PACER accounts ('pacer') share one login namespace,
-- as they share one sign-in form.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('filer', 'pacer')),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- PACER only: legacy accounts (created on or before 2014-08-11 and never upgraded) are 0.
    upgraded INTEGER NOT NULL DEFAULT 1,
    -- PACER only: registered without a card, 0 until the mailed activation code is entered.
    activated INTEGER NOT NULL DEFAULT 1,
    activation_code_hash TEXT,
    user_type TEXT,
    government INTEGER NOT NULL DEFAULT 0,
    agency TEXT,
    date_of_birth TEXT,
    phone TEXT,
    street TEXT,
    city TEXT,
    state TEXT,
    postal_code TEXT,
    county TEXT,
    -- PACER only: a commercial account's business tax ID, an EIN written NN-NNNNNNN.
    tax_id TEXT,
    card_last4 TEXT,
    -- PACER only: the CM/ECF filer account this PACER account is linked to (R17).
    linked_filer_id INTEGER UNIQUE REFERENCES accounts (id),
    -- The last successful sign-in; an account unused for more than two years is deactivated.
    last_sign_in_at TEXT
);

CREATE TABLE security_answers (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer_hash TEXT NOT NULL,
    PRIMARY KEY (account_id, question)
);

-- Server-side record of browser sessions, so that sign-out really ends one.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    client_code TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    ended_at TEXT
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL
);

CREATE TABLE attorneys_of_record (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, account_id)
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    pages INTEGER NOT NULL CHECK (pages > 0),
    has_audio INTEGER NOT NULL DEFAULT 0,
    restricted INTEGER NOT NULL DEFAULT 0,
    -- Judicial opinions are free to view.
    opinion INTEGER NOT NULL DEFAULT 0,
    UNIQUE (case_id, number)
);

-- A Notice of Electronic Filing sent to one recipient, carrying one free look.
CREATE TABLE nefs (
    id INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    recipient_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    sent_at TEXT NOT NULL,
    used_at TEXT,
    used_by INTEGER REFERENCES accounts (id)
);

-- E-mails arrive at once; letters by U.S. mail arrive at deliver_at.
CREATE TABLE mailbox (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'letter')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT,
    code TEXT,
    sent_at TEXT NOT NULL,
    deliver_at TEXT NOT NULL
);

CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    event TEXT NOT NULL,
    outcome TEXT NOT NULL,
    client_code TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    remote_addr TEXT NOT NULL DEFAULT ''
);

-- One line per billable page view: a case search's results, a case's docket report, a document.
CREATE TABLE charges (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('search', 'docket', 'document')),
    case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    pages INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    client_code TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);

CREATE TABLE password_resets (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);

-- The registration wizard's entries between steps, keyed by an id kept in the session.
CREATE TABLE registration_drafts (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
);
