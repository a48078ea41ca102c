/* qc-speakers-page.c: every speaker across articles: rename, merge, see their claims
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-speakers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-speaker-dialog.h"
#include "qc-speakers-page.h"

struct _QcSpeakersPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkListView        *speaker_list_view;
  GtkStack           *detail_stack;
  GtkLabel           *name_label;
  GtkLabel           *details_label;
  GtkLabel           *aliases_label;
  GtkLabel           *claims_heading;
  GtkStack           *claims_stack;
  GtkListView        *claims_view;

  /* Owned references */
  QcStore            *store;
  GListStore         *speakers;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  GListStore         *claims;
  GHashTable         *article_titles;
  char               *search_key;

  gint64              selected_speaker_id;
  guint               syncing;
  gboolean            needs_reload;
};

G_DEFINE_FINAL_TYPE (QcSpeakersPage, qc_speakers_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SELECTED_SPEAKER_ID,
  N_PROPS
};

enum {
  CLAIM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void reload (QcSpeakersPage *self);

/* Helpers */

static void
show_error (QcSpeakersPage *self,
            const GError   *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static const char *
speaker_kind_label (QcSpeakerKind kind)
{
  switch (kind)
    {
    case QC_SPEAKER_KIND_PERSON:
      return C_("speaker kind", "Person");
    case QC_SPEAKER_KIND_ORGANISATION:
      return C_("speaker kind", "Organisation");
    case QC_SPEAKER_KIND_UNKNOWN:
    default:
      return C_("speaker kind", "Unknown");
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

static char *
casefold_or_null (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL || *text == '\0')
    return NULL;
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normalized != NULL ? normalized : text, -1);
}

static gboolean
text_matches (const char *text,
              const char *key)
{
  g_autofree char *folded = casefold_or_null (text);

  return folded != NULL && strstr (folded, key) != NULL;
}

static QcSpeaker *
get_selected_speaker (QcSpeakersPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static guint
find_speaker_position (GListModel *model,
                       gint64      speaker_id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QcSpeaker) speaker = g_list_model_get_item (model, i);

      if (qc_speaker_get_id (speaker) == speaker_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static const char *
lookup_article_title (QcSpeakersPage *self,
                      gint64          article_id)
{
  const char *title;

  if (self->article_titles == NULL)
    {
      g_autoptr(GListModel) articles = qc_store_list_articles (self->store, NULL);
      guint n = articles != NULL ? g_list_model_get_n_items (articles) : 0;

      self->article_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(QcArticle) article = g_list_model_get_item (articles, i);
          gint64 id = qc_article_get_id (article);

          g_hash_table_insert (self->article_titles,
                               g_memdup2 (&id, sizeof id),
                               g_strdup (qc_article_get_title (article)));
        }
    }

  title = g_hash_table_lookup (self->article_titles, &article_id);
  return title != NULL ? title : _("Untitled article");
}

/* The selected speaker */

static void
show_speaker (QcSpeakersPage *self)
{
  QcSpeaker *speaker = get_selected_speaker (self);
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) articles = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *heading = NULL;
  g_autofree char *details = NULL;
  const char * const *aliases;
  const char *role;
  guint n;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.edit", speaker != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.merge-into",
                                 speaker != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->speakers)) > 1);

  if (speaker == NULL)
    {
      g_list_store_remove_all (self->claims);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  gtk_label_set_label (self->name_label, qc_speaker_get_name (speaker));
  role = qc_speaker_get_role (speaker);
  if (role != NULL && *role != '\0')
    /* Translators: a speaker's kind and role, e.g. "Person · Mayor of Riverton" */
    details = g_strdup_printf (_("%s · %s"), speaker_kind_label (qc_speaker_get_kind (speaker)), role);
  else
    details = g_strdup (speaker_kind_label (qc_speaker_get_kind (speaker)));
  gtk_label_set_label (self->details_label, details);

  aliases = qc_speaker_get_aliases (speaker);
  if (aliases != NULL && aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) aliases);
      /* Translators: the other names a speaker goes by */
      g_autofree char *text = g_strdup_printf (_("Also called %s"), joined);

      gtk_label_set_label (self->aliases_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), FALSE);

  claims = qc_store_list_speaker_claims (self->store, qc_speaker_get_id (speaker), &error);
  if (claims == NULL)
    show_error (self, error);

  n = claims != NULL ? g_list_model_get_n_items (claims) : 0;
  articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      QcClaim *claim = g_list_model_get_item (claims, i);

      gint64 article_id = qc_claim_get_article_id (claim);

      g_ptr_array_add (items, claim);
      if (!g_hash_table_contains (articles, &article_id))
        g_hash_table_add (articles, g_memdup2 (&article_id, sizeof article_id));
    }
  g_list_store_splice (self->claims, 0, g_list_model_get_n_items (G_LIST_MODEL (self->claims)),
                       items->pdata, items->len);

  gtk_stack_set_visible_child_name (self->claims_stack, n > 0 ? "claims" : "none");
  if (n == 0)
    heading = g_strdup (_("No Claims"));
  else
    {
      guint n_articles = g_hash_table_size (articles);
      g_autofree char *in_articles =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles), n_articles);

      /* Translators: "5 claims in 2 articles"; %s is "2 articles" */
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim in %s", "%u claims in %s", n),
                                 n, in_articles);
    }
  gtk_label_set_label (self->claims_heading, heading);

  gtk_stack_set_visible_child_name (self->detail_stack, "speaker");
}

