/* qc-speakers.c: cluster speaker mentions into speakers
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-speakers"

#include <string.h>

#include "qc-speakers.h"

#include "qc-mentions.h"

/* The mentions stage links the mentions of one entity (last name, first
 * name, acronym and expansion, definite descriptions), and attribution
 * adds what pronouns and descriptions resolved to; here each entity that
 * speaks becomes one speaker, named by its fullest form. Clusters that
 * still share a last name and agree on the first name are merged through a
 * table keyed by the normalised last name. */

#define MAX_ALIASES 8
#define ENTITY_HOPS 8

void
qc_speaker_cluster_free (QcSpeakerCluster *cluster)
{
  if (cluster == NULL)
    return;
  g_free (cluster->name);
  g_free (cluster->role);
  g_clear_pointer (&cluster->aliases, g_ptr_array_unref);
  g_free (cluster);
}

typedef struct
{
  const char      *data;
  const QcMention *m;
  guint            n;
} Ctx;

static gint
entity_of (const Ctx *c,
           gint       mention)
{
  gint e = mention;

  for (guint hop = 0; hop < ENTITY_HOPS && e >= 0; hop++)
    {
      gint next = c->m[e].entity;

      if (next == e || next < 0 || (guint) next >= c->n)
        break;
      e = next;
    }
  return e;
}

static inline gboolean
is_space_byte (const char *data,
               gsize       i,
               gsize       end,
               guint      *len)
{
  guchar c = data[i];

  *len = 1;
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
    return TRUE;
  if (c == 0xC2 && i + 1 < end && (guchar) data[i + 1] == 0xA0)
    {
      *len = 2;
      return TRUE;
    }
  return FALSE;
}

/* The words of [start, end) separated by single spaces; middle initials
 * ("Maria K. Osei") dropped when @drop_initials, and a leading "the"
 * when @drop_article. */
static char *
normalise (const char *data,
           gsize       start,
           gsize       end,
           gboolean    drop_initials,
           gboolean    drop_article)
{
  GString *out = g_string_sized_new (end - start + 1);
  gsize words[32][2];
  guint n_words = 0;
  gsize i = start;

  while (i < end && n_words < G_N_ELEMENTS (words))
    {
      guint len;
      gsize ws;

      while (i < end && is_space_byte (data, i, end, &len))
        i += len;
      if (i >= end)
        break;
      ws = i;
      while (i < end && !is_space_byte (data, i, end, &len))
        i++;
      words[n_words][0] = ws;
      words[n_words][1] = i;
      n_words++;
    }

  for (guint w = 0; w < n_words; w++)
    {
      gsize ws = words[w][0];
      gsize we = words[w][1];

      if (drop_article && w == 0 && n_words > 1 && we - ws == 3 &&
          g_ascii_strncasecmp (data + ws, "the", 3) == 0)
        continue;
      if (drop_initials && w > 0 && w + 1 < n_words && we - ws == 2 && data[ws + 1] == '.' &&
          g_ascii_isupper (data[ws]) && !(words[0][1] - words[0][0] == 2 && data[words[0][0] + 1] == '.'))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, data + ws, we - ws);
    }
  return g_string_free (out, FALSE);
}

/* Words of a name, middle initials left out ("Maria K. Osei" has two). */
static guint
count_name_words (const char *data,
                  gsize       start,
                  gsize       end)
{
  guint n = 0;
  gsize i = start;

  while (i < end)
    {
      guint len;
      gsize ws;

      while (i < end && is_space_byte (data, i, end, &len))
        i += len;
      if (i >= end)
        break;
      ws = i;
      while (i < end && !is_space_byte (data, i, end, &len))
        i++;
      if (!(i - ws == 2 && data[ws + 1] == '.' && n > 0))
        n++;
    }
  return n;
}

static guint
count_words (const char *str)
{
  guint n = 0;
  gboolean in = FALSE;

  for (const char *p = str; *p; p++)
    {
      gboolean space = *p == ' ';

      if (!space && !in)
        n++;
      in = !space;
    }
  return n;
}

/* Does [start, end), its white space collapsed, read @str? Compares
 * without allocating, so that a name met a thousand times costs nothing. */
typedef struct
{
  gsize start;
  gsize end;
} Span;

