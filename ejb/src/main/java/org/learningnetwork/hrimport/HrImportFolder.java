package org.learningnetwork.hrimport;

import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.learningnetwork.platform.Setting;
import org.learningnetwork.platform.SettingGroup;

/**
 * The folder the council's HR system drops its exports in ({@code learningnetwork.hr-import.folder}), for the
 * scheduled pickup. A file is taken when it ends {@code .csv}, does not begin with a dot, and has not changed for a
 * minute (so a file still being written is left); oldest first. Taking it is moving it into {@code taken/} under a
 * new name: only one of several server instances sharing the folder succeeds. Once stored with its import the file
 * is deleted (the database keeps it as long as the retention rule says); a file left in {@code taken/} for an hour
 * (its instance stopped before storing it) is put back to be taken again.
 */
public final class HrImportFolder {

    public static final Setting<String> FOLDER = Setting.text("learningnetwork.hr-import.folder", null);
    public static final Setting<String> APPLY = Setting.choice("learningnetwork.hr-import.folder-apply", "never", "never", "clean");

    static final Duration SETTLED = Duration.ofMinutes(1);
    static final Duration STALE = Duration.ofHours(1);

    /** Taken as the time of a file whose time cannot be read: it is not taken. */
    private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private final Path folder;

    public HrImportFolder(Path folder) {
        this.folder = folder;
    }

    /** The configured folder, if one is set and exists. */
    public static Optional<HrImportFolder> configured() {
        String setting = FOLDER.get();
        if (setting == null || !Files.isDirectory(Path.of(setting))) {
            return Optional.empty();
        }
        return Optional.of(new HrImportFolder(Path.of(setting)));
    }

    /** Whether imports picked up are applied by themselves when their dry run refuses no row ({@code clean}). */
    public static boolean appliesClean() {
        return APPLY.get().equals("clean");
    }

    /** A file taken: its name as dropped, and where it is now. */
    public record Taken(String name, Path path) {

        public byte[] content() throws IOException {
            return Files.readAllBytes(path);
        }

        /** Done with: stored with its import. */
        public void delete() throws IOException {
            Files.deleteIfExists(path);
        }

        /** Not taken after all (an import was being worked on): back in the folder for the next pickup. */
        public void putBack() throws IOException {
            Files.move(path, path.getParent().getParent().resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Takes the oldest file ready, if any (another instance may take it first: then the next). */
    public Optional<Taken> take(Instant now) throws IOException {
        Path taken = Files.createDirectories(folder.resolve("taken"));
        putBackStale(taken, now);
        for (Path file : ready(now)) {
            String name = file.getFileName().toString();
            Path target = taken.resolve(now.toEpochMilli() + "-" + name);
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                Files.setLastModifiedTime(target, FileTime.from(now));
                return Optional.of(new Taken(name, target));
            } catch (NoSuchFileException e) {
                // taken by another instance
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The HR import folder cannot move files atomically: " + folder, e);
            }
        }
        return Optional.empty();
    }

    private List<Path> ready(Instant now) throws IOException {
        // Each file's time is read once: another instance may take a file while these are sorted.
        record Ready(Path path, Instant modified) {
        }
        List<Ready> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Instant modified = modified(entry);
                if (Files.isRegularFile(entry) && !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".csv")
                        && modified.plus(SETTLED).isBefore(now)) {
                    files.add(new Ready(entry, modified));
                }
            }
        }
        return files.stream().sorted(Comparator.comparing(Ready::modified).thenComparing(r -> r.path().getFileName()))
                .map(Ready::path).toList();
    }

    private void putBackStale(Path taken, Instant now) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(taken)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                int dash = name.indexOf('-');
                if (dash > 0 && modified(entry).plus(STALE).isBefore(now)) {
                    try {
                        Files.move(entry, folder.resolve(name.substring(dash + 1)), StandardCopyOption.ATOMIC_MOVE);
                    } catch (NoSuchFileException e) {
                        // put back by another instance
                    }
                }
            }
        }
    }

    private static Instant modified(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant();
        } catch (IOException e) {
            return NEVER;
        }
    }

    /** The pickup's settings, for the check at start-up. */
    @Dependent
    static class Settings implements SettingGroup {
    }
}
