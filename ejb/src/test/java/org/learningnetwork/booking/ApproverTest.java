package org.learningnetwork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.people.Person;

class ApproverTest {

    private final Course course = new Course("Chronologies", "Summary", DeliveryMode.ONLINE_LIVE, 120, "Learning team");
    private final Person learner = new Person("Ailsa", "Reid", "ailsa.reid@example.org", null);
    private final Person manager = new Person("Morag", "Bell", "morag.bell@example.org", null);

    @Test
    void aRequestGoesToTheLineManager() {
        learner.setLineManager(manager);
        assertEquals(Approver.LINE_MANAGER, Approver.of(course, learner));
    }

    @Test
    void withoutALineManagerOrWithOneWhoHasLeftItGoesToTheLearningTeam() {
        assertEquals(Approver.LEARNING_TEAM, Approver.of(course, learner), "none named");
        learner.setLineManager(manager);
        manager.deactivate();
        assertEquals(Approver.LEARNING_TEAM, Approver.of(course, learner), "left the workforce");
    }

    @Test
    void aCourseThatNeedsNoApprovalIsDecidedByNobody() {
        course.setApprovalRequired(false);
        assertEquals(Approver.NOBODY, Approver.of(course, learner));
        learner.setLineManager(manager);
        assertEquals(Approver.NOBODY, Approver.of(course, learner));
    }
}
