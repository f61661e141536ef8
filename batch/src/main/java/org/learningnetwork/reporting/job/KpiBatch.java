package org.learningnetwork.reporting.job;

import java.io.Serializable;
import java.util.List;
import org.learningnetwork.figures.Quarter;
import org.learningnetwork.reporting.KpiFigure;
import org.learningnetwork.reporting.KpiPart;

/** One part of a quarter's figures, worked out for every committee and breakdown, on its way to be stored. */
record KpiBatch(Quarter quarter, KpiPart part, List<KpiFigure> figures) implements Serializable {
}
