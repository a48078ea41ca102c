#!/usr/bin/env python3
# make_fixtures.py: build the review fixtures (tests/data/review/*.json)
#
# Copyright 2026 The Quotecheck developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: python3 tests/data/review/make_fixtures.py
#
# Two colleagues, Jamie Ortiz (A) and Sam Keller (B), annotated the same two
# invented articles independently; a third file is B's export of article 1
# made from a copy of the text with a typo fixed and one word changed. The
# differences between A and B are listed in README.md with every agreement
# figure worked out by hand; tests/core/test-review.c checks them.
#
# Offsets are never counted by hand: every span is given by its exact text
# (and the occurrence it means); the script finds it and writes Unicode
# code-point offsets (Python str indices, end exclusive), the quote and 32
# characters of prefix and suffix, as Quotecheck JSON version 1 has them
# (docs/quotecheck-json.md). Standard library only.

import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ORIGINAL = (
    "Harbour council split over ferry fares\n"
    "\n"
    "PORTVALE — “Fares will not rise this year,” Mayor Ana Duarte said on Tuesdy. "
    "“We have the money.”\n"
    "\n"
    "Councillor Tom Reyes said that the ferry budget was already overspent by two million.\n"
    "\n"
    "According to the harbour authority, passenger numbers fell by 12 percent in 2025.\n"
    "\n"
    "Duarte called the claim “a fairy tale” and said the audit would clear her.\n"
    "\n"
    "“I have seen the figures,” Reyes said, “and they do not add up.”\n"
    "\n"
    "The authority’s spokesperson, Lena Voss, said the service would run until March.\n"
)

# B's copy of article 1: the typo fixed, "March" changed to "April".
EDITED = ORIGINAL.replace("Tuesdy", "Tuesday").replace("until March", "until April")

SECOND = (
    "Ferry strike ends\n"
    "\n"
    "“We are back at work,” the union leader said. “The deal is fair,” the operator said.\n"
)

URL_1 = "https://portvale.example/news/ferry-fares"
URL_2 = "https://portvale.example/news/ferry-strike"

JAMIE = {"uuid": "a0000000-0000-4000-8000-00000000000a", "name": "Jamie Ortiz"}
SAM = {"uuid": "b0000000-0000-4000-8000-00000000000b", "name": "Sam Keller"}

# Each colleague imported the articles independently: other article UUIDs.
ARTICLES_A = ["a1000000-0000-4000-8000-000000000001", "a1000000-0000-4000-8000-000000000002"]
ARTICLES_B = ["b1000000-0000-4000-8000-000000000001", "b1000000-0000-4000-8000-000000000002"]
ARTICLE_B_EDITED = "b1000000-0000-4000-8000-0000000000e1"

SPEAKERS_A = [
    {"uuid": "a2000000-0000-4000-8000-000000000001", "name": "Ana Duarte", "kind": "person",
     "role": "Mayor of Portvale", "aliases": ["Mayor Ana Duarte", "Duarte"]},
    {"uuid": "a2000000-0000-4000-8000-000000000002", "name": "Tom Reyes", "kind": "person",
     "role": "Councillor", "aliases": ["Councillor Tom Reyes", "Reyes"]},
    {"uuid": "a2000000-0000-4000-8000-000000000003", "name": "Portvale Harbour Authority",
     "kind": "organisation", "role": None, "aliases": ["the harbour authority"]},
]

# B's speakers have their own UUIDs; they match A's by name or alias, except
# Lena Voss, whom A never recorded.
SPEAKERS_B = [
    {"uuid": "b2000000-0000-4000-8000-000000000001", "name": "Ana Duarte", "kind": "person",
     "role": None, "aliases": []},
    {"uuid": "b2000000-0000-4000-8000-000000000002", "name": "Councillor Tom Reyes", "kind": "person",
     "role": None, "aliases": []},
    {"uuid": "b2000000-0000-4000-8000-000000000003", "name": "the harbour authority",
     "kind": "organisation", "role": None, "aliases": []},
    {"uuid": "b2000000-0000-4000-8000-000000000004", "name": "Lena Voss", "kind": "person",
     "role": "spokesperson", "aliases": []},
]

