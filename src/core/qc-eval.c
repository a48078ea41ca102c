/* qc-eval.c: score detection against gold annotations
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-eval"

#include "config.h"

#include "qc-eval.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "qc-autocleanups.h"

G_DEFINE_QUARK (qc-eval-error-quark, qc_eval_error)

struct _QcGold
{
  json_object *root;      /* owns every string the spans point to */
  GArray      *spans;     /* QcEvalSpan, sorted by (start, -end) */
  GPtrArray   *aliases;   /* GPtrArray of borrowed strings, NULL-terminated */
};

/* Gold */

void
qc_gold_free (QcGold *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->root, json_object_put);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_free (self);
}

static int
compare_spans (const void *a,
               const void *b)
{
  const QcEvalSpan *x = a;
  const QcEvalSpan *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return 0;
}

static gboolean
get_offset (json_object  *quote,
            const char   *key,
            const char   *name,
            guint         index,
            gsize        *offset,
            GError      **error)
{
  json_object *value;
  gint64 number;

  if (!json_object_object_get_ex (quote, key, &value) ||
      !json_object_is_type (value, json_type_int))
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: quotes[%u].%s is missing or not an integer"),
                   name, index, key);
      return FALSE;
    }
  number = json_object_get_int64 (value);
  if (number < 0)
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: quotes[%u].%s is out of range"),
                   name, index, key);
      return FALSE;
    }
  *offset = (gsize) number;
  return TRUE;
}

/* A short, single-line excerpt for error messages. */
static char *
excerpt (const char *str,
         gsize       length)
{
  GString *out = g_string_new (NULL);
  const char *end = str + length;
  guint n = 0;

  for (const char *p = str; p < end && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n++ == 40)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == '\n' || c == '\t' || c == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
load_speakers (QcGold      *self,
               json_object *speakers,
               const char  *name,
               GHashTable  *by_name,
               GError     **error)
{
  gsize n = json_object_array_length (speakers);

  for (gsize i = 0; i < n; i++)
    {
      json_object *speaker = json_object_array_get_idx (speakers, i);
      json_object *value;
      json_object *aliases;
      GPtrArray *list;

      if (!json_object_is_type (speaker, json_type_object) ||
          !json_object_object_get_ex (speaker, "name", &value) ||
          !json_object_is_type (value, json_type_string))
        {
          g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                       _("%s: speakers[%u] has no \"name\" string"),
                       name, (guint) i);
          return FALSE;
        }

      list = g_ptr_array_new ();
      g_ptr_array_add (self->aliases, list);
      if (json_object_object_get_ex (speaker, "aliases", &aliases) && aliases != NULL)
        {
          if (!json_object_is_type (aliases, json_type_array))
            {
              g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                           _("%s: speakers[%u].aliases is not an array"),
                           name, (guint) i);
              return FALSE;
            }
          for (gsize j = 0; j < json_object_array_length (aliases); j++)
            {
              json_object *alias = json_object_array_get_idx (aliases, j);

              if (!json_object_is_type (alias, json_type_string))
                {
                  g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                               _("%s: speakers[%u].aliases[%u] is not a string"),
                               name, (guint) i, (guint) j);
                  return FALSE;
                }
              g_ptr_array_add (list, (gpointer) json_object_get_string (alias));
            }
        }
      g_ptr_array_add (list, NULL);
      g_hash_table_insert (by_name, (gpointer) json_object_get_string (value), list->pdata);
    }
  return TRUE;
}

