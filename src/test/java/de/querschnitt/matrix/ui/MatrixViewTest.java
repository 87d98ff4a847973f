package de.querschnitt.matrix.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import de.querschnitt.ViewTest;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ui.ProfileView;
import de.querschnitt.profile.ui.UnitView;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
class MatrixViewTest extends SpringBrowserlessTest {

    @Autowired
    UnitService units;
    @Autowired
    VocabularyService vocabulary;

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private long term(Vocabulary v, String name) {
        return SystemAuthentication.call(() -> vocabulary.findAll(v).stream().filter(t -> t.name().equals(name))
                .map(Term::id).findFirst().orElseThrow());
    }

    @Test
    @WithUserDetails("planung")
    void selectingACellListsItsProfilesAndTheProfileOpens() {
        MatrixView view = navigate(MatrixView.class);
        NativeButton cell = view.table.cell(unit("FB 45"), term(Vocabulary.THEME, "Partizipation")).orElseThrow();
        assertThat(cell.getText()).isEqualTo("2");

        test(cell).click();

        assertThat($(H2.class).from(view.cellDetails).single().getText())
                .isEqualTo("FB 45 Kinder, Jugend und Schule × Partizipation");
        var links = $(Anchor.class).from(view.cellDetails).all();
        assertThat(links).extracting(Anchor::getText)
                .containsExactlyInAnyOrder("Kinder- und Jugendförderplan", "Freizeitstättenbedarfsplan");
        assertThat($(ListItem.class).from(view.cellDetails).first().getElement().getTextRecursively())
                .contains("Plan · Entwurf");
        assertThat(cell.getClassNames()).contains("qs-selected");

        test(links.getFirst()).navigate();

        assertThat(getCurrentView()).isInstanceOf(ProfileView.class);
    }

    @Test
    @WithUserDetails("planung")
    void instrumentsWithoutAPlanOpenTheUnitPage() {
        MatrixView view = navigate(MatrixView.class);
        test(view.table.cell(unit("E 42"), term(Vocabulary.THEME, "Partizipation")).orElseThrow()).click();
        Anchor instruments = $(Anchor.class).from(view.cellDetails).single();
        assertThat(instruments.getText()).isEqualTo("Steuerungsinstrumente von E 42");
        test(instruments).navigate();
        assertThat(getCurrentView()).isInstanceOf(UnitView.class);
    }

    @Test
    @WithUserDetails("planung")
    void filtersNarrowTheCountsAndSayThatInstrumentsDropOut() {
        MatrixView view = navigate(MatrixView.class);
        long fb45 = unit("FB 45");
        long partizipation = term(Vocabulary.THEME, "Partizipation");
        assertThat(view.filterNote.isVisible()).isFalse();

        test(view.kind).selectItem("Konzept");

        assertThat(view.table.cell(fb45, partizipation)).isEmpty();
        assertThat(view.table.cell(unit("E 42"), partizipation)).isEmpty();
        assertThat(view.filterNote.isVisible()).isTrue();
        assertThat(view.filterNote.getText()).contains("Steuerungsinstrumente ohne Planwerk");

        test(view.kind).selectItem("Plan");
        test(view.level).selectItem("Fachplanung");
        assertThat(view.table.cell(fb45, partizipation).orElseThrow().getText()).isEqualTo("2");

        test(view.status).selectItem("Abgeschlossen");
        assertThat(view.table.cell(fb45, partizipation)).isEmpty();
        test(view.status).selectItem("Entwurf");
        assertThat(view.table.cell(fb45, partizipation)).isPresent();
    }

    @Test
    @WithUserDetails("planung")
    void coreThemesAreMarkedInTheHeaderAndGapsToo() {
        MatrixView view = navigate(MatrixView.class);
        var headers = $(NativeTableHeaderCell.class).from(view.table).all().stream()
                .filter(h -> h.hasClassName("qs-term-header")).toList();
        assertThat(headers).filteredOn(h -> h.hasClassName("qs-core"))
                .extracting(h -> h.getElement().getTextRecursively())
                .contains("Sozialraumbezug/Quartiersarbeit", "Partizipation");
        assertThat(headers).filteredOn(h -> h.hasClassName("qs-gap")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.getTitle().orElseThrow()).contains("Lücke"));

        test(view.threshold).setValue(7);

        assertThat($(NativeTableHeaderCell.class).from(view.table).all()).noneMatch(h -> h.hasClassName("qs-core"));
    }

    @Test
    @WithUserDetails("planung")
    void theSummaryNamesTheRecordedCoreThemeWithItsUnits() {
        MatrixView view = navigate(MatrixView.class);
        var recorded = $(ListItem.class).from(view.coreSummary).all().stream()
                .filter(li -> li.getParent().orElseThrow().hasClassName("qs-core-recorded")).toList();
        assertThat(recorded).singleElement().satisfies(li -> assertThat(li.getElement().getTextRecursively())
                .startsWith("Sozialraumbezug/Quartiersarbeit")
                .contains("6 Einheiten: FB 56, FB 45, E 42, FB 52, Kultur, Theater"));
    }

    @Test
    @Transactional
    @WithUserDetails("planung")
    void thePlannerRecordsASuggestedCoreThemeAndRemovesIt() {
        MatrixView view = navigate(MatrixView.class);

        test($(Button.class).from(view.coreSummary).withAriaLabel("„Partizipation“ als Kernthema festhalten").single())
                .click();

        assertThat(recordedNames(view)).containsExactly("Sozialraumbezug/Quartiersarbeit", "Partizipation");
        test($(Button.class).from(view.coreSummary)
                .withAriaLabel("„Sozialraumbezug/Quartiersarbeit“ aus den Kernthemen entfernen").single()).click();
        assertThat(recordedNames(view)).containsExactly("Partizipation");
    }

    private java.util.List<String> recordedNames(MatrixView view) {
        return $(ListItem.class).from(view.coreSummary).all().stream()
                .filter(li -> li.getParent().orElseThrow().hasClassName("qs-core-recorded"))
                .map(li -> li.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
    }

    @Test
    @WithUserDetails("interview")
    void interviewersSeeTheSummaryButCannotRecord() {
        MatrixView view = navigate(MatrixView.class);
        assertThat($(Button.class).from(view.coreSummary).all()).isEmpty();
        assertThat(view.proposals.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("planung")
    void switchingToRaumbezugShowsTheSpatialTerms() {
        MatrixView view = navigate(MatrixView.class);
        test(view.vocabulary).selectItem("Raumbezug");
        assertThat(view.vocabulary.getValue()).isEqualTo(Vocabulary.SPACE);
        assertThat(view.table.cell(unit("FB 45"), term(Vocabulary.SPACE, "Sozialräume")).orElseThrow().getText())
                .isEqualTo("4");
    }

    @Test
    @WithUserDetails("planung")
    void anInvalidThresholdIsMarkedAndTheMatrixStaysUsable() {
        MatrixView view = navigate(MatrixView.class);
        view.threshold.clear();
        assertThat(view.threshold.isInvalid()).isTrue();
        assertThat(view.threshold.getErrorMessage()).isEqualTo("Bitte eine ganze Zahl ab 1 eingeben.");
        test(view.threshold).setValue(2);
        assertThat(view.threshold.isInvalid()).isFalse();
        assertThat(view.table.cell(unit("FB 45"), term(Vocabulary.THEME, "Partizipation"))).isPresent();
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotOpenTheMatrix() {
        navigate("matrix", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(MatrixView.class);
    }
}
