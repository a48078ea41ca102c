/* qc-import.c: article files (text, Markdown, HTML) to text and metadata
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "qc-html-import.h"
#include "qc-import.h"

G_DEFINE_QUARK (qc-import-error-quark, qc_import_error)

const char *
qc_import_format_to_string (QcImportFormat format)
{
  switch (format)
    {
    case QC_IMPORT_FORMAT_TEXT:
      return "text";
    case QC_IMPORT_FORMAT_MARKDOWN:
      return "markdown";
    case QC_IMPORT_FORMAT_HTML:
      return "html";
    case QC_IMPORT_FORMAT_AUTO:
    default:
      return "auto";
    }
}

void
qc_imported_article_free (QcImportedArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->text);
  g_free (article->title);
  g_free (article->author);
  g_free (article->published_at);
  g_free (article->url);
  g_free (article->outlet);
  g_free (article->language);
  g_free (article);
}

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize n = strlen (name);
  gsize s = strlen (suffix);

  return n >= s && g_ascii_strcasecmp (name + n - s, suffix) == 0;
}

static gboolean
starts_with_ci (const char *p,
                const char *end,
                const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

static gboolean
contains_ci (const char *data,
             gsize       length,
             const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (g_ascii_strncasecmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/**
 * qc_import_guess_format:
 * @name: (nullable): the file name, or %NULL for stdin
 *
 * The format by file name extension, else by a look at the first bytes:
 * an HTML document starts with a doctype or a tag.
 *
 * Returns: text, Markdown or HTML
 */
