package vn.tinradar.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ParseBudgetTest {

    @Test
    void workWithinItsBudgetReturnsItsResult() {
        assertThat(ParseBudget.within(Duration.ofSeconds(5), () -> "Lào Cai")).isEqualTo("Lào Cai");
    }

    @Test
    void aReaderStopsOnceTheDocumentIsOverBudget() {
        String page = "<p>Tin tức Lào Cai</p>".repeat(100_000);

        assertThatThrownBy(() -> ParseBudget.within(Duration.ofMillis(20), () -> {
            Reader in = ParseBudget.reader(page);
            char[] buf = new char[64];
            while (in.read(buf, 0, buf.length) > 0) {
                Thread.sleep(1); // a slow parser
            }
            return null;
        })).isInstanceOf(ParseBudget.Exceeded.class).hasMessageContaining("20 ms");
    }

    @Test
    void withoutABudgetChecksCostNothingAndNeverFail() throws IOException {
        ParseBudget.check();

        assertThat(ParseBudget.reader("Sa Pa").read()).isEqualTo('S');
    }
}
