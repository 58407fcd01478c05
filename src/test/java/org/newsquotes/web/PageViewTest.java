package org.newsquotes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Capped totals: a lower bound when counting stopped, exact otherwise. */
class PageViewTest {

    @Test
    void aCountBeyondTheLimitIsALowerBound() {
        PageView<String> page = PageView.ofCapped(List.of("a", "b"), new PageRequest(3, 2), 10_001, 10_000);
        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalExact()).isFalse();
    }

    @Test
    void aCountWithinTheLimitIsExact() {
        PageView<String> page = PageView.ofCapped(List.of("a", "b"), new PageRequest(1, 2), 10_000, 10_000);
        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalExact()).isTrue();
        assertThat(page.lastPage()).isEqualTo(5_000);
        assertThat(PageView.of(List.of(), new PageRequest(1, 20), 0).totalExact()).isTrue();
    }
}
