/* qc-quote-scanner.c: pair quotation marks into quotes
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-quote-scanner"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "qc-quote-scanner-private.h"

/*
 * The scanner walks each paragraph once, jumping from one byte that may
 * start a quotation mark to the next (every mark is '"', '\'' or a UTF-8
 * sequence led by 0xC2 or 0xE2). Each mark is judged by the characters on
 * either side, as CommonMark judges emphasis delimiters: a mark followed by
 * text and not preceded by a letter can open, one preceded by text and not
 * followed by a letter can close. A stack of open marks pairs them; a closer
 * pairs with the nearest opener of its family and drops any unclosed openers
 * above it, so a stray mark inside a quote cannot break later pairs. Open
 * marks left at the end of a paragraph are settled there, so an unbalanced
 * mark never reaches past its paragraph. Nested quotes are dropped from the
 * output as soon as the quote around them closes.
 *
 * After a paragraph is paired, each outermost quote is classified as direct
 * or partial from what surrounds it (see classify_quote()).
 */

/* Openers beyond this depth are ignored: real text nests two or three deep,
 * and the bound keeps the search for an opener constant-time. */
#define MAX_DEPTH 32

/* How far the classifier looks around a quote, in bytes and words. */
#define CONTEXT_BYTES 240
#define ATTRIBUTION_WORDS 12
#define SPLIT_GAP_WORDS 16

typedef enum
{
  FAMILY_DOUBLE,           /* " '' “ ” „ */
  FAMILY_SINGLE,           /* ' ‘ ’ ‚ */
  FAMILY_GUILLEMET,        /* « » */
  FAMILY_SINGLE_GUILLEMET, /* ‹ › */
} Family;

typedef enum
{
  MARK_STRAIGHT_DOUBLE,  /* " */
  MARK_DOUBLED_APOS,     /* '' */
  MARK_STRAIGHT_SINGLE,  /* ' */
  MARK_LEFT_DOUBLE,      /* “ */
  MARK_RIGHT_DOUBLE,     /* ” */
  MARK_LOW_DOUBLE,       /* „ */
  MARK_LEFT_SINGLE,      /* ‘ */
  MARK_RIGHT_SINGLE,     /* ’ */
  MARK_LOW_SINGLE,       /* ‚ */
  MARK_LEFT_GUILLEMET,   /* « */
  MARK_RIGHT_GUILLEMET,  /* » */
  MARK_LEFT_SGUILLEMET,  /* ‹ */
  MARK_RIGHT_SGUILLEMET, /* › */
} MarkType;

static const guint8 mark_family[] = {
  [MARK_STRAIGHT_DOUBLE] = FAMILY_DOUBLE,
  [MARK_DOUBLED_APOS] = FAMILY_DOUBLE,
  [MARK_STRAIGHT_SINGLE] = FAMILY_SINGLE,
  [MARK_LEFT_DOUBLE] = FAMILY_DOUBLE,
  [MARK_RIGHT_DOUBLE] = FAMILY_DOUBLE,
  [MARK_LOW_DOUBLE] = FAMILY_DOUBLE,
  [MARK_LEFT_SINGLE] = FAMILY_SINGLE,
  [MARK_RIGHT_SINGLE] = FAMILY_SINGLE,
  [MARK_LOW_SINGLE] = FAMILY_SINGLE,
  [MARK_LEFT_GUILLEMET] = FAMILY_GUILLEMET,
  [MARK_RIGHT_GUILLEMET] = FAMILY_GUILLEMET,
  [MARK_LEFT_SGUILLEMET] = FAMILY_SINGLE_GUILLEMET,
  [MARK_RIGHT_SGUILLEMET] = FAMILY_SINGLE_GUILLEMET,
};

typedef enum
{
  CC_SPACE,   /* white space, or the edge of the paragraph */
  CC_PUNCT,
  CC_ALNUM,   /* letters, digits and anything else that is part of a word */
} CharClass;

typedef struct
{
  gsize    start;
  guint8   type;      /* MarkType */
  guint8   len;
  gboolean cont;      /* reopens a quote continued from the last paragraph */
} Opener;

typedef struct
{
  const guchar *data;
  GArray       *out;

  gsize         para_start;
  gsize         para_end;
  guint         para_index;
  guint         para_first_out;    /* first output entry of this paragraph */

  Opener        stack[MAX_DEPTH];
  guint         depth;

  /* the quote left open by the last paragraph, which a compatible mark at
   * the very start of this one continues; -1 when none */
  gint          cont_index;
  guint8        cont_type;

  /* cached answer of next_single_closes(): valid for queries in
   * [la_from, la_pos] */
  gsize         la_from;
  gsize         la_pos;
  gboolean      la_closes;
} Scanner;

/* Characters */

static const guint8 ascii_class[128] = {
  ['\t'] = CC_SPACE, ['\n'] = CC_SPACE, ['\v'] = CC_SPACE, ['\f'] = CC_SPACE,
  ['\r'] = CC_SPACE, [' '] = CC_SPACE,
  ['!'] = CC_PUNCT, ['"'] = CC_PUNCT, ['#'] = CC_PUNCT, ['$'] = CC_PUNCT,
  ['%'] = CC_PUNCT, ['&'] = CC_PUNCT, ['\''] = CC_PUNCT, ['('] = CC_PUNCT,
  [')'] = CC_PUNCT, ['*'] = CC_PUNCT, ['+'] = CC_PUNCT, [','] = CC_PUNCT,
  ['-'] = CC_PUNCT, ['.'] = CC_PUNCT, ['/'] = CC_PUNCT, [':'] = CC_PUNCT,
  [';'] = CC_PUNCT, ['<'] = CC_PUNCT, ['='] = CC_PUNCT, ['>'] = CC_PUNCT,
  ['?'] = CC_PUNCT, ['@'] = CC_PUNCT, ['['] = CC_PUNCT, ['\\'] = CC_PUNCT,
  [']'] = CC_PUNCT, ['^'] = CC_PUNCT, ['_'] = CC_PUNCT, ['`'] = CC_PUNCT,
  ['{'] = CC_PUNCT, ['|'] = CC_PUNCT, ['}'] = CC_PUNCT, ['~'] = CC_PUNCT,
  ['0'] = CC_ALNUM, ['1'] = CC_ALNUM, ['2'] = CC_ALNUM, ['3'] = CC_ALNUM,
  ['4'] = CC_ALNUM, ['5'] = CC_ALNUM, ['6'] = CC_ALNUM, ['7'] = CC_ALNUM,
  ['8'] = CC_ALNUM, ['9'] = CC_ALNUM,
  ['A'] = CC_ALNUM, ['B'] = CC_ALNUM, ['C'] = CC_ALNUM, ['D'] = CC_ALNUM,
  ['E'] = CC_ALNUM, ['F'] = CC_ALNUM, ['G'] = CC_ALNUM, ['H'] = CC_ALNUM,
  ['I'] = CC_ALNUM, ['J'] = CC_ALNUM, ['K'] = CC_ALNUM, ['L'] = CC_ALNUM,
  ['M'] = CC_ALNUM, ['N'] = CC_ALNUM, ['O'] = CC_ALNUM, ['P'] = CC_ALNUM,
  ['Q'] = CC_ALNUM, ['R'] = CC_ALNUM, ['S'] = CC_ALNUM, ['T'] = CC_ALNUM,
  ['U'] = CC_ALNUM, ['V'] = CC_ALNUM, ['W'] = CC_ALNUM, ['X'] = CC_ALNUM,
  ['Y'] = CC_ALNUM, ['Z'] = CC_ALNUM,
  ['a'] = CC_ALNUM, ['b'] = CC_ALNUM, ['c'] = CC_ALNUM, ['d'] = CC_ALNUM,
  ['e'] = CC_ALNUM, ['f'] = CC_ALNUM, ['g'] = CC_ALNUM, ['h'] = CC_ALNUM,
  ['i'] = CC_ALNUM, ['j'] = CC_ALNUM, ['k'] = CC_ALNUM, ['l'] = CC_ALNUM,
  ['m'] = CC_ALNUM, ['n'] = CC_ALNUM, ['o'] = CC_ALNUM, ['p'] = CC_ALNUM,
  ['q'] = CC_ALNUM, ['r'] = CC_ALNUM, ['s'] = CC_ALNUM, ['t'] = CC_ALNUM,
  ['u'] = CC_ALNUM, ['v'] = CC_ALNUM, ['w'] = CC_ALNUM, ['x'] = CC_ALNUM,
  ['y'] = CC_ALNUM, ['z'] = CC_ALNUM,
};

