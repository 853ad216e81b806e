package vn.tinradar.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code restore} refuses a file that is not a backup of this format version before it looks for any broker. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void restoreOfANewerFormatVersionExitsOneNamingTheVersion() throws Exception {
        Path newer = Files.writeString(dir.resolve("laocai-2027.jsonl"),
                "{\"format\":\"tinradar-backup\",\"version\":2,\"prefix\":\"laocai.\",\"counts\":{}}\n");

        int rc = Commands.execute("restore", "--in", newer.toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(rc).isEqualTo(1);
        assertThat(console.err()).isEqualTo("error: laocai-2027.jsonl line 1: backup format "
                + "version 2, but this TinRadar reads version 1 only; restore it with the TinRadar release that wrote it"
                + System.lineSeparator());
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void restoreOfSomethingElseExitsOneNamingTheFormat() throws Exception {
        Path csv = Files.writeString(dir.resolve("tai-khoan.csv"), "{\"format\":\"csv\"}\nlan,staff\n");

        int rc = Commands.execute("restore", "--in", csv.toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(rc).isEqualTo(1);
        assertThat(console.err())
                .startsWith("error: tai-khoan.csv line 1: format is 'csv' but a TinRadar backup says 'tinradar-backup'");
    }
}
