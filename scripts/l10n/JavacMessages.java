import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Prints javac's own messages (its resource bundles, not gettext) for the languages the JDK translates:
 * "LANG\tKEY\tENGLISH\tTRANSLATED" per line, for the keys given as arguments. Run by generate_localized_messages.py:
 * java --add-exports jdk.compiler/com.sun.tools.javac.resources=ALL-UNNAMED JavacMessages.java KEY...
 */
public class JavacMessages {
    public static void main(String[] keys) throws Exception {
        ResourceBundle en = bundle("");
        for (String lang : new String[] {"ja", "zh_CN", "de"}) {
            ResourceBundle tr;
            try {
                tr = bundle("_" + lang);
            } catch (ClassNotFoundException e) {
                continue;   // this JDK has no such translation
            }
            for (String k : keys) {
                if (!tr.containsKey(k) || !en.containsKey(k)) continue;
                String a = en.getString(k), b = tr.getString(k);
                if (a.equals(b) || a.contains("\n") || b.contains("\n")) continue;
                System.out.println(lang + "\t" + k + "\t" + a + "\t" + b);
            }
        }
    }

    private static ResourceBundle bundle(String suffix) throws Exception {
        Class<?> c = Class.forName("com.sun.tools.javac.resources.compiler" + suffix);
        return (ResourceBundle) c.getDeclaredConstructor().newInstance();
    }
}
