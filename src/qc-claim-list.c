/* qc-claim-list.c: the claims of one article in a sortable, filterable table
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-claim-list"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-claim-list.h"
#include "qc-claim-table.h"

/* Tables kept with their rows, so going back to an article lately shown
 * costs no rebuild: as many as the article view keeps pages. */
#define MAX_TABLES 3

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
  GtkStack            *table_stack;

  /* Owned references */
  QcStore             *store;
  GListModel          *source;        /* shared, see qc_claim_list_set_model() */
  GtkStringList       *speaker_names;
  GArray              *speaker_ids;   /* gint64: the speaker filter's entries */

  /* Children of table_stack, the last used first */
  GQueue               tables;
  QcClaimTable        *table;         /* the article's; shown once filled */

  gint64               article_id;
  gint64               selected_claim_id;
  QcClaimFilter        filter;
  guint                syncing;
  guint                use_source : 1;
  guint                reload_pending : 1;   /* see schedule_reload() */
  guint                scroll_pending : 1;

  GdkFrameClock       *frame_clock;
  gulong               after_paint_id;
  guint                flush_timeout_id;
  GdkFrameClock       *spare_clock;   /* see schedule_spare() */
  gulong               spare_paint_id;
  gint64               spare_frame;   /* the frame it was asked in */
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

static void
update_counts (QcClaimList *self)
{
  guint total = qc_claim_table_get_n_claims (self->table);
  guint shown = qc_claim_table_get_n_shown (self->table);
  g_autofree char *text = NULL;
  gboolean filtered = self->filter.speaker_id != QC_CLAIM_FILTER_ANY_SPEAKER
                      || self->filter.evidence >= 0
                      || self->filter.kind >= 0;

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

/* The speaker filter lists the table's speakers, by name. A speaker that
 * has gone (merged, or its last claim removed) stops filtering. */
static void
update_speaker_filter (QcClaimList *self)
{
  GArray *ids = qc_claim_table_get_speaker_ids (self->table);
  const char * const *table_names = qc_claim_table_get_speaker_names (self->table);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint selected = 0;
  gint64 id;

  g_array_set_size (self->speaker_ids, 0);
  id = QC_CLAIM_FILTER_ANY_SPEAKER;
  g_array_append_val (self->speaker_ids, id);
  g_ptr_array_add (names, (gpointer) _("Any Speaker"));
  g_array_append_vals (self->speaker_ids, ids->data, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (names, (gpointer) table_names[i]);
  if (qc_claim_table_has_unattributed (self->table))
    {
      id = QC_CLAIM_FILTER_NO_SPEAKER;
      g_array_append_val (self->speaker_ids, id);
      g_ptr_array_add (names, (gpointer) _("No Speaker"));
    }
  g_ptr_array_add (names, NULL);

  for (guint i = 0; i < self->speaker_ids->len; i++)
    if (g_array_index (self->speaker_ids, gint64, i) == self->filter.speaker_id)
      selected = i;
  if (selected == 0)
    self->filter.speaker_id = QC_CLAIM_FILTER_ANY_SPEAKER;

  self->syncing++;
  if (!same_strings (G_LIST_MODEL (self->speaker_names), (const char * const *) names->pdata))
    gtk_string_list_splice (self->speaker_names, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->speaker_names)),
                            (const char * const *) names->pdata);
  if (gtk_drop_down_get_selected (self->speaker_filter) != selected)
    gtk_drop_down_set_selected (self->speaker_filter, selected);
  self->syncing--;
}

/* Tables */

/* The article's table sorts and lays out its columns as the one shown
 * does. Before its rows come in: sorting them after would scroll to
 * where the first row went. */
static void
copy_layout (QcClaimList *self)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->table_stack);

  if (shown != NULL && shown != GTK_WIDGET (self->table))
    qc_claim_table_copy_layout (self->table, QC_CLAIM_TABLE (shown));
}

static void
show_table (QcClaimList *self)
{
  copy_layout (self);
  gtk_stack_set_visible_child (self->table_stack, GTK_WIDGET (self->table));
}

static void
on_table_claim_selected_cb (QcClaimList  *self,
                            gint64        claim_id,
                            QcClaimTable *table)
{
  if (table != self->table || self->syncing > 0 || claim_id == self->selected_claim_id)
    return;

  self->selected_claim_id = claim_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

static void
on_table_claim_activated_cb (QcClaimList  *self,
                             gint64        claim_id,
                             QcClaimTable *table)
{
  if (table == self->table)
    g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, claim_id);
}

static void
on_table_rows_changed_cb (QcClaimList  *self,
                          QcClaimTable *table)
{
  if (table == self->table)
    update_counts (self);
}

