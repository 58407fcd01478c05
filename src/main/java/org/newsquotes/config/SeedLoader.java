package org.newsquotes.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.newsquotes.article.ArticleRequest;
import org.newsquotes.article.ArticleService;
import org.newsquotes.article.ArticleSubmission;
import org.newsquotes.article.IngestResult;

/**
 * On the first start with an empty database, ingests every {@code *.txt} in the seed folder (metadata from
 * the {@code .json} sidecar of the same name). Records that it did so, so seeds are never loaded twice, not
 * even after all articles were deleted. Off with {@code quotes.seeds.enabled=false}.
 */
@ApplicationScoped
public class SeedLoader {

    static final String LOADED = "seeds.loaded";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final QuotesConfig config;
    private final ArticleService articles;
    private final AppStateRepository state;
    private final ObjectMapper mapper;

    public SeedLoader(QuotesConfig config, ArticleService articles, AppStateRepository state, ObjectMapper mapper) {
        this.config = config;
        this.articles = articles;
        this.state = state;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.seeds().enabled()) {
            load(Path.of(config.seeds().path()));
        }
    }

    /** Loads the seeds from {@code dir} unless they were loaded before or the database has articles. */
    public int load(Path dir) {
        if (QuarkusTransaction.requiringNew().call(() -> state.isSet(LOADED))) {
            return 0;
        }
        int loaded = 0;
        if (articles.count() > 0) {
            LOG.info("database already holds articles; seed articles not loaded");
        } else if (!Files.isDirectory(dir)) {
            LOG.warnf("seed folder %s not found; no seed articles loaded", dir.toAbsolutePath());
            return 0;
        } else {
            for (Path file : seedFiles(dir)) {
                loaded += ingest(file) ? 1 : 0;
            }
            LOG.infof("loaded %d seed articles from %s", loaded, dir.toAbsolutePath());
        }
        markLoaded(dir);
        return loaded;
    }

    private boolean ingest(Path file) {
        try {
            SeedMetadata meta = metadata(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ArticleRequest request = new ArticleRequest(text, null, meta.title(), meta.url(), meta.source(),
                    meta.publishedAt(), meta.language());
            IngestResult result = articles.ingest(ArticleSubmission.of(request));
            return result.created();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "seed article %s could not be ingested", file);
            return false;
        }
    }

    private SeedMetadata metadata(Path txt) throws IOException {
        String name = txt.getFileName().toString();
        Path sidecar = txt.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json");
        return Files.isRegularFile(sidecar) ? mapper.readValue(sidecar.toFile(), SeedMetadata.class) : SeedMetadata.none();
    }

    private static List<Path> seedFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void markLoaded(Path dir) {
        try {
            QuarkusTransaction.requiringNew().run(() -> state.set(LOADED, dir.toString()));
        } catch (RuntimeException e) {
            LOG.debug("another instance recorded the seed load first", e);
        }
    }
}
