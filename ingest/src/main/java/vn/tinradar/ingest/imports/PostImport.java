package vn.tinradar.ingest.imports;

import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.ingest.crawl.ArticleSink;
import vn.tinradar.ingest.imports.ImportReport.RefusedLine;

/**
 * Reads one import file into posts: every readable line that makes a post is sent to {@code articles.raw}, every
 * other line is refused with its number and reason (in the report and in {@code ingest.rejected}), and the
 * lines around a bad one are not affected.
 *
 * <p>A post's id is its permalink's, so a file read again after a crash sends the same records, which analyze
 * drops as repeats.
 */
public final class PostImport implements PostReader {

    static final String STAGE = "import";

    private final ArticleSink sink;
    private final PostMapper mapper;

    public PostImport(ArticleSink sink, String defaultPlatform, Clock clock, Duration futureTolerance) {
        this.sink = sink;
        this.mapper = new PostMapper(defaultPlatform, clock, futureTolerance);
    }

    /**
     * Imports {@code bytes}, the content of the file named {@code fileName}. A sink failure (Kafka unreachable)
     * is thrown, so the caller keeps the file and tries again later.
     */
    @Override
    public ImportReport read(String fileName, byte[] bytes) {
        ImportFormat format = ImportFormat.ofFileName(fileName);
        if (format == null) {
            return ImportReport.refusedWhole(fileName, "not a .jsonl, .ndjson, .json, .csv or .tsv file");
        }
        String content;
        try {
            content = ImportFileText.decode(bytes);
        } catch (CharacterCodingException e) {
            return ImportReport.refusedWhole(fileName, "not UTF-8 or UTF-16 text; save it as UTF-8 and drop it again");
        }
        List<ImportLine> lines = format.read(content);
        if (format == ImportFormat.CSV && !lines.isEmpty() && lines.stream().allMatch(l -> l.error() == null)
                && lines.stream().allMatch(l -> PostColumns.fieldsOf(l.fields()).isEmpty())) {
            return ImportReport.refusedWhole(fileName, "no column TinRadar reads in the header row; expected some of "
                    + "url, text, published, platform, account, likes, comments, shares");
        }
        int sent = 0;
        List<RefusedLine> refused = new ArrayList<>();
        for (ImportLine line : lines) {
            String reason;
            String detail;
            if (line.error() != null) {
                reason = "unreadable";
                detail = line.error();
            } else {
                PostMapper.Mapped mapped = mapper.map(line.fields());
                if (mapped.article() != null) {
                    sink.emit(mapped.article());
                    sent++;
                    continue;
                }
                reason = mapped.reason();
                detail = mapped.detail();
            }
            refused.add(new RefusedLine(line.lineNumber(), reason, detail));
            sink.reject(Rejected.of("import", fileName + ":" + line.lineNumber(), STAGE, reason, detail, 0));
        }
        return new ImportReport(fileName, sent, refused, null);
    }
}
