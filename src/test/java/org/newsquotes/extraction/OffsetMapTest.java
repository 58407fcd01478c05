package org.newsquotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetMapTest {

    /** Input "ab€€€cd" (the three € one mojibake run) cleaned to "ab”cd": clean [2, 3) came from input [2, 5). */
    private static OffsetMap oneRun() {
        OffsetMap.Builder b = new OffsetMap.Builder();
        b.replaced(2, 5, 2, 3);
        return b.build();
    }

    @ParameterizedTest(name = "clean [{0}, {1}) -> input [{2}, {3})")
    @CsvSource({
        "0, 2, 0, 2",   // before the run: unchanged
        "0, 3, 0, 5",   // ends after the repaired character: takes the whole run
        "2, 3, 2, 5",   // the repaired character itself
        "3, 5, 5, 7",   // after the run: shifted by the two characters saved
        "2, 2, 2, 2",   // empty span just before the run
        "5, 5, 7, 7",   // empty span at the end
    })
    void mapsSpansAroundOneRun(int start, int end, int inputStart, int inputEnd) {
        assertThat(oneRun().toInput(new Span(start, end))).isEqualTo(new Span(inputStart, inputEnd));
    }

    @Test
    void aRunThatGrowsMapsBothItsCharactersToTheOneTheyCameFrom() {
        OffsetMap.Builder b = new OffsetMap.Builder();
        b.replaced(4, 5, 4, 6); // a glued dagger written as "” "
        OffsetMap map = b.build();

        assertThat(map.toInput(new Span(0, 5))).isEqualTo(new Span(0, 5));
        assertThat(map.toInput(new Span(6, 9))).isEqualTo(new Span(5, 8));
    }

    @Test
    void stepsComposeLastToFirst() {
        OffsetMap.Builder first = new OffsetMap.Builder();
        first.replaced(1, 3, 1, 2); // CR LF at 1 became LF
        OffsetMap.Builder second = new OffsetMap.Builder();
        second.replaced(4, 7, 4, 5); // then a three-character sequence at 4 became one character
        OffsetMap map = second.build().after(first.build());

        assertThat(map.toInput(new Span(0, 1))).isEqualTo(new Span(0, 1));
        assertThat(map.toInput(new Span(2, 4))).isEqualTo(new Span(3, 5));
        assertThat(map.toInput(new Span(4, 5))).isEqualTo(new Span(5, 8));
        assertThat(map.toInput(new Span(5, 6))).isEqualTo(new Span(8, 9));
        assertThat(map.isIdentity()).isFalse();
    }

    @Test
    void identityMapsEveryOffsetToItselfAndComposesAway() {
        OffsetMap id = OffsetMap.identity();
        assertThat(id.toInput(new Span(3, 9))).isEqualTo(new Span(3, 9));
        assertThat(new OffsetMap.Builder().build().isIdentity()).isTrue();
        OffsetMap run = oneRun();
        assertThat(run.after(id)).isSameAs(run);
        assertThat(id.after(run)).isSameAs(run);
        assertThat(id.after(id).isIdentity()).isTrue();
    }
}
