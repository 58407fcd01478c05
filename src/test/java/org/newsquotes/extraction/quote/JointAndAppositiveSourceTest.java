package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names joined by "and" are one source; a descriptive appositive ("a salesman from Akron") between a name and
 * a place aside does not make the place the source.
 */
class JointAndAppositiveSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Marlowe and Okafor have slammed the plan as a “sham” from the start.                  | Marlowe and Okafor
            “The plan is a sham,” Rita Marlowe and Sam Okafor wrote.                             | Rita Marlowe and Sam Okafor
            Rita Marlowe, a baker from Akron, Ohio, says the plan is a “sham” from the start.     | Rita Marlowe
            Rita Marlowe, the owner of a bakery in Dayton, Ohio, says the plan is a “sham” now.   | Rita Marlowe
            “The fuel would double the yield,” experts Rita Marlowe and Ann Okafor of the Farm Institute wrote. | Rita Marlowe and Ann Okafor
            “It works,” nuclear experts Rita Marlowe and Ann Okafor-Smith of Salem's Institute for Science and Farm Security wrote. | Rita Marlowe and Ann Okafor-Smith
            """)
    void source(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
