/* test-reported-speech.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib.h>

#include "qc-eval.h"
#include "qc-quote-scanner.h"
#include "qc-reported-speech.h"
#include "qc-text.h"

/* Every case is written for these tests; none comes from the corpus. */
typedef struct
{
  const char *name;
  const char *text;
  const char *spans[4];   /* expected contents, in order; NULL-terminated */
  const char *subject;    /* subject of the first report, or NULL not to check */
} Case;

static GArray *
find (const char  *input,
      QcText     **text_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = qc_text_new (input, -1, "test", &error);
  g_autoptr(GArray) quotes = NULL;
  GArray *reports;

  g_assert_no_error (error);
  g_assert_nonnull (text);
  quotes = qc_quote_scan (text);
  reports = qc_reported_speech_find (text, quotes);
  g_assert_nonnull (reports);
  *text_out = g_steal_pointer (&text);
  return reports;
}

static char *
slice (QcText *text,
       gsize   start,
       gsize   end)
{
  g_assert_cmpuint (start, <=, end);
  g_assert_cmpuint (end, <=, qc_text_get_length (text));
  return g_strndup (qc_text_get_data (text) + start, end - start);
}

/* Sorted, inside the text, never overlapping one another, the subject
 * inside the text and the cue before or after the content */
static void
check_invariants (QcText *text,
                  GArray *reports)
{
  gsize len = qc_text_get_length (text);

  for (guint i = 0; i < reports->len; i++)
    {
      const QcReport *r = &g_array_index (reports, QcReport, i);

      g_assert_cmpuint (r->start, <, r->end);
      g_assert_cmpuint (r->end, <=, len);
      g_assert_cmpuint (r->cue_start, <, r->cue_end);
      g_assert_cmpuint (r->cue_end, <=, len);
      g_assert_cmpuint (r->subject_start, <=, r->subject_end);
      g_assert_cmpuint (r->subject_end, <=, len);
      g_assert_true (r->cue_end <= r->start || r->cue_start >= r->end);
      g_assert_cmpfloat (r->confidence, >, 0.0);
      g_assert_cmpfloat (r->confidence, <=, 1.0);
      if (i > 0)
        g_assert_cmpuint (g_array_index (reports, QcReport, i - 1).end, <=, r->start);
    }
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(QcText) text = NULL;
  g_autoptr(GArray) reports = find (c->text, &text);
  guint n = 0;

  while (n < G_N_ELEMENTS (c->spans) && c->spans[n] != NULL)
    n++;

  check_invariants (text, reports);
  for (guint i = 0; i < reports->len; i++)
    {
      const QcReport *r = &g_array_index (reports, QcReport, i);
      g_autofree char *got = slice (text, r->start, r->end);

      g_test_message ("report %u: [%s]", i, got);
    }
  g_assert_cmpuint (reports->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const QcReport *r = &g_array_index (reports, QcReport, i);
      g_autofree char *got = slice (text, r->start, r->end);

      g_assert_cmpstr (got, ==, c->spans[i]);
    }
  if (c->subject != NULL)
    {
      const QcReport *r = &g_array_index (reports, QcReport, 0);
      g_autofree char *subject = slice (text, r->subject_start, r->subject_end);

      g_assert_cmpstr (subject, ==, c->subject);
    }
}

static void
add_cases (const char *group,
           const Case *cases,
           gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/qc/reported-speech/%s/%s", group, cases[i].name);

      g_test_add_data_func (path, &cases[i], run_case);
    }
}

