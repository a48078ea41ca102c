/* qc-text.c: a loaded, validated and normalised article text
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "qc-text-private.h"

/* Character offsets are found from a checkpoint every INDEX_STEP bytes: the
 * index costs a sixteenth of the text, and a lookup walks at most INDEX_STEP
 * bytes. */
#define INDEX_STEP 64

/* Files from this size on are mapped, not read */
#define MAP_MIN_BYTES (256 * 1024)

/* Larger inputs are refused rather than risking the machine's memory. */
#define MAX_TEXT_BYTES ((gsize) 1 << 30)

struct _QcText
{
  gatomicrefcount  ref_count;
  char            *name;
  char            *data;        /* normalised UTF-8, NUL-terminated */
  gsize            length;      /* bytes */
  gsize            n_chars;
  guint32         *index;       /* characters before byte k * INDEX_STEP */
  gsize            n_index;
  GArray          *paragraphs;  /* QcRange, bytes */
  GArray          *sentences;   /* QcRange, bytes */
};

G_DEFINE_QUARK (qc-text-error-quark, qc_text_error)
G_DEFINE_BOXED_TYPE (QcText, qc_text, qc_text_ref, qc_text_unref)

static inline gboolean
is_continuation (guchar c)
{
  return (c & 0xC0) == 0x80;
}

/* Eight bytes at @p in host order, for tests of every byte alike */
static inline guint64
load64 (const guchar *p)
{
  guint64 v;

  memcpy (&v, p, 8);
  return v;
}

static inline gsize
count_chars (const guchar *p,
             gsize         n)
{
  return qc_count_chars ((const char *) p, n);
}

static inline gboolean
is_hspace (const char *p,
           const char *end,
           gsize      *len)
{
  if (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\v')
    {
      *len = 1;
      return TRUE;
    }
  /* U+00A0 NO-BREAK SPACE, common in pasted web text */
  if ((guchar) p[0] == 0xC2 && p + 1 < end && (guchar) p[1] == 0xA0)
    {
      *len = 2;
      return TRUE;
    }
  return FALSE;
}

/* Validation and normalisation */

/* The length of the well-formed UTF-8 sequence (RFC 3629: no overlong
 * forms, surrogates or code points past U+10FFFF) of two or more bytes at
 * @p, or 0 */
static inline gsize
utf8_sequence (const guchar *p,
               const guchar *end)
{
  guchar c = *p;
  guchar c1;

  if (c < 0xC2)
    return 0;
  if (c < 0xE0)
    return end - p >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c < 0xF0)
    {
      if (end - p < 3)
        return 0;
      c1 = p[1];
      if ((c1 & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
          (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))
        return 0;
      return 3;
    }
  if (c < 0xF5)
    {
      if (end - p < 4)
        return 0;
      c1 = p[1];
      if ((c1 & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80 ||
          (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
        return 0;
      return 4;
    }
  return 0;
}

/* Is @data well-formed UTF-8 without a nul byte? One pass, runs of ASCII
 * sixteen bytes at a time. A FALSE leaves finding the first offending
 * byte to the exact checks. */
static gboolean
is_clean_utf8 (const char *data,
               gsize       length)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;

#ifdef __SSE2__
  const __m128i zero = _mm_setzero_si128 ();

  while (end - p >= 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) p);
      guint high = (guint) _mm_movemask_epi8 (v);
      guint nul = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, zero));
      gsize n;

      if (nul != 0)
        return FALSE;
      if (high == 0)
        {
          p += 16;
          continue;
        }
      /* past the ASCII bytes, then one sequence */
      p += __builtin_ctz (high);
      n = utf8_sequence (p, end);
      if (n == 0)
        return FALSE;
      p += n;
    }
#endif
  while (p < end)
    {
      gsize n;

      if (end - p >= 8 && (load64 (p) & QC_BYTES (0x80)) == 0)
        {
          guint64 v = load64 (p);

          /* no byte of v is zero */
          if (((v - QC_BYTES (0x01)) & ~v & QC_BYTES (0x80)) != 0)
            return FALSE;
          p += 8;
          continue;
        }
      if (*p == 0)
        return FALSE;
      if (*p < 0x80)
        {
          p++;
          continue;
        }
      n = utf8_sequence (p, end);
      if (n == 0)
        return FALSE;
      p += n;
    }
  return TRUE;
}

