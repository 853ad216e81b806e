package vn.tinradar.deploy.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.tinradar.common.kafka.Json;

/** A browser in tests against real TinRadar web servers: signs in through the login form, calls as the dashboard. */
final class DashboardBrowser {

    /** A signed-in browser's session cookie and the anti-forgery token it was given. */
    record Session(String cookie, String csrfToken) {
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Posts the login form to the server at {@code base} ({@code http://127.0.0.1:port}). */
    HttpResponse<String> login(URI base, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the login page does; empty when no session was opened. */
    Optional<Session> signIn(URI base, String user, String password) throws Exception {
        Optional<String> setCookie = login(base, user, password).headers().firstValue("Set-Cookie");
        if (setCookie.isEmpty()) {
            return Optional.empty();
        }
        String cookie = setCookie.get().substring(0, setCookie.get().indexOf(';'));
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(base.resolve("/api/me")).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
        return Optional.of(new Session(cookie, Json.mapper().readTree(me.body()).path("csrfToken").asText()));
    }

    /** A request as the dashboard sends it: cookie, token on changes, JSON body when there is one. */
    HttpResponse<String> send(URI base, Session s, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", s.cookie())
                .header("Sec-Fetch-Site", "same-origin").method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (!method.equals("GET")) {
            b.header("X-CSRF-Token", s.csrfToken());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON without a session, as the new-password form after a reset does. */
    HttpResponse<String> postJson(URI base, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
