package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * A cue word used as a noun with its object: "his attacks on CONTENT", "Clinton's support for CONTENT",
 * "the criticism of CONTENT", "voiced support for CONTENT", "in favor of CONTENT", "hostility toward CONTENT". The source is the
 * possessor before the noun ("his", "Clinton's"), none after an article or another lower-case word. The content is the noun phrase after the particle, up to a preposition, relative word
 * or clause mark. Stateless; constant work per cue.
 */
final class NounCue {

    /** Particles that join a noun cue to what it is about. */
    static final WordSet PARTICLES = WordSet.of("of", "for", "on", "against", "about", "over", "to", "behind",
            "toward", "towards");

    static final WordSet POSSESSIVES = WordSet.of("his", "her", "their", "its", "our", "my", "your");

    static final WordSet ARTICLES = WordSet.of("the", "a", "an", "this", "that", "these", "those");

    static final WordSet ADJECTIVES = WordSet.of("new", "strong", "own", "first", "latest", "harsh", "full", "broad");

    /**
     * Verbs of speaking and adding whose "to" phrase is the hearer or the thing added to ("spoke to reporters",
     * "wrote to the board", "adding to the confusion"), not what was said (train: 1 of about 40 such readings right).
     */
    static final WordSet TO_HEARER = WordSet.of("spoke", "speak", "speaks", "speaking", "talk", "talks", "talked",
            "talking", "wrote", "write", "writes", "writing", "complained", "complain", "complains", "apologize",
            "apologized", "apologizes", "apologizing", "added", "adding", "adds", "address", "reports", "report",
            "questions", "question");

    /**
     * Nouns that name an event or an act, not a stance, after an article and without a possessor ("the vote
     * on X", "the endorsement of X"; train: 13 of 51 such readings right). With a possessor they stay cues.
     */
    static final WordSet EVENTS = WordSet.of("vote", "votes", "support", "endorsement", "backing", "show", "push", "share");

    private NounCue() {
    }

    /** The reading of the noun cue at {@code i}, or null when it is not "determiner/possessor NOUN particle X". */
    static Found read(List<Token> t, int i) {
        if (i == 0 || i + 2 >= t.size() || !PARTICLES.contains(t.get(i + 1).norm())
                || t.get(i + 1).is("to") && TO_HEARER.contains(t.get(i).norm())) {
            return null;
        }
        int before = i - 1;
        while (before >= 0 && t.get(before).word() && adjective(t.get(before).norm()) && i - before <= 3) {
            before--;
        }
        if (before < 0) {
            return null;
        }
        Token owner = t.get(before);
        Span source;
        if (POSSESSIVES.contains(owner.norm())) {
            source = SourceFinder.span(t, before, before);
        } else if (owner.norm().endsWith("'s") && owner.capitalized()) {
            source = SourceFinder.span(t, SourceFinder.phraseStart(t, before, 0), before);
        } else if (ARTICLES.contains(owner.norm()) && EVENTS.contains(t.get(i).norm())
                || owner.is("in") && t.get(i).is("response")) {
            return null;    // "the vote on X", "in response to X": an event or a reaction, nobody's stance
        } else if (ARTICLES.contains(owner.norm()) || owner.word() && !owner.capitalized()) {
            source = null;    // "the support for X", "voiced support for X", "in favor of X"
        } else {
            return null;
        }
        int from = i + 2;
        if (Words.TIME.contains(t.get(from).norm())) {
            return null;    // "her criticism on Tuesday"
        }
        int to = NameVerb.cut(t, from, ContentBounds.phraseEnd(t, from));
        if (NotContent.medium(t, from, to)) {
            return null;    // "his attacks on Twitter": where, not what
        }
        return to > from ? new Found(Attribution.NOUN, i, i + 2, from, to, source) : null;
    }

    /** Words that may stand between a determiner and a noun cue: "his repeated attacks", "strong support". */
    private static boolean adjective(String norm) {
        return norm.endsWith("ed") || norm.endsWith("ing") || norm.endsWith("ly") || norm.endsWith("al")
                || norm.endsWith("ous") || norm.endsWith("ive") || ADJECTIVES.contains(norm);
    }
}
