package org.learningnetwork.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The record of processing leaves out no table about people and no retention rule. */
class ProcessingActivityTest {

    @Test
    void everyTableAboutPeopleBelongsToAnActivity() {
        Set<String> recorded = Arrays.stream(ProcessingActivity.values()).flatMap(a -> a.getTables().stream()).collect(Collectors.toSet());
        Set<String> personal = PersonalData.get().personalTables().stream().map(PersonalData.PersonalTable::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(personal, new TreeSet<>(recorded), "personal-data.properties and ProcessingActivity must agree");
    }

    @Test
    void everyRetentionRuleLimitsAnActivity() {
        Set<RecordType> limited = EnumSet.noneOf(RecordType.class);
        Arrays.stream(ProcessingActivity.values()).forEach(a -> limited.addAll(a.getRetention()));
        assertEquals(EnumSet.allOf(RecordType.class), limited);
    }

    @Test
    void everyTableAboutPeopleIsLimitedByARetentionRule() {
        List<String> unlimited = PersonalData.get().personalTables().stream().filter(t -> t.retention().isEmpty())
                .map(PersonalData.PersonalTable::name).toList();
        assertEquals(List.of(), unlimited, "retention.<table> in personal-data.properties");
        Set<RecordType> used = EnumSet.noneOf(RecordType.class);
        PersonalData.get().personalTables().forEach(t -> {
            used.addAll(t.retention());
            t.columnRetention().values().forEach(used::addAll);
        });
        assertEquals(EnumSet.allOf(RecordType.class), used, "every rule limits some table or column about people");
    }

    @Test
    void tablesAreListedByName() {
        assertEquals("approval_link, booking_event", ProcessingActivity.MANAGER_APPROVAL.getTableList());
    }
}
