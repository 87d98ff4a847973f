package de.querschnitt.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.backup.Backup;
import de.querschnitt.backup.BackupService;
import de.querschnitt.backup.BackupSettings;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.common.ui.Times;
import de.querschnitt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** "Datensicherung": the planner takes a backup now and sees the backups kept, the schedule and the folder. */
@Route(Routes.BACKUPS)
@RolesAllowed(Role.PLANNER_NAME)
public class BackupView extends Main implements MainLayout.HasViewTitle {

    private final BackupService backups;

    final Paragraph schedule = new Paragraph();
    final Paragraph folder = new Paragraph();
    final Button backupNow = new Button();
    final Paragraph result = new Paragraph();
    final Grid<Backup> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    BackupView(BackupService backups) {
        this.backups = backups;
        addClassNames("qs-page", "qs-backup-page");
        BackupSettings settings = backups.settings();
        schedule.setId("backup-schedule");
        schedule.setText(settings.dailyAt().map(time -> getTranslation("backup.schedule.daily", time, settings.keep()))
                .orElseGet(() -> "-".equals(settings.cron().trim())
                        ? getTranslation("backup.schedule.off", settings.keep())
                        : getTranslation("backup.schedule.cron", settings.cron(), settings.keep())));
        folder.setId("backup-folder");
        folder.setText(getTranslation("backup.folder", settings.folder().toString()));
        folder.addClassName("qs-hint");

        backupNow.setText(getTranslation("backup.now"));
        backupNow.setIcon(VaadinIcon.DATABASE.create());
        backupNow.addThemeVariants(ButtonVariant.PRIMARY);
        backupNow.setId("backup-now");
        backupNow.setDisableOnClick(true);
        backupNow.addClickListener(e -> backUp());
        result.setId("backup-result");
        result.getElement().setAttribute("role", "status");

        grid.addColumn(b -> Times.dateTime(getLocale(), b.createdAt())).setHeader(getTranslation("backup.time"))
                .setFlexGrow(2);
        grid.addColumn(b -> size(getLocale(), b.sizeBytes())).setHeader(getTranslation("backup.size")).setFlexGrow(1);
        grid.addColumn(Backup::name).setHeader(getTranslation("backup.file")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("backup.list"));
        grid.setId("backup-grid");
        empty.setId("backup-empty");

        add(new H1(viewTitle()), new Paragraph(getTranslation("backup.intro")), schedule, folder, backupNow, result,
                new H2(getTranslation("backup.list")), grid, empty);
        refresh();
    }

    @Override
    public String viewTitle() {
        return getTranslation("backup.title");
    }

    void backUp() {
        try {
            Backup backup = backups.backupNow();
            result.removeClassName("qs-error");
            result.setText(getTranslation("backup.done", backup.name(), size(getLocale(), backup.sizeBytes())));
        } catch (UserError problem) {
            result.addClassName("qs-error");
            result.setText(ErrorMessages.text(this, problem));
        } finally {
            backupNow.setEnabled(true);
            refresh();
        }
    }

    private void refresh() {
        List<Backup> items = backups.list();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setText(items.isEmpty() ? getTranslation("backup.none") : "");
        empty.setVisible(items.isEmpty());
    }

    /** "812 KB", "3,4 MB" in the person's language. */
    static String size(Locale locale, long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%d KB", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
