/* bench-detect.c: throughput and peak memory of the detection engine
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-detect [--sizes 1,10,100] [FILE…]
 *
 * Generates deterministic news-like text full of quotes of mixed styles
 * (1, 10 and 100 MB by default), then times on it and on every FILE:
 * loading (qc_text_new), the quote scanner alone (qc_quote_scan), the
 * whole pipeline (qc_detect) and printing JSON (streamed and json-c).
 * Each input runs in a fresh child process (this program re-executed with
 * --child), so the peak memory (VmHWM) is that input's own.
 */

#define G_LOG_DOMAIN "bench-detect"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-detect.h"
#include "qc-detection-json.h"
#include "qc-quote-scanner.h"

#define MB (1024.0 * 1024.0)

/* Text generator: xorshift64*, so the text is the same on every run */

typedef struct
{
  guint64 state;
} Rng;

static guint32
rng_next (Rng *rng)
{
  rng->state ^= rng->state >> 12;
  rng->state ^= rng->state << 25;
  rng->state ^= rng->state >> 27;
  return (guint32) ((rng->state * G_GUINT64_CONSTANT (2685821657736338717)) >> 32);
}

#define PICK(rng, list) ((list)[rng_next (rng) % G_N_ELEMENTS (list)])

static const char *first_names[] = {
  "Ada", "Ben", "Chiara", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi",
  "Inès", "Jonas", "Kemi", "Luis", "Mei", "Nikolai", "Olga", "Zoë",
};
static const char *last_names[] = {
  "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Nguyen",
  "Brennan", "Ivanova", "Castillo", "Osei", "Fischer", "O'Neill", "Søndergaard",
};
static const char *titles[] = {
  "Mr", "Ms", "Dr", "Mrs", "President", "Minister", "Senator", "Mayor", "Gov.",
};
static const char *roles[] = {
  "the finance minister", "a spokeswoman for the ministry", "the union's leader",
  "the head of the port authority", "a senior diplomat", "the city's mayor",
};
static const char *organisations[] = {
  "the Interior Ministry", "the city council", "the central bank", "the union",
  "Reuters", "the prosecutor's office", "NATO", "the World Health Organization",
};
static const char *speech[] = {
  "said", "told reporters", "added", "warned", "insisted", "claimed", "argued",
  "noted", "wrote on Twitter", "said in a statement",
};
static const char *nouns[] = {
  "budget", "bridge", "tariff", "election", "reform", "inflation rate", "strike",
  "talks", "vaccine programme", "port", "pension plan", "contract", "ceasefire",
  "housing scheme", "tax cut", "water deal",
};
static const char *predicates[] = {
  "will rise next year", "has been delayed again", "was a mistake from the start",
  "must be stopped", "is working as planned", "cannot continue like this",
  "will not change", "was never approved", "is the best we could get",
  "won't survive the winter", "isn't fair to anyone",
};
static const char *adjectives[] = {
  "unacceptable", "historic", "reckless", "premature", "fair", "overdue",
  "dumbed-down", "long-awaited",
};
static const char *adverbials[] = {
  "on Monday", "last week", "at a press conference", "late on Tuesday",
  "in an interview", "after the vote", "in 2019", "since the ’90s",
};

static void
append_clause (GString *out,
               Rng     *rng,
               gboolean capital)
{
  g_string_append (out, capital ? "The " : "the ");
  g_string_append (out, PICK (rng, nouns));
  g_string_append_c (out, ' ');
  g_string_append (out, PICK (rng, predicates));
  if (rng_next (rng) % 3 == 0)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, PICK (rng, adverbials));
    }
}

static void
append_name (GString *out,
             Rng     *rng)
{
  switch (rng_next (rng) % 3)
    {
    case 0:
      g_string_append_printf (out, "%s %s", PICK (rng, first_names), PICK (rng, last_names));
      break;
    case 1:
      g_string_append_printf (out, "%s %s", PICK (rng, titles), PICK (rng, last_names));
      break;
    default:
      g_string_append_printf (out, "%s %s %s", PICK (rng, titles), PICK (rng, first_names),
                              PICK (rng, last_names));
      break;
    }
}