/* "X said (that) CLAUSE" and the other speech verbs */
static const Case verb_cases[] = {
  { "said-that", "The harbour master said that the pier would reopen in May.",
    { "the pier would reopen in May" }, "The harbour master" },
  { "said-bare", "Ms Ortega said the budget was balanced for the first time.",
    { "the budget was balanced for the first time" }, "Ms Ortega" },
  { "says-present", "The librarian says the archive needs a new roof.",
    { "the archive needs a new roof" }, "The librarian" },
  { "told-listener-that", "The minister told reporters on Monday that the scheme had failed.",
    { "the scheme had failed" }, "The minister" },
  { "told-listener-bare", "He told the council the road was unsafe after dark.",
    { "the road was unsafe after dark" }, "He" },
  { "told-news-conference", "Okafor told a packed meeting they would fight the closure.",
    { "they would fight the closure" }, "Okafor" },
  { "claimed", "The company claimed that its rival had copied the design.",
    { "its rival had copied the design" }, "The company" },
  { "insisted", "Grant insisted the figures were accurate.",
    { "the figures were accurate" }, "Grant" },
  { "warned", "Doctors warned that the clinic could close within a year.",
    { "the clinic could close within a year" }, "Doctors" },
  { "warned-listener", "The coastguard warned sailors that the storm was moving north.",
    { "the storm was moving north" }, "The coastguard" },
  { "argued", "Her lawyer argued the contract had never been signed.",
    { "the contract had never been signed" }, "Her lawyer" },
  { "denied", "The mayor denied that any money had gone missing.",
    { "any money had gone missing" }, "The mayor" },
  { "admitted", "Park admitted she had not read the report.",
    { "she had not read the report" }, "Park" },
  { "stressed", "The principal stressed that no pupil had been hurt.",
    { "no pupil had been hurt" }, "The principal" },
  { "complained", "Tenants complained that the heating had been off for weeks.",
    { "the heating had been off for weeks" }, "Tenants" },
  { "predicted", "One analyst predicted that prices would fall by spring.",
    { "prices would fall by spring" }, "One analyst" },
  { "asserted", "Vance asserted that the vote had been rigged.",
    { "the vote had been rigged" }, "Vance" },
  { "announced", "The airline announced that it would cut 40 routes.",
    { "it would cut 40 routes" }, "The airline" },
  { "wrote", "Lindqvist wrote in her memoir that the war had changed her.",
    { "the war had changed her" }, "Lindqvist" },
  { "tweeted", "The senator tweeted that the bill was dead.",
    { "the bill was dead" }, "The senator" },
  { "suggested", "Mendes suggested that the timetable was too ambitious.",
    { "the timetable was too ambitious" }, "Mendes" },
  { "explained", "The engineer explained that the cables had corroded.",
    { "the cables had corroded" }, "The engineer" },
  { "noted", "The judge noted that the defendant had no record.",
    { "the defendant had no record" }, "The judge" },
  { "added", "She added that the office would stay open.",
    { "the office would stay open" }, "She" },
  { "made-clear", "The bank made it clear that rates would stay high.",
    { "rates would stay high" }, "The bank" },
  { "auxiliary", "The board has repeatedly said that the stadium will not be sold.",
    { "the stadium will not be sold" }, "The board" },
  { "contraction", "While he's said he will run, the deadline is close.",
    { "he will run" }, "he" },
  { "time-adverb", "The council said Thursday its offices would close early.",
    { "its offices would close early" }, "The council" },
  { "pp-then-that", "The club said in a statement that the coach had resigned.",
    { "the coach had resigned" }, "The club" },
  { "approximate-number", "Police said about 300 people had gathered by noon.",
    { "about 300 people had gathered by noon" }, "Police" },
  { "plural-base", "Critics say the new rules go too far.",
    { "the new rules go too far" }, "Critics" },
  { "relative-who", "She dismissed critics who say the plan is too costly, saying it would pay for itself.",
    { "the plan is too costly", "it would pay for itself" }, "critics" },
  { "quoted-as-saying", "The coach was quoted as saying that the team needed a rest.",
    { "the team needed a rest" }, "The coach" },
  { "passive-told-by", "The auditor was told by the treasurer that the payments were temporary.",
    { "the payments were temporary" }, "the treasurer" },
  { "passive-termed", "The strike was described by union leader Mark Hale as a last resort.",
    { "a last resort" }, "union leader Mark Hale" },
  { "apposition-subject", "Jane Doe, a spokeswoman for the ministry, said the talks had stalled.",
    { "the talks had stalled" }, "Jane Doe" },
  { "relative-clause-subject", "Tom Reyes, who runs the ferry, said the crossing was safe.",
    { "the crossing was safe" }, "Tom Reyes" },
  { "pp-subject", "Officials in Lisbon said the border would stay open.",
    { "the border would stay open" }, "Officials in Lisbon" },
  { "said-comma-quote-and-more",
    "A spokesman said, \"After a week of talks,\" the unions \"walked away.\"",
    { "\"After a week of talks,\" the unions \"walked away.\"" }, "A spokesman" },
};

