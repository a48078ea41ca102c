/* test-export-formats.c: ClaimReview, Web Annotation, HTML, CSV, Markdown
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "export-fixture.h"

#define ORGANISATION "Riverton <Fact> Desk"
#define REVIEW_URL "https://factdesk.example.org/checks/roads"

/* ClaimReview */

static void
test_claimreview (Fixture       *fixture,
                  gconstpointer  data)
{
  QcExportOptions options = { .organisation = ORGANISATION, .organisation_url = "https://factdesk.example.org/",
                              .review_url = REVIEW_URL "#top" };
  g_autofree char *text = export_article_text (fixture, QC_EXPORT_FORMAT_CLAIMREVIEW, &options);
  g_autoptr(json_object) root = parse_json_or_die (text);
  g_autoptr(GListModel) claims = fixture_claims (fixture);
  guint n_assessed = 0;

  g_assert_true (json_object_is_type (root, json_type_array));
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *expected_text = claim_text (claim);
      g_autofree char *expected_url = g_strdup_printf (REVIEW_URL "#claim-%s", qc_claim_get_uuid (claim));
      const char *rating = qc_claim_get_rating (claim);
      json_object *review = NULL;
      json_object *reviewed;
      json_object *appearance;
      json_object *author;
      json_object *verdict;
      const char *date;

      if (qc_claim_get_evidence (claim) == QC_EVIDENCE_UNASSESSED && rating == NULL)
        continue;
      n_assessed++;

      for (size_t k = 0; k < json_object_array_length (root); k++)
        {
          json_object *item = json_object_array_get_idx (root, k);

          if (strcmp (member_string (item, "identifier"), qc_claim_get_uuid (claim)) == 0)
            review = item;
        }
      g_assert_nonnull (review);

      /* What Google's fact-check markup asks for */
      g_assert_cmpstr (member_string (review, "@context"), ==, "https://schema.org");
      g_assert_cmpstr (member_string (review, "@type"), ==, "ClaimReview");
      g_assert_cmpstr (member_string (review, "claimReviewed"), ==, expected_text);
      g_assert_cmpstr (member_string (review, "url"), ==, expected_url);
      date = member_string (review, "datePublished");
      g_assert_cmpuint (strlen (date), ==, 10);
      g_assert_true (g_ascii_isdigit (date[0]) && date[4] == '-' && date[7] == '-');

      verdict = member (review, "reviewRating", json_type_object);
      g_assert_cmpstr (member_string (verdict, "@type"), ==, "Rating");
      if (rating != NULL)
        g_assert_cmpstr (member_string (verdict, "alternateName"), ==, rating);
      else
        g_assert_cmpstr (member_string (verdict, "alternateName"), ==,
                         qc_claim_get_evidence (claim) == QC_EVIDENCE_SUPPORTED ? "Supported"
                         : qc_claim_get_evidence (claim) == QC_EVIDENCE_DISPUTED ? "Disputed" : "Unsupported");

      author = member (review, "author", json_type_object);
      g_assert_cmpstr (member_string (author, "@type"), ==, "Organization");
      g_assert_cmpstr (member_string (author, "name"), ==, ORGANISATION);
      g_assert_cmpstr (member_string (author, "url"), ==, "https://factdesk.example.org/");

      reviewed = member (review, "itemReviewed", json_type_object);
      g_assert_cmpstr (member_string (reviewed, "@type"), ==, "Claim");
      g_assert_cmpstr (member_string (reviewed, "datePublished"), ==, "2026-03-18");
      appearance = member (reviewed, "appearance", json_type_object);
      g_assert_cmpstr (member_string (appearance, "url"), ==, "https://example.org/riverton/roads?id=1&view=full");
      g_assert_cmpstr (member_string (appearance, "headline"), ==, HOSTILE_TITLE);
      if (qc_claim_get_speaker_id (claim) == fixture->roe)
        {
          json_object *speaker = member (reviewed, "author", json_type_object);

          g_assert_cmpstr (member_string (speaker, "@type"), ==, "Person");
          g_assert_cmpstr (member_string (speaker, "name"), ==, "Jane Roe");
          g_assert_cmpstr (member_string (speaker, "jobTitle"), ==, "Mayor <i>of</i> Riverton");
        }
      else if (qc_claim_get_speaker_id (claim) == 0)
        g_assert_false (json_object_object_get_ex (reviewed, "author", NULL));
    }
  g_assert_cmpuint (n_assessed, ==, 3);
  g_assert_cmpuint (json_object_array_length (root), ==, n_assessed);

  /* Sources become citations, links only when they are web addresses */
  g_assert_null (strstr (text, "javascript:"));
  g_assert_nonnull (strstr (text, "\"url\": \"https://example.org/roads?a=1&b=2\""));
}

