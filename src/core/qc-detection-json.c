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
  const guchar *p = (const guchar *) str;
  const guchar *end = p + length;
  const guchar *run = p;

  g_return_if_fail (out != NULL);
  g_return_if_fail (str != NULL || length == 0);

  g_string_append_c (out, '"');
  for (; p < end; p++)
    {
      guchar c = *p;

      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\'))
        continue;
      g_string_append_len (out, (const char *) run, p - run);
      run = p + 1;
      switch (c)
        {
        case '\0':
          goto done;
        case '"':
          g_string_append_len (out, "\\\"", 2);
          break;
        case '\\':
          g_string_append_len (out, "\\\\", 2);
          break;
        case '\b':
          g_string_append_len (out, "\\b", 2);
          break;
        case '\t':
          g_string_append_len (out, "\\t", 2);
          break;
        case '\n':
          g_string_append_len (out, "\\n", 2);
          break;
        case '\f':
          g_string_append_len (out, "\\f", 2);
          break;
        case '\r':
          g_string_append_len (out, "\\r", 2);
          break;
        default:
          {
            char escape[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };

            g_string_append_len (out, escape, sizeof escape);
          }
          break;
        }
    }
  g_string_append_len (out, (const char *) run, p - run);
done:
  g_string_append_c (out, '"');
}

static void
append_range (GString    *out,
              QcText     *text,
              gsize       char_start,
              gsize       char_end)
{
  gsize start = qc_text_char_to_byte (text, char_start);
  gsize end = qc_text_char_to_byte (text, char_end);

  qc_json_append_string (out, qc_text_get_data (text) + start, end - start);
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
  g_string_append_len (out, p, buffer + sizeof buffer - p);
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

  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  text = qc_detection_get_text (self);
  n_claims = qc_detection_get_n_claims (self);
  n_speakers = qc_detection_get_n_speakers (self);

  /* Every claim repeats its speaker's name: escape each name once. */
  names = g_ptr_array_new_full (n_speakers, g_free);
  for (guint i = 0; i < n_speakers; i++)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (self, i);
      GString *name = g_string_new (NULL);

      qc_json_append_string (name, speaker->name, strlen (speaker->name));
      g_ptr_array_add (names, g_string_free (name, FALSE));
    }

  g_string_append (out, "{\"claims\":[");
  for (guint i = 0; i < n_claims; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (self, i);
      char confidence[G_ASCII_DTOSTR_BUF_SIZE];

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"start\":");
      append_uint (out, claim->start);
      g_string_append (out, ",\"end\":");
      append_uint (out, claim->end);
      g_string_append (out, ",\"text\":");
      append_range (out, text, claim->start, claim->end);
      g_string_append (out, ",\"kind\":\"");
      g_string_append (out, qc_claim_kind_to_string (claim->kind));
      g_string_append (out, "\",\"speaker\":");
      if (claim->speaker >= 0 && (guint) claim->speaker < n_speakers)
        g_string_append (out, g_ptr_array_index (names, claim->speaker));
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"cue\":");
      if (claim->cue_end > claim->cue_start)
        {
          g_string_append (out, "{\"start\":");
          append_uint (out, claim->cue_start);
          g_string_append (out, ",\"end\":");
          append_uint (out, claim->cue_end);
          g_string_append (out, ",\"text\":");
          append_range (out, text, claim->cue_start, claim->cue_end);
          g_string_append_c (out, '}');
        }
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"confidence\":");
      g_ascii_formatd (confidence, sizeof confidence, "%.2f", claim->confidence);
      g_string_append (out, confidence);
      g_string_append (out, ",\"utterance\":");
      append_uint (out, claim->utterance);
      g_string_append_c (out, '}');
    }

  g_string_append (out, "],\"speakers\":[");
  for (guint i = 0; i < n_speakers; i++)
    {
      const QcDetectedSpeaker *speaker = qc_detection_get_speaker (self, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"name\":");
      g_string_append (out, g_ptr_array_index (names, i));
      g_string_append (out, ",\"kind\":\"");
      g_string_append (out, qc_speaker_kind_to_string (speaker->kind));
      g_string_append (out, "\",\"role\":");
      if (speaker->role != NULL)
        qc_json_append_string (out, speaker->role, strlen (speaker->role));
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"aliases\":[");
      for (guint j = 0; speaker->aliases && speaker->aliases[j]; j++)
        {
          if (j > 0)
            g_string_append_c (out, ',');
          qc_json_append_string (out, speaker->aliases[j], strlen (speaker->aliases[j]));
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "]}");
}
