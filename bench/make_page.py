#!/usr/bin/env python3
"""Writes a news page of about 200 KB, shaped as big CMSes serve them (a long article among
navigation, inline scripts and JSON state, ad slots, related links, comments and a footer), to
time `lede bench --html PAGE`:

    python3 bench/make_page.py /tmp/page.html && lede bench --html /tmp/page.html
"""
import sys

SENTENCES = [
    "The council voted on Tuesday to approve the budget, which includes $4.2 million for road repairs.",
    "\u201cWe have waited long enough,\u201d said Mayor Ana Torres, who has promised to fix the bridges by 2028.",
    "Opponents said the plan relied on a tax increase that voters had rejected twice.",
    "The state&rsquo;s auditor found last year that a third of the city&rsquo;s bridges were in poor condition.",
]


def paragraph(index):
    return "<p>" + " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(3)) + "</p>\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "page.html"
    parts = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>City approves road budget | The Daily Example</title>\n"]
    parts.append("<style>" + "".join(f".c{i}{{margin:{i}px;color:#{i:06x}}}" for i in range(600)) + "</style>\n")
    parts.append("<script>window.__STATE__ = " + "{" + ",".join(f'"k{i}":"{"x" * 40}"' for i in range(900)) + "};</script>\n</head><body>\n")
    parts.append("<div class=\"cookie-banner\"><p>We use cookies to personalise content and ads.</p><button>Accept</button></div>\n")
    parts.append("<nav class=\"site-nav\"><ul>" + "".join(f"<li><a href=\"/s{i}\">Section {i}</a></li>" for i in range(120)) + "</ul></nav>\n")
    parts.append("<main><article><h1>City approves road budget</h1><div class=\"byline\">By A. Writer</div><div class=\"article-body\">\n")
    for index in range(60):
        parts.append(paragraph(index))
        if index % 6 == 5:
            parts.append("<div class=\"ad-slot\"><script>googletag.cmd.push(function(){googletag.display('ad%d');});</script></div>\n" % index)
            parts.append("<ul class=\"related-links\">" + "".join(f"<li><a href=\"/r{index}-{k}\">Related story number {k} about the city budget</a></li>" for k in range(4)) + "</ul>\n")
    parts.append("</div></article>\n<section class=\"comments\">")
    for index in range(120):
        parts.append(f"<div class=\"comment\"><p class=\"comment-author\">reader{index}</p><p>I have lived here for {index} years and this is the first budget that does anything for the roads.</p></div>\n")
    parts.append("</section></main>\n<footer class=\"site-footer\">" + "".join(f"<a href=\"/f{i}\">Footer link {i}</a> " for i in range(200)) + "</footer>\n")
    page = "".join(parts)
    while len(page.encode()) < 200_000:
        page += "<!-- " + "padding comment " * 20 + "-->\n"
    page += "</body></html>\n"
    with open(out, "w") as handle:
        handle.write(page)
    print(f"{out}: {len(page.encode())} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
