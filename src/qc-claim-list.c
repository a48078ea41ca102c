/* qc-claim-list.c: the claims of one article in a sortable, filterable table
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-claim-list"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-claim-list.h"

/* Speaker filter entries that are not a speaker id */
#define SPEAKER_FILTER_ALL  0
#define SPEAKER_FILTER_NONE (-1)

struct _QcClaimList
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkDropDown         *speaker_filter;
  GtkDropDown         *evidence_filter;
  GtkDropDown         *kind_filter;
  GtkButton           *clear_filters_button;
  GtkLabel            *count_label;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *quote_column;
  GtkColumnViewColumn *speaker_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *evidence_column;
  GtkColumnViewColumn *annotator_column;

  /* Owned references */
  QcStore             *store;
  GListModel          *source;        /* shared, see qc_claim_list_set_model() */
  GListStore          *claims;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GtkStringList       *speaker_names;
  GArray              *speaker_ids;
  GHashTable          *annotator_names;
  GHashTable          *speaker_ranks;
  GHashTable          *annotator_ranks;
  GtkSorter           *speaker_sorter;
  GtkSorter           *annotator_sorter;

  gint64               article_id;
  gint64               selected_claim_id;
  gint64               filter_speaker_id;
  int                  filter_evidence;
  int                  filter_kind;
  guint                syncing;
  guint                use_source : 1;
  guint                reload_pending : 1;   /* see schedule_reload() */
  guint                scroll_pending : 1;

  GdkFrameClock       *frame_clock;
  gulong               after_paint_id;
  guint                flush_timeout_id;
};

G_DEFINE_FINAL_TYPE (QcClaimList, qc_claim_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE_ID,
  PROP_SELECTED_CLAIM_ID,
  N_PROPS
};

enum {
  CLAIM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef enum
{
  COLUMN_QUOTE,
  COLUMN_SPEAKER,
  COLUMN_KIND,
  COLUMN_EVIDENCE,
  COLUMN_ANNOTATOR,
} Column;

/* Labels */

static const char *
kind_label (QcClaimKind kind)
{
  switch (kind)
    {
    case QC_CLAIM_KIND_DIRECT:
      return C_("claim kind", "Direct");
    case QC_CLAIM_KIND_PARTIAL:
      return C_("claim kind", "Partial");
    case QC_CLAIM_KIND_INDIRECT:
      return C_("claim kind", "Indirect");
    default:
      return "";
    }
}

static const char *
evidence_label (QcEvidence evidence)
{
  switch (evidence)
    {
    case QC_EVIDENCE_UNASSESSED:
      return C_("evidence", "Unassessed");
    case QC_EVIDENCE_SUPPORTED:
      return C_("evidence", "Supported");
    case QC_EVIDENCE_UNSUPPORTED:
      return C_("evidence", "Unsupported");
    case QC_EVIDENCE_DISPUTED:
      return C_("evidence", "Disputed");
    default:
      return "";
    }
}

/* The article view's legend colours (ui/style.css), so a state looks the
 * same in the table as in the text. */
static const char *
evidence_css_class (QcEvidence evidence)
{
  switch (evidence)
    {
    case QC_EVIDENCE_SUPPORTED:
      return "supported";
    case QC_EVIDENCE_UNSUPPORTED:
      return "unsupported";
    case QC_EVIDENCE_DISPUTED:
      return "disputed";
    case QC_EVIDENCE_UNASSESSED:
    default:
      return "unassessed";
    }
}

static const char *
lookup_annotator (QcClaimList *self,
                  gint64       annotator_id)
{
  const char *name = g_hash_table_lookup (self->annotator_names, &annotator_id);

  if (name == NULL && self->store != NULL)
    {
      gint64 *key = g_new (gint64, 1);
      char *found = qc_store_dup_annotator_name (self->store, annotator_id, NULL);

      *key = annotator_id;
      name = found != NULL ? found : g_strdup ("");
      g_hash_table_insert (self->annotator_names, key, (char *) name);
    }
  return name;
}

/* Text of a claim on one line, for the table. */
static char *
dup_quote_line (QcClaim *claim)
{
  g_autofree char *text = qc_claim_dup_text (claim);

  if (text == NULL)
    return g_strdup ("");
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\n' || *p == '\t' || *p == '\r')
      *p = ' ';
  return g_steal_pointer (&text);
}

/* Selection: selected-claim-id is the truth, the row follows it */

static guint
find_visible_position (QcClaimList *self,
                       gint64       claim_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  if (claim_id <= 0)
    return GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (model, i);

      if (qc_claim_get_id (claim) == claim_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
scroll_to_position (QcClaimList *self,
                    guint        position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its list view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          break;
        }
    }
}

static void
sync_selection (QcClaimList *self,
                gboolean     scroll)
{
  guint position = find_visible_position (self, self->selected_claim_id);

  self->syncing++;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->syncing--;

  if (scroll && position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (GTK_WIDGET (self)))
    scroll_to_position (self, position);
}

static void
update_counts (QcClaimList *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->claims));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;
  gboolean filtered = self->filter_speaker_id != SPEAKER_FILTER_ALL
                      || self->filter_evidence >= 0
                      || self->filter_kind >= 0;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", total), total);
  else
    /* Translators: "3 of 12 claims" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u claim", "%u of %u claims", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_filters_button), filtered);

  if (total == 0)
    {
      if (self->article_id <= 0)
        {
          adw_status_page_set_title (self->empty_page, _("No Article"));
          adw_status_page_set_description (self->empty_page, _("Open an article to see its claims"));
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _("No Claims"));
          adw_status_page_set_description (self->empty_page,
                                           _("Select text in the article and press Ctrl+M to add a claim"));
        }
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "claims");
      gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "no-match");
    }
}

/* Loading */

