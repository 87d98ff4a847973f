package de.querschnitt.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentService;
import de.querschnitt.comment.ui.CommentPanel;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.common.ui.LiveUpdates;
import de.querschnitt.common.ui.NotFound;
import de.querschnitt.common.ui.RouteIds;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.common.ui.SaveState;
import de.querschnitt.profile.Profile;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.ui.ProfileForm;
import de.querschnitt.review.ReviewService;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.vocabulary.VocabularyService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One profile's questionnaire form outside the interview: the planner at the desk, and the unit's staff in
 * review. Saved as it is typed, other editors' changes appear live; above it the review state with what is
 * asked of the person, and below each box its corrections against what the interviewer captured.
 */
@Route(Routes.PROFILE + "/:profileId/bearbeiten")
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME, Role.DEPARTMENT_NAME})
public class ProfileEditView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final ProfileService profiles;
    private final SectionService sections;
    private final VocabularyService vocabulary;
    private final ReviewService reviews;
    private final CommentService comments;
    private final java.util.List<CommentPanel> panels = new java.util.ArrayList<>();
    private final Actor actor;
    private final LiveUpdates.PresenceBar presence;
    private @Nullable ProfileForm form;
    private @Nullable ReviewHead review;
    private long profileId;
    private long unitId;
    private String title = "";
    private final H1 heading = new H1();

    ProfileEditView(ProfileService profiles, SectionService sections, VocabularyService vocabulary,
            ReviewService reviews, CommentService comments, LiveEdits live, CurrentUser currentUser) {
        this.comments = comments;
        this.profiles = profiles;
        this.sections = sections;
        this.vocabulary = vocabulary;
        this.reviews = reviews;
        this.actor = currentUser.require();
        this.presence = new LiveUpdates.PresenceBar(live, actor.username(), actor.displayName());
        addClassName("qs-page");
        LiveUpdates.onChange(this, live, () -> LiveEdits.unitTopic(unitId), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.read(event, "profileId").flatMap(profiles::find);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        show(found.get());
    }

    private void notFound() {
        removeAll();
        form = null;
        review = null;
        title = getTranslation("notfound.title");
        add(new NotFound());
    }

    private void show(Profile profile) {
        removeAll();
        profileId = profile.id();
        unitId = profile.unitId();
        title = profile.data().title();
        var saveState = new SaveState();
        var back = new Anchor(actor.role() == Role.DEPARTMENT ? Routes.MY_ENTRIES : Routes.profile(profile.id()),
                getTranslation(actor.role() == Role.DEPARTMENT ? "review.back.mine" : "profile.edit.back"));
        back.addClassName("qs-link");
        var state = new Div(saveState, presence);
        state.addClassName("qs-interview-state");
        heading.setText(profile.data().title());
        var header = new Div(heading, state);
        header.addClassName("qs-interview-header");
        var owner = new SectionOwner.OfProfile(profile.id());
        review = new ReviewHead(reviews, owner, actor.role(), this::refresh);
        form = new ProfileForm(profile, profiles, sections, vocabulary, saveState);
        form.setId("profile-form");
        form.setOnChange(this::refreshReview);
        review.attach(ProfileForm.Box.MASTER.name(), form.box(ProfileForm.Box.MASTER));
        review.attach(ProfileForm.Box.PERIOD.name(), form.box(ProfileForm.Box.PERIOD));
        for (SectionKind kind : SectionKind.values()) {
            review.attach(kind.name(), form.section(kind));
        }
        panels.clear();
        var commentOwner = CommentOwner.profile(profile.id());
        addPanel(form.box(ProfileForm.Box.MASTER), commentOwner, CommentService.MASTER);
        addPanel(form.box(ProfileForm.Box.PERIOD), commentOwner, CommentService.PERIOD);
        for (SectionKind kind : SectionKind.values()) {
            addPanel(form.section(kind), commentOwner, kind.name());
        }
        form.setEditable(profile.status().editableBy(actor.role()));
        presence.show(LiveEdits.profileTopic(profile.id()));
        add(back, header, review.bar(), form);
    }

    private void addPanel(com.vaadin.flow.component.HasComponents box, CommentOwner owner, String key) {
        var panel = new CommentPanel(comments, owner, key);
        panels.add(panel);
        box.add(panel);
    }

    /** After a transition, or when somebody else saved: the state may have changed what the person may do. */
    private void refresh() {
        var found = profiles.find(profileId);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        if (form == null || review == null || found.get().status() != review.status()) {
            show(found.get());
            return;
        }
        form.refresh();
        panels.forEach(CommentPanel::refresh);
        refreshReview();
    }

    private void refreshReview() {
        if (review != null && !review.refresh()) {
            notFound();
            return;
        }
        // a corrected title shows in the heading and the app bar at once
        profiles.find(profileId).map(p -> p.data().title()).filter(t -> !t.equals(title)).ifPresent(t -> {
            title = t;
            heading.setText(t);
            getUI().ifPresent(ui -> ui.getPage().setTitle(t));
        });
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
