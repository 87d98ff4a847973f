package de.querschnitt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.querschnitt.As;
import de.querschnitt.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The hardening as HTTP sees it, through the application's real security filter chain (MockMvc on the shared
 * test context): security headers on every response, login throttling and its messages, a disabled account,
 * and an open session of an account that is disabled meanwhile.
 */
@IntegrationTest
class HardeningHttpTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    LoginThrottle throttle;

    /** The name Vaadin's Spring integration forwards to, and what the stand-in records. */
    static final String VAADIN_SERVLET = "springServlet";
    static final String REACHED_VAADIN = "(Vaadin servlet)";

    MockMvc mvc;
    /** Each test logs in from its own address and with its own accounts: the throttle lives as long as the context. */
    String client;

    @BeforeEach
    void setUp() {
        // MockMvc has no Vaadin servlet: requests that pass the filter chain are forwarded to a stand-in under
        // its name, and the response's forwarded URL tells that they reached it
        if (context.getServletContext() instanceof MockServletContext servletContext
                && servletContext.getNamedDispatcher(VAADIN_SERVLET) == null) {
            servletContext.registerNamedDispatcher(VAADIN_SERVLET, new MockRequestDispatcher(REACHED_VAADIN));
        }
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        client = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    // --- headers

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        // MockMvc has no Vaadin servlet: the pages Vaadin serves are checked in real HTTP by SecurityBrowserIT
        var session = (MockHttpSession) login("planung", "demo").session;
        var responses = java.util.Map.of(
                "anonymous, protected page", mvc.perform(get("/zugaenge")).andReturn().getResponse(),
                "failed login", mvc.perform(post("/login").param("username", "x").param("password", "y")
                        .with(csrf())).andReturn().getResponse(),
                "logged in", mvc.perform(get("/zugaenge").session(session)).andReturn().getResponse());
        for (var entry : responses.entrySet()) {
            MockHttpServletResponse response = entry.getValue();
            String what = entry.getKey() + " (" + response.getStatus() + ")";
            assertThat(response.getHeader("Content-Security-Policy")).as(what)
                    .isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
                            "base-uri 'self'", "form-action 'self'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
            assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("SAMEORIGIN");
            assertThat(response.getHeader("Permissions-Policy")).as(what).contains("camera=()", "microphone=()",
                    "geolocation=()");
        }
    }

    @Test
    void strictTransportSecurityOnHttpsAndWithTheProdSettingOnEveryResponse() throws Exception {
        assertThat(mvc.perform(get("/zugaenge").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        // the test profile says the application is not served over HTTPS: plain HTTP gets none
        assertThat(mvc.perform(get("/zugaenge")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
    }

    // --- login

    @Test
    void theRightPasswordLogsIn() throws Exception {
        assertThat(login("fb45", "demo").getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void fromTheThirdWrongPasswordInARowTheClientIsAskedToWaitWithoutThePasswordBeingChecked() throws Exception {
        assertThat(login("fb45", "falsch1").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(login("fb45", "falsch2").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(login("fb45", "falsch3").getRedirectedUrl()).isEqualTo("/login?error");
        // now even the right password is answered "wait": nothing is learnt from attempts during the wait
        assertThat(login("fb45", "demo").getRedirectedUrl()).isEqualTo("/login?error=wait&seconds=1");
        assertThat(login("gast", "demo").getRedirectedUrl()).as("whatever the account")
                .isEqualTo("/login?error=wait&seconds=1");
    }

    @Test
    void anAccountWithAHundredFailuresWithinTheHourIsLockedAndSoIsAUserNameThatDoesNotExist() throws Exception {
        String name = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        As.user(accounts, "planung", () -> accounts.create(
                new AccountData(name, "Sperr Probe", Role.READER, null), "richtig-und-lang"));
        String unknown = "unbekannt-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            // failures from many addresses, as a distributed guess would come
            throttle.failed(name, "10.8.0." + i);
            throttle.failed(unknown, "10.8.0." + i);
        }
        assertThat(login(name, "richtig-und-lang").getRedirectedUrl()).isEqualTo("/login?error=locked&minutes=60");
        assertThat(login(unknown, "egal").getRedirectedUrl()).as("the same answer: no hint that it does not exist")
                .isEqualTo("/login?error=locked&minutes=60");
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPassword() throws Exception {
        long fb56 = accountId("fb56");
        As.user(accounts, "planung", () -> accounts.setEnabled(fb56, false));
        assertThat(login("fb56", "demo").getRedirectedUrl()).isEqualTo("/login?error=disabled");
        assertThat(login("fb56", "falsch").getRedirectedUrl()).as("a wrong password says nothing about the state")
                .isEqualTo("/login?error");
    }

    // --- sessions

    @Test
    void theNextRequestOfAnOpenSessionOfAnAccountThatWasDisabledIsRefused() throws Exception {
        var response = login("interview", "demo");
        var session = (MockHttpSession) response.session;
        assertThat(mvc.perform(get("/interviews").session(session)).andReturn().getResponse().getRedirectedUrl())
                .as("logged in: not sent to the login page").isNull();

        As.user(accounts, "planung", () -> accounts.setEnabled(accountId("interview"), false));

        var next = mvc.perform(get("/interviews").session(session)).andReturn().getResponse();
        assertThat(next.getRedirectedUrl()).isEqualTo("/login?ended=disabled");
        assertThat(session.isInvalid()).as("the session itself was ended").isTrue();
    }

    // --- addresses no view answers to

    @Test
    void anUnknownAddressAsksForALoginAndOnceLoggedInReachesTheApplicationsNotFoundPage() throws Exception {
        var anonymous = mvc.perform(get("/gibt-es-nicht")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        var session = (MockHttpSession) login("fb45", "demo").session;
        for (String path : List.of("/gibt-es-nicht", "/einheiten/1/2/3", "/matrix/x/y")) {
            var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
            // past the filter chain to Vaadin, whose router shows "Nicht gefunden" (in real Chromium:
            // HostileUrlBrowserIT); an empty 403 from the chain is what browsers show as their own error page
            assertThat(response.getForwardedUrl()).as(path).isEqualTo(REACHED_VAADIN);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
        }
    }

    private long accountId(String username) {
        return As.user(accounts, "planung", () -> accounts.findAll().stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow().id());
    }

    record Login(String getRedirectedUrl, Object session) {
    }

    private Login login(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })).andReturn();
        return new Login(result.getResponse().getRedirectedUrl(), result.getRequest().getSession(false));
    }
}
