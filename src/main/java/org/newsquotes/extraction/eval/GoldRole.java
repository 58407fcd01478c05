package org.newsquotes.extraction.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The role words of a gold source mention and of a predicted role, for {@link RoleReport}.
 *
 * <p>Gold: the mention must name a person (the scorer's surname). Its role words are the content words
 * before the name ("Sen.", "the economist") and those of an appositive that follows the name after a comma
 * or an opening parenthesis, up to a "who"/"which"/"that" clause or a reporting verb. The name is the
 * surname token and the capitalised non-title words right before it. Words are lower-cased, stripped of
 * dots and possessive endings, split at hyphens, a few abbreviations spelled out ("sen" → "senator"), a
 * plural "s" dropped; numbers (ages), function words, courtesy titles ("Mr.") and bare modifiers ("former", "top") do not
 * count. Limits: a mention naming two people keeps the first; a role between two names counts as before
 * the name. Stateless.
 */
final class GoldRole {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "at", "for", "from", "to",
            "with", "on", "and", "or", "but", "by", "as", "is", "was", "has", "have", "had", "be", "been", "mr",
            "mrs", "ms", "miss", "mx", "jr", "sr", "ii", "iii", "his", "her", "their", "its", "he", "she", "they",
            "also", "former", "then", "current", "new", "top", "senior", "longtime", "now", "one", "another",
            "this", "that", "s", "who", "which");
    private static final Set<String> CLAUSE = Set.of("who", "which", "that", "said", "says", "told", "added",
            "wrote", "whose", "when", "where");
    private static final Set<String> TITLE = Set.of("sen", "senator", "rep", "gov", "governor", "president",
            "secretary", "gen", "general", "judge", "justice", "mayor", "sir", "lord", "prof", "professor",
            "former", "vice", "chief", "minister", "prime", "speaker", "democrat", "republican", "democratic",
            "gop", "mr", "mrs", "ms", "miss", "dr", "the", "a", "an", "but", "and", "sheriff", "lt", "col",
            "attorney", "ambassador", "rev", "chairman", "leader", "director", "spokesman", "spokeswoman");
    private static final Map<String, String> SPELL = Map.ofEntries(Map.entry("sen", "senator"),
            Map.entry("rep", "representative"), Map.entry("gov", "governor"), Map.entry("gen", "general"),
            Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"), Map.entry("prof", "professor"),
            Map.entry("sec", "secretary"), Map.entry("amb", "ambassador"), Map.entry("d", "democrat"),
            Map.entry("r", "republican"), Map.entry("democratic", "democrat"), Map.entry("dem", "democrat"),
            Map.entry("rev", "reverend"), Map.entry("sgt", "sergeant"), Map.entry("atty", "attorney"),
            Map.entry("spokesperson", "spokesman"), Map.entry("spokeswoman", "spokesman"),
            Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"),
            Map.entry("chairwoman", "chairman"), Map.entry("chair", "chairman"));

    private GoldRole() {
    }

    /** The gold mention's role words; null when it names no person, empty when it is a bare name. */
    static Set<String> ofMention(String mention) {
        String surname = ScorerSurname.surname(mention);
        if (surname == null) {
            return null;
        }
        List<int[]> toks = tokens(mention);
        int at = -1;
        for (int i = 0; i < toks.size() && at < 0; i++) {
            if (norm(mention, toks.get(i)).equals(surname)) {
                at = i;
            }
        }
        if (at < 0) {
            return Set.of();
        }
        int first = at;
        while (first > 0 && capital(mention, toks.get(first - 1)) && !between(mention, toks.get(first - 1),
                toks.get(first)) && !TITLE.contains(norm(mention, toks.get(first - 1)))
                && !possessive(mention, toks.get(first - 1))) {
            first--;
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < first; i++) {
            addWords(out, mention, toks.get(i));
        }
        int after = toks.get(at)[1];
        int k = after;
        while (k < mention.length() && (mention.charAt(k) == ' ' || mention.charAt(k) == '.')) {
            k++;
        }
        if (k < mention.length() && (mention.charAt(k) == ',' || mention.charAt(k) == '(')) {
            for (int i = at + 1; i < toks.size(); i++) {
                if (CLAUSE.contains(norm(mention, toks.get(i)))) {
                    break;
                }
                addWords(out, mention, toks.get(i));
            }
        }
        return out;
    }

    /** The content words of a predicted role, normalised like the gold ones; empty for null. */
    static Set<String> ofRole(String role) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (role != null) {
            for (int[] t : tokens(role)) {
                addWords(out, role, t);
            }
        }
        return out;
    }

    private static void addWords(Set<String> out, String s, int[] t) {
        for (String part : norm(s, t).split("-")) {
            String w = SPELL.getOrDefault(part, part);
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty() && !STOP.contains(w) && !STOP.contains(part) && !digits(w)) {
                out.add(w);
            }
        }
    }

    /** Word tokens: runs of letters, digits, hyphens, apostrophes and inner dots, as [start, end). */
    static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-'
                    || s.charAt(j) == '\'' || s.charAt(j) == '’'
                    || (s.charAt(j) == '.' && j + 1 < s.length() && Character.isLetter(s.charAt(j + 1))))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static String norm(String s, int[] t) {
        String w = s.substring(t[0], t[1]).toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        while (w.endsWith("'") || w.endsWith("-")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean digits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capital(String s, int[] t) {
        return Character.isUpperCase(s.charAt(t[0]));
    }

    private static boolean possessive(String s, int[] t) {
        String w = s.substring(t[0], t[1]);
        return w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'") || w.endsWith("’");
    }

    /** Whether a comma or parenthesis stands between two tokens. */
    private static boolean between(String s, int[] a, int[] b) {
        for (int i = a[1]; i < b[0]; i++) {
            if (s.charAt(i) == ',' || s.charAt(i) == '(' || s.charAt(i) == ')') {
                return true;
            }
        }
        return false;
    }
}
