"""A page read without a browser: the same pages, forms and labels, over HTTP.

For the rows of a hostile-input matrix that need no browser to be checked (what the court answers to an
entry, beside which field, and that the entry comes back as text), the steps drive the simulator through
`HttpPage`, in milliseconds. It does what a browser does with a form and nothing more: it finds a field
by its label and a button by its text, sends the form's fields (the CSRF token among them) as a browser
would, follows redirects and keeps the session cookie. It runs no script and lays nothing out, which is
why the rows that check what a browser does (nothing typed runs, a field stops at its limit, the entry
shown back) stay in Chromium and Firefox.
"""

import re
from urllib.parse import urljoin

import requests
from bs4 import BeautifulSoup, Tag

# What a browser does to the value of a one-line field before sending it (HTML's value sanitization):
# line breaks go; an e-mail field also loses the white space at either end; nothing past its maxlength.
LINE_BREAKS = re.compile("[\r\n]")
ONE_LINE_TYPES = {"text", "search", "tel", "url", "password", "email"}
# Which scripts and images a page of the simulator may carry: its own files, none from what was typed.
OWN_SCRIPT = re.compile(r"^/static/")
HANDLER_ATTRIBUTE = re.compile(r"^on", re.I)


class PageError(AssertionError):
    pass


def normalized(text: str) -> str:
    return " ".join(text.split())


def option_value(option: Tag | None) -> str:
    """What a list sends for an option: its value, or its text when it has none."""
    return option.get("value", option.get_text()) if option is not None else ""


