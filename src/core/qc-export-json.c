/* qc-export-json.c: Quotecheck JSON, written from a report and read into
 * a store
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is documented in docs/quotecheck-json.md. Reading is in two
 * passes: the whole file is parsed and checked first (types, ranges,
 * references, limits), and only then written, in one transaction; a bad
 * file changes nothing.
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "qc-anchor.h"
#include "qc-autocleanups.h"
#include "qc-claim-private.h"
#include "qc-export-json.h"
#include "qc-export-private.h"
#include "qc-store-private.h"

/* Writing */

static json_object *
string_or_null (const char *str)
{
  return str != NULL ? json_object_new_string (str) : NULL;
}

static json_object *
annotator_json (QcReportAnnotator *annotator)
{
  json_object *object = json_object_new_object ();

  json_object_object_add (object, "uuid", json_object_new_string (annotator->uuid));
  json_object_object_add (object, "name", string_or_null (annotator->name));
  return object;
}

static json_object *
speaker_json (QcReport  *report,
              QcSpeaker *speaker)
{
  gint64 id = qc_speaker_get_id (speaker);
  json_object *object = json_object_new_object ();
  json_object *aliases = json_object_new_array ();
  const char * const *names = qc_speaker_get_aliases (speaker);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    json_object_array_add (aliases, json_object_new_string (names[i]));
  json_object_object_add (object, "uuid", json_object_new_string (qc_speaker_get_uuid (speaker)));
  json_object_object_add (object, "name", json_object_new_string (qc_speaker_get_name (speaker)));
  json_object_object_add (object, "kind",
                          json_object_new_string (qc_speaker_kind_to_string (qc_speaker_get_kind (speaker))));
  json_object_object_add (object, "role", string_or_null (qc_speaker_get_role (speaker)));
  json_object_object_add (object, "aliases", aliases);
  json_object_object_add (object, "created_at", string_or_null (g_hash_table_lookup (report->speaker_times, &id)));
  return object;
}

static json_object *
article_json (QcReportArticle *item)
{
  QcArticle *article = item->article;
  json_object *object = json_object_new_object ();

  json_object_object_add (object, "uuid", json_object_new_string (qc_article_get_uuid (article)));
  json_object_object_add (object, "title", string_or_null (qc_article_get_title (article)));
  json_object_object_add (object, "outlet", string_or_null (qc_article_get_outlet (article)));
  json_object_object_add (object, "author", string_or_null (qc_article_get_author (article)));
  json_object_object_add (object, "url", string_or_null (qc_article_get_url (article)));
  json_object_object_add (object, "published_at", string_or_null (qc_article_get_published_at (article)));
  json_object_object_add (object, "language", string_or_null (qc_article_get_language (article)));
  json_object_object_add (object, "source_name", string_or_null (qc_article_get_source_name (article)));
  json_object_object_add (object, "source_format", string_or_null (qc_article_get_source_format (article)));
  json_object_object_add (object, "imported_at", string_or_null (qc_article_get_imported_at (article)));
  json_object_object_add (object, "annotator", json_object_new_string (item->annotator->uuid));
  json_object_object_add (object, "sha256", json_object_new_string (qc_article_get_body_sha256 (article)));
  json_object_object_add (object, "text",
                          json_object_new_string_len (qc_text_get_data (item->text),
                                                      (int) qc_text_get_length (item->text)));
  return object;
}

static json_object *
claim_json (QcReport         *report,
            QcReportArticle  *article,
            QcReportClaim    *item)
{
  QcClaim *claim = item->claim;
  json_object *object = json_object_new_object ();
  json_object *segments = json_object_new_array ();
  json_object *sources = json_object_new_array ();
  json_object *comments = json_object_new_array ();
  gsize cue_start, cue_end;

  json_object_object_add (object, "uuid", json_object_new_string (qc_claim_get_uuid (claim)));
  json_object_object_add (object, "article", json_object_new_string (qc_article_get_uuid (article->article)));
  json_object_object_add (object, "annotator", json_object_new_string (item->annotator->uuid));
  json_object_object_add (object, "kind", json_object_new_string (qc_claim_kind_to_string (qc_claim_get_kind (claim))));
  json_object_object_add (object, "speaker",
                          item->speaker ? json_object_new_string (qc_speaker_get_uuid (item->speaker)) : NULL);
  if (qc_claim_get_cue (claim, &cue_start, &cue_end))
    {
      json_object *cue = json_object_new_object ();

      json_object_object_add (cue, "start", json_object_new_int64 ((gint64) cue_start));
      json_object_object_add (cue, "end", json_object_new_int64 ((gint64) cue_end));
      json_object_object_add (object, "cue", cue);
    }
  else
    json_object_object_add (object, "cue", NULL);
  json_object_object_add (object, "origin",
                          json_object_new_string (qc_claim_origin_to_string (qc_claim_get_origin (claim))));
  json_object_object_add (object, "confidence", json_object_new_double (qc_claim_get_confidence (claim)));
  json_object_object_add (object, "evidence",
                          json_object_new_string (qc_evidence_to_string (qc_claim_get_evidence (claim))));
  json_object_object_add (object, "rating", string_or_null (qc_claim_get_rating (claim)));
  json_object_object_add (object, "note", string_or_null (qc_claim_get_note (claim)));
  json_object_object_add (object, "review_state",
                          json_object_new_string (qc_review_state_to_string (qc_claim_get_review_state (claim))));
  json_object_object_add (object, "orphaned", json_object_new_boolean (qc_claim_get_orphaned (claim)));
  json_object_object_add (object, "created_at", string_or_null (qc_claim_get_created_at (claim)));
  json_object_object_add (object, "updated_at", string_or_null (qc_claim_get_updated_at (claim)));

  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);
      json_object *s = json_object_new_object ();

      json_object_object_add (s, "start", json_object_new_int64 ((gint64) segment->start));
      json_object_object_add (s, "end", json_object_new_int64 ((gint64) segment->end));
      json_object_object_add (s, "quote", json_object_new_string (segment->quote ? segment->quote : ""));
      json_object_object_add (s, "prefix", json_object_new_string (segment->prefix ? segment->prefix : ""));
      json_object_object_add (s, "suffix", json_object_new_string (segment->suffix ? segment->suffix : ""));
      json_object_array_add (segments, s);
    }
  json_object_object_add (object, "segments", segments);

  for (guint i = 0; i < item->sources->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (item->sources, i);
      QcReportAnnotator *annotator = g_hash_table_lookup (report->annotators_by_id, &source->annotator_id);
      json_object *s = json_object_new_object ();

      json_object_object_add (s, "uuid", json_object_new_string (source->uuid));
      json_object_object_add (s, "annotator", annotator ? json_object_new_string (annotator->uuid) : NULL);
      json_object_object_add (s, "url", string_or_null (source->url));
      json_object_object_add (s, "title", string_or_null (source->title));
      json_object_object_add (s, "note", string_or_null (source->note));
      json_object_object_add (s, "stance", json_object_new_string (qc_stance_to_string (source->stance)));
      json_object_object_add (s, "created_at", string_or_null (source->created_at));
      json_object_array_add (sources, s);
    }
  json_object_object_add (object, "sources", sources);

  for (guint i = 0; i < item->comments->len; i++)
    {
      QcComment *comment = g_ptr_array_index (item->comments, i);
      QcReportAnnotator *annotator = g_hash_table_lookup (report->annotators_by_id, &comment->annotator_id);
      json_object *c = json_object_new_object ();

      json_object_object_add (c, "uuid", json_object_new_string (comment->uuid));
      json_object_object_add (c, "annotator", annotator ? json_object_new_string (annotator->uuid) : NULL);
      json_object_object_add (c, "text", json_object_new_string (comment->text ? comment->text : ""));
      json_object_object_add (c, "created_at", string_or_null (comment->created_at));
      json_object_array_add (comments, c);
    }
  json_object_object_add (object, "comments", comments);
  return object;
}

static gboolean
write_json (QcExporter             *exporter,
            QcReport               *report,
            const QcExportOptions  *options,
            GByteArray             *out,
            GError                **error)
{
  g_autoptr(json_object) root = json_object_new_object ();
  json_object *annotators = json_object_new_array ();
  json_object *speakers = json_object_new_array ();
  json_object *articles = json_object_new_array ();
  json_object *claims = json_object_new_array ();

  json_object_object_add (root, "format", json_object_new_string ("quotecheck"));
  json_object_object_add (root, "version", json_object_new_int (QC_JSON_FORMAT_VERSION));
  json_object_object_add (root, "generator", json_object_new_string (report->generator));
  json_object_object_add (root, "exported_at", json_object_new_string (report->generated_at));
  json_object_object_add (root, "annotator", report->owner ? annotator_json (report->owner) : NULL);

  for (guint i = 0; i < report->annotators->len; i++)
    json_object_array_add (annotators, annotator_json (g_ptr_array_index (report->annotators, i)));
  json_object_object_add (root, "annotators", annotators);

  for (guint i = 0; i < report->speakers->len; i++)
    json_object_array_add (speakers, speaker_json (report, g_ptr_array_index (report->speakers, i)));
  json_object_object_add (root, "speakers", speakers);

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      json_object_array_add (articles, article_json (article));
      for (guint k = 0; k < article->claims->len; k++)
        json_object_array_add (claims, claim_json (report, article, g_ptr_array_index (article->claims, k)));
    }
  /* One article: "article"; a collection: "articles". */
  if (report->scope == QC_EXPORT_SCOPE_ARTICLE && report->articles->len == 1)
    {
      json_object_object_add (root, "article", json_object_get (json_object_array_get_idx (articles, 0)));
      json_object_put (articles);
    }
  else
    json_object_object_add (root, "articles", articles);
  json_object_object_add (root, "claims", claims);

  _qc_export_append_json (out, root);
  return TRUE;
}