CREATED = "2026-03-02T09:00:00.000000Z"


def find(text, needle, occ=0):
    at = -1
    for _ in range(occ + 1):
        at = text.find(needle, at + 1)
        assert at >= 0, needle
    return at, at + len(needle)


def segment(text, needle, occ=0):
    start, end = find(text, needle, occ)
    return {"start": start, "end": end, "quote": text[start:end],
            "prefix": text[max(0, start - 32):start], "suffix": text[end:end + 32]}


def cue(text, needle):
    if needle is None:
        return None
    start, end = find(text, needle)
    return {"start": start, "end": end}


def claim(text, uuid, article, annotator, kind, pieces, speaker, cue_text, evidence,
          rating=None, note=None, sources=(), updated=CREATED):
    return {
        "uuid": uuid, "article": article, "annotator": annotator["uuid"], "kind": kind,
        "speaker": speaker, "cue": cue(text, cue_text), "origin": "manual", "confidence": 1.0,
        "evidence": evidence, "rating": rating, "note": note, "review_state": "draft",
        "orphaned": False, "created_at": CREATED, "updated_at": updated,
        "segments": [segment(text, p) for p in pieces],
        "sources": list(sources), "comments": [],
    }


def article(text, uuid, annotator, title, url):
    return {
        "uuid": uuid, "title": title, "outlet": "Portvale Courier", "author": None, "url": url,
        "published_at": "2026-03-01", "language": "en", "source_name": None,
        "source_format": "text", "imported_at": CREATED, "annotator": annotator["uuid"],
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text": text,
    }


def claims_a():
    t, art = ORIGINAL, ARTICLES_A[0]
    duarte, reyes, authority = (s["uuid"] for s in SPEAKERS_A)
    c = "a3000000-0000-4000-8000-0000000000%02d"
    return [
        claim(t, c % 1, art, JAMIE, "direct", ["“Fares will not rise this year,”"], duarte,
              "Mayor Ana Duarte said", "unassessed"),
        claim(t, c % 2, art, JAMIE, "direct", ["“We have the money.”"], duarte,
              "Mayor Ana Duarte said", "unsupported"),
        claim(t, c % 3, art, JAMIE, "indirect",
              ["the ferry budget was already overspent by two million"], reyes,
              "Councillor Tom Reyes said", "supported", note="Audit due in May"),
        claim(t, c % 4, art, JAMIE, "indirect", ["passenger numbers fell by 12 percent in 2025"],
              authority, "According to the harbour authority", "supported"),
        claim(t, c % 5, art, JAMIE, "partial", ["“a fairy tale”"], duarte,
              "Duarte called the claim", "unassessed"),
        claim(t, c % 6, art, JAMIE, "direct",
              ["“I have seen the figures,”", "“and they do not add up.”"], reyes,
              "Reyes said", "disputed", rating="False"),
        claim(t, c % 7, art, JAMIE, "indirect", ["the audit would clear her"], duarte, None,
              "unassessed"),
    ] + second_claims(ARTICLES_A[1], JAMIE, "a3000000-0000-4000-8000-0000000001%02d")


def second_claims(art, annotator, c):
    return [
        claim(SECOND, c % 1, art, annotator, "direct", ["“We are back at work,”"], None,
              None, "unassessed"),
        claim(SECOND, c % 2, art, annotator, "direct", ["“The deal is fair,”"], None,
              None, "unassessed"),
    ]


