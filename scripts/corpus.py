"""Reading the JSONL corpora the scripts check `lede batch` output against."""
import json


def texts_by_id(path):
    """Each line's "text" by its "id" (blank lines skipped)."""
    texts = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                request = json.loads(line)
                texts[request.get("id")] = request["text"]
    return texts
