/* qc-window.c: the main window, the workbench over a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-application.h"
#include "qc-window-private.h"

G_DEFINE_FINAL_TYPE (QcWindow, qc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE_ID,
  PROP_SELECTED_CLAIM_ID,
  PROP_SHOW_SIDEBAR,
  PROP_REVIEW_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
restore_window_state (QcWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_paned_set_position (self->sidebar_paned, g_settings_get_int (self->settings, "sidebar-width"));
  gtk_widget_set_visible (GTK_WIDGET (self->library_sidebar),
                          g_settings_get_boolean (self->settings, "show-sidebar"));
}

static void
save_window_state (QcWindow *self)
{
  gboolean maximized;

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  if (!maximized)
    {
      int width;
      int height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  g_settings_set_boolean (self->settings, "show-sidebar",
                          gtk_widget_get_visible (GTK_WIDGET (self->library_sidebar)));

  /* Panes never shown (no article was open) keep what was saved before */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->library_sidebar)))
    g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (self->sidebar_paned));
  if (gtk_widget_get_mapped (GTK_WIDGET (self->inspector_paned)))
    {
      int width = gtk_widget_get_width (GTK_WIDGET (self->inspector_stack));
      int height = gtk_widget_get_height (GTK_WIDGET (self->claim_list));

      if (width > 0)
        g_settings_set_int (self->settings, "inspector-width", width);
      if (height > 0)
        g_settings_set_int (self->settings, "claim-list-height", height);
    }
}

static void
update_title (QcWindow *self)
{
  QcArticle *article = qc_article_view_get_article (self->article_view);
  g_autofree char *subtitle = NULL;
  const char *title = NULL;

  if (article != NULL)
    {
      guint n_claims = qc_article_get_n_claims (article);
      guint n_unassessed = qc_article_get_n_unassessed (article);

      title = qc_article_get_title (article);
      if (title == NULL || *title == '\0')
        title = qc_article_get_source_name (article);
      if (title == NULL || *title == '\0')
        title = _("Untitled Article");

      if (n_claims == 0)
        subtitle = g_strdup (_("No claims"));
      else
        /* Translators: the window subtitle, "12 claims, 3 not assessed" */
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u claim, %u not assessed",
                                                 "%u claims, %u not assessed",
                                                 n_claims),
                                    n_claims, n_unassessed);
    }

  adw_view_switcher_title_set_title (self->switcher_title, title != NULL ? title : _("Quotecheck"));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Quotecheck"));
}

static void
update_content (QcWindow *self)
{
  GListModel *articles = qc_library_sidebar_get_articles (self->library_sidebar);
  gboolean open = qc_article_view_get_article_id (self->article_view) != 0;

  if (g_list_model_get_n_items (articles) == 0)
    {
      adw_status_page_set_title (self->empty_page, _("Check the Quotes in an Article"));
      adw_status_page_set_description (self->empty_page,
                                       _("Every quote and reported claim is found and highlighted, with "
                                         "who made it. Drop a file here, or paste text with Ctrl+Shift+V."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Article Open"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose an article in the library, or import another one"));
    }

  gtk_stack_set_visible_child_name (self->content_stack, open ? "article" : "empty");
}

/* GtkPaned knows positions from the start; the end child keeps its size */
static void
restore_pane (GtkPaned *paned,
              int       end_size)
{
  gboolean vertical = gtk_orientable_get_orientation (GTK_ORIENTABLE (paned)) == GTK_ORIENTATION_VERTICAL;
  int size = vertical ? gtk_widget_get_height (GTK_WIDGET (paned)) : gtk_widget_get_width (GTK_WIDGET (paned));

  /* The handle is one pixel wide */
  if (size > end_size + 1)
    gtk_paned_set_position (paned, size - end_size - 1);
}

/* Signal callbacks */

/* The inner panes keep the size of their end child (inspector, claim
 * list): known only once GTK gave the pane its size. */
