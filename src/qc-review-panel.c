/* qc-review-panel.c: my claim and a colleague's side by side, to resolve
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The panel shows one QcReviewPair; its buttons activate the window's
 * review actions (win.review-take-theirs, win.review-keep-mine,
 * win.review-adopt, win.review-set-state, win.review-comment), which
 * resolve the pair in the store: one undo step each. After the store
 * changed the window lists the pairs again and gives the panel the new
 * one.
 */

#define G_LOG_DOMAIN "qc-review-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-review-panel.h"

#define N_FIELDS 7

struct _QcReviewPanel
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkStack        *stack;
  AdwStatusPage   *empty_page;
  GtkLabel        *title_label;
  GtkLabel        *status_label;
  GtkGrid         *fields_grid;
  GtkWidget       *claim_box;
  GtkWidget       *keep_mine_button;
  GtkWidget       *take_theirs_button;
  GtkWidget       *adopt_button;
  GtkWidget       *review_box;
  GtkToggleButton *draft_button;
  GtkToggleButton *approved_button;
  GtkToggleButton *disputed_button;
  GtkWidget       *comment_box;
  AdwEntryRow     *comment_row;
  GtkLabel        *comments_label;

  /* Owned references */
  QcStore         *store;
  QcReviewPair    *pair;
  char            *colleague_name;

  /* Borrowed: the per-field buttons of the pair shown, in the grid */
  GtkWidget       *mine_buttons[N_FIELDS];
  GtkWidget       *theirs_buttons[N_FIELDS];

  /* State */
  QcReviewField    kept_fields;
};

G_DEFINE_FINAL_TYPE (QcReviewPanel, qc_review_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PAIR,
  PROP_COLLEAGUE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the bits of QcReviewField */
static const char *field_names[N_FIELDS] = {
  N_("Quote"), N_("Kind"), N_("Speaker"), N_("Evidence"), N_("Rating"), N_("Note"), N_("Sources"),
};

/* The order of the rows: what was said, by whom, what kind, the verdict */
static const guint field_order[N_FIELDS] = { 0, 2, 1, 3, 4, 5, 6 };

/* Helpers */

static const char *
colleague_name (QcReviewPanel *self)
{
  return self->colleague_name != NULL && *self->colleague_name != '\0'
         ? self->colleague_name : _("Colleague");
}

static const char *
describe_kind (QcClaimKind kind)
{
  switch (kind)
    {
    case QC_CLAIM_KIND_DIRECT:
      return _("Direct quote");
    case QC_CLAIM_KIND_PARTIAL:
      return _("Partial quote");
    case QC_CLAIM_KIND_INDIRECT:
      return _("Reported claim");
    default:
      return _("Claim");
    }
}

static const char *
describe_evidence (QcEvidence evidence)
{
  switch (evidence)
    {
    case QC_EVIDENCE_SUPPORTED:
      return _("Supported");
    case QC_EVIDENCE_UNSUPPORTED:
      return _("Unsupported");
    case QC_EVIDENCE_DISPUTED:
      return _("Disputed");
    case QC_EVIDENCE_UNASSESSED:
    default:
      return _("Unassessed");
    }
}

static char *
describe_sources (QcReviewPanel *self,
                  QcClaim       *claim)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->store != NULL)
    sources = qc_store_list_sources (self->store, qc_claim_get_id (claim), NULL);
  if (sources == NULL || sources->len == 0)
    return g_strdup (_("None"));

  for (guint i = 0; i < sources->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (sources, i);
      const char *name = source->title != NULL && *source->title != '\0' ? source->title : source->url;

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, name != NULL ? name : _("Untitled source"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What one field of a claim says, for a person to read */
static char *
describe_field (QcReviewPanel *self,
                QcClaim       *claim,
                guint          field)
{
  const char *text = NULL;

  if (claim == NULL)
    return g_strdup ("—");

  switch (1u << field)
    {
    case QC_REVIEW_FIELD_SPAN:
      {
        g_autoptr(GString) quote = g_string_new (NULL);

        if (qc_claim_get_orphaned (claim))
          return g_strdup (_("Not found in the text"));
        for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
          {
            const QcClaimSegment *segment = qc_claim_get_segment (claim, i);

            if (i > 0)
              g_string_append (quote, " … ");
            g_string_append (quote, segment->quote != NULL ? segment->quote : "");
          }
        return g_string_free (g_steal_pointer (&quote), FALSE);
      }

    case QC_REVIEW_FIELD_SPEAKER:
      text = qc_claim_get_speaker_name (claim);
      return g_strdup (text != NULL && *text != '\0' ? text : _("No speaker"));

    case QC_REVIEW_FIELD_KIND:
      return g_strdup (describe_kind (qc_claim_get_kind (claim)));

    case QC_REVIEW_FIELD_EVIDENCE:
      return g_strdup (describe_evidence (qc_claim_get_evidence (claim)));

    case QC_REVIEW_FIELD_RATING:
      text = qc_claim_get_rating (claim);
      break;

    case QC_REVIEW_FIELD_NOTE:
      text = qc_claim_get_note (claim);
      break;

    case QC_REVIEW_FIELD_SOURCES:
      return describe_sources (self, claim);

    default:
      g_assert_not_reached ();
    }

  return g_strdup (text != NULL && *text != '\0' ? text : "—");
}

static GtkWidget *
value_label (const char *text,
             const char *accessible_label)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "review-value");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return label;
}

