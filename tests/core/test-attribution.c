/* test-attribution.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qc-attribution.h"
#include "qc-detect.h"
#include "qc-eval.h"
#include "qc-mentions.h"
#include "qc-quote-scanner.h"
#include "qc-reported-speech.h"

/* Quotes built by hand from “…” and ‘…’ pairs, so that these tests do not
 * depend on the quote scanner: direct when the quote opens with a capital,
 * partial otherwise; a paragraph that ends inside a quote continues it in
 * the next paragraph's quote. */
static GArray *
hand_quotes (QcText *text)
{
  GArray *quotes = g_array_new (FALSE, TRUE, sizeof (QcQuote));
  const char *data = qc_text_get_data (text);
  gsize len = qc_text_get_length (text);
  gboolean continued = FALSE;

  for (gsize i = 0; i + 2 < len; i++)
    {
      const char *close;
      QcQuote q = { 0 };
      guint para;
      guint n_paragraphs;
      gsize para_end;

      if (memcmp (data + i, "“", 3) == 0)
        close = "”";
      else if (memcmp (data + i, "‘", 3) == 0 && (i == 0 || data[i - 1] == ' '))
        close = "’";
      else
        continue;
      para = qc_text_paragraph_at (text, i);
      para_end = qc_text_get_paragraphs (text, &n_paragraphs)[para].end;
      q.start = i;
      q.open_len = 3;
      q.kind = g_ascii_isupper (data[i + 3]) || continued ? QC_CLAIM_KIND_DIRECT : QC_CLAIM_KIND_PARTIAL;
      q.paragraph = para;
      q.utterance = continued ? g_array_index (quotes, QcQuote, quotes->len - 1).utterance
                              : quotes->len;
      q.end = para_end;
      q.continues = TRUE;
      for (gsize j = i + 3; j + 2 < para_end + 1 && j + 2 < len; j++)
        {
          if (memcmp (data + j, close, 3) == 0 &&
              (close[2] != (char) 0x99 || j + 3 >= len || !g_ascii_isalpha (data[j + 3])))
            {
              q.end = j + 3;
              q.close_len = 3;
              q.continues = FALSE;
              break;
            }
        }
      continued = q.continues;
      g_array_append_val (quotes, q);
      i = q.end - 1;
    }
  return quotes;
}

typedef struct
{
  QcText *text;
  GArray *quotes;
  GArray *reports;
  GArray *mentions;
  GArray *claims;
} Fixture;

/* Reports are given as (content, subject) pairs of strings found in the
 * text; the cue is the subject plus the word after it. */
static void
fixture_load_reports (Fixture            *f,
                      const char         *str,
                      const char * const *reports)
{
  g_autoptr(GError) error = NULL;
  const char *data;

  f->text = qc_text_new (str, -1, "test", &error);
  g_assert_no_error (error);
  data = qc_text_get_data (f->text);
  f->quotes = hand_quotes (f->text);
  f->reports = g_array_new (FALSE, TRUE, sizeof (QcReport));
  for (guint i = 0; reports && reports[i]; i += 2)
    {
      const char *content = strstr (data, reports[i]);
      const char *subject = strstr (data, reports[i + 1]);
      QcReport r = { 0 };
      const char *cue_end;

      g_assert_nonnull (content);
      g_assert_nonnull (subject);
      r.start = content - data;
      r.end = r.start + strlen (reports[i]);
      r.subject_start = subject - data;
      r.subject_end = r.subject_start + strlen (reports[i + 1]);
      cue_end = data + r.subject_end + 1;
      while (g_ascii_isalpha (*cue_end))
        cue_end++;
      r.cue_start = r.subject_start;
      r.cue_end = cue_end - data;
      r.confidence = 0.8f;
      g_array_append_val (f->reports, r);
    }
  f->mentions = qc_mentions_find (f->text, f->quotes);
  f->claims = qc_attribute (f->text, f->quotes, f->reports, f->mentions);
}

static void
fixture_load (Fixture    *f,
              const char *str)
{
  fixture_load_reports (f, str, NULL);
}

/* The reports come from the reported-speech stage itself, so that the
 * subject it finds is the one the sieve turns into a speaker. */