typedef struct
{
  gint64      id;
  const char *name;
  char       *key;
} Ranked;

static void
ranked_clear (gpointer data)
{
  g_free (((Ranked *) data)->key);
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;
  int result = strcmp (ra->key, rb->key);

  if (result == 0 && ra->id != rb->id)
    result = ra->id < rb->id ? -1 : 1;
  return result;
}

/* Sorts @ranked by name and numbers the ids in that order: the column
 * sorters compare the numbers, not collated strings. Returns whether the
 * numbers differ from those in @ranks, which it replaces. */
static gboolean
assign_ranks (GArray      *ranked,
              GHashTable **ranks)
{
  g_autoptr(GHashTable) fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gboolean changed;

  for (guint i = 0; i < ranked->len; i++)
    {
      Ranked *r = &g_array_index (ranked, Ranked, i);

      r->key = g_utf8_collate_key (r->name != NULL ? r->name : "", -1);
    }
  g_array_sort (ranked, compare_ranked);

  for (guint i = 0; i < ranked->len; i++)
    g_hash_table_insert (fresh,
                         g_memdup2 (&g_array_index (ranked, Ranked, i).id, sizeof (gint64)),
                         GUINT_TO_POINTER (i + 1));

  changed = *ranks == NULL || g_hash_table_size (*ranks) != g_hash_table_size (fresh);
  if (!changed)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, fresh);
      while (!changed && g_hash_table_iter_next (&iter, &key, &value))
        changed = g_hash_table_lookup (*ranks, key) != value;
    }

  g_clear_pointer (ranks, g_hash_table_unref);
  *ranks = g_steal_pointer (&fresh);
  return changed;
}

static guint
lookup_rank (GHashTable *ranks,
             gint64      id)
{
  gpointer rank = ranks != NULL && id > 0 ? g_hash_table_lookup (ranks, &id) : NULL;

  /* Unattributed (or unknown) sorts last. */
  return rank != NULL ? GPOINTER_TO_UINT (rank) : G_MAXUINT;
}

static gboolean
same_strings (GListModel         *list,
              const char * const *strings)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (list, i);

      if (strings[i] == NULL || strcmp (gtk_string_object_get_string (string), strings[i]) != 0)
        return FALSE;
    }
  return strings[n] == NULL;
}

/* The speakers and annotators of @claims, numbered by name; the speaker
 * filter lists the same speakers in the same order. */
