#!/usr/bin/env python3
"""The share of articles whose response `title` is the headline, the first line of the text.

  scripts/title_check.py REQUESTS.jsonl RESPONSES.jsonl [-v]

Run `lede batch` on requests without a "title" field (else the title is the client's). The first
line counts as the headline without a closing period that a feed joined on (also one just inside a
closing quote) and without a final ";" that joins a subheadline. -v lists the misses.
"""
import json
import re
import sys

from corpus import texts_by_id


def headline(line):
    line = line.strip().rstrip(";").strip()
    return re.sub(r"\.(['’”\"]*)$", r"\1", line)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    verbose = "-v" in sys.argv[3:]
    texts = texts_by_id(sys.argv[1])
    total = equal = 0
    with open(sys.argv[2], encoding="utf-8") as handle:
        for line in handle:
            response = json.loads(line)
            text = texts.get(response.get("id"))
            if text is None:
                continue
            total += 1
            first = next((l for l in text.split("\n") if l.strip()), "")
            if headline(response.get("title") or "") == headline(first):
                equal += 1
            elif verbose:
                print(f"{response.get('id')}: {first!r} -> {response.get('title')!r}")
    print(f"title equals the first line: {equal}/{total} = {equal / max(total, 1):.1%}")


if __name__ == "__main__":
    main()
