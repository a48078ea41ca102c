/* qc-claim-table.c: one article's claims in a sortable, filterable column view
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-claim-table"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-claim-row.h"
#include "qc-claim-table.h"

/* The rows of one article: QcClaimList keeps a table per article it
 * showed lately, because on GTK 4.8 a column view builds widgets for up to
 * 200 rows and every column whenever its rows are replaced (40-50 ms
 * however few they are); a table kept aside keeps them. */
struct _QcClaimTable
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkScrolledWindow   *scrolled_window;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *columns[QC_CLAIM_N_COLUMNS];

  /* Owned references */
  QcStore             *store;
  GListStore          *claims;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GHashTable          *annotator_names;
  GHashTable          *speaker_ranks;
  GHashTable          *annotator_ranks;
  GArray              *speaker_ids;     /* gint64, by name */
  GPtrArray           *speaker_names;   /* same order, NULL-terminated */
  GtkSorter           *speaker_sorter;
  GtkSorter           *annotator_sorter;

  gint64               article_id;
  gint64               selected_claim_id;
  QcClaimFilter        filter_state;
  guint                syncing;
  guint                unattributed : 1;

  /* qc_claim_table_get_sort() */
  guint                probing : 1;
  QcClaimColumn        probed_column;
};

G_DEFINE_FINAL_TYPE (QcClaimTable, qc_claim_table, GTK_TYPE_WIDGET)

enum {
  CLAIM_SELECTED,
  CLAIM_ACTIVATED,
  ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
lookup_annotator (QcClaimTable *self,
                  gint64        annotator_id)
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

/* Selection: the claim named by the list is the truth, the row follows it */

static guint
find_visible_position (QcClaimTable *self,
                       gint64        claim_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  if (claim_id <= 0)
    return GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcClaimRow) row = g_list_model_get_item (model, i);