static GtkWidget *
field_button (const char    *label,
              const char    *action_name,
              QcReviewField  field,
              const char    *accessible_label)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", (guint32) field);
  gtk_widget_add_css_class (button, "field-button");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return button;
}

static void
clear_grid (QcReviewPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields_grid))) != NULL)
    gtk_grid_remove (self->fields_grid, child);
  memset (self->mine_buttons, 0, sizeof self->mine_buttons);
  memset (self->theirs_buttons, 0, sizeof self->theirs_buttons);
}

static void
fill_grid (QcReviewPanel *self)
{
  QcClaim *mine = qc_review_pair_get_mine (self->pair);
  QcClaim *theirs = qc_review_pair_get_theirs (self->pair);
  QcReviewField differences = qc_review_pair_get_differences (self->pair);
  gboolean both = qc_review_pair_get_kind (self->pair) == QC_REVIEW_PAIR_BOTH;
  GtkWidget *heading;
  int row = 0;

  heading = gtk_label_new (_("Mine"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_grid_attach (self->fields_grid, heading, 0, row, 1, 1);
  heading = gtk_label_new (colleague_name (self));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_ellipsize (GTK_LABEL (heading), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "review-theirs-heading");
  gtk_grid_attach (self->fields_grid, heading, 1, row, 1, 1);
  row++;

  for (guint k = 0; k < N_FIELDS; k++)
    {
      guint i = field_order[k];
      QcReviewField field = 1u << i;
      gboolean differs = both && (differences & field) != 0;
      gboolean kept = differs && (self->kept_fields & field) != 0;
      g_autofree char *mine_text = describe_field (self, mine, i);
      g_autofree char *theirs_text = describe_field (self, theirs, i);
      g_autofree char *mine_a11y = NULL;
      g_autofree char *theirs_a11y = NULL;
      GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *title = gtk_label_new (_(field_names[i]));

      gtk_widget_set_margin_top (title_box, row > 1 ? 10 : 4);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "caption-heading");
      gtk_widget_add_css_class (title, "dim-label");
      gtk_box_append (GTK_BOX (title_box), title);
      if (differs)
        {
          GtkWidget *mark = gtk_label_new (kept ? _("keeping mine") : _("differs"));

          gtk_widget_add_css_class (mark, "caption");
          gtk_widget_add_css_class (mark, kept ? "dim-label" : "review-differs");
          gtk_box_append (GTK_BOX (title_box), mark);
        }
      gtk_grid_attach (self->fields_grid, title_box, 0, row++, 2, 1);

      /* Translators: what a screen reader says for a value, "Speaker, mine: Ana Duarte" */
      mine_a11y = g_strdup_printf (_("%s, mine: %s"), _(field_names[i]), mine_text);
      /* Translators: "Speaker, Sam Keller's: No speaker" */
      theirs_a11y = g_strdup_printf (_("%s, %s’s: %s"), _(field_names[i]), colleague_name (self), theirs_text);
      {
        GtkWidget *mine_label = value_label (mine_text, mine_a11y);
        GtkWidget *theirs_label = value_label (theirs_text, theirs_a11y);

        if (differs && !kept)
          {
            gtk_widget_add_css_class (mine_label, "review-differs-value");
            gtk_widget_add_css_class (theirs_label, "review-differs-value");
          }
        gtk_grid_attach (self->fields_grid, mine_label, 0, row, 1, 1);
        gtk_grid_attach (self->fields_grid, theirs_label, 1, row++, 1, 1);
      }

      if (differs && !kept)
        {
          /* Translators: a button's accessible name, "Keep my speaker" */
          g_autofree char *keep_a11y = g_strdup_printf (_("Keep my %s"), _(field_names[i]));
          /* Translators: a button's accessible name, "Take their speaker" */
          g_autofree char *take_a11y = g_strdup_printf (_("Take their %s"), _(field_names[i]));

          self->mine_buttons[i] = field_button (_("Keep Mine"), "win.review-keep-mine", field, keep_a11y);
          self->theirs_buttons[i] = field_button (_("Take Theirs"), "win.review-take-theirs", field, take_a11y);
          gtk_grid_attach (self->fields_grid, self->mine_buttons[i], 0, row, 1, 1);
          gtk_grid_attach (self->fields_grid, self->theirs_buttons[i], 1, row++, 1, 1);
        }
    }
}

static void
update_comments (QcReviewPanel *self,
                 QcClaim       *mine)
{
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (mine != NULL && self->store != NULL)
    comments = qc_store_list_comments (self->store, qc_claim_get_id (mine), NULL);

  for (guint i = 0; comments != NULL && i < comments->len; i++)
    {
      QcComment *comment = g_ptr_array_index (comments, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a comment in the review panel, "Jamie Ortiz: The audit is due in May" */
      g_string_append_printf (text, _("%s: %s"),
                              comment->annotator_name != NULL ? comment->annotator_name : _("Unknown"),
                              comment->text != NULL ? comment->text : "");
    }
  gtk_label_set_text (self->comments_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->comments_label), text->len > 0);
}

static void
describe_pair (QcReviewPanel *self,
               char         **title,
               char         **status)
{
  QcReviewField differences = qc_review_pair_get_differences (self->pair);
  QcClaim *mine = qc_review_pair_get_mine (self->pair);
  QcClaim *theirs = qc_review_pair_get_theirs (self->pair);
  gboolean resolved = qc_review_pair_is_resolved (self->pair);

  switch (qc_review_pair_get_kind (self->pair))
    {
    case QC_REVIEW_PAIR_ONLY_MINE:
      /* Translators: "Only you have this claim; Sam Keller has none here" */
      *title = g_strdup_printf (_("Only you have this claim; %s has none here"), colleague_name (self));
      if (resolved)
        *status = g_strdup (qc_claim_get_review_state (mine) == QC_REVIEW_STATE_DISPUTED
                            ? _("Resolved: you marked it disputed")
                            : _("Resolved: you kept it"));
      else
        *status = g_strdup (_("Keep it, or take theirs and remove it"));
      break;

    case QC_REVIEW_PAIR_ONLY_THEIRS:
      /* Translators: "Only Sam Keller has this claim" */
      *title = g_strdup_printf (_("Only %s has this claim"), colleague_name (self));
      if (qc_claim_get_orphaned (theirs))
        *status = g_strdup (_("It was not found in the text of the article: it changed since"));
      else if (resolved)
        *status = g_strdup (_("Resolved: you left it out (their claim is marked disputed)"));
      else
        *status = g_strdup (_("Adopt it into your annotations, or keep yours without it"));
      break;

    case QC_REVIEW_PAIR_BOTH:
    default:
      if (differences == 0)
        {
          *title = g_strdup (_("You agree on this claim"));
          *status = g_strdup (_("Nothing to resolve"));
        }
      else
        {
          g_autoptr(GString) names = g_string_new (NULL);
          guint n = 0;

          for (guint k = 0; k < N_FIELDS; k++)
            if (differences & (1u << field_order[k]))
              {
                if (n++ > 0)
                  g_string_append (names, ", ");
                g_string_append (names, _(field_names[field_order[k]]));
              }
          /* Translators: the fields two claims differ in, "Different: Speaker, Evidence" */
          *title = g_strdup_printf (_("Different: %s"), names->str);
          if (resolved)
            *status = g_strdup (qc_claim_get_review_state (mine) == QC_REVIEW_STATE_DISPUTED
                                ? _("Resolved: you marked your claim disputed")
                                : _("Resolved: you approved your claim"));
          else
            *status = g_strdup (_("Keep yours or take theirs, field by field or for the whole claim"));
        }
      break;
    }
}

static void
update (QcReviewPanel *self)
{
  g_autofree char *title = NULL;
  g_autofree char *status = NULL;
  QcReviewPairKind kind;
  QcClaim *mine;
  QcReviewState state;

  clear_grid (self);

  if (self->pair == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  kind = qc_review_pair_get_kind (self->pair);
  mine = qc_review_pair_get_mine (self->pair);

  describe_pair (self, &title, &status);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->status_label, status);
  fill_grid (self);

  /* Whole claim: keep mine approves mine (or disputes theirs); take
   * theirs copies theirs over mine, or removes mine when they have none */
  gtk_widget_set_visible (self->claim_box, qc_review_pair_has_differences (self->pair));
  gtk_widget_set_visible (self->keep_mine_button, TRUE);
  gtk_widget_set_visible (self->take_theirs_button, kind != QC_REVIEW_PAIR_ONLY_THEIRS);
  gtk_widget_set_visible (self->adopt_button, kind == QC_REVIEW_PAIR_ONLY_THEIRS);
  gtk_widget_set_tooltip_text (self->keep_mine_button,
                               kind == QC_REVIEW_PAIR_ONLY_THEIRS
                               ? _("Leave their claim out of my annotations")
                               : _("Keep my claim as it is and approve it"));
  gtk_widget_set_tooltip_text (self->take_theirs_button,
                               kind == QC_REVIEW_PAIR_ONLY_MINE
                               ? _("They have no claim here: remove mine")
                               : _("Take every field of their claim"));

  gtk_widget_set_visible (self->review_box, mine != NULL);
  gtk_widget_set_visible (self->comment_box, mine != NULL);
  state = mine != NULL ? qc_claim_get_review_state (mine) : QC_REVIEW_STATE_DRAFT;
  gtk_toggle_button_set_active (self->draft_button, state == QC_REVIEW_STATE_DRAFT);
  gtk_toggle_button_set_active (self->approved_button, state == QC_REVIEW_STATE_APPROVED);
  gtk_toggle_button_set_active (self->disputed_button, state == QC_REVIEW_STATE_DISPUTED);
  update_comments (self, mine);

  gtk_stack_set_visible_child_name (self->stack, "pair");
}

/* Signal callbacks */

static void
on_comment_row_apply_cb (QcReviewPanel *self)
{
  g_autofree char *text = NULL;

  g_assert (QC_IS_REVIEW_PANEL (self));

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comment_row))));
  if (*text == '\0')
    return;

  if (gtk_widget_activate_action (GTK_WIDGET (self), "win.review-comment", "s", text))
    gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
}

