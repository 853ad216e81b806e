package vn.tinradar.ingest.fetch;

/**
 * What to fetch and under which rules.
 *
 * @param maxBytes size cap of the (decompressed) body
 * @param etag validator from the last OK fetch, or null
 * @param lastModified validator from the last OK fetch, or null
 * @param allowPrivateNetwork lifts the SSRF guard (demo and tests only)
 */
public record FetchRequest(String url, String sourceId, long maxBytes, String etag, String lastModified,
                           boolean allowPrivateNetwork) {

    public FetchRequest withValidators(String newEtag, String newLastModified) {
        return new FetchRequest(url, sourceId, maxBytes, newEtag, newLastModified, allowPrivateNetwork);
    }
}