def claims_b(text, art, with_second=True):
    duarte, reyes, authority, voss = (s["uuid"] for s in SPEAKERS_B)
    c = "b3000000-0000-4000-8000-0000000000%02d"
    service = "the service would run until " + ("April" if text is EDITED else "March")
    result = [
        claim(text, c % 1, art, SAM, "direct", ["“Fares will not rise this year,”"], duarte,
              "Mayor Ana Duarte said", "unassessed"),
        claim(text, c % 2, art, SAM, "direct", ["“We have the money.”"], None, None,
              "unsupported"),
        claim(text, c % 3, art, SAM, "indirect", ["ferry budget was already overspent by two million"],
              reyes, "Councillor Tom Reyes said", "unsupported", note="Budget papers p. 4",
              sources=[{"uuid": "b4000000-0000-4000-8000-000000000001", "annotator": SAM["uuid"],
                        "url": "https://portvale.example/budget-2026.pdf", "title": "Budget 2026",
                        "note": "Table 3: ferry line within budget", "stance": "refutes",
                        "created_at": CREATED}]),
        claim(text, c % 4, art, SAM, "indirect", ["passenger numbers fell by 12 percent"], authority,
              "According to the harbour authority", "supported"),
        claim(text, c % 5, art, SAM, "direct", ["“a fairy tale”"], duarte, "Duarte called the claim",
              "unassessed"),
        claim(text, c % 6, art, SAM, "direct", ["“I have seen the figures,”"], reyes, "Reyes said",
              "disputed", rating="Misleading"),
        claim(text, c % 7, art, SAM, "indirect", [service], voss, "Lena Voss, said", "unassessed"),
        claim(text, c % 8, art, SAM, "indirect",
              ["Duarte called the claim “a fairy tale” and said the audit would clear her"], duarte,
              None, "unassessed"),
    ]
    if with_second:
        result += second_claims(ARTICLES_B[1], SAM, "b3000000-0000-4000-8000-0000000001%02d")
    return result


def document(annotator, speakers, articles, claims):
    doc = {
        "format": "quotecheck", "version": 1, "generator": "make_fixtures.py",
        "exported_at": "2026-03-03T12:00:00Z", "annotator": annotator,
        "annotators": [annotator], "speakers": speakers,
    }
    if len(articles) == 1:
        doc["article"] = articles[0]
    else:
        doc["articles"] = articles
    doc["claims"] = claims
    return doc


def write(name, doc):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


def iou(a, b):
    def chars(c):
        s = set()
        for g in c["segments"]:
            s.update(range(g["start"], g["end"]))
        return s
    x, y = chars(a), chars(b)
    return len(x & y) / len(x | y)


def main():
    title_1 = "Harbour council split over ferry fares"
    title_2 = "Ferry strike ends"
    a = claims_a()
    b = claims_b(ORIGINAL, ARTICLES_B[0])
    write("a.json", document(JAMIE, SPEAKERS_A,
                             [article(ORIGINAL, ARTICLES_A[0], JAMIE, title_1, URL_1),
                              article(SECOND, ARTICLES_A[1], JAMIE, title_2, URL_2)], a))
    write("b.json", document(SAM, SPEAKERS_B,
                             [article(ORIGINAL, ARTICLES_B[0], SAM, title_1, URL_1),
                              article(SECOND, ARTICLES_B[1], SAM, title_2, URL_2)], b))
    write("b-edited.json", document(SAM, SPEAKERS_B,
                                    [article(EDITED, ARTICLE_B_EDITED, SAM, title_1, URL_1)],
                                    claims_b(EDITED, ARTICLE_B_EDITED, with_second=False)))
    with open(os.path.join(HERE, "original.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(ORIGINAL)

    # The IoU table of README.md
    for i, x in enumerate(a[:7]):
        for j, y in enumerate(b[:8]):
            v = iou(x, y)
            if v > 0:
                print("A%d B%d IoU %.4f (%s)" % (i + 1, j + 1, v, "pair" if v >= 0.5 else "no"))


if __name__ == "__main__":
    main()
