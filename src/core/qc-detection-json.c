/* qc-detection-json.c: print a detection as JSON without building a tree
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-detection-json"

#include "qc-detection-json.h"

#include <string.h>

/* A json-c tree of a novel's tens of thousands of claims costs more than
 * detecting them, so `quotecheck-cli detect --json` prints with this
 * instead. The output is byte for byte what
 * json_object_to_json_string_ext (qc_detection_to_json (self),
 * JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE) gives, which
 * tests/core/test-detect.c checks. */

static const char hex[] = "0123456789abcdef";

#define BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (b))

/* Output is written straight into the GString's buffer: reserve() makes
 * room for @n more bytes at out->str + out->len, and the caller moves
 * out->len on by what it wrote. */
static inline char *
reserve (GString *out,
         gsize    n)
{
  if (out->len + n + 1 > out->allocated_len)
    {
      gsize len = out->len;

      g_string_set_size (out, len + n);
      out->len = len;
    }
  return out->str + out->len;
}

static inline void
put (GString    *out,
     const char *str,
     gsize       n)
{
  memcpy (reserve (out, n), str, n);
  out->len += n;
  out->str[out->len] = '\0';
}

#define PUT(out, literal) put ((out), (literal), sizeof (literal) - 1)

/* Does any byte of @v need escaping: below 0x20, '"' or '\\'? FALSE is
 * exact; TRUE may be a false alarm next to a byte at or above 0x80, and the
 * caller then looks at the bytes one by one. */
static inline gboolean
needs_escape (guint64 v)
{
  guint64 q = v ^ BYTES ('"');
  guint64 b = v ^ BYTES ('\\');

  return ((((v - BYTES (0x20)) & ~v) | ((q - BYTES (1)) & ~q) | ((b - BYTES (1)) & ~b)) &
          BYTES (0x80)) != 0;
}

/* Writes @str quoted and escaped at @o, which has room for 6 * @length + 2
 * bytes; returns the bytes written. Stops at a nul byte, as json-c does. */
static gsize
escape_into (char         *o,
             const guchar *p,
             gsize         length)
{
  char *o0 = o;
  gsize i = 0;

  *o++ = '"';
  while (i < length)
    {
      guchar c;
      guint64 v;

      if (i + 8 <= length)
        {
          memcpy (&v, p + i, 8);
          if (!needs_escape (v))
            {
              memcpy (o, &v, 8);
              o += 8;
              i += 8;
              continue;
            }
        }
      c = p[i++];
      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\'))
        {
          *o++ = (char) c;
          continue;
        }
      switch (c)
        {
        case '\0':
          goto done;
        case '"':
          *o++ = '\\';
          *o++ = '"';
          break;
        case '\\':
          *o++ = '\\';
          *o++ = '\\';
          break;
        case '\b':
          *o++ = '\\';
          *o++ = 'b';
          break;
        case '\t':
          *o++ = '\\';
          *o++ = 't';
          break;
        case '\n':
          *o++ = '\\';
          *o++ = 'n';
          break;
        case '\f':
          *o++ = '\\';
          *o++ = 'f';
          break;
        case '\r':
          *o++ = '\\';
          *o++ = 'r';
          break;
        default:
          *o++ = '\\';
          *o++ = 'u';
          *o++ = '0';
          *o++ = '0';
          *o++ = hex[c >> 4];
          *o++ = hex[c & 0xf];
          break;
        }
    }
done:
  *o++ = '"';
  return o - o0;
}

static void
append_escaped (GString    *out,
                const char *str,
                gsize       length)
{
  char *o = reserve (out, 6 * length + 2);

  out->len += escape_into (o, (const guchar *) str, length);
  out->str[out->len] = '\0';
}

/**
 * qc_json_append_string:
 * @out: where to append
 * @str: UTF-8 text
 * @length: its length in bytes
 *
 * Appends @str as a quoted JSON string, escaped as json-c escapes it with
 * %JSON_C_TO_STRING_NOSLASHESCAPE. Stops at a nul byte, as json-c does.
 */
