package org.newsquotes.extraction.quote.indirect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.quote.QuoteCandidate;

/**
 * Finds reported speech in one sentence: every cue word of the {@link CueLexicon} outside quotation marks
 * and not part of a proper name ({@link NameWord}: "Planned Parenthood") is read by {@link CueReading} (below the precision threshold only as {@link LowCueThat} allows; a title line
 * also by {@link HeadlineClause}, a paragraph's first sentence by {@link LabelLine}) and trimmed by
 * {@link ContentTrim}; the readings are then chosen best-first so that contents do
 * not overlap and no chosen content contains another chosen reading's cue (a nested "wants" inside
 * "X said Y wants ..." is part of the outer content). Contents holding quotation marks are left to the
 * direct-quote detector. Immutable and thread-safe.
 */
public final class SentenceScanner {

    private final CueLexicon lexicon;
    private final double minPrecision;

    /** A scanner that tries cue words whose readings were right at least {@code minPrecision} of the time. */
    public SentenceScanner(CueLexicon lexicon, double minPrecision) {
        this.lexicon = lexicon;
        this.minPrecision = minPrecision;
    }

    /** Indirect candidates of the sentence whose tokens are {@code t}, in no particular order. */
    public List<QuoteCandidate> scan(List<Token> t, QuoteMask mask, List<Span> taken) {
        return scan(t, mask, taken, LinePlace.INSIDE);
    }

