/* test-quote-scanner.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "qc-eval.h"
#include "qc-quote-scanner.h"
#include "qc-text.h"

typedef struct
{
  const char *name;
  const char *input;
  const char *expected;
} Case;

static QcText *
text_new (const char *str,
          gssize      length)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new (str, length, "test", &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* Checks what must hold for any input: quotes in bounds, sorted, not
 * overlapping, pieces of an utterance adjacent. */
static void
check_invariants (QcText       *text,
                  const GArray *quotes)
{
  gsize length = qc_text_get_length (text);
  const char *data = qc_text_get_data (text);
  guint n_paras;
  const QcRange *paras = qc_text_get_paragraphs (text, &n_paras);

  for (guint i = 0; i < quotes->len; i++)
    {
      const QcQuote *q = &g_array_index (quotes, QcQuote, i);

      g_assert_cmpuint (q->start, <, q->end);
      g_assert_cmpuint (q->end, <=, length);
      g_assert_cmpuint (q->open_len, >=, 1);
      g_assert_cmpuint (q->open_len + q->close_len, <=, q->end - q->start);
      g_assert_true (q->kind == QC_CLAIM_KIND_DIRECT || q->kind == QC_CLAIM_KIND_PARTIAL);
      g_assert_cmpuint (q->paragraph, <, n_paras);
      g_assert_cmpuint (q->start, >=, paras[q->paragraph].start);
      g_assert_cmpuint (q->end, <=, paras[q->paragraph].end);
      g_assert_true (g_utf8_validate (data + q->start, (gssize) (q->end - q->start), NULL));
      if (q->continues)
        {
          g_assert_cmpuint (q->close_len, ==, 0);
          g_assert_cmpuint (q->end, ==, paras[q->paragraph].end);
          g_assert_cmpuint (i + 1, <, quotes->len);
        }
      if (i > 0)
        {
          const QcQuote *prev = &g_array_index (quotes, QcQuote, i - 1);

          g_assert_cmpuint (prev->end, <=, q->start);
          if (prev->continues)
            {
              g_assert_cmpuint (prev->utterance, ==, q->utterance);
              g_assert_cmpuint (q->paragraph, ==, prev->paragraph + 1);
              g_assert_cmpuint (q->start, ==, paras[q->paragraph].start);
            }
          else
            g_assert_cmpuint (prev->utterance, <, q->utterance);
        }
    }
}

static GArray *
scan (QcText *text)
{
  GArray *quotes = qc_quote_scan (text);

  g_assert_nonnull (quotes);
  check_invariants (text, quotes);
  return quotes;
}

/* The quotes of @str as "D{…} P{…}+": kind, text with marks, "+" when the
 * quote continues in the next paragraph. */
static char *
describe (const char *str)
{
  g_autoptr(QcText) text = text_new (str, -1);
  g_autoptr(GArray) quotes = scan (text);
  const char *data = qc_text_get_data (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      const QcQuote *q = &g_array_index (quotes, QcQuote, i);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%c{%.*s}%s",
                              q->kind == QC_CLAIM_KIND_DIRECT ? 'D' : 'P',
                              (int) (q->end - q->start), data + q->start,
                              q->continues ? "+" : "");
    }
  return g_string_free (out, FALSE);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *got = describe (c->input);

  g_test_message ("input: %s", c->input);
  g_assert_cmpstr (got, ==, c->expected);
}

