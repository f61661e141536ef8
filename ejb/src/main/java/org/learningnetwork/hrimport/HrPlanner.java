package org.learningnetwork.hrimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.learningnetwork.platform.Text;

/**
 * The rules of the HR import: what a file's rows do to the people already recorded. Each row is matched to a person
 * by employee number, else by work e-mail (a person recorded before HR numbers were imported), and then creates them,
 * changes what differs, deactivates them (a leaving date reached) or changes nothing. People with an employee number
 * whom the file no longer lists have left and are deactivated. A row is refused, with every reason, when a field is
 * wrong, its organisation or workforce group is unknown, its employee number or e-mail is on another row too, its
 * e-mail is someone else's, its line manager is not found or would close a cycle of managers, or its line manager's
 * own row is refused and is nobody recorded yet; the other rows go ahead. Where the file has a role profiles column,
 * a person holds the role profiles it names: those the import gave earlier and the file no longer names are taken
 * off, those their manager or the learning team gave are kept; a role profile newly held places the person in its
 * workforce group of each framework the file has no column for (the highest, where their profiles map several).
 * Nothing here touches the database: the import reads the people into {@link Existing} records and writes what
 * {@link #plan()} returns.
 */
public final class HrPlanner {

    /** What a row (or a person the file leaves out) comes to. */
    public enum Outcome { CREATE, CHANGE, DEACTIVATE, ERROR, UNCHANGED }

    /** A person as recorded: their groups by framework code, and whether they have a sign-in account. */
    public record Existing(long id, String employeeNumber, String workEmail, String givenName, String familyName,
                           String jobTitle, long organisationId, Long lineManagerId, Map<String, Long> groups,
                           LocalDate startedOn, LocalDate leftOn, boolean active, boolean hasAccount) {
    }

    /**
     * The organisations by name key; each framework's workforce groups by the key of their name and of their code;
     * the role profiles in use by the key of their code and of their name; each role profile's workforce groups by
     * framework; and each workforce group's rank in its framework.
     */
    public record Reference(Map<String, Long> organisations, Map<String, Map<String, Long>> groups,
                            Map<String, Long> roleProfiles, Map<Long, Map<String, Long>> profileGroups,
                            Map<Long, Integer> groupRanks, Map<String, String> qualifications, Map<String, String> registerParts) {

        /** Without role profiles. */
        public Reference(Map<String, Long> organisations, Map<String, Map<String, Long>> groups) {
            this(organisations, groups, Map.of(), Map.of(), Map.of());
        }

        /** Without qualifications or parts of the register. */
        public Reference(Map<String, Long> organisations, Map<String, Map<String, Long>> groups, Map<String, Long> roleProfiles,
                         Map<Long, Map<String, Long>> profileGroups, Map<Long, Integer> groupRanks) {
            this(organisations, groups, roleProfiles, profileGroups, groupRanks, Map.of(), Map.of());
        }
    }

    /** A qualification a person has on record: its row, its code, status ({@code IN_PROGRESS} ...) and dates. */
    public record HeldQualification(long id, String code, String status, LocalDate expectedOn, LocalDate achievedOn) {
    }

    /** A person's current registration on one part of the register, with its conditions by qualification code. */
    public record HeldRegistration(long id, String part, String number, LocalDate registeredOn, LocalDate renewalDue,
                                   Map<String, HeldCondition> conditions) {
    }

    /** A condition on a registration: its row and the day it is due. */
    public record HeldCondition(long id, LocalDate dueOn) {
    }

    /** A qualification to record ({@code id} null) or to change: its status and dates. */
    public record QualificationWrite(Long id, String code, String status, LocalDate expectedOn, LocalDate achievedOn) {
    }

    /**
     * A registration to record ({@code id} null) or to change ({@code changed}), and the condition on it to record
     * ({@code conditionId} null) or change (none when {@code conditionCode} is null).
     */
    public record RegistrationWrite(Long id, boolean changed, String part, String number, LocalDate registeredOn, LocalDate renewalDue,
                                    Long conditionId, String conditionCode, LocalDate conditionDue) {
    }