/* Code point 0 stands for the edge of the paragraph. */
#define EDGE ((gunichar) 0)

/* Decodes the character at @pos, never reading at or past @limit. */
static inline gunichar
decode_at (const guchar *d,
           gsize         pos,
           gsize         limit,
           guint        *len)
{
  guchar b = d[pos];

  if (b < 0x80)
    {
      *len = 1;
      return b;
    }
  if (b >= 0xC0 && b < 0xE0 && pos + 1 < limit)
    {
      *len = 2;
      return ((gunichar) (b & 0x1F) << 6) | (d[pos + 1] & 0x3F);
    }
  if (b >= 0xE0 && b < 0xF0 && pos + 2 < limit)
    {
      *len = 3;
      return ((gunichar) (b & 0x0F) << 12) | ((gunichar) (d[pos + 1] & 0x3F) << 6)
             | (d[pos + 2] & 0x3F);
    }
  if (b >= 0xF0 && pos + 3 < limit)
    {
      *len = 4;
      return ((gunichar) (b & 0x07) << 18) | ((gunichar) (d[pos + 1] & 0x3F) << 12)
             | ((gunichar) (d[pos + 2] & 0x3F) << 6) | (d[pos + 3] & 0x3F);
    }
  *len = 1;
  return 0xFFFD;
}

/* The character starting at @pos, or EDGE at @hi. */
static inline gunichar
char_at (const guchar *d,
         gsize         pos,
         gsize         hi,
         guint        *len)
{
  if (pos >= hi)
    {
      *len = 0;
      return EDGE;
    }
  return decode_at (d, pos, hi, len);
}

/* The character ending at @pos, or EDGE at @lo; *start is where it starts. */
static inline gunichar
char_before (const guchar *d,
             gsize         pos,
             gsize         lo,
             gsize        *start)
{
  gsize s;
  guint len;

  if (pos <= lo)
    {
      *start = lo;
      return EDGE;
    }
  s = pos - 1;
  if (d[s] < 0x80)
    {
      *start = s;
      return d[s];
    }
  while (s > lo && (d[s] & 0xC0) == 0x80 && pos - s < 4)
    s--;
  *start = s;
  return decode_at (d, s, pos, &len);
}

static inline CharClass
char_class (gunichar c)
{
  if (c < 0x80)
    return c == EDGE ? CC_SPACE : (CharClass) ascii_class[c];
  if (c == 0xA0 || c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B)
      || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
      || c == 0xFEFF)
    return CC_SPACE;
  if ((c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7
      || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E)
      || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F)
      || c == 0xFFFD)
    return CC_PUNCT;
  return CC_ALNUM;
}

static inline gboolean
is_space_char (gunichar c)
{
  return c != EDGE && char_class (c) == CC_SPACE;
}

static inline char
ascii_lower (guchar c)
{
  return (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

static inline gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return char_class (c) == CC_ALNUM && g_unichar_isalpha (c);
}

static inline gboolean
is_upper (gunichar c)
{
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

static inline gboolean
is_lower (gunichar c)
{
  if (c < 0x80)
    return c >= 'a' && c <= 'z';
  return g_unichar_islower (c);
}

/* Closing marks that may end a quote's text before its own closing mark
 * (the inner quote of "… 'open borders.'"). */
static inline gboolean
is_quote_char (gunichar c)
{
  return c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB
         || c == 0xBB || c == 0x2039 || c == 0x203A;
}

/* Finding marks */

#if !defined(__SSE2__)
static inline guint64
has_byte (guint64 x,
          guint64 pattern)
{
  guint64 y = x ^ pattern;

  return (y - G_GUINT64_CONSTANT (0x0101010101010101)) & ~y
         & G_GUINT64_CONSTANT (0x8080808080808080);
}
#endif

static inline gboolean
is_candidate_byte (guchar b)
{
  return b == '"' || b == '\'' || b == 0xC2 || b == 0xE2;
}

/* The first byte at or after @p and before @end that may start a mark, or
 * @end. */
static inline gsize
next_candidate (const guchar *d,
                gsize         p,
                gsize         end)
{
#ifdef __SSE2__
  const __m128i dq = _mm_set1_epi8 ('"');
  const __m128i sq = _mm_set1_epi8 ('\'');
  const __m128i c2 = _mm_set1_epi8 ((char) 0xC2);
  const __m128i e2 = _mm_set1_epi8 ((char) 0xE2);

  while (p + 16 <= end)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (d + p));
      __m128i m = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, dq), _mm_cmpeq_epi8 (v, sq)),
                                _mm_or_si128 (_mm_cmpeq_epi8 (v, c2), _mm_cmpeq_epi8 (v, e2)));
      int mask = _mm_movemask_epi8 (m);

      if (mask != 0)
        return p + (gsize) __builtin_ctz ((unsigned) mask);
      p += 16;
    }