      if (qc_claim_get_id (qc_claim_row_get_claim (row)) == claim_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
scroll_to_position (QcClaimTable *self,
                    guint         position)
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
sync_selection (QcClaimTable *self,
                gboolean      scroll)
{
  guint position = find_visible_position (self, self->selected_claim_id);

  self->syncing++;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->syncing--;

  if (scroll && position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (GTK_WIDGET (self)))
    scroll_to_position (self, position);
}

/* Speakers and annotators, numbered by name */

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

/* Numbers the speakers and annotators of @claims by name, and lists the
 * speakers in that order for the list's speaker filter. */
static void
rank_claims (QcClaimTable *self,
             GListModel   *claims)
{
  guint n = claims != NULL ? g_list_model_get_n_items (claims) : 0;
  /* Sized for every claim, so the sets' keys (in the arrays) never move. */
  g_autoptr(GArray) speakers = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  g_autoptr(GArray) annotators = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  g_autoptr(GHashTable) seen_speakers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) seen_annotators = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean speakers_changed;
  gboolean annotators_changed;

  g_array_set_clear_func (speakers, ranked_clear);
  g_array_set_clear_func (annotators, ranked_clear);
  self->unattributed = FALSE;

  for (guint i = 0; i < n; i++)
    {
      QcClaim *claim = g_list_model_get_item (claims, i);
      gint64 speaker_id = qc_claim_get_speaker_id (claim);
      gint64 annotator_id = qc_claim_get_annotator_id (claim);

      /* Keys point into the claims: keep them until the end. */
      g_ptr_array_add (items, claim);

      if (speaker_id <= 0 || qc_claim_get_speaker_name (claim) == NULL)
        self->unattributed = TRUE;
      else if (!g_hash_table_contains (seen_speakers, &speaker_id))
        {
          Ranked r = { speaker_id, qc_claim_get_speaker_name (claim), NULL };

          g_array_append_val (speakers, r);
          g_hash_table_add (seen_speakers, &g_array_index (speakers, Ranked, speakers->len - 1).id);
        }

      if (!g_hash_table_contains (seen_annotators, &annotator_id))
        {
          Ranked r = { annotator_id, lookup_annotator (self, annotator_id), NULL };

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
  g_ptr_array_set_size (self->speaker_names, 0);
  for (guint i = 0; i < speakers->len; i++)
    {
      Ranked *r = &g_array_index (speakers, Ranked, i);

      g_array_append_val (self->speaker_ids, r->id);
      g_ptr_array_add (self->speaker_names, g_strdup (r->name));
    }
  g_ptr_array_add (self->speaker_names, NULL);

  /* Numbers that moved reorder rows that did not change. */
  if (speakers_changed && self->speaker_sorter != NULL)
    gtk_sorter_changed (self->speaker_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (annotators_changed && self->annotator_sorter != NULL)
    gtk_sorter_changed (self->annotator_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/* Rows */

static gboolean
claims_differ (QcClaim *a,
               QcClaim *b)
{
  if (a == b)
    return FALSE;
  return qc_claim_get_id (a) != qc_claim_get_id (b)
         || g_strcmp0 (qc_claim_get_updated_at (a), qc_claim_get_updated_at (b)) != 0
         || g_strcmp0 (qc_claim_get_speaker_name (a), qc_claim_get_speaker_name (b)) != 0
         || qc_claim_get_speaker_id (a) != qc_claim_get_speaker_id (b)
         || qc_claim_get_evidence (a) != qc_claim_get_evidence (b)
         || qc_claim_get_kind (a) != qc_claim_get_kind (b)
         || qc_claim_get_start (a) != qc_claim_get_start (b)
         || qc_claim_get_end (a) != qc_claim_get_end (b);
}

static QcClaim *
dup_row_claim (GListModel *rows,
               guint       position)
{
  g_autoptr(QcClaimRow) row = g_list_model_get_item (rows, position);

  return g_object_ref (qc_claim_row_get_claim (row));
}

/* New rows for @fresh[@start..@end) */
static GPtrArray *
new_rows (GListModel *fresh,
          guint       start,
          guint       end)
{
  GPtrArray *rows = g_ptr_array_new_full (end - start, g_object_unref);

  for (guint i = start; i < end; i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (fresh, i);

      g_ptr_array_add (rows, qc_claim_row_new (claim));
    }
  return rows;
}

/* Another article's claims take over the rows there are, with the
 * widgets GTK built for them; only rows more or fewer come or go. In
 * sorted rows the claims would not stay where their rows are, so there
 * a new store replaces them all at once. */
static void
swap_rows (QcClaimTable *self,
           GListModel   *fresh)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->claims));
  guint n_new = fresh != NULL ? g_list_model_get_n_items (fresh) : 0;
  GtkSortType order;

  if (qc_claim_table_get_sort (self, &order) != QC_CLAIM_COLUMN_NONE)
    {
      g_autoptr(GListStore) store = g_list_store_new (QC_TYPE_CLAIM_ROW);
      g_autoptr(GPtrArray) rows = new_rows (fresh, 0, n_new);

      /* One change for the models above, where emptying the old store
       * and filling it again are two, each walking every row */
      g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
      g_set_object (&self->claims, store);
      gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (store));
      return;
    }

  for (guint i = 0; i < MIN (n_old, n_new); i++)
    {
      g_autoptr(QcClaimRow) row = g_list_model_get_item (G_LIST_MODEL (self->claims), i);
      g_autoptr(QcClaim) claim = g_list_model_get_item (fresh, i);

      qc_claim_row_set_claim (row, claim);
    }
  if (n_new > n_old)
    {
      g_autoptr(GPtrArray) rows = new_rows (fresh, n_old, n_new);

      g_list_store_splice (self->claims, n_old, 0, rows->pdata, rows->len);
    }
  else if (n_new < n_old)
    g_list_store_splice (self->claims, n_new, n_old - n_new, NULL, 0);

  /* The filter decided on the claims before */
  if (self->filter_state.speaker_id != QC_CLAIM_FILTER_ANY_SPEAKER
      || self->filter_state.evidence >= 0 || self->filter_state.kind >= 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Replaces only what changed, so the table keeps its scroll position.
 * Returns whether anything did. */
static gboolean
update_rows (QcClaimTable *self,
             GListModel   *fresh)
{
  GListModel *old = G_LIST_MODEL (self->claims);
  guint n_old = g_list_model_get_n_items (old);
  guint n_new = fresh != NULL ? g_list_model_get_n_items (fresh) : 0;
  guint prefix = 0;
  guint suffix = 0;
  g_autoptr(GPtrArray) middle = NULL;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(QcClaim) a = dup_row_claim (old, prefix);
      g_autoptr(QcClaim) b = g_list_model_get_item (fresh, prefix);

      if (claims_differ (a, b))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(QcClaim) a = dup_row_claim (old, n_old - 1 - suffix);
      g_autoptr(QcClaim) b = g_list_model_get_item (fresh, n_new - 1 - suffix);

      if (claims_differ (a, b))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == n_new)
    return FALSE;

  /* Names may have changed with the claims (a rename, a merge); the
   * sorters need the new numbers before the new rows come in. */
  g_hash_table_remove_all (self->annotator_names);
  rank_claims (self, fresh);

  if (prefix == 0 && suffix == 0 && n_old > 0)
    {
      swap_rows (self, fresh);
      return TRUE;
    }

  /* An edit: new rows for the claims that changed, which the filter and
   * the sort place as they come in */
  middle = new_rows (fresh, prefix, n_new - suffix);
  g_list_store_splice (self->claims, prefix, n_old - suffix - prefix, middle->pdata, middle->len);
  return TRUE;
}

/* Filtering and sorting */

static gboolean
filter_claim (gpointer item,
              gpointer user_data)
{
  QcClaimTable *self = user_data;
  const QcClaimFilter *filter = &self->filter_state;
  QcClaim *claim = qc_claim_row_get_claim (item);

  if (filter->speaker_id == QC_CLAIM_FILTER_NO_SPEAKER)
    {
      if (qc_claim_get_speaker_id (claim) > 0)
        return FALSE;
    }
  else if (filter->speaker_id != QC_CLAIM_FILTER_ANY_SPEAKER
           && qc_claim_get_speaker_id (claim) != filter->speaker_id)
    return FALSE;

  if (filter->evidence >= 0 && (int) qc_claim_get_evidence (claim) != filter->evidence)
    return FALSE;

  if (filter->kind >= 0 && (int) qc_claim_get_kind (claim) != filter->kind)
    return FALSE;

  return TRUE;
}

typedef struct
{
  QcClaimTable  *self;
  QcClaimColumn  column;
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
  const ColumnSort *sort = user_data;
  QcClaimTable *self = sort->self;
  QcClaim *claim_a;
  QcClaim *claim_b;
  int result = 0;

  /* See qc_claim_table_get_sort(): stand-ins, not rows */
  if (self->probing)
    {
      if (self->probed_column == QC_CLAIM_COLUMN_NONE)
        self->probed_column = sort->column;
      return GTK_ORDERING_SMALLER;
    }

  claim_a = qc_claim_row_get_claim ((QcClaimRow *) a);
  claim_b = qc_claim_row_get_claim ((QcClaimRow *) b);

  switch (sort->column)
    {
    case QC_CLAIM_COLUMN_QUOTE:
      break;
    case QC_CLAIM_COLUMN_SPEAKER:
      result = compare_ranks (lookup_rank (self->speaker_ranks, qc_claim_get_speaker_id (claim_a)),
                              lookup_rank (self->speaker_ranks, qc_claim_get_speaker_id (claim_b)));
      break;
    case QC_CLAIM_COLUMN_KIND:
      result = (int) qc_claim_get_kind (claim_a) - (int) qc_claim_get_kind (claim_b);
      break;
    case QC_CLAIM_COLUMN_EVIDENCE:
      result = (int) qc_claim_get_evidence (claim_a) - (int) qc_claim_get_evidence (claim_b);
      break;
    case QC_CLAIM_COLUMN_ANNOTATOR:
      result = compare_ranks (lookup_rank (self->annotator_ranks, qc_claim_get_annotator_id (claim_a)),
                              lookup_rank (self->annotator_ranks, qc_claim_get_annotator_id (claim_b)));
      break;
    case QC_CLAIM_COLUMN_NONE:
    case QC_CLAIM_N_COLUMNS:
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
  QcClaimColumn column = GPOINTER_TO_INT (user_data);
  GtkWidget *inscription;

  if (column == QC_CLAIM_COLUMN_EVIDENCE)
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
    case QC_CLAIM_COLUMN_QUOTE:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 8);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 60);
      break;
    case QC_CLAIM_COLUMN_SPEAKER:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 6);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 16);
      break;
    case QC_CLAIM_COLUMN_ANNOTATOR:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 4);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 10);
      break;
    case QC_CLAIM_COLUMN_KIND:
    case QC_CLAIM_COLUMN_EVIDENCE:
    case QC_CLAIM_COLUMN_NONE:
    case QC_CLAIM_N_COLUMNS:
    default:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 7);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 8);
      break;
    }
  gtk_widget_set_hexpand (inscription, TRUE);
  if (column == QC_CLAIM_COLUMN_QUOTE || column == QC_CLAIM_COLUMN_SPEAKER)
    {
      /* Asked for on hover: setting a tooltip on every bind asks the X
       * server where the pointer is, hundreds of times per reload. */
      gtk_widget_set_has_tooltip (inscription, TRUE);
      g_signal_connect (inscription, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), item);
    }
  gtk_list_item_set_child (item, inscription);
}