static void
fixture_load_found (Fixture    *f,
                    const char *str)
{
  g_autoptr(GError) error = NULL;

  f->text = qc_text_new (str, -1, "test", &error);
  g_assert_no_error (error);
  f->quotes = hand_quotes (f->text);
  f->reports = qc_reported_speech_find (f->text, f->quotes);
  f->mentions = qc_mentions_find (f->text, f->quotes);
  f->claims = qc_attribute (f->text, f->quotes, f->reports, f->mentions);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_pointer (&f->claims, g_array_unref);
  g_clear_pointer (&f->mentions, g_array_unref);
  g_clear_pointer (&f->reports, g_array_unref);
  g_clear_pointer (&f->quotes, g_array_unref);
  g_clear_pointer (&f->text, qc_text_unref);
}

/* The claim whose text starts with @prefix. */
static const QcDraftClaim *
claim (Fixture    *f,
       const char *prefix)
{
  const char *data = qc_text_get_data (f->text);

  for (guint i = 0; i < f->claims->len; i++)
    {
      const QcDraftClaim *c = &g_array_index (f->claims, QcDraftClaim, i);

      if (strncmp (data + c->start, prefix, strlen (prefix)) == 0)
        return c;
    }
  g_assert_not_reached ();
  return NULL;
}

/* The speaker's head as written ("Osei" for "Mr. Osei"), or NULL. */
static char *
speaker (Fixture            *f,
         const QcDraftClaim *c)
{
  const QcMention *m;

  if (c->mention < 0)
    return NULL;
  g_assert_cmpuint ((guint) c->mention, <, f->mentions->len);
  m = &g_array_index (f->mentions, QcMention, c->mention);
  return g_strndup (qc_text_get_data (f->text) + m->head_start, m->head_end - m->head_start);
}

static char *
cue (Fixture            *f,
     const QcDraftClaim *c)
{
  return g_strndup (qc_text_get_data (f->text) + c->cue_start, c->cue_end - c->cue_start);
}

static void
assert_claim (Fixture    *f,
              const char *prefix,
              const char *expected_speaker,
              guint       expected_rule)
{
  const QcDraftClaim *c = claim (f, prefix);
  g_autofree char *who = speaker (f, c);

  g_assert_cmpstr (who, ==, expected_speaker);
  g_assert_cmpuint (c->rule, ==, expected_rule);
  if (expected_speaker == NULL)
    g_assert_cmpfloat (c->confidence, ==, 0.f);
  else
    {
      g_assert_cmpfloat (c->confidence, >, 0.f);
      g_assert_cmpfloat (c->confidence, <=, 1.f);
    }
}

static void
test_empty (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "");
  g_assert_cmpuint (f.claims->len, ==, 0);
  fixture_clear (&f);

  fixture_load (&f, "No quotes at all, said nobody.");
  g_assert_cmpuint (f.claims->len, ==, 0);
  fixture_clear (&f);
}

static void
test_adjacent_after (void)
{
  Fixture f = { 0 };
  g_autofree char *c = NULL;

  fixture_load (&f, "“We will not sign it,” Mr Dalgaard told other delegates.\n\n"
                    "“It was a failed power grab” Mr. Osei explained.\n\n"
                    "“It’s far too soon to judge,” said Okafor, who hosts a show.\n\n"
                    "“I am not sure,” said the prime minister.");
  assert_claim (&f, "“We will", "Dalgaard", QC_SIEVE_ADJACENT);
  c = cue (&f, claim (&f, "“We will"));
  g_assert_cmpstr (c, ==, "Mr Dalgaard told");
  assert_claim (&f, "“It was", "Osei", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“It’s far", "Okafor", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“I am not", "prime minister", QC_SIEVE_ADJACENT);
  fixture_clear (&f);
}

static void
test_adjacent_before (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "Senior manager Jon Harlow said: “It has been remarkable.”\n\n"
                    "Mr Okafor told the BBC: “I am a target.”\n\n"
                    "He told Coast Radio 5: “The sooner, the better.”");
  assert_claim (&f, "“It has", "Jon Harlow", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“I am a", "Okafor", QC_SIEVE_ADJACENT);
  /* the object of "told" is not the speaker */
  {
    const QcDraftClaim *c = claim (&f, "“The sooner");
    g_autofree char *who = speaker (&f, c);

    g_assert_cmpstr (who, !=, "Coast Radio");
  }
  fixture_clear (&f);
}

