package org.learningnetwork.pathway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.learningnetwork.pathway.PathwayRules.Standing;
import org.learningnetwork.pathway.PathwayService.Member;
import org.learningnetwork.pathway.PathwayService.Team;
import org.learningnetwork.platform.DateText;
import org.learningnetwork.platform.Messages;

/**
 * A line manager's team against what their roles require ({@code /my/team-pathways.xhtml}): one row per person, one
 * column per requirement, filtered by a state ({@code ?state=OVERDUE}: the people with at least one requirement in it).
 */
@Named
@RequestScoped
public class TeamPathwaysView {

    @Inject
    private PathwayService pathways;

    @Inject
    private Messages messages;

    private String state;
    private Team team;
    private List<Member> members;
    private List<Row> rows;

    /**
     * One cell of the matrix, worked out once (a page of a hundred people and twenty requirements would otherwise
     * evaluate some thousands of expressions): where the person stands, in words and a symbol, and the day it is due
     * again; not required when the person's roles do not ask it.
     */
    public static final class Cell {
        private final PathwayState state;
        private final String symbol;
        private final String text;
        private final String due;

        Cell(PathwayState state, String symbol, String text, String due) {
            this.state = state;
            this.symbol = symbol;
            this.text = text;
            this.due = due;
        }

        public boolean isRequired() {
            return state != null;
        }

        public PathwayState getState() {
            return state;
        }

        /** The classes of the cell's text: its state's (colour, beside the words and symbol), or a hint's. */
        public String getCss() {
            return state == null ? "hint" : "state state--" + state.name();
        }

        public String getSymbol() {
            return symbol;
        }

        public String getText() {
            return text;
        }

        public String getDue() {
            return due;
        }
    }

    /** One person's row: their name, role profiles and a cell per requirement of the team, in the columns' order. */
    public static final class Row {
        private final long personId;
        private final String name;
        private final String roles;
        private final List<Cell> cells;

        Row(long personId, String name, String roles, List<Cell> cells) {
            this.personId = personId;
            this.name = name;
            this.roles = roles;
            this.cells = cells;
        }

        public long getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public String getRoles() {
            return roles;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    public Team getTeam() {
        if (team == null) {
            team = pathways.team();
        }
        return team;
    }

    /** The people shown: all, or those with a requirement in the chosen state. */
    public List<Member> getMembers() {
        if (members == null) {
            PathwayState chosen = getChosenState();
            members = getTeam().members().stream().filter(m -> chosen == null || m.has(chosen)).toList();
        }
        return members;
    }

    /** The rows shown, with their cells. */
    public List<Row> getRows() {
        if (rows == null) {
            Map<PathwayState, String[]> words = new EnumMap<>(PathwayState.class);
            for (PathwayState each : PathwayState.values()) {
                words.put(each, new String[] {messages.text("pathwayState." + each + ".symbol"), messages.text("pathwayState." + each)});
            }
            Cell notRequired = new Cell(null, "", messages.text("teamPathways.notRequired"), "");
            List<LearningRequirement> columns = getTeam().requirements();
            rows = new ArrayList<>();
            for (Member member : getMembers()) {
                List<Cell> cells = new ArrayList<>(columns.size());
                for (LearningRequirement requirement : columns) {
                    Standing standing = member.standing(requirement.getId());
                    cells.add(standing == null ? notRequired : new Cell(standing.state(), words.get(standing.state())[0],
                            words.get(standing.state())[1], standing.dueOn() == null ? "" : DateText.date(standing.dueOn())));
                }
                rows.add(new Row(member.person().getId(), member.person().getFullName(),
                        member.roleProfiles().isEmpty() ? messages.text("teamPathways.noRole") : member.roleNames(), cells));
            }
        }
        return rows;
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
