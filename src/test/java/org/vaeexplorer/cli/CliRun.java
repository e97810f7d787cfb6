package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line in-process for tests: its key=value output, or its error text, with the exit code. */
final class CliRun {
    private CliRun() {
    }

    /** What the command printed on standard output; fails unless it exits with {@code expectedCode}. */
    static String output(int expectedCode, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = VaeExplorerCli.run(args);
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, String.join(" ", args) + " -> " + text);
        return text;
    }

    /** What the command said on its error stream; fails unless it exits with {@code expectedCode}. */
    static String error(int expectedCode, String... args) {
        CommandLine cl = VaeExplorerCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(expectedCode, cl.execute(args), String.join(" ", args) + " -> " + err);
        return err.toString();
    }
}
