package vn.tinradar.common.test;

import java.util.HashMap;
import java.util.Map;

/**
 * Which test class owns which topic prefix on the shared broker, so that no class reads another's records: the
 * prefix also names the Streams application ids and consumer groups, so a shared prefix would share those too.
 */
final class PrefixClaims {

    private final Map<String, String> ownerByPrefix = new HashMap<>();

    /** Records {@code testClass} as the owner of {@code prefix}; refuses a prefix another class already owns. */
    synchronized void claim(String prefix, String testClass) {
        String owner = ownerByPrefix.putIfAbsent(prefix, testClass);
        if (owner != null && !owner.equals(testClass)) {
            throw new IllegalStateException("topic prefix '" + prefix + "' of " + testClass + " is already used by "
                    + owner + " on the shared broker; give " + testClass + " a prefix of its own");
        }
    }
}
