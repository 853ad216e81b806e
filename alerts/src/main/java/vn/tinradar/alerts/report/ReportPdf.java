package vn.tinradar.alerts.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.render.BundledFont;

/**
 * Lays the report page out as an A4 PDF (openhtmltopdf on PDFBox). jsoup turns the page into the XML document
 * the renderer wants; the bundled DejaVu Sans is embedded (subset), so every Vietnamese letter prints the same on
 * the leaders' machines; the charts travel inside the page as data, so the PDF needs nothing beside it.
 */
public final class ReportPdf {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPdf.class);
    /** Held so the level set on it stays (the JDK keeps loggers only weakly). */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every layout step at INFO and PDFBox notes missing system fonts it never uses here:
        // only the renderer's warnings are worth a log line
        XRLog.setLoggerImpl(new WarningsOnly());
        PDFBOX.setLevel(Level.SEVERE);
    }

    private ReportPdf() {
    }

    /** The page (HTML, charts inlined as data) as PDF bytes; the incident report uses the same path. */
    public static byte[] render(String xhtml) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> BundledFont.open(BundledFont.REGULAR), BundledFont.FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> BundledFont.open(BundledFont.BOLD), BundledFont.FAMILY, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(xhtml)), "file:/");
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** Renderer messages at WARNING and above, one line each, into this project's log. */
    private static final class WarningsOnly implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                LOG.warn("event=pdf-warning where={} message=\"{}\"{}", where, msg,
                        th == null ? "" : " error=\"" + th + "\"");
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // the level is fixed: warnings and worse
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }

        @Override
        public void log(Diagnostic diagnostic) {
            if (isLogLevelEnabled(diagnostic)) {
                log(diagnostic.getLogMessageId().getWhere(), diagnostic.getLevel(), diagnostic.getFormattedMessage(),
                        diagnostic.getError());
            }
        }
    }
}
