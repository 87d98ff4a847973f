package de.querschnitt.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.InvitationService;
import jakarta.annotation.security.PermitAll;

/**
 * "Passwort ändern": every logged-in person changes their own password (current one, new one twice, the rules of
 * the invitation page). Their sessions on other devices end; this one stays.
 */
@Route(Routes.PASSWORD)
@PermitAll
public class PasswordView extends Main implements MainLayout.HasViewTitle {

    private final AccountService accounts;

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Paragraph error = new Paragraph();
    final Paragraph done = new Paragraph();
    final Button submit = new Button();

    PasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("qs-page", "qs-password");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.new.help", InvitationService.MIN_PASSWORD_LENGTH));
        password.setMinLength(InvitationService.MIN_PASSWORD_LENGTH);
        password.setId("password-new");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        for (var field : new PasswordField[] {current, password, repeated}) {
            field.setWidthFull();
            field.setAutocomplete(field == current ? com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD
                    : com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        }
        error.setId("password-error");
        error.addClassName("qs-error-text");
        error.getElement().setAttribute("role", "alert");
        done.setId("password-done");
        done.getElement().setAttribute("role", "status");
        submit.setText(getTranslation("password.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("password-submit");
        submit.addClickListener(e -> change());
        var form = new Div(current, password, repeated, error, submit, done);
        form.addClassName("qs-password-form");
        add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), form);
    }

    void change() {
        try {
            accounts.changePassword(current.getValue(), password.getValue(), repeated.getValue());
            current.clear();
            password.clear();
            repeated.clear();
            error.setText("");
            done.setText(getTranslation("password.done"));
        } catch (UserError problem) {
            done.setText("");
            error.setText(ErrorMessages.text(this, problem));
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("password.title");
    }
}
