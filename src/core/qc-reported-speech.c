/* qc-reported-speech.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-reported-speech"

#include <string.h>

#include "qc-quote-scanner.h"
#include "qc-reported-speech-private.h"
#include "qc-text-private.h"

/* How it works
 *
 * A quick scan, eight bytes at a time, skips sentences with no cue word
 * (most sentences of fiction). The others are cut into tokens (words,
 * commas, quotation marks, ...) by a byte-level tokenizer; each word is
 * looked up once in a small hash table of function words and speech verbs
 * built per call. Then, per sentence:
 *
 *  1. every speech verb, speech noun ("his claim that"), "according to"
 *     and passive "was termed by X as" outside quotation marks becomes a
 *     candidate cue, with its subject (the noun phrase before the verb, or
 *     after it in "said Okafor") and the first token of its content clause
 *     when one follows ("said (that) CLAUSE");
 *  2. the cues are resolved left to right: a cue with a content clause
 *     gives the clause up to the end of the sentence or an earlier cut (a
 *     following cue after a comma or conjunction, ", where …", ";"); a cue
 *     with no content after it that follows a comma or a closing quotation
 *     mark is post-posed ("CONTENT, X said") and takes the text before it.
 *
 * Everything is bounded: sentences are handled in chunks of at most
 * MAX_TOKENS tokens, and every look-around is limited to a few tokens or
 * is part of a single left-to-right sweep, so the stage is linear.
 */

#define MAX_TOKENS 4096
#define MAX_KEY 24
#define LEX_SLOTS 2048

/* Lexicon classes */
#define L_SPEECH    (G_GUINT64_CONSTANT (1) << 0)  /* a speech verb */
#define L_FIN       (G_GUINT64_CONSTANT (1) << 1)  /* said, says, claimed */
#define L_BASE      (G_GUINT64_CONSTANT (1) << 2)  /* say, claim */
#define L_GER       (G_GUINT64_CONSTANT (1) << 3)  /* saying, claiming */
#define L_NPPRONE   (G_GUINT64_CONSTANT (1) << 4)  /* often takes a noun phrase object */
#define L_TELL      (G_GUINT64_CONSTANT (1) << 5)  /* takes a listener: told X that */
#define L_NOUN      (G_GUINT64_CONSTANT (1) << 6)  /* claim, contention, accusations */
#define L_AUX       (G_GUINT64_CONSTANT (1) << 7)
#define L_BE        (G_GUINT64_CONSTANT (1) << 8)
#define L_ADV       (G_GUINT64_CONSTANT (1) << 9)
#define L_PRON      (G_GUINT64_CONSTANT (1) << 10) /* he, she, they */
#define L_OBJPRON   (G_GUINT64_CONSTANT (1) << 11) /* him, them */
#define L_DET       (G_GUINT64_CONSTANT (1) << 12)
#define L_POSS      (G_GUINT64_CONSTANT (1) << 13)
#define L_PREP      (G_GUINT64_CONSTANT (1) << 14)
#define L_NPPREP    (G_GUINT64_CONSTANT (1) << 15) /* of, for, in: inside a name */
#define L_SUB       (G_GUINT64_CONSTANT (1) << 16)
#define L_WH        (G_GUINT64_CONSTANT (1) << 17)
#define L_CONJ      (G_GUINT64_CONSTANT (1) << 18)
#define L_CONTRAST  (G_GUINT64_CONSTANT (1) << 19) /* although, whereas */
#define L_CONNECT   (G_GUINT64_CONSTANT (1) << 20) /* Yet, However */
#define L_TIME      (G_GUINT64_CONSTANT (1) << 21) /* Monday, today */
#define L_TIMENOUN  (G_GUINT64_CONSTANT (1) << 22) /* week, evening */
#define L_REL       (G_GUINT64_CONSTANT (1) << 23) /* who, which, that */
#define L_BG        (G_GUINT64_CONSTANT (1) << 24) /* , where / , which / , whose */
#define L_NOSPEAK   (G_GUINT64_CONSTANT (1) << 25) /* poll, survey */
#define L_LABEL     (G_GUINT64_CONSTANT (1) << 26) /* Note:, Update: */
#define L_ABBR      (G_GUINT64_CONSTANT (1) << 27) /* Mr., Rep. */
#define L_NOCLAUSE  (G_GUINT64_CONSTANT (1) << 28) /* said so, said nothing */
#define L_MAKE      (G_GUINT64_CONSTANT (1) << 29) /* made (it) clear */
#define L_CLEAR     (G_GUINT64_CONSTANT (1) << 30)
#define L_ACCORDING (G_GUINT64_CONSTANT (1) << 31)
#define L_QUOTED    (G_GUINT64_CONSTANT (1) << 32)
#define L_PASSIVE   (G_GUINT64_CONSTANT (1) << 33) /* termed, described */
#define L_NOTLY     (G_GUINT64_CONSTANT (1) << 34) /* family: not an adverb */
#define L_THAT      (G_GUINT64_CONSTANT (1) << 35)
#define L_TO        (G_GUINT64_CONSTANT (1) << 36)
#define L_AS        (G_GUINT64_CONSTANT (1) << 37)
#define L_BY        (G_GUINT64_CONSTANT (1) << 38)
#define L_ABOUT     (G_GUINT64_CONSTANT (1) << 39)
#define L_IT        (G_GUINT64_CONSTANT (1) << 40)
#define L_AND       (G_GUINT64_CONSTANT (1) << 41)
#define L_MODAL     (G_GUINT64_CONSTANT (1) << 42)
#define L_GIVEN     (G_GUINT64_CONSTANT (1) << 43)
#define L_HAVE      (G_GUINT64_CONSTANT (1) << 44) /* has, have */
#define L_NOTGER    (G_GUINT64_CONSTANT (1) << 45) /* of, from before a gerund */
#define L_PAST      (G_GUINT64_CONSTANT (1) << 46) /* stood, went: irregular past */
#define L_MEDIUM    (G_GUINT64_CONSTANT (1) << 47) /* said in a statement that */

#define V_SAY   (L_SPEECH)
#define V_NP    (L_SPEECH | L_NPPRONE)

typedef struct
{
  const char *word;
  guint64     flags;
} LexEntry;

/* Several entries may share a word; their flags are OR-ed. Lower case,
 * ASCII, apostrophe as '\''. */
