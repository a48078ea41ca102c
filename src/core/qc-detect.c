/* qc-detect.c: the detection pipeline
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-detect"

#include "qc-detect-private.h"

#include "qc-attribution.h"
#include "qc-mentions-private.h"
#include "qc-quote-scanner.h"
#include "qc-reported-speech-private.h"
#include "qc-speakers.h"

struct _QcDetection
{
  gatomicrefcount  ref_count;
  QcText          *text;
  GArray          *claims;    /* QcDetectedClaim, character offsets */
  QcClaimBytes    *bytes;     /* the same offsets in bytes, one per claim */
  GArray          *speakers;  /* QcDetectedSpeaker */
};

G_DEFINE_BOXED_TYPE (QcDetection, qc_detection, qc_detection_ref, qc_detection_unref)

static void
clear_speaker (gpointer data)
{
  QcDetectedSpeaker *speaker = data;

  g_free (speaker->name);
  g_free (speaker->role);
  g_strfreev (speaker->aliases);
}

static void
take_speakers (QcDetection *self,
               GPtrArray   *clusters)
{
  for (guint i = 0; i < clusters->len; i++)
    {
      QcSpeakerCluster *cluster = g_ptr_array_index (clusters, i);
      QcDetectedSpeaker speaker;
      GPtrArray *aliases = g_ptr_array_new ();

      speaker.name = g_steal_pointer (&cluster->name);
      speaker.kind = cluster->kind;
      speaker.role = g_steal_pointer (&cluster->role);
      for (guint j = 0; cluster->aliases && j < cluster->aliases->len; j++)
        g_ptr_array_add (aliases, g_strdup (g_ptr_array_index (cluster->aliases, j)));
      g_ptr_array_add (aliases, NULL);
      speaker.aliases = (GStrv) g_ptr_array_free (aliases, FALSE);
      g_array_append_val (self->speakers, speaker);
    }
}

/* Texts from this size on are read by more than one thread: reported
 * speech and mentions look at each sentence on its own, so the text is cut
 * into pieces at sentence boundaries, every piece is one task for each of
 * the two stages, and the threads take the tasks in turn, whichever is
 * free (so a thread slowed down by the rest of the machine does less of
 * the work); the results are put together in text order. Smaller texts
 * are not worth a thread. */
#define PARALLEL_MIN_BYTES (256 * 1024)

/* Bytes per piece, and the bounds on the number of pieces: each task
 * builds its stage's word tables again. */
#define PIECE_BYTES (128 * 1024)
#define MIN_PIECES 8
#define MAX_PIECES 32
#define MAX_THREADS 4

typedef struct
{
  const QcText *text;
  const GArray *quotes;
  guint         n_pieces;
  guint         bounds[MAX_PIECES + 1];   /* sentences [bounds[k], bounds[k + 1]) */
  guint         cursors[MAX_PIECES];      /* the mentions' quote cursor at bounds[k] */
  GArray       *mentions[MAX_PIECES];
  GArray       *reports[MAX_PIECES];
  GArray       *linked;                   /* every mention, linked */
  gint          next_task;                /* atomic: tasks [0, n) mentions, [n, 2n) reports */
  gint          mentions_left;            /* atomic: mention tasks not done */
} Pieces;

static GArray *
join_pieces (GArray **pieces,
             guint    n_pieces,
             gsize    element_size)
{
  GArray *all;
  guint total = 0;

  for (guint k = 0; k < n_pieces; k++)
    total += pieces[k]->len;
  all = g_array_sized_new (FALSE, TRUE, (guint) element_size, total);
  for (guint k = 0; k < n_pieces; k++)
    {
      g_array_append_vals (all, pieces[k]->data, pieces[k]->len);
      g_clear_pointer (&pieces[k], g_array_unref);
    }
  return all;
}

static gpointer
scan_pieces (gpointer data)
{
  Pieces *p = data;
  guint n = p->n_pieces;
  guint task;

  while ((task = (guint) g_atomic_int_add (&p->next_task, 1)) < 2 * n)
    {
      if (task < n)
        {
          p->mentions[task] = qc_mentions_scan_from (p->text, p->quotes,
                                                     p->bounds[task], p->bounds[task + 1],
                                                     p->cursors[task]);
          /* the thread that finds the last mentions links them all while
           * the others go on with the reports */
          if (g_atomic_int_dec_and_test (&p->mentions_left))
            {
              p->linked = join_pieces (p->mentions, n, sizeof (QcMention));
              qc_mentions_link (p->text, p->linked);
            }
        }
      else
        p->reports[task - n] = qc_reported_speech_scan (p->text, p->quotes,
                                                        p->bounds[task - n],
                                                        p->bounds[task - n + 1]);
    }
  return NULL;
}

