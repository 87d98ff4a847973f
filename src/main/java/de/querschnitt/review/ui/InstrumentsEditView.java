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
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSet;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.ui.SectionEditor;
import de.querschnitt.review.ReviewService;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.VocabularyService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's instruments and themes without a plan, in the current round, as a form: for the unit's staff in
 * review and for the planner at the desk, with the same review head and corrections as a profile.
 */
@Route(Routes.UNIT + "/:unitId/instrumente")
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME, Role.DEPARTMENT_NAME})
public class InstrumentsEditView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    static final List<SectionKind> BOXES = List.of(SectionKind.STEUERUNG, SectionKind.THEMEN);

    private final InstrumentSetService instruments;
    private final SectionService sections;
    private final VocabularyService vocabulary;
    private final ReviewService reviews;
    private final UnitService units;
    private final SurveyRoundService rounds;
    private final Actor actor;
    private final List<SectionEditor> editors = new ArrayList<>();
    private final List<CommentPanel> panels = new ArrayList<>();
    private final CommentService comments;
    private SectionOwner.@Nullable OfInstruments owner;
    private @Nullable ReviewHead review;
    private long unitId;
    private String title = "";

    InstrumentsEditView(InstrumentSetService instruments, SectionService sections, VocabularyService vocabulary,
            ReviewService reviews, UnitService units, SurveyRoundService rounds, LiveEdits live,
            CurrentUser currentUser, CommentService comments) {
        this.comments = comments;
        this.instruments = instruments;
        this.sections = sections;
        this.vocabulary = vocabulary;
        this.reviews = reviews;
        this.units = units;
        this.rounds = rounds;
        this.actor = currentUser.require();
        addClassName("qs-page");
        LiveUpdates.onChange(this, live, () -> LiveEdits.unitTopic(unitId), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var round = rounds.current();
        var set = RouteIds.read(event, "unitId").flatMap(id -> round.flatMap(r -> instruments.find(r.id(), id)));
        if (set.isEmpty()) {
            notFound();
            return;
        }
        show(set.get());
    }

    private void notFound() {
        removeAll();
        editors.clear();
        owner = null;
        review = null;
        title = getTranslation("notfound.title");
        add(new NotFound());
    }

    private void show(InstrumentSet set) {
        removeAll();
        editors.clear();
        panels.clear();
        unitId = set.unitId();
        owner = new SectionOwner.OfInstruments(set.roundId(), set.unitId());
        String unit = units.find(set.unitId()).map(u -> u.label()).orElse("");
        title = getTranslation("review.instruments.title");
        var back = new Anchor(actor.role() == Role.DEPARTMENT ? Routes.MY_ENTRIES : Routes.unit(set.unitId()),
                getTranslation(actor.role() == Role.DEPARTMENT ? "review.back.mine" : "review.back.unit"));
        back.addClassName("qs-link");
        var saveState = new SaveState();
        var header = new Div(new H1(title + " – " + unit), new Div(saveState));
        header.addClassName("qs-interview-header");
        review = new ReviewHead(reviews, owner, actor.role(), this::refresh);
        add(back, header, review.bar());
        boolean editable = set.status().editableBy(actor.role());
        for (SectionKind kind : BOXES) {
            var editor = new SectionEditor(owner, kind, sections, vocabulary, saveState, "instruments.");
            editor.addClassName("qs-form-box");
            editor.setOnChange(this::refreshReview);
            editor.setEditable(editable);
            review.attach(kind.name(), editor);
            var panel = new CommentPanel(comments, CommentOwner.instruments(set.roundId(), set.unitId()), kind.name());
            panels.add(panel);
            editor.add(panel);
            editors.add(editor);
            add(editor);
        }
    }

    private void refresh() {
        var set = rounds.current().flatMap(r -> instruments.find(r.id(), unitId));
        if (set.isEmpty()) {
            notFound();
            return;
        }
        if (review == null || set.get().status() != review.status()) {
            show(set.get());
            return;
        }
        editors.forEach(SectionEditor::refresh);
        panels.forEach(CommentPanel::refresh);
        refreshReview();
    }

    private void refreshReview() {
        if (review != null && !review.refresh()) {
            notFound();
        }
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