    /**
     * As {@link #scan(List, QuoteMask, List)}; a title line is also read as "X: CONTENT" ({@link HeadlineClause}),
     * a paragraph opening as "SPEAKER: CONTENT" ({@link LabelLine}); a paragraph-opening question to
     * the reader ({@link ReaderQuestion}) gives nothing.
     */
    public List<QuoteCandidate> scan(List<Token> t, QuoteMask mask, List<Span> taken, LinePlace place) {
        if (place == LinePlace.PARAGRAPH && ReaderQuestion.asks(t)) {
            return List.of();
        }
        List<Scored> readings = new ArrayList<>();
        Found head = switch (place) {
            case TITLE -> ContentTrim.cutBeforeQuote(t, HeadlineClause.read(t), mask);
            case PARAGRAPH -> LabelLine.read(t, mask);
            case INSIDE -> null;
        };
        if (head != null) {
            Span content = SourceFinder.span(t, head.from(), head.to() - 1);
            if (!overlapsAny(content, taken)) {
                readings.add(new Scored(head, content, Calibration.HEADLINE));
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            CueLexicon.Entry entry = tok.word() ? lexicon.get(tok.norm()) : null;
            if (entry == null || entry.precision() < minPrecision && !LowCueThat.reads(t, i, entry) || mask.inside(tok.start())
                    || NameWord.inName(t, i)) {
                continue;
            }
            Found f = ContentTrim.trim(t, ContentTrim.cutBeforeQuote(t, CueReading.read(t, i, mask, entry), mask));
            if (f != null && f.length() > 0 && !NotContent.anonymity(t, f.from(), f.to())) {
                f = EagerVerb.recue(t, f, lexicon);
                Span content = SourceFinder.span(t, f.from(), f.to() - 1);
                if (!mask.anyInside(content.start(), content.end()) && !overlapsAny(content, taken)) {
                    readings.add(new Scored(f, content, Calibration.score(entry, f, minPrecision)));
                }
            }
        }
        List<Scored> chosen = choose(readings);
        addNamings(t, mask, taken, chosen);
        addTopics(t, mask, taken, chosen);
        addAttitudes(t, mask, taken, chosen);
        addHearsay(t, mask, taken, chosen);
        Found poll = PollFrame.read(t);
        if (poll != null && !mask.inside(t.get(poll.cue()).start())) {
            addIfFree(t, mask, taken, chosen, poll, PollFrame.SCORE);
        }
        return candidates(t, chosen, mask);
    }

    /**
     * Adds the {@link NamingClause} readings ("known as CONTENT") that no chosen reading covers or conflicts
     * with: a name inside a longer reported clause stays part of that clause.
     */
    private void addNamings(List<Token> t, QuoteMask mask, List<Span> taken, List<Scored> chosen) {
        for (int i = 0; i + 2 < t.size(); i++) {
            CueLexicon.Entry entry = t.get(i).word() ? lexicon.get(t.get(i).norm()) : null;
            Found f = entry == null || entry.precision() < minPrecision || mask.inside(t.get(i).start())
                    ? null : NamingClause.read(t, i);
            if (f != null) {
                addIfFree(t, mask, taken, chosen, f, Calibration.score(entry, f, minPrecision));
            }
        }
    }

    /**
     * Adds the {@link TopicPhrase} readings ("asked about CONTENT") that no chosen reading covers or
     * conflicts with: a cue word's own reading, which names the source, is preferred.
     */
    private static void addTopics(List<Token> t, QuoteMask mask, List<Span> taken, List<Scored> chosen) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).word() || !TopicPhrase.TOPIC_WORDS.contains(t.get(i).norm()) || mask.inside(t.get(i).start())) {
                continue;
            }
            Found f = TopicPhrase.read(t, i);
            if (f != null) {
                addIfFree(t, mask, taken, chosen, f, Calibration.TOPIC);
            }
        }
    }

    /** Adds the {@link AttitudeObject} readings ("confident in CONTENT") that no chosen reading covers or conflicts with. */
    private static void addAttitudes(List<Token> t, QuoteMask mask, List<Span> taken, List<Scored> chosen) {
        for (int i = 0; i < t.size(); i++) {
            Found f = mask.inside(t.get(i).start()) ? null : AttitudeObject.read(t, i);
            if (f != null && !carryIntoChosen(t, mask, taken, chosen, f)) {
                addIfFree(t, mask, taken, chosen, f, AttitudeObject.SCORE);
            }
        }
    }

    /**
     * Moves the object of {@code f} into a chosen reading whose content ends with its attitude word ("has shown |
     * any interest | in joining the board"): that reading keeps its cue and source and takes the attitude's object
     * as content. True when it did, so {@code f} is not added as a reading of its own.
     */
    private static boolean carryIntoChosen(List<Token> t, QuoteMask mask, List<Span> taken, List<Scored> chosen,
                                           Found f) {
        for (int k = 0; k < chosen.size(); k++) {
            Found c = chosen.get(k).found();
            if (c.to() == f.cue() + 1 && c.from() <= f.cue()) {
                Found moved = new Found(c.pattern(), c.cue(), c.cueEnd(), f.from(), f.to(), c.source());
                Span content = SourceFinder.span(t, moved.from(), moved.to() - 1);
                if (mask.anyInside(content.start(), content.end()) || overlapsAny(content, taken)) {
                    return false;
                }
                chosen.set(k, new Scored(moved, content, chosen.get(k).score()));
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the {@link HearsayAdverb} readings ("X is reportedly CONTENT") and the {@link SelfDescribed} labels ("a
     * self-described CONTENT") that no chosen reading covers or conflicts with.
     */
    private static void addHearsay(List<Token> t, QuoteMask mask, List<Span> taken, List<Scored> chosen) {
        for (int i = 0; i < t.size(); i++) {
            Found f = mask.inside(t.get(i).start()) ? null : HearsayAdverb.read(t, i);
            if (f != null) {
                addIfFree(t, mask, taken, chosen, f, HearsayAdverb.SCORE);
            }
            Found label = mask.inside(t.get(i).start()) ? null : SelfDescribed.read(t, i);
            if (label != null) {
                addIfFree(t, mask, taken, chosen, label, SelfDescribed.SCORE);
            }
        }
    }

    /**
     * Adds the late reading {@code f} (a naming or topic phrase) unless its content holds quoted words,
     * overlaps a taken span, or conflicts with a reading chosen before it.
     */
    private static void addIfFree(List<Token> t, QuoteMask mask, List<Span> taken, List<Scored> chosen, Found f,
                                  double score) {
        Span content = SourceFinder.span(t, f.from(), f.to() - 1);
        if (mask.anyInside(content.start(), content.end()) || overlapsAny(content, taken)) {
            return;
        }
        for (Scored c : chosen) {
            if (conflicts(c.found(), f)) {
                return;
            }
        }
        chosen.add(new Scored(f, content, score));
    }

    private static List<Scored> choose(List<Scored> readings) {
        readings.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> chosen = new ArrayList<>();
        for (Scored r : readings) {
            if (chosen.stream().noneMatch(c -> conflicts(c.found(), r.found()))) {
                chosen.add(r);
            }
        }
        return chosen;
    }

    /** The chosen readings, each with the opening mark of the quote that carries it ({@link MixedQuote}), if any. */
    private static List<QuoteCandidate> candidates(List<Token> t, List<Scored> chosen, QuoteMask mask) {
        List<QuoteCandidate> out = new ArrayList<>();
        for (Scored r : chosen) {
            Found f = r.found();
            Span cue = SourceFinder.span(t, f.cue(), f.cueEnd() - 1);
            out.add(new QuoteCandidate(r.content(), QuoteType.INDIRECT, cue, f.source(), r.score(),
                    MixedQuote.carrier(t, f, mask)));
        }
        return out;
    }

    private static boolean conflicts(Found a, Found b) {
        boolean overlap = a.from() < b.to() && b.from() < a.to();
        return overlap || inside(a.cue(), b) || inside(b.cue(), a);
    }

    private static boolean inside(int index, Found f) {
        return f.from() <= index && index < f.to();
    }

    private static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span o : spans) {
            if (o.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private record Scored(Found found, Span content, double score) {
    }
}
