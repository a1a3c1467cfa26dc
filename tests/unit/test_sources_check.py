"""`./harness sources check`: the court's pages, here saved copies served from files and from a server on
127.0.0.1, compared with the stored copies sentence by sentence. Nothing here reaches the court."""

import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sources.__main__ import main

REPOSITORY = Path(__file__).resolve().parents[2]
STORED = REPOSITORY / "features"
SAVED = Path(__file__).resolve().parent / "source_pages"
LOGIN_HTML = (SAVED / "cmecf-login-page.html").read_text(encoding="utf-8")
REGISTRATION = str(SAVED / "pacer-registration-instructions.html")
TROUBLE_VIEWING = LOGIN_HTML[LOGIN_HTML.index("<p><b>If you have trouble"):
                             LOGIN_HTML.index("<p><b>Instructions for viewing")]


class _Pages(BaseHTTPRequestHandler):
    """Serves each path's (content type, body) from the server's `pages`; a type "redirect:URL" redirects."""

    def do_GET(self):
        if self.path not in self.server.pages:
            self.send_error(404)
            return
        content_type, body = self.server.pages[self.path]
        if content_type.startswith("redirect:"):
            self.send_response(302)
            self.send_header("Location", content_type.removeprefix("redirect:"))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def court():
    """A stand-in for the court's site on 127.0.0.1: `court.serve(path, body, type)` gives the page's address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.pages = {}
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def serve(path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> str:
        server.pages[path] = (content_type, body.encode("utf-8") if isinstance(body, str) else body)
        return f"http://127.0.0.1:{server.server_port}{path}"

    yield serve
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_server():
    """An address on 127.0.0.1 that takes the connection and never answers."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(4)
        yield f"http://127.0.0.1:{listening.getsockname()[1]}/cgi-bin/login.pl"


def check(capsys, login: str, registration: str = REGISTRATION, *more: str) -> tuple[int, str]:
    status = main(["check", "--login", login, "--registration", registration, *more])
    return status, capsys.readouterr().out


def test_the_stored_copies_themselves_have_not_changed(capsys):
    status, out = check(capsys, str(STORED / "cmecf-login-page.txt"),
                        str(STORED / "pacer-registration-instructions.txt"))
    assert status == 0, out
    assert "cmecf-login-page.txt: nothing changed (46 sentences" in out
    assert "pacer-registration-instructions.txt: nothing changed" in out
    assert "describing a picture (quoted by R11)" in out


def test_the_pages_text_is_taken_as_the_stored_copies_were(capsys, court):
    status, out = check(capsys, court("/cgi-bin/login.pl", LOGIN_HTML))
    assert status == 0, out
    assert out.count("nothing changed") == 2


def test_a_changed_phone_number_names_its_passage_and_shows_old_and_new(capsys, court):
    changed = LOGIN_HTML.replace("(800) 676-6856.", "(800) 676-6900.")
    status, out = check(capsys, court("/cgi-bin/login.pl", changed))
    assert status == 1
    assert "cmecf-login-page.txt against http://127.0.0.1:" in out and "1 difference." in out
    passage = out[out.index("  L18  "):]
    assert "changed (sentence 45): For more information about CM/ECF" in passage
    assert "(800) 676-6856." in passage and "now: For more information" in passage and "676-6900." in passage
    assert "[-676-6856.-] {+676-6900.+}" in passage
    assert "Quoted by no passage" not in out


def test_a_sentence_added_to_the_redaction_notice_is_new_and_quoted_by_no_passage(capsys, court):
    added = "Filers must also redact the names of confidential informants."
    status, out = check(capsys, court("/", LOGIN_HTML.replace("including attachments.",
                                                              f"including attachments. {added}")))
    assert status == 1
    unquoted = out[out.index("  Quoted by no passage:"):]
    assert f"new (after sentence 41, which L15 quotes): {added}" in unquoted
    assert "  L15  " not in out, "the passage's own sentences did not change"


def test_a_removed_paragraph_names_each_passage_that_quoted_it(capsys, court):
    status, out = check(capsys, court("/", LOGIN_HTML.replace(TROUBLE_VIEWING, "")))
    assert status == 1
    for passage, sentence in [("L05", "If you have trouble viewing a document:"),
                              ("L06", 'If you receive the message "You do not have permission'),
                              ("L07", 'it means that the "free look" link has expired.')]:
        named = out[out.index(f"  {passage}  "):]
        assert "vanished (sentence" in named and sentence in " ".join(named.split()), passage
    assert "5 differences" in out


