package org.newsquotes.extraction.clean;

import java.util.Map;
import java.util.Set;

/**
 * The word swaps of article "spinners", which replace words with a thesaurus neighbour that is wrong in
 * context ("he" → "helium", the chemical symbol; "in" → "successful", as in "in fashion"; "at" → "astatine").
 * Built by reading a spun wire story against the usual wording of such stories; spun word → original word.
 *
 * <p>Only swaps whose spun form is rare in real news are listed, so that de-spinning a spun quote does
 * little harm to words the spinner left alone. Common English words that spinners also produce ("each" for
 * "all", "different" for "other", "study" for "say") are left out on purpose.
 */
final class SpunLexicon {

    /** Spun word (lower case) → original word (lower case). */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("helium", "he"), Map.entry("successful", "in"), Map.entry("astatine", "at"),
            Map.entry("oregon", "or"), Map.entry("arsenic", "as"), Map.entry("beryllium", "be"),
            Map.entry("tin", "can"), Map.entry("volition", "will"), Map.entry("connected", "on"),
            Map.entry("implicit", "over"), Map.entry("betwixt", "between"), Map.entry("wherefore", "why"),
            Map.entry("immoderate", "any"), Map.entry("nary", "no"), Map.entry("deliberation", "think"),
            Map.entry("hold", "agree"), Map.entry("mode", "way"), Map.entry("truthful", "so"),
            Map.entry("determination", "there"), Map.entry("astir", "about"), Map.entry("aft", "after"),
            Map.entry("caller", "new"), Map.entry("conscionable", "just"), Map.entry("azygous", "single"),
            Map.entry("ideate", "imagine"), Map.entry("consenting", "willing"), Map.entry("articulation", "join"),
            Map.entry("springiness", "give"), Map.entry("privation", "want"), Map.entry("indispensable", "must"),
            Map.entry("precocious", "high"), Map.entry("akin", "similar"), Map.entry("motorboat", "launch"),
            Map.entry("subordinate", "member"), Map.entry("lick", "solve"), Map.entry("borderline", "border"),
            Map.entry("summation", "increase"), Map.entry("beingness", "presence"), Map.entry("acme", "summit"),
            Map.entry("committedness", "promise"), Map.entry("negociate", "negotiate"),
            Map.entry("regularisation", "rule"), Map.entry("unfastened", "open"), Map.entry("doorway", "door"),
            Map.entry("argumentation", "policy"), Map.entry("contempt", "despite"),
            Map.entry("pugnacious", "tough"), Map.entry("circular", "round"), Map.entry("foretell", "predict"),
            Map.entry("confederate", "southern"), Map.entry("narration", "connection"),
            Map.entry("artifact", "block"), Map.entry("maturation", "growth"), Map.entry("forestall", "prevent"),
            Map.entry("enactment", "activity"), Map.entry("amended", "better"), Map.entry("warfare", "war"),
            Map.entry("monolithic", "massive"), Map.entry("imaginable", "possible"),
            Map.entry("alteration", "change"), Map.entry("driblet", "drop"), Map.entry("aboriginal", "future"),
            Map.entry("unrecorded", "live"), Map.entry("respective", "several"), Map.entry("readying", "planning"),
            Map.entry("agelong", "long"), Map.entry("backmost", "back"), Map.entry("efficaciously", "effectively"),
            Map.entry("resoluteness", "resolve"), Map.entry("broadside", "side"), Map.entry("erstwhile", "former"),
            Map.entry("retired", "out"), Map.entry("besides", "also"), Map.entry("speedy", "quick"));

    /**
     * Spun phrases whose words only make sense together, lower case; checked before single words. "manager of
     * the" is a spinner's "director of the" (an institute's director); a real "campaign manager of the X
     * campaign" is never rewritten because the spun reading is only applied to articles detected as spun.
     */
    static final Map<String, String> PHRASES = Map.of(
            "arsenic good arsenic", "as well as", "nary 1", "no one", "successful bid to", "in order to",
            "arsenic soon arsenic", "as soon as", "truthful far", "so far", "adjacent circular", "next round",
            "hold connected", "agree on", "go crystal wide", "become crystal clear",
            "manager of the", "director of the");

    /** Tell-tales counted whatever their neighbours: spun forms that real news practically never prints. */
    static final Set<String> ALWAYS_TELL = Set.of("astatine", "beryllium", "betwixt", "wherefore", "astir",
            "conscionable", "azygous", "springiness", "precocious", "negociate", "regularisation",
            "aft", "motorboat", "committedness", "agelong", "backmost", "unrecorded");

    /** Lexicon keys by length and first letter, for allocation-free lookup of a word in a text. */
    private static final String[][][] BY_LENGTH = byLength();

    private SpunLexicon() {
    }

    /** The lexicon key equal (ignoring case) to {@code text[start, end)}, or null. No allocation. */
    static String keyAt(String text, int start, int end) {
        int len = end - start;
        if (len >= BY_LENGTH.length) {
            return null;
        }
        if (len == 0) {
            return null;
        }
        // regionMatches(ignoreCase) holds for two chars exactly when their upper-then-lower folds agree, so
        // only the keys starting with the folded first char (keys are lower-case a-z) need a region compare.
        int first = Character.toLowerCase(Character.toUpperCase(text.charAt(start))) - 'a';
        if (first < 0 || first >= 26) {
            return null;
        }
        for (String key : BY_LENGTH[len][first]) {
            if (text.regionMatches(true, start + 1, key, 1, len - 1)) {
                return key;
            }
        }
        return null;
    }

    /** True when {@code lowerWord} starts one of {@link #PHRASES}. */
    static boolean startsPhrase(String lowerWord) {
        for (String phrase : PHRASES.keySet()) {
            if (phrase.startsWith(lowerWord) && phrase.charAt(lowerWord.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static String[][][] byLength() {
        int max = 0;
        for (String k : WORDS.keySet()) {
            max = Math.max(max, k.length());
            if (k.charAt(0) < 'a' || k.charAt(0) > 'z') {
                throw new IllegalStateException("spun-lexicon keys start with a-z: " + k);
            }
        }
        String[][][] out = new String[max + 1][26][];
        for (int len = 0; len <= max; len++) {
            for (int first = 0; first < 26; first++) {
                final int l = len;
                final char f = (char) ('a' + first);
                out[len][first] = WORDS.keySet().stream().filter(k -> k.length() == l && k.charAt(0) == f)
                        .sorted().toArray(String[]::new);
            }
        }
        return out;
    }
}