static gboolean
load_quote (QcGold      *self,
            json_object *quote,
            const char  *name,
            guint        index,
            QcText      *text,
            GHashTable  *by_name,
            GError     **error)
{
  QcEvalSpan span = { 0, };
  json_object *value;
  const char *quote_text;
  gsize n_chars = qc_text_get_n_chars (text);
  gsize b_start, b_end;

  if (!json_object_is_type (quote, json_type_object))
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: quotes[%u] is not an object"), name, index);
      return FALSE;
    }
  if (!get_offset (quote, "start", name, index, &span.start, error) ||
      !get_offset (quote, "end", name, index, &span.end, error))
    return FALSE;

  if (!json_object_object_get_ex (quote, "kind", &value) ||
      !json_object_is_type (value, json_type_string) ||
      !qc_claim_kind_from_string (json_object_get_string (value), &span.kind))
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: quotes[%u].kind is not one of direct, partial, indirect"),
                   name, index);
      return FALSE;
    }

  if (!json_object_object_get_ex (quote, "speaker", &value) ||
      (value != NULL && !json_object_is_type (value, json_type_string)))
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: quotes[%u].speaker is missing or neither a string nor null"),
                   name, index);
      return FALSE;
    }
  if (value != NULL)
    {
      span.speaker = json_object_get_string (value);
      span.aliases = g_hash_table_lookup (by_name, span.speaker);
    }

  if (!json_object_object_get_ex (quote, "text", &value) ||
      !json_object_is_type (value, json_type_string))
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: quotes[%u].text is missing or not a string"), name, index);
      return FALSE;
    }
  quote_text = json_object_get_string (value);

  if (span.start >= span.end || span.end > n_chars)
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_OFFSETS,
                   _("%s: quotes[%u]: offsets %" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT
                     " do not lie inside the text (%" G_GSIZE_FORMAT " characters)"),
                   name, index, span.start, span.end, n_chars);
      return FALSE;
    }

  b_start = qc_text_char_to_byte (text, span.start);
  b_end = qc_text_char_to_byte (text, span.end);
  if ((gsize) json_object_get_string_len (value) != b_end - b_start ||
      memcmp (qc_text_get_data (text) + b_start, quote_text, b_end - b_start) != 0)
    {
      g_autofree char *found = excerpt (qc_text_get_data (text) + b_start, b_end - b_start);
      g_autofree char *expected = excerpt (quote_text, strlen (quote_text));

      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_OFFSETS,
                   _("%s: quotes[%u]: the text at %" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT
                     " is “%s”, not “%s”"),
                   name, index, span.start, span.end, found, expected);
      return FALSE;
    }

  g_array_append_val (self->spans, span);
  return TRUE;
}

/**
 * qc_gold_new_from_data:
 * @data: the gold JSON (format in shared/corpus/README.md, "Gold format")
 * @length: length of @data in bytes, or -1 when nul-terminated
 * @name: the file name, used in error messages
 * @text: the article the gold annotates
 * @error: return location for a #QC_EVAL_ERROR
 *
 * Loads gold annotations and checks every quote against @text: its
 * character offsets lie inside the text and the text between them equals
 * the quote's "text".
 *
 * Returns: (transfer full) (nullable): the gold, or %NULL with @error set
 */
QcGold *
qc_gold_new_from_data (const char  *data,
                       gssize       length,
                       const char  *name,
                       QcText      *text,
                       GError     **error)
{
  g_autoptr(QcGold) self = NULL;
  g_autoptr(json_tokener) tokener = NULL;
  g_autoptr(GHashTable) by_name = NULL;
  enum json_tokener_error jerr;
  json_object *quotes;
  json_object *speakers;
  gsize parsed;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = "gold";
  if (length < 0)
    length = (gssize) strlen (data);
  if (length > G_MAXINT)
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_PARSE,
                   _("%s: the file is too large"), name);
      return NULL;
    }

  self = g_new0 (QcGold, 1);
  self->spans = g_array_new (FALSE, TRUE, sizeof (QcEvalSpan));
  self->aliases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  tokener = json_tokener_new ();
  self->root = json_tokener_parse_ex (tokener, data, (int) length);
  jerr = json_tokener_get_error (tokener);
  parsed = json_tokener_get_parse_end (tokener);
  if (jerr == json_tokener_continue)
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_PARSE,
                   _("%s: unexpected end of JSON"), name);
      return NULL;
    }
  if (jerr != json_tokener_success)
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_PARSE,
                   _("%s: invalid JSON at byte %" G_GSIZE_FORMAT ": %s"),
                   name, parsed, json_tokener_error_desc (jerr));
      return NULL;
    }
  for (gsize i = parsed; i < (gsize) length; i++)
    if (!g_ascii_isspace (data[i]))
      {
        g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_PARSE,
                     _("%s: unexpected data after the JSON value at byte %" G_GSIZE_FORMAT),
                     name, i);
        return NULL;
      }

  if (!json_object_is_type (self->root, json_type_object))
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: the top level is not a JSON object"), name);
      return NULL;
    }

  by_name = g_hash_table_new (g_str_hash, g_str_equal);
  if (json_object_object_get_ex (self->root, "speakers", &speakers) && speakers != NULL)
    {
      if (!json_object_is_type (speakers, json_type_array))
        {
          g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                       _("%s: \"speakers\" is not an array"), name);
          return NULL;
        }
      if (!load_speakers (self, speakers, name, by_name, error))
        return NULL;
    }

  if (!json_object_object_get_ex (self->root, "quotes", &quotes) ||
      !json_object_is_type (quotes, json_type_array))
    {
      g_set_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_INVALID,
                   _("%s: \"quotes\" is missing or not an array"), name);
      return NULL;
    }
  for (gsize i = 0; i < json_object_array_length (quotes); i++)
    if (!load_quote (self, json_object_array_get_idx (quotes, i), name, (guint) i,
                     text, by_name, error))
      return NULL;

  g_array_sort (self->spans, compare_spans);
  return g_steal_pointer (&self);
}

