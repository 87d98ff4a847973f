package de.querschnitt.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import de.querschnitt.ViewTest;
import de.querschnitt.organisation.UnitOverview;
import de.querschnitt.profile.ui.UnitView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class UnitListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("planung")
    void thePlannerSeesEveryUnitWithItsNumberOfPlanningDocuments() {
        UnitListView view = navigate(UnitListView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(13);
        int fb45 = rowOf(view.grid, "FB 45");
        assertThat(grid.getCellText(fb45, 0)).isEqualTo("FB 45");
        var name = (com.vaadin.flow.component.html.Anchor) grid.getCellComponent(fb45, 1);
        assertThat(name.getText()).isEqualTo("Kinder, Jugend und Schule");
        assertThat(name.getHref()).startsWith("einheiten/");
        assertThat(grid.getCellText(fb45, 2)).isEqualTo("Fachbereich");
        assertThat(grid.getCellText(fb45, 3)).isEqualTo("4");
    }

    @Test
    @WithUserDetails("planung")
    void clickingAUnitOpensItsPage() {
        UnitListView view = navigate(UnitListView.class);
        test(view.grid).clickRow(rowOf(view.grid, "FB 56"));
        assertThat(getCurrentView()).isInstanceOf(UnitView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("FB 56 Wohnen, Soziales und Integration");
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentIsTakenStraightToItsOwnEntries() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(de.querschnitt.review.ui.MyEntriesView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Meine Einträge");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).first().getText()).startsWith("FB 45");
    }

    private static int rowOf(Grid<UnitOverview> grid, String code) {
        var items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).unit().code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