    /** What a row writes of a person's qualifications and registration. */
    public record RecordWrites(List<QualificationWrite> qualifications, RegistrationWrite registration) {

        boolean empty() {
            return qualifications.isEmpty() && registration == null;
        }
    }

    /** The role profiles a person holds: those the import gave, and those their manager or the learning team gave. */
    public record Held(Set<Long> imported, Set<Long> others) {
        static final Held NONE = new Held(Set.of(), Set.of());
    }

    /**
     * What a person is to be: groups by framework code for the frameworks the file has (a {@code null}: none), and
     * the role profiles the file names ({@code null}: the file has no such column).
     */
    public record Target(String employeeNumber, String givenName, String familyName, String workEmail, String jobTitle,
                         long organisationId, Map<String, Long> groups, LocalDate startedOn, LocalDate leftOn,
                         boolean active, Set<Long> roleProfiles) {

        Target withGroups(Map<String, Long> placed) {
            return new Target(employeeNumber, givenName, familyName, workEmail, jobTitle, organisationId, placed, startedOn,
                    leftOn, active, roleProfiles);
        }
    }

    /**
     * One thing the import does or refuses, in file order then the leavers: the line (none for a leaver), the person
     * (none until created), what they are to be and who their line manager is to be (a person recorded, or the item
     * that creates them), the fields that change, whether they are invited to sign in, why a row is refused, the
     * role profiles the import gives and takes off, and what it records of their qualifications and registration.
     */
    public record Planned(Integer line, String employeeNumber, Outcome outcome, Long personId, Target target,
                          Long managerPersonId, Integer managerItem, List<String> changes, boolean invite,
                          List<String> errors, Set<Long> profilesGiven, Set<Long> profilesTaken, RecordWrites records) {

        Planned(Integer line, String employeeNumber, Outcome outcome, Long personId, Target target, Long managerPersonId,
                Integer managerItem, List<String> changes, boolean invite, List<String> errors) {
            this(line, employeeNumber, outcome, personId, target, managerPersonId, managerItem, changes, invite, errors,
                    Set.of(), Set.of(), null);
        }

        /** How the outcome is stored: the fields changed, or the reasons refused. */
        public String detail() {
            return String.join(";", outcome == Outcome.ERROR ? errors : changes);
        }
    }

    /** The items, and how many of each outcome. */
    public record Plan(List<Planned> items, Map<Outcome, Integer> counts, int invited) {

        public int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }

    private final Reference reference;
    private final LocalDate today;
    private final Map<String, Existing> byNumber = new HashMap<>();
    private final Map<String, Existing> byEmail = new HashMap<>();
    private final Map<Long, Existing> byId = new HashMap<>();
    private final Map<Long, Held> held = new HashMap<>();
    private final Map<Long, List<HeldQualification>> qualificationsHeld = new HashMap<>();
    private final Map<Long, Map<String, HeldRegistration>> registrationsHeld = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final RowIndex numbers = new RowIndex();
    private final RowIndex emails = new RowIndex();
    private final Map<Long, Integer> entryOfPerson = new HashMap<>();
    private final Map<String, String> sharedTexts = new HashMap<>();

    /** The rows with each value (an employee number, an e-mail): the one row of most, all the rows of the values on several. */
    private static final class RowIndex {
        final Map<String, Integer> first = new HashMap<>();
        final Map<String, List<Integer>> duplicates = new HashMap<>();

        void add(String value, int row) {
            Integer earlier = first.putIfAbsent(value, row);
            if (earlier != null) {
                duplicates.computeIfAbsent(value, v -> new ArrayList<>(List.of(earlier))).add(row);
            }
        }

        boolean containsKey(String value) {
            return first.containsKey(value);
        }

        /** The rows with the value, or {@code null} if none has it. */
        List<Integer> rows(String value) {
            List<Integer> several = duplicates.get(value);
            if (several != null) {
                return several;
            }
            Integer one = first.get(value);
            return one == null ? null : List.of(one);
        }
    }