static gboolean
check_size (gsize        length,
            const char  *name,
            GError     **error)
{
  if (length > MAX_TEXT_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (MAX_TEXT_BYTES);

      g_set_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_TOO_LARGE,
                   /* Translators: the second %s is a size such as "1.2 GB" */
                   _("%s is too large (%s; the limit is %s)"),
                   name, size, limit);
      return FALSE;
    }
  return TRUE;
}

/* No nul byte, well-formed UTF-8 */
static gboolean
check_input (const char  *data,
             gsize        length,
             const char  *name,
             GError     **error)
{
  const char *nul;
  const char *bad = NULL;

  /* the common case in one fast pass; else the exact checks, which name
   * the offending byte */
  if (is_clean_utf8 (data, length))
    return TRUE;

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      g_set_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_BINARY,
                   _("%s looks like a binary file, not text (NUL byte at byte offset %lu)"),
                   name, (unsigned long) (nul - data));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &bad))
    {
      g_set_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_INVALID_UTF8,
                   _("%s is not valid UTF-8 (byte 0x%02X at byte offset %lu)"),
                   name, (guint) (guchar) *bad, (unsigned long) (bad - data));
      return FALSE;
    }

  return TRUE;
}

/* Strips a byte order mark and turns CRLF and lone CR into LF. */
static char *
normalise (const char *data,
           gsize       length,
           gsize      *out_length)
{
  const char *end = data + length;
  char *out;
  char *o;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3;

  /* the nul byte and the padding of qc-text-private.h */
  out = g_malloc (end - data + 1 + QC_TEXT_PADDING);
  o = out;
  while (data < end)
    {
      const char *cr = memchr (data, '\r', end - data);
      gsize run = (cr ? cr : end) - data;

      memcpy (o, data, run);
      o += run;
      data += run;
      if (cr == NULL)
        break;
      *o++ = '\n';
      data++;
      if (data < end && *data == '\n')
        data++;
    }
  memset (o, 0, 1 + QC_TEXT_PADDING);
  *out_length = o - out;
  return out;
}

G_STATIC_ASSERT (INDEX_STEP == 64);
G_STATIC_ASSERT (MAX_TEXT_BYTES <= G_MAXUINT32);

static void
build_index (QcText *self)
{
  const guchar *p = (const guchar *) self->data;
  gsize chars = 0;
  gsize full = self->length / INDEX_STEP;

  self->n_index = full + 1;
  self->index = g_new (guint32, self->n_index);
  for (gsize k = 0; k < full; k++)
    {
      const guchar *b = p + k * INDEX_STEP;
      guint64 ones = qc_continuation_ones (load64 (b)) + qc_continuation_ones (load64 (b + 8)) +
                     qc_continuation_ones (load64 (b + 16)) + qc_continuation_ones (load64 (b + 24)) +
                     qc_continuation_ones (load64 (b + 32)) + qc_continuation_ones (load64 (b + 40)) +
                     qc_continuation_ones (load64 (b + 48)) + qc_continuation_ones (load64 (b + 56));

      self->index[k] = (guint32) chars;
      chars += INDEX_STEP - qc_sum_bytes (ones);
    }
  self->index[full] = (guint32) chars;
  chars += count_chars (p + full * INDEX_STEP, self->length - full * INDEX_STEP);
  self->n_chars = chars;
}

/* Paragraphs */

static gboolean
line_is_blank (const char *line,
               const char *end)
{
  gsize len;

  while (line < end)
    {
      if (!is_hspace (line, end, &len))
        return FALSE;
      line += len;
    }
  return TRUE;
}

