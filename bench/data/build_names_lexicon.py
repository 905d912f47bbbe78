"""Build the person-name lexicon that modelward ships (src/modelward/data/pii/names.txt.gz).

Source: the U.S. Census Bureau's 1990 name frequency files (dist.male.first, dist.female.first,
dist.all.last; a U.S. government work, public domain), as redistributed in the `names` package on
PyPI (pip download --no-deps names==0.3.0, then unpack). Usage:

    .venv/bin/python bench/data/build_names_lexicon.py PATH/TO/names-0.3.0/names

Output: gzip text, one name per line, "F name" (first) or "L name" (last), lower case, in order of
frequency (most common first), so the detector can weigh a rare name less than a common one.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src" / "modelward" / "data" / "pii" / "names.txt.gz"


def _names(path: Path) -> list[str]:
    return [line.split()[0].lower() for line in path.read_text(encoding="ascii").splitlines() if line.strip()]


def main() -> None:
    src = Path(sys.argv[1])
    female, male = _names(src / "dist.female.first"), _names(src / "dist.male.first")
    first: list[str] = []
    for pair in zip(female, male, strict=False):  # interleave so ranks stay comparable
        first += [n for n in pair if n not in first]
    first += [n for n in female[len(male):] if n not in first]
    last = _names(src / "dist.all.last")
    lines = [f"F {n}" for n in dict.fromkeys(first)] + [f"L {n}" for n in dict.fromkeys(last)]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("ascii"), mtime=0))
    print(f"wrote {OUT}: {len(set(first))} first names, {len(set(last))} last names")


if __name__ == "__main__":
    main()
