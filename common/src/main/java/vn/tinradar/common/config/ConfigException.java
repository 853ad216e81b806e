package vn.tinradar.common.config;

/** A configuration mistake, with the file and line that hold it: "sources.yaml line 12: ...". */
public class ConfigException extends RuntimeException {

    private final String file;
    private final int line;

    public ConfigException(String file, int line, String message) {
        super(format(file, line, message));
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }

    private static String format(String file, int line, String message) {
        if (file == null) {
            return message;
        }
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}
