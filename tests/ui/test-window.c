/* test-window.c: tests for QcWindow and QcArticleView
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gstdio.h>

#include "qc-window.h"

/* Our own text (not corpus text): a headline, a direct quote with a cue,
 * a partial quote and an "according to" report. */
static const char article[] =
  "Riverton council backs new budget\n"
  "\n"
  "The mayor of Riverton defended the budget on Tuesday.\n"
  "\n"
  "“We have balanced the books without closing a single school,” Mayor Jane Holloway "
  "said.\n"
  "\n"
  "Critics called the plan “a shell game” and said the city would run short of money "
  "by spring.\n"
  "\n"
  "According to the city treasurer, the reserves will last until March.\n";

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qc-test-window-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_no_errno (g_unlink (child));
    }
  g_assert_no_errno (g_rmdir (path));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static QcWindow *
create_window (void)
{
  QcWindow *window = qc_window_new (NULL);

  /* Windows belong to GTK's toplevel list; hold our own reference */
  return g_object_ref (window);
}

static void
destroy_window (QcWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const QcRange *range_a = a;
  const QcRange *range_b = b;

  if (range_a->start != range_b->start)
    return range_a->start < range_b->start ? -1 : 1;
  return 0;
}

/* Ranges of one kind, sorted and merged where they touch or overlap: the
 * runs a shared GtkTextTag has to show. */
static GArray *
expected_runs (QcDetection *detection,
               gboolean     cues,
               QcClaimKind  kind)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (QcRange));
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (QcRange));
  gsize n_chars = qc_text_get_n_chars (qc_detection_get_text (detection));

  for (guint i = 0; i < qc_detection_get_n_claims (detection); i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);
      QcRange range;

      if (cues)
        range = (QcRange) { claim->cue_start, claim->cue_end };
      else if (claim->kind == kind)
        range = (QcRange) { claim->start, claim->end };
      else
        continue;

      range.end = MIN (range.end, n_chars);
      if (range.start < range.end)
        g_array_append_val (ranges, range);
    }

  g_array_sort (ranges, compare_ranges);

  for (guint i = 0; i < ranges->len; i++)
    {
      QcRange range = g_array_index (ranges, QcRange, i);
      QcRange *last = runs->len > 0 ? &g_array_index (runs, QcRange, runs->len - 1) : NULL;

      if (last != NULL && range.start <= last->end)
        last->end = MAX (last->end, range.end);
      else
        g_array_append_val (runs, range);
    }

  return runs;
}

static GArray *
tagged_runs (GtkTextBuffer *buffer,
             GtkTextTag    *tag)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (QcRange));
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return runs;

  do
    {
      QcRange run;

      g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
      run.start = gtk_text_iter_get_offset (&iter);
      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      g_assert_true (gtk_text_iter_ends_tag (&iter, tag));
      run.end = gtk_text_iter_get_offset (&iter);
      g_array_append_val (runs, run);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag));

  return runs;
}

/* Takes @expected */
static void
assert_tag_runs (GtkTextBuffer *buffer,
                 GtkTextTag    *tag,
                 GArray        *expected,
                 const char    *what)
{
  g_autoptr(GArray) owned = expected;
  g_autoptr(GArray) actual = tagged_runs (buffer, tag);

  g_test_message ("%s: %u runs", what, expected->len);
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_assert_cmpuint (g_array_index (actual, QcRange, i).start, ==,
                        g_array_index (expected, QcRange, i).start);
      g_assert_cmpuint (g_array_index (actual, QcRange, i).end, ==,
                        g_array_index (expected, QcRange, i).end);
    }
}

/* Every claim the engine reports is highlighted with exactly its offsets,
 * whatever the engine finds in the text. */
static void
assert_view_shows (QcArticleView *view,
                   QcDetection   *detection)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (qc_article_view_get_text_view (view));
  QcText *text = qc_detection_get_text (detection);
  g_autofree char *contents = NULL;
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  contents = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (contents, ==, qc_text_get_data (text));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, qc_text_get_n_chars (text));

  for (QcClaimKind kind = QC_CLAIM_KIND_DIRECT; kind <= QC_CLAIM_KIND_INDIRECT; kind++)
    assert_tag_runs (buffer, qc_article_view_get_claim_tag (view, kind),
                     expected_runs (detection, FALSE, kind), qc_claim_kind_to_string (kind));
  assert_tag_runs (buffer, qc_article_view_get_cue_tag (view),
                   expected_runs (detection, TRUE, 0), "cues");

  for (guint i = 0; i < qc_detection_get_n_claims (detection); i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);
      g_autofree char *markup = NULL;
      g_autoptr(GError) error = NULL;
      int found;

      found = qc_article_view_get_claim_at (view, claim->start);
      g_assert_cmpint (found, >=, 0);
      g_assert_cmpuint (qc_detection_get_claim (detection, found)->start, <=, claim->start);

      markup = qc_article_view_dup_claim_tooltip (view, i);
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* Tests */

