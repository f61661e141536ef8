package org.learningnetwork.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from the compiled classes of the three modules: no package depends on itself through
 * others, the platform knows no feature, and the web and batch modules use the EJB module, never the reverse. A
 * package is a top-level package under {@code org.learningnetwork} with its subpackages, whichever modules its
 * classes are in (a feature's screens live in the web module under the feature's name).
 */
class ArchitectureTest {

    private static final String ROOT = "org.learningnetwork";

    private static JavaClasses ejb;
    private static JavaClasses web;
    private static JavaClasses batch;
    private static JavaClasses all;

    @BeforeAll
    static void read() {
        Path modules = Path.of(System.getProperty("ln.modules", ".."));
        ejb = classesOf(modules.resolve("ejb"));
        web = classesOf(modules.resolve("web"));
        batch = classesOf(modules.resolve("batch"));
        all = new ClassFileImporter().importPaths(classFolder(modules.resolve("ejb")), classFolder(modules.resolve("web")),
                classFolder(modules.resolve("batch")));
    }

    private static JavaClasses classesOf(Path module) {
        return new ClassFileImporter().importPath(classFolder(module));
    }

    private static Path classFolder(Path module) {
        Path folder = module.resolve("target/classes");
        if (!Files.isDirectory(folder.resolve("org/learningnetwork"))) {
            throw new IllegalStateException("No compiled classes in " + folder + ": build the modules first");
        }
        return folder;
    }

    @Test
    void everyModuleWasRead() {
        assertFalse(ejb.isEmpty(), "the EJB module's classes");
        assertFalse(web.isEmpty(), "the web module's classes");
        assertFalse(batch.isEmpty(), "the batch module's classes");
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(all);
    }

    @Test
    void thePlatformKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat(feature())
                .check(all);
    }

    @Test
    void theEjbModuleUsesNeitherTheWebNorTheBatchModule() {
        Set<String> above = names(web);
        above.addAll(names(batch));
        noClasses().should().dependOnClassesThat(named(above, "are in the web or batch module")).check(ejb);
    }

    @Test
    void theBatchModuleUsesNotTheWebModule() {
        noClasses().should().dependOnClassesThat(named(names(web), "are in the web module")).check(batch);
    }

    /**
     * Every setting a class declares (a static {@code Setting} field) is in a {@code SettingGroup}, so that the start-up
     * check reads it and refuses a value it cannot use: a group nested in the class (which reads its settings), or a
     * group that lists the field.
     */
    @Test
    void everySettingIsCheckedAtStartUp() {
        Set<String> covered = new TreeSet<>();
        all.stream().filter(c -> c.isAssignableTo(ROOT + ".platform.SettingGroup") && !c.isInterface()).forEach(group -> {
            if (group.tryGetMethod("settings").isPresent()) {
                group.getFieldAccessesFromSelf().forEach(a -> covered.add(a.getTarget().getOwner().getName() + "." + a.getTarget().getName()));
            } else {
                JavaClass declaring = group.getEnclosingClass().orElse(group);
                declaring.getFields().forEach(f -> covered.add(declaring.getName() + "." + f.getName()));
            }
        });
        List<String> declared = all.stream().flatMap(c -> c.getFields().stream())
                .filter(f -> f.getModifiers().contains(JavaModifier.STATIC) && f.getRawType().getName().equals(ROOT + ".platform.Setting"))
                .map(f -> f.getOwner().getName() + "." + f.getName()).toList();
        assertEquals(List.of(), declared.stream().filter(name -> !covered.contains(name)).sorted().toList(),
                "settings in no SettingGroup");
        assertTrue(declared.size() > 40, "the application's settings were found: " + declared.size());
    }

    /**
     * Every business method of an EJB says who may call it: {@code @RolesAllowed}, {@code @PermitAll} or
     * {@code @DenyAll} on the method or its class, so that no method is open by omission.
     */
    @Test
    void everyEjbMethodIsRoleChecked() {
        List<JavaClass> ejbs = all.stream()
                .filter(c -> c.isAnnotatedWith("jakarta.ejb.Stateless") || c.isAnnotatedWith("jakarta.ejb.Singleton")).toList();
        assertTrue(ejbs.size() > 40, "the application's EJBs were found: " + ejbs.size());
        List<String> open = ejbs.stream()
                .filter(c -> !securityAnnotated(c))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC))
                .filter(m -> !securityAnnotated(m))
                .map(m -> m.getOwner().getSimpleName() + "." + m.getName()).sorted().toList();
        assertEquals(List.of(), open, "EJB methods no role check covers");
    }

    private static boolean securityAnnotated(com.tngtech.archunit.core.domain.properties.CanBeAnnotated element) {
        return element.isAnnotatedWith("jakarta.annotation.security.RolesAllowed")
                || element.isAnnotatedWith("jakarta.annotation.security.PermitAll")
                || element.isAnnotatedWith("jakarta.annotation.security.DenyAll");
    }

    /** Classes of {@code org.learningnetwork} outside the platform. */
    private static DescribedPredicate<JavaClass> feature() {
        return DescribedPredicate.describe("belong to a feature (any package but the platform)", c -> c.getPackageName().startsWith(ROOT + ".")
                && !c.getPackageName().equals(ROOT + ".platform") && !c.getPackageName().startsWith(ROOT + ".platform."));
    }

    private static Set<String> names(JavaClasses classes) {
        return classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
    }

    private static DescribedPredicate<JavaClass> named(Set<String> names, String description) {
        return DescribedPredicate.describe(description, c -> names.contains(c.getName()));
    }
}
