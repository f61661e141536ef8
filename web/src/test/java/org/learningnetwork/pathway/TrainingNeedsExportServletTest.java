package org.learningnetwork.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.learningnetwork.catalogue.Course;
import org.learningnetwork.catalogue.DeliveryMode;
import org.learningnetwork.pathway.TrainingNeedsService.Analysis;
import org.learningnetwork.pathway.TrainingNeedsService.Line;
import org.learningnetwork.pathway.TrainingPlanRules.Year;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.TableExport;

class TrainingNeedsExportServletTest {

    @Test
    void oneRowPerCourseWithWhatIsAskedForAndThreeColumnsPerQuarter() {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE);
        Course course = new Course("=Chronologies", "About", DeliveryMode.IN_PERSON, 180, "Fife");
        Line line = new Line(course, new int[] {10, 2, 0, 0}, new int[] {1, 0, 0, 3}, 4, new int[] {15, 2, 0, 3},
                new int[] {0, 20, 0, 0}, new int[] {1, 0, 0, 0});
        Analysis analysis = new Analysis(new Year(2027), List.of(line), List.of(), List.of(), List.of(), Map.of(), 0);
        List<List<Object>> rows = TrainingNeedsExportServlet.rows(analysis, texts, TableExport.typed(false));
        assertEquals(List.of("Course", "Asked for", "From pathways", "From agreed needs", "Waiting", "April to June: asked",
                "April to June: places", "April to June: add"), rows.get(0).subList(0, 8));
        assertEquals(18, rows.get(0).size());
        assertEquals(List.of("'=Chronologies", 20, 12, 4, 4, 15, 0, 1, 2, 20, 0, 0, 0, 0, 3, 0, 0, 1), rows.get(1),
                "a title that looks like a formula is written as text");
    }
}
