package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Finds direct and partial quotations with their attributions in one article: scans quote marks, finds
 * each passage's attribution, types it, links unattributed passages to the neighbour whose speaker they
 * continue, and drops passages that quote nobody.
 *
 * <p>What is dropped and kept, decided on the PolNeAR train split (the metric counts every kept passage):
 * <ul>
 *   <li>Title-like passages (at most six words, each capitalised: “New Day,”, “Make America Great Again”)
 *       that name a programme or work by their surroundings ({@link WorkTitle}: “on CNN’s “…”, the “…”
 *       star”) are dropped, attributed or not.</li>
 *   <li>Headlines of linked stories (“…,” by the Ledger's Ann Doe; {@link LinkedHeadline}) are dropped, as are
 *       stage directions and follow lines caught between marks ({@link MarkupPassage}: “(CROSSTALK.)”).</li>
 *   <li>Other title-like fragments with no attribution of their own are dropped unless a naming word or
 *       reporting verb introduces them ({@link NamingLead}: called, titled, chanting, a sign reading, said):
 *       those are mostly slogans, chants and names someone used, and lie inside a gold attribution 49 times
 *       in 57. Kept title-like passages carry {@link Finding#titleLike()} (confidence × 0.6).</li>
 *   <li>Unattributed fragments of one or two words in a sentence with no reporting word ({@link ScareQuote}:
 *       a “unity” lunch) are dropped: on train 40 of the 59 dropped lie outside every gold attribution. So are
 *       those whose only source is a subject that is not a person ("Party elders did produce an “autopsy”"):
 *       on train 4 more, none inside a gold attribution; a person subject is not enough to drop
 *       ("he tossed in a “lyin'” Ted Cruz" is his word).</li>
 *   <li>Scare quotes and title-like fragments dropped by the two rules above are held back, not discarded
 *       ({@link Detection#held()}): one that a reported clause runs straight into is listed after all
 *       ({@link CarriedFragments}: "agree that bakers should pay “a lot” more").</li>
 *   <li>Other unattributed lower-case fragments, scare quotes included (“provocations”), are kept as PARTIAL
 *       quotes with low confidence (0.3): about three in four lie inside a gold attribution (often a
 *       paraphrase around them), and no surface cue tested on train separates the rest.</li>
 * </ul>
 * Built per article; not shared.
 */
public final class DirectQuoteDetector {

    private final TextIndex index;
    private final List<MarkedQuote> marks;
    private final ArticleTokens tokens;
    private final AttributionFinder finder;
    private final SentenceSources sentenceSources;

    public DirectQuoteDetector(TextIndex index, boolean spun) {
        this.index = index;
        this.marks = new QuoteMarkScanner().scan(index);
        this.tokens = new ArticleTokens(index, marks, spun);
        this.finder = new AttributionFinder(index, tokens);
        this.sentenceSources = new SentenceSources(index, tokens, finder);
        finder.useSentenceSources(sentenceSources);
    }

    public ArticleTokens tokens() {
        return tokens;
    }

    /** Sentence-level attributions (reporting verbs outside quotes), one per sentence at most. */
    public SentenceSources sentenceSources() {
        return sentenceSources;
    }

    /** The findings in text order; {@link Finding#inheritFrom()} indexes this list. */
    public List<Finding> detect() {
        return detectAll().findings();
    }

    /**
     * The findings in text order, and the passages held back only as scare quotes or unintroduced title-like
     * fragments ({@link Detection#held()}): a reported clause that runs straight into one of those makes it part
     * of a mixed quote after all ({@link CarriedFragments}).
     */
    public Detection detectAll() {
        int n = marks.size();
        Attribution[] attrs = new Attribution[n];
        for (int i = 0; i < n; i++) {
            attrs[i] = finder.find(marks.get(i));
        }
        ColonBlock.carryLeads(marks, attrs, index, sentenceSources);
        int[] from = Continuations.link(marks, attrs, index);
        ScareQuote scareQuotes = new ScareQuote(index, tokens);
        List<Finding> out = new ArrayList<>();
        List<Finding> held = new ArrayList<>();
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            MarkedQuote q = marks.get(i);
            Attribution a = attrs[i];
            QuoteType type = QuoteShape.type(q, index, a);
            boolean title = QuoteShape.looksLikeTitle(q, index.text());
            position[i] = -1;
            boolean weak = a == null || a.rule() == Attribution.Rule.SUBJECT;
            boolean fragment = weak && from[i] < 0 && type == QuoteType.PARTIAL;
            Span context = context(q);
            boolean scare = fragment && (a == null ? scareQuotes.is(q, context)
                    : !personSubject(a) && scareQuotes.isWithSubject(q, context, a.source().span().end()));
            boolean work = title && !q.runsOn() && !q.continued() && WorkTitle.names(q, tokens);
            boolean unintroduced = title && !work && !q.runsOn() && !q.continued() && fragment
                    && !NamingLead.introduces(q, tokens);
            boolean mention = furniture(q) || !ownSentence(a) && QuotedMention.subject(q, index, tokens);
            if (work || unintroduced || scare || mention) {
                if (!work && !mention) {
                    held.add(new Finding(q.inner(), type, a == null ? null : a.cue(), a == null ? null : a.source(),
                            a == null ? null : a.rule(), context, -1, title));
                }
                continue;
            }
            position[i] = out.size();
            int inherit = a == null && from[i] >= 0 ? from[i] : -1;
            out.add(new Finding(q.inner(), type, a == null ? null : a.cue(), a == null ? null : a.source(),
                    a == null ? (inherit >= 0 ? Attribution.Rule.CONTINUATION : null) : a.rule(), context,
                    inherit, title));
        }
        return new Detection(remap(out, position), held);
    }

    /**
     * What {@link #detectAll()} found.
     *
     * @param findings the passages kept, in text order
     * @param held     fragments held back as scare quotes or unintroduced titles (no continuation link), in text order
     */
    public record Detection(List<Finding> findings, List<Finding> held) {
    }

    /**
     * Page furniture and mentioned words: linked headlines and excerpts, headlines cited in parentheses, quoted
     * subheadings in capitals, works named in an appositive ("the movie, “…,”"), stage directions, dated list
     * items, glosses, button labels and nicknames.
     */
    private boolean furniture(MarkedQuote q) {
        String text = index.text();
        return LinkedHeadline.bylined(q, tokens) || LinkedHeadline.linkedExcerpt(q, text)
                || LinkedHeadline.cited(q, text) || WorkTitle.setOff(q, text)
                || MarkupPassage.is(text, q.inner()) || MarkupPassage.dated(text, q)
                || MarkupPassage.subheading(text, q)
                || QuotedMention.glossOrButton(q, tokens, text) || QuotedMention.nickname(q, tokens);
    }

    /**
     * Whether {@code a} has a person (or no source) as speaker: a fragment whose only source is a subject that
     * is not a person ("the Kremlin", "Party elites") in a sentence that reports no speech is a scare quote.
     */
    private static boolean personSubject(Attribution a) {
        return a.source() == null || a.source().kind() == SpeakerKind.PERSON;
    }

    /** An attribution found in the quote's own sentence (not borrowed from a neighbour or a bare subject). */
    private static boolean ownSentence(Attribution a) {
        return a != null && switch (a.rule()) {
            case AFTER, LEAD_IN, ACCORDING_TO, IN_SENTENCE -> true;
            default -> false;
        };
    }

    /** Turns mark indexes in inheritFrom into finding indexes (dropping links to dropped marks). */
    private static List<Finding> remap(List<Finding> in, int[] position) {
        List<Finding> out = new ArrayList<>(in.size());
        for (Finding f : in) {
            int target = f.inheritFrom() >= 0 ? position[f.inheritFrom()] : -1;
            Attribution.Rule rule = f.inheritFrom() >= 0 && target < 0 ? null : f.rule();
            out.add(new Finding(f.content(), f.type(), f.cue(), f.source(), rule, f.context(), target,
                    f.titleLike()));
        }
        return out;
    }

    private Span context(MarkedQuote q) {
        int a = index.sentenceIndex(q.open());
        int b = index.sentenceIndex(Math.max(q.open(), q.close()));
        int start = a < 0 ? q.open() : Math.min(q.open(), index.sentence(a).start());
        int end = b < 0 ? q.close() : Math.max(index.sentence(b).end(), q.inner().end());
        return new Span(start, end);
    }
}