static void
trim_range (const char *data,
            gsize      *start,
            gsize      *end)
{
  const char *text_end = data + *end;
  gsize len;

  while (*start < *end && (data[*start] == '\n' || is_hspace (data + *start, text_end, &len)))
    *start += data[*start] == '\n' ? 1 : len;

  while (*end > *start)
    {
      guchar last = data[*end - 1];

      if (last == ' ' || last == '\t' || last == '\n' || last == '\f' || last == '\v')
        *end -= 1;
      else if (last == 0xA0 && *end - *start >= 2 && (guchar) data[*end - 2] == 0xC2)
        *end -= 2;
      else
        break;
    }
}

static void
add_range (GArray     *ranges,
           const char *data,
           gsize       start,
           gsize       end)
{
  QcRange range;

  trim_range (data, &start, &end);
  if (end <= start)
    return;
  range.start = start;
  range.end = end;
  g_array_append_val (ranges, range);
}

static gboolean
has_blank_line (const char *data,
                gsize       length)
{
  const char *end = data + length;
  const char *line = data;

  while (line < end)
    {
      const char *nl = memchr (line, '\n', end - line);

      if (nl == NULL)
        return FALSE;
      /* a blank line needs text on both sides to separate paragraphs */
      if (line > data && line_is_blank (line, nl))
        return TRUE;
      line = nl + 1;
    }
  return FALSE;
}

static void
split_paragraphs (QcText *self)
{
  const char *data = self->data;
  const char *end = data + self->length;
  const char *line = data;
  gboolean by_blank_lines = has_blank_line (data, self->length);
  gsize para_start = 0;

  while (line < end)
    {
      const char *nl = memchr (line, '\n', end - line);
      const char *line_end = nl ? nl : end;

      if (!by_blank_lines)
        add_range (self->paragraphs, data, line - data, line_end - data);
      else if (line_is_blank (line, line_end))
        {
          add_range (self->paragraphs, data, para_start, line - data);
          para_start = line_end - data;
        }
      line = line_end + 1;
    }
  if (by_blank_lines)
    add_range (self->paragraphs, data, para_start, self->length);
}

/* Sentences */

static const char * const abbreviations[] = {
  /* sorted for bsearch; compared without the final full stop */
  "Adm", "Apr", "Aug", "Ave", "Blvd", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec",
  "Dept", "Dr", "Feb", "Fig", "Fr", "Ft", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun",
  "Lt", "Ltd", "Maj", "Mar", "Messrs", "Mme", "Mr", "Mrs", "Ms", "Msgr", "Mt", "No", "Nos", "Nov",
  "Oct", "Op", "Ph", "Pres", "Prof", "Pvt", "Rd", "Rep", "Reps", "Rev", "Sen", "Sens", "Sep",
  "Sept", "Sgt", "Sr", "St", "Supt", "Vol", "approx", "cf", "dept", "e.g", "est", "etc", "i.e",
  "vs",
};

static int
compare_word (const void *key,
              const void *elem)
{
  const GString *word = key;
  const char *abbr = *(const char * const *) elem;
  int cmp;

  /* most probes differ in the first byte (strncmp compares unsigned) */
  if (word->str[0] != abbr[0])
    return (guchar) word->str[0] < (guchar) abbr[0] ? -1 : 1;
  cmp = strncmp (word->str, abbr, word->len);

  if (cmp == 0 && abbr[word->len] != '\0')
    return -1;
  return cmp;
}

/* The word ending just before the full stop at @dot (letters and inner
 * full stops), e.g. "Mr", "U.S", "J". */
static gsize
word_before (const char *data,
             gsize       start,
             gsize       dot,
             gsize      *word_start)
{
  gsize i = dot;

  while (i > start && (g_ascii_isalpha (data[i - 1]) || data[i - 1] == '.'))
    i--;
  *word_start = i;
  return dot - i;
}

static gboolean
is_abbreviation (const char *data,
                 gsize       start,
                 gsize       dot,
                 char        next)
{
  gsize word_start;
  gsize len = word_before (data, start, dot, &word_start);
  const char *word = data + word_start;
  GString key;

  if (len == 0 || len > 8)
    return FALSE;

  /* an initial: "J. R. Smith", "Maria K. Osei" */
  if (len == 1 && g_ascii_isupper (word[0]))
    return TRUE;

  /* "U.S.", "U.N.", "a.m.": letters with full stops between them */
  if (memchr (word, '.', len) != NULL)
    return TRUE;

  /* "No. 5" but not "The answer was No. Then …" */
  if (word[0] == 'N' && word[1] == 'o' && (len == 2 || (len == 3 && word[2] == 's')))
    return g_ascii_isdigit (next);

  key.str = (char *) word;
  key.len = len;
  return bsearch (&key, abbreviations, G_N_ELEMENTS (abbreviations),
                  sizeof abbreviations[0], compare_word) != NULL;
}

