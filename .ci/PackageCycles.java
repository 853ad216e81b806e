import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lists the package cycles inside each module, from the JDK's jdeps run on the compiled main classes.
 *
 * <p>Run after compiling: {@code ./mvnw -B -o -q compile && java .ci/PackageCycles.java common ingest analyze
 * alerts deploy}. Prints each cycle as its packages and the imports that close it; exit 1 when a module has one,
 * 2 when a module has no compiled classes.
 */
public final class PackageCycles {

    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+$");

    public static void main(String[] args) throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(
                () -> new IllegalStateException("jdeps not found: run this with a JDK, not a JRE"));
        int cycles = 0;
        for (String module : args) {
            Path classes = Path.of(module, "target", "classes");
            if (!Files.isDirectory(classes)) {
                System.err.println("module=" + module + " error=\"no " + classes + ": compile first\"");
                System.exit(2);
            }
            Map<String, Set<String>> graph = imports(jdeps, classes, "vn.tinradar." + module);
            List<Set<String>> found = stronglyConnected(graph);
            System.out.println("module=" + module + " packages=" + graph.size() + " cycles=" + found.size());
            for (Set<String> cycle : found) {
                System.out.println("  cycle: " + cycle);
                for (String from : cycle) {
                    for (String to : graph.get(from)) {
                        if (cycle.contains(to)) {
                            System.out.println("    " + from + " -> " + to);
                        }
                    }
                }
            }
            cycles += found.size();
        }
        System.exit(cycles == 0 ? 0 : 1);
    }

    /** Package → packages of the same module it uses. */
    private static Map<String, Set<String>> imports(ToolProvider jdeps, Path classes, String prefix) {
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(System.err), "-verbose:package", "-e",
                Pattern.quote(prefix) + "(\\..*)?", classes.toString());
        if (rc != 0) {
            throw new IllegalStateException("jdeps failed on " + classes + " with exit " + rc);
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.matches() && !m.group(1).equals(m.group(2))) {
                graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                graph.computeIfAbsent(m.group(2), k -> new TreeSet<>());
            }
        }
        return graph;
    }

    /** Tarjan's components of more than one package: each is at least one cycle. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> result = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, graph, index, low, stack, onStack, result);
            }
        }
        return result;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                              List<Set<String>> result) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.get(node)) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, low, stack, onStack, result);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                result.add(component);
            }
        }
    }
}
