package org.measura.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bench scripts are not run by the suite (they measure, and need the machine to themselves), but they must
 * parse, and the lines every one of them prints before and after a run must come out: a helper that called itself
 * once made every script end in an endless recursion.
 */
class BenchScriptsTest {

    @Test
    void everyScriptParses() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of("bench"))) {
            scripts = files.filter(p -> p.toString().endsWith(".sh")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThan(10);
        for (Path script : scripts) {
            assertThat(run("bash", "-n", script.toString())).as(script.toString()).isEqualTo("");
        }
    }

    @Test
    void theMachineIsDescribedBeforeAndAfterARun() throws Exception {
        String printed = run("bash", "-c", "source bench/lib.sh; machine_note; sleep 0.5; machine_after");
        assertThat(printed).contains("machine: ", "load average before: ", "load average after: ",
                "CPU time stolen by the hypervisor during the run: ");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command) + " ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
