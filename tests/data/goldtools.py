#!/usr/bin/env python3
# goldtools.py: what every make_gold.py of Quotecheck's annotated article
# sets shares (tests/data, tests/data/blind, tests/data/blind2): the helpers
# that specify quotes by their text, the builder that finds their offsets,
# and the validation. Each make_gold.py holds only its specifications.
#
# Copyright 2026 The Quotecheck developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Offsets are never counted by hand. Each quote is specified by its exact text;
# the builder finds it in the article and stores Unicode code-point offsets
# (Python str indices, end exclusive). A text that occurs more than once must
# say which occurrence it means, with occ=N (0-based) or after="anchor" (the
# first occurrence at or after the start of a unique anchor string).
#
# The validation repeats the checks of the shared corpus checker
# (../shared/corpus/check_gold.py, which hard-codes its own paths) and adds a
# few: the quotation-mark set includes « » ‹ › „ ‚ and the doubled
# apostrophe (the bound check is skipped only for a note saying "irregular"),
# null speakers must carry note "title" or "scare", every
# non-pronoun speaker_mention must be the speaker's name or one of its
# aliases, aliases must occur verbatim, a span crossing a paragraph break must
# be a direct quote whose note says "multi-paragraph", and articles must be
# of the set's length.
#
# Standard library only.

import json
import os
import sys

LICENSE = "GPL-3.0-or-later, part of Quotecheck"

KINDS = ("direct", "partial", "indirect")
SPEAKER_KINDS = ("person", "organisation", "group")
QUOTE_FIELDS = ("start", "end", "text", "kind", "speaker", "speaker_mention")
OPENERS = ("''", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019",
           "\u00ab", "\u00bb", "\u2039", "\u203a", "\u201e", "\u201a")
CLOSERS = ("''", '"', "\u201d", "\u201c", "'", "\u2019", "\u2018",
           "\u00bb", "\u00ab", "\u203a", "\u2039")
PRONOUNS = {"he", "she", "they", "it", "his", "her", "their", "its", "we",
            "i", "him", "them"}

# The set being built: see run()
CONFIG = {}

# --------------------------------------------------------------------------
# Specification helpers


def S(name, kind, role, aliases):
    return {"name": name, "kind": kind, "role": role, "aliases": list(aliases)}


def _q(kind, text, speaker, mention, occ=None, after=None, note=None):
    q = {"kind": kind, "text": text, "speaker": speaker,
         "speaker_mention": mention}
    if occ is not None:
        q["_occ"] = occ
    if after is not None:
        q["_after"] = after
    if note is not None:
        q["note"] = note
    return q


def D(text, speaker, mention, **kw):
    return _q("direct", text, speaker, mention, **kw)


def P(text, speaker, mention, **kw):
    return _q("partial", text, speaker, mention, **kw)


def I(text, speaker, mention, **kw):  # noqa: E743
    return _q("indirect", text, speaker, mention, **kw)


def TITLE(text, **kw):
    return _q("partial", text, None, None, note="title", **kw)


def SCARE(text, **kw):
    return _q("partial", text, None, None, note="scare", **kw)


MULTI = ("multi-paragraph quote: the paragraph ends without a closing mark "
         "and the next paragraph reopens the quote; one span")
STANDALONE = ("standalone quote paragraph with no attribution of its own; "
              "speaker from the preceding attribution")

SPECS = {}


def spec(stem, speakers, quotes, article=None):
    SPECS[stem] = {"speakers": speakers, "quotes": quotes,
                   "article": article}


def article_path(stem, sp=None):
    if sp and sp.get("article"):
        return os.path.join(CONFIG["root"], sp["article"])
    p = os.path.join(CONFIG["art_dir"], stem + ".txt")
    if not os.path.exists(p):
        alt = os.path.join(CONFIG["sample_dir"], stem + ".txt")
        if os.path.exists(alt):
            return alt
    return p