static void
sync_selection (QcSpeakersPage *self)
{
  guint position = find_speaker_position (G_LIST_MODEL (self->selection), self->selected_speaker_id);

  self->syncing++;
  if (position != GTK_INVALID_LIST_POSITION || self->selected_speaker_id == 0)
    gtk_single_selection_set_selected (self->selection, position);
  self->syncing--;
}

static void
update_selected_id (QcSpeakersPage *self)
{
  QcSpeaker *speaker = get_selected_speaker (self);
  gint64 id = speaker != NULL ? qc_speaker_get_id (speaker) : 0;

  if (id != self->selected_speaker_id)
    {
      self->selected_speaker_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SPEAKER_ID]);
    }
}

static gboolean
same_speakers (GListModel *old,
               GPtrArray  *fresh)
{
  if (g_list_model_get_n_items (old) != fresh->len)
    return FALSE;

  for (guint i = 0; i < fresh->len; i++)
    {
      g_autoptr(QcSpeaker) a = g_list_model_get_item (old, i);
      QcSpeaker *b = g_ptr_array_index (fresh, i);
      const char * const *aliases_a = qc_speaker_get_aliases (a);
      const char * const *aliases_b = qc_speaker_get_aliases (b);

      if (qc_speaker_get_id (a) != qc_speaker_get_id (b)
          || g_strcmp0 (qc_speaker_get_name (a), qc_speaker_get_name (b)) != 0
          || g_strcmp0 (qc_speaker_get_role (a), qc_speaker_get_role (b)) != 0
          || qc_speaker_get_kind (a) != qc_speaker_get_kind (b)
          || qc_speaker_get_n_claims (a) != qc_speaker_get_n_claims (b)
          || !((aliases_a == NULL && aliases_b == NULL)
               || (aliases_a != NULL && aliases_b != NULL
                   && g_strv_equal ((const char **) aliases_a, (const char **) aliases_b))))
        return FALSE;
    }
  return TRUE;
}

static void
reload (QcSpeakersPage *self)
{
  g_autoptr(GListModel) speakers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (self->store == NULL)
    return;

  self->needs_reload = FALSE;
  g_clear_pointer (&self->article_titles, g_hash_table_unref);

  speakers = qc_store_list_speakers (self->store, &error);
  if (speakers == NULL)
    {
      show_error (self, error);
      return;
    }

  n = g_list_model_get_n_items (speakers);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (speakers, i));

  if (!same_speakers (G_LIST_MODEL (self->speakers), items))
    {
      self->syncing++;
      g_list_store_splice (self->speakers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->speakers)),
                           items->pdata, items->len);
      self->syncing--;
    }

  /* Keep the speaker the user was looking at; if it has gone (merged),
   * take the one now in its place. */
  sync_selection (self);
  update_selected_id (self);
  show_speaker (self);

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "speakers" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0
                                    ? "list" : "no-match");
}

