package org.learningnetwork.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: always the EAR the build produced, so the tests exercise
 * exactly what is shipped. In-container tests add their classes to its web module.
 */
public final class Deployments {

    public static final String EAR_NAME = "learning-network.ear";
    private static final String WEB_MODULE = "learning-network-web.war";
    private static final String EJB_MODULE = "learning-network-ejb.jar";

    private Deployments() {
    }

    /** The application as built, for tests that drive it from outside (HTTP, browser). */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("ln.ear", "target/" + EAR_NAME));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvnw verify builds it): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The application with every class of this package in its web module, where the in-server tests then run: one
     * deployment for all of them, deployed once ({@code OneInServerDeployment}), so each test class leaves it as it
     * found it apart from the rows it adds. Test data beans go to the EJB module, where the persistence unit is.
     */
    public static EnterpriseArchive inServer() {
        // Deployed under the same name as the copy the tests from outside share: that one goes first.
        org.learningnetwork.browser.SharedApplication.release();
        EnterpriseArchive ear = application();
        mapRunAsPrincipals(ear);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        String testData = TestData.class.getName().replace('.', '/');
        web.addPackages(false, path -> !path.get().startsWith("/" + testData), Deployments.class.getPackage());
        // The persistence unit is scoped to the EJB module: a bean that writes test data directly must be there.
        ear.getAsType(JavaArchive.class, EJB_MODULE).addClass(TestData.class);
        web.addAsWebInfResource("glassfish-ejb-jar.xml");
        Testable.archiveToTest(web);
        return ear;
    }

    /**
     * GlassFish runs {@code @RunAs} code as a principal mapped to the role, and the shipped mapping names
     * groups only. For the tests' {@link AsRole} beans, each role also gets a principal whose name no
     * sign-in can produce (usernames are lower case), named as run-as principal in glassfish-ejb-jar.xml.
     */
    private static void mapRunAsPrincipals(EnterpriseArchive ear) {
        String path = "META-INF/glassfish-application.xml";
        String mapping;
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withPrincipals = mapping.replaceAll("<group-name>([A-Z]+)</group-name>",
                "<principal-name>it-run-as-$1</principal-name><group-name>$1</group-name>");
        ear.delete(path);
        ear.add(new StringAsset(withPrincipals), path);
    }
}
