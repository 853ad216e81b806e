package vn.tinradar.alerts.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped inside the jar ({@code fonts/}, licence in {@code fonts/DejaVu-LICENSE.txt}), so charts and
 * the report's PDF show Vietnamese letters (ạ, ễ, ữ, đ…) whatever fonts the machine has: a server image often has
 * none, and Java's fallback then draws boxes.
 */
public final class BundledFont {

    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static volatile Font regular;
    private static volatile Font bold;

    private BundledFont() {
    }

    /** The font for Java2D (charts), in points; {@code Font.BOLD} picks the bold face. */
    public static Font awt(int style, float size) {
        return base(style == Font.BOLD).deriveFont(size);
    }

    /** The TrueType file itself, for embedding in a PDF; the caller closes it. */
    public static InputStream open(String resource) {
        InputStream in = BundledFont.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font " + resource + " is missing from the classpath");
        }
        return in;
    }

    private static Font base(boolean isBold) {
        Font f = isBold ? bold : regular;
        if (f == null) {
            try (InputStream in = open(isBold ? BOLD : REGULAR)) {
                f = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font", e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font is not a TrueType font", e);
            }
            if (isBold) {
                bold = f;
            } else {
                regular = f;
            }
        }
        return f;
    }
}