static void
test_adjacent_apposition (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "“Is he going to resign?” the presumptive nominee, Donald Osei, tweeted.\n\n"
                    "“He is a danger,” said Amal Haddad, a member of parliament.\n\n"
                    "“I made mistakes,” Mr. Whitcombe, 58, said from the stand.");
  assert_claim (&f, "“Is he", "Donald Osei", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“He is a", "Amal Haddad", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“I made", "Whitcombe", QC_SIEVE_ADJACENT);
  fixture_clear (&f);
}

static void
test_split_quote (void)
{
  Fixture f = { 0 };
  const QcDraftClaim *a;
  const QcDraftClaim *b;
  const QcDraftClaim *c;

  fixture_load (&f, "“Well funded and organised crews were hired,” Mr Dalgaard told delegates, "
                    "“including those trained abroad.”\n\n"
                    "“Our songs were light-hearted,” Lindqvist said. “We knew what would annoy people.”");
  a = claim (&f, "“Well");
  b = claim (&f, "“including");
  assert_claim (&f, "“Well", "Dalgaard", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“including", "Dalgaard", QC_SIEVE_ADJACENT);
  g_assert_cmpuint (a->utterance, ==, b->utterance);

  /* a new sentence after the cue: same speaker, its own utterance */
  c = claim (&f, "“We knew");
  assert_claim (&f, "“We knew", "Lindqvist", QC_SIEVE_CONTINUATION);
  g_assert_cmpuint (c->utterance, !=, claim (&f, "“Our")->utterance);
  g_assert_cmpuint (c->utterance, !=, a->utterance);
  fixture_clear (&f);
}

static void
test_sentence_verb (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "The prime minister said he was ‘ready to go’ as the town waits.\n\n"
                    "Peter Osei called Maria Lopez a “habitual fibber” on Sunday.\n\n"
                    "Green MEP Anna Ashby welcomed the “resolve in keeping his promise” today.\n\n"
                    "The policy was described by Dr. Greaves as “overdue but welcome.”");
  assert_claim (&f, "‘ready to", "prime minister", QC_SIEVE_SENTENCE);
  assert_claim (&f, "“habitual", "Peter Osei", QC_SIEVE_SENTENCE);
  assert_claim (&f, "“resolve", "Anna Ashby", QC_SIEVE_SENTENCE);
  assert_claim (&f, "“overdue", "Greaves", QC_SIEVE_SENTENCE);
  fixture_clear (&f);
}

static void
test_participle (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "Rudy Haddad trashed the director on radio, calling it a “slam dunk” to "
                    "prosecute.");
  assert_claim (&f, "“slam", "Rudy Haddad", QC_SIEVE_SENTENCE);
  fixture_clear (&f);
}

static void
test_headline_subject (void)
{
  Fixture f = { 0 };
  const QcDraftClaim *c;

  fixture_load (&f, "Okafor slates ‘watered-down plan’\n\n"
                    "Mr Smith went home.");
  c = claim (&f, "‘watered");
  assert_claim (&f, "‘watered", "Okafor", QC_SIEVE_SUBJECT);
  g_assert_cmpfloat (c->confidence, <, 0.6f);
  fixture_clear (&f);
}

static void
test_pronoun_gender (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "Mr Smith met Mrs Jones on Monday.\n\n"
                    "“We have a plan,” she said.\n\n"
                    "Andrew Hill and Emma Stone met.\n\n"
                    "“Nothing was agreed,” he said.");
  assert_claim (&f, "“We have", "Jones", QC_SIEVE_PRONOUN);
  assert_claim (&f, "“Nothing", "Andrew Hill", QC_SIEVE_PRONOUN);
  fixture_clear (&f);
}

static void
test_pronoun_earlier_gender (void)
{
  Fixture f = { 0 };

  /* "he said" made Harlow a man; "she" cannot be him */
  fixture_load (&f, "Ben Harlow spoke first. “I am honest,” he said.\n\n"
                    "Later Harlow and Dana Whitlock spoke.\n\n"
                    "“It will close,” she said.");
  assert_claim (&f, "“I am", "Ben Harlow", QC_SIEVE_PRONOUN);
  assert_claim (&f, "“It will", "Dana Whitlock", QC_SIEVE_PRONOUN);
  fixture_clear (&f);
}

