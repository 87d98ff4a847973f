package de.querschnitt.exchange.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.exchange.CsvExportService;
import de.querschnitt.exchange.CsvImportService;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;

/** "Daten austauschen": CSV export and import for the planner. */
@Route(Routes.EXCHANGE)
@RolesAllowed(Role.PLANNER_NAME)
public class ExchangeView extends Main implements MainLayout.HasViewTitle {

    final ExportPanel export;
    final ImportPanel importPanel;

    ExchangeView(CsvExportService exports, CsvImportService imports, SurveyRoundService rounds) {
        addClassName("qs-page");
        addClassName("qs-exchange-page");
        add(new H1(viewTitle()));
        var round = rounds.current();
        round.ifPresent(r -> add(new Paragraph(getTranslation("units.round", r.name()))));
        export = new ExportPanel(exports, round);
        importPanel = new ImportPanel(imports);
        add(export, importPanel);
    }

    @Override
    public String viewTitle() {
        return getTranslation("exchange.title");
    }
}
