package de.querschnitt.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUMME(A1:A9)", "+49 241 432", "-1", "@SUM(A1)", "\tTab", "\rCR", "\u0000NUL",
            "'=1+2", "''-x"})
    void everyCellThatASpreadsheetCouldEvaluateGetsAnApostropheAndComesBackUnchanged(String value) {
        String neutralised = CellText.neutralise(value);
        assertThat(neutralised).isEqualTo("'" + value);
        assertThat(CellText.restore(neutralised)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kinder- und Jugendförderplan", "„Tag-Nacht-Aktiv“", "'nur ein Apostroph", "• Punkt",
            "", "2015"})
    void harmlessCellsStayAsTheyAre(String value) {
        assertThat(CellText.neutralise(value)).isEqualTo(value);
        assertThat(CellText.restore(value)).isEqualTo(value);
    }
}
