package org.newsquotes.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.newsquotes.cache.DataVersion;
import java.util.List;

/** Test helper: empties the database and counts rows, to prove what a request wrote (or did not). */
@ApplicationScoped
public class TestData {

    private static final List<String> TABLES = List.of("quote", "speaker_alias", "speaker_role", "speaker",
            "article_author", "article_repair", "article", "app_state");

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    public void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            TABLES.forEach(t -> em.createNativeQuery("delete from " + t).executeUpdate());
            dataVersion.bump(); // drops the cached list pages once committed
        });
    }

    /** Row counts of articles, quotes and speakers. */
    public Counts counts() {
        return QuarkusTransaction.requiringNew().call(() -> new Counts(count("article"), count("quote"), count("speaker")));
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    /** Row counts. */
    public record Counts(long articles, long quotes, long speakers) {
    }
}
