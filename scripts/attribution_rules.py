#!/usr/bin/env python3
"""How often each attribution rule is right: per rule, the quotes Lede gave, the share that match a
gold attribution (real speech) and the share that also have the right speaker, with the confidence
the rule carries (AttributionRule.swift), the share right for speakers resolved to an entity or
pronoun and for unresolved descriptions, and the share right among quotes of confidence >= 0.8.

  lede batch GOLD.jsonl > SYSTEM.jsonl
  scripts/attribution_rules.py GOLD.jsonl SYSTEM.jsonl EVAL_DIR

EVAL_DIR holds score_quotes.py, whose matching this uses (a span overlapping a gold attribution by
half the longer; a speaker mention or any mention of its entity overlapping the gold source).
"""
import collections
import json
import sys

gold_path, system_path, eval_dir = sys.argv[1:4]
sys.path.insert(0, eval_dir)
from score_quotes import matches, overlap, speaker_spans  # noqa: E402

gold = {}
for line in open(gold_path, encoding="utf-8"):
    item = json.loads(line)
    gold[item["id"]] = item["quotes"]
PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "his", "its", "their"}
stats = collections.defaultdict(lambda: {"n": 0, "real": 0, "right": 0, "confidence": 0.0, "unresolved": 0, "unresolved_right": 0})
high = [0, 0]
for line in open(system_path, encoding="utf-8"):
    response = json.loads(line)
    for quote in response["quotes"]:
        found = [g for g in gold.get(response["id"], []) if matches(quote, g)]
        spans = speaker_spans(response, quote) if found else []
        right = any(g.get("speaker_start") is not None
                    and any(overlap(a, b, g["speaker_start"], g["speaker_end"]) > 0 for a, b in spans) for g in found)
        speaker = quote.get("speaker")
        # A description no entity or pronoun link resolves ("the streets"): its confidence is lowered.
        unresolved = bool(speaker) and speaker["entity"] is None and speaker["text"].lower() not in PRONOUNS
        row = stats[quote["rule"]]
        row["n"] += 1
        row["real"] += bool(found)
        row["right"] += right
        row["unresolved"] += unresolved
        row["unresolved_right"] += unresolved and right
        row["confidence"] = max(row["confidence"], quote["confidence"])
        if quote["confidence"] >= 0.8:
            high[0] += 1
            high[1] += right
expected = observed = 0.0
for rule, row in sorted(stats.items(), key=lambda item: -item[1]["n"]):
    resolved = row["n"] - row["unresolved"]
    resolved_right = row["right"] - row["unresolved_right"]
    print(f"{rule:40s} n={row['n']:5d} real={row['real'] / row['n']:.2f} right={row['right'] / row['n']:.2f} "
          f"confidence={row['confidence']} resolved={resolved_right / max(1, resolved):.2f} "
          f"unresolved={row['unresolved_right'] / max(1, row['unresolved']):.2f} (n={row['unresolved']})")
    if resolved >= 10 and row["unresolved"] >= 10:
        expected += row["unresolved"] * resolved_right / resolved
        observed += row["unresolved_right"]
print(f"unresolved speakers right {observed / max(1.0, expected):.2f} times as often as resolved ones of the same rule")
print(f"confidence >= 0.8: {high[1]} of {high[0]} right ({high[1] / max(1, high[0]):.3f})")
