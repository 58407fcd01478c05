package org.newsquotes.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A stored article: metadata, the cleaned text that quote spans refer to, and what was repaired. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    /**
     * From sequence article_seq, 50 ids a round trip (allocationSize = the sequence's INCREMENT BY, migration V2_8; Hibernate
     * refuses to start when they differ): the id is known at persist, so the inserts go in JDBC batches at commit.
     */
    @Id
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    public Long id;

    @Column(length = 1000)
    public String title;

    @Column(length = 2048, unique = true)
    public String url;

    @Column(length = 300)
    public String source;

    /** The publication day (also set when only a date was given). */
    @Column(name = "published_date")
    public LocalDate publishedDate;

    /** The publication instant, only when a date-time was given. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(length = 35)
    public String language;

    @Column(length = 300)
    public String dateline;

    @Column(name = "body", nullable = false)
    public String text;

    @Column(name = "content_hash", nullable = false, length = 64, unique = true)
    public String contentHash;

    @Column(name = "spun_score", nullable = false)
    public double spunScore;

    @Column(nullable = false)
    public boolean spun;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "name", length = 300)
    public List<String> authors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_repair", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "ordinal")
    public List<RepairValue> repairs = new ArrayList<>();
}
