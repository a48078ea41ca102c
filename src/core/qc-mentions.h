/* qc-mentions.h: candidate speakers (names, organisations, pronouns)
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

typedef enum
{
  QC_MENTION_NAME,         /* Prime Minister Elena Marsh, Mr Okafor */
  QC_MENTION_ORGANISATION, /* the Transport Ministry, NATO, officials in Lisbon */
  QC_MENTION_NOMINAL,      /* a spokeswoman, the prime minister */
  QC_MENTION_PRONOUN,      /* he, she, they */
} QcMentionType;

/**
 * QcMentionFlags:
 * @QC_MENTION_FLAG_POSSESSIVE: the mention ends in 's ("Okafor's rise")
 * @QC_MENTION_FLAG_PERSON: surely a person (honorific, title, first name,
 *   or a he/she resolved to it); on the entity's first mention it speaks for
 *   the whole entity
 * @QC_MENTION_FLAG_INDEFINITE: a nominal with "a"/"an"/"another" ("a spokeswoman")
 * @QC_MENTION_FLAG_DEFINITE: a nominal with "the" or a possessive ("the prime minister")
 * @QC_MENTION_FLAG_APPOSITION: the role comes from an apposition after the
 *   name ("Elena Marsh, UK Secretary of State"), not a title before it
 * @QC_MENTION_FLAG_SENTENCE_START: the mention opens its sentence
 * @QC_MENTION_FLAG_PLACE: a place name ("New York", "White House")
 * @QC_MENTION_FLAG_ACRONYM: an all-capitals acronym ("NATO")
 * @QC_MENTION_FLAG_WEAK: a lone capitalised word with no sign of being a
 *   name (a sentence-initial common noun, a nationality)
 * @QC_MENTION_FLAG_FIRST_IN_SENTENCE: the first mention of its sentence,
 *   usually its subject ("On the day of the vote, Okafor eased …")
 */
typedef enum
{
  QC_MENTION_FLAG_POSSESSIVE        = 1 << 0,
  QC_MENTION_FLAG_PERSON            = 1 << 1,
  QC_MENTION_FLAG_INDEFINITE        = 1 << 2,
  QC_MENTION_FLAG_DEFINITE          = 1 << 3,
  QC_MENTION_FLAG_APPOSITION        = 1 << 4,
  QC_MENTION_FLAG_SENTENCE_START    = 1 << 5,
  QC_MENTION_FLAG_PLACE             = 1 << 6,
  QC_MENTION_FLAG_ACRONYM           = 1 << 7,
  QC_MENTION_FLAG_WEAK              = 1 << 8,
  QC_MENTION_FLAG_FIRST_IN_SENTENCE = 1 << 9,
} QcMentionFlags;

/**
 * QcMention:
 * @start: byte offset of the whole mention, honorific and title included
 * @end: end of the mention (exclusive)
 * @head_start: the name without honorifics or titles ("Elena Marsh")
 * @head_end: end of the head (exclusive)
 * @role_start: an apposition giving the role ("UK Secretary of State"), a
 *   title before the name ("President"), for a nominal its role noun
 *   ("spokesperson"), or equal to @role_end when there is none
 * @role_end: end of the role (exclusive)
 * @type: the kind of mention
 * @gender: grammatical gender when known (from honorific, first name,
 *   pronoun); the entity's gender is the one of its first mention
 *   (@entity), which later mentions and pronoun resolution update
 * @entity: index of the first mention of the same entity ("Ms. Marsh"
 *   and "Marsh" point to "Prime Minister Elena Marsh"); the
 *   mention's own index when it is the first; -1 for pronouns. Attribution
 *   may point a first mention at another entity (a definite description
 *   resolved to a name): follow @entity until it points to itself
 * @flags: #QcMentionFlags
 *
 * Byte offsets into qc_text_get_data(), 32 bits (a #QcText holds at most
 * 1 GiB). Mentions are sorted by @start and do not overlap.
 */
typedef struct
{
  guint32       start;
  guint32       end;
  guint32       head_start;
  guint32       head_end;
  guint32       role_start;
  guint32       role_end;
  QcMentionType type;
  QcGender      gender;
  gint          entity;
  guint         flags;
} QcMention;

GArray        *qc_mentions_find          (const QcText  *text,
                                          const GArray  *quotes);

G_END_DECLS