/* Shows the claim of @item's row in its cell of @column */
static void
show_cell (QcClaimTable  *self,
           GtkListItem   *item,
           QcClaimColumn  column)
{
  QcClaim *claim = qc_claim_row_get_claim (gtk_list_item_get_item (item));
  GtkInscription *inscription;
  g_autofree char *quote = NULL;
  const char *text = NULL;

  if (column == QC_CLAIM_COLUMN_EVIDENCE)
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
    case QC_CLAIM_COLUMN_QUOTE:
      text = quote = dup_quote_line (claim);
      break;
    case QC_CLAIM_COLUMN_SPEAKER:
      text = qc_claim_get_speaker_name (claim);
      if (text == NULL)
        {
          text = _("No speaker");
          gtk_widget_add_css_class (GTK_WIDGET (inscription), "dim-label");
        }
      break;
    case QC_CLAIM_COLUMN_KIND:
      text = kind_label (qc_claim_get_kind (claim));
      break;
    case QC_CLAIM_COLUMN_ANNOTATOR:
      text = lookup_annotator (self, qc_claim_get_annotator_id (claim));
      break;
    case QC_CLAIM_COLUMN_EVIDENCE:
    case QC_CLAIM_COLUMN_NONE:
    case QC_CLAIM_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_inscription_set_text (inscription, text);
}

