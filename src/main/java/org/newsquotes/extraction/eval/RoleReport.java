package org.newsquotes.extraction.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How well predicted roles agree with the role words of gold source mentions ({@link GoldRole}).
 *
 * <p>Counted per gold attribution that a prediction matches as the scorer matches (spans, and direct
 * with direct, indirect with indirect) and whose predicted speaker is a person holding the gold surname, so
 * a role is judged only for the right person. A gold mention with role words beside the name counts in "gold with
 * role"; among those, "found" when a matching prediction has a non-empty role, "right" when the content
 * words of that role and the gold role words share one, "wrong" when found but sharing none. A gold mention
 * that is a bare name counts apart with how many predictions carry a role there (often carried rightly from
 * an earlier mention; not errors). Pronoun and role-only mentions are left out. Not thread-safe.
 */
final class RoleReport {

    /** One judged case, for reading: status, gold mention, predicted speaker and role. */
    record Case(String status, String goldMention, String speaker, String role) {
    }

    private int withRole;
    private int found;
    private int right;
    private int bare;
    private int bareWithRole;
    private final List<Case> cases = new ArrayList<>();

    /**
     * Adds one article; {@code roles.get(i)} is the predicted role of {@code pred.get(i)} (or null) and
     * {@code persons.get(i)} whether its speaker is a person (only those are judged).
     */
    void add(List<GoldQuote> gold, List<PredQuote> pred, List<String> roles, List<Boolean> persons) {
        List<GoldQuote> sorted = new ArrayList<>(gold);
        sorted.sort(Comparator.comparingInt(GoldQuote::start));
        String[] names = Scorer.resolvedNames(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            GoldQuote g = sorted.get(i);
            if (names[i] == null) {
                continue;
            }
            Set<String> goldWords = GoldRole.ofMention(Scorer.strip(g.speaker()));
            if (goldWords == null) {
                continue;
            }
            String role = null;
            String speaker = null;
            boolean matched = false;
            for (int k = 0; k < pred.size(); k++) {
                PredQuote p = pred.get(k);
                if (persons.get(k) && Scorer.inside(p.start(), p.end(), g) && (!p.indirect()) == g.direct()
                        && Scorer.speakerHit(names[i], List.of(p))) {
                    matched = true;
                    speaker = speaker == null ? p.speaker() : speaker;
                    String r = roles.get(k);
                    if (role == null && r != null && !r.isBlank()) {
                        role = r;
                        speaker = p.speaker();
                    }
                }
            }
            if (!matched) {
                continue;
            }
            judge(g.speaker(), goldWords, speaker, role);
        }
    }

    private void judge(String mention, Set<String> goldWords, String speaker, String role) {
        if (goldWords.isEmpty()) {
            bare++;
            bareWithRole += role == null ? 0 : 1;
            cases.add(new Case(role == null ? "bare" : "bare-carried", mention, speaker, role));
            return;
        }
        withRole++;
        if (role == null) {
            cases.add(new Case("missed", mention, speaker, null));
            return;
        }
        found++;
        boolean ok = false;
        for (String w : GoldRole.ofRole(role)) {
            ok |= goldWords.contains(w);
        }
        right += ok ? 1 : 0;
        cases.add(new Case(ok ? "right" : "wrong", mention, speaker, role));
    }

    List<Case> cases() {
        return List.copyOf(cases);
    }

    int[] counts() {
        return new int[] {withRole, found, right, bare, bareWithRole};
    }

    String report() {
        return String.format(Locale.ROOT, "roles: gold with role %d, found %d (%.3f), right %d (%.3f of gold, "
                + "%.3f of found), wrong %d; bare-name gold %d, with a predicted role %d%n", withRole, found,
                ratio(found, withRole), right, ratio(right, withRole), ratio(right, found), found - right, bare,
                bareWithRole);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
