package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
            almost certainly force Sen.                     | Sen.
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
            The chief                                       | the chief
            A farm economist                                | a farm economist
            A. Voss                                         | A. Voss
            Getty ImagesFarm Party candidates Sen.          | Sen.
            ASSOCIATED PRESSOhio Gov.                       | Ohio Gov.
            DoubleLine portfolio manager                    | DoubleLine portfolio manager
            the endorsement of former U.S. Sen.             | former U.S. Sen.
            the Salem party convention Sen.                 | Sen.
            Vermont Sen.                                    | Vermont Sen.
            retired Army Lt. Gen.                           | retired Army Lt. Gen.
            Farm Party rival Sen.                           | Farm Party rival Sen.
            Salem spokesman the Rev.                        | Salem spokesman the Rev.
            Air Force 1st Lt.                               | Air Force 1st Lt.
            be Ohio Gov.                                    | Ohio Gov.
            economic adviser to Vice President Rick Voss Jr. | economic adviser to Vice President Rick Voss Jr.
            Sens.                                           | Sen.
            One operative inside                            | -
            Gazette’s                                       | -
            the Farm Gazette's                              | -
            panel of reporters led by Gazette’s             | -
            a scholar at the Farm Institute and one of the paper's | a scholar at the Farm Institute
            a close friend of Mrs. Voss's                   | a close friend of Mrs. Voss's
            Florida’s former governor                       | Florida’s former governor
            British diplomat Sir                            | British diplomat
            Rep., His Farm Party opponent                   | Rep.
            a veteran staffer for Sen. Rick Voss (D-Ohio    | a veteran staffer for Sen. Rick Voss
            Sen. (D-Ohio) chairman                          | Sen. (D-Ohio) chairman
            Florida’s former governor                       | Florida’s former governor
            founder of the Farm Research Center             | founder of the Farm Research Center
            an IT professional from Salem                   | an IT professional from Salem
            U.S. District Judge                             | U.S. District Judge
            Senator of Vermont                              | Senator of Vermont
            """)
    void keepsOnlyTheRole(String written, String role) {
        assertThat(RoleText.clean(written)).isEqualTo(role);
    }

    @Test
    void aHeadingLineBeforeTheRoleIsDropped() {
        assertThat(RoleText.clean("Pipe Down\nFarm lobbyist")).isEqualTo("Farm lobbyist");
    }
}
