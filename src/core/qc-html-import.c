/* qc-html-import.c: the article in an HTML page, with libxml2
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "qc-html-import.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Deeply nested junk must not exhaust the stack. */
#define MAX_DEPTH 256

typedef struct
{
  GString  *out;
  GString  *paragraph;
  gboolean  space;       /* a space is due before the next word */
  char     *author;      /* from a byline in the page */
  char     *date;        /* from a <time datetime> */
} Extract;

static gboolean
name_is (xmlNode    *node,
         const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL
         && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static char *
dup_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
attr_is (xmlNode    *node,
         const char *name,
         const char *value)
{
  g_autofree char *attr = dup_attr (node, name);

  return attr != NULL && g_ascii_strcasecmp (g_strstrip (attr), value) == 0;
}

/* White space collapsed, ends trimmed. */
static char *
collapse (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; p && *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = collapse ((const char *) content);

  xmlFree (content);
  return text;
}

static void
take (char **field,
      char  *value)
{
  if (*field == NULL && value != NULL && *value != '\0')
    *field = value;
  else
    g_free (value);
}

/* Class and id words that mark page furniture rather than the article. */
static gboolean
is_boilerplate_word (const char *word)
{
  static const char *words[] = {
    "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs",
    "comments", "cookie", "cookies", "footer", "menu", "modal", "nav", "navbar",
    "navigation", "newsletter", "popup", "promo", "recommended", "related", "share",
    "sharing", "sidebar", "social", "subscribe", "subscription",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (word, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_word (xmlNode    *node,
          const char *attr,
          gboolean  (*match) (const char *word))
{
  g_autofree char *value = dup_attr (node, attr);
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;
  words = g_strsplit_set (value, " \t\n-_", -1);
  for (guint i = 0; words[i]; i++)
    if (*words[i] && match (words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_byline_word (const char *word)
{
  return g_ascii_strcasecmp (word, "byline") == 0 || g_ascii_strcasecmp (word, "author") == 0;
}

static gboolean
is_skipped (xmlNode *node)
{
  static const char *skipped[] = {
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "button", "select", "option", "textarea", "input", "label", "iframe",
    "svg", "math", "canvas", "object", "embed", "audio", "video", "map", "figure",
    "figcaption", "dialog", "menu", "head", "title", "meta", "link",
  };
  static const char *roles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
    "alert", "menu", "menubar", "toolbar",
  };
  g_autofree char *role = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    if (name_is (node, skipped[i]))
      return TRUE;
  if (xmlHasProp (node, (const xmlChar *) "hidden") || attr_is (node, "aria-hidden", "true"))
    return TRUE;
  role = dup_attr (node, "role");
  if (role != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
      if (g_ascii_strcasecmp (g_strstrip (role), roles[i]) == 0)
        return TRUE;
  return has_word (node, "class", is_boilerplate_word) || has_word (node, "id", is_boilerplate_word);
}

static gboolean
is_block (xmlNode *node)
{
  static const char *blocks[] = {
    "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol",
    "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
    "hr", "address", "center", "body", "details", "summary",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (name_is (node, blocks[i]))
      return TRUE;
  return FALSE;
}

static void
flush (Extract *ex)
{
  while (ex->paragraph->len > 0 && g_ascii_isspace (ex->paragraph->str[ex->paragraph->len - 1]))
    g_string_truncate (ex->paragraph, ex->paragraph->len - 1);
  if (ex->paragraph->len > 0)
    {
      if (ex->out->len > 0)
        g_string_append (ex->out, "\n\n");
      g_string_append_len (ex->out, ex->paragraph->str, ex->paragraph->len);
    }
  g_string_truncate (ex->paragraph, 0);
  ex->space = FALSE;
}

static void
append_text (Extract    *ex,
             const char *text,
             gboolean    pre)
{
  for (const char *p = text; *p; p++)
    {
      if (pre)
        {
          g_string_append_c (ex->paragraph, *p);
          continue;
        }
      if (g_ascii_isspace (*p))
        {
          ex->space = ex->paragraph->len > 0;
          continue;
        }
      if (ex->space)
        g_string_append_c (ex->paragraph, ' ');
      ex->space = FALSE;
      g_string_append_c (ex->paragraph, *p);
    }
}

static gboolean
is_byline (xmlNode *node)
{
  return has_word (node, "class", is_byline_word) || attr_is (node, "rel", "author")
         || attr_is (node, "itemprop", "author");
}

/* The first byline and <time datetime> under @node, headers included. */
static void
scan_byline (Extract *ex,
             xmlNode *node,
             guint    depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE || name_is (node, "script") || name_is (node, "style"))
        continue;
      if (name_is (node, "time") && ex->date == NULL)
        ex->date = dup_attr (node, "datetime");
      if (ex->author == NULL && is_byline (node))
        {
          char *byline = node_text (node);

          if (g_ascii_strncasecmp (byline, "by ", 3) == 0)
            memmove (byline, byline + 3, strlen (byline + 3) + 1);
          if (strlen (byline) < 120)
            take (&ex->author, byline);
          else
            g_free (byline);
          continue;
        }
      scan_byline (ex, node->children, depth + 1);
    }
}

static void
walk (Extract  *ex,
      xmlNode  *node,
      gboolean  pre,
      guint     depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          if (node->content != NULL)
            append_text (ex, (const char *) node->content, pre);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (is_byline (node))
        continue;
      if (is_skipped (node))
        continue;
      if (name_is (node, "br"))
        {
          g_string_append_c (ex->paragraph, '\n');
          ex->space = FALSE;
          continue;
        }
      if (is_block (node))
        {
          flush (ex);
          walk (ex, node->children, pre || name_is (node, "pre"), depth + 1);
          flush (ex);
        }
      else
        walk (ex, node->children, pre, depth + 1);
    }
}

/* The element that holds the article: an explicit articleBody, else the
 * <article> (or <main>) with the most paragraph text, else <body>. */
static gsize
paragraph_chars (xmlNode *node,
                 guint    depth)
{
  gsize n = 0;

  if (depth > MAX_DEPTH)
    return 0;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (name_is (child, "p"))
        {
          g_autofree char *text = node_text (child);

          n += strlen (text);
        }
      else
        n += paragraph_chars (child, depth + 1);
    }
  return n;
}

static void
find_candidates (xmlNode  *node,
                 xmlNode **body,
                 xmlNode **article_body,
                 xmlNode **best,
                 gsize    *best_chars,
                 guint     depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (name_is (node, "body") && *body == NULL)
        *body = node;
      if (*article_body == NULL && attr_is (node, "itemprop", "articleBody"))
        *article_body = node;
      if (name_is (node, "article") || name_is (node, "main") || attr_is (node, "role", "main"))
        {
          gsize n = paragraph_chars (node, 0);

          if (n > *best_chars)
            {
              *best = node;
              *best_chars = n;
            }
        }
      if (name_is (node, "script") || name_is (node, "style"))
        continue;
      find_candidates (node->children, body, article_body, best, best_chars, depth + 1);
    }
}

static void
read_meta (xmlNode           *node,
           QcImportedArticle *article,
           char             **doc_title,
           guint              depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (name_is (node, "html"))
        take (&article->language, dup_attr (node, "lang"));
      if (name_is (node, "title") && *doc_title == NULL)
        *doc_title = node_text (node);
      if (name_is (node, "link"))
        {
          g_autofree char *href = attr_is (node, "rel", "canonical") ? dup_attr (node, "href") : NULL;

          /* The canonical link wins over og:url. */
          if (href != NULL && *href != '\0')
            {
              g_free (article->url);
              article->url = g_steal_pointer (&href);
            }
        }
      if (name_is (node, "meta"))
        {
          g_autofree char *key = dup_attr (node, "property");
          g_autofree char *content = dup_attr (node, "content");

          if (key == NULL)
            key = dup_attr (node, "name");
          if (key == NULL)
            key = dup_attr (node, "itemprop");
          if (key != NULL && content != NULL)
            {
              g_autofree char *value = collapse (content);

              g_strstrip (key);
              if (g_ascii_strcasecmp (key, "og:title") == 0 || g_ascii_strcasecmp (key, "twitter:title") == 0
                  || g_ascii_strcasecmp (key, "headline") == 0)
                take (&article->title, g_strdup (value));
              else if (g_ascii_strcasecmp (key, "author") == 0 || g_ascii_strcasecmp (key, "parsely-author") == 0
                       || g_ascii_strcasecmp (key, "sailthru.author") == 0 || g_ascii_strcasecmp (key, "dc.creator") == 0
                       || (g_ascii_strcasecmp (key, "article:author") == 0 && strstr (value, "://") == NULL))
                take (&article->author, g_strdup (value));
              else if (g_ascii_strcasecmp (key, "byl") == 0)
                take (&article->author, g_strdup (g_ascii_strncasecmp (value, "by ", 3) == 0 ? value + 3 : value));
              else if (g_ascii_strcasecmp (key, "article:published_time") == 0
                       || g_ascii_strcasecmp (key, "og:published_time") == 0
                       || g_ascii_strcasecmp (key, "datePublished") == 0
                       || g_ascii_strcasecmp (key, "date") == 0 || g_ascii_strcasecmp (key, "pubdate") == 0
                       || g_ascii_strcasecmp (key, "publishdate") == 0 || g_ascii_strcasecmp (key, "publish-date") == 0
                       || g_ascii_strcasecmp (key, "dc.date") == 0 || g_ascii_strcasecmp (key, "dc.date.issued") == 0
                       || g_ascii_strcasecmp (key, "parsely-pub-date") == 0 || g_ascii_strcasecmp (key, "sailthru.date") == 0)
                take (&article->published_at, qc_import_normalise_date (value));
              else if (g_ascii_strcasecmp (key, "og:url") == 0)
                take (&article->url, g_strdup (value));
              else if (g_ascii_strcasecmp (key, "og:site_name") == 0 || g_ascii_strcasecmp (key, "application-name") == 0)
                take (&article->outlet, g_strdup (value));
              else if (g_ascii_strcasecmp (key, "og:locale") == 0)
                take (&article->language, g_strdelimit (g_strdup (value), "_", '-'));
            }
        }
      read_meta (node->children, article, doc_title, depth + 1);
    }
}

/* libxml2 reads the charset a page declares; without one it would assume
 * Latin-1, wrong for most pages today, so valid UTF-8 is read as UTF-8. */
static const char *
choose_encoding (const char *data,
                 gsize       length)
{
  gsize head = MIN (length, 2048);

  for (gsize i = 0; i + 7 <= head; i++)
    if (g_ascii_strncasecmp (data + i, "charset", 7) == 0)
      return NULL;
  if (g_utf8_validate_len (data, length, NULL))
    return "UTF-8";
  return "windows-1252";
}

/**
 * qc_html_import:
 *
 * Parses an HTML page with libxml2's forgiving HTML parser (no network)
 * and keeps the article: title, byline, date, canonical URL, site name and
 * language from the meta tags where present, and the paragraphs of the
 * article element without navigation, scripts, styles, figures, forms or
 * page furniture.
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
QcImportedArticle *
qc_html_import (const char  *data,
                gsize        length,
                GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(QcImportedArticle) article = NULL;
  g_autofree char *doc_title = NULL;
  xmlNode *root;
  xmlNode *body = NULL;
  xmlNode *article_body = NULL;
  xmlNode *best = NULL;
  gsize best_chars = 0;
  Extract ex = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > G_MAXINT)
    {
      g_set_error (error, QC_IMPORT_ERROR, QC_IMPORT_ERROR_INVALID,
                   _("The HTML page is too large"));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, QC_IMPORT_ERROR, QC_IMPORT_ERROR_INVALID,
                   _("This is a binary file, not an HTML page"));
      return NULL;
    }

  doc = htmlReadMemory (data, (int) length, NULL, choose_encoding (data, length),
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                        | HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      g_set_error (error, QC_IMPORT_ERROR, QC_IMPORT_ERROR_EMPTY,
                   _("The HTML page has no content"));
      return NULL;
    }

  article = g_new0 (QcImportedArticle, 1);
  article->format = QC_IMPORT_FORMAT_HTML;
  read_meta (root, article, &doc_title, 0);
  find_candidates (root, &body, &article_body, &best, &best_chars, 0);

  ex.out = g_string_new (NULL);
  ex.paragraph = g_string_new (NULL);
  if (article_body == NULL)
    article_body = best;
  if (article_body != NULL)
    {
      scan_byline (&ex, article_body, 0);
      walk (&ex, article_body->children, FALSE, 0);
    }
  else
    walk (&ex, body ? body->children : root->children, FALSE, 0);
  scan_byline (&ex, body ? body : root, 0);
  flush (&ex);

  take (&article->title, g_steal_pointer (&doc_title));
  take (&article->author, g_steal_pointer (&ex.author));
  if (article->published_at == NULL && ex.date != NULL)
    take (&article->published_at, qc_import_normalise_date (ex.date));
  g_free (ex.date);
  g_string_free (ex.paragraph, TRUE);
  article->text = g_string_free (ex.out, FALSE);
  article->text_length = strlen (article->text);
  return g_steal_pointer (&article);
}