/* Gerunds and coordinated verbs take the main clause's subject */
static const Case chain_cases[] = {
  { "gerund-saying", "The council rejected the proposal, saying it was too expensive.",
    { "it was too expensive" }, "The council" },
  { "gerund-adding", "Reyes said the ferry was late, adding that the crew had been ill.",
    { "the ferry was late", "the crew had been ill" }, "Reyes" },
  { "gerund-telling", "Amir said he felt fine, telling reporters the injury was minor.",
    { "he felt fine", "the injury was minor" }, "Amir" },
  { "gerund-after-preposition", "Neighbours objected, despite residents warning that the road was narrow.",
    { "the road was narrow" }, "residents" },
  { "but-said", "The driver admitted the car was speeding but said the brakes had failed.",
    { "the car was speeding", "the brakes had failed" }, "The driver" },
  { "two-speakers", "Critics say the law is vague, but supporters say it protects tenants.",
    { "the law is vague", "it protects tenants" }, "Critics" },
  { "although-clause", "Ito said she would attend, although she tweeted that the venue was wrong.",
    { "she would attend", "the venue was wrong" }, "Ito" },
  { "while-clause", "While Ames has said the deal is fair, Cole said it favours the buyer.",
    { "the deal is fair", "it favours the buyer" }, "Ames" },
};

/* Post-posed attributions: "CONTENT, X said" */
static const Case post_cases[] = {
  { "comma-said", "The vote will be delayed until June, officials said.",
    { "The vote will be delayed until June" }, "officials" },
  { "has-warned", "Water prices must rise, a senior regulator has warned.",
    { "Water prices must rise" }, "a senior regulator" },
  { "said-time", "The museum will reopen in spring, the curator said Wednesday.",
    { "The museum will reopen in spring" }, "the curator" },
  { "said-in-interview", "The tour is over, the singer said in an interview with a local paper.",
    { "The tour is over" }, "the singer" },
  { "inverted", "Prices will rise again next year, said Anna Berg, an economist at the bank.",
    { "Prices will rise again next year" }, "Anna Berg" },
  { "inverted-predicted", "The strike will end before Easter, predicted Carl Ruiz.",
    { "The strike will end before Easter" }, "Carl Ruiz" },
  { "headline-says", "Ferry service will resume soon, operator says\n\nBody of the story.",
    { "Ferry service will resume soon" }, "operator" },
  { "partial-quote-inside", "The talks were \"very productive,\" the envoy said.",
    { "The talks were \"very productive,\"" }, "the envoy" },
  { "connective-left-out", "But the deal is not finished, he said.",
    { "the deal is not finished" }, "he" },
  { "yet-left-out", "Yet the clinic is still a \"lifeline,\" Adams said.",
    { "the clinic is still a \"lifeline,\"" }, "Adams" },
  { "dateline-left-out", "OSLO - The ferry will resume service on Friday, the operator said.",
    { "The ferry will resume service on Friday" }, "the operator" },
  { "apposition-before-name",
    "The bridge will close for a month, the city's chief engineer, Ana Ruiz, said.",
    { "The bridge will close for a month" }, "Ana Ruiz" },
  { "parenthetical-split", "The decision, he said, was made far too quickly.",
    { "The decision", "was made far too quickly" }, "he" },
  { "direct-quote-only", "\"We will win the appeal,\" she said.", { NULL }, NULL },
  { "object-not-attribution", "Asked whether he would resign, he said nothing.", { NULL }, NULL },
  { "fronted-phrase-not-content", "During a visit to the port, the minister remarked on the weather.",
    { NULL }, NULL },
};

