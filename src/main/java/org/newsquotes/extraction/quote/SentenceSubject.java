package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * The named subject opening a sentence or its main clause ("Sanders has pushed …", "On Monday, Clinton
 * tried …"), used when no reporting verb is found, and to keep recent speakers for pronouns. Reads at most
 * the first dozen tokens of a sentence. Where the main clause starts is {@link SentenceOpening}'s, the shape of
 * the name {@link SubjectName}'s and what may stand between name and verb {@link SubjectAsides}'. A name right
 * before a subject pronoun or an article ends an opening phrase ("After a rally in Oak Park, Illinois he said …",
 * "… Illinois the candidate said …") and is none;
 * so is a lone word before "before", "after", "since", "ago" or "until" ("Long before the vote, …").
 */
final class SentenceSubject {

    /** Subject pronouns: a name right before one ends an opening phrase; the pronoun ("he", "she") is the subject. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    /** Articles: a name right before one ends an opening phrase ("Oak Park, Illinois the candidate went …"). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Words after which a lone capitalised word is an adverb of time ("Long before", "Soon after", "Years ago"). */
    private static final Set<String> TIME_LINKS = Set.of("before", "after", "since", "ago", "until");

    private final String text;

    SentenceSubject(String text) {
        this.text = text;
    }

    /**
     * Last resort for a fragment inside the reporter's sentence with no reporting verb we know: the named
     * subject opening the sentence or its main clause ("Sanders has pushed his promise of “free college”"),
     * when a lower-case word (the verb) follows it. No cue is given.
     */
    Attribution of(List<Token> b) {
        int s = SentenceOpening.clauseStart(text, b);
        int s0 = SentenceOpening.pastConjunctions(b);
        int p = heOrSheAt(b, s) ? s : s == 0 && heOrSheAt(b, s0) ? s0 : -1;
        if (p >= 0) { // "He laid off …", "But she began …"
            return new Attribution(null, MentionParser.parse(text, b.subList(p, p + 1), null),
                    Attribution.Rule.SUBJECT);
        }
        int roleNoun = s0 < b.size() && !SentenceOpening.isIntroducer(b.get(s0)) ? SubjectName.roleNounName(b, s0) : -1;
        if (roleNoun > 0) {
            Attribution a = person(b, s0, roleNoun);
            if (a != null) {
                return a;
            }
        }
        Attribution asides = s0 >= b.size() || SentenceOpening.isIntroducer(b.get(s0))
                || Lexicon.isFunctionWord(b.get(s0)) ? null : throughAsides(b, s0);
        if (asides == null && s > 0) {
            asides = throughAsides(b, s);
        }
        boolean longIntro = asides == null && s > 0 && SentenceOpening.longIntro(b);
        for (int k = s; asides == null && longIntro && k < b.size() && k < SentenceOpening.LONG_INTRO_REACH; k++) {
            if (b.get(k).text().equals(",") && k + 1 < b.size()) {
                asides = throughAsides(b, k + 1);
            }
        }
        int role = asides == null && s0 < b.size() ? SubjectName.rolePrefixed(b, s0) : -1;
        if (role < 0 && asides == null && s > 0) {
            role = SubjectName.rolePrefixed(b, s);
        }
        if (role > 0) {
            asides = throughAsides(b, role);
        }
        if (asides != null) {
            return asides;
        }
        int e = SubjectName.nameRun(b, s);
        if (e == s || e >= b.size() || !b.get(e).isWord() || b.get(e).isCapitalized()
                || b.get(e).is("of") || b.get(e).is("and") || SubjectName.isNounHead(b.get(e))
                || SubjectName.participle(b, s, e)) {
            return s > 0 ? beforeAside(b, s) : null;
        }
        return person(b, s, e);
    }

    /** A "he" or "she" at {@code s} with a lower-case word (its verb) after it. */
    private static boolean heOrSheAt(List<Token> b, int s) {
        return s + 1 < b.size() && (b.get(s).is("he") || b.get(s).is("she")) && b.get(s + 1).isWord()
                && !b.get(s + 1).isCapitalized();
    }

    /**
     * A name opening at {@code s}, then any asides ({@link SubjectAsides#pastAsides}), then a lower-case verb
     * ("Jo Lee shot back, saying …", "Jo Lee (D-Ohio), in particular, has …"); null otherwise.
     */
    private Attribution throughAsides(List<Token> b, int s) {
        int e = SubjectName.nameRun(b, s);
        int v = e > s ? SubjectAsides.pastAsides(b, e) : e;
        if (v == e && e - s == 1 && !SubjectName.plainName(b.get(s), b.get(Math.min(v, b.size() - 1)))) {
            return null;
        }
        if (v > s && v < b.size() && b.get(v).isWord() && !b.get(v).isCapitalized() && !b.get(v).is("and")
                && !b.get(v).is("of") && !SubjectName.isNounHead(b.get(e - 1))
                && !SubjectName.isNounHead(b.get(v))
                && !Lexicon.isDeterminer(b.get(v)) && !Lexicon.isPronoun(b.get(v))) {
            return person(b, s, e);
        }
        return null;
    }

    /**
     * "Clinton, clearly frustrated, responded …", "Beck, who has …, clearly intended …": a name opening the
     * sentence and followed by a comma, when the words after the first comma do not start a clause of their own.
     */
    private Attribution beforeAside(List<Token> b, int afterComma) {
        if (Lexicon.isFunctionWord(b.get(0))) {
            return null;
        }
        int e = SubjectName.nameRun(b, 0);
        if (e == 0 || e != afterComma - 1 || SubjectName.isNounHead(b.get(e - 1))) {
            return null;
        }
        Attribution a = person(b, 0, e);
        return a != null && !a.source().pronoun() ? a : null;
    }

    private Attribution person(List<Token> b, int s, int e) {
        if (e - s == 1 && expletive(b.get(s))) {
            return null; // "It’s become such a draw that …": no subject speaking
        }
        if (e - s == 1 && e < b.size() && TIME_LINKS.contains(b.get(e).norm())) {
            return null; // "Long before the vote, …", "Shortly after": an adverb of time, no name
        }
        if (e < b.size() && ARTICLES.contains(b.get(e).norm())) {
            return null;
        }
        if (e < b.size() && SUBJECT_PRONOUNS.contains(b.get(e).norm())) { // "Oak Park, Illinois he went …"
            return heOrSheAt(b, e) ? new Attribution(null, MentionParser.parse(text, b.subList(e, e + 1), null),
                    Attribution.Rule.SUBJECT) : null;
        }
        Mention m = MentionParser.parse(text, b.subList(s, e), null);
        return m != null && m.kind() == SpeakerKind.PERSON ? new Attribution(null, m, Attribution.Rule.SUBJECT)
                : null;
    }

    /** "It’s", "There’s": a contracted expletive, never a source. */
    private static boolean expletive(Token t) {
        String n = t.norm();
        int apo = Math.max(n.indexOf('\''), n.indexOf('’'));
        if (apo <= 0) {
            return false;
        }
        String w = n.substring(0, apo);
        return w.equals("it") || w.equals("there");
    }

    /**
     * "The State Department hinted at “…”", "On Monday, the Gazette reveals …": an organisation opening the
     * sentence or its main clause, followed by a lower-case word (its verb). Only that first noun phrase is read.
     */
    Attribution organization(List<Token> b) {
        int from = SentenceOpening.clauseStart(text, b);
        int s = from;
        if (s < b.size() && (b.get(s).is("the") || b.get(s).is("a") || b.get(s).is("an"))) {
            s++;
        }
        int e = s;
        while (e < b.size() && e - s < 6 && b.get(e).isWord() && b.get(e).isCapitalized()) {
            e++;
        }
        if (e > s && e < b.size() && Lexicon.isOrganization(b.get(e))) {
            e++;
        }
        if (e == s || e >= b.size() || !b.get(e).isWord() || b.get(e).isCapitalized()) {
            return null;
        }
        Mention m = MentionParser.parse(text, b.subList(from, e), null);
        return m != null && m.kind() == SpeakerKind.ORGANIZATION ? new Attribution(null, m, Attribution.Rule.SUBJECT)
                : null;
    }

    /**
     * The named person opening sentence {@code sent} (outside quotes), as a cue-less attribution, or null; a name
     * whose "be" predicate names an event or a place ({@link ThingPredicate}: "Oak Ridge was a tragedy") is none.
     */
    Attribution named(ArticleTokens all, Span sent) {
        List<Token> w = new ArrayList<>();
        for (int i = all.firstAtOrAfter(sent.start()); i < all.size() && w.size() < 12; i++) {
            if (all.get(i).start() >= sent.end() || all.quoteOf(i) >= 0) {
                break;
            }
            w.add(all.get(i));
        }
        Attribution a = w.isEmpty() ? null : of(w);
        return a != null && !a.source().pronoun() && !ThingPredicate.follows(w, after(w, a)) ? a : null;
    }

    /** The index of the first token of {@code w} after the source of {@code a}. */
    private static int after(List<Token> w, Attribution a) {
        int end = a.source().span().end();
        int k = 0;
        while (k < w.size() && w.get(k).start() < end) {
            k++;
        }
        return k;
    }
}