static const LexEntry lexicon[] = {
  /* speech verbs: no object needed before a bare content clause */
  { "say", V_SAY | L_BASE }, { "says", V_SAY | L_FIN }, { "said", V_SAY | L_FIN },
  { "saying", V_SAY | L_GER },
  { "insist", V_SAY | L_BASE }, { "insists", V_SAY | L_FIN }, { "insisted", V_SAY | L_FIN },
  { "insisting", V_SAY | L_GER },
  { "argue", V_SAY | L_BASE }, { "argues", V_SAY | L_FIN }, { "argued", V_SAY | L_FIN },
  { "arguing", V_SAY | L_GER },
  { "assert", V_SAY | L_BASE }, { "asserts", V_SAY | L_FIN }, { "asserted", V_SAY | L_FIN },
  { "asserting", V_SAY | L_GER },
  { "contend", V_SAY | L_BASE }, { "contends", V_SAY | L_FIN }, { "contended", V_SAY | L_FIN },
  { "contending", V_SAY | L_GER },
  { "make", L_MAKE | L_BASE }, { "makes", L_MAKE | L_FIN }, { "made", L_MAKE | L_FIN },
  { "making", L_MAKE | L_GER }, { "clear", L_CLEAR },
  /* speech verbs that often take a noun phrase ("claimed victory") */
  { "claim", V_NP | L_BASE | L_NOUN }, { "claims", V_NP | L_FIN | L_NOUN },
  { "claimed", V_NP | L_FIN }, { "claiming", V_NP | L_GER },
  { "add", V_NP | L_BASE }, { "adds", V_NP | L_FIN }, { "added", V_NP | L_FIN },
  { "adding", V_NP | L_GER },
  { "deny", V_NP | L_BASE }, { "denies", V_NP | L_FIN }, { "denied", V_NP | L_FIN },
  { "denying", V_NP | L_GER },
  { "explain", V_NP | L_BASE }, { "explains", V_NP | L_FIN }, { "explained", V_NP | L_FIN },
  { "explaining", V_NP | L_GER },
  { "notes", V_NP | L_FIN }, { "noted", V_NP | L_FIN }, { "noting", V_NP | L_GER },
  { "admit", V_NP | L_BASE }, { "admits", V_NP | L_FIN }, { "admitted", V_NP | L_FIN },
  { "admitting", V_NP | L_GER },
  { "stresses", V_NP | L_FIN }, { "stressed", V_NP | L_FIN }, { "stressing", V_NP | L_GER },
  { "complain", V_NP | L_BASE }, { "complains", V_NP | L_FIN },
  { "complained", V_NP | L_FIN }, { "complaining", V_NP | L_GER },
  { "predict", V_NP | L_BASE }, { "predicts", V_NP | L_FIN }, { "predicted", V_NP | L_FIN },
  { "predicting", V_NP | L_GER },
  { "announce", V_NP | L_BASE }, { "announces", V_NP | L_FIN },
  { "announced", V_NP | L_FIN }, { "announcing", V_NP | L_GER },
  { "write", V_NP | L_BASE }, { "writes", V_NP | L_FIN }, { "wrote", V_NP | L_FIN },
  { "tweeted", V_NP | L_FIN }, { "tweeting", V_NP | L_GER },
  { "suggest", V_NP | L_BASE }, { "suggests", V_NP | L_FIN }, { "suggested", V_NP | L_FIN },
  { "suggesting", V_NP | L_GER },
  { "stated", V_NP | L_FIN }, { "stating", V_NP | L_GER },
  { "acknowledge", V_NP | L_BASE }, { "acknowledges", V_NP | L_FIN },
  { "acknowledged", V_NP | L_FIN }, { "acknowledging", V_NP | L_GER },
  { "declare", V_NP | L_BASE }, { "declares", V_NP | L_FIN }, { "declared", V_NP | L_FIN },
  { "declaring", V_NP | L_GER },
  { "maintain", V_NP | L_BASE }, { "maintains", V_NP | L_FIN },
  { "maintained", V_NP | L_FIN }, { "maintaining", V_NP | L_GER },
  { "concede", V_NP | L_BASE }, { "concedes", V_NP | L_FIN }, { "conceded", V_NP | L_FIN },
  { "conceding", V_NP | L_GER },
  { "allege", V_NP | L_BASE }, { "alleges", V_NP | L_FIN }, { "alleged", V_NP | L_FIN },
  { "alleging", V_NP | L_GER },
  { "reiterate", V_NP | L_BASE }, { "reiterates", V_NP | L_FIN },
  { "reiterated", V_NP | L_FIN }, { "reiterating", V_NP | L_GER },
  { "confirm", V_NP | L_BASE }, { "confirms", V_NP | L_FIN }, { "confirmed", V_NP | L_FIN },
  { "confirming", V_NP | L_GER },
  { "reported", V_NP | L_FIN }, { "reports", L_NOUN },
  { "replied", V_NP | L_FIN }, { "responded", V_NP | L_FIN },
  { "boasted", V_NP | L_FIN }, { "joked", V_NP | L_FIN }, { "quipped", V_NP | L_FIN },
  { "recalled", V_NP | L_FIN }, { "recalls", V_NP | L_FIN },
  { "countered", V_NP | L_FIN }, { "conceded", V_NP | L_FIN },
  { "mentioned", V_NP | L_FIN },
  { "caution", V_NP | L_TELL | L_BASE }, { "cautions", V_NP | L_TELL | L_FIN },
  { "cautioned", V_NP | L_TELL | L_FIN }, { "cautioning", V_NP | L_TELL | L_GER },
  { "emphasised", V_NP | L_FIN }, { "emphasized", V_NP | L_FIN },
  { "emphasising", V_NP | L_GER }, { "emphasizing", V_NP | L_GER },
  { "emphasises", V_NP | L_FIN }, { "emphasizes", V_NP | L_FIN },
  { "underlined", V_NP | L_FIN }, { "underscored", V_NP | L_FIN },
  { "testified", V_NP | L_FIN }, { "testifying", V_NP | L_GER },
  { "vowed", V_NP | L_FIN }, { "pledged", V_NP | L_FIN }, { "promised", V_NP | L_FIN },
  { "charged", V_NP | L_FIN }, { "objected", V_NP | L_FIN }, { "protested", V_NP | L_FIN },
  { "lamented", V_NP | L_FIN }, { "affirmed", V_NP | L_FIN }, { "reaffirmed", V_NP | L_FIN },
  { "advised", V_NP | L_TELL | L_FIN }, { "notified", V_NP | L_TELL | L_FIN },
  { "retorted", V_NP | L_FIN }, { "answered", V_NP | L_FIN }, { "commented", V_NP | L_FIN },
  { "remarked", V_NP | L_FIN }, { "hinted", V_NP | L_FIN }, { "signalled", V_NP | L_FIN },
  { "signaled", V_NP | L_FIN }, { "disclosed", V_NP | L_FIN }, { "revealed", V_NP | L_FIN },
  { "posted", V_NP | L_FIN }, { "blogged", V_NP | L_FIN }, { "texted", V_NP | L_FIN },
  { "emailed", V_NP | L_FIN }, { "ruled", V_NP | L_FIN }, { "speculated", V_NP | L_FIN },
  { "indicated", V_NP | L_FIN }, { "wrote", V_NP | L_FIN },
  /* speech verbs with a listener */
  { "tell", V_SAY | L_TELL | L_BASE }, { "tells", V_SAY | L_TELL | L_FIN },
  { "told", V_SAY | L_TELL | L_FIN }, { "telling", V_SAY | L_TELL | L_GER },
  { "warn", V_NP | L_TELL | L_BASE }, { "warns", V_NP | L_TELL | L_FIN },
  { "warned", V_NP | L_TELL | L_FIN }, { "warning", V_NP | L_TELL | L_GER | L_NOUN },
  { "assure", V_NP | L_TELL | L_BASE }, { "assures", V_NP | L_TELL | L_FIN },
  { "assured", V_NP | L_TELL | L_FIN }, { "assuring", V_NP | L_TELL | L_GER },
  { "informed", V_NP | L_TELL | L_FIN }, { "reminded", V_NP | L_TELL | L_FIN },

  /* speech nouns */
  { "contention", L_NOUN }, { "criticism", L_NOUN }, { "criticisms", L_NOUN },
  { "statement", L_NOUN | L_MEDIUM }, { "statements", L_NOUN | L_MEDIUM },
  { "interview", L_MEDIUM }, { "email", L_MEDIUM }, { "tweet", L_MEDIUM },
  { "post", L_MEDIUM }, { "speech", L_MEDIUM }, { "release", L_MEDIUM }, { "accusation", L_NOUN },
  { "accusations", L_NOUN }, { "allegation", L_NOUN }, { "allegations", L_NOUN },
  { "assertion", L_NOUN }, { "assertions", L_NOUN }, { "insistence", L_NOUN },
  { "warnings", L_NOUN }, { "argument", L_NOUN }, { "suggestion", L_NOUN },
  { "announcement", L_NOUN }, { "admission", L_NOUN }, { "denial", L_NOUN },
  { "complaint", L_NOUN }, { "complaints", L_NOUN }, { "assurance", L_NOUN },
  { "assurances", L_NOUN }, { "charge", L_NOUN },

  { "according", L_ACCORDING }, { "quoted", L_QUOTED },
  { "termed", L_PASSIVE }, { "described", L_PASSIVE }, { "labelled", L_PASSIVE },
  { "labeled", L_PASSIVE }, { "branded", L_PASSIVE }, { "dubbed", L_PASSIVE },
  { "characterised", L_PASSIVE }, { "characterized", L_PASSIVE },

  /* auxiliaries and modals */
  { "is", L_AUX | L_BE }, { "was", L_AUX | L_BE }, { "are", L_AUX | L_BE },
  { "were", L_AUX | L_BE }, { "be", L_AUX | L_BE }, { "been", L_AUX | L_BE },
  { "being", L_AUX | L_BE }, { "am", L_AUX | L_BE },
  { "has", L_AUX | L_HAVE }, { "have", L_AUX | L_HAVE }, { "had", L_AUX },
  { "do", L_AUX }, { "does", L_AUX }, { "did", L_AUX },
  { "will", L_AUX | L_MODAL }, { "would", L_AUX | L_MODAL }, { "can", L_AUX | L_MODAL },
  { "could", L_AUX | L_MODAL }, { "shall", L_AUX | L_MODAL }, { "should", L_AUX | L_MODAL },
  { "may", L_AUX | L_MODAL }, { "might", L_AUX | L_MODAL }, { "must", L_AUX | L_MODAL },
  { "cannot", L_AUX | L_MODAL }, { "can't", L_AUX | L_MODAL }, { "won't", L_AUX | L_MODAL },
  { "wouldn't", L_AUX | L_MODAL }, { "couldn't", L_AUX | L_MODAL },
  { "shouldn't", L_AUX | L_MODAL }, { "didn't", L_AUX }, { "doesn't", L_AUX },
  { "don't", L_AUX }, { "hasn't", L_AUX }, { "haven't", L_AUX }, { "hadn't", L_AUX },
  { "isn't", L_AUX | L_BE }, { "wasn't", L_AUX | L_BE }, { "aren't", L_AUX | L_BE },
  { "weren't", L_AUX | L_BE },

  /* adverbs that sit between subject, verb and content */
  { "also", L_ADV | L_CONNECT }, { "already", L_ADV }, { "later", L_ADV },
  { "earlier", L_ADV }, { "again", L_ADV }, { "once", L_ADV | L_SUB }, { "often", L_ADV },
  { "never", L_ADV }, { "not", L_ADV }, { "then", L_ADV }, { "still", L_ADV | L_CONNECT },
  { "just", L_ADV }, { "even", L_ADV }, { "only", L_ADV }, { "first", L_ADV },
  { "previously", L_ADV }, { "reportedly", L_ADV }, { "subsequently", L_ADV },
  { "now", L_ADV }, { "soon", L_ADV }, { "late", L_ADV }, { "almost", L_ADV },
  { "quite", L_ADV }, { "rather", L_ADV }, { "too", L_ADV }, { "very", L_ADV },
  { "himself", L_NOCLAUSE }, { "herself", L_NOCLAUSE }, { "themselves", L_NOCLAUSE },
  { "itself", L_NOCLAUSE }, { "myself", L_NOCLAUSE }, { "yourself", L_NOCLAUSE },
  { "ourselves", L_NOCLAUSE },

  /* words ending in -ly that are not adverbs */
  { "family", L_NOTLY }, { "ally", L_NOTLY }, { "rally", L_NOTLY }, { "reply", L_NOTLY },
  { "supply", L_NOTLY }, { "belly", L_NOTLY }, { "bully", L_NOTLY }, { "assembly", L_NOTLY },
  { "monopoly", L_NOTLY }, { "anomaly", L_NOTLY }, { "jelly", L_NOTLY },
  { "italy", L_NOTLY }, { "july", L_NOTLY }, { "holly", L_NOTLY }, { "kelly", L_NOTLY },
  { "molly", L_NOTLY }, { "sally", L_NOTLY }, { "emily", L_NOTLY }, { "billy", L_NOTLY },

  /* irregular past tenses, to recognise a clause */
  { "stood", L_PAST }, { "went", L_PAST }, { "came", L_PAST }, { "took", L_PAST },
  { "gave", L_PAST }, { "got", L_PAST }, { "found", L_PAST }, { "knew", L_PAST },
  { "thought", L_PAST }, { "saw", L_PAST }, { "felt", L_PAST }, { "kept", L_PAST },
  { "left", L_PAST }, { "held", L_PAST }, { "brought", L_PAST }, { "began", L_PAST },
  { "became", L_PAST }, { "ran", L_PAST }, { "won", L_PAST }, { "lost", L_PAST },
  { "met", L_PAST }, { "paid", L_PAST }, { "sent", L_PAST }, { "spent", L_PAST },
  { "sold", L_PAST }, { "built", L_PAST }, { "fell", L_PAST }, { "grew", L_PAST },
  { "led", L_PAST }, { "meant", L_PAST }, { "rose", L_PAST }, { "struck", L_PAST },
  { "broke", L_PAST }, { "chose", L_PAST }, { "drove", L_PAST }, { "fought", L_PAST },
  { "bought", L_PAST }, { "caught", L_PAST }, { "taught", L_PAST }, { "sought", L_PAST },
  { "understood", L_PAST }, { "withdrew", L_PAST }, { "hung", L_PAST }, { "spoke", L_PAST },
  { "sat", L_PAST }, { "slept", L_PAST }, { "stole", L_PAST }, { "swore", L_PAST },
  { "threw", L_PAST }, { "wore", L_PAST }, { "woke", L_PAST }, { "forgot", L_PAST },
  { "heard", L_PAST }, { "lay", L_PAST }, { "laid", L_PAST }, { "fled", L_PAST },
  { "flew", L_PAST }, { "drew", L_PAST }, { "dealt", L_PAST }, { "shot", L_PAST },
  { "hid", L_PAST }, { "bore", L_PAST }, { "shook", L_PAST }, { "sank", L_PAST },

  /* pronouns, determiners */
  { "he", L_PRON }, { "she", L_PRON }, { "they", L_PRON }, { "we", L_PRON },
  { "i", L_PRON }, { "you", L_PRON | L_OBJPRON }, { "it", L_PRON | L_OBJPRON | L_IT },
  { "there", L_PRON },
  { "him", L_OBJPRON }, { "her", L_OBJPRON | L_POSS | L_DET }, { "them", L_OBJPRON },
  { "me", L_OBJPRON }, { "us", L_OBJPRON },
  { "the", L_DET }, { "a", L_DET }, { "an", L_DET }, { "this", L_DET }, { "these", L_DET },
  { "those", L_DET }, { "some", L_DET }, { "several", L_DET }, { "many", L_DET },
  { "most", L_DET }, { "all", L_DET }, { "both", L_DET }, { "each", L_DET },
  { "every", L_DET }, { "no", L_DET }, { "any", L_DET }, { "such", L_DET },
  { "another", L_DET }, { "other", L_DET }, { "one", L_DET }, { "two", L_DET },
  { "three", L_DET }, { "four", L_DET }, { "few", L_DET }, { "more", L_DET },
  { "his", L_POSS | L_DET }, { "their", L_POSS | L_DET }, { "its", L_POSS | L_DET },
  { "our", L_POSS | L_DET }, { "my", L_POSS | L_DET }, { "your", L_POSS | L_DET },

  /* prepositions */
  { "of", L_PREP | L_NPPREP | L_NOTGER }, { "for", L_PREP | L_NPPREP },
  { "in", L_PREP | L_NPPREP }, { "at", L_PREP | L_NPPREP },
  { "from", L_PREP | L_NPPREP | L_NOTGER }, { "on", L_PREP }, { "about", L_PREP | L_ABOUT },
  { "with", L_PREP }, { "by", L_PREP | L_BY }, { "into", L_PREP }, { "onto", L_PREP },
  { "to", L_PREP | L_TO }, { "during", L_PREP }, { "over", L_PREP }, { "under", L_PREP },
  { "against", L_PREP }, { "through", L_PREP }, { "via", L_PREP }, { "without", L_PREP },
  { "within", L_PREP }, { "between", L_PREP }, { "among", L_PREP }, { "across", L_PREP },
  { "toward", L_PREP }, { "towards", L_PREP }, { "upon", L_PREP }, { "despite", L_PREP },
  { "amid", L_PREP }, { "like", L_PREP }, { "near", L_PREP }, { "outside", L_PREP },
  { "inside", L_PREP }, { "around", L_PREP }, { "throughout", L_PREP },

  /* subordinators, wh-words, conjunctions */
  { "while", L_SUB | L_CONJ | L_CONTRAST }, { "although", L_SUB | L_CONJ | L_CONTRAST },
  { "though", L_SUB | L_CONJ | L_CONTRAST }, { "whereas", L_SUB | L_CONJ | L_CONTRAST },
  { "because", L_SUB }, { "since", L_SUB }, { "if", L_SUB | L_WH }, { "when", L_SUB | L_WH },
  { "after", L_SUB | L_PREP }, { "before", L_SUB | L_PREP }, { "as", L_SUB | L_AS },
  { "unless", L_SUB }, { "until", L_SUB }, { "whether", L_SUB | L_WH },
  { "why", L_SUB | L_WH }, { "how", L_SUB | L_WH }, { "what", L_WH },
  { "where", L_SUB | L_WH | L_BG }, { "whenever", L_SUB }, { "wherever", L_SUB },
  { "who", L_WH | L_REL }, { "whom", L_WH | L_REL }, { "which", L_WH | L_REL | L_BG },
  { "whose", L_REL | L_BG }, { "that", L_THAT | L_REL },
  { "given", L_GIVEN | L_BG },
  { "and", L_CONJ | L_AND | L_CONNECT }, { "but", L_CONJ | L_CONNECT },
  { "or", L_CONJ | L_CONNECT }, { "nor", L_CONJ }, { "yet", L_CONJ | L_CONNECT },

  /* writer-voice connectives at the start of a sentence */
  { "however", L_CONNECT }, { "so", L_CONNECT | L_NOCLAUSE }, { "meanwhile", L_CONNECT },
  { "moreover", L_CONNECT }, { "indeed", L_CONNECT }, { "nevertheless", L_CONNECT },
  { "nonetheless", L_CONNECT }, { "instead", L_CONNECT }, { "besides", L_CONNECT },
  { "furthermore", L_CONNECT }, { "thus", L_CONNECT }, { "hence", L_CONNECT },

  /* time expressions after a verb: "said Thursday", "said this week" */
  { "monday", L_TIME }, { "tuesday", L_TIME }, { "wednesday", L_TIME },
  { "thursday", L_TIME }, { "friday", L_TIME }, { "saturday", L_TIME },
  { "sunday", L_TIME }, { "today", L_TIME }, { "yesterday", L_TIME },
  { "tonight", L_TIME }, { "recently", L_TIME | L_ADV },
  { "week", L_TIMENOUN }, { "weekend", L_TIMENOUN }, { "month", L_TIMENOUN },
  { "year", L_TIMENOUN }, { "morning", L_TIMENOUN }, { "afternoon", L_TIMENOUN },
  { "evening", L_TIMENOUN }, { "night", L_TIMENOUN }, { "last", L_DET },
  { "next", L_DET },

  /* bare objects: "said so", "said nothing" */
  { "nothing", L_NOCLAUSE }, { "something", L_NOCLAUSE }, { "anything", L_NOCLAUSE },
  { "yes", L_NOCLAUSE }, { "goodbye", L_NOCLAUSE }, { "hello", L_NOCLAUSE },
  { "thanks", L_NOCLAUSE }, { "sorry", L_NOCLAUSE }, { "little", L_NOCLAUSE },
  { "much", L_NOCLAUSE }, { "otherwise", L_NOCLAUSE }, { "enough", L_NOCLAUSE },
  { "okay", L_NOCLAUSE }, { "ok", L_NOCLAUSE }, { "aloud", L_NOCLAUSE },

  /* "according to" sources that are evidence, not speakers */
  { "poll", L_NOSPEAK }, { "polls", L_NOSPEAK }, { "polling", L_NOSPEAK },
  { "survey", L_NOSPEAK }, { "surveys", L_NOSPEAK }, { "study", L_NOSPEAK },
  { "studies", L_NOSPEAK }, { "data", L_NOSPEAK }, { "figures", L_NOSPEAK },
  { "statistics", L_NOSPEAK }, { "census", L_NOSPEAK }, { "estimates", L_NOSPEAK },
  { "estimate", L_NOSPEAK }, { "analysis", L_NOSPEAK }, { "research", L_NOSPEAK },
  { "records", L_NOSPEAK }, { "projections", L_NOSPEAK }, { "results", L_NOSPEAK },
  { "tally", L_NOSPEAK }, { "count", L_NOSPEAK }, { "index", L_NOSPEAK },
  { "calculations", L_NOSPEAK }, { "numbers", L_NOSPEAK }, { "rankings", L_NOSPEAK },
  { "ratings", L_NOSPEAK }, { "forecast", L_NOSPEAK }, { "forecasts", L_NOSPEAK },
  { "plan", L_NOSPEAK }, { "schedule", L_NOSPEAK }, { "tradition", L_NOSPEAK },
  { "legend", L_NOSPEAK }, { "model", L_NOSPEAK }, { "models", L_NOSPEAK },
  { "trip", L_NOSPEAK }, { "visit", L_NOSPEAK }, { "move", L_NOSPEAK },
  { "decision", L_NOSPEAK }, { "evidence", L_NOSPEAK }, { "findings", L_NOSPEAK },
  { "result", L_NOSPEAK }, { "outcome", L_NOSPEAK }, { "vote", L_NOSPEAK },
  { "election", L_NOSPEAK }, { "trend", L_NOSPEAK }, { "trends", L_NOSPEAK },
  { "experience", L_NOSPEAK }, { "history", L_NOSPEAK }, { "record", L_NOSPEAK },
  { "signs", L_NOSPEAK }, { "fact", L_NOSPEAK }, { "chart", L_NOSPEAK },

  /* labels before a colon that do not name a speaker */
  { "note", L_LABEL }, { "update", L_LABEL }, { "updated", L_LABEL },
  { "editor", L_LABEL }, { "editors", L_LABEL }, { "editor's", L_LABEL },
  { "photo", L_LABEL }, { "photos", L_LABEL }, { "video", L_LABEL }, { "watch", L_LABEL },
  { "read", L_LABEL }, { "related", L_LABEL }, { "correction", L_LABEL },
  { "source", L_LABEL }, { "sources", L_LABEL }, { "subject", L_LABEL },
  { "title", L_LABEL }, { "date", L_LABEL }, { "re", L_LABEL }, { "fwd", L_LABEL },
  { "breaking", L_LABEL }, { "exclusive", L_LABEL }, { "opinion", L_LABEL },
  { "review", L_LABEL }, { "live", L_LABEL }, { "q", L_LABEL }, { "chapter", L_LABEL },
  { "part", L_LABEL }, { "section", L_LABEL }, { "figure", L_LABEL }, { "table", L_LABEL },
  { "step", L_LABEL }, { "tip", L_LABEL }, { "example", L_LABEL }, { "abstract", L_LABEL },
  { "summary", L_LABEL }, { "background", L_LABEL }, { "transcript", L_LABEL },
  { "question", L_LABEL }, { "answer", L_LABEL }, { "ps", L_LABEL }, { "nb", L_LABEL },
  { "see", L_LABEL }, { "book", L_LABEL }, { "volume", L_LABEL }, { "act", L_LABEL },
  { "scene", L_LABEL }, { "episode", L_LABEL }, { "letter", L_LABEL },
  { "appendix", L_LABEL }, { "introduction", L_LABEL }, { "preface", L_LABEL },
  { "warning", L_LABEL }, { "analysis", L_LABEL }, { "fact", L_LABEL },
  { "full", L_LABEL }, { "text", L_LABEL }, { "tags", L_LABEL }, { "topics", L_LABEL },
  { "contact", L_LABEL }, { "email", L_LABEL }, { "tel", L_LABEL }, { "phone", L_LABEL },
  { "address", L_LABEL }, { "price", L_LABEL }, { "location", L_LABEL },
  { "time", L_LABEL }, { "where", L_LABEL }, { "when", L_LABEL }, { "who", L_LABEL },
  { "what", L_LABEL }, { "why", L_LABEL }, { "how", L_LABEL },

  /* abbreviations that keep their full stop inside the word */
  { "mr", L_ABBR }, { "mrs", L_ABBR }, { "ms", L_ABBR }, { "dr", L_ABBR },
  { "rep", L_ABBR }, { "reps", L_ABBR }, { "sen", L_ABBR }, { "sens", L_ABBR },
  { "gov", L_ABBR }, { "st", L_ABBR }, { "jr", L_ABBR }, { "sr", L_ABBR },
  { "prof", L_ABBR }, { "gen", L_ABBR }, { "col", L_ABBR }, { "lt", L_ABBR },
  { "sgt", L_ABBR }, { "capt", L_ABBR }, { "rev", L_ABBR }, { "hon", L_ABBR },
  { "pres", L_ABBR }, { "supt", L_ABBR }, { "cmdr", L_ABBR }, { "adm", L_ABBR },
  { "jan", L_ABBR }, { "feb", L_ABBR }, { "apr", L_ABBR }, { "aug", L_ABBR },
  { "sept", L_ABBR }, { "sep", L_ABBR }, { "oct", L_ABBR }, { "nov", L_ABBR },
  { "dec", L_ABBR }, { "inc", L_ABBR }, { "corp", L_ABBR }, { "co", L_ABBR },
  { "ltd", L_ABBR }, { "vs", L_ABBR }, { "etc", L_ABBR }, { "no", L_ABBR },
  { "mt", L_ABBR }, { "ft", L_ABBR }, { "gov't", L_ABBR },
};

/* Cue words shorter than CUE_FILTER_LEN letters are hashed whole into a
 * bit set of CUE_FILTER_BITS bits, for may_have_cue() */
#define CUE_FILTER_LEN  16
#define CUE_FILTER_BITS 4096

/* A key is a word of at most MAX_KEY bytes in KEY_WORDS words of eight
 * bytes, zero-padded, the first byte in the low bits */
#define KEY_WORDS ((MAX_KEY + 7) / 8)

typedef struct
{
  guint64 w[KEY_WORDS];
} Key;

