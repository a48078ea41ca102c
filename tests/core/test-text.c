/* test-text.c: loading, validation, paragraphs, sentences, offset maps
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "qc-text.h"

static QcText *
load (const char *str)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new (str, -1, "test", &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static char *
range_dup (QcText        *text,
           const QcRange *range)
{
  return g_strndup (qc_text_get_data (text) + range->start, range->end - range->start);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new ("ab\xC3\x28zz", -1, "bad.txt", &error);

  g_assert_null (text);
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "bad.txt"));
  g_assert_nonnull (strstr (error->message, "offset 2"));
}

static void
test_binary (void)
{
  static const char data[] = "PK\x03\x04zip\0junk";
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new (data, sizeof data - 1, "archive.zip", &error);

  g_assert_null (text);
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "archive.zip"));
  g_assert_nonnull (strstr (error->message, "offset 7"));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new_from_file ("/nonexistent/article.txt", &error);

  g_assert_null (text);
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "article.txt"));
}

static void
test_file_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-text-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(QcText) text = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "a.txt", NULL);
  g_assert_true (g_file_set_contents (path, "\xEF\xBB\xBFOne.\r\n\r\nTwo.\rThree.", -1, &error));
  text = qc_text_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qc_text_get_data (text), ==, "One.\n\nTwo.\nThree.");
  g_remove (path);
  g_rmdir (dir);
}

/* A large file is mapped rather than read: the same text either way, and
 * the same errors */
static void
test_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-text-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GString) str = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcText) direct = NULL;

  g_assert_no_error (error);
  while (str->len < 1024 * 1024)
    g_string_append (str, "“A line,” she said.\r\nAnother line.\r\n\r\n");
  path = g_build_filename (dir, "big.txt", NULL);
  g_assert_true (g_file_set_contents (path, str->str, (gssize) str->len, &error));
  text = qc_text_new_from_file (path, &error);
  g_assert_no_error (error);
  direct = qc_text_new (str->str, (gssize) str->len, "direct", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qc_text_get_length (text), ==, qc_text_get_length (direct));
  g_assert_cmpstr (qc_text_get_data (text), ==, qc_text_get_data (direct));

  /* an invalid byte at the end of a large file is still found */
  g_string_append_c (str, '\xFF');
  g_assert_true (g_file_set_contents (path, str->str, (gssize) str->len, &error));
  g_clear_pointer (&text, qc_text_unref);
  text = qc_text_new_from_file (path, &error);
  g_assert_null (text);
  g_assert_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_INVALID_UTF8);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_bom_and_newlines (void)
{
  g_autoptr(QcText) text = load ("\xEF\xBB\xBFHello\r\nworld\rand\nmore");

  g_assert_cmpstr (qc_text_get_data (text), ==, "Hello\nworld\nand\nmore");
  g_assert_cmpuint (qc_text_get_length (text), ==, strlen ("Hello\nworld\nand\nmore"));
}

static void
test_empty_and_blank (void)
{
  const char *inputs[] = { "", " ", "\n\n\n", " \t \n  \n", "\xC2\xA0" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(QcText) text = load (inputs[i]);
      guint n = 99;

      g_assert_true (qc_text_is_blank (text));
      qc_text_get_paragraphs (text, &n);
      g_assert_cmpuint (n, ==, 0);
      qc_text_get_sentences (text, &n);
      g_assert_cmpuint (n, ==, 0);
      g_assert_cmpuint (qc_text_byte_to_char (text, 0), ==, 0);
    }
}