/* Are the bytes of [start, end) those of @seen? @seen becomes them. */
static inline gboolean
same_bytes (const char *data,
            Span       *seen,
            gsize       start,
            gsize       end)
{
  gboolean same = seen->end > seen->start && end - start == seen->end - seen->start &&
                  memcmp (data + start, data + seen->start, end - start) == 0;

  seen->start = start;
  seen->end = end;
  return same;
}

static gboolean
range_equals (const char *data,
              gsize       start,
              gsize       end,
              const char *str)
{
  gsize i = start;
  const char *p = str;
  guint len;

  while (i < end && is_space_byte (data, i, end, &len))
    i += len;
  while (i < end)
    {
      /* the common case: the same byte, no space */
      if (*p == data[i] && *p != ' ')
        {
          p++;
          i++;
          continue;
        }
      if (is_space_byte (data, i, end, &len))
        {
          while (i < end && is_space_byte (data, i, end, &len))
            i += len;
          if (i >= end)
            break;
          if (*p != ' ')
            return FALSE;
          p++;
          continue;
        }
      if (*p != data[i])
        return FALSE;
      p++;
      i++;
    }
  return *p == '\0';
}

static void
add_alias (QcSpeakerCluster *cluster,
           const char       *data,
           gsize             start,
           gsize             end)
{
  g_autofree char *alias = NULL;

  if (end <= start || cluster->aliases->len >= MAX_ALIASES)
    return;
  if (cluster->name != NULL && range_equals (data, start, end, cluster->name))
    return;
  for (guint i = 0; i < cluster->aliases->len; i++)
    if (range_equals (data, start, end, g_ptr_array_index (cluster->aliases, i)))
      return;
  alias = normalise (data, start, end, FALSE, FALSE);
  if (*alias == '\0' || g_strcmp0 (alias, cluster->name) == 0)
    return;
  for (guint i = 0; i < cluster->aliases->len; i++)
    if (strcmp (g_ptr_array_index (cluster->aliases, i), alias) == 0)
      return;
  g_ptr_array_add (cluster->aliases, g_steal_pointer (&alias));
}

/* How good a mention is as the name of its speaker: names beat
 * organisations beat descriptions; more words beat fewer. */
static guint
name_score (const Ctx       *c,
            const QcMention *m)
{
  guint base = 0;

  switch (m->type)
    {
    case QC_MENTION_NAME:
      base = 300;
      break;
    case QC_MENTION_ORGANISATION:
      base = (m->flags & QC_MENTION_FLAG_ACRONYM) ? 150 : 200;
      break;
    case QC_MENTION_NOMINAL:
      base = 100;
      break;
    case QC_MENTION_PRONOUN:
    default:
      return 0;
    }
  return base + MIN (count_name_words (c->data, m->head_start, m->head_end), 20);
}

/* A description rather than a name: "a spokeswoman", "the government",
 * "Danish officials" (its head ends in a lower-case noun, or it is a
 * group). */
static gboolean
is_description (const Ctx       *c,
                const QcMention *m)
{
  gsize i = m->head_end;

  if (m->type == QC_MENTION_NOMINAL)
    return TRUE;
  if (m->type != QC_MENTION_ORGANISATION)
    return FALSE;
  if (m->gender == QC_GENDER_PLURAL)
    return TRUE;
  while (i > m->head_start && c->data[i - 1] != ' ' && c->data[i - 1] != '\n')
    i--;
  return g_ascii_islower (c->data[i]);
}

static const char *
last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');

  return sp != NULL ? sp + 1 : name;
}

static gboolean
first_names_agree (const char *a,
                   const char *b)
{
  const char *sa = strchr (a, ' ');
  const char *sb = strchr (b, ' ');
  gsize la;
  gsize lb;

  if (sa == NULL || sb == NULL)
    return TRUE;
  la = sa - a;
  lb = sb - b;
  if (a[0] != b[0])
    return FALSE;
  if ((la == 2 && a[1] == '.') || (lb == 2 && b[1] == '.'))
    return TRUE;
  return la == lb && strncmp (a, b, la) == 0;
}