/* The row now shows another claim (see swap_rows()) */
static void
on_row_notify_claim_cb (QcClaimRow  *row,
                        GParamSpec  *pspec,
                        GtkListItem *item)
{
  QcClaimTable *self = g_object_get_data (G_OBJECT (item), "qc-claim-table");
  QcClaimColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "qc-claim-column"));

  show_cell (self, item, column);
}

static void
bind_text_cell_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  QcClaimTable *self = g_object_get_data (G_OBJECT (factory), "qc-claim-table");
  QcClaimColumn column = GPOINTER_TO_INT (user_data);

  g_object_set_data (G_OBJECT (item), "qc-claim-table", self);
  g_object_set_data (G_OBJECT (item), "qc-claim-column", user_data);
  show_cell (self, item, column);
  g_signal_connect_object (gtk_list_item_get_item (item), "notify::claim",
                           G_CALLBACK (on_row_notify_claim_cb), item, 0);
}

static void
unbind_text_cell_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_row_notify_claim_cb, item);
}

static void
set_up_column (QcClaimTable  *self,
               QcClaimColumn  column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = NULL;
  ColumnSort *sort;

  g_object_set_data (G_OBJECT (factory), "qc-claim-table", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_text_cell_cb), GINT_TO_POINTER (column));
  gtk_column_view_column_set_factory (self->columns[column], factory);

  sort = g_new (ColumnSort, 1);
  sort->self = self;
  sort->column = column;
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_claims, sort, g_free));
  gtk_column_view_column_set_sorter (self->columns[column], sorter);
  if (column == QC_CLAIM_COLUMN_SPEAKER)
    self->speaker_sorter = sorter;
  else if (column == QC_CLAIM_COLUMN_ANNOTATOR)
    self->annotator_sorter = sorter;
}

/* Signal callbacks */