/* "according to X" and "as X has reported" */
/* Relative clauses and "quoted … as saying" between the speaker and the
 * verb (issue 2, hard cases) */
static const Case relative_cases[] = {
  { "which-said", "The water board, which said in June that the reservoir was full, has now banned hosepipes.",
    { "the reservoir was full" }, "The water board" },
  { "who-clause", "Mr Penrose, who manages the depot, said the lorries were overloaded.",
    { "the lorries were overloaded" }, "Mr Penrose" },
  { "anonymity", "A senior diplomat, who spoke on condition of anonymity, said the envoy had been recalled.",
    { "the envoy had been recalled" }, "A senior diplomat" },
  { "not-named-warned", "One guard, who asked not to be named, warned that the gates were left open.",
    { "the gates were left open" }, "One guard" },
  { "sentence-initial-group", "Local beekeepers, who have kept hives on the hill for years, said the spraying had killed their bees.",
    { "the spraying had killed their bees" }, "Local beekeepers" },
  { "plural-possessive", "The growers' cooperative, which sells most of the harvest, said prices had halved.",
    { "prices had halved" }, "The growers' cooperative" },
  { "quoted-object", "State radio quoted the interior minister as saying that the curfew would end.",
    { "the curfew would end" }, "the interior minister" },
  { "quoted-by-medium", "Ms Achebe was quoted by the Courier as saying that the audit was overdue.",
    { "the audit was overdue" }, "Ms Achebe" },
  { "quoted-as-saying", "The captain was quoted as saying that the engine had failed.",
    { "the engine had failed" }, "The captain" },
  { "quoted-apposition", "The paper quoted the port’s director, Ines Calder, as saying that the cranes were idle.",
    { "the cranes were idle" }, "Ines Calder" },
  { "quoted-later-by", "Mr Oduya was later quoted by the Herald as saying that the vote was rigged.",
    { "the vote was rigged" }, "Mr Oduya" },
};

static const Case according_cases[] = {
  { "preposed", "According to the fire service, three houses were damaged.",
    { "three houses were damaged" }, "the fire service" },
  { "postposed", "Three houses were damaged overnight, according to the fire service.",
    { "Three houses were damaged overnight" }, "the fire service" },
  { "postposed-apposition", "The dam is safe, according to Lena Holt, the chief inspector.",
    { "The dam is safe" }, "Lena Holt" },
  { "poll-is-not-a-speaker", "Support for the plan fell sharply, according to a recent poll.",
    { NULL }, NULL },
  { "survey-is-not-a-speaker", "According to the annual survey, rents rose by a tenth.",
    { NULL }, NULL },
  { "as-reported", "However, as the Gazette has reported, the deal was never signed.",
    { "the deal was never signed" }, "the Gazette" },
};

/* Headlines */
static const Case headline_cases[] = {
  { "says", "Farmer says rain came too late\n\nThe harvest was poor.",
    { "rain came too late" }, "Farmer" },
  { "colon", "Governor: Schools will stay open\n\nThe governor spoke on Monday.",
    { "Schools will stay open" }, "Governor" },
  { "colon-label-is-not-a-speaker", "Update: Roads reopened after the storm\n\nCrews worked overnight.",
    { NULL }, NULL },
  { "claims-noun", "Coach Denies Claims He Misled Players\n\nThe coach spoke on Friday.",
    { "He Misled Players" }, NULL },
};

/* Speech nouns */
static const Case noun_cases[] = {
  { "his-claim-that", "She rejected his claim that the money had been spent.",
    { "the money had been spent" }, "his" },
  { "contention", "The firm repeated its contention that the fine was unlawful.",
    { "the fine was unlawful" }, "its" },
  { "criticism", "He answered Labour criticism that the scheme was too slow.",
    { "the scheme was too slow" }, "Labour" },
  { "statement-by", "Fans welcomed a statement by club chairman Ian Roe that the manager would stay.",
    { "the manager would stay" }, "club chairman Ian Roe" },
  { "accusations", "The director responded on Friday to accusations that he had misled investors.",
    { "he had misled investors" }, "" },
  { "relative-clause-is-not-content", "The statement that was released on Friday ran to two pages.",
    { NULL }, NULL },
};

