package vn.tinradar.analyze.score.ngram;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;

/**
 * Syllable ids for the n-gram models: lower-case NFC syllables (canonical tone position), any syllable with a
 * digit as one "number" word, and a sentence-boundary word before each sentence, so "Hà Nội" at the start of a
 * sentence and in the middle of one are the same bigram but a sentence's first word is predicted from the
 * boundary, not from the last word of the one before. Ids fit in {@link #ID_BITS} bits so that three of them
 * pack exactly, without hashing, into one {@code long}.
 */
final class Vocabulary {

    static final int ID_BITS = 21;
    static final int MAX_WORDS = (1 << ID_BITS) - 1;
    static final int UNKNOWN = 0;
    static final int BOUNDARY = 1;
    private static final String NUMBER = "<số>";

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>(List.of("<unk>", "<s>"));

    /** Number of ids, the unknown word and the boundary included. */
    int size() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    /** Writes the words in id order after the two reserved ones, as both model files store them. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(words.size() - 2);
        for (String w : words.subList(2, words.size())) {
            out.writeUTF(w);
        }
    }

    /** Reads what {@link #write} wrote; ids follow the order of the words. */
    static Vocabulary read(DataInputStream in) throws IOException {
        Vocabulary v = new Vocabulary();
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative vocabulary size " + count);
        }
        for (int i = 0; i < count; i++) {
            String word = in.readUTF();
            v.ids.put(word, v.words.size());
            v.words.add(word);
        }
        return v;
    }

    /**
     * The ids of a text's syllables, a boundary opening each sentence; with {@code grow}, new syllables get
     * new ids (until {@link #MAX_WORDS}), otherwise they are {@link #UNKNOWN}.
     */
    int[] ids(String title, String text, boolean grow) {
        List<Token> tokens = new ArrayList<>(Tokenizer.tokenize(title));
        int titleEnd = tokens.size();
        tokens.addAll(Tokenizer.tokenize(text));
        int[] out = new int[tokens.size() * 2];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i == 0 || i == titleEnd || t.sentenceStart()) {
                out[n++] = BOUNDARY;
            }
            out[n++] = id(key(t.exact()), grow);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private int id(String word, boolean grow) {
        Integer id = ids.get(word);
        if (id != null) {
            return id;
        }
        if (!grow || words.size() > MAX_WORDS) {
            return UNKNOWN;
        }
        ids.put(word, words.size());
        words.add(word);
        return words.size() - 1;
    }

    private static String key(String exact) {
        for (int i = 0; i < exact.length(); i++) {
            if (Character.isDigit(exact.charAt(i))) {
                return NUMBER;
            }
        }
        return exact;
    }
}