static void
test_claimreview_organisation_fallback (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autofree char *text = export_article_text (fixture, QC_EXPORT_FORMAT_CLAIMREVIEW, NULL);
  g_autoptr(json_object) root = parse_json_or_die (text);
  g_autoptr(GError) error = NULL;
  g_autofree char *annotator = qc_store_dup_annotator_name (fixture->store,
                                                            qc_store_get_local_annotator (fixture->store), &error);

  g_assert_cmpuint (json_object_array_length (root), ==, 3);
  for (size_t k = 0; k < json_object_array_length (root); k++)
    {
      json_object *review = json_object_array_get_idx (root, k);

      g_assert_cmpstr (member_string (member (review, "author", json_type_object), "name"), ==, annotator);
      g_assert_true (g_str_has_prefix (member_string (review, "url"), "urn:uuid:"));
    }
}

/* W3C Web Annotation */

/* The terms of http://www.w3.org/ns/anno.jsonld: anything else would be
 * dropped by a JSON-LD processor. */
static const char *anno_terms[] = {
  "id", "type", "motivation", "purpose", "body", "target", "source", "selector", "state", "scope",
  "refinedBy", "startSelector", "endSelector", "renderedVia", "creator", "generator", "rights",
  "homepage", "via", "canonical", "stylesheet", "cached", "conformsTo", "items", "partOf", "first",
  "last", "next", "prev", "audience", "textDirection", "accessibility", "bodyValue", "format",
  "language", "processingLanguage", "value", "exact", "prefix", "suffix", "styleClass", "name",
  "email", "email_sha1", "nickname", "label", "created", "modified", "generated", "sourceDate",
  "sourceDateStart", "sourceDateEnd", "start", "end", "total", "startIndex", NULL
};

static const char *anno_types[] = {
  "Annotation", "AnnotationCollection", "AnnotationPage", "TextualBody", "SpecificResource",
  "TextQuoteSelector", "TextPositionSelector", "Person", "Organization", "Software", "Text", NULL
};

static const char *motivations[] = {
  "assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
  "identifying", "linking", "moderating", "questioning", "replying", "reviewing", "tagging", NULL
};

static void
assert_anno_terms (json_object *value,
                   gboolean     top)
{
  if (json_object_is_type (value, json_type_array))
    {
      for (size_t i = 0; i < json_object_array_length (value); i++)
        assert_anno_terms (json_object_array_get_idx (value, i), FALSE);
      return;
    }
  if (!json_object_is_type (value, json_type_object))
    return;
  json_object_object_foreach (value, key, child)
    {
      if (top && strcmp (key, "@context") == 0)
        continue;
      if (!g_strv_contains (anno_terms, key))
        g_error ("“%s” is not a term of the anno.jsonld context", key);
      if (strcmp (key, "type") == 0)
        g_assert_true (g_strv_contains (anno_types, json_object_get_string (child)));
      if (strcmp (key, "motivation") == 0 || strcmp (key, "purpose") == 0)
        g_assert_true (g_strv_contains (motivations, json_object_get_string (child)));
      assert_anno_terms (child, FALSE);
    }
}

