package vn.tinradar.ingest.fetch;

import java.io.IOException;

/** A body (as sent, or once decompressed) passed its size cap; carries how many bytes had arrived. */
final class BodyTooLarge extends IOException {

    final long bytes;

    BodyTooLarge(long bytes, long cap) {
        super("body larger than " + cap + " bytes (" + bytes + " so far)");
        this.bytes = bytes;
    }
}
