package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A passive cue without an agent whose content is its subject: "The plan was approved last year",
 * "Two marches are planned for Monday", "The price was not disclosed." The content is the noun phrase
 * before the form of "be"; there is no source. Not read when a clause, an infinitive or an "as" phrase
 * follows the cue ("was told that ...", "is expected to ...", "was identified as ..."), nor when "by" names the
 * agent ({@link PassiveClause} reads that). Stateless; constant work per cue.
 */
final class PassiveSubject {

    /** Words after the participle that open the cue's own content or complement: not a bare passive. */
    static final WordSet FOLLOWERS = WordSet.of("that", "to", "as", "by", "if", "whether", "how", "what", "why");

    /**
     * Participles whose passive subject is no content: the hearer of a question or telling ("Lee was asked about
     * ..."), or whoever feels a state ("the voters were shocked", "she is focused on ..."): the subject is a source
     * or a hearer there.
     */
    static final WordSet SUBJECT_NOT_CONTENT = WordSet.of("asked", "pressed", "told", "urged", "warned", "instructed",
            "informed", "reminded", "assured", "questioned", "called", "worried", "shocked", "surprised", "satisfied",
            "scared", "pleased", "disappointed", "frustrated", "stunned", "alarmed", "focused", "interested", "convinced",
            "committed", "seen", "talked", "published");

    private PassiveSubject() {
    }

    /** The reading of the participle cue at {@code i}, or null when it is no agentless "X be CUE-ed". */
    static Found read(List<Token> t, int i) {
        String cue = t.get(i).norm();
        if (!PassiveClause.participle(cue) || SUBJECT_NOT_CONTENT.contains(cue)) {
            return null;
        }
        int next = i + 1;
        while (next < t.size() && t.get(next).word() && Words.isAdverbLike(t.get(next).norm())) {
            next++;
        }
        if (next < t.size() && t.get(next).word() && (FOLLOWERS.contains(t.get(next).norm())
                || !Words.PHRASE_STOP.contains(t.get(next).norm()) && !Words.TIME.contains(t.get(next).norm())
                && !ContentStart.DATE_OPENERS.contains(t.get(next).norm()))) {
            return null;
        }
        int be = PassiveClause.beforeAdverbs(t, i);
        if (be < 1 || !PassiveClause.BE.contains(t.get(be).norm()) || t.get(be - 1).is("to")
                || t.get(be).is("being") && !PassiveClause.BE.contains(t.get(be - 1).norm())) {
            return null;    // "likely to be pressed", "licenses being issued": no passive clause with a subject
        }
        int last = PassiveClause.beforeAuxiliaries(t, be);
        String head = t.get(last).norm();
        if (!t.get(last).word() || head.equals("far") || Words.NP_BOUNDARY.contains(head) && !Words.RELATIVES.contains(head)) {
            return null;    // "have so far been requested", "as far as X is concerned", "- and was criticized"
        }
        int from = SourceFinder.phraseStart(t, last, 0);
        for (int k = from; k <= last; k++) {
            if (Words.AUX.contains(t.get(k).norm()) || PassiveClause.BE.contains(t.get(k).norm()) || t.get(k).is("to")) {
                return null;    // "there have been no problems ... being issued", "who has until now been seen"
            }
        }
        return new Found(Attribution.LEADING, i, i + 1, from, last + 1, null);
    }
}
