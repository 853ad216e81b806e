package vn.tinradar.alerts.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/**
 * The reports archived under {@code <data-dir>/reports/<from>_<to>/} ({@code bao-cao.html}, its charts,
 * {@code bao-cao.pdf}, {@code bao-cao.docx}), as the dashboard lists and serves them. Only names of that shape are ever resolved, so a
 * request cannot reach any other file.
 */
public final class ReportArchive {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern FILE = Pattern.compile("[a-z0-9-]+\\.(html|pdf|png|docx)");

    /** One archived report: its period (to is the first day after it) and title. */
    public record Entry(String period, LocalDate from, LocalDate to, String title, boolean hasPdf, boolean hasDocx) {
    }

    private final Path dir;
    private final Province province;

    public ReportArchive(Path dir) {
        this(dir, Provinces.defaultProvince());
    }

    /** The archive of {@code province}'s reports: their titles name it. */
    public ReportArchive(Path dir, Province province) {
        this.dir = dir;
        this.province = province;
    }

    /** Every archived report whose page is complete, newest period first. */
    public List<Entry> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> periods = Files.list(dir)) {
            return periods.map(p -> entry(p.getFileName().toString())).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Entry::from).reversed().thenComparing(Entry::to)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the reports in " + dir, e);
        }
    }

    /** The archived report of [from, to), once its page is written. */
    public Optional<Entry> entry(LocalDate from, LocalDate to) {
        return entry(from + "_" + to);
    }

    /** A file of an archived report, if both names have the archive's shape and the file is there. */
    public Optional<Path> file(String period, String name) {
        if (period == null || name == null || !PERIOD.matcher(period).matches() || !FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(period).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Optional<Entry> entry(String period) {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches() || !Files.isRegularFile(dir.resolve(period).resolve(ReportDocument.PAGE))) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(m.group(1));
            LocalDate to = LocalDate.parse(m.group(2));
            return Optional.of(new Entry(period, from, to, ReportPage.title(province, from, to),
                    Files.isRegularFile(dir.resolve(period).resolve(ReportDocument.PDF)),
                    Files.isRegularFile(dir.resolve(period).resolve(ReportDocument.DOCX))));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
