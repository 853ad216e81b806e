package vn.tinradar.analyze.score.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * Reads the scorers' tab-separated resources (gazetteer, taxonomy, lexicons) as UTF-8 whatever the platform,
 * skipping blank lines and {@code #} comments, from the classpath or from a file that overrides it.
 */
public final class TsvResource {

    /** Receives one data line: its 1-based number and its tab-separated columns. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int lineNo, String[] columns);
    }

    private TsvResource() {
    }

    /** Parses a bundled resource; its absence means a broken build, not bad input. */
    public static <T> T bundled(String resource, BiFunction<InputStream, String, T> parser) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing from the classpath");
            }
            return parser.apply(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }

    public static <T> T file(Path file, BiFunction<InputStream, String, T> parser) {
        try (InputStream in = Files.newInputStream(file)) {
            return parser.apply(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Hands every data line to {@code handler}; a handler's IllegalArgumentException should name the line. */
    public static void forEachRow(InputStream in, String sourceName, RowHandler handler) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    handler.row(lineNo, line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }
}
