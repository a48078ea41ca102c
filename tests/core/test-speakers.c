/* test-speakers.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qc-attribution.h"
#include "qc-mentions.h"
#include "qc-quote-scanner.h"
#include "qc-reported-speech.h"
#include "qc-speakers.h"

/* Quotes built by hand from “…” pairs, so that these tests do not depend
 * on the quote scanner. */
static GArray *
hand_quotes (QcText *text)
{
  GArray *quotes = g_array_new (FALSE, TRUE, sizeof (QcQuote));
  const char *data = qc_text_get_data (text);
  gsize len = qc_text_get_length (text);

  for (gsize i = 0; i + 2 < len; i++)
    {
      QcQuote q = { 0 };

      if (memcmp (data + i, "“", 3) != 0)
        continue;
      for (gsize j = i + 3; j + 2 < len; j++)
        {
          if (memcmp (data + j, "”", 3) == 0)
            {
              q.start = i;
              q.end = j + 3;
              q.open_len = q.close_len = 3;
              q.kind = g_ascii_isupper (data[i + 3]) ? QC_CLAIM_KIND_DIRECT : QC_CLAIM_KIND_PARTIAL;
              q.utterance = quotes->len;
              q.paragraph = qc_text_paragraph_at (text, i);
              g_array_append_val (quotes, q);
              i = j + 2;
              break;
            }
        }
    }
  return quotes;
}

typedef struct
{
  QcText    *text;
  GArray    *quotes;
  GArray    *reports;
  GArray    *mentions;
  GArray    *claims;
  GPtrArray *clusters;
  gint      *mention_speaker;
} Fixture;

/* Runs mentions, attribution and clustering, as qc_detect() does. */
static void
fixture_load (Fixture    *f,
              const char *str)
{
  g_autoptr(GError) error = NULL;
  g_autofree gboolean *used = NULL;

  f->text = qc_text_new (str, -1, "test", &error);
  g_assert_no_error (error);
  f->quotes = hand_quotes (f->text);
  f->reports = g_array_new (FALSE, TRUE, sizeof (QcReport));
  f->mentions = qc_mentions_find (f->text, f->quotes);
  f->claims = qc_attribute (f->text, f->quotes, f->reports, f->mentions);
  used = g_new0 (gboolean, f->mentions->len + 1);
  f->mention_speaker = g_new0 (gint, f->mentions->len + 1);
  for (guint i = 0; i < f->claims->len; i++)
    {
      const QcDraftClaim *c = &g_array_index (f->claims, QcDraftClaim, i);

      if (c->mention >= 0)
        used[c->mention] = TRUE;
    }
  f->clusters = qc_speakers_cluster (f->text, f->mentions, used, f->mention_speaker);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_pointer (&f->clusters, g_ptr_array_unref);
  g_clear_pointer (&f->mention_speaker, g_free);
  g_clear_pointer (&f->claims, g_array_unref);
  g_clear_pointer (&f->mentions, g_array_unref);
  g_clear_pointer (&f->reports, g_array_unref);
  g_clear_pointer (&f->quotes, g_array_unref);
  g_clear_pointer (&f->text, qc_text_unref);
}

/* The speaker of the claim starting with @prefix, or NULL. */
static const QcSpeakerCluster *
speaker_of (Fixture    *f,
            const char *prefix)
{
  const char *data = qc_text_get_data (f->text);

  for (guint i = 0; i < f->claims->len; i++)
    {
      const QcDraftClaim *c = &g_array_index (f->claims, QcDraftClaim, i);
      gint k;

      if (strncmp (data + c->start, prefix, strlen (prefix)) != 0)
        continue;
      if (c->mention < 0)
        return NULL;
      k = f->mention_speaker[c->mention];
      g_assert_cmpint (k, >=, 0);
      g_assert_cmpint (k, <, (gint) f->clusters->len);
      return g_ptr_array_index (f->clusters, k);
    }
  g_assert_not_reached ();
  return NULL;
}

