package vn.tinradar.analyze.score.ngram;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** A {@link LongIntMap} in a model file: its size, then (key, value) pairs as Java data-output fields. */
final class LongIntMapFile {

    private LongIntMapFile() {
    }

    static void write(LongIntMap map, DataOutputStream out) throws IOException {
        out.writeInt(map.size());
        IOException[] failure = new IOException[1];
        map.forEach((key, value) -> {
            if (failure[0] == null) {
                try {
                    out.writeLong(key);
                    out.writeInt(value);
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    static LongIntMap read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("negative n-gram table size " + size);
        }
        LongIntMap map = new LongIntMap(size);
        for (int i = 0; i < size; i++) {
            map.add(in.readLong(), in.readInt());
        }
        return map;
    }
}
