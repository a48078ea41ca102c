/* qc-types.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-types"

#include "qc-types.h"

#include <string.h>

static const char *claim_kinds[] = { "direct", "partial", "indirect" };
static const char *speaker_kinds[] = { "unknown", "person", "organisation" };

const char *
qc_claim_kind_to_string (QcClaimKind kind)
{
  g_return_val_if_fail (kind <= QC_CLAIM_KIND_INDIRECT, NULL);
  return claim_kinds[kind];
}

gboolean
qc_claim_kind_from_string (const char  *str,
                           QcClaimKind *kind)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (claim_kinds); i++)
    if (strcmp (str, claim_kinds[i]) == 0)
      {
        if (kind)
          *kind = (QcClaimKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
qc_speaker_kind_to_string (QcSpeakerKind kind)
{
  g_return_val_if_fail (kind <= QC_SPEAKER_KIND_ORGANISATION, NULL);
  return speaker_kinds[kind];
}

gboolean
qc_speaker_kind_from_string (const char    *str,
                             QcSpeakerKind *kind)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (speaker_kinds); i++)
    if (strcmp (str, speaker_kinds[i]) == 0)
      {
        if (kind)
          *kind = (QcSpeakerKind) i;
        return TRUE;
      }
  /* The corpus labels unnamed groups "group"; we store them as organisations. */
  if (strcmp (str, "group") == 0)
    {
      if (kind)
        *kind = QC_SPEAKER_KIND_ORGANISATION;
      return TRUE;
    }
  return FALSE;
}
