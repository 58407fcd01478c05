package org.newsquotes.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.newsquotes.article.ArticleEntity;
import org.newsquotes.extraction.DatePrecision;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.speaker.SpeakerEntity;

/** A stored quotation. Unique per article and span. */
@Entity
@Table(name = "quote")
public class QuoteEntity extends PanacheEntityBase {

    /**
     * From sequence quote_seq, 50 ids a round trip (allocationSize = the sequence's INCREMENT BY, migration V2_8; Hibernate
     * refuses to start when they differ): the id is known at persist, so the inserts go in JDBC batches at commit.
     */
    @Id
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public ArticleEntity article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public SpeakerEntity speaker;

    @Column(name = "quote_text", nullable = false)
    public String text;

    @Column(name = "normalized_text")
    public String normalizedText;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_type", nullable = false, length = 10)
    public QuoteType type;

    @Column(name = "speaker_mention", length = 300)
    public String speakerMention;

    @Column(length = 500)
    public String role;

    @Column(length = 300)
    public String cue;

    @Column(name = "quote_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", length = 10)
    public DatePrecision datePrecision;

    @Column(name = "date_text", length = 300)
    public String dateText;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    public String context;

    @Column(nullable = false)
    public double confidence;
}
