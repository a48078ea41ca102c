/* qc-text.h: a loaded, validated and normalised article text
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "qc-types.h"

G_BEGIN_DECLS

#define QC_TEXT_ERROR (qc_text_error_quark ())

typedef enum
{
  QC_TEXT_ERROR_INVALID_UTF8,
  QC_TEXT_ERROR_BINARY,
  QC_TEXT_ERROR_TOO_LARGE,
  QC_TEXT_ERROR_READ,
} QcTextError;

#define QC_TYPE_TEXT (qc_text_get_type ())

GQuark         qc_text_error_quark       (void);
GType          qc_text_get_type          (void) G_GNUC_CONST;

QcText        *qc_text_new               (const char    *data,
                                          gssize         length,
                                          const char    *name,
                                          GError       **error);
QcText        *qc_text_new_from_file     (const char    *path,
                                          GError       **error);
QcText        *qc_text_ref               (QcText        *self);
void           qc_text_unref             (QcText        *self);

const char    *qc_text_get_data          (const QcText  *self);
gsize          qc_text_get_length        (const QcText  *self);
gsize          qc_text_get_n_chars       (const QcText  *self);
const char    *qc_text_get_name          (const QcText  *self);
gboolean       qc_text_is_blank          (const QcText  *self);

const QcRange *qc_text_get_paragraphs    (const QcText  *self,
                                          guint         *n_paragraphs);
const QcRange *qc_text_get_sentences     (const QcText  *self,
                                          guint         *n_sentences);
guint          qc_text_paragraph_at      (const QcText  *self,
                                          gsize          byte_offset);
guint          qc_text_sentence_at       (const QcText  *self,
                                          gsize          byte_offset);

gsize          qc_text_byte_to_char      (const QcText  *self,
                                          gsize          byte_offset);
gsize          qc_text_char_to_byte      (const QcText  *self,
                                          gsize          char_offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcText, qc_text_unref)

G_END_DECLS