static void
test_pronoun_ambiguous (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "Mr Smith met Mr Jones on Monday.\n\n"
                    "“We agreed on nothing,” he said.");
  assert_claim (&f, "“We agreed", NULL, QC_SIEVE_NONE);
  fixture_clear (&f);
}

static void
test_pronoun_last_speaker (void)
{
  Fixture f = { 0 };

  /* the last speaker keeps the pronoun when someone else is only an object */
  fixture_load (&f, "“The deal is done,” Tom Brennan said. Brennan spoke about Okafor and his plans.\n\n"
                    "“He has every reason to make a deal,” he said.");
  assert_claim (&f, "“He has", "Brennan", QC_SIEVE_PRONOUN);
  fixture_clear (&f);

  /* a new subject takes over */
  fixture_load (&f, "“The deal is done,” Tom Brennan said.\n\n"
                    "On the day of the meeting, Donald Osei eased his tone. “I would say yes,” he said.");
  assert_claim (&f, "“I would", "Donald Osei", QC_SIEVE_PRONOUN);
  fixture_clear (&f);
}

static void
test_pronoun_organisation (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "The Transport Ministry published the figures.\n\n"
                    "“About 8,000 people were moved,” it said.\n\n"
                    "Danish officials met the candidate.\n\n"
                    "“The meeting is off,” they said.");
  assert_claim (&f, "“About", "Transport Ministry", QC_SIEVE_PRONOUN);
  assert_claim (&f, "“The meeting", "Danish officials", QC_SIEVE_PRONOUN);
  fixture_clear (&f);
}

static void
test_definite_description (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "“You get tired of it,” Ronnie Lindqvist said.\n\n"
                    "“It is just joking with each other,” said the 68-year-old singer.");
  assert_claim (&f, "“It is just", "Ronnie Lindqvist", QC_SIEVE_PRONOUN);
  fixture_clear (&f);
}

static void
test_continuation (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "“This city has had eight years of excuses,” Nair said.\n\n"
                    "“I’m running to build what we need.”\n\n"
                    "Wojcik disagreed with her.\n\n"
                    "“That is simply false.”");
  assert_claim (&f, "“I’m running", "Nair", QC_SIEVE_CONTINUATION);
  /* someone else took the stage: no guess */
  assert_claim (&f, "“That is", NULL, QC_SIEVE_NONE);
  fixture_clear (&f);
}

static void
test_continued_quote (void)
{
  Fixture f = { 0 };
  const QcDraftClaim *a;
  const QcDraftClaim *b;

  /* the cue comes in the second paragraph of the utterance */
  fixture_load (&f, "Mr Dalgaard spoke first.\n\n"
                    "“The unrest is not the first attempt by outsiders.\n\n"
                    "“We will not allow any coups,” said CSPO.");
  a = claim (&f, "“The unrest");
  b = claim (&f, "“We will");
  assert_claim (&f, "“We will", "CSPO", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“The unrest", "CSPO", QC_SIEVE_CONTINUATION);
  g_assert_cmpuint (a->utterance, ==, b->utterance);
  fixture_clear (&f);
}

static void
test_according_to (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "“About 8,000 people have been moved”, according to the Transport Ministry.");
  assert_claim (&f, "“About", "Transport Ministry", QC_SIEVE_ACCORDING);
  fixture_clear (&f);
}

static void
test_reports (void)
{
  const char * const reports[] = {
    "his own record will be “a factor”", "Tony Harlow",
    "the strike was organised by a “small clique,”", "He",
    NULL
  };
  Fixture f = { 0 };

  fixture_load_reports (&f, "Tony Harlow says his own record will be “a factor” now.\n\n"
                            "The weather stayed bad.\n\n"
                            "He told the union the strike was organised by a “small clique,” but "
                            "he named nobody.", reports);
  assert_claim (&f, "his own", "Tony Harlow", QC_SIEVE_SENTENCE);
  /* a partial inside a report takes the report's speaker */
  assert_claim (&f, "“a factor", "Tony Harlow", QC_SIEVE_SENTENCE);
  /* the pronoun subject resolves to the last speaker */
  assert_claim (&f, "the strike", "Tony Harlow", QC_SIEVE_PRONOUN);
  assert_claim (&f, "“small", "Tony Harlow", QC_SIEVE_PRONOUN);
  g_assert_cmpint (claim (&f, "the strike")->kind, ==, QC_CLAIM_KIND_INDIRECT);
  fixture_clear (&f);
}

