/* test-anchor.c: finding a quote again in a new version of a text
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qc-anchor.h"

static QcText *
text_new (const char *str)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new (str, -1, "test", &error);

  g_assert_no_error (error);
  return text;
}

static gsize
char_offset (const char *haystack,
             const char *needle,
             guint       nth)
{
  const char *p = haystack;

  for (guint i = 0; i <= nth; i++)
    {
      p = strstr (i == 0 ? p : p + 1, needle);
      g_assert_nonnull (p);
    }
  return g_utf8_pointer_to_offset (haystack, p);
}

typedef struct
{
  const char *name;
  const char *old_text;
  const char *new_text;
  const char *quote;
  guint       old_nth;      /* which occurrence in the old text */
  int         new_nth;      /* expected occurrence in the new one, -1: none */
} Case;

static const Case cases[] = {
  { "unchanged",
    "He said “yes” today.", "He said “yes” today.", "“yes”", 0, 0 },
  { "text-inserted-before",
    "He said “we will win” today.",
    "A whole new paragraph.\n\nHe said “we will win” today.", "“we will win”", 0, 0 },
  { "text-removed-before",
    "Intro that goes away. He said “we will win” today.",
    "He said “we will win” today.", "“we will win”", 0, 0 },
  { "repeated-quote-context-decides",
    "First she said “no” to taxes. Then he said “no” to roads.",
    "Then he said “no” to roads. First she said “no” to taxes.", "“no”", 1, 0 },
  { "repeated-quote-nearest-wins",
    "“Again and again and again” opened. Filler. “Again and again and again” closed.",
    "“Again and again and again” opened. Filler. “Again and again and again” closed.",
    "“Again and again and again”", 1, 1 },
  { "quote-edited-is-lost",
    "He said “we will win” today.", "He said “we shall win” today.", "“we will win”", 0, -1 },
  { "short-quote-without-context-is-lost",
    "He answered “yes” quickly.", "Completely different. Someone else said “yes” later on.", "“yes”", 0, -1 },
  { "unicode-around",
    "Ünïcödé 🙂 prefix “quoted words here” 😀 after.",
    "New 🚀 start. Ünïcödé 🙂 prefix “quoted words here” 😀 after.", "“quoted words here”", 0, 0 },
};

static void
test_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(QcText) old_text = text_new (c->old_text);
      g_autoptr(QcText) new_text = text_new (c->new_text);
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;
      gsize start = char_offset (c->old_text, c->quote, c->old_nth);
      gsize end = start + g_utf8_strlen (c->quote, -1);
      QcRange found = { 0, 0 };
      gboolean ok;

      g_test_message ("case %s", c->name);
      qc_anchor_make_selector (old_text, start, end, 32, &quote, &prefix, &suffix);
      g_assert_cmpstr (quote, ==, c->quote);
      ok = qc_anchor_find (new_text, quote, prefix, suffix, start, &found);
      if (c->new_nth < 0)
        {
          g_assert_false (ok);
          continue;
        }
      g_assert_true (ok);
      g_assert_cmpuint (found.start, ==, char_offset (c->new_text, c->quote, (guint) c->new_nth));
      g_assert_cmpuint (found.end, ==, found.start + g_utf8_strlen (c->quote, -1));
    }
}

static void
test_selector_edges (void)
{
  g_autoptr(QcText) text = text_new ("abc");
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  qc_anchor_make_selector (text, 0, 3, 32, &quote, &prefix, &suffix);
  g_assert_cmpstr (quote, ==, "abc");
  g_assert_cmpstr (prefix, ==, "");
  g_assert_cmpstr (suffix, ==, "");
  g_clear_pointer (&quote, g_free);
  /* Past the end is clamped, never read beyond. */
  qc_anchor_make_selector (text, 2, 99, 32, &quote, NULL, NULL);
  g_assert_cmpstr (quote, ==, "c");
}

static void
test_empty_and_long_quote (void)
{
  g_autoptr(QcText) text = text_new ("short");
  QcRange found;

  g_assert_false (qc_anchor_find (text, "", NULL, NULL, 0, &found));
  g_assert_false (qc_anchor_find (text, "much longer than the text", NULL, NULL, 0, &found));
  g_assert_true (qc_anchor_find (text, "short", NULL, NULL, 0, &found));
}

/* A degenerate text full of matches stays fast: the work is bounded. */
static void
test_many_occurrences (void)
{
  gsize n = 1 << 20;
  g_autofree char *data = g_malloc (n + 1);
  g_autoptr(QcText) text = NULL;
  QcRange found;
  gint64 t0;

  memset (data, 'a', n);
  data[n] = '\0';
  text = text_new (data);
  t0 = g_get_monotonic_time ();
  g_assert_true (qc_anchor_find (text, "aaaaaaaaaaaaaaaaa", "aaaa", "aaaa", n / 2, &found));
  g_assert_cmpuint (found.end - found.start, ==, 17);
  /* A quote that almost matches everywhere */
  memset (data, 'a', 4096);
  strcpy (data + 4096, "b");
  g_assert_false (qc_anchor_find (text, data, NULL, NULL, 0, &found));
  g_test_message ("1 MiB of one letter: %.1f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 10 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/anchor/cases", test_cases);
  g_test_add_func ("/qc/anchor/selector-edges", test_selector_edges);
  g_test_add_func ("/qc/anchor/empty-and-long-quote", test_empty_and_long_quote);
  g_test_add_func ("/qc/anchor/many-occurrences", test_many_occurrences);

  return g_test_run ();
}
