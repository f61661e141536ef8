package org.learningnetwork.teamrequest;

import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.platform.RejectedException.Problem;
import org.learningnetwork.platform.Text;

/** What a team's request must say, and what each answer to it needs. Pure: the service reads the facts. */
public final class TeamRequestRules {

    public static final int MAX_TEAM = 200;

    /**
     * A request as the manager wrote it.
     *
     * @param courseId      a course from the catalogue, or {@code null} for a topic of the manager's own
     * @param topic         what the team needs; may be empty when a course is chosen
     * @param teamSize      how many people would attend
     * @param datesThatSuit days, weeks or times that suit the team
     * @param memberCount   how many of the manager's staff are named on it
     * @param membersOwn    whether every person named is one of the manager's staff
     */
    public record Draft(Long courseId, String topic, Integer teamSize, String datesThatSuit, String notes, int memberCount,
                        boolean membersOwn) {
    }

    private TeamRequestRules() {
    }

    /** Every problem with the request, field by field; none when it can be sent. */
    public static List<Problem> check(Draft draft) {
        List<Problem> problems = new ArrayList<>();
        String topic = Text.clean(draft.topic());
        if (draft.courseId() == null && topic == null) {
            problems.add(new Problem("topic", "teamRequest.topic.required"));
        } else if (topic != null && topic.length() > 300) {
            problems.add(new Problem("topic", "teamRequest.topic.size"));
        }
        if (draft.teamSize() == null || draft.teamSize() < 1 || draft.teamSize() > MAX_TEAM) {
            problems.add(new Problem("teamSize", "teamRequest.teamSize.range"));
        } else if (draft.memberCount() > draft.teamSize()) {
            problems.add(new Problem("teamSize", "teamRequest.teamSize.belowMembers"));
        }
        String dates = Text.clean(draft.datesThatSuit());
        if (dates != null && dates.length() > 500) {
            problems.add(new Problem("datesThatSuit", "teamRequest.datesThatSuit.size"));
        }
        String notes = Text.clean(draft.notes());
        if (notes != null && notes.length() > 1000) {
            problems.add(new Problem("notes", "teamRequest.notes.size"));
        }
        if (!draft.membersOwn()) {
            problems.add(new Problem("members", "teamRequest.members.notStaff"));
        }
        return problems;
    }

    /**
     * What stops the learning team answering: a move the request's status does not allow, a decline without a reason,
     * a schedule without a session or with one of another course than asked for.
     */
    public static List<Problem> answer(TeamRequestStatus from, TeamRequestStatus to, String message, Long sessionCourseId,
                                       Long requestedCourseId, boolean sessionGiven) {
        List<Problem> problems = new ArrayList<>();
        if (!from.canMoveTo(to)) {
            problems.add(new Problem(null, "teamRequest.status." + from));
            return problems;
        }
        String text = Text.clean(message);
        if (to == TeamRequestStatus.DECLINED && text == null) {
            problems.add(new Problem("response", "teamRequest.response.required"));
        }
        if (text != null && text.length() > 1000) {
            problems.add(new Problem("response", "teamRequest.response.size"));
        }
        if (to == TeamRequestStatus.SCHEDULED) {
            if (!sessionGiven) {
                problems.add(new Problem("session", "teamRequest.session.required"));
            } else if (requestedCourseId != null && !requestedCourseId.equals(sessionCourseId)) {
                problems.add(new Problem("session", "teamRequest.session.otherCourse"));
            }
        }
        return problems;
    }
}
