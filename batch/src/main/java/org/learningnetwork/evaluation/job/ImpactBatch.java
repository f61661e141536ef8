package org.learningnetwork.evaluation.job;

import java.io.Serializable;
import java.util.List;
import org.learningnetwork.evaluation.CourseImpact;
import org.learningnetwork.figures.Quarter;

/** One quarter's course impact figures, on their way to be stored. */
record ImpactBatch(Quarter quarter, List<CourseImpact> impacts) implements Serializable {
}
