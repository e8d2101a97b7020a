package dev.precis.cli;

import java.io.PrintStream;

/** The command line: {@code java -jar precis.jar COMMAND ...}. Errors are one line on stderr, never a stack trace. */
public final class Main {
    private static final String USAGE = String.join("\n",
            "usage: java -jar precis.jar COMMAND",
            "  " + SummarizeCommand.USAGE,
            "  " + BatchCommand.USAGE,
            "  " + EvalCommand.USAGE,
            "  " + InvokeCommand.USAGE,
            "  " + DemoCommand.USAGE,
            "  " + ServeCommand.USAGE);

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            switch (args[0]) {
                case "summarize" -> SummarizeCommand.run(args, System.in, out);
                case "batch" -> BatchCommand.run(args, err);
                case "eval" -> EvalCommand.run(args, out);
                case "invoke" -> InvokeCommand.run(args, out);
                case "demo" -> DemoCommand.run(args, out, err);
                case "serve" -> ServeCommand.run(args, out);
                default -> throw new CliException("unknown command '" + args[0] + "'\n" + USAGE, 2);
            }
            out.flush();
            return 0;
        } catch (CliException e) {
            err.println("precis: " + e.getMessage());
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("precis: interrupted");
            return 130;
        } catch (Exception e) {
            err.println("precis: " + args[0] + " failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        }
    }
}
