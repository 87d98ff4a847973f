package de.querschnitt.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import de.querschnitt.As;
import de.querschnitt.ViewTest;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.review.ReviewService;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A unit's instruments without a plan go through the same review as its profiles. */
@ViewTest
@Transactional
class InstrumentsReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    InstrumentSetService instruments;
    @Autowired
    SectionService sections;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    AccountService accounts;

    private SectionOwner.OfInstruments capturedAndSent(String unitCode) {
        return As.user(accounts, "planung", () -> {
            long round = rounds.current().orElseThrow().id();
            long unit = units.findByCode(unitCode).orElseThrow().id();
            instruments.create(round, unit, List.of());
            var owner = new SectionOwner.OfInstruments(round, unit);
            sections.addItem(owner, SectionKind.STEUERUNG, null, 0, "Jugendhilfeausschuss");
            reviews.sendToReview(owner);
            return owner;
        });
    }

    @Test
    @WithUserDetails("fb45")
    void theDepartmentCorrectsItsInstrumentsAndConfirms() {
        var owner = capturedAndSent("FB 45");

        navigate(MyEntriesView.class);
        Anchor check = $(Anchor.class).from($(Div.class).withId("my-entries").single())
                .withAttribute("aria-label", "Prüfen: Steuerungsinstrumente und Themen ohne Planwerk").single();
        assertThat(check.getHref()).isEqualTo(Routes.instrumentsEdit(owner.unitId()));

        navigate(Routes.instrumentsEdit(owner.unitId()), InstrumentsEditView.class);
        TextArea item = $(TextArea.class).from($(Div.class).withId("section-steuerung").single()).first();
        test(item).setValue("Jugendhilfeausschuss und Schulausschuss");
        assertThat($(Div.class).withId("changes-steuerung").single().getElement().getTextRecursively())
                .contains("und Schulausschuss");

        test($(Button.class).withId("review-confirm").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(reviews.state(owner).status()).isEqualTo(ReviewStatus.FREIGEGEBEN);
        assertThat($(TextArea.class).from($(Div.class).withId("section-steuerung").single()).first().isEnabled())
                .isFalse();
    }

    @Test
    @WithUserDetails("fb45")
    void anotherUnitsInstrumentsAreNotFound() {
        var other = capturedAndSent("FB 56");

        navigate(Routes.instrumentsEdit(other.unitId()), InstrumentsEditView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Nicht gefunden");
        assertThat($(TextArea.class).all()).isEmpty();
        SystemAuthentication.call(() -> assertThat(reviews.state(other).status()).isEqualTo(ReviewStatus.ZUR_PRUEFUNG));
    }
}