/* GObject overrides */

static void
qc_review_panel_dispose (GObject *object)
{
  QcReviewPanel *self = QC_REVIEW_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_REVIEW_PANEL);
  memset (self->mine_buttons, 0, sizeof self->mine_buttons);
  memset (self->theirs_buttons, 0, sizeof self->theirs_buttons);

  g_clear_object (&self->pair);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qc_review_panel_parent_class)->dispose (object);
}

static void
qc_review_panel_finalize (GObject *object)
{
  QcReviewPanel *self = QC_REVIEW_PANEL (object);

  g_free (self->colleague_name);

  G_OBJECT_CLASS (qc_review_panel_parent_class)->finalize (object);
}

static void
qc_review_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  QcReviewPanel *self = QC_REVIEW_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PAIR:
      g_value_set_object (value, self->pair);
      break;

    case PROP_COLLEAGUE_NAME:
      g_value_set_string (value, self->colleague_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_review_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  QcReviewPanel *self = QC_REVIEW_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      qc_review_panel_set_store (self, g_value_get_object (value));
      break;

    case PROP_PAIR:
      qc_review_panel_set_pair (self, g_value_get_object (value), 0);
      break;

    case PROP_COLLEAGUE_NAME:
      qc_review_panel_set_colleague_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_review_panel_class_init (QcReviewPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qc_review_panel_dispose;
  object_class->finalize = qc_review_panel_finalize;
  object_class->get_property = qc_review_panel_get_property;
  object_class->set_property = qc_review_panel_set_property;

  /**
   * QcReviewPanel:store: (nullable)
   *
   * The database, for the sources and comments of the claims.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcReviewPanel:pair: (nullable)
   *
   * The pair shown; %NULL shows a hint.
   */
  properties[PROP_PAIR] =
    g_param_spec_object ("pair", NULL, NULL,
                         QC_TYPE_REVIEW_PAIR,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcReviewPanel:colleague-name: (nullable)
   *
   * Who the other claims are from, the heading of their column.
   */
  properties[PROP_COLLEAGUE_NAME] =
    g_param_spec_string ("colleague-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-review-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, empty_page);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, claim_box);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, keep_mine_button);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, take_theirs_button);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, adopt_button);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, review_box);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, draft_button);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, approved_button);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, disputed_button);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, comment_box);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, comment_row);
  gtk_widget_class_bind_template_child (widget_class, QcReviewPanel, comments_label);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_row_apply_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "qcreviewpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qc_review_panel_init (QcReviewPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update (self);
}

/* Public API */

/**
 * qc_review_panel_new:
 * @store: (nullable): the database
 *
 * Returns: (transfer floating): a new, empty #QcReviewPanel
 */
GtkWidget *
qc_review_panel_new (QcStore *store)
{
  g_return_val_if_fail (store == NULL || QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_REVIEW_PANEL, "store", store, NULL);
}

/**
 * qc_review_panel_get_store:
 *
 * Returns: (transfer none) (nullable): the database
 */
QcStore *
qc_review_panel_get_store (QcReviewPanel *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PANEL (self), NULL);

  return self->store;
}

void
qc_review_panel_set_store (QcReviewPanel *self,
                           QcStore       *store)
{
  g_return_if_fail (QC_IS_REVIEW_PANEL (self));
  g_return_if_fail (store == NULL || QC_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

/**
 * qc_review_panel_get_pair:
 *
 * Returns: (transfer none) (nullable): the pair shown
 */
QcReviewPair *
qc_review_panel_get_pair (QcReviewPanel *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PANEL (self), NULL);

  return self->pair;
}

/**
 * qc_review_panel_set_pair:
 * @pair: (nullable): the pair to show
 * @kept_fields: fields that differ for which "Keep Mine" was chosen
 *   already (shown as settled, without buttons)
 *
 * Shows @pair. Setting the same pair again (listed anew after a change)
 * shows it as it is now.
 */
void
qc_review_panel_set_pair (QcReviewPanel *self,
                          QcReviewPair  *pair,
                          QcReviewField  kept_fields)
{
  g_return_if_fail (QC_IS_REVIEW_PANEL (self));
  g_return_if_fail (pair == NULL || QC_IS_REVIEW_PAIR (pair));

  self->kept_fields = kept_fields;
  if (self->pair == pair)
    {
      update (self);
      return;
    }

  g_set_object (&self->pair, pair);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIR]);
}

const char *
qc_review_panel_get_colleague_name (QcReviewPanel *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PANEL (self), NULL);

  return self->colleague_name;
}