QC_DEFINE_EXPORTER (QcJsonExporter, _qc_json_exporter, QC_EXPORT_FORMAT_JSON, write_json)

/* Reading: the parsed file. Strings are borrowed from the json-c tree,
 * which lives as long as the Doc. */

typedef struct
{
  const char *uuid;
  const char *name;
  gint64      row;
} JAnnotator;

typedef struct
{
  const char    *uuid;
  const char    *name;
  QcSpeakerKind  kind;
  const char    *role;
  const char    *created_at;
  GPtrArray     *aliases;     /* const char * */
  gint64         row;
} JSpeaker;

typedef struct
{
  const char *uuid;
  const char *title;
  const char *outlet;
  const char *author;
  const char *url;
  const char *published_at;
  const char *language;
  const char *source_name;
  const char *source_format;
  const char *imported_at;
  const char *sha256;
  JAnnotator *annotator;
  QcText     *text;           /* the file's text */
  gint64      row;
  QcText     *stored;         /* the stored text, when it differs */
  guint       index;
} JArticle;

typedef struct
{
  gint64      start;
  gint64      end;
  const char *quote;
  const char *prefix;
  const char *suffix;
} JSegment;

typedef struct
{
  const char *uuid;
  JAnnotator *annotator;
  const char *url;
  const char *title;
  const char *note;
  QcStance    stance;
  const char *created_at;
} JSource;

typedef struct
{
  const char *uuid;
  JAnnotator *annotator;
  const char *text;
  const char *created_at;
} JComment;

typedef struct
{
  const char    *uuid;
  JArticle      *article;
  JAnnotator    *annotator;
  QcClaimKind    kind;
  JSpeaker      *speaker;
  gboolean       has_cue;
  gint64         cue_start;
  gint64         cue_end;
  QcClaimOrigin  origin;
  gboolean       has_confidence;
  double         confidence;
  QcEvidence     evidence;
  const char    *rating;
  const char    *note;
  QcReviewState  review_state;
  gboolean       orphaned;
  const char    *created_at;
  const char    *updated_at;
  GArray        *segments;     /* JSegment */
  GPtrArray     *sources;      /* JSource */
  GPtrArray     *comments;     /* JComment */
} JClaim;

typedef struct
{
  json_object *root;
  const char  *name;
  JAnnotator  *annotator;      /* the file's, may be NULL */
  GPtrArray   *annotators;
  GHashTable  *annotators_by_uuid;
  GPtrArray   *speakers;
  GHashTable  *speakers_by_uuid;
  GPtrArray   *articles;
  GHashTable  *articles_by_uuid;
  GPtrArray   *claims;
  GHashTable  *uuids;          /* every row UUID, to refuse duplicates */
} Doc;

static void
j_speaker_free (gpointer data)
{
  JSpeaker *speaker = data;

  g_clear_pointer (&speaker->aliases, g_ptr_array_unref);
  g_free (speaker);
}

static void
j_article_free (gpointer data)
{
  JArticle *article = data;

  g_clear_pointer (&article->text, qc_text_unref);
  g_clear_pointer (&article->stored, qc_text_unref);
  g_free (article);
}

static void
j_claim_free (gpointer data)
{
  JClaim *claim = data;

  g_clear_pointer (&claim->segments, g_array_unref);
  g_clear_pointer (&claim->sources, g_ptr_array_unref);
  g_clear_pointer (&claim->comments, g_ptr_array_unref);
  g_free (claim);
}

static void
doc_free (Doc *doc)
{
  g_clear_pointer (&doc->root, json_object_put);
  g_clear_pointer (&doc->annotators, g_ptr_array_unref);
  g_clear_pointer (&doc->annotators_by_uuid, g_hash_table_unref);
  g_clear_pointer (&doc->speakers, g_ptr_array_unref);
  g_clear_pointer (&doc->speakers_by_uuid, g_hash_table_unref);
  g_clear_pointer (&doc->articles, g_ptr_array_unref);
  g_clear_pointer (&doc->articles_by_uuid, g_hash_table_unref);
  g_clear_pointer (&doc->claims, g_ptr_array_unref);
  g_clear_pointer (&doc->uuids, g_hash_table_unref);
  g_free (doc);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Doc, doc_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JArticle, j_article_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JClaim, j_claim_free)

static Doc *
doc_new (const char *name)
{
  Doc *doc = g_new0 (Doc, 1);

  doc->name = name;
  doc->annotators = g_ptr_array_new_with_free_func (g_free);
  doc->annotators_by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  doc->speakers = g_ptr_array_new_with_free_func (j_speaker_free);
  doc->speakers_by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  doc->articles = g_ptr_array_new_with_free_func (j_article_free);
  doc->articles_by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  doc->claims = g_ptr_array_new_with_free_func (j_claim_free);
  doc->uuids = g_hash_table_new (g_str_hash, g_str_equal);
  return doc;
}

/* Checking fields. Every message names the file and the field as a path:
 * "colleague.json: claims[3].segments[0].end: …". */

typedef enum
{
  REQUIRED,
  OPTIONAL,     /* may be missing or null */
} Presence;

static void
invalid (GError      **error,
         const Doc    *doc,
         const char   *path,
         const char   *problem)
{
  g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_INVALID,
               _("%s is not a valid Quotecheck file: %s: %s"), doc->name, path, problem);
}

static char *
child_path (const char *path,
            const char *key)
{
  return *path ? g_strconcat (path, ".", key, NULL) : g_strdup (key);
}

static const char *
type_name (json_object *value)
{
  switch (json_object_get_type (value))
    {
    case json_type_null:
      return _("null");
    case json_type_boolean:
      return _("true or false");
    case json_type_double:
    case json_type_int:
      return _("a number");
    case json_type_object:
      return _("an object");
    case json_type_array:
      return _("a list");
    case json_type_string:
    default:
      return _("a string");
    }
}

static void
wrong_type (GError      **error,
            const Doc    *doc,
            const char   *path,
            const char   *expected,
            json_object  *value)
{
  g_autofree char *problem = g_strdup_printf (_("expected %s, found %s"), expected, type_name (value));

  invalid (error, doc, path, problem);
}

