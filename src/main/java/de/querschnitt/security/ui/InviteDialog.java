package de.querschnitt.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.security.AccountData;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.Invitation;
import de.querschnitt.security.InvitationService;
import de.querschnitt.security.Role;
import de.querschnitt.security.UnitDirectory.UnitRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Person einladen": name, user name (suggested from the name), role and unit; creates the account without a
 * password and its invitation link, then shows the link to copy.
 */
class InviteDialog extends Dialog {

    private final InvitationService invitations;
    private final AccountService accounts;
    private final Runnable onInvited;
    private boolean usernameEdited;

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    final ComboBox<UnitRef> unit = new ComboBox<>();
    final Paragraph error = new Paragraph();
    final Button create = new Button();
    final Button cancel = new Button();
    @Nullable LinkPanel linkPanel;

    InviteDialog(InvitationService invitations, AccountService accounts, List<UnitRef> units,
            @Nullable Long presetUnitId, Runnable onInvited) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.onInvited = onInvited;
        addClassName("qs-invite-dialog");
        setHeaderTitle(getTranslation("accounts.invite"));
        setWidth("min(40rem, 100vw)");

        displayName.setLabel(getTranslation("field.displayName"));
        displayName.setHelperText(getTranslation("accounts.invite.name.help"));
        displayName.setId("invite-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.addValueChangeListener(e -> suggestUsername());

        username.setLabel(getTranslation("field.username"));
        username.setHelperText(getTranslation("accounts.invite.username.help"));
        username.setId("invite-username");
        username.setRequiredIndicatorVisible(true);
        username.addValueChangeListener(e -> usernameEdited |= e.isFromClient());

        role.setLabel(getTranslation("field.role"));
        role.setItems(Arrays.asList(Role.values()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("invite-role");
        role.setValue(Role.DEPARTMENT);
        role.addValueChangeListener(e -> unitFitsRole());

        unit.setLabel(getTranslation("accounts.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitRef::label);
        unit.setHelperText(getTranslation("accounts.invite.unit.help"));
        unit.setId("invite-unit");
        unit.setRequiredIndicatorVisible(true);
        units.stream().filter(u -> presetUnitId != null && u.id() == presetUnitId).findFirst()
                .ifPresent(unit::setValue);

        error.setId("invite-error");
        error.addClassName("qs-error-text");
        error.getElement().setAttribute("role", "alert");

        var form = new FormLayout(displayName, username, role, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(role, 2);
        form.setColspan(unit, 2);
        add(form, error);

        create.setText(getTranslation("accounts.invite.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("invite-create");
        create.addClickListener(e -> invite());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("invite-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, create);
    }

    private void suggestUsername() {
        if (!usernameEdited || username.isEmpty()) {
            usernameEdited = false;
            username.setValue(accounts.suggestUsername(displayName.getValue()));
        }
    }

    private void unitFitsRole() {
        boolean department = role.getValue() == Role.DEPARTMENT;
        unit.setVisible(department);
        if (!department) {
            unit.clear();
        }
    }

    private void invite() {
        clearErrors();
        UnitRef chosen = unit.getValue();
        try {
            Invitation invitation = invitations.invite(new AccountData(username.getValue().trim(),
                    displayName.getValue().trim(), role.getValue(), chosen == null ? null : chosen.id()));
            showLink(invitation);
            onInvited.run();
        } catch (UserError problem) {
            String text = ErrorMessages.text(this, problem);
            error.setText(text);
            fieldOf(problem).ifPresent(field -> {
                field.setErrorMessage(text);
                field.setInvalid(true);
            });
        }
    }

    private Optional<HasValidation> fieldOf(UserError problem) {
        String key = problem.messageKey();
        List<Object> args = Arrays.asList(problem.arguments());
        if (key.startsWith("account.error.unit") || key.equals("account.error.unknown-unit")) {
            return Optional.of(unit);
        }
        if (key.startsWith("account.username") || key.equals("account.error.username-taken")
                || args.contains(new UserError.MessageKey("field.username"))) {
            return Optional.of(username);
        }
        if (args.contains(new UserError.MessageKey("field.displayName"))) {
            return Optional.of(displayName);
        }
        return Optional.empty();
    }

    private void clearErrors() {
        error.setText("");
        displayName.setInvalid(false);
        username.setInvalid(false);
        unit.setInvalid(false);
    }

    /** Replaces the form by the new link. */
    void showLink(Invitation invitation) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("accounts.link.title", invitation.displayName()));
        linkPanel = new LinkPanel(invitation);
        add(linkPanel);
        var done = new Button(getTranslation("accounts.link.done"), e -> close());
        done.setId("invitation-done");
        getFooter().add(done);
    }

    /** A dialog that shows a link made elsewhere (a renewed one). */
    static InviteDialog forLink(InvitationService invitations, AccountService accounts, Invitation invitation) {
        var dialog = new InviteDialog(invitations, accounts, List.of(), null, () -> {
        });
        dialog.showLink(invitation);
        return dialog;
    }
}