static void
on_paned_notify_max_position_cb (QcWindow   *self,
                                 GParamSpec *pspec,
                                 GtkPaned   *paned)
{
  int max_position = 0;

  g_assert (QC_IS_WINDOW (self));

  g_object_get (paned, "max-position", &max_position, NULL);
  if (max_position <= 1)
    return;

  if (paned == self->inspector_paned && !self->inspector_restored)
    {
      self->inspector_restored = TRUE;
      restore_pane (paned, self->settings != NULL
                             ? g_settings_get_int (self->settings, "inspector-width") : 340);
    }
  else if (paned == self->list_paned && !self->list_restored)
    {
      self->list_restored = TRUE;
      restore_pane (paned, self->settings != NULL
                             ? g_settings_get_int (self->settings, "claim-list-height") : 200);
    }
}

static void
on_library_sidebar_notify_selected_article_id_cb (QcWindow         *self,
                                                  GParamSpec       *pspec,
                                                  QcLibrarySidebar *sidebar)
{
  g_autoptr(GError) error = NULL;
  gint64 article_id = qc_library_sidebar_get_selected_article_id (sidebar);

  g_assert (QC_IS_WINDOW (self));

  if (self->in_reload || article_id == 0)
    return;

  if (!qc_window_open_article (self, article_id, &error))
    qc_window_show_error (self, error);
}

static void
on_article_view_notify_article_id_cb (QcWindow      *self,
                                      GParamSpec    *pspec,
                                      QcArticleView *view)
{
  gint64 article_id = qc_article_view_get_article_id (view);

  g_assert (QC_IS_WINDOW (self));

  qc_library_sidebar_set_selected_article_id (self->library_sidebar, article_id);
  if (self->settings != NULL && article_id != 0)
    g_settings_set_int64 (self->settings, "last-article-id", article_id);

  update_title (self);
  update_content (self);
  _qc_window_update_actions (self);

  /* The list follows article-id (which drops its rows), then shows the
   * claims the view has just read: they are read once. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_ID]);
  if (self->claim_list != NULL)
    qc_claim_list_set_model (self->claim_list, qc_article_view_get_claims (view));

  _qc_window_review_reload (self);
}

static void
on_buffer_notify_has_selection_cb (QcWindow      *self,
                                   GParamSpec    *pspec,
                                   GtkTextBuffer *buffer)
{
  g_assert (QC_IS_WINDOW (self));

  _qc_window_update_actions (self);
}

static void
on_store_changed_cb (QcWindow *self,
                     QcStore  *store)
{
  const QcStoreChanges *changes = qc_store_get_changes (store);

  g_assert (QC_IS_WINDOW (self));

  /* An edit of a few claims updates just those: on an article with
   * thousands of claims, reading them all again takes a visible moment. */
  if (changes->claims_only && qc_article_view_update_claims (self->article_view, changes->claim_ids))
    {
      self->in_reload = TRUE;
      if (qc_article_view_get_article (self->article_view) != NULL)
        qc_library_sidebar_update_article (self->library_sidebar,
                                           qc_article_view_get_article (self->article_view));
      qc_claim_list_reload (self->claim_list);
      self->in_reload = FALSE;
      update_title (self);
      _qc_window_review_reload (self);
      _qc_window_update_actions (self);
      return;
    }

  qc_window_reload (self);
}

static void
on_claim_list_claim_activated_cb (QcWindow *self,
                                  gint64    claim_id)
{
  g_assert (QC_IS_WINDOW (self));

  qc_window_set_selected_claim_id (self, claim_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->article_view));
}

static void
on_speakers_page_claim_activated_cb (QcWindow *self,
                                     gint64    claim_id,
                                     gint64    article_id)
{
  g_autoptr(GError) error = NULL;

  g_assert (QC_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "article");
  if (!qc_window_open_article (self, article_id, &error))
    {
      qc_window_show_error (self, error);
      return;
    }
  qc_window_set_selected_claim_id (self, claim_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->article_view));
}

