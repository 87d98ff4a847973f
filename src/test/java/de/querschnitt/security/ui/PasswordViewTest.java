package de.querschnitt.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import de.querschnitt.ViewTest;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
@Transactional
class PasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("gast")
    void everyoneReachesThePageFromTheUserMenuAndChangesTheirPassword() {
        navigate("", com.vaadin.flow.component.Component.class);
        Button link = $(Button.class).withId("nav-password").single();
        assertThat(link.getText()).isEqualTo("Passwort ändern");
        test(link).click();
        PasswordView view = (PasswordView) getCurrentView();

        test(view.current).setValue("falsch");
        test(view.password).setValue("ein-neues-passwort");
        test(view.repeated).setValue("ein-neues-passwort");
        test(view.submit).click();
        assertThat(view.error.getText()).isEqualTo("Das bisherige Passwort ist falsch.");

        test(view.current).setValue("demo");
        test(view.repeated).setValue("ein-anderes-passwort");
        test(view.submit).click();
        assertThat(view.error.getText()).isEqualTo("Die beiden Passwörter stimmen nicht überein.");

        test(view.password).setValue("kurz");
        test(view.repeated).setValue("kurz");
        test(view.submit).click();
        assertThat(view.error.getText()).isEqualTo("Das Passwort muss mindestens 10 Zeichen lang sein.");

        test(view.password).setValue("ein-neues-passwort");
        test(view.repeated).setValue("ein-neues-passwort");
        test(view.submit).click();
        assertThat(view.error.getText()).isEmpty();
        assertThat(view.done.getText()).startsWith("Ihr Passwort wurde geändert.");
        assertThat(view.current.getValue()).as("the fields are emptied").isEmpty();
        assertThat(passwordEncoder.matches("ein-neues-passwort", accounts.loadUserByUsername("gast").getPassword()))
                .isTrue();
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentReachesThePageByItsAddress() {
        navigate(Routes.PASSWORD, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(PasswordView.class);
    }
}
