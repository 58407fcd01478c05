package org.newsquotes.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured API keys, kept only as SHA-256 digests. A presented key is hashed and compared with
 * every digest by {@link MessageDigest#isEqual} (constant time for equal-length inputs; all digests have the
 * same length), and the loop never stops early, so timing reveals neither the key nor which key matched.
 * Keys are never logged.
 */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> digests;

    @Inject
    public ApiKeys(SecurityConfig config) {
        this(config.apiKeys().orElse(List.of()));
    }

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::sha256).toList();
    }

    /** True when at least one key is configured. */
    public boolean configured() {
        return !digests.isEmpty();
    }

    /** Number of configured keys (for the start-up log; never the keys themselves). */
    public int count() {
        return digests.size();
    }

    /** True when {@code presented} equals one of the configured keys. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty() || digests.isEmpty()) {
            return false;
        }
        byte[] candidate = sha256(presented);
        boolean match = false;
        for (byte[] digest : digests) {
            match |= MessageDigest.isEqual(digest, candidate);
        }
        return match;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }
}
