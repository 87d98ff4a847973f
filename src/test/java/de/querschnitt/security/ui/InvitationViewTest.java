package de.querschnitt.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import de.querschnitt.ViewTest;
import de.querschnitt.security.AccountData;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.InvitationService;
import de.querschnitt.security.Role;
import de.querschnitt.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
@Transactional
class InvitationViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;

    @Test
    @WithAnonymousUser
    void anInvitedPersonSetsAPasswordTwiceAndIsSentToTheLogin() {
        String link = SystemAuthentication.call(() -> invitations.create(
                accounts.create(new AccountData("neu", "Eva Neu", Role.READER, null), null)));

        InvitationView view = navigate(link, InvitationView.class);
        assertThat(view.message.getText()).isEqualTo("Willkommen, Eva Neu! Legen Sie das Passwort für Ihr Konto „neu“ fest.");

        test(view.password).setValue("zu kurz");
        test(view.repeated).setValue("zu kurz");
        test(view.submit).click();
        assertThat(view.error.getText()).isEqualTo("Das Passwort muss mindestens 10 Zeichen lang sein.");

        test(view.password).setValue("ein gutes Passwort");
        test(view.repeated).setValue("ein gutes Passwort");
        test(view.submit).click();
        assertThat(view.message.getText()).isEqualTo("Ihr Passwort ist gespeichert. Sie können sich jetzt als „neu“ anmelden.");
        assertThat($(Anchor.class).withId("to-login").single().getHref()).isEqualTo("login");
    }

    @Test
    @WithAnonymousUser
    void anUnknownLinkSaysSoAndOffersTheLogin() {
        InvitationView view = navigate("einladung/falsch", InvitationView.class);
        assertThat(view.message.getText()).startsWith("Dieser Einladungslink ist ungültig.");
        assertThat(view.password.isAttached()).isFalse();
    }
}
