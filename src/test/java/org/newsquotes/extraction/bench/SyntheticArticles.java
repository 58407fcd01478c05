package org.newsquotes.extraction.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Deterministic news-like articles for benchmarks: a headline, a dateline, and paragraphs mixing direct
 * quotes (whole, split by the attribution, multi-paragraph), partial quotes, reported speech with
 * "said that" and "according to", roles, pronouns and date words, plus a credit line. Words are made up
 * from small generic lists; no corpus text is used. The two seed articles are added when
 * {@code seeds/} is present.
 */
public final class SyntheticArticles {

    private static final String[] FIRST = {"Maria", "John", "Aisha", "Pavel", "Lena", "Omar", "Grace", "Tomas",
        "Ingrid", "Kwame", "Sofia", "Daniel"};
    private static final String[] LAST = {"Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak",
        "Alvarez", "Brennan", "Castillo", "Petrov", "Osei"};
    private static final String[] ROLES = {"Foreign Minister", "Senator", "spokesperson", "Mayor",
        "Secretary General", "Ambassador to the United Nations", "economist at the Central Bank", "Governor"};
    private static final String[] PLACES = {"WASHINGTON", "BRUSSELS", "GENEVA", "NAIROBI", "LIMA", "OSLO", "SEOUL"};
    private static final String[] VERBS = {"said", "told reporters", "added", "warned", "insisted", "argued",
        "noted", "said in a statement"};
    private static final String[] DATES = {"on Tuesday", "Wednesday", "this week", "last month", "on Jan. 10",
        "yesterday", "", ""};
    private static final String[] CLAUSES = {"the talks would continue despite the setbacks",
        "the budget could not be balanced without new taxes", "the agreement was a step in the right direction",
        "nobody expected the vote to pass so quickly", "the region needed more investment in roads and schools",
        "the committee would publish its findings before the end of the year",
        "the government was not prepared to make further concessions",
        "there was “no appetite” for another round of negotiations",
        "the proposal, which critics called “a non-starter,” would be revised"};

    private SyntheticArticles() {
    }

    /** {@code count} articles from a fixed seed, plus the seed articles when available. */
    public static List<String> generate(int count) {
        Random r = new Random(42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(article(r));
        }
        out.addAll(seeds());
        return out;
    }

    static String article(Random r) {
        StringBuilder b = new StringBuilder(6000);
        String[] people = new String[4];
        for (int i = 0; i < people.length; i++) {
            people[i] = pick(r, FIRST) + " " + pick(r, LAST);
        }
        b.append("Officials Meet as ").append(last(people[0])).append(" Warns of Delays\n");
        b.append(pick(r, PLACES)).append(" — ").append(cap(pick(r, ROLES))).append(' ').append(people[0])
                .append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, DATES)).append(" that ")
                .append(pick(r, CLAUSES)).append(".\n");
        int paragraphs = 14 + r.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            b.append(paragraph(r, people[r.nextInt(people.length)])).append('\n');
        }
        b.append(last(people[1])).append(" reported from ").append(cap(pick(r, PLACES).toLowerCase()))
                .append(". ").append(people[2]).append(" contributed to this report.");
        return b.toString();
    }

    private static String paragraph(Random r, String person) {
        String clause = pick(r, CLAUSES);
        String quote = cap(clause) + ", and we will say so again";
        return switch (r.nextInt(6)) {
            case 0 -> "“" + quote + ",” " + person + " " + pick(r, VERBS) + " " + pick(r, DATES) + ". “"
                    + cap(pick(r, CLAUSES)) + ".”";
            case 1 -> last(person) + " " + pick(r, VERBS) + " " + pick(r, DATES) + " that " + clause + ".";
            case 2 -> "“" + quote + ",” " + (r.nextBoolean() ? "she" : "he") + " said.";
            case 3 -> "According to " + person + ", a " + pick(r, ROLES) + ", " + clause + ".";
            case 4 -> person + ", the " + pick(r, ROLES) + ", said: “" + quote + ". " + cap(pick(r, CLAUSES)) + ".”";
            default -> cap(clause) + ", " + last(person) + " " + pick(r, VERBS) + ", adding that " + pick(r, CLAUSES)
                    + " and that officials had been briefed " + pick(r, DATES) + ".";
        };
    }

    private static List<String> seeds() {
        Path dir = Path.of("seeds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p));
            }
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String last(String name) {
        return name.substring(name.indexOf(' ') + 1);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
