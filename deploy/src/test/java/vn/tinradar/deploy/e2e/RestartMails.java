package vn.tinradar.deploy.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which mails a restarted demo may write to the outbox: none but the weekly report of a week that began after every
 * week reported before. The demo mails the last full week at start (Vietnam time), so a restart that crosses
 * Monday 00:00 in Hà Nội (Sunday 17:00 UTC) rightly mails the new week; anything else written is a repeat. A mail
 * sent again under its delivery key replaces its file, so a repeat shows as a newer file, not as one more.
 */
final class RestartMails {

    /** The outbox name {@code ReportSender} gives a period's report: {@code report-<from>_<to>.eml}. */
    private static final Pattern REPORT = Pattern.compile("report-(\\d{4}-\\d{2}-\\d{2})_\\d{4}-\\d{2}-\\d{2}\\.eml");

    private RestartMails() {
    }

    /** Each .eml of the outbox and when it was last written; empty when there is no outbox. */
    static Map<String, Instant> written(Path outbox) throws IOException {
        Map<String, Instant> out = new TreeMap<>();
        if (!Files.isDirectory(outbox)) {
            return out;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                out.put(f.getFileName().toString(), Files.getLastModifiedTime(f).toInstant());
            }
        }
        return out;
    }

    /** The outbox files written between {@code before} and {@code after} that a restart must not have sent. */
    static List<String> repeats(Map<String, Instant> before, Map<String, Instant> after) {
        Optional<LocalDate> lastWeekBefore = before.keySet().stream().map(RestartMails::reportedWeek)
                .flatMap(Optional::stream).max(LocalDate::compareTo);
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey)
                .filter(name -> reportedWeek(name).filter(week -> lastWeekBefore.map(week::isAfter).orElse(true))
                        .isEmpty())
                .sorted().toList();
    }

    private static Optional<LocalDate> reportedWeek(String name) {
        Matcher m = REPORT.matcher(name);
        return m.matches() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    }
}