/* "the board, which said …": the antecedent of the relative pronoun
 * speaks, and the clause around the report is left out */
static void
test_relative_clause_subject (void)
{
  Fixture f = { 0 };

  fixture_load_found (&f, "The water board, which said in June that the reservoir was full, has "
                          "now banned hosepipes.\n\n"
                          "Mr Penrose, who manages the depot, said the lorries were overloaded.\n\n"
                          "Dr Amara Lutz, a surgeon who has worked at the clinic for a decade, "
                          "said the ward was understaffed.");
  assert_claim (&f, "the reservoir", "water board", QC_SIEVE_SENTENCE);
  g_assert_cmpuint (claim (&f, "the reservoir")->end - claim (&f, "the reservoir")->start, ==,
                    strlen ("the reservoir was full"));
  assert_claim (&f, "the lorries", "Penrose", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the ward", "Amara Lutz", QC_SIEVE_SENTENCE);
  fixture_clear (&f);
}

/* "X, who asked not to be named, warned that …" and the anonymous
 * official: the clause between subject and verb is skipped */
static void
test_anonymous_source (void)
{
  Fixture f = { 0 };

  fixture_load_found (&f, "A senior diplomat, who spoke on condition of anonymity, said the envoy "
                          "had been recalled.\n\n"
                          "One guard, who asked not to be named, warned that the gates were left "
                          "open.\n\n"
                          "“Nobody checks anything,” said one driver, who asked not to be named.");
  assert_claim (&f, "the envoy", "senior diplomat", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the gates", "guard", QC_SIEVE_SENTENCE);
  assert_claim (&f, "“Nobody", "driver", QC_SIEVE_ADJACENT);
  fixture_clear (&f);
}

/* "state radio quoted X as saying": X speaks, not the medium */
static void
test_quoted_as_saying (void)
{
  Fixture f = { 0 };

  fixture_load_found (&f, "State radio quoted Mr Haldane as saying that the curfew would end.\n\n"
                          "Ms Achebe was quoted by the Courier as saying that the audit was "
                          "overdue.\n\n"
                          "Captain Jonas Brandt was quoted as saying that the engine had failed.");
  assert_claim (&f, "the curfew", "Haldane", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the audit", "Achebe", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the engine", "Jonas Brandt", QC_SIEVE_SENTENCE);
  fixture_clear (&f);

  /* words between "quoted" and "as" that do not parse: nobody, and never
   * the medium that quoted */
  fixture_load_found (&f, "The Herald also quoted an aide to the mayor, who had left the meeting "
                          "early, as saying the plan was dead.");
  assert_claim (&f, "the plan", NULL, QC_SIEVE_NONE);
  fixture_clear (&f);
}

/* "Asked by one inspector whether …, he said": the pronoun after a
 * reporter's question never means whoever asked it */
static void
test_question_clause (void)
{
  Fixture f = { 0 };

  fixture_load_found (&f, "Daniel Castell, the mill’s owner, met the inspectors on Friday.\n\n"
                          "Asked by Mr Ilves, the chief inspector, whether the mill would close, he "
                          "said: “Not while I am here.”\n\n"
                          "Pressed by Mr Ilves on the cost, he said the repairs would be paid for.");
  assert_claim (&f, "“Not while", "Daniel Castell", QC_SIEVE_PRONOUN);
  assert_claim (&f, "the repairs", "Daniel Castell", QC_SIEVE_PRONOUN);
  fixture_clear (&f);

  /* the answer comes from the source being quoted, not from a man whose
   * gender is known */
  fixture_load_found (&f, "Mr Ilves visited the yard.\n\n"
                          "A senior engineer at the yard, who spoke on condition of anonymity, "
                          "said the hull was cracked.\n\n"
                          "Asked by a reporter whether the ship could sail, he said it could not.");
  assert_claim (&f, "the hull", "senior engineer", QC_SIEVE_SENTENCE);
  assert_claim (&f, "it could not", "senior engineer", QC_SIEVE_PRONOUN);
  fixture_clear (&f);

  /* nobody else to mean: no guess */
  fixture_load_found (&f, "Asked by Mr Ilves whether the mill would close, he said it would not.");
  assert_claim (&f, "it would not", NULL, QC_SIEVE_NONE);
  fixture_clear (&f);

  /* a name after the question clause is the speaker */
  fixture_load_found (&f, "Asked about the fire, Ms Okonjo said the alarms had worked.");
  assert_claim (&f, "the alarms", "Okonjo", QC_SIEVE_SENTENCE);
  fixture_clear (&f);
}

/* Groups and organisations as subjects: "the union said", "residents told
 * the council that", "the district said" */
static void
test_group_subjects (void)
{
  Fixture f = { 0 };

  fixture_load_found (&f, "The union said the pay offer was an insult.\n\n"
                          "Residents told the council that the noise was unbearable.\n\n"
                          "The district said the buses would run on Sunday.\n\n"
                          "The growers’ association said prices had halved.\n\n"
                          "Local fishermen, who have worked the bay for decades, said the new quay "
                          "had ruined their catch.\n\n"
                          "The hospital said in a statement that the ward would reopen.");
  assert_claim (&f, "the pay offer", "union", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the noise", "Residents", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the buses", "district", QC_SIEVE_SENTENCE);
  assert_claim (&f, "prices", "growers’ association", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the new quay", "Local fishermen", QC_SIEVE_SENTENCE);
  assert_claim (&f, "the ward", "hospital", QC_SIEVE_SENTENCE);
  g_assert_cmpint (g_array_index (f.mentions, QcMention,
                                  claim (&f, "the buses")->mention).type, ==,
                   QC_MENTION_ORGANISATION);
  fixture_clear (&f);
}

static void
test_title_and_scare (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "“It’s nonsense,” Mr. Okafor said on KTV’s “Ask the Mayor.”\n\n"
                    "Crews are taking “clean-up” steps.\n\n"
                    "Mr Dalgaard said they will not allow the so-called “fair deal” again.\n\n"
                    "“Thank You Mr President,” Mr Adams said.");
  assert_claim (&f, "“It’s", "Okafor", QC_SIEVE_ADJACENT);
  assert_claim (&f, "“Ask", NULL, QC_SIEVE_NONE);
  assert_claim (&f, "“clean-up", NULL, QC_SIEVE_NONE);
  assert_claim (&f, "“fair", NULL, QC_SIEVE_NONE);
  /* title-cased, but its cue says who spoke */
  assert_claim (&f, "“Thank", "Adams", QC_SIEVE_ADJACENT);
  fixture_clear (&f);
}

static void
test_new_sentence_after_stop (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "“We’ve got to be patient,” David Osei said. “They shouldn’t be idle.” "
                    "Lindqvist said he and Moreau were wary of their audience.");
  /* “….” Lindqvist said he … starts a new sentence, not a cue */
  assert_claim (&f, "“They", "David Osei", QC_SIEVE_CONTINUATION);
  fixture_clear (&f);
}

static void
test_claims_sorted (void)
{
  const char * const reports[] = {
    "it was “the busiest summer on record”", "A spokesman",
    NULL
  };
  Fixture f = { 0 };

  fixture_load_reports (&f, "A spokesman said it was “the busiest summer on record” there.", reports);
  g_assert_cmpuint (f.claims->len, ==, 2);
  for (guint i = 1; i < f.claims->len; i++)
    g_assert_cmpuint (g_array_index (f.claims, QcDraftClaim, i - 1).start, <=,
                      g_array_index (f.claims, QcDraftClaim, i).start);
  /* the report comes before the partial nested in it */
  g_assert_cmpint (g_array_index (f.claims, QcDraftClaim, 0).kind, ==, QC_CLAIM_KIND_INDIRECT);
  fixture_clear (&f);
}

static void
test_linear (void)
{
  GString *str = g_string_new (NULL);
  Fixture f = { 0 };
  gint64 start;

  for (guint i = 0; i < 5000; i++)
    g_string_append (str, "Mr Adams met Mr Brennan. “Nothing,” he said. “Again.”\n\n");
  for (guint i = 0; i < 5000; i++)
    g_string_append (str, "“A” “B” “C” said, told, according to\n\n");
  /* a quote that never closes, continued paragraph after paragraph */
  for (guint i = 0; i < 10000; i++)
    g_string_append (str, "“x\n\n");
  for (guint i = 0; i < 5000; i++)
    g_string_append (str, "“A,” he said, “B\n\n");
  start = g_get_monotonic_time ();
  fixture_load (&f, str->str);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (f.claims->len, ==, f.quotes->len);
  fixture_clear (&f);
  g_string_free (str, TRUE);
}

/* The engine against the shared corpus, read by path. */
static void
test_corpus (void)
{
  const char *shared = g_getenv ("QC_SHARED_DIR");
  g_autofree char *articles = NULL;
  g_autofree char *gold = NULL;
  g_autoptr(GDir) dir = NULL;
  QcEvalScores scores = { 0 };
  const char *name;
  guint correct = 0;
  guint total = 0;
  double accuracy;

  if (shared == NULL)
    {
      g_test_skip ("QC_SHARED_DIR is not set");
      return;
    }
  articles = g_build_filename (shared, "corpus", "articles", NULL);
  gold = g_build_filename (shared, "corpus", "gold", NULL);
  dir = g_dir_open (articles, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("no shared corpus");
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *article = NULL;
      g_autofree char *gold_file = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      stem = g_strndup (name, strlen (name) - 4);
      article = g_build_filename (articles, name, NULL);
      gold_file = g_strdup_printf ("%s/%s.json", gold, stem);
      if (!g_file_test (gold_file, G_FILE_TEST_EXISTS))
        continue;
      g_assert_true (qc_eval_scores_add_files (&scores, article, gold_file, &error));
      g_assert_no_error (error);
    }
  accuracy = qc_eval_scores_speaker_accuracy (&scores, QC_EVAL_MATCH_OVERLAP, &correct, &total);
  g_test_message ("speaker accuracy %.3f (%u/%u)", accuracy, correct, total);
  if (total == 0)
    {
      g_test_skip ("no matched quotes to score");
      return;
    }
  /* the target is 0.90; the margin leaves room for the other stages */
  g_assert_cmpfloat (accuracy, >=, 0.85);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/attribution/empty", test_empty);
  g_test_add_func ("/qc/attribution/adjacent-after", test_adjacent_after);
  g_test_add_func ("/qc/attribution/adjacent-before", test_adjacent_before);
  g_test_add_func ("/qc/attribution/adjacent-apposition", test_adjacent_apposition);
  g_test_add_func ("/qc/attribution/split-quote", test_split_quote);
  g_test_add_func ("/qc/attribution/sentence-verb", test_sentence_verb);
  g_test_add_func ("/qc/attribution/participle", test_participle);
  g_test_add_func ("/qc/attribution/headline-subject", test_headline_subject);
  g_test_add_func ("/qc/attribution/pronoun-gender", test_pronoun_gender);
  g_test_add_func ("/qc/attribution/pronoun-earlier-gender", test_pronoun_earlier_gender);
  g_test_add_func ("/qc/attribution/pronoun-ambiguous", test_pronoun_ambiguous);
  g_test_add_func ("/qc/attribution/pronoun-last-speaker", test_pronoun_last_speaker);
  g_test_add_func ("/qc/attribution/pronoun-organisation", test_pronoun_organisation);
  g_test_add_func ("/qc/attribution/definite-description", test_definite_description);
  g_test_add_func ("/qc/attribution/continuation", test_continuation);
  g_test_add_func ("/qc/attribution/continued-quote", test_continued_quote);
  g_test_add_func ("/qc/attribution/according-to", test_according_to);
  g_test_add_func ("/qc/attribution/reports", test_reports);
  g_test_add_func ("/qc/attribution/relative-clause-subject", test_relative_clause_subject);
  g_test_add_func ("/qc/attribution/anonymous-source", test_anonymous_source);
  g_test_add_func ("/qc/attribution/quoted-as-saying", test_quoted_as_saying);
  g_test_add_func ("/qc/attribution/question-clause", test_question_clause);
  g_test_add_func ("/qc/attribution/group-subjects", test_group_subjects);
  g_test_add_func ("/qc/attribution/title-and-scare", test_title_and_scare);
  g_test_add_func ("/qc/attribution/new-sentence-after-stop", test_new_sentence_after_stop);
  g_test_add_func ("/qc/attribution/claims-sorted", test_claims_sorted);
  g_test_add_func ("/qc/attribution/linear", test_linear);
  g_test_add_func ("/qc/attribution/corpus", test_corpus);

  return g_test_run ();
}