#else
  while (p + 8 <= end)
    {
      guint64 x;

      memcpy (&x, d + p, sizeof x);
      if (has_byte (x, G_GUINT64_CONSTANT (0x2222222222222222))
          | has_byte (x, G_GUINT64_CONSTANT (0x2727272727272727))
          | has_byte (x, G_GUINT64_CONSTANT (0xC2C2C2C2C2C2C2C2))
          | has_byte (x, G_GUINT64_CONSTANT (0xE2E2E2E2E2E2E2E2)))
        break;
      p += 8;
    }
#endif
  while (p < end && !is_candidate_byte (d[p]))
    p++;
  return p;
}

/* Reads the mark at @p, if any. Returns FALSE when the bytes at @p are no
 * mark; *len is then the number of bytes to skip. */
static inline gboolean
read_mark (const guchar *d,
           gsize         p,
           gsize         end,
           MarkType     *type,
           guint        *len)
{
  switch (d[p])
    {
    case '"':
      *type = MARK_STRAIGHT_DOUBLE;
      *len = 1;
      return TRUE;

    case '\'':
      *type = MARK_STRAIGHT_SINGLE;
      *len = 1;
      return TRUE;

    case 0xC2:
      *len = 1;
      if (p + 1 >= end)
        return FALSE;
      *len = 2;
      if (d[p + 1] == 0xAB)
        *type = MARK_LEFT_GUILLEMET;
      else if (d[p + 1] == 0xBB)
        *type = MARK_RIGHT_GUILLEMET;
      else
        return FALSE;
      return TRUE;

    case 0xE2:
      *len = 1;
      if (p + 2 >= end || d[p + 1] != 0x80)
        return FALSE;
      *len = 3;
      switch (d[p + 2])
        {
        case 0x98: *type = MARK_LEFT_SINGLE; return TRUE;
        case 0x99: *type = MARK_RIGHT_SINGLE; return TRUE;
        case 0x9A: *type = MARK_LOW_SINGLE; return TRUE;
        case 0x9C: *type = MARK_LEFT_DOUBLE; return TRUE;
        case 0x9D: *type = MARK_RIGHT_DOUBLE; return TRUE;
        case 0x9E: *type = MARK_LOW_DOUBLE; return TRUE;
        case 0xB9: *type = MARK_LEFT_SGUILLEMET; return TRUE;
        case 0xBA: *type = MARK_RIGHT_SGUILLEMET; return TRUE;
        default: return FALSE;
        }

    default:
      *len = 1;
      return FALSE;
    }
}

/* Apostrophes */

/* Elided words written with a leading apostrophe: ’em, rock ’n’ roll, ’tis.
 * Only ’Tis, ’Twas and ’Twere also match capitalised: ’Em or ’Cause could
 * start a quote. */
static const char * const elisions[] = {
  "bout", "cause", "cept", "cos", "em", "n", "nuff", "round", "til", "tis",
  "twas", "twere",
};

/* TRUE when the single mark ending at @pos is followed by an elided word or
 * a two-digit year (’90s, class of ’89), so it is an apostrophe. */
