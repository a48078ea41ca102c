/* test-html-import.c: HTML, Markdown and text files to article text
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qc-html-import.h"
#include "qc-import.h"

static QcImportedArticle *
html (const char *page)
{
  g_autoptr(GError) error = NULL;
  QcImportedArticle *article = qc_html_import (page, strlen (page), &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static void
test_html_metadata (void)
{
  g_autoptr(QcImportedArticle) a = html (
    "<!DOCTYPE html><html lang=\"de\"><head>"
    "<meta charset=\"utf-8\"><title>Page title | Site</title>"
    "<meta property=\"og:title\" content=\"  The  headline \">"
    "<meta name=\"byl\" content=\"By Ann Writer\">"
    "<meta name=\"date\" content=\"March 5, 2024\">"
    "<meta property=\"og:url\" content=\"https://example.org/og\">"
    "<link rel=\"canonical\" href=\"https://example.org/canonical\">"
    "<meta property=\"og:site_name\" content=\"The Site\">"
    "</head><body><p>Text.</p></body></html>");

  g_assert_cmpstr (a->title, ==, "The headline");
  g_assert_cmpstr (a->author, ==, "Ann Writer");
  g_assert_cmpstr (a->published_at, ==, "2024-03-05");
  g_assert_cmpstr (a->url, ==, "https://example.org/canonical");
  g_assert_cmpstr (a->outlet, ==, "The Site");
  g_assert_cmpstr (a->language, ==, "de");
  g_assert_cmpstr (a->text, ==, "Text.");
  g_assert_cmpint (a->format, ==, QC_IMPORT_FORMAT_HTML);
}

static void
test_html_article_only (void)
{
  g_autoptr(QcImportedArticle) a = html (
    "<html><head><title>T</title><style>body{}</style></head><body>"
    "<header class=\"site-header\"><nav><ul><li>Home</li><li>World</li></ul></nav></header>"
    "<div class=\"cookie-banner\">We use cookies</div>"
    "<main><article>"
    "<header><h1>Headline</h1><p class=\"byline\">By Tom Baker</p>"
    "<time datetime=\"2025-12-24T08:00\">Christmas Eve</time></header>"
    "<p>First   paragraph\n with  “a quote”.</p>"
    "<figure><img src=x><figcaption>A caption</figcaption></figure>"
    "<div class=\"share-tools\">Share on X</div>"
    "<script>document.write('no')</script>"
    "<p>Second <b>bold</b> and <a href=\"#\">link</a>.<br>Same paragraph, new line.</p>"
    "<blockquote>Quoted block</blockquote>"
    "<ul><li>Item one</li><li>Item two</li></ul>"
    "<aside>Related stories</aside>"
    "</article></main>"
    "<footer>About us</footer></body></html>");

  g_assert_cmpstr (a->text, ==,
                   "First paragraph with “a quote”.\n\n"
                   "Second bold and link.\nSame paragraph, new line.\n\n"
                   "Quoted block\n\nItem one\n\nItem two");
  g_assert_cmpstr (a->author, ==, "Tom Baker");
  g_assert_cmpstr (a->published_at, ==, "2025-12-24");
  g_assert_cmpstr (a->title, ==, "T");
}

static void
test_html_largest_article (void)
{
  g_autoptr(QcImportedArticle) a = html (
    "<body><article><p>Teaser.</p></article>"
    "<article><p>The real story has many more words than the teaser.</p></article></body>");

  g_assert_cmpstr (a->text, ==, "The real story has many more words than the teaser.");
}

static void
test_html_entities_and_encoding (void)
{
  g_autoptr(QcImportedArticle) utf8 = html ("<p>Caf&eacute; &amp; “quotes” &#8212; done</p>");
  g_autoptr(GError) error = NULL;
  g_autoptr(QcImportedArticle) latin1 = NULL;
  static const char latin1_page[] = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9</p></body></html>";

  g_assert_cmpstr (utf8->text, ==, "Café & “quotes” — done");
  latin1 = qc_html_import (latin1_page, strlen (latin1_page), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (latin1->text, ==, "Café");
}

static void
test_html_hostile (void)
{
  g_autoptr(GError) error = NULL;
  GString *deep = g_string_new (NULL);
  g_autoptr(QcImportedArticle) a = NULL;
  QcImportedArticle *bad;

  for (guint i = 0; i < 5000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "deep text");
  a = qc_html_import (deep->str, deep->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  g_string_free (deep, TRUE);
  g_clear_pointer (&a, qc_imported_article_free);

  a = html ("<p>unclosed <b>tags <i>everywhere</p><p>next</div></span>");
  g_assert_nonnull (strstr (a->text, "everywhere"));
  g_clear_pointer (&a, qc_imported_article_free);

  bad = qc_html_import ("<p>a\0b</p>", 10, &error);
  g_assert_null (bad);
  g_assert_error (error, QC_IMPORT_ERROR, QC_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  a = qc_html_import ("", 0, &error);
  if (a == NULL)
    g_assert_error (error, QC_IMPORT_ERROR, QC_IMPORT_ERROR_EMPTY);
  else
    g_assert_cmpstr (a->text, ==, "");
}

static void
test_markdown (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "# Title\n\nPara with **bold** and _em_ and *it*.", "Title\n\nPara with bold and em and it." },
    { "A [link](https://x.org/a_b) and ![img](i.png) and <https://y.org>.", "A link and  and https://y.org." },
    { "- one\n- two\n\n1. first\n2) second", "one\n\ntwo\n\nfirst\n\nsecond" },
    { "> “Quoted,” she said.\n> Still quoted.", "“Quoted,” she said.\nStill quoted." },
    { "snake_case_word and don't and 'single' and \"double\"", "snake_case_word and don't and 'single' and \"double\"" },
    { "Setext\n======\n\ntext\n\n---\n\nafter rule", "Setext\n\ntext\n\nafter rule" },
    { "[ref]: https://example.org\nText `code` here\\*.", "Text code here*." },
    { "```\ncode *kept*\n```\nafter", "code *kept*\n\nafter" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = qc_import_markdown_to_text (cases[i].in, strlen (cases[i].in), NULL);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_markdown_front_matter (void)
{
  static const char md[] =
    "---\ntitle: \"Front matter title\"\nauthor: Jo\ndate: 2024/02/29\nurl: https://e.org\n"
    "publication: Daily\nlang: fr\n---\n# Heading is not the title\n\nBody.";
  g_autoptr(GError) error = NULL;
  g_autoptr(QcImportedArticle) a = qc_import_parse (md, strlen (md), "a.md", QC_IMPORT_FORMAT_AUTO, &error);

  g_assert_no_error (error);
  g_assert_cmpint (a->format, ==, QC_IMPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (a->title, ==, "Front matter title");
  g_assert_cmpstr (a->author, ==, "Jo");
  g_assert_cmpstr (a->published_at, ==, "2024-02-29");
  g_assert_cmpstr (a->url, ==, "https://e.org");
  g_assert_cmpstr (a->outlet, ==, "Daily");
  g_assert_cmpstr (a->language, ==, "fr");
  g_assert_cmpstr (a->text, ==, "Heading is not the title\n\nBody.");
}

static void
test_guess_format (void)
{
  static const struct { const char *name; const char *data; QcImportFormat format; } cases[] = {
    { "a.HTML", "plain", QC_IMPORT_FORMAT_HTML },
    { "a.htm", "", QC_IMPORT_FORMAT_HTML },
    { "notes.md", "<html>", QC_IMPORT_FORMAT_MARKDOWN },
    { "a.txt", "<!doctype html>", QC_IMPORT_FORMAT_TEXT },
    { NULL, "  \n<!DOCTYPE html><html>", QC_IMPORT_FORMAT_HTML },
    { NULL, "\xEF\xBB\xBF<html><body>", QC_IMPORT_FORMAT_HTML },
    { NULL, "---\ntitle: x\n---\nbody", QC_IMPORT_FORMAT_MARKDOWN },
    { NULL, "He said <b> is bold.", QC_IMPORT_FORMAT_TEXT },
    { "article", "Just text.", QC_IMPORT_FORMAT_TEXT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (qc_import_guess_format (cases[i].name, cases[i].data, strlen (cases[i].data)),
                     ==, cases[i].format);
}

static void
test_dates (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "2024-03-05T10:00:00Z", "2024-03-05" },
    { "2024/03/05", "2024-03-05" },
    { "Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05" },
    { "5 March 2024", "2024-03-05" },
    { "March 5, 2024", "2024-03-05" },
    { "2024-02-30", NULL },
    { "yesterday", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = qc_import_normalise_date (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_text_keeps_bytes (void)
{
  g_autoptr(GError) error = NULL;
  static const char data[] = "abc\0def";
  g_autoptr(QcImportedArticle) a = qc_import_parse (data, 7, "x.txt", QC_IMPORT_FORMAT_AUTO, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (a->text_length, ==, 7);
  g_assert_cmpmem (a->text, 7, data, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/html-import/metadata", test_html_metadata);
  g_test_add_func ("/qc/html-import/article-only", test_html_article_only);
  g_test_add_func ("/qc/html-import/largest-article", test_html_largest_article);
  g_test_add_func ("/qc/html-import/entities-and-encoding", test_html_entities_and_encoding);
  g_test_add_func ("/qc/html-import/hostile", test_html_hostile);
  g_test_add_func ("/qc/html-import/markdown", test_markdown);
  g_test_add_func ("/qc/html-import/markdown-front-matter", test_markdown_front_matter);
  g_test_add_func ("/qc/html-import/guess-format", test_guess_format);
  g_test_add_func ("/qc/html-import/dates", test_dates);
  g_test_add_func ("/qc/html-import/text-keeps-bytes", test_text_keeps_bytes);

  return g_test_run ();
}
