package de.querschnitt.matrix.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import de.querschnitt.ViewTest;
import de.querschnitt.organisation.Unit;
import de.querschnitt.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class MatrixViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("planung")
    void selectingACellListsItsProfilesAsLinks() {
        MatrixView view = navigate(MatrixView.class);
        var grid = test(view.grid);
        int row = rowOf(view, "FB 45");
        int column = columnOf(view, "Partizipation");
        assertThat(grid.getCellComponent(row, column)).isInstanceOf(Button.class);
        Button cell = (Button) grid.getCellComponent(row, column);
        assertThat(cell.getText()).isEqualTo("2");

        test(cell).click();

        assertThat($(H2.class).from(view.cellDetails).single().getText())
                .isEqualTo("FB 45 Kinder, Jugend und Schule × Partizipation");
        assertThat($(Anchor.class).from(view.cellDetails).all()).extracting(Anchor::getText)
                .containsExactlyInAnyOrder("Kinder- und Jugendförderplan", "Freizeitstättenbedarfsplan");
    }

    @Test
    @WithUserDetails("planung")
    void theCoreThemeSummaryNamesSozialraumbezugWithItsUnits() {
        MatrixView view = navigate(MatrixView.class);
        assertThat($(ListItem.class).from(view.coreSummary).all()).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Sozialraumbezug/Quartiersarbeit").contains("FB 45", "Theater"));
    }

    @Test
    @WithUserDetails("planung")
    void switchingToRaumbezugShowsTheSpatialTerms() {
        MatrixView view = navigate(MatrixView.class);
        test(view.vocabulary).selectItem("Raumbezug");
        assertThat(view.vocabulary.getValue()).isEqualTo(Vocabulary.SPACE);
        assertThat(view.grid.getColumnByKey("term-" + termId(view, "Sozialräume"))).isNotNull();
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
        assertThat(view.grid.getColumns()).hasSizeGreaterThan(10);
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotOpenTheMatrix() {
        navigate("matrix", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(MatrixView.class);
    }

    private static int rowOf(MatrixView view, String code) {
        var items = view.grid.getGenericDataView().getItems().map(Unit::code).toList();
        return items.indexOf(code);
    }

    private static int columnOf(MatrixView view, String term) {
        return view.grid.getColumns().indexOf(view.grid.getColumnByKey("term-" + termId(view, term)));
    }

    private static String termId(MatrixView view, String name) {
        return view.grid.getColumns().stream()
                .filter(c -> c.getKey() != null && c.getKey().startsWith("term-"))
                .filter(c -> c.getHeaderComponent() != null
                        && name.equals(((com.vaadin.flow.component.html.Span) c.getHeaderComponent()).getText()))
                .map(c -> c.getKey().substring(5)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
