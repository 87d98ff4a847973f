package de.querschnitt.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.TermRef;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.TermStatus;
import de.querschnitt.vocabulary.Vocabulary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionTextTest {

    static final Term INTEGRATION = new Term(1, Vocabulary.THEME, "Integration", null, List.of(), TermStatus.ACCEPTED);
    static final Term QUARTIER = new Term(2, Vocabulary.THEME, "Sozialraumbezug/Quartiersarbeit", null, List.of(), TermStatus.ACCEPTED);
    static final Term FAMILIES = new Term(3, Vocabulary.THEME, "Kinder, Jugendliche und Familien", null,
            List.of("Kinder- und Jugendhilfe"), TermStatus.ACCEPTED);
    static final Map<String, Term> THEMES = Map.of("integration", INTEGRATION,
            "sozialraumbezug/quartiersarbeit", QUARTIER, "kinder, jugendliche und familien", FAMILIES,
            "kinder- und jugendhilfe", FAMILIES);

    @Test
    void itemsAreLinesWithBulletsSubItemsIndentedLeadTextFirstAndTheNoteLast() {
        var section = new Section(SectionKind.GRUNDLAGE, "SGB VIII – Handlungsfelder:", List.of(
                new SectionItem(1, 0, "Offene Kinder- und Jugendarbeit", List.of()),
                new SectionItem(2, 1, "Jugendverbandsarbeit", List.of()),
                new SectionItem(3, 0, "Zweizeilig\nzweite Zeile", List.of())), "Stand 2015");

        String cell = SectionText.format(section);

        assertThat(cell).isEqualTo("""
                SGB VIII – Handlungsfelder:
                • Offene Kinder- und Jugendarbeit
                  ◦ Jugendverbandsarbeit
                • Zweizeilig
                    zweite Zeile
                Anmerkung: Stand 2015""");
        var parsed = SectionText.parse(SectionKind.GRUNDLAGE, cell, Map.of(), "Grundlage");
        assertThat(parsed.problems()).isEmpty();
        assertThat(SectionText.format(parsed.section())).isEqualTo(cell);
        assertThat(parsed.data().items()).extracting(i -> i.level() + ":" + i.text())
                .containsExactly("0:Offene Kinder- und Jugendarbeit", "1:Jugendverbandsarbeit",
                        "0:Zweizeilig\nzweite Zeile");
    }

    @Test
    void themeItemsNameTheirTermsInBracketsUnlessTheTextIsTheTerm() {
        var section = new Section(SectionKind.THEMEN, null, List.of(
                new SectionItem(1, 0, "Integration", List.of(new TermRef(1, "Integration"))),
                new SectionItem(2, 0, "soziale Integration (Sozialraumbezug)",
                        List.of(new TermRef(1, "Integration"), new TermRef(2, "Sozialraumbezug/Quartiersarbeit"))),
                new SectionItem(3, 0, "freier Text", List.of())), null);

        String cell = SectionText.format(section);

        assertThat(cell).isEqualTo("""
                • Integration
                • soziale Integration (Sozialraumbezug) [Integration; Sozialraumbezug/Quartiersarbeit]
                • freier Text []""");
        var parsed = SectionText.parse(SectionKind.THEMEN, cell, THEMES, "Übergeordnete Themen");
        assertThat(parsed.data().items()).extracting(i -> i.termIds())
                .containsExactly(List.of(1L), List.of(1L, 2L), List.of());
    }

    @Test
    void synonymsAndHandTypedBulletsAreUnderstood() {
        var parsed = SectionText.parse(SectionKind.THEMEN, "- Kinder- und Jugendhilfe\n    * integration",
                THEMES, "Übergeordnete Themen");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.data().items()).extracting(i -> i.level() + ":" + i.text() + i.termIds())
                .containsExactly("0:Kinder- und Jugendhilfe[3]", "1:integration[1]");
    }

    @Test
    void anUnknownThemeIsAProblemWithItsName() {
        var parsed = SectionText.parse(SectionKind.THEMEN, "• Weltfrieden\n• Text [Integration; Mondfahrt]",
                THEMES, "Übergeordnete Themen");
        assertThat(parsed.data()).isNull();
        assertThat(parsed.problems()).extracting(e -> e.messageKey() + " " + e.arguments()[0])
                .containsExactly("exchange.error.item-not-a-term Weltfrieden", "exchange.error.unknown-term Mondfahrt");
    }
}
