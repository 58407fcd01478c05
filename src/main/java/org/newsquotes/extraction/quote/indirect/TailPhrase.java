package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * The phrase a trailing cue ("..., according to X", "..., X said") attributes when it is not the whole
 * clause: an unclosed
 * parenthesis ("... victims (the real figure is lower, according to X)"), a last comma phrase opened by
 * "with" ("..., with two-thirds of the money from men, according to X": the part after "with") or a
 * relative "who" ("..., who make up most voters, according to X"). Only the last comma phrase is checked;
 * without one the content is left as it was. Stateless.
 */
final class TailPhrase {

    private TailPhrase() {
    }

    /** Start of the attributed phrase in {@code [from, to)}, or {@code from}. */
    static int start(List<Token> t, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            Token tok = t.get(k);
            if (tok.is(')')) {
                return from;
            }
            if (tok.is('(')) {
                return k + 1 < to ? k + 1 : from;
            }
            if (tok.is(',')) {
                if (k + 2 < to && t.get(k + 1).is("with")) {
                    return k + 2;
                }
                if (k + 2 < to && t.get(k + 1).is("who")) {
                    return k + 1;
                }
                return from;
            }
        }
        return from;
    }
}
