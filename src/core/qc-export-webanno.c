/* qc-export-webanno.c: W3C Web Annotation JSON-LD
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AnnotationCollection (context http://www.w3.org/ns/anno.jsonld)
 * whose first page holds one Annotation per claim. Each segment of a claim
 * is a target: the article (its URL, else urn:uuid:ARTICLE) with a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * (Unicode code points, end exclusive), as Hypothesis reads them. The
 * bodies are TextualBodies: the speaker and the kind as tags, the
 * evidence and the rating as assessments, the note and the comments as
 * comments; sources are linking bodies. Only terms of the anno.jsonld
 * context are used, so the file expands to RDF without loss.
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "qc-autocleanups.h"
#include "qc-export-private.h"

#define ANNO_CONTEXT "http://www.w3.org/ns/anno.jsonld"

static char *
urn (const char *uuid)
{
  return g_strconcat ("urn:uuid:", uuid, NULL);
}

static json_object *
agent_json (QcReportAnnotator *annotator)
{
  json_object *agent = json_object_new_object ();
  g_autofree char *id = urn (annotator->uuid);

  json_object_object_add (agent, "id", json_object_new_string (id));
  json_object_object_add (agent, "type", json_object_new_string ("Person"));
  if (annotator->name != NULL)
    json_object_object_add (agent, "name", json_object_new_string (annotator->name));
  return agent;
}

static json_object *
textual_body (const char *purpose,
              const char *value,
              const char *language)
{
  json_object *body = json_object_new_object ();

  json_object_object_add (body, "type", json_object_new_string ("TextualBody"));
  json_object_object_add (body, "purpose", json_object_new_string (purpose));
  json_object_object_add (body, "value", json_object_new_string (value));
  json_object_object_add (body, "format", json_object_new_string ("text/plain"));
  if (language != NULL && *language != '\0')
    json_object_object_add (body, "language", json_object_new_string (language));
  return body;
}

static char *
source_text (QcEvidenceSource *source)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, _("Source (%s)"), _qc_export_stance_label (source->stance));
  if (source->title != NULL && *source->title != '\0')
    g_string_append_printf (text, ": %s", source->title);
  if (source->note != NULL && *source->note != '\0')
    g_string_append_printf (text, " — %s", source->note);
  if (source->url != NULL && *source->url != '\0')
    g_string_append_printf (text, " <%s>", source->url);
  return g_string_free (text, FALSE);
}

static json_object *
annotation_json (QcReport         *report,
                 QcReportArticle  *article,
                 QcReportClaim    *item)
{
  QcClaim *claim = item->claim;
  const char *language = qc_article_get_language (article->article);
  const char *url = qc_article_get_url (article->article);
  g_autofree char *id = urn (qc_claim_get_uuid (claim));
  g_autofree char *article_id = urn (qc_article_get_uuid (article->article));
  g_autofree char *speaker = NULL;
  g_autofree char *evidence = NULL;
  json_object *annotation = json_object_new_object ();
  json_object *bodies = json_object_new_array ();
  json_object *targets = json_object_new_array ();
  json_object *generator = json_object_new_object ();
  const char *rating = qc_claim_get_rating (claim);
  const char *note = qc_claim_get_note (claim);
  gboolean assessed;

  assessed = qc_claim_get_evidence (claim) != QC_EVIDENCE_UNASSESSED || (rating != NULL && *rating != '\0');
  json_object_object_add (annotation, "id", json_object_new_string (id));
  json_object_object_add (annotation, "type", json_object_new_string ("Annotation"));
  json_object_object_add (annotation, "motivation", json_object_new_string (assessed ? "assessing" : "highlighting"));
  if (qc_claim_get_created_at (claim) != NULL)
    json_object_object_add (annotation, "created", json_object_new_string (qc_claim_get_created_at (claim)));
  if (qc_claim_get_updated_at (claim) != NULL)
    json_object_object_add (annotation, "modified", json_object_new_string (qc_claim_get_updated_at (claim)));
  json_object_object_add (annotation, "creator", agent_json (item->annotator));
  json_object_object_add (generator, "type", json_object_new_string ("Software"));
  json_object_object_add (generator, "name", json_object_new_string (report->generator));
  json_object_object_add (annotation, "generator", generator);
  json_object_object_add (annotation, "generated", json_object_new_string (report->generated_at));

  /* Bodies */
  json_object_array_add (bodies, textual_body ("classifying", qc_claim_kind_to_string (qc_claim_get_kind (claim)), NULL));
  if (item->speaker != NULL || qc_claim_get_speaker_name (claim) != NULL)
    {
      speaker = g_strdup (item->speaker ? qc_speaker_get_name (item->speaker) : qc_claim_get_speaker_name (claim));
      json_object_array_add (bodies, textual_body ("tagging", speaker, NULL));
      if (item->speaker != NULL && qc_speaker_get_role (item->speaker) != NULL)
        json_object_array_add (bodies, textual_body ("describing", qc_speaker_get_role (item->speaker), language));
    }
  evidence = g_strdup_printf ("evidence:%s", qc_evidence_to_string (qc_claim_get_evidence (claim)));
  json_object_array_add (bodies, textual_body ("assessing", evidence, NULL));
  if (rating != NULL && *rating != '\0')
    json_object_array_add (bodies, textual_body ("assessing", rating, language));
  if (note != NULL && *note != '\0')
    json_object_array_add (bodies, textual_body ("commenting", note, language));
  for (guint i = 0; i < item->sources->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (item->sources, i);
      g_autofree char *text = source_text (source);

      if (_qc_export_is_safe_url (source->url))
        {
          json_object *link = json_object_new_object ();

          json_object_object_add (link, "type", json_object_new_string ("SpecificResource"));
          json_object_object_add (link, "purpose", json_object_new_string ("linking"));
          json_object_object_add (link, "source", json_object_new_string (source->url));
          json_object_array_add (bodies, link);
        }
      json_object_array_add (bodies, textual_body ("describing", text, language));
    }
  for (guint i = 0; i < item->comments->len; i++)
    {
      QcComment *comment = g_ptr_array_index (item->comments, i);
      QcReportAnnotator *author = g_hash_table_lookup (report->annotators_by_id, &comment->annotator_id);
      json_object *body = textual_body ("commenting", comment->text, language);

      if (author != NULL)
        json_object_object_add (body, "creator", agent_json (author));
      if (comment->created_at != NULL)
        json_object_object_add (body, "created", json_object_new_string (comment->created_at));
      json_object_array_add (bodies, body);
    }
  json_object_object_add (annotation, "body", bodies);

  /* Targets: one per segment */
  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);
      json_object *target = json_object_new_object ();
      json_object *selectors = json_object_new_array ();
      json_object *quote = json_object_new_object ();
      json_object *position = json_object_new_object ();

      json_object_object_add (quote, "type", json_object_new_string ("TextQuoteSelector"));
      json_object_object_add (quote, "exact", json_object_new_string (segment->quote ? segment->quote : ""));
      json_object_object_add (quote, "prefix", json_object_new_string (segment->prefix ? segment->prefix : ""));
      json_object_object_add (quote, "suffix", json_object_new_string (segment->suffix ? segment->suffix : ""));
      json_object_array_add (selectors, quote);

      json_object_object_add (position, "type", json_object_new_string ("TextPositionSelector"));
      json_object_object_add (position, "start", json_object_new_int64 ((gint64) segment->start));
      json_object_object_add (position, "end", json_object_new_int64 ((gint64) segment->end));
      json_object_array_add (selectors, position);

      json_object_object_add (target, "type", json_object_new_string ("SpecificResource"));
      json_object_object_add (target, "source",
                              json_object_new_string (_qc_export_is_safe_url (url) ? url : article_id));
      json_object_object_add (target, "selector", selectors);
      json_object_array_add (targets, target);
    }
  json_object_object_add (annotation, "target", targets);
  return annotation;
}