static gboolean
is_closing_punct (const char *p,
                  const char *end,
                  gsize      *len)
{
  guchar c = *p;

  if (c == '"' || c == '\'' || c == ')' || c == ']')
    {
      *len = 1;
      return TRUE;
    }
  /* ’ ” » › */
  if (c == 0xE2 && end - p >= 3 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] == 0x99 || (guchar) p[2] == 0x9D || (guchar) p[2] == 0xBA))
    {
      *len = 3;
      return TRUE;
    }
  if (c == 0xC2 && end - p >= 2 && (guchar) p[1] == 0xBB)
    {
      *len = 2;
      return TRUE;
    }
  return FALSE;
}

/* A sentence may start with an upper-case letter, a digit, an opening
 * quotation mark or bracket, or any non-ASCII letter we cannot case-test
 * cheaply; a lower-case ASCII letter continues the sentence. */
static gboolean
can_start_sentence (guchar c)
{
  return !(g_ascii_islower (c) || c == ',' || c == ';' || c == ':');
}

#ifndef __SSE2__
/* '.', '!', '?' and the first byte of '…' */
static const guint8 maybe_terminator[256] = {
  ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1,
};
#endif


/* The first byte in [i, end) that maybe_terminator[] marks (with SSE2,
 * only the 0xE2 that starts a '…'), or @end; the text's padding makes
 * reading past @end safe. */
static inline gsize
next_terminator (const char *data,
                 gsize       i,
                 gsize       end)
{
#ifdef __SSE2__
  const __m128i dot = _mm_set1_epi8 ('.');
  const __m128i bang = _mm_set1_epi8 ('!');
  const __m128i what = _mm_set1_epi8 ('?');
  const __m128i e2 = _mm_set1_epi8 ((char) 0xE2);
  const __m128i x80 = _mm_set1_epi8 ((char) 0x80);
  const __m128i xa6 = _mm_set1_epi8 ((char) 0xA6);

  while (i < end)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (data + i));
      __m128i v1 = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (data + i + 1));
      __m128i v2 = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (data + i + 2));
      /* the first byte of '…' only where the whole character is: any
       * other 0xE2 (curly quotes, dashes) would be passed over anyway */
      __m128i ellipsis = _mm_and_si128 (_mm_cmpeq_epi8 (v, e2),
                                        _mm_and_si128 (_mm_cmpeq_epi8 (v1, x80),
                                                       _mm_cmpeq_epi8 (v2, xa6)));
      int mask = _mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, dot),
                                                                _mm_cmpeq_epi8 (v, bang)),
                                                  _mm_or_si128 (_mm_cmpeq_epi8 (v, what),
                                                                ellipsis)));

      if (mask != 0)
        return MIN (i + (gsize) __builtin_ctz ((guint) mask), end);
      i += 16;
    }
  return end;
#else
  while (i < end && !maybe_terminator[(guchar) data[i]])
    i++;
  return i;
#endif
}

