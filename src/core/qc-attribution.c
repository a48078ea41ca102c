/* qc-attribution.c: the attribution sieve, who said each quote and report
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-attribution"

#include <string.h>

#include "qc-attribution.h"

#include "qc-mentions-private.h"
#include "qc-quote-scanner.h"
#include "qc-reported-speech.h"

/* After Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
 * Attribution": each claim is tried against the most precise rule first
 * (a cue right beside the quote), then a speech verb in the same sentence,
 * pronoun cues, continuation of the previous quote, "according to". Claims
 * are visited in text order so that pronouns can be resolved against the
 * speakers seen so far; every look-around is bounded, so the whole pass is
 * linear in the text. No guess is better than a wrong one: when a rule is
 * unsure the claim keeps no speaker. */

/* How far the sieve looks, in bytes and mentions. */
#define CUE_WINDOW        300
#define OBJECT_WORDS        6
#define PRONOUN_MENTIONS   40
#define PRONOUN_PARAGRAPHS  3
#define ENTITY_HOPS         8

/* Where the last look-ups landed: claims come in text order, so the next
 * sentence or paragraph asked for is almost always the same or the next
 * one, found without a binary search. */
typedef struct
{
  guint sentence;
  guint paragraph;
  guint mention;    /* the last mention_lower_bound() */
} Hints;

typedef struct
{
  const QcText  *text;
  Hints         *hints;
  const char    *data;
  gsize          length;
  QcMention     *m;
  guint          n_mentions;
  const QcRange *paragraphs;
  guint          n_paragraphs;
  const QcRange *sentences;
  guint          n_sentences;
  const QcQuote *quotes;
  guint          n_quotes;
  const QcLexIndex *lex;

  /* the speaker of the latest claim that has one */
  gint           last_speaker;       /* entity */
  gint           last_mention;       /* mention */
  guint          last_paragraph;
  gsize          last_claim_start;
  gsize          last_claim_end;     /* past its cue too */
} Sieve;

typedef struct
{
  gint   mention;      /* the subject as written, or -1 */
  gsize  cue_start;
  gsize  cue_end;
  guint  rule;
  float  confidence;
} Cue;

/* Text helpers */

static inline gboolean
is_space_at (const Sieve *s,
             gsize        i,
             guint       *len)
{
  guchar c = s->data[i];

  *len = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
    return TRUE;
  if (c == 0xC2 && i + 1 < s->length && (guchar) s->data[i + 1] == 0xA0)
    {
      *len = 2;
      return TRUE;
    }
  if (c == 0xE2 && i + 2 < s->length && (guchar) s->data[i + 1] == 0x80 &&
      (guchar) s->data[i + 2] <= 0x8A)
    {
      *len = 3;
      return TRUE;
    }
  return FALSE;
}

static gsize
skip_spaces (const Sieve *s,
             gsize        i,
             gsize        limit)
{
  guint len;

  while (i < limit && is_space_at (s, i, &len))
    i += len;
  return MIN (i, limit);
}

static gsize
skip_spaces_back (const Sieve *s,
                  gsize        i,
                  gsize        floor)
{
  while (i > floor)
    {
      guchar c = s->data[i - 1];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        i--;
      else if (c == 0xA0 && i >= floor + 2 && (guchar) s->data[i - 2] == 0xC2)
        i -= 2;
      else
        break;
    }
  return i;
}

/* Commas, dashes and spaces between a quote and its cue. */
static gsize
skip_cue_punct (const Sieve *s,
                gsize        i,
                gsize        limit)
{
  while (i < limit)
    {
      guint len;
      guchar c = s->data[i];

      if (is_space_at (s, i, &len))
        i += len;
      else if (c == ',' || c == '-')
        i++;
      else if (c == 0xE2 && i + 2 < limit && (guchar) s->data[i + 1] == 0x80 &&
               ((guchar) s->data[i + 2] == 0x93 || (guchar) s->data[i + 2] == 0x94))
        i += 3;
      else
        break;
    }
  return i;
}

/* Letters are ASCII letters and digits, inner hyphens, and any non-ASCII
 * character but general punctuation (U+2000…, curly quotes and dashes) and
 * Latin-1 symbols (NBSP, «, £). */
static inline gboolean
is_word_ascii (guchar c)
{
  return g_ascii_isalnum (c) || c == '-';
}

static inline gboolean
is_letter_lead (guchar c)
{
  return c >= 0xC3 && c != 0xE2 && c < 0xF0;
}

/* The word starting at @i; returns its end (@i when none). */
static gsize
word_end (const Sieve *s,
          gsize        i,
          gsize        limit)
{
  const guchar *d = (const guchar *) s->data;
  gsize j = i;

  if (i >= limit || !(g_ascii_isalpha (d[i]) || is_letter_lead (d[i])))
    return i;
  while (j < limit)
    {
      if (is_word_ascii (d[j]))
        j++;
      else if (is_letter_lead (d[j]))
        {
          j++;
          while (j < limit && (d[j] & 0xC0) == 0x80)
            j++;
        }
      else
        break;
    }
  return j;
}

/* The word ending at @i; returns its start (@i when none). */
static gsize
word_start (const Sieve *s,
            gsize        i,
            gsize        floor)
{
  const guchar *d = (const guchar *) s->data;
  gsize j = i;

  while (j > floor)
    {
      if (is_word_ascii (d[j - 1]))
        j--;
      else if ((d[j - 1] & 0xC0) == 0x80)
        {
          gsize k = j - 1;

          while (k > floor && (d[k] & 0xC0) == 0x80 && j - k < 4)
            k--;
          if (!is_letter_lead (d[k]))
            break;
          j = k;
        }
      else
        break;
    }
  return j;
}

static guint
word_flags (const Sieve *s,
            gsize        start,
            gsize        end)
{
  const QcLexEntry *e;

  if (end <= start || !g_ascii_islower (s->data[start]))
    return 0;
  e = qc_lex_index_lookup (s->lex, s->data + start, end - start);
  return e != NULL ? e->flags : 0;
}

static gboolean
word_is (const Sieve *s,
         gsize        start,
         gsize        end,
         const char  *word)
{
  gsize len = strlen (word);

  return end - start == len && g_ascii_strncasecmp (s->data + start, word, len) == 0;
}

/* Mentions */

