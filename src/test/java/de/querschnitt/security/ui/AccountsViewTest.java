package de.querschnitt.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.querschnitt.ViewTest;
import de.querschnitt.security.AccountData;
import de.querschnitt.security.AccountOverview;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.InvitationService;
import de.querschnitt.security.Role;
import de.querschnitt.security.repository.InvitationRepository;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
@Transactional
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    InvitationRepository invitationRows;

    @Test
    @WithUserDetails("planung")
    void thePlannerSeesEveryAccountWithRoleUnitAndState() {
        AccountsView view = navigate(AccountsView.class);

        int fb45 = rowOf(view.grid, "fb45");
        assertThat(person(view.grid, fb45)).isEqualTo("fb45 · Fachbereich · FB 45 Kinder, Jugend und Schule");
        assertThat(state(view.grid, fb45)).isEqualTo("aktiv");
        assertThat(person(view.grid, rowOf(view.grid, "gast"))).isEqualTo("gast · Lesezugriff");
        assertThat(renewButton(view.grid, fb45)).isNull();
    }

    @Test
    @WithUserDetails("planung")
    void theFilterShowsTheAccountsOfOneUnit() {
        AccountsView view = navigate(AccountsView.class);
        test(view.unitFilter).selectItem("FB 56 Wohnen, Soziales und Integration");

        assertThat(view.grid.getGenericDataView().getItems().map(o -> o.account().username()).toList())
                .containsExactly("fb56");
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerInvitesAPersonAndGetsTheLinkToCopy() {
        AccountsView view = navigate(AccountsView.class);
        test(view.invite).click();
        roundTrip();
        InviteDialog dialog = view.dialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.role.getValue()).isEqualTo(Role.DEPARTMENT);

        test(dialog.displayName).setValue("Jörg Müller");
        assertThat(dialog.username.getValue()).isEqualTo("joerg.mueller");
        test(dialog.unit).selectItem("FB 45 Kinder, Jugend und Schule");
        test(dialog.create).click();

        LinkPanel link = dialog.linkPanel;
        assertThat(link).isNotNull();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Einladungslink für Jörg Müller");
        assertThat(link.link.getValue()).matches(".*einladung/[A-Za-z0-9_-]{43}");
        assertThat(link.link.isReadOnly()).isTrue();
        assertThat(link.copy.getText()).isEqualTo("Link kopieren");
        String date = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(AccountTexts.ZONE)
                .format(Instant.now().plus(InvitationService.VALIDITY));
        assertThat(link.validUntil.getText()).isEqualTo("Gültig bis " + date);
        assertThat(link.hint.getText()).contains("Schicken Sie Jörg Müller diesen Link", "„joerg.mueller“",
                "gilt bis " + date + " und nur ein einziges Mal");

        int row = rowOf(view.grid, "joerg.mueller");
        assertThat(person(view.grid, row)).isEqualTo("joerg.mueller · Fachbereich · FB 45 Kinder, Jugend und Schule");
        assertThat(state(view.grid, row)).isEqualTo("eingeladen – Link gültig bis " + date);
        assertThat(renewButton(view.grid, row).getText()).isEqualTo("Neuen Link erstellen");
    }

    @Test
    @WithUserDetails("planung")
    void aTakenUserNameIsNamedAndNothingIsCreated() {
        AccountsView view = navigate(AccountsView.class);
        int before = view.grid.getGenericDataView().getItems().toList().size();
        test(view.invite).click();
        roundTrip();
        InviteDialog dialog = view.dialog;
        test(dialog.displayName).setValue("Noch jemand");
        test(dialog.username).setValue("fb45");
        test(dialog.unit).selectItem("FB 45 Kinder, Jugend und Schule");
        test(dialog.create).click();

        assertThat(dialog.error.getText()).isEqualTo("Der Benutzername „fb45“ ist bereits vergeben.");
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.linkPanel).isNull();
        assertThat(accounts.overview(null)).hasSize(before);

        test(dialog.username).setValue("noch jemand");
        test(dialog.create).click();
        assertThat(dialog.error.getText())
                .isEqualTo("Der Benutzername darf nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich enthalten.");
    }

    @Test
    @WithUserDetails("planung")
    void aDepartmentPersonNeedsAUnitAndOtherRolesHaveNone() {
        AccountsView view = navigate(AccountsView.class);
        test(view.invite).click();
        roundTrip();
        InviteDialog dialog = view.dialog;
        test(dialog.displayName).setValue("Erika Muster");
        test(dialog.create).click();
        assertThat(dialog.error.getText()).isEqualTo("Bitte wählen Sie die Einheit, zu der die Person gehört.");
        assertThat(dialog.unit.isInvalid()).isTrue();

        test(dialog.role).selectItem("Lesezugriff");
        assertThat(dialog.unit.isVisible()).isFalse();
        test(dialog.create).click();
        assertThat(dialog.linkPanel).isNotNull();
        assertThat(person(view.grid, rowOf(view.grid, "erika.muster"))).isEqualTo("erika.muster · Lesezugriff");
    }

    @Test
    @WithUserDetails("planung")
    void anExpiredLinkIsShownAndANewOneReplacesIt() {
        long id = accounts.create(new AccountData("alt", "Alte Einladung", Role.READER, null), null);
        Instant created = Instant.now().minus(InvitationService.VALIDITY).minusSeconds(60);
        invitationRows.insert("a".repeat(64), id, null, created, created.plus(InvitationService.VALIDITY));

        AccountsView view = navigate(AccountsView.class);
        int row = rowOf(view.grid, "alt");
        assertThat(state(view.grid, row)).isEqualTo("Link abgelaufen");

        test(renewButton(view.grid, row)).click();
        roundTrip();

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.linkPanel.link.getValue()).contains("einladung/");
        assertThat(state(view.grid, rowOf(view.grid, "alt"))).startsWith("eingeladen – Link gültig bis ");
    }

    @Test
    @WithUserDetails("planung")
    void anAccountCreatedWithoutLinkGetsOne() {
        accounts.create(new AccountData("ohne", "Ohne Link", Role.READER, null), null);
        AccountsView view = navigate(AccountsView.class);
        int row = rowOf(view.grid, "ohne");
        assertThat(state(view.grid, row)).isEqualTo("noch nicht eingeladen");
        assertThat(renewButton(view.grid, row).getText()).isEqualTo("Link erstellen");
    }

    @Test
    @WithUserDetails("planung")
    void thePlannersNavigationLeadsToTheAccounts() {
        navigate(AccountsView.class);
        assertThat($(SideNavItem.class).all()).filteredOn(item -> "Zugänge".equals(item.getLabel()))
                .extracting(SideNavItem::getPath).containsExactly("zugaenge");
    }

    @Test
    @WithUserDetails("interview")
    void interviewersNeitherSeeNorOpenTheAccounts() {
        navigate("zugaenge", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class);
        navigate("matrix", Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Zugänge");
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotOpenTheAccounts() {
        navigate("zugaenge", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Zugänge");
    }

    static int rowOf(Grid<AccountOverview> grid, String username) {
        var items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).account().username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError("no row " + username);
    }

    private String person(Grid<AccountOverview> grid, int row) {
        var cell = (Div) test(grid).getCellComponent(row, 0);
        return ((Span) cell.getComponentAt(1)).getText();
    }

    private String state(Grid<AccountOverview> grid, int row) {
        var cell = (Div) test(grid).getCellComponent(row, 1);
        return ((Span) cell.getComponentAt(0)).getText();
    }

    private Button renewButton(Grid<AccountOverview> grid, int row) {
        return buttonWithClass(grid, row, "qs-account-renew");
    }

    private Button toggleButton(Grid<AccountOverview> grid, int row) {
        return buttonWithClass(grid, row, "qs-account-toggle");
    }

    private Button buttonWithClass(Grid<AccountOverview> grid, int row, String className) {
        var cell = (Div) test(grid).getCellComponent(row, 1);
        return cell.getChildren().filter(c -> c instanceof Button && c.hasClassName(className)).map(Button.class::cast)
                .findFirst().orElse(null);
    }

    // --- security hardening: switching accounts off and on

    @Test
    @WithUserDetails("planung")
    void thePlannerDisablesAnAccountAfterConfirmingAndEnablesItAgain() {
        AccountsView view = navigate(AccountsView.class);
        assertThat(toggleButton(view.grid, rowOf(view.grid, "planung"))).as("not one's own account").isNull();
        Button disable = toggleButton(view.grid, rowOf(view.grid, "fb56"));
        assertThat(disable.getText()).isEqualTo("Deaktivieren");
        assertThat(disable.getElement().getAttribute("aria-label")).startsWith("Zugang von ").endsWith(" deaktivieren");

        test(disable).click();
        assertThat(view.confirm.isOpened()).isTrue();
        assertThat(view.confirm.getElement().getProperty("header")).isEqualTo("Zugang deaktivieren?");
        assertThat(state(view.grid, rowOf(view.grid, "fb56"))).as("nothing happens before the confirmation")
                .isEqualTo("aktiv");
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.confirm,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(view.confirm, false));

        assertThat(state(view.grid, rowOf(view.grid, "fb56"))).isEqualTo("deaktiviert");
        Button enable = toggleButton(view.grid, rowOf(view.grid, "fb56"));
        assertThat(enable.getText()).isEqualTo("Wieder aktivieren");
        test(enable).click();
        assertThat(view.confirm.getElement().getProperty("header")).isEqualTo("Zugang wieder aktivieren?");
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.confirm,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(view.confirm, false));
        assertThat(state(view.grid, rowOf(view.grid, "fb56"))).isEqualTo("aktiv");
    }

}