def read_article(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw.decode("utf-8")


def occurrences(text, needle):
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def locate(text, q, errors, stem):
    needle = q["text"]
    occ = occurrences(text, needle)
    if not occ:
        errors.append("%s: quote text not found: %r" % (stem, needle[:70]))
        return None
    if "_after" in q:
        anchors = occurrences(text, q["_after"])
        if len(anchors) != 1:
            errors.append("%s: anchor %r occurs %d times (needs exactly 1)"
                          % (stem, q["_after"][:50], len(anchors)))
            return None
        cand = [o for o in occ if o >= anchors[0]]
        if not cand:
            errors.append("%s: %r not found after anchor %r"
                          % (stem, needle[:50], q["_after"][:50]))
            return None
        return cand[0]
    if "_occ" in q:
        if q["_occ"] >= len(occ):
            errors.append("%s: %r has only %d occurrences"
                          % (stem, needle[:50], len(occ)))
            return None
        return occ[q["_occ"]]
    if len(occ) > 1:
        errors.append("%s: %r is ambiguous (%d occurrences); give occ= or "
                      "after=" % (stem, needle[:50], len(occ)))
        return None
    return occ[0]


def build(stem, sp, errors):
    text = read_article(article_path(stem, sp))
    quotes = []
    for q in sp["quotes"]:
        start = locate(text, q, errors, stem)
        if start is None:
            continue
        out = {"start": start, "end": start + len(q["text"]),
               "text": q["text"], "kind": q["kind"], "speaker": q["speaker"],
               "speaker_mention": q["speaker_mention"]}
        if "note" in q:
            out["note"] = q["note"]
        quotes.append(out)
    quotes.sort(key=lambda x: (x["start"], -x["end"]))
    return {"source": CONFIG["source"], "license": LICENSE,
            "speakers": sp["speakers"], "quotes": quotes}


def paragraph_breaks(text):
    """Character offsets of paragraph separators, by the project's rule:
    blank lines if the text has any, otherwise every newline."""
    if "\n\n" in text or "\n \n" in text:
        return [i for i in range(len(text) - 1)
                if text[i] == "\n" and text[i + 1:].lstrip(" \t").startswith("\n")]
    return [i for i, c in enumerate(text) if c == "\n"]


def check(stem, gold, text, errors, warnings):
    def err(m):
        errors.append("%s: %s" % (stem, m))

    def warn(m):
        warnings.append("%s: %s" % (stem, m))

    if text.startswith("\ufeff"):
        err("article starts with a BOM")
    if "\r" in text:
        err("article contains CR characters")
    lo, hi = CONFIG["length_range"]
    if stem.startswith(CONFIG["length_prefix"]) and not lo <= len(text) <= hi:
        err("article length %d outside %d-%d" % (len(text), lo, hi))
    for key, typ in (("source", str), ("license", str), ("speakers", list),
                     ("quotes", list)):
        if not isinstance(gold.get(key), typ):
            err("top-level field %r missing or not a %s" % (key, typ.__name__))
            return None
    speakers = {}
    for sp in gold["speakers"]:
        for key in ("name", "kind", "role", "aliases"):
            if key not in sp:
                err("speaker lacks %r: %r" % (key, sp))
        name = sp.get("name")
        if name in speakers:
            err("duplicate speaker %r" % name)
        speakers[name] = sp
        if sp.get("kind") not in SPEAKER_KINDS:
            err("speaker %r: bad kind %r" % (name, sp.get("kind")))
        if not isinstance(sp.get("role"), str) or not sp.get("role"):
            err("speaker %r: role must be a non-empty string" % name)
        for a in sp.get("aliases", []):
            if a not in text:
                err("speaker %r: alias %r not in article" % (name, a))
    counts = dict.fromkeys(KINDS, 0)
    used = set()
    breaks = paragraph_breaks(text)
    for i, q in enumerate(gold["quotes"]):
        where = "quote %d %r" % (i, q.get("text", "")[:40])
        if set(q) - set(QUOTE_FIELDS) - {"note"} or set(QUOTE_FIELDS) - set(q):
            err("%s: wrong fields %s" % (where, sorted(q)))
            continue
        s, e = q["start"], q["end"]
        if not (isinstance(s, int) and isinstance(e, int)
                and 0 <= s < e <= len(text)):
            err("%s: bad offsets" % where)
            continue
        t = text[s:e]
        if t != q["text"]:
            err("%s: text[%d:%d] differs from the quote text" % (where, s, e))
        if t != t.strip():
            err("%s: leading or trailing whitespace" % where)
        kind = q["kind"]
        if kind not in KINDS:
            err("%s: bad kind %r" % (where, kind))
            continue
        counts[kind] += 1
        spk = q["speaker"]
        note = q.get("note")
        if note is not None and not isinstance(note, str):
            err("%s: note must be a string" % where)
        if spk is None:
            if kind != "partial":
                err("%s: speaker null on a %s quote" % (where, kind))
            if note not in ("title", "scare"):
                err("%s: null speaker needs note 'title' or 'scare'" % where)
            if q["speaker_mention"] is not None:
                err("%s: null speaker with a speaker_mention" % where)
        else:
            if spk not in speakers:
                err("%s: speaker %r not listed" % (where, spk))
            used.add(spk)
            men = q["speaker_mention"]
            if men is not None:
                if men not in text:
                    err("%s: speaker_mention %r not in article" % (where, men))
                elif men.lower() not in PRONOUNS and spk in speakers:
                    names = [spk] + speakers[spk]["aliases"]
                    if men not in names:
                        err("%s: mention %r is not the name or an alias of %r"
                            % (where, men, spk))
        if kind in ("direct", "partial") and not (note and "irregular" in note):
            if not t.startswith(OPENERS) or not t.endswith(CLOSERS):
                err("%s: %s span not bounded by quotation marks" % (where, kind))
        if kind == "indirect":
            if t.lower().startswith("that ") and note is None:
                err("%s: indirect span starts with 'that '" % where)
            if t[-1] in ".,;:":
                warn("%s: indirect span ends with punctuation" % where)
        crosses = any(s <= b < e for b in breaks)
        if crosses and not (kind == "direct" and note
                            and "multi-paragraph" in note):
            err("%s: span crosses a paragraph break" % where)
    keys = [(q["start"], -q["end"]) for q in gold["quotes"]]
    if keys != sorted(keys):
        err("quotes not sorted by (start, -end)")
    if len(set((q["start"], q["end"], q["kind"]) for q in gold["quotes"])) \
            != len(gold["quotes"]):
        err("duplicate quotes")
    srt = sorted(gold["quotes"], key=lambda q: (q["start"], -q["end"]))
    for i, a in enumerate(srt):
        for b in srt[i + 1:]:
            if b["start"] >= a["end"]:
                break
            nested = a["start"] <= b["start"] and b["end"] <= a["end"]
            if not (nested and a["kind"] == "indirect"
                    and b["kind"] != "indirect"):
                err("overlap not allowed: %s %r / %s %r"
                    % (a["kind"], a["text"][:30], b["kind"], b["text"][:30]))
    for n in speakers:
        if n not in used:
            err("speaker %r has no quote" % n)
    return {"chars": len(text), "counts": counts, "speakers": used}


def run(here, root, source, length_range, length_prefix=""):
    """Builds (unless --check) and validates the gold files of the set in
    @here (articles/, gold/); returns the exit status."""
    CONFIG.update(root=root, art_dir=os.path.join(here, "articles"),
                  gold_dir=os.path.join(here, "gold"),
                  sample_dir=os.path.join(root, "data", "samples"),
                  source=source, length_range=length_range,
                  length_prefix=length_prefix)
    quiet = "-q" in sys.argv[1:]
    check_only = "--check" in sys.argv[1:]
    errors, warnings = [], []
    if not check_only:
        os.makedirs(CONFIG["gold_dir"], exist_ok=True)
        for stem, sp in SPECS.items():
            gold = build(stem, sp, errors)
            with open(os.path.join(CONFIG["gold_dir"], stem + ".json"), "w",
                      encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
    stems = sorted(f[:-5] for f in os.listdir(CONFIG["gold_dir"]) if f.endswith(".json"))
    for f in sorted(os.listdir(CONFIG["art_dir"])):
        if f.endswith(".txt") and f[:-4] not in stems:
            errors.append("%s: article has no gold file" % f[:-4])
    total = dict.fromkeys(KINDS, 0)
    allspk = set()
    nchars = 0
    rows = []
    for stem in stems:
        path = article_path(stem, SPECS.get(stem))
        if not os.path.exists(path):
            errors.append("%s: gold file has no article" % stem)
            continue
        with open(os.path.join(CONFIG["gold_dir"], stem + ".json"), encoding="utf-8") as f:
            gold = json.load(f)
        r = check(stem, gold, read_article(path), errors, warnings)
        if r is None:
            continue
        rows.append((stem, r))
        nchars += r["chars"]
        allspk |= {(stem, s) for s in r["speakers"]}
        for k in KINDS:
            total[k] += r["counts"][k]
    if not quiet:
        print("%-36s %6s %6s %6s %7s %8s" % ("file", "chars", "quotes",
                                             "direct", "partial", "indirect"))
        for stem, r in rows:
            c = r["counts"]
            print("%-36s %6d %6d %6d %7d %8d" % (stem, r["chars"],
                                                 sum(c.values()), c["direct"],
                                                 c["partial"], c["indirect"]))
        for w in warnings:
            print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    n = sum(total.values())
    print("articles: %d  chars: %d  quotes: %d  (direct %d, partial %d, "
          "indirect %d)  speakers: %d" % (len(rows), nchars, n, total["direct"],
                                          total["partial"], total["indirect"],
                                          len(allspk)))
    print("FAIL: %d error(s)" % len(errors) if errors else "OK: all checks passed")
    return 1 if errors else 0
