package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A reporter introduces a new source by full name with an apposition and then quotes them: in "Okafor spoke
 * first. The plan worries Ann Voss, a nurse from Dover. / “It is too late,” she said." the pronoun is Voss,
 * not the earlier speaker. Applies to "he"/"she" written right after the quote it attributes, when the last
 * person named before it (within {@value #REACH} characters, outside quotation marks) is named there in full
 * for the first time, followed by a comma ({@link PersonMentions.Named#introduced}), has the pronoun's
 * gender and is no place ("Lee County"), and no other subject competes: no person of that gender named as a
 * subject earlier in its sentence, no agreeing speaker recorded since it or written as a subject earlier in its
 * sentence ("Okafor thanked Paul Hinds, a farmer, …"), no capitalised word followed by a verb after it in its
 * sentence ("Asked about Paul Hinds, a farmer, Lind demurred."). Otherwise passes. Limits: only names whose
 * gender {@link PersonMentions} knows; an introduction that is only an object the quote is about ("Okafor
 * attacked Tom Voss, the mayor. “…,” he said.") is misread.
 */
public final class IntroducedSourceSieve implements SpeakerSieve {

    /** How far back (characters) the introduction may stand from the pronoun. */
    static final int REACH = 400;

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.heOrShe()) {
            return null;
        }
        int at = m.span().start();
        if (!d.cues().quoteClosesBefore(at)) {
            return null;
        }
        PersonMentions.Named n = d.persons().lastAnyBefore(at, Math.max(0, at - REACH));
        if (n == null || !n.introduced() || n.gender() != m.gender()) {
            return null;
        }
        int sentence = d.sentences().startOf(n.at(), REACH);
        if (d.persons().lastBefore(n.at(), sentence, m.gender(), true) != null || placeNoun(n.name())) {
            return null;
        }
        Discourse.Recent r = d.lastPersonEntry(m.gender());
        if (r != null && (r.end() > n.at() || d.cues().writtenAsSubject(lastWord(r.speaker().name()), sentence,
                n.at())) || d.cues().capitalizedSubjectAfter(n.at() + n.name().length(), at)) {
            return null;
        }
        return new Speaker(NamedSubjectSieve.canonical(n, d), SpeakerKind.PERSON, m.text(), m.span());
    }

    /** Last words that make a name a place ("Lee County", "Grant Park"), not a person. */
    private static final Set<String> PLACE_NOUNS = Set.of("county", "city", "state", "island", "islands",
            "valley", "beach", "hill", "hills", "park", "square", "street", "avenue", "river", "lake", "bay",
            "mountain", "mountains", "center", "centre", "hall", "airport", "station", "bridge", "road");

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static boolean placeNoun(String name) {
        int sp = name.lastIndexOf(' ');
        return PLACE_NOUNS.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT));
    }
}