/**
 * qc_gold_new_from_file:
 * @path: a gold JSON file
 * @text: the article it annotates
 * @error: return location for a #QC_EVAL_ERROR
 *
 * Reads @path and calls qc_gold_new_from_data().
 *
 * Returns: (transfer full) (nullable): the gold, or %NULL with @error set
 */
QcGold *
qc_gold_new_from_file (const char  *path,
                       QcText      *text,
                       GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error_literal (error, QC_EVAL_ERROR, QC_EVAL_ERROR_READ, local_error->message);
      return NULL;
    }
  return qc_gold_new_from_data (data, (gssize) length, path, text, error);
}

guint
qc_gold_get_n_spans (const QcGold *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->spans->len;
}

/**
 * qc_gold_get_span:
 *
 * Returns: (transfer none): gold span @index, character offsets, sorted by
 *   start (longest first)
 */
const QcEvalSpan *
qc_gold_get_span (const QcGold *self,
                  guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->spans->len, NULL);
  return &g_array_index (self->spans, QcEvalSpan, index);
}

/* Predictions */

static gboolean
only_whitespace (QcText *text,
                 gsize   char_start,
                 gsize   char_end)
{
  const char *data = qc_text_get_data (text);
  const char *p = data + qc_text_char_to_byte (text, char_start);
  const char *end = data + qc_text_char_to_byte (text, char_end);

  for (; p < end; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * qc_eval_merge_utterances:
 * @text: the text the spans point into
 * @predicted: (array length=n_predicted): predicted spans
 * @n_predicted: their number
 *
 * Joins pieces of one utterance separated only by whitespace (a quote that
 * runs over a paragraph break, which gold gives as one span). Pieces with
 * other text between them (a quote split by "he said") stay apart. A
 * merged span keeps the kind and speaker of its first piece.
 *
 * Returns: (transfer full) (element-type QcEvalSpan): the spans, sorted by
 *   start
 */
GArray *
qc_eval_merge_utterances (QcText           *text,
                          const QcEvalSpan *predicted,
                          guint             n_predicted)
{
  g_autoptr(GHashTable) last_piece = NULL;
  g_autoptr(GArray) sorted = NULL;
  GArray *out;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (predicted != NULL || n_predicted == 0, NULL);

  sorted = g_array_sized_new (FALSE, FALSE, sizeof (QcEvalSpan), n_predicted);
  g_array_append_vals (sorted, predicted, n_predicted);
  g_array_sort (sorted, compare_spans);

  out = g_array_sized_new (FALSE, FALSE, sizeof (QcEvalSpan), n_predicted);
  last_piece = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < sorted->len; i++)
    {
      const QcEvalSpan *span = &g_array_index (sorted, QcEvalSpan, i);
      gpointer found;

      if (g_hash_table_lookup_extended (last_piece, GUINT_TO_POINTER (span->utterance),
                                        NULL, &found))
        {
          QcEvalSpan *prev = &g_array_index (out, QcEvalSpan, GPOINTER_TO_UINT (found));

          if (span->start >= prev->end && only_whitespace (text, prev->end, span->start))
            {
              prev->end = span->end;
              continue;
            }
        }
      g_array_append_val (out, *span);
      g_hash_table_insert (last_piece, GUINT_TO_POINTER (span->utterance),
                           GUINT_TO_POINTER (out->len - 1));
    }
  return out;
}

/**
 * qc_eval_spans_from_detection:
 * @detection: a detection
 *
 * The detection's claims as spans to score, utterance pieces merged with
 * qc_eval_merge_utterances(). Speaker names are borrowed from @detection,
 * which must outlive the array.
 *
 * Returns: (transfer full) (element-type QcEvalSpan): the spans
 */
GArray *
qc_eval_spans_from_detection (QcDetection *detection)
{
  g_autoptr(GArray) spans = NULL;
  guint n;

  g_return_val_if_fail (detection != NULL, NULL);

  n = qc_detection_get_n_claims (detection);
  spans = g_array_sized_new (FALSE, TRUE, sizeof (QcEvalSpan), n);
  for (guint i = 0; i < n; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);
      QcEvalSpan span = { 0, };

      span.start = claim->start;
      span.end = claim->end;
      span.kind = claim->kind;
      span.utterance = claim->utterance;
      if (claim->speaker >= 0)
        span.speaker = qc_detection_get_speaker (detection, (guint) claim->speaker)->name;
      g_array_append_val (spans, span);
    }
  return qc_eval_merge_utterances (qc_detection_get_text (detection),
                                   (const QcEvalSpan *) (gpointer) spans->data, spans->len);
}

