package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A sentence opened by a poll as its frame: "In the latest Post-ABC News poll, Clinton led Trump 47 percent
 * to 39 percent." The content is the main clause after the frame's comma (the poll's finding); no source is
 * read (a poll is no speaker). Limits: only a sentence-initial "In ... poll/survey ...," frame; a trailing
 * "..., in a poll released Sunday" is not read. Stateless; work bounded by {@link #MAX_FRAME}.
 */
final class PollFrame {

    static final WordSet POLLS = WordSet.of("poll", "polls", "survey", "surveys");

    /** The longest frame read, in tokens from "In" to its comma. */
    static final int MAX_FRAME = 20;

    /** Measured on train: the clause after such a frame lay inside an annotated content 13 times in 19. */
    static final double SCORE = 0.6;

    private PollFrame() {
    }

    /** The reading of the sentence {@code t}, or null when it does not open with a poll frame. */
    static Found read(List<Token> t) {
        if (t.isEmpty() || !t.get(0).is("in") || !t.get(0).capitalized()) {
            return null;
        }
        int poll = -1;
        for (int k = 1; k < t.size() && k <= MAX_FRAME; k++) {
            Token tok = t.get(k);
            if (!tok.word() && !tok.is('-') && !tok.is('/') && !tok.is('.')) {
                if (tok.is(',') && poll > 0 && k + 1 < t.size()) {
                    int to = ContentBounds.clauseStop(t, k + 1);
                    return to - k - 1 >= 3 ? new Found(Attribution.LEADING, poll, poll + 1, k + 1, to, null) : null;
                }
                return null;
            }
            if (POLLS.contains(tok.norm())) {
                poll = k;
            }
        }
        return null;
    }
}
