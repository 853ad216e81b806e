package vn.tinradar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.HostileHeadline;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Severity;

/** The alert e-mail's two parts: HTML that shows a hostile headline as text, and plain text that shows it as written. */
class AlertEmailTest {

    private static Alert alertTitled(String title) {
        Alert a = Fixtures.alert("story-spread-bao-ha", Severity.URGENT, 1);
        return new Alert(a.v(), a.id(), a.rule(), a.severity(), a.status(), title, a.summary(), a.suggestedAction(),
                a.signals(), a.articles(), a.storyId(), a.topic(), a.place(), a.firstSeen(), a.lastSeen(),
                a.updatedAt(), a.revision(), a.ackBy(), a.ackAt());
    }

    private static Multipart parts(Alert alert) throws Exception {
        MimeMessage m = new AlertEmail("tinradar@stttt.laocai.gov.vn", "https://tinradar.laocai.gov.vn")
                .compose(Session.getInstance(new Properties()), alert, List.of("theodoi@stttt.laocai.gov.vn"),
                        AlertEmail.Kind.FIRST);
        return (Multipart) m.getContent();
    }

    @Test
    void headlineWithScriptAndAmpersandIsEscapedInTheHtmlPart() throws Exception {
        String html = (String) parts(alertTitled(HostileHeadline.TEXT)).getBodyPart(1).getContent();

        Document page = HostileHeadline.assertEscapedIn(html);
        assertThat(page.selectFirst("h2").text()).isEqualTo(HostileHeadline.TEXT);
    }

    @Test
    void plainTextPartShowsTheHeadlineAsWritten() throws Exception {
        String text = (String) parts(alertTitled(HostileHeadline.TEXT)).getBodyPart(0).getContent();

        assertThat(text).contains("\n" + HostileHeadline.TEXT + "\n").doesNotContain("&amp;", "&lt;");
    }
}
