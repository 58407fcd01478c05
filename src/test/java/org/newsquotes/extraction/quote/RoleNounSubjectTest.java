package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Former Okafor speechwriter Jon Favreau published …": a name, a lower-case role noun and a full name open the
 * sentence; the full name is the subject ({@link SubjectName#roleNounName}), not the name modifying the role.
 * A verb between two names ("praised", "include") is no role noun.
 */
class RoleNounSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Former Okafor speechwriter Jon Favreau published a column in the Gazette, entitled, “Why Bread Matters.”   | Jon Favreau
            Okafor consultant Rita Marlowe, a pollster, picked up the thread of “bread and roses” at the time.        | Rita Marlowe
            Okafor praised Jon Stewart for his “brave words.”                                                          | Okafor
            """)
    void theFullNameAfterTheRoleIsTheSubject(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