QcImportFormat
qc_import_guess_format (const char *name,
                        const char *data,
                        gsize       length)
{
  const char *p = data;
  const char *end;
  gsize head = MIN (length, 4096);

  if (name != NULL)
    {
      static const char *html[] = { ".html", ".htm", ".xhtml", ".shtml" };
      static const char *markdown[] = { ".md", ".markdown", ".mdown", ".mkd" };

      for (guint i = 0; i < G_N_ELEMENTS (html); i++)
        if (has_suffix_ci (name, html[i]))
          return QC_IMPORT_FORMAT_HTML;
      for (guint i = 0; i < G_N_ELEMENTS (markdown); i++)
        if (has_suffix_ci (name, markdown[i]))
          return QC_IMPORT_FORMAT_MARKDOWN;
      if (has_suffix_ci (name, ".txt"))
        return QC_IMPORT_FORMAT_TEXT;
    }

  if (data == NULL)
    return QC_IMPORT_FORMAT_TEXT;
  end = data + head;
  if (head >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (starts_with_ci (p, end, "<!doctype html") || starts_with_ci (p, end, "<html")
      || starts_with_ci (p, end, "<head") || starts_with_ci (p, end, "<body")
      || (starts_with_ci (p, end, "<?xml") && contains_ci (data, head, "<html")))
    return QC_IMPORT_FORMAT_HTML;
  if (starts_with_ci (p, end, "<!--") && contains_ci (data, head, "<html"))
    return QC_IMPORT_FORMAT_HTML;
  if (starts_with_ci (p, end, "---\n") && contains_ci (data, head, "\ntitle:"))
    return QC_IMPORT_FORMAT_MARKDOWN;
  return QC_IMPORT_FORMAT_TEXT;
}

/**
 * qc_import_normalise_date:
 * @value: a date as pages write it: ISO 8601, "2024/03/05", "5 March 2024",
 *   "March 5, 2024", RFC 2822
 *
 * Returns: (transfer full) (nullable): YYYY-MM-DD, or %NULL when @value is
 *   no date that can be read
 */
char *
qc_import_normalise_date (const char *value)
{
  g_autofree char *copy = NULL;
  g_autoptr(GDate) date = NULL;
  int y, m, d;
  char *p;

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;

  if (sscanf (value, "%4d-%2d-%2d", &y, &m, &d) == 3
      || sscanf (value, "%4d/%2d/%2d", &y, &m, &d) == 3)
    {
      if (g_date_valid_dmy (d, m, y))
        return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      return NULL;
    }

  /* RFC 2822 "Tue, 05 Mar 2024 10:00:00 GMT": drop the weekday and time */
  copy = g_strdup (value);
  p = strchr (copy, ',');
  if (p != NULL && p - copy == 3 && g_ascii_isalpha (copy[0]) && g_ascii_isalpha (copy[1])
      && g_ascii_isalpha (copy[2]))
    memmove (copy, p + 1, strlen (p + 1) + 1);
  p = strchr (copy, ':');
  if (p != NULL)
    {
      while (p > copy && p[-1] != ' ')
        p--;
      *p = '\0';
    }
  g_strstrip (copy);
  if (*copy == '\0' || strlen (copy) > 40)
    return NULL;

  date = g_date_new ();
  g_date_set_parse (date, copy);
  if (!g_date_valid (date) || g_date_get_year (date) < 1000)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Markdown */

static void
set_meta (char       **field,
          const char  *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (value));
  gsize n = strlen (copy);

  if (n >= 2 && ((copy[0] == '"' && copy[n - 1] == '"') || (copy[0] == '\'' && copy[n - 1] == '\'')))
    {
      copy[n - 1] = '\0';
      memmove (copy, copy + 1, n - 1);
    }
  if (*copy == '\0' || *field != NULL)
    return;
  *field = g_steal_pointer (&copy);
}

/* YAML front matter: only flat "key: value" lines are read. */
static const char *
read_front_matter (const char        *p,
                   const char        *end,
                   QcImportedArticle *meta)
{
  const char *start = p;

  if (!starts_with_ci (p, end, "---\n"))
    return p;
  p += 4;
  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      g_autofree char *line = g_strndup (p, (eol ? eol : end) - p);
      char *colon;

      p = eol ? eol + 1 : end;
      if (strcmp (line, "---") == 0 || strcmp (line, "...") == 0)
        return p;
      colon = strchr (line, ':');
      if (colon == NULL || meta == NULL)
        continue;
      *colon = '\0';
      g_strstrip (line);
      if (g_ascii_strcasecmp (line, "title") == 0)
        set_meta (&meta->title, colon + 1);
      else if (g_ascii_strcasecmp (line, "author") == 0 || g_ascii_strcasecmp (line, "byline") == 0)
        set_meta (&meta->author, colon + 1);
      else if (g_ascii_strcasecmp (line, "date") == 0 || g_ascii_strcasecmp (line, "published") == 0)
        {
          g_autofree char *date = qc_import_normalise_date (colon + 1);

          set_meta (&meta->published_at, date ? date : colon + 1);
        }
      else if (g_ascii_strcasecmp (line, "url") == 0 || g_ascii_strcasecmp (line, "link") == 0)
        set_meta (&meta->url, colon + 1);
      else if (g_ascii_strcasecmp (line, "outlet") == 0 || g_ascii_strcasecmp (line, "publication") == 0
               || g_ascii_strcasecmp (line, "source") == 0 || g_ascii_strcasecmp (line, "site") == 0)
        set_meta (&meta->outlet, colon + 1);
      else if (g_ascii_strcasecmp (line, "lang") == 0 || g_ascii_strcasecmp (line, "language") == 0)
        set_meta (&meta->language, colon + 1);
    }
  /* No closing line: it was not front matter after all. */
  return start;
}

static gboolean
is_rule (const char *line,
         gsize       n)
{
  char mark = 0;
  guint count = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (line[i] == ' ' || line[i] == '\t')
        continue;
      if (line[i] != '-' && line[i] != '*' && line[i] != '_' && line[i] != '=')
        return FALSE;
      if (mark != 0 && line[i] != mark)
        return FALSE;
      mark = line[i];
      count++;
    }
  return count >= 3;
}

static gboolean
is_word_char (const char *p,
              const char *start,
              const char *end)
{
  if (p < start || p >= end)
    return FALSE;
  return g_ascii_isalnum (*p) || ((guchar) *p >= 0x80);
}

/* Inline Markdown: links and images to their text, emphasis marks and
 * code ticks removed, backslash escapes resolved. Quotation marks and
 * apostrophes are text and stay. */