static QcClaimTable *
add_table (QcClaimList *self)
{
  QcClaimTable *table = QC_CLAIM_TABLE (qc_claim_table_new (self->store));

  g_signal_connect_object (table, "claim-selected", G_CALLBACK (on_table_claim_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (table, "claim-activated", G_CALLBACK (on_table_claim_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (table, "rows-changed", G_CALLBACK (on_table_rows_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_stack_add_child (self->table_stack, GTK_WIDGET (table));
  return table;
}

/* The table kept for @article_id, else one to fill with its rows: an
 * empty one, a new one, or the one used longest ago (whose rows the new
 * claims take over, see qc_claim_table_set_claims()). */
static QcClaimTable *
take_table (QcClaimList *self,
            gint64       article_id)
{
  GList *found = NULL;
  QcClaimTable *table;

  for (GList *l = self->tables.head; l != NULL && found == NULL; l = l->next)
    if (qc_claim_table_get_article_id (l->data) == article_id)
      found = l;
  for (GList *l = self->tables.head; l != NULL && found == NULL; l = l->next)
    if (qc_claim_table_get_n_claims (l->data) == 0)
      found = l;
  if (found == NULL && self->tables.length >= MAX_TABLES)
    found = self->tables.tail;

  if (found != NULL)
    {
      table = found->data;
      g_queue_delete_link (&self->tables, found);
    }
  else
    table = add_table (self);

  g_queue_push_head (&self->tables, table);
  return table;
}

/* Spare tables
 *
 * A table takes another article's claims into rows it has, cheaply; a
 * new one builds them (40-50 ms). While the window is idle, the list
 * adds tables with rows, up to MAX_TABLES, so that the first visits of
 * other articles find one. They show the same claims as the article's
 * table meanwhile, and are the first to give their rows up. */

static void schedule_spare (QcClaimList *self);

static void
clear_spare (QcClaimList *self)
{
  /* A clock whose surface went has dropped its handlers already */
  if (self->spare_clock != NULL && self->spare_paint_id != 0
      && g_signal_handler_is_connected (self->spare_clock, self->spare_paint_id))
    g_signal_handler_disconnect (self->spare_clock, self->spare_paint_id);
  self->spare_paint_id = 0;
  g_clear_object (&self->spare_clock);
}

static void
on_spare_after_paint_cb (GdkFrameClock *frame_clock,
                         QcClaimList   *self)
{
  QcClaimTable *spare;

  /* Asked for while this frame was being finished: the next one */
  if (gdk_frame_clock_get_frame_counter (frame_clock) == self->spare_frame)
    return;

  clear_spare (self);
  if (self->tables.length >= MAX_TABLES || self->reload_pending
      || qc_claim_table_get_n_claims (self->table) == 0)
    return;

  spare = add_table (self);
  g_queue_push_tail (&self->tables, spare);
  qc_claim_table_copy_rows (spare, self->table);

  schedule_spare (self);
}

/* Just after a frame: in an idle callback between two, the 40-50 ms a
 * table's rows take to build would hold the next one back; this way one
 * later frame waits, while the user reads what the first one showed. */
static void
schedule_spare (QcClaimList *self)
{
  GdkFrameClock *frame_clock;

  if (self->spare_paint_id != 0 || self->tables.length >= MAX_TABLES
      || qc_claim_table_get_n_claims (self->table) == 0
      || !gtk_widget_get_mapped (GTK_WIDGET (self))
      || (frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self))) == NULL)
    return;

  self->spare_clock = g_object_ref (frame_clock);
  self->spare_frame = gdk_frame_clock_get_frame_counter (frame_clock);
  self->spare_paint_id = g_signal_connect_after (frame_clock, "after-paint",
                                                 G_CALLBACK (on_spare_after_paint_cb), self);
}

/* The speaker filter, the selection and the counts follow the rows of
 * the article's table, which is shown */
static void
follow_table (QcClaimList *self)
{
  gint64 filter_speaker_id = self->filter.speaker_id;

  self->syncing++;
  update_speaker_filter (self);
  if (filter_speaker_id != self->filter.speaker_id)
    qc_claim_table_set_filter (self->table, &self->filter);
  qc_claim_table_select_claim (self->table, self->selected_claim_id, FALSE);
  self->syncing--;

  show_table (self);
  update_counts (self);
  schedule_spare (self);
}

/* Loading */

static void
reload (QcClaimList *self)
{
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GError) error = NULL;

  if (self->use_source)
    claims = self->source != NULL ? g_object_ref (self->source) : NULL;
  else if (self->store != NULL && self->article_id > 0)
    {
      claims = qc_store_list_claims (self->store, self->article_id, 0, &error);
      if (claims == NULL)
        g_warning ("Cannot list the claims of article %" G_GINT64_FORMAT ": %s",
                   self->article_id, error->message);
    }

  /* Sorted and filtered as they come in */
  copy_layout (self);
  qc_claim_table_set_filter (self->table, &self->filter);
  self->syncing++;
  qc_claim_table_set_claims (self->table, self->article_id, claims);
  self->syncing--;
  follow_table (self);
}

/* Another article's rows
 *
 * On GTK 4.8 a list view builds a widget for each of up to 200 rows and
 * each column, whatever it shows: filling a table with another article's
 * claims takes 40-50 ms however few they are. The article being shown
 * waits for nothing: when the list is on screen, a table is filled just
 * after the frame that shows the article, and anything that reads the
 * rows before (qc_claim_list_get_model(), the filters) brings them up to
 * date first. A table kept for the article needs no waiting. */

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
    qc_claim_table_select_claim (self->table, self->selected_claim_id, TRUE);
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

/* Filters */

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

  self->filter.speaker_id = speaker < self->speaker_ids->len
                            ? g_array_index (self->speaker_ids, gint64, speaker)
                            : QC_CLAIM_FILTER_ANY_SPEAKER;
  /* Position 0 is "Any"; then the enum values in order. */
  self->filter.evidence = (evidence == GTK_INVALID_LIST_POSITION || evidence == 0) ? -1 : (int) evidence - 1;
  self->filter.kind = (kind == GTK_INVALID_LIST_POSITION || kind == 0) ? -1 : (int) kind - 1;

  qc_claim_table_set_filter (self->table, &self->filter);
  update_counts (self);
}

static void
on_clear_filters_button_clicked_cb (QcClaimList *self)
{
  qc_claim_list_clear_filters (self);
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

  /* Tables read annotator names from the store: made once it is set */
  self->table = take_table (self, 0);
  reload (self);
}

static void
qc_claim_list_dispose (GObject *object)
{
  QcClaimList *self = QC_CLAIM_LIST (object);

  clear_pending_flush (self);
  clear_spare (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* The tables go with the stack that holds them */
  g_queue_clear (&self->tables);
  self->table = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_CLAIM_LIST);
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
  gtk_widget_class_bind_template_child (widget_class, QcClaimList, table_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_button_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "qcclaimlist");
}

static void
qc_claim_list_init (QcClaimList *self)
{
  QcClaimFilter any = QC_CLAIM_FILTER_INIT;

  self->filter = any;
  self->speaker_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_queue_init (&self->tables);

  /* Before the template: its drop-downs report their first selection. */
  self->syncing++;
  gtk_widget_init_template (GTK_WIDGET (self));

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
 * Shows another article's claims; the filters are reset. An article shown
 * lately comes back with its rows as they were (brought up to date), in
 * the sort order and column widths of the one before.
 */
void
qc_claim_list_set_article_id (QcClaimList *self,
                              gint64       article_id)
{
  QcClaimFilter any = QC_CLAIM_FILTER_INIT;

  g_return_if_fail (QC_IS_CLAIM_LIST (self));
  g_return_if_fail (article_id >= 0);

  if (self->article_id == article_id)
    return;

  /* Rows on their way were the article before's */
  clear_pending_flush (self);
  self->reload_pending = FALSE;
  self->article_id = article_id;

  self->syncing++;
  self->filter = any;
  gtk_drop_down_set_selected (self->evidence_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  /* The shared model of the article before: its owner hands over the
   * new one (qc_claim_list_set_model()). */
  g_clear_object (&self->source);
  self->syncing--;

  self->table = take_table (self, article_id);
  if (!self->use_source)
    reload (self);
  else if (qc_claim_table_get_article_id (self->table) == article_id)
    {
      /* Kept from before: shown at once, brought up to date when the
       * model comes */
      qc_claim_table_set_filter (self->table, &self->filter);
      follow_table (self);
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
    qc_claim_table_select_claim (self->table, claim_id, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

/**
 * qc_claim_list_get_model:
 *
 * Each article has its own rows (see qc_claim_list_set_article_id()):
 * ask again after the article changes.
 *
 * Returns: (transfer none): the rows of the article, filtered and sorted,
 *   as a #GtkSingleSelection of #QcClaim
 */
GListModel *
qc_claim_list_get_model (QcClaimList *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_LIST (self), NULL);

  flush_pending_reload (self);
  return G_LIST_MODEL (qc_claim_table_get_selection (self->table));
}

/**
 * qc_claim_list_get_rows_pending:
 *
 * Returns: whether the article's rows come in after the next frame
 */
gboolean
qc_claim_list_get_rows_pending (QcClaimList *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_LIST (self), FALSE);

  return self->reload_pending;
}

/**
 * qc_claim_list_get_table:
 *
 * Returns: (transfer none): the table of the article's rows
 */
QcClaimTable *
qc_claim_list_get_table (QcClaimList *self)
{
  g_return_val_if_fail (QC_IS_CLAIM_LIST (self), NULL);

  flush_pending_reload (self);
  return self->table;
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
   * wait for the frame, unless a table kept for it holds them already;
   * the same article's, after an edit, do not. */
  if (self->source == NULL && claims != NULL
      && qc_claim_table_get_article_id (self->table) != self->article_id)
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
