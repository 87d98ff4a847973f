package de.querschnitt.profile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.common.ui.LiveUpdates;
import de.querschnitt.common.ui.NotFound;
import de.querschnitt.common.ui.RouteIds;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.common.ui.SaveState;
import de.querschnitt.profile.Profile;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionService;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.vocabulary.VocabularyService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire form of one profile at the desk: the same form as in the interview, saved as it is
 * typed, with the other editors' changes appearing live and their names shown.
 */
@Route(Routes.PROFILE + "/:profileId/bearbeiten")
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME})
public class ProfileEditView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final ProfileService profiles;
    private final SectionService sections;
    private final VocabularyService vocabulary;
    private final LiveUpdates.PresenceBar presence;
    private @Nullable ProfileForm form;
    private long unitId;
    private String title = "";

    ProfileEditView(ProfileService profiles, SectionService sections, VocabularyService vocabulary, LiveEdits live,
            CurrentUser currentUser) {
        this.profiles = profiles;
        this.sections = sections;
        this.vocabulary = vocabulary;
        this.presence = new LiveUpdates.PresenceBar(live, currentUser.require().username(),
                currentUser.require().displayName());
        addClassName("qs-page");
        LiveUpdates.onChange(this, live, () -> LiveEdits.unitTopic(unitId), () -> {
            if (form != null) {
                form.refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        form = null;
        var found = RouteIds.read(event, "profileId").flatMap(profiles::find)
                .filter(p -> p.status() != ReviewStatus.ABGESCHLOSSEN);
        if (found.isEmpty()) {
            title = getTranslation("notfound.title");
            add(new NotFound());
            return;
        }
        show(found.get());
    }

    private void show(Profile profile) {
        unitId = profile.unitId();
        title = profile.data().title();
        var saveState = new SaveState();
        var back = new Anchor(Routes.profile(profile.id()), getTranslation("profile.edit.back"));
        back.addClassName("qs-link");
        var state = new Div(saveState, presence);
        state.addClassName("qs-interview-state");
        var header = new Div(new H2(profile.data().title()), state);
        header.addClassName("qs-interview-header");
        form = new ProfileForm(profile, profiles, sections, vocabulary, saveState);
        form.setId("profile-form");
        presence.show(LiveEdits.profileTopic(profile.id()));
        add(back, header, form);
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