static void
on_visible_items_changed_cb (QcClaimTable *self)
{
  /* Runs after the selection model's own handler: put the selection back
   * on the claim it belongs to (a refilter or resort loses it). */
  sync_selection (self, FALSE);
  g_signal_emit (self, signals[ROWS_CHANGED], 0);
}

static void
on_selection_selected_cb (QcClaimTable *self)
{
  QcClaimRow *row;
  QcClaim *claim;

  if (self->syncing > 0)
    return;

  row = gtk_single_selection_get_selected_item (self->selection);
  /* The row going away (filtered out, reloaded) is not the user choosing nothing. */
  if (row == NULL)
    return;
  claim = qc_claim_row_get_claim (row);
  if (qc_claim_get_id (claim) == self->selected_claim_id)
    return;

  self->selected_claim_id = qc_claim_get_id (claim);
  g_signal_emit (self, signals[CLAIM_SELECTED], 0, self->selected_claim_id);
}

static void
on_column_view_activate_cb (QcClaimTable *self,
                            guint         position)
{
  g_autoptr(QcClaimRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, qc_claim_get_id (qc_claim_row_get_claim (row)));
}

/* GObject overrides */

static void
qc_claim_table_dispose (GObject *object)
{
  QcClaimTable *self = QC_CLAIM_TABLE (object);

  /* Removing the sorted column resorts the models: nothing to show it in. */
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_CLAIM_TABLE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->claims);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_claim_table_parent_class)->dispose (object);
}

static void
qc_claim_table_finalize (GObject *object)
{
  QcClaimTable *self = QC_CLAIM_TABLE (object);

  g_clear_pointer (&self->speaker_ids, g_array_unref);
  g_clear_pointer (&self->speaker_names, g_ptr_array_unref);
  g_clear_pointer (&self->annotator_names, g_hash_table_unref);
  g_clear_pointer (&self->speaker_ranks, g_hash_table_unref);
  g_clear_pointer (&self->annotator_ranks, g_hash_table_unref);

  G_OBJECT_CLASS (qc_claim_table_parent_class)->finalize (object);
}

static void
qc_claim_table_class_init (QcClaimTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qc_claim_table_dispose;
  object_class->finalize = qc_claim_table_finalize;

  /**
   * QcClaimTable::claim-selected:
   * @claim_id: the claim whose row the user selected
   */
  signals[CLAIM_SELECTED] =
    g_signal_new ("claim-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * QcClaimTable::claim-activated:
   * @claim_id: the claim whose row was activated (Enter or double click)
   */
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * QcClaimTable::rows-changed:
   *
   * The rows shown changed: filtered, sorted, added or removed.
   */
  signals[ROWS_CHANGED] =
    g_signal_new ("rows-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quotecheck/Quotecheck/ui/qc-claim-table.ui");
  gtk_widget_class_bind_template_child (widget_class, QcClaimTable, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, QcClaimTable, column_view);
  gtk_widget_class_bind_template_child_full (widget_class, "quote_column", FALSE,
                                             G_STRUCT_OFFSET (QcClaimTable, columns[QC_CLAIM_COLUMN_QUOTE]));
  gtk_widget_class_bind_template_child_full (widget_class, "speaker_column", FALSE,
                                             G_STRUCT_OFFSET (QcClaimTable, columns[QC_CLAIM_COLUMN_SPEAKER]));
  gtk_widget_class_bind_template_child_full (widget_class, "kind_column", FALSE,
                                             G_STRUCT_OFFSET (QcClaimTable, columns[QC_CLAIM_COLUMN_KIND]));
  gtk_widget_class_bind_template_child_full (widget_class, "evidence_column", FALSE,
                                             G_STRUCT_OFFSET (QcClaimTable, columns[QC_CLAIM_COLUMN_EVIDENCE]));
  gtk_widget_class_bind_template_child_full (widget_class, "annotator_column", FALSE,
                                             G_STRUCT_OFFSET (QcClaimTable, columns[QC_CLAIM_COLUMN_ANNOTATOR]));
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "qcclaimtable");
}

