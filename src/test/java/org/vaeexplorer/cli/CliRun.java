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

    /** Everything the command printed on the process's own streams (logging included), and its exit code. */
    record Captured(int code, String out, String err) {
    }

    static Captured captured(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = VaeExplorerCli.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
