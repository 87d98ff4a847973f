package de.querschnitt.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.ViewTest;
import de.querschnitt.common.UserError;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.interview.ui.InterviewView;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screen readers hear what happens to the person's input: the save state sits in a live region that exists
 * from the start (a region created together with its text is not announced), polite while saving and saved,
 * assertive when a save failed; error notifications are assertive too.
 */
@ViewTest
@Transactional
class StatusAnnouncementTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;

    @Test
    @WithUserDetails("interview")
    void theSaveStateIsALiveRegionFromTheStartAndAFailedSaveIsAnnouncedAssertively() {
        long round = rounds.current().orElseThrow().id();
        long unit = SystemAuthentication.call(() -> units.findByCode("FB 45").orElseThrow().id());
        long interview = interviews.start(round, unit);
        long profile = profiles.create(round, unit, new ProfileData("Ansage", null, ProfileKind.KONZEPT,
                PlanningLevel.FACHPLANUNG, new Period(null, null, null, null, null)), List.of());
        navigate("interviews/" + interview + "/planwerke/" + profile, InterviewView.class);

        SaveState state = $(SaveState.class).single();
        assertThat(state.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(state.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(state.getElement().getTextRecursively()).isEqualTo("gespeichert");

        var from = $(TextField.class).withLabel("Zeitraum von").single();
        test(from).setValue("1800");
        assertThat($(SaveState.class).single()).isSameAs(state);
        assertThat(state.state()).isEqualTo(SaveState.State.FAILED);
        assertThat(state.getElement().getAttribute("aria-live")).isEqualTo("assertive");
        assertThat(state.getElement().getTextRecursively()).isEqualTo("nicht gespeichert");
        // the reason is the field's error message, which the field links to its input (aria-describedby)
        assertThat(from.getErrorMessage()).contains("Zeitraum von");

        test(from).setValue("1999");
        assertThat(state.state()).isEqualTo(SaveState.State.SAVED);
        assertThat(state.getElement().getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    @WithUserDetails("interview")
    void errorNotificationsInterruptTheScreenReader() {
        navigate("interviews", com.vaadin.flow.component.Component.class);
        ErrorMessages.show(com.vaadin.flow.component.UI.getCurrent(), new UserError("comment.error.empty"));
        Notification notification = $(Notification.class).last();
        assertThat(notification.isAssertive()).isTrue();
        assertThat(test(notification).getText()).isEqualTo("Bitte geben Sie einen Text ein.");
    }
}
