package org.learningnetwork.actionlearning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.learningnetwork.access.Roles;
import org.learningnetwork.figures.FigureText;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.figures.SmallNumbers;
import org.learningnetwork.platform.Installation;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;

/**
 * The action-learning programme's dashboard for the learning team (the programme lead): the sets running in a quarter,
 * their attendance, the themes raised over four quarters by quarter, purpose and agency, and the longitudinal
 * questionnaires' results, for the programme or one set (the page offers them as CSV and a spreadsheet too). Small
 * numbers are withheld as in the committees' packs.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ProgrammeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The dashboard: the quarter's figures and their tables. */
    public record Dashboard(ProgrammeFigures.Programme programme, List<ProgrammeTables.Table> tables, LearningSet set) {
    }

    /**
     * The programme in the quarter {@code code} (empty: the current one), its questionnaires' results for the set
     * {@code setId} only when given; a quarter not yet begun or not a quarter is refused, an unknown set not found.
     */
    public Dashboard dashboard(String code, Long setId) throws RejectedException, NotFoundException {
        LocalDate today = LocalDate.now(clock.withZone(Installation.zone()));
        Quarter quarter = code == null || code.isBlank() ? Quarter.of(today) : Quarter.begun(code.strip(), today);
        LearningSet set = null;
        if (setId != null) {
            set = em.find(LearningSet.class, setId);
            if (set == null) {
                throw new NotFoundException("LearningSet", setId);
            }
        }
        ProgrammeFigures.Programme programme = ProgrammeFigures.of(em, quarter, setId, clock.instant());
        return new Dashboard(programme, ProgrammeTables.of(programme, FigureText.texts(), SmallNumbers.threshold()), set);
    }

    /** Every set and community, by name, for choosing one. */
    public List<LearningSet> sets() {
        return em.createQuery("select s from LearningSet s order by s.nameKey", LearningSet.class).getResultList();
    }

    /** The themes recorded at a set's meetings, theme to problems, most first. */
    public Map<String, Integer> themesOf(long setId) {
        return ProgrammeFigures.themesOf(em, setId);
    }
}
