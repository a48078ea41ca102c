/* export-fixture.h: a database with a hostile article, for the export tests
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-export-json.h"
#include "qc-export.h"
#include "qc-store.h"

/* Under -Db_sanitize=address: fontconfig keeps its configuration until
 * FcFini(), which only the program may call; not a leak of ours. */
const char *__lsan_default_suppressions (void);
const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

/* Markup, formulas and quotes in every field a user can type. */
static const char hostile_text[] =
  "Mayor <script>alert('body')</script> promises & delivers\n"
  "\n"
  "RIVERTON — “We will fix every road by June,” Mayor Jane Roe said on Monday. "
  "\"This is <b>not</b> a drill.\"\n"
  "\n"
  "According to the city’s auditor, the road budget rose by 40 percent last year.\n"
  "\n"
  "“It is a plan,” she said, “and a good one.”\n"
  "\n"
  "Councillor Ed Park said that the numbers “do not add up” and called it =SUM(A1:A9).\n";

#define HOSTILE_NOTE "<script>alert(\"pwned\")</script> & \"quotes\" =1+2"
#define HOSTILE_SPEAKER "Ed \"Eddie\" <img src=x onerror=alert(1)> Park"
#define HOSTILE_TITLE "</title><script>alert('title')</script> Roads & <i>budgets</i>"

typedef struct
{
  char     *dir;
  char     *db_path;
  QcStore  *store;
  gint64    article_id;
  gint64    roe;
  gint64    park;
  gint64    claims[6];
  guint     n_claims;
} Fixture;

static inline QcRange
find_span (const char *text,
           const char *needle)
{
  const char *at = strstr (text, needle);
  QcRange range;

  g_assert_nonnull (at);
  range.start = (gsize) g_utf8_pointer_to_offset (text, at);
  range.end = range.start + (gsize) g_utf8_strlen (needle, -1);
  return range;
}

