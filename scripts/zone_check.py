#!/usr/bin/env python3
"""Counts claims, quotes and entity mentions that lie on lines which are not the story's text:
bylines and credits, corrections and editor's notes, and "Follow ... on Twitter" / contact lines.

  scripts/zone_check.py REQUESTS.jsonl RESPONSES.jsonl [-v]

REQUESTS: the JSONL given to `lede batch` (each line with "text" and "id"); RESPONSES: its
output. The lines are found here with regular expressions of their own, independent of Lede's
text stage, so the count checks Lede rather than repeating it. Offsets are code points (the
default unit). Prints the count per kind of line and per kind of output item; -v lists each hit.
"""
import json
import re
import sys

from corpus import texts_by_id

LINE_KINDS = [
    ("byline", re.compile(r"^\W{0,3}by\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*)*\s*([,|].{0,60})?$")),
    ("credit", re.compile(r"(reporting by|editing by|writing by|additional reporting|contributed reporting|"
                          r"contributed to this (report|article|story)|^\W{0,3}(photo|image|credit|picture)s?\s*(:|by|credit))",
                          re.I)),
    ("correction", re.compile(r"^\W{0,3}(correction|clarification)s?\b(?!\s+[a-z])|"
                              r"^\W{0,3}(update[d]?\W+)?(this|the) (article|story|post|report|piece) (has been|was|had been) "
                              r"(updated|corrected|amended|revised|clarified|changed)|"
                              r"^\W{0,3}(an earlier|a previous) version", re.I)),
    ("editors_note", re.compile(r"^\W{0,3}(editor|editors)['’]?s?['’]? note|^\W{0,3}note to (our )?readers", re.I)),
    ("follow", re.compile(r"(^|[.!?]\s+)\W{0,3}(follow|you can follow|email|e-mail|contact|reach)\b[^.!?]{0,80}"
                          r"(twitter|facebook|instagram|@)", re.I)),
]


def zone_lines(text):
    """(kind, start, end) for every line of the text that one of the patterns names."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            for kind, pattern in LINE_KINDS:
                if pattern.search(stripped):
                    lines.append((kind, offset, offset + len(line)))
                    break
        offset += len(line) + 1
    return lines


def spans(response):
    """(what, text, start, end) of every claim, quote and entity mention."""
    for claim in response.get("claims") or []:
        yield "claim", claim.get("text"), claim["start"], claim["end"]
    for quote in response.get("quotes") or []:
        yield "quote", quote.get("text"), quote["start"], quote["end"]
    for entity in response.get("entities") or []:
        for mention in entity.get("mentions") or []:
            yield "mention", mention.get("text"), mention["start"], mention["end"]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    verbose = "-v" in sys.argv[3:]
    requests = texts_by_id(sys.argv[1])
    counts = {}
    lines_seen = {}
    with open(sys.argv[2], encoding="utf-8") as handle:
        for line in handle:
            response = json.loads(line)
            text = requests.get(response.get("id"))
            if text is None or "error" in response:
                continue
            zones = zone_lines(text)
            for kind, _, _ in zones:
                lines_seen[kind] = lines_seen.get(kind, 0) + 1
            for what, item, start, end in spans(response):
                for kind, zone_start, zone_end in zones:
                    if start < zone_end and end > zone_start:
                        counts[(kind, what)] = counts.get((kind, what), 0) + 1
                        if verbose:
                            print(f"{response.get('id')}: {what} {item!r} on a {kind} line: {text[zone_start:zone_end][:100]!r}")
    print("lines found: " + ", ".join(f"{kind} {count}" for kind, count in sorted(lines_seen.items())))
    for (kind, what), count in sorted(counts.items()):
        print(f"{kind:13} {what:8} {count}")
    print(f"total on byline/credit/correction/editor's-note/follow lines: {sum(counts.values())}")


if __name__ == "__main__":
    main()