static void
append_paragraph (GString *out,
                  Rng     *rng)
{
  switch (rng_next (rng) % 14)
    {
    case 0:   /* narrative, no quote */
    case 1:
      append_clause (out, rng, TRUE);
      g_string_append (out, ", and ");
      append_clause (out, rng, FALSE);
      g_string_append (out, ". Officials in the capital were not available. ");
      append_clause (out, rng, TRUE);
      g_string_append (out, ".");
      break;
    case 2:   /* curly direct, cue after */
      g_string_append (out, "“");
      append_clause (out, rng, TRUE);
      g_string_append (out, ". We don't accept it,” ");
      append_name (out, rng);
      g_string_append_printf (out, " %s.", PICK (rng, speech));
      break;
    case 3:   /* straight direct, inverted cue with apposition */
      g_string_append (out, "\"");
      append_clause (out, rng, TRUE);
      g_string_append (out, ",\" said ");
      append_name (out, rng);
      g_string_append_printf (out, ", %s.", PICK (rng, roles));
      break;
    case 4:   /* split quote */
      g_string_append (out, "“");
      append_clause (out, rng, TRUE);
      g_string_append (out, ",” she said, “and ");
      append_clause (out, rng, FALSE);
      g_string_append (out, ".”");
      break;
    case 5:   /* partial quotes */
      append_name (out, rng);
      g_string_append_printf (out, " called the %s “%s” and said it was “a %s %s”.",
                              PICK (rng, nouns), PICK (rng, adjectives),
                              PICK (rng, adjectives), PICK (rng, nouns));
      break;
    case 6:   /* indirect */
      append_name (out, rng);
      g_string_append_printf (out, " %s that ", PICK (rng, speech));
      append_clause (out, rng, FALSE);
      g_string_append (out, ". According to ");
      g_string_append (out, PICK (rng, organisations));
      g_string_append (out, ", ");
      append_clause (out, rng, FALSE);
      g_string_append (out, ".");
      break;
    case 7:   /* British single quotes, apostrophes */
      g_string_append (out, "‘");
      append_clause (out, rng, TRUE);
      g_string_append (out, ", and it's not rock ’n’ roll,’ ");
      g_string_append (out, PICK (rng, last_names));
      g_string_append (out, " told the BBC.");
      break;
    case 8:   /* guillemets */
      g_string_append (out, "«");
      append_clause (out, rng, TRUE);
      g_string_append (out, "», ");
      append_name (out, rng);
      g_string_append (out, " said.");
      break;
    case 9:   /* a quote over two paragraphs */
      g_string_append (out, "“");
      append_clause (out, rng, TRUE);
      g_string_append (out, ". ");
      append_clause (out, rng, TRUE);
      g_string_append (out, ".\n\n“");
      append_clause (out, rng, TRUE);
      g_string_append (out, ",” ");
      g_string_append (out, PICK (rng, last_names));
      g_string_append (out, " added.");
      break;
    case 10:  /* colon intro, nested quote */
      append_name (out, rng);
      g_string_append (out, " said: “He told me ‘never again’, and ");
      append_clause (out, rng, FALSE);
      g_string_append (out, ".”");
      break;
    case 11:  /* doubled apostrophes */
      g_string_append (out, "''");
      append_clause (out, rng, TRUE);
      g_string_append (out, ",'' ");
      append_name (out, rng);
      g_string_append (out, " said.");
      break;
    case 12:  /* pronoun cue after a standalone quote */
      g_string_append (out, "“");
      append_clause (out, rng, TRUE);
      g_string_append (out, ".” He did not elaborate.");
      break;
    default:  /* reported speech with a partial inside */
      g_string_append (out, PICK (rng, organisations));
      g_string_append (out, " said the ");
      g_string_append (out, PICK (rng, nouns));
      g_string_append_printf (out, " was “%s” and ", PICK (rng, adjectives));
      append_clause (out, rng, FALSE);
      g_string_append (out, ".");
      break;
    }
  g_string_append (out, "\n\n");
}