static inline gint64
add_claim (Fixture      *fixture,
           QcClaimKind   kind,
           gint64        speaker,
           const char   *first,
           const char   *second)
{
  g_autoptr(GError) error = NULL;
  QcRange spans[2];
  guint n = 1;
  gint64 id;

  spans[0] = find_span (hostile_text, first);
  if (second != NULL)
    spans[n++] = find_span (hostile_text, second);
  id = qc_store_add_claim (fixture->store, fixture->article_id, kind, spans, n, speaker, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  fixture->claims[fixture->n_claims++] = id;
  return id;
}

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = NULL;
  QcArticleInfo info = { 0 };
  QcRange cue;
  gint64 id;

  fixture->dir = g_dir_make_tmp ("qc-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "desk.db", NULL);
  fixture->store = qc_store_open (fixture->db_path, &error);
  g_assert_no_error (error);

  text = qc_text_new (hostile_text, -1, "hostile", &error);
  g_assert_no_error (error);
  info.title = HOSTILE_TITLE;
  info.outlet = "The <Riverton> Ledger";
  info.author = "Jamie \"J\" Ortiz";
  info.url = "https://example.org/riverton/roads?id=1&view=full";
  info.published_at = "2026-03-18";
  info.language = "en";
  fixture->article_id = qc_store_add_article (fixture->store, text, &info, &error);
  g_assert_no_error (error);

  fixture->roe = qc_store_add_speaker (fixture->store, "Jane Roe", QC_SPEAKER_KIND_PERSON,
                                       "Mayor <i>of</i> Riverton", &error);
  g_assert_no_error (error);
  g_assert_true (qc_store_add_speaker_alias (fixture->store, fixture->roe, "Mayor Roe", &error));
  g_assert_no_error (error);
  fixture->park = qc_store_add_speaker (fixture->store, HOSTILE_SPEAKER, QC_SPEAKER_KIND_ORGANISATION,
                                        NULL, &error);
  g_assert_no_error (error);

  /* 1: a direct quote with everything set */
  id = add_claim (fixture, QC_CLAIM_KIND_DIRECT, fixture->roe, "“We will fix every road by June,”", NULL);
  cue = find_span (hostile_text, "Mayor Jane Roe said");
  g_assert_true (qc_store_set_claim_cue (fixture->store, id, cue.start, cue.end, &error));
  g_assert_true (qc_store_set_claim_evidence (fixture->store, id, QC_EVIDENCE_UNSUPPORTED, &error));
  g_assert_true (qc_store_set_claim_rating (fixture->store, id, "False", &error));
  g_assert_true (qc_store_set_claim_note (fixture->store, id, HOSTILE_NOTE, &error));
  g_assert_true (qc_store_set_claim_review_state (fixture->store, id, QC_REVIEW_STATE_APPROVED, &error));
  g_assert_cmpint (qc_store_add_source (fixture->store, id, "https://example.org/roads?a=1&b=2",
                                        "Road plan <2026>", "p. 3", QC_STANCE_REFUTES, &error), >, 0);
  g_assert_cmpint (qc_store_add_source (fixture->store, id, "javascript:alert(1)",
                                        "<script>alert('source')</script>", NULL, QC_STANCE_CONTEXT, &error), >, 0);
  g_assert_cmpint (qc_store_add_comment (fixture->store, id, "Checked with the roads office <ok>.", &error), >, 0);
  g_assert_no_error (error);

  /* 2: markup in the article text itself */
  id = add_claim (fixture, QC_CLAIM_KIND_DIRECT, fixture->roe, "\"This is <b>not</b> a drill.\"", NULL);
  g_assert_true (qc_store_set_claim_evidence (fixture->store, id, QC_EVIDENCE_SUPPORTED, &error));
  g_assert_true (qc_store_set_claim_note (fixture->store, id, "+cmd|' /C calc'!A0", &error));

  /* 3: reported, no speaker */
  id = add_claim (fixture, QC_CLAIM_KIND_INDIRECT, 0, "the road budget rose by 40 percent last year", NULL);
  g_assert_true (qc_store_set_claim_evidence (fixture->store, id, QC_EVIDENCE_DISPUTED, &error));
  g_assert_true (qc_store_set_claim_rating (fixture->store, id, "@SUM(1)", &error));
  g_assert_true (qc_store_set_claim_note (fixture->store, id, "-2+3\nsecond line, with \"quotes\"", &error));

  /* 4: a split quote, two segments */
  id = add_claim (fixture, QC_CLAIM_KIND_DIRECT, fixture->roe, "“It is a plan,”", "“and a good one.”");
  g_assert_true (qc_store_set_claim_note (fixture->store, id, "\tTabbed", &error));

  /* 5: a partial quote by the hostile speaker */
  id = add_claim (fixture, QC_CLAIM_KIND_PARTIAL, fixture->park, "“do not add up”", NULL);
  g_assert_true (qc_store_set_claim_note (fixture->store, id, "\rCarriage return", &error));
  g_assert_no_error (error);

  /* A deleted claim is not exported */
  id = add_claim (fixture, QC_CLAIM_KIND_PARTIAL, fixture->park, "=SUM(A1:A9)", NULL);
  g_assert_true (qc_store_delete_claim (fixture->store, id, &error));
  g_assert_no_error (error);
  fixture->n_claims--;
}

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static inline GBytes *
export_article (Fixture                *fixture,
                QcExportFormat          format,
                const QcExportOptions  *options)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = qc_export_to_bytes (fixture->store, QC_EXPORT_SCOPE_ARTICLE, fixture->article_id,
                                      format, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static inline char *
export_article_text (Fixture                *fixture,
                     QcExportFormat          format,
                     const QcExportOptions  *options)
{
  g_autoptr(GBytes) bytes = export_article (fixture, format, options);
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (g_utf8_validate (data, (gssize) length, NULL));
  g_assert_null (memchr (data, '\0', length));
  return g_strndup (data, length);
}

static inline json_object *
parse_json_or_die (const char *text)
{
  g_autoptr(json_tokener) tokener = json_tokener_new ();
  json_object *root;

  json_tokener_set_flags (tokener, JSON_TOKENER_STRICT);
  root = json_tokener_parse_ex (tokener, text, (int) strlen (text));
  if (root == NULL || json_tokener_get_error (tokener) != json_tokener_success)
    g_error ("not JSON: %s", json_tokener_error_desc (json_tokener_get_error (tokener)));
  return root;
}

static inline const char *
member_string (json_object *object,
               const char  *key)
{
  json_object *value = NULL;

  if (!json_object_object_get_ex (object, key, &value) || !json_object_is_type (value, json_type_string))
    g_error ("missing string member “%s” in %s", key, json_object_to_json_string (object));
  return json_object_get_string (value);
}

static inline json_object *
member (json_object *object,
        const char  *key,
        json_type    type)
{
  json_object *value = NULL;

  if (!json_object_object_get_ex (object, key, &value) || !json_object_is_type (value, type))
    g_error ("missing member “%s” of the right type in %s", key, json_object_to_json_string (object));
  return value;
}

/* The claims of the fixture's article, in text order */
static inline GListModel *
fixture_claims (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *claims = qc_store_list_claims (fixture->store, fixture->article_id, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, fixture->n_claims);
  return claims;
}

/* The segments joined as the reports show them */
static inline char *
claim_text (QcClaim *claim)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      if (i > 0)
        g_string_append (text, " … ");
      g_string_append (text, qc_claim_get_segment (claim, i)->quote);
    }
  return g_string_free (text, FALSE);
}
