package de.querschnitt.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.LiveUpdates;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.review.ReviewService;
import de.querschnitt.review.UnitReview;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The planner's review board: per unit how many entries are in which state, the open questions and the
 * corrections to look at; a unit's drafts go to the unit with one action, and a row opens the unit's
 * entries.
 */
@Route(Routes.REVIEW_BOARD)
@RolesAllowed(Role.PLANNER_NAME)
public class ReviewBoardView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final ReviewService reviews;
    private final Optional<SurveyRound> round;
    final Grid<UnitReview> grid = new Grid<>();
    final Checkbox onlyOpen = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private List<UnitReview> board = List.of();

    ReviewBoardView(ReviewService reviews, SurveyRoundService rounds, LiveEdits live) {
        this.reviews = reviews;
        this.round = rounds.current();
        addClassName("qs-page");
        add(new H1(getTranslation("review.board.title")));
        add(new Paragraph(round.map(r -> getTranslation("units.round", r.name()))
                .orElse(getTranslation("units.no-round"))));
        summary.setId("board-summary");
        summary.addClassName("qs-review-summary");
        onlyOpen.setLabel(getTranslation("review.board.only-open"));
        onlyOpen.addValueChangeListener(e -> show());
        add(summary, onlyOpen);

        grid.addComponentColumn(u -> new Anchor(Routes.unit(u.unit().id()), u.unit().label()))
                .setHeader(getTranslation("review.board.unit")).setFlexGrow(1).setWidth("11rem")
                // on a narrow screen the counts scroll sideways, the unit stays in view
                .setFrozen(true);
        // the one action beside the unit, visible without scrolling the counts
        grid.addComponentColumn(this::sendButton).setHeader(getTranslation("review.board.action")).setAutoWidth(true)
                .setFlexGrow(0);
        for (ReviewStatus status : ReviewStatus.values()) {
            grid.addColumn(u -> u.count(status)).setHeader(getTranslation("enum.ReviewStatus." + status.name()))
                    .setWidth("8rem").setFlexGrow(0).setPartNameGenerator(u -> "number");
        }
        grid.addColumn(UnitReview::openThreads).setHeader(getTranslation("review.board.threads"))
                .setWidth("8rem").setFlexGrow(0).setPartNameGenerator(u -> "number");
        grid.addColumn(UnitReview::openCorrections).setHeader(getTranslation("review.board.corrections"))
                .setWidth("8rem").setFlexGrow(0).setPartNameGenerator(u -> "number");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("review.board.title"));
        grid.setId("review-board");
        grid.addClassName("qs-review-board");
        add(grid);
        // every save of every unit would reload the whole board: saves within two seconds reload it once
        LiveUpdates.onChangeCoalesced(this, live, () -> LiveEdits.ALL_UNITS, this::load, Duration.ofSeconds(2));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        board = round.map(r -> reviews.board(r.id())).orElse(List.of());
        show();
    }

    private void show() {
        List<UnitReview> shown = onlyOpen.getValue()
                ? board.stream().filter(u -> u.count(ReviewStatus.ABGESCHLOSSEN) < u.entries().size()
                        || u.openThreads() > 0).toList()
                : board;
        grid.setItems(shown);
        long entries = board.stream().mapToLong(u -> u.entries().size()).sum();
        long closed = board.stream().mapToLong(u -> u.count(ReviewStatus.ABGESCHLOSSEN)).sum();
        long confirmed = board.stream().mapToLong(u -> u.count(ReviewStatus.FREIGEGEBEN)).sum();
        int corrections = board.stream().mapToInt(UnitReview::openCorrections).sum();
        summary.setText(getTranslation("review.board.summary", entries, closed, confirmed, corrections));
    }

    private Span sendButton(UnitReview unit) {
        long drafts = unit.count(ReviewStatus.ENTWURF);
        var cell = new Span();
        if (drafts > 0 && round.isPresent()) {
            var send = new Button(getTranslation("review.board.send", drafts), e -> {
                try {
                    int sent = reviews.sendUnitToReview(round.get().id(), unit.unit().id());
                    Notification.show(getTranslation("review.board.sent", sent, unit.unit().label()), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                } catch (UserError error) {
                    ErrorMessages.show(this, error);
                }
                load();
            });
            send.getElement().setAttribute("aria-label", getTranslation("review.board.send.aria", drafts,
                    unit.unit().label()));
            cell.add(send);
        }
        return cell;
    }

    private Div details(UnitReview unit) {
        var list = new Div();
        list.addClassName("qs-entry-list");
        unit.entries().forEach(entry -> list.add(new EntryCard(entry, Role.PLANNER)));
        if (unit.entries().isEmpty()) {
            list.add(new Span(getTranslation("review.board.no-entries")));
        }
        return list;
    }

    @Override
    public String viewTitle() {
        return getTranslation("review.board.title");
    }
}
