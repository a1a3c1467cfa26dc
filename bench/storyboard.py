"""What --storyboard costs: the smoke run with and without it, and the size of what it leaves, extrapolated
to the whole suite by its steps."""

import json
import subprocess
import sys
from pathlib import Path
from statistics import median

from pytest_bdd.feature import get_features

from report.storyboard import SIZE_BOUND_MB

from .servers import ROOT


def suite_steps(features: Path = ROOT / "features") -> int:
    """Steps the whole suite takes in one browser: each scenario's (and each example's), Background included."""
    steps = 0
    for feature in get_features([str(path) for path in sorted(features.glob("*.feature"))]):
        for template in feature.scenarios.values():
            runs = sum(len(table.examples) for table in template.examples) if template.templated else 1
            steps += runs * (len(template.all_background_steps) + len(template.steps))
    return steps


def size(output: Path, browsers: int = 2) -> dict:
    """A storyboard run's pictures and report, and the whole suite's extrapolated from its bytes per step."""
    subprocess.run([sys.executable, "-m", "report", str(output)], cwd=ROOT, capture_output=True,  # noqa: S603
                   timeout=300, check=True)
    results = json.loads((output / "results.json").read_text(encoding="utf-8"))["results"]
    frames = [frame for result in results for frame in result.get("storyboard") or []]
    pictures = [path for path in (output / "storyboard").glob("*.webp")]
    folder = sum(path.stat().st_size for path in pictures)
    per_step = folder / len(frames) if frames else 0.0
    whole = suite_steps() * browsers
    return {"runs": len(results), "steps": len(frames), "steps_with_picture": sum(bool(f["image"]) for f in frames),
            "files": len(pictures), "folder_bytes": folder, "bytes_per_file": round(folder / max(len(pictures), 1)),
            "bytes_per_step": round(per_step), "report_html_bytes": (output / "report.html").stat().st_size,
            "whole_suite_steps": whole, "whole_suite_mb": round(per_step * whole / 1e6, 1), "bound_mb": SIZE_BOUND_MB}


def cost(without: list[dict], with_storyboard: list[dict]) -> dict:
    """Seconds with and without, paired run by run, and the median extra share."""
    pairs = list(zip(without, with_storyboard, strict=True))
    extra = [w["seconds"] - o["seconds"] for o, w in pairs]
    return {"pairs": len(pairs), "seconds_without": [o["seconds"] for o in without],
            "seconds_with": [w["seconds"] for w in with_storyboard], "extra_seconds_median": round(median(extra), 1),
            "extra_share_median": round(median(e / o["seconds"] for e, (o, _) in zip(extra, pairs, strict=True)), 3),
            "size": with_storyboard[-1].get("storyboard_size")}


def describe(figures: dict) -> str:
    size_ = figures["size"] or {}
    line = (f"--storyboard on the smoke run, {figures['pairs']} pair(s): {figures['seconds_without']} s without, "
            f"{figures['seconds_with']} s with; median +{figures['extra_seconds_median']} s "
            f"(+{figures['extra_share_median']:.0%})")
    if size_:
        verdict = "within" if size_["whole_suite_mb"] <= size_["bound_mb"] else "OVER"
        line += (f"\n  {size_['steps']} steps, {size_['steps_with_picture']} pictured, {size_['files']} distinct "
                 f"pictures, {size_['folder_bytes'] / 1e6:.1f} MB ({size_['bytes_per_file'] / 1000:.1f} kB a "
                 f"picture, {size_['bytes_per_step'] / 1000:.1f} kB a step); report.html "
                 f"{size_['report_html_bytes'] / 1e6:.1f} MB\n  the whole suite's {size_['whole_suite_steps']} "
                 f"steps: about {size_['whole_suite_mb']} MB, {verdict} the stated bound of {size_['bound_mb']:g} MB")
    return line
