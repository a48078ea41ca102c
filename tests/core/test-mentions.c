/* test-mentions.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qc-mentions-private.h"
#include "qc-quote-scanner.h"

/* Quotes built by hand from “…” and ‘…’ pairs, so that these tests do not
 * depend on the quote scanner. */
static GArray *
hand_quotes (QcText *text)
{
  GArray *quotes = g_array_new (FALSE, TRUE, sizeof (QcQuote));
  const char *data = qc_text_get_data (text);
  gsize len = qc_text_get_length (text);

  for (gsize i = 0; i + 2 < len; i++)
    {
      const char *close;
      QcQuote q = { 0 };

      if (memcmp (data + i, "“", 3) == 0)
        close = "”";
      else if (memcmp (data + i, "‘", 3) == 0 && (i == 0 || data[i - 1] == ' '))
        close = "’";
      else
        continue;
      for (gsize j = i + 3; j + 2 < len; j++)
        {
          if (memcmp (data + j, close, 3) == 0 &&
              (close[2] != (char) 0x99 || j + 3 >= len || !g_ascii_isalpha (data[j + 3])))
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
  QcText *text;
  GArray *quotes;
  GArray *mentions;
} Fixture;

static void
fixture_load (Fixture    *f,
              const char *str)
{
  g_autoptr(GError) error = NULL;

  f->text = qc_text_new (str, -1, "test", &error);
  g_assert_no_error (error);
  f->quotes = hand_quotes (f->text);
  f->mentions = qc_mentions_find (f->text, f->quotes);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_pointer (&f->mentions, g_array_unref);
  g_clear_pointer (&f->quotes, g_array_unref);
  g_clear_pointer (&f->text, qc_text_unref);
}

static char *
range_dup (Fixture *f,
           gsize    start,
           gsize    end)
{
  return g_strndup (qc_text_get_data (f->text) + start, end - start);
}

/* The mention whose whole text is @str, or NULL. */
static const QcMention *
find_mention (Fixture    *f,
              const char *str)
{
  for (guint i = 0; i < f->mentions->len; i++)
    {
      const QcMention *m = &g_array_index (f->mentions, QcMention, i);
      g_autofree char *text = range_dup (f, m->start, m->end);

      if (g_strcmp0 (text, str) == 0)
        return m;
    }
  return NULL;
}

static gint
index_of (Fixture         *f,
          const QcMention *m)
{
  return (gint) (m - &g_array_index (f->mentions, QcMention, 0));
}

static void
assert_head (Fixture         *f,
             const QcMention *m,
             const char      *head)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (m);
  text = range_dup (f, m->head_start, m->head_end);
  g_assert_cmpstr (text, ==, head);
}

static void
assert_role (Fixture         *f,
             const QcMention *m,
             const char      *role)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (m);
  text = range_dup (f, m->role_start, m->role_end);
  g_assert_cmpstr (text, ==, role);
}

static void
test_empty (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "");
  g_assert_cmpuint (f.mentions->len, ==, 0);
  fixture_clear (&f);

  fixture_load (&f, "   \n\n  ");
  g_assert_cmpuint (f.mentions->len, ==, 0);
  fixture_clear (&f);
}

static void
test_lexicon (void)
{
  const QcLexEntry *e;

  g_assert_true (qc_lexicon_is_sorted ());
  e = qc_lexicon_lookup ("Said", 4);
  g_assert_nonnull (e);
  g_assert_true (e->flags & QC_LEX_SPEECH);
  e = qc_lexicon_lookup ("spokeswoman", 11);
  g_assert_nonnull (e);
  g_assert_true (e->flags & QC_LEX_ROLE);
  g_assert_cmpint (e->gender, ==, QC_GENDER_FEMALE);
  g_assert_null (qc_lexicon_lookup ("zyzzyva", 7));
  g_assert_null (qc_lexicon_lookup ("", 0));
}

static void
test_honorific (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "Mr. Dalgaard explained the plan. Mrs Harlow disagreed.");
  m = find_mention (&f, "Mr. Dalgaard");
  assert_head (&f, m, "Dalgaard");
  g_assert_cmpint (m->type, ==, QC_MENTION_NAME);
  g_assert_cmpint (m->gender, ==, QC_GENDER_MALE);
  g_assert_true (m->flags & QC_MENTION_FLAG_PERSON);
  g_assert_cmpuint (m->role_start, ==, m->role_end);

  m = find_mention (&f, "Mrs Harlow");
  assert_head (&f, m, "Harlow");
  g_assert_cmpint (m->gender, ==, QC_GENDER_FEMALE);
  fixture_clear (&f);
}

