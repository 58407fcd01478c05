package org.newsquotes.config;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Reads and records {@link AppState} facts. */
@ApplicationScoped
public class AppStateRepository implements PanacheRepositoryBase<AppState, String> {

    public boolean isSet(String name) {
        return findById(name) != null;
    }

    public void set(String name, String value) {
        AppState state = findById(name);
        boolean created = state == null;
        if (created) {
            state = new AppState();
            state.name = name;
        }
        state.value = value;
        state.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (created) {
            persist(state);
        }
    }
}