/**
 * qc_speakers_cluster:
 * @text: the article
 * @mentions: (element-type QcMention): the mentions, with the entity links
 *   of the mentions and attribution stages
 * @used: one flag per mention: does a claim name it as its speaker?
 * @mention_speaker: (out caller-allocates) (array): one cluster index per
 *   mention, -1 for mentions whose entity says nothing
 *
 * Groups the speaking entities into speakers: one per entity, named by its
 * fullest form without honorifics, titles or middle initials ("Maria K.
 * Osei" -> "Maria Osei"), with the other surface forms as aliases and
 * the role from an apposition or a title.
 *
 * Returns: (transfer full) (element-type QcSpeakerCluster): the speakers, in
 *   order of their first claim
 */
GPtrArray *
qc_speakers_cluster (const QcText   *text,
                     const GArray   *mentions,
                     const gboolean *used,
                     gint           *mention_speaker)
{
  GPtrArray *clusters = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_speaker_cluster_free);
  g_autofree gint *cluster_of = NULL;
  g_autofree gint *best = NULL;
  g_autofree guint *best_score = NULL;
  g_autofree gint *role_from = NULL;
  g_autofree gint *merged = NULL;
  g_autofree Span *last = NULL;
  g_autoptr(GHashTable) by_last = NULL;
  Ctx ctx;
  Ctx *c = &ctx;

  g_return_val_if_fail (text != NULL, clusters);
  g_return_val_if_fail (mentions != NULL, clusters);
  g_return_val_if_fail (mention_speaker != NULL, clusters);

  c->data = qc_text_get_data (text);
  c->m = (const QcMention *) (gpointer) mentions->data;
  c->n = mentions->len;

  cluster_of = g_new (gint, c->n + 1);
  for (guint i = 0; i < c->n; i++)
    {
      cluster_of[i] = -1;
      mention_speaker[i] = -1;
    }

  /* one cluster per speaking entity, in order of first use */
  for (guint i = 0; i < c->n; i++)
    {
      gint e;

      if (used == NULL || !used[i])
        continue;
      e = entity_of (c, (gint) i);
      if (e < 0)
        continue;
      if (cluster_of[e] < 0)
        {
          QcSpeakerCluster *cluster = g_new0 (QcSpeakerCluster, 1);

          cluster->aliases = g_ptr_array_new_with_free_func (g_free);
          cluster_of[e] = (gint) clusters->len;
          g_ptr_array_add (clusters, cluster);
        }
    }

  if (clusters->len == 0)
    return clusters;

  /* the best name and the role of each cluster, over all its mentions */
  best = g_new (gint, clusters->len);
  best_score = g_new0 (guint, clusters->len);
  role_from = g_new (gint, clusters->len);
  for (guint k = 0; k < clusters->len; k++)
    best[k] = role_from[k] = -1;

  for (guint i = 0; i < c->n; i++)
    {
      const QcMention *m = &c->m[i];
      gint e;
      gint k;
      guint score;

      if (m->type == QC_MENTION_PRONOUN)
        continue;
      e = entity_of (c, (gint) i);
      if (e < 0 || (k = cluster_of[e]) < 0)
        continue;
      mention_speaker[i] = k;

      score = name_score (c, m);
      if (score > best_score[k])
        {
          best_score[k] = score;
          best[k] = (gint) i;
        }
      if (m->role_end > m->role_start &&
          (role_from[k] < 0 ||
           ((m->flags & QC_MENTION_FLAG_APPOSITION) &&
            !(c->m[role_from[k]].flags & QC_MENTION_FLAG_APPOSITION))))
        role_from[k] = (gint) i;
    }

  for (guint k = 0; k < clusters->len; k++)
    {
      QcSpeakerCluster *cluster = g_ptr_array_index (clusters, k);
      const QcMention *b = best[k] >= 0 ? &c->m[best[k]] : NULL;
      const QcMention *root = NULL;

      if (b == NULL)
        {
          cluster->name = g_strdup ("unknown");
          continue;
        }
      root = &c->m[entity_of (c, best[k])];
      if (is_description (c, b))
        {
          /* an unnamed source is named as the article introduces it: "a
           * senior council source", "Danish officials" */
          const QcMention *first = is_description (c, root) ? root : b;

          cluster->name = normalise (c->data, first->start, first->end, FALSE, FALSE);
        }
      else
        cluster->name = normalise (c->data, b->head_start, b->head_end, TRUE, TRUE);

      if (b->type == QC_MENTION_ORGANISATION)
        cluster->kind = QC_SPEAKER_KIND_ORGANISATION;
      else if ((root->flags & QC_MENTION_FLAG_PERSON) || (b->flags & QC_MENTION_FLAG_PERSON) ||
               root->gender == QC_GENDER_MALE || root->gender == QC_GENDER_FEMALE)
        cluster->kind = QC_SPEAKER_KIND_PERSON;
      else
        cluster->kind = QC_SPEAKER_KIND_UNKNOWN;

      if (role_from[k] >= 0)
        {
          const QcMention *r = &c->m[role_from[k]];

          cluster->role = normalise (c->data, r->role_start, r->role_end, FALSE, TRUE);
        }
    }

  /* aliases: the other surface forms, first seen first. An entity is
   * mostly written the same way again, and adding the same bytes twice
   * changes nothing, so a repeat of a cluster's last form is passed over. */
  last = g_new0 (Span, 2 * clusters->len);
  for (guint i = 0; i < c->n; i++)
    {
      const QcMention *m = &c->m[i];
      QcSpeakerCluster *cluster;
      Span *seen;

      if (mention_speaker[i] < 0)
        continue;
      cluster = g_ptr_array_index (clusters, mention_speaker[i]);
      if (cluster->aliases->len >= MAX_ALIASES)
        continue;
      seen = &last[2 * mention_speaker[i]];
      if (!same_bytes (c->data, &seen[0], m->start, m->end))
        add_alias (cluster, c->data, m->start, m->end);
      if (m->type == QC_MENTION_NAME && !same_bytes (c->data, &seen[1], m->head_start, m->head_end))
        add_alias (cluster, c->data, m->head_start, m->head_end);
    }

  /* clusters of people that still share a last name and agree on the
   * first name are one speaker ("Mr Smith" resolved apart from "John
   * Smith") */
  by_last = g_hash_table_new (g_str_hash, g_str_equal);
  merged = g_new (gint, clusters->len);
  for (guint k = 0; k < clusters->len; k++)
    {
      QcSpeakerCluster *cluster = g_ptr_array_index (clusters, k);
      const char *last = last_word (cluster->name);
      gpointer prev;

      merged[k] = (gint) k;
      if (cluster->kind != QC_SPEAKER_KIND_PERSON || best[k] < 0 || c->m[best[k]].type != QC_MENTION_NAME)
        continue;
      prev = g_hash_table_lookup (by_last, last);
      if (prev != NULL)
        {
          guint j = GPOINTER_TO_UINT (prev) - 1;
          QcSpeakerCluster *other = g_ptr_array_index (clusters, j);

          if (first_names_agree (cluster->name, other->name))
            {
              merged[k] = (gint) j;
              if (count_words (cluster->name) > count_words (other->name))
                {
                  g_autofree char *old = g_steal_pointer (&other->name);

                  other->name = g_strdup (cluster->name);
                  add_alias (other, old, 0, strlen (old));
                  g_hash_table_replace (by_last, (gpointer) last_word (other->name), GUINT_TO_POINTER (j + 1));
                }
              add_alias (other, cluster->name, 0, strlen (cluster->name));
              for (guint a = 0; a < cluster->aliases->len; a++)
                {
                  const char *alias = g_ptr_array_index (cluster->aliases, a);

                  add_alias (other, alias, 0, strlen (alias));
                }
              if (other->role == NULL && cluster->role != NULL)
                other->role = g_strdup (cluster->role);
              continue;
            }
        }
      g_hash_table_insert (by_last, (gpointer) last, GUINT_TO_POINTER (k + 1));
    }

  /* drop merged clusters, renumbering the rest */
  {
    g_autofree gint *new_index = g_new (gint, clusters->len);
    guint kept = 0;

    for (guint k = 0; k < clusters->len; k++)
      new_index[k] = merged[k] == (gint) k ? (gint) kept++ : -1;
    for (guint k = 0; k < clusters->len; k++)
      if (merged[k] != (gint) k)
        new_index[k] = new_index[merged[k]];
    for (guint i = 0; i < c->n; i++)
      if (mention_speaker[i] >= 0)
        mention_speaker[i] = new_index[mention_speaker[i]];
    g_hash_table_remove_all (by_last);
    for (guint k = clusters->len; k > 0; k--)
      if (merged[k - 1] != (gint) (k - 1))
        g_ptr_array_remove_index (clusters, k - 1);
  }

  return clusters;
}