static void
append_inline (GString    *out,
               const char *p,
               const char *end)
{
  const char *start = p;

  while (p < end)
    {
      if (*p == '\\' && p + 1 < end && g_ascii_ispunct (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
          continue;
        }
      if ((*p == '[' || (*p == '!' && p + 1 < end && p[1] == '[')))
        {
          gboolean image = *p == '!';
          const char *text = p + (image ? 2 : 1);
          const char *close = text;
          int depth = 1;

          while (close < end && depth > 0)
            {
              if (*close == '[')
                depth++;
              else if (*close == ']')
                depth--;
              if (depth > 0)
                close++;
            }
          if (close < end && close + 1 < end && (close[1] == '(' || close[1] == '['))
            {
              char closer = close[1] == '(' ? ')' : ']';
              const char *target = memchr (close + 2, closer, end - (close + 2));

              if (target != NULL)
                {
                  if (!image)
                    append_inline (out, text, close);
                  p = target + 1;
                  continue;
                }
            }
        }
      if (*p == '<' && p + 1 < end && (starts_with_ci (p + 1, end, "http://")
                                       || starts_with_ci (p + 1, end, "https://")
                                       || starts_with_ci (p + 1, end, "mailto:")))
        {
          const char *close = memchr (p, '>', end - p);

          if (close != NULL)
            {
              g_string_append_len (out, p + 1, close - p - 1);
              p = close + 1;
              continue;
            }
        }
      if (*p == '`')
        {
          const char *q = p;

          while (q < end && *q == '`')
            q++;
          p = q;
          continue;
        }
      if (*p == '*' || *p == '_')
        {
          const char *q = p;
          gboolean before;
          gboolean after;

          while (q < end && *q == *p)
            q++;
          before = p > start && !g_ascii_isspace (p[-1]);
          after = q < end && !g_ascii_isspace (*q);
          if (q - p <= 3 && (before || after)
              && (*p == '*' || !(is_word_char (p - 1, start, end) && is_word_char (q, start, end))))
            {
              p = q;
              continue;
            }
          g_string_append_len (out, p, q - p);
          p = q;
          continue;
        }
      g_string_append_c (out, *p);
      p++;
    }
}

/**
 * qc_import_markdown_to_text:
 * @meta: (nullable): receives front matter and the first heading as title
 *
 * Plain text from Markdown: headings, quotes and list items become
 * paragraphs without their marks, links keep their text, images and link
 * definitions go, emphasis marks go. Linear in @length.
 *
 * Returns: (transfer full): the text, paragraphs separated by blank lines
 */
char *
qc_import_markdown_to_text (const char        *data,
                            gsize              length,
                            QcImportedArticle *meta)
{
  const char *end = data + length;
  const char *p = data;
  GString *out = g_string_sized_new (length);
  gboolean in_fence = FALSE;
  gboolean blank_pending = FALSE;

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  p = read_front_matter (p, end, meta);

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line = p;
      const char *line_end = eol ? eol : end;
      const char *next_line;
      gsize n;

      p = eol ? eol + 1 : end;
      if (line_end > line && line_end[-1] == '\r')
        line_end--;
      n = line_end - line;

      if (n >= 3 && (memcmp (line, "```", 3) == 0 || memcmp (line, "~~~", 3) == 0))
        {
          in_fence = !in_fence;
          blank_pending = TRUE;
          continue;
        }
      if (in_fence)
        {
          if (out->len > 0)
            g_string_append (out, blank_pending ? "\n\n" : "\n");
          blank_pending = FALSE;
          g_string_append_len (out, line, n);
          continue;
        }

      while (line < line_end && (*line == ' ' || *line == '\t'))
        line++;
      n = line_end - line;
      if (n == 0 || is_rule (line, n))
        {
          blank_pending = TRUE;
          continue;
        }

      /* A setext underline on the next line makes this line a heading. */
      next_line = p;
      if (next_line < end)
        {
          const char *next_eol = memchr (next_line, '\n', end - next_line);
          const char *next_end = next_eol ? next_eol : end;

          if (next_end > next_line && is_rule (next_line, next_end - next_line)
              && (*next_line == '=' || *next_line == '-'))
            {
              if (meta != NULL && meta->title == NULL && *next_line == '=')
                meta->title = g_strndup (line, n);
              p = next_eol ? next_eol + 1 : end;
              if (out->len > 0)
                g_string_append (out, "\n\n");
              append_inline (out, line, line_end);
              blank_pending = TRUE;
              continue;
            }
        }

      /* Link definitions "[ref]: url" are not text. */
      if (*line == '[')
        {
          const char *close = memchr (line, ']', n);

          if (close != NULL && close + 1 < line_end && close[1] == ':')
            continue;
        }

      if (*line == '#')
        {
          const char *h = line;
          const char *h_end = line_end;
          guint level = 0;

          while (h < h_end && *h == '#')
            {
              h++;
              level++;
            }
          if (level <= 6 && (h == h_end || *h == ' ' || *h == '\t'))
            {
              while (h < h_end && (*h == ' ' || *h == '\t'))
                h++;
              while (h_end > h && (h_end[-1] == '#' || h_end[-1] == ' '))
                h_end--;
              if (meta != NULL && meta->title == NULL && level == 1 && h_end > h)
                {
                  GString *title = g_string_new (NULL);

                  append_inline (title, h, h_end);
                  meta->title = g_string_free (title, FALSE);
                }
              if (out->len > 0)
                g_string_append (out, "\n\n");
              append_inline (out, h, h_end);
              blank_pending = TRUE;
              continue;
            }
        }

      while (line < line_end && *line == '>')
        {
          line++;
          while (line < line_end && *line == ' ')
            line++;
        }
      if (line + 1 < line_end && (*line == '-' || *line == '*' || *line == '+') && line[1] == ' ')
        {
          line += 2;
          blank_pending = TRUE;
        }
      else
        {
          const char *d = line;

          while (d < line_end && g_ascii_isdigit (*d))
            d++;
          if (d > line && d - line <= 9 && d + 1 < line_end && (*d == '.' || *d == ')') && d[1] == ' ')
            {
              line = d + 2;
              blank_pending = TRUE;
            }
        }
      if (line >= line_end)
        {
          blank_pending = TRUE;
          continue;
        }

      if (out->len > 0)
        g_string_append (out, blank_pending ? "\n\n" : "\n");
      blank_pending = FALSE;
      append_inline (out, line, line_end);
    }

  return g_string_free (out, FALSE);
}