class HttpPage:
    """The page a person has open, as the simulator sent it; `fill`, `check`, `select` and `submit`
    work on the form of the field or button named, as a person would through a browser."""

    def __init__(self, base_url: str, headers: dict[str, str] | None = None):
        self.base_url = base_url.rstrip("/") + "/"
        self.session = requests.Session()
        self.session.headers.update(headers or {})
        self.response: requests.Response | None = None
        self.document: BeautifulSoup | None = None
        # What the person entered, by the field (its id() in the page now open).
        self.entries: dict[int, str | bool] = {}

    def close(self) -> None:
        self.session.close()

    # Where the person is.

    @property
    def url(self) -> str:
        return self.response.url if self.response is not None else ""

    @property
    def soup(self) -> BeautifulSoup:
        if self.document is None:
            raise PageError("No page is open yet: open one with goto()")
        return self.document

    def goto(self, path: str) -> "HttpPage":
        return self._load(self.session.get(urljoin(self.base_url, path.lstrip("/")), timeout=15))

    def _load(self, response: requests.Response) -> "HttpPage":
        if response.status_code >= 500:
            raise PageError(f"The court answered {response.status_code} to {response.request.method} "
                            f"{response.url}: an error page instead of an answer")
        self.response = response
        self.document = BeautifulSoup(response.text, "html.parser")
        self.entries = {}
        return self

    # Finding things the way a person does: by label, by text, by heading.

    def heading(self, level: int = 1) -> str:
        found = self.soup.find(f"h{level}")
        return normalized(found.get_text()) if found else ""

    def field(self, label: str) -> Tag:
        """The form field whose label reads `label` exactly (as get_by_label(label, exact=True))."""
        for candidate in self.soup.find_all("label"):
            if normalized(candidate.get_text()) == label:
                control = (self.soup.find(id=candidate["for"]) if candidate.get("for")
                           else candidate.find(["input", "select", "textarea"]))
                if control is not None:
                    return control
        raise PageError(f"No field labelled {label!r} on {self.heading()!r} ({self.url}); its labels: {self.labels()}")

    def labels(self) -> list[str]:
        """The labels of the page's fields, in the page's order."""
        return [normalized(found.get_text()) for found in self.soup.find_all("label")]

    def value(self, label: str) -> str:
        """What the field shows: its value, or the chosen option of a list."""
        control = self.field(label)
        if control.name == "select":
            return option_value(self._chosen(control))
        if control.name == "textarea":
            return control.get_text()
        return control.get("value", "")

    def description(self, label: str) -> str:
        """The field's accessible description: the texts its aria-describedby names, in order."""
        control = self.field(label)
        parts = [self.soup.find(id=name) for name in control.get("aria-describedby", "").split()]
        return normalized(" ".join(part.get_text() for part in parts if part is not None))

    def details(self) -> dict[str, str]:
        """The table rows the page shows (an account's details): each row's heading cell and its cell."""
        details = {}
        for heading in self.soup.find_all("th", scope="row"):
            cell = heading.find_next_sibling("td")
            details[normalized(heading.get_text())] = normalized(cell.get_text()) if cell else ""
        return details

    def detail(self, label: str) -> str:
        """The cell of the table row whose heading cell starts with `label`."""
        for heading, cell in self.details().items():
            if heading.startswith(label):
                return cell
        raise PageError(f"No row {label!r} on {self.heading()!r} ({self.url})")

    def texts(self, role: str) -> list[str]:
        """The texts of the elements with an ARIA role, such as "alert" or "status"."""
        return [normalized(found.get_text()) for found in self.soup.find_all(attrs={"role": role})]

    def name_of(self, element: Tag) -> str:
        """An element's accessible name from its aria-label, or the text its aria-labelledby points to."""
        if element.get("aria-label"):
            return normalized(element["aria-label"])
        parts = [self.soup.find(id=name) for name in element.get("aria-labelledby", "").split()]
        return normalized(" ".join(part.get_text() for part in parts if part is not None))

    def region(self, name: str) -> Tag | None:
        """The section whose accessible name reads `name`."""
        return next((section for section in self.soup.find_all("section") if self.name_of(section) == name), None)

    def link(self, name: str) -> str:
        """The address of the link whose text reads `name`."""
        for anchor in self.soup.find_all("a", href=True):
            if normalized(anchor.get_text()) == name:
                return anchor["href"]
        raise PageError(f"No link {name!r} on {self.heading()!r} ({self.url})")

    def follow(self, name: str) -> "HttpPage":
        return self.goto(urljoin(self.url, self.link(name)))

    # Entering and sending.

    def fill(self, label: str, text: str) -> "HttpPage":
        return self.fill_control(self.field(label), text)

    def check(self, label: str, checked: bool = True) -> "HttpPage":
        return self.fill_control(self.field(label), checked)

    def select(self, label: str, value: str) -> "HttpPage":
        control = self.field(label)
        values = [option_value(option) for option in control.find_all("option")]
        if value not in values:
            raise PageError(f"The list {label!r} has no option {value!r}")
        return self.fill_control(control, value)

    def option_starting(self, label: str, text: str) -> str:
        """The value of the list's option whose text starts with `text`."""
        for option in self.field(label).find_all("option"):
            if normalized(option.get_text()).startswith(text):
                return option_value(option)
        raise PageError(f"The list {label!r} has no option starting {text!r}")

    def chosen_text(self, label: str) -> str:
        """The text of the option the list shows as chosen."""
        chosen = self._chosen(self.field(label))
        return normalized(chosen.get_text()) if chosen else ""

    def fill_control(self, control: Tag, value: str | bool) -> "HttpPage":
        self.entries[id(control)] = value
        return self

    def submit(self, button: str) -> "HttpPage":
        """Press the form's button whose text reads `button`: the form is sent as a browser sends it."""
        pressed = next((found for found in self.soup.find_all("button")
                        if normalized(found.get_text()) == button), None)
        if pressed is None:
            raise PageError(f"No button {button!r} on {self.heading()!r} ({self.url})")
        form = pressed.find_parent("form")
        fields = self._form_data(form, pressed)
        action = urljoin(self.url, form.get("action") or self.url)
        if form.get("method", "get").lower() == "post":
            return self._load(self.session.post(action, data=fields, timeout=15))
        return self._load(self.session.get(action, params=fields, timeout=15))

    def _form_data(self, form: Tag, pressed: Tag) -> list[tuple[str, str]]:
        fields: list[tuple[str, str]] = []
        for control in form.find_all(["input", "select", "textarea", "button"]):
            name = control.get("name")
            if not name or control.has_attr("disabled"):
                continue
            kind = control.get("type", "text" if control.name == "input" else "").lower()
            if control.name == "button" or kind in ("submit", "reset", "button", "image"):
                if control is pressed and kind != "reset":
                    fields.append((name, control.get("value", "")))
                continue
            if kind in ("checkbox", "radio"):
                checked = self.entries.get(id(control), control.has_attr("checked"))
                if checked:
                    fields.append((name, control.get("value", "on")))
                continue
            if id(control) in self.entries:
                value = str(self.entries[id(control)])
            elif control.name == "select":
                value = option_value(self._chosen(control))
            elif control.name == "textarea":
                value = control.get_text()
            else:
                value = control.get("value", "")
            if control.name == "input" and kind in ONE_LINE_TYPES:
                value = LINE_BREAKS.sub("", value)
                if kind == "email":
                    value = value.strip()
                if control.get("maxlength", "").isdigit():
                    value = value[:int(control["maxlength"])]
            fields.append((name, value))
        return fields

    @staticmethod
    def _chosen(select: Tag) -> Tag | None:
        """The option a list shows as chosen: the one marked selected, else the first."""
        return select.find("option", selected=True) or select.find("option")

    # What a browser would have run or shown, had this page been opened in one.

    def active_content(self) -> list[str]:
        """Everything on the page that would run or load in a browser but is not the simulator's own:
        a script not from its static files, any image (its pages carry none), any event-handler
        attribute, a javascript: address. What a person typed must never become one of these."""
        found = []
        for script in self.soup.find_all("script"):
            if not OWN_SCRIPT.match(script.get("src", "")):
                found.append(str(script)[:120])
        found += [str(image)[:120] for image in self.soup.find_all("img")]
        for element in self.soup.find_all(True):
            handlers = [name for name in element.attrs if HANDLER_ATTRIBUTE.match(name)]
            if handlers:
                found.append(f"<{element.name} {' '.join(handlers)}=...>")
            for name in ("href", "src", "action", "formaction"):
                if str(element.get(name, "")).strip().lower().startswith("javascript:"):
                    found.append(f"<{element.name} {name}={element[name]!r}>")
        return found

    def content_security_policy(self) -> str:
        return self.response.headers.get("Content-Security-Policy", "") if self.response is not None else ""