static gboolean
starts_elision (const guchar *d,
                gsize         pos,
                gsize         end)
{
  char word[8];
  guint n = 0;
  gsize p = pos;
  gboolean capital;

  if (p + 2 <= end && g_ascii_isdigit (d[p]) && g_ascii_isdigit (d[p + 1]))
    {
      guint len;
      gunichar next = char_at (d, p + 2, end, &len);

      return next == 's' || char_class (next) != CC_ALNUM;
    }

  while (p < end && n < sizeof word - 1 && g_ascii_isalpha (d[p]))
    word[n++] = ascii_lower (d[p++]);
  if (n == 0 || (p < end && (g_ascii_isalnum (d[p]) || d[p] >= 0x80)))
    {
      /* not a whole ASCII word, unless it is the ’n’ of rock ’n’ roll
       * followed by a curly apostrophe */
      if (!(n == 1 && word[0] == 'n' && p + 2 < end && d[p] == 0xE2 && d[p + 1] == 0x80
            && d[p + 2] == 0x99))
        return FALSE;
    }
  word[n] = '\0';
  capital = g_ascii_isupper (d[pos]);

  for (guint i = 0; i < G_N_ELEMENTS (elisions); i++)
    {
      if (strcmp (word, elisions[i]) != 0)
        continue;
      if (capital && strcmp (word, "tis") != 0 && strcmp (word, "twas") != 0
          && strcmp (word, "twere") != 0)
        return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* Whether the n ending at @n_pos is the lone n of rock ’n’ roll. */
static gboolean
is_elided_n (const guchar *d,
             gsize         n_pos,
             gsize         lo)
{
  gsize p;
  gunichar c = char_before (d, n_pos, lo, &p);

  return c == '\'' || c == 0x2019 || c == 0x2018;
}

/* Whether the next single-quote mark after @from in the paragraph can only
 * close a quote. A possessive "s’" inside a single-quoted quote is an
 * apostrophe when a closing single mark still follows. Answers are cached so
 * that a paragraph full of such marks is still walked once. */
static gboolean
next_single_closes (Scanner *s,
                    gsize    from)
{
  const guchar *d = s->data;
  gsize p = from;

  if (from >= s->la_from && from <= s->la_pos)
    return s->la_closes;

  s->la_from = from;
  while ((p = next_candidate (d, p, s->para_end)) < s->para_end)
    {
      MarkType type;
      guint len, next_len;
      gsize prev_start;
      gunichar before, after;
      CharClass cb, ca;

      if (!read_mark (d, p, s->para_end, &type, &len))
        {
          p += len;
          continue;
        }
      if (mark_family[type] != FAMILY_SINGLE
          || (type == MARK_STRAIGHT_SINGLE && p + 1 < s->para_end && d[p + 1] == '\''))
        {
          p += len;
          while (p < s->para_end && d[p] == '\'')
            p++;
          continue;
        }
      before = char_before (d, p, s->para_start, &prev_start);
      after = char_at (d, p + len, s->para_end, &next_len);
      cb = char_class (before);
      ca = char_class (after);
      if (cb == CC_ALNUM && ca == CC_ALNUM)
        {
          p += len;
          continue;
        }
      s->la_pos = p;
      s->la_closes = cb != CC_SPACE && ca != CC_ALNUM;
      return s->la_closes;
    }
  s->la_pos = s->para_end;
  s->la_closes = FALSE;
  return FALSE;
}

/* Output */

/* Whether [start, end) holds a letter; a quote of digits or punctuation only
 * ("721695", "...") is no utterance. */
static gboolean
has_letter (const guchar *d,
            gsize         start,
            gsize         end)
{
  for (gsize p = start; p < end; p++)
    {
      if (d[p] < 0x80)
        {
          if (g_ascii_isalpha (d[p]))
            return TRUE;
        }
      else if ((d[p] & 0xC0) != 0x80)
        {
          guint len;
          gunichar c = decode_at (d, p, end, &len);

          if (is_letter (c))
            return TRUE;
        }
    }
  return FALSE;
}

/* Appends a quote from @o to @end, dropping quotes of this paragraph nested
 * inside it. Returns FALSE when the quote holds no words and is left out. */
static gboolean
emit (Scanner      *s,
      const Opener *o,
      gsize         end,
      guint         close_len)
{
  QcQuote q = { 0, };
  GArray *out = s->out;

  if (!o->cont && !has_letter (s->data, o->start + o->len, end - close_len))
    return FALSE;

  while (out->len > s->para_first_out
         && g_array_index (out, QcQuote, out->len - 1).start > o->start)
    g_array_set_size (out, out->len - 1);

  q.start = o->start;
  q.end = end;
  q.kind = QC_CLAIM_KIND_DIRECT;
  q.paragraph = s->para_index;
  q.open_len = o->len;
  q.close_len = (guint8) close_len;
  g_array_append_val (out, q);
  return TRUE;
}

/* An unclosed single mark is kept only where it plainly opens a quote: at
 * the paragraph start or continuing one. Elsewhere it is most likely an
 * apostrophe of an elision we do not know. */
static gboolean
reportable_unclosed (const Scanner *s,
                     const Opener  *o)
{
  MarkType type = o->type;

  if (mark_family[type] != FAMILY_SINGLE)
    return TRUE;
  return o->cont || o->start == s->para_start;
}

/* Stack */

static gint
find_opener (const Scanner *s,
             Family         family)
{
  for (guint i = s->depth; i > 0; i--)
    if (mark_family[s->stack[i - 1].type] == family)
      return (gint) i - 1;
  return -1;
}

static inline gboolean
top_is (const Scanner *s,
        Family         family)
{
  return s->depth > 0 && mark_family[s->stack[s->depth - 1].type] == family;
}

static void
close_at (Scanner *s,
          gint     index,
          gsize    pos,
          guint    len)
{
  Opener o = s->stack[index];

  s->depth = (guint) index;
  emit (s, &o, pos + len, len);
}

/* Whether the text before @pos ends a sentence: ". ", "?" or "!" possibly
 * followed by a closing bracket, then white space. */
static gboolean
after_sentence_end (const Scanner *s,
                    gsize          pos)
{
  gsize p = pos;
  gunichar c;

  c = char_before (s->data, p, s->para_start, &p);
  if (!is_space_char (c))
    return FALSE;
  while (is_space_char (c))
    c = char_before (s->data, p, s->para_start, &p);
  if (c == ')' || c == ']')
    c = char_before (s->data, p, s->para_start, &p);
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static void
push (Scanner  *s,
      gsize     pos,
      MarkType  type,
      guint     len)
{
  Opener o = { pos, (guint8) type, (guint8) len, FALSE };

  if (pos == s->para_start && s->cont_index >= 0
      && mark_family[s->cont_type] == mark_family[type])
    {
      g_array_index (s->out, QcQuote, s->cont_index).continues = TRUE;
      o.cont = TRUE;
      o.type = s->cont_type;
    }

  if (top_is (s, mark_family[type]))
    {
      Opener *top = &s->stack[s->depth - 1];
      guint clen;
      gunichar next = char_at (s->data, pos + len, s->para_end, &clen);

      /* The quote is open and reopened after a sentence end: the lost
       * paragraph break of a quote running over paragraphs. It stays one
       * quote. */
      if (after_sentence_end (s, pos) && !is_lower (next))
        return;

      /* Otherwise the open one was a stray mark; it ends before this one. */
      s->depth--;
      if (reportable_unclosed (s, top))
        {
          gsize end = pos;
          gsize p;
          gunichar c;

          while (is_space_char (c = char_before (s->data, end, top->start, &p)))
            end = p;
          emit (s, top, end, 0);
        }
    }

  if (s->depth < MAX_DEPTH)
    s->stack[s->depth++] = o;
}

/* Judging one mark */

static void
handle_mark (Scanner  *s,
             gsize     pos,
             MarkType  type,
             guint     len)
{
  const guchar *d = s->data;
  gsize prev_start;
  guint next_len;
  gunichar before = char_before (d, pos, s->para_start, &prev_start);
  gunichar after = char_at (d, pos + len, s->para_end, &next_len);
  CharClass cb = char_class (before);
  CharClass ca = char_class (after);
  /* can open: followed by text, not preceded by a letter; can close:
   * preceded by text, not followed by a letter */
  gboolean left = ca != CC_SPACE && cb != CC_ALNUM && before != '=';
  gboolean right = cb != CC_SPACE && ca != CC_ALNUM;
  Family family = mark_family[type];
  gint idx;

  switch (type)
    {
    case MARK_STRAIGHT_DOUBLE:
    case MARK_DOUBLED_APOS:
      idx = find_opener (s, family);
      if (left && !right)
        push (s, pos, type, len);
      else if (idx >= 0 && (right || !left))
        close_at (s, idx, pos, len);
      else if (left)
        push (s, pos, type, len);
      break;

    case MARK_LEFT_DOUBLE:
      idx = find_opener (s, family);
      if (left && !right)
        push (s, pos, type, len);
      else if (idx >= 0)
        close_at (s, idx, pos, len);
      else if (left || (cb == CC_SPACE && ca == CC_SPACE))
        push (s, pos, type, len);   /* spaced typography: “ text ” */
      break;

    case MARK_RIGHT_DOUBLE:
      idx = find_opener (s, family);
      if (idx >= 0)
        close_at (s, idx, pos, len);
      else if (left && !right)
        push (s, pos, type, len);   /* Swedish ”…” */
      break;

    case MARK_LOW_DOUBLE:
    case MARK_LOW_SINGLE:
      /* „ and ‚ only open; a low mark after a letter is a comma look-alike */
      if (cb != CC_ALNUM && pos + len < s->para_end)
        push (s, pos, type, len);
      break;

    case MARK_STRAIGHT_SINGLE:
    case MARK_LEFT_SINGLE:
    case MARK_RIGHT_SINGLE:
      /* between two letters or digits: don't, it’s, 5'10 */
      if (cb == CC_ALNUM && ca == CC_ALNUM)
        break;
      idx = find_opener (s, family);
      if (left && !right)
        {
          if (type != MARK_RIGHT_SINGLE && !starts_elision (d, pos + len, s->para_end))
            push (s, pos, type, len);
          break;
        }
      if (idx >= 0 && top_is (s, FAMILY_SINGLE))
        {
          /* after a letter it may be a possessive or elision apostrophe:
           * the Joneses’ dog, rock ’n’ roll */
          if (cb == CC_ALNUM && (before == 's' || before == 'z' || before == 'S'
                                 || before == 'Z')
              && next_single_closes (s, pos + len))
            break;
          if (before == 'n' && is_elided_n (d, prev_start, s->para_start))
            break;
          close_at (s, idx, pos, len);
          break;
        }
      if (idx >= 0 && cb == CC_PUNCT && right)
        {
          /* ".’" can only close, even across a stray inner mark */
          close_at (s, idx, pos, len);
          break;
        }
      if (left && type != MARK_RIGHT_SINGLE && !starts_elision (d, pos + len, s->para_end))
        push (s, pos, type, len);
      break;

    case MARK_LEFT_GUILLEMET:
    case MARK_LEFT_SGUILLEMET:
      idx = find_opener (s, family);
      if (idx >= 0 && s->stack[idx].type != type && !(left && !right))
        close_at (s, idx, pos, len);
      else if (ca != CC_SPACE || pos + len < s->para_end)
        push (s, pos, type, len);
      break;

    case MARK_RIGHT_GUILLEMET:
    case MARK_RIGHT_SGUILLEMET:
      idx = find_opener (s, family);
      if (idx >= 0 && s->stack[idx].type != type)
        close_at (s, idx, pos, len);
      else if ((left && !right) || (pos == s->para_start && s->cont_index >= 0))
        push (s, pos, type, len);   /* German »…«, French continued « … */
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Settles the marks still open at the paragraph end: the outermost one that
 * looks like a real quote runs to the end of the paragraph, and may go on
 * in the next one. */
static void
end_paragraph (Scanner       *s,
               const QcRange *next_para)
{
  s->cont_index = -1;
  for (guint i = 0; i < s->depth; i++)
    {
      const Opener *o = &s->stack[i];
      gboolean next_reopens = FALSE;

      if (next_para != NULL && next_para->end > next_para->start)
        {
          MarkType type;
          guint len;

          if (read_mark (s->data, next_para->start, next_para->end, &type, &len))
            {
              if (type == MARK_STRAIGHT_SINGLE && next_para->start + 1 < next_para->end
                  && s->data[next_para->start + 1] == '\'')
                type = MARK_DOUBLED_APOS;
              next_reopens = mark_family[type] == mark_family[o->type];
            }
        }

      if (!reportable_unclosed (s, o) && !next_reopens)
        continue;
      if (!emit (s, o, s->para_end, 0))
        continue;
      if (next_reopens)
        {
          s->cont_index = (gint) s->out->len - 1;
          s->cont_type = o->type;
        }
      break;
    }
  s->depth = 0;
}

/* Classification */

/* Verbs that introduce or follow a quotation, in all the forms used around
 * quotes. Nouns spelt like verbs (claims, notes, states) are left out. */
static const char * const speech_verbs[] = {
  "according", "add", "added", "adding", "adds", "admits", "admitted", "agreed",
  "announced", "answered", "argued", "argues", "asked", "asking", "asks",
  "boasted", "claimed", "commented", "complained", "conceded", "concluded",
  "confirmed", "continued", "continues", "countered", "cried", "declared",
  "demanded", "emphasised", "emphasized", "exclaimed", "explained", "explains",
  "gasped", "groaned", "insisted", "insists", "joked", "laughed", "maintained",
  "murmured", "mused", "muttered", "noted", "observed", "pleaded", "posted",
  "predicted", "quipped", "read", "recalled", "recounted", "remarked",
  "replied", "reported", "responded", "retorted", "said", "say", "saying",
  "says", "screamed", "shouted", "sighed", "snapped", "stated", "stressed",
  "suggested", "tell", "telling", "tells", "testified", "told", "tweeted",
  "tweeting", "urged", "warned", "warns", "whispered", "wondered", "write",
  "writes", "writing", "written", "wrote", "yelled",
};

static int
compare_word (const void *a,
              const void *b)
{
  return strcmp (a, *(const char * const *) b);
}

/* Connectives that can start a sentence before a quote: But "…" */
static const char * const sentence_connectives[] = {
  "also", "and", "but", "now", "or", "plus", "so", "still", "then", "yet",
};

static gboolean
word_in (const char        *word,
         const char * const *list,
         gsize               n)
{
  return bsearch (word, list, n, sizeof (char *), compare_word) != NULL;
}

/* Copies the ASCII word [start, end) lower-cased into @buf; FALSE when it is
 * too long or not ASCII. */
static gboolean
lower_word (const guchar *d,
            gsize         start,
            gsize         end,
            char         *buf,
            gsize         size)
{
  if (end - start >= size)
    return FALSE;
  for (gsize i = start; i < end; i++)
    {
      if (d[i] >= 0x80)
        return FALSE;
      buf[i - start] = ascii_lower (d[i]);
    }
  buf[end - start] = '\0';
  return TRUE;
}

static gboolean
is_speech_verb (const guchar *d,
                gsize         start,
                gsize         end)
{
  char buf[16];

  return lower_word (d, start, end, buf, sizeof buf)
         && word_in (buf, speech_verbs, G_N_ELEMENTS (speech_verbs));
}

/* A full stop after an initial (J., the S. of U.S.) or a short title-case
 * word (Mr., Dr., Sen.) does not end the sentence; after an acronym (TV.,
 * EU.) it does. */
static gboolean
is_abbreviation_dot (const guchar *d,
                     gsize         dot,
                     gsize         lo)
{
  gsize p = dot;

  while (p > lo && g_ascii_isalpha (d[p - 1]) && dot - p <= 4)
    p--;
  if (p == dot || dot - p > 3 || !g_ascii_isupper (d[p]))
    return FALSE;
  if (p > lo && g_ascii_isalpha (d[p - 1]))
    return FALSE;
  if (dot - p == 1)
    return TRUE;
  for (gsize i = p + 1; i < dot; i++)
    if (!g_ascii_islower (d[i]))
      return FALSE;
  return TRUE;
}

typedef enum
{
  PREV_START,       /* paragraph start */
  PREV_SENTENCE,    /* after a sentence end, or a sentence-initial But/And */
  PREV_COLON,
  PREV_COMMA,       /* comma, dash or semicolon */
  PREV_VERB,        /* a speech verb right before the mark: writing "…" */
  PREV_WORD,        /* any other word: the writer's sentence runs on */
  PREV_OTHER,       /* brackets and the like */
} PrevContext;

typedef enum
{
  NEXT_END,          /* paragraph end */
  NEXT_ATTRIBUTION,  /* a speech verb follows: "…," she said */
  NEXT_SENTENCE,     /* sentence punctuation outside the marks */
  NEXT_CONTINUATION, /* the writer's sentence goes on: "…" for Harlow */
  NEXT_WORD,         /* other words, no attribution among them */
  NEXT_OTHER,
} NextContext;

/* Whether a speech verb ends right before @pos (said, / told reporters:). */
static gboolean
speech_verb_before (const Scanner *s,
                    gsize          pos)
{
  const guchar *d = s->data;
  gsize p = pos, q;

  while (p > s->para_start && pos - p < 16)
    {
      gunichar w = char_before (d, p, s->para_start, &q);

      if (char_class (w) != CC_ALNUM)
        break;
      p = q;
    }
  return p < pos && is_speech_verb (d, p, pos);
}

/* What comes before the opening mark at @pos. *verb_before tells whether the
 * comma or colon found follows a speech verb ("she said, “…"). */
static PrevContext
prev_context (const Scanner *s,
              gsize          pos,
              gboolean       look_further,
              gboolean      *verb_before)
{
  const guchar *d = s->data;
  gsize lo = s->para_start;
  gsize p = pos;
  gsize word_end, q;
  gunichar c;
  char buf[16];

  *verb_before = FALSE;
  do
    c = char_before (d, p, lo, &p);
  while (is_space_char (c));

  switch (c)
    {
    case EDGE:
      return PREV_START;
    case ':':
      *verb_before = speech_verb_before (s, p);
      return PREV_COLON;
    case ',':
      *verb_before = speech_verb_before (s, p);
      return PREV_COMMA;
    case ';': case '-': case 0x2013: case 0x2014:
      return PREV_COMMA;
    case '.':
      return is_abbreviation_dot (d, p, lo) ? PREV_WORD : PREV_SENTENCE;
    case '!': case '?': case 0x2026:
      return PREV_SENTENCE;
    default:
      break;
    }

  if (is_quote_char (c))
    {
      /* a quote just before: “Ask the Mayor.” “But … */
      gunichar c2 = char_before (d, p, lo, &q);

      if (c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0x2026)
        return PREV_SENTENCE;
      if (c2 == ',')
        return PREV_COMMA;
      return PREV_OTHER;
    }

  if (char_class (c) != CC_ALNUM)
    return PREV_OTHER;

  /* a word */
  word_end = p + (c < 0x80 ? 1 : 0);
  if (c >= 0x80)
    {
      guint len;

      decode_at (d, p, s->para_end, &len);
      word_end = p + len;
    }
  while (p > lo && pos - p < CONTEXT_BYTES)
    {
      gunichar w = char_before (d, p, lo, &q);

      if (char_class (w) != CC_ALNUM)
        break;
      p = q;
    }

  if (is_speech_verb (d, p, word_end))
    return PREV_VERB;

  if (look_further && lower_word (d, p, word_end, buf, sizeof buf) && g_ascii_isupper (d[p])
      && word_in (buf, sentence_connectives, G_N_ELEMENTS (sentence_connectives)))
    {
      gboolean verb;
      PrevContext before = prev_context (s, p, FALSE, &verb);

      if (before == PREV_START || before == PREV_SENTENCE)
        return PREV_SENTENCE;
    }
  return PREV_WORD;
}

/* Words that continue the writer's sentence after a quote ("…" for
 * Harlow, "…," because he), so no attribution starts with them. */
static const char * const continuation_words[] = {
  "about", "after", "against", "also", "and", "are", "as", "at", "be", "because",
  "been", "before", "being", "but", "by", "despite", "during", "for", "from",
  "if", "in", "into", "is", "nor", "not", "of", "on", "or", "over", "since",
  "so", "than", "that", "then", "though", "through", "to", "under", "unless",
  "until", "was", "were", "when", "where", "whether", "which", "while", "who",
  "with", "without", "yet",
};

static const char * const subject_pronouns[] = {
  "he", "i", "she", "they", "we",
};

/* Reads the words after @pos up to @max_words, stopping at a sentence end
 * or another quotation mark; TRUE if one is a speech verb. The first word
 * must be able to start an attribution: a speech verb, a name, a pronoun, a
 * noun phrase (he said; Mr. Smith, 58, said; spokesman Jo Lee said), not a
 * preposition or conjunction. */
static NextContext
attribution_follows (const Scanner *s,
                     gsize          pos,
                     guint          max_words)
{
  const guchar *d = s->data;
  gsize p = pos;
  gsize hi = MIN (s->para_end, pos + CONTEXT_BYTES);
  guint words = 0;

  while (p < hi && words < max_words)
    {
      guint len;
      gunichar c = char_at (d, p, hi, &len);
      CharClass cc = char_class (c);

      if (cc == CC_ALNUM)
        {
          gsize start = p;

          while (p < hi && char_class (c = char_at (d, p, hi, &len)) == CC_ALNUM)
            p += len;
          if (is_speech_verb (d, start, p))
            return NEXT_ATTRIBUTION;
          if (words == 0)
            {
              char buf[16];

              if (lower_word (d, start, p, buf, sizeof buf))
                {
                  /* "…," he thought: a pronoun subject right after the
                   * quote attributes it, whatever the verb */
                  if (word_in (buf, subject_pronouns, G_N_ELEMENTS (subject_pronouns)))
                    return NEXT_ATTRIBUTION;
                  if (g_ascii_islower (d[start])
                      && word_in (buf, continuation_words, G_N_ELEMENTS (continuation_words)))
                    return NEXT_CONTINUATION;
                }
            }
          words++;
          continue;
        }
      if (cc == CC_SPACE)
        {
          p += len;
          continue;
        }
      if (c == '.' && is_abbreviation_dot (d, p, s->para_start))
        {
          p += len;
          continue;
        }
      if (c == '-' || c == 0x2013 || c == 0x2014 || c == '\'' || c == 0x2019 || c == ',')
        {
          p += len;
          continue;
        }
      return NEXT_WORD;
    }
  return NEXT_WORD;
}

static NextContext
next_context (const Scanner *s,
              gsize          pos)
{
  const guchar *d = s->data;
  gsize p = pos;
  guint len;
  gunichar c;

  while (is_space_char (c = char_at (d, p, s->para_end, &len)))
    p += len;

  if (c == EDGE)
    return NEXT_END;
  if (char_class (c) == CC_ALNUM)
    return attribution_follows (s, p, ATTRIBUTION_WORDS);
  if (c == ',')
    /* "…", he said */
    return attribution_follows (s, p + 1, ATTRIBUTION_WORDS);
  if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == 0x2026)
    return NEXT_SENTENCE;
  if (is_quote_char (c))
    return NEXT_WORD;
  return NEXT_OTHER;
}

/* The last character of the quote's text, looking through the closing
 * marks of inner quotes. */
static gunichar
last_inner_char (const Scanner *s,
                 const QcQuote *q)
{
  gsize lo = q->start + q->open_len;
  gsize p = q->end - q->close_len;
  gunichar c;
  guint n = 0;

  do
    c = char_before (s->data, p, lo, &p);
  while (c != EDGE && (is_space_char (c) || (is_quote_char (c) && n++ < 4)));
  return c;
}

/* The first letter or digit of the quote's text, skipping opening
 * punctuation; EDGE when there is none near the start. */
static gunichar
first_inner_char (const Scanner *s,
                  const QcQuote *q)
{
  gsize p = q->start + q->open_len;
  gsize hi = MIN (q->end - q->close_len, p + 32);

  while (p < hi)
    {
      guint len;
      gunichar c = char_at (s->data, p, hi, &len);

      if (char_class (c) == CC_ALNUM)
        return c;
      p += len;
    }
  return EDGE;
}

/* Short words a title leaves in lower case: “Ask the Mayor” */
static const char * const title_small_words[] = {
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of",
  "on", "or", "the", "to", "vs", "with",
};

/* Whether the quote's text reads as a title: two to seven words, at least
 * two of them capitalised and every other one a small word or a number. */
static gboolean
is_title_case (const Scanner *s,
               const QcQuote *q)
{
  const guchar *d = s->data;
  gsize p = q->start + q->open_len;
  gsize hi = q->end - q->close_len;
  guint words = 0, capitalised = 0;

  if (hi - p > 80)
    return FALSE;
  while (p < hi)
    {
      guint len;
      gunichar c = char_at (d, p, hi, &len);
      gsize start = p;
      char buf[8];

      if (char_class (c) != CC_ALNUM)
        {
          p += len;
          continue;
        }
      while (p < hi && char_class (char_at (d, p, hi, &len)) == CC_ALNUM)
        p += len;
      words++;
      if (is_upper (c))
        capitalised++;
      else if (is_lower (c)
               && !(lower_word (d, start, p, buf, sizeof buf)
                    && word_in (buf, title_small_words, G_N_ELEMENTS (title_small_words))))
        return FALSE;
    }
  return words >= 2 && words <= 7 && capitalised >= 2;
}

/* Whether @q continues the previous quote of the paragraph after an
 * attribution: “A,” he said, “b.” */
static gboolean
continues_split_quote (const Scanner *s,
                       const QcQuote *prev,
                       const QcQuote *q)
{
  const guchar *d = s->data;
  gunichar last;
  guint words = 0;
  gboolean verb = FALSE;
  gsize p;

  if (prev == NULL || prev->close_len == 0 || q->start - prev->end > CONTEXT_BYTES)
    return FALSE;

  last = last_inner_char (s, prev);
  if (last != ',' && last != '!' && last != '?' && last != '-' && last != 0x2014
      && !(prev->end < q->start && d[prev->end] == ','))
    return FALSE;

  p = prev->end;
  while (p < q->start)
    {
      guint len;
      gunichar c = char_at (d, p, q->start, &len);

      if (char_class (c) == CC_ALNUM)
        {
          gsize start = p;

          while (p < q->start && char_class (char_at (d, p, q->start, &len)) == CC_ALNUM)
            p += len;
          verb = verb || is_speech_verb (d, start, p);
          if (++words > SPLIT_GAP_WORDS)
            return FALSE;
          continue;
        }
      if ((c == '.' && !is_abbreviation_dot (d, p, s->para_start)) || c == '!' || c == '?'
          || is_quote_char (c))
        return FALSE;
      p += len;
    }
  return verb;
}

/*
 * Direct or partial, from three things:
 * - what comes before the opening mark: a word of the writer's own sentence
 *   (an article, preposition, "that", a verb other than a speech verb) builds
 *   the quote into that sentence: partial. The paragraph start, a sentence
 *   end (or a sentence-initial But/And), a colon, a comma or a speech verb
 *   set the quote off as an utterance.
 * - the quote's first letter: a lower-case start after a comma or a speech
 *   verb is a fragment, unless it resumes a quote split by an attribution
 *   (“A,” he said, “b.”); after a colon it is an utterance.
 * - what follows the closing mark: a quote that does not end a sentence and
 *   runs on into the writer's sentence is partial, when the next word is a
 *   preposition or conjunction ("…" for Harlow, said Okafor; "…," because),
 *   or when no attribution follows and either the quote is not at a
 *   sentence start ("…," Smith "opted…") or it has no closing punctuation
 *   (“this” came).
 *   An attribution (a speech verb within a few words, or a subject pronoun)
 *   or the paragraph end leaves it direct.
 * Titles (“Ask the Mayor”) are partial wherever they stand, except after a
 * colon, a speech verb or at the paragraph start.
 */
static QcClaimKind
classify_quote (const Scanner *s,
                const QcQuote *prev,
                const QcQuote *q)
{
  gboolean verb_before;
  PrevContext before = prev_context (s, q->start, TRUE, &verb_before);
  gunichar first, last;
  NextContext after;
  gboolean ends_sentence;

  if (before == PREV_WORD)
    return QC_CLAIM_KIND_PARTIAL;

  first = first_inner_char (s, q);
  if (is_lower (first))
    {
      switch (before)
        {
        case PREV_COMMA:
        case PREV_VERB:
          return continues_split_quote (s, prev, q) ? QC_CLAIM_KIND_DIRECT
                                                    : QC_CLAIM_KIND_PARTIAL;
        case PREV_OTHER:
          return QC_CLAIM_KIND_PARTIAL;
        case PREV_COLON:
          return QC_CLAIM_KIND_DIRECT;
        case PREV_START:
        case PREV_SENTENCE:
        case PREV_WORD:
        default:
          break;
        }
    }

  if (before != PREV_COLON && before != PREV_START && !verb_before && is_title_case (s, q))
    return QC_CLAIM_KIND_PARTIAL;

  last = last_inner_char (s, q);
  ends_sentence = last == '.' || last == '!' || last == '?' || last == 0x2026;
  after = q->close_len == 0 ? NEXT_END : next_context (s, q->end);
  if (!ends_sentence
      && (after == NEXT_CONTINUATION
          || (after == NEXT_WORD
              && ((before != PREV_START && before != PREV_SENTENCE && before != PREV_COLON)
                  || char_class (last) == CC_ALNUM))))
    return QC_CLAIM_KIND_PARTIAL;
  return QC_CLAIM_KIND_DIRECT;
}

static void
classify_paragraph (Scanner *s)
{
  const QcQuote *prev = NULL;

  for (guint i = s->para_first_out; i < s->out->len; i++)
    {
      QcQuote *q = &g_array_index (s->out, QcQuote, i);

      q->kind = classify_quote (s, prev, q);
      prev = q;
    }
}

/* Scans paragraph @i of @paras; the scanner carries on from the paragraph
 * before it (a quote it left open may go on in this one). */
static void
scan_paragraph (Scanner       *s,
                const QcRange *paras,
                guint          n_paras,
                guint          i)
{
  gsize p;

  s->para_start = paras[i].start;
  s->para_end = paras[i].end;
  s->para_index = i;
  s->para_first_out = s->out->len;
  s->depth = 0;
  s->la_from = G_MAXSIZE;
  s->la_pos = 0;

  p = s->para_start;
  while ((p = next_candidate (s->data, p, s->para_end)) < s->para_end)
    {
      MarkType type;
      guint len;

      if (!read_mark (s->data, p, s->para_end, &type, &len))
        {
          p += len;
          continue;
        }

      if (type == MARK_STRAIGHT_SINGLE && p + 1 < s->para_end && s->data[p + 1] == '\'')
        {
          gsize run = 1;

          while (p + run < s->para_end && s->data[p + run] == '\'' && run < 4)
            run++;
          if (run >= 4)
            {
              /* a row of apostrophes is no mark */
              while (p < s->para_end && s->data[p] == '\'')
                p++;
              continue;
            }
          type = MARK_DOUBLED_APOS;
          len = 2;
          if (run == 3)
            {
              gsize prev_start;
              guint next_len;
              gunichar before = char_before (s->data, p, s->para_start, &prev_start);
              gunichar after = char_at (s->data, p + 3, s->para_end, &next_len);

              /* closing: the inner single closes first ('''' read as ' + '');
               * opening: the double opens first */
              if (char_class (before) != CC_SPACE && char_class (after) != CC_ALNUM)
                {
                  type = MARK_STRAIGHT_SINGLE;
                  len = 1;
                }
            }
        }

      handle_mark (s, p, type, len);
      p += len;
    }

  end_paragraph (s, i + 1 < n_paras ? &paras[i + 1] : NULL);
  classify_paragraph (s);
}

/* Texts from this size on are scanned by two threads, each taking half of
 * the paragraphs. A paragraph is scanned the same way whatever came before
 * it, unless a quote left open before it goes on in it: the second thread
 * starts as if none did, and when one does, this thread scans on from the
 * middle until a paragraph ends with no quote left open in both scans,
 * after which the second thread's quotes are the right ones. */
#define PARALLEL_MIN_BYTES (256 * 1024)

typedef struct
{
  Scanner        s;
  const QcRange *paras;
  guint          n_paras;
  guint          first;     /* paragraphs [first, n_paras) */
  guint         *out_end;   /* per paragraph: s.out->len after it */
  gboolean      *open_end;  /* per paragraph: left a quote that may go on */
} Half;

static gpointer
scan_half (gpointer data)
{
  Half *h = data;

  for (guint i = h->first; i < h->n_paras; i++)
    {
      scan_paragraph (&h->s, h->paras, h->n_paras, i);
      h->out_end[i - h->first] = h->s.out->len;
      h->open_end[i - h->first] = h->s.cont_index >= 0;
    }
  return NULL;
}

static void
scan_in_halves (Scanner       *s,
                const QcText  *text,
                const QcRange *paras,
                guint          n_paras)
{
  guint middle = qc_text_paragraph_at (text, qc_text_get_length (text) / 2);
  g_autofree guint *out_end = NULL;
  g_autofree gboolean *open_end = NULL;
  Half h = { { 0, }, };
  GThread *thread;
  guint i;

  if (middle == 0)
    {
      for (i = 0; i < n_paras; i++)
        scan_paragraph (s, paras, n_paras, i);
      return;
    }

  out_end = g_new (guint, n_paras - middle);
  open_end = g_new (gboolean, n_paras - middle);
  h.s.data = s->data;
  h.s.out = g_array_new (FALSE, TRUE, sizeof (QcQuote));
  h.s.cont_index = -1;
  h.paras = paras;
  h.n_paras = n_paras;
  h.first = middle;
  h.out_end = out_end;
  h.open_end = open_end;

  thread = g_thread_try_new ("qc-quote-scan", scan_half, &h, NULL);
  if (thread == NULL)
    scan_half (&h);
  for (i = 0; i < middle; i++)
    scan_paragraph (s, paras, n_paras, i);
  if (thread != NULL)
    g_thread_join (thread);

  /* on from the middle while the paragraph before left a quote open in
   * this scan or in the second thread's */
  for (i = middle; i < n_paras; i++)
    {
      if (s->cont_index < 0 && (i == middle || !open_end[i - 1 - middle]))
        break;
      scan_paragraph (s, paras, n_paras, i);
    }
  if (i < n_paras)
    {
      guint from = i == middle ? 0 : out_end[i - 1 - middle];

      g_array_append_vals (s->out, &g_array_index (h.s.out, QcQuote, from),
                           h.s.out->len - from);
    }
  g_array_unref (h.s.out);
}

static GArray *
scan (const QcText *text,
      gboolean      in_halves)
{
  Scanner s = { 0, };
  const QcRange *paras;
  guint n_paras;
  guint utterance = 0;

  s.data = (const guchar *) qc_text_get_data (text);
  s.out = g_array_new (FALSE, TRUE, sizeof (QcQuote));
  s.cont_index = -1;
  paras = qc_text_get_paragraphs (text, &n_paras);

  if (in_halves && n_paras > 1)
    scan_in_halves (&s, text, paras, n_paras);
  else
    for (guint i = 0; i < n_paras; i++)
      scan_paragraph (&s, paras, n_paras, i);

  for (guint i = 0; i < s.out->len; i++)
    {
      QcQuote *q = &g_array_index (s.out, QcQuote, i);

      if (i > 0 && g_array_index (s.out, QcQuote, i - 1).continues)
        {
          const QcQuote *prev = &g_array_index (s.out, QcQuote, i - 1);

          q->utterance = prev->utterance;
          q->kind = prev->kind;
        }
      else
        q->utterance = utterance++;
    }

  return s.out;
}

/**
 * qc_quote_scan:
 * @text: a #QcText
 *
 * Finds the quotations of @text: pairs opening and closing marks of every
 * common style (“ ” ‘ ’ « » ‹ › „ ‚, straight " and ', doubled '' used as
 * double quotes), tells apostrophes from single quotes, and classifies each
 * outermost quote as direct or partial. Quotes nested inside another are not
 * reported. A quote left open at a paragraph end runs to that end; when the
 * next paragraph starts with a mark of the same family the quote goes on
 * there, as a new piece with the same @utterance.
 *
 * Linear in the length of @text; byte offsets into qc_text_get_data(). A
 * text of PARALLEL_MIN_BYTES (256 KiB) or more is scanned by this thread
 * and a second one, with the same result.
 *
 * Returns: (transfer full) (element-type QcQuote): the quotes, sorted by
 *   start
 */
GArray *
qc_quote_scan (const QcText *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return scan (text, qc_text_get_length (text) >= PARALLEL_MIN_BYTES);
}

/**
 * qc_quote_scan_full:
 * @text: a #QcText
 * @in_halves: scan the text with two threads, whatever its size
 *
 * qc_quote_scan() with the choice of threads made by the caller, for
 * tests: the result is the same either way.
 *
 * Returns: (transfer full) (element-type QcQuote): the quotes
 */
GArray *
qc_quote_scan_full (const QcText *text,
                    gboolean      in_halves)
{
  g_return_val_if_fail (text != NULL, NULL);

  return scan (text, in_halves);
}