static void
qc_claim_table_init (QcClaimTable *self)
{
  QcClaimFilter any = QC_CLAIM_FILTER_INIT;

  self->filter_state = any;
  self->probed_column = QC_CLAIM_COLUMN_NONE;
  self->speaker_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->speaker_names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->speaker_names, NULL);
  self->annotator_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->claims = g_list_store_new (QC_TYPE_CLAIM_ROW);
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

  for (QcClaimColumn column = 0; column < QC_CLAIM_N_COLUMNS; column++)
    set_up_column (self, column);
}

/* Public API */

GtkWidget *
qc_claim_table_new (QcStore *store)
{
  QcClaimTable *self;

  g_return_val_if_fail (store == NULL || QC_IS_STORE (store), NULL);

  self = g_object_new (QC_TYPE_CLAIM_TABLE, NULL);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  return GTK_WIDGET (self);
}

/**
 * qc_claim_table_get_article_id:
 *
 * Returns: the article whose claims the table holds, 0 for none
 */
gint64
qc_claim_table_get_article_id (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), 0);

  return self->article_id;
}

/**
 * qc_claim_table_set_claims:
 * @article_id: the article @claims belong to
 * @claims: (nullable): its #QcClaim, in text order
 *
 * Shows @claims. Rows that did not change stay, with their widgets and
 * the scroll position; those of another article replace them all.
 *
 * Returns: whether any row changed
 */
gboolean
qc_claim_table_set_claims (QcClaimTable *self,
                           gint64        article_id,
                           GListModel   *claims)
{
  gboolean changed;

  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), FALSE);
  g_return_val_if_fail (claims == NULL || G_IS_LIST_MODEL (claims), FALSE);

  self->article_id = article_id;

  self->syncing++;
  changed = update_rows (self, claims);
  self->syncing--;

  sync_selection (self, FALSE);
  return changed;
}

/**
 * qc_claim_table_copy_rows:
 * @from: another table
 *
 * Shows the claims @from shows, in rows of its own.
 */
void
qc_claim_table_copy_rows (QcClaimTable *self,
                          QcClaimTable *from)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from->claims));
  g_autoptr(GListStore) claims = g_list_store_new (QC_TYPE_CLAIM);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  g_return_if_fail (QC_IS_CLAIM_TABLE (self));
  g_return_if_fail (QC_IS_CLAIM_TABLE (from));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, dup_row_claim (G_LIST_MODEL (from->claims), i));
  g_list_store_splice (claims, 0, 0, items->pdata, items->len);
  qc_claim_table_set_claims (self, from->article_id, G_LIST_MODEL (claims));
}

/**
 * qc_claim_table_get_selection:
 *
 * Returns: (transfer none): the rows shown, filtered and sorted: each a
 *   #QcClaimRow
 */
GtkSingleSelection *
qc_claim_table_get_selection (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), NULL);

  return self->selection;
}

guint
qc_claim_table_get_n_claims (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->claims));
}

guint
qc_claim_table_get_n_shown (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/**
 * qc_claim_table_set_filter:
 *
 * Shows only the claims that match @filter; the rows are filtered again
 * only when it differs from the one in use.
 */
void
qc_claim_table_set_filter (QcClaimTable        *self,
                           const QcClaimFilter *filter)
{
  g_return_if_fail (QC_IS_CLAIM_TABLE (self));
  g_return_if_fail (filter != NULL);

  if (filter->speaker_id == self->filter_state.speaker_id
      && filter->evidence == self->filter_state.evidence
      && filter->kind == self->filter_state.kind)
    return;

  self->filter_state = *filter;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * qc_claim_table_get_speaker_ids:
 *
 * Returns: (transfer none) (element-type gint64): the speakers of the
 *   claims, in the order of their names
 */
GArray *
qc_claim_table_get_speaker_ids (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), NULL);

  return self->speaker_ids;
}

/**
 * qc_claim_table_get_speaker_names:
 *
 * Returns: (transfer none): the names of qc_claim_table_get_speaker_ids(),
 *   %NULL-terminated
 */
const char * const *
qc_claim_table_get_speaker_names (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), NULL);

  return (const char * const *) self->speaker_names->pdata;
}

/**
 * qc_claim_table_has_unattributed:
 *
 * Returns: whether a claim has no speaker
 */
gboolean
qc_claim_table_has_unattributed (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), FALSE);

  return self->unattributed;
}

