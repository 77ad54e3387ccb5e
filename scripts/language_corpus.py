#!/usr/bin/env python3
"""Builds the language-identification corpus from GNOME's user help (Debian package gnome-user-docs,
CC BY-SA 3.0): every <p> of every page, per translation, split by page into training text and
held-out paragraphs so no held-out paragraph's page was seen in training.

    python3 scripts/language_corpus.py OUT_DIR [--deb gnome-user-docs_*.deb]

Without --deb the package is fetched with `apt-get download`. Writes OUT_DIR/train.jsonl and
OUT_DIR/heldout.jsonl, one {"language", "text"} per line; `lede train language OUT_DIR/train.jsonl`
builds the profile and `lede eval language OUT_DIR/heldout.jsonl` scores it.

A translation leaves untranslated paragraphs in English, so a paragraph that also occurs in the
English original is dropped from every other language.
"""
import argparse, glob, hashlib, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

# Translations with enough text to learn from; the folder name and the code Lede answers with.
LANGUAGES = {
    "C": "en", "ca": "ca", "cs": "cs", "da": "da", "de": "de", "es": "es", "fi": "fi", "fr": "fr",
    "gl": "gl", "hr": "hr", "hu": "hu", "id": "id", "it": "it", "lv": "lv", "nl": "nl", "pl": "pl",
    "pt": "pt", "pt_BR": "pt", "ru": "ru", "sl": "sl", "sr": "sr", "sv": "sv", "uk": "uk", "vi": "vi",
}
HELD_OUT = 1000   # paragraphs per language kept out of training, when the language has enough
MIN_LETTERS = 40  # shorter <p> are GUI labels and fragments, not paragraphs
# Mallard elements holding commands, file names, keys and images' alt text: no language's prose,
# and left untranslated, so they are cut out of the paragraph (a space in their place).
CODE = {"cmd", "code", "file", "sys", "key", "keyseq", "input", "output", "var", "media", "screen"}


def prose(element):
    """The paragraph's text without its code-like parts."""
    def local(tag):
        return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if local(child.tag) in CODE else prose(child))
        parts.append(child.tail or "")
    return "".join(parts)


def paragraphs(root, folder):
    found = []
    for guide in ("gnome-help", "system-admin-guide"):
        directory = os.path.join(root, folder, guide)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".page"):
                continue
            try:
                tree = ET.parse(os.path.join(directory, name))
            except ET.ParseError:
                continue
            for element in tree.iter():
                if element.tag == "p" or element.tag.endswith("}p"):
                    text = re.sub(r"\s+", " ", prose(element)).strip()
                    if sum(character.isalpha() for character in text) >= MIN_LETTERS:
                        found.append((guide + "/" + name, text))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--deb")
    args = parser.parse_args()
    work = tempfile.mkdtemp()
    deb = args.deb
    if deb is None:
        subprocess.run(["apt-get", "download", "gnome-user-docs"], cwd=work, check=True)
        deb = glob.glob(os.path.join(work, "gnome-user-docs_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "x")], check=True)
    root = os.path.join(work, "x", "usr", "share", "help")
    english = {text for _, text in paragraphs(root, "C")}
    by_code = {}
    for folder, code in LANGUAGES.items():
        seen = by_code.setdefault(code, {})
        for page, text in paragraphs(root, folder):
            if (code != "en" and text in english) or text in seen:
                continue
            seen[text] = page
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "train.jsonl"), "w") as train, open(os.path.join(args.out, "heldout.jsonl"), "w") as heldout:
        for code in sorted(by_code):
            pages = {}
            for text, page in by_code[code].items():
                pages.setdefault(page, []).append(text)
            order = sorted(pages, key=lambda page: hashlib.sha1(page.encode()).hexdigest())
            # A language always keeps at least half its text, or 700 paragraphs, for training.
            budget = min(HELD_OUT, max(len(by_code[code]) // 2, len(by_code[code]) - 700))
            kept = 0
            for page in order:
                target = heldout if kept < budget else train
                for text in pages[page]:
                    if target is heldout and kept >= budget:
                        target = train
                    target.write(json.dumps({"language": code, "text": text}, ensure_ascii=False) + "\n")
                    if target is heldout:
                        kept += 1
            print(f"{code}: {len(by_code[code])} paragraphs, {kept} held out", file=sys.stderr)


if __name__ == "__main__":
    main()