static void
test_article_view_new_destroy (void)
{
  GtkWidget *view = g_object_ref_sink (qc_article_view_new ());

  g_assert_null (qc_article_view_get_detection (QC_ARTICLE_VIEW (view)));
  g_assert_cmpint (qc_article_view_get_claim_at (QC_ARTICLE_VIEW (view), 0), ==, -1);
  g_assert_finalize_object (view);
}

static void
test_window_new_destroy (void)
{
  QcWindow *window = create_window ();

  g_assert_null (qc_window_get_file (window));
  g_assert_null (qc_window_get_detection (window));
  g_assert_true (QC_IS_ARTICLE_VIEW (qc_window_get_article_view (window)));
  destroy_window (window);
}

static void
test_article_view_tags (void)
{
  GtkWidget *view = g_object_ref_sink (qc_article_view_new ());
  g_autoptr(QcText) text = NULL;
  g_autoptr(QcDetection) detection = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  text = qc_text_new (article, -1, "article", &error);
  g_assert_no_error (error);
  detection = qc_detect (text);
  g_test_message ("%u claims detected", qc_detection_get_n_claims (detection));

  g_signal_connect (view, "notify::detection", G_CALLBACK (count_notify_cb), &notified);

  qc_article_view_set_detection (QC_ARTICLE_VIEW (view), detection);
  g_assert_cmpuint (notified, ==, 1);
  qc_article_view_set_detection (QC_ARTICLE_VIEW (view), detection);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (qc_article_view_get_detection (QC_ARTICLE_VIEW (view)) == detection);

  assert_view_shows (QC_ARTICLE_VIEW (view), detection);

  qc_article_view_set_detection (QC_ARTICLE_VIEW (view), NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpint (gtk_text_buffer_get_char_count (
                     gtk_text_view_get_buffer (
                       qc_article_view_get_text_view (QC_ARTICLE_VIEW (view)))), ==, 0);

  g_assert_finalize_object (view);
}

static void
test_article_view_dark (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *view = g_object_ref_sink (qc_article_view_new ());
  GtkTextTag *tag = qc_article_view_get_claim_tag (QC_ARTICLE_VIEW (view), QC_CLAIM_KIND_DIRECT);
  g_autoptr(GdkRGBA) light = NULL;
  g_autoptr(GdkRGBA) dark = NULL;

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_object_get (tag, "background-rgba", &light, NULL);
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style_manager));
  g_object_get (tag, "background-rgba", &dark, NULL);
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_nonnull (light);
  g_assert_nonnull (dark);
  g_assert_false (gdk_rgba_equal (light, dark));

  g_assert_finalize_object (view);
}

static void
test_window_load_article (Fixture       *fixture,
                          gconstpointer  data)
{
  QcWindow *window = create_window ();
  g_autoptr(GFile) file = write_file (fixture, "budget.txt", article, -1);
  g_autoptr(GError) error = NULL;
  QcDetection *detection;

  g_assert_true (qc_window_load_file (window, file, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_equal (qc_window_get_file (window), file));
  detection = qc_window_get_detection (window);
  g_assert_nonnull (detection);
  g_assert_true (qc_article_view_get_detection (qc_window_get_article_view (window)) == detection);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "budget.txt");

  assert_view_shows (qc_window_get_article_view (window), detection);

  destroy_window (window);
}