static void
test_title (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "The strike was termed by President Jan-Erik Dalgaard as a mistake. "
                    "Norwegian Prime Minister Peter Solvang will meet him.");
  m = find_mention (&f, "President Jan-Erik Dalgaard");
  assert_head (&f, m, "Jan-Erik Dalgaard");
  assert_role (&f, m, "President");

  m = find_mention (&f, "Norwegian Prime Minister Peter Solvang");
  assert_head (&f, m, "Peter Solvang");
  assert_role (&f, m, "Norwegian Prime Minister");
  g_assert_cmpint (m->gender, ==, QC_GENDER_MALE);
  fixture_clear (&f);
}

static void
test_initials_particles (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "Maria K. Osei met J. R. Smith and Ludwig van Beethoven yesterday. "
                    "Osama bin Laden was not there.");
  assert_head (&f, find_mention (&f, "Maria K. Osei"), "Maria K. Osei");
  assert_head (&f, find_mention (&f, "J. R. Smith"), "J. R. Smith");
  assert_head (&f, find_mention (&f, "Ludwig van Beethoven"), "Ludwig van Beethoven");
  assert_head (&f, find_mention (&f, "Osama bin Laden"), "Osama bin Laden");
  fixture_clear (&f);
}

static void
test_apposition (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "Last week, Elena Marsh, UK Secretary of State questioned the choice. "
                    "Maria Lopez, the finance minister, said little. "
                    "Jonathan Hartley, the leader of the Anti-Poverty League, warned them.");
  m = find_mention (&f, "Elena Marsh");
  assert_role (&f, m, "UK Secretary of State");
  g_assert_true (m->flags & QC_MENTION_FLAG_APPOSITION);

  m = find_mention (&f, "Maria Lopez");
  assert_role (&f, m, "finance minister");
  g_assert_cmpint (m->gender, ==, QC_GENDER_FEMALE);

  m = find_mention (&f, "Jonathan Hartley");
  assert_role (&f, m, "leader of the Anti-Poverty League");

  /* the apposition is no mention of its own */
  g_assert_null (find_mention (&f, "the finance minister"));
  fixture_clear (&f);
}

static void
test_apposition_before (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "Her remarks came as the co-chairman of the Liberal Party, Liam Doyle, "
                    "called him a failure.");
  m = find_mention (&f, "the co-chairman of the Liberal Party, Liam Doyle");
  assert_head (&f, m, "Liam Doyle");
  assert_role (&f, m, "co-chairman of the Liberal Party");
  fixture_clear (&f);
}

static void
test_organisations (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "According to the Transport Ministry, 8,000 were held. "
                    "Officials in Lisbon assured the press. "
                    "The government announced a plan, and NATO agreed.");
  m = find_mention (&f, "the Transport Ministry");
  assert_head (&f, m, "Transport Ministry");
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);

  m = find_mention (&f, "Officials in Lisbon");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);
  g_assert_cmpint (m->gender, ==, QC_GENDER_PLURAL);

  m = find_mention (&f, "The government");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);

  m = find_mention (&f, "NATO");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);
  g_assert_true (m->flags & QC_MENTION_FLAG_ACRONYM);
  fixture_clear (&f);
}

/* Groups and organisations that speak in news copy: a plural possessive
 * or a role's possessive before an organisation noun, "the district", and
 * a group opening the sentence with an adjective */
static void
test_group_speakers (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "The dockers’ union met the owners. "
                    "The mayor's office said little. "
                    "The district said the buses would run. "
                    "Angry fishermen blocked the quay, and the hospital closed a ward. "
                    "One guard, who asked not to be named, agreed.");
  m = find_mention (&f, "The dockers’ union");
  assert_head (&f, m, "dockers’ union");
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);
  g_assert_false (m->flags & QC_MENTION_FLAG_POSSESSIVE);

  m = find_mention (&f, "The mayor's office");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);

  m = find_mention (&f, "The district");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);

  m = find_mention (&f, "Angry fishermen");
  g_assert_nonnull (m);
  g_assert_cmpint (m->gender, ==, QC_GENDER_PLURAL);

  m = find_mention (&f, "the hospital");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_ORGANISATION);

  m = find_mention (&f, "One guard");
  assert_head (&f, m, "guard");
  g_assert_cmpint (m->type, ==, QC_MENTION_NOMINAL);
  fixture_clear (&f);
}

