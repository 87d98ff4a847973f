package de.querschnitt.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MatrixServiceTest {

    @Autowired
    MatrixService matrixService;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    UnitService units;

    private ThemeMatrix themes(int threshold) {
        return matrixService.matrix(rounds.current().orElseThrow().id(), Vocabulary.THEME, threshold);
    }

    private long term(ThemeMatrix matrix, String name) {
        return matrix.terms().stream().filter(t -> t.name().equals(name)).map(Term::id).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("planung")
    void aCellListsTheProfilesThatConnectUnitAndTheme() {
        ThemeMatrix matrix = themes(3);
        long fb45 = units.findByCode("FB 45").orElseThrow().id();
        long partizipation = term(matrix, "Partizipation");
        assertThat(matrix.cell(fb45, partizipation)).extracting(MatrixEntry::title)
                .containsExactlyInAnyOrder("Kinder- und Jugendförderplan", "Freizeitstättenbedarfsplan");
        assertThat(matrix.cell(fb45, partizipation)).allSatisfy(e -> assertThat(e.isProfile()).isTrue());
    }

    @Test
    @WithUserDetails("planung")
    void instrumentsWithoutAPlanCountToo() {
        ThemeMatrix matrix = themes(3);
        long theater = units.findByCode("Theater").orElseThrow().id();
        var cell = matrix.cell(theater, term(matrix, "Sozialraumbezug/Quartiersarbeit"));
        assertThat(cell).hasSize(1);
        assertThat(cell.getFirst().isProfile()).isFalse();
    }

    @Test
    @WithUserDetails("planung")
    void theThresholdDecidesWhatIsACoreThemeAndWhatIsAGap() {
        ThemeMatrix matrix = themes(3);
        long sozialraum = term(matrix, "Sozialraumbezug/Quartiersarbeit");
        assertThat(matrix.unitsCovering(sozialraum)).isGreaterThanOrEqualTo(5);
        assertThat(matrix.isCore(sozialraum)).isTrue();
        assertThat(themes(99).isCore(sozialraum)).isFalse();
        assertThat(matrix.terms()).filteredOn(t -> matrix.isGap(t.id()))
                .allSatisfy(t -> assertThat(matrix.unitsCovering(t.id())).isLessThanOrEqualTo(1));
        assertThatThrownBy(() -> themes(0)).isInstanceOf(UserError.class);
    }

    @Test
    @WithUserDetails("planung")
    void theRaumbezugMatrixCountsSpatialTerms() {
        var matrix = matrixService.matrix(rounds.current().orElseThrow().id(), Vocabulary.SPACE, 3);
        long sozialraeume = term(matrix, "Sozialräume");
        long fb45 = units.findByCode("FB 45").orElseThrow().id();
        assertThat(matrix.cell(fb45, sozialraeume)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsHaveNoMatrixBecauseItWouldShowOtherUnitsDrafts() {
        assertThatThrownBy(() -> themes(3)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("gast")
    void readersSeeOnlyClosedEntries() {
        assertThat(themes(3).entries()).isEmpty();
    }
}
