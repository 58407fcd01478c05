package org.newsquotes.extraction.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrailerLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"More to Read", "Sign up for Essential California",
        "The most important California stories and recommendations in your inbox every morning.",
        "You may occasionally receive promotional content from the Los Angeles Times.", "Read the rest here.",
        "Read it all here.", "Click here to subscribe.", "Follow us on Instagram", "Follow Jane Doe on Twitter @jdoe.",
        "Follow Jane Doe On Twitter: @jdoe. Reach her at jane@example.com.", "Twitter: @jdoe.", "(h/t Example News.)",
        "___", "* * *", "Watch the full interview below:", "Listen to both interviews below:", "Follow @example."})
    void promoLines(String line) {
        assertThat(TrailerLines.isPromo(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Follow the money, she said.", "Sign of the times.", "Read my lips, he said in 1988.",
        "“Click here,” the ad said, and thousands did.", "The senator will follow up on Twitter later, aides said.",
        "Watch what happens next, he warned the crowd in a long speech that lasted for hours on end.", ""})
    void contentLines(String line) {
        assertThat(TrailerLines.isPromo(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dixon reported from Belgrade, Serbia. Paul Sonne in Washington contributed to this report. | Dixon;Paul Sonne",
        "Dixon reported from Belgrade, Serbia. Paul Sonne successful Washington contributed to this report. | Dixon;Paul Sonne",
        "Associated Press writers Lorne Cook in Brussels and Jim Heintz in Moscow contributed. | Lorne Cook;Jim Heintz",
        "Contributing: Ann Lee, Bo Chen and Cy Diaz, USA TODAY. | Ann Lee;Bo Chen;Cy Diaz",
        "(Reporting by Ann Lee and Bo Chen; Editing by Cy Diaz.) | Ann Lee;Bo Chen",
        "--additional reporting by Ann Lee. | Ann Lee",
        "Ann Lee contributed to this story. | Ann Lee",
        "Lee reported from Oakland, Calif.; Chen, from Washington. | Lee",
    })
    void creditLines(String line, String names) {
        assertThat(CreditLines.parse(line)).isEqualTo(List.of(names.split(";")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The senator contributed $500 to the campaign.", "Officials said the plan would fail.",
        "Smith reported from the scene that the fire was out. Then he left the building quickly."})
    void notCreditLines(String line) {
        assertThat(CreditLines.parse(line)).isNull();
    }
}
