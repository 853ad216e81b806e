package vn.tinradar.alerts.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the templates under {@code templates/} on the classpath (Pebble) with one view record as the model,
 * named {@code view} in the template. A {@code .html} template escapes every value it prints for HTML unless the
 * template says otherwise; a {@code .txt} template prints values as they are, since a plain-text mail shows
 * {@code &amp;} literally.
 */
public final class Templates {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final PebbleEngine HTML = engine(true);
    private static final PebbleEngine TEXT = engine(false);

    private Templates() {
    }

    /**
     * @param template the file under {@code templates/}, e.g. {@code alert-email.html}
     * @param view the record the template reads as {@code view}
     * @throws IllegalArgumentException when the name ends neither in {@code .html} nor {@code .txt}
     * @throws IllegalStateException when the template is missing or reads a field the view does not have (a bug)
     */
    public static String render(String template, Object view) {
        PebbleEngine engine;
        if (template.endsWith(".html")) {
            engine = HTML;
        } else if (template.endsWith(".txt")) {
            engine = TEXT;
        } else {
            throw new IllegalArgumentException("template '" + template + "' must end in .html or .txt");
        }
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, Map.of("view", view), VI);
        } catch (PebbleException e) {
            throw new IllegalStateException("template " + template + " cannot render "
                    + view.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + template + " cannot be written", e);
        }
        return out.toString();
    }

    private static PebbleEngine engine(boolean escapeHtml) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(escapeHtml)
                .defaultEscapingStrategy("html")
                // a misspelt field fails the render instead of printing nothing
                .strictVariables(true)
                // in plain text every line break is meant; in HTML the breaks after tags are only layout
                .newLineTrimming(escapeHtml)
                .defaultLocale(VI)
                .build();
    }
}