static void
test_window_load_bad_files (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, 0, 1, (char) 0xff };
  static const char not_utf8[] = "caf\xe9 au lait";
  struct {
    const char *name;
    const char *contents;
    gssize      length;
    GQuark      domain;
    int         code;
  } cases[] = {
    { "binary.txt", binary, sizeof binary, QC_TEXT_ERROR, QC_TEXT_ERROR_BINARY },
    { "latin1.txt", not_utf8, -1, QC_TEXT_ERROR, QC_TEXT_ERROR_INVALID_UTF8 },
    { "empty.txt", "", 0, G_IO_ERROR, G_IO_ERROR_INVALID_DATA },
    { "blank.txt", " \n\n \t\n", -1, G_IO_ERROR, G_IO_ERROR_INVALID_DATA },
    { "missing.txt", NULL, 0, QC_TEXT_ERROR, QC_TEXT_ERROR_READ },
  };
  QcWindow *window = create_window ();
  g_autoptr(GFile) good = write_file (fixture, "good.txt", article, -1);
  QcDetection *detection;

  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autoptr(GFile) file = NULL;
          g_autoptr(GError) error = NULL;

          if (cases[i].contents != NULL)
            file = write_file (fixture, cases[i].name, cases[i].contents, cases[i].length);
          else
            {
              g_autofree char *path = g_build_filename (fixture->dir, cases[i].name, NULL);

              file = g_file_new_for_path (path);
            }

          detection = qc_window_get_detection (window);
          g_assert_false (qc_window_load_file (window, file, &error));
          g_assert_error (error, cases[i].domain, cases[i].code);
          g_test_message ("%s: %s", cases[i].name, error->message);

          /* What was shown stays shown */
          g_assert_true (qc_window_get_detection (window) == detection);
          if (round == 0)
            g_assert_null (qc_window_get_file (window));
          else
            g_assert_true (g_file_equal (qc_window_get_file (window), good));

          /* The toast path must not warn either */
          qc_window_open_file (window, file);
        }

      /* The window is still usable */
      qc_window_open_file (window, good);
      g_assert_nonnull (qc_window_get_detection (window));
    }

  destroy_window (window);
}

/* Rendering */

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  guint *frames = user_data;

  (*frames)++;

  return G_SOURCE_CONTINUE;
}

static void
wait_for_frames (GtkWidget *widget,
                 guint      n_frames)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);

  while (frames < n_frames)
    g_main_context_iteration (NULL, TRUE);

  gtk_widget_remove_tick_callback (widget, id);
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);

  path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_test_message ("wrote %s (%dx%d)", path, width, height);
}

/* What GtkApplication and AdwApplication would load from the resources */
static void
load_app_resources (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    "/io/github/quotecheck/Quotecheck/icons");
  gtk_css_provider_load_from_resource (provider, "/io/github/quotecheck/Quotecheck/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
render_window (Fixture *fixture)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  QcWindow *window = NULL;
  g_autoptr(GFile) file = write_file (fixture, "budget.txt", article, -1);
  g_autoptr(GError) error = NULL;

  load_app_resources ();
  window = create_window ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (GTK_WIDGET (window), 30);
  save_png (GTK_WIDGET (window), "window-empty.png");

  g_assert_true (qc_window_load_file (window, file, &error));
  g_assert_no_error (error);
  wait_for_frames (GTK_WIDGET (window), 30);
  save_png (GTK_WIDGET (window), "window-article.png");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_frames (GTK_WIDGET (window), 30);
  save_png (GTK_WIDGET (window), "window-article-dark.png");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  /* A narrow window keeps working too */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  wait_for_frames (GTK_WIDGET (window), 30);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <, 600);

  destroy_window (window);
}

static void
test_window_render (Fixture       *fixture,
                    gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      render_window (fixture);
      return;
    }

  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_no_display (void)
{
  g_test_skip ("no display; run under xvfb-run");
}

/* Fontconfig keeps its caches until exit on purpose; LeakSanitizer (in
 * -Db_sanitize=address builds) would report them as leaks of ours. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_init (&argc, &argv, NULL);
      g_test_add_func ("/qc/window/no-display", test_no_display);
      return g_test_run ();
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qc/article-view/new-destroy", test_article_view_new_destroy);
  g_test_add_func ("/qc/article-view/tags", test_article_view_tags);
  g_test_add_func ("/qc/article-view/dark", test_article_view_dark);
  g_test_add_func ("/qc/window/new-destroy", test_window_new_destroy);
  g_test_add ("/qc/window/load-article", Fixture, NULL,
              fixture_set_up, test_window_load_article, fixture_tear_down);
  g_test_add ("/qc/window/load-bad-files", Fixture, NULL,
              fixture_set_up, test_window_load_bad_files, fixture_tear_down);
  g_test_add ("/qc/window/render", Fixture, NULL,
              fixture_set_up, test_window_render, fixture_tear_down);

  return g_test_run ();
}