/* Index of the first mention starting at or after @pos. */
static guint
mention_lower_bound (const Sieve *s,
                     gsize        pos)
{
  guint n = s->n_mentions;
  guint h = MIN (s->hints->mention, n);
  guint lo, hi;
  guint step = 1;

  /* look-ups cluster around the claim at hand: gallop from the last
   * answer to a range holding this one, then search it */
  if (h < n && s->m[h].start < pos)
    {
      lo = h + 1;
      hi = lo;
      while (hi < n && s->m[hi].start < pos)
        {
          lo = hi + 1;
          hi = lo + step;
          step *= 2;
        }
      hi = MIN (hi, n);
    }
  else
    {
      hi = h;
      lo = h;
      while (lo > 0 && s->m[lo - 1].start >= pos)
        {
          hi = lo - 1;
          lo = hi > step ? hi - step : 0;
          step *= 2;
        }
    }

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (s->m[mid].start < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return s->hints->mention = lo;
}

/* Where a mention and its apposition end: "Maria X, the finance minister," */
static gsize
extent_end (const Sieve     *s,
            const QcMention *m)
{
  gsize end = m->end;

  if (m->flags & QC_MENTION_FLAG_APPOSITION)
    {
      if (m->role_end > end)
        end = m->role_end;
      if (end < s->length && s->data[end] == ',')
        end++;
    }
  return end;
}

static gint
mention_starting_at (const Sieve *s,
                     gsize        pos)
{
  guint i = mention_lower_bound (s, pos);

  return i < s->n_mentions && s->m[i].start == pos ? (gint) i : -1;
}

static gint
mention_ending_at (const Sieve *s,
                   gsize        pos)
{
  guint i;

  /* "The International Fiscal Stability Organisation (IFSO)" */
  if (pos > 0 && s->data[pos - 1] == ')')
    pos--;
  i = mention_lower_bound (s, pos);

  if (i == 0)
    return -1;
  i--;
  if (s->m[i].end == pos || extent_end (s, &s->m[i]) == pos)
    return (gint) i;
  return -1;
}

static gint
entity_of (const Sieve *s,
           gint         mention)
{
  gint e = mention;

  for (guint hop = 0; hop < ENTITY_HOPS && e >= 0; hop++)
    {
      gint next = s->m[e].entity;

      if (next == e || next < 0 || (guint) next >= s->n_mentions)
        break;
      e = next;
    }
  return e;
}

static guint
paragraph_of (const Sieve *s,
              gsize        pos)
{
  const QcRange *r = s->paragraphs;
  guint n = s->n_paragraphs;

  for (guint i = s->hints->paragraph, k = 0; k < 2 && i < n; i++, k++)
    if (r[i].start <= pos && (i + 1 >= n || r[i + 1].start > pos))
      return s->hints->paragraph = i;
  return s->hints->paragraph = qc_text_paragraph_at (s->text, pos);
}

static guint
sentence_of (const Sieve *s,
             gsize        pos)
{
  const QcRange *r = s->sentences;
  guint n = s->n_sentences;

  for (guint i = s->hints->sentence, k = 0; k < 2 && i < n; i++, k++)
    if (r[i].start <= pos && (i + 1 >= n || r[i + 1].start > pos))
      return s->hints->sentence = i;
  return s->hints->sentence = qc_text_sentence_at (s->text, pos);
}

/* Cues */

/* A speech verb at @i (lower case), possibly after up to two adverbs or
 * auxiliaries ("also said", "has repeatedly said"); returns the verb's end
 * or 0. */
static gsize
speech_verb_at (const Sieve *s,
                gsize        i,
                gsize        limit)
{
  for (guint n = 0; n < 4; n++)
    {
      gsize we = word_end (s, i, limit);
      guint fl = word_flags (s, i, we);

      if (we == i)
        return 0;
      if (fl & QC_LEX_SPEECH)
        return we;
      /* "on Tuesday called", "last week said" */
      if (word_is (s, i, we, "on") || word_is (s, i, we, "last") || word_is (s, i, we, "this"))
        {
          gsize w2 = skip_spaces (s, we, limit);
          gsize w2e = word_end (s, w2, limit);

          if (w2e == w2)
            return 0;
          i = skip_spaces (s, w2e, limit);
          continue;
        }
      if (!(fl & QC_LEX_AUX))
        return 0;
      i = skip_spaces (s, we, limit);
    }
  return 0;
}

/* The subject mention just before the verb starting at @v: "Ms Marsh
 * told", "he also said", "Maria X, the finance minister, said". */
static gint
subject_before (const Sieve *s,
                gsize        v,
                gsize        floor,
                gsize       *subject_start)
{
  gsize p = skip_spaces_back (s, v, floor);

  for (guint n = 0; n < 2; n++)
    {
      gsize ws = word_start (s, p, floor);
      guint fl = word_flags (s, ws, p);

      if (ws == p || !(fl & QC_LEX_AUX) || (fl & QC_LEX_PRONOUN))
        break;
      p = skip_spaces_back (s, ws, floor);
    }
  {
    gint mi = mention_ending_at (s, p);

    if (mi >= 0 && s->m[mi].start >= floor &&
        !(s->m[mi].flags & QC_MENTION_FLAG_POSSESSIVE))
      {
        *subject_start = s->m[mi].start;
        return mi;
      }
  }

  /* "Mr. Whitcombe, 58, said" */
  if (p > floor && s->data[p - 1] == ',')
    {
      gsize d = p - 1;
      gsize e = d;

      while (d > floor && g_ascii_isdigit (s->data[d - 1]))
        d--;
      if (d < e && e - d <= 3)
        {
          gsize b = skip_spaces_back (s, d, floor);

          if (b > floor && s->data[b - 1] == ',')
            {
              gint mi = mention_ending_at (s, skip_spaces_back (s, b - 1, floor));

              if (mi >= 0 && s->m[mi].start >= floor && !(s->m[mi].flags & QC_MENTION_FLAG_POSSESSIVE))
                {
                  *subject_start = s->m[mi].start;
                  return mi;
                }
            }
        }
    }

  /* "Mr. Okafor, pressed on …, had said" / "X, who backs Y, said" */
  if (p > floor && s->data[p - 1] == ',')
    {
      gsize k = p - 1;
      gsize stop = k > floor + 150 ? k - 150 : floor;

      while (k > stop && s->data[k - 1] != ',' && strchr (";:!?\"", s->data[k - 1]) == NULL)
        k--;
      if (k > stop && s->data[k - 1] == ',')
        {
          gsize after = skip_spaces (s, k, p);
          gint mi;

          if (after < p && g_ascii_islower (s->data[after]))
            {
              mi = mention_ending_at (s, skip_spaces_back (s, k - 1, floor));
              if (mi >= 0 && s->m[mi].start >= floor &&
                  !(s->m[mi].flags & QC_MENTION_FLAG_POSSESSIVE))
                {
                  *subject_start = s->m[mi].start;
                  return mi;
                }
            }
        }
    }
  return -1;
}

/* The passive "were urged by Ms. Marsh": was the verb at @v preceded by
 * a form of "be"? */
static gboolean
is_passive (const Sieve *s,
            gsize        v,
            gsize        floor)
{
  gsize p = skip_spaces_back (s, v, floor);
  gsize ws = word_start (s, p, floor);

  return word_is (s, ws, p, "was") || word_is (s, ws, p, "were") || word_is (s, ws, p, "been") ||
         word_is (s, ws, p, "being") || word_is (s, ws, p, "be") || word_is (s, ws, p, "is") ||
         word_is (s, ws, p, "are");
}

/* An inverted subject ("said Okafor.") ends its clause: punctuation, a
 * quotation mark or the end of the text follows it, not a verb ("said
 * local farmers know"). */
static gboolean
ends_clause (const Sieve *s,
             gsize        i,
             gsize        limit)
{
  guchar c;

  i = skip_spaces (s, i, MAX (limit, i));
  if (i >= limit || i >= s->length)
    return TRUE;
  c = s->data[i];
  return strchr (",.;:!?)\"'", c) != NULL || c == 0xE2;
}

/* Skips a parenthetical after a mention: " - then chief of staff to
 * Governor Elena Marsh - ", " (R-Wis.) ". */
static gsize
skip_parenthetical (const Sieve *s,
                    gsize        i,
                    gsize        limit)
{
  gsize p = skip_spaces (s, i, limit);
  gsize end = MIN (limit, p + 120);
  gboolean dash;

  if (p >= limit)
    return i;
  /* "Mr. Whitcombe, 58, said" */
  if (s->data[p] == ',')
    {
      gsize d = skip_spaces (s, p + 1, limit);
      gsize e = d;

      while (e < limit && g_ascii_isdigit (s->data[e]))
        e++;
      if (e > d && e - d <= 3 && e < limit && s->data[e] == ',')
        return skip_spaces (s, e + 1, limit);
      return i;
    }
  if (s->data[p] == '(')
    {
      for (gsize k = p + 1; k < end; k++)
        if (s->data[k] == ')')
          return skip_spaces (s, k + 1, limit);
      return i;
    }
  dash = s->data[p] == '-' ||
         ((guchar) s->data[p] == 0xE2 && p + 2 < limit && (guchar) s->data[p + 1] == 0x80 &&
          ((guchar) s->data[p + 2] == 0x93 || (guchar) s->data[p + 2] == 0x94));
  if (!dash)
    return i;
  p += s->data[p] == '-' ? 1 : 3;
  for (gsize k = p; k < end; k++)
    {
      guchar c = s->data[k];

      if (c == '.' || c == '"')
        return i;
      if (c == '-' || (c == 0xE2 && k + 2 < limit && (guchar) s->data[k + 1] == 0x80 &&
                       ((guchar) s->data[k + 2] == 0x93 || (guchar) s->data[k + 2] == 0x94)))
        return skip_spaces (s, k + (c == '-' ? 1 : 3), limit);
    }
  return i;
}

/* "according to X" at @i */
static gboolean
according_at (const Sieve *s,
              gsize        i,
              gsize        limit,
              Cue         *cue)
{
  gsize we = word_end (s, i, limit);
  gsize p;
  gint mi;

  if (!word_is (s, i, we, "according"))
    return FALSE;
  p = skip_spaces (s, we, limit);
  we = word_end (s, p, limit);
  if (!word_is (s, p, we, "to"))
    return FALSE;
  p = skip_spaces (s, we, limit);
  mi = mention_starting_at (s, p);
  if (mi < 0)
    return FALSE;
  cue->mention = mi;
  cue->cue_start = i;
  cue->cue_end = s->m[mi].end;
  cue->rule = QC_SIEVE_ACCORDING;
  cue->confidence = 0.8f;
  return TRUE;
}

/* The end of the clause after a quote ending at @pos: the sentence end,
 * the next quote or the paragraph end, whichever comes first. */
static gsize
clause_end (const Sieve *s,
            gsize        pos,
            guint        next_quote)
{
  guint si = sentence_of (s, pos);
  gsize limit = pos;

  if (si < s->n_sentences && s->sentences[si].end > pos)
    limit = s->sentences[si].end;
  else if (si + 1 < s->n_sentences && pos > 0 &&
           paragraph_of (s, s->sentences[si + 1].start) == paragraph_of (s, pos - 1))
    {
      /* the quote ended its sentence: “… properly?” he asked. */
      limit = s->sentences[si + 1].end;
    }
  if (next_quote < s->n_quotes && s->quotes[next_quote].start < limit &&
      s->quotes[next_quote].start >= pos)
    limit = s->quotes[next_quote].start;
  return MIN (limit, pos + CUE_WINDOW);
}

/* The end of the sentence a quote ending at @pos belongs to, across any
 * later quotes in it. */
static gsize
sentence_end (const Sieve *s,
              gsize        pos)
{
  guint si = sentence_of (s, pos);

  if (si < s->n_sentences && s->sentences[si].end > pos)
    return MIN (s->sentences[si].end, pos + 2 * CUE_WINDOW);
  return pos;
}

/* The start of the clause before a quote starting at @pos. */
static gsize
clause_start (const Sieve *s,
              gsize        pos,
              gsize        prev_quote_end)
{
  guint si = sentence_of (s, pos);
  gsize floor = 0;

  if (si < s->n_sentences && s->sentences[si].start <= pos)
    floor = s->sentences[si].start;
  if (prev_quote_end <= pos && prev_quote_end > floor)
    floor = prev_quote_end;
  if (pos > CUE_WINDOW && floor < pos - CUE_WINDOW)
    floor = pos - CUE_WINDOW;
  return floor;
}

/* Rule 1, after the quote: “…,” X said / “…” said X / “…” X told Y */
static gboolean
right_cue (const Sieve   *s,
           const QcQuote *q,
           gsize          limit,
           Cue           *cue)
{
  gsize p = skip_cue_punct (s, q->end, limit);
  gsize v;
  gint mi;
  gboolean final_stop;

  if (p >= limit)
    return FALSE;

  /* “… properly.” He said … starts a new sentence */
  final_stop = q->close_len > 0 && q->end - q->close_len > q->start &&
               (s->data[q->end - q->close_len - 1] == '.') && p == skip_spaces (s, q->end, limit);

  mi = mention_starting_at (s, p);
  if (mi >= 0 && !(s->m[mi].flags & QC_MENTION_FLAG_POSSESSIVE))
    {
      gsize e = skip_parenthetical (s, skip_spaces (s, extent_end (s, &s->m[mi]), limit), limit);

      if (final_stop && g_ascii_isupper (s->data[p]) && s->m[mi].type == QC_MENTION_PRONOUN)
        return FALSE;
      v = speech_verb_at (s, e, limit);
      /* after “… properly.” the cue must end its sentence, or it opens a
       * new one: “….” Okafor said he and Lindqvist … */
      if (v > 0 && final_stop && !ends_clause (s, v, limit))
        v = 0;
      if (v > 0)
        {
          cue->mention = mi;
          cue->cue_start = s->m[mi].start;
          cue->cue_end = v;
          cue->rule = QC_SIEVE_ADJACENT;
          cue->confidence = 0.9f;
          return TRUE;
        }
    }

  v = speech_verb_at (s, p, limit);
  if (v > 0 && !g_ascii_isupper (s->data[p]))
    {
      gsize after = skip_spaces (s, v, limit);

      mi = mention_starting_at (s, after);
      if (mi >= 0 && !(s->m[mi].flags & QC_MENTION_FLAG_POSSESSIVE) &&
          ((s->m[mi].flags & QC_MENTION_FLAG_APPOSITION) ||
           ends_clause (s, extent_end (s, &s->m[mi]), limit)))
        {
          cue->mention = mi;
          cue->cue_start = p;
          cue->cue_end = s->m[mi].end;
          cue->rule = QC_SIEVE_ADJACENT;
          cue->confidence = 0.9f;
          return TRUE;
        }
    }

  return according_at (s, p, limit, cue);
}

/* Rule 1, before the quote: X said: “…” / X said, “…” / X told reporters: “…” */
static gboolean
left_cue (const Sieve   *s,
          const QcQuote *q,
          gsize          floor,
          Cue           *cue)
{
  gsize p = skip_spaces_back (s, q->start, floor);
  gboolean separator = FALSE;
  gsize v_end = 0;
  gsize v_start = 0;
  gsize subject_start;
  gint mi;

  if (p > floor && (s->data[p - 1] == ':' || s->data[p - 1] == ','))
    {
      separator = TRUE;
      p = skip_spaces_back (s, p - 1, floor);
    }

  /* "said Mr Darcy: “…”" but not "told Coast FM: “…”" */
  mi = mention_ending_at (s, p);
  if (mi >= 0 && s->m[mi].start >= floor && s->m[mi].type != QC_MENTION_PRONOUN && separator)
    {
      gsize b = skip_spaces_back (s, s->m[mi].start, floor);
      gsize ws = word_start (s, b, floor);
      guint fl = word_flags (s, ws, b);

      if (ws < b && (fl & QC_LEX_SPEECH) && !(fl & QC_LEX_OBJECT))
        {
          cue->mention = mi;
          cue->cue_start = ws;
          cue->cue_end = s->m[mi].end;
          cue->rule = QC_SIEVE_ADJACENT;
          cue->confidence = 0.9f;
          return TRUE;
        }
    }
  if (mi >= 0 && s->m[mi].type == QC_MENTION_PRONOUN)
    {
      /* "said he: “…”" */
      gsize b = skip_spaces_back (s, s->m[mi].start, floor);
      gsize ws = word_start (s, b, floor);

      if (ws < b && (word_flags (s, ws, b) & QC_LEX_SPEECH))
        {
          cue->mention = mi;
          cue->cue_start = ws;
          cue->cue_end = s->m[mi].end;
          cue->rule = QC_SIEVE_ADJACENT;
          cue->confidence = 0.9f;
          return TRUE;
        }
    }

  /* the verb, perhaps with a short object: "told the Courier:" */
  for (guint n = 0; n <= OBJECT_WORDS && p > floor; n++)
    {
      gsize ws = word_start (s, p, floor);

      if (ws == p)
        break;
      if (word_flags (s, ws, p) & QC_LEX_SPEECH)
        {
          v_start = ws;
          v_end = p;
          break;
        }
      if (!separator)
        break;
      p = skip_spaces_back (s, ws, floor);
      if (p > floor && strchr (".!?;\"", s->data[p - 1]) != NULL)
        break;
    }
  if (v_end == 0)
    return FALSE;
  if (is_passive (s, v_start, floor))
    return FALSE;

  mi = subject_before (s, v_start, floor, &subject_start);
  if (mi < 0)
    return FALSE;
  cue->mention = mi;
  cue->cue_start = subject_start;
  cue->cue_end = v_end;
  cue->rule = QC_SIEVE_ADJACENT;
  cue->confidence = 0.9f;
  return TRUE;
}

/* Rule 2: a speech verb with its subject in the quote's sentence. The
 * nearest one before the quote wins, then the nearest after it. */
static gboolean
sentence_cue (const Sieve   *s,
              const QcQuote *q,
              gsize          floor,
              gsize          limit,
              Cue           *cue)
{
  guint lo = mention_lower_bound (s, floor);
  guint i = mention_lower_bound (s, q->start);
  guint tried = 0;

  /* before: "Okafor said he was “ready to go”", "his claim that “…”" */
  while (i > lo && tried < 12)
    {
      const QcMention *m;
      gsize e;
      gsize v;

      i--;
      tried++;
      m = &s->m[i];
      e = skip_spaces (s, extent_end (s, m), q->start);
      if (m->flags & QC_MENTION_FLAG_POSSESSIVE)
        {
          /* "Nair's reply drew …: “…”" */
          gsize we = word_end (s, e, q->start);

          if (m->type != QC_MENTION_PRONOUN && (word_flags (s, e, we) & QC_LEX_SNOUN))
            {
              cue->mention = (gint) i;
              cue->cue_start = m->start;
              cue->cue_end = we;
              cue->rule = QC_SIEVE_SENTENCE;
              cue->confidence = 0.7f;
              return TRUE;
            }
          continue;
        }
      /* the passive "was described by Dr. Greaves as “…”" */
      {
        gsize b = skip_spaces_back (s, m->start, floor);
        gsize ws = word_start (s, b, floor);

        if (word_is (s, ws, b, "by"))
          {
            gsize vb = skip_spaces_back (s, ws, floor);
            gsize vs = word_start (s, vb, floor);

            if (vs < vb && (word_flags (s, vs, vb) & QC_LEX_SPEECH) && is_passive (s, vs, floor))
              {
                cue->mention = (gint) i;
                cue->cue_start = vs;
                cue->cue_end = m->end;
                cue->rule = QC_SIEVE_SENTENCE;
                cue->confidence = 0.7f;
                return TRUE;
              }
          }
      }
      if (m->type == QC_MENTION_PRONOUN && g_ascii_islower (s->data[m->start]) &&
          (word_is (s, m->start, m->end, "his") || word_is (s, m->start, m->end, "her") ||
           word_is (s, m->start, m->end, "their") || word_is (s, m->start, m->end, "its")))
        {
          gsize we = word_end (s, e, q->start);

          if (word_flags (s, e, we) & QC_LEX_SNOUN)
            {
              cue->mention = (gint) i;
              cue->cue_start = m->start;
              cue->cue_end = we;
              cue->rule = QC_SIEVE_SENTENCE;
              cue->confidence = 0.75f;
              return TRUE;
            }
          continue;
        }
      v = speech_verb_at (s, e, q->start);
      if (v > 0)
        {
          cue->mention = (gint) i;
          cue->cue_start = m->start;
          cue->cue_end = v;
          cue->rule = QC_SIEVE_SENTENCE;
          cue->confidence = 0.75f;
          return TRUE;
        }
      /* inverted: "said Okafor" */
      {
        gsize b = skip_spaces_back (s, m->start, floor);
        gsize ws = word_start (s, b, floor);
        guint fl = word_flags (s, ws, b);

        if (ws < b && (fl & QC_LEX_SPEECH) && !(fl & QC_LEX_OBJECT) && !is_passive (s, ws, floor) &&
            ends_clause (s, extent_end (s, m), q->start))
          {
            cue->mention = (gint) i;
            cue->cue_start = ws;
            cue->cue_end = m->end;
            cue->rule = QC_SIEVE_SENTENCE;
            cue->confidence = 0.75f;
            return TRUE;
          }
      }
    }

  /* a participle: "…, calling it a “safe bet”", "by warning that “…”":
   * the sentence's first mention speaks */
  {
    gsize p = q->start;

    for (guint n = 0; n < 12 && p > floor; n++)
      {
        gsize we = skip_spaces_back (s, p, floor);
        gsize ws = word_start (s, we, floor);

        if (ws == we)
          {
            if (we > floor && strchr (".;:!?", s->data[we - 1]) != NULL)
              break;
            p = we > floor ? we - 1 : floor;
            continue;
          }
        if (we - ws > 4 && memcmp (s->data + we - 3, "ing", 3) == 0 &&
            (word_flags (s, ws, we) & QC_LEX_SPEECH))
          {
            gsize b = skip_spaces_back (s, ws, floor);
            gsize bs = word_start (s, b, floor);

            if ((b > floor && s->data[b - 1] == ',') || word_is (s, bs, b, "by") ||
                word_is (s, bs, b, "after") || word_is (s, bs, b, "while") ||
                word_is (s, bs, b, "before") || word_is (s, bs, b, "when"))
              {
                for (guint k = lo; k < s->n_mentions && s->m[k].start < ws; k++)
                  {
                    const QcMention *m = &s->m[k];

                    if (m->flags & QC_MENTION_FLAG_POSSESSIVE)
                      continue;
                    if (m->type == QC_MENTION_NAME || m->type == QC_MENTION_PRONOUN ||
                        (m->flags & QC_MENTION_FLAG_FIRST_IN_SENTENCE))
                      {
                        cue->mention = (gint) k;
                        cue->cue_start = ws;
                        cue->cue_end = we;
                        cue->rule = QC_SIEVE_SENTENCE;
                        cue->confidence = 0.65f;
                        return TRUE;
                      }
                  }
              }
            break;
          }
        p = ws;
      }
  }

  /* after: "“This will be a test” for Harlow, said Okafor"; not
   * after a quote that ends its sentence */
  if (q->close_len > 0 && q->end - q->close_len > q->start &&
      strchr (".?!", s->data[q->end - q->close_len - 1]) != NULL)
    return FALSE;
  tried = 0;
  for (i = mention_lower_bound (s, q->end); i < s->n_mentions && s->m[i].start < limit && tried < 6;
       i++, tried++)
    {
      const QcMention *m = &s->m[i];
      gsize b = skip_spaces_back (s, m->start, q->end);
      gsize ws = word_start (s, b, q->end);
      gsize v;

      if (m->flags & QC_MENTION_FLAG_POSSESSIVE)
        continue;
      if (ws < b && (word_flags (s, ws, b) & QC_LEX_SPEECH) &&
          !(word_flags (s, ws, b) & QC_LEX_OBJECT) && !is_passive (s, ws, q->end) &&
          ends_clause (s, extent_end (s, m), limit))
        {
          cue->mention = (gint) i;
          cue->cue_start = ws;
          cue->cue_end = m->end;
          cue->rule = QC_SIEVE_SENTENCE;
          cue->confidence = 0.7f;
          return TRUE;
        }
      v = speech_verb_at (s, skip_spaces (s, extent_end (s, m), limit), limit);
      if (v > 0)
        {
          cue->mention = (gint) i;
          cue->cue_start = m->start;
          cue->cue_end = v;
          cue->rule = QC_SIEVE_SENTENCE;
          cue->confidence = 0.7f;
          return TRUE;
        }
    }
  return FALSE;
}

/* Rule 6: "Okafor attacks 'watered-down plan'": the sentence opens with a
 * name, one verb follows, then the quote. */
static gboolean
subject_cue (const Sieve   *s,
             const QcQuote *q,
             gsize          floor,
             Cue           *cue)
{
  gsize p = skip_spaces_back (s, q->start, floor);
  gsize ws = word_start (s, p, floor);
  guint fl;
  gint mi;

  mi = mention_ending_at (s, p);
  if (mi >= 0 && s->m[mi].type == QC_MENTION_NAME && s->m[mi].start == floor &&
      !(s->m[mi].flags & QC_MENTION_FLAG_POSSESSIVE))
    {
      /* a headline: "Okafor 'ready to go' ahead of vote" */
      cue->mention = mi;
      cue->cue_start = s->m[mi].start;
      cue->cue_end = s->m[mi].end;
      cue->rule = QC_SIEVE_SUBJECT;
      cue->confidence = 0.4f;
      return TRUE;
    }
  if (ws == p || !g_ascii_islower (s->data[ws]))
    return FALSE;
  fl = word_flags (s, ws, p);
  if (fl & (QC_LEX_FUNC | QC_LEX_AUX | QC_LEX_DET))
    return FALSE;
  if (p - ws < 3 || s->data[p - 1] != 's')
    return FALSE;
  mi = mention_ending_at (s, skip_spaces_back (s, ws, floor));
  if (mi < 0 || s->m[mi].type != QC_MENTION_NAME || s->m[mi].start != floor ||
      (s->m[mi].flags & QC_MENTION_FLAG_POSSESSIVE))
    return FALSE;
  cue->mention = mi;
  cue->cue_start = s->m[mi].start;
  cue->cue_end = p;
  cue->rule = QC_SIEVE_SUBJECT;
  cue->confidence = 0.5f;
  return TRUE;
}

/* Titles and scare quotes: “Ask the Mayor”, the so-called “fair
 * deal”, the word “yes”. */
static gboolean
is_title_or_scare (const Sieve   *s,
                   const QcQuote *q,
                   gsize          floor)
{
  gsize a = q->start + q->open_len;
  gsize b = q->end - q->close_len;
  guint capital = 0;
  guint lower = 0;
  gsize p;
  gsize ws;

  if (b > q->end || a > b)
    return FALSE;
  while (b > a && strchr (",.;:!?", s->data[b - 1]) != NULL)
    b--;
  for (gsize i = a; i < b && lower == 0 && capital <= 6;)
    {
      gsize we = i;

      while (we < b && (is_word_ascii (s->data[we]) || (guchar) s->data[we] >= 0x80 ||
                        s->data[we] == '\''))
        we++;
      if (we > i)
        {
          guchar c = s->data[i];
          guint fl = word_flags (s, i, we);

          if (g_ascii_isupper (c) || g_ascii_isdigit (c))
            capital++;
          else if (!(fl & QC_LEX_FUNC) || we - i > 4)
            lower++;
          i = we;
        }
      else
        i++;
    }
  if (capital >= 2 && lower == 0 && capital <= 6)
    return TRUE;

  p = skip_spaces_back (s, q->start, floor);
  ws = word_start (s, p, floor);
  if (word_is (s, ws, p, "so-called") || word_is (s, ws, p, "word") || word_is (s, ws, p, "words") ||
      word_is (s, ws, p, "term") || word_is (s, ws, p, "phrase") || word_is (s, ws, p, "label") ||
      word_is (s, ws, p, "slogan") || word_is (s, ws, p, "expression") || word_is (s, ws, p, "titled") ||
      word_is (s, ws, p, "entitled"))
    return TRUE;
  return FALSE;
}

/* Pronoun resolution */

static gboolean
compatible (const Sieve *s,
            QcGender     want,
            gint         mention,
            gboolean     names_only)
{
  const QcMention *m = &s->m[mention];
  const QcMention *root = &s->m[entity_of (s, mention)];
  QcGender g = root->gender != QC_GENDER_UNKNOWN ? root->gender : m->gender;

  if (m->type == QC_MENTION_PRONOUN)
    return FALSE;
  switch (want)
    {
    case QC_GENDER_MALE:
    case QC_GENDER_FEMALE:
    case QC_GENDER_UNKNOWN:
      if (m->type == QC_MENTION_ORGANISATION)
        return FALSE;
      if (names_only && m->type != QC_MENTION_NAME && root->type != QC_MENTION_NAME)
        return FALSE;
      if (m->flags & QC_MENTION_FLAG_PLACE)
        return FALSE;
      if (!(root->flags & QC_MENTION_FLAG_PERSON) && !(m->flags & QC_MENTION_FLAG_PERSON) &&
          g == QC_GENDER_UNKNOWN)
        {
          /* a plain two-word name ("Dana Whitlock") may be a person;
           * a lone capitalised word or a description needs more */
          if (names_only || m->type != QC_MENTION_NAME || (root->flags & QC_MENTION_FLAG_WEAK))
            return FALSE;
        }
      return want == QC_GENDER_UNKNOWN ? (g == QC_GENDER_MALE || g == QC_GENDER_FEMALE ||
                                          g == QC_GENDER_UNKNOWN)
                                       : (g == want || g == QC_GENDER_UNKNOWN);
    case QC_GENDER_PLURAL:
      return (m->type == QC_MENTION_ORGANISATION && !(m->flags & QC_MENTION_FLAG_PLACE)) ||
             g == QC_GENDER_PLURAL;
    case QC_GENDER_NEUTER:
      return m->type == QC_MENTION_ORGANISATION && g != QC_GENDER_PLURAL &&
             !(m->flags & QC_MENTION_FLAG_PLACE);
    default:
      return FALSE;
    }
}

static gboolean
same_sentence_or_previous (const Sieve *s,
                           gsize        a,
                           gsize        b)
{
  guint sa = sentence_of (s, a);
  guint sb = sentence_of (s, b);

  return sa + 1 >= sb;
}

/* Where a sentence that opens with a reporter's question ("Asked by one
 * analyst whether …, he said", "Pressed on the cuts, she said") starts, or
 * G_MAXSIZE: whoever the question clause names asked, so a pronoun after
 * it never means them. */
static gsize
question_clause_start (const Sieve *s,
                       gsize        pos)
{
  guint si = sentence_of (s, pos);
  gsize a;
  gsize we;

  if (si >= s->n_sentences || s->sentences[si].start > pos)
    return G_MAXSIZE;
  a = s->sentences[si].start;
  we = word_end (s, a, pos);
  if (word_is (s, a, we, "asked") || word_is (s, a, we, "pressed") ||
      word_is (s, a, we, "questioned") || word_is (s, a, we, "quizzed") ||
      word_is (s, a, we, "challenged"))
    return a;
  return G_MAXSIZE;
}

/* Resolves the pronoun (or definite description) @mention to the mention
 * of an earlier entity, or -1 when unsure: the last speaker when he is the
 * most recent compatible entity or nobody new took the stage as a sentence
 * subject since; otherwise the most recent compatible entity unless a
 * second one competes for it in the same stretch of text. */
static gint
resolve (Sieve *s,
         gint   mention,
         float *confidence)
{
  const QcMention *p = &s->m[mention];
  QcGender want = p->type == QC_MENTION_PRONOUN ? p->gender : QC_GENDER_UNKNOWN;
  gboolean names_only = p->type != QC_MENTION_PRONOUN;
  guint para = paragraph_of (s, p->start);
  guint floor_para = para > PRONOUN_PARAGRAPHS ? para - PRONOUN_PARAGRAPHS : 0;
  gsize floor = floor_para < s->n_paragraphs ? s->paragraphs[floor_para].start : 0;
  gint e1 = -1;
  gint e1_mention = -1;
  gint e2 = -1;
  gint e2_mention = -1;
  gboolean speaker_ok;
  gboolean e1_salient;
  gint fresh = -1;
  gint e1g = -1;
  gint e1g_mention = -1;
  guint seen = 0;
  gsize question_start = G_MAXSIZE;

  if (p->type == QC_MENTION_NOMINAL && p->gender != QC_GENDER_UNKNOWN)
    want = p->gender;
  if (p->type == QC_MENTION_PRONOUN)
    question_start = question_clause_start (s, p->start);

  for (gint i = mention - 1; i >= 0 && seen < PRONOUN_MENTIONS; i--, seen++)
    {
      gint e;

      if (s->m[i].start < floor)
        break;
      if (s->m[i].start >= question_start)
        continue;
      if (!compatible (s, want, i, names_only))
        continue;
      e = entity_of (s, i);
      if (e == entity_of (s, mention))
        continue;
      if (fresh < 0 && (s->m[i].flags & QC_MENTION_FLAG_FIRST_IN_SENTENCE) &&
          (s->last_speaker < 0 || s->m[i].start >= s->last_claim_end))
        fresh = i;
      if (e1g < 0 && want != QC_GENDER_UNKNOWN && s->m[e].gender == want)
        e1g_mention = i, e1g = e;
      if (e1 < 0)
        {
          e1 = e;
          e1_mention = i;
        }
      else if (e != e1 && e2 < 0)
        {
          e2 = e;
          e2_mention = i;
        }
      if (e2 >= 0 && (fresh >= 0 || s->m[i].start <= s->last_claim_start))
        break;
    }

  speaker_ok = s->last_speaker >= 0 && s->last_paragraph + PRONOUN_PARAGRAPHS >= para &&
               s->last_mention < mention && compatible (s, want, s->last_mention, names_only);

  /* someone new became a sentence's subject after the last speaker spoke */
  if (speaker_ok && fresh >= 0 && entity_of (s, fresh) != s->last_speaker)
    {
      *confidence = 0.6f;
      return fresh;
    }
  /* "Asked by a reporter …, he said": the answer comes from whoever was
   * being quoted */
  if (speaker_ok && question_start != G_MAXSIZE && s->last_mention < mention &&
      s->m[s->last_mention].start < question_start)
    {
      *confidence = e1 < 0 || e1 == s->last_speaker ? 0.8f : 0.65f;
      return e1 == s->last_speaker ? e1_mention : s->last_mention;
    }
  /* a speaker known to have the pronoun's gender beats one whose gender
   * nothing told */
  if (speaker_ok && want != QC_GENDER_UNKNOWN && s->m[s->last_speaker].gender != want &&
      e1g >= 0 && e1g != s->last_speaker && s->last_paragraph < para)
    {
      *confidence = 0.6f;
      return e1g_mention;
    }
  if (speaker_ok)
    {
      *confidence = e1 < 0 || e1 == s->last_speaker ? 0.8f : 0.65f;
      return e1 == s->last_speaker ? e1_mention : s->last_mention;
    }
  /* a description ("the prime minister") names the last speaker or a new
   * subject, nobody further back */
  if (e1 < 0 || p->type != QC_MENTION_PRONOUN)
    return -1;
  e1_salient = (s->m[e1_mention].flags & QC_MENTION_FLAG_FIRST_IN_SENTENCE) != 0;
  if (e1g >= 0 && e1g != e1 && s->m[e1].gender != want && !e1_salient)
    {
      *confidence = 0.6f;
      return e1g_mention;
    }
  /* two candidates in the same stretch of text: unsure, unless the most
   * recent is a sentence's subject and the other is not beside it */
  if (e2 >= 0 && same_sentence_or_previous (s, s->m[e2_mention].start, s->m[e1_mention].start) &&
      same_sentence_or_previous (s, s->m[e1_mention].start, p->start))
    {
      gboolean same_sentence = sentence_of (s, s->m[e2_mention].start) ==
                               sentence_of (s, s->m[e1_mention].start);

      if (!e1_salient || same_sentence)
        return -1;
    }
  *confidence = 0.7f;
  return e1_mention;
}

/* Turns the subject of a cue into the speaker mention: pronouns and
 * definite descriptions are resolved, names and organisations kept. */
static gint
speaker_of_subject (Sieve *s,
                    Cue   *cue)
{
  gint mi = cue->mention;
  const QcMention *m;
  float confidence = cue->confidence;
  gint r;

  if (mi < 0)
    return -1;
  m = &s->m[mi];
  if (m->type == QC_MENTION_PRONOUN)
    {
      r = resolve (s, mi, &confidence);
      if (r < 0)
        return -1;
      /* the pronoun tells the entity's gender */
      if (m->gender == QC_GENDER_MALE || m->gender == QC_GENDER_FEMALE)
        {
          QcMention *root = &s->m[entity_of (s, r)];

          if (root->gender == QC_GENDER_UNKNOWN)
            root->gender = m->gender;
          root->flags |= QC_MENTION_FLAG_PERSON;
          root->flags &= ~QC_MENTION_FLAG_WEAK;
        }
      cue->rule = QC_SIEVE_PRONOUN;
      cue->confidence = MIN (cue->confidence, confidence);
      return r;
    }

  /* "the prime minister said", "the 68-year-old singer": a definite
   * description that no earlier title explained */
  if (m->type == QC_MENTION_NOMINAL && (m->flags & QC_MENTION_FLAG_DEFINITE) &&
      entity_of (s, mi) == mi)
    {
      r = resolve (s, mi, &confidence);
      if (r >= 0)
        {
          gint root = entity_of (s, mi);

          /* later mentions of the description follow */
          s->m[root].entity = entity_of (s, r);
          cue->rule = QC_SIEVE_PRONOUN;
          cue->confidence = MIN (cue->confidence, confidence) - 0.1f;
          return r;
        }
    }
  return mi;
}

static void
set_speaker (Sieve        *s,
             QcDraftClaim *c,
             Cue          *cue,
             gint          speaker)
{
  c->cue_start = cue->cue_start;
  c->cue_end = cue->cue_end;
  c->rule = cue->rule;
  if (speaker < 0)
    {
      c->mention = -1;
      c->confidence = 0.f;
      c->rule = QC_SIEVE_NONE;
      return;
    }
  c->mention = speaker;
  c->confidence = cue->confidence;
  s->last_speaker = entity_of (s, speaker);
  s->last_mention = speaker;
  s->last_paragraph = paragraph_of (s, c->start);
  s->last_claim_start = c->start;
  s->last_claim_end = MAX (c->end, c->cue_end);
}

static void
inherit (Sieve              *s,
         QcDraftClaim       *c,
         const QcDraftClaim *from,
         float               confidence)
{
  c->mention = from->mention;
  c->rule = QC_SIEVE_CONTINUATION;
  c->confidence = MIN (from->confidence, confidence);
  if (c->mention >= 0)
    s->last_paragraph = paragraph_of (s, c->start);
}

/* The claim before claim @i that ends before it starts, skipping partial
 * quotes that found no speaker (titles, scare quotes). */
static const QcDraftClaim *
previous_claim (GArray *claims,
                guint   i)
{
  const QcDraftClaim *c = &g_array_index (claims, QcDraftClaim, i);

  for (guint j = i; j > 0 && i - j < 8; j--)
    {
      const QcDraftClaim *p = &g_array_index (claims, QcDraftClaim, j - 1);

      if (p->end > c->start)
        continue;
      if (p->kind == QC_CLAIM_KIND_PARTIAL && p->mention < 0)
        continue;
      return p;
    }
  return NULL;
}

/* Does quote @q follow claim @p with nobody new between them: the same
 * paragraph or the next one that @q opens, no new sentence subject and no
 * other speech verb in between? */
static gboolean
follows (const Sieve        *s,
         const QcDraftClaim *p,
         const QcQuote      *q)
{
  gsize a = MAX (p->end, p->cue_end);
  guint pp = paragraph_of (s, p->start);
  guint para = q->paragraph;
  gboolean opens = para < s->n_paragraphs && s->paragraphs[para].start == q->start;

  if (a > q->start || q->start - a > 600)
    return FALSE;
  if (!(pp == para || (opens && pp + 1 == para)))
    return FALSE;
  for (guint i = mention_lower_bound (s, a); i < s->n_mentions && s->m[i].start < q->start; i++)
    {
      const QcMention *m = &s->m[i];

      if (m->type == QC_MENTION_PRONOUN || (m->flags & QC_MENTION_FLAG_POSSESSIVE))
        continue;
      if (m->flags & (QC_MENTION_FLAG_FIRST_IN_SENTENCE | QC_MENTION_FLAG_SENTENCE_START))
        return FALSE;
    }
  for (gsize k = a; k < q->start;)
    {
      gsize we = word_end (s, k, q->start);

      if (we > k)
        {
          if ((word_flags (s, k, we) & QC_LEX_SPEECH) && !is_passive (s, k, a))
            {
              gsize b = skip_spaces_back (s, k, a);
              gsize bs = word_start (s, b, a);

              /* "he said when asked about …" */
              if (!(word_is (s, bs, b, "when") || word_is (s, bs, b, "if") ||
                    word_is (s, bs, b, "after") || word_is (s, bs, b, "before")))
                return FALSE;
            }
          k = we;
        }
      else
        k++;
    }
  return TRUE;
}

/* Claims */

/* Is the word before @pos (not before @floor) a preposition: "owners on
 * Quay Street", "officials in Lisbon"? */
static gboolean
after_preposition (const Sieve *s,
                   gsize        pos,
                   gsize        floor)
{
  gsize p = skip_spaces_back (s, pos, floor);
  gsize ws = word_start (s, p, floor);

  return word_is (s, ws, p, "on") || word_is (s, ws, p, "in") || word_is (s, ws, p, "at") ||
         word_is (s, ws, p, "from") || word_is (s, ws, p, "of") || word_is (s, ws, p, "near") ||
         word_is (s, ws, p, "for") || word_is (s, ws, p, "across");
}

static void
attribute_report (Sieve          *s,
                  const QcReport *r,
                  QcDraftClaim   *c)
{
  Cue cue = { -1, r->cue_start, r->cue_end, QC_SIEVE_SENTENCE, 0.8f };
  gint best = -1;
  gsize best_overlap = 0;
  gsize we;

  c->cue_start = r->cue_start;
  c->cue_end = r->cue_end;
  if (r->subject_end <= r->subject_start)
    {
      /* the cue names no one the reported-speech stage could see: look
       * for the verb's subject ourselves */
      gsize ws = r->cue_start;
      gsize verb_end = word_end (s, ws, r->cue_end);
      gsize floor = clause_start (s, ws, 0);
      gsize subject_start;

      if (verb_end > ws && (word_flags (s, ws, verb_end) & QC_LEX_SPEECH) && !is_passive (s, ws, floor))
        best = subject_before (s, ws, floor, &subject_start);
      if (best < 0)
        return;
    }

  /* "Shop owners on Quay Street told": a subject that a preposition
   * governs is only the end of a longer one */
  if (best < 0 && r->subject_start > 0 &&
      after_preposition (s, r->subject_start, clause_start (s, r->subject_start, 0)))
    return;

  for (guint i = mention_lower_bound (s, r->subject_start > 64 ? r->subject_start - 64 : 0);
       best < 0 && i < s->n_mentions && s->m[i].start < r->subject_end; i++)
    {
      const QcMention *m = &s->m[i];
      gsize a = MAX (m->start, r->subject_start);
      gsize b = MIN (m->end, r->subject_end);

      if (b <= a)
        continue;
      if ((m->flags & QC_MENTION_FLAG_POSSESSIVE) && m->type != QC_MENTION_PRONOUN)
        continue;
      /* "Shop owners on Quay Street": a mention after a preposition only
       * modifies a head that is not a mention; nobody to name */
      if (m->start > r->subject_start && after_preposition (s, m->start, r->subject_start))
        break;
      /* the head of the subject is its first mention: "A spokesperson for
       * the election board" */
      if (b - a > best_overlap)
        {
          best = (gint) i;
          best_overlap = b - a;
        }
      break;
    }
  if (best < 0)
    return;

  we = word_end (s, r->cue_start, r->cue_end);
  if (word_is (s, r->cue_start, we, "according"))
    cue.rule = QC_SIEVE_ACCORDING;
  cue.mention = best;
  cue.confidence = CLAMP (r->confidence, 0.3f, 0.85f);
  set_speaker (s, c, &cue, speaker_of_subject (s, &cue));
}

/* Finds the cue of quote @qi with rules 1, 2 and 6. */
static gboolean
find_quote_cue (Sieve              *s,
                guint               qi,
                const QcDraftClaim *report,
                Cue                *cue)
{
  const QcQuote *q = &s->quotes[qi];
  gsize prev_end = qi > 0 ? s->quotes[qi - 1].end : 0;
  gsize floor = clause_start (s, q->start, prev_end);
  gsize limit = clause_end (s, q->end, qi + 1);
  gsize sentence_floor = clause_start (s, q->start, 0);

  if (right_cue (s, q, limit, cue))
    return TRUE;
  if (left_cue (s, q, floor, cue))
    return TRUE;

  /* a paragraph that opens with a quote after "X said:" ending the
   * previous paragraph */
  if (q->paragraph > 0 && q->paragraph < s->n_paragraphs &&
      s->paragraphs[q->paragraph].start == q->start)
    {
      const QcRange *prev = &s->paragraphs[q->paragraph - 1];

      if (prev->end > prev->start && s->data[prev->end - 1] == ':')
        {
          QcQuote fake = *q;

          fake.start = prev->end;
          if (left_cue (s, &fake, clause_start (s, prev->end - 1, prev_end), cue))
            return TRUE;
        }
    }

  /* a partial inside a report takes the report's speaker */
  if (report != NULL && report->start <= q->start && q->end <= report->end &&
      report->mention >= 0)
    {
      cue->mention = -2;
      return TRUE;
    }

  if (sentence_cue (s, q, sentence_floor, sentence_end (s, q->end), cue))
    return TRUE;
  if (q->kind == QC_CLAIM_KIND_PARTIAL && subject_cue (s, q, sentence_floor, cue))
    return TRUE;
  return FALSE;
}

/**
 * qc_attribute:
 * @text: the article
 * @quotes: (element-type QcQuote): the quotes, sorted
 * @reports: (element-type QcReport): the indirect claims, sorted
 * @mentions: (element-type QcMention): the candidate speakers; pronoun
 *   resolution updates the gender of the entities it resolves to, and a
 *   definite description resolved to a name joins that name's entity
 *
 * Decides who said each quote and report with the attribution sieve, and
 * gives the pieces of one utterance (a quote split by its cue, a quote
 * running over paragraphs) one utterance number. Linear in the text.
 *
 * Returns: (transfer full) (element-type QcDraftClaim): one draft claim per
 *   quote and report, sorted by start
 */
GArray *
qc_attribute (const QcText *text,
              const GArray *quotes,
              const GArray *reports,
              GArray       *mentions)
{
  Sieve sv;
  Sieve *s = &sv;
  Hints hints = { 0, 0 };
  g_autoptr(QcLexIndex) lex = NULL;
  g_autofree gint *source = NULL;
  g_autofree gint *claim_of_quote = NULL;
  g_autofree guint *utterance_of = NULL;
  GArray *claims;
  guint n_reports;
  guint n_claims;
  gint open_report = -1;
  guint next_utterance = 0;
  guint looked_ahead = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (quotes != NULL, NULL);
  g_return_val_if_fail (reports != NULL, NULL);
  g_return_val_if_fail (mentions != NULL, NULL);

  memset (s, 0, sizeof *s);
  s->text = text;
  s->hints = &hints;
  s->data = qc_text_get_data (text);
  s->length = qc_text_get_length (text);
  s->m = (QcMention *) (gpointer) mentions->data;
  s->n_mentions = mentions->len;
  s->paragraphs = qc_text_get_paragraphs (text, &s->n_paragraphs);
  s->sentences = qc_text_get_sentences (text, &s->n_sentences);
  s->quotes = (const QcQuote *) (gpointer) quotes->data;
  s->n_quotes = quotes->len;
  lex = qc_lex_index_new ();
  s->lex = lex;
  s->last_speaker = -1;
  s->last_mention = -1;
  n_reports = reports->len;

  /* quotes and reports are each sorted: merge them by (start, -end), a
   * report before a quote nested in it */
  n_claims = quotes->len + n_reports;
  claims = g_array_sized_new (FALSE, TRUE, sizeof (QcDraftClaim), n_claims);
  g_array_set_size (claims, n_claims);
  source = g_new (gint, n_claims + 1);
  claim_of_quote = g_new (gint, quotes->len + 1);
  for (guint i = 0, qi = 0, ri = 0; i < n_claims; i++)
    {
      QcDraftClaim *c = &g_array_index (claims, QcDraftClaim, i);
      const QcReport *r = ri < n_reports ? &g_array_index (reports, QcReport, ri) : NULL;
      const QcQuote *q = qi < s->n_quotes ? &s->quotes[qi] : NULL;

      if (q != NULL && (r == NULL || q->start < r->start ||
                        (q->start == r->start && q->end > r->end)))
        {
          c->start = q->start;
          c->end = q->end;
          c->kind = q->kind;
          source[i] = (gint) qi;
          claim_of_quote[qi++] = (gint) i;
        }
      else
        {
          c->start = r->start;
          c->end = r->end;
          c->kind = QC_CLAIM_KIND_INDIRECT;
          source[i] = -(gint) ri - 1;
          ri++;
        }
      c->mention = -1;
    }

  /* the utterance of each quote after joining split quotes */
  utterance_of = g_new (guint, quotes->len + 1);
  for (guint i = 0; i < quotes->len; i++)
    utterance_of[i] = s->quotes[i].utterance;

  for (guint i = 0; i < n_claims; i++)
    {
      QcDraftClaim *c = &g_array_index (claims, QcDraftClaim, i);
      const QcDraftClaim *report = NULL;
      guint qi;
      const QcQuote *q;
      gboolean titled;
      Cue cue = { -1, 0, 0, QC_SIEVE_NONE, 0.f };

      if (source[i] < 0)
        {
          attribute_report (s, &g_array_index (reports, QcReport, -source[i] - 1), c);
          open_report = (gint) i;
          continue;
        }
      if (c->rule != QC_SIEVE_NONE)
        continue;   /* decided with an earlier piece of its utterance */

      qi = (guint) source[i];
      q = &s->quotes[qi];
      if (open_report >= 0)
        {
          const QcDraftClaim *r = &g_array_index (claims, QcDraftClaim, open_report);

          if (r->end >= q->end)
            report = r;
        }

      /* titles and scare quotes have no speaker; a short title-cased
       * direct quote is a title only when no cue claims it */
      titled = is_title_or_scare (s, q, clause_start (s, q->start, qi > 0 ? s->quotes[qi - 1].end : 0));
      if (titled && q->kind == QC_CLAIM_KIND_PARTIAL)
        continue;

      if (find_quote_cue (s, qi, report, &cue) &&
          !(titled && cue.rule != QC_SIEVE_ADJACENT && cue.rule != QC_SIEVE_ACCORDING))
        {
          if (cue.mention == -2)
            {
              c->mention = report->mention;
              c->cue_start = report->cue_start;
              c->cue_end = report->cue_end;
              c->rule = report->rule;
              c->confidence = report->confidence;
              if (c->mention >= 0)
                s->last_paragraph = paragraph_of (s, c->start);
            }
          else
            set_speaker (s, c, &cue, speaker_of_subject (s, &cue));
        }
      else if (titled)
        continue;
      else if (q->kind == QC_CLAIM_KIND_DIRECT && qi >= looked_ahead)
        {
          /* a piece of a longer utterance whose cue comes later; each
           * piece is looked at once, so the search stays linear */
          guint j = qi;

          while (j + 1 < s->n_quotes && s->quotes[j].continues &&
                 s->quotes[j + 1].utterance == q->utterance)
            {
              Cue later = { -1, 0, 0, QC_SIEVE_NONE, 0.f };

              j++;
              if (find_quote_cue (s, j, NULL, &later))
                {
                  QcDraftClaim *lc = &g_array_index (claims, QcDraftClaim, claim_of_quote[j]);

                  set_speaker (s, lc, &later, speaker_of_subject (s, &later));
                  if (lc->mention >= 0)
                    inherit (s, c, lc, lc->confidence);
                  break;
                }
            }
          looked_ahead = j + 1;
        }

      /* rule 4: no cue; a follow-up of the previous claim */
      if (c->rule == QC_SIEVE_NONE && q->kind == QC_CLAIM_KIND_DIRECT)
        {
          const QcDraftClaim *pc = previous_claim (claims, i);

          if (qi > 0 && s->quotes[qi - 1].continues && s->quotes[qi - 1].utterance == q->utterance)
            {
              const QcDraftClaim *piece = &g_array_index (claims, QcDraftClaim, claim_of_quote[qi - 1]);

              if (piece->mention >= 0)
                inherit (s, c, piece, 0.8f);
            }
          else if (pc != NULL && pc->mention >= 0 && follows (s, pc, q))
            inherit (s, c, pc, 0.6f);
        }

      /* “A,” X said, “B.”: the second piece continues the utterance */
      if (c->mention >= 0 && cue.rule != QC_SIEVE_NONE && cue.cue_start >= q->end &&
          qi + 1 < s->n_quotes && q->kind == QC_CLAIM_KIND_DIRECT)
        {
          const QcQuote *nq = &s->quotes[qi + 1];
          gsize a = q->end - q->close_len;
          gboolean comma = (a > q->start && s->data[a - 1] == ',') ||
                           (q->end < s->length && s->data[q->end] == ',');
          gsize p = skip_spaces_back (s, nq->start, cue.cue_end);

          if (comma && p > cue.cue_end && (s->data[p - 1] == ',' || s->data[p - 1] == ':') &&
              nq->start - cue.cue_end <= 80 && nq->paragraph == q->paragraph)
            {
              gboolean sentence_break = FALSE;

              for (gsize k = cue.cue_end; k < p; k++)
                if (strchr (".!?\"", s->data[k]) != NULL)
                  sentence_break = TRUE;
              if (!sentence_break)
                {
                  QcDraftClaim *nc = &g_array_index (claims, QcDraftClaim, claim_of_quote[qi + 1]);
                  guint old = utterance_of[qi + 1];

                  /* the pieces of the second part's own utterance follow it
                   * (bounded: a pathological chain keeps its numbers) */
                  for (guint j = qi + 1; j < s->n_quotes && j <= qi + 64 &&
                       s->quotes[j].utterance == s->quotes[qi + 1].utterance &&
                       utterance_of[j] == old; j++)
                    utterance_of[j] = utterance_of[qi];
                  nc->mention = c->mention;
                  nc->cue_start = c->cue_start;
                  nc->cue_end = c->cue_end;
                  nc->rule = c->rule;
                  nc->confidence = c->confidence;
                }
            }
        }
    }

  /* utterance numbers: the pieces of one utterance are consecutive
   * quotes; each report is an utterance of its own */
  {
    g_autofree guint *number = g_new (guint, quotes->len + 1);

    for (guint qi = 0; qi < quotes->len; qi++)
      number[qi] = qi > 0 && utterance_of[qi] == utterance_of[qi - 1] ? number[qi - 1]
                                                                       : next_utterance++;
    for (guint i = 0; i < n_claims; i++)
      {
        QcDraftClaim *c = &g_array_index (claims, QcDraftClaim, i);

        c->utterance = source[i] >= 0 ? number[source[i]] : next_utterance++;
        if (c->mention < 0)
          {
            c->confidence = 0.f;
            c->rule = QC_SIEVE_NONE;
          }
      }
  }

  return claims;
}
