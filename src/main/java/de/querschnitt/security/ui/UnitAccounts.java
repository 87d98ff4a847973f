package de.querschnitt.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.security.AccountOverview;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.InvitationService;
import de.querschnitt.security.UnitDirectory;
import java.util.List;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The accounts of one unit for the planner on the unit's page: who has access, who is invited, and a button
 * to invite one more person of the unit. Get a fresh one per page from Spring ({@code ObjectProvider}).
 */
@Component
@Scope("prototype")
public class UnitAccounts extends Section {

    private final AccountService accounts;
    private final InvitationService invitations;
    private final UnitDirectory unitDirectory;
    private long unitId;

    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph();
    final Button invite = new Button();
    InviteDialog dialog;

    UnitAccounts(AccountService accounts, InvitationService invitations, UnitDirectory unitDirectory) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.unitDirectory = unitDirectory;
        addClassName("qs-unit-accounts");
        setId("unit-accounts");
        list.addClassName("qs-unit-account-list");
        none.setText(getTranslation("accounts.unit.none"));
        invite.setText(getTranslation("accounts.invite.unit"));
        invite.setIcon(VaadinIcon.PLUS.create());
        invite.setId("unit-invite");
        invite.addClickListener(e -> openInvite());
    }

    /** Shows the accounts of the unit; call once before adding. */
    public UnitAccounts forUnit(long unitId) {
        this.unitId = unitId;
        var all = new Anchor(Routes.ACCOUNTS + "?einheit=" + unitId, getTranslation("accounts.unit.all-link"));
        all.addClassName("qs-link");
        var actions = new Div(invite, all);
        actions.addClassName("qs-accounts-toolbar");
        add(new H2(getTranslation("accounts.unit.title")), list, none, actions);
        refresh();
        return this;
    }

    void refresh() {
        List<AccountOverview> items = accounts.overview(unitId);
        list.removeAll();
        for (AccountOverview item : items) {
            var name = new Span(item.account().displayName());
            name.addClassName("qs-account-name");
            list.add(new ListItem(name, AccountTexts.stateBadge(this, item)));
        }
        list.setVisible(!items.isEmpty());
        none.setVisible(items.isEmpty());
    }

    private void openInvite() {
        dialog = new InviteDialog(invitations, accounts, unitDirectory.units(), unitId, this::refresh);
        dialog.open();
    }
}