static json_object *
find_selector (json_object *target,
               const char  *type)
{
  json_object *selectors = member (target, "selector", json_type_array);

  for (size_t i = 0; i < json_object_array_length (selectors); i++)
    {
      json_object *selector = json_object_array_get_idx (selectors, i);

      if (strcmp (member_string (selector, "type"), type) == 0)
        return selector;
    }
  g_error ("no %s", type);
  return NULL;
}

static void
test_web_annotation (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *text = export_article_text (fixture, QC_EXPORT_FORMAT_WEB_ANNOTATION, NULL);
  g_autoptr(json_object) root = parse_json_or_die (text);
  g_autoptr(GListModel) claims = fixture_claims (fixture);
  json_object *page;
  json_object *items;

  g_assert_cmpstr (member_string (root, "@context"), ==, "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (member_string (root, "type"), ==, "AnnotationCollection");
  g_assert_true (g_str_has_prefix (member_string (root, "id"), "urn:uuid:"));
  g_assert_cmpint (json_object_get_int (member (root, "total", json_type_int)), ==, fixture->n_claims);
  page = member (root, "first", json_type_object);
  g_assert_cmpstr (member_string (page, "type"), ==, "AnnotationPage");
  g_assert_cmpstr (member_string (page, "partOf"), ==, member_string (root, "id"));
  items = member (page, "items", json_type_array);
  g_assert_cmpuint (json_object_array_length (items), ==, fixture->n_claims);
  assert_anno_terms (root, TRUE);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      json_object *annotation = json_object_array_get_idx (items, i);
      g_autofree char *id = g_strconcat ("urn:uuid:", qc_claim_get_uuid (claim), NULL);
      json_object *targets = member (annotation, "target", json_type_array);
      json_object *bodies = member (annotation, "body", json_type_array);
      gboolean have_evidence = FALSE;
      gboolean have_speaker = qc_claim_get_speaker_id (claim) == 0;

      g_assert_cmpstr (member_string (annotation, "id"), ==, id);
      g_assert_cmpstr (member_string (annotation, "type"), ==, "Annotation");
      g_assert_cmpstr (member_string (annotation, "created"), ==, qc_claim_get_created_at (claim));
      g_assert_cmpstr (member_string (annotation, "modified"), ==, qc_claim_get_updated_at (claim));
      g_assert_cmpstr (member_string (member (annotation, "creator", json_type_object), "type"), ==, "Person");
      g_assert_cmpuint (json_object_array_length (targets), ==, qc_claim_get_n_segments (claim));

      for (guint s = 0; s < qc_claim_get_n_segments (claim); s++)
        {
          const QcClaimSegment *segment = qc_claim_get_segment (claim, s);
          json_object *target = json_object_array_get_idx (targets, s);
          json_object *quote = find_selector (target, "TextQuoteSelector");
          json_object *position = find_selector (target, "TextPositionSelector");
          gint64 start = json_object_get_int64 (member (position, "start", json_type_int));
          gint64 end = json_object_get_int64 (member (position, "end", json_type_int));
          g_autofree char *exact = g_utf8_substring (hostile_text, start, end);
          g_autofree char *before = g_utf8_substring (hostile_text, MAX (start - 32, 0), start);

          g_assert_cmpstr (member_string (target, "type"), ==, "SpecificResource");
          g_assert_cmpstr (member_string (target, "source"), ==, "https://example.org/riverton/roads?id=1&view=full");
          g_assert_cmpstr (member_string (quote, "exact"), ==, segment->quote);
          g_assert_cmpstr (member_string (quote, "exact"), ==, exact);
          g_assert_cmpstr (member_string (quote, "prefix"), ==, before);
          g_assert_cmpstr (member_string (quote, "suffix"), ==, segment->suffix);
          g_assert_cmpint (start, ==, (gint64) segment->start);
          g_assert_cmpint (end, ==, (gint64) segment->end);
        }

      for (size_t b = 0; b < json_object_array_length (bodies); b++)
        {
          json_object *body = json_object_array_get_idx (bodies, b);
          const char *purpose = member_string (body, "purpose");

          if (strcmp (member_string (body, "type"), "TextualBody") != 0)
            continue;
          if (strcmp (purpose, "assessing") == 0
              && g_str_has_prefix (member_string (body, "value"), "evidence:")
              && strcmp (member_string (body, "value") + 9, qc_evidence_to_string (qc_claim_get_evidence (claim))) == 0)
            have_evidence = TRUE;
          if (strcmp (purpose, "tagging") == 0 && qc_claim_get_speaker_name (claim) != NULL
              && strcmp (member_string (body, "value"), qc_claim_get_speaker_name (claim)) == 0)
            have_speaker = TRUE;
        }
      g_assert_true (have_evidence);
      g_assert_true (have_speaker);
    }
}

