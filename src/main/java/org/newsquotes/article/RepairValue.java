package org.newsquotes.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One repair made to an article on its way in (stored form of {@code extraction.Repair}). */
@Embeddable
public class RepairValue {

    @Column(name = "kind", nullable = false, length = 60)
    public String kind;

    @Column(name = "repair_count", nullable = false)
    public int count;

    @Column(name = "detail", length = 1000)
    public String detail;

    protected RepairValue() {
    }

    public RepairValue(String kind, int count, String detail) {
        this.kind = kind;
        this.count = count;
        this.detail = detail;
    }
}
