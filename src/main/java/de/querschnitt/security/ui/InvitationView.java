package de.querschnitt.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.LanguageSwitch;
import de.querschnitt.security.Account;
import de.querschnitt.security.InvitationService;

/** Where an invited person sets their first password (the link from the planner), then logs in. */
@Route(value = InvitationService.ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private String token = "";

    final Div panel = new Div();
    final Paragraph message = new Paragraph();
    final Paragraph error = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button submit = new Button();

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("qs-login");
        panel.addClassName("qs-login-panel");
        panel.addClassName("qs-invitation");
        message.setId("invitation-message");
        error.setId("invitation-error");
        error.addClassName("qs-error-text");
        password.setLabel(getTranslation("invitation.password"));
        password.setHelperText(getTranslation("invitation.password.help", InvitationService.MIN_PASSWORD_LENGTH));
        password.setMinLength(InvitationService.MIN_PASSWORD_LENGTH);
        password.setWidthFull();
        repeated.setLabel(getTranslation("invitation.repeat"));
        repeated.setWidthFull();
        submit.setText(getTranslation("invitation.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("qs-invitation-submit");
        submit.addClickListener(e -> redeem());
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        panel.removeAll();
        panel.add(new H1(getTranslation("invitation.title")));
        try {
            Account account = invitations.check(token);
            message.setText(getTranslation("invitation.greeting", account.displayName(), account.username()));
            error.setText("");
            panel.add(message, password, repeated, error, submit);
        } catch (UserError problem) {
            message.setText(ErrorMessages.text(this, problem));
            panel.add(message, loginLink());
        }
        panel.add(new LanguageSwitch());
    }

    private void redeem() {
        try {
            String username = invitations.redeem(token, password.getValue(), repeated.getValue());
            panel.removeAll();
            message.setText(getTranslation("invitation.done", username));
            panel.add(new H1(getTranslation("invitation.title")), message, loginLink());
        } catch (UserError problem) {
            error.setText(ErrorMessages.text(this, problem));
        }
    }

    private Anchor loginLink() {
        var link = new Anchor("login", getTranslation("invitation.to-login"));
        link.setId("to-login");
        link.addClassName("qs-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " – " + getTranslation("app.name");
    }
}
