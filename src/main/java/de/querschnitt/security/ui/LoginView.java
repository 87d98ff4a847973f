package de.querschnitt.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.querschnitt.common.QuerschnittProperties;
import de.querschnitt.common.ui.LanguageSwitch;

/** The login page; in demo mode it lists the demo accounts. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Demo accounts of the seed data: user name and the role key shown next to it. */
    static final String[][] DEMO_ACCOUNTS = {
            {"planung", "role.PLANNER"}, {"interview", "role.INTERVIEWER"}, {"fb45", "login.demo.fb45"},
            {"fb56", "login.demo.fb56"}, {"gast", "role.READER"}};

    private final AuthenticationContext authenticationContext;
    final LoginForm login = new LoginForm();
    final LoginI18n i18n;
    /** Why an earlier session ended (account disabled, password changed elsewhere). */
    final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authenticationContext, QuerschnittProperties properties) {
        this.authenticationContext = authenticationContext;
        addClassName("qs-login");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        i18n = i18n();
        login.setI18n(i18n);

        var intro = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        intro.addClassName("qs-login-intro");
        notice.setId("login-notice");
        notice.addClassName("qs-login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        var panel = new Div(intro, notice, login);
        panel.addClassName("qs-login-panel");
        if (properties.demoData()) {
            panel.add(demoAccounts());
        }
        panel.add(new LanguageSwitch());
        var accessibility = new com.vaadin.flow.component.html.Anchor("barrierefreiheit",
                getTranslation("a11y.statement.title"));
        accessibility.addClassName("qs-accessibility-link");
        panel.add(accessibility);
        add(panel);
    }

    private Div demoAccounts() {
        var header = new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("login.demo.user")),
                new NativeTableHeaderCell(getTranslation("login.demo.role"))));
        var body = new NativeTableBody();
        for (String[] account : DEMO_ACCOUNTS) {
            body.add(new NativeTableRow(new NativeTableCell(account[0]), new NativeTableCell(getTranslation(account[1]))));
        }
        var table = new NativeTable(header, body);
        var box = new Div(new H2(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.password")), table);
        box.addClassName("qs-demo-accounts");
        box.setId("demo-accounts");
        return box;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        var error = parameters.getParameters().get("error");
        if (error != null) {
            String reason = error.isEmpty() ? "" : error.getFirst();
            long seconds = number(parameters.getSingleParameter("seconds").orElse(""));
            long minutes = number(parameters.getSingleParameter("minutes").orElse(""));
            // the form's error box words why the login was refused (see LoginFailureHandler)
            switch (reason) {
                case "wait" -> errorText("login.error.wait.title", getTranslation("login.error.wait", seconds));
                case "locked" -> errorText("login.error.locked.title", getTranslation("login.error.locked", minutes));
                case "disabled" -> errorText("login.error.disabled.title", getTranslation("login.error.disabled"));
                default -> errorText("login.error.title", getTranslation("login.error.message"));
            }
            login.setI18n(i18n);
        }
        login.setError(error != null);
        String ended = parameters.getSingleParameter("ended").orElse("");
        notice.setText(switch (ended) {
            case "disabled" -> getTranslation("login.ended.disabled");
            case "password" -> getTranslation("login.ended.password");
            default -> "";
        });
        notice.setVisible(!notice.getText().isEmpty());
    }

    private void errorText(String titleKey, String message) {
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(message);
    }

    private static long number(String text) {
        try {
            return Math.max(1, Math.min(Long.parseLong(text), 24 * 60 * 60));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
