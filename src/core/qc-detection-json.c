/* qc-detection-json.c: print a detection as JSON without building a tree
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-detection-json"

#include "qc-detection-json.h"

#include <errno.h>
#include <string.h>

#include "qc-detect-private.h"

/* A json-c tree of a novel's tens of thousands of claims costs more than
 * detecting them, so `quotecheck-cli detect --json` prints with this
 * instead. The output is byte for byte what
 * json_object_to_json_string_ext (qc_detection_to_json (self),
 * JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE) gives, which
 * tests/core/test-detect.c checks. */

static const char hex[] = "0123456789abcdef";

/* qc_detection_write_json() writes in pieces of about this size */
#define FLUSH_BYTES (64 * 1024)

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

/* Writes out->str to @stream and empties @out */
static gboolean
flush (GString  *out,
       FILE     *stream,
       GError  **error)
{
  if (out->len > 0 && fwrite (out->str, 1, out->len, stream) != out->len)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }
  g_string_truncate (out, 0);
  return TRUE;
}

/* Appends the JSON of @self to @out. With a @stream, @out is written to it
 * and emptied whenever it holds FLUSH_BYTES or more, and the rest is left
 * in @out for the caller. */
static gboolean
append_json (QcDetection  *self,
             GString      *out,
             FILE         *stream,
             GError      **error)
{
  QcText *text;
  guint n_claims, n_speakers;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree Confidences *confidences = NULL;
  const char *data;

  text = qc_detection_get_text (self);
  n_claims = qc_detection_get_n_claims (self);
  n_speakers = qc_detection_get_n_speakers (self);
  confidences = g_new0 (Confidences, 1);
  data = qc_text_get_data (text);

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
      const QcClaimBytes *bytes = qc_detection_get_claim_bytes (self, i);
      gboolean has_cue = claim->cue_end > claim->cue_start;

      if (i > 0)
        PUT (out, ",");
      PUT (out, "{\"start\":");
      append_uint (out, claim->start);
      PUT (out, ",\"end\":");
      append_uint (out, claim->end);
      PUT (out, ",\"text\":");
      append_escaped (out, data + bytes->start, bytes->end - bytes->start);
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
          append_escaped (out, data + bytes->cue_start, bytes->cue_end - bytes->cue_start);
          PUT (out, "}");
        }
      else
        PUT (out, "null");
      PUT (out, ",\"confidence\":");
      append_confidence (out, confidences, claim->confidence);
      PUT (out, ",\"utterance\":");
      append_uint (out, claim->utterance);
      PUT (out, "}");
      if (stream != NULL && out->len >= FLUSH_BYTES && !flush (out, stream, error))
        return FALSE;
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
      if (stream != NULL && out->len >= FLUSH_BYTES && !flush (out, stream, error))
        return FALSE;
    }
  PUT (out, "]}");
  return TRUE;
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
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  append_json (self, out, NULL, NULL);
}

/**
 * qc_detection_write_json:
 * @self: a detection
 * @stream: where to write
 * @error: return location for a #G_FILE_ERROR
 *
 * Writes what qc_detection_append_json() appends to @stream, a piece at a
 * time: the JSON of a long text is never held in memory whole. Nothing is
 * written after a failed write.
 *
 * Returns: %TRUE when all of it was written (to the stream's buffer: the
 *   caller still flushes @stream), or %FALSE with @error set
 */
gboolean
qc_detection_write_json (QcDetection  *self,
                         FILE         *stream,
                         GError      **error)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (stream != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  out = g_string_sized_new (FLUSH_BYTES + 4096);
  return append_json (self, out, stream, error) && flush (out, stream, error);
}