static gboolean
has_alias (const QcSpeakerCluster *cluster,
           const char             *alias)
{
  for (guint i = 0; i < cluster->aliases->len; i++)
    if (g_strcmp0 (g_ptr_array_index (cluster->aliases, i), alias) == 0)
      return TRUE;
  return FALSE;
}

static void
test_empty (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "");
  g_assert_cmpuint (f.clusters->len, ==, 0);
  fixture_clear (&f);

  fixture_load (&f, "Mr Smith went home. Nobody said anything.");
  g_assert_cmpuint (f.clusters->len, ==, 0);
  for (guint i = 0; i < f.mentions->len; i++)
    g_assert_cmpint (f.mention_speaker[i], ==, -1);
  fixture_clear (&f);
}

static void
test_full_short_honorific (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;
  const QcSpeakerCluster *b;

  fixture_load (&f, "The strike was termed by President Jan-Erik Dalgaard a mistake.\n\n"
                    "“It was a failed power grab,” Mr. Dalgaard explained.\n\n"
                    "“The real aim was plain,” Dalgaard said.");
  a = speaker_of (&f, "“It was");
  b = speaker_of (&f, "“The real");
  g_assert_nonnull (a);
  g_assert_true (a == b);
  g_assert_cmpuint (f.clusters->len, ==, 1);
  g_assert_cmpstr (a->name, ==, "Jan-Erik Dalgaard");
  g_assert_cmpint (a->kind, ==, QC_SPEAKER_KIND_PERSON);
  g_assert_cmpstr (a->role, ==, "President");
  g_assert_true (has_alias (a, "Mr. Dalgaard"));
  g_assert_true (has_alias (a, "President Jan-Erik Dalgaard"));
  g_assert_true (has_alias (a, "Dalgaard"));
  g_assert_false (has_alias (a, "Jan-Erik Dalgaard"));
  fixture_clear (&f);
}

static void
test_middle_initial (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;

  fixture_load (&f, "Peter K. Osei went on the radio.\n\n"
                    "“It’s nonsense,” Mr. Osei said.");
  a = speaker_of (&f, "“It’s");
  g_assert_nonnull (a);
  g_assert_cmpstr (a->name, ==, "Peter Osei");
  g_assert_true (has_alias (a, "Peter K. Osei"));
  fixture_clear (&f);
}

static void
test_apposition_role (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;

  fixture_load (&f, "Last week, Elena Marsh, UK Secretary of State questioned the choice.\n\n"
                    "“Keep the peace,” Ms. Marsh said.");
  a = speaker_of (&f, "“Keep");
  g_assert_nonnull (a);
  g_assert_cmpstr (a->name, ==, "Elena Marsh");
  g_assert_cmpstr (a->role, ==, "UK Secretary of State");
  fixture_clear (&f);
}

static void
test_acronym (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;
  const QcSpeakerCluster *b;

  fixture_load (&f, "The Coastal Security Pact Organisation (CSPO) sent ships.\n\n"
                    "“We will not sign it,” said CSPO.\n\n"
                    "“The mission is temporary,” the Coastal Security Pact Organisation said.");
  a = speaker_of (&f, "“We will");
  b = speaker_of (&f, "“The mission");
  g_assert_nonnull (a);
  g_assert_true (a == b);
  g_assert_cmpint (a->kind, ==, QC_SPEAKER_KIND_ORGANISATION);
  g_assert_cmpstr (a->name, ==, "Coastal Security Pact Organisation");
  g_assert_true (has_alias (a, "CSPO"));
  fixture_clear (&f);
}

static void
test_different_first_names (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;
  const QcSpeakerCluster *b;

  fixture_load (&f, "“I was lost for words,” Eric Okafor said.\n\n"
                    "“Maria is a joke,” Donald Okafor said.");
  a = speaker_of (&f, "“I was");
  b = speaker_of (&f, "“Maria");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (a != b);
  g_assert_cmpstr (a->name, ==, "Eric Okafor");
  g_assert_cmpstr (b->name, ==, "Donald Okafor");
  fixture_clear (&f);
}