/* Span boundaries */
static const Case boundary_cases[] = {
  { "final-punctuation-outside", "He said the result was a disaster.",
    { "the result was a disaster" }, NULL },
  { "final-punctuation-inside-quote", "He said the result was \"a disaster.\"",
    { "the result was \"a disaster.\"" }, NULL },
  { "that-and-that", "She said that rents had risen and that wages had not.",
    { "rents had risen and that wages had not" }, NULL },
  { "demonstrative-that", "He suggested that, and not the weather, was the cause of the delay.",
    { "that, and not the weather, was the cause of the delay" }, NULL },
  { "where-background", "She said the school would move to Leeds, where rents are lower.",
    { "the school would move to Leeds" }, NULL },
  { "whose-background", "He said the treaty protects Norway, whose fleet fishes there.",
    { "the treaty protects Norway" }, NULL },
  { "which-inside-subject",
    "She said the two depots, which employ 300 people, were running at a loss.",
    { "the two depots, which employ 300 people, were running at a loss" }, NULL },
  { "and-main-verb", "The agency said the bill was \"a mistake\" and urged MPs to reject it.",
    { "the bill was \"a mistake\"" }, NULL },
  { "and-has-main-verb", "Kerr insists the party must change, and has written a pamphlet on it.",
    { "the party must change" }, NULL },
  { "participles-stay", "Police said the man was arrested and charged on Sunday.",
    { "the man was arrested and charged on Sunday" }, NULL },
  { "who-stays", "He said several officers had been disciplined, such as Sgt Lee, who lost his rank.",
    { "several officers had been disciplined, such as Sgt Lee, who lost his rank" }, NULL },
  { "semicolon", "Okafor says talks will resume; the markets rose.",
    { "talks will resume" }, NULL },
  { "nested-partial", "He said the plan was \"dead in the water\" and should be dropped.",
    { "the plan was \"dead in the water\" and should be dropped" }, NULL },
  { "fronted-adverbial-stays", "Right now, the clinic has no doctor, according to the health board.",
    { "Right now, the clinic has no doctor" }, NULL },
  { "colon-inside-content", "She said the plan was simple: everyone would pay less.",
    { "the plan was simple: everyone would pay less" }, NULL },
  { "quote-after-colon", "He told the radio station: \"We are ready.\"", { NULL }, NULL },
};

/* What is not indirect speech */
static const Case not_cases[] = {
  { "think", "She thinks the plan will fail.", { NULL }, NULL },
  { "believe", "They believe that prices will rise.", { NULL }, NULL },
  { "expect", "He expects the vote to pass.", { NULL }, NULL },
  { "urged-to", "The minister urged farmers to sell their grain early.", { NULL }, NULL },
  { "pledged-to", "He pledged to cut taxes within a year.", { NULL }, NULL },
  { "refused-to-say", "She refused to say whether she would run.", { NULL }, NULL },
  { "accused-of", "They accused him of lying about the figures.", { NULL }, NULL },
  { "called-it", "He called it a no-brainer.", { NULL }, NULL },
  { "denied-np", "She denied the allegations.", { NULL }, NULL },
  { "announced-np", "He announced his retirement on Friday.", { NULL }, NULL },
  { "explained-why", "The engineer explained why the bridge had closed.", { NULL }, NULL },
  { "said-whether", "He did not say whether the talks would continue.", { NULL }, NULL },
  { "asked-whether", "Reporters asked whether the minister would resign.", { NULL }, NULL },
  { "relative-gap-which", "The tax, which he said has doubled, is unpopular.", { NULL }, NULL },
  { "relative-gap-that", "It was a letter that Moss said was written in 1990.", { NULL }, NULL },
  { "said-to-be", "Dozens of people are said to have been injured.", { NULL }, NULL },
  { "passive-reported", "No injuries had been reported by the evening.", { NULL }, NULL },
  { "evidence-subject", "The data suggests that the policy is working.", { NULL }, NULL },
  { "said-so", "He said so.", { NULL }, NULL },
};

