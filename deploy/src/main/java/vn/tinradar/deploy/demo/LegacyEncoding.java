package vn.tinradar.deploy.demo;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Encodes text the way old Vietnamese sites stored it. windows-1258 has the base letters (â, ă, ê, ô, ơ, ư, đ)
 * but the five tone marks only as combining characters, so text is split into base letter + tone mark first.
 */
final class LegacyEncoding {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private LegacyEncoding() {
    }

    static byte[] encode(String text, String charsetName) {
        Charset charset = Charset.forName(charsetName);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        String prepared = charset.equals(WINDOWS_1258) ? toneMarksApart(text) : text;
        CharsetEncoder encoder = charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(prepared));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text cannot be written in " + charsetName + ": " + e.getMessage(), e);
        }
    }

    /** "Lào Cai" → "La" + U+0300 + "o Cai", with ô/ơ/ư/â/ă/ê kept whole as windows-1258 has them. */
    static String toneMarksApart(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        StringBuilder cluster = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                flush(out, cluster, tones);
                cluster.append(c);
            } else if (isTone(c)) {
                tones.append(c);
            } else {
                cluster.append(c);
            }
        }
        flush(out, cluster, tones);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder cluster, StringBuilder tones) {
        out.append(Normalizer.normalize(cluster, Normalizer.Form.NFC)).append(tones);
        cluster.setLength(0);
        tones.setLength(0);
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
