/* qc-library-sidebar.c: every article in the database, searchable
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-library-sidebar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "qc-library-sidebar.h"

struct _QcLibrarySidebar
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkBox             *box;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;

  /* Owned references */
  QcStore            *store;
  GListStore         *articles;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  char               *search_key;   /* casefolded, NULL when empty */

  /* State */
  gint64              selected_article_id;
  guint               in_update : 1;
};

G_DEFINE_FINAL_TYPE (QcLibrarySidebar, qc_library_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SELECTED_ARTICLE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static const char *
article_title (QcArticle *article)
{
  const char *title = qc_article_get_title (article);

  if (title == NULL || *title == '\0')
    title = qc_article_get_source_name (article);
  if (title == NULL || *title == '\0')
    title = _("Untitled Article");
  return title;
}

/* "2026-03-04" (or a full ISO 8601 time) as the locale writes a date */
static char *
format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year;
  int month;
  int day;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  date = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (date == NULL)
    return NULL;
  /* Translators: a date in the article list, see strftime(3): "4 Mar 2026" */
  return g_date_time_format (date, _("%-d %b %Y"));
}

static char *
dup_subtitle (QcArticle *article)
{
  const char *outlet = qc_article_get_outlet (article);
  g_autofree char *date = format_date (qc_article_get_published_at (article));

  if (date == NULL)
    date = format_date (qc_article_get_imported_at (article));

  if (outlet != NULL && *outlet != '\0' && date != NULL)
    /* Translators: outlet and date of an article, "Riverton Gazette · 4 Mar 2026" */
    return g_strdup_printf (_("%s · %s"), outlet, date);
  if (outlet != NULL && *outlet != '\0')
    return g_strdup (outlet);
  return g_steal_pointer (&date);
}

static gboolean
contains_key (const char *text,
              const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, key) != NULL;
}

static gboolean
filter_article (gpointer item,
                gpointer user_data)
{
  QcLibrarySidebar *self = user_data;
  QcArticle *article = item;

  if (self->search_key == NULL)
    return TRUE;

  return contains_key (article_title (article), self->search_key)
         || contains_key (qc_article_get_outlet (article), self->search_key);
}

static guint
find_position (QcLibrarySidebar *self,
               gint64            article_id)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; article_id > 0 && i < n_items; i++)
    {
      g_autoptr(QcArticle) article = g_list_model_get_item (model, i);

      if (qc_article_get_id (article) == article_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The list shows the selected article without telling anyone */
static void
sync_selection (QcLibrarySidebar *self)
{
  guint position = find_position (self, self->selected_article_id);

  self->in_update = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->in_update = FALSE;
}

static void
update_stack (QcLibrarySidebar *self)
{
  const char *page = "list";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->articles)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-results";

  gtk_stack_set_visible_child_name (self->stack, page);
  /* Nothing to search in an empty library */
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry),
                            g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0);
}

static void
set_selected_article_id (QcLibrarySidebar *self,
                         gint64            article_id)
{
  if (self->selected_article_id == article_id)
    return;

  self->selected_article_id = article_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE_ID]);
}

/* Signal callbacks */

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     QcLibrarySidebar         *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 1);
  gtk_widget_add_css_class (title, "article-title");

  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 1);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");

  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (count, "count-badge");
  gtk_widget_add_css_class (count, "numeric");

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (row), labels);
  gtk_box_append (GTK_BOX (row), count);

  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "count", count);

  gtk_list_item_set_child (list_item, row);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    QcLibrarySidebar         *self)
{
  QcArticle *article = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "title");
  GtkLabel *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  GtkLabel *count = g_object_get_data (G_OBJECT (row), "count");
  g_autofree char *subtitle_text = dup_subtitle (article);
  g_autofree char *count_text = NULL;
  g_autofree char *count_tooltip = NULL;
  guint n_unassessed = qc_article_get_n_unassessed (article);
  guint n_claims = qc_article_get_n_claims (article);

  gtk_label_set_text (title, article_title (article));
  gtk_widget_set_tooltip_text (GTK_WIDGET (title), article_title (article));
  gtk_label_set_text (subtitle, subtitle_text != NULL ? subtitle_text : "");
  gtk_widget_set_visible (GTK_WIDGET (subtitle), subtitle_text != NULL);

  count_text = g_strdup_printf ("%u", n_unassessed);
  count_tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u claim not assessed yet",
                                                "%u of %u claims not assessed yet",
                                                n_claims),
                                   n_unassessed, n_claims);
  gtk_label_set_text (count, count_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (count), count_tooltip);
  gtk_widget_set_visible (GTK_WIDGET (count), n_unassessed > 0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, article_title (article),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count_tooltip,
                                  -1);
}