static void
add_cases (const char *group,
           const Case *cases,
           gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *path = g_strdup_printf ("/qc/quote-scanner/%s/%s", group, cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
}

static const Case mark_style_cases[] = {
  { "curly-double", "He said: “We will win.”", "D{“We will win.”}" },
  { "curly-single", "He said: ‘We will win.’", "D{‘We will win.’}" },
  { "straight-double", "He said: \"We will win.\"", "D{\"We will win.\"}" },
  { "straight-single", "He said: 'We will win.'", "D{'We will win.'}" },
  { "doubled-apostrophe", "He said: ''We will win.''", "D{''We will win.''}" },
  { "german-low-double", "Er sagte: „Wir gewinnen.“ Dann ging er.", "D{„Wir gewinnen.“}" },
  { "polish-low-double", "Powiedział: „Wygramy.” Potem wyszedł.", "D{„Wygramy.”}" },
  { "german-low-single", "Sie sagte: ‚Wir gewinnen.‘ Dann ging sie.", "D{‚Wir gewinnen.‘}" },
  { "french-guillemets-spaced", "Il a dit : « Nous gagnerons. » Puis il est parti.",
    "D{« Nous gagnerons. »}" },
  { "french-guillemets", "Il a dit : «Nous gagnerons.» Puis il est parti.",
    "D{«Nous gagnerons.»}" },
  { "single-guillemets", "Il a dit : ‹ Nous gagnerons. › Puis il est parti.",
    "D{‹ Nous gagnerons. ›}" },
  { "german-reversed-guillemets", "Er sagte: »Wir gewinnen.« Dann ging er.",
    "D{»Wir gewinnen.«}" },
  { "swedish-right-double", "Han sa: ”Vi vinner.” Sedan gick han.", "D{”Vi vinner.”}" },
  /* a non-breaking space inside the marks */
  { "nbsp-inside", "She said: “\xc2\xa0We will win.\xc2\xa0”",
    "D{“\xc2\xa0We will win.\xc2\xa0”}" },
};

static const Case apostrophe_cases[] = {
  { "contractions", "I don't know why it’s late.", "" },
  { "decades", "She loved the ’90s, the '80s and the ‘70s.", "" },
  { "rock-n-roll", "They played rock ’n’ roll and rock 'n' roll all night.", "" },
  { "plural-possessives", "We visited the Smiths’ house and the Joneses' dog.", "" },
  { "elisions", "Go get ’em, she said. 'Tis the season, ’cause it is.", "" },
  { "possessive-after-s", "The twins' mother and the boss’ car were both late.", "" },
  /* inside single quotes the apostrophes stay apostrophes */
  { "elision-inside-single-quote",
    "She said: ‘Rock ’n’ roll is dead, and don’t tell me otherwise.’",
    "D{‘Rock ’n’ roll is dead, and don’t tell me otherwise.’}" },
  { "decade-inside-single-quote", "She said: 'The '90s were better.'",
    "D{'The '90s were better.'}" },
  /* a possessive s’ inside a single quote, with a closer still to come */
  { "possessive-inside-single-quote", "He called it ‘the Smiths’ best record’ on Monday.",
    "P{‘the Smiths’ best record’}" },
  /* s’ with an open single quote and no later closer: it closes */
  { "closing-after-s", "The plan was ‘good for the kids’ and nothing more.",
    "P{‘good for the kids’}" },
  { "straight-possessive-inside-single-quote", "Fans called it 'the Joneses' house' for years.",
    "P{'the Joneses' house'}" },
};

static const Case nested_cases[] = {
  { "single-in-double", "“He told me ‘never again’ last week,” she said.",
    "D{“He told me ‘never again’ last week,”}" },
  { "straight-single-in-double", "\"He said 'no' twice,\" she said.",
    "D{\"He said 'no' twice,\"}" },
  { "straight-double-in-single", "'He said \"no\" twice,' she said.",
    "D{'He said \"no\" twice,'}" },
  { "inner-closes-before-outer-sentence",
    "He said: “There is no magic in the phrase ‘clean energy.’ It is a slogan.”",
    "D{“There is no magic in the phrase ‘clean energy.’ It is a slogan.”}" },
  { "inner-at-start", "She wrote: “‘Lucky Jim’ is my favourite book.”",
    "D{“‘Lucky Jim’ is my favourite book.”}" },
  { "single-in-doubled-apostrophes", "He said: ''He called it 'madness' again.''",
    "D{''He called it 'madness' again.''}" },
  { "german-single-in-double", "Er sagte: „Sie nannte es ‚Wahnsinn‘ und ging.“",
    "D{„Sie nannte es ‚Wahnsinn‘ und ging.“}" },
  { "curly-in-guillemets", "Il a dit : « Elle a crié “non” et elle est partie. »",
    "D{« Elle a crié “non” et elle est partie. »}" },
};

static const Case multi_paragraph_cases[] = {
  { "curly-continued", "He said: “The first part.\n\n“The second part.”\n\nThe end.",
    "D{“The first part.}+ D{“The second part.”}" },
  { "straight-three-paragraphs", "He said: \"One.\n\n\"Two.\n\n\"Three.\" Then he left.",
    "D{\"One.}+ D{\"Two.}+ D{\"Three.\"}" },
  { "doubled-apostrophes-continued", "He said: ''One.\n\n''Two.''",
    "D{''One.}+ D{''Two.''}" },
  { "single-continued", "He said: 'One.\n\n'Two.'", "D{'One.}+ D{'Two.'}" },
  { "guillemets-continued", "Il a dit : « Un.\n\n« Deux. »", "D{« Un.}+ D{« Deux. »}" },
  { "guillemets-continued-french-style", "Il a dit : « Un.\n\n» Deux. »",
    "D{« Un.}+ D{» Deux. »}" },
  /* no reopening mark: the quote ends with its paragraph */
  { "not-reopened", "He said: “This never closes.\n\nThe writer goes on.",
    "D{“This never closes.}" },
  /* a lost paragraph break: one span */
  { "lost-break", "He said. \"We are busy. \"Over the holidays we expect more.\" Then he left.",
    "D{\"We are busy. \"Over the holidays we expect more.\"}" },
  { "lost-break-after-dash",
    "She said: \"It was mad - absolutely packed. \"Every week has been busier.\"",
    "D{\"It was mad - absolutely packed. \"Every week has been busier.\"}" },
};

static void
test_multi_paragraph_pieces (void)
{
  g_autoptr(QcText) text = NULL;
  g_autoptr(GArray) quotes = NULL;
  const QcQuote *a, *b;


  text = text_new ("Intro.\n\nShe said: “The first part.\n\n“The second part.”", -1);
  quotes = scan (text);
  g_assert_cmpuint (quotes->len, ==, 2);
  a = &g_array_index (quotes, QcQuote, 0);
  b = &g_array_index (quotes, QcQuote, 1);
  g_assert_true (a->continues);
  g_assert_false (b->continues);
  g_assert_cmpuint (a->utterance, ==, b->utterance);
  g_assert_cmpuint (a->paragraph, ==, 1);
  g_assert_cmpuint (b->paragraph, ==, 2);
  g_assert_cmpuint (a->close_len, ==, 0);
  g_assert_cmpuint (a->open_len, ==, 3);
  g_assert_cmpuint (b->close_len, ==, 3);
  g_assert_cmpint (a->kind, ==, b->kind);
}

static const Case unbalanced_cases[] = {
  /* an unclosed quote stops at its paragraph end */
  { "unclosed-stops-at-paragraph-end",
    "He said “this never closes and\n\nA second paragraph with “a quote” here.",
    "P{“this never closes and} P{“a quote”}" },
  /* a stray closer is ignored */
  { "stray-closer", "A stray ” closer, then “a real one” here.", "P{“a real one”}" },
  { "inch-mark", "It measured 5'10\" in all. Then “this” came.", "P{“this”}" },
  /* a stray opener before a real quote ends where the next one opens */
  { "stray-opener", "He mentioned “the plan and then “Another” thing.",
    "P{“the plan and then} P{“Another”}" },
  /* a stray opening single mark inside a double quote */
  { "stray-single-inside-double",
    "He is “‘reckless.” Yet he is also a “safe pair of hands,” she said.",
    "P{“‘reckless.”} P{“safe pair of hands,”}" },
  /* an unclosed single mark in mid paragraph is taken as an apostrophe */
  { "unclosed-single-is-apostrophe", "The 'burbs are quiet, “he said,” and 'tis fine.",
    "P{“he said,”}" },
  /* a quote of digits only is no quote */
  { "digits-only", "<tweet tweet-id=\"7216951\"></tweet> He said: “Yes.”", "D{“Yes.”}" },
  { "empty-quotes", "An empty quote \"\" and “” then “real” words.", "P{“real”}" },
};

static const Case wrong_closing_mark_cases[] = {
  /* a closing mark typed as an opening one, after a space */
  { "before-paragraph-end", "“They know that. “\n\nThe next paragraph has “a quote” too.",
    "D{“They know that. “} P{“a quote”}" },
  { "before-more-quotes", "“They know that. “ And “later quotes” still pair.",
    "D{“They know that. “} P{“later quotes”}" },
  { "without-space", "“They know that.“ And “later quotes” still pair.",
    "D{“They know that.“} P{“later quotes”}" },
};

static const Case direct_partial_cases[] = {
  /* direct: set off by a colon, a comma, an attribution, a sentence */
  { "colon", "The minister said: “We will not raise taxes this year.”",
    "D{“We will not raise taxes this year.”}" },
  { "attribution-after", "“We will not raise taxes,” the minister said.",
    "D{“We will not raise taxes,”}" },
  { "attribution-inverted", "“We will not raise taxes,” said the minister.",
    "D{“We will not raise taxes,”}" },
  { "split-quote", "“Nobody expected this,” said the mayor, “and nobody was ready.”",
    "D{“Nobody expected this,”} D{“and nobody was ready.”}" },
  { "comma-after-reply", "Asked about the delay, she replied, “It was never our intention.”",
    "D{“It was never our intention.”}" },
  { "after-sentence", "The coach was blunt. “We played badly and we deserve to lose.”",
    "D{“We played badly and we deserve to lose.”}" },
  { "question", "“Is this the end?” the reporter asked.", "D{“Is this the end?”}" },
  { "attribution-with-apposition", "“We were careful,” Dr. Ames, 61, said at the hearing.",
    "D{“We were careful,”}" },
  { "pronoun-with-other-verb", "“I know what I saw,” she thought.", "D{“I know what I saw,”}" },
  { "unknown-attribution-verb", "“We are thrilled,” beamed the director.",
    "D{“We are thrilled,”}" },
  { "title-case-after-said", "She said, “Happy New Year.”", "D{“Happy New Year.”}" },
  { "after-non-speech-verb", "The union posted on its website “Strike action starts on Monday.”",
    "P{“Strike action starts on Monday.”}" },
  { "after-speech-verb", "The union responded by writing “Strike action starts on Monday.”",
    "D{“Strike action starts on Monday.”}" },
  { "after-connective", "He left. But “the work is not finished,” a colleague said.",
    "D{“the work is not finished,”}" },
  /* partial: built into the writer's sentence */
  { "noun-phrase", "The mayor called the plan a “reckless gamble” on Tuesday.",
    "P{“reckless gamble”}" },
  { "predicate", "She said the deal was “dead in the water” after the vote.",
    "P{“dead in the water”}" },
  { "object-with-full-stop", "He promised “a fair hearing for everyone.”",
    "P{“a fair hearing for everyone.”}" },
  { "as-adjective", "The report described the cuts as ‘unavoidable’.", "P{‘unavoidable’}" },
  { "subject", "“Fresh ideas” were what the party needed, the leader argued.",
    "P{“Fresh ideas”}" },
  { "fragment-before-continuation", "“A steady hand” for the economy, said the candidate.",
    "P{“A steady hand”}" },
  { "lower-case-after-clause",
    "Because of the storm, “the trains will not run,” an official said.",
    "P{“the trains will not run,”}" },
  { "lower-case-after-parenthetical", "The rules, she said, “will be enforced from May.”",
    "P{“will be enforced from May.”}" },
  { "comma-inside-fragment",
    "Critics said it was “too little, too late,” while others welcomed it.",
    "P{“too little, too late,”}" },
  { "title-after-comma", "In a speech, “Rebuilding Together,” the minister set out her plan.",
    "P{“Rebuilding Together,”}" },
  /* titles and scare quotes */
  { "title-after-preposition", "She appeared on “Morning Report” to defend the budget.",
    "P{“Morning Report”}" },
  { "title-apposition-at-end", "His new book, “The Long Road Home.”",
    "P{“The Long Road Home.”}" },
  { "scare-quote", "The so-called “reform” changed nothing.", "P{“reform”}" },
  { "headline-object", "Minister defends 'tough choices'", "P{'tough choices'}" },
  { "headline-predicate", "Town hall 'set to reopen' ahead of vote", "P{'set to reopen'}" },
};

static void
test_empty_input (void)
{
  g_autoptr(QcText) text = text_new ("", 0);
  g_autoptr(GArray) quotes = scan (text);

  g_assert_cmpuint (quotes->len, ==, 0);
}

static void
test_one_char (void)
{
  static const char * const inputs[] = {
    "x", " ", "\n", ".", "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *got = describe (inputs[i]);
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QcText) text = NULL;
      g_autoptr(GArray) quotes = NULL;
      int fd;

      g_assert_cmpstr (got, ==, "");

      /* the same as a one-character file */
      fd = g_file_open_tmp ("qc-scanner-XXXXXX.txt", &path, &error);
      g_assert_no_error (error);
      close (fd);
      g_file_set_contents (path, inputs[i], -1, &error);
      g_assert_no_error (error);
      text = qc_text_new_from_file (path, &error);
      g_assert_no_error (error);
      quotes = scan (text);
      g_assert_cmpuint (quotes->len, ==, 0);
      g_unlink (path);
    }
}

