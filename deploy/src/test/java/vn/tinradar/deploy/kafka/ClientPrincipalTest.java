package vn.tinradar.deploy.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ClientPrincipalTest {

    private static Properties client(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void saslUserIsTakenFromTheJaasConfig() {
        assertThat(ClientPrincipal.describe(client("security.protocol", "SASL_SSL", "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"laocai\" password=\"x\";")))
                .isEqualTo("User:laocai");
    }

    @Test
    void certificateSignInNamesTheKeystore() {
        assertThat(ClientPrincipal.describe(client("security.protocol", "SSL", "ssl.keystore.location",
                "/etc/tinradar/laocai.p12"))).isEqualTo("the certificate in /etc/tinradar/laocai.p12");
    }

    @Test
    void noCredentialsIsAnonymous() {
        assertThat(ClientPrincipal.describe(client())).startsWith("User:ANONYMOUS");
    }
}
