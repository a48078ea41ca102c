/* qc-quote-scanner.h: pair quotation marks into quotes
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

/**
 * QcQuote:
 * @start: byte offset of the opening mark
 * @end: byte offset just past the closing mark (or past the last character
 *   of the paragraph piece when the quote continues in the next paragraph or
 *   was never closed; an unclosed quote that runs into a new opening mark of
 *   its own kind ends before it)
 * @utterance: pieces of one utterance share this number; the scanner gives
 *   a quote continued over paragraphs one number, the attribution stage
 *   joins the pieces of a split quote (“A,” he said, “B.”)
 * @kind: %QC_CLAIM_KIND_DIRECT or %QC_CLAIM_KIND_PARTIAL
 * @paragraph: index of the paragraph (qc_text_get_paragraphs()) it starts in
 * @open_len: bytes of the opening mark
 * @close_len: bytes of the closing mark, 0 when there is none
 * @continues: TRUE when the paragraph ends inside this quote and the next
 *   paragraph reopens it
 *
 * Only outermost quotes are reported; quotes nested inside them are not.
 * All offsets are byte offsets into qc_text_get_data(), 32 bits: a #QcText
 * holds at most 1 GiB.
 */
typedef struct
{
  guint32     start;
  guint32     end;
  guint       utterance;
  QcClaimKind kind;
  guint       paragraph;
  guint8      open_len;
  guint8      close_len;
  guint8      continues : 1;
} QcQuote;

GArray        *qc_quote_scan             (const QcText  *text);

G_END_DECLS