static void
split_sentences_in (const QcText  *self,
                    const QcRange *para,
                    GArray        *sentences)
{
  const char *data = self->data;
  const char *end = data + para->end;
  gsize start = para->start;
  gsize i = para->start;

  while (i < para->end)
    {
      guchar c;
      gsize stop;
      gsize len;

      /* the hot loop: skip to the next byte that may end a sentence */
      i = next_terminator (data, i, para->end);
      if (i >= para->end)
        break;
      c = data[i];
      if (c == 0xE2 && !(i + 2 < para->end && (guchar) data[i + 1] == 0x80 &&
                         (guchar) data[i + 2] == 0xA6))
        {
          i++;
          continue;
        }

      /* take the whole run of terminators, ellipses and closing marks */
      stop = i;
      while (stop < para->end)
        {
          if (data[stop] == '.' || data[stop] == '!' || data[stop] == '?')
            stop++;
          else if ((guchar) data[stop] == 0xE2 && stop + 2 < para->end &&
                   (guchar) data[stop + 1] == 0x80 && (guchar) data[stop + 2] == 0xA6)
            stop += 3;
          else if (is_closing_punct (data + stop, end, &len))
            stop += len;
          else
            break;
        }

      if (stop < para->end)
        {
          gsize next = stop;
          gboolean spaced = FALSE;

          while (next < para->end && (data[next] == '\n' || is_hspace (data + next, end, &len)))
            {
              next += data[next] == '\n' ? 1 : len;
              spaced = TRUE;
            }

          if (!spaced || next >= para->end || !can_start_sentence (data[next]) ||
              (c == '.' && stop == i + 1 && is_abbreviation (data, start, i, data[next])))
            {
              i = stop;
              continue;
            }
        }

      add_range (sentences, data, start, stop);
      start = stop;
      i = stop;
    }
  add_range (sentences, data, start, para->end);
}

/* Texts from this size on are loaded by two threads: one checks the
 * text while the other copies it, then the character index is built while
 * the paragraphs are found, then each thread finds the sentences of half
 * of the paragraphs. */
#define PARALLEL_MIN_BYTES (256 * 1024)

typedef struct
{
  const QcText *text;
  guint         first;       /* paragraphs [first, end) */
  guint         end;
  GArray       *sentences;
} Paragraphs;

static void
split_sentences_of (Paragraphs *part)
{
  for (guint p = part->first; p < part->end; p++)
    split_sentences_in (part->text, &g_array_index (part->text->paragraphs, QcRange, p),
                        part->sentences);
}

static gpointer
split_sentences_thread (gpointer data)
{
  split_sentences_of (data);
  return NULL;
}

static gpointer
build_index_thread (gpointer data)
{
  build_index (data);
  return NULL;
}

/* Runs @func (@data) in a new thread, or at once when there is none */
static GThread *
run_thread (GThreadFunc func,
            gpointer    data)
{
  GThread *thread = g_thread_try_new ("qc-text", func, data, NULL);

  if (thread == NULL)
    func (data);
  return thread;
}

typedef struct
{
  const char *data;
  gsize       length;
  const char *name;
  GError     *error;
  gboolean    ok;
} Check;

static gpointer
check_thread (gpointer data)
{
  Check *check = data;

  check->ok = check_input (check->data, check->length, check->name, &check->error);
  return NULL;
}

/* The normalised copy of @data, or %NULL when it is not a text. A large
 * text is checked by a second thread while this one copies it. */
static char *
check_and_normalise (const char  *data,
                     gsize        length,
                     const char  *name,
                     gsize       *out_length,
                     GError     **error)
{
  Check check = { data, length, name, NULL, FALSE };
  GThread *thread;
  char *out;

  if (!check_size (length, name, error))
    return NULL;
  if (length < PARALLEL_MIN_BYTES)
    return check_input (data, length, name, error) ? normalise (data, length, out_length) : NULL;

  thread = run_thread (check_thread, &check);
  out = normalise (data, length, out_length);
  if (thread != NULL)
    g_thread_join (thread);
  if (!check.ok)
    {
      g_free (out);
      g_propagate_error (error, check.error);
      return NULL;
    }
  return out;
}

static void
build_index_and_split (QcText *self)
{
  GThread *thread = NULL;
  Paragraphs first = { self, 0, 0, self->sentences };
  Paragraphs second = { self, 0, 0, NULL };

  if (self->length < PARALLEL_MIN_BYTES)
    {
      build_index (self);
      split_paragraphs (self);
      first.end = self->paragraphs->len;
      split_sentences_of (&first);
      return;
    }

  thread = run_thread (build_index_thread, self);
  split_paragraphs (self);
  if (thread != NULL)
    g_thread_join (thread);

  /* the second half of the paragraphs from the middle byte on */
  first.end = qc_text_paragraph_at (self, self->length / 2);
  second.first = first.end;
  second.end = self->paragraphs->len;
  second.sentences = g_array_new (FALSE, FALSE, sizeof (QcRange));
  thread = run_thread (split_sentences_thread, &second);
  split_sentences_of (&first);
  if (thread != NULL)
    g_thread_join (thread);
  g_array_append_vals (self->sentences, second.sentences->data, second.sentences->len);
  g_array_unref (second.sentences);
}

