/* test-threads.c: large texts, loaded and read by several threads, give
 * what one thread gives
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From 256 KiB on, qc_text_new() checks, indexes and splits a text with a
 * second thread, qc_quote_scan() scans it with two and qc_detect() reads
 * it in pieces with several. The texts here are generated (invented names,
 * every run the same) and large enough for all of them.
 */

#include <glib.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-detect-private.h"
#include "qc-detection-json.h"
#include "qc-quote-scanner-private.h"

#define LARGE_BYTES (700 * 1024)

/* Helpers */

typedef struct
{
  guint64 state;
} Rng;

static guint
rng_next (Rng   *rng,
          guint  n)
{
  rng->state ^= rng->state >> 12;
  rng->state ^= rng->state << 25;
  rng->state ^= rng->state >> 27;
  return (guint) (((rng->state * G_GUINT64_CONSTANT (2685821657736338717)) >> 32) % n);
}

#define PICK(rng, list) ((list)[rng_next ((rng), G_N_ELEMENTS (list))])

static const char *names[] = {
  "Ms Ilse Varnholt", "Dr. Teodor Quillane", "Mr. A. J. Pelham", "Senator Rua Okonkwo-Lind",
  "the ministry", "officials in Velmar", "Mayor Zélie Brandt",
};
static const char *verbs[] = {
  "said", "told reporters", "warned", "added", "insisted", "argued",
};
static const char *clauses[] = {
  "the bridge will open in May", "the budget was never approved",
  "talks with the U.S. delegation had stalled", "No. 5 pier is closed until Jan. 12",
  "the plan “cannot continue like this”", "rents rose by 4.5% … again",
  "the café on St. Anne’s Road stays open",
};
static const char *quotes[] = {
  "“We will not back down,”", "“It’s over.”", "\"Nobody told us,\"", "‘Ask the council’",
  "«Nous verrons»", "“The figures don’t add up. They never did!”",
};

/* News-like paragraphs, each a few sentences; @blank_lines separates them
 * with blank lines (else one per line), @crlf ends lines with CRLF. One
 * paragraph in three leaves a quote open that the next one goes on with. */
static GString *
generate (gsize    size,
          gboolean blank_lines,
          gboolean crlf,
          guint64  seed)
{
  GString *out = g_string_sized_new (size + 1024);
  Rng rng = { seed };
  const char *eol = crlf ? "\r\n" : "\n";
  gboolean open = FALSE;

  while (out->len < size)
    {
      guint n_sentences = 1 + rng_next (&rng, 5);

      if (open)
        g_string_append (out, rng_next (&rng, 2) ? "“And it goes on,” she said. " : "“Still going. ");
      for (guint i = 0; i < n_sentences; i++)
        {
          switch (rng_next (&rng, 4))
            {
            case 0:
              g_string_append_printf (out, "%s %s that %s. ", PICK (&rng, names),
                                      PICK (&rng, verbs), PICK (&rng, clauses));
              break;
            case 1:
              g_string_append_printf (out, "%s %s %s. ", PICK (&rng, quotes),
                                      PICK (&rng, names), PICK (&rng, verbs));
              break;
            case 2:
              g_string_append_printf (out, "According to %s, %s! ", PICK (&rng, names),
                                      PICK (&rng, clauses));
              break;
            default:
              g_string_append_printf (out, "Was it true that %s? ", PICK (&rng, clauses));
              break;
            }
        }
      open = rng_next (&rng, 3) == 0;
      if (open)
        g_string_append_printf (out, "%s said: “%s, and", PICK (&rng, names), PICK (&rng, clauses));
      else
        g_string_truncate (out, out->len - 1);
      g_string_append (out, eol);
      if (blank_lines)
        g_string_append (out, rng_next (&rng, 8) == 0 ? " \t" : "");
      if (blank_lines)
        g_string_append (out, eol);
    }
  return out;
}

