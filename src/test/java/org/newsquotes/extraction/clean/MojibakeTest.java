package org.newsquotes.extraction.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Russiaâ€™s plan                          | Russia’s plan",
        "â€œSow seeds,â€ he said.                  | “Sow seeds,” he said.",
        "could “sow seeds of mistrust†and plunge  | could “sow seeds of mistrust” and plunge",
        "a new “cold peace.â€                     | a new “cold peace.”",
        "“These will be talks,†a senior official | “These will be talks,” a senior official",
        "in 1997 â€” long ago                    | in 1997 — long ago",
        "in 1997 â€\" long ago (ASCII-folded)     | in 1997 — long ago (ASCII-folded)",
        "pages 3â€“5                               | pages 3–5",
        "cafÃ© and crÃ¨me                         | café and crème",
        "SÃ£o Paulo, ZÃ¼rich, GuantÃ¡namo          | São Paulo, Zürich, Guantánamo",
        "price: Â£5                                | price: £5",
        "the realâ€world costs                    | the real‐world costs",
        "Ã¢â‚¬Å“double encodedÃ¢â‚¬                  | “double encoded”",
        "smile ðŸ˜€ here                            | smile 😀 here",
        "Latin-1 view: itâ\u0080\u0099s            | Latin-1 view: it’s",
    })
    void repairs(String broken, String fixed) {
        String in = broken.replace("\\u0080", "\u0080").replace("\\u0099", "\u0099");
        assertThat(Mojibake.repair(in).text()).isEqualTo(fixed);
        assertThat(Mojibake.repair(in).count()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le château de Versailles, une pâte brisée, Ça va, Âge d’or.",
        "Smith’s “open door” policy, “quoted” and ‘single’.",
        "Dr. Jones† (deceased) and footnote‡ here.",
        "A dagger † standing alone, “and a quote” then †text.",
        "Ärger, Öl, Übermaß, naïve, Søren, Ångström, Æsir, ÉCOLE.",
        "Em — dash, en – dash, ellipsis … and € 100 prices.",
        "Plain ASCII text with \"straight quotes\" and 'single' ones.",
        "Ñandú, São, Ã alone, â alone, Â alone.",
    })
    void leavesCorrectTextAlone(String text) {
        assertThat(Mojibake.repair(text).text()).isEqualTo(text);
        assertThat(Mojibake.repair(text).count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"â€œSow,â€ he", "mistrust†and “x†y", "Ã¢â‚¬â„¢", "Ãƒ©"})
    void isIdempotent(String text) {
        String once = Mojibake.repair(text).text();
        assertThat(Mojibake.repair(once).text()).isEqualTo(once);
    }

    /** Mojibake normalised afterwards (NFD/NFKD): composed letters split, spacing accents and fractions folded. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "President LA\u0303\u00b3pez Obrador       | President López Obrador",
        "Judge MarA\u0303\u00a9chal said           | Judge Maréchal said",
        "Mr. GA\u0303 \u0308rard replied           | Mr. Gèrard replied",
        "a naA\u0303 \u0304ve owner                | a naïve owner",
        "Dr. MA\u03031\u20444ller wrote            | Dr. Müller wrote",
        "Gov. DA\u0303\u0083A\u0302\u00adaz spoke | Gov. Díaz spoke",
        "Rep. JesA\u0303os Sosa and d’A\u0303atre  | Rep. Jesús Sosa and d’être",
    })
    void repairsNormalisedMojibake(String broken, String fixed) {
        String in = broken;
        assertThat(Mojibake.repair(in).text()).isEqualTo(fixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sa\u0303o Paulo, Jose\u0301 and nai\u0308ve Zu\u0308rich in NFD.",
        "A\u0303 alone, SA\u0303O PAULO, A\u0303o and 1\u20444 cup of flour, 3\u20444 done.",
        "Some text with a spacing \u0308 mark, and Ã o apart.",
    })
    void leavesNormalisedTextAlone(String text) {
        String in = text;
        assertThat(Mojibake.repair(in).text()).isEqualTo(in);
    }
}
