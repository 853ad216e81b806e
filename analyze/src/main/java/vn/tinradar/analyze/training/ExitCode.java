package vn.tinradar.analyze.training;

/**
 * Exit codes of the batch commands ({@code score}, {@code train}, {@code evaluate}, {@code split}), so a script
 * can tell a partial run from a failed one: every rejected line is named in the output or the log.
 */
public final class ExitCode {

    /** Every line was used. */
    public static final int DONE = 0;
    /** No line could be used (every line rejected, or none there). */
    public static final int NOTHING_USABLE = 1;
    /** The task, an option, the input or the models could not be used at all. */
    public static final int UNUSABLE = 2;
    /** The work was done, but some lines were rejected and left out. */
    public static final int SOME_REJECTED = 3;

    private ExitCode() {
    }
}
