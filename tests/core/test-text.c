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
  { "Donald J. Trump spoke. He was loud.", 2, "He was loud." },
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/qc/text/binary", test_binary);
  g_test_add_func ("/qc/text/missing-file", test_missing_file);
  g_test_add_func ("/qc/text/file-round-trip", test_file_round_trip);
  g_test_add_func ("/qc/text/bom-and-newlines", test_bom_and_newlines);
  g_test_add_func ("/qc/text/empty-and-blank", test_empty_and_blank);
  g_test_add_func ("/qc/text/one-character", test_one_character);
  g_test_add_func ("/qc/text/paragraphs-blank-lines", test_paragraphs_blank_lines);
  g_test_add_func ("/qc/text/paragraphs-per-line", test_paragraphs_per_line);
  g_test_add_func ("/qc/text/sentences", test_sentences);
  g_test_add_func ("/qc/text/sentences-stay-in-paragraphs", test_sentences_stay_in_paragraphs);
  g_test_add_func ("/qc/text/offset-maps", test_offset_maps);

  return g_test_run ();
}
