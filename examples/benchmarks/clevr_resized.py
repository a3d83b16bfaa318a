"""CLEVR from pixels on renders that are not at the render size or were recompressed: the val renders resized
(LANCZOS) or saved as JPEG, each variant answered by ``nsvr bench clevr --perception pixels`` as a user would run
it on their own copies.

    python examples/benchmarks/clevr_resized.py [--variants half jpeg70 x1.5] [--split ../shared/clevr-mini/val]

Prints accuracy, wrong and unknown answers per variant (600 questions each on clevr-mini val).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

CLI = "import sys; from nsvr.tasks.cli import main; sys.exit(main())"
VARIANTS = {"half": (0.5, None), "x0.75": (0.75, None), "jpeg70": (1.0, 70), "x1.5": (1.5, None)}


def write_variant(images: Path, out: Path, scale: float, quality: int | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(images.glob("*.png")):
        image = Image.open(path).convert("RGB")
        if scale != 1.0:
            size = (round(image.width * scale), round(image.height * scale))
            image = image.resize(size, Image.Resampling.LANCZOS)
        # the file keeps its name (the questions refer to it); its content is whatever format was written
        image.save(out / path.name, format="JPEG" if quality else "PNG", **({"quality": quality} if quality else {}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=Path, default=Path("../shared/clevr-mini/val"))
    parser.add_argument("--variants", nargs="+", choices=sorted(VARIANTS), default=["half", "x0.75", "jpeg70", "x1.5"])
    args = parser.parse_args(argv)
    if not (args.split / "questions.json").is_file():
        parser.error(f"no questions.json in {args.split}")
    with tempfile.TemporaryDirectory() as work:
        for name in args.variants:
            scale, quality = VARIANTS[name]
            images, results = Path(work) / name / "images", Path(work) / name / "results"
            write_variant(args.split / "images", images, scale, quality)
            command = [sys.executable, "-c", CLI, "bench", "clevr", "--perception", "pixels"]
            command += ["--questions", str(args.split / "questions.json"), "--scenes", str(args.split / "scenes.json")]
            command += ["--images", str(images), "--out", str(results)]
            subprocess.run(command, check=True, capture_output=True)
            summary = json.loads((results / "summary.json").read_text())
            print(
                f"{name:>7}: accuracy {summary['accuracy']:.2f}% of {summary['n']}, "
                f"wrong {summary['wrong']}, unknown {summary['unknown']}"
            )


if __name__ == "__main__":
    main()
