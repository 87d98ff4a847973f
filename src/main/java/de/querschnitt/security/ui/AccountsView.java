package de.querschnitt.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.security.AccountOverview;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.AccountState;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.InvitationService;
import de.querschnitt.security.Role;
import de.querschnitt.security.UnitDirectory;
import de.querschnitt.security.UnitDirectory.UnitRef;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "Zugänge": the planner's list of accounts with their state (active, invited until, link expired), filtered
 * by unit; invites a person and makes new links for those who have not set a password yet.
 */
@Route(Routes.ACCOUNTS)
@RolesAllowed(Role.PLANNER_NAME)
public class AccountsView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final AccountService accounts;
    private final InvitationService invitations;
    private final List<UnitRef> units;

    final ComboBox<UnitRef> unitFilter = new ComboBox<>();
    final Button invite = new Button();
    final Grid<AccountOverview> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    InviteDialog dialog;
    ConfirmDialog confirm;
    private final long ownAccountId;

    AccountsView(AccountService accounts, InvitationService invitations, UnitDirectory unitDirectory,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.ownAccountId = currentUser.require().accountId();
        this.invitations = invitations;
        this.units = unitDirectory.units();
        addClassNames("qs-page", "qs-accounts");
        add(new H1(getTranslation("accounts.title")), new Paragraph(getTranslation("accounts.intro")));

        unitFilter.setLabel(getTranslation("accounts.unit"));
        unitFilter.setPlaceholder(getTranslation("accounts.unit.all"));
        unitFilter.setItems(units);
        unitFilter.setItemLabelGenerator(UnitRef::label);
        unitFilter.setClearButtonVisible(true);
        unitFilter.setId("accounts-unit-filter");
        unitFilter.addValueChangeListener(e -> refresh());

        invite.setText(getTranslation("accounts.invite"));
        invite.setIcon(VaadinIcon.PLUS.create());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.setId("accounts-invite");
        invite.addClickListener(e -> openInvite());
        var toolbar = new Div(unitFilter, invite);
        toolbar.addClassName("qs-accounts-toolbar");

        // two columns that wrap: the table stays readable on a phone without scrolling sideways
        grid.addComponentColumn(this::person).setHeader(getTranslation("accounts.person")).setFlexGrow(3);
        grid.addComponentColumn(this::state).setHeader(getTranslation("accounts.state")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("accounts.title"));
        grid.setId("accounts-grid");
        empty.setId("accounts-empty");
        add(toolbar, grid, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // zugaenge?einheit=12: the accounts of one unit
        event.getLocation().getQueryParameters().getSingleParameter("einheit").flatMap(id -> {
            try {
                long unitId = Long.parseLong(id);
                return units.stream().filter(u -> u.id() == unitId).findFirst();
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).ifPresent(unitFilter::setValue);
        refresh();
    }

    void refresh() {
        UnitRef unit = unitFilter.getValue();
        List<AccountOverview> items = accounts.overview(unit == null ? null : unit.id());
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setText(items.isEmpty() ? getTranslation("accounts.none") : "");
        empty.setVisible(items.isEmpty());
    }

    void openInvite() {
        UnitRef unit = unitFilter.getValue();
        dialog = new InviteDialog(invitations, accounts, units, unit == null ? null : unit.id(), this::refresh);
        dialog.open();
    }

    private Component person(AccountOverview overview) {
        var account = overview.account();
        var name = new Span(account.displayName());
        name.addClassName("qs-account-name");
        String details = account.username() + " · " + getTranslation("role." + account.role().name())
                + (overview.unitLabel() == null ? "" : " · " + overview.unitLabel());
        var meta = new Span(details);
        meta.addClassName("qs-account-meta");
        var cell = new Div(name, meta);
        cell.addClassName("qs-account-person");
        return cell;
    }

    private Component state(AccountOverview overview) {
        var cell = new Div(AccountTexts.stateBadge(this, overview));
        cell.addClassName("qs-account-state-cell");
        if (overview.canBeInvited()) {
            var renew = new Button(getTranslation(overview.state() == AccountState.NOT_INVITED
                    ? "accounts.link.create" : "accounts.link.renew"));
            renew.addThemeVariants(ButtonVariant.TERTIARY);
            renew.addClassName("qs-account-renew");
            renew.getElement().setAttribute("aria-label",
                    getTranslation("accounts.link.renew.for", overview.account().displayName()));
            renew.addClickListener(e -> renew(overview));
            cell.add(renew);
        }
        // a planner cannot switch off their own account (the service refuses it as well)
        if (overview.account().id() != ownAccountId) {
            cell.add(toggle(overview));
        }
        return cell;
    }

    private Button toggle(AccountOverview overview) {
        boolean disabled = overview.state() == AccountState.DISABLED;
        String name = overview.account().displayName();
        var button = new Button(getTranslation(disabled ? "accounts.enable" : "accounts.disable"));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        if (!disabled) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        button.addClassName("qs-account-toggle");
        button.getElement().setAttribute("data-account", overview.account().username());
        button.getElement().setAttribute("aria-label",
                getTranslation(disabled ? "accounts.enable.for" : "accounts.disable.for", name));
        button.addClickListener(e -> confirmToggle(overview));
        return button;
    }

    /** Asks before switching an account off or on; the confirm button names what happens. */
    void confirmToggle(AccountOverview overview) {
        boolean enable = overview.state() == AccountState.DISABLED;
        String name = overview.account().displayName();
        confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(enable ? "accounts.enable.title" : "accounts.disable.title"));
        confirm.setText(getTranslation(enable ? "accounts.enable.text" : "accounts.disable.text", name));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(enable ? "accounts.enable" : "accounts.disable"));
        if (!enable) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> setEnabled(overview, enable));
        confirm.open();
    }

    void setEnabled(AccountOverview overview, boolean enable) {
        try {
            accounts.setEnabled(overview.account().id(), enable);
            Notification.show(getTranslation(enable ? "accounts.enabled.done" : "accounts.disabled.done",
                    overview.account().displayName()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (UserError problem) {
            ErrorMessages.show(this, problem);
        }
        refresh();
    }

    void renew(AccountOverview overview) {
        try {
            var invitation = invitations.renew(overview.account().id());
            dialog = InviteDialog.forLink(invitations, accounts, invitation);
            dialog.open();
            refresh();
        } catch (UserError problem) {
            ErrorMessages.show(this, problem);
            refresh();
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("accounts.title");
    }
}
