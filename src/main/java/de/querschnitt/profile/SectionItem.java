package de.querschnitt.profile;

import java.util.List;

/** A bullet item; level 1 is a sub-item of the level-0 item before it. */
public record SectionItem(long id, int level, String text, List<TermRef> terms) {
}
