package org.newsquotes.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A stored speaker. {@code mergeKey} is unique: kind + normalised name for people and organisations, and
 * additionally the article for groups and anonymous sources (so those are never merged).
 */
@Entity
@Table(name = "speaker")
public class SpeakerEntity extends PanacheEntityBase {

    /**
     * From sequence speaker_seq, 50 ids a round trip (allocationSize = the sequence's INCREMENT BY, migration V2_8; Hibernate
     * refuses to start when they differ): the id is known at persist, so the inserts go in JDBC batches at commit.
     */
    @Id
    @SequenceGenerator(name = "speaker_seq", sequenceName = "speaker_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_seq")
    public Long id;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "normalized_name", nullable = false, length = 300)
    public String normalizedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SpeakerKind kind;

    @Column(name = "merge_key", nullable = false, length = 400, unique = true)
    public String mergeKey;

    /** The article a group or anonymous speaker belongs to; null for people and organisations. */
    @Column(name = "article_id")
    public Long articleId;

    @ElementCollection
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    public Set<SpeakerAlias> aliases = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "speaker_role", joinColumns = @JoinColumn(name = "speaker_id"))
    @Column(name = "role", length = 500)
    public Set<String> roles = new LinkedHashSet<>();
}
