package vn.tinradar.deploy.backup;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line after the header: a record of one kind, its key, and its value as the JSON the topic holds (for a file,
 * {@code {"name": ..., "text": ...}}).
 */
public record BackupEntry(String kind, String key, JsonNode value) {
}
