package org.newsquotes.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named fact about this database, e.g. that the seed articles were loaded. */
@Entity
@Table(name = "app_state")
public class AppState {

    @Id
    @Column(length = 100)
    public String name;

    @Column(name = "state_value", length = 1000)
    public String value;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