static QcText *
load (const char *data,
      gssize      length)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new (data, length, "generated", &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* The sentences of every paragraph of a large text are those of the
 * paragraph on its own, and the character index counts right. */
static void
check_text (GString *generated)
{
  g_autoptr(QcText) text = load (generated->str, (gssize) generated->len);
  const char *data = qc_text_get_data (text);
  const QcRange *paragraphs, *sentences;
  guint n_paragraphs, n_sentences;
  guint si = 0;

  g_assert_cmpuint (qc_text_get_length (text), >=, 256 * 1024);
  g_assert_cmpuint (qc_text_get_n_chars (text), ==,
                    g_utf8_strlen (data, (gssize) qc_text_get_length (text)));

  paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  sentences = qc_text_get_sentences (text, &n_sentences);
  g_assert_cmpuint (n_paragraphs, >, 100);
  for (guint p = 0; p < n_paragraphs; p++)
    {
      g_autoptr(QcText) alone = load (data + paragraphs[p].start,
                                      (gssize) (paragraphs[p].end - paragraphs[p].start));
      const QcRange *own;
      guint n_own;

      own = qc_text_get_sentences (alone, &n_own);
      for (guint k = 0; k < n_own; k++, si++)
        {
          g_assert_cmpuint (si, <, n_sentences);
          g_assert_cmpuint (sentences[si].start, ==, paragraphs[p].start + own[k].start);
          g_assert_cmpuint (sentences[si].end, ==, paragraphs[p].start + own[k].end);
        }
    }
  g_assert_cmpuint (si, ==, n_sentences);

  for (gsize offset = 0; offset < qc_text_get_length (text); offset += 4099)
    {
      gsize byte = (gsize) (g_utf8_find_prev_char (data, data + offset + 1) - data);

      g_assert_cmpuint (qc_text_byte_to_char (text, byte), ==,
                        (gsize) g_utf8_pointer_to_offset (data, data + byte));
    }
}

/* Tests */

static void
test_text_blank_lines (void)
{
  g_autoptr(GString) generated = generate (LARGE_BYTES, TRUE, FALSE, 1);

  check_text (generated);
}

static void
test_text_lines_crlf (void)
{
  g_autoptr(GString) generated = generate (LARGE_BYTES, FALSE, TRUE, 2);

  check_text (generated);
}

/* A bad byte far into a large text is found by the checking thread, and
 * named as one thread names it */
static void
test_text_invalid (void)
{
  g_autoptr(GString) generated = generate (LARGE_BYTES, TRUE, FALSE, 3);
  gsize at = generated->len - 1000;
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = NULL;
  g_autofree char *expected = NULL;

  while ((generated->str[at] & 0xC0) == 0x80)
    at++;
  generated->str[at] = (char) 0xFF;
  text = qc_text_new (generated->str, (gssize) generated->len, "big.txt", &error);
  g_assert_null (text);
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_INVALID_UTF8);
  expected = g_strdup_printf ("byte offset %" G_GSIZE_FORMAT ")", at);
  g_assert_true (g_str_has_suffix (error->message, expected));
  g_clear_error (&error);

  generated->str[at] = '\0';
  text = qc_text_new (generated->str, (gssize) generated->len, "big.txt", &error);
  g_assert_null (text);
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_BINARY);
}

/* Scanned by two threads or by one: the same quotes, also when the
 * middle of the text falls inside a quote running over paragraphs */
static void
check_quotes (GString *generated)
{
  g_autoptr(QcText) text = load (generated->str, (gssize) generated->len);
  g_autoptr(GArray) one = qc_quote_scan_full (text, FALSE);
  g_autoptr(GArray) two = qc_quote_scan_full (text, TRUE);

  g_assert_cmpuint (one->len, ==, two->len);
  for (guint i = 0; i < one->len; i++)
    {
      const QcQuote *a = &g_array_index (one, QcQuote, i);
      const QcQuote *b = &g_array_index (two, QcQuote, i);

      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpuint (a->utterance, ==, b->utterance);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->paragraph, ==, b->paragraph);
      g_assert_cmpuint (a->open_len, ==, b->open_len);
      g_assert_cmpuint (a->close_len, ==, b->close_len);
      g_assert_cmpuint (a->continues, ==, b->continues);
    }
}

static void
test_quotes_large (void)
{
  g_autoptr(GString) generated = generate (LARGE_BYTES, TRUE, FALSE, 7);
  g_autoptr(QcText) text = load (generated->str, (gssize) generated->len);
  g_autoptr(GArray) quotes = qc_quote_scan (text);
  guint continued = 0;

  for (guint i = 0; i < quotes->len; i++)
    continued += g_array_index (quotes, QcQuote, i).continues;
  g_assert_cmpuint (continued, >, 100);
  check_quotes (generated);
}

