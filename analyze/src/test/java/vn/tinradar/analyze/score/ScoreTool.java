package vn.tinradar.analyze.score;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.tinradar.analyze.training.BatchScorer;
import vn.tinradar.analyze.training.Evaluator;
import vn.tinradar.analyze.training.Trainer;

/**
 * Runs the scoring commands from the test classpath until the product jar wires them:
 * {@code evaluate --task T --input F [--folds 5]}, {@code train --task T --input F --output DIR},
 * {@code score --input F [--output F] [--models DIR]}.
 */
public final class ScoreTool {

    private ScoreTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ScoreTool evaluate|train|score --task T --input F [--folds N] [--train-fraction F] [--output X] [--models DIR]");
            System.exit(2);
        }
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        int rc = switch (args[0]) {
            case "evaluate" -> Evaluator.run(opt.get("--task"), Path.of(opt.get("--input")),
                    Integer.parseInt(opt.getOrDefault("--folds", "5")),
                    Double.parseDouble(opt.getOrDefault("--train-fraction", "1")), System.out);
            case "train" -> Trainer.run(opt.get("--task"), Path.of(opt.get("--input")), Path.of(opt.get("--output")));
            case "score" -> {
                try (InputStream in = Files.newInputStream(Path.of(opt.get("--input")));
                        OutputStream out = opt.containsKey("--output")
                                ? new BufferedOutputStream(Files.newOutputStream(Path.of(opt.get("--output"))))
                                : System.out) {
                    yield BatchScorer.run(in, out, opt.containsKey("--models") ? Path.of(opt.get("--models")) : null);
                }
            }
            default -> 2;
        };
        System.exit(rc);
    }
}
