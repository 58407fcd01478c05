package org.newsquotes.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.web.ApiException;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.PageView;
import org.newsquotes.web.Texts;

/**
 * Finds or creates the stored speaker for an extracted one, records its aliases and roles, and answers
 * speaker lookups. Merging: people and organisations by kind + normalised name across all articles;
 * groups and anonymous sources only within one article.
 */
@ApplicationScoped
public class SpeakerService {

    private static final int NAME_MAX = 300;
    private static final int ROLE_MAX = 500;

    private final SpeakerRepository speakers;
    private final SpeakerNameLookup names;

    public SpeakerService(SpeakerRepository speakers, SpeakerNameLookup names) {
        this.speakers = speakers;
        this.names = names;
    }

    /**
     * The stored speaker for {@code speaker} in article {@code articleId}, created when new, with the mention's
     * aliases and the role added. Must run inside the ingest transaction, and {@code articleId} must be an article
     * created in it (so no stored group or anonymous speaker can belong to it yet). Looks in {@code known} first;
     * a person or organisation that {@link #preload} searched for and did not find is created without asking the
     * database again. Returns null when the extracted name has no letters or digits.
     */
    public SpeakerEntity resolve(Speaker speaker, String role, long articleId, KnownSpeakers known) {
        String name = Texts.clip(speaker.name().strip(), NAME_MAX);
        String normalized = Texts.clip(NameNormalizer.normalize(name), NAME_MAX);
        if (normalized.isEmpty()) {
            return null;
        }
        SpeakerKind kind = speaker.kind() == null ? SpeakerKind.PERSON : speaker.kind();
        String key = mergeKey(kind, normalized, articleId);
        SpeakerEntity entity = known.get(key);
        if (entity == null) {
            entity = perArticle(kind) || known.searched(key) ? create(name, normalized, kind, key, articleId)
                    : speakers.findByMergeKey(key).orElseGet(() -> create(name, normalized, kind, key, articleId));
            known.put(entity);
        }
        addAliases(entity, speaker);
        if (role != null && !role.isBlank()) {
            entity.roles.add(Texts.clip(role.strip(), ROLE_MAX));
        }
        return entity;
    }

    /**
     * The stored people and organisations among {@code extracted} (which need no article id to be found),
     * with their aliases and roles, in one query, for {@link #resolve}. Must run inside the ingest transaction.
     */
    public KnownSpeakers preload(Collection<Speaker> extracted) {
        Set<String> keys = new HashSet<>();
        for (Speaker s : extracted) {
            SpeakerKind kind = s.kind() == null ? SpeakerKind.PERSON : s.kind();
            if (s.name() != null && !perArticle(kind)) {
                String normalized = Texts.clip(NameNormalizer.normalize(Texts.clip(s.name().strip(), NAME_MAX)), NAME_MAX);
                if (!normalized.isEmpty()) {
                    keys.add(mergeKey(kind, normalized, 0));
                }
            }
        }
        KnownSpeakers known = new KnownSpeakers(keys);
        speakers.findByMergeKeys(keys).forEach(known::put);
        return known;
    }

    /** Groups and anonymous sources are speakers of one article only. */
    private static boolean perArticle(SpeakerKind kind) {
        return kind == SpeakerKind.ANONYMOUS || kind == SpeakerKind.GROUP;
    }

    /** The key under which speakers are merged; it also holds the article for groups and anonymous sources. */
    public static String mergeKey(SpeakerKind kind, String normalized, long articleId) {
        return Texts.clip(kind.label() + (perArticle(kind) ? ":a" + articleId : "") + ":" + normalized, 400);
    }

    @Transactional
    public PageView<SpeakerView> list(String name, SpeakerKind kind, PageRequest page) {
        String prefix = name == null ? null : NameNormalizer.normalize(name);
        List<Long> named = names.idsNamed(prefix);
        List<SpeakerEntity> found = speakers.search(prefix, named, kind, page.offset(), page.pageSize());
        Map<Long, Long> counts = speakers.quoteCounts(found.stream().map(s -> s.id).toList());
        List<SpeakerView> items = found.stream().map(s -> view(s, counts.getOrDefault(s.id, 0L))).toList();
        return PageView.of(items, page, speakers.count(prefix, named, kind));
    }

    @Transactional
    public SpeakerView get(long id) {
        SpeakerEntity s = find(id);
        return view(s, speakers.quoteCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** The speaker with this id, or a 404. */
    public SpeakerEntity find(long id) {
        SpeakerEntity s = speakers.findById(id);
        if (s == null) {
            throw ApiException.notFound("speaker", "id", id);
        }
        return s;
    }

    /** Removes those speakers that no quote refers to any more (after an article was deleted). */
    public void removeOrphans(Collection<Long> ids) {
        speakers.deleteOrphans(ids);
    }

    public static SpeakerRef ref(SpeakerEntity s) {
        return s == null ? null : new SpeakerRef(s.id, s.name, s.kind.label());
    }

    public static SpeakerRef ref(Speaker s) {
        return s == null ? null : new SpeakerRef(null, s.name(), s.kind() == null ? null : s.kind().label());
    }

    private SpeakerEntity create(String name, String normalized, SpeakerKind kind, String key, long articleId) {
        SpeakerEntity s = new SpeakerEntity();
        s.name = name;
        s.normalizedName = normalized;
        s.kind = kind;
        s.mergeKey = key;
        s.articleId = perArticle(kind) ? articleId : null;
        s.aliases.add(new SpeakerAlias(normalized, name));
        speakers.persist(s);
        return s;
    }

    private static void addAliases(SpeakerEntity entity, Speaker speaker) {
        if (entity.kind == SpeakerKind.PERSON) {
            String surname = NameNormalizer.surname(entity.normalizedName);
            String display = NameNormalizer.displaySurname(entity.name);
            if (surname != null && display != null) {
                entity.aliases.add(new SpeakerAlias(surname, Texts.clip(display, NAME_MAX)));
            }
        }
        String mention = speaker.mention();
        boolean named = entity.kind == SpeakerKind.PERSON || entity.kind == SpeakerKind.ORGANIZATION;
        if (named && mention != null && !mention.isBlank() && Character.isUpperCase(mention.strip().codePointAt(0))
                && !NameNormalizer.isPronoun(mention) && mention.strip().split("\\s+").length <= 4) {
            String normalized = Texts.clip(NameNormalizer.normalize(mention), NAME_MAX);
            if (!normalized.isEmpty()) {
                entity.aliases.add(new SpeakerAlias(normalized, Texts.clip(mention.strip(), NAME_MAX)));
            }
        }
    }

    private static SpeakerView view(SpeakerEntity s, long quoteCount) {
        List<String> aliases = s.aliases.stream().map(a -> a.display).distinct().sorted().toList();
        List<String> roles = s.roles.stream().sorted().toList();
        return new SpeakerView(s.id, s.name, s.kind.label(), aliases, roles, quoteCount);
    }
}
