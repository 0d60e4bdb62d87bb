package org.measura.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.measura.catalog.Profile;

/** Orders a profile's scales from highest to lowest and names the predominant style. */
final class ProfileScoring {

    private ProfileScoring() {
    }

    static ProfileResult profile(Profile profile, List<ScaleResult> scales) {
        if (profile == null) {
            return null;
        }
        Map<String, ScaleResult> byId = scales.stream().collect(Collectors.toMap(ScaleResult::id, Function.identity()));
        List<String> unscored = new ArrayList<>();
        List<ProfileResult.Entry> ranked = entries(profile.ranked(), byId, unscored);
        // Stable sort: equal scores keep the definition's order.
        ranked.sort(Comparator.comparing(ProfileResult.Entry::score).reversed());
        List<ProfileResult.Entry> styles = entries(profile.styles(), byId, unscored);
        List<ProfileResult.Entry> predominant = new ArrayList<>();
        if (!styles.isEmpty() && styles.size() == profile.styles().size()) {
            ProfileResult.Entry top = styles.stream().max(Comparator.comparing(ProfileResult.Entry::score)).get();
            styles.stream().filter(e -> e.score().compareTo(top.score()) == 0).forEach(predominant::add);
        }
        return new ProfileResult(profile.label(), ranked, predominant, unscored);
    }

    private static List<ProfileResult.Entry> entries(List<String> ids, Map<String, ScaleResult> byId,
            List<String> unscored) {
        List<ProfileResult.Entry> entries = new ArrayList<>();
        for (String id : ids) {
            ScaleResult s = byId.get(id);
            if (s != null && s.scored()) {
                entries.add(new ProfileResult.Entry(id, s.name(), s.score()));
            } else if (!unscored.contains(id)) {
                unscored.add(id);
            }
        }
        return entries;
    }
}
