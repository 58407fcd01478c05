package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * Builds a person {@link Mention} from a phrase whose name starts at a known token, for {@link MentionParser}:
 * the name runs to the phrase's end and the words before it are the role ("Senate Majority Leader Jo Lee"). Also
 * the small word tests the mention readers share. Stateless.
 */
final class PersonMention {

    private PersonMention() {
    }

    /** A person named by {@code np} from {@code nameStart} on; the words before it join the role. */
    static Mention person(String text, List<Token> np, int nameStart, Span span, String phrase, String appositive) {
        Token first = np.get(nameStart);
        String name = text.substring(first.start(), np.get(np.size() - 1).end());
        Gender gender = Gender.ofFirstName(first.norm());
        String role = appositive;
        if (nameStart > 0) {
            List<Token> roleToks = np.subList(0, nameStart);
            for (Token t : roleToks) {
                if (gender == Gender.UNKNOWN) {
                    gender = Gender.ofWord(t.norm());
                }
            }
            String written = roleText(text, roleToks);
            if (written != null) {
                role = role == null ? written : written + ", " + role;
            }
        }
        return new Mention(span, phrase, name, role, SpeakerKind.PERSON, false, gender);
    }

    /** The role words before a name, without a lone honorific ("Mr.") or leading determiner. */
    static String roleText(String text, List<Token> toks) {
        int s = 0;
        while (s < toks.size() && (Lexicon.isDeterminer(toks.get(s)) && toks.get(s).norm().equals("the") == false
                || !toks.get(s).isWord())) {
            s++;
        }
        int e = toks.size();
        while (e > s && !toks.get(e - 1).isWord()) {
            e--;
        }
        toks = toks.subList(0, e);
        if (s >= toks.size()) {
            return null;
        }
        if (toks.size() - s == 1 && Gender.ofWord(toks.get(s).norm()) != Gender.UNKNOWN
                && toks.get(s).text().endsWith(".")) {
            return null;
        }
        if (toks.size() - s == 1 && toks.get(s).norm().equals("the")) {
            return null;
        }
        return text.substring(toks.get(s).start(), toks.get(toks.size() - 1).end());
    }

    /** The text the phrase covers, from its first token to its last. */
    static String stripDeterminer(String text, List<Token> np) {
        return text.substring(np.get(0).start(), np.get(np.size() - 1).end());
    }

    /** A plural head: ends in "s" (not "ss"), or "people", "police", "many", "some". */
    static boolean isPlural(Token head) {
        String w = head.norm();
        return (w.endsWith("s") && !w.endsWith("ss")) || w.equals("people") || w.equals("police")
                || w.equals("many") || w.equals("some");
    }
}
