package vn.tinradar.alerts.report;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.report.docx.DocumentIssuer;
import vn.tinradar.alerts.report.docx.ReportDocx;
import vn.tinradar.alerts.report.docx.ReportSubject;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.OfficialResponse;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.text.VnTime;

/**
 * The report as leaders receive it, in Vietnamese: an e-mail with a plain-text part, an HTML part with its charts
 * inline (cid) and the PDF attached; and the archived copy for the dashboard ({@code bao-cao.html} with the chart
 * PNGs beside it, and {@code bao-cao.pdf}).
 */
public final class ReportDocument {

    public static final String PAGE = "bao-cao.html";
    public static final String PDF = "bao-cao.pdf";
    public static final String DOCX = "bao-cao.docx";

    private final WeeklyReport report;
    private final Map<String, byte[]> charts;
    private final ReportPage page;
    private final Province province;
    private final DocumentIssuer issuer;
    private final LocalDate issued;
    private byte[] pdf;

    public ReportDocument(WeeklyReport report) {
        this(report, Provinces.defaultProvince());
    }

    /** The report of {@code province}: its title and wording name it. */
    public ReportDocument(WeeklyReport report, Province province) {
        this(report, province, List.of(), Instant.now());
    }

    /**
     * As above, with a table of the requests for an official response made in the period or open in it.
     *
     * @param now the moment their status is told at (quá hạn or not), and the DOCX's date line
     */
    public ReportDocument(WeeklyReport report, Province province, List<ResponseRequest> responses, Instant now) {
        this(report, province, responses, now, DocumentIssuer.of(AlertsConfig.defaults().report().issuer(), province),
                now.atZone(VnTime.ZONE).toLocalDate());
    }

    /**
     * The report of {@code province}, whose DOCX {@code issuer} issues on {@code issued} (the date line).
     */
    public ReportDocument(WeeklyReport report, Province province, DocumentIssuer issuer, LocalDate issued) {
        this(report, province, List.of(), Instant.now(), issuer, issued);
    }

    /** The report with its table of response requests, issued by {@code issuer} on {@code issued}. */
    public ReportDocument(WeeklyReport report, Province province, List<ResponseRequest> responses, Instant now,
                          DocumentIssuer issuer, LocalDate issued) {
        this(report, province, responses, List.of(), now, issuer, issued);
    }

    /**
     * The report with its tables of response requests and of the period's crisis incidents (those opened in it or
     * open at its start), issued by {@code issuer} on {@code issued}.
     */
    public ReportDocument(WeeklyReport report, Province province, List<ResponseRequest> responses,
                          List<Incident> incidents, Instant now, DocumentIssuer issuer, LocalDate issued) {
        this.report = report;
        this.province = province;
        this.issuer = issuer;
        this.issued = issued;
        this.charts = report.empty() ? Map.of() : ReportCharts.draw(report);
        this.page = new ReportPage(report, charts, province, responses.stream().map(r -> responseRow(r, now)).toList(),
                ReportIncidents.rows(incidents, responses, report.from().atStartOfDay(VnTime.ZONE).toInstant(),
                        report.to().atStartOfDay(VnTime.ZONE).toInstant()));
    }

    private static ReportView.ResponseRow responseRow(ResponseRequest r, Instant now) {
        OfficialResponse a = r.response();
        return new ReportView.ResponseRow(r.agencyName(), r.alertTitle(), VnTime.dateTime(r.requestedAt()),
                VnTime.dateTime(r.due()), r.status(now).label(), a == null ? ""
                : a.channel() + ", " + VnTime.dateTime(a.at()) + (a.spokespersonName() == null ? ""
                : ", " + a.spokespersonName()));
    }

    public String title() {
        return page.title();
    }

    public Map<String, byte[]> charts() {
        return charts;
    }

    /** The page with its charts beside it ({@code <img src="so-bai-theo-ngay.png">}), as archived. */
    public String html() {
        return page.html(ReportPage.Images.FILES);
    }

    public String text() {
        return page.text();
    }

    /** The report as an A4 PDF, laid out once and kept. */
    public synchronized byte[] pdf() {
        if (pdf == null) {
            try {
                pdf = ReportPdf.render(page.html(ReportPage.Images.EMBEDDED));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lay out the report PDF", e);
            }
        }
        return pdf;
    }

    /** The report as an administrative document (NĐ 30/2020) in Word's format, for the leaders' office to sign. */
    public byte[] docx() {
        try {
            return new ReportDocx(issuer).write(page.view(ReportPage.Images.FILES), charts,
                    ReportSubject.of(province, report.from(), report.to()), issued);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report DOCX", e);
        }
    }

    /** The file name the PDF is attached under: {@code bao-cao-2026-11-16_2026-11-22.pdf}. */
    public String pdfFileName() {
        return "bao-cao-" + report.from() + "_" + report.to().minusDays(1) + ".pdf";
    }

    /**
     * The report as an e-mail: multipart/mixed of (plain text | HTML with the charts inline) and the PDF, so a
     * phone shows the summary at once and the PDF can be forwarded or printed.
     */
    public MimeMessage email(Session session, String from, List<String> to) throws MessagingException {
        return email(session, from, to, null);
    }

    /**
     * The same e-mail with a Message-ID of the caller's choosing (null: a new one), so that a mail sent again after a
     * crash or a lost SMTP reply can be recognised by the receiver as the one it already has.
     */
    public MimeMessage email(Session session, String from, List<String> to, String messageId)
            throws MessagingException {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (messageId == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", messageId);
                }
            }
        };
        m.setFrom(new InternetAddress(from, true));
        for (String r : to) {
            m.addRecipient(Message.RecipientType.TO, new InternetAddress(r, true));
        }
        m.setSubject("[TinRadar] " + title(), StandardCharsets.UTF_8.name());
        m.setHeader("X-TinRadar-Report", report.from() + "_" + report.to());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(text(), StandardCharsets.UTF_8.name(), "plain");
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(page.html(ReportPage.Images.CID), StandardCharsets.UTF_8.name(), "html");
        related.addBodyPart(html);
        for (Map.Entry<String, byte[]> c : charts.entrySet()) {
            MimeBodyPart png = new MimeBodyPart();
            png.setDataHandler(new DataHandler(new ByteArrayDataSource(c.getValue(), "image/png")));
            png.setContentID("<" + c.getKey() + ">");
            png.setDisposition(Part.INLINE);
            png.setFileName(c.getKey());
            related.addBodyPart(png);
        }
        MimeBodyPart relatedPart = new MimeBodyPart();
        relatedPart.setContent(related);
        // alternative parts go from plainest to richest: clients show the last one they can render
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(relatedPart);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf(), "application/pdf")));
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName(pdfFileName());
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    /** Writes {@code bao-cao.html}, its charts, {@code bao-cao.pdf} and {@code bao-cao.docx} into {@code dir}; returns the page. */
    public Path archive(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> c : charts.entrySet()) {
            write(dir.resolve(c.getKey()), c.getValue());
        }
        write(dir.resolve(PDF), pdf());
        write(dir.resolve(DOCX), docx());
        Path html = dir.resolve(PAGE);
        // the page last: the dashboard lists a report once its page exists, and everything it links is there
        write(html, html().getBytes(StandardCharsets.UTF_8));
        return html;
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
