/* test-detect.c: the whole pipeline on edge cases, random input and JSON
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "qc-autocleanups.h"
#include "qc-detect-private.h"
#include "qc-detection-json.h"

/* Helpers */

static char *
tree_json (QcDetection *detection)
{
  g_autoptr(json_object) root = qc_detection_to_json (detection);

  return g_strdup (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN |
                                                         JSON_C_TO_STRING_NOSLASHESCAPE));
}

static char *
streamed_json (QcDetection *detection)
{
  GString *out = g_string_new (NULL);

  qc_detection_append_json (detection, out);
  return g_string_free (out, FALSE);
}

static json_object *
member (json_object *obj,
        const char  *key,
        json_type    type)
{
  json_object *value = NULL;

  g_assert_true (json_object_is_type (obj, json_type_object));
  if (!json_object_object_get_ex (obj, key, &value))
    g_error ("JSON member \"%s\" is missing", key);
  if (!json_object_is_type (value, type))
    g_error ("JSON member \"%s\" is a %s, not a %s", key,
             json_type_to_name (json_object_get_type (value)), json_type_to_name (type));
  return value;
}

static gboolean
is_null_or (json_object *obj,
            const char  *key,
            json_type    type)
{
  json_object *value = NULL;

  g_assert_true (json_object_object_get_ex (obj, key, &value));
  if (value == NULL)
    return TRUE;
  g_assert_cmpstr (json_type_to_name (json_object_get_type (value)), ==, json_type_to_name (type));
  return FALSE;
}

/* The documented shape of `detect --json`, checked on the parsed text. */
static void
check_json_shape (QcDetection *detection,
                  const char  *json)
{
  g_autoptr(json_tokener) tokener = json_tokener_new ();
  g_autoptr(json_object) root = NULL;
  QcText *text = qc_detection_get_text (detection);
  json_object *claims, *speakers;

  root = json_tokener_parse_ex (tokener, json, (int) strlen (json));
  g_assert_cmpint (json_tokener_get_error (tokener), ==, json_tokener_success);
  g_assert_cmpuint (json_tokener_get_parse_end (tokener), ==, strlen (json));
  g_assert_cmpint (json_object_object_length (root), ==, 2);

  claims = member (root, "claims", json_type_array);
  speakers = member (root, "speakers", json_type_array);
  g_assert_cmpuint (json_object_array_length (claims), ==, qc_detection_get_n_claims (detection));
  g_assert_cmpuint (json_object_array_length (speakers), ==, qc_detection_get_n_speakers (detection));

  for (gsize i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *claim = json_object_array_get_idx (claims, i);
      const QcDetectedClaim *c = qc_detection_get_claim (detection, (guint) i);
      g_autofree char *claim_text = qc_detection_dup_claim_text (detection, (guint) i);
      double confidence;

      g_assert_cmpint (json_object_object_length (claim), ==, 8);
      g_assert_cmpint (json_object_get_int64 (member (claim, "start", json_type_int)), ==, (gint64) c->start);
      g_assert_cmpint (json_object_get_int64 (member (claim, "end", json_type_int)), ==, (gint64) c->end);
      g_assert_cmpstr (json_object_get_string (member (claim, "text", json_type_string)), ==, claim_text);
      g_assert_cmpstr (json_object_get_string (member (claim, "kind", json_type_string)), ==,
                       qc_claim_kind_to_string (c->kind));
      if (is_null_or (claim, "speaker", json_type_string))
        g_assert_cmpint (c->speaker, ==, -1);
      else
        g_assert_cmpstr (json_object_get_string (member (claim, "speaker", json_type_string)), ==,
                         qc_detection_get_speaker (detection, (guint) c->speaker)->name);
      if (!is_null_or (claim, "cue", json_type_object))
        {
          json_object *cue = member (claim, "cue", json_type_object);
          gint64 start = json_object_get_int64 (member (cue, "start", json_type_int));
          gint64 end = json_object_get_int64 (member (cue, "end", json_type_int));

          g_assert_cmpint (json_object_object_length (cue), ==, 3);
          g_assert_cmpint (start, <, end);
          g_assert_cmpint (end, <=, (gint64) qc_text_get_n_chars (text));
          member (cue, "text", json_type_string);
        }
      confidence = json_object_get_double (member (claim, "confidence", json_type_double));
      g_assert_cmpfloat (confidence, >=, 0.0);
      g_assert_cmpfloat (confidence, <=, 1.0);
      g_assert_cmpint (json_object_get_int64 (member (claim, "utterance", json_type_int)), ==,
                       (gint64) c->utterance);
    }

  for (gsize i = 0; i < json_object_array_length (speakers); i++)
    {
      json_object *speaker = json_object_array_get_idx (speakers, i);
      const char *kind = json_object_get_string (member (speaker, "kind", json_type_string));
      json_object *aliases;

      g_assert_cmpint (json_object_object_length (speaker), ==, 4);
      member (speaker, "name", json_type_string);
      g_assert_true (g_strv_contains ((const char *[]) { "person", "organisation", "unknown", NULL },
                                      kind));
      is_null_or (speaker, "role", json_type_string);
      aliases = member (speaker, "aliases", json_type_array);
      for (gsize j = 0; j < json_object_array_length (aliases); j++)
        g_assert_true (json_object_is_type (json_object_array_get_idx (aliases, j), json_type_string));
    }
}