static void
rank_claims (QcClaimList *self,
             GListModel  *claims)
{
  guint n = claims != NULL ? g_list_model_get_n_items (claims) : 0;
  /* Sized for every claim, so the sets' keys (in the arrays) never move. */
  g_autoptr(GArray) speakers = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  g_autoptr(GArray) annotators = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  g_autoptr(GHashTable) seen_speakers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) seen_annotators = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean unattributed = FALSE;
  gboolean speakers_changed;
  gboolean annotators_changed;
  guint selected = 0;
  gint64 id;

  g_array_set_clear_func (speakers, ranked_clear);
  g_array_set_clear_func (annotators, ranked_clear);

  for (guint i = 0; i < n; i++)
    {
      QcClaim *claim = g_list_model_get_item (claims, i);

      /* Keys point into the claims: keep them until the end. */
      g_ptr_array_add (items, claim);

      if (qc_claim_get_speaker_id (claim) <= 0 || qc_claim_get_speaker_name (claim) == NULL)
        unattributed = TRUE;
      else if (!g_hash_table_contains (seen_speakers, &((Ranked) { qc_claim_get_speaker_id (claim) }).id))
        {
          Ranked r = { qc_claim_get_speaker_id (claim), qc_claim_get_speaker_name (claim), NULL };

          g_array_append_val (speakers, r);
          g_hash_table_add (seen_speakers, &g_array_index (speakers, Ranked, speakers->len - 1).id);
        }

      if (!g_hash_table_contains (seen_annotators, &((Ranked) { qc_claim_get_annotator_id (claim) }).id))
        {
          Ranked r = { qc_claim_get_annotator_id (claim), lookup_annotator (self, qc_claim_get_annotator_id (claim)), NULL };

          g_array_append_val (annotators, r);
          g_hash_table_add (seen_annotators, &g_array_index (annotators, Ranked, annotators->len - 1).id);
        }
    }
  /* Sorting moves the keys. */
  g_hash_table_remove_all (seen_speakers);
  g_hash_table_remove_all (seen_annotators);

  speakers_changed = assign_ranks (speakers, &self->speaker_ranks);
  annotators_changed = assign_ranks (annotators, &self->annotator_ranks);

  g_array_set_size (self->speaker_ids, 0);
  id = SPEAKER_FILTER_ALL;
  g_array_append_val (self->speaker_ids, id);
  g_ptr_array_add (names, (gpointer) _("Any Speaker"));
  for (guint i = 0; i < speakers->len; i++)
    {
      Ranked *r = &g_array_index (speakers, Ranked, i);

      g_array_append_val (self->speaker_ids, r->id);
      g_ptr_array_add (names, (gpointer) r->name);
    }
  if (unattributed)
    {
      id = SPEAKER_FILTER_NONE;
      g_array_append_val (self->speaker_ids, id);
      g_ptr_array_add (names, (gpointer) _("No Speaker"));
    }
  g_ptr_array_add (names, NULL);

  for (guint i = 0; i < self->speaker_ids->len; i++)
    if (g_array_index (self->speaker_ids, gint64, i) == self->filter_speaker_id)
      selected = i;

  /* A speaker that has gone (merged, or its last claim removed) stops filtering. */
  if (selected == 0)
    self->filter_speaker_id = SPEAKER_FILTER_ALL;

  self->syncing++;
  if (!same_strings (G_LIST_MODEL (self->speaker_names), (const char * const *) names->pdata))
    gtk_string_list_splice (self->speaker_names, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->speaker_names)),
                            (const char * const *) names->pdata);
  if (gtk_drop_down_get_selected (self->speaker_filter) != selected)
    gtk_drop_down_set_selected (self->speaker_filter, selected);
  self->syncing--;

  /* Numbers that moved reorder rows that did not change. */
  if (speakers_changed && self->speaker_sorter != NULL)
    gtk_sorter_changed (self->speaker_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (annotators_changed && self->annotator_sorter != NULL)
    gtk_sorter_changed (self->annotator_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static gboolean
claims_differ (QcClaim *a,
               QcClaim *b)
{
  return qc_claim_get_id (a) != qc_claim_get_id (b)
         || g_strcmp0 (qc_claim_get_updated_at (a), qc_claim_get_updated_at (b)) != 0
         || g_strcmp0 (qc_claim_get_speaker_name (a), qc_claim_get_speaker_name (b)) != 0
         || qc_claim_get_speaker_id (a) != qc_claim_get_speaker_id (b)
         || qc_claim_get_evidence (a) != qc_claim_get_evidence (b)
         || qc_claim_get_kind (a) != qc_claim_get_kind (b)
         || qc_claim_get_start (a) != qc_claim_get_start (b)
         || qc_claim_get_end (a) != qc_claim_get_end (b);
}

/* Replaces only what changed, so the table keeps its scroll position. */
static void
update_claims (QcClaimList *self,
               GListModel  *fresh)
{
  GListModel *old = G_LIST_MODEL (self->claims);
  guint n_old = g_list_model_get_n_items (old);
  guint n_new = fresh != NULL ? g_list_model_get_n_items (fresh) : 0;
  guint prefix = 0;
  guint suffix = 0;
  g_autoptr(GPtrArray) middle = g_ptr_array_new_with_free_func (g_object_unref);

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(QcClaim) a = g_list_model_get_item (old, prefix);
      g_autoptr(QcClaim) b = g_list_model_get_item (fresh, prefix);

      if (claims_differ (a, b))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(QcClaim) a = g_list_model_get_item (old, n_old - 1 - suffix);
      g_autoptr(QcClaim) b = g_list_model_get_item (fresh, n_new - 1 - suffix);

      if (claims_differ (a, b))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == n_new)
    return;

  for (guint i = prefix; i < n_new - suffix; i++)
    g_ptr_array_add (middle, g_list_model_get_item (fresh, i));

  if (prefix == 0 && suffix == 0 && n_old > 0)
    {
      /* Nothing in common (another article): a new store swapped in is
       * one change for the models above, where emptying the old one and
       * filling it again are two, each walking every row. */
      g_autoptr(GListStore) store = g_list_store_new (QC_TYPE_CLAIM);

      g_list_store_splice (store, 0, 0, middle->pdata, middle->len);
      g_set_object (&self->claims, store);
      gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (store));
      return;
    }

  g_list_store_splice (self->claims, prefix, n_old - suffix - prefix, middle->pdata, middle->len);
}