/* Speakers */

/* Case-folded, full stops dropped, runs of white space made one space. */
static char *
normalise_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *out = g_string_sized_new (strlen (folded));
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.')
        continue;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
last_word (const char *normalised)
{
  const char *space = strrchr (normalised, ' ');

  return space ? space + 1 : normalised;
}

/**
 * qc_eval_speaker_matches:
 * @predicted: (nullable): the predicted speaker name
 * @gold: the gold speaker name
 * @gold_aliases: (nullable) (array zero-terminated=1): the gold aliases
 *
 * Whether @predicted names the gold speaker: it equals the gold name or
 * one of its aliases, or its last word equals the gold name's last word
 * ("Mr Blair" for "Tony Blair"). Case and full stops are ignored.
 *
 * Returns: %TRUE when the names match
 */
gboolean
qc_eval_speaker_matches (const char         *predicted,
                         const char         *gold,
                         const char * const *gold_aliases)
{
  g_autofree char *p = NULL;
  g_autofree char *g = NULL;

  g_return_val_if_fail (gold != NULL, FALSE);

  if (predicted == NULL)
    return FALSE;
  p = normalise_name (predicted);
  g = normalise_name (gold);
  if (*p == '\0')
    return FALSE;
  if (strcmp (p, g) == 0 || strcmp (last_word (p), last_word (g)) == 0)
    return TRUE;
  for (guint i = 0; gold_aliases && gold_aliases[i]; i++)
    {
      g_autofree char *a = normalise_name (gold_aliases[i]);

      if (strcmp (p, a) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Matching */

typedef struct
{
  guint  gold;
  guint  predicted;
  double iou;
} Candidate;

static int
compare_candidates (const void *a,
                    const void *b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->iou != y->iou)
    return x->iou > y->iou ? -1 : 1;
  if (x->gold != y->gold)
    return x->gold < y->gold ? -1 : 1;
  if (x->predicted != y->predicted)
    return x->predicted < y->predicted ? -1 : 1;
  return 0;
}

static gboolean
in_category (const QcEvalSpan *span,
             QcEvalCategory    category)
{
  if (category == QC_EVAL_CATEGORY_QUOTED)
    return span->kind == QC_CLAIM_KIND_DIRECT || span->kind == QC_CLAIM_KIND_PARTIAL;
  return (int) span->kind == (int) category;
}

static GArray *
select_spans (const QcEvalSpan *spans,
              guint             n_spans,
              QcEvalCategory    category)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (QcEvalSpan));

  for (guint i = 0; i < n_spans; i++)
    if (spans[i].end > spans[i].start && in_category (&spans[i], category))
      g_array_append_val (out, spans[i]);
  g_array_sort (out, compare_spans);
  return out;
}

