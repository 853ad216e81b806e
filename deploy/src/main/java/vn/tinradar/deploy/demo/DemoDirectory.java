package vn.tinradar.deploy.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.spokes.DirectoryAdmin;

/**
 * The demo's directory of spokespersons for Lào Cai ({@code demo/spokes/directory.csv}): the provincial People's
 * Committee office, the Sở itself, the land and environment department and four communes and wards. Offices and
 * people are invented, addresses end in {@code .example} and telephone numbers are placeholders. Imported through
 * the admins' CSV import, once: a directory that already has agencies is left as it is.
 */
public final class DemoDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDirectory.class);
    static final String RESOURCE = "/demo/spokes/directory.csv";

    private DemoDirectory() {
    }

    public static void load(DirectoryAdmin admin) {
        if (!admin.directory().agencies().isEmpty()) {
            return;
        }
        try (InputStream in = DemoDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            DirectoryAdmin.ImportReport report = admin.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "demo");
            if (!report.rejected().isEmpty()) {
                throw new IllegalStateException("demo directory " + RESOURCE + " line " + report.rejected().get(0).line()
                        + ": " + report.rejected().get(0).reason());
            }
            LOG.info("event=demo_directory_loaded agencies={} persons={}", report.agencies(), report.persons());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