/* Every speaker of the database takes a while to list: only when asked */
static void
ensure_speakers_page (QcWindow *self)
{
  if (self->speakers_page != NULL)
    return;

  self->speakers_page = QC_SPEAKERS_PAGE (qc_speakers_page_new (self->store));
  g_signal_connect_object (self->speakers_page, "claim-activated",
                           G_CALLBACK (on_speakers_page_claim_activated_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->speakers_page_bin, GTK_WIDGET (self->speakers_page));
}

static void
on_view_stack_notify_visible_child_name_cb (QcWindow     *self,
                                            GParamSpec   *pspec,
                                            AdwViewStack *view_stack)
{
  gboolean article = g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "speakers") != 0;

  g_assert (QC_IS_WINDOW (self));

  if (!article)
    ensure_speakers_page (self);

  /* The buttons that act on the article make no sense beside speakers */
  gtk_widget_set_visible (self->sidebar_button, article);
  gtk_widget_set_visible (self->new_claim_button, article);
  gtk_widget_set_visible (self->highlight_menu_button, article);
}

static gboolean
on_drop_target_drop_cb (QcWindow      *self,
                        const GValue  *value,
                        double         x,
                        double         y,
                        GtkDropTarget *target)
{
  g_assert (QC_IS_WINDOW (self));

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      for (const GSList *l = files; l != NULL; l = l->next)
        qc_window_open_file (self, l->data);
      return files != NULL;
    }

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      qc_window_open_file (self, g_value_get_object (value));
      return TRUE;
    }

  return FALSE;
}

/* GtkWindow overrides */

static gboolean
qc_window_close_request (GtkWindow *window)
{
  QcWindow *self = QC_WINDOW (window);

  /* A note still being typed is saved, not lost */
  if (self->claim_inspector != NULL)
    qc_claim_inspector_save_pending (self->claim_inspector);
  save_window_state (self);

  return GTK_WINDOW_CLASS (qc_window_parent_class)->close_request (window);
}

/* GObject overrides */

static void
qc_window_constructed (GObject *object)
{
  QcWindow *self = QC_WINDOW (object);

  G_OBJECT_CLASS (qc_window_parent_class)->constructed (object);

  g_return_if_fail (QC_IS_STORE (self->store));

  /* The store is a construct-only property: the template's children
   * exist before it is set. */
  qc_article_view_set_store (self->article_view, self->store);
  qc_library_sidebar_set_store (self->library_sidebar, self->store);

  self->claim_list = QC_CLAIM_LIST (qc_claim_list_new (self->store));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->claim_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claims of the article"),
                                  -1);
  adw_bin_set_child (self->claim_list_bin, GTK_WIDGET (self->claim_list));
  self->claim_inspector = QC_CLAIM_INSPECTOR (qc_claim_inspector_new (self->store));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->claim_inspector),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claim inspector"),
                                  -1);
  adw_bin_set_child (self->claim_inspector_bin, GTK_WIDGET (self->claim_inspector));
  qc_review_panel_set_store (self->review_panel, self->store);

  g_object_bind_property (self, "selected-claim-id", self->claim_list, "selected-claim-id",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "selected-claim-id", self->claim_inspector, "claim-id",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "article-id", self->claim_list, "article-id",
                          G_BINDING_SYNC_CREATE);
  qc_claim_list_set_model (self->claim_list, qc_article_view_get_claims (self->article_view));
  g_signal_connect_object (self->claim_list, "claim-activated",
                           G_CALLBACK (on_claim_list_claim_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_view_stack_notify_visible_child_name_cb), self, G_CONNECT_SWAPPED);


  if (g_signal_lookup ("changed", QC_TYPE_STORE) != 0)
    {
      self->store_notifies = TRUE;
      g_signal_connect_object (self->store, "changed",
                               G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
    }

  if (qc_store_is_read_only (self->store))
    {
      g_autofree char *message =
        g_strdup_printf (_("The database %s is read-only: changes cannot be saved"),
                         qc_store_get_path (self->store));

      _qc_window_show_toast (self, message);
    }

  update_content (self);
  update_title (self);
  _qc_window_update_actions (self);
}

static void
qc_window_dispose (GObject *object)
{
  QcWindow *self = QC_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  if (self->buffer_signals != NULL)
    g_signal_group_set_target (self->buffer_signals, NULL);
  g_clear_object (&self->buffer_signals);
  g_clear_object (&self->undo_toast);
  _qc_window_review_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_window_parent_class)->dispose (object);
}