static void
reload (QcClaimList *self)
{
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GError) error = NULL;
  gint64 filter_speaker_id = self->filter_speaker_id;

  g_hash_table_remove_all (self->annotator_names);

  if (self->use_source)
    claims = self->source != NULL ? g_object_ref (self->source) : NULL;
  else if (self->store != NULL && self->article_id > 0)
    {
      claims = qc_store_list_claims (self->store, self->article_id, 0, &error);
      if (claims == NULL)
        g_warning ("Cannot list the claims of article %" G_GINT64_FORMAT ": %s",
                   self->article_id, error->message);
    }

  rank_claims (self, claims);

  self->syncing++;
  update_claims (self, claims);
  self->syncing--;

  /* Rows that changed were filtered as they came in; only a speaker
   * filter dropped (its speaker gone) lets more through. */
  if (filter_speaker_id != self->filter_speaker_id)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
  sync_selection (self, FALSE);
  update_counts (self);
}

/* Another article's rows
 *
 * On GTK 4.8 a list view builds a widget for each of up to 200 rows and
 * each column, whatever it shows: swapping in another article's claims
 * takes 40-50 ms however few they are. The article being shown waits for
 * nothing: when the list is on screen, its rows are swapped just after the
 * frame that shows the article, and anything that reads the rows before
 * (qc_claim_list_get_model(), the filters) brings them up to date first. */

static void
clear_pending_flush (QcClaimList *self)
{
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
  g_clear_handle_id (&self->flush_timeout_id, g_source_remove);
}

static void
flush_pending_reload (QcClaimList *self)
{
  clear_pending_flush (self);
  if (!self->reload_pending)
    return;

  self->reload_pending = FALSE;
  reload (self);
  if (self->scroll_pending)
    sync_selection (self, TRUE);
  self->scroll_pending = FALSE;
}

static void
on_frame_clock_after_paint_cb (GdkFrameClock *frame_clock,
                               QcClaimList   *self)
{
  flush_pending_reload (self);
}