static GString *
generate (gsize target)
{
  GString *out = g_string_sized_new (target + 4096);
  Rng rng = { G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) };
  guint n = 0;

  while (out->len < target)
    {
      if (n++ % 12 == 0)
        {
          g_string_append (out, "Headline: ");
          append_clause (out, &rng, TRUE);
          g_string_append (out, "\n\n");
        }
      append_paragraph (out, &rng);
    }
  return out;
}

/* Measurements */

static gsize
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, field);
  if (line == NULL)
    return 0;
  return (gsize) g_ascii_strtoull (line + strlen (field) + 1, NULL, 10);
}

/* Resets VmHWM to the current RSS (Linux 4.0 and later), so the next
 * stage's peak is its own. */
static gboolean
reset_peak (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fputs ("5", file) >= 0;
  return fclose (file) == 0 && ok;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static guint
repetitions (gsize length)
{
  if (length <= 2 * MB)
    return 5;
  if (length <= 20 * MB)
    return 2;
  return 1;
}

static int
run_child (const char *mode,
           const char *arg)
{
  g_autoptr(GString) input = NULL;
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcDetection) detection = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  double best_load = G_MAXDOUBLE, best_scan = G_MAXDOUBLE, best_detect = G_MAXDOUBLE;
  double best_json = G_MAXDOUBLE, best_jsonc = G_MAXDOUBLE;
  double size_mb;
  gsize rss_input_kb, hwm_kb, rss_kb, json_kb = 0, jsonc_kb = 0;
  gboolean can_reset;
  guint reps, n_quotes = 0;
  gsize json_bytes = 0;

  if (strcmp (mode, "gen") == 0)
    {
      input = generate ((gsize) (g_ascii_strtod (arg, NULL) * MB));
      label = g_strdup_printf ("generated %s MB", arg);
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (arg, &contents, &length, &error))
        {
          fprintf (stderr, "bench-detect: %s\n", error->message);
          return 1;
        }
      input = g_string_new_len (contents, (gssize) length);
      label = g_path_get_basename (arg);
    }
  size_mb = input->len / MB;
  reps = repetitions (input->len);
  rss_input_kb = status_kb ("VmRSS:");

  /* (a) loading, and the scanner alone */
  for (guint i = 0; i < reps; i++)
    {
      double t0 = now ();
      g_autoptr(QcText) t = qc_text_new (input->str, (gssize) input->len, label, &error);

      if (t == NULL)
        {
          fprintf (stderr, "bench-detect: %s\n", error->message);
          return 1;
        }
      best_load = MIN (best_load, now () - t0);
    }
  text = qc_text_new (input->str, (gssize) input->len, label, NULL);
  for (guint i = 0; i < reps; i++)
    {
      double t0 = now ();
      g_autoptr(GArray) quotes = qc_quote_scan (text);

      best_scan = MIN (best_scan, now () - t0);
      n_quotes = quotes->len;
    }

  /* (b) the whole pipeline */
  for (guint i = 0; i < reps; i++)
    {
      double t0 = now ();
      g_autoptr(QcDetection) d = qc_detect (text);

      best_detect = MIN (best_detect, now () - t0);
    }
  detection = qc_detect (text);
  hwm_kb = status_kb ("VmHWM:");

  /* Printing JSON, each way with its own peak over the RSS before it */
  can_reset = reset_peak ();
  rss_kb = status_kb ("VmRSS:");
  for (guint i = 0; i < reps; i++)
    {
      double t0 = now ();
      g_autoptr(GString) out = g_string_sized_new (input->len);

      qc_detection_append_json (detection, out);
      best_json = MIN (best_json, now () - t0);
      json_bytes = out->len;
    }
  if (can_reset)
    json_kb = status_kb ("VmHWM:") - MIN (rss_kb, status_kb ("VmHWM:"));
  can_reset = reset_peak ();
  rss_kb = status_kb ("VmRSS:");
  for (guint i = 0; i < reps; i++)
    {
      double t0 = now ();
      g_autoptr(json_object) root = qc_detection_to_json (detection);
      const char *str = json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN |
                                                              JSON_C_TO_STRING_NOSLASHESCAPE);

      g_assert (strlen (str) == json_bytes);
      best_jsonc = MIN (best_jsonc, now () - t0);
    }
  if (can_reset)
    jsonc_kb = status_kb ("VmHWM:") - MIN (rss_kb, status_kb ("VmHWM:"));

  printf ("%-24s %7.1f | %7.0f %7.0f %7.0f | %7.0f %7.0f %6.2f | %7.0f %7.0f | %7u %7u %4u | %7.1f %5.2f %5.2f | %7.1f %7.1f\n",
          label, size_mb,
          size_mb / best_load, size_mb / best_scan, size_mb / (best_load + best_scan),
          size_mb / best_detect, size_mb / (best_load + best_detect),
          (best_load + best_detect) * 1000.0 / size_mb,
          size_mb / best_json, size_mb / best_jsonc,
          n_quotes, qc_detection_get_n_claims (detection), qc_detection_get_n_speakers (detection),
          hwm_kb / 1024.0, hwm_kb * 1024.0 / input->len,
          (hwm_kb > rss_input_kb ? hwm_kb - rss_input_kb : 0) * 1024.0 / input->len,
          json_kb / 1024.0, jsonc_kb / 1024.0);
  fflush (stdout);
  return 0;
}

