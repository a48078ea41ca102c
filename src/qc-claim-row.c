/* qc-claim-row.c: one row of a claim table, pointing at a claim
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "qc-claim-row.h"

/* A claim table lists rows, not claims, so that another article's claims
 * can take over rows already on screen: GTK 4.8 builds new widgets for
 * every new item of a list (up to 200 rows and each column, 40-50 ms),
 * while a row pointed at another claim only has its cells' text set. */
struct _QcClaimRow
{
  GObject  parent_instance;

  QcClaim *claim;
};

G_DEFINE_FINAL_TYPE (QcClaimRow, qc_claim_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLAIM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qc_claim_row_dispose (GObject *object)
{
  QcClaimRow *self = QC_CLAIM_ROW (object);

  g_clear_object (&self->claim);

  G_OBJECT_CLASS (qc_claim_row_parent_class)->dispose (object);
}

static void
qc_claim_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  QcClaimRow *self = QC_CLAIM_ROW (object);

  switch (prop_id)
    {
    case PROP_CLAIM:
      g_value_set_object (value, self->claim);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_claim_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  QcClaimRow *self = QC_CLAIM_ROW (object);

  switch (prop_id)
    {
    case PROP_CLAIM:
      qc_claim_row_set_claim (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_claim_row_class_init (QcClaimRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qc_claim_row_dispose;
  object_class->get_property = qc_claim_row_get_property;
  object_class->set_property = qc_claim_row_set_property;

  properties[PROP_CLAIM] =
    g_param_spec_object ("claim", NULL, NULL,
                         QC_TYPE_CLAIM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qc_claim_row_init (QcClaimRow *self)
{
}

QcClaimRow *
qc_claim_row_new (QcClaim *claim)
{
  g_return_val_if_fail (QC_IS_CLAIM (claim), NULL);

  return g_object_new (QC_TYPE_CLAIM_ROW, "claim", claim, NULL);
}

/**
 * qc_claim_row_get_claim:
 *
 * Returns: (transfer none): the claim the row shows
 */
QcClaim *
qc_claim_row_get_claim (QcClaimRow *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_ROW (self), NULL);

  return self->claim;
}

/**
 * qc_claim_row_set_claim:
 *
 * Points the row at @claim; cells showing the row follow notify::claim.
 */
void
qc_claim_row_set_claim (QcClaimRow *self,
                        QcClaim    *claim)
{
  g_return_if_fail (QC_IS_CLAIM_ROW (self));
  g_return_if_fail (QC_IS_CLAIM (claim));

  if (g_set_object (&self->claim, claim))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIM]);
}
