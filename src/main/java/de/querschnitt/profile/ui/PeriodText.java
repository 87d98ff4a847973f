package de.querschnitt.profile.ui;

import com.vaadin.flow.component.Component;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.UpdateCycle;
import java.util.ArrayList;
import java.util.List;

/** Zeitraum/Zeitbezug as one line: "2015–2020 · jährlich · in Bearbeitung". */
final class PeriodText {

    private PeriodText() {
    }

    static String of(Component context, Period period) {
        List<String> parts = new ArrayList<>();
        if (!period.years().isEmpty()) {
            parts.add(period.years());
        }
        // "mehrjährig" and "aktuell" are the normal case and would only add noise to a one-line summary
        if (period.cycle() != null && period.cycle() != UpdateCycle.MEHRJAEHRIG) {
            parts.add(Labels.of(context, period.cycle()));
        }
        if (period.state() != null && period.state() != PeriodState.AKTUELL) {
            parts.add(Labels.of(context, period.state()));
        }
        return String.join(" · ", parts);
    }
}