/* What every detection must satisfy, whatever the input. */
static void
check_invariants (QcDetection *detection)
{
  QcText *text = qc_detection_get_text (detection);
  gsize n_chars = qc_text_get_n_chars (text);
  guint n_claims = qc_detection_get_n_claims (detection);
  guint n_speakers = qc_detection_get_n_speakers (detection);
  g_autoptr(GHashTable) utterance_speaker = g_hash_table_new (NULL, NULL);
  g_autofree char *tree = NULL;
  g_autofree char *streamed = NULL;

  for (guint i = 0; i < n_claims; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);
      gpointer speaker;

      g_assert_cmpuint (claim->start, <, claim->end);
      g_assert_cmpuint (claim->end, <=, n_chars);
      if (i > 0)
        g_assert_cmpuint (qc_detection_get_claim (detection, i - 1)->start, <=, claim->start);
      g_assert_cmpint (claim->kind, <=, QC_CLAIM_KIND_INDIRECT);
      g_assert_cmpint (claim->speaker, >=, -1);
      g_assert_cmpint (claim->speaker, <, (gint) n_speakers);
      g_assert_cmpuint (claim->cue_start, <=, claim->cue_end);
      g_assert_cmpuint (claim->cue_end, <=, n_chars);
      g_assert_cmpfloat (claim->confidence, >=, 0.0);
      g_assert_cmpfloat (claim->confidence, <=, 1.0);

      if (g_hash_table_lookup_extended (utterance_speaker, GUINT_TO_POINTER (claim->utterance),
                                        NULL, &speaker))
        g_assert_cmpint (GPOINTER_TO_INT (speaker), ==, claim->speaker);
      else
        g_hash_table_insert (utterance_speaker, GUINT_TO_POINTER (claim->utterance),
                             GINT_TO_POINTER (claim->speaker));
    }
  for (guint i = 0; i < n_speakers; i++)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (detection, i);

      g_assert_nonnull (speaker->name);
      g_assert_true (g_utf8_validate (speaker->name, -1, NULL));
      g_assert_cmpint (speaker->kind, <=, QC_SPEAKER_KIND_ORGANISATION);
    }

  /* The streamed JSON that `detect --json` prints is json-c's, byte for byte. */
  tree = tree_json (detection);
  streamed = streamed_json (detection);
  g_assert_cmpstr (streamed, ==, tree);
  check_json_shape (detection, streamed);
}

/* Reading a text in two halves by two threads gives what one pass does */
static void
check_halves (QcText *text)
{
  g_autoptr(QcDetection) whole = qc_detect_full (text, FALSE);
  g_autoptr(QcDetection) halves = qc_detect_full (text, TRUE);
  g_autofree char *a = streamed_json (whole);
  g_autofree char *b = streamed_json (halves);

  g_assert_cmpstr (a, ==, b);
}

static QcDetection *
detect_data (const char *data,
             gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QcText) text = qc_text_new (data, length, "test", &error);
  QcDetection *detection;

  g_assert_no_error (error);
  g_assert_nonnull (text);
  detection = qc_detect (text);
  g_assert_nonnull (detection);
  g_assert_true (qc_detection_get_text (detection) == text);
  check_invariants (detection);
  check_halves (text);
  return detection;
}

