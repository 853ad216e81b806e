package vn.tinradar.analyze.peer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import vn.tinradar.analyze.index.SearchStats;
import vn.tinradar.analyze.index.ShardResult;
import vn.tinradar.analyze.search.SearchRequest;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;

/**
 * What this instance answers another one on {@link PeerPaths}: its local stores only, never a further fan-out.
 * The web server checks {@link #allows} first: the caller must send the secret all instances share.
 */
public final class PeerApi {

    /** This instance's local reads. */
    public interface Local {
        SearchStats stats(SearchRequest request);

        ShardResult search(PeerSearch search);

        Optional<ScoredArticle> article(String id);

        Optional<Story> story(String id);

        List<Story> stories(int limit);

        List<Trend> trends(int limit);
    }

    private final byte[] secret;
    private final Local local;

    /** @param secret the shared secret; null or blank refuses every caller */
    public PeerApi(String secret, Local local) {
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.local = local;
    }

    /** Whether a request carrying this {@value PeerPaths#SECRET_HEADER} header comes from a peer (constant time). */
    public boolean allows(String header) {
        return secret != null && header != null
                && MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8));
    }

    public Local local() {
        return local;
    }
}