static void
count_pair (QcEvalCounts     *counts,
            QcEvalMatch       match,
            const QcEvalSpan *predicted,
            const QcEvalSpan *gold)
{
  counts->matched[match]++;
  if (gold->speaker == NULL)
    return;
  counts->speaker_total[match]++;
  if (qc_eval_speaker_matches (predicted->speaker, gold->speaker, gold->aliases))
    counts->speaker_correct[match]++;
}

/* Both arrays are sorted by (start, -end), so equal spans pair up in order. */
static void
match_exact (QcEvalCounts *counts,
             GArray       *predicted,
             GArray       *gold)
{
  guint i = 0, j = 0;

  while (i < predicted->len && j < gold->len)
    {
      const QcEvalSpan *p = &g_array_index (predicted, QcEvalSpan, i);
      const QcEvalSpan *g = &g_array_index (gold, QcEvalSpan, j);

      if (p->start == g->start && p->end == g->end)
        {
          count_pair (counts, QC_EVAL_MATCH_EXACT, p, g);
          i++, j++;
        }
      else if (p->start < g->start || (p->start == g->start && p->end > g->end))
        i++;
      else
        j++;
    }
}

static guint
lower_bound (GArray *spans,
             gsize   start)
{
  guint lo = 0, hi = spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (spans, QcEvalSpan, mid).start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* A predicted span with IoU >= 0.5 is at most twice as long as the gold
 * span and overlaps it, so it starts less than twice the gold length
 * before it: only that window is searched. */
static void
match_overlap (QcEvalCounts *counts,
               GArray       *predicted,
               GArray       *gold)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree gboolean *gold_used = g_new0 (gboolean, gold->len + 1);
  g_autofree gboolean *predicted_used = g_new0 (gboolean, predicted->len + 1);

  for (guint j = 0; j < gold->len; j++)
    {
      const QcEvalSpan *g = &g_array_index (gold, QcEvalSpan, j);
      gsize length = g->end - g->start;
      gsize from = g->start > 2 * length ? g->start - 2 * length : 0;

      for (guint i = lower_bound (predicted, from); i < predicted->len; i++)
        {
          const QcEvalSpan *p = &g_array_index (predicted, QcEvalSpan, i);
          gsize inter_start, inter_end, inter, uni;

          if (p->start >= g->end)
            break;
          inter_start = MAX (p->start, g->start);
          inter_end = MIN (p->end, g->end);
          if (inter_end <= inter_start)
            continue;
          inter = inter_end - inter_start;
          uni = MAX (p->end, g->end) - MIN (p->start, g->start);
          if (2 * inter >= uni)
            {
              Candidate c = { j, i, (double) inter / (double) uni };
              g_array_append_val (candidates, c);
            }
        }
    }

  g_array_sort (candidates, compare_candidates);
  for (guint k = 0; k < candidates->len; k++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, k);

      if (gold_used[c->gold] || predicted_used[c->predicted])
        continue;
      gold_used[c->gold] = predicted_used[c->predicted] = TRUE;
      count_pair (counts, QC_EVAL_MATCH_OVERLAP,
                  &g_array_index (predicted, QcEvalSpan, c->predicted),
                  &g_array_index (gold, QcEvalSpan, c->gold));
    }
}

/**
 * qc_eval_scores_add_spans:
 * @scores: scores to add to
 * @predicted: (array length=n_predicted): predicted spans, utterance pieces
 *   already merged (see qc_eval_merge_utterances())
 * @n_predicted: their number
 * @gold: (array length=n_gold): gold spans
 * @n_gold: their number
 *
 * Scores one document and adds its counts to @scores. Spans are matched
 * one-to-one per category, exactly and by overlap.
 */
void
qc_eval_scores_add_spans (QcEvalScores     *scores,
                          const QcEvalSpan *predicted,
                          guint             n_predicted,
                          const QcEvalSpan *gold,
                          guint             n_gold)
{
  g_return_if_fail (scores != NULL);
  g_return_if_fail (predicted != NULL || n_predicted == 0);
  g_return_if_fail (gold != NULL || n_gold == 0);

  scores->n_documents++;
  for (guint c = 0; c < QC_EVAL_N_CATEGORIES; c++)
    {
      g_autoptr(GArray) p = select_spans (predicted, n_predicted, c);
      g_autoptr(GArray) g = select_spans (gold, n_gold, c);
      QcEvalCounts *counts = &scores->counts[c];

      counts->n_predicted += p->len;
      counts->n_gold += g->len;
      match_exact (counts, p, g);
      match_overlap (counts, p, g);
    }
}

