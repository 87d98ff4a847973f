package de.querschnitt.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.querschnitt.ViewTest;
import de.querschnitt.common.QuerschnittProperties;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import de.querschnitt.organisation.ui.UnitListView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@ViewTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void theLoginPageSpeaksGermanAndListsTheDemoAccounts() {
        LoginView view = navigate(LoginView.class);
        assertThat($(LoginForm.class).single()).isSameAs(view.login);
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("Benutzername");
        assertThat(view.i18n.getForm().getSubmit()).isEqualTo("Anmelden");
        assertThat($(NativeTableCell.class).all()).extracting(NativeTableCell::getText)
                .contains("planung", "interview", "fb45", "fb56", "gast", "Sozialplanung");
    }

    @Autowired
    AuthenticationContext authenticationContext;

    @Test
    @WithAnonymousUser
    void withoutDemoModeTheLoginPageShowsNoAccounts() {
        // the view as the application builds it when querschnitt.demo-data is off (prod profile)
        var view = new LoginView(authenticationContext, new QuerschnittProperties(Path.of("unused"), false));
        assertThat(find(Div.class, view).withId("demo-accounts").exists()).isFalse();
        var demo = navigate(LoginView.class);
        assertThat(find(Div.class, demo).withId("demo-accounts").exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToTheLoginPage() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("planung")
    void aLoggedInUserIsTakenPastTheLoginPage() {
        navigate("login", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(UnitListView.class);
    }

    // --- security hardening: why a login was refused, why a session ended

    @Test
    @WithAnonymousUser
    void theLoginPageSaysWhyALoginWasRefused() {
        LoginView view = login("error=wait&seconds=4");
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Bitte kurz warten");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("Bitte warten Sie 4 Sekunden");

        view = login("error=locked&minutes=1");
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Anmeldung vorübergehend gesperrt");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("noch 1 Minute gesperrt")
                .doesNotContain("Zugang").as("says nothing about whether the account exists");

        view = login("error=disabled");
        assertThat(view.i18n.getErrorMessage().getMessage()).startsWith("Ihr Zugang ist deaktiviert.");

        view = login("error");
        assertThat(view.i18n.getErrorMessage().getMessage()).startsWith("Benutzername oder Passwort ist falsch.");
        assertThat(view.notice.isVisible()).isFalse();

        view = login("ended=disabled");
        assertThat(view.login.isError()).isFalse();
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).isEqualTo("Ihre Sitzung wurde beendet, weil Ihr Zugang deaktiviert wurde.");
        view = login("ended=password");
        assertThat(view.notice.getText()).startsWith("Ihre Sitzung wurde beendet, weil das Passwort");
    }

    private LoginView login(String query) {
        var parameters = com.vaadin.flow.router.QueryParameters.fromString(query);
        com.vaadin.flow.component.UI.getCurrent().navigate("login", parameters);
        return (LoginView) getCurrentView();
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    @WithAnonymousUser
    void idleSessionsEndAlthoughHeartbeatsAndPushKeepTheHttpSessionAlive() {
        // the Vaadin servlet is configured from these properties; SecurityBrowserIT checks the running servlet
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        int heartbeat = environment.getProperty("vaadin.heartbeatInterval", Integer.class);
        var timeout = environment.getProperty("server.servlet.session.timeout", java.time.Duration.class);
        assertThat(timeout).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(heartbeat).as("several heartbeats fit into the timeout").isLessThan((int) timeout.toSeconds() / 2);
    }
}
