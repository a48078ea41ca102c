/* qc-mentions-private.h: the word lexicon shared by mentions and attribution
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-mentions.h"

G_BEGIN_DECLS

/* What a word can be; a word may be several things ("report", "claim"). */
typedef enum
{
  QC_LEX_FUNC      = 1 << 0,   /* function word: never part of a name */
  QC_LEX_START     = 1 << 1,   /* cannot start a name (months, "However") */
  QC_LEX_DET       = 1 << 2,   /* opens a nominal: the, a, his, another */
  QC_LEX_HONORIFIC = 1 << 3,   /* Mr, Mrs, Dr, Sir */
  QC_LEX_ROLE      = 1 << 4,   /* person role or title: president, spokeswoman */
  QC_LEX_ORG       = 1 << 5,   /* organisation noun: government, ministry */
  QC_LEX_ORGCAP    = 1 << 6,   /* ends an organisation name when capitalised: Times */
  QC_LEX_GROUP     = 1 << 7,   /* plural group noun: officials, critics */
  QC_LEX_MOD       = 1 << 8,   /* role modifier: senior, former, shadow */
  QC_LEX_PARTICLE  = 1 << 9,   /* name particle: de, van, bin */
  QC_LEX_PRONOUN   = 1 << 10,  /* he, she, they, it */
  QC_LEX_POSSPRON  = 1 << 11,  /* his, her, their, its */
  QC_LEX_SPEECH    = 1 << 12,  /* speech verb form: said, told, cried */
  QC_LEX_AUX       = 1 << 13,  /* may stand between a subject and its verb: also, later, has */
  QC_LEX_SNOUN     = 1 << 14,  /* speech noun: claim, statement */
  QC_LEX_FIRST     = 1 << 15,  /* common first name */
  QC_LEX_PLACE     = 1 << 16,  /* makes a capitalised name a place: New, Street */
  QC_LEX_OBJECT    = 1 << 17,  /* speech verb taking a person object: told, accused */
  QC_LEX_COMPL     = 1 << 18,  /* opens a role's complement: of, for, in, at, from */
} QcLexFlags;

typedef struct
{
  char        word[32]; /* lower case, at most 24 bytes, zero-padded */
  guint       flags;    /* QcLexFlags */
  QcGender    gender;
} QcLexEntry;

/* A hash index of the lexicon, for many look-ups in one run */
typedef struct _QcLexIndex QcLexIndex;

const QcLexEntry *qc_lexicon_lookup      (const char       *word,
                                          gsize             len);
gboolean          qc_lexicon_is_sorted   (void);
QcLexIndex       *qc_lex_index_new       (void);
void              qc_lex_index_free      (QcLexIndex       *x);
const QcLexEntry *qc_lex_index_lookup    (const QcLexIndex *x,
                                          const char       *word,
                                          gsize             len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcLexIndex, qc_lex_index_free)

/* qc_mentions_find() a part of a text at a time */
GArray           *qc_mentions_scan       (const QcText     *text,
                                          const GArray     *quotes,
                                          guint             first_sentence,
                                          guint             end_sentence);
void              qc_mentions_quote_cursors (const QcText  *text,
                                             const GArray  *quotes,
                                             const guint   *first_sentences,
                                             guint          n,
                                             guint         *cursors);
GArray           *qc_mentions_scan_from  (const QcText     *text,
                                          const GArray     *quotes,
                                          guint             first_sentence,
                                          guint             end_sentence,
                                          guint             quote_cursor);
void              qc_mentions_link       (const QcText     *text,
                                          GArray           *mentions);

G_END_DECLS