void
qc_review_panel_set_colleague_name (QcReviewPanel *self,
                                    const char    *name)
{
  g_return_if_fail (QC_IS_REVIEW_PANEL (self));

  if (g_strcmp0 (self->colleague_name, name) == 0)
    return;

  g_free (self->colleague_name);
  self->colleague_name = g_strdup (name);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLEAGUE_NAME]);
}

/**
 * qc_review_panel_get_field_button:
 * @field: one field (a single bit)
 * @theirs: %TRUE for "Take Theirs", %FALSE for "Keep Mine"
 *
 * Returns: (transfer none) (nullable): the field's button, %NULL when the
 *   field does not differ (or is settled)
 */
GtkWidget *
qc_review_panel_get_field_button (QcReviewPanel *self,
                                  QcReviewField  field,
                                  gboolean       theirs)
{
  g_return_val_if_fail (QC_IS_REVIEW_PANEL (self), NULL);

  for (guint i = 0; i < N_FIELDS; i++)
    if (field == (1u << i))
      return theirs ? self->theirs_buttons[i] : self->mine_buttons[i];

  g_return_val_if_reached (NULL);
}

/**
 * qc_review_panel_get_claim_button:
 * @theirs: %TRUE for "Take Theirs" (or "Adopt Their Claim" for a claim
 *   only they have), %FALSE for "Keep Mine"
 *
 * Returns: (transfer none): the whole-claim button
 */
GtkWidget *
qc_review_panel_get_claim_button (QcReviewPanel *self,
                                  gboolean       theirs)
{
  g_return_val_if_fail (QC_IS_REVIEW_PANEL (self), NULL);

  if (!theirs)
    return self->keep_mine_button;
  if (self->pair != NULL && qc_review_pair_get_kind (self->pair) == QC_REVIEW_PAIR_ONLY_THEIRS)
    return self->adopt_button;
  return self->take_theirs_button;
}