/* The reports and mentions of @text, in pieces by several threads */
static void
scan_in_pieces (QcText        *text,
                const GArray  *quotes,
                GArray       **reports,
                GArray       **mentions)
{
  g_autofree Pieces *p = g_new0 (Pieces, 1);
  GThread *threads[MAX_THREADS - 1] = { NULL, };
  gsize length = qc_text_get_length (text);
  guint n_threads = CLAMP (g_get_num_processors (), 2, MAX_THREADS);

  p->text = text;
  p->quotes = quotes;
  p->n_pieces = (guint) CLAMP (length / PIECE_BYTES, MIN_PIECES, MAX_PIECES);
  p->bounds[0] = 0;
  for (guint k = 1; k < p->n_pieces; k++)
    p->bounds[k] = MAX (p->bounds[k - 1],
                        qc_text_sentence_at (text, length / p->n_pieces * k));
  p->bounds[p->n_pieces] = G_MAXUINT;
  p->mentions_left = (gint) p->n_pieces;
  qc_mentions_quote_cursors (text, quotes, p->bounds, p->n_pieces, p->cursors);

  for (guint t = 0; t + 1 < n_threads; t++)
    threads[t] = g_thread_try_new ("qc-detect", scan_pieces, p, NULL);
  scan_pieces (p);
  for (guint t = 0; t + 1 < n_threads; t++)
    if (threads[t] != NULL)
      g_thread_join (threads[t]);

  *mentions = g_steal_pointer (&p->linked);
  *reports = join_pieces (p->reports, p->n_pieces, sizeof (QcReport));
  qc_reported_speech_finish (*reports);
}

/* Each offset is converted on its own: qc_text_byte_to_char() counts at
 * most 64 bytes from a checkpoint, eight at a time, which costs less than
 * counting the span of a claim from its start. The byte offsets are kept
 * too, for printing. The speakers are filled in later. */
static void
convert_offsets (QcDetection  *self,
                 const GArray *drafts)
{
  g_array_set_size (self->claims, drafts->len);
  for (guint i = 0; i < drafts->len; i++)
    {
      const QcDraftClaim *draft = &g_array_index (drafts, QcDraftClaim, i);
      QcDetectedClaim *claim = &g_array_index (self->claims, QcDetectedClaim, i);
      QcClaimBytes *bytes = &self->bytes[i];

      claim->start = qc_text_byte_to_char (self->text, draft->start);
      claim->end = qc_text_byte_to_char (self->text, draft->end);
      claim->kind = draft->kind;
      bytes->start = (guint32) draft->start;
      bytes->end = (guint32) draft->end;
      if (draft->cue_end > draft->cue_start)
        {
          claim->cue_start = qc_text_byte_to_char (self->text, draft->cue_start);
          claim->cue_end = qc_text_byte_to_char (self->text, draft->cue_end);
          bytes->cue_start = (guint32) draft->cue_start;
          bytes->cue_end = (guint32) draft->cue_end;
        }
      else
        {
          claim->cue_start = claim->cue_end = 0;
          bytes->cue_start = bytes->cue_end = 0;
        }
      claim->utterance = draft->utterance;
    }
}

typedef struct
{
  QcDetection  *self;
  const GArray *drafts;
} Convert;

static gpointer
convert_thread (gpointer data)
{
  Convert *convert = data;

  convert_offsets (convert->self, convert->drafts);
  return NULL;
}

static void
set_speakers (QcDetection  *self,
              const GArray *drafts,
              const gint   *mention_speaker)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      const QcDraftClaim *draft = &g_array_index (drafts, QcDraftClaim, i);
      QcDetectedClaim *claim = &g_array_index (self->claims, QcDetectedClaim, i);

      claim->speaker = draft->mention >= 0 ? mention_speaker[draft->mention] : -1;
      claim->confidence = claim->speaker >= 0 ? draft->confidence : 0.0;
    }
}

/**
 * qc_detect:
 * @text: the article
 *
 * Runs every stage of the engine over @text. Deterministic and linear in
 * the length of the text. A text of PARALLEL_MIN_BYTES (256 KiB) or more
 * is read by this thread and up to three more (one per processor), with
 * the same result.
 *
 * Returns: (transfer full): the claims and speakers found
 */