static QcDetection *
detect_file (const char *contents,
             gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(QcText) text = NULL;
  QcDetection *detection;
  int fd;

  fd = g_file_open_tmp ("qc-detect-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  text = qc_text_new_from_file (path, &error);
  g_unlink (path);
  g_assert_no_error (error);
  detection = qc_detect (text);
  check_invariants (detection);
  return detection;
}

/* Edge cases */

static void
test_empty (void)
{
  g_autoptr(QcDetection) detection = detect_file ("", 0);
  g_autoptr(QcDetection) from_data = detect_data ("", 0);
  g_autofree char *json = streamed_json (detection);

  g_assert_cmpuint (qc_text_get_n_chars (qc_detection_get_text (detection)), ==, 0);
  g_assert_cmpuint (qc_detection_get_n_claims (detection), ==, 0);
  g_assert_cmpuint (qc_detection_get_n_speakers (detection), ==, 0);
  g_assert_cmpstr (json, ==, "{\"claims\":[],\"speakers\":[]}");
  g_assert_cmpuint (qc_detection_get_n_claims (from_data), ==, 0);
}

static void
test_one_char (void)
{
  static const char *inputs[] = { "x", ".", "\n", "\"", "'", "“", "”", "é", "\xEF\xBB\xBF" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(QcDetection) detection = detect_file (inputs[i], -1);

      g_test_message ("input “%s”", inputs[i]);
      g_assert_cmpuint (qc_text_get_n_chars (qc_detection_get_text (detection)), <=, 1);
    }
}

static void
test_whitespace_only (void)
{
  static const char *inputs[] = {
    " ", "\n\n\n", " \t \r\n \r \n\n  \t", "\u00a0\u2009\n\u3000",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(QcDetection) detection = detect_file (inputs[i], -1);

      g_assert_cmpuint (qc_detection_get_n_claims (detection), ==, 0);
      g_assert_cmpuint (qc_detection_get_n_speakers (detection), ==, 0);
    }
}

static void
test_single_quote_mark (void)
{
  static const char *marks[] = {
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''", "``",
  };
  static const char *frames[] = {
    "%s",
    "%s Tax rates will rise, the minister said.",
    "The minister said %s tax rates will rise.",
    "The minister said tax rates will rise.%s",
    "First paragraph.\n\n%s\n\nThird paragraph.",
    "He said: %s",
  };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    for (guint j = 0; j < G_N_ELEMENTS (frames); j++)
      {
        g_autofree char *input = g_strdup_printf (frames[j], marks[i]);
        g_autoptr(QcDetection) detection = NULL;

        g_test_message ("input «%s»", input);
        detection = detect_data (input, -1);
        if (j == 0)
          g_assert_cmpuint (qc_detection_get_n_speakers (detection), ==, 0);
      }
}

static void
time_detect (const char *piece,
             guint       n,
             gboolean    check)
{
  g_autoptr(GString) input = g_string_new (NULL);
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcDetection) detection = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *escaped = NULL;
  double seconds;

  for (guint i = 0; i < n; i++)
    g_string_append (input, piece);
  g_timer_start (timer);
  text = qc_text_new (input->str, (gssize) input->len, "marks", NULL);
  detection = qc_detect (text);
  seconds = g_timer_elapsed (timer, NULL);
  escaped = g_strescape (piece, NULL);
  g_test_message ("%u x \"%s\": %" G_GSIZE_FORMAT " bytes, %u claims, %.4f s",
                  n, escaped, input->len, qc_detection_get_n_claims (detection), seconds);
  if (check)
    check_invariants (detection);
}

/* 10,000 marks, then 40,000. Linearity is measured by bench-detect, not
 * by timing here (timed unit tests fail on a busy machine); quadratic work
 * on 40,000 marks takes minutes and trips meson's test timeout instead. */
static void
check_linear (const char *piece)
{
  time_detect (piece, 10000, TRUE);
  time_detect (piece, 40000, TRUE);
}

