package de.querschnitt.annex.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.querschnitt.MainLayout;
import de.querschnitt.annex.AnnexModel;
import de.querschnitt.annex.AnnexRequest;
import de.querschnitt.annex.AnnexService;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planner chooses round, units and whether only closed profiles go in, starts the annex and downloads
 * it when done. Rendering runs in the background; progress arrives by server push, so the page stays
 * usable meanwhile.
 */
@Route(Routes.ANNEX)
@RolesAllowed(Role.PLANNER_NAME)
public class AnnexView extends Main implements MainLayout.HasViewTitle {

    private static final Logger LOG = LoggerFactory.getLogger(AnnexView.class);

    private final AnnexService annexService;

    final Select<SurveyRound> round = new Select<>();
    final CheckboxGroup<Unit> units = new CheckboxGroup<>();
    final RadioButtonGroup<Boolean> closedOnly = new RadioButtonGroup<>();
    final Button generate = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Div result = new Div();
    /** The rendering under way, if any (tests wait for it). */
    @Nullable CompletableFuture<byte[]> running;

    AnnexView(AnnexService annexService, SurveyRoundService rounds, UnitService unitService) {
        this.annexService = annexService;
        addClassName("qs-page");
        addClassName("qs-annex-page");
        add(new H1(viewTitle()), new Paragraph(getTranslation("annex.intro")));

        round.setLabel(getTranslation("annex.round"));
        round.setItems(rounds.findAll());
        round.setItemLabelGenerator(SurveyRound::name);
        round.setMinWidth("18rem");
        rounds.current().ifPresent(round::setValue);

        units.setLabel(getTranslation("annex.units"));
        units.setItems(unitService.findAll());
        units.setItemLabelGenerator(unit -> AnnexModel.label(unit.code(), unit.name()));
        units.setValue(Set.copyOf(unitService.findAll()));
        units.addClassName("qs-annex-units");
        units.getElement().getThemeList().add("horizontal");
        units.addValueChangeListener(e -> units.setInvalid(false));
        var all = new Button(getTranslation("annex.units.all"), e -> units.setValue(Set.copyOf(unitService.findAll())));
        all.addThemeVariants(ButtonVariant.TERTIARY);
        var none = new Button(getTranslation("annex.units.none"), e -> units.clear());
        none.addThemeVariants(ButtonVariant.TERTIARY);
        var unitButtons = new Div(all, none);
        unitButtons.addClassName("qs-annex-unit-buttons");

        closedOnly.setLabel(getTranslation("annex.profiles"));
        closedOnly.setItems(false, true);
        closedOnly.setItemLabelGenerator(closed -> getTranslation(closed ? "annex.profiles.closed" : "annex.profiles.all"));
        closedOnly.setValue(false);

        generate.setText(getTranslation("annex.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClickListener(e -> start());
        generate.setDisableOnClick(true);

        progress.setVisible(false);
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", getTranslation("annex.progress"));
        status.addClassName("qs-annex-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        result.addClassName("qs-annex-result");

        var choices = new Div(round, closedOnly);
        choices.addClassName("qs-matrix-controls");
        add(choices, units, unitButtons, generate, progress, status, result);
    }

    void start() {
        result.removeAll();
        if (round.getValue() == null) {
            generate.setEnabled(true);
            round.setInvalid(true);
            round.setErrorMessage(getTranslation("annex.error.round"));
            return;
        }
        if (units.getValue().isEmpty()) {
            generate.setEnabled(true);
            units.setInvalid(true);
            units.setErrorMessage(getTranslation("annex.error.no-units"));
            return;
        }
        boolean everyUnit = units.getValue().size() == units.getListDataView().getItemCount();
        Set<Long> unitIds = everyUnit ? Set.of() : units.getValue().stream().map(Unit::id).collect(Collectors.toSet());
        var request = new AnnexRequest(round.getValue().id(), unitIds, closedOnly.getValue());
        String fileName = fileName(round.getValue().name());
        UI ui = UI.getCurrent();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("annex.running"));
        AtomicInteger shown = new AtomicInteger(-1);
        try {
            running = annexService.generate(request, (done, total) -> {
                int percent = 100 * done / Math.max(1, total);
                if (shown.getAndSet(percent) != percent) {
                    update(ui, () -> {
                        progress.setValue(percent / 100.0);
                        status.setText(getTranslation("annex.running.progress", percent));
                    });
                }
            });
        } catch (UserError error) {
            finish(null, error, fileName);
            return;
        }
        running.whenComplete((pdf, error) -> update(ui, () -> finish(pdf, error, fileName)));
    }

    private static void update(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the planner left the page; the result is no longer wanted
        }
    }

    private void finish(byte @Nullable [] pdf, @Nullable Throwable error, String fileName) {
        running = null;
        progress.setVisible(false);
        generate.setEnabled(true);
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause instanceof UserError userError) {
            status.setText("");
            ErrorMessages.show(this, userError);
            return;
        }
        if (cause != null || pdf == null) {
            LOG.error("Annex generation failed", cause);
            status.setText(getTranslation("annex.error.failed"));
            return;
        }
        status.setText(getTranslation("annex.done"));
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)),
                getTranslation("annex.download", Math.max(1, pdf.length / 1024)));
        download.addClassName("qs-annex-download");
        download.getElement().setAttribute("download", fileName);
        result.add(download);
        // the button sits below the list of units; on a tablet the link would otherwise stay out of sight
        result.scrollIntoView();
    }

    /** "Anlage-Sozial-Plattform-2017-2026-11-23.pdf": plain ASCII, so that every mail and file system keeps it. */
    static String fileName(String roundName) {
        String ascii = Normalizer.normalize(roundName.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"), Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "Anlage-" + ascii + "-" + LocalDate.now() + ".pdf";
    }

    @Override
    public String viewTitle() {
        return getTranslation("annex.title");
    }
}