static gboolean
filter_speaker (gpointer item,
                gpointer user_data)
{
  QcSpeakersPage *self = user_data;
  QcSpeaker *speaker = item;
  const char * const *aliases;

  if (self->search_key == NULL)
    return TRUE;

  if (text_matches (qc_speaker_get_name (speaker), self->search_key)
      || text_matches (qc_speaker_get_role (speaker), self->search_key))
    return TRUE;

  aliases = qc_speaker_get_aliases (speaker);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (text_matches (aliases[i], self->search_key))
      return TRUE;

  return FALSE;
}

/* Rows */

static void
setup_two_line_item_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  user_data)
{
  gboolean is_claim = GPOINTER_TO_INT (user_data);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  if (is_claim)
    {
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (title), 2);
    }
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_speaker_item_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  QcSpeaker *speaker = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  guint n_claims = qc_speaker_get_n_claims (speaker);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims),
                                            n_claims);
  const char *role = qc_speaker_get_role (speaker);
  g_autofree char *text = NULL;

  if (role != NULL && *role != '\0')
    /* Translators: a speaker's role and claim count, e.g. "Mayor · 3 claims" */
    text = g_strdup_printf (_("%s · %s"), role, count);
  else
    text = g_steal_pointer (&count);

  gtk_label_set_label (GTK_LABEL (title), qc_speaker_get_name (speaker));
  gtk_label_set_label (GTK_LABEL (subtitle), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), qc_speaker_get_name (speaker));
}

static void
bind_claim_item_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  QcSpeakersPage *self = user_data;
  QcClaim *claim = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *quote = qc_claim_dup_text (claim);
  g_autofree char *text = NULL;

  /* Translators: the article a claim is in, and its evidence state */
  text = g_strdup_printf (_("%s · %s"),
                          lookup_article_title (self, qc_claim_get_article_id (claim)),
                          evidence_label (qc_claim_get_evidence (claim)));
  gtk_label_set_label (GTK_LABEL (title), quote);
  gtk_label_set_label (GTK_LABEL (subtitle), text);
}

/* Signal callbacks */

static void
on_store_changed_cb (QcSpeakersPage *self)
{
  /* Most edits happen while the article is shown: catch up when shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->needs_reload = TRUE;
      return;
    }
  reload (self);
}

static void
on_search_entry_search_changed_cb (QcSpeakersPage *self)
{
  g_free (self->search_key);
  self->search_key = casefold_or_null (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0
                                    ? "list" : "no-match");
}

static void
on_selection_selected_cb (QcSpeakersPage *self)
{
  if (self->syncing > 0)
    return;

  update_selected_id (self);
  show_speaker (self);
}

static void
on_claims_view_activate_cb (QcSpeakersPage *self,
                            guint           position)
{
  g_autoptr(QcClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->claims), position);

  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_ACTIVATED], 0,
                   qc_claim_get_id (claim), qc_claim_get_article_id (claim));
}

static void
on_merge_target_selected_cb (GtkDropDown      *drop_down,
                             GParamSpec       *pspec,
                             AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "merge",
                                           gtk_drop_down_get_selected_item (drop_down) != NULL);
}

static void
on_merge_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             QcSpeakersPage   *self)
{
  GtkDropDown *drop_down = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  QcSpeaker *from = g_object_get_data (G_OBJECT (dialog), "qc-from");
  g_autoptr(QcSpeaker) into = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "merge") != 0 || from == NULL
      || gtk_drop_down_get_selected_item (drop_down) == NULL)
    return;

  /* The merge reloads the lists the drop-down's speaker comes from. */
  into = g_object_ref (gtk_drop_down_get_selected_item (drop_down));

  if (!qc_store_merge_speakers (self->store, qc_speaker_get_id (into), qc_speaker_get_id (from), &error))
    {
      show_error (self, error);
      return;
    }

  /* Translators: "Merged “Mr Brandt” into “Harold Brandt”" */
  message = g_strdup_printf (_("Merged “%s” into “%s”"), qc_speaker_get_name (from), qc_speaker_get_name (into));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));

  qc_speakers_page_set_selected_speaker_id (self, qc_speaker_get_id (into));
}

