"""The report's storyboard (--storyboard): each step's picture per browser, a step without its picture flagged."""

import json
from pathlib import Path

import pytest
from sample_run import FEATURE, load_run, sample_run

from report.model import FAILED, PASSED
from report.render import write


@pytest.fixture
def run(tmp_path: Path) -> Path:
    """The sample run's output folder (sample_run.py)."""
    return sample_run(tmp_path)

def frame(line: int, outcome: str = "passed", image: str | None = None, note: str | None = None) -> dict:
    return {"line": line, "keyword": "When", "text": "", "outcome": outcome, "image": image,
            "width": 640, "height": 360, "note": note}


def test_a_storyboard_run_shows_each_step_per_browser_and_flags_a_step_without_its_picture(run):
    summary = json.loads((run / "results.json").read_text(encoding="utf-8"))
    lines = [number for number, text in enumerate(FEATURE.splitlines(), 1)
             if text.strip() in ("Given a visitor is on the sign-in page", "When Avery signs in",
                                 "Then the access log shows a sign-in", "And the log keeps it")]
    (run / "storyboard").mkdir()
    for name in ("a.webp", "b.webp", "c.webp"):
        (run / "storyboard" / name).write_bytes(b"RIFF-a-picture")
    frames = {
        "chromium": [frame(lines[0], note="nothing on screen yet"), frame(lines[1], image="storyboard/a.webp"),
                     frame(lines[2], image="storyboard/gone.webp")],  # and none for the last step
        "firefox": [frame(lines[0], note="nothing on screen yet"), frame(lines[1], image="storyboard/b.webp"),
                    frame(lines[2], "failed", image="storyboard/c.webp")],
    }
    for result in summary["results"]:
        if result["location"] and result["location"]["name"] == "Access is logged":
            result["storyboard"] = frames[result["browser"]]
    (run / "results.json").write_text(json.dumps({**summary, "storyboard": True}), encoding="utf-8")
    report = load_run(run)
    logged = next(s for f in report.features for s in f.scenarios if s.name == "Access is logged")
    chromium, firefox = logged.runs["chromium"], logged.runs["firefox"]
    assert chromium.storyboard_problems == ["step 3: its picture storyboard/gone.webp is missing",
                                            "step 4: no picture was recorded"]
    assert firefox.storyboard_problems == []
    assert [frame.outcome if frame else None for frame in firefox.frames] == [PASSED, PASSED, FAILED, None]
    assert [gap[2] for gap in report.storyboard_gaps() if gap[0] is logged] == [chromium]
    assert report.storyboard_size() == (3, 3 * len(b"RIFF-a-picture"))
    page = write(report).read_text(encoding="utf-8")
    assert "without a picture for every step that ran" in page
    anchor = logged.storyboard_anchor()
    assert f'href="#{anchor}"' in page and f'id="{anchor}"' in page, "the warning links to the storyboard"
    assert 'src="storyboard/b.webp" loading="lazy"' in page and "failed here" in page