/* Cues inside quotation marks */
static const Case quote_cases[] = {
  { "cue-inside-direct-quote", "\"Officials said the road was closed,\" she wrote.", { NULL }, NULL },
  { "whole-content-in-quotes", "She noted that \"the figures do not add up.\"", { NULL }, NULL },
  { "curly-direct-quote", "\u201cThe plan is dead,\u201d M\u00fcller said.", { NULL }, NULL },
  { "curly-partial-inside", "M\u00fcller said the plan was \u201cdead\u201d.",
    { "the plan was \u201cdead\u201d" }, "M\u00fcller" },
  { "split-quote", "\"The first part,\" he said, \"and the second part.\"", { NULL }, NULL },
};

static void
test_empty (void)
{
  const char *inputs[] = { "", " ", "   \n\n  \n", "\t", "said", ".", "\"", ":" };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(QcText) text = NULL;
      g_autoptr(GArray) reports = find (inputs[i], &text);

      g_assert_cmpuint (reports->len, ==, 0);
    }
}

static void
test_no_quotes_array (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = qc_text_new ("The mayor said the pier was safe.", -1, "t", &error);
  g_autoptr(GArray) empty = g_array_new (FALSE, TRUE, sizeof (QcQuote));
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;

  g_assert_no_error (error);
  a = qc_reported_speech_find (text, NULL);
  b = qc_reported_speech_find (text, empty);
  g_assert_cmpuint (a->len, ==, 1);
  g_assert_cmpuint (b->len, ==, 1);
  g_assert_cmpuint (g_array_index (a, QcReport, 0).start, ==, g_array_index (b, QcReport, 0).start);
}

static void
test_cue_and_form (void)
{
  static const struct
  {
    const char *text;
    const char *cue;
    QcReportForm form;
  } cases[] = {
    { "Mr Tan told reporters that the plant was safe.", "Mr Tan told reporters", QC_REPORT_FORM_VERB },
    { "The plant is safe, Mr Tan said.", "Mr Tan said", QC_REPORT_FORM_POSTPOSED },
    { "The plant is safe, according to the ministry.", "according to the ministry",
      QC_REPORT_FORM_ACCORDING },
    { "He denied her claim that the plant was unsafe.", "her claim", QC_REPORT_FORM_NOUN },
    { "Minister: Plant is safe\n\nMore text follows.", "Minister:", QC_REPORT_FORM_HEADLINE },
    { "The leak was described by the operator as a minor incident.", "described by the operator",
      QC_REPORT_FORM_PASSIVE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(QcText) text = NULL;
      g_autoptr(GArray) reports = find (cases[i].text, &text);
      const QcReport *r;
      g_autofree char *cue = NULL;

      g_assert_cmpuint (reports->len, ==, 1);
      r = &g_array_index (reports, QcReport, 0);
      cue = slice (text, r->cue_start, r->cue_end);
      g_assert_cmpstr (cue, ==, cases[i].cue);
      g_assert_cmpint (r->form, ==, cases[i].form);
    }
}

/* Offsets are bytes: a report after multi-byte characters */
static void
test_byte_offsets (void)
{
  const char *input = "\u00c5sa Str\u00f6m \u2014 the \u00e9lite coach \u2014 said the \u00e9quipe was tired.";
  g_autoptr(QcText) text = NULL;
  g_autoptr(GArray) reports = find (input, &text);
  const QcReport *r;
  g_autofree char *got = NULL;

  g_assert_cmpuint (reports->len, ==, 1);
  r = &g_array_index (reports, QcReport, 0);
  got = slice (text, r->start, r->end);
  g_assert_cmpstr (got, ==, "the \u00e9quipe was tired");
  g_assert_true (g_utf8_validate (qc_text_get_data (text) + r->start, r->end - r->start, NULL));
}

/* Reports are never found inside a quote, and the quote scanner's spans
 * (with their marks) never overlap a report partly */
static void
test_partial_overlap_only_nested (void)
{
  const char *input = "The inspector said the wiring was \"a fire waiting to happen\" and "
                      "\"should be replaced,\" but the owner said \"it is fine.\"";
  g_autoptr(QcText) text = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GArray) reports = find (input, &text);

  quotes = qc_quote_scan (text);
  check_invariants (text, reports);
  g_assert_cmpuint (reports->len, >=, 1);
  for (guint i = 0; i < reports->len; i++)
    {
      const QcReport *r = &g_array_index (reports, QcReport, i);

      for (guint j = 0; j < quotes->len; j++)
        {
          const QcQuote *q = &g_array_index (quotes, QcQuote, j);

          /* disjoint, or the quote nested inside the report */
          g_assert_true (q->end <= r->start || q->start >= r->end ||
                         (q->start >= r->start && q->end <= r->end));
        }
    }
}

