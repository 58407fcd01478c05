package org.newsquotes.extraction.speaker;

import java.util.Locale;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * "RUIZ: I think that the levy will fail.": in a transcript turn, a paragraph opened by a speaker label in capitals
 * and a colon, "I" and "we" are the labelled speaker, not the person named last. The label's last word is read as
 * a surname and resolved to the full name the article writes ("Ana Ruiz"); a label that names no one written in
 * full ("UPDATE:", "CORRECTION:", "EDITOR'S NOTE:") is no turn, and the pronoun is left to the other sieves.
 * Stateless. Limits: labels in capitals only ("RUIZ:", "SEN. ANA RUIZ:"; "Ruiz:" and
 * "Q:" are left to the other sieves), the paragraph start is looked for at most {@link #REACH} characters back
 * (a longer paragraph is no transcript turn here), and "we" is taken as the speaker's side, named by the speaker.
 */
public final class TurnLabelSieve implements SpeakerSieve {

    /** How far back the paragraph start is looked for, so that the work per mention stays bounded. */
    static final int REACH = 3000;
    private static final int MAX_LABEL_WORDS = 4;

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.pronoun() || m.span() == null || !(m.name().equals("i") || m.name().equals("we"))) {
            return null;
        }
        String label = label(d.text(), m.span().start());
        if (label == null) {
            return null;
        }
        String full = d.names().fullName(label.toLowerCase(Locale.ROOT), m.span().start());
        return full == null ? null : new Speaker(full, SpeakerKind.PERSON, m.text(), m.span());
    }

    /** The last word of the capital-letter label opening the paragraph that holds {@code at}; or null. */
    static String label(String text, int at) {
        int start = paragraphStart(text, at);
        if (start < 0) {
            return null;
        }
        int i = start;
        String last = null;
        for (int words = 0; words < MAX_LABEL_WORDS && i < at; words++) {
            int end = i;
            while (end < at && (Character.isUpperCase(text.charAt(end)) || text.charAt(end) == '.'
                    || text.charAt(end) == '-' || text.charAt(end) == '\'')) {
                end++;
            }
            String word = text.substring(i, end).replace(".", "");
            if (word.length() < 2 || end >= at) {
                return null;
            }
            last = word;
            if (text.charAt(end) == ':') {
                return last;
            }
            if (text.charAt(end) != ' ') {
                return null;
            }
            i = end + 1;
        }
        return null;
    }

    /** The offset after the line break that opens the paragraph holding {@code at}, skipping spaces; -1 if too far. */
    private static int paragraphStart(String text, int at) {
        int floor = Math.max(0, at - REACH);
        int k = at - 1;
        while (k >= floor && text.charAt(k) != '\n') {
            k--;
        }
        if (k < floor && floor > 0) {
            return -1;
        }
        int s = k + 1;
        while (s < at && text.charAt(s) == ' ') {
            s++;
        }
        return s;
    }
}