/* HTML */

static const char *html_elements[] = {
  "html", "head", "meta", "title", "style", "body", "div", "header", "p", "h1", "h2", "h3", "section",
  "span", "b", "i", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "mark", "a",
  "blockquote", "ul", "li", "footer", NULL
};

static const char *html_attributes[] = {
  "class", "id", "href", "rel", "title", "lang", "style", "charset", "name", "content",
  "http-equiv", "aria-hidden", NULL
};

typedef struct
{
  GString *text;       /* every text node, as the reader sees it */
  guint    n_links;
} HtmlWalk;

static void
walk_html (xmlNode  *node,
           HtmlWalk *walk)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE)
        {
          g_string_append (walk->text, (const char *) node->content);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (!g_strv_contains (html_elements, (const char *) node->name))
        g_error ("unexpected element <%s>", node->name);
      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        {
          g_autofree char *value = (char *) xmlNodeGetContent ((xmlNode *) attr);

          if (!g_strv_contains (html_attributes, (const char *) attr->name))
            g_error ("unexpected attribute %s on <%s>", attr->name, node->name);
          if (strcmp ((const char *) attr->name, "href") == 0)
            {
              g_assert_true (value[0] == '#' || g_str_has_prefix (value, "https://")
                             || g_str_has_prefix (value, "http://"));
              walk->n_links++;
            }
          if (strcmp ((const char *) attr->name, "style") == 0)
            g_assert_true (g_str_has_prefix (value, "width:"));
        }
      if (strcmp ((const char *) node->name, "style") == 0)
        {
          g_autofree char *css = (char *) xmlNodeGetContent (node);

          /* Self-contained: nothing fetched */
          g_assert_null (strstr (css, "url("));
          g_assert_null (strstr (css, "@import"));
          g_assert_nonnull (strstr (css, "@media print"));
          continue;
        }
      walk_html (node->children, walk);
    }
}

static void
test_html_escaping (Fixture       *fixture,
                    gconstpointer  data)
{
  QcExportOptions options = { .organisation = ORGANISATION };
  g_autofree char *html = export_article_text (fixture, QC_EXPORT_FORMAT_HTML, &options);
  g_autofree char *lower = g_ascii_strdown (html, -1);
  g_autoptr(GListModel) claims = fixture_claims (fixture);
  HtmlWalk walk = { g_string_new (NULL), 0 };
  htmlDocPtr doc;

  /* No markup of the user's survives as markup */
  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "<img"));
  g_assert_null (strstr (lower, "<b>not"));
  g_assert_null (strstr (lower, "javascript:"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "Content-Security-Policy"));

  /* Parsed as a browser would: only our elements and attributes, and the
   * hostile strings are there as text */
  doc = htmlReadMemory (html, (int) strlen (html), "report.html", "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  walk_html (xmlDocGetRootElement (doc), &walk);
  xmlFreeDoc (doc);

  g_assert_nonnull (strstr (walk.text->str, HOSTILE_NOTE));
  g_assert_nonnull (strstr (walk.text->str, HOSTILE_SPEAKER));
  g_assert_nonnull (strstr (walk.text->str, HOSTILE_TITLE));
  g_assert_nonnull (strstr (walk.text->str, "Mayor <script>alert('body')</script> promises & delivers"));
  g_assert_nonnull (strstr (walk.text->str, "\"This is <b>not</b> a drill.\""));
  g_assert_nonnull (strstr (walk.text->str, "<script>alert('source')</script>"));
  g_assert_nonnull (strstr (walk.text->str, "Road plan <2026>"));
  g_assert_nonnull (strstr (walk.text->str, "Checked with the roads office <ok>."));
  g_assert_nonnull (strstr (walk.text->str, ORGANISATION));

  /* Every claim is in the table, and linked to its highlight */
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *text = claim_text (claim);
      g_autofree char *anchor = g_strdup_printf ("id=\"t%u\"", i + 1);
      g_autofree char *row = g_strdup_printf ("id=\"c%u\"", i + 1);

      g_assert_nonnull (strstr (walk.text->str, text));
      g_assert_nonnull (strstr (html, anchor));
      g_assert_nonnull (strstr (html, row));
    }
  /* The source link, the article link, and one per claim each way */
  g_assert_cmpuint (walk.n_links, ==, 2 + 2 * fixture->n_claims);
  g_string_free (walk.text, TRUE);
}