/* Actions */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (widget);
  QcSpeaker *speaker = get_selected_speaker (self);
  GtkWidget *dialog;
  GtkRoot *root;

  if (speaker == NULL)
    return;

  dialog = qc_speaker_dialog_new (self->store, qc_speaker_get_id (speaker), 0);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
setup_target_item_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_list_item_set_child (item, label);
}

static void
bind_target_item_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  QcSpeaker *speaker = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), qc_speaker_get_name (speaker));
}

static gboolean
is_other_speaker (gpointer item,
                  gpointer user_data)
{
  return qc_speaker_get_id (item) != (gint64) GPOINTER_TO_SIZE (user_data);
}

static void
merge_into_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (widget);
  QcSpeaker *speaker = get_selected_speaker (self);
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkFilterListModel *others;
  GtkCustomFilter *filter;
  GtkWidget *drop_down;
  GtkWidget *dialog;
  GtkRoot *root;
  g_autofree char *heading = NULL;

  if (speaker == NULL)
    return;

  filter = gtk_custom_filter_new (is_other_speaker, GSIZE_TO_POINTER ((gsize) qc_speaker_get_id (speaker)), NULL);
  others = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->speakers)), GTK_FILTER (filter));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_target_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_target_item_cb), NULL);

  drop_down = gtk_drop_down_new (G_LIST_MODEL (others),
                                 gtk_property_expression_new (QC_TYPE_SPEAKER, NULL, "name"));
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), factory);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), GTK_INVALID_LIST_POSITION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Speaker to keep"),
                                  -1);

  root = gtk_widget_get_root (widget);
  /* Translators: the dialog merging two speakers; %s is the one that goes */
  heading = g_strdup_printf (_("Merge “%s”?"), qc_speaker_get_name (speaker));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading,
                                   _("Choose the speaker to keep. All claims move to it, "
                                     "and this speaker’s name becomes one of its aliases. "
                                     "You can undo this."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), drop_down);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  on_merge_target_selected_cb (GTK_DROP_DOWN (drop_down), NULL, ADW_MESSAGE_DIALOG (dialog));

  g_object_set_data_full (G_OBJECT (dialog), "qc-from", g_object_ref (speaker), g_object_unref);
  g_signal_connect_object (drop_down, "notify::selected",
                           G_CALLBACK (on_merge_target_selected_cb), dialog, 0);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_merge_dialog_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject overrides */

static void
qc_speakers_page_constructed (GObject *object)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (object);

  G_OBJECT_CLASS (qc_speakers_page_parent_class)->constructed (object);

  /* The store tells every view about committed edits, undo and redo. */
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
}

static void
qc_speakers_page_map (GtkWidget *widget)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (widget);

  GTK_WIDGET_CLASS (qc_speakers_page_parent_class)->map (widget);

  if (self->needs_reload)
    reload (self);
}

static void
qc_speakers_page_dispose (GObject *object)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_SPEAKERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->speakers);
  g_clear_object (&self->claims);
  g_clear_object (&self->store);
  g_clear_pointer (&self->article_titles, g_hash_table_unref);

  G_OBJECT_CLASS (qc_speakers_page_parent_class)->dispose (object);
}

static void
qc_speakers_page_finalize (GObject *object)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (object);

  g_free (self->search_key);

  G_OBJECT_CLASS (qc_speakers_page_parent_class)->finalize (object);
}

static void
qc_speakers_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SELECTED_SPEAKER_ID:
      g_value_set_int64 (value, self->selected_speaker_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_speakers_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  QcSpeakersPage *self = QC_SPEAKERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SELECTED_SPEAKER_ID:
      qc_speakers_page_set_selected_speaker_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_speakers_page_class_init (QcSpeakersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qc_speakers_page_constructed;
  object_class->dispose = qc_speakers_page_dispose;
  object_class->finalize = qc_speakers_page_finalize;
  object_class->get_property = qc_speakers_page_get_property;
  object_class->set_property = qc_speakers_page_set_property;

  widget_class->map = qc_speakers_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_SPEAKER_ID] =
    g_param_spec_int64 ("selected-speaker-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QcSpeakersPage::claim-activated:
   * @claim_id: the claim chosen in the speaker's list
   * @article_id: the article it is in
   */
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/quotecheck/Quotecheck/ui/qc-speakers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, speaker_list_view);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, claims_heading);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, claims_stack);
  gtk_widget_class_bind_template_child (widget_class, QcSpeakersPage, claims_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_claims_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "speakers.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "speakers.merge-into", NULL, merge_into_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "qcspeakerspage");
}

