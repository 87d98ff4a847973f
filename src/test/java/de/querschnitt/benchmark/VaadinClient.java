package de.querschnitt.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab as the server sees it, without a browser: logs in through the Spring Security form, opens
 * a route the way Vaadin's client does ({@code ?v-r=init}, then the {@code ui-navigate} event) and then
 * speaks Vaadin's UIDL protocol (JSON messages to {@code ?v-r=uidl}) like the browser: a text field's new
 * value as an {@code mSync} of its {@code value} property plus the {@code input} event its lazy value-change
 * listener waits for. Each client keeps its own cookies, CSRF token, UI id and message counters; the HTTP
 * client (connection pool) is shared.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** What a tablet would send with the init request (screen, window, time zone). */
    private static final String BROWSER_DETAILS = "&v-sh=1024&v-sw=768&v-wh=1024&v-ww=768&v-bh=1024&v-bw=768"
            + "&v-curdate=1764000000000&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FBerlin";

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new HashMap<>();
    private String pageCsrf = "";
    private String securityKey = "";
    private int uiId;
    private int syncId;
    private int clientId;
    /** label property → node id of the fields in the current view. */
    private final Map<String, Integer> fieldsByLabel = new HashMap<>();
    /** id attribute → node id. */
    private final Map<String, Integer> nodesById = new HashMap<>();
    private int lastResponseBytes;

    VaadinClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Logs in with the login form; fails unless Spring Security accepts the password. */
    void login(String username, String password) throws IOException, InterruptedException {
        var page = send(get("login"));
        pageCsrf = csrf(page.body());
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(pageCsrf);
        var response = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode() + " "
                    + location);
        }
    }

    /** Ends the HTTP session (and with it the Vaadin session) like the logout button. */
    void logout() throws IOException, InterruptedException {
        var response = send(request("logout").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(pageCsrf))));
        cookies.clear();
        String location = response.headers().firstValue("Location").orElse("");
        // Spring Security answers the logout with a redirect (to the start page, which then asks for a login)
        if (response.statusCode() != 302 || location.isEmpty()) {
            throw new IllegalStateException("Logout answered " + response.statusCode() + " " + location);
        }
    }

    /**
     * Opens a route in a new UI, as a browser tab does: the page, the init request, then the navigation event.
     *
     * @return the milliseconds of the navigation request (the view's build on the server and its transfer)
     */
    double open(String route, String query) throws IOException, InterruptedException {
        var page = send(get(route + (query.isEmpty() ? "" : "?" + query)));
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + route + " answered " + page.statusCode());
        }
        pageCsrf = csrf(page.body());
        var init = send(get("?v-r=init&location=" + enc(route) + "&query=" + enc(query) + BROWSER_DETAILS));
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        fieldsByLabel.clear();
        nodesById.clear();
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        long start = System.nanoTime();
        uidl(List.of(event(1, "ui-navigate", data)));
        return (System.nanoTime() - start) / 1e6;
    }

    /** The node of the text field (or other component) whose label is {@code label} in the current view. */
    int field(String label) {
        Integer node = fieldsByLabel.get(label);
        if (node == null) {
            throw new IllegalStateException("No field labelled " + label + " in " + fieldsByLabel.keySet());
        }
        return node;
    }

    int nodeWithId(String id) {
        Integer node = nodesById.get(id);
        if (node == null) {
            throw new IllegalStateException("No element with id " + id);
        }
        return node;
    }

    /**
     * Types {@code value} into a lazy text field as the browser reports it after the pause: the synchronised
     * property and the {@code input} event in one message.
     *
     * @return the server's answer (changes and JavaScript to run)
     */
    JsonNode type(int node, String value) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        return uidl(List.of(sync, event(node, "input", JSON.createObjectNode())));
    }

    int lastResponseBytes() {
        return lastResponseBytes;
    }

    /** Whether the answer runs the save state's "saved" update ({@code SaveState}) in the browser. */
    static boolean reportsSaved(JsonNode answer, int saveStateNode) {
        for (JsonNode call : answer.path("execute")) {
            // [arguments..., the element as {"@v-node": id}, script]: the state's name is the first argument
            if (call.size() >= 3 && "saved".equals(call.get(0).asString())) {
                for (JsonNode argument : call) {
                    if (argument.path("@v-node").asInt(-1) == saveStateNode) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private JsonNode uidl(List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode calls = message.putArray("rpc");
        rpc.forEach(calls::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        var response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        String body = response.body();
        lastResponseBytes = body.length();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + response.statusCode());
        }
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta") && (answer.path("meta").has("appError") || answer.path("meta").has("sessionExpired"))) {
            throw new IllegalStateException("Vaadin reports " + answer.path("meta"));
        }
        if (!answer.has("syncId")) {
            throw new IllegalStateException("Unexpected UIDL answer: " + body.substring(0, Math.min(300, body.length())));
        }
        syncId = answer.path("syncId").asInt();
        clientId = answer.path("clientId").asInt(clientId + 1);
        for (JsonNode change : answer.path("changes")) {
            if ("put".equals(change.path("type").asString()) && change.has("value")) {
                String key = change.path("key").asString();
                if ("label".equals(key) && change.path("feat").asInt() == 1) {
                    fieldsByLabel.put(change.path("value").asString(), change.path("node").asInt());
                } else if ("id".equals(key)) {
                    nodesById.put(change.path("value").asString(), change.path("node").asInt());
                }
            }
        }
        return answer;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
        }
        return response;
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