static gboolean
on_flush_timeout_cb (gpointer user_data)
{
  QcClaimList *self = user_data;

  /* No frame came (a frozen clock): do not wait longer */
  self->flush_timeout_id = 0;
  flush_pending_reload (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_reload (QcClaimList *self)
{
  GdkFrameClock *frame_clock = NULL;

  self->reload_pending = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (frame_clock == NULL)
    {
      flush_pending_reload (self);
      return;
    }
  if (self->after_paint_id != 0)
    return;

  self->frame_clock = g_object_ref (frame_clock);
  /* After the handlers of others: the frame is on screen by then */
  self->after_paint_id = g_signal_connect_after (frame_clock, "after-paint",
                                                 G_CALLBACK (on_frame_clock_after_paint_cb), self);
  self->flush_timeout_id = g_timeout_add (250, on_flush_timeout_cb, self);
  gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

/* Filtering and sorting */

static gboolean
filter_claim (gpointer item,
              gpointer user_data)
{
  QcClaimList *self = user_data;
  QcClaim *claim = item;

  if (self->filter_speaker_id == SPEAKER_FILTER_NONE)
    {
      if (qc_claim_get_speaker_id (claim) > 0)
        return FALSE;
    }
  else if (self->filter_speaker_id != SPEAKER_FILTER_ALL
           && qc_claim_get_speaker_id (claim) != self->filter_speaker_id)
    return FALSE;

  if (self->filter_evidence >= 0 && (int) qc_claim_get_evidence (claim) != self->filter_evidence)
    return FALSE;

  if (self->filter_kind >= 0 && (int) qc_claim_get_kind (claim) != self->filter_kind)
    return FALSE;

  return TRUE;
}

typedef struct
{
  QcClaimList *self;
  Column       column;
} ColumnSort;

static int
compare_ranks (guint a,
               guint b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

static int
compare_claims (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  QcClaim *claim_a = (QcClaim *) a;
  QcClaim *claim_b = (QcClaim *) b;
  const ColumnSort *sort = user_data;
  QcClaimList *self = sort->self;
  int result = 0;

  switch (sort->column)
    {
    case COLUMN_QUOTE:
      break;
    case COLUMN_SPEAKER:
      result = compare_ranks (lookup_rank (self->speaker_ranks, qc_claim_get_speaker_id (claim_a)),
                              lookup_rank (self->speaker_ranks, qc_claim_get_speaker_id (claim_b)));
      break;
    case COLUMN_KIND:
      result = (int) qc_claim_get_kind (claim_a) - (int) qc_claim_get_kind (claim_b);
      break;
    case COLUMN_EVIDENCE:
      result = (int) qc_claim_get_evidence (claim_a) - (int) qc_claim_get_evidence (claim_b);
      break;
    case COLUMN_ANNOTATOR:
      result = compare_ranks (lookup_rank (self->annotator_ranks, qc_claim_get_annotator_id (claim_a)),
                              lookup_rank (self->annotator_ranks, qc_claim_get_annotator_id (claim_b)));
      break;
    default:
      g_assert_not_reached ();
    }

  if (result == 0)
    result = qc_claim_compare_position (claim_a, claim_b);

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Cells */

/* The whole quote or name, for cells too narrow to show it. */
static gboolean
on_cell_query_tooltip_cb (GtkWidget   *widget,
                          int          x,
                          int          y,
                          gboolean     keyboard_mode,
                          GtkTooltip  *tooltip,
                          GtkListItem *item)
{
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

  if (gtk_list_item_get_item (item) == NULL || text == NULL || *text == '\0'
      || gtk_widget_has_css_class (widget, "dim-label"))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_text_cell_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *inscription;

  if (column == COLUMN_EVIDENCE)
    {
      GtkWidget *pill = gtk_label_new (NULL);

      gtk_widget_set_halign (pill, GTK_ALIGN_START);
      gtk_widget_add_css_class (pill, "legend-pill");
      gtk_list_item_set_child (item, pill);
      return;
    }

  /* Narrow minimums, so that a narrow pane shows every column before it
   * scrolls sideways; the quote takes what is left. */
  inscription = gtk_inscription_new (NULL);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  switch (column)
    {
    case COLUMN_QUOTE:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 8);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 60);
      break;
    case COLUMN_SPEAKER:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 6);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 16);
      break;
    case COLUMN_ANNOTATOR:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 4);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 10);
      break;
    case COLUMN_KIND:
    case COLUMN_EVIDENCE:
    default:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 7);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 8);
      break;
    }
  gtk_widget_set_hexpand (inscription, TRUE);
  if (column == COLUMN_QUOTE || column == COLUMN_SPEAKER)
    {
      /* Asked for on hover: setting a tooltip on every bind asks the X
       * server where the pointer is, hundreds of times per reload. */
      gtk_widget_set_has_tooltip (inscription, TRUE);
      g_signal_connect (inscription, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), item);
    }
  gtk_list_item_set_child (item, inscription);
}