static void
test_acronym_expansion (void)
{
  Fixture f = { 0 };
  const QcMention *full;
  const QcMention *acro;

  fixture_load (&f, "Leaders of the Danish-led Coastal Security Pact Organisation’s (CSPO) met. "
                    "Later the CSPO said it would stay.");
  full = find_mention (&f, "the Danish-led Coastal Security Pact Organisation");
  assert_head (&f, full, "Coastal Security Pact Organisation");
  g_assert_cmpint (full->type, ==, QC_MENTION_ORGANISATION);
  acro = find_mention (&f, "the CSPO");
  g_assert_nonnull (acro);
  g_assert_cmpint (acro->entity, ==, full->entity);
  fixture_clear (&f);
}

static void
test_nominals (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "A spokeswoman for the election board denied it. "
                    "The prime minister said little, and a senior official agreed.");
  m = find_mention (&f, "A spokeswoman for the election board");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_NOMINAL);
  g_assert_cmpint (m->gender, ==, QC_GENDER_FEMALE);
  g_assert_true (m->flags & QC_MENTION_FLAG_INDEFINITE);

  m = find_mention (&f, "The prime minister");
  assert_head (&f, m, "prime minister");
  g_assert_true (m->flags & QC_MENTION_FLAG_DEFINITE);

  g_assert_nonnull (find_mention (&f, "a senior official"));
  fixture_clear (&f);
}

static void
test_pronouns (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "He walked home. Later he said nothing, but she also added a note. "
                    "His claim that it rained was wrong, said he.");
  g_assert_null (find_mention (&f, "He"));
  m = find_mention (&f, "he");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_PRONOUN);
  g_assert_cmpint (m->gender, ==, QC_GENDER_MALE);
  g_assert_cmpint (m->entity, ==, -1);
  m = find_mention (&f, "she");
  g_assert_nonnull (m);
  g_assert_cmpint (m->gender, ==, QC_GENDER_FEMALE);
  m = find_mention (&f, "His");
  g_assert_nonnull (m);
  g_assert_cmpint (m->type, ==, QC_MENTION_PRONOUN);
  fixture_clear (&f);
}

static void
test_sentence_starters (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "But Smith said no. In January The Gazette wrote it. However, Jones left.");
  g_assert_null (find_mention (&f, "But Smith"));
  g_assert_nonnull (find_mention (&f, "Smith"));
  g_assert_null (find_mention (&f, "In January"));
  g_assert_null (find_mention (&f, "January"));
  g_assert_nonnull (find_mention (&f, "The Gazette"));
  g_assert_null (find_mention (&f, "However"));
  g_assert_nonnull (find_mention (&f, "Jones"));
  fixture_clear (&f);
}

static void
test_quotes_skipped (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "“Harlow doesn’t get along with Lindqvist,” Mr. Okafor said.");
  g_assert_null (find_mention (&f, "Harlow"));
  g_assert_null (find_mention (&f, "Lindqvist"));
  g_assert_nonnull (find_mention (&f, "Mr. Okafor"));
  fixture_clear (&f);
}

static void
test_entities (void)
{
  Fixture f = { 0 };
  const QcMention *full;
  const QcMention *hon;
  const QcMention *last;
  const QcMention *eric;
  const QcMention *donald;

  fixture_load (&f, "President Jan-Erik Dalgaard spoke first. Later Mr. Dalgaard left, "
                    "and Dalgaard did not return.\n\n"
                    "Eric Okafor defended Donald Okafor on Monday.");
  full = find_mention (&f, "President Jan-Erik Dalgaard");
  hon = find_mention (&f, "Mr. Dalgaard");
  last = find_mention (&f, "Dalgaard");
  g_assert_nonnull (full);
  g_assert_nonnull (hon);
  g_assert_nonnull (last);
  g_assert_cmpint (full->entity, ==, index_of (&f, full));
  g_assert_cmpint (hon->entity, ==, index_of (&f, full));
  g_assert_cmpint (last->entity, ==, index_of (&f, full));
  /* the honorific told the entity's gender */
  g_assert_cmpint (full->gender, ==, QC_GENDER_MALE);

  eric = find_mention (&f, "Eric Okafor");
  donald = find_mention (&f, "Donald Okafor");
  g_assert_nonnull (eric);
  g_assert_nonnull (donald);
  g_assert_cmpint (eric->entity, !=, donald->entity);
  fixture_clear (&f);
}

