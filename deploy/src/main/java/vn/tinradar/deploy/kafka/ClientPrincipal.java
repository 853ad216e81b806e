package vn.tinradar.deploy.kafka;

import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the cluster will take TinRadar's clients for, as far as the client settings tell: the SASL user name of
 * {@code sasl.jaas.config}, else the client certificate of {@code ssl.keystore.location}, else nobody. The broker's
 * own principal builder has the last word; this only names the account in error messages.
 */
final class ClientPrincipal {

    // a JAAS option is name="value" (PLAIN, SCRAM); the value never contains a double quote
    private static final Pattern USERNAME = Pattern.compile("\\busername\\s*=\\s*\"([^\"]*)\"");

    private ClientPrincipal() {
    }

    static String describe(Properties kafka) {
        String protocol = String.valueOf(kafka.getOrDefault("security.protocol", "PLAINTEXT"));
        Object jaas = kafka.get("sasl.jaas.config");
        if (protocol.startsWith("SASL") && jaas != null) {
            Matcher m = USERNAME.matcher(jaas.toString());
            if (m.find()) {
                return "User:" + m.group(1);
            }
            return "the SASL user of kafka.client.sasl.jaas.config";
        }
        if (protocol.equals("SSL") && kafka.get("ssl.keystore.location") != null) {
            return "the certificate in " + kafka.get("ssl.keystore.location");
        }
        return "User:ANONYMOUS (no SASL user or client certificate in kafka.client.*)";
    }
}