static void
test_one_character (void)
{
  g_autoptr(QcText) text = load ("x");
  const QcRange *paras;
  guint n;

  g_assert_false (qc_text_is_blank (text));
  paras = qc_text_get_paragraphs (text, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (paras[0].start, ==, 0);
  g_assert_cmpuint (paras[0].end, ==, 1);
  qc_text_get_sentences (text, &n);
  g_assert_cmpuint (n, ==, 1);
}

static void
test_paragraphs_blank_lines (void)
{
  g_autoptr(QcText) text = load ("Title\n\n  First line\nwrapped here.  \n \nSecond.\n\n\n");
  const QcRange *paras;
  guint n;
  g_autofree char *first = NULL;

  paras = qc_text_get_paragraphs (text, &n);
  g_assert_cmpuint (n, ==, 3);
  first = range_dup (text, &paras[1]);
  g_assert_cmpstr (first, ==, "First line\nwrapped here.");
  g_assert_cmpuint (qc_text_paragraph_at (text, paras[2].start + 1), ==, 2);
}

static void
test_paragraphs_per_line (void)
{
  g_autoptr(QcText) text = load ("Headline\nFirst paragraph.\nSecond paragraph.\n");
  guint n;

  qc_text_get_paragraphs (text, &n);
  g_assert_cmpuint (n, ==, 3);
}

static const struct {
  const char *input;
  guint       n_sentences;
  const char *second;
} sentence_cases[] = {
  { "Mr. Smith went to Washington. He stayed.", 2, "He stayed." },
  { "Mrs. Jones and Dr. Who met Ms. Li. Then they left.", 2, "Then they left." },
  { "The U.S. economy grew. Prices fell.", 2, "Prices fell." },
  { "He lives on St. Mark's Place. It is noisy.", 2, "It is noisy." },
  { "It opened on Jan. 5 this year. Crowds came.", 2, "Crowds came." },
  { "She lives at No. 5 Downing Street. Really.", 2, "Really." },
  { "The answer was No. Then he left.", 2, "Then he left." },
  { "The report by J. R. Smith was short. Nobody read it.", 2, "Nobody read it." },
  { "Peter K. Osei spoke. He was loud.", 2, "He was loud." },
  { "\"Stop.\" Then he left.", 2, "Then he left." },
  { "“Is it true?” he asked. Nobody knew.", 2, "Nobody knew." },
  { "Wait… Really? Yes!", 3, "Really?" },
  { "Prices rose 3.5 per cent. Wages did not.", 2, "Wages did not." },
  { "He said so (twice.) Then left.", 2, "Then left." },
  { "It was 5 p.m. when he arrived.", 1, NULL },
};

static void
test_sentences (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sentence_cases); i++)
    {
      g_autoptr(QcText) text = load (sentence_cases[i].input);
      const QcRange *sentences;
      guint n;

      sentences = qc_text_get_sentences (text, &n);
      g_test_message ("case %u: %s", i, sentence_cases[i].input);
      g_assert_cmpuint (n, ==, sentence_cases[i].n_sentences);
      if (sentence_cases[i].second)
        {
          g_autofree char *second = range_dup (text, &sentences[1]);
          g_assert_cmpstr (second, ==, sentence_cases[i].second);
        }
    }
}

static void
test_sentences_stay_in_paragraphs (void)
{
  g_autoptr(QcText) text = load ("No full stop here\n\nNext paragraph starts. And ends");
  const QcRange *sentences;
  guint n;
  g_autofree char *first = NULL;

  sentences = qc_text_get_sentences (text, &n);
  g_assert_cmpuint (n, ==, 3);
  first = range_dup (text, &sentences[0]);
  g_assert_cmpstr (first, ==, "No full stop here");
  g_assert_cmpuint (qc_text_sentence_at (text, sentences[2].start), ==, 2);
}

static void
test_offset_maps (void)
{
  GString *str = g_string_new (NULL);
  g_autoptr(QcText) text = NULL;
  const char *data;
  gsize chars = 0;

  /* mix 1-, 2-, 3- and 4-byte characters across many index blocks */
  for (guint i = 0; i < 500; i++)
    g_string_append (str, "a“é—😀 ");
  text = load (str->str);
  data = qc_text_get_data (text);
  g_assert_cmpuint (qc_text_get_n_chars (text), ==, g_utf8_strlen (str->str, -1));

  for (const char *p = data; ; p = g_utf8_next_char (p))
    {
      gsize byte = p - data;

      g_assert_cmpuint (qc_text_byte_to_char (text, byte), ==, chars);
      g_assert_cmpuint (qc_text_char_to_byte (text, chars), ==, byte);
      if (*p == '\0')
        break;
      chars++;
    }
  g_assert_cmpuint (qc_text_char_to_byte (text, chars + 10), ==, qc_text_get_length (text));
  g_string_free (str, TRUE);
}