static gboolean
write_web_annotation (QcExporter             *exporter,
                      QcReport               *report,
                      const QcExportOptions  *options,
                      GByteArray             *out,
                      GError                **error)
{
  g_autoptr(json_object) root = json_object_new_object ();
  json_object *page = json_object_new_object ();
  json_object *items = json_object_new_array ();
  g_autofree char *collection_uuid = g_uuid_string_random ();
  g_autofree char *page_uuid = g_uuid_string_random ();
  g_autofree char *collection_id = urn (collection_uuid);
  g_autofree char *page_id = urn (page_uuid);

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      for (guint k = 0; k < article->claims->len; k++)
        json_object_array_add (items, annotation_json (report, article, g_ptr_array_index (article->claims, k)));
    }

  json_object_object_add (root, "@context", json_object_new_string (ANNO_CONTEXT));
  json_object_object_add (root, "id", json_object_new_string (collection_id));
  json_object_object_add (root, "type", json_object_new_string ("AnnotationCollection"));
  json_object_object_add (root, "label", json_object_new_string (report->title));
  json_object_object_add (root, "total", json_object_new_int64 ((gint64) report->n_claims));
  if (report->owner != NULL)
    json_object_object_add (root, "creator", agent_json (report->owner));
  json_object_object_add (root, "generated", json_object_new_string (report->generated_at));

  json_object_object_add (page, "id", json_object_new_string (page_id));
  json_object_object_add (page, "type", json_object_new_string ("AnnotationPage"));
  json_object_object_add (page, "partOf", json_object_new_string (collection_id));
  json_object_object_add (page, "startIndex", json_object_new_int (0));
  json_object_object_add (page, "items", items);
  json_object_object_add (root, "first", page);

  _qc_export_append_json (out, root);
  return TRUE;
}

QC_DEFINE_EXPORTER (QcWebAnnotationExporter, _qc_web_annotation_exporter, QC_EXPORT_FORMAT_WEB_ANNOTATION,
                    write_web_annotation)
