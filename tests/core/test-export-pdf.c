/* test-export-pdf.c: the PDF report, read back with poppler's pdftotext
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "export-fixture.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89
#define LETTER_WIDTH 612.0
#define LETTER_HEIGHT 792.0
/* The report's margins (qc-export-pdf.c) */
#define MARGIN_X 54.0
#define MARGIN_TOP 54.0
#define MARGIN_BOTTOM 62.0

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("pdftotext (poppler-utils) is not installed");
  return path != NULL;
}

static char *
write_pdf (Fixture                *fixture,
           QcExportScope           scope,
           gint64                  id,
           const QcExportOptions  *options,
           const char             *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (qc_export_to_file (fixture->store, scope, id, QC_EXPORT_FORMAT_PDF, options, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static char *
run_pdftotext (const char *path,
               const char *option)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", option ? option : "-q", path, "-", NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* Words of the extracted text, with the page each is on */
typedef struct
{
  GPtrArray *words;
  GArray    *pages;
} Words;

static void
words_clear (Words *words)
{
  g_clear_pointer (&words->words, g_ptr_array_unref);
  g_clear_pointer (&words->pages, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Words, words_clear)

static void
split_words (const char *text,
             Words      *words,
             gboolean    track_pages)
{
  GString *word = g_string_new (NULL);
  guint page = 1;

  words->words = g_ptr_array_new_with_free_func (g_free);
  words->pages = g_array_new (FALSE, FALSE, sizeof (guint));
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || g_unichar_isspace (c) || c == 0x2009 || c == 0x2002 || c == '\f')
        {
          if (word->len > 0)
            {
              g_ptr_array_add (words->words, g_strdup (word->str));
              g_array_append_val (words->pages, page);
              g_string_truncate (word, 0);
            }
          if (c == '\f' && track_pages)
            page++;
          if (c == 0)
            break;
          continue;
        }
      g_string_append_unichar (word, c);
    }
  g_string_free (word, TRUE);
}

/* Whether @want is at @at, maybe cut over several words by a line break
 * inside it ("</" "script>"); moves @at past it. */
static gboolean
match_word (Words      *haystack,
            guint      *at,
            const char *want)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = *at; i < haystack->words->len; i++)
    {
      g_string_append (joined, g_ptr_array_index (haystack->words, i));
      if (strcmp (joined->str, want) == 0)
        {
          *at = i + 1;
          return TRUE;
        }
      if (!g_str_has_prefix (want, joined->str))
        return FALSE;
    }
  return FALSE;
}

/* Whether the words of @needle follow each other in @haystack, allowing a
 * gap only where the text goes on to the next page (a table row or a
 * paragraph split between pages, with the footer and the repeated table
 * header in between). */
static gboolean
contains_words (Words *haystack,
                Words *needle)
{
  for (guint start = 0; start < haystack->words->len; start++)
    {
      guint at = start;
      guint k;

      for (k = 0; k < needle->words->len; k++)
        {
          const char *want = g_ptr_array_index (needle->words, k);
          guint page;
          guint next;

          if (match_word (haystack, &at, want))
            continue;
          if (k == 0)
            break;
          page = g_array_index (haystack->pages, guint, at - 1);
          next = at;
          while (next < haystack->words->len && g_array_index (haystack->pages, guint, next) == page)
            next++;
          while (next < haystack->words->len && g_array_index (haystack->pages, guint, next) <= page + 1
                 && !match_word (haystack, &next, want))
            next++;
          if (next >= haystack->words->len || g_array_index (haystack->pages, guint, next - 1) > page + 1)
            break;
          at = next;
        }
      if (k == needle->words->len)
        return TRUE;
    }
  return FALSE;
}

static void
assert_contains_text (Words      *extracted,
                      const char *text)
{
  g_auto(Words) needle = { NULL, NULL };

  split_words (text, &needle, FALSE);
  if (!contains_words (extracted, &needle))
    g_error ("the PDF's text lacks “%.200s”", text);
}