/* The fast UTF-8 check agrees with g_utf8_validate_len() on every edge
 * of the encoding and on random bytes (no NUL: that is another error). */
static void
test_utf8_like_glib (void)
{
  static const char * const edges[] = {
    "\xC2\x80", "\xC1\xBF", "\xC0\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xE0\x9F\xBF",
    "\xED\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
    "\xF0\x90\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80",
    "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xFF", "\x80", "\xBF", "\xE2\x80",
    "\xF0\x9F\x98", "\xC3", "\xEF\xBB\xBF",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    for (guint pad = 0; pad < 20; pad++)
      {
        g_autofree char *str = g_strdup_printf ("%.*s%s%.*s", pad, "abcdefghijklmnopqrst",
                                                edges[i], pad % 3, "xyz");
        g_autoptr(QcText) text = qc_text_new (str, -1, "edge", NULL);

        g_assert_cmpint (text != NULL, ==, g_utf8_validate (str, -1, NULL));
      }

  for (guint round = 0; round < 20000; round++)
    {
      char buf[40];
      gsize len = g_rand_int_range (rand, 0, sizeof buf);
      g_autoptr(QcText) text = NULL;

      for (gsize k = 0; k < len; k++)
        {
          /* mostly ASCII and well-formed lead and continuation bytes */
          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              buf[k] = (char) g_rand_int_range (rand, 1, 0x80);
              break;
            case 1:
              buf[k] = (char) g_rand_int_range (rand, 0x80, 0xC0);
              break;
            default:
              buf[k] = (char) g_rand_int_range (rand, 0xC0, 0x100);
              break;
            }
        }
      text = qc_text_new (buf, (gssize) len, "random", NULL);
      g_assert_cmpint (text != NULL, ==, g_utf8_validate_len (buf, len, NULL));
    }
}

/* Offsets at random points of a text much longer than an index block */
static void
test_offset_maps_random (void)
{
  static const char * const pieces[] = { "a", "é", "—", "😀", " ", "\n", "“", "Z" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(QcText) text = NULL;
  g_autofree gsize *char_at = NULL;
  const char *data;
  gsize length;
  gsize chars = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append (str, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  text = load (str->str);
  data = qc_text_get_data (text);
  length = qc_text_get_length (text);
  char_at = g_new (gsize, length + 1);
  for (gsize b = 0; b <= length; b++)
    {
      char_at[b] = chars;
      if (b < length && ((guchar) data[b] & 0xC0) != 0x80)
        chars++;
    }
  g_assert_cmpuint (qc_text_get_n_chars (text), ==, chars);
  for (gsize b = 0; b <= length; b++)
    if (b == length || ((guchar) data[b] & 0xC0) != 0x80)
      {
        g_assert_cmpuint (qc_text_byte_to_char (text, b), ==, char_at[b]);
        g_assert_cmpuint (qc_text_char_to_byte (text, char_at[b]), ==, b);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/qc/text/binary", test_binary);
  g_test_add_func ("/qc/text/missing-file", test_missing_file);
  g_test_add_func ("/qc/text/file-round-trip", test_file_round_trip);
  g_test_add_func ("/qc/text/large-file", test_large_file);
  g_test_add_func ("/qc/text/bom-and-newlines", test_bom_and_newlines);
  g_test_add_func ("/qc/text/empty-and-blank", test_empty_and_blank);
  g_test_add_func ("/qc/text/one-character", test_one_character);
  g_test_add_func ("/qc/text/paragraphs-blank-lines", test_paragraphs_blank_lines);
  g_test_add_func ("/qc/text/paragraphs-per-line", test_paragraphs_per_line);
  g_test_add_func ("/qc/text/sentences", test_sentences);
  g_test_add_func ("/qc/text/sentences-stay-in-paragraphs", test_sentences_stay_in_paragraphs);
  g_test_add_func ("/qc/text/offset-maps", test_offset_maps);
  g_test_add_func ("/qc/text/offset-maps-random", test_offset_maps_random);
  g_test_add_func ("/qc/text/utf8-like-glib", test_utf8_like_glib);

  return g_test_run ();
}
