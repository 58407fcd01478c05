package org.newsquotes.extraction.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.extraction.text.Token;

/**
 * Every multi-word person name written in an article ("Julianne Smith", "Sam A. Greene"; a capitalised run
 * ends at a line break), indexed by surname in text order, so that a later "Smith" or "Mr. Greene" can be resolved to the fullest form first
 * written. Built in one linear pass over the tokens; confined to one extraction (the set of lower-case
 * words is built on first use).
 */
public final class NameIndex {

    /** One full name and where it was first written. */
    public record Entry(String name, int offset) {
    }

    private final Map<String, List<Entry>> bySurname;
    private final List<Entry> inOrder = new ArrayList<>();
    private final List<Token> tokens;
    /** The words written in lower case; built on the first query (rare), the index being per article. */
    private java.util.Set<String> lowerWords;
    /** The capitalised words written after another word inside a sentence ("… said Rubio"). */
    private final java.util.Set<String> midSentence = new java.util.HashSet<>();
    /** The capitalised words written right after a listed given name ("From" in "Al From"). */
    private final java.util.Set<String> afterGiven = new java.util.HashSet<>();

    public NameIndex(String text, List<Token> tokens) {
        this.tokens = tokens;
        Map<String, List<Entry>> map = new HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).isCapitalized() || !tokens.get(i).isWord()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalized()
                    && !lineBreak(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
                j++;
            }
            int from = i > 0 && afterWord(tokens.get(i - 1)) && !lineBreak(text, tokens.get(i - 1).end(),
                    tokens.get(i).start()) ? i : i + 1;
            for (int k = from; k < j; k++) {
                midSentence.add(tokens.get(k).norm());
            }
            for (int k = i + 1; k < j; k++) {
                if (Gender.isFirstName(tokens.get(k - 1).norm())) {
                    afterGiven.add(tokens.get(k).norm());
                }
            }
            int start = QuestionOpener.questionModal(tokens, i, j) ? i + 1 : i;
            Entry e = add(text, tokens.subList(start, j), map);
            if (e != null) {
                inOrder.add(e);
            }
            i = j;
        }
        this.bySurname = map;
    }

    /** Verbs that open a question ("Is Roe finally winning?") and are never a given name. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "has",
            "have", "had");

    /** Whether a line break is written in {@code text[from, to)}: what follows opens a paragraph (“…” then a new line). */
    static boolean lineBreak(String text, int from, int to) {
        for (int k = from; text != null && k < to && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * A word, comma or closing quote mark: what stands before a capitalised word inside a sentence (unless a
     * line break stands between them).
     */
    static boolean afterWord(Token t) {
        String s = t.text();
        return t.isWord() || s.equals(",") || s.equals("”") || s.equals("\"");
    }

    private static Entry add(String text, List<Token> run, Map<String, List<Entry>> map) {
        int s = NameShape.nameStart(run);
        while (s < run.size() && (Lexicon.isFunctionWord(run.get(s)) || AUXILIARIES.contains(run.get(s).norm()))) {
            s++;
        }
        if (run.size() - s < 2) {
            return null;
        }
        Token last = run.get(run.size() - 1);
        String name = NameShape.withoutPossessive(text.substring(run.get(s).start(), last.end()));
        String surname = NameShape.surnameOf(name);
        List<Entry> list = map.computeIfAbsent(surname, k -> new ArrayList<>());
        Entry entry = new Entry(name, run.get(s).start());
        if (list.size() < 8) {
            list.add(entry);
        }
        return entry;
    }

    /** Full names by their first word, lower-cased; built on the first query. */
    private Map<String, java.util.Set<String>> byGiven;

    /**
     * The one full name of a person (no place, organisation or group word in it) the article writes with
     * {@code given} (lower case) as its first word ("Megyn" for "Megyn Kelly"), or null when it writes none or
     * several different ones.
     */
    public String onlyNameWithGiven(String given) {
        if (byGiven == null) {
            Map<String, java.util.Set<String>> map = new HashMap<>();
            for (Entry e : inOrder) {
                if (!Antecedents.unlikelyPerson(e.name(), null)) {
                    map.computeIfAbsent(firstWord(e.name()), k -> new java.util.LinkedHashSet<>()).add(e.name());
                }
            }
            byGiven = map;
        }
        java.util.Set<String> names = byGiven.get(given);
        return names != null && names.size() == 1 ? names.iterator().next() : null;
    }

    /** Whether {@code lowerWord} is also written in lower case somewhere in the article (a common word). */
    public boolean writtenLowerCase(String lowerWord) {
        if (lowerWords == null) {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (Token t : tokens) {
                if (t.isWord() && !t.isCapitalized()) {
                    words.add(t.norm());
                }
            }
            lowerWords = words;
        }
        return lowerWords.contains(lowerWord);
    }

    /** Whether {@code lowerWord} is written capitalised right after a listed given name ("Al From"). */
    public boolean afterGivenName(String lowerWord) {
        return afterGiven.contains(lowerWord);
    }

    /** Whether {@code lowerWord} is written capitalised after another word somewhere ("… said Rubio"). */
    public boolean capitalizedMidSentence(String lowerWord) {
        return midSentence.contains(lowerWord);
    }

    /**
     * The full name written last before {@code offset} whose given name agrees with {@code gender} (looking
     * back at most eight names), skipping names {@code accept} refuses (they still count towards the eight), or
     * null. Used only when no earlier speaker fits a pronoun.
     */
    public String lastBefore(int offset, Gender gender, java.util.function.Predicate<String> accept) {
        int at = TextOrder.lastBefore(inOrder, x -> x.offset(), offset);
        for (int k = at; k >= 0 && at - k < 8; k--) {
            String name = inOrder.get(k).name();
            if (!accept.test(name)) {
                continue;
            }
            if (givenNameGender(name).agrees(gender)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The full name for {@code surname}: the first one written before {@code offset} (the fullest if several
     * were written before it), else the first written after it; null when the article has none.
     */
    public String fullName(String surname, int offset) {
        return fullName(surname, offset, Gender.UNKNOWN);
    }

    /**
     * As {@link #fullName(String, int)}, among the full names whose given name agrees with {@code gender} (the
     * gender a mention states); null when the article writes that surname only for people of the other gender.
     * The choice and its limits are {@link FullNameChoice}'s.
     */
    public String fullName(String surname, int offset, Gender gender) {
        List<Entry> list = bySurname.get(surname);
        return list == null || list.isEmpty() ? null : FullNameChoice.choose(list, offset, gender);
    }

    /** The gender of a full name's first word as a given name ("Ann Roe": female), or UNKNOWN. */
    static Gender givenNameGender(String name) {
        return Gender.ofFirstName(firstWord(name));
    }

    /** The leading letters of a name, lower-cased ("ann" for "Ann Roe"). */
    static String firstWord(String name) {
        int sp = 0;
        while (sp < name.length() && Character.isLetter(name.charAt(sp))) {
            sp++;
        }
        return name.substring(0, sp).toLowerCase(java.util.Locale.ROOT);
    }
}
