package org.newsquotes.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteBoundedLruTest {

    @Test
    void evictsTheLeastRecentlyUsedUntilTheBytesFit() {
        ByteBoundedLru<String, String> lru = new ByteBoundedLru<>(100);
        lru.put("a", "A", 0, 40);
        lru.put("b", "B", 0, 40);
        assertThat(lru.get("a", 0)).isEqualTo("A"); // a is now more recent than b
        lru.put("c", "C", 0, 40);
        assertThat(lru.get("b", 0)).isNull();
        assertThat(lru.get("a", 0)).isEqualTo("A");
        assertThat(lru.get("c", 0)).isEqualTo("C");
        assertThat(lru.bytes()).isEqualTo(80);
        assertThat(lru.size()).isEqualTo(2);
        assertThat(lru.evictions()).isEqualTo(1);
    }

    @Test
    void replacingAnEntryCountsOnlyItsNewWeight() {
        ByteBoundedLru<String, String> lru = new ByteBoundedLru<>(100);
        lru.put("a", "A", 0, 60);
        lru.put("a", "A2", 0, 70);
        assertThat(lru.bytes()).isEqualTo(70);
        assertThat(lru.get("a", 0)).isEqualTo("A2");
        assertThat(lru.evictions()).isZero();
    }

    @Test
    void anEntryHeavierThanTheBoundIsNotStoredAndEvictsNothing() {
        ByteBoundedLru<String, String> lru = new ByteBoundedLru<>(100);
        lru.put("a", "A", 0, 50);
        lru.put("huge", "H", 0, 101);
        assertThat(lru.get("huge", 0)).isNull();
        assertThat(lru.get("a", 0)).isEqualTo("A");
        assertThat(lru.bytes()).isEqualTo(50);
    }

    @Test
    void anEntryOfAnotherGenerationIsAMissAndIsDropped() {
        ByteBoundedLru<String, String> lru = new ByteBoundedLru<>(100);
        lru.put("a", "A", 1, 30);
        assertThat(lru.get("a", 2)).isNull();
        assertThat(lru.bytes()).isZero();
        assertThat(lru.get("a", 1)).isNull();
    }

    @Test
    void clearEmptiesAndFreesTheBytes() {
        ByteBoundedLru<String, String> lru = new ByteBoundedLru<>(100);
        lru.put("a", "A", 0, 30);
        lru.put("b", "B", 0, 30);
        lru.clear();
        assertThat(lru.size()).isZero();
        assertThat(lru.bytes()).isZero();
    }
}
