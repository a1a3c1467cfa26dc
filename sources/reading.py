"""Reading a source page from the court's site or from a saved copy, within bounds, as text a reader sees."""

import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from urllib.parse import urlsplit

from .page_text import page_text

MAX_BYTES = 2_000_000  # the court's pages are tens of kilobytes
TIMEOUT_SECONDS = 30.0
CHUNK = 65_536
PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
# A page that states no encoding in its headers may state it in its first bytes.
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Labels browsers read as Windows-1252 (the WHATWG Encoding Standard), whose bytes 0x80-0x9F are quotes and dashes.
WINDOWS_1252_LABELS = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
                       "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"}
USER_AGENT = "uscit-efiling-acceptance sources check (compares the court's page with the suite's stored copy)"


class Unreadable(Exception):
    """The page could not be read or holds no text to compare; the message says why, in a sentence."""


@dataclass
class Page:
    where: str  # the address or file it was read from
    text: str


def read_page(where: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Page:
    """The page's text: an http(s) address is fetched, anything else is a saved copy on disk (HTML, or text
    taken as the stored copies were)."""
    scheme = urlsplit(where).scheme.lower()
    if scheme in ("http", "https"):
        body, content_type, charset = _fetch(where, timeout, max_bytes)
    elif len(scheme) > 1:  # one letter is a Windows drive
        raise Unreadable(f"{where} is neither an http(s) address nor a file: only http and https pages are read.")
    else:
        body, content_type, charset = _read_file(Path(where), max_bytes)
    if b"\x00" in body[:8192]:
        raise Unreadable(f"{where} is not a web page: it holds binary data.")
    decoded = _decoded(body, charset, where).removeprefix("\ufeff")
    text = page_text(decoded) if content_type != "text/plain" else decoded
    if not text.strip():
        raise Unreadable(f"{where} has no text to compare: the page is empty.")
    return Page(where, text)


def _decoded(body: bytes, charset: str | None, where: str) -> str:
    """The body as text in the encoding its server or its <meta> states; else UTF-8, or, as browsers read an
    older page that says nothing, Windows-1252."""
    stated = charset or next((found.decode("ascii") for found in META_CHARSET.findall(body[:2048])), None)
    if stated and stated.lower() in WINDOWS_1252_LABELS:
        return body.decode("cp1252", errors="replace")
    try:
        return body.decode(stated) if stated else _utf8_or_windows_1252(body)
    except LookupError as error:
        raise Unreadable(f"{where} is in an encoding Python does not know: {stated}.") from error
    except UnicodeDecodeError as error:
        raise Unreadable(f"{where} is not a web page: its bytes are not text in {stated}.") from error


def _utf8_or_windows_1252(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


class _HttpOnly(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise Unreadable(f"{req.full_url} redirects to {newurl}: only http and https pages are read.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str, str | None]:
    opener = urllib.request.build_opener(_HttpOnly)
    # read_page lets only http and https addresses here, and _HttpOnly only such redirects.
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,  # noqa: S310
                                                   "Accept": "text/html, text/plain"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            header = Message()
            header["content-type"] = response.headers.get("Content-Type", "")
            content_type = header.get_content_type()
            if not response.headers.get("Content-Type") or content_type not in PAGE_TYPES:
                raise Unreadable(f"{url} is not a web page: the server says it is "
                                 f"{response.headers.get('Content-Type') or 'of no stated type'}.")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise Unreadable(f"{url} is too large to be the court's page: {int(declared):,} bytes, "
                                 f"more than {max_bytes:,}.")
            body = bytearray()
            while chunk := response.read(CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise Unreadable(f"{url} is too large to be the court's page: more than {max_bytes:,} bytes.")
                if time.monotonic() > deadline:
                    raise Unreadable(f"{url} did not finish answering within {timeout:g} seconds.")
            return bytes(body), content_type, header.get_content_charset()
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400 and error.headers.get("Location"):  # urllib follows only http, https, ftp
            raise Unreadable(f"{url} redirects to {error.headers['Location']}: only http and https pages "
                             "are read.") from error
        raise Unreadable(f"{url} answered {error.code} {error.reason}: there is no page to compare.") from error
    except TimeoutError as error:
        raise Unreadable(f"{url} did not answer within {timeout:g} seconds.") from error
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise Unreadable(f"{url} did not answer within {timeout:g} seconds.") from error
        raise Unreadable(f"{url} could not be reached: {reason}.") from error
    except (OSError, ValueError) as error:
        raise Unreadable(f"{url} could not be read: {error}.") from error


def _read_file(path: Path, max_bytes: int) -> tuple[bytes, str, None]:
    try:
        if path.stat().st_size > max_bytes:
            raise Unreadable(f"{path} is too large to be the court's page: {path.stat().st_size:,} bytes, "
                             f"more than {max_bytes:,}.")
        body = path.read_bytes()
    except FileNotFoundError as error:
        raise Unreadable(f"{path} does not exist.") from error
    except IsADirectoryError as error:
        raise Unreadable(f"{path} is a folder, not a saved page.") from error
    except OSError as error:
        raise Unreadable(f"{path} could not be read: {error.strerror}.") from error
    # A saved page is HTML; a text file is taken as the stored copies were (the stored copy itself, say).
    looks_like_html = path.suffix.lower() in (".html", ".htm", ".xhtml") or \
        body.lstrip()[:100].lower().startswith((b"<!doctype", b"<html", b"\xef\xbb\xbf<!doctype", b"\xef\xbb\xbf<html"))
    return body, "text/html" if looks_like_html else "text/plain", None