void
qc_json_append_string (GString    *out,
                       const char *str,
                       gsize       length)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (str != NULL || length == 0);

  append_escaped (out, str != NULL ? str : "", length);
}

/* Character to byte offsets. Claims come sorted by start and their ends
 * and cues lie close by, so each offset is found by walking from the last
 * one, eight bytes at a time, rather than by a search of the text's index. */

typedef struct
{
  QcText       *text;
  const guchar *data;
  gsize         length;
  gsize         n_chars;
  gsize         byte;    /* where character @chr starts */
  gsize         chr;
} Cursor;

#define CURSOR_WALK 4096   /* characters walked at most; further, a search */
#define CURSOR_BACK 64     /* characters walked back at most */

static gsize
cursor_to_byte (Cursor *c,
                gsize   chr)
{
  const guchar *p = c->data;
  gsize i = c->byte;

  if (chr > c->n_chars)
    return qc_text_char_to_byte (c->text, chr);
  if (chr >= c->chr && chr - c->chr <= CURSOR_WALK)
    {
      gsize skip = chr - c->chr;

      for (; i + 8 <= c->length; i += 8)
        {
          guint64 v;
          guint64 cont;
          guint n;

          memcpy (&v, p + i, 8);
          cont = ((v & ~(v << 1)) & BYTES (0x80)) >> 7;
          n = 8 - (guint) ((cont * BYTES (1)) >> 56);
          if (n > skip)
            break;
          skip -= n;
        }
      for (; i < c->length; i++)
        {
          if ((p[i] & 0xC0) == 0x80)
            continue;
          if (skip == 0)
            break;
          skip--;
        }
      if (i > c->length)
        i = c->length;
    }
  else if (chr < c->chr && c->chr - chr <= CURSOR_BACK)
    {
      for (gsize back = c->chr - chr; back > 0; back--)
        {
          i--;
          while (i > 0 && (p[i] & 0xC0) == 0x80)
            i--;
        }
    }
  else
    i = qc_text_char_to_byte (c->text, chr);

  c->byte = i;
  c->chr = chr;
  return i;
}