/* Linear and safe on pathological input */
static void
test_pathological (void)
{
  const char *pieces[] = { "said ", "\" ", "he said that ", ", according to ", "told ",
                           "X: ", "who said ", "\u201c", "\u2019s ", "a, ", "but said " };

  for (gsize k = 0; k < G_N_ELEMENTS (pieces); k++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      g_autoptr(QcText) text = NULL;
      g_autoptr(GArray) reports = NULL;

      for (guint i = 0; i < 20000; i++)
        g_string_append (s, pieces[k]);
      reports = find (s->str, &text);
      check_invariants (text, reports);
    }
}

/* Random mixes of cue words and punctuation: never a crash, always the
 * invariants */
static void
test_random (void)
{
  static const char *words[] = {
    "said", "says", "told", "that", "he", "she", "The", "mayor", "according", "to",
    "the", "claim", "\"", "\u201c", "\u201d", "'", ",", ".", ":", ";", "-", "(", ")",
    "was", "quoted", "as", "saying", "by", "termed", "who", "which", "and", "but",
    "Mr.", "U.S.", "\n", "\n\n", "\u00e9t\u00e9", "made", "it", "clear", "he's",
  };
  GRand *rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      g_autoptr(QcText) text = NULL;
      g_autoptr(GArray) reports = NULL;
      guint n = g_rand_int_range (rand, 0, 60);

      for (guint i = 0; i < n; i++)
        {
          g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          if (g_rand_boolean (rand))
            g_string_append_c (s, ' ');
        }
      reports = find (s->str, &text);
      check_invariants (text, reports);
    }
  g_rand_free (rand);
}

/* Same input, same output */
static void
test_deterministic (void)
{
  const char *input = "The mayor said the pier was safe, but critics say it is not. "
                      "Prices will rise, according to the bank.";
  g_autoptr(QcText) t1 = NULL;
  g_autoptr(QcText) t2 = NULL;
  g_autoptr(GArray) a = find (input, &t1);
  g_autoptr(GArray) b = find (input, &t2);

  g_assert_cmpuint (a->len, ==, b->len);
  g_assert_cmpmem (a->data, a->len * sizeof (QcReport), b->data, b->len * sizeof (QcReport));
}

/* Overlap F1 for indirect claims on the shared corpus and the dev
 * articles: a quality floor, scored with qc-eval */