static void
on_selection_notify_selected_cb (QcLibrarySidebar   *self,
                                 GParamSpec         *pspec,
                                 GtkSingleSelection *selection)
{
  QcArticle *article;

  g_assert (QC_IS_LIBRARY_SIDEBAR (self));

  if (self->in_update)
    return;

  article = gtk_single_selection_get_selected_item (selection);
  /* Filtering hides the selected article; it stays open */
  if (article != NULL)
    set_selected_article_id (self, qc_article_get_id (article));
}

static void
on_search_entry_search_changed_cb (QcLibrarySidebar *self,
                                   GtkSearchEntry   *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_assert (QC_IS_LIBRARY_SIDEBAR (self));

  g_clear_pointer (&self->search_key, g_free);
  if (*stripped != '\0')
    self->search_key = g_utf8_casefold (stripped, -1);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_selection (self);
  update_stack (self);
}

static void
on_search_entry_stop_search_cb (QcLibrarySidebar *self,
                                GtkSearchEntry   *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* GObject overrides */

static void
qc_library_sidebar_dispose (GObject *object)
{
  QcLibrarySidebar *self = QC_LIBRARY_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_LIBRARY_SIDEBAR);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->articles);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_library_sidebar_parent_class)->dispose (object);
}

static void
qc_library_sidebar_finalize (GObject *object)
{
  QcLibrarySidebar *self = QC_LIBRARY_SIDEBAR (object);

  g_free (self->search_key);

  G_OBJECT_CLASS (qc_library_sidebar_parent_class)->finalize (object);
}

