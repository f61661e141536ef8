package org.learningnetwork.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The documents an IT department reads match the code: every setting the application declares is in the configuration
 * reference, and the README stays a front door (what it is, the two commands, where to read more).
 */
class DocumentationTest {

    private static final Path MODULES = Path.of(System.getProperty("ln.modules", ".."));

    @Test
    void everySettingIsInTheConfigurationReference() throws Exception {
        String reference = Files.readString(MODULES.resolve("docs/configuration.md"));
        List<Path> folders = List.of(MODULES.resolve("ejb/target/classes"), MODULES.resolve("web/target/classes"),
                MODULES.resolve("batch/target/classes"));
        URL[] urls = new URL[folders.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = folders.get(i).toUri().toURL();
        }
        TreeSet<String> missing = new TreeSet<>();
        int declared = 0;
        try (URLClassLoader loader = new URLClassLoader(urls, getClass().getClassLoader())) {
            for (JavaField field : settingFields(folders)) {
                Field declaredField = Class.forName(field.getOwner().getName(), true, loader).getDeclaredField(field.getName());
                declaredField.setAccessible(true);
                Object setting = declaredField.get(null);
                String name = (String) setting.getClass().getMethod("name").invoke(setting);
                declared++;
                if (!reference.contains("`" + name + "`")) {
                    missing.add(name);
                }
            }
        }
        assertEquals(new TreeSet<>(), missing, "settings missing from docs/configuration.md");
        assertTrue(declared > 40, "the application's settings were read: " + declared);
    }

    @Test
    void theReadmeIsAFrontDoor() throws Exception {
        String readme = Files.readString(MODULES.resolve("README.md"));
        assertTrue(readme.length() < 8_000, "the README is " + readme.length() + " characters: details belong in docs/");
        List<String> commands = new ArrayList<>();
        readme.lines().filter(line -> line.startsWith("./mvnw")).forEach(commands::add);
        assertEquals(List.of("./mvnw -Prun", "./mvnw clean verify"), commands, "the two set-up commands");
    }

    private static List<JavaField> settingFields(List<Path> folders) {
        return new ClassFileImporter().importPaths(folders).stream().flatMap(c -> c.getFields().stream())
                .filter(f -> f.getModifiers().contains(JavaModifier.STATIC)
                        && f.getRawType().getName().equals("org.learningnetwork.platform.Setting"))
                .toList();
    }
}
