package vn.tinradar.ingest.imports;

/** Reads one import file into posts and reports its refused lines: {@link PostImport}, or the crawler's own. */
@FunctionalInterface
public interface PostReader {

    /** Throws {@code SinkException} when the posts could not be stored, so the caller can keep the file. */
    ImportReport read(String fileName, byte[] content);
}
