"""--storyboard's recorder: nothing without the flag, a small WebP per step with it; no browser."""

import io
from types import SimpleNamespace

import pytest
from PIL import Image

from report import storyboard


class FakePage:
    """A page that counts its screenshots."""

    def __init__(self, url: str):
        self.url = url
        self.screenshots = 0

    def is_closed(self) -> bool:
        return False

    def screenshot(self, **options) -> bytes:
        self.screenshots += 1
        picture = io.BytesIO()
        Image.new("RGB", (1280, 720), "white").save(picture, "PNG")
        return picture.getvalue()


def request_for(page: FakePage | None, flag: bool):
    item = SimpleNamespace(stash=pytest.Stash(),
                           funcargs={"context": SimpleNamespace(pages=[page] if page else [])})
    config = SimpleNamespace(getoption=lambda name: flag if name == storyboard.OPTION else None)
    return SimpleNamespace(config=config, node=item)


STEP = SimpleNamespace(line_number=12, keyword="When", name="Avery signs in")


def after_step(request) -> None:
    storyboard.pytest_bdd_after_step(request, None, None, STEP, None, {})


def test_without_the_flag_nothing_is_recorded_and_no_picture_is_taken():
    page = FakePage("http://127.0.0.1/login")
    request = request_for(page, flag=False)
    after_step(request)
    storyboard.pytest_bdd_step_error(request, None, None, STEP, None, {}, AssertionError("no"))
    assert page.screenshots == 0
    assert storyboard.FRAMES not in request.node.stash


def test_each_step_gets_a_small_webp_of_the_page_it_left():
    page = FakePage("http://127.0.0.1/login")
    request = request_for(page, flag=True)
    after_step(request)
    storyboard.pytest_bdd_step_error(request, None, None, STEP, None, {}, AssertionError("no"))
    first, failed = request.node.stash[storyboard.FRAMES]
    assert page.screenshots == 2
    assert (first["keyword"], first["text"], first["line"], first["outcome"]) == ("When", "Avery signs in", 12,
                                                                                  "passed")
    assert failed["outcome"] == "failed"
    assert (first["width"], first["height"]) == (storyboard.THUMBNAIL_WIDTH, 360)
    assert first["image"] and first["note"] is None


def test_a_step_before_anything_is_on_screen_costs_no_picture():
    page = FakePage(storyboard.BLANK)
    request = request_for(page, flag=True)
    after_step(request)
    [frame] = request.node.stash[storyboard.FRAMES]
    assert page.screenshots == 0
    assert frame["image"] is None and frame["note"] == storyboard.NOTHING_ON_SCREEN


def test_the_thumbnail_is_webp_scaled_to_its_width():
    png = io.BytesIO()
    Image.new("RGB", (1280, 720), "navy").save(png, "PNG")
    picture, width, height = storyboard.thumbnail(png.getvalue())
    with Image.open(io.BytesIO(picture)) as decoded:
        assert (decoded.format, decoded.size) == ("WEBP", (width, height)) == ("WEBP", (640, 360))
