package org.newsquotes.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map bounded by the sum of its entries' weights (bytes), evicting the least recently used entries first.
 * Each entry carries the cache generation it was computed in; a lookup with another generation is a miss, so
 * that an invalidation takes effect at once, even for an entry a slow request stores after it. Thread-safe
 * (one lock; every operation is O(1) apart from eviction, which is O(evicted entries)).
 */
final class ByteBoundedLru<K, V> {

    private record Node<V>(V value, long generation, long weight) {
    }

    private final long maxBytes;
    private final LinkedHashMap<K, Node<V>> map = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;
    private long evictions;

    ByteBoundedLru(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The value stored for {@code key} in this generation, or null. */
    synchronized V get(K key, long generation) {
        Node<V> node = map.get(key);
        if (node == null) {
            return null;
        }
        if (node.generation() != generation) {
            remove(key);
            return null;
        }
        return node.value();
    }

    /**
     * Stores {@code value} ({@code weight} bytes), evicting the least recently used entries until the total
     * fits. A value heavier than the whole bound is not stored.
     */
    synchronized void put(K key, V value, long generation, long weight) {
        if (weight > maxBytes) {
            return;
        }
        Node<V> old = map.put(key, new Node<>(value, generation, weight));
        if (old != null) {
            bytes -= old.weight();
        }
        bytes += weight;
        Iterator<Map.Entry<K, Node<V>>> eldest = map.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Node<V> evicted = eldest.next().getValue();
            eldest.remove();
            bytes -= evicted.weight();
            evictions++;
        }
    }

    synchronized void clear() {
        map.clear();
        bytes = 0;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return map.size();
    }

    synchronized long evictions() {
        return evictions;
    }

    private void remove(K key) {
        Node<V> node = map.remove(key);
        if (node != null) {
            bytes -= node.weight();
        }
    }
}