static void
score_folder (const char   *articles,
              const char   *golds,
              QcEvalScores *scores)
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
      g_autoptr(GArray) reports = NULL;
      g_autoptr(GArray) spans = NULL;
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

      quotes = qc_quote_scan (text);
      reports = qc_reported_speech_find (text, quotes);
      check_invariants (text, reports);

      spans = g_array_new (FALSE, TRUE, sizeof (QcEvalSpan));
      for (guint i = 0; i < reports->len; i++)
        {
          const QcReport *r = &g_array_index (reports, QcReport, i);
          QcEvalSpan span = { 0, };

          span.start = qc_text_byte_to_char (text, r->start);
          span.end = qc_text_byte_to_char (text, r->end);
          span.kind = QC_CLAIM_KIND_INDIRECT;
          span.utterance = i;
          g_array_append_val (spans, span);
        }
      gold_spans = g_array_new (FALSE, TRUE, sizeof (QcEvalSpan));
      for (guint i = 0; i < qc_gold_get_n_spans (gold); i++)
        {
          const QcEvalSpan *g = qc_gold_get_span (gold, i);

          if (g->kind == QC_CLAIM_KIND_INDIRECT)
            g_array_append_val (gold_spans, *g);
        }
      qc_eval_scores_add_spans (scores, (const QcEvalSpan *) (gpointer) spans->data, spans->len,
                                (const QcEvalSpan *) (gpointer) gold_spans->data,
                                gold_spans->len);
    }
}

static void
test_corpus (void)
{
  const char *shared = g_getenv ("QC_SHARED_DIR");
  g_autofree char *dev_articles = NULL;
  g_autofree char *dev_golds = NULL;
  QcEvalScores scores = { 0, };
  const QcEvalCounts *counts;
  double f1;

  if (shared != NULL)
    {
      g_autofree char *articles = g_build_filename (shared, "corpus", "articles", NULL);
      g_autofree char *golds = g_build_filename (shared, "corpus", "gold", NULL);

      score_folder (articles, golds, &scores);
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
  score_folder (dev_articles, dev_golds, &scores);

  counts = &scores.counts[QC_EVAL_CATEGORY_INDIRECT];
  if (scores.n_documents == 0 || counts->n_gold == 0)
    {
      g_test_skip ("no corpus found (QC_SHARED_DIR, tests/data)");
      return;
    }
  f1 = qc_eval_counts_f1 (counts, QC_EVAL_MATCH_OVERLAP);
  g_test_message ("%u documents: indirect P %.3f R %.3f overlap F1 %.3f (exact F1 %.3f)",
                  scores.n_documents, qc_eval_counts_precision (counts, QC_EVAL_MATCH_OVERLAP),
                  qc_eval_counts_recall (counts, QC_EVAL_MATCH_OVERLAP), f1,
                  qc_eval_counts_f1 (counts, QC_EVAL_MATCH_EXACT));
  g_assert_cmpfloat (f1, >=, 0.80);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_cases ("verb", verb_cases, G_N_ELEMENTS (verb_cases));
  add_cases ("chain", chain_cases, G_N_ELEMENTS (chain_cases));
  add_cases ("post-posed", post_cases, G_N_ELEMENTS (post_cases));
  add_cases ("relative", relative_cases, G_N_ELEMENTS (relative_cases));
  add_cases ("according-to", according_cases, G_N_ELEMENTS (according_cases));
  add_cases ("headline", headline_cases, G_N_ELEMENTS (headline_cases));
  add_cases ("noun", noun_cases, G_N_ELEMENTS (noun_cases));
  add_cases ("boundary", boundary_cases, G_N_ELEMENTS (boundary_cases));
  add_cases ("not", not_cases, G_N_ELEMENTS (not_cases));
  add_cases ("quotes", quote_cases, G_N_ELEMENTS (quote_cases));
  g_test_add_func ("/qc/reported-speech/empty-and-whitespace", test_empty);
  g_test_add_func ("/qc/reported-speech/no-quotes-array", test_no_quotes_array);
  g_test_add_func ("/qc/reported-speech/cue-and-form", test_cue_and_form);
  g_test_add_func ("/qc/reported-speech/byte-offsets", test_byte_offsets);
  g_test_add_func ("/qc/reported-speech/quotes-nest-only", test_partial_overlap_only_nested);
  g_test_add_func ("/qc/reported-speech/pathological", test_pathological);
  g_test_add_func ("/qc/reported-speech/random", test_random);
  g_test_add_func ("/qc/reported-speech/deterministic", test_deterministic);
  g_test_add_func ("/qc/reported-speech/corpus", test_corpus);

  return g_test_run ();
}