/**
 * qc_eval_scores_add_detection:
 * @scores: scores to add to
 * @detection: what the engine found
 * @gold: the gold for the same text
 *
 * Merges the detection's utterance pieces and scores it against @gold.
 */
void
qc_eval_scores_add_detection (QcEvalScores *scores,
                              QcDetection  *detection,
                              const QcGold *gold)
{
  g_autoptr(GArray) predicted = NULL;

  g_return_if_fail (scores != NULL);
  g_return_if_fail (detection != NULL);
  g_return_if_fail (gold != NULL);

  predicted = qc_eval_spans_from_detection (detection);
  qc_eval_scores_add_spans (scores,
                            (const QcEvalSpan *) (gpointer) predicted->data, predicted->len,
                            (const QcEvalSpan *) (gpointer) gold->spans->data, gold->spans->len);
}

/**
 * qc_eval_scores_add_files:
 * @scores: scores to add to
 * @article_path: an article text file
 * @gold_path: its gold JSON file
 * @error: return location for a #QC_TEXT_ERROR or #QC_EVAL_ERROR
 *
 * Loads the article and its gold, runs qc_detect() and adds the result to
 * @scores. On error @scores is left unchanged.
 *
 * Returns: %TRUE on success
 */
gboolean
qc_eval_scores_add_files (QcEvalScores  *scores,
                          const char    *article_path,
                          const char    *gold_path,
                          GError       **error)
{
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcGold) gold = NULL;
  g_autoptr(QcDetection) detection = NULL;

  g_return_val_if_fail (scores != NULL, FALSE);
  g_return_val_if_fail (article_path != NULL, FALSE);
  g_return_val_if_fail (gold_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = qc_text_new_from_file (article_path, error);
  if (text == NULL)
    return FALSE;
  gold = qc_gold_new_from_file (gold_path, text, error);
  if (gold == NULL)
    return FALSE;
  detection = qc_detect (text);
  qc_eval_scores_add_detection (scores, detection, gold);
  return TRUE;
}

/**
 * qc_eval_scores_add:
 * @scores: scores to add to
 * @other: scores of other documents
 *
 * Adds the counts of @other, so the totals are micro-averages.
 */
void
qc_eval_scores_add (QcEvalScores       *scores,
                    const QcEvalScores *other)
{
  g_return_if_fail (scores != NULL);
  g_return_if_fail (other != NULL);

  scores->n_documents += other->n_documents;
  for (guint c = 0; c < QC_EVAL_N_CATEGORIES; c++)
    {
      QcEvalCounts *to = &scores->counts[c];
      const QcEvalCounts *from = &other->counts[c];

      to->n_gold += from->n_gold;
      to->n_predicted += from->n_predicted;
      for (guint m = 0; m < QC_EVAL_N_MATCHES; m++)
        {
          to->matched[m] += from->matched[m];
          to->speaker_total[m] += from->speaker_total[m];
          to->speaker_correct[m] += from->speaker_correct[m];
        }
    }
}

/* Figures */

/* With nothing predicted, precision is 1 when there was nothing to find
 * and 0 otherwise; recall likewise. */
double
qc_eval_counts_precision (const QcEvalCounts *counts,
                          QcEvalMatch         match)
{
  g_return_val_if_fail (counts != NULL, 0.0);
  g_return_val_if_fail (match < QC_EVAL_N_MATCHES, 0.0);

  if (counts->n_predicted == 0)
    return counts->n_gold == 0 ? 1.0 : 0.0;
  return (double) counts->matched[match] / counts->n_predicted;
}

double
qc_eval_counts_recall (const QcEvalCounts *counts,
                       QcEvalMatch         match)
{
  g_return_val_if_fail (counts != NULL, 0.0);
  g_return_val_if_fail (match < QC_EVAL_N_MATCHES, 0.0);

  if (counts->n_gold == 0)
    return counts->n_predicted == 0 ? 1.0 : 0.0;
  return (double) counts->matched[match] / counts->n_gold;
}