    /**
     * A row as the plan goes: the person matched, what they are to be, the manager named and found. The row itself is
     * not kept (a file of 200,000 rows is planned in little memory): only what the plan still needs of it.
     */
    private static final class Entry {
        final int line;
        final String number;
        final boolean parsed;
        final String managerNamed;
        final boolean account;
        List<String> errors;
        Existing existing;
        Target target;
        Long managerPerson;
        Integer managerEntry;
        HrRecords records;

        Entry(int line, String number, HrRow row, List<String> errors) {
            this.line = line;
            this.number = number;
            this.parsed = row != null;
            this.managerNamed = row == null ? null : row.lineManager();
            this.account = row != null && row.account();
            this.errors = errors.isEmpty() ? List.of() : new ArrayList<>(errors);
        }

        void refuse(String error) {
            if (errors.isEmpty()) {
                errors = new ArrayList<>(2);
            }
            errors.add(error);
        }
    }

    public HrPlanner(Reference reference, LocalDate today) {
        this.reference = reference;
        this.today = today;
    }

    /** A person as recorded (every person, so that e-mail addresses and managers are known). */
    public void existing(Existing recorded) {
        Existing person = new Existing(recorded.id(), recorded.employeeNumber(), recorded.workEmail(), recorded.givenName(),
                recorded.familyName(), shared(recorded.jobTitle()), recorded.organisationId(), recorded.lineManagerId(),
                compact(new HashMap<>(recorded.groups())), recorded.startedOn(), recorded.leftOn(), recorded.active(), recorded.hasAccount());
        byId.put(person.id(), person);
        byEmail.put(person.workEmail(), person);
        if (person.employeeNumber() != null) {
            byNumber.put(person.employeeNumber(), person);
        }
    }

    /** The role profiles a person recorded holds (only people who hold some need be given). */
    public void held(long personId, Set<Long> imported, Set<Long> others) {
        held.put(personId, new Held(Set.copyOf(imported), Set.copyOf(others)));
    }

    /** A qualification a person has on record (only needed when the file has qualification or registration columns). */
    public void recorded(long personId, HeldQualification qualification) {
        qualificationsHeld.computeIfAbsent(personId, k -> new ArrayList<>(2)).add(qualification);
    }

    /** A person's current registration on a part of the register (as for {@link #recorded}). */
    public void registered(long personId, HeldRegistration registration) {
        registrationsHeld.computeIfAbsent(personId, k -> new HashMap<>(2)).put(registration.part(), registration);
    }

    /** The next row read from the file. */
    public void add(HrRowReader.Read read) {
        Entry entry = new Entry(read.line(), read.employeeNumber(), read.row(), read.errors());
        int index = entries.size();
        entries.add(entry);
        if (entry.number != null) {
            numbers.add(entry.number, index);
        }
        HrRow row = read.row();
        if (row == null) {
            Existing known = entry.number == null ? null : byNumber.get(entry.number);
            if (known != null) {
                entry.existing = known;
                entryOfPerson.putIfAbsent(known.id(), index);
            }
            return;
        }
        emails.add(row.workEmail(), index);
        Long organisation = reference.organisations().get(Text.key(row.organisation()));
        if (organisation == null) {
            entry.refuse("hr.row.organisation|" + row.organisation());
        }
        Map<String, Long> groups = new HashMap<>(4);
        row.groups().forEach((framework, value) -> {
            if (value == null) {
                groups.put(framework, null);
                return;
            }
            Long group = reference.groups().getOrDefault(framework, Map.of()).get(Text.key(value));
            if (group == null) {
                entry.refuse("hr.row.group|" + value);
            } else {
                groups.put(framework, group);
            }
        });
        Set<Long> profiles = null;
        if (row.roleProfiles() != null) {
            profiles = new HashSet<>(4);
            for (String named : row.roleProfiles()) {
                Long profile = reference.roleProfiles().get(Text.key(named));
                if (profile == null) {
                    entry.refuse("hr.row.roleProfile|" + named);
                } else {
                    profiles.add(profile);
                }
            }
            profiles = Set.copyOf(profiles);
        }
        if (row.records() != null && !row.records().empty()) {
            entry.records = resolved(row.records(), entry);
        }
        Existing known = byNumber.get(row.employeeNumber());
        Existing holder = byEmail.get(row.workEmail());
        if (known == null && holder != null) {
            if (holder.employeeNumber() == null) {
                known = holder;
            } else {
                entry.refuse("hr.row.emailTaken|" + holder.employeeNumber());
            }
        } else if (known != null && holder != null && holder.id() != known.id()) {
            entry.refuse(holder.employeeNumber() == null ? "hr.row.emailTakenUnnumbered" : "hr.row.emailTaken|" + holder.employeeNumber());
        }
        if (known != null) {
            entry.existing = known;
            entryOfPerson.putIfAbsent(known.id(), index);
        }
        if (organisation != null) {
            boolean active = row.leavingDate() == null || row.leavingDate().isAfter(today);
            entry.target = new Target(row.employeeNumber(), row.givenName(), row.familyName(), row.workEmail(),
                    shared(row.jobTitle()), organisation, compact(groups), row.startDate(), row.leavingDate(), active, profiles);
        }
    }

