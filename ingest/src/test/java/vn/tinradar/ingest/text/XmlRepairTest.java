package vn.tinradar.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class XmlRepairTest {

    @Test
    void escapesBareAmpersandsButLeavesCdataAlone() {
        String feed = "<rss><channel><title>Sở Tài nguyên & Môi trường</title>"
                + "<description><![CDATA[Giá & lượng]]></description></channel></rss>";

        assertThat(XmlRepair.repair(feed)).isEqualTo("<rss><channel><title>Sở Tài nguyên &amp; Môi trường</title>"
                + "<description><![CDATA[Giá & lượng]]></description></channel></rss>");
    }

    @Test
    void removesADoctypeWithItsInternalSubset() {
        String feed = "<?xml version=\"1.0\" encoding=\"windows-1258\"?><!DOCTYPE rss [ <!ENTITY a \"b\"> ] ><rss/>";

        assertThat(XmlRepair.repair(feed)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss/>");
    }

    /** Issue 13: unclosed CDATA, DOCTYPE subsets and prologs each took 7 to 14 s with the old patterns. */
    @Test
    void unclosedCdataDoctypeAndPrologRunsAreRepairedInLinearTime() {
        String cdata = "<rss>" + "<![CDATA[".repeat(20_000) + "</rss>";
        String doctype = "<!DOCTYPE [".repeat(20_000) + "<rss/>";
        String prolog = "<?xml " + "<?xml ".repeat(20_000);

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            assertThat(XmlRepair.repair(cdata)).endsWith("</rss>");
            assertThat(XmlRepair.repair(doctype)).endsWith("<rss/>");
            assertThat(XmlRepair.repair(prolog)).startsWith("<?xml");
        });
    }
}
