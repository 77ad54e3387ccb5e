#!/usr/bin/env python3
"""Writes Sources/Server/Resources/openapi.json, Lede's OpenAPI 3.1 document.

The document is data, but written by this script so that shared pieces (the error responses,
the span fields) are defined once. Run it after changing the interface; a test checks that
live responses match the schemas.
"""
import json, os

ERROR_STATUSES = {
    "400": "Bad JSON, missing or non-string `text`, invalid UTF-8, a gzip body that cannot be decoded (`invalid_gzip`), or malformed HTTP.",
    "401": "`LEDE_API_KEYS` or `LEDE_API_KEYS_FILE` is set and the request has no valid `Authorization: Bearer` key.",
    "404": "No such route.",
    "405": "Wrong method; `Allow` lists the right ones.",
    "408": "The request head or body did not arrive in time.",
    "411": "POST without Content-Length or chunked body.",
    "413": "The body (after gzip decoding) is larger than `LEDE_MAX_BODY_BYTES`.",
    "414": "The request line is longer than 8 KiB.",
    "415": "Unsupported Content-Type or Content-Encoding.",
    "417": "An Expect other than 100-continue.",
    "422": "Read, but not analysed: the text is in a language Lede cannot read (`unsupported_language`, naming it; "
           "send `\"language\": \"en\"` to analyse it as English anyway), or an HTML page has no article text (`no_article_text`).",
    "431": "The header section is larger than 32 KiB or has more than 100 fields.",
    "501": "A transfer coding other than chunked.",
    "503": "Overloaded (queue full, too many connections, or the analyses running now hold the memory budget `LEDE_MEMORY_BUDGET`: "
           "code `memory_budget_exhausted`) or draining; see `Retry-After`.",
    "505": "An HTTP version other than 1.0 or 1.1.",
}

def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}

def error_responses(codes):
    return {c: {"$ref": f"#/components/responses/E{c}"} for c in codes}

span_props = {
    "text": {"type": "string", "description": "Exactly the input's slice [start, end)."},
    "start": {"type": "integer", "minimum": 0},
    "end": {"type": "integer", "minimum": 0},
}

ENTITY_TYPES = ["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"]

