package vn.tinradar.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    /** "Sở Thông tin và Truyền thông" as windows-1258 writes it: base letters plus combining tone marks. */
    private static final String LEGACY = Normalizer.normalize("Sở Thông tin và Truyền thông", Normalizer.Form.NFD)
            .replace("o\u031B", "ơ").replace("o\u0302", "ô").replace("e\u0302", "ê");

    @Test
    void readsHtmlMetaCharsetAndReturnsNfc() {
        byte[] page = ("<html><head><meta charset=\"windows-1258\"></head><body>" + LEGACY + "</body></html>")
                .getBytes(WINDOWS_1258);

        ContentDecoder.Decoded decoded = ContentDecoder.decode(page, "text/html");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1258);
        assertThat(decoded.text()).contains("Sở Thông tin và Truyền thông");
    }

    @Test
    void guessesWindows1258ForUndeclaredBytesThatAreNotUtf8() {
        byte[] bytes = LEGACY.getBytes(WINDOWS_1258);

        assertThat(ContentDecoder.decode(bytes, null).text()).isEqualTo("Sở Thông tin và Truyền thông");
    }

    @Test
    void byteOrderMarkWinsAndIsRemoved() {
        byte[] body = "Lào Cai".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);

        assertThat(ContentDecoder.decode(withBom, "text/xml; charset=iso-8859-1").text()).isEqualTo("Lào Cai");
    }

    @Test
    void httpCharsetIsUsedWhenTheDocumentDeclaresNone() {
        byte[] bytes = "Sa Pa mùa đông".getBytes(StandardCharsets.UTF_8);

        assertThat(ContentDecoder.decode(bytes, "text/html; charset=UTF-8").text()).isEqualTo("Sa Pa mùa đông");
    }
}