typedef struct
{
  guint16 slot[LEX_SLOTS];    /* 1 + index into keys, 0 = empty */
  Key     keys[G_N_ELEMENTS (lexicon)];
  guint8 lens[G_N_ELEMENTS (lexicon)];
  guint32 hashes[G_N_ELEMENTS (lexicon)];
  guint64 flags[G_N_ELEMENTS (lexicon)];
  guint n;
  /* per first two letters, bit n set when a cue word of n letters starts
   * with them: most words are no cue */
  guint32 cue_lengths[27 * 27];
  guint64 cue_prefixes[64];   /* bit set of hashed three-letter prefixes */
  guint64 cue_filter[CUE_FILTER_BITS / 64];   /* bit set of hashed cue words */
} Lexicon;

#define ASCII_LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (char) ((c) | 0x20) : (char) (c))
#define CUE_CLASSES (L_SPEECH | L_NOUN | L_ACCORDING | L_PASSIVE | L_MAKE)

/* Token kinds */
enum
{
  T_WORD,
  T_COMMA,
  T_STOP,   /* . ! ? … */
  T_SEMI,
  T_COLON,
  T_QUOTE,
  T_DASH,
  T_LPAREN,
  T_RPAREN,
  T_OTHER,
};

/* Token flags */
enum
{
  F_CAP = 1 << 0,     /* starts with an upper-case letter */
  F_LOWER = 1 << 1,   /* starts with a lower-case letter */
  F_DIGIT = 1 << 2,
  F_INQ = 1 << 3,     /* inside a quote (marks included) */
  F_OPEN = 1 << 4,    /* the opening mark of a quote */
  F_CLOSE = 1 << 5,   /* the closing mark of a quote */
  F_ED = 1 << 6,      /* lower case, ends in -ed */
  F_LY = 1 << 7,      /* lower case adverb in -ly */
  F_ING = 1 << 8,     /* ends in -ing */
  F_DOTTED = 1 << 10, /* a full stop belongs to the word (U.S., Mr.) */
};

typedef struct
{
  gsize   start;
  gsize   end;
  guint64 lex;
  gint    quote;    /* index of the enclosing quote, -1 */
  guint16 flags;
  guint8  kind;
  guint8  plen;     /* bytes of the pronoun in "he's", "she'd"; 0 otherwise */
} Tok;

enum
{
  CUE_VERB,
  CUE_GERUND,
  CUE_NOUN,
  CUE_ACCORDING,
  CUE_PASSIVE,
};

typedef struct
{
  gint     type;
  gint     verb;        /* verb, noun, "according" */
  gint     verb_last;   /* last token of the verb group ("clear", "to") */
  gint     edge;        /* first token of the cue's own clause */
  gint     subj_s;      /* subject tokens [subj_s, subj_e), -1 when none */
  gint     subj_e;
  gint     post_ce;     /* end of a post-posed content (exclusive), -1 */
  gint     fwd;         /* first token of a following content clause, -1 */
  gint     cue_last;    /* last token of the cue (object of "told" included) */
  guint    sub_mode : 1;   /* in a subordinate clause: content stops at a comma */
  guint    coord : 1;      /* "but said": subject is the main clause's */
  guint    vs : 1;         /* "said Okafor" */
  guint    as_cue : 1;     /* "as X has reported" */
  guint    that : 1;       /* complementiser present */
  guint    postable : 1;   /* follows a comma or closing quotation mark */
  guint    passive : 1;    /* "was told by X that" */
  float    conf;
} Cue;

typedef struct
{
  const char    *data;
  gsize          len;
  const QcQuote *quotes;
  guint          n_quotes;
  guint          qi;
  const Lexicon *lex;

  Tok           *toks;
  gint           n;
  gint           cap;
  Cue           *cues;
  gint           n_cues;
  gint          *cue_at;

  gboolean       para_first;
  gboolean       para_single;
  gint           region;
  gint           main_s;
  gint           main_e;
  gboolean       main_done;

  GArray        *reports;
} Ctx;

/* Lexicon */

/* A hash of a key of @len bytes, so that the tokenizer need not hash
 * letter by letter; collisions are resolved by comparing the whole key. */
static inline guint32
hash_key (const Key *k,
          gsize      len)
{
  guint64 x = (k->w[0] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^
              ((k->w[1] + len) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)) ^
              (k->w[2] * G_GUINT64_CONSTANT (0x165667B19E3779F9));

  return (guint32) (x ^ (x >> 29) ^ (x >> 47));
}

G_STATIC_ASSERT (KEY_WORDS == 3);

/* The key of the @len (at most MAX_KEY) bytes at @str */
static inline void
make_key (Key        *k,
          const char *str,
          gsize       len)
{
  char padded[KEY_WORDS * 8] = { 0 };

  memcpy (padded, str, len);
  for (guint i = 0; i < KEY_WORDS; i++)
    k->w[i] = qc_load64 (padded + 8 * i);
}

/* 0–26 for each of two lower-case bytes: a–z, anything else 26 */
static inline guint
letter_pair (char a,
             char b)
{
  guint x = (guchar) a - 'a';
  guint y = (guchar) b - 'a';

  return (x < 26 ? x : 26) * 27 + (y < 26 ? y : 26);
}

static inline guint
prefix_hash (char a,
             char b,
             char c)
{
  return (((guint) (guchar) a * 31u + (guchar) b) * 31u + (guchar) c) & 4095u;
}

/* A hash of a lower-case word of @len letters, @lo its first eight bytes
 * and @hi the next eight, both zero-padded */
static inline guint
cue_hash (guint64 lo,
          guint64 hi,
          gsize   len)
{
  guint64 x = (lo * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^
              ((hi + len) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F));

  return (guint) (x >> 52);   /* CUE_FILTER_BITS == 1 << 12 */
}

G_STATIC_ASSERT (CUE_FILTER_BITS == 1 << 12);

static void
lexicon_init (Lexicon *lex)
{
  memset (lex->slot, 0, sizeof lex->slot);
  memset (lex->cue_lengths, 0, sizeof lex->cue_lengths);
  memset (lex->cue_prefixes, 0, sizeof lex->cue_prefixes);
  memset (lex->cue_filter, 0, sizeof lex->cue_filter);
  lex->n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lexicon); i++)
    {
      const char *w = lexicon[i].word;
      gsize len = strlen (w);
      Key key;
      guint32 full;
      guint32 h;

      /* no entry is longer: a longer word is never looked up */
      g_assert (len > 0 && len <= MAX_KEY);
      make_key (&key, w, len);
      full = hash_key (&key, len);
      h = full & (LEX_SLOTS - 1);

      if (len < 32)
        {
          guint pair = letter_pair (w[0], len > 1 ? w[1] : 0);

          if (lexicon[i].flags & CUE_CLASSES)
            {
              guint tri = prefix_hash (w[0], w[1], len > 2 ? w[2] : ' ');

              lex->cue_lengths[pair] |= 1u << len;
              lex->cue_prefixes[tri >> 6] |= G_GUINT64_CONSTANT (1) << (tri & 63);
              if (len < CUE_FILTER_LEN)
                {
                  char padded[CUE_FILTER_LEN + 8] = { 0 };
                  guint h;

                  memcpy (padded, w, len);
                  h = cue_hash (qc_load64 (padded), qc_load64 (padded + 8), len);
                  lex->cue_filter[h >> 6] |= G_GUINT64_CONSTANT (1) << (h & 63);
                }
            }
        }

      while (lex->slot[h] != 0)
        {
          guint k = lex->slot[h] - 1;

          if (lex->lens[k] == len && memcmp (&lex->keys[k], &key, sizeof key) == 0)
            break;
          h = (h + 1) & (LEX_SLOTS - 1);
        }
      if (lex->slot[h] != 0)
        lex->flags[lex->slot[h] - 1] |= lexicon[i].flags;
      else
        {
          lex->keys[lex->n] = key;
          lex->lens[lex->n] = len;
          lex->hashes[lex->n] = full;
          lex->flags[lex->n] = lexicon[i].flags;
          lex->slot[h] = ++lex->n;
        }
    }
}

static inline guint64
lookup_key (const Lexicon *lex,
            const Key     *key,
            gsize          len)
{
  guint32 full = hash_key (key, len);
  guint32 h = full & (LEX_SLOTS - 1);

  while (lex->slot[h] != 0)
    {
      guint k = lex->slot[h] - 1;

      if (lex->hashes[k] == full && lex->lens[k] == len &&
          ((lex->keys[k].w[0] ^ key->w[0]) | (lex->keys[k].w[1] ^ key->w[1]) |
           (lex->keys[k].w[2] ^ key->w[2])) == 0)
        return lex->flags[k];
      h = (h + 1) & (LEX_SLOTS - 1);
    }
  return 0;
}

/* The classes of the lower-case word of @len bytes at @key */
static guint64
lexicon_lookup (const Lexicon *lex,
                const char    *key,
                gsize          len)
{
  Key k;

  if (len == 0 || len > MAX_KEY)
    return 0;
  make_key (&k, key, len);
  return lookup_key (lex, &k, len);
}

/* Tokenizer */

enum
{
  SP_LETTER,
  SP_SPACE,
  SP_QUOTE,
  SP_RSQUO,   /* ’: apostrophe inside a word, else a quotation mark */
  SP_DASH,
  SP_ELLIPSIS,
};

/* Classifies the (possibly multi-byte) character at @p; sets *@clen. */
static int
classify (const char *data,
          gsize       p,
          gsize       end,
          gsize      *clen)
{
  guchar c = data[p];

  if (c == 0xE2 && p + 2 < end && (guchar) data[p + 1] == 0x80)
    {
      guchar d = data[p + 2];

      *clen = 3;
      switch (d)
        {
        case 0x98: case 0x9A: case 0x9B: case 0x9C: case 0x9D: case 0x9E: case 0x9F:
        case 0xB9: case 0xBA:
          return SP_QUOTE;
        case 0x99:
          return SP_RSQUO;
        case 0x92: case 0x93: case 0x94: case 0x95:
          return SP_DASH;
        case 0xA6:
          return SP_ELLIPSIS;
        case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x86:
        case 0x87: case 0x88: case 0x89: case 0x8A: case 0x8B: case 0xAF:
          return SP_SPACE;
        default:
          return SP_LETTER;
        }
    }
  if (c == 0xC2 && p + 1 < end)
    {
      guchar d = data[p + 1];

      *clen = 2;
      if (d == 0xA0)
        return SP_SPACE;
      if (d == 0xAB || d == 0xBB)
        return SP_QUOTE;
      return SP_LETTER;
    }
  if (c == 0xE3 && p + 2 < end && (guchar) data[p + 1] == 0x80 && (guchar) data[p + 2] == 0x80)
    {
      *clen = 3;
      return SP_SPACE;
    }

  /* any other multi-byte character counts as a letter */
  if (c >= 0xF0)
    *clen = 4;
  else if (c >= 0xE0)
    *clen = 3;
  else if (c >= 0xC0)
    *clen = 2;
  else
    *clen = 1;
  if (p + *clen > end)
    *clen = end - p;
  return SP_LETTER;
}

static gboolean
is_word_at (const char *data,
            gsize       p,
            gsize       end)
{
  guchar c;
  gsize clen;

  if (p >= end)
    return FALSE;
  c = data[p];
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return classify (data, p, end, &clen) == SP_LETTER;
}

static gboolean
is_upper_at (const char *data,
             gsize       p,
             gsize       end)
{
  guchar c = data[p];

  if (c < 0x80)
    return g_ascii_isupper (c);
  else
    {
      gunichar u = g_utf8_get_char_validated (data + p, end - p);

      return u != (gunichar) -1 && u != (gunichar) -2 && g_unichar_isupper (u);
    }
}

/* Looks up the plain ASCII word of @len bytes at @w. */
static inline guint64
lookup_plain (const Lexicon *lex,
              const char    *w,
              gsize          len)
{
  Key key;

  if (len == 0 || len > MAX_KEY)
    return 0;
  /* "| 0x20" lower-cases letters and leaves digits and ' alone; the words
   * are read eight bytes at a time (the text's padding makes it safe) and
   * cut to @len */
  for (guint i = 0; i < KEY_WORDS; i++)
    {
      gsize n = len > 8 * i ? MIN (len - 8 * i, 8) : 0;

      if (n == 0)
        key.w[i] = 0;
      else
        {
          guint64 v = qc_load64 (w + 8 * i) | QC_BYTES (0x20);

          key.w[i] = n == 8 ? v : v & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1);
        }
    }
  return lookup_key (lex, &key, len);
}

/* The ASCII bytes that may join two parts of one word: "don't", "co-op",
 * "AT&T", "U.S", "1,000", "9/11", "50%" */
static const guint8 word_joiner[128] = {
  ['\''] = 1, ['-'] = 1, ['&'] = 1, ['.'] = 1, [','] = 1, [':'] = 1, ['/'] = 1, ['%'] = 1,
};

/* Scans the word starting at @p into @t: its end, lexicon classes and
 * flags. Returns the end. */
static gsize
scan_word (Ctx  *ctx,
           Tok  *t,
           gsize p,
           gsize end)
{
  const char *data = ctx->data;
  const Lexicon *lex = ctx->lex;
  gsize apos = 0;          /* bytes before the first apostrophe */
  gboolean plain = TRUE;   /* ASCII letters, digits and apostrophes only */
  gboolean curly = FALSE;  /* an apostrophe written ’ */
  gboolean foreign = FALSE;
  gsize q = p;
  guchar c0 = data[p];

  if (c0 == '$')
    {
      plain = FALSE;
      q++;
    }
  for (;;)
    {
      guchar d;

      /* the run of ASCII letters and digits, eight bytes at a time */
      for (;;)
        {
          guint64 v = qc_load64 (data + q);
          guint64 other = ~(qc_letter_bits (v) | qc_digit_bits (v)) & QC_BYTES (0x80);

          if (other != 0)
            {
              q += qc_first_byte (other);
              break;
            }
          q += 8;
        }
      if (q > end)
        q = end;
      if (q >= end)
        break;
      d = data[q];
      if (d < 0x80)
        {
          /* most words end at a space or a mark that never joins words */
          if (!word_joiner[d])
            break;
          if (d == '\'' && q > p && is_word_at (data, q + 1, end))
            {
              if (apos == 0)
                apos = q - p;
              q++;
            }
          else if (((d == '-' || d == '&') && q > p && is_word_at (data, q + 1, end)) ||
                   (d == '.' && q > p && q + 1 < end && g_ascii_isalnum (data[q + 1]) &&
                    g_ascii_isalnum (data[q - 1])) ||
                   ((d == ',' || d == ':' || d == '/') && q > p && g_ascii_isdigit (data[q - 1]) &&
                    q + 1 < end && g_ascii_isdigit (data[q + 1])) ||
                   (d == '%' && q > p && g_ascii_isdigit (data[q - 1])))
            {
              plain = FALSE;
              q++;
            }
          else
            break;
        }
      else
        {
          gsize dl;
          int dc = classify (data, q, end, &dl);

          if (dc == SP_LETTER)
            {
              plain = FALSE;
              foreign = TRUE;
              q += dl;
            }
          else if (dc == SP_RSQUO && q > p && is_word_at (data, q + dl, end))
            {
              if (apos == 0 && !curly)
                apos = q - p;
              curly = TRUE;
              q += dl;
            }
          else
            break;
        }
    }

  t->end = q;
  t->kind = T_WORD;

  /* the first character */
  if (g_ascii_isdigit (c0) || c0 == '$' || c0 == 0xC2)
    t->flags |= F_DIGIT;
  else if (c0 < 0x80 ? g_ascii_isupper (c0) : is_upper_at (data, p, end))
    t->flags |= F_CAP;
  else if (g_ascii_islower (c0))
    t->flags |= F_LOWER;

  if (plain && !curly && q - p <= MAX_KEY)
    {
      t->lex = lookup_plain (lex, data + p, q - p);

      /* "he's", "they'd", "she'll": the pronoun with a clitic auxiliary */
      if (t->lex == 0 && apos > 0 && (lookup_plain (lex, data + p, apos) & L_PRON))
        {
          t->lex = L_PRON;
          t->plen = apos;
        }
    }
  else if (plain && curly)
    {
      /* “he’s”, “Okafor’s”: read ’ as ' */
      char key[MAX_KEY];
      gsize klen = 0;
      gsize kapos = 0;
      gsize r = p;

      while (r < q && klen < MAX_KEY)
        {
          if ((guchar) data[r] == 0xE2)
            {
              if (kapos == 0)
                kapos = klen;
              key[klen++] = '\'';
              r += 3;
            }
          else
            {
              if (data[r] == '\'' && kapos == 0)
                kapos = klen;
              key[klen++] = ASCII_LOWER (data[r]);
              r++;
            }
        }
      if (r == q)
        {
          t->lex = lexicon_lookup (lex, key, klen);
          if (t->lex == 0 && kapos > 0 && (lexicon_lookup (lex, key, kapos) & L_PRON))
            {
              t->lex = L_PRON;
              t->plen = apos;
            }
        }
    }

  /* a full stop that belongs to the word: "Mr.", "U.S.", "J." */
  if (q < end && data[q] == '.' &&
      ((q - p == 1 && g_ascii_isupper (c0)) || memchr (data + p, '.', q - p) != NULL ||
       (t->lex & L_ABBR)))
    {
      t->end = ++q;
      t->flags |= F_DOTTED;
    }

  if (!foreign && q - p >= 4)
    {
      gsize we = (t->flags & F_DOTTED) ? t->end - 1 : t->end;
      gsize wl = we - p;
      char l1 = ASCII_LOWER (data[we - 1]);
      char l2 = ASCII_LOWER (data[we - 2]);

      if (t->flags & F_LOWER)
        {
          if (l2 == 'e' && l1 == 'd')
            t->flags |= F_ED;
          if (wl >= 5 && l2 == 'l' && l1 == 'y' && !(t->lex & L_NOTLY))
            t->flags |= F_LY;
        }
      if (wl >= 5 && l1 == 'g' && l2 == 'n' && ASCII_LOWER (data[we - 3]) == 'i')
        t->flags |= F_ING;
    }
  return q;
}

