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
  QC_MENTION_NAME,         /* President Kassym-Jomart Tokayev, Mr Putin */
  QC_MENTION_ORGANISATION, /* the Interior Ministry, CSTO, officials in Moscow */
  QC_MENTION_NOMINAL,      /* a spokeswoman, the prime minister */
  QC_MENTION_PRONOUN,      /* he, she, they */
} QcMentionType;

/**
 * QcMention:
 * @start: byte offset of the whole mention, honorific and title included
 * @end: end of the mention (exclusive)
 * @head_start: the name without honorifics or titles ("Kassym-Jomart Tokayev")
 * @head_end: end of the head (exclusive)
 * @role_start: an apposition giving the role ("US Secretary of State"), or
 *   equal to @role_end when there is none
 * @role_end: end of the role (exclusive)
 * @type: the kind of mention
 * @gender: grammatical gender when known (from honorific, first name,
 *   pronoun)
 *
 * Byte offsets into qc_text_get_data(). Mentions are sorted by @start and
 * do not overlap.
 */
typedef struct
{
  gsize         start;
  gsize         end;
  gsize         head_start;
  gsize         head_end;
  gsize         role_start;
  gsize         role_end;
  QcMentionType type;
  QcGender      gender;
} QcMention;

GArray        *qc_mentions_find          (const QcText  *text,
                                          const GArray  *quotes);

G_END_DECLS