/**
 * qc_import_parse:
 * @name: (nullable): the file name, for the format and messages
 * @format: the format, or %QC_IMPORT_FORMAT_AUTO to guess
 *
 * Returns: (transfer full): the article's text and metadata, or %NULL
 *   with @error set
 */
QcImportedArticle *
qc_import_parse (const char      *data,
                 gsize            length,
                 const char      *name,
                 QcImportFormat   format,
                 GError         **error)
{
  g_autoptr(QcImportedArticle) article = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (format == QC_IMPORT_FORMAT_AUTO)
    format = qc_import_guess_format (name, data, length);

  if (format == QC_IMPORT_FORMAT_HTML)
    {
      article = qc_html_import (data, length, error);
      if (article == NULL)
        return NULL;
      article->text_length = strlen (article->text);
    }
  else
    {
      article = g_new0 (QcImportedArticle, 1);
      /* Markdown conversion needs valid UTF-8 to find characters; anything
       * else goes on as it is, for the text check to name the problem. */
      if (format == QC_IMPORT_FORMAT_MARKDOWN && memchr (data, '\0', length) == NULL
          && g_utf8_validate_len (data, length, NULL))
        {
          article->text = qc_import_markdown_to_text (data, length, article);
          article->text_length = strlen (article->text);
        }
      else
        {
          article->text = g_malloc (length + 1);
          memcpy (article->text, data, length);
          article->text[length] = '\0';
          article->text_length = length;
        }
    }
  article->format = format;
  return g_steal_pointer (&article);
}