static void
test_pronoun_antecedent (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;
  const QcSpeakerCluster *b;
  const QcDraftClaim *c;
  const QcMention *m;

  fixture_load (&f, "“Our sales are up,” Spokesman Alan Brennan said.\n\n"
                    "“We are very busy,” he said.");
  a = speaker_of (&f, "“Our");
  b = speaker_of (&f, "“We are");
  g_assert_nonnull (a);
  g_assert_true (a == b);
  g_assert_cmpstr (a->name, ==, "Alan Brennan");
  g_assert_cmpstr (a->role, ==, "Spokesman");
  /* the claim points at the name, its cue keeps the pronoun */
  c = &g_array_index (f.claims, QcDraftClaim, 1);
  m = &g_array_index (f.mentions, QcMention, c->mention);
  g_assert_cmpint (m->type, ==, QC_MENTION_NAME);
  g_assert_cmpuint (c->cue_end - c->cue_start, ==, strlen ("he said"));
  g_assert_false (has_alias (a, "he"));
  fixture_clear (&f);
}

static void
test_unnamed_sources (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;
  const QcSpeakerCluster *b;

  fixture_load (&f, "“Only a few managers know,” a Blue Harbour spokeswoman said.\n\n"
                    "“The meeting is off,” Danish officials said.");
  a = speaker_of (&f, "“Only");
  b = speaker_of (&f, "“The meeting");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  /* named as the article introduces them */
  g_assert_cmpstr (a->name, ==, "a Blue Harbour spokeswoman");
  g_assert_cmpint (a->kind, ==, QC_SPEAKER_KIND_PERSON);
  g_assert_cmpstr (b->name, ==, "Danish officials");
  g_assert_cmpint (b->kind, ==, QC_SPEAKER_KIND_ORGANISATION);
  fixture_clear (&f);
}

static void
test_mention_speaker (void)
{
  Fixture f = { 0 };
  const QcSpeakerCluster *a;
  gint speaking = -1;

  fixture_load (&f, "Mr Smith met Mr Jones.\n\n"
                    "“Nothing was agreed,” Mr Jones said.");
  a = speaker_of (&f, "“Nothing");
  g_assert_nonnull (a);
  g_assert_cmpuint (f.clusters->len, ==, 1);
  for (guint i = 0; i < f.mentions->len; i++)
    {
      const QcMention *m = &g_array_index (f.mentions, QcMention, i);
      g_autofree char *head = g_strndup (qc_text_get_data (f.text) + m->head_start,
                                         m->head_end - m->head_start);

      /* every mention of Jones maps to his speaker; Smith said nothing */
      if (g_strcmp0 (head, "Jones") == 0)
        {
          g_assert_cmpint (f.mention_speaker[i], ==, 0);
          speaking = 0;
        }
      else
        g_assert_cmpint (f.mention_speaker[i], ==, -1);
    }
  g_assert_cmpint (speaking, ==, 0);
  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/speakers/empty", test_empty);
  g_test_add_func ("/qc/speakers/full-short-honorific", test_full_short_honorific);
  g_test_add_func ("/qc/speakers/middle-initial", test_middle_initial);
  g_test_add_func ("/qc/speakers/apposition-role", test_apposition_role);
  g_test_add_func ("/qc/speakers/acronym", test_acronym);
  g_test_add_func ("/qc/speakers/different-first-names", test_different_first_names);
  g_test_add_func ("/qc/speakers/pronoun-antecedent", test_pronoun_antecedent);
  g_test_add_func ("/qc/speakers/unnamed-sources", test_unnamed_sources);
  g_test_add_func ("/qc/speakers/mention-speaker", test_mention_speaker);

  return g_test_run ();
}
