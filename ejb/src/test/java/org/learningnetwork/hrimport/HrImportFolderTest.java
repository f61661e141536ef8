package org.learningnetwork.hrimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrImportFolderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    @TempDir
    Path folder;

    private Path file(String name, Duration age) throws Exception {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    @Test
    void theOldestSettledCsvIsTakenOnceAndOthersAreLeft() throws Exception {
        file("newer.csv", Duration.ofMinutes(5));
        file("older.CSV", Duration.ofMinutes(10));
        file("writing.csv", Duration.ofSeconds(10));
        file(".hidden.csv", Duration.ofHours(1));
        file("notes.txt", Duration.ofHours(1));
        HrImportFolder pickup = new HrImportFolder(folder);
        HrImportFolder.Taken first = pickup.take(NOW).orElseThrow();
        assertEquals("older.CSV", first.name());
        assertArrayEquals("older.CSV".getBytes(), first.content());
        assertFalse(Files.exists(folder.resolve("older.CSV")));
        first.delete();
        assertEquals("newer.csv", pickup.take(NOW).orElseThrow().name());
        assertTrue(pickup.take(NOW).isEmpty(), "a file still being written, hidden files and other files stay");
        assertTrue(Files.exists(folder.resolve("writing.csv")));
    }

    @Test
    void twoInstancesSharingTheFolderTakeEachFileOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            file("export-" + i + ".csv", Duration.ofMinutes(5));
        }
        java.util.List<String> taken = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            HrImportFolder pickup = new HrImportFolder(folder);
            runs.add(instances.submit(() -> {
                start.await();
                for (var file = pickup.take(NOW); file.isPresent(); file = pickup.take(NOW)) {
                    taken.add(file.get().name());
                }
                return null;
            }));
        }
        start.countDown();
        for (var run : runs) {
            run.get();
        }
        instances.shutdown();
        assertEquals(40, taken.size());
        assertEquals(40, new java.util.HashSet<>(taken).size(), "no file taken twice");
    }

    @Test
    void aFileLeftTakenForAnHourIsPutBackAndOneNotTakenAfterAllToo() throws Exception {
        file("staff.csv", Duration.ofMinutes(5));
        HrImportFolder pickup = new HrImportFolder(folder);
        HrImportFolder.Taken taken = pickup.take(NOW).orElseThrow();
        assertTrue(pickup.take(NOW.plus(Duration.ofMinutes(30))).isEmpty());
        assertEquals("staff.csv", pickup.take(NOW.plus(Duration.ofMinutes(61))).orElseThrow().name(), "put back, then taken again");
        HrImportFolder.Taken again = pickup.take(NOW.plus(Duration.ofMinutes(62))).orElse(null);
        assertEquals(null, again);
        assertFalse(Files.exists(taken.path()));
    }
}