/* Looks up @key; a missing or null value is fine only when OPTIONAL. */
static gboolean
get_member (const Doc     *doc,
            json_object   *object,
            const char    *path,
            const char    *key,
            Presence       presence,
            json_object  **value,
            GError       **error)
{
  *value = NULL;
  json_object_object_get_ex (object, key, value);
  if (*value == NULL && presence == REQUIRED)
    {
      g_autofree char *p = child_path (path, key);

      invalid (error, doc, p, _("missing"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_string (const Doc    *doc,
            json_object  *object,
            const char   *path,
            const char   *key,
            Presence      presence,
            gsize         max,
            const char  **out,
            GError      **error)
{
  json_object *value;
  g_autofree char *p = NULL;
  gsize length;

  *out = NULL;
  if (!get_member (doc, object, path, key, presence, &value, error))
    return FALSE;
  if (value == NULL)
    return TRUE;
  p = child_path (path, key);
  if (!json_object_is_type (value, json_type_string))
    {
      wrong_type (error, doc, p, _("a string"), value);
      return FALSE;
    }
  length = (gsize) json_object_get_string_len (value);
  if (length > max)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (max, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_TOO_LARGE,
                   _("%s is not a valid Quotecheck file: %s: the string is too long (%s; at most %s)"),
                   doc->name, p, size, limit);
      return FALSE;
    }
  *out = json_object_get_string (value);
  if (strlen (*out) != length)
    {
      invalid (error, doc, p, _("the string contains a NUL character"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_uuid (const Doc    *doc,
          json_object  *object,
          const char   *path,
          const char   *key,
          Presence      presence,
          const char  **out,
          GError      **error)
{
  if (!get_string (doc, object, path, key, presence, QC_JSON_MAX_SHORT_SIZE, out, error))
    return FALSE;
  if (*out != NULL && !g_uuid_string_is_valid (*out))
    {
      g_autofree char *p = child_path (path, key);
      g_autofree char *problem = g_strdup_printf (_("“%.40s” is not a UUID"), *out);

      invalid (error, doc, p, problem);
      return FALSE;
    }
  return TRUE;
}

/* A row UUID: unique across the file. */
static gboolean
get_row_uuid (Doc          *doc,
              json_object  *object,
              const char   *path,
              const char  **out,
              GError      **error)
{
  if (!get_uuid (doc, object, path, "uuid", REQUIRED, out, error))
    return FALSE;
  if (!g_hash_table_add (doc->uuids, (gpointer) *out))
    {
      g_autofree char *p = child_path (path, "uuid");

      invalid (error, doc, p, _("the same UUID is used twice"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_time (const Doc    *doc,
          json_object  *object,
          const char   *path,
          const char   *key,
          Presence      presence,
          const char  **out,
          GError      **error)
{
  g_autoptr(GDateTime) time = NULL;

  if (!get_string (doc, object, path, key, presence, QC_JSON_MAX_SHORT_SIZE, out, error))
    return FALSE;
  if (*out == NULL)
    return TRUE;
  time = g_date_time_new_from_iso8601 (*out, NULL);
  if (time == NULL)
    {
      g_autofree char *p = child_path (path, key);
      g_autofree char *problem = g_strdup_printf (_("“%.40s” is not an ISO 8601 time with a time zone"), *out);

      invalid (error, doc, p, problem);
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_offset (const Doc    *doc,
            json_object  *object,
            const char   *path,
            const char   *key,
            gint64       *out,
            GError      **error)
{
  json_object *value;
  g_autofree char *p = NULL;

  if (!get_member (doc, object, path, key, REQUIRED, &value, error))
    return FALSE;
  p = child_path (path, key);
  if (!json_object_is_type (value, json_type_int))
    {
      wrong_type (error, doc, p, _("a whole number"), value);
      return FALSE;
    }
  *out = json_object_get_int64 (value);
  if (*out < 0 || *out > QC_JSON_MAX_TEXT_SIZE)
    {
      invalid (error, doc, p, _("the offset is out of range"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_enum (const Doc    *doc,
          json_object  *object,
          const char   *path,
          const char   *key,
          Presence      presence,
          gboolean    (*from_string) (const char *, gpointer),
          gpointer      out,
          GError      **error)
{
  const char *str;

  if (!get_string (doc, object, path, key, presence, QC_JSON_MAX_SHORT_SIZE, &str, error))
    return FALSE;
  if (str != NULL && !from_string (str, out))
    {
      g_autofree char *p = child_path (path, key);
      g_autofree char *problem = g_strdup_printf (_("unknown value “%.40s”"), str);

      invalid (error, doc, p, problem);
      return FALSE;
    }
  return TRUE;
}

#define GET_ENUM(doc, object, path, key, presence, func, out, error) \
  get_enum (doc, object, path, key, presence, (gboolean (*) (const char *, gpointer)) func, out, error)

static gboolean
get_array (const Doc     *doc,
           json_object   *object,
           const char    *path,
           const char    *key,
           Presence       presence,
           json_object  **out,
           GError       **error)
{
  if (!get_member (doc, object, path, key, presence, out, error))
    return FALSE;
  if (*out != NULL && !json_object_is_type (*out, json_type_array))
    {
      g_autofree char *p = child_path (path, key);

      wrong_type (error, doc, p, _("a list"), *out);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_object (const Doc    *doc,
              json_object  *value,
              const char   *path,
              GError      **error)
{
  if (!json_object_is_type (value, json_type_object))
    {
      wrong_type (error, doc, path, _("an object"), value);
      return FALSE;
    }
  return TRUE;
}

static JAnnotator *
parse_annotator (Doc          *doc,
                 json_object  *object,
                 const char   *path,
                 GError      **error)
{
  const char *uuid;
  const char *name;
  JAnnotator *annotator;

  if (!check_object (doc, object, path, error)
      || !get_uuid (doc, object, path, "uuid", REQUIRED, &uuid, error)
      || !get_string (doc, object, path, "name", REQUIRED, QC_JSON_MAX_SHORT_SIZE, &name, error))
    return NULL;
  annotator = g_hash_table_lookup (doc->annotators_by_uuid, uuid);
  if (annotator != NULL)
    return annotator;
  if (*name == '\0')
    {
      g_autofree char *p = child_path (path, "name");

      invalid (error, doc, p, _("an annotator needs a name"));
      return NULL;
    }
  annotator = g_new0 (JAnnotator, 1);
  annotator->uuid = uuid;
  annotator->name = name;
  g_ptr_array_add (doc->annotators, annotator);
  g_hash_table_insert (doc->annotators_by_uuid, (gpointer) uuid, annotator);
  return annotator;
}

/* An "annotator" field that refers to an annotator by UUID; missing or
 * null: the file's annotator. */
static gboolean
ref_annotator (Doc          *doc,
               json_object  *object,
               const char   *path,
               JAnnotator  **out,
               GError      **error)
{
  const char *uuid;

  if (!get_uuid (doc, object, path, "annotator", OPTIONAL, &uuid, error))
    return FALSE;
  if (uuid == NULL)
    {
      *out = doc->annotator;
      if (*out == NULL)
        {
          g_autofree char *p = child_path (path, "annotator");

          invalid (error, doc, p, _("missing, and the file names no annotator"));
          return FALSE;
        }
      return TRUE;
    }
  *out = g_hash_table_lookup (doc->annotators_by_uuid, uuid);
  if (*out == NULL)
    {
      g_autofree char *p = child_path (path, "annotator");

      invalid (error, doc, p, _("not one of the file's annotators"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_speaker (Doc          *doc,
               json_object  *object,
               const char   *path,
               GError      **error)
{
  g_autoptr(GPtrArray) aliases = g_ptr_array_new ();
  json_object *array;
  const char *uuid;
  const char *name;
  const char *role;
  const char *created_at;
  QcSpeakerKind kind = QC_SPEAKER_KIND_UNKNOWN;
  JSpeaker *speaker;

  if (!check_object (doc, object, path, error)
      || !get_row_uuid (doc, object, path, &uuid, error)
      || !get_string (doc, object, path, "name", REQUIRED, QC_JSON_MAX_SHORT_SIZE, &name, error)
      || !GET_ENUM (doc, object, path, "kind", OPTIONAL, qc_speaker_kind_from_string, &kind, error)
      || !get_string (doc, object, path, "role", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &role, error)
      || !get_time (doc, object, path, "created_at", OPTIONAL, &created_at, error)
      || !get_array (doc, object, path, "aliases", OPTIONAL, &array, error))
    return FALSE;
  {
    g_autofree char *key = _qc_store_fold (name);

    if (*key == '\0')
      {
        g_autofree char *p = child_path (path, "name");

        invalid (error, doc, p, _("a speaker needs a name"));
        return FALSE;
      }
  }
  for (size_t i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      json_object *alias = json_object_array_get_idx (array, i);
      g_autofree char *p = g_strdup_printf ("%s.aliases[%zu]", path, i);

      if (!json_object_is_type (alias, json_type_string))
        {
          wrong_type (error, doc, p, _("a string"), alias);
          return FALSE;
        }
      if ((gsize) json_object_get_string_len (alias) > QC_JSON_MAX_SHORT_SIZE
          || strlen (json_object_get_string (alias)) != (gsize) json_object_get_string_len (alias))
        {
          invalid (error, doc, p, _("too long, or contains a NUL character"));
          return FALSE;
        }
      g_ptr_array_add (aliases, (gpointer) json_object_get_string (alias));
    }
  g_ptr_array_add (aliases, NULL);

  speaker = g_new0 (JSpeaker, 1);
  speaker->uuid = uuid;
  speaker->name = name;
  speaker->kind = kind;
  speaker->role = role;
  speaker->created_at = created_at;
  speaker->aliases = g_steal_pointer (&aliases);
  g_ptr_array_add (doc->speakers, speaker);
  g_hash_table_insert (doc->speakers_by_uuid, (gpointer) uuid, speaker);
  return TRUE;
}

static gboolean
is_sha256 (const char *str)
{
  if (strlen (str) != 64)
    return FALSE;
  for (const char *p = str; *p; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
parse_article (Doc          *doc,
               json_object  *object,
               const char   *path,
               GError      **error)
{
  g_autoptr(JArticle) article = NULL;
  g_autofree char *sha256 = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *text;
  json_object *value;

  if (!check_object (doc, object, path, error))
    return FALSE;
  article = g_new0 (JArticle, 1);
  if (!get_row_uuid (doc, object, path, &article->uuid, error)
      || !get_string (doc, object, path, "title", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &article->title, error)
      || !get_string (doc, object, path, "outlet", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &article->outlet, error)
      || !get_string (doc, object, path, "author", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &article->author, error)
      || !get_string (doc, object, path, "url", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &article->url, error)
      || !get_string (doc, object, path, "published_at", OPTIONAL, QC_JSON_MAX_SHORT_SIZE,
                      &article->published_at, error)
      || !get_string (doc, object, path, "language", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &article->language, error)
      || !get_string (doc, object, path, "source_name", OPTIONAL, QC_JSON_MAX_SHORT_SIZE,
                      &article->source_name, error)
      || !get_string (doc, object, path, "source_format", OPTIONAL, QC_JSON_MAX_SHORT_SIZE,
                      &article->source_format, error)
      || !get_time (doc, object, path, "imported_at", OPTIONAL, &article->imported_at, error)
      || !ref_annotator (doc, object, path, &article->annotator, error)
      || !get_string (doc, object, path, "sha256", REQUIRED, QC_JSON_MAX_SHORT_SIZE, &article->sha256, error)
      || !get_string (doc, object, path, "text", REQUIRED, QC_JSON_MAX_TEXT_SIZE, &text, error))
    return FALSE;

  if (!is_sha256 (article->sha256))
    {
      g_autofree char *p = child_path (path, "sha256");

      invalid (error, doc, p, _("not a SHA-256 checksum (64 hexadecimal digits)"));
      return FALSE;
    }
  json_object_object_get_ex (object, "text", &value);
  article->text = qc_text_new (text, json_object_get_string_len (value), doc->name, &local_error);
  if (article->text == NULL)
    {
      g_autofree char *p = child_path (path, "text");

      invalid (error, doc, p, local_error->message);
      return FALSE;
    }
  if (qc_text_is_blank (article->text))
    {
      g_autofree char *p = child_path (path, "text");

      invalid (error, doc, p, _("the article has no text"));
      return FALSE;
    }
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) qc_text_get_data (article->text),
                                        qc_text_get_length (article->text));
  if (g_ascii_strcasecmp (sha256, article->sha256) != 0)
    {
      g_autofree char *p = child_path (path, "sha256");

      invalid (error, doc, p, _("does not match the text (the text was changed or damaged)"));
      return FALSE;
    }

  article->index = doc->articles->len;
  g_hash_table_insert (doc->articles_by_uuid, (gpointer) article->uuid, article);
  g_ptr_array_add (doc->articles, g_steal_pointer (&article));
  return TRUE;
}

static gboolean
parse_segments (Doc          *doc,
                json_object  *object,
                const char   *path,
                JClaim       *claim,
                GError      **error)
{
  json_object *array;
  g_autofree char *p = child_path (path, "segments");
  size_t n;

  if (!get_array (doc, object, path, "segments", REQUIRED, &array, error))
    return FALSE;
  n = json_object_array_length (array);
  if (n == 0)
    {
      invalid (error, doc, p, _("a claim needs at least one segment"));
      return FALSE;
    }
  if (n > 10000)
    {
      invalid (error, doc, p, _("too many segments"));
      return FALSE;
    }
  for (size_t i = 0; i < n; i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      g_autofree char *sp = g_strdup_printf ("%s[%zu]", p, i);
      JSegment segment = { 0 };

      if (!check_object (doc, item, sp, error)
          || !get_offset (doc, item, sp, "start", &segment.start, error)
          || !get_offset (doc, item, sp, "end", &segment.end, error)
          || !get_string (doc, item, sp, "quote", REQUIRED, QC_JSON_MAX_TEXT_SIZE, &segment.quote, error)
          || !get_string (doc, item, sp, "prefix", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &segment.prefix, error)
          || !get_string (doc, item, sp, "suffix", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &segment.suffix, error))
        return FALSE;
      if (segment.start >= segment.end)
        {
          invalid (error, doc, sp, _("a segment must end after it starts"));
          return FALSE;
        }
      if (*segment.quote == '\0')
        {
          invalid (error, doc, sp, _("the quote is empty"));
          return FALSE;
        }
      if (segment.prefix == NULL)
        segment.prefix = "";
      if (segment.suffix == NULL)
        segment.suffix = "";
      g_array_append_val (claim->segments, segment);
    }
  return TRUE;
}

static gboolean
parse_sources (Doc          *doc,
               json_object  *object,
               const char   *path,
               JClaim       *claim,
               GError      **error)
{
  json_object *array;
  g_autofree char *p = child_path (path, "sources");

  if (!get_array (doc, object, path, "sources", OPTIONAL, &array, error))
    return FALSE;
  for (size_t i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      g_autofree char *sp = g_strdup_printf ("%s[%zu]", p, i);
      JSource *source = g_new0 (JSource, 1);

      source->stance = QC_STANCE_CONTEXT;
      g_ptr_array_add (claim->sources, source);
      if (!check_object (doc, item, sp, error)
          || !get_row_uuid (doc, item, sp, &source->uuid, error)
          || !ref_annotator (doc, item, sp, &source->annotator, error)
          || !get_string (doc, item, sp, "url", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &source->url, error)
          || !get_string (doc, item, sp, "title", OPTIONAL, QC_JSON_MAX_SHORT_SIZE, &source->title, error)
          || !get_string (doc, item, sp, "note", OPTIONAL, QC_JSON_MAX_LONG_SIZE, &source->note, error)
          || !GET_ENUM (doc, item, sp, "stance", OPTIONAL, qc_stance_from_string, &source->stance, error)
          || !get_time (doc, item, sp, "created_at", OPTIONAL, &source->created_at, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_comments (Doc          *doc,
                json_object  *object,
                const char   *path,
                JClaim       *claim,
                GError      **error)
{
  json_object *array;
  g_autofree char *p = child_path (path, "comments");

  if (!get_array (doc, object, path, "comments", OPTIONAL, &array, error))
    return FALSE;
  for (size_t i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      g_autofree char *sp = g_strdup_printf ("%s[%zu]", p, i);
      JComment *comment = g_new0 (JComment, 1);

      g_ptr_array_add (claim->comments, comment);
      if (!check_object (doc, item, sp, error)
          || !get_row_uuid (doc, item, sp, &comment->uuid, error)
          || !ref_annotator (doc, item, sp, &comment->annotator, error)
          || !get_string (doc, item, sp, "text", REQUIRED, QC_JSON_MAX_LONG_SIZE, &comment->text, error)
          || !get_time (doc, item, sp, "created_at", OPTIONAL, &comment->created_at, error))
        return FALSE;
      if (*comment->text == '\0')
        {
          invalid (error, doc, sp, _("a comment cannot be empty"));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_claim (Doc          *doc,
             json_object  *object,
             const char   *path,
             GError      **error)
{
  g_autoptr(JClaim) claim = g_new0 (JClaim, 1);
  const char *article_uuid;
  const char *speaker_uuid;
  json_object *value;

  claim->segments = g_array_new (FALSE, FALSE, sizeof (JSegment));
  claim->sources = g_ptr_array_new_with_free_func (g_free);
  claim->comments = g_ptr_array_new_with_free_func (g_free);
  claim->evidence = QC_EVIDENCE_UNASSESSED;
  claim->review_state = QC_REVIEW_STATE_DRAFT;
  claim->origin = QC_CLAIM_ORIGIN_MANUAL;

  if (!check_object (doc, object, path, error)
      || !get_row_uuid (doc, object, path, &claim->uuid, error)
      || !get_uuid (doc, object, path, "article", OPTIONAL, &article_uuid, error)
      || !ref_annotator (doc, object, path, &claim->annotator, error)
      || !GET_ENUM (doc, object, path, "kind", REQUIRED, qc_claim_kind_from_string, &claim->kind, error)
      || !get_uuid (doc, object, path, "speaker", OPTIONAL, &speaker_uuid, error)
      || !GET_ENUM (doc, object, path, "origin", OPTIONAL, qc_claim_origin_from_string, &claim->origin, error)
      || !GET_ENUM (doc, object, path, "evidence", OPTIONAL, qc_evidence_from_string, &claim->evidence, error)
      || !get_string (doc, object, path, "rating", OPTIONAL, QC_JSON_MAX_LONG_SIZE, &claim->rating, error)
      || !get_string (doc, object, path, "note", OPTIONAL, QC_JSON_MAX_LONG_SIZE, &claim->note, error)
      || !GET_ENUM (doc, object, path, "review_state", OPTIONAL, qc_review_state_from_string,
                    &claim->review_state, error)
      || !get_time (doc, object, path, "created_at", REQUIRED, &claim->created_at, error)
      || !get_time (doc, object, path, "updated_at", REQUIRED, &claim->updated_at, error))
    return FALSE;

  if (article_uuid != NULL)
    claim->article = g_hash_table_lookup (doc->articles_by_uuid, article_uuid);
  else if (doc->articles->len == 1)
    claim->article = g_ptr_array_index (doc->articles, 0);
  if (claim->article == NULL)
    {
      g_autofree char *p = child_path (path, "article");

      invalid (error, doc, p, article_uuid ? _("not one of the file's articles") : _("missing"));
      return FALSE;
    }
  if (speaker_uuid != NULL)
    {
      claim->speaker = g_hash_table_lookup (doc->speakers_by_uuid, speaker_uuid);
      if (claim->speaker == NULL)
        {
          g_autofree char *p = child_path (path, "speaker");

          invalid (error, doc, p, _("not one of the file's speakers"));
          return FALSE;
        }
    }

  if (!get_member (doc, object, path, "cue", OPTIONAL, &value, error))
    return FALSE;
  if (value != NULL)
    {
      g_autofree char *p = child_path (path, "cue");

      if (!check_object (doc, value, p, error)
          || !get_offset (doc, value, p, "start", &claim->cue_start, error)
          || !get_offset (doc, value, p, "end", &claim->cue_end, error))
        return FALSE;
      if (claim->cue_start >= claim->cue_end)
        {
          invalid (error, doc, p, _("a cue must end after it starts"));
          return FALSE;
        }
      claim->has_cue = TRUE;
    }

  if (!get_member (doc, object, path, "confidence", OPTIONAL, &value, error))
    return FALSE;
  if (value != NULL)
    {
      g_autofree char *p = child_path (path, "confidence");

      if (!json_object_is_type (value, json_type_double) && !json_object_is_type (value, json_type_int))
        {
          wrong_type (error, doc, p, _("a number"), value);
          return FALSE;
        }
      claim->confidence = json_object_get_double (value);
      if (!(claim->confidence >= 0.0 && claim->confidence <= 1.0))
        {
          invalid (error, doc, p, _("must be between 0 and 1"));
          return FALSE;
        }
      claim->has_confidence = TRUE;
    }

  if (!get_member (doc, object, path, "orphaned", OPTIONAL, &value, error))
    return FALSE;
  if (value != NULL)
    {
      if (!json_object_is_type (value, json_type_boolean))
        {
          g_autofree char *p = child_path (path, "orphaned");

          wrong_type (error, doc, p, _("true or false"), value);
          return FALSE;
        }
      claim->orphaned = json_object_get_boolean (value);
    }

  if (!parse_segments (doc, object, path, claim, error)
      || !parse_sources (doc, object, path, claim, error)
      || !parse_comments (doc, object, path, claim, error))
    return FALSE;

  g_ptr_array_add (doc->claims, g_steal_pointer (&claim));
  return TRUE;
}

static gboolean
parse_list (Doc          *doc,
            json_object  *root,
            const char   *key,
            Presence      presence,
            gboolean    (*parse) (Doc *, json_object *, const char *, GError **),
            GError      **error)
{
  json_object *array;

  if (!get_array (doc, root, "", key, presence, &array, error))
    return FALSE;
  for (size_t i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%zu]", key, i);

      if (!parse (doc, json_object_array_get_idx (array, i), path, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_annotator_item (Doc          *doc,
                      json_object  *object,
                      const char   *path,
                      GError      **error)
{
  return parse_annotator (doc, object, path, error) != NULL;
}

static Doc *
parse_document (const char  *data,
                gsize        length,
                const char  *name,
                GError     **error)
{
  g_autoptr(Doc) doc = doc_new (name);
  g_autoptr(json_tokener) tokener = NULL;
  enum json_tokener_error jerr;
  json_object *root;
  json_object *value;
  gint64 version;

  if (length > QC_JSON_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (QC_JSON_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_TOO_LARGE,
                   _("%s is too large to import (%s; at most %s)"), name, size, limit);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  tokener = json_tokener_new_ex (QC_JSON_MAX_DEPTH);
  json_tokener_set_flags (tokener, JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS
                                  | JSON_TOKENER_VALIDATE_UTF8);
  root = json_tokener_parse_ex (tokener, data, (int) length);
  jerr = json_tokener_get_error (tokener);
  if (root == NULL || jerr != json_tokener_success)
    {
      g_clear_pointer (&root, json_object_put);
      if (jerr == json_tokener_continue || jerr == json_tokener_success)
        g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_PARSE,
                     _("%s is not a complete JSON document: it ends too early (truncated?)"), name);
      else if (jerr == json_tokener_error_depth)
        g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_PARSE,
                     _("%s is not a Quotecheck file: its JSON is nested more than %d levels deep"),
                     name, QC_JSON_MAX_DEPTH);
      else
        g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_PARSE,
                     _("%s is not valid JSON: %s (at byte %zu)"),
                     name, json_tokener_error_desc (jerr), json_tokener_get_parse_end (tokener));
      return NULL;
    }
  doc->root = root;
  for (gsize i = json_tokener_get_parse_end (tokener); i < length; i++)
    if (!g_ascii_isspace (data[i]))
      {
        g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_PARSE,
                     _("%s is not valid JSON: something follows the document (at byte %zu)"), name, i);
        return NULL;
      }

  if (!json_object_is_type (root, json_type_object)
      || !json_object_object_get_ex (root, "format", &value)
      || !json_object_is_type (value, json_type_string)
      || strcmp (json_object_get_string (value), "quotecheck") != 0)
    {
      g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_NOT_QUOTECHECK,
                   _("%s is JSON, but not a Quotecheck export (it needs \"format\": \"quotecheck\")"), name);
      return NULL;
    }
  if (!json_object_object_get_ex (root, "version", &value) || !json_object_is_type (value, json_type_int))
    {
      invalid (error, doc, "version", _("expected a whole number"));
      return NULL;
    }
  version = json_object_get_int64 (value);
  if (version > QC_JSON_FORMAT_VERSION)
    {
      g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_VERSION,
                   _("%s is a Quotecheck file of version %" G_GINT64_FORMAT ", written by a newer "
                     "Quotecheck; this one reads up to version %d. Update Quotecheck to import it."),
                   name, version, QC_JSON_FORMAT_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      invalid (error, doc, "version", _("must be 1 or more"));
      return NULL;
    }

  if (!parse_list (doc, root, "annotators", OPTIONAL, parse_annotator_item, error))
    return NULL;
  if (!get_member (doc, root, "", "annotator", OPTIONAL, &value, error))
    return NULL;
  if (value != NULL && (doc->annotator = parse_annotator (doc, value, "annotator", error)) == NULL)
    return NULL;

  if (!parse_list (doc, root, "speakers", REQUIRED, parse_speaker, error))
    return NULL;

  json_object_object_get_ex (root, "articles", &value);
  if (value != NULL)
    {
      if (json_object_object_get_ex (root, "article", NULL))
        {
          invalid (error, doc, "article", _("a file has either \"article\" or \"articles\", not both"));
          return NULL;
        }
      if (!parse_list (doc, root, "articles", REQUIRED, parse_article, error))
        return NULL;
    }
  else
    {
      if (!get_member (doc, root, "", "article", REQUIRED, &value, error)
          || !parse_article (doc, value, "article", error))
        return NULL;
    }

  if (!parse_list (doc, root, "claims", REQUIRED, parse_claim, error))
    return NULL;

  return g_steal_pointer (&doc);
}

/* Writing the parsed file into the store */

typedef struct
{
  QcStore            *store;
  Doc                *doc;
  QcAnnotationImport *result;
  gint64              default_annotator;
  GHashTable         *created_speakers;   /* gint64 * rows added by this import */
} Import;

static gint64
lookup_id (Import      *import,
           const char  *sql,
           const char  *key,
           GError     **error)
{
  g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (import->store, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  _qc_store_bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (import->store, rc, error);
      return -1;
    }
  return 0;
}

/* A UUID free for a new row of @table: the file's, unless some row (even
 * a deleted one) has it. */
static char *
free_uuid (Import      *import,
           const char  *table,
           const char  *uuid,
           GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", table);
  gint64 id = lookup_id (import, sql, uuid, error);

  if (id < 0)
    return NULL;
  return id == 0 ? g_strdup (uuid) : g_uuid_string_random ();
}

static gboolean
import_annotators (Import  *import,
                   GError **error)
{
  for (guint i = 0; i < import->doc->annotators->len; i++)
    {
      JAnnotator *annotator = g_ptr_array_index (import->doc->annotators, i);

      annotator->row = qc_store_add_annotator (import->store, annotator->uuid, annotator->name, error);
      if (annotator->row == 0)
        return FALSE;
    }
  import->default_annotator = import->doc->annotator ? import->doc->annotator->row
                                                     : qc_store_get_local_annotator (import->store);
  import->result->annotator_id = import->default_annotator;
  return TRUE;
}

/* A live speaker by UUID, following merges. */
static gint64
speaker_by_uuid (Import      *import,
                 const char  *uuid,
                 GError     **error)
{
  gint64 id = lookup_id (import, "SELECT id FROM speaker WHERE uuid = ?1", uuid, error);

  for (guint hops = 0; id > 0 && hops < 64; hops++)
    {
      g_autoptr(QcStoreStmt) stmt =
        _qc_store_prepare (import->store, "SELECT deleted, merged_into FROM speaker WHERE id = ?1", error);
      gint64 next;

      if (stmt == NULL)
        return -1;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        return 0;
      next = sqlite3_column_int64 (stmt, 1);
      if (next > 0 && next != id)
        {
          id = next;
          continue;
        }
      return sqlite3_column_int (stmt, 0) == 0 ? id : 0;
    }
  return id > 0 ? 0 : id;
}

static gboolean
insert_alias (Import      *import,
              gint64       speaker_id,
              gint64       annotator_id,
              const char  *alias,
              GHashTable  *keys,
              GError     **error)
{
  g_autofree char *key = _qc_store_fold (alias);
  g_autoptr(QcStoreStmt) stmt = NULL;

  if (*key == '\0' || g_hash_table_contains (keys, key))
    return TRUE;
  stmt = _qc_store_prepare (import->store,
                            "INSERT INTO speaker_alias (speaker_id, annotator_id, alias, alias_key)"
                            " VALUES (?1, ?2, ?3, ?4)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, speaker_id);
  sqlite3_bind_int64 (stmt, 2, annotator_id);
  _qc_store_bind_text (stmt, 3, alias);
  _qc_store_bind_text (stmt, 4, key);
  if (!_qc_store_step_done (import->store, stmt, error))
    return FALSE;
  g_hash_table_add (keys, g_steal_pointer (&key));
  return _qc_store_log_insert (import->store, "speaker_alias",
                               sqlite3_last_insert_rowid (_qc_store_get_db (import->store)),
                               NULL, 0, error);
}

static gboolean
import_speaker (Import    *import,
                JSpeaker  *speaker,
                GError   **error)
{
  g_autoptr(GHashTable) keys = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *key = NULL;
  gint64 id;

  id = speaker_by_uuid (import, speaker->uuid, error);
  if (id < 0)
    return FALSE;
  if (id == 0)
    {
      g_autoptr(GError) local_error = NULL;

      id = _qc_store_match_speaker (import->store, speaker->name,
                                    (const char * const *) speaker->aliases->pdata, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* Two speakers of one file stay two, even when one's alias is the
       * other's name. */
      if (id > 0 && g_hash_table_contains (import->created_speakers, &id))
        id = 0;
    }
  if (id > 0)
    {
      speaker->row = id;
      import->result->n_speakers_matched++;
      return TRUE;
    }

  uuid = free_uuid (import, "speaker", speaker->uuid, error);
  if (uuid == NULL)
    return FALSE;
  key = _qc_store_fold (speaker->name);
  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (import->store,
                         "INSERT INTO speaker (uuid, annotator_id, name, name_key, kind, role, created_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                         error);

    if (stmt == NULL)
      return FALSE;
    _qc_store_bind_text (stmt, 1, uuid);
    sqlite3_bind_int64 (stmt, 2, import->default_annotator);
    _qc_store_bind_text (stmt, 3, speaker->name);
    _qc_store_bind_text (stmt, 4, key);
    _qc_store_bind_text (stmt, 5, qc_speaker_kind_to_string (speaker->kind));
    _qc_store_bind_text (stmt, 6, speaker->role && *speaker->role ? speaker->role : NULL);
    _qc_store_bind_text (stmt, 7, speaker->created_at ? speaker->created_at : _qc_store_now (import->store));
    if (!_qc_store_step_done (import->store, stmt, error))
      return FALSE;
    speaker->row = sqlite3_last_insert_rowid (_qc_store_get_db (import->store));
  }
  if (!_qc_store_log_insert (import->store, "speaker", speaker->row, uuid, 0, error))
    return FALSE;
  g_hash_table_add (import->created_speakers, g_memdup2 (&speaker->row, sizeof speaker->row));

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (keys, g_steal_pointer (&key));
  for (guint i = 0; speaker->aliases->pdata[i] != NULL; i++)
    if (!insert_alias (import, speaker->row, import->default_annotator,
                       g_ptr_array_index (speaker->aliases, i), keys, error))
      return FALSE;
  import->result->n_speakers_created++;
  return TRUE;
}

static gboolean
import_article (Import    *import,
                JArticle  *article,
                GError   **error)
{
  g_autofree char *uuid = NULL;
  gint64 id;

  id = lookup_id (import, "SELECT id FROM article WHERE body_sha256 = ?1 AND deleted = 0 ORDER BY id",
                  article->sha256, error);
  if (id < 0)
    return FALSE;
  if (id == 0)
    {
      id = lookup_id (import, "SELECT id FROM article WHERE uuid = ?1 AND deleted = 0", article->uuid, error);
      if (id == 0 && article->url != NULL && *article->url != '\0')
        id = lookup_id (import, "SELECT id FROM article WHERE url = ?1 AND deleted = 0 ORDER BY id DESC",
                        article->url, error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        {
          /* The same article, another version of its text: claims are
           * placed by their quotes. */
          QcText *stored = _qc_store_get_text (import->store, id, error);

          if (stored == NULL)
            return FALSE;
          article->stored = qc_text_ref (stored);
          import->result->n_articles_reanchored++;
        }
    }
  if (id > 0)
    {
      article->row = id;
      return TRUE;
    }

  uuid = free_uuid (import, "article", article->uuid, error);
  if (uuid == NULL)
    return FALSE;
  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (import->store,
                         "INSERT INTO article (uuid, annotator_id, title, outlet, author, url,"
                         " published_at, language, source_name, source_format, body, body_sha256,"
                         " imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                         error);

    if (stmt == NULL)
      return FALSE;
    _qc_store_bind_text (stmt, 1, uuid);
    sqlite3_bind_int64 (stmt, 2, article->annotator->row);
    _qc_store_bind_text (stmt, 3, article->title);
    _qc_store_bind_text (stmt, 4, article->outlet);
    _qc_store_bind_text (stmt, 5, article->author);
    _qc_store_bind_text (stmt, 6, article->url);
    _qc_store_bind_text (stmt, 7, article->published_at);
    _qc_store_bind_text (stmt, 8, article->language);
    _qc_store_bind_text (stmt, 9, article->source_name);
    _qc_store_bind_text (stmt, 10, article->source_format);
    sqlite3_bind_text (stmt, 11, qc_text_get_data (article->text), (int) qc_text_get_length (article->text),
                       SQLITE_STATIC);
    _qc_store_bind_text (stmt, 12, article->sha256);
    _qc_store_bind_text (stmt, 13, article->imported_at ? article->imported_at : _qc_store_now (import->store));
    if (!_qc_store_step_done (import->store, stmt, error))
      return FALSE;
    article->row = sqlite3_last_insert_rowid (_qc_store_get_db (import->store));
  }
  import->result->n_articles_created++;
  return _qc_store_log_insert (import->store, "article", article->row, uuid, article->row, error);
}

/* Where a claim's segments go in the stored text. */
typedef struct
{
  gboolean  placed;
  GArray   *segments;   /* QcClaimSegment, strings owned */
  gboolean  has_cue;
  gsize     cue_start;
  gsize     cue_end;
} Placement;

/* QcClaimSegment, owning their strings */
static GArray *
segments_new (void)
{
  GArray *segments = g_array_new (FALSE, FALSE, sizeof (QcClaimSegment));

  g_array_set_clear_func (segments, (GDestroyNotify) _qc_claim_segment_clear);
  return segments;
}

static void
placement_clear (Placement *placement)
{
  g_clear_pointer (&placement->segments, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Placement, placement_clear)

static gboolean
text_at (QcText      *text,
         gint64       start,
         gint64       end,
         const char  *quote)
{
  gsize n_chars = qc_text_get_n_chars (text);
  gsize b_start, b_end;

  if (end > (gint64) n_chars || start >= end)
    return FALSE;
  b_start = qc_text_char_to_byte (text, (gsize) start);
  b_end = qc_text_char_to_byte (text, (gsize) end);
  return strlen (quote) == b_end - b_start
         && memcmp (qc_text_get_data (text) + b_start, quote, b_end - b_start) == 0;
}

static void
add_segment (GArray      *segments,
             gsize        start,
             gsize        end,
             const char  *quote,
             const char  *prefix,
             const char  *suffix)
{
  QcClaimSegment segment = { start, end, g_strdup (quote), g_strdup (prefix), g_strdup (suffix) };

  g_array_append_val (segments, segment);
}

static void
add_anchored_segment (GArray   *segments,
                      QcText   *text,
                      QcRange  *range)
{
  QcClaimSegment segment = { range->start, range->end, NULL, NULL, NULL };

  qc_anchor_make_selector (text, range->start, range->end, QC_STORE_CONTEXT_CHARS,
                           &segment.quote, &segment.prefix, &segment.suffix);
  g_array_append_val (segments, segment);
}

static int
compare_segments (gconstpointer a,
                  gconstpointer b)
{
  const QcClaimSegment *x = a;
  const QcClaimSegment *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* Same text: segments stay where the file has them (with the file's
 * prefix and suffix), unless the quote is not there, then it is looked
 * for. Another text: every segment is looked for by its quote, prefix
 * and suffix. A claim the file already marks as orphaned stays so when
 * the text is the same. */
static void
place_claim (JClaim     *claim,
             Placement  *placement)
{
  JArticle *article = claim->article;
  QcText *target = article->stored ? article->stored : article->text;
  gssize shift = 0;

  placement->segments = segments_new ();
  placement->placed = FALSE;
  if (article->stored == NULL && claim->orphaned)
    return;

  for (guint i = 0; i < claim->segments->len; i++)
    {
      JSegment *segment = &g_array_index (claim->segments, JSegment, i);
      QcRange found;

      if (article->stored == NULL && text_at (target, segment->start, segment->end, segment->quote))
        {
          add_segment (placement->segments, (gsize) segment->start, (gsize) segment->end,
                       segment->quote, segment->prefix, segment->suffix);
          continue;
        }
      if (!qc_anchor_find (target, segment->quote, segment->prefix, segment->suffix,
                           (gsize) segment->start, &found))
        {
          placement_clear (placement);
          placement->segments = segments_new ();
          return;
        }
      if (i == 0)
        shift = (gssize) found.start - (gssize) segment->start;
      add_anchored_segment (placement->segments, target, &found);
    }
  g_array_sort (placement->segments, compare_segments);
  placement->placed = TRUE;

  if (!claim->has_cue)
    return;
  if (article->stored == NULL)
    {
      if (claim->cue_end <= (gint64) qc_text_get_n_chars (target))
        {
          placement->has_cue = TRUE;
          placement->cue_start = (gsize) claim->cue_start;
          placement->cue_end = (gsize) claim->cue_end;
        }
      return;
    }
  if (claim->cue_end <= (gint64) qc_text_get_n_chars (article->text))
    {
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;
      gssize hint = (gssize) claim->cue_start + shift;
      QcRange found;

      qc_anchor_make_selector (article->text, (gsize) claim->cue_start, (gsize) claim->cue_end,
                               QC_STORE_CONTEXT_CHARS, &quote, &prefix, &suffix);
      if (qc_anchor_find (target, quote, prefix, suffix, (gsize) MAX (hint, 0), &found))
        {
          placement->has_cue = TRUE;
          placement->cue_start = found.start;
          placement->cue_end = found.end;
        }
    }
}

static gboolean
insert_segments (Import   *import,
                 gint64    claim_id,
                 GArray   *segments,
                 GError  **error)
{
  g_autoptr(QcStoreStmt) stmt =
    _qc_store_prepare (import->store,
                       "INSERT INTO claim_segment (claim_id, ordinal, start, \"end\", quote, prefix, suffix)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                       error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < segments->len; i++)
    {
      QcClaimSegment *segment = &g_array_index (segments, QcClaimSegment, i);

      sqlite3_bind_int64 (stmt, 1, claim_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_int64 (stmt, 3, (gint64) segment->start);
      sqlite3_bind_int64 (stmt, 4, (gint64) segment->end);
      _qc_store_bind_text (stmt, 5, segment->quote);
      _qc_store_bind_text (stmt, 6, segment->prefix ? segment->prefix : "");
      _qc_store_bind_text (stmt, 7, segment->suffix ? segment->suffix : "");
      if (!_qc_store_step_done (import->store, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* The file's own segments, for a claim kept as an orphan. */
static GArray *
file_segments (JClaim *claim)
{
  GArray *segments = segments_new ();

  for (guint i = 0; i < claim->segments->len; i++)
    {
      JSegment *segment = &g_array_index (claim->segments, JSegment, i);

      add_segment (segments, (gsize) segment->start, (gsize) segment->end,
                   segment->quote, segment->prefix, segment->suffix);
    }
  return segments;
}

static void
add_unplaced (Import   *import,
              JClaim   *claim,
              gint64    claim_id)
{
  QcUnplacedClaim *unplaced = g_new0 (QcUnplacedClaim, 1);

  unplaced->uuid = g_strdup (claim->uuid);
  unplaced->claim_id = claim_id;
  unplaced->quote = g_strdup (g_array_index (claim->segments, JSegment, 0).quote);
  g_ptr_array_add (import->result->unplaced, unplaced);
}

static gboolean
insert_claim (Import   *import,
              JClaim   *claim,
              gint64   *claim_id,
              GError  **error)
{
  g_auto(Placement) placement = { 0 };
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  GArray *segments;
  g_autoptr(GArray) orphan_segments = NULL;

  place_claim (claim, &placement);
  if (placement.placed)
    segments = placement.segments;
  else
    segments = orphan_segments = file_segments (claim);

  /* The UUID is known to be free: the caller looked it up. */
  uuid = g_strdup (claim->uuid);
  stmt = _qc_store_prepare (import->store,
                            "INSERT INTO claim (uuid, article_id, annotator_id, kind, speaker_id,"
                            " cue_start, cue_end, origin, confidence, evidence, rating, note,"
                            " review_state, orphaned, created_at, updated_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                            error);
  if (stmt == NULL)
    return FALSE;
  _qc_store_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, claim->article->row);
  sqlite3_bind_int64 (stmt, 3, claim->annotator->row);
  _qc_store_bind_text (stmt, 4, qc_claim_kind_to_string (claim->kind));
  if (claim->speaker != NULL)
    sqlite3_bind_int64 (stmt, 5, claim->speaker->row);
  if (placement.placed && placement.has_cue)
    {
      sqlite3_bind_int64 (stmt, 6, (gint64) placement.cue_start);
      sqlite3_bind_int64 (stmt, 7, (gint64) placement.cue_end);
    }
  else if (!placement.placed && claim->has_cue && claim->article->stored == NULL)
    {
      sqlite3_bind_int64 (stmt, 6, claim->cue_start);
      sqlite3_bind_int64 (stmt, 7, claim->cue_end);
    }
  _qc_store_bind_text (stmt, 8, qc_claim_origin_to_string (claim->origin));
  if (claim->has_confidence)
    sqlite3_bind_double (stmt, 9, claim->confidence);
  _qc_store_bind_text (stmt, 10, qc_evidence_to_string (claim->evidence));
  _qc_store_bind_text (stmt, 11, claim->rating);
  _qc_store_bind_text (stmt, 12, claim->note);
  _qc_store_bind_text (stmt, 13, qc_review_state_to_string (claim->review_state));
  sqlite3_bind_int (stmt, 14, placement.placed ? 0 : 1);
  _qc_store_bind_text (stmt, 15, claim->created_at);
  _qc_store_bind_text (stmt, 16, claim->updated_at);
  if (!_qc_store_step_done (import->store, stmt, error))
    return FALSE;
  *claim_id = sqlite3_last_insert_rowid (_qc_store_get_db (import->store));
  g_clear_pointer (&stmt, _qc_store_stmt_release);

  if (!insert_segments (import, *claim_id, segments, error))
    return FALSE;
  if (!_qc_store_log_insert (import->store, "claim", *claim_id, uuid, claim->article->row, error))
    return FALSE;
  if (!placement.placed)
    add_unplaced (import, claim, *claim_id);
  import->result->n_claims_added++;
  return TRUE;
}

static char *
segments_to_json (GArray *segments)
{
  g_autoptr(json_object) array = json_object_new_array ();

  for (guint i = 0; i < segments->len; i++)
    {
      QcClaimSegment *segment = &g_array_index (segments, QcClaimSegment, i);
      json_object *object = json_object_new_object ();

      json_object_object_add (object, "start", json_object_new_int64 ((gint64) segment->start));
      json_object_object_add (object, "end", json_object_new_int64 ((gint64) segment->end));
      json_object_object_add (object, "quote", json_object_new_string (segment->quote));
      json_object_object_add (object, "prefix", json_object_new_string (segment->prefix ? segment->prefix : ""));
      json_object_object_add (object, "suffix", json_object_new_string (segment->suffix ? segment->suffix : ""));
      json_object_array_add (array, object);
    }
  return g_strdup (json_object_to_json_string_ext (array, JSON_C_TO_STRING_PLAIN
                                                          | JSON_C_TO_STRING_NOSLASHESCAPE));
}

/* A claim the store has, changed later in the file: the file's values
 * win, each change logged (and undoable) like an edit. */
static gboolean
update_claim (Import   *import,
              JClaim   *claim,
              gint64    claim_id,
              GError  **error)
{
  g_auto(Placement) placement = { 0 };
  QcStoreValue kind = qc_store_value_text (qc_claim_kind_to_string (claim->kind));
  QcStoreValue speaker = claim->speaker ? qc_store_value_int (claim->speaker->row) : qc_store_value_null ();
  QcStoreValue evidence = qc_store_value_text (qc_evidence_to_string (claim->evidence));
  QcStoreValue rating = qc_store_value_text (claim->rating);
  QcStoreValue note = qc_store_value_text (claim->note);
  QcStoreValue review = qc_store_value_text (qc_review_state_to_string (claim->review_state));

  if (!_qc_store_update_field (import->store, "claim", claim_id, "kind", &kind, error)
      || !_qc_store_update_field (import->store, "claim", claim_id, "speaker_id", &speaker, error)
      || !_qc_store_update_field (import->store, "claim", claim_id, "evidence", &evidence, error)
      || !_qc_store_update_field (import->store, "claim", claim_id, "rating", &rating, error)
      || !_qc_store_update_field (import->store, "claim", claim_id, "note", &note, error)
      || !_qc_store_update_field (import->store, "claim", claim_id, "review_state", &review, error))
    return FALSE;

  place_claim (claim, &placement);
  if (placement.placed)
    {
      g_autofree char *old_json = _qc_store_dup_segments_json (import->store, claim_id, error);
      g_autofree char *new_json = segments_to_json (placement.segments);
      QcStoreValue cue_start = placement.has_cue ? qc_store_value_int ((gint64) placement.cue_start)
                                                 : qc_store_value_null ();
      QcStoreValue cue_end = placement.has_cue ? qc_store_value_int ((gint64) placement.cue_end)
                                               : qc_store_value_null ();
      QcStoreValue orphaned = qc_store_value_int (0);

      if (old_json == NULL)
        return FALSE;
      if (strcmp (old_json, new_json) != 0)
        {
          QcStoreValue old_value = qc_store_value_text (old_json);
          QcStoreValue new_value = qc_store_value_text (new_json);

          if (!_qc_store_write_segments (import->store, claim_id, new_json, error)
              || !_qc_store_log_change (import->store, "claim", claim_id, claim->uuid, claim->article->row,
                                        "update", "segments", &old_value, &new_value, error))
            return FALSE;
        }
      if (!_qc_store_update_field (import->store, "claim", claim_id, "cue_start", &cue_start, error)
          || !_qc_store_update_field (import->store, "claim", claim_id, "cue_end", &cue_end, error)
          || !_qc_store_update_field (import->store, "claim", claim_id, "orphaned", &orphaned, error))
        return FALSE;
    }
  else
    add_unplaced (import, claim, 0);

  /* The claim is now as of the file's time: importing the file again
   * finds nothing newer. */
  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (import->store, "UPDATE claim SET updated_at = ?1 WHERE id = ?2",
                                                     error);

    if (stmt == NULL)
      return FALSE;
    _qc_store_bind_text (stmt, 1, claim->updated_at);
    sqlite3_bind_int64 (stmt, 2, claim_id);
    if (!_qc_store_step_done (import->store, stmt, error))
      return FALSE;
  }
  import->result->n_claims_updated++;
  return TRUE;
}

static gboolean
import_sources_and_comments (Import   *import,
                             JClaim   *claim,
                             gint64    claim_id,
                             GError  **error)
{
  for (guint i = 0; i < claim->sources->len; i++)
    {
      JSource *source = g_ptr_array_index (claim->sources, i);
      g_autoptr(QcStoreStmt) stmt = NULL;
      gint64 id = lookup_id (import, "SELECT id FROM evidence_source WHERE uuid = ?1", source->uuid, error);

      if (id < 0)
        return FALSE;
      if (id > 0)
        continue;
      stmt = _qc_store_prepare (import->store,
                                "INSERT INTO evidence_source (uuid, claim_id, annotator_id, url, title,"
                                " note, stance, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                error);
      if (stmt == NULL)
        return FALSE;
      _qc_store_bind_text (stmt, 1, source->uuid);
      sqlite3_bind_int64 (stmt, 2, claim_id);
      sqlite3_bind_int64 (stmt, 3, source->annotator->row);
      _qc_store_bind_text (stmt, 4, source->url);
      _qc_store_bind_text (stmt, 5, source->title);
      _qc_store_bind_text (stmt, 6, source->note);
      _qc_store_bind_text (stmt, 7, qc_stance_to_string (source->stance));
      _qc_store_bind_text (stmt, 8, source->created_at ? source->created_at : _qc_store_now (import->store));
      if (!_qc_store_step_done (import->store, stmt, error))
        return FALSE;
      if (!_qc_store_log_insert (import->store, "evidence_source",
                                 sqlite3_last_insert_rowid (_qc_store_get_db (import->store)),
                                 source->uuid, claim->article->row, error))
        return FALSE;
      import->result->n_sources_added++;
    }

  for (guint i = 0; i < claim->comments->len; i++)
    {
      JComment *comment = g_ptr_array_index (claim->comments, i);
      g_autoptr(QcStoreStmt) stmt = NULL;
      gint64 id = lookup_id (import, "SELECT id FROM comment WHERE uuid = ?1", comment->uuid, error);

      if (id < 0)
        return FALSE;
      if (id > 0)
        continue;
      stmt = _qc_store_prepare (import->store,
                                "INSERT INTO comment (uuid, claim_id, annotator_id, text, created_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)",
                                error);
      if (stmt == NULL)
        return FALSE;
      _qc_store_bind_text (stmt, 1, comment->uuid);
      sqlite3_bind_int64 (stmt, 2, claim_id);
      sqlite3_bind_int64 (stmt, 3, comment->annotator->row);
      _qc_store_bind_text (stmt, 4, comment->text);
      _qc_store_bind_text (stmt, 5, comment->created_at ? comment->created_at : _qc_store_now (import->store));
      if (!_qc_store_step_done (import->store, stmt, error))
        return FALSE;
      if (!_qc_store_log_insert (import->store, "comment",
                                 sqlite3_last_insert_rowid (_qc_store_get_db (import->store)),
                                 comment->uuid, claim->article->row, error))
        return FALSE;
      import->result->n_comments_added++;
    }
  return TRUE;
}

static gboolean
is_newer (const char *a,
          const char *b)
{
  g_autoptr(GDateTime) x = g_date_time_new_from_iso8601 (a, NULL);
  g_autoptr(GDateTime) y = b ? g_date_time_new_from_iso8601 (b, NULL) : NULL;

  if (x == NULL)
    return FALSE;
  if (y == NULL)
    return TRUE;
  return g_date_time_compare (x, y) > 0;
}

static gboolean
import_claim (Import   *import,
              JClaim   *claim,
              GError  **error)
{
  gint64 claim_id = 0;
  gboolean deleted = FALSE;
  g_autofree char *updated_at = NULL;

  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (import->store, "SELECT id, deleted, updated_at FROM claim WHERE uuid = ?1", error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    _qc_store_bind_text (stmt, 1, claim->uuid);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      {
        claim_id = sqlite3_column_int64 (stmt, 0);
        deleted = sqlite3_column_int (stmt, 1) != 0;
        updated_at = _qc_store_column_dup (stmt, 2);
      }
    else if (rc != SQLITE_DONE)
      {
        _qc_store_set_error (import->store, rc, error);
        return FALSE;
      }
  }

  if (claim_id == 0)
    {
      if (!insert_claim (import, claim, &claim_id, error))
        return FALSE;
    }
  else if (deleted)
    {
      /* Deleted here: the deletion stands. */
      import->result->n_claims_unchanged++;
      return TRUE;
    }
  else if (is_newer (claim->updated_at, updated_at))
    {
      if (!update_claim (import, claim, claim_id, error))
        return FALSE;
    }
  else
    import->result->n_claims_unchanged++;

  return import_sources_and_comments (import, claim, claim_id, error);
}

static gboolean
import_document (Import   *import,
                 GError  **error)
{
  Doc *doc = import->doc;

  if (!import_annotators (import, error))
    return FALSE;
  for (guint i = 0; i < doc->speakers->len; i++)
    if (!import_speaker (import, g_ptr_array_index (doc->speakers, i), error))
      return FALSE;
  for (guint i = 0; i < doc->articles->len; i++)
    {
      JArticle *article = g_ptr_array_index (doc->articles, i);

      if (!import_article (import, article, error))
        return FALSE;
      g_array_append_val (import->result->article_ids, article->row);
    }
  for (guint i = 0; i < doc->claims->len; i++)
    if (!import_claim (import, g_ptr_array_index (doc->claims, i), error))
      return FALSE;
  return TRUE;
}

/* The result */

static void
unplaced_free (gpointer data)
{
  QcUnplacedClaim *unplaced = data;

  g_free (unplaced->uuid);
  g_free (unplaced->quote);
  g_free (unplaced);
}

static QcAnnotationImport *
annotation_import_new (void)
{
  QcAnnotationImport *result = g_new0 (QcAnnotationImport, 1);

  result->article_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  result->unplaced = g_ptr_array_new_with_free_func (unplaced_free);
  return result;
}

QcAnnotationImport *
qc_annotation_import_copy (const QcAnnotationImport *result)
{
  QcAnnotationImport *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = annotation_import_new ();
  *copy = *result;
  copy->article_ids = g_array_copy (result->article_ids);
  copy->unplaced = g_ptr_array_new_with_free_func (unplaced_free);
  for (guint i = 0; i < result->unplaced->len; i++)
    {
      const QcUnplacedClaim *unplaced = g_ptr_array_index (result->unplaced, i);
      QcUnplacedClaim *item = g_new0 (QcUnplacedClaim, 1);

      item->uuid = g_strdup (unplaced->uuid);
      item->claim_id = unplaced->claim_id;
      item->quote = g_strdup (unplaced->quote);
      g_ptr_array_add (copy->unplaced, item);
    }
  return copy;
}

void
qc_annotation_import_free (QcAnnotationImport *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->article_ids, g_array_unref);
  g_clear_pointer (&result->unplaced, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_BOXED_TYPE (QcAnnotationImport, qc_annotation_import,
                     qc_annotation_import_copy, qc_annotation_import_free)

/**
 * qc_annotations_import_data:
 * @store: the database
 * @data: the bytes of a Quotecheck JSON file
 * @name: (nullable): the file's name, for messages
 * @result: (out) (optional) (transfer full): what was done
 *
 * Reads a Quotecheck JSON export (a colleague's annotations) into @store
 * as one action (one undo step):
 *
 * - each annotator becomes (or is matched to, by UUID) an annotator row;
 * - speakers are matched by UUID, then by name or alias, else created
 *   (keeping their UUIDs);
 * - articles are matched by the SHA-256 of their text, then by UUID or
 *   URL (another version of the text: claims are placed by quote, prefix
 *   and suffix), else created from the file's text;
 * - claims, sources and comments keep their UUIDs; one already stored is
 *   updated only when the file's `updated_at` is newer. A claim whose
 *   quote cannot be found is stored flagged as orphaned and listed in
 *   @result, never dropped.
 *
 * Importing the same file twice changes nothing. The file is checked
 * completely before anything is written: a damaged, truncated, too large
 * or newer-version file gives a #QC_FORMAT_ERROR and leaves the database
 * as it was; so does any database error (one transaction).
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_annotations_import_data (QcStore              *store,
                            const char           *data,
                            gsize                 length,
                            const char           *name,
                            QcAnnotationImport  **result,
                            GError              **error)
{
  g_autoptr(Doc) doc = NULL;
  g_autoptr(QcAnnotationImport) local_result = NULL;
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (name == NULL)
    name = _("The file");
  doc = parse_document (data ? data : "", length, name, error);
  if (doc == NULL)
    return FALSE;

  local_result = annotation_import_new ();
  import.store = store;
  import.doc = doc;
  import.result = local_result;
  import.created_speakers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!_qc_store_begin (store, _("Import annotations"), error))
    {
      g_hash_table_unref (import.created_speakers);
      return FALSE;
    }
  ok = import_document (&import, error);
  g_hash_table_unref (import.created_speakers);
  if (!_qc_store_end (store, ok, error))
    return FALSE;

  if (result != NULL)
    *result = g_steal_pointer (&local_result);
  return TRUE;
}

/**
 * qc_annotations_import_file:
 * @path: a Quotecheck JSON file, in the GLib file name encoding
 *
 * qc_annotations_import_data() on the contents of @path.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_annotations_import_file (QcStore              *store,
                            const char           *path,
                            QcAnnotationImport  **result,
                            GError              **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autofree char *display = NULL;
  GStatBuf st;

  g_return_val_if_fail (QC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_basename (path);
  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("%s is a folder, not a Quotecheck file"), display);
      return FALSE;
    }
  if (g_stat (path, &st) == 0 && (guint64) st.st_size > QC_JSON_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full ((guint64) st.st_size, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (QC_JSON_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_TOO_LARGE,
                   _("%s is too large to import (%s; at most %s)"), display, size, limit);
      return FALSE;
    }
  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return FALSE;
  return qc_annotations_import_data (store, g_mapped_file_get_contents (file),
                                     g_mapped_file_get_length (file), display, result, error);
}