/* Public API */

/**
 * qc_text_new:
 * @data: the text, UTF-8
 * @length: bytes in @data, or -1 when it is NUL-terminated
 * @name: (nullable): what to call the text in error messages (a file name)
 * @error: return location for a #QC_TEXT_ERROR
 *
 * Validates @data (no NUL bytes, valid UTF-8), strips a byte order mark,
 * turns CRLF and CR into LF and splits paragraphs and sentences.
 *
 * Returns: (transfer full): a new #QcText, or %NULL with @error set
 */
QcText *
qc_text_new (const char  *data,
             gssize       length,
             const char  *name,
             GError     **error)
{
  QcText *self;
  char *normalised;
  gsize normalised_length = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (length < 0)
    length = strlen (data);
  if (name == NULL)
    name = _("The text");

  normalised = check_and_normalise (data, length, name, &normalised_length, error);
  if (normalised == NULL)
    return NULL;

  self = g_new0 (QcText, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->data = normalised;
  self->length = normalised_length;
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (QcRange));
  self->sentences = g_array_new (FALSE, FALSE, sizeof (QcRange));
  build_index_and_split (self);

  return self;
}

/**
 * qc_text_new_from_file:
 * @path: a file name in the GLib file name encoding
 * @error: return location for a #QC_TEXT_ERROR
 *
 * Reads @path and passes it to qc_text_new(); errors name the file.
 *
 * Returns: (transfer full): a new #QcText, or %NULL with @error set
 */
QcText *
qc_text_new_from_file (const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  GStatBuf st;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, QC_TEXT_ERROR, QC_TEXT_ERROR_READ,
                   _("%s is a folder, not a text file"), display);
      return NULL;
    }

  /* A large regular file is mapped rather than read: qc_text_new() copies
   * it anyway, so this saves a copy and a buffer. Anything else (a small
   * file, a pipe, a file that cannot be mapped) is read. */
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
      g_stat (path, &st) == 0 && st.st_size >= MAP_MIN_BYTES)
    mapped = g_mapped_file_new (path, FALSE, NULL);
  if (mapped != NULL)
    return qc_text_new (g_mapped_file_get_contents (mapped),
                        (gssize) g_mapped_file_get_length (mapped), display, error);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      /* GLib's message already names the file */
      g_set_error_literal (error, QC_TEXT_ERROR, QC_TEXT_ERROR_READ, local_error->message);
      return NULL;
    }

  return qc_text_new (contents, (gssize) length, display, error);
}

QcText *
qc_text_ref (QcText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
qc_text_unref (QcText *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->name);
  g_free (self->data);
  g_free (self->index);
  g_array_unref (self->paragraphs);
  g_array_unref (self->sentences);
  g_free (self);
}

/**
 * qc_text_get_data:
 *
 * Returns: (transfer none): the normalised text, NUL-terminated
 */
const char *
qc_text_get_data (const QcText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->data;
}

/**
 * qc_text_get_length:
 *
 * Returns: the length of the normalised text in bytes
 */
gsize
qc_text_get_length (const QcText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->length;
}

/**
 * qc_text_get_n_chars:
 *
 * Returns: the length of the normalised text in Unicode characters
 */
gsize
qc_text_get_n_chars (const QcText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_chars;
}

/**
 * qc_text_get_name:
 *
 * Returns: (transfer none): the name given at load time, for messages
 */