/* Highlights nest even when claims overlap or cross paragraphs */
static void
test_html_overlaps (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  QcRange outer = find_span (hostile_text, "Mayor Jane Roe said on Monday. \"This is <b>not</b>");
  QcRange inner = find_span (hostile_text, "on Monday");
  QcRange across = find_span (hostile_text, "last year.\n\n“It is");
  int depth = 0;

  g_assert_cmpint (qc_store_add_claim (fixture->store, fixture->article_id, QC_CLAIM_KIND_INDIRECT, &outer, 1, 0, &error), >, 0);
  g_assert_cmpint (qc_store_add_claim (fixture->store, fixture->article_id, QC_CLAIM_KIND_PARTIAL, &inner, 1, 0, &error), >, 0);
  g_assert_cmpint (qc_store_add_claim (fixture->store, fixture->article_id, QC_CLAIM_KIND_INDIRECT, &across, 1, 0, &error), >, 0);
  g_assert_no_error (error);
  fixture->n_claims += 3;

  html = export_article_text (fixture, QC_EXPORT_FORMAT_HTML, NULL);
  for (const char *p = html; *p; p++)
    {
      if (g_str_has_prefix (p, "<mark"))
        depth++;
      else if (g_str_has_prefix (p, "</mark>"))
        depth--;
      else if (g_str_has_prefix (p, "</p>"))
        g_assert_cmpint (depth, ==, 0);
      g_assert_cmpint (depth, >=, 0);
    }
  g_assert_cmpint (depth, ==, 0);
}

/* CSV, read back by a strict RFC 4180 reader */

static GPtrArray *
read_csv_strict (const char *data,
                 gsize       length,
                 GError    **error)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gsize i = 0;

  if (length == 0)
    return records;
  while (TRUE)
    {
      gboolean quoted = i < length && data[i] == '"';

      g_string_truncate (field, 0);
      if (quoted)
        {
          i++;
          while (TRUE)
            {
              if (i >= length)
                {
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "unterminated quoted field");
                  goto fail;
                }
              if (data[i] == '"')
                {
                  if (i + 1 < length && data[i + 1] == '"')
                    {
                      g_string_append_c (field, '"');
                      i += 2;
                      continue;
                    }
                  i++;
                  break;
                }
              g_string_append_c (field, data[i++]);
            }
        }
      else
        while (i < length && data[i] != ',' && data[i] != '\r' && data[i] != '\n')
          {
            if (data[i] == '"')
              {
                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "quote inside an unquoted field at %zu", i);
                goto fail;
              }
            g_string_append_c (field, data[i++]);
          }
      g_ptr_array_add (record, g_strdup (field->str));

      if (i < length && data[i] == ',')
        {
          i++;
          continue;
        }
      if (i + 1 < length && data[i] == '\r' && data[i + 1] == '\n')
        {
          i += 2;
          g_ptr_array_add (records, record);
          record = g_ptr_array_new_with_free_func (g_free);
          if (i == length)
            break;
          continue;
        }
      if (i >= length)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "the last record has no CRLF");
          goto fail;
        }
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "stray character %d after a field at %zu",
                   data[i], i);
      goto fail;
    }
  g_ptr_array_unref (record);
  g_string_free (field, TRUE);
  return records;