static void
test_gender_inference (void)
{
  Fixture f = { 0 };
  const QcMention *m;

  fixture_load (&f, "Challenger Priya Nair went on the attack, promising homes in her first term.");
  m = find_mention (&f, "Challenger Priya Nair");
  g_assert_nonnull (m);
  g_assert_cmpint (m->gender, ==, QC_GENDER_FEMALE);
  fixture_clear (&f);

  /* a woman already named takes the pronoun */
  fixture_load (&f, "Smith thanked Mrs Jones for her help.");
  m = find_mention (&f, "Smith");
  g_assert_nonnull (m);
  g_assert_cmpint (m->gender, ==, QC_GENDER_UNKNOWN);
  fixture_clear (&f);
}

static void
test_non_ascii (void)
{
  Fixture f = { 0 };

  fixture_load (&f, "The head of the Swiss delegation, Beat Zürcher, rejected the charge. "
                    "Mayor Tomasz Wójcik disagreed.");
  assert_head (&f, find_mention (&f, "The head of the Swiss delegation, Beat Zürcher"), "Beat Zürcher");
  assert_head (&f, find_mention (&f, "Mayor Tomasz Wójcik"), "Tomasz Wójcik");
  fixture_clear (&f);
}

static void
test_pathological (void)
{
  GString *str = g_string_new (NULL);
  Fixture f = { 0 };
  gint64 start;

  /* long runs of capitals, honorifics and apostrophes stay linear */
  for (guint i = 0; i < 20000; i++)
    g_string_append (str, "Mr. Aa-Bb O'Cc’s (DD) van ");
  for (guint i = 0; i < 20000; i++)
    g_string_append (str, "he said, the spokeswoman of the ");
  for (guint i = 0; i < 20000; i++)
    g_string_append (str, "senior ");
  /* many people sharing a last name */
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (str, "and %c%c%c Smith ", 'A' + i % 26, 'a' + (i / 26) % 26,
                            'a' + (i / 676) % 26);
  start = g_get_monotonic_time ();
  fixture_load (&f, str->str);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (f.mentions->len, >, 0);
  for (guint i = 1; i < f.mentions->len; i++)
    g_assert_cmpuint (g_array_index (f.mentions, QcMention, i - 1).end, <=,
                      g_array_index (f.mentions, QcMention, i).start);
  fixture_clear (&f);
  g_string_free (str, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/mentions/empty", test_empty);
  g_test_add_func ("/qc/mentions/lexicon", test_lexicon);
  g_test_add_func ("/qc/mentions/honorific", test_honorific);
  g_test_add_func ("/qc/mentions/title", test_title);
  g_test_add_func ("/qc/mentions/initials-particles", test_initials_particles);
  g_test_add_func ("/qc/mentions/apposition", test_apposition);
  g_test_add_func ("/qc/mentions/apposition-before", test_apposition_before);
  g_test_add_func ("/qc/mentions/organisations", test_organisations);
  g_test_add_func ("/qc/mentions/group-speakers", test_group_speakers);
  g_test_add_func ("/qc/mentions/acronym-expansion", test_acronym_expansion);
  g_test_add_func ("/qc/mentions/nominals", test_nominals);
  g_test_add_func ("/qc/mentions/pronouns", test_pronouns);
  g_test_add_func ("/qc/mentions/sentence-starters", test_sentence_starters);
  g_test_add_func ("/qc/mentions/quotes-skipped", test_quotes_skipped);
  g_test_add_func ("/qc/mentions/entities", test_entities);
  g_test_add_func ("/qc/mentions/gender-inference", test_gender_inference);
  g_test_add_func ("/qc/mentions/non-ascii", test_non_ascii);
  g_test_add_func ("/qc/mentions/pathological", test_pathological);

  return g_test_run ();
}
