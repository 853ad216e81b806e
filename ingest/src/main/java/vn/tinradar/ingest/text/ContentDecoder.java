package vn.tinradar.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VietnameseText;

/**
 * Bytes to NFC text for feeds and pages: byte-order mark, then the HTTP charset, then the charset the
 * document declares (XML prolog or HTML meta); undeclared bytes that are not valid UTF-8 are read as
 * windows-1258, the legacy Vietnamese code page. Legacy decodes come out decomposed, hence NFC.
 */
public final class ContentDecoder {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private ContentDecoder() {
    }

    /** The decoded text (NFC) and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] bytes, String contentTypeHeader) {
        int bomLength = 0;
        Charset charset = null;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset == null) {
            charset = headerCharset(contentTypeHeader).orElse(null);
        }
        Optional<Charset> declared = declaredCharset(bytes);
        if (charset == null) {
            charset = declared.orElse(null);
        }
        if (charset == null) {
            charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1258;
        } else if (charset.equals(StandardCharsets.UTF_8) && declared.isPresent()
                && !declared.get().equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
            // servers often send a blanket "charset=utf-8" for legacy pages: believe the page when UTF-8 fails
            // (checked only when the page disagrees with the header, so a consistent page is decoded once)
            charset = declared.get();
        }
        String text = new String(bytes, bomLength, bytes.length - bomLength, charset);
        return new Decoded(VietnameseText.nfc(text), charset);
    }

    public static Optional<Charset> headerCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /** The charset named in the XML prolog or an HTML meta tag near the start of the document. */
    public static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return charset(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? charset(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("cp1258") || n.equals("windows1258") || n.equals("x-windows-1258")) {
            n = "windows-1258";
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
