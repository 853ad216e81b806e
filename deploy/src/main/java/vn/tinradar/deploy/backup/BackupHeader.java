package vn.tinradar.deploy.backup;

import java.time.Instant;
import java.util.Map;

/**
 * The first line of a backup file: what it is, which format version, from which installation, when, and how many
 * entries of each kind follow (so a cut-off file is noticed).
 */
public record BackupHeader(String format, int version, String prefix, Instant createdAt, Map<String, Integer> counts) {

    public static final String FORMAT = "tinradar-backup";
    /** The only version this build writes and reads. */
    public static final int VERSION = 1;

    public BackupHeader {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }
}
