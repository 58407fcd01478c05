package org.newsquotes.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java scorer agrees with the reference {@code score.py} on a small made-up gold/prediction pair (no
 * PolNeAR text): always against the output recorded from score.py ({@code expected-score.txt}), and against a
 * live run of score.py when python3 and the script are available.
 */
class ScorerAgreementTest {

    private static final Path SCORE_PY = Path.of("/work/shared/eval/score.py");

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ScorerAgreementTest.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void matchesRecordedScorePyOutput() throws Exception {
        String expected = Files.readString(resource("expected-score.txt"), StandardCharsets.UTF_8);
        assertThat(EvaluateCommand.scoreFile(resource("gold.jsonl"), resource("pred.jsonl"))).isEqualTo(expected);
    }

    @Test
    void matchesLiveScorePy() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCORE_PY), "score.py not available");
        Process p;
        try {
            p = new ProcessBuilder("python3", SCORE_PY.toString(), resource("gold.jsonl").toString(),
                    resource("pred.jsonl").toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not available");
            return;
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String live = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(EvaluateCommand.scoreFile(resource("gold.jsonl"), resource("pred.jsonl"))).isEqualTo(live);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Rep. Jerry Nadler, a Democrat from New York | nadler
            Brazile's colleague, Jake Tapper            | tapper
            Sen. Bob Ray (R-Ore.)                       | ray
            The Daily Planet                            | planet
            officials                                   | -
            U.S. officials                              | -
            Republican nominee Donald Trump             | trump
            """)
    void surnameLikeScorePy(String mention, String surname) {
        assertThat(ScorerSurname.surname(mention)).isEqualTo(surname);
    }

    @Test
    void combiningMarkEndsANameTokenAsInPython() {
        // Python's \w does not match a combining mark (U+0303), so "RosA\u0303rio" is read up to "RosA"
        assertThat(ScorerSurname.surname("Ana RosA\u0303rio")).isEqualTo("rosa");
    }

    @Test
    void noBreakSpaceIsStrippedAsInPython() {
        assertThat(Scorer.strip("He\u00a0")).isEqualTo("He");
        assertThat(Scorer.strip("\u2003 Jo Lee \u00a0")).isEqualTo("Jo Lee");
    }
}