/* Two or more letters, all upper case: "LISBON", "PORT" */
static gboolean
all_caps (const Ctx *ctx,
          gint       i)
{
  const Tok *t = &ctx->toks[i];
  guint letters = 0;

  for (gsize p = t->start; p < t->end; p++)
    {
      guchar c = ctx->data[p];

      if (c >= 0x80 || g_ascii_islower (c))
        return FALSE;
      if (g_ascii_isupper (c))
        letters++;
    }
  return letters >= 2;
}

static inline void
mark_quote (Ctx *ctx,
            Tok *t)
{
  if (ctx->qi >= ctx->n_quotes)
    return;
  while (ctx->qi < ctx->n_quotes && ctx->quotes[ctx->qi].end <= t->start)
    ctx->qi++;
  if (ctx->qi < ctx->n_quotes)
    {
      const QcQuote *q = &ctx->quotes[ctx->qi];

      if (q->start <= t->start && t->end <= q->end)
        {
          t->flags |= F_INQ;
          t->quote = ctx->qi;
          if (t->kind == T_QUOTE && t->start == q->start)
            t->flags |= F_OPEN;
          if (t->kind == T_QUOTE && t->end == q->end && q->close_len > 0)
            t->flags |= F_CLOSE;
        }
    }
}

/* Cuts [pos, end) into tokens, at most ctx->cap of them; returns where it
 * stopped. */
static gsize
tokenize (Ctx  *ctx,
          gsize pos,
          gsize end)
{
  const char *data = ctx->data;
  gsize p = pos;

  ctx->n = 0;
  while (p < end && ctx->n < ctx->cap)
    {
      guchar c = data[p];
      gsize clen = 1;
      int cls = SP_LETTER;
      Tok *t;
      guint8 kind;

      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
        {
          p++;
          continue;
        }
      if (c >= 0x80)
        {
          cls = classify (data, p, end, &clen);
          if (cls == SP_SPACE)
            {
              p += clen;
              continue;
            }
        }

      t = &ctx->toks[ctx->n];
      t->start = p;
      t->lex = 0;
      t->quote = -1;
      t->flags = 0;
      t->plen = 0;

      if ((c < 0x80 && g_ascii_isalnum (c)) || (c >= 0x80 && cls == SP_LETTER) ||
          ((c == '$') && p + 1 < end && g_ascii_isdigit (data[p + 1])))
        {
          p = scan_word (ctx, t, p, end);
          mark_quote (ctx, t);
          ctx->n++;
          continue;
        }

      if (c >= 0x80)
        {
          switch (cls)
            {
            case SP_QUOTE:
            case SP_RSQUO:
              kind = T_QUOTE;
              break;
            case SP_DASH:
              kind = T_DASH;
              break;
            case SP_ELLIPSIS:
              kind = T_STOP;
              break;
            default:
              kind = T_OTHER;
              break;
            }
          p += clen;
        }
      else
        {
          p++;
          switch (c)
            {
            case ',':
              kind = T_COMMA;
              break;
            case '.': case '!': case '?':
              kind = T_STOP;
              break;
            case ';':
              kind = T_SEMI;
              break;
            case ':':
              kind = T_COLON;
              break;
            case '"':
              kind = T_QUOTE;
              break;
            case '\'':
            case '`':
              kind = T_QUOTE;
              if (p < end && data[p] == c)
                p++;
              break;
            case '-':
              kind = T_DASH;
              break;
            case '(': case '[':
              kind = T_LPAREN;
              break;
            case ')': case ']':
              kind = T_RPAREN;
              break;
            default:
              kind = T_OTHER;
              break;
            }
        }
      t->end = p;
      t->kind = kind;
      mark_quote (ctx, t);
      ctx->n++;
    }
  return p;
}

/* Is the ASCII word starting at @w one of the cue words? */
static gboolean
cue_word_at (const Ctx *ctx,
             gsize      w,
             gsize      e)
{
  const char *data = ctx->data;
  char key[MAX_KEY];
  gsize p = w + 1;
  gsize len;
  guint32 mask;

  if (p >= e)
    return FALSE;
  mask = ctx->lex->cue_lengths[letter_pair (ASCII_LOWER (data[w]), ASCII_LOWER (data[p]))];
  if (mask == 0)
    return FALSE;
  {
    char third = p + 1 < e && g_ascii_isalpha (data[p + 1]) ? ASCII_LOWER (data[p + 1]) : ' ';
    guint tri = prefix_hash (ASCII_LOWER (data[w]), ASCII_LOWER (data[p]), third);

    if (!(ctx->lex->cue_prefixes[tri >> 6] & (G_GUINT64_CONSTANT (1) << (tri & 63))))
      return FALSE;
  }
  while (p < e && g_ascii_isalpha (data[p]))
    p++;
  len = p - w;
  if (len >= 32 || len > MAX_KEY || !(mask & (1u << len)))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    key[i] = ASCII_LOWER (data[w + i]);
  return (lexicon_lookup (ctx->lex, key, len) & CUE_CLASSES) != 0;
}

/* The bytes of @n < 8 first bytes of a word, as a mask */
static inline guint64
low_bytes (gsize n)
{
  return (G_GUINT64_CONSTANT (1) << (8 * n)) - 1;
}

/* The high bits of the ASCII letters of the eight bytes at @p, none at or
 * after @e */
static inline guint64
letters_before (const char *data,
                gsize       p,
                gsize       e,
                guint64    *v)
{
  guint64 bits;

  *v = qc_load64 (data + p);
  bits = qc_letter_bits (*v);
  if (e - p < 8)
    bits &= low_bytes (e - p);
  return bits;
}

/* Is the lower-case word of @len letters at @w a cue word? */
static G_GNUC_NO_INLINE gboolean
cue_key_at (const Ctx *ctx,
            gsize      w,
            gsize      len)
{
  char key[CUE_FILTER_LEN];

  for (gsize i = 0; i < len; i++)
    key[i] = ASCII_LOWER (ctx->data[w + i]);
  return (lexicon_lookup (ctx->lex, key, len) & CUE_CLASSES) != 0;
}

static inline gboolean
in_cue_filter (const Ctx *ctx,
               guint64    lo,
               guint64    hi,
               gsize      len)
{
  guint h = cue_hash (lo, hi, len);

  return (ctx->lex->cue_filter[h >> 6] >> (h & 63)) & 1;
}

/* cue_run_at() for a run of eight letters or more */
static G_GNUC_NO_INLINE gboolean
cue_long_run_at (const Ctx *ctx,
                 gsize      w,
                 gsize      e,
                 guint64    v1)
{
  guint64 v2 = 0;
  guint64 other;
  gsize len;

  if (w + 8 >= e)
    len = e - w;
  else
    {
      other = ~letters_before (ctx->data, w + 8, e, &v2) & QC_BYTES (0x80);
      if (other == 0)
        return cue_word_at (ctx, w, e);   /* sixteen letters or more */
      len = 8 + qc_first_byte (other);
    }
  if (len == 8)
    return in_cue_filter (ctx, v1 | QC_BYTES (0x20), 0, len) && cue_key_at (ctx, w, len);
  return in_cue_filter (ctx, v1 | QC_BYTES (0x20),
                        (v2 | QC_BYTES (0x20)) & low_bytes (len - 8), len) &&
         cue_key_at (ctx, w, len);
}

/* Is the run of ASCII letters starting at @w and ending by @e a cue word?
 * The same answer as cue_word_at(), mostly from one hash of the run in a
 * bit set. */
static inline gboolean
cue_run_at (const Ctx *ctx,
            gsize      w,
            gsize      e)
{
  guint64 v1;
  guint64 other = ~letters_before (ctx->data, w, e, &v1) & QC_BYTES (0x80);
  gsize len;

  if (G_UNLIKELY (other == 0))
    return cue_long_run_at (ctx, w, e, v1);
  len = qc_first_byte (other);
  if (len < 2)
    return FALSE;
  return in_cue_filter (ctx, (v1 | QC_BYTES (0x20)) & low_bytes (len), 0, len) &&
         cue_key_at (ctx, w, len);
}

/* Does [s, e) hold a word that may be a cue, or a colon (@colon)? A fast
 * scan, eight bytes at a time, that lets most sentences skip tokenizing.
 * Words are runs of ASCII letters; a run inside a longer token may give a
 * false alarm, never a miss. */
static gboolean
may_have_cue (const Ctx *ctx,
              gsize      s,
              gsize      e,
              gboolean   colon)
{
  const char *data = ctx->data;
  guint64 carry = 0;

  if (colon && memchr (data + s, ':', e - s) != NULL)
    return TRUE;

  /* eight bytes at a time; the text's padding makes the last read safe */
  for (gsize i = s; i < e; i += 8)
    {
      guint64 v;
      guint64 bits = letters_before (data, i, e, &v);
      guint64 starts = bits & ~((bits << 8) | carry);

      carry = bits >> 56;
      while (starts != 0)
        {
          gsize w = i + qc_first_byte (starts);

          starts &= starts - 1;
          if (cue_run_at (ctx, w, e))
            return TRUE;
        }
    }
  return FALSE;
}

/* Token tests */

static gboolean
word_is (const Ctx  *ctx,
         gint        i,
         const char *word)
{
  gsize len = strlen (word);

  return i >= 0 && i < ctx->n && ctx->toks[i].kind == T_WORD &&
         ctx->toks[i].end - ctx->toks[i].start == len &&
         g_ascii_strncasecmp (ctx->data + ctx->toks[i].start, word, len) == 0;
}

static inline gboolean
is_word (const Ctx *ctx,
         gint       i)
{
  return i >= 0 && i < ctx->n && ctx->toks[i].kind == T_WORD;
}

static inline gboolean
has (const Ctx *ctx,
     gint       i,
     guint64    lex)
{
  return i >= 0 && i < ctx->n && ctx->toks[i].kind == T_WORD && (ctx->toks[i].lex & lex) != 0;
}

static inline gboolean
in_quote (const Ctx *ctx,
          gint       i)
{
  return (ctx->toks[i].flags & F_INQ) != 0;
}

/* A comma outside quotes, or a comma just inside a closing quotation mark
 * (“…,”). Returns the index after the boundary, or -1. */
static gint
comma_boundary (const Ctx *ctx,
                gint       i)
{
  const Tok *t = &ctx->toks[i];

  if (t->kind != T_COMMA)
    return -1;
  if (!(t->flags & F_INQ))
    return i + 1;
  if (i + 1 < ctx->n && (ctx->toks[i + 1].flags & F_CLOSE))
    return i + 2;
  return -1;
}

/* Is token @i a comma or a closing mark that ends in a comma ("…,” said)? */
static gboolean
is_post_boundary (const Ctx *ctx,
                  gint       i)
{
  const Tok *t;

  if (i < 0 || i >= ctx->n)
    return FALSE;
  t = &ctx->toks[i];
  if (t->kind == T_COMMA && !(t->flags & F_INQ))
    return TRUE;
  if (t->flags & F_CLOSE)
    return TRUE;
  return FALSE;
}

/* A word that can belong to a noun phrase naming a speaker. */
static gboolean
is_np_word (const Ctx *ctx,
            gint       i)
{
  const Tok *t = &ctx->toks[i];

  if (t->kind != T_WORD || (t->flags & F_INQ))
    return FALSE;
  if (t->lex & (L_AUX | L_SPEECH | L_MAKE | L_SUB | L_REL | L_WH | L_CONJ | L_TIME |
                L_CONNECT | L_ACCORDING | L_QUOTED | L_PASSIVE | L_OBJPRON | L_NOCLAUSE))
    {
      /* "Will", "May", "Still" as names or in titles */
      if ((t->flags & F_CAP) && !(t->lex & (L_PRON | L_REL | L_WH | L_SUB | L_CONJ)))
        return TRUE;
      return FALSE;
    }
  if (t->flags & (F_ED | F_LY))
    return FALSE;
  return TRUE;
}

/* "Nair's", "Okafor’s": a possessive name */
static gboolean
ends_in_s_apostrophe (const Ctx *ctx,
                      gint       i)
{
  const Tok *t = &ctx->toks[i];
  const char *w = ctx->data + t->start;
  gsize len = t->end - t->start;

  if (len < 3 || (w[len - 1] | 0x20) != 's')
    return FALSE;
  return w[len - 2] == '\'' ||
         (len >= 5 && (guchar) w[len - 4] == 0xE2 && (guchar) w[len - 3] == 0x80 &&
          (guchar) w[len - 2] == 0x99);
}

/* The apostrophe of a plural possessive inside a noun phrase: "the
 * drivers' union", "the residents’ association" */
static gboolean
is_plural_possessive (const Ctx *ctx,
                      gint       i)
{
  const Tok *t = &ctx->toks[i];
  const char *w = ctx->data + t->start;
  gsize len = t->end - t->start;

  if (t->kind != T_QUOTE || (t->flags & (F_INQ | F_OPEN | F_CLOSE)) || i == 0 || i + 1 >= ctx->n)
    return FALSE;
  if (!(len == 1 && w[0] == '\'') &&
      !(len == 3 && (guchar) w[0] == 0xE2 && (guchar) w[1] == 0x80 && (guchar) w[2] == 0x99))
    return FALSE;
  return t[-1].kind == T_WORD && t[-1].end == t->start && !(t[-1].flags & F_INQ) &&
         (ctx->data[t[-1].end - 1] | 0x20) == 's' && t[1].kind == T_WORD && t[1].start > t->end &&
         (t[1].flags & F_LOWER) && !(t[1].flags & F_INQ);
}

/* The noun phrase ending at @last (inclusive), walking left no further than
 * @lim. Returns its first token, or -1. */
static gint
np_left (const Ctx *ctx,
         gint       last,
         gint       lim)
{
  const Tok *toks = ctx->toks;
  gint i = last;
  gint lower_run = 0;

  if (last < lim || last < 0)
    return -1;
  if (toks[last].kind != T_WORD || (toks[last].flags & F_INQ))
    return -1;
  if (toks[last].lex & L_PRON)
    return last;
  if (toks[last].lex & (L_DET | L_PREP) && !(toks[last].flags & F_CAP))
    return -1;
  /* "the union representing them" */
  if ((toks[last].lex & L_OBJPRON) && last - 1 >= lim && toks[last - 1].kind == T_WORD &&
      (toks[last - 1].flags & F_ING) && (toks[last - 1].flags & F_LOWER) &&
      !(toks[last - 1].lex & L_SPEECH))
    i = --last;
  if (!is_np_word (ctx, last))
    return -1;

  while (i >= lim && last - i < 10)
    {
      const Tok *t = &toks[i];

      if (i < last && i > lim && is_plural_possessive (ctx, i))
        {
          i--;
          continue;
        }
      if (t->kind != T_WORD || (t->flags & F_INQ))
        break;
      if (t->lex & L_AND)
        {
          /* "Peter and Anne Smith" */
          if (i > lim && i < last && (toks[i + 1].flags & F_CAP) && (toks[i - 1].flags & F_CAP) &&
              toks[i - 1].kind == T_WORD && is_np_word (ctx, i - 1))
            {
              i--;
              continue;
            }
          break;
        }
      if ((t->lex & L_PREP) && !(t->flags & F_CAP))
        {
          /* "officials in Lisbon", "a spokesman for the Harbour Arcade" */
          if ((t->lex & L_NPPREP) && i < last && i > lim &&
              (toks[i + 1].flags & F_CAP || toks[i + 1].lex & L_DET) &&
              toks[i - 1].kind == T_WORD && is_np_word (ctx, i - 1) &&
              !(toks[i - 1].lex & (L_DET | L_PREP)))
            {
              i--;
              continue;
            }
          break;
        }
      if (t->lex & (L_DET | L_POSS) && !(t->lex & L_PRON))
        {
          /* "the Late Lounge star" */
          if ((t->flags & F_CAP) && i - 1 >= lim && has (ctx, i - 1, L_DET | L_POSS) &&
              !(toks[i - 1].flags & F_CAP) && !has (ctx, i - 1, L_PRON))
            return i - 1;
          /* the start of the phrase, unless a preposition joins it on */
          if (i - 1 >= lim && has (ctx, i - 1, L_NPPREP) && !(toks[i - 1].flags & F_CAP) &&
              i - 2 >= lim && toks[i - 2].kind == T_WORD && is_np_word (ctx, i - 2) &&
              !(toks[i - 2].lex & (L_DET | L_PREP)))
            {
              i -= 2;
              continue;
            }
          return i;
        }
      if (t->lex & L_PRON)
        break;
      if (!is_np_word (ctx, i))
        break;
      if (t->flags & F_LOWER)
        {
          if (++lower_run > 3)
            break;
        }
      else
        lower_run = 0;
      i--;
    }
  i++;
  while (i <= last && has (ctx, i, L_PREP) && !(toks[i].flags & F_CAP))
    i++;
  if (i > last)
    return -1;
  /* a phrase of lower-case words only must be short ("critics", "former
   * rival"), not a stretch of the writer's clause */
  if (!(toks[i].flags & (F_CAP | F_DIGIT)) && !(toks[i].lex & L_DET) && last - i > 2 &&
      !has (ctx, i + 1, L_NPPREP))
    return last - 1 >= i && (toks[last].flags & F_LOWER) ? last - 1 : last;
  return i;
}

