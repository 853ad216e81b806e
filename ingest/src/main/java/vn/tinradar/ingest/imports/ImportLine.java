package vn.tinradar.ingest.imports;

import java.util.Map;

/**
 * One record of an import file, by column name, with the line it starts on; {@code error} is set instead of
 * {@code fields} when the line could not even be read (broken JSON, a CSV row cut short).
 */
record ImportLine(long lineNumber, Map<String, String> fields, String error) {

    static ImportLine of(long lineNumber, Map<String, String> fields) {
        return new ImportLine(lineNumber, fields, null);
    }

    static ImportLine broken(long lineNumber, String error) {
        return new ImportLine(lineNumber, Map.of(), error);
    }
}
