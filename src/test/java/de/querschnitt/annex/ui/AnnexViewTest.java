package de.querschnitt.annex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.querschnitt.ViewTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class AnnexViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("planung")
    void thePlannerCreatesTheAnnexInTheBackgroundAndDownloadsIt() throws Exception {
        AnnexView view = navigate(AnnexView.class);
        assertThat(view.round.getValue().name()).isEqualTo("Sozial-Plattform 2017");
        assertThat(view.units.getValue()).hasSizeGreaterThan(10);
        assertThat(view.closedOnly.getValue()).isFalse();

        test(view.generate).click();

        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.generate.isEnabled()).as("no second start while one runs").isFalse();
        assertThat(view.status.getText()).startsWith("Die Anlage wird erzeugt");
        view.running.get(2, TimeUnit.MINUTES);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (view.result.getChildren().findAny().isEmpty() && Instant.now().isBefore(until)) {
            roundTrip();
            Thread.sleep(50);
        }

        Anchor download = $(Anchor.class).from(view.result).single();
        assertThat(download.getText()).matches("Anlage herunterladen \\(PDF, \\d+ kB\\)");
        assertThat(download.getElement().getAttribute("download")).matches("Anlage-Sozial-Plattform-2017-.*\\.pdf");
        assertThat(view.status.getText()).isEqualTo("Die Anlage ist fertig.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.generate.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("planung")
    void withoutAnyUnitNothingIsCreatedAndTheChoiceIsMarked() {
        AnnexView view = navigate(AnnexView.class);
        view.units.clear();

        test(view.generate).click();

        assertThat(view.units.isInvalid()).isTrue();
        assertThat(view.units.getErrorMessage()).isEqualTo("Bitte mindestens eine Einheit auswählen.");
        assertThat(view.running).isNull();
        assertThat(view.result.getChildren()).isEmpty();
        assertThat(view.generate.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("planung")
    void thePlannersNavigationLeadsToTheAnnex() {
        navigate(AnnexView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Anlage (PDF)");
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotOpenTheAnnex() {
        navigate("anlage", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AnnexView.class);
    }

    @Test
    @WithUserDetails("interview")
    void interviewersSeeNoAnnexInTheirNavigation() {
        navigate("matrix", Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Anlage (PDF)");
    }

    @Test
    void theFileNameIsPlainAscii() {
        assertThat(AnnexView.fileName("Sozial-Plattform 2017 Größe/Übersicht"))
                .matches("Anlage-Sozial-Plattform-2017-Groesse-Uebersicht-\\d{4}-\\d{2}-\\d{2}\\.pdf");
    }
}
