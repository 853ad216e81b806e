package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What the demo wrote to its outbox and feed, read back as a mail client and a feed reader would. */
final class DemoMails {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private DemoMails() {
    }

    static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** Every leaf part of a message, depth first. */
    static List<Part> leaves(Part part) throws Exception {
        List<Part> out = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                out.addAll(leaves(mp.getBodyPart(i)));
            }
        } else {
            out.add(part);
        }
        return out;
    }

    /** Plain text and HTML, every chart the HTML shows inline and decodable as PNG, and the PDF attached. */
    static void assertWeeklyReport(Path eml) throws Exception {
        MimeMessage m = read(eml);
        assertThat(m.getSubject()).startsWith("[TinRadar] Báo cáo tổng hợp thông tin về tỉnh Lào Cai từ ");
        List<Part> parts = leaves(m);
        Part text = parts.stream().filter(p -> isMime(p, "text/plain")).findFirst().orElseThrow();
        assertThat((String) text.getContent()).contains("Tổng số");
        Part html = parts.stream().filter(p -> isMime(p, "text/html")).findFirst().orElseThrow();
        Set<String> cids = new HashSet<>();
        Matcher src = Pattern.compile("src=\"cid:([^\"]+)\"").matcher((String) html.getContent());
        while (src.find()) {
            cids.add(src.group(1));
        }
        assertThat(cids).as("charts inline in the HTML").hasSizeGreaterThanOrEqualTo(3);
        for (String cid : cids) {
            Part png = parts.stream().filter(p -> header(p, "Content-ID").equals("<" + cid + ">")).findFirst()
                    .orElseThrow(() -> new AssertionError("no part for cid:" + cid));
            assertThat(png.isMimeType("image/png")).isTrue();
            try (InputStream in = png.getInputStream()) {
                assertThat(ImageIO.read(in).getWidth()).as(cid).isPositive();
            }
        }
        Part pdf = parts.stream().filter(p -> isMime(p, "application/pdf")).findFirst().orElseThrow();
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        try (InputStream in = pdf.getInputStream()) {
            assertThat(in.readNBytes(4)).isEqualTo("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Each alert notification in the outbox (not the report) carries a text/plain and a text/html part. */
    static void assertEveryAlertMailHasTextAndHtml(Path outbox) throws Exception {
        List<Path> mails;
        try (Stream<Path> files = Files.list(outbox)) {
            mails = files.filter(f -> f.getFileName().toString().startsWith("delivery_")
                    && f.toString().endsWith(".eml")).toList();
        }
        assertThat(mails).isNotEmpty();
        for (Path eml : mails) {
            List<Part> parts = leaves(read(eml));
            assertThat(parts).as("parts of %s", eml.getFileName())
                    .anyMatch(p -> isMime(p, "text/plain")).anyMatch(p -> isMime(p, "text/html"));
        }
    }

    /** Valid Atom 1.0 (RFC 4287's required elements) that ROME reads, with one entry per alert. */
    static void assertAtomHasAnEntryPerAlert(String xml, JsonNode alerts) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(feed, required)).as("feed/" + required).hasSize(1);
        }
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(alerts.size());
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(entry, required)).as("entry/" + required).hasSize(1);
            }
            boolean authored = !children(entry, "author").isEmpty() || !children(feed, "author").isEmpty();
            assertThat(authored).as("an author for every entry").isTrue();
        }
        SyndFeed parsed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8))));
        Set<String> ids = new HashSet<>();
        for (SyndEntry e : parsed.getEntries()) {
            ids.add(e.getUri());
        }
        for (JsonNode alert : alerts) {
            assertThat(ids).contains("urn:tinradar:alert:" + alert.get("id").asText());
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isMime(Part p, String type) {
        try {
            return p.isMimeType(type);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String header(Part p, String name) {
        try {
            String[] values = p.getHeader(name);
            return values == null ? "" : values[0];
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
