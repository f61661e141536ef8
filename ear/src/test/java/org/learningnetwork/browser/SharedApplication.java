package org.learningnetwork.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.learningnetwork.testing.OneInServerDeployment;

/**
 * The application as built, deployed once for every test that drives it from outside (browser and HTTP tests) instead
 * of once per test class: a deployment takes some ten seconds, and there are some fifty such classes. The in-server
 * tests deploy their own copy with their classes in it under the same name, so the first of them takes this one down
 * ({@link #release}, from {@code Deployments.inServer}); a test from outside that runs after them takes theirs down
 * ({@code OneInServerDeployment.release}) and deploys this one again.
 * The build's scripts do the work: {@code src/glassfish/glassfish.sh} (GlassFish and Payara) or
 * {@code src/wildfly/wildfly.sh}.
 */
public final class SharedApplication {

    private static final String ADDRESS = "http://localhost:8080/learning/";
    private static boolean deployed;
    /** Why the deployment failed, if it did: every later test then fails at once with it instead of trying again. */
    private static IllegalStateException failure;

    private SharedApplication() {
    }

    /** The application's address, deployed first if it is not. */
    public static synchronized URL base() {
        if (failure != null) {
            throw new IllegalStateException("The application could not be deployed for the tests", failure);
        }
        if (!deployed) {
            try {
                if (OneInServerDeployment.release()) {
                    script("undeploy-for-tests");
                }
                script("deploy-for-tests", System.getProperty("ln.ear"));
            } catch (IllegalStateException e) {
                failure = e;
                throw e;
            }
            deployed = true;
        }
        try {
            return new URL(ADDRESS);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes the shared deployment down, if it is up. */
    public static synchronized void release() {
        if (deployed) {
            script("undeploy-for-tests");
            deployed = false;
        }
    }

    private static void script(String command, String... arguments) {
        boolean wildfly = "wildfly".equals(System.getProperty("ln.server"));
        List<String> line = new ArrayList<>(List.of("bash", wildfly ? "src/wildfly/wildfly.sh" : "src/glassfish/glassfish.sh", command,
                System.getProperty(wildfly ? "jboss.home" : "glassfish.home")));
        line.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            Deque<String> last = new ArrayDeque<>();
            try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String text = output.readLine(); text != null; text = output.readLine()) {
                    last.addLast(text);
                    if (last.size() > 40) {
                        last.removeFirst();
                    }
                }
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " ended with:\n" + String.join("\n", last));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