/* The noun phrase starting at @first, up to @lim (exclusive). Returns its
 * end (exclusive) or -1. */
static gint
np_right (const Ctx *ctx,
          gint       first,
          gint       lim)
{
  const Tok *toks = ctx->toks;
  gint i = first;
  gboolean det_start;
  gint lower_run = 0;

  if (first < 0 || first >= lim || first >= ctx->n)
    return -1;
  if (toks[first].kind != T_WORD || (toks[first].flags & F_INQ))
    return -1;
  if (toks[first].lex & L_PRON)
    return first + 1;
  if (!(toks[first].lex & (L_DET | L_POSS)) && !is_np_word (ctx, first))
    return -1;
  if ((toks[first].lex & L_PREP) && !(toks[first].flags & F_CAP))
    return -1;

  det_start = (toks[first].lex & (L_DET | L_POSS)) != 0 || (toks[first].flags & F_LOWER) ||
              ends_in_s_apostrophe (ctx, first);
  i = first + 1;
  while (i < lim && i - first < 10)
    {
      const Tok *t = &toks[i];

      if (i + 1 < lim && is_plural_possessive (ctx, i))
        {
          i++;
          det_start = TRUE;
          continue;
        }
      if (t->kind != T_WORD || (t->flags & F_INQ))
        break;
      if (t->lex & L_AND)
        {
          if (i + 1 < lim && (toks[i + 1].flags & F_CAP) && (toks[i - 1].flags & F_CAP) &&
              is_np_word (ctx, i + 1))
            {
              i++;
              continue;
            }
          break;
        }
      if ((t->lex & L_PREP) && !(t->flags & F_CAP))
        {
          if ((t->lex & L_NPPREP) && i + 1 < lim &&
              (toks[i + 1].flags & F_CAP || has (ctx, i + 1, L_DET | L_POSS)) &&
              toks[i + 1].kind == T_WORD && !(toks[i + 1].flags & F_INQ))
            {
              i++;
              det_start = TRUE;
              continue;
            }
          break;
        }
      if ((t->lex & (L_DET | L_POSS)) && !(t->flags & F_CAP) &&
          !has (ctx, i - 1, L_NPPREP))
        break;
      if (!is_np_word (ctx, i))
        break;
      if ((t->flags & F_LOWER) && !(t->lex & (L_DET | L_POSS)))
        {
          if (!det_start)
            {
              /* "Trade minister Elena Marsh": lower-case words between
               * capitalised ones */
              gint k = i;

              while (k < lim && k - i < 3 && toks[k].kind == T_WORD && (toks[k].flags & F_LOWER) &&
                     is_np_word (ctx, k) && !(toks[k].lex & (L_PREP | L_DET)))
                k++;
              if (k < lim && toks[k].kind == T_WORD && (toks[k].flags & F_CAP) &&
                  is_np_word (ctx, k) && !(toks[k].flags & F_INQ))
                {
                  i = k;
                  continue;
                }
              break;
            }
          if (++lower_run > 5)
            break;
        }
      i++;
    }
  return i;
}

/* Context */

static void
ensure_main_subject (Ctx *ctx)
{
  const Tok *toks = ctx->toks;
  gint i = ctx->region;
  gint e;

  if (ctx->main_done)
    return;
  ctx->main_done = TRUE;
  ctx->main_s = ctx->main_e = -1;

  while (i < ctx->n && (toks[i].kind == T_LPAREN || toks[i].kind == T_DASH ||
                        (toks[i].kind == T_QUOTE && !(toks[i].flags & F_INQ))))
    i++;
  if (i >= ctx->n)
    return;
  if (toks[i].kind != T_WORD)
    return;

  /* a fronted adverbial: "On Saturday,", "Speaking to the Evening Courier," */
  if ((toks[i].lex & (L_PREP | L_SUB | L_TIME)) || (toks[i].flags & (F_ING | F_ED | F_LY | F_DIGIT)) ||
      (toks[i].end - toks[i].start > 3 && ctx->data[toks[i].end - 2] == 'e' &&
       ctx->data[toks[i].end - 1] == 'd' && has (ctx, i + 1, L_PREP | L_WH)))
    {
      gint k;
      gint after = -1;

      for (k = i; k < ctx->n && k - i < 30; k++)
        {
          after = comma_boundary (ctx, k);
          if (after >= 0)
            break;
          if (toks[k].kind == T_SEMI || toks[k].kind == T_COLON)
            break;
        }
      if (after < 0 || after >= ctx->n)
        return;
      i = after;
      while (i < ctx->n && has (ctx, i, L_CONNECT))
        i++;
    }
  e = np_right (ctx, i, ctx->n);
  if (e > i)
    {
      ctx->main_s = i;
      ctx->main_e = e;
    }
}

/* Skips adverbs and time phrases after a verb; returns the next token. */
static gint
skip_adverbials (const Ctx *ctx,
                 gint       k)
{
  const Tok *toks = ctx->toks;
  gint steps = 0;

  while (k < ctx->n && steps < 5 && toks[k].kind == T_WORD && !(toks[k].flags & F_INQ))
    {
      const Tok *t = &toks[k];

      if ((t->lex & (L_ADV | L_TIME)) && !(t->lex & (L_CONJ | L_SUB)) && !(t->lex & L_NOCLAUSE))
        k++;
      else if (t->flags & F_LY)
        k++;
      else if ((t->lex & L_DET) && k + 1 < ctx->n && has (ctx, k + 1, L_TIMENOUN) &&
               (word_is (ctx, k, "this") || word_is (ctx, k, "last") || word_is (ctx, k, "next")))
        k += 2;
      else if ((t->lex & L_TIMENOUN) && k > 0 && has (ctx, k - 1, L_TIME))
        k++;
      else
        break;
      steps++;
    }
  return k;
}

/* Looks ahead from @k for "that" or a colon before any clause break;
 * returns the token after it, or -1. */
static gint
lookahead_that (const Ctx *ctx,
                gint       k,
                gboolean  *that)
{
  const Tok *toks = ctx->toks;

  for (gint j = k; j < ctx->n && j - k <= 12; j++)
    {
      const Tok *t = &toks[j];

      if (t->flags & F_INQ)
        continue;
      if (t->kind == T_COLON)
        {
          *that = FALSE;
          return j + 1;
        }
      if (t->kind == T_COMMA || t->kind == T_STOP || t->kind == T_SEMI)
        return -1;
      if (t->kind == T_WORD)
        {
          if (t->lex & L_THAT)
            {
              *that = TRUE;
              return j + 1;
            }
          if (t->lex & (L_SPEECH | L_AUX | L_WH | L_SUB) && !(t->lex & L_PREP))
            return -1;
          /* "replied to accusations that …": the clause is the noun's */
          if ((t->lex & L_NOUN) && !(t->lex & L_MEDIUM))
            return -1;
        }
    }
  return -1;
}

/* "helps", "intensifies": a lower-case word in -s right after a noun */
static gboolean
is_third_person_verb (const Ctx *ctx,
                      gint       j)
{
  const Tok *t = &ctx->toks[j];
  const Tok *p;

  if (j < 1 || t->kind != T_WORD || !(t->flags & F_LOWER) || t->end - t->start < 3)
    return FALSE;
  if (ctx->data[t->end - 1] != 's' || ctx->data[t->end - 2] == 's' || ctx->data[t->end - 2] == '\'')
    return FALSE;
  if (t->lex & (L_PREP | L_DET | L_POSS | L_PRON | L_CONJ | L_ADV))
    return FALSE;
  p = &ctx->toks[j - 1];
  return p->kind == T_WORD && !(p->lex & (L_DET | L_POSS | L_PREP | L_AUX)) && !(p->flags & F_DIGIT);
}

/* Does the clause at @cs look like a finite clause? For verbs that often
 * take a noun phrase ("denied the allegations"). */
static gboolean
clause_test (const Ctx *ctx,
             gint       cs)
{
  const Tok *toks = ctx->toks;

  if (cs >= ctx->n)
    return FALSE;
  if (toks[cs].kind == T_WORD && (toks[cs].lex & L_PRON) && !(toks[cs].flags & F_INQ))
    return TRUE;
  for (gint j = cs; j < ctx->n && j - cs <= 12; j++)
    {
      const Tok *t = &toks[j];

      if (!(t->flags & F_INQ) && (t->kind == T_COMMA || t->kind == T_STOP || t->kind == T_SEMI))
        return FALSE;
      if (t->kind != T_WORD)
        continue;
      /* a verb after "when", "that", "who" belongs to another clause */
      if (j > cs && (t->lex & (L_SUB | L_WH | L_THAT)) && !(t->lex & L_PREP))
        return FALSE;
      /* "this to be the real mazurka" */
      if ((t->lex & L_AUX) && has (ctx, j - 1, L_TO))
        return FALSE;
      /* a second noun phrase right after a noun opens a relative clause:
       * "stressing the cost his plan has had" */
      if (j > cs && (t->lex & (L_DET | L_POSS | L_PRON)) && toks[j - 1].kind == T_WORD &&
          !(toks[j - 1].lex & (L_PREP | L_DET | L_POSS | L_CONJ | L_SUB | L_THAT | L_AUX |
                               L_SPEECH | L_ADV)))
        return FALSE;
      /* "denied her claim that …": the clause is the noun's */
      if ((t->lex & L_NOUN) && has (ctx, j + 1, L_THAT | L_PRON))
        return FALSE;
      if (t->lex & (L_AUX | L_PAST))
        return TRUE;
      if ((t->lex & L_PRON) && t->plen > 0)
        return TRUE;
      if (j > cs && (t->flags & F_ED) && !has (ctx, j - 1, L_DET | L_POSS))
        return TRUE;
    }
  return FALSE;
}

/* The listener after "told": returns the content start or -1, and the last
 * token of the listener in *obj_last. */
static gint
tell_object (const Ctx *ctx,
             gint       k,
             gboolean  *that,
             gint      *obj_last)
{
  const Tok *toks = ctx->toks;
  gint j;

  *obj_last = k - 1;
  /* "told the delegates of a union that …", "told Coast FM: …" */
  for (j = k; j < ctx->n && j - k <= 12; j++)
    {
      const Tok *t = &toks[j];

      if (t->flags & F_INQ)
        break;
      if (t->kind == T_COLON)
        {
          *that = FALSE;
          *obj_last = j - 1;
          return j + 1;
        }
      if (t->kind != T_WORD)
        break;
      if (t->lex & L_THAT)
        {
          *that = TRUE;
          *obj_last = j - 1;
          return j + 1;
        }
      if (j > k && (t->lex & L_PRON) && !(t->lex & L_OBJPRON))
        {
          /* "told a press briefing they were …" */
          *that = FALSE;
          *obj_last = j - 1;
          return j;
        }
      if (t->lex & (L_SPEECH | L_AUX | L_WH | L_TO))
        break;
    }

  *that = FALSE;
  if (k >= ctx->n || toks[k].kind != T_WORD || (toks[k].flags & F_INQ))
    return -1;
  if (toks[k].lex & L_OBJPRON)
    {
      *obj_last = k;
      return k + 1;
    }
  if (toks[k].flags & F_CAP)
    {
      /* "told The Courier council work was …", "telling KTVB her …" */
      j = k;
      while (j < ctx->n && j - k < 6 && toks[j].kind == T_WORD && !(toks[j].flags & F_INQ) &&
             (toks[j].flags & (F_CAP | F_DIGIT)) && !(toks[j].lex & L_PRON))
        j++;
      *obj_last = j - 1;
      return j;
    }
  if (toks[k].lex & L_DET)
    {
      j = k + 1;
      while (j < ctx->n && j - k < 5 && toks[j].kind == T_WORD && !(toks[j].flags & F_INQ) &&
             (toks[j].flags & F_LOWER) && !(toks[j].flags & F_ED) &&
             !(toks[j].lex & (L_DET | L_POSS | L_PRON | L_PREP | L_AUX | L_SPEECH | L_CONJ)))
        j++;
      if (j - k < 2 || j >= ctx->n)
        return -1;
      *obj_last = j - 1;
      return j;
    }
  if ((toks[k].flags & F_LOWER) && !(toks[k].lex & ~(L_NOSPEAK | L_LABEL)) && k + 1 < ctx->n &&
      (has (ctx, k + 1, L_DET | L_POSS | L_PRON) || (toks[k + 1].flags & (F_CAP | F_DIGIT))))
    {
      /* "told reporters the agency could not …" */
      *obj_last = k;
      return k + 1;
    }
  return -1;
}

/* Where the content clause after the verb group ending at @last begins, or
 * -1 when none follows. */
static gint
forward_start (Ctx *ctx,
               Cue *c,
               gint last)
{
  const Tok *toks = ctx->toks;
  guint64 vlex = c->type == CUE_NOUN ? 0 : toks[c->verb].lex;
  gboolean that = FALSE;
  gboolean tell = (vlex & L_TELL) != 0;
  gint k = skip_adverbials (ctx, last + 1);
  gint cs;
  const Tok *f;

  c->cue_last = last;
  if (k >= ctx->n)
    return -1;

  if (tell && !(toks[k].lex & L_THAT) && toks[k].kind == T_WORD)
    {
      gint obj_last;

      gboolean listener;

      cs = tell_object (ctx, k, &that, &obj_last);
      listener = cs >= 0;
      if (cs >= 0)
        {
          c->cue_last = obj_last >= k ? obj_last : last;
          cs = skip_adverbials (ctx, cs);
          if (!that && cs < ctx->n && has (ctx, cs, L_PREP) && !(toks[cs].flags & F_INQ))
            cs = lookahead_that (ctx, cs, &that);
          /* "reminded Elizabeth of having promised": no clause */
          if (cs < 0)
            return -1;
        }
      if (!listener || cs >= ctx->n || (!that && has (ctx, cs, L_AUX)))
        {
          /* "warn" and "assure" may go without a listener: "Officials warn
           * the outbreak could spread" */
          if (!(vlex & L_NPPRONE))
            return -1;
          c->cue_last = last;
          that = FALSE;
          cs = k;
        }
    }
  else if (toks[k].kind == T_WORD && (toks[k].lex & L_PREP) && !(toks[k].flags & F_INQ))
    {
      /* "said in an interview that", "wrote in her memoir that" */
      cs = lookahead_that (ctx, k, &that);
      if (cs < 0 && k + 1 < ctx->n && !(toks[k].lex & L_TO) &&
          ((toks[k + 1].flags & F_DIGIT) ||
           word_is (ctx, k + 1, "least") || word_is (ctx, k + 1, "most")))
        cs = k;   /* "said about 8,500 vehicles", "said at least 40 homes" */
      if (cs < 0)
        return -1;
    }
  else if (toks[k].kind == T_WORD && (toks[k].lex & L_THAT) && !(toks[k].flags & F_INQ))
    {
      if (k + 1 < ctx->n && toks[k + 1].kind == T_COMMA)
        {
          cs = k;   /* "suggested that, and not the budget, was …" */
          that = TRUE;
        }
      else if (k + 2 < ctx->n && has (ctx, k + 1, L_NOUN) && !has (ctx, k + 1, L_GER) &&
               has (ctx, k + 2, L_AUX) &&
               (ctx->data[toks[k + 1].end - 1] | 0x20) != 's')
        {
          cs = k;   /* "said that claim was false": a demonstrative */
          that = TRUE;
        }
      else
        {
          cs = k + 1;
          that = TRUE;
        }
    }
  else if ((toks[k].kind == T_COMMA || toks[k].kind == T_COLON) && !(toks[k].flags & F_INQ) &&
           k + 1 < ctx->n && (toks[k + 1].flags & F_OPEN))
    cs = k + 1;   /* said, "…" */
  else
    cs = k;

  if (cs >= ctx->n)
    return -1;
  c->that = that;
  f = &toks[cs];

  if (f->kind == T_QUOTE)
    {
      if (!(f->flags & F_OPEN))
        return -1;
      if (!that && c->type != CUE_NOUN && (vlex & L_NPPRONE) && !clause_test (ctx, cs))
        return -1;
    }
  else if (f->kind != T_WORD)
    return -1;
  else
    {
      if (f->lex & (L_TO | L_AUX | L_NOCLAUSE) && !(f->flags & F_CAP && !(f->lex & (L_TO | L_AUX))))
        return -1;
      if ((f->lex & (L_SPEECH | L_MAKE)) && (f->lex & (L_FIN | L_GER)) && !(f->lex & L_NOUN) &&
          !(f->flags & F_CAP))
        return -1;
      /* a gap: "which he wrote occurred to him" */
      if (!that && (f->flags & F_ED) && cs + 1 < ctx->n &&
          has (ctx, cs + 1, L_PREP | L_DET | L_POSS | L_PRON | L_OBJPRON))
        return -1;
      /* "Denies Claims He …": the inner cue owns the clause */
      if ((f->lex & L_NOUN) && has (ctx, cs + 1, L_THAT | L_PRON))
        return -1;
      if (!that)
        {
          if (f->lex & (L_WH | L_CONJ | L_AS) && !(f->lex & L_THAT))
            return -1;
          if ((f->lex & L_PREP) && cs != k)
            return -1;
          if ((f->lex & L_OBJPRON) && !(f->lex & (L_PRON | L_POSS)))
            return -1;
          if (word_is (ctx, cs, "no") && cs + 1 < ctx->n && toks[cs + 1].kind != T_WORD)
            return -1;
          if (c->type != CUE_NOUN && (vlex & (L_NPPRONE | L_TELL)) && !clause_test (ctx, cs))
            return -1;
          /* idioms, not clauses: "said no more", "without saying a word" */
          if ((word_is (ctx, cs, "no") && word_is (ctx, cs + 1, "more")) ||
              (word_is (ctx, cs, "a") && word_is (ctx, cs + 1, "word")))
            return -1;
        }
    }
  return cs;
}

