package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin page for accounts and the login page's new-password form, as the server hands them out. */
class UserPagesTest {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script[^>]*>");

    private final WebFixture web = new WebFixture();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theAdminPageIsVietnameseAndLoadsItsScriptFromAFile() throws Exception {
        WebFixture.Session admin = web.signIn(WebFixture.ADMIN);

        HttpResponse<String> page = web.send(web.asDashboard(admin, "GET", "/users.html"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Quản lý tài khoản").contains("Nhật ký thay đổi");
        assertOnlyScriptFiles(page.body());
    }

    @Test
    void theLoginPageCarriesTheNewPasswordFormWithoutInlineScript() throws Exception {
        HttpResponse<String> page = web.send(HttpRequest.newBuilder(web.uri("/login.html")));

        assertThat(page.body()).contains("id=\"change-form\"").contains("Mật khẩu mới");
        assertOnlyScriptFiles(page.body());
    }

    @Test
    void theAdminPageNeedsASignIn() throws Exception {
        HttpResponse<String> page = web.send(HttpRequest.newBuilder(web.uri("/users.html")));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/login.html");
    }

    /** The content policy refuses inline script: every script tag must name a file and hold nothing. */
    private static void assertOnlyScriptFiles(String html) {
        Matcher m = SCRIPT_TAG.matcher(html);
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(m.group()).contains("src=\"/");
            assertThat(html.substring(m.end())).startsWith("</script>");
        }
        assertThat(found).isPositive();
    }
}