double
qc_eval_counts_f1 (const QcEvalCounts *counts,
                   QcEvalMatch         match)
{
  double p = qc_eval_counts_precision (counts, match);
  double r = qc_eval_counts_recall (counts, match);

  return p + r > 0.0 ? 2.0 * p * r / (p + r) : 0.0;
}

double
qc_eval_scores_f1 (const QcEvalScores *scores,
                   QcEvalCategory      category,
                   QcEvalMatch         match)
{
  g_return_val_if_fail (scores != NULL, 0.0);
  g_return_val_if_fail (category < QC_EVAL_N_CATEGORIES, 0.0);

  return qc_eval_counts_f1 (&scores->counts[category], match);
}

/**
 * qc_eval_scores_speaker_accuracy:
 * @scores: scores
 * @match: which matching the pairs come from
 * @correct: (out) (optional): pairs with the right speaker
 * @total: (out) (optional): matched pairs whose gold speaker is not null
 *
 * Speaker accuracy over the pairs matched in the direct+partial and the
 * indirect categories.
 *
 * Returns: @correct / @total, 0 when there are no such pairs
 */
double
qc_eval_scores_speaker_accuracy (const QcEvalScores *scores,
                                 QcEvalMatch         match,
                                 guint              *correct,
                                 guint              *total)
{
  guint c, t;

  g_return_val_if_fail (scores != NULL, 0.0);
  g_return_val_if_fail (match < QC_EVAL_N_MATCHES, 0.0);

  c = scores->counts[QC_EVAL_CATEGORY_QUOTED].speaker_correct[match] +
      scores->counts[QC_EVAL_CATEGORY_INDIRECT].speaker_correct[match];
  t = scores->counts[QC_EVAL_CATEGORY_QUOTED].speaker_total[match] +
      scores->counts[QC_EVAL_CATEGORY_INDIRECT].speaker_total[match];
  if (correct)
    *correct = c;
  if (total)
    *total = t;
  return t > 0 ? (double) c / t : 0.0;
}

const char *
qc_eval_category_to_string (QcEvalCategory category)
{
  static const char *names[] = { "direct", "partial", "indirect", "direct+partial" };

  g_return_val_if_fail (category < QC_EVAL_N_CATEGORIES, NULL);
  return names[category];
}

/* The table lists direct+partial before the single kinds' indirect. */
static const QcEvalCategory table_order[] = {
  QC_EVAL_CATEGORY_DIRECT,
  QC_EVAL_CATEGORY_PARTIAL,
  QC_EVAL_CATEGORY_QUOTED,
  QC_EVAL_CATEGORY_INDIRECT,
};

/**
 * qc_eval_scores_append_table:
 * @scores: scores
 * @out: where to append
 *
 * Appends a plain-text table: per category the gold and predicted counts,
 * then matches, precision, recall and F1 for exact and overlap matching and
 * speaker accuracy on overlap matches; then the overall speaker accuracy.
 */
