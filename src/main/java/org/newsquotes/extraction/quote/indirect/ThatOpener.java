package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * The "that" opening a leading cue's content when words stand between them: a date or setting ("said
 * Thursday at a rally in Erie, Pa., that C"), a hearer ("told a crowded hall at a hotel in Elm City that C").
 * Within {@link #LOOK_FOR_THAT} tokens of the cue any "that" before a word other than a sentence end opens the
 * content; past a setting set off by a comma (up to {@link #LOOK_PAST_SETTING}), a "that" after a comma; past
 * a setting or hearer of plain words (up to {@link #MAX_SETTING}), a "that" before a subject. Limits: no
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
            if (tok.is("that") && k + 1 < t.size() && !ClauseEdges.isFinal(t.get(k + 1))) {
                return k + 1;   // not a closing pronoun: "said the dam could change that."
            }
            if (!tok.word() && !tok.is(',')) {
                break;
            }
        }
        return afterPlainWords(t, cue);
    }

    /**
     * The token after a "that" and before a subject that only plain words (no verb, relative or clause mark)
     * separate from the cue at {@code cue}: a long setting or hearer ("noted in a guest column in the Sunday
     * Courier that ...", "told a crowded hall at a hotel in Elm City that ..."); -1 when there is none.
     */
    private static int afterPlainWords(List<Token> t, int cue) {
        if (cue + 1 >= t.size() || !t.get(cue + 1).word()) {
            return -1;
        }
        for (int k = cue + 1; k < t.size() && k - cue <= MAX_SETTING; k++) {
            Token tok = t.get(k);
            if (tok.is("that")) {
                return k > cue + 1 && k + 1 < t.size() && subjectOpener(t.get(k + 1)) ? k + 1 : -1;
            }
            if (!(tok.word() || ClauseEdges.titlePeriod(t, k)) || Words.FINITE.contains(tok.norm())
                    || Words.NP_BOUNDARY.contains(tok.norm()) || Words.RELATIVES.contains(tok.norm())) {
                return -1;
            }
        }
        return -1;
    }

    /** A word that opens a clause's subject, so a "that" before it is no relative pronoun ("that she would run"). */
    static boolean subjectOpener(Token tok) {
        String w = tok.norm();
        return tok.word() && (tok.capitalized() || ContentStart.SUBJECT_PRONOUNS.contains(w) || PhraseEdges.contractedSubject(w)
                || Words.DETERMINERS.contains(w) && !w.equals("one"));
    }
}
