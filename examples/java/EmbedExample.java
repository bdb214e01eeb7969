import java.nio.file.Path;
import org.autoheal.api.AutoHeal;
import org.autoheal.explain.WhyText;
import org.autoheal.heal.Incident;

/**
 * Embedding AutoHeal in a Java program: open a home, report failures, read the decisions, ask why.
 *
 *   java -cp target/autoheal.jar examples/java/EmbedExample.java /path/to/home
 */
public class EmbedExample {
    public static void main(String[] args) throws Exception {
        AutoHeal autoheal = AutoHeal.open(Path.of(args.length > 0 ? args[0] : "."));
        try (AutoCloseable reloads = autoheal.watchForChanges()) { // edits of rules/ and config/ apply while we run
            // an error text another tool printed; heal=false: decide and journal only
            Incident incident = autoheal.report(null, "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n"
                    + "ModuleNotFoundError: No module named 'yaml'\n", 1, false);
            System.out.println("incident " + incident.id() + ": " + incident.outcome());
            System.out.println("diagnosis: " + incident.decision().primary().getCause() + " " + incident.decision().primary().getDetails());
            incident.decision().proposals().forEach(p -> System.out.println("  proposal: " + p.getStrategy() + " " + p.getParams()
                    + " salience " + p.getSalience()));

            // an exception this program caught goes in the same way (its stack trace is the error text)
            try {
                new java.net.Socket("127.0.0.1", 9).close();
            } catch (java.io.IOException e) {
                Incident fromJava = autoheal.report(null, e, false);
                System.out.println("java exception: " + fromJava.outcome() + " " + (fromJava.decision().primary() == null
                        ? "(no rule matched)" : fromJava.decision().primary().getCause() + " " + fromJava.decision().primary().getDetails()));
            }

            // why: the same answer as `autoheal why INCIDENT`
            System.out.print(WhyText.of(autoheal.why(incident.id()).orElseThrow()));
        }
    }
}
