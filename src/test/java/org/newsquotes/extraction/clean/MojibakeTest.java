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
}