QcDetection *
qc_detect (QcText *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return qc_detect_full (text, qc_text_get_length (text) >= PARALLEL_MIN_BYTES);
}

/**
 * qc_detect_full:
 * @text: the article
 * @in_halves: read the text in pieces by several threads, whatever its
 *   size
 *
 * qc_detect() with the choice of threads made by the caller, for tests:
 * the result is the same either way.
 *
 * Returns: (transfer full): the claims and speakers found
 */
QcDetection *
qc_detect_full (QcText   *text,
                gboolean  in_halves)
{
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GArray) reports = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GArray) drafts = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  g_autofree gboolean *used = NULL;
  g_autofree gint *mention_speaker = NULL;
  Convert convert;
  GThread *thread = NULL;
  QcDetection *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (QcDetection, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->text = qc_text_ref (text);
  self->speakers = g_array_new (FALSE, TRUE, sizeof (QcDetectedSpeaker));
  g_array_set_clear_func (self->speakers, clear_speaker);

  quotes = qc_quote_scan (text);
  if (in_halves)
    scan_in_pieces (text, quotes, &reports, &mentions);
  else
    {
      reports = qc_reported_speech_find (text, quotes);
      mentions = qc_mentions_find (text, quotes);
    }
  drafts = qc_attribute (text, quotes, reports, mentions);
  /* each stage's arrays go as soon as they are used up: the peak memory
   * is that of the text and about two stages' arrays */
  g_clear_pointer (&quotes, g_array_unref);
  g_clear_pointer (&reports, g_array_unref);

  /* the offsets are converted while the speakers are clustered, by a
   * second thread when the text is large */
  self->claims = g_array_sized_new (FALSE, TRUE, sizeof (QcDetectedClaim), drafts->len);
  self->bytes = g_new (QcClaimBytes, drafts->len + 1);
  convert.self = self;
  convert.drafts = drafts;
  if (in_halves)
    thread = g_thread_try_new ("qc-detect", convert_thread, &convert, NULL);
  if (thread == NULL)
    convert_offsets (self, drafts);

  used = g_new0 (gboolean, mentions->len + 1);
  mention_speaker = g_new0 (gint, mentions->len + 1);
  for (guint i = 0; i < drafts->len; i++)
    {
      const QcDraftClaim *draft = &g_array_index (drafts, QcDraftClaim, i);

      if (draft->mention >= 0 && (guint) draft->mention < mentions->len)
        used[draft->mention] = TRUE;
    }

  clusters = qc_speakers_cluster (text, mentions, used, mention_speaker);
  g_clear_pointer (&mentions, g_array_unref);
  g_clear_pointer (&used, g_free);
  take_speakers (self, clusters);
  g_clear_pointer (&clusters, g_ptr_array_unref);

  if (thread != NULL)
    g_thread_join (thread);
  set_speakers (self, drafts, mention_speaker);

  return self;
}

QcDetection *
qc_detection_ref (QcDetection *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
qc_detection_unref (QcDetection *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->claims, g_array_unref);
  g_clear_pointer (&self->bytes, g_free);
  g_clear_pointer (&self->speakers, g_array_unref);
  g_clear_pointer (&self->text, qc_text_unref);
  g_free (self);
}

/**
 * qc_detection_get_text:
 *
 * Returns: (transfer none): the text the claims point into
 */
QcText *
qc_detection_get_text (QcDetection *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

guint
qc_detection_get_n_claims (QcDetection *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->claims->len;
}

/**
 * qc_detection_get_claim:
 *
 * Returns: (transfer none): claim @index, character offsets
 */
const QcDetectedClaim *
qc_detection_get_claim (QcDetection *self,
                        guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->claims->len, NULL);
  return &g_array_index (self->claims, QcDetectedClaim, index);
}

/**
 * qc_detection_get_claim_bytes:
 *
 * Returns: (transfer none): the byte offsets into the text's data of
 *   claim @index, whose character offsets qc_detection_get_claim() gives
 */
const QcClaimBytes *
qc_detection_get_claim_bytes (QcDetection *self,
                              guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->claims->len, NULL);
  return &self->bytes[index];
}

guint
qc_detection_get_n_speakers (QcDetection *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->speakers->len;
}

const QcDetectedSpeaker *
qc_detection_get_speaker (QcDetection *self,
                          guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->speakers->len, NULL);
  return &g_array_index (self->speakers, QcDetectedSpeaker, index);
}