/* The subject of a verb with a comma before it: "Dana Whitlock, the owner of
 * …, says". Returns TRUE and the subject, and in *cstart the comma that
 * opens the subject and its appositions. */
static gboolean
segment_subject (const Ctx *ctx,
                 gint       comma,
                 gint      *s,
                 gint      *e,
                 gint      *cstart)
{
  const Tok *toks = ctx->toks;
  gint j = comma;

  /* “…,” said: the comma inside the closing mark */
  if ((toks[j].flags & F_CLOSE) && j > 0 && toks[j - 1].kind == T_COMMA)
    j--;

  for (gint seg = 0; seg < 4 && j > ctx->region; seg++)
    {
      gint b = j - 1;
      gint first;
      const Tok *f;

      while (b >= ctx->region && j - b < 40)
        {
          if (toks[b].kind == T_COMMA &&
              (!(toks[b].flags & F_INQ) || (b + 1 < ctx->n && (toks[b + 1].flags & F_CLOSE))))
            break;
          if (!(toks[b].flags & F_INQ) && (toks[b].kind == T_SEMI || toks[b].kind == T_COLON ||
                                           toks[b].kind == T_STOP))
            break;
          b--;
        }
      if (j - b >= 40)
        return FALSE;
      first = b + 1;
      if (b >= ctx->region && toks[b].kind == T_COMMA && first < j && (toks[first].flags & F_CLOSE))
        first++;
      if (first >= j)
        return FALSE;
      f = &toks[first];
      if (f->kind == T_WORD && !(f->flags & F_INQ))
        {
          if (f->lex & (L_REL | L_WH) && !(f->lex & L_THAT))
            {
              j = b;
              continue;
            }
          if ((f->lex & L_PRON) && first + 1 == j)
            {
              *s = first;
              *e = j;
              *cstart = b;
              return TRUE;
            }
          if ((((f->flags & F_CAP) && !(f->lex & (L_PREP | L_SUB | L_CONNECT | L_TIME | L_WH))) ||
               /* "season-ticket holder Mrs Pat Henshaw, 71, said" */
               ((f->flags & F_LOWER) && !(f->lex & ~(L_NOSPEAK | L_LABEL)) &&
                (toks[j - 1].flags & F_CAP))) &&
              !(f->flags & F_ING) && !(f->lex & L_PRON))
            {
              gint ne = np_right (ctx, first, j);
              gint se = ne;

              /* "The International Fiscal Stability Organisation (IFSO)," */
              if (ne > first && ne + 1 < j && toks[ne].kind == T_LPAREN &&
                  toks[j - 1].kind == T_RPAREN && j - ne <= 6)
                ne = j;
              /* "Local fishermen, who …, said": a capital that only opens
               * the sentence, then lower-case words */
              if (ne == first + 1 && ne < j && first == ctx->region && j - first <= 4)
                {
                  gint k = ne;

                  while (k < j && (toks[k].flags & F_LOWER) && is_np_word (ctx, k) &&
                         !(toks[k].lex & (L_PREP | L_DET | L_POSS | L_PRON)))
                    k++;
                  if (k == j)
                    ne = se = j;
                }
              if (ne > first && ne == j)
                {
                  gint b2;

                  *s = first;
                  *e = se;
                  *cstart = b;
                  /* an apposition before the name: "the city's chief
                   * engineer, Dana Whitlock, said" */
                  if (b > ctx->region)
                    {
                      b2 = b - 1;
                      while (b2 >= ctx->region && b - b2 < 8 && toks[b2].kind == T_WORD &&
                             !(toks[b2].flags & F_INQ) && !(toks[b2].lex & (L_AUX | L_SPEECH)) &&
                             !(toks[b2].flags & F_ED))
                        b2--;
                      if (b2 >= ctx->region && b - b2 < 8 && b - b2 > 1 &&
                          toks[b2].kind == T_COMMA && !(toks[b2].flags & F_INQ) &&
                          has (ctx, b2 + 1, L_DET | L_POSS))
                        *cstart = b2;
                    }
                  return TRUE;
                }
            }
        }
      j = b;
    }
  return FALSE;
}

/* Finds the subject of the verb group starting at @v; fills the cue. */
static void
find_subject (Ctx *ctx,
              Cue *c,
              gint v)
{
  const Tok *toks = ctx->toks;
  gint j = v - 1;
  gint steps = 0;
  gint s;

  c->subj_s = c->subj_e = -1;
  c->edge = v;

  /* auxiliaries and adverbs: "has also said", "had already made it clear" */
  while (j >= ctx->region && steps < 4 && toks[j].kind == T_WORD && !(toks[j].flags & F_INQ) &&
         ((toks[j].lex & (L_AUX | L_ADV)) || (toks[j].flags & F_LY)) &&
         !(toks[j].lex & (L_CONJ | L_SUB | L_PRON)))
    {
      j--;
      steps++;
    }
  c->edge = j + 1;
  if (j < ctx->region)
    return;

  if (toks[j].kind == T_RPAREN)
    {
      /* "Ann Keller (D-Ore.) told" */
      gint k = j - 1;

      while (k >= ctx->region && j - k < 10 && toks[k].kind != T_LPAREN)
        k--;
      if (k < ctx->region || toks[k].kind != T_LPAREN)
        return;
      j = k - 1;
      if (j < ctx->region)
        return;
    }

  if (toks[j].kind == T_WORD && !(toks[j].flags & F_INQ))
    {
      const Tok *t = &toks[j];

      if (t->lex & L_CONJ && !(t->lex & L_CONTRAST))
        {
          c->coord = TRUE;   /* "but said", "and warned" */
          return;
        }
      if ((t->lex & L_REL) && !(t->lex & L_THAT) && (t->lex & L_WH) &&
          (word_is (ctx, j, "who") ||
           (word_is (ctx, j, "which") && j > ctx->region && toks[j - 1].kind == T_COMMA)))
        {
          /* "critics who say", "Tom Harlow, who argues", "the ministry,
           * which said …, has": the antecedent speaks, and the relative
           * clause ends at its next comma */
          gint k = j - 1;

          if (k >= ctx->region && toks[k].kind == T_COMMA)
            k--;
          s = np_left (ctx, k, ctx->region);
          if (s >= 0)
            {
              c->subj_s = s;
              c->subj_e = k + 1;
            }
          c->sub_mode = TRUE;
          return;
        }
      if (t->lex & L_PRON)
        {
          if (t->lex & L_IT && j > ctx->region && has (ctx, j - 1, L_BE))
            return;
          if (word_is (ctx, j, "there"))
            return;
          c->subj_s = j;
          c->subj_e = j + 1;
          c->edge = j;
        }
      else
        {
          s = np_left (ctx, j, ctx->region);
          if (s < 0)
            return;
          c->subj_s = s;
          c->subj_e = j + 1;
          c->edge = s;
        }
      /* the clause the subject opens: "While she's said …", "after the
       * government announced …", "in which sources said …" */
      if (c->subj_s > ctx->region)
        {
          const Tok *b = &toks[c->subj_s - 1];

          if (b->kind == T_WORD && !(b->flags & F_INQ))
            {
              if (b->lex & L_AS)
                c->as_cue = TRUE;
              else if (b->lex & (L_SUB | L_WH | L_REL))
                c->sub_mode = TRUE;
            }
        }
      return;
    }

  if (is_post_boundary (ctx, j) && toks[j].kind == T_COMMA)
    {
      gint ss, se, cst;

      if (segment_subject (ctx, j, &ss, &se, &cst))
        {
          c->subj_s = ss;
          c->subj_e = se;
          c->post_ce = cst;
        }
    }
  else if ((toks[j].flags & F_CLOSE) && j > 0 && toks[j - 1].kind == T_COMMA)
    {
      gint ss, se, cst;

      if (segment_subject (ctx, j, &ss, &se, &cst))
        {
          c->subj_s = ss;
          c->subj_e = se;
          c->post_ce = cst;
        }
    }
}

/* Candidate cues */

/* "quoted Mr Varga as saying", "quoted the minister, Alan Pryce, as
 * saying", "was quoted by the Gazette as saying" with the gerund at @i:
 * returns the token of "quoted", or -1. The speaker, when the words up to
 * "as" parse, goes to [*subj_s, *subj_e); -1 there when "quoted" is passive
 * (*@passive: the subject comes before it) or the words do not parse
 * (nobody, rather than the medium). */
static gint
quoted_object (const Ctx *ctx,
               gint       i,
               gint      *subj_s,
               gint      *subj_e,
               gboolean  *passive)
{
  const Tok *toks = ctx->toks;
  gint k = i - 2;
  gint e1;

  *subj_s = *subj_e = -1;
  *passive = FALSE;
  if (!has (ctx, i - 1, L_AS) || k <= ctx->region)
    return -1;
  while (k > ctx->region && i - 1 - k < 20 && !has (ctx, k, L_QUOTED) &&
         toks[k].kind != T_STOP && toks[k].kind != T_SEMI)
    k--;
  if (!has (ctx, k, L_QUOTED) || (toks[k].flags & F_INQ) || k + 1 >= i - 1)
    return -1;
  /* "was (later) quoted by the Gazette as saying", "quoted in the
   * Gazette as" */
  if (has (ctx, k + 1, L_BY) || word_is (ctx, k + 1, "in"))
    {
      *passive = TRUE;
      return np_right (ctx, k + 2, i - 1) == i - 1 ? k : -1;
    }
  e1 = np_right (ctx, k + 1, i - 1);
  if (e1 == i - 1)
    {
      *subj_s = k + 1;
      *subj_e = e1;
    }
  else if (e1 > k + 1 && toks[e1].kind == T_COMMA && toks[i - 2].kind == T_COMMA &&
           e1 + 1 < i - 2 && np_right (ctx, e1 + 1, i - 2) == i - 2)
    {
      /* an apposition: the name when it comes second */
      if (toks[e1 + 1].flags & F_CAP)
        {
          *subj_s = e1 + 1;
          *subj_e = i - 2;
        }
      else
        {
          *subj_s = k + 1;
          *subj_e = e1;
        }
    }
  return k;
}

static void
add_verb_cue (Ctx *ctx,
              gint i)
{
  const Tok *toks = ctx->toks;
  const Tok *t = &toks[i];
  Cue c = { 0, };
  gint last = i;

  c.type = (t->lex & L_GER) ? CUE_GERUND : CUE_VERB;
  c.verb = i;
  c.subj_s = c.subj_e = -1;
  c.post_ce = -1;
  c.fwd = -1;
  c.conf = 0.8f;

  if (i > 0 && toks[i - 1].kind == T_WORD && !(toks[i - 1].flags & F_INQ))
    {
      const Tok *p = &toks[i - 1];

      /* infinitives ("declined to say"), "the said", "accused of saying" */
      if (p->lex & L_TO)
        return;
      if ((p->lex & (L_DET | L_POSS)) && !(p->lex & L_PRON))
        return;
      if (c.type == CUE_GERUND && (p->lex & L_NOTGER))
        return;
    }

  if (t->lex & L_MAKE)
    {
      /* "made clear", "made it clear" */
      if (has (ctx, i + 1, L_CLEAR))
        last = i + 1;
      else if (has (ctx, i + 1, L_IT) && has (ctx, i + 2, L_CLEAR))
        last = i + 2;
      else
        return;
    }
  c.verb_last = last;

  if (c.type == CUE_GERUND)
    {
      gint j = i - 1;
      gint k, qs, qe;
      gboolean passive;

      if (has (ctx, i - 1, L_AS) && has (ctx, i - 2, L_QUOTED))
        {
          /* "was quoted as saying" */
          c.type = CUE_VERB;
          find_subject (ctx, &c, i - 2);
          c.edge = MIN (c.edge, i - 2);
        }
      else if ((k = quoted_object (ctx, i, &qs, &qe, &passive)) >= 0)
        {
          c.type = CUE_VERB;
          if (passive)
            {
              /* "was quoted by local radio as saying": the medium is
               * not the speaker */
              find_subject (ctx, &c, k);
              c.edge = MIN (c.edge, k);
            }
          else
            {
              /* "state media quoted Mr Varga as saying": the object of
               * "quoted" speaks, not its subject */
              c.subj_s = qs;
              c.subj_e = qe;
              c.edge = k;
            }
        }
      else
        {
          while (j >= ctx->region && i - j < 3 && toks[j].kind == T_WORD &&
                 ((toks[j].lex & L_ADV) || (toks[j].flags & F_LY)) && !(toks[j].lex & L_CONJ))
            j--;
          c.edge = j + 1;
          /* "despite residents warning that": a subject of its own */
          if (j >= ctx->region && toks[j].kind == T_WORD && !(toks[j].flags & F_INQ) &&
              !(toks[j].lex & (L_PREP | L_SUB | L_CONJ | L_DET | L_AUX | L_REL | L_WH)) &&
              is_np_word (ctx, j) && (j == ctx->region || !has (ctx, j - 1, L_BE)))
            {
              gint s = np_left (ctx, j, ctx->region);

              if (s >= 0 && j - s < 4 && !(toks[j].flags & F_CAP && j == ctx->region))
                {
                  c.subj_s = s;
                  c.subj_e = j + 1;
                }
            }
          c.conf = 0.75f;
        }
    }
  else
    {
      gint j = i - 1;

      if ((t->lex & L_BASE) && i > ctx->region && has (ctx, i - 1, L_DET))
        return;
      while (j >= ctx->region && i - j < 4 && toks[j].kind == T_WORD &&
             ((toks[j].lex & L_ADV) || (toks[j].flags & F_LY)) && !(toks[j].lex & L_CONJ))
        j--;
      if (has (ctx, j, L_BE))
        {
          /* passives: "had been reported", "is said to"; only "was told
           * (by X) that" reports speech, and its subject is the listener */
          if (!(t->lex & L_TELL))
            return;
          c.passive = TRUE;
        }
      find_subject (ctx, &c, i);
      if (c.passive)
        {
          c.subj_s = c.subj_e = -1;
          c.coord = FALSE;
          c.sub_mode = FALSE;
          c.as_cue = FALSE;
          c.post_ce = -1;
          if (has (ctx, i + 1, L_BY))
            {
              gint ne = np_right (ctx, i + 2, ctx->n);

              if (ne > i + 2)
                {
                  c.subj_s = i + 2;
                  c.subj_e = ne;
                }
            }
        }
      /* evidence, not a speaker: "the data suggests", "polls show" */
      if (c.subj_s >= 0 && c.subj_e > c.subj_s && has (ctx, c.subj_e - 1, L_NOSPEAK))
        return;
    }

  c.postable = is_post_boundary (ctx, c.edge - 1) && c.subj_s >= 0 && c.subj_s == c.edge;
  if (c.post_ce >= 0)
    c.postable = TRUE;
  if (c.passive)
    c.postable = FALSE;

  /* "…, said Okafor", "…,” said the 68-year-old singer" */
  if (c.type == CUE_VERB && c.subj_s < 0 && !c.coord && c.edge == i && is_post_boundary (ctx, i - 1) &&
      !(t->lex & L_MAKE))
    {
      gint k = skip_adverbials (ctx, last + 1);
      gint ne = np_right (ctx, k, ctx->n);

      if (k == last + 1 && ne > k && !(toks[k].lex & L_THAT))
        {
          gint after = skip_adverbials (ctx, ne);

          if (after >= ctx->n || toks[after].kind == T_COMMA || toks[after].kind == T_STOP ||
              toks[after].kind == T_SEMI || has (ctx, after, L_PREP))
            {
              c.vs = TRUE;
              c.subj_s = k;
              c.subj_e = ne;
              c.cue_last = ne - 1;
              c.postable = TRUE;
            }
        }
    }

  /* a dialogue tag with no subject ("…,” said Prince Andrew quietly)
   * introduces no clause */
  if (!c.vs && !(c.type == CUE_VERB && c.subj_s < 0 && !c.coord && !c.passive && c.edge == i &&
                 (i == ctx->region || is_post_boundary (ctx, i - 1))))
    c.fwd = forward_start (ctx, &c, last);
  if (c.fwd >= 0 && c.that)
    c.conf += 0.1f;
  if (c.fwd >= 0 && !c.that && (t->lex & L_NPPRONE))
    c.conf -= 0.15f;

  ctx->cues[ctx->n_cues++] = c;
}

