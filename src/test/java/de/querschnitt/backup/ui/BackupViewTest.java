package de.querschnitt.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.querschnitt.ViewTest;
import de.querschnitt.backup.Backup;
import de.querschnitt.common.QuerschnittProperties;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    QuerschnittProperties properties;

    @Test
    @WithUserDetails("planung")
    void thePlannerBacksUpNowAndSeesTheNewBackupFirstInTheList() {
        BackupView view = navigate(BackupView.class);
        assertThat(view.schedule.getText()).isEqualTo(
                "Automatisch jeden Tag um 02:30 Uhr (Serverzeit). Die letzten 14 Sicherungen werden aufbewahrt.");
        assertThat(view.folder.getText()).isEqualTo("Ordner auf dem Server: "
                + properties.dataDir().resolve("backups").toAbsolutePath().normalize());
        assertThat(view.backupNow.getText()).isEqualTo("Jetzt sichern");

        test(view.backupNow).click();

        assertThat(view.result.getText()).startsWith("Gesichert: querschnitt-")
                .endsWith("Die Kopie wurde geprüft und ist vollständig.");
        assertThat(view.result.hasClassName("qs-error")).isFalse();
        assertThat(view.backupNow.isEnabled()).isTrue();
        assertThat(view.grid.isVisible()).isTrue();
        Backup newest = view.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(view.result.getText()).contains(newest.name());
        assertThat(properties.dataDir().resolve("backups").resolve(newest.name())).isRegularFile();
        // time in German local time, size in KB or MB
        assertThat(test(view.grid).getCellText(0, 0)).matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");
        assertThat(test(view.grid).getCellText(0, 1)).matches("[\\d,]+ (KB|MB)");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo(newest.name());
    }

    @Test
    @WithUserDetails("planung")
    void thePlannersNavigationLeadsToTheBackups() {
        navigate(BackupView.class);
        assertThat($(SideNavItem.class).all()).filteredOn(item -> "Datensicherung".equals(item.getLabel()))
                .extracting(SideNavItem::getPath).containsExactly("datensicherung");
    }

    @Test
    @WithUserDetails("interview")
    void interviewersNeitherSeeNorOpenTheBackups() {
        navigate("datensicherung", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(BackupView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Datensicherung");
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotOpenTheBackups() {
        navigate("datensicherung", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(BackupView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Datensicherung");
    }

    @Test
    @WithUserDetails("gast")
    void readersCannotOpenTheBackups() {
        navigate("datensicherung", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(BackupView.class);
    }

    @Test
    void sizesReadAsKilobytesOrMegabytes() {
        assertThat(BackupView.size(Locale.GERMAN, 812 * 1024)).isEqualTo("812 KB");
        assertThat(BackupView.size(Locale.GERMAN, 3_565_158)).isEqualTo("3,4 MB");
        assertThat(BackupView.size(Locale.ENGLISH, 3_565_158)).isEqualTo("3.4 MB");
    }
}