def test_a_changed_registration_page_is_compared_too(capsys, tmp_path):
    saved = tmp_path / "registration.html"
    saved.write_text(Path(REGISTRATION).read_text(encoding="utf-8").replace("800-676-6856", "800-676-6900"),
                     encoding="utf-8")
    status, out = check(capsys, str(STORED / "cmecf-login-page.txt"), str(saved))
    assert status == 1
    assert "  R18  " in out and "[-800-676-6856.-] {+800-676-6900.+}" in out


def run_check(*arguments: str) -> subprocess.CompletedProcess:
    """The command as a person runs it: its words, never a stack trace."""
    return subprocess.run([sys.executable, "-m", "sources", "check", *arguments], cwd=REPOSITORY,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("page,said", [
    (("text/html", b""), "has no text to compare: the page is empty."),
    (("text/html", b"<html><head><title>x</title></head><body> </body></html>"), "the page is empty."),
    (("application/octet-stream", bytes(range(256)) * 8), "is not a web page: the server says it is "
                                                          "application/octet-stream."),
    (("text/html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50), "is not a web page: it holds binary data."),
    (("text/html", b"<p>" + b"x" * 2_100_000), "is too large to be the court's page"),
])
def test_a_page_that_cannot_be_compared_is_said_in_words(court, page, said):
    ran = run_check("--login", court("/login", page[1], page[0]), "--registration", REGISTRATION)
    assert ran.returncode == 2, ran.stdout + ran.stderr
    assert said in ran.stdout and "could not be checked" in ran.stdout
    assert ran.stderr == "", "no stack trace"
    assert "pacer-registration-instructions.txt against" in ran.stdout, "the other page is still checked"


def test_a_page_that_never_answers_is_given_up_on_in_time(silent_server):
    ran = run_check("--login", silent_server, "--registration", REGISTRATION, "--timeout", "1")
    assert ran.returncode == 2
    assert f"{silent_server} did not answer within 1 seconds." in ran.stdout
    assert ran.stderr == ""


@pytest.mark.parametrize("where,said", [
    ("ftp://127.0.0.1/login.pl", "only http and https pages are read."),
    ("file:///etc/hostname", "only http and https pages are read."),
    ("no-such-saved-page.html", "no-such-saved-page.html does not exist."),
])
def test_only_http_pages_and_files_on_disk_are_read(where, said):
    ran = run_check("--login", where, "--registration", REGISTRATION)
    assert ran.returncode == 2 and said in ran.stdout and ran.stderr == ""


def test_a_binary_file_is_not_a_page(tmp_path):
    binary = tmp_path / "login.pl"
    binary.write_bytes(bytes(range(256)) * 16)
    ran = run_check("--login", str(binary), "--registration", REGISTRATION)
    assert ran.returncode == 2
    assert f"{binary} is not a web page: it holds binary data." in ran.stdout and ran.stderr == ""


@pytest.mark.parametrize("meta", ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', ""])
def test_a_page_in_an_older_encoding_is_read_as_a_browser_reads_it(capsys, court, meta):
    older = LOGIN_HTML.replace('<meta charset="utf-8">', meta).replace("&sect;", "\u00a7").replace("&rsquo;", "\u2019")
    body = older.encode("cp1252")
    assert b"\xa7" in body and b"\x92" in body, "bytes that are not UTF-8"
    status, out = check(capsys, court("/older", body, "text/html"))
    assert status == 0, out


@pytest.mark.parametrize("elsewhere", ["file:///etc/passwd", "ftp://127.0.0.1/login.pl"])
def test_a_redirect_away_from_http_is_not_followed(court, elsewhere):
    ran = run_check("--login", court("/moved", b"", f"redirect:{elsewhere}"), "--registration", REGISTRATION)
    assert ran.returncode == 2 and ran.stderr == ""
    assert f"redirects to {elsewhere}: only http and https pages are read." in ran.stdout


def test_a_page_the_server_does_not_have_is_said_in_words(court):
    gone = court("/", "").removesuffix("/") + "/cgi-bin/gone.pl"
    ran = run_check("--login", gone, "--registration", REGISTRATION)
    assert ran.returncode == 2 and ran.stderr == ""
    assert f"{gone} answered 404 Not Found: there is no page to compare." in ran.stdout
