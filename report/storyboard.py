"""--storyboard: a small picture of the page after each step, in each browser, for the report's storyboard.

Which steps: every step once the scenario's page shows something. A step taken while the page is still
blank (a Given that arranges data through the control API before anything is opened) is recorded as
"nothing on screen yet", at no cost; every other step, When, Then or a Given that opened or used the
page, is photographed once it has run, and a step that fails is photographed where it failed. Without
the flag nothing is taken and nothing is paid.

The picture is Playwright's screenshot of the viewport (what the person had on screen), scaled down
to THUMBNAIL_WIDTH pixels and kept as WebP. Identical pictures (a Then step that only checked what
the step before it showed) are one file: the controller names each by its content's hash.
"""

import base64
import io

import pytest
from PIL import Image
from playwright.sync_api import Error as PlaywrightError

OPTION = "--storyboard"
# Where the pictures go, beside report.html.
FOLDER = "storyboard"
THUMBNAIL_WIDTH = 640
WEBP_QUALITY = 50
# The whole suite's storyboard folder stays under this (README, "What a run leaves"); the report warns past it.
SIZE_BOUND_MB = 25
# How long one picture may take before the step is recorded without one.
SCREENSHOT_TIMEOUT_MS = 5_000
BLANK = "about:blank"
# A step taken before the scenario's page showed anything: no picture, and none missing.
NOTHING_ON_SCREEN = "nothing on screen yet"

FRAMES = pytest.StashKey[list]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("cmecf", "CM/ECF acceptance suite").addoption(
        OPTION, action="store_true",
        help="record a small picture of the page after every step, in each browser, for the report's storyboard "
             f"(kept in {FOLDER}/ beside report.html)")


def thumbnail(png: bytes) -> tuple[bytes, int, int]:
    """The screenshot scaled down to THUMBNAIL_WIDTH pixels wide, as WebP, with its width and height."""
    with Image.open(io.BytesIO(png)) as picture:
        picture = picture.convert("RGB")
        if picture.width > THUMBNAIL_WIDTH:
            height = round(picture.height * THUMBNAIL_WIDTH / picture.width)
            # Bilinear (antialiased when it shrinks) keeps text legible at about half Lanczos's time and
            # a sixth fewer bytes once encoded.
            picture = picture.resize((THUMBNAIL_WIDTH, height), Image.Resampling.BILINEAR)
        encoded = io.BytesIO()
        picture.save(encoded, "WEBP", quality=WEBP_QUALITY, method=4)
        return encoded.getvalue(), picture.width, picture.height


def _shown_page(item: pytest.Item):
    """The page the person is looking at: the scenario's newest open page, if it opened one at all."""
    context = item.funcargs.get("context") if hasattr(item, "funcargs") else None
    pages = [page for page in (context.pages if context else []) if not page.is_closed()]
    return pages[-1] if pages else None


def _record(request: pytest.FixtureRequest, step, outcome: str) -> None:
    if not request.config.getoption(OPTION):
        return
    item = request.node
    frame = {"line": step.line_number, "keyword": step.keyword, "text": step.name, "outcome": outcome,
             "image": None, "width": 0, "height": 0, "note": None}
    page = _shown_page(item)
    if page is None or page.url == BLANK:
        frame["note"] = NOTHING_ON_SCREEN
    else:
        try:
            png = page.screenshot(timeout=SCREENSHOT_TIMEOUT_MS)
        except PlaywrightError as cannot:
            frame["note"] = f"no picture: {str(cannot).splitlines()[0]}"
        else:
            picture, frame["width"], frame["height"] = thumbnail(png)
            frame["image"] = base64.b64encode(picture).decode("ascii")
    item.stash.setdefault(FRAMES, []).append(frame)


def pytest_bdd_after_step(request, feature, scenario, step, step_func, step_func_args) -> None:
    _record(request, step, "passed")


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception) -> None:
    _record(request, step, "failed")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # A retry starts its storyboard afresh: the report shows the attempt whose outcome it reports.
    item.stash[FRAMES] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = (yield).get_result()
    if call.when == "call" and item.config.getoption(OPTION):
        # Plain data, so that it travels from an xdist worker to the controller with the report.
        report.storyboard = item.stash.get(FRAMES, [])