static void
qc_speakers_page_init (QcSpeakersPage *self)
{
  g_autoptr(GtkListItemFactory) speaker_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) claim_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) claims_selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->speakers = g_list_store_new (QC_TYPE_SPEAKER);
  self->filter = gtk_custom_filter_new (filter_speaker, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->speakers)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_selected_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect (speaker_factory, "setup", G_CALLBACK (setup_two_line_item_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (speaker_factory, "bind", G_CALLBACK (bind_speaker_item_cb), NULL);
  gtk_list_view_set_factory (self->speaker_list_view, speaker_factory);
  gtk_list_view_set_model (self->speaker_list_view, GTK_SELECTION_MODEL (self->selection));

  self->claims = g_list_store_new (QC_TYPE_CLAIM);
  claims_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->claims)));
  g_signal_connect (claim_factory, "setup", G_CALLBACK (setup_two_line_item_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (claim_factory, "bind", G_CALLBACK (bind_claim_item_cb), self);
  gtk_list_view_set_factory (self->claims_view, claim_factory);
  gtk_list_view_set_model (self->claims_view, GTK_SELECTION_MODEL (claims_selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.merge-into", FALSE);
}

/* Public API */

GtkWidget *
qc_speakers_page_new (QcStore *store)
{
  g_return_val_if_fail (QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_SPEAKERS_PAGE, "store", store, NULL);
}

QcStore *
qc_speakers_page_get_store (QcSpeakersPage *self)
{
  g_return_val_if_fail (QC_IS_SPEAKERS_PAGE (self), NULL);

  return self->store;
}

gint64
qc_speakers_page_get_selected_speaker_id (QcSpeakersPage *self)
{
  g_return_val_if_fail (QC_IS_SPEAKERS_PAGE (self), 0);

  return self->selected_speaker_id;
}

/**
 * qc_speakers_page_set_selected_speaker_id:
 * @speaker_id: the speaker to show, or 0 for none
 *
 * Clears the search if it hides @speaker_id.
 */
void
qc_speakers_page_set_selected_speaker_id (QcSpeakersPage *self,
                                          gint64          speaker_id)
{
  g_return_if_fail (QC_IS_SPEAKERS_PAGE (self));
  g_return_if_fail (speaker_id >= 0);

  if (speaker_id == self->selected_speaker_id)
    return;

  if (speaker_id > 0
      && find_speaker_position (G_LIST_MODEL (self->selection), speaker_id) == GTK_INVALID_LIST_POSITION
      && find_speaker_position (G_LIST_MODEL (self->speakers), speaker_id) != GTK_INVALID_LIST_POSITION)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  self->selected_speaker_id = speaker_id;
  sync_selection (self);
  update_selected_id (self);
  show_speaker (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SPEAKER_ID]);
}

/**
 * qc_speakers_page_get_speakers:
 *
 * Returns: (transfer none): the speakers shown (after the search), as a
 *   #GtkSingleSelection of #QcSpeaker
 */
GListModel *
qc_speakers_page_get_speakers (QcSpeakersPage *self)
{
  g_return_val_if_fail (QC_IS_SPEAKERS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * qc_speakers_page_get_claims:
 *
 * Returns: (transfer none): the claims of the selected speaker
 */
GListModel *
qc_speakers_page_get_claims (QcSpeakersPage *self)
{
  g_return_val_if_fail (QC_IS_SPEAKERS_PAGE (self), NULL);

  return G_LIST_MODEL (self->claims);
}

void
qc_speakers_page_reload (QcSpeakersPage *self)
{
  g_return_if_fail (QC_IS_SPEAKERS_PAGE (self));

  reload (self);
}
