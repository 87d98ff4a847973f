package de.querschnitt.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void theLabelIsCodeAndNameUnlessTheNameAlreadyStartsWithTheCode() {
        assertThat(new Unit(1, 0, "FB 56", "Wohnen, Soziales und Integration", UnitKind.FACHBEREICH, null).label())
                .isEqualTo("FB 56 Wohnen, Soziales und Integration");
        assertThat(new Unit(2, 0, "Theater", "Theater", UnitKind.EIGENBETRIEB, null).label()).isEqualTo("Theater");
        assertThat(new Unit(3, 0, "Kultur", "Kulturbetrieb", UnitKind.EIGENBETRIEB, null).label())
                .isEqualTo("Kulturbetrieb");
    }
}