static void
add_noun_cue (Ctx *ctx,
              gint i)
{
  const Tok *toks = ctx->toks;
  Cue c = { 0, };
  gint j = i + 1;
  gint cs = -1;

  c.type = CUE_NOUN;
  c.verb = c.verb_last = c.edge = i;
  c.subj_s = c.subj_e = -1;
  c.post_ce = -1;
  c.fwd = -1;
  c.conf = 0.7f;

  if (j >= ctx->n)
    return;
  if (has (ctx, j, L_THAT) && !in_quote (ctx, j))
    {
      cs = j + 1;
      c.that = TRUE;
    }
  else if (has (ctx, j, L_BY) && !in_quote (ctx, j))
    {
      /* "a statement by singer Rosa Lindqvist that" */
      gint k;

      for (k = j + 1; k < ctx->n && k - j < 8; k++)
        {
          if (toks[k].kind != T_WORD || (toks[k].flags & F_INQ))
            break;
          if (toks[k].lex & L_THAT)
            break;
          if (toks[k].lex & (L_AUX | L_SPEECH | L_SUB | L_WH))
            break;
        }
      if (k < ctx->n && has (ctx, k, L_THAT) && k > j + 1)
        {
          gint ne = np_right (ctx, j + 1, k);

          if (ne > j + 1)
            {
              c.subj_s = j + 1;
              c.subj_e = ne;
            }
          cs = k + 1;
          c.that = TRUE;
          c.verb_last = k - 1;
        }
    }
  else if ((toks[j].lex & L_PRON) && !(toks[j].lex & L_IT) && (toks[i].lex & L_SPEECH) &&
           !in_quote (ctx, j) && !word_is (ctx, j, "there"))
    cs = j;   /* "Claims She Inflated Her Sales Figures" */

  if (cs < 0 || cs >= ctx->n)
    return;
  /* a relative clause, not a content clause: "a statement that was …" */
  if (toks[cs].kind == T_WORD && ((toks[cs].lex & (L_AUX | L_SPEECH | L_MAKE | L_WH)) ||
                                  (toks[cs].flags & F_ED)))
    return;
  if (toks[cs].kind != T_WORD && !(toks[cs].flags & F_OPEN))
    return;

  if (c.subj_s < 0 && i > ctx->region)
    {
      const Tok *p = &toks[i - 1];

      if (p->kind == T_WORD && !(p->flags & F_INQ))
        {
          gsize len = p->end - p->start;
          const char *w = ctx->data + p->start;
          gboolean sq = len > 2 && (w[len - 1] == 's' || w[len - 1] == 'S') &&
                        (w[len - 2] == '\'' || (len > 4 && (guchar) w[len - 2] == 0x99));

          if ((p->lex & L_POSS) && !(p->lex & L_PRON))
            {
              c.subj_s = i - 1;
              c.subj_e = i;
            }
          else if (sq || ((p->flags & F_CAP) && !(p->lex & (L_DET | L_PREP | L_CONNECT))))
            {
              gint s = np_left (ctx, i - 1, ctx->region);

              c.subj_s = s >= 0 ? s : i - 1;
              c.subj_e = i;
            }
        }
    }
  c.edge = c.subj_s >= 0 && c.subj_s < i ? c.subj_s : i;
  c.fwd = cs;
  c.cue_last = c.verb_last;
  ctx->cues[ctx->n_cues++] = c;
}

static void
add_according_cue (Ctx *ctx,
                   gint i)
{
  const Tok *toks = ctx->toks;
  Cue c = { 0, };
  gint k;
  gint ne;

  c.type = CUE_ACCORDING;
  c.verb = c.edge = i;
  c.verb_last = i + 1;
  c.subj_s = c.subj_e = -1;
  c.post_ce = -1;
  c.fwd = -1;
  c.conf = 0.8f;

  /* the source runs to the next comma or the end */
  for (k = i + 2; k < ctx->n && k - i < 16; k++)
    {
      if (toks[k].kind == T_COMMA || toks[k].kind == T_STOP || toks[k].kind == T_SEMI ||
          toks[k].kind == T_COLON)
        break;
      if (toks[k].kind == T_WORD && (toks[k].lex & L_NOSPEAK))
        return;
    }
  ne = np_right (ctx, i + 2, k);
  if (ne <= i + 2)
    return;
  c.subj_s = i + 2;
  c.subj_e = ne;
  c.cue_last = ne - 1;

  if (i > ctx->region && is_post_boundary (ctx, i - 1))
    {
      c.postable = TRUE;
      c.post_ce = toks[i - 1].kind == T_COMMA ? i - 1 : i;
    }
  else if (k < ctx->n && toks[k].kind == T_COMMA && (i == ctx->region || has (ctx, i - 1, L_CONNECT)))
    c.fwd = k + 1 < ctx->n ? k + 1 : -1;
  else
    return;
  ctx->cues[ctx->n_cues++] = c;
}

static void
add_passive_cue (Ctx *ctx,
                 gint i)
{
  const Tok *toks = ctx->toks;
  Cue c = { 0, };
  gint j = i - 1;
  gint k;

  while (j >= ctx->region && i - j < 3 && ((toks[j].lex & L_ADV) || (toks[j].flags & F_LY)))
    j--;
  if (!has (ctx, j, L_BE) || !has (ctx, i + 1, L_BY))
    return;
  for (k = i + 2; k < ctx->n && k - i < 12; k++)
    if (toks[k].kind != T_WORD || (toks[k].lex & L_AS))
      break;
  if (k >= ctx->n - 1 || !has (ctx, k, L_AS) || k == i + 2)
    return;

  c.type = CUE_PASSIVE;
  c.verb = c.edge = i;
  c.verb_last = k - 1;
  c.cue_last = k - 1;
  c.subj_s = i + 2;
  c.subj_e = np_right (ctx, i + 2, k);
  if (c.subj_e <= c.subj_s)
    c.subj_s = c.subj_e = -1;
  c.post_ce = -1;
  c.fwd = k + 1;
  c.conf = 0.5f;
  ctx->cues[ctx->n_cues++] = c;
}

/* Output */

static gboolean
strip_span (const Ctx *ctx,
            gint       s,
            gint      *e_inout)
{
  const Tok *toks = ctx->toks;
  gint e = *e_inout;
  gint words = 0;
  gboolean lparen = FALSE;

  for (gint k = s; k < e; k++)
    if (toks[k].kind == T_LPAREN && !(toks[k].flags & F_INQ))
      lparen = TRUE;

  while (e > s)
    {
      const Tok *t = &toks[e - 1];

      if (t->flags & F_INQ)
        break;
      if (t->kind == T_COMMA || t->kind == T_STOP || t->kind == T_SEMI || t->kind == T_COLON ||
          t->kind == T_DASH || (t->kind == T_RPAREN && !lparen) ||
          (t->kind == T_QUOTE && !(t->flags & F_INQ) && e - 1 > s && !(toks[e - 2].flags & F_INQ) &&
           toks[e - 2].kind != T_WORD))
        e--;
      else
        break;
    }
  for (gint k = s; k < e; k++)
    if (toks[k].kind == T_WORD)
      words++;
  *e_inout = e;
  return words >= 2;
}

static void
emit (Ctx       *ctx,
      const Cue *c,
      gint       s,
      gint       e,
      gint       form)
{
  const Tok *toks = ctx->toks;
  QcReport r = { 0, };
  gint cs, ce;

  if (!strip_span (ctx, s, &e))
    return;
  /* the whole clause in quotation marks: only the partial quote */
  if (toks[s].quote >= 0 && toks[s].quote == toks[e - 1].quote)
    return;
  /* a content starting in the middle of a quote */
  if ((toks[s].flags & F_INQ) && !(toks[s].flags & F_OPEN))
    return;

  r.start = toks[s].start;
  r.end = toks[e - 1].end;
  /* a quote that goes on past the sentence: the clause ends with it */
  if (toks[e - 1].quote >= 0 && e == ctx->n)
    {
      const QcQuote *q = &ctx->quotes[toks[e - 1].quote];

      if (q->end > r.end && q->end <= ctx->len)
        r.end = q->end;
    }

  cs = c->verb;
  ce = MAX (c->verb_last, c->cue_last);
  if (c->subj_s >= 0)
    {
      gboolean apart = FALSE;

      /* "Tom Harlow, who argues …, has said": the cue is the verb group */
      for (gint k = c->subj_e; k < c->verb && !apart; k++)
        apart = toks[k].kind == T_COMMA;
      if (!apart)
        {
          cs = MIN (cs, c->subj_s);
          ce = MAX (ce, c->subj_e - 1);
        }
      else
        cs = MIN (cs, c->edge);
      r.subject_start = toks[c->subj_s].start;
      r.subject_end = toks[c->subj_s].plen > 0 && c->subj_e == c->subj_s + 1
                        ? toks[c->subj_s].start + toks[c->subj_s].plen
                        : toks[c->subj_e - 1].end;
      if (c->type == CUE_GERUND || c->coord)
        cs = c->verb;
    }
  else
    {
      r.subject_start = r.subject_end = toks[c->verb].start;
    }
  if (c->coord || c->type == CUE_GERUND)
    {
      cs = MIN (c->edge, c->verb);
      ce = MAX (c->verb_last, c->cue_last);
    }
  if (ce < cs)
    ce = cs;
  r.cue_start = toks[cs].start;
  r.cue_end = toks[ce].end;
  r.confidence = c->conf;
  if (c->subj_s < 0)
    r.confidence -= 0.1f;
  r.form = form;
  g_array_append_val (ctx->reports, r);
}

/* Does the break before token @k end the content clause? @words and
 * @verb describe the content so far. */
static gboolean
cut_after_comma (const Ctx *ctx,
                 gint       k,
                 gboolean   sub_mode,
                 gint       words,
                 gboolean   verb)
{
  if (sub_mode || ctx->cue_at[k] >= 0)
    return TRUE;
  if (has (ctx, k, L_CONTRAST) && !in_quote (ctx, k))
    return TRUE;
  /* the writer's background: ", where she leads …", ", whose members …";
   * not a clause inside the subject ("the four schools, which together
   * teach 212 pupils, were running …") */
  if (has (ctx, k, L_BG) && !in_quote (ctx, k))
    {
      for (gint j = k + 1; j < ctx->n && j - k < 25; j++)
        {
          const Tok *t = &ctx->toks[j];

          if (t->kind == T_COMMA && !(t->flags & F_INQ))
            {
              if (j + 1 < ctx->n && ctx->toks[j + 1].kind == T_WORD &&
                  ((ctx->toks[j + 1].lex & L_AUX) || (ctx->toks[j + 1].flags & F_ED)))
                return FALSE;
              break;
            }
          if (!(t->flags & F_INQ) && (t->kind == T_SEMI || t->kind == T_STOP))
            break;
        }
      return TRUE;
    }
  /* ", and has backed a plan": the main clause goes on */
  if (has (ctx, k, L_CONJ) && !in_quote (ctx, k) && k + 1 < ctx->n &&
      (ctx->cue_at[k + 1] >= 0 || has (ctx, k + 1, L_HAVE)))
    return TRUE;
  return FALSE;
}

/* Where a content clause starting at @cs ends (exclusive). */
static gint
content_end (const Ctx *ctx,
             gint       cs,
             gboolean   sub_mode)
{
  const Tok *toks = ctx->toks;
  gint words = 0;
  gboolean verb = FALSE;

  for (gint j = cs; j < ctx->n; j++)
    {
      const Tok *t = &toks[j];
      gint k;

      if (t->kind == T_WORD)
        {
          words++;
          if ((t->lex & (L_AUX | L_SPEECH)) || (t->flags & F_ED) || t->plen > 0)
            verb = TRUE;
        }
      if (t->flags & F_INQ)
        {
          if (t->kind == T_COMMA && j > cs && (k = comma_boundary (ctx, j)) >= 0)
            {
              if (k >= ctx->n)
                return ctx->n;
              if (cut_after_comma (ctx, k, sub_mode, words, verb))
                return k;
            }
          continue;
        }
      switch (t->kind)
        {
        case T_SEMI:
          return j;
        case T_COLON:
          if (j + 1 < ctx->n && (toks[j + 1].flags & F_OPEN))
            return j;
          break;
        case T_COMMA:
          k = j + 1;
          if (k >= ctx->n)
            return j;
          if (cut_after_comma (ctx, k, sub_mode, words, verb))
            return j;
          break;
        case T_WORD:
          if (j == cs || j + 1 >= ctx->n)
            break;
          /* "… but said she would not resign" */
          if ((t->lex & L_CONJ) && !(t->lex & L_SUB) && ctx->cue_at[j + 1] >= 0)
            return j;
          /* "… “a de facto ban” and called on parliament to …": a verb of
           * the main clause, not a second participle ("arrested and
           * charged") */
          if ((t->lex & L_AND) && (toks[j + 1].flags & F_ED) && !in_quote (ctx, j + 1) &&
              !(toks[j - 1].flags & F_ED))
            return j;
          /* "she was “ready to go” as the town waits …": the quoted words
           * end and the writer's clause begins */
          if ((t->lex & L_AS) && (toks[j - 1].flags & F_CLOSE) &&
              has (ctx, j + 1, L_DET | L_POSS | L_PRON) && !in_quote (ctx, j + 1))
            return j;
          break;
        default:
          break;
        }
    }
  return ctx->n;
}

/* The start of a post-posed content: after a dateline and connectives. */
static gint
skip_connectives (const Ctx *ctx,
                  gint       i)
{
  while (i < ctx->n && has (ctx, i, L_CONNECT) && !in_quote (ctx, i))
    {
      i++;
      if (i < ctx->n && ctx->toks[i].kind == T_COMMA)
        i++;
    }
  return i;
}

static gint
skip_dateline (const Ctx *ctx)
{
  const Tok *toks = ctx->toks;
  gint i = 0;
  gint words = 0;

  while (i < ctx->n && i < 8)
    {
      const Tok *t = &toks[i];

      if (t->kind == T_WORD && all_caps (ctx, i))
        words++;
      else if (t->kind == T_DASH && words > 0)
        return i + 1;
      else if (!(t->kind == T_COMMA || t->kind == T_LPAREN || t->kind == T_RPAREN ||
                 (t->kind == T_WORD && (t->flags & F_DOTTED))))
        return 0;
      i++;
    }
  return 0;
}

static gboolean
headline (Ctx *ctx)
{
  const Tok *toks = ctx->toks;
  gint c;
  Cue cue = { 0, };
  gint words = 0;

  for (c = ctx->region; c < ctx->n && c - ctx->region < 6; c++)
    {
      const Tok *t = &toks[c];

      if (t->kind == T_COLON)
        break;
      if (t->kind != T_WORD || !(t->flags & (F_CAP | F_DIGIT)) || (t->lex & (L_LABEL | L_SPEECH)) ||
          (t->flags & F_INQ))
        return FALSE;
      words++;
    }
  if (c >= ctx->n || toks[c].kind != T_COLON || words == 0 || toks[c].flags & F_INQ)
    return FALSE;
  if (toks[ctx->region].flags & F_DIGIT)
    return FALSE;

  cue.type = CUE_VERB;
  cue.verb = c;
  cue.verb_last = c;
  cue.cue_last = c;
  cue.edge = ctx->region;
  cue.subj_s = ctx->region;
  cue.subj_e = c;
  cue.post_ce = -1;
  cue.conf = 0.6f;
  emit (ctx, &cue, c + 1, ctx->n, QC_REPORT_FORM_HEADLINE);
  return TRUE;
}

