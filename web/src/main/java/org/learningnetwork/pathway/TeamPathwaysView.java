package org.learningnetwork.pathway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.learningnetwork.pathway.PathwayService.Member;
import org.learningnetwork.pathway.PathwayService.Team;

/**
 * A line manager's team against what their roles require ({@code /my/team-pathways.xhtml}): one row per person, one
 * column per requirement, filtered by a state ({@code ?state=OVERDUE}: the people with at least one requirement in it).
 */
@Named
@RequestScoped
public class TeamPathwaysView {

    @Inject
    private PathwayService pathways;

    private String state;
    private Team team;

    public Team getTeam() {
        if (team == null) {
            team = pathways.team();
        }
        return team;
    }

    /** The people shown: all, or those with a requirement in the chosen state. */
    public List<Member> getMembers() {
        PathwayState chosen = getChosenState();
        return getTeam().members().stream().filter(m -> chosen == null || m.has(chosen)).toList();
    }

    public PathwayState getChosenState() {
        return Arrays.stream(PathwayState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
    }

    public List<PathwayState> getStates() {
        return List.of(PathwayState.values());
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
