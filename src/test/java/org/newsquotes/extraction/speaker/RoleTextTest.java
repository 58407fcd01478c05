package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Former State Senator Dr.                        | Former State Senator
            Farm Gazette science editor Dr.                 | Farm Gazette science editor
            When Prime Minister                             | Prime Minister
            with Sen.                                       | Sen.
            then Voss's literary agent                      | Voss's literary agent
            However                                         | -
            As Mr.                                          | -
            61                                              | -
            09PM                                            | -
            000 people in the hall                          | -
            who has long praised the plan                   | -
            who is the chairman of the Farm Institute       | the chairman of the Farm Institute
            who was a mayor of Salem                        | a mayor of Salem
            the owner of the Salem Hawks who turned down an offer | the owner of the Salem Hawks
            Ohio Gov., who is leading the transition        | Ohio Gov.
            Green Party nominee, during two interviews on Friday | Green Party nominee
            Ohio Sen., chairman of the Farm Caucus          | Ohio Sen., chairman of the Farm Caucus
            Aides to                                        | -
            the speeches by                                 | -
            Mr. Lind and Ms.                                | -
            he abruptly called off Mr.                      | -
            referring to the old farm bill                  | -
            while apparently hoping to end the row          | -
            when asked about the vote                       | -
            in the wake of a new poll                       | -
            through a spokeswoman                           | -
            the kind                                        | -
            given                                           | -
            Entrusting                                      | -
            with games of tag and hikes                     | -
            Maybe                                           | -
            almost certainly force Sen.                     | -
            the jury found                                  | -
            Voss complained                                 | -
            the farm bill is dead for anyone but Voss       | -
            Farm delegate, angered that the vote was moved  | Farm delegate
            Gazette Says Voss Needs To Quit                 | -
            Making her way around, Voss and husband Al      | -
            Managing Editor                                 | Managing Editor
            out Farm campaign manager                       | Farm campaign manager
            M.                                              | -
            Voss isn’t bowing to farm lobbyist              | -
            different                                       | -
            resident                                        | resident
            a farm economist                                | a farm economist
            councilmember                                   | councilmember
            a Democrat                                      | a Democrat
            The chief                                       | The chief
            Florida’s former governor                       | Florida’s former governor
            founder of the Farm Research Center             | founder of the Farm Research Center
            an IT professional from Salem                   | an IT professional from Salem
            U.S. District Judge                             | U.S. District Judge
            Senator of Vermont                              | Senator of Vermont
            """)
    void keepsOnlyTheRole(String written, String role) {
        assertThat(RoleText.clean(written)).isEqualTo(role);
    }
}