/* Is there a finite verb (or a headline infinitive) in [s, e)? A
 * post-posed attribution needs a clause before it, not a fronted phrase
 * ("During a visit to Dunmore, Okafor remarked"). */
static gboolean
has_verb (const Ctx *ctx,
          gint       s,
          gint       e)
{
  for (gint j = s; j < e; j++)
    {
      const Tok *t = &ctx->toks[j];

      if (t->kind != T_WORD)
        continue;
      if ((t->lex & (L_AUX | L_SPEECH | L_PAST)) || (t->flags & F_ED) || t->plen > 0)
        return TRUE;
      /* a headline infinitive, "Bridge to close for six months" */
      if ((t->lex & L_TO) && j + 1 < e && ctx->toks[j + 1].kind == T_WORD &&
          (ctx->toks[j + 1].flags & F_LOWER) &&
          !(ctx->toks[j + 1].lex & (L_DET | L_POSS | L_PREP | L_PRON | L_OBJPRON)))
        return TRUE;
      if (j > s && is_third_person_verb (ctx, j))
        return TRUE;
    }
  return FALSE;
}

/* After a post-posed "X said" only adverbials may follow: "said
 * Wednesday", "said in an interview", "told reporters"; not an object ("he
 * said nothing"). */
static gboolean
post_tail_ok (const Ctx *ctx,
              Cue       *c)
{
  const Tok *toks = ctx->toks;
  gint k = skip_adverbials (ctx, c->verb_last + 1);

  if (k < ctx->n && has (ctx, c->verb, L_TELL) && toks[k].kind == T_WORD && !in_quote (ctx, k) &&
      !(toks[k].lex & (L_PREP | L_SUB | L_CONJ)))
    {
      /* the listener */
      gint j = k;

      if (toks[k].lex & L_OBJPRON)
        j = k + 1;
      else
        {
          if (toks[j].lex & L_DET)
            j++;
          while (j < ctx->n && j - k < 6 && toks[j].kind == T_WORD && !in_quote (ctx, j) &&
                 !(toks[j].lex & (L_PREP | L_SUB | L_CONJ | L_AUX | L_TIME)))
            j++;
        }
      c->cue_last = j - 1;
      k = skip_adverbials (ctx, j);
    }
  if (k >= ctx->n)
    return TRUE;
  switch (toks[k].kind)
    {
    case T_COMMA:
    case T_STOP:
    case T_SEMI:
    case T_DASH:
    case T_RPAREN:
    case T_COLON:
      return TRUE;
    case T_WORD:
      if (in_quote (ctx, k))
        return FALSE;
      return (toks[k].lex & (L_PREP | L_SUB)) && !(toks[k].lex & L_TO);
    default:
      return FALSE;
    }
}

static void
resolve (Ctx *ctx)
{
  const Tok *toks = ctx->toks;
  gint consumed = ctx->region;
  gint last_fwd_end = -1;       /* end of the last emitted forward content */
  gint floor = ctx->region;     /* post-posed contents start here or later */
  gint last_post = -1;          /* index of the last post-posed cue */

  for (gint ci = 0; ci < ctx->n_cues; ci++)
    {
      Cue *c = &ctx->cues[ci];
      gint form;

      if (c->verb < consumed)
        continue;

      /* a gerund or "but said" takes the main clause's subject */
      if ((c->type == CUE_GERUND || c->coord) && c->subj_s < 0)
        {
          if (last_post >= 0 && ctx->cues[last_post].subj_s >= 0 &&
              ctx->cues[last_post].cue_last + 2 >= c->edge)
            {
              c->subj_s = ctx->cues[last_post].subj_s;
              c->subj_e = ctx->cues[last_post].subj_e;
            }
          else
            {
              ensure_main_subject (ctx);
              if (ctx->main_s >= 0 && ctx->main_s < c->verb)
                {
                  c->subj_s = ctx->main_s;
                  c->subj_e = ctx->main_e;
                }
            }
        }

      switch (c->type)
        {
        case CUE_NOUN:
          form = QC_REPORT_FORM_NOUN;
          break;
        case CUE_ACCORDING:
          form = QC_REPORT_FORM_ACCORDING;
          break;
        case CUE_PASSIVE:
          form = QC_REPORT_FORM_PASSIVE;
          break;
        default:
          form = QC_REPORT_FORM_VERB;
          break;
        }

      if (c->fwd >= 0 && !c->as_cue)
        {
          gint e = content_end (ctx, c->fwd, c->sub_mode);
          guint before = ctx->reports->len;

          emit (ctx, c, c->fwd, e, form);
          if (ctx->reports->len > before)
            last_fwd_end = e;
          consumed = MAX (e, c->fwd);
          continue;
        }

      if (c->as_cue && c->type == CUE_VERB)
        {
          /* "as the Courier has reported, CONTENT" / "CONTENT, as X said" */
          gint k = skip_adverbials (ctx, c->verb_last + 1);

          if (k < ctx->n && toks[k].kind == T_COMMA && k + 1 < ctx->n)
            {
              gint e = content_end (ctx, k + 1, FALSE);
              guint before = ctx->reports->len;

              emit (ctx, c, k + 1, e, QC_REPORT_FORM_ACCORDING);
              if (ctx->reports->len > before)
                last_fwd_end = e;
              consumed = e;
              continue;
            }
          if (c->subj_s - 2 >= floor && toks[c->subj_s - 2].kind == T_COMMA)
            {
              c->postable = TRUE;
              c->post_ce = c->subj_s - 2;
              c->edge = c->subj_s - 1;
            }
        }

      if (!c->postable || (c->type != CUE_VERB && c->type != CUE_ACCORDING))
        continue;
      if (c->type == CUE_VERB && !c->vs && !post_tail_ok (ctx, c))
        continue;

      /* post-posed: "CONTENT, X said" */
      {
        gint ce = c->post_ce >= 0 ? c->post_ce : c->edge - 1;
        gint cs = floor;
        gint after;
        gint go_on = -1;

        if (c->post_ce < 0 && (toks[c->edge - 1].flags & F_CLOSE))
          ce = c->edge;
        if (c->type == CUE_VERB && c->vs)
          ce = (toks[c->verb - 1].flags & F_CLOSE) ? c->verb : c->verb - 1;

        /* a report relayed by a second source ("…, saying X, according to
         * the Courier"): the inner report stands */
        if (last_fwd_end >= 0 && last_fwd_end >= ce - 1)
          {
            consumed = MAX (consumed, c->cue_last + 1);
            continue;
          }
        /* "“A,” she said, but …, “B,” said Okafor": the writer's link
         * between two attributions */
        if (cs > ctx->region)
          {
            while (cs < ce && toks[cs].kind == T_COMMA)
              cs++;
            if (has (ctx, cs, L_CONJ))
              cs = ce;
          }
        after = skip_adverbials (ctx, c->cue_last + 1);

        /* "Whether the plan still made sense, she said, was a
         * question …": the clause goes on after the attribution */
        if (c->type == CUE_VERB && !c->vs && after + 1 < ctx->n && toks[after].kind == T_COMMA &&
            !in_quote (ctx, after) && ctx->cue_at[after + 1] < 0)
          {
            const Tok *f = &toks[after + 1];

            if (f->kind == T_WORD && !(f->flags & F_INQ) && !(f->flags & F_ING) &&
                !(f->lex & (L_PREP | L_SUB | L_CONJ | L_TIME | L_REL | L_WH | L_CONNECT)) &&
                ((f->lex & (L_AUX | L_DET | L_POSS | L_PRON)) || (f->flags & (F_ED | F_CAP))))
              go_on = after + 1;
          }

        /* the first part of a split clause needs no verb of its own */
        if (ce > cs && (go_on >= 0 || has_verb (ctx, cs, ce)))
          emit (ctx, c, cs, ce, c->type == CUE_ACCORDING ? QC_REPORT_FORM_ACCORDING
                                                         : QC_REPORT_FORM_POSTPOSED);
        last_post = ci;
        floor = MAX (floor, after);
        consumed = MAX (consumed, after);

        if (go_on >= 0)
          {
            gint e = content_end (ctx, go_on, FALSE);

            emit (ctx, c, go_on, e, QC_REPORT_FORM_POSTPOSED);
            consumed = MAX (consumed, e);
            floor = MAX (floor, e);
          }
      }
    }
}

/* Finds the reports of the tokenized sentence (chunk). Returns FALSE when
 * it holds no cue word. */
static gboolean
analyze (Ctx *ctx)
{
  const Tok *toks = ctx->toks;
  gboolean any = FALSE;

  if (ctx->n < 2)
    return FALSE;
  for (gint i = 0; i < ctx->n; i++)
    {
      if (toks[i].flags & F_INQ)
        continue;
      if ((toks[i].kind == T_WORD &&
           (toks[i].lex & (L_SPEECH | L_NOUN | L_ACCORDING | L_PASSIVE | L_MAKE))) ||
          toks[i].kind == T_COLON)
        {
          any = TRUE;
          break;
        }
    }
  if (!any)
    return FALSE;

  ctx->region = ctx->para_first ? skip_dateline (ctx) : 0;
  ctx->region = skip_connectives (ctx, ctx->region);
  ctx->main_done = FALSE;
  ctx->n_cues = 0;

  if (ctx->para_first && ctx->para_single && headline (ctx))
    return TRUE;

  for (gint i = ctx->region; i < ctx->n; i++)
    {
      const Tok *t = &toks[i];

      ctx->cue_at[i] = -1;
      if (t->kind != T_WORD || (t->flags & F_INQ) || t->lex == 0)
        continue;
      if (t->lex & L_ACCORDING)
        {
          if (has (ctx, i + 1, L_TO))
            add_according_cue (ctx, i);
        }
      else if ((t->lex & L_NOUN) &&
               (!(t->lex & (L_SPEECH | L_MAKE)) ||
                (i > ctx->region && has (ctx, i - 1, L_DET | L_POSS) && !has (ctx, i - 1, L_PRON)) ||
                (!(t->lex & L_GER) && i > ctx->region && has (ctx, i - 1, L_PREP))))
        add_noun_cue (ctx, i);
      else if (t->lex & (L_SPEECH | L_MAKE))
        add_verb_cue (ctx, i);
      else if (t->lex & L_PASSIVE)
        add_passive_cue (ctx, i);
    }
  for (gint i = 0; i < ctx->region && i < ctx->n; i++)
    ctx->cue_at[i] = -1;
  for (gint ci = 0; ci < ctx->n_cues; ci++)
    {
      const Cue *c = &ctx->cues[ci];

      if (c->type == CUE_NOUN || c->type == CUE_PASSIVE || c->passive)
        continue;
      /* a cue with no clause of its own does not end another's ("and
       * charged on Sunday") */
      if (c->fwd < 0 && !c->postable && !c->vs && !c->as_cue)
        continue;
      if (c->edge >= 0 && c->edge < ctx->n && ctx->cue_at[c->edge] < 0)
        ctx->cue_at[c->edge] = ci;
    }

  resolve (ctx);
  return TRUE;
}

static int
compare_reports (gconstpointer a,
                 gconstpointer b)
{
  const QcReport *ra = a;
  const QcReport *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  if (ra->end != rb->end)
    return ra->end > rb->end ? -1 : 1;
  return 0;
}

/**
 * qc_reported_speech_scan:
 * @text: the article
 * @quotes: (element-type QcQuote) (nullable): the quotes of @text
 * @first_sentence: the first sentence to look at
 * @end_sentence: one past the last
 *
 * The reports of sentences [@first_sentence, @end_sentence), in the order
 * found, not yet sorted. Sentences are independent of one another, so the
 * reports of a text are the reports of its parts put end to end and then
 * given to qc_reported_speech_finish().
 *
 * Returns: (transfer full) (element-type QcReport): the reports
 */
GArray *
qc_reported_speech_scan (const QcText *text,
                         const GArray *quotes,
                         guint         first_sentence,
                         guint         end_sentence)
{
  g_autofree Lexicon *lex = NULL;
  g_autofree Tok *toks = NULL;
  g_autofree Cue *cues = NULL;
  g_autofree gint *cue_at = NULL;
  GArray *reports;
  const QcRange *sentences;
  const QcRange *paragraphs;
  guint n_sentences = 0;
  guint n_paragraphs = 0;
  guint pi = 0;
  Ctx ctx = { 0, };
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);

  reports = g_array_new (FALSE, TRUE, sizeof (QcReport));
  len = qc_text_get_length (text);
  sentences = qc_text_get_sentences (text, &n_sentences);
  paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  end_sentence = MIN (end_sentence, n_sentences);
  if (len == 0 || first_sentence >= end_sentence || sentences == NULL)
    return reports;

  lex = g_new (Lexicon, 1);
  lexicon_init (lex);

  ctx.data = qc_text_get_data (text);
  ctx.len = len;
  ctx.lex = lex;
  if (quotes != NULL && quotes->len > 0)
    {
      ctx.quotes = (const QcQuote *) (gconstpointer) quotes->data;
      ctx.n_quotes = quotes->len;
    }
  ctx.cap = (gint) MIN ((gsize) MAX_TOKENS, len + 1);
  toks = g_new (Tok, ctx.cap);
  cues = g_new (Cue, ctx.cap);
  cue_at = g_new (gint, ctx.cap);
  ctx.toks = toks;
  ctx.cues = cues;
  ctx.cue_at = cue_at;
  ctx.reports = reports;

  /* The quote cursor (ctx.qi) and the paragraph cursor only ever move on
   * to the first quote ending after, and the paragraph containing, a
   * position that grows through the text, so starting them at 0 in the
   * middle of a text lands them where a run from its start would. */
  for (guint si = first_sentence; si < end_sentence; si++)
    {
      gsize s = sentences[si].start;
      gsize e = MIN (sentences[si].end, len);
      gsize pos = s;

      if (s >= e)
        continue;
      while (pi + 1 < n_paragraphs && paragraphs[pi].end <= s)
        pi++;

      while (pos < e)
        {
          gsize chunk = pos;

          ctx.para_first = FALSE;
          ctx.para_single = FALSE;
          if (chunk == s && pi < n_paragraphs && paragraphs[pi].start == s)
            {
              ctx.para_first = TRUE;
              ctx.para_single = paragraphs[pi].end <= e;
            }
          if (chunk == s && !may_have_cue (&ctx, s, e, ctx.para_first && ctx.para_single))
            {
              /* keep the quote cursor in step */
              while (ctx.qi < ctx.n_quotes && ctx.quotes[ctx.qi].end <= e)
                ctx.qi++;
              break;
            }
          pos = tokenize (&ctx, pos, e);
          if (pos == chunk)
            break;
          if (ctx.n == ctx.cap && pos < e)
            ctx.para_single = FALSE;
          analyze (&ctx);
        }
    }

  return reports;
}

/**
 * qc_reported_speech_finish:
 * @reports: (element-type QcReport): the reports of a whole text, put
 *   together from qc_reported_speech_scan() in text order
 *
 * Sorts @reports by start and drops the ones overlapping an earlier one.
 */
void
qc_reported_speech_finish (GArray *reports)
{
  g_return_if_fail (reports != NULL);

  if (reports->len > 1)
    {
      guint k = 0;

      g_array_sort (reports, compare_reports);
      for (guint i = 0; i < reports->len; i++)
        {
          QcReport *r = &g_array_index (reports, QcReport, i);

          if (k > 0 && r->start < g_array_index (reports, QcReport, k - 1).end)
            continue;
          if (k != i)
            g_array_index (reports, QcReport, k) = *r;
          k++;
        }
      g_array_set_size (reports, k);
    }
}

/**
 * qc_reported_speech_find:
 * @text: the article
 * @quotes: (element-type QcQuote) (nullable): the quotes of @text from
 *   qc_quote_scan(), sorted by start
 *
 * Finds indirect (reported) speech: content clauses introduced by a speech
 * verb or noun ("Minister Elena Marsh told the delegates that …", "his
 * claim that …"), "according to X", post-posed attributions ("…, X said"), headline forms
 * ("X says …", "X: …") and "was quoted as saying". Cues inside a quote are
 * ignored, and a clause that lies wholly inside one quote gives no report.
 * Reports never overlap one another.
 *
 * Returns: (transfer full) (element-type QcReport): the reports, sorted by
 *   start; byte offsets into qc_text_get_data()
 */
GArray *
qc_reported_speech_find (const QcText *text,
                         const GArray *quotes)
{
  GArray *reports;

  g_return_val_if_fail (text != NULL, NULL);

  reports = qc_reported_speech_scan (text, quotes, 0, G_MAXUINT);
  qc_reported_speech_finish (reports);
  return reports;
}