void
qc_eval_scores_append_table (const QcEvalScores *scores,
                             GString            *out)
{
  guint correct, total;
  double accuracy;

  g_return_if_fail (scores != NULL);
  g_return_if_fail (out != NULL);

  g_string_append_printf (out, "%-14s %5s %5s | %-26s | %-26s | %s\n",
                          "", "", "", "exact", "overlap (IoU >= 0.5)", "speaker");
  g_string_append_printf (out, "%-14s %5s %5s | %5s %6s %6s %6s | %5s %6s %6s %6s | %s\n",
                          "kind", "gold", "pred",
                          "match", "P", "R", "F1",
                          "match", "P", "R", "F1", "(overlap)");
  for (guint k = 0; k < G_N_ELEMENTS (table_order); k++)
    {
      const QcEvalCounts *c = &scores->counts[table_order[k]];
      g_autofree char *speaker = NULL;

      if (c->speaker_total[QC_EVAL_MATCH_OVERLAP] > 0)
        speaker = g_strdup_printf ("%.3f (%u/%u)",
                                   (double) c->speaker_correct[QC_EVAL_MATCH_OVERLAP] /
                                   c->speaker_total[QC_EVAL_MATCH_OVERLAP],
                                   c->speaker_correct[QC_EVAL_MATCH_OVERLAP],
                                   c->speaker_total[QC_EVAL_MATCH_OVERLAP]);
      else
        speaker = g_strdup ("-");

      g_string_append_printf (out,
                              "%-14s %5u %5u | %5u %6.3f %6.3f %6.3f | %5u %6.3f %6.3f %6.3f | %s\n",
                              qc_eval_category_to_string (table_order[k]),
                              c->n_gold, c->n_predicted,
                              c->matched[QC_EVAL_MATCH_EXACT],
                              qc_eval_counts_precision (c, QC_EVAL_MATCH_EXACT),
                              qc_eval_counts_recall (c, QC_EVAL_MATCH_EXACT),
                              qc_eval_counts_f1 (c, QC_EVAL_MATCH_EXACT),
                              c->matched[QC_EVAL_MATCH_OVERLAP],
                              qc_eval_counts_precision (c, QC_EVAL_MATCH_OVERLAP),
                              qc_eval_counts_recall (c, QC_EVAL_MATCH_OVERLAP),
                              qc_eval_counts_f1 (c, QC_EVAL_MATCH_OVERLAP),
                              speaker);
    }
  accuracy = qc_eval_scores_speaker_accuracy (scores, QC_EVAL_MATCH_OVERLAP, &correct, &total);
  g_string_append_printf (out,
                          "speaker accuracy (direct+partial and indirect overlap matches "
                          "with a gold speaker): %.3f (%u/%u)\n",
                          accuracy, correct, total);
}

static json_object *
new_ratio (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.4f", value);
  return json_object_new_double_s (g_ascii_strtod (buffer, NULL), buffer);
}

/**
 * qc_eval_scores_to_json:
 * @scores: scores
 *
 * `{"documents":N,"categories":{"direct":{"gold":N,"predicted":N,
 * "exact":{"matched":N,"precision":x,"recall":x,"f1":x,"speaker_correct":N,
 * "speaker_total":N},"overlap":{...}},"partial":...,"indirect":...,
 * "direct+partial":...},"speaker_accuracy":{"exact":x,"overlap":x}}`
 *
 * Returns: (transfer full): a new JSON object
 */
json_object *
qc_eval_scores_to_json (const QcEvalScores *scores)
{
  static const char *match_names[] = { "exact", "overlap" };
  json_object *root;
  json_object *categories;
  json_object *speaker;

  g_return_val_if_fail (scores != NULL, NULL);

  root = json_object_new_object ();
  categories = json_object_new_object ();
  json_object_object_add (root, "documents", json_object_new_int64 (scores->n_documents));
  for (guint c = 0; c < QC_EVAL_N_CATEGORIES; c++)
    {
      const QcEvalCounts *counts = &scores->counts[c];
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "gold", json_object_new_int64 (counts->n_gold));
      json_object_object_add (obj, "predicted", json_object_new_int64 (counts->n_predicted));
      for (guint m = 0; m < QC_EVAL_N_MATCHES; m++)
        {
          json_object *match = json_object_new_object ();

          json_object_object_add (match, "matched", json_object_new_int64 (counts->matched[m]));
          json_object_object_add (match, "precision", new_ratio (qc_eval_counts_precision (counts, m)));
          json_object_object_add (match, "recall", new_ratio (qc_eval_counts_recall (counts, m)));
          json_object_object_add (match, "f1", new_ratio (qc_eval_counts_f1 (counts, m)));
          json_object_object_add (match, "speaker_correct",
                                  json_object_new_int64 (counts->speaker_correct[m]));
          json_object_object_add (match, "speaker_total",
                                  json_object_new_int64 (counts->speaker_total[m]));
          json_object_object_add (obj, match_names[m], match);
        }
      json_object_object_add (categories, qc_eval_category_to_string (c), obj);
    }
  json_object_object_add (root, "categories", categories);

  speaker = json_object_new_object ();
  for (guint m = 0; m < QC_EVAL_N_MATCHES; m++)
    json_object_object_add (speaker, match_names[m],
                            new_ratio (qc_eval_scores_speaker_accuracy (scores, m, NULL, NULL)));
  json_object_object_add (root, "speaker_accuracy", speaker);
  return root;
}