static gboolean
spawn_child (const char *self,
             const char *mode,
             const char *arg)
{
  const char *argv[] = { self, "--child", mode, arg, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  fflush (stdout);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                     NULL, NULL, NULL, NULL, &status, &error))
    {
      fprintf (stderr, "bench-detect: %s\n", error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, &error))
    {
      fprintf (stderr, "bench-detect: %s %s: %s\n", mode, arg, error->message);
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) size_list = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  gboolean ok = TRUE;
  GOptionEntry entries[] = {
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "Generated sizes in MB (default 1,10,100; empty for none)", "LIST" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL }
  };

  if (argc == 4 && strcmp (argv[1], "--child") == 0)
    return run_child (argv[2], argv[3]);

  context = g_option_context_new ("[FILE…] — time the detection engine");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-detect: %s\n", error->message);
      return 2;
    }

  /* Re-execute this very binary for each input. */
  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);

  printf ("MB/s of input (best of 5 runs below 2 MB, 2 below 20 MB, else 1); each input in a fresh process\n");
  printf ("load = qc_text_new, scan = qc_quote_scan, detect = qc_detect (text loaded), ms/MB = load+detect;\n");
  printf ("json = streamed qc_detection_append_json, json-c = qc_detection_to_json + to_string;\n");
  printf ("peak = VmHWM after loading and detecting; /in = peak / input; eng = (peak - RSS with the\n");
  printf ("input read) / input; +json, +json-c = extra peak MB of printing the JSON each way\n\n");
  printf ("%-24s %7s | %7s %7s %7s | %7s %7s %6s | %7s %7s | %7s %7s %4s | %7s %5s %5s | %7s %7s\n",
          "input", "MB", "load", "scan", "ld+scan", "detect", "ld+det", "ms/MB",
          "json", "json-c", "quotes", "claims", "spk", "peak MB", "/in", "eng", "+json", "+json-c");

  size_list = g_strsplit (sizes ? sizes : "1,10,100", ",", -1);
  for (guint i = 0; size_list[i] != NULL; i++)
    if (*g_strstrip (size_list[i]) != '\0')
      ok &= spawn_child (self, "gen", size_list[i]);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    ok &= spawn_child (self, "file", files[i]);

  return ok ? 0 : 1;
}
