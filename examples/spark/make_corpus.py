#!/usr/bin/env python3
"""Writes a corpus of COUNT articles made from a smaller JSONL corpus, for timing batch runs.

Article j is source article j mod N, its body paragraphs rotated by j div N (the first paragraph,
the headline, stays first), so the copies are different texts; each gets the id "a00000", "a00001", ...
Only "id", "title" (when the source has one) and "text" are written.

Usage: make_corpus.py SOURCE.jsonl COUNT OUT.jsonl
  e.g. make_corpus.py quotes_polnear_dev.jsonl 10000 /tmp/corpus-10k.jsonl
"""
import json
import sys


def variant(text: str, turn: int) -> str:
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:1], paragraphs[1:]
    if body:
        turn %= len(body)
        body = body[turn:] + body[:turn]
    return "\n\n".join(head + body)


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    articles = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
    articles = [a for a in articles if isinstance(a.get("text"), str) and a["text"].strip()]
    if not articles:
        sys.exit(f"{source}: no line with a non-empty \"text\"")
    with open(out, "w", encoding="utf-8") as f:
        for j in range(count):
            article = articles[j % len(articles)]
            line = {"id": f"a{j:05d}"}
            if isinstance(article.get("title"), str):
                line["title"] = article["title"]
            line["text"] = variant(article["text"], j // len(articles))
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{out}: {count} articles from {len(articles)} in {source}", file=sys.stderr)


if __name__ == "__main__":
    main()