fail:
  g_ptr_array_unref (record);
  g_ptr_array_unref (records);
  g_string_free (field, TRUE);
  return NULL;
}

static const char *
csv_cell (GPtrArray  *records,
          guint       row,
          const char *column)
{
  GPtrArray *header = g_ptr_array_index (records, 0);

  for (guint c = 0; c < header->len; c++)
    if (strcmp (g_ptr_array_index (header, c), column) == 0)
      return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (records, row), c);
  g_error ("no column %s", column);
  return NULL;
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export_article (fixture, QC_EXPORT_FORMAT_CSV, NULL);
  gsize length = 0;
  const char *text = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_csv_strict (text, length, &error);
  g_autoptr(GListModel) claims = fixture_claims (fixture);
  GPtrArray *header;

  g_assert_no_error (error);
  g_assert_false (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_cmpuint (records->len, ==, 1 + fixture->n_claims);
  header = g_ptr_array_index (records, 0);
  for (guint r = 0; r < records->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, r))->len, ==, header->len);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *expected = claim_text (claim);
      const char *note = qc_claim_get_note (claim);
      const char *cell_note = csv_cell (records, i + 1, "note");

      g_assert_cmpstr (csv_cell (records, i + 1, "claim_uuid"), ==, qc_claim_get_uuid (claim));
      g_assert_cmpstr (csv_cell (records, i + 1, "text"), ==, expected);
      g_assert_cmpstr (csv_cell (records, i + 1, "evidence"), ==, qc_evidence_to_string (qc_claim_get_evidence (claim)));

      /* A cell starting with = + - @ TAB or CR gets an apostrophe, and only
       * those; the rest of the text is kept as it is. */
      if (note == NULL)
        g_assert_cmpstr (cell_note, ==, "");
      else if (strchr ("=+-@\t\r", note[0]) != NULL)
        {
          g_assert_cmpint (cell_note[0], ==, '\'');
          g_assert_cmpstr (cell_note + 1, ==, note);
        }
      else
        g_assert_cmpstr (cell_note, ==, note);
    }

  /* Every cell of the file is safe */
  for (guint r = 1; r < records->len; r++)
    {
      GPtrArray *record = g_ptr_array_index (records, r);

      for (guint c = 0; c < record->len; c++)
        {
          const char *value = g_ptr_array_index (record, c);

          g_assert_null (strchr ("=+-@\t\r", value[0]) && value[0] ? value : NULL);
        }
    }
  g_assert_cmpstr (csv_cell (records, 3, "rating"), ==, "'@SUM(1)");
  g_assert_cmpstr (csv_cell (records, 3, "note"), ==, "'-2+3\nsecond line, with \"quotes\"");
}

static void
test_csv_bom (Fixture       *fixture,
              gconstpointer  data)
{
  QcExportOptions options = { .csv_bom = TRUE };
  g_autoptr(GBytes) bytes = export_article (fixture, QC_EXPORT_FORMAT_CSV, &options);
  gsize length = 0;
  const char *text = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;

  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "number,"));
  records = read_csv_strict (text + 3, length - 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1 + fixture->n_claims);
}

/* Markdown */

