package org.newsquotes.extraction.quote.indirect;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.text.CalendarWords;
import org.newsquotes.extraction.text.WordSet;

/** Closed-class word lists the indirect-speech scanners use (lower-case, apostrophes as {@code '}). */
final class Words {

    /** Finite verbs and modals: a phrase holding one after "said" is reported content, not a source. */
    static final WordSet FINITE = WordSet.of("should", "would", "will", "could",
            "can", "may", "might", "must", "shall", "is", "are", "was", "were", "has", "have", "had", "does", "did",
            "do", "wants", "needs", "plans");

    /** Auxiliaries and adverbs that may stand between a source and its cue ("has also repeatedly said"). */
    static final WordSet AUX = WordSet.of("has", "have", "had", "also", "is", "was", "are", "were", "would",
            "will", "could", "did", "does", "do", "not", "never", "then", "once", "still", "already", "just",
            "even", "again", "both", "all", "himself", "herself", "themselves", "been", "being", "later", "often",
            "first", "should", "may", "might", "can", "must", "now", "ever", "too");

    /** Words after which a cue word is a noun or an infinitive, not a finite reporting verb. */
    static final WordSet NOT_BEFORE_VERB = WordSet.of("the", "a", "an", "to", "of", "for", "in", "on", "with",
            "by", "at", "from", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
            "as", "about", "into", "no", "any", "some", "every", "each", "such", "what", "whose", "than", "more",
            "most", "less", "be", "very", "so", "too", "how", "that's", "being");

    /** Words that end a source noun phrase when scanning back from a cue. */
    static final WordSet NP_BOUNDARY = WordSet.of("that", "but", "because", "when", "while", "if", "which",
            "as", "after", "before", "so", "where", "although", "though", "whether", "than", "and", "or",
            "what", "how", "why", "said", "says", "told", "once", "until", "unless", "whom");

    /** Words that may open the short tail after a clause-final cue (", Smith said in a statement."). */
    static final WordSet TAIL_START = withDays(List.of(), "in", "at", "during", "after", "before", "from",
            "via", "earlier", "last", "this", "of", "while", "when", "with", "for", "through",
            "recently", "previously", "late", "early", "over", "afterward", "afterwards", "later", "again",
            "then", "here", "there", "privately", "publicly", "repeatedly", "flatly", "simply", "bluntly",
            "too", "also", "next", "shortly", "back", "under");

    /** Subject pronouns; a cue right after one is a finite verb. */
    static final WordSet PRONOUNS = WordSet.of("he", "she", "they", "we", "i", "it", "you", "who");

    /** Verbs whose indirect object precedes the content ("told reporters that ..."). */
    static final WordSet OBJECT_VERBS = WordSet.of("told", "tells", "tell", "telling", "asked", "asks", "urged",
            "warned", "assured", "reminded", "informed", "convinced", "persuaded", "ask", "asking", "urge", "urges",
            "urging", "encouraged", "encourage", "encourages", "encouraging", "challenged", "challenging");

    /** Cues that can stand before their source at the end of a clause ("..., said Smith."). */
    static final WordSet INVERTING = WordSet.of("said", "says", "say", "added", "adds", "wrote", "writes", "noted",
            "notes", "explained", "explains", "continued", "asked", "asks", "argued", "argues", "recalled",
            "recalls", "tweeted", "told", "declared", "insisted", "warned", "stated", "replied", "observed",
            "remarked", "acknowledged", "concluded", "suggested", "predicted", "claimed", "countered",
            "responded", "reported", "reports", "announced", "confirmed", "conceded", "emphasized", "stressed");

    /** Determiners and quantifiers that can open a source phrase ("a senior official", "two aides"). */
    static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "another", "one", "two", "three", "several",
            "many", "some", "most", "both", "other", "his", "her", "their", "its", "officials", "aides", "sources");

    /** Words that end a short object phrase ("endorsed Clinton | in March"). */
    static final WordSet PHRASE_STOP = WordSet.of("in", "on", "at", "for", "with", "by", "from", "during",
            "after", "before", "as", "because", "when", "while", "since", "who", "which", "that", "and", "but",
            "over", "into", "than", "if", "despite", "amid", "until", "where", "whose", "to", "of", "about");

    /** Words that open an adverbial phrase or clause, not reported content ("In an interview, ..."). */
    static final WordSet ADVERBIAL_OPENERS = WordSet.of("in", "at", "during", "after", "before", "from", "via",
            "of", "while", "when", "with", "through", "over", "under", "based", "for", "by", "as", "if", "since",
            "on", "asked", "speaking", "writing", "responding", "unlike", "like", "despite", "following");

    /** Words that take an infinitive cue whose subject is the source: "declined to say", "likely to say". */
    static final WordSet CONTROL = WordSet.of("likely", "unlikely", "declined", "refused", "willing", "unwilling",
            "want", "wants", "wanted", "going", "able", "unable", "decided", "continued", "continues", "tried",
            "seemed", "expected", "plans", "planned", "vowed", "promised", "threatened", "began", "started",
            "reluctant", "eager", "quick", "ready", "prepared", "hesitant", "pledged", "agreed", "hoped", "sought");

    /** Degree words before a controlling adjective: "more likely to say". */
    static final WordSet DEGREE = WordSet.of("more", "less", "most", "least", "very", "so", "too");

    /** Time words: not the object of a noun cue ("her criticism on Tuesday"). */
    static final WordSet TIME = withDays(CalendarWords.DAY_PARTS, "week", "weekend", "month", "year");

    /** Words that open a new clause between a direct quote and a later cue ("“...,” said Ruiz, who said"). */
    static final WordSet NEW_CLAUSE = WordSet.of("who", "and", "but", "which");

    /** Conjunctions that join a second verb to the subject of the first ("... and said CONTENT"). */
    static final WordSet COORDINATORS = WordSet.of("and", "but");

    /** Prepositions before an "-ing" cue whose subject is the clause's ("by saying", "without naming"). */
    static final WordSet GERUND_OPENERS = WordSet.of("by", "without", "after", "before", "while", "in", "of",
            "when", "since", "for", "from");

    /** Relative words that stand for a source named just before them. */
    static final WordSet RELATIVES = WordSet.of("who", "which", "that");

    /** Prepositions: reported content does not open with one ("said in a statement", "told him on Monday"). */
    static final WordSet PREPOSITIONS = WordSet.of("in", "at", "during", "after", "before", "from",
            "via", "of", "while", "when", "with", "through", "over", "under");

    private Words() {
    }

    /**
     * As {@link #isAdverbLike(String)} for a word token, except that a capitalised "-ly" word is a name
     * ("Kelly said", "Schlafly then discussed"), not an adverb.
     */
    static boolean isAdverbLike(Token tok) {
        String norm = tok.norm();
        return tok.word() && isAdverbLike(norm) && !(tok.capitalized() && norm.endsWith("ly") && !AUX.contains(norm));
    }

    /** True for "-ly" adverbs and contracted negations that can sit before a cue. */
    static boolean isAdverbLike(String norm) {
        return AUX.contains(norm) || (norm.length() > 4 && norm.endsWith("ly")) || norm.endsWith("n't");
    }

    /** The {@link CalendarWords#days() day words}, then {@code more} and {@code rest}. */
    private static WordSet withDays(List<String> more, String... rest) {
        List<String> words = new ArrayList<>(CalendarWords.days());
        words.addAll(more);
        words.addAll(List.of(rest));
        return WordSet.of(words);
    }
}
