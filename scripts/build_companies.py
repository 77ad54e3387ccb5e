#!/usr/bin/env python3
"""Build Lede's list of well-known companies from an openly licensed source.

Writes (deterministic, sorted) Sources/Models/Resources/companies.txt: one name per line, as
news copy writes it ("Toyota", "Societe Generale", "Booz Allen Hamilton").

Source (see Sources/Models/Resources/GAZETTEERS.md): PyPI `pytickersymbols` 1.17.10 (MIT), the
members of twenty stock indices (S&P 500, NASDAQ 100, FTSE 100, DAX, CAC 40, NIKKEI 225, ...),
each with its name and its Wikipedia article's title.

Each company gives its listed name and its article title, each also without a trailing legal
form ("Inc.", "plc", "N.V.", "Group", ...) and in an accent-free spelling. A name of one or two
characters, or one that is only a country, a continent, a first name or a lowercase English word,
is left out: the list names companies, and the entity rule that reads it only retypes names the
tagger found, so a name that is mostly something else would only do harm.

Usage: pip install pytickersymbols==1.17.10 && python3 scripts/build_companies.py
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from urllib.parse import unquote

try:
    from pytickersymbols import PyTickerSymbols
except ImportError:
    sys.exit("pip install pytickersymbols==1.17.10")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(ROOT, "Sources", "Models", "Resources")

# Legal forms and holding words that news copy leaves off ("Chubb Limited" is "Chubb").
LEGAL_FORMS = {
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "limited", "ltd",
    "ltd.", "plc", "llc", "l.p.", "lp", "n.v.", "nv", "s.a.", "sa", "se", "ag", "a/s", "asa", "ab", "oyj",
    "s.p.a.", "spa", "holdings", "holding", "group", "&", "the", "k.k.", "kgaa", "reit",
}


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def without_legal_form(name: str) -> str:
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def article_title(url: str | None) -> str | None:
    if not url or "/wiki/" not in url:
        return None
    title = unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ")
    return re.sub(r"\s*\([^)]*\)$", "", title)


def load_words(path: str) -> set[str]:
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def main() -> None:
    common = load_words(os.path.join(RESOURCES, "common-words.txt"))
    excluded_categories = {"COUNTRY", "CONTINENT", "FIRST_MALE", "FIRST_FEMALE", "FIRST_AMBIGUOUS", "NATIONALITY"}
    excluded = set()
    with open(os.path.join(RESOURCES, "gazetteer.tsv"), encoding="utf-8") as f:
        for line in f:
            phrase, _, category = line.rstrip("\n").partition("\t")
            if category in excluded_categories:
                excluded.add(phrase.lower())

    names: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        given = [stock.get("name"), article_title((stock.get("metadata") or {}).get("wikipedia_url"))]
        for name in given:
            if not name:
                continue
            name = " ".join(name.split())
            for form in {name, without_legal_form(name)}:
                for spelling in {form, ascii_fold(form)}:
                    low = spelling.lower()
                    if len(spelling) <= 2 or low in common or low in excluded or "," in spelling or "\t" in spelling:
                        continue
                    names.add(spelling)

    with open(os.path.join(RESOURCES, "companies.txt"), "w", encoding="utf-8", newline="\n") as f:
        for name in sorted(names):
            f.write(name + "\n")
    print(f"COMPANIES\t{len(names)}")


if __name__ == "__main__":
    main()
