/* qc-export-claimreview.c: schema.org ClaimReview JSON-LD
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One ClaimReview per claim that has been assessed (an evidence state or
 * a rating), with the fields Google's fact-check markup asks for:
 * claimReviewed, reviewRating.alternateName, itemReviewed (a Claim with
 * its author and appearance), author (the reviewing organisation),
 * datePublished and url. The file is a JSON array; each element carries
 * its own "@context", so it can be pasted into a page's
 * <script type="application/ld+json"> as it is.
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <string.h>

#include "qc-autocleanups.h"
#include "qc-export-private.h"

static json_object *
typed (const char *type)
{
  json_object *object = json_object_new_object ();

  json_object_object_add (object, "@type", json_object_new_string (type));
  return object;
}

static void
add_string (json_object *object,
            const char  *key,
            const char  *value)
{
  if (value != NULL && *value != '\0')
    json_object_object_add (object, key, json_object_new_string (value));
}

static json_object *
speaker_json (QcReportClaim *item)
{
  json_object *author;
  const char *name;

  if (item->speaker != NULL)
    {
      QcSpeaker *speaker = item->speaker;

      author = typed (qc_speaker_get_kind (speaker) == QC_SPEAKER_KIND_ORGANISATION ? "Organization" : "Person");
      json_object_object_add (author, "name", json_object_new_string (qc_speaker_get_name (speaker)));
      if (qc_speaker_get_kind (speaker) == QC_SPEAKER_KIND_ORGANISATION)
        add_string (author, "description", qc_speaker_get_role (speaker));
      else
        add_string (author, "jobTitle", qc_speaker_get_role (speaker));
      return author;
    }
  name = qc_claim_get_speaker_name (item->claim);
  if (name == NULL)
    return NULL;
  author = typed ("Person");
  json_object_object_add (author, "name", json_object_new_string (name));
  return author;
}

static json_object *
appearance_json (QcArticle *article)
{
  json_object *appearance = typed ("CreativeWork");
  g_autofree char *date = _qc_export_date_only (qc_article_get_published_at (article));
  const char *url = qc_article_get_url (article);
  const char *outlet = qc_article_get_outlet (article);

  add_string (appearance, "url", url);
  add_string (appearance, "headline", qc_article_get_title (article));
  add_string (appearance, "author", qc_article_get_author (article));
  add_string (appearance, "datePublished", date);
  if (outlet != NULL && *outlet != '\0')
    {
      json_object *publisher = typed ("Organization");

      json_object_object_add (publisher, "name", json_object_new_string (outlet));
      json_object_object_add (appearance, "publisher", publisher);
    }
  return appearance;
}

static char *
review_url (QcReport               *report,
            QcReportArticle        *article,
            QcReportClaim          *item,
            const QcExportOptions  *options)
{
  const char *base = options->review_url;

  if (base == NULL || *base == '\0')
    base = options->organisation_url;
  if (base == NULL || *base == '\0')
    return g_strdup_printf ("urn:uuid:%s", qc_claim_get_uuid (item->claim));
  /* A fragment in the base is replaced by the claim's. */
  return g_strdup_printf ("%.*s#claim-%s", (int) strcspn (base, "#"), base, qc_claim_get_uuid (item->claim));
}

static json_object *
claim_review_json (QcReport               *report,
                   QcReportArticle        *article,
                   QcReportClaim          *item,
                   const QcExportOptions  *options)
{
  QcClaim *claim = item->claim;
  json_object *review = json_object_new_object ();
  json_object *reviewed = typed ("Claim");
  json_object *rating = typed ("Rating");
  json_object *author = typed ("Organization");
  json_object *speaker = speaker_json (item);
  g_autofree char *url = review_url (report, article, item, options);
  g_autofree char *date = _qc_export_date_only (qc_claim_get_updated_at (claim));
  g_autofree char *published = _qc_export_date_only (qc_article_get_published_at (article->article));
  const char *verdict = qc_claim_get_rating (claim);
  const char *note = qc_claim_get_note (claim);

  if (date == NULL)
    date = _qc_export_date_only (report->generated_at);

  json_object_object_add (review, "@context", json_object_new_string ("https://schema.org"));
  json_object_object_add (review, "@type", json_object_new_string ("ClaimReview"));
  json_object_object_add (review, "url", json_object_new_string (url));
  json_object_object_add (review, "identifier", json_object_new_string (qc_claim_get_uuid (claim)));
  json_object_object_add (review, "claimReviewed", json_object_new_string (item->text));
  json_object_object_add (review, "datePublished", json_object_new_string (date ? date : report->generated_at));

  if (speaker != NULL)
    json_object_object_add (reviewed, "author", speaker);
  add_string (reviewed, "datePublished", published);
  json_object_object_add (reviewed, "appearance", appearance_json (article->article));
  json_object_object_add (review, "itemReviewed", reviewed);

  json_object_object_add (author, "name", json_object_new_string (_qc_export_organisation (report, options)));
  if (_qc_export_is_safe_url (options->organisation_url))
    json_object_object_add (author, "url", json_object_new_string (options->organisation_url));
  json_object_object_add (review, "author", author);

  json_object_object_add (rating, "alternateName",
                          json_object_new_string (verdict != NULL && *verdict != '\0'
                                                  ? verdict
                                                  : _qc_export_evidence_label (qc_claim_get_evidence (claim))));
  add_string (rating, "ratingExplanation", note);
  json_object_object_add (review, "reviewRating", rating);
  add_string (review, "reviewBody", note);

  if (item->sources->len > 0)
    {
      json_object *citations = json_object_new_array ();

      for (guint i = 0; i < item->sources->len; i++)
        {
          QcEvidenceSource *source = g_ptr_array_index (item->sources, i);
          json_object *citation = typed ("CreativeWork");

          if (_qc_export_is_safe_url (source->url))
            add_string (citation, "url", source->url);
          add_string (citation, "name", source->title);
          add_string (citation, "description", source->note);
          json_object_array_add (citations, citation);
        }
      json_object_object_add (review, "citation", citations);
    }
  return review;
}

static gboolean
is_assessed (QcClaim *claim)
{
  const char *rating = qc_claim_get_rating (claim);

  return qc_claim_get_evidence (claim) != QC_EVIDENCE_UNASSESSED || (rating != NULL && *rating != '\0');
}

static gboolean
write_claim_review (QcExporter             *exporter,
                    QcReport               *report,
                    const QcExportOptions  *options,
                    GByteArray             *out,
                    GError                **error)
{
  g_autoptr(json_object) root = json_object_new_array ();

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      for (guint k = 0; k < article->claims->len; k++)
        {
          QcReportClaim *item = g_ptr_array_index (article->claims, k);

          if (is_assessed (item->claim))
            json_object_array_add (root, claim_review_json (report, article, item, options));
        }
    }
  _qc_export_append_json (out, root);
  return TRUE;
}

QC_DEFINE_EXPORTER (QcClaimReviewExporter, _qc_claim_review_exporter, QC_EXPORT_FORMAT_CLAIMREVIEW,
                    write_claim_review)