static void
append_uint (GString *out,
             guint64  value)
{
  char buffer[24];
  char *p = buffer + sizeof buffer;

  do
    {
      *--p = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  put (out, p, buffer + sizeof buffer - p);
}

/* g_ascii_formatd (…, "%.2f", …) of the few confidence values a detection
 * uses (a handful of rule constants), each formatted once */
#define N_CONFIDENCES 16

typedef struct
{
  guint64 bits[N_CONFIDENCES];
  char    text[N_CONFIDENCES][G_ASCII_DTOSTR_BUF_SIZE];
  guint8  len[N_CONFIDENCES];
  guint   n;       /* entries used */
  guint   next;    /* the entry to replace when all are used */
} Confidences;

static void
append_confidence (GString     *out,
                   Confidences *cache,
                   double       value)
{
  guint64 bits;
  guint k;

  memcpy (&bits, &value, sizeof bits);
  for (k = 0; k < cache->n; k++)
    if (cache->bits[k] == bits)
      break;
  if (k == cache->n)
    {
      if (cache->n < N_CONFIDENCES)
        cache->n++;
      else
        k = cache->next++ % N_CONFIDENCES;
      g_ascii_formatd (cache->text[k], sizeof cache->text[k], "%.2f", value);
      cache->len[k] = (guint8) strlen (cache->text[k]);
      cache->bits[k] = bits;
    }
  put (out, cache->text[k], cache->len[k]);
}

static void
append_range (GString    *out,
              Cursor     *cursor,
              gsize       start,
              gsize       end)
{
  append_escaped (out, (const char *) cursor->data + start, end - start);
}

/**
 * qc_detection_append_json:
 * @self: a detection
 * @out: where to append
 *
 * Appends the JSON of qc_detection_to_json() printed plain with
 * %JSON_C_TO_STRING_NOSLASHESCAPE, without building a json-c tree. Linear
 * in the size of the output.
 */
void
qc_detection_append_json (QcDetection *self,
                          GString     *out)
{
  QcText *text;
  guint n_claims, n_speakers;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree Confidences *confidences = NULL;
  Cursor cursor = { 0, };

  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  text = qc_detection_get_text (self);
  n_claims = qc_detection_get_n_claims (self);
  n_speakers = qc_detection_get_n_speakers (self);
  confidences = g_new0 (Confidences, 1);
  cursor.text = text;
  cursor.data = (const guchar *) qc_text_get_data (text);
  cursor.length = qc_text_get_length (text);
  cursor.n_chars = qc_text_get_n_chars (text);

  /* Every claim repeats its speaker's name: escape each name once. */
  names = g_ptr_array_new_full (n_speakers, g_free);
  for (guint i = 0; i < n_speakers; i++)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (self, i);
      GString *name = g_string_new (NULL);

      append_escaped (name, speaker->name, strlen (speaker->name));
      g_ptr_array_add (names, g_string_free (name, FALSE));
    }

  PUT (out, "{\"claims\":[");
  for (guint i = 0; i < n_claims; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (self, i);
      gboolean has_cue = claim->cue_end > claim->cue_start;
      gsize start, end, cue_start = 0, cue_end = 0;

      /* convert in text order, so that the cursor mostly walks forward */
      if (has_cue && claim->cue_start < claim->start)
        {
          cue_start = cursor_to_byte (&cursor, claim->cue_start);
          cue_end = cursor_to_byte (&cursor, claim->cue_end);
        }
      start = cursor_to_byte (&cursor, claim->start);
      end = cursor_to_byte (&cursor, claim->end);
      if (has_cue && claim->cue_start >= claim->start)
        {
          cue_start = cursor_to_byte (&cursor, claim->cue_start);
          cue_end = cursor_to_byte (&cursor, claim->cue_end);
        }

      if (i > 0)
        PUT (out, ",");
      PUT (out, "{\"start\":");
      append_uint (out, claim->start);
      PUT (out, ",\"end\":");
      append_uint (out, claim->end);
      PUT (out, ",\"text\":");
      append_range (out, &cursor, start, end);
      PUT (out, ",\"kind\":\"");
      put (out, qc_claim_kind_to_string (claim->kind), strlen (qc_claim_kind_to_string (claim->kind)));
      PUT (out, "\",\"speaker\":");
      if (claim->speaker >= 0 && (guint) claim->speaker < n_speakers)
        {
          const char *name = g_ptr_array_index (names, claim->speaker);

          put (out, name, strlen (name));
        }
      else
        PUT (out, "null");
      PUT (out, ",\"cue\":");
      if (has_cue)
        {
          PUT (out, "{\"start\":");
          append_uint (out, claim->cue_start);
          PUT (out, ",\"end\":");
          append_uint (out, claim->cue_end);
          PUT (out, ",\"text\":");
          append_range (out, &cursor, cue_start, cue_end);
          PUT (out, "}");
        }
      else
        PUT (out, "null");
      PUT (out, ",\"confidence\":");
      append_confidence (out, confidences, claim->confidence);
      PUT (out, ",\"utterance\":");
      append_uint (out, claim->utterance);
      PUT (out, "}");
    }

  PUT (out, "],\"speakers\":[");
  for (guint i = 0; i < n_speakers; i++)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (self, i);
      const char *name = g_ptr_array_index (names, i);

      if (i > 0)
        PUT (out, ",");
      PUT (out, "{\"name\":");
      put (out, name, strlen (name));
      PUT (out, ",\"kind\":\"");
      put (out, qc_speaker_kind_to_string (speaker->kind), strlen (qc_speaker_kind_to_string (speaker->kind)));
      PUT (out, "\",\"role\":");
      if (speaker->role != NULL)
        append_escaped (out, speaker->role, strlen (speaker->role));
      else
        PUT (out, "null");
      PUT (out, ",\"aliases\":[");
      for (guint j = 0; speaker->aliases && speaker->aliases[j]; j++)
        {
          if (j > 0)
            PUT (out, ",");
          append_escaped (out, speaker->aliases[j], strlen (speaker->aliases[j]));
        }
      PUT (out, "]}");
    }
  PUT (out, "]}");
}