static void
qc_library_sidebar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  QcLibrarySidebar *self = QC_LIBRARY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SELECTED_ARTICLE_ID:
      g_value_set_int64 (value, self->selected_article_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_library_sidebar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  QcLibrarySidebar *self = QC_LIBRARY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      qc_library_sidebar_set_store (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ARTICLE_ID:
      qc_library_sidebar_set_selected_article_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_library_sidebar_class_init (QcLibrarySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qc_library_sidebar_dispose;
  object_class->finalize = qc_library_sidebar_finalize;
  object_class->get_property = qc_library_sidebar_get_property;
  object_class->set_property = qc_library_sidebar_set_property;

  /**
   * QcLibrarySidebar:store: (nullable)
   *
   * The database whose articles are listed.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcLibrarySidebar:selected-article-id:
   *
   * The article selected (the one to open), 0 for none.
   */
  properties[PROP_SELECTED_ARTICLE_ID] =
    g_param_spec_int64 ("selected-article-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-library-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, QcLibrarySidebar, box);
  gtk_widget_class_bind_template_child (widget_class, QcLibrarySidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QcLibrarySidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, QcLibrarySidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "librarysidebar");
}

static void
qc_library_sidebar_init (QcLibrarySidebar *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->articles = g_list_store_new (QC_TYPE_ARTICLE);
  self->filter = gtk_custom_filter_new (filter_article, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->articles)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_notify_selected_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  update_stack (self);
}

/* Public API */

/**
 * qc_library_sidebar_new:
 * @store: (nullable): the database
 *
 * Returns: (transfer floating): a new #QcLibrarySidebar
 */
GtkWidget *
qc_library_sidebar_new (QcStore *store)
{
  g_return_val_if_fail (store == NULL || QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_LIBRARY_SIDEBAR, "store", store, NULL);
}

QcStore *
qc_library_sidebar_get_store (QcLibrarySidebar *self)
{
  g_return_val_if_fail (QC_IS_LIBRARY_SIDEBAR (self), NULL);

  return self->store;
}

/**
 * qc_library_sidebar_set_store:
 * @store: (nullable): the database
 *
 * Lists the articles of @store.
 */
void
qc_library_sidebar_set_store (QcLibrarySidebar *self,
                              QcStore          *store)
{
  g_return_if_fail (QC_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (store == NULL || QC_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  qc_library_sidebar_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
qc_library_sidebar_get_selected_article_id (QcLibrarySidebar *self)
{
  g_return_val_if_fail (QC_IS_LIBRARY_SIDEBAR (self), 0);

  return self->selected_article_id;
}

/**
 * qc_library_sidebar_set_selected_article_id:
 * @article_id: an article, or 0
 *
 * Selects the article's row (when the search shows it).
 */
void
qc_library_sidebar_set_selected_article_id (QcLibrarySidebar *self,
                                            gint64            article_id)
{
  g_return_if_fail (QC_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (article_id >= 0);

  set_selected_article_id (self, article_id);
  sync_selection (self);
}

/**
 * qc_library_sidebar_get_articles:
 *
 * Returns: (transfer none): every #QcArticle listed, newest first
 */
GListModel *
qc_library_sidebar_get_articles (QcLibrarySidebar *self)
{
  g_return_val_if_fail (QC_IS_LIBRARY_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->articles);
}

/**
 * qc_library_sidebar_get_visible_articles:
 *
 * Returns: (transfer none): the #QcArticle the search shows
 */
GListModel *
qc_library_sidebar_get_visible_articles (QcLibrarySidebar *self)
{
  g_return_val_if_fail (QC_IS_LIBRARY_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

void
qc_library_sidebar_set_search_text (QcLibrarySidebar *self,
                                    const char       *text)
{
  g_return_if_fail (QC_IS_LIBRARY_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Do not wait for the entry's delay */
  on_search_entry_search_changed_cb (self, self->search_entry);
}

void
qc_library_sidebar_focus_search (QcLibrarySidebar *self)
{
  g_return_if_fail (QC_IS_LIBRARY_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * qc_library_sidebar_update_article:
 * @article: an article as stored now
 *
 * Shows @article's row as given (its counts after an edit of its claims),
 * without reading the whole library again. Nothing happens when it is not
 * listed.
 */
void
qc_library_sidebar_update_article (QcLibrarySidebar *self,
                                   QcArticle        *article)
{
  guint n_items;

  g_return_if_fail (QC_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (QC_IS_ARTICLE (article));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(QcArticle) item = g_list_model_get_item (G_LIST_MODEL (self->articles), i);

      if (qc_article_get_id (item) != qc_article_get_id (article))
        continue;

      self->in_update = TRUE;
      g_list_store_splice (self->articles, i, 1, (gpointer *) &article, 1);
      self->in_update = FALSE;
      sync_selection (self);
      update_stack (self);
      return;
    }
}

/**
 * qc_library_sidebar_reload:
 *
 * Lists the store's articles again (after an import, an edit, an undo),
 * keeping the selection when the article is still there.
 */
void
qc_library_sidebar_reload (QcLibrarySidebar *self)
{
  g_autoptr(GListModel) articles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = 0;

  g_return_if_fail (QC_IS_LIBRARY_SIDEBAR (self));

  if (self->store != NULL)
    {
      articles = qc_store_list_articles (self->store, &error);
      if (articles == NULL)
        g_warning ("Could not list the articles: %s", error->message);
      else
        n_items = g_list_model_get_n_items (articles);
    }

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (articles, i));

  self->in_update = TRUE;
  g_list_store_splice (self->articles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->articles)),
                       items->pdata, items->len);
  self->in_update = FALSE;

  sync_selection (self);
  update_stack (self);
}
