package org.learningnetwork.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningnetwork.organisation.AgencyType;
import org.learningnetwork.organisation.Organisation;
import org.learningnetwork.pathway.PathwayRules.Completion;
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.pathway.PathwayService.Member;
import org.learningnetwork.people.Person;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.TableExport;

class TeamPathwaysExportServletTest {

    private static LearningRequirement requirement(long id, String name) throws ReflectiveOperationException {
        LearningRequirement requirement = new LearningRequirement(name, 36);
        Field field = LearningRequirement.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(requirement, id);
        return requirement;
    }

    @Test
    void twoColumnsPerRequirementAndNothingWhereTheRoleDoesNotAsk() throws Exception {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE);
        LearningRequirement general = requirement(1, "Child protection, general");
        LearningRequirement formula = requirement(2, "=SUM(A1)");
        Person person = new Person("Shona", "Urquhart", "shona@example.org", new Organisation("Agency", AgencyType.COUNCIL_SERVICE, Set.of()));
        Map<Long, Standing> standings = new LinkedHashMap<>();
        standings.put(1L, new Standing(PathwayState.OVERDUE, new Completion(5, LocalDate.of(2022, 1, 3), true), LocalDate.of(2025, 1, 3)));
        List<List<Object>> rows = TeamPathwaysExportServlet.rows(List.of(general, formula),
                List.of(new Member(person, List.of("Social worker"), standings)), texts, TableExport.typed(false));
        assertEquals(List.of("Person", "Work e-mail", "Role profiles", "Child protection, general", "Child protection, general: due again by",
                "'=SUM(A1)", "'=SUM(A1): due again by"), rows.get(0));
        assertEquals(List.of("Shona Urquhart", "shona@example.org", "Social worker", "Overdue", "2025-01-03", "", ""), rows.get(1));
    }
}
