package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * The "that" opening a leading cue's content when words stand between them: a date or setting ("said
 * Thursday at a rally in Erie, Pa., that C"), a hearer ("told a crowded hall at a hotel in Elm City that C").
 * Within {@link #LOOK_FOR_THAT} tokens of the cue any "that" before a word other than a sentence end opens the
 * content; past a setting set off by a comma (up to {@link #LOOK_PAST_SETTING}), a "that" after a comma; past
 * a setting or hearer of plain words (up to {@link #MAX_SETTING}; a programme's title in quotation marks counts),
 * a "that" before a subject; past one aside between commas or dashes ("said on Elm TV, where she is a guest,
 * that C"), a "that" right after its closing mark and before a subject. Limits: no
 * parse, so a relative "that" after such words ("told the panel that she chairs") is taken for a conjunction
 * when a subject follows it. Stateless.
 */
final class ThatOpener {

    /** How far any "that" is looked for after the cue. */
    static final int LOOK_FOR_THAT = 8;

    /** How far a "that" is looked for past a setting set off by a comma: "said Thursday at a rally in Erie, Pa., that". */
    static final int LOOK_PAST_SETTING = 20;

    /** How far a "that" is looked for past a setting or hearer without commas: "noted in a column in the Times that". */
    static final int MAX_SETTING = 16;

    private ThatOpener() {
    }

    /** True when a date or a setting preposition opens the words at {@code k} ("Thursday during a visit to ..."). */
    private static boolean setAside(List<Token> t, int k) {
        while (k < t.size() && (Words.TIME.contains(t.get(k).norm()) || ContentStart.DATE_OPENERS.contains(t.get(k).norm()))) {
            k++;
        }
        return k < t.size() && ContentStart.SETTING.contains(t.get(k).norm());
    }

    /**
     * The token after the "that" opening the content of the cue at {@code cue} ("said that C", "said Tuesday
     * that C", "said Thursday at a rally in Erie, Pa., that C", "told a crowded hall at a hotel in Elm City that
     * C"), or -1 when there is none.
     */
    static int after(List<Token> t, int cue) {
        int limit = Math.min(t.size(), cue + 1 + (setAside(t, cue + 1) ? LOOK_PAST_SETTING : LOOK_FOR_THAT));
        for (int k = cue + 1; k < limit; k++) {
            Token tok = t.get(k);
            if (k >= cue + 1 + LOOK_FOR_THAT && tok.is("that") && !t.get(k - 1).is(',')) {
                break;      // past a long setting ", that" opens the content, or "that" and a subject (below)
            }
            if (tok.is("that") && (ThatUse.resultClause(t, k) || k > cue + 1 && ThatUse.relativeThat(t, k))) {
                return -1;      // "thinks the levy is so weak that it will fail": the content is the whole clause
            }
            if (tok.is("that") && k + 1 < t.size() && !ClauseEdges.isFinal(t.get(k + 1))) {
                return k + 1;   // not a closing pronoun: "said the dam could change that."
            }
            if (!tok.word() && !tok.is(',')) {
                break;
            }
        }
        int plain = afterPlainWords(t, cue);
        return plain >= 0 ? plain : afterAside(t, cue);
    }

    /**
     * The token after a "that" and before a subject that closes an aside set off by commas or dashes, when only
     * a setting or hearer (no clause) stands between the cue at {@code cue} and the aside ("said on Elm TV,
     * where she is a guest, that ...", "testified, for example, that ...", "argued - naming him twice - that
     * ..."); -1 when there is none. Only one aside is passed, and none opening with "and" or "but" (a second
     * clause). A "that" right after a comma opens no restrictive relative clause.
     */
    private static int afterAside(List<Token> t, int cue) {
        int end = ClauseEdges.sentenceEnd(t);
        int open = -1;
        for (int k = cue + 1; k < end && k - cue <= LOOK_PAST_SETTING; k++) {
            Token tok = t.get(k);
            if (tok.is(';') || tok.is(':') || tok.is('(') || tok.is("that") || ClauseEdges.isFinal(tok) && !ClauseEdges.titlePeriod(t, k)) {
                return -1;
            }
            if (asideMark(t, k) && open >= 0) {
                return k + 2 < end && t.get(k + 1).is("that") && subjectOpener(t.get(k + 2)) ? k + 2 : -1;
            }
            if (asideMark(t, k)) {
                if (k > cue + 1 && !ContentBounds.nounPhrase(t, cue + 1, k) || k + 1 < end && Words.COORDINATORS.contains(t.get(k + 1).norm())) {
                    return -1;
                }
                open = k;
            }
        }
        return -1;
    }

    /** A comma or a dash ("—", "–", a spaced hyphen) that opens or closes an aside. */
    private static boolean asideMark(List<Token> t, int k) {
        Token tok = t.get(k);
        return tok.is(',') || tok.is('—') || tok.is('–') || ContentBounds.spacedHyphen(t, k);
    }

    /**
     * The token after a "that" and before a subject that only plain words (no verb, relative or clause mark)
     * separate from the cue at {@code cue}: a long setting or hearer ("noted in a guest column in the Sunday
     * Courier that ...", "told a crowded hall at a hotel in Elm City that ..."); -1 when there is none.
     */
    private static int afterPlainWords(List<Token> t, int cue) {
        if (cue + 1 >= t.size() || !t.get(cue + 1).word()
                || ContentStart.SUBJECT_PRONOUNS.contains(t.get(cue + 1).norm()) || PhraseEdges.contractedSubject(t.get(cue + 1).norm())) {
            return -1;
        }
        for (int k = cue + 1; k < t.size() && k - cue <= MAX_SETTING; k++) {
            Token tok = t.get(k);
            if (tok.is("that")) {
                return k > cue + 1 && k + 1 < t.size() && subjectOpener(t.get(k + 1)) && !ThatUse.resultClause(t, k) ? k + 1 : -1;
            }
            if (!(tok.word() || ClauseEdges.titlePeriod(t, k) || titleMark(t, k)) || Words.FINITE.contains(tok.norm())
                    || Words.NP_BOUNDARY.contains(tok.norm()) || Words.RELATIVES.contains(tok.norm())) {
                return -1;
            }
        }
        return -1;
    }

    /** Quotation marks around a programme's title in a setting ("on Elm TV's \"Morning Hour\""). */
    static final String TITLE_MARKS = "\"“”'‘’";

    /**
     * A quotation mark around a capitalised title ("on Elm TV's \"Morning Hour\" that"), or the apostrophe of a
     * plural possessive before a name ("Elm News' Ann Lee"); not a mark opening quoted words ("says he is the
     * “best man that ...") nor a possessive before a common noun ("said Ortiz' plans that ...": a subject).
     */
    private static boolean titleMark(List<Token> t, int k) {
        Token tok = t.get(k);
        if (tok.word() || tok.norm().length() != 1 || TITLE_MARKS.indexOf(tok.norm().charAt(0)) < 0) {
            return false;
        }
        boolean apostrophe = tok.is('\'') || tok.is('’');
        if (apostrophe && k > 0 && t.get(k - 1).word() && k + 1 < t.size() && t.get(k + 1).word()) {
            return t.get(k + 1).capitalized();    // a possessive: "Elm News' Ann Lee", not "Ortiz' plans"
        }
        Token touched = touchedWord(t, k, 1);
        if (touched == null) {
            touched = touchedWord(t, k, -1);
        }
        return touched != null && touched.capitalized();
    }

    /** The word that the run of marks around {@code k} touches without a space in direction {@code step}, or null. */
    private static Token touchedWord(List<Token> t, int k, int step) {
        int j = k;
        while (j + step >= 0 && j + step < t.size()) {
            Token near = t.get(j + step);
            boolean touching = step > 0 ? near.start() == t.get(j).end() : near.end() == t.get(j).start();
            if (!touching) {
                return null;
            }
            if (near.word()) {
                return near;
            }
            j += step;
        }
        return null;
    }

    /** Subject openers that are neither pronouns nor {@link Words#DETERMINERS}: "that these cuts ...", "that no one ...". */
    static final WordSet MORE_SUBJECTS = WordSet.of("these", "those", "this", "you", "our", "my", "your", "no", "every",
            "each", "any", "all");

    /**
     * A word that opens a clause's subject, so a "that" before it is no relative pronoun ("that she would run",
     * "that linking him to the case was unfair").
     */
    static boolean subjectOpener(Token tok) {
        String w = tok.norm();
        return tok.word() && (tok.capitalized() || ContentStart.SUBJECT_PRONOUNS.contains(w) || PhraseEdges.contractedSubject(w)
                || Words.DETERMINERS.contains(w) && !w.equals("one") || MORE_SUBJECTS.contains(w) || gerund(w));
    }

    /** The shortest gerund read as a subject ("naming"); shorter "-ing" words are mostly nouns ("king", "ring"). */
    static final int MIN_GERUND = 6;

    /**
     * A gerund opening a subject ("that linking him ... was unfair"): a relative "that" takes no "-ing" form, but
     * a demonstrative one does take a time or thing ("told them that morning", "that thing"), so those are not.
     */
    private static boolean gerund(String w) {
        return w.length() >= MIN_GERUND && w.endsWith("ing") && !w.endsWith("thing") && !Words.TIME.contains(w)
                && Character.isLowerCase(w.charAt(0));
    }
}
