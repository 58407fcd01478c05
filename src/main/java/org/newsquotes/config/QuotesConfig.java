package org.newsquotes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code quotes.*}. */
@ConfigMapping(prefix = "quotes")
public interface QuotesConfig {

    /** The seed articles ingested on first start. */
    Seeds seeds();

    interface Seeds {
        /** Whether to ingest the seed articles on first start with an empty database. */
        @WithDefault("true")
        boolean enabled();

        /** Folder of {@code *.txt} seed articles (each with an optional {@code .json} metadata sidecar). */
        @WithDefault("seeds")
        String path();
    }
}