/* What a renderer shows of escaped text: backslash escapes undone */
static char *
unescape_markdown (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_markdown (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *md = export_article_text (fixture, QC_EXPORT_FORMAT_MARKDOWN, NULL);
  g_autofree char *shown = unescape_markdown (md);
  g_autoptr(GListModel) claims = fixture_claims (fixture);
  guint n_headings = 0;

  /* Markup of the user's is escaped: no raw HTML, no broken table */
  for (const char *p = md; (p = strchr (p, '<')) != NULL; p++)
    {
      /* Every "<" is escaped, or opens one of our link destinations */
      gboolean escaped = p > md && p[-1] == '\\';
      gboolean link = p - md >= 2 && p[-2] == ']' && p[-1] == '(';

      g_assert_true (escaped || link);
    }
  g_assert_nonnull (strstr (md, "\\<script\\>"));
  g_assert_null (strstr (md, "](<javascript"));
  g_assert_nonnull (strstr (md, "](<https://example.org/roads?a=1&b=2>)"));
  g_assert_true (g_str_has_prefix (md, "# "));

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *text = claim_text (claim);
      g_autofree char *heading = g_strdup_printf ("\n### %u\\. ", i + 1);
      g_autofree char *marker = g_strdup_printf ("**\\[%u\\]**", i + 1);

      g_assert_nonnull (strstr (shown, text));
      g_assert_nonnull (strstr (md, heading));
      g_assert_nonnull (strstr (md, marker));
    }
  for (const char *p = strstr (md, "\n### "); p != NULL; p = strstr (p + 1, "\n### "))
    n_headings++;
  g_assert_cmpuint (n_headings, ==, fixture->n_claims);
  g_assert_nonnull (strstr (shown, HOSTILE_NOTE));
  g_assert_nonnull (strstr (shown, HOSTILE_SPEAKER));
}

/* Several articles and one speaker */

static void
test_speaker_report (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *html = NULL;
  gint64 nobody;

  bytes = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_SPEAKER, fixture->roe, QC_EXPORT_FORMAT_HTML,
                              NULL, &error);
  g_assert_no_error (error);
  html = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (html, "<h1>Claims by Jane Roe</h1>"));
  g_assert_nonnull (strstr (html, "We will fix every road"));
  g_assert_null (strstr (html, "do not add up"));

  nobody = qc_store_add_speaker (fixture->store, "Nobody", QC_SPEAKER_KIND_PERSON, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_SPEAKER, nobody, QC_EXPORT_FORMAT_HTML, NULL, &error);
  g_assert_error (error, QC_EXPORT_ERROR, QC_EXPORT_ERROR_EMPTY);
  g_assert_null (bytes);
}

static void
test_all_articles (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = qc_text_new ("“Second,” he said.\n", -1, NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *md = NULL;
  QcArticleInfo info = { .title = "The second article" };
  gint64 second = qc_store_add_article (fixture->store, text, &info, &error);
  QcRange span = { 0, 9 };

  g_assert_no_error (error);
  g_assert_cmpint (qc_store_add_claim (fixture->store, second, QC_CLAIM_KIND_DIRECT, &span, 1, 0, &error), >, 0);

  for (guint f = 0; f < QC_EXPORT_N_FORMATS; f++)
    {
      g_autoptr(GBytes) each = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_ALL, 0, (QcExportFormat) f,
                                                   NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (each), >, 0);
    }
  bytes = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_ALL, 0, QC_EXPORT_FORMAT_MARKDOWN, NULL, &error);
  md = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (md, "# Claims in 2 articles"));
  g_assert_nonnull (strstr (md, "## The second article"));
  /* Numbers run on across articles */
  g_assert_nonnull (strstr (md, "#### 6\\. Unattributed"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/qc/export-formats/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("claimreview/required-fields", test_claimreview);
  ADD ("claimreview/organisation-fallback", test_claimreview_organisation_fallback);
  ADD ("web-annotation/selectors-and-terms", test_web_annotation);
  ADD ("html/hostile-text-escaped", test_html_escaping);
  ADD ("html/overlapping-highlights-nest", test_html_overlaps);
  ADD ("csv/strict-reader-and-formulas", test_csv);
  ADD ("csv/bom", test_csv_bom);
  ADD ("markdown/claims-and-escaping", test_markdown);
  ADD ("speaker-report", test_speaker_report);
  ADD ("all-articles", test_all_articles);
#undef ADD

  return g_test_run ();
}
