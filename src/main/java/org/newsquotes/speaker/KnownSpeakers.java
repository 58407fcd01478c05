package org.newsquotes.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The speakers one ingest transaction has seen, by merge key: those {@link SpeakerService#preload} found stored,
 * and those created since. It also remembers which merge keys the preload asked for, so that a key it did not
 * find is known to be new without asking the database again. A concurrent ingest storing the same speaker
 * meanwhile makes the commit fail on the unique merge key, and the ingest is retried.
 */
public final class KnownSpeakers {

    private final Map<String, SpeakerEntity> byKey = new HashMap<>();
    private final Set<String> searched = new HashSet<>();

    /** Nothing known: every speaker is looked up in the database. */
    public KnownSpeakers() {
    }

    KnownSpeakers(Set<String> searchedKeys) {
        searched.addAll(searchedKeys);
    }

    SpeakerEntity get(String mergeKey) {
        return byKey.get(mergeKey);
    }

    /** True when the preload asked the database for this key (and so found it, or it is not stored). */
    boolean searched(String mergeKey) {
        return searched.contains(mergeKey);
    }

    void put(SpeakerEntity speaker) {
        byKey.put(speaker.mergeKey, speaker);
    }
}
