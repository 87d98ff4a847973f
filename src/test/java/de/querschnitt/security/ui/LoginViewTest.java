package de.querschnitt.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.login.LoginForm;
import de.querschnitt.ViewTest;
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
}
