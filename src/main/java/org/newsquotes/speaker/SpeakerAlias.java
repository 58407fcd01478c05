package org.newsquotes.speaker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One way a speaker can be found: the normalised {@code alias} and how it was written ({@code display}). */
@Embeddable
public class SpeakerAlias {

    @Column(name = "alias", nullable = false, length = 300)
    public String alias;

    @Column(name = "display", nullable = false, length = 300)
    public String display;

    protected SpeakerAlias() {
    }

    public SpeakerAlias(String alias, String display) {
        this.alias = alias;
        this.display = display;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeakerAlias other && Objects.equals(alias, other.alias);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(alias);
    }
}
