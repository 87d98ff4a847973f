package de.querschnitt.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import de.querschnitt.ViewTest;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class UnitViewTest extends SpringBrowserlessTest {

    @Autowired
    UnitService units;

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    @Test
    @WithUserDetails("planung")
    void aUnitPageListsItsPlanningDocumentsAsLinksToTheirCards() {
        navigate("einheiten/" + unit("FB 45"), UnitView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Planwerke (4)");
        assertThat($(H3.class).all()).extracting(H3::getText).containsExactlyInAnyOrder("Schulentwicklungsplanung",
                "Kindertagesstättenbedarfsplan", "Kinder- und Jugendförderplan", "Freizeitstättenbedarfsplan");
        assertThat($(Anchor.class).withClassName("qs-profile-tile").all())
                .allSatisfy(a -> assertThat(a.getHref()).startsWith("profile/"));
    }

    @Test
    @WithUserDetails("interview")
    void theVhsPageShowsItsInstrumentsAndThemesWithoutAPlan() {
        navigate("einheiten/" + unit("E 42"), UnitView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("E 42 Volkshochschule");
        assertThat($(H2.class).all()).extracting(H2::getText)
                .contains("Steuerungsinstrumente und Themen ohne Planwerk");
        assertThat($(ListItem.class).all()).hasSize(7);
        // the interviewer starts or resumes the unit's interview from here
        assertThat($(Anchor.class).withId("unit-interview").single().getHref())
                .isEqualTo("interviews?einheit=" + unit("E 42"));
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentSeesItsUnitButNoInterview() {
        navigate("einheiten/" + unit("FB 45"), UnitView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("FB 45 Kinder, Jugend und Schule");
        assertThat($(Anchor.class).withId("unit-interview").exists()).isFalse();
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentCannotOpenAnotherUnitsPage() {
        navigate("einheiten/" + unit("FB 56"), UnitView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Nicht gefunden");
        assertThat($(H3.class).exists()).isFalse();
    }
}
