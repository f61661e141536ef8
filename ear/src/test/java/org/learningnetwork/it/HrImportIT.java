package org.learningnetwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningnetwork.access.Role;
import org.learningnetwork.hrimport.HrImport;
import org.learningnetwork.hrimport.HrImportJob;
import org.learningnetwork.hrimport.HrImportService;
import org.learningnetwork.hrimport.HrPlanner.Outcome;
import org.learningnetwork.notification.MailKind;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.RoleProfile;
import org.learningnetwork.pathway.RoleProfileService;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.ReferenceDataService;
import org.learningnetwork.reference.WorkforceGroup;

/**
 * The HR import on the deployed server, through its job: a dry run changes nothing and says what applying would do;
 * applying creates people with their managers, groups, dates and invitations; the same file again changes nothing;
 * people left out are deactivated; a file refused whole says why; encodings and separators; a failed application
 * leaves nothing half-applied and goes through when run again; administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class HrImportIT {

    private static final String HEADER = "Employee number,Given name,Family name,Work e-mail,Job title,Organisation,"
            + "Line manager,Start date,Leaving date,Account,Child Protection (National Framework 2024) workforce group\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private HrImportJob job;

    @Inject
    private HrImportService imports;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private RoleProfileService profiles;

    @Inject
    private TestData data;

    @Inject
    private AsRole.Admin admin;

    @Inject
    private AsRole.Learner learner;

    private String prefix;
    private String organisation;
    private WorkforceGroup group;

    /** People imported by earlier tests are no longer HR's (else this test's files would make them leavers). */
    @BeforeEach
    void freshNumbers() throws Exception {
        data.execute("update person set employee_number = null where employee_number is not null");
        data.execute("update hr_import set status = 'DISCARDED' where status in ('CHECKING', 'APPLYING')");
        prefix = "IT" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Organisation agency = data.organisation("Stirling");
        organisation = agency.getName();
        data.signIn(Role.ADMIN, data.person(agency, null, null));
        group = referenceData.frameworks().stream().filter(f -> f.getCode().equals("CP_2024")).findFirst().orElseThrow()
                .getGroups().get(0);
    }

    private String row(String number, String given, String manager, String jobTitle, String leaving, String account) {
        return prefix + number + "," + given + ",Import," + email(number) + "," + jobTitle + "," + organisation + ","
                + manager + ",01/04/2020," + leaving + "," + account + "," + group.getName() + "\n";
    }

    private String email(String number) {
        return (prefix + number).toLowerCase(java.util.Locale.ROOT) + "@hr.test.learning-network.scot";
    }

    private HrImportService.Summary uploadAndWait(byte[] content) throws Exception {
        long id = admin.call(() -> job.upload("staff.csv", content, HrImport.Source.UPLOAD));
        return settled(id, -1);
    }

    private HrImportService.Summary applyAndWait(long id) throws Exception {
        long before = latestRun(id);
        admin.call(() -> {
            job.apply(id);
            return null;
        });
        return settled(id, before);
    }

    private long latestRun(long id) throws Exception {
        return admin.call(() -> job.latestRun(id)).map(run -> run.getId()).orElse(-1L);
    }

    /** The import once the run of its job after run {@code before} has ended (up to two minutes). */
    private HrImportService.Summary settled(long id, long before) throws Exception {
        Instant until = Instant.now().plusSeconds(120);
        while (true) {
            var run = admin.call(() -> job.latestRun(id));
            boolean ended = run.isPresent() && run.get().getId() != before && !run.get().isRunning();
            // Read after the run is seen ended: read before, it could be the import as it was while the run went on.
            HrImportService.Summary summary = admin.call(() -> imports.find(id));
            if (ended) {
                return summary;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("HR import " + id + " still " + summary.status());
            }
            Thread.sleep(200);
        }
    }

    private long people(String like) {
        return data.count("select count(*) from person where employee_number like '" + prefix + like + "'");
    }

    @Test
    void aDryRunChangesNothingThenApplyingDoesWhatItSaidAndTheSameFileAgainNothing() throws Exception {
        String file = HEADER + row("B", "Bea", prefix + "M", "Social worker", "", "no")
                + row("M", "Mo", "", "Team manager", "", "yes")
                + row("C", "Cal", email("M"), "Social worker", "", "")
                + prefix + "X,Xan,Import," + email("X") + ",,Nowhere Council,,,,,\n";
        HrImportService.Summary checked = uploadAndWait(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(HrImport.Status.CHECKED, checked.status());
        assertEquals(4, checked.rowsRead());
        assertEquals(3, checked.created());
        assertEquals(1, checked.errors());
        assertEquals(1, checked.invited());
        assertEquals(0, people("%"), "a dry run writes no one");
        List<HrImportService.Line> refused = admin.call(() -> imports.report(checked.id(), Outcome.ERROR));
        assertEquals(1, refused.size());
        assertEquals(5, refused.get(0).lineNumber());
        assertEquals(List.of("hr.row.organisation|Nowhere Council"), refused.get(0).details());

        HrImportService.Summary applied = applyAndWait(checked.id());
        assertEquals(HrImport.Status.APPLIED, applied.status());
        assertEquals(3, applied.created());
        assertEquals(1, applied.invited());
        assertEquals(3, people("%"));
        Object managerId = data.value("select id from person where employee_number = '" + prefix + "M'");
        assertEquals(2L, data.count("select count(*) from person where line_manager_id = " + managerId));
        assertEquals(LocalDate.of(2020, 4, 1).toString(), String.valueOf(data.value(
                "select started_on from person where employee_number = '" + prefix + "B'")));
        assertEquals(3L, data.count("select count(*) from person_workforce_group g join person p on p.id = g.person_id"
                + " where p.employee_number like '" + prefix + "%' and g.workforce_group_id = " + group.getId()));
        assertEquals(1L, data.count("select count(*) from user_account a join person p on p.id = a.person_id where"
                + " p.employee_number = '" + prefix + "M' and a.password_hash is null"));
        assertTrue(data.outboxTo(email("M")).stream().anyMatch(m -> m.getKind() == MailKind.ACCOUNT_INVITATION));

        HrImportService.Summary again = uploadAndWait(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, again.unchanged());
        assertEquals(0, again.created() + again.changed() + again.deactivated());
        HrImportService.Summary appliedAgain = applyAndWait(again.id());
        assertEquals(0, appliedAgain.created() + appliedAgain.changed() + appliedAgain.deactivated() + appliedAgain.invited());

        // Cal changes job; Bea is no longer in the file; Mo leaves yesterday.
        String next = HEADER + row("M", "Mo", "", "Team manager", LocalDate.now().minusDays(1).toString(), "yes")
                + row("C", "Cal", email("M"), "Senior social worker", "", "");
        HrImportService.Summary changes = applyAndWait(uploadAndWait(next.getBytes(StandardCharsets.UTF_8)).id());
        assertEquals(1, changes.changed());
        assertEquals(2, changes.deactivated());
        assertEquals(Boolean.FALSE, data.value("select active from person where employee_number = '" + prefix + "B'"));
        assertEquals(Boolean.FALSE, data.value("select a.active from user_account a join person p on p.id = a.person_id"
                + " where p.employee_number = '" + prefix + "M'"), "a leaver's account is disabled");
        assertEquals("Senior social worker", data.value("select job_title from person where employee_number = '" + prefix + "C'"));
        List<HrImportService.Line> lines = admin.call(() -> imports.report(changes.id(), null));
        HrImportService.Line leaver = lines.stream().filter(l -> l.lineNumber() == null).findFirst().orElseThrow();
        assertEquals(prefix + "B", leaver.employeeNumber());
        assertEquals(Outcome.DEACTIVATE, leaver.outcome());
    }

    @Test
    void theRoleProfilesColumnGivesAndTakesOffOnlyTheImportsOwnProfiles() throws Exception {
        String tag = prefix.substring(2, 8).toUpperCase(java.util.Locale.ROOT);
        RoleProfile worker = admin.call(() -> profiles.save(new RoleProfile("HRW-" + tag, "Import worker " + tag),
                Set.of(group.getId()), List.of()));
        RoleProfile lead = admin.call(() -> profiles.save(new RoleProfile("HRL-" + tag, "Import lead " + tag), Set.of(), List.of()));
        RoleProfile managers = admin.call(() -> profiles.save(new RoleProfile("HRM-" + tag, "Manager's choice " + tag), Set.of(), List.of()));
        String header = "Employee number,Given name,Family name,Work e-mail,Organisation,Role profiles\n";
        String first = header + prefix + "R,Rae,Import," + email("R") + "," + organisation + ",\"" + worker.getCode().toLowerCase(java.util.Locale.ROOT)
                + "; Import lead " + tag + "\"\n" + prefix + "S,Sam,Import," + email("S") + "," + organisation + ",Nurse\n";
        HrImportService.Summary applied = applyAndWait(uploadAndWait(first.getBytes(StandardCharsets.UTF_8)).id());
        assertEquals(1, applied.created());
        assertEquals(1, applied.errors());
        assertEquals(List.of("hr.row.roleProfile|Nurse"), admin.call(() -> imports.report(applied.id(), Outcome.ERROR)).get(0).details());
        Object rae = data.value("select id from person where employee_number = '" + prefix + "R'");
        assertEquals(2L, data.count("select count(*) from person_role_profile where assigned_by = 'HR_IMPORT' and person_id = " + rae));
        assertEquals(1L, data.count("select count(*) from person_workforce_group where person_id = " + rae
                + " and workforce_group_id = " + group.getId()), "placed in the workforce group of the profile given");

        // Her manager gives her another; the next file names only the worker profile.
        data.execute("insert into person_role_profile (id, person_id, role_profile_id, assigned_on, assigned_by) values ("
                + (-System.nanoTime() % 1_000_000_000L - 1) + ", " + rae + ", " + managers.getId() + ", current_date, 'MANAGER')");
        String second = header + prefix + "R,Rae,Import," + email("R") + "," + organisation + "," + worker.getCode() + "\n";
        HrImportService.Summary changed = applyAndWait(uploadAndWait(second.getBytes(StandardCharsets.UTF_8)).id());
        assertEquals(1, changed.changed());
        assertEquals(List.of(worker.getId(), managers.getId()), data.ids("select role_profile_id from person_role_profile"
                + " where person_id = " + rae + " order by assigned_by"), "the lead profile is taken off, the manager's kept");
        assertTrue(admin.call(() -> imports.report(changed.id(), null)).get(0).details().contains("roleProfile"));
        assertEquals(0L, data.count("select count(*) from person_role_profile where role_profile_id = " + lead.getId()));
    }

    @Test
    void qualificationsAndRegistrationsComeAsOptionalColumnsAndAddToTheRecord() throws Exception {
        String header = "Employee number,Given name,Family name,Work e-mail,Organisation,Qualification in progress,Expected completion,"
                + "Qualification achieved,Achieved on,Register part,Registration number,Registered on,Renewal due,Registration condition,"
                + "Condition due\n";
        String first = header + prefix + "Q,Quinn,Import," + email("Q") + "," + organisation + ",SVQ 3 Social Services and Healthcare,"
                + "30/06/2027,,,Support worker in a housing support service,SW" + prefix.substring(2, 8) + ",15/01/2025,15/01/2030,SVQ3_SSHC,"
                + "15/01/2028\n" + prefix + "U,Una,Import," + email("U") + "," + organisation + ",HND Basket Weaving,30/06/2027,,,,,,,,\n";
        HrImportService.Summary checked = uploadAndWait(first.getBytes(StandardCharsets.UTF_8));
        assertEquals(0L, people("Q"), "a dry run records nothing");
        HrImportService.Summary applied = applyAndWait(checked.id());
        assertEquals(1, applied.created());
        assertEquals(List.of("hr.row.qualification|HND Basket Weaving"), admin.call(() -> imports.report(applied.id(), Outcome.ERROR))
                .get(0).details());
        Object quinn = data.value("select id from person where employee_number = '" + prefix + "Q'");
        assertEquals(List.of(List.of("SVQ3_SSHC", "IN_PROGRESS", "2027-06-30")), data.rows("select qualification_code, status,"
                + " cast(expected_on as varchar(10)) from person_qualification where person_id = " + quinn));
        assertEquals(List.of(List.of("SUPPORT_WORKER_HOUSING_SUPPORT", "2030-01-15", "SVQ3_SSHC", "2028-01-15")), data.rows(
                "select r.register_part_code, cast(r.renewal_due_on as varchar(10)), c.qualification_code, cast(c.due_on as varchar(10))"
                        + " from registration r join registration_condition c on c.registration_id = r.id where r.person_id = " + quinn));

        // The next export: the SVQ 3 achieved, the renewal moved on; the same file again changes nothing.
        String second = header + prefix + "Q,Quinn,Import," + email("Q") + "," + organisation + ",,,SVQ3_SSHC,01/11/2026,"
                + "SUPPORT_WORKER_HOUSING_SUPPORT,SW" + prefix.substring(2, 8) + ",15/01/2025,15/01/2031,SVQ3_SSHC,15/01/2028\n";
        HrImportService.Summary changed = applyAndWait(uploadAndWait(second.getBytes(StandardCharsets.UTF_8)).id());
        assertEquals(1, changed.changed());
        assertEquals(List.of("qualification", "registration"), admin.call(() -> imports.report(changed.id(), null)).get(0).details());
        assertEquals(List.of(List.of("ACHIEVED", "2026-11-01")), data.rows("select status, cast(achieved_on as varchar(10))"
                + " from person_qualification where person_id = " + quinn), "the one in progress, achieved: not a second record");
        assertEquals(1L, data.count("select count(*) from registration where renewal_due_on = date '2031-01-15' and person_id = " + quinn));
        assertEquals(1, applyAndWait(uploadAndWait(second.getBytes(StandardCharsets.UTF_8)).id()).unchanged());
    }

    @Test
    void aFileRefusedWholeSaysWhyAndWindows1252WithSemicolonsIsRead() throws Exception {
        HrImportService.Summary refused = uploadAndWait("Employee number;Given name\nE1;Ann\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(HrImport.Status.REFUSED, refused.status());
        assertEquals("hr.file.missing|Family name, Work e-mail, Organisation", refused.problem());

        String file = (HEADER + row("Z", "Zoë", "", "Café worker", "", "no")).replace(',', ';');
        HrImportService.Summary applied = applyAndWait(uploadAndWait(file.getBytes(Charset.forName("windows-1252"))).id());
        assertEquals(1, applied.created());
        assertEquals("Zoë", data.value("select given_name from person where employee_number = '" + prefix + "Z'"));
    }

    @Test
    void aFailedApplicationLeavesNothingHalfAppliedAndGoesThroughWhenRunAgain() throws Exception {
        String file = HEADER + row("A", "Ada", "", "Social worker", "", "no") + row("F", "Failing", "", "Social worker", "", "no");
        HrImportService.Summary checked = uploadAndWait(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, checked.created());
        data.execute("alter table person add constraint person_it_refuses check (given_name <> 'Failing')");
        try {
            HrImportService.Summary failed = applyAndWait(checked.id());
            assertEquals(HrImport.Status.APPLYING, failed.status(), "still to be applied");
            assertEquals(0, people("%"), "nothing half-applied");
            assertTrue(admin.call(() -> job.latestRun(checked.id())).orElseThrow().isRestartable());
        } finally {
            data.execute("alter table person drop constraint person_it_refuses");
        }
        long failedRun = latestRun(checked.id());
        admin.call(() -> {
            job.retry(checked.id());
            return null;
        });
        HrImportService.Summary applied = settled(checked.id(), failedRun);
        assertEquals(HrImport.Status.APPLIED, applied.status());
        assertEquals(2, people("%"));
    }

    @Test
    void anExportDroppedInTheFolderIsPickedUpCheckedAndAppliedWhenClean() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("hr-folder");
        java.nio.file.Path dropped = folder.resolve("nightly.csv");
        java.nio.file.Files.writeString(dropped, HEADER + row("N", "Nell", "", "Social worker", "", "no"));
        java.nio.file.Files.setLastModifiedTime(dropped, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(120)));
        System.setProperty("learningnetwork.hr-import.folder", folder.toString());
        System.setProperty("learningnetwork.hr-import.folder-apply", "clean");
        try {
            job.pickUp();
            assertTrue(java.nio.file.Files.notExists(dropped), "taken");
            long id = ((Number) data.value("select max(id) from hr_import where source = 'FOLDER'")).longValue();
            HrImportService.Summary checked = settled(id, -1);
            assertEquals(HrImport.Status.CHECKED, checked.status());
            assertEquals(HrImport.Source.FOLDER, checked.source());
            assertEquals(0L, data.count("select count(*) from person where employee_number = '" + prefix + "N'"));
            long checkRun = latestRun(id);
            job.pickUp();
            HrImportService.Summary applied = settled(id, checkRun);
            assertEquals(HrImport.Status.APPLIED, applied.status());
            assertEquals(1L, data.count("select count(*) from person where employee_number = '" + prefix + "N'"));
            try (var left = java.nio.file.Files.list(folder.resolve("taken"))) {
                assertEquals(0, left.count(), "the file is kept in the database only");
            }
        } finally {
            System.clearProperty("learningnetwork.hr-import.folder");
            System.clearProperty("learningnetwork.hr-import.folder-apply");
            try (var left = java.nio.file.Files.walk(folder)) {
                for (java.nio.file.Path path : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(path);
                }
            }
        }
    }

    @Test
    void onlyAnAdministratorImportsAndOneImportWorksAtATime() throws Exception {
        assertThrows(EJBAccessException.class, () -> learner.call(() -> imports.list(new org.learningnetwork.platform.PageRequest(0, 10))));
        assertThrows(EJBAccessException.class, () -> learner.call(() -> job.upload("x.csv", new byte[] {1}, HrImport.Source.UPLOAD)));
        RejectedException empty = assertThrows(RejectedException.class, () -> admin.call(() -> job.upload("x.csv", new byte[0],
                HrImport.Source.UPLOAD)));
        assertEquals("hr.file.none", empty.getProblems().get(0).messageKey());
        HrImportService.Summary empty2 = uploadAndWait(HEADER.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, empty2.rowsRead());
        data.execute("update hr_import set status = 'CHECKING' where id = ?", empty2.id());
        try {
            RejectedException busy = assertThrows(RejectedException.class, () -> admin.call(() -> job.upload("x.csv",
                    HEADER.getBytes(StandardCharsets.UTF_8), HrImport.Source.UPLOAD)));
            assertEquals("hr.import.busy", busy.getProblems().get(0).messageKey());
        } finally {
            data.execute("update hr_import set status = 'DISCARDED' where status = 'CHECKING'");
        }
    }
}
