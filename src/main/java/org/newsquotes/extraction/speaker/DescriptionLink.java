package org.newsquotes.extraction.speaker;

import java.util.Locale;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * "Okafor’s husband, Bill, spoke on Sunday. But the former president stayed calm Monday. “…,” he said.": a
 * definite description of a person ("the former president"), written as a source and matching no learnt role,
 * names the person who stands last as the subject of a clause in the sentence before ({@link PersonMentions},
 * subject position), when that person's gender agrees with the description's role words. In its own sentence
 * ("Hinds spoke, and the inspector said no") a description rather sets another person apart, so none is looked
 * for there. {@link Discourse#note} then keeps the person as the most recent speaker, so a following "he" is not
 * given to an older speaker. Stateless. Limits: only people {@link PersonMentions} indexes, one sentence back; a
 * description of someone the article never names is still linked to that subject.
 */
final class DescriptionLink {

    private DescriptionLink() {
    }

    /** The canonical name of the person the description {@code mention} refers to, or null. */
    static String person(Speaker speaker, Mention mention, Discourse d) {
        String name = speaker.name();
        if (mention.pronoun() || speaker.kind() != SpeakerKind.PERSON || Antecedents.named(name)
                || !name.toLowerCase(Locale.ROOT).startsWith("the ") || !RoleShape.personRole(name)) {
            return null;
        }
        int own = d.sentences().startOf(mention.span().start(), SentenceEnds.SCAN);
        if (own <= 0) {
            return null;
        }
        int from = d.sentences().startOf(own - 1, SentenceEnds.SCAN);
        PersonMentions.Named he = d.persons().lastBefore(own, from, Gender.MALE, true);
        PersonMentions.Named she = d.persons().lastBefore(own, from, Gender.FEMALE, true);
        PersonMentions.Named n = he == null ? she : she == null || he.at() > she.at() ? he : she;
        Gender stated = Gender.ofRoleWords(name);
        if (n == null || stated != Gender.UNKNOWN && stated != n.gender()) {
            return null;
        }
        return NamedSubjectSieve.canonical(n, d);
    }
}