static void
qc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QcWindow *self = QC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, qc_window_get_article_id (self));
      break;

    case PROP_SELECTED_CLAIM_ID:
      g_value_set_int64 (value, self->selected_claim_id);
      break;

    case PROP_SHOW_SIDEBAR:
      /* The header bar's toggle may ask while the template goes away */
      g_value_set_boolean (value, self->library_sidebar == NULL
                                  || gtk_widget_get_visible (GTK_WIDGET (self->library_sidebar)));
      break;

    case PROP_REVIEW_MODE:
      g_value_set_boolean (value, self->review_colleague != 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  QcWindow *self = QC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SELECTED_CLAIM_ID:
      qc_window_set_selected_claim_id (self, g_value_get_int64 (value));
      break;

    case PROP_SHOW_SIDEBAR:
      if (gtk_widget_get_visible (GTK_WIDGET (self->library_sidebar)) != g_value_get_boolean (value))
        {
          gtk_widget_set_visible (GTK_WIDGET (self->library_sidebar), g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_REVIEW_MODE:
      _qc_window_set_review_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_window_class_init (QcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = qc_window_constructed;
  object_class->dispose = qc_window_dispose;
  object_class->get_property = qc_window_get_property;
  object_class->set_property = qc_window_set_property;

  window_class->close_request = qc_window_close_request;

  /**
   * QcWindow:store:
   *
   * The database the window works on; the application owns it.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * QcWindow:article-id:
   *
   * The article open, 0 for none.
   */
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcWindow:selected-claim-id:
   *
   * The claim the article view frames, the claim list selects and the
   * inspector edits; 0 for none.
   */
  properties[PROP_SELECTED_CLAIM_ID] =
    g_param_spec_int64 ("selected-claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcWindow:show-sidebar:
   *
   * Whether the library is shown.
   */
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcWindow:review-mode:
   *
   * Whether a colleague's annotations are shown beside mine; see
   * qc_window_set_review_colleague(). Turning it on picks the colleague
   * who annotated the article (or asks which one).
   */
  properties[PROP_REVIEW_MODE] =
    g_param_spec_boolean ("review-mode", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QcWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, new_claim_button);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, highlight_menu_button);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, sidebar_paned);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, inspector_paned);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, list_paned);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, library_sidebar);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, claim_list_bin);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, claim_inspector_bin);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, speakers_page_bin);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, inspector_stack);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, review_button);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, review_revealer);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, colleague_drop_down);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, colleague_names);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, review_count_label);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, review_figures_label);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, legend_theirs_label);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, legend_only_theirs_label);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, legend_disagreement_label);
  gtk_widget_class_bind_template_child (widget_class, QcWindow, review_panel);

  _qc_window_class_actions_init (widget_class);

  g_type_ensure (QC_TYPE_ARTICLE_VIEW);
  g_type_ensure (QC_TYPE_LIBRARY_SIDEBAR);
  g_type_ensure (QC_TYPE_REVIEW_PANEL);
}