/* Many small texts, split by two threads at every kind of place */
static void
test_quotes_small (void)
{
  for (guint64 seed = 1; seed <= 300; seed++)
    {
      g_autoptr(GString) generated = generate (500 + seed * 7, seed % 2 == 0, seed % 5 == 0, seed);

      check_quotes (generated);
    }
}

static char *
json_of (QcDetection *detection)
{
  GString *out = g_string_new (NULL);

  qc_detection_append_json (detection, out);
  return g_string_free (out, FALSE);
}

/* Read in pieces by several threads, or by one: the same claims */
static void
test_detect_pieces (void)
{
  g_autoptr(GString) generated = generate (LARGE_BYTES, TRUE, FALSE, 4);
  g_autoptr(QcText) text = load (generated->str, (gssize) generated->len);
  g_autoptr(QcDetection) one = qc_detect_full (text, FALSE);
  g_autoptr(QcDetection) pieces = qc_detect_full (text, TRUE);
  g_autoptr(QcDetection) chosen = qc_detect (text);
  g_autofree char *a = json_of (one);
  g_autofree char *b = json_of (pieces);
  g_autofree char *c = json_of (chosen);

  g_assert_cmpuint (qc_detection_get_n_claims (one), >, 1000);
  g_assert_cmpuint (qc_detection_get_n_speakers (one), >, 3);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, ==, c);
}

/* The byte offsets kept for printing are those of the character offsets */
static void
test_claim_bytes (void)
{
  g_autoptr(GString) generated = generate (LARGE_BYTES, FALSE, FALSE, 5);
  g_autoptr(QcText) text = load (generated->str, (gssize) generated->len);
  g_autoptr(QcDetection) detection = qc_detect (text);

  for (guint i = 0; i < qc_detection_get_n_claims (detection); i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);
      const QcClaimBytes *bytes = qc_detection_get_claim_bytes (detection, i);

      g_assert_cmpuint (bytes->start, ==, qc_text_char_to_byte (text, claim->start));
      g_assert_cmpuint (bytes->end, ==, qc_text_char_to_byte (text, claim->end));
      if (claim->cue_end > claim->cue_start)
        {
          g_assert_cmpuint (bytes->cue_start, ==, qc_text_char_to_byte (text, claim->cue_start));
          g_assert_cmpuint (bytes->cue_end, ==, qc_text_char_to_byte (text, claim->cue_end));
        }
      else
        g_assert_cmpuint (bytes->cue_end, ==, bytes->cue_start);
    }
}

/* Written a piece at a time, the same document as appended whole */
static void
test_write_json (void)
{
  g_autoptr(GString) generated = generate (LARGE_BYTES, TRUE, TRUE, 6);
  g_autoptr(QcText) text = load (generated->str, (gssize) generated->len);
  g_autoptr(QcDetection) detection = qc_detect (text);
  g_autofree char *whole = json_of (detection);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  gsize length = 0;
  FILE *stream = tmpfile ();

  g_assert_nonnull (stream);
  g_assert_true (qc_detection_write_json (detection, stream, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fflush (stream), ==, 0);
  length = (gsize) ftell (stream);
  written = g_malloc (length + 1);
  rewind (stream);
  g_assert_cmpuint (fread (written, 1, length, stream), ==, length);
  written[length] = '\0';
  fclose (stream);

  g_assert_cmpuint (length, >, 128 * 1024);
  g_assert_cmpstr (written, ==, whole);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/threads/text-blank-lines", test_text_blank_lines);
  g_test_add_func ("/qc/threads/text-lines-crlf", test_text_lines_crlf);
  g_test_add_func ("/qc/threads/text-invalid", test_text_invalid);
  g_test_add_func ("/qc/threads/quotes-large", test_quotes_large);
  g_test_add_func ("/qc/threads/quotes-small", test_quotes_small);
  g_test_add_func ("/qc/threads/detect-pieces", test_detect_pieces);
  g_test_add_func ("/qc/threads/claim-bytes", test_claim_bytes);
  g_test_add_func ("/qc/threads/write-json", test_write_json);

  return g_test_run ();
}