const char *
qc_text_get_name (const QcText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

/**
 * qc_text_is_blank:
 *
 * Returns: %TRUE when the text holds nothing but white space
 */
gboolean
qc_text_is_blank (const QcText *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->paragraphs->len == 0;
}

/**
 * qc_text_get_paragraphs:
 * @n_paragraphs: (out): the number of paragraphs
 *
 * Paragraphs are separated by blank lines; a text without blank lines has a
 * paragraph per line. Ranges are byte offsets without the surrounding white
 * space, sorted; empty paragraphs are left out.
 *
 * Returns: (transfer none) (array length=n_paragraphs): the paragraphs
 */
const QcRange *
qc_text_get_paragraphs (const QcText *self,
                        guint        *n_paragraphs)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_paragraphs != NULL, NULL);

  *n_paragraphs = self->paragraphs->len;
  return (const QcRange *) (gpointer) self->paragraphs->data;
}

/**
 * qc_text_get_sentences:
 * @n_sentences: (out): the number of sentences
 *
 * Sentences never cross a paragraph; abbreviations (Mr., U.S., No. 5) and
 * initials (J. R. Smith) do not end one. Byte ranges, sorted.
 *
 * Returns: (transfer none) (array length=n_sentences): the sentences
 */
const QcRange *
qc_text_get_sentences (const QcText *self,
                       guint        *n_sentences)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_sentences != NULL, NULL);

  *n_sentences = self->sentences->len;
  return (const QcRange *) (gpointer) self->sentences->data;
}

/* Index of the last range starting at or before @offset, or 0. */
static guint
range_at (const GArray *ranges,
          gsize         offset)
{
  guint lo = 0;
  guint hi = ranges->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (ranges, QcRange, mid).start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/**
 * qc_text_paragraph_at:
 * @byte_offset: a byte offset into the text
 *
 * Returns: the index of the paragraph containing @byte_offset, or of the
 *   last one before it when it falls between paragraphs (0 when none)
 */
guint
qc_text_paragraph_at (const QcText *self,
                      gsize         byte_offset)
{
  g_return_val_if_fail (self != NULL, 0);
  return range_at (self->paragraphs, byte_offset);
}

/**
 * qc_text_sentence_at:
 * @byte_offset: a byte offset into the text
 *
 * Returns: the index of the sentence containing @byte_offset, or of the
 *   last one before it (0 when none)
 */
guint
qc_text_sentence_at (const QcText *self,
                     gsize         byte_offset)
{
  g_return_val_if_fail (self != NULL, 0);
  return range_at (self->sentences, byte_offset);
}

/**
 * qc_text_byte_to_char:
 * @byte_offset: a byte offset on a character boundary, at most the length
 *
 * Returns: the character offset of @byte_offset
 */
gsize
qc_text_byte_to_char (const QcText *self,
                      gsize         byte_offset)
{
  const guchar *p;
  gsize chars;

  g_return_val_if_fail (self != NULL, 0);

  if (byte_offset >= self->length)
    return self->n_chars;

  p = (const guchar *) self->data;
  chars = self->index[byte_offset / INDEX_STEP];
  return chars + count_chars (p + byte_offset / INDEX_STEP * INDEX_STEP,
                              byte_offset % INDEX_STEP);
}

/**
 * qc_text_char_to_byte:
 * @char_offset: a character offset, at most the number of characters
 *
 * Returns: the byte offset where character @char_offset starts (the
 *   length of the text for the end)
 */
gsize
qc_text_char_to_byte (const QcText *self,
                      gsize         char_offset)
{
  const guchar *p;
  gsize lo = 0;
  gsize hi;
  gsize chars;
  gsize i;

  g_return_val_if_fail (self != NULL, 0);

  if (char_offset >= self->n_chars)
    return self->length;

  hi = self->n_index;
  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (self->index[mid] <= char_offset)
        lo = mid;
      else
        hi = mid;
    }

  p = (const guchar *) self->data;
  chars = char_offset - self->index[lo];   /* characters to skip */
  i = lo * INDEX_STEP;
  for (; i + 8 <= self->length; i += 8)
    {
      guint n = 8 - qc_sum_bytes (qc_continuation_ones (load64 (p + i)));

      if (n > chars)
        break;
      chars -= n;
    }
  for (; i < self->length; i++)
    {
      if (is_continuation (p[i]))
        continue;
      if (chars == 0)
        return i;
      chars--;
    }
  return self->length;
}
