/* qc-anchor.c: find a quote again in a new version of a text
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-anchor"

#include "config.h"

#include <string.h>

#include "qc-anchor.h"

/* A quote shorter than this (in characters) is only taken where some of
 * its context matches too: "yes" somewhere else is not the same claim. */
#define SHORT_QUOTE_CHARS 16
#define SHORT_QUOTE_MIN_CONTEXT_BYTES 8

/* Bytes compared before the search gives up and keeps the best match so
 * far: degenerate texts ("aaaa…" and a quote of a's) would otherwise cost
 * the text's length times the quote's. Real text never comes near. */
#define MAX_COMPARED_BYTES ((gsize) 1 << 26)

static gsize
match_backwards (const char *data,
                 gsize       at,
                 const char *prefix,
                 gsize       prefix_len)
{
  gsize n = 0;

  while (n < prefix_len && n < at && data[at - 1 - n] == prefix[prefix_len - 1 - n])
    n++;
  return n;
}

static gsize
match_forwards (const char *data,
                gsize       length,
                gsize       at,
                const char *suffix,
                gsize       suffix_len)
{
  gsize n = 0;

  while (n < suffix_len && at + n < length && data[at + n] == suffix[n])
    n++;
  return n;
}

/**
 * qc_anchor_find:
 * @text: the new version of the text
 * @quote: the exact text to find, not empty
 * @prefix: (nullable): the text that came before it
 * @suffix: (nullable): the text that came after it
 * @hint: the character offset where the quote used to start
 * @found: (out): where it is now, character offsets, end exclusive
 *
 * Finds @quote in @text the way a W3C TextQuoteSelector is resolved:
 * among the exact occurrences of @quote, the one whose surroundings match
 * most of @prefix and @suffix, and among equals the one nearest to @hint.
 * The work is bounded: at most 64 MiB of comparisons, whatever the input.
 *
 * Returns: %TRUE when the quote was found
 */
gboolean
qc_anchor_find (QcText      *text,
                const char  *quote,
                const char  *prefix,
                const char  *suffix,
                gsize        hint,
                QcRange     *found)
{
  const char *data;
  gsize length;
  gsize quote_len;
  gsize prefix_len;
  gsize suffix_len;
  gsize quote_chars;
  gsize min_context;
  gboolean have_best = FALSE;
  gsize best_at = 0;
  gsize best_score = 0;
  gsize best_distance = 0;
  gsize compared = 0;
  const char *end;
  const char *p;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (quote != NULL, FALSE);
  g_return_val_if_fail (found != NULL, FALSE);

  if (prefix == NULL)
    prefix = "";
  if (suffix == NULL)
    suffix = "";
  data = qc_text_get_data (text);
  length = qc_text_get_length (text);
  quote_len = strlen (quote);
  prefix_len = strlen (prefix);
  suffix_len = strlen (suffix);
  if (quote_len == 0 || quote_len > length)
    return FALSE;

  quote_chars = g_utf8_strlen (quote, quote_len);
  min_context = 0;
  if (quote_chars < SHORT_QUOTE_CHARS)
    min_context = MIN (SHORT_QUOTE_MIN_CONTEXT_BYTES, prefix_len + suffix_len);

  end = data + length;
  for (p = memchr (data, quote[0], length);
       p != NULL && (gsize) (end - p) >= quote_len && compared < MAX_COMPARED_BYTES;
       p = memchr (p + 1, quote[0], end - p - 1))
    {
      gsize at = (gsize) (p - data);
      gsize score;
      gsize char_at;
      gsize distance;

      compared += quote_len;
      if (memcmp (p, quote, quote_len) != 0)
        continue;

      /* A match that starts inside a character is no match. */
      if (((guchar) *p & 0xC0) == 0x80)
        continue;

      score = match_backwards (data, at, prefix, prefix_len)
              + match_forwards (data, length, at + quote_len, suffix, suffix_len);
      if (score < min_context || (have_best && score < best_score))
        continue;

      char_at = qc_text_byte_to_char (text, at);
      distance = char_at > hint ? char_at - hint : hint - char_at;
      if (!have_best || score > best_score || distance < best_distance)
        {
          have_best = TRUE;
          best_at = char_at;
          best_score = score;
          best_distance = distance;
        }
    }

  if (!have_best)
    return FALSE;
  found->start = best_at;
  found->end = best_at + quote_chars;
  return TRUE;
}

/**
 * qc_anchor_make_selector:
 * @start: character offset
 * @end: character offset, end exclusive
 * @context: characters of prefix and suffix (32 in the store)
 * @quote: (out) (transfer full) (optional): the text from @start to @end
 * @prefix: (out) (transfer full) (optional): up to @context characters before
 * @suffix: (out) (transfer full) (optional): up to @context characters after
 *
 * The TextQuoteSelector of a span, to find it again with qc_anchor_find().
 */
void
qc_anchor_make_selector (QcText  *text,
                         gsize    start,
                         gsize    end,
                         guint    context,
                         char   **quote,
                         char   **prefix,
                         char   **suffix)
{
  const char *data;
  gsize n_chars;
  gsize b_start;
  gsize b_end;

  g_return_if_fail (text != NULL);

  data = qc_text_get_data (text);
  n_chars = qc_text_get_n_chars (text);
  end = MIN (end, n_chars);
  start = MIN (start, end);
  b_start = qc_text_char_to_byte (text, start);
  b_end = qc_text_char_to_byte (text, end);

  if (quote)
    *quote = g_strndup (data + b_start, b_end - b_start);
  if (prefix)
    {
      gsize b = qc_text_char_to_byte (text, start > context ? start - context : 0);

      *prefix = g_strndup (data + b, b_start - b);
    }
  if (suffix)
    {
      gsize b = qc_text_char_to_byte (text, MIN (n_chars, end + context));

      *suffix = g_strndup (data + b_end, b - b_end);
    }
}