static void
bind_text_cell_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  QcClaim *claim = gtk_list_item_get_item (item);
  QcClaimList *self = g_object_get_data (G_OBJECT (factory), "qc-claim-list");
  GtkInscription *inscription;
  g_autofree char *quote = NULL;
  const char *text = NULL;

  if (column == COLUMN_EVIDENCE)
    {
      GtkWidget *pill = gtk_list_item_get_child (item);
      QcEvidence evidence = qc_claim_get_evidence (claim);

      for (QcEvidence e = QC_EVIDENCE_UNASSESSED; e <= QC_EVIDENCE_DISPUTED; e++)
        gtk_widget_remove_css_class (pill, evidence_css_class (e));
      gtk_widget_add_css_class (pill, evidence_css_class (evidence));
      gtk_label_set_label (GTK_LABEL (pill), evidence_label (evidence));
      return;
    }

  inscription = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  gtk_widget_remove_css_class (GTK_WIDGET (inscription), "dim-label");

  switch (column)
    {
    case COLUMN_QUOTE:
      text = quote = dup_quote_line (claim);
      break;
    case COLUMN_SPEAKER:
      text = qc_claim_get_speaker_name (claim);
      if (text == NULL)
        {
          text = _("No speaker");
          gtk_widget_add_css_class (GTK_WIDGET (inscription), "dim-label");
        }
      break;
    case COLUMN_KIND:
      text = kind_label (qc_claim_get_kind (claim));
      break;
    case COLUMN_ANNOTATOR:
      text = self != NULL ? lookup_annotator (self, qc_claim_get_annotator_id (claim)) : NULL;
      break;
    case COLUMN_EVIDENCE:
    default:
      g_assert_not_reached ();
    }

  gtk_inscription_set_text (inscription, text);
}

static void
set_up_column (QcClaimList         *self,
               GtkColumnViewColumn *column_widget,
               Column               column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = NULL;
  ColumnSort *sort;

  g_object_set_data (G_OBJECT (factory), "qc-claim-list", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cell_cb), GINT_TO_POINTER (column));
  gtk_column_view_column_set_factory (column_widget, factory);

  sort = g_new (ColumnSort, 1);
  sort->self = self;
  sort->column = column;
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_claims, sort, g_free));
  gtk_column_view_column_set_sorter (column_widget, sorter);
  if (column == COLUMN_SPEAKER)
    self->speaker_sorter = sorter;
  else if (column == COLUMN_ANNOTATOR)
    self->annotator_sorter = sorter;
}

/* Filter drop-downs: the button shrinks in a narrow pane, the list does not. */

static void
setup_filter_item_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  gboolean in_button = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (in_button)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 3);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_filter_item_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (string));
}

