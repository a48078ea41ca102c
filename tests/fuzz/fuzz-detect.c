/* fuzz-detect.c: libFuzzer target for the whole detection pipeline
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run (clang only):
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_lundef=false
 *   ninja -C build-fuzz tests/fuzz/fuzz-detect
 *   mkdir -p /tmp/fuzz-corpus
 *   build-fuzz/tests/fuzz/fuzz-detect /tmp/fuzz-corpus ../shared/corpus/articles -max_len=4096
 * The first folder collects new inputs; the corpus articles are only read
 * as seeds, never copied into the repository.
 */

#define G_LOG_DOMAIN "fuzz-detect"

#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-detect.h"
#include "qc-detection-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Any bytes: invalid input must be refused with an error, valid input
 * must give a detection whose offsets stay inside the text, and both JSON
 * printers must agree. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcDetection) detection = NULL;
  g_autoptr(json_object) root = NULL;
  g_autoptr(GString) streamed = NULL;
  g_autoptr(GError) error = NULL;
  const char *printed;
  gsize n_chars;

  text = qc_text_new ((const char *) data, (gssize) size, "fuzz", &error);
  if (text == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  detection = qc_detect (text);
  n_chars = qc_text_get_n_chars (text);
  for (guint i = 0; i < qc_detection_get_n_claims (detection); i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);

      g_assert (claim->start < claim->end && claim->end <= n_chars);
      g_assert (claim->cue_start <= claim->cue_end && claim->cue_end <= n_chars);
      g_assert (claim->speaker >= -1 && claim->speaker < (gint) qc_detection_get_n_speakers (detection));
      g_assert (i == 0 || qc_detection_get_claim (detection, i - 1)->start <= claim->start);
    }

  root = qc_detection_to_json (detection);
  printed = json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN |
                                                  JSON_C_TO_STRING_NOSLASHESCAPE);
  streamed = g_string_new (NULL);
  qc_detection_append_json (detection, streamed);
  g_assert (strcmp (streamed->str, printed) == 0);
  return 0;
}