/* pdfinfo's "Pages:" and "Page size:" */
static guint
count_pages (const char *pdf_path,
             char      **size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdfinfo", pdf_path, NULL };
  const char *line;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "Page size:");
  g_assert_nonnull (line);
  if (size != NULL)
    *size = g_strndup (line, strcspn (line, "\n"));
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:") + strspn (line + strlen ("Pages:"), " "), NULL, 10);
}

/* Every word inside the page's content box, except the footer's, which
 * sits below it: nothing is drawn past a margin, nothing is clipped. */
static void
assert_inside_margins (const char *pdf_path,
                       double      width,
                       double      height,
                       guint      *n_pages)
{
  g_autofree char *html = run_pdftotext (pdf_path, "-bbox");
  double footer_top = height - MARGIN_BOTTOM + 14;
  guint pages = 0;

  for (const char *p = html; (p = strstr (p, "<page ")) != NULL; p++)
    pages++;
  *n_pages = pages;

  for (const char *p = html; (p = strstr (p, "<word xMin=\"")) != NULL; p++)
    {
      double x0, y0, x1, y1;

      g_assert_cmpint (sscanf (p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &x0, &y0, &x1, &y1), ==, 4);
      g_assert_cmpfloat (x0, >=, MARGIN_X - 1);
      g_assert_cmpfloat (x1, <=, width - MARGIN_X + 1);
      g_assert_cmpfloat (y0, >=, MARGIN_TOP - 1);
      if (y1 > height - MARGIN_BOTTOM + 1)
        {
          /* Only the footer lives down there */
          g_assert_cmpfloat (y0, >=, footer_top);
          g_assert_cmpfloat (y1, <=, height - 20);
        }
    }
}

static void
test_hostile (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_auto(Words) words = { NULL, NULL };
  guint n_pages = 0;

  if (!have_poppler ())
    return;
  path = write_pdf (fixture, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id, NULL, "hostile.pdf");
  text = run_pdftotext (path, NULL);
  split_words (text, &words, TRUE);
  claims = fixture_claims (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *quote = claim_text (claim);

      assert_contains_text (&words, quote);
    }
  /* Markup-like text is shown as it is */
  assert_contains_text (&words, HOSTILE_NOTE);
  assert_contains_text (&words, HOSTILE_SPEAKER);
  assert_contains_text (&words, HOSTILE_TITLE);
  assert_contains_text (&words, "Mayor <script>alert('body')</script> promises & delivers");
  assert_inside_margins (path, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_cmpuint (n_pages, ==, count_pages (path, NULL));
}

/* A long article: paragraphs, a quote of several hundred words, and a
 * note longer than a page, so that paragraphs, quotes and table rows all
 * have to continue on the next page. */
static gint64
add_long_article (Fixture  *fixture,
                  guint    *n_claims)
{
  static const char *people[] = { "Ana Delgado", "Harold Brandt", "Maureen Tate", "Carl Jennings" };
  g_autoptr(GString) body = g_string_new ("A long day at the council\n\n");
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (QcRange));
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = NULL;
  QcArticleInfo info = { .title = "A long day at the council", .url = "https://example.org/long" };
  gint64 article;

  for (guint i = 0; i < 40; i++)
    {
      QcRange span;

      g_string_append_printf (body, "Paragraph %u opens with the writer's words. ", i + 1);
      span.start = (gsize) g_utf8_strlen (body->str, -1);
      g_string_append_printf (body, "“Item %u of the budget is a matter of %s,”", i + 1,
                              i % 3 ? "record" : "serious public concern for every household in the city");
      span.end = (gsize) g_utf8_strlen (body->str, -1);
      g_array_append_val (spans, span);
      g_string_append_printf (body, " %s said, before the council moved on to item %u.\n\n",
                              people[i % G_N_ELEMENTS (people)], i + 2);
    }
  {
    QcRange span;

    g_string_append (body, "Then came the longest speech of the night. ");
    span.start = (gsize) g_utf8_strlen (body->str, -1);
    g_string_append (body, "“");
    for (guint w = 0; w < 700; w++)
      g_string_append_printf (body, "word%u ", w);
    g_string_append (body, "and that is all.”");
    span.end = (gsize) g_utf8_strlen (body->str, -1);
    g_array_append_val (spans, span);
    g_string_append (body, " Nobody replied.\n");
  }

  text = qc_text_new (body->str, -1, "long", &error);
  g_assert_no_error (error);
  article = qc_store_add_article (fixture->store, text, &info, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < spans->len; i++)
    {
      gint64 id = qc_store_add_claim (fixture->store, article, QC_CLAIM_KIND_DIRECT,
                                      &g_array_index (spans, QcRange, i), 1, 0, &error);

      g_assert_no_error (error);
      if (i == spans->len - 1)
        {
          for (guint w = 0; w < 1500; w++)
            g_string_append_printf (note, "note%u ", w);
          g_assert_true (qc_store_set_claim_note (fixture->store, id, note->str, &error));
          g_assert_true (qc_store_set_claim_evidence (fixture->store, id, QC_EVIDENCE_DISPUTED, &error));
        }
    }
  *n_claims = spans->len;
  return article;
}