static void
test_whitespace_only (void)
{
  static const char * const inputs[] = {
    "   ", "\n\n\n", "  \n\n \t\n ", "\xc2\xa0\xc2\xa0", "\t\r\n\r\n",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *got = describe (inputs[i]);

      g_assert_cmpstr (got, ==, "");
    }
}

static void
test_tiny (void)
{
  static const Case cases[] = {
    { "", "''", "" }, { "", "\"\"", "" }, { "", "“”", "" }, { "", "a\"", "" },
    { "", "\"a\"", "D{\"a\"}" }, { "", "'a'", "D{'a'}" }, { "", "‘a’", "D{‘a’}" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    test_case (&cases[i]);
}

static const Case single_mark_cases[] = {
  { "straight-double-alone", "\"", "" },
  { "opener-at-end", "He said “", "" },
  { "unclosed", "He said: “Yes", "D{“Yes}" },
  { "guillemet-at-end", "He said: «", "" },
  { "low-double-at-end", "He said: „", "" },
  { "doubled-apostrophe-at-end", "He said: ''", "" },
  { "straight-single-at-end", "He said '", "" },
  { "closer-only", "The end.”", "" },
};

/* The text ends right after each kind of mark, so every bounds check at the
 * end of a paragraph and of the text is taken (run under AddressSanitizer
 * too). */
static void
test_buffer_end (void)
{
  static const char * const tails[] = {
    "\"", "'", "''", "'''", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚",
    "\xc2\xa0", "s'", "s’", "n'", "'9", "'90", "’em", "'n",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      static const char * const heads[] = {
        "", "a", " ", "He said: ", "He said: “Yes ", "He said: 'the Smiths", "x. \"A ",
      };

      for (gsize j = 0; j < G_N_ELEMENTS (heads); j++)
        {
          g_autofree char *str = g_strconcat (heads[j], tails[i], NULL);
          g_autoptr(QcText) text = text_new (str, (gssize) strlen (str));
          g_autoptr(GArray) quotes = scan (text);

          g_assert_cmpuint (quotes->len, <=, 1);
        }
    }
}

static void
check_many_marks (const char *unit,
                  guint       n)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(QcText) text = NULL;
  g_autoptr(GArray) quotes = NULL;
  const QcQuote *last;
  const char *data;

  for (guint i = 0; i < n; i++)
    g_string_append (str, unit);
  g_string_append (str, "\n\nShe said: “Fine.”");

  text = text_new (str->str, (gssize) str->len);
  quotes = scan (text);
  g_assert_cmpuint (quotes->len, >=, 1);
  g_assert_cmpuint (quotes->len, <=, n + 1);

  /* the garbage never reaches into the next paragraph */
  data = qc_text_get_data (text);
  last = &g_array_index (quotes, QcQuote, quotes->len - 1);
  g_assert_cmpuint (last->paragraph, ==, 1);
  g_assert_cmpmem (data + last->start, last->end - last->start, "“Fine.”", strlen ("“Fine.”"));
  g_assert_cmpint (last->kind, ==, QC_CLAIM_KIND_DIRECT);
}

static void
test_many_unbalanced (void)
{
  static const char * const units[] = {
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''", "'''",
    "“a ", "\"a ", "'a ", "‘a ", "«a ", "a” ", "a’ ", "a' ", "s' ", "\"a. \"A ",
    "“‘", "‘“", "«‹", "“‘“‘ a", " ” ", "But “", "said, “a", "x\" ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_test_message ("unit: %s", units[i]);
      check_many_marks (units[i], 10000);
    }
}

static void
test_utterances (void)
{
  g_autoptr(QcText) text = text_new ("“One,” he said, “two.”\n\n“Three.”\n\n“Four\n\n“five.”", -1);
  g_autoptr(GArray) quotes = scan (text);
  guint expected[] = { 0, 1, 2, 3, 3 };

  g_assert_cmpuint (quotes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < quotes->len; i++)
    g_assert_cmpuint (g_array_index (quotes, QcQuote, i).utterance, ==, expected[i]);
}

/* Random mixes of marks, letters, spaces and paragraph breaks: whatever
 * comes in, the invariants hold. */
static void
test_random_mixes (void)
{
  static const char * const pieces[] = {
    "\"", "'", "''", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", " ", " ", " ",
    "\n", "\n\n", "a", "s", "n", "We", "said", ",", ".", ". ", ":", "90", "\xc2\xa0",
    "—", "(", ")", "=",
  };
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint round = 0; round < 3000; round++)
    {
      guint n = (guint) g_test_rand_int_range (0, 60);
      g_autoptr(QcText) text = NULL;
      g_autoptr(GArray) quotes = NULL;

      g_string_truncate (str, 0);
      for (guint i = 0; i < n; i++)
        g_string_append (str, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      text = text_new (str->str, (gssize) str->len);
      quotes = scan (text);
    }
}

/* Scores the scanner on a folder of articles with gold, direct and partial
 * spans only. */
static void
score_folder (const char   *articles,
              const char   *golds,
              QcEvalScores *scores,
              guint        *kind_correct,
              guint        *kind_total)
{
  g_autoptr(GDir) dir = g_dir_open (articles, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *article_path = NULL;
      g_autofree char *gold_path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QcText) text = NULL;
      g_autoptr(QcGold) gold = NULL;
      g_autoptr(GArray) quotes = NULL;
      g_autoptr(GArray) spans = NULL;
      g_autoptr(GArray) merged = NULL;
      g_autoptr(GArray) gold_spans = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      stem = g_strndup (name, strlen (name) - 4);
      article_path = g_build_filename (articles, name, NULL);
      gold_path = g_strconcat (golds, G_DIR_SEPARATOR_S, stem, ".json", NULL);
      if (!g_file_test (gold_path, G_FILE_TEST_EXISTS))
        continue;

      text = qc_text_new_from_file (article_path, &error);
      g_assert_no_error (error);
      gold = qc_gold_new_from_file (gold_path, text, &error);
      g_assert_no_error (error);

      quotes = scan (text);
      spans = g_array_new (FALSE, TRUE, sizeof (QcEvalSpan));
      for (guint i = 0; i < quotes->len; i++)
        {
          const QcQuote *q = &g_array_index (quotes, QcQuote, i);
          QcEvalSpan span = { 0, };

          span.start = qc_text_byte_to_char (text, q->start);
          span.end = qc_text_byte_to_char (text, q->end);
          span.kind = q->kind;
          span.utterance = q->utterance;
          g_array_append_val (spans, span);
        }
      merged = qc_eval_merge_utterances (text, (const QcEvalSpan *) (gpointer) spans->data,
                                         spans->len);

      gold_spans = g_array_new (FALSE, TRUE, sizeof (QcEvalSpan));
      for (guint i = 0; i < qc_gold_get_n_spans (gold); i++)
        {
          const QcEvalSpan *g = qc_gold_get_span (gold, i);

          if (g->kind == QC_CLAIM_KIND_INDIRECT)
            continue;
          g_array_append_val (gold_spans, *g);
          for (guint j = 0; j < merged->len; j++)
            {
              const QcEvalSpan *p = &g_array_index (merged, QcEvalSpan, j);

              if (p->start == g->start && p->end == g->end)
                {
                  (*kind_total)++;
                  if (p->kind == g->kind)
                    (*kind_correct)++;
                }
            }
        }
      qc_eval_scores_add_spans (scores, (const QcEvalSpan *) (gpointer) merged->data,
                                merged->len,
                                (const QcEvalSpan *) (gpointer) gold_spans->data,
                                gold_spans->len);
    }
}

static void
test_corpus (void)
{
  const char *shared = g_getenv ("QC_SHARED_DIR");
  g_autofree char *articles = NULL;
  g_autofree char *golds = NULL;
  g_autofree char *dev_articles = NULL;
  g_autofree char *dev_golds = NULL;
  QcEvalScores scores = { 0, };
  guint kind_correct = 0, kind_total = 0;
  double f1;

  if (shared != NULL)
    {
      articles = g_build_filename (shared, "corpus", "articles", NULL);
      golds = g_build_filename (shared, "corpus", "gold", NULL);
      score_folder (articles, golds, &scores, &kind_correct, &kind_total);
    }
  /* G_TEST_SRCDIR is tests/ under meson, tests/core when run by hand */
  dev_articles = g_test_build_filename (G_TEST_DIST, "data", "articles", NULL);
  dev_golds = g_test_build_filename (G_TEST_DIST, "data", "gold", NULL);
  if (!g_file_test (dev_articles, G_FILE_TEST_IS_DIR))
    {
      g_free (dev_articles);
      g_free (dev_golds);
      dev_articles = g_test_build_filename (G_TEST_DIST, "..", "data", "articles", NULL);
      dev_golds = g_test_build_filename (G_TEST_DIST, "..", "data", "gold", NULL);
    }
  score_folder (dev_articles, dev_golds, &scores, &kind_correct, &kind_total);

  if (scores.n_documents == 0)
    {
      g_test_skip ("no corpus found (QC_SHARED_DIR, tests/data)");
      return;
    }

  f1 = qc_eval_scores_f1 (&scores, QC_EVAL_CATEGORY_QUOTED, QC_EVAL_MATCH_EXACT);
  g_test_message ("%u documents: direct+partial exact F1 %.3f, kind %u/%u",
                  scores.n_documents, f1, kind_correct, kind_total);
  g_assert_cmpfloat (f1, >=, 0.95);
  g_assert_cmpuint (kind_total, >, 0);
  g_assert_cmpfloat ((double) kind_correct / kind_total, >=, 0.90);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_cases ("mark-styles", mark_style_cases, G_N_ELEMENTS (mark_style_cases));
  add_cases ("apostrophes", apostrophe_cases, G_N_ELEMENTS (apostrophe_cases));
  add_cases ("nested-quotes", nested_cases, G_N_ELEMENTS (nested_cases));
  add_cases ("multi-paragraph", multi_paragraph_cases, G_N_ELEMENTS (multi_paragraph_cases));
  g_test_add_func ("/qc/quote-scanner/multi-paragraph/pieces", test_multi_paragraph_pieces);
  add_cases ("unbalanced-recovery", unbalanced_cases, G_N_ELEMENTS (unbalanced_cases));
  add_cases ("wrong-closing-mark", wrong_closing_mark_cases,
             G_N_ELEMENTS (wrong_closing_mark_cases));
  add_cases ("direct-partial", direct_partial_cases, G_N_ELEMENTS (direct_partial_cases));
  g_test_add_func ("/qc/quote-scanner/empty-input", test_empty_input);
  g_test_add_func ("/qc/quote-scanner/one-char", test_one_char);
  g_test_add_func ("/qc/quote-scanner/whitespace-only", test_whitespace_only);
  g_test_add_func ("/qc/quote-scanner/tiny", test_tiny);
  add_cases ("single-mark", single_mark_cases, G_N_ELEMENTS (single_mark_cases));
  g_test_add_func ("/qc/quote-scanner/buffer-end", test_buffer_end);
  g_test_add_func ("/qc/quote-scanner/many-unbalanced-marks", test_many_unbalanced);
  g_test_add_func ("/qc/quote-scanner/utterances", test_utterances);
  g_test_add_func ("/qc/quote-scanner/random-mixes", test_random_mixes);
  g_test_add_func ("/qc/quote-scanner/corpus", test_corpus);

  return g_test_run ();
}
