package vn.tinradar.common.event;

/**
 * Where a social post came from, beside the {@link Article} that carries its text: the platform, the public page,
 * channel or group that published it, and the post it answers or shares, if any.
 *
 * <p>Only public pages, channels and groups are followed, never private persons' accounts: {@code account} is
 * the publishing page as the platform names it, and nothing here describes who wrote a comment.
 *
 * @param platform lower-case platform name: {@code facebook}, {@code youtube}, {@code tiktok}, {@code telegram},
 *     {@code zalo}, {@code forum}, or another single word
 * @param account the page, channel or group handle or id on that platform
 * @param accountName its display name, or null
 * @param postId the platform's id of the post, or null when only its URL is known
 * @param kind {@code post}, {@code comment} or {@code share}
 * @param parentUrl the post a comment or share belongs to, or null
 */
public record SocialPost(String platform, String account, String accountName, String postId, String kind,
                         String parentUrl) {

    public static final String POST = "post";
    public static final String COMMENT = "comment";
    public static final String SHARE = "share";

    /**
     * The source id of the page's posts, {@code social:<platform>:<account>}, the same whether they were imported
     * or polled from the channel, so both meet in analysis.
     */
    public String sourceId() {
        return "social:" + platform + ":" + account.toLowerCase(java.util.Locale.ROOT);
    }
}