static char *
dup_char_range (QcText *text,
                gsize   start,
                gsize   end)
{
  gsize b_start = qc_text_char_to_byte (text, start);
  gsize b_end = qc_text_char_to_byte (text, end);

  return g_strndup (qc_text_get_data (text) + b_start, b_end - b_start);
}

/**
 * qc_detection_dup_claim_text:
 *
 * Returns: (transfer full): the text of claim @index
 */
char *
qc_detection_dup_claim_text (QcDetection *self,
                             guint        index)
{
  const QcDetectedClaim *claim = qc_detection_get_claim (self, index);

  g_return_val_if_fail (claim != NULL, NULL);
  return dup_char_range (self->text, claim->start, claim->end);
}

static json_object *
claim_to_json (QcDetection           *self,
               const QcDetectedClaim *claim)
{
  json_object *obj = json_object_new_object ();
  g_autofree char *text = dup_char_range (self->text, claim->start, claim->end);
  char confidence[G_ASCII_DTOSTR_BUF_SIZE];

  json_object_object_add (obj, "start", json_object_new_int64 ((gint64) claim->start));
  json_object_object_add (obj, "end", json_object_new_int64 ((gint64) claim->end));
  json_object_object_add (obj, "text", json_object_new_string (text));
  json_object_object_add (obj, "kind", json_object_new_string (qc_claim_kind_to_string (claim->kind)));
  if (claim->speaker >= 0)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (self, (guint) claim->speaker);
      json_object_object_add (obj, "speaker", json_object_new_string (speaker->name));
    }
  else
    json_object_object_add (obj, "speaker", NULL);

  if (claim->cue_end > claim->cue_start)
    {
      json_object *cue = json_object_new_object ();
      g_autofree char *cue_text = dup_char_range (self->text, claim->cue_start, claim->cue_end);

      json_object_object_add (cue, "start", json_object_new_int64 ((gint64) claim->cue_start));
      json_object_object_add (cue, "end", json_object_new_int64 ((gint64) claim->cue_end));
      json_object_object_add (cue, "text", json_object_new_string (cue_text));
      json_object_object_add (obj, "cue", cue);
    }
  else
    json_object_object_add (obj, "cue", NULL);

  /* Two decimals keep the output stable across platforms. */
  g_ascii_formatd (confidence, sizeof confidence, "%.2f", claim->confidence);
  json_object_object_add (obj, "confidence",
                          json_object_new_double_s (g_ascii_strtod (confidence, NULL), confidence));
  json_object_object_add (obj, "utterance", json_object_new_int64 (claim->utterance));
  return obj;
}

static json_object *
speaker_to_json (const QcDetectedSpeaker *speaker)
{
  json_object *obj = json_object_new_object ();
  json_object *aliases = json_object_new_array ();

  json_object_object_add (obj, "name", json_object_new_string (speaker->name));
  json_object_object_add (obj, "kind", json_object_new_string (qc_speaker_kind_to_string (speaker->kind)));
  json_object_object_add (obj, "role", speaker->role ? json_object_new_string (speaker->role) : NULL);
  for (guint i = 0; speaker->aliases && speaker->aliases[i]; i++)
    json_object_array_add (aliases, json_object_new_string (speaker->aliases[i]));
  json_object_object_add (obj, "aliases", aliases);
  return obj;
}

/**
 * qc_detection_to_json:
 *
 * The shape printed by `quotecheck-cli detect --json`:
 * `{"claims":[...], "speakers":[...]}`.
 *
 * Returns: (transfer full): a new JSON object
 */
json_object *
qc_detection_to_json (QcDetection *self)
{
  json_object *root;
  json_object *claims;
  json_object *speakers;

  g_return_val_if_fail (self != NULL, NULL);

  root = json_object_new_object ();
  claims = json_object_new_array_ext ((int) self->claims->len);
  speakers = json_object_new_array_ext ((int) self->speakers->len);
  for (guint i = 0; i < self->claims->len; i++)
    json_object_array_add (claims, claim_to_json (self, &g_array_index (self->claims, QcDetectedClaim, i)));
  for (guint i = 0; i < self->speakers->len; i++)
    json_object_array_add (speakers, speaker_to_json (&g_array_index (self->speakers, QcDetectedSpeaker, i)));
  json_object_object_add (root, "claims", claims);
  json_object_object_add (root, "speakers", speakers);
  return root;
}