    /**
     * The row's qualifications and part of the register by their codes; a name nobody knows, or a qualification achieved
     * after today, refuses the row.
     */
    private HrRecords resolved(HrRecords named, Entry entry) {
        if (named.achievedOn() != null && named.achievedOn().isAfter(today)) {
            entry.refuse("hr.row.achievedFuture");
        }
        return new HrRecords(qualification(named.inProgress(), entry), named.expectedOn(), qualification(named.achieved(), entry),
                named.achievedOn(), code(reference.registerParts(), named.registerPart(), "hr.row.registerPart", entry),
                named.registrationNumber(), named.registeredOn(), named.renewalDue(), qualification(named.condition(), entry),
                named.conditionDue());
    }

    private String qualification(String named, Entry entry) {
        return code(reference.qualifications(), named, "hr.row.qualification", entry);
    }

    private static String code(Map<String, String> codes, String named, String error, Entry entry) {
        if (named == null) {
            return null;
        }
        String code = codes.get(Text.key(named));
        if (code == null) {
            entry.refuse(error + "|" + named);
        }
        return code;
    }

    /** The same job title (repeated across a workforce) kept once. */
    private String shared(String text) {
        return text == null ? null : sharedTexts.computeIfAbsent(text, t -> t);
    }

    /** A small map kept small: none, or the one framework most files have. */
    private static Map<String, Long> compact(Map<String, Long> groups) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        if (groups.size() == 1 && !groups.containsValue(null)) {
            Map.Entry<String, Long> only = groups.entrySet().iterator().next();
            return Map.of(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(groups);
    }

    /** What the rows and the people left out come to. */
    public Plan plan() {
        duplicates(numbers, "hr.row.duplicateNumber");
        duplicates(emails, "hr.row.duplicateEmail");
        for (Entry entry : entries) {
            if (entry.parsed && entry.managerNamed != null) {
                findManager(entry);
            }
        }
        cycles();
        refuseManagedByRefused();
        List<Planned> items = new ArrayList<>(entries.size());
        Map<Outcome, Integer> counts = new HashMap<>();
        int invited = 0;
        for (Entry entry : entries) {
            Planned planned = planned(entry);
            items.add(planned);
            counts.merge(planned.outcome(), 1, Integer::sum);
            invited += planned.invite() ? 1 : 0;
        }
        List<Existing> leavers = new ArrayList<>();
        for (Existing person : byNumber.values()) {
            if (person.active() && !numbers.containsKey(person.employeeNumber()) && !entryOfPerson.containsKey(person.id())) {
                leavers.add(person);
            }
        }
        leavers.sort((a, b) -> a.employeeNumber().compareTo(b.employeeNumber()));
        for (Existing person : leavers) {
            items.add(new Planned(null, person.employeeNumber(), Outcome.DEACTIVATE, person.id(), null, null, null,
                    List.of("active"), false, List.of()));
            counts.merge(Outcome.DEACTIVATE, 1, Integer::sum);
        }
        return new Plan(Collections.unmodifiableList(items), counts, invited);
    }

    private void duplicates(RowIndex index, String key) {
        for (List<Integer> rows : index.duplicates.values()) {
            if (rows.size() > 1) {
                for (int i : rows) {
                    List<String> others = new ArrayList<>();
                    for (int j : rows) {
                        if (j != i) {
                            others.add(Integer.toString(entries.get(j).line));
                        }
                    }
                    entries.get(i).refuse(key + "|" + String.join(", ", others));
                }
            }
        }
    }

    /** The manager named by e-mail (with an @) or employee number: a row of the file first, else a person recorded. */
    private void findManager(Entry entry) {
        String named = entry.managerNamed;
        boolean byMail = named.contains("@");
        String key = byMail ? named.toLowerCase(java.util.Locale.ROOT) : named;
        List<Integer> rows = (byMail ? emails : numbers).rows(key);
        if (rows != null && rows.size() == 1) {
            entry.managerEntry = rows.get(0);
            return;
        }
        Existing person = (byMail ? byEmail : byNumber).get(key);
        if (rows == null && person != null) {
            entry.managerPerson = person.id();
            return;
        }
        entry.refuse((rows != null ? "hr.row.managerAmbiguous|" : "hr.row.managerUnknown|") + named);
    }

    /**
     * Rows whose line managers, followed up the chain (through the file's rows and the people recorded), lead back
     * to themselves. Each person has at most one manager, so every chain is walked once.
     */
    private void cycles() {
        Map<Long, Integer> state = new HashMap<>();
        for (int start = 0; start < entries.size(); start++) {
            List<Long> path = new ArrayList<>();
            Long node = node(start);
            while (node != null && !state.containsKey(node)) {
                state.put(node, 1);
                path.add(node);
                node = next(node);
            }
            if (node != null && state.get(node) == 1) {
                for (int i = path.indexOf(node); i < path.size(); i++) {
                    Integer in = entryOf(path.get(i));
                    if (in != null && !entries.get(in).errors.contains("hr.row.managerCycle")) {
                        entries.get(in).refuse("hr.row.managerCycle");
                    }
                }
            }
            for (Long done : path) {
                state.put(done, 2);
            }
        }
    }

    /** A node of the chain of managers: a person's id, or for a row creating someone, minus one less its index. */
    private Long node(int index) {
        Entry entry = entries.get(index);
        return entry.existing != null ? entry.existing.id() : -1L - index;
    }

    private Integer entryOf(long node) {
        return node < 0 ? Integer.valueOf((int) (-1L - node)) : entryOfPerson.get(node);
    }

    private Long next(long node) {
        Integer index = entryOf(node);
        if (index != null && entries.get(index).parsed) {
            Entry entry = entries.get(index);
            if (entry.managerEntry != null) {
                return node(entry.managerEntry);
            }
            return entry.managerPerson;
        }
        Existing person = byId.get(node);
        return person == null ? null : person.lineManagerId();
    }

    /** Rows whose manager's own row is refused and who is nobody recorded yet: refused too (to the end of the chain). */
    private void refuseManagedByRefused() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Entry entry : entries) {
                if (entry.errors.isEmpty() && entry.managerEntry != null) {
                    Entry manager = entries.get(entry.managerEntry);
                    if (absent(manager)) {
                        if (manager.existing != null) {
                            entry.managerPerson = manager.existing.id();
                            entry.managerEntry = null;
                        } else {
                            entry.refuse("hr.row.managerRefused|" + manager.line);
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private static boolean refused(Entry entry) {
        return !entry.errors.isEmpty() || entry.target == null;
    }

    /** Refused, or a leaver nobody recorded: a row whose person will not be there to manage anyone. */
    private static boolean absent(Entry entry) {
        return refused(entry) || entry.existing == null && !entry.target.active();
    }

    private Planned planned(Entry entry) {
        if (refused(entry)) {
            return new Planned(entry.line, entry.number, Outcome.ERROR, entry.existing == null ? null : entry.existing.id(),
                    null, null, null, List.of(), false, List.copyOf(entry.errors));
        }
        Target target = entry.target;
        Existing was = entry.existing;
        Set<Long> given = Set.of();
        Set<Long> taken = Set.of();
        if (target.roleProfiles() != null) {
            Held now = was == null ? Held.NONE : held.getOrDefault(was.id(), Held.NONE);
            given = new HashSet<>(target.roleProfiles());
            given.removeAll(now.imported());
            given.removeAll(now.others());
            taken = new HashSet<>(now.imported());
            taken.removeAll(target.roleProfiles());
            if (!given.isEmpty()) {
                Set<Long> holding = new HashSet<>(target.roleProfiles());
                holding.addAll(now.others());
                target = target.withGroups(placedBy(holding, target.groups()));
            }
            given = Set.copyOf(given);
            taken = Set.copyOf(taken);
        }
        boolean wantsAccount = entry.account && target.active() && (was == null || !was.hasAccount());
        if (was == null) {
            if (!target.active()) {
                return new Planned(entry.line, entry.number, Outcome.UNCHANGED, null, target, null, null, List.of("left"),
                        false, List.of());
            }
            return new Planned(entry.line, entry.number, Outcome.CREATE, null, target, entry.managerPerson,
                    entry.managerEntry, List.of(), wantsAccount, List.of(), given, Set.of(), writes(entry.records, null));
        }
        List<String> changes = new ArrayList<>();
        differs(changes, "employeeNumber", was.employeeNumber(), target.employeeNumber());
        differs(changes, "givenName", was.givenName(), target.givenName());
        differs(changes, "familyName", was.familyName(), target.familyName());
        differs(changes, "workEmail", was.workEmail(), target.workEmail());
        differs(changes, "jobTitle", was.jobTitle(), target.jobTitle());
        differs(changes, "organisation", was.organisationId(), target.organisationId());
        Long managerNow = was.lineManagerId();
        if (entry.managerEntry != null) {
            Existing manager = entries.get(entry.managerEntry).existing;
            if (manager == null || !Long.valueOf(manager.id()).equals(managerNow)) {
                changes.add("lineManager");
            }
        } else {
            differs(changes, "lineManager", managerNow, entry.managerPerson);
        }
        Set<String> groupChanges = new HashSet<>();
        target.groups().forEach((framework, group) -> {
            if (!Objects.equals(was.groups().get(framework), group)) {
                groupChanges.add(framework);
            }
        });
        if (!groupChanges.isEmpty()) {
            changes.add("workforceGroup");
        }
        differs(changes, "startDate", was.startedOn(), target.startedOn());
        differs(changes, "leavingDate", was.leftOn(), target.leftOn());
        if (was.active() != target.active()) {
            changes.add("active");
        }
        if (wantsAccount) {
            changes.add("account");
        }
        if (!given.isEmpty() || !taken.isEmpty()) {
            changes.add("roleProfile");
        }
        RecordWrites records = writes(entry.records, was.id());
        if (records != null) {
            if (!records.qualifications().isEmpty()) {
                changes.add("qualification");
            }
            if (records.registration() != null) {
                changes.add("registration");
            }
        }
        if (changes.isEmpty()) {
            // Nothing to write: what they are to be is what they are.
            return new Planned(entry.line, entry.number, Outcome.UNCHANGED, was.id(), null, null, null, List.of(), false, List.of());
        }
        Outcome outcome = was.active() && !target.active() ? Outcome.DEACTIVATE : Outcome.CHANGE;
        return new Planned(entry.line, entry.number, outcome, was.id(), target, entry.managerPerson, entry.managerEntry,
                List.copyOf(changes), wantsAccount, List.of(), given, taken, records);
    }

    /**
     * What the row records of a person's qualifications and registration ({@code personId} null: someone new), against
     * what is on record: nothing is taken away. A qualification in progress is recorded unless it is already achieved
     * (its expected completion changed if it is in progress); one achieved is recorded, or the one in progress marked
     * achieved; a registration on the part is recorded, or the current one changed, with its condition. None when there
     * is nothing to write.
     */
    private RecordWrites writes(HrRecords records, Long personId) {
        if (records == null) {
            return null;
        }
        List<HeldQualification> held = personId == null ? List.of() : qualificationsHeld.getOrDefault(personId, List.of());
        List<QualificationWrite> qualifications = new ArrayList<>(2);
        if (records.achieved() != null && held.stream().noneMatch(h -> h.code().equals(records.achieved()) && "ACHIEVED".equals(h.status()))) {
            HeldQualification working = inProgress(held, records.achieved());
            qualifications.add(new QualificationWrite(working == null ? null : working.id(), records.achieved(), "ACHIEVED",
                    working == null ? null : working.expectedOn(), records.achievedOn()));
        }
        if (records.inProgress() != null && !records.inProgress().equals(records.achieved())
                && held.stream().noneMatch(h -> h.code().equals(records.inProgress()) && "ACHIEVED".equals(h.status()))) {
            HeldQualification working = inProgress(held, records.inProgress());
            if (working == null || !records.expectedOn().equals(working.expectedOn())) {
                qualifications.add(new QualificationWrite(working == null ? null : working.id(), records.inProgress(), "IN_PROGRESS",
                        records.expectedOn(), null));
            }
        }
        RegistrationWrite registration = null;
        if (records.registerPart() != null) {
            HeldRegistration now = personId == null ? null : registrationsHeld.getOrDefault(personId, Map.of()).get(records.registerPart());
            boolean changed = now != null && (!Objects.equals(now.number(), records.registrationNumber())
                    || !now.registeredOn().equals(records.registeredOn()) || !now.renewalDue().equals(records.renewalDue()));
            HeldCondition condition = now == null || records.condition() == null ? null : now.conditions().get(records.condition());
            boolean conditionWritten = records.condition() != null && (condition == null || !condition.dueOn().equals(records.conditionDue()));
            if (now == null || changed || conditionWritten) {
                registration = new RegistrationWrite(now == null ? null : now.id(), changed, records.registerPart(),
                        records.registrationNumber(), records.registeredOn(), records.renewalDue(), condition == null ? null : condition.id(),
                        conditionWritten ? records.condition() : null, records.conditionDue());
            }
        }
        RecordWrites writes = new RecordWrites(List.copyOf(qualifications), registration);
        return writes.empty() ? null : writes;
    }

    private static HeldQualification inProgress(List<HeldQualification> held, String code) {
        return held.stream().filter(h -> h.code().equals(code) && "IN_PROGRESS".equals(h.status())).findFirst().orElse(null);
    }

    /**
     * The workforce groups of the file, with the groups the role profiles held place the person in for each
     * framework the file has no column for (the highest ranked, where they map several).
     */
    private Map<String, Long> placedBy(Set<Long> profiles, Map<String, Long> fromFile) {
        Map<String, Long> placed = new HashMap<>(fromFile);
        Map<String, Long> highest = new HashMap<>();
        for (Long profile : profiles) {
            reference.profileGroups().getOrDefault(profile, Map.of()).forEach((framework, group) ->
                    highest.merge(framework, group, (a, b) -> rank(a) >= rank(b) ? a : b));
        }
        highest.forEach((framework, group) -> {
            if (!placed.containsKey(framework)) {
                placed.put(framework, group);
            }
        });
        return placed.size() == fromFile.size() ? fromFile : compact(placed);
    }

    private int rank(Long group) {
        return reference.groupRanks().getOrDefault(group, 0);
    }

    private static void differs(List<String> changes, String field, Object was, Object is) {
        if (!Objects.equals(was, is)) {
            changes.add(field);
        }
    }
}
