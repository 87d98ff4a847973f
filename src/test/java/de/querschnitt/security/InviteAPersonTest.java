package de.querschnitt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import de.querschnitt.security.repository.InvitationRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The planner invites a person: account and link in one step, the link works once and for 14 days. */
@IntegrationTest
class InviteAPersonTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationRepository repository;
    @Autowired
    UnitDirectory units;
    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    @WithUserDetails("planung")
    void anInvitedDepartmentPersonIsBoundToTheUnitAndLogsInOnlyAfterSettingAPassword() {
        long fb45 = unit("FB 45");
        Instant before = Instant.now();

        Invitation invitation = invitations.invite(new AccountData("erika.muster", "Erika Muster", Role.DEPARTMENT,
                fb45));

        assertThat(invitation.path()).matches("einladung/[A-Za-z0-9_-]{43}");
        assertThat(invitation.validUntil()).isBetween(before.plus(InvitationService.VALIDITY),
                Instant.now().plus(InvitationService.VALIDITY));
        var account = overview("erika.muster");
        assertThat(account.account().role()).isEqualTo(Role.DEPARTMENT);
        assertThat(account.account().unitId()).isEqualTo(fb45);
        assertThat(account.unitLabel()).isEqualTo("FB 45 Kinder, Jugend und Schule");
        assertThat(account.state()).isEqualTo(AccountState.INVITED);
        assertThat(account.linkValidUntil()).isEqualTo(invitation.validUntil());
        assertThat(accounts.overview(fb45)).extracting(o -> o.account().username())
                .contains("erika.muster", "fb45").doesNotContain("fb56", "planung");

        assertThatThrownBy(() -> login("erika.muster", "")).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> login("erika.muster", "irgendein Passwort"))
                .isInstanceOf(AuthenticationException.class);

        String token = token(invitation);
        assertThat(invitations.redeem(token, "Sommer im Park 2026", "Sommer im Park 2026")).isEqualTo("erika.muster");
        var user = (QuerschnittUser) login("erika.muster", "Sommer im Park 2026").getPrincipal();
        assertThat(user.actor().unitId()).isEqualTo(fb45);
        assertThat(overview("erika.muster").state()).isEqualTo(AccountState.ACTIVE);

        assertThatThrownBy(() -> invitations.redeem(token, "noch ein Passwort", "noch ein Passwort"))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "invitation.error.used");
        assertThatThrownBy(() -> invitations.renew(account.account().id())).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "invitation.error.has-password");
    }

    @Test
    @WithUserDetails("planung")
    void theLinkIsValidForFourteenDaysAndThenShownAsExpired() {
        Invitation invitation = invitations.invite(new AccountData("eva.neu", "Eva Neu", Role.READER, null));
        var stored = repository.findByTokenHash(InvitationService.hash(token(invitation))).orElseThrow();
        assertThat(stored.expiresAt()).isEqualTo(invitation.validUntil());
        assertThat(stored.expiresAt()).isCloseTo(Instant.now().plus(14, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));

        // no test clock: a second account whose only link was created 14 days and a second ago
        long old = accounts.create(new AccountData("alt", "Alte Einladung", Role.READER, null), null);
        Instant created = Instant.now().minus(InvitationService.VALIDITY).minusSeconds(1);
        repository.insert(InvitationService.hash("vierzehn-tage-alt"), old, null, created,
                created.plus(InvitationService.VALIDITY));

        assertThatThrownBy(() -> invitations.check("vierzehn-tage-alt")).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "invitation.error.expired");
        assertThat(overview("alt").state()).isEqualTo(AccountState.LINK_EXPIRED);
        assertThat(overview("alt").canBeInvited()).isTrue();

        Invitation renewed = invitations.renew(old);
        assertThat(overview("alt").state()).isEqualTo(AccountState.INVITED);
        assertThat(invitations.check(token(renewed)).username()).isEqualTo("alt");
    }

    @Test
    @WithUserDetails("planung")
    void aNewLinkMakesTheOldOneUseless() {
        Invitation first = invitations.invite(new AccountData("eva.neu", "Eva Neu", Role.DEPARTMENT, unit("FB 56")));
        assertThat(invitations.check(token(first)).username()).isEqualTo("eva.neu");

        Invitation second = invitations.renew(first.accountId());

        assertThat(second.path()).isNotEqualTo(first.path());
        assertThatThrownBy(() -> invitations.redeem(token(first), "Sommer im Park 2026", "Sommer im Park 2026"))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "invitation.error.expired");
        assertThat(overview("eva.neu").state()).isEqualTo(AccountState.INVITED);
        assertThat(overview("eva.neu").linkValidUntil()).isEqualTo(second.validUntil());
        assertThat(invitations.redeem(token(second), "Sommer im Park 2026", "Sommer im Park 2026"))
                .isEqualTo("eva.neu");
    }

    @Test
    @WithUserDetails("planung")
    void theOlderCreateAlsoReplacesAnEarlierLink() {
        long id = accounts.create(new AccountData("neu", "Neue Person", Role.READER, null), null);
        String first = invitations.create(id).substring("einladung/".length());
        String second = invitations.create(id).substring("einladung/".length());
        assertThatThrownBy(() -> invitations.check(first)).isInstanceOf(UserError.class);
        assertThat(invitations.check(second).username()).isEqualTo("neu");
    }

    @Test
    @WithUserDetails("planung")
    void badInputIsRefusedWithAGermanReasonAndNothingIsWritten() {
        int accountsBefore = accounts.findAll().size();
        int linksBefore = repository.latestUnusedExpiry().size();
        long fb45 = unit("FB 45");

        refused(new AccountData("FB45", "Noch jemand", Role.DEPARTMENT, fb45), "account.error.username-taken");
        refused(new AccountData("erika muster", "Erika Muster", Role.DEPARTMENT, fb45), "account.username.pattern");
        refused(new AccountData("", "Erika Muster", Role.DEPARTMENT, fb45), "validation.NotBlank");
        // blank also breaks the pattern; "fill it in" must win every time
        for (int i = 0; i < 20; i++) {
            refused(new AccountData(" ", "Erika Muster", Role.DEPARTMENT, fb45), "validation.NotBlank");
        }
        refused(new AccountData("erika", " ", Role.DEPARTMENT, fb45), "validation.NotBlank");
        refused(new AccountData("erika", "Erika Muster", Role.DEPARTMENT, null), "account.error.unit-required");
        refused(new AccountData("erika", "Erika Muster", Role.READER, fb45), "account.error.unit-binding");
        refused(new AccountData("erika", "Erika Muster", Role.DEPARTMENT, 999_999L), "account.error.unknown-unit");
        refused(new AccountData("erika", "x".repeat(201), Role.READER, null), "validation.Size");

        assertThat(accounts.findAll()).hasSize(accountsBefore);
        assertThat(repository.latestUnusedExpiry()).hasSize(linksBefore);
    }

    @Test
    @WithUserDetails("planung")
    void aFreeUserNameIsSuggestedFromTheName() {
        assertThat(accounts.suggestUsername("Jörg Müller-Weiß")).isEqualTo("joerg.mueller-weiss");
        assertThat(accounts.suggestUsername("  Zoë  van der Berg ")).isEqualTo("zoe.van.der.berg");
        assertThat(accounts.suggestUsername("Gast")).isEqualTo("gast2");
        assertThat(accounts.suggestUsername("<script>")).isEqualTo("script");
        assertThat(accounts.suggestUsername("???")).isEmpty();
        assertThat(accounts.suggestUsername(null)).isEmpty();
    }

    @Test
    @WithUserDetails("interview")
    void anInterviewerCannotInviteRenewOrListAccounts() {
        assertThatThrownBy(() -> invitations.invite(new AccountData("x", "X", Role.READER, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.renew(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.overview(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.suggestUsername("X")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentCannotInviteColleaguesItself() {
        assertThatThrownBy(() -> invitations.invite(new AccountData("kollege", "Kollege", Role.DEPARTMENT, 1L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.overview(1L)).isInstanceOf(AccessDeniedException.class);
    }

    private void refused(AccountData data, String messageKey) {
        assertThatThrownBy(() -> invitations.invite(data)).as(data.toString()).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }

    private long unit(String code) {
        return units.units().stream().filter(u -> u.label().startsWith(code + " ")).findFirst().orElseThrow().id();
    }

    private AccountOverview overview(String username) {
        return accounts.overview(null).stream().filter(o -> o.account().username().equals(username)).findFirst()
                .orElseThrow();
    }

    private org.springframework.security.core.Authentication login(String username, @Nullable String password) {
        return authenticationManager.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private static String token(Invitation invitation) {
        return invitation.path().substring("einladung/".length());
    }
}