schemas = {
    "AnalysisRequest": {
        "type": "object", "additionalProperties": False,
        "oneOf": [{"required": ["text"]}, {"required": ["html"]}],
        "description": "Strict: an unknown field is a 400 `unknown_field` that names it. Send `text` or `html`, not both.",
        "properties": {
            "text": {"type": "string", "description": "The article body."},
            "html": {"type": "string",
                     "description": "A web page instead of `text`: its article (headline and body paragraphs, without "
                                    "navigation, scripts, comments, related links or footers) is extracted, analysed and "
                                    "returned as the response's `text`, which every offset then counts into."},
            "language": {"type": ["string", "null"], "enum": ["en", None],
                         "description": "\"en\" analyses the text as English without identifying its language; "
                                        "without it, text in another language gets 422 `unsupported_language`."},
            "title": {"type": ["string", "null"], "description": "The headline, when known; otherwise Lede finds it."},
            "id": {"type": ["string", "number", "null"], "description": "Echoed back unchanged."},
            "offsets": {"type": ["string", "null"], "enum": ["codepoint", "utf16", "utf8", None],
                        "description": "Unit of response offsets (default codepoint)."},
            "syntax": {"type": ["boolean", "null"],
                       "description": "Adds `tokens`: every token of the article's sentences with its part of "
                                      "speech and dependency parse (default false)."},
            "encodingType": {"type": ["string", "null"], "enum": ["UTF8", "UTF16", "UTF32", None],
                             "description": "Google-style spelling of `offsets` (UTF32 = codepoint); send one or the other."},
        },
    },
    "AnalysisResponse": {
        "type": "object",
        "required": ["id", "language", "offsets", "title", "subtitle", "dateline", "source", "entities", "quotes",
                     "claims", "notes"],
        "properties": {
            "id": {"type": ["string", "number", "null"]},
            "language": {"type": "string",
                         "description": "The identified language (ISO 639-1); always \"en\" in an analysis, since other languages are refused."},
            "offsets": {"type": "string", "enum": ["codepoint", "utf16", "utf8"]},
            "text": {"type": "string",
                     "description": "Only for HTML input: the article's text as extracted (headline, then the paragraphs, "
                                    "a blank line between each); every offset counts into it."},
            "title": {"type": ["string", "null"],
                      "description": "The headline: the client's `title`, or the text's first line when it is short and "
                                     "followed by a blank line or the body, without a closing period a feed joined on."},
            "subtitle": {"type": ["string", "null"],
                         "description": "The subheadline: the line right under the headline, or the one after a headline "
                                        "that ends in \";\"."},
            "dateline": {"type": ["string", "null"], "description": "The place of a dateline (\"LONDON (Reuters) - \" gives \"LONDON\")."},
            "source": {"type": ["string", "null"],
                       "description": "The agency a dateline names (\"Reuters\"); it is also an ORG entity."},
            "entities": {"type": "array", "items": ref("Entity")},
            "quotes": {"type": "array", "items": ref("Quote")},
            "claims": {"type": "array", "items": ref("Claim")},
            "notes": {"type": "array", "items": ref("Note"),
                      "description": "Corrections, editor's notes and credits (bylines, reporting and photo credits) "
                                     "found in the text, in order. Their text, like that of subheads, captions, contact "
                                     "lines and source lists, is never an entity, quote or claim."},
            "tokens": {"type": "array", "items": ref("SyntaxToken"),
                       "description": "Only when the request sets `syntax`: the tokens of every sentence, in order."},
        },
    },
    "SyntaxToken": {
        "type": "object", "required": ["text", "start", "end", "pos", "head", "dep"],
        "properties": {
            "text": {"type": "string"},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "pos": {"type": "string", "description": "Universal Dependencies part of speech (UPOS).",
                    "enum": ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
                             "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]},
            "head": {"type": "integer", "description": "Index of the head in `tokens`; -1 for a sentence's root."},
            "dep": {"type": "string", "description": "Universal Dependencies relation to the head, e.g. nsubj, "
                                                      "nsubj:pass, ccomp, root."},
        },
    },
    "Entity": {
        "type": "object", "required": ["id", "name", "type", "salience", "titles", "mentions"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string", "description": "The fullest proper name."},
            "type": {"type": "string", "enum": ENTITY_TYPES},
            "salience": {"type": "number", "minimum": 0, "maximum": 1},
            "titles": {"type": "array", "items": {"type": "string"}},
            "mentions": {"type": "array", "items": ref("Mention")},
        },
    },
    "Mention": {
        "type": "object", "required": ["text", "start", "end", "kind"],
        "properties": dict(span_props, kind={"type": "string", "enum": ["name", "pronoun", "nominal"]}),
    },
    "Span": {"type": "object", "required": ["text", "start", "end"], "properties": span_props},
    "Note": {
        "type": "object", "required": ["kind", "text", "start", "end"],
        "properties": dict(span_props, kind={"type": "string", "enum": ["correction", "editors_note", "credit"]}),
    },
    "Speaker": {
        "type": "object", "required": ["name", "entity", "text", "start", "end"],
        "properties": dict(span_props, name={"type": "string"}, entity={"type": ["string", "null"]}),
    },
    "Quote": {
        "type": "object",
        "required": ["id", "kind", "text", "start", "end", "speaker", "cue", "confidence", "rule"],
        "properties": dict(span_props,
            id={"type": "string"},
            kind={"type": "string", "enum": ["direct", "indirect", "mixed"]},
            speaker={"oneOf": [ref("Speaker"), {"type": "null"}]},
            cue={"oneOf": [ref("Span"), {"type": "null"}]},
            confidence={"type": "number", "minimum": 0, "maximum": 1,
                        "description": "How often the rule is right on PolNeAR dev (real speech with the right speaker), "
                                       "times 0.85 for a speaker that is an unresolved description."},
            rule={"type": "string", "description": "The attribution rule that found the speaker."}),
    },
    "Claimant": {
        "type": "object", "required": ["name", "entity"],
        "properties": {"name": {"type": "string"}, "entity": {"type": ["string", "null"]}},
    },
    "Claim": {
        "type": "object",
        "required": ["id", "text", "start", "end", "checkworthiness", "types", "claimant", "quote", "hedged", "stance", "entities"],
        "properties": dict(span_props,
            id={"type": "string"},
            checkworthiness={"type": "number", "minimum": 0, "maximum": 1},
            types={"type": "array", "items": {"type": "string"}},
            claimant={"oneOf": [ref("Claimant"), {"type": "null"}]},
            quote={"type": ["string", "null"]},
            hedged={"type": "boolean"},
            stance={"type": "string", "enum": ["asserts", "denies", "questions"],
                    "description": "How the claimant relates to the claim: \"X denied that Y\" gives Y with claimant X and stance denies."},
            entities={"type": "array", "items": {"type": "string"}},
            facets={"type": "object", "description": "Where present: the numbers (with units), time expressions and places inside the claim.",
                    "properties": {k: {"type": "array", "items": ref("Span")} for k in ["numbers", "dates", "places"]}}),
    },
    "Error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["code", "message"],
                                 "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}},
    },
    "LineError": {
        "type": "object", "required": ["line", "error"],
        "properties": {"line": {"type": "integer", "minimum": 1},
                       "id": {"type": ["string", "number"], "description": "The line's `id`, when the line could be read far enough to have one."},
                       "error": {"type": "object", "required": ["code", "message"],
                       "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}},
    },
    "Status": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string"}}},
}

json_content = lambda schema: {"application/json": {"schema": schema}}
request_id = {"X-Request-Id": {"description": "Echoed from the request, or generated.", "schema": {"type": "string"}}}

doc = {
    "openapi": "3.1.0",
    "info": {
        "title": "Lede",
        "version": "0.1.0",
        "description": "Reads a news article and returns its entities, quotes (with speakers) and check-worthy claims. "
                       "Request and response bodies may be gzip-encoded (Content-Encoding / Accept-Encoding). "
                       "With LEDE_CORS_ORIGINS set, pages on those origins get CORS headers on every answer and "
                       "preflights (OPTIONS with Access-Control-Request-Method) are answered 204 without a key.",
        "license": {"name": "Apache License 2.0", "identifier": "Apache-2.0"},
    },
    "servers": [{"url": "http://127.0.0.1:8080"}],
    "components": {
        "schemas": schemas,
        "responses": {c: None for c in []},
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                       "description": "Needed on every route but /healthz and /readyz when LEDE_API_KEYS or LEDE_API_KEYS_FILE is set."}},
    },
    "security": [{}, {"bearer": []}],
    "paths": {
        "/v1/analyze": {"post": {
            "summary": "Analyse one article.",
            "operationId": "analyze",
            "parameters": [
                {"name": "format", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": ["json", "html"]}, "description": "html: the annotated page."},
                {"name": "fragment", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": ["1"]}, "description": "With format=html: the annotated part only."},
                {"name": "offsets", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": ["codepoint", "utf16", "utf8"]},
                 "description": "For text/plain and text/html bodies: the unit of response offsets (a JSON body says it in the object)."},
                {"name": "id", "in": "query", "required": False, "schema": {"type": "string", "minLength": 1},
                 "description": "For text/plain and text/html bodies: echoed back as `id` (percent-decoded)."},
                {"name": "syntax", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": ["true", "false"]},
                 "description": "For text/plain and text/html bodies: `true` adds `tokens`, as `\"syntax\": true` does in a JSON body; "
                                "with format=html the page then draws each sentence's dependency tree, folded until opened."},
            ],
            "requestBody": {"required": True, "content": {
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string",
                                         "description": "A news page (UTF-8): its article's text is extracted and analysed, and returned as `text`."}},
                "application/json": {"schema": ref("AnalysisRequest")},
            }},
            "responses": dict({"200": {"description": "The analysis.", "headers": request_id, "content": {
                "application/json": {"schema": ref("AnalysisResponse")},
                "text/html": {"schema": {"type": "string"}},
            }}}, **error_responses(["400", "401", "408", "411", "413", "415", "422", "503"])),
        }},
        "/v1/analyze/batch": {"post": {
            "summary": "Analyse many articles: one request object per line in, one response (or error object) per line out, in order.",
            "description": "The response is streamed (chunked) as each article finishes; reading pauses while too many "
                           "articles wait, so any length of input runs in bounded memory. A line that is not a valid request, "
                           "or is longer than LEDE_MAX_BODY_BYTES, gets an error object with its line number; the rest go on. "
                           "Each line draws on the memory budget like a single analysis: a line that does not fit while others run "
                           "gets an error object with code `memory_budget_exhausted` (send it again). "
                           "With Accept-Encoding: gzip the stream is gzip-encoded, flushed after each batch of answers so every line "
                           "decodes as it arrives. An empty body (no line) is answered at once with 200 and an empty body. The 200 leaves with the first answer: "
                           "a gzip body whose header is invalid gets 400 `invalid_gzip`; a body that breaks after that (corrupt or "
                           "truncated gzip, broken chunking, a stall beyond the body timeout) ends with one more error object "
                           "(`invalid_gzip`, `malformed_chunk`, `request_timeout`) and the stream's proper end, and the connection closes.",
            "operationId": "analyzeBatch",
            "requestBody": {"required": True, "content": {
                "application/x-ndjson": {"schema": {"type": "string"}, "x-item-schema": ref("AnalysisRequest")},
            }},
            "responses": dict({"200": {"description": "One line per input line (none for an empty body).", "headers": request_id, "content": {
                "application/x-ndjson": {"schema": {"type": "string"}, "x-item-schema": {"oneOf": [ref("AnalysisResponse"), ref("LineError")]}},
            }}}, **error_responses(["400", "401", "408", "411", "415", "503"])),
        }},
        "/healthz": {"get": {"summary": "200 while the process lives.", "operationId": "health", "security": [{}],
                             "responses": {"200": {"description": "Alive.", "content": json_content(ref("Status"))}}}},
        "/readyz": {"get": {"summary": "200 once models are loaded, 503 while draining.", "operationId": "ready", "security": [{}],
                            "responses": dict({"200": {"description": "Ready.", "content": json_content(ref("Status"))}},
                                              **error_responses(["503"]))}},
        "/metrics": {"get": {"summary": "Prometheus text format.", "operationId": "metrics",
                             "responses": dict({"200": {"description": "Metrics.", "content": {"text/plain": {"schema": {"type": "string"}}}}},
                                               **error_responses(["401"]))}},
        "/openapi.json": {"get": {"summary": "This document.", "operationId": "openapi",
                                  "responses": dict({"200": {"description": "OpenAPI 3.1.", "content": json_content({"type": "object"})}},
                                                    **error_responses(["401"]))}},
        "/": {"get": {"summary": "A page to paste an article and see it annotated.", "operationId": "page",
                      "responses": dict({"200": {"description": "HTML.", "content": {"text/html": {"schema": {"type": "string"}}}}},
                                        **error_responses(["401"]))}},
    },
}
doc["components"]["responses"] = {
    f"E{code}": {"description": text, "headers": request_id, "content": json_content(ref("Error"))}
    for code, text in ERROR_STATUSES.items()
}

root = os.path.join(os.path.dirname(__file__), "..")
with open(os.path.join(root, "Sources/Server/Resources/openapi.json"), "w") as f:
    json.dump(doc, f, indent=2)
    f.write("\n")
