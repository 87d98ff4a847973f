package de.querschnitt.profile;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks sections before they are written: sizes, one section per kind, terms of the right vocabulary. */
@Component
class SectionValidator {

    private final Validation validation;
    private final VocabularyService vocabulary;

    SectionValidator(Validation validation, VocabularyService vocabulary) {
        this.validation = validation;
        this.vocabulary = vocabulary;
    }

    void check(List<SectionData> sections) {
        Set<SectionKind> seen = new HashSet<>();
        for (SectionData section : sections) {
            validation.check(section);
            if (!seen.add(section.kind())) {
                throw new UserError("section.error.duplicate", section.kind().name());
            }
            Set<Long> allowed = section.kind().vocabulary()
                    .map(v -> vocabulary.findAll(v).stream().map(Term::id).collect(Collectors.toSet()))
                    .orElse(Set.of());
            for (SectionData.Item item : section.items()) {
                if (!allowed.containsAll(item.termIds())) {
                    throw new UserError("section.error.unknown-term", section.kind().name());
                }
            }
        }
    }
}