static void
set_up_filter (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (button_factory, "setup", G_CALLBACK (setup_filter_item_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (button_factory, "bind", G_CALLBACK (bind_filter_item_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_filter_item_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_filter_item_cb), GINT_TO_POINTER (FALSE));
  gtk_drop_down_set_factory (drop_down, button_factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
}

/* Signal callbacks */

static void
on_store_changed_cb (QcClaimList *self)
{
  /* With a shared model, its owner hands over the new one. */
  if (self->article_id > 0 && !self->use_source)
    reload (self);
}

static void
on_filter_changed_cb (QcClaimList *self)
{
  guint speaker = gtk_drop_down_get_selected (self->speaker_filter);
  guint evidence = gtk_drop_down_get_selected (self->evidence_filter);
  guint kind = gtk_drop_down_get_selected (self->kind_filter);

  if (self->syncing > 0 || self->speaker_ids == NULL)
    return;
  flush_pending_reload (self);

  self->filter_speaker_id = speaker < self->speaker_ids->len
                            ? g_array_index (self->speaker_ids, gint64, speaker)
                            : SPEAKER_FILTER_ALL;
  /* Position 0 is "Any"; then the enum values in order. */
  self->filter_evidence = (evidence == GTK_INVALID_LIST_POSITION || evidence == 0) ? -1 : (int) evidence - 1;
  self->filter_kind = (kind == GTK_INVALID_LIST_POSITION || kind == 0) ? -1 : (int) kind - 1;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_clear_filters_button_clicked_cb (QcClaimList *self)
{
  qc_claim_list_clear_filters (self);
}

static void
on_visible_items_changed_cb (QcClaimList *self)
{
  /* Runs after the selection model's own handler: put the selection back
   * on the claim it belongs to (a refilter or resort loses it). */
  sync_selection (self, FALSE);
  update_counts (self);
}

static void
on_selection_selected_cb (QcClaimList *self)
{
  QcClaim *claim;

  if (self->syncing > 0)
    return;

  claim = gtk_single_selection_get_selected_item (self->selection);
  /* The row going away (filtered out, reloaded) is not the user choosing nothing. */
  if (claim == NULL)
    return;

  if (qc_claim_get_id (claim) != self->selected_claim_id)
    {
      self->selected_claim_id = qc_claim_get_id (claim);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
    }
}

static void
on_column_view_activate_cb (QcClaimList *self,
                            guint        position)
{
  g_autoptr(QcClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, qc_claim_get_id (claim));
}

/* GObject overrides */

static void
qc_claim_list_constructed (GObject *object)
{
  QcClaimList *self = QC_CLAIM_LIST (object);

  G_OBJECT_CLASS (qc_claim_list_parent_class)->constructed (object);

  /* The store tells every view about committed edits, undo and redo. */
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
}

static void
qc_claim_list_dispose (GObject *object)
{
  QcClaimList *self = QC_CLAIM_LIST (object);

  clear_pending_flush (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* Removing the sorted column resorts the models: nothing to show it in. */
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_CLAIM_LIST);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->claims);
  g_clear_object (&self->source);
  g_clear_object (&self->speaker_names);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_claim_list_parent_class)->dispose (object);
}

static void
qc_claim_list_finalize (GObject *object)
{
  QcClaimList *self = QC_CLAIM_LIST (object);

  g_clear_pointer (&self->speaker_ids, g_array_unref);
  g_clear_pointer (&self->annotator_names, g_hash_table_unref);
  g_clear_pointer (&self->speaker_ranks, g_hash_table_unref);
  g_clear_pointer (&self->annotator_ranks, g_hash_table_unref);

  G_OBJECT_CLASS (qc_claim_list_parent_class)->finalize (object);
}

static void
qc_claim_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  QcClaimList *self = QC_CLAIM_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, self->article_id);
      break;
    case PROP_SELECTED_CLAIM_ID:
      g_value_set_int64 (value, self->selected_claim_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_claim_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  QcClaimList *self = QC_CLAIM_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_ARTICLE_ID:
      qc_claim_list_set_article_id (self, g_value_get_int64 (value));
      break;
    case PROP_SELECTED_CLAIM_ID:
      qc_claim_list_set_selected_claim_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_claim_list_class_init (QcClaimListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qc_claim_list_constructed;
  object_class->dispose = qc_claim_list_dispose;
  object_class->finalize = qc_claim_list_finalize;
  object_class->get_property = qc_claim_list_get_property;
  object_class->set_property = qc_claim_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_CLAIM_ID] =
    g_param_spec_int64 ("selected-claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QcClaimList::claim-activated:
   * @claim_id: the claim whose row was activated (Enter or double click)
   */
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quotecheck/Quotecheck/ui/qc-claim-list.ui");
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, stack);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, empty_page);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, speaker_filter);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, evidence_filter);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, count_label);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, column_view);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, quote_column);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, speaker_column);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, kind_column);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, evidence_column);
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, annotator_column);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "qcclaimlist");
}

static void
qc_claim_list_init (QcClaimList *self)
{
  self->filter_speaker_id = SPEAKER_FILTER_ALL;
  self->filter_evidence = -1;
  self->filter_kind = -1;
  self->speaker_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->annotator_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  /* Before the template: its drop-downs report their first selection. */
  self->syncing++;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->claims = g_list_store_new (QC_TYPE_CLAIM);
  self->filter = gtk_custom_filter_new (filter_claim, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->claims)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (on_visible_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  set_up_column (self, self->quote_column, COLUMN_QUOTE);
  set_up_column (self, self->speaker_column, COLUMN_SPEAKER);
  set_up_column (self, self->kind_column, COLUMN_KIND);
  set_up_column (self, self->evidence_column, COLUMN_EVIDENCE);
  set_up_column (self, self->annotator_column, COLUMN_ANNOTATOR);

  set_up_filter (self->speaker_filter);
  set_up_filter (self->evidence_filter);
  set_up_filter (self->kind_filter);

  self->speaker_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->speaker_filter, G_LIST_MODEL (self->speaker_names));
  gtk_drop_down_set_expression (self->speaker_filter,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  self->syncing--;
}

/* Public API */

GtkWidget *
qc_claim_list_new (QcStore *store)
{
  g_return_val_if_fail (QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_CLAIM_LIST, "store", store, NULL);
}

QcStore *
qc_claim_list_get_store (QcClaimList *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_LIST (self), NULL);

  return self->store;
}