static void
test_unbalanced_marks (void)
{
  static const char *pieces[] = {
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„",
    "“word ", "he said “", "“x\n", "“x.\n\n", "“‘\"'«", "Mr Lee said that “",
    "\"a\" ", "“A,” he said, “", "‘tis ’90s ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
    check_linear (pieces[i]);
}

static void
test_json_shape (void)
{
  static const char *inputs[] = {
    "“We will not back down,” Ms Ada Okafor, the city's transport chief, said on Monday.\n\n"
    "She said the bridge would open in May. According to the ministry, costs rose.\n\n"
    "“It is a \"scandal\",” said Mr Lee. “Nobody asked us.\n\n“Nobody.”\n",
    "Control \x01\x02\x1f characters, a tab\there, a backslash \\ and a slash / in “quotes \\ / \x7f”.",
    "He said: “Line one\r\nline two.”",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(QcDetection) detection = detect_data (inputs[i], -1);
      g_autofree char *json = streamed_json (detection);

      g_test_message ("%s", json);
      g_assert_true (g_str_has_prefix (json, "{\"claims\":["));
      g_assert_true (g_str_has_suffix (json, "]}"));
    }
}

/* The escaping is json-c's exactly; every ASCII byte and a few others. */
static void
test_json_escaping (void)
{
  char all[160];
  gsize n = 0;
  static const char *samples[] = {
    "", "plain", "“curly” ‘single’ — £ é 中文 😀", "a\"b\\c/d", "\u2028\u2029", "\xc2\xa0nbsp",
  };

  for (int c = 1; c < 128; c++)
    all[n++] = (char) c;
  all[n] = '\0';

  for (guint i = 0; i <= G_N_ELEMENTS (samples); i++)
    {
      const char *str = i < G_N_ELEMENTS (samples) ? samples[i] : all;
      g_autoptr(json_object) obj = json_object_new_string (str);
      g_autoptr(GString) out = g_string_new (NULL);

      qc_json_append_string (out, str, strlen (str));
      g_assert_cmpstr (out->str, ==, json_object_to_json_string_ext (obj, JSON_C_TO_STRING_PLAIN |
                                                                          JSON_C_TO_STRING_NOSLASHESCAPE));
    }
}

/* Random input */

static void
test_random (void)
{
  static const char *pieces[] = {
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "``", "''",
    "a", "b", "e", "Z", "Mr", "Ms.", "He", "she", "said", "told", "that", "according to",
    "the ministry", "Dalgaard", "Ann Lee", "n't", "’s", "rock ’n’ roll", "’90s",
    " ", " ", " ", " ", "\n", "\n\n", "\t", "\u00a0", ".", ".", ",", ":", ";", "?", "!", "-", "—",
    "\r\n", "é", "中",
  };

  /* A fixed seed: the same 2000 strings on every run. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) input = g_string_new (NULL);
      g_autoptr(QcDetection) detection = NULL;
      guint n = (guint) g_rand_int_range (rand, 0, 120);

      for (guint i = 0; i < n; i++)
        g_string_append (input, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      if (g_test_verbose ())
        g_test_message ("round %u: «%s»", round, input->str);
      g_assert_true (g_utf8_validate (input->str, (gssize) input->len, NULL));
      detection = detect_data (input->str, (gssize) input->len);
    }
}

/* Quotes running from sentence to sentence and paragraph to paragraph,
 * across the middle where the two halves meet */
static void
test_halves_quote_across_split (void)
{
  static const char * const middles[] = {
    "“We will not sign. Not this year. Not next year,” Ms Marsh told delegates. ",
    "He said: “The plan failed.\n\n“It failed again, and the town knows it.\n\n",
    "Okafor called it “a mess. A real mess” and left. ",
    "“Unclosed quote running on. And on. And on. ",
  };

  for (guint k = 0; k < G_N_ELEMENTS (middles); k++)
    for (guint before = 0; before < 12; before++)
      {
        g_autoptr(GString) str = g_string_new (NULL);
        g_autoptr(QcText) text = NULL;

        for (guint i = 0; i < before; i++)
          g_string_append (str, "The council met. Officials said the budget was late. ");
        g_string_append (str, middles[k]);
        for (guint i = 0; i < 12 - before; i++)
          g_string_append (str, "“It is late,” she said. He agreed. ");
        text = qc_text_new (str->str, (gssize) str->len, "halves", NULL);
        check_halves (text);
      }
}

/* Real text, read by path: the corpus articles and, with -m slow, the
 * novels. Only invariants and the JSON are checked here; quality is the
 * corpus suite's business. */
static void
check_directory (const char *dir,
                 gboolean    slow_only)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(QcText) text = NULL;
      g_autoptr(QcDetection) detection = NULL;

      if (!g_str_has_suffix (name, ".txt") || (slow_only && !g_test_slow ()))
        continue;
      text = qc_text_new_from_file (path, &error);
      g_assert_no_error (error);
      detection = qc_detect (text);
      check_invariants (detection);
      check_halves (text);
      g_test_message ("%s: %u claims, %u speakers", name,
                      qc_detection_get_n_claims (detection),
                      qc_detection_get_n_speakers (detection));
      n++;
    }
  g_test_message ("%s: %u files", dir, n);
}

static void
test_real_texts (void)
{
  const char *shared = g_getenv ("QC_SHARED_DIR");
  g_autofree char *articles = NULL;
  g_autofree char *novels = NULL;
  g_autofree char *own = g_test_build_filename (G_TEST_DIST, "data", "articles", NULL);

  check_directory (own, FALSE);
  if (shared == NULL || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("QC_SHARED_DIR is not set or not a folder");
      return;
    }
  articles = g_build_filename (shared, "corpus", "articles", NULL);
  novels = g_build_filename (shared, "large", NULL);
  check_directory (articles, FALSE);
  check_directory (novels, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/detect/empty", test_empty);
  g_test_add_func ("/qc/detect/one-char", test_one_char);
  g_test_add_func ("/qc/detect/whitespace-only", test_whitespace_only);
  g_test_add_func ("/qc/detect/single-quote-mark", test_single_quote_mark);
  g_test_add_func ("/qc/detect/unbalanced-marks", test_unbalanced_marks);
  g_test_add_func ("/qc/detect/json-shape", test_json_shape);
  g_test_add_func ("/qc/detect/json-escaping", test_json_escaping);
  g_test_add_func ("/qc/detect/random", test_random);
  g_test_add_func ("/qc/detect/halves-quote-across-split", test_halves_quote_across_split);
  g_test_add_func ("/qc/detect/real-texts", test_real_texts);

  return g_test_run ();
}
