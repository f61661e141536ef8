package org.learningnetwork.pathway;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.learningnetwork.audit.AuditAction;
import org.learningnetwork.audit.AuditLog;
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.pathway.PathwayService.Member;
import org.learningnetwork.pathway.PathwayService.Team;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.TableExport;

/**
 * {@code GET /my/team-pathways.csv} and {@code /my/team-pathways.xlsx} ({@code ?state=} as on the page): the signed-in
 * line manager's team against their requirements, one row per person, for each requirement where they stand and the
 * day it is due again. Anyone but a line manager is answered 403.
 */
@WebServlet({"/my/team-pathways.csv", "/my/team-pathways.xlsx"})
public class TeamPathwaysExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PathwayService pathways;

    @Inject
    private transient AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Team team;
        try {
            team = pathways.team();
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PathwayState state = Arrays.stream(PathwayState.values()).filter(s -> s.name().equals(request.getParameter("state"))).findFirst()
                .orElse(null);
        List<Member> members = team.members().stream().filter(m -> state == null || m.has(state)).toList();
        boolean excel = request.getServletPath().endsWith(".xlsx");
        audit.record(AuditAction.EXPORTED, "Team", null, excel ? "team-pathways.xlsx" : "team-pathways.csv");
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        TableExport.send(response, "team-pathways", excel, rows(team.requirements(), members, texts, TableExport.typed(excel)),
                texts.getString("teamPathways.sheet"));
    }

    /**
     * The heading (person, work e-mail, role profiles, then two columns per requirement: where they stand and the day it is
     * due again) and one row per person; a requirement their roles do not ask is left empty.
     */
    static List<List<Object>> rows(List<LearningRequirement> requirements, List<Member> members, ResourceBundle texts,
                                   UnaryOperator<String> typed) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> heading = new ArrayList<>(List.of(texts.getString("teamPathways.person"), texts.getString("roster.workEmail"),
                texts.getString("pathway.rolesHeading")));
        for (LearningRequirement requirement : requirements) {
            heading.add(typed.apply(requirement.getName()));
            heading.add(typed.apply(requirement.getName()) + ": " + texts.getString("pathway.dueBy").toLowerCase(java.util.Locale.ROOT));
        }
        rows.add(heading);
        for (Member member : members) {
            List<Object> row = new ArrayList<>(List.of(typed.apply(member.person().getFullName()), typed.apply(member.person().getWorkEmail()),
                    typed.apply(member.roleNames())));
            for (LearningRequirement requirement : requirements) {
                Standing standing = member.standing(requirement.getId());
                row.add(standing == null ? "" : texts.getString("pathwayState." + standing.state().name()));
                row.add(standing == null || standing.dueOn() == null ? "" : standing.dueOn().toString());
            }
            rows.add(row);
        }
        return rows;
    }
}
