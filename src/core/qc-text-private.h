/* qc-text-private.h: what the engine's stages may rely on in a QcText
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "qc-text.h"

G_BEGIN_DECLS

/* qc_text_get_data() is followed by its nul byte and then by at least
 * QC_TEXT_PADDING more zero bytes, so that a stage may read a word of
 * eight bytes at any offset up to the length of the text. Zero is no
 * letter, digit, space or mark, so such a read never finds more text. */
#define QC_TEXT_PADDING 16

#define QC_BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (guint8) (b))

/* Eight bytes at @p, the first in the low byte on every host */
static inline guint64
qc_load64 (const char *p)
{
  guint64 v;

  memcpy (&v, p, 8);
  return GUINT64_FROM_LE (v);
}

/* The high bit of each byte of @v that is an ASCII lower-case letter */
static inline guint64
qc_lower_bits (guint64 v)
{
  guint64 x = v & QC_BYTES (0x7f);

  return (x + QC_BYTES (0x80 - 'a')) & ~(x + QC_BYTES (0x80 - 'z' - 1)) & ~v & QC_BYTES (0x80);
}

/* The high bit of each byte of @v that is an ASCII letter */
static inline guint64
qc_letter_bits (guint64 v)
{
  return qc_lower_bits (v | QC_BYTES (0x20));
}

/* The high bit of each byte of @v that is an ASCII digit */
static inline guint64
qc_digit_bits (guint64 v)
{
  guint64 x = v & QC_BYTES (0x7f);

  return (x + QC_BYTES (0x80 - '0')) & ~(x + QC_BYTES (0x80 - '9' - 1)) & ~v & QC_BYTES (0x80);
}

/* 1 in each byte of @v that is a UTF-8 continuation byte (10xxxxxx), 0 in
 * the others; the byte order does not matter. */
static inline guint64
qc_continuation_ones (guint64 v)
{
  return ((v & ~(v << 1)) & QC_BYTES (0x80)) >> 7;
}

/* The sum of the bytes of @ones, which must be below 256 */
static inline guint
qc_sum_bytes (guint64 ones)
{
  return (guint) ((ones * QC_BYTES (1)) >> 56);
}

/* Characters (bytes that are no continuation byte) in [p, p + n) */
static inline gsize
qc_count_chars (const char *p,
                gsize       n)
{
  gsize chars = n;
  gsize i = 0;

  for (; i + 32 <= n; i += 32)
    chars -= qc_sum_bytes (qc_continuation_ones (qc_load64 (p + i)) +
                           qc_continuation_ones (qc_load64 (p + i + 8)) +
                           qc_continuation_ones (qc_load64 (p + i + 16)) +
                           qc_continuation_ones (qc_load64 (p + i + 24)));
  for (; i + 8 <= n; i += 8)
    chars -= qc_sum_bytes (qc_continuation_ones (qc_load64 (p + i)));
  for (; i < n; i++)
    chars -= ((guchar) p[i] & 0xC0) == 0x80;
  return chars;
}

/* The index of the first byte of @v whose high bit is set in @bits (not 0) */
static inline guint
qc_first_byte (guint64 bits)
{
  return (guint) __builtin_ctzll (bits) >> 3;
}

G_END_DECLS