gint64
qc_claim_list_get_article_id (QcClaimList *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_LIST (self), 0);

  return self->article_id;
}

/**
 * qc_claim_list_set_article_id:
 * @article_id: the article whose claims to list, or 0 for none
 *
 * Shows another article's claims; the filters are reset.
 */
void
qc_claim_list_set_article_id (QcClaimList *self,
                              gint64       article_id)
{
  g_return_if_fail (QC_IS_CLAIM_LIST (self));
  g_return_if_fail (article_id >= 0);

  if (self->article_id == article_id)
    return;

  self->article_id = article_id;

  self->syncing++;
  self->filter_speaker_id = SPEAKER_FILTER_ALL;
  self->filter_evidence = -1;
  self->filter_kind = -1;
  gtk_drop_down_set_selected (self->evidence_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  /* The shared model of the article before: its owner hands over the
   * new one (qc_claim_list_set_model()), which replaces the rows at once. */
  g_clear_object (&self->source);
  self->syncing--;

  if (!self->use_source)
    {
      /* Another article's claims: none of them is the selected one. */
      self->syncing++;
      g_list_store_remove_all (self->claims);
      self->syncing--;
      reload (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_ID]);
}

gint64
qc_claim_list_get_selected_claim_id (QcClaimList *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_LIST (self), 0);

  return self->selected_claim_id;
}

/**
 * qc_claim_list_set_selected_claim_id:
 * @claim_id: the claim to select, or 0 for none
 *
 * Selects @claim_id's row and scrolls to it. A claim hidden by the
 * filters stays selected and shows again when the filters let it.
 */
void
qc_claim_list_set_selected_claim_id (QcClaimList *self,
                                     gint64       claim_id)
{
  g_return_if_fail (QC_IS_CLAIM_LIST (self));
  g_return_if_fail (claim_id >= 0);

  if (self->selected_claim_id == claim_id)
    return;

  self->selected_claim_id = claim_id;
  /* Rows on their way: scroll to it when they are in */
  if (self->reload_pending)
    self->scroll_pending = TRUE;
  else
    sync_selection (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

/**
 * qc_claim_list_get_model:
 *
 * Returns: (transfer none): the rows shown, filtered and sorted, as a
 *   #GtkSingleSelection of #QcClaim
 */
GListModel *
qc_claim_list_get_model (QcClaimList *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_LIST (self), NULL);

  flush_pending_reload (self);
  return G_LIST_MODEL (self->selection);
}

void
qc_claim_list_clear_filters (QcClaimList *self)
{
  g_return_if_fail (QC_IS_CLAIM_LIST (self));

  flush_pending_reload (self);
  self->syncing++;
  gtk_drop_down_set_selected (self->speaker_filter, 0);
  gtk_drop_down_set_selected (self->evidence_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  self->syncing--;
  on_filter_changed_cb (self);
}

/**
 * qc_claim_list_set_model:
 * @claims: (nullable): the #QcClaim of the article shown, in text order
 *
 * Lists @claims instead of reading them from the store, so that a window
 * whose article view already read them does not read them twice. From
 * then on the list no longer reloads on #QcStore::changed: its owner
 * calls this again with the new model. Set the article-id first (it
 * drops the model); rows that did not change stay (and keep the scroll
 * position).
 */
void
qc_claim_list_set_model (QcClaimList *self,
                         GListModel  *claims)
{
  g_return_if_fail (QC_IS_CLAIM_LIST (self));
  g_return_if_fail (claims == NULL || G_IS_LIST_MODEL (claims));

  self->use_source = TRUE;
  if (claims == self->source && claims != NULL)
    return;
  /* Another article's claims (the source was dropped with the article)
   * wait for the frame; the same article's, after an edit, do not. */
  if (self->source == NULL && claims != NULL)
    {
      g_set_object (&self->source, claims);
      schedule_reload (self);
      return;
    }
  g_set_object (&self->source, claims);
  if (self->reload_pending)
    flush_pending_reload (self);
  else
    reload (self);
}

/**
 * qc_claim_list_reload:
 *
 * Shows the claims as stored now (after an edit made elsewhere).
 */
void
qc_claim_list_reload (QcClaimList *self)
{
  g_return_if_fail (QC_IS_CLAIM_LIST (self));

  if (self->reload_pending)
    flush_pending_reload (self);
  else
    reload (self);
}