static void
check_long_report (Fixture     *fixture,
                   QcPaperSize  paper)
{
  QcExportOptions options = { .paper = paper };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Words) words = { NULL, NULL };
  gint64 article;
  guint n_claims = 0;
  guint n_pages = 0;

  article = add_long_article (fixture, &n_claims);
  path = write_pdf (fixture, QC_EXPORT_SCOPE_ARTICLE, article, &options,
                    paper == QC_PAPER_A4 ? "long-a4.pdf" : "long-letter.pdf");
  text = run_pdftotext (path, NULL);
  split_words (text, &words, TRUE);

  claims = qc_store_list_claims (fixture->store, article, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, n_claims);
  for (guint i = 0; i < n_claims; i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *quote = claim_text (claim);

      assert_contains_text (&words, quote);
      if (qc_claim_get_note (claim) != NULL)
        assert_contains_text (&words, qc_claim_get_note (claim));
    }

  /* Paginated, numbered, A4 or Letter, nothing past the margins */
  if (paper == QC_PAPER_A4)
    assert_inside_margins (path, A4_WIDTH, A4_HEIGHT, &n_pages);
  else
    assert_inside_margins (path, LETTER_WIDTH, LETTER_HEIGHT, &n_pages);
  g_assert_cmpuint (n_pages, >=, 6);
  {
    g_autofree char *size = NULL;

    g_assert_cmpuint (n_pages, ==, count_pages (path, &size));
    g_assert_nonnull (strstr (size, paper == QC_PAPER_A4 ? "595.276 x 841.89 pts (A4)" : "612 x 792 pts (letter)"));
  }
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *label = g_strdup_printf ("Page %u of %u", page, n_pages);

      g_assert_nonnull (strstr (text, label));
    }
}

static void
test_long_a4 (Fixture       *fixture,
              gconstpointer  data)
{
  if (have_poppler ())
    check_long_report (fixture, QC_PAPER_A4);
}

static void
test_long_letter (Fixture       *fixture,
                  gconstpointer  data)
{
  if (have_poppler ())
    check_long_report (fixture, QC_PAPER_LETTER);
}

static void
test_all_and_speaker (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *all = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *text = NULL;
  guint n_claims;

  if (!have_poppler ())
    return;
  add_long_article (fixture, &n_claims);
  all = write_pdf (fixture, QC_EXPORT_SCOPE_ALL, 0, NULL, "all.pdf");
  text = run_pdftotext (all, NULL);
  g_assert_nonnull (strstr (text, "Claims in 2 articles"));
  g_assert_nonnull (strstr (text, "A long day at the council"));

  speaker = write_pdf (fixture, QC_EXPORT_SCOPE_SPEAKER, fixture->roe, NULL, "roe.pdf");
  g_clear_pointer (&text, g_free);
  text = run_pdftotext (speaker, NULL);
  g_assert_nonnull (strstr (text, "Claims by Jane Roe"));
  g_assert_null (strstr (text, "do not add up"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/qc/export-pdf/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("hostile-text", test_hostile);
  ADD ("long-report-a4", test_long_a4);
  ADD ("long-report-letter", test_long_letter);
  ADD ("all-and-speaker", test_all_and_speaker);
#undef ADD

  return g_test_run ();
}
