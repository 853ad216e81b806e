import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Prints one line of counts comparing what TinRadar recorded with what the SMTP server received: alerts in PREFIX
 * alerts (latest value per id), e-mail receipts in alerts.deliveries, the .eml files MailServer.java saved in
 * MAIL_DIR by Message-ID and the reports among them by period, alerts without an e-mail that are still open
 * (resolved ones are not mailed); then one line per alert without an e-mail, per receipt without a mail and per
 * repeat.
 * Compiled with CommittedRecords.java and run by faults.sh: java -cp tinradar.jar:CLASSES CountAlerts BOOTSTRAP PREFIX
 * MAIL_DIR
 */
public class CountAlerts {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String prefix = args[1];
        Path mailDir = Path.of(args[2]);
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> alerts = new TreeMap<>();
        CommittedRecords.read(bootstrap, prefix + "alerts", (id, value) -> {
            try {
                alerts.put(id, json.readTree(value));
            } catch (Exception e) {
                System.out.println("event=unreadable-alert id=" + id + " error=\"" + e.getMessage() + "\"");
            }
        });
        // delivery|<alert id>|email|<severity>: the receipt written once the SMTP server accepted the mail
        Map<String, String> receipts = new TreeMap<>();
        CommittedRecords.read(bootstrap, prefix + "alerts.deliveries", (key, value) -> {
            if (key.startsWith("delivery|") && key.contains("|email|")) {
                String[] parts = key.split("\\|");
                receipts.put("<" + parts[1] + "." + parts[3] + "@tinradar>", parts[1]);
            }
        });
        Map<String, Integer> mailsById = new TreeMap<>();
        Map<String, Integer> mailsByAlert = new TreeMap<>();
        // a report has no receipt of its own here: counted by the period it covers, so a repeat shows even when its
        // Message-ID differs
        Map<String, Integer> mailsByReport = new TreeMap<>();
        Session session = Session.getInstance(new Properties());
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(mailDir)) {
            try (var list = Files.list(mailDir)) {
                list.filter(f -> f.toString().endsWith(".eml")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage m = new MimeMessage(session, in);
                mailsById.merge(String.valueOf(m.getMessageID()), 1, Integer::sum);
                String alert = m.getHeader("X-TinRadar-Alert", null);
                if (alert != null) {
                    mailsByAlert.merge(alert, 1, Integer::sum);
                }
                String report = m.getHeader("X-TinRadar-Report", null);
                if (report != null) {
                    mailsByReport.merge(report, 1, Integer::sum);
                }
            }
        }
        List<String> notMailed = alerts.keySet().stream().filter(id -> !mailsByAlert.containsKey(id)).toList();
        // an alert its rule resolved before the notifier first saw it is not mailed by design (a resolved alert owes
        // nothing); one still open without a mail is a lost notification
        long notMailedOpen = notMailed.stream().filter(id -> !"resolved".equals(alerts.get(id).path("status").asText()))
                .count();
        List<String> receiptsWithoutMail = receipts.keySet().stream().filter(id -> !mailsById.containsKey(id)).toList();
        List<String> repeated = mailsById.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + "x" + e.getValue()).toList();
        System.out.printf("alerts=%d alerts_mailed=%d alerts_not_mailed=%d "
                        + "alerts_not_mailed_open=%d email_receipts=%d receipts_without_mail=%d "
                        + "mails=%d message_ids=%d message_ids_twice=%d alert_mails=%d report_mails=%d reports=%d%n",
                alerts.size(),
                alerts.size() - notMailed.size(), notMailed.size(), notMailedOpen, receipts.size(),
                receiptsWithoutMail.size(),
                files.size(), mailsById.size(), repeated.size(),
                mailsByAlert.values().stream().mapToInt(Integer::intValue).sum(),
                mailsByReport.values().stream().mapToInt(Integer::intValue).sum(), mailsByReport.size());
        for (String id : notMailed) {
            JsonNode a = alerts.get(id);
            System.out.printf("not_mailed alert=%s rule=%s severity=%s status=%s%n", id, a.path("rule").asText(),
                    a.path("severity").asText(), a.path("status").asText());
        }
        receiptsWithoutMail.forEach(id -> System.out.println("receipt_without_mail message_id=" + id));
        repeated.forEach(r -> System.out.println("repeated message_id=" + r));
        mailsByReport.forEach((period, n) -> {
            if (n > 1) {
                System.out.println("repeated report=" + period + "x" + n);
            }
        });
    }
}
