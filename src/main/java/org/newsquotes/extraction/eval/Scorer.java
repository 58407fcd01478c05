package org.newsquotes.extraction.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reference scorer ({@code shared/eval/score.py}) in Java, with the same definitions: a prediction
 * matches a gold attribution when they overlap and at least half of the prediction lies inside the gold
 * content span; direct/partial predictions count against gold whose content holds a double quotation mark,
 * indirect against the rest; a speaker is right when the gold mention's surname (a pronoun resolved to the
 * nearest earlier named gold speaker) occurs as a word in the predicted speaker names. Figures are rounded
 * to three places like Python's {@code round}. Not thread-safe (accumulates counts).
 */
public final class Scorer {

    private final Map<String, Integer> c = new LinkedHashMap<>();

    public Scorer() {
        for (String k : List.of("gd", "gd_hit", "pd", "pd_ok", "gi", "gi_hit", "pi", "pi_ok", "sp", "sp_ok", "spn",
                "spn_ok")) {
            c.put(k, 0);
        }
    }

    static boolean inside(int ps, int pe, GoldQuote g) {
        int ov = Math.min(pe, g.end()) - Math.max(ps, g.start());
        return ov > 0 && ov * 2 >= (pe - ps);
    }

    /** Adds one article: its gold attributions and the predictions for it. */
    public void add(List<GoldQuote> gold, List<PredQuote> pred) {
        List<GoldQuote> sorted = new ArrayList<>(gold);
        sorted.sort(Comparator.comparingInt(GoldQuote::start));
        String[] names = resolvedNames(sorted);
        for (PredQuote p : pred) {
            boolean ok = sorted.stream().anyMatch(g -> inside(p.start(), p.end(), g));
            inc(p.indirect() ? "pi" : "pd", 1);
            inc(p.indirect() ? "pi_ok" : "pd_ok", ok ? 1 : 0);
        }
        for (int i = 0; i < sorted.size(); i++) {
            GoldQuote g = sorted.get(i);
            boolean direct = g.direct();
            List<PredQuote> want = new ArrayList<>();
            for (PredQuote p : pred) {
                if (inside(p.start(), p.end(), g) && (!p.indirect()) == direct) {
                    want.add(p);
                }
            }
            inc(direct ? "gd" : "gi", 1);
            inc(direct ? "gd_hit" : "gi_hit", want.isEmpty() ? 0 : 1);
            if (!want.isEmpty() && direct && names[i] != null) {
                boolean hit = speakerHit(names[i], want);
                inc("sp", 1);
                inc("sp_ok", hit ? 1 : 0);
                if (!ScorerSurname.PRONOUNS.contains(strip(g.speaker()).toLowerCase(Locale.ROOT))) {
                    inc("spn", 1);
                    inc("spn_ok", hit ? 1 : 0);
                }
            }
        }
    }

    static boolean speakerHit(String name, List<PredQuote> want) {
        StringBuilder said = new StringBuilder();
        for (int k = 0; k < want.size(); k++) {
            if (k > 0) {
                said.append(' ');
            }
            said.append(want.get(k).speaker() == null ? "" : want.get(k).speaker());
        }
        Pattern p = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.UNICODE_CHARACTER_CLASS);
        return p.matcher(said.toString().toLowerCase(Locale.ROOT)).find();
    }

    /** Gold speaker surnames in start order, pronouns resolved to the nearest earlier named speaker. */
    static String[] resolvedNames(List<GoldQuote> sorted) {
        String[] out = new String[sorted.size()];
        String last = null;
        for (int i = 0; i < sorted.size(); i++) {
            String s = strip(sorted.get(i).speaker());
            String low = s.toLowerCase(Locale.ROOT);
            String name = null;
            if (!s.isEmpty() && !ScorerSurname.PRONOUNS.contains(low)) {
                name = ScorerSurname.surname(s);
            }
            if (name != null) {
                last = name;
            } else if (ScorerSurname.PRONOUNS.contains(low) && !List.of("i", "we", "you", "it").contains(low)) {
                name = last;
            }
            out[i] = name;
        }
        return out;
    }

    /** Python's {@code str.strip()}: also strips no-break spaces, which Java's {@code strip()} keeps. */
    static String strip(String s) {
        if (s == null) {
            return "";
        }
        int a = 0;
        int b = s.length();
        while (a < b && pySpace(s.charAt(a))) {
            a++;
        }
        while (b > a && pySpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean pySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u001f' || c == '\u0085';
    }

    private void inc(String k, int by) {
        c.merge(k, by, Integer::sum);
    }

    public Map<String, Integer> counts() {
        return Map.copyOf(c);
    }

    /** The figures score.py prints, in its order. */
    public Map<String, Object> result() {
        Map<String, Object> r = new LinkedHashMap<>();
        double dp = ratio("pd_ok", "pd");
        double dr = ratio("gd_hit", "gd");
        double ip = ratio("pi_ok", "pi");
        double ir = ratio("gi_hit", "gi");
        r.put("direct_precision", dp);
        r.put("direct_recall", dr);
        r.put("indirect_precision", ip);
        r.put("indirect_recall", ir);
        r.put("speaker_accuracy_direct", ratio("sp_ok", "sp"));
        r.put("speaker_accuracy_direct_named", ratio("spn_ok", "spn"));
        r.put("counts", new LinkedHashMap<>(c));
        r.put("direct_f1", f1(dp, dr));
        r.put("indirect_f1", f1(ip, ir));
        return r;
    }

    private double ratio(String a, String b) {
        return c.get(b) == 0 ? 0.0 : round3((double) c.get(a) / c.get(b));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : round3(2 * p * r / (p + r));
    }

    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The result as score.py prints it without --json ("key: value" lines). */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : result().entrySet()) {
            sb.append(e.getKey()).append(": ").append(format(e.getValue())).append('\n');
        }
        return sb.toString();
    }

    private static String format(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(sb.length() > 1 ? ", " : "").append('\'').append(e.getKey()).append("': ")
                        .append(e.getValue());
            }
            return sb.append('}').toString();
        }
        return String.valueOf(v);
    }
}