static void
qc_window_init (QcWindow *self)
{
  GtkDropTarget *drop_target;
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = qc_application_create_settings ();
  restore_window_state (self);

  if (self->settings != NULL)
    g_settings_bind (self->settings, "highlight-mode",
                     self->article_view, "highlight-mode",
                     G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->inspector_paned, "notify::max-position",
                           G_CALLBACK (on_paned_notify_max_position_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_paned, "notify::max-position",
                           G_CALLBACK (on_paned_notify_max_position_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->library_sidebar, "notify::selected-article-id",
                           G_CALLBACK (on_library_sidebar_notify_selected_article_id_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_view, "notify::article-id",
                           G_CALLBACK (on_article_view_notify_article_id_cb),
                           self, G_CONNECT_SWAPPED);

  /* One selected claim for the whole window */
  g_object_bind_property (self, "selected-claim-id", self->article_view, "selected-claim-id",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->buffer_signals = g_signal_group_new (GTK_TYPE_TEXT_BUFFER);
  g_signal_group_connect_object (self->buffer_signals, "notify::has-selection",
                                 G_CALLBACK (on_buffer_notify_has_selection_cb),
                                 self, G_CONNECT_SWAPPED);
  g_object_bind_property (qc_article_view_get_text_view (self->article_view), "buffer",
                          self->buffer_signals, "target",
                          G_BINDING_SYNC_CREATE);

  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop_target, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (drop_target, "drop",
                           G_CALLBACK (on_drop_target_drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  _qc_window_actions_init (self);
  _qc_window_review_init (self);
}

/* Public API */

/**
 * qc_window_new:
 * @application: (nullable): the application the window belongs to
 * @store: the database to work on
 *
 * Returns: (transfer none): a new window showing the library of @store
 */
QcWindow *
qc_window_new (GtkApplication *application,
               QcStore        *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * qc_window_get_store:
 *
 * Returns: (transfer none): the database
 */
QcStore *
qc_window_get_store (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * qc_window_get_article_view:
 *
 * Returns: (transfer none): the view showing the article
 */
QcArticleView *
qc_window_get_article_view (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return self->article_view;
}

/**
 * qc_window_get_library_sidebar:
 *
 * Returns: (transfer none): the list of articles
 */
QcLibrarySidebar *
qc_window_get_library_sidebar (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return self->library_sidebar;
}

/**
 * qc_window_get_claim_list:
 *
 * Returns: (transfer none): the #QcClaimList below the article
 */
GtkWidget *
qc_window_get_claim_list (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->claim_list);
}

/**
 * qc_window_get_claim_inspector:
 *
 * Returns: (transfer none): the #QcClaimInspector
 */
GtkWidget *
qc_window_get_claim_inspector (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->claim_inspector);
}

/**
 * qc_window_get_speakers_page:
 *
 * Creates the page when it was not shown yet.
 *
 * Returns: (transfer none): the #QcSpeakersPage
 */
GtkWidget *
qc_window_get_speakers_page (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), NULL);

  ensure_speakers_page (self);
  return GTK_WIDGET (self->speakers_page);
}

gint64
qc_window_get_article_id (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), 0);

  return qc_article_view_get_article_id (self->article_view);
}

/**
 * qc_window_open_article:
 * @article_id: an article of the store, or 0 to close the one open
 * @error: return location for a #GError
 *
 * Shows the article with its claims. On failure what was open stays.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_window_open_article (QcWindow  *self,
                        gint64     article_id,
                        GError   **error)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return qc_article_view_load_article (self->article_view, article_id, error);
}

gint64
qc_window_get_selected_claim_id (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), 0);

  return self->selected_claim_id;
}

/**
 * qc_window_set_selected_claim_id:
 * @claim_id: a claim of the article open, or 0
 *
 * Selects the claim everywhere: framed and scrolled to in the article,
 * selected in the claim list, shown in the inspector.
 */
void
qc_window_set_selected_claim_id (QcWindow *self,
                                 gint64    claim_id)
{
  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (claim_id >= 0);

  if (self->selected_claim_id == claim_id)
    return;

  self->selected_claim_id = claim_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
  _qc_window_update_actions (self);
}

/**
 * qc_window_show_page:
 * @name: "article" or "speakers"
 */
void
qc_window_show_page (QcWindow   *self,
                     const char *name)
{
  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * qc_window_import_file:
 * @file: a local text, Markdown or HTML file
 * @error: return location for a #GError
 *
 * Imports @file into the store (an article already there is found again,
 * not copied) and opens it. A file that is not text (binary, not UTF-8,
 * empty) is refused and nothing is stored.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_window_import_file (QcWindow  *self,
                       GFile     *file,
                       GError   **error)
{
  g_autofree char *path = NULL;
  QcImportResult result = { 0 };

  g_return_val_if_fail (QC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file"), uri);
      return FALSE;
    }

  if (!qc_store_import_file (self->store, path, NULL, 0, &result, error))
    return FALSE;

  _qc_window_store_changed (self);

  return qc_window_open_article (self, result.article_id, error);
}

/* Error messages name the file by its full path; a toast has room for one
 * line, so the name alone leaves space for what went wrong. */
static char *
shorten_message (GFile      *file,
                 const char *message)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = g_file_get_basename (file);
  GString *shortened = g_string_new (message);

  if (path != NULL && basename != NULL)
    {
      g_autofree char *display_path = g_filename_display_name (path);
      g_autofree char *display_basename = g_filename_display_name (basename);

      g_string_replace (shortened, display_path, display_basename, 0);
    }

  return g_string_free (shortened, FALSE);
}

/* An import in the background: long articles take a moment to detect.
 * It may start before the window that shows it is built (see
 * qc_window_begin_open_file()). */
struct _QcFileOpening
{
  GWeakRef      window;        /* empty until finished */
  QcStore      *store;
  GFile        *file;
  AdwToast     *progress_toast;    /* shown when it takes a while */
  guint         progress_id;
  guint         imported : 1;  /* result or error is set */
  guint         attached : 1;
  QcImportResult result;
  GError       *error;
};

static void
file_opening_free (QcFileOpening *opening)
{
  g_weak_ref_clear (&opening->window);
  g_clear_object (&opening->store);
  g_clear_object (&opening->file);
  if (opening->progress_toast != NULL)
    adw_toast_dismiss (opening->progress_toast);
  g_clear_object (&opening->progress_toast);
  g_clear_handle_id (&opening->progress_id, g_source_remove);
  g_clear_error (&opening->error);
  g_free (opening);
}

static gboolean
on_open_file_slow_cb (gpointer user_data)
{
  QcFileOpening *opening = user_data;
  g_autoptr(QcWindow) self = g_weak_ref_get (&opening->window);
  g_autofree char *basename = g_file_get_basename (opening->file);
  g_autofree char *display = g_filename_display_name (basename);
  g_autofree char *title = NULL;

  opening->progress_id = 0;
  if (self == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;

  /* Translators: a toast while a long article is read; %s is the file name */
  title = g_markup_printf_escaped (_("Finding the quotes in “%s”…"), display);
  opening->progress_toast = g_object_ref (adw_toast_new (title));
  adw_toast_set_timeout (opening->progress_toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (opening->progress_toast));
  return G_SOURCE_REMOVE;
}

/* The file read: its article opens in the window, or it says why not */
static void
file_opening_complete (QcFileOpening *opening)
{
  g_autoptr(QcWindow) self = g_weak_ref_get (&opening->window);
  g_autoptr(GError) error = NULL;

  if (self != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      if (opening->error != NULL)
        {
          g_autofree char *message = shorten_message (opening->file, opening->error->message);

          _qc_window_show_toast (self, message);
        }
      else
        {
          /* The store said "changed" already: the library lists it */
          if (!self->store_notifies)
            qc_window_reload (self);
          if (!qc_window_open_article (self, opening->result.article_id, &error))
            qc_window_show_error (self, error);
        }
    }

  if (self != NULL)
    self->n_imports--;
  file_opening_free (opening);
}

static void
on_open_file_imported_cb (GObject      *source_object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  QcFileOpening *opening = user_data;

  opening->imported = TRUE;
  qc_store_import_finish (QC_STORE (source_object), result, &opening->result, &opening->error);
  /* A window not built yet takes it when it is */
  if (opening->attached)
    file_opening_complete (opening);
}

/**
 * qc_window_begin_open_file:
 * @store: the database the window will show
 * @file: a local text, Markdown or HTML file
 *
 * Starts reading @file in the background before there is a window to
 * show it: building a window takes about as long as reading a long
 * article, and both can go on at once. Give the result to
 * qc_window_finish_open_file().
 *
 * Returns: (transfer full): the reading under way
 */
QcFileOpening *
qc_window_begin_open_file (QcStore *store,
                           GFile   *file)
{
  QcFileOpening *opening;
  g_autofree char *path = NULL;

  g_return_val_if_fail (QC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  opening = g_new0 (QcFileOpening, 1);
  g_weak_ref_init (&opening->window, NULL);
  opening->store = g_object_ref (store);
  opening->file = g_object_ref (file);

  /* Not a local file: qc_window_finish_open_file() says why, as a toast */
  path = g_file_get_path (file);
  if (path != NULL)
    qc_store_import_file_async (store, path, NULL, 0, NULL, on_open_file_imported_cb, opening);
  return opening;
}

/**
 * qc_window_finish_open_file:
 * @opening: (transfer full): from qc_window_begin_open_file() with this
 *   window's store
 *
 * Opens the article read when it is read (at once if it is), or tells
 * what went wrong in a toast.
 */
void
qc_window_finish_open_file (QcWindow      *self,
                            QcFileOpening *opening)
{
  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (opening != NULL);
  g_return_if_fail (opening->store == self->store);

  g_weak_ref_set (&opening->window, self);
  opening->attached = TRUE;
  self->n_imports++;

  if (!opening->imported && g_file_peek_path (opening->file) == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Says why */
      qc_window_import_file (self, opening->file, &error);
      if (error != NULL)
        _qc_window_show_toast (self, error->message);
      self->n_imports--;
      file_opening_free (opening);
      return;
    }

  if (opening->imported)
    file_opening_complete (opening);
  else
    opening->progress_id = g_timeout_add (300, on_open_file_slow_cb, opening);
}

/**
 * qc_window_open_file:
 * @file: a local text, Markdown or HTML file
 *
 * Like qc_window_import_file(), but in the background (the window stays
 * usable while a long article is read), and tells the user what went
 * wrong in a toast instead of returning the error.
 */
void
qc_window_open_file (QcWindow *self,
                     GFile    *file)
{
  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  qc_window_finish_open_file (self, qc_window_begin_open_file (self->store, file));
}

/**
 * qc_window_is_importing:
 *
 * Returns: whether a file given to qc_window_open_file() is still being
 *   read in the background
 */
gboolean
qc_window_is_importing (QcWindow *self)
{
  g_return_val_if_fail (QC_IS_WINDOW (self), FALSE);

  return self->n_imports > 0;
}

/**
 * qc_window_import_text:
 * @text: the article, UTF-8 (plain text, Markdown or HTML)
 * @length: bytes in @text, or -1 when it is nul-terminated
 * @title: (nullable): the headline; %NULL to take it from the text
 * @error: return location for a #GError
 *
 * Imports pasted text as a new article and opens it.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_window_import_text (QcWindow    *self,
                       const char  *text,
                       gssize       length,
                       const char  *title,
                       GError     **error)
{
  QcArticleInfo overrides = { 0 };
  QcImportResult result = { 0 };

  g_return_val_if_fail (QC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = (gssize) strlen (text);

  overrides.title = title;
  overrides.source_name = _("Pasted text");
  if (!qc_store_import_data (self->store, text, (gsize) length, NULL, &overrides, 0, &result, error))
    return FALSE;

  _qc_window_store_changed (self);

  return qc_window_open_article (self, result.article_id, error);
}

/**
 * qc_window_restore_last_article:
 *
 * Opens the article open when the application last ran, if it is still
 * in the store; silently nothing otherwise.
 */
void
qc_window_restore_last_article (QcWindow *self)
{
  gint64 article_id;

  g_return_if_fail (QC_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  article_id = g_settings_get_int64 (self->settings, "last-article-id");
  if (article_id > 0)
    qc_window_open_article (self, article_id, NULL);
}

/**
 * qc_window_reload:
 *
 * Shows the store as it is now: after an edit, an undo or redo, or a
 * change by another window.
 */
void
qc_window_reload (QcWindow *self)
{
  g_return_if_fail (QC_IS_WINDOW (self));

  self->in_reload = TRUE;
  qc_library_sidebar_reload (self->library_sidebar);
  qc_article_view_reload (self->article_view);
  /* Rows that did not change stay */
  qc_claim_list_set_model (self->claim_list, qc_article_view_get_claims (self->article_view));
  self->in_reload = FALSE;

  update_title (self);
  update_content (self);
  _qc_window_review_reload (self);
  _qc_window_update_actions (self);
}

/**
 * qc_window_show_error:
 * @error: what went wrong
 *
 * Shows the message of @error in a toast over the window.
 */
void
qc_window_show_error (QcWindow     *self,
                      const GError *error)
{
  g_return_if_fail (QC_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  _qc_window_show_toast (self, error->message);
}

/* Private API */

/* Every edit ends here: with a store that emits "changed" the window
 * already reloaded from the signal. */
void
_qc_window_store_changed (QcWindow *self)
{
  g_assert (QC_IS_WINDOW (self));

  if (!self->store_notifies)
    qc_window_reload (self);
}

void
_qc_window_show_toast (QcWindow   *self,
                       const char *message)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_assert (QC_IS_WINDOW (self));

  /* Toast titles are Pango markup */
  title = g_markup_escape_text (message, -1);
  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