/**
 * qc_claim_table_select_claim:
 * @claim_id: the claim to select, or 0 for none
 * @scroll: whether to scroll its row into view
 *
 * A claim the filters hide stays chosen and is selected when they let it
 * show again.
 */
void
qc_claim_table_select_claim (QcClaimTable *self,
                             gint64        claim_id,
                             gboolean      scroll)
{
  g_return_if_fail (QC_IS_CLAIM_TABLE (self));

  self->selected_claim_id = claim_id;
  sync_selection (self, scroll);
}

/**
 * qc_claim_table_get_sort:
 * @order: (out): the order of that column
 *
 * GTK 4.8 cannot tell which column a column view is sorted by (4.10 can).
 * Its sorter asks the sorted columns' sorters in turn, the primary one
 * first, and turns a descending column's answer round: comparing two
 * stand-ins while the column sorters only take note, and answer
 * "smaller", tells both.
 *
 * Returns: the column the rows are sorted by, or %QC_CLAIM_COLUMN_NONE
 */
QcClaimColumn
qc_claim_table_get_sort (QcClaimTable *self,
                         GtkSortType  *order)
{
  g_autoptr(GObject) first = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) second = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering result;

  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), QC_CLAIM_COLUMN_NONE);
  g_return_val_if_fail (order != NULL, QC_CLAIM_COLUMN_NONE);

  self->probing = TRUE;
  self->probed_column = QC_CLAIM_COLUMN_NONE;
  result = gtk_sorter_compare (gtk_column_view_get_sorter (self->column_view), first, second);
  self->probing = FALSE;

  *order = result == GTK_ORDERING_LARGER ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING;
  return result == GTK_ORDERING_EQUAL ? QC_CLAIM_COLUMN_NONE : self->probed_column;
}

/**
 * qc_claim_table_set_sort:
 * @column: the column to sort by, or %QC_CLAIM_COLUMN_NONE for text order
 *
 * Sorts the rows, unless they are sorted so already.
 */
void
qc_claim_table_set_sort (QcClaimTable  *self,
                         QcClaimColumn  column,
                         GtkSortType    order)
{
  GtkSortType current_order;
  QcClaimColumn current;

  g_return_if_fail (QC_IS_CLAIM_TABLE (self));
  g_return_if_fail (column >= QC_CLAIM_COLUMN_NONE && column < QC_CLAIM_N_COLUMNS);

  current = qc_claim_table_get_sort (self, &current_order);
  if (current == column && (column == QC_CLAIM_COLUMN_NONE || current_order == order))
    return;

  gtk_column_view_sort_by_column (self->column_view,
                                  column != QC_CLAIM_COLUMN_NONE ? self->columns[column] : NULL,
                                  order);
}

/**
 * qc_claim_table_copy_layout:
 * @from: another table
 *
 * Sorts as @from does and gives the columns the widths the user gave
 * them there, so that going from one article to another keeps both.
 */
void
qc_claim_table_copy_layout (QcClaimTable *self,
                            QcClaimTable *from)
{
  GtkSortType order;
  QcClaimColumn column;

  g_return_if_fail (QC_IS_CLAIM_TABLE (self));
  g_return_if_fail (QC_IS_CLAIM_TABLE (from));

  if (self == from)
    return;

  column = qc_claim_table_get_sort (from, &order);
  qc_claim_table_set_sort (self, column, order);

  for (guint i = 0; i < QC_CLAIM_N_COLUMNS; i++)
    {
      int width = gtk_column_view_column_get_fixed_width (from->columns[i]);

      if (gtk_column_view_column_get_fixed_width (self->columns[i]) != width)
        gtk_column_view_column_set_fixed_width (self->columns[i], width);
    }
}

GtkColumnView *
qc_claim_table_get_column_view (QcClaimTable *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), NULL);

  return self->column_view;
}

/**
 * qc_claim_table_get_column:
 *
 * Returns: (transfer none): the column view's @column
 */
GtkColumnViewColumn *
qc_claim_table_get_column (QcClaimTable  *self,
                           QcClaimColumn  column)
{
  g_return_val_if_fail (QC_IS_CLAIM_TABLE (self), NULL);
  g_return_val_if_fail (column >= 0 && column < QC_CLAIM_N_COLUMNS, NULL);

  return self->columns[column];
}
